"""Whole narratives pasted in many forms, built from corpus texts: the heading's form must not change the figures.

Corpus texts of one country and report year are joined into one narrative (intro, prioritized
recommendations, then theme sections), with its headings written in one of ``FORMS``: as published
(capitals), Title Case, with a colon, markdown, run into the text, on the line just above the text, or
dropped, or with no blank line anywhere, or hard-wrapped at 80 columns with no blank line (copied from a PDF), or
as copied from a typeset PDF's pages (60 columns, words broken with soft hyphens, compounds at their hyphen, and a
page number, form feed and running head every 25 lines, mid-sentence), or all on one line. Rows are compared with
the texts' hand-written rows, as the extraction-quality benchmark does.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from tipbrief.indicators.extract import extract_document
from tipbrief.sources.catalog import Source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "extraction" / "corpus"
FORMS = ("caps", "title", "colon", "markdown", "run-in-caps", "run-in-title", "no-blank-line", "single-newlines",
         "pdf-wrapped", "pdf-pages", "one-paragraph", "none")
#: what text copied from the printed report has between two pages
PAGE_BREAK = "\n{page}\n\n\fTRAFFICKING IN PERSONS REPORT | JUNE 2022\n\n"
_FURNITURE = re.compile(r"^(?:Foto di .*|.*\(TIP \d{4}\)|.*Trafficking in Persons Report.*)$")


def _quality():
    """The benchmark module (benchmarks/ is a folder of scripts, not a package)."""
    name = "extraction_quality"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "extraction_quality.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


quality = _quality()


@dataclass(frozen=True)
class Narrative:
    """One country's report: an intro text (ending in its recommendations) and theme texts, all from the corpus."""

    name: str
    intro: str | None
    parts: tuple[tuple[str, str], ...]  # (heading, corpus text)
    recommendations: str | None = None  # corpus text whose recommendations are borrowed when the intro has none


NARRATIVES = (
    Narrative("georgia-2021", "georgia-2021-intro", (("Protection", "georgia-2021-protection"),)),
    Narrative("ghana-2023", None, (("Protection", "ghana-2023-protection"), ("Prevention", "ghana-2023-prevention")),
              recommendations="philippines-2023-intro"),
)


def paragraphs(name: str) -> list[str]:
    """A corpus text's paragraphs (blank-line separated), page furniture (title lines, photo credits) left out."""
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip() and not _FURNITURE.match(p.strip())]


def split_recommendations(name: str) -> tuple[list[str], list[str]]:
    """An intro's paragraphs before its recommendations heading, and the recommendation items after it."""
    paras = paragraphs(name)
    lines = [line for p in paras for line in p.splitlines()]
    at = next(i for i, line in enumerate(lines) if "RECOMMENDATIONS" in line)
    body = lines[:at]
    items: list[str] = []
    for line in lines[at + 1 :]:
        items += [x.strip(" *") for x in re.split(r"\s•\s", line) if x.strip(" *")]
    return body, items


def heading(title: str, form: str, paras: list[str]) -> list[str]:
    """A section's paragraphs with its heading written in ``form`` (blocks, joined with blank lines)."""
    first, rest = paras[0], paras[1:]
    return {
        "caps": [title.upper(), *paras],
        "title": [title, *paras],
        "colon": [f"{title}:", *paras],
        "markdown": [f"## {title}", *paras],
        "run-in-caps": [f"{title.upper()}: {first}", *rest],
        "run-in-title": [f"{title} {first}", *rest],
        "no-blank-line": [f"{title.upper()}\n{first}", *rest],
        "single-newlines": [title.upper(), *paras],  # and every block on its own line, no blank lines (compose)
        "pdf-wrapped": [title.upper(), *paras],  # and every line cut at 80 columns, no blank lines (compose)
        "pdf-pages": [title.upper(), *paras],  # typeset and copied back (compose)
        "one-paragraph": [title.upper(), *paras],  # and everything on one line (compose)
        "none": list(paras),
    }[form]


def compose(narrative: Narrative, form: str, bullets: bool = True, recs_form: str = "caps") -> str:
    """The narrative's text with theme headings in ``form`` and the recommendations heading in ``recs_form``
    (by default as published, "PRIORITIZED RECOMMENDATIONS:"); recommendations as bullets or one paragraph."""
    blocks: list[str] = []
    if narrative.intro:
        body, items = split_recommendations(narrative.intro)
        blocks += body
    else:
        items = split_recommendations(narrative.recommendations)[1]
    recs = [f"• {x}" for x in items] if bullets else [" ".join(items)]
    if recs_form == "caps":
        blocks += ["PRIORITIZED RECOMMENDATIONS:", *recs]
    else:
        blocks += heading("Prioritized Recommendations", recs_form, recs)
    for title, name in narrative.parts:
        blocks += heading(title, form, paragraphs(name))
    if form == "pdf-wrapped":  # copied from a PDF: hard-wrapped lines, paragraphs no longer apart
        blocks = ["\n".join(textwrap.fill(line, 80, break_long_words=False, break_on_hyphens=False)
                            for line in block.splitlines()) for block in blocks]
    if form == "pdf-pages":
        return pdf_pages("\n".join(blocks))
    if form == "one-paragraph":  # copied where every line break was lost: one line, the headings in capitals in it
        return " ".join(" ".join(blocks).split()) + "\n"
    return ("\n" if form in ("single-newlines", "pdf-wrapped") else "\n\n").join(blocks) + "\n"


