"""Helpers for the Quarto tests: where Quarto is, and what a reader sees of a rendered briefing."""

from __future__ import annotations

from pathlib import Path

from tipbrief.briefing import quarto_tool

REPO = Path(__file__).resolve().parents[2]


def find_quarto() -> Path | None:
    """Quarto as the tests use it: the project's .quarto-cli/bin/quarto (``make quarto``), else PATH."""
    local = REPO / quarto_tool.PROJECT_QUARTO
    return local if local.is_file() else quarto_tool.quarto_path()


#: Why the Quarto tests are skipped, or None when they run.
SKIP_REASON = None if find_quarto() else "quarto is neither in .quarto-cli/bin (`make quarto`) nor on PATH"

#: What a reader sees: headings of the body in order, figures, tables, citations, key figures, text.
READ_PAGE = r"""() => {
  const main = document.querySelector('main') || document.body;
  const inNotes = e => e.closest(
    '.footnotes, #footnotes, .ev-notes, .ev-popover, nav, #TOC, #toc, #title-block-header');
  const visible = e => !inNotes(e);
  return {
    outline: [...main.querySelectorAll('h2, h3, h4')].filter(visible)
      .map(h => h.tagName + ' ' + h.textContent.replace(/\s+/g, ' ').trim()),
    images: [...main.querySelectorAll('img')].filter(visible).map(i => i.naturalWidth),
    figcaptions: [...main.querySelectorAll('figcaption')].filter(visible)
      .map(f => f.textContent.replace(/\s+/g, ' ').trim()),
    tables: [...main.querySelectorAll('table')].filter(visible).length,
    citations: [...main.querySelectorAll('a.ev-num')].filter(visible).length,
    keyFigures: (() => {
      const h = document.getElementById('sec-key-figures');
      const t = [...document.querySelectorAll('table')].find(
        x => h && (h.contains(x) || (h.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING)));
      if (!t) { return []; }
      const c = t.cloneNode(true);
      c.querySelectorAll('.ev-mark, a.footnote-ref, sup').forEach(e => e.remove());
      return [...c.querySelectorAll('tr')].map(r => [...r.cells].map(x => x.textContent.replace(/\s+/g, ' ').trim()));
    })(),
    toc: [...document.querySelectorAll('#TOC a, #toc a')].map(a => a.textContent.replace(/\s+/g, ' ').trim()),
    text: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    // citation marks with the character before each (a digit there would read as an exponent)
    marks: [...document.querySelectorAll('.ev-mark')].map(m => {
      const r = document.createRange();
      r.setStart(main, 0);
      r.setEndBefore(m);
      return {mark: m.textContent, before: r.toString().slice(-1)};
    }),
    notes: [...document.querySelectorAll('.ev-notes .ev-note')].map(n => n.textContent.replace(/\s+/g, ' ').trim()),
    noteIds: [...document.querySelectorAll('.ev-notes .ev-note')].map(n => n.id),
    figureTargets: [...main.querySelectorAll('a.ev-num')].map(a => a.getAttribute('href')),
    // page height before the evidence section (the body), in CSS px
    bodyHeight: (() => { const e = document.getElementById('sec-evidence');
      return e ? e.getBoundingClientRect().top + window.scrollY : document.documentElement.scrollHeight; })(),
  };
}"""

