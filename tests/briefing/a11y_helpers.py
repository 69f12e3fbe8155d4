"""Helpers for the accessibility tests: chart text size as the browser shows it, axe-core, PDF/UA structure."""

from __future__ import annotations

import re
from pathlib import Path

#: For each chart image of the page (an SVG, inline data or file): its alt text, its rendered width and the
#: smallest font size of its text in CSS px as shown (the SVG's font size times rendered width / viewBox width).
CHART_TEXT = r"""async () => {
  const out = [];
  for (const img of document.querySelectorAll('main img, .content img')) {
    const src = img.currentSrc || img.src;
    let text = null;
    if (src.startsWith('data:image/svg+xml')) {
      const comma = src.indexOf(',');
      text = src.slice(0, comma).includes('base64') ? atob(src.slice(comma + 1))
                                                    : decodeURIComponent(src.slice(comma + 1));
    } else if (/\.svg($|\?)/.test(src)) {
      text = await (await fetch(src)).text();
    }
    const width = img.getBoundingClientRect().width;
    if (text === null) { out.push({alt: img.alt, width, svg: false, minPx: null, texts: 0}); continue; }
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const viewBox = (svg.getAttribute('viewBox') || '').trim().split(/[\s,]+/).map(Number);
    const scale = width / viewBox[2];
    const sizes = [...svg.querySelectorAll('text')].map(t => {
      const m = (t.getAttribute('style') || '').match(/font-size:\s*([\d.]+)px/);
      return m ? parseFloat(m[1]) : parseFloat(t.getAttribute('font-size') || 'NaN');
    }).filter(s => !Number.isNaN(s));
    out.push({alt: img.alt, width, svg: true, minPx: sizes.length ? Math.min(...sizes) * scale : null,
              texts: sizes.length});
  }
  return out;
}"""

#: Every table of the page: whether it sits in a focusable, named wrapper that scrolls sideways inside itself.
TABLE_WRAPPERS = r"""() => [...document.querySelectorAll('table')].map(t => {
  const w = t.closest('.table-scroll');
  return {wrapped: !!w, tabindex: w && w.getAttribute('tabindex'), role: w && w.getAttribute('role'),
          label: w && w.getAttribute('aria-label'), overflow: w && getComputedStyle(w).overflowX,
          scrolls: !!w && w.scrollWidth > w.clientWidth};
})"""


def axe_violations(page: object) -> list[dict]:
    """axe-core's violations on the page (every rule axe runs by default), each as id, impact and targets."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    return [{"id": v["id"], "impact": v.get("impact"), "targets": [n["target"] for n in v["nodes"][:5]],
             "summary": v["nodes"][0].get("failureSummary", "") if v["nodes"] else ""}
            for v in result.response["violations"]]


def pdf_ua(path: Path) -> dict:
    """What a PDF states about accessibility: the PDF/UA part in its XMP metadata, tagging, language and the
    alt text of every Figure element of its structure tree (pypdf)."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject

    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8", "replace") if "/Metadata" in root else ""
    part = re.search(r"<pdfuaid:part>(\d+)</pdfuaid:part>|pdfuaid:part=\"(\d+)\"", xmp)
    figures: list[str | None] = []

    def walk(node: object, depth: int = 0) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid, depth + 1)
        elif isinstance(node, DictionaryObject) and depth < 200:
            if node.get("/S") == "/Figure":
                alt = node.get("/Alt")
                figures.append(str(alt) if alt is not None else None)
            if "/K" in node:
                walk(node["/K"], depth + 1)

    if "/StructTreeRoot" in root:
        walk(root["/StructTreeRoot"].get_object().get("/K"))
    mark = root.get("/MarkInfo")
    return {
        "ua_part": int(next(g for g in part.groups() if g)) if part else None,
        "tagged": "/StructTreeRoot" in root and bool(mark and mark.get_object().get("/Marked")),
        "lang": str(root.get("/Lang")) if root.get("/Lang") is not None else None,
        "title": bool(re.search(r"<dc:title>", xmp)),
        "figures": figures,
    }
