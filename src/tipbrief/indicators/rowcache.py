"""Rows of documents read before, kept on disk: a document is not read again unless it or the extractor changed.

The key is the SHA-256 of the document's text, of its catalog entry (less its id and file name, which only
name the rows) and of every file of the extractor (``tipbrief/indicators`` and ``tipbrief/sources``: code,
rules and word lists). Entries are JSON files under ``<cache>/rows/`` (the cache folder of
:func:`tipbrief.indicators.rules.regexcache.cache_dir`); ``TIPBRIEF_NO_CACHE=1`` turns the cache off. A
damaged or unreadable entry is read again from the document; rows from the cache still pass the evidence
lock against the document's text, like rows just read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from pathlib import Path

from tipbrief.indicators.row import Row
from tipbrief.indicators.rules.regexcache import cache_dir
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
    payload = json.dumps({"entry": entry, "extractor": extractor_digest(), "reader": reader,
                          "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _path(k: str) -> Path:
    return cache_dir() / "rows" / k[:2] / f"{k}.json"


def _dump(source: Source, rows: list[Row]) -> str:
    prefix = f"{source.id}-"
    out = []
    for row in rows:
        d = {name: getattr(row, name) for name in _FIELDS}  # every field is a plain value or a set of strings
        if not d["id"].startswith(prefix):
            raise ValueError(f"row id {d['id']!r} does not name its source")
        d["id"] = d["id"].removeprefix(prefix)
        d["flags"] = sorted(d["flags"])
        del d["source_id"]
        out.append(d)
    return json.dumps(out, ensure_ascii=False)


def _load(source: Source, data: str) -> list[Row]:
    rows = []
    for d in json.loads(data):
        d["id"] = f"{source.id}-{d['id']}"
        d["source_id"] = source.id
        d["flags"] = set(d["flags"])
        if set(d) != set(_FIELDS):
            raise ValueError("cached row of another shape")
        rows.append(Row(**d))
    return rows


def rows(source: Source, text: str, read: Callable[[Source, str], list[Row]]) -> list[Row]:
    """``read(source, text)``, or the rows it gave before for the same text, entry and extractor."""
    if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
        return read(source, text)
    path = _path(key(source, text, f"{read.__module__}.{read.__qualname__}"))
    try:
        return _load(source, path.read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, KeyError):
        pass  # not cached yet, or an entry this version cannot read: read the document
    got = read(source, text)
    try:
        data = _dump(source, got)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rows-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass  # a read-only cache folder (or rows it cannot key) only costs time
    return got
