"""``tipbrief sources``: list the catalog, start one, add a document (fields read from its text), remove one."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table

from tipbrief.errors import CatalogError, ProjectError
from tipbrief.paths import project_root, resolve_seeds, seeds_dir
from tipbrief.sources.catalog import SourceKind, add_source, init_catalog, load_catalog, remove_source
from tipbrief.sources.countries import lookup
from tipbrief.sources.infer import describe, infer_fields, missing_message, parse_period
from tipbrief.sources.reader import read_source_text


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sources list``, ``init``, ``add`` and ``remove``."""
    parser = sub.add_parser("sources", help="list, start, add or remove source documents")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="show the catalog")
    ls.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    ls.set_defaults(func=_list)

    init = actions.add_parser("init", help="start a seeds folder with an empty catalog")
    init.add_argument("--seeds", default=None, help="folder to start (default: ./seeds, or $TIPBRIEF_ROOT/seeds)")
    init.set_defaults(func=_init)

    add = actions.add_parser(
        "add", help="copy a document into the seeds folder and catalog it",
        description="Copy FILE into the seeds folder and add its catalog entry. For a TIP Report narrative the "
        "title, publisher, kind, country and years are read from its text; flags override what is read.")
    add.add_argument("file", type=Path, help="the document (UTF-8 text, .txt or .md)")
    add.add_argument("--title", help="title of the document (default: read from its title line)")
    add.add_argument("--publisher", help="who published it, e.g. 'U.S. Department of State'")
    add.add_argument("--kind", type=_kind, choices=[k.value for k in SourceKind], metavar="KIND",
                     help="kind of document: " + ", ".join(k.value for k in SourceKind))
    add.add_argument("--country", help="country the document is about (any usual name: Turkey, Türkiye ...)")
    add.add_argument("--year", type=int, help="publication year")
    add.add_argument("--id", dest="id", help="catalog id (default: country, year and kind, e.g. georgia-tip-2021)")
    add.add_argument("--period", help="years the data covers, e.g. 2021 or 2020-2021 (default: reporting year, "
                     "else publication year)")
    add.add_argument("--reporting-year", type=int,
                     help='year "during the reporting period" means (TIP report: publication year - 1)')
    add.add_argument("--language", default="en", help="language code of the text (default: en)")
    add.add_argument("--licence", help="terms of reuse (default: unknown, check before republishing)")
    add.add_argument("--attribution", help="credit line (default: publisher, title and year)")
    add.add_argument("--reliability", help="how far its figures can be trusted, and why")
    add.add_argument("--url", help="where the document was published")
    add.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project; started if "
                     "missing)")
    add.set_defaults(func=_add)

    rm = actions.add_parser("remove", help="take a document out of the catalog (and, if asked, out of the folder)")
    rm.add_argument("id", help="catalog id of the source (see `tipbrief sources list`)")
    rm.add_argument("--delete-file", action="store_true",
                    help="also delete its file from the seeds folder (without it, the file must be gone already)")
    rm.add_argument("--seeds", default=None, help="seeds folder (default: ./seeds of the project)")
    rm.set_defaults(func=_remove)


def _kind(text: str) -> str:
    """A --kind value in any case ("ngo report" is "NGO report")."""
    return next((k.value for k in SourceKind if k.value.casefold() == " ".join(text.split()).casefold()), text)


def _list(args: argparse.Namespace) -> int:
    catalog = load_catalog(resolve_seeds(args.seeds))
    console = Console()
    # fits 80 columns: ids are never cut (they are what other commands take), a kind's or publisher's words wrap at
    # spaces, a file name folds; under 100 columns the publisher is left out (it is in catalog.yml) so the file keeps
    # room enough to be read
    table = Table(title="Sources", show_lines=False, padding=(0, 1), box=box.SIMPLE_HEAD)
    table.add_column("id", no_wrap=True, min_width=max((len(s.id) for s in catalog.sources), default=2))
    table.add_column("kind", ratio=1, min_width=10)
    wide = console.width >= 100
    if wide:
        table.add_column("publisher", ratio=2, min_width=10)
    table.add_column("year", no_wrap=True)
    table.add_column("period", no_wrap=True)
    table.add_column("file", overflow="fold", ratio=1, min_width=10)
    for s in catalog.sources:
        cells = [s.id, s.kind.value, *([s.publisher] if wide else []), str(s.year), str(s.period), s.file]
        table.add_row(*cells)
    console.print(table)
    return 0


def _seeds_to_start(value: str | None) -> Path:
    """Seeds folder for a command that may start one: never a project the working folder is not inside.
    ``$TIPBRIEF_ROOT`` names the project even before it has a catalog (``init`` and ``add`` start it there)."""
    if value:
        return resolve_seeds(value)
    if os.environ.get("TIPBRIEF_ROOT"):
        root = Path(os.environ["TIPBRIEF_ROOT"]).expanduser().resolve()
        if not root.is_dir():
            raise ProjectError(f"TIPBRIEF_ROOT={os.environ['TIPBRIEF_ROOT']}: no such folder")
        return root / "seeds"
    here = Path.cwd().resolve()
    try:
        root = project_root()
    except ProjectError:  # outside any project: start one here
        return here / "seeds"
    return seeds_dir(root) if here == root or root in here.parents else here / "seeds"


def _init(args: argparse.Namespace) -> int:
    path = init_catalog(_seeds_to_start(args.seeds))
    print(f"started {path}; add documents with `tipbrief sources add FILE`")
    return 0


def _add(args: argparse.Namespace) -> int:
    given = {
        "title": args.title, "publisher": args.publisher, "kind": args.kind, "country": args.country,
        "year": args.year, "period": parse_period(args.period), "reporting_year": args.reporting_year,
        "licence": args.licence, "attribution": args.attribution, "reliability": args.reliability, "url": args.url,
    }
    inference = infer_fields(read_source_text(args.file), given)
    said = describe(inference)
    if said:
        print(f"{args.file.name}: {said}", flush=True)
    if inference.missing:
        raise CatalogError(missing_message(args.file, inference))
    entry = add_source(_seeds_to_start(args.seeds), args.file, id=args.id, id_base=inference.id_base,
                       language=args.language, **inference.fields)
    print(f"added {entry.id} ({entry.file}): {entry.country}, {entry.year}")
    if lookup(entry.country) is None:
        print(f"note: {entry.country!r} is not a country name tipbrief knows; kept as written")
    return 0


def _remove(args: argparse.Namespace) -> int:
    seeds = resolve_seeds(args.seeds)
    entry = remove_source(seeds, args.id, delete_file=args.delete_file)
    gone = f"; deleted {entry.file}" if args.delete_file else ""
    print(f"removed {entry.id} from {seeds / 'catalog.yml'}{gone}")
    return 0
