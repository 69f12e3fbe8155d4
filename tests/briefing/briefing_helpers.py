"""Helpers for the briefing tests: a no-op pipeline, PDF text, and a page in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def no_pipeline(root: Path, seeds: Path, params: dict | None, jobs: int | None) -> None:
    """Stands in for extraction + notebooks: the fixture project has its _build/ prepared already."""


def pdf_text(path: Path) -> str:
    """All text of a PDF (pypdf), pages joined."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def browse(html: Path, check) -> list[str]:  # noqa: ANN001 - check is a callable taking the page
    """Open ``html`` in headless Chromium, run ``check(page)`` and return console errors and page errors."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
            page.goto(html.resolve().as_uri())
            page.wait_for_load_state("load")
            check(page)
        finally:
            browser.close()
    return errors


#: A citation mark in text: "[3]" or "[3, 4]".
MARK = re.compile(r"\[\d+(?:,\s*\d+)*\]")
#: The first line of an evidence note (new "[3] “…") or of an old-style footnote ("3 “…", "“…").
NOTE_LINE = re.compile(r"^\s*(?:\[\d+\]\s*|\d+\s*)?[\u201c\u2026]")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF (pypdf)."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(path)).pages]


def body_pages(pages: list[str], heading: str = "Evidence for the figures") -> list[str]:
    """The pages of the body: after the contents page, before the page where ``heading`` starts a line
    (the evidence section); all pages after the first if there is no such heading."""
    end = next((i for i, text in enumerate(pages) if i > 0 and any(
        line.strip() == heading for line in text.splitlines())), len(pages))
    return pages[1:end]


def notes_share(text: str) -> float:
    """Share of a page's text (characters) in notes: from the first line that starts a note (notes sit at
    the foot of a page) to the end of the page."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = next((i for i, line in enumerate(lines) if NOTE_LINE.match(line)), len(lines))
    return sum(map(len, lines[first:])) / max(1, sum(map(len, lines)))


def marks_after_digits(text: str) -> list[str]:
    """Citation marks glued to a digit ("22[3]"), each with the text before it."""
    flat = " ".join(text.split())
    return [flat[max(0, m.start() - 12):m.end()] for m in MARK.finditer(flat)
            if m.start() and flat[m.start() - 1].isdigit()]
