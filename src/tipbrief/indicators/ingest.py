"""Ingestion: one source file -> sections -> paragraphs -> sentences, each mapped back to the original.

Documents arrive hard-wrapped (cables), as wiki text (``== heading ==``), as report narratives
with upper-case section titles and bullets, with runs of blank lines left by page breaks.

Documented normalisation (what a quote is compared with; :func:`normalise` applies it to any span):

1. paragraph marks become blanks: ``¶1.``, ``¶A.``, ``¶12.``; a ``¶`` in front of a four-digit year
   (the cable's ``¶2005.``, a year wrongly turned into a mark at a line start) loses only the ``¶``,
   so the text keeps the year ("in 2005. In 2005, IOM ...");
2. a bullet (``•``, ``▪``, ``◦``, ``·``, or ``-``/``*`` and a space) that opens a line becomes blanks, and so does
   a printed page's break in text copied from a PDF: a run of lines holding a running head (``themes.yml``'s
   ``running_heads``: "TRAFFICKING IN PERSONS REPORT | JUNE 2022") or a form feed, with the page number before it,
   page numbers after it and blank lines (a sentence it split is then joined over it, as over any page break);
3. every run of whitespace, line breaks included, becomes one space (hard wraps are joined);
4. leading and trailing whitespace is removed;
5. a word a PDF broke at a line end is joined: a soft hyphen (U+00AD, as text copied from a typeset PDF has it:
   ``signif\u00ad\nicant``) goes with the line break after it (``significant``); a hyphen between letters at a
   line end keeps the hyphen and loses the break (``anti-\ntrafficking`` is ``anti-trafficking``, not
   ``anti- trafficking``). After a soft hyphen every blank goes, a page break's included (rule 2); after a hyphen,
   only a line break inside a paragraph.

Nothing else changes: quotes keep the source's spelling, curly quotes and dashes. Each sentence
keeps the offset in the original text of every character of its normalised text, so
``normalise(original[start:end]) == sentence.text``.

Structure: a paragraph is a run of non-blank lines; a paragraph mark or a bullet at a line start
also opens one. A blank-line run inside a sentence (the page breaks of a printed cable: the text
before it does not end a sentence and the text after it starts in lower case) is joined over.
Paragraphs pasted one per line (lines longer than ``LONG_LINE``, which no hard wrap makes) are
paragraphs, and so is a title line above one ("GEORGIA: Tier 1"). Bullets are ``•``, ``▪``, ``◦``,
``·`` and, as in markdown, ``-`` or ``*`` followed by a space; a ``•``, ``▪`` or ``◦`` inside a line
("... the criminal code. • Increase efforts ...") ends a sentence, and the sentence after it is a
bullet (the mark is left out of both).

Headings, in any form a pasted narrative has them: a ``= wiki =`` or ``# markdown`` line; a short
paragraph written all in capitals (``PROSECUTION``, ``PRIORITIZED RECOMMENDATIONS:``, ``¶2.  HEROES``);
a short line in Title Case that opens with a heading phrase of ``headings.yml`` (``Prosecution``,
``Prioritized Recommendations:``, ``Recommendations for Armenia``); or such a phrase run into its text
(``PROSECUTION: The government ...``, ``Prosecution The government ...``; not ``Protection of victims
was ...``). A heading opens a section and is also kept as a sentence (``heading=True``), since a title
such as ``TURKMENISTAN: TIER 3`` states a figure. Headings are tagged with a theme from ``headings.yml``
and with the year they name (``==Prosecution (2008)==``).

Themes by content: each sentence gets the theme its content cues (``themes.yml``) report most
("initiated 31 investigations" is prosecution wherever it stands); each paragraph gets its heading's
theme, or else the theme its sentences report most. Recommendations are imperatives ("Vigorously
investigate ...", "Increase funding ..."): a recommendations section ends where they end, at the first
paragraph that reports what was done ("The government initiated ...", "Authorities identified ..."),
which opens an implicit section (``Section.implicit``, no title), even when it runs on in the same
block as the last recommendation; an imperative list in text without
a heading opens an implicit recommendations section. Each recommendation is one sentence: a bullet,
an item after an inline bullet, or an item of a semicolon list ("...; establish ...; increase ...").
A paragraph that is only a web page's banner (``themes.yml``'s ``page_furniture``: "Secure .gov websites use HTTPS")
is no content and makes no sentence.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from tipbrief.indicators.numbers import YEAR_RE
from tipbrief.indicators.rules import datacache
from tipbrief.indicators.rules import regexcache as rc

_MARK = rc.lazy(r"¶(?:\d{1,2}|[A-Z])\.|¶(?=\d{3,4}\b)")
_BULLET = rc.lazy(r"(?m)^[ \t]*(?:[•▪◦·]|[-*](?=[ \t]))[ \t]*")
_WIKI = rc.lazy(r"^\s*(?:=+\s*(?P<a>.*?)\s*=+|#{1,6}\s+(?P<b>.{1,100}?)[\s#]*)\s*$")
_NOT_NEWLINE = rc.lazy(r"[^\n]")
_LINE_MARK = rc.lazy(r"^[ \t]*¶(?:\d{1,2}|[A-Z])\.")
_LINE_BULLET = rc.lazy(r"^[ \t]*(?:[•▪◦·]|[-*][ \t])")
#: " • " inside a line, or a markdown bullet run into the text after a sentence's end (". * Amend ...", ecoi.net's
#: lists: comoros-2024, burundi-2021)
_INLINE_BULLET = rc.lazy(r"(?<=\S) [•▪◦] (?=\S)|(?<=[.;:]) [-*] (?=[A-Z])")
_ABBREV = rc.lazy(
    r"(?:\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|St|No|Nos|Art|Arts|approx|e\.g|i\.e|etc|vs|Gen|Col|Lt|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|ext|Tel)|\b[A-Z])\.$"
)
#: Characters before a sentence mark that :data:`_ABBREV` reads at most (its longest word and the one before it)
_ABBREV_WINDOW = 12
#: a sentence end before a capital; or with no space at all between two words ("officials.The Special"), or between a
#: year and a word ("a decrease from 1,025 in FY 2013.The Federal Bureau"; batch 92's united-states-2015), as text
#: copied from a PDF can have it
#: (written to open with the mark, so that the regex engine skips ahead to the next ".", "!" or "?"; the two
#: alternatives cannot both match at one place: a space or a quote follows the mark, or a capital)
_BOUNDARY = rc.lazy(r"[.!?](?:(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\b(?:19|20)\d\d[.!?])(?=[A-Z][a-z])|"
                    r"[\"”’)]*(?= +[\"“‘(]?[A-Z0-9]))")
#: a line longer than this that ends a sentence ends its paragraph (hard-wrapped text has shorter lines)
LONG_LINE = 160
#: A sentence longer than this (text with no sentence ends: a pasted table or PDF column) is read in pieces of at
#: most this many characters, cut after a semicolon, else a comma, else a space: the rules look across a whole
#: sentence for each figure, so a run-on sentence cost them time with the square of its length (25 KB of a pasted
#: table: 35 s in pieces of 5,000 characters, 7 s in pieces of 2,000). The corpus's longest real sentence has 1,142.
RUN_ON = 2_000
_RUN_ON_CUT = rc.lazy(r"; |, | ")
#: heading themes that decide their paragraphs' theme; under a status heading or none, content decides
HEADED_THEMES = ("recommendations", "prosecution", "protection", "prevention", "profile")


@cache
def _data(name: str) -> dict:
    """The data file ``name`` of this package (``headings.yml``, ``themes.yml``), parsed (kept parsed on disk)."""
    return datacache.package_yaml(__package__, name)


@cache
def heading_themes() -> dict[str, list[str]]:
    """Heading words per theme (``headings.yml``), first match wins."""
    return _data("headings.yml")["section_themes"]


def _heading_alternation(space: str, upper: bool = False) -> str:
    """The regex alternation of ``headings.yml``'s heading phrases, longest first, their words joined by ``space``
    (in capitals with ``upper``)."""
    phrases = sorted(_data("headings.yml")["heading_phrases"], key=len, reverse=True)
    return "|".join(space.join(map(re.escape, (p.upper() if upper else p).split())) for p in phrases)


@cache
def _heading_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Short-line, run-in (colon or dash) and run-in (no separator) heading patterns from ``headings.yml``."""
    data = _data("headings.yml")
    alts = _heading_alternation(r"[^\S\n]+")
    extra = (r"(?:[^\S\n]+(?:for|of|and|to|the|in|on|against|[A-Z(\d][^\s:.;,]*))"
             f"{{0,{int(data['max_extra_words'])}}}")
    head = rf"(?P<h>(?i:{alts})\b{extra})"  # the phrase in any case, the words after it capitalised
    lead = r"^[ \t]*(?:#{1,6}[ \t]*)?[*_]*"
    short = rc.compile_cached(rf"{lead}{head}[*_]*[ \t]*:?[*_]*[ \t]*$")
    run_in = rc.compile_cached(rf"{lead}{head}[*_]*(?:[ \t]*:|[ \t]+[–—-])[*_]*[ \t]+(?=[\"“‘(]?[A-Z0-9•▪◦])")
    bare = rc.compile_cached(rf"{lead}(?P<h>(?i:{alts})\b)[*_]*[ \t]+(?=[\"“‘(]?[A-Z]|[•▪◦][ \t])")
    return short, run_in, bare


