"""Fixtures for the briefing tests: executed fixture notebooks (one kernel run per worker) and tmp projects."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import briefing_fixture  # noqa: E402


@pytest.fixture(scope="session")
def fixture_notebooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Theme notebooks executed once by a real kernel (nbclient)."""
    out = tmp_path_factory.mktemp("notebooks") / "notebooks"
    briefing_fixture.executed_notebooks(out)
    return out


@pytest.fixture
def project(tmp_path: Path, fixture_notebooks: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh fixture project (briefing sources, seeds, table, executed notebooks) in tmp_path."""
    root = tmp_path / "project"
    root.mkdir()
    briefing_fixture.make_project(root, notebooks_from=fixture_notebooks)
    monkeypatch.setenv("TIPBRIEF_ROOT", str(root))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return root
