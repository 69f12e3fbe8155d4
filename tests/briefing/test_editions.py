"""Editions: publishing, immutability, version rules, changelog, index page, manifest, and drafts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import cli_in_process
import pytest
from briefing_helpers import no_pipeline, pdf_text
from snapshots import snapshot

from tipbrief.briefing.pipeline import build_briefing
from tipbrief.editions.publish import list_editions, publish
from tipbrief.errors import BuildError, ParameterError
from tipbrief.indicators.table import read_table, write_table

pytestmark = pytest.mark.slow


def _publish(root: Path, **kw):
    return publish(root, engine="builtin", editions=root / "editions", pipeline=no_pipeline, **kw)



def test_publish_then_same_content_is_a_no_op_and_different_is_refused(project):
    first = _publish(project, version="0.1.0", note="First edition.")
    edition = project / "editions" / "0.1.0"
    assert first.status == "published" and first.path == edition
    names = sorted(p.name for p in edition.iterdir())
    assert names == ["indicators.csv", "indicators.dictionary.md", "manifest.json",
                     "tajikistan-tip-briefing-0.1.0.html", "tajikistan-tip-briefing-0.1.0.pdf"]
    manifest = json.loads((edition / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "0.1.0" and manifest["digest"] == first.digest and manifest["engine"] == "builtin"
    assert set(manifest["tools"]) >= {"python", "pandas", "matplotlib", "papermill", "pandoc", "typst"}
    assert len(manifest["sources"]) == 4 and all(len(h) == 64 for h in manifest["sources"].values())
    assert manifest["created"].startswith("2026-01-01") and manifest["note"] == "First edition."
    assert "Version 0.1.0" in pdf_text(edition / "tajikistan-tip-briefing-0.1.0.pdf")
    assert "-draft+" not in pdf_text(edition / "tajikistan-tip-briefing-0.1.0.pdf")
    before = snapshot(project / "editions")

    again = _publish(project, version="0.1.0")
    assert again.status == "unchanged"
    assert snapshot(project / "editions") == before

    catalog = project / "seeds" / "catalog.yml"
    catalog.write_text(catalog.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"edition 0.1.0 already exists .* different content"):
        _publish(project, version="0.1.0")
    assert snapshot(project / "editions") == before


def test_bump_changelog_index_and_version_order(project):
    _publish(project, version="0.1.0")
    table_path = project / "_build" / "data" / "indicators.csv"
    table = read_table(table_path)
    table.loc[table["id"] == "ev-vict-2021", "value"] = 120
    table = table[table["id"] != "ev-tier-2025"]
    write_table(table, table_path)
    (project / "briefs" / "briefing.qmd").write_text(
        (project / "briefs" / "briefing.qmd").read_text(encoding="utf-8").replace("{.ev ref=\"ev-tier-2025\"}", ""),
        encoding="utf-8",
    )
    nb_dir = project / "_build" / "notebooks"
    for nb in nb_dir.glob("*.ipynb"):  # the fixture notebooks cite the removed row: drop those citations
        nb.write_text(nb.read_text(encoding="utf-8").replace('{.ev ref=\\"ev-tier-2025\\"}', ""), encoding="utf-8")
    catalog = project / "seeds" / "catalog.yml"  # what changes a table: its sources (--bump needs a change)
    catalog.write_text(catalog.read_text(encoding="utf-8") + "\n# revised\n", encoding="utf-8")
    result = _publish(project, bump_part="minor", note="Victims revised.")
    assert result.version == "0.2.0" and list_editions(project / "editions") == ["0.1.0", "0.2.0"]
    log = (project / "editions" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.2.0") < log.index("## 0.1.0"), "newest first"
    section = log[log.index("## 0.2.0"):log.index("## 0.1.0")]
    assert "Victims revised." in section
    assert "victims identified 2021 [tip-2022]: 107 → 120" in section
    assert "Tier 2 (2025 report) → Tier 2 Watch List (2022 report)" in section
    assert "1 changed, 1 removed" in section
    index = (project / "editions" / "index.html").read_text(encoding="utf-8")
    assert 'href="0.2.0/tajikistan-tip-briefing-0.2.0.pdf"' in index and "Victims revised." in index
    with pytest.raises(ParameterError, match="must be greater than the last edition 0.2.0"):
        _publish(project, version="0.1.5")
    with pytest.raises(ParameterError, match="MAJOR.MINOR.PATCH"):
        _publish(project, version="v1")


def test_draft_build_and_no_op_rebuild(project):
    _publish(project, version="0.4.0")
    first = build_briefing(project, engine="builtin", pipeline=no_pipeline, editions=project / "editions")
    assert first.version.startswith("0.4.1-draft+") and not first.skipped
    assert first.files["html"] == project / "_build" / "site" / "tajikistan-tip-briefing.html"
    assert f"Version {first.version}" in pdf_text(first.files["pdf"])
    again = build_briefing(project, engine="builtin", pipeline=no_pipeline, editions=project / "editions")
    assert again.skipped and again.version == first.version
    _publish(project, version="0.5.0")
    after_edition = build_briefing(project, engine="builtin", pipeline=no_pipeline, editions=project / "editions")
    assert not after_edition.skipped and after_edition.version == f"0.5.1-draft+{first.digest[:12]}"
    (project / "briefs" / "briefing.qmd").write_text(
        (project / "briefs" / "briefing.qmd").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    third = build_briefing(project, engine="builtin", pipeline=no_pipeline, editions=project / "editions")
    assert not third.skipped and third.digest != first.digest


def test_cli_refuses_bad_and_existing_versions(project):
    # the command publishes per country, into editions/<country-slug>/
    publish(project, engine="builtin", editions=project / "editions" / "tajikistan", pipeline=no_pipeline,
            version="0.1.0")
    (project / "seeds" / "catalog.yml").write_text(
        (project / "seeds" / "catalog.yml").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8"
    )
    # in process: the command itself runs in test_bump_without_a_change_does_nothing_and_says_so
    cmd = ["publish", "--engine", "builtin"]
    bad = cli_in_process.run([*cmd, "--version", "1.0"], cwd=project, env={"TIPBRIEF_ROOT": str(project)})
    assert bad.returncode == 2
    assert bad.stderr.strip() == ("tipbrief publish: error: --version '1.0': expected MAJOR.MINOR.PATCH with an "
                                  "optional -pre-release, e.g. 1.0.0 or 2.0.0-rc.1 (no 'v', no spaces)")
    exists = cli_in_process.run([*cmd, "--version", "0.1.0"], cwd=project, env={"TIPBRIEF_ROOT": str(project)})
    assert exists.returncode == 2 and len(exists.stderr.strip().splitlines()) == 1
    assert "edition 0.1.0 already exists" in exists.stderr


def _stat_snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bump_without_a_change_does_nothing_and_says_so(project):
    """Issue 12 item 11: --bump with the same content as the last edition writes nothing, runs nothing, exit 0."""
    from tipbrief.editions.countries import publish_countries

    work_build = project / "_build" / "countries" / "tajikistan" / "_build"
    for name in ("data", "notebooks"):  # the country's work folder gets the fixture's prepared _build/
        shutil.copytree(project / "_build" / name, work_build / name)
    editions = project / "editions"
    first = publish_countries(project, version="0.1.0", engine="builtin", editions=editions, pipeline=no_pipeline)
    assert first[0].result.status == "published"
    before = _stat_snapshot(editions)

    def must_not_run(*args: object) -> None:
        raise AssertionError("--bump without a change ran the pipeline")

    again = publish_countries(project, bump_part="patch", engine="builtin", editions=editions, pipeline=must_not_run)
    assert (again[0].result.status, again[0].result.version) == ("no-change", "0.1.0")
    assert _stat_snapshot(editions) == before, "nothing written: no edition, changelog or index rewritten"
    env = {**os.environ, "TIPBRIEF_ROOT": str(project)}
    cli = subprocess.run([sys.executable, "-m", "tipbrief.cli", "publish", "--bump", "minor", "--engine", "builtin"],
                         capture_output=True, text=True, env=env, cwd=project)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.strip() == "Tajikistan: nothing changed since edition 0.1.0: no new edition published"
    assert _stat_snapshot(editions) == before
    (project / "_quarto.yml").write_text((project / "_quarto.yml").read_text(encoding="utf-8") + "\n# edited\n",
                                         encoding="utf-8")
    changed = publish_countries(project, bump_part="patch", engine="builtin", editions=editions, pipeline=no_pipeline)
    assert (changed[0].result.status, changed[0].result.version) == ("published", "0.1.1")
    assert list_editions(editions / "tajikistan") == ["0.1.0", "0.1.1"]
