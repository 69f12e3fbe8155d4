"""Charts the theme notebooks share, drawn in the house style with the evidence rules built in.

Rules every chart follows: a year without a figure is a gap (no marker, no line through it; a
line joins consecutive years only); sources that disagree on a year show every value, hollow,
joined by a dotted line and labelled; a zero a source states is drawn and labelled like any
value; every figure has a title, labelled axes with units and a source line naming its documents.
Artists carry a ``gid`` ("points:<name>", "segment:<name>", "conflict:<name>", "source-line")
so tests can check these rules on the figure itself.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.path import Path as MplPath
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox, blended_transform_factory

from tipbrief import atomic, i18n
from tipbrief.i18n import _, ngettext
from tipbrief.toolkit import describe, style
from tipbrief.toolkit.analysis import (
    TIER_ORDER,
    Data,
    Point,
    comparable,
    converted_only,
    event_text,
    events,
    label,
    mentions,
    own_label,
    parts_only,
    recurrence,
    series_groups,
    term,
    tier_history,
    window,
)
from tipbrief.toolkit.cite import number


def set_alt(fig: Figure, text: str) -> Figure:
    """Attach ``text`` to ``fig`` as its alt text: what the chart shows, in words."""
    fig.__dict__[style.ALT_ATTRIBUTE] = " ".join(str(text).split())
    return fig


def alt_text(fig: Figure) -> str:
    """The alt text a chart function attached to ``fig`` ("" for a figure drawn elsewhere)."""
    return str(fig.__dict__.get(style.ALT_ATTRIBUTE, ""))


def _plain(text: str, width: int | None = None) -> str:
    """Source text made safe for matplotlib (no mathtext) and optionally shortened."""
    text = " ".join(str(text).split())
    if width and len(text) > width:
        text = text[: width - 1].rsplit(" ", 1)[0] + "…"
    return text.replace("$", r"\$")


def _wrapped(text: str, width: int, line: int = 22, lines: int = 2) -> str:
    """Source text shortened to ``width`` characters and wrapped onto at most ``lines`` lines of ``line``
    characters (tick labels: more lines would run into the next row's)."""
    return "\n".join(textwrap.wrap(_plain(text, width), line, max_lines=lines, placeholder="…"))


def _new(title: str, ncols: int = 1, figsize: tuple[float, float] = style.FIGSIZE,
         nrows: int = 1) -> tuple[Figure, list[Axes]]:
    fig, axes = plt.subplots(nrows, ncols, figsize=figsize, squeeze=False, layout="constrained")
    # bold text runs wider (Cyrillic more so): 0.85 keeps a wrapped title within the figure's width
    title = "\n".join(textwrap.wrap(title, round(0.85 * style.LINE_CHARS * style.SMALL / style.RC["axes.titlesize"])))
    fig.suptitle(title, x=0.0, ha="left", fontsize=style.RC["axes.titlesize"], fontweight="bold")
    return fig, list(axes.flat)


def _finish(fig: Figure, source_line: str, note: str = "") -> Figure:
    """Write the value labels of every panel (now that legends, titles and scales are set) and the source line."""
    for ax in fig.axes:
        place_labels(ax)
    for ax in fig.axes:
        if _is_empty(ax):  # (a caller may name the axes or set their ticks after saying they are empty)
            ax.set_xlabel("")
            ax.set_ylabel("")
            ax.set_xticks([])
            ax.set_yticks([])
            ax.grid(False)
    if fig.axes and all(_is_empty(ax) for ax in fig.axes):
        fig.set_figheight(EMPTY_HEIGHT)  # nothing to draw: one line that says so, not half a page of blank frame
    text = "\n".join(textwrap.wrap(_plain(source_line), style.LINE_CHARS))
    if note:
        text = "\n".join(textwrap.wrap(_plain(note), style.LINE_CHARS)) + "\n" + text
    fig.text(0.0, -0.01, text, ha="left", va="top", fontsize=style.SMALL, color=style.MUTED, gid="source-line",
             wrap=False)
    return fig


#: Height (inches) of a chart whose every panel is empty: its title, the message and the source line.
EMPTY_HEIGHT = 1.5


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=style.MUTED, gid="empty")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_frame_on(False)


def _is_empty(ax: Axes) -> bool:
    return any(t.get_gid() == "empty" for t in ax.texts)


