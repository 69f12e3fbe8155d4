"""The Quarto engine renders the same project (runs only where `quarto` is on PATH)."""

from __future__ import annotations

import shutil

import pytest
from briefing_helpers import pdf_text

from tipbrief.briefing.engines import ENGINES, choose_engine
from tipbrief.briefing.pipeline import render_site

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("quarto") is None, reason="quarto is not on PATH (the builtin engine is tested)"),
]


def test_quarto_renders_html_and_pdf_with_version_and_citations(project, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    files = render_site(project, out, engine=ENGINES["quarto"], version="0.9.0-draft+abc", digest="abc" * 10).files
    html = files["html"].read_text(encoding="utf-8")
    assert "0.9.0-draft+abc" in html and "footnote" in html
    assert "<script>alert(1)</script>" not in html
    assert "0.9.0-draft+abc" in pdf_text(files["pdf"])


def test_auto_picks_quarto_when_on_path():
    assert choose_engine("auto").name == "quarto"
