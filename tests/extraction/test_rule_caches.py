"""What makes loading the rules cheap gives what the slow way gives: data kept on disk, lazy regexes, plain ingest."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tipbrief.errors import ExtractionError
from tipbrief.indicators import currencies, ingest
from tipbrief.indicators.rules import datacache, regexcache, ruleset
from tipbrief.indicators.rules import regexcache as rc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(autouse=True)
def _no_shipped_store(monkeypatch):
    """These tests are about the cache folder: the store and data ``make`` ships in the package are left out."""
    monkeypatch.setenv("TIPBRIEF_PREBUILT", "")


def test_data_kept_on_disk_is_keyed_on_what_it_is_worked_out_from(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    calls: list[str] = []

    def parse(text: str):  # noqa: ANN202 - a stand-in for yaml.load
        return lambda: calls.append(text) or {"words": text.split(), "n": len(text)}

    old, new = "victims cases", "victims cases convictions"
    assert datacache.cached("test", (datacache.digest(old), "lib 1.0"), parse(old)) == {"words": ["victims", "cases"],
                                                                                           "n": 13}
    assert datacache.cached("test", (datacache.digest(old), "lib 1.0"), parse(old))["n"] == 13 and calls == [old]
    # an edited file, or another version of the library, is worked out again: never the value kept for the old one
    assert datacache.cached("test", (datacache.digest(new), "lib 1.0"), parse(new))["n"] == 25 and calls == [old, new]
    assert datacache.cached("test", (datacache.digest(old), "lib 2.0"), parse(old))["n"] == 13 and len(calls) == 3
    # a damaged file, or one that holds the value of another key, is worked out again and written again
    for path in (tmp_path / "cache" / "data").glob("test-*.marshal"):
        path.write_bytes(b"damaged")
    assert datacache.cached("test", (datacache.digest(old), "lib 1.0"), parse(old))["n"] == 13 and len(calls) == 4
    assert datacache.cached("test", (datacache.digest(old), "lib 1.0"), parse(old))["n"] == 13 and len(calls) == 4
    for path in (tmp_path / "cache" / "data").glob("test-*.marshal"):
        path.write_bytes(marshal.dumps({"key": "another", "value": {"n": -1}}))
    assert datacache.cached("test", (datacache.digest(old), "lib 1.0"), parse(old))["n"] == 13 and len(calls) == 5
    # a value marshal cannot keep is given, and worked out every time
    assert datacache.cached("odd", ("x",), lambda: {"f": parse}) == {"f": parse}
    assert not list((tmp_path / "cache" / "data").glob("odd-*"))


def test_the_rule_files_parsed_from_the_cache_are_the_files_parsed(tmp_path, monkeypatch):
    import yaml

    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    for name in ("extract_rules.yml", "vocabulary.yml"):
        text = (Path(ruleset.__file__).parent / name).read_text(encoding="utf-8")
        fresh = yaml.safe_load(text)
        assert ruleset._read_yaml(name) == fresh  # worked out and kept
        assert ruleset._read_yaml(name) == fresh  # read from the cache
    assert len(list((tmp_path / "cache" / "data").glob("yaml-*.marshal"))) == 2


def test_the_rule_set_read_back_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    """rules() keeps the validated rule set (pickled, under the digests of the rule files and of the models' code):
    read back, it is the set the files give, every pattern expanded alike."""
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    built = ruleset._build_rules()
    ruleset.rules.cache_clear()
    try:
        first = ruleset.rules()  # built and kept
        ruleset.rules.cache_clear()
        again = ruleset.rules()  # read back
        assert len(list((tmp_path / "cache" / "data").glob("rules-*.pickle"))) == 1
        assert again is not first and again == built
        assert [p.expanded for p in again.patterns()] == [p.expanded for p in built.patterns()]
        assert again.qualifier_forms == built.qualifier_forms and again.patterns()
    finally:
        ruleset.rules.cache_clear()


def test_babel_tables_from_the_cache_are_babels(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    fresh = currencies._with_symbols(currencies._babel_tables())
    currencies._babel.cache_clear()
    try:
        assert currencies._babel() == fresh
        currencies._babel.cache_clear()
        assert currencies._babel() == fresh and list((tmp_path / "cache" / "data").glob("currency-tables-*"))
    finally:
        currencies._babel.cache_clear()


def test_the_currency_regexes_are_the_same_text_in_every_process(tmp_path):
    """Babel's currencies come as sets: a pattern made of them in a set's order would never be found in the
    precompiled store (keyed on a pattern's text) and would be compiled again by every command."""
    code = ("from tipbrief.indicators.currencies import word_pattern, symbol_codes; "
            "print(word_pattern() + '|'.join(symbol_codes()))")
    texts = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env=dict(os.environ, PYTHONHASHSEED=seed, TIPBRIEF_CACHE=str(tmp_path / seed))).stdout
             for seed in ("1", "2", "3")}
    assert len(texts) == 1 and len(next(iter(texts))) > 1000


