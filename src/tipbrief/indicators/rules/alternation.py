"""A long alternation (every country's spellings) matched only where one of its branches can start.

CPython's regex engine tries every branch of ``(?:Afghanistan|Albania|...)`` at every position of the text:
a few hundred branches times every character. :class:`Alternation` keeps one regex per first character
(the branches that start with it, in their order, with their group names), finds the positions where such
a character stands and tries only that character's regex there. ``finditer`` gives exactly the matches of
the full regex: at any position only the branches that start with the character there can match, and
their order (which decides between two that both match) is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from re import _parser  # the stdlib's own regex parser, to read the first character of a branch

from tipbrief.indicators.rules import regexcache


def first_chars(branch: str, flags: int = 0) -> frozenset[str] | None:
    """Characters a match of ``branch`` may start with, or None when that is not a short, known set (worked out
    once and kept with the precompiled regexes: parsing a few hundred branches costs a command 0.1 s)."""
    return regexcache.remember(f"first_chars/{int(flags)}", branch, lambda text: _first_chars(text, flags))


def _first_chars(branch: str, flags: int) -> frozenset[str] | None:
    try:
        return _first(list(_parser.parse(branch, flags)))
    except re.error:
        return None


def _first(items: list) -> frozenset[str] | None:
    while items and items[0][0] is _parser.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return None
    op, av = items[0]
    if op is _parser.LITERAL:
        return frozenset({chr(av)})
    if op is _parser.IN and all(kind is _parser.LITERAL for kind, _ in av):
        return frozenset(chr(v) for _, v in av)
    if op is _parser.BRANCH:
        alternatives = [_first(list(alt)) for alt in av[1]]
        return None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
    return None


class Alternation:
    """``re.compile(prefix + "(?:" + "|".join(branches) + ")" + suffix, flags)``, matched as described above.

    ``prefix`` must not consume text (a lookbehind, say). With ``re.IGNORECASE`` a character's regex keeps the
    branches whose first characters the engine itself matches to it (worked out for each character when it is first
    met: case folding has its surprises, "ſ" for "s"). ``regex`` is the full pattern, compiled when first asked for.
    """

    def __init__(self, branches: list[str], prefix: str = "", suffix: str = "", flags: int = 0) -> None:
        self.pattern, self.flags = f"{prefix}(?:{'|'.join(branches)}){suffix}", flags
        self._prefix, self._suffix, self._branches = prefix, suffix, branches
        self._firsts = [first_chars(b, flags) for b in branches]
        chars = sorted(set().union(*[s for s in self._firsts if s is not None]))
        # a branch whose first character is not known is kept in every bucket (at its place) and then every
        # position is a candidate
        self._anywhere = any(s is None for s in self._firsts)
        self._by_char: dict[str, re.Pattern] = {}
        if not flags & re.IGNORECASE:
            for char in chars:
                self._by_char[char] = self._bucket(char)
        # where a branch may start: one of those characters, where the prefix (an assertion) holds
        starts = prefix + "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"
        self._starts = regexcache.compile(starts, flags)

    def _bucket(self, char: str) -> re.Pattern:
        """The regex of the branches that may start with ``char`` (as the engine matches first characters)."""
        if self.flags & re.IGNORECASE:
            starts: dict[frozenset[str], bool] = {}  # first characters -> whether they match ``char``: asked once
            for s in set(self._firsts) - {None}:
                starts[s] = re.match("[" + "".join(re.escape(c) for c in sorted(s)) + "]", char, self.flags) is not None
            kept = [b for b, s in zip(self._branches, self._firsts, strict=True) if s is None or starts[s]]
        else:
            kept = [b for b, s in zip(self._branches, self._firsts, strict=True) if s is None or char in s]
        return regexcache.compile(f"{self._prefix}(?:{'|'.join(kept) or '(?!)'}){self._suffix}", self.flags)

    @cached_property
    def regex(self) -> re.Pattern:
        """The full pattern, compiled."""
        return regexcache.compile(self.pattern, self.flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches ``self.regex.finditer(text)`` gives (non-empty branches), found faster."""
        if self._anywhere:
            yield from self.regex.finditer(text)
            return
        pos, n = 0, len(text)
        search, by_char = self._starts.search, self._by_char
        while pos < n:
            hit = search(text, pos)
            if hit is None:
                return
            p = hit.start()
            rx = by_char.get(text[p])
            if rx is None:
                rx = by_char[text[p]] = self._bucket(text[p])
            m = rx.match(text, p)
            if m is None:
                pos = p + 1
                continue
            yield m
            pos = m.end() if m.end() > p else p + 1
