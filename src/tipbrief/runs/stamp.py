"""A run with nothing to do, recognised without starting papermill: the stamp of the last complete run.

``tipbrief run`` writes ``run-stamp.json`` beside ``run.json`` after a run in which every selected notebook
ran or was cached without error. The stamp's key hashes the command's options, the notebooks folder, the
seeds, the given table, every file of the package and the ``TIPBRIEF_*`` settings: more than any one
notebook's cache key (:func:`tipbrief.runs.cache.cache_key`) depends on, so a matching stamp means every
notebook would be a cache hit. Then the command stops at once (tens of milliseconds instead of the second
or more that loading papermill, nbformat and pandas costs); otherwise the runner runs as ever.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tipbrief import __version__, atomic
from tipbrief.runs import cache
from tipbrief.runs.cache import files_digest, tree_files

STAMP_NAME = "run-stamp.json"
#: Settings that change where things are cached, not what a run makes.
_IGNORED_ENV = {"TIPBRIEF_CACHE", "TIPBRIEF_NO_CACHE"}


def stamp_key(options: dict[str, Any], notebooks: Path, seeds: Path, table: Path | None) -> str:
    """Digest of everything a run's outputs depend on."""
    package_dir = cache.PACKAGE_DIR  # the package the notebooks' cache keys read
    package = [p for p in tree_files(package_dir) if p.suffix not in (".pyc",)]
    env = {k: v for k, v in os.environ.items() if k.startswith("TIPBRIEF_") and k not in _IGNORED_ENV}
    payload = {
        "options": options, "env": env, "version": __version__,
        "notebooks": files_digest([notebooks], base=notebooks), "seeds": files_digest([seeds], base=seeds),
        "table": files_digest([table]) if table is not None else None,
        "package": files_digest(package, base=package_dir),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def unchanged(out_dir: Path, key: str) -> dict[str, Any] | None:
    """The stamp in ``out_dir`` when it has ``key`` and every output it names is still there; else None."""
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        stamp = json.loads((Path(out_dir) / STAMP_NAME).read_text(encoding="utf-8"))
        if stamp["key"] == key and all(Path(p).is_file() for p in stamp["outputs"]) and all(
                _sha(Path(p)) == digest for p, digest in stamp["inputs"].items()):
            return stamp
    return None


def record_hits(out_dir: Path, record_name: str, themes: list[str], seconds: float) -> None:
    """Bring the run record (``run.json``) up to this run with nothing to do: every selected notebook a hit."""
    path = Path(out_dir) / record_name
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        record = json.loads(path.read_text(encoding="utf-8"))
        for theme in themes:
            record["notebooks"][theme]["cache"] = "hit"
        record.update(started=datetime.now(UTC).isoformat(timespec="seconds"), duration=round(seconds, 3),
                      selected=list(themes))
        atomic.write_text(path, json.dumps(record, indent=1) + "\n")


def write(out_dir: Path, key: str, outputs: list[str], themes: list[str], inputs: list[str] = ()) -> None:
    """Stamp a complete run (``outputs``: the files it must find again to be skipped; ``inputs``: files made
    outside the key, such as the indicator table, that must keep their bytes)."""
    stamp = {"key": key, "outputs": outputs, "themes": themes, "inputs": {p: _sha(Path(p)) for p in inputs}}
    atomic.write_text(Path(out_dir) / STAMP_NAME, json.dumps(stamp, indent=1) + "\n")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def clear(out_dir: Path) -> None:
    """Remove the stamp (a run that starts may change the outputs it names)."""
    with contextlib.suppress(FileNotFoundError):
        (Path(out_dir) / STAMP_NAME).unlink()
