"""Findings read on briefings of Romania (six report years), four South Caucasus neighbours and sections dropped in
without their title line (review2): each test names what a reader saw wrong, on a small hand-made table of a
made-up country."""

from __future__ import annotations

import made_up

from tipbrief.toolkit import findings
from tipbrief.toolkit.analysis import Data

SOURCES = ("tip-2022", "tip-2023")
KEY = ["investigations", "prosecutions", "convictions", "victims_identified"]
plain = made_up.plain


def _row(n: int, indicator: str, year: int, value: float, unit: str, *, source: str = "tip-2023",
         qualifier: str = "", flags: str = "") -> dict:
    theme = "protection" if indicator == "shelter_funding" else None
    return made_up.row(n, indicator, year, value, unit=unit, source=source, qualifier=qualifier, flags=flags,
                       theme=theme)


def _data(rows: list[dict]) -> Data:
    return made_up.data(rows, SOURCES)


def test_one_person_is_not_one_persons() -> None:
    # Armenia: "Convictions | 1 persons" in the key figures and "Convictions, every year a source gives: 1 persons"
    data = _data([_row(1, "convictions", 2021, 1, "persons"), _row(2, "victims_identified", 2021, 32, "victims")])
    table = plain(findings.key_figures_table(data, KEY))
    record = plain(findings.record_sentence(data, "convictions"))
    assert "1 person" in table and "1 persons" not in table, table
    assert "1 person (2021)" in record, record
    assert "32 victims" in table

