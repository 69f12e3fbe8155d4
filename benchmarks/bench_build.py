"""Benchmark of `tipbrief build` with each engine side by side, through the CLI: a cold build (extraction,
notebooks, HTML, PDF) in a fresh copy of the project, a no-op rebuild, and a forced re-render
(`--force`, notebooks cached), with wall time and peak memory.

Run: .venv/bin/python benchmarks/bench_build.py   (prints figures; it asserts nothing)
Quarto is taken from $QUARTO_PATH, the project's .quarto-cli/bin/quarto (`make quarto`) or PATH; without it
only the builtin engine is measured.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TIPBRIEF = Path(sys.executable).with_name("tipbrief")


def find_quarto() -> str | None:
    """The Quarto the benchmark uses (the same order as tipbrief itself)."""
    for candidate in (os.environ.get("QUARTO_PATH"), REPO / ".quarto-cli" / "bin" / "quarto", shutil.which("quarto")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


def run(root: Path, env: dict[str, str], *args: str) -> tuple[float, float]:
    """Run the CLI in a child process: wall seconds and peak RSS of the largest child so far (MiB)."""
    started = time.perf_counter()
    proc = subprocess.run([str(TIPBRIEF), *args], cwd=root, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"bench_build: `tipbrief {' '.join(args)}` failed: {proc.stderr.strip()}")
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def copy_project(dest: Path) -> Path:
    dest.mkdir()
    for name in ("seeds", "notebooks", "briefs"):
        shutil.copytree(REPO / name, dest / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*_files"))
    for name in ("_quarto.yml", "jupytext.toml"):
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, dest / name)
    return dest


def measure(engine: str, tmp: Path, quarto: str | None) -> dict[str, object]:
    root = copy_project(tmp / engine)
    env = {**os.environ, "TIPBRIEF_ROOT": str(root), "SOURCE_DATE_EPOCH": "1767225600"}
    if quarto:
        env["QUARTO_PATH"] = quarto
    cold, peak = run(root, env, "build", "--engine", engine)
    noop, _ = run(root, env, "build", "--engine", engine)
    render, _ = run(root, env, "build", "--engine", engine, "--force")
    # one folder per country, each with its build record (the sizes are the countries' summed: one with the seeds)
    records = sorted((root / "_build" / "site").glob("*/build.json"))
    if not records:
        sys.exit(f"bench_build: `tipbrief build --engine {engine}` wrote no build record under _build/site/*/")
    sizes: dict[str, float] = {}
    tools: dict[str, str] = {}
    for path in records:
        record = json.loads(path.read_text(encoding="utf-8"))
        for kind, name in record["files"].items():
            sizes[kind] = sizes.get(kind, 0.0) + (path.parent / name).stat().st_size / 1024
        tools.update(record["tools"])
    return {"cold": cold, "peak": peak, "noop": noop, "render": render, "sizes": sizes, "tools": tools,
            "countries": len(records)}


def main() -> None:
    quarto = find_quarto()
    engines = ["builtin"] + (["quarto"] if quarto else [])
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        results = {engine: measure(engine, Path(tmp), quarto) for engine in engines}
    head = "".join(f"{e:>12}" for e in engines)
    print(f"{'tipbrief build':46}{head}")
    print(f"{'countries built':46}" + "".join(f"{results[e]['countries']:>12}" for e in engines))

    def row(label: str, key: str, fmt: str) -> None:
        print(f"{label:46}" + "".join(f"{format(results[e][key], fmt):>12}" for e in engines))

    row("render only (--force, notebooks cached), s", "render", ".1f")
    row("cold build (extract + notebooks + render), s", "cold", ".1f")
    row("no-op rebuild (digest unchanged), s", "noop", ".2f")
    row("peak RSS of the largest child so far, MiB", "peak", ".0f")
    for kind in ("html", "pdf"):
        print(f"{kind + ' size, KiB':46}" + "".join(f"{results[e]['sizes'][kind]:>12,.0f}" for e in engines))
    for e in engines:
        print(f"  {e}: " + ", ".join(f"{k} {v}" for k, v in results[e]["tools"].items()))
    if not quarto:
        print("  quarto: not installed (`make quarto`, https://quarto.org or conda-forge `quarto`)")


if __name__ == "__main__":
    main()