def _name(indicator: str, qualifier: str) -> str:
    """Series name: the indicator's label, plus the qualifier when the series is not a total."""
    return own_label(indicator, qualifier) or label(indicator) + (
        f" ({_plain(term(qualifier), 30)})" if qualifier else "")




def _runs(years: Sequence[int]) -> list[list[int]]:
    """Split sorted years into runs of consecutive years."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return runs


def draw_points(ax: Axes, points: list[Point], name: str, color: str, offset: float = 0.0, labels: bool = True,
                marker: str = "o") -> None:
    """Draw one series by the evidence rules (see module docstring); ``offset`` dodges series in x, ``marker``
    tells what the series counts (one shape per unit in a chart).

    Value labels are queued on the axes and placed by :func:`place_labels` once the scales are final.
    """
    if not points:
        return
    by_year: dict[int, list[Point]] = {}
    for p in points:
        by_year.setdefault(p.year, []).append(p)
    single = sorted(y for y, ps in by_year.items() if len(ps) == 1)
    for run in (part for whole in _runs(single) for part in _same_measure(whole, by_year)):
        if len(run) > 1:
            ax.plot([y + offset for y in run], [by_year[y][0].value for y in run], color=color, marker="none",
                    gid=f"segment:{name}", zorder=2)
    solid = [p for p in points if not p.conflict]
    ax.plot([p.year + offset for p in solid], [p.value for p in solid], linestyle="none", marker=marker, color=color,
            gid=f"points:{name}", zorder=3, label=name)
    for year, ps in by_year.items():
        if len(ps) > 1:
            values = [p.value for p in ps]
            ax.plot([year + offset] * len(ps), values, linestyle=":", color=style.ALERT, marker=marker,
                    markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.6, gid=f"conflict:{name}",
                    zorder=3)
    if labels:
        for p in points:
            text = number(p.value) if p.value else (_("none reported") if p.not_reported else "0")
            queue_label(ax, p.year + offset, p.value, text + (" *" if p.conflict else ""), name)


def queue_label(ax: Axes, x: float, y: float, text: str, name: str) -> None:
    """Ask for ``text`` beside the marker at (x, y); :func:`place_labels` writes it where it overlaps nothing."""
    ax.__dict__.setdefault("_tipbrief_labels", []).append((x, y, text, name))


def _same_measure(run: list[int], by_year: dict[int, list[Point]]) -> list[list[int]]:
    """Split a run of consecutive years where two neighbours do not measure the same thing: a line joins
    points only of the same unit (cases, persons), from a common source, with comparable hedges."""
    parts: list[list[int]] = []
    for y in run:
        p = by_year[y][0]
        if parts:
            q = by_year[parts[-1][-1]][0]
            if comparable(q, p) and set(q.source_ids) & set(p.source_ids):
                parts[-1].append(y)
                continue
        parts.append([y])
    return parts


#: Where a value label may sit around its marker, tried in this order: (horizontal, vertical) side, where -1 is
#: left or below, 0 centred and 1 right or above.
_SIDES = ((1, 1), (0, 1), (-1, 1), (1, 0), (-1, 0), (1, -1), (0, -1), (-1, -1))
#: (distance from a marker's centre to its label in points, whether the label must cross no line), in the order
#: tried: beside the marker clear of lines, a little farther, then over a line (on a white ground), then farther
#: out with a leader line.
_TRIES = ((4.5, True), (9.0, True), (4.5, False), (9.0, False), (16.0, True), (16.0, False), (24.0, False),
          (34.0, False))
_WHITE = {"boxstyle": "square,pad=0.05", "facecolor": "white", "edgecolor": "none"}
_LEADER = {"arrowstyle": "-", "color": style.MUTED, "linewidth": 0.6, "shrinkA": 0, "shrinkB": 4}
#: Room kept between a label and anything else, in points (a phone's fallback font may be a little wider).
_GAP = 1.5

Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box) -> float:
    """Area two boxes (x0, y0, x1, y1) share."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def marker_boxes(ax: Axes) -> list[Box]:
    """Every drawn marker of the axes, as a box in display pixels."""
    scale = ax.figure.dpi / 72
    boxes = []
    for line in ax.get_lines():
        if line.get_marker() in (None, "", " ", "none", "None") or not line.get_visible():
            continue
        r = (line.get_markersize() + line.get_markeredgewidth()) / 2 * scale
        boxes += [(px - r, py - r, px + r, py + r) for px, py in ax.transData.transform(line.get_xydata())]
    return boxes


