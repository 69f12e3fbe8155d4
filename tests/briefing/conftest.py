"""Fixtures for the briefing tests: executed fixture notebooks (one kernel run per test run) and tmp projects."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import briefing_fixture  # noqa: E402


@pytest.fixture(scope="session")
def fixture_notebooks(shared_build: Callable[[str, Callable[[Path], None]], Path]) -> Path:
    """Theme notebooks executed by a real kernel (nbclient) once per test run, for both workers (read only)."""
    return shared_build("fixture-notebooks", briefing_fixture.executed_notebooks)


@pytest.fixture
def project(tmp_path: Path, fixture_notebooks: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh fixture project (briefing sources, seeds, table, executed notebooks) in tmp_path."""
    root = tmp_path / "project"
    root.mkdir()
    briefing_fixture.make_project(root, notebooks_from=fixture_notebooks)
    monkeypatch.setenv("TIPBRIEF_ROOT", str(root))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return root
