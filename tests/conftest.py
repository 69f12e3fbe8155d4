"""Session-wide fixture: the real project built once (extraction -> six theme notebooks -> builtin render) and
shared by every test that needs real notebook runs or the whole pipeline, so each theme notebook runs once."""

from __future__ import annotations

import os
import shutil
import tempfile
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


#: The test modules that use ``real_project``. Under ``-n 2`` (``--dist loadgroup``, set in pyproject) they are
#: scheduled as one unit on one worker, so the session fixture is built once, not once per worker. (xdist's
#: own ``xdist_group`` mark does not group under pytest 9.2, which no longer reads ``item._nodeid``.)
REAL_MODULES = ("tests/notebooks/test_execute.py", "tests/briefing/test_pipeline_e2e.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse a test that uses ``real_project`` outside REAL_MODULES: it would build the project twice."""
    for item in items:
        if "real_project" in getattr(item, "fixturenames", ()) and item.nodeid.split("::")[0] not in REAL_MODULES:
            raise pytest.UsageError(f"{item.nodeid} uses real_project: add its module to REAL_MODULES in {__file__}")


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """With ``--dist loadgroup``: tests spread one by one, except REAL_MODULES, which go to one worker together."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class RealProjectScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return REAL_GROUP if nodeid.split("::")[0] in REAL_MODULES else super()._split_scope(nodeid)

    return RealProjectScheduling(config, log)


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
