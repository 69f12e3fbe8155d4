"""``tipbrief build``: extraction, notebooks and render, as one draft briefing in _build/site/."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import yaml

from tipbrief.briefing.engines import ENGINE_CHOICES
from tipbrief.errors import ParameterError
from tipbrief.paths import resolve_seeds
from tipbrief.runs import CELL_TIMEOUT


def parse_params(items: list[str] | None) -> dict:
    """``-p name=value`` options as a dict (values read as YAML scalars: 2019 is a number)."""
    params: dict = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"-p {item!r}: expected name=value")
        try:
            params[name.strip()] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            raise ParameterError(f"-p {item!r}: the value is not a YAML scalar or list") from None
    return params


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
    parser = sub.add_parser("build", help="build the draft briefing (HTML + PDF) into _build/site/")
    add_common(parser)
    parser.add_argument("--force", action="store_true", help="render even if nothing changed")
    parser.set_defaults(func=_build)


def _build(args: argparse.Namespace) -> int:
    from tipbrief.briefing.pipeline import build_briefing

    seeds = resolve_seeds(args.seeds) if args.seeds else None
    result = build_briefing(engine=args.engine, seeds=seeds, params=parse_params(args.param), jobs=args.jobs,
                            force=args.force, cell_timeout=args.cell_timeout, wait=args.wait)
    state = "unchanged, nothing re-rendered" if result.skipped else f"built in {result.seconds:.1f} s"
    print(f"briefing {result.version} ({result.engine} engine, {state}):")
    for path in result.files.values():
        print(f"  {Path(path)}")
    return 0
