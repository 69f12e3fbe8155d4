"""Benchmark of `tipbrief build` (builtin engine): a full cold build (extraction, notebooks, HTML, PDF)
and a no-op rebuild, with wall time and peak memory, in a temporary copy of the project.

Run: .venv/bin/python benchmarks/bench_build.py   (prints figures; it asserts nothing)
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


def run(root: Path, *args: str) -> tuple[float, float, str]:
    """Run the CLI in a child process: wall seconds, peak RSS of that child (MiB), last line of output."""
    env = {**os.environ, "TIPBRIEF_ROOT": str(root), "SOURCE_DATE_EPOCH": "1767225600"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run([str(TIPBRIEF), *args], cwd=root, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"bench_build: `tipbrief {' '.join(args)}` failed: {proc.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = proc.stdout.strip().splitlines()
    return seconds, max(peak, before) / 1024, lines[0] if lines else ""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        for name in ("seeds", "notebooks", "briefs"):
            shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        for name in ("_quarto.yml", "jupytext.toml"):
            if (REPO / name).is_file():
                shutil.copy2(REPO / name, root / name)
        cold, cold_mem, cold_line = run(root, "build", "--engine", "builtin")
        noop, _, noop_line = run(root, "build", "--engine", "builtin")
        render, _, _ = run(root, "build", "--engine", "builtin", "--force")
        site = root / "_build" / "site"
        record = json.loads((site / "build.json").read_text(encoding="utf-8"))
        sizes = {name: (site / name).stat().st_size / 1024 for name in record["files"].values()}
        print(f"cold build (extract + notebooks + HTML + PDF): {cold:6.1f} s")
        print(f"  peak RSS of the largest process:             {cold_mem:6.0f} MiB")
        print(f"no-op rebuild (digest unchanged, skipped):    {noop:6.2f} s")
        print(f"forced rebuild (notebooks cached, re-render): {render:6.1f} s")
        print(f"  -> {cold_line}")
        print(f"  -> {noop_line}")
        for name, kib in sizes.items():
            print(f"  {name}: {kib:,.0f} KiB")


if __name__ == "__main__":
    main()
