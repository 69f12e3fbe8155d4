"""Done-when of issue 10: a seeds folder started empty, one TIP narrative of another country added with
`sources add FILE` alone, gives that country's complete briefing from `tipbrief build` (no Tajik word)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import cli_in_process
import pandas as pd
import pytest
from synthetic import FOREIGN, REPO, without_images

pytestmark = pytest.mark.slow
NARRATIVE = REPO / "tests" / "sources" / "narratives" / "cote-d-ivoire-2022.txt"


def test_new_country_from_an_empty_catalog(tmp_path: Path):
    root = tmp_path / "project"
    root.mkdir()
    for name in ("notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.py"))
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    env = {k: v for k, v in os.environ.items() if k != "TIPBRIEF_ROOT"} | {"SOURCE_DATE_EPOCH": "1767225600"}

    def tipbrief(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tipbrief.cli", *args], cwd=root, env=env, capture_output=True,
                              text=True, timeout=1200, check=False)

    def in_process(*args: str) -> subprocess.CompletedProcess:  # the quick commands: no interpreter start
        return cli_in_process.run(args, cwd=root, env={"SOURCE_DATE_EPOCH": "1767225600"}, unset=["TIPBRIEF_ROOT"])

    for run, args in ((in_process, ("sources", "init")), (in_process, ("sources", "add", str(NARRATIVE))),
                      (tipbrief, ("build", "--engine", "builtin"))):
        proc = run(*args)
        assert proc.returncode == 0, (args, proc.stderr[-2000:])
    site = root / "_build" / "site" / "cote-d-ivoire"
    html = without_images((site / "cote-d-ivoire-tip-briefing.html").read_text(encoding="utf-8"))
    assert "Côte d’Ivoire" in html or "Côte d'Ivoire" in html or "Côte d&#39;Ivoire" in html
    assert [w for w in FOREIGN if w.casefold() in html.casefold()] == []
    assert (site / "cote-d-ivoire-tip-briefing.pdf").stat().st_size > 10_000
    assert set(pd.read_csv(site / "indicators.csv")["country"]) == {"Côte d'Ivoire"}
    assert "cote-d-ivoire/cote-d-ivoire-tip-briefing.html" in (root / "_build" / "site" / "index.html").read_text(
        encoding="utf-8")
