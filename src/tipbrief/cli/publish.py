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
    parser.add_argument("--editions", type=Path, default=None,
                        help="archive folder (default: ./editions); each country's editions go to <slug>/ in it")
    parser.add_argument("--country", action="append", metavar="NAME",
                        help="publish this country's briefing (repeatable; default: every country in the catalog)")
    add_common(parser)
    parser.set_defaults(func=_publish)


def _publish(args: argparse.Namespace) -> int:
    # imported here: other subcommands do not pay for pandas and Jinja2
    from tipbrief.editions.countries import publish_countries

    params = parse_params(args.param)
    names = list(args.country or [])
    if "country" in params:  # -p country=X is --country X
        names.append(str(params.pop("country")))
    done = publish_countries(
        None, names or None, version=args.edition_version, bump_part=args.bump, note=args.note, engine=args.engine,
        editions=args.editions, seeds=resolve_seeds(args.seeds) if args.seeds else None, params=params, jobs=args.jobs,
        cell_timeout=args.cell_timeout, wait=args.wait,
    )
    for item in done:
        result = item.result
        if result.status == "no-change":
            print(f"{item.country.name}: nothing changed since edition {result.version}: no new edition published")
        elif result.status == "unchanged":
            print(f"{item.country.name}: edition {result.version} already published with the same content: "
                  f"nothing to do ({result.path})")
        else:
            print(f"{item.country.name}: published edition {result.version}: {result.path}")
    return 0
