"""Series, latest values, tiers and recurrence computed from the hand-made table."""

from __future__ import annotations

import pandas as pd
import pytest

from tipbrief.errors import ParameterError
from tipbrief.indicators.table import read_table
from tipbrief.toolkit import analysis


def test_series_keeps_gaps_conflicts_and_stated_zeros(table_csv):
    table = read_table(table_csv)
    pts = analysis.series(table, "convictions")
    assert [p.year for p in pts] == [2005, 2005, 2020, 2021]  # no 2006-2019 points invented
    conflict = [p for p in pts if p.year == 2005]
    assert {p.value for p in conflict} == {6.0, 9.0} and all(p.conflict for p in conflict)
    zero = pts[-1]
    assert zero.value == 0 and zero.zero_stated and not zero.conflict
    assert all(p.value != 3 for p in pts)  # the breakdown row is not a total



def test_a_figure_of_the_generic_reader_is_never_a_total(table_csv):
    """Rows flagged ``review`` (rules/generic.py) stay in the table for the analyst, but no chart or total uses them."""
    table = read_table(table_csv)
    row = table[table["indicator"] == "convictions"].iloc[[0]].copy()
    row["year"], row["value"], row["flags"] = 2023, 77.0, "review"
    flagged = pd.concat([table, row], ignore_index=True)
    assert 2023 not in [p.year for p in analysis.series(flagged, "convictions")]
    row["flags"] = ""
    assert 2023 in [p.year for p in analysis.series(pd.concat([table, row], ignore_index=True), "convictions")]

def test_qualified_values_are_their_own_series(table_csv):
    table = read_table(table_csv)
    assert analysis.series_groups(table, "penalty_min_years") == [
        ("Article 130.1", analysis.series(table, "penalty_min_years", qualifier="Article 130.1"))
    ]
    assert analysis.series_groups(table, "convictions")[0][0] == analysis.TOTAL


def test_counts_of_a_class_of_their_own_are_drawn_beside_the_total(table_csv):
    """"110 potential victims and two official victims": the potential count is a series next to the total (the
    definition's own_counts); a part such as children is not, while a total exists."""
    table = read_table(table_csv)
    table = table[table["indicator"] != "victims_identified"]
    total = table[(table["indicator"] == "convictions") & table["qualifier"].isna()].iloc[[0, 0, 0]].copy()
    total["indicator"], total["year"] = "victims_identified", [2021, 2021, 2022]
    total["value"], total["qualifier"] = [5.0, 154.0, 2.0], ["", "potential", ""]
    total["id"] = ["v-2021", "v-2021-potential", "v-2022"]
    children = total.iloc[[2]].assign(value=1.0, qualifier="children", id="v-2022-children")
    groups = analysis.series_groups(pd.concat([table, total, children], ignore_index=True), "victims_identified")
    assert [(q, [(p.year, p.value) for p in pts]) for q, pts in groups] == [
        (analysis.TOTAL, [(2021, 5.0), (2022, 2.0)]), ("potential", [(2021, 154.0)])]
    no_total = pd.concat([table, total.iloc[[1]], children], ignore_index=True)
    alone = analysis.series_groups(no_total, "victims_identified")
    assert [q for q, _pts in alone] == ["children", "potential"]  # no total: one series per qualifier, as before


def test_year_filter_removes_rows(table_csv):
    table = read_table(table_csv)
    recent = analysis.filter_table(table, "Tajikistan", 2019, 2030)
    assert len(recent) < len(table)
    assert recent["year"].fillna(recent["source_year"]).min() >= 2019
    assert analysis.filter_table(table, "Kyrgyzstan").empty
    with pytest.raises(ParameterError, match="year_from 2030 is after year_to 2019"):
        analysis.filter_table(table, "", 2030, 2019)


def test_latest_tier_and_key_figures(table_csv):
    table = read_table(table_csv)
    tier, year, evidence = analysis.latest_tier(table)
    assert (tier, year) == ("Tier 2", 2025)
    assert evidence in set(table["id"])
    figures = {f.indicator: f for f in analysis.key_figures(table)}
    conv = figures["convictions"]
    assert (conv.latest.year, conv.latest.value, conv.previous.value, conv.change) == (2021, 0.0, 26.0, -26.0)
    assert analysis.latest_tier(table.iloc[0:0]) is None


def test_recurrence_groups_topics_across_reports(table_csv):
    rec = analysis.recurrence(read_table(table_csv), min_reports=2)
    by_topic = {r.topic.casefold().rstrip("."): r for r in rec.itertuples()}
    assert by_topic["fund the shelter"].years == (2006, 2022)
    assert by_topic["fund the shelter"].span == 17
    assert by_topic["investigate and prosecute complicit officials"].reports == 2  # case and '.' ignored
    assert "screen migrants for trafficking indicators" not in by_topic  # made once only


def test_source_line_names_titles_and_years(data):
    line = data.source_line(data.theme("prosecution"))
    assert line.startswith("Sources: ") and "2022 Trafficking in Persons Report: Tajikistan (2022)" in line


def test_recommendations_of_no_known_topic_are_grouped_by_their_text(table_csv):
    table = read_table(table_csv)
    recs = table[table["indicator"] == "recommendation"].head(1)
    text = "Establish a permanent anti-trafficking secretariat."
    other = [recs.assign(qualifier="other", value_text=text, year=year, id=f"other-{year}") for year in (2020, 2022)]
    unrelated = recs.assign(qualifier="other", value_text="Ratify ILO Convention 189.", year=2021, id="other-x")
    rec = analysis.recurrence(pd.concat([table, *other, unrelated]), min_reports=2)
    by_topic = {r.topic: r for r in rec.itertuples()}
    assert by_topic[text].years == (2020, 2022)  # the same text in two reports recurs
    assert "other" not in by_topic  # two different recommendations are not one topic "other"


def test_rows_of_a_qualifier_with_a_name_of_their_own_are_told_by_it(table_csv):
    """An action plan's budget is filed as funding of the kind "national action plan" ("allocated 430,000 cedis to
    implement its NAP"): the briefing names it so, never "Funding for victim protection (national action plan)"."""
    from tipbrief import i18n

    assert analysis.series_label("shelter_funding", "national action plan") == "National action plan budget"
    assert analysis.series_label("shelter_funding", "shelter") == "Funding for victim protection (shelter)"
    # Thailand 2018: "funding for migrant labor management and anti-trafficking efforts" is no victim protection
    assert analysis.series_label("shelter_funding", "other") == "Other anti-trafficking funding"
    assert analysis.series_label("victims_identified", "") == "Victims identified"
    with i18n.language("ru"):
        assert analysis.series_label("shelter_funding", "national action plan") == "Бюджет национального плана действий"
