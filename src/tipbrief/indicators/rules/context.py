"""What every extraction rule shares: the sentence context, data years, distractors, row building.

The data year of a figure is the year its clause states (outside brackets, which date their own
figures); else a reporting-period phrase next to it; else, after a comparison, the previous year; else
the year of the sentence's first clause or opening ("In 2020, ..."); else the source's
``reporting_year`` (flag ``year_inferred``); else NA with ``year_ambiguous``.
``confidence`` starts at 0.9 for a direct pattern (less for inherited comparisons, breakdowns and
mentions) and drops 0.1 for an inferred year, 0.3 for an ambiguous one, 0.05 for an estimate.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from tipbrief.indicators.definitions import load_definitions
from tipbrief.indicators.ingest import Sentence
from tipbrief.indicators.numbers import MONTHS, NUMBER, TENS, UNITS, parse_number
from tipbrief.indicators.row import Row, rekeyed, row_id
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.ruleset import (
    IGNORECASE,
    CountRule,
    Pattern,
    compiled,
    expand,
    fragments,
    rules,
    vocabulary,
)
from tipbrief.indicators.rules.words import contains_any, fewest, folded, may_find, may_match
from tipbrief.indicators.rules.wordscan import Entry, gate
from tipbrief.sources.catalog import Source

__all__ = [
    "APPROX", "ARTICLE", "DENIED", "HAS_NUMBER", "IGNORECASE", "PAST_IRREGULAR", "STATUTE", "Context", "Match", "Row",
    "Rows", "approx_flags", "compiled", "counted_by", "depth", "fiscal_years", "is_distractor", "no_part",
    "parse_count", "own_people", "part_qualifier", "resolve_year", "rules", "share_name", "stage_indicator", "statute",
    "under_other_statutes", "vocabulary",
]


APPROX = rc.lazy(
    r"(?:at least|more than|over|approximately|about|around|nearly|almost|up to|some|an estimated|estimated|"
    r"roughly|fewer than|less than)\s*$",
    IGNORECASE,
)


_LOWER = rc.lazy(r"(?:at least|more than|over)\s*$", IGNORECASE)
_UPPER = rc.lazy(r"(?:up to|fewer than|less than|nearly|almost)\s*$", IGNORECASE)


def approx_flags(text: str, start: int, number_text: str = "") -> set[str]:
    """Flags of an approximate figure at ``start``: ``approximate``, and ``lower_bound`` ("at least", "more than",
    "over", "1,000-plus") or ``upper_bound`` ("up to", "fewer than", "nearly"), so the qualifier is never lost."""
    head = text[max(0, start - 20) : start]
    flags: set[str] = set()
    # (_LOWER's and _UPPER's phrases are APPROX's: neither is searched for when APPROX finds none)
    approx = APPROX.search(head) is not None
    if approx:
        flags.add("approximate")
    if (approx and _LOWER.search(head)) or number_text.lower().endswith("-plus"):
        flags |= {"approximate", "lower_bound"}
    elif approx and _UPPER.search(head):
        flags |= {"approximate", "upper_bound"}
    return flags


#: Past verbs that do not end in -ed, for the clause cuts that look for a new verb ("and prosecutors brought 22 cases
#: to court").
PAST_IRREGULAR = r"brought|sent|took|began|won|held|gave|found|made|sought|ran|led|kept|spent"

#: An article number as written: "130.1", "125(3)(b)".
#: "168", "360(C)", "130.1", "159a-159d" (a range of articles), "2106-2108", "133¹" (a superscript: another section),
#: "600-bis", "416 bis" (the Latin suffixes of an article inserted after another), "2:239" (book and article)
#: (a capital suffix too, "369A", not a word run on: "Section 369A", not "Article 5In"; or after a hyphen, "271-A";
#: a doubled one, "Section 98AA", batch 106's new-zealand-2018)
#: (a part after a slash, "Article 129/1", as the reports number Turkmenistan's article: audit11's turkmenistan-2018)
ARTICLE = (r"\d+(?::\d+)?[⁰¹²³⁴-⁹]?(?:\.\d+)?(?:/\d{1,2}(?!\d))?(?:[a-z]|[A-Z]{1,2}(?![A-Za-z]))?"
           r"(?:-\d+[a-z]?|-[A-Za-z](?![\w-])|[- ](?:bis|ter|quater|quinquies)\b)?(?:\(\w{1,3}\))*")
#: How far before a figure the rules look for capacity, plans and targets that make it no count (``not_counts``):
#: "participated in joint operations with law enforcement that resulted in the identification of" is 92 characters.
NOT_COUNT_REACH = 120
STATUTE = rc.lazy(rf"\b[Aa]rticles? ({ARTICLE})((?:,? (?:and |or )?(?:[Aa]rticle )?{ARTICLE})*)")


HAS_NUMBER = rc.lazy(NUMBER, IGNORECASE)
#: A number is digits or opens with one of these words ("Forty-six", "one million"): see numbers.NUMBER.
_DIGIT = rc.lazy(r"\d")
_NUMBER_WORDS = fewest((*UNITS, *TENS))


#: "under Article 149"; "under Articles 600, 601, and 602" (a list of articles ends in "and" or "or" before its last)
_UNDER_STATUTE = rc.lazy(
    rf"\b(?:under|using|pursuant to) (?:the )?[Aa]rticles? ({ARTICLE})"
    rf"((?:, {ARTICLE})*,? (?:and|or) (?:[Aa]rticle )?{ARTICLE}(?![\w-]|\.\d| under\b))?"
)


if TYPE_CHECKING:
    from functools import cached_property as once
else:

    class once:  # noqa: N801 - named as the decorator it stands for
        """``functools.cached_property`` without its lock: Python 3.11's takes an RLock on every first read, 86k a run
        of the benchmark (five per sentence); a context is read by one thread only."""

        def __init__(self, func: Callable[[Any], Any]) -> None:
            self.func, self.__doc__ = func, func.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, obj: Any, owner: type | None = None) -> Any:
            if obj is None:
                return self
            value = obj.__dict__[self.name] = self.func(obj)  # kept: later reads find it before this descriptor
            return value


@dataclass(frozen=True)
class Match:
    """A count pattern's match in the sentence: the rule block, the pattern and the regex match."""

    rule: CountRule
    pattern: Pattern
    m: re.Match


class _FoundWhenAsked:
    """A list of the sentence's cuts (``Context.cuts``, ``Context.clause_cuts``), found (``Context._find_cuts``) when a
    rule first reads or sets it, then kept in the context's ``_<name>`` field."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.field = f"_{name}"

    def __get__(self, ctx: Context | None, owner: type | None = None) -> Any:
        if ctx is None:
            return self
        if ctx._cuts_pending:
            ctx._find_cuts()
        return getattr(ctx, self.field)

    def __set__(self, ctx: Context, value: list[int]) -> None:
        if ctx._cuts_pending:
            ctx._find_cuts()
        setattr(ctx, self.field, value)


@dataclass
class Context:
    """What the rules need to know about one sentence and its neighbours.

    Filled once by ``clauses.prepare`` before any rule runs; rules only read it. ``cuts`` start the
    sentence's segments (comparisons, ";" and clauses with their own verb), ``clause_cuts`` those that
    start a clause rather than a comparison, ``split_cuts`` the clauses found after a comparison;
    ``years`` are the data years stated (start, end, year); ``matches`` what the count patterns read.
    """

    source: Source
    sent: Sentence
    prev: Sentence | None
    prev_rows: list[Row]
    years: list[tuple[int, int, int]] = field(default_factory=list)
    split_cuts: list[int] = field(default_factory=list)
    has_figures: bool = False
    matches: list[Match] = field(default_factory=list)
    _figures: dict[tuple[int, int], list[re.Match]] = field(default_factory=dict, repr=False)
    _cuts: list[int] = field(default_factory=list, repr=False)
    _clause_cuts: list[int] = field(default_factory=list, repr=False)
    #: the comparison and ";" cuts are still to be found (:meth:`find_cuts_when_asked`)
    _cuts_pending: bool = field(default=False, repr=False)
    #: (start, end) -> :func:`is_distractor` (the data years it depends on are known before it is first asked)
    _distractors: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False)
    #: the bits of the gates' words the sentence holds and how many words they cover (:func:`wordscan.scan`, given by
    #: ``extract_document`` for the whole document at once; none known: every gate asks the sentence's text)
    words: int = field(default=0, repr=False)
    known: int = field(default=0, repr=False)
    #: the document's sentences that hold a bracket (where short names are defined: "the National Committee for
    #: Counter Trafficking (NCCT)"), given by ``extract_document``; read by the money rule's named bodies (audit14)
    bracketed: tuple[str, ...] = field(default=(), repr=False)

    def find_cuts_when_asked(self) -> None:
        """Find the comparison and ";" cuts when ``cuts``, ``clause_cuts``, ``segment`` or ``bounds`` is first asked
        for: most sentences state no figure, and the rules that read such a sentence seldom ask."""
        self._cuts_pending = True

    def _find_cuts(self) -> None:
        self._cuts_pending = False
        text, comparison = self.sent.text, rules().comparison.rx
        cuts = [m.start() for m in comparison.finditer(text) if not (
            # "under Articles 210 and 211 in 2021": the last article of a list, no figure compared ("and 41 in 2020")
            # (the number read as before the data years are known: no year of the sentence counts as one)
            m.group().strip() == "and" and (n := HAS_NUMBER.match(text, m.end())) is not None
            and _is_distractor(self, *n.span(), years=False))] if self.may(comparison) else []
        # a ";" inside brackets separates a total's parts ("(30 women and 11 men; 33 for labor trafficking ...)"), not
        # two clauses: the comparison after the bracket is still the total's
        # ... and so does a ";" inside an aside between two em dashes ("identified 17 potential victims in 2018—at
        # least 12 foreign nationals and three Belizeans; 12 adult females and five minors—compared to 17 ... in
        # 2017": the comparison after the aside is the total's; batch 165, belize-2019)
        self._clause_cuts = [m.start() for m in _SEMICOLON.finditer(text) if depth(text, m.start()) == 0
                             and not _in_dashed_aside(text, m.start())] if ";" in text else []
        # a comparison inside a bracket ends at the bracket's close: "identified 82 victims (221 in 2019 and 162 in
        # 2018) and referred 39 to care facilities" goes on with the year's own clause, no comparison's (batch 70,
        # poland-2021); the close starts a clause again
        self._clause_cuts = sorted({*self._clause_cuts, *(
            close + 1 for c in cuts if depth(text, c) > 0 and (close := _bracket_close(text, c)) is not None
            and text[close + 1 :].strip(" ,.;"))})
        # ... and so does a comparison in an aside between two em dashes at the closing dash: "prosecutions of 52
        # alleged traffickers—an increase from 33 in 2020—and courts convicted 29 traffickers" (audit14, malawi-2022)
        if "\u2014" in text:
            self._clause_cuts = sorted({*self._clause_cuts, *(
                close + 1 for c in cuts if depth(text, c) == 0 and _in_dashed_aside(text, c)
                and (close := text.find("\u2014", c)) > 0 and _AND_AFTER_ASIDE.match(text, close + 1))})
        if self.may(_COMPARED_BASE):
            # "increasing convictions compared with the year prior—including two convictions ...": a comparison whose
            # base is a period alone, no figure, ends at that period; what follows the dash or comma is the year's own
            # clause again (batch 120, ireland-2022)
            self._clause_cuts = sorted({*self._clause_cuts, *(
                m.end() for m in _COMPARED_BASE.finditer(text)
                if depth(text, m.start()) == 0 and _AFTER_BASE.match(text, m.end()))})
        self._cuts = sorted({*cuts, *self._clause_cuts})

    #: Where the sentence's segments start: comparisons, ";" and clauses with their own verb.
    cuts = _FoundWhenAsked()
    #: The cuts that start a clause rather than a comparison.
    clause_cuts = _FoundWhenAsked()

    @once
    def text(self) -> str:
        """The normalised sentence (kept on the instance: the rules read it ~100 times a sentence)."""
        return self.sent.text

    @once
    def lower(self) -> str | None:
        """The sentence lower-cased, when word containment there answers as a case-insensitive regex would."""
        return folded(self.sent.text)

    @once
    def may_have_number(self) -> bool:
        """False only when the sentence holds no number (``HAS_NUMBER``): no digit and no number word in it."""
        return may_hold_number(self.sent.text, self.lower)

    @once
    def relative_rx(self) -> list[re.Pattern]:
        """The phrases dating a figure relative to the reporting year (``relative_rx`` of the rules) that the sentence
        may hold: each is tried between a figure and every later year, a dozen times a sentence."""
        return [rx for rx, _ in rules().relative_rx if self.may(rx)]

    @once
    def cumulative(self) -> list[tuple[int, int]]:
        """Spans of counts over years, a perfect and "since" a year ("has only convicted one trafficker since 2014",
        ``cumulative`` of the rules): a figure inside one is no count of a year (batch 44). Asked by two readers."""
        if "ince" not in self.text and "years" not in self.text:  # ("since", "Since"; "over the last six years")
            return []
        return [m.span() for m in rules().cumulative.rx.finditer(self.text)]

    def in_cumulative(self, pos: int) -> bool:
        """Whether the figure at ``pos`` lies in a count over years (:attr:`cumulative`)."""
        return any(a <= pos < b for a, b in self.cumulative)

    def may(self, rx: re.Pattern) -> bool:
        """False only when ``rx`` cannot match in the sentence (it lacks every word one of which a match holds)."""
        got = gate(rx)
        if got.top > self.known:  # a word the sentence's bits do not cover: asked of its text
            return may_match(rx, self.sent.text, self.lower)
        words = self.words
        for mask in got.masks:  # noqa: SIM110 - a generator costs more than the test itself
            if not words & mask:
                return False
        return True

    def enters(self, entry: Entry) -> bool:
        """False only when no regex of a reader's entry test can match in the sentence (:class:`wordscan.Entry`):
        ``any(self.may(rx) for rx in entry.regexes())``, alternative by alternative, as bits; else whether a lead
        regex matches at the sentence's start. A reader that needs a number is turned away where there is none."""
        gates = entry.gates()
        if gates is None:
            return True
        if entry.number and not self.may_have_number:
            return False  # no digit and no number word: none of its regexes' numbers
        if gates[1] > self.known:  # a word the sentence's bits do not cover: asked of its text
            if any(self.may(rx) for rx in entry.regexes() if rx is not None):
                return True
        else:
            words = self.words
            for masks in gates[0]:
                for mask in masks:
                    if not words & mask:
                        break
                else:
                    return True
        for rx in gates[2]:  # noqa: SIM110 - a generator costs more than the test itself
            if rx.match(self.text):
                return True
        return False

    def figures(self, a: int, b: int) -> list[re.Match]:
        """The numbers between ``a`` and ``b`` that are no distractors (worked out once per span: the data years,
        which decide distractors, are all known before any rule asks)."""
        key = (a, b)
        found = self._figures.get(key)
        if found is None:
            found = self._figures[key] = [m for m in HAS_NUMBER.finditer(self.text, a, b)
                                          if not is_distractor(self, m.start(), m.end())]
        return found

    def segment(self, pos: int) -> int:
        """Index of the segment (between cuts) that holds ``pos``."""
        return bisect.bisect_right(self.cuts, pos)

    def bounds(self, seg: int) -> tuple[int, int]:
        """Start and end of segment ``seg``."""
        edges = [0, *self.cuts, len(self.text)]
        return edges[seg], edges[seg + 1]


