"""Key-finding sentences and Markdown tables generated from the data, every figure cited.

Nothing here is typed by hand: each sentence is made from the table, each number is an
``.ev`` span naming the evidence ids behind it, and each piece of source text is escaped.
:func:`show` makes them a cell's output: Markdown for the briefing, rendered with quotes in Jupyter.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from tipbrief import i18n
from tipbrief.i18n import _
from tipbrief.toolkit.analysis import (
    TOTAL,
    Data,
    KeyFigure,
    Point,
    events,
    key_figures,
    label,
    latest_two,
    mentions,
    recurrence,
    series,
    series_groups,
    term,
    tier_history,
)
from tipbrief.toolkit.cite import Rendered, escape, ev, ev_number, excerpt, number, pipe_table


def quotes(data: Data) -> dict[str, str]:
    """Evidence id -> the verbatim sentence that states it, for every row of ``data``."""
    table = data.table
    if not {"id", "quote"} <= set(table.columns):
        return {}
    return {str(i): " ".join(str(q).split()) for i, q in zip(table["id"], table["quote"], strict=True) if pd.notna(q)}


def table(frame: pd.DataFrame) -> str:
    """A DataFrame as a Markdown pipe table: no index column, every cell escaped, numbers right-aligned."""
    align = "".join("r" if pd.api.types.is_numeric_dtype(frame[c]) else "l" for c in frame.columns)
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return pipe_table([escape(c) for c in frame.columns], rows, align or None)


def _cell(value: object) -> str:
    if isinstance(value, bool) or not pd.api.types.is_number(value):
        return "" if value is None or value is pd.NA else escape(value)
    return "" if pd.isna(value) else number(float(value))  # digits, commas and a point: nothing to escape


def rendered(content: str | pd.DataFrame, data: Data | None = None) -> Rendered:
    """What :func:`show` displays: ``content`` (Markdown, or a DataFrame as :func:`table`) with the
    quotes of ``data`` for the hover text of its cited figures."""
    markdown = table(content) if isinstance(content, pd.DataFrame) else str(content)
    return Rendered(markdown, quotes(data) if data is not None else None)


def show(content: str | pd.DataFrame, data: Data | None = None) -> None:
    """Emit ``content`` as the cell's output: its Markdown (what the briefing embeds) and, in an
    analyst's JupyterLab (``make lab``), the same rendered as the briefing reads, each figure showing
    its quote from ``data`` on hover. A DataFrame is shown as a table without its index."""
    from IPython.display import display

    display(rendered(content, data))


def _window(data: Data) -> str:
    if data.year_from is not None and data.year_to is not None:
        return _(" for {start}-{end}").format(start=data.year_from, end=data.year_to)
    return ""


def cited(point: Point, unit: str | None = None) -> str:
    """A point's value as Markdown: ``[26]{.ev}``, ``[none]{.ev}`` for a stated zero, plus its unit."""
    text = ev(_("none"), point.ids) if point.value == 0 else ev_number(point.value, point.ids)
    return f"{text} {escape(i18n.unit(unit, point.value))}" if unit else text


def _conflicts(points: Sequence[Point], unit: str | None) -> str:
    years = sorted({p.year for p in points if p.conflict})
    parts = []
    for year in years:
        values = [cited(p, unit) for p in points if p.year == year]
        parts.append(_("for {year} the sources differ: {values}").format(year=year, values=_(" and ").join(values)))
    return (_(" Note: {notes}.").format(notes="; ".join(parts))) if parts else ""


def trend_sentence(
    data: Data, indicator: str, unit: str | None = None, name: str | None = None, qualifier: str | None = TOTAL
) -> str:
    """'Convictions fell from [26] in 2020 to [none] in 2021.' from the two latest years with a figure."""
    name = name or label(indicator)
    latest, previous = latest_two(data.table, indicator, unit, qualifier)
    if latest is None:
        return _("The sources give no figure for {indicator}{window}.").format(
            indicator=escape(name.lower()), window=_window(data))
    notes = _conflicts(series(data.table, indicator, unit, qualifier), unit)
    if previous is None:
        return _("{indicator}: {value} in {year}, the only year with a figure.").format(
            indicator=escape(name), value=cited(latest, unit), year=latest.year) + notes
    values = {"indicator": escape(name), "before": cited(previous, unit), "start": previous.year,
              "after": cited(latest, unit), "end": latest.year}
    if latest.value > previous.value:
        text = _("{indicator} rose from {before} in {start} to {after} in {end}").format(**values)
    elif latest.value < previous.value:
        text = _("{indicator} fell from {before} in {start} to {after} in {end}").format(**values)
    else:
        text = _("{indicator} stayed the same: {before} in {start} and {after} in {end}").format(**values)
    if latest.year - previous.year == 2:
        text += _(" (no figure for {year})").format(year=previous.year + 1)
    elif latest.year - previous.year > 2:
        text += _(" (no figure for {start}-{end})").format(start=previous.year + 1, end=latest.year - 1)
    return text + "." + notes


