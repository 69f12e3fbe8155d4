"""One row of the indicator table as extraction builds it: typed fields, flags as a set, the rule that read it.

Kept free of pandas so the rules load fast; ``tipbrief.indicators.table`` turns rows into the table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

THEMES = ("status", "prosecution", "protection", "prevention", "profile", "legal", "recommendations")

FLAGS = {
    "zero_stated": "the source states none in words ('convicted no traffickers', 'did not report any convictions')",
    "not_reported": (
        "a zero the source gives as nothing reported ('did not report any convictions'), together with zero_stated:"
        " say 'none reported', never 'none' or '0'"
    ),
    "year_inferred": "year taken from the reporting period or section, not stated in the sentence",
    "year_ambiguous": "the sentence does not make the data year clear",
    "conflict": "another source gives a different value for the same indicator, year and qualifier",
    "breakdown": "a part of a total (e.g. '31 sex trafficking'), not a total itself",
    "range": "one end of a stated range",
    "approximate": "stated as an estimate ('approximately', 'at least', 'more than', 'two or three')",
    "lower_bound": "an approximate figure stated as a floor ('at least 20', 'more than 500', '1,000-plus')",
    "upper_bound": "an approximate figure stated as a ceiling ('up to 20', 'fewer than 50', 'nearly 300')",
    "review": (
        "read by the generic reader (rule generic.*) from the stage words alone, not by a pattern written for the"
        " phrasing: check the figure against its sentence (kept in the table and the appendix, never plotted or"
        " added up as a year's total)"
    ),
}


@dataclass
class Row:
    """One value stated by one source (the table's columns), where its figure sits and which rule read it.

    ``pos`` is the figure's offset in the normalised sentence (``quote``); ``rule`` the id of the
    pattern or rule in ``extract_rules.yml`` that produced the row. Neither takes part in equality
    of rows beyond what the table shows: ``rule`` is left out, so one figure read twice is one row.
    """

    id: str
    country: str
    theme: str
    indicator: str
    year: int | None
    value: float | None
    value_text: str | None
    unit: str
    qualifier: str | None
    source_id: str
    source_year: int | None
    section: str | None
    sentence_id: str
    quote: str
    number_text: str
    start: int
    end: int
    flags: set[str] = field(default_factory=set)
    confidence: float = 0.9
    rule: str = field(default="", compare=False)
    pos: int = 0

    @property
    def is_breakdown(self) -> bool:
        """A part of a total ("31 sex trafficking"), not a total itself."""
        return "breakdown" in self.flags

    @property
    def is_whole(self) -> bool:
        """A total of its stage: a figure, no part, no qualifier."""
        return self.qualifier is None and not self.is_breakdown and self.value is not None


def row_id(source_id: str, sentence_id: str, indicator: str, pos: int, qualifier: str | None, unit: str | None,
           year: int | None, value: float | None, value_text: str | None) -> str:
    """A row's id: its source, indicator and year, and a digest of what it says where (stable across runs)."""
    key = f"{sentence_id}|{pos}|{indicator}|{qualifier}|{unit}|{year}|{value}|{value_text}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:8]
    return f"{source_id}-{indicator.replace('_', '-')}-{year if year else 'na'}-{digest}"


def rekeyed(row: Row) -> Row:
    """``row`` with the id of what it now says (after a change learnt once it was made)."""
    return replace(row, id=row_id(row.source_id, row.sentence_id, row.indicator, row.pos, row.qualifier, row.unit,
                                  row.year, row.value, row.value_text))
