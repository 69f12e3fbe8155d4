"""JupyterLab for analysts: a Jupyter server extension, so Run All then Save leaves git clean and findings render.

``jupyter_server_config.json`` at the project root (installed into ``.venv/etc/jupyter`` by ``make``)
enables the extension for every Jupyter server of the project's environment (JupyterLab included):

- its pre-save hook :func:`pre_save` strips what running a notebook adds (outputs, execution counts, cell and notebook
  metadata other than tags, kernelspec and jupytext's settings) before the file is written, so a
  notebook saved after Run All is byte-identical to the committed one unless its code changed;
- the extension sets ``TIPBRIEF_DISPLAY`` for the kernels the server starts, so
  :func:`tipbrief.toolkit.findings.show` also renders its Markdown as HTML, with quotes on hover.
"""

from __future__ import annotations

import os
from typing import Any

from tipbrief.toolkit.cite import DISPLAY_ENV

#: Notebook metadata a stored notebook keeps (what jupytext pairs and the kernel to run).
NOTEBOOK_METADATA = ("kernelspec", "jupytext")
#: jupytext settings kept in a notebook's metadata (the project's jupytext.toml holds the rest).
JUPYTEXT_METADATA = ("cell_metadata_filter", "notebook_metadata_filter", "formats")
#: Cell metadata a stored notebook keeps: tags (``parameters``, ``analyst``).
CELL_METADATA = ("tags",)


def strip(nb: dict[str, Any]) -> dict[str, Any]:
    """Remove outputs, execution counts and run-time metadata from a notebook (a dict, changed in place)."""
    meta = nb.get("metadata") or {}
    kept = {k: meta[k] for k in NOTEBOOK_METADATA if k in meta}
    if isinstance(kept.get("jupytext"), dict):
        kept["jupytext"] = {k: v for k, v in kept["jupytext"].items() if k in JUPYTEXT_METADATA}
        if not kept["jupytext"]:
            del kept["jupytext"]
    nb["metadata"] = kept
    for cell in nb.get("cells", []):
        cell_meta = cell.get("metadata") or {}
        cell["metadata"] = {k: cell_meta[k] for k in CELL_METADATA if cell_meta.get(k)}
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def pre_save(model: dict[str, Any], path: str = "", **kwargs: Any) -> None:
    """Jupyter ``ContentsManager.pre_save_hook``: notebooks are saved without outputs (other files as they are)."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        strip(model["content"])


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "tipbrief.toolkit.lab"}]


def _link_jupyter_server_extension(serverapp: Any) -> None:
    """Install :func:`pre_save` as the contents manager's hook before the server creates it (as configuration,
    so a contents manager another extension makes later, e.g. jupytext's, has it too)."""
    from traitlets.config import Config

    configured = serverapp.config.get("ContentsManager", {}).get("pre_save_hook")
    if configured and configured not in (pre_save, f"{__name__}.pre_save"):
        serverapp.log.warning("tipbrief: a pre_save_hook is already configured (%s); notebooks keep their outputs",
                              configured)
        return
    serverapp.update_config(Config({"ContentsManager": {"pre_save_hook": f"{__name__}.pre_save"}}))


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Kernels started by this server render findings as HTML too (see :mod:`tipbrief.toolkit.cite`)."""
    os.environ[DISPLAY_ENV] = f"html:{os.getpid()}"  # only this server's own kernels (see cite.DISPLAY_ENV)
    serverapp.log.info("tipbrief: notebooks are saved without outputs; findings render with their quotes")
