"""Numbers as TIP narratives write them: digits, words ("Forty-six", "one million"), ranges, money.

Hand-written because no maintained library parses English number words *and* reports where they
sit in the text (word2number has no spans and no "1.6 million"); the grammar is small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tipbrief.indicators.rules import regexcache as rc

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_WORDS = rf"{_SMALL}(?: (?:hundred|thousand|million|billion)(?:(?: and)? {_SMALL}(?! (?:to|or) ))?)*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_SCALE = r"(?: (?:hundred|thousand|million|billion)\b)?"

#: One number as written: "22", "253,670", "1.6 million", "Forty-six", "one million".
NUMBER = rf"(?<![\w.,-])(?:(?:{_DIGITS}){_SCALE}(?:-plus\b)?|\b(?:{_WORDS})\b)(?![\w-]|[.,]\d)"

NUMBER_RE = rc.lazy(NUMBER, re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    """A number found in a text: its value, the text as written and its span."""

    value: float
    text: str
    start: int
    end: int


def parse_number(text: str) -> float:
    """Value of one number as written ("253,670", "1.6 million", "Forty-six", "two hundred and five")."""
    words = text.strip().lower().replace(",", "").removesuffix("-plus")  # "1,000-plus": read as 1,000
    if not words:
        raise ValueError("empty number")
    tokens = rc.split(r"[\s-]+", words)
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok == "and":
            continue
        if rc.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok in SCALES:
            scale = SCALES[tok]
            if scale == 100:
                current = (current or 1) * 100
            else:
                # rounded: "2.05 million" is 2050000, not binary float's 2049999.9999999998
                total += round((current or 1) * scale, 6)
                current = 0
        else:
            raise ValueError(f"not a number: {text!r}")
        seen = True
    if not seen:
        raise ValueError(f"not a number: {text!r}")
    return total + current


def find_numbers(text: str) -> list[NumberMention]:
    """Every number written in ``text`` (digits or words), left to right."""
    out = []
    for m in NUMBER_RE.finditer(text):
        try:
            out.append(NumberMention(parse_number(m.group()), m.group(), m.start(), m.end()))
        except ValueError:  # pragma: no cover - the regex only admits parseable text
            continue
    return out


YEAR_RE = rc.lazy(r"(?<![\w.,$-])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d|-\d|-(?:year|old))")
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
#: A calendar date or month: "June 8, 2005", "February 2022", "March of 2005".
DATE_RE = rc.lazy(rf"\b(?:{MONTHS})(?: \d{{1,2}},?)?(?: of)? (1[89]\d\d|20\d\d)\b")


#: Any other currency word when the dollar equivalent follows: "50 million kwacha ($60,000)".
_OTHER_MONEY = rc.lazy(rf"(?P<amt>{NUMBER})\s+(?!(?:hundred|thousand|million|billion|trillion)\b)(?P<cur>[a-z]+)"
                       rf"\s*\(\s*(?:US)?\$\s?(?P<usd>{NUMBER})\s*\)", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """An amount with its ISO currency and, where given, the US dollar equivalent in brackets."""

    amount: NumberMention
    currency: str
    usd: NumberMention | None

    @property
    def end(self) -> int:
        """Where the sum's words end: after its dollar bracket, if any."""
        return max(self.amount.end, self.usd.end if self.usd else 0)


