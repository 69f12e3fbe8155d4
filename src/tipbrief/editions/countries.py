"""Editions per country, so that publishing one country never touches another's editions or version line.

``editions/<country-slug>/<version>/`` with a changelog and index per country, and a top index of all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tipbrief import atomic
from tipbrief.briefing.countries import country_params, country_work, index_html, require_project, resolve_countries
from tipbrief.briefing.versioning import last_edition
from tipbrief.editions.publish import PublishResult, publish, read_manifest
from tipbrief.i18n import N_
from tipbrief.paths import editions_dir, project_root, seeds_dir
from tipbrief.sources.countries import Country


@dataclass
class CountryEdition:
    """One country's publish: the country and what :func:`publish` did."""

    country: Country
    result: PublishResult


def publish_countries(
    root: Path | None = None,
    countries: list[str] | None = None,
    *,
    version: str | None = None,
    bump_part: str | None = None,
    note: str | None = None,
    engine: str = "auto",
    editions: Path | None = None,
    seeds: Path | None = None,
    params: dict | None = None,
    jobs: int | None = None,
    **options: object,
) -> list[CountryEdition]:
    """Publish an edition of each country's briefing (default: every country in the catalog) into
    ``editions/<slug>/``, each on its own version line; then regenerate the top index (when an edition was
    published: a publish that changes nothing writes nothing)."""
    root = Path(root or project_root()).resolve()
    seeds = Path(seeds) if seeds else seeds_dir(root)
    editions = Path(editions) if editions else editions_dir(root)
    done = []
    require_project(root, seeds, "publish")
    for country in resolve_countries(seeds, countries, "publish"):
        with country_work(root, country, seeds, "publish", wait=bool(options.get("wait"))) as (work, work_seeds):
            result = publish(work, version=version, bump_part=bump_part, note=note, engine=engine,
                             editions=editions / country.slug, seeds=work_seeds,
                             params=country_params(country, params), jobs=jobs, **options)
        done.append(CountryEdition(country, result))
    if any(item.result.status == "published" for item in done) or not (editions / "index.html").is_file():
        write_top_index(editions)
    return done


def write_top_index(editions: Path) -> Path:
    """``editions/index.html``: every country with editions, its latest version and links to its own index,
    changelog and latest files."""
    editions = Path(editions)
    entries = []
    for folder in sorted(p for p in editions.iterdir() if p.is_dir() and not p.name.startswith(".")):
        latest = last_edition(folder)
        if latest is None:
            continue
        manifest = read_manifest(folder, latest)
        name = (manifest.get("parameters") or {}).get("country") or folder.name
        files = [f"{folder.name}/index.html", f"{folder.name}/CHANGELOG.md"]
        files += [f"{folder.name}/{latest}/{n}" for n in sorted(manifest.get("files", {})) if n.endswith(".html")]
        entries.append({"name": name, "version": latest, "files": files})
    path = editions / "index.html"
    atomic.write_text(path, index_html(entries, title=N_("Published editions by country")))
    return path
