"""``tipbrief sources list`` / ``add`` on a copy of the seeds: good input, and bad input that writes nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import cli_in_process
import pytest
from snapshots import snapshot

from tipbrief.sources.catalog import load_catalog

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "seeds"
ADD = ["--title", "2019 TIP Report: Testland", "--publisher", "U.S. Department of State", "--kind", "government report",
       "--country", "Testland", "--year", "2019", "--period", "2018", "--reporting-year", "2018"]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """``tipbrief sources ARGS`` in process (test_sources_list_width.py runs the command)."""
    return cli_in_process.run(["sources", *args], cwd=tmp_path, env={"TIPBRIEF_ROOT": str(tmp_path), "COLUMNS": "200"})


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", target)
    return target



def test_list_shows_every_source(tmp_path, seeds):
    proc = _run(tmp_path, "list", "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    for sid in ("tip-2022", "embassy-cable-2006", "encyclopedia-2008", "news-2025"):
        assert sid in proc.stdout


def test_add_copies_the_file_and_catalogs_it(tmp_path, seeds):
    proc = _run(tmp_path, "add", str(FIXTURES / "other-country.txt"), "--id", "testland-2019", *ADD,
                "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    assert "added testland-2019" in proc.stdout
    assert (seeds / "other-country.txt").read_bytes() == (FIXTURES / "other-country.txt").read_bytes()
    entry = load_catalog(seeds).by_id()["testland-2019"]
    assert entry.reporting_year == 2018 and entry.period.start == 2018
    assert "# Provenance" in (seeds / "catalog.yml").read_text(encoding="utf-8"), "comments were lost"


@pytest.mark.parametrize(
    ("file", "extra", "expected"),
    [
        ("empty.txt", [], "empty"),
        ("binary.txt", [], "binary"),
        ("cp1251.txt", [], "not valid UTF-8"),
        ("other-country.txt", ["--id", "tip-2022"], "duplicate id 'tip-2022'"),
        ("missing.txt", [], "not found"),
    ],
)
def test_bad_add_fails_with_one_line_and_writes_nothing(tmp_path, seeds, file, extra, expected):
    before = snapshot(seeds)
    proc = _run(tmp_path, "add", str(FIXTURES / file), *ADD, *extra, "--seeds", str(seeds))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tipbrief sources: error: ") and expected in lines[0], lines
    assert file in lines[0] or "catalog.yml" in lines[0]
    assert snapshot(seeds) == before


def test_add_same_file_name_twice_is_refused(tmp_path, seeds):
    shutil.copy(FIXTURES / "other-country.txt", tmp_path / "001_8111698098cb6760.txt")
    before = snapshot(seeds)
    proc = _run(tmp_path, "add", str(tmp_path / "001_8111698098cb6760.txt"), *ADD, "--seeds", str(seeds))
    assert proc.returncode == 2 and "already in the seeds folder" in proc.stderr
    assert snapshot(seeds) == before


def test_list_on_a_broken_catalog_fails(tmp_path, seeds):
    (seeds / "stray.txt").write_text("text\n", encoding="utf-8")
    proc = _run(tmp_path, "list", "--seeds", str(seeds))
    assert proc.returncode == 2 and "stray.txt: source file has no entry" in proc.stderr


@pytest.mark.parametrize("command", [["build"], ["build", "--country", "Tajikistan"], ["publish", "--bump", "minor"]])
def test_building_in_a_folder_of_sources_only_is_one_line_that_says_where(tmp_path, seeds, command):
    """`sources init` and `sources add` make a project of seeds alone: a build there cannot find the notebooks and
    briefing sources. One line says what is missing and how to build these sources; nothing is written."""
    before = snapshot(tmp_path)
    proc = cli_in_process.run(command, cwd=tmp_path, env={"TIPBRIEF_ROOT": str(tmp_path)})
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0] == (f"tipbrief {command[0]}: error: {tmp_path}: no notebooks/ folder: `tipbrief {command[0]}` "
                        "needs the theme notebooks and briefing sources of a tipbrief project; run it in the project's "
                        f"folder with --seeds {seeds}"), lines
    assert snapshot(tmp_path) == before and not (tmp_path / "_build").exists(), "nothing written, no _build/"
