"""Chart rules, checked on the matplotlib objects: gaps stay gaps, stated zeros are drawn and
labelled, conflicting values are all visible, and every chart has its title, axes, units and sources."""

from __future__ import annotations

import dataclasses
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from chart_calls import CHARTS

from tipbrief.toolkit import analysis, charts, style


@pytest.fixture(autouse=True)
def _close():
    style.use()
    yield
    plt.close("all")


def _artists(fig, prefix):
    return [a for ax in fig.axes for a in ax.get_children() if (a.get_gid() or "").startswith(prefix)]


def test_lines_join_consecutive_years_only(data):
    fig = charts.funnel(data)
    segments = _artists(fig, "segment:")
    assert segments, "consecutive years (2020-2021) should be joined"
    for line in segments:
        xs = sorted(line.get_xdata())
        assert all(abs((b - a) - 1) < 1e-9 for a, b in zip(xs, xs[1:], strict=False)), xs
    inv = [a for a in _artists(fig, "points:Investigations")][0]
    assert sorted(round(x) for x in inv.get_xdata()) == [2005, 2007, 2020, 2021]  # 2006 and 2008-19 are gaps


def test_stated_zero_is_drawn_and_labelled(data):
    fig = charts.funnel(data)
    conv = _artists(fig, "points:Convictions")[0]
    assert 0.0 in list(conv.get_ydata())
    labels = [a.get_text() for a in _artists(fig, "label:Convictions")]
    assert "none reported" in labels  # "did not report any convictions" is not a counted zero


def test_conflicting_values_are_both_visible_and_marked(data):
    fig = charts.funnel(data)
    (conflict,) = _artists(fig, "conflict:Convictions")
    assert sorted(conflict.get_ydata()) == [6.0, 9.0]
    assert len(set(round(x, 6) for x in conflict.get_xdata())) == 1
    assert conflict.get_linestyle() == ":" and conflict.get_markerfacecolor() == "white"
    legend = fig.axes[0].get_legend()
    assert "sources differ (*)" in [t.get_text() for t in legend.get_texts()]
    assert {"6 *", "9 *"} <= {a.get_text() for a in _artists(fig, "label:Convictions")}


def test_year_filter_removes_points(table_csv):
    recent = analysis.load(table_csv, "", "Tajikistan", 2019, 2030)
    fig = charts.funnel(recent)
    inv = _artists(fig, "points:Investigations")[0]
    assert sorted(round(x) for x in inv.get_xdata()) == [2020, 2021]
    assert not _artists(fig, "conflict:")




@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_has_title_axes_source_line_and_fits_a4(data, name):
    fig = CHARTS[name](data)
    assert fig._suptitle is not None and fig._suptitle.get_text()
    for ax in fig.axes:
        assert ax.get_xlabel() and ax.get_ylabel()
        assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    source = [t for t in fig.texts if t.get_gid() == "source-line"]
    assert len(source) == 1 and "Sources: " in source[0].get_text()
    width, height = fig.get_size_inches()
    assert width <= 6.3 + 1e-9 and height <= 4.2


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_every_chart_says_so_when_the_window_is_empty(table_csv, name, tmp_path):
    empty = analysis.load(table_csv, "", "Tajikistan", 1990, 1991)
    fig = CHARTS[name](empty)
    assert _artists(fig, "empty"), "an empty selection must say so, not draw an empty frame"
    assert fig.get_size_inches()[1] == charts.EMPTY_HEIGHT, "no half page of blank frame"
    assert "none for this selection" in [t for t in fig.texts if t.get_gid() == "source-line"][0].get_text()
    charts.save(fig, tmp_path, name)  # renders without error
    assert (tmp_path / f"{name}.png").stat().st_size > 1000


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_an_empty_chart_names_no_year_window_nobody_narrowed(table_csv, name):
    """A country whose sources give no such figure at all: "No figures in the sources", not "... for 2000-2030" (the
    notebooks' default window, which left nothing out)."""
    whole = analysis.load(table_csv, "", "Tajikistan", 2000, 2030)
    nothing = dataclasses.replace(whole, table=whole.table.iloc[0:0], windowed=False)
    texts = [t.get_text() for t in _artists(CHARTS[name](nothing), "empty")]
    assert texts and not any("2000" in t for t in texts), texts


def test_save_writes_a_200_dpi_png_and_nothing_without_a_folder(data, tmp_path, monkeypatch):
    from PIL import Image

    fig = charts.tiers(data)
    monkeypatch.chdir(tmp_path)  # a relative save would land here
    charts.save(fig, "", "ignored")
    assert list(tmp_path.rglob("*")) == [], "an empty output_dir saves nothing, anywhere"
    charts.save(fig, tmp_path / "figs", "tiers")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["figs", "tiers.png"]
    with Image.open(tmp_path / "figs" / "tiers.png") as img:
        assert round(img.info["dpi"][0]) == style.DPI
        assert img.size[0] <= 6.5 * style.DPI


def test_source_text_with_dollars_does_not_become_maths(data):
    table = data.table.copy()
    rows = table["indicator"] == "destination"
    table.loc[rows, "value_text"] = "Costs $5 and $6 <b>"
    fig = charts.matrix(analysis.Data(table, data.sources), "destination", "Destinations", "Country")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [r"Costs \$5 and \$6 <b>"]


def _boxes(fig, prefix):
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    return [(a, a.get_window_extent(renderer)) for a in _artists(fig, prefix)]


