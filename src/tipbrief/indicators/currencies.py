"""Currencies as narratives of any country name them ("Tajikistani somoni", "lei", "manat", "NPR") -> ISO 4217.

Names come from Babel's English locale data (every currency's name, singular and plural: "Moldovan leu",
"Moldovan lei", "Turkmenistani manat"); ``vocabulary.yml`` ``currency_aliases`` adds only the few words
Babel lacks ("somoni" alone, "so'm", "reais"). A bare word that several currencies share ("manat", "lei",
"rupees", "dollars") is resolved by the adjective before it ("Nepali rupees"), else by the currencies the
document's country uses (Babel's territory currencies: "manat" is AZN in Azerbaijan, TMT in Turkmenistan).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tipbrief.indicators.rules import datacache
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.ruleset import vocabulary

_Tables = tuple[dict[str, str], dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]]]


@cache
def _tables() -> _Tables:
    """(full name -> code, currency word -> codes, codes in use anywhere, currency word -> codes no longer in use),
    all lower-case except the codes."""
    return _babel()[:4]  # type: ignore[return-value]


@cache
def _babel() -> tuple:
    """:func:`_tables` and :func:`symbol_codes` as Babel gives them, kept on disk under Babel's version and data, this
    module's code and the aliases of ``vocabulary.yml`` (:mod:`tipbrief.indicators.rules.datacache`), so that a
    command need not load Babel's data."""
    aliases = vocabulary().get("currency_aliases") or {}
    parts = (*_babel_files(), datacache.digest(Path(__file__).read_bytes()), repr(sorted(aliases.items())))
    return datacache.cached("currency-tables", parts, lambda: _with_symbols(_babel_tables()))


