"""One helper for the "nothing was touched" checks: every file under a folder, with its bytes."""

from __future__ import annotations

from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Path (relative to ``folder``, POSIX) -> bytes of every file under ``folder``, sub-folders included.

    Files are read with ``open``, not ``Path.read_bytes``, so a test that patched ``read_bytes`` to fail can still
    compare. Compare two snapshots with ``==``: a changed, added or removed file shows in the diff pytest prints."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            with open(path, "rb") as fh:
                found[path.relative_to(folder).as_posix()] = fh.read()
    return found
