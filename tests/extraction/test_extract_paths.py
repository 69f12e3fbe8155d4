"""The faster paths of ``tipbrief extract`` give what the plain ones give: the table written from rows without
pandas, the evidence lock on rows, documents read in parallel processes, rows and pattern facts from the caches;
and a document far over the size limit is refused before any document is read."""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
import warnings
from collections.abc import Callable
from dataclasses import astuple, replace
from pathlib import Path

import pytest
import yaml

from tipbrief import cli
from tipbrief.errors import ExtractionError, SourceError
from tipbrief.indicators import extract, rowcache
from tipbrief.indicators.evidence import check, check_rows
from tipbrief.indicators.row import Row
from tipbrief.indicators.rules import regexcache
from tipbrief.indicators.table import rows_text, to_frame, write_rows, write_table

from .conftest import REPO

SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def seeds_rows() -> list[Row]:
    """The rows of the repository's seeds, read in this process (no cache)."""
    return extract.extract_rows(SEEDS, jobs=1)


def _odd_rows(base: Row) -> list[Row]:
    """Rows whose values provoke the CSV and JSON writers: quotes, commas, brackets, line ends, non-ASCII, NA."""
    return [
        replace(base, id="odd-1", quote='He said "24, or 25"; she\r\nsaid 30 — ’ \u2028 é', number_text="24",
                value=24, value_text=None, qualifier="a, b", flags=set(), confidence=0.85),
        replace(base, id="odd-2", value=None, value_text='Tier "2"', section=None, qualifier="",
                flags={"range", "conflict"}, year=None, confidence=0.1),
        replace(base, id="odd-3", value=1.5, value_text=None, flags={"approximate"}, confidence=0.75),
        replace(base, id="odd-4", value=1e20, source_year=None, start=0, end=1, section="%s %d {x}"),
    ]


def _files(tmp_path: Path, name: str, write: object, data: object) -> tuple[bytes, bytes]:
    path = tmp_path / name / "indicators.csv"
    path.parent.mkdir()
    write(data, path)
    return path.read_bytes(), path.with_suffix(".json").read_bytes()


def test_the_table_written_from_rows_is_the_frame_writers_byte_for_byte(seeds_rows, tmp_path):
    odd = _odd_rows(seeds_rows[0])
    for n, rows in enumerate((seeds_rows, odd, seeds_rows[:3] + odd, [])):
        assert rows_text(rows) is not None
        assert _files(tmp_path, f"rows{n}", write_rows, rows) == _files(tmp_path, f"frame{n}", write_table,
                                                                         to_frame(rows))


def test_values_pandas_converts_its_own_way_go_through_the_frame(seeds_rows, tmp_path):
    base = seeds_rows[0]
    for n, row in enumerate([replace(base, value=1 / 3), replace(base, confidence=0.7500000000000001),
                             replace(base, value_text=7), replace(base, value=float("nan")),
                             replace(base, year=2020.0), replace(base, value=True)]):
        assert rows_text([row]) is None
        if n < 3:  # the ones a frame takes: written as the frame writes them
            assert _files(tmp_path, f"rows{n}", write_rows, [row]) == _files(tmp_path, f"frame{n}", write_table,
                                                                             to_frame([row]))


def test_every_character_is_quoted_in_the_csv_as_the_frame_writer_quotes_it(seeds_rows):
    from tipbrief.indicators.table import csv_text

    chars = [chr(c) for c in range(1, 0x250)] + list("\u2028\u2029\u201c\u201d\u2014\ufeff")
    rows = [replace(seeds_rows[0], id=f"c{i}", quote=f"a{c}b", section=c, qualifier=f"{c} ")
            for i, c in enumerate(chars)]
    assert rows_text(rows)[0] == csv_text(to_frame(rows))


