"""The Quarto engine: ``quarto render`` of the project (HTML + Typst PDF), outputs copied to their names."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tipbrief.briefing.quarto_tool import quarto_version, run_quarto
from tipbrief.errors import BuildError


def render_quarto(root: Path, html_out: Path, pdf_out: Path, work: Path, *, timestamp: int | None) -> None:
    """Render with Quarto into ``work`` (inside the project), then copy the HTML and PDF out."""
    root, work = Path(root).resolve(), Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if timestamp is not None:
        env["SOURCE_DATE_EPOCH"] = str(timestamp)
    # no --to: the project renders every format it declares (html and typst)
    run_quarto(["render", "--output-dir", str(work.relative_to(root))], cwd=root, env=env)
    for suffix, target in ((".html", html_out), (".pdf", pdf_out)):
        found = sorted(work.rglob(f"briefing{suffix}"))
        if not found:
            raise BuildError(f"quarto {quarto_version()} produced no briefing{suffix} in {work}")
        shutil.copyfile(found[0], target)


def versions() -> dict[str, str]:
    """Versions of the tools this engine runs (Quarto bundles its own pandoc and Typst)."""
    return {"quarto": quarto_version()}
