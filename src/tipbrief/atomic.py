"""Atomic writes: a file or folder appears whole or not at all, and never replaces what the tool did not make."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from tipbrief.errors import OutputError

#: Hidden file in every folder written through :func:`atomic_path`: only such a folder may be replaced.
MARKER = ".tipbrief-output"
#: Staging folders are named ``.<name>.<random>.tmp``; a killed run leaves them behind.
STAGING_GLOB = ".*.tmp"


def _owned(folder: Path, legacy: tuple[str, ...]) -> bool:
    return (folder / MARKER).is_file() or any((folder / name).is_file() for name in legacy)


def _check_kind(target: Path, folder: bool, legacy: tuple[str, ...]) -> None:
    if target.is_symlink():
        if target.resolve().is_dir():
            raise OutputError(f"{target}: is a link to a folder; refusing to replace it")
        return
    if target.is_dir():
        if not folder:
            raise OutputError(f"{target}: is an existing folder; a file never replaces a folder (nothing was written)")
        if not _owned(target, legacy):
            raise OutputError(f"{target}: is a folder tipbrief did not write (no {MARKER}); move it away first")
    elif folder and target.exists():
        raise OutputError(f"{target}: is a file; a folder never replaces a file (nothing was written)")


@contextlib.contextmanager
def atomic_path(target: Path, *, folder: bool = False, legacy: tuple[str, ...] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    ``folder=False``: the caller writes a file, which may replace a file only. ``folder=True``: the
    caller makes a folder, which may replace only a folder written here before (it holds
    :data:`MARKER`, or one of the ``legacy`` file names). Anything else is refused with OutputError
    before and again after the work. The temporary sits in the same folder so the final rename is
    atomic; on any exception (including KeyboardInterrupt) it is removed.
    """
    target = Path(target)
    _check_kind(target, folder, legacy)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    except OSError as exc:
        raise OutputError(f"{target}: cannot create it in {target.parent} ({exc.strerror or exc})") from None
    staged = tmp / target.name
    try:
        try:
            yield staged
        except OSError as exc:  # name the output, not the staging path (disk full, quota, permissions)
            if exc.filename and str(tmp) in str(exc.filename):
                raise OSError(exc.errno, f"{exc.strerror}; the previous version is intact", str(target)) from None
            raise
        if folder and staged.is_dir():
            (staged / MARKER).write_text("written by tipbrief; this folder is replaced whole by the next run\n",
                                         encoding="utf-8")
        _check_kind(target, folder, legacy)
        if target.is_dir() and not target.is_symlink():
            # os.replace cannot swap a folder over a non-empty folder: move the old one aside first.
            old = tmp / (target.name + ".old")
            os.replace(target, old)
            os.replace(staged, target)
        else:
            os.replace(staged, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_text(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` atomically (UTF-8, LF line endings)."""
    with atomic_path(Path(target)) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


def write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(Path(target)) as tmp:
        tmp.write_bytes(data)


_RENAME_NOREPLACE = 1
_AT_FDCWD = -100


def _renameat2() -> object | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        return libc.renameat2
    except (OSError, AttributeError, TypeError):
        return None


def rename_noreplace(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst`` only if ``dst`` does not exist (FileExistsError otherwise), atomically
    where the kernel supports ``renameat2(RENAME_NOREPLACE)``; else check, then ``os.rename`` (which
    still fails onto a non-empty folder)."""
    func = _renameat2()
    if func is not None:
        result = func(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE)  # type: ignore[operator]
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(dst))
    if os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dst))
    os.rename(src, dst)


def remove_staging(folder: Path, *, recursive: bool = True, keep: object = None) -> list[Path]:
    """Remove staging folders (``.*.tmp``) a killed run left in ``folder`` (and below); returns them.
    ``keep(path) -> bool`` spares a staging folder that is still in use."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    pattern = f"**/{STAGING_GLOB}" if recursive else STAGING_GLOB
    for path in sorted(folder.glob(pattern)):
        parents = path.relative_to(folder).parents
        inside_staging = any(p.name.startswith(".") and p.name.endswith(".tmp") for p in parents)
        if not path.is_dir() or path.is_symlink() or inside_staging:
            continue
        if callable(keep) and keep(path):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed
