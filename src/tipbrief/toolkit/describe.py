"""Alt text for charts, written from the data each chart plots, so a reader who cannot see it reads what it shows.

Every sentence goes through :func:`tipbrief.i18n._` and every value through :func:`tipbrief.i18n.number`, so
the Russian edition describes its charts in Russian. Years are written as digits (never grouped).
"""

from __future__ import annotations

from collections.abc import Sequence

from tipbrief.i18n import _, ngettext, number
from tipbrief.toolkit.analysis import Point, per_year

#: At most this many items are named in a list (categories, topics, steps); the rest are counted.
MAX_ITEMS = 5


def _lower_first(text: str) -> str:
    """'Convictions' -> 'convictions' mid-sentence; acronyms ('NGO shelters', 'U.S.') keep their case."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text[1] not in ".":
        return text[0].lower() + text[1:]
    return text


def value_text(point: Point) -> str:
    """A plotted value as words: the number, or "none reported" for a zero a source states."""
    return _("none reported") if point.value == 0 else number(point.value)


def series_sentence(name: str, points: Sequence[Point]) -> str:
    """What one series shows: its first and latest values and the direction between them
    ("Convictions fell from 26 in 2020 to none reported in 2021"); years where sources differ are named."""
    shown = per_year(list(points))
    if not shown:
        return _("{name}: no figure").format(name=name)
    first, last = shown[0], shown[-1]
    if len(shown) == 1:
        text = _("{name}: {value} in {year}").format(name=name, value=value_text(first), year=first.year)
    else:
        if last.value > first.value:
            pattern = _("{name} rose from {first} in {year_first} to {last} in {year_last}")
        elif last.value < first.value:
            pattern = _("{name} fell from {first} in {year_first} to {last} in {year_last}")
        else:
            pattern = _("{name} was {first} in {year_first} and {last} in {year_last}")
        text = pattern.format(name=name, first=value_text(first), last=value_text(last),
                              year_first=first.year, year_last=last.year)
        peak = max(shown, key=lambda p: p.value)
        if peak.value > max(first.value, last.value):
            text += _(", with a high of {value} in {year}").format(value=value_text(peak), year=peak.year)
        gaps = [b.year for a, b in zip(shown, shown[1:], strict=False) if b.year - a.year > 1]
        if gaps:
            text += _(" (some years without a figure)")
    differ = sorted({p.year for p in points if p.conflict})
    if differ:
        text += _("; sources differ for {years}").format(years=", ".join(str(y) for y in differ))
    return text


def series_text(title: str, series: Sequence[tuple[str, Sequence[Point]]], empty: str) -> str:
    """Alt text of a chart of series over time: its title, then one clause per series."""
    clauses = [series_sentence(name, pts) for name, pts in series if pts]
    if not clauses:
        return f"{title}: {empty}."
    clauses = [clauses[0], *(_lower_first(c) for c in clauses[1:])]
    return _sentence(f"{title}: " + "; ".join(clauses))


def tiers_text(title: str, placements: Sequence[tuple[int, str, bool]], empty: str) -> str:
    """Alt text of the tier chart from (report year, tier, sources differ) rows: runs of the same tier
    ("Tier 2 Watch List in 2019-2021, Tier 2 in 2022")."""
    if not placements:
        return f"{title}: {empty}."
    by_year: dict[int, list[str]] = {}
    for year, tier, _conflict in placements:
        by_year.setdefault(int(year), []).append(str(tier))
    runs: list[tuple[str, int, int]] = []
    for year in sorted(by_year):
        tier = " / ".join(dict.fromkeys(by_year[year]))
        if runs and runs[-1][0] == tier and runs[-1][2] == year - 1:
            runs[-1] = (tier, runs[-1][1], year)
        else:
            runs.append((tier, year, year))
    parts = [_("{tier} in {year}").format(tier=t, year=a) if a == b
             else _("{tier} in {first}-{last}").format(tier=t, first=a, last=b) for t, a, b in runs]
    text = f"{title}: " + ", ".join(parts)
    differ = sorted({int(y) for y, _t, c in placements if c})
    if differ:
        text += _("; sources differ for {years}").format(years=", ".join(str(y) for y in differ))
    return _sentence(text)


def _sentence(text: str) -> str:
    """``text`` ended with one full stop ('... в 2025 г.' already has one)."""
    return text if text.endswith(".") else text + "."


def _items(named: Sequence[str], total: int) -> str:
    text = "; ".join(named[:MAX_ITEMS])
    if total > min(len(named), MAX_ITEMS):
        text += _("; and {n} more").format(n=number(total - min(len(named), MAX_ITEMS)))
    return text


def mentions_text(title: str, counts: Sequence[tuple[str, int]], n_sources: int, empty: str) -> str:
    """Alt text of the mentions matrix: how many categories, and the most named with their counts."""
    if not counts:
        return f"{title}: {empty}."
    named = [_("{item} ({count} of {total} sources)").format(item=item, count=number(c), total=number(n_sources))
             for item, c in counts]
    return _("{title}: {n} named by {sources} sources; most often {items}.").format(
        title=title, n=number(len(counts)), sources=number(n_sources), items=_items(named, len(counts)))


def recommendations_text(title: str, rows: Sequence[tuple[str, int, int, int]], total: int, empty: str) -> str:
    """Alt text of the recommendations chart from (topic, reports, first year, last year), most repeated first."""
    if not rows:
        return f"{title}: {empty}."
    named = [_("{topic} ({reports}, {years})").format(
                 topic=topic, reports=ngettext("{n} report", "{n} reports", reports).format(n=number(reports)),
                 years=str(first) if first == last else f"{first}-{last}")
             for topic, reports, first, last in rows]
    return _("{title}: {n} topics; most repeated {items}.").format(title=title, n=number(total),
                                                                   items=_items(named, total))


def steps_text(title: str, steps: Sequence[tuple[int, str]], total: int, empty: str) -> str:
    """Alt text of the timeline from (year, step), oldest first."""
    if not steps:
        return f"{title}: {empty}."
    named = [f"{year} {text}" for year, text in steps]
    return _("{title}: {n} dated steps from {first} to {last}: {items}.").format(
        title=title, n=number(total), first=min(y for y, _s in steps), last=max(y for y, _s in steps),
        items=_items(named, total))
