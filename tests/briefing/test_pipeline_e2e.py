"""The whole pipeline on the real seeds and notebooks (extraction -> papermill -> builtin render), built once
per session in a tmp copy of the project (the ``real_project`` fixture): the briefing a reader gets from
`make briefing`."""

from __future__ import annotations

import subprocess

import nbformat
import pytest
from a11y_helpers import CHART_TEXT, pdf_ua
from briefing_helpers import browse, pdf_text

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
                                                        "indicators.csv"}
    assert all(p.parent == site and p.is_file() for p in result.files.values())
    assert again.skipped and again.version == result.version


def test_real_html_in_browser(real):
    root, result, _ = real
    seen = {}

    def check(page):
        seen["images"] = page.eval_on_selector_all("img", "els => els.map(e => e.naturalWidth)")
        seen["refs"] = page.eval_on_selector_all("a.footnote-ref", "els => els.map(e => e.getAttribute('href'))")
        seen["notes"] = page.eval_on_selector_all("section.footnotes li", "els => els.map(e => e.id)")
        seen["links"] = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        seen["ev"] = page.eval_on_selector_all("span.ev", "els => els.length")
        seen["code"] = page.eval_on_selector_all("pre, code.sourceCode", "els => els.length")
        seen["text"] = page.inner_text("body")
        page.set_viewport_size({"width": 390, "height": 844})
        seen["phone"] = {"scrollWidth": page.evaluate("document.documentElement.scrollWidth"),
                         "charts": page.evaluate(CHART_TEXT)}

    assert browse(result.files["html"], check) == []
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


def test_csv_is_the_extracted_table(real):
    root, result, _ = real
    assert result.files["csv"].read_bytes() == (root / "_build" / "data" / "indicators.csv").read_bytes()
