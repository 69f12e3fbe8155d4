"""Catalog fields read from a document's own text (title, tier line, report year): `sources add FILE` needs no flags.

The patterns are data, in ``inference.yml`` beside this module, each rule with examples that the tests check.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field

from tipbrief.errors import CatalogError
from tipbrief.sources.countries import canonical_name, lookup, slug

RULES = Path(__file__).with_name("inference.yml")

#: Fields a catalog entry cannot do without; each has a flag of the same name on `sources add`.
REQUIRED = ("title", "publisher", "kind", "country", "year")
#: What the user is told was inferred, in this order.
SHOWN = ("title", "publisher", "kind", "country", "year", "reporting_year", "period")


class Example(BaseModel):
    """A text a rule must recognise and some of the fields it must give."""

    model_config = ConfigDict(extra="forbid")
    text: str
    expect: dict[str, object]


class Rule(BaseModel):
    """One way to recognise a kind of document from its first lines."""

    model_config = ConfigDict(extra="forbid")
    name: str
    title_line: str
    first_lines: Annotated[int, Field(ge=1)] = 5
    year_in_text: list[str] = []
    fields: dict[str, str]
    reporting_year_offset: int | None = None
    #: The line is the rule's only if its ``country`` group names a known country (for an opening sentence, where
    #: any subject could stand: "It is a source country ..." is no title; "It" is not Italy's code here)
    known_country: bool = False
    examples: Annotated[list[Example], Field(min_length=1)]

    def match(self, text: str) -> dict[str, str] | None:
        """Named groups of the first of the first lines that matches, or None."""
        lines = [line for line in text.splitlines() if line.strip()][: self.first_lines]
        pattern = re.compile(self.title_line, re.IGNORECASE)
        for line in lines:
            found = pattern.search(line)
            if found and (not self.known_country or _known(found.groupdict().get("country") or "")):
                return {k: v for k, v in found.groupdict().items() if v}
        return None

    def year_stated(self, text: str) -> int | None:
        """Latest year any ``year_in_text`` pattern finds in the text."""
        years = [int(m.group("year")) for p in self.year_in_text for m in re.finditer(p, text, re.IGNORECASE)]
        return max(years, default=None)


class Rules(BaseModel):
    """All rules, tried in order."""

    model_config = ConfigDict(extra="forbid")
    rules: list[Rule]


@functools.cache
def load_rules(path: Path = RULES) -> Rules:
    """The inference rules, validated (a broken rules file names itself)."""
    try:
        return Rules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as exc:  # YAML or schema error: one line naming the file
        raise CatalogError(f"{path}: invalid inference rules ({str(exc).splitlines()[0]})") from None


@dataclass
class Inference:
    """What a document's text gives for its catalog entry, merged with what the user gave."""

    rule: str | None
    fields: dict[str, object]
    inferred: dict[str, object] = field(default_factory=dict)
    id_base: str | None = None
    #: Values the rule's templates lacked ("year", "country"), which would complete the other fields.
    needs: set[str] = field(default_factory=set)
    #: Fields the rule makes from templates once it has their values.
    made: set[str] = field(default_factory=set)

    @property
    def missing(self) -> list[str]:
        """Required fields neither given nor inferred."""
        return [name for name in REQUIRED if self.fields.get(name) in (None, "")]

    @property
    def asks(self) -> list[str]:
        """The fewest fields to ask for: a field the rule makes from the year is not asked, the year is."""
        asked = {n for n in self.missing if n not in self.made} | (self.needs & set(REQUIRED))
        return sorted(asked, key=REQUIRED.index)


def _known(name: str) -> bool:
    """A known country's name as written (a two- or three-letter code counts only in capitals: "UAE", not "It")."""
    name = name.strip()
    return lookup(name) is not None and (len(name) > 3 or name.isupper())


def flag(name: str) -> str:
    """The `sources add` flag for a field."""
    return "--" + name.replace("_", "-")


