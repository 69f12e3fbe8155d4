"""Findings read on briefings of countries other than the seeds (review of new countries' briefings): each test
names what a reader saw wrong, on a small hand-made table of a made-up country."""

from __future__ import annotations

import datetime as dt

import made_up
import pytest

from tipbrief import i18n
from tipbrief.toolkit import analysis, findings
from tipbrief.toolkit.analysis import Data

SOURCES = ("tip-2022", "tip-2023")
KEY = ["investigations", "prosecutions", "convictions", "victims_identified"]
plain = made_up.plain


def _row(n: int, indicator: str, year: int, value: float, unit: str, *, source: str = "tip-2023",
         qualifier: str = "", flags: str = "") -> dict:
    return made_up.row(n, indicator, year, value, unit=unit, source=source, qualifier=qualifier, flags=flags)


def _data(rows: list[dict]) -> Data:
    return made_up.data(rows, SOURCES)


@pytest.mark.parametrize(("old", "new", "says", "never"), [
    # 14 to 28 was "more than doubled": it exactly doubled
    (14, 28, "prosecutions doubled (14 to 28)", "more than doubled"),
    # 19 to 113 was "more than doubled": true, but a rise of nearly six times read as one of two
    (19, 113, "prosecutions rose more than 5-fold (19 to 113)", "doubled"),
    (10, 30, "prosecutions rose 3-fold (10 to 30)", "more than"),
    (10, 25, "prosecutions more than doubled (10 to 25)", "fold"),
    (10, 15, "prosecutions rose (10 to 15)", "doubled"),
    (30, 15, "prosecutions halved (30 to 15)", "more than halved"),
    (30, 14, "prosecutions more than halved (30 to 14)", "prosecutions halved"),
])
def test_summary_says_how_much_a_figure_rose(old: int, new: int, says: str, never: str) -> None:
    data = _data([_row(1, "prosecutions", 2021, old, "persons"), _row(2, "prosecutions", 2022, new, "persons")])
    text = plain(findings.summary(data, KEY))
    assert says in text
    assert never not in text.split("**What changed.**")[1].split("**")[0]


def test_summary_names_a_many_fold_rise_in_russian() -> None:
    data = _data([_row(1, "prosecutions", 2021, 19, "persons"), _row(2, "prosecutions", 2022, 113, "persons"),
                  _row(3, "convictions", 2021, 7, "persons"), _row(4, "convictions", 2022, 14, "persons")])
    with i18n.language("ru"):
        text = plain(findings.summary(data, KEY))
    assert "более чем в 5 раз" in text
    assert "вдвое" in text


def test_russian_summary_names_units_in_russian() -> None:
    # the Russian edition read "подсчитанных в разных единицах (cases и persons)": the units left in English
    data = _data([_row(1, "investigations", 2022, 133, "cases"), _row(2, "convictions", 2022, 10, "persons")])
    with i18n.language("ru"):
        text = plain(findings.summary(data, KEY))
    assert "(число дел и число человек)" in text
    assert "cases" not in text and "persons" not in text
    assert "counted in cases and persons: not a conviction rate" in plain(findings.summary(data, KEY))


def _two_units() -> Data:
    # "The government initiated seven prosecutions involving 18 alleged traffickers ..., compared with 18 alleged
    # traffickers prosecuted in the previous reporting period."
    return _data([_row(1, "prosecutions", 2021, 18, "persons"), _row(2, "prosecutions", 2022, 7, "cases"),
                  _row(3, "prosecutions", 2022, 18, "persons")])


def test_a_year_stated_in_two_units_is_not_sources_that_differ() -> None:
    # the chart marked 7 cases and 18 persons of one sentence "sources differ (*)"
    points = analysis.series(_two_units().table, "prosecutions")
    assert [(p.year, p.value, p.unit, p.conflict) for p in points] == [
        (2021, 18, "persons", False), (2022, 7, "cases", False), (2022, 18, "persons", False)]
    differ = _data([_row(1, "prosecutions", 2022, 7, "cases"), _row(2, "prosecutions", 2022, 9, "cases",
                                                                    source="tip-2022")])
    assert all(p.conflict for p in analysis.series(differ.table, "prosecutions"))


