"""Findings as cell outputs: Markdown for the briefing always, HTML with quotes only in an analyst's Jupyter."""

from __future__ import annotations

import html
import re

import pandas as pd
from IPython.core.formatters import DisplayFormatter

from tipbrief.toolkit import cite, findings


def _bundle(obj: object) -> dict:
    data, _ = DisplayFormatter().format(obj)
    return data


def test_headless_outputs_are_markdown_only_as_the_briefing_reads_them(data, monkeypatch):
    monkeypatch.delenv(cite.DISPLAY_ENV, raising=False)
    text = findings.trends(data, ["convictions"])
    bundle = _bundle(findings.rendered(text, data))
    assert bundle["text/markdown"] == text
    assert "text/html" not in bundle  # Quarto would prefer text/html for HTML output and lose the footnotes


def test_in_jupyter_figures_are_rendered_with_their_quote_on_hover(data, monkeypatch):
    monkeypatch.setenv(cite.DISPLAY_ENV, "html")
    text = findings.trends(data, ["convictions"])
    bundle = _bundle(findings.rendered(text, data))
    assert bundle["text/markdown"] == text
    page = bundle["text/html"]
    assert "{.ev" not in page and "ref=" not in re.sub(r'data-ref="[^"]*"', "", page)
    spans = re.findall(r'<span class="ev" data-ref="([^"]+)" title="([^"]*)"[^>]*>([^<]*)</span>', page)
    assert spans and [s[2] for s in spans][:2] == ["26", "none reported"]
    quotes = findings.quotes(data)
    for ref, title, _ in spans:
        for one in ref.split():
            assert quotes[one] in html.unescape(title)
    assert page.startswith('<div class="tipbrief-findings"><ul>')


def test_hostile_source_text_stays_text_in_html(data, monkeypatch):
    monkeypatch.setenv(cite.DISPLAY_ENV, "html")
    table = findings.evidence_table(data, ["recommendations"])
    page = _bundle(findings.rendered(table, data))["text/html"]
    assert "<table" in page and "|---" not in page
    assert "<script" not in page and "<em>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_dataframe_shows_as_a_table_without_its_index(monkeypatch):
    monkeypatch.setenv(cite.DISPLAY_ENV, "html")
    frame = pd.DataFrame({"indicator": ["convictions", "<b>x</b>"], "value": [26.0, 1500.5], "n": [None, 3]},
                         index=[7, 9])
    md = findings.table(frame)
    assert md.splitlines()[:2] == ["| indicator | value | n |", "|:---|---:|---:|"]
    assert "| 26 |  |" in md and "| 1,500.5 |" in md and "7" not in md and "\\<b\\>" in md
    page = _bundle(findings.rendered(frame))["text/html"]
    assert "<th>indicator</th>" in page.replace(' style="text-align: left;"', "") and ">7<" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_show_without_data_names_the_evidence_ids(data, monkeypatch):
    monkeypatch.setenv(cite.DISPLAY_ENV, "html")
    page = cite.to_html(cite.ev("26", ["a-1", "b-2"]))
    assert 'title="a-1\n\nb-2"' in page


def test_only_kernels_of_the_lab_server_render_html(data, monkeypatch):
    """A kernel the server started is its child; `tipbrief run` in a Lab terminal inherits the variable
    but its kernels are not the server's children, so the outputs the briefing embeds stay Markdown."""
    import os

    text = findings.trends(data, ["convictions"])
    monkeypatch.setenv(cite.DISPLAY_ENV, f"html:{os.getppid()}")
    assert "text/html" in _bundle(findings.rendered(text, data))
    monkeypatch.setenv(cite.DISPLAY_ENV, f"html:{os.getpid()}")  # set by a server that is not our parent
    assert "text/html" not in _bundle(findings.rendered(text, data))
