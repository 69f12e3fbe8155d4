"""Engine registry and tool checks (fast)."""

from __future__ import annotations

import pytest

from tipbrief.briefing import quarto_tool
from tipbrief.briefing.engines import ENGINES, choose_engine
from tipbrief.briefing.pandoc_tool import pandoc_version
from tipbrief.briefing.typst_tool import typst_version
from tipbrief.errors import ParameterError


def test_registry_and_auto(monkeypatch):
    assert set(ENGINES) == {"builtin", "quarto"}
    assert choose_engine("builtin").name == "builtin"
    monkeypatch.setattr(quarto_tool, "quarto_path", lambda: None)
    assert choose_engine("auto").name == "builtin"
    with pytest.raises(ParameterError, match="--engine 'latex'"):
        choose_engine("latex")


def test_tool_versions():
    assert tuple(int(p) for p in pandoc_version().split(".")[:2]) >= (3, 1)
    assert tuple(int(p) for p in typst_version().split(".")[:2]) >= (0, 13)


def test_missing_quarto_is_one_line_naming_the_tool(monkeypatch):
    from tipbrief.briefing.quarto_tool import QuartoNotAvailableError, quarto_version

    monkeypatch.setattr(quarto_tool, "quarto_path", lambda: None)
    with pytest.raises(QuartoNotAvailableError, match=r"^quarto not found: need quarto >= 1\.8 "):
        quarto_version()