#: A sentence opening with its year: "In 2020, ...", "During 2021 ...", "Also in March 2022, ...".
#: (after a lead of comparison: "In comparison, in 2013 authorities reported ...; 12 investigations and eight
#: prosecutions under Article 231-A; ...", batch 110's brazil-2015)
_LEAD_YEAR = rc.lazy(
    r"^(?:(?:in|by) comparison,? )?(?:\w+ ){0,2}?(?:in|during|throughout)\s+"
    r"(?:(?:calendar|fiscal) year |[A-Z][a-z]+ (?:\d{1,2},? )?)?"
    r"((?:19|20)\d\d)\b(?!\s*[-–])",
    IGNORECASE,
)


_JOIN = rc.lazy(r",|\band\b")
#: Persons counted in cases right after them: "74 suspects in 34 cases" (the cases' figure follows).
_PERSONS_IN = rc.lazy(r"\S*\s+(?:(?:suspected|alleged|possible|potential)\s+)?"
                      r"(?:suspects|traffickers|individuals|persons|people|defendants)\s+in\s+$", re.IGNORECASE)
#: ... the cases' figure and noun.
_CASES_AFTER = rc.lazy(r"\S+\s+(?:[\w-]+\s+){0,2}?cases\b", re.IGNORECASE)
_SEMICOLON = rc.lazy(";")
#: A clause of its own after an aside's closing dash: "—an increase from 33 in 2020—and courts convicted ..." (not the
#: compared figure's own words going on: "compared with 95 victims—including 30 children—the authorities identified in
#: 2019")
_AND_AFTER_ASIDE = rc.lazy(r"\s*,?\s*and\s+\S")


def _in_dashed_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in an aside between two em dashes of the sentence (an odd number of them before it, one
    after it)."""
    return "\u2014" in text and text.count("\u2014", 0, pos) % 2 == 1 and "\u2014" in text[pos:]


def _year_spans(ctx: Context) -> set[int]:
    return {a for a, _, _ in ctx.years}


def _bracket_close(text: str, pos: int) -> int | None:
    """Where the bracket open at ``pos`` closes, or None."""
    level = 0
    for i in range(pos, len(text)):
        if text[i] == "(":
            level += 1
        elif text[i] == ")":
            if level == 0:
                return i
            level -= 1
    return None


def depth(text: str, pos: int) -> int:
    """How many brackets are open at ``pos``."""
    return text.count("(", 0, pos) - text.count(")", 0, pos)


#: ", some of whom were identified in the previous reporting period": a clause about some of the figure's people,
#: whose period phrase dates what happened to them before, not the figure
#: ... or said of some of them in an "including" clause: "60 trafficking victims, including victims identified in
#: previous years, compared with ..."
_SOME_OF_WHOM = rc.lazy(
    r",\s+(?:some|many|most|several|a few|few|one|two|three) of (?:whom|which)\b[^;]*"
    # (or set off by dashes: "to 83 victims—including some identified in previous years—through ...", batch 110)
    r"|[,—–]\s*including (?:\w+ ){1,3}?(?:identified|referred|assisted|registered) (?:in|during) (?:the )?"
    r"(?:previous|prior|earlier|past|preceding) (?:reporting )?(?:years?|periods?)\b"
    # "convicted at least 100 traffickers—including some whose trials began in the previous reporting period—": an
    # aside on when some of the figure's cases began dates no figure (batch 50, cambodia-2017)
    r"|[—–,]\s*including (?:some|those|several|many|most|a few|one|two|three)(?: of them)? (?:whose|who|which|that)\b"
    r"[^—–;()]*?\b(?:previous|prior|earlier|past|preceding) (?:reporting )?(?:years?|periods?)\b"
    # ", including among victims who remained in the country at the close of the previous reporting period": an aside
    # on the people a zero takes in, there since the period before; the period dates them, not the figure (batch 121)
    r"|[,—–]\s*including (?:among )?(?:\w+ ){1,3}?(?:who|whom)\b"
    r"[^—–;()]*?\b(?:previous|prior|earlier|past|preceding) (?:reporting )?(?:years?|periods?)\b",
    re.I,
)


#: A year that a "when" clause after it is about: "a significant decrease from 2013, when police reported ...".
_WHEN_YEAR = rc.lazy(r"\b((?:19|20)\d\d),? when\b[^.;()]*$")
#: A period named before and referred to again: "convictions ... in 12 cases during the specified timeframe", "in the
#: same period", "during that time frame" (the timeframe "between October 2016 and September 2017" of the sentence
#: before): the year of the previous sentence's counts, not the reporting year.
_SAME_PERIOD = rc.lazy(
    r"\b(?:during|in|within|over|for) (?:the|that|this) (?:same |specified |above |aforementioned |stated )"
    r"(?:time ?frame|time period|period)\b(?! (?:of |in )?(?:the )?(?:last|previous|prior|preceding|a|one) year)"
    r"|\b(?:during|in|within|over) that (?:time ?frame|time period)\b",
    IGNORECASE,
)

#: The persons or cases a count takes out of the cases told before: "Police identified 550 suspected traffickers out of
#: those investigations" after "conducted 338 ... investigations in 2017" (batch 210's germany-2019-prosecution): the
#: year of the previous sentence's counts, not the reporting year (the noun follows the figure in its own clause).
_OUT_OF_THOSE_CASES = rc.lazy(
    r"[^.;:()]{0,60}?\b(?:out of|from|among) (?:those|these|the same|the above|the aforementioned) (?:\d[\d,]* )?"
    r"(?:(?:new|pre-trial|trafficking|criminal|police) )*(?:investigations|cases|criminal proceedings)\b",
    IGNORECASE,
)


#: A record and the year it runs from: "the largest number since 2013", "the lowest number of identified victims
#: reported by the police since 2008", "the first time since 2015", "the fewest total victims since at least 2008".
_RECORD_SINCE = rc.lazy(
    r"\b(?:the )?(?:largest|highest|lowest|smallest|most|fewest|greatest|biggest|first)\b[^,;.()]{0,80}?"
    r"\bsince (?:at least |as early as )?(?:19|20)\d\d\b"
    # ... or since the country first appeared in a report of a year: "its first trafficker since its inclusion in the
    # 2007 Trafficking in Persons Report" (batch 123's papua-new-guinea-2021: the report's year dates no figure)
    r"|\b(?:the )?(?:largest|highest|lowest|smallest|most|fewest|greatest|biggest|first)\b[^,;.()]{0,80}?"
    r"\bsince (?:its|their|the (?:country|government)[’']s) (?:inclusion|first appearance|appearance|listing) in "
    r"the(?:\s+(?:19|20)\d\d\b|\s*$)",  # (the year, or the end of a window cut before it)
    IGNORECASE,
)
#: A year the text contrasts the figure with: "and, unlike 2019, the government also did not identify any child
#: victims" (the zero is not 2019's; batch 34, portugal-2021).
_CONTRAST_YEAR = rc.lazy(
    r"\b(?:unlike|in contrast (?:to|with)|contrary to)(?: (?:in|during))? (?:19|20)\d\d\b", IGNORECASE)
#: ... and a figure in that year's own "when" clause, before the clause's comma: "Unlike 2019, when the government
#: identified nine child victims, ..." (the nine are 2019's; batch 84, ireland-2021).
_CONTRAST_WHEN = rc.lazy(
    r"\b(?:unlike|in contrast (?:to|with)|contrary to)(?: (?:in|during))? ((?:19|20)\d\d),? when\b[^.;(),]*$",
    IGNORECASE)
#: A year a "during which" clause hangs on, the figure in that clause before its next comma: "These figures represent an
#: increase from FY 2013, during which DOJ brought 161 prosecutions charging 253 defendants" (the 161 are 2013's; batch
#: 92's united-states-2015).
_DURING_WHICH = rc.lazy(r"\b((?:19|20)\d\d),? during which\b[^.;(),]*$", IGNORECASE)
#: A contrasting clause after a figure: ", whereas the government did not allocate funding in 2017" (its year is the
#: clause's, not the figure's before it when that figure's clause led with a year of its own; batch 80).
_CONTRAST_CLAUSE = rc.lazy(r",\s+(?:whereas|while)\b", IGNORECASE)
#: Another period's figure named by its noun as what this one is measured against: "By charging 21 alleged traffickers,
#: prosecutors more than doubled the previous year's figure" (batch 49's probe 4): the base's period dates no figure of
#: the sentence; "up from the previous year's five" (a figure after it) and "the previous year's total of 12" keep it.
#: Another case said to have started in an earlier period: "..., and the continued advancement of a trafficking
#: prosecution initiated in a previous reporting period" (batch 123's papua-new-guinea-2021): the period dates that
#: case's start, not a figure of the same window ("to identify and refer three potential victims" is the year's).
_OTHER_CASE_EARLIER = rc.lazy(
    r"\b(?:an?|the|one|another|other)\s+(?:[\w-]+\s+){0,3}?(?:prosecutions?|investigations?|cases?|trials?)\s+"
    r"(?:{STARTED_EARLIER})\b",
    IGNORECASE,
)
_OTHER_PERIODS_FIGURE = rc.lazy(
    r"\b(?:the\s+|its\s+)?(?:previous|prior|last|preceding)\s+(?:reporting\s+)?(?:years?|periods?)[’']s?\s+"
    r"(?:figures?|totals?|numbers?|counts?|levels?|tally|tallies|records?|results?)\b(?!\s+(?:of|was|were|stood)\b)",
    IGNORECASE,
)
#: A period named only as the base of a comparative: "convicted significantly more traffickers than the previous
#: reporting period and initiated prosecutions against seven government officials" (batch 52's nigeria-2019): the base's
#: period dates no figure of the sentence; "than the previous period's 12" and "than in the previous period, when it
#: identified 20" keep it.
_THAN_PERIOD = rc.lazy(
    r"\bthan\s+(?:in\s+|during\s+)?(?:the\s+|its\s+)?(?:previous|prior|last|preceding)\s+(?:reporting\s+)?"
    r"(?:years?|periods?)\b(?![’']|\s*,?\s*when\b)",
    IGNORECASE,
)
#: The tier summary's period of efforts compared: "Despite these measures, including its prosecution of two suspected
#: sex traffickers, the government did not demonstrate evidence of overall increasing efforts ... during the previous
#: reporting period" (batch 135's namibia-2013-intro): the period the efforts are weighed against dates no figure.
_EFFORTS_PERIOD = rc.lazy(
    r"\bincreasing\s+(?:anti-trafficking\s+)?efforts\b[^.;]{0,80}?\b(?:during|over|from|in|compared\s+(?:with|to))\s+"
    r"(?:the\s+|its\s+)?(?:previous|prior|last|preceding)\s+(?:reporting\s+)?(?:years?|periods?)\b",
    IGNORECASE,
)
#: A comparison with earlier periods whose "when" clause follows the figure compared: "higher than in previous years,
#: when it referred ... one individual per year" (the clause's own figures are dated by it; batch 117)
_THAN_PERIOD_WHEN = rc.lazy(
    r"\bthan\s+(?:in\s+|during\s+)?(?:the\s+|its\s+)?(?:previous|prior|last|preceding)\s+(?:reporting\s+)?"
    r"(?:years?|periods?)\s*,?\s*when\b[^.;]*",
    IGNORECASE,
)
#: A period named only as the base of a change with no figure of its own: "These efforts included increasing convictions
#: compared with the year prior—including two convictions under the anti-trafficking law" (batch 120's ireland-2022):
#: the comparison ends at the period (Context._find_cuts), so its date reaches no figure after the dash or comma (as
#: _THAN_PERIOD); "compared with the previous year's 12" and "compared with the prior year, when it convicted three"
#: keep it. Used as a cut only before a dash or a comma (_AFTER_BASE).
_COMPARED_BASE = rc.lazy(
    r"\b(?:increas\w*|decreas\w*|more|fewer|less|higher|lower|reduc\w*)\s+(?:[\w-]+\s+){0,3}?compared\s+(?:with|to)\s+"
    r"(?:the\s+|its\s+)?(?:(?:previous|prior|last|preceding)\s+(?:reporting\s+)?(?:years?|periods?)|"
    r"(?:years?|reporting\s+periods?)\s+(?:prior|before))\b(?![’']|\s*,?\s*when\b)",
    IGNORECASE,
)
_AFTER_BASE = rc.lazy(r"\s*(?:[—–]|--|,)")
#: A run of none and the year it runs from: "it had not prosecuted or convicted any traffickers since 2011", "has
#: never identified a victim since 2016" (the zero is the data year's, zeros.py; the year dates no other figure of
#: the sentence: "did not report any investigations ... of officials complicit ... and it had not ... since 2011").
_ZERO_SINCE = rc.lazy(r"\b(?:not|never|no)\b[^,;.()]{0,80}?\bsince (?:19|20)\d\d\b", IGNORECASE)
#: The year of the last of a stage, an aside: "did not prosecute any alleged traffickers ..., with the last
#: prosecution in 2015, and the government has never convicted a trafficker" (batch 82's
#: st-vincent-and-the-grenadines-2022): when the last one was, the year of no figure of the sentence before or after it.
_LAST_STAGE = rc.lazy(r"\bthe last (?:known |reported )?(?:trafficking )?"
                      r"(?:investigation|prosecution|conviction|arrest|identification|case)s?"
                      r"(?: (?:was|were|being|having been|occurring|taking place))? in "
                      r"(?:[A-Z][a-z]+ )?(?:19|20)\d\d\b", IGNORECASE)
#: The years a crime went on, after a count and the deed it was for: "convicted and sentenced one trafficker ... to 55
#: years in prison for kidnapping and sex trafficking a girl from 2017 through 2019" (batch 43's eswatini-2021): when
#: the crime happened, not the year of the count
_CRIME_SPAN = rc.lazy(r"\bfor (?:[\w’'-]+ ){0,4}?\w+ing\b[^.;()]{0,80}?\b(?:from|between) (?:19|20)\d\d "
                      r"(?:through|to|until|and) (?:19|20)\d\d\b", IGNORECASE)
#: The earlier year's investigations (cases, operations) a count's persons came from, after the count: "Prosecutors
#: charged three suspected traffickers from 2018 investigations during the reporting period" (batch 98's
#: antigua-and-barbuda-2020): that year dates the investigations, not the charges
_FROM_YEARS_CASES = rc.lazy(r"\b(?:from|stemming from|arising from|originating (?:from|in)) (?:the )?(?:19|20)\d\d "
                            r"(?:trafficking )?(?:investigations?|cases?|operations?|raids?|inquiries)\b", IGNORECASE)
#: Cases dated by the year they came from, after the count: "investigated 20 ... cases from 2017" (resolve_year).
_CASES_FROM_YEAR = rc.lazy(r"\b(?:cases|investigations) from (?P<y>(?:19|20)\d\d)\b(?! (?:to|through|until)\b)",
                           IGNORECASE)
#: Some of a count's people included after it by the earlier year they were identified (referred, registered) in:
#: "which assisted 71 victims in total, including nine identified in 2021" (audit14's qatar-2023, own text): that year
#: dates those people's identification, not the count before it
_INCLUDED_FROM_YEAR = rc.lazy(
    r"[,—–]\s*including\s+(?:[\w,-]+\s+){1,3}?(?:who\s+(?:had\s+been|were)\s+)?(?:identified|referred|registered|"
    r"admitted|recognized)\s+(?:in|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d\d\b(?!\s*(?:[-–]|and\b|or\b))",
    re.I,
)
#: A case named after the count by the year it began: "sentencing two complicit officials to seven years’ imprisonment
#: for their active role in a trafficking case initiated in 2016" (batch 190's bolivia-2021-intro): that year dates the
#: case's start, not the count before it ("compared with 35 cases initiated in 2016", a figure before its own noun, is
#: no such case: the noun needs a determiner, not a number)
_CASE_BEGUN_IN_YEAR = rc.lazy(
    r"\b(?:an?|the|another|their|its|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(?:prosecutions?|investigations?|cases?|"
    r"trials?|proceedings)\s+(?:(?:that|which)\s+(?:(?:was|were|had\s+been)\s+)?)?(?:initiated|opened|begun|began|"
    # (the relative clause's own past, "a case that began in 2018", "which started in 2017", "commenced", "dating
    # (back) to/from"; audit9 r1's F15)
    r"started|filed|launched|registered|commenced|dat(?:ing|ed|es)\s+(?:back\s+)?(?:to|from))\s+(?:(?:in|during)\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?(?:19|20)\d\d\b",
    IGNORECASE,
)
#: Cases carried over, dated by the year they began: "initiated two new investigations and continued to investigate two
#: cases initiated and registered in 2021" (that year dates the old cases, not the new figures before them); "and
#: continued two investigations initiated in 2019" likewise.
_CARRIED_SINCE = rc.lazy(
    r"\b(?:continued|continuing|continues) (?:to )?(?:(?:investigat|prosecut|try|hear|handl|work)\w*\b|"
    r"(?:[\w-]+ ){0,3}?(?:investigations|prosecutions|cases|trials|proceedings)\b)[^,;.()]{0,80}?"
    r"\b(?:initiated|opened|registered|started|begun|filed|launched)(?: and (?:initiated|opened|registered|started|"
    r"begun|filed|launched))? (?:in|during) (?:19|20)\d\d\b",
    IGNORECASE,
)

#: Cases pending since the years they began, after the count: "convicting five hereditary slaveholders—cases that had
#: been pending since 2011 and 2015" (those years date the cases' start, not the convictions, and make no count of
#: years together; batch 148, mauritania-2020).
_PENDING_SINCE = rc.lazy(r"\bpending (?:since|from) (?:19|20)\d\d(?:(?:,|,? and|,? or) (?:19|20)\d\d)*\b", IGNORECASE)


#: A body's share of the victims identified: "identified 25 of them" (not what became of them: "provided 10 of these
#: victims with temporary shelter" in a later year than the total's is that year's assistance).
_SHARE_VERB = rc.lazy(r"\bidentif\w*\s+$", IGNORECASE)
#: "of them", "of those victims", "of the identified cases" after a share's figure: whom the share is of (``{noun}``).
_OF_THEM = r"of (?:them|these|those|(?:the|these|those) (?:identified |potential |trafficking )*{noun})\b"
#: A body's share of them told earlier in the sentence: "The State Police identified 30 of them, while ...".
_SHARE_BEFORE = rc.lazy(
    rf"\bidentif\w* {NUMBER} {_OF_THEM.format(noun='victims')}[^.;]*?(?:,? (?:and|while|whereas)\b|;)", IGNORECASE)
#: A figure that is a share of victims or cases counted before: "25 of them", "12 of those victims".
_SHARE_OF_THEM = rc.lazy(rf"{NUMBER} {_OF_THEM.format(noun='(?:victims|cases)')}", IGNORECASE)


def _of_later_figure(ctx: Context, pos: int, s: int, a: int, b: int) -> bool:
    """A year in a relative clause of a later figure dates that figure alone: "assisted 23 newly referred victims ...
    and continued to assist 28 victims who entered the shelter in 2015" (batch 35; 2015 is the 28's)."""
    later = [f for f in ctx.figures(a, b) if pos < f.start() and f.end() <= s]
    return bool(later) and bool(_RELATIVE_TO_YEAR.search(ctx.text, later[-1].end(), s))


