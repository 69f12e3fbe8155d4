"""Ingestion: one source file -> sections -> paragraphs -> sentences, each mapped back to the original.

Documents arrive hard-wrapped (cables), as wiki text (``== heading ==``), as report narratives
with upper-case section titles and bullets, with runs of blank lines left by page breaks.

Documented normalisation (what a quote is compared with; :func:`normalise` applies it to any span):

1. paragraph marks become blanks: ``¶1.``, ``¶A.``, ``¶12.``; a ``¶`` in front of a four-digit year
   (the cable's ``¶2005.``, a year wrongly turned into a mark at a line start) loses only the ``¶``,
   so the text keeps the year ("in 2005. In 2005, IOM ...");
2. a bullet (``•``, ``▪``, ``◦``, ``·``, or ``-``/``*`` and a space) that opens a line becomes blanks;
3. every run of whitespace, line breaks included, becomes one space (hard wraps are joined);
4. leading and trailing whitespace is removed.

Nothing else changes: quotes keep the source's spelling, curly quotes and dashes. Each sentence
keeps the offset in the original text of every character of its normalised text, so
``normalise(original[start:end]) == sentence.text``.

Structure: a paragraph is a run of non-blank lines; a paragraph mark or a bullet at a line start
also opens one. A blank-line run inside a sentence (the page breaks of a printed cable: the text
before it does not end a sentence and the text after it starts in lower case) is joined over.
A heading is a ``= wiki =`` or ``# markdown`` line or a short paragraph written all in capitals
(``PROSECUTION``, ``PRIORITIZED RECOMMENDATIONS:``, ``¶2.  HEROES``); it opens a section and is
also kept as a sentence (``heading=True``), since a title such as ``TURKMENISTAN: TIER 3`` states a figure.
Bullets are ``•``, ``▪``, ``◦``, ``·`` and, as in markdown, ``-`` or ``*`` followed by a space.
Headings are tagged with a theme from
``headings.yml`` and with the year they name (``==Prosecution (2008)==``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from tipbrief.indicators.numbers import YEAR_RE

_MARK = re.compile(r"¶(?:\d{1,2}|[A-Z])\.|¶(?=\d{3,4}\b)")
_BULLET = re.compile(r"(?m)^[ \t]*(?:[•▪◦·]|[-*](?=[ \t]))[ \t]*")
_WIKI = re.compile(r"^\s*(?:=+\s*(?P<a>.*?)\s*=+|#{1,6}\s+(?P<b>.*?)[\s#]*)\s*$")
_LINE_MARK = re.compile(r"^[ \t]*¶(?:\d{1,2}|[A-Z])\.")
_LINE_BULLET = re.compile(r"^[ \t]*(?:[•▪◦·]|[-*][ \t])")
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|St|No|Nos|Art|Arts|approx|e\.g|i\.e|etc|vs|Gen|Col|Lt|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|ext|Tel)|\b[A-Z])\.$"
)
_BOUNDARY = re.compile(r"[.!?][\"”’)]*(?= +[\"“‘(]?[A-Z0-9])")


@cache
def heading_themes() -> dict[str, list[str]]:
    """Heading words per theme (``headings.yml``), first match wins."""
    text = resources.files(__package__).joinpath("headings.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["section_themes"]


def _blank_marks(text: str) -> str:
    """Rules 1 and 2: paragraph marks and line-opening bullets become blanks of the same length."""
    return _BULLET.sub(lambda m: " " * len(m.group()), _MARK.sub(lambda m: " " * len(m.group()), text))


def normalise_map(text: str) -> tuple[str, list[int]]:
    """Apply the documented normalisation; return the text and, per character, its index in ``text``."""
    cleaned = _blank_marks(text)
    parts: list[str] = []
    idx: list[int] = []
    prev_end = -1
    for m in re.finditer(r"\S+", cleaned):
        if prev_end >= 0:
            parts.append(" ")
            idx.append(prev_end)
        parts.append(m.group())
        idx.extend(range(m.start(), m.end()))
        prev_end = m.end()
    return "".join(parts), idx


def normalise(text: str) -> str:
    """The documented normalisation of any span of an original document (same text as :func:`normalise_map`)."""
    return " ".join(_blank_marks(text).split())  # str.split() and regex \s agree on what whitespace is


@dataclass(frozen=True)
class Section:
    """A headed part of a document. ``theme`` comes from the heading's words; ``year`` from its text."""

    index: int
    title: str
    theme: str | None
    year: int | None


