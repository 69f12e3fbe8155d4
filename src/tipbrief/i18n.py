"""Interface language of a briefing: gettext messages from locale/<lang>/…/tipbrief.po, Babel for numbers and dates.

Every user-visible string of the briefing (sentences, labels, captions, chart text) goes through `_()`;
quotes from sources never do (they stay in the source's language). The current language is a context
variable, so a build for one language never leaks into another running in the same process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import os
import re
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

import yaml
from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from tipbrief.errors import TipbriefError

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "tipbrief"
DEFAULT = "en"
LANGUAGES: tuple[str, ...] = ("en", "ru")  # English is the source language of the messages

_current: ContextVar[str] = ContextVar("tipbrief_language", default=DEFAULT)


def check(lang: str) -> str:
    """Return `lang` if a briefing can be written in it, else refuse in one line naming the languages."""
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        raise TipbriefError(f"--lang {lang!r}: briefings are written in {', '.join(LANGUAGES)}")
    return code


@functools.cache
def translations(lang: str) -> NullTranslations:
    """The message catalogue of `lang`, compiled from its .po file in memory (no binary .mo in the repository)."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == DEFAULT or not po.exists():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def current() -> str:
    """The language being written now."""
    return _current.get()


def use(lang: str) -> None:
    """Write in `lang` from now on in this context (a notebook's parameter cell calls this)."""
    _current.set(check(lang))


@contextlib.contextmanager
def language(lang: str) -> Iterator[str]:
    """Write in `lang` inside the block, then go back to the language before."""
    token = _current.set(check(lang))
    try:
        yield lang
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """`message` in the current language (itself when the catalogue has no translation, or it is empty)."""
    return translations(current()).gettext(message) if message else message


def N_(message: str) -> str:
    """Mark `message` for the catalogue where it is defined (a table of labels) and translate it with `_()` where
    it is shown, in the language of that moment."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair for the catalogue where it is defined (`pybabel extract -k Nn_:1,2`)."""
    return singular, plural


#: Units of the counts extraction writes (extract_rules.yml), with their singular: shown beside numbers.
UNITS: dict[str, tuple[str, str]] = {plural: (singular, plural) for singular, plural in (
    Nn_("case", "cases"), Nn_("person", "persons"), Nn_("victim", "victims"), Nn_("year", "years"),
    Nn_("inspector", "inspectors"), Nn_("inspection", "inspections"), Nn_("center", "centers"),
    Nn_("mention", "mentions"))}


def unit(name: str, value: float | int | None = None) -> str:
    """A count's unit in the current language, agreeing with `value` (1 дело, 2 дела, 5 дел; 1 person, 2 persons);
    a unit extraction does not count (a currency, 'text') is left as it is."""
    pair = UNITS.get(name) or next((p for p in UNITS.values() if p[0] == name), None)
    if pair is None:
        return name
    if current() == DEFAULT:  # English keeps the table's unit, in the singular for one ('1 persons' read badly)
        return pair[0] if value is not None and float(value) == 1 else name
    if value is None:
        return _(pair[1])
    n = int(value) if float(value).is_integer() else 2  # a fraction takes the form of 2 ("2,5 дела")
    return ngettext(pair[0], pair[1], n)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, by the plural rules of the current language (Russian has three)."""
    return translations(current()).ngettext(singular, plural, n)


def locale() -> Locale:
    """Babel's locale of the current language."""
    return Locale.parse(current())


