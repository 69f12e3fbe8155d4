"""Generated sentences and tables: made from the data, every figure cited, source text inert."""

from __future__ import annotations

import re

import pandas as pd
import pypandoc

from tipbrief import i18n
from tipbrief.toolkit import analysis, findings


def _ids(md: str) -> set[str]:
    return {i for refs in re.findall(r'\{\.ev ref="([^"]+)"\}', md) for i in refs.split()}


def test_trend_sentence_is_generated_and_cited(data):
    text = findings.trend_sentence(data, "convictions")
    assert re.match(
        r'Convictions fell from \[26\]\{\.ev ref="[a-z0-9-]+"\} in 2020 '
        r'to \[none reported\]\{\.ev ref="[a-z0-9-]+"\} in 2021\. ',
        text,
    ), text
    assert text.endswith(" Note: for 2005 the sources differ: [6]{.ev ref=\"embassy-cable-2006-convictions-2005-9\"} "
                         "and [9]{.ev ref=\"encyclopedia-2008-convictions-2005-10\"}.")
    assert _ids(text) <= set(data.table["id"])
    one = data.table[data.table["id"] == "embassy-cable-2006-convictions-2005-9"].copy()  # a second value, same cable
    one = one.assign(id="embassy-cable-2006-convictions-2005-11", value=7.0, number_text="7")
    alone = analysis.Data(pd.concat([data.table[data.table["source_id"] != "encyclopedia-2008"], one]), data.sources,
                          "", 2000, 2030)
    assert "Note: for 2005 the one source gives different figures: [6]" in findings.trend_sentence(alone, "convictions")


def test_sentences_say_when_years_are_missing_or_sources_differ(data):
    window = analysis.Data(analysis.filter_table(data.table, "", 2000, 2010), data.sources, "", 2000, 2010,
                           windowed=True)
    text = findings.trend_sentence(window, "investigations")
    assert "rose" not in text and "fell from [47]" in text and "in 2005 to [30]" in text
    assert "(no figure for 2006)" in text
    conv = findings.trend_sentence(window, "convictions")
    assert "the only year with a figure" in conv and "for 2005 the sources differ: [6]" in conv
    assert findings.trend_sentence(window, "labor_inspectors") == (
        "The sources give no figure for labour inspectors for 2000-2010."
    )
    same = findings.trend_sentence(data, "prosecutions")
    assert same.startswith("Prosecutions stayed the same: [14]")


def test_key_figures_table_has_latest_tier_and_changes(data):
    md = findings.key_figures_table(data, ["convictions", "victims_referred", "labor_inspections"])
    lines = md.splitlines()
    assert lines[0] == "| Indicator | Latest | Year | Change |"
    assert lines[2].startswith("| Tier placement | [Tier 2]{.ev") and "(upgrade)" in lines[2]
    assert re.search(r"\| Convictions \| \[none reported\]\{[^}]+\} \| 2021 \| \[−26\]\{[^}]+\} since 2020 \|", md)
    assert "| Labour inspections | no figure |" in md or "| Labor inspections | no figure |" in md
    assert _ids(md) <= set(data.table["id"])


def test_evidence_table_escapes_hostile_quotes(data):
    md = findings.evidence_table(data, ["recommendations"])
    html = pypandoc.convert_text(md, "html", format="markdown")
    assert "<script" not in html and "<img" not in html and "<em>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<tr") == 1 + len(data.theme("recommendations"))  # header + one row per evidence row


def test_recurrence_and_mentions(data):
    rec = findings.recurrence_sentences(data, 2)
    assert "Fund the shelter: made in the [2006 and 2022]{.ev" in rec and "spanning 17 years" in rec
    assert "Screen migrants" not in rec
    dest = findings.mention_sentences(data, "destination", "destination country", "destination countries")
    assert dest.startswith("- The sources name 5 destination countries:\n")
    # out of the briefing's four sources (one names no destination), not of the three that name any: not "3 of 3"
    assert re.search(r"\n    - Russia: named by \[3 of 4\]\{\.ev ref=\"[a-z0-9 -]+\"\} sources\.", dest)
    assert len(re.findall(r"^    - ", dest, re.M)) == 5, "each country nested under the count"
    top = findings.mention_sentences(data, "destination", "destination country", "destination countries", top_n=2)
    assert top.startswith("- The sources name 5 destination countries; the most named:\n")
    assert len(re.findall(r"^    - ", top, re.M)) == 2


def test_empty_windows_say_so(table_csv):
    empty = analysis.load(table_csv, "", "Tajikistan", 1990, 1991)
    assert findings.tier_sentence(empty) == "The sources give no tier placement for 1990-1991."
    assert findings.evidence_table(empty, ["prosecution"]) == "No evidence for 1990-1991."
    assert findings.recurrence_sentences(empty).startswith("- No recommendation recurs")
    # a window that leaves nothing out is not named: the sources give no figure at all
    whole = analysis.load(table_csv, "", "Tajikistan", 1900, 2100)
    assert not whole.windowed and empty.windowed
    assert findings.trend_sentence(whole, "labour_inspections") == "The sources give no figure for labour inspections."


def test_lists_follow_the_language_oxford_comma_in_english_none_in_russian(table_csv):
    # every list of findings is joined by i18n.join (Babel's CLDR patterns), never "{items} and {last}" by hand
    empty = analysis.load(table_csv, "", "Tajikistan", 1990, 1991)
    assert findings.event_sentences(empty) == ("- The sources date no international convention, national law, "
                                               "national action plan, or hotline for 1990-1991.")
    with i18n.language("ru"):
        ru = findings.event_sentences(empty)
    assert "национальный план действий или горячая линия" in ru and "действий, или" not in ru
    assert ru.endswith(" за 1990–1991 годы."), ru  # the window ends the sentence with one full stop
    assert i18n.join(["a", "b", "c"]) == "a, b, and c" and i18n.join(["a", "b"]) == "a and b"
    with i18n.language("ru"):
        assert i18n.join(["a", "b", "c"]) == "a, b и c" and i18n.join(["a"]) == "a"
