"""Benchmark of the notebook runner (prints figures; not a test).

Side by side, on the real seeds and notebooks, in a temporary build folder:
cold parallel run (extraction included), no-op rerun, a theme-specific parameter change,
a parameter only one notebook declares, and a plain sequential papermill loop over the same
notebooks with the same parameters. Targets: cold parallel < sequential; no-op < 1 s; a
theme-specific change re-executes that theme only.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

import papermill

from tipbrief.paths import project_root
from tipbrief.runs import runner


def _cpu() -> float:
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def _timed(label: str, fn):
    """(label, wall seconds, result, CPU seconds the kernels used)."""
    cpu, start = _cpu(), time.perf_counter()
    result = fn()
    return label, time.perf_counter() - start, result, _cpu() - cpu


def _misses(record: runner.RunRecord) -> str:
    ran = [t for t, r in record.notebooks.items() if r.cache == "miss"]
    return f"{len(ran)} executed ({', '.join(ran) or 'none'})"


def main() -> None:
    root = project_root()
    notebooks = root / "notebooks"
    themes = runner.available_themes(notebooks)
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="tipbrief-bench-") as tmp:
        build = Path(tmp) / "build"

        def run(params=None):
            return runner.run_notebooks(themes, params, jobs, notebooks_dir=notebooks, build_dir=build, progress=False)

        rows = [
            _timed("cold parallel run (incl. extraction)", run),
            _timed("no-op rerun", run),
            _timed("theme parameter prosecution.indicators", lambda: run({"prosecution.indicators": ["convictions"]})),
            _timed("parameter only profile declares (top_n)", lambda: run({"prosecution.indicators": ["convictions"],
                                                                          "top_n": 5})),
        ]
        record = rows[0][2]
        out = Path(tmp) / "sequential"

        def sequential():
            for theme in themes:
                papermill.execute_notebook(
                    str(notebooks / f"{theme}.ipynb"), str(out / f"{theme}.ipynb"),
                    parameters=record.notebooks[theme].parameters, kernel_name="python3", progress_bar=False,
                    extra_arguments=runner.KERNEL_ARGS,
                )

        out.mkdir()
        seq = _timed("plain sequential papermill loop", sequential)
    cold, noop = rows[0][1], rows[1][1]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{len(themes)} notebooks, {jobs} parallel jobs, load average before: {load}")
    print(f"  {'':<44} {'wall':>9}   {'kernel CPU':>10}")
    for label, seconds, result, cpu in rows:
        print(f"  {label:<44} {seconds:7.2f} s   {cpu:8.2f} s   {_misses(result)}")
    print(f"  {seq[0]:<44} {seq[1]:7.2f} s   {seq[3]:8.2f} s   {len(themes)} executed")
    print(f"  speed-up of cold parallel over sequential     {seq[1] / cold:7.2f} x  (target > 1)")
    print(f"  no-op rerun                                   {noop * 1000:7.0f} ms (target < 1000)")
    print(f"  kernel CPU / wall: cold parallel {rows[0][3] / cold:.2f}, sequential {seq[3] / seq[1]:.2f} "
          f"(how many cores the kernels actually got)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  peak memory: runner process {own:.0f} MiB; largest kernel {kids:.0f} MiB")


if __name__ == "__main__":
    main()
