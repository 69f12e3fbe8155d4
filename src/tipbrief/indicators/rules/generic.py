"""The generic reader: a last pass that reads figures no specific rule used, from the stage words of the vocabulary.

Specific rules read the phrasings they were written for; a narrative never seen brings others ("convicting a
trafficker", "NGOs referred seven", "47 officially identified victims", "investigated 314 persons"). This pass
looks only at the numbers of a sentence that no row has used (and no rule claimed), outside recommendations, and
reads one only where the stage is plain (``vocabulary.yml`` ``generic_reader``):

* ``generic.count``: a stage verb right before the figure and a noun the stage counts after it ("indicted 119",
  "investigated one case"); or the figure's noun names the stage ("four total convictions", "47 officially
  identified victims");
* ``generic.comparison``: a figure compared with one read just before in the sentence, with its own year
  ("compared to 482 in 2017", "(19 in 2017 and 13 in 2016)"): the same indicator, unit and qualifier.

Every row it makes carries the flag ``review`` and a lower confidence, so an analyst can tell it from the specific
rules' rows; like every row it keeps its verbatim sentence and passes the evidence lock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tipbrief.indicators.numbers import NUMBER
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.actors import (
    BY_NGO,
    JOINT,
    REFERRED_TO_AGENCY,
    REFERRED_TO_JUDICIAL,
    level_of_total,
    level_share,
    named_assistance_share,
    restated_group,
)
from tipbrief.indicators.rules.comparisons import BARE_VICTIMS, GROUP_RULES, GROUPS_NAMED
from tipbrief.indicators.rules.context import (
    ARTICLE,
    DENIED,
    HAS_NUMBER,
    IGNORECASE,
    NOT_COUNT_REACH,
    Context,
    Row,
    Rows,
    approx_flags,
    depth,
    is_distractor,
    names_other_noun,
    parse_count,
    part_qualifier,
    resolve_year,
    rules,
    share_name,
    statute,
    vocabulary,
)
from tipbrief.indicators.rules.counts import (
    ACTOR_ABROAD,
    DISPUTED,
    REFERRED_TO_SHELTER,
    VICTIMS_ABROAD,
    larger_total,
    named_agency_share,
)
from tipbrief.indicators.rules.ruleset import compiled, expand, fragments

#: The flag of every row this pass makes.
REVIEW = "review"
#: The confidence of its rows (a specific pattern's start at 0.9).
CONFIDENCE = 0.6
_COUNT_THEMES = ("prosecution", "protection")


@dataclass(frozen=True)
class Stage:
    """One stage of ``generic_reader.stages``: the verbs and nouns that name it."""

    indicator: str
    verb: re.Pattern  # a verb of the stage ending right before a figure (with its lead words)
    noun: re.Pattern | None  # the figure's noun (group ``noun``), after the words that may stand between
    nouns: dict[str, str]
    bare: str | None
    named: re.Pattern | None  # a noun (or adjective and noun) that names the stage by itself
    named_units: dict[str, str]
    passive: re.Pattern | None  # the figure's noun and the stage's verb after it ("12 traffickers were convicted")
    cue: re.Pattern | None  # the figure's noun and a phrase later in its clause ("17 new victims ... in the program")
    words: re.Pattern  # any verb or noun of the stage, anywhere (what names a stage between two figures)
    subject: re.Pattern | None  # the stage as the subject of the figure ("Convictions totaled 44")


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _config() -> dict:
    return vocabulary()["generic_reader"]


@cache
def stages() -> list[Stage]:
    """The stages of ``vocabulary.yml`` ``generic_reader``, compiled."""
    cfg = _config()
    lead, between = cfg["lead"], cfg["between"]
    out = []
    for entry in cfg["stages"]:
        nouns = {k.lower(): v for k, v in entry.get("nouns", {}).items()}
        named_units = {k.lower(): v for k, v in entry.get("stage_nouns", {}).items()}
        named = None
        if named_units or entry.get("adjectives"):
            parts = []
            if named_units:
                parts.append(rf"^ (?:{between})(?P<noun>{_alternatives(list(named_units))})\b")
            if entry.get("adjectives"):
                parts.append(rf"^ (?:{between})(?:{_alternatives(entry['adjectives'])}) (?:{between})"
                             rf"(?P<noun2>{_alternatives(list(nouns))})\b")
            named = compiled("|".join(f"(?:{p})" for p in parts))
        verbs, noun_words = _alternatives(entry["verbs"]), _alternatives(list(nouns))
        cues = entry.get("cues")
        out.append(Stage(
            indicator=entry["indicator"],
            # "convicted and sentenced 15 traffickers": the stage's verb and another verb of the same deed
            verb=compiled(rf"\b(?:{verbs})(?:,? and (?:[a-z]+ed|[a-z]+ing))?\s+(?:{lead})?$"),
            noun=compiled(rf"^ (?:{between})(?P<noun>{_alternatives(list(nouns))})\b") if nouns else None,
            nouns=nouns,
            bare=entry.get("bare"),
            named=named,
            named_units={**named_units, **dict.fromkeys(nouns, "victims")} if entry.get("adjectives") else named_units,
            # ... where they came from between ("six traffickers from Nigeria were convicted", vocabulary FROM_PLACE)
            passive=compiled(rf"^ (?:{between})(?P<noun>{noun_words}) "
                             rf"(?:(?:{fragments()['FROM_PLACE']}) (?=were|was|had))?"
                             rf"(?:(?:were|was|had been|have been) )?"
                             rf"(?:[a-z]+ly )?(?P<verb>(?:{verbs}))\b") if nouns else None,
            subject=compiled(rf"\b(?:{_alternatives(entry['subjects'])})\b(?:(?!\d)[^,;()]){{0,40}}? "
                             rf"(?:{cfg['links']})\s+(?:{lead})?$") if entry.get("subjects") else None,
            words=compiled(rf"\b(?:{verbs}|{_alternatives(list(named_units) or ['(?!)'])})\b"),
            cue=compiled(rf"^ (?:{between})(?P<noun>{noun_words})\b[^;]{{0,100}}?\b(?:{_alternatives(cues)})\b")
            if cues and nouns else None,
        ))
    return out


@cache
def _list_item() -> tuple[re.Pattern, re.Pattern]:
    """``generic_reader.list_item`` (an earlier figure of a list, right before this one) and ``offenders``."""
    cfg = _config()
    return (compiled(expand(cfg["list_item"], "generic_reader.list_item")),
            compiled(expand(cfg["offenders"], "generic_reader.offenders")))


#: A list's first item that counts suspects: "nine suspects and", "17 alleged traffickers and".
_SUSPECTS_ITEM = rc.lazy(rf"{NUMBER} (?:(?:suspected|alleged) )?(?:{{ARRESTEES}}),? and ", IGNORECASE)
#: "... in 2021 and 2020, respectively" after a list of figures: each figure's year, in order.
_RESPECTIVE_YEARS = rc.lazy(
    r"\b(?:in|during|for) ((?:19|20)\d\d(?:, (?:19|20)\d\d)*,? and (?:19|20)\d\d),? respectively\b", IGNORECASE)
#: How far from a figure its list's "in 2021 and 2020, respectively" may stand (and its list's first figure from it).
_RESPECTIVE_REACH = 400
#: The rest of a list of bare figures after one, up to the last ("40 and 33 cases": " and 33").
_LIST_ON = rc.lazy(rf"^(?:, {NUMBER})*,? and {NUMBER}(?= )", IGNORECASE)
#: What may stand between the figures of such a list: their noun's words, commas and "and".
_LIST_GAP = rc.lazy(r"^(?:,? and |, )$|^ (?:[\w’'-]+ ){0,4}?[\w’'-]+,? and $|^ (?:[\w’'-]+ ){0,4}?[\w’'-]+, $")


def respective_year(ctx: Context, s: int, e: int) -> int | None:
    """The year of the figure at ``s:e`` in a list of figures that years named "respectively" follow ("convicted
    nine and 12 traffickers in 2021 and 2020, respectively"): the figure's place in the list is its year's."""
    found = _respective(ctx, s, e)
    return found[0] if found else None


def _respective(ctx: Context, s: int, e: int) -> tuple[int, int | None] | None:
    """The year of the figure at ``s:e`` in a list named "respectively" (as :func:`respective_year`) and where the
    list's figure before it starts (None for the first). The years are looked for within _RESPECTIVE_REACH characters
    of the figure, its list's figures as far before them: asked of every figure, a search to the sentence's ends would
    make a sentence of 100 KB (a pasted table) cost minutes."""
    if not ctx.may(_RESPECTIVE_YEARS):
        return None
    m = _RESPECTIVE_YEARS.search(ctx.text, e, e + _RESPECTIVE_REACH)
    if not m:
        return None
    years = [int(y) for y in _YEARS.findall(m.group(1))]
    figures = [f for f in HAS_NUMBER.finditer(ctx.text, max(0, m.start() - _RESPECTIVE_REACH), m.start())
               if not _YEARS.fullmatch(f.group())]
    figures = figures[-len(years):]
    if len(figures) != len(years) or s not in [f.start() for f in figures]:
        return None
    if any(not _LIST_GAP.match(ctx.text[x.end() : y.start()]) for x, y in zip(figures, figures[1:], strict=False)):
        return None
    if ";" in ctx.text[figures[-1].end() : m.start()]:
        return None
    k = [f.start() for f in figures].index(s)
    return years[k], figures[k - 1].start() if k else None


#: Another body's share with the verb left out, after a share read before it: "Law enforcement officials identified 25
#: of them and the public ministry 15." (group ``who``: the body's words).
#: ... or one item of a list of shares after ";", its year's figure in brackets after it: "The police reported
#: identifying 952 victims (530 in 2018); regional health care organizations 252 (91 in 2018); labor inspectors 46
#: (75 in 2018)" (group ``list``; batch 36, netherlands-2021), the list's body and figure parted by a comma too:
#: "; regional health care organizations, 320 (240 in 2016); labor inspectors, 38" (batch 151, netherlands-2019)
#: ... or an item of a list of shares after a comma alone, a body's acronym in brackets after its name: "police
#: identified 12, the Center for Social Work (CSW) four, and NGOs three", "The SPO investigated four of these cases,
#: the FBiH 11, the RS four, and the BD two" (group ``acr``; audit13)
_ELIDED_WHO = rc.lazy(
    r"(?:,? and|(?P<list>;)(?: and)?|(?P<bare>,)) (?:the )?(?P<who>(?:[\w’'-]+ ){0,4}?[\w’'-]+)"
    r"(?: \((?P<acr>(?-i:[A-Z][A-Za-z]{1,7}))\))?(?(list)(?P<comma>,)?) $")
#: ... but words before such a comma that open with a preposition or connective or name a time or a count are an
#: adverbial, no body: "; the year before, 250", "; in addition, 40"
_NO_BODY = rc.lazy(r"^(?:in|on|at|for|of|from|during|since|after|before|with|among|as|by|to|additionally|however|"
                   r"meanwhile|moreover|furthermore|overall|altogether|separately|similarly|likewise|then|thus)\b|"
                   r"\b(?:years?|periods?|months?|weeks?|days?|times?|addition|total|before|earlier|previously|later|"
                   r"respectively|cases?|victims?|persons?|individuals?)\b", IGNORECASE)
_ELIDED_END = rc.lazy(r"^(?:\s*\([^()]*\))?\s*(?:[.;]|$)")
#: ... and, for an item after a comma alone, the next item of the list after it: ", the RS four", ", and NGOs three".
_ELIDED_NEXT = rc.lazy(r"^(?:\s*\([^()]*\))?,(?: and)? (?:the )?(?:[\w’'-]+ ){0,5}?(?:\([A-Z][A-Za-z]{1,7}\) )?"
                       r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")


def _elided_share(ctx: Context, out: Rows, s: int, e: int, written: str, made: list[Row]) -> Row | None:
    """``generic.elided-share``: a body's share with its verb left out ("and the public ministry 15") after another
    body's share of the same count in the sentence: that share's indicator, unit, year and flags, filed under this
    body's name (context.share_name); words that name no body give none."""
    who = _ELIDED_WHO.search(ctx.text, max(0, s - 60), s)
    if not who or not HAS_NUMBER.fullmatch(written) or not (
            _ELIDED_END.match(ctx.text[e:]) or (who.group("bare") and _ELIDED_NEXT.match(ctx.text[e:]))):
        return None
    if (who.group("comma") or who.group("bare")) and _NO_BODY.search(who.group("who")):
        return None
    prev = next((r for r in reversed(made) if r.pos < who.start() and r.value is not None and r.qualifier
                 and r.qualifier.startswith("by ") and "breakdown" in r.flags and not depth(ctx.text, r.pos)), None)
    # (a list's item after ";" names a body by its place in the list, its words of any kind)
    name = who.group("acr") or share_name(who.group("who"), body=bool(who.group("list")))
    between = rc.sub(r"\([^()]*\)", "", ctx.text[prev.pos + len(prev.number_text or "") : s][:-1]) if prev else ""
    if prev is None or name is None or rc.search(r"\d", between):
        return None
    value, flags = parse_count(written)
    return out.add(ctx, prev.indicator, number_text=written, year=prev.year, flags=flags | set(prev.flags) | {REVIEW},
                   value=value, unit=prev.unit, qualifier=f"by {name}", confidence=CONFIDENCE, pos=s,
                   rule="generic.elided-share")


def _listed(ctx: Context, out: Rows, s: int, e: int, written: str, made: list[Row]) -> Row | None:
    """``generic.respectively``: a later figure of a list that years named "respectively" follow, whose first figure
    a rule read ("received 25 and 31 victim referrals in 2020 and 2019, respectively"): the same indicator, unit and
    qualifier, in its own year."""
    found = _respective(ctx, s, e) if HAS_NUMBER.fullmatch(written) else None
    if not found or found[1] is None:
        return None
    year, prev_at = found
    prev = next((r for r in made if r.pos == prev_at and r.value is not None), None)
    if prev is None or _after_period(ctx, year):
        return None
    value, flags = parse_count(written)
    if value == 0:
        flags.add("zero_stated")
    return out.add(ctx, prev.indicator, number_text=written, year=year, flags=flags | {REVIEW}, value=value,
                   unit=prev.unit, qualifier=prev.qualifier, confidence=CONFIDENCE, pos=s, rule="generic.respectively")


@cache
def _guards() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cfg = _config()
    return (compiled(expand(cfg["not_before"], "generic_reader.not_before")),
            compiled(expand("|".join([cfg["not_after"], *cfg.get("not_after_more", [])]), "generic_reader.not_after")),
            compiled(rf"\b(?:{fragments()['FORMS']})\b"))


#: A figure after another figure's group named by its demonym, the noun shared after them: "charged three Slovenian and
#: 12 Chinese defendants" (batch 34, slovenia-2018): the groups of one count, no count of the second group alone.
#: The whole a figure before it is a share of: "223 of 943 ... victims" (the 943).
_WHOLE_OF_SHARE = rc.lazy(rf"\b{NUMBER} (?:out )?of $", IGNORECASE)
_GROUP_LIST_BEFORE = rc.lazy(rf"\b{NUMBER} (?-i:[A-Z][a-z]+(?:i|n|ese|ish|ch)) (?:and|or) $", IGNORECASE)
#: What may follow a figure read with no noun ("indicted 119, with", "referred seven (19 in 2017 ...)").
_BARE_END = rc.lazy(r"^(?:\s*[,;.:)(—–]|\s*$|\s+(?:in|during|under|for|and|compared|with|through|to|from)\b)")
#: "... identified victims were foreign nationals": words after a figure's noun that say who some of them were.
_DESCRIBED = rc.lazy(r"^\s+(?:were|was|are|is|included|includes)\b")
#: "... to the CID for assistance": a referral to an agency named by its acronym (not to shelters or services)
_TO_AGENCY = rc.lazy(r"\bto (?:the )?(?:{NAMED_IN_FULL})?(?!NGOs?\b|IOM\b|UNHCR\b|UNICEF\b)(?-i:[A-Z]{2,6})\b"
                        r"(?![\w-]| (?:shelters?|services|facilities|centers)\b)")
#: After a verb put after its noun: where or when it was not this government's deed of the year ("victims
#: identified in previous years", "a victim was identified in the United States", "identified abroad", "identified
#: and repatriated from abroad by foreign authorities").
_ELSEWHERE = rc.lazy(
    r"^(?:\s+(?:in|by) (?:the )?(?-i:[A-Z])|\s+(?:abroad|overseas|elsewhere)\b|"
    r"[^.;,(]{0,40}?\b(?:previous|prior|earlier|past) (?:reporting )?(?:periods?|years)|"
    # fix218 (jamaica-2020): "were identified and repatriated from abroad by foreign authorities": others' deed
    r"\s+and \w+ (?:from )?(?:abroad|overseas)\b|"
    r"[^.;,(]{0,50}?\bby (?:the )?(?:foreign|host|other) (?:authorities|governments?|officials|police|countries))",
    IGNORECASE)
#: A progressive's auxiliary right before a stage verb: "the shelter was serving", "is currently housing".
_PROGRESSIVE = rc.lazy(r"\b(?:was|were|is|are)(?: (?:currently|still))?\s*$", IGNORECASE)
#: "a"/"an" for one, right after a stage verb: "convicting a trafficker".
_ONE = rc.lazy(r"\b(?:an?|one)\b(?= )", IGNORECASE)
#: The year a compared figure states right after it: "482 in 2017", "14 victims in 2016", "(13 in 2016)".
_OWN_YEAR = rc.lazy(
    r"^(?: [\w’'-]+){0,2}? (?:in|during) (?:(?:calendar|fiscal) year |FY |[A-Z][a-z]+ )?((?:19|20)\d\d)\b")
#: ... or the period before, in words, inside a bracket: "(2,591 in the preceding period)" (residue3, batch 54's
#: philippines-2020): the year before the figure compared.
_PERIOD_BEFORE = rc.lazy(r"^(?: [\w’'-]+){0,2}? (?:in|during) the (?:previous|prior|preceding|last) (?:reporting )?"
                         r"(?:period|year)\)", IGNORECASE)
#: Statutes named by number ("Articles 600, 601, and 602", "Section 154-1"): their numbers are no figures.
_ARTICLES = rc.lazy(
    rf"\b(?:[Aa]rticles?|[Ss]ections?) {ARTICLE}(?:,? (?:and |or )?(?:[Aa]rticle |[Ss]ection )?{ARTICLE})*")
_YEARS = rc.lazy(r"\b(?:19|20)\d\d\b")
#: A comparison or a list of earlier years between two figures.
_COMPARED = rc.lazy(
    r"\b(?:compared (?:with|to)|(?:decrease|increase|decline|drop|rise|up|down) (?:from|compared)|versus|"
    r"as opposed to|from)\b|\(|,|\band\b", IGNORECASE)


def _used(ctx: Context, made: list[Row], claimed: set[int]) -> list[tuple[int, int]]:
    """Spans of the sentence's numbers that rows used (or rules claimed, to make no row of them)."""
    spans = [(s, s + 1) for s in claimed]
    for row in made:
        text = row.number_text or ""
        if not text:
            continue
        if ctx.text.startswith(text, row.pos):
            spans.append((row.pos, row.pos + len(text)))
        else:  # a statement's figure ("19 million drams"): every place it is written
            spans += [(m.start(), m.end()) for m in rc.finditer(re.escape(text), ctx.text)]
    return spans


def read(ctx: Context, out: Rows, made: list[Row], claimed: set[int]) -> list[Row]:
    """Rows for the figures of the sentence no rule used, where the stage is plain (see the module docstring)."""
    if not ctx.has_figures or ctx.sent.section.theme == "profile":
        return []  # a trafficking profile tells of the crime, not of the government's counts
    used = _used(ctx, made, claimed)
    specific = list(used)  # the figures the specific rules read: no list of this pass starts at one of them
    numbers = [(m.start(), m.end(), m.group()) for m in HAS_NUMBER.finditer(ctx.text)]
    numbers += [(m.start(), m.end(), m.group()) for m in _ONE.finditer(ctx.text) if m.group().lower() != "one"]
    found: list[Row] = []
    for s, e, written in sorted(numbers):
        if any(a <= s < b or s <= a < e for a, b in used) or is_distractor(ctx, s, e):
            continue
        row = _group_change(ctx, out, s, written)
        if row is None:
            row = _count(ctx, out, s, e, written, specific)
        if row is None:  # a list's years named "respectively" before a year stated after a figure
            row = _listed(ctx, out, s, e, written, [*made, *found])
        if row is None:
            row = _compared(ctx, out, s, e, written, [*made, *found])
        if row is None:
            row = _elided_share(ctx, out, s, e, written, [*made, *found])
        if row is not None:
            found.append(row)
            used.append((s, e))
            if (row.rule == "generic.count" and row.indicator == "victims_identified" and written.lower() in ("a", "an")
                    and _REFERRED_THE_VICTIM.match(ctx.text, e)):
                # "identifying a child sex trafficking victim and referring the victim to protective services": the
                # same one victim referred (as rules victims_referred.the-victim reads "one"; batch 121)
                found.append(out.add(ctx, "victims_referred", number_text=written, year=row.year,
                                     flags=row.flags - {"breakdown"}, value=row.value, unit=row.unit,
                                     qualifier=row.qualifier, confidence=CONFIDENCE, pos=s, rule="generic.count"))
    return found


#: The tail of "identifying a ... victim": the same victim referred to care after it ("and referring the victim to
#: protective services", "and referred her to an NGO shelter").
_REFERRED_THE_VICTIM = rc.lazy(
    r"(?: [\w’-]+){0,4}? victim(?: (?!and\b|referr)[\w’-]+){0,6}?"
    r" and (?:also )?referr(?:ed|ing) (?:him|her|the (?:victim|child|girl|boy|woman|man|person|individual))"
    r" (?:to|for) (?:\w+ ){0,3}?(?:services|care|shelters?|assistance|protection|rehabilitation)\b", IGNORECASE)


#: A group of victims that changed to a figure, the sentence's subject, no stage named: "Potential victims who were
#: exploited as minors increased by 48 percent to 3,137", "Child victims rose to 410".
_GROUP_CHANGE = rc.lazy(
    rf"^(?:The number of )?(?:(?:{{POTENTIAL}}|identified|trafficking) )*"
    rf"(?:(?P<g1>child|minor|adult|female|male|foreign) (?:(?:{{POTENTIAL}}|trafficking) )*victims"
    rf"|victims who were (?:[\w-]+ ){{0,2}}?as (?P<g2>minors|children|adults))"
    rf" (?:{{CHANGE}})(?: by {NUMBER} (?:percent|per cent|%))? to (?P<n>{NUMBER})\b", IGNORECASE)


def _group_change(ctx: Context, out: Rows, s: int, written: str) -> Row | None:
    """``generic.count`` of a group's change with no stage named ("Through the NRM, authorities referred 6,993
    potential trafficking victims ... Potential victims who were exploited as minors increased by 48 percent to
    3,137, compared to 2,118 in 2017"): the group's part of the stage the sentence before counted, its one whole
    count of victims, of that count's year (residue2, batch 31's united-kingdom-2019); the figure compared after it is
    read as any comparison is."""
    m = _GROUP_CHANGE.match(ctx.text) if ctx.may(_GROUP_CHANGE) else None
    if m is None or m.start("n") != s:
        return None
    wholes = [r for r in ctx.prev_rows if r.is_whole and r.unit == "victims" and r.theme == "protection"]
    if len({r.indicator for r in wholes}) != 1:
        return None  # no count before, or several stages': which stage the group's figure is of is not told
    prev = min(wholes, key=lambda r: r.pos)  # the sentence's count, not the figures compared after it
    value, flags = parse_count(written)
    flags |= approx_flags(ctx.text, s, written) | (prev.flags & {"year_inferred"}) | {"breakdown", REVIEW}
    group = part_qualifier(m.group("g1") or m.group("g2"))
    return out.add(ctx, prev.indicator, number_text=written, year=prev.year, flags=flags, value=value,
                   unit=prev.unit, qualifier=group, confidence=CONFIDENCE, pos=s, rule="generic.count")


def _guarded(ctx: Context, s: int, e: int) -> bool:
    """The figure at ``s:e`` is no count of the year: a plan, capacity, carry-over, group, officials ..."""
    not_before, not_after, _ = _guards()
    a, b = ctx.bounds(ctx.segment(s))
    if not_before.search(ctx.text[max(a, s - 60) : s]) or not_after.match(ctx.text[e:b]):
        return True
    if ctx.in_cumulative(s):
        return True  # "has only convicted one trafficker since 2014": a count over years (batch 44)
    if DISPUTED.search(ctx.text, max(0, s - 100), s):
        return True  # "The government reported it referred two victims ...; however, NGOs reported the
        # government referred only one victim": another source's account of the government's figure (batch 107)
    not_count = rules().not_counts.rx
    return ctx.may(not_count) and bool(not_count.search(ctx.text[max(0, s - NOT_COUNT_REACH) : s]))


def _noun(m: re.Match) -> str:
    """The group of ``m`` that holds the figure's noun."""
    return "noun" if m.groupdict().get("noun") is not None else "noun2"


def _named(stage: Stage, after: str) -> re.Match | None:
    """The stage named after a figure with no verb before it: by its noun ("four total convictions", "47 officially
    identified victims"), by its verb after the noun ("12 traffickers were convicted"), or by a phrase of its own
    later in the clause ("17 new victims total (...) in the program for victim services")."""
    named = stage.named.match(after) if stage.named else None
    if named:
        return None if _DESCRIBED.match(after[named.end() :]) else named  # "37 identified victims were foreign"
    passive = stage.passive.match(after) if stage.passive else None
    if passive and rc.search(r"(?:ed|guilty)$", passive.group("verb")) and not _ELSEWHERE.match(after[passive.end() :]):
        return passive
    if stage.cue:
        return stage.cue.match(rc.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), after))
    return None


