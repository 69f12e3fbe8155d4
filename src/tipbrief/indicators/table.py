"""The indicator table: the one contract between extraction, notebooks and the briefing.

Every row is one value stated by one source, with the verbatim sentence that states it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tipbrief import atomic
from tipbrief.errors import ExtractionError
from tipbrief.indicators.row import FLAGS, THEMES, Row

#: Column -> pandas dtype. ``id`` is the evidence id cited by the briefing ([a-z0-9-], stable
#: across runs for the same inputs). ``year`` is the data year (not the report year); ``value`` is
#: numeric where the indicator is a number, else NA with the category in ``value_text``.
#: ``number_text`` is the figure as written and occurs in ``quote``; ``quote`` occurs verbatim in
#: the source after the documented normalisation; ``start``/``end`` locate it in the original file.
#: ``flags`` is a ";"-joined subset of FLAGS. ``rule`` is the id of the pattern or rule in
#: ``indicators/rules/extract_rules.yml`` that read the figure (last, so older tables read the same).
COLUMNS: dict[str, str] = {
    "id": "string",
    "country": "string",
    "theme": "string",
    "indicator": "string",
    "year": "Int64",
    "value": "Float64",
    "value_text": "string",
    "unit": "string",
    "qualifier": "string",
    "source_id": "string",
    "source_year": "Int64",
    "section": "string",
    "sentence_id": "string",
    "quote": "string",
    "number_text": "string",
    "start": "Int64",
    "end": "Int64",
    "flags": "string",
    "confidence": "Float64",
    "rule": "string",
}

#: Columns a table written before they existed may lack (read as NA): published editions keep old tables.
OPTIONAL = ("rule",)

__all__ = ["COLUMNS", "FLAGS", "OPTIONAL", "THEMES", "conform", "to_frame", "read_table", "record", "write_table"]


def record(row: Row) -> dict:
    """``row`` as a table record: its COLUMNS, flags joined with ";" (sorted; None when there are none)."""
    out = {column: getattr(row, column) for column in COLUMNS}
    out["flags"] = ";".join(sorted(row.flags)) or None
    return out


def to_frame(rows: Iterable[Row]) -> pd.DataFrame:
    """The table of ``rows``, in order, with COLUMNS and their dtypes."""
    return conform(pd.DataFrame([record(row) for row in rows], columns=list(COLUMNS)))


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with exactly COLUMNS, in order, with their dtypes."""
    frame = frame.assign(**{c: pd.NA for c in OPTIONAL if c not in frame.columns})
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ExtractionError(f"indicator table lacks columns: {', '.join(missing)}")
    return frame[list(COLUMNS)].astype(COLUMNS)


def write_table(frame: pd.DataFrame, csv_path: Path) -> tuple[Path, Path]:
    """Write the table as CSV and JSON records (same stem), each atomically."""
    frame = conform(frame)
    csv_path = Path(csv_path)
    json_path = csv_path.with_suffix(".json")
    records = json.loads(frame.to_json(orient="records", force_ascii=False))
    atomic.write_text(csv_path, frame.to_csv(index=False, lineterminator="\n"))
    atomic.write_text(json_path, _dumps_records(records) + "\n")
    return csv_path, json_path


def _dumps_records(records: list[dict]) -> str:
    """``json.dumps(records, ensure_ascii=False, indent=1)``, byte for byte, with the C encoder for the values
    (``indent`` makes json fall back to its pure-Python encoder: seconds for a table of 10,000 rows)."""
    if not records or any(not r or any(isinstance(v, (list, dict)) for v in r.values()) for r in records):
        return json.dumps(records, ensure_ascii=False, indent=1)
    enc = json.JSONEncoder(ensure_ascii=False).encode
    items = [" {\n" + ",\n".join(f"  {enc(k)}: {enc(v)}" for k, v in r.items()) + "\n }" for r in records]
    return "[\n" + ",\n".join(items) + "\n]"


def read_table(path: Path) -> pd.DataFrame:
    """Read a table written by :func:`write_table` (CSV or JSON) with its dtypes."""
    path = Path(path)
    if not path.is_file():
        raise ExtractionError(f"{path}: indicator table not found (run `tipbrief extract`)")
    if path.suffix == ".json":
        frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")), columns=list(COLUMNS))
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return conform(frame)
