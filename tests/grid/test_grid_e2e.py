"""Two synthetic countries built by `tipbrief build` (each briefing holds its own country only), then the
same grid on a real `dask scheduler` with two `dask worker` processes: byte-identical outputs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cli_in_process
import nbformat
import pandas as pd
import pytest
from snapshots import snapshot
from synthetic import NORDHAVEN, VELORIA, foreign_words, make_project

pytestmark = pytest.mark.slow
COUNTRIES = [VELORIA, NORDHAVEN]
EPOCH = "1767225600"


def cli(root: Path, *args: str, timeout: float = 1200) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIPBRIEF_ROOT": str(root), "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.run([sys.executable, "-m", "tipbrief.cli", *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("countries") / "project", COUNTRIES)
    proc = cli(root, "build", "--engine", "builtin", "--jobs", "2", "-p", "year_from=2019")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return root


def test_one_briefing_per_country_and_an_index(built: Path):
    site = built / "_build" / "site"
    for c in COUNTRIES:
        folder = site / c.name.lower()
        names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
        assert names == sorted(["build.json", f"{c.name.lower()}-tip-briefing.html",
                                f"{c.name.lower()}-tip-briefing.pdf", "indicators.csv",
                                "indicators.dictionary.md"])
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "veloria/veloria-tip-briefing.html" in index and "nordhaven/nordhaven-tip-briefing.pdf" in index
    # beside its files, each briefing's tier (with the report that gives it) and the latest year a figure is for
    row = index[index.index("<td>Veloria</td>"):].split("</tr>")[0]
    assert "<td>Tier 2 (2022 report)</td><td>2021</td>" in row, row


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c.name)
def test_every_part_holds_its_own_country_only(built: Path, country):
    folder = built / "_build" / "site" / country.name.lower()
    html = (folder / f"{country.name.lower()}-tip-briefing.html").read_text(encoding="utf-8")
    assert foreign_words(country, html, COUNTRIES) == []
    assert html.count(country.name) > 5
    table = pd.read_csv(folder / "indicators.csv")
    assert set(table["country"]) == {country.name}
    assert country.currency in set(table["unit"])  # funding in the country's own currency, from its data
    parts = built / "_build" / "countries" / country.name.lower() / "_build" / "briefing"
    for name in ("cite.md", "catalog.md", "appendix.md", "status.md", "metadata.yml", "sources.json"):
        assert foreign_words(country, (parts / name).read_text(encoding="utf-8"), COUNTRIES) == [], name
    cite = (parts / "cite.md").read_text(encoding="utf-8").replace("\\", "")  # markdown escapes
    assert f"{country.name}: Trafficking in Persons Briefing" in cite
    for nb in (built / "_build" / "countries" / country.name.lower() / "_build" / "notebooks").glob("*.ipynb"):
        cells = nbformat.read(nb, as_version=4).cells
        injected = [c.source for c in cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and f'country = "{country.name}"' in injected[0], nb.name  # passed by the build
        assert foreign_words(country, nb.read_text(encoding="utf-8"), COUNTRIES) == [], nb.name


def in_process(root: Path, *args: str) -> subprocess.CompletedProcess:
    """``tipbrief ARGS`` through the CLI's ``main`` in this process (the ``built`` fixture and the grid run the
    command itself)."""
    return cli_in_process.run(args, cwd=root, env={"TIPBRIEF_ROOT": str(root), "SOURCE_DATE_EPOCH": EPOCH})


def test_rebuild_of_one_country_reuses_everything(built: Path):
    proc = in_process(built, "build", "--engine", "builtin", "--country", "veloria", "-p", "year_from=2019")
    assert proc.returncode == 0, proc.stderr
    assert "Veloria: briefing" in proc.stdout and "unchanged, nothing re-rendered" in proc.stdout
    assert "index of 2 briefing(s)" in proc.stdout  # the index lists Nordhaven too, built before


def _start(args: list[str], log: Path) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)


def test_grid_on_a_dask_scheduler_with_two_workers_is_byte_identical(built: Path, tmp_path: Path):
    """Worker w0 is killed (with its build and kernels) once it has started the task: the task is rerun on w1,
    and every file equals the local build's. One combination is the smallest grid that shows it: a real task on
    a real scheduler, moved from a dead worker to a live one (combinations of several countries and parameters
    are test_grid_countries.py's; the per-country builds are the ``built`` fixture's)."""
    dask = str(Path(sys.executable).with_name("dask"))
    scheduler_file = tmp_path / "scheduler.json"
    scratch = tmp_path / "scratch"
    os.environ["TIPBRIEF_SCRATCH"] = str(scratch)  # inherited by the worker processes
    # own sessions (w0 is killed with its group); should pytest itself be killed, the scheduler closes after
    # 5 idle minutes and the workers 60 s after losing it, so no process outlives the run for long
    procs = [_start([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0",
                     "--idle-timeout", "300", "--scheduler-file", str(scheduler_file)], tmp_path / "scheduler.log")]

    def worker(k: int) -> subprocess.Popen:
        return _start([dask, "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1", "--no-nanny",
                       "--death-timeout", "60", "--no-dashboard", "--name", f"w{k}"], tmp_path / f"worker{k}.log")

    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert scheduler_file.is_file(), (tmp_path / "scheduler.log").read_text()
        procs.append(worker(0))
        import json

        address = json.loads(scheduler_file.read_text())["address"]
        (built / "grid.yml").write_text("country: [Veloria]\nyear_from: [2019]\n", encoding="utf-8")
        env = {**os.environ, "TIPBRIEF_ROOT": str(built), "SOURCE_DATE_EPOCH": EPOCH}
        client = subprocess.Popen([sys.executable, "-m", "tipbrief.cli", "build", "--grid", "grid.yml", "--engine",
                                   "builtin", "--jobs", "2", "--scheduler", address], cwd=built, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while not any(scratch.glob("*/*/_build")) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert any(scratch.glob("*/*/_build")), "worker w0 never started a task"
        os.killpg(procs[1].pid, signal.SIGSTOP)  # w0 holds the task, frozen: no CPU spent on work that will be lost
        procs.append(worker(1))
        deadline = time.monotonic() + 120
        while "Registered to" not in (tmp_path / "worker1.log").read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "Registered to" in (tmp_path / "worker1.log").read_text(), "worker w1 never joined the scheduler"
        os.killpg(procs[1].pid, signal.SIGKILL)  # w0 and its build die mid-task (SIGKILL ends a stopped process too)
        out, err = client.communicate(timeout=1800)
        assert client.returncode == 0, err[-3000:]
        assert "1 of 1 briefing(s) built" in out
        local = built / "_build" / "site" / "veloria"
        grid = built / "_build" / "grid" / "veloria__year_from-2019"
        assert sorted(p.name for p in grid.iterdir()) == sorted(p.name for p in local.iterdir())
        for f in local.iterdir():
            assert (grid / f.name).read_bytes() == f.read_bytes(), f.name
        assert not list((built / "_build" / "grid").glob(".*"))  # no staging folder left
        record = json.loads((built / "_build" / "grid" / "grid.json").read_text(encoding="utf-8"))
        assert {t["worker"] for t in record["tasks"].values()} == {"w1"}  # w0 died before finishing any
        assert "veloria__year_from-2019/veloria-tip-briefing.html" in (
            built / "_build" / "grid" / "index.html").read_text(encoding="utf-8")
    finally:
        os.environ.pop("TIPBRIEF_SCRATCH", None)
        for p in reversed(procs):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)



def test_editions_per_country(built: Path):
    proc = in_process(built, "publish", "--engine", "builtin", "--version", "0.1.0", "--country", "Veloria",
               "-p", "year_from=2019", "--note", "First Velorian edition.")
    assert proc.returncode == 0, proc.stderr[-2000:]
    editions = built / "editions"
    assert sorted(p.name for p in editions.iterdir()) == ["index.html", "veloria"]
    veloria = editions / "veloria"
    assert sorted(p.name for p in veloria.iterdir()) == ["0.1.0", "CHANGELOG.md", "index.html"]
    assert (veloria / "0.1.0" / "veloria-tip-briefing-0.1.0.pdf").is_file()
    assert "First Velorian edition." in (veloria / "CHANGELOG.md").read_text(encoding="utf-8")
    before = snapshot(veloria)

    proc = in_process(built, "publish", "--engine", "builtin", "--version", "0.3.0", "--country", "Nordhaven",
               "-p", "year_from=2019")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert snapshot(veloria) == before  # publishing one country never touches another's editions
    top = (editions / "index.html").read_text(encoding="utf-8")
    assert "veloria/0.1.0/veloria-tip-briefing-0.1.0.html" in top and "nordhaven/index.html" in top

    everything = snapshot(editions)
    proc = in_process(built, "publish", "--engine", "builtin", "--bump", "patch", "-p", "year_from=2019")
    assert proc.returncode == 0, proc.stderr[-2000:]  # nothing changed: nothing published, nothing written
    assert proc.stdout.splitlines() == ["Nordhaven: nothing changed since edition 0.3.0: no new edition published",
                                        "Veloria: nothing changed since edition 0.1.0: no new edition published"]
    assert snapshot(editions) == everything
    config = built / "_quarto.yml"  # a change in the briefing's sources: each country bumps on its own line
    config.write_text(config.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    proc = in_process(built, "publish", "--engine", "builtin", "--bump", "patch", "-p", "year_from=2019")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Veloria: published edition 0.1.1" in proc.stdout and "Nordhaven: published edition 0.3.1" in proc.stdout
    for c in COUNTRIES:
        html = next((editions / c.name.lower()).glob("*/*.html")).read_text(encoding="utf-8")
        assert foreign_words(c, html, COUNTRIES) == []
