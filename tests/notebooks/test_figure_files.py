"""The runner's figure files: each labelled chart of an executed notebook, as the kernel drew it."""

from __future__ import annotations

import base64

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from tipbrief.runs.cells import cell_options, figure_files, write_figures

SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><title>funnel</title></svg>\n'
PNG = b"\x89PNG\r\n\x1a\nnot really a picture"


def _image(**data: str) -> nbformat.NotebookNode:
    return new_output("display_data", data=data)


def _notebook() -> nbformat.NotebookNode:
    return new_notebook(cells=[
        new_code_cell('#| label: fig-funnel\n#| fig-cap: "Funnel"\nfig = charts.funnel(data)',
                      outputs=[_image(**{"image/svg+xml": SVG, "text/plain": "<Figure>"})]),
        new_code_cell("#| label: fig-two\nshow(a)\nshow(b)",  # two charts in one cell; PNG where no SVG
                      outputs=[_image(**{"image/png": base64.b64encode(PNG).decode(), "text/plain": "<Figure>"}),
                               _image(**{"image/svg+xml": SVG})]),
        new_code_cell("charts.funnel(data)", outputs=[_image(**{"image/svg+xml": SVG})]),  # no label: no file
        new_code_cell("#| label: findings\nfindings.show(text)", outputs=[_image(**{"text/markdown": "x"})]),
    ])


def test_each_labelled_chart_is_one_file_of_its_own_drawing():
    files = figure_files(_notebook())
    assert files == {"fig-funnel.svg": SVG.encode(), "fig-two.png": PNG, "fig-two-2.svg": SVG.encode()}
    assert cell_options('#| label: fig-a\n#| fig-cap: "A: b"\nx = 1') == {"label": "fig-a", "fig-cap": "A: b"}


def test_a_new_run_replaces_the_files_and_drops_charts_it_no_longer_draws(tmp_path):
    folder = tmp_path / "figures" / "prosecution"
    folder.mkdir(parents=True)
    (folder / "fig-old.png").write_bytes(PNG)  # drawn by an earlier run (or an earlier version's PNG)
    (folder / "notes.txt").write_text("the analyst's", encoding="utf-8")
    written = write_figures(_notebook(), folder)
    assert sorted(p.name for p in written) == ["fig-funnel.svg", "fig-two-2.svg", "fig-two.png"]
    assert sorted(p.name for p in folder.iterdir()) == ["fig-funnel.svg", "fig-two-2.svg", "fig-two.png", "notes.txt"]
    assert (folder / "fig-funnel.svg").read_text(encoding="utf-8") == SVG