@cache
def _inline_caps_heading() -> re.Pattern:
    """A heading phrase in capitals inside a line, after a sentence's end and before a capitalised word: a narrative
    pasted as one paragraph ("... on Tier 2. PRIORITIZED RECOMMENDATIONS: Increase ... PROSECUTION The government")."""
    alts = _heading_alternation(r" +", upper=True)
    return rc.compile_cached(rf"(?<=[.!?;\"”)]) +(?P<h>(?:{alts})\b(?: +[A-Z]{{2,}}\b)*:?)"
                             r"(?=(?P<gap> +)(?:[\"“‘(]|[•▪◦*-] +)?[A-Z])")


@cache
def _heading_start() -> re.Pattern:
    """Whether a block may open with a heading phrase (cheap test before the run-in patterns)."""
    alts = _heading_alternation(r"\s+")
    return rc.compile_cached(rf"^\s*(?:#{{1,6}}\s*)?[*_]*(?i:{alts})\b")


@cache
def theme_cues() -> dict[str, list[tuple[str, re.Pattern]]]:
    """Content cues per theme (``themes.yml``): (id, compiled pattern)."""
    return {
        theme: [(c["id"], rc.compile_cached(c["pattern"], re.IGNORECASE)) for c in cues]
        for theme, cues in _data("themes.yml")["cues"].items()
    }


