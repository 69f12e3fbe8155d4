"""The Quarto engine: ``quarto render`` of the project (HTML + Typst PDF), outputs copied to their names."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from tipbrief.briefing.quarto_tool import quarto_version, run_quarto
from tipbrief.errors import BuildError


def _document(root: Path) -> Path:
    """The document _quarto.yml renders (the first of project.render)."""
    config = yaml.safe_load((root / "_quarto.yml").read_text(encoding="utf-8")) or {}
    targets = (config.get("project") or {}).get("render") or ["briefs/briefing.qmd"]
    return root / str(targets[0])


def _leftovers(document: Path) -> list[Path]:
    """What Quarto writes beside the document while rendering (and leaves there when a render fails)."""
    return [document.with_name(f"{document.stem}_files"),
            *(document.with_suffix(s) for s in (".quarto_ipynb", ".html", ".typ", ".pdf"))]


def render_quarto(root: Path, html_out: Path, pdf_out: Path, work: Path, *, timestamp: int | None) -> None:
    """Render with Quarto into ``work`` (inside the project), then copy the HTML and PDF out.

    Quarto renders every format _quarto.yml declares (html, then typst) in one call; on failure the
    files it left beside the document are removed and one line names Quarto, its version and the error.
    """
    root, work = Path(root).resolve(), Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    document = _document(root)
    before = {p for p in _leftovers(document) if p.exists()}
    env = dict(os.environ)
    if timestamp is not None:
        env["SOURCE_DATE_EPOCH"] = str(timestamp)
    try:
        run_quarto(["render", "--output-dir", str(work.relative_to(root))], cwd=root, env=env)
    finally:
        for leftover in _leftovers(document):
            if leftover not in before:
                shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
    for suffix, target in ((".html", html_out), (".pdf", pdf_out)):
        found = sorted(work.rglob(f"{document.stem}{suffix}"))
        if not found:
            raise BuildError(f"quarto {quarto_version()} produced no {document.stem}{suffix} in {work}")
        shutil.copyfile(found[0], target)


def versions() -> dict[str, str]:
    """Versions of the tools this engine runs (Quarto bundles its own pandoc and Typst)."""
    return {"quarto": quarto_version()}
