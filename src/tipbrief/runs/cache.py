"""Cache keys for notebook runs: a notebook is re-executed only when something it depends on changed.

The key hashes the notebook's code (cell types, sources, tags and kernel; never outputs, execution
counts or cosmetic metadata), its resolved parameters, the bytes of its input files (indicator table,
seeds and catalog), the package version, and the package code the notebook reaches
(:mod:`tipbrief.runs.deps`): editing ``charts.funnel`` re-runs the notebooks that call it, not the others.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from tipbrief import __version__
from tipbrief.indicators.rules import datacache
from tipbrief.paths import PACKAGE_DIR
from tipbrief.runs.deps import DATA_SUFFIXES, Reach, reach_cells

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


def _digest(paths: Iterable[Path], base: Path | None, content: Callable[[Path], Iterable[bytes]]) -> str:
    h = hashlib.sha256()
    for path in paths:
        for f in tree_files(path):
            name = f.relative_to(base).as_posix() if base is not None and f.is_relative_to(base) else f.name
            h.update(name.encode() + b"\0")
            for block in content(f):
                h.update(block)
            h.update(b"\0")
    return h.hexdigest()


def _file_bytes(path: Path) -> Iterable[bytes]:
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(1 << 20), b"")


def files_digest(paths: Iterable[Path], base: Path | None = None) -> str:
    """SHA-256 over the names and bytes of ``paths`` (folders: their :func:`tree_files`).

    Names are relative to ``base`` when given, so moving a file between folders changes the digest.
    """
    return _digest(paths, base, _file_bytes)


def code_digest(paths: Iterable[Path], base: Path | None = None) -> str:
    """Like :func:`files_digest`, but a notebook (``.ipynb``) counts by its code only
    (:func:`notebook_digest`): running it or saving it with outputs changes nothing."""

    def content(path: Path) -> Iterable[bytes]:
        if path.suffix == ".ipynb":
            return [notebook_digest(path).encode()]
        return _file_bytes(path)

    return _digest(paths, base, content)


def _notebook_json(path: Path) -> dict | None:
    try:
        nb = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return nb if isinstance(nb, dict) and isinstance(nb.get("cells"), list) else None


def _text(source: object) -> str:
    return "".join(source) if isinstance(source, list) else str(source or "")


def notebook_digest(path: Path) -> str:
    """SHA-256 of what a notebook executes: kernel, cell types, sources and tags (never outputs,
    execution counts, ids or other metadata). A file that is not a notebook counts by its bytes."""
    nb = _notebook_json(path)
    if nb is None:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    code = {
        "kernel": (nb.get("metadata") or {}).get("kernelspec", {}).get("name"),
        "cells": [(c.get("cell_type"), _text(c.get("source")), sorted((c.get("metadata") or {}).get("tags", [])))
                  for c in nb["cells"]],
    }
    return hashlib.sha256(json.dumps(code, sort_keys=True).encode()).hexdigest()


def _code_cells(path: Path) -> list[str] | None:
    """The sources of a notebook's code cells; None if it is not a readable notebook."""
    nb = _notebook_json(path)
    return None if nb is None else [_text(c.get("source")) for c in nb["cells"] if c.get("cell_type") == "code"]


def notebook_reach(path: Path) -> Reach | None:
    """The package code a notebook's code cells reach (:mod:`tipbrief.runs.deps`); None if unreadable."""
    cells = _code_cells(path)
    return None if cells is None else reach_cells(cells, PACKAGE_DIR)


def modules_digest(notebook: Path) -> str:
    """Digest of the tipbrief code a notebook runs: imported modules' import-time code, the functions and
    classes it reaches, their packages' data files (the whole package when the cells cannot be parsed).

    Working it out parses every module the notebook reaches (most of a second per command); the answer is kept
    in the cache folder under the digests of the notebook's code cells and of every package file, so a command
    works it out again only after either changed."""
    package = files_digest(_package_files(), base=PACKAGE_DIR)
    cells = _code_cells(notebook)
    if cells is None:
        return package

    def work_out() -> str:
        try:
            reach = reach_cells(cells, PACKAGE_DIR)
            if reach is not None:
                return reach.digest()
        except (SyntaxError, ValueError, OSError):  # a package file that does not parse: its notebook will say so
            pass
        return package

    return datacache.cached("notebook-reach", (datacache.digest(json.dumps(cells)), package), work_out)


def _package_files() -> list[Path]:
    """The package files a notebook's code can reach: modules and the data files they read."""
    return [p for p in tree_files(PACKAGE_DIR) if p.suffix == ".py" or p.suffix in DATA_SUFFIXES]


@cache
def package_fingerprint() -> str:
    """The package version. The package code a notebook depends on is in its :func:`cache_key`
    (:func:`modules_digest`), so editing one function re-runs only the notebooks that reach it."""
    return __version__


def cache_key(notebook: Path, parameters: dict[str, Any], inputs_digest: str, package_version: str) -> str:
    """Key of one notebook run; equal keys mean the executed notebook would come out the same."""
    payload = {
        "notebook": notebook_digest(notebook),
        "modules": modules_digest(notebook),
        "parameters": parameters,
        "inputs": inputs_digest,
        "package": package_version,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()
