"""Helpers for the briefing tests: a no-op pipeline, PDF text, and a page in headless Chromium."""

from __future__ import annotations

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
