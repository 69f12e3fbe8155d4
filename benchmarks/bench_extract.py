"""Extraction speed and memory: the four seeds, and a 200-document corpus made from them.

Prints figures; it is a script, not a test (run it with `make benchmark`).
"""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from tipbrief.indicators.extract import extract_corpus
from tipbrief.sources.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
COPIES = 50  # 4 seeds x 50 = 200 documents


def make_corpus(target: Path) -> int:
    """Write 200 documents (copies of the seeds, each its own catalog entry); return total bytes."""
    catalog = load_catalog(SEEDS)
    entries = []
    size = 0
    for n in range(COPIES):
        for source in catalog.sources:
            name = f"{n:03d}_{source.file}"
            shutil.copy(SEEDS / source.file, target / name)
            size += (target / name).stat().st_size
            entry = source.model_dump(mode="json", exclude_none=True)
            entry.update(id=f"{source.id}-copy{n:03d}", file=name)
            entries.append(entry)
    (target / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}, sort_keys=False), encoding="utf-8")
    return size


def main() -> None:
    extract_corpus(SEEDS)  # warm up: compile patterns once, as a long-running process would
    seed_bytes = sum((SEEDS / s.file).stat().st_size for s in load_catalog(SEEDS).sources)
    times, cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        rows = len(extract_corpus(SEEDS))
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"four seeds: {seed_bytes / 1e3:.1f} kB, {rows} rows, median {statistics.median(times) * 1e3:.0f} ms wall, "
          f"{statistics.median(cpu) * 1e3:.0f} ms CPU (min {min(times) * 1e3:.0f}, max {max(times) * 1e3:.0f} ms wall "
          f"over {len(times)} runs)")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        size = make_corpus(corpus)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start, start_cpu = time.perf_counter(), time.process_time()
        frame = extract_corpus(corpus)
        elapsed, elapsed_cpu = time.perf_counter() - start, time.process_time() - start_cpu
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs = COPIES * 4
    print(f"{docs} documents: {size / 1e6:.2f} MB, {len(frame)} rows, {elapsed:.2f} s wall ({elapsed_cpu:.2f} s CPU) "
          f"-> {size / 1e6 / elapsed:.2f} MB/s wall, {size / 1e6 / elapsed_cpu:.2f} MB/s CPU, "
          f"{docs / elapsed:.0f} documents/s")
    print(f"peak resident memory of this process: {rss_after / 1024:.0f} MB "
          f"(grew {max(rss_after - rss_before, 0) / 1024:.0f} MB while extracting {docs} documents)")


if __name__ == "__main__":
    main()
