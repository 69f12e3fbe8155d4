"""What every extraction rule shares: the compiled rules, the sentence context, data years, row building.

The data year of a figure is the year its clause states (outside brackets, which date their own
figures); else a reporting-period phrase next to it; else, after a comparison, the previous year; else
the year of the sentence's first clause or opening ("In 2020, ..."); else the source's
``reporting_year`` (flag ``year_inferred``); else NA with ``year_ambiguous``.
``confidence`` starts at 0.9 for a direct pattern (less for inherited comparisons, breakdowns and
mentions) and drops 0.1 for an inferred year, 0.3 for an ambiguous one, 0.05 for an estimate.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from tipbrief.indicators.definitions import load_definitions
from tipbrief.indicators.ingest import Sentence
from tipbrief.indicators.numbers import NUMBER, YEAR_RE, parse_number
from tipbrief.sources.catalog import Source

IGNORECASE = re.IGNORECASE


#: {W}: up to three words, none of them a figure, "and"/"or" or another stage's noun (so a pattern cannot reach
#: the next figure: "45 investigations resulted in prosecutions" is no count of prosecutions)
_WORDS3 = r"(?:(?!\d|(?:and|or|investigations|prosecutions|convictions|resulted|led)\b)[\w’'-]+ ){0,3}"


_NOUN = r"(?:victims?|children|women|men|girls|boys|persons|people|individuals)"


APPROX = re.compile(
    r"(?:at least|more than|over|approximately|about|around|nearly|almost|up to|some|an estimated|estimated|"
    r"roughly|fewer than|less than)\s*$",
    IGNORECASE,
)


_COUNT_NOUN = re.compile(
    r"^\s+(?:\w+ )?(?:men|women|victims|cases|people|persons|children|migrants|girls|boys|citizens|traffickers)\b",
    IGNORECASE,
)


#: An article number as written: "130.1", "125(3)(b)".
ARTICLE = r"\d+(?:\.\d+)?(?:-\d+)?(?:\(\w{1,3}\))*"
STATUTE = re.compile(rf"\b[Aa]rticles? ({ARTICLE})((?:,? (?:and |or )?(?:[Aa]rticle )?{ARTICLE})*)")


HAS_NUMBER = re.compile(NUMBER, IGNORECASE)


_UNDER_STATUTE = re.compile(rf"\b(?:under|using|pursuant to) (?:the )?[Aa]rticles? ({ARTICLE})")


@cache
def vocabulary() -> dict:
    """The word lists the rules share (``vocabulary.yml``)."""
    return yaml.safe_load(resources.files(__package__).joinpath("vocabulary.yml").read_text(encoding="utf-8"))


@cache
def rules() -> dict:
    """The extraction rules (``extract_rules.yml``) with their patterns compiled."""
    raw = yaml.safe_load(resources.files(__package__).joinpath("extract_rules.yml").read_text(encoding="utf-8"))
    num = (
        rf"(?:(?:a total of|an additional|at least|approximately|more than|over|nearly|about|around|some|up to|all|"
        rf"all of the) )?"
        rf"(?P<n>{NUMBER}(?: or {NUMBER})?)"
    )
    anynum = rf"(?:{NUMBER})"
    for rule in raw["numeric"]:
        rule["needs_set"] = set(rule["needs"].lower().split("|"))
        rule["compiled"] = [
            re.compile(
                p.replace("{N}", num).replace("{ANY}", anynum).replace("{W}", _WORDS3).replace("{NOUN}", _NOUN),
                IGNORECASE,
            )
            for p in rule["patterns"]
        ]
    # one scan per sentence finds which rules' keywords (plain stems) occur at all
    stems = sorted({k for rule in raw["numeric"] for k in rule["needs_set"]}, key=len, reverse=True)
    raw["needs_rx"] = re.compile("|".join(map(re.escape, stems)), IGNORECASE)
    z = raw["zero"]
    z["rx"] = re.compile(z["pattern"], IGNORECASE)
    z["after_rx"] = re.compile(z["after_verb"], IGNORECASE)
    z["object_rx"] = re.compile(z["object_ok"].replace("{SUBGROUP}", z["subgroup"]), IGNORECASE)
    z["subgroup_rx"] = re.compile(rf"^\s*(?:any |a single )?{z['subgroup']} victim", IGNORECASE)
    z["officials_rx"] = re.compile(z["officials"], IGNORECASE)
    d = raw["distractors"]
    d["before_rx"], d["after_rx"] = re.compile(d["before"], IGNORECASE), re.compile(d["after"], IGNORECASE)
    raw["comparison_rx"] = re.compile(raw["comparison"].replace("{NUM}", NUMBER), IGNORECASE)
    raw["same_as_rx"] = re.compile(raw["same_as"], IGNORECASE)
    raw["relative_rx"] = [(re.compile(rf"\b{p}\b", IGNORECASE), off) for p, off in raw["relative_years"].items()]
    raw["ambiguous_rx"] = re.compile(r"\b(?:" + "|".join(raw["ambiguous_years"]) + r")\b", IGNORECASE)
    raw["back_rx"] = re.compile(raw["back_reference"].replace("{NUM}", NUMBER), IGNORECASE)
    p = raw["penalty"]
    for key in ("keywords", "require", "exclude"):
        p[key + "_rx"] = re.compile(p[key], IGNORECASE)
    p["range_rx"] = re.compile(p["range"].replace("{NUM}", NUMBER), IGNORECASE)
    p["upto_rx"] = re.compile(p["upto"].replace("{NUM}", NUMBER), IGNORECASE)
    t = raw["tier"]
    t["rx"], t["skip_rx"] = re.compile(t["pattern"], IGNORECASE), re.compile(t["skip_if"], IGNORECASE)
    t["q_rx"] = {k: re.compile(v, IGNORECASE) for k, v in t["qualifiers"].items()}
    m = raw["money"]
    m["cue_rx"], m["topic_rx"] = re.compile(m["cue"], IGNORECASE), re.compile(m["topic"], IGNORECASE)
    a = raw["action_plan"]
    a["rx"], a["period_rx"], a["verbs_rx"] = (
        re.compile(a["pattern"], IGNORECASE),
        re.compile(a["period"]),
        re.compile(a["verbs"], IGNORECASE),
    )
    h = raw["hotline"]
    h["rx"], h["verbs_rx"] = re.compile(h["pattern"], IGNORECASE), re.compile(h["verbs"], IGNORECASE)
    lg = raw["legal"]
    lg["verbs_rx"], lg["ilo_rx"] = re.compile(lg["verbs"], IGNORECASE), re.compile(lg["ilo"])
    voc = vocabulary()
    lg["instruments"] = [
        (name, re.compile("|".join(f"(?:{p})" for p in pats), IGNORECASE)) for name, pats in voc["instruments"].items()
    ]
    return raw


@dataclass
class Context:
    """What the rules need to know about one sentence and its neighbours."""

    source: Source
    sent: Sentence
    prev: Sentence | None
    prev_rows: list[dict]
    cuts: list[int] = field(default_factory=list)
    clause_cuts: list[int] = field(default_factory=list)
    years: list[tuple[int, int, int]] = field(default_factory=list)
    split_cuts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sent.text

    def segment(self, pos: int) -> int:
        return bisect.bisect_right(self.cuts, pos)

    def bounds(self, seg: int) -> tuple[int, int]:
        edges = [0, *self.cuts, len(self.text)]
        return edges[seg], edges[seg + 1]


def prepare(ctx: Context) -> None:
    r = rules()
    ctx.cuts = [m.start() for m in r["comparison_rx"].finditer(ctx.text)]
    ctx.clause_cuts = [m.start() for m in re.finditer(r";", ctx.text)]
    ctx.cuts = sorted(ctx.cuts + ctx.clause_cuts)
    for m in YEAR_RE.finditer(ctx.text):
        # "the 2015 Act", "a 2014 law": a year naming a thing, not the year of a figure
        adjective = re.search(
            r"\b(?:the|a|an|its|their|this)\s*$", ctx.text[max(0, m.start() - 6) : m.start()], IGNORECASE
        )
        if not _COUNT_NOUN.match(ctx.text[m.end() :]) and not adjective:
            ctx.years.append((m.start(), m.end(), int(m.group(1))))


#: A sentence opening with its year: "In 2020, ...", "During 2021 ...", "Also in March 2022, ...".
_LEAD_YEAR = re.compile(
    r"^(?:\w+ ){0,2}?(?:in|during|throughout)\s+(?:(?:calendar|fiscal) year |[A-Z][a-z]+ (?:\d{1,2},? )?)?"
    r"((?:19|20)\d\d)\b(?!\s*[-–])",
    IGNORECASE,
)


_JOIN = re.compile(r",|\band\b")


def add_clause_cut(ctx: Context, pos: int) -> None:
    """Start a new clause at ``pos`` (it is neither the comparison before it nor bound to its years)."""
    if pos not in ctx.cuts:
        ctx.cuts = sorted([*ctx.cuts, pos])
        ctx.clause_cuts = sorted([*ctx.clause_cuts, pos])
        ctx.split_cuts.append(pos)


def _year_spans(ctx: Context) -> set[int]:
    return {a for a, _, _ in ctx.years}


def depth(text: str, pos: int) -> int:
    """How many brackets are open at ``pos``."""
    return text.count("(", 0, pos) - text.count(")", 0, pos)


def resolve_year(ctx: Context, pos: int) -> tuple[int | None, set[str]]:
    """Data year for the figure at ``pos``: stated in its clause, else inferred, else ambiguous."""
    r = rules()
    seg = ctx.segment(pos)
    a, b = ctx.bounds(seg)
    level = depth(ctx.text, pos)
    # a year inside brackets belongs to the bracket ("prosecuted 11 defendants (13 in 2019)"), not to the clause
    after = [y for s, _, y in ctx.years if pos <= s < b and depth(ctx.text, s) <= level]
    if after:
        return after[0], set()
    before = [y for s, _, y in ctx.years if a <= s < pos and depth(ctx.text, s) <= level]
    if before:
        return before[-1], set()
    ry = ctx.source.reporting_year
    # a period phrase dates the figures next to it: first between the neighbouring figures, then the clause's lead
    figures = [m for m in HAS_NUMBER.finditer(ctx.text, a, b) if not is_distractor(ctx, m.start(), m.end())]
    prev_end = max((m.end() for m in figures if m.end() <= pos), default=a)
    prev_end = max([prev_end, *(m.end() for m in _JOIN.finditer(ctx.text, prev_end, pos))])
    next_start = min((m.start() for m in figures if m.start() > pos), default=b)
    first = min((m.start() for m in figures), default=b)
    for window in (ctx.text[prev_end:next_start], ctx.text[a:first]):
        if level == 0:  # "(41 in the previous reporting period)" dates the bracket's figure, not this one
            window = re.sub(r"\([^()]*\)", "", window)
        for rx, off in r["relative_rx"]:
            if rx.search(window):
                return (ry + off, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
        if r["ambiguous_rx"].search(window):
            return None, {"year_ambiguous"}
    if seg > 0 and a not in ctx.clause_cuts:
        return (ry - 1, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
    if a in ctx.split_cuts:  # a clause after a comparison shares the year of the sentence's first clause
        first = [y for s, _, y in ctx.years if s < ctx.bounds(0)[1] and depth(ctx.text, s) == 0]
        if first:
            return first[0], set()
    lead = _LEAD_YEAR.match(ctx.text)
    if lead and lead.start(1) in _year_spans(ctx) and lead.start(1) < pos:
        return int(lead.group(1)), set()  # "In 2020, ..." dates every clause of the sentence
    if r["back_rx"].search(ctx.text) and ctx.prev_rows and ctx.prev_rows[0]["year"] is not None:
        return ctx.prev_rows[0]["year"], {"year_inferred"}
    if ry:
        return ry, {"year_inferred"}
    return None, {"year_ambiguous"}


def is_distractor(ctx: Context, start: int, end: int) -> bool:
    d = rules()["distractors"]
    if start in _year_spans(ctx):
        return True
    return bool(d["before_rx"].search(ctx.text[max(0, start - 30) : start]) or d["after_rx"].match(ctx.text[end:]))


def parse_count(text: str) -> tuple[float, set[str]]:
    first, _, second = text.partition(" or ")
    return parse_number(first), ({"approximate"} if second or first.lower().endswith("-plus") else set())


class Rows:
    """Collects rows for one document, filling the columns every row shares."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.rows: list[dict] = []
        self.defs = load_definitions()

    def add(
        self,
        ctx: Context,
        indicator: str,
        *,
        number_text: str,
        year: int | None,
        flags: set[str] = frozenset(),
        value: float | None = None,
        value_text: str | None = None,
        unit: str | None = None,
        qualifier: str | None = None,
        confidence: float = 0.9,
        pos: int = 0,
    ) -> dict:
        sent = ctx.sent
        flags = set(flags)
        conf = confidence - 0.1 * ("year_inferred" in flags) - 0.3 * ("year_ambiguous" in flags)
        conf -= 0.05 * ("approximate" in flags)
        key = f"{sent.id}|{pos}|{indicator}|{qualifier}|{unit}|{year}|{value}|{value_text}"
        digest = hashlib.sha1(key.encode()).hexdigest()[:8]
        row = {
            "id": f"{self.source.id}-{indicator.replace('_', '-')}-{year if year else 'na'}-{digest}",
            "country": self.source.country,
            "theme": self.defs[indicator].theme,
            "indicator": indicator,
            "year": year,
            "value": value,
            "value_text": value_text,
            "unit": unit or self.defs[indicator].unit,
            "qualifier": qualifier,
            "source_id": self.source.id,
            "source_year": self.source.year,
            "section": sent.section.title or None,
            "sentence_id": sent.id,
            "quote": sent.text,
            "number_text": number_text,
            "start": sent.start,
            "end": sent.end,
            "flags": ";".join(sorted(flags)) or None,
            "confidence": round(max(conf, 0.1), 2),
        }
        if any(r["id"] == row["id"] for r in self.rows):
            return row
        self.rows.append(row)
        return row


def statute(ctx: Context, a: int, b: int) -> str | None:
    m = _UNDER_STATUTE.search(ctx.text[a:b])
    if m:
        return f"Article {m.group(1)}"
    if re.search(r"\bunder (?:the|that) (?:specific )?law\b", ctx.text[a:b]) and ctx.prev:
        m = STATUTE.search(ctx.prev.text)
        if m:
            return f"Article {m.group(1)}"
    return None
