"""The real seeds catalog, entry by entry, and the catalog validator's one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from snapshots import snapshot

from tipbrief import atomic
from tipbrief.errors import CatalogError
from tipbrief.indicators.extract import extract_document
from tipbrief.indicators.ingest import ingest
from tipbrief.sources.catalog import (
    Catalog,
    SourceKind,
    add_source,
    init_catalog,
    load_catalog,
    parse_catalog,
    remove_source,
    source_path,
)
from tipbrief.sources.reader import read_source_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CATALOG = load_catalog(SEEDS)


def test_catalog_lists_every_seed_file_once():
    files = {p.name for p in SEEDS.iterdir() if p.suffix in {".txt", ".md"}}
    assert {s.file for s in CATALOG.sources} == files
    assert len({s.id for s in CATALOG.sources}) == len(CATALOG.sources)


@pytest.mark.parametrize("source", CATALOG.sources, ids=lambda s: s.id)
def test_every_entry_is_complete_and_its_document_extracts(source):
    text = read_source_text(source_path(SEEDS, source))
    assert source.title and source.publisher and source.attribution and source.licence and source.reliability
    assert source.country == "Tajikistan"
    assert source.period.start <= source.period.end <= source.year
    if source.reporting_year is not None:
        assert source.period.start <= source.reporting_year <= source.period.end
    doc = ingest(source.id, text)
    assert len(doc.sentences) >= 10
    rows = extract_document(source, text)
    assert any(r.indicator == "tier" for r in rows) or source.kind.value == "diplomatic cable"
    assert all(r.source_id == source.id and r.source_year == source.year for r in rows)


def _entry(**over: object) -> dict:
    base = {"id": "a", "file": "a.txt", "title": "T", "publisher": "P", "kind": "news article", "country": "C",
            "year": 2020, "period": {"start": 2019, "end": 2019}, "licence": "L", "attribution": "A",
            "reliability": "R"}
    base.update(over)
    return base


def _yaml(*entries: dict) -> str:
    return yaml.safe_dump({"sources": list(entries)})


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([_entry(title=None) | {"title": None}], "entry 1 (id 'a'), field 'title'"),
        ([{k: v for k, v in _entry().items() if k != "publisher"}], "entry 1 (id 'a'), missing field 'publisher'"),
        ([_entry(), _entry(file="b.txt")], "duplicate id 'a'"),
        ([_entry(), _entry(id="b")], "duplicate file 'a.txt'"),
        ([_entry(file="../x.txt")], "must be a plain file name"),
        ([_entry(kind="blog")], "field 'kind'"),
        ([_entry(period={"start": 2020, "end": 2019})], "period start 2020 is after end 2019"),
        ([_entry(colour="red")], "unknown field 'colour'"),
        ([_entry(id="Bad Id")], "field 'id'"),
    ],
)
def test_catalog_errors_are_one_line_naming_the_entry(entries, message):
    with pytest.raises(CatalogError) as info:
        parse_catalog(_yaml(*entries), Path("seeds/catalog.yml"))
    text = str(info.value)
    assert "\n" not in text and text.startswith("seeds/catalog.yml: ") and message in text, text


def test_valid_catalog_parses_every_field():
    second = _entry(id="tip-2022", file="tip-2022.md", kind="government report", year=2022,
                    period={"start": 2021, "end": 2021}, reporting_year=2021, language="ru", url="https://example.org/r")
    catalog = parse_catalog(_yaml(_entry(), second), Path("c.yml"))
    assert isinstance(catalog, Catalog) and [s.id for s in catalog.sources] == ["a", "tip-2022"]
    a, tip = catalog.sources
    assert (a.file, a.title, a.publisher, a.country, a.year) == ("a.txt", "T", "P", "C", 2020)
    assert (a.licence, a.attribution, a.reliability) == ("L", "A", "R")
    assert a.kind is SourceKind.NEWS_ARTICLE and (a.period.start, a.period.end) == (2019, 2019)
    assert (a.reporting_year, a.language, a.url) == (None, "en", None), "defaults of the optional fields"
    assert tip.kind is SourceKind.GOVERNMENT_REPORT and str(tip.period) == "2021"
    assert (tip.year, tip.reporting_year, tip.language, tip.url) == (2022, 2021, "ru", "https://example.org/r")
    assert catalog.by_id()["tip-2022"] is tip


@pytest.mark.parametrize("kind", ["UN agency report", "NGO report", "academic paper", "court decision", "statistics",
                                  "other"])
def test_every_kind_of_document_is_accepted(kind):
    assert parse_catalog(_yaml(_entry(kind=kind)), Path("c.yml")).sources[0].kind.value == kind


NARRATIVE = Path(__file__).with_name("sources") / "narratives" / "georgia-2021.txt"
TIP_FIELDS = {"title": "2021 Trafficking in Persons Report: Georgia", "publisher": "U.S. Department of State",
              "kind": "government report", "country": "georgia", "year": 2021}


def test_a_failed_catalog_write_leaves_no_new_folder_or_file(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "write_text", fail)
    with pytest.raises(OSError):
        add_source(tmp_path / "seeds", NARRATIVE, **TIP_FIELDS)
    assert not (tmp_path / "seeds").exists()


def test_a_failed_catalog_write_puts_a_removed_file_back(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    init_catalog(seeds)
    added = add_source(seeds, NARRATIVE, **TIP_FIELDS)
    assert (added.id, added.country) == ("georgia-2021-trafficking-in-persons-report", "Georgia")
    before = snapshot(seeds)

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "write_text", fail)
    with pytest.raises(OSError):
        remove_source(seeds, added.id, delete_file=True)
    assert snapshot(seeds) == before


def test_a_catalog_in_flow_style_is_rewritten_whole_when_an_entry_goes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("a\n", encoding="utf-8")
    flow = yaml.safe_dump({"sources": [_entry(), _entry(id="b", file="b.txt")]}, default_flow_style=True)
    (seeds / "catalog.yml").write_text("# kept\n" + flow, encoding="utf-8")
    remove_source(seeds, "b")
    text = (seeds / "catalog.yml").read_text(encoding="utf-8")
    assert text.startswith("# kept\n") and [s.id for s in load_catalog(seeds).sources] == ["a"]
