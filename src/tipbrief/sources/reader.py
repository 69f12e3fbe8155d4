"""Read a source document as text, refusing what is not clean UTF-8 text with a one-line reason."""

from __future__ import annotations

from pathlib import Path

from tipbrief.errors import SourceError

#: File endings accepted as source documents in the seeds folder.
SOURCE_SUFFIXES = (".txt", ".md")


def read_source_text(path: Path) -> str:
    """Return the file's text exactly as stored (no newline translation), or raise SourceError.

    Offsets into this string are what quotes are mapped back to, so nothing is altered here;
    a leading UTF-8 BOM is the one thing removed, because it is not part of the document.
    """
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: source file not found")
    data = path.read_bytes()
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
