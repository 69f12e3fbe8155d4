"""Key-finding sentences and Markdown tables generated from the data, every figure cited.

Nothing here is typed by hand: each sentence is made from the table, each number is an
``.ev`` span naming the evidence ids behind it, and each piece of source text is escaped.
:func:`show` makes them a cell's output: Markdown for the briefing, rendered with quotes in Jupyter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pandas as pd

from tipbrief import i18n
from tipbrief.i18n import _, ngettext
from tipbrief.indicators.definitions import load_definitions
from tipbrief.sources.countries import lookup
from tipbrief.toolkit.analysis import (
    STALE_AFTER,
    TOTAL,
    Data,
    KeyFigure,
    Point,
    Status,
    as_written,
    briefing_date,
    comparable,
    converted_only,
    event_text,
    events,
    figure_kind,
    figure_rows,
    hedge,
    key_figures,
    label,
    latest_two,
    latest_year,
    mentions,
    not_reported,
    numeric_rows,
    of_themes,
    own_label,
    parts_only,
    per_year,
    per_year_and_unit,
    recommendations,
    recurrence,
    series,
    series_groups,
    series_label,
    status,
    term,
    tier_history,
    update_report_year,
    window,
)
from tipbrief.toolkit.cite import Rendered, escape, ev, excerpt, pipe_table


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
    return "" if pd.isna(value) else number(float(value))  # digits, separators and a point: nothing to escape


def rendered(content: str | pd.DataFrame, data: Data | None = None) -> Rendered:
    """What :func:`show` displays: ``content`` (Markdown, or a DataFrame as :func:`table`) with the
    quotes of ``data`` for the hover text of its cited figures."""
    markdown = table(content) if isinstance(content, pd.DataFrame) else i18n.tidy(str(content))
    return Rendered(markdown, quotes(data) if data is not None else None)


def show(content: str | pd.DataFrame, data: Data | None = None) -> None:
    """Emit ``content`` as the cell's output: its Markdown (what the briefing embeds) and, in an
    analyst's JupyterLab (``make lab``), the same rendered as the briefing reads, each figure showing
    its quote from ``data`` on hover. A DataFrame is shown as a table without its index."""
    from IPython.display import display

    display(rendered(content, data))




def number(value: float) -> str:
    """A figure as the briefing's language writes it."""
    return i18n.number(value)


def cited(point: Point, unit: str | None = None) -> str:
    """A point's value as Markdown, as the source states it: ``[26]{.ev}``; ``[none reported]{.ev}`` where
    the source says none was reported, ``[none]{.ev}`` for a zero it counts; the source's own words for
    "two or three"; its hedge kept ("more than [1,000,000]"); plus its unit."""
    if point.not_reported:
        text = ev(escape(_("none reported")), point.ids)
    elif point.value == 0:
        text = ev(escape(_("none")), point.ids)
    elif point.as_written:
        text = ev(escape(point.as_written), point.ids)
    else:
        text = ev(number(point.value), point.ids)
        if point.hedge:
            text = _("{hedge} {figure}").format(hedge=escape(_(point.hedge)), figure=text)
    return f"{text} {escape(i18n.unit(unit, point.value))}" if unit and point.value != 0 else text


def _conflicts(points: Sequence[Point], unit: str | None) -> str:
    years = sorted({p.year for p in points if p.conflict})
    parts = []
    for year in years:
        same = [p for p in points if p.year == year]
        values = i18n.join([cited(p, unit) for p in same])
        one = len({s for p in same for s in p.source_ids}) == 1  # two sentences of one report (Ghana 2023: 574, 578)
        what = (_("for {year} the one source gives different figures: {values}") if one
                else _("for {year} the sources differ: {values}"))
        parts.append(what.format(year=year, values=values))
    return (" " + _("Note: {notes}.").format(notes="; ".join(parts))) if parts else ""


def _gap(previous: Point, latest: Point) -> str:
    if latest.year - previous.year == 2:
        return " " + _("(no figure for {year})").format(year=previous.year + 1)
    if latest.year - previous.year > 2:
        return " " + _("(no figure for {first}-{last})").format(first=previous.year + 1, last=latest.year - 1)
    return ""


def direction(previous: Point, latest: Point) -> str:
    """'rose', 'fell', 'same' or '' when the two values cannot be compared (different units, conflicting
    hedges such as "up to" and "more than", a count against "none reported" that is not a fall)."""
    if not comparable(previous, latest):
        return ""
    if latest.value > previous.value:
        return "rose"
    if latest.value < previous.value:
        return "fell"
    if previous.hedge or latest.hedge or previous.not_reported != latest.not_reported:
        return ""  # "more than one million" twice, or "none" and "none reported", is not "the same"
    return "same"


def trend_sentence(
    data: Data, indicator: str, unit: str | None = None, name: str | None = None, qualifier: str | None = TOTAL
) -> str:
    """'Convictions fell from [26] in 2020 to [none reported] in 2021.' from the two latest years with a
    figure; a rise, fall or "the same" only between values that measure the same thing the same way."""
    name = name or label(indicator)
    latest, previous = latest_two(data.table, indicator, unit, qualifier)
    if latest is None:
        return _("The sources give no figure for {name}{window}.").format(
            name=escape(name.lower()), window=window(data))
    notes = _conflicts(series(data.table, indicator, unit, qualifier), unit)
    if previous is None:
        return _("{name}: {value} in {year}, the only year with a figure.").format(
            name=escape(name), value=cited(latest, unit), year=latest.year) + notes
    values = {"name": escape(name), "before": cited(previous, unit), "first": previous.year,
              "after": cited(latest, unit), "last": latest.year}
    way = direction(previous, latest)
    if way == "rose":
        text = _("{name} rose from {before} in {first} to {after} in {last}").format(**values)
    elif way == "fell":
        text = _("{name} fell from {before} in {first} to {after} in {last}").format(**values)
    elif way == "same":
        text = _("{name} stayed the same: {before} in {first} and {after} in {last}").format(**values)
    else:
        text = _("{name}: {before} in {first}, {after} in {last}{gap}; the two are not compared ({why})").format(
            **values, why=_why(previous, latest), gap=_gap(previous, latest))
        return text + "." + notes
    return text + _gap(previous, latest) + "." + notes


