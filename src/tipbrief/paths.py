"""Where things live: project root, seeds and build folders, resolved from config, not from the cwd at import."""

from __future__ import annotations

import os
from pathlib import Path

#: The installed package folder (code, rules, filters, templates), hashed into cache keys and versions.
PACKAGE_DIR = Path(__file__).resolve().parent

#: Marker that identifies a tipbrief project folder.
CATALOG_NAME = "catalog.yml"


def project_root(start: Path | None = None) -> Path:
    """Return the project folder: ``$TIPBRIEF_ROOT``, else the nearest parent of ``start``
    (default: cwd) holding ``seeds/catalog.yml``, else the source checkout this package came from.

    Notebooks run with their own folder as cwd in Jupyter and with the caller's cwd under
    papermill, so defaults must not depend on which one it is.
    """
    env = os.environ.get("TIPBRIEF_ROOT")
    if env:
        return Path(env).resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds" / CATALOG_NAME).is_file():
            return folder
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "seeds" / CATALOG_NAME).is_file():
        return checkout
    return here


def seeds_dir(root: Path | None = None) -> Path:
    """Default folder of source documents and their catalog."""
    return (root or project_root()) / "seeds"


def build_dir(root: Path | None = None) -> Path:
    """Folder for everything a build derives (indicator table, executed notebooks, renders)."""
    return (root or project_root()) / "_build"


def editions_dir(root: Path | None = None) -> Path:
    """Default archive of published editions."""
    return (root or project_root()) / "editions"


def resolve_seeds(value: str | os.PathLike[str] | None) -> Path:
    """Turn a ``seeds_dir`` parameter (empty means default) into an absolute path."""
    if value in (None, ""):
        return seeds_dir()
    path = Path(value)
    return path if path.is_absolute() else (Path.cwd() / path).resolve()
