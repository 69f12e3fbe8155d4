"""Second pass on unseen TIP phrasings: zeros after the verb, subgroups, channels, comparisons, tiers, money.

Each test was a misreading of sentences written in the style of 2019-2024 TIP narratives.
"""

from __future__ import annotations

import pytest

from tipbrief.indicators.numbers import find_numbers, parse_number

from .conftest import flags_of, rows_for, values_of


@pytest.mark.parametrize(
    ("text", "indicator", "year"),
    [
        ("The government convicted no traffickers in 2020.", "convictions", 2020),
        ("Authorities identified no victims during the reporting period.", "victims_identified", 2020),
        ("The government prosecuted no one under the trafficking article.", "prosecutions", 2020),
        ("Police investigated zero cases of trafficking in 2019.", "investigations", 2019),
    ],
)
def test_zero_after_the_verb(text, indicator, year):
    f = rows_for(text)
    assert values_of(f, indicator) == [(year, 0.0, None)]
    assert "zero_stated" in flags_of(f, indicator, 0)


def test_zero_after_the_verb_needs_a_trafficking_object():
    assert rows_for("The ministry prosecuted no later than June.").empty
    f = rows_for("Courts convicted 12 traffickers, and prosecuted no officials.")
    assert values_of(f, "officials_prosecuted") == [(2020, 0.0, None)]
    assert values_of(f, "prosecutions") == []


def test_n_of_them_takes_the_unit_of_what_it_refers_to():
    f = rows_for("In 2021, police investigated 11 suspects and prosecuted four of them.", reporting_year=2021)
    assert values_of(f, "prosecutions") == [(2021, 4.0, None)]
    assert f[f["indicator"] == "prosecutions"]["unit"].tolist() == ["persons"]
    f = rows_for("Police opened 20 cases in 2020 and prosecuted six of them; courts convicted two of them.")
    assert f[f["indicator"] == "prosecutions"][["value", "unit"]].values.tolist() == [[6.0, "cases"]]
    assert values_of(f, "convictions") == [(2020, 2.0, None)]


def test_zero_for_a_subgroup_of_victims_is_no_total_zero():
    f = rows_for("The government did not identify any foreign victims.")
    assert values_of(f, "victims_identified") == [(2020, 0.0, "foreign")]
    assert flags_of(f, "victims_identified", 0) >= {"breakdown", "zero_stated"}
    f = rows_for("Authorities identified no Nepali victims in 2020.")
    assert values_of(f, "victims_identified") == [(2020, 0.0, "Nepali")]
    f = rows_for("The government did not identify any human trafficking victims.")
    assert values_of(f, "victims_identified") == [(2020, 0.0, None)]


def test_rescued_victims_are_identified_with_a_rescued_qualifier():
    f = rows_for("Police rescued 45 children from a brick kiln and freed 12 victims from a farm.")
    assert values_of(f, "victims_identified") == [(2020, 12.0, "rescued"), (2020, 45.0, "rescued children")]


def test_victims_found_through_the_hotline_are_a_part_only_next_to_a_total():
    f = rows_for("The government identified 26 potential victims through the hotline.")
    assert values_of(f, "victims_identified") == [(2020, 26.0, "through the hotline")]
    assert "breakdown" not in flags_of(f, "victims_identified", 26)
    f = rows_for("The government identified 80 victims in 2020. It identified 26 potential victims through the "
                 "hotline.")
    assert values_of(f, "victims_identified") == [(2020, 26.0, "through the hotline"), (2020, 80.0, None)]
    assert "breakdown" in flags_of(f, "victims_identified", 26)
    f = rows_for("The government identified 80 victims, including 26 potential victims through the hotline.")
    assert values_of(f, "victims_identified") == [(2020, 26.0, "through the hotline"), (2020, 80.0, None)]


@pytest.mark.parametrize(
    ("text", "year", "inferred"),
    [
        ("The labor inspectorate employed 120 inspectors, down from 135 in 2021.", 2022, True),
        ("In 2022, the labor inspectorate employed 120 inspectors, up from 135 in 2021.", 2022, False),
        ("The labor inspectorate employed 120 inspectors, a decrease from 135 in 2021.", 2022, True),
        ("The labor inspectorate employed 120 inspectors in 2022, an increase from 135 in 2021.", 2022, False),
    ],
)
def test_down_from_is_a_comparison_and_the_figure_keeps_its_own_year(text, year, inferred):
    f = rows_for(text, year=2023, reporting_year=2022, period={"start": 2022, "end": 2022})
    assert values_of(f, "labor_inspectors") == [(2021, 135.0, None), (year, 120.0, None)]
    assert ("year_inferred" in flags_of(f, "labor_inspectors", 120)) is inferred
    assert "year_inferred" not in flags_of(f, "labor_inspectors", 135)


def test_government_and_ngos_together_are_no_ngo_figure():
    f = rows_for("The government and NGOs identified 70 victims. NGOs, together with the police, identified 12 "
                 "victims. Civil society organizations identified nine victims.")
    assert values_of(f, "victims_identified") == [(2020, 12.0, None), (2020, 70.0, None),
                                                (2020, 9.0, "by NGOs or international organizations")]


def test_one_zero_sentence_for_three_stages_is_total_not_officials():
    f = rows_for("The government did not report any investigations, prosecutions, or convictions in 2020.",
                 reporting_year=2021)
    for ind in ("investigations", "prosecutions", "convictions"):
        assert values_of(f, ind) == [(2020, 0.0, None)], ind
    assert f[f["indicator"].str.startswith("officials_")].empty