def _why(a: Point, b: Point) -> str:
    if a.unit and b.unit and a.unit.casefold() != b.unit.casefold():
        return _("counted in {a} and {b}").format(a=escape(i18n.unit(a.unit, 5)), b=escape(i18n.unit(b.unit, 5)))
    if a.not_reported != b.not_reported:
        return _("one counted, one only not reported")
    return i18n.join([escape(_(a.hedge or "exact")), escape(_(b.hedge or "exact"))])


def indicator_sentences(data: Data, indicator: str, unit: str | None = None) -> list[str]:
    """Trend sentences for an indicator: one for its totals, else one per qualifier; then its years given only by
    their parts."""
    groups = series_groups(data.table, indicator, unit)
    only = parts_sentence(data, indicator, unit)
    if not groups:
        return [only or trend_sentence(data, indicator, unit)]
    return [trend_sentence(data, indicator, unit, series_label(indicator, q), q) for q, _pts in groups] + (
        [only] if only else [])


def bullets(sentences: Sequence[str]) -> str:
    """A Markdown bullet list."""
    return "\n".join(f"- {s}" for s in sentences)


def trends(data: Data, indicators: Sequence[str], unit: str | None = None) -> str:
    """One trend sentence per indicator, as a bullet list; a figure that is a capacity or a plan is said
    to be one, never counted."""
    out = []
    for i in indicators:
        counts = numeric_rows(data.table, i, unit)
        capacity = not_counts(data, i)
        if counts.empty and capacity:
            out.extend(capacity)
            continue
        out.extend(indicator_sentences(data, i, unit))
        out.extend(capacity)
    return bullets(out)


def funding_trends(data: Data, currencies: Sequence[str], indicator: str = "shelter_funding") -> str:
    """The trend sentences of an amount of money, one per currency; U.S. dollars that are only the source's
    conversion of an amount in another currency (the same sentence: "430,000 cedis ($37,390)") are no second
    amount: they follow as a note, not as a bullet of their own."""
    out, notes = [], []
    for currency in currencies:
        if converted_only(data.table, indicator, currency):
            points = per_year_and_unit(series(data.table, indicator, currency, None))
            notes.append(_("In U.S. dollars as the source converts these amounts: {values}.").format(
                values=", ".join(f"{cited(p, currency)} ({p.year})" for p in points)))
            continue
        out.append(trends(data, [indicator], currency))
    return "\n".join(out) + ("\n\n" + " ".join(notes) if notes else "")


def not_counts(data: Data, indicator: str) -> list[str]:
    """'Labour inspections: the sources give a capacity, not a count of what was done: “… authority to carry
    out [2,000] inspections annually …” (2021).' for each row that is a capacity or a plan."""
    rows = data.table[(data.table["indicator"] == indicator) & data.table["value"].notna()]
    out = []
    for _i, row in rows.sort_values(["year", "id"], na_position="last").iterrows():
        kind = figure_kind(row)
        if not kind:
            continue
        figure = str(row["number_text"]) if pd.notna(row["number_text"]) else number(float(row["value"]))
        quote = excerpt(" ".join(str(row["quote"]).split()), figure, 110)
        marked = escape(quote).replace(escape(figure), ev(escape(figure), row["id"]), 1)
        if ev(escape(figure), row["id"]) not in marked:
            marked += " " + ev(escape(figure), row["id"])
        year = "" if pd.isna(row["year"]) else f" ({int(row['year'])})"
        what = _("a capacity, not a count of what was done") if kind == "capacity" else _(
            "a plan, not a count of what was done")
        out.append(_("{name}: the source gives {what}: “{quote}”{year}.").format(
            name=escape(label(indicator)), what=what, quote=marked, year=year))
    return out


def _change(fig: KeyFigure) -> str:
    if fig.latest is None or fig.previous is None:
        return _("no earlier figure")
    if not direction(fig.previous, fig.latest):
        return _("not comparable with {year}").format(year=fig.previous.year)
    change = fig.latest.value - fig.previous.value
    sign = "+" if change > 0 else ("±" if change == 0 else "−")
    ids = [*fig.latest.ids, *fig.previous.ids]
    return _("{change} since {year}").format(change=ev(sign + number(abs(change)), ids), year=fig.previous.year)


def _country(data: Data) -> str:
    """The country's name in the briefing's language ("" when the notebook covers every country)."""
    if not data.country:
        return ""
    known = lookup(data.country)
    return escape(i18n.country(data.country, known.alpha_2 if known else None))


def _kind(kind: str) -> str:
    return escape(_(kind)) if kind else escape(_("source of unknown kind"))


