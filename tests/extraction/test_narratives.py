"""Whole narratives in other countries' TIP style (written for these tests): every figure, nothing else."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from .conftest import rows_for

HERE = Path(__file__).with_name("narratives")


def _key(d: dict) -> tuple:
    return (d["indicator"], d["year"], d["value"], d.get("qualifier"), d.get("unit"))


@pytest.mark.parametrize("name", sorted(p.stem for p in HERE.glob("*.txt")))
def test_narrative_gives_every_figure_and_nothing_else(name):
    spec = yaml.safe_load((HERE / f"{name}.yml").read_text(encoding="utf-8"))
    frame = rows_for((HERE / f"{name}.txt").read_text(encoding="utf-8"), **spec["source"])
    frame = frame[(frame["unit"] != "mentions") & (frame["indicator"] != "recommendation")]
    got = set()
    for r in frame.itertuples():
        value = r.value_text if pd.isna(r.value) else (int(r.value) if r.value == int(r.value) else r.value)
        unit = None if r.unit in ("text", "period", "tier") else r.unit
        got.add((r.indicator, None if pd.isna(r.year) else int(r.year), value,
                 None if pd.isna(r.qualifier) else r.qualifier, unit))
    expected = {_key(d) for d in spec["rows"]}
    assert not expected - got, f"missing: {sorted(expected - got, key=str)}"
    assert not got - expected, f"unexpected: {sorted(got - expected, key=str)}"
    assert frame["quote"].str.len().gt(0).all()