@cache
def _imperative_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    data = _data("themes.yml")["imperative"]
    lead = rc.compile_cached(r"^(?:" + "|".join(data["lead_ins"]) + r")", re.IGNORECASE)
    return (lead, rc.compile_cached(data["not_followed_by"], re.IGNORECASE), rc.compile_cached(data["modal"]),
            frozenset(data["verbs"]), frozenset(data["clause_verbs"]))


@cache
def _report_patterns() -> list[tuple[str, re.Pattern]]:
    return [(c["id"], rc.compile_cached(c["pattern"])) for c in _data("themes.yml")["report"]]


@cache
def _furniture() -> re.Pattern:
    return rc.compile_cached("|".join(f"(?:{f['pattern']})" for f in _data("themes.yml")["page_furniture"]),
                             re.IGNORECASE)


@cache
def _page_break() -> re.Pattern:
    """A printed page's break (rule 2): [page number] blank lines, a running head or form feed line, then any of these.

    A number only counts before the break when the line right after it (blank lines aside) holds the break."""
    head = "|".join(f"(?:{h['pattern']})" for h in _data("themes.yml")["running_heads"])
    end = r"[ \t\f]*(?:\r?\n|\Z)"
    blank = r"[ \t]*\r?\n"
    anchor = rf"[ \t]*(?:\f[ \t\f]*(?:{head}|\d{{1,4}})?|{head}){end}"
    tail = rf"[ \t\f]*(?:{head}|\d{{1,4}})?{end}"
    return rc.compile_cached(rf"(?m)^(?:[ \t]*\d{{1,4}}{end})?(?:{blank})*{anchor}(?:(?!\Z){tail})*")


def _blank_page_breaks(text: str) -> str:
    """Rule 2's page breaks as blanks of the same length (line breaks kept, so paragraphs stay where they were)."""
    if "\f" not in text and "REPORT" not in text:
        return text
    return _page_break().sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)


def is_furniture(sentence: str) -> bool:
    """Whether a sentence is a web page's banner pasted with the text (``themes.yml``'s ``page_furniture``)."""
    return _furniture().fullmatch(sentence.strip()) is not None


def is_imperative(sentence: str) -> bool:
    """Whether a sentence is an imperative ("While respecting due process, vigorously investigate ...")."""
    lead, not_followed, _modal, verbs, clause_verbs = _imperative_patterns()
    s = sentence.lstrip("\"“‘('*•▪◦- ")
    for _ in range(4):
        m = lead.match(s)
        if not m or not m.end():
            break
        s = s[m.end():]
    word = rc.match(r"[A-Za-z]+(?:-[A-Za-z]+)?", s)  # "De-link ...", "Re-establish ...": the hyphened verb or its stem
    verb = word.group().lower() if word else ""
    verb = verb if verb in verbs else verb.rpartition("-")[2]
    return verb in verbs and (verb in clause_verbs or not not_followed.match(s))


