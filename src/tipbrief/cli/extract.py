"""``tipbrief extract``: build the evidence-locked indicator table from the seeds folder."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from tipbrief.errors import ProjectError
from tipbrief.paths import build_dir, check_output, editions_dir, project_root, resolve_seeds, seeds_dir


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``extract``."""
    parser = sub.add_parser("extract", help="extract the indicator table from the source documents")
    parser.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    parser.add_argument("--out", type=Path, default=None,
                        help="CSV to write, JSON beside it (default: _build/data/indicators.csv); never an existing "
                             "folder nor a path inside seeds/ or editions/")
    parser.add_argument("--wait", action="store_true", help="wait for another build in this project instead of failing")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    parser.add_argument("--jobs", "-j", type=_jobs, default=None,
                        help="processes that read documents when there are many to read (default: the CPUs, or "
                             "$TIPBRIEF_JOBS); 1 reads them in this process")
    parser.set_defaults(func=_run)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, not {text!r}")
    return int(text)


def _targets(args: argparse.Namespace) -> tuple[Path, Path, Path | None]:
    """(seeds, csv path, project root or None): every output refused up front, before any work."""
    seeds = resolve_seeds(args.seeds)
    root: Path | None
    try:
        root = project_root()
    except ProjectError:
        if args.out is None:
            raise
        root = None  # explicit --seeds and --out need no project
    protected = (seeds,) + ((seeds_dir(root), editions_dir(root)) if root else ())
    out = args.out if args.out is not None else build_dir(root) / "data" / "indicators.csv"
    csv_path = check_output(out, protected=protected)
    check_output(csv_path.with_suffix(".json"), protected=protected, option="--out (its JSON twin)")
    return seeds, csv_path, root


def _run(args: argparse.Namespace) -> int:
    from collections import Counter

    from rich.console import Console
    from rich.table import Table

    from tipbrief.indicators.extract import extract_rows  # the rules load only when a document must be read
    from tipbrief.indicators.table import write_rows
    from tipbrief.lock import project_lock
    from tipbrief.runs.table import extraction_progress, require_sources

    seeds, out, root = _targets(args)
    catalog = require_sources(seeds, "extract")
    inside_build = root is not None and build_dir(root).resolve() in out.parents
    with project_lock(build_dir(root), "extract", wait=args.wait) if inside_build else contextlib.nullcontext():
        with extraction_progress(enabled=not args.quiet) as progress:
            rows = extract_rows(seeds, progress=progress, cache=True, catalog=catalog, jobs=args.jobs)
        csv_path, json_path = write_rows(rows, out)
    flags = Counter(flag for row in rows for flag in sorted(row.flags)).most_common()
    table = Table()
    table.add_column("theme")
    table.add_column("rows", justify="right")
    for theme, count in sorted(Counter(row.theme for row in rows).items()):
        table.add_row(str(theme), str(count))
    console = Console()
    # a title would wrap to the table's width; the sources the catalog lists count, those that gave no row too
    console.print(f"{len(rows)} rows from {len({row.source_id for row in rows})} of {len(catalog.sources)} sources")
    console.print(table)
    console.print("flags: " + (", ".join(f"{k} {v}" for k, v in flags) or "none"))
    console.print(f"conflicts: {dict(flags).get('conflict', 0)}")
    console.print(f"wrote {csv_path} and {json_path.name}")
    return 0
