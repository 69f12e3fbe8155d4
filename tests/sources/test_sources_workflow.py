"""Starting a catalog for any country from the command line: init, add FILE alone, unique ids, duplicates, remove."""

from __future__ import annotations

import argparse
import shutil
import subprocess
from pathlib import Path

import cli_in_process
import pytest
import yaml
from snapshots import snapshot

from tipbrief.cli import build_parser
from tipbrief.errors import ParameterError
from tipbrief.sources.catalog import SourceKind, load_catalog
from tipbrief.sources.countries import resolve_country

REPO = Path(__file__).resolve().parents[2]
NARRATIVES = Path(__file__).with_name("narratives")


def _run(cwd: Path, *args: str, root: Path | None = None) -> subprocess.CompletedProcess:
    """``tipbrief sources ARGS`` in process (tests/grid/test_new_country.py runs init and add as commands)."""
    env = {"COLUMNS": "200"} | ({"TIPBRIEF_ROOT": str(root)} if root is not None else {})
    return cli_in_process.run(["sources", *args], cwd=cwd, env=env, unset=["TIPBRIEF_ROOT"])



def _one_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tipbrief sources: error: "), lines
    return lines[0]


def test_init_then_add_file_alone_gives_a_valid_catalog(tmp_path):
    proc = _run(tmp_path, "init")
    assert proc.returncode == 0, proc.stderr
    seeds = tmp_path / "seeds"
    assert load_catalog(seeds).sources == []
    for file in ("georgia-2021.txt", "cote-d-ivoire-2022.txt"):
        proc = _run(tmp_path, "add", str(NARRATIVES / file))
        assert proc.returncode == 0, proc.stderr
        assert "inferred (TIP Report narrative" in proc.stdout
    georgia, ivory = load_catalog(seeds).sources
    assert (georgia.id, georgia.country, georgia.year, georgia.reporting_year) == ("georgia-tip-2021", "Georgia",
                                                                                   2021, 2020)
    assert (georgia.period.start, georgia.period.end) == (2020, 2020)
    assert georgia.title == "2021 Trafficking in Persons Report: Georgia"
    assert georgia.publisher == "U.S. Department of State" and georgia.kind is SourceKind.GOVERNMENT_REPORT
    assert (ivory.id, ivory.country, ivory.year, ivory.reporting_year) == ("cote-d-ivoire-tip-2022", "Côte d'Ivoire",
                                                                           2022, 2021)
    assert (seeds / "georgia-2021.txt").read_bytes() == (NARRATIVES / "georgia-2021.txt").read_bytes()
    assert "# Provenance" in (seeds / "catalog.yml").read_text(encoding="utf-8")
    listed = _run(tmp_path, "list")
    assert listed.returncode == 0 and "cote-d-ivoire-tip-2022" in listed.stdout, listed.stdout + listed.stderr


def test_init_and_add_start_the_project_tipbrief_root_names(tmp_path):
    """$TIPBRIEF_ROOT names a project before it has a catalog: init and add start it there, from any folder."""
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    project.mkdir()
    elsewhere.mkdir()
    assert _run(elsewhere, "init", root=project).returncode == 0
    assert load_catalog(project / "seeds").sources == []
    other = tmp_path / "other"
    other.mkdir()
    proc = _run(elsewhere, "add", str(NARRATIVES / "georgia-2021.txt"), root=other)  # add alone starts it too
    assert proc.returncode == 0, proc.stderr
    assert [s.id for s in load_catalog(other / "seeds").sources] == ["georgia-tip-2021"]
    assert list(elsewhere.iterdir()) == []
    line = _one_error(_run(elsewhere, "init", root=tmp_path / "nowhere"))
    assert line.endswith(f"TIPBRIEF_ROOT={tmp_path / 'nowhere'}: no such folder")
    assert not (tmp_path / "nowhere").exists()


def test_init_refuses_an_existing_catalog(tmp_path):
    assert _run(tmp_path, "init").returncode == 0
    before = snapshot(tmp_path / "seeds")
    line = _one_error(_run(tmp_path, "init"))
    assert "catalog.yml: a catalog is already there" in line
    assert snapshot(tmp_path / "seeds") == before


