"""The indicator table: the one contract between extraction, notebooks and the briefing.

Every row is one value stated by one source, with the verbatim sentence that states it.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipbrief import atomic
from tipbrief.errors import ExtractionError
from tipbrief.i18n import _
from tipbrief.indicators.row import FLAGS, THEMES, Row

if TYPE_CHECKING:
    import pandas as pd

    from tipbrief.sources.catalog import Source

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

#: What each column holds, for the data dictionary that ships with the CSV (:func:`dictionary_markdown`);
#: it must name exactly COLUMNS (checked below), so the dictionary cannot drift from the table.
COLUMN_DOCS: dict[str, str] = {
    "id": "Evidence id of the row; the briefing cites a figure by it (stable for the same sources).",
    "country": "Country the source is about.",
    "theme": "Theme of the indicator: " + ", ".join(sorted(THEMES)) + ".",
    "indicator": "What is counted or stated (see Indicators below).",
    "year": "Year the figure refers to (the data year, not the year of the report); empty when not clear.",
    "value": "The figure as a number (counts as whole numbers); empty for a category such as a tier.",
    "value_text": "The category or text value (a tier, a law, a recommendation), when there is one.",
    "unit": "Unit of the value (see Units below).",
    "qualifier": "What narrows the figure (a group, statute, status); empty for a total.",
    "source_id": "Catalog id of the source document (see Sources and licences below).",
    "source_year": "Year the source was published.",
    "section": "Section of the source the sentence sits in.",
    "sentence_id": "Id of the sentence in the source (section, paragraph, sentence).",
    "quote": "The sentence that states the figure, verbatim from the source (after whitespace normalisation).",
    "number_text": "The figure as the source writes it; it occurs in the quote.",
    "start": "Character offset where the quote starts in the source file.",
    "end": "Character offset where the quote ends in the source file.",
    "flags": "Flags separated by ';' (see Flags below).",
    "confidence": "How sure the extraction is of the reading, from 0 to 1.",
    "rule": "Id of the extraction rule that read the figure.",
}
if set(COLUMN_DOCS) != set(COLUMNS):  # pragma: no cover - a schema edit without its documentation
    raise ImportError(f"COLUMN_DOCS and COLUMNS differ: {sorted(set(COLUMN_DOCS) ^ set(COLUMNS))}")
#: How a dtype reads in the data dictionary.
TYPE_NAMES = {"string": "text", "Int64": "integer", "Float64": "number"}
#: The data dictionary's file name, next to the CSV.
DICTIONARY_NAME = "indicators.dictionary.md"

#: Columns a table written before they existed may lack (read as NA): published editions keep old tables.
OPTIONAL = ("rule",)

__all__ = ["COLUMNS", "COLUMN_DOCS", "DICTIONARY_NAME", "FLAGS", "OPTIONAL", "THEMES", "conform", "csv_text",
           "dictionary_markdown", "to_frame", "read_table", "record", "rows_text", "write_rows", "write_table"]


def record(row: Row) -> dict:
    """``row`` as a table record: its COLUMNS, flags joined with ";" (sorted; None when there are none)."""
    out = {column: getattr(row, column) for column in COLUMNS}
    out["flags"] = ";".join(sorted(row.flags)) or None
    return out


def to_frame(rows: Iterable[Row]) -> pd.DataFrame:
    """The table of ``rows``, in order, with COLUMNS and their dtypes."""
    import pandas as pd  # loaded only where a frame is wanted: ``tipbrief extract`` writes rows without it

    return conform(pd.DataFrame([record(row) for row in rows], columns=list(COLUMNS)))


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with exactly COLUMNS, in order, with their dtypes."""
    import pandas as pd

    frame = frame.assign(**{c: pd.NA for c in OPTIONAL if c not in frame.columns})
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ExtractionError(f"indicator table lacks columns: {', '.join(missing)}")
    return frame[list(COLUMNS)].astype(COLUMNS)


def _plain_number(value: object) -> object:
    """A value as the CSV writes it: whole numbers without ".0" (49, not 49.0), others in full."""
    import pandas as pd

    if pd.isna(value):
        return pd.NA
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def csv_text(frame: pd.DataFrame) -> str:
    """The table as CSV text: COLUMNS in order, counts as whole numbers, "\\n" line ends."""
    frame = conform(frame)
    return frame.assign(value=frame["value"].map(_plain_number).astype("string")).to_csv(
        index=False, lineterminator="\n")


def write_table(frame: pd.DataFrame, csv_path: Path) -> tuple[Path, Path]:
    """Write the table as CSV and JSON records (same stem), each atomically."""
    frame = conform(frame)
    csv_path = Path(csv_path)
    json_path = csv_path.with_suffix(".json")
    records = json.loads(frame.to_json(orient="records", force_ascii=False))
    atomic.write_text(csv_path, csv_text(frame))
    atomic.write_text(json_path, _dumps_records(records) + "\n")
    return csv_path, json_path