def test_the_evidence_lock_on_rows_says_what_the_lock_on_the_frame_says(seeds_rows):
    texts = {s.id: (SEEDS / s.file).read_text(encoding="utf-8") for s in extract.load_catalog(SEEDS).sources}
    check_rows(seeds_rows, texts)
    shared = [r for r in seeds_rows if sum(o.start == r.start and o.source_id == r.source_id for o in seeds_rows) > 1]
    cases = [
        [replace(r, number_text="99999") if r is shared[1] else r for r in seeds_rows],  # a later row of a sentence
        [replace(r, quote=r.quote + " x") if r is shared[0] else r for r in seeds_rows],
        [replace(r, end=10**9) if r is seeds_rows[5] else r for r in seeds_rows],
        [*seeds_rows, seeds_rows[7]],  # an id twice
    ]
    for rows in cases:
        with pytest.raises(ExtractionError) as on_rows:
            check_rows(rows, texts)
        with pytest.raises(ExtractionError) as on_frame:
            check(to_frame(rows), texts)
        assert str(on_rows.value) == str(on_frame.value)


def _copy_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return seeds


def _note_readers(monkeypatch: pytest.MonkeyPatch, pids: Path) -> Callable[[], dict[str, str]]:
    """Make each document read write "<source id> <pid>" to ``pids`` (a file: forked children share no memory);
    returns a function giving {source id: pid of the process that read it}."""
    real = extract.extract_document

    def noted(source, text):  # noqa: ANN001, ANN202 - extract_document's own signature
        with pids.open("a", encoding="utf-8") as fh:
            fh.write(f"{source.id} {os.getpid()}\n")
        return real(source, text)

    monkeypatch.setattr(extract, "extract_document", noted)
    return lambda: dict(line.split() for line in pids.read_text(encoding="utf-8").splitlines())


@pytest.mark.skipif(sys.platform != "linux", reason="reading processes are forked (Linux)")
def test_documents_read_in_parallel_processes_give_the_rows_read_here(seeds_rows, tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "PARALLEL_MIN_CHARS", 0)  # the four seeds are too little text to fork for
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # as a command: the test run may have other threads
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    read_by = _note_readers(monkeypatch, tmp_path / "pids")
    seen: list[tuple[str, int, int]] = []
    rows = extract.extract_rows(SEEDS, lambda s, i, n: seen.append((s.id, i, n)), cache=True, jobs=2)
    assert [astuple(r) for r in rows] == [astuple(r) for r in seeds_rows]  # the rule ids too
    readers = read_by()
    first = extract.load_catalog(SEEDS).sources[0].id
    assert readers.pop(first) == str(os.getpid())  # the first here (it loads the rules), the others in children
    assert len(readers) == 3 and str(os.getpid()) not in readers.values()
    assert [i for _, i, _ in seen] == [0, 1, 2, 3] and {n for _, _, n in seen} == {4}
    seen.clear()
    again = extract.extract_rows(SEEDS, lambda s, i, n: seen.append((s.id, i, n)), cache=True, jobs=2)
    assert [astuple(r) for r in again] == [astuple(r) for r in seeds_rows] and seen == []  # all from the row cache


