"""Escaping and citation spans: source text renders as plain text, numbers carry their evidence ids."""

from __future__ import annotations

import pypandoc
import pytest

from tipbrief.toolkit.cite import escape, ev, ev_number, excerpt, number, pipe_table

HOSTILE = 'a <script>alert(1)</script> *b* [l](http://x) # $x$ \\ <img src=x onerror=alert(2)> | @cite 1. `c`'


def test_escape_makes_hostile_text_plain_in_pandoc():
    html = pypandoc.convert_text(escape(HOSTILE), "html", format="markdown")
    assert "<script" not in html and "<img" not in html and "<em>" not in html and "<a " not in html
    assert "<code>" not in html and "math" not in html and "<h1" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(2)" in html and "$x$" in html and "@cite" in html


def test_escaped_text_survives_a_pipe_table_cell():
    table = pipe_table(["Quote", "Value"], [[escape("a | b\nc"), ev_number(26, "x-1")]])
    html = pypandoc.convert_text(table, "html", format="markdown")
    assert html.count("<td") == 2 and "a | b c" in html


def test_ev_span_reaches_pandoc_as_a_span_with_refs():
    md = f"Convictions fell to {ev('none', ['tip-2022-a', 'tip-2022-b'])} and {ev_number(1234567, 'x-2')}."
    assert md == ('Convictions fell to [none]{.ev ref="tip-2022-a tip-2022-b"} and [1,234,567]{.ev ref="x-2"}.')
    html = pypandoc.convert_text(md, "html", format="markdown", extra_args=["--wrap=none"])
    assert '<span class="ev" data-ref="tip-2022-a tip-2022-b">none</span>' in html


@pytest.mark.parametrize("bad", ["", "Bad Id", 'x" onclick="y', "x y"])
def test_ev_refuses_what_is_not_an_evidence_id(bad):
    with pytest.raises(ValueError):
        ev("1", [bad] if bad else [])


def test_number_formats():
    assert number(1000000.0) == "1,000,000"
    assert number(26) == "26"
    assert number(2.5) == "2.5"


def test_excerpt_keeps_the_figure_in_view_and_marks_cuts():
    quote = " ".join(["word"] * 60) + " convicted 26 traffickers " + " ".join(["tail"] * 60)
    short = excerpt(quote, "26", 80)
    assert "26" in short and short.startswith("…") and short.endswith("…") and len(short) <= 82
    assert excerpt("short quote", "x", 80) == "short quote"
