"""``tipbrief extract``: build the evidence-locked indicator table from the seeds folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tipbrief.paths import build_dir, resolve_seeds


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``extract``."""
    parser = sub.add_parser("extract", help="extract the indicator table from the source documents")
    parser.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    parser.add_argument("--out", type=Path, default=None,
                        help="CSV to write, JSON beside it (default: _build/data/indicators.csv)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from tipbrief.indicators.extract import extract_corpus  # pandas and the rules load only when the command runs
    from tipbrief.indicators.table import write_table

    frame = extract_corpus(resolve_seeds(args.seeds))
    out = args.out if args.out is not None else build_dir() / "data" / "indicators.csv"
    csv_path, json_path = write_table(frame, out)
    flags = frame["flags"].fillna("").str.split(";").explode()
    flags = flags[flags != ""].value_counts()
    table = Table(title=f"{len(frame)} rows from {frame['source_id'].nunique()} sources")
    table.add_column("theme")
    table.add_column("rows", justify="right")
    for theme, count in frame["theme"].value_counts().sort_index().items():
        table.add_row(str(theme), str(count))
    console = Console()
    console.print(table)
    console.print("flags: " + (", ".join(f"{k} {v}" for k, v in flags.items()) or "none"))
    console.print(f"conflicts: {int(flags.get('conflict', 0))}")
    console.print(f"wrote {csv_path} and {json_path.name}")
    return 0
