"""Building the briefing: the pipeline extraction -> notebooks -> render, with a skip when nothing changed.

``build_briefing`` makes a draft in ``_build/site/``; ``render_site`` renders an already-prepared
``_build/`` (indicator table, executed notebooks) into any folder, and is what ``publish`` uses too.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tipbrief import i18n
from tipbrief.atomic import atomic_path, remove_staging
from tipbrief.briefing.engines import Engine, choose_engine
from tipbrief.briefing.versioning import draft_version, input_digest, last_edition
from tipbrief.errors import ParameterError
from tipbrief.lock import project_lock
from tipbrief.paths import build_dir, editions_dir, project_root, seeds_dir
from tipbrief.runs import CELL_TIMEOUT

# Heavy modules (pandas, nbformat, Jinja2) are imported where they are used, so that a no-op rebuild,
# which only hashes the inputs, starts fast.

BUILD_RECORD = "build.json"
#: Latest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z (dates have four-digit years).
MAX_EPOCH = 253402300799


@dataclass
class BuildResult:
    """What a build produced, and whether it was skipped because nothing changed."""

    version: str
    digest: str
    engine: str
    date: str
    out_dir: Path
    files: dict[str, Path] = field(default_factory=dict)
    skipped: bool = False
    seconds: float = 0.0
    tools: dict[str, str] = field(default_factory=dict)
    facts: dict[str, object] = field(default_factory=dict)  # tier and data year, for the site index


def build_time() -> tuple[str, int]:
    """(ISO date, epoch seconds) of a build: SOURCE_DATE_EPOCH if set, else today (UTC, at midnight),
    so two builds of the same inputs on the same day give the same text."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env is not None and env.strip():
        try:
            epoch = int(env)
            stamp = datetime.fromtimestamp(epoch, UTC)
        except ValueError:
            raise ParameterError(f"SOURCE_DATE_EPOCH={env!r}: expected whole seconds since 1970") from None
        except (OverflowError, OSError):
            raise ParameterError(f"SOURCE_DATE_EPOCH={env!r}: out of range (0 to {MAX_EPOCH})") from None
        if not 0 <= epoch <= MAX_EPOCH:
            raise ParameterError(f"SOURCE_DATE_EPOCH={env!r}: out of range (0 to {MAX_EPOCH})")
        return stamp.date().isoformat(), epoch
    today = i18n.today()  # the same date the runner passes the notebooks
    epoch = int(datetime(today.year, today.month, today.day, tzinfo=UTC).timestamp())
    return today.isoformat(), epoch


def file_names(country: str, version: str | None = None, lang: str = i18n.DEFAULT) -> dict[str, str]:
    """Output file names; editions carry their version in the name, other languages than English their
    language (``tajikistan-tip-briefing.ru.pdf``; English names stay as they were)."""
    from tipbrief.briefing.parts import file_stem
    from tipbrief.indicators.table import DICTIONARY_NAME

    stem = file_stem(country) + (f"-{version}" if version else "") + i18n.suffix(lang)
    return {"html": f"{stem}.html", "pdf": f"{stem}.pdf", "csv": "indicators.csv", "dictionary": DICTIONARY_NAME}


