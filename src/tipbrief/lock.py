"""One build, publish or run per project at a time: an fcntl lock on ``_build/.lock`` that names its holder."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tipbrief.errors import ProjectError

LOCK_NAME = ".lock"

_held: dict[Path, tuple[int, int]] = {}  # lock file -> (file descriptor, depth): re-entrant within a process
_guard = threading.Lock()


def holder(path: Path) -> str:
    """'PID 123 (tipbrief build, since 19:02:11)' from the lock file, or 'another process'."""
    try:
        info = json.loads(Path(path).read_text(encoding="utf-8") or "{}")
        return f"PID {info['pid']} (tipbrief {info['command']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


@contextlib.contextmanager
def project_lock(build: Path, command: str, *, wait: bool = False) -> Iterator[Path]:
    """Hold the lock of the project whose build folder is ``build`` while the block runs.

    A second holder in another process is refused with ProjectError naming the holder's PID, or,
    with ``wait``, blocks until the first one finishes (Ctrl-C still stops it). The same process
    may nest locks (a build runs the notebooks). The lock goes with the process, even on kill -9.
    """
    build = Path(build).resolve()
    path = build / LOCK_NAME
    with _guard:
        if path in _held:
            fd, depth = _held[path]
            _held[path] = (fd, depth + 1)
            nested = True
        else:
            nested = False
    if nested:
        try:
            yield path
        finally:
            with _guard:
                fd, depth = _held[path]
                _held[path] = (fd, depth - 1)
        return
    try:
        build.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ProjectError(f"{path}: cannot create the project lock ({exc.strerror or exc})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            who = holder(path)
            if not wait:
                raise ProjectError(f"{build.parent}: {who} is working in this project; wait for it to finish "
                                   "(or add --wait)") from None
            print(f"tipbrief {command}: waiting for {who} to finish", file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        info = {"pid": os.getpid(), "command": command, "since": time.strftime("%H:%M:%S")}
        os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
        with _guard:
            _held[path] = (fd, 1)
        try:
            yield path
        finally:
            with _guard:
                del _held[path]
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
