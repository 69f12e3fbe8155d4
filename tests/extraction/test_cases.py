"""Sentence-to-rows cases, one data file per rule (``cases/<rule>.yml``): each case gives exactly its rows.

Texts written for these tests in the style of 2004-2024 TIP narratives; each case was a misreading once.
A case's rows are compared on indicator, year, value, value text, qualifier, unit and flags (an
omitted unit is the indicator's own); profile mentions are left out (``test_gold`` covers them).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from tipbrief.indicators.definitions import load_definitions

from .conftest import records_for

CASES = Path(__file__).with_name("cases")
#: libyaml's loader where PyYAML has it: every test process parses every case file at collection
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(CASES.glob("*.yml")):
        for case in yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER):  # noqa: S506 - a safe loader
            out.append((f"{path.stem}: {case['name']}", case))
    return out


ALL = _load()


def _key(indicator: str, year: object, value: object, value_text: object, qualifier: object, unit: object,
         flags: object) -> tuple:
    def na(x: object) -> object:
        return None if x is None or (not isinstance(x, list | set) and pd.isna(x)) else x

    value = na(value)
    flags = flags.split(";") if isinstance(flags, str) else (na(flags) or [])
    return (indicator, na(year) and int(year), None if value is None else float(value), na(value_text),
            na(qualifier), unit, tuple(sorted(flags)))


def test_every_case_has_a_unique_name_and_the_count_is_kept():
    names = [name for name, _ in ALL]
    assert len(names) == len(set(names))
    assert len(names) >= 123  # 122 cases moved from test_phrasings/test_clauses/test_second_pass, and more since


@pytest.mark.parametrize("case", [case for _, case in ALL], ids=[name for name, _ in ALL])
def test_case_gives_exactly_its_rows(case):
    defs = load_definitions()
    # the rows as table records (rows_for's frame without building it: the same keys, a third less time per case)
    records = [r for r in records_for(case["text"], **case.get("source", {})) if r["unit"] != "mentions"]
    got = sorted(
        (_key(r["indicator"], r["year"], r["value"], r["value_text"], r["qualifier"], r["unit"], r["flags"])
         for r in records),
        key=str,
    )
    expected = sorted(
        (
            _key(r["indicator"], r["year"], r.get("value"), r.get("value_text"), r.get("qualifier"),
                 r.get("unit", defs[r["indicator"]].unit), r.get("flags"))
            for r in case["rows"]
        ),
        key=str,
    )
    missing = [k for k in expected if k not in got]
    unexpected = [k for k in got if k not in expected]
    assert got == expected, f"missing: {missing}\nunexpected: {unexpected}"
