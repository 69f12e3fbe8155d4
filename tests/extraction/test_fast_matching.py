"""The shortcuts that make extraction fast give exactly what the plain regexes give.

Country alternation by first character, cue words by containment in lower-cased text, the needed-word test
before a rule's regex, and sentence offsets worked out with numpy: each is compared with the slow, plain way
on the real seeds and development narratives and on text made to provoke the edge cases.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from tipbrief.indicators.ingest import WHITESPACE, _normalise_list, ingest, normalise_map
from tipbrief.indicators.rules.alternation import Alternation, first_chars
from tipbrief.indicators.rules.breakdowns import _ALL_OF_WHOM, _ONE_AND_OTHER, _back_opener
from tipbrief.indicators.rules.context import HAS_NUMBER, may_hold_number, rules
from tipbrief.indicators.rules.counts import _SEPARATE
from tipbrief.indicators.rules.mentions import _country_spellings, _profile_patterns
from tipbrief.indicators.rules.ruleset import compiled
from tipbrief.indicators.rules.statements import _LEGAL_HINT
from tipbrief.indicators.rules.words import UNSAFE, Cue, contains_any, folded, may_find, may_match

REPO = Path(__file__).resolve().parents[2]
TEXTS = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "tests" / "extraction" / "corpus").glob("*.txt"))


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Every sentence of the seeds and the development corpus, and each again with odd case and characters."""
    out = [s.text for path in TEXTS for s in ingest(path.stem, path.read_text(encoding="utf-8")).sentences]
    rng = random.Random(3)
    odd = []
    for text in out[:400]:
        chars = list(text.upper() if rng.random() < 0.3 else text)
        for _ in range(3):  # "ſ", "K" (Kelvin), "İ", "ı" match ASCII letters when case is ignored
            if chars:
                chars[rng.randrange(len(chars))] = rng.choice(sorted(UNSAFE) + ["’", "é", "\u00a0"])
        odd.append("".join(chars))
    return out + odd


def test_unsafe_characters_are_every_one_that_folds_to_ascii_letters():
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(128, sys.maxunicode + 1)
             if letter.match(chr(c)) or any(ch.isascii() and ch.isalpha() for ch in chr(c).lower())}
    assert found == UNSAFE


def test_whitespace_table_is_what_split_and_regex_take_for_whitespace():
    space = re.compile(r"\s")
    assert set(WHITESPACE) == {c for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert set(WHITESPACE) == {c for c in range(sys.maxunicode + 1) if space.match(chr(c))}


def test_numpy_offsets_agree_with_the_token_loop():
    rng = random.Random(11)
    alphabet = ["a", "B", " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\u00b6", "\u00b61.", "é", "’", "\u2022"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        norm, idx = normalise_map(text)
        from tipbrief.indicators.ingest import _blank_marks, _normalise_array

        assert idx == _normalise_list(_blank_marks(text)), repr(text)
        assert len(idx) == len(norm)
        # numpy's index, whether or not a command loaded numpy before (a short text is indexed without it then)
        vector_norm, vector = _normalise_array(text, vectorised=True)
        assert (vector_norm, vector.tolist()) == (norm, idx), repr(text)


def test_country_alternation_finds_what_the_whole_regex_finds(sentences):
    labels, alternation, _cue = _profile_patterns()["destination"]
    assert isinstance(alternation, Alternation) and not alternation._anywhere
    spellings = [name for pats in _country_spellings().values() for name in pats]
    rng = random.Random(5)
    made = []
    for _ in range(300):  # every spelling, next to others, in words, with possessives and hyphens
        words = [re.sub(r"\\(.)", r"\1", rng.choice(spellings)).replace("(?:s|es)?", rng.choice(["", "s"]))
                 for _ in range(4)]
        joins = [" ", "-", "’s ", "'s", ", ", "x", " and "]
        made.append("".join(w + rng.choice(joins) for w in words))
    for text in sentences + made:
        assert [(m.span(), m.lastgroup) for m in alternation.finditer(text)] == \
               [(m.span(), m.lastgroup) for m in alternation.regex.finditer(text)], text
    assert len(labels) > 200


def test_case_insensitive_alternations_find_what_the_whole_regex_finds(sentences):
    # the profile's label lists, and the characters case folding matches to an ASCII letter ("ſ" for "s", the Kelvin
    # sign for "k", "İ" for "i") at a branch's start
    alternations = [rx for ind, (_labels, rx, _cue) in _profile_patterns().items() if ind != "destination"]
    odd = Alternation(["(?P<a>sex)", "(?P<b>kin|ink)", "(?P<c>i[sn])", "(?P<d>S[eE])"], prefix=r"\b", flags=re.I)
    made = ["ſex \u212ain INK İs SE se sEx", "Sex ink-kin, \u212aIN ıs in", "xsex s ex"]
    for alternation in [*alternations, odd]:
        assert alternation.flags & re.IGNORECASE
        for text in sentences + made:
            assert [(m.span(), m.lastgroup) for m in alternation.finditer(text)] == \
                   [(m.span(), m.lastgroup) for m in alternation.regex.finditer(text)], (alternation.pattern[:60], text)


def test_first_chars_of_branches():
    assert first_chars("(?P<g1>Chad|Chadian(?:s|es)?)") == {"C"}
    assert first_chars("(?P<g2>United States|USA|American(?:s|es)?)") == {"U", "A"}
    assert first_chars("[AB]x") == {"A", "B"}
    assert first_chars("a?b") is None
    assert first_chars("") is None
    anywhere = Alternation(["x?", "ab"])  # a branch that may match nothing: every position is tried
    assert [m.span() for m in anywhere.finditer("cab")] == [m.span() for m in re.finditer("(?:x?|ab)", "cab")]


def test_cue_words_answer_as_the_regex(sentences):
    cues = [cue for _labels, _rx, cue in _profile_patterns().values()]
    assert all(c.words for c in cues)
    cues.append(Cue(compiled(r"\bact\b|law")))  # not a plain word list: the regex itself
    assert cues[-1].words is None
    for text in sentences:
        lower = folded(text)
        for cue in cues:
            assert cue.found(text, lower) == bool(cue.rx.search(text)), (cue.rx.pattern, text)


def test_needed_words_never_skip_a_sentence_the_regex_matches(sentences):
    r = rules()
    patterns = [r.comparison.rx, r.zero.before_verb.rx, r.zero.after_verb.rx, compiled(r.penalty.require),
                compiled(r.penalty.keywords), r.money.cue.rx, _LEGAL_HINT, r.action_plan.pattern.rx, r.tier.pattern.rx]
    skipped = 0
    for text in sentences:
        lower = folded(text)
        for rx in patterns:
            if not may_match(rx, text, lower):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern[:60], text)
    assert skipped > len(sentences)  # the test is worth making: most sentences skip most patterns


def test_the_gated_searches_of_every_sentence_never_skip_a_match(sentences):
    """The regexes searched in every sentence only when it holds the words they need (Context.may): one and the other,
    all of whom, the group zeros, not_counts, an agency's separate statistics."""
    r = rules()
    patterns = [_ONE_AND_OTHER, _ALL_OF_WHOM, _SEPARATE, r.not_counts.rx,
                *(rule.rx for rule in (r.zero.group_passive, r.zero.group_after) if rule is not None)]
    made = ["One was a labor trafficking case and the other a sex trafficking case.",
            "It assisted 219 victims, all of whom were expatriate women.", "No Danish victims were identified.",
            "Separately, the agency kept its own statistics.", "It had the capacity to house 40 victims"]
    skipped = 0
    for text in sentences + made:
        lower = folded(text)
        for rx in patterns:
            if not may_match(rx, text, lower):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern[:60], text)
    assert all(any(rx.search(text) for rx in patterns) for text in made)
    assert skipped > len(sentences)


