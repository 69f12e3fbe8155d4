"""Ingestion: marks, headings, hard wraps, page breaks, bullets, and offsets back to the original."""

from __future__ import annotations

from tipbrief.indicators.extract import LONG_SENTENCE
from tipbrief.indicators.ingest import RUN_ON, _normalise_array, ingest, normalise

from .conftest import rows_for

CABLE = (
    " \u00b61.  The following is the report.  Post's lettering system matches reftel's. \n"
    " \n"
    "OVERVIEW OF ACTIVITIES TO ELIMINATE TRAFFICKING IN \n"
    "PERSONS \n"
    " \n"
    "\u00b6A.  IOM estimates that at least 420 women were trafficked \n"
    "to the UAE for sexual exploitation in \n"
    "\u00b62005.  In 2005, IOM repatriated 49 women from the UAE. \n"
    " \n"
    "\u00b6B.  The poorly-written law makes it difficult to convict a \n"
    "\n"
    "\n"
    "\n"
    "trafficker.  The office is redrafting the law. \n"
    " \u00b6N.  Tajikistan ratified ILO Convention 182 June 8, 2005. \n"
    " \n"
    "\u00b62.  HEROES \n"
    " \n"
    "Many organizations work hard. \n"
)


def _texts(doc):
    return [s.text for s in doc.sentences]


def test_paragraph_marks_are_stripped_and_year_mark_kept_as_year():
    doc = ingest("c", CABLE)
    texts = _texts(doc)
    assert texts[0] == "The following is the report."
    assert "IOM estimates that at least 420 women were trafficked to the UAE for sexual exploitation in 2005." in texts
    assert "In 2005, IOM repatriated 49 women from the UAE." in texts
    assert not any("\u00b6" in t for t in texts)


def test_upper_case_titles_become_sections_with_themes():
    doc = ingest("c", CABLE)
    titles = [s.title for s in doc.sections]
    assert "OVERVIEW OF ACTIVITIES TO ELIMINATE TRAFFICKING IN PERSONS" in titles
    assert "HEROES" in titles
    overview = next(s for s in doc.sections if s.title.startswith("OVERVIEW"))
    assert overview.theme == "profile"
    first = next(s for s in doc.sentences if s.text.startswith("IOM estimates"))
    assert first.section is overview


def test_page_break_blank_run_inside_a_sentence_is_joined():
    texts = _texts(ingest("c", CABLE))
    assert "The poorly-written law makes it difficult to convict a trafficker." in texts
    assert "The office is redrafting the law." in texts


def test_mark_without_blank_line_opens_a_paragraph():
    doc = ingest("c", CABLE)
    n = next(s for s in doc.sentences if s.text.startswith("Tajikistan ratified"))
    before = next(s for s in doc.sentences if s.text.startswith("The office is"))
    assert n.paragraph != before.paragraph


def test_wiki_headings_with_years():
    doc = ingest("w", "= Title =\n\nIntro.\n\n==Prosecution (2008)==\nCourts reported 11 convictions.\n"
                      "== International response ==\nText here.\n")
    sections = {s.title: s for s in doc.sections}
    assert sections["Prosecution (2008)"].theme == "prosecution"
    assert sections["Prosecution (2008)"].year == 2008
    assert sections["International response"].theme == "status"
    conv = next(s for s in doc.sentences if "convictions" in s.text)
    assert conv.section.title == "Prosecution (2008)"


def test_bullets_are_items_under_their_heading():
    text = ("Intro line.\n\nPRIORITIZED RECOMMENDATIONS:\n\n  \u2022 Adopt SOPs to identify victims.\n"
            "  \u2022 Increase funding for shelters.\n\nPROSECUTION\n\nThe government investigated 5 cases.\n")
    doc = ingest("r", text)
    bullets = [s for s in doc.sentences if s.bullet]
    assert [b.text for b in bullets] == ["Adopt SOPs to identify victims.", "Increase funding for shelters."]
    assert {b.section.theme for b in bullets} == {"recommendations"}
    assert bullets[0].paragraph != bullets[1].paragraph


def test_offsets_map_every_sentence_back_to_the_original():
    for text in (CABLE, "A  b\n c. D e.\r\n\r\nF\tg."):
        doc = ingest("x", text)
        for s in doc.sentences:
            assert normalise(text[s.start : s.end]) == s.text
            assert text[s.start] == s.text[0] and text[s.end - 1] == s.text[-1]


def test_sentence_split_keeps_abbreviations_and_ids_are_stable():
    text = "The U.S. Embassy met the U.A.E. officials. The government of the U.S. agreed. Next one."
    doc = ingest("x", text)
    assert _texts(doc) == ["The U.S. Embassy met the U.A.E. officials.", "The government of the U.S. agreed.",
                           "Next one."]
    assert [s.id for s in doc.sentences] == [s.id for s in ingest("x", text).sentences]


def test_normalise_documented_rules():
    assert normalise("  \u00b6A.  Hard\nwrapped   line \n\u00b62005.  Next") == "Hard wrapped line 2005. Next"
    assert normalise("  \u2022 bullet text") == "bullet text"


def test_markdown_headings_and_dash_bullets():
    doc = ingest("m", "# Report\n\n## Protection\n\n- Identified 12 victims.\n- Referred 10.\n")
    assert [s.title for s in doc.sections][1:] == ["Report", "Protection"]
    assert doc.sections[2].theme == "protection"
    assert [s.text for s in doc.sentences if s.bullet] == ["Identified 12 victims.", "Referred 10."]


