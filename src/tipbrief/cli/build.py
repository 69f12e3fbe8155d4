"""``tipbrief build``: one draft briefing per country (or a grid of parameter sets) into _build/site/<country>/."""

from __future__ import annotations

import argparse
import math
import signal
import sys
from pathlib import Path

from tipbrief.briefing.engines import ENGINE_CHOICES
from tipbrief.errors import ParameterError
from tipbrief.paths import resolve_seeds
from tipbrief.runs import CELL_TIMEOUT


def parse_params(items: list[str] | None) -> dict:
    """``-p name=value`` options as a dict, parsed exactly as ``tipbrief run`` parses them."""
    from tipbrief.runs.params import parse_assignments

    return parse_assignments(items)


def language(option: str | None, params: dict) -> str:
    """The briefing's language: ``--lang``, or ``-p lang=…`` (taken out of ``params``; the same thing, as with
    country), else English; one line when the two disagree or the language is not one briefings are written in."""
    from tipbrief import i18n  # Babel: loaded by the commands that build, not by `tipbrief run`

    given = params.pop("lang", None)
    if option is not None and given is not None and str(given) != option:
        raise ParameterError(f"--lang {option} and -p lang={given} disagree: give one")
    return i18n.check(str(option if option is not None else given or i18n.DEFAULT))


def seconds(text: str) -> float:
    """A ``--cell-timeout`` value: seconds, 0 for no limit."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, e.g. 600, got {text!r}") from None
    if value < 0 or not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected 0 or more seconds, got {text!r}")
    return value


def add_run_control(parser: argparse.ArgumentParser) -> None:
    """Options of every command that runs notebooks: the cell timeout and waiting for the project lock."""
    parser.add_argument("--cell-timeout", type=seconds, default=CELL_TIMEOUT, metavar="SECONDS",
                        help=f"stop a notebook whose cell runs longer (default {CELL_TIMEOUT:g}; 0: no limit)")
    parser.add_argument("--wait", action="store_true",
                        help="wait for another build/publish/run in this project instead of failing")


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options shared by build and publish."""
    parser.add_argument("--engine", choices=ENGINE_CHOICES, default="auto",
                        help="auto: Quarto if on PATH, else the built-in pandoc + Typst engine")
    parser.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    parser.add_argument("-p", "--param", action="append", metavar="NAME=VALUE", help="notebook parameter")
    parser.add_argument("--jobs", type=int, default=None, help="notebooks run in parallel (default: cores)")
    add_run_control(parser)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``build``."""
    parser = sub.add_parser("build", help="build one draft briefing per country (HTML + PDF + CSV) into _build/site/")
    add_common(parser)
    parser.add_argument("--country", action="append", metavar="NAME",
                        help="build this country's briefing (repeatable; default: every country in the catalog)")
    parser.add_argument("--all", action="store_true", help="build every country in the catalog (the default)")
    parser.add_argument("--grid", type=Path, metavar="GRID.yml",
                        help="build every combination of the parameter lists in this YAML file, on Dask")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", default=None,
                        help="Dask scheduler for --grid (default: $TIPBRIEF_SCHEDULER, else a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the local Dask cluster (default: 2)")
    parser.add_argument("--force", action="store_true", help="render even if nothing changed")
    parser.add_argument("--lang", default=None, metavar="LANG",
                        help="language of the briefing: en (default) or ru; other languages go to _build/site/<lang>/ "
                             "and their files carry the language (tajikistan-tip-briefing.ru.pdf)")
    parser.set_defaults(func=_build)


def _build(args: argparse.Namespace) -> int:
    from tipbrief.briefing.countries import (
        build_country,
        catalog_countries,
        require_project,
        resolve_countries,
        write_site_index,
    )
    from tipbrief.briefing.pipeline import BUILD_RECORD
    from tipbrief.errors import Interrupted, TipbriefError
    from tipbrief.paths import build_dir, project_root, seeds_dir

    root = project_root()
    seeds = resolve_seeds(args.seeds) if args.seeds else seeds_dir(root)
    params = parse_params(args.param)
    names = list(args.country or [])
    if "country" in params:  # -p country=X is --country X
        names.append(str(params.pop("country")))
    lang = language(args.lang, params)
    require_project(root, seeds)
    if args.grid is not None:
        from tipbrief import i18n
        from tipbrief.briefing.grid import run_grid_cli

        if lang != i18n.DEFAULT:
            params["lang"] = lang  # a fixed dimension of the grid (a grid file may also vary lang: [en, ru])
        return run_grid_cli(root, args.grid, seeds=seeds, params=params, countries=names or None,
                            engine=args.engine, scheduler=args.scheduler, workers=args.workers, jobs=args.jobs)
    if args.all and names:
        raise ParameterError("give either --all or --country, not both")
    countries = resolve_countries(seeds, None if args.all else names)
    failed = 0
    for n, country in enumerate(countries):
        try:
            result = build_country(root, country, engine=args.engine, seeds=seeds, params=params, jobs=args.jobs,
                                   force=args.force, cell_timeout=args.cell_timeout, wait=args.wait, lang=lang)
        except KeyboardInterrupt as exc:  # one line that says which country stopped and which never started
            if len(countries) == 1:
                raise
            rest = ", ".join(c.name for c in countries[n + 1:])
            said = f"{country.name}: {str(exc).strip() or 'nothing was left half-written'}"
            raise Interrupted(getattr(exc, "signum", signal.SIGINT),
                              said + (f"; countries not started: {rest}" if rest else "")) from None
        except TipbriefError as exc:
            if len(countries) == 1:
                raise
            failed += 1
            print(f"tipbrief build: error: {country.name}: {exc}", file=sys.stderr)
            continue
        state = "unchanged, nothing re-rendered" if result.skipped else f"built in {result.seconds:.1f} s"
        print(f"{country.name}: briefing {result.version} ({result.engine} engine, {state}):")
        for path in result.files.values():
            print(f"  {Path(path)}")
    # the seeds folder's countries first; folders an earlier build of other sources left are marked as such
    current = {c.slug for c in catalog_countries(seeds)}
    index = write_site_index(build_dir(root) / "site", lang, built=current)
    folders = {p.parent.name for p in index.parent.glob(f"*/{BUILD_RECORD}")}
    older = len(folders - current)
    print(f"index of {len(folders & current)} briefing(s)"
          + (f" and {older} of an earlier build from other sources" if older else "") + f": {index}")
    if failed:
        print(f"tipbrief build: {failed} of {len(countries)} countries failed", file=sys.stderr)
        return 2
    return 0