def status_text(data: Data) -> tuple[Status | None, str]:
    """The current tier as the most authoritative source states it, with that source's kind, and a note
    when only a secondary source (a news summary, an encyclopedia) supports it."""
    kinds = {k: s.kind for k, s in data.sources.items()}
    found = status(data.table, kinds)
    if found is None:
        return None, _("The sources give no tier placement{window}.").format(window=window(data))
    text = _("{tier} in the {year} TIP Report").format(tier=ev(escape(_(found.tier)), found.ids), year=found.year)
    if found.qualifier:
        text += f" ({escape(term(found.qualifier))})"
    text += _(", according to a {kind}").format(kind=_kind(found.kind))
    if found.secondary:
        text += _("; only a secondary source states it")
        if found.primary is not None:
            text += _(": the latest report in the sources ({year}) gives {tier}").format(
                year=found.primary.year, tier=ev(escape(_(found.primary.tier)), found.primary.ids))
    return found, text


def covered(data: Data, themes: Sequence[str], what: str, update: str | None = None,
            on: dt.date | None = None, indicators: Sequence[str] = (), callout: bool = False,
            totals: bool = False, noun: str | None = None) -> str:
    """'Latest year the prosecution data cover: 2021.' for ``themes`` (and/or ``indicators``). When that year is
    STALE_AFTER or more years before the briefing date it says so and names the kind of source that would bring
    it up to date (default: the newest TIP Report narrative): as a warning callout with ``callout`` (the key
    figures, read first), else as one marked line, so that the sections after it do not repeat the box. With
    ``totals`` only values without a qualifier count, as in the key figures, so the box states the table's year.
    ``noun`` is what the line names when no row is there ('key figures' for the compound 'key-figure')."""
    on = on or briefing_date()
    rows = of_themes(data.table, themes, indicators)
    # a series the definitions name on their own is another thing's data: a national action plan's budget, filed
    # with victim-services money, says nothing of how current the victim protection data are
    own = [own_label(str(i), q if isinstance(q, str) else None) is None
           for i, q in zip(rows["indicator"], rows["qualifier"], strict=True)]
    year = latest_year(rows[own] if own else rows, totals=totals)
    if year is None:
        if not rows.empty:  # a plan named by its period alone ("the 2020-2022 NAP"), listed below: it is data
            return _("*No {what} data in the sources carry a year.*").format(what=escape(what))
        # "legal-framework data" is a compound before its noun; alone it is "legal framework"
        alone = noun or (what.replace("-", " ") if i18n.current() == i18n.DEFAULT else what)
        return _("*No data for {what} in the sources{window}.*").format(what=escape(alone), window=window(data))
    text = _("*Latest year the {what} data cover: {year}.*").format(what=escape(what), year=year)
    if on.year - year < STALE_AFTER:
        return text
    update = update or _("the {year} TIP Report narrative for {country}").format(
        year=update_report_year(on), country=_country(data) or _("the country"))
    if not callout:
        line = _("Latest year the {what} data cover: {year}, {span} before this briefing; {update} would bring "
                 "them up to date.").format(what=escape(what), year=year, span=years(on.year - year), update=update)
        return f"[*{line}*]{{.stale}}"
    body = _("The latest {what} data are for {year}, {span} before this briefing ({date}). "
             "Read them as history, not as the present situation; {update} would bring them up to date.").format(
        what=escape(what), year=year, span=years(on.year - year), date=i18n.date(on), update=update)
    title = _("Data from {year}").format(year=year)
    return f'::: {{.callout-warning title="{title}"}}\n{body}\n:::'  # states the year itself


def years(n: int) -> str:
    """A span of years agreeing with its number, for "… before this briefing": '5 years'; '5 лет', '2 года', '21 год'
    (the Russian edition wrote 'за 6 г. до этого обзора', the abbreviation of one year for six)."""
    return ngettext("{n} year", "{n} years", n).format(n=n)


def framework_covered(data: Data, update: str, on: dt.date | None = None) -> str:
    """'Latest dated step of the legal framework: 2008; the newest source that describes it was published in 2022.'
    A law's year is when it was adopted, not how current the data are: a 2008 act the 2022 report still describes is
    the framework of 2022. So the warning that data are old looks at the newest source that states a step."""
    on = on or briefing_date()
    rows = data.theme("legal")
    year = latest_year(rows)
    stated = rows["source_year"].dropna()
    if year is None or not len(stated):
        return covered(data, ["legal"], _("legal-framework"), update, on=on)
    newest = int(stated.max())
    if on.year - newest < STALE_AFTER:
        return _("*Latest dated step of the legal framework: {year}; the newest source that describes it was "
                 "published in {published}.*").format(year=year, published=newest)
    line = _("Latest dated step of the legal framework: {year}; the newest source that describes it was published "
             "in {published}, {span} before this briefing; {update} would bring it up to date.").format(
        year=year, published=newest, span=years(on.year - newest), update=update)
    return f"[*{line}*]{{.stale}}"


def readings(indicators: Sequence[str], title: str | None = None) -> str:
    """'How to read these figures' for ``indicators``, from indicators.yml (shown where they first appear)."""
    definitions = load_definitions()
    items = [f"- **{escape(_(definitions[i].label))}**: {escape(_(definitions[i].reading))}"
             for i in dict.fromkeys(indicators) if i in definitions]
    if not items:
        return ""
    title = title or _("How to read these figures")
    return f'::: {{.callout-note title="{escape(title)}"}}\n' + "\n".join(items) + "\n:::"