def test_lazy_patterns_and_the_re_functions_answer_as_re_does(tmp_path, monkeypatch):
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_store", None)
    pattern, text = r"(?P<n>\d+) (?:victims|cases)\b", "identified 24 Victims; 12 cases, 3 cases"
    lazy = rc.lazy(pattern, re.IGNORECASE)
    assert lazy.pattern == pattern and "search" not in vars(lazy)  # not compiled yet
    real = re.compile(pattern, re.IGNORECASE)
    assert lazy.flags == real.flags and lazy.groupindex == real.groupindex
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("N", text) == real.sub("N", text) and lazy.split(text) == real.split(text)
    assert vars(lazy)["search"].__self__ is lazy.compiled  # compiled once; its methods are the pattern's own
    assert rc.search(pattern, text).group("n") == "12" and rc.search(pattern, text, re.I).group("n") == "24"
    assert rc.findall(r"\d+", text) == ["24", "12", "3"]
    assert rc.sub(r"\d", "#", text, 1) == re.sub(r"\d", "#", text, count=1)
    assert rc.split(r"[;,] ", text) == re.split(r"[;,] ", text) and rc.fullmatch(r"\w+", "cases")
    assert rc.match(lazy, text) is None and rc.search(lazy, text).group("n") == "24"  # a compiled pattern passed on



def test_a_python_regex_names_a_vocabulary_word_list_as_the_rule_files_do(tmp_path, monkeypatch):
    # "{POTENTIAL}" in a regex of the rule modules is vocabulary.yml's list, on every path that compiles (lazy, the re
    # functions, ruleset.compiled); quantifiers ("{0,3}") and a pattern without a placeholder are left as written
    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_store", None)
    words = ruleset.vocabulary()["fragments"]["POTENTIAL"]
    assert {"potential", "presumed", "suspected", "possible"} <= {re.match(r"[a-z]+", w).group() for w in words}
    written = r"(?P<n>\d+) (?:{POTENTIAL}) (?:[\w-]+ ){0,2}?victims\b"
    lazy = rc.lazy(written, re.IGNORECASE)
    assert lazy.pattern == written.replace("{POTENTIAL}", "|".join(words)) and "{0,2}" in lazy.pattern
    for text in ("identified 12 presumed victims", "30 Suspected trafficking victims", "19 possible child sex victims"):
        n = re.search(r"\d+", text).group()
        assert lazy.search(text).group("n") == n and rc.search(written, text, re.I).group("n") == n
        assert ruleset.compiled(written).search(text).group("n") == n
    assert lazy.search("identified 12 victims and 3 officials") is None
    assert rc.lazy(r"\d{2,3} cases").pattern == r"\d{2,3} cases"
    with pytest.raises(ExtractionError, match="NOSUCHLIST"):
        rc.compile_cached(r"(?:{NOSUCHLIST}) victims")

