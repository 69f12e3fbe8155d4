"""_quarto.yml and the briefing's front matter are valid by Quarto 1.10's configuration schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tipbrief.briefing.builtin import FRONT_MATTER

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO.parent / "shared" / "quarto" / "quarto-1.10.18-schema.json"

pytestmark = pytest.mark.skipif(
    not SCHEMA.is_file(), reason=f"Quarto's schema is not at {SCHEMA} (only on the team's machines)"
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