def _line_paths(ax: Axes) -> list[MplPath]:
    """Every drawn line of the axes (series segments, conflicts, spans), in display pixels."""
    return [MplPath(ax.transData.transform(line.get_xydata())) for line in ax.get_lines()
            if line.get_linestyle() not in ("None", "none", "", " ") and len(line.get_xdata()) > 1]


def _spots(px: float, py: float, w: float, h: float, scale: float):
    """Candidate label boxes around a marker at (px, py), in the order of _TRIES and _SIDES."""
    for distance, clear in _TRIES:
        d = distance * scale
        for sx, sy in _SIDES:
            x0 = px + d if sx > 0 else px - d - w if sx < 0 else px - w / 2
            lift = 0.2 * d if sx else d
            y0 = py + lift if sy > 0 else py - h - lift if sy < 0 else py - h / 2
            yield (x0, y0, x0 + w, y0 + h), clear, distance


def place_labels(ax: Axes) -> None:
    """Write the queued value labels where none overlaps another label, a marker, other text or the legend, and
    none leaves the axes (so none touches an axis or a tick label). A line runs under a label only when no spot
    near the marker is clear of lines; a label set farther out gets a thin leader line to its marker.

    Hand-written rather than adjustText (it moves labels iteratively to *minimise* overlaps, without promising
    none) or textalloc (it drops a label it cannot place): every value is labelled, and the rule is testable.
    """
    queue = ax.__dict__.pop("_tipbrief_labels", [])
    if not queue:
        return
    fig = ax.figure
    fig.draw_without_rendering()  # final layout and scales: the pixel positions below are those drawn
    renderer = fig.canvas.get_renderer()
    scale = fig.dpi / 72
    gap = _GAP * scale
    frame = ax.bbox.extents
    markers = marker_boxes(ax)
    lines = _line_paths(ax)
    taken: list[Box] = [tuple(t.get_window_extent(renderer).extents) for t in ax.texts
                        if t.get_visible() and t.get_text()]
    if ax.get_legend() is not None:
        taken.append(tuple(ax.get_legend().get_window_extent(renderer).extents))
    at = [tuple(ax.transData.transform((x, y))) for x, y, *_rest in queue]

    def crowding(k: int) -> int:
        return sum(abs((b[0] + b[2]) / 2 - at[k][0]) < 24 * scale and abs((b[1] + b[3]) / 2 - at[k][1]) < 24 * scale
                   for b in markers)

    for k in sorted(range(len(queue)), key=crowding, reverse=True):  # the most crowded marker chooses first
        x, y, text, name = queue[k]
        px, py = at[k]
        probe = ax.text(0, 0, text, fontsize=style.SMALL)
        ext = probe.get_window_extent(renderer)
        probe.remove()
        best: tuple[float, Box, float, bool] | None = None
        for box, clear, distance in _spots(px, py, ext.width, ext.height, scale):
            padded = (box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap)
            outside = not (frame[0] <= padded[0] and padded[2] <= frame[2] and frame[1] <= padded[1]
                           and padded[3] <= frame[3])
            clash = sum(_overlap(padded, b) for b in (*markers, *taken)) + (ext.width * ext.height if outside else 0)
            crosses = any(p.intersects_bbox(Bbox.from_extents(*box), filled=False) for p in lines)
            if clash == 0 and not (clear and crosses):
                best = (0.0, box, distance, crosses)
                break
            if best is None or clash < best[0]:
                best = (clash, box, distance, crosses)
        _clash, box, distance, crosses = best
        far = distance > _TRIES[1][0]
        ax.annotate(text, (x, y), xytext=((box[0] - px) / scale, (box[1] - py) / scale), textcoords="offset points",
                    fontsize=style.SMALL, color="#222222", ha="left", va="bottom", gid=f"label:{name}", zorder=4,
                    annotation_clip=False,
                    bbox=_WHITE if crosses else None, arrowprops=_LEADER if far else None)
        taken.append(box)


def _years() -> MaxNLocator:
    """Whole years, as many as the axis has room for at its tick label size (no two year labels touch)."""
    return MaxNLocator(integer=True, nbins="auto", steps=[1, 2, 5, 10])


