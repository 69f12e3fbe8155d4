"""Findings read on briefings of countries with one report (review3): each test names what a reader saw wrong, on
a small hand-made table of a made-up country."""

from __future__ import annotations

from pathlib import Path

import made_up

from tipbrief.toolkit import charts, style

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def _data(rows: list[dict]):
    return made_up.data(rows, ("tip-2022",))


def test_an_empty_chart_says_so_in_its_output_metadata() -> None:
    # the Prosecution and Prevention charts read "No figures in the sources" in half a page of blank frame: the
    # briefing needs to know the chart is empty to print that line in its place
    empty = charts.panels(_data([made_up.row(1, "victims_identified", 2021, 3, unit="victims")]),
                          ["labor_inspectors", "labor_inspections"], "Prevention capacity")
    svg, meta = style.svg_with_alt(empty)
    assert meta[style.EMPTY_KEY].startswith("Prevention capacity: no figures in the sources"), meta
    full = charts.funnel(_data([made_up.row(1, "investigations", 2021, 12, unit="cases")]))
    out = style.svg_with_alt(full)
    assert not isinstance(out, tuple) or style.EMPTY_KEY not in out[1], out


def test_the_funding_caption_says_only_what_every_chart_shows() -> None:
    # the caption said "(U.S. dollars as the source converts them)" above a chart with no USD panel; the chart
    # itself notes a USD conversion when it draws one
    text = (NOTEBOOKS / "protection.py").read_text(encoding="utf-8")
    caption = next(line for line in text.splitlines() if line.startswith("#| fig-cap: \"Government funding"))
    assert "U.S. dollars" not in caption, caption
    assert "USD amounts are conversions" in (Path(charts.__file__).read_text(encoding="utf-8"))


def test_a_funding_chart_with_no_amount_does_not_name_a_currency() -> None:
    # a country whose sources state no funding read "Government funding for victim services: no USD figures", as if
    # amounts in another currency were there
    none = charts.funding(_data([made_up.row(1, "victims_identified", 2021, 3, unit="victims")]))
    assert style.empty_message(none).endswith("no figures in the sources"), style.empty_message(none)
    asked = charts.funding(_data([made_up.row(1, "victims_identified", 2021, 3, unit="victims")]), ["EUR"])
    assert "no EUR figures" in style.empty_message(asked), style.empty_message(asked)
