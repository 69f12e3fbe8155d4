"""``tipbrief extract`` end to end: good runs, and bad input that must fail cleanly with nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import cli_in_process
import pytest
import yaml

from tipbrief import cli
from tipbrief.errors import ExtractionError
from tipbrief.indicators.table import read_table

from .conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "seeds"
TIPBRIEF = Path(sys.executable).with_name("tipbrief")


def _entry(id_: str, file: str, **extra: object) -> dict:
    entry = {"id": id_, "file": file, "title": f"Test {id_}", "publisher": "Test", "kind": "government report",
             "country": "Testland", "year": 2021, "period": {"start": 2020, "end": 2020}, "reporting_year": 2020,
             "licence": "test", "attribution": "test", "reliability": "test"}
    entry.update(extra)
    return entry


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    return seeds


def _catalog(seeds: Path) -> dict:
    return yaml.safe_load((seeds / "catalog.yml").read_text(encoding="utf-8"))


def _write_catalog(seeds: Path, data: dict) -> None:
    (seeds / "catalog.yml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIPBRIEF_ROOT": str(tmp_path), "COLUMNS": "200"}
    return subprocess.run([str(TIPBRIEF), "extract", *args], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)


def test_extract_writes_csv_and_json_and_prints_a_summary(tmp_path):
    seeds = _seeds(tmp_path)
    out = tmp_path / "out" / "indicators.csv"
    proc = _run(tmp_path, "--seeds", str(seeds), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "prosecution" in proc.stdout and "conflicts" in proc.stdout
    table = read_table(out)
    assert len(table) == len(read_table(out.with_suffix(".json"))) > 100
    assert set(table["source_id"]) == {"tip-2022", "embassy-cable-2006", "encyclopedia-2008", "news-2025"}


def test_default_output_goes_to_the_build_folder(tmp_path):
    _seeds(tmp_path)
    proc = cli_in_process.run(["extract"], cwd=tmp_path, env={"TIPBRIEF_ROOT": str(tmp_path), "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "_build" / "data" / "indicators.csv").is_file()
    assert (tmp_path / "_build" / "data" / "indicators.json").is_file()


def _add_fixture(seeds: Path, name: str) -> None:
    shutil.copy(FIXTURES / name, seeds / name)
    data = _catalog(seeds)
    data["sources"].append(_entry("bad-doc", name))
    _write_catalog(seeds, data)


def _missing_field(seeds: Path) -> None:
    data = _catalog(seeds)
    del data["sources"][1]["publisher"]
    _write_catalog(seeds, data)


def _duplicate_id(seeds: Path) -> None:
    data = _catalog(seeds)
    data["sources"][1]["id"] = data["sources"][0]["id"]
    _write_catalog(seeds, data)


def _escaping_path(seeds: Path) -> None:
    (seeds.parent / "x.txt").write_text("Authorities identified 5 victims.\n", encoding="utf-8")
    data = _catalog(seeds)
    data["sources"].append(_entry("escapee", "../x.txt"))
    _write_catalog(seeds, data)


def _file_without_entry(seeds: Path) -> None:
    (seeds / "stray.txt").write_text("Authorities identified 5 victims.\n", encoding="utf-8")


def _entry_without_file(seeds: Path) -> None:
    data = _catalog(seeds)
    data["sources"].append(_entry("ghost", "missing.txt"))
    _write_catalog(seeds, data)


def _broken_yaml(seeds: Path) -> None:
    with (seeds / "catalog.yml").open("a", encoding="utf-8") as fh:
        fh.write("  - id: [unclosed\n")


@pytest.mark.parametrize(
    ("provoke", "expected"),
    [
        (lambda s: _add_fixture(s, "empty.txt"), ["empty.txt", "empty"]),
        (lambda s: _add_fixture(s, "binary.txt"), ["binary.txt", "binary"]),
        (lambda s: _add_fixture(s, "cp1251.txt"), ["cp1251.txt", "UTF-8"]),
        (_missing_field, ["catalog.yml", "entry 2", "missing field 'publisher'"]),
        (_duplicate_id, ["catalog.yml", "duplicate id"]),
        (_escaping_path, ["catalog.yml", "../x.txt"]),
        (_file_without_entry, ["stray.txt", "no entry"]),
        (_entry_without_file, ["ghost", "missing.txt", "not found"]),
        (_broken_yaml, ["catalog.yml", "invalid YAML"]),
    ],
    ids=["empty", "binary", "cp1251", "missing-field", "duplicate-id", "escaping-path", "file-without-entry",
         "entry-without-file", "broken-yaml"],
)
def test_bad_input_fails_with_one_line_and_writes_nothing(tmp_path, provoke, expected, monkeypatch, capsys):
    """In process, through the CLI's ``main`` (the subprocess run above is the command's smoke test)."""
    seeds = _seeds(tmp_path)
    provoke(seeds)
    out = tmp_path / "out" / "indicators.csv"
    out.parent.mkdir()
    out.write_bytes(b"previous,output\n1,2\n")
    monkeypatch.setenv("TIPBRIEF_ROOT", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.chdir(tmp_path)
    code = cli.main(["extract", "--seeds", str(seeds), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 2, captured.out + captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tipbrief extract: error: "), captured.err
    for fragment in expected:
        assert fragment in lines[0], lines[0]
    assert "Traceback" not in captured.err
    assert out.read_bytes() == b"previous,output\n1,2\n"
    assert not out.with_suffix(".json").exists()
    assert sorted(p.name for p in out.parent.iterdir()) == ["indicators.csv"]


def test_evidence_lock_failure_names_source_and_row_and_writes_nothing(tmp_path, monkeypatch, capsys):
    import tipbrief.indicators.extract as extract

    real = extract.extract_document

    def tampered(source, text):
        rows = real(source, text)
        if source.id == "tip-2022":
            rows[0].quote = rows[0].quote.replace("Tier 2", "Tier 1")
        return rows

    monkeypatch.setattr(extract, "extract_document", tampered)
    seeds = _seeds(tmp_path)
    with pytest.raises(ExtractionError, match=r"source tip-2022, row tip-2022-tier-2022-[0-9a-f]+: evidence lock"):
        extract.extract_corpus(seeds)
    out = tmp_path / "indicators.csv"
    out.write_text("old\n", encoding="utf-8")
    assert cli.main(["extract", "--seeds", str(seeds), "--out", str(out)]) == 2
    assert "evidence lock failed" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old\n"


def test_conflicting_sources_are_both_flagged(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The government identified 120 victims in 2020.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Authorities identified 95 victims in 2020.\n", encoding="utf-8")
    shutil.copy(FIXTURES / "other-country.txt", seeds / "c.txt")
    _write_catalog(seeds, {"sources": [_entry("src-a", "a.txt"), _entry("src-b", "b.txt", kind="news article"),
                                       _entry("src-c", "c.txt")]})
    from tipbrief.indicators.extract import extract_corpus

    table = extract_corpus(seeds)
    vi = table[(table["indicator"] == "victims_identified") & (table["year"] == 2020)]
    assert set(vi["value"]) == {120, 95}
    assert vi["flags"].str.contains("conflict").all()
    # c.txt says 120 too: it agrees with a.txt but still differs from b.txt
    assert set(vi["source_id"]) == {"src-a", "src-b", "src-c"}
    tier = table[table["indicator"] == "tier"]
    assert list(tier["value_text"]) == ["Tier 2 Watch List"] and list(tier["year"]) == [2021]


def test_a_document_the_rules_read_badly_is_one_warning_line_naming_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    columns = " ".join(f"{2000 + i % 20} {i % 97} investigations of trafficking cases and {i % 13} convictions"
                       for i in range(100))  # a pasted table: no sentence ends
    (seeds / "table.txt").write_text(f"PROSECUTION\n\nThe government reported {columns}\n", encoding="utf-8")
    (seeds / "german.txt").write_text("Die Regierung hat im Jahr 2022 insgesamt 24 Opfer identifiziert. " * 20,
                                      encoding="utf-8")
    _write_catalog(seeds, {"sources": [_entry("pasted-table", "table.txt"), _entry("german", "german.txt")]})
    out = tmp_path / "out" / "indicators.csv"
    proc = cli_in_process.run(["extract", "--seeds", seeds, "--out", out, "-q"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 2, proc.stderr  # one line each: no Python file, line number or source line
    assert lines[0].startswith("tipbrief extract: warning: source german: the catalog gives language 'en' but the text "
                               "does not read as English") and lines[0].endswith("no rows read from it")
    assert lines[1].startswith("tipbrief extract: warning: source pasted-table: a sentence of ")
    assert "rows from 1 of 2 sources" in proc.stdout  # the refused document counts among the catalog's
    assert len(read_table(out)) >= 100  # the table's figures are still read, in pieces