def test_key_figure_takes_the_unit_the_year_before_shares() -> None:
    # the key figures showed "7 cases, not comparable with 2021" while 18 persons in both years compare
    data = _two_units()
    (fig,) = analysis.key_figures(data.table, ["prosecutions"])
    assert (fig.latest.value, fig.latest.unit, fig.previous.value) == (18, "persons", 18)
    table = plain(findings.key_figures_table(data, ["prosecutions"]))
    assert "18 persons" in table and "not comparable" not in table


def test_record_lists_every_unit_of_a_year() -> None:
    # the whole record read "18 (2021), 7 cases (2022)": the 18 persons of 2022 were dropped
    text = plain(findings.record_sentence(_two_units(), "prosecutions"))
    assert "18 persons (2021), 18 (2022), 7 cases (2022)" in text


def test_hedge_of_a_figure_written_twice_is_the_tables() -> None:
    # "prosecuting at least 24 defendants ..., compared with 24 prosecutions ... in the previous period": the record
    # read "at least 24 (2017)" for the exact 24 of the year before
    quote = ("The government reported prosecuting at least 24 defendants, compared with 24 prosecutions in the "
             "previous period.")
    rows = [_row(1, "prosecutions", 2018, 24, "persons", flags="approximate;lower_bound"),
            _row(2, "prosecutions", 2017, 24, "persons")]
    for r in rows:
        r["quote"] = quote
    text = plain(findings.record_sentence(_data(rows), "prosecutions"))
    assert "24 persons (2017), at least 24 (2018)" in text
    assert "at least 24 persons (2017)" not in text


def test_trend_not_compared_names_units_in_the_editions_language() -> None:
    # the Russian edition read "эти значения не сравниваются (cases и persons)"
    data = _data([_row(1, "prosecutions", 2021, 18, "persons"), _row(2, "prosecutions", 2022, 7, "cases")])
    english = plain(findings.trend_sentence(data, "prosecutions"))
    assert "the two are not compared (counted in persons and cases)" in english
    with i18n.language("ru"):
        russian = plain(findings.trend_sentence(data, "prosecutions"))
    assert "(число человек и число дел)" in russian
    assert "cases" not in russian and "persons" not in russian


def test_dollars_the_source_converts_are_no_second_amount() -> None:
    # "expended 430,000 cedis ($37,390)": the funding list showed two bullets, "Funding ...: 430,000 GHS in 2022"
    # and "Funding ...: 37,390 USD in 2022", as if they were two amounts
    rows = []
    for n, (value, unit) in enumerate([(430000, "GHS"), (37390, "USD")]):
        row = _row(n, "victims_identified", 2022, value, unit)
        row.update(indicator="shelter_funding", sentence_id="s9",
                   quote="The government expended 430,000 cedis ($37,390) on shelters.")
        row["number_text"] = "430,000" if unit == "GHS" else "37,390"
        rows.append(row)
    data = _data(rows)
    text = plain(findings.funding_trends(data, ["GHS", "USD"]))
    assert text.count("- ") == 1, text
    assert "430,000 GHS in 2022" in text
    assert "In U.S. dollars as the source converts these amounts: 37,390 USD (2022)." in text
    # dollars a source states on their own stay an amount of their own
    rows[1]["sentence_id"] = "s10"
    text = plain(findings.funding_trends(_data(rows), ["GHS", "USD"]))
    assert text.count("- ") == 2 and "converts" not in text


def _hotline(text: str) -> Data:
    row = _row(1, "victims_identified", 2022, 0, "")
    row.update(indicator="hotline", theme="prevention", value=None, value_text=text, unit="text",
               qualifier="operated", number_text=text, quote=f"The ministry operated a {text} for victims.")
    return _data([row])