def test_no_number_held_means_no_number_found(sentences):
    """may_hold_number (no digit, no number word) is False only where HAS_NUMBER finds nothing: the sentences with no
    number skip the readers of figures (labelled parts, the figures of the sentence before)."""
    made = ["Zero cases", "NINETEEN victims", "ſeventy", "\u0663 victims", "twenty-one", "none", "someone", "a victim"]
    held = 0
    for text in sentences + made:
        if not may_hold_number(text, folded(text)):
            assert HAS_NUMBER.search(text) is None, text
        else:
            held += 1
    assert 0 < held < len(sentences)


def test_short_needed_strings_never_skip_a_window_the_regex_matches(sentences):
    """may_find (required_any: strings of any length, "$" and "age" too) turns away only windows the regex cannot
    match: the 30 characters before every number, as the distractor check reads them."""
    before = rules().distractors.before.rx
    skipped = tried = 0
    for text in sentences:
        for m in re.finditer(r"\d+", text):
            window = text[max(0, m.start() - 30) : m.start()]
            tried += 1
            if not may_find(before, window):
                skipped += 1
                assert before.search(window) is None, window
    assert skipped > tried // 2  # most windows hold none of its strings
    opener, skipped = _back_opener(), 0
    for text in sentences:  # ... nor a sentence where a clause referring back may open
        if not may_find(opener, text):
            skipped += 1
            assert opener.search(text) is None, text
    assert skipped > len(sentences) // 4


def test_count_gates_answer_as_each_rules_words(sentences):
    """The count rules' gate words tested once a sentence (RuleFile.count_gates) pass the rules the rule-by-rule test
    passes."""
    words, gated = rules().count_gates
    for text in sentences[::7]:
        lower = text.lower()
        have = {w for w in words if w in lower}
        for rule, gate in gated:
            assert (gate is None or not have.isdisjoint(gate)) == (rule.gate is None or contains_any(lower, rule.gate))


def test_table_json_is_what_json_dumps_writes(seeds_table):
    import json

    from tipbrief.indicators.table import _dumps_records, conform

    records = json.loads(conform(seeds_table).to_json(orient="records", force_ascii=False))
    odd = [{"a": "é\"\\\n\u2028’", "b": 1.5, "c": True, "d": None, "e": 10**30, "f": float("nan"), "g": -0.0, "h": 3,
            "i": False, "j": 1e-7}]
    for data in (records, odd, records[:1] + odd):
        assert _dumps_records(data) == json.dumps(data, ensure_ascii=False, indent=1)


def test_evidence_lock_still_names_the_failing_row_of_a_shared_sentence(seeds_table):
    from tipbrief.errors import ExtractionError
    from tipbrief.indicators.evidence import check
    from tipbrief.sources.catalog import load_catalog

    texts = {p.stem: p.read_text(encoding="utf-8") for p in (REPO / "seeds").glob("*.txt")}
    by_id = {s.id: texts[Path(s.file).stem] for s in load_catalog(REPO / "seeds").sources}
    check(seeds_table, by_id)
    shared = seeds_table[seeds_table.duplicated(["source_id", "start", "end"], keep=False)]
    assert len(shared) >= 2  # sentences that give more than one row
    broken = seeds_table.copy()
    second = shared.index[1]
    broken.loc[second, "number_text"] = "no such figure"
    with pytest.raises(ExtractionError, match=str(broken.loc[second, "id"])):
        check(broken, by_id)
