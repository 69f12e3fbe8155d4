"""Catalog fields inferred from a document's text: the rules' own examples, TIP-style narratives, flags winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipbrief.errors import CatalogError
from tipbrief.sources.infer import RULES, Rules, describe, infer_fields, load_rules, missing_message, parse_period

NARRATIVES = Path(__file__).with_name("narratives")
EXAMPLES = [(rule.name, ex) for rule in load_rules().rules for ex in rule.examples]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(EXAMPLES)])
def test_every_rule_gives_what_its_examples_expect(rule, example):
    found = infer_fields(example.text, {})
    assert found.rule == rule
    got = {**found.fields, "id": found.id_base}
    for name, value in example.expect.items():
        if name == "period":
            value = {"start": value, "end": value}
        assert got.get(name) == value, (name, got)


def test_a_rule_without_examples_is_refused(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text("rules:\n  - {name: x, title_line: 'x', fields: {}, examples: []}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"rules\.yml: invalid inference rules"):
        load_rules(path)
    assert isinstance(load_rules(RULES), Rules)


@pytest.mark.parametrize(
    ("file", "country", "year", "reporting_year"),
    [("georgia-2021.txt", "Georgia", 2021, 2020), ("nepal-2021.txt", "Nepal", 2021, 2020),
     ("cote-d-ivoire-2022.txt", "Côte d'Ivoire", 2022, 2021)],
)
def test_tip_narratives_give_every_required_field(file, country, year, reporting_year):
    found = infer_fields((NARRATIVES / file).read_text(encoding="utf-8"), {})
    assert found.missing == []
    assert found.fields["country"] == country and found.fields["year"] == year
    assert found.fields["reporting_year"] == reporting_year
    assert found.fields["period"] == {"start": reporting_year, "end": reporting_year}
    assert found.fields["title"] == f"{year} Trafficking in Persons Report: {country}"
    assert found.fields["publisher"] == "U.S. Department of State" and found.fields["kind"] == "government report"
    assert f"country: {country}" in describe(found) and f"reporting year: {reporting_year}" in describe(found)


def test_the_latest_report_year_in_the_text_is_taken_for_a_tier_line():
    text = ("GEORGIA: TIER 1\n\nSince the 2019 TIP Report ... the 2021 Trafficking in Persons Report ... "
            "the 2020 TIP Report.\n")
    assert infer_fields(text, {}).fields["year"] == 2021


def test_a_tier_line_without_a_year_asks_for_year():
    found = infer_fields("NEPAL: TIER 2\n\nThe Government of Nepal does not fully meet the minimum standards.\n", {})
    assert found.fields["country"] == "Nepal" and found.missing == ["title", "year"] and found.asks == ["year"]
    line = missing_message(Path("nepal.txt"), found)
    assert line == "nepal.txt: could not infer the year from the text; give --year"
    completed = infer_fields("NEPAL: TIER 2\n\nText.\n", {"year": 2023})
    assert completed.missing == [] and completed.fields["reporting_year"] == 2022
    assert completed.fields["title"] == "2023 Trafficking in Persons Report: Nepal"


def test_flags_win_and_derived_fields_follow_them():
    text = (NARRATIVES / "georgia-2021.txt").read_text(encoding="utf-8")
    found = infer_fields(text, {"year": 2022, "country": "Nepal", "title": "Own title", "reporting_year": None})
    assert found.fields["title"] == "Own title" and found.fields["year"] == 2022
    assert found.fields["reporting_year"] == 2021 and found.id_base == "nepal-tip-2022"
    assert "year" not in found.inferred and "title" not in found.inferred and "publisher" in found.inferred


def test_an_unrecognised_document_asks_for_every_required_flag():
    found = infer_fields((NARRATIVES / "ngo-survey.md").read_text(encoding="utf-8"), {"kind": "NGO report"})
    assert found.rule is None and describe(found) == ""
    assert missing_message(Path("ngo-survey.md"), found) == (
        "ngo-survey.md: not recognised as a TIP Report narrative; give --title, --publisher, --country, --year")


@pytest.mark.parametrize(("text", "period"), [("2021", {"start": 2021, "end": 2021}),
                                              ("2019-2021", {"start": 2019, "end": 2021}), (None, None)])
def test_period_parses(text, period):
    assert parse_period(text) == period


def test_bad_period_names_the_flag():
    with pytest.raises(CatalogError, match="--period 'last year'"):
        parse_period("last year")


def test_a_section_pasted_without_its_title_is_recognised_by_the_title_given_for_it():
    """A protection section copied on its own: its --title is read as the narrative's title line, so its figures
    are dated by the report's reporting year (2018 for the 2019 report), not by the publication year."""
    section = "The government identified 348 potential victims, compared to 579 the previous year.\n"
    found = infer_fields(section, {"title": "2019 TIP Report: Ghana"})
    assert found.missing == [] and found.rule is not None
    assert (found.fields["country"], found.fields["year"], found.fields["reporting_year"]) == ("Ghana", 2019, 2018)
    assert found.fields["period"] == {"start": 2018, "end": 2018}
    assert found.fields["title"] == "2019 TIP Report: Ghana"  # the user's words are kept
    assert infer_fields(section, {"title": "Field notes on Ghana"}).rule is None  # any other title: no guess


