"""Foundation modules: atomic writes, project root resolution, CLI surface."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tipbrief import atomic, paths
from tipbrief.errors import OutputError, ProjectError

ROOT = Path(__file__).resolve().parents[1]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    atomic.write_text(target, "one\n")
    atomic.write_text(target, "two\n")
    assert target.read_text() == "two\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_atomic_path_failure_keeps_previous_content(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("good\n")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("boom")
    assert target.read_text() == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_atomic_path_swaps_only_folders_it_wrote(tmp_path: Path) -> None:
    target = tmp_path / "edition"
    with atomic.atomic_path(target, folder=True) as tmp:
        tmp.mkdir()
        (tmp / "old.txt").write_text("old")
    with atomic.atomic_path(target, folder=True) as tmp:
        tmp.mkdir()
        (tmp / "new.txt").write_text("new")
    assert sorted(p.name for p in target.iterdir()) == [atomic.MARKER, "new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edition"]
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine")
    with pytest.raises(OutputError, match="did not write"), atomic.atomic_path(foreign, folder=True) as tmp:
        tmp.mkdir()
    with pytest.raises(OutputError, match="a file never replaces a folder"):
        atomic.write_text(foreign, "x")
    assert (foreign / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edition", "foreign"]


def test_project_root_found_from_a_subfolder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIPBRIEF_ROOT", raising=False)
    assert paths.project_root(ROOT / "notebooks") == ROOT
    monkeypatch.chdir(ROOT / "notebooks")
    assert paths.resolve_seeds("") == ROOT / "seeds"


def test_project_root_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "catalog.yml").write_text("sources: []\n")
    monkeypatch.setenv("TIPBRIEF_ROOT", str(tmp_path))
    assert paths.build_dir() == tmp_path / "_build"


def test_outside_a_project_nothing_falls_back_to_the_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIPBRIEF_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ProjectError, match="not inside a tipbrief project.*TIPBRIEF_ROOT"):
        paths.project_root()
    monkeypatch.setenv("TIPBRIEF_ROOT", str(tmp_path))
    with pytest.raises(ProjectError, match="TIPBRIEF_ROOT=.*not a tipbrief project"):
        paths.project_root()


def test_cli_help_lists_subcommands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tipbrief.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("sources", "extract", "run", "build", "publish"):
        assert command in out