def reports(sentence: str) -> str | None:
    """Id of the ``report`` cue a sentence opens with ("The government initiated ..."), else None."""
    s = sentence.lstrip("\"“‘(")
    return next((cid for cid, rx in _report_patterns() if rx.match(s)), None)


def sentence_cues(sentence: str) -> tuple[str, ...]:
    """Content cues a sentence matches, as ``theme/id``."""
    return tuple(f"{theme}/{cid}" for theme, cues in theme_cues().items() for cid, rx in cues if rx.search(sentence))


def cue_theme(cues: tuple[str, ...] | list[str]) -> str | None:
    """The theme most of ``cues`` name; None when there is none or a tie."""
    counts: dict[str, int] = {}
    for c in cues:
        theme = c.split("/", 1)[0]
        counts[theme] = counts.get(theme, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    top = [t for t, n in counts.items() if n == best]
    return top[0] if len(top) == 1 else None


#: Rule 5: what a line-end word break leaves to remove (the ``soft`` or ``wrap`` group)
_WORD_BREAK = rc.lazy("(?P<soft>\u00ad\\s*)|(?<=[A-Za-z])-(?P<wrap>[ \t]*\r?\n[ \t]*)(?=[a-z])")


def _join_breaks(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """Rule 5: ``text`` without its line-end word breaks and, when it had any, where each removal starts in the
    joined text and how many characters were removed up to and including it (see :func:`_unjoined`)."""
    if "\u00ad" not in text and ("\n" not in text or "-" not in text):  # nothing to join: no scan
        return text, None
    pieces: list[str] = []
    starts: list[int] = []
    removed: list[int] = []
    pos = total = 0
    for m in _WORD_BREAK.finditer(text):
        a, b = m.span("soft") if m.group("soft") is not None else m.span("wrap")
        pieces.append(text[pos:a])
        starts.append(a - total)
        total += b - a
        removed.append(total)
        pos = b
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    return "".join(pieces), (starts, removed)


def _unjoined(idx: Any, breaks: tuple[list[int], list[int]]) -> Any:
    """Indexes into the joined text (a list or a numpy array) as indexes into the text before rule 5."""
    starts, removed = breaks
    if isinstance(idx, list):
        return [i + (removed[k - 1] if (k := bisect_right(starts, i)) else 0) for i in idx]
    import numpy as np

    return idx + np.concatenate(([0], removed))[np.searchsorted(starts, idx, side="right")]


def _blank_marks(text: str) -> str:
    """Rules 1 and 2: paragraph marks, line-opening bullets and page breaks become blanks of the same length."""
    text = _blank_page_breaks(text)
    return _BULLET.sub(lambda m: " " * len(m.group()), _MARK.sub(lambda m: " " * len(m.group()), text))


#: Code points of the characters ``str.split()`` and regex ``\s`` take for whitespace (the same 29; a test checks).
WHITESPACE = (0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
              0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)


@cache
def _space_table() -> Any:
    """Whether each code point up to the last whitespace one (and one past it, for all above) is whitespace."""
    import numpy as np

    table = np.zeros(max(WHITESPACE) + 2, dtype=bool)
    table[list(WHITESPACE)] = True
    return table


#: Text is normalised with numpy (:func:`_normalise_array`) once numpy is loaded, which a command that reads at least
#: this many characters does first (:func:`prepare_for`); below it, importing numpy (~0.1 s) costs more than it saves.
NUMPY_MIN_CHARS = 1_000_000


def prepare_for(chars: int) -> None:
    """Load numpy when ``chars`` characters are to be ingested, enough for it to pay (:data:`NUMPY_MIN_CHARS`)."""
    if chars >= NUMPY_MIN_CHARS:
        import numpy  # noqa: F401 - loaded here so that every document is normalised with it


def _normalise_array(text: str, vectorised: bool | None = None) -> tuple[str, Any]:
    """:func:`normalise_map` with the index as a numpy array: worked out for every character at once (a
    character is kept when it is no whitespace, or the first whitespace of a run between two words).

    The index is a list (:func:`_normalise_list`) instead when ``vectorised`` is false or, by default, when numpy
    is not loaded and ``text`` is shorter than :data:`NUMPY_MIN_CHARS`."""
    cleaned, breaks = _join_breaks(_blank_marks(text))
    if vectorised is None:
        vectorised = "numpy" in sys.modules or len(text) >= NUMPY_MIN_CHARS
    norm, idx = _normalise_joined(cleaned, vectorised)
    return norm, idx if breaks is None else _unjoined(idx, breaks)


def _normalise_joined(cleaned: str, vectorised: bool) -> tuple[str, Any]:
    """Rules 3 and 4 on text that rules 1, 2 and 5 have cleaned; the index refers to ``cleaned``."""
    norm = " ".join(cleaned.split())
    if not vectorised:
        return norm, _normalise_list(cleaned)
    import numpy as np  # loaded with pandas anyway on the extraction path; not by a plain ``import``

    codes = np.frombuffer(cleaned.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    word = ~_space_table()[np.minimum(codes, len(_space_table()) - 1)]
    if not norm:
        return norm, np.zeros(0, dtype=np.int64)
    keep = word.copy()
    # whitespace right after a word character, before the last word character: the one space of its run
    keep[1:] |= word[:-1]
    last = int(np.flatnonzero(word)[-1])
    keep[last + 1:] = False
    idx = np.flatnonzero(keep)
    if len(idx) != len(norm):  # pragma: no cover - whitespace the table above does not know: the slow, sure way
        return norm, np.array(_normalise_list(cleaned), dtype=np.int64)
    return norm, idx


def _normalise_list(cleaned: str) -> list[int]:
    idx: list[int] = []
    append, extend = idx.append, idx.extend
    prev_end = -1
    for m in _NONSPACE.finditer(cleaned):
        start, end = m.span()
        if prev_end >= 0:
            append(prev_end)
        extend(range(start, end))
        prev_end = end
    return idx


_NONSPACE = rc.lazy(r"\S+")


def _shifted(idx: Any, start: int) -> list[int]:
    """``idx`` plus ``start``, as a list of ints (``idx`` a list or a numpy array): worked out once per paragraph, each
    sentence's offsets a slice of it (not one numpy addition and conversion per sentence)."""
    if isinstance(idx, list):
        return list(map(start.__add__, idx))
    return (idx + start).tolist()


def normalise_map(text: str) -> tuple[str, list[int]]:
    """Apply the documented normalisation; return the text and, per character, its index in ``text``."""
    norm, idx = _normalise_array(text)
    return norm, idx if isinstance(idx, list) else idx.tolist()


def normalise(text: str) -> str:
    """The documented normalisation of any span of an original document (same text as :func:`normalise_map`)."""
    return " ".join(_join_breaks(_blank_marks(text))[0].split())  # str.split() and regex \s agree on whitespace


@dataclass(frozen=True)
class Section:
    """A headed part of a document. ``theme`` comes from the heading's words; ``year`` from its text.

    An ``implicit`` section has no heading: content opened it (report prose after a recommendations list,
    or an imperative list in text without a heading).
    """

    index: int
    title: str
    theme: str | None
    year: int | None
    implicit: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A paragraph (or a heading's slot) and its theme: ``recommendations`` for a recommendation, else its
    heading's (prosecution, protection, prevention, profile), else what most of its sentences report.

    ``theme_from`` says which (``heading`` or ``content``). Content themes are worked out when first asked
    for, so extraction, which does not read them, pays nothing for them.
    """

    index: int
    section: Section
    start: int
    end: int
    texts: tuple[str, ...] = field(repr=False, compare=False)
    recommendation: bool = False
    bullet: bool = False
    heading: bool = False

    @cached_property
    def cues(self) -> tuple[tuple[str, ...], ...]:
        """Content cues of each sentence."""
        return tuple(map(sentence_cues, self.texts))

    @cached_property
    def _theme(self) -> tuple[str | None, str | None]:
        if self.recommendation:
            return "recommendations", "content" if self.section.implicit else "heading"
        if self.section.theme in HEADED_THEMES and not self.section.implicit:
            return self.section.theme, "heading"
        content = _paragraph_theme([cue_theme(c) for c in self.cues])
        return content, "content" if content else None

    @property
    def theme(self) -> str | None:
        """The paragraph's theme."""
        return self._theme[0]

    @property
    def theme_from(self) -> str | None:
        """Where the theme came from: ``heading``, ``content`` or None (no theme)."""
        return self._theme[1]


@dataclass(frozen=True)
class Sentence:
    """One sentence: normalised ``text`` and the original offset of each of its characters.

    ``theme`` is what the sentence reports (its content ``cues``), else its paragraph's theme; every
    sentence of a recommendation has the theme ``recommendations``.
    """

    id: str
    section: Section
    paragraph: int
    index: int
    text: str
    offsets: tuple[int, ...] = field(repr=False)
    bullet: bool = False
    heading: bool = False
    para: Paragraph | None = field(default=None, repr=False, compare=False)

    @cached_property
    def cues(self) -> tuple[str, ...]:
        """Content cues the sentence matches, as ``theme/id``."""
        return sentence_cues(self.text)

    @cached_property
    def theme(self) -> str | None:
        """The sentence's theme (see the class docstring)."""
        if self.para is not None and self.para.recommendation:
            return "recommendations"
        if self.heading:
            return self.section.theme
        return cue_theme(self.cues) or (self.para.theme if self.para is not None else self.section.theme)

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
    """A source document split into sections, paragraphs and sentences."""

    source_id: str
    text: str
    sections: list[Section]
    sentences: list[Sentence]
    paragraphs: list[Paragraph] = field(default_factory=list)


def section_theme(title: str) -> str | None:
    """Theme named by a heading (first keyword match in ``headings.yml``), else None."""
    low = title.lower()
    for theme, words in heading_themes().items():
        if any(w in low for w in words):
            return theme
    return None


def _is_heading(text: str) -> bool:
    if len(text) > 100:  # the cheap test first: a long paragraph is no heading
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and len(text) <= 100 and all(c.isupper() for c in letters) and not text.endswith(".")


def _cased(phrase: str) -> bool:
    """A heading phrase as headings are written: capitals or Title Case, not a lower-case word in running text."""
    return phrase[:1].isupper()


def _title_heading(body: str) -> bool:
    """A short line that opens with a heading phrase ("Prosecution", "Recommendations for Armenia")."""
    if len(body) > 80 or body.rstrip("*_ ")[-1:] in ".!?;,":
        return False
    m = _heading_patterns()[0].match(body)
    return bool(m) and _cased(m.group("h"))


def run_in_heading(norm: str) -> tuple[int, int] | None:
    """(end of the heading, start of the text) when a paragraph opens with a heading run into its text."""
    _short, run_in, bare = _heading_patterns()
    m = run_in.match(norm)
    if m and _cased(m.group("h")):
        return m.end("h"), m.end()
    m = bare.match(norm)
    if not m or not _cased(m.group("h")):
        return None
    rest = norm[m.end():]
    first = rest.split(" ", 1)[0]
    heading = m.group("h")
    if heading.isupper() and not first.isupper():  # "PROSECUTION The government ..."
        return m.end("h"), m.end()
    if first[:1].isupper() and (reports(rest) or is_imperative(rest)):  # not "Protection of victims ..."
        return m.end("h"), m.end()
    return None


#: What :func:`_blocks` asks of the line before each line (compiled once: not looked up in the store every line):
#: it ends a sentence, it ends in a word (a wrapped line), it ends in a table's cell separator.
_ENDS_SENTENCE = rc.lazy(r"[.!?:;\"”)]\s*$")
_ENDS_IN_WORD = rc.lazy(r"[a-z,\-–—]\s*$")
_ENDS_IN_CELL = rc.lazy(r"\|[ \t]*$")


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraph-like blocks as (start, end, opener) where opener is 'blank', 'mark', 'bullet' or 'wiki'.

    A heading line right after a line that ends a sentence opens a block even without a blank line
    ("... the Philippines remained on Tier 1.\nPRIORITIZED RECOMMENDATIONS:"); so does a line after a
    line longer than ``LONG_LINE`` that ends a sentence (paragraphs pasted one per line), and such a
    long line after a short one that does not end in a word ("GEORGIA: Tier 1"), and a line after a table row that
    ends in its cell separator ("Publisher | United States Department of State |").
    """
    blocks: list[tuple[int, int, str]] = []
    pos = 0
    cur_start: int | None = None
    cur_end = 0
    opener = "blank"
    next_opener = "blank"
    prev_line = ""
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
        wiki = _WIKI.match(line)
        ended = _ENDS_SENTENCE.search(prev_line)
        titled = not (kind or wiki) and ended and _title_line(line)
        # a whole paragraph on one line (text pasted from a web page): no hard wrap makes a line that long
        own_line = line.lstrip()[:1].isupper() and (
            (ended and len(prev_line.strip()) > LONG_LINE)
            # a title line above such a paragraph: "GEORGIA: Tier 1" (not a wrapped line ending in a word)
            or (len(line.strip()) > LONG_LINE and 0 < len(prev_line.strip()) <= 100
                and not _ENDS_IN_WORD.search(prev_line))
        )
        # a row of a table pasted from a web page ends in its cell separator ("Publication Date | 30 June 2016 |"):
        # the line after it is no wrapped part of it (refworld's header above "TANZANIA: Tier 2 Watch List")
        after_row = _ENDS_IN_CELL.search(prev_line)
        prev_line = line
        if (kind or wiki or titled or own_line or after_row) and cur_start is not None:
            blocks.append((cur_start, cur_end, opener))
            cur_start = None
        if cur_start is None:
            cur_start, opener = start, kind or next_opener
        for m in _inline_caps_heading().finditer(text, start, end):  # one paragraph holding the whole narrative
            if m.start("h") > cur_start:  # the heading a block of its own, as on a line of its own
                blocks += [(cur_start, m.start(), opener), (m.start("h"), m.end("h"), "blank")]
                cur_start, opener = m.end() + len(m.group("gap")), "blank"
        cur_end = end
        if wiki:
            blocks.append((cur_start, cur_end, "wiki"))
            cur_start = None
            next_opener = "blank"
    if cur_start is not None:
        blocks.append((cur_start, cur_end, opener))
    return blocks


def _title_line(line: str) -> bool:
    """A line that is a heading on its own even without blank lines around it ("PRIORITIZED RECOMMENDATIONS:")."""
    body = line.strip()
    return bool(body) and (_is_heading(body) or _title_heading(body)) and not _LINE_BULLET.match(line)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in a normalised paragraph (after ., ! or ? before a capital; not after U.S. etc.).

    A bullet inside the text (" • ") also ends a sentence; it belongs to neither side.
    """
    spans = []
    pieces = []
    pos = 0
    for m in _INLINE_BULLET.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    for lo, hi in pieces:
        part = text[lo:hi]
        start = 0
        for m in _BOUNDARY.finditer(part):
            # the abbreviation ends the text from the sentence's start to the mark: a window of that text longer than
            # any abbreviation answers the same (the character before the sentence's start is no word character)
            if _ABBREV.search(part, max(start, m.start() - _ABBREV_WINDOW), m.start() + 1):
                continue
            spans.append((lo + start, lo + m.end()))
            start = m.end() + (part[m.end() : m.end() + 1] == " ")
        if start < len(part):
            spans.append((lo + start, hi))
    return [piece for a, b in spans if text[a:b].strip() for piece in _pieces(text, a, b)]


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``a:b`` as one sentence, or a run-on sentence (over ``RUN_ON`` characters) in pieces (see ``RUN_ON``)."""
    pieces = []
    while b - a > RUN_ON:
        cuts = {m.group(): m for m in _RUN_ON_CUT.finditer(text, a + RUN_ON // 2, a + RUN_ON)}
        cut = cuts.get("; ") or cuts.get(", ") or cuts.get(" ")
        if cut is None:  # no space in half a piece's length: cut at the length
            pieces.append((a, a + RUN_ON))
            a += RUN_ON
            continue
        pieces.append((a, cut.start() + (cut.group() != " ")))  # a semicolon or comma stays with its piece
        a = cut.end()
    return [*pieces, (a, b)]


def _items(text: str) -> list[tuple[str, int, int, str]]:
    """Headings and paragraphs in order: ('head', start, end, title) or ('para', start, end, opener).

    Run-in headings are split from their text; a paragraph over a page break is joined to the one before.
    """
    items: list[tuple[str, int, int, str]] = []
    for start, end, opener in _blocks(text):
        raw = text[start:end]
        wiki = _WIKI.match(raw)
        if wiki and wiki.group("b") and run_in_heading(wiki.group("b")):
            wiki = None  # "## Prosecution The government ...": a heading run into its text, below
        body = normalise(raw) if len(raw) < 400 else raw.lstrip()[:1]  # headings are short
        if wiki or (opener != "bullet" and (_is_heading(body) or _title_heading(body))):
            title = (wiki.group("a") or wiki.group("b")) if wiki else body.strip("#*_ :")
            items.append(("head", start, end, title))
            continue
        if opener != "bullet" and _heading_start().match(raw):
            norm, idx = normalise_map(raw[:300])
            cut = run_in_heading(norm)
            if cut:
                h_end, rest = cut
                title = norm[:h_end].strip("#*_ :")
                head_end = start + idx[len(norm[:rest].rstrip()) - 1] + 1
                items.append(("head", start, head_end, title))
                start, opener = start + idx[rest], "blank"
                body = body[rest:] if len(raw) < 400 else text[start : start + 1]
        prev = items[-1] if items else None
        joins_page_break = (
            opener == "blank"
            and prev is not None
            and prev[0] == "para"
            and not rc.search(r"[.!?:;\"”)]\s*$", text[prev[1] : prev[2]])
            and body[:1].islower()
        )
        if joins_page_break:
            items[-1] = ("para", prev[1], end, prev[3])
        else:
            items.append(("para", start, end, opener))
    return items


def _items_of(norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A recommendation paragraph's sentences cut into items at a semicolon before an imperative.

    "Vigorously investigate ... Articles 132 and 132-2; establish ...; increase efforts ..." is three
    recommendations; the semicolon stays with the item it ends.
    """
    out = []
    for a, b in spans:
        start = a
        for m in rc.finditer(r"; ", norm[a:b]):
            cut = a + m.start() + 1
            if is_imperative(norm[cut + 1 : b]):
                out.append((start, cut))
                start = cut + 1
        out.append((start, b))
    return out


def _paragraph_theme(themes: list[str | None]) -> str | None:
    """The theme at least half of a paragraph's themed sentences report; None for a mixed paragraph (a summary)."""
    counts: dict[str, int] = {}
    for t in themes:
        if t:
            counts[t] = counts.get(t, 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best and 2 * counts[best] >= sum(counts.values()) else None


def _recommends(texts: list[str], bullet: bool) -> bool:
    """Whether a paragraph of a recommendations section is a recommendation (not report prose)."""
    first = texts[0]
    if is_imperative(first) or _imperative_patterns()[2].search(first):
        return True
    if reports(first) is not None:
        return False
    # a first item opening with a verb off the list, the items after it imperatives (bullets run into one line)
    return bullet or (len(texts) > 1 and 2 * sum(map(is_imperative, texts[1:])) >= len(texts) - 1)


def _prose_after(texts: list[str]) -> int | None:
    """Index of the first sentence after a recommendation's that reports what was done (the list ended there)."""
    modal = _imperative_patterns()[2]
    return next((i for i, t in enumerate(texts) if i and not is_imperative(t) and not modal.search(t) and reports(t)),
                None)


def _imperative_paragraph(texts: list[str]) -> bool:
    """Whether a paragraph in text without a deciding heading is a list of imperatives."""
    return is_imperative(texts[0]) and 2 * sum(map(is_imperative, texts)) >= len(texts)


def ingest(source_id: str, text: str) -> Document:
    """Split ``text`` (the original file content) into sections, paragraphs and sentences with stable ids."""
    section = Section(0, "", None, None)
    sections = [section]
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    original, text = text, _blank_page_breaks(text)  # same length: offsets into one are offsets into the other
    for kind, start, end, rest in _items(text):
        if kind == "head":
            year = YEAR_RE.search(rest)
            section = Section(len(sections), rest, section_theme(rest), int(year.group(1)) if year else None)
            sections.append(section)
            norm, idx = _normalise_array(text[start:end])
            para = Paragraph(len(paragraphs), section, start, end, (norm,), heading=True)
            paragraphs.append(para)
            # the heading itself is a sentence too: "TURKMENISTAN: TIER 3" states a figure
            if norm:
                offsets = tuple(_shifted(idx, start))
                sentences.append(Sentence(f"s{section.index}-h", section, para.index, 0, norm, offsets,
                                          heading=True, para=para))
            continue
        bullet = rest == "bullet"
        norm, idx = _normalise_array(text[start:end])
        absolute = _shifted(idx, start)  # each character's offset in the document
        pieces = [split_sentences(norm)]
        while pieces:
            spans = pieces.pop()
            if not spans:
                continue
            texts = [norm[a:b] for a, b in spans]
            if all(map(is_furniture, texts)):  # a pasted page's banner: no content, no recommendation
                continue
            if section.theme == "recommendations":
                recommendation = _recommends(texts, bullet)
                if not recommendation:  # the list ended: report prose opens an implicit section
                    section = Section(len(sections), "", None, None, implicit=True)
                    sections.append(section)
            elif section.theme not in HEADED_THEMES and _imperative_paragraph(texts):
                recommendation = True
                section = Section(len(sections), "", "recommendations", None, implicit=True)
                sections.append(section)
            else:
                recommendation = False
            if recommendation:
                cut = _prose_after(texts)
                if cut:  # "... Increase funding for shelters. The government initiated 31 investigations."
                    pieces.append(spans[cut:])
                    spans, texts = spans[:cut], texts[:cut]
                spans = _items_of(norm, spans)
                texts = [norm[a:b] for a, b in spans]
            p_start, p_end = start + int(idx[spans[0][0]]), start + int(idx[spans[-1][1] - 1]) + 1
            para = Paragraph(len(paragraphs), section, p_start, p_end, tuple(texts), recommendation, bullet)
            paragraphs.append(para)
            for k, ((a, b), t) in enumerate(zip(spans, texts, strict=True)):
                offsets = tuple(absolute[a:b])
                sentences.append(Sentence(f"s{section.index}-p{para.index}-{k + 1}", section, para.index, k + 1, t,
                                          offsets, bullet or norm[max(a - 2, 0) : a] in ("• ", "▪ ", "◦ "),
                                          para=para))
            bullet = False
    return Document(source_id, original, sections, sentences, paragraphs)
