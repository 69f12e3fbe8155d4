"""Findings read on briefings of Romania (six report years), four South Caucasus neighbours and sections dropped in
without their title line (review2): each test names what a reader saw wrong, on a small hand-made table of a
made-up country."""

from __future__ import annotations

import datetime as dt

import made_up

from tipbrief import i18n
from tipbrief.toolkit import charts, findings
from tipbrief.toolkit.analysis import Data

SOURCES = ("tip-2022", "tip-2023")
KEY = ["investigations", "prosecutions", "convictions", "victims_identified"]
plain = made_up.plain


def _row(n: int, indicator: str, year: int, value: float, unit: str, *, source: str = "tip-2023",
         qualifier: str = "", flags: str = "") -> dict:
    theme = "protection" if indicator == "shelter_funding" else None
    return made_up.row(n, indicator, year, value, unit=unit, source=source, qualifier=qualifier, flags=flags,
                       theme=theme)


def _data(rows: list[dict]) -> Data:
    return made_up.data(rows, SOURCES)


def test_one_person_is_not_one_persons() -> None:
    # Armenia: "Convictions | 1 persons" in the key figures and "Convictions, every year a source gives: 1 persons"
    data = _data([_row(1, "convictions", 2021, 1, "persons"), _row(2, "victims_identified", 2021, 32, "victims")])
    table = plain(findings.key_figures_table(data, KEY))
    record = plain(findings.record_sentence(data, "convictions"))
    assert "1 person" in table and "1 persons" not in table, table
    assert "1 person (2021)" in record, record
    assert "32 victims" in table


def _legend(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]


def test_a_plans_budget_alone_is_named_on_the_funding_chart() -> None:
    # Romania 2023: the only amount, a national action plan's 30.28 million RON "toward proposed activities", was
    # drawn under "Government funding for victim services" with no legend: read as money for victim services
    plan = _row(1, "shelter_funding", 2022, 30_280_000, "RON", qualifier="national action plan")
    fig = charts.funding(_data([plan]))
    assert "National action plan budget" in _legend(fig)
    # the indicator's own amounts alone need no legend (the title names them)
    assert _legend(charts.funding(_data([_row(2, "shelter_funding", 2022, 500_000, "RON")]))) == []


def test_dollars_the_source_converts_get_no_panel_of_their_own() -> None:
    # Romania 2023: "30.28 million RON ($6.5 million)" was drawn twice, a RON panel and a USD panel of the same money
    rows = [_row(1, "shelter_funding", 2022, 30_280_000, "RON"), _row(1, "shelter_funding", 2022, 6_500_000, "USD")]
    rows[1].update(id=rows[1]["id"] + "-usd")
    fig = charts.funding(_data(rows))
    assert [ax.get_ylabel() for ax in fig.axes] == ["RON per year"]
    # dollars of their own (another sentence) keep their panel
    own = _row(3, "shelter_funding", 2021, 100_000, "USD")
    assert len(charts.funding(_data([*rows, own])).axes) == 2


def test_russian_says_how_many_years_before_with_the_word_for_years() -> None:
    # the Russian edition read "за 6 г. до этого обзора" (the abbreviation of one year, for six) in the key figures'
    # box, the theme sections and the summary
    data = _data([_row(1, "convictions", 2020, 12, "persons"), _row(2, "convictions", 2021, 14, "persons")])
    with i18n.language("ru"):
        box = plain(findings.covered(data, ["prosecution"], "уголовного преследования",
                                     on=dt.date(2026, 12, 4), callout=True))
        line = plain(findings.covered(data, ["prosecution"], "уголовного преследования", on=dt.date(2023, 12, 4)))
        summary = plain(findings.summary(data, KEY, on=dt.date(2026, 12, 4)))
    assert "за 5 лет до этого обзора" in box, box
    assert "за 2 года до этого обзора" in line, line
    assert "за 5 лет до этого обзора" in summary, summary
    assert " г. до этого" not in box + line + summary
    assert findings.years(21) == "21 years"


def test_a_plan_named_by_its_period_is_not_no_data() -> None:
    # Armenia 2022: "No data for prevention in the sources." above "National action plan 2020-2022 (implemented)."
    plan = made_up.row(1, "action_plan", None, text="2020-2022", unit="period", qualifier="implemented",
                       source="tip-2023", quote="... the implementation of the 2020-2022 national action plan ...")
    data = _data([plan])
    line = plain(findings.covered(data, ["prevention"], "prevention", on=dt.date(2026, 12, 4)))
    assert "No data" not in line and line == "*No prevention data in the sources carry a year.*", line
    assert "2020-2022" in plain(findings.event_sentences(data, ["action_plan", "hotline"]))
    with i18n.language("ru"):
        assert "нет датированных данных" in findings.covered(data, ["prevention"], "профилактики")
    # a theme with no row at all still has no data
    assert "No data for protection" in plain(findings.covered(data, ["protection"], "protection"))


def test_legal_text_points_to_the_steps_its_chart_draws() -> None:
    # Romania 2023: "The sources date no international convention or national law." above a timeline chart whose
    # one dated step was a hotline (listed under Prevention): the text and the chart seemed to disagree
    hotline = made_up.row(1, "hotline", 2022, text="national hotline", unit="text", qualifier="established",
                          source="tip-2023", theme="prevention")
    data = _data([hotline])
    said = plain(findings.steps_drawn_elsewhere(data))
    assert said == "- The chart also draws the dated action plans and hotlines; the prevention section lists them."
    with i18n.language("ru"):
        assert "«Предупреждение»" in findings.steps_drawn_elsewhere(data)
    law = made_up.row(2, "law", 2014, text="Law on Trafficking", unit="text", qualifier="adopted",
                      source="tip-2023", theme="legal")
    assert findings.steps_drawn_elsewhere(_data([hotline, law])) == ""  # the text lists the law: nothing to say
    assert findings.steps_drawn_elsewhere(_data([_row(3, "convictions", 2021, 4, "persons")])) == ""


def test_a_destination_one_source_of_several_names_is_not_named_by_all() -> None:
    # Romania, trafficking profile: "Russia: named by 1 of 1 sources" in a briefing of six sources (the count was out
    # of the sources naming any destination, which read as every source agreeing)
    named = made_up.row(3, "destination", 2022, text="Russia", unit="mentions", source="tip-2022", theme="profile",
                        quote="Traffickers exploit victims in Russia.", number_text="Russia")
    data = _data([_row(1, "convictions", 2021, 4, "persons", source="tip-2022"),
                  _row(2, "convictions", 2022, 5, "persons"), named])
    text = plain(findings.mention_sentences(data, "destination", "destination country", "destination countries"))
    assert "Russia: named by 1 of 2 sources." in text, text


def test_a_plan_budget_does_not_date_the_victim_protection_data() -> None:
    # Romania, Protection: "Latest year the victim protection data cover: 2022" where victim counts end in 2020 and
    # 2022's figure was a national action plan's budget, filed with victim-services money
    budget = _row(2, "shelter_funding", 2022, 6_500_000, "USD", qualifier="national action plan")
    data = _data([_row(1, "victims_identified", 2020, 32, "victims"), budget])
    text = plain(findings.covered(data, ["protection"], "victim protection", on=dt.date(2021, 1, 1)))
    assert "data cover: 2020" in text, text
    money = _data([_row(1, "victims_identified", 2020, 32, "victims"),
                   _row(2, "shelter_funding", 2022, 40_000, "USD", qualifier="shelter")])
    assert "data cover: 2022" in plain(findings.covered(money, ["protection"], "victim protection"))
