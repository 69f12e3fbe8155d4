"""A made-up country's indicator table, row by row: shared by the tests that read findings on hand-made tables."""

from __future__ import annotations

import re

import pandas as pd

from tipbrief.indicators.table import COLUMNS, conform
from tipbrief.toolkit.analysis import Data, SourceInfo

COUNTRY = "Veloria"
SOURCES = {
    "tip-2021": SourceInfo("tip-2021", "2021 Trafficking in Persons Report: Veloria", 2021, "government report"),
    "tip-2022": SourceInfo("tip-2022", "2022 Trafficking in Persons Report: Veloria", 2022, "government report"),
    "tip-2023": SourceInfo("tip-2023", "2023 Trafficking in Persons Report: Veloria", 2023, "government report"),
    "wiki": SourceInfo("wiki", "Human trafficking in Veloria", 2023, "encyclopedia article"),
    "news-2025": SourceInfo("news-2025", "Veloria upgraded in the 2025 TIP Report", 2025, "news article"),
}
THEMES = {"investigations": "prosecution", "prosecutions": "prosecution", "convictions": "prosecution",
          "officials_convicted": "prosecution", "penalty_min_years": "prosecution",
          "penalty_max_years": "prosecution", "victims_identified": "protection",
          "victims_assisted": "protection", "labor_inspections": "prevention", "labor_inspectors": "prevention",
          "migrants": "profile", "tier": "status", "recommendation": "recommendations", "action_plan": "prevention"}


def row(n: int, indicator: str, year: int | None, value: float | None = None, *, text: str | None = None,
        unit: str = "", qualifier: str = "", source: str = "tip-2022", quote: str = "", number_text: str = "",
        flags: str = "", theme: str | None = None) -> dict:
    """One table row of the made-up country, with an evidence id and a quote that states its figure."""
    record = {c: None for c in COLUMNS}
    record.update(
        id=f"{source}-{indicator.replace('_', '-')}-{year or 'na'}-{n}", country=COUNTRY,
        theme=theme or THEMES[indicator],
        indicator=indicator, year=year, value=value, value_text=text, unit=unit, qualifier=qualifier or None,
        source_id=source, source_year=SOURCES[source].year, section="TEST", sentence_id=f"s{n}",
        quote=quote or f"The sources state {number_text or (_whole(value) if value is not None else text)} for "
                       f"{indicator}.",
        number_text=number_text or (str(int(value)) if value is not None else (text or "")), start=0, end=10,
        flags=flags or None, confidence=0.9, rule="test")
    return record


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def data(rows: list[dict], sources: tuple[str, ...] | None = None) -> Data:
    """The rows as the notebooks' Data (the sources named, else every made-up source)."""
    return Data(conform(pd.DataFrame(rows)), {k: v for k, v in SOURCES.items() if sources is None or k in sources},
                COUNTRY, 2000, 2030)


def plain(md: str) -> str:
    """Markdown of the findings less citation spans and escapes, as a reader reads it."""
    return re.sub(r"\\(.)", r"\1", re.sub(r'\[([^\]]*)\]\{\.ev ref="[^"]*"\}', r"\1", md))
