"""``tipbrief publish``: render a numbered, immutable edition into editions/<version>/."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipbrief.briefing.versioning import BUMPS
from tipbrief.cli.build import add_common, parse_params
from tipbrief.paths import resolve_seeds


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``publish``."""
    parser = sub.add_parser("publish", help="publish the briefing as a numbered edition in editions/")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", dest="edition_version", metavar="X.Y.Z", help="the edition's version")
    which.add_argument("--bump", choices=BUMPS, help="next version after the last edition")
    parser.add_argument("--note", help="what this edition is about (goes into the changelog)")
    parser.add_argument("--editions", type=Path, default=None, help="archive folder (default: ./editions)")
    add_common(parser)
    parser.set_defaults(func=_publish)


def _publish(args: argparse.Namespace) -> int:
    from tipbrief.editions.publish import publish  # imported here: other subcommands do not pay for pandas and Jinja2

    result = publish(
        version=args.edition_version, bump_part=args.bump, note=args.note, engine=args.engine,
        editions=args.editions, seeds=resolve_seeds(args.seeds) if args.seeds else None,
        params=parse_params(args.param), jobs=args.jobs, cell_timeout=args.cell_timeout, wait=args.wait,
    )
    if result.status == "unchanged":
        print(f"edition {result.version} already published with the same content: nothing to do ({result.path})")
    else:
        print(f"published edition {result.version}: {result.path}")
    return 0
