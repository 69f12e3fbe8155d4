"""The whole pipeline on the real seeds and notebooks (extraction -> papermill -> builtin render), built once
per session in a tmp copy of the project (the ``real_project`` fixture): the briefing a reader gets from
`make briefing`."""

from __future__ import annotations

import subprocess

import pytest
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
        seen["refs"] = page.eval_on_selector_all("a.ev-num", "els => els.map(e => e.getAttribute('href'))")
        seen["notes"] = page.eval_on_selector_all(".ev-notes .ev-note", "els => els.map(e => e.id)")
        seen["links"] = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        seen["ev"] = page.eval_on_selector_all("span.ev", "els => els.length")
        seen["code"] = page.eval_on_selector_all("pre, code.sourceCode", "els => els.length")
        seen["text"] = page.inner_text("body")

    assert browse(result.files["html"], check) == []
    assert len(seen["images"]) >= 5 and all(w > 0 for w in seen["images"])
    assert len(seen["refs"]) == seen["ev"] > 20
    assert all(ref.lstrip("#") in seen["notes"] for ref in seen["refs"])
    assert "tajikistan-tip-briefing.pdf" in seen["links"] and "indicators.csv" in seen["links"]
    assert seen["code"] == 0, "no code in the briefing"
    assert result.version in seen["text"]


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