def _year_axis(ax: Axes, xlabel: str | None = None) -> None:
    """Integer year ticks spanning the drawn years with a little room, counts from zero."""
    years = [x for line in ax.get_lines() if (line.get_gid() or "").startswith(("points:", "conflict:"))
             for x in line.get_xdata()]
    ax.xaxis.set_major_locator(_years())
    if years:
        lo, hi = min(years), max(years)
        pad = max(0.6, 0.06 * (hi - lo))
        ax.set_xlim(lo - pad, hi + pad)
        if hi - lo < 8 and round(hi) - round(lo) < ax.xaxis.get_tick_space():  # few years, room: tick each one
            ax.set_xticks(range(round(lo), round(hi) + 1))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.set_xlabel(xlabel or _("Year the figure refers to"))
    ax.grid(axis="y")
    # from zero, with room for a label above the highest value; at least to 1, so a chart of zeros ("none") has whole
    # numbers on its axis, not 0.00-0.05
    ax.set_ylim(0, max(1.0, ax.get_ylim()[1] * 1.06))


def _conflict_handle() -> Line2D:
    return Line2D([], [], linestyle=":", color=style.ALERT, marker="o", markerfacecolor="white",
                  markeredgecolor="#333333", label=_("sources differ (*)"))


#: Marker shapes, one per unit a chart counts in (cases, persons): colour tells the indicator, shape the unit.
MARKERS = ("o", "s", "^", "D", "v")


def _unit_name(name: str, unit: str, indicator: str = "") -> str:
    """'Convictions' counted in persons -> 'Convictions (persons)': a series says what it counts (unless its
    indicator says it already: victims_identified counts victims)."""
    if not unit or unit.rstrip("s") in indicator:
        return name
    return _("{series} ({unit})").format(series=name, unit=i18n.unit(unit, 5))


def by_unit(points: Sequence[Point]) -> list[tuple[str, list[Point]]]:
    """A series split by what its values count (unit, lower case): points of different units never share a line
    or a legend entry. Points without a unit join the one unit the others state, if there is just one."""
    units: dict[str, list[Point]] = {}
    for p in points:
        units.setdefault(p.unit.strip().casefold(), []).append(p)
    if "" in units and len(units) == 2:
        blank = units.pop("")
        (only,) = units
        units[only] = sorted([*units[only], *blank], key=lambda p: p.year)
    return sorted(units.items())


def _legend_above(ax: Axes, handles: list, labels: list[str]) -> None:
    """Legend under the title, above the plot, across the figure's width (it never covers data and fits a phone):
    two columns when the names are short, else one, long names wrapped."""
    def place(ncol: int) -> Legend:
        return ax.legend(handles=handles, labels=["\n".join(textwrap.wrap(t, 50)) for t in labels], loc="lower left",
                         bbox_to_anchor=(0.0, 1.0), borderaxespad=0.3, borderpad=0.0, ncol=ncol,
                         bbox_transform=blended_transform_factory(ax.figure.transFigure, ax.transAxes))

    if max((len(t) for t in labels), default=0) > 26:
        place(1)
        return
    # two columns only when they fit the figure's width as drawn (Cyrillic runs wider): a legend wider than the
    # figure makes the layout shrink the plot to nothing
    legend = place(2)
    if legend.get_window_extent(ax.figure.canvas.get_renderer()).width > 0.95 * ax.figure.bbox.width:
        legend.remove()
        place(1)


