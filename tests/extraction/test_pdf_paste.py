"""A narrative copied out of a typeset PDF gives the figures of the narrative as published.

The seeds' 2022 TIP narrative is typeset as the report prints it (two justified columns, hyphenated words, a running
head and page numbers) with the real Typst, and copied back out with poppler's ``pdftotext``, as an analyst pastes it.
"""

from __future__ import annotations

import subprocess

import pandas as pd
import typst

from tipbrief.indicators.ingest import ingest, normalise

from .conftest import REPO, rows_for

HEAD = "TRAFFICKING IN PERSONS REPORT | JUNE 2022"


def _typst_escape(text: str) -> str:
    for c in "\\#*_[]$@<>`~=/":
        text = text.replace(c, "\\" + c)
    return text


def _figures(frame: pd.DataFrame) -> set[tuple]:
    """Figure rows as comparable keys (recommendations and mention counts depend on the text's order, left out)."""
    frame = frame[(frame["unit"] != "mentions") & (frame["indicator"] != "recommendation")]
    frame = frame.astype(object).where(frame.notna(), None)
    return {(r.indicator, r.year, r.value, r.value_text, r.qualifier) for r in frame.itertuples()}


def test_a_narrative_copied_from_its_typeset_pdf_gives_the_same_figures(tmp_path):
    original = (REPO / "seeds" / "001_8111698098cb6760.txt").read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in original.split("\n\n") if p.strip()]
    body = "\n\n".join(f"*{_typst_escape(p)}*" if p.isupper() else _typst_escape(p) for p in paras)
    (tmp_path / "n.typ").write_text(
        f'#set page(paper: "us-letter", columns: 2, margin: 1.6cm, numbering: "1",\n'
        f'  header: align(right, text(8pt)[{_typst_escape(HEAD)}]))\n'
        '#set text(size: 9.5pt, lang: "en", hyphenate: true)\n#set par(justify: true)\n\n' + body + "\n",
        encoding="utf-8")
    typst.compile(str(tmp_path / "n.typ"), output=str(tmp_path / "n.pdf"))
    pasted = subprocess.run(["pdftotext", str(tmp_path / "n.pdf"), "-"], capture_output=True, text=True,
                            check=True).stdout
    assert "\u00ad\n" in pasted and "\f" + HEAD in pasted  # hyphenated words and page breaks to undo

    doc = ingest("pasted", pasted)
    assert not any(HEAD in s.text for s in doc.sentences)
    for s in doc.sentences:
        assert "\u00ad" not in s.text and normalise(pasted[s.start : s.end]) == s.text
    fields = {"year": 2022, "reporting_year": 2021, "period": {"start": 2021, "end": 2021}}
    published, copied = _figures(rows_for(original, **fields)), _figures(rows_for(pasted, **fields))
    assert len(published) > 30
    assert copied == published, (sorted(published - copied, key=str), sorted(copied - published, key=str))
