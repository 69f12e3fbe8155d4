"""``tipbrief ARGS`` through the CLI's ``main`` in this process, answered like ``subprocess.run``: bad input and
quick commands pay no interpreter start and imports (each command keeps one subprocess smoke test)."""

from __future__ import annotations

import contextlib
import io
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from tipbrief.cli import main


def run(args: Iterable[str], *, cwd: Path, env: Mapping[str, str] | None = None,
        unset: Iterable[str] = ()) -> subprocess.CompletedProcess:
    """Run ``tipbrief ARGS`` in ``cwd`` with ``env`` set and ``unset`` removed (both restored afterwards); its exit
    code, stdout and stderr as a CompletedProcess. An exception ``main`` lets through fails the test."""
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        for name in unset:
            mp.delenv(name, raising=False)
        for name, value in (env or {}).items():
            mp.setenv(name, value)
        mp.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    return subprocess.CompletedProcess(["tipbrief", *argv], code, out.getvalue(), err.getvalue())
