"""The whole pipeline on the real seeds and notebooks (extraction -> papermill -> builtin render), built once
per session in a tmp copy of the project (the ``real_project`` fixture): the briefing a reader gets from
`make briefing`."""

from __future__ import annotations

import subprocess

import nbformat
import pytest
from a11y_helpers import CHART_TEXT, pdf_ua
from briefing_helpers import body_pages, browse, marks_after_digits, notes_share, pdf_pages, pdf_text

from tipbrief.indicators.table import read_table

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real(real_project):
    """(root, first build, no-op rebuild) of the session's shared real build (tests/conftest.py)."""
    return real_project.root, real_project.result, real_project.again


def test_build_writes_site_and_noop_rebuild_skips(real):
    root, result, again = real
    site = root / "_build" / "site"
    assert result.version.startswith("0.1.0-draft+") and not result.skipped
    assert {p.name for p in result.files.values()} == {"tajikistan-tip-briefing.html", "tajikistan-tip-briefing.pdf",
                                                        "indicators.csv", "indicators.dictionary.md"}
    assert all(p.parent == site and p.is_file() for p in result.files.values())
    assert again.skipped and again.version == result.version


@pytest.fixture(scope="module")
def seen(real) -> dict:
    """What headless Chromium shows of the real HTML (one browser for the page tests below): first at 1280x900,
    then at a phone's 390x844; ``errors``: console errors, page errors and dialogs."""
    _, result, _ = real
    seen: dict = {}

    def check(page):
        seen["body"] = page.evaluate("document.getElementById('sec-evidence').getBoundingClientRect().top + scrollY")
        seen["note_quotes"] = page.eval_on_selector_all(
            ".ev-notes .ev-note",
            "els => els.map(e => e.textContent.split(' evidence:')[0].replace(/^\\s*\\[\\d+\\]\\s*/, ''))")
        seen["figures"] = page.eval_on_selector_all("a.ev-num", "els => els.length")
        seen["before"] = page.eval_on_selector_all(".ev-mark", """els => els.map(m => {
            const r = document.createRange(); r.setStart(document.body, 0); r.setEndBefore(m);
            return r.toString().slice(-2); })""")
        seen["collapsed"] = page.eval_on_selector_all("details.appendix-table", "els => els.map(e => e.open)")
        seen["images"] = page.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)")
        seen["refs"] = page.eval_on_selector_all("a.ev-num", "els => els.map(e => e.getAttribute('href'))")
        seen["notes"] = page.eval_on_selector_all(".ev-notes .ev-note", "els => els.map(e => e.id)")
        seen["links"] = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        seen["ev"] = page.eval_on_selector_all("span.ev", "els => els.length")
        seen["code"] = page.eval_on_selector_all("pre, code.sourceCode", "els => els.length")
        seen["text"] = page.inner_text("body")
        page.set_viewport_size({"width": 390, "height": 844})
        seen["phone"] = {"scrollWidth": page.evaluate("document.documentElement.scrollWidth"),
                         "charts": page.evaluate(CHART_TEXT)}

    seen["errors"] = browse(result.files["html"], check)
    return seen


def test_real_html_in_browser(real, seen):
    _, result, _ = real
    assert seen["errors"] == []
    assert len(seen["images"]) >= 5 and all(w > 0 for w in seen["images"])
    assert len(seen["refs"]) == seen["ev"] > 20
    assert all(ref.lstrip("#") in seen["notes"] for ref in seen["refs"])
    assert "tajikistan-tip-briefing.pdf" in seen["links"] and "indicators.csv" in seen["links"]
    assert seen["code"] == 0, "no code in the briefing"
    assert result.version in seen["text"]
    phone = seen["phone"]
    assert phone["scrollWidth"] <= 390
    charts = [c for c in phone["charts"] if c["svg"]]
    assert len(charts) >= 5 and all(c["minPx"] >= 9 for c in charts), [(c["alt"][:30], c["minPx"]) for c in charts]
    assert all(c["alt"] and "Dot-and-line" not in c["alt"] and "chart of" not in c["alt"] for c in charts)


def test_real_pdf_is_pdf_ua_with_the_html_alt_texts(real_project):
    from tipbrief.briefing.shortcodes import computed_alt

    ua = pdf_ua(real_project.result.files["pdf"])
    assert ua["ua_part"] == 1 and ua["tagged"] and ua["lang"] == "en" and ua["title"]
    expected = set()
    # the notebooks the first build rendered (the runner tests rerun some into _build/notebooks afterwards)
    for path in sorted((real_project.defaults / "notebooks").glob("*.ipynb")):
        expected |= {alt for cell in nbformat.read(path, as_version=4).cells if (alt := computed_alt(cell))}
    assert len(expected) >= 5 and expected <= set(ua["figures"]), "every chart's computed alt text is in the PDF"


def test_real_pdf_has_version_tier_and_key_figures(real, tmp_path):
    root, result, _ = real
    text = pdf_text(result.files["pdf"])
    flat = " ".join(text.split())
    assert f"Version {result.version}" in flat and "Key figures at a glance" in flat
    from tipbrief.toolkit.analysis import latest_tier

    table = read_table(root / "_build" / "data" / "indicators.csv")
    tier = latest_tier(table)
    assert tier and f"Current status {tier[0]}" in flat
    convictions = table[(table["indicator"] == "convictions") & table["value"].notna()]
    assert not convictions.empty and "Convictions" in flat
    assert "{{<" not in flat and "@fig-" not in flat and "?meta" not in flat
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "3", str(result.files["pdf"]),
                    str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 3


#: The body of the PDF (contents page excluded, up to the evidence section) reads in about ten pages.
BODY_PAGES = 11  # 10 today; one page of slack for longer names or a new finding
#: The HTML body (up to the evidence section) at 1280x900: at most this many screens.
SCREENS = 15


def test_real_pdf_body_length_notes_and_marks(real):
    _, result, _ = real
    pages = pdf_pages(result.files["pdf"])
    body = body_pages(pages)
    assert len(body) < len(pages) - 1, "an evidence section follows the body"
    assert len(body) <= BODY_PAGES, f"body of {len(body)} pages"
    shares = [round(notes_share(page), 2) for page in body]
    assert max(shares) <= 1 / 3, f"notes share per body page: {shares}"
    assert marks_after_digits("\n".join(pages)) == []
    assert len(pages) <= BODY_PAGES + 10, "the PDF appendix is compact: the full table is in the CSV and HTML"


def test_real_html_body_length_and_notes(seen):
    assert seen["errors"] == []
    assert seen["body"] <= SCREENS * 900, f"body of {seen['body'] / 900:.1f} screens at 1280x900"
    notes = seen["note_quotes"]
    assert len(set(notes)) == len(notes) < seen["figures"], "one note per source sentence"
    assert seen["before"] and all(b[-1] == "\u00a0" for b in seen["before"]), "a no-break space, never a digit"
    assert seen["collapsed"] == [False], "the full evidence table is collapsed in the HTML"


def test_csv_is_the_extracted_table(real):
    root, result, _ = real
    assert result.files["csv"].read_bytes() == (root / "_build" / "data" / "indicators.csv").read_bytes()
