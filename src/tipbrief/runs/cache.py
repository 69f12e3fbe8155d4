"""Cache keys for notebook runs: a notebook is re-executed only when something it depends on changed.

The key hashes the notebook's code (cell types, sources, tags and kernel; not outputs or
cosmetic metadata), its resolved parameters, the bytes of its input files (indicator table,
seeds and catalog) and the package fingerprint (version plus the package's own source files).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from tipbrief import __version__
from tipbrief.paths import PACKAGE_DIR

#: Folder names whose files never count as inputs (caches, editor checkpoints).
_SKIP_PARTS = {"__pycache__", ".ipynb_checkpoints"}


def tree_files(path: Path) -> list[Path]:
    """The files a digest covers: ``path`` itself, or every file below it, sorted, less caches and hidden files."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and not (_SKIP_PARTS & set(p.parts)) and not p.name.startswith(".") and p.suffix != ".pyc"
    )


def files_digest(paths: Iterable[Path], base: Path | None = None) -> str:
    """SHA-256 over the names and bytes of ``paths`` (folders: their :func:`tree_files`).

    Names are relative to ``base`` when given, so moving a file between folders changes the digest.
    """
    h = hashlib.sha256()
    for path in paths:
        for f in tree_files(path):
            name = f.relative_to(base).as_posix() if base is not None and f.is_relative_to(base) else f.name
            h.update(name.encode() + b"\0")
            with f.open("rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    h.update(block)
            h.update(b"\0")
    return h.hexdigest()


def notebook_digest(path: Path) -> str:
    """SHA-256 of what a notebook executes: kernel, cell types, sources and tags."""
    import nbformat  # slow to import; versioning imports this module on every CLI call

    nb = nbformat.read(str(path), as_version=4)
    code = {
        "kernel": nb.metadata.get("kernelspec", {}).get("name"),
        "cells": [(c.cell_type, c.source, sorted(c.metadata.get("tags", []))) for c in nb.cells],
    }
    return hashlib.sha256(json.dumps(code, sort_keys=True).encode()).hexdigest()


@cache
def package_fingerprint() -> str:
    """The package version plus a digest of its source files, so editing a chart invalidates the cache."""
    root = PACKAGE_DIR
    files = [p for p in tree_files(root) if p.suffix in {".py", ".yml", ".lua"}]
    return f"{__version__}+{files_digest(files, base=root)[:12]}"


def cache_key(notebook: Path, parameters: dict[str, Any], inputs_digest: str, package_version: str) -> str:
    """Key of one notebook run; equal keys mean the executed notebook would come out the same."""
    payload = {
        "notebook": notebook_digest(notebook),
        "parameters": parameters,
        "inputs": inputs_digest,
        "package": package_version,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()
