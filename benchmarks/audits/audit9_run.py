"""Audit 9's runner: load a round file (a list of cases as in tests/extraction/cases/*.yml) and compare each case's
rows exactly as tests/extraction/test_cases.py does (indicator, year, value, value text, qualifier, unit, flags; profile
mentions left out), printing per case `ok` or `differs` with what was got and what was expected.

Usage: PYTHONPATH=src python benchmarks/audits/audit9_run.py benchmarks/audits/audit9-rounds/r1.yml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.extraction.conftest import records_for  # noqa: E402
from tests.extraction.test_cases import _key  # noqa: E402
from tipbrief.indicators.definitions import load_definitions  # noqa: E402


def compare(case: dict, defs: dict) -> tuple[list, list]:
    records = [r for r in records_for(case["text"], **case.get("source", {})) if r["unit"] != "mentions"]
    got = sorted((_key(r["indicator"], r["year"], r["value"], r["value_text"], r["qualifier"], r["unit"], r["flags"])
                  for r in records), key=str)
    expected = sorted((_key(r["indicator"], r["year"], r.get("value"), r.get("value_text"), r.get("qualifier"),
                            r.get("unit", defs[r["indicator"]].unit), r.get("flags"))
                       for r in case["rows"]), key=str)
    return got, expected


def main(path: str) -> int:
    defs = load_definitions()
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    ok = 0
    for case in cases:
        got, expected = compare(case, defs)
        if got == expected:
            ok += 1
            print(f"ok       {case['name']}")
            continue
        print(f"differs  {case['name']}")
        print(f"  text: {case['text']}")
        for k in expected:
            if k not in got:
                print(f"  missing     {k}")
        for k in got:
            if k not in expected:
                print(f"  unexpected  {k}")
    print(f"\n{ok}/{len(cases)} read exactly right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
