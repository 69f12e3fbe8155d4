"""Key-finding sentences and Markdown tables generated from the data, every figure cited.

Nothing here is typed by hand: each sentence is made from the table, each number is an
``.ev`` span naming the evidence ids behind it, and each piece of source text is escaped.
:func:`show` makes them a cell's output: Markdown for the briefing, rendered with quotes in Jupyter.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

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
        return f" for {data.year_from}-{data.year_to}"
    return ""


def cited(point: Point, unit: str | None = None) -> str:
    """A point's value as Markdown: ``[26]{.ev}``, ``[none]{.ev}`` for a stated zero, plus its unit."""
    text = ev("none", point.ids) if point.value == 0 else ev_number(point.value, point.ids)
    return f"{text} {escape(unit)}" if unit else text


def _conflicts(points: Sequence[Point], unit: str | None) -> str:
    years = sorted({p.year for p in points if p.conflict})
    parts = []
    for year in years:
        values = [cited(p, unit) for p in points if p.year == year]
        parts.append(f"for {year} the sources differ: " + " and ".join(values))
    return (" Note: " + "; ".join(parts) + ".") if parts else ""


def trend_sentence(
    data: Data, indicator: str, unit: str | None = None, name: str | None = None, qualifier: str | None = TOTAL
) -> str:
    """'Convictions fell from [26] in 2020 to [none] in 2021.' from the two latest years with a figure."""
    name = name or label(indicator)
    latest, previous = latest_two(data.table, indicator, unit, qualifier)
    if latest is None:
        return f"The sources give no figure for {escape(name.lower())}{_window(data)}."
    notes = _conflicts(series(data.table, indicator, unit, qualifier), unit)
    if previous is None:
        return f"{escape(name)}: {cited(latest, unit)} in {latest.year}, the only year with a figure." + notes
    if latest.value > previous.value:
        text = (f"{escape(name)} rose from {cited(previous, unit)} in {previous.year} "
                f"to {cited(latest, unit)} in {latest.year}")
    elif latest.value < previous.value:
        text = (f"{escape(name)} fell from {cited(previous, unit)} in {previous.year} "
                f"to {cited(latest, unit)} in {latest.year}")
    else:
        text = (f"{escape(name)} stayed the same: {cited(previous, unit)} in {previous.year} "
                f"and {cited(latest, unit)} in {latest.year}")
    if latest.year - previous.year == 2:
        text += f" (no figure for {previous.year + 1})"
    elif latest.year - previous.year > 2:
        text += f" (no figure for {previous.year + 1}-{latest.year - 1})"
    return text + "." + notes


def indicator_sentences(data: Data, indicator: str, unit: str | None = None) -> list[str]:
    """Trend sentences for an indicator: one for its totals, else one per qualifier."""
    groups = series_groups(data.table, indicator, unit)
    if not groups:
        return [trend_sentence(data, indicator, unit)]
    return [trend_sentence(data, indicator, unit, label(indicator) + (f" ({q})" if q else ""), q) for q, _ in groups]


def bullets(sentences: Sequence[str]) -> str:
    """A Markdown bullet list."""
    return "\n".join(f"- {s}" for s in sentences)


def trends(data: Data, indicators: Sequence[str], unit: str | None = None) -> str:
    """One trend sentence per indicator, as a bullet list."""
    return bullets([s for i in indicators for s in indicator_sentences(data, i, unit)])


def _change(fig: KeyFigure) -> str:
    if fig.change is None or fig.previous is None:
        return "no earlier figure"
    sign = "+" if fig.change > 0 else ("±" if fig.change == 0 else "−")
    ids = [*fig.latest.ids, *fig.previous.ids] if fig.latest else list(fig.previous.ids)
    return f"{ev(sign + number(abs(fig.change)), ids)} since {fig.previous.year}"


def key_figures_table(data: Data, indicators: Sequence[str]) -> str:
    """Latest tier plus, for each indicator, its latest value, year and change, all cited."""
    rows = []
    history = tier_history(data.table)
    if not history.empty:
        latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
        qualifier = f" ({escape(latest['qualifier'])})" if latest["qualifier"] else ""
        rows.append(["Tier placement", ev(escape(latest["tier"]), latest["ids"]) + qualifier,
                     f"{latest['year']} report", ""])
    for fig in key_figures(data.table, list(indicators)):
        if fig.latest is None:
            rows.append([escape(fig.label), "no figure", "", ""])
        else:
            rows.append([escape(fig.label), cited(fig.latest), str(fig.latest.year), _change(fig)])
    return pipe_table(["Indicator", "Latest", "Year", "Change"], rows, "lrrr")


def tier_sentence(data: Data) -> str:
    """'In its 2025 report the U.S. State Department placed the country on [Tier 2] (upgrade).'"""
    history = tier_history(data.table)
    if history.empty:
        return f"The sources give no tier placement{_window(data)}."
    latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
    text = f"Latest tier placement: {ev(escape(latest['tier']), latest['ids'])} in the {latest['year']} report"
    if latest["qualifier"]:
        text += f" ({escape(latest['qualifier'])})"
    earlier = history[history["year"] < latest["year"]]
    if not earlier.empty:
        before = earlier[earlier["year"] == earlier["year"].max()].sort_values("source_year").iloc[-1]
        text += f", after {ev(escape(before['tier']), before['ids'])} in {before['year']}"
    text += "."
    if history["conflict"].any():
        years = ", ".join(str(y) for y in sorted(set(history.loc[history["conflict"], "year"])))
        text += f" Sources disagree on the placement for {years}."
    return text