def write_rows(rows: Sequence[Row], csv_path: Path) -> tuple[Path, Path]:
    """``write_table(to_frame(rows), csv_path)``, byte for byte, without building a DataFrame (nor loading pandas)
    when every value is one :func:`rows_text` writes as pandas would; else through the frame."""
    texts = rows_text(rows)
    if texts is None:
        return write_table(to_frame(rows), csv_path)
    csv_path = Path(csv_path)
    json_path = csv_path.with_suffix(".json")
    atomic.write_text(csv_path, texts[0])
    atomic.write_text(json_path, texts[1])
    return csv_path, json_path


_STRING_COLUMNS = [c for c, dtype in COLUMNS.items() if dtype == "string"]


def _column_values(rows: Sequence[Row]) -> dict[str, list] | None:
    """Each column's values as the table holds them (None for NA), or None when a value is one whose conversion
    by pandas this module does not reproduce (a float that JSON's 10 decimals would round, a NaN, a non-string
    in a text column ...)."""
    columns: dict[str, list] = {}
    kept: set[float] = set()  # floats known to come back from pandas' JSON as they are
    for column, dtype in COLUMNS.items():
        if column == "flags":
            values: list = [";".join(sorted(row.flags)) if row.flags else None for row in rows]
        else:
            values = [getattr(row, column) for row in rows]
        kinds = set(map(type, values))
        if dtype == "string":
            ok = kinds <= {str, type(None)}
        elif dtype == "Int64":
            ok = kinds <= {int, type(None)}
        else:  # Float64: finite numbers that pandas' JSON (10 decimals) gives back as they are
            ok = kinds <= {int, float, type(None)}
            if ok and int in kinds:
                values = [None if v is None else float(v) for v in values]
            for v in values if ok else ():
                if v is not None and v not in kept:
                    if not (math.isfinite(v) and float(f"{v:.10f}") == v):
                        ok = False
                        break
                    kept.add(v)
        if not ok:
            return None
        columns[column] = values
    return columns


def rows_text(rows: Sequence[Row]) -> tuple[str, str] | None:
    """(CSV text, JSON text) of the table of ``rows`` exactly as :func:`write_table` of :func:`to_frame` writes
    them, or None when a value needs pandas' own conversion (see :func:`_column_values`)."""
    columns = _column_values(rows)
    if columns is None:
        return None
    cells = []
    for name, values in columns.items():
        if name == "value":
            cells.append(["" if v is None else (str(int(v)) if v.is_integer() else repr(v)) for v in values])
        elif COLUMNS[name] == "Float64":
            cells.append(["" if v is None else repr(v) for v in values])
        elif COLUMNS[name] == "Int64":
            cells.append(["" if v is None else str(v) for v in values])
        else:
            cells.append(["" if v is None else _csv_cell(v) for v in values])
    lines = [",".join(map(_csv_cell, COLUMNS)), *map(",".join, zip(*cells, strict=True))]
    return "\n".join(lines) + "\n", _dumps_columns(columns, len(rows)) + "\n"


def _csv_quoted() -> str:
    """The characters for which csv.writer (what pandas' to_csv calls, with its defaults: minimal quoting, ``"``
    doubled, ``\\n`` line ends) quotes a field, asked of the csv module itself: the delimiter, the quote and
    line-end characters (``\\r`` is one only in some Python versions)."""
    found = ""
    for char in ',"\r\n':
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([f"a{char}b", ""])
        found += char if buf.getvalue().startswith('"') else ""
    return found


_QUOTED = _csv_quoted()


def _csv_cell(text: str) -> str:
    """``text`` as csv.writer writes it in a row of several fields."""
    for char in _QUOTED:
        if char in text:
            return '"' + text.replace('"', '""') + '"'
    return text


def _dumps_columns(columns: dict[str, list], count: int) -> str:
    """:func:`_dumps_records` of the records these columns make (str, int, float or None values), column by
    column: each value encoded by the function json itself calls for its type, each record by one template."""
    if not count:
        return json.dumps([], ensure_ascii=False, indent=1)
    enc = json.JSONEncoder(ensure_ascii=False).encode
    by_type: dict[type, Callable[[Any], str]] = {
        str: json.encoder.encode_basestring, int: int.__repr__, float: float.__repr__}
    encoded = []
    for values in columns.values():
        kinds = set(map(type, values))
        one = by_type[next(iter(kinds - {type(None)}))] if len(kinds - {type(None)}) == 1 else enc
        encoded.append(list(map(one, values)) if type(None) not in kinds else
                       ["null" if v is None else one(v) for v in values])
    template = " {\n" + ",\n".join(f"  {enc(name).replace('%', '%%')}: %s" for name in columns) + "\n }"
    return "[\n" + ",\n".join(template % values for values in zip(*encoded, strict=True)) + "\n]"