def pdf_pages(text: str, width: int = 60, page_lines: int = 25) -> str:
    """``text`` as copied from a typeset PDF: lines of ``width`` columns, a word of 8 letters or more that does not
    fit broken with a soft hyphen ("investi\u00ad\ngations"), a compound at its hyphen ("anti-\ntrafficking"), and
    :data:`PAGE_BREAK` after every ``page_lines`` lines, wherever the sentence is."""
    lines: list[str] = []
    for block in text.splitlines():
        line = ""
        for word in block.split():
            while line and len(line) + 1 + len(word) > width:
                room = width - len(line) - 2
                if "-" in word[1:room + 1] and word[0].isalpha():  # a compound: break after its hyphen
                    cut = word.rindex("-", 1, room + 1) + 1
                    lines.append(f"{line} {word[:cut]}")
                    word = word[cut:]
                elif word.isalpha() and len(word) >= 8 and room >= 3:
                    lines.append(f"{line} {word[:room]}\u00ad")
                    word = word[room:]
                else:
                    lines.append(line)
                line = ""
            line = f"{line} {word}" if line else word
        lines.append(line)
    pages = ["\n".join(lines[i:i + page_lines]) for i in range(0, len(lines), page_lines)]
    return "".join(page + PAGE_BREAK.format(page=n) for n, page in enumerate(pages, start=101)) + "\n"


def source_of(narrative: Narrative) -> Source:
    """A catalog entry for the composed narrative (the corpus texts' country and years)."""
    first = quality.load_spec(narrative.parts[0][1])["source"]
    return Source.model_validate({
        "id": narrative.name, "file": f"{narrative.name}.txt", "title": f"TIP Report {first['year']}",
        "publisher": "U.S. Department of State", "kind": "government report", "country": first["country"],
        "year": first["year"], "period": {"start": first["reporting_year"], "end": first["reporting_year"]},
        "reporting_year": first["reporting_year"], "licence": "test", "attribution": "test", "reliability": "test",
    })


def rows(source: Source, text: str) -> set[tuple]:
    """Comparison keys of what the extractor gives for ``text`` (mentions and recommendations left out)."""
    import pandas as pd

    return quality.frame_rows(pd.DataFrame(extract_document(source, text)))


def texts_of(narrative: Narrative) -> list[str]:
    """The corpus texts a narrative is built from."""
    return [n for n in (narrative.intro,) if n] + [name for _, name in narrative.parts]


def expected(narrative: Narrative) -> set[tuple]:
    """The hand-written rows of the narrative's texts."""
    return set().union(*(quality.expected_rows(quality.load_spec(n)) for n in texts_of(narrative)))


def measure(narrative: Narrative, form: str, bullets: bool = True, recs_form: str = "caps") -> tuple[int, int, int]:
    """(expected, got, found) for the narrative in one form."""
    exp = expected(narrative)
    got = rows(source_of(narrative), compose(narrative, form, bullets, recs_form))
    return len(exp), len(got), len(exp & got)


if __name__ == "__main__":  # print recall/precision per form: python tests/extraction/narrative_forms.py
    totals: dict[str, list[int]] = {}
    for n in NARRATIVES:
        for form in FORMS:
            for bullets, recs_form in dict.fromkeys(((True, "caps"), (False, "caps"), (True, form))):
                e, g, f = measure(n, form, bullets, recs_form)
                recs = f"{'bullets' if bullets else 'one paragraph'} under {recs_form}"
                key = f"{form} (recommendations: {recs})"
                t = totals.setdefault(key, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + e, t[1] + g, t[2] + f
    for key, (e, g, f) in totals.items():
        print(f"{key:38} recall {f / e:6.1%} ({f}/{e})  precision {f / g if g else 1:6.1%} ({f}/{g})")
    e, g, f = (sum(t[i] for t in totals.values()) for i in range(3))
    print(f"{'all forms':38} recall {f / e:6.1%} ({f}/{e})  precision {f / g:6.1%} ({f}/{g})")
    e = g = f = 0
    for n in NARRATIVES:
        for name in texts_of(n):
            got = rows(source_of(n), (CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
            exp = quality.expected_rows(quality.load_spec(name))
            e, g, f = e + len(exp), g + len(got), f + len(exp & got)
    print(f"{'each text alone':38} recall {f / e:6.1%} ({f}/{e})  precision {f / g:6.1%} ({f}/{g})")
