"""Alt text of every chart is written from the data it plots (values, years, direction, disagreements), in the
briefing's language, and reaches the notebook output as metadata of the SVG the kernel displays."""

from __future__ import annotations

import json
import re

import matplotlib.pyplot as plt
import nbformat
import pytest
from chart_calls import CHARTS
from nbclient import NotebookClient

from tipbrief import i18n
from tipbrief.briefing.shortcodes import cell_options, computed_alt, with_computed_alt
from tipbrief.toolkit import analysis, charts, style
from tipbrief.toolkit.analysis import Point
from tipbrief.toolkit.describe import series_sentence, series_text


@pytest.fixture(autouse=True)
def _close():
    style.use()
    yield
    plt.close("all")


def _points(*values: tuple[int, float], conflict: int | None = None) -> list[Point]:
    return [Point(y, v, (f"ev-{y}",), ("s",), 2022, zero_stated=v == 0, conflict=y == conflict) for y, v in values]


def test_the_sentence_of_the_issue():
    text = series_text("Law enforcement", [("Investigations", _points((2020, 10), (2021, 22))),
                                           ("Convictions", _points((2020, 26), (2021, 0)))], "no figures")
    assert text == ("Law enforcement: Investigations rose from 10 in 2020 to 22 in 2021; convictions fell from 26 in "
                    "2020 to none reported in 2021.")


def test_one_value_peaks_gaps_and_disagreeing_sources_are_said():
    assert series_sentence("Victims", _points((2021, 107))) == "Victims: 107 in 2021"
    text = series_sentence("Cases", _points((2015, 5), (2016, 40), (2019, 12), (2019, 15), conflict=2019))
    assert text.startswith("Cases rose from 5 in 2015 to ")
    assert "with a high of 40 in 2016" in text and "some years without a figure" in text
    assert text.endswith("sources differ for 2019")
    assert series_sentence("Cases", _points((2020, 7), (2021, 7))) == "Cases was 7 in 2020 and 7 in 2021"


def test_funnel_alt_text_states_the_fixture_figures(data):
    text = charts.alt_text(charts.funnel(data))
    assert text.startswith("Law enforcement: investigations, prosecutions and convictions: ")
    assert "Investigations fell from 47 in 2005 to 22 in 2021" in text
    assert "convictions fell from 9 in 2005 to none reported in 2021, with a high of 26 in 2020" in text
    assert "sources differ for 2005" in text
    assert "Dot-and-line" not in text


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_alt_text_from_its_data(data, table_csv, name):
    fig = CHARTS[name](data)
    text = charts.alt_text(fig)
    assert text.startswith(fig._suptitle.get_text().replace("\n", " ")), text
    assert any(ch.isdigit() for ch in text.split(":", 1)[1]), f"{name}: says no figure: {text}"
    empty = CHARTS[name](analysis.load(table_csv, "", "Tajikistan", 1990, 1991))
    assert charts.alt_text(empty).endswith(" for 1990-1991."), charts.alt_text(empty)


def test_numbers_follow_the_language(data):
    with i18n.language("ru"):
        text = charts.alt_text(charts.funding(data))
    assert re.search(r"300\s000", text) and "300,000" not in text  # Babel's Russian grouping: a no-break space
    assert "300,000" in charts.alt_text(charts.funding(data))


def test_plural_of_reports(data):
    text = charts.alt_text(charts.recurring(data))
    assert "(2 reports, 2006-2022)" in text and "(1 report, 2025)" in text


@pytest.mark.slow
def test_the_kernel_shows_the_chart_as_svg_with_its_alt_text_and_the_briefing_states_it(data, table_csv):
    """A real kernel: style.use() shows a toolkit chart as SVG carrying its alt text in the output metadata;
    the briefing's copy of the notebook states it as the cell's fig-alt, and a figure drawn elsewhere keeps
    its own, or gets its caption when it has none (a tagged PDF needs alt text for every figure)."""
    setup = ("from tipbrief.toolkit import analysis, charts, style\nstyle.use()\n"
             f"data = analysis.load({str(table_csv)!r}, '', 'Tajikistan', 2000, 2030)\n"
             "from matplotlib.backends.backend_agg import RendererAgg\nagg_draws = []\n_path = RendererAgg.draw_path\n"
             "RendererAgg.draw_path = lambda self, *a, **k: (agg_draws.append(1), _path(self, *a, **k))[1]")
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(setup),
        nbformat.v4.new_code_cell('#| label: fig-t-funnel\n#| fig-cap: "Cases"\n#| fig-alt: "Dot-and-line chart"\n'
                                  "fig = charts.funnel(data)"),
        nbformat.v4.new_code_cell('#| label: fig-t-own\n#| fig-cap: "Own"\n#| fig-alt: "My words"\n'
                                  "import matplotlib.pyplot as plt\nplt.plot([1, 2])"),
        nbformat.v4.new_code_cell('#| label: fig-t-bare\n#| fig-cap: "A bare chart"\n'
                                  "import matplotlib.pyplot as plt\nplt.plot([2, 1])"),
        nbformat.v4.new_code_cell("print(len(agg_draws))"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    funnel, own, bare, draws = nb.cells[1:]
    for cell in (funnel, own, bare):  # each figure shown once, as SVG, at the end of its cell
        shown = [o for o in cell.outputs if o.output_type == "display_data"]
        assert len(shown) == 1 and "image/svg+xml" in shown[0].data
    assert draws.outputs[0].text == "0\n", "drawn as pixels too (pyplot's REPL hook), then as SVG"
    expected = charts.alt_text(charts.funnel(data))
    (out,) = [o for o in funnel.outputs if o.output_type == "display_data"]
    assert "image/svg+xml" in out.data and out.metadata["image/svg+xml"]["alt"] == expected
    assert computed_alt(funnel) == expected and computed_alt(own) is None
    stated = with_computed_alt(nb)
    assert cell_options(stated.cells[1].source)["fig-alt"] == expected
    assert cell_options(stated.cells[1].source)["fig-cap"] == "Cases" and "charts.funnel" in stated.cells[1].source
    assert cell_options(stated.cells[2].source)["fig-alt"] == "My words"
    assert cell_options(stated.cells[3].source)["fig-alt"] == "A bare chart"
    assert json.dumps(nb.cells[1].source) != json.dumps(stated.cells[1].source), "the executed notebook is not changed"


def test_no_notebook_states_a_fixed_alt_text_for_a_toolkit_chart():
    """A toolkit chart writes its alt text from its data (both engines state it as the cell's fig-alt); a fixed
    ``#| fig-alt:`` line beside it in a theme notebook would be stale text nobody reads."""
    from pathlib import Path

    stale = []
    for path in sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code" and "charts." in cell.source and "fig-alt" in cell_options(cell.source):
                stale.append(f"{path.name}: {cell_options(cell.source).get('label')}")
    assert not stale, stale
