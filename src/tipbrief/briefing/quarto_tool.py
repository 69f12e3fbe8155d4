"""Quarto, the optional publishing engine: where it is, its version, and running ``quarto render``."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

from tipbrief.errors import BuildError, ToolNotAvailableError

MIN_VERSION = (1, 8)


class QuartoNotAvailableError(ToolNotAvailableError):
    """The quarto command is missing or older than MIN_VERSION."""


def _need() -> str:
    return f"quarto >= {'.'.join(map(str, MIN_VERSION))} on PATH (https://quarto.org/docs/get-started/)"


def quarto_path() -> Path | None:
    """The ``quarto`` command on PATH, or None."""
    found = shutil.which("quarto")
    return Path(found) if found else None


@cache
def quarto_version() -> str:
    """Quarto's version, e.g. '1.10.18'; refuses a missing or too old Quarto."""
    path = quarto_path()
    if path is None:
        raise QuartoNotAvailableError(f"quarto not found: need {_need()}")
    out = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=False).stdout.strip()
    try:
        numbers = tuple(int(p) for p in out.split(".")[:2])
    except ValueError:
        raise QuartoNotAvailableError(f"cannot read quarto's version ({out!r}): need {_need()}") from None
    if numbers < MIN_VERSION:
        raise QuartoNotAvailableError(f"quarto {out} is too old: need {_need()}")
    return out


def run_quarto(args: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> None:
    """Run ``quarto <args>``; a failure becomes one BuildError line (the evidence filter's message if any)."""
    from tipbrief.briefing.pandoc_tool import ERROR_MARK

    quarto_version()
    proc = subprocess.run([str(quarto_path()), *args], cwd=cwd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        text = proc.stderr + proc.stdout
        for line in text.splitlines():
            if ERROR_MARK in line:
                raise BuildError(line.split(ERROR_MARK, 1)[1].strip())
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        last = lines[-1] if lines else f"exit {proc.returncode}"
        raise BuildError(f"quarto {quarto_version()} render failed: {last}")
