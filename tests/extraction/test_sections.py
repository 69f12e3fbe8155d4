"""Sections by content as well as by heading: heading forms, themes by content, where recommendations end."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from tipbrief.indicators.ingest import (
    cue_theme,
    ingest,
    is_furniture,
    is_imperative,
    normalise,
    reports,
    run_in_heading,
    sentence_cues,
)

from . import narrative_forms as nf
from .conftest import rows_for

BODY = "The government initiated 31 investigations, compared with 20 in 2020."


def _section_of(doc, start: str):
    return next(s for s in doc.sentences if s.text.startswith(start)).section


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Intro text.\n\nPROSECUTION\n\n{BODY}\n", "PROSECUTION"),
        (f"Intro text.\n\nProsecution\n\n{BODY}\n", "Prosecution"),
        (f"Intro text.\n\nProsecution:\n\n{BODY}\n", "Prosecution"),
        (f"Intro text.\n\n## Prosecution\n\n{BODY}\n", "Prosecution"),
        (f"Intro text.\n\n**Prosecution**\n\n{BODY}\n", "Prosecution"),
        (f"Intro text.\n\nProsecution (2021)\n\n{BODY}\n", "Prosecution (2021)"),
        (f"Intro text.\n\nPROSECUTION: {BODY}\n", "PROSECUTION"),
        (f"Intro text.\n\nProsecution: {BODY}\n", "Prosecution"),
        (f"Intro text.\n\nProsecution – {BODY}\n", "Prosecution"),
        (f"Intro text.\n\nPROSECUTION {BODY}\n", "PROSECUTION"),
        (f"Intro text.\n\nProsecution {BODY}\n", "Prosecution"),
        (f"Intro text.\nPROSECUTION\n{BODY}\n", "PROSECUTION"),
        (f"Intro text.\n\n## Prosecution {BODY}\n", "Prosecution"),
    ],
)
def test_heading_forms_open_a_prosecution_section(text, title):
    doc = ingest("h", text)
    section = _section_of(doc, "The government initiated")
    assert (section.title, section.theme, section.implicit) == (title, "prosecution", False)
    head = next(s for s in doc.sentences if s.heading)
    assert head.section is section and normalise(text[head.start : head.end]) == head.text
    assert _section_of(doc, "Intro text").index == 0
    body = next(s for s in doc.sentences if s.text.startswith("The government"))
    assert body.text == BODY and text[body.start : body.end] == BODY
    assert rows_for(text).query("indicator == 'investigations'")["value"].tolist() == [31, 20]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PRIORITIZED RECOMMENDATIONS:", "PRIORITIZED RECOMMENDATIONS"),
        ("PRIORITIZED RECOMMENDATIONS", "PRIORITIZED RECOMMENDATIONS"),
        ("Prioritized Recommendations:", "Prioritized Recommendations"),
        ("Prioritized Recommendations", "Prioritized Recommendations"),
        ("## Prioritized Recommendations", "Prioritized Recommendations"),
        ("Recommendations for Armenia", "Recommendations for Armenia"),
        ("RECOMMENDATIONS FOR VIETNAM", "RECOMMENDATIONS FOR VIETNAM"),
    ],
)
def test_recommendation_heading_forms(text, title):
    doc = ingest("r", f"The government made efforts.\n\n{text}\n\n• Train 300 labor inspectors.\n")
    section = _section_of(doc, "Train 300")
    assert (section.title, section.theme) == (title, "recommendations")
    assert rows_for(f"The government made efforts.\n\n{text}\n\n• Train 300 labor inspectors.\n").query(
        "indicator != 'recommendation'").empty


@pytest.mark.parametrize(
    "text",
    [
        "Protection of victims was weak, and the government identified 12 victims.",
        "Prosecution Service data showed 12 convictions.",
        "prosecution: the courts convicted 12 traffickers.",
        "Prevention efforts remained weak",
        "Protection against human trafficking in Ghana (TIP 2023)",
        "Prosecution of human trafficking in Ukraine (TIP 2023)",
        "ARMENIA: Tier 2",
    ],
)
def test_sentences_that_start_with_a_heading_word_are_not_headings(text):
    doc = ingest("f", f"Intro text.\n\n{text}\n")
    assert len(doc.sections) == 1 and not any(s.heading for s in doc.sentences)
    assert [s.text for s in doc.sentences] == ["Intro text.", text]
    assert run_in_heading(text) is None


def test_themes_yml_cues_match_their_examples_and_give_their_theme():
    data = yaml.safe_load(resources.files("tipbrief.indicators").joinpath("themes.yml").read_text(encoding="utf-8"))
    ids = [c["id"] for cues in data["cues"].values() for c in cues]
    assert len(ids) == len(set(ids)), "cue ids must be unique"
    for theme, cues in data["cues"].items():
        for cue in cues:
            assert re.search(cue["pattern"], cue["example"], re.IGNORECASE), cue["id"]
            assert f"{theme}/{cue['id']}" in sentence_cues(cue["example"]), cue["id"]
    for cue in data["report"]:
        assert reports(cue["example"]) is not None and not is_imperative(cue["example"]), cue["id"]


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        ("Judges convicted three traffickers, all on sex trafficking charges.", "prosecution"),
        ("In 2020, authorities initiated 106 trafficking investigations.", "prosecution"),
        ("The government identified 145 trafficking victims.", "protection"),
        ("Officials referred all 578 victims to government shelter services.", "protection"),
        ("Labor inspectors conducted 1,100 inspections of recruitment agencies.", "prevention"),
        ("The hotline received 120 calls.", "prevention"),
        ("The government adopted the 2020-2022 national action plan.", "prevention"),
        ("The weather was fine.", None),
    ],
)
def test_a_sentence_has_the_theme_its_content_reports(sentence, theme):
    assert cue_theme(sentence_cues(sentence)) == theme


@pytest.mark.parametrize(
    ("sentence", "imperative"),
    [
        ("Vigorously investigate, prosecute, and convict traffickers.", True),
        ("While respecting due process, vigorously investigate and prosecute suspected traffickers.", True),
        ("In partnership with international organizations, conduct screening among women.", True),
        ("Increase funding for shelters.", True),
        ("Apply the law to forced labor cases.", True),
        ("Further expand shelter capacity for male victims.", True),  # "further" as an adverb, not "Further," prose
        ("De-link victim services from cooperation with prosecutors.", True),
        ("Re-establish the anti-trafficking commission.", True),
        ("Further, the government opened two shelters.", False),
        ("The government initiated 31 investigations.", False),
        ("Authorities identified 24 victims.", False),
        ("Support for victims was limited.", False),
        ("Investigations increased in 2021.", False),
    ],
)
def test_imperatives(sentence, imperative):
    assert is_imperative(sentence) is imperative


def test_a_sentence_on_convictions_is_prosecution_wherever_it_stands():
    text = ("The government maintained protection efforts. The government identified 70 victims. Police referred "
            "all victims to shelters. Courts convicted nine traffickers.\n\nThe hotline received 120 calls.\n")
    doc = ingest("t", text)
    themes = {s.text[:12]: s.theme for s in doc.sentences}
    assert themes["Courts convi"] == "prosecution"
    assert themes["The governme"] == "protection" and themes["Police refer"] == "protection"
    assert [p.theme for p in doc.paragraphs] == ["protection", "prevention"]
    assert {p.theme_from for p in doc.paragraphs} == {"content"}


def test_a_heading_wins_over_content():
    doc = ingest("t", "PROTECTION\n\nCourts convicted nine traffickers. The shelter housed 12 victims.\n")
    para = doc.paragraphs[-1]
    assert (para.theme, para.theme_from) == ("protection", "heading")
    assert next(s for s in doc.sentences if s.text.startswith("Courts")).theme == "prosecution"


RECS_THEN_PROSE = (
    "GHANA: Tier 2\n\nThe Government of Ghana does not fully meet the minimum standards.\n\n"
    "PRIORITIZED RECOMMENDATIONS:\n\n"
    "• Train 300 labor inspectors and conduct 500 inspections.\n"
    "• While respecting due process, vigorously investigate and prosecute 40 suspected traffickers.\n"
    "• Increase funding for the 12 shelters.\n\n"
    "The government initiated 31 investigations in 2022, compared with 20 in 2021.\n\n"
    "Authorities identified 24 victims and referred 20 to care.\n"
)


@pytest.mark.parametrize("bullet", ["• ", "* ", "- ", ""])
def test_recommendations_end_where_the_imperatives_end(bullet):
    text = RECS_THEN_PROSE.replace("• ", bullet)
    doc = ingest("r", text)
    recs = [s for s in doc.sentences if s.section.theme == "recommendations" and not s.heading]
    assert [s.text[:10] for s in recs] == ["Train 300 ", "While resp", "Increase f"]
    assert all(s.theme == "recommendations" for s in recs)
    prose = [s for s in doc.sentences if s.text.startswith(("The government initiated", "Authorities identified"))]
    assert all(s.section.theme != "recommendations" and s.section.implicit for s in prose)
    assert [s.theme for s in prose] == ["prosecution", "protection"]
    frame = rows_for(text, country="Ghana", year=2023, reporting_year=2022, period={"start": 2022, "end": 2022})
    figures = frame[frame["indicator"] != "recommendation"]
    assert not figures["quote"].str.contains("Train 300|40 suspected|12 shelters").any()
    assert {(r.indicator, r.year, r.value) for r in figures.itertuples() if r.indicator != "tier"} == {
        ("investigations", 2022, 31), ("investigations", 2021, 20), ("victims_identified", 2022, 24),
        ("victims_referred", 2022, 20)}
    recs_rows = frame[frame["indicator"] == "recommendation"]
    assert recs_rows["quote"].str.startswith(("Train", "While", "Increase")).all()


def test_inline_bullets_are_one_sentence_each():
    doc = ingest("g", "PRIORITIZED RECOMMENDATIONS:\n\nVigorously investigate traffickers under Article 143. "
                      "• Increase efforts to identify victims. • Train judges.\n")
    items = [s for s in doc.sentences if not s.heading]
    assert [s.text for s in items] == ["Vigorously investigate traffickers under Article 143.",
                                       "Increase efforts to identify victims.", "Train judges."]
    assert [s.bullet for s in items] == [False, True, True]
    assert {s.section.theme for s in items} == {"recommendations"}


def test_an_imperative_list_without_a_heading_is_recommendations():
    text = ("The Government of Georgia fully meets the minimum standards.\n\n"
            "Vigorously investigate and convict traffickers; increase efforts to identify 100 victims.\n\n"
            "The government identified seven victims.\n")
    doc = ingest("n", text)
    assert [(s.theme, s.implicit) for s in doc.sections] == [(None, False), ("recommendations", True), (None, True)]
    frame = rows_for(text)
    assert set(frame.query("indicator == 'victims_identified'")["value"]) == {7}


@pytest.mark.parametrize("form", nf.FORMS)
@pytest.mark.parametrize("narrative", nf.NARRATIVES, ids=lambda n: n.name)
def test_a_pasted_narrative_gives_what_its_texts_give_alone_whatever_its_headings(narrative, form):
    source = nf.source_of(narrative)
    alone: set[tuple] = set()
    for name in nf.texts_of(narrative):
        alone |= nf.rows(source, (nf.CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    expected = nf.expected(narrative)
    for bullets, recs_form in ((True, "caps"), (False, "caps"), (True, form)):
        text = nf.compose(narrative, form, bullets, recs_form)
        got = nf.rows(source, text)
        assert expected & alone <= got, f"missed: {sorted((expected & alone) - got, key=str)}"
        assert got - expected <= alone - expected, f"unexpected: {sorted(got - expected - alone, key=str)}"
        doc = ingest("n", text)
        recs = {s.text for s in doc.sentences if s.section.theme == "recommendations" and not s.heading}
        assert recs and all(is_imperative(t) for t in recs), sorted(recs)
        assert not any(s.section.theme == "recommendations" for s in doc.sentences if reports(s.text))


def test_narrative_without_headings_made_by_stripping_a_corpus_text():
    narrative = nf.NARRATIVES[0]
    text = nf.compose(narrative, "none", bullets=False, recs_form="none")
    assert "RECOMMENDATIONS" not in text and "PROTECTION" not in text.upper().split("\n\n")[0]
    doc = ingest("n", text)
    para_themes = [p.theme for p in doc.paragraphs]
    assert "recommendations" in para_themes and "protection" in para_themes
    protection = nf.paragraphs("georgia-2021-protection")[0][:40]
    assert next(s for s in doc.sentences if s.text.startswith(protection[:30])).section.theme != "recommendations"


def test_a_semicolon_list_of_recommendations_is_one_sentence_per_item():
    text = (nf.CORPUS / "armenia-2018-intro.txt").read_text(encoding="utf-8")
    doc = ingest("a", text)
    items = [s for s in doc.sentences if s.section.theme == "recommendations" and not s.heading]
    assert len(items) == 4 and all(is_imperative(s.text) for s in items)
    assert items[0].text == "Vigorously investigate, prosecute, and convict traffickers under Articles 132 and 132-2;"
    assert items[1].text.startswith("establish and implement preventative measures")
    for s in items:
        assert normalise(text[s.start : s.end]) == s.text


def test_report_prose_run_on_after_recommendation_lines_is_not_a_recommendation():
    text = ("PRIORITIZED RECOMMENDATIONS:\nInvestigate and prosecute 40 traffickers.\n"
            "Increase funding for 12 shelters.\n"
            "The government initiated 31 investigations in 2022. Authorities identified 24 victims.\n")
    doc = ingest("r", text)
    recs = [s.text for s in doc.sentences if s.section.theme == "recommendations" and not s.heading]
    assert recs == ["Investigate and prosecute 40 traffickers.", "Increase funding for 12 shelters."]
    prose = [s for s in doc.sentences if s.text.startswith(("The government", "Authorities"))]
    assert len(prose) == 2 and all(s.section.implicit and s.section.theme is None for s in prose)
    assert len({s.paragraph for s in prose}) == 1 and prose[0].paragraph != doc.sentences[-3].paragraph
    frame = rows_for(text, year=2023, reporting_year=2022, period={"start": 2022, "end": 2022})
    figures = frame[frame["indicator"] != "recommendation"]
    got = {(r.indicator, r.value) for r in figures.itertuples()}
    assert got == {("investigations", 31), ("victims_identified", 24)}


def test_paragraphs_pasted_one_per_line_are_paragraphs_and_a_cable_stays_wrapped():
    long = "The government identified 70 trafficking victims, compared with 63 victims in 2015. " * 2
    text = f"GEORGIA: Tier 1\n{long.strip()}\n{long.strip()}\nPROSECUTION\n{long.strip()}\n"
    doc = ingest("w", text)
    assert [s.text for s in doc.sentences if s.paragraph == 0] == ["GEORGIA: Tier 1"]
    assert len({s.paragraph for s in doc.sentences}) == 5
    wrapped = "The poorly-written law makes it difficult to\nconvict a trafficker. The office\nIs redrafting it.\n"
    assert len({s.paragraph for s in ingest("c", wrapped).sentences}) == 1


def test_a_narrative_pasted_as_one_line_keeps_its_headings_in_capitals():
    """Every line break lost (copied from some PDF viewers): a heading in capitals after a sentence's end and before a
    capitalised word still opens its section; capitals inside a sentence or before a lower-case word do not."""
    text = ("The government made efforts. PRIORITIZED RECOMMENDATIONS: Increase prosecutions of traffickers. • Fund "
            "NGO shelters. PROSECUTION The government initiated 31 investigations. Officials said the LAW ENFORCEMENT "
            "unit grew. PREVENTION efforts rose. PROTECTION Authorities identified 12 victims.\n")
    doc = ingest("p", text)
    themes = {s.text: s.section.theme for s in doc.sentences if not s.heading}
    assert [t for t, theme in themes.items() if theme == "recommendations"] == [
        "Increase prosecutions of traffickers.", "Fund NGO shelters."]
    assert themes["The government initiated 31 investigations."] == "prosecution"
    assert themes["Officials said the LAW ENFORCEMENT unit grew."] == "prosecution"  # no heading inside a sentence
    assert themes["PREVENTION efforts rose."] == "prosecution"  # nor before a lower-case word
    assert themes["Authorities identified 12 victims."] == "protection"


def test_a_pasted_page_s_banner_is_no_content_and_no_recommendation():
    # state.gov's banner pasted above chad-2022's narrative: "Secure .gov websites use HTTPS" was a recommendation
    data = yaml.safe_load(resources.files("tipbrief.indicators").joinpath("themes.yml").read_text(encoding="utf-8"))
    for item in data["page_furniture"]:
        assert re.fullmatch(item["pattern"], item["example"], re.IGNORECASE) and is_furniture(item["example"]), item
    banner = ("An official website of the United States Government Here's how you know\n\n"
              "Official websites use .gov\n\n"
              "A .gov website belongs to an official government organization in the United States.\n\n"
              "Secure .gov websites use HTTPS\n\nA lock ( ) or https:// means you’ve safely connected to the .gov "
              "website. Share sensitive information only on official, secure websites.\n\n")
    text = banner + "Chad (Tier 2 Watch List)\n\nAuthorities did not report prosecuting any traffickers.\n"
    doc = ingest("chad", text)
    assert not any("gov" in s.text for s in doc.sentences)
    assert not any(p.recommendation for p in doc.paragraphs)
    rows = rows_for(text)
    assert "recommendation" not in set(rows["indicator"]) and "prosecutions" in set(rows["indicator"])
    # a sentence of a narrative that only looks like one is kept
    assert not is_furniture("Secure .gov websites use HTTPS and report trafficking to the hotline.")
