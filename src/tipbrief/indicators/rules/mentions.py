"""Mentions rather than figures: profile labels (destinations, forms, sectors, groups) and recommendations."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tipbrief.indicators.ingest import Document, Sentence, is_imperative, normalise
from tipbrief.indicators.rules import datacache
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.alternation import Alternation
from tipbrief.indicators.rules.context import IGNORECASE, Context, Row, Rows, compiled, vocabulary
from tipbrief.indicators.rules.words import Cue, folded, may_match
from tipbrief.sources.catalog import Source
from tipbrief.sources.countries import all_countries, lookup

#: Rule id of recommendation rows; profile mentions are ``mention.<indicator>``.
RECOMMENDATION = "recommendation"


@cache
def country_name(name: str) -> str | None:
    """The country ``name`` stands for, by its display name (:func:`tipbrief.sources.countries.lookup`), or None;
    kept on disk (:mod:`tipbrief.indicators.rules.datacache`), so that a command need not load pycountry."""
    def work() -> str | None:
        found = lookup(name)
        return found.name if found else None

    return datacache.cached(f"country-{datacache.digest(name)[:16]}", (name, *datacache.countries_key()), work)


def _country_spellings() -> dict[str, list[str]]:
    """:func:`_spellings_of_countries`, kept on disk under what they are worked out from (this module's code too)."""
    return datacache.cached("country-spellings", (*datacache.files(Path(__file__)), *datacache.countries_key()),
                            _spellings_of_countries)


def _spellings_of_countries() -> dict[str, list[str]]:
    """Every country (tipbrief.sources.countries: pycountry and the aliases of countries.yml) -> regexes of the
    ways a narrative names it: names, aliases ("UAE", "PRC", "Kyrgyzstan", "Turkey") and demonyms, plural too
    ("Moldovans", "Filipinos"); never a bare ISO code ("AM", "IN" are words)."""
    out: dict[str, list[str]] = {}
    for country in all_countries():
        codes = {country.alpha_2, country.alpha_3}
        names = [a for a in country.aliases if a not in codes or len(a) > 3 or a.isalpha() and a in _ACRONYMS]
        names = [n for n in names if "," not in n]  # "Korea, Republic of": a list form, not how prose writes it
        demonyms = [rf"{re.escape(d)}(?:s|es)?" for d in country.demonyms if d[:1].isupper()]
        # longest first; names of one length in the order given (not a set's, which changes from one process to the
        # next, and with it the pattern's text, so the precompiled store never held it)
        spellings = [re.escape(n) for n in sorted(dict.fromkeys(names), key=len, reverse=True)] + demonyms
        if spellings:
            out[country.name] = spellings
    return out


#: Codes that prose does write as a country's name.
_ACRONYMS = {"UAE", "PRC", "USA", "UK", "ROK", "DPRK", "CAR", "DRC"}


@cache
def _profile_patterns() -> dict[str, tuple[list[str], Alternation, Cue]]:
    """Per profile indicator: its labels, one regex naming the label by group, and the cue regex (the labels as
    an :class:`~tipbrief.indicators.rules.alternation.Alternation`, which finds the same matches without trying
    every label, a few hundred countries, at every character)."""
    voc = vocabulary()
    countries = _country_spellings()
    lists = {
        "destination": (countries, voc["destination_cues"]),
        "exploitation_form": (voc["exploitation_forms"], ["traffick", "exploit", "forced", "victim"]),
        "sector": (voc["sectors"], voc["sector_cues"]),
        "vulnerable_group": (voc["vulnerable_groups"], voc["group_cues"]),
    }
    out = {}
    for ind, (table, cues) in lists.items():
        labels = list(table.items())
        branches = [f"(?P<g{i}>{'|'.join(pats)})" for i, (_, pats) in enumerate(labels)]
        if ind == "destination":  # names as written (capitals matter: "Chad", "Georgia"), whole words only
            rx = Alternation(branches, prefix=r"(?<![\w’'-])", suffix=r"(?![\w-]|’s\w|'s\w)")
        else:  # any case, at a word's start (the full regex would try every label at every word)
            rx = Alternation(branches, prefix=r"\b", flags=IGNORECASE)
        out[ind] = ([label for label, _ in labels], rx, Cue(compiled("|".join(cues), IGNORECASE)))
    return out


def profile_mentions(out: Rows, source: Source, doc: Document) -> None:
    """Profile mentions: one row per source and label, the first sentence as evidence, value = sentences."""
    country = (country_name(source.country) or source.country).lower()  # a country is never its own destination
    patterns = _profile_patterns()
    seen: dict[tuple[str, str], Row] = {}
    year = source.reporting_year or source.year
    # (each indicator's flag tested once, not per sentence: ``RegexFlag.__and__`` is Python code)
    tried = [(ind, labels, rx, cue, bool(rx.flags & IGNORECASE)) for ind, (labels, rx, cue) in patterns.items()]
    for sent in doc.sentences:
        if sent.section.theme == "recommendations" or sent.bullet or sent.heading:
            continue
        ctx: Context | None = None  # made for the sentence's first row: most sentences give none
        lower = folded(sent.text)
        for ind, labels, rx, cue, any_case in tried:
            if not cue.found(sent.text, lower):
                continue
            if any_case and not may_match(rx.regex, sent.text, lower):
                continue  # none of the labels' words is in the sentence
            counted: set[str] = set()
            for m in rx.finditer(sent.text):
                label = labels[int(m.lastgroup[1:])]
                if label.lower() == country or label in counted:
                    continue
                counted.add(label)
                if (ind, label) in seen:
                    seen[(ind, label)].value += 1
                    continue
                if ctx is None:
                    ctx = Context(source, sent, None, [])
                seen[(ind, label)] = out.add(
                    ctx,
                    ind,
                    number_text=m.group(),
                    year=year,
                    flags={"year_inferred"},
                    value=1.0,
                    value_text=label,
                    unit="mentions",
                    pos=m.start(),
                    confidence=0.6,
                    rule=f"mention.{ind}",
                )


@cache
def _recommendation_patterns() -> tuple[list[tuple[str, re.Pattern]], re.Pattern, re.Pattern]:
    """Topics in vocabulary order (the first that a recommendation names is its topic), the prose cue, and the cue
    that counts only after a sentence naming recommendations."""
    voc = vocabulary()
    topics = [
        (t, rc.compile_cached("|".join(f"(?:{p})" for p in pats), IGNORECASE))
        for t, pats in voc["recommendation_topics"].items()
    ]
    cue, follow = (rc.compile_cached(r"\b(?:" + "|".join(voc[k]) + r")", IGNORECASE)
                   for k in ("recommendation_cues", "recommendation_follow_cues"))
    return topics, cue, follow


#: Qualifier of a recommendation that names none of the vocabulary's topics.
OTHER_TOPIC = "other"


def recommendation_topic(text: str) -> str:
    """The first topic of ``vocabulary.yml`` ``recommendation_topics`` that ``text`` names, else ``other``."""
    topics, _cue, _follow = _recommendation_patterns()
    return next((topic for topic, rx in topics if rx.search(text)), OTHER_TOPIC)


_MODAL = rc.lazy(r"\bshould\b")
_NAMES_RECOMMENDATIONS = rc.lazy(r"\brecommendations\b", IGNORECASE)


def _starts_recommendation(sent: Sentence, text: str) -> bool:
    """Whether a sentence of a recommendation paragraph opens a recommendation (else it goes on explaining the
    one before): the paragraph's first sentence, an item after a bullet or a semicolon, an imperative, a "should"."""
    before = text[max(sent.start - 4, 0) : sent.start].rstrip()
    return (sent.index == 1 or before.endswith(("•", "▪", "◦", ";")) or is_imperative(sent.text)
            or bool(_MODAL.search(sent.text)))


def _recommendation_items(doc: Document) -> list[list[Sentence]]:
    """The recommendations of a document, each as its sentences: an item of a recommendations list (a bullet,
    an imperative sentence, an item of a semicolon list) with the sentences that go on explaining it,
    or a report sentence that states a recommendation ("The report recommends increasing ...")."""
    _topics, cue, follow = _recommendation_patterns()
    items: list[list[Sentence]] = []
    para: int | None = None
    for sent, before in zip(doc.sentences, [None, *doc.sentences], strict=False):
        if sent.heading:
            para = None
            continue
        listed = sent.para is not None and sent.para.recommendation
        if listed:
            if para == sent.paragraph and items and not _starts_recommendation(sent, doc.text):
                items[-1].append(sent)
            else:
                items.append([sent])
            para = sent.paragraph
        else:
            para = None
            if sent.section.theme != "recommendations" and (
                    (may_match(cue, sent.text, folded(sent.text)) and cue.search(sent.text))
                    or (follow.search(sent.text) and before is not None and before.paragraph == sent.paragraph
                        and _NAMES_RECOMMENDATIONS.search(before.text))):
                items.append([sent])
    return items


def recommendations(out: Rows, source: Source, doc: Document) -> None:
    """One row per recommendation: ``value_text`` its whole text (the quote), ``qualifier`` its first topic.

    A recommendation states no figure: its row has no value, and the count rules never read its sentences.
    """
    for item in _recommendation_items(doc):
        first, last = item[0], item[-1]
        ctx = Context(source, first, None, [])
        text = " ".join(s.text for s in item)
        if len(item) > 1 and normalise(doc.text[first.start : last.end]) != text:
            last, text = first, first.text  # the quote must be the source's text: keep the first sentence
        row = out.add(
            ctx,
            "recommendation",
            number_text=text,
            year=source.year,
            value_text=text,
            unit="text",
            qualifier=recommendation_topic(text),
            confidence=0.7 if first.para is not None and first.para.recommendation else 0.6,
            rule=RECOMMENDATION,
        )
        if last is not first:
            row.quote, row.end = text, last.end
