"""A run with nothing changed stops before papermill loads; the indicator table is keyed on the seeds' digest."""

from __future__ import annotations

import json

from tipbrief.cli import main
from tipbrief.runs import runner, stamp
from tipbrief.runs.table import prepare_table


def test_a_run_with_nothing_changed_does_not_start_the_runner(tmp_path, tiny_notebooks, table_csv, seeds_copy,
                                                             monkeypatch, capsys):
    build = tmp_path / "build"
    args = ["run", "--notebooks", str(tiny_notebooks), "--build", str(build), "--table", str(table_csv),
            "--seeds", str(seeds_copy)]
    assert main([*args, "-q"]) == 0
    assert (build / "notebooks" / stamp.STAMP_NAME).is_file()

    def refuse(*a: object, **kw: object) -> None:
        raise AssertionError("the runner started")

    monkeypatch.setattr(runner, "run_notebooks", refuse)
    capsys.readouterr()
    assert main(args) == 0
    assert "Nothing changed since the last run: 2 notebook(s) up to date (a, b)" in capsys.readouterr().out
    record = json.loads((build / "notebooks" / "run.json").read_text(encoding="utf-8"))
    assert {t: r["cache"] for t, r in record["notebooks"].items()} == {"a": "hit", "b": "hit"}
    for changed in (["-p", "top_n=3"], ["--theme", "a"], ["--force"]):  # other options: the runner decides
        assert main([*args, *changed]) == 1  # the refusing runner is a bug: one line, exit 1
    with (seeds_copy / "catalog.yml").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    assert main(args) == 1  # the seeds changed: the runner starts
    (build / "notebooks" / "a.ipynb").unlink()
    monkeypatch.undo()
    assert main([*args, "-q"]) == 0  # an output gone: run again, and stamped again
    assert (build / "notebooks" / "a.ipynb").is_file()


def test_the_table_is_extracted_again_only_when_the_seeds_change(tmp_path, seeds_copy, monkeypatch):
    import tipbrief.indicators.extract as extract

    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    real = extract.extract_rows
    calls: list[int] = []

    def counted(*a, **kw):
        calls.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(extract, "extract_rows", counted)
    build = tmp_path / "build"
    path = prepare_table(seeds_copy, build)
    first = path.read_bytes()
    assert prepare_table(seeds_copy, build) == path and len(calls) == 1
    path.write_text(path.read_text(encoding="utf-8").replace("Tajikistan", "Tajikistan "), encoding="utf-8")
    prepare_table(seeds_copy, build)  # a table written since (by hand, by another command): extracted again
    assert len(calls) == 2 and path.read_bytes() == first
    with (seeds_copy / "catalog.yml").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    prepare_table(seeds_copy, build)
    assert len(calls) == 3