@pytest.mark.skipif(sys.platform != "linux", reason="reading processes are forked (Linux)")
def test_a_warning_in_a_reading_process_reaches_the_command(seeds_rows, monkeypatch):
    monkeypatch.setattr(extract, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # as a command
    real = extract.extract_document

    def warns(source, text):
        warnings.warn(f"odd text in {source.id}", extract.ExtractionWarning, stacklevel=1)
        return real(source, text)

    monkeypatch.setattr(extract, "extract_document", warns)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = extract.extract_rows(SEEDS, jobs=2)
    assert len(rows) == len(seeds_rows)
    said = sorted(str(w.message) for w in caught if issubclass(w.category, extract.ExtractionWarning))
    assert said == sorted(f"odd text in {s.id}" for s in extract.load_catalog(SEEDS).sources)


def test_jobs_must_be_a_whole_number(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TIPBRIEF_JOBS", "many")
    with pytest.raises(ExtractionError, match=r"TIPBRIEF_JOBS='many': expected a whole number of processes"):
        extract.default_jobs()
    monkeypatch.setenv("TIPBRIEF_JOBS", "3")
    assert extract.default_jobs() == 3
    out = tmp_path / "t.csv"
    assert cli.main(["extract", "--seeds", str(SEEDS), "--out", str(out), "--jobs", "0", "-q"]) == 2
    assert "--jobs/-j: expected a whole number of processes, 1 or more, not '0'" in capsys.readouterr().err
    assert not out.exists()


def test_a_50_mb_document_is_refused_up_front_naming_the_file_and_the_limit(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("TIPBRIEF_MAX_SOURCE_MB", raising=False)
    seeds = _copy_seeds(tmp_path)
    catalog = yaml.safe_load((seeds / "catalog.yml").read_text(encoding="utf-8"))
    big = dict(catalog["sources"][-1], id="huge", file="zz-huge.txt")
    catalog["sources"].append(big)
    (seeds / "catalog.yml").write_text(yaml.safe_dump(catalog, sort_keys=False), encoding="utf-8")
    with (seeds / "zz-huge.txt").open("wb") as fh:  # sparse: 50 MB by its size, nothing written to disk
        fh.truncate(50_000_000)
    read: list[str] = []
    with pytest.raises(SourceError, match=r"zz-huge\.txt: 50\.0 MB is over the 20 MB limit for one source; split the "
                                          r"document or raise the limit with TIPBRIEF_MAX_SOURCE_MB"):
        extract.extract_rows(seeds, lambda s, i, n: read.append(s.id))
    assert read == []
    out = tmp_path / "t.csv"
    assert cli.main(["extract", "--seeds", str(seeds), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "50.0 MB is over the 20 MB limit" in err[0] and not out.exists()


def test_the_cli_writes_the_table_the_library_gives(seeds_rows, tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "cli" / "indicators.csv"
    for _ in range(2):  # rows read, then rows from the cache
        assert cli.main(["extract", "--seeds", str(SEEDS), "--out", str(out), "-q"]) == 0
        assert (out.read_bytes(), out.with_suffix(".json").read_bytes()) == _files(
            tmp_path, f"lib{_}", write_table, to_frame(seeds_rows))


def test_facts_about_patterns_are_kept_with_the_precompiled_regexes(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_store", None)
    monkeypatch.setattr(regexcache, "_facts", {})
    calls: list[str] = []

    def words(pattern: str) -> frozenset[str]:
        calls.append(pattern)
        return frozenset(re.findall(r"[a-z]{3,}", pattern))

    assert regexcache.remember("test", r"victims|cases", words) == {"victims", "cases"}
    assert regexcache.remember("test", r"victims|cases", words) == {"victims", "cases"} and len(calls) == 1
    regexcache.save()
    monkeypatch.setattr(regexcache, "_store", None)  # a new command: read from the store
    regexcache._facts.clear()
    assert regexcache.remember("test", r"victims|cases", words) == {"victims", "cases"} and len(calls) == 1
    assert regexcache.remember("other", r"victims|cases", words) and len(calls) == 2  # another kind of fact
    # the same kind worked out by another version of the code (an upgrade, a branch sharing the cache folder): its own
    regexcache.save()
    monkeypatch.setattr(regexcache, "_store", None)
    regexcache._facts.clear()
    monkeypatch.setattr(regexcache, "_source_digest", lambda filename: "another-version")
    assert regexcache.remember("test", r"victims|cases", words) == {"victims", "cases"} and len(calls) == 3


def test_a_row_cache_entry_of_another_shape_is_read_again(seeds_rows, tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    source = extract.load_catalog(SEEDS).sources[0]
    text = (SEEDS / source.file).read_text(encoding="utf-8")
    got = [r for r in seeds_rows if r.source_id == source.id]
    assert rowcache.cached(source, text, extract.extract_document) is None
    rowcache.store(source, text, extract.extract_document, got)
    assert [astuple(r) for r in rowcache.cached(source, text, extract.extract_document)] == [astuple(r) for r in got]
    path = rowcache._path(rowcache.key(source, text, "tipbrief.indicators.extract.extract_document"))
    import marshal

    for damaged in (marshal.dumps([{"id": "x"}]), marshal.dumps({"fields": ["id"], "rows": [["x"]]}), b"damaged",
                    marshal.dumps({"fields": rowcache._STORED, "rows": [[1, 2]]}), b""):
        path.write_bytes(damaged)
        assert rowcache.cached(source, text, extract.extract_document) is None


def test_the_rules_regexes_are_the_same_text_in_every_process():
    """The precompiled store is keyed on a pattern's text: a text that changed with the process's string hashing
    (a set's order) would never be found there, and the store would grow with every command."""
    import subprocess

    code = ("import hashlib; from tipbrief.indicators.rules.mentions import _profile_patterns; "
            "rx = _profile_patterns()['destination'][1]; "
            "print(hashlib.sha256('\\n'.join([rx.pattern, *(p.pattern for p in rx._by_char.values())]).encode())"
            ".hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONHASHSEED=seed),
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(digests) == 1


_SLOW_CHILDREN = """
import sys, time
from tipbrief import cli
from tipbrief.indicators import extract
extract.PARALLEL_MIN_CHARS = 0
real = extract.extract_document
first = extract.load_catalog(sys.argv[1]).sources[0].id
def slow(source, text):
    if source.id != first:  # read in a child: hang there
        time.sleep(120)
    return real(source, text)
extract.extract_document = slow
sys.argv[0] = "tipbrief"
sys.exit(cli.main(["extract", "--seeds", sys.argv[1], "--out", sys.argv[2], "-q", "--jobs", "2"]))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reading processes are forked (Linux)")
def test_ctrl_c_while_documents_are_read_in_processes_stops_them_all(tmp_path):
    import signal
    import subprocess
    import time

    out = tmp_path / "indicators.csv"
    env = dict(os.environ, TIPBRIEF_NO_CACHE="1")
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_CHILDREN, str(SEEDS), str(out)], env=env,
                            stderr=subprocess.PIPE, text=True)
    children_file = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
    children: list[str] = []
    deadline = time.monotonic() + 60
    while len(children) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        children = children_file.read_text().split() if children_file.exists() else []
    assert len(children) == 2, "the reading processes did not start"
    proc.send_signal(signal.SIGINT)  # to the command alone, as a terminal's Ctrl-C would reach it first
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.strip().splitlines() == ["tipbrief extract: interrupted (SIGINT); nothing was left half-written"]
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
    assert not out.exists()


#: ... and a Ctrl-C that lands while the command is forking a reading process, inside Python's after-fork hooks (the
#: fresh-clone CI run of stop 28 met it by chance: "Exception ignored in: <function _releaseLock ...>", the interrupt
#: printed there and lost, and the command waited on its readers): sent from such a hook, as the signal would land
_CTRL_C_WHILE_FORKING = _SLOW_CHILDREN.replace("sys.argv[0] = ", """import os, signal
def ctrl_c_in_hook():
    if not getattr(ctrl_c_in_hook, "sent", False):
        ctrl_c_in_hook.sent = True
        os.kill(os.getpid(), signal.SIGINT)
        sum(range(1000))  # Python code of the hook after the signal: where the interrupt would be raised
os.register_at_fork(after_in_parent=ctrl_c_in_hook)
sys.argv[0] = """)


@pytest.mark.skipif(sys.platform != "linux", reason="reading processes are forked (Linux)")
def test_ctrl_c_while_a_reading_process_is_forked_is_not_lost(tmp_path):
    import subprocess

    out = tmp_path / "indicators.csv"
    env = dict(os.environ, TIPBRIEF_NO_CACHE="1")
    proc = subprocess.run([sys.executable, "-c", _CTRL_C_WHILE_FORKING, str(SEEDS), str(out)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip().splitlines() == ["tipbrief extract: interrupted (SIGINT); nothing was left half-written"]
    assert not out.exists()


def test_a_process_with_other_threads_reads_here(seeds_rows, tmp_path, monkeypatch):
    """A fork copies one thread only (a Jupyter kernel has several): such a process never forks to read."""
    monkeypatch.setattr(extract, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    read_by = _note_readers(monkeypatch, tmp_path / "pids")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        rows = extract.extract_rows(SEEDS, cache=False, jobs=2)
    finally:
        stop.set()
        other.join()
    assert [astuple(r) for r in rows] == [astuple(r) for r in seeds_rows]
    assert set(read_by().values()) == {str(os.getpid())}
