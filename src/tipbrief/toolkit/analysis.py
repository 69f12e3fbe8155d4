"""Loading the indicator table for a notebook and turning it into series, latest values and counts.

Everything a chart, a finding or the briefing needs from the table is computed here, once,
so notebooks stay thin and all of them read the data the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from tipbrief import i18n
from tipbrief.errors import ParameterError
from tipbrief.i18n import N_, _
from tipbrief.indicators.definitions import load_definitions
from tipbrief.indicators.table import read_table
from tipbrief.paths import resolve_seeds
from tipbrief.sources.catalog import load_catalog

#: Flags whose rows are not a total for the year and therefore never plotted or compared. ``review``: read by the
#: generic reader (rules/generic.py), whose rows on text no rule had seen were right 2 times in 6 (batches 12-13): kept
#: in the table and the appendix with their sentence for the analyst to check, never a headline figure.
NOT_A_TOTAL = ("breakdown", "range", "review")
TIER_ORDER = (N_("Tier 1"), N_("Tier 2"), N_("Tier 2 Watch List"), N_("Tier 3"))
#: Qualifiers extraction writes from fixed word lists (tier moves, legal steps, funding, groups), marked for the
#: message catalogue; shown through :func:`term`. Categories and topics come from vocabulary.yml (babel.cfg).
QUALIFIERS = (N_("upgrade"), N_("downgrade"), N_("remained"), N_("placed"), N_("rating"), N_("adopted"),
              N_("acceded"), N_("ratified"), N_("drafted"), N_("established"), N_("launched"), N_("operated"),
              N_("party"), N_("signed"), N_("enacted"), N_("passed"), N_("amended"), N_("approved"), N_("shelter"),
              N_("victim assistance"), N_("women"), N_("men"), N_("children"), N_("girls"), N_("boys"),
              N_("sexual exploitation"), N_("exploitation of minors"),
              # parts, kinds and agencies the rules write from their word lists (the most frequent in the corpus)
              N_("potential"), N_("female"), N_("male"), N_("adults"), N_("foreign"), N_("foreign nationals"),
              N_("child victims"), N_("adult victims"), N_("officially identified"), N_("transgender"),
              N_("unspecified"), N_("abroad"), N_("arrested"), N_("aggravated"), N_("implemented"), N_("finalized"),
              N_("labor trafficking"), N_("forced criminality"), N_("labor exploitation"), N_("sex exploitation"),
              N_("sex trafficking and forced labor"), N_("sex and labor trafficking"), N_("internal trafficking"),
              N_("transnational trafficking"), N_("transnational"), N_("other forms of exploitation"),
              N_("multiple types of exploitation"), N_("traditional slavery practices"), N_("illegal recruitment"),
              N_("debt bondage"), N_("servitude"), N_("through the hotline"), N_("protective services"),
              N_("emergency assistance"), N_("housing"), N_("by NGOs or international organizations"),
              N_("by police"), N_("by prosecutors"), N_("by the government"), N_("by law enforcement"),
              N_("by labor inspectors"), N_("by the federal government"), N_("by state governments"),
              N_("parent or guardian"), N_("adult female or child victims"))
#: A statute or an agency the rules copy from the text ("Article 130.1", "Law 2016-111 (child victims)", "by ICBF"):
#: the words around the name are translated, the name stays as written
_NAMED = {"Article": N_("Article {name}"), "Section": N_("Section {name}"), "Law": N_("Law {name}"),
          "by": N_("by {name}")}
_NAMED_FORM = re.compile(r"^(Article|Section|Law) (\d\S*)(?: \(([^()]+)\))?$|^(by) (.+)$")
#: Tier qualifiers that say nothing about a change ("placed on Tier 2"), left out of tier histories.
GENERIC_TIER_QUALIFIERS = frozenset({"placed", "rating", "ranked", "ranking"})


@dataclass(frozen=True)
class SourceInfo:
    """What a chart's source line and a footnote say about a document."""

    id: str
    title: str
    year: int | None
    kind: str = ""
    language: str = "en"  # the language its quotes are in (marked as such in a briefing of another language)

    def cite(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


@dataclass
class Data:
    """The rows one notebook works on (one country, one year window) and the sources behind them."""

    table: pd.DataFrame
    sources: dict[str, SourceInfo] = field(default_factory=dict)
    country: str = ""
    year_from: int | None = None
    year_to: int | None = None
    #: the year window left out some of the country's rows, so "no figure" must name the window
    windowed: bool = False

    def theme(self, *themes: str) -> pd.DataFrame:
        """Rows of the given themes."""
        return self.table[self.table["theme"].isin(themes)]

    def source_line(self, rows: pd.DataFrame) -> str:
        """'Sources: title (year); …' for the documents behind ``rows`` (oldest first)."""
        ids = list(dict.fromkeys(rows.sort_values("source_year")["source_id"].dropna()))
        if not ids:
            return _("Sources: none for this selection.")
        infos = [self.sources.get(i, SourceInfo(i, i, None)) for i in ids]
        return _("Sources: {sources}.").format(sources="; ".join(s.cite() for s in infos))


@dataclass(frozen=True)
class Point:
    """One value for one year, with every evidence id that states it."""

    year: int
    value: float
    ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    source_year: int
    zero_stated: bool = False
    conflict: bool = False
    #: the source says it reported none ("did not report any convictions"), which is not a counted zero
    not_reported: bool = False
    #: the word before the figure that makes it inexact ("up to", "more than", "estimated"), "" when exact
    hedge: str = ""
    unit: str = ""
    #: the figure as the source writes it when digits would lose its meaning ("two or three")
    as_written: str = ""


def load(
    table_path: str | Path = "",
    seeds_dir: str | Path = "",
    country: str = "",
    year_from: int | None = None,
    year_to: int | None = None,
) -> Data:
    """Read the table (or extract it from ``seeds_dir`` when ``table_path`` is empty) and filter it."""
    seeds = resolve_seeds(seeds_dir)
    if table_path:
        table = read_table(Path(table_path))
    else:
        from tipbrief.indicators.extract import extract_corpus  # imported late: extraction is heavy and optional here

        table = extract_corpus(seeds)
    catalog = load_catalog(seeds)
    sources = {s.id: SourceInfo(s.id, s.title, s.year, str(getattr(s.kind, "value", s.kind) or ""),
                                str(getattr(s, "language", "") or "en"))
               for s in catalog.sources}
    of_country = filter_table(table, country)
    rows = filter_table(of_country, "", year_from, year_to)
    return Data(rows, sources, country, year_from, year_to, windowed=len(rows) < len(of_country))


def filter_table(
    table: pd.DataFrame, country: str = "", year_from: int | None = None, year_to: int | None = None
) -> pd.DataFrame:
    """Rows of ``country`` (any when empty) whose year (else source year) lies in the window."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise ParameterError(f"year_from {year_from} is after year_to {year_to}")
    rows = table
    if country:
        rows = rows[rows["country"].str.casefold() == country.casefold()]
    when = rows["year"].fillna(rows["source_year"])
    keep = pd.Series(True, index=rows.index)
    if year_from is not None:
        keep &= when.ge(year_from).fillna(False)
    if year_to is not None:
        keep &= when.le(year_to).fillna(False)
    return rows[keep.astype(bool)].reset_index(drop=True)


def _flags(row: pd.Series) -> set[str]:
    flags = row.get("flags")
    return set() if pd.isna(flags) else set(str(flags).split(";"))


def label(indicator: str) -> str:
    """Human label of an indicator ('victims_identified' -> 'Victims identified')."""
    definition = load_definitions().get(indicator)
    return _(definition.label) if definition else indicator.replace("_", " ").capitalize()


def own_label(indicator: str, qualifier: str | None) -> str | None:
    """The definition's name of its own for an indicator's rows of one qualifier ('National action plan budget',
    not 'Funding for victim protection (national action plan)'), else None."""
    definition = load_definitions().get(indicator)
    named = definition.qualified_labels.get(qualifier or "") if definition else None
    return _(named) if named else None


def series_label(indicator: str, qualifier: str | None) -> str:
    """The name of an indicator's series of one qualifier: 'Victims identified (potential)', or its own name."""
    return own_label(indicator, qualifier) or label(indicator) + (f" ({term(qualifier)})" if qualifier else "")


def event_text(indicator: str, text: object) -> str:
    """A dated step's name in the briefing's language: its label when the source names it only by its kind
    ("hotline" -> "Hotline", "Горячая линия"), else the source's name as :func:`term` gives it."""
    definition = load_definitions().get(indicator)
    kind = (definition.label if definition else indicator.replace("_", " ")).casefold()
    if str(text).strip().casefold() in (kind, kind + "s"):
        return label(indicator)
    return term(text)


def term(value: object) -> str:
    """A word extraction wrote (qualifier, category, topic, destination) in the briefing's language: the message
    catalogue's translation, else a country's name from CLDR, else the value as written."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    translated = _(text)
    if translated != text or not text or i18n.current() == i18n.DEFAULT:
        return translated
    if ", " in text:  # several words joined by extraction ("acceded, ratified"): each one translated
        return ", ".join(term(part) for part in text.split(", "))
    if named := _NAMED_FORM.match(text):
        word, name, part = (named[1], named[2], named[3]) if named[1] else (named[4], named[5], None)
        return _(_NAMED[word]).format(name=name) + (f" ({term(part)})" if part else "")
    from tipbrief.sources.countries import lookup

    known = lookup(text)
    return i18n.country(text, known.alpha_2) if known and known.alpha_2 else text


def converted_only(table: pd.DataFrame, indicator: str, currency: str) -> bool:
    """True when every amount of ``indicator`` in U.S. dollars is the source's conversion of an amount it states in
    another currency (the same sentence and year: "430,000 cedis ($37,390)"): no second amount of its own."""
    rows = numeric_rows(table, indicator)
    units = rows["unit"].fillna("").str.upper()
    mine, others = rows[units == currency.upper()], rows[units != currency.upper()]
    stated = set(zip(others["source_id"], others["sentence_id"], others["year"], strict=True))
    return currency.upper() == "USD" and not mine.empty and all(
        key in stated for key in zip(mine["source_id"], mine["sentence_id"], mine["year"], strict=True))


def _yearly_rows(table: pd.DataFrame, indicator: str, unit: str | None, not_a_total: set[str]) -> pd.DataFrame:
    """Rows of ``indicator`` with a value and a year (in ``unit`` if given), counts of what was done (no capacity or
    plan), whose flags of :data:`NOT_A_TOTAL` are exactly ``not_a_total``."""
    rows = table[(table["indicator"] == indicator) & table["value"].notna() & table["year"].notna()]
    if unit is not None:
        rows = rows[rows["unit"].fillna("").str.upper() == unit.upper()]
    keep = [_flags(r) & set(NOT_A_TOTAL) == not_a_total and not figure_kind(r) for _, r in rows.iterrows()]
    return rows[keep] if len(rows) else rows


def numeric_rows(table: pd.DataFrame, indicator: str, unit: str | None = None) -> pd.DataFrame:
    """Rows that give a yearly total of ``indicator`` (breakdowns and range ends left out)."""
    return _yearly_rows(table, indicator, unit, set())


#: Units of rows whose value is no figure of the world: a tier's rank, a count of mentions, a text, a period.
NOT_FIGURES = frozenset({"tier", "mentions", "text", "period"})


def figure_rows(table: pd.DataFrame) -> pd.DataFrame:
    """Rows that state a figure (a count, an amount, a term), not a tier, a mention or a text."""
    return table[table["value"].notna() & ~table["unit"].fillna("").isin(NOT_FIGURES)]


#: Kinds of figure that are not a count of what happened: what could be done, or what is planned.
NOT_A_COUNT = ("capacity", "planned")
_CAPACITY = re.compile(r"\b(?:authority|authori[sz]ed|capacity|empowered|mandated?)\s+(?:\w+\s+)?(?:to|of|for)\b",
                       re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|will|would|targets?|targeted|"
                      r"expects?|expected|pledged?|committed|proposed?|envisag\w*)\b", re.IGNORECASE)
_NOT_REPORTED = re.compile(r"\bnot\s+(?:report|provide|disclose|share|make\s+available|publish)\w*|"
                           r"\bno\s+(?:data|information|statistics|figures?)\b|\bunable\s+to\s+provide\b|"
                           r"\bnot\s+available\b", re.IGNORECASE)
#: Words before a figure that make it inexact, by what they say about the true value (compared as classes);
#: N_ marks them for translation (the Russian briefing shows "более 1 000 000" for "more than one million").
HEDGES: dict[str, tuple[str, ...]] = {
    "at most": (N_("up to"), N_("no more than"), N_("at most"), N_("fewer than"), N_("less than"), N_("under"),
                N_("maximum of")),
    "at least": (N_("more than"), N_("at least"), N_("over"), N_("in excess of"), N_("upwards of"),
                 N_("minimum of")),
    "about": (N_("approximately"), N_("an estimated"), N_("estimated"), N_("about"), N_("around"), N_("roughly"),
              N_("some"), N_("nearly"), N_("almost"), N_("close to"), N_("reportedly")),
}
_HEDGE_WORDS = sorted((re.escape(w) for ws in HEDGES.values() for w in ws), key=len, reverse=True)
_HEDGE = re.compile(r"\b(" + "|".join(_HEDGE_WORDS) + r")\s+(?:\w+\s+)?$", re.IGNORECASE)


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def _before(row: pd.Series, chars: int = 60) -> str:
    """The clause of the quote that leads up to the figure (after the last comma, semicolon or dash)."""
    quote, figure = " ".join(_text(row.get("quote")).split()), _text(row.get("number_text"))
    at = quote.find(figure) if figure else -1
    lead = quote[max(0, at - chars):at] if at >= 0 else ""
    return re.split(r"[,;:—–]|\s-\s", lead)[-1]


def figure_kind(row: pd.Series) -> str:
    """'capacity' or 'planned' when the row states what could be done or is planned, not a count; else ''.

    Read from the qualifier or flags when the table marks it, else from the words leading up to the figure
    ("60 inspectors have authority to carry out 2,000 inspections annually")."""
    marks = {_text(row.get("qualifier")).casefold()} | _flags(row)
    for kind in NOT_A_COUNT:
        if kind in marks:
            return kind
    if pd.isna(row.get("value")) or _text(row.get("unit")) in NOT_FIGURES:
        return ""
    lead = _before(row)
    if _CAPACITY.search(lead):
        return "capacity"
    if _PLANNED.search(lead):
        return "planned"
    return ""


def not_reported(row: pd.Series) -> bool:
    """The source says none was reported ("did not report any convictions"): flag ``not_reported``, or a
    stated zero whose words are about reporting."""
    if "not_reported" in _flags(row):
        return True
    if "zero_stated" not in _flags(row) or _text(row.get("value")) in ("", "<NA>") or float(row["value"]) != 0:
        return False
    words = _text(row.get("number_text"))
    return bool(_NOT_REPORTED.search(words) or _NOT_REPORTED.search(_before(row, 40) + " " + words))


def hedge(row: pd.Series) -> str:
    """The word that makes the figure inexact as the source writes it ("up to", "more than", "estimated"),
    'approximately' for a row flagged approximate without one; '' for an exact figure."""
    m = _HEDGE.search(_before(row, 40))
    if m and (_once(row) or "approximate" in _flags(row)):
        return m.group(1).lower()
    return "approximately" if "approximate" in _flags(row) and not as_written(row) else ""


def _once(row: pd.Series) -> bool:
    """Whether the figure's words occur once in its quote: in "prosecuting at least 24 defendants ..., compared with
    24 prosecutions" the words before the first 24 are not those of the second, so its hedge is the table's flag."""
    figure = _text(row.get("number_text"))
    quote = " ".join(_text(row.get("quote")).split())
    return len(re.findall(r"(?<![\w.,])" + re.escape(figure) + r"(?![\w])", quote)) <= 1 if figure else True


def hedge_class(word: str) -> str:
    """'at most', 'at least', 'about' or '' (exact): what a hedge word says about the true value."""
    return next((k for k, words in HEDGES.items() if word.lower() in words), "about" if word else "")


def as_written(row: pd.Series) -> str:
    """The figure's own words when they are not one number ("two or three"), else ''."""
    words = _text(row.get("number_text"))
    return words if "approximate" in _flags(row) and re.search(r"\bor\b|\bto\b|-", words) and len(words) < 30 else ""


def comparable(a: Point, b: Point) -> bool:
    """Whether two values measure the same thing the same way: same unit (blank matches any), same kind of
    hedge ("up to one million" and "more than one million" are not), neither one a 'none reported'
    against a hedged figure."""
    if a.unit and b.unit and a.unit.casefold() != b.unit.casefold():
        return False
    return hedge_class(a.hedge) == hedge_class(b.hedge) and not (a.as_written or b.as_written)


#: ``qualifier`` argument meaning "rows without a qualifier" (totals, not per statute or per purpose).
TOTAL = ""


def series(table: pd.DataFrame, indicator: str, unit: str | None = None, qualifier: str | None = TOTAL) -> list[Point]:
    """Points by year; a year whose sources disagree yields one point per value, each marked ``conflict``.

    ``qualifier`` picks the rows: TOTAL (default) those without one, a text those with that
    qualifier, None all rows. Years without data yield nothing: a gap stays a gap.
    """
    rows = numeric_rows(table, indicator, unit)
    if qualifier is not None:
        rows = rows[rows["qualifier"].fillna("") == qualifier]
    return _points(rows)


def _points(rows: pd.DataFrame) -> list[Point]:
    """The points of rows of one measure, by year (see :func:`series`)."""
    points: list[Point] = []
    for year, by_year in rows.groupby("year", sort=True):
        values = by_year.groupby("value", sort=True)
        # values in different units (7 cases, 18 persons) are two measures, not sources that disagree
        units = {value: {_text(u).casefold() for u in same["unit"]} for value, same in values}
        for value, same in values:
            records = [r for _, r in same.iterrows()]
            hedges = [hedge(r) for r in records]
            points.append(
                Point(
                    year=int(year),
                    value=float(value),
                    ids=tuple(same["id"]),
                    source_ids=tuple(dict.fromkeys(same["source_id"])),
                    source_year=int(same["source_year"].max()),
                    zero_stated=any("zero_stated" in _flags(r) for r in records) or float(value) == 0,
                    conflict=any(other != value and ("" in mine or "" in theirs or bool(mine & theirs))
                                 for mine in [units[value]] for other, theirs in units.items()),
                    # "none reported" only when every source of the value says so; one that counts zero wins
                    not_reported=float(value) == 0 and all(not_reported(r) for r in records),
                    # an exact statement of the value wins over a hedged one
                    hedge="" if "" in hedges else hedges[0],
                    unit=next((u for u in (_text(r.get("unit")) for r in records) if u), ""),
                    as_written=next((w for w in (as_written(r) for r in records) if w), ""),
                )
            )
    return points


def parts_only(table: pd.DataFrame, indicator: str, unit: str | None = None) -> dict[int, list[tuple[str, Point]]]:
    """Years in which the sources give only parts of ``indicator`` (by form, group or agency: "425 for sex
    trafficking and 53 for labor trafficking") and no figure of it otherwise: {year: [(qualifier, point), ...]}.

    The briefing shows them as parts; it never adds them up into a total the source does not state."""
    rows = _yearly_rows(table, indicator, unit, {"breakdown"})  # parts, no range's end or figure under review
    rows = rows[~rows["year"].isin(set(numeric_rows(table, indicator, unit)["year"]))]
    out: dict[int, list[tuple[str, Point]]] = {}
    for qualifier, same in rows.groupby(rows["qualifier"].fillna(""), sort=True):
        for point in _points(same):
            out.setdefault(point.year, []).append((str(qualifier), point))
    return {year: sorted(out[year], key=lambda part: -part[1].value) for year in sorted(out)}  # largest part first


def series_groups(table: pd.DataFrame, indicator: str, unit: str | None = None) -> list[tuple[str, list[Point]]]:
    """The series to draw for an indicator: its totals if any source gives one (with the counts of a class of their
    own beside them, the definition's ``own_counts``: potential victims), else one per qualifier.

    Values with different qualifiers (e.g. shelter vs. victim-assistance funding, or convictions
    under one article) measure different things, so they are never compared with each other.
    """
    totals = series(table, indicator, unit, TOTAL)
    if totals:
        definition = load_definitions().get(indicator)
        own = definition.own_counts if definition else ()
        return [(TOTAL, totals), *((q, pts) for q in own if (pts := series(table, indicator, unit, q)))]
    rows = numeric_rows(table, indicator, unit)
    qualifiers = sorted(set(rows["qualifier"].dropna()) - {""})
    return [(q, pts) for q in qualifiers if (pts := series(table, indicator, unit, q))]


def per_year(points: list[Point]) -> list[Point]:
    """One point per year: where sources conflict, the one from the newest source (still marked)."""
    best: dict[int, Point] = {}
    for p in points:
        if p.year not in best or (p.source_year, len(p.ids)) > (best[p.year].source_year, len(best[p.year].ids)):
            best[p.year] = p
    return [best[y] for y in sorted(best)]


def per_year_and_unit(points: list[Point]) -> list[Point]:
    """One point per year and unit (7 cases and 18 persons in one year are both kept; values without a unit join
    the one unit the others state), by year; within a year the unit of the year before comes first."""
    units: dict[str, list[Point]] = {}
    for p in points:
        units.setdefault(p.unit.strip().casefold(), []).append(p)
    if "" in units and len(units) == 2:
        blank = units.pop("")
        units[next(iter(units))].extend(blank)
    chosen = [p for group in units.values() for p in per_year(group)]
    out: list[Point] = []
    for year in sorted({p.year for p in chosen}):
        last = out[-1].unit.casefold() if out else ""
        out += sorted((p for p in chosen if p.year == year), key=lambda p: (p.unit.casefold() != last, p.unit))
    return out


def latest_two(
    table: pd.DataFrame, indicator: str, unit: str | None = None, qualifier: str | None = TOTAL
) -> tuple[Point | None, Point | None]:
    """The latest yearly value of ``indicator`` and the one before it (None where missing)."""
    every = series(table, indicator, unit, qualifier)
    points = per_year(every)
    latest = points[-1] if points else None
    previous = points[-2] if len(points) > 1 else None
    if latest is not None and previous is not None and not comparable(latest, previous):
        # a year stated in two units ("seven prosecutions involving 18 alleged traffickers, compared with 18"):
        # the pair of years in one unit is the change a reader can compare
        later = per_year([p for p in every if p.year == latest.year and comparable(p, previous)])
        earlier = per_year([p for p in every if p.year == previous.year and comparable(p, latest)])
        if later:
            latest = later[0]
        elif earlier:
            previous = earlier[0]
    return latest, previous


@dataclass(frozen=True)
class KeyFigure:
    """An indicator's latest value and the change from the year with data before it."""

    indicator: str
    label: str
    latest: Point | None
    previous: Point | None

    @property
    def change(self) -> float | None:
        if self.latest is None or self.previous is None:
            return None
        return self.latest.value - self.previous.value


def key_figures(
    table: pd.DataFrame,
    indicators: tuple[str, ...] | list[str] = ("investigations", "prosecutions", "convictions", "victims_identified"),
) -> list[KeyFigure]:
    """Latest value and previous value of each indicator, for the key-figures box."""
    return [KeyFigure(i, label(i), *latest_two(table, i)) for i in indicators]


def tier_history(table: pd.DataFrame) -> pd.DataFrame:
    """Tier placements by report year: columns year, tier, qualifier, ids, source_ids, conflict."""
    rows = table[(table["indicator"] == "tier") & table["value_text"].notna() & table["year"].notna()]
    out = []
    for year, by_year in rows.groupby("year", sort=True):
        tiers = list(dict.fromkeys(by_year["value_text"]))
        for tier in tiers:
            same = by_year[by_year["value_text"] == tier]
            named = dict.fromkeys(same["qualifier"].dropna())
            qualifiers = [q for q in named if q and q not in GENERIC_TIER_QUALIFIERS]
            out.append(
                {
                    "year": int(year),
                    "tier": str(tier),
                    "qualifier": ", ".join(qualifiers),
                    "ids": tuple(same["id"]),
                    "source_ids": tuple(dict.fromkeys(same["source_id"])),
                    "source_year": int(same["source_year"].max()),
                    "conflict": len(tiers) > 1,
                }
            )
    return pd.DataFrame(out, columns=["year", "tier", "qualifier", "ids", "source_ids", "source_year", "conflict"])


def latest_tier(table: pd.DataFrame, kinds: dict[str, str] | None = None) -> tuple[str, int, str] | None:
    """(tier text, report year, evidence id) of the newest placement (from its most authoritative source when
    ``kinds`` maps source ids to catalog kinds); None if no source gives one."""
    found = status(table, kinds or {})
    return (found.tier, found.year, found.ids[0]) if found else None


#: Catalog kinds by authority for what a report states (first is best); the rest rank after these.
AUTHORITY = ("government report", "UN agency report", "diplomatic cable", "statistics", "court decision",
             "NGO report", "academic paper", "encyclopedia article", "news article", "other")
#: Kinds that restate another document rather than state it themselves.
SECONDARY = frozenset({"encyclopedia article", "news article", "other", ""})


def authority(kind: str) -> int:
    """Rank of a catalog kind (0 is most authoritative; unknown kinds last)."""
    return AUTHORITY.index(kind) if kind in AUTHORITY else len(AUTHORITY)


@dataclass(frozen=True)
class Status:
    """The current tier placement, the kind of source behind it and, when only a secondary source states it,
    the newest placement a primary source gives."""

    tier: str
    year: int
    qualifier: str
    ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    kind: str
    secondary: bool
    primary: Status | None = None


def status(table: pd.DataFrame, kinds: dict[str, str]) -> Status | None:
    """The newest report year's placement, as its most authoritative source states it (a report before a
    news summary); ``primary`` names the newest placement a primary source gives when the current one is
    only secondary. ``kinds`` maps source ids to catalog kinds (missing: unknown, i.e. secondary)."""
    rows = table[(table["indicator"] == "tier") & table["value_text"].notna() & table["year"].notna()]
    if rows.empty:
        return None

    def best(candidates: pd.DataFrame) -> Status:
        def rank(r: pd.Series) -> tuple[int, int, str]:
            newest = -int(r["source_year"]) if pd.notna(r["source_year"]) else 0
            return authority(kinds.get(str(r["source_id"]), "")), newest, str(r["id"])

        top = min((r for _, r in candidates.iterrows()), key=rank)
        top_kind = kinds.get(str(top["source_id"]), "")
        same = candidates[(candidates["value_text"] == top["value_text"])
                          & candidates["source_id"].map(lambda s: kinds.get(str(s), "")).eq(top_kind)]
        qualifiers = [q for q in dict.fromkeys(same["qualifier"].dropna()) if q and q not in GENERIC_TIER_QUALIFIERS]
        kind = kinds.get(str(top["source_id"]), "")
        return Status(str(top["value_text"]), int(top["year"]), ", ".join(qualifiers), tuple(same["id"]),
                      tuple(dict.fromkeys(same["source_id"])), kind, kind in SECONDARY)

    current = best(rows[rows["year"] == rows["year"].max()])
    if current.secondary:
        primary_rows = rows[~rows["source_id"].map(lambda s: kinds.get(str(s), "")).isin(SECONDARY)]
        if not primary_rows.empty:
            primary = best(primary_rows[primary_rows["year"] == primary_rows["year"].max()])
            return replace(current, primary=primary)
    return current


def _topic_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def recurrence(table: pd.DataFrame, min_reports: int = 1) -> pd.DataFrame:
    """Recommendations by topic (the qualifier; the text when it is none or "other"): report years, count, span.

    Columns: topic, years (tuple), reports, first, last, span, ids. Sorted by reports then span.
    """
    rows = table[(table["indicator"] == "recommendation") & table["value_text"].notna()]
    groups: dict[str, dict] = {}
    for _i, row in rows.iterrows():
        known = pd.notna(row["qualifier"]) and row["qualifier"] and row["qualifier"] != "other"
        topic = row["qualifier"] if known else row["value_text"]  # "other": no topic, the text itself
        key = _topic_key(str(topic))
        year = row["year"] if pd.notna(row["year"]) else row["source_year"]
        if not key or pd.isna(year):
            continue
        entry = groups.setdefault(key, {"topic": str(topic), "years": set(), "ids": []})
        entry["years"].add(int(year))
        entry["ids"].append(str(row["id"]))
    out = []
    for entry in groups.values():
        years = tuple(sorted(entry["years"]))
        if len(years) >= min_reports:
            out.append(
                {
                    "topic": entry["topic"],
                    "years": years,
                    "reports": len(years),
                    "first": years[0],
                    "last": years[-1],
                    "span": years[-1] - years[0] + 1,
                    "ids": tuple(entry["ids"]),
                }
            )
    frame = pd.DataFrame(out, columns=["topic", "years", "reports", "first", "last", "span", "ids"])
    return frame.sort_values(["reports", "span", "topic"], ascending=[False, False, True]).reset_index(drop=True)


def mentions(table: pd.DataFrame, indicator: str) -> pd.DataFrame:
    """Which source names which category (destination, sector…): columns value, source_id, source_year, ids."""
    rows = table[(table["indicator"] == indicator) & table["value_text"].notna()]
    out = []
    for (value, source_id), same in rows.groupby(["value_text", "source_id"], sort=True):
        out.append(
            {
                "value": str(value),
                "source_id": str(source_id),
                "source_year": int(same["source_year"].max()) if same["source_year"].notna().any() else None,
                "ids": tuple(same["id"]),
            }
        )
    return pd.DataFrame(out, columns=["value", "source_id", "source_year", "ids"])


def events(
    table: pd.DataFrame, indicators: tuple[str, ...] = ("convention", "law", "action_plan", "hotline")
) -> pd.DataFrame:
    """Dated legal and policy events: columns year, indicator, text, qualifier, ids (one row per event)."""
    rows = table[table["indicator"].isin(indicators) & table["value_text"].notna() & table["year"].notna()]
    out = []
    for (year, indicator, text), same in rows.groupby(["year", "indicator", "value_text"], sort=True):
        qualifiers = [q for q in dict.fromkeys(same["qualifier"].dropna()) if q]
        out.append(
            {
                "year": int(year),
                "indicator": str(indicator),
                "text": str(text),
                "qualifier": ", ".join(qualifiers),
                "ids": tuple(same["id"]),
            }
        )
    return pd.DataFrame(out, columns=["year", "indicator", "text", "qualifier", "ids"])


def window(data: Data) -> str:
    """' for 2005-2010' when the notebook's year window left out some of the sources' figures, else '' (an empty
    chart of a country whose sources give no such figure says so without naming a window nobody asked for)."""
    if data.windowed and data.year_from is not None and data.year_to is not None:
        return _(" for {start}-{end}").format(start=data.year_from, end=data.year_to)
    return ""


def briefing_date() -> dt.date:
    """The date the briefing is written: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    return i18n.today()


#: Years between the latest data and the briefing date from which the briefing warns that data are old.
STALE_AFTER = 2


def of_themes(table: pd.DataFrame, themes: Sequence[str] = (), indicators: Sequence[str] = ()) -> pd.DataFrame:
    """The rows of ``themes`` and/or ``indicators`` (all rows when both are empty)."""
    rows = table[table["theme"].isin(list(themes))] if themes else table
    return rows[rows["indicator"].isin(list(indicators))] if indicators else rows


def latest_year(table: pd.DataFrame, themes: Sequence[str] = (),
                indicators: Sequence[str] = (), totals: bool = False) -> int | None:
    """The latest data year of the rows of ``themes`` and/or ``indicators`` (all rows when both are empty): the
    year a figure refers to, not when the document was published; None when no row has one. With ``totals``,
    of the rows without a qualifier only (what the key figures show: a part of a later year is not its total)."""
    rows = of_themes(table, themes, indicators)
    if totals:
        rows = rows[rows["qualifier"].fillna("") == TOTAL]
    years = rows["year"].dropna()
    return int(years.max()) if len(years) else None


def update_report_year(on: dt.date) -> int:
    """Year of the newest U.S. TIP Report on ``on`` (published each June; the report of year Y covers Y-1)."""
    return on.year if on.month >= 7 else on.year - 1


#: Topic of a recommendation that names none of the vocabulary's topics (it groups nothing).
OTHER_TOPIC = "other"


def recommendations(table: pd.DataFrame) -> pd.DataFrame:
    """Each recommendation once, with its text and topics, and the reports that make one on a topic it shares.

    Both table shapes: one row per recommendation (``value_text`` its text, ``qualifier`` its topic) and
    one row per recommendation and topic. Columns: text, topics (tuple), year, source_id, ids, reports
    (how many report years make a recommendation on one of its topics, itself included), years (tuple).
    Newest first, then by reports.
    """
    rows = table[(table["indicator"] == "recommendation") & table["value_text"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=["text", "topics", "year", "source_id", "ids", "reports", "years"])
    items: dict[tuple[str, str], dict] = {}
    topic_years: dict[str, set[int]] = {}
    for _i, row in rows.iterrows():
        year = row["year"] if pd.notna(row["year"]) else row["source_year"]
        if pd.isna(year):
            continue
        quote = " ".join(_text(row.get("quote")).split())
        text = " ".join(_text(row["value_text"]).split())
        full = quote if text.endswith(("...", "…")) and quote.startswith(text.rstrip(".…")[:40]) else text
        topic = _text(row["qualifier"]).strip()
        key = (str(row["source_id"]), _topic_key(full))
        entry = items.setdefault(key, {"text": full, "topics": [], "year": int(year),
                                       "source_id": str(row["source_id"]), "ids": [], "names": {}})
        entry["ids"].append(str(row["id"]))
        if topic.casefold() == OTHER_TOPIC:
            topic = ""  # "other" names no topic: only the same text recurs
        tkey = _topic_key(topic or full)
        if tkey and tkey not in entry["topics"]:
            entry["topics"].append(tkey)
        topic_years.setdefault(tkey, set()).add(int(year))
        entry["names"][tkey] = topic
    out = []
    for entry in items.values():
        years = sorted({y for t in entry["topics"] for y in topic_years.get(t, set())})
        topics = tuple(entry["names"][t] for t in entry["topics"] if entry["names"][t])
        out.append({"text": entry["text"], "topics": topics, "year": entry["year"], "source_id": entry["source_id"],
                    "ids": tuple(entry["ids"]),
                    "reports": len(years), "years": tuple(years)})
    frame = pd.DataFrame(out, columns=["text", "topics", "year", "source_id", "ids", "reports", "years"])
    return frame.sort_values(["year", "reports", "text"], ascending=[False, False, True]).reset_index(drop=True)
