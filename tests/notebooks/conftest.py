"""Shared fixtures for the notebook, chart and runner tests: a hand-made table, never the repo's _build."""

from __future__ import annotations

import shutil
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
REPO = HERE.parents[1]
NOTEBOOKS = REPO / "notebooks"


@pytest.fixture
def table_csv() -> Path:
    """Hand-made indicator table with gaps, a conflict, stated zeros and hostile quote text."""
    return FIXTURES / "indicators.csv"


@pytest.fixture
def data(table_csv):
    from tipbrief.toolkit import analysis

    return analysis.load(table_csv, REPO / "seeds", "Tajikistan", 2000, 2030)


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of the repo's seeds (tests may change it)."""
    target = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", target)
    return target


@pytest.fixture
def tiny_notebooks(tmp_path) -> Path:
    """A notebooks folder with two quick fixture notebooks (a and b) that read the table."""
    folder = tmp_path / "notebooks"
    folder.mkdir()
    for name in ("a", "b"):
        shutil.copyfile(FIXTURES / "tiny.ipynb", folder / f"{name}.ipynb")
    return folder
