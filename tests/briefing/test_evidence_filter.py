"""The evidence filter (evidence.lua) on small documents, through pandoc alone (fast): where citation marks
go, one note per source sentence, word-boundary excerpts in print, and screen-only / print-only parts."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from tipbrief.briefing.builtin import FILTERS, READER
from tipbrief.briefing.pandoc_tool import pandoc_path

LONG = ("Authorities identified 15 victims and referred them all to an international organization for protection "
        "services, compared with 24 trafficking victims identified and 15 referred during the previous reporting "
        "period, and the government continued to fund an NGO-run shelter in Dushanbe for victims of trafficking.")
SAME = "The government investigated 22 cases in 2021, compared with 10 cases in 2020."
ROWS = [
    {"id": "ev-inv-2021", "source_id": "tip", "source_year": 2022, "quote": SAME, "number_text": "22"},
    {"id": "ev-inv-2020", "source_id": "tip", "source_year": 2022, "quote": SAME, "number_text": "10"},
    {"id": "ev-vict-2020", "source_id": "tip", "source_year": 2022, "quote": LONG, "number_text": "24",
     "section": "PROTECTION"},
    {"id": "ev-tier", "source_id": "news", "source_year": 2025, "quote": "It was upgraded to Tier 2.",
     "number_text": "Tier 2"},
]
DOC = """\
Investigations rose from [10]{.ev ref="ev-inv-2020"} in 2020 to [22]{.ev ref="ev-inv-2021"} in 2021. The
country is on [Tier 2]{.ev ref="ev-tier"} (upgrade), in the U.S. report of 2025.

Выявлено жертв: [24]{.ev ref="ev-vict-2020"} в 2020 г., по данным отчёта; 1,6 млн. мигрантов.

| Indicator | Latest |
|:--|--:|
| Victims identified | [24]{.ev ref="ev-vict-2020"} |
| Investigations | [22]{.ev ref="ev-inv-2021 ev-inv-2020"} |

::: {.screen-only}
SCREEN-ONLY-TEXT

:::: {.details .appendix-table summary="Show the table"}
INSIDE-DETAILS
::::
:::

::: {.print-only}
PRINT-ONLY-TEXT
:::

## Data appendix {#sec-appendix}

Appendix text.
"""


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, str]:
    """The document rendered to HTML and Typst by pandoc with the evidence filter."""
    work = tmp_path_factory.mktemp("evidence")
    (work / "doc.md").write_text(DOC, encoding="utf-8")
    (work / "table.json").write_text(json.dumps(ROWS), encoding="utf-8")
    (work / "sources.json").write_text(json.dumps({"tip": {"title": "TIP Report", "year": 2022},
                                                   "news": {"title": "News", "year": 2025}}), encoding="utf-8")
    out = {}
    for fmt in ("html5", "typst"):
        out[fmt] = subprocess.run(
            [str(pandoc_path()), "doc.md", "-f", READER, "-t", fmt, "--wrap=none",
             "--lua-filter", str(FILTERS / "evidence.lua"),
             "-M", f"evidence-json={work / 'table.json'}", "-M", f"evidence-sources={work / 'sources.json'}"],
            cwd=work, capture_output=True, text=True, check=True).stdout
    return out


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_marks_follow_the_phrase_never_a_digit(rendered):
    text = _text(rendered["html5"])
    assert "in 2020 to 22 in 2021\u00a0[1]." in text, "one mark after the phrase, before its full stop"
    assert "Tier 2 (upgrade)\u00a0[2], in the U.S. report" in text, "an abbreviation does not end the phrase"
    assert re.search(r"в 2020 г\., по данным отчёта\u00a0\[\d\];", text), "nor does a Russian one (г.)"
    assert not re.search(r"\d\[\d", text) and not re.search(r"\d<sup", rendered["html5"])
    body = text.split("Evidence for the figures")[0]
    for mark in re.finditer(r"\[\d+(?:, \d+)*\]", body):
        assert not body[mark.start() - 1].isdigit(), body[mark.start() - 10: mark.end()]


def test_the_figure_is_the_link_to_its_note(rendered):
    links = re.findall(r'<a href="#(ev-note-\d+)" class="ev-num" data-notes="([^"]*)">([^<]*)</a>', rendered["html5"])
    assert ("ev-note-1", "1", "10") in links and ("ev-note-2", "2", "Tier 2") in links
    notes = re.findall(r'<div id="(ev-note-\d+)" class="ev-note">', rendered["html5"])
    assert all(target in notes for target, _, _ in links)
    assert 'id="ev-popover"' in rendered["html5"] and "a.ev-num, a.ev-ref" in rendered["html5"], "popover script"


def test_identical_evidence_shares_one_note(rendered):
    notes = re.findall(r'<div id="ev-note-\d+" class="ev-note">(.*?)</div>', rendered["html5"], re.DOTALL)
    texts = [_text(n).split("evidence:")[0] for n in notes]
    assert len(notes) == 3, "two ids with the same sentence of the same source: one note"
    assert len(set(texts)) == len(texts)
    assert "ev-inv-2021" in _text(notes[0]) and "ev-inv-2020" in _text(notes[0]), "the note lists both ids"


def test_print_quotes_are_cut_at_word_boundaries(rendered):
    typ = rendered["typst"]
    note = re.search(r"\u201c(.*?)\u201d", typ.split("] <ev-note-3>")[0].rsplit("#block[", 1)[1], re.DOTALL).group(1)
    note = " ".join(note.replace("\\", "").split())
    assert note != " ".join(LONG.split()) and "\u2026" in note and "24" in note, "cut, marked, figure kept"
    words = LONG.split()
    for piece in note.split("\u2026"):
        piece = piece.strip()
        if piece:
            assert piece in LONG
            start, end = LONG.index(piece), LONG.index(piece) + len(piece)
            assert start == 0 or LONG[start - 1] == " ", f"cut mid-word before {piece[:20]!r}"
            assert end == len(LONG) or LONG[end] == " ", f"cut mid-word after {piece[-20:]!r}"
            assert piece.split()[0] in words and piece.split()[-1] in words
    assert " ".join(LONG.split()) in _text(rendered["html5"]), "on screen the whole sentence"


def test_evidence_section_before_the_appendix_and_media_parts(rendered):
    for fmt, out in rendered.items():
        text = _text(out) if fmt == "html5" else out
        assert text.index("Evidence for the figures") < text.index("Data appendix"), fmt
    assert "SCREEN-ONLY-TEXT" in rendered["html5"] and "PRINT-ONLY-TEXT" not in rendered["html5"]
    assert "PRINT-ONLY-TEXT" in rendered["typst"] and "SCREEN-ONLY-TEXT" not in rendered["typst"]
    assert '<details class="details appendix-table"><summary>Show the table</summary>' in rendered["html5"]
    assert "] <ev-note-1>" in rendered["typst"] and "#link(<ev-note-1>)[" in rendered["typst"]


def test_unknown_id_fails_in_one_line(tmp_path):
    (tmp_path / "doc.md").write_text('[3]{.ev ref="ev-nope"}\n', encoding="utf-8")
    (tmp_path / "t.json").write_text(json.dumps(ROWS), encoding="utf-8")
    proc = subprocess.run([str(pandoc_path()), "doc.md", "-t", "html5", "--lua-filter", str(FILTERS / "evidence.lua"),
                           "-M", f"evidence-json={tmp_path / 't.json'}"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode != 0 and "unknown evidence id 'ev-nope'" in proc.stderr
    assert Path(tmp_path / "doc.html").exists() is False
