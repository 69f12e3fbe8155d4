"""Scrambled seed text never makes the extractor raise, and every row it gives passes the evidence lock."""

from __future__ import annotations

import random

from tipbrief.indicators.evidence import check_row
from tipbrief.indicators.extract import extract_document
from tipbrief.indicators.table import record

from .conftest import REPO, make_source


def test_scrambled_text_gives_only_locked_rows():
    words = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        words += path.read_text(encoding="utf-8").split(" ")
    rng = random.Random(11)
    sources = [make_source(), make_source(reporting_year=None, kind="news article")]
    for i in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 300)))
        if i % 3 == 0:
            text = text.replace(". ", ".\n\n")
        for row in extract_document(sources[i % 2], text):
            assert check_row(record(row), text) is None, row
