"""Country names: aliases resolve to the TIP Report's spelling, slugs transliterate, unknown names list known ones."""

from __future__ import annotations

import pytest
import yaml

from tipbrief.errors import ParameterError
from tipbrief.sources.catalog import Catalog, slugify
from tipbrief.sources.countries import (
    DATA,
    Country,
    all_countries,
    canonical_name,
    catalog_countries,
    lookup,
    resolve_country,
    slug,
)


@pytest.mark.parametrize(
    ("alias", "name", "code"),
    [
        ("Kyrgyzstan", "Kyrgyz Republic", "KGZ"),
        ("KYRGYZ REPUBLIC", "Kyrgyz Republic", "KGZ"),
        ("Turkey", "Türkiye", "TUR"),
        ("Turkiye", "Türkiye", "TUR"),
        ("Côte d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("CÔTE D\u2019IVOIRE", "Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "Côte d'Ivoire", "CIV"),
        ("UAE", "United Arab Emirates", "ARE"),
        ("PRC", "People's Republic of China", "CHN"),
        ("China", "People's Republic of China", "CHN"),
        ("Myanmar", "Burma", "MMR"),
        ("South Korea", "Republic of Korea", "KOR"),
        ("Korea, Republic of", "Republic of Korea", "KOR"),
        ("Russian Federation", "Russia", "RUS"),
        ("Iran, Islamic Republic of", "Iran", "IRN"),
        ("Syrian Arab Republic", "Syria", "SYR"),
        ("Lao People's Democratic Republic", "Laos", "LAO"),
        ("Viet Nam", "Vietnam", "VNM"),
        ("Bolivia, Plurinational State of", "Bolivia", "BOL"),
        ("Venezuela", "Venezuela", "VEN"),
        ("United Republic of Tanzania", "Tanzania", "TZA"),
        ("Republic of Moldova", "Moldova", "MDA"),
        ("Czechia", "Czech Republic", "CZE"),
        ("Swaziland", "Eswatini", "SWZ"),
        ("Cape Verde", "Cabo Verde", "CPV"),
        ("Gambia", "The Gambia", "GMB"),
        ("Bahamas", "The Bahamas", "BHS"),
        ("DRC", "Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "Republic of the Congo", "COG"),
        ("Micronesia", "Micronesia", "FSM"),
        ("Vatican", "Holy See", "VAT"),
        ("Kosovo", "Kosovo", "XKX"),
        ("GEORGIA", "Georgia", "GEO"),
        ("npl", "Nepal", "NPL"),
    ],
)
def test_aliases_resolve_to_the_tip_report_name(alias, name, code):
    country = lookup(alias)
    assert country is not None, alias
    assert (country.name, country.alpha_3) == (name, code)
    assert canonical_name(alias) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Côte d'Ivoire", "cote-d-ivoire"), ("Côte d\u2019Ivoire", "cote-d-ivoire"), ("Türkiye", "turkiye"),
     ("São Tomé and Príncipe", "sao-tome-and-principe"), ("Curaçao", "curacao"),
     ("Kyrgyz Republic", "kyrgyz-republic")],
)
def test_slugs_transliterate(name, expected):
    assert slug(name) == expected
    assert slugify(name) == expected  # the catalog's and briefing's file stems use the same slugs
    if lookup(name):
        assert lookup(name).slug == expected


def test_every_alias_names_one_country_only():
    clashes = [(alias, c.name, lookup(alias).name) for c in all_countries() for alias in c.aliases
               if lookup(alias) is not c]
    assert clashes == []


def test_every_entry_of_the_data_file_is_used_and_has_demonyms():
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    codes = {c.alpha_3 for c in all_countries()}
    assert set(data) <= codes
    assert all(entry.get("demonyms") for entry in data.values())
    assert lookup("Georgia").demonyms == ("Georgian",) and "Ivorian" in lookup("Ivory Coast").demonyms


def test_unknown_names_are_kept_as_written():
    assert lookup("Atlantis") is None and lookup("") is None
    assert canonical_name("  Atlantis  ") == "Atlantis"


def _catalog(*countries: str) -> Catalog:
    entries = [{"id": f"s{i}", "file": f"s{i}.txt", "title": "T", "publisher": "P", "kind": "government report",
                "country": c, "year": 2021, "period": {"start": 2020, "end": 2020}, "licence": "L",
                "attribution": "A", "reliability": "R"} for i, c in enumerate(countries)]
    return Catalog.model_validate({"sources": entries})


def test_catalog_countries_merge_aliases_and_keep_unknown_names():
    found = catalog_countries(_catalog("Turkey", "Türkiye", "Nepal", "Cote d'Ivoire", "Testland", "Georgia"))
    assert [c.name for c in found] == ["Côte d'Ivoire", "Georgia", "Nepal", "Testland", "Türkiye"]
    assert found[3] == Country("Testland") and found[3].slug == "testland" and found[3].alpha_3 is None


@pytest.mark.parametrize(("asked", "expected"), [("Myanmar", "Burma"), ("GEORGIA", "Georgia"),
                                                 ("Ivory Coast", "Côte d'Ivoire"), ("testland", "Testland")])
def test_resolve_country_accepts_any_alias_of_a_catalogued_country(asked, expected):
    catalog = _catalog("Georgia", "Burma", "Côte d'Ivoire", "Testland")
    assert resolve_country(asked, catalog).name == expected


@pytest.mark.parametrize("asked", ["Atlantis", "Armenia", ""])
def test_unknown_country_is_one_line_listing_the_known_ones(asked):
    with pytest.raises(ParameterError) as info:
        resolve_country(asked, _catalog("Nepal", "Georgia"), origin="seeds/catalog.yml")
    text = str(info.value)
    assert "\n" not in text
    assert f"unknown country {asked!r}" in text and "seeds/catalog.yml" in text
    assert text.endswith("known countries: Georgia, Nepal"), text


def test_empty_catalog_says_it_has_no_sources():
    with pytest.raises(ParameterError, match="the catalog has no sources"):
        resolve_country("Nepal", _catalog())
