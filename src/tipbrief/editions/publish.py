"""Publishing: numbered, immutable editions in editions/<version>/, with their manifest, changelog and index.

Each edition has a manifest; the changelog (editions/CHANGELOG.md) and the index page (editions/index.html) are
regenerated from all editions."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import platform
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

import jinja2
import pandas as pd

from tipbrief import __version__, atomic
from tipbrief.atomic import remove_staging
from tipbrief.briefing.countries import INDEX_STYLE
from tipbrief.briefing.engines import choose_engine
from tipbrief.briefing.parts import latest_tier
from tipbrief.briefing.pipeline import Pipeline, build_time, prepare_project, render_site, run_pipeline, with_timeout
from tipbrief.briefing.versioning import (
    MANIFEST,
    bump,
    input_digest,
    last_edition,
    list_editions,
    parse_version,
    sha256_file,
)
from tipbrief.errors import BuildError, ParameterError
from tipbrief.indicators.table import read_table
from tipbrief.lock import project_lock
from tipbrief.paths import build_dir, editions_dir, project_root, seeds_dir
from tipbrief.runs import CELL_TIMEOUT
from tipbrief.sources.catalog import load_catalog

MAX_LINES = 25


@dataclass
class PublishResult:
    """Outcome of ``publish``: the edition folder and whether it was new or already there."""

    version: str
    path: Path
    status: str  # "published", "unchanged" (that version exists with this content) or "no-change" (--bump)
    digest: str


def read_manifest(editions: Path, version: str) -> dict:
    """The manifest of one edition."""
    return json.loads((Path(editions) / version / MANIFEST).read_text(encoding="utf-8"))


def _target_version(editions: Path, version: str | None, part: str | None) -> str:
    if version and part:
        raise ParameterError("give either --version or --bump, not both")
    if not version and not part:
        raise ParameterError("give --version X.Y.Z or --bump patch|minor|major")
    if version:
        parse_version(version)
        return version
    return bump(last_edition(editions), part or "patch")


def _git_commit(root: Path) -> str | None:
    try:
        proc = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return proc.stdout.strip() or None


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version(), "tipbrief": __version__}
    for name in ("pandas", "matplotlib", "papermill"):
        try:
            found[name] = package_version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def publish(
    root: Path | None = None,
    *,
    version: str | None = None,
    bump_part: str | None = None,
    note: str | None = None,
    engine: str = "auto",
    editions: Path | None = None,
    seeds: Path | None = None,
    params: dict | None = None,
    jobs: int | None = None,
    pipeline: Pipeline = run_pipeline,
    cell_timeout: float | None = CELL_TIMEOUT,
    wait: bool = False,
) -> PublishResult:
    """Publish an edition. An existing version is left untouched: identical content is a no-op,
    different content is refused. ``bump_part`` with the same content as the last edition is a no-op too
    (status "no-change": nothing run, nothing written); an explicit ``version`` still publishes it.
    The edition is reserved before the pipeline runs (its staging folder
    is created exclusively, so a second publish of the same version is refused), rendered there and
    renamed into place only if no edition of that version appeared meanwhile: a finished edition is
    never replaced or removed. One build or publish per project at a time (``wait``: wait instead)."""
    root = Path(root or project_root()).resolve()
    seeds = Path(seeds) if seeds else seeds_dir(root)
    editions = Path(editions) if editions else editions_dir(root)
    build_time()  # a bad SOURCE_DATE_EPOCH is refused before anything runs
    chosen = choose_engine(engine)
    with project_lock(build_dir(root), "publish", wait=wait):
        prepare_project(root, seeds, "publish")
        target = _target_version(editions, version, bump_part)
        digest = input_digest(root, seeds, params)
        last = last_edition(editions)
        if bump_part and not version and last and _digest_of(editions, last) == digest:
            # --bump means "the next version, if there is anything new": nothing is, so nothing is written
            return PublishResult(last, editions / last, "no-change", digest)
        dest = editions / target
        if os.path.lexists(dest):
            return _existing(editions, target, digest)
        if last and parse_version(target) <= parse_version(last):
            raise ParameterError(f"--version {target}: must be greater than the last edition {last}")
        remove_staging(editions, recursive=False, keep=_live_staging)  # left by a publish that was killed
        with _reserved(editions, target) as staged:
            with_timeout(pipeline, cell_timeout)(root, seeds, params, jobs)
            catalog = load_catalog(seeds)
            result = render_site(root, staged, engine=chosen, version=target, digest=digest, seeds=seeds,
                                 versioned_names=True)
            date, epoch = build_time()
            created = datetime.fromtimestamp(epoch, UTC) if os.environ.get("SOURCE_DATE_EPOCH") else datetime.now(UTC)
            manifest = {
                "version": target,
                "created": created.replace(microsecond=0).isoformat(),
                "date": date,
                "digest": digest,
                "note": note,
                "engine": chosen.name,
                "tools": {**_versions(), **result.tools},
                "git_commit": _git_commit(root),
                "parameters": params or {},
                "catalog_sha256": sha256_file(seeds / "catalog.yml"),
                "sources": {s.file: sha256_file(seeds / s.file) for s in catalog.sources},
                "files": {p.name: sha256_file(p) for p in result.files.values()},
            }
            (staged / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
        write_changelog(editions)
        write_index(editions)
    return PublishResult(target, dest, "published", digest)


def _digest_of(editions: Path, version: str) -> str | None:
    """The content digest an edition's manifest records (None if unreadable)."""
    try:
        return str(read_manifest(editions, version).get("digest"))
    except (OSError, ValueError, AttributeError):
        return None