#: A figure written as a year ("2015"): the narratives write a count of thousands with a comma ("2,015").
_YEAR_WRITTEN = rc.lazy(r"(?:19|20)\d\d")

#: "nine additional (more, further) ... victims": a count added to some other, after its figure.
_ADDITIONAL_AFTER = rc.lazy(r"^\s+(?:additional|more|further)\b", IGNORECASE)


def _count(ctx: Context, out: Rows, s: int, e: int, written: str,
           specific: list[tuple[int, int]] | None = None) -> Row | None:
    """``generic.count``: a stage verb before the figure and its noun after, or a noun that names the stage; after an
    earlier figure of a list, the verb before the list, unless a specific rule read that figure ("identified one Irish
    sex trafficking victim and four trafficking victims among asylum-seekers": a part it chose not to read)."""
    if depth(ctx.text, s) or (_guarded(ctx, s, e) and not level_of_total(ctx.text, s, e)):
        return None
    if _YEAR_WRITTEN.fullmatch(written):
        return None  # "for victim care related to a 2015 labor trafficking prosecution": a year, never a count (the
        # narratives write thousands with a comma, "2,015"; batch 124's st-lucia-2020)
    a, b = ctx.bounds(ctx.segment(s))
    before, after = ctx.text[max(a, s - 120) : s], ctx.text[e:b]
    one = not HAS_NUMBER.fullmatch(written)  # "a trafficker": a noun in the singular must follow
    picks: list[tuple[Stage, str, re.Match | None, int]] = []
    if _GROUP_LIST_BEFORE.search(before):
        return None  # "charged three Slovenian and 12 Chinese defendants": one group of a list, the first unread
    if _WHOLE_OF_SHARE.search(before):
        return None  # "compared with 223 of 943 labor exploitation victims identified in 2020": the whole the share is
        # of, no count of its own (residue12, batch 89's brazil-2023; comparisons' free numbers skip it so)
    list_item, offenders = _list_item()
    # "identified nine suspects and 22 potential victims": the verb before the list's first item
    listed = list_item.search(before)
    if listed and any(a_ <= s - len(before) + listed.start() < b_ for a_, b_ in specific or []) and not (
            _SUSPECTS_ITEM.match(before, listed.start())):
        listed = None  # (a list's first item of suspects, read as suspects, leaves the verb to the victims after it:
        # "identified nine suspects and 22 potential victims", suspects.identified; batch 28)
    for stage in stages():
        verb = stage.verb.search(before) or (listed and stage.verb.search(before[: listed.start()]))
        if verb:
            noun = stage.noun.match(after) if stage.noun else None
            if noun is None and stage.noun and (more := _LIST_ON.match(after)):
                noun = stage.noun.match(after[more.end() :])  # "investigated 40 and 33 cases": the list's noun
            if noun and stage.indicator.startswith("victims_") and offenders.match(after):
                continue  # "identified 14 suspected individuals": suspects, no victims
            if noun and (not one or not noun.group("noun").lower().endswith("s")):
                picks.append((stage, stage.nouns[noun.group("noun").lower()], noun, verb.start()))
            elif not noun and not one and stage.bare and (_BARE_END.match(after) or level_of_total(ctx.text, s, e)):
                picks.append((stage, stage.bare, None, verb.start()))
        elif not one and stage.subject and (subject := stage.subject.search(before)):
            picks.append((stage, next(iter(stage.named_units.values())), None, subject.start()))
        elif not one and (named := _named(stage, after)):
            word = named.group(_noun(named)).lower()
            unit = stage.named_units.get(word) or stage.nouns[word]
            picks.append((stage, unit, named, -1))
    if len({p[0].indicator for p in picks}) != 1:
        return None  # no stage, or two ("identified and assisted 40": the specific rules' to read)
    stage, unit, noun, verb_at = picks[0]
    if verb_at >= 0 and DENIED.search(before[:verb_at]):
        return None  # "the government has never identified a forced labor victim within the TITP": no count
    if (verb_at >= 0 and stage.indicator == "victims_assisted"
            and _PROGRESSIVE.search(before[:verb_at]) and rc.match(r"\s*\w+ing\b", before[verb_at:])):
        return None  # "the shelter was serving five victims" (fix218): a day's occupancy, no count of the year's
    if stage.indicator == "victims_referred" and (REFERRED_TO_AGENCY.search(ctx.text[max(a, verb_at) : b])
                                                  or _TO_AGENCY.search(ctx.text[e:b])
                                                  or REFERRED_TO_JUDICIAL.match(after)):
        return None  # "referred 130 potential victims to CPTV": to the agency that identifies them, not to care
    value, flags = (1.0, set()) if one else parse_count(written)
    flags |= approx_flags(ctx.text, s, written)
    if value == 0:
        flags.add("zero_stated")
    year, yflags = resolve_year(ctx, s)
    if respective := respective_year(ctx, s, e):
        year, yflags = respective, set()
    if _after_period(ctx, year):
        return None
    theme = out.defs[stage.indicator].theme
    q: str | None = None
    subject = ctx.text[a : verb_at if verb_at >= 0 else s]
    # NGOs' or international organizations' count is theirs, its form no part of the government's (as counts.py files
    # "NGOs identified 45 forced labor victims"): "international organizations identified more than 1,000 potential
    # Bangladeshi forced labor victims in Saudi Arabia" (batch 189's bangladesh-2020-intro)
    by_ngo = theme == "protection" and BY_NGO.search(subject) and not JOINT.search(subject)
    if noun is not None and not by_ngo:
        # "one new domestic labor trafficking case": the form of the case, a part
        form = _guards()[2].search(ctx.text, e, noun.start(_noun(noun)) + e)
        if form and one and not larger_total(out, stage.indicator, value, year, ctx.sent.id, same_year=True) and (
                stage.indicator.startswith("victims_") or not any(
                    r.indicator == stage.indicator and r.year == year and r.is_whole and r.value is not None
                    and r.value > value and r.sentence_id == ctx.sent.id for r in out.rows)):
            form = None  # "identifying a child sex trafficking victim" with no total of the year: one form, the year's
            # whole count (the corpus README), unqualified (batch 121's papua-new-guinea-2022-intro); a case likewise,
            # "initiated prosecution of an internal child sex trafficking case" (batch 133's swaziland-2015-intro)
        if form:
            q = rules().qualifier_forms.get(form.group().lower(), form.group().lower())
            flags.add("breakdown")
    if q is None and theme == "prosecution":
        q = statute(ctx, a, b)
        if q is None and (share := named_agency_share(ctx, out, stage.indicator, value, year,
                                                      ctx.text[a : verb_at if verb_at >= 0 else s], e)):
            q = share  # "(DOS) reported opening 154 human trafficking-related cases" beside other agencies' counts
            flags.add("breakdown")  # (residue13)
    elif q is None and theme == "protection":
        if by_ngo:
            q = "by NGOs or international organizations"
        elif (stage.indicator.startswith("victims_") and verb_at >= 0
              and (level := level_share(ctx.text[a:s]))
              and larger_total(out, stage.indicator, value, year, ctx.sent.id, same_year=True)):
            q = level  # "The federal government identified 113 ...": its share of the year's 658 (batch 54)
            flags.add("breakdown")
        elif (stage.indicator.startswith("victims_") and ACTOR_ABROAD.search(rc.split(r"; ", ctx.text[a:s])[-1])
              and not (noun is not None and VICTIMS_ABROAD.match(after[noun.end() :]))):
            q = "abroad"  # "The foreign missions, mostly in the Gulf, identified 6,772 ... victims": found outside it
            flags.add("breakdown")  # (as counts.ACTOR_ABROAD; batch 54)
        elif stage.indicator == "victims_assisted" and (named := named_assistance_share(ctx, out, ctx.text[:s], e)):
            q = named  # "INAU assisted 318 child trafficking victims" after Inmujeres' share (batch 47)
            flags.add("breakdown")
        elif stage.indicator in ("victims_assisted", "victims_referred") and (restated := restated_group(ctx, s)):
            q = restated  # "Of the 132 child victims noted above, the government assisted 48 with ..." (batch 47)
            flags.add("breakdown")
        elif (noun is not None and stage.indicator == "victims_referred"
              and REFERRED_TO_SHELTER.match(after[noun.end() :])
              and larger_total(out, stage.indicator, value, year, ctx.sent.id, same_year=True)):
            q = "shelter"  # "the government referred one Zimbabwean victim to an NGO shelter" beside the year's 52
            flags.add("breakdown")
        elif (noun is not None and stage.indicator.startswith("victims_")
              and (where := VICTIMS_ABROAD.match(after[noun.end() :]))):
            q = where.group(1).lower()  # "assisted 25 potential Australian trafficking victims abroad": a part
            flags.add("breakdown")
    if (q is None and stage.indicator.startswith("victims_") and _ADDITIONAL_AFTER.match(after)
            and larger_total(out, stage.indicator, value, year, ctx.sent.id, same_year=True)):
        return None  # "Officials in Baja California identified five additional foreign national victims" after the
        # year's 440: additional to which count the text does not say, no part of a stated total (residue9)
    return out.add(ctx, stage.indicator, number_text=written, year=year, flags=flags | yflags | {REVIEW},
                   value=value, unit=unit, qualifier=q, confidence=CONFIDENCE, pos=s, rule="generic.count")


