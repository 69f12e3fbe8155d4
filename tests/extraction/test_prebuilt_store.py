"""The regex store and rule data shipped with the package (``prebuild``) can never serve a stale pattern or value."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tipbrief.indicators.rules import datacache, regexcache

SRC = Path(__file__).resolve().parents[2] / "src"


def _shipped_store(tmp_path: Path) -> Path:
    """The package's shipped store when ``make`` built one, else one built now (without seeds) in ``tmp_path``."""
    shipped = regexcache.shipped_dir()
    if shipped is not None and (shipped / regexcache._path().name).is_file():
        return shipped / regexcache._path().name
    env = os.environ | {"PYTHONPATH": str(SRC), "TIPBRIEF_CACHE": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-m", "tipbrief.indicators.rules.prebuild", "", str(tmp_path / "built")],
                   env=env, check=True, capture_output=True)
    return tmp_path / "built" / regexcache._path().name


def test_every_shipped_regex_is_what_compiling_its_pattern_gives_now(tmp_path):
    store, _facts = regexcache._read(_shipped_store(tmp_path))
    assert len(store) > 500  # the rules' patterns, not an empty file
    for (pattern, flags), (got_flags, code, groups, groupindex, indexgroup) in store.items():
        assert (got_flags, bytes(code), groups, groupindex, indexgroup) == regexcache._entry(pattern, flags), pattern


def test_an_edited_pattern_is_not_served_from_the_shipped_store(tmp_path, monkeypatch):
    shipped, text = tmp_path / "shipped", "identified 24 victims and 12 cases"
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TIPBRIEF_PREBUILT", str(shipped))
    monkeypatch.setattr(regexcache, "_store", None)
    old, new = r"(?P<n>\d+) victims", r"(?P<n>\d+) cases"  # a rule as built, then as edited
    regexcache.compile(old, re.IGNORECASE)
    regexcache.save(shipped / regexcache._path().name)  # what prebuild ships
    monkeypatch.setattr(regexcache, "_store", None)  # a command after the rule was edited
    assert regexcache.compile(old, re.IGNORECASE).search(text).group("n") == "24"
    assert (old, re.IGNORECASE) in regexcache._shipped
    rx = regexcache.compile(new, re.IGNORECASE)
    assert (new, re.IGNORECASE) not in regexcache._shipped and rx.search(text).group("n") == "12"
    regexcache.save()  # the cache folder keeps the edited pattern, not the shipped one
    user, _facts = regexcache._read(regexcache._path())
    assert list(user) == [(new, re.IGNORECASE)]
    # a store shipped for another interpreter or regex engine (another file name) is not read
    (shipped / regexcache._path().name).rename(shipped / "regex-v4-cpython-399-0-0.marshal")
    monkeypatch.setattr(regexcache, "_store", None)
    regexcache.compile(old, re.IGNORECASE)
    assert not regexcache._shipped


def test_a_changed_rule_file_is_not_served_from_the_shipped_data(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_PREBUILT", str(tmp_path / "shipped"))
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "shipped"))  # fills the folder as prebuild does
    assert datacache.cached("rules-test", ("digest of the file as built",), lambda: "as built") == "as built"
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))  # a user's command: its own, empty, cache folder
    assert datacache.cached("rules-test", ("digest of the file as built",), lambda: "worked out") == "as built"
    assert datacache.cached("rules-test", ("digest of the edited file",), lambda: "edited") == "edited"


def test_regexes_a_reading_process_compiled_are_kept_by_the_command(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("TIPBRIEF_PREBUILT", "")
    monkeypatch.setattr(regexcache, "_store", None)
    pattern = r"(?P<n>\d+) escaped\ names"
    regexcache.take_compiled()
    regexcache.compile(pattern)  # in a reading process, which writes no store
    sent = regexcache.take_compiled()
    assert [key for key, _ in sent] == [(pattern, 0)] and regexcache.take_compiled() == []
    monkeypatch.setattr(regexcache, "_store", None)  # the command
    regexcache.adopt(sent)
    regexcache.save()
    stored, _facts = regexcache._read(regexcache._path())
    assert (pattern, 0) in stored and bytes(stored[pattern, 0][1]) == sent[0][1][1]