#: A relative clause on persons set off by a comma that runs on to the year at its end: ", who Tunisian authorities
#: identified in Gulf countries in 2018" (resolve_year: the year says when they were found, not the figure's year).
_ASIDE_WHO = rc.lazy(r",\s+(?:who|whom)\s+(?:[\w’'-]+\s+){1,3}?(?:had\s+)?identified\b[^,;()]*$")
#: A relative clause that runs on to the year at its end, with no comma or bracket between.
_RELATIVE_TO_YEAR = rc.lazy(r"\b(?:who|whom|which|that)\b[^,;()]*$", IGNORECASE)


#: A list of figures that "respectively" gives to the periods before the reporting one: "compared with 24 and 30
#: victims, respectively, in the two prior reporting periods" (24 the year before's, 30 the one before it; batch 34).
_RESPECTIVE_PERIODS = rc.lazy(
    rf"(?P<list>{NUMBER}(?:, {NUMBER})*,? and {NUMBER})(?: [\w-]+){{0,3}}?,? respectively,? (?:in|during|over|for) "
    r"the (?:two|three|four) (?:previous|prior|preceding|past|last) (?:reporting periods|reporting years|years)\b",
    IGNORECASE,
)


def _list_place(ctx: Context, pos: int, pattern: re.Pattern, figure: re.Pattern) -> tuple[re.Match, int] | None:
    """The "respectively" list ``pattern`` matches around the figure at ``pos`` and the figure's place in it (its
    ``figure`` matches counted from 0), or None: the place is what both kinds of list map to a year."""
    if not ctx.may(pattern):
        return None  # (no such "respectively" in the sentence: most have none)
    for m in pattern.finditer(ctx.text):
        if m.start("list") <= pos < m.end("list"):
            starts = [f.start() for f in figure.finditer(ctx.text, m.start("list"), m.end("list"))]
            return (m, starts.index(pos)) if pos in starts else None
    return None


def _respective_period(ctx: Context, pos: int) -> int | None:
    """The offset from the reporting year of the figure at ``pos`` in a list ``_RESPECTIVE_PERIODS`` dates, or None."""
    place = _list_place(ctx, pos, _RESPECTIVE_PERIODS, HAS_NUMBER)
    return None if place is None else -(place[1] + 1)


#: A list of figures that "respectively" gives to as many years, in order: "compared with zero and four in 2021 and
#: 2020, respectively", "versus none and two in 2021 and 2020, respectively" (the misreads probe: each figure its
#: own year, not all the first).
#: The words of a listed figure's noun before the next figure ("48 victims and 35 victims"): no figure, year or stop.
_ITEM_WORDS = r"(?: (?!and\b)[a-z][a-z-]*){0,3}?"
_RESPECTIVE_YEARS = rc.lazy(
    rf"(?P<list>(?:{NUMBER}|\bnone\b)(?:{_ITEM_WORDS},? (?:and )?(?:{NUMBER}|none\b))+)(?: [\w-]+){{0,3}}?,? "
    r"(?:in|during|for) (?P<years>(?:19|20)\d\d(?:, (?:19|20)\d\d)*,? and (?:19|20)\d\d),? respectively\b",
    IGNORECASE,
)
_LIST_FIGURE = rc.lazy(rf"{NUMBER}|\bnone\b", IGNORECASE)


def _respective_years(ctx: Context, pos: int) -> int | None:
    """The year of the figure at ``pos`` in a list ``_RESPECTIVE_YEARS`` dates (its place in the list is its year's
    in the years' list), or None (not in such a list, or the two lists of unequal length)."""
    if (place := _list_place(ctx, pos, _RESPECTIVE_YEARS, _LIST_FIGURE)) is None:
        return None
    m, index = place
    years = [int(y) for y in rc.findall(r"(?:19|20)\d\d", m.group("years"))]
    figures = len(_LIST_FIGURE.findall(ctx.text, m.start("list"), m.end("list")))
    return years[index] if figures == len(years) else None


_MONTHS = tuple(MONTHS.lower().split("|"))
#: A span of months across two years: "Between April 2019 and February 2020", "from July 2020 to March 2021", "between
#: October 2017 and September 2018" (the corpus README's fiscal years).
_CROSS_YEAR_SPAN = rc.lazy(
    rf"\b(?:between|from) (?P<m1>{MONTHS}) (?:\d{{1,2}},? )?(?P<y1>(?:19|20)\d\d),? (?:and|to|through|until|-|–) "
    rf"(?P<m2>{MONTHS}) (?:\d{{1,2}},? )?(?P<y2>(?:19|20)\d\d)\b", IGNORECASE)


