"""The fault matrix, in process: bad input and faults each end in one line naming what is wrong, a non-zero exit,
and every file under seeds/, editions/ and _build/ byte-identical, with no staging folder left behind."""

from __future__ import annotations

import errno
import os
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .conftest import ENTRY, assert_one_line, run_cli, snapshot, staging_left


@dataclass
class Case:
    id: str
    args: list[str]
    code: int
    fragments: tuple[str, ...]
    setup: Callable[[Path, pytest.MonkeyPatch], None] | None = None
    env: dict[str, str] = field(default_factory=dict)


def _catalog(text: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(root: Path, mp: pytest.MonkeyPatch) -> None:
        (root / "seeds" / "catalog.yml").write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return setup


def _empty_catalog(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "seeds" / "report.txt").unlink()
    (root / "seeds" / "catalog.yml").write_text("# provenance of the sources\nsources: []\n", encoding="utf-8")


def _latin1_catalog(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "seeds" / "catalog.yml").write_bytes(b"sources:\n" + ENTRY.replace("Test report", "Rapport \xe9t\xe9")
                                                 .encode("latin-1"))


def _unreadable(name: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    """Reading ``seeds/<name>`` fails with EACCES (tests run as root, where chmod 000 does not stop a read)."""
    def setup(root: Path, mp: pytest.MonkeyPatch) -> None:
        real = pathlib.Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == name and self.parent.name == "seeds":
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real(self)
        mp.setattr(pathlib.Path, "read_bytes", read_bytes)
    return setup


def _disk_full(root: Path, mp: pytest.MonkeyPatch) -> None:
    """Writing any staged file fails with ENOSPC, as on a full disk."""
    real = pathlib.Path.write_text

    def write_text(self: Path, *a: object, **kw: object) -> int:
        if any(p.name.endswith(".tmp") for p in self.parents):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, *a, **kw)
    mp.setattr(pathlib.Path, "write_text", write_text)


def _outside(root: Path, mp: pytest.MonkeyPatch) -> None:
    elsewhere = root.parent / "not-a-project"
    elsewhere.mkdir()
    mp.chdir(elsewhere)


def _root_env_elsewhere(root: Path, mp: pytest.MonkeyPatch) -> None:
    elsewhere = root.parent / "not-a-project"
    elsewhere.mkdir()
    mp.setenv("TIPBRIEF_ROOT", str(elsewhere))


def _empty_notebooks(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "empty-notebooks").mkdir()


def _json_twin_is_a_folder(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "_build" / "out.json").mkdir()


def _link_to_editions(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "link.csv").symlink_to(root / "editions", target_is_directory=True)


def _not_an_edition(root: Path, mp: pytest.MonkeyPatch) -> None:
    (root / "editions" / "testland" / "0.2.0").mkdir()
    (root / "editions" / "testland" / "0.2.0" / "notes.txt").write_text("mine\n")


def _big_source(root: Path, mp: pytest.MonkeyPatch) -> None:
    mp.setenv("TIPBRIEF_MAX_SOURCE_MB", "0.0001")


def _bug(root: Path, mp: pytest.MonkeyPatch) -> None:
    import tipbrief.indicators.extract as extract

    def broken(*a: object, **kw: object) -> None:
        raise RuntimeError("a bug\nspread over lines")
    mp.setattr(extract, "extract_rows", broken)


def _ctrl_c(root: Path, mp: pytest.MonkeyPatch) -> None:
    import tipbrief.indicators.extract as extract

    def interrupted(*a: object, **kw: object) -> None:
        raise KeyboardInterrupt
    mp.setattr(extract, "extract_rows", interrupted)


def _ctrl_c_wrapped(root: Path, mp: pytest.MonkeyPatch) -> None:
    """Ctrl-C while Python runs a class body's ``__set_name__`` (a dataclass field, at import) comes out as a
    RuntimeError whose cause is the interrupt (seen at 0.25 s in test_processes' interrupt test)."""
    import tipbrief.indicators.extract as extract

    def interrupted(*a: object, **kw: object) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance 'para' in 'Sentence'") from exc
    mp.setattr(extract, "extract_rows", interrupted)


ADD = ["sources", "add", "seeds/report.txt", "--title", "T", "--publisher", "P", "--kind", "government report",
       "--country", "Testland", "--year", "2021"]

CASES = [
    # 1. never delete what the tool did not make
    Case("extract-out-editions", ["extract", "--out", "editions"], 2, ("--out editions", "existing folder")),
    Case("extract-out-seeds", ["extract", "--out", "seeds"], 2, ("--out seeds", "existing folder")),
    Case("extract-out-build", ["extract", "--out", "_build"], 2, ("--out _build", "existing folder")),
    Case("extract-out-home", ["extract", "--out", "."], 2, ("existing folder",)),
    Case("extract-out-in-seeds", ["extract", "--out", "seeds/table.csv"], 2, ("seeds", "never writes to")),
    Case("extract-out-in-editions", ["extract", "--out", "editions/testland/0.1.0/indicators.csv"], 2,
         ("editions", "never writes to")),
    Case("extract-out-link-to-folder", ["extract", "--out", "link.csv"], 2, ("link.csv", "existing folder"),
         _link_to_editions),
    Case("extract-out-json-twin-folder", ["extract", "--out", "_build/out.csv"], 2, ("JSON twin", "existing folder"),
         _json_twin_is_a_folder),
    Case("extract-out-under-a-file", ["extract", "--out", "seeds/../_build/data/indicators.csv/x.csv"], 2,
         ("cannot be created", "is a file")),
    Case("extract-out-impossible", ["extract", "--out", "/dev/null/x.csv"], 2, ("/dev/null", "is a file")),
    # 4. project discovery
    Case("outside-extract", ["extract"], 2, ("not inside a tipbrief project", "TIPBRIEF_ROOT"), _outside),
    Case("outside-run", ["run"], 2, ("not inside a tipbrief project", "TIPBRIEF_ROOT"), _outside),
    Case("outside-build", ["build"], 2, ("not inside a tipbrief project",), _outside),
    Case("outside-publish", ["publish", "--version", "1.0.0"], 2, ("not inside a tipbrief project",), _outside),
    Case("outside-sources-list", ["sources", "list"], 2, ("not inside a tipbrief project",), _outside),
    Case("root-env-not-a-project", ["build"], 2, ("TIPBRIEF_ROOT=", "not a tipbrief project"), _root_env_elsewhere),
    # 6. one line for bad input
    Case("catalog-not-utf8", ["extract"], 2, ("catalog.yml", "not valid UTF-8", "0xe9"), _latin1_catalog),
    Case("catalog-not-utf8-build", ["build"], 2, ("catalog.yml", "not valid UTF-8"), _latin1_catalog),
    Case("catalog-broken-yaml", ["run"], 2, ("catalog.yml", "invalid YAML"), _catalog("sources: [\n")),
    Case("catalog-unreadable", ["extract"], 2, ("catalog.yml", "Permission denied"), _unreadable("catalog.yml")),
    Case("source-unreadable", ["extract"], 2, ("report.txt", "cannot read", "Permission denied"),
         _unreadable("report.txt")),
    Case("empty-catalog-build", ["build"], 2, ("catalog.yml", "lists no sources", "nothing to build"), _empty_catalog),
    Case("empty-catalog-publish", ["publish", "--bump", "patch"], 2, ("lists no sources",), _empty_catalog),
    Case("empty-catalog-run", ["run"], 2, ("lists no sources", "nothing to run"), _empty_catalog),
    Case("empty-catalog-extract", ["extract"], 2, ("lists no sources", "nothing to extract"), _empty_catalog),
    Case("sources-add-period-abc", [*ADD, "--period", "abc"], 2, ("--period 'abc'",)),
    Case("epoch-not-a-number", ["build"], 2, ("SOURCE_DATE_EPOCH='abc'",), env={"SOURCE_DATE_EPOCH": "abc"}),
    Case("epoch-out-of-range", ["build"], 2, ("SOURCE_DATE_EPOCH=", "out of range"),
         env={"SOURCE_DATE_EPOCH": "99999999999999999999"}),
    Case("epoch-negative-publish", ["publish", "--version", "1.0.0"], 2, ("SOURCE_DATE_EPOCH='-5'", "out of range"),
         env={"SOURCE_DATE_EPOCH": "-5"}),
    Case("disk-full", ["extract"], 1, ("indicators.csv", "disk full", "previous version is intact"), _disk_full),
    # 5. limits
    Case("source-too-big", ["extract"], 2, ("report.txt", "over the 0.0001 MB limit", "TIPBRIEF_MAX_SOURCE_MB"),
         _big_source),
    Case("source-limit-not-a-number", ["extract"], 2, ("TIPBRIEF_MAX_SOURCE_MB='lots'",),
         env={"TIPBRIEF_MAX_SOURCE_MB": "lots"}),
    # run options
    Case("run-empty-notebooks-dir", ["run", "--notebooks", "empty-notebooks"], 2,
         ("empty-notebooks", "no notebooks"), _empty_notebooks),
    Case("run-missing-notebooks-dir", ["run", "--notebooks", "nowhere"], 2, ("nowhere", "not found")),
    Case("run-jobs-abc", ["run", "--jobs", "abc"], 2, ("--jobs", "invalid int value: 'abc'")),
    Case("run-jobs-zero", ["run", "--jobs", "0"], 2, ("--jobs must be at least 1",)),
    Case("run-cell-timeout-negative", ["run", "--cell-timeout", "-1"], 2, ("--cell-timeout", "0 or more seconds")),
    Case("run-unknown-theme", ["run", "--theme", "gamma"], 2, ("unknown theme 'gamma'", "alpha, beta")),
    Case("run-bad-param", ["run", "-p", "year_from=abc"], 2, ("year_from", "abc")),
    Case("run-unknown-param", ["run", "-p", "colour=red"], 2, ("unknown parameter 'colour'",)),
    Case("build-bad-param-yaml", ["build", "-p", "x=[1"], 2, ("-p 'x=[1'",)),
    Case("build-unknown-engine", ["build", "--engine", "word"], 2, ("--engine", "invalid choice")),
    Case("unknown-command", ["bake"], 2, ("invalid choice: 'bake'",)),
    # 2. editions
    Case("version-trailing-space", ["publish", "--version", "2.0.0 "], 2, ("--version '2.0.0 '", "no spaces")),
    Case("version-with-v", ["publish", "--version", "v1.0.0"], 2, ("--version 'v1.0.0'",)),
    Case("version-build-metadata", ["publish", "--version", "1.0.0+b1"], 2, ("--version '1.0.0+b1'",)),
    Case("version-existing-other-content", ["publish", "--version", "0.1.0"], 2,
         ("edition 0.1.0 already exists", "different content")),
    Case("version-not-after-last", ["publish", "--version", "0.0.9"], 2,
         ("must be greater than the last edition 0.1.0",)),
    Case("version-folder-not-an-edition", ["publish", "--version", "0.2.0"], 2,
         ("0.2.0 exists but is not an edition",), _not_an_edition),
    # 6. tracebacks only with --debug
    Case("unexpected-error", ["extract"], 1, ("unexpected RuntimeError: a bug spread over lines", "--debug"), _bug),
    Case("interrupt-during-extract", ["extract"], 130, ("interrupted (SIGINT)",), _ctrl_c),
    Case("interrupt-wrapped-by-python", ["extract"], 130, ("interrupted (SIGINT)",), _ctrl_c_wrapped),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fault(case: Case, tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    if case.setup:
        case.setup(tiny, monkeypatch)
    before = snapshot(tiny)
    outcome = run_cli(capsys, *case.args)
    assert_one_line(outcome, case.code, *case.fragments)
    monkeypatch.undo()  # the injected faults end before the files are compared
    assert snapshot(tiny) == before, "every existing file is byte-identical"
    assert not staging_left(tiny)


def test_debug_shows_the_traceback(tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _bug(tiny, monkeypatch)
    outcome = run_cli(capsys, "--debug", "extract")
    assert outcome.code == 1 and "Traceback" in outcome.err and "RuntimeError: a bug" in outcome.err


def test_run_shows_only_this_runs_notebooks(tiny: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture) -> None:
    """A record that lists an older notebook does not make `run --theme` print stale rows."""
    outcome = run_cli(capsys, "run", "--theme", "alpha", "--jobs", "1")
    assert outcome.code == 0, outcome.err
    assert "alpha" in outcome.out and "beta" not in outcome.out
    assert (tiny / "_build" / "notebooks" / "beta.ipynb").read_text() == "previous good output of beta\n"
