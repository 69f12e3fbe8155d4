"""The registry of render engines: each turns a prepared project into HTML and PDF (papermill's engines idiom)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tipbrief.briefing import quarto_tool
from tipbrief.errors import ParameterError

ENGINE_CHOICES = ("auto", "quarto", "builtin")


@dataclass(frozen=True)
class Engine:
    """A way to render the project: ``render(root, html, pdf, work, timestamp=…)`` and its tools' versions."""

    name: str
    render: Callable[..., None]
    versions: Callable[[], dict[str, str]]
    available: Callable[[], bool]


def _render_builtin(*args: object, **kwargs: object) -> None:
    from tipbrief.briefing.builtin import render_builtin

    render_builtin(*args, **kwargs)


def _versions_builtin() -> dict[str, str]:
    from tipbrief.briefing.builtin import versions

    return versions()


def _render_quarto(*args: object, **kwargs: object) -> None:
    from tipbrief.briefing.quarto import render_quarto

    render_quarto(*args, **kwargs)


def _versions_quarto() -> dict[str, str]:
    from tipbrief.briefing.quarto import versions

    return versions()


ENGINES: dict[str, Engine] = {
    "builtin": Engine("builtin", _render_builtin, _versions_builtin, lambda: True),
    "quarto": Engine("quarto", _render_quarto, _versions_quarto, lambda: quarto_tool.quarto_path() is not None),
}


def choose_engine(name: str = "auto") -> Engine:
    """The engine called ``name``; ``auto`` is Quarto when ``quarto`` is on PATH, else builtin."""
    if name == "auto":
        return ENGINES["quarto"] if ENGINES["quarto"].available() else ENGINES["builtin"]
    if name not in ENGINES:
        raise ParameterError(f"--engine {name!r}: expected one of {', '.join(ENGINE_CHOICES)}")
    return ENGINES[name]