def _crowded(data):
    """The case the briefing showed stacked ("14 10 14"): three series within a few units in the same years,
    plus convictions counted in cases one year and in persons the next."""
    table = data.table.copy()
    extra = table[table["indicator"] == "convictions"].head(1).assign(year=2006, value=52.0, unit="persons",
                                                                       id="ev-conv-2006", flags="")
    table.loc[table["indicator"].isin(["investigations", "prosecutions", "convictions"]), "unit"] = "cases"
    table.loc[(table["indicator"] == "convictions") & (table["year"] >= 2020), "unit"] = "persons"
    table.loc[(table["indicator"] == "prosecutions") & (table["year"] == 2020), "value"] = 12.0
    return analysis.Data(pd.concat([table, extra], ignore_index=True), data.sources)


@pytest.mark.parametrize("name", sorted(CHARTS))
@pytest.mark.parametrize("crowded", [False, True])
def test_value_labels_overlap_nothing_and_stay_inside_the_axes(data, name, crowded):
    """No value label overlaps another, a marker, or leaves its axes (so none touches an axis or tick label)."""
    fig = CHARTS[name](_crowded(data) if crowded else data)
    labels = _boxes(fig, "label:")
    for ax in fig.axes:
        mine = [(a, b) for a, b in labels if a.axes is ax]
        frame = ax.bbox
        markers = charts.marker_boxes(ax)
        for k, (a, b) in enumerate(mine):
            assert frame.x0 <= b.x0 and b.x1 <= frame.x1 and frame.y0 <= b.y0 and b.y1 <= frame.y1, a.get_text()
            for other, c in mine[k + 1:]:
                assert not b.overlaps(c), (a.get_text(), other.get_text())
            for m in markers:
                assert not (b.x0 < m[2] and m[0] < b.x1 and b.y0 < m[3] and m[1] < b.y1), (a.get_text(), m)


def test_each_series_says_what_it_counts_and_units_are_never_joined(data):
    fig = charts.funnel(_crowded(data))
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Number"
    names = {(a.get_gid() or "")[len("points:"):] for a in _artists(fig, "points:")}
    assert {"Investigations (cases)", "Convictions (cases)", "Convictions (persons)"} <= names
    for line in _artists(fig, "segment:Convictions"):
        assert line.get_gid() in ("segment:Convictions (cases)", "segment:Convictions (persons)")
    cases = _artists(fig, "points:Convictions (cases)")[0]
    persons = _artists(fig, "points:Convictions (persons)")[0]
    assert cases.get_marker() != persons.get_marker(), "one shape per unit"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Convictions (persons)" in legend and "Convictions (cases)" in legend
    assert "convictions (persons) fell from 52 in 2006" in charts.alt_text(fig)


def test_chart_text_is_russian_in_the_russian_edition(data):
    from tipbrief import i18n

    with i18n.language("ru"):
        funnel = charts.funnel(_crowded(data))
        funding = charts.funding(data)
        tiers = charts.tiers(data)
        for fig in (funnel, funding, tiers):
            fig.draw_without_rendering()
    texts = [fig._suptitle.get_text() for fig in (funnel, funding, tiers)]
    for fig in (funnel, funding, tiers):
        for ax in fig.axes:
            texts += [ax.get_xlabel(), ax.get_ylabel()]
            texts += [t.get_text() for t in ax.get_yticklabels() if not t.get_text().replace(" ", "").isdigit()]
            if ax.get_legend():
                texts += [t.get_text() for t in ax.get_legend().get_texts()]
        texts += [a.get_text() for a in _artists(fig, "label:") if not any(ch.isdigit() for ch in a.get_text())]
    english = [t for t in texts if t and re.search(r"[A-Za-z]{3,}", t.replace("TJS", "").replace("USD", ""))]
    assert not english, english
    assert funnel.axes[0].get_ylabel() == "Число"
    assert "Обвинительные приговоры, человек" in [t.get_text() for t in funnel.axes[0].get_legend().get_texts()]


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_the_plot_keeps_its_width_in_russian(data, name):
    """Longer (Cyrillic) legends and labels must not squeeze the plot: a two-column legend wider than the figure
    once made the layout shrink the Russian timeline to half its English width."""
    from tipbrief import i18n

    widths = {}
    for lang in ("en", "ru"):
        with i18n.language(lang):
            fig = CHARTS[name](data)
            fig.draw_without_rendering()
        widths[lang] = min(ax.get_position().width for ax in fig.axes if ax.has_data())
    assert widths["ru"] >= 0.8 * widths["en"], widths


def test_matrix_counts_sit_right_of_the_plot_where_no_grid_line_crosses_them(data):
    fig = charts.matrix(data, "destination", "Destinations", "Destination country")
    ax = fig.axes[0]
    counts = [t for t in ax.texts if " of " in t.get_text()]
    assert counts and all(t.xy[0] > ax.get_xlim()[1] for t in counts)


def test_a_chart_of_zeros_only_has_whole_numbers_on_its_axis(data):
    # Seychelles 2022: one prosecution figure, "none", drew an axis of 0.00-0.05
    zeros = dataclasses.replace(data, table=data.table[(data.table["indicator"] == "convictions")
                                                       & (data.table["value"] == 0)])
    fig = charts.funnel(zeros)
    fig.canvas.draw()
    ticks = [t for t in fig.axes[0].get_yticks() if fig.axes[0].get_ylim()[0] <= t <= fig.axes[0].get_ylim()[1]]
    assert fig.axes[0].get_ylim()[1] >= 1 and all(float(t).is_integer() for t in ticks), ticks
