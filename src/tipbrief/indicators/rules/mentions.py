"""Mentions rather than figures: profile labels (destinations, forms, sectors, groups) and recommendation topics."""

from __future__ import annotations

import re
from functools import cache

from tipbrief.indicators.ingest import Document
from tipbrief.indicators.rules.context import IGNORECASE, Context, Row, Rows, vocabulary
from tipbrief.sources.catalog import Source

#: Rule id of recommendation rows; profile mentions are ``mention.<indicator>``.
RECOMMENDATION = "recommendation"


@cache
def _profile_patterns() -> dict[str, tuple[list[str], re.Pattern, re.Pattern]]:
    """Per profile indicator: its labels, one regex naming the label by group, and the cue regex."""
    voc = vocabulary()
    countries: dict[str, list[str]] = {}
    for written, kept in voc["countries"].items():
        countries.setdefault(kept, []).append(re.escape(written))
    lists = {
        "destination": (countries, voc["destination_cues"]),
        "exploitation_form": (voc["exploitation_forms"], ["traffick", "exploit", "forced", "victim"]),
        "sector": (voc["sectors"], voc["sector_cues"]),
        "vulnerable_group": (voc["vulnerable_groups"], voc["group_cues"]),
    }
    compiled = {}
    for ind, (table, cues) in lists.items():
        labels = list(table.items())
        alternation = "|".join(f"(?P<g{i}>{'|'.join(pats)})" for i, (_, pats) in enumerate(labels))
        flags = IGNORECASE if ind != "destination" else 0
        compiled[ind] = (
            [label for label, _ in labels],
            re.compile(rf"\b(?:{alternation})", flags),
            re.compile("|".join(cues), IGNORECASE),
        )
    return compiled


def profile_mentions(out: Rows, source: Source, doc: Document) -> None:
    """Profile mentions: one row per source and label, the first sentence as evidence, value = sentences."""
    country = source.country.lower()
    compiled = _profile_patterns()
    seen: dict[tuple[str, str], Row] = {}
    year = source.reporting_year or source.year
    for sent in doc.sentences:
        if sent.section.theme == "recommendations" or sent.bullet or sent.heading:
            continue
        ctx = Context(source, sent, None, [])
        for ind, (labels, rx, cue) in compiled.items():
            if not cue.search(sent.text):
                continue
            counted: set[str] = set()
            for m in rx.finditer(sent.text):
                label = labels[int(m.lastgroup[1:])]
                if label.lower() == country or label in counted:
                    continue
                counted.add(label)
                if (ind, label) in seen:
                    seen[(ind, label)].value += 1
                    continue
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
def _recommendation_patterns() -> tuple[dict[str, re.Pattern], re.Pattern]:
    voc = vocabulary()
    topics = {
        t: re.compile("|".join(f"(?:{p})" for p in pats), IGNORECASE)
        for t, pats in voc["recommendation_topics"].items()
    }
    return topics, re.compile(r"\b(?:" + "|".join(voc["recommendation_cues"]) + r")", IGNORECASE)


def recommendations(out: Rows, source: Source, doc: Document) -> None:
    """One row per recommendation and topic: bullets of a recommendations section, or sentences with a cue."""
    topics, cue = _recommendation_patterns()
    for sent in doc.sentences:
        in_section = sent.section.theme == "recommendations"
        if sent.heading or (not in_section and not cue.search(sent.text)):
            continue
        ctx = Context(source, sent, None, [])
        text = sent.text if len(sent.text) <= 120 else sent.text[:117].rsplit(" ", 1)[0] + "..."
        for topic, rx in topics.items():
            m = rx.search(sent.text)
            if m:
                out.add(
                    ctx,
                    "recommendation",
                    number_text=m.group(),
                    year=source.year,
                    value_text=text,
                    unit="text",
                    qualifier=topic,
                    pos=m.start(),
                    confidence=0.7 if in_section else 0.6,
                    rule=RECOMMENDATION,
                )
