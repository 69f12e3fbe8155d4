"""Country names: one spelling per country (as the TIP Report writes it) whatever alias a source or user uses."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from tipbrief.errors import ParameterError

if TYPE_CHECKING:
    from tipbrief.sources.catalog import Catalog

#: Display names, aliases and demonyms that pycountry lacks (keyed by ISO alpha-3).
DATA = Path(__file__).with_name("countries.yml")
#: Typographic apostrophes, which transliteration would drop and so glue words together ("divoire").
_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\u00b4`]")


def slug(text: str, max_length: int = 0) -> str:
    """Lower-case ASCII words joined by hyphens, accents transliterated: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    text = _APOSTROPHES.sub("'", str(text))
    from slugify import slugify  # loaded when first needed: reading the catalog needs neither it nor pycountry

    return slugify(text, max_length=max_length, word_boundary=bool(max_length))


def _key(text: str) -> str:
    """Matching key: case, accents, punctuation and a leading "the" do not count."""
    return slug(text).removeprefix("the-")


@dataclass(frozen=True)
class Country:
    """One country: the name to display, its slug for file names, ISO codes and demonyms.

    ``alpha_3`` is None for a name no country list knows (e.g. a synthetic test country)."""

    name: str
    alpha_2: str | None = None
    alpha_3: str | None = None
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @property
    def slug(self) -> str:
        """File-name form of the name, e.g. ``cote-d-ivoire``."""
        return slug(self.name)

    def matches(self, name: str) -> bool:
        """Whether ``name`` is this country's name or one of its aliases."""
        key = _key(name)
        return bool(key) and key in {_key(a) for a in (self.name, *self.aliases)}


@functools.cache
def _index() -> tuple[dict[str, Country], dict[str, Country]]:
    """All known countries by alpha-3 and by matching key of every name, code and alias."""
    import pycountry  # ~0.1 s to import: only when a country is looked up

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe; libyaml (ten times faster) when present
    data: dict[str, dict] = yaml.load(DATA.read_text(encoding="utf-8"), Loader=loader) or {}
    by_code: dict[str, Country] = {}
    for iso in pycountry.countries:
        extra = data.get(iso.alpha_3, {})
        names = [getattr(iso, a, None) for a in ("common_name", "name", "official_name")]
        display = extra.get("name") or next(n for n in names if n)
        aliases = [n for n in names if n] + list(extra.get("aliases", [])) + [iso.alpha_2, iso.alpha_3]
        by_code[iso.alpha_3] = Country(display, iso.alpha_2, iso.alpha_3, tuple(extra.get("demonyms", [])),
                                       tuple(dict.fromkeys([display, *aliases])))
    for code, extra in data.items():
        if code not in by_code:  # not in ISO 3166 (e.g. Kosovo)
            by_code[code] = Country(extra["name"], extra.get("alpha_2"), code, tuple(extra.get("demonyms", [])),
                                    tuple(dict.fromkeys([extra["name"], *extra.get("aliases", []),
                                                         extra.get("alpha_2") or code, code])))
    by_key: dict[str, Country] = {}
    for country in by_code.values():
        for alias in country.aliases:
            by_key.setdefault(_key(alias), country)
    return by_code, by_key


def all_countries() -> list[Country]:
    """Every country known by name, sorted by display name."""
    return sorted(_index()[0].values(), key=lambda c: _key(c.name))


def lookup(name: str) -> Country | None:
    """The country ``name`` (any alias, ISO code, any case or accents) stands for, or None."""
    return _index()[1].get(_key(name)) if name and name.strip() else None


def canonical_name(name: str) -> str:
    """The TIP Report's spelling of ``name`` if it is a known country, else ``name`` as written (stripped)."""
    found = lookup(name)
    return found.name if found else " ".join(name.split())


def country_of(name: str) -> Country:
    """A Country for any name: the known country, or one with only a name (codes None) for an unknown one."""
    return lookup(name) or Country(" ".join(name.split()), aliases=(" ".join(name.split()),))


def catalog_countries(catalog: Catalog) -> list[Country]:
    """The countries a catalog's sources are about, each once, sorted by name."""
    found: dict[str, Country] = {}
    for source in catalog.sources:
        country = country_of(source.country)
        found.setdefault(_key(country.name), country)
    return sorted(found.values(), key=lambda c: _key(c.name))


def resolve_country(name: str, catalog: Catalog | Iterable[Country], origin: str | Path | None = None) -> Country:
    """The catalog's country that ``name`` stands for (any alias), or ParameterError listing the known ones.

    ``origin`` (e.g. the catalog's path) is named in the error."""
    known = catalog_countries(catalog) if hasattr(catalog, "sources") else list(catalog)
    for country in known:
        if country.matches(name) or country == lookup(name):
            return country
    where = f" in {origin}" if origin else " in the catalog"
    names = ", ".join(c.name for c in known) or "none (the catalog has no sources)"
    raise ParameterError(f"unknown country {name!r}: no sources{where}; known countries: {names}")
