"""Read a source document as text, refusing what is not clean UTF-8 text with a one-line reason."""

from __future__ import annotations

import os
from pathlib import Path

from tipbrief.errors import SourceError

#: File endings accepted as source documents in the seeds folder.
SOURCE_SUFFIXES = (".txt", ".md")
#: Largest source read, in MB (10**6 bytes), unless ``TIPBRIEF_MAX_SOURCE_MB`` says otherwise: extraction
#: time and memory grow with the document, so a runaway input is refused before it is read.
MAX_SOURCE_MB = 20.0
MAX_SOURCE_ENV = "TIPBRIEF_MAX_SOURCE_MB"


def max_source_bytes() -> int:
    """The size limit for one source: ``$TIPBRIEF_MAX_SOURCE_MB`` (a positive number) or 20 MB."""
    raw = os.environ.get(MAX_SOURCE_ENV, "").strip()
    if not raw:
        return int(MAX_SOURCE_MB * 1_000_000)
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value != value or value == float("inf"):
        raise SourceError(f"{MAX_SOURCE_ENV}={raw!r}: expected a positive number of MB, e.g. 50")
    return int(value * 1_000_000)


def read_source_text(path: Path) -> str:
    """Return the file's text exactly as stored (no newline translation), or raise SourceError.

    Offsets into this string are what quotes are mapped back to, so nothing is altered here;
    a leading UTF-8 BOM is the one thing removed, because it is not part of the document.
    """
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: source file not found")
    limit = max_source_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            raise SourceError(f"{path}: {size / 1e6:.1f} MB is over the {limit / 1e6:g} MB limit for one source; "
                              f"split the document or raise the limit with {MAX_SOURCE_ENV}")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the source ({exc.strerror or exc})") from None
    if not data.strip():
        raise SourceError(f"{path}: source file is empty")
    if b"\x00" in data:
        raise SourceError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f cp1251 -t utf-8"
        ) from None
    return text.removeprefix("\ufeff")