@pytest.mark.parametrize("start", ["missing", "empty-list", "empty-folder"])
def test_add_starts_a_missing_or_empty_catalog(tmp_path, start):
    seeds = tmp_path / "new-country"
    if start == "empty-list":
        seeds.mkdir()
        (seeds / "catalog.yml").write_text("sources: []\n", encoding="utf-8")
    elif start == "empty-folder":
        seeds.mkdir()
    proc = _run(tmp_path, "add", str(NARRATIVES / "nepal-2021.txt"), "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    (entry,) = load_catalog(seeds).sources
    assert (entry.id, entry.country, entry.year, entry.reporting_year) == ("nepal-tip-2021", "Nepal", 2021, 2020)
    assert yaml.safe_load((seeds / "catalog.yml").read_text(encoding="utf-8"))["sources"][0]["id"] == "nepal-tip-2021"


def test_add_into_a_folder_with_uncatalogued_files_writes_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "stray.txt").write_text("text\n", encoding="utf-8")
    line = _one_error(_run(tmp_path, "add", str(NARRATIVES / "nepal-2021.txt"), "--seeds", str(seeds)))
    assert "stray.txt: source file has no entry" in line
    assert sorted(p.name for p in seeds.iterdir()) == ["stray.txt"]


def test_two_countries_same_year_get_different_readable_ids(tmp_path):
    seeds = tmp_path / "seeds"
    for file in ("georgia-2021.txt", "nepal-2021.txt"):
        assert _run(tmp_path, "add", str(NARRATIVES / file), "--seeds", str(seeds)).returncode == 0
    # the same country and year again (an edited copy): the id stays readable and unique
    edited = tmp_path / "georgia-2021-revised.txt"
    edited.write_text((NARRATIVES / "georgia-2021.txt").read_text(encoding="utf-8") + "\nRevised.\n", encoding="utf-8")
    assert _run(tmp_path, "add", str(edited), "--seeds", str(seeds)).returncode == 0
    # a document that no rule knows, with flags: the generated id still has country and year
    proc = _run(tmp_path, "add", str(NARRATIVES / "ngo-survey.md"), "--title", "Shelter survey, eastern region",
                "--publisher", "Shelter Network", "--kind", "ngo Report", "--country", "nepal", "--year", "2021",
                "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    ids = [s.id for s in load_catalog(seeds).sources]
    assert ids == ["georgia-tip-2021", "nepal-tip-2021", "georgia-tip-2021-2",
                   "nepal-2021-shelter-survey-eastern-region"]
    last = load_catalog(seeds).sources[-1]
    assert last.country == "Nepal" and last.kind is SourceKind.NGO_REPORT  # canonical spellings of the flags


def test_duplicate_file_under_another_name_is_refused_naming_both(tmp_path):
    seeds = tmp_path / "seeds"
    assert _run(tmp_path, "add", str(NARRATIVES / "georgia-2021.txt"), "--seeds", str(seeds)).returncode == 0
    copy = tmp_path / "report-copy.txt"
    shutil.copy(NARRATIVES / "georgia-2021.txt", copy)
    before = snapshot(seeds)
    line = _one_error(_run(tmp_path, "add", str(copy), "--country", "Nepal", "--seeds", str(seeds)))
    assert "report-copy.txt" in line and "georgia-2021.txt" in line and "georgia-tip-2021" in line
    assert snapshot(seeds) == before


def test_what_cannot_be_inferred_is_asked_for_by_flag(tmp_path):
    seeds = tmp_path / "seeds"
    proc = _run(tmp_path, "add", str(NARRATIVES / "unodc-global-report-2022.txt"), "--seeds", str(seeds))
    line = _one_error(proc)
    assert line.endswith("could not infer the country from the text; give --country")
    assert "kind: UN agency report" in proc.stdout and "year: 2022" in proc.stdout
    assert not seeds.exists()
    line = _one_error(_run(tmp_path, "add", str(NARRATIVES / "ngo-survey.md"), "--seeds", str(seeds)))
    assert "ngo-survey.md: not recognised as a TIP Report narrative; give --title, --publisher, --kind" in line
    proc = _run(tmp_path, "add", str(NARRATIVES / "unodc-global-report-2022.txt"), "--country", "Cote d'Ivoire",
                "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    (entry,) = load_catalog(seeds).sources
    assert (entry.id, entry.country, entry.kind) == ("cote-d-ivoire-unodc-glotip-2022", "Côte d'Ivoire",
                                                     SourceKind.UN_AGENCY_REPORT)


def test_unknown_country_lists_the_catalogs_countries(tmp_path):
    seeds = tmp_path / "seeds"
    for file in ("georgia-2021.txt", "nepal-2021.txt", "cote-d-ivoire-2022.txt"):
        assert _run(tmp_path, "add", str(NARRATIVES / file), "--seeds", str(seeds)).returncode == 0
    catalog = load_catalog(seeds)
    assert resolve_country("Ivory Coast", catalog).slug == "cote-d-ivoire"
    with pytest.raises(ParameterError) as info:
        resolve_country("Atlantis", catalog, origin=seeds / "catalog.yml")
    assert str(info.value).endswith("known countries: Côte d'Ivoire, Georgia, Nepal")


def test_remove_needs_delete_file_while_the_file_is_there(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    before = snapshot(seeds)
    line = _one_error(_run(tmp_path, "remove", "tip-2022", "--seeds", str(seeds)))
    assert "001_8111698098cb6760.txt: still in the seeds folder; give --delete-file" in line
    assert snapshot(seeds) == before
    line = _one_error(_run(tmp_path, "remove", "no-such-id", "--seeds", str(seeds)))
    assert "no source with id 'no-such-id'; ids: embassy-cable-2006, encyclopedia-2008, tip-2022, news-2025" in line
    assert snapshot(seeds) == before

    proc = _run(tmp_path, "remove", "tip-2022", "--delete-file", "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    assert not (seeds / "001_8111698098cb6760.txt").exists()
    assert [s.id for s in load_catalog(seeds).sources] == ["embassy-cable-2006", "encyclopedia-2008", "news-2025"]
    text = (seeds / "catalog.yml").read_text(encoding="utf-8")
    old = before["catalog.yml"].decode("utf-8")
    assert text.startswith(old[: old.index("  - id: tip-2022")]), "layout before the entry changed"
    assert "reliability: >-" in text and "period: {start: 2024, end: 2024}" in text, "layout after the entry changed"
    assert sorted(p.name for p in seeds.iterdir() if p.name.startswith(".")) == []


def test_remove_an_entry_whose_file_is_gone_and_the_last_one(tmp_path):
    seeds = tmp_path / "seeds"
    assert _run(tmp_path, "add", str(NARRATIVES / "georgia-2021.txt"), "--seeds", str(seeds)).returncode == 0
    (seeds / "georgia-2021.txt").unlink()
    proc = _run(tmp_path, "remove", "georgia-tip-2021", "--seeds", str(seeds))
    assert proc.returncode == 0, proc.stderr
    assert load_catalog(seeds).sources == []
    assert (seeds / "catalog.yml").read_text(encoding="utf-8").rstrip().endswith("sources: []")
    assert _run(tmp_path, "add", str(NARRATIVES / "georgia-2021.txt"), "--seeds", str(seeds)).returncode == 0
    assert [s.id for s in load_catalog(seeds).sources] == ["georgia-tip-2021"]


def _subparser(name: str) -> argparse.ArgumentParser:
    sources = next(a for a in build_parser()._subparsers._group_actions[0].choices.items() if a[0] == "sources")[1]
    return sources._subparsers._group_actions[0].choices[name]


@pytest.mark.parametrize("command", ["add", "init", "remove", "list"])
def test_every_option_has_help(command):
    parser = _subparser(command)
    missing = [a.dest for a in parser._actions if not a.help or a.help == argparse.SUPPRESS]
    assert missing == [], missing


def test_kind_accepts_every_kind_and_help_lists_them(tmp_path):
    assert {k.value for k in SourceKind} >= {"UN agency report", "NGO report", "academic paper", "court decision",
                                             "statistics", "other"}
    text = _subparser("add").format_help()
    for kind in SourceKind:
        assert kind.value in " ".join(text.split())


def test_a_file_already_in_the_folder_is_catalogued_in_place(tmp_path):
    assert _run(tmp_path, "init").returncode == 0
    seeds = tmp_path / "seeds"
    shutil.copy(NARRATIVES / "nepal-2021.txt", seeds / "nepal.txt")
    assert "nepal.txt: source file has no entry" in _one_error(_run(tmp_path, "list"))
    proc = _run(tmp_path, "add", "seeds/nepal.txt")
    assert proc.returncode == 0, proc.stderr
    assert [(s.id, s.file) for s in load_catalog(seeds).sources] == [("nepal-tip-2021", "nepal.txt")]
    assert (seeds / "nepal.txt").read_bytes() == (NARRATIVES / "nepal-2021.txt").read_bytes()
    assert "already catalogued as 'nepal-tip-2021'" in _one_error(_run(tmp_path, "add", "seeds/nepal.txt"))
