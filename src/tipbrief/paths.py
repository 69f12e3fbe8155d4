"""Where things live: project root, seeds and build folders, resolved from config, not from the cwd at import."""

from __future__ import annotations

import os
from pathlib import Path

from tipbrief.errors import OutputError, ProjectError

#: The installed package folder (code, rules, filters, templates), hashed into cache keys and versions.
PACKAGE_DIR = Path(__file__).resolve().parent

#: Marker that identifies a tipbrief project folder.
CATALOG_NAME = "catalog.yml"

HOW_TO = "run it from a project folder (one with seeds/catalog.yml) or set TIPBRIEF_ROOT=/path/to/project"


def is_project(folder: Path) -> bool:
    """Whether ``folder`` holds ``seeds/catalog.yml``."""
    return (Path(folder) / "seeds" / CATALOG_NAME).is_file()


def project_root(start: Path | None = None) -> Path:
    """Return the project folder: ``$TIPBRIEF_ROOT``, else the nearest parent of ``start``
    (default: cwd) holding ``seeds/catalog.yml``; else raise ProjectError saying how to point at one.

    Never the package's own checkout: a command run outside a project must not write there.
    Notebooks run with their own folder as cwd in Jupyter and with the caller's cwd under
    papermill, so defaults must not depend on which one it is.
    """
    env = os.environ.get("TIPBRIEF_ROOT")
    if env:
        root = Path(env).expanduser().resolve()
        if not is_project(root):
            raise ProjectError(f"TIPBRIEF_ROOT={env}: not a tipbrief project (no seeds/{CATALOG_NAME} there)")
        return root
    try:
        here = (start or Path.cwd()).resolve()
    except OSError:  # the current folder was deleted under us
        raise ProjectError(f"the current folder no longer exists; {HOW_TO}") from None
    for folder in (here, *here.parents):
        if is_project(folder):
            return folder
    raise ProjectError(f"{here} is not inside a tipbrief project (no seeds/{CATALOG_NAME} here or above); {HOW_TO}")


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


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(path: Path, *, protected: tuple[Path, ...] = (), option: str = "--out") -> Path:
    """Refuse an output file path that would destroy something the tool did not make: an existing
    folder, anything inside ``protected`` folders (seeds/, editions/), or a path whose folder cannot
    exist (a file in the way). Returns the absolute path."""
    path = Path(path).expanduser()
    absolute = (Path.cwd() / path) if not path.is_absolute() else path
    resolved = absolute.resolve()
    if absolute.is_dir() or resolved.is_dir():
        raise OutputError(f"{option} {path}: is an existing folder; give a file path (nothing was written)")
    for folder in protected:
        folder = Path(folder).resolve()
        if _inside(resolved, folder):
            raise OutputError(f"{option} {path}: inside {folder}, which tipbrief never writes to; "
                              "choose a path elsewhere (e.g. under _build/)")
    for parent in resolved.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"{option} {path}: cannot be created, {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK | os.X_OK):
                raise OutputError(f"{option} {path}: cannot be created, {parent} is not writable")
            break
    return resolved