def render_site(
    root: Path,
    out_dir: Path,
    *,
    engine: Engine,
    version: str,
    digest: str,
    seeds: Path | None = None,
    versioned_names: bool = False,
    lang: str = i18n.DEFAULT,
) -> BuildResult:
    """Render the briefing from the prepared ``_build/`` of ``root`` into ``out_dir`` (which must exist):
    HTML, PDF, the indicator CSV and its data dictionary, in ``lang``. Generated parts go to ``_build/briefing/``."""
    started = time.perf_counter()
    root = Path(root).resolve()
    build = build_dir(root)
    table_csv = build / "data" / "indicators.csv"
    date, epoch = build_time()
    table, names = write_briefing_parts(root, seeds, version=version, digest=digest, versioned_names=versioned_names,
                                        lang=lang)
    out_dir = Path(out_dir)
    files = {kind: out_dir / name for kind, name in names.items()}
    # a scratch folder of this run only (two renders never share one); a killed run's is removed at the next
    # start. A successful render's is kept as _build/render-<engine>/ to look into (replacing the last one).
    work = Path(tempfile.mkdtemp(prefix=f".render-{engine.name}-", suffix=".tmp", dir=build))
    try:
        engine.render(root, files["html"], files["pdf"], work, timestamp=epoch)
        last = build / f"render-{engine.name}"
        if last.is_dir() and not last.is_symlink():
            shutil.rmtree(last, ignore_errors=True)
        os.replace(work, last)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    from tipbrief.indicators.table import csv_text, dictionary_markdown
    from tipbrief.sources.catalog import load_catalog

    if table_csv.is_file():
        shutil.copyfile(table_csv, files["csv"])
    else:
        files["csv"].write_text(csv_text(table), encoding="utf-8", newline="\n")
    from tipbrief.briefing.parts import index_facts

    sources = load_catalog(Path(seeds) if seeds else seeds_dir(root)).sources
    files["dictionary"].write_text(dictionary_markdown(table, sources, files["csv"].name), encoding="utf-8",
                                   newline="\n")
    return BuildResult(
        version=version, digest=digest, engine=engine.name, date=date, out_dir=out_dir, files=files,
        seconds=time.perf_counter() - started, tools=engine.versions(),
        facts=index_facts(table, {s.id: s.kind for s in sources}),
    )


def write_briefing_parts(
    root: Path, seeds: Path | None = None, *, version: str, digest: str, versioned_names: bool = False,
    lang: str = i18n.DEFAULT,
) -> tuple:
    """Write the generated parts and metadata of ``_build/briefing/`` from the prepared ``_build/``
    (indicator table, executed notebooks), in ``lang``; returns the table and the output file names."""
    from tipbrief.briefing.parts import country_of, write_parts
    from tipbrief.indicators.table import read_table
    from tipbrief.sources.catalog import load_catalog

    root = Path(root).resolve()
    build = build_dir(root)
    catalog = load_catalog(Path(seeds) if seeds else seeds_dir(root))
    table_json = build / "data" / "indicators.json"
    table = read_table(table_json)
    names = file_names(country_of(catalog), version if versioned_names else None, lang)
    with i18n.language(lang):
        write_parts(
            build / "briefing", root=root, catalog=catalog, table=table, table_json=table_json,
            notebooks_dir=build / "notebooks", version=version, date=build_time()[0], digest=digest,
            file_names=names,
        )
    return table, names


def write_draft_parts(root: Path, seeds: Path | None = None, params: dict | None = None) -> str:
    """After ``tipbrief run``: the parts of the draft ``tipbrief build`` would make, so that plain
    ``quarto render`` and ``quarto preview`` work in the project folder; returns the draft version."""
    root = Path(root).resolve()
    seeds = Path(seeds) if seeds else seeds_dir(root)
    digest = input_digest(root, seeds, params)
    version = draft_version(last_edition(editions_dir(root)), digest)
    write_briefing_parts(root, seeds, version=version, digest=digest)
    return version


def run_pipeline(root: Path, seeds: Path, params: dict | None = None, jobs: int | None = None, *,
                 cell_timeout: float | None = CELL_TIMEOUT) -> None:
    """Extraction and notebooks: the runner writes the indicator table first, then runs (or reuses from
    its cache) every theme notebook into ``_build/notebooks/``; a failing notebook raises NotebookError."""
    from tipbrief.runs.runner import run_notebooks

    run_notebooks(
        parameters=dict(params or {}), jobs=jobs, notebooks_dir=Path(root) / "notebooks",
        build_dir=build_dir(root), seeds=seeds, progress=False, check=True, cell_timeout=cell_timeout,
    )


