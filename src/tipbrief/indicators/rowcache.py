"""Rows of documents read before, kept on disk: a document is not read again unless it or the extractor changed.

The key is the SHA-256 of the document's text, of its catalog entry (less its id and file name, which only
name the rows) and of every file of the extractor (``tipbrief/indicators`` and ``tipbrief/sources``: code,
rules and word lists). Entries are :mod:`marshal` files (read twice as fast as JSON; the interpreter's version is
part of the key) under ``<cache>/rows/`` (the cache folder of
:func:`tipbrief.indicators.rules.regexcache.cache_dir`); ``TIPBRIEF_NO_CACHE=1`` turns the cache off. A
damaged or unreadable entry is read again from the document; rows from the cache still pass the evidence
lock against the document's text, like rows just read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from pathlib import Path

from tipbrief.indicators.row import Row
from tipbrief.indicators.rules.regexcache import cache_dir, write_cache_file
from tipbrief.paths import PACKAGE_DIR
from tipbrief.sources.catalog import Source

#: Set to 1 to read every document afresh.
NO_CACHE_ENV = "TIPBRIEF_NO_CACHE"
_FIELDS = [f.name for f in fields(Row)]


@cache
def extractor_digest() -> str:
    """SHA-256 over the files the rows depend on: the extraction and source-reading code and data."""
    h = hashlib.sha256()
    for folder in ("indicators", "sources"):
        for path in sorted((PACKAGE_DIR / folder).rglob("*")):
            if path.suffix in (".py", ".yml", ".yaml", ".json", ".csv") and "__pycache__" not in path.parts:
                h.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def key(source: Source, text: str, reader: str = "") -> str:
    """Cache key of one document's rows (``reader``: the function that reads them, by qualified name)."""
    entry = source.model_dump(mode="json", exclude={"id", "file"})
    payload = json.dumps({"entry": entry, "extractor": extractor_digest(), "reader": reader, "python": sys.hexversion,
                          "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _path(k: str) -> Path:
    return cache_dir() / "rows" / k[:2] / f"{k}.marshal"


#: Fields as an entry stores them, each row a list in this order (``source_id`` is the entry's, not stored).
_STORED = [name for name in _FIELDS if name != "source_id"]
_SOURCE_AT = _FIELDS.index("source_id")


def _dump(source: Source, rows: list[Row]) -> bytes:
    prefix = f"{source.id}-"
    out = []
    for row in rows:
        values = [getattr(row, name) for name in _STORED]  # every field is a plain value or a set of strings
        if not row.id.startswith(prefix):
            raise ValueError(f"row id {row.id!r} does not name its source")
        values[0] = row.id.removeprefix(prefix)
        values[_STORED.index("flags")] = sorted(row.flags)
        out.append(values)
    return marshal.dumps({"fields": _STORED, "rows": out})


def _load(source: Source, data: bytes) -> list[Row]:
    entry = marshal.loads(data)
    if not isinstance(entry, dict) or entry.get("fields") != _STORED:
        raise ValueError("cached rows of another shape")
    flags = _STORED.index("flags")
    rows = []
    for values in entry["rows"]:
        if len(values) != len(_STORED):
            raise ValueError("cached row of another shape")
        values[0] = f"{source.id}-{values[0]}"
        values[flags] = set(values[flags])
        values.insert(_SOURCE_AT, source.id)
        rows.append(Row(*values))
    return rows


def _off() -> bool:
    return os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0")


def _reader_name(read: Callable[[Source, str], list[Row]]) -> str:
    return f"{read.__module__}.{read.__qualname__}"


def cached(source: Source, text: str, read: Callable[[Source, str], list[Row]]) -> list[Row] | None:
    """The rows ``read(source, text)`` gave before for the same text, entry and extractor, or None (not cached,
    an entry this version cannot read, or the cache turned off)."""
    if _off():
        return None
    try:
        return _load(source, _path(key(source, text, _reader_name(read))).read_bytes())
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None  # not cached yet, or an entry this version cannot read: read the document


def store(source: Source, text: str, read: Callable[[Source, str], list[Row]], got: list[Row]) -> None:
    """Keep ``got``, the rows ``read(source, text)`` gave, for the next command (nothing when the cache is off;
    a read-only cache folder, or rows it cannot key, only cost time)."""
    if _off():
        return
    path = _path(key(source, text, _reader_name(read)))
    with contextlib.suppress(OSError, ValueError):
        write_cache_file(path, _dump(source, got))


def rows(source: Source, text: str, read: Callable[[Source, str], list[Row]]) -> list[Row]:
    """``read(source, text)``, or the rows it gave before for the same text, entry and extractor."""
    got = cached(source, text, read)
    if got is None:
        got = read(source, text)
        store(source, text, read, got)
    return got
