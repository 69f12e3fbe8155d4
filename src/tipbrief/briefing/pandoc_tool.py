"""pandoc, the converter behind the built-in engine: where it is, its version, and running it."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

from tipbrief.errors import BuildError, ToolNotAvailableError

#: Oldest pandoc with the typst writer features used here (Figure blocks, table caption attributes).
MIN_VERSION = (3, 1, 6)
#: Lua filters mark user-facing errors with this prefix so the one line can be lifted from stderr.
ERROR_MARK = "TIPBRIEF-ERROR:"


class PandocNotAvailableError(ToolNotAvailableError):
    """pandoc is missing or older than MIN_VERSION."""


def _need() -> str:
    return f"pandoc >= {'.'.join(map(str, MIN_VERSION))} (install the PyPI package pypandoc-binary)"


@cache
def pandoc_path() -> Path:
    """The pandoc binary shipped by pypandoc-binary (or found by pypandoc on PATH)."""
    try:
        import pypandoc

        path = Path(pypandoc.get_pandoc_path())
    except (ImportError, OSError) as exc:
        raise PandocNotAvailableError(f"pandoc not found: need {_need()}") from exc
    return path


@cache
def pandoc_version() -> str:
    """pandoc's version as a string, e.g. '3.9'; refuses versions older than MIN_VERSION."""
    out = subprocess.run([str(pandoc_path()), "--version"], capture_output=True, text=True, check=False).stdout
    match = re.match(r"pandoc\S*\s+(\d+(?:\.\d+)*)", out)
    if not match:
        raise PandocNotAvailableError(f"cannot read pandoc's version from {pandoc_path()}: need {_need()}")
    version = match.group(1)
    if tuple(int(p) for p in version.split(".")) < MIN_VERSION:
        raise PandocNotAvailableError(f"pandoc {version} at {pandoc_path()} is too old: need {_need()}")
    return version


def run_pandoc(args: list[str], *, cwd: Path) -> None:
    """Run pandoc with ``args`` in ``cwd``; a failure becomes one BuildError line.

    A Lua filter's deliberate error (marked with ERROR_MARK) is reported as is; anything else
    is reported with pandoc's last stderr line.
    """
    pandoc_version()
    proc = subprocess.run([str(pandoc_path()), *args], cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        err = proc.stderr
        marked = re.search(re.escape(ERROR_MARK) + r"\s*(.+)", err)
        if marked:
            raise BuildError(marked.group(1).strip())
        lines = [line for line in err.splitlines() if line.strip()]
        raise BuildError(f"pandoc {pandoc_version()} failed: {lines[-1] if lines else 'exit ' + str(proc.returncode)}")
