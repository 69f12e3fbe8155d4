"""Shared helpers for the extraction tests: the real seeds' table, and extraction of short texts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tipbrief.indicators.extract import extract_corpus, extract_document
from tipbrief.indicators.table import COLUMNS, record
from tipbrief.paths import project_root
from tipbrief.sources.catalog import Source

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seeds_table() -> pd.DataFrame:
    """The indicator table of the repository's seeds (read only; nothing written)."""
    return extract_corpus(REPO / "seeds")


def make_source(**fields: object) -> Source:
    """A catalog entry for a made-up document (defaults: a 2021 TIP report on 2020)."""
    base = {
        "id": "test-report", "file": "test.txt", "title": "Test report", "publisher": "Test",
        "kind": "government report", "country": "Testland", "year": 2021, "period": {"start": 2020, "end": 2020},
        "reporting_year": 2020, "licence": "test", "attribution": "test", "reliability": "test",
    }
    base.update(fields)
    return Source.model_validate(base)


def records_for(text: str, **fields: object) -> list[dict]:
    """Rows extracted from ``text`` as if it were a catalogued source, as table records (``rows_for`` without the
    frame, whose construction was about a third of a one-sentence case's time)."""
    return [record(row) for row in extract_document(make_source(**fields), text)]


def rows_for(text: str, **fields: object) -> pd.DataFrame:
    """Rows extracted from ``text`` as if it were a catalogued source."""
    return pd.DataFrame(records_for(text, **fields), columns=list(COLUMNS))


__all__ = ["REPO", "make_source", "project_root", "records_for", "rows_for"]

