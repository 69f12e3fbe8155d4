"""Markdown for generated text: escaping source text, citation spans on numbers, pipe tables, display.

Every piece of text that comes from a source goes through :func:`escape` before it reaches
Markdown, and every number goes through :func:`ev`, so the briefing can cite it (evidence.lua); :class:`Rendered`
shows the same Markdown rendered in Jupyter, each figure with its quote on hover.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping, Sequence

from tipbrief import i18n

#: Evidence ids as the indicator table defines them; anything else is refused, never echoed.
EVIDENCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# Every ASCII punctuation character is backslash-escapable in pandoc Markdown and CommonMark; escaping
# the ones with a meaning (HTML tags, entities, emphasis, links, spans, maths, @cites, list and heading
# marks, table pipes) renders any source text as plain text. Commas, quotes and the like stay readable.
_PUNCT = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|$~^&@:=])")
_SPACE = re.compile(r"\s+")


def escape(text: object) -> str:
    """Return ``text`` as inert Markdown on one line: punctuation escaped, whitespace collapsed."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return _PUNCT.sub(r"\\\1", _SPACE.sub(" ", str(text)).strip())


def excerpt(quote: str, around: str | None = None, width: int = 180) -> str:
    """Shorten ``quote`` to about ``width`` characters on word boundaries, keeping ``around`` in view."""
    quote = _SPACE.sub(" ", quote or "").strip()
    if len(quote) <= width:
        return quote
    centre = quote.find(around) if around else -1
    start = 0 if centre < 0 else max(0, centre + len(around or "") // 2 - width // 2)
    end = min(len(quote), start + width)
    start = max(0, end - width)
    if start > 0:
        cut = quote.find(" ", start)
        start = cut + 1 if 0 <= cut < end else start
    if end < len(quote):
        cut = quote.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("…" if start > 0 else "") + quote[start:end].strip() + ("…" if end < len(quote) else "")


def number(value: float) -> str:
    """Format a figure for prose: thousands separators, no trailing ``.0`` (as the briefing's language writes them)."""
    if i18n.current() != i18n.DEFAULT:
        return i18n.number(round(float(value), 2))
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def ev(text: str, ids: str | Iterable[str]) -> str:
    """Wrap already-escaped ``text`` in a citation span naming its evidence ids."""
    ids = [ids] if isinstance(ids, str) else list(dict.fromkeys(ids))
    if not ids:
        raise ValueError("a cited figure needs at least one evidence id")
    for one in ids:
        if not EVIDENCE_ID.match(one):
            raise ValueError(f"not an evidence id: {one!r}")
    return f'[{text}]{{.ev ref="{" ".join(ids)}"}}'


def ev_number(value: float, ids: str | Iterable[str]) -> str:
    """A cited number: ``[26]{.ev ref="…"}``."""
    return ev(number(value), ids)  # digits, commas and a point: nothing to escape


def pipe_table(headers: Sequence[str], rows: Iterable[Sequence[str]], align: str | None = None) -> str:
    """A Markdown pipe table; cells must already be Markdown (escaped text or spans).

    ``align`` has one letter per column: l, r or c.
    """
    align = align or "l" * len(headers)
    marks = {"l": ":---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(marks[a] for a in align) + "|"]
    for row in rows:
        cells = [str(c).replace("\n", " ") for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: Set to "html:<server pid>" by tipbrief's Jupyter server extension (``make lab``): a kernel that server
#: started (its child) shows findings also as rendered HTML. Any other kernel, even one started by
#: ``tipbrief run`` in a Lab terminal, which inherits the variable, stores Markdown only, exactly what
#: Quarto and pandoc embed in the briefing. "html" alone forces HTML (tests).
DISPLAY_ENV = "TIPBRIEF_DISPLAY"
_EV_SPAN = re.compile(r'<span class="ev" data-ref="([^"]*)">')


def interactive_display() -> bool:
    """True in a kernel an analyst is looking at: one started by a Jupyter server with tipbrief's extension."""
    import os

    mode, _, server = os.environ.get(DISPLAY_ENV, "").partition(":")
    return mode == "html" and (not server or server == str(os.getppid()))


def to_html(markdown: str, quotes: Mapping[str, str] | None = None) -> str:
    """``markdown`` rendered by pandoc, as the briefing's reader sees it; each cited figure is a
    ``<span class="ev">`` whose title (shown on hover) is the quote of its evidence ids."""
    import pypandoc

    body = pypandoc.convert_text(markdown, "html", format="markdown", extra_args=["--wrap=none"])
    quotes = quotes or {}

    def title(match: re.Match[str]) -> str:
        ids = html.unescape(match.group(1)).split()
        text = "\n\n".join(f"“{quotes[i]}” ({i})" if i in quotes else i for i in ids)
        return (f'<span class="ev" data-ref="{match.group(1)}" title="{html.escape(text, quote=True)}" '
                f'style="text-decoration: underline dotted; cursor: help">')

    return '<div class="tipbrief-findings">' + _EV_SPAN.sub(title, body) + "</div>"


class Rendered:
    """Cited Markdown as a cell output: ``text/markdown`` (what the briefing embeds) always, and in
    an analyst's Jupyter also ``text/html``, rendered with the quote of each figure on hover."""

    def __init__(self, markdown: str, quotes: Mapping[str, str] | None = None) -> None:
        self.markdown = markdown
        self.quotes = dict(quotes or {})

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        bundle = {"text/markdown": self.markdown}
        if interactive_display():
            bundle["text/html"] = to_html(self.markdown, self.quotes)
        return bundle

    def __repr__(self) -> str:
        return self.markdown
