"""Indicator extraction: reads how TIP narratives state figures and turns each into an evidence-locked row.

The rules live in ``extract_rules.yml`` (patterns per indicator) and ``vocabulary.yml`` (word
lists); this module applies them sentence by sentence:

* counts: a pattern per indicator finds the number ("investigated 22 trafficking cases");
* comparisons: a sentence is cut at "compared with" / "decrease from" / "the same number as";
  numbers after the cut that no pattern claims take the indicator of the number in the same
  place before it, and each side gets its own year;
* zero in words ("did not report any convictions", "no one was convicted under article 130");
* breakdowns ("(31 sex trafficking, 12 labor trafficking)", "Of these cases, 72 were ...");
* money with its dollar equivalent, penalty ranges, tiers, action plans, hotlines, treaties and
  laws, profile mentions and recommendation topics.

The data year is the year the sentence gives for that number; otherwise a reporting-period
phrase or the source's ``reporting_year`` (flag ``year_inferred``); otherwise NA with
``year_ambiguous``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

from . import evidence
from .catalog import Source, load_catalog, source_path
from .definitions import load_definitions
from .ingest import Document, Sentence, ingest, vocabulary
from .numbers import DATE_RE, NUMBER, YEAR_RE, find_money, parse_number
from .sources import read_source_text
from .table import COLUMNS, conform

_I = re.IGNORECASE
_WORDS3 = r"(?:[\w’'-]+,? ){0,3}"
_NOUN = r"(?:victims?|children|women|men|girls|boys|persons|people|individuals)"
_APPROX = re.compile(
    r"(?:at least|more than|over|approximately|about|around|nearly|almost|up to|some|an estimated|estimated|"
    r"roughly|fewer than|less than)\s*$",
    _I,
)
_COUNT_NOUN = re.compile(
    r"^\s+(?:\w+ )?(?:men|women|victims|cases|people|persons|children|migrants|girls|boys|citizens|traffickers)\b", _I
)
_STATUTE = re.compile(r"\b[Aa]rticles? (\d+(?:\.\d+)?)((?:,? (?:and |or )?(?:[Aa]rticle )?\d+(?:\.\d+)?)*)")
_HAS_NUMBER = re.compile(NUMBER, _I)
_LEGAL_HINT = re.compile(r"law|convention|protocol|\bact\b|code", _I)
_BY_NGO = re.compile(r"^\W*(?:\w+ ){0,2}(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,40}$")
_UNDER_STATUTE = re.compile(r"\b(?:under|using|pursuant to) (?:the )?[Aa]rticles? (\d+(?:\.\d+)?)")


@cache
def rules() -> dict:
    """The extraction rules (``extract_rules.yml``) with their patterns compiled."""
    raw = yaml.safe_load(resources.files("tipbrief").joinpath("extract_rules.yml").read_text(encoding="utf-8"))
    num = (
        rf"(?:(?:a total of|an additional|at least|approximately|more than|over|nearly|about|around|some|up to) )?"
        rf"(?P<n>{NUMBER}(?: or {NUMBER})?)"
    )
    anynum = rf"(?:{NUMBER})"
    for rule in raw["numeric"]:
        rule["needs_rx"] = re.compile(rule["needs"], _I)
        rule["compiled"] = [
            re.compile(
                p.replace("{N}", num).replace("{ANY}", anynum).replace("{W}", _WORDS3).replace("{NOUN}", _NOUN), _I
            )
            for p in rule["patterns"]
        ]
    z = raw["zero"]
    z["rx"] = re.compile(z["pattern"], _I)
    z["object_rx"] = re.compile(z["object_ok"], _I)
    z["officials_rx"] = re.compile(z["officials"], _I)
    d = raw["distractors"]
    d["before_rx"], d["after_rx"] = re.compile(d["before"], _I), re.compile(d["after"], _I)
    raw["comparison_rx"] = re.compile(raw["comparison"], _I)
    raw["same_as_rx"] = re.compile(raw["same_as"], _I)
    raw["relative_rx"] = [(re.compile(rf"\b{p}\b", _I), off) for p, off in raw["relative_years"].items()]
    raw["ambiguous_rx"] = re.compile(r"\b(?:" + "|".join(raw["ambiguous_years"]) + r")\b", _I)
    raw["back_rx"] = re.compile(raw["back_reference"], _I)
    p = raw["penalty"]
    for key in ("keywords", "require", "exclude"):
        p[key + "_rx"] = re.compile(p[key], _I)
    p["range_rx"] = re.compile(p["range"].replace("{NUM}", NUMBER), _I)
    p["upto_rx"] = re.compile(p["upto"].replace("{NUM}", NUMBER), _I)
    t = raw["tier"]
    t["rx"], t["skip_rx"] = re.compile(t["pattern"], _I), re.compile(t["skip_if"], _I)
    t["q_rx"] = {k: re.compile(v, _I) for k, v in t["qualifiers"].items()}
    m = raw["money"]
    m["cue_rx"], m["topic_rx"] = re.compile(m["cue"], _I), re.compile(m["topic"], _I)
    a = raw["action_plan"]
    a["rx"], a["period_rx"], a["verbs_rx"] = (
        re.compile(a["pattern"], _I),
        re.compile(a["period"]),
        re.compile(a["verbs"], _I),
    )
    h = raw["hotline"]
    h["rx"], h["verbs_rx"] = re.compile(h["pattern"], _I), re.compile(h["verbs"], _I)
    lg = raw["legal"]
    lg["verbs_rx"], lg["ilo_rx"] = re.compile(lg["verbs"], _I), re.compile(lg["ilo"])
    voc = vocabulary()
    lg["instruments"] = [
        (name, re.compile("|".join(f"(?:{p})" for p in pats), _I)) for name, pats in voc["instruments"].items()
    ]
    return raw


@dataclass
class _Ctx:
    """What the rules need to know about one sentence and its neighbours."""

    source: Source
    sent: Sentence
    prev: Sentence | None
    prev_rows: list[dict]
    cuts: list[int] = field(default_factory=list)
    clause_cuts: list[int] = field(default_factory=list)
    years: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sent.text

    def segment(self, pos: int) -> int:
        return bisect.bisect_right(self.cuts, pos)

    def bounds(self, seg: int) -> tuple[int, int]:
        edges = [0, *self.cuts, len(self.text)]
        return edges[seg], edges[seg + 1]


def _prepare(ctx: _Ctx) -> None:
    r = rules()
    ctx.cuts = [m.start() for m in r["comparison_rx"].finditer(ctx.text)]
    ctx.clause_cuts = [m.start() for m in re.finditer(r";", ctx.text)]
    ctx.cuts = sorted(ctx.cuts + ctx.clause_cuts)
    for m in YEAR_RE.finditer(ctx.text):
        # "the 2015 Act", "a 2014 law": a year naming a thing, not the year of a figure
        adjective = re.search(r"\b(?:the|a|an|its|their|this)\s*$", ctx.text[max(0, m.start() - 6) : m.start()], _I)
        if not _COUNT_NOUN.match(ctx.text[m.end() :]) and not adjective:
            ctx.years.append((m.start(), m.end(), int(m.group(1))))


def _year_spans(ctx: _Ctx) -> set[int]:
    return {a for a, _, _ in ctx.years}


def resolve_year(ctx: _Ctx, pos: int) -> tuple[int | None, set[str]]:
    """Data year for the figure at ``pos``: stated in its clause, else inferred, else ambiguous."""
    r = rules()
    seg = ctx.segment(pos)
    a, b = ctx.bounds(seg)
    after = [y for s, _, y in ctx.years if pos <= s < b]
    if after:
        return after[0], set()
    before = [y for s, _, y in ctx.years if a <= s < pos]
    if before:
        return before[-1], set()
    clause = ctx.text[a:b]
    ry = ctx.source.reporting_year
    for rx, off in r["relative_rx"]:
        if rx.search(clause):
            return (ry + off, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
    if r["ambiguous_rx"].search(clause):
        return None, {"year_ambiguous"}
    if seg > 0 and a not in ctx.clause_cuts:
        return (ry - 1, {"year_inferred"}) if ry else (None, {"year_ambiguous"})
    if r["back_rx"].search(ctx.text) and ctx.prev_rows and ctx.prev_rows[0]["year"] is not None:
        return ctx.prev_rows[0]["year"], {"year_inferred"}
    if ry:
        return ry, {"year_inferred"}
    return None, {"year_ambiguous"}


def _is_distractor(ctx: _Ctx, start: int, end: int) -> bool:
    d = rules()["distractors"]
    if start in _year_spans(ctx):
        return True
    return bool(d["before_rx"].search(ctx.text[max(0, start - 30) : start]) or d["after_rx"].match(ctx.text[end:]))


def _number(text: str) -> tuple[float, set[str]]:
    first, _, second = text.partition(" or ")
    return parse_number(first), ({"approximate"} if second else set())


class _Rows:
    """Collects rows for one document, filling the columns every row shares."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.rows: list[dict] = []
        self.defs = load_definitions()

    def add(
        self,
        ctx: _Ctx,
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


def _statute(ctx: _Ctx, a: int, b: int) -> str | None:
    m = _UNDER_STATUTE.search(ctx.text[a:b])
    if m:
        return f"Article {m.group(1)}"
    if re.search(r"\bunder (?:the|that) (?:specific )?law\b", ctx.text[a:b]) and ctx.prev:
        m = _STATUTE.search(ctx.prev.text)
        if m:
            return f"Article {m.group(1)}"
    return None


def _numeric(ctx: _Ctx, out: _Rows) -> list[dict]:
    r = rules()
    made: list[dict] = []
    if not any(not _is_distractor(ctx, m.start(), m.end()) for m in _HAS_NUMBER.finditer(ctx.text)):
        return made  # only years, article numbers, ages...: nothing to count
    claimed: set[int] = set()
    for rule in r["numeric"]:
        if not rule["needs_rx"].search(ctx.text):
            continue
        for rx in rule["compiled"]:
            for m in rx.finditer(ctx.text):
                s, e = m.span("n")
                if _is_distractor(ctx, s, e):
                    continue
                value, flags = _number(m.group("n"))
                if _APPROX.search(ctx.text[max(0, s - 20) : s]):
                    flags.add("approximate")
                year, yflags = resolve_year(ctx, s)
                q = m.groupdict().get("q")
                if q is not None:
                    q = r["qualifier_forms"].get(q.lower(), q.lower())
                if q and rule.get("breakdown_if_q"):
                    flags.add("breakdown")
                a, b = ctx.bounds(ctx.segment(s))
                if out.defs[rule["indicator"]].theme == "prosecution" and not q:
                    q = _statute(ctx, a, b)
                if out.defs[rule["indicator"]].theme == "protection" and not q and _BY_NGO.search(ctx.text[a:s]):
                    q = "by NGOs or international organizations"
                row = out.add(
                    ctx,
                    rule["indicator"],
                    number_text=m.group("n"),
                    year=year,
                    flags=flags | yflags,
                    value=value,
                    unit=rule["unit"],
                    qualifier=q,
                    pos=s,
                )
                row["_pos"] = s
                made.append(row)
                claimed.add(s)
    made.sort(key=lambda row: row["_pos"])
    made += _comparisons(ctx, out, made, claimed)
    made += _parenthetical(ctx, out, made)
    return made


def _free_numbers(ctx: _Ctx, a: int, b: int, claimed: set[int]) -> list[re.Match]:
    found = []
    for m in re.finditer(rf"{NUMBER}(?: or {NUMBER})?", ctx.text[a:b], _I):
        s, e = a + m.start(), a + m.end()
        if s in claimed or _is_distractor(ctx, s, e):
            continue
        if re.match(r"\s*\(|\s+(?:somoni|\w+ somoni)", ctx.text[e:]) or ctx.text[max(0, s - 1) : s] == "$":
            continue
        found.append((s, e, m.group()))
    return found


def _comparisons(ctx: _Ctx, out: _Rows, made: list[dict], claimed: set[int]) -> list[dict]:
    """Numbers after "compared with" take the indicator of the number in the same place before it."""
    r = rules()
    primary = [row for row in made if ctx.segment(row["_pos"]) == 0 and "breakdown" not in (row["flags"] or "")]
    extra: list[dict] = []
    if not primary:
        return extra
    for seg in range(1, len(ctx.cuts) + 1):
        a, b = ctx.bounds(seg)
        if a in ctx.clause_cuts:  # a new clause after ";" is not a comparison
            continue
        if r["same_as_rx"].match(ctx.text[a:b]):
            year, yflags = resolve_year(ctx, a)
            for row in primary:
                if row["value"] is None:
                    continue
                flags = set((row["flags"] or "").split(";")) - {"", "year_inferred", "year_ambiguous"}
                new = out.add(
                    ctx,
                    row["indicator"],
                    number_text=row["number_text"],
                    year=year,
                    flags=flags | yflags,
                    value=row["value"],
                    unit=row["unit"],
                    qualifier=row["qualifier"],
                    pos=a,
                    confidence=0.8,
                )
                new["_pos"] = a
                extra.append(new)
            continue
        in_seg = sorted(
            [row["_pos"] for row in made if a <= row["_pos"] < b] + [s for s, _, _ in _free_numbers(ctx, a, b, claimed)]
        )
        for s, _e, text in _free_numbers(ctx, a, b, claimed):
            idx = min(in_seg.index(s), len(primary) - 1)
            base = primary[idx]
            value, flags = _number(text)
            if _APPROX.search(ctx.text[max(0, s - 20) : s]):
                flags.add("approximate")
            year, yflags = resolve_year(ctx, s)
            new = out.add(
                ctx,
                base["indicator"],
                number_text=text,
                year=year,
                flags=flags | yflags,
                value=value,
                unit=base["unit"],
                qualifier=base["qualifier"],
                pos=s,
                confidence=0.8,
            )
            new["_pos"] = s
            claimed.add(s)
            extra.append(new)
    return extra


def _parenthetical(ctx: _Ctx, out: _Rows, made: list[dict]) -> list[dict]:
    """ "45 cases (31 sex trafficking, 12 labor trafficking, and two unspecified)": parts of a total.

    "(67 in 2021)" after a figure is a comparison with that year, not a part.
    """
    extra: list[dict] = []
    for row in list(made):
        if row["value"] is None or "breakdown" in (row["flags"] or ""):
            continue
        after_number = row["_pos"] + len(row["number_text"])
        m = re.match(r"[^()]{0,40}?\((?P<body>[^()]+)\)", ctx.text[after_number:]) or re.match(
            rf"[^()]{{0,40}}?, (?P<body>including {NUMBER} [^,;.()]+?)(?=[,;.]|$)", ctx.text[after_number:], _I
        )
        if not m or _HAS_NUMBER.search(YEAR_RE.sub("", ctx.text[after_number : after_number + m.start("body") - 1])):
            continue
        body_start = after_number + m.start("body")
        body = m.group("body")
        if not re.match(rf"\s*(?:and\s+|including\s+|of whom\s+)?{NUMBER}", body, _I):
            continue
        for item in re.finditer(rf"(?P<n>{NUMBER})\s+(?P<q>[a-z][\w -]*?)\s*(?=,|;|$| and )", body, _I):
            s = body_start + item.start("n")
            label = re.sub(r"^(?:for|were|was|in|of)\s+", "", item.group("q").strip())
            flags = set((row["flags"] or "").split(";")) - {""}
            year_in_label = re.fullmatch(r"(?:in )?((?:19|20)\d\d)", item.group("q").strip())
            if year_in_label:  # "(67 in 2021)"
                year, flags = int(year_in_label.group(1)), flags - {"year_inferred", "year_ambiguous"}
                qualifier = row["qualifier"]
            else:
                year, qualifier, flags = row["year"], label, flags | {"breakdown"}
            new = out.add(
                ctx,
                row["indicator"],
                number_text=item.group("n"),
                year=year,
                flags=flags,
                value=parse_number(item.group("n")),
                unit=row["unit"],
                qualifier=qualifier,
                pos=s,
                confidence=0.85,
            )
            new["_pos"] = s
            extra.append(new)
    return extra


def _back_reference(ctx: _Ctx, out: _Rows, made: list[dict]) -> list[dict]:
    """ "Of these cases, 72 were for sexual exploitation": parts of the previous sentence's total."""
    r = rules()
    if not r["back_rx"].search(ctx.text) or not ctx.prev_rows:
        return []
    base = next(
        (row for row in ctx.prev_rows if row["value"] is not None and row["theme"] in ("prosecution", "protection")),
        None,
    )
    if base is None:
        return []
    comma = ctx.text.find(",")
    extra = []
    item = (
        rf"(?P<n>{NUMBER})(?: (?:were|was))? (?:(?:for|in|exploited in|victims of|involved) )?(?:the )?"
        rf"(?P<q>[^,;.]+?)(?=,|;|\.|$| and (?:{NUMBER}))"
    )
    for m in re.finditer(item, ctx.text[comma:], _I):
        s = comma + m.start("n")
        if _is_distractor(ctx, s, comma + m.end("n")):
            continue
        value, flags = _number(m.group("n"))
        if _APPROX.search(ctx.text[max(0, s - 20) : s]):
            flags.add("approximate")
        q = m.group("q").strip()
        q = q if len(q) <= 60 else q[:57].rsplit(" ", 1)[0] + "..."
        new = out.add(
            ctx,
            base["indicator"],
            number_text=m.group("n"),
            year=base["year"],
            flags=flags | {"breakdown"} | ({"year_inferred"} if base["year"] else {"year_ambiguous"}),
            value=value,
            unit=base["unit"],
            qualifier=q,
            pos=s,
            confidence=0.8,
        )
        new["_pos"] = s
        extra.append(new)
    # the total restated in "Of the 15 identified victims" is not a new figure: drop duplicates of it
    for row in made:
        if row["value"] == base["value"] and row["indicator"] == base["indicator"] and row in out.rows:
            out.rows.remove(row)
    return extra


def _zero(ctx: _Ctx, out: _Rows) -> list[dict]:
    z = rules()["zero"]
    made = []
    for m in z["rx"].finditer(ctx.text):
        obj = m.group("object")
        words = re.findall(r"(investigat|prosecut|convict|identif|referr?|punish)", m.group("list"), _I)
        officials = bool(z["officials_rx"].search(obj))
        if not z["object_rx"].match(obj):
            continue
        for w in dict.fromkeys(x.lower() for x in words):
            ind = z["words"]["refer" if w.startswith("refer") else w]
            if m.group("succ") and ind == "prosecutions":
                ind = "convictions"
            if ind.startswith("victims_") and not re.search(z["victim_object"], obj, _I):
                continue
            if officials:
                ind = z["officials_map"].get(ind, ind)
                if ind is None:
                    continue
            year, yflags = resolve_year(ctx, m.start())
            q = _statute(ctx, m.start(), len(ctx.text)) if out.defs[ind].theme == "prosecution" else None
            row = out.add(
                ctx,
                ind,
                number_text=ctx.text[m.start() : m.end("list")],
                year=year,
                flags={"zero_stated"} | yflags,
                value=0.0,
                unit=out.defs[ind].unit.split(" ")[0],
                qualifier=q,
                pos=m.start(),
            )
            made.append(row)
    return made


def _penalty(ctx: _Ctx, out: _Rows) -> list[dict]:
    p = rules()["penalty"]
    if not p["require_rx"].search(ctx.text) or not p["keywords_rx"].search(ctx.text):
        return []
    made = []
    statutes = [f"Article {n}" for m in _STATUTE.finditer(ctx.text) for n in re.findall(r"\d+(?:\.\d+)?", m.group())]
    qualifier = ", ".join(dict.fromkeys(statutes)) or None
    for m in p["range_rx"].finditer(ctx.text):
        head = ctx.text[: m.start()]
        kw = list(p["keywords_rx"].finditer(head)) or list(p["keywords_rx"].finditer(ctx.text[m.end() : m.end() + 30]))
        if not kw or p["exclude_rx"].search(head[-80:]):
            continue
        year, yflags = resolve_year(ctx, m.start())
        victims = re.match(r"[^,;.]{0,60}?\b(child|minor|adult)", ctx.text[m.end() :], _I)
        q = qualifier
        if victims:
            group = "child" if victims.group(1).lower() in ("child", "minor") else "adult"
            q = f"{qualifier} ({group} victims)" if qualifier else f"{group} victims"
        for ind, grp in (("penalty_min_years", "a"), ("penalty_max_years", "b")):
            made.append(
                out.add(
                    ctx,
                    ind,
                    number_text=m.group(grp),
                    year=year,
                    flags={"range"} | yflags,
                    value=parse_number(m.group(grp)),
                    unit="years",
                    qualifier=q,
                    pos=m.start(grp),
                )
            )
    for m in p["upto_rx"].finditer(ctx.text):
        if made:
            break
        year, yflags = resolve_year(ctx, m.start())
        made.append(
            out.add(
                ctx,
                "penalty_max_years",
                number_text=m.group("b"),
                year=year,
                flags=yflags,
                value=parse_number(m.group("b")),
                unit="years",
                qualifier=qualifier,
                pos=m.start("b"),
            )
        )
    return made


def _tier(ctx: _Ctx, out: _Rows) -> list[dict]:
    t = rules()["tier"]
    made = []
    for m in t["rx"].finditer(ctx.text):
        if t["skip_rx"].search(ctx.text[max(0, m.start() - 60) : m.start()]):
            continue
        label = f"Tier {m.group('tier')}" + (" Watch List" if m.group("wl") else "")
        value = 2.5 if m.group("wl") else float(m.group("tier"))
        q = next((k for k, rx in t["q_rx"].items() if rx.search(ctx.text)), None)
        if re.fullmatch(r"[^()]*\(Tier [^()]*\)|[^.:]{2,60}: ?Tier [\w ]+", ctx.text, _I):
            q = "rating"
        years = [y for s, _, y in ctx.years if s > m.start()] or [y for _, _, y in ctx.years]
        flags: set[str] = set()
        if not years:
            if ctx.sent.section.year:
                years, flags = [ctx.sent.section.year], {"year_inferred"}
            elif ctx.source.kind.value == "government report":
                years, flags = [ctx.source.year], {"year_inferred"}
            else:
                years, flags = [None], {"year_ambiguous"}
        for y in dict.fromkeys(years):
            made.append(
                out.add(
                    ctx,
                    "tier",
                    number_text=m.group().strip(),
                    year=y,
                    flags=flags,
                    value=value,
                    value_text=label,
                    unit="tier",
                    qualifier=q,
                    pos=m.start(),
                )
            )
    return made


def _money(ctx: _Ctx, out: _Rows) -> list[dict]:
    mo = rules()["money"]
    if not mo["cue_rx"].search(ctx.text) or not mo["topic_rx"].search(ctx.text):
        return []
    q = "shelter" if re.search(r"\bshelter", ctx.text, _I) else "victim assistance"
    made = []
    for money in find_money(ctx.text, vocabulary()["currencies"]):
        year, yflags = resolve_year(ctx, money.amount.start)
        for mention, cur in ((money.amount, money.currency), (money.usd, "USD")):
            if mention is None:
                continue
            made.append(
                out.add(
                    ctx,
                    "shelter_funding",
                    number_text=mention.text,
                    year=year,
                    flags=yflags,
                    value=mention.value,
                    unit=cur,
                    qualifier=q,
                    pos=mention.start,
                )
            )
    return made


def _action_plan(ctx: _Ctx, out: _Rows) -> list[dict]:
    a = rules()["action_plan"]
    if not a["rx"].search(ctx.text):
        return []
    made = []
    for m in a["period_rx"].finditer(ctx.text):
        start, end = m.group(1), m.group(2)
        end = end if len(end) == 4 else start[:2] + end
        period = f"{start}-{end}"
        others = [y for s, _, y in ctx.years if not m.start() <= s < m.end()]
        dates = [int(d.group(1)) for d in DATE_RE.finditer(ctx.text)]
        year = (dates or others or [None])[0]
        verb = a["verbs_rx"].search(ctx.text)
        made.append(
            out.add(
                ctx,
                "action_plan",
                number_text=m.group(),
                year=year,
                flags=set() if year else {"year_ambiguous"},
                value_text=period,
                unit="period",
                qualifier=verb.group(1).lower() if verb else None,
                pos=m.start(),
                confidence=0.85,
            )
        )
    return made


def _hotline(ctx: _Ctx, out: _Rows) -> list[dict]:
    h = rules()["hotline"]
    if "hotline" not in ctx.text.lower():
        return []
    m = h["rx"].search(ctx.text)
    if not m:
        return []
    verb = h["verbs_rx"].search(ctx.text)
    if not verb:
        return []
    year, yflags = resolve_year(ctx, m.start())
    return [
        out.add(
            ctx,
            "hotline",
            number_text=m.group().strip(),
            year=year,
            flags=yflags,
            value_text=m.group().strip(),
            unit="text",
            qualifier=verb.group(1).lower(),
            pos=m.start(),
            confidence=0.8,
        )
    ]


def _legal(ctx: _Ctx, out: _Rows) -> list[dict]:
    lg = rules()["legal"]
    if not _LEGAL_HINT.search(ctx.text):
        return []
    verb = lg["verbs_rx"].search(ctx.text)
    found: list[tuple[int, str, str, str]] = []  # (pos, kind, name, text)
    for m in lg["ilo_rx"].finditer(ctx.text):
        for grp in ("a", "b"):
            if m.group(grp):
                found.append((m.start(grp), "convention", f"ILO Convention {m.group(grp)}", m.group()))
    for name, rx in lg["instruments"]:
        m = rx.search(ctx.text)
        if m:
            kind = "law" if "law" in name.lower() else "convention"
            found.append((m.start(), kind, name, m.group()))
    if not found:
        return []
    dates = [(d.start(), int(d.group(1))) for d in DATE_RE.finditer(ctx.text)]
    made = []
    respectively = "respectively" in ctx.text and len(dates) == len(found)
    for i, (pos, kind, name, text) in enumerate(sorted(found)):
        adjective = re.search(
            rf"\b(1[89]\d\d|20\d\d) (?:[\w-]+ ){{0,2}}{re.escape(text.split()[0])}",
            ctx.text[max(0, pos - 30) : pos + len(text)],
        )
        if respectively:
            year = dates[i][1]
        elif after := [y for s, y in dates if s > pos]:
            year = after[0]
        elif verb and (later := [y for s, _, y in ctx.years if s > verb.start() and not s < pos <= s + 4]):
            year = later[0]
        elif adjective:
            year = int(adjective.group(1))
        else:
            continue
        if not verb and not adjective:
            continue
        q = verb.group(1).lower() if verb else "adopted"
        made.append(
            out.add(
                ctx,
                kind,
                number_text=text,
                year=year,
                value_text=name,
                unit="text",
                qualifier=q,
                pos=pos,
                confidence=0.85,
            )
        )
    return made


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
        flags = _I if ind != "destination" else 0
        compiled[ind] = (
            [label for label, _ in labels],
            re.compile(rf"\b(?:{alternation})", flags),
            re.compile("|".join(cues), _I),
        )
    return compiled


def _first_rows(out: _Rows, source: Source, doc: Document) -> None:
    """Profile mentions: one row per source and label, the first sentence as evidence, value = sentences."""
    country = source.country.lower()
    compiled = _profile_patterns()
    seen: dict[tuple[str, str], dict] = {}
    year = source.reporting_year or source.year
    for sent in doc.sentences:
        if sent.section.theme == "recommendations" or sent.bullet or sent.heading:
            continue
        ctx = _Ctx(source, sent, None, [])
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
                    seen[(ind, label)]["value"] += 1
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
                )


