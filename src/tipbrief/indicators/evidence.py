"""Evidence lock: every row's quote is in its source, at its offsets, and contains the figure as written."""

from __future__ import annotations

import pandas as pd

from tipbrief.errors import ExtractionError
from tipbrief.indicators.ingest import normalise


def check_row(row: dict | pd.Series, text: str) -> str | None:
    """Why ``row`` fails the lock against its source ``text``, or None if it holds."""
    quote, number_text = row["quote"], row["number_text"]
    if pd.isna(quote) or not str(quote):
        return "empty quote"
    if pd.isna(row["start"]) or pd.isna(row["end"]):
        return "no offsets"
    start, end = int(row["start"]), int(row["end"])
    if not 0 <= start < end <= len(text):
        return f"offsets {start}:{end} outside the file ({len(text)} characters)"
    found = normalise(text[start:end])
    if found != quote:
        return f"quote does not match the source at {start}:{end} (found {found[:60]!r})"
    if pd.isna(number_text) or str(number_text) not in str(quote):
        return f"number_text {number_text!r} is not in the quote"
    return None


def check(frame: pd.DataFrame, texts: dict[str, str]) -> None:
    """Raise ExtractionError naming the source and row of the first row that fails the lock."""
    if frame["id"].duplicated().any():
        dup = frame.loc[frame["id"].duplicated(), "id"].iloc[0]
        raise ExtractionError(f"evidence id {dup!r} is not unique")
    columns = ["id", "source_id", "quote", "number_text", "start", "end"]
    checked: set[tuple] = set()  # rows of one sentence share quote and offsets: each is checked once
    for row in frame[columns].to_dict("records"):  # plain dicts: iterrows builds a Series per row
        key = (row["source_id"], row["quote"], row["number_text"], row["start"], row["end"])
        if key in checked:
            continue
        checked.add(key)
        text = texts.get(row["source_id"])
        if text is None:
            raise ExtractionError(f"row {row['id']}: source {row['source_id']!r} not read")
        reason = check_row(row, text)
        if reason:
            raise ExtractionError(f"source {row['source_id']}, row {row['id']}: evidence lock failed: {reason}")
