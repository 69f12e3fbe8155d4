"""Engine registry and tool checks (fast)."""

from __future__ import annotations

import shutil

import pytest

from tipbrief.briefing import quarto_tool
from tipbrief.briefing.engines import ENGINES, choose_engine
from tipbrief.briefing.pandoc_tool import pandoc_version
from tipbrief.briefing.typst_tool import typst_version
from tipbrief.errors import ParameterError


def test_registry_and_auto(monkeypatch):
    assert set(ENGINES) == {"builtin", "quarto"}
    assert choose_engine("builtin").name == "builtin"
    monkeypatch.setattr(quarto_tool.shutil, "which", lambda name: None)
    assert choose_engine("auto").name == "builtin"
    with pytest.raises(ParameterError, match="--engine 'latex'"):
        choose_engine("latex")


def test_tool_versions():
    assert tuple(int(p) for p in pandoc_version().split(".")[:2]) >= (3, 1)
    assert tuple(int(p) for p in typst_version().split(".")[:2]) >= (0, 13)


@pytest.mark.skipif(shutil.which("quarto") is not None, reason="quarto is installed here")
def test_missing_quarto_is_one_line_naming_the_tool():
    from tipbrief.briefing.quarto_tool import QuartoNotAvailableError, quarto_version

    quarto_version.cache_clear()
    with pytest.raises(QuartoNotAvailableError, match=r"^quarto not found: need quarto >= 1\.8 on PATH"):
        quarto_version()