@cache
def _recommendation_patterns() -> tuple[dict[str, re.Pattern], re.Pattern]:
    voc = vocabulary()
    topics = {t: re.compile("|".join(f"(?:{p})" for p in pats), _I) for t, pats in voc["recommendation_topics"].items()}
    return topics, re.compile(r"\b(?:" + "|".join(voc["recommendation_cues"]) + r")", _I)


def _recommendations(out: _Rows, source: Source, doc: Document) -> None:
    """One row per recommendation and topic: bullets of a recommendations section, or sentences with a cue."""
    topics, cue = _recommendation_patterns()
    for sent in doc.sentences:
        in_section = sent.section.theme == "recommendations"
        if sent.heading or (not in_section and not cue.search(sent.text)):
            continue
        ctx = _Ctx(source, sent, None, [])
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
                )


def extract_document(source: Source, text: str) -> list[dict]:
    """Rows for one source document (``text`` is the file content as read)."""
    doc = ingest(source.id, text)
    out = _Rows(source)
    prev: Sentence | None = None
    prev_rows: list[dict] = []
    for sent in doc.sentences:
        if prev is not None and prev.paragraph != sent.paragraph:
            prev, prev_rows = None, []
        ctx = _Ctx(source, sent, prev, prev_rows)
        _prepare(ctx)
        rows = _numeric(ctx, out)
        rows += _back_reference(ctx, out, rows)
        rows += _zero(ctx, out)
        for rule in (_penalty, _tier, _money, _action_plan, _hotline, _legal):
            rows += rule(ctx, out)
        prev, prev_rows = sent, sorted((r for r in rows if r in out.rows), key=lambda r: r.get("_pos", 0)) or prev_rows
    _first_rows(out, source, doc)
    _recommendations(out, source, doc)
    for row in out.rows:
        row.pop("_pos", None)
    return out.rows


