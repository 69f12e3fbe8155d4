"""A tiny project for the fault matrix: one source, two theme notebooks that can be told to sleep, a published
edition and a previous build; helpers to run the CLI in process and to prove nothing was lost."""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

from tipbrief import cli

TIPBRIEF = Path(sys.executable).with_name("tipbrief")
SOURCE = """PROSECUTION
In 2020, the government investigated 12 trafficking cases and convicted 5 traffickers.
PROTECTION
The government identified 40 victims in 2020.
"""
ENTRY = """  - id: test-2021
    file: report.txt
    title: Test report
    publisher: Test
    kind: government report
    country: Testland
    year: 2021
    period: {start: 2020, end: 2020}
    reporting_year: 2020
    licence: test
    attribution: test
    reliability: test
"""
PARAMS = ('country = "Testland"\nseeds_dir = ""\ntable_path = ""\nyear_from = 2015\nyear_to = 2025\n'
          'output_dir = ""\nsleep = 0.0\n')


def notebook(path: Path, *cells: str) -> None:
    """A theme notebook: the common parameters (plus ``sleep``), then ``cells``."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(PARAMS)
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))


def make_tiny(root: Path) -> Path:
    """seeds/ (one source), notebooks/ (alpha, beta: sleep, then print), editions/0.1.0 (a published edition),
    _build/ (indicator table of the source, a previous site and executed notebooks)."""
    from tipbrief.indicators.extract import extract_corpus
    from tipbrief.indicators.table import write_table

    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "report.txt").write_text(SOURCE, encoding="utf-8")
    (root / "seeds" / "catalog.yml").write_text("# provenance of the sources\nsources:\n" + ENTRY, encoding="utf-8")
    (root / "notebooks").mkdir()
    for theme in ("alpha", "beta"):
        notebook(root / "notebooks" / f"{theme}.ipynb", "import time\ntime.sleep(sleep)", f"print('{theme} done')")
    edition = root / "editions" / "0.1.0"
    edition.mkdir(parents=True)
    (edition / "manifest.json").write_text(json.dumps({"version": "0.1.0", "digest": "f" * 64, "date": "2026-01-01",
                                                       "files": {"indicators.csv": "0" * 64}}) + "\n")
    (root / "editions" / "CHANGELOG.md").write_text("# Changelog of published editions\n")
    (root / "editions" / "index.html").write_text("<html>editions</html>\n")
    write_table(extract_corpus(root / "seeds"), root / "_build" / "data" / "indicators.csv")
    shutil.copyfile(root / "_build" / "data" / "indicators.csv", edition / "indicators.csv")
    site = root / "_build" / "site"
    site.mkdir(parents=True)
    (site / "build.json").write_text('{"version": "0.1.1-draft+0"}\n')
    (site / "testland-tip-briefing.html").write_text("<html>previous build</html>\n")
    (root / "_build" / "notebooks").mkdir()
    for theme in ("alpha", "beta"):
        (root / "_build" / "notebooks" / f"{theme}.ipynb").write_text(f"previous good output of {theme}\n")
    return root


@pytest.fixture(scope="session")
def tiny_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tiny(tmp_path_factory.mktemp("template") / "tiny")


@pytest.fixture
def tiny(tmp_path: Path, tiny_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the tiny project, the current folder, no TIPBRIEF_ROOT."""
    root = tmp_path / "tiny"
    shutil.copytree(tiny_template, root, symlinks=True)
    monkeypatch.delenv("TIPBRIEF_ROOT", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("TIPBRIEF_MAX_SOURCE_MB", raising=False)
    monkeypatch.chdir(root)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under seeds/, editions/ and _build/ (the lock file records its last holder: left out)."""
    found = {}
    for part in ("seeds", "editions", "_build"):
        for path in sorted((root / part).rglob("*")):
            if path.is_file() and path.relative_to(root).as_posix() != "_build/.lock":
                with open(path, "rb") as fh:  # not Path.read_bytes, which a case may have made fail
                    found[path.relative_to(root).as_posix()] = fh.read()
    return found


def staging_left(root: Path) -> list[str]:
    """Staging folders (``.*.tmp``) anywhere in the project."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob(".*.tmp"))


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.strip().splitlines()


def run_cli(capsys: pytest.CaptureFixture, *args: str) -> Outcome:
    """``tipbrief ARGS`` in this process."""
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


def assert_one_line(outcome: Outcome, code: int, *fragments: str) -> str:
    """Exit ``code``, exactly one line on stderr naming every fragment, no traceback."""
    assert outcome.code == code, (outcome.code, outcome.err)
    assert len(outcome.lines) == 1, outcome.err
    line = outcome.lines[0]
    assert line.startswith("tipbrief"), line
    assert "Traceback" not in outcome.err
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def env_without_root(**extra: str) -> dict[str, str]:
    """The environment for a child ``tipbrief``: no TIPBRIEF_ROOT, wide output."""
    env = {k: v for k, v in os.environ.items() if k not in ("TIPBRIEF_ROOT", "SOURCE_DATE_EPOCH")}
    return {**env, "COLUMNS": "200", **extra}
