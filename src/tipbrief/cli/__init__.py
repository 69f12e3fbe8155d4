"""The ``tipbrief`` command: parses options and calls library functions, nothing more.

Each subcommand lives in its own module of this package with a ``register(subparsers)``
function; modules are found by convention, not by a hand-kept list.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from tipbrief import __version__
from tipbrief.errors import TipbriefError


def build_parser() -> argparse.ArgumentParser:
    """Assemble the parser from every subcommand module in this package."""
    parser = argparse.ArgumentParser(
        prog="tipbrief",
        description="Turn a folder of trafficking-in-persons sources into an evidence-locked briefing.",
    )
    parser.add_argument("--version", action="version", version=f"tipbrief {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: known errors become one line on stderr and exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except TipbriefError as exc:
        print(f"tipbrief {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"tipbrief {args.command}: interrupted; earlier outputs are intact", file=sys.stderr)
        return 130
