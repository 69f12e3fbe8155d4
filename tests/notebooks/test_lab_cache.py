"""What an analyst's edits invalidate: notebook code only (never outputs), only notebooks reaching edited code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import papermill
import pytest

from tipbrief.briefing.versioning import input_digest
from tipbrief.cli import main
from tipbrief.paths import PACKAGE_DIR
from tipbrief.runs import cache, runner

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def _executed_copy(source: Path, target: Path) -> None:
    """``source`` as Lab would leave it after Run All: outputs, counts, run-time metadata."""
    nb = nbformat.read(str(source), as_version=4)
    for n, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        cell.execution_count = n + 1
        cell.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": f"out {n}"})]
        cell.metadata["scrolled"] = True
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, str(target))


def test_notebook_digest_reads_code_only(tmp_path):
    source = REPO / "notebooks" / "prosecution.ipynb"
    ran = tmp_path / "ran.ipynb"
    _executed_copy(source, ran)
    assert cache.notebook_digest(ran) == cache.notebook_digest(source)
    nb = nbformat.read(str(ran), as_version=4)
    nb.cells[-1].source += "\n# mine"
    nbformat.write(nb, str(ran))
    assert cache.notebook_digest(ran) != cache.notebook_digest(source)


def test_the_draft_version_ignores_outputs_but_not_code(tmp_path):
    root = tmp_path / "project"
    for name in ("notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    seeds = REPO / "seeds"
    before = input_digest(root, seeds)
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        _executed_copy(path, path)
    assert input_digest(root, seeds) == before
    pair = root / "notebooks" / "legal.py"
    pair.write_text(pair.read_text(encoding="utf-8") + "\n# %%\n1\n", encoding="utf-8")
    assert input_digest(root, seeds) != before


def _names(files: list[Path], root: Path = PACKAGE_DIR) -> set[str]:
    return {f.relative_to(root).as_posix() for f in files}


def test_a_notebook_depends_on_the_modules_it_imports_and_the_functions_it_calls():
    reach = cache.notebook_reach(REPO / "notebooks" / "prosecution.ipynb")
    names = _names(reach.files())
    assert {"__init__.py", "toolkit/__init__.py", "toolkit/charts.py", "toolkit/cite.py", "toolkit/style.py",
            "indicators/definitions.py", "indicators/indicators.yml", "sources/catalog.py",
            "indicators/extract.py", "indicators/rules/extract_rules.yml", "paths.py"} <= names  # extract: lazy import
    assert not {n for n in names if n.startswith(("briefing/", "cli/", "editions/", "runs/"))}
    assert "toolkit/lab.py" not in names
    charts = {name for module, name in reach.defs if module == "tipbrief.toolkit.charts"}
    assert {"funnel", "save", "_new"} <= charts and not {"timeline", "recurring", "tiers", "matrix"} & charts
    assert ("tipbrief.toolkit.findings", "trends") in reach.defs
    assert ("tipbrief.toolkit.cite", "number") in reach.defs  # through findings and charts
    assert ("tipbrief.toolkit.findings", "tier_sentence") not in reach.defs
    assert ("tipbrief.toolkit.analysis", "Data") in reach.defs  # a type annotation names it

    legal = cache.notebook_reach(REPO / "notebooks" / "legal.ipynb")
    assert ("tipbrief.toolkit.charts", "recurring") in legal.defs
    assert ("tipbrief.toolkit.charts", "funnel") not in legal.defs


def test_magics_parse_and_unparsable_code_counts_the_whole_package(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("%matplotlib inline\n!ls\nfrom tipbrief.toolkit import cite\ncite.number?")]
    nbformat.write(nb, str(tmp_path / "magic.ipynb"))
    reach = cache.notebook_reach(tmp_path / "magic.ipynb")
    # cite writes numbers as the briefing's language does: it reaches i18n (and the errors i18n raises)
    assert set(reach.modules) == {"tipbrief", "tipbrief.toolkit", "tipbrief.toolkit.cite", "tipbrief.i18n",
                                  "tipbrief.errors"}
    nb.cells.append(nbformat.v4.new_code_cell("def broken(:\n    pass"))
    nbformat.write(nb, str(tmp_path / "broken.ipynb"))
    assert cache.notebook_reach(tmp_path / "broken.ipynb") is None
    assert cache.modules_digest(tmp_path / "broken.ipynb") != cache.modules_digest(tmp_path / "magic.ipynb")


def _edit(path: Path, function: str, line: str = "pass") -> None:
    """Insert ``line`` before the last statement of ``function`` in ``path``: a change of its code."""
    import ast

    text = path.read_text(encoding="utf-8")
    node = next(n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.FunctionDef) and n.name == function)
    last = node.body[-1]
    lines = text.splitlines(keepends=True)
    lines.insert(last.lineno - 1, " " * last.col_offset + line + "\n")
    path.write_text("".join(lines), encoding="utf-8")


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    """The cache reads a copy of the package, which a test may edit (the kernels still import the real one)."""
    copy = tmp_path / "package" / "tipbrief"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE_DIR", copy)
    return copy


def test_editing_a_function_changes_only_the_notebooks_that_reach_it(package_copy):
    themes = ("prosecution", "protection", "prevention", "profile", "legal", "overview")

    def digests() -> dict[str, str]:
        return {t: cache.modules_digest(REPO / "notebooks" / f"{t}.ipynb") for t in themes}

    before = digests()
    charts = package_copy / "toolkit" / "charts.py"
    charts.write_text(charts.read_text(encoding="utf-8") + "\n# a comment\n\ndef unused():\n    return 1\n",
                      encoding="utf-8")
    assert digests() == before  # comments and functions nobody calls change nothing
    _edit(charts, "funnel")
    after = digests()
    assert [t for t in themes if after[t] != before[t]] == ["prosecution"]
    _edit(package_copy / "toolkit" / "cite.py", "escape")
    assert all(a != b for a, b in zip(digests().values(), after.values(), strict=True))  # every notebook
    style = package_copy / "toolkit" / "style.py"  # import-time code: every notebook importing style
    style.write_text(style.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    again = digests()
    _edit(package_copy / "briefing" / "parts.py", "write_parts")  # not reached from notebooks
    assert digests() == again


@pytest.mark.slow
def test_editing_a_module_reruns_only_the_notebooks_that_import_it(tmp_path, table_csv, seeds_copy, package_copy,
                                                                   capsys):
    nbs = tmp_path / "notebooks"
    nbs.mkdir()
    shutil.copyfile(FIXTURES / "tiny.ipynb", nbs / "a.ipynb")
    charted = nbformat.read(str(FIXTURES / "tiny.ipynb"), as_version=4)
    charted.cells[2].source = charted.cells[2].source.replace("import analysis, findings",
                                                                "import analysis, charts, findings")
    charted.cells[3].source += '\ncharts.save(None, "", "nothing")  # returns at once without output_dir'
    nbformat.write(charted, str(nbs / "c.ipynb"))
    args = ["--notebooks", str(nbs), "--build", str(tmp_path / "build"), "--table", str(table_csv),
            "--seeds", str(seeds_copy), "--jobs", "2"]

    def run(*extra: str) -> dict[str, str]:
        assert main(["run", *args, *extra]) == 0
        record = json.loads((tmp_path / "build" / "notebooks" / "run.json").read_text())
        return {t: r["cache"] for t, r in record["notebooks"].items()}

    assert run() == {"a": "miss", "c": "miss"}
    _edit(package_copy / "toolkit" / "charts.py", "funnel")  # neither calls it
    assert run() == {"a": "hit", "c": "hit"}
    _edit(package_copy / "toolkit" / "charts.py", "save")  # c calls it
    assert run() == {"a": "hit", "c": "miss"}
    _edit(package_copy / "toolkit" / "findings.py", "show")  # both call it
    assert run() == {"a": "miss", "c": "miss"}
    _edit(package_copy / "briefing" / "parts.py", "write_parts")  # not reached from notebooks
    capsys.readouterr()
    assert run("--theme", "c") == {"a": "miss", "c": "hit"}  # a keeps its entry from the earlier run
    listed = capsys.readouterr().out
    assert "│ c " in listed and "│ a " not in listed, listed


@pytest.mark.slow
def test_the_legal_chart_uses_the_notebooks_min_reports(tmp_path, table_csv):
    nb = nbformat.read(str(REPO / "notebooks" / "legal.ipynb"), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("print([t.get_text() for ax in fig.axes for t in ax.texts])"))
    source, out = tmp_path / "legal.ipynb", tmp_path / "out.ipynb"
    nbformat.write(nb, str(source))
    papermill.execute_notebook(str(source), str(out), parameters={"min_reports": 99, "table_path": str(table_csv)},
                               kernel_name="python3", progress_bar=False, extra_arguments=runner.KERNEL_ARGS,
                               cwd=str(REPO / "notebooks"))
    texts = nbformat.read(str(out), as_version=4).cells[-1].outputs[0]["text"]
    assert "No recommendation made by 99+ reports" in texts