def _babel_files() -> tuple[str, ...]:
    """What names the installed Babel and its data: its ``__init__.py`` (which holds its version) by digest, the
    data files read by path, size and time (found without importing Babel)."""
    import importlib.util

    spec = importlib.util.find_spec("babel")
    if spec is None or spec.origin is None:
        return ("no babel",)
    init = Path(spec.origin)
    out = [str(init), datacache.digest(init.read_bytes())]
    for data in (init.with_name("global.dat"), init.parent / "locale-data" / "en.dat", init.parent / "locale-data" /
                 "root.dat"):
        try:
            info = data.stat()
            out.append(f"{data}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            out.append(f"{data}: missing")
    return tuple(out)


def _babel_tables() -> _Tables:
    """:func:`_tables` worked out from Babel's data."""
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

    current: set[str] = set()
    for territory in get_global("territory_currencies"):
        current.update(get_territory_currencies(territory, tender=True))
    full: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    former: dict[str, set[str]] = {}  # "kunas": HRK, the currency of Croatia until 2022
    for code in sorted(list_currencies(locale="en")):
        for count in (1, 2):
            name = get_currency_name(code, count, locale="en")
            if "(" in name or not name or name == code:
                continue  # "Azerbaijani Manat (1993–2006)": an old currency under a dated name
            low = name.lower()
            if code in current or low not in full:
                full[low] = code if code in current or low not in full else full[low]
            (words if code in current else former).setdefault(low.split()[-1], set()).add(code)
    for word, codes in (vocabulary().get("currency_aliases") or {}).items():
        words.setdefault(word.lower(), set()).update(codes)
    return (full, {w: frozenset(c) for w, c in words.items()}, frozenset(current),
            {w: frozenset(c) for w, c in former.items()})


@cache
def word_pattern() -> str:
    """A regex (case-insensitive) of every currency word, longest first ("somonis", "lei", "dollars"), with the
    words of currencies no longer in use ("kunas", "korunas"), which a country's own past resolves."""
    capitals = [w.lower() for w in vocabulary().get("currency_capitals_only") or ()]
    every = (set(_tables()[1]) | set(_tables()[3])) - set(capitals)
    # longest first, then in alphabetical order: the same text in every process, so it is compiled once for all;
    # an abbreviation that is also a common unit in lower case ("KM", not "300 km") only in capitals
    return "|".join([*(re.escape(w) for w in sorted(every, key=lambda w: (-len(w), w))),
                     *(f"(?-i:{re.escape(w.upper())})" for w in sorted(capitals))])


@cache
def symbol_codes() -> dict[str, str]:
    """Currency signs written before an amount ("€24,000", "£5,000") -> ISO code: Babel's English symbols of
    the currencies in use that are a sign, not letters (the dollar sign is read apart, as US dollars)."""
    return _babel()[4]


def _with_symbols(tables: _Tables) -> tuple:
    """``tables`` and the currency signs of the codes in use (see :func:`symbol_codes`)."""
    from babel.numbers import get_currency_symbol

    signs: dict[str, set[str]] = {}
    for code in tables[2]:
        symbol = get_currency_symbol(code, locale="en")
        if symbol != "$" and not any(ch.isalnum() for ch in symbol):
            signs.setdefault(symbol, set()).add(code)
    # in one order in every process (the regex made of them is then compiled once for all)
    return (*tables, {s: next(iter(c)) for s, c in sorted(signs.items(), key=lambda x: (-len(x[0]), x[0]))
                      if len(c) == 1})


@cache
def _territory_codes(country: str, since_1990: bool = False) -> frozenset[str]:
    """The currencies the country's territory uses (Babel), or with ``since_1990`` every one it has had since 1990
    ("Croatia": HRD, HRK, EUR); kept on disk under what they are worked out from (today's date too, for the
    currencies in use until today), so that a command need not load pycountry and Babel."""
    import datetime

    parts = (country, since_1990, datetime.date.today().isoformat() if since_1990 else "", *_babel_files(),
             *datacache.files(Path(__file__)), *datacache.countries_key())
    return datacache.cached(f"territory-{datacache.digest(country)[:16]}", parts,
                            lambda: _babel_territory_codes(country, since_1990))


def _babel_territory_codes(country: str, since_1990: bool) -> frozenset[str]:
    """:func:`_territory_codes` worked out from Babel and pycountry."""
    import datetime

    from babel.numbers import get_territory_currencies

    from tipbrief.sources.countries import lookup

    found = lookup(country) if country else None
    if found is None or not found.alpha_2:
        return frozenset()
    dates = {"start_date": datetime.date(1990, 1, 1), "end_date": datetime.date.today()} if since_1990 else {}
    try:
        return frozenset(get_territory_currencies(found.alpha_2, tender=True, **dates))
    except Exception:  # noqa: BLE001 - a territory Babel does not know: none, so no preference
        return frozenset()


@cache
def _adjective_country(adjective: str) -> str | None:
    """The country an adjective names ("Nepali" -> Nepal, "Tajikistani" -> Tajikistan), if any."""
    from tipbrief.sources.countries import all_countries, lookup

    if lookup(adjective):
        return lookup(adjective).name
    low = adjective.lower()
    for country in all_countries():
        if any(d.lower() == low for d in country.demonyms):
            return country.name
        stem = country.name.lower()
        if low in (stem + "i", stem + "n", stem + "an", stem[:-1] + "an", stem[:-1] + "i"):
            return country.name
    return None


def currency_code(written: str, country: str | None = None) -> str | None:
    """ISO 4217 code of a currency as written ("Tajikistani somoni", "manat", "NPR", "U.S. dollars") in a
    document about ``country``; None when the words name no currency or several with nothing to choose."""
    full, words, current, former = _tables()
    text = " ".join(written.split())
    if rc.fullmatch(r"[A-Z]{3}", text):
        # a code in use, or one the document's country used since 1990 ("BGN" in a Bulgarian narrative of 2019, though
        # Bulgaria has paid in euros since 2026)
        return text if text in current or text in _territory_codes(country or "", since_1990=True) else None
    low = text.lower().replace("u.s. ", "us ")
    if low in full:
        return full[low]
    parts = low.rsplit(" ", 1)
    codes = words.get(parts[-1], frozenset())
    # a currency a country used before (Babel's territory currencies since 1990): "kunas" in Croatia before the euro,
    # "korunas" in Slovakia before 2009 (not the Czech koruna in use), "Slovak crowns"
    past = codes | former.get(parts[-1], frozenset())
    if len(parts) == 2:
        # an abbreviated adjective (vocabulary.yml currency_adjectives: "EC dollars" are XCD, not Ecuador's)
        abbreviated = (vocabulary().get("currency_adjectives") or {}).get(parts[0])
        if abbreviated:
            named = codes & frozenset(abbreviated)
            if len(named) == 1:
                return next(iter(named))
        adjective = _adjective_country(text.rsplit(" ", 1)[0].rstrip("."))
        if adjective:
            named = codes & _territory_codes(adjective)
            if len(named) == 1:
                return next(iter(named))
            named = _latest(past & _territory_codes(adjective, since_1990=True))
            if len(named) == 1:
                return next(iter(named))
    local = codes & _territory_codes(country or "")
    if len(local) == 1:
        return next(iter(local))
    own = _latest(past & _territory_codes(country or "", since_1990=True))
    if len(own) == 1:
        return next(iter(own))
    if len(codes) == 1:
        return next(iter(codes))
    if "USD" in codes:  # "dollars" in a country that has none of its own
        return "USD"
    return None


def _latest(codes: frozenset[str]) -> frozenset[str]:
    """``codes`` without those a redenomination among them replaced (``vocabulary.yml`` ``currency_redenominations``):
    "lev" in Bulgaria since 1990 is BGL or BGN, and BGN replaced BGL in 1999, so a narrative's "lev" is BGN (an amount
    of a year before 1999 gets BGL back from :func:`dated_code`)."""
    replaced = {str(before[0]) for code, before in (vocabulary().get("currency_redenominations") or {}).items()
                if code in codes}
    return codes - replaced


def dated_code(code: str, year: int | None) -> str:
    """The code of the currency an amount of ``year`` was in: the one before a redenomination (``vocabulary.yml``
    ``currency_redenominations``: "SLE" in 2016 is "SLL"), else ``code``."""
    before = (vocabulary().get("currency_redenominations") or {}).get(code)
    if before and year is not None and year < int(before[1]):
        return str(before[0])
    return code


def is_code(text: str) -> bool:
    """Whether ``text`` is the ISO code of a currency in use ("NPR", "GHS")."""
    return text in _tables()[2]
