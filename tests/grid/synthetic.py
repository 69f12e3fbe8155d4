"""Synthetic countries for the multi-country tests: small TIP-style narratives written here, with their
own country name, demonym, capital, currency and numbers (no real country's text)."""

# ruff: noqa: E501  (narrative paragraphs are one line each, as in the TIP Report)

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    currency: str
    base: int  # shifts every figure, so each country has its own numbers


VELORIA = Country("Veloria", "Velorian", "Porto Quell", "velar", 7)
NORDHAVEN = Country("Nordhaven", "Nordhavener", "Skarholm", "crona", 13)


def narrative(c: Country, year: int) -> str:
    """A TIP-style report on ``c`` published in ``year`` (describing ``year - 1``)."""
    b = c.base + (year - 2020)
    return f"""{c.name.upper()}: TIER 2

The Government of {c.name} does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. Therefore {c.name} remained on Tier 2.

PROSECUTION

The government maintained law enforcement efforts. The government reported investigating {20 + b} trafficking cases, prosecuting {10 + b} defendants, and convicting {4 + b} traffickers in {year - 1}, compared with investigating {15 + b} cases, prosecuting {8 + b} defendants, and convicting {3 + b} traffickers in {year - 2}.

PROTECTION

The government increased protection efforts. Police in {c.capital} identified {100 + 3 * b} trafficking victims in {year - 1}, compared with {80 + 2 * b} victims in {year - 2}. The government allocated {200 + b},000 {c.currency} (${20 + b},000) for victim services in {year - 1}.

PREVENTION

The government increased prevention efforts. The labor inspectorate employed {40 + b} inspectors. The government adopted a national action plan for {year - 1}-{year + 2}.

TRAFFICKING PROFILE

Human traffickers exploit {c.demonym} men and women in forced labor in construction and agriculture, and {c.demonym} women and girls in sex trafficking in {c.capital}.
"""


def make_project(root: Path, countries: list[Country], years: tuple[int, ...] = (2021, 2022)) -> Path:
    """A project folder: the repository's notebooks and briefing sources, and seeds about ``countries``."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.py"))
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    seeds = root / "seeds"
    seeds.mkdir()
    entries = []
    for c in countries:
        for year in years:
            file = f"{c.name.lower()}-tip-{year}.txt"
            (seeds / file).write_text(narrative(c, year), encoding="utf-8")
            entries.append({
                "id": f"tip-{c.name.lower()}-{year}", "file": file,
                "title": f"{year} Trafficking in Persons Report: {c.name}", "publisher": "U.S. Department of State",
                "kind": "government report", "country": c.name, "year": year,
                "period": {"start": year - 1, "end": year - 1}, "reporting_year": year - 1,
                "licence": "U.S. government work", "attribution": f"U.S. Department of State, TIP Report {year}",
                "reliability": "synthetic test narrative",
            })
    (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}, sort_keys=False), encoding="utf-8")
    return root


#: Words that must never appear in a synthetic country's briefing unless it is that country's own.
FOREIGN = ("Tajik", "somoni", "TJS", "Dushanbe", "Kyrgyz", "Kazakh", "Moldova", "Russia")


def without_images(text: str) -> str:
    """``text`` less base64 images (data URIs in HTML, image outputs in notebooks), which are not words."""
    text = re.sub(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+", "", text)
    return re.sub(r"[A-Za-z0-9+/=]{80,}", "", text)


def foreign_words(c: Country, text: str, others: list[Country]) -> list[str]:
    """Words of other countries (real or synthetic) found in ``text`` where a word starts ("Tajikistan", not the
    letters of a random file name such as ".sutjs_sg.tmp"; embedded images' base64 left out)."""
    text = without_images(text)
    words = list(FOREIGN) + [w for o in others if o != c for w in (o.name, o.demonym, o.capital, o.currency)]
    return [w for w in words if re.search(rf"(?<![^\W\d_]){re.escape(w)}", text, re.IGNORECASE)]
