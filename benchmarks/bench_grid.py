"""Benchmark of many countries: a plain shell loop of `tipbrief build --country X` against the same
briefings built as a grid on a local Dask cluster of 2 workers (`tipbrief build --grid`), each in a fresh
temporary project of synthetic countries made from the seeds' TIP Report narrative (its country, demonym,
capital, currency and numbers changed). Prints wall time, the ratio, CPU seconds per wall second (how many
cores were used) and peak memory per worker.

Run: .venv/bin/python benchmarks/bench_grid.py [--countries N] [--engine builtin]   (asserts nothing)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
TIPBRIEF = Path(sys.executable).with_name("tipbrief")
SEED = "2022 Trafficking in Persons Report: Tajikistan"  # the narrative the synthetic countries are made from
SYLLABLES = ("ve", "lor", "an", "dra", "mos", "kel", "tir", "sa", "bon", "ur", "ith", "gal", "pe", "rin", "zo")


def names(k: int) -> dict[str, str]:
    """Country k's name, demonym, capital and currency word, all made up."""
    a, b, c = SYLLABLES[k % 15], SYLLABLES[(3 * k + 1) % 15], SYLLABLES[(7 * k + 2) % 15]
    stem = (a + b + c).capitalize()
    return {"country": f"{stem}ia", "demonym": f"{stem}ian", "capital": f"Port {c.capitalize()}{a}",
            "currency": f"{b}{c}o"}


def synthetic_text(text: str, k: int) -> str:
    """The seed narrative about country k: names replaced, counts shifted by k (years and tiers kept)."""
    n = names(k)
    for old, new in (("Tajikistan", n["country"]), ("Tajikistani", n["demonym"]), ("Tajiks", n["demonym"] + "s"),
                     ("Tajik", n["demonym"]), ("Dushanbe", n["capital"]), ("somoni", n["currency"]),
                     ("TJS", n["currency"].upper()[:3])):
        text = text.replace(old, new)

    def shift(m: re.Match) -> str:
        value = int(m.group())
        return str(value + k) if 4 <= value < 1000 else m.group()

    return re.sub(r"(?<![\d,.$])\d{1,3}(?![\d,.])", shift, text)


def make_project(root: Path, countries: int) -> list[str]:
    """A project with ``countries`` synthetic countries, one TIP narrative each; returns their names."""
    root.mkdir(parents=True)
    for name in ("notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.py"))
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    catalog = yaml.safe_load((REPO / "seeds" / "catalog.yml").read_text(encoding="utf-8"))
    seed = next(s for s in catalog["sources"] if s["title"] == SEED)
    text = (REPO / "seeds" / seed["file"]).read_text(encoding="utf-8")
    (root / "seeds").mkdir()
    entries, made = [], []
    for k in range(countries):
        n = names(k)
        file = f"{n['country'].lower()}-tip-2022.txt"
        (root / "seeds" / file).write_text(synthetic_text(text, k), encoding="utf-8")
        entries.append({**seed, "id": f"tip-2022-{n['country'].lower()}", "file": file, "country": n["country"],
                        "title": f"2022 Trafficking in Persons Report: {n['country']}"})
        made.append(n["country"])
    (root / "seeds" / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}, sort_keys=False),
                                                encoding="utf-8")
    return made


def timed(command: list[str], root: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``command``: wall seconds, CPU seconds of it and every process it waited for, peak RSS (MiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"bench_grid: {shlex.join(command)[:200]} failed: {proc.stderr.strip()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=int, default=4, help="synthetic countries (the issue's figure: 20)")
    parser.add_argument("--engine", default="builtin")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-grid-") as tmp:
        tmp = Path(tmp)
        base = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "TIPBRIEF_SCRATCH": str(tmp / "scratch")}
        loop_root, grid_root = tmp / "loop", tmp / "grid"
        countries = make_project(loop_root, args.countries)
        make_project(grid_root, args.countries)
        script = "; ".join(f"{shlex.quote(str(TIPBRIEF))} build --engine {args.engine} --country "
                           f"{shlex.quote(c)} >/dev/null" for c in countries)
        loop_wall, loop_cpu, loop_peak = timed(["bash", "-c", f"set -e; {script}"], loop_root,
                                               {**base, "TIPBRIEF_ROOT": str(loop_root)})
        (grid_root / "grid.yml").write_text("country: [all]\n", encoding="utf-8")
        grid_wall, grid_cpu, _ = timed([str(TIPBRIEF), "build", "--grid", "grid.yml", "--engine", args.engine,
                                        "--workers", str(args.workers), "--jobs", "1"], grid_root,
                                       {**base, "TIPBRIEF_ROOT": str(grid_root)})
        record = json.loads((grid_root / "_build" / "grid" / "grid.json").read_text(encoding="utf-8"))
        same = all(
            (grid_root / "_build" / "grid" / c.lower() / f.name).read_bytes() == f.read_bytes()
            for c in countries for f in (loop_root / "_build" / "site" / c.lower()).iterdir() if f.suffix != ".json"
        )
        per_worker: dict[str, dict[str, float]] = {}
        for task in record["tasks"].values():
            w = per_worker.setdefault(task["worker"], {"tasks": 0, "worker": 0.0, "child": 0.0})
            w["tasks"] += 1
            w["worker"] = max(w["worker"], task["worker_peak_mib"])
            w["child"] = max(w["child"], task["child_peak_mib"])
        cores = os.cpu_count()
        print(f"{args.countries} synthetic countries, {args.engine} engine, {cores} cores on this machine")
        print(f"shell loop of `tipbrief build --country X`: {loop_wall:7.1f} s wall, "
              f"{loop_cpu / loop_wall:4.2f} CPU s per wall s, peak RSS {loop_peak:5.0f} MiB")
        print(f"grid on a local Dask cluster ({args.workers} workers): {grid_wall:7.1f} s wall, "
              f"{grid_cpu / grid_wall:4.2f} CPU s per wall s")
        each = len(countries)
        print(f"ratio loop / grid: {loop_wall / grid_wall:4.2f}x   per briefing: loop {loop_wall / each:5.1f} s, "
              f"grid {grid_wall / each:5.1f} s")
        for name, w in sorted(per_worker.items()):
            print(f"  worker {name}: {int(w['tasks'])} briefing(s), peak RSS worker {w['worker']:4.0f} MiB, "
                  f"largest child (build or kernel) {w['child']:4.0f} MiB")
        print(f"grid outputs byte-identical to the loop's: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