def parse_period(text: str | int | None) -> dict[str, int] | None:
    """"2021" or "2020-2021" as a period mapping; CatalogError naming --period otherwise."""
    if text in (None, ""):
        return None
    found = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?", str(text))
    if not found:
        raise CatalogError(f"--period {text!r}: expected a year or two years, e.g. 2021 or 2020-2021")
    return {"start": int(found.group(1)), "end": int(found.group(2) or found.group(1))}


def _country_name(raw: str) -> str:
    """A country as written in a title or tier line, in the catalog's spelling."""
    raw = raw.strip(" *_#\t")
    known = lookup(raw)
    if known:
        return known.name
    return raw.title() if raw.isupper() else raw


def _recognise(text: str) -> tuple[Rule | None, dict[str, str] | None]:
    """The first rule that recognises ``text`` and the groups it reads, or (None, None)."""
    return next(((r, g) for r in load_rules().rules if (g := r.match(text)) is not None), (None, None))


def infer_fields(text: str, given: dict[str, object]) -> Inference:
    """Merge the fields the first matching rule reads from ``text`` with ``given`` (flags win).

    A section pasted without its title line is recognised by the ``--title`` given for it, read as that line
    ("2019 TIP Report: Ghana"): the report's reporting year and period then follow, as for a whole narrative."""
    given = {k: v for k, v in given.items() if v is not None}
    rule, groups = _recognise(text)
    if "title" in given and (titled := _recognise(str(given["title"])))[1] is not None:
        # the title fills in what the text's own lines lack (a section's verdict names no country or year)
        rule, groups = (rule, {**titled[1], **groups}) if groups is not None else titled
    if rule is None or groups is None:
        return Inference(None, dict(given))
    found: dict[str, object] = {}
    year = int(groups["year"]) if "year" in groups else rule.year_stated(text)
    if year is not None:
        found["year"] = year
    if "country" in groups:
        found["country"] = _country_name(groups["country"])
    values = {**found, **given}
    if "reporting_year" not in values and rule.reporting_year_offset is not None and "year" in values:
        found["reporting_year"] = values["year"] + rule.reporting_year_offset
        values["reporting_year"] = found["reporting_year"]
    names = {k: values[k] for k in ("year", "country", "reporting_year") if k in values}
    if "country" in names:  # "--country ukraine": the title says "Ukraine", as the catalog will
        names["country"] = _country_name(str(names["country"]))
        names["country_slug"] = slug(canonical_name(str(names["country"])))
    id_base, needs = None, set()
    for name, template in rule.fields.items():
        try:
            value: object = template.format(**names).strip()
        except KeyError as exc:  # needs a value neither the text nor the flags gave
            needs.add(str(exc.args[0]).removesuffix("_slug"))
            continue
        if name == "id":
            id_base = str(value)
        elif name == "period":
            found[name] = parse_period(str(value))
        elif name not in given:
            found[name] = value
    inferred = {k: v for k, v in found.items() if k not in given}
    made = set(rule.fields) - {"id"}
    return Inference(rule.name, {**found, **given}, inferred, id_base, needs - set(given), made)


def describe(inference: Inference) -> str:
    """One line saying what was read from the text."""
    parts = []
    for name in SHOWN:
        if name in inference.inferred:
            value = inference.inferred[name]
            if isinstance(value, dict):
                value = f"{value['start']}" if value["start"] == value["end"] else f"{value['start']}-{value['end']}"
            parts.append(f"{name.replace('_', ' ')}: {value}")
    return f"inferred ({inference.rule}): " + "; ".join(parts) if parts else ""


def missing_message(file: Path, inference: Inference) -> str:
    """One line asking for the flags of what could not be inferred."""
    flags = ", ".join(flag(n) for n in inference.asks)
    if inference.rule is None:
        # a TIP section pasted from its middle: its title alone says the rest ("2019 TIP Report: Ghana")
        hint = ('; for a part of a TIP Report narrative --title "YEAR TIP Report: COUNTRY" is enough'
                if "title" in inference.asks and inference.fields.get("kind") in (None, "government report") else "")
        return f"{file}: not recognised as a TIP Report narrative; give {flags}{hint}"
    return f"{file}: could not infer the {' and '.join(inference.asks)} from the text; give {flags}"
