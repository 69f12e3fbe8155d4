"""Other countries' and years' TIP phrasings (texts written for these tests, not from the seeds)."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import flags_of, rows_for, values_of


def test_cases_with_breakdown_and_comparison():
    f = rows_for("The government reported investigating 45 cases (31 sex trafficking, 12 labor trafficking, and two "
                 "unspecified), compared with 52 cases in 2019.")
    assert values_of(f, "investigations") == sorted([
        (2019, 52.0, None), (2020, 45.0, None), (2020, 31.0, "sex trafficking"), (2020, 12.0, "labor trafficking"),
        (2020, 2.0, "unspecified")], key=str)
    assert "breakdown" in flags_of(f, "investigations", 31)
    assert "breakdown" not in flags_of(f, "investigations", 45)
    assert "year_inferred" in flags_of(f, "investigations", 45)


def test_prosecuted_and_convicted_persons_with_comparisons():
    f = rows_for("In 2020, the government prosecuted 18 alleged traffickers, compared with 20 in 2019. "
                 "Courts convicted 11 traffickers, compared with 15 in 2019.")
    assert values_of(f, "prosecutions") == [(2019, 20.0, None), (2020, 18.0, None)]
    assert values_of(f, "convictions") == [(2019, 15.0, None), (2020, 11.0, None)]
    assert set(f[f["indicator"] == "convictions"]["unit"]) == {"persons"}


def test_identified_and_referred():
    f = rows_for("Authorities identified 120 victims and referred 98 victims to care.")
    assert values_of(f, "victims_identified") == [(2020, 120.0, None)]
    assert values_of(f, "victims_referred") == [(2020, 98.0, None)]


def test_identified_with_two_earlier_years():
    f = rows_for("The government identified 230 victims in 2020, compared with 140 in 2019 and 205 in 2018.")
    assert values_of(f, "victims_identified") == [(2018, 205.0, None), (2019, 140.0, None), (2020, 230.0, None)]


def test_previous_reporting_period_is_reporting_year_minus_one():
    f = rows_for("Officials identified 33 victims, compared with 41 victims identified during the previous "
                 "reporting period.", reporting_year=2016, year=2017)
    assert values_of(f, "victims_identified") == [(2015, 41.0, None), (2016, 33.0, None)]


def test_money_in_local_currency_and_dollars():
    f = rows_for("The government allocated 1.2 million lari ($390,000) for victim protection in 2020, "
                 "compared with 900,000 lari ($290,000) in 2019.")
    got = sorted((int(r.year), r.value, r.unit) for r in f[f["indicator"] == "shelter_funding"].itertuples())
    assert got == [(2019, 290000.0, "USD"), (2019, 900000.0, "GEL"), (2020, 390000.0, "USD"),
                   (2020, 1200000.0, "GEL")]


def test_zero_stated_for_each_stage():
    f = rows_for("The government did not report investigating, prosecuting, or convicting any traffickers.")
    for ind in ("investigations", "prosecutions", "convictions"):
        assert values_of(f, ind) == [(2020, 0.0, None)], ind
        assert "zero_stated" in flags_of(f, ind, 0)


def test_no_one_convicted_under_an_article():
    f = rows_for("In 2019 no one was convicted under article 171.")
    assert values_of(f, "convictions") == [(2019, 0.0, "Article 171")]


def test_zero_for_complicit_officials():
    f = rows_for("The government did not report any investigations, prosecutions, or convictions of government "
                 "employees complicit in trafficking crimes.")
    assert values_of(f, "officials_prosecuted") == [(2020, 0.0, None)]
    assert values_of(f, "officials_convicted") == [(2020, 0.0, None)]
    assert values_of(f, "prosecutions") == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Therefore Belarus was upgraded to Tier 2.", 2.0, "upgrade"),
        ("Therefore Chad was downgraded to Tier 2 Watch List.", 2.5, "downgrade"),
        ("Therefore Eritrea remained on Tier 3.", 3.0, "remained"),
        ("Kuwait was placed on Tier 2 Watch List for the third consecutive year.", 2.5, "remained"),
        ("Finland (Tier 1)", 1.0, "rating"),
    ],
)
def test_tier_statements_take_the_report_year(text, value, qualifier):
    f = rows_for(text)
    assert values_of(f, "tier") == [(2021, value, qualifier)]


def test_tier_in_named_years_gives_one_row_per_year():
    f = rows_for('The State Department placed the country in "Tier 2" in 2017 and 2023.', kind="encyclopedia article")
    assert [y for y, _, _ in values_of(f, "tier")] == [2017, 2023]


def test_tier_waiver_is_not_a_placement():
    f = rows_for("Without a waiver the country would have been downgraded to Tier 3.")
    assert values_of(f, "tier") == []


def test_penalty_range_with_statute():
    f = rows_for("Article 168 of the criminal code criminalized sex trafficking and labor trafficking and prescribed "
                 "penalties of three to 10 years' imprisonment.")
    assert values_of(f, "penalty_min_years") == [(2020, 3.0, "Article 168")]
    assert values_of(f, "penalty_max_years") == [(2020, 10.0, "Article 168")]


def test_penalty_for_rape_is_not_a_trafficking_penalty():
    f = rows_for("The penalty for rape ranges from 12 to 20 years imprisonment under article 138.")
    assert f.empty or f["indicator"].str.startswith("penalty").sum() == 0


def test_number_words_and_during_the_year():
    f = rows_for("Forty-six victims were provided with shelter and assistance during the year.")
    assert values_of(f, "victims_assisted") == [(2020, 46.0, None)]
    assert "year_inferred" in flags_of(f, "victims_assisted", 46)


def test_back_reference_breakdown():
    f = rows_for("Police opened 60 trafficking cases in 2020. Of these cases, 40 were for forced labor.")
    assert values_of(f, "investigations") == [(2020, 40.0, "forced labor"), (2020, 60.0, None)]
    assert "breakdown" in flags_of(f, "investigations", 40)


def test_repatriated_and_same_number_as():
    f = rows_for("The government repatriated 12 victims from Russia during the reporting period. "
                 "It prosecuted nine cases in 2020, the same number as were prosecuted in 2019.")
    assert values_of(f, "victims_repatriated") == [(2020, 12.0, None)]
    assert values_of(f, "prosecutions") == [(2019, 9.0, None), (2020, 9.0, None)]


def test_year_is_ambiguous_without_reporting_period():
    f = rows_for("The government identified 120 victims.", reporting_year=None, kind="news article")
    row = f[f["indicator"] == "victims_identified"].iloc[0]
    assert pd.isna(row["year"]) and "year_ambiguous" in row["flags"]


def test_migration_figures():
    f = rows_for("An estimated 800,000 Kyrgyz citizens find seasonal work abroad, mostly in Russia.")
    assert values_of(f, "migrants") == [(2020, 800000.0, None)]


def test_action_plan_period_and_year_adopted():
    f = rows_for("In March 2021, the government adopted a national action plan for 2021-2025.")
    rows = f[f["indicator"] == "action_plan"]
    assert list(rows["value_text"]) == ["2021-2025"] and list(rows["year"]) == [2021]
    assert list(rows["qualifier"]) == ["adopted"]


@pytest.mark.parametrize(
    "text",
    [
        "The majority of victims were aged 18 to 25.",
        "A 15-year-old girl was exploited in a bar in the capital.",
        "Article 127 of the criminal code prohibits slavery.",
        "The phone number of the police unit is 102-345-678.",
        "Approximately 30 percent of the population lives below the poverty line.",
        "Remittances rose 2.5 times in 2021.",
        "Time spent preparing this report: 17 hours.",
        "Hundreds of women were deported in 2020.",
        "The government adopted a national action plan for 2021-2025.",
        "The UAE prohibits women under 30 years of age from entering without an escort.",
        "The government has not identified any travel agencies serving as a front for trafficking.",
        "The government did not report initiating investigations into labor recruitment firms.",
        "The shelter has 40 beds and three staff.",
    ],
)
def test_distractors_give_no_figures(text):
    f = rows_for(text)
    counts = f[f["value"].notna() & ~f["unit"].isin(["mentions"])] if not f.empty else f
    assert counts.empty, counts[["indicator", "value", "number_text"]].to_string()


def test_passive_zero_and_resulted_in_none():
    f = rows_for("No prosecutions or convictions were reported in 2021. The only trial resulted in no convictions.")
    assert values_of(f, "prosecutions") == [(2021, 0.0, None)]
    assert sorted(values_of(f, "convictions"), key=str) == [(2020, 0.0, None), (2021, 0.0, None)]


def test_including_breakdown_without_brackets_and_bracketed_comparison():
    f = rows_for("The government reported investigating 1,229 cases, including 226 for sex trafficking, in 2021. "
                 "Law enforcement identified 57 potential trafficking victims in 2021 (36 in 2020).")
    assert values_of(f, "investigations") == [(2021, 1229.0, None), (2021, 226.0, "sex trafficking")]
    assert values_of(f, "victims_identified") == [(2020, 36.0, None), (2021, 57.0, None)]
    assert "breakdown" not in flags_of(f, "victims_identified", 36)


def test_identified_and_referred_in_one_verb_and_ngo_figures():
    f = rows_for("Police identified and referred 45 victims to services. NGOs reported assisting 212 victims.")
    assert values_of(f, "victims_identified") == [(2020, 45.0, None)]
    assert values_of(f, "victims_referred") == [(2020, 45.0, None)]
    assert values_of(f, "victims_assisted") == [(2020, 212.0, "by NGOs or international organizations")]


def test_money_in_a_currency_not_in_the_vocabulary():
    f = rows_for("The government allocated 50 million kwacha ($60,000) for victim services.")
    got = sorted((r.value, r.unit) for r in f[f["indicator"] == "shelter_funding"].itertuples())
    assert got == [(60000.0, "USD"), (50_000_000.0, "kwacha")]


def test_adjective_year_is_not_the_data_year():
    f = rows_for("The 2015 Trafficking in Persons Act prescribed punishments of up to 14 years' imprisonment.")
    assert values_of(f, "penalty_max_years") == [(2020, 14.0, None)]


def test_clause_after_semicolon_is_not_a_comparison():
    f = rows_for("Courts convicted 12 traffickers, compared with 15 convictions in 2021; sentences ranged from "
                 "three to 12 years' imprisonment.", reporting_year=2022, year=2023)
    assert values_of(f, "convictions") == [(2021, 15.0, None), (2022, 12.0, None)]
    assert values_of(f, "penalty_min_years") == []


def test_recommendation_bullets_get_topics_and_the_report_year():
    text = ("PRIORITIZED RECOMMENDATIONS:\n\n  \u2022 Adopt SOPs for victim identification.\n"
            "  \u2022 Monitor private employment agencies for recruitment fees.\n\nPROSECUTION\n\nText.\n")
    f = rows_for(text, year=2024, reporting_year=2023)
    recs = f[f["indicator"] == "recommendation"]
    assert set(recs["qualifier"]) >= {"victim identification SOPs", "recruitment fees"}
    assert set(recs["year"]) == {2024}


def test_seed_recommendations_recur_between_reports(seeds_table):
    recs = seeds_table[seeds_table["indicator"] == "recommendation"]
    by_topic = recs.groupby("qualifier")["source_id"].agg(set)
    for topic in ("victim identification SOPs", "prosecute traffickers and complicit officials",
                  "cotton harvest forced labor", "funding for victim care", "training", "law enforcement data",
                  "recruitment fees", "pre-departure/post-return services"):
        assert set(by_topic[topic]) == {"tip-2022", "news-2025"}, topic
    for topic in ("witness protection", "non-penalization"):
        assert "tip-2022" in by_topic[topic]


def test_breakdowns_on_both_sides_of_a_comparison():
    f = rows_for("The government reported investigating 61 cases in 2022 (37 sex trafficking, 24 forced labor), "
                 "compared with 58 cases in 2021 (46 sex trafficking, 12 forced labor). Authorities prosecuted 33 "
                 "cases against 46 alleged traffickers in 2022. Courts convicted 27 traffickers (19 for sex "
                 "trafficking and eight for forced labor).", reporting_year=2022, year=2023)
    assert values_of(f, "investigations") == sorted([
        (2022, 61.0, None), (2021, 58.0, None), (2022, 37.0, "sex trafficking"), (2022, 24.0, "forced labor"),
        (2021, 46.0, "sex trafficking"), (2021, 12.0, "forced labor")], key=str)
    prosecutions = f[f["indicator"] == "prosecutions"]
    assert sorted(zip(prosecutions["value"], prosecutions["unit"], strict=True)) == [(33.0, "cases"),
                                                                                     (46.0, "persons")]
    assert values_of(f, "convictions") == sorted([(2022, 27.0, None), (2022, 19.0, "sex trafficking"),
                                                (2022, 8.0, "forced labor")], key=str)


def test_older_report_style_lists_and_down_from():
    f = rows_for("The government reported 12 investigations, 19 prosecutions, and 11 convictions in 2007. "
                 "Authorities convicted 11 trafficking offenders in 2007, down from 52 in 2006. "
                 "The government identified 183 victims in 2009, up from 135 in 2008.", reporting_year=2009)
    assert values_of(f, "investigations") == [(2007, 12.0, None)]
    assert values_of(f, "prosecutions") == [(2007, 19.0, None)]
    assert sorted(set(values_of(f, "convictions")), key=str) == [(2006, 52.0, None), (2007, 11.0, None)]
    assert values_of(f, "victims_identified") == [(2008, 135.0, None), (2009, 183.0, None)]


def test_zero_for_one_form_of_trafficking_keeps_the_form():
    f = rows_for("The government did not investigate, prosecute, or convict any traffickers for forced labor.")
    assert values_of(f, "convictions") == [(2020, 0.0, "forced labor")]


def test_any_countrys_demonym_reads_as_migrants_or_victims():
    frame = rows_for(
        "More than two million Uzbeks seek employment annually in Russia. Embassy officials assisted in the "
        "repatriation of 35 Kenyan victims in 2021.",
        country="Uzbekistan",
    )
    assert [v for _, v, _ in values_of(frame, "migrants")] == [2_000_000.0]
    assert values_of(frame, "victims_repatriated") == [(2021, 35.0, None)]