def test_all_caps_heading_is_also_a_sentence():
    doc = ingest("h", "TURKMENISTAN: TIER 3\n\nThe government did not report data.\n")
    heads = [s for s in doc.sentences if s.heading]
    assert [h.text for h in heads] == ["TURKMENISTAN: TIER 3"]


def test_fast_normalise_agrees_with_the_mapped_one():
    import random

    import numpy  # noqa: F401 - both paths of _normalise_array are compared

    from tipbrief.indicators.ingest import normalise_map

    rng = random.Random(7)
    alphabet = ["a", "B", " ", "\n", "\t", "\u00a0", "\u2003", "\u00b6", "A", ".", "1", "2005", "\u2022", "-", "*",
                "\u00ad", "\f", "-\n", "TRAFFICKING IN PERSONS REPORT", "\n12\n"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        norm, idx = normalise_map(text)
        assert normalise(text) == norm
        assert len(idx) == len(norm) and all(text[i] == c for i, c in zip(idx, norm, strict=True) if c != " ")
        assert _normalise_array(text, vectorised=False)[1] == idx  # the list path agrees with the numpy one


def test_a_word_broken_at_a_line_end_is_joined():
    # rule 5: a typeset PDF's soft hyphen goes with the break; a compound keeps its hyphen and loses the break
    text = ("The govern\u00ad\nment identified 12 vic\u00ad\n  tims under the anti-\ntrafficking law, "
            "the well- \nknown one.")
    doc = ingest("pdf", text)
    assert _texts(doc) == ["The government identified 12 victims under the anti-trafficking law, the well-known one."]
    s = doc.sentences[0]
    assert normalise(text[s.start : s.end]) == s.text
    assert [text[i] for i in s.offsets[10:12]] == ["m", "e"]  # "govern|ment": offsets skip the hyphen and break
    frame = rows_for(text)
    assert set(frame.query("indicator == 'victims_identified'")["value"]) == {12}
    # a dash before a line break is no word break, nor a hyphen before a capital or a blank line
    assert normalise("the 2008 law -\nand its rules; North-\nSouth; end-\n\nnext") == (
        "the 2008 law - and its rules; North- South; end- next")


def test_a_printed_page_s_break_is_blanked_and_the_sentence_it_split_joined():
    # text copied from the report's PDF: page number, form feed, running head, mid-sentence and mid-word
    pdftotext = ("The government identified 22 victims, although no information was available on\n"
                 "539\n\n\fTRAFFICKING IN PERSONS REPORT | JUNE 2022\n\ntheir age. Police inves\u00ad\n540\n\n"
                 "\f2022 TRAFFICKING IN PERSONS REPORT\n\ntigated 31 cases.\n")
    # as a PDF viewer copies it: no form feed, the head before the page number
    viewer = ("The government identified 22 victims, although no information was available on\n\n"
              "TRAFFICKING IN PERSONS REPORT JULY 2015\n\n539\n\ntheir age. Police investigated 31 cases.\n")
    for text in (pdftotext, viewer):
        doc = ingest("pdf", text)
        assert _texts(doc) == ["The government identified 22 victims, although no information was available on "
                               "their age.", "Police investigated 31 cases."], text
        for s in doc.sentences:
            assert normalise(text[s.start : s.end]) == s.text
        assert doc.text == text
        frame = rows_for(text)
        assert set(frame.query("indicator == 'investigations'")["value"]) == {31}
    # a number alone on a line with no page break beside it is text; so is the report's title line
    assert _texts(ingest("n", "The total was\n22\nvictims.\n")) == ["The total was 22 victims."]
    title = "2022 Trafficking in Persons Report: Georgia\n\nGEORGIA: Tier 1\n"
    assert _texts(ingest("t", title))[0] == "2022 Trafficking in Persons Report: Georgia"


def test_running_heads_match_their_examples():
    import re
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("tipbrief.indicators").joinpath("themes.yml").read_text(encoding="utf-8"))
    for item in data["running_heads"]:
        for example in item["examples"]:
            assert re.fullmatch(item["pattern"], example), (item["id"], example)


def test_a_run_on_sentence_is_read_in_pieces_cut_after_a_semicolon_or_comma():
    clause = "police investigated {n} cases in the capital, and prosecutors charged {n} suspects; "
    text = "The government reported " + "".join(clause.format(n=i) for i in range(100)) + "and little else."
    doc = ingest("run-on", text)
    pieces = [s.text for s in doc.sentences]
    assert LONG_SENTENCE == RUN_ON  # what is read in pieces is what the warning names
    assert len(text) > 3 * RUN_ON and len(pieces) >= 4
    assert all(len(p) <= RUN_ON for p in pieces) and all(p[-1] in ";," for p in pieces[:-1])
    assert " ".join(pieces) == normalise(text)  # every character read, in order, no piece overlapping another
    for s in doc.sentences:  # each piece maps back to the original text
        assert text[s.start : s.end] == s.text
    # the longest real sentence of the corpus is about 1,100 characters: a long real sentence stays whole
    long_real = "The government identified " + ", ".join(f"{i} victims in region {i}" for i in range(60)) + "."
    assert 1_000 < len(long_real) < RUN_ON and [s.text for s in ingest("long", long_real).sentences] == [long_real]
