"""Cache keys for notebook runs: a notebook is re-executed only when something it depends on changed.

The key hashes the notebook's code (cell types, sources, tags and kernel; never outputs, execution
counts or cosmetic metadata), its resolved parameters, the bytes of its input files (indicator table,
seeds and catalog), the package version, and the source of the tipbrief modules the notebook imports,
followed transitively (with the data files of their packages): editing ``charts.py`` re-runs the
notebooks that import it, not the others.
"""

from __future__ import annotations

import ast
import hashlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from tipbrief import __version__
from tipbrief.paths import PACKAGE_DIR

#: Folder names whose files never count as inputs (caches, editor checkpoints).
_SKIP_PARTS = {"__pycache__", ".ipynb_checkpoints"}
#: Files of a package that its modules read at run time (rules, definitions, styles).
DATA_SUFFIXES = {".yml", ".yaml", ".json", ".csv", ".mplstyle", ".txt"}
PACKAGE = PACKAGE_DIR.name


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


def _module_file(name: str) -> Path | None:
    """File of module ``tipbrief.a.b`` (``a/b.py`` or ``a/b/__init__.py``), None if there is none."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = PACKAGE_DIR.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py") if parts[1:] else None, base / "__init__.py"):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _imported(tree: ast.AST, package: str | None = None) -> set[str]:
    """tipbrief modules named by the imports anywhere in ``tree`` (also inside functions);
    ``package`` resolves relative imports. ``from m import x`` names ``m.x`` when that is a module."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                if package is None:
                    continue
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*anchor, module] if module else anchor)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return {m for m in found if m.split(".")[0] == PACKAGE and _module_file(m) is not None}


def _data_files(folder: Path) -> list[Path]:
    """Data files of a package folder, including sub-folders that are not packages themselves."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.suffix in DATA_SUFFIXES:
            out.append(p)
        elif p.is_dir() and not (p / "__init__.py").exists() and p.name not in _SKIP_PARTS:
            out.extend(f for f in tree_files(p) if f.suffix in DATA_SUFFIXES)
    return out


def module_closure(modules: Iterable[str]) -> list[Path]:
    """Files a run of code importing ``modules`` depends on: their sources, their parent packages'
    ``__init__.py``, every tipbrief module they import (transitively) and those packages' data files."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = _module_file(name)
        if path is None:
            continue
        seen[name] = path
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))  # importing a.b.c runs a and a.b
        package = name if path.name == "__init__.py" else ".".join(parts[:-1])
        todo.extend(_imported(ast.parse(path.read_text(encoding="utf-8"), str(path)), package))
    files = set(seen.values())
    for folder in {p.parent for p in seen.values()}:
        files.update(_data_files(folder))
    return sorted(files)


def notebook_imports(path: Path) -> set[str] | None:
    """tipbrief modules the code cells of a notebook import; None when a cell cannot be parsed
    (then the whole package counts)."""
    from IPython.core.inputtransformer2 import TransformerManager  # magics and shell escapes -> Python

    nb = _notebook_json(path)
    if nb is None:
        return None
    transform = TransformerManager().transform_cell
    found: set[str] = set()
    for cell in nb["cells"]:
        if cell.get("cell_type") != "code":
            continue
        try:
            found |= _imported(ast.parse(transform(_text(cell.get("source")))))
        except SyntaxError:
            return None
    return found


def modules_digest(notebook: Path) -> str:
    """Digest of the tipbrief source a notebook runs: the closure of its imports (whole package if unknown)."""
    modules = notebook_imports(notebook)
    if modules is None:
        files = [p for p in tree_files(PACKAGE_DIR) if p.suffix == ".py" or p.suffix in DATA_SUFFIXES]
    else:
        files = module_closure(modules)
    return files_digest(files, base=PACKAGE_DIR)


@cache
def package_fingerprint() -> str:
    """The package version. Which package files a notebook depends on is in its :func:`cache_key`
    (:func:`modules_digest`), so editing one module re-runs only the notebooks that import it."""
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
