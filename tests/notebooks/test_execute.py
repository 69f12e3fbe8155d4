"""Every theme notebook runs headless with its defaults, emits only labelled outputs, and cites real evidence.

The six theme notebooks run once per session, in the shared ``real_project`` build (tests/conftest.py); the
tests here read those runs. Only what needs its own run has one: plain papermill from the repository with a
parameter (the README's command), and a run from the notebooks folder with no parameters at all (Jupyter).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill
import pytest

from tipbrief.runs import runner

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
THEMES = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
PAPERMILL = Path(sys.executable).with_name("papermill")
REF = re.compile(r'\{\.ev ref="([a-z0-9 -]+)"\}')

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def evidence_ids(real_project) -> set[str]:
    """Ids of the real seeds' indicator table (extracted by the shared build)."""
    return set(real_project.table["id"])


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
            assert "image/svg+xml" in data, f"{label} has no SVG (charts scale with their text on a phone)"
            alt = cell.outputs[0]["metadata"]["image/svg+xml"]["alt"]
            assert alt.split()[0] in data["image/svg+xml"], f"{label}: alt text opens with the chart's title"
            assert any(ch.isdigit() for ch in alt) or "no " in alt, f"{label}: alt text states what it shows: {alt}"
        else:
            markdown[label] = data["text/markdown"]
            for refs in REF.findall(data["text/markdown"]):
                assert set(refs.split()) <= ids, f"{label} cites unknown evidence {refs}"
    return markdown


def test_the_shared_build_ran_every_theme(real_project):
    assert sorted(real_project.cold.notebooks) == THEMES
    assert all(r.cache == "miss" and r.error is None for r in real_project.cold.notebooks.values())


@pytest.mark.parametrize("theme", THEMES)
def test_runs_headless_with_its_defaults(theme, real_project, evidence_ids):
    """Each theme's own defaults (indicators, years); the runner only sets where the table, seeds and figures are."""
    run = real_project.cold.notebooks[theme]
    assert set(run.parameters) >= {"seeds_dir", "table_path", "output_dir"}
    markdown = check_outputs(real_project.defaults / "notebooks" / f"{theme}.ipynb", evidence_ids)
    assert REF.search(markdown[f"findings-{theme}"]), "key findings cite their numbers"
    assert REF.search(markdown[f"tbl-{theme}-evidence"])


def test_a_year_filter_through_plain_papermill_from_the_repository(tmp_path, real_project, evidence_ids):
    """`papermill notebooks/prosecution.ipynb out.ipynb -p year_from 2019`, as the README says: no runner, no
    TIPBRIEF_ROOT; the notebook finds the project's seeds and extracts the table itself."""
    out = tmp_path / "prosecution.ipynb"
    env = {k: v for k, v in os.environ.items() if k != "TIPBRIEF_ROOT"}
    proc = subprocess.run([str(PAPERMILL), "notebooks/prosecution.ipynb", str(out), "-p", "year_from", "2019",
                           "--no-progress-bar"], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    markdown = check_outputs(out, evidence_ids)
    assert REF.search(markdown["findings-prosecution"]), "key findings cite their numbers"
    evidence = markdown["tbl-prosecution-evidence"]
    years = {int(y) for y in re.findall(r"^\| [^|]+ \| (\d{4}) \|", evidence, flags=re.M)}
    assert years and min(years) >= 2019
    table = real_project.table
    assert (table[table["theme"] == "prosecution"]["year"] < 2019).any()  # so the filter removed rows


def test_runs_from_the_notebooks_folder_like_jupyter(tmp_path, evidence_ids, monkeypatch):
    monkeypatch.delenv("TIPBRIEF_ROOT", raising=False)
    out = tmp_path / "overview.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS / "overview.ipynb"), str(out), cwd=str(NOTEBOOKS), kernel_name="python3",
                               progress_bar=False, extra_arguments=runner.KERNEL_ARGS)
    markdown = check_outputs(out, evidence_ids)
    assert "Tier placement" in markdown["key-figures"]
    assert REF.search(markdown["findings-overview"]) and REF.search(markdown["tbl-overview-evidence"])


def test_runner_on_the_real_notebooks_extracts_caches_and_reruns_one_theme(real_project):
    build = real_project.build
    cold = real_project.cold
    assert [cold.notebooks[t].cache for t in ("overview", "prosecution")] == ["miss", "miss"]
    assert (build / "data" / "indicators.csv").is_file() and (build / "data" / "indicators.json").is_file()
    figures = real_project.defaults / "figures" / "prosecution"
    assert sorted(p.name for p in figures.iterdir()) == ["fig-prosecution-funnel.svg"]
    executed = nbformat.read(real_project.defaults / "notebooks" / "prosecution.ipynb", as_version=4)
    (chart,) = [out["data"]["image/svg+xml"] for c in executed.cells for out in c.get("outputs", [])
                if "image/svg+xml" in out.get("data", {})]
    assert (figures / "fig-prosecution-funnel.svg").read_text(encoding="utf-8") == chart, "the chart as drawn"
    check_outputs(real_project.defaults / "notebooks" / "overview.ipynb", set(real_project.table["id"]))
    themes = ("overview", "prosecution")  # the record keeps the other themes' last runs too
    warm = real_project.warm
    assert [warm.notebooks[t].cache for t in themes] == ["hit", "hit"]
    one = real_project.one
    assert {t: one.notebooks[t].cache for t in themes} == {"overview": "hit", "prosecution": "miss"}
    assert one.notebooks["prosecution"].parameters["indicators"] == ["convictions"]
