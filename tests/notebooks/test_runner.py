"""The runner: caching and its invalidation, failures, bad parameters (real kernels, real papermill)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from tipbrief.cli import main
from tipbrief.errors import NotebookError, ParameterError
from tipbrief.runs import runner

FIXTURES = Path(__file__).resolve().parent / "fixtures"

pytestmark = pytest.mark.slow


def _no_kernels(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(runner.papermill, "execute_notebook", refuse)


def _run(nbs, build, table, seeds, **kw):
    return runner.run_notebooks(kw.pop("themes", None), kw.pop("parameters", None), 2, notebooks_dir=nbs,
                                build_dir=build, table=table, seeds=seeds, progress=False, **kw)


def test_cache_hits_and_each_kind_of_change_misses(tiny_notebooks, tmp_path, table_csv, seeds_copy, monkeypatch):
    build = tmp_path / "build"
    table = tmp_path / "indicators.csv"
    shutil.copyfile(table_csv, table)
    args = (tiny_notebooks, build, table, seeds_copy)

    cold = _run(*args, package_version="1")
    assert {t: r.cache for t, r in cold.notebooks.items()} == {"a": "miss", "b": "miss"}
    record = json.loads((build / "notebooks" / "run.json").read_text())
    entry = record["notebooks"]["a"]
    assert entry["cache"] == "miss" and entry["error"] is None and entry["duration"] > 0 and entry["start"]
    assert entry["parameters"]["table_path"] == str(table) and entry["parameters"]["factor"] == 1
    out = nbformat.read(str(build / "notebooks" / "a.ipynb"), as_version=4)
    assert out.cells[-1].outputs[0]["data"]["text/markdown"] == f"{len(table_csv.read_text().splitlines()) - 1} rows"
    # papermill's record names the notebook kept, not the staging file it was executed into
    assert out.metadata.papermill.output_path == str(build / "notebooks" / "a.ipynb")

    with monkeypatch.context() as m:  # nothing changed: no kernel may start
        _no_kernels(m)
        again = _run(*args, package_version="1")
    assert {t: r.cache for t, r in again.notebooks.items()} == {"a": "hit", "b": "hit"}

    # a theme-scoped parameter re-executes that theme only
    scoped = _run(*args, package_version="1", parameters={"a.factor": 2})
    assert {t: r.cache for t, r in scoped.notebooks.items()} == {"a": "miss", "b": "hit"}
    assert scoped.notebooks["a"].parameters["factor"] == 2

    # notebook source
    nb = nbformat.read(str(tiny_notebooks / "b.ipynb"), as_version=4)
    nb.cells[-1].source += "  # edited"
    nbformat.write(nb, str(tiny_notebooks / "b.ipynb"))
    assert _run(*args, package_version="1", parameters={"a.factor": 2}).notebooks["b"].cache == "miss"

    def only_a(**kw):
        return _run(*args, themes=["a"], parameters={"factor": 2}, **kw).notebooks["a"].cache

    assert only_a(package_version="1") == "hit"
    table.write_text(table.read_text().replace("Tier 2 Watch List", "Tier 3"))  # indicator table
    assert only_a(package_version="1") == "miss"
    assert only_a(package_version="1") == "hit"
    with (seeds_copy / "catalog.yml").open("a") as fh:  # seeds / catalog
        fh.write("# a comment changes the inputs\n")
    assert only_a(package_version="1") == "miss"
    assert only_a(package_version="2") == "miss"  # package version
    assert only_a(package_version="2") == "hit"
    assert only_a(package_version="2", force=True) == "miss"
    # b was not run in the later calls but keeps its entry
    assert set(json.loads((build / "notebooks" / "run.json").read_text())["notebooks"]) == {"a", "b"}


def test_a_failing_notebook_is_named_kept_and_does_not_stop_the_others(tiny_notebooks, tmp_path, table_csv,
                                                                       seeds_copy, capsys):
    shutil.copyfile(FIXTURES / "notebook_raises.ipynb", tiny_notebooks / "notebook_raises.ipynb")
    build = tmp_path / "build"
    previous = build / "notebooks" / "notebook_raises.ipynb"
    previous.parent.mkdir(parents=True)
    previous.write_text("previous good output\n")

    with pytest.raises(NotebookError) as err:
        _run(tiny_notebooks, build, table_csv, seeds_copy, themes=["a", "notebook_raises"])
    message = str(err.value)
    kept = build / "notebooks" / "failed" / "notebook_raises.ipynb"
    assert message == (
        "notebook notebook_raises failed in cell 4 ('#| label: boom'): ValueError: the fixture fails on purpose; "
        f"executed copy with the traceback kept at {kept}"
    )
    assert previous.read_text() == "previous good output\n"  # the last good output is untouched
    failed = nbformat.read(str(kept), as_version=4)
    errors = [o for c in failed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors and errors[0]["ename"] == "ValueError" and errors[0]["traceback"]
    assert (build / "notebooks" / "a.ipynb").is_file()  # the other theme finished
    record = json.loads((build / "notebooks" / "run.json").read_text())
    assert record["notebooks"]["notebook_raises"]["error"] == message
    assert record["notebooks"]["a"]["error"] is None

    code = main(["run", "-q", "--notebooks", str(tiny_notebooks), "--build", str(build), "--table", str(table_csv),
                 "--seeds", str(seeds_copy), "--theme", "notebook_raises", "--theme", "a"])
    stderr = capsys.readouterr().err
    assert code == 2
    assert stderr.startswith("tipbrief run: error: notebook notebook_raises failed in cell 4 ('#| label: boom')")
    assert stderr.count("\n") == 1


BAD = [
    (["--theme", "nope"], "unknown theme 'nope' (available: a, b)"),
    (["-p", "colour=red"], "unknown parameter 'colour': no notebook among a, b takes it"),
    (["-p", "a.colour=red"], "unknown parameter 'colour' for notebook a"),
    (["-p", "c.factor=2"], "parameter 'c.factor': theme 'c' is not being run"),
    (["-p", "year_from=2030", "-p", "year_to=2019"], "year_from 2030 is after year_to 2019"),
    (["-p", "year_from=soon"], "parameter year_from: Input should be a valid integer"),
    (["-p", "factor=[1, 2]"], "parameter factor: Input should be a valid integer"),
    (["-p", "output_dir=/tmp/x"], "parameter 'output_dir' is set by the runner"),
    (["-p", "year_from"], "parameter 'year_from': expected name=value"),
    (["--jobs", "0"], "--jobs must be at least 1"),
]


@pytest.mark.parametrize(("argv", "message"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_parameters_are_refused_before_any_kernel(argv, message, tiny_notebooks, tmp_path, table_csv,
                                                      seeds_copy, monkeypatch, capsys):
    _no_kernels(monkeypatch)
    build = tmp_path / "build"
    code = main(["run", "-q", "--notebooks", str(tiny_notebooks), "--build", str(build), "--table", str(table_csv),
                 "--seeds", str(seeds_copy), *argv])
    stderr = capsys.readouterr().err
    assert code == 2
    assert stderr.startswith("tipbrief run: error: ") and message in stderr and stderr.count("\n") == 1
    assert not build.exists()  # nothing written


def _dated(folder: Path) -> None:
    """Give notebook a of ``folder`` a ``briefing_date`` parameter (empty: the build date) that it prints."""
    nb = nbformat.read(str(folder / "a.ipynb"), as_version=4)
    nb.cells[1].source += 'briefing_date = ""\n'
    nb.cells[-1].source = '#| label: findings-tiny\nfindings.show(f"dated {briefing_date}")'
    nbformat.write(nb, str(folder / "a.ipynb"))


def test_the_briefing_date_is_resolved_by_the_runner_so_yesterdays_run_is_not_reused(
        tiny_notebooks, tmp_path, table_csv, seeds_copy, monkeypatch):
    _dated(tiny_notebooks)
    args = (tiny_notebooks, tmp_path / "build", table_csv, seeds_copy)
    shown = lambda: nbformat.read(str(tmp_path / "build" / "notebooks" / "a.ipynb"), as_version=4).cells[-1].outputs[0]  # noqa: E731
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # 2025-12-01
    first = _run(*args, themes=["a"], package_version="1")
    assert first.notebooks["a"].parameters["briefing_date"] == "2025-12-01"
    assert shown()["data"]["text/markdown"] == "dated 2025-12-01"
    assert _run(*args, themes=["a"], package_version="1").notebooks["a"].cache == "hit"  # same day
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")  # the next day: the callouts' date must move
    assert _run(*args, themes=["a"], package_version="1").notebooks["a"].cache == "miss"
    assert shown()["data"]["text/markdown"] == "dated 2025-12-02"
    given = _run(*args, themes=["a"], package_version="1", parameters={"briefing_date": "2020-06-30"})
    assert given.notebooks["a"].parameters["briefing_date"] == "2020-06-30"
    with pytest.raises(ParameterError, match=r"briefing_date='30/06/2020' \(a\): expected a date as YYYY-MM-DD"):
        _run(*args, themes=["a"], package_version="1", parameters={"briefing_date": "30/06/2020"})
