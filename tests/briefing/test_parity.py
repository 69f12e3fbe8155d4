"""Parity of the engines: one prepared _build/, rendered by the builtin engine and by real Quarto, gives the
same briefing to a reader (outline, figures, tables, citations, key figures, version stamp; HTML and PDF)."""

from __future__ import annotations

import re
import shutil
import subprocess

import briefing_fixture
import pytest
from a11y_helpers import CHART_TEXT, TABLE_WRAPPERS, axe_violations, pdf_ua
from briefing_helpers import CHROMIUM, CHROMIUM_ARGS, body_pages, marks_after_digits, notes_share, pdf_pages, pdf_text
from quarto_helpers import READ_PAGE, SKIP_REASON, find_quarto

from tipbrief.briefing.engines import ENGINES
from tipbrief.briefing.pipeline import render_site

pytestmark = [pytest.mark.slow, pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")]


@pytest.fixture(scope="module")
def sites(tmp_path_factory, fixture_built):
    """Both engines' renders of one fixture project: the builtin one is the shared build's (tests/briefing/
    conftest.py), Quarto renders a copy of that project with the same version and digest."""
    root = tmp_path_factory.mktemp("parity") / "project"
    shutil.copytree(fixture_built, root, symlinks=True)
    record = briefing_fixture.built_record(root)
    files = {"builtin": {kind: root / "_build" / "site" / name for kind, name in record["files"].items()}}
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", "1767225600")
    mp.setenv("QUARTO_PATH", str(find_quarto()))
    try:
        out = root / "out-quarto"
        out.mkdir()
        files["quarto"] = render_site(root, out, engine=ENGINES["quarto"], version=record["version"],
                                      digest=record["digest"]).files
    finally:
        mp.undo()
    return root, files


@pytest.fixture(scope="module")
def version(sites) -> str:
    """The version both renders stamp (the shared build's ``0.1.0-draft+<digest>``)."""
    return briefing_fixture.built_record(sites[0])["version"]


@pytest.fixture(scope="module")
def pages(sites, tmp_path_factory):
    """What a reader sees of each HTML page at 1280 and 390 px, with screenshots kept for looking."""
    from playwright.sync_api import sync_playwright

    _, files = sites
    shots = tmp_path_factory.mktemp("shots")
    seen: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", *CHROMIUM_ARGS])
        try:
            for name, f in files.items():
                for width in (1280, 390):
                    page = browser.new_page(viewport={"width": width, "height": 900}, has_touch=width < 500)
                    errors: list[str] = []
                    page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
                    page.on("dialog", lambda d, errors=errors: (errors.append(d.message), d.dismiss()))
                    console: list[str] = []
                    page.on("console", lambda m, console=console: console.append(m.text) if m.type == "error" else None)
                    page.goto(f["html"].resolve().as_uri())
                    page.wait_for_load_state("load")
                    page.screenshot(path=str(shots / f"{name}-{width}.png"))
                    seen[name, width] = {**page.evaluate(READ_PAGE), "errors": errors,
                                         "charts": page.evaluate(CHART_TEXT), "wrappers": page.evaluate(TABLE_WRAPPERS),
                                         "axe": axe_violations(page)}
                    seen[name, width]["console"] = console  # console errors, filled while the page is open
                    if width == 1280:
                        seen[name, width]["analyst"] = page.evaluate(ANALYST)
                        page.hover("a.ev-num >> nth=0")
                        page.wait_for_timeout(700)
                        seen[name, width]["hover"] = page.evaluate(
                            "[...document.querySelectorAll('.ev-popover:not([hidden]), .tippy-box')]"
                            ".map(e => e.innerText).join(' ')")
                    if width == 390:
                        seen[name, width]["tap"] = tap_quote(page)
                    page.close()
        finally:
            browser.close()
    return seen


def tap_quote(page) -> dict:
    """Tap a cited figure down the page on a phone: where the page is before and after, what opens; then Escape."""
    figure = page.locator("main a.ev-num").nth(4)
    figure.scroll_into_view_if_needed()
    before = page.evaluate("window.scrollY")
    figure.tap()
    page.wait_for_timeout(300)
    seen = page.evaluate("""() => { const p = document.getElementById('ev-popover');
      const r = p.getBoundingClientRect();
      return {open: !p.hidden, text: p.innerText, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
              y: window.scrollY, width: document.documentElement.clientWidth, height: window.innerHeight}; }""")
    figure.focus()
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    seen["closed"] = page.evaluate("document.getElementById('ev-popover').hidden")
    return {**seen, "before": before, "target": figure.get_attribute("data-notes")}


def test_same_outline(pages):
    builtin, quarto = pages["builtin", 1280], pages["quarto", 1280]
    assert len(builtin["outline"]) >= 12
    assert quarto["outline"] == builtin["outline"]
    assert quarto["toc"] == builtin["toc"]


def test_same_figures_tables_and_citations(pages):
    builtin, quarto = pages["builtin", 1280], pages["quarto", 1280]
    assert len(builtin["images"]) == 3 and all(w > 0 for w in builtin["images"])
    assert len(quarto["images"]) == len(builtin["images"]) and all(w > 0 for w in quarto["images"])
    assert quarto["tables"] == builtin["tables"] >= 5
    assert quarto["citations"] == builtin["citations"] > 10
    caption = [c for c in builtin["figcaptions"] if c.startswith("Figure")]
    assert [c.replace("\u00a0", " ") for c in quarto["figcaptions"] if c.startswith("Figure")] == caption


def test_same_key_figures_and_version(pages, version):
    builtin, quarto = pages["builtin", 1280], pages["quarto", 1280]
    assert builtin["keyFigures"] and quarto["keyFigures"] == builtin["keyFigures"]
    for seen in (builtin, quarto):
        assert f"version {version}" in seen["text"] and f"Version {version}" in seen["text"]
        assert "Figure 1" in seen["text"].replace("\u00a0", " ") and "@fig-" not in seen["text"]
        assert briefing_fixture.HOSTILE in seen["text"], "hostile source text shows verbatim"
        assert seen["errors"] == []


def test_citation_quote_shows_on_hover(pages):
    for name in ("builtin", "quarto"):
        hover = pages[name, 1280]["hover"]
        assert "\u201cTajikistan was upgraded to Tier 2.\u201d" in hover and "(2025)" in hover, name


def test_phone_width_does_not_scroll_sideways_more_than_builtin(pages):
    assert pages["quarto", 390]["scrollWidth"] <= max(pages["builtin", 390]["scrollWidth"], 390 + 20)


def test_pdfs_say_the_same(sites, version, tmp_path):
    _, files = sites
    texts = {name: " ".join(pdf_text(f["pdf"]).split()) for name, f in files.items()}
    for name, text in texts.items():
        assert version.startswith("0.1.0-draft+") and version in text, name
        assert "Figure 1: Investigations, prosecutions and convictions" in text.replace("\u00a0", " "), name
        assert "Table 1: Law-enforcement figures by year" in text.replace("\u00a0", " "), name
        assert "The government convicted 26 traffickers in 2020." in text, f"{name}: the note quotes the source"
        assert " ".join(briefing_fixture.HOSTILE.split()) in text, name
    headings = ["Key figures at a glance", "Executive summary", "Prosecution", "Protection", "Prevention",
                "Trafficking profile", "Tier history", "Recommendations tracker", "Legal and policy timeline",
                "Sources and methodology", "Data appendix", "How to cite this version"]
    for name, text in texts.items():
        at = [text.rfind(h) for h in headings]
        assert all(i >= 0 for i in at), name
    for name, f in files.items():
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-l", "3", str(f["pdf"]), str(tmp_path / name)], check=True)
        assert len(list(tmp_path.glob(f"{name}-*.png"))) == 3
    figures = {name: len(set(re.findall(r"Figure \d+:", t.replace("\u00a0", " ")))) for name, t in texts.items()}
    assert figures["quarto"] == figures["builtin"] == 3


ANALYST = r"""() => {
  const box = [...document.querySelectorAll('div, aside, section')].filter(
    e => e.innerText && e.innerText.includes('Example analyst note')
      && e.innerText.includes('trafficking cases'));
  const inner = box[box.length - 1];
  return {
    text: inner ? inner.innerText.replace(/\s+/g, ' ') : '',
    cited: inner ? inner.querySelectorAll('a.ev-num').length : 0,
    links: [...document.querySelectorAll('a[href^="http"]')].map(a => a.getAttribute('href')),
  };
}"""


def test_analyst_note_live_numbers_and_source_links_in_both_engines(sites, pages):
    """Issue 12 items 5 and 9 through real Quarto and the builtin engine: the analyst's {{< ev >}} figures are
    cited like any other number, sources link to their addresses, the data dictionary ships with the CSV."""
    from pypdf import PdfReader

    _, files = sites
    for name, f in files.items():
        seen = pages[name, 1280]["analyst"]  # read in the browser by ``pages``
        assert pages[name, 1280]["errors"] == [] and pages[name, 1280]["console"] == [], name
        assert "31" in seen["text"] and "26" in seen["text"], f"{name}: {seen['text']}"
        assert seen["cited"] == 2, f"{name}: both live numbers carry their citation"
        assert "https://www.state.gov/reports/2022-trafficking-in-persons-report/tajikistan/" in seen["links"], name
        assert "https://en.wikipedia.org/wiki/Human_trafficking_in_Tajikistan" in seen["links"], name
        uris = {str(a.get_object().get("/A", {}).get("/URI")) for page in PdfReader(str(f["pdf"])).pages
                for a in page.get("/Annots") or []}
        assert "https://www.state.gov/reports/2022-trafficking-in-persons-report/tajikistan/" in uris, name
        text = " ".join(pdf_text(f["pdf"]).split())
        assert "Example analyst note" in text and "Analyst note: name the publisher" in text, name
        assert f["dictionary"].is_file() and "| `quote` |" in f["dictionary"].read_text(encoding="utf-8"), name


def test_citation_marks_never_follow_a_digit(pages):
    for name in ("builtin", "quarto"):
        marks = pages[name, 1280]["marks"]
        assert len(marks) > 10, name
        glued = [m for m in marks if m["before"] != "\u00a0"]  # a no-break space, never a digit
        assert glued == [], f"{name}: marks right after a digit: {glued[:3]}"
        assert all(re.fullmatch(r"\[\d+(, \d+)*\]", m["mark"]) for m in marks), name
    assert pages["quarto", 1280]["marks"] == pages["builtin", 1280]["marks"]


def test_one_note_per_source_sentence_in_both_engines(pages):
    builtin, quarto = pages["builtin", 1280], pages["quarto", 1280]
    for seen in (builtin, quarto):
        quotes = [re.sub(r"^\[\d+\] ", "", n.split(" evidence:")[0]) for n in seen["notes"]]
        assert quotes and len(set(quotes)) == len(quotes), "no two notes alike"
        assert {t.lstrip("#") for t in seen["figureTargets"]} <= set(seen["noteIds"])
        assert len(seen["notes"]) < seen["citations"], "figures citing the same sentence share its note"
    assert quarto["notes"] == builtin["notes"] and quarto["figureTargets"] == builtin["figureTargets"]


def test_tapping_a_figure_opens_its_quote_in_place(pages):
    for name in ("builtin", "quarto"):
        tap = pages[name, 390]["tap"]
        assert tap["open"] and tap["text"].startswith(f"[{tap['target'].split()[0]}] \u201c"), name
        assert tap["y"] == tap["before"], f"{name}: the tap must not jump to the notes"
        assert tap["left"] >= 0 and tap["right"] <= tap["width"], f"{name}: the popover fits the phone's width"
        assert tap["closed"], f"{name}: Escape closes the popover"


def test_pdf_citations_and_notes(sites):
    _, files = sites
    for name, f in files.items():
        pages = pdf_pages(f["pdf"])
        text = " ".join(" ".join(pages).split())
        assert marks_after_digits(text) == [], name
        assert "107 [" in text and "Tier 2 (2025 TIP Report [" in text, f"{name}: marks apart from the figure"
        body = body_pages(pages)
        assert body and len(body) < len(pages) - 1, f"{name}: an evidence section after the body"
        assert max(notes_share(p) for p in body) <= 1 / 3, f"{name}: no body page more than a third notes"
        assert "[1] \u201cTajikistan was upgraded to Tier 2.\u201d" in text, name


# Phones and accessibility (issue 12, items 7 and 8): both engines, at 1280 and 390 px, in the real browser.

def test_no_sideways_scrolling_on_a_phone(pages):
    for name in ("builtin", "quarto"):
        assert pages[name, 390]["scrollWidth"] <= 390, name


def test_tables_scroll_inside_focusable_named_regions(pages):
    for key, seen in pages.items():
        wrappers = seen["wrappers"]
        assert len(wrappers) >= 5, key
        for w in wrappers:
            assert w["wrapped"] and w["tabindex"] == "0" and w["role"] == "region" and w["label"], (key, w)
            assert w["overflow"] == "auto", (key, w)
        labels = [w["label"] for w in wrappers]
        assert len(set(labels)) == len(labels), f"{key}: region names must differ: {labels}"


def test_chart_text_is_at_least_9px_on_a_phone(pages):
    for name in ("builtin", "quarto"):
        charts = [c for c in pages[name, 390]["charts"] if c["svg"]]
        assert len(charts) >= 2, f"{name}: the toolkit's charts are SVG"
        for chart in charts:
            assert chart["texts"] > 5 and chart["width"] <= 390, (name, chart)
            assert chart["minPx"] >= 9, f"{name}: chart text {chart['minPx']:.1f} px on a 390 px screen: {chart['alt']}"


def test_alt_text_says_what_each_chart_shows(pages):
    for name in ("builtin", "quarto"):
        alts = [c["alt"] for c in pages[name, 1280]["charts"]]
        assert briefing_fixture.FUNNEL_ALT in alts and briefing_fixture.VICTIMS_ALT in alts, (name, alts)
        assert "Tier placements of Tajikistan" in alts, f"{name}: a figure drawn elsewhere keeps its own fig-alt"
        assert not any("Line chart of" in a for a in alts), "the computed text replaces the fixed one"


def test_axe_finds_no_violations(pages):
    for key, seen in pages.items():
        assert seen["axe"] == [], f"{key}: {seen['axe']}"


def test_pdfs_are_tagged_pdf_ua_with_language_and_figure_alt_text(sites):
    _, files = sites
    for name, f in files.items():
        ua = pdf_ua(f["pdf"])
        assert ua["ua_part"] == 1 and ua["tagged"] and ua["title"], (name, ua)
        assert ua["lang"] and ua["lang"].split("-")[0] == "en", (name, ua)  # Quarto writes en-US
        assert len(ua["figures"]) == 3 and all(ua["figures"]), (name, ua["figures"])
        assert briefing_fixture.FUNNEL_ALT in ua["figures"], f"{name}: same alt text as the HTML"
        assert briefing_fixture.VICTIMS_ALT in ua["figures"], name
