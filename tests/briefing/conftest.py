"""Fixtures for the briefing tests: executed fixture notebooks (one kernel run per test run), the fixture project
built once by the builtin engine (shared by both workers), and tmp projects."""

from __future__ import annotations

import shutil
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


@pytest.fixture(scope="session")
def fixture_built(shared_build: Callable[[str, Callable[[Path], None]], Path], fixture_notebooks: Path) -> Path:
    """The fixture project after one ``build_briefing(engine="builtin")`` (no pipeline: its _build/ is prepared):
    _build/site/ holds the HTML, PDF, CSV and build.json, _build/render-builtin/ the Typst source. Built once per
    test run for both workers and read only: test_builtin_render.py reads it, test_parity.py and test_quarto.py
    take copies (``built_project``). Mutating tests copy it; never render into it."""

    def make(root: Path) -> None:
        from briefing_helpers import no_pipeline

        from tipbrief.briefing.pipeline import build_briefing

        briefing_fixture.make_project(root, notebooks_from=fixture_notebooks)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("TIPBRIEF_ROOT", str(root))
            mp.setenv("SOURCE_DATE_EPOCH", "1767225600")
            build_briefing(root, engine="builtin", pipeline=no_pipeline)

    return shared_build("fixture-built", make)


@pytest.fixture
def built_project(tmp_path: Path, fixture_built: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of ``fixture_built`` in tmp_path (its builtin site and build record kept, so a rebuild with
    nothing changed is a no-op): for tests that need a previous build and then change the project."""
    root = tmp_path / "project"
    shutil.copytree(fixture_built, root, symlinks=True)
    monkeypatch.setenv("TIPBRIEF_ROOT", str(root))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    return root
