"""Indicator definitions and the evidence lock, checked on their own."""

from __future__ import annotations

import pytest

from tipbrief.indicators.definitions import IndicatorDefinition, load_definitions
from tipbrief.indicators.evidence import check_row
from tipbrief.indicators.table import THEMES

SHARED_IDS = {
    "prosecution": {"investigations", "suspects", "prosecutions", "convictions", "officials_investigated",
                    "officials_prosecuted", "officials_convicted", "penalty_min_years", "penalty_max_years"},
    "protection": {"victims_identified", "victims_referred", "victims_assisted", "victims_repatriated",
                   "shelter_funding"},
    "prevention": {"labor_inspectors", "labor_inspections", "predeparture_centers", "action_plan", "hotline"},
    "status": {"tier"},
    "profile": {"destination", "exploitation_form", "sector", "vulnerable_group", "migrants"},
    "legal": {"convention", "law"},
    "recommendations": {"recommendation"},
}


def test_definitions_cover_the_shared_ids_with_their_themes():
    defs = load_definitions()
    for theme, ids in SHARED_IDS.items():
        for ind in ids:
            assert defs[ind].theme == theme, ind
    assert {d.theme for d in defs.values()} <= set(THEMES)
    assert all(d.label and d.unit and d.description and d.reading for d in defs.values())
    assert "prevalence" in defs["victims_identified"].reading


def test_every_extracted_indicator_is_defined(seeds_table):
    defs = load_definitions()
    assert set(seeds_table["indicator"]) <= set(defs)
    for _, row in seeds_table.iterrows():
        assert row["theme"] == defs[row["indicator"]].theme


def test_unknown_theme_is_refused():
    with pytest.raises(ValueError):
        IndicatorDefinition(id="x", theme="weather", label="X", unit="u", description="d", reading="r")


def _row(**over):
    text = "Intro.\n\nThe government identified 15 victims\nin 2021.\n"
    start = text.index("The")
    row = {"quote": "The government identified 15 victims in 2021.", "number_text": "15", "start": start,
           "end": text.index("2021.") + 5}
    row.update(over)
    return row, text


def test_evidence_lock_accepts_a_hard_wrapped_quote():
    row, text = _row()
    assert check_row(row, text) is None


@pytest.mark.parametrize(
    ("over", "reason"),
    [
        ({"quote": "The government identified 16 victims in 2021."}, "does not match"),
        ({"number_text": "sixteen"}, "not in the quote"),
        ({"start": 0}, "does not match"),
        ({"end": 10_000}, "outside the file"),
        ({"quote": ""}, "empty quote"),
    ],
)
def test_evidence_lock_refuses_broken_rows(over, reason):
    row, text = _row(**over)
    assert reason in (check_row(row, text) or "")