def key_figures_table(data: Data, indicators: Sequence[str]) -> str:
    """Latest tier (with the kind of source behind it) plus, for each indicator, its latest value as the source
    states it, year and change (only between comparable values), all cited."""
    rows = []
    found, _text = status_text(data)
    if found is not None:
        value = ev(escape(_(found.tier)), found.ids)
        value += f" ({escape(term(found.qualifier))})" if found.qualifier else ""
        where = _("{year} report, per a {kind}").format(year=found.year, kind=_kind(found.kind))
        if found.secondary:
            where += " " + _("(secondary)")
        rows.append([escape(_("Tier placement")), value, where, ""])
    for fig in key_figures(data.table, list(indicators)):
        if fig.latest is None and (parts := parts_only(data.table, fig.indicator)):
            year = max(parts)
            rows.append([escape(_(fig.label)), _("parts only: {parts}").format(parts=_parts(parts[year])), str(year),
                         ""])
        elif fig.latest is None:
            rows.append([escape(_(fig.label)), escape(_("no figure")), "", ""])
        else:
            latest = cited(fig.latest, fig.latest.unit or None) + _beside(data, fig.indicator, fig.latest.year)
            rows.append([escape(_(fig.label)), latest, str(fig.latest.year), _change(fig)])
    return pipe_table([_("Indicator"), _("Latest"), _("Year"), _("Change")], rows, "lrrr")


def _beside(data: Data, indicator: str, year: int) -> str:
    """'; potential: [110] victims' after a latest value: the counts of a class of their own the source gives for the
    same year (Albania 2022: two official victims and 110 potential ones), so the key figure is not read as all."""
    definition = load_definitions().get(indicator)
    out = ""
    for qualifier in definition.own_counts if definition else ():
        same = [p for p in per_year(series(data.table, indicator, None, qualifier)) if p.year == year]
        if same:
            value = cited(same[0], same[0].unit or None)
            out += _("; {what}: {value}").format(what=escape(term(qualifier)), value=value)
    return out


def tier_sentence(data: Data) -> str:
    """'Latest tier placement: [Tier 2] in the 2025 report (upgrade), after [Tier 2] in 2024.' — "after" only
    when the year before is known; otherwise the unknown years are named."""
    history = tier_history(data.table)
    if history.empty:
        return _("The sources give no tier placement{window}.").format(window=window(data))
    latest = history[history["year"] == history["year"].max()].sort_values("source_year").iloc[-1]
    text = _("Latest tier placement: {tier} in the {year} report").format(
        tier=ev(escape(_(latest["tier"])), latest["ids"]), year=latest["year"])
    if latest["qualifier"]:
        text += f" ({escape(term(latest['qualifier']))})"
    earlier = history[history["year"] < latest["year"]]
    if not earlier.empty:
        before = earlier[earlier["year"] == earlier["year"].max()].sort_values("source_year").iloc[-1]
        if before["year"] == latest["year"] - 1:
            text += _(", after {tier} in {year}").format(tier=ev(escape(_(before["tier"])), before["ids"]),
                                                       year=before["year"])
        else:
            text += _("; the placement for {gap} is unknown (no source gives it), and the last one known before is "
                      "{tier} in {year}").format(gap=_span(before["year"] + 1, latest["year"] - 1),
                                                 tier=ev(escape(_(before["tier"])), before["ids"]), year=before["year"])
    text += "."
    if history["conflict"].any():
        years = ", ".join(str(y) for y in sorted(set(history.loc[history["conflict"], "year"])))
        text += " " + _("Sources disagree on the placement for {years}.").format(years=years)
    return text


