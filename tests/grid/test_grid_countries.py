"""Countries come from the catalog; bad input (unknown country, empty catalog, bad grid files, a scheduler
that does not answer) is one line and exit code 2 before any kernel starts."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
import yaml
from synthetic import NORDHAVEN, VELORIA, make_project

from tipbrief.briefing import grid
from tipbrief.briefing.countries import catalog_countries, prepare_country, resolve_countries
from tipbrief.briefing.grid import Combination, combinations, grid_parameters, load_grid
from tipbrief.cli import main
from tipbrief.errors import CatalogError, ParameterError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", [VELORIA, NORDHAVEN])


def test_countries_come_from_the_catalog(project: Path):
    assert [c.name for c in catalog_countries(project / "seeds")] == ["Nordhaven", "Veloria"]
    assert [c.slug for c in resolve_countries(project / "seeds", ["veloria"])] == ["veloria"]
    assert len(resolve_countries(project / "seeds", ["all"])) == 2
    with pytest.raises(ParameterError, match=r"unknown country 'Atlantis'.*known countries: Nordhaven, Veloria"):
        resolve_countries(project / "seeds", ["Atlantis"])


def test_empty_catalog_is_refused(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "catalog.yml").write_text("sources: []\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="no sources"):
        resolve_countries(tmp_path / "seeds", None)


def test_country_work_folder_holds_only_its_sources(project: Path):
    work, seeds = prepare_country(project, resolve_countries(project / "seeds", ["Veloria"])[0])
    assert work == project / "_build" / "countries" / "veloria"
    catalog = yaml.safe_load((seeds / "catalog.yml").read_text(encoding="utf-8"))
    assert {s["country"] for s in catalog["sources"]} == {"Veloria"}
    assert sorted(p.name for p in seeds.iterdir()) == ["catalog.yml", "veloria-tip-2021.txt", "veloria-tip-2022.txt"]
    assert (work / "notebooks").is_symlink() and (work / "briefs" / "briefing.qmd").is_file()


def in_process(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str) -> tuple:
    """``tipbrief ARGS`` through the CLI's ``main`` in this process: (exit code, stderr lines). Bad input is refused
    before any kernel starts, so the subprocess runs (test_grid_e2e.py, the scheduler test below) cover the rest."""
    monkeypatch.setenv("TIPBRIEF_ROOT", str(project))
    monkeypatch.chdir(project)
    capsys.readouterr()
    code = main(list(args))
    return code, capsys.readouterr().err.strip().splitlines()


def test_unknown_country_refused_before_any_kernel(project: Path, monkeypatch, capsys):
    code, lines = in_process(project, monkeypatch, capsys, "build", "--country", "Atlantis", "--engine", "builtin")
    assert code == 2
    assert len(lines) == 1 and "unknown country 'Atlantis'" in lines[0] and "Nordhaven, Veloria" in lines[0]
    assert not (project / "_build").exists()
    code, lines = in_process(project, monkeypatch, capsys, "build", "-p", "country=Atlantis", "--engine", "builtin")
    assert code == 2 and len(lines) == 1 and "unknown country 'Atlantis'" in lines[0]


def test_interrupting_a_build_of_several_countries_names_the_one_stopped_and_those_not_started(
        project: Path, monkeypatch, capsys):
    """The interrupt itself (kernels stopped, last good outputs kept) is the runner's and is tested with real
    processes in tests/faults; here, the one line of a build of several countries."""
    from tipbrief.briefing import countries
    from tipbrief.errors import Interrupted

    def stopped(root, country, **kwargs):
        raise Interrupted(2, "finished: legal; stopped: overview (last good output kept)")

    monkeypatch.setattr(countries, "build_country", stopped)
    code, lines = in_process(project, monkeypatch, capsys, "build", "--engine", "builtin")
    assert code == 130
    assert lines == ["tipbrief build: interrupted (SIGINT): Nordhaven: finished: legal; stopped: overview (last good "
                     "output kept); countries not started: Veloria"]


def test_grid_combinations_and_names(project: Path):
    allowed = grid_parameters(project / "notebooks")
    assert {"country", "year_from", "year_to"} <= allowed and "output_dir" not in allowed
    grid_file = project / "grid.yml"
    grid_file.write_text("country: [all]\nyear_from: [2015, 2020]\n", encoding="utf-8")
    combos = combinations(load_grid(grid_file, allowed), project / "seeds")
    assert [c.name for c in combos] == ["nordhaven__year_from-2015", "nordhaven__year_from-2020",
                                        "veloria__year_from-2015", "veloria__year_from-2020"]
    assert isinstance(combos[0], Combination) and combos[0].describe() == "country=Nordhaven year_from=2015"


@pytest.mark.parametrize(("text", "message"), [
    ("country: [all]\ncolour: [red]\n", "unknown parameter 'colour'"),
    ("country: [all]\nyear_from: []\n", "parameter 'year_from' has an empty list"),
    ("year_from: 2015\n", "parameter 'year_from' must be a list"),
    ("- 1\n", "expected a mapping"),
    ("country: [Atlantis]\n", "unknown country 'Atlantis'"),
])
def test_bad_grid_files(project: Path, text: str, message: str, monkeypatch, capsys):
    (project / "grid.yml").write_text(text, encoding="utf-8")
    code, lines = in_process(project, monkeypatch, capsys, "build", "--grid", "grid.yml", "--engine", "builtin")
    assert code == 2, lines
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("tipbrief build: error: "), lines
    assert not (project / "_build" / "grid").exists()


def test_scheduler_that_does_not_answer(project: Path, monkeypatch, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (project / "grid.yml").write_text("country: [Veloria]\n", encoding="utf-8")
    monkeypatch.setattr(grid, "CONNECT_TIMEOUT", 1)  # the message, not the wait, is under test
    started = time.monotonic()
    code, lines = in_process(project, monkeypatch, capsys, "build", "--grid", "grid.yml", "--engine", "builtin",
                             "--scheduler", f"tcp://127.0.0.1:{port}")
    assert time.monotonic() - started < 30  # the connect timeout plus Dask's imports on a busy machine
    assert code == 2
    lines = [line for line in lines if line.strip()]
    assert lines[-1].startswith("tipbrief build: error: --scheduler tcp://127.0.0.1:")
    assert "no Dask scheduler" in lines[-1]
    assert len(lines) == 1, lines
    assert not (project / "_build" / "grid").exists()