def test_text_indexed_without_numpy_gives_the_sentences_numpy_gives(monkeypatch):
    real = ingest._normalise_array
    for source in sorted(SEEDS.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        with_numpy = ingest.ingest("x", text)
        monkeypatch.setattr(ingest, "_normalise_array", lambda t, vectorised=None: real(t, vectorised=False))
        without = ingest.ingest("x", text)
        monkeypatch.setattr(ingest, "_normalise_array", real)
        assert [(s.id, s.text, s.offsets) for s in without.sentences] == [
            (s.id, s.text, s.offsets) for s in with_numpy.sentences]
        assert [(p.start, p.end) for p in without.paragraphs] == [(p.start, p.end) for p in with_numpy.paragraphs]


def test_sentence_ends_are_found_where_the_plain_regexes_find_them():
    """``split_sentences`` reads its two regexes the fast way (the mark first; the abbreviation in a window)."""
    import random

    # (a year run into the next word ends its sentence too: "in FY 2013.The Federal Bureau", batch 92)
    plain_end = re.compile(r"[.!?][\"”’)]*(?= +[\"“‘(]?[A-Z0-9])|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"
                           r"|(?<=\b(?:19|20)\d\d)[.!?](?=[A-Z][a-z])")
    abbrev = ingest._ABBREV.pattern

    def plain(text: str) -> list[tuple[int, int]]:  # split_sentences as it was written first
        spans, pieces, pos = [], [], 0
        for m in re.finditer(r"(?<=\S) [•▪◦] (?=\S)", text):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(text)))
        for lo, hi in pieces:
            part, start = text[lo:hi], 0
            for m in plain_end.finditer(part):
                if re.search(abbrev, part[start : m.start() + 1]):
                    continue
                spans.append((lo + start, lo + m.end()))
                start = m.end() + (part[m.end() : m.end() + 1] == " ")
            if start < len(part):
                spans.append((lo + start, hi))
        return [(a, b) for a, b in spans if text[a:b].strip()]

    rng = random.Random(3)
    pieces = ["U.S.", "Mr.", "approx.", "e.g.", "Dept.", "A.", "a.", "officials.The", "cases. The", "end.", "ended!",
              "2021.", "(12).", "\u201cQuoted.\u201d", "x", "victims", "In", " ", " ", "Art.", "Sept.", "No.", "?",
              "pro.Mr.", "ProMr.", "vs.", "5 Ltd.", "Jan.", "“", "”", ")", "9", " • ", "•"]
    texts = ["".join(rng.choice(pieces) + rng.choice([" ", "", " "]) for _ in range(rng.randint(1, 40)))
             for _ in range(3000)]
    texts += [source.read_text(encoding="utf-8") for source in sorted(SEEDS.glob("*.txt"))]
    for text in texts:
        norm = " ".join(text.split())
        assert ingest.split_sentences(norm) == plain(norm), norm


def test_country_answers_from_the_cache_are_pycountrys(tmp_path, monkeypatch):
    from tipbrief.indicators.rules import mentions
    from tipbrief.sources.countries import lookup

    monkeypatch.setenv("TIPBRIEF_CACHE", str(tmp_path / "cache"))
    names = ["Tajikistan", "Kyrgyz Republic", "Türkiye", "côte d'ivoire", "UAE", "Atlantis", ""]
    fresh_spellings = mentions._spellings_of_countries()
    for attempt in range(2):  # worked out and kept, then read from the cache
        mentions.country_name.cache_clear()
        currencies._territory_codes.cache_clear()
        for name in names:
            assert mentions.country_name(name) == (lookup(name).name if lookup(name) else None), name
            for since in (False, True):
                assert currencies._territory_codes(name, since) == currencies._babel_territory_codes(name, since)
        assert mentions._country_spellings() == fresh_spellings, attempt
    assert currencies._territory_codes("Croatia", True) >= {"HRK", "EUR"}
    assert len(list((tmp_path / "cache" / "data").glob("country-*"))) == len(names) + 1
    mentions.country_name.cache_clear()
    currencies._territory_codes.cache_clear()


def test_an_installed_library_is_named_by_its_version(tmp_path):
    assert any(part.startswith("pycountry-") and part.endswith(".dist-info")
               for part in datacache.installed("pycountry", "pycountry"))
    assert datacache.installed("no_such_module_here", "no_such") == ("no_such_module_here", "not installed")
    assert datacache.files(tmp_path / "absent.yml") == (f"{tmp_path / 'absent.yml'}: missing",)
