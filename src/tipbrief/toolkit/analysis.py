"""Loading the indicator table for a notebook and turning it into series, latest values and counts.

Everything a chart, a finding or the briefing needs from the table is computed here, once,
so notebooks stay thin and all of them read the data the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from tipbrief import i18n
from tipbrief.errors import ParameterError
from tipbrief.i18n import N_, _
from tipbrief.indicators.definitions import load_definitions
from tipbrief.indicators.table import read_table
from tipbrief.paths import resolve_seeds
from tipbrief.sources.catalog import load_catalog

#: Flags whose rows are not a total for the year and therefore never plotted or compared.
NOT_A_TOTAL = ("breakdown", "range")
TIER_ORDER = (N_("Tier 1"), N_("Tier 2"), N_("Tier 2 Watch List"), N_("Tier 3"))
#: Qualifiers extraction writes from fixed word lists (tier moves, legal steps, funding, groups), marked for the
#: message catalogue; shown through :func:`term`. Categories and topics come from vocabulary.yml (babel.cfg).
QUALIFIERS = (N_("upgrade"), N_("downgrade"), N_("remained"), N_("placed"), N_("rating"), N_("adopted"),
              N_("acceded"), N_("ratified"), N_("drafted"), N_("established"), N_("launched"), N_("operated"),
              N_("party"), N_("signed"), N_("enacted"), N_("passed"), N_("amended"), N_("approved"), N_("shelter"),
              N_("victim assistance"), N_("women"), N_("men"), N_("children"), N_("girls"), N_("boys"),
              N_("sexual exploitation"), N_("exploitation of minors"))
#: Tier qualifiers that say nothing about a change ("placed on Tier 2"), left out of tier histories.
GENERIC_TIER_QUALIFIERS = frozenset({"placed", "rating", "ranked", "ranking"})


@dataclass(frozen=True)
class SourceInfo:
    """What a chart's source line and a footnote say about a document."""

    id: str
    title: str
    year: int | None

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
    sources = {s.id: SourceInfo(s.id, s.title, s.year) for s in catalog.sources}
    return Data(filter_table(table, country, year_from, year_to), sources, country, year_from, year_to)


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


def term(value: object) -> str:
    """A word extraction wrote (qualifier, category, topic, destination) in the briefing's language: the message
    catalogue's translation, else a country's name from CLDR, else the value as written."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    translated = _(text)
    if translated != text or not text or i18n.current() == i18n.DEFAULT:
        return translated
    from tipbrief.sources.countries import lookup

    known = lookup(text)
    return i18n.country(text, known.alpha_2) if known and known.alpha_2 else text


def numeric_rows(table: pd.DataFrame, indicator: str, unit: str | None = None) -> pd.DataFrame:
    """Rows that give a yearly total of ``indicator`` (breakdowns and range ends left out)."""
    rows = table[(table["indicator"] == indicator) & table["value"].notna() & table["year"].notna()]
    if unit is not None:
        rows = rows[rows["unit"].fillna("").str.upper() == unit.upper()]
    keep = [not (_flags(r) & set(NOT_A_TOTAL)) for _, r in rows.iterrows()]
    return rows[keep] if len(rows) else rows


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
    points: list[Point] = []
    for year, by_year in rows.groupby("year", sort=True):
        values = by_year.groupby("value", sort=True)
        for value, same in values:
            points.append(
                Point(
                    year=int(year),
                    value=float(value),
                    ids=tuple(same["id"]),
                    source_ids=tuple(dict.fromkeys(same["source_id"])),
                    source_year=int(same["source_year"].max()),
                    zero_stated=any("zero_stated" in _flags(r) for _, r in same.iterrows()) or float(value) == 0,
                    conflict=values.ngroups > 1,
                )
            )
    return points


def series_groups(table: pd.DataFrame, indicator: str, unit: str | None = None) -> list[tuple[str, list[Point]]]:
    """The series to draw for an indicator: its totals if any source gives one, else one per qualifier.

    Values with different qualifiers (e.g. shelter vs. victim-assistance funding, or convictions
    under one article) measure different things, so they are never compared with each other.
    """
    totals = series(table, indicator, unit, TOTAL)
    if totals:
        return [(TOTAL, totals)]
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


def latest_two(
    table: pd.DataFrame, indicator: str, unit: str | None = None, qualifier: str | None = TOTAL
) -> tuple[Point | None, Point | None]:
    """The latest yearly value of ``indicator`` and the one before it (None where missing)."""
    points = per_year(series(table, indicator, unit, qualifier))
    latest = points[-1] if points else None
    previous = points[-2] if len(points) > 1 else None
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


def latest_tier(table: pd.DataFrame) -> tuple[str, int, str] | None:
    """(tier text, report year, evidence id) of the newest placement; None if no source gives one."""
    history = tier_history(table)
    if history.empty:
        return None
    latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
    return str(latest["tier"]), int(latest["year"]), str(latest["ids"][0])


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