def _existing(editions: Path, target: str, digest: str) -> PublishResult:
    """An edition of this version exists: a no-op for the same content, refused otherwise."""
    dest = editions / target
    if not (dest / MANIFEST).is_file():
        raise BuildError(f"{dest} exists but is not an edition (no {MANIFEST}); move it away first")
    try:
        old = read_manifest(editions, target)
    except ValueError:
        raise BuildError(f"{dest / MANIFEST}: unreadable manifest; the edition is left as it is") from None
    if old.get("digest") == digest:
        return PublishResult(target, dest, "unchanged", digest)
    raise BuildError(
        f"edition {target} already exists in {editions} with different content "
        f"(digest {str(old.get('digest'))[:12]}, now {digest[:12]}); editions never change: publish a new "
        "version (e.g. --bump patch)"
    )


#: Inside a reserved edition's staging folder while it is rendered: who is publishing it.
PUBLISHER = ".publisher"


#: A staging folder without a readable PUBLISHER file younger than this may be one being created right now.
YOUNG_SECONDS = 600


def _live_staging(path: Path) -> bool:
    """Whether a staging folder belongs to a publish that is still running: its PID is alive, or it is
    too young to have its PUBLISHER file yet. (Another project may publish into the same folder.)"""
    try:
        pid = int(json.loads((path / PUBLISHER).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        try:
            return time.time() - path.stat().st_mtime < YOUNG_SECONDS
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()


@contextlib.contextmanager
def _reserved(editions: Path, target: str) -> Iterator[Path]:
    """Reserve ``editions/.<version>.tmp`` (os.mkdir: exactly one process can create it), yield it for the
    rendering, then rename it to ``editions/<version>`` only if that does not exist; on any failure the
    staging folder is removed and nothing else is touched."""
    editions.mkdir(parents=True, exist_ok=True)
    staged = editions / f".{target}.tmp"
    dest = editions / target
    try:
        os.mkdir(staged)
    except FileExistsError:
        raise BuildError(f"edition {target} is being published by another process ({staged} exists); "
                         "wait for it, or remove that folder if no publish is running") from None
    try:
        (staged / PUBLISHER).write_text(json.dumps({"pid": os.getpid()}) + "\n", encoding="utf-8")
        yield staged
        (staged / PUBLISHER).unlink()
        try:
            atomic.rename_noreplace(staged, dest)
        except FileExistsError:
            raise BuildError(f"edition {target} appeared in {editions} while this one was being made; "
                             "it is left untouched and this one discarded") from None
        except OSError as exc:
            if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
                raise BuildError(f"edition {target} appeared in {editions} while this one was being made; "
                                 "it is left untouched and this one discarded") from None
            raise
    finally:
        if staged.exists():
            shutil.rmtree(staged, ignore_errors=True)


# --- changelog ---------------------------------------------------------------------------------------

def _keyed(table: pd.DataFrame) -> dict[tuple, str]:
    """Indicator values keyed by what they measure (indicator, year, qualifier, unit, source)."""
    out: dict[tuple, list[str]] = {}
    for _, r in table.iterrows():
        key = tuple("" if pd.isna(r[c]) else str(r[c]) for c in ("indicator", "year", "qualifier", "unit", "source_id"))
        value = f"{float(r['value']):g}" if pd.notna(r["value"]) else str(r["value_text"])
        out.setdefault(key, []).append(value)
    return {k: ", ".join(sorted(set(v))) for k, v in out.items()}


def _describe(key: tuple) -> str:
    indicator, year, qualifier, unit, source = key
    text = indicator.replace("_", " ")
    if year:
        text += f" {year}"
    extra = ", ".join(p for p in (qualifier, unit) if p)
    return text + (f" ({extra})" if extra else "") + f" [{source}]"


def _capped(lines: list[str]) -> list[str]:
    return lines if len(lines) <= MAX_LINES else [*lines[:MAX_LINES], f"… and {len(lines) - MAX_LINES} more"]


def diff_tables(old: pd.DataFrame | None, new: pd.DataFrame) -> dict[str, list[str]]:
    """What changed between two indicator tables: values added, changed, removed, and the tier."""
    before = _keyed(old) if old is not None else {}
    after = _keyed(new)
    added = [f"{_describe(k)}: {after[k]}" for k in sorted(after.keys() - before.keys())]
    removed = [f"{_describe(k)}: {before[k]}" for k in sorted(before.keys() - after.keys())]
    changed = [f"{_describe(k)}: {before[k]} → {after[k]}" for k in sorted(after.keys() & before.keys())
               if after[k] != before[k]]
    tier_old = latest_tier(old) if old is not None else None
    tier_new = latest_tier(new)
    tier: list[str] = []
    if tier_new and (tier_old is None or (tier_old.text, tier_old.year) != (tier_new.text, tier_new.year)):
        was = f"{tier_old.text} ({tier_old.year} report)" if tier_old else "none"
        tier = [f"{was} → {tier_new.text} ({tier_new.year} report)"]
    return {"added": _capped(added), "changed": _capped(changed), "removed": _capped(removed), "tier": tier,
            "counts": [str(len(added)), str(len(changed)), str(len(removed))]}


def _edition_table(editions: Path, version: str) -> pd.DataFrame | None:
    path = editions / version / "indicators.csv"
    return read_table(path) if path.is_file() else None


def changelog_text(editions: Path) -> str:
    """CHANGELOG.md for every edition, newest first, each against the one before it."""
    versions = list_editions(editions)
    lines = ["# Changelog of published editions", "",
             "Generated by `tipbrief publish`; each entry compares the edition's indicator data with the "
             "previous edition.", ""]
    previous = None
    entries = []
    for version in versions:
        manifest = read_manifest(editions, version)
        table = _edition_table(editions, version)
        diff = diff_tables(previous, table) if table is not None else None
        entry = [f"## {version} ({manifest.get('date', '')})", ""]
        if manifest.get("note"):
            entry += [str(manifest["note"]).strip(), ""]
        if diff is not None:
            added, changed, removed = diff["counts"]
            entry += [f"Indicator values: {added} added, {changed} changed, {removed} removed.", ""]
            for title, key in (("Tier", "tier"), ("Added", "added"), ("Changed", "changed"), ("Removed", "removed")):
                if diff[key]:
                    entry += [f"### {title}", "", *[f"- {line}" for line in diff[key]], ""]
        entries.append(entry)
        previous = table
    for entry in reversed(entries):
        lines += entry
    return "\n".join(lines).rstrip() + "\n"


INDEX = jinja2.Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Editions of the briefing</title>
{{ style | safe }}</head><body>
<h1>Editions of the briefing</h1>
<p>Every edition is immutable. See <a href="CHANGELOG.md">the changelog</a> for what changed between them.</p>
<table><thead><tr><th>Version</th><th>Date</th><th>Files</th><th>Note</th></tr></thead><tbody>
{% for e in editions %}<tr><td>{{ e.version }}</td><td>{{ e.date }}</td><td>
{% for name, label in e.links %}<a href="{{ e.version }}/{{ name }}">{{ label }}</a>
{{- " · " if not loop.last }}{% endfor %}
</td><td>{{ e.note or "" }}</td></tr>
{% endfor %}</tbody></table>
</body></html>
""")


def index_html(editions: Path) -> str:
    """The index page listing every edition, newest first, with links to its files."""
    rows = []
    for version in reversed(list_editions(editions)):
        manifest = read_manifest(editions, version)
        names = sorted(manifest.get("files", {}))
        labels = {".html": "HTML", ".pdf": "PDF", ".csv": "Data (CSV)"}
        links = [(n, "Data dictionary" if n.endswith(".dictionary.md") else labels.get(Path(n).suffix, n))
                 for n in names] + [(MANIFEST, "Manifest")]
        rows.append({"version": version, "date": manifest.get("date"), "note": manifest.get("note"), "links": links})
    return INDEX.render(editions=rows, style=INDEX_STYLE)


def write_changelog(editions: Path) -> Path:
    """Regenerate editions/CHANGELOG.md (atomically)."""
    path = Path(editions) / "CHANGELOG.md"
    atomic.write_text(path, changelog_text(Path(editions)))
    return path


def write_index(editions: Path) -> Path:
    """Regenerate editions/index.html (atomically)."""
    path = Path(editions) / "index.html"
    atomic.write_text(path, index_html(Path(editions)))
    return path