def test_cases_of_two_forms_give_two_parts_and_no_total():
    f = rows_for("Police investigated 12 cases of sex trafficking and three cases of forced labor.")
    assert values_of(f, "investigations") == [(2020, 12.0, "sex trafficking"), (2020, 3.0, "forced labor")]
    assert "breakdown" in flags_of(f, "investigations", 12)
    assert "breakdown" in flags_of(f, "investigations", 3)


def test_prosecution_acquittal_and_sentences_are_read_for_what_they_are():
    f = rows_for("The Prosecutor General's Office initiated prosecution of 27 defendants.")
    assert values_of(f, "prosecutions") == [(2020, 27.0, None)]
    f = rows_for("Courts convicted 14 traffickers and acquitted three.")
    assert values_of(f, "convictions") == [(2020, 14.0, None)]
    assert len(f) == 1
    f = rows_for("The government sentenced 10 traffickers to prison terms ranging from two to eight years.")
    assert f[f["indicator"].str.startswith("penalty_")].empty


def test_tier_moves_give_only_the_tier_reached():
    f = rows_for("The country remained on Tier 2 Watch List for the third consecutive year.")
    assert f[["value_text", "qualifier"]].values.tolist() == [["Tier 2 Watch List", "remained"]]
    f = rows_for("The country was downgraded from Tier 2 to Tier 2 Watch List.")
    assert f[["value_text", "qualifier"]].values.tolist() == [["Tier 2 Watch List", "downgrade"]]
    f = rows_for("The country was upgraded from Tier 2 Watch List to Tier 2.")
    assert f[["value_text", "qualifier"]].values.tolist() == [["Tier 2", "upgrade"]]


def test_money_with_billion_and_a_two_word_currency():
    f = rows_for("The government provided 1.2 billion Uzbek soum ($115,000) for victim assistance.")
    rows = f[f["indicator"] == "shelter_funding"]
    assert sorted(zip(rows["unit"], rows["value"], strict=True)) == [("USD", 115_000.0), ("UZS", 1_200_000_000.0)]


def test_plus_and_more_than_are_approximate():
    assert parse_number("1,000-plus") == 1000
    assert [m.text for m in find_numbers("some 1,000-plus workers")] == ["1,000-plus"]
    f = rows_for("The government identified 1,000-plus victims. Police identified more than 300 victims in 2019.")
    assert values_of(f, "victims_identified") == [(2019, 300.0, None), (2020, 1000.0, None)]
    assert "approximate" in flags_of(f, "victims_identified", 1000)
    assert "approximate" in flags_of(f, "victims_identified", 300)


def test_of_the_n_victims_identified_states_the_total_and_its_parts():
    f = rows_for("Of the 52 victims identified, 40 were women and 12 were children.")
    assert values_of(f, "victims_identified") == [(2020, 12.0, "children"), (2020, 40.0, "women"),
                                                (2020, 52.0, None)]
    assert "breakdown" in flags_of(f, "victims_identified", 40)
    assert "breakdown" not in flags_of(f, "victims_identified", 52)
    f = rows_for("The government identified 52 victims. Of the 52 victims identified, 40 were women.")
    assert values_of(f, "victims_identified") == [(2020, 40.0, "women"), (2020, 52.0, None)]


def test_a_bare_figure_after_an_ing_verb_keeps_its_own_indicator():
    f = rows_for("The government reported prosecuting 33 suspects, up from 21 in 2019, and convicting 15, down "
                 "from 18.")
    assert values_of(f, "prosecutions") == [(2019, 21.0, None), (2020, 33.0, None)]
    assert values_of(f, "convictions") == [(2019, 18.0, None), (2020, 15.0, None)]


def test_of_whom_parts_end_where_a_new_verb_begins():
    f = rows_for("In 2020, the government identified 75 victims, of whom 30 were children, and referred 60 to "
                 "shelters.")
    assert values_of(f, "victims_identified") == [(2020, 30.0, "children"), (2020, 75.0, None)]
    assert values_of(f, "victims_referred") == [(2020, 60.0, None)]


def test_rescued_workers_and_a_compared_subgroup_zero():
    f = rows_for("Police rescued more than 200 Cambodian workers from scam compounds.")
    assert values_of(f, "victims_identified") == [(2020, 200.0, "rescued workers")]
    f = rows_for("The government did not identify any child victims in 2020, compared with five in 2019.")
    assert values_of(f, "victims_identified") == [(2019, 5.0, "child"), (2020, 0.0, "child")]
    assert "breakdown" in flags_of(f, "victims_identified", 5)


def test_the_tier_move_named_nearest_the_tier_wins():
    f = rows_for("The country remained on Tier 2 Watch List for the second consecutive year after being downgraded "
                 "in 2021.")
    assert f[["value_text", "qualifier"]].values.tolist() == [["Tier 2 Watch List", "remained"]]


def test_n_of_the_m_and_cases_sent_to_court_are_their_own_stage():
    f = rows_for("The government convicted 12 of the 29 defendants and prosecuted 20 of the 35 suspects.")
    assert values_of(f, "convictions") == [(2020, 12.0, None)]
    assert values_of(f, "prosecutions") == [(2020, 20.0, None)]
    f = rows_for("Officials investigated 18 cases under Article 301, of which six went to court.")
    assert values_of(f, "investigations") == [(2020, 18.0, "Article 301")]
    assert values_of(f, "prosecutions") == [(2020, 6.0, "Article 301")]
