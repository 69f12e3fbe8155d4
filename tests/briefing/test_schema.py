"""_quarto.yml and the briefing's front matter are valid by Quarto 1.10's configuration schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tipbrief.briefing.builtin import FRONT_MATTER

REPO = Path(__file__).resolve().parents[2]
SCHEMA_NAME = "quarto-1.10.18-schema.json"


def schema_candidates() -> list[Path]:
    """Where the schema may be: ``../shared/quarto/`` beside the repository (as in CI), and, in a git worktree,
    beside the main checkout the worktree belongs to."""
    roots = [REPO]
    dot_git = REPO / ".git"
    if dot_git.is_file():  # a worktree: ".git" is a file "gitdir: <main>/.git/worktrees/<name>"
        gitdir = (REPO / dot_git.read_text(encoding="utf-8").partition(":")[2].strip()).resolve()
        common = gitdir / "commondir"
        main_git = (gitdir / common.read_text(encoding="utf-8").strip()).resolve() if common.is_file() else gitdir
        roots.append(main_git.parent)
    return [root.parent / "shared" / "quarto" / SCHEMA_NAME for root in dict.fromkeys(roots)]


SCHEMA = next((p for p in schema_candidates() if p.is_file()), None)

pytestmark = pytest.mark.skipif(
    SCHEMA is None,
    reason=f"Quarto 1.10's configuration schema {SCHEMA_NAME} is not in ../shared/quarto/ beside the repository "
    f"(looked at {', '.join(str(p) for p in schema_candidates())}): _quarto.yml and the front matter are NOT "
    "checked against it",
)


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def _validator(schema: dict, ref: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{ref}"})


def test_project_config_is_valid(schema):
    config = yaml.safe_load((REPO / "_quarto.yml").read_text(encoding="utf-8"))
    errors = list(_validator(schema, "project-config").iter_errors(config))
    assert not errors, [e.message[:200] for e in errors]
    assert config["project"]["render"] == ["briefs/briefing.qmd"]
    assert config["execute"]["ipynb"] is False
    assert config["format"]["typst"]["page-numbering"]


def test_front_matter_is_valid(schema):
    text = (REPO / "briefs" / "briefing.qmd").read_text(encoding="utf-8")
    front = yaml.safe_load(FRONT_MATTER.match(text).group(1))
    assert not list(_validator(schema, "front-matter").iter_errors(front))


def test_schema_rejects_a_broken_config(schema):
    """The check can fail: a misspelt project key and a wrongly typed option are rejected."""
    config = yaml.safe_load((REPO / "_quarto.yml").read_text(encoding="utf-8"))
    config["project"]["output_dir"] = "x"
    assert list(_validator(schema, "project-config").iter_errors(config))
    config = yaml.safe_load((REPO / "_quarto.yml").read_text(encoding="utf-8"))
    config["format"]["typst"]["toc"] = "maybe"
    assert list(_validator(schema, "project-config").iter_errors(config))