def _range_brackets(text: str, found: list[Money]) -> list[Money]:
    """A range of two sums with one bracket of their dollar equivalents: "from €170,000 to €220,000 ($179,140 to
    $231,820)" gives each sum its own dollars (batch 109, france-2017), the first's read from the bracket after the
    second, where no other pattern reads it."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.usd or second.usd or first.currency != second.currency:
            continue
        if not _RANGE_GAP.fullmatch(text, first.amount.end, second.amount.start):
            continue
        m = _RANGE_USD.match(text, second.amount.end)
        if m is None:
            continue
        out[i] = Money(first.amount, first.currency, NumberMention(parse_number(m.group("a")), m.group("a"),
                                                                   m.start("a"), m.end("a")))
        out[i + 1] = Money(second.amount, second.currency, NumberMention(parse_number(m.group("b")), m.group("b"),
                                                                         m.start("b"), m.end("b")))
    return out


#: The words between the two sums of a range ("€170,000 to €220,000", "170,000 to 220,000 euros"), and the bracket of
#: both sums' dollars after the second ("($179,140 to $231,820)").
_RANGE_GAP = rc.lazy(r"\s*(?:[^\w\s(),.;]{1,3}\s*)?(?:to|and)\s*(?:[^\w\s(),.;]{1,3}\s?)?")
_RANGE_USD = rc.lazy(rf"\s*\(\s*(?:US)?\$\s?(?P<a>{NUMBER})\s+(?:to|and)\s+(?:US)?\$\s?(?P<b>{NUMBER})\s*\)")


def _mention(m: re.Match, group: str) -> NumberMention:
    """The figure of ``group`` in ``m``, with its place."""
    return NumberMention(parse_number(m.group(group)), m.group(group), m.start(group), m.end(group))


def _money(m: re.Match, code: str) -> Money:
    """A sum of ``code`` from a match of its amount (group ``amt``) and maybe its dollars (group ``usd``)."""
    return Money(_mention(m, "amt"), code, _mention(m, "usd") if m.group("usd") else None)


def find_money(text: str, words: str, resolve: Callable[[str], str | None],
               signs: Mapping[str, str] | None = None) -> list[Money]:
    """Amounts such as "600,000 Tajikistani somoni ($53,190)", "1.5 million lei", "25 million NPR ($229,991)",
    "€24,000 ($27,520)" (``signs``: a currency sign -> its ISO code) or "$1.2 million".

    ``words`` is a regex of currency words (matched case-insensitively, after the capitalised words of a country or
    its adjective: "Tajikistani somoni", "U.S. dollars", "Trinidad and Tobago dollars"); ``resolve`` turns what is
    written into an ISO code or None (see :mod:`tipbrief.indicators.currencies`). An ISO code written after the
    amount counts too.
    """
    found: list[Money] = []
    pattern = rc.compile_cached(
        rf"(?P<amt>{NUMBER})\s+(?P<cur>(?:[A-Z][\w.’']*(?: (?:and |& )?[A-Z][\w.’']*){{0,3}} )?(?:{words})\b"
        rf"|(?-i:[A-Z]{{3}})\b)"
        rf"(?:\s*\((?-i:[A-Z]{{2,3}})\))?(?:\s*\(\s*(?:US)?\$\s?(?P<usd>{NUMBER})\s*\))?",
        re.IGNORECASE,
    )
    for m in pattern.finditer(text):
        code = resolve(m.group("cur"))
        if code is None and " " in m.group("cur"):  # "Azerbaijani manat" unknown as a whole: the word alone
            code = resolve(m.group("cur").rsplit(" ", 1)[1])
        if code is None:
            continue
        found.append(_money(m, code))
    # any other currency word when the dollar equivalent follows: "50 million kwacha ($60,000)"; a scale word is
    # part of the amount, never its currency ("€4 million ($4.59 million)")
    for m in _OTHER_MONEY.finditer(text):
        if any(f.amount.start == m.start("amt") for f in found):
            continue
        found.append(_money(m, m.group("cur").lower()))
    # an ISO code or a currency abbreviation written before the amount: "SR 600,000 ($44,000)", "PHP 5 million"
    # (audit8 r1, batch 165's "SR" family; the code in capitals, resolved as after the amount)
    for m in rc.finditer(rf"(?<![\w$.])(?P<cur>(?-i:[A-Z]{{2,3}}))\s?(?P<amt>{NUMBER})\b(?!\s*(?-i:[A-Z]{{3}})\b)"
                         rf"(?:\s*\(\s*(?:US)?\$\s?(?P<usd>{NUMBER})\s*\))?", text):
        if any(f.amount.start == m.start("amt") for f in found) or (code := resolve(m.group("cur"))) is None:
            continue
        found.append(_money(m, code))
    if signs:
        sign = "|".join(re.escape(s) for s in signs)
        for m in rc.finditer(rf"(?P<sign>{sign})\s?(?P<amt>{NUMBER})(?:\s*\(\s*(?:US)?\$\s?(?P<usd>{NUMBER})\s*\))?",
                             text, re.IGNORECASE):
            found.append(_money(m, signs[m.group("sign")]))
    found = _range_brackets(text, sorted(found, key=lambda f: f.amount.start))
    for m in rc.finditer(rf"(?<![(\w])(?:US)?\$\s?(?P<usd>{NUMBER})", text):
        if any((f.usd and f.usd.start == m.start("usd")) or f.amount.start == m.start("usd") for f in found):
            continue  # "$52.44 million GYD": a dollar of the country, read with its code already
        found.append(Money(_mention(m, "usd"), "USD", None))
    return sorted(found, key=lambda f: f.amount.start)
