"""Foundation modules: atomic writes, project root resolution, CLI surface."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tipbrief import atomic, paths

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


def test_atomic_path_swaps_folders(tmp_path: Path) -> None:
    target = tmp_path / "edition"
    target.mkdir()
    (target / "old.txt").write_text("old")
    with atomic.atomic_path(target) as tmp:
        tmp.mkdir()
        (tmp / "new.txt").write_text("new")
    assert sorted(p.name for p in target.iterdir()) == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edition"]


def test_project_root_found_from_a_subfolder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIPBRIEF_ROOT", raising=False)
    assert paths.project_root(ROOT / "notebooks") == ROOT
    monkeypatch.chdir(ROOT / "notebooks")
    assert paths.resolve_seeds("") == ROOT / "seeds"


def test_project_root_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPBRIEF_ROOT", str(tmp_path))
    assert paths.build_dir() == tmp_path / "_build"


def test_cli_help_lists_subcommands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tipbrief.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("sources", "extract", "run", "build", "publish"):
        assert command in out