def tier_history_table(data: Data) -> str:
    """Report year, tier, qualifier, source: one row per placement a source states."""
    history = tier_history(data.table)
    rows = [
        [str(r.year), ev(escape(r.tier), r.ids) + (" (sources differ)" if r.conflict else ""), escape(r.qualifier),
         escape(", ".join(data.sources[s].cite() if s in data.sources else s for s in r.source_ids))]
        for r in history.itertuples()
    ]
    return pipe_table(["Report year", "Tier", "Change", "Source"], rows, "rlll")


def mention_sentences(data: Data, indicator: str, what: str, plural: str | None = None, top_n: int = 5) -> str:
    """'The sources name 5 destinations; Russia is named by [3 of 3 sources].' as bullets."""
    table = mentions(data.table, indicator)
    if table.empty:
        return f"- The sources name no {escape(what)}{_window(data)}."
    n_sources = table["source_id"].nunique()
    counts = table.groupby("value")["source_id"].nunique().sort_values(ascending=False, kind="stable")
    out = [f"The sources name {len(counts)} {escape(what if len(counts) == 1 else (plural or what + 's'))}."]
    for value in counts.index[:top_n]:
        ids = [i for ids in table.loc[table["value"] == value, "ids"] for i in ids]
        out.append(f"{escape(value)}: named by {ev(f'{counts[value]} of {n_sources}', ids)} sources.")
    return bullets(out)


def recurrence_sentences(data: Data, min_reports: int = 2) -> str:
    """Which recommendations recur between reports, and across how many years."""
    table = recurrence(data.table, min_reports)
    if table.empty:
        return f"- No recommendation recurs in {min_reports} or more reports{_window(data)}."
    out = []
    for row in table.itertuples():
        years = " and ".join(str(y) for y in row.years) if len(row.years) <= 2 else (
            ", ".join(str(y) for y in row.years[:-1]) + f" and {row.years[-1]}")
        out.append(f"{escape(row.topic)}: made in the {ev(years, row.ids)} reports, "
                   f"spanning {row.span} years.")
    return bullets(out)


def recurrence_table(data: Data) -> str:
    """Every recommendation topic with its report years, count and span."""
    table = recurrence(data.table, 1)
    rows = [[escape(r.topic), ev(", ".join(str(y) for y in r.years), r.ids), str(r.reports), str(r.span)]
            for r in table.itertuples()]
    return pipe_table(["Recommendation", "Report years", "Reports", "Span (years)"], rows, "llrr")


def events_table(data: Data, indicators: Sequence[str] = ("convention", "law", "action_plan", "hotline")) -> str:
    """Conventions, laws, plans and hotlines by year."""
    rows = [[str(r.year), escape(label(r.indicator)), ev(escape(r.text), r.ids), escape(r.qualifier)]
            for r in events(data.table, tuple(indicators)).itertuples()]
    if not rows:
        return f"No dated step{_window(data)}."
    return pipe_table(["Year", "Kind", "What", "Step"], rows, "rlll")


def event_sentences(data: Data, indicators: Sequence[str] = ("convention", "law", "action_plan", "hotline")) -> str:
    """'2002: UN TIP Protocol (acceded).' for each dated step, as bullets."""
    table = events(data.table, tuple(indicators))
    if table.empty:
        return f"- The sources date no {' or '.join(escape(label(i).lower()) for i in indicators)}{_window(data)}."
    return bullets([f"{r.year}: {escape(label(r.indicator))} {ev(escape(r.text), r.ids)}"
                    + (f" ({escape(r.qualifier)})" if r.qualifier else "") + "."
                    for r in table.itertuples()])


def categories_table(data: Data, kinds: dict[str, str]) -> str:
    """Kind, category and the sources naming it, for several categorical indicators."""
    rows = []
    for indicator, heading in kinds.items():
        table = mentions(data.table, indicator)
        for value, same in table.groupby("value", sort=True):
            ids = [i for ids in same["ids"] for i in ids]
            names = [data.sources[s].cite() if s in data.sources else s for s in same["source_id"]]
            rows.append([escape(heading), ev(escape(value), ids), escape("; ".join(names))])
    if not rows:
        return f"No categories named{_window(data)}."
    return pipe_table(["Kind", "Category", "Named by"], rows)


def evidence_table(data: Data, themes: Sequence[str], width: int = 160) -> str:
    """Every row of ``themes``: indicator, year, value, source and a shortened, escaped quote."""
    rows = data.theme(*themes).sort_values(["indicator", "year", "source_year", "id"], na_position="last")
    out = []
    for _, r in rows.iterrows():
        if pd.notna(r["value"]):
            value = ev_number(float(r["value"]), r["id"])
            if pd.notna(r["unit"]) and r["unit"]:
                value += f" {escape(r['unit'])}"
        else:
            value = ev(escape(r["value_text"]), r["id"])
        if pd.notna(r["qualifier"]) and r["qualifier"]:
            value += f" ({escape(r['qualifier'])})"
        source = data.sources.get(str(r["source_id"]))
        out.append([
            escape(label(str(r["indicator"]))),
            "" if pd.isna(r["year"]) else str(int(r["year"])),
            value,
            escape(source.cite() if source else r["source_id"]),
            escape(excerpt(str(r["quote"]), None if pd.isna(r["number_text"]) else str(r["number_text"]), width)),
        ])
    if not out:
        return f"No evidence{_window(data)}."
    return pipe_table(["Indicator", "Year", "Value", "Source", "Quote"], out, "lrrll")
