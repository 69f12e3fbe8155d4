"""Evidence lock: every row's quote is in its source, at its offsets, and contains the figure as written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tipbrief.errors import ExtractionError
from tipbrief.indicators.ingest import normalise
from tipbrief.indicators.row import Row

if TYPE_CHECKING:
    import pandas as pd


def _na(value: object) -> bool:
    """None, NaN or pandas' NA (what a table cell left empty holds), without loading pandas for plain values."""
    if value is None or isinstance(value, (str, int)):
        return value is None
    if isinstance(value, float):
        return value != value
    import pandas as pd

    return bool(pd.isna(value))


def check_row(row: dict | pd.Series, text: str, spans: dict[tuple[int, int], str] | None = None) -> str | None:
    """Why ``row`` fails the lock against its source ``text``, or None if it holds (``spans``: normalised
    spans of ``text`` already worked out, by (start, end), kept for the next row of the same sentence)."""
    quote, number_text = row["quote"], row["number_text"]
    if _na(quote) or not str(quote):
        return "empty quote"
    if _na(row["start"]) or _na(row["end"]):
        return "no offsets"
    start, end = int(row["start"]), int(row["end"])
    if not 0 <= start < end <= len(text):
        return f"offsets {start}:{end} outside the file ({len(text)} characters)"
    if spans is None:
        found = normalise(text[start:end])
    else:
        found = spans.get((start, end))
        if found is None:
            found = spans[start, end] = normalise(text[start:end])
    if found != quote:
        return f"quote does not match the source at {start}:{end} (found {found[:60]!r})"
    if _na(number_text) or str(number_text) not in str(quote):
        return f"number_text {number_text!r} is not in the quote"
    return None


def _check_records(records: Iterable[dict], texts: dict[str, str]) -> None:
    checked: set[tuple] = set()  # rows of one sentence share quote and offsets: each is checked once
    spans: dict[str, dict[tuple[int, int], str]] = {}  # and its span of the source is normalised once
    held: set[tuple] = set()  # (source, quote, start, end) of the rows that passed: the next one needs its figure only
    for row in records:
        quote, number_text = row["quote"], row["number_text"]
        span = (row["source_id"], quote, row["start"], row["end"])
        if span in held and type(number_text) is str and number_text in quote:
            continue  # check_row would pass it: the same quote at the same offsets, its figure in the quote
        key = (row["source_id"], quote, number_text, row["start"], row["end"])
        if key in checked:
            continue
        checked.add(key)
        text = texts.get(row["source_id"])
        if text is None:
            raise ExtractionError(f"row {row['id']}: source {row['source_id']!r} not read")
        reason = check_row(row, text, spans.setdefault(row["source_id"], {}))
        if reason:
            raise ExtractionError(f"source {row['source_id']}, row {row['id']}: evidence lock failed: {reason}")
        if type(quote) is str:
            held.add(span)


def check(frame: pd.DataFrame, texts: dict[str, str]) -> None:
    """Raise ExtractionError naming the source and row of the first row that fails the lock."""
    if frame["id"].duplicated().any():
        dup = frame.loc[frame["id"].duplicated(), "id"].iloc[0]
        raise ExtractionError(f"evidence id {dup!r} is not unique")
    columns = ["id", "source_id", "quote", "number_text", "start", "end"]
    _check_records(frame[columns].to_dict("records"), texts)  # plain dicts: iterrows builds a Series per row


def check_rows(rows: Iterable[Row], texts: dict[str, str]) -> None:
    """:func:`check` of the table these rows make, on the rows themselves (no DataFrame)."""
    rows = list(rows)
    seen: set[str] = set()
    for row in rows:
        if row.id in seen:
            raise ExtractionError(f"evidence id {row.id!r} is not unique")
        seen.add(row.id)
    _check_records(({"id": r.id, "source_id": r.source_id, "quote": r.quote, "number_text": r.number_text,
                     "start": r.start, "end": r.end} for r in rows), texts)
