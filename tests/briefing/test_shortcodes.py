"""Shortcode resolution of the built-in engine: include, meta, var and embed (with Quarto's rules)."""

from __future__ import annotations

import base64

import nbformat
import pytest

from tipbrief.briefing.shortcodes import Context, cell_options, find_cell, resolve
from tipbrief.errors import BuildError
from tipbrief.toolkit.cite import escape as escape_markdown

PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)).decode()


def _notebook(path):
    fig = nbformat.v4.new_code_cell('#| label: fig-x\n#| fig-cap: "A chart"\n#| fig-alt: "Alt \\"quoted\\""\nplot()')
    fig.outputs = [nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"}),
                   nbformat.v4.new_output("stream", name="stdout", text="stray print\n")]
    tbl = nbformat.v4.new_code_cell('#| label: tbl-y\n#| tbl-cap: "A table"\nshow()')
    tbl.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": "| a |\n|--|\n| 1 |\n"})]
    empty = nbformat.v4.new_code_cell("#| label: findings-z\nx = 1")
    tagged = nbformat.v4.new_code_cell("y = 2", metadata={"tags": ["by-tag"]})
    tagged.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "<b>2</b>"}, execution_count=1)]
    nbformat.write(nbformat.v4.new_notebook(cells=[fig, tbl, empty, tagged]), path)


@pytest.fixture
def ctx(tmp_path):
    (tmp_path / "_build").mkdir()
    _notebook(tmp_path / "_build" / "nb.ipynb")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "inner.md").write_text("inner {{< meta version >}}", encoding="utf-8")
    (tmp_path / "parts" / "outer.md").write_text("outer {{< include inner.md >}}", encoding="utf-8")
    return Context(root=tmp_path, meta={"version": "1.2.3", "a": {"b": "deep"}}, variables={"org": "Team"},
                   figures_dir=tmp_path / "figs")


def test_meta_var_include(ctx, tmp_path):
    text = "v{{< meta version >}} {{< meta a.b >}} {{< var org >}} {{< include /parts/outer.md >}}"
    assert resolve(text, ctx, tmp_path / "briefs") == "v1.2.3 deep Team outer inner 1.2.3"


def test_escaped_shortcode_is_left_alone(ctx, tmp_path):
    assert resolve("{{{< meta version >}}}", ctx, tmp_path) == "{{{< meta version >}}}"


def test_embed_figure_gets_id_caption_alt_and_file(ctx, tmp_path):
    out = resolve("{{< embed /_build/nb.ipynb#fig-x >}}", ctx, tmp_path)
    assert out == '![A chart](figures/nb-fig-x.png){#fig-x fig-alt="Alt \\"quoted\\""}'
    assert (tmp_path / "figs" / "nb-fig-x.png").read_bytes().startswith(b"\x89PNG")
    assert "stray print" not in out


def test_embed_table_gets_caption_and_id(ctx, tmp_path):
    out = resolve("{{< embed /_build/nb.ipynb#tbl-y >}}", ctx, tmp_path)
    assert out.endswith(": A table {#tbl-y}") and "| 1 |" in out


def test_embed_by_tag_escapes_plain_text(ctx, tmp_path):
    assert resolve("{{< embed /_build/nb.ipynb#by-tag >}}", ctx, tmp_path) == "\\<b\\>2\\</b\\>"


@pytest.mark.parametrize(
    ("code", "message"),
    [("{{< embed /_build/nb.ipynb#nope >}}", "no cell labelled 'nope'"),
     ("{{< embed /_build/nb.ipynb#findings-z >}}", "no output to embed"),
     ("{{< embed /_build/missing.ipynb#x >}}", "notebook to embed not found"),
     ("{{< meta nope >}}", "no meta named 'nope'"),
     ("{{< include /parts/none.md >}}", "not found"),
     ("{{< video x.mp4 >}}", "not supported")],
)
def test_errors_name_the_shortcode(ctx, tmp_path, code, message):
    with pytest.raises(BuildError, match=message):
        resolve(code, ctx, tmp_path)


def test_cell_options_and_find_cell(tmp_path):
    options = cell_options('#| label: fig-a\n#| fig-cap: "x: y"\ncode\n#| not: this')
    assert options == {"label": "fig-a", "fig-cap": "x: y"}
    _notebook(tmp_path / "n.ipynb")
    nb = nbformat.read(tmp_path / "n.ipynb", as_version=4)
    assert find_cell(nb, "tbl-y") is nb.cells[1]
    assert find_cell(nb, "missing") is None


def test_escape_markdown_leaves_no_markup():
    escaped = escape_markdown("<script>a</script> #set $x$ *b* [c](d) @e \\f\n{{< meta x >}}")
    assert "{{<" not in escaped and "\n" not in escaped
    for ch in "<>#$*[]()@{}":
        assert f"\\{ch}" in escaped
