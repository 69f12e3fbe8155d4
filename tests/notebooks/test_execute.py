"""Every theme notebook runs headless with its defaults, emits only labelled outputs, and cites real evidence."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill
import pytest

from tipbrief.indicators.table import read_table
from tipbrief.runs import runner

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
THEMES = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
PAPERMILL = Path(sys.executable).with_name("papermill")
REF = re.compile(r'\{\.ev ref="([a-z0-9 -]+)"\}')

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def evidence_ids() -> set[str]:
    from tipbrief.indicators.extract import extract_corpus

    return set(extract_corpus(REPO / "seeds")["id"])


def check_outputs(path: Path, ids: set[str]) -> dict[str, str]:
    """Assert the executed notebook's shape; return label -> Markdown output."""
    nb = nbformat.read(str(path), as_version=4)
    markdown: dict[str, str] = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kinds = [o.output_type for o in cell.outputs]
        first = cell.source.splitlines()[0] if cell.source else ""
        if not first.startswith("#| label: "):
            assert kinds == [], f"{path.name}: unlabelled cell prints {kinds}: {first!r}"
            continue
        label = first.removeprefix("#| label: ")
        assert kinds == ["display_data"], f"{path.name} {label}: outputs {kinds}"
        data = cell.outputs[0]["data"]
        if label.startswith("fig-"):
            assert "image/png" in data, f"{label} has no PNG"
        else:
            markdown[label] = data["text/markdown"]
            for refs in REF.findall(data["text/markdown"]):
                assert set(refs.split()) <= ids, f"{label} cites unknown evidence {refs}"
    return markdown


@pytest.mark.parametrize("theme", THEMES)
def test_runs_with_defaults_through_plain_papermill(theme, tmp_path, evidence_ids):
    out = tmp_path / f"{theme}.ipynb"
    env = {k: v for k, v in os.environ.items() if k != "TIPBRIEF_ROOT"}
    proc = subprocess.run([str(PAPERMILL), f"notebooks/{theme}.ipynb", str(out), "--no-progress-bar"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    markdown = check_outputs(out, evidence_ids)
    assert REF.search(markdown[f"findings-{theme}"]), "key findings cite their numbers"
    assert REF.search(markdown[f"tbl-{theme}-evidence"])


def test_runs_from_the_notebooks_folder_like_jupyter(tmp_path, evidence_ids):
    out = tmp_path / "overview.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / "overview.ipynb"), str(out), cwd=str(NOTEBOOKS), kernel_name="python3",
                               progress_bar=False, extra_arguments=runner.KERNEL_ARGS)
    markdown = check_outputs(out, evidence_ids)
    assert "Tier placement" in markdown["key-figures"]


def test_a_year_filter_changes_the_result(tmp_path, evidence_ids):
    out = tmp_path / "prosecution.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / "prosecution.ipynb"), str(out), parameters={"year_from": 2019},
                               kernel_name="python3", progress_bar=False, extra_arguments=runner.KERNEL_ARGS)
    evidence = check_outputs(out, evidence_ids)["tbl-prosecution-evidence"]
    years = {int(y) for y in re.findall(r"^\| [^|]+ \| (\d{4}) \|", evidence, flags=re.M)}
    assert years and min(years) >= 2019
    from tipbrief.indicators.extract import extract_corpus

    table = extract_corpus(REPO / "seeds")
    assert (table[table["theme"] == "prosecution"]["year"] < 2019).any()  # so the filter removed rows


def test_runner_on_the_real_notebooks_extracts_caches_and_reruns_one_theme(tmp_path, seeds_copy):
    build = tmp_path / "build"
    themes = ["overview", "prosecution"]
    cold = runner.run_notebooks(themes, None, 2, build_dir=build, seeds=seeds_copy, progress=False)
    assert [r.cache for r in cold.notebooks.values()] == ["miss", "miss"]
    assert (build / "data" / "indicators.csv").is_file() and (build / "data" / "indicators.json").is_file()
    assert sorted(p.name for p in (build / "figures" / "prosecution").iterdir()) == ["fig-prosecution-funnel.png"]
    ids = set(read_table(build / "data" / "indicators.csv")["id"])
    check_outputs(build / "notebooks" / "overview.ipynb", ids)
    warm = runner.run_notebooks(themes, None, 2, build_dir=build, seeds=seeds_copy, progress=False)
    assert [r.cache for r in warm.notebooks.values()] == ["hit", "hit"]
    one = runner.run_notebooks(themes, {"indicators": ["convictions"]}, 2, build_dir=build, seeds=seeds_copy,
                               progress=False)
    assert {t: r.cache for t, r in one.notebooks.items()} == {"overview": "hit", "prosecution": "miss"}
