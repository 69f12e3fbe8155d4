"""Findings that read their sources right, on synthetic tables of a made-up country (any country, not the seeds).

Each test names the misreading it guards against (issue 12, items 2-4): "none reported" read as a counted
zero, capacity or plans read as counts, qualifiers dropped, "stayed the same" between values that do not
compare, lines joining different measures, unknown tier years read as unchanged, a news summary taken for the
report, old data shown as current, an executive summary that copies the sections.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import made_up
import pytest

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings
from tipbrief.toolkit.analysis import Data

SOURCES = {k: made_up.SOURCES[k] for k in ("tip-2021", "tip-2022", "wiki", "news-2025")}
_row = made_up.row
plain = made_up.plain


def _data(rows: list[dict]) -> Data:
    return made_up.data(rows, tuple(SOURCES))


@pytest.fixture
def veloria() -> Data:
    n = iter(range(1000))
    return _data([
        _row(next(n), "investigations", 2020, 40, unit="cases"),
        _row(next(n), "investigations", 2021, 52, unit="cases"),
        _row(next(n), "convictions", 2020, 12, unit="persons"),
        # the source says it reported none: flagged by the extractor (phrasings) ...
        _row(next(n), "convictions", 2021, 0, unit="persons", flags="not_reported;zero_stated",
             quote="The government did not report any convictions.", number_text="did not report any convictions"),
        # ... and a counted zero elsewhere, which stays "none"
        _row(next(n), "victims_identified", 2020, 30, unit="victims"),
        _row(next(n), "victims_identified", 2021, 0, unit="victims", flags="zero_stated",
             quote="Authorities identified zero victims.", number_text="zero"),
        # capacity and plans: marked by the table (qualifier, flag) or only by their words
        _row(next(n), "labor_inspections", 2021, 2000, unit="inspections",
             quote="According to authorities, 60 qualified inspectors have authority to carry out 2,000 inspections "
                   "annually throughout the country.", number_text="2,000"),
        _row(next(n), "labor_inspectors", 2021, 60, unit="inspectors", qualifier="capacity",
             quote="The inspectorate has 60 posts for inspectors.", number_text="60"),
        _row(next(n), "victims_assisted", 2022, 500, unit="victims", flags="planned",
             quote="The government plans to assist 500 victims in 2022.", number_text="500"),
        _row(next(n), "victims_assisted", 2021, 44, unit="victims",
             quote="The shelter assisted 44 victims in 2021.", number_text="44"),
        # qualifiers that conflict: "up to" vs "more than" one million is not "the same"
        _row(next(n), "migrants", 2020, 1_000_000, unit="persons", source="tip-2021", flags="approximate",
             quote="According to unofficial accounts, up to one million men work abroad.", number_text="one million"),
        _row(next(n), "migrants", 2021, 1_000_000, unit="persons", flags="approximate",
             quote="More than one million Velorians seek employment abroad.", number_text="one million"),
        # tiers: 2017 from an encyclopedia, 2021 and 2022 from reports, 2025 only from a news summary
        _row(next(n), "tier", 2017, 2, text="Tier 2", unit="tier", qualifier="placed", source="wiki"),
        _row(next(n), "tier", 2021, 3, text="Tier 3", unit="tier", source="tip-2021"),
        _row(next(n), "tier", 2022, 2.5, text="Tier 2 Watch List", unit="tier", qualifier="upgrade"),
        _row(next(n), "tier", 2025, 2, text="Tier 2", unit="tier", qualifier="upgrade", source="news-2025"),
        # recommendations, the old shape (one row per topic, truncated text) and the new (one row, full text)
        _row(next(n), "recommendation", 2022, text="Increase funding for the shelter and train judges...",
             qualifier="funding for victim care",
             quote="Increase funding for the shelter and train judges on victim-centred trials."),
        _row(next(n), "recommendation", 2022, text="Increase funding for the shelter and train judges...",
             qualifier="training", quote="Increase funding for the shelter and train judges on victim-centred trials."),
        _row(next(n), "recommendation", 2025, source="news-2025", qualifier="funding for victim care",
             text="The report urges more funding for victim care.",
             quote="The report urges more funding for victim care."),
        _row(next(n), "recommendation", 2025, source="news-2025", qualifier="other",
             text="The report calls for a census of brick kilns.",
             quote="The report calls for a census of brick kilns."),
        _row(next(n), "officials_convicted", 2021, 0, unit="persons", flags="zero_stated;not_reported",
             quote="The government did not report convicting any complicit officials.",
             number_text="did not report convicting"),
        _row(next(n), "penalty_min_years", 2021, 5, unit="years", qualifier="Article 99", flags="range"),
        _row(next(n), "penalty_max_years", 2021, 10, unit="years", qualifier="Article 99", flags="range"),
    ])


def test_none_reported_is_not_a_counted_zero(veloria):
    conv = findings.trend_sentence(veloria, "convictions")
    assert plain(conv).startswith("Convictions fell from 12 in 2020 to none reported in 2021.")
    counted = findings.trend_sentence(veloria, "victims_identified")
    assert "to none in 2021" in plain(counted) and "none reported" not in counted
    key = plain(findings.key_figures_table(veloria, ["convictions"]))
    assert "| Convictions | none reported | 2021 |" in key and "0 (stated)" not in key
    evidence = plain(findings.evidence_table(veloria, ["prosecution"]))
    assert "none reported" in evidence
    fig = charts.funnel(veloria)
    labels = [a.get_text() for a in fig.findobj(lambda a: (a.get_gid() or "").startswith("label:Convictions"))]
    assert "none reported" in labels and "0 (stated)" not in labels


def test_capacity_and_plans_are_never_counts(veloria):
    text = plain(findings.trends(veloria, ["labor_inspections", "labor_inspectors", "victims_assisted"]))
    assert "Labour inspections: 2,000" not in text and "Labor inspections: 2,000" not in text
    assert "capacity, not a count" in text and "authority to carry out 2,000 inspections" in text
    assert "Labour inspectors: 60" not in text and "Labor inspectors: 60" not in text
    assert "a plan, not a count" in text
    assert "Victims assisted: 44 in 2021, the only year with a figure." in text  # not "rose to 500"
    assert analysis.series(veloria.table, "labor_inspections") == []
    table = plain(findings.evidence_table(veloria, ["prevention"]))
    assert "2,000 inspections (capacity)" in table and "60 inspectors (capacity)" in table
    key = plain(findings.key_figures_table(veloria, ["labor_inspections"]))
    assert "| Labour inspections | no figure |" in key or "| Labor inspections | no figure |" in key


def test_qualifiers_are_kept_and_conflicting_ones_never_compared(veloria):
    text = plain(findings.trend_sentence(veloria, "migrants"))
    assert "stayed the same" not in text and "rose" not in text and "fell" not in text
    assert "up to 1,000,000" in text and "more than 1,000,000" in text and "not compared" in text
    table = plain(findings.evidence_table(veloria, ["profile"]))
    assert "up to 1,000,000" in table and "more than 1,000,000" in table
    up, more = analysis.series(veloria.table, "migrants")
    assert (up.hedge, more.hedge) == ("up to", "more than") and not analysis.comparable(up, more)
    with i18n.language("ru"):  # the qualifier is said in the briefing's language, the quote stays as written
        russian = plain(findings.trend_sentence(veloria, "migrants"))
    assert "до 1\xa0000\xa0000" in russian and "более 1\xa0000\xa0000" in russian and "more than" not in russian


def test_different_units_are_not_a_trend_and_the_funnel_does_not_join_them():
    data = _data([
        _row(1, "convictions", 2020, 26, unit="cases"),
        _row(2, "convictions", 2021, 30, unit="persons"),
        _row(3, "investigations", 2020, 10, unit="cases", source="tip-2021"),
        _row(4, "investigations", 2021, 22, unit="cases"),
        _row(5, "prosecutions", 2020, 10, unit="cases"),
        _row(6, "prosecutions", 2021, 14, unit="cases"),
    ])
    text = plain(findings.trend_sentence(data, "convictions"))
    assert "rose" not in text and "not compared" in text and "cases and persons" in text
    fig = charts.funnel(data)
    segments = {a.get_gid() for a in fig.findobj(lambda a: (a.get_gid() or "").startswith("segment:"))}
    assert segments == {"segment:Prosecutions (cases)"}  # cases vs persons, and two sources: no line


def test_tier_history_shows_unknown_years_and_after_only_for_consecutive_years(veloria):
    sentence = plain(findings.tier_sentence(veloria))
    assert "after Tier 2 Watch List in 2022" not in sentence
    assert "2023-2024 is unknown" in sentence and "Tier 2 Watch List in 2022" in sentence
    table = plain(findings.tier_history_table(veloria))
    assert "| 2018-2020 | unknown |" in table and "| 2023-2024 | unknown |" in table
    assert "| Tier\u00a02\u00a0Watch\u00a0List |" in table  # a tier's name is never cut over two lines
    consecutive = _data([_row(1, "tier", 2021, 3, text="Tier 3", unit="tier", source="tip-2021"),
                         _row(2, "tier", 2022, 2, text="Tier 2", unit="tier", qualifier="upgrade")])
    assert "after Tier 3 in 2021" in plain(findings.tier_sentence(consecutive))
    none = _data([_row(1, "convictions", 2021, 3)])
    assert findings.tier_history_table(none) == ""  # the sentence says no source gives a tier: no header-only table


def test_current_status_prefers_a_report_and_says_when_only_a_secondary_source_states_it(veloria):
    kinds = {k: s.kind for k, s in SOURCES.items()}
    found = analysis.status(veloria.table, kinds)
    assert (found.tier, found.year, found.kind, found.secondary) == ("Tier 2", 2025, "news article", True)
    assert (found.primary.tier, found.primary.year, found.primary.kind) == ("Tier 2 Watch List", 2022,
                                                                            "government report")
    key = plain(findings.key_figures_table(veloria, []))
    assert "news article" in key and "secondary" in key
    # the same year from a report and a news summary that disagree: the report wins
    both = _data([_row(1, "tier", 2022, 2.5, text="Tier 2 Watch List", unit="tier", source="tip-2022"),
                  _row(2, "tier", 2022, 2, text="Tier 2", unit="tier", source="news-2025")])
    found = analysis.status(both.table, kinds)
    assert (found.tier, found.kind, found.secondary) == ("Tier 2 Watch List", "government report", False)
    assert analysis.latest_tier(both.table, kinds)[0] == "Tier 2 Watch List"


def test_freshness_states_the_latest_year_and_warns_when_two_or_more_years_old(veloria):
    old = findings.covered(veloria, ["prosecution"], "prosecution", on=dt.date(2026, 12, 1), callout=True)
    assert "2021" in old and "callout-warning" in old and "2026 TIP Report narrative for Veloria" in old
    fresh = findings.covered(veloria, ["prosecution"], "prosecution", on=dt.date(2022, 8, 1), callout=True)
    assert "2021" in fresh and "callout" not in fresh and ".stale" not in fresh
    assert "callout-warning" in findings.covered(veloria, ["prosecution"], "prosecution", on=dt.date(2023, 1, 5),
                                                 callout=True)
    # a section after the key figures: the same warning as one marked line, not a second box
    line = findings.covered(veloria, ["prosecution"], "prosecution", on=dt.date(2026, 12, 1))
    assert "callout" not in line and line.endswith("]{.stale}") and "2021, 5 years before this briefing" in line
    assert "2026 TIP Report narrative for Veloria" in line
    assert ".stale" not in findings.covered(veloria, ["prosecution"], "prosecution", on=dt.date(2022, 8, 1))


def test_a_key_figures_box_with_no_figure_names_the_key_figures_as_a_noun():
    """Peru 2021's summary has a tier and no count: the box read "No data for key figure in the sources." (the
    compound 'key-figure' with its hyphen dropped)."""
    data = _data([_row(1, "tier", 2021, 2, qualifier="rating")])
    key = ["investigations", "victims_identified"]
    box = plain(findings.covered(data, [], "key-figure", on=dt.date(2026, 1, 1), indicators=key, callout=True,
                                 totals=True, noun="key figures"))
    assert "No data for key figures in the sources" in box, box


def test_the_key_figures_box_states_the_year_of_the_figures_the_table_shows():
    """A part of a later year (victims found through the hotline in 2022) is no key figure: the box and the table
    both say 2021, the year of the latest total."""
    data = _data([_row(1, "victims_identified", 2021, 727, unit="victims"),
                  _row(2, "victims_identified", 2022, 2, unit="victims", qualifier="through the hotline")])
    key = ["victims_identified"]
    table = plain(findings.key_figures_table(data, key))
    assert "| 2021 |" in table and "2022" not in table
    box = findings.covered(data, [], "key-figure", on=dt.date(2026, 1, 1), indicators=key, callout=True, totals=True)
    assert 'title="Data from 2021"' in box and "2022" not in box
    summary = plain(findings.summary(data, key, dt.date(2026, 1, 1)))
    assert "The key figures are for 2021, 5 years before this briefing." in summary, summary
    # a section's line still counts the part: its data do reach 2022
    assert "2022" in findings.covered(data, ["protection"], "protection", on=dt.date(2026, 1, 1))


def test_what_is_missing_lists_indicators_as_the_language_lists_them():
    data = _data([_row(1, "investigations", 2021, 22, unit="cases"),
                  _row(2, "prosecutions", 2021, 14, unit="cases")])
    key = ["investigations", "prosecutions", "convictions", "victims_identified"]
    text = plain(findings.summary(data, key, dt.date(2022, 8, 1)))
    assert "No source gives a figure for convictions or victims identified." in text, text
    assert "Only one year has a figure for investigations and prosecutions, so no trend" in text, text
    with i18n.language("ru"):
        assert " или " in plain(findings.summary(data, key, dt.date(2022, 8, 1)))


def test_summary_is_prose_and_repeats_no_section_sentence(veloria):
    key = ["investigations", "convictions", "victims_identified"]
    summary = findings.summary(veloria, key, dt.date(2026, 12, 1))
    assert "|" not in summary and not summary.lstrip().startswith("-")  # no table, no bullet list
    text = plain(summary)
    for heading in ("Where it stands.", "What changed.", "What stands out.", "What is missing."):
        assert heading in text
    assert "news article alone" in text and "Tier 2 Watch List" in text
    section = plain(findings.trends(veloria, key) + "\n" + findings.key_figures_table(veloria, key))
    sentences = {s.strip(" -.") for s in re.split(r"(?<=\.)\s|\n", section) if len(s.strip()) > 20}
    assert not [s for s in sentences if s in text], "the summary repeats a section sentence"


def test_recommendations_show_their_text_and_how_many_reports_repeat_them(veloria):
    text = plain(findings.recommendations_list(veloria))
    assert "Increase funding for the shelter and train judges on victim-centred trials." in text  # full, not cut
    assert text.count("Increase funding for the shelter") == 1  # one recommendation, though two topic rows
    # the text is the report's own, marked with its language
    assert ("The report urges more funding for victim care.”]{lang=en} "
            "*made in 2 reports (2022, 2025) · funding for victim care*") in text, "the cited topic last: its mark"
    assert "census of brick kilns.”]{lang=en} *in this report only*" in text  # "other" groups nothing
    assert text.index("2025") < text.index("2022")  # newest report first


def test_theme_details_and_how_to_read_notes(veloria):
    penalties = plain(findings.penalty_sentences(veloria))
    assert "Article 99: 5 to 10 years' imprisonment" in penalties
    groups = veloria.table.assign(qualifier=veloria.table["qualifier"].replace("Article 99", "child victims"))
    assert "- Child victims: 5 to 10 years' imprisonment" in plain(findings.penalty_sentences(
        dataclasses.replace(veloria, table=groups)))  # a group the penalty is for, at a bullet's start
    officials = plain(findings.officials_sentences(veloria))
    assert "2021: convicted: none reported (government report)." in officials
    notes = findings.readings(["labor_inspections", "convictions"])
    assert "callout-note" in notes and "authority to carry out" in plain(notes)


def test_a_plan_named_by_its_period_alone_is_told_with_its_period():
    """"The government implemented the 2021-2023 NAP": no year of adoption, so no dated step, but the plan and its
    period are what the source says; the section must not say the sources date no plan."""
    plan = _data([_row(1, "action_plan", None, None, text="2021-2023", unit="period", qualifier="implemented",
                       theme="prevention")])
    text = plain(findings.event_sentences(plan, ["action_plan", "hotline"]))
    assert "National action plan 2021-2023 (implemented)." in text and "date no" not in text
    assert "date no" in plain(findings.event_sentences(_data([_row(1, "convictions", 2021, 3)]), ["action_plan"]))


def test_the_highest_year_is_named_only_when_it_is_one_scale_and_sure():
    """"Highest: 2017" said of 24 (2017) beside "at least 24" (2018) was a guess (review1, Tanzania); a tie names
    both years; persons and cases are not one scale."""
    rows = [_row(1, "prosecutions", 2016, 10, unit="cases"), _row(2, "prosecutions", 2017, 24, unit="cases"),
            _row(3, "prosecutions", 2018, 24, unit="cases"), _row(4, "prosecutions", 2019, 5, unit="cases")]
    assert "Highest: 2017 and 2018." in plain(findings.record_sentence(_data(rows), "prosecutions"))
    hedged = [*rows[:2], _row(3, "prosecutions", 2018, 24, unit="cases", flags="approximate",
                              quote="Courts prosecuted at least 24 cases in 2018."), rows[3]]
    assert "Highest" not in plain(findings.record_sentence(_data(hedged), "prosecutions"))
    mixed = [*rows[:3], _row(4, "prosecutions", 2019, 90, unit="persons")]
    assert "Highest" not in plain(findings.record_sentence(_data(mixed), "prosecutions"))  # one persons figure