@dataclass(frozen=True)
class Sentence:
    """One sentence: normalised ``text`` and the original offset of each of its characters."""

    id: str
    section: Section
    paragraph: int
    index: int
    text: str
    offsets: tuple[int, ...] = field(repr=False)
    bullet: bool = False
    heading: bool = False

    @property
    def start(self) -> int:
        """Offset of the first character in the original file."""
        return self.offsets[0]

    @property
    def end(self) -> int:
        """Offset just past the last character in the original file."""
        return self.offsets[-1] + 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original offsets of the normalised slice ``text[i:j]``."""
        return self.offsets[i], self.offsets[j - 1] + 1


@dataclass
class Document:
    """A source document split into sections and sentences."""

    source_id: str
    text: str
    sections: list[Section]
    sentences: list[Sentence]


def section_theme(title: str) -> str | None:
    """Theme named by a heading (first keyword match in ``headings.yml``), else None."""
    low = title.lower()
    for theme, words in heading_themes().items():
        if any(w in low for w in words):
            return theme
    return None


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and len(text) <= 100 and all(c.isupper() for c in letters) and not text.endswith(".")


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraph-like blocks as (start, end, opener) where opener is 'blank', 'mark' or 'bullet'."""
    blocks: list[tuple[int, int, str]] = []
    pos = 0
    cur_start: int | None = None
    cur_end = 0
    opener = "blank"
    next_opener = "blank"
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            if cur_start is not None:
                blocks.append((cur_start, cur_end, opener))
                cur_start = None
            next_opener = "blank"
            continue
        kind = "mark" if _LINE_MARK.match(line) else "bullet" if _LINE_BULLET.match(line) else None
        if (kind or _WIKI.match(line)) and cur_start is not None:
            blocks.append((cur_start, cur_end, opener))
            cur_start = None
        if cur_start is None:
            cur_start, opener = start, kind or next_opener
        cur_end = end
        if _WIKI.match(line):
            blocks.append((cur_start, cur_end, "wiki"))
            cur_start = None
            next_opener = "blank"
    if cur_start is not None:
        blocks.append((cur_start, cur_end, opener))
    return blocks


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in a normalised paragraph (after ., ! or ? before a capital; not after U.S. etc.)."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREV.search(text[start : m.start() + 1]):
            continue
        spans.append((start, m.end()))
        start = m.end() + 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def ingest(source_id: str, text: str) -> Document:
    """Split ``text`` (the original file content) into sections and sentences with stable ids."""
    section = Section(0, "", None, None)
    sections = [section]
    sentences: list[Sentence] = []
    paragraphs: list[tuple[int, int, bool]] = []
    for start, end, opener in _blocks(text):
        raw = text[start:end]
        wiki = _WIKI.match(raw)
        body = normalise(raw) if len(raw) < 400 else raw.lstrip()[:1]  # headings are short
        if wiki or (_is_heading(body) and opener != "bullet"):
            title = (wiki.group("a") or wiki.group("b")) if wiki else body.strip("*_ :")
            year = YEAR_RE.search(title)
            section = Section(len(sections), title, section_theme(title), int(year.group(1)) if year else None)
            sections.append(section)
            paragraphs.append((-1, -1, False))
            # the heading itself is a sentence too: "TURKMENISTAN: TIER 3" states a figure
            norm, idx = normalise_map(raw)
            offsets = tuple(map(start.__add__, idx))
            if norm:
                sentences.append(
                    Sentence(f"s{section.index}-h", section, len(paragraphs) - 1, 0, norm, offsets, heading=True)
                )
            continue
        prev = paragraphs[-1] if paragraphs else None
        joins_page_break = (
            opener == "blank"
            and prev
            and prev[0] >= 0
            and sentences
            and sentences[-1].section is section
            and not re.search(r"[.!?:;\"”)]\s*$", text[prev[0] : prev[1]])
            and body[:1].islower()
        )
        if joins_page_break:
            paragraphs[-1] = (prev[0], end, prev[2])
            while sentences and sentences[-1].paragraph == len(paragraphs) - 1:
                sentences.pop()
        else:
            paragraphs.append((start, end, opener == "bullet"))
        p_start, p_end, bullet = paragraphs[-1]
        norm, idx = normalise_map(text[p_start:p_end])
        pno = len(paragraphs) - 1
        for k, (a, b) in enumerate(split_sentences(norm)):
            offsets = tuple(map(p_start.__add__, idx[a:b]))
            sid = f"s{section.index}-p{pno}-{k + 1}"
            sentences.append(Sentence(sid, section, pno, k + 1, norm[a:b], offsets, bullet))
    return Document(source_id, text, sections, sentences)