def prepare_project(root: Path, seeds: Path, command: str) -> None:
    """Checks and clean-up every build and publish starts with (the project lock held): the catalog lists
    sources (an empty one would replace the last good outputs with empty ones), and staging folders a
    killed run left in ``_build/`` are removed."""
    from tipbrief.runs.table import require_sources

    require_sources(seeds, command)
    remove_staging(build_dir(root))


def with_timeout(pipeline: Pipeline, cell_timeout: float | None) -> Pipeline:
    """The default pipeline with the cell timeout given; any other pipeline as it is."""
    return functools.partial(run_pipeline, cell_timeout=cell_timeout) if pipeline is run_pipeline else pipeline


#: The pipeline step a build runs before rendering: (root, seeds, params, jobs) -> None.
Pipeline = Callable[[Path, Path, "dict | None", "int | None"], None]


def _record_matches(site: Path, digest: str, engine: str, version: str) -> bool:
    path = site / BUILD_RECORD
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    files = [site / name for name in record.get("files", {}).values()]
    same = (record.get("digest"), record.get("engine"), record.get("version")) == (digest, engine, version)
    return same and all(f.is_file() for f in files)


def build_briefing(
    root: Path | None = None,
    *,
    engine: str = "auto",
    seeds: Path | None = None,
    params: dict | None = None,
    jobs: int | None = None,
    force: bool = False,
    editions: Path | None = None,
    pipeline: Pipeline = run_pipeline,
    cell_timeout: float | None = CELL_TIMEOUT,
    wait: bool = False,
    site: Path | None = None,
    lang: str = i18n.DEFAULT,
) -> BuildResult:
    """Build a draft briefing into ``site`` (default ``_build/site/``): version ``X.Y.Z-draft+<digest>``.
    ``lang`` is the language of its text; the notebooks get it as their ``lang`` parameter (so the run cache
    keys on it) and the project must render that language's document (see ``countries.prepare_country``).

    Skips everything when the inputs' digest, the engine and the version match the last build and its
    files exist. One build or publish per project at a time (``wait``: wait for the other instead of
    failing). The site folder is replaced whole, so a failed build leaves the previous one intact.
    """
    root = Path(root or project_root()).resolve()
    seeds = Path(seeds) if seeds else seeds_dir(root)
    chosen = choose_engine(engine)
    lang = i18n.check(lang)
    if lang != i18n.DEFAULT:
        params = {**dict(params or {}), "lang": lang}
    build_time()  # a bad SOURCE_DATE_EPOCH is refused before anything runs
    with project_lock(build_dir(root), "build", wait=wait):
        prepare_project(root, seeds, "build")
        digest = input_digest(root, seeds, params)
        version = draft_version(last_edition(editions or editions_dir(root)), digest)
        site = Path(site) if site else build_dir(root) / "site"
        if not force and _record_matches(site, digest, chosen.name, version):
            record = json.loads((site / BUILD_RECORD).read_text(encoding="utf-8"))
            files = {k: site / v for k, v in record["files"].items()}
            return BuildResult(version=record["version"], digest=digest, engine=chosen.name, date=record["date"],
                               out_dir=site, files=files, skipped=True, tools=record.get("tools", {}))
        started = time.perf_counter()
        with_timeout(pipeline, cell_timeout)(root, seeds, params, jobs)
        with atomic_path(site, folder=True, legacy=(BUILD_RECORD,)) as staged:
            staged.mkdir()
            result = render_site(root, staged, engine=chosen, version=version, digest=digest, seeds=seeds, lang=lang)
            record = {
                "version": version, "digest": digest, "engine": chosen.name, "date": result.date,
                "tools": result.tools, "files": {k: p.name for k, p in result.files.items()},
                "country": (params or {}).get("country"), "lang": lang, **result.facts,
            }
            (staged / BUILD_RECORD).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    result.out_dir = site
    result.files = {k: site / p.name for k, p in result.files.items()}
    result.seconds = time.perf_counter() - started
    return result
