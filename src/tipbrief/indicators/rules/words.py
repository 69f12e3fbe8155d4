"""Cue word lists ("traffick|exploit|forced|victim") tested by containment in the lower-cased sentence.

A case-insensitive regex of alternatives cannot skip ahead the way a case-sensitive one does: it tries every
word at every character. For a list of plain lower-case ASCII words, ``word in sentence.lower()`` gives the
same answer in a fraction of the time, provided the sentence holds none of the four non-ASCII characters
that the regex engine matches to an ASCII letter when ignoring case (``UNSAFE``; a test checks the set
against every code point); such a sentence is searched with the regex as ever.
"""

from __future__ import annotations

import re

from tipbrief.indicators.rules import regexcache as rc

#: Non-ASCII characters a case-insensitive regex matches to an ASCII letter, or whose lower case holds one:
#: İ (U+0130), ı (U+0131), ſ (U+017F), the Kelvin sign (U+212A).
UNSAFE = frozenset("\u0130\u0131\u017f\u212a")
_UNSAFE_RX = rc.lazy("[" + "".join(sorted(UNSAFE)) + "]")
_PLAIN = rc.lazy(r"[a-z ]+(?:\|[a-z ]+)*")


def folded(text: str) -> str | None:
    """``text.lower()`` when containment there answers as a case-insensitive regex would, else None."""
    return None if not text.isascii() and _UNSAFE_RX.search(text) else text.lower()


def contains_any(text: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    """``any(w in text for w in words)``, without a generator (the commonest test of extraction)."""
    for w in words:  # noqa: SIM110 - a generator costs more than the test itself
        if w in text:
            return True
    return False


def fewest(words: tuple[str, ...] | frozenset[str] | list[str]) -> tuple[str, ...]:
    """``words`` less those that hold another of them ("eighteen" holds "eight", "investigations" "investigat"):
    :func:`contains_any` gives the same answer with fewer tests."""
    kept: list[str] = []
    for w in sorted(set(words), key=len):  # shortest first: only a shorter word can be held in another
        # one kept is enough: a word dropped holds a shorter one kept, which the longer word then holds too
        for v in kept:
            if v in w:
                break
        else:
            kept.append(w)
    return tuple(sorted(kept))


class Cue:
    """A case-insensitive regex, tested by word containment when it is a plain word list."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        plain = bool(rx.flags & re.IGNORECASE) and _PLAIN.fullmatch(rx.pattern) is not None
        self.words: tuple[str, ...] | None = fewest(rx.pattern.split("|")) if plain else None

    def found(self, text: str, lower: str | None) -> bool:
        """Whether the regex finds a match in ``text`` (``lower``: :func:`folded` of ``text``)."""
        if self.words is not None and lower is not None:
            return contains_any(lower, self.words)
        return self.rx.search(text) is not None


def all_found(text: str, sets: tuple[tuple[str, ...] | frozenset[str], ...]) -> bool:
    """Whether ``text`` contains a string of every one of ``sets`` (True when there are none)."""
    for words in sets:  # noqa: SIM110 - a generator costs more than the test itself
        if not contains_any(text, words):
            return False
    return True


_NEEDED: dict[tuple[str, int], tuple[tuple[str, ...], ...]] = {}
#: id(rx) -> (rx, needed(rx)): asked for a dozen times a sentence, so not keyed on the pattern's text (the pattern is
#: kept with its words: its id is never another's)
_NEEDED_BY_ID: dict[int, tuple[object, tuple[tuple[str, ...], ...]]] = {}


def needed(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of lower-case ASCII strings such that every match of ``rx`` contains one string of each (none: none
    known), worked out once per pattern from its parsed form
    (:func:`tipbrief.indicators.rules.ruleset.required_sets`)."""
    got = _NEEDED_BY_ID.get(id(rx))
    if got is not None and got[0] is rx:
        return got[1]
    key = (rx.pattern, rx.flags)
    if key not in _NEEDED:
        from tipbrief.indicators.rules.ruleset import required_sets

        _NEEDED[key] = tuple(fewest(words) for words in required_sets(rx.pattern)
                             if all(w.isascii() for w in words))
    _NEEDED_BY_ID[id(rx)] = (rx, _NEEDED[key])
    return _NEEDED[key]


def may_match(rx: re.Pattern, text: str, lower: str | None) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text`` (it needs a word that the sentence lacks);
    ``lower`` is :func:`folded` of ``text``. A cheap test before a costly ``finditer`` or ``search``."""
    if lower is None:
        return True
    got = _NEEDED_BY_ID.get(id(rx))  # needed(rx), its memo read here: this runs a few dozen times a sentence
    # all_found(lower, needed(rx)), written out
    for words in got[1] if got is not None and got[0] is rx else needed(rx):
        for w in words:
            if w in lower:
                break
        else:
            return False
    return True


_SHORT_NEEDED: dict[int, tuple[object, tuple[str, ...]]] = {}


def may_find(rx: re.Pattern, text: str) -> bool:
    """False only when ``rx`` cannot match in ``text`` (a short window), which lacks every string one of which a match
    holds (:func:`tipbrief.indicators.rules.ruleset.required_any`): a costly search of every position turned away."""
    got = _SHORT_NEEDED.get(id(rx))
    if got is None or got[0] is not rx:
        from tipbrief.indicators.rules.ruleset import required_any

        found = required_any(rx.pattern)
        words = fewest(found) if found is not None and all(w.isascii() for w in found) else ()
        got = _SHORT_NEEDED[id(rx)] = (rx, words)
    words = got[1]
    if not words:
        return True
    lower = folded(text)
    return lower is None or contains_any(lower, words)
