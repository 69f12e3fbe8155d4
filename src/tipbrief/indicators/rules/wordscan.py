"""One scan of a document for every word the rules' gates ask for; each gate then a test of bits.

A gate (``Context.may``, the count patterns' ``ascii_gate``, a reader's entry test) asks whether a sentence holds one
word of each of a few sets, worked out from a regex (:func:`tipbrief.indicators.rules.words.needed`): asked string by
string, that is ~35 substring tests a sentence, most of them on sentences that state nothing. Here every word a gate
has asked for gets a bit; one Aho-Corasick pass (pyahocorasick, in C) over a document's folded sentences gives each
sentence the bits of the words it holds (:func:`scan`), and a gate is an AND of ints (`Context.may`). A word first
asked for after a document was scanned is not in its bits: the gate then answers by the substring test, exact as ever
(:data:`Gate.top` against the sentence's ``known``), and the word joins the next document's scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import reduce
from operator import itemgetter, or_
from typing import NamedTuple, TypeVar

import ahocorasick

from tipbrief.indicators.rules.ruleset import required_branches, rules
from tipbrief.indicators.rules.words import fewest, folded, needed

#: word -> its bit (1 << index), in the order gates first asked for them
_BITS: dict[str, int] = {}
#: the automaton of the words of :data:`_BITS` when it was built, and how many there were
_AUTOMATON: list[tuple[ahocorasick.Automaton | None, int]] = [(None, 0)]
_SECOND = itemgetter(1)
_Reader = TypeVar("_Reader", bound=Callable)


class Gate(NamedTuple):
    """A regex's gate as bits: one mask per word set (a match holds a word of each); ``top``: how many words a
    sentence's bits must cover for the masks to answer (the highest bit's index + 1)."""

    rx: object
    masks: tuple[int, ...]
    top: int


def bits(words: tuple[str, ...] | frozenset[str]) -> tuple[int, int]:
    """The mask of ``words`` (each given a bit when first asked for), and the :data:`Gate.top` it needs."""
    mask = 0
    for w in words:
        bit = _BITS.get(w)
        if bit is None:
            bit = _BITS[w] = 1 << len(_BITS)
        mask |= bit
    return mask, mask.bit_length()


def gate_of_sets(rx: object, sets: tuple[tuple[str, ...], ...]) -> Gate:
    """The gate of word ``sets`` (each lower-case ASCII: :func:`needed`'s form), kept with ``rx``."""
    masks, top = [], 0
    for words in sets:
        mask, need = bits(words)
        masks.append(mask)
        top = max(top, need)
    return Gate(rx, tuple(masks), top)


#: id(rx) -> its gate (the regex is kept in the gate: its id is never another's)
_GATES: dict[int, Gate] = {}


def gate(rx: re.Pattern) -> Gate:
    """The gate of ``rx`` (:func:`needed` as bits), worked out once per regex."""
    got = _GATES.get(id(rx))
    if got is None or got.rx is not rx:
        got = _GATES[id(rx)] = gate_of_sets(rx, needed(rx))
    return got


def _automaton() -> tuple[ahocorasick.Automaton | None, int]:
    """The automaton of every word asked for so far (rebuilt when a gate asked for a new one)."""
    automaton, known = _AUTOMATON[0]
    if known < len(_BITS):
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for w, bit in _BITS.items():
            automaton.add_word(w, bit)
        automaton.make_automaton()
        known = len(_BITS)
        _AUTOMATON[0] = (automaton, known)
    return automaton, known


#: What a sentence that cannot be folded (:func:`folded` is None) is given: every bit, as the substring test answers
#: True for it
ALL = (-1, 1 << 62)


def scan(texts: list[str]) -> list[tuple[int, int]]:
    """For each sentence text, the bits of the gates' words it holds and how many words they cover (``known``)."""
    automaton, known = _automaton()
    out: list[tuple[int, int]] = []
    for text in texts:
        lower = folded(text)
        if lower is None:
            out.append(ALL)
        elif automaton is None:
            out.append((0, known))
        else:
            out.append((reduce(or_, map(_SECOND, automaton.iter(lower)), 0), known))  # (the hits OR-ed in C)
    return out


def held(lower: str) -> int:
    """The bits of the gates' words that ``lower`` (a lower-cased text) holds, every word asked for so far covered."""
    automaton, _ = _automaton()
    return 0 if automaton is None else reduce(or_, map(_SECOND, automaton.iter(lower)), 0)


class Entry:
    """A reader's entry test: the regexes (``regexes()``, from the rules when first asked) one of which must be able to
    match in a sentence for the reader to make a row there; their words are worked out from them, alternative by
    alternative (:func:`branch_gates`), so a pattern added to the rules is covered without a word list to keep.
    ``leads()``: regexes the reader only tries at the sentence's start (``rx.match(text)``), where words tell little
    ("Of the ..."): the test runs them when no regex's words are met. ``number``: the reader makes a row only from a
    number its regexes read, so a sentence with none (``Context.may_have_number``) is turned away first. ``None``: the
    reader is always called."""

    def __init__(self, regexes: Callable[[], Iterable[re.Pattern | None]] | None,
                 leads: Callable[[], Iterable[re.Pattern]] | None = None, *, number: bool = False) -> None:
        self.regexes = regexes
        self.leads = leads or tuple
        self.number = number
        #: the rules the gates were worked out from, and the gates
        self._gates: tuple[object, tuple[tuple[tuple[int, ...], ...], int, tuple[re.Pattern, ...]]] | None = None

    def gates(self) -> tuple[tuple[tuple[int, ...], ...], int, tuple[re.Pattern, ...]] | None:
        """The masks of each alternative of each regex, the :data:`Gate.top` they need and the lead regexes (None:
        always called); worked out once per rule set."""
        if self.regexes is None:
            return None
        ruleset = rules()
        if self._gates is None or self._gates[0] is not ruleset:
            found = [g for rx in self.regexes() if rx is not None for g in branch_gates(rx)]
            self._gates = (ruleset, (tuple(g.masks for g in found), max((g.top for g in found), default=0),
                                     tuple(self.leads())))
        return self._gates[1]


def branch_gates(rx: re.Pattern) -> list[Gate]:
    """One gate for each top-level alternative of ``rx`` (:func:`ruleset.required_branches`), one of which a sentence
    must pass for ``rx`` to match there; of its sets only those worth a bit (:func:`_worth_scanning`)."""
    return [gate_of_sets(rx, tuple(fewest(words) for words in sets if all(map(_worth_scanning, words))))
            for sets in required_branches(rx.pattern)]


def _worth_scanning(word: str) -> bool:
    """ASCII (as :func:`needed` keeps words), and no letter or space alone, which is in every sentence and would cost
    the scan a hit at most characters ("no", ";" and ":" are kept; a set dropped only lets more sentences in)."""
    return word.isascii() and not (len(word) == 1 and (word.isalnum() or word.isspace())) and not word.isspace()


def entry(regexes: Callable[[], Iterable[re.Pattern | None]] | None,
          leads: Callable[[], Iterable[re.Pattern]] | None = None, *,
          number: bool = False) -> Callable[[_Reader], _Reader]:
    """Declare a reader's entry test (:class:`Entry`), kept on the reader as ``entry``: ``extract_document`` calls
    the reader only on a sentence that passes it (``Context.enters``)."""

    def mark(reader: _Reader) -> _Reader:
        reader.entry = Entry(regexes, leads, number=number)  # type: ignore[attr-defined]
        return reader

    return mark
