"""The package layout shows the data flow: few loose modules, stage subpackages, imports pointing down the stages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tipbrief

PACKAGE = Path(tipbrief.__file__).parent
#: Rank of each stage; a module may import only its own stage, lower ranks and the foundation (rank 0).
#: runs and toolkit share a rank but are siblings: neither imports the other.
STAGES = {"sources": 1, "indicators": 2, "runs": 3, "toolkit": 3, "briefing": 4, "editions": 5, "cli": 6}
FOUNDATION = {"errors", "paths", "atomic", "lock", "i18n"}


def _stage(dotted: str) -> str | None:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "tipbrief" else None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found.extend(f"{node.module}.{a.name}" for a in node.names if node.module == "tipbrief")
        elif isinstance(node, ast.Import):
            found.extend(a.name for a in node.names)
    return [m for m in found if m.startswith("tipbrief")]


def test_at_most_six_loose_modules_and_five_stage_packages():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    stages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert len(loose) <= 6, loose
    assert {"sources", "indicators", "runs", "toolkit", "briefing", "editions"} <= set(stages), stages


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_every_stage_says_its_job_in_one_line(stage: str):
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
    assert doc and doc.splitlines()[0].strip()


def test_imports_never_point_to_a_later_stage():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if here not in STAGES:
            continue
        for module in _imports(path):
            there = _stage(module)
            if there in (None, here) or there in FOUNDATION or there == "__version__" or there not in STAGES:
                continue
            if STAGES[there] >= STAGES[here]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_foundation_modules_import_no_stage():
    for name in FOUNDATION:
        stages = {_stage(m) for m in _imports(PACKAGE / f"{name}.py")} & set(STAGES)
        assert not stages, f"{name}.py imports {stages}"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_every_module_says_its_job_in_its_first_line(path: Path):
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc, "no module docstring"
    lines = doc.splitlines()
    assert lines[0].strip(), "the docstring starts with its summary"
    assert len(lines) == 1 or not lines[1].strip(), "the summary is one line, then a blank line"
