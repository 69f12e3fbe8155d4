"""The indicator table a run reads: extracted from the seeds only when the seeds or the extractor changed.

Kept apart from the notebook runner (papermill, nbformat) so that ``tipbrief extract`` and a run with
nothing to do load neither. ``indicators.key`` beside the table holds the digest of the seeds folder and
of the extractor (:func:`table_key`); while it matches, the table is not extracted again.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipbrief import __version__, atomic
from tipbrief.errors import CatalogError
from tipbrief.paths import CATALOG_NAME
from tipbrief.runs.cache import files_digest

if TYPE_CHECKING:
    from tipbrief.sources.catalog import Catalog

#: Beside ``indicators.csv``: the :func:`table_key` of the seeds and extractor it was extracted with, and the
#: SHA-256 of the table's bytes then.
KEY_SUFFIX = ".key"


def require_sources(seeds: Path, command: str) -> Catalog:
    """The catalog of ``seeds``; one that lists no sources is refused before anything is written (an empty
    table would replace the last good one)."""
    from tipbrief.sources.catalog import load_catalog

    catalog = load_catalog(seeds)
    if not catalog.sources:
        raise CatalogError(f"{Path(seeds) / CATALOG_NAME}: lists no sources, nothing to {command}; add one with "
                           "`tipbrief sources add FILE ...`")
    return catalog


@contextlib.contextmanager
def extraction_progress(enabled: bool = True) -> Iterator[Any]:
    """A ``progress(source, index, total)`` callback for ``extract_corpus`` that shows which document is being
    read and its size on stderr (nothing when disabled or stderr is not a terminal)."""
    if not enabled:
        yield None
        return
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def show(source: Any, index: int, total: int) -> None:
            bar.update(task, description=f"extracting {source.id}", completed=index, total=total)

        yield show


def table_key(seeds: Path) -> str:
    """Digest of what the indicator table is made from: the seeds folder's files and the extractor."""
    from tipbrief.indicators.rowcache import extractor_digest

    payload = f"{files_digest([Path(seeds)], base=Path(seeds))}\0{extractor_digest()}\0{__version__}"
    return hashlib.sha256(payload.encode()).hexdigest()


def prepare_table(seeds: Path, build: Path, table: Path | None = None, progress: Any = None) -> Path:
    """Path of the indicator table all notebooks read: ``table`` checked, or extracted from ``seeds`` (unless
    the table in ``build`` was extracted from the same seeds by the same extractor)."""
    from tipbrief.indicators.table import read_table

    if table is not None:
        read_table(table)  # refuse a missing or malformed table before any kernel starts
        return Path(table).resolve()
    csv_path = build / "data" / "indicators.csv"
    key_path = csv_path.with_suffix(KEY_SUFFIX)
    key = table_key(seeds)
    with contextlib.suppress(OSError):  # the key names the table's bytes too: a table written since is no match
        if key_path.read_text(encoding="utf-8").split() == [key, _file_sha(csv_path)] \
                and csv_path.with_suffix(".json").is_file():
            return csv_path
    from tipbrief.indicators.extract import extract_rows  # imported late: extraction is its own, heavier module
    from tipbrief.indicators.table import csv_text, rows_text, to_frame, write_rows

    rows = extract_rows(seeds, progress=progress, cache=True)
    texts = rows_text(rows)
    unchanged = csv_path.is_file() and csv_path.with_suffix(".json").is_file() and (
        csv_path.read_text(encoding="utf-8") == (texts[0] if texts else csv_text(to_frame(rows))))
    if not unchanged:  # an identical table is left alone, so its files keep their dates
        write_rows(rows, csv_path)
    atomic.write_text(key_path, f"{key}\n{_file_sha(csv_path)}\n")
    return csv_path


def _file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