def test_a_step_named_by_its_kind_says_it_once() -> None:
    # the prevention section read "2022: Hotline hotline (operated)" and, in Russian, "Горячая линия hotline"
    data = _hotline("hotline")
    assert plain(findings.event_sentences(data, ["hotline"])) == "- 2022: Hotline (operated)."
    with i18n.language("ru"):
        russian = plain(findings.event_sentences(data, ["hotline"]))
    assert "hotline" not in russian and "Горячая линия" in russian
    # "2022: Hotline national trafficking-specific hotline (ran)": the name says what it is
    named = plain(findings.event_sentences(_hotline("national trafficking-specific hotline"), ["hotline"]))
    assert named == "- 2022: national trafficking-specific hotline (operated)."


def test_no_recommendations_is_said_once() -> None:
    # the recommendations tracker read "No data for recommendations in the sources." then "No recommendations in
    # the sources."
    data = _data([_row(1, "prosecutions", 2022, 7, "cases")])
    text = plain(findings.recommendations_findings(data))
    assert text.count("ecommendations in the sources") == 1, text
    assert "No data for recommendations in the sources" in text
    with_one = _row(2, "prosecutions", 2022, 0, "")
    with_one.update(indicator="recommendation", theme="recommendations", value=None, unit="text",
                    value_text="Increase efforts to prosecute traffickers.", qualifier="prosecution",
                    quote="Increase efforts to prosecute traffickers.", number_text="")
    text = plain(findings.recommendations_findings(_data([with_one])))
    assert "“Increase efforts to prosecute traffickers.”" in text and "No data" not in text


def test_no_data_line_names_the_theme_as_a_noun() -> None:
    # "No data for legal-framework in the sources." (the hyphen belongs to "legal-framework data")
    data = _data([_row(1, "prosecutions", 2022, 7, "cases")])
    text = plain(findings.covered(data, ["legal"], "legal-framework"))
    assert "No data for legal framework in the sources" in text
    stale = plain(findings.covered(data, ["prosecution"], "legal-framework", on=dt.date(2023, 1, 1)))
    assert "legal-framework data cover: 2022" in stale


def _law(source: str) -> Data:
    row = made_up.row(1, "law", 2008, text="Anti-Trafficking in Persons Act", unit="text", qualifier="adopted",
                      source=source, theme="legal", quote="The 2008 Anti-Trafficking in Persons Act criminalized ...",
                      number_text="Anti-Trafficking in Persons Act")
    return made_up.data([row], made_up.SOURCES)


def test_a_law_of_2008_that_a_recent_report_describes_is_no_old_data() -> None:
    # Tanzania's briefing read "Latest year the legal-framework data cover: 2008, 18 years before this briefing" of
    # the 2008 act the 2022 report describes: a law's year is when it was adopted, the framework is the 2022 report's
    text = plain(findings.framework_covered(_law("tip-2023"), "the newest report", on=dt.date(2024, 1, 1)))
    assert text == ("*Latest dated step of the legal framework: 2008; the newest source that describes it was "
                    "published in 2023.*"), text
    old = plain(findings.framework_covered(_law("tip-2021"), "the newest report", on=dt.date(2026, 1, 1)))
    assert "published in 2021, 5 years before this briefing; the newest report would bring it up to date" in old
    with i18n.language("ru"):
        russian = plain(findings.framework_covered(_law("tip-2021"), "новейший доклад", on=dt.date(2026, 1, 1)))
    assert "опубликован в 2021 г., за 5 лет до этого обзора" in russian, russian
    empty = plain(findings.framework_covered(_data([_row(1, "prosecutions", 2022, 7, "cases")]), "the newest report"))
    assert "No data for legal framework in the sources" in empty


def test_timeline_chart_names_a_step_named_by_its_kind_in_the_editions_language() -> None:
    # the Russian legal timeline's tick read "hotline (действовала)"
    import matplotlib.pyplot as plt

    from tipbrief.toolkit import charts

    with i18n.language("ru"):
        fig = charts.timeline(_hotline("hotline"))
    ticks = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    plt.close(fig)
    assert any("Горячая линия" in t for t in ticks) and not any("hotline" in t for t in ticks), ticks


