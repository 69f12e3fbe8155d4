"""The Quarto engine for real: where tipbrief finds Quarto, and bad input (missing, too old, failing
mid-render) as one line naming Quarto, its version and the first error, with the previous site intact."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from briefing_helpers import no_pipeline
from quarto_helpers import SKIP_REASON, find_quarto
from snapshots import snapshot

from tipbrief.briefing import quarto_tool
from tipbrief.briefing.engines import choose_engine
from tipbrief.briefing.pipeline import build_briefing
from tipbrief.errors import BuildError


def _fake_quarto(folder: Path, version: str) -> Path:
    path = folder / "quarto"
    path.write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def test_too_old_quarto_is_one_line_naming_tool_and_version(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARTO_PATH", str(_fake_quarto(tmp_path, "1.4.550")))
    with pytest.raises(quarto_tool.QuartoNotAvailableError) as err:
        quarto_tool.quarto_version()
    assert str(err.value).startswith("quarto 1.4.550 at ") and "too old: need quarto >= 1.8" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_quarto_is_one_line_and_auto_falls_back(tmp_path, monkeypatch):
    monkeypatch.setenv("QUARTO_PATH", str(tmp_path / "nowhere" / "quarto"))
    with pytest.raises(quarto_tool.QuartoNotAvailableError, match=r"^quarto not found: need quarto >= 1\.8 \("):
        quarto_tool.quarto_version()
    assert choose_engine("auto").name == "builtin"


def test_project_quarto_is_found_before_path(tmp_path, monkeypatch):
    """`make quarto` installs into .quarto-cli/bin of the project; tipbrief (and `auto`) use it."""
    monkeypatch.delenv("QUARTO_PATH", raising=False)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "catalog.yml").write_text("sources: []\n", encoding="utf-8")  # a project
    monkeypatch.setenv("TIPBRIEF_ROOT", str(tmp_path))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert quarto_tool.quarto_path() is None or quarto_tool.quarto_path().parent != tmp_path
    local = tmp_path / ".quarto-cli" / "bin"
    local.mkdir(parents=True)
    found = _fake_quarto(local, "1.10.18")
    assert quarto_tool.quarto_path() == found
    assert quarto_tool.quarto_version() == "1.10.18"
    assert choose_engine("auto").name == "quarto"


def test_first_error_line_is_picked_without_colour():
    text = ("\x1b[1mmetadata\x1b[22m\n  toc: true\n\x1b[31mERROR: Typst compilation failed\x1b[39m\nmore\n"
            "WARN: Error encountered")
    assert quarto_tool.first_error(text) == "ERROR: Typst compilation failed"
    assert quarto_tool.first_error("x\nTIPBRIEF-ERROR: unknown evidence id 'a'\n") == "unknown evidence id 'a'"


@pytest.mark.slow
@pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")
@pytest.mark.parametrize("breakage", ["filter", "typst", "ev"])
def test_failing_render_is_one_line_and_keeps_the_previous_site(built_project, monkeypatch, breakage):
    monkeypatch.setenv("QUARTO_PATH", str(find_quarto()))
    project = built_project  # a copy of the fixture project's builtin build (shared): the previous site
    first = build_briefing(project, engine="builtin", pipeline=no_pipeline)
    assert first.skipped and first.files["html"].is_file(), "the copied build is current: nothing re-rendered"
    site = project / "_build" / "site"
    before = snapshot(site)
    if breakage == "filter":  # an evidence id the table does not have: the Lua filter stops the render
        table = project / "_build" / "data" / "indicators.json"
        rows = [r for r in json.loads(table.read_text(encoding="utf-8")) if r["id"] != "ev-vict-2021"]
        table.write_text(json.dumps(rows), encoding="utf-8")
    elif breakage == "ev":  # a live number outside the analyst's files: ev.lua stops Quarto as builtin stops
        qmd = project / "briefs" / "briefing.qmd"
        qmd.write_text(qmd.read_text(encoding="utf-8") + "\nStray {{< ev investigations 2021 source=tip-2022 >}}.\n",
                       encoding="utf-8")
    else:  # Typst code that does not compile: the HTML renders, the PDF fails
        qmd = project / "briefs" / "briefing.qmd"
        qmd.write_text(qmd.read_text(encoding="utf-8") + "\n```{=typst}\n#nosuchfunction(1)\n```\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build_briefing(project, engine="quarto", pipeline=no_pipeline, force=True)
    message = str(err.value)
    version = quarto_tool.quarto_version()
    assert message.startswith(f"quarto {version} render failed: ") and "\n" not in message and "\x1b" not in message
    if breakage == "filter":
        assert "unknown evidence id 'ev-vict-2021'" in message
    elif breakage == "ev":
        assert message.endswith("{{< ev investigations 2021 source=tip-2022 >}}: live numbers are resolved in analyst "
                                "files only (briefs/analysis/<country-slug>.qmd)"), message
    else:
        assert "nosuchfunction" in message or "unknown variable" in message, message
    assert snapshot(site) == before, "the previous site stays as it was"
    assert json.loads((site / "build.json").read_text(encoding="utf-8"))["version"] == first.version
    kept = ("briefing.qmd", "briefing.ru.qmd", "analysis")
    leftovers = [p for p in (project / "briefs").iterdir() if p.name not in kept]
    assert leftovers == [], "nothing half-written beside the document"
    assert not [p for p in (project / "_build").iterdir() if p.name.endswith(".tmp")], "no staged site left"


def test_draft_parts_make_a_quarto_project_of_any_folder(project):
    """What `tipbrief run` leaves: metadata with project-relative paths and the package files _quarto.yml names."""
    from tipbrief.briefing.pipeline import write_draft_parts

    version = write_draft_parts(project)
    parts = project / "_build" / "briefing"
    meta = (parts / "metadata.yml").read_text(encoding="utf-8")
    assert f"version: {version}" in meta and "evidence-json: /_build/data/indicators.json" in meta
    config = (project / "_quarto.yml").read_text(encoding="utf-8")
    for name in ("evidence.lua", "ev.lua", "quarto.css", "page.typ", "metadata.yml"):
        assert (parts / name).is_file() and f"_build/briefing/{name}" in config, name


@pytest.mark.slow
@pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")
def test_plain_quarto_render_in_the_project_folder(project):
    """After `tipbrief run`, analysts run Quarto themselves: the evidence filter finds its files from there too."""
    import subprocess

    from tipbrief.briefing.pipeline import write_draft_parts

    version = write_draft_parts(project)
    proc = subprocess.run([str(find_quarto()), "render", "--to", "html"], cwd=project, capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, quarto_tool.first_error(proc.stderr)
    html = (project / "_build" / "quarto" / "briefs" / "briefing.html").read_text(encoding="utf-8")
    assert version in html and "Tajikistan was upgraded to Tier 2." in html
