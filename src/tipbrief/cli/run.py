"""``tipbrief run``: execute the theme notebooks headless (cached, parallel) into _build/notebooks."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from tipbrief.cli.build import add_run_control


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``run``."""
    parser = sub.add_parser("run", help="execute the theme notebooks (cached, in parallel)")
    parser.add_argument("--theme", action="append", dest="themes", metavar="THEME",
                        help="run only this theme notebook (repeatable; default: all)")
    parser.add_argument("-p", "--param", action="append", dest="params", metavar="NAME=VALUE",
                        help="set a notebook parameter (repeatable); THEME.NAME=VALUE sets it for one theme only")
    parser.add_argument("--jobs", "-j", type=int, default=None, help="notebooks run at once (default: CPU cores)")
    parser.add_argument("--seeds", type=Path, default=None, help="seeds folder (default: ./seeds of the project)")
    parser.add_argument("--table", type=Path, default=None, help="use this indicator table instead of extracting")
    parser.add_argument("--notebooks", type=Path, default=None, help="notebooks folder (default: ./notebooks)")
    parser.add_argument("--build", type=Path, default=None, help="build folder (default: ./_build)")
    parser.add_argument("--force", action="store_true", help="execute even notebooks whose cache is valid")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    add_run_control(parser)
    parser.set_defaults(func=_run)


def _noop_key(args: argparse.Namespace) -> tuple[Path, str] | None:
    """(folder of the executed notebooks, stamp key) of this command, or None when it cannot be told cheaply
    (``--force``, or seeds or table given as notebook parameters: the runner resolves those)."""
    from tipbrief.errors import ProjectError
    from tipbrief.paths import build_dir, editions_dir, project_root, resolve_seeds
    from tipbrief.runs.stamp import stamp_key

    if args.force or any(p.split("=", 1)[0].strip() in ("seeds_dir", "table_path") for p in args.params or []):
        return None
    try:
        notebooks = Path(args.notebooks or project_root() / "notebooks").resolve()
        build = Path(args.build or build_dir()).resolve()
        seeds = resolve_seeds(args.seeds)
        editions = sorted(os.listdir(editions_dir())) if args.build is None and editions_dir().is_dir() else []
    except (ProjectError, OSError):
        return None
    if not notebooks.is_dir() or not seeds.is_dir():
        return None
    options = {"themes": args.themes, "params": args.params, "seeds": str(seeds), "notebooks": str(notebooks),
               "build": str(build), "table": str(args.table and Path(args.table).resolve()), "editions": editions}
    return build / "notebooks", stamp_key(options, notebooks, seeds, args.table)


def _run(args: argparse.Namespace) -> int:
    from tipbrief.runs import stamp

    began = time.perf_counter()
    noop = _noop_key(args)
    if noop is not None:
        done = stamp.unchanged(*noop)
        if done is not None:  # nothing changed since the last complete run: papermill is not even loaded
            stamp.record_hits(noop[0], "run.json", done["themes"], time.perf_counter() - began)
            if not args.quiet:
                print(f"Nothing changed since the last run: {len(done['themes'])} notebook(s) up to date "
                      f"({', '.join(done['themes'])}); --force runs them again.")
            return 0
        stamp.clear(noop[0])
    # imported here so that other subcommands do not pay for papermill and nbformat at start-up
    from rich.console import Console
    from rich.table import Table

    from tipbrief.paths import project_root
    from tipbrief.runs.params import parse_assignments
    from tipbrief.runs.runner import run_notebooks

    record = run_notebooks(
        args.themes, parse_assignments(args.params), args.jobs,
        notebooks_dir=args.notebooks, build_dir=args.build, seeds=args.seeds, table=args.table,
        progress=not args.quiet, force=args.force, cell_timeout=args.cell_timeout, wait=args.wait,
    )
    if args.build is None and args.notebooks is None and args.table is None and not args.themes:
        # the project's own _build/ now holds every notebook: write the briefing parts too, so that plain
        # `quarto render` / `quarto preview` work in the project folder
        from tipbrief.briefing.pipeline import write_draft_parts

        write_draft_parts(project_root(), args.seeds)
    if noop is not None:  # every selected notebook ran or was cached without error (else run_notebooks raised)
        outputs = [record.notebooks[t].output for t in record.selected] + [record.table]
        stamp.write(noop[0], noop[1], outputs, list(record.selected), inputs=[record.table])
    if not args.quiet:
        table = Table(title=f"Notebooks ({record.duration:.1f}s)")
        for col in ("theme", "cache", "seconds", "output"):
            table.add_column(col)
        for theme in record.selected:  # this run's notebooks only, never stale rows of earlier runs
            run = record.notebooks[theme]
            table.add_row(run.theme, run.cache, f"{run.duration:.1f}", run.output)
        Console().print(table)
    return 0