def indicator_sentences(data: Data, indicator: str, unit: str | None = None) -> list[str]:
    """Trend sentences for an indicator: one for its totals, else one per qualifier."""
    groups = series_groups(data.table, indicator, unit)
    if not groups:
        return [trend_sentence(data, indicator, unit)]
    return [trend_sentence(data, indicator, unit, label(indicator) + (f" ({term(q)})" if q else ""), q)
            for q, _rows in groups]


def bullets(sentences: Sequence[str]) -> str:
    """A Markdown bullet list."""
    return "\n".join(f"- {s}" for s in sentences)


def trends(data: Data, indicators: Sequence[str], unit: str | None = None) -> str:
    """One trend sentence per indicator, as a bullet list."""
    return bullets([s for i in indicators for s in indicator_sentences(data, i, unit)])


def _change(fig: KeyFigure) -> str:
    if fig.change is None or fig.previous is None:
        return _("no earlier figure")
    sign = "+" if fig.change > 0 else ("±" if fig.change == 0 else "−")
    ids = [*fig.latest.ids, *fig.previous.ids] if fig.latest else list(fig.previous.ids)
    return _("{change} since {year}").format(change=ev(sign + number(abs(fig.change)), ids), year=fig.previous.year)


def key_figures_table(data: Data, indicators: Sequence[str]) -> str:
    """Latest tier plus, for each indicator, its latest value, year and change, all cited."""
    rows = []
    history = tier_history(data.table)
    if not history.empty:
        latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
        qualifier = f" ({escape(term(latest['qualifier']))})" if latest["qualifier"] else ""
        rows.append([_("Tier placement"), ev(escape(_(latest["tier"])), latest["ids"]) + qualifier,
                     _("{year} report").format(year=latest["year"]), ""])
    for fig in key_figures(data.table, list(indicators)):
        if fig.latest is None:
            rows.append([escape(_(fig.label)), _("no figure"), "", ""])
        else:
            rows.append([escape(_(fig.label)), cited(fig.latest), str(fig.latest.year), _change(fig)])
    return pipe_table([_("Indicator"), _("Latest"), _("Year"), _("Change")], rows, "lrrr")


def tier_sentence(data: Data) -> str:
    """'In its 2025 report the U.S. State Department placed the country on [Tier 2] (upgrade).'"""
    history = tier_history(data.table)
    if history.empty:
        return _("The sources give no tier placement{window}.").format(window=_window(data))
    latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
    text = _("Latest tier placement: {tier} in the {year} report").format(
        tier=ev(escape(_(latest["tier"])), latest["ids"]), year=latest["year"])
    if latest["qualifier"]:
        text += f" ({escape(term(latest['qualifier']))})"
    earlier = history[history["year"] < latest["year"]]
    if not earlier.empty:
        before = earlier[earlier["year"] == earlier["year"].max()].sort_values("source_year").iloc[-1]
        text += _(", after {tier} in {year}").format(tier=ev(escape(_(before["tier"])), before["ids"]),
                                                   year=before["year"])
    text += "."
    if history["conflict"].any():
        years = ", ".join(str(y) for y in sorted(set(history.loc[history["conflict"], "year"])))
        text += _(" Sources disagree on the placement for {years}.").format(years=years)
    return text


def tier_history_table(data: Data) -> str:
    """Report year, tier, qualifier, source: one row per placement a source states."""
    history = tier_history(data.table)
    rows = [
        [str(r.year), ev(escape(_(r.tier)), r.ids) + (_(" (sources differ)") if r.conflict else ""),
         escape(term(r.qualifier)),
         escape(", ".join(data.sources[s].cite() if s in data.sources else s for s in r.source_ids))]
        for r in history.itertuples()
    ]
    return pipe_table([_("Report year"), _("Tier"), _("Change"), _("Source")], rows, "rlll")


def mention_sentences(data: Data, indicator: str, what: str, plural: str | None = None, top_n: int = 5) -> str:
    """'The sources name 5 destinations; Russia is named by [3 of 3 sources].' as bullets."""
    table = mentions(data.table, indicator)
    if table.empty:
        return _("- The sources name no {what}{window}.").format(what=escape(_(what)), window=_window(data))
    n_sources = table["source_id"].nunique()
    counts = table.groupby("value")["source_id"].nunique().sort_values(ascending=False, kind="stable")
    name = what if len(counts) == 1 else (plural or what + "s")
    out = [_("The sources name {n} {what}.").format(n=len(counts), what=escape(_(name)))]
    for value in counts.index[:top_n]:
        ids = [i for ids in table.loc[table["value"] == value, "ids"] for i in ids]
        out.append(_("{value}: named by {n} sources.").format(
            value=escape(term(value)), n=ev(_("{n} of {total}").format(n=counts[value], total=n_sources), ids)))
    return bullets(out)


