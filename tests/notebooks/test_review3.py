"""Findings read on briefings of countries with one report (review3): each test names what a reader saw wrong, on
a small hand-made table of a made-up country."""

from __future__ import annotations

import made_up

from tipbrief.toolkit import charts, style


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

