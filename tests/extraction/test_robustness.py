"""Scrambled seed text never makes the extractor raise, and every row it gives passes the evidence lock;
the tests count the rows they checked, so an extractor that finds nothing cannot pass them."""

from __future__ import annotations

import random
import re

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
    checked, texts_with_rows = 0, 0
    for i in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 300)))
        if i % 3 == 0:
            text = text.replace(". ", ".\n\n")
        rows = extract_document(sources[i % 2], text)
        for row in rows:
            assert check_row(record(row), text) is None, row
        checked += len(rows)
        texts_with_rows += bool(rows)
    # word salad still names places, sectors, plans and groups: about 60 rows in 27 of the 60 texts
    assert checked >= 40 and texts_with_rows >= 20, f"only {checked} rows in {texts_with_rows} texts were checked"


def test_shuffled_and_cut_sentences_give_only_locked_figures():
    """Sentences with digits, shuffled, some cut short, joined by spaces or paragraph breaks: figures are read
    (so the lock is checked on numbers and offsets) and every one still matches the text it came from."""
    sentences = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        sentences += [s for s in re.split(r"(?<=[.;])\s+", text) if re.search(r"\d", s)]
    rng = random.Random(7)
    sources = [make_source(), make_source(reporting_year=None, kind="news article")]
    checked, figures = 0, 0
    for i in range(30):
        picked = rng.sample(sentences, k=rng.randint(1, 8))
        cut = [s[: rng.randint(len(s) // 2, len(s))] if rng.random() < 0.3 else s for s in picked]
        text = ("\n\n" if i % 3 == 0 else " ").join(cut)
        rows = extract_document(sources[i % 2], text)
        for row in rows:
            assert check_row(record(row), text) is None, row
        checked += len(rows)
        figures += sum(1 for row in rows if row.value is not None and row.value == row.value)  # not NaN
    # about 120 rows, 100 of them numbers, with this seed
    assert checked >= 60 and figures >= 40, f"only {checked} rows ({figures} figures) were checked"