def test_figures_given_only_by_their_parts_are_shown_as_parts_never_as_no_figure() -> None:
    # Germany 2015: "425 sex trafficking and 53 labor trafficking investigations", no total: the briefing said "The
    # sources give no figure for investigations" and "No source gives a figure for investigations"
    data = _data([_row(1, "investigations", 2013, 425, "cases", qualifier="sex trafficking", flags="breakdown"),
                  _row(2, "investigations", 2013, 53, "cases", qualifier="labor trafficking", flags="breakdown"),
                  _row(3, "investigations", 2012, 491, "cases", qualifier="sex trafficking", flags="breakdown"),
                  _row(4, "convictions", 2013, 77, "persons", qualifier="sex trafficking", flags="breakdown"),
                  _row(5, "convictions", 2012, 90, "persons"),
                  _row(6, "victims_identified", 2013, 8, "victims", qualifier="children", flags="breakdown"),
                  _row(7, "victims_identified", 2013, 20, "victims")])
    record = plain(findings.record_sentence(data, "investigations"))
    assert record == ("Investigations, parts only (no total stated): 491 cases (sex trafficking) in 2012; 425 cases "
                      "(sex trafficking) and 53 cases (labor trafficking) in 2013.")
    assert "478" not in record  # never added up
    # a total in 2012, parts only in 2013: both said; a year with its total keeps its parts out of the record
    assert plain(findings.record_sentence(data, "convictions")).endswith(
        "Convictions, parts only (no total stated): 77 persons (sex trafficking) in 2013.")
    assert "parts only" not in plain(findings.record_sentence(data, "victims_identified"))
    table = plain(findings.key_figures_table(data, KEY))
    assert "parts only: 425 cases (sex trafficking) and 53 cases (labor trafficking) | 2013" in table
    missing = plain(findings.summary(data, KEY)).split("**What is missing.**")[1]
    assert "No source gives a figure for" in missing and "investigations" not in missing.split(".")[0]
    assert "For investigations the sources give only parts" in missing
    assert "prosecutions" in missing.split(".")[0]  # the one with nothing at all
    text = plain(findings.key_figures_table(_data([_row(1, "convictions", 2013, 3, "persons")]), KEY))
    assert "parts only" not in text


def test_a_theme_s_trends_list_the_years_given_only_by_parts() -> None:
    data = _data([_row(1, "victims_identified", 2021, 30, "victims"),
                  _row(2, "victims_identified", 2022, 12, "victims", qualifier="children", flags="breakdown"),
                  _row(3, "victims_identified", 2022, 9, "victims", qualifier="foreign", flags="breakdown")])
    text = plain(findings.trends(data, ["victims_identified"]))
    assert "Victims identified: 30 in 2021, the only year with a figure." in text
    assert ("Victims identified, parts only (no total stated): 12 victims (children) and 9 victims (foreign) in "
            "2022.") in text


def test_the_key_figure_of_victims_names_the_potential_ones_beside_it() -> None:
    # Albania 2022: "identified 110 potential victims and two official victims": the key figure said "2 victims" alone
    data = _data([_row(1, "victims_identified", 2022, 2, "victims"),
                  _row(2, "victims_identified", 2022, 110, "victims", qualifier="potential"),
                  _row(3, "victims_identified", 2021, 5, "victims"),
                  _row(4, "victims_identified", 2020, 90, "victims", qualifier="potential")])
    table = plain(findings.key_figures_table(data, KEY))
    assert "2 victims; potential: 110 victims | 2022" in table
    older = _data([_row(1, "victims_identified", 2022, 2, "victims"),
                   _row(2, "victims_identified", 2021, 110, "victims", qualifier="potential")])
    assert "potential" not in plain(findings.key_figures_table(older, KEY))  # another year's class is not beside it
