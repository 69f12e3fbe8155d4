"""Extraction speed and memory as users meet them: the ``tipbrief`` command, end to end, run as a subprocess.

Side by side in one run, each case a fresh ``tipbrief`` process (start-up and imports included):

* ``tipbrief extract`` on the four seeds, cold (empty cache folder: no cached rows, no regexes but those ``make``
  precompiled into the package, see ``tipbrief.indicators.rules.prebuild``)
  and warm (the same cache again);
* ``tipbrief extract`` on a corpus of 200 *different* documents, cold and warm. Each document is one of the
  seeds with one or two texts of ``tests/extraction/corpus/`` added, its numbers, years and sentences varied,
  so no two documents are alike and the row cache cannot serve one document's rows to another. Cold is run
  with the default settings (documents read in parallel processes, one per CPU, when there is enough text) and
  again in one process (``TIPBRIEF_JOBS=1``), since on a shared machine the processes may not pay;
* ``tipbrief extract`` on bad input the issue names, each alone with the rules compiled: a document of 10,000
  figures and a sentence of ~125 KB (what a user who drops such a file in waits: no runaway time or memory);
* a no-op ``tipbrief run`` (nothing changed since the last complete run, which the benchmark makes first);
* the cost of loading and compiling the rules, in a fresh process, with an empty cache folder and with the one a
  command filled: the CPU time of reading the first seed minus that of reading it again in the same process (the
  rule modules, their word lists and regexes load on the first reading; the filled cache folder holds the
  precompiled regexes and the parsed rule files and currency tables, see ``tipbrief.indicators.rules.datacache``).

Every child writes and reads its modules' bytecode (``PYTHONDONTWRITEBYTECODE`` is removed from its environment), as a
user's commands do.

For each: wall time, CPU time of the child (user + system, from its rusage), MB/s on the documents' bytes
(by wall and by CPU time; the machine may be shared, so CPU time is the steadier figure) and the child's
peak resident memory. Prints figures; it is a script, not a test (run it with ``make benchmark``).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EXTRA = ROOT / "tests" / "extraction" / "corpus"
DOCUMENTS = 200
REPEATS = 3  # warm cases and the no-op run: median of this many runs
JOBS = "TIPBRIEF_JOBS"
TIPBRIEF = [sys.executable, "-m", "tipbrief.cli"]
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d,])")


@dataclass
class Timing:
    """One command's cost: wall and CPU seconds (user + system of the child) and peak RSS (MB)."""

    wall: float
    cpu: float
    rss: float