def _after_period(ctx: Context, year: int | None) -> bool:
    """``year`` is after the reporting period ("In January 2023, authorities opened an investigation" in a report on
    2022): an event the report mentions, no count of a year it covers."""
    ry = ctx.source.reporting_year
    return year is not None and ry is not None and year > ry


#: A span of years right after a figure of a series: "zero victims between 2016 and 2018" (its noun before).
_SPAN_YEARS = rc.lazy(r"(?: [\w’'-]+){0,2}? between (?P<a>(?:19|20)\d\d) and (?P<b>(?:19|20)\d\d)\b", IGNORECASE)


#: The words between two figures of a series of years, the first with its own year and "and" before the second: "opened
#: five trafficking cases in 2014 and eight cases in 2015" (batch 129's sudan-2015, a report whose counts run into the
#: months after its reporting year): the later year's figure is a count of that year, not an event after the period.
_YEAR_SERIES_GAP = rc.lazy(r"^(?: [\w’'-]+){0,2}? (?:in|during) (?:19|20)\d\d,? and $")


#: The stage a law enforcement noun (vocabulary.yml LAW_STAGE_NOUNS) counts, by its first six letters.
_STAGE_OF_NOUN = {"invest": "investigations", "prosec": "prosecutions", "indict": "prosecutions",
                  "convic": "convictions"}