def _cross_year_spans(text: str, start: int = 0, end: int | None = None,
                      months: range = range(2, 13)) -> list[re.Match]:
    """The spans of months from one year into the next in ``text[start:end]`` that last ``months`` (counted with both
    ends: by default a year at most, filed as a fiscal year is, under the year it starts: "Between April 2019 and
    February 2020", batch 47; a longer one, "From October 2021 through December 2022" in haiti-2023, is not)."""
    return [m for m in _CROSS_YEAR_SPAN.finditer(text, start, len(text) if end is None else end)
            if int(m.group("y2")) == int(m.group("y1")) + 1
            and 13 + _MONTHS.index(m.group("m2").lower()) - _MONTHS.index(m.group("m1").lower()) in months]


def _fiscal_spans(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The twelve months' spans across two calendar years in ``text[start:end]`` (October-September, July-June): the
    reporting period so named ("between October 2017 and September 2018", its counts filed under the year it starts)."""
    return _cross_year_spans(text, start, end, range(12, 13))


_FISCAL_NAMED = rc.lazy(r"\bfiscal years?\b|\bFY\b", IGNORECASE)
#: The second year of a span after its first ("-2020", "/20", " to 2022").
_SPAN_TAIL = rc.lazy(r" ?(?:[-–/]|to\b) ?\d")


def fiscal_years(text: str) -> list[re.Match]:
    """The fiscal years named in ``text`` (the money rule's ``fiscal_year`` patterns: "during the 2015-2016 fiscal
    year", "FY 2021/22", "fiscal year 2021 to 2022"; a bare span "in 2015-2016" only of two consecutive years), each
    with its first calendar year in group ``a``."""
    found = []
    for rx in rules().money.fiscal_year:
        for m in compiled(rx).finditer(text):
            # (a bare span only in a sentence that names a fiscal year: "spent 40 million dinars on outreach during
            # 2021-2022" is two years, no fiscal year; batch 75's case)
            if m.re.groupindex.get("y1") and ((int(m.group("y2")) - int(m.group("y1"))) % 100 != 1
                                              or not _FISCAL_NAMED.search(text)):
                continue
            found.append(m)
    return found


def _period_spans_back(ctx: Context, pos: int, ry: int) -> bool:
    """Whether the paragraph, before ``pos``, dated its counts by a span from the year before the reporting year into
    it ("initiating 86 investigations ... between October 2017 and September 2018", filed under 2017): then "the
    previous reporting period" is the span before that one, a year earlier still (rwanda-2018 files October
    2016-September 2017 under 2016; batch 46's rwanda-2019)."""
    para = ctx.sent.para
    earlier = para.texts[: para.texts.index(ctx.text)] if para is not None and ctx.text in para.texts else []
    return any(int(m.group("y1")) == ry - 1 for text in (*earlier, ctx.text[:pos]) for m in _fiscal_spans(text)) or any(
        # "identified 212 victims ... in fiscal year 2019-2020, compared with 341 in the previous fiscal year" (a
        # fiscal year across two calendar years, filed under the year it starts; audit12's nepal-2021-protection)
        int(m.group("a")) == ry - 1 and _SPAN_TAIL.match(text, m.start("a") + 4)
        for text in (*earlier, ctx.text[:pos]) if "iscal" in text for m in fiscal_years(text))


#: A count from a facility's or service's start: "Since its opening", "since the center’s launch".
_SINCE_OPENING = rc.lazy(
    r"\b[Ss]ince (?:its|their|the (?:[\w-]+ ){0,3}?[\w-]+[’']s?) (?:opening|launch|establishment|inauguration|creation"
    r"|inception)\b,?"
)
#: ... and a sentence before dating that start: "In February 2020, ... the government opened its inaugural ... shelter".
_OPENED = rc.lazy(r"\b(?:opened|launched|established|inaugurated|created|set up)\b")


def _opened_in_period(ctx: Context) -> bool:
    """The latest of the three sentences before that names an opening dates it in the reporting period: its years the
    reporting year, or the report's own year (a period's last months)."""
    ry = ctx.source.reporting_year
    para = ctx.sent.para
    if ry is None or para is None or ctx.text not in para.texts:
        return False
    before = para.texts[max(0, para.texts.index(ctx.text) - 3) : para.texts.index(ctx.text)]
    opening = next((text for text in reversed(before) if _OPENED.search(text)), None)
    if opening is None:
        return False
    years = {int(y) for y in rc.findall(r"\b((?:19|20)\d\d)\b", opening)}
    return bool(years) and years <= {ry, ry + 1}


def resolve_year(ctx: Context, pos: int) -> tuple[int | None, set[str]]:
    """Data year for the figure at ``pos``: stated in its clause, else inferred, else ambiguous."""
    r = rules()
    if (off := _respective_period(ctx, pos)) is not None:
        ry = ctx.source.reporting_year
        return (ry + off, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
    if (year := _respective_years(ctx, pos)) is not None:
        return year, set()
    seg = ctx.segment(pos)
    a, b = ctx.bounds(seg)
    level = depth(ctx.text, pos)
    # a year inside brackets belongs to the bracket ("prosecuted 11 defendants (13 in 2019)"), not to the clause
    # "28 prosecutions in the previous reporting period and 35 in 2016": a period phrase before a later year dates
    # this figure, the year the next one
    # "the largest number since 2013", "the lowest ... since 2008": a record's starting year dates no figure
    # (each tried only when the sentence holds the words a match needs: ``Context.may``)
    record = [(m.start(), m.end()) for m in _RECORD_SINCE.finditer(ctx.text, a, b)] if ctx.may(_RECORD_SINCE) else []
    if ctx.may(_CARRIED_SINCE):
        record += [(m.start(), m.end()) for m in _CARRIED_SINCE.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_ZERO_SINCE):
        # (before the figure too: "has not reported investigating a trafficking case since 2014 and has never reported
        # convicting a trafficker": the second zero is the data year's as well; batch 108's comoros-2021)
        record += [(m.start(), m.end()) for m in _ZERO_SINCE.finditer(ctx.text, a, b)]
    if ctx.may(_PENDING_SINCE):
        record += [(m.start(), m.end()) for m in _PENDING_SINCE.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_CRIME_SPAN):
        record += [(m.start(), m.end()) for m in _CRIME_SPAN.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_FROM_YEARS_CASES):
        record += [(m.start(), m.end()) for m in _FROM_YEARS_CASES.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_CASES_FROM_YEAR):
        # "it investigated 20 potential child trafficking cases from 2017 as domestic violence": the year the cases
        # came from, not the year of the deed (residue16, guinea-bissau-2019)
        record += [m.span("y") for m in _CASES_FROM_YEAR.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_CASE_BEGUN_IN_YEAR):
        record += [(m.start(), m.end()) for m in _CASE_BEGUN_IN_YEAR.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_INCLUDED_FROM_YEAR):
        record += [(m.start(), m.end()) for m in _INCLUDED_FROM_YEAR.finditer(ctx.text, a, b) if pos < m.start()]
    if ctx.may(_CONTRAST_YEAR):
        record += [(m.start(), m.end()) for m in _CONTRAST_YEAR.finditer(ctx.text, a, b)]
        when = _CONTRAST_WHEN.search(ctx.text, a, pos)
        if when and depth(ctx.text, when.start()) == level:
            # "Unlike 2019, when the government identified nine child trafficking victims, ...": the contrasted year
            # dates the figures of its own "when" clause (batch 84, ireland-2021)
            return int(when.group(1)), set()
    if ctx.may(_LAST_STAGE):
        record += [(m.start(), m.end()) for m in _LAST_STAGE.finditer(ctx.text, a, b)]
    if "during which" in ctx.text and (during := _DURING_WHICH.search(ctx.text, 0, pos)) and depth(
            ctx.text, during.start()) == level:
        # "an increase from FY 2013, during which DOJ brought 161 prosecutions": the year the clause hangs on dates it
        return int(during.group(1)), set()
    after = [
        (s, y) for s, _, y in ctx.years
        if pos <= s < b and depth(ctx.text, s) <= level and not any(rs <= s < re_ for rs, re_ in record)
        and not any(rx.search(ctx.text[pos:s]) for rx in ctx.relative_rx)
        # "(200 compared to 252), and ... in 2019": a year beyond the bracket and a comma is not the bracket's
        and not (level and rc.search(r"\)[^(]*?(?:,|\band\b)", ctx.text[pos:s]))
        # "These efforts included initiating eight trafficking investigations, ..., and releasing an updated ... plan
        # in March 2021": a year in a later item of a list of deeds dates no earlier item's figure (batch 36)
        and not (_DEEDS_LEAD.search(ctx.text, 0, pos) and _NEXT_DEED.search(ctx.text, pos, s))
        and not _of_later_figure(ctx, pos, s, a, b)
        # "the repatriation of 34 female Tunisian trafficking victims, who Tunisian authorities identified in Gulf
        # countries in 2018 and 2019, and provided ...": a year in a relative clause set off after the figure's persons
        # says when they were found, not when the figure's deed was done (batch 112's tunisia-2021)
        and not _ASIDE_WHO.search(ctx.text, pos, s)
        # "Police did not identify any child victims of forced begging (22 in 2018) but, in 2018, police accommodated
        # ...": a year opening a later clause after "but" dates that clause, not the figure before it (residue12)
        and not _BUT_YEAR.search(ctx.text, max(pos, s - 16), s)
        # "repatriated two foreign victims to their home countries The government's 2018 ... Protocol": a sentence the
        # stored page runs on without its period; its year dates nothing before it (residue16, el-salvador-2022)
        and not ("The " in ctx.text and _RUN_ON.search(ctx.text, pos, s))
    ]
    if after and _CONTRAST_CLAUSE.search(ctx.text, pos, after[0][0]) and (
            lead := [y for s, _, y in ctx.years if a <= s < pos and depth(ctx.text, s) <= level
                     and not any(rs <= s < re_ for rs, re_ in record)]):
        # "In 2018, the government allocated 800,000 krona ..., whereas the government did not allocate funding in
        # 2017": a year past a contrasting clause's "whereas" dates that clause, the figure keeps its clause's leading
        # year (batch 80, sweden-2019)
        return lead[-1], set()
    if after:
        return after[0][1], set()
    # "Between April 2019 and February 2020, the National Authority identified 1,313 victims": a span of a year at most
    # across two calendar years is filed under the year it starts (the corpus README's fiscal years), as when it
    # follows the figure (batches 46 and 47)
    if ctx.may(_CROSS_YEAR_SPAN):
        record += [m.span("y2") for m in _cross_year_spans(ctx.text, a, pos)]
    before = [y for s, _, y in ctx.years if a <= s < pos and depth(ctx.text, s) <= level
              and not any(rs <= s < re_ for rs, re_ in record)]
    if before:
        return before[-1], set()
    when = _WHEN_YEAR.search(ctx.text, 0, pos)
    if when and depth(ctx.text, when.start()) <= level:
        return int(when.group(1)), set()  # "a decrease from 2013, when police reported identifying 450 victims"
    ry = ctx.source.reporting_year
    # a period phrase dates the figures next to it: first between the neighbouring figures, then the clause's lead
    figures = ctx.figures(a, b)
    prev_end = max((m.end() for m in figures if m.end() <= pos), default=a)
    prev_end = max([prev_end, *(m.end() for m in _JOIN.finditer(ctx.text, prev_end, pos))])
    next_start = min((m.start() for m in figures if m.start() > pos), default=b)
    if next_start < b and _PERSONS_IN.match(ctx.text, pos, next_start) and (
            cases := _CASES_AFTER.match(ctx.text, next_start)):
        # "investigation of at least 74 suspects in 34 cases in the previous reporting period": the cases the persons
        # were in are the same count's; the period after them dates the persons too (batch 90, madagascar-2020)
        next_start = min((m.start() for m in figures if m.start() >= cases.end()), default=b)
    first = min((m.start() for m in figures), default=b)
    for i, window in enumerate((ctx.text[prev_end:next_start], ctx.text[a:first])):
        if i == 0 and prev_end <= pos:
            # "the 28 victims it identified was higher than in previous years, when it referred ... one individual per
            # year": the earlier years a figure is compared with, in a "when" clause after it, date that clause's
            # figures, not the figure before "than" (batch 117, st-lucia-2021)
            cut = pos - prev_end
            window = window[:cut] + _THAN_PERIOD_WHEN.sub("", window[cut:])
        if level == 0:  # "(41 in the previous reporting period)" dates the bracket's figure, not this one
            window = rc.sub(r"\([^()]*\)", "", window)
        window = _SOME_OF_WHOM.sub("", window)  # ", some of whom were identified in the previous reporting period"
        window = _CARRIED_CARE.sub("", window)  # "continued to assist 18 victims identified in the previous period"
        window = _RECORD_SINCE.sub("", window)
        window = _LIKE_PERIOD.sub("", window)  # "Similar to the previous reporting period, ...": this year's, as that
        window = _UNLIKE_PERIOD.sub("", window)  # "Unlike in previous years, ...": this year's, against those
        window = _ZERO_SINCE.sub("", window)  # "... and it had not convicted any traffickers since 2011": none's start
        window = _PENDING_SINCE.sub("", window)  # "... cases that had been pending since 2011": the cases' start
        window = _OTHER_PERIODS_FIGURE.sub("", window)  # "... doubled the previous year's figure": the base's period
        if i == 0 and prev_end <= pos:
            # "..., and the continued advancement of a trafficking prosecution initiated in a previous reporting
            # period" after the figure: that case's start, not the figure's year
            window = window[: pos - prev_end] + _OTHER_CASE_EARLIER.sub("", window[pos - prev_end :])
            # "These efforts included obtaining eight convictions ..., and providing services to victims identified in
            # previous years": a period in a later item of a list of deeds dates that item, not an earlier item's
            # figure (as a year there does not, above; batch 174's new-zealand-2019-intro)
            # (not a preposition in "-ing": "sentencing four traffickers ..., following their conviction in the
            # previous reporting period" dates the figure, vanuatu-2023-intro)
            if _DEEDS_LEAD.search(ctx.text, 0, pos) and (nxt := _NEXT_DEED.search(ctx.text, pos, next_start)) \
                    and not _PREPOSITION_ING.match(ctx.text, nxt.start()):
                window = window[: nxt.start() - prev_end]
        if _SINCE_OPENING.search(window) and _opened_in_period(ctx):
            # "In February 2020, ... the government opened its inaugural ... shelter ... Since its opening, the
            # government identified and referred 10 trafficking victims": the year's count (residue, qatar-2020)
            window = _SINCE_OPENING.sub("", window)
        window = _THAN_PERIOD.sub("", window)  # "more traffickers than the previous reporting period": the base's
        window = _EFFORTS_PERIOD.sub("", window)  # "did not demonstrate ... increasing efforts ... during the previous
        # reporting period": the tier summary's period of efforts compared, not the figure's
        off = r.relative_offset(window)
        if off is not None:
            if off < 0 and ry and _period_spans_back(ctx, pos, ry):
                off -= 1  # the previous period of counts filed under the year before the reporting year (batch 46)
            return (ry + off, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
        if r.ambiguous_rx.search(window):
            return None, {"year_ambiguous"}
    if seg > 0 and a not in ctx.clause_cuts:
        return (ry - 1, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
    if a in ctx.split_cuts:  # a clause after a comparison shares the year of the sentence's first clause
        first = [y for s, _, y in ctx.years if s < ctx.bounds(0)[1] and depth(ctx.text, s) == 0]
        if first:
            return first[0], set()
    lead = _LEAD_YEAR.match(ctx.text)
    if lead and _CONTRAST_YEAR.match(ctx.text):
        lead = None  # "Unlike in 2019, officials did not identify ...": the year contrasted dates no clause (batch 34)
    if lead and lead.start(1) in _year_spans(ctx) and lead.start(1) < pos:
        return int(lead.group(1)), set()  # "In 2020, ..." dates every clause of the sentence
    if ry and a in ctx.clause_cuts and ctx.text[a : a + 1] == ";" and (lead_period := _LEAD_PERIOD.match(ctx.text)) \
            and lead_period.end() < a and (off := r.relative_offset(lead_period.group())) is not None and off < 0:
        # "During the previous year, the government did not report investigating ...; courts reported convicting one
        # trafficker ...": a period phrase leading the sentence dates its clauses after ";" too, as a leading year does
        # (fix216, chad-2021-prosecution)
        if _period_spans_back(ctx, pos, ry):
            off -= 1
        return ry + off, {"year_inferred"}
    counted = [row for row in ctx.prev_rows if row.value is not None and row.theme in ("prosecution", "protection")]
    if r.back_reference.rx.search(ctx.text) and counted and counted[0].year is not None:
        return counted[0].year, {"year_inferred"}  # the previous sentence's first count (not "the 2009 law")
    if (counted and counted[0].year is not None and _SHARE_VERB.search(ctx.text[max(0, pos - 30) : pos])
            and (_SHARE_OF_THEM.match(ctx.text, pos) or _SHARE_BEFORE.search(ctx.text, 0, pos))):
        # ... and another body's share after it in the sentence ("..., while the Border Police identified 22")
        return counted[0].year, {"year_inferred"}  # "Police identified 25 of them": a share of the total told before
    if counted and counted[0].year is not None and _SAME_PERIOD.search(ctx.text):
        return counted[0].year, {"year_inferred"}  # "during the specified timeframe": the period named before
    if counted and counted[0].year is not None and _OUT_OF_THOSE_CASES.match(ctx.text, pos):
        return counted[0].year, {"year_inferred"}  # "550 suspected traffickers out of those investigations"
    own = _OWN_BRACKET_YEAR.match(ctx.text, pos)
    if own and level == 0 and counted and counted[0].year is not None and int(own.group(1)) == counted[0].year - 1:
        # "In 2019, ... registered 1,334 victims ... The police reported identifying 952 victims (530 in 2018)": a
        # figure compared in its own bracket with the year before the one just counted is of that year (batch 36)
        return counted[0].year, {"year_inferred"}
    if ry:
        return ry, {"year_inferred"}
    return None, {"year_ambiguous"}

#: A previous period leading the sentence, set off by a comma: "During the previous year, ...", "In the prior reporting
#: period, ..." (resolve_year: it dates the clauses after ";" too).
_LEAD_PERIOD = rc.lazy(
    r"^(?:(?:in|by) comparison,? |similarly,? |meanwhile,? )?(?:in|during|throughout|over)\s+(?:the\s+)?"
    r"(?:previous|prior|preceding|last)\s+(?:reporting\s+)?(?:period|year)\s*,",
    IGNORECASE,
)


#: A new sentence run on with its period lost: a lower-case word, then "The" and a lower-case word ("home countries The
#: government’s"; not "in The Hague").
_RUN_ON = rc.lazy(r"(?<=[a-z]) The (?=[a-z])")
#: A list of deeds, each a gerund phrase: "These efforts included initiating ..., convicting ..., and releasing ...".
#: A year that opens a clause after "but": "... but, in 2018, police accommodated ..." (resolve_year).
_BUT_YEAR = rc.lazy(r"\bbut,?\s+(?:in|during)\s+$", re.IGNORECASE)
_DEEDS_LEAD = rc.lazy(r"\b(?:included|including|such as|by)\s+(?:[\w-]+ly\s+)?\w+ing\b", re.IGNORECASE)
#: ... the start of the next item of it.
_NEXT_DEED = rc.lazy(r",\s+(?:and\s+)?(?!(?:including|involving|resulting|leading|bringing|compared|according|"
                     r"totaling|totalling|amounting|ranging)\b)(?:[\w-]+ly\s+)?\w+ing\b", re.IGNORECASE)
#: An "-ing" word after a comma that is a preposition, not the next deed of a list: ", following their conviction".
_PREPOSITION_ING = rc.lazy(r",\s+(?:and\s+)?(?:following|during|pending|regarding|concerning|notwithstanding|"
                           r"excluding|surrounding)\b", re.IGNORECASE)
#: A lead that likens the year to an earlier one: "Similar to the previous reporting period, the government did not
#: report identifying any trafficking victims" (the clause is the year's own; batch 36, qatar-2019).
_LIKE_PERIOD = rc.lazy(
    r"\b(?:{SAME_AS})\s+(?:the\s+|its\s+)?"
    r"(?:previous|prior|last|preceding)\s+(?:two\s+|three\s+)?(?:reporting\s+)?(?:periods?|years?)\b",
    re.IGNORECASE,
)
#: A lead that contrasts the year with earlier ones: "Unlike in previous years, the vast majority of victims identified
#: experienced trafficking within Israel, while only three victims were exploited in the Sinai ..." (the clause is the
#: year's own; batch 56, israel-2020), as _CONTRAST_YEAR's "unlike 2019" dates no clause.
_UNLIKE_PERIOD = rc.lazy(
    r"\b(?:unlike|in contrast (?:to|with)|contrary to)(?:\s+(?:in|during))?\s+(?:the\s+|its\s+)?"
    r"(?:previous|prior|last|preceding|past|earlier)\s+(?:two\s+|three\s+|several\s+|few\s+)?(?:reporting\s+)?"
    r"(?:periods?|years?)\b",
    re.IGNORECASE,
)
#: A figure's own bracket comparing it with a year: "952 victims (530 in 2018)", "252 (91 in 2018)".
#: ... or compared after a comma: "Children comprised 108 of the victims, compared with 62 in 2018".
_OWN_BRACKET_YEAR = rc.lazy(
    r"\S+(?:\s+[\w-]+){0,5}?(?:\s*\([^()]*?|,\s+compared (?:with|to) \S+)\bin ((?:19|20)\d\d)\b")
#: A year and the bracket that opens right after it: "in 2019 (".
_YEAR_BRACKET = rc.lazy(r"\b(?:19|20)\d\d \($")
#: A share's count alone in its bracket after the percentage: "49 percent (339) of identified victims".
_PERCENT_BRACKET = rc.lazy(r"\d(?: ?%| percent| per cent) \($")
#: ... or after a fraction's words, which end right before the bracket: "Approximately one quarter (203) received
#: official trafficking victim status" (batch 158's italy-2015; counts._bracket_of_unread reads them too)
FRACTION_BEFORE = rc.lazy(r"\b(?:one|a|two|three|four) (?:quarters?|thirds?|half|fifths?|tenths?) $", re.IGNORECASE)


def may_hold_number(text: str, lower: str | None) -> bool:
    """False only when ``text`` holds no number (``HAS_NUMBER``): no digit and no number word in it (``lower``: its
    :func:`folded`); a test of a few microseconds where a search of the number pattern costs tens."""
    return lower is None or _DIGIT.search(text) is not None or contains_any(lower, _NUMBER_WORDS)


def is_distractor(ctx: Context, start: int, end: int) -> bool:
    """The number at ``start:end`` is no count: a data year, an age, an article, a percentage ... (worked out once per
    number: several rules ask of the same one)"""
    key = (start, end)
    known = ctx._distractors.get(key)
    if known is None:
        known = ctx._distractors[key] = _is_distractor(ctx, start, end)
    return known


#: A remainder ("the other", "the remaining") before a figure, and a service it received after it.
_REMAINDER = rc.lazy(r"\bthe (?:other|remaining)\s*$", re.IGNORECASE)
#: ... not the rest of victims the sentence already counts as assisted ("the shelter assisted 10 victims; four returned
#: home and the remaining six were given counseling": the six are of the ten)
_ASSISTED_BEFORE = rc.lazy(r"\b(?:assisted|sheltered|served|accommodated|housed|supported|provided|cared for)\b",
                           re.IGNORECASE)
#: ... not one asked about: "did not report whether the remaining 95 identified victims received any assistance"
_WHETHER = rc.lazy(r"\b(?:whether|if)\b[^.;,]*$", re.IGNORECASE)
_SERVED = rc.lazy(
    r" (?:[\w-]+ ){0,3}?(?:received|were given|were provided with|accepted) (?:[\w-]+ ){0,5}?"
    r"(?:support|assistance|care|services|shelter|counsel\w*|treatment)\b",
    re.IGNORECASE,
)


#: A year that names a law after "the": "prosecuted under the 2015 anti-trafficking act", "the 2005 Act to Ban ..."
#: (batch 96's malawi-2017: no count of 2015); not "the 2019 cases under the law" (a count noun before the law's).
_LAW_NAMING_YEAR = rc.lazy(
    r"(?:19|20)\d\d\s+(?:(?!(?:cases?|victims?|under|of|in|for|and|or|investigations?|prosecutions?|convictions?|"
    r"suspects?|traffickers?|defendants?|persons|individuals)\b)[\w-]+\s+){0,4}?"
    r"(?:act|law|code|ordinance|statute|proclamation|decree)\b",
    re.IGNORECASE,
)
_THE_BEFORE = rc.lazy(r"\bthe\s+$", re.IGNORECASE)


#: The victims counted before split between a shelter and another body, up to "the other": "the shelter ... accommodated
#: the three child victims and the ... (MLSP) provided psycho-social services to the other " (residue16).
_SPLIT_WITH_SHELTER = rc.lazy(r"\bshelter\b[^.;]{0,50}? (?:accommodated|housed|sheltered|assisted|served) the \S+ "
                              r"(?:[\w-]+ ){0,2}?victims and [^.;]{0,150}?\bto the other $", re.IGNORECASE)


#: The two sides of care carried over from the period before, shared by the three patterns below: the care that went
#: on, and the victims' identification in that period.
_CARE_CONTINUED = (r"\bcontinued (?:to |providing |giving )?(?:provide |give |offer )?(?:[\w-]+ ){0,2}?"
                   r"(?:care|assist\w*|support\w*|services|assistance|shelter\w*)\b")
_IDENTIFIED_BEFORE = (r"(?:[\w-]+ ){0,3}?(?:who (?:were|had been) )?(?:first )?identified (?:in|during) the "
                      r"(?:previous|prior|preceding|last) (?:reporting )?(?:period|year)\b")

#: Care that went on for victims of the period before: "continued to provide care and assist 18 victims identified in
#: the previous reporting period" (fix211, namibia-2022-protection): carried over (the corpus README), no count of that
#: period's identification nor of the year's care; the plural periods are ``distractors.after``'s already. Both sides
#: of the figure are needed (a figure with "continued to assist" alone is the year's care; with the period alone, the
#: period's figure compared), so the check is here, not in a pattern.
_CONTINUED_CARE_BEFORE = rc.lazy(_CARE_CONTINUED + r"(?: (?:and|to|for|with) (?:[\w-]+ ){0,2}?)?[^.;,\d]{0,30}$",
                                 re.IGNORECASE)
_IN_PREVIOUS_PERIOD_AFTER = rc.lazy(" " + _IDENTIFIED_BEFORE, re.IGNORECASE)

#: ... the whole phrase, taken out of the window that dates the figures beside it (the period is the carried-over
#: victims', not theirs: "providing assistance to all seven identified victims, and continued to ... assist 18 victims
#: identified in the previous reporting period" keeps the seven in the reporting year)
_CARRIED_CARE = rc.lazy(_CARE_CONTINUED + r"[^.;,]{0,40}?\S+ " + _IDENTIFIED_BEFORE, re.IGNORECASE)


def _is_distractor(ctx: Context, start: int, end: int, years: bool = True) -> bool:
    d = rules().distractors
    if (_CONTINUED_CARE_BEFORE.search(ctx.text, max(0, start - 80), start)
            and _IN_PREVIOUS_PERIOD_AFTER.match(ctx.text, end)):
        return True  # "continued to ... assist 18 victims identified in the previous reporting period": carried over
    if (end - start == 4 and _LAW_NAMING_YEAR.match(ctx.text, start)
            and _THE_BEFORE.search(ctx.text, max(0, start - 8), start)):
        return True  # "under the 2015 anti-trafficking act": the year of a law's name, no count
    for year_start, _, _ in ctx.years if years else ():  # a data year (as start in _year_spans(ctx), without the set)
        if year_start == start:
            return True
    if ctx.text.startswith(")", end) and _YEAR_BRACKET.search(ctx.text, max(0, start - 8), start):
        return False  # "victims identified by prosecutors in 2019 (1266)": the year's figure, alone in its bracket
    if ctx.text.startswith(")", end) and _PERCENT_BRACKET.search(ctx.text, max(0, start - 16), start):
        return False  # "49 percent (339) of identified victims received assistance": the share's count
    if (ctx.text.startswith(")", end) and ctx.text[start - 1 : start] == "("
            and FRACTION_BEFORE.search(ctx.text, max(0, start - 20), start - 1)):
        return False  # "one quarter (203) received official victim status": the share's count, as a percentage's
    window = ctx.text[max(0, start - 30) : start]
    before = d.before.rx.search(window) if may_find(d.before.rx, window) else None
    if (before and _REMAINDER.search(before.group()) and _SERVED.match(ctx.text, end)
            and not _WHETHER.search(ctx.text, max(0, start - 60), start)
            and not _ASSISTED_BEFORE.search(ctx.text, 0, start)):
        before = None  # "the other two received ... support": a remainder counted (victims_assisted.remainder-served)
    if (before and _REMAINDER.search(before.group())
            and _SPLIT_WITH_SHELTER.search(ctx.text, max(0, start - 300), start)):
        before = None  # "the shelter ... accommodated the three child victims and the MLSP provided ... services to the
        # other two domestic victims": the rest of the victims split with a shelter (victims_assisted.the-other-split)
    return bool(before or d.after.rx.match(ctx.text[end:])
                or (d.lead is not None and d.lead.rx.match(ctx.text[:start]))
                or (d.places is not None and d.places.rx.match(ctx.text[end:]))
                or (d.study is not None and d.study.rx.match(ctx.text[:start]))
                or (d.restated is not None and d.restated.rx.match(ctx.text[:start]))
                or _foreign_officials(ctx, start) or _identified_abroad(ctx, end))


def _foreign_officials(ctx: Context, start: int) -> bool:
    """Another country's officials are the subject of the figure's sentence (``distractors.foreign_officials``): its
    demonym names no part of the source's country ("South African" in Zimbabwe's narrative; "Zimbabwean" is its own)."""
    rule = rules().distractors.foreign_officials
    country = (ctx.source.country or "").lower()
    m = rule.rx.match(ctx.text[:start]) if rule is not None and country else None
    if not m:
        return False
    names = _place_of(m.group("adj"))
    # another country only when the demonym names one Babel knows ("Danish" in Denmark's narrative names none: kept),
    # and the sentence names the narrative's own country or people after it ("... identifying 30 Zimbabwean women"):
    # its nationals found abroad, no count of its government ("Belgian courts convicted forty persons" is kept)
    # (the narrative's people by a demonym of countries.yml too: "Filipino women" in the Philippines' narrative, whose
    # name's start is not its demonym's; audit6)
    after = rc.sub(r"\W", "", ctx.text[m.end("adj"):].lower())
    return (not names(country) and any(names(t) for t in _territories())
            and any(word in after for word in own_people(country)))


def _identified_abroad(ctx: Context, end: int) -> bool:
    """The figure's people were identified in another country, in the passive with no agent (``distractors.abroad``):
    a country Babel knows that is not the narrative's own ("in Norway" in Eritrea's narrative)."""
    rule = rules().distractors.abroad
    country = (ctx.source.country or "").lower()
    m = rule.rx.match(ctx.text, end) if rule is not None and country else None
    if not m:
        return False
    place = rc.sub(r"^the ", "", m.group("place").lower())
    squeezed = rc.sub(r"\W", "", place)
    return place in _territories() and place != country and not any(w in squeezed for w in own_people(country))


def stage_indicator(word: str) -> str | None:
    """The indicator a stage's word counts ("referred" -> victims_referred, "identifying" -> victims_identified), by
    the stems of extract_rules.yml's ``zero.words``: one table for zeros, comparisons and counts."""
    w = word.lower()
    return next((indicator for stem, indicator in rules().zero.words.items() if w.startswith(stem)), None)


@cache
def own_people(country: str) -> tuple[str, ...]:
    """How a narrative names its own country's people, lower-cased without spaces: the name's start ("zimbab") and
    the demonyms of countries.yml ("filipino")."""
    from tipbrief.sources.countries import lookup

    own = rc.sub(r"\W", "", country)[: max(4, min(6, len(country) - 1))]
    found = lookup(country)
    demonyms = [rc.sub(r"\W", "", d.lower()) for d in (found.demonyms if found else ())]
    return tuple(dict.fromkeys([own, *(d for d in demonyms if len(d) >= 4)]))


#: Words of territory names that name no people on their own ("Republican", "Unit" are no demonyms).
_NAME_WORDS = frozenset({"united", "states", "kingdom", "republic", "islands", "island", "union", "nations", "region",
                         "territories", "of", "the", "and", "sar", "world", "outlying", "unknown", "pseudo", "new",
                         "saint", "st."})
#: How many letters a word of the place's name may go on after the demonym's stem: "Austria" after "austr" (2), not
#: "Christmas" after "chris" (4: "Christian"), nor "Romania" after "rom" ("Roman").
_NAME_TAIL = 3


def _place_of(adj: str) -> Callable[[str], bool]:
    """Whether a place's name (lower case) is the one a demonym names: the name or a word of it starts with the
    demonym's stem ("Austrian" -> "austr", "South African" -> "south afri", "Salvadoran" -> "salvador" of "el
    salvador") and goes on for a few letters at most."""
    low = adj.lower()
    stem = rc.sub(r"(?:ian|ean|an|ese|ish|i)$", "", low)
    key = stem[: max(4, len(stem) - 1)]
    # a word with no demonym's ending names a place only as the place's own word ("Chile", not "Child"); those that
    # have none ("Swiss", "Filipino") are countries.yml's (is_demonym)
    suffixed = stem != low and len(key) >= 3
    known = _demonym_places().get(low, frozenset())  # "Thai" -> thailand, "Filipino" -> philippines (countries.yml)

    def names(place: str) -> bool:
        return place in known or any(word == low or (suffixed and word.startswith(key) and len(word) - len(key)
                                                      <= _NAME_TAIL) for word in _name_words(place))

    return names


@cache
def _name_words(place: str) -> tuple[str, ...]:
    """A place's name and the words of it a demonym may name ("south africa", "south", "africa"; not "republic")."""
    return (place, *(w for w in rc.split(r"[\s-]+", place) if w not in _NAME_WORDS))


def is_demonym(word: str, country: str | None = None) -> bool:
    """Whether a capitalised word is a demonym of a country or territory Babel knows ("Austrian", "Nigerian", "Swedish";
    not "Government"), or, given ``country``, of that country ("Austrian" of Austria)."""
    names = _place_of(word)
    places = (country.lower(),) if country else _territories()
    return word[:1].isupper() and (any(names(t) for t in places) or (
        not country and word.lower() in _demonym_places()))  # "Cypriot", "Dutch": countries.yml's (audit7)


@cache
def _demonym_places() -> dict[str, frozenset[str]]:
    """countries.yml's demonyms (lower case) -> the names of their countries, lower case: its own, its aliases and
    Babel's (the names ``_territories`` gives)."""
    from babel import Locale

    from tipbrief.sources.countries import all_countries

    babel = Locale("en").territories
    places: dict[str, set[str]] = {}
    for c in all_countries():
        names = {c.name.lower(), *(a.lower() for a in c.aliases)}
        if c.alpha_2 in babel:
            names.add(babel[c.alpha_2].lower())
        for d in c.demonyms:
            places.setdefault(d.lower(), set()).update(names)
    return {d: frozenset(n) for d, n in places.items()}


@cache
def _territories() -> tuple[str, ...]:
    """Country and territory names in English (Babel), lower-cased."""
    from babel import Locale

    return tuple(name.lower() for code, name in Locale("en").territories.items() if code.isalpha())


#: Ranks a pattern may read as one thing done ("the fourth prosecution"), besides "first".
_RANKS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def parse_count(text: str) -> tuple[float, set[str]]:
    """Value of a count as written and its flags ("two or three", "1,000-plus" are approximate)."""
    first, _, second = text.partition(" or ")
    if first.lower() in ("a", "an", "first", "the"):  # "convicting a trafficker", "achieved its first conviction",
        # "repatriated the foreign victim": one (a pattern that reads the article before a singular noun, or its
        # "first", says so; "the" only in victims_repatriated.the-one, residue22)
        return 1.0, set()
    if first.lower() in _RANKS:  # "initiating the fourth prosecution": one, its rank among the country's (a pattern
        # that reads the rank as the figure says so: prosecutions.ordinal, batch 174)
        return 1.0, set()
    if first.lower() == "both":  # "services to both victims": two (a pattern that reads "both" as a figure says so)
        return 2.0, set()
    return parse_number(first), ({"approximate"} if second or first.lower().endswith("-plus") else set())


class _RowList(list):
    """The rows kept, indexed by id as they are added or removed (a document of 10,000 figures stays linear)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_id: dict[str, Row] = {}

    def append(self, row: Row) -> None:
        super().append(row)
        self.by_id[row.id] = row

    def remove(self, row: Row) -> None:
        super().remove(row)
        if self.by_id.get(row.id) == row:
            del self.by_id[row.id]


class Rows:
    """Collects rows for one document, filling the columns every row shares."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.rows: _RowList = _RowList()
        self.defs = load_definitions()
        #: the sections (titles) whose paragraphs so far introduced the code's other statutes as criminalizing forms of
        #: trafficking (rules.statements.penalty's ``sections_lead``; a reproduction may break the paragraph after it)
        self.trafficking_leads: set[str] = set()

    def holds(self, row: Row) -> bool:
        """Whether ``row`` (or one equal to it) is kept: ``row in self.rows`` without reading every row."""
        return self.rows.by_id.get(row.id) == row

    def add(
        self,
        ctx: Context,
        indicator: str,
        *,
        number_text: str,
        year: int | None,
        flags: set[str] = frozenset(),
        value: float | None = None,
        value_text: str | None = None,
        unit: str | None = None,
        qualifier: str | None = None,
        confidence: float = 0.9,
        pos: int = 0,
        rule: str,
    ) -> Row:
        """The row for one figure, kept unless a row with its id exists (then returned, not kept)."""
        sent = ctx.sent
        flags = set(flags)
        if qualifier and (qualifier[0] == "“" or qualifier[-1] == "”"):
            # a form the text quotes ("victims of “non-sexual trafficking”", batch 95): its words, less the marks
            qualifier = qualifier.strip("“”").strip() or qualifier
        conf = confidence - 0.1 * ("year_inferred" in flags) - 0.3 * ("year_ambiguous" in flags)
        conf -= 0.05 * ("approximate" in flags)
        row = Row(
            id=row_id(self.source.id, sent.id, indicator, pos, qualifier, unit, year, value, value_text),
            country=self.source.country,
            theme=self.defs[indicator].theme,
            indicator=indicator,
            year=year,
            value=value,
            value_text=value_text,
            unit=unit or self.defs[indicator].unit,
            qualifier=qualifier,
            source_id=self.source.id,
            source_year=self.source.year,
            section=sent.section.title or None,
            sentence_id=sent.id,
            quote=sent.text,
            number_text=number_text,
            start=sent.start,
            end=sent.end,
            flags=flags,
            confidence=round(max(conf, 0.1), 2),
            rule=rule,
            pos=pos,
        )
        if row.id in self.rows.by_id:
            return row
        self.rows.append(row)
        return row

    def _replaced(self, row: Row, **changes: Any) -> Row:
        """``row`` with ``changes`` (learnt after it was made) and the id they give; it replaces ``row`` among the
        kept rows unless a row with the new id is kept already."""
        self.rows.remove(row)
        new = rekeyed(replace(row, **changes))
        if new.id not in self.rows.by_id:
            self.rows.append(new)
        return new

    def with_unit(self, row: Row, unit: str) -> Row:
        """``row`` counted in ``unit``, as :meth:`_replaced` replaces it."""
        return self._replaced(row, unit=unit, flags=set(row.flags))

    def with_indicator(self, row: Row, indicator: str, unit: str) -> Row:
        """``row`` filed under ``indicator`` counted in ``unit`` (a figure compared by its stage's noun alone with a
        figure of another indicator of that stage), as :meth:`_replaced` replaces it."""
        return self._replaced(row, indicator=indicator, theme=self.defs[indicator].theme, unit=unit,
                              flags=set(row.flags))

    def with_year(self, row: Row, year: int, flags: set[str]) -> Row:
        """``row`` dated ``year`` with ``flags`` and the confidence they give (learnt from a later sentence: "During
        the reporting period, the NCCHT issued its new NAP" dates the plan named before without a year)."""
        conf = row.confidence + 0.3 * ("year_ambiguous" in row.flags) - 0.3 * ("year_ambiguous" in flags)
        conf += 0.1 * ("year_inferred" in row.flags) - 0.1 * ("year_inferred" in flags)
        return self._replaced(row, year=year, flags=set(flags), confidence=round(max(conf, 0.1), 2))

    def with_qualifier(self, row: Row, qualifier: str | None, flags: set[str]) -> Row:
        """``row`` filed under ``qualifier`` with ``flags`` (learnt after it was made: the form of the cases its persons
        are in, of the figure it is compared with)."""
        return self._replaced(row, qualifier=qualifier, flags=set(flags))


@cache
def _part_rules() -> list[tuple[re.Pattern, str | None]]:
    """``vocabulary.yml`` ``part_qualifiers``: (regex, qualifier kept or None for its group ``keep``)."""
    return [(compiled(expand(e["match"], "vocabulary.yml part_qualifiers")), e.get("to"))
            for e in vocabulary()["part_qualifiers"]]


@cache
def _stage_noun_part() -> re.Pattern:
    """``vocabulary.yml`` ``stage_noun_parts``: a listed item's words that only repeat the stage's noun
    ("investigations", "new prosecutions") before the statute it is under; the statute is the part (batch 69)."""
    return compiled(expand(vocabulary()["stage_noun_parts"], "vocabulary.yml stage_noun_parts"))


@cache
def _not_parts() -> list[re.Pattern]:
    """``vocabulary.yml`` ``not_parts``: labels that tell what happened to some of a total, no category of it."""
    return [compiled(expand(rx, "vocabulary.yml not_parts")) for rx in vocabulary().get("not_parts", [])]


def no_part(label: str) -> bool:
    """ "received suspended sentences", "investigations continued from previous years": no part of a total."""
    text = label.strip()
    return any(rx.search(text) for rx in _not_parts())


_PART_LEAD = rc.lazy(
    # ("all" stays before a count of forms: "one victim of all three types of exploitation" is one part; batch 38)
    # "74 of these identified victims in sex trafficking": the total restated before the part's form (batch 89)
    r"^(?:(?:of\s+)?(?:these|those)\s+(?:(?:identified|{POTENTIAL})\s+)*victims\s+(?=(?:in|for)\s)"
    r"|(?:identified|{POTENTIAL})\s+victims\s+(?=(?:in|for)\s))?"
    r"(?:(?:were|was|are|is|all(?!\s+(?:two|three|four|five)\s+(?:types|forms|kinds)\b)|for|of|in|to|both|combined)"
    r"\s+)*(?:(?:a|an|the)\s+)?"
    # "89 victims were members of ethnic minority communities": the group is the one named, "members of" no part of
    # its name (as breakdowns._SHARE_BRACKET reads vietnam-2022's "(64) were members of"; batch 225, vietnam-2023)
    r"(?:members\s+of\s+(?:the\s+)?(?=\w))?"
    # "73 were various other nationalities": a word of how many kinds, no part of the part's name
    r"(?:(?:various|several|different|diverse)\s+)?"
    r"(?:(?:officials|persons|individuals|people|traffickers)\s+involved\s+in\s+(?:the\s+)?)?"
    # "of the identified victims were male"
    r"(?:(?:identified\s+|(?:{POTENTIAL})\s+)*(?:victims|persons|individuals)\s+(?:were|was)\s+)?"
    # "23 were trafficking victims exploited abroad": the group is where or how they were exploited
    r"(?:(?:trafficking\s+)?(?:victims|persons|individuals)\s+(?=(?:exploited|subjected|trafficked)\b))?",
    IGNORECASE,
)
_PART_TAIL = rc.lazy(
    # (not a group's origin before the form it "were victims of": batch 86's "women from Russia were victims of sex
    # trafficking", the form's part)
    # (nor before the form the group was exploited in, its places between: "two female adults from Namibia and Zambia
    # exploited in labor trafficking", "two males from the DRC in forced labor"; fixl, namibia-2022 and zambia-2020)
    r"(?:\s+from\s+[A-Z](?!.*\b(?:were|was) victims? of\b)"
    r"(?!(?:[\w’'-]+ ){0,6}?(?:(?:{FORM_VERBS}) (?:in|to|for|into)|in) (?:{FORMS})\b"
    r"|(?:[\w’'-]+ ){0,4}?whose (?:exploitation|form of exploitation) (?:was|is) "
    r"(?:{UNSTATED_KIND})\b).*"
    # a place (or places) where a named kind of work was done, after it: "domestic servitude in Zambia and Namibia",
    # "cattle herding in Namibia" (fixl, zambia-2020): the kind is the part, the place its cell (not after a verb's
    # participle, "trafficked in Thailand", "identified in Lebanon", which keep their words)
    r"|(?<![a-z]ed)\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:(?:,|\s+and|,\s+and)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*"
    r"|\s+(?:primarily|mostly|mainly|largely|predominantly)\s.*|\s+(?:victims?|survivors?)|"
    r"\s+(?:in|during)\s+(?:19|20)\d\d|"
    # "six victims of labor trafficking identified in 2019": the stage's verb after a form is no part's word (batch 84)
    r"(?<=trafficking)\s+(?:identified|assisted|referred)|"
    # "there were 34 child trafficking victims during the reporting period": the period is no part's word (batch 36)
    # (the current period only: "identified in the previous reporting period" keeps its words, a group of its own)
    r"\s+(?:in|during)\s+the\s+(?:current\s+)?(?:reporting\s+period|year)|"
    # "six sex traffickers with sentences ranging from two to 30 years' imprisonment": no part's words
    r"\s+(?:with|receiving|who (?:received|were given)) (?:\w+ )?"
    r"(?:sentences?|prison terms?|terms? of imprisonment)\b.*)+$"
)

#: Quote marks around a part's words (double ones anywhere, single ones at its ends; "children’s" keeps its apostrophe).
_QUOTES = rc.lazy(r"[“”\"]|^[‘']|[’']$")


#: A part's words that name who counted it, in the passive: "(20 were) identified by police", "(eight) officially
#: recognized by law enforcement", "(four) by the Permanent Group"; a year may close them ("... in 2017").
_BY_WHOM = rc.lazy(r"(?:(?:\w+ly )?[a-z]+ed )?by (?:the )?"
                   r"(?P<who>(?-i:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})|[\w -]{2,60}?)"
                   r"(?: (?:in|during) (?:19|20)\d\d)?")


#: A verb denied right before it (vocabulary.yml DENIED): "has never identified a ...", "did not convict any", "did
#: not finalize", "has yet to adopt", "failed to approve" (searched in the text before the verb)
DENIED = rc.lazy(r"\b(?:{DENIED})\s+(?:\w+\s+)?$", IGNORECASE)
#: A denied verb chained to the next one ("has not prosecuted or convicted a trafficker since 2012", "never
#: investigated, prosecuted, and convicted a"): the denial covers the verb after the chain too (batch 162)
DENIED_CHAIN = rc.lazy(r"\b(?:{DENIED})\s+(?:\w+\s+)?\w+(?:ed|e),?(?:\s+\w+(?:ed|e),)*\s+(?:or|and)\s+$", IGNORECASE)
#: "The victim assistance service of the Office of Justice": the capitalised office a unit of it belongs to
_OF_OFFICE = rc.lazy(r"\bof (?:the )?(?P<office>(?-i:[A-Z][\w’'-]*(?: (?:of |for |and |the )*[A-Z][\w’'-]*)*))$")
#: Non-governmental counters, whose shares are filed together
#: (with an article or a word of number before them too: "by an international organization", "by local NGOs";
#: residue21, guyana-2020)
_NGOS = rc.lazy(r"(?:(?:an?|one|two|several|some|other|local|various) )?"
                r"(?:NGOs?|civil society|international organi[sz]ations?|NGOs and international organi[sz]ations)",
                IGNORECASE)


def share_name(who: str, *, body: bool = False) -> str | None:
    """The name a share of a count is filed under ("by <name>") for the words that name who counted it, however the
    text names them (a subject, "The police identified 18", or "by police" after a part): "NGOs or international
    organizations"; a unit of a named office, the office ("victim assistance service of the Office of Justice");
    another name of a body, the name ``vocabulary.yml`` ``body_aliases`` files it under ("public ministry",
    "law enforcement officials"); a body or actor named by its kind alone (``ACTORS``, ``BODIES``), in lower case
    ("Police" -> "police"), as is one whose first word is capitalised only because it opens the sentence
    (``body_common_words``: "Social services" -> "social services"); a body by its own name as written ("Permanent
    Group", "SPAK"). None for lower-case words of another kind ("family members"), unless ``body`` says the words are
    known to name a body."""
    who = who.strip()
    if _NGOS.fullmatch(who):
        return "NGOs or international organizations"
    office = _OF_OFFICE.search(who)
    if office and rc.search(rf"\b(?:{fragments()['BODIES']})\b", office.group("office"), IGNORECASE):
        return office.group("office")
    for words, name in vocabulary().get("body_aliases", {}).items():
        if rc.fullmatch(words, who, IGNORECASE):
            return name
    if rc.fullmatch(rf"(?:{fragments()['ACTORS']}|{fragments()['BODIES']})", who, IGNORECASE):
        return who.lower()
    first, _, rest = who.partition(" ")
    if first.istitle() and first.lower() in vocabulary().get("body_common_words", []) and rest == rest.lower():
        return who[0].lower() + who[1:]  # "Social services identified ...": the capital of the sentence's start
    return who if body or who[:1].isupper() else None


def counted_by(words: str) -> str | None:
    """The share a part's words name by who counted it (:func:`share_name`): "by police", "by law enforcement", "by
    Permanent Group", "by NGOs or international organizations"; None for words of another kind ("exploited by family
    members")."""
    by = _BY_WHOM.fullmatch(words.strip())
    name = share_name(by.group("who")) if by else None
    return f"by {name}" if name else None


def part_qualifier(label: str) -> str:
    """The qualifier a part of a total is filed under (``vocabulary.yml`` ``part_qualifiers``).

    "female sex trafficking victims" -> "sex trafficking", "a foreign victim from Russia" -> "foreign",
    "child victims" -> "children"; a label no entry names is kept as written, less "victims" and its quote marks
    ("“practices similar to slavery,”" -> "practices similar to slavery").
    """
    label = _QUOTES.sub("", label.strip())
    if by := counted_by(label):
        return by  # "20 were identified by police": the police's share
    lead = _PART_LEAD.sub("", label.strip())
    text = _PART_TAIL.sub("", lead).strip() or label.strip()
    # (and with the victims' kind before, or the place alone after the count's own noun: "one potential trafficking
    # victim from Ukraine", "two foreign victims from Syria"; batch 86, bulgaria-2020 and albania-2023)
    place = rc.fullmatch(r"(?:(?:(?:potential|possible|presumed|suspected|trafficking|foreign|identified) )*"
                         r"(?:victims?|survivors?|persons?|individuals?) )?"
                         r"(?P<p>from (?:[A-Z][\w ]+|other (?:[A-Z][\w-]* )*countries))", lead)
    # ("the remaining 24 victims were from other Latin American countries": other countries than the narrative's own;
    # batch 105, panama-2015)
    if place:  # "one was a victim from Albania": a foreign victim (as "one was a foreign victim from Russia")
        return "foreign"
    if other := _OTHER_STATUTES_PART.fullmatch(text):  # "and two under other articles": the part under those (batch 87)
        return rc.sub(r"\s+", " ", other.group("q")).lower()
    named = rc.fullmatch(rf"(?:under|pursuant to) (?:the )?[\w -]+?, (?P<art>(?:Section|Article) {ARTICLE})", text)
    if named:  # "seven under the procurement statute, Section 360(A)": the statute named
        return named.group("art")
    alone = rc.fullmatch(rf"(?:under|pursuant to) (?:the )?(?P<art>[Aa]rticles? {ARTICLE})", text)
    if alone:  # "including 20 under Article 181": the part is the article's
        return f"{alone.group('art')[0].upper()}{alone.group('art')[1:]}"
    article = rc.fullmatch(rf"(?P<part>.+?),? (?:under|pursuant to) (?:the )?(?P<art>[Aa]rticles? {ARTICLE})", text)
    if article:  # "19 for sex trafficking under Article 124": the part and its article
        art = f"{article.group('art')[0].upper()}{article.group('art')[1:]}"
        if _stage_noun_part().fullmatch(article.group("part")):
            return art  # "171 investigations under article 149": the stage's own noun names no part, the article does
        return f"{part_qualifier(article.group('part'))}, {art}"
    for rx, to in _part_rules():
        m = rx.search(text)
        if m:
            if to:
                return to
            keep = m.group("keep")
            # a demonym keeps its capital
            return keep if keep[:1].isupper() else rc.sub(r"labour", "labor", keep.lower())
    return text


#: Parts set off by brackets or dashes: "31 investigations—19 ... under Article 124 and 12 ... under Article 125—".
#: ... and so are the parts a list names: "44 cases in 2009, including 20 under Article 181".
#: (a bracket of a roman numeral alone is part of a law's number, "Law 87(I)", never an aside)
_ASIDE = rc.lazy(
    # (not an article's own letter: "Articles 110(a) and 128(b)")
    r"(?<!\d)\((?![IVX]{1,4}\))[^()]*\)|(?<=\d)\((?!\w{1,3}\))[^()]*\)|—[^—]*—|–[^–]*–|\s-\s[^.;]*?\s-\s"
    r"|,\s*(?:including|of (?:which|whom))\b[^;]*"
    # ... and a part set off by a comma with its own statute: "convicting eight traffickers, two under the Prevention
    # and Combating of Trafficking in Persons Act (PACOTIP)" (the two's statute, not the eight's; batch 148,
    # south-africa-2018-intro; the part is breakdowns.coordinated's)
    rf"|,\s*(?:{NUMBER})\s+(?:under|pursuant to)\s[^,;.()]*"
)
#: A law's number as the country writes it: "26.842", "27.14", "137-03", "87(I)" (a year after "/" is not part of it).
LAW_NUM = r"\d{1,3}\.\d{3}(?![\d.])|\d{1,6}(?:[.-]\d{1,4})?(?:\([IVX]{1,4}\))?"
#: "under Law 4788/12", "under Law No. 2015-14", "under Law 87(I)/2007": the law a count is under, as the text writes
#: it; "under Law 87(I)/2007 and Law 60(I)/2014": each law of a list
_ONE_LAW = rf"Law (?:No\. ?)?(?:{LAW_NUM})(?:/\d+)*(?![\w-])"
_UNDER_LAW = rc.lazy(rf"\b(?:under|using|pursuant to) (?:the )?({_ONE_LAW})((?:,? (?:and |or )?{_ONE_LAW})*)")
#: "under the 2005 Children's Act": an act named by its title in capitals, not the trafficking law (no "traffick" in its
#: name: "under the Human Trafficking Act" is the law every count is under), the count's statute (residue11, batch
#: 82's gambia-2017: "investigated, prosecuted, and convicted one trafficker under the 2005 Children's Act")
_UNDER_NAMED_ACT = rc.lazy(
    r"\bunder (?:the |its )?(?:(?:19|20)\d\d )?(?P<act>(?-i:[A-Z][\w’'-]*)(?: (?:(?-i:[A-Z][\w’'-]*)|of|on|and|for|the|"
    r"against)){0,6}? (?-i:Act))\b(?! of (?:19|20)\d\d\b)")
#: "under Law 87(I)/2007, Law 60(I)/2014 and other laws": the statutes named are not all the count is under
_AND_OTHERS = rc.lazy(
    r",? (?:and|or) (?:\w+ )?(?:other|various|related|several)\b[^.;,]{0,30}?"
    r"\b(?:laws|statutes|articles|sections|provisions|codes)\b"
    # ("under Article 360(c) and the procurement statute": a second statute named by its kind, the count under both,
    # not disaggregated; batch 113's sri-lanka-2015)
    r"|,? (?:and|or) (?:the|its|a) (?:(?!trafficking\b)[\w-]+ ){1,2}?(?:statute|law|code)\b"
)


#: A sentence that opens with the article its counts are under: "Under Article 241, ...", "In 2020, under Articles
#: 240 and 241, ...".
_OPENING_UNDER = rc.lazy(
    r"^(?:(?:In|During) [^,;]{1,30}, )?(?:[Uu]nder|[Pp]ursuant to) (?:the )?[Aa]rticles? [^,;]{1,60},"
)


#: "the government also investigated ...": the counts that follow stand beside the total, not in it
_ALSO = rc.lazy(r"\b(?:also|additionally|separately)\b")
#: "under the 2015 anti-slavery law", "the anti-slavery courts convicted": a law of another kind than the trafficking
#: law (vocabulary.yml OTHER_LAWS), its court naming it too
_OTHER_LAW = rc.lazy(r"\b(?:(?:under|using|pursuant to) (?:the |its )?(?:(?:19|20)\d\d )?|the )({OTHER_LAWS})\b",
                     IGNORECASE)


#: "convicting two traffickers under other articles", "prosecuted five defendants under non-trafficking statutes of
#: the criminal code": a count under statutes other than the trafficking one, right after the count's own words
_OTHER_STATUTES = (r"(?P<q>(?:other|non-trafficking)\s+(?:(?:criminal|penal) code\s+)?"
                   r"(?:articles|statutes|laws|sections|provisions))\b")
_UNDER_OTHER_STATUTES = rc.lazy(
    rf"\s*,?\s*(?:in (?:19|20)\d\d\s+)?(?:under|pursuant to|using) (?:the |its )?{_OTHER_STATUTES}"
)
#: a part's label of the same words: "(10 under Article 181 and two under other articles of the criminal code)"
_OTHER_STATUTES_PART = rc.lazy(
    rf"(?:under|pursuant to|using) (?:the |its )?{_OTHER_STATUTES}(?:\s+of (?:the |its )?(?:criminal|penal) code)?"
)


def under_other_statutes(text: str, end: int) -> str | None:
    """The qualifier of a count whose words (ending at ``end``) go on "under other articles": the statutes as the text
    names them ("other articles", "non-trafficking statutes"), a count beside the trafficking statute's (batch 87,
    belarus-2021: "did not report any convictions under its trafficking statute, it reported convicting two traffickers
    under other articles")."""
    m = _UNDER_OTHER_STATUTES.match(text, end)
    return rc.sub(r"\s+", " ", m.group("q")).lower() if m else None


#: A later clause with a figure of its own after a count, before a statute: ", and it fined 27 others under".
_LATER_FIGURE_CLAUSE = rc.lazy(r"(?:,\s*and|;)\s+(?:[\w’'-]+\s+){0,6}?(?:\d[\d,]*|two|three|four|five|six|seven|eight|"
                               r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\b(?![’'-]?\s*(?:years?|"
                               r"months?)\b)", IGNORECASE)


def statute(ctx: Context, a: int, b: int, pos: int | None = None) -> str | None:
    """The article or law a figure between ``a`` and ``b`` is counted under ("under Article 130.1"), if named.

    Articles of the parts set off by brackets or dashes belong to those parts, never to the total. Given the figure's
    ``pos``, an article and a numbered law after it are taken in the order the text names them: "convicted five
    traffickers ... under Law 20507 in 2014 and handed down 22 convictions ... under Article 367" (the law the five's,
    the article the 22's; batch 110, chile-2015)."""
    text = _ASIDE.sub(lambda m: " " * len(m.group()), ctx.text[a:b])
    m = _UNDER_STATUTE.search(text)
    if m and pos is not None and m.start() > pos - a and _LATER_FIGURE_CLAUSE.search(
            text, min(len(text), pos - a + 1), m.start()):
        return None  # "convicting three local officials ..., and it fined 27 others under Article 51 of the
        # administrative code": the article of a later clause's figure, not this one's (audit13 r2)
    if m and pos is not None and (law := _UNDER_LAW.search(text, max(0, pos - a), m.start())) and not (
            _AND_OTHERS.match(text, law.end())) and not _UNDER_STATUTE.search(text, max(0, pos - a), law.start()):
        return ", ".join((law.group(1), *rc.findall(_ONE_LAW, law.group(2))))
    if m and pos is not None and m.start() < pos - a and (
            later := _UNDER_STATUTE.search(text, pos - a)) and not _UNDER_LAW.search(text, pos - a, later.start()):
        m = later  # "... under Article 12 in 2020 and nine traffickers under Article 14": the nine's own article
    if m and not _AND_OTHERS.match(text, m.end()):
        listed = rc.findall(ARTICLE, m.group(2)) if m.group(2) and rc.search(r"[Aa]rticles ", m.group()) else []
        return ", ".join(f"Article {art}" for art in (m.group(1), *listed))
    m = _UNDER_LAW.search(text) if m is None else None
    if m and not _AND_OTHERS.match(text, m.end()):
        return ", ".join((m.group(1), *rc.findall(_ONE_LAW, m.group(2))))
    m = _UNDER_NAMED_ACT.search(text)
    if m and not rc.search(r"traffick|\bTIP\b", m.group("act"), IGNORECASE) and not _AND_OTHERS.match(text, m.end()):
        return m.group("act")  # "under the 2005 Children's Act" (residue11)
    if other := _OTHER_LAW.search(text):  # "under the 2015 anti-slavery law": that law's count (batch 53)
        return rc.sub(r"\s+(?:law|act|courts?)$", " law", other.group(1).lower())
    # "and the government also investigated 340 persons under Article 600 for slavery, compared to 412 in 2017, and
    # indicted 119, with 81 convictions": the counts an "also" sets beside the total are all under its article
    also = [x.end() for x in _ALSO.finditer(ctx.text, 0, a)]
    if also and (m := _UNDER_STATUTE.search(ctx.text, also[-1], a)) and not rc.search(
        r"\b(?:under|pursuant to)\b|;", ctx.text[m.end() : a]
    ):
        return statute(ctx, m.start(), m.end())
    # "Under Article 241, authorities investigated two new cases, ...": the article that opens the sentence is its
    # counts' (a figure of a later clause under another article has that one, read above)
    if (opening := _OPENING_UNDER.match(ctx.text)) and opening.end() <= b and not rc.search(
        r"\b(?:under|pursuant to)\b|;", ctx.text[opening.end() : max(a, opening.end())], IGNORECASE
    ) and (m := STATUTE.search(opening.group())):
        return ", ".join(f"Article {art}" for art in (m.group(1), *rc.findall(ARTICLE, m.group(2) or "")))
    if rc.search(r"\bunder (?:the|that) (?:specific )?law\b", ctx.text[a:b]) and ctx.prev:
        m = STATUTE.search(ctx.prev.text)
        if m:
            return f"Article {m.group(1)}"
    return None


#: The noun a figure compared with a count names right after it ("(95 cases in 2021)", "(2,500 calls in the preceding
#: period)"), and the nouns each unit of count may be compared in (a victims' count in victims or persons).
#: (any one or two words before the noun, "(310 hotline calls in the previous year)", "(41 labor inspections in
#: 2020)"; and inspections, raids, operations, arrests: audit9 r1's F12)
_COMPARED_NOUN = rc.lazy(r"\s*(?:(?:potential|suspected|identified|new|trafficking|total) )*(?:[a-z-]+ ){0,2}?"
                         r"(?P<noun>calls|cases|victims|suspects|traffickers|defendants|offenders|investigations|"
                         r"prosecutions|convictions|reports|complaints|tips|persons|individuals|people|inspections|raids|"
                         r"operations|arrests)\b", re.IGNORECASE)
_NOUNS_OF_UNIT = {"victims": {"victims", "persons", "individuals", "people"},
                  "cases": {"cases", "investigations", "prosecutions", "convictions"},
                  "persons": {"persons", "individuals", "people", "traffickers", "defendants", "offenders", "suspects"}}


def names_other_noun(after: str, unit: str | None) -> bool:
    """Whether a figure followed by ``after`` counts a noun that a count in ``unit`` is not counted in: "(95 cases in
    2021)" after victims, "(2,500 calls in the preceding period)" after victims (batch 189): another thing's count of
    another year, not the count's figure of that year."""
    m = _COMPARED_NOUN.match(after)
    fits = _NOUNS_OF_UNIT.get(unit or "")
    return bool(m and fits and m.group("noun").lower() not in fits)
