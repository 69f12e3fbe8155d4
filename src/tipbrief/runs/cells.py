"""Cells of an executed notebook: their ``#|`` options and the figure files the runner keeps of their charts.

The briefing's embeds (``tipbrief.briefing.shortcodes``) read cells with the same :func:`cell_options`. The figure
files are the charts' own outputs (the SVG the kernel drew for the notebook and the briefing), written out as
they are: drawing each chart a second time as a file (a 200 dpi PNG) cost about a sixth of a run's CPU time.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import nbformat
import yaml

from tipbrief import atomic

OPTION_LINE = re.compile(r"^#\|\s?(.*)$")
#: libyaml's safe loader where PyYAML has it: a briefing reads every cell's options, a few hundred small documents
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
IMAGE_TYPES = {"image/svg+xml": ".svg", "image/png": ".png", "image/jpeg": ".jpg"}


def cell_options(source: str) -> dict:
    """The ``#| key: value`` lines at the top of a cell, as a dict (YAML)."""
    lines = []
    for line in source.splitlines():
        match = OPTION_LINE.match(line)
        if not match:
            break
        lines.append(match.group(1))
    if not lines:
        return {}
    try:
        parsed = yaml.load("\n".join(lines), Loader=LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _payload(mime: str, data: object) -> bytes:
    text = "".join(data) if isinstance(data, list) else str(data)
    return text.encode("utf-8") if mime == "image/svg+xml" else base64.b64decode(text)


def figure_files(nb: nbformat.NotebookNode) -> dict[str, bytes]:
    """File name -> bytes of every chart a labelled cell shows (``<label>.svg``; ``<label>-2.svg`` for a second
    chart of one cell), in the first image type each output has."""
    files: dict[str, bytes] = {}
    for cell in nb.cells:
        label = cell_options(cell.source).get("label") if cell.cell_type == "code" else None
        shown = [next((m, out["data"][m]) for m in IMAGE_TYPES if m in out.get("data", {}))
                 for out in cell.get("outputs", []) if any(m in out.get("data", {}) for m in IMAGE_TYPES)]
        for n, (mime, data) in enumerate(shown if label else [], start=1):
            files[f"{label}{'' if n == 1 else f'-{n}'}{IMAGE_TYPES[mime]}"] = _payload(mime, data)
    return files


def write_figures(nb: nbformat.NotebookNode, folder: Path) -> list[Path]:
    """Write the charts of ``nb`` into ``folder`` (each file atomically) and remove the image files an earlier run
    left there that this one no longer draws; the written paths."""
    files = figure_files(nb)
    written = []
    for name, data in files.items():
        atomic.write_bytes(folder / name, data)
        written.append(folder / name)
    if folder.is_dir():
        for old in folder.iterdir():
            if old.is_file() and old.suffix in IMAGE_TYPES.values() and old.name not in files:
                old.unlink(missing_ok=True)
    return written
