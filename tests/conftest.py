"""What the suite shares, so that each expensive thing runs once per test run. Point new tests at these:

- a built briefing of the real seeds: ``real_project`` (session, below): extraction -> the six theme notebooks
  (papermill) -> builtin HTML + PDF -> a no-op rebuild -> runner reruns; read only. Used by
  tests/notebooks/test_execute.py and tests/briefing/test_pipeline_e2e.py; a new module that uses it must be
  added to REAL_MODULES (checked at collection), which run as one unit on one worker.
- a fixture briefing project: ``fixture_notebooks`` (tests/briefing/conftest.py, one kernel run per test run,
  shared by both workers) and ``project`` (a fresh tmp copy per test, with that _build/ ready to render);
  ``fixture_built`` (session, both workers): that project built once by the builtin engine (_build/site/ and its
  build.json), read by test_builtin_render.py (``site``; ``seen`` is what Chromium shows of it); test_parity.py
  renders Quarto in a copy of it (``sites``/``pages``), and ``built_project`` is a fresh copy per test for tests
  that need a previous build and then change the project (rebuilding the copy unchanged is a no-op).
- a built per-country site: ``built`` (module, tests/grid/test_grid_e2e.py): two synthetic countries
  (tests/grid/synthetic.py) built by ``tipbrief build``; the Dask grid run (scheduler + two workers) and the
  per-country editions are tests on it. Add checks of those outputs to that module rather than building again.
- ``shared_build(name, make)`` (session, below): ``make(folder)`` once per run for both xdist workers (a lock in
  the run's temp folder): the way to share a new expensive, read-only build across modules.
- ``snapshot(folder)`` (tests/snapshots.py): every file's bytes, for "nothing was touched" checks.

Scheduling (``-n 2`` with ``--dist loadgroup`` from pyproject): a module's tests go to one worker together (its
module-scoped fixtures are built once), REAL_MODULES together; HEAVY units start first, and a worker finishing a
heavy unit takes a light one, so both workers end together. Rank a new slow module in HEAVY."""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
# precompiled regexes and cached rows (tipbrief.indicators.rowcache) go to a folder of this test session, never
# to the user's cache; CLI subprocesses inherit it
os.environ.setdefault("TIPBRIEF_CACHE", tempfile.mkdtemp(prefix="tipbrief-test-cache-"))
REAL_GROUP = "real-project"
#: The two themes the runner tests rerun on the real build.
RUNNER_THEMES = ["overview", "prosecution"]


@dataclass
class RealProject:
    """A tmp copy of the project after ``build_briefing`` and the runner's reruns (read only for tests)."""

    root: Path
    result: object  # BuildResult of the first build
    again: object  # BuildResult of the second build (nothing changed: skipped)
    cold: object  # RunRecord of the first build's notebook run
    defaults: Path  # the first build's executed notebooks/ and figures/ (default parameters), kept aside
    warm: object  # RunRecord: the runner on RUNNER_THEMES again, nothing changed
    one: object  # RunRecord: RUNNER_THEMES with indicators=convictions (only prosecution declares it)
    table: pd.DataFrame  # the extracted indicator table

    @property
    def build(self) -> Path:
        return self.root / "_build"


#: The test modules that use ``real_project``. Under ``-n 2`` they are scheduled as one unit on one worker, so the
#: session fixture is built once, not once per worker. (xdist's own ``xdist_group`` mark does not group under
#: pytest 9.2, which no longer reads ``item._nodeid``.)
REAL_MODULES = ("tests/notebooks/test_execute.py", "tests/briefing/test_pipeline_e2e.py")

#: Work units that take longest, heaviest first (CPU seconds of each module run alone) but for the two placed to pair
#: well (their comments): xdist starts them first, and the many short units fill in behind them on whichever worker is
#: free. A unit is a module, or REAL_GROUP.
HEAVY = (
    "tests/grid/test_grid_e2e.py",
    "tests/briefing/test_russian.py",
    # not heavy itself, but it builds ``fixture_built`` early (after the Russian build), so test_quarto.py and
    # test_parity.py find it ready instead of one worker waiting while the other builds it
    "tests/briefing/test_builtin_render.py",
    # mostly waiting on the processes it signals: beside the grid run rather than beside another one-core unit
    "tests/faults/test_processes.py",
    REAL_GROUP,
    "tests/briefing/test_quarto.py",
    "tests/briefing/test_parity.py",
    "tests/grid/test_new_country.py",
    "tests/notebooks/test_runner.py",
    "tests/briefing/test_editions.py",
    "tests/briefing/test_atomicity.py",
    "tests/notebooks/test_lab.py",
    "tests/notebooks/test_lab_cache.py",
    "tests/test_packaging.py",
    "tests/grid/test_grid_countries.py",
    "tests/extraction/test_cli.py",
    "tests/sources/test_sources_workflow.py",
)


