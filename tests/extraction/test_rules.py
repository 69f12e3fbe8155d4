"""The rule file itself: every pattern has an id and examples that give their rows, the prefilter lets them through."""

from __future__ import annotations

import re

import pytest

from tipbrief.indicators.rules.context import is_demonym
from tipbrief.indicators.rules.ruleset import Example, Rule, required_words, rules
from tipbrief.indicators.table import record

from .conftest import make_source

RULES = rules()
EXAMPLES = [(rule, example) for rule in RULES.all_rules() for example in rule.examples]
DISTRACTORS = {RULES.distractors.before.id, RULES.distractors.after.id, RULES.not_counts.id, RULES.cumulative.id,
               *([RULES.distractors.lead.id] if RULES.distractors.lead is not None else [])}


def test_every_rule_has_a_unique_id_and_an_example():
    ids = [rule.id for rule in RULES.all_rules()]
    assert len(ids) == len(set(ids))
    assert [rule.id for rule in RULES.all_rules() if not rule.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[f"{r.id}: {e.text[:50]}" for r, e in EXAMPLES])
def test_example_gives_its_rows(rule: Rule, example: Example):
    from tipbrief.indicators.extract import extract_document

    rows = [record(row) | {"rule": row.rule} for row in extract_document(make_source(**example.source), example.text)]
    if rule.id in DISTRACTORS:  # a distractor's example gives no count at all
        counts = [r for r in rows if r["value"] is not None and r["unit"] != "mentions"]
        assert counts == [], counts
        return
    expected = [e.model_dump(exclude_unset=True) for e in example.rows]
    fields = sorted({f for e in expected for f in e})
    if isinstance(getattr(RULES, "counts", None), list) and any(rule in c.patterns for c in RULES.counts):
        count_rule = next(c for c in RULES.counts if rule in c.patterns)
        expected = [{"indicator": count_rule.indicator, "unit": count_rule.unit, **e} for e in expected]
        fields = sorted({*fields, "indicator", "unit"})
    got = [{f: r[f] for f in fields} for r in rows if r["rule"] == rule.id]
    key = lambda d: sorted((k, str(v)) for k, v in d.items())  # noqa: E731
    assert sorted(got, key=key) == sorted(expected, key=key), f"all rows: {[(r['rule'], r['value']) for r in rows]}"


def test_table_rule_ids_are_rule_ids_of_the_rule_file(seeds_table):
    known = {rule.id for rule in RULES.all_rules()}
    assert seeds_table["rule"].notna().all()
    assert set(seeds_table["rule"]) <= known, set(seeds_table["rule"]) - known


def test_the_prefilter_is_derived_and_every_example_passes_it():
    for count_rule in RULES.counts:
        assert count_rule.needs, f"{count_rule.indicator}: no word every match contains; it would run on every sentence"
        for pattern in count_rule.patterns:
            assert required_words(pattern.regex), pattern.id
            for example in pattern.examples:
                assert any(w in example.text.lower() for w in count_rule.needs), (pattern.id, example.text)


@pytest.mark.parametrize(
    ("regex", "words"),
    [
        (r"\bconvict(?:ed|ing) {N}(?=[,.;])", {"convicted", "convicting"}),
        (r"\b{N} (?:labor |labour |economic )migrants\b", {"migrants"}),
        (r"\b(?:rescu\w*|freed|removed) {N} people\b", {" people"}),
        (r"\b(?:registered|recorded) {N}", {"registered", "recorded"}),
        (r"\b{N} (?:{FORMS})", {"sex trafficking", "forced labo", "r trafficking", "forced begging",
                               "domestic servitude", "sexual exploitation", "r exploitation", "non-sexual trafficking",
                               "non-sexual exploitation"}),
        (r"\b{N}(?:ab|cd)?", None),
    ],
)
def test_required_words_are_what_every_match_contains(regex, words):
    found = required_words(regex)
    assert found == (None if words is None else frozenset(words))


def test_an_unknown_placeholder_or_a_repeated_id_is_one_clear_error(monkeypatch):
    from tipbrief.errors import ExtractionError
    from tipbrief.indicators.rules import ruleset

    with pytest.raises(ExtractionError, match=r"extract_rules.yml: convictions.99: unknown placeholder \{FORM\}"):
        ruleset.expand(r"\b{N} for (?:{FORM})", "convictions.99")
    raw = ruleset._read_yaml("extract_rules.yml")
    raw["counts"][0]["patterns"].append(dict(raw["counts"][0]["patterns"][0]))
    monkeypatch.setattr(ruleset, "_read_yaml", lambda name: raw)
    # (what rules() builds from the files when its cache has nothing under their digests: an edited file has a new one)
    first = re.escape(raw["counts"][0]["patterns"][0]["id"])
    with pytest.raises(ExtractionError, match=rf"rule id '{first}' is used twice"):
        ruleset._build_rules()
    del raw["counts"][0]["patterns"][-1]["id"]
    with pytest.raises(ExtractionError, match=r"extract_rules.yml: counts.0.patterns.\d+.id: Field required"):
        ruleset._build_rules()


@pytest.mark.parametrize("word", ["Austrian", "Nigerian", "Swedish", "Congolese", "Timorese", "Salvadoran", "Emirati",
                                  "Filipino", "Swiss", "Thai", "Lao", "Argentine", "South African", "Chile", "Bissau"])
def test_a_demonym_names_its_country(word):
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["Christian", "Republican", "Roman", "Child", "May", "Ban", "United", "Islands",
                                  "Government", "These", "Lutheran"])
def test_a_word_that_only_starts_like_a_place_is_no_demonym(word):
    # "Christian" starts as "Christmas Island" does, "Roman" as "Romania", "Child" as "Chile": a demonym's stem is
    # followed by a few letters of the name at most, and a word without a demonym's ending must be the name itself
    assert not is_demonym(word)