def _span(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def tier_history_table(data: Data) -> str:
    """Report year, tier, change, source: one row per placement a source states, and one row for each run of
    report years no source covers ("unknown"), so a gap never reads as an unchanged tier."""
    history = tier_history(data.table)
    rows = []
    previous = None
    for r in history.itertuples():
        if previous is not None and r.year > previous + 1:
            rows.append([_span(previous + 1, r.year - 1), escape(_("unknown")), "", escape(_("no source gives it"))])
        previous = r.year
        kind = data.sources[s].kind if (s := r.source_ids[0]) in data.sources else ""
        names = ", ".join(data.sources[s].cite() if s in data.sources else s for s in r.source_ids)
        # the tier's name never wraps inside its narrow column ("Tier" above "2")
        tier = escape(_(r.tier)).replace(" ", "\u00a0")
        rows.append([str(r.year), ev(tier, r.ids) + (" " + _("(sources differ)") if r.conflict else ""),
                     escape(term(r.qualifier)) if r.qualifier else "",
                     escape(names) + (f" ({_kind(kind)})" if kind else "")])
    if not rows:
        return ""  # no placement: the tier sentence says so; a table of headers only says nothing more
    return pipe_table([_("Report year"), _("Tier"), _("Change"), _("Source")], rows, "rlll")


def mention_sentences(data: Data, indicator: str, what: str, plural: str | None = None, top_n: int = 5) -> str:
    """'The sources name 5 destination countries; the most named:' as a bullet, with 'Russia: named by [3 of 3]
    sources.' for each of the ``top_n`` most named nested under it."""
    table = mentions(data.table, indicator)
    if table.empty:
        return _("- The sources name no {what}{window}.").format(what=escape(_(what)), window=window(data))
    # out of the briefing's sources, not of those naming any: "named by 1 of 1" read as agreement of all six
    n_sources = max(data.table["source_id"].nunique(), table["source_id"].nunique())
    counts = table.groupby("value")["source_id"].nunique().sort_values(ascending=False, kind="stable")
    name = what if len(counts) == 1 else (plural or what + "s")
    head = _("The sources name {n} {what}.").format(n=len(counts), what=escape(_(name)))
    if len(counts) > 1:
        head = head[:-1] + (_("; the most named:") if len(counts) > top_n else ":")
    out = []
    for value in counts.index[:top_n]:
        ids = [i for ids in table.loc[table["value"] == value, "ids"] for i in ids]
        out.append(_("{value}: named by {n} sources.").format(
            value=escape(term(value)), n=ev(_("{n} of {total}").format(n=counts[value], total=n_sources), ids)))
    return f"- {head}\n" + "\n".join(f"    - {s}" for s in out)


def recurrence_sentences(data: Data, min_reports: int = 2) -> str:
    """Which recommendations recur between reports, and across how many years."""
    table = recurrence(data.table, min_reports)
    if table.empty:
        return _("- No recommendation recurs in {n} or more reports{window}.").format(
            n=min_reports, window=window(data))
    out = []
    for row in table.itertuples():
        years = i18n.join([str(y) for y in row.years])
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
    rows = [[str(r.year), escape(label(r.indicator)), ev(escape(term(r.text)), r.ids), escape(term(r.qualifier))]
            for r in events(data.table, tuple(indicators)).itertuples()]
    if not rows:
        return _("No dated step{window}.").format(window=window(data))
    return pipe_table([_("Year"), _("Kind"), _("What"), _("Step")], rows, "rlll")


def event_sentences(data: Data, indicators: Sequence[str] = ("convention", "law", "action_plan", "hotline")) -> str:
    """'2002: UN TIP Protocol (acceded).' for each dated step, as bullets; then the steps no source dates but names by
    their own period ("implemented the 2021-2023 NAP": 'National action plan 2021-2023 (implemented).')."""
    table = events(data.table, tuple(indicators))
    rows = data.table
    undated = rows[rows["indicator"].isin(indicators) & rows["year"].isna() & rows["value_text"].notna()
                   & (rows["unit"].fillna("") == "period")]
    if table.empty and undated.empty:
        return _("- The sources date no {what}{window}.").format(
            what=i18n.join([escape(label(i).lower()) for i in indicators], alternatives=True), window=window(data))
    dated = [f"{r.year}: {_event_name(r.indicator, r.text, r.ids)}"
             + (f" ({escape(term(r.qualifier))})" if r.qualifier else "") + "." for r in table.itertuples()]
    periods = [f"{escape(label(str(r['indicator'])))} {ev(escape(str(r['value_text'])), r['id'])}"
               + (f" ({escape(term(r['qualifier']))})" if pd.notna(r["qualifier"]) and r["qualifier"] else "") + "."
               for _i, r in undated.drop_duplicates(["indicator", "value_text"]).iterrows()]
    return bullets(dated + periods)


def steps_drawn_elsewhere(data: Data) -> str:
    """'- The chart also draws the dated action plans and hotlines; the prevention section lists them.' where the legal
    section's text dates no convention or law but its timeline chart draws other steps (Romania 2023: "The sources
    date no international convention or national law." above a chart with one dated step, a hotline)."""
    if not events(data.table, ("convention", "law")).empty or events(data.table, ("action_plan", "hotline")).empty:
        return ""
    return _("- The chart also draws the dated action plans and hotlines; the prevention section lists them.")


def _event_name(indicator: str, text: str, ids: Sequence[str]) -> str:
    """'Hotline [national trafficking-specific hotline]', said once: a step named only by its kind ("hotline") is
    its label, cited ("Hotline", "Горячая линия"); a name that says its kind ("national trafficking-specific
    hotline") needs no label before it in English."""
    definition = load_definitions().get(indicator)
    kind = (definition.label if definition else indicator.replace("_", " ")).casefold()
    if event_text(indicator, text) == label(indicator):
        return ev(escape(label(indicator)), ids)
    if i18n.current() == i18n.DEFAULT and re.search(rf"\b{re.escape(kind)}\b", str(text).casefold()):
        return ev(escape(term(text)), ids)
    return f"{escape(label(indicator))} {ev(escape(term(text)), ids)}"


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
        return _("No categories named{window}.").format(window=window(data))
    return pipe_table([_("Kind"), _("Category"), _("Named by")], rows)


def row_value(row: pd.Series) -> str:
    """A table row's value as the source states it, cited: hedge kept ("up to [1,000,000]"), "none reported",
    the words of "two or three", and "(capacity)" / "(planned)" where the figure is not a count."""
    if pd.isna(row["value"]):
        value = ev(escape(row["value_text"]), row["id"])
    elif not_reported(row):
        value = ev(escape(_("none reported")), row["id"])
    elif float(row["value"]) == 0:
        value = ev(escape(_("none")), row["id"])
    elif as_written(row):
        value = ev(escape(as_written(row)), row["id"])
    else:
        value = ev(escape(number(float(row["value"]))), row["id"])
        if hedge(row):
            value = _("{hedge} {figure}").format(hedge=escape(_(hedge(row))), figure=value)
    if pd.notna(row["value"]) and pd.notna(row["unit"]) and row["unit"]:
        value += f" {escape(i18n.unit(str(row['unit']), row['value']))}"
    marks = [str(row["qualifier"])] if pd.notna(row["qualifier"]) and row["qualifier"] else []
    kind = figure_kind(row)
    if kind and kind not in marks:
        marks.append(kind)
    return value + "".join(f" ({escape(term(m))})" for m in marks)


def _quoted(text: str, lang: str) -> str:
    """Source text marked with its language, so a briefing in another language never reads it as its own."""
    code = lang.lower() if re.fullmatch(r"[A-Za-z]{2,3}", lang or "") else "en"
    return f"[{escape(text)}]{{lang={code}}}" if text else ""


def evidence_table(data: Data, themes: Sequence[str], width: int = 160) -> str:
    """Every row of ``themes``: indicator, year, value (as :func:`row_value`), source and a shortened quote."""
    rows = data.theme(*themes).sort_values(["indicator", "year", "source_year", "id"], na_position="last")
    out = []
    for _i, r in rows.iterrows():
        source = data.sources.get(str(r["source_id"]))
        out.append([
            escape(_(label(str(r["indicator"])))),
            "" if pd.isna(r["year"]) else str(int(r["year"])),
            row_value(r),
            escape(source.cite() if source else r["source_id"]),
            _quoted(excerpt(str(r["quote"]), None if pd.isna(r["number_text"]) else str(r["number_text"]), width),
                    source.language if source else "en"),
        ])
    if not out:
        return _("No evidence{window}.").format(window=window(data))
    return pipe_table([_("Indicator"), _("Year"), _("Value"), _("Source"), _("Quote")], out, "lrrll")


def penalty_sentences(data: Data) -> str:
    """'Article 130.1, Article 167: 5 to 8 years' imprisonment (law as stated for 2021).' for each statute's
    latest prescribed range, as bullets: what the law prescribes, not sentences imposed."""
    rows = data.table[data.table["indicator"].isin(["penalty_min_years", "penalty_max_years"])
                      & data.table["value"].notna()]
    if rows.empty:
        return "- " + _("The sources state no prison term the law prescribes{window}.").format(window=window(data))
    rows = rows.assign(_q=rows["qualifier"].fillna(""), _y=rows["year"].fillna(rows["source_year"]))
    out = []
    order = rows.groupby("_q")["_y"].max().sort_values(kind="stable").index
    for statute in order:
        same = rows[rows["_q"] == statute]
        year = same["_y"].max()
        latest = same[same["_y"] == year]
        low = latest[latest["indicator"] == "penalty_min_years"]
        high = latest[latest["indicator"] == "penalty_max_years"]
        named = term(statute)  # a statute as written, or a group a penalty is for ("child victims": a bullet's start)
        law = escape(named[:1].upper() + named[1:]) if statute else escape(_("The trafficking statute"))
        when = "" if pd.isna(year) else int(year)
        if not low.empty and not high.empty:
            out.append(_("{law}: {low} to {high} years' imprisonment (as stated for {year}).").format(
                law=law, low=ev(number(float(low["value"].min())), low["id"]),
                high=ev(number(float(high["value"].max())), high["id"]), year=when))
        else:
            one = low if not low.empty else high
            what = _("at least {n} years' imprisonment") if not low.empty else _("up to {n} years' imprisonment")
            out.append(_("{law}: {what} (as stated for {year}).").format(
                law=law, what=what.format(n=ev(number(float(one["value"].iloc[0])), one["id"])), year=when))
    return bullets(out)


def recommendations_findings(data: Data, on: dt.date | None = None) -> str:
    """The recommendations tracker's text: how recent the recommendations are, each in the report's words, how to
    read them; without any, one line saying so (not "No data for recommendations" and "No recommendations")."""
    parts = [covered(data, ["recommendations"], _("recommendations"), on=on)]
    if not recommendations(data.table).empty:
        parts.append(recommendations_list(data))
    return "\n\n".join([*parts, readings(["recommendation"])])


def recommendations_list(data: Data) -> str:
    """Each recommendation in the report's words, grouped by report (newest first, with the kind of source),
    and how many reports make a recommendation on the same topic."""
    recs = recommendations(data.table)
    if recs.empty:
        return _("No recommendations in the sources{window}.").format(window=window(data))
    out = []
    groups = list(recs.groupby(["year", "source_id"], sort=False))
    for k, ((year, source_id), group) in enumerate(groups):
        if k == 1:  # the newest report in full; earlier ones collapsed on screen (in print a plain block)
            earlier = sum(len(g) for _key, g in groups[1:])
            years = ", ".join(str(y) for (y, _s), _g in groups[1:])
            summary = ngettext("Earlier reports: {n} recommendation ({years})",
                               "Earlier reports: {n} recommendations ({years})", earlier).format(n=earlier, years=years)
            out.append(f'::: {{.details summary="{summary}"}}\n')
        source = data.sources.get(str(source_id))
        name = escape(source.cite()) if source else escape(source_id)
        kind = f" ({escape(_(source.kind))})" if source and source.kind else ""
        out.append(f"**{year}**: {name}{kind}\n")
        for r in group.itertuples():
            repeated = (_("made in {n} reports ({years})").format(n=r.reports, years=", ".join(str(y) for y in r.years))
                        if r.reports > 1 else _("in this report only"))
            topics = "; ".join(escape(term(t)) for t in r.topics)
            # the text is the source's own (a quote); the cited span is the topic, last, so that its note mark
            # follows it (not the years "(2022, 2025)", where it would read as the note of one year)
            cite = repeated + " · " + ev(topics, r.ids) if topics else ev(repeated, r.ids)
            out.append(f"- {_quoted('“' + r.text + '”', source.language if source else 'en')} *{cite}*")
        out.append("")
    if len(groups) > 1:
        out.append(":::")
    return "\n".join(out).strip()


def record_sentence(data: Data, indicator: str, qualifier: str | None = TOTAL) -> str:
    """'Investigations, every year a source gives: [81] cases (2005), [34] (2006) … [22] (2021).' The whole
    record, not the latest change (the key figures give that); the unit is named whenever it changes."""
    points = per_year_and_unit(series(data.table, indicator, None, qualifier))
    only = parts_sentence(data, indicator) if qualifier == TOTAL else ""
    if not points:
        return only or _("The sources give no figure for {name}{window}.").format(
            name=escape(_(label(indicator)).lower()), window=window(data))
    parts, unit = [], None
    for p in points:
        value = cited(p, p.unit if p.unit != unit and p.value != 0 else None)
        unit = p.unit if p.value != 0 else unit
        parts.append(f"{value} ({p.year})")
    text = _("{name}, every year a source gives: {values}.").format(name=escape(_(label(indicator))),
                                                                     values=", ".join(parts))
    counted = [p for p in points if p.value > 0 and not p.as_written]
    # the highest of one unit (cases and persons are not one scale), every year of a tie named; not said when a value
    # is hedged ("at least 24" may be the highest)
    counted = [p for p in counted if p.unit == counted[-1].unit] if counted else []
    if len(counted) > 2 and not any(p.hedge for p in counted):
        top = max(p.value for p in counted)
        years = [str(p.year) for p in counted if p.value == top]
        text += " " + _("Highest: {year}.").format(year=i18n.join(years))
    return f"{text} {only}" if only else text


def _parts(parts: Sequence[tuple[str, Point]]) -> str:
    """'[425] cases (sex trafficking) and [53] cases (labor trafficking)': parts of one year, each cited."""
    return i18n.join([_("{value} ({part})").format(value=cited(p, p.unit or None),
                                                     part=escape(term(q)) if q else escape(_("a part")))
                      for q, p in parts])


def parts_sentence(data: Data, indicator: str, unit: str | None = None) -> str:
    """'Investigations, parts only (no total stated): [425] cases (sex trafficking) and [53] cases (labor
    trafficking) in 2013.' for the years the sources give an indicator only by its parts; "" when none. Parts are
    never added up: the source may leave some out."""
    years = parts_only(data.table, indicator, unit)
    if not years:
        return ""
    spans = [_("{parts} in {year}").format(parts=_parts(parts), year=year) for year, parts in years.items()]
    return _("{name}, parts only (no total stated): {years}.").format(name=escape(_(label(indicator))),
                                                                      years="; ".join(spans))


def _rise(old: float, new: float) -> str:
    """The verb of a rise as large as it is: 14 to 28 "doubled" (not "more than doubled"), 19 to 113 "rose more
    than 5-fold" (not merely "more than doubled"), 10 to 30 "rose 3-fold"."""
    if not old or new < 2 * old:
        return _("rose")
    if new == 2 * old:
        return _("doubled")
    times = int(new // old)
    if times < 3:
        return _("more than doubled")
    if new == times * old:
        return ngettext("rose {n}-fold", "rose {n}-fold", times).format(n=times)
    return ngettext("rose more than {n}-fold", "rose more than {n}-fold", times).format(n=times)


def _change_phrase(fig: KeyFigure) -> str | None:
    """'investigations more than doubled (10 to 22)' for the summary; None when not comparable."""
    if fig.latest is None or fig.previous is None:
        return None
    way = direction(fig.previous, fig.latest)
    if not way:
        return None
    name = escape(_(fig.label).lower())
    before, after = cited(fig.previous), cited(fig.latest)
    old, new = fig.previous.value, fig.latest.value
    if way == "same":
        return _("{name} held at {after}").format(name=name, after=after)
    if way == "rose":
        verb = _rise(old, new)
    elif new == 0:
        verb = _("dropped to none reported") if fig.latest.not_reported else _("dropped to none")
        return _("{name} {verb} (from {before})").format(name=name, verb=verb, before=before)
    elif new * 2 == old:
        verb = _("halved")
    else:
        verb = _("more than halved") if new < old / 2 else _("fell")
    return _("{name} {verb} ({before} to {after})").format(name=name, verb=verb, before=before, after=after)


def summary(data: Data, indicators: Sequence[str], on: dt.date | None = None) -> str:
    """The executive summary as prose, made from the data: where the country stands, what changed, what
    stands out and what is missing. It never repeats the sections' sentences: it compares and points."""
    on = on or briefing_date()
    country = _country(data) or _("The country")
    paragraphs = []
    kinds = {k: v.kind for k, v in data.sources.items()}
    found = status(data.table, kinds)
    if found is not None:
        text = _("**Where it stands.** {country} is on {tier} in the {year} TIP Report").format(
            country=country, tier=ev(escape(_(found.tier)), found.ids), year=found.year)
        text += (f" ({escape(term(found.qualifier))})" if found.qualifier else "") + "."
        if found.secondary:
            text += " " + _("That rests on a {kind} alone").format(kind=_kind(found.kind))
            if found.primary is not None:
                text += _("; the newest report in the sources, for {year}, placed it on {tier}").format(
                    year=found.primary.year, tier=ev(escape(_(found.primary.tier)), found.primary.ids))
            text += "."
        paragraphs.append(text)
    figures = key_figures(data.table, list(indicators))
    changes = [(f, c) for f in figures if (c := _change_phrase(f))]
    if changes:
        spans = sorted({(f.previous.year, f.latest.year) for f, _c in changes})
        if len(spans) == 1:
            lead = _("Between {first} and {last}, ").format(first=spans[0][0], last=spans[0][1])
            parts = [c for _f, c in changes]
        else:
            lead = ""
            parts = [_("{change} between {first} and {last}").format(change=c, first=f.previous.year,
                                                                      last=f.latest.year) for f, c in changes]
        joined = i18n.join(parts)
        paragraphs.append(_("**What changed.** {lead}{changes}.").format(lead=lead, changes=joined))
    stands = _stands_out(data, figures)
    if stands:
        paragraphs.append(_("**What stands out.** {items}").format(items=" ".join(stands)))
    missing = _missing(data, figures, on)
    if missing:
        paragraphs.append(_("**What is missing.** {items}").format(items=" ".join(missing)))
    return "\n\n".join(paragraphs)


def _stands_out(data: Data, figures: Sequence[KeyFigure]) -> list[str]:
    out = []
    latest = {f.indicator: f.latest for f in figures if f.latest is not None}
    inv, pro, con = (latest.get(i) for i in ("investigations", "prosecutions", "convictions"))
    if inv and con and inv.year == con.year and inv.value > 0:
        if con.value == 0:
            out.append(_("In {year} the sources give {inv} investigations but {con} convictions.").format(
                year=inv.year, inv=cited(inv), con=cited(con)))
        elif not comparable(inv, con):
            out.append(_("In {year} the sources give {inv} investigations and {con} convictions, counted in {a} and "
                         "{b}: not a conviction rate.").format(year=inv.year, inv=cited(inv), con=cited(con),
                                                               a=escape(i18n.unit(inv.unit, 5)),
                                                               b=escape(i18n.unit(con.unit, 5))))
        else:
            out.append(_("In {year}, {con} convictions followed {inv} investigations.").format(
                year=inv.year, con=cited(con), inv=cited(inv)))
    officials = [p for i in ("officials_investigated", "officials_prosecuted", "officials_convicted")
                 if (pts := per_year(series(data.table, i)))
                 for p in [pts[-1]]]
    if officials and all(p.value == 0 for p in officials):
        year = max(p.year for p in officials)
        ids = [i for p in officials for i in p.ids]
        word = _("none reported") if any(p.not_reported for p in officials) else _("none")
        out.append(_("Complicit officials investigated, prosecuted or convicted in the latest year with a figure "
                     "({year}): {none}.").format(none=ev(escape(word), ids), year=year))
    capacity = [r for _i, r in figure_rows(data.table).iterrows() if figure_kind(r)]
    if capacity:
        names = sorted({_(label(str(r["indicator"]))).lower() for r in capacity})
        out.append(_("For {names} the sources give only a capacity or a plan, not what was done.").format(
            names=escape(i18n.join(names))))
    conflicts = data.table["flags"].fillna("").str.contains("conflict").sum()
    if conflicts:
        out.append(_("Sources disagree on {n} figures; the briefing shows each value with its source.").format(
            n=number(int(conflicts))))
    return out


def _missing(data: Data, figures: Sequence[KeyFigure], on: dt.date) -> list[str]:
    out = []
    absent = {f.indicator: (escape(_(f.label).lower()), bool(parts_only(data.table, f.indicator)))
              for f in figures if f.latest is None}
    partial = [name for name, parted in absent.values() if parted]
    none = [name for name, parted in absent.values() if not parted]
    if none:
        out.append(_("No source gives a figure for {names}.").format(names=i18n.join(none, alternatives=True)))
    if partial:
        out.append(_("For {names} the sources give only parts (by form, group or agency), no total; the sections "
                     "list them.").format(names=i18n.join(partial)))
    # the year of the latest figure the key figures show (a part of a later year is not one of them)
    year = max((f.latest.year for f in figures if f.latest is not None), default=None)
    if year is not None and on.year - year >= STALE_AFTER:
        newer = sorted({int(y) for y in data.table["source_year"].dropna() if int(y) > year + 1})
        text = _("The key figures are for {year}, {span} before this briefing.").format(
            year=year, span=years(on.year - year))
        if newer:
            text += " " + _("Sources published later ({years}) give none newer.").format(
                years=", ".join(str(y) for y in newer))
        out.append(text)
    single = [escape(_(f.label).lower()) for f in figures if f.latest is not None and f.previous is None]
    if single:
        out.append(_("Only one year has a figure for {names}, so no trend can be read.").format(
            names=i18n.join(single)))
    return out


def heading(text: str) -> str:
    """A bold run-in heading for a group of findings inside a section ("Complicit officials"), then a blank line."""
    return f"**{escape(_(text))}**\n\n"


#: The complicit-officials indicators and the verb each one stands for.
OFFICIALS = {"officials_investigated": i18n.N_("investigated"), "officials_prosecuted": i18n.N_("prosecuted"),
             "officials_convicted": i18n.N_("convicted")}


def officials_sentences(data: Data) -> str:
    """'2021: investigated, prosecuted and convicted: [none reported].' for every year with a figure on
    complicit officials, the three stages together (one line a year instead of three sentences)."""
    by_year: dict[int, list[tuple[str, Point]]] = {}
    for indicator, verb in OFFICIALS.items():
        for p in per_year(series(data.table, indicator)):
            by_year.setdefault(p.year, []).append((verb, p))
    if not by_year:
        return "- " + _("The sources give no figure on complicit officials{window}.").format(window=window(data))
    out = []
    for year in sorted(by_year):
        groups: dict[tuple, list[tuple[str, Point]]] = {}
        for verb, p in by_year[year]:
            groups.setdefault((p.value, p.not_reported, p.hedge, p.as_written), []).append((verb, p))
        parts = []
        for same in groups.values():
            verbs = [_(v) for v, _p in same]
            said = i18n.join(verbs)
            first = same[0][1]
            point = Point(first.year, first.value, tuple(i for _v, p in same for i in p.ids), first.source_ids,
                          first.source_year, first.zero_stated, first.conflict, first.not_reported, first.hedge,
                          first.unit, first.as_written)
            parts.append(_("{verbs}: {value}").format(verbs=said, value=cited(point)))
        kinds = sorted({data.sources[s].kind for _v, p in by_year[year] for s in p.source_ids
                        if s in data.sources and data.sources[s].kind})
        source = f" ({escape(', '.join(_(k) for k in kinds))})" if kinds else ""
        out.append(_("{year}: {parts}{source}.").format(year=year, parts="; ".join(parts), source=source))
    return bullets(out)