def test_a_section_pasted_alone_is_recognised_by_its_opening_and_asks_for_country_and_year():
    """A protection section copied without title or tier line opens with the report's verdict on the government's
    efforts: it is a TIP narrative, and only the country and the report year are asked for."""
    section = ("The government maintained victim protection efforts. Authorities identified 52 victims, compared with "
               "10 in the previous reporting period.\n")
    found = infer_fields(section, {})
    assert found.rule == "TIP Report narrative (a theme section's opening sentence)"
    assert found.asks == ["country", "year"]
    assert missing_message(Path("zimbabwe.txt"), found) == (
        "zimbabwe.txt: could not infer the country and year from the text; give --country, --year")
    given = infer_fields(section, {"country": "Zimbabwe", "year": 2020})
    assert given.missing == [] and given.fields["reporting_year"] == 2019
    assert given.fields["title"] == "2020 Trafficking in Persons Report: Zimbabwe"
    assert given.fields["publisher"] == "U.S. Department of State" and given.id_base == "zimbabwe-tip-2020"
    typed = infer_fields(section, {"country": "cote d'ivoire", "year": 2020})  # as typed: the title has its name
    assert typed.fields["title"] == "2020 Trafficking in Persons Report: Côte d'Ivoire"


@pytest.mark.parametrize("text", [
    "The government increased taxes on imported cars.\n",
    "Recommendations for the future:\nMore research is needed.\n",
    "Protection of wetlands in Ghana (2023)\n",
    "Officials maintained that the road would open in May.\n",
])
def test_other_documents_opening_with_government_or_recommendations_are_not_tip_narratives(text):
    assert infer_fields(text, {}).rule is None


def test_the_corpus_sections_are_recognised_with_their_own_country_and_year():
    """Every development-corpus text (real sections, pasted as stored pages give them) that a rule recognises gets
    its own country and year, never another's; README's count of recognised sections is this test's."""
    import yaml

    from tipbrief.sources.countries import canonical_name

    corpus = Path(__file__).resolve().parents[1] / "extraction" / "corpus"
    recognised = 0
    for text in sorted(corpus.glob("*.txt")):
        spec = text.with_suffix(".yml").read_text(encoding="utf-8")  # its one-line `source:` (the rows cost seconds)
        source = yaml.safe_load(next(line for line in spec.splitlines() if line.startswith("source:")))["source"]
        found = infer_fields(text.read_text(encoding="utf-8"), {})
        if found.rule is None:
            continue
        recognised += 1
        if "country" in found.fields:
            assert canonical_name(found.fields["country"]) == canonical_name(source["country"]), text.name
        if "year" in found.fields:
            assert found.fields["year"] == source["year"], text.name
    assert recognised >= 1097


def test_an_unrecognised_section_is_told_that_its_title_is_enough(tmp_path):
    text = "Authorities reported 14 investigations in 2014, compared with 11 in 2013.\n"
    found = infer_fields(text, {})
    message = missing_message(Path("part.txt"), found)
    assert message.endswith('; for a part of a TIP Report narrative --title "YEAR TIP Report: COUNTRY" is enough')
    found = infer_fields(text, {"title": "2015 TIP Report: Germany"})
    assert found.fields["country"] == "Germany" and found.fields["year"] == 2015 and not found.asks


def test_a_title_given_fills_in_what_a_recognised_section_lacks():
    # a section that opens with the report's verdict is recognised, but names no country or year: the title does
    text = "The government maintained victim protection efforts. It identified 52 victims.\n"
    assert infer_fields(text, {}).asks == ["country", "year"]
    found = infer_fields(text, {"title": "2017 TIP Report: Thailand"})
    assert found.fields["country"] == "Thailand" and found.fields["year"] == 2017 and not found.asks
    assert found.fields["reporting_year"] == 2016 and found.id_base == "thailand-tip-2017"
