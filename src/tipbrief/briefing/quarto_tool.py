"""Quarto, the publishing engine: where it is, its version, and running ``quarto render`` with one-line errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

from tipbrief.errors import BuildError, ProjectError, ToolNotAvailableError
from tipbrief.paths import project_root

MIN_VERSION = (1, 8)
#: Where ``make quarto`` installs Quarto inside the project (git-ignored).
PROJECT_QUARTO = Path(".quarto-cli") / "bin" / "quarto"
#: Lines of Quarto's (or its pandoc's, Typst's, Lua filters') stderr that state the error.
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
ERROR_LINE = re.compile(r"^\s*(ERROR|Error|error)\b[:\s(]|^\s*\S*Error:|TIPBRIEF-ERROR:")


class QuartoNotAvailableError(ToolNotAvailableError):
    """The quarto command is missing or older than MIN_VERSION."""


def _need() -> str:
    return (f"quarto >= {'.'.join(map(str, MIN_VERSION))} (`make quarto`, https://quarto.org/docs/get-started/ "
            "or conda-forge `quarto`)")


def quarto_path() -> Path | None:
    """The quarto command: ``$QUARTO_PATH``, else the project's ``.quarto-cli/bin/quarto`` (``make quarto``),
    else ``quarto`` on PATH; None when there is none."""
    env = os.environ.get("QUARTO_PATH")
    if env:
        return Path(env) if Path(env).is_file() else None
    try:
        local = project_root() / PROJECT_QUARTO
    except ProjectError:  # not in a project: no project-local Quarto to prefer
        local = None
    if local is not None and local.is_file() and os.access(local, os.X_OK):
        return local
    found = shutil.which("quarto")
    return Path(found) if found else None


@cache
def _version_of(path: Path) -> str:
    try:
        proc = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=False, timeout=120)
    except OSError as exc:
        raise QuartoNotAvailableError(f"quarto at {path} cannot run ({exc.strerror}): need {_need()}") from None
    out = proc.stdout.strip()
    try:
        numbers = tuple(int(p) for p in out.split(".")[:2])
    except ValueError:
        raise QuartoNotAvailableError(f"cannot read quarto's version at {path} ({out!r}): need {_need()}") from None
    if numbers < MIN_VERSION:
        raise QuartoNotAvailableError(f"quarto {out} at {path} is too old: need {_need()}")
    return out


def quarto_version() -> str:
    """Quarto's version, e.g. '1.10.18'; refuses a missing or too old Quarto."""
    path = quarto_path()
    if path is None:
        raise QuartoNotAvailableError(f"quarto not found: need {_need()}")
    return _version_of(path)


def first_error(text: str) -> str | None:
    """The first line of Quarto's output that states an error (the evidence filter's message without its mark)."""
    from tipbrief.briefing.pandoc_tool import ERROR_MARK

    text = ANSI.sub("", text)
    for line in text.splitlines():
        if ERROR_MARK in line:
            return line.split(ERROR_MARK, 1)[1].strip()
    for line in text.splitlines():
        if ERROR_LINE.search(line):
            return line.strip()
    return None


def run_quarto(args: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> None:
    """Run ``quarto <args>``; a failure becomes one BuildError line: tool, version and the first error line."""
    version = quarto_version()
    path = quarto_path()
    proc = subprocess.run([str(path), *args], cwd=cwd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        text = ANSI.sub("", proc.stderr + "\n" + proc.stdout)
        line = first_error(text)
        if line is None:
            lines = [line for line in text.splitlines() if line.strip()]
            line = lines[-1].strip() if lines else f"exit {proc.returncode}"
        raise BuildError(f"quarto {version} render failed: {line}")
