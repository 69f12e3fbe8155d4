"""``tipbrief build``: extraction, notebooks and render, as one draft briefing in _build/site/."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

import yaml

from tipbrief.briefing.engines import ENGINE_CHOICES
from tipbrief.errors import ParameterError
from tipbrief.paths import resolve_seeds


def parse_params(items: list[str] | None) -> dict:
    """``-p name=value`` options as a dict (values read as YAML scalars: 2019 is a number)."""
    params: dict = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"-p {item!r}: expected name=value")
        params[name.strip()] = yaml.safe_load(value) if value.strip() else ""
    return params


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options shared by build and publish."""
    parser.add_argument("--engine", choices=ENGINE_CHOICES, default="auto",
                        help="auto: Quarto if on PATH, else the built-in pandoc + Typst engine")
    parser.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    parser.add_argument("-p", "--param", action="append", metavar="NAME=VALUE", help="notebook parameter")
    parser.add_argument("--jobs", type=int, default=None, help="notebooks run in parallel (default: cores)")


def terminate_as_interrupt() -> None:
    """Treat SIGTERM like Ctrl-C, so staged outputs are cleaned up and earlier ones stay intact."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``build``."""
    parser = sub.add_parser("build", help="build the draft briefing (HTML + PDF) into _build/site/")
    add_common(parser)
    parser.add_argument("--force", action="store_true", help="render even if nothing changed")
    parser.set_defaults(func=_build)


def _build(args: argparse.Namespace) -> int:
    from tipbrief.briefing.pipeline import build_briefing

    terminate_as_interrupt()
    seeds = resolve_seeds(args.seeds) if args.seeds else None
    result = build_briefing(engine=args.engine, seeds=seeds, params=parse_params(args.param), jobs=args.jobs,
                            force=args.force)
    state = "unchanged, nothing re-rendered" if result.skipped else f"built in {result.seconds:.1f} s"
    print(f"briefing {result.version} ({result.engine} engine, {state}):")
    for path in result.files.values():
        print(f"  {Path(path)}")
    return 0