def recurrence_sentences(data: Data, min_reports: int = 2) -> str:
    """Which recommendations recur between reports, and across how many years."""
    table = recurrence(data.table, min_reports)
    if table.empty:
        return _("- No recommendation recurs in {n} or more reports{window}.").format(
            n=min_reports, window=_window(data))
    out = []
    for row in table.itertuples():
        years = _(" and ").join(str(y) for y in row.years) if len(row.years) <= 2 else (
            ", ".join(str(y) for y in row.years[:-1]) + _(" and ") + str(row.years[-1]))
        out.append(_("{topic}: made in the {years} reports, spanning {span} years.").format(
            topic=escape(term(row.topic)), years=ev(years, row.ids), span=row.span))
    return bullets(out)


def recurrence_table(data: Data) -> str:
    """Every recommendation topic with its report years, count and span."""
    table = recurrence(data.table, 1)
    rows = [[escape(term(r.topic)), ev(", ".join(str(y) for y in r.years), r.ids), str(r.reports), str(r.span)]
            for r in table.itertuples()]
    return pipe_table([_("Recommendation"), _("Report years"), _("Reports"), _("Span (years)")], rows, "llrr")


def events_table(data: Data, indicators: Sequence[str] = ("convention", "law", "action_plan", "hotline")) -> str:
    """Conventions, laws, plans and hotlines by year."""
    rows = [[str(r.year), escape(label(r.indicator)), ev(escape(r.text), r.ids), escape(term(r.qualifier))]
            for r in events(data.table, tuple(indicators)).itertuples()]
    if not rows:
        return _("No dated step{window}.").format(window=_window(data))
    return pipe_table([_("Year"), _("Kind"), _("What"), _("Step")], rows, "rlll")


def event_sentences(data: Data, indicators: Sequence[str] = ("convention", "law", "action_plan", "hotline")) -> str:
    """'2002: UN TIP Protocol (acceded).' for each dated step, as bullets."""
    table = events(data.table, tuple(indicators))
    if table.empty:
        return _("- The sources date no {what}{window}.").format(
            what=_(" or ").join(escape(label(i).lower()) for i in indicators), window=_window(data))
    return bullets([f"{r.year}: {escape(label(r.indicator))} {ev(escape(r.text), r.ids)}"
                    + (f" ({escape(term(r.qualifier))})" if r.qualifier else "") + "."
                    for r in table.itertuples()])


def categories_table(data: Data, kinds: dict[str, str]) -> str:
    """Kind, category and the sources naming it, for several categorical indicators."""
    rows = []
    for indicator, heading in kinds.items():
        table = mentions(data.table, indicator)
        for value, same in table.groupby("value", sort=True):
            ids = [i for ids in same["ids"] for i in ids]
            names = [data.sources[s].cite() if s in data.sources else s for s in same["source_id"]]
            rows.append([escape(_(heading)), ev(escape(term(value)), ids), escape("; ".join(names))])
    if not rows:
        return _("No categories named{window}.").format(window=_window(data))
    return pipe_table([_("Kind"), _("Category"), _("Named by")], rows)


def evidence_table(data: Data, themes: Sequence[str], width: int = 160) -> str:
    """Every row of ``themes``: indicator, year, value, source and a shortened, escaped quote."""
    rows = data.theme(*themes).sort_values(["indicator", "year", "source_year", "id"], na_position="last")
    out = []
    for _i, r in rows.iterrows():
        if pd.notna(r["value"]):
            value = ev_number(float(r["value"]), r["id"])
            if pd.notna(r["unit"]) and r["unit"]:
                value += f" {escape(i18n.unit(r['unit'], r['value']))}"
        else:
            value = ev(escape(_(r["value_text"]) if r["indicator"] == "tier" else r["value_text"]), r["id"])
        if pd.notna(r["qualifier"]) and r["qualifier"]:
            value += f" ({escape(term(r['qualifier']))})"
        source = data.sources.get(str(r["source_id"]))
        out.append([
            escape(label(str(r["indicator"]))),
            "" if pd.isna(r["year"]) else str(int(r["year"])),
            value,
            escape(source.cite() if source else r["source_id"]),
            escape(excerpt(str(r["quote"]), None if pd.isna(r["number_text"]) else str(r["number_text"]), width)),
        ])
    if not out:
        return _("No evidence{window}.").format(window=_window(data))
    return pipe_table([_("Indicator"), _("Year"), _("Value"), _("Source"), _("Quote")], out, "lrrll")
