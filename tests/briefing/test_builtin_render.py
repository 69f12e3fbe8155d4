"""The built-in engine end to end on fixture notebooks: HTML in headless Chromium, PDF text and pages,
citations, cross-references, escaping of hostile source text, and one-line errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import briefing_fixture
import pytest
from briefing_fixture import built_record
from briefing_helpers import browse, pdf_text

from tipbrief.briefing.engines import ENGINES
from tipbrief.briefing.pipeline import render_site
from tipbrief.errors import BuildError

pytestmark = pytest.mark.slow


def _render(root: Path, out: Path) -> dict[str, Path]:
    """Render ``root`` again with the version and digest of its build (the shared one, or a copy of it)."""
    out.mkdir(parents=True, exist_ok=True)
    record = built_record(root)
    return render_site(root, out, engine=ENGINES["builtin"], version=record["version"], digest=record["digest"]).files


@pytest.fixture(scope="module")
def site(fixture_built):
    """The fixture project built once by the builtin engine (tests/briefing/conftest.py; shared, read only)."""
    folder = fixture_built / "_build" / "site"
    files = {kind: folder / name for kind, name in built_record(fixture_built)["files"].items()}
    return fixture_built, files


@pytest.fixture(scope="module")
def version(site) -> str:
    """The version the shared build stamped (``0.1.0-draft+<digest>``)."""
    return built_record(site[0])["version"]


def test_outputs_exist(site):
    _, files = site
    assert files["html"].name == "tajikistan-tip-briefing.html"
    assert files["pdf"].read_bytes().startswith(b"%PDF")
    assert files["csv"].read_text(encoding="utf-8").startswith("id,country,theme")


@pytest.fixture(scope="module")
def seen(site, tmp_path_factory) -> dict:
    """What headless Chromium shows of the HTML (one browser for the page tests below), with a screenshot."""
    _, files = site
    seen = {"shot": tmp_path_factory.mktemp("shot") / "page.png"}

    def check(page):
        page.screenshot(path=str(seen["shot"]), full_page=True)
        seen["images"] = page.eval_on_selector_all("img", "els => els.map(e => [e.naturalWidth, e.src.slice(0, 30)])")
        seen["imgs"] = page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('src').slice(0, 5))")
        seen["onerror"] = page.eval_on_selector_all("[onerror]", "els => els.length")
        seen["width"] = page.evaluate("document.documentElement.scrollWidth")
        seen["refs"] = page.eval_on_selector_all("a.ev-num, a.ev-ref", "els => els.map(e => e.getAttribute('href'))")
        seen["notes"] = page.eval_on_selector_all(".ev-notes .ev-note", "els => els.map(e => e.id)")
        seen["links"] = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        seen["toc"] = page.eval_on_selector_all("#toc a", "els => els.map(e => e.getAttribute('href'))")
        seen["ids"] = page.eval_on_selector_all("[id]", "els => els.map(e => e.id)")
        seen["scripts"] = page.eval_on_selector_all("script", "els => els.length")
        seen["ev_links"] = page.eval_on_selector_all("a.ev-link", "els => els.map(e => e.getAttribute('href'))")
        seen["figcaptions"] = page.eval_on_selector_all("figcaption", "els => els.map(e => e.textContent)")
        seen["text"] = page.inner_text("body")
        # a section's tables are collapsed under their caption: what opening them shows
        seen["collapsed"] = page.eval_on_selector_all("details.section-table", "els => els.map(e => e.textContent)")
        page.hover("a.ev-num >> nth=0")
        page.wait_for_selector("#ev-popover:not([hidden])")
        seen["popover"] = page.inner_text("#ev-popover")

    seen["errors"] = browse(files["html"], check)
    return seen


def test_html_in_browser(seen, version):
    assert seen["errors"] == []
    assert seen["shot"].stat().st_size > 50_000
    assert len(seen["images"]) == 3 and all(w > 0 for w, _ in seen["images"])
    assert all(src.startswith("data:image/") for _, src in seen["images"]), "HTML must be self-contained"
    assert seen["refs"] and all(ref.lstrip("#") in seen["notes"] for ref in seen["refs"])
    assert seen["ev_links"] and all(href.lstrip("#") in seen["ids"] for href in seen["ev_links"]), "note -> appendix"
    assert "tajikistan-tip-briefing.pdf" in seen["links"] and "indicators.csv" in seen["links"]
    assert all(href.lstrip("#") in seen["ids"] for href in seen["toc"]) and len(seen["toc"]) >= 10
    assert version.startswith("0.1.0-draft+") and version in seen["text"] and "Tier 2" in seen["text"]
    assert seen["figcaptions"][0].startswith("Figure 1:")
    assert "Figure 1" in seen["text"] and "@fig-" not in seen["text"]
    assert "Show: Law-enforcement figures by year" in seen["text"], "a section's table collapsed under its caption"
    assert any("Law-enforcement figures by year" in t for t in seen["collapsed"]), seen["collapsed"]
    assert seen["popover"].startswith("[1] \u201cTajikistan was upgraded to Tier 2.\u201d")
    assert "(2025)" in seen["popover"]
    assert seen["scripts"] == 1, "only the page's own popover script"


def test_hostile_text_is_plain_in_html(seen):
    assert seen["errors"] == [], "no alert dialog, no error"
    assert briefing_fixture.HOSTILE in seen["text"], "hostile text shows verbatim"
    assert seen["onerror"] == 0 and all(src == "data:" for src in seen["imgs"])
    assert seen["width"] <= 1280, "nothing overflows the page horizontally"


def test_pdf_text_pages_and_png(site, version, tmp_path):
    _, files = site
    text = pdf_text(files["pdf"])
    from pypdf import PdfReader

    pages = len(PdfReader(str(files["pdf"])).pages)
    assert 3 <= pages <= 20
    assert f"Version {version}" in text
    assert "2026-01-01" in text
    assert f"Page 1 of {pages}" in text and "Contents" in text
    assert "Figure 1: Investigations, prosecutions and convictions" in text
    assert "Table 1: Law-enforcement figures by year" in text
    assert "The government convicted 26 traffickers in 2020." in text, "the evidence section shows the quote"
    flat = " ".join(text.split())
    assert " ".join(briefing_fixture.HOSTILE.split()) in flat, "hostile text printed literally"
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(files["pdf"]), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == pages and all(p.stat().st_size > 1000 for p in pngs)


def test_pdf_page_size_is_a4_and_images_fit(site):
    root, files = site
    from pypdf import PdfReader

    box = PdfReader(str(files["pdf"])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    typ = (root / "_build" / "render-builtin" / "briefing.typ").read_text(encoding="utf-8")
    # a raster figure is capped at the column width; an SVG chart keeps its natural size (drawn 4.6 in wide for
    # a phone's screen too), which Typst shrinks to the column if need be; both carry alt text (PDF/UA-1)
    images = re.findall(r'image\("([^"]+)", alt: "((?:[^"\\]|\\.)*)"(, width: 100(?:\.0)?%)?\)', typ)
    assert images and all(alt for _, alt, _ in images)
    assert all(bool(width) != src.endswith(".svg") for src, _, width in images), images


def test_same_inputs_same_pdf_text_and_data(site, tmp_path, monkeypatch):
    root, files = site
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    copy = tmp_path / "project"  # the same inputs in another folder (the shared build stays read only)
    shutil.copytree(root, copy, symlinks=True, ignore=shutil.ignore_patterns("render-*"))  # keeps build.json
    again = _render(copy, tmp_path / "again")
    assert pdf_text(again["pdf"]) == pdf_text(files["pdf"])
    assert again["csv"].read_bytes() == files["csv"].read_bytes()
    # with SOURCE_DATE_EPOCH fixed, the files are byte-identical, not just the same text
    assert again["pdf"].read_bytes() == files["pdf"].read_bytes()
    assert again["html"].read_bytes() == files["html"].read_bytes()


def test_unknown_evidence_id_fails_with_one_line(site, tmp_path):
    root, _ = site
    bad = tmp_path / "bad"
    shutil.copytree(root, bad, ignore=shutil.ignore_patterns("render-*"))
    table = bad / "_build" / "data" / "indicators.json"
    rows = [r for r in json.loads(table.read_text(encoding="utf-8")) if r["id"] != "ev-vict-2021"]
    table.write_text(json.dumps(rows), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        _render(bad, bad / "out")
    message = str(err.value)
    assert "unknown evidence id 'ev-vict-2021'" in message and "\n" not in message
    assert not (bad / "out" / "tajikistan-tip-briefing.html").exists()


def test_missing_notebook_label_names_cell(site, tmp_path):
    root, _ = site
    bad = tmp_path / "bad"
    shutil.copytree(root, bad, ignore=shutil.ignore_patterns("render-*"))
    qmd = bad / "briefs" / "briefing.qmd"
    qmd.write_text(qmd.read_text(encoding="utf-8").replace("#key-figures", "#key-figurez"), encoding="utf-8")
    with pytest.raises(BuildError, match=r"overview.ipynb#key-figurez.*no cell labelled 'key-figurez'"):
        _render(bad, bad / "out")