def number(value: float | int) -> str:
    """A number as the current language writes it (1,234 in English, 1 234 in Russian); counts have no decimals."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return babel_numbers.format_decimal(value, locale=locale())


def join(items: list[str], alternatives: bool = False) -> str:
    """Items joined as the current language lists them: "a and b", "a, b, and c" ("a, b и c" in Russian), or with
    ``alternatives`` "convictions or victims identified" (Babel's CLDR list patterns)."""
    return format_list(items, style="or" if alternatives else "standard", locale=locale()) if items else ""


def country(name: str, alpha_2: str | None = None) -> str:
    """A country's name in the current language, from CLDR through Babel ("Tajikistan" -> "Таджикистан");
    the name itself in English or when its code is unknown (a synthetic test country)."""
    if current() == DEFAULT or not alpha_2:
        return name
    return locale().territories.get(alpha_2.upper(), name)


def today() -> dt.date:
    """The date a briefing is written on: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
    One definition for the notebooks' freshness callouts and the runner that passes them the date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


#: Abbreviations written with a full stop, per language: a sentence that ends in one takes no second full stop.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {"ru": ("г", "гг", "млн", "млрд", "тыс", "руб", "долл")}


def tidy(text: str) -> str:
    """``text`` without the doubled full stop that a message ending in "{year}." gives after an abbreviation in the
    current language ("в 2021 г.." → "в 2021 г.")."""
    words = ABBREVIATIONS.get(current())
    if not words:
        return text
    return re.sub(r"\b(" + "|".join(words) + r")(\\?\.)\.(?!\.)", r"\1\2", text)  # "г\.." in Markdown too


def date(value: dt.date | str, fmt: str = "long") -> str:
    """A date as the current language writes it ("1 December 2026", "1 декабря 2026 г.")."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return babel_dates.format_date(value, format=fmt, locale=locale())


def suffix(lang: str) -> str:
    """What a file name carries for `lang`: '' for English (names kept as they were), '.ru' otherwise."""
    code = check(lang)
    return "" if code == DEFAULT else f".{code}"


def document(lang: str, default: str = "briefs/briefing.qmd") -> str:
    """The briefing text of `lang`: briefs/briefing.qmd in English, briefs/briefing.<lang>.qmd otherwise."""
    path = Path(default)
    return default if check(lang) == DEFAULT else path.with_name(f"{path.stem}{suffix(lang)}{path.suffix}").as_posix()


#: Cell options of the theme notebooks whose text a reader sees (Quarto embeds them as caption and alt text).
CELL_OPTIONS = ("fig-cap", "tbl-cap", "fig-alt")
_OPTION = re.compile(r"^(?P<lead>#\|\s*(?P<name>" + "|".join(CELL_OPTIONS) + r")\s*:\s*)(?P<value>.+?)\s*$", re.M)


def cell_options(source: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of every caption and alt text a cell's `#|` options give (the messages of a notebook)."""
    for match in _OPTION.finditer(source):
        value = yaml.safe_load(match.group("value"))
        if isinstance(value, str) and value.strip():
            yield source.count("\n", 0, match.start()) + 1, value


def translate_options(source: str) -> str:
    """A cell's source with its captions and alt text in the current language (other lines untouched)."""

    def one(match: re.Match) -> str:
        value = yaml.safe_load(match.group("value"))
        if not isinstance(value, str):
            return match.group(0)
        return match.group("lead") + json.dumps(_(value), ensure_ascii=False)

    return _OPTION.sub(one, source)


# --- pybabel extractors (babel.cfg): messages that are not `_()` calls in Python or Jinja ----------------------

def extract_cell_options(fileobj, keywords, comment_tags, options):  # noqa: ANN001, ANN201 (Babel's signature)
    """Captions and alt text of a notebook's `#|` cell options (notebooks/*.py), translated by the runner, and
    the `i18n._("…")` calls of its code."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    for line, text in cell_options(source.decode("utf-8")):
        yield line, "_", text, []
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)  # i18n._("…") in the code


#: Word lists of vocabulary.yml whose keys extraction writes as categories and topics (shown translated).
VOCABULARY_LABELS = ("exploitation_forms", "sectors", "vulnerable_groups", "recommendation_topics", "instruments")


def extract_labels(fileobj, keywords, comment_tags, options):  # noqa: ANN001, ANN201 (Babel's signature)
    """The `label:` and `reading:` of each entry of a list of definitions (indicators.yml), and the keys of the category
    and topic lists of vocabulary.yml: names shown in headings, tables and sentences."""
    text = fileobj.read().decode("utf-8")
    section = None
    for number, line in enumerate(text.splitlines(), 1):  # vocabulary.yml holds regexes plain YAML cannot load
        top = re.match(r"^([A-Za-z_]+):", line)
        if top:
            section = top.group(1)
        elif section in VOCABULARY_LABELS and (key := re.match(r"^  ([^\s#:][^:]*):", line)):
            yield number, "_", key.group(1).strip(), []
    if not text.lstrip().startswith("indicators:") and "\nindicators:" not in text:
        return
    data = yaml.safe_load(text) or {}
    for entries in data.values() if isinstance(data, dict) else []:
        for entry in entries if isinstance(entries, list) else []:
            for field in ("label", "reading"):  # the name, and "how to read it" shown where it first appears
                if isinstance(entry, dict) and isinstance(entry.get(field), str):
                    yield 0, "_", entry[field], []
            own = entry.get("qualified_labels") if isinstance(entry, dict) else None
            for name in own.values() if isinstance(own, dict) else []:  # a qualifier's rows' name of their own
                yield 0, "_", name, []