def trend(
    data: Data,
    indicators: Sequence[str],
    title: str,
    ylabel: str,
    unit: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Several indicators over time on one axis. Each series is one indicator in one unit, named with it
    ("Convictions (persons)"): a colour per indicator, a marker shape per unit, so values that count
    different things (cases, persons) are never joined or read as one series."""
    rows = data.table[data.table["indicator"].isin(indicators)]
    if unit is not None:
        rows = rows[rows["unit"].fillna("").str.upper() == unit.upper()]
    if ax is None:
        fig, (ax,) = _new(title)
    else:
        fig = ax.figure
    groups = [(i, _name(i, q), pts) for i in indicators for q, pts in series_groups(rows, i, unit)]
    split = [[(_unit_name(name, u, i), ups) for u, ups in by_unit(pts)] for i, name, pts in groups]
    units = sorted({u for _i, _name_, pts in groups for u, _pts in by_unit(pts)})
    shape = {u: MARKERS[k % len(MARKERS)] for k, u in enumerate(units)}
    drawn = [s for parts in split for s in parts]
    # only parts of a total ("425 for sex trafficking, 53 for labor trafficking"): not drawn as series of their own,
    # which would read as totals, but not "no figures" either
    parted = not drawn and any(parts_only(data.table, i, unit) for i in indicators)
    if not drawn:
        _empty(ax, _("No totals in the sources{window}: their parts are listed in the text").format(
            window=window(data)) if parted else _("No figures in the sources{window}").format(window=window(data)))
    years = [p.year for _name_, pts in drawn for p in pts]
    step = max(0.12, 0.02 * (max(years) - min(years))) if years else 0.0  # dodge: about a marker's width
    n = len(groups)
    for k, (indicator, name, pts) in enumerate(groups):
        offset = (k - (n - 1) / 2) * step if n > 1 else 0.0
        for u, ups in by_unit(pts):
            draw_points(ax, ups, _unit_name(name, u, indicator), style.PALETTE[k % len(style.PALETTE)], offset,
                        marker=shape[u])
    if drawn:
        _year_axis(ax)
        handles, labels = ax.get_legend_handles_labels()
        if any(p.conflict for _name_, pts in drawn for p in pts):
            handles.append(_conflict_handle())
            labels.append(handles[-1].get_label())
        _legend_above(ax, handles, labels)
    ax.set_ylabel(ylabel)
    empty = (_("no totals in the sources{window}: their parts are listed in the text") if parted
             else _("no figures in the sources{window}"))
    set_alt(fig, describe.series_text(title, drawn, empty.format(window=window(data))))
    return _finish(fig, data.source_line(numeric_source_rows(rows, indicators)),
                   _("Markers are years with a figure; a line joins consecutive years that count the same thing."))


def numeric_source_rows(rows: pd.DataFrame, indicators: Sequence[str]) -> pd.DataFrame:
    """Rows that a numeric chart of ``indicators`` actually draws from."""
    return rows[rows["indicator"].isin(indicators) & rows["value"].notna() & rows["year"].notna()]


def funnel(data: Data, indicators: Sequence[str] = ("investigations", "prosecutions", "convictions")) -> Figure:
    """Law-enforcement funnel over time: investigations, prosecutions, convictions."""
    return trend(data, indicators, _("Law enforcement: investigations, prosecutions and convictions"),
                 _("Number"))


def victims(data: Data, indicators: Sequence[str] = ("victims_identified", "victims_referred")) -> Figure:
    """Victims identified versus referred to care, by year."""
    return trend(data, indicators, _("Victims identified and referred to care"), _("Number"))


def funding_currencies(data: Data, currencies: Sequence[str] | None = None,
                       indicator: str = "shelter_funding") -> list[str]:
    """The currencies to show: ``currencies`` if given, else every unit the sources state ``indicator``
    in (sorted, U.S. dollars last); ["USD"] when there is none, so the chart says there is no figure."""
    if currencies:
        return list(currencies)
    rows = data.table[(data.table["indicator"] == indicator) & data.table["value"].notna()]
    units = sorted({str(u) for u in rows["unit"].dropna() if str(u).strip()})
    return sorted(units, key=lambda u: u.upper() == "USD") or ["USD"]


def funding(data: Data, currencies: Sequence[str] | None = None, indicator: str = "shelter_funding") -> Figure:
    """Government funding for victim services, one panel per currency as the sources state it (default: the
    currencies the sources use, see :func:`funding_currencies`), stacked so that each panel has the full width.
    U.S. dollars that are only the source's conversion of the amounts drawn in another currency get no panel of
    their own unless asked for: it was the same money twice."""
    asked = bool(currencies)
    if not currencies:
        found = funding_currencies(data, None, indicator)
        currencies = [c for c in found if not converted_only(data.table, indicator, c)] or found
    height = min(4.2, 1.3 + 1.45 * len(currencies))
    fig, axes = _new(_("Government funding for victim services"), nrows=len(currencies),
                     figsize=(style.FIGSIZE[0], height))
    rows = data.table[data.table["indicator"] == indicator]
    names = sorted({q for cur in currencies for q, _ in series_groups(rows, indicator, cur)})
    shown = {q: _plain(own_label(indicator, q) or term(q).capitalize()) if q else label(indicator) for q in names}
    years = [p.year for cur in currencies for _q, pts in series_groups(rows, indicator, cur) for p in pts]
    step = max(0.06, 0.015 * (max(years) - min(years))) if years else 0.0
    for ax, cur in zip(axes, currencies, strict=True):
        groups = series_groups(rows, indicator, cur)
        for q, pts in groups:
            k = names.index(q)
            offset = (k - (len(names) - 1) / 2) * step
            draw_points(ax, pts, shown[q], style.PALETTE[k % len(style.PALETTE)], offset)
        if groups:
            _year_axis(ax, _("Year the figure refers to") if ax is axes[-1] else "")
            if years:
                ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
            ax.yaxis.set_major_locator(MaxNLocator(nbins=4))
            ax.yaxis.set_major_formatter(lambda v, _pos: number(v))
        elif not asked and rows["value"].isna().all():  # no amount in any currency: not "No USD figures"
            _empty(ax, _("No figures in the sources{window}").format(window=window(data)))
        else:
            _empty(ax, _("No {currency} figures{window}").format(currency=cur, window=window(data)))
        ax.set_ylabel(_("{currency} per year").format(currency=cur))  # short: it fits a short panel
    # a legend for two series, and for one that is not the indicator's own total (a national action plan's budget
    # alone under the title "Government funding for victim services" read as money for victim services)
    if (len(names) > 1 or any(names)) and years:
        handles = [Line2D([], [], linestyle="none", marker="o", color=style.PALETTE[k % len(style.PALETTE)],
                          label=shown[q]) for k, q in enumerate(names)]
        _legend_above(axes[0], handles, [h.get_label() for h in handles])
    used = rows[rows["value"].notna() & rows["unit"].fillna("").str.upper().isin([c.upper() for c in currencies])]
    drawn = [(f"{shown[q]} ({cur})", pts)
             for cur in currencies for q, pts in series_groups(rows, indicator, cur)]
    set_alt(fig, describe.series_text(_("Government funding for victim services"), drawn,
                                      _("no figures in the sources{window}").format(window=window(data))))
    usd = any(c.upper() == "USD" for c in currencies)
    return _finish(fig, data.source_line(used),
                   _("USD amounts are conversions stated by the source, not ours.") if usd else "")


def panels(data: Data, indicators: Sequence[str], title: str) -> Figure:
    """Small multiples: one panel per indicator that has figures (each with its own scale)."""
    have = [i for i in indicators if series_groups(data.table, i)]
    fig, axes = _new(title, ncols=max(1, min(len(have), 3)))
    if not have:
        _empty(axes[0], _("No figures in the sources{window}").format(window=window(data)))
    for k, (ax, indicator) in enumerate(zip(axes, have[:3], strict=False)):
        for j, (q, pts) in enumerate(series_groups(data.table, indicator)):
            draw_points(ax, pts, _name(indicator, q), style.PALETTE[(k + j) % len(style.PALETTE)])
        _year_axis(ax, _("Year"))
        place_labels(ax)
        ax.set_title(_wrapped(label(indicator), 40, 18), fontsize=style.SMALL, fontweight="normal")
        ax.set_ylabel(_("Number"))
    drawn = [(_name(i, q), pts) for i in have[:3] for q, pts in series_groups(data.table, i)]
    set_alt(fig, describe.series_text(title, drawn, _("no figures in the sources{window}").format(
        window=window(data))))
    return _finish(fig, data.source_line(numeric_source_rows(data.table, have)),
                   _("Markers are years with a figure; a line joins consecutive years only."))


def tiers(data: Data) -> Figure:
    """Tier placement by TIP report year; disagreeing sources show both placements."""
    fig, (ax,) = _new(_("Tier placement in the U.S. Trafficking in Persons Report"))
    history = tier_history(data.table)
    history = history[history["tier"].isin(TIER_ORDER)]
    level = {t: len(TIER_ORDER) - 1 - k for k, t in enumerate(TIER_ORDER)}
    if history.empty:
        _empty(ax, _("No tier placement in the sources{window}").format(window=window(data)))
    else:
        pts = [
            Point(int(r.year), float(level[r.tier]), tuple(r.ids), tuple(r.source_ids), int(r.source_year),
                  conflict=bool(r.conflict))
            for r in history.itertuples()
        ]
        draw_points(ax, pts, "Tier", style.PALETTE[0], labels=False)
        for r in history.itertuples():
            if r.qualifier:
                queue_label(ax, r.year, level[r.tier], _plain(term(r.qualifier), 20), "Tier")
        ax.xaxis.set_major_locator(_years())
        lo, hi = int(history["year"].min()), int(history["year"].max())
        ax.set_xlim(lo - max(1.0, 0.08 * (hi - lo)), hi + max(2.5, 0.12 * (hi - lo)))  # room for a label each side
        if history["conflict"].any():
            _legend_above(ax, [_conflict_handle()], [_conflict_handle().get_label()])
    ax.set_yticks(list(level.values()), ["\n".join(textwrap.wrap(_(k), 16)) for k in level])
    ax.set_ylim(-0.5, len(TIER_ORDER) - 0.5)
    ax.set_xlabel(_("Report year"))
    ax.set_ylabel(_("Tier (higher is better)"))
    ax.grid(axis="y")
    rows = data.table[data.table["indicator"] == "tier"]
    set_alt(fig, describe.tiers_text(_("Tier placement in the U.S. Trafficking in Persons Report"),
                                     [(int(r.year), _(str(r.tier)), bool(r.conflict)) for r in history.itertuples()],
                                     _("no tier placement in the sources{window}").format(window=window(data))))
    return _finish(fig, data.source_line(rows))


def matrix(data: Data, indicator: str, title: str, ylabel: str, top_n: int = 12) -> Figure:
    """Which source names which category (e.g. destination countries): a dot per mention."""
    table = mentions(data.table, indicator)
    fig, (ax,) = _new(title)
    if table.empty:
        _empty(ax, _("No source names one{window}").format(window=window(data)))
        ax.set_ylabel(ylabel)
        ax.set_xlabel(_("Source"))
        set_alt(fig, describe.mentions_text(title, [], 0,
                                            _("no source names one{window}").format(window=window(data))))
        return _finish(fig, data.source_line(table.assign(source_year=[])))
    counts = table.groupby("value")["source_id"].nunique().sort_values(ascending=False, kind="stable")
    values = list(counts.index[:top_n])
    cols = (table.drop_duplicates("source_id").sort_values("source_year")[["source_id", "source_year"]]
            .itertuples(index=False))
    cols = [c.source_id for c in cols]
    shown = table[table["value"].isin(values)]
    ys = {v: len(values) - 1 - k for k, v in enumerate(values)}
    xs = {s: k for k, s in enumerate(cols)}
    ax.scatter([xs[s] for s in shown["source_id"]], [ys[v] for v in shown["value"]], s=60, color=style.PALETTE[0],
               gid="points:mentions", zorder=3)
    for v in values:
        # right of the plot, where no grid line runs through it
        ax.annotate(_("{n} of {total}").format(n=counts[v], total=len(cols)), (len(cols) - 0.35, ys[v]),
                    fontsize=style.SMALL, va="center",
                    color=style.MUTED, annotation_clip=False)
    ax.set_yticks(list(ys.values()), [_plain(term(v), 28) for v in ys])
    ax.set_xticks(list(xs.values()), [_plain(s, 22) for s in cols], rotation=20, ha="right")
    ax.set_xlim(-0.6, len(cols) - 0.5)
    ax.set_ylim(-0.6, len(values) - 0.4)
    ax.grid(True)
    ax.set_xlabel(_("Source (catalog id; full titles below)"))
    ax.set_ylabel(ylabel)
    note = _("Top {n} of {total} shown.").format(n=top_n, total=len(counts)) if len(counts) > top_n else ""
    used = data.table[(data.table["indicator"] == indicator) & data.table["value_text"].isin(values)]
    set_alt(fig, describe.mentions_text(title, [(term(str(v)), int(c)) for v, c in counts.items()], len(cols), ""))
    return _finish(fig, data.source_line(used), note)


def recurring(data: Data, min_reports: int = 1, top_n: int = 10) -> Figure:
    """Recommendations by topic: a dot for each report year that makes them, joined across the span."""
    table = recurrence(data.table, min_reports).head(top_n)
    fig, (ax,) = _new(_("Recommendations and the reports that repeat them"), figsize=(style.FIGSIZE[0], 4.0))
    if table.empty:
        _empty(ax, _("No recommendation made by {n}+ reports{window}").format(n=min_reports, window=window(data)))
    for k, row in enumerate(table.itertuples()):
        y = len(table) - 1 - k
        ax.plot([row.first, row.last], [y, y], color="#bbbbbb", linewidth=3, solid_capstyle="round",
                gid="span:recommendation", zorder=1)
        ax.plot(list(row.years), [y] * len(row.years), linestyle="none", marker="o", color=style.PALETTE[0],
                gid="points:recommendation", zorder=3)
        reports = ngettext("{n} report", "{n} reports", row.reports).format(n=row.reports)
        ax.annotate(reports, (row.last, y), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize=style.SMALL, color=style.MUTED)
    if not table.empty:
        ax.set_yticks(range(len(table)), [_wrapped(term(t), 44) for t in table["topic"][::-1]])
        ax.xaxis.set_major_locator(_years())
        ax.margins(x=0.12, y=0.08)
        ax.grid(axis="x")
    ax.set_xlabel(_("Report year"))
    ax.set_ylabel(_("Recommendation (topic)"))
    used = data.table[data.table["indicator"] == "recommendation"]
    total = len(recurrence(data.table, min_reports))
    note = _("The {n} most repeated of {total} topics shown.").format(n=top_n, total=total) if total > top_n else ""
    set_alt(fig, describe.recommendations_text(
        _("Recommendations and the reports that repeat them"),
        [(term(str(r.topic)), int(r.reports), int(r.first), int(r.last)) for r in table.itertuples()], total,
        _("no recommendation made by {n}+ reports{window}").format(n=min_reports, window=window(data))))
    return _finish(fig, data.source_line(used), note)


def _qualifiers(text: str) -> str:
    """'acceded, ratified' in the briefing's language, each word through the message catalogue."""
    return ", ".join(term(q.strip()) for q in str(text).split(","))


def timeline(data: Data, top_n: int = 14) -> Figure:
    """Conventions, laws, action plans and hotlines: one row per dated step, oldest at the top."""
    table = events(data.table)
    kinds = [i for i in ("convention", "law", "action_plan", "hotline") if i in set(table["indicator"])]
    shown = table.head(top_n)
    fig, (ax,) = _new(_("Legal and policy framework: dated steps"),
                      figsize=(style.FIGSIZE[0], min(4.6, 1.6 + 0.3 * len(shown))))
    if table.empty:
        _empty(ax, _("No dated convention, law or plan in the sources{window}").format(window=window(data)))
    for k, row in enumerate(shown.itertuples()):
        y = len(shown) - 1 - k
        colour = style.PALETTE[kinds.index(row.indicator) % len(style.PALETTE)]
        ax.plot([shown["year"].min() - 1, row.year], [y, y], color="#e3e3e3", linewidth=0.8, zorder=1)
        ax.plot([row.year], [y], marker="D", color=colour, linestyle="none", gid=f"points:{row.indicator}", zorder=3)
    if not shown.empty:
        ticks = [_wrapped((_("Action plan") + " " if r.indicator == "action_plan" else "")
                          + event_text(r.indicator, r.text)
                          + (f" ({_plain(_qualifiers(r.qualifier), 24)})" if r.qualifier else ""), 40)
                 for r in shown.itertuples()]
        ax.set_yticks(range(len(shown)), ticks[::-1], fontsize=style.SMALL)
        ax.set_ylim(-0.7, len(shown) - 0.3)
        ax.set_xlim(shown["year"].min() - 1, shown["year"].max() + 1)
        ax.xaxis.set_major_locator(_years())
        ax.grid(axis="x")
        handles = [Line2D([], [], marker="D", linestyle="none", color=style.PALETTE[k % len(style.PALETTE)],
                          label=label(kind)) for k, kind in enumerate(kinds)]
        _legend_above(ax, handles, [h.get_label() for h in handles])
    ax.set_xlabel(_("Year (adopted, ratified or established)"))
    ax.set_ylabel(_("Step"))
    used = data.table[data.table["indicator"].isin(["convention", "law", "action_plan", "hotline"])]
    note = _("First {n} of {total} steps shown.").format(n=top_n, total=len(table)) if len(table) > top_n else ""
    set_alt(fig, describe.steps_text(
        _("Legal and policy framework: dated steps"),
        [(int(r.year), (_("Action plan") + " " if r.indicator == "action_plan" else "")
          + " ".join(event_text(r.indicator, r.text).split())) for r in table.itertuples()], len(table),
        _("no dated convention, law or plan in the sources{window}").format(window=window(data))))
    return _finish(fig, data.source_line(used), note)


def save(fig: Figure, output_dir: str | Path, name: str) -> None:
    """Save ``fig`` as ``<output_dir>/<name>.png`` (200 dpi) atomically; nothing when output_dir is empty."""
    if not output_dir:
        return
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=style.DPI, bbox_inches="tight")
    target = Path(output_dir) / f"{name}.png"
    atomic.write_bytes(target, buf.getvalue())