def _compared(ctx: Context, out: Rows, s: int, e: int, written: str, made: list[Row]) -> Row | None:
    """``generic.comparison``: a figure with its own year, compared with a count read just before it."""
    if not HAS_NUMBER.fullmatch(written):
        return None
    stated = _OWN_YEAR.match(ctx.text[e:])
    period = None if stated else _PERIOD_BEFORE.match(ctx.text[e:])
    # "identified two child trafficking victims in 2019, zero victims between 2016 and 2018, and ten victims in 2015":
    # a zero over a span of years in a series is none in each of them (as comparisons reads a compared one; residue22)
    span = (_SPAN_YEARS.match(ctx.text, e) if not stated and not period and parse_count(written)[0] == 0
            else None)
    if span and not 0 < int(span.group("b")) - int(span.group("a")) <= 10:
        span = None
    if not stated and not (period and ctx.text[max(0, s - 1) : s] == "(") and not span:
        return None
    earlier = [r for r in made if r.pos < s and r.value is not None and r.theme in _COUNT_THEMES
               and r.unit in ("cases", "persons", "victims")]
    if not earlier:
        return None
    prev = max(earlier, key=lambda r: r.pos)
    start = prev.pos + len(prev.number_text or "")
    gap = ctx.text[start:s]
    if stated is None and prev.year is None:
        return None
    year = int(stated.group(1)) if stated else int(span.group("b")) if span else prev.year - 1
    stated = stated or period or span
    # not figures: "under Articles 600, 601, and 602"; the parts of the figure in a closed bracket ("17 new victims
    # total (five labor trafficking, two sex trafficking, ...) in the program (24 in 2017, ...)")
    skip = [m.span() for m in _ARTICLES.finditer(ctx.text, 0, s)]
    skip += [(start + m.start(), start + m.end()) for m in rc.finditer(r"\([^()]*\)", gap)]
    between = [m for m in HAS_NUMBER.finditer(ctx.text, start, s) if not is_distractor(ctx, m.start(), m.end())
               and not _YEARS.fullmatch(m.group()) and not any(a <= m.start() < b for a, b in skip)]
    if names_other_noun(ctx.text[e : e + 60], prev.unit):
        return None  # "identified 120 victims (95 cases in 2021)": another thing's count of that year
    if ";" in gap or year == prev.year or not _COMPARED.search(gap) or between:
        return None  # another clause, the same year, no comparison, or a figure between them that nothing read
    own = {m.group().lower() for st in stages() if st.indicator == prev.indicator for m in st.words.finditer(gap)}
    if any(m.group().lower() not in own for st in stages() if st.indicator != prev.indicator
           for m in st.words.finditer(gap)):
        return None  # another stage named between them: "..., and indicted 119", "(prosecutions in 13 cases in 2017)"
    named = rc.search(rf"\b(?:{fragments()['LAW_STAGE_NOUNS']})\b", stated.group(), IGNORECASE)
    if named and _STAGE_OF_NOUN.get(named.group().lower()[:6]) != prev.indicator:
        return None  # ... or after the figure: "investigated 14 cases (two indictments in 2021)" (misreads probe)
    if _guarded(ctx, s, e):
        return None
    if _after_period(ctx, year) and not _YEAR_SERIES_GAP.match(gap):
        return None  # (a series of years, each with its figure, is no event: "five in 2014 and eight cases in 2015")
    value, flags = parse_count(written)
    qualifier = prev.qualifier
    if prev.rule in GROUP_RULES and qualifier in GROUPS_NAMED and BARE_VICTIMS.match(ctx.text, e):
        # "identified two child trafficking victims in 2019, ..., and ten victims in 2015": a figure of a series that
        # names the victims without the group is that year's whole count (as comparisons reads "down from five
        # victims in 2019" after a group's count; residue22, st-lucia-2021)
        qualifier = None
    else:
        flags |= prev.flags & {"breakdown"}
    flags |= approx_flags(ctx.text, s, written)
    if value == 0:
        flags.add("zero_stated")
    row = out.add(ctx, prev.indicator, number_text=written, year=year, flags=flags | {REVIEW}, value=value,
                  unit=prev.unit, qualifier=qualifier, confidence=CONFIDENCE, pos=s, rule="generic.comparison")
    for y in range(int(span.group("a")), year) if span else ():
        out.add(ctx, prev.indicator, number_text=written, year=y, flags=flags | {REVIEW}, value=value, unit=prev.unit,
                qualifier=qualifier, confidence=CONFIDENCE, pos=s, rule="generic.comparison")
    return row

