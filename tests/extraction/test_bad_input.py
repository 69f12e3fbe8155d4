"""Bad input: another language than the catalog says, 10,000 numbers, a 100 KB sentence, a document over the size
limit; and the caches that keep repeated commands fast (precompiled regexes, rows of documents read before)."""

from __future__ import annotations

import random
import re
import time
import warnings

import pytest
import yaml

from tipbrief.errors import SourceError
from tipbrief.indicators import rowcache
from tipbrief.indicators.extract import ExtractionWarning, extract_corpus, extract_document, read_document
from tipbrief.indicators.rules import regexcache

from .conftest import REPO, make_source

SPANISH = ("El gobierno identificó a 120 víctimas de trata en 2022 y la policía investigó 45 casos de trata de "
           "personas, en comparación con 30 casos en el año anterior; los tribunales condenaron a 12 tratantes. ") * 8


def _warned(fn, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn(*args)
    return result, [str(w.message) for w in caught if issubclass(w.category, ExtractionWarning)]


def test_a_narrative_in_another_language_than_the_catalog_says_is_one_warning_naming_it():
    rows, said = _warned(read_document, make_source(id="es-report"), SPANISH)
    assert rows == [] and len(said) == 1
    assert said[0].startswith("source es-report: the catalog gives language 'en' but the text does not read as English")
    rows, said = _warned(read_document, make_source(id="ru-report", language="ru"), SPANISH)
    assert rows == [] and said == ["source ru-report: the catalog gives language 'ru'; the rules read English only: "
                                   "no rows read from it"]
    english = (REPO / "seeds" / "001_8111698098cb6760.txt").read_text(encoding="utf-8")
    rows, said = _warned(read_document, make_source(id="tip"), english)
    assert rows and said == []


def test_a_document_with_10000_numbers_is_read_in_linear_time():
    rng = random.Random(3)
    text = " ".join(f"Police investigated {rng.randint(1, 999)} cases in {2000 + i % 20}." for i in range(10_000))
    start = time.process_time()
    rows = extract_document(make_source(), text)
    seconds = time.process_time() - start
    assert len([r for r in rows if r.indicator == "investigations"]) == 10_000
    # linear: about 4 s of CPU on the slow test machine (the row bookkeeping was quadratic: minutes)
    assert seconds < 60, seconds


def test_a_sentence_of_100_kb_is_read_with_a_warning_naming_the_document():
    rng = random.Random(5)
    words = ["the", "government", "identified", "victims", "and", "investigated", "cases", "of", "trafficking",
             "with", "police", "in"]
    text = " ".join(rng.choice(words) if i % 7 else str(rng.randint(1, 500)) for i in range(20_000))[:100_000]
    start = time.process_time()
    rows, said = _warned(read_document, make_source(id="run-on"), text)
    assert time.process_time() - start < 120
    assert rows and len(said) == 1 and said[0].startswith("source run-on: a sentence of 100,000 characters")


def _corpus(tmp_path, texts: dict[str, str]):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    entries = []
    for i, (name, text) in enumerate(texts.items()):
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        entries.append({"id": name, "file": f"{name}.txt", "title": f"T{i}", "publisher": "P",
                        "kind": "government report", "country": "Ghana", "year": 2023, "reporting_year": 2022,
                        "period": {"start": 2022, "end": 2022}, "language": "en", "licence": "l",
                        "attribution": "a", "reliability": "r"})
    (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")
    return seeds


def test_a_document_over_the_size_limit_is_refused_before_any_document_is_read(tmp_path, monkeypatch):
    seeds = _corpus(tmp_path, {"small": "The government identified 24 victims in 2022.\n",
                               "big": "The government identified 24 victims in 2022.\n" * 100})
    monkeypatch.setenv("TIPBRIEF_MAX_SOURCE_MB", "0.001")
    read: list[str] = []
    with pytest.raises(SourceError, match=r"big\.txt: 0\.0 MB is over the 0\.001 MB limit for one source"):
        extract_corpus(seeds, progress=lambda source, i, n: read.append(source.id))
    assert read == []  # refused up front, not after the other documents


def test_rows_of_a_document_read_before_come_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    text = (REPO / "seeds" / "001_8111698098cb6760.txt").read_text(encoding="utf-8")
    calls: list[str] = []

    def counted(source, text):
        calls.append(source.id)
        return extract_document(source, text)

    first = rowcache.rows(make_source(id="a"), text, counted)
    again = rowcache.rows(make_source(id="b"), text, counted)  # same text and entry, another id
    assert calls == ["a"] and len(first) == len(again) > 50
    assert [r.id.removeprefix("a-") for r in first] == [r.id.removeprefix("b-") for r in again]
    assert {r.source_id for r in again} == {"b"}
    rowcache.rows(make_source(id="c", reporting_year=2019), text, counted)  # another catalog entry: read again
    assert calls == ["a", "c"]
    monkeypatch.setenv("TIPBRIEF_NO_CACHE", "1")
    rowcache.rows(make_source(id="a"), text, counted)
    assert calls == ["a", "c", "a"]


def test_extraction_with_the_cache_gives_the_same_table(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    fresh = extract_corpus(REPO / "seeds")
    cold = extract_corpus(REPO / "seeds", cache=True)
    warm = extract_corpus(REPO / "seeds", cache=True)
    assert fresh.equals(cold) and fresh.equals(warm)


def test_precompiled_regexes_behave_as_compiled_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_store", None)
    pattern, text = r"(?P<n>\d+) (?:victims|cases)\b(?! of)", "identified 24 Victims and 12 cases of trafficking"
    first = regexcache.compile(pattern, re.IGNORECASE)
    regexcache.save()
    assert any((tmp_path / "cache").glob("regex-*.marshal"))
    monkeypatch.setattr(regexcache, "_store", None)  # a new command: read from the store
    again = regexcache.compile(pattern, re.IGNORECASE)
    assert (pattern, re.IGNORECASE) in regexcache._store
    for rx in (first, again):
        assert [m.group("n") for m in rx.finditer(text)] == ["24"] and rx.groupindex == {"n": 1}
    store = next((tmp_path / "cache").glob("regex-*.marshal"))
    whole = store.read_bytes()
    for damaged in (b"damaged", b"", whole[:-3], whole[: len(whole) // 2]):  # a store cut short: its code is mapped
        store.write_bytes(damaged)
        monkeypatch.setattr(regexcache, "_store", None)
        rx = regexcache.compile(pattern, re.IGNORECASE)  # a damaged store is compiled afresh
        assert rx.pattern == pattern and [m.group("n") for m in rx.finditer(text)] == ["24"]