def mark_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Flag ``conflict`` on rows where two sources give different values for one indicator, year and qualifier."""
    numeric = frame[frame["value"].notna() & frame["year"].notna() & (frame["unit"] != "mentions")]
    numeric = numeric[~numeric["flags"].fillna("").str.contains("breakdown")]
    keys = numeric.assign(q=numeric["qualifier"].fillna(""))
    for _, group in keys.groupby(["indicator", "year", "q", "unit"]):
        if group["source_id"].nunique() < 2 or group["value"].nunique() < 2:
            continue
        for idx, row in group.iterrows():
            others = group[group["source_id"] != row["source_id"]]
            if (others["value"] != row["value"]).any():
                current = frame.at[idx, "flags"]
                flags = set("" if pd.isna(current) else str(current).split(";")) - {""} | {"conflict"}
                frame.at[idx, "flags"] = ";".join(sorted(flags))
    return frame


def extract_corpus(seeds: Path) -> pd.DataFrame:
    """The indicator table for every catalogued source in ``seeds``, evidence-locked and conformed."""
    seeds = Path(seeds)
    catalog = load_catalog(seeds)
    rows: list[dict] = []
    texts: dict[str, str] = {}
    for source in catalog.sources:
        text = read_source_text(source_path(seeds, source))
        texts[source.id] = text
        rows += extract_document(source, text)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame = conform(frame)
    frame = mark_conflicts(frame.astype({"flags": "object"})).astype({"flags": "string"})
    evidence.check(frame, texts)
    return frame.reset_index(drop=True)