def timed(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> Timing:
    """Run ``args`` as a child process; its own wall time, rusage CPU time and peak RSS. Fails on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode:
        raise SystemExit(f"{' '.join(args[2:])}: exit {proc.returncode}: {err.strip()[-500:]}")
    return Timing(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _vary(text: str, rng: random.Random, year_shift: int) -> str:
    """``text`` with its years shifted by ``year_shift`` and its other numbers above 3 scaled at random
    (tiers and small counts are kept, so the documents still read as narratives)."""

    def number(m: re.Match) -> str:
        raw = m.group()
        value = int(raw.replace(",", ""))
        if 1900 <= value <= 2099 and "," not in raw:
            return str(value + year_shift)
        if value <= 3:
            return raw
        new = max(4, round(value * rng.uniform(0.5, 2.0)))
        return f"{new:,}" if "," in raw else str(new)

    return _NUMBER.sub(number, text)


def _drop_sentences(text: str, rng: random.Random, share: float) -> str:
    """``text`` less about ``share`` of its sentences (each one ending in ". " before a capital)."""
    parts = re.split(r"(?<=\.) (?=[A-Z])", text)
    return " ".join(p for p in parts if rng.random() >= share or len(parts) == 1)


def make_corpus(target: Path) -> int:
    """Write ``DOCUMENTS`` different documents and their catalog into ``target``; return their total bytes."""
    rng = random.Random(20260)
    catalog = catalog_entries(SEEDS)
    extras = sorted(EXTRA.glob("*.txt"))
    entries, size = [], 0
    for n in range(DOCUMENTS):
        seed = catalog[n % len(catalog)]
        shift = rng.randint(-3, 3)
        body = _vary((SEEDS / seed["file"]).read_text(encoding="utf-8"), rng, shift)
        for extra in rng.sample(extras, rng.randint(1, 2)):
            body += "\n\n" + _drop_sentences(_vary(extra.read_text(encoding="utf-8"), rng, shift), rng, 0.2)
        name = f"{n:03d}_{seed['file']}"
        (target / name).write_text(body, encoding="utf-8")
        size += (target / name).stat().st_size
        entry = dict(seed, id=f"{seed['id']}-v{n:03d}", file=name, year=seed["year"] + shift)
        if "reporting_year" in entry:
            entry["reporting_year"] += shift
        if "period" in entry:
            entry["period"] = {k: v + shift for k, v in entry["period"].items()}
        entries.append(entry)
    (target / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}, sort_keys=False), encoding="utf-8")
    return size


def catalog_entries(seeds: Path) -> list[dict]:
    """The catalog's entries as plain mappings (the benchmark copies and varies them)."""
    return yaml.safe_load((seeds / "catalog.yml").read_text(encoding="utf-8"))["sources"]


def document_bytes(seeds: Path) -> int:
    """Bytes of the documents a catalog names."""
    return sum((seeds / s["file"]).stat().st_size for s in catalog_entries(seeds))


def _env(cache: Path) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE is dropped, not set to "0" (any value turns writing off): the children write and read
    # their modules' bytecode as a user's commands do, so no case pays for compiling Python source
    drop = ("TIPBRIEF_NO_CACHE", "PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE", JOBS)
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {"TIPBRIEF_CACHE": str(cache)}


def extract_cases(label: str, seeds: Path, tmp: Path, serial: bool = False) -> list[tuple[str, int, Timing]]:
    """Cold (a fresh cache folder) and warm (median of REPEATS runs on the same cache) extraction of ``seeds``;
    with ``serial``, cold again with the documents read in one process."""
    cache = tmp / f"cache-{label}"
    env = _env(cache)
    args = [*TIPBRIEF, "extract", "--seeds", str(seeds), "--out", str(tmp / f"{label}.csv"), "--quiet"]
    size = document_bytes(seeds)
    out = [(f"{label}, cold", size, timed(args, env))]
    if serial:
        out.append((f"{label}, cold, 1 process", size, timed(args, _env(tmp / f"cache-{label}-1") | {JOBS: "1"})))
    warm = [timed(args, env) for _ in range(REPEATS)]
    return [*out, (f"{label}, warm", size, _median(warm))]


#: Bad input the issue names: a document of many figures, and one sentence of ~125 KB (no sentence end in it).
_BAD_INPUT = {
    "10,000 figures": lambda rng: "The ministry reported its figures. " + " ".join(
        f"In 2021 authorities investigated {rng.randint(4, 999)} cases." for _ in range(10_000)),
    "a 125 KB sentence": lambda rng: "The government investigated 12 cases in 2021 and " + ", and ".join(
        f"identified {rng.randint(4, 99)} victims in region {i}" for i in range(3_000)) + ".",
}


def bad_input_cases(tmp: Path, cache: Path) -> list[tuple[str, int, Timing]]:
    """``tipbrief extract`` on each bad-input document alone, its own seeds folder, rules compiled in ``cache`` (a
    folder an earlier case filled) and no rows of it cached: what a user who drops such a file in waits."""
    rng, out = random.Random(7), []
    catalog = catalog_entries(SEEDS)
    report = next(s for s in catalog if s["kind"] == "government report")  # its provenance fields, another text
    for label, make in _BAD_INPUT.items():
        seeds = tmp / f"bad-{len(out)}"
        seeds.mkdir()
        (seeds / "doc.txt").write_text(make(rng), encoding="utf-8")
        entry = dict(report, id=f"bad-{len(out)}", file="doc.txt", title=label)
        (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": [entry]}, sort_keys=False), encoding="utf-8")
        args = [*TIPBRIEF, "extract", "--seeds", str(seeds), "--out", str(tmp / f"bad-{len(out)}.csv"), "--quiet"]
        out.append((f"bad input: {label}", document_bytes(seeds), timed(args, _env(cache))))
    return out


#: Run in a fresh process: CPU seconds of reading the first seed, less those of reading it again.
_RULE_COST = """
import sys, time
from pathlib import Path
from tipbrief.indicators.extract import extract_document
from tipbrief.sources.catalog import load_catalog
seeds = Path(sys.argv[1])
source = load_catalog(seeds).sources[0]
text = (seeds / source.file).read_text(encoding="utf-8")
t0 = time.process_time(); extract_document(source, text); t1 = time.process_time(); extract_document(source, text)
print((t1 - t0) - (time.process_time() - t1))
"""


def rule_cost(tmp: Path) -> tuple[float, float]:
    """(with an empty cache folder, with the cache folder that run filled): median CPU seconds that loading and
    compiling the rules adds to the first document a command reads."""
    def once(cache: Path) -> float:
        proc = subprocess.run([sys.executable, "-c", _RULE_COST, str(SEEDS)], env=_env(cache), cwd=ROOT,
                              capture_output=True, text=True, check=True)
        return float(proc.stdout.strip())

    empty, filled = [], []
    for n in range(REPEATS):
        cache = tmp / f"cache-rules-{n}"
        empty.append(once(cache))
        filled.append(once(cache))
    return statistics.median(empty), statistics.median(filled)


def _median(runs: list[Timing]) -> Timing:
    return Timing(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
                  max(r.rss for r in runs))


def noop_run(tmp: Path) -> tuple[Timing, Timing]:
    """(the complete run that prepares it, median no-op ``tipbrief run``) in a build folder of its own."""
    env = _env(tmp / "cache-run")
    args = [*TIPBRIEF, "run", "--build", str(tmp / "build"), "--quiet"]
    first = timed(args, env)
    return first, _median([timed(args, env) for _ in range(REPEATS)])


def main() -> None:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="tipbrief-bench-extract-") as name:
        tmp = Path(name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        make_corpus(corpus)
        rows = extract_cases("four seeds", SEEDS, tmp)
        rows += extract_cases(f"{DOCUMENTS} different documents", corpus, tmp, serial=True)
        rows += bad_input_cases(tmp, tmp / "cache-four seeds")
        prepared, noop = noop_run(tmp)
        rules_empty, rules_filled = rule_cost(tmp)
        shutil.rmtree(tmp / "build", ignore_errors=True)
    print(f"tipbrief as a subprocess, end to end (start-up included); load average before: {load}; "
          f"CPU = user + system time of the child; warm and no-op: median of {REPEATS} runs")
    print(f"  {'case':<46} {'MB':>6} {'wall s':>7} {'CPU s':>7} {'MB/s wall':>10} {'MB/s CPU':>9} {'peak RSS':>9}")
    for label, size, t in rows:
        mb = size / 1e6
        print(f"  {'extract ' + label:<46} {mb:6.2f} {t.wall:7.2f} {t.cpu:7.2f} {mb / t.wall:10.2f} "
              f"{mb / t.cpu:9.2f} {t.rss:6.0f} MB")
    print(f"  {'run, nothing changed (no-op)':<46} {'':>6} {noop.wall:7.2f} {noop.cpu:7.2f} {'':>10} {'':>9} "
          f"{noop.rss:6.0f} MB")
    print(f"  (the complete run that the no-op follows: {prepared.wall:.1f} s wall, {prepared.cpu:.1f} s CPU with the "
          "kernels it waited for)")
    print(f"  loading and compiling the rules (CPU, median of {REPEATS}): {rules_filled:.2f} s with the cache folder a "
          f"command filled, {rules_empty:.2f} s with an empty one")
    cold = next(t for label, _s, t in rows if label.startswith(f"{DOCUMENTS}") and label.endswith("cold"))  # default
    size = next(s for label, s, _t in rows if label.startswith(f"{DOCUMENTS}"))
    print(f"  targets: cold {DOCUMENTS}-document extraction >= 5 MB/s (now {size / 1e6 / cold.wall:.2f} wall, "
          f"{size / 1e6 / cold.cpu:.2f} CPU); rules loaded and compiled < 0.1 s (now {rules_filled:.2f} s); "
          f"no-op run < 0.3 s wall (now {noop.wall:.2f} s)")


if __name__ == "__main__":
    main()
