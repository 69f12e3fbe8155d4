"""Clauses of one sentence: each figure keeps its own indicator and year (probe of unseen TIP phrasings).

Texts written for these tests in the style of 2019-2023 TIP narratives; each test was a misreading once.
"""

from __future__ import annotations

import yaml

from tipbrief.indicators.extract import extract_corpus

from .conftest import flags_of, rows_for, values_of


def test_conflicts_only_within_one_country(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    entries = []
    for i, (country, n) in enumerate([("Armenia", 16), ("Georgia", 20), ("Georgia", 22)]):
        (seeds / f"{i}.txt").write_text(f"In 2020, the government initiated {n} investigations.\n", encoding="utf-8")
        entries.append({"id": f"tip-{i}", "file": f"{i}.txt", "title": f"Report {i}", "publisher": "Test",
                        "kind": "government report", "country": country, "year": 2021,
                        "period": {"start": 2020, "end": 2020}, "reporting_year": 2020, "licence": "test",
                        "attribution": "test", "reliability": "test"})
    (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")
    frame = extract_corpus(seeds)
    flagged = frame[frame["flags"].fillna("").str.contains("conflict")]
    assert sorted(flagged["source_id"]) == ["tip-1", "tip-2"]


def test_sentence_initial_year_dates_every_clause_and_brackets_compare():
    f = rows_for("In 2020, the government initiated 16 investigations (15 in 2019), prosecuted 11 defendants "
                 "(13 in 2019), and convicted nine traffickers (11 in 2019).")
    assert values_of(f, "investigations") == [(2019, 15.0, None), (2020, 16.0, None)]
    assert values_of(f, "prosecutions") == [(2019, 13.0, None), (2020, 11.0, None)]
    assert values_of(f, "convictions") == [(2019, 11.0, None), (2020, 9.0, None)]
    assert "year_inferred" not in flags_of(f, "convictions", 9)


def test_bracketed_previous_reporting_period_is_a_comparison():
    f = rows_for("During the reporting period, police identified 57 victims (41 in the previous reporting period).")
    assert values_of(f, "victims_identified") == [(2019, 41.0, None), (2020, 57.0, None)]
    assert "breakdown" not in flags_of(f, "victims_identified", 41)


def test_each_clause_keeps_its_own_comparison():
    f = rows_for("The government reported investigating 284 trafficking cases in 2020, compared with 225 cases in "
                 "2019. Of these, the government prosecuted 217 individuals, compared with 235 in 2019, and courts "
                 "convicted 106 traffickers, compared with 172 in 2019.")
    assert values_of(f, "prosecutions") == [(2019, 235.0, None), (2020, 217.0, None)]
    assert values_of(f, "convictions") == [(2019, 172.0, None), (2020, 106.0, None)]
    assert values_of(f, "investigations") == [(2019, 225.0, None), (2020, 284.0, None)]


def test_of_these_with_its_own_verb_is_not_a_breakdown_but_parts_are():
    f = rows_for("In 2005, 81 cases were opened for investigation. Of these cases, 72 were for sexual exploitation, "
                 "and 9 were for the exploitation of minors.", reporting_year=2005)
    assert values_of(f, "investigations") == [(2005, 72.0, "sexual exploitation"), (2005, 81.0, None),
                                            (2005, 9.0, "exploitation of minors")]
    f = rows_for("Police opened 60 trafficking cases in 2020. Of these, prosecutors brought 20 cases to court.")
    assert values_of(f, "investigations") == [(2020, 60.0, None)]
    assert values_of(f, "prosecutions") == [(2020, 20.0, None)]


def test_investigations_of_officials_are_not_total_investigations():
    f = rows_for("Authorities reported 13 investigations of officials for forced labor, and courts convicted three "
                 "officials. The government reported investigating two officials for complicity in trafficking.")
    assert values_of(f, "investigations") == []
    assert values_of(f, "officials_investigated") == [(2020, 13.0, None), (2020, 2.0, None)]
    assert values_of(f, "officials_convicted") == [(2020, 3.0, None)]


def test_zero_for_complicit_officials_covers_investigations():
    f = rows_for("The government did not report any investigations, prosecutions, or convictions of government "
                 "employees complicit in human trafficking crimes.")
    for ind in ("officials_investigated", "officials_prosecuted", "officials_convicted"):
        assert values_of(f, ind) == [(2020, 0.0, None)], ind
    assert values_of(f, "investigations") == []


def test_comparison_after_a_zero():
    f = rows_for("Law enforcement did not initiate any prosecutions of officials in 2020, compared with two in 2019.")
    assert values_of(f, "officials_prosecuted") == [(2019, 2.0, None), (2020, 0.0, None)]
    assert "zero_stated" not in flags_of(f, "officials_prosecuted", 2)


def test_of_these_after_a_semicolon_breaks_down_this_sentence_total():
    f = rows_for("The government identified 124 trafficking victims in 2020, compared with 93 in 2019; of these, 99 "
                 "were victims of sex trafficking and 25 of forced labor.")
    assert values_of(f, "victims_identified") == [(2019, 93.0, None), (2020, 124.0, None),
                                                (2020, 25.0, "forced labor"), (2020, 99.0, "sex trafficking")]
    assert "breakdown" in flags_of(f, "victims_identified", 99)
    assert "breakdown" not in flags_of(f, "victims_identified", 93)


def test_bracketed_victim_breakdown_drops_the_noun():
    f = rows_for("The government identified 154 trafficking victims (112 sex trafficking victims and 42 labor "
                 "trafficking victims), compared with 211 victims in 2019.")
    assert values_of(f, "victims_identified") == [(2019, 211.0, None), (2020, 112.0, "sex trafficking"),
                                                (2020, 154.0, None), (2020, 42.0, "labor trafficking")]


def test_no_figure_from_unreported_counts_sentences_or_calls():
    text = ("The government did not report how many victims it referred to care. Sentences ranged from three to 10 "
            "years' imprisonment. A 25-year-old woman was identified in March. The hotline received 1,245 calls in "
            "2020.")
    f = rows_for(text)
    counts = f[f["value"].notna() & (f["unit"] != "mentions")] if not f.empty else f
    assert counts.empty, counts[["indicator", "value", "number_text"]].to_string()


def test_a_clause_with_its_own_verb_after_a_comparison_takes_the_first_clause_year():
    f = rows_for("The government reported identifying 62 trafficking victims in 2022, an increase from 48 victims "
                 "identified in 2021, and referred all 62 to care.", reporting_year=2022, year=2023)
    assert values_of(f, "victims_identified") == [(2021, 48.0, None), (2022, 62.0, None)]
    assert values_of(f, "victims_referred") == [(2022, 62.0, None)]


def test_a_list_compared_with_a_list():
    f = rows_for("The government reported 63 investigations, 48 prosecutions, and 30 convictions in 2022, compared "
                 "with 55 investigations, 40 prosecutions, and 21 convictions in 2021.")
    assert values_of(f, "investigations") == [(2021, 55.0, None), (2022, 63.0, None)]
    assert values_of(f, "prosecutions") == [(2021, 40.0, None), (2022, 48.0, None)]
    assert values_of(f, "convictions") == [(2021, 21.0, None), (2022, 30.0, None)]


def test_and_n_in_year_is_a_comparison_and_number_of_rose_from_to():
    f = rows_for("The government convicted 50 traffickers in 2021 and 41 in 2020. The number of investigations "
                 "increased from 36 in 2020 to 48 in 2021.")
    assert values_of(f, "convictions") == [(2020, 41.0, None), (2021, 50.0, None)]
    assert values_of(f, "investigations") == [(2020, 36.0, None), (2021, 48.0, None)]


def test_all_n_and_n_of_the_m():
    f = rows_for("Courts convicted all 12 traffickers under Article 171. The government referred 86 of the 124 "
                 "identified victims to care.")
    assert values_of(f, "convictions") == [(2020, 12.0, "Article 171")]
    assert values_of(f, "victims_referred") == [(2020, 86.0, None)]


def test_victims_of_each_form_are_parts_and_including_lists_every_part():
    f = rows_for("The government identified 15 victims of forced labor and 13 victims of sex trafficking.")
    assert values_of(f, "victims_identified") == [(2020, 13.0, "sex trafficking"), (2020, 15.0, "forced labor")]
    assert "breakdown" in flags_of(f, "victims_identified", 15)
    f = rows_for("In 2021, the government identified 72 victims, including 40 women, 20 men, and 12 children, "
                 "compared with 60 in 2020.", reporting_year=2021)
    assert values_of(f, "victims_identified") == [(2020, 60.0, None), (2021, 12.0, "children"), (2021, 20.0, "men"),
                                                (2021, 40.0, "women"), (2021, 72.0, None)]


def test_cases_continued_from_earlier_years_are_kept_apart():
    f = rows_for("Authorities continued to investigate 12 cases opened in previous years and initiated 20 new "
                 "investigations.")
    assert values_of(f, "investigations") == [(2020, 20.0, None), (None, 12.0, "continued from earlier years")]


def test_ngo_subject_carries_to_a_clause_without_its_own():
    f = rows_for("International organizations identified 312 child trafficking victims in 2018, a decrease from 955 "
                 "in 2017, and assisted 280 children with reintegration services.", reporting_year=2018)
    ngo = "by NGOs or international organizations"
    assert values_of(f, "victims_identified") == [(2017, 955.0, ngo), (2018, 312.0, ngo)]
    assert values_of(f, "victims_assisted") == [(2018, 280.0, ngo)]


def test_tier_of_the_clause_that_places_the_country():
    f = rows_for("Belarus was granted a waiver from an otherwise required downgrade to Tier 3 and remained on Tier 2 "
                 "Watch List for the third consecutive year. Malaysia was downgraded to Tier 3 after having been on "
                 "Tier 2 Watch List for two consecutive years.")
    assert values_of(f, "tier") == [(2021, 2.5, "remained"), (2021, 3.0, "downgrade")]


def test_more_currencies_with_dollar_equivalents():
    f = rows_for("The government provided 1.5 million kyat ($1,100) to an NGO-run shelter.")
    got = sorted((r.value, r.unit) for r in f[f["indicator"] == "shelter_funding"].itertuples())
    assert got == [(1100.0, "USD"), (1_500_000.0, "MMK")]


def test_of_whom_and_of_the_n_break_down_the_figure_they_name():
    f = rows_for("The government reported prosecuting 78 defendants in 2020 (82 in 2019), of whom 60 were prosecuted "
                 "for sex trafficking.")
    assert values_of(f, "prosecutions") == [(2019, 82.0, None), (2020, 60.0, "sex trafficking"), (2020, 78.0, None)]
    f = rows_for("In 2020, police investigated 120 cases and the government prosecuted 78 defendants. Of the 78 "
                 "defendants, 60 were charged with sex trafficking and 18 with labor trafficking.")
    assert values_of(f, "investigations") == [(2020, 120.0, None)]
    assert values_of(f, "prosecutions") == [(2020, 18.0, "labor trafficking"), (2020, 60.0, "sex trafficking"),
                                          (2020, 78.0, None)]


def test_a_part_named_by_including_is_no_total_and_all_n_were():
    f = rows_for("Government-funded shelters assisted 31 victims, including eight victims identified in the previous "
                 "reporting period. The government identified 20 trafficking victims in 2020, a decrease from 75 "
                 "victims in 2019; all 20 were victims of sex trafficking.")
    assert values_of(f, "victims_assisted") == [(2020, 31.0, None),
                                              (2020, 8.0, "identified in the previous reporting period")]
    assert values_of(f, "victims_identified") == sorted([(2019, 75.0, None), (2020, 20.0, None),
                                                       (2020, 20.0, "sex trafficking")], key=str)


def test_a_pattern_does_not_reach_over_another_stage():
    f = rows_for("The government did not report how many of the 45 investigations resulted in prosecutions.")
    assert values_of(f, "prosecutions") == []


def test_cases_reported_involving_suspects_and_migrants_abroad():
    f = rows_for("In 2019, the government reported 19 trafficking cases involving 66 suspects, compared with 47 cases "
                 "involving 116 suspects in 2018. Approximately 1.5 million Nepalis work abroad.", reporting_year=2019)
    assert values_of(f, "investigations") == [(2018, 47.0, None), (2019, 19.0, None)]
    assert values_of(f, "suspects") == [(2018, 116.0, None), (2019, 66.0, None)]
    assert values_of(f, "migrants") == [(2019, 1_500_000.0, None)]


def test_parts_listed_after_a_bracket_or_a_semicolon_or_in_the_next_sentence():
    f = rows_for("In 2020, the government reported initiating 95 trafficking investigations (107 in 2019), including "
                 "60 for sex trafficking and 35 for labor trafficking. Courts convicted 29 traffickers (26 in 2019).")
    assert values_of(f, "investigations") == [(2019, 107.0, None), (2020, 35.0, "labor trafficking"),
                                            (2020, 60.0, "sex trafficking"), (2020, 95.0, None)]
    f = rows_for("The government investigated 30 new cases in 2020 (24 in 2019); 22 cases for sex trafficking and "
                 "eight for forced labor. Police identified 50 victims. Twelve were women and 38 were men.")
    assert values_of(f, "investigations") == [(2019, 24.0, None), (2020, 22.0, "sex trafficking"),
                                            (2020, 30.0, None), (2020, 8.0, "forced labor")]
    assert values_of(f, "victims_identified") == [(2020, 12.0, "women"), (2020, 38.0, "men"), (2020, 50.0, None)]


def test_a_sentence_opening_with_a_subject_is_no_breakdown():
    f = rows_for("Police identified 50 victims. Traffickers were convicted in 12 cases. Two officials were dismissed.")
    assert values_of(f, "victims_identified") == [(2020, 50.0, None)]


def test_recommendations_state_no_figures():
    text = ("PRIORITIZED RECOMMENDATIONS:\n\n  \u2022 Train 300 labor inspectors on indicators of forced labor.\n"
            "  \u2022 Investigate and prosecute at least 20 trafficking cases per year.\n\nTRAFFICKING PROFILE\n\n"
            "The government reported 12 cases of official complicity. More than 2 million Uzbek citizens work "
            "abroad, primarily in Russia.\n")
    f = rows_for(text)
    counts = f[f["value"].notna() & (f["unit"] != "mentions")]
    assert sorted(counts["indicator"]) == ["migrants"]


def test_parts_after_a_colon_between_dashes_and_n_of_which():
    f = rows_for("The government reported investigating 28 cases in 2020: 17 cases of sex trafficking and 11 cases of "
                 "forced labor. Courts convicted 10 traffickers—eight for sex trafficking and two for forced labor—"
                 "compared with 12 convictions in 2019. The government reported 39 prosecutions in 2020, 20 of which "
                 "were for forced labor.")
    assert values_of(f, "investigations") == [(2020, 11.0, "forced labor"), (2020, 17.0, "sex trafficking"),
                                            (2020, 28.0, None)]
    assert values_of(f, "convictions") == [(2019, 12.0, None), (2020, 10.0, None), (2020, 2.0, "forced labor"),
                                         (2020, 8.0, "sex trafficking")]
    assert values_of(f, "prosecutions") == [(2020, 20.0, "forced labor"), (2020, 39.0, None)]


def test_charged_placed_and_a_second_statute_under_one_verb():
    f = rows_for("Prosecutors charged 14 suspects with trafficking offenses. Authorities placed 24 child victims in "
                 "state-run care facilities. Courts convicted 14 traffickers under Article 143 and seven under "
                 "Article 143-1.")
    assert values_of(f, "prosecutions") == [(2020, 14.0, None)]
    assert values_of(f, "victims_assisted") == [(2020, 24.0, None)]
    assert values_of(f, "convictions") == [(2020, 14.0, "Article 143"), (2020, 7.0, "Article 143-1")]


def test_crimes_registered_an_additional_n_by_ngos_and_a_compared_zero():
    f = rows_for("Police registered 40 trafficking crimes in 2020. Officials identified 27 victims and NGOs "
                 "identified an additional 18. Authorities reported no convictions in 2020, compared with two in 2019.")
    assert values_of(f, "investigations") == [(2020, 40.0, None)]
    assert values_of(f, "victims_identified") == [(2020, 18.0, "by NGOs or international organizations"),
                                                (2020, 27.0, None)]
    assert values_of(f, "convictions") == [(2019, 2.0, None), (2020, 0.0, None)]


def test_a_national_program_with_its_period_and_date():
    f = rows_for("The government adopted a national anti-trafficking program for 2022-2026 in June 2022.")
    rows = f[f["indicator"] == "action_plan"]
    assert list(zip(rows["value_text"], rows["year"], rows["qualifier"], strict=True)) == [("2022-2026", 2022,
                                                                                            "adopted")]


def test_one_verb_two_forms_gives_two_parts_and_no_total():
    f = rows_for("Courts convicted 14 traffickers for sex trafficking and seven for forced labor.")
    assert values_of(f, "convictions") == [(2020, 14.0, "sex trafficking"), (2020, 7.0, "forced labor")]
    assert "breakdown" in flags_of(f, "convictions", 7)