def unit_of(nodeid: str) -> str:
    """The work unit of a test under ``-n 2``: REAL_GROUP for REAL_MODULES, else the test's module."""
    module = nodeid.split("::")[0]
    return REAL_GROUP if module in REAL_MODULES else module


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse a test that uses ``real_project`` outside REAL_MODULES: it would build the project twice."""
    for item in items:
        if "real_project" in getattr(item, "fixturenames", ()) and item.nodeid.split("::")[0] not in REAL_MODULES:
            raise pytest.UsageError(f"{item.nodeid} uses real_project: add its module to REAL_MODULES in {__file__}")


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """With ``--dist loadgroup``: one unit per module (REAL_MODULES together), HEAVY units first."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from collections import OrderedDict

    from xdist.scheduler import LoadGroupScheduling

    class ModuleScheduling(LoadGroupScheduling):
        """A worker asks for its next unit while its last tests still run (xdist needs one test queued ahead).
        At the tail of a HEAVY unit, whose last test may run for a minute, it gets the lightest unit left, so the
        heavy units wait for the worker that is free first; otherwise the heaviest left."""

        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

        def _assign_work_unit(self, node: object) -> None:
            if not getattr(self, "_ordered", False):  # the first call: the queue holds every unit
                rank = {unit: i for i, unit in enumerate(HEAVY)}
                order = sorted(self.workqueue, key=lambda unit: rank.get(unit, len(HEAVY)))  # stable: rest in order
                self.workqueue = OrderedDict((unit, self.workqueue[unit]) for unit in order)
                self._ordered = True
            running = [u for u, tests in self.assigned_work.get(node, {}).items() if not all(tests.values())]
            if any(u in HEAVY for u in running) and len(self.workqueue) > 1:
                self.workqueue.move_to_end(next(reversed(self.workqueue)), last=False)  # the lightest goes first
            super()._assign_work_unit(node)

        def _reschedule(self, node: object) -> None:
            if node.shutting_down or not self.workqueue or self._pending_of(self.assigned_work[node]) <= 1:
                super()._reschedule(node)  # no more work, or only the one queued test left: a new unit

    return ModuleScheduling(config, log)


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Callable[[Path], None]], Path]:
    """``shared_build(name, make)``: ``make(folder)`` once per test run, its folder shared by both xdist workers
    (read only for tests; copy it to change it).

    The first worker to ask builds it while holding a lock; the other waits for it and reuses it. A failed build
    leaves no mark, so the next test to ask builds it again (and fails in its own name)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, which holds each worker's own basetemp
    shared = base / "shared"
    shared.mkdir(exist_ok=True)

    def build(name: str, make: Callable[[Path], None]) -> Path:
        folder, done = shared / name, shared / f"{name}.done"
        with open(shared / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                make(folder)
                done.touch()
        return folder

    return build


@pytest.fixture(scope="session")
def real_project(tmp_path_factory: pytest.TempPathFactory) -> RealProject:
    """The whole pipeline on the real seeds and notebooks in a tmp copy of the project: what `make briefing`
    gives a reader; then the runner reruns two themes (all hits) and one parameter change (one miss)."""
    from tipbrief.briefing.pipeline import build_briefing
    from tipbrief.indicators.table import read_table
    from tipbrief.runs import runner

    root = tmp_path_factory.mktemp("real") / "project"
    root.mkdir()
    for name in ("seeds", "notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name in ("_quarto.yml", "jupytext.toml"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, root / name)
    build = root / "_build"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIPBRIEF_ROOT", str(root))
        mp.setenv("SOURCE_DATE_EPOCH", "1767225600")
        result = build_briefing(root, engine="builtin", jobs=2)
        again = build_briefing(root, engine="builtin", jobs=2)
        cold = runner.RunRecord.load(build / "notebooks" / runner.RECORD_NAME)
        defaults = root.parent / "defaults"
        for name in ("notebooks", "figures"):
            shutil.copytree(build / name, defaults / name)

        def run(parameters: dict | None = None) -> runner.RunRecord:
            return runner.run_notebooks(RUNNER_THEMES, parameters, 2, notebooks_dir=root / "notebooks",
                                        build_dir=build, seeds=root / "seeds", progress=False)

        with pytest.MonkeyPatch.context() as guard:  # nothing changed: no kernel may start

            def refuse(*args: object, **kwargs: object) -> None:
                raise AssertionError("a kernel was started for an unchanged notebook")

            guard.setattr(runner.papermill, "execute_notebook", refuse)
            warm = run()
        one = run({"indicators": ["convictions"]})
    table = read_table(build / "data" / "indicators.csv")
    return RealProject(root, result, again, cold, defaults, warm, one, table)
