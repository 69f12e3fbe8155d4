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

import nbformat

from . import __version__


def _update_file(h: hashlib._Hash, path: Path) -> None:
    h.update(path.name.encode() + b"\0")
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(b"\0")


def files_digest(paths: Iterable[Path]) -> str:
    """SHA-256 over the names and bytes of ``paths`` (folders: every file inside, sorted)."""
    h = hashlib.sha256()
    for path in paths:
        path = Path(path)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            _update_file(h, f)
    return h.hexdigest()


def notebook_digest(path: Path) -> str:
    """SHA-256 of what a notebook executes: kernel, cell types, sources and tags."""
    nb = nbformat.read(str(path), as_version=4)
    code = {
        "kernel": nb.metadata.get("kernelspec", {}).get("name"),
        "cells": [(c.cell_type, c.source, sorted(c.metadata.get("tags", []))) for c in nb.cells],
    }
    return hashlib.sha256(json.dumps(code, sort_keys=True).encode()).hexdigest()


@cache
def package_fingerprint() -> str:
    """The package version plus a digest of its source files, so editing a chart invalidates the cache."""
    root = Path(__file__).resolve().parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".yml", ".lua"})
    return f"{__version__}+{files_digest(files)[:12]}"


def cache_key(notebook: Path, parameters: dict[str, Any], inputs_digest: str, package_version: str) -> str:
    """Key of one notebook run; equal keys mean the executed notebook would come out the same."""
    payload = {
        "notebook": notebook_digest(notebook),
        "parameters": parameters,
        "inputs": inputs_digest,
        "package": package_version,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()
