"""Every row the extractor reads from every corpus text and from the seeds, all fields, one line each, sorted.

A speed-up must leave this output byte-identical (``cmp`` it against main's): it is the check that a change of speed
changed no row. Each corpus text is catalogued alone as ``benchmarks/extraction_quality.py`` catalogues it, and read
by ``tipbrief.indicators.extract.extract_rows`` (what ``tipbrief extract`` runs, no row cache, one process).

    python benchmarks/rows_digest.py [NAME ...] > digest.txt
"""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import CORPUS, catalog_entry, load_spec, texts  # noqa: E402

from tipbrief.indicators.extract import extract_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _line(label: str, row: object) -> str:
    fields = dataclasses.asdict(row)
    fields["flags"] = sorted(fields["flags"])
    return f"{label}\t{json.dumps(fields, sort_keys=True, ensure_ascii=False)}"


def corpus_lines(name: str) -> list[str]:
    """The rows of one corpus text, catalogued alone."""
    spec = load_spec(name)
    with tempfile.TemporaryDirectory(prefix="tipbrief-digest-") as tmp:
        seeds = Path(tmp)
        (seeds / f"{name}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes())
        catalog = {"sources": [catalog_entry(name, spec)]}
        (seeds / "catalog.yml").write_text(yaml.safe_dump(catalog, sort_keys=False), encoding="utf-8")
        try:
            rows = extract_rows(seeds, jobs=1)
        except Exception as exc:  # noqa: BLE001 - a refusal is part of the output
            return [f"{name}\tERROR {type(exc).__name__}: {exc}"]
    return [_line(name, row) for row in rows]


def main(names: list[str]) -> None:
    lines: list[str] = []
    for name in names or texts():
        lines += corpus_lines(name)
    if not names:
        lines += [_line("seeds", row) for row in extract_rows(ROOT / "seeds", jobs=1)]
    sys.stdout.write("".join(f"{line}\n" for line in sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1:])
