"""``tipbrief sources``: list the catalog, add a document to it."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tipbrief.errors import ParameterError
from tipbrief.paths import resolve_seeds
from tipbrief.sources.catalog import SourceKind, add_source, load_catalog


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sources list`` and ``sources add``."""
    parser = sub.add_parser("sources", help="list or add source documents")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="show the catalog")
    ls.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    ls.set_defaults(func=_list)

    add = actions.add_parser("add", help="copy a document into the seeds folder and catalog it")
    add.add_argument("file", type=Path)
    add.add_argument("--title", required=True)
    add.add_argument("--publisher", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in SourceKind])
    add.add_argument("--country", required=True)
    add.add_argument("--year", required=True, type=int, help="publication year")
    add.add_argument("--id", dest="id", help="catalog id (default: made from publisher, year, title)")
    add.add_argument("--period", help="years the data covers, e.g. 2021 or 2020-2021")
    add.add_argument("--reporting-year", type=int, help='year "during the reporting period" means')
    add.add_argument("--language", default="en")
    add.add_argument("--licence")
    add.add_argument("--attribution")
    add.add_argument("--reliability")
    add.add_argument("--url")
    add.add_argument("--seeds", default=None)
    add.set_defaults(func=_add)


def _list(args: argparse.Namespace) -> int:
    catalog = load_catalog(resolve_seeds(args.seeds))
    table = Table(title="Sources", show_lines=False)
    for col in ("id", "kind", "publisher", "year", "period", "file"):
        table.add_column(col)
    for s in catalog.sources:
        table.add_row(s.id, s.kind.value, s.publisher, str(s.year), str(s.period), s.file)
    Console().print(table)
    return 0


def _period(text: str | None) -> dict[str, int] | None:
    if not text:
        return None
    start, _, end = text.partition("-")
    try:
        return {"start": int(start), "end": int(end or start)}
    except ValueError:
        raise ParameterError(f"--period {text!r}: expected a year or a range, e.g. 2021 or 2020-2021") from None


def _add(args: argparse.Namespace) -> int:
    entry = add_source(
        resolve_seeds(args.seeds),
        args.file,
        id=args.id,
        title=args.title,
        publisher=args.publisher,
        kind=args.kind,
        country=args.country,
        year=args.year,
        period=_period(args.period),
        reporting_year=args.reporting_year,
        language=args.language,
        licence=args.licence,
        attribution=args.attribution,
        reliability=args.reliability,
        url=args.url,
    )
    print(f"added {entry.id} ({entry.file})")
    return 0
