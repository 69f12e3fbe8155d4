"""Version rules: draft versions, bumps, validation of explicit versions, and the input digest."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tipbrief.briefing.versioning import bump, draft_version, input_digest, latest, parse_version
from tipbrief.errors import ParameterError

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("last", "part", "expected"),
    [(None, "patch", "0.1.0"), (None, "major", "0.1.0"), ("0.1.0", "patch", "0.1.1"),
     ("0.1.9", "minor", "0.2.0"), ("1.4.2", "major", "2.0.0"), ("0.9.0", "patch", "0.9.1")],
)
def test_bump(last, part, expected):
    assert bump(last, part) == expected


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "01.0.0", "1.0.0.0", "", "one.two.three", "2.0.0 ", " 2.0.0",
                                 "2.0.0\n", "1.0.0-", "1.0.0-rc..1", "1.0.0-01", "1.0.0+build", "1.0.0-rc_1"])
def test_explicit_version_is_validated(bad):
    with pytest.raises(ParameterError, match="MAJOR.MINOR.PATCH"):
        parse_version(bad)


def test_pre_releases_are_versions_and_sort_before_their_release():
    assert latest(["1.0.0-rc.1", "1.0.0-alpha", "1.0.0-rc.2", "0.9.0"]) == "1.0.0-rc.2"
    assert latest(["1.0.0-rc.2", "1.0.0"]) == "1.0.0"
    assert parse_version("1.0.0-alpha.2") < parse_version("1.0.0-alpha.10") < parse_version("1.0.0-beta")
    assert bump("2.0.0-rc.1", "major") == "2.0.0" and bump("1.2.3-rc.1", "patch") == "1.2.3"
    assert bump("1.2.3-rc.1", "minor") == "1.3.0"


def test_bad_bump_part():
    with pytest.raises(ParameterError, match="--bump"):
        bump("1.0.0", "huge")


def test_latest_orders_numerically():
    assert latest(["0.9.0", "0.10.0", "0.2.1", "junk"]) == "0.10.0"
    assert latest([]) is None


def test_draft_version_format():
    digest = "ab12cd34ef56" + "0" * 52
    assert draft_version(None, digest) == "0.1.0-draft+ab12cd34ef56"
    assert draft_version("1.2.3", digest) == "1.2.4-draft+ab12cd34ef56"
    assert re.fullmatch(r"\d+\.\d+\.\d+-draft\+[0-9a-f]{12}", draft_version("0.1.0", digest))


def test_digest_covers_sources_catalog_params_and_briefing(tmp_path):
    root = tmp_path / "p"
    root.mkdir()
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "briefs", root / "briefs")
    shutil.copy2(REPO / "_quarto.yml", root)
    seeds = root / "seeds"
    base = input_digest(root, seeds, {"year_from": 2019})
    assert base == input_digest(root, seeds, {"year_from": 2019}), "digest must be stable"
    assert input_digest(root, seeds, {"year_from": 2020}) != base
    source = next(seeds.glob("*.txt"))
    source.write_text(source.read_text(encoding="utf-8") + "\nMore.", encoding="utf-8")
    changed_source = input_digest(root, seeds, {"year_from": 2019})
    assert changed_source != base
    (root / "briefs" / "briefing.qmd").write_text("changed", encoding="utf-8")
    assert input_digest(root, seeds, {"year_from": 2019}) != changed_source
