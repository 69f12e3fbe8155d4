"""One briefing per country: each country is built in its own work folder from its own sources only.

A country's work folder ``_build/countries/<slug>/`` looks like a project of its own: a ``seeds/`` folder
holding only that country's catalog entries and files, copies of ``_quarto.yml`` and ``briefs/``, links to
the project's other top-level entries (``notebooks/``, ``src/`` …) and its own ``_build/`` (indicator table,
executed notebooks with their cache, generated parts). Both engines read the same relative paths there, so
countries never overwrite each other's notebooks or parts, and every part of a briefing (title, status,
figures, appendix, sources, CSV, citation) holds that country only. Briefings go to
``_build/site/<slug>/``, listed by ``_build/site/index.html``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import yaml

from tipbrief import atomic, i18n
from tipbrief.errors import ParameterError
from tipbrief.i18n import N_
from tipbrief.paths import CATALOG_NAME, build_dir, editions_dir, project_root, seeds_dir

#: Top-level entries of a project that a country's work folder never links to.
NOT_LINKED = {"_build", "seeds", "editions", "briefs", "_quarto.yml", ".git", ".venv", ".quarto"}
#: Entries copied (not linked) into the work folder: renders write beside them.
COPIED = ("_quarto.yml", "briefs")
COUNTRIES_DIR = "countries"

if TYPE_CHECKING:
    from tipbrief.briefing.pipeline import BuildResult
    from tipbrief.sources.countries import Country

def _key(name: str) -> str:
    """The country a name stands for (any alias), as a matching key."""
    from tipbrief.sources.countries import country_of

    return country_of(str(name)).name.casefold()


def _raw_sources(seeds: Path) -> list[dict]:
    """The catalog's entries as written (validated by :func:`load_catalog` first)."""
    from tipbrief.sources.catalog import load_catalog

    load_catalog(seeds)
    data = yaml.safe_load((seeds / CATALOG_NAME).read_text(encoding="utf-8")) or {}
    return list(data.get("sources") or [])


def catalog_countries(seeds: Path) -> list[Country]:
    """The countries the catalog's sources are about (aliases count once, under the TIP Report's spelling),
    sorted by name."""
    from tipbrief.sources import countries
    from tipbrief.sources.catalog import load_catalog

    return countries.catalog_countries(load_catalog(Path(seeds)))


def resolve_countries(seeds: Path, names: Sequence[str] | None, command: str = "build") -> list[Country]:
    """The catalog's countries that ``names`` stand for (any alias; None or 'all': every one), or one
    ParameterError naming the unknown country and the known ones; an empty catalog is refused."""
    from tipbrief.runs.table import require_sources
    from tipbrief.sources import countries
    from tipbrief.sources.catalog import load_catalog

    seeds = Path(seeds)
    require_sources(seeds, command)
    known = countries.catalog_countries(load_catalog(seeds))
    wanted = [str(n) for n in (names or []) if str(n).strip()]
    if not wanted or any(n.strip().casefold() == "all" for n in wanted):
        return list(known)
    chosen: dict[str, Country] = {}
    for name in wanted:
        country = countries.resolve_country(name, known, seeds / CATALOG_NAME)
        chosen.setdefault(country.slug, country)
    return list(chosen.values())


def require_project(root: Path, seeds: Path, command: str = "build") -> None:
    """Refuse, in one line and before any work, a project without theme notebooks (a folder started by `sources init`
    holds only seeds): every country would fail on it, naming its work folder instead of what is missing."""
    if not (Path(root) / "notebooks").is_dir():
        raise ParameterError(
            f"{root}: no notebooks/ folder: `tipbrief {command}` needs the theme notebooks and briefing sources of a "
            f"tipbrief project; run it in the project's folder with --seeds {seeds}")


def country_root(root: Path, country: Country, lang: str = i18n.DEFAULT) -> Path:
    """The work folder of one country's briefing in ``lang`` (``<slug>`` in English, ``<slug>.ru`` …): each
    language keeps its own executed notebooks and cache, so switching language re-runs nothing."""
    return build_dir(root) / COUNTRIES_DIR / f"{country.slug}{i18n.suffix(lang)}"


