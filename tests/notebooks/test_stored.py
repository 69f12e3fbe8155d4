"""Notebooks as stored in git: no outputs, in sync with their jupytext pair, all of one shape."""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
THEME_NOTEBOOKS = sorted(NOTEBOOKS.glob("*.ipynb"))
OPTION = re.compile(r"^#\| (?P<key>[a-z-]+): (?P<value>.+)$")


def _options(cell) -> dict[str, str]:
    out = {}
    for line in cell.source.splitlines():
        match = OPTION.match(line)
        if not match:
            break
        out[match["key"]] = match["value"]
    return out


def test_the_six_themes_are_there():
    assert [p.stem for p in THEME_NOTEBOOKS] == ["legal", "overview", "prevention", "profile", "prosecution",
                                                  "protection"]


@pytest.mark.parametrize("path", THEME_NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path):
    nb = nbformat.read(str(path), as_version=4)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name} cell {index} has outputs"
            assert cell.execution_count is None, f"{path.name} cell {index} has an execution count"


@pytest.mark.parametrize("path", THEME_NOTEBOOKS, ids=lambda p: p.stem)
def test_in_sync_with_its_jupytext_pair(path):
    pair = path.with_suffix(".py")
    assert pair.is_file(), f"{pair.name} missing: run `jupytext --sync {path}`"
    text = jupytext.read(str(pair))
    nb = nbformat.read(str(path), as_version=4)
    as_cells = [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in nb.cells]
    py_cells = [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in text.cells]
    assert as_cells == py_cells, f"{path.name} and {pair.name} differ: run `jupytext --sync {path}`"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", THEME_NOTEBOOKS, ids=lambda p: p.stem)
def test_one_shape_for_every_theme(path):
    theme = path.stem
    nb = nbformat.read(str(path), as_version=4)
    title, parameters, setup, *body = nb.cells
    analyst = [i for i, c in enumerate(body) if "analyst" in c.metadata.get("tags", [])]
    assert analyst and body[analyst[0]].source.startswith("## Your analysis"), f"{theme}: no analyst section"
    body, mine = body[: analyst[0]], body[analyst[0]:]
    assert all("analyst" in c.metadata.get("tags", []) for c in mine), f"{theme}: untagged cell after analyst ones"
    assert title.cell_type == "markdown" and title.source.startswith("# ")
    assert parameters.metadata.get("tags") == ["parameters"]
    assert "analysis.load(table_path, seeds_dir, country, year_from, year_to)" in setup.source
    labels = []
    for cell in body:
        opts = _options(cell)
        assert "label" in opts, f"{theme}: every output cell is labelled: {cell.source[:40]!r}"
        labels.append(opts["label"])
        if opts["label"].startswith("fig-"):
            assert opts["label"].startswith(f"fig-{theme}-")
            assert opts.get("fig-cap", "").startswith('"')
            assert "fig-alt" not in opts, f"{theme}: the chart writes its alt text from its data; no fixed fig-alt"
            assert f'charts.save(fig, output_dir, "{opts["label"]}")' in cell.source
        if opts["label"].startswith("tbl-"):
            assert opts["label"].startswith(f"tbl-{theme}-") and "tbl-cap" in opts
    assert len(labels) == len(set(labels))
    assert f"findings-{theme}" in labels and f"tbl-{theme}-evidence" in labels
    assert any(label.startswith("fig-") for label in labels)
    if theme == "overview":
        assert {"key-figures", "tier-history"} <= set(labels)