def _dumps_records(records: list[dict]) -> str:
    """``json.dumps(records, ensure_ascii=False, indent=1)``, byte for byte, with the C encoder for the values
    (``indent`` makes json fall back to its pure-Python encoder: seconds for a table of 10,000 rows); strings,
    whole numbers and None, the bulk of a table, are encoded by the functions json itself calls for them."""
    if not records or any(not r or any(isinstance(v, (list, dict)) for v in r.values()) for r in records):
        return json.dumps(records, ensure_ascii=False, indent=1)
    enc = json.JSONEncoder(ensure_ascii=False).encode
    plain: dict[type, Callable[[Any], str]] = {
        str: json.encoder.encode_basestring, int: int.__repr__, type(None): lambda _v: "null"}
    keys: dict[str, str] = {}
    items = []
    for r in records:
        fields = []
        for k, v in r.items():
            head = keys.get(k)
            if head is None:
                head = keys[k] = f"  {enc(k)}: "
            fields.append(head + plain.get(type(v), enc)(v))
        items.append(" {\n" + ",\n".join(fields) + "\n }")
    return "[\n" + ",\n".join(items) + "\n]"


def read_table(path: Path) -> pd.DataFrame:
    """Read a table written by :func:`write_table` (CSV or JSON) with its dtypes."""
    import pandas as pd

    path = Path(path)
    if not path.is_file():
        raise ExtractionError(f"{path}: indicator table not found (run `tipbrief extract`)")
    if path.suffix == ".json":
        frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")), columns=list(COLUMNS))
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return conform(frame)


def _cell(text: object) -> str:
    """Text for a cell of a Markdown pipe table: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def dictionary_markdown(frame: pd.DataFrame, sources: Iterable[Source], csv_name: str = "indicators.csv") -> str:
    """The data dictionary of ``csv_name``: its columns (from COLUMNS and COLUMN_DOCS), the units and
    indicators it holds (from ``indicators.yml``), its flags (FLAGS) and the licence of each source whose
    sentences its ``quote`` column reproduces."""
    from tipbrief.indicators.definitions import load_definitions

    frame = conform(frame)
    definitions = load_definitions()
    lines = [f"# {_('Data dictionary')}: {csv_name}", "",
             _("One row per figure a source states, with the sentence that states it. Comma-separated, UTF-8, "
               "a header row; an empty cell means no value."), "",
             f"## {_('Columns')}", "", f"| {_('Column')} | {_('Type')} | {_('Meaning')} |", "|:--|:--|:--|"]
    lines += [f"| `{name}` | {_(TYPE_NAMES.get(dtype, dtype))} | {_cell(_(COLUMN_DOCS[name]))} |"
              for name, dtype in COLUMNS.items()]
    units: dict[str, set[str]] = {}
    for _i, row in frame.dropna(subset=["unit"]).iterrows():
        units.setdefault(str(row["unit"]), set()).add(str(row["indicator"]))
    lines += ["", f"## {_('Units')}", "", f"| {_('Unit')} | {_('Indicators')} |", "|:--|:--|"]
    lines += [f"| {_cell(unit)} | {_cell(', '.join(sorted(names)))} |" for unit, names in sorted(units.items())]
    lines += ["", f"## {_('Indicators')}", "", f"| {_('Indicator')} | {_('Label')} | {_('Unit')} | {_('Meaning')} |",
              "|:--|:--|:--|:--|"]
    for name in sorted(set(frame["indicator"].dropna().astype(str))):
        found = definitions.get(name)
        if found is None:
            lines.append(f"| `{name}` | | | |")
        else:
            lines.append(f"| `{name}` | {_cell(_(found.label))} | {_cell(_(found.unit))} | "
                         f"{_cell(_(found.description))} |")
    lines += ["", f"## {_('Flags')}", "", f"| {_('Flag')} | {_('Meaning')} |", "|:--|:--|"]
    lines += [f"| `{flag}` | {_cell(_(meaning))} |" for flag, meaning in FLAGS.items()]
    lines += ["", f"## {_('Sources and licences')}", "",
              _("The quote column reproduces sentences of these sources. The figures are facts; the quoted text "
                "stays under its source's licence: credit the source as given below, and where the licence is "
                "CC BY-SA, share what you make from the quotes under the same licence."), "",
              f"| {_('Source id')} | {_('Title')} | {_('Licence')} | {_('Credit')} | {_('Address')} |",
              "|:--|:--|:--|:--|:--|"]
    lines += [f"| `{s.id}` | {_cell(s.title)} | {_cell(s.licence)} | {_cell(s.attribution)} | {_cell(s.url or '')} |"
              for s in sources]
    return "\n".join(lines) + "\n"