def site_dir(root: Path, slug: str, lang: str = i18n.DEFAULT) -> Path:
    """Where a country's draft briefing goes: ``_build/site/<slug>/`` in English (as before),
    ``_build/site/<lang>/<slug>/`` in another language."""
    site = build_dir(root) / "site"
    return site / slug if i18n.check(lang) == i18n.DEFAULT else site / lang / slug


def localize_project(work: Path, lang: str) -> None:
    """Make the work folder's copy of ``_quarto.yml`` render the briefing in ``lang``: its document
    (``briefs/briefing.<lang>.qmd``), ``lang`` (Quarto's own strings: figure, table, callout titles) and the
    contents title. The project's own ``_quarto.yml`` is never changed; English leaves the copy as it is."""
    if i18n.check(lang) == i18n.DEFAULT:
        return
    path = work / "_quarto.yml"
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    project = config.setdefault("project", {})
    targets = [str(t) for t in project.get("render") or ["briefs/briefing.qmd"]]
    document = i18n.document(lang, targets[0])
    if not (work / document).is_file():
        raise ParameterError(f"--lang {lang}: {document} not found (the briefing text in that language)")
    project["render"] = [document, *targets[1:]]
    config["lang"] = lang
    config.setdefault("date-format", "long")  # Quarto's title block writes the date as the language does
    with i18n.language(lang):
        for options in (config.get("format") or {}).values():
            if isinstance(options, dict) and "toc-title" in options:
                options["toc-title"] = i18n._(str(options["toc-title"]))
    text = ("# Written by `tipbrief build --lang " + lang + "` from the project's _quarto.yml\n"
            + yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    if path.read_text(encoding="utf-8") != text:
        atomic.write_text(path, text)


def _sync_file(source: Path, target: Path) -> None:
    data = source.read_bytes()
    if not target.is_file() or target.read_bytes() != data:
        atomic.write_bytes(target, data)


def _sync_tree(source: Path, target: Path) -> None:
    """Make ``target`` an exact copy of the folder ``source`` (files rewritten only when they differ)."""
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    if target.is_dir():
        for p in sorted(target.rglob("*"), reverse=True):
            rel = p.relative_to(target)
            if p.is_file() and rel not in wanted:
                p.unlink()
    for rel in sorted(wanted):
        _sync_file(source / rel, target / rel)


def _link(source: Path, target: Path) -> None:
    if target.is_symlink() and os.readlink(target) == str(source):
        return
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.is_dir():
        shutil.rmtree(target)
    target.symlink_to(source)


def prepare_country(root: Path, country: Country, seeds: Path | None = None,
                    lang: str = i18n.DEFAULT) -> tuple[Path, Path]:
    """Make (or refresh) the country's work folder for a briefing in ``lang``; returns (work root, its seeds
    folder).

    Its catalog keeps only the entries about ``country`` (in the catalog's own words and order)."""
    root = Path(root).resolve()
    seeds = Path(seeds).resolve() if seeds else seeds_dir(root)
    work = country_root(root, country, lang)
    work.mkdir(parents=True, exist_ok=True)
    entries = [{**e, "country": country.name} for e in _raw_sources(seeds)
               if _key(e.get("country", "")) == _key(country.name)]
    work_seeds = work / "seeds"
    work_seeds.mkdir(exist_ok=True)
    files = {str(e["file"]) for e in entries}
    for old in work_seeds.iterdir():
        if old.name != CATALOG_NAME and old.name not in files:
            old.unlink()
    for name in sorted(files):
        _sync_file(seeds / name, work_seeds / name)
    text = ("# The sources about one country, copied by `tipbrief build` from the project's catalog\n"
            + yaml.safe_dump({"sources": entries}, sort_keys=False, allow_unicode=True))
    if not (work_seeds / CATALOG_NAME).is_file() or (work_seeds / CATALOG_NAME).read_text(encoding="utf-8") != text:
        atomic.write_text(work_seeds / CATALOG_NAME, text)
    for name in COPIED:
        source = root / name
        if source.is_dir():
            _sync_tree(source, work / name)
        elif source.is_file():
            _sync_file(source, work / name)
    for entry in sorted(root.iterdir()):
        if entry.name in NOT_LINKED or entry.name.startswith(".") and entry.name != ".quarto-cli":
            continue
        _link(entry, work / entry.name)
    localize_project(work, lang)
    return work, work_seeds


def country_params(country: Country, params: dict | None) -> dict:
    """The notebook parameters of one country's build: the given ones plus ``country``."""
    return {**dict(params or {}), "country": country.name}


def build_country(
    root: Path | None,
    country: Country,
    *,
    engine: str = "auto",
    seeds: Path | None = None,
    params: dict | None = None,
    jobs: int | None = None,
    force: bool = False,
    site: Path | None = None,
    editions: Path | None = None,
    lang: str = i18n.DEFAULT,
    **options: object,
) -> BuildResult:
    """Build one country's briefing in ``lang`` into ``site`` (default :func:`site_dir`); ``options`` (the cell
    timeout, waiting for the lock) go to :func:`build_briefing`, which locks the country's work folder."""
    from tipbrief.briefing.pipeline import build_briefing

    root = Path(root or project_root()).resolve()
    lang = i18n.check(lang)
    with country_work(root, country, seeds, "build", wait=bool(options.get("wait")), lang=lang) as (work, work_seeds):
        return build_briefing(
            work, engine=engine, seeds=work_seeds, params=country_params(country, params), jobs=jobs, force=force,
            editions=Path(editions) if editions else editions_dir(root) / country.slug,
            site=Path(site) if site else site_dir(root, country.slug, lang), lang=lang, **options,
        )


@contextlib.contextmanager
def country_work(root: Path, country: Country, seeds: Path | None, command: str, *,
                 wait: bool = False, lang: str = i18n.DEFAULT) -> Iterator[tuple[Path, Path]]:
    """The project lock held, the country's work folder prepared: (work root, its seeds). A work folder made
    for a build that then fails (bad input) is removed again, so a refused command leaves nothing behind."""
    from tipbrief.lock import project_lock

    with project_lock(build_dir(root), command, wait=wait):
        work = country_root(root, country, lang)
        new = not work.exists()
        try:
            yield prepare_country(root, country, seeds, lang)
        except BaseException:
            if new:
                shutil.rmtree(work, ignore_errors=True)
                for folder in (work.parent, work.parent.parent):
                    with contextlib.suppress(OSError):
                        folder.rmdir()  # only when empty: _build/countries, then _build
            raise


#: House style of the generated index pages (countries, grid, editions): one place for both stages.
INDEX_STYLE = """<style>
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1d2430; max-width: 52rem;
  margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { color: #1f3a5f; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d9dee5; vertical-align: top; }
th { background: #f5f7fa; } a { color: #0b5cad; }
td.version { overflow-wrap: anywhere; }  /* a version breaks rather than widen the page on a phone */
@media (max-width: 30rem) { th, td { padding: .3rem .3rem; } }
</style>"""

INDEX = jinja2.Environment(autoescape=True).from_string("""<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{{ style | safe }}</head><body>
<h1>{{ title }}</h1>
<table><thead><tr><th>{{ heading }}</th>{% if facts %}<th>{{ facts.tier }}</th><th>{{ facts.data }}</th>{% endif %}\
<th>{{ version }}</th><th>{{ files }}</th></tr></thead><tbody>
{% for e in entries %}<tr><td>{{ e.name }}</td>{% if facts %}<td>{{ e.tier }}</td><td>{{ e.data }}</td>{% endif %}\
<td class="version">{{ e.version }}</td><td>
{% for href, label in e.links %}<a href="{{ href }}">{{ label }}</a>{{ " · " if not loop.last }}{% endfor %}
</td></tr>
{% endfor %}</tbody></table>
</body></html>
""")
#: What a build record says of its briefing for the country index (written by ``parts.index_facts``).
INDEX_FACTS = ("tier", "tier_year", "tier_secondary", "data_year")
LABELS = {".html": "HTML", ".pdf": "PDF", ".csv": N_("Data (CSV)"), ".md": N_("Changelog")}


def index_html(entries: Iterable[dict], title: str | None = None, heading: str | None = None) -> str:
    """A page listing briefings in the current language: ``entries`` hold name, version and files (paths
    relative to the page); ``title`` and ``heading`` (English messages) default to the country index's."""
    _ = i18n._
    entries = list(entries)
    rows = []
    for e in entries:
        order = list(LABELS)  # HTML, PDF, data, changelog: the same order on every row
        files = sorted(e.get("files", []), key=lambda f: (order.index(Path(f).suffix) if Path(f).suffix in order
                                                          else len(order), f))
        links = [(f, _("Editions") if Path(f).name == "index.html" else _("Data dictionary")
                  if Path(f).name.endswith(".dictionary.md") else _(LABELS.get(Path(f).suffix, Path(f).name)))
                 for f in files]
        tier = _(e["tier"]) if e.get("tier") else _("not stated")
        if e.get("tier") and e.get("tier_year") and e.get("tier_secondary"):
            where = _("{year} report, per a {kind}").format(year=e["tier_year"], kind=_(e["tier_secondary"]))
            tier = f"{tier} ({where})"
        elif e.get("tier") and e.get("tier_year"):
            tier = _("{tier} ({year} report)").format(tier=tier, year=e["tier_year"])
        rows.append({"name": e["name"], "version": e.get("version", ""), "links": links, "tier": tier,
                     "data": e.get("data_year") or "–"})
    # a briefing's tier and latest data year, where the entries carry them (the country index does)
    facts = {"tier": _("Tier"), "data": _("Latest data")} if any("data_year" in e for e in entries) else None
    return INDEX.render(entries=rows, title=_(title or "Country briefings"), heading=_(heading or "Country"),
                        version=_("Version"), files=_("Files"), lang=i18n.current(), style=INDEX_STYLE, facts=facts)


def write_site_index(site: Path, lang: str = i18n.DEFAULT, built: Iterable[str] | None = None) -> Path:
    """Regenerate ``_build/site/index.html`` (``_build/site/<lang>/index.html``, in that language) from the
    build records of the country folders there. ``built`` (country slugs): the countries of the seeds folder just
    built, listed first; folders an earlier build of other sources left follow, each marked as such."""
    import json

    from tipbrief.briefing.pipeline import BUILD_RECORD
    from tipbrief.sources.countries import lookup

    site = Path(site)
    if i18n.check(lang) != i18n.DEFAULT:
        site = site / lang
    current = None if built is None else set(built)  # (once: an iterator would be spent by the first folder)
    entries = []
    for record_path in sorted(site.glob(f"*/{BUILD_RECORD}")):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        folder = record_path.parent.name
        files = [f"{folder}/{name}" for name in record.get("files", {}).values()]
        entries.append({"name": record.get("country") or folder, "version": record.get("version", ""),
                        "files": files, **{k: record.get(k) for k in INDEX_FACTS},
                        "older": current is not None and folder not in current})
    path = site / "index.html"
    with i18n.language(lang):
        for e in entries:  # each name in the page's language ("Гана"), sorted as that language sorts
            known = lookup(e["name"])
            e["name"] = i18n.country(e["name"], known.alpha_2 if known else None)
        entries.sort(key=lambda e: (e["older"], _key(e["name"])))
        for e in entries:
            if e.pop("older"):
                e["name"] = i18n._("{country} (an earlier build from other sources)").format(country=e["name"])
        atomic.write_text(path, index_html(entries))
    return path
