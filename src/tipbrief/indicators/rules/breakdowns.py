"""Breakdowns: parts of a total, each a row flagged ``breakdown``, never when the clause has its own indicator.

"(31 sex trafficking, 12 labor trafficking)", "—eight for ...—", "including 40 women, 20 men",
"Of these cases, 72 were ...", "; of these, 99 were ...", ", of whom 150 were ...", "; 22 cases for sex
trafficking"; one verb with two parts ("convicted 14 traffickers under Article 143 and seven under
Article 143-1"). A bracket that names a year ("(67 in 2021)") is a comparison, not a part.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cache

from tipbrief.indicators.numbers import NUMBER, YEAR_RE, parse_number
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.comparisons import AND_VERB, GROUPS_NAMED
from tipbrief.indicators.rules.context import (
    ARTICLE,
    HAS_NUMBER,
    IGNORECASE,
    PAST_IRREGULAR,
    Context,
    Row,
    Rows,
    approx_flags,
    counted_by,
    depth,
    is_demonym,
    is_distractor,
    may_hold_number,
    names_other_noun,
    no_part,
    parse_count,
    part_qualifier,
    resolve_year,
    rules,
)
from tipbrief.indicators.rules.counts import (
    FOR,
    IDENTIFIED_GROUP,
    LIST_FORMS,
    PART_BRACKET,
    SHARE_OF_TOTAL,
    _body,
    _body_name,
    larger_total,
    respective_counts,
)
from tipbrief.indicators.rules.ruleset import compiled, fragments, vocabulary
from tipbrief.indicators.rules.words import folded, may_find
from tipbrief.indicators.rules.wordscan import entry

#: Rule ids of the breakdowns read here rather than by a pattern of ``extract_rules.yml``.
COORDINATED = "breakdown.coordinated"
BRACKET = "breakdown.bracket"
#: The qualifier of suspects arrested or detained (the corpus README: a series of their own).
ARRESTED = "arrested"
INCLUDING = "breakdown.including"
ALL_WERE = "breakdown.all-were"

#: "All were <group>" after a total ("All were foreign citizens", "all were Venezuelan", "Each was a Greek citizen",
#: "all were female") is a remark on the whole count with no figure of its own, no row: residue23 settled it for a sex
#: or age (georgia-2018 and 2019, ireland-2021 and 2022, iceland-2022, north-macedonia-2020, portugal-2022,
#: slovenia-2021 and 2022), residue24 for a nationality or "foreign" (belize-2020, jamaica-2021, armenia-2022 and 2023,
#: kosovo-2021, turkey-2018 against luxembourg-2021 and 2022 and trinidad-and-tobago-2019, corrected); batch 33's
#: reader of it (the part with the total's figure) is gone. ", all of whom were <group>" in the figure's own sentence
#: (:data:`_ALL_OF_WHOM`) is still read.

#: The stages whose counts are under a statute (coordinated's appositive part).
_STATUTE_STAGES = frozenset({"investigations", "prosecutions", "convictions"})
#: A part of a count set off by a comma right after the count's noun, with its own statute: ", two under the Prevention
#: and Combating of Trafficking in Persons Act (PACOTIP)", ", three under Article 172" (batch 148).
_UNDER_PART = (
    rf"(?P<n>{NUMBER})\s+(?:under|pursuant to)\s+"
    rf"(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?P<law>[Aa]rticles?\s+(?P<art>{ARTICLE})|[^,;.()]+?)"
    rf"(?=\s*\([A-Z]{{2,}}\)|\s*[,;.]|\s*$|\s+(?:and|or)\s+(?:{NUMBER})\b)"
)
_APPOSITIVE_UNDER = rc.lazy(
    rf"(?:\s+(?!(?:and|or|in|of|for|under|during)\b)[\w’'-]+){{1,3}}(?:\s+(?:in|during)\s+(?:19|20)\d\d)?,\s+"
    rf"{_UNDER_PART}", IGNORECASE)
#: ... the list's next part: "..., 12 under the anti-trafficking law and 18 under the penal code"
_NEXT_UNDER = rc.lazy(rf"(?:\s*\([A-Z]{{2,}}\))?(?:,|,?\s+and|,?\s+or)\s+{_UNDER_PART}", IGNORECASE)
_UNDER_ANOTHER = rc.lazy(
    # "19 cases under Article 181 (trafficking in persons), 12 cases under Article 171 (...)": a title between
    rf"^(?P<skip>(?:[^.;()]|(?<=\d)\.(?=\d)|\([^()\d]{{1,60}}\)){{0,120}}?)(?:,|,? and) (?P<n>{NUMBER}) "
    rf"(?:more |others? )?(?:\w+ )?"
    rf"under (?:the )?"
    rf"[Aa]rticles? (?P<art>{ARTICLE})",
    IGNORECASE,
)

#: One part in a list "including 40 women, 20 men, and 12 children".
#: ... or "seven under the procurement statute, Section 360(A)".
_ITEM = rf"{NUMBER} [a-z][\w -]*?(?:, (?:Section|Article) {ARTICLE})?"

#: ... a part of a list after "including" or "which included", its words maybe quoted or glossed in a bracket:
#: "45 cases of child “economic exploitation” (forced labor)".
#: (a bracket "(including three for forced begging and one for ...)" is no gloss: its finer forms, read below; batch 70)
_LIST_ITEM = rf"{NUMBER} [a-z][\w “”\"-]*?(?: \((?!including\b)[a-z][a-z ]*\))?(?:, (?:Section|Article) {ARTICLE})?"

#: ... and, after the list's first figure, a group of none: "including 122 girls, 17 boys, 38 women, and no men" (the
#: group's zero, a part; batch 170's peru-2015). A group's word only: "and no other services" is no part.
_NO_GROUP_ITEM = r"no (?:adult |child |minor )?(?:wom[ae]n|m[ae]n|girls|boys|children|adults|minors)\b"

#: A clause after a list of parts whose subject is a figure, with a verb of its own: "and 12 shelters received them",
#: "and two NGOs assisted them" (the verb's object the counted persons), "and five of them received shelter" (a share
#: of them, its verb after it): the list ended before it (not "and six boys exploited in agriculture", a part).
_FIGURE_CLAUSE = rc.lazy(
    rf",?\s(?:and|while|whereas) {NUMBER} (?:(?:of (?:them|these|those|whom)|(?:[\w-]+ )?[\w-]+"
    rf"(?= [a-z]+ed (?:them|these victims|the victims|all of them)\b)) (?:[a-z]{{3,}}ed|{PAST_IRREGULAR})\b)",
    IGNORECASE)
#: A list after a colon whose items are persons ("five sex traffickers and three labor traffickers"): no parts of cases.
_PERSONS_LIST = rc.lazy(r"\b(?:traffickers|defendants|suspects|perpetrators|offenders|persons|individuals)\b",
                        IGNORECASE)


def _sums_to_persons(ctx: Context, out: Rows, row: Row, body: str) -> bool:
    """Whether the figures of a list add up to the count in persons of the same stage and year in the sentence, and
    not to the cases' count ``row``: "convicted 16 persons in 11 cases: nine for ... and seven for ..."."""
    total = sum(parse_number(n) or 0 for n in rc.findall(rf"(?:^|,\s|\band\s)({NUMBER})\s", body, IGNORECASE))
    return total != row.value and any(
        r.indicator == row.indicator and r.unit == "persons" and r.year == row.year and r.value == total
        and not r.is_breakdown for r in out.rows if r.sentence_id == ctx.sent.id)


@cache
def _facilities_or_compared() -> re.Pattern:
    """What between a count and its "including" list is no figure of another count: the places it was served at ("at
    76 temporary and nine long-term government shelters", vocabulary.yml FACILITY_NOUNS) and a bracket comparing
    another year's figure ("(compared with 471 in 2015)", read as that year's by the comparison rule); batch 80."""
    return rc.compile_cached(
        rf"\b(?:at|in|across) {NUMBER}(?: (?!victims?\b)[\w-]+){{0,5}}? (?:{fragments()['FACILITY_NOUNS']})\b"
        rf"|\((?:compared (?:with|to) |down from |up from )?{NUMBER}(?: victims)? in (?:19|20)\d\d\)",
        IGNORECASE,
    )


def _adds_up_past(ctx: Context, out: Rows, row: Row, a: int, b: int, body: str) -> bool:
    """An "including" list whose figures add up to ``row`` exactly, past a figure between them that no row counts:
    "provided shelter ... to 64 victims at its three regional centers in 2020, including 38 women and 26 children"
    (the centers are no count; audit6). A figure between that is a row ("32 victims, including 22 sex trafficking
    victims (including six girls)") keeps the list its own."""
    if row.value is None or any(a < r.pos < b for r in out.rows if r.sentence_id == ctx.sent.id):
        return False
    total = sum(parse_number(n) or 0 for n in rc.findall(rf"(?:^|,\s|\band\s|including\s)({NUMBER})\s", body,
                                                          IGNORECASE))
    return total == row.value


#: A part's own comparison with another year right after it, inside a list: "including 41 sex trafficking victims (30 in
#: 2019) and 29 forced labor victims (28 in 2019)" (each part's bracket is read with the part; audit4)
_YEAR_BRACKET = rf"(?: {PART_BRACKET})?"
#: ... or a bracket of its own sub-parts or a remark on it, which is no part of the list: "including 22 sex trafficking
#: victims (including six girls), seven forced labor victims (all adults), and three victims of unspecified forms of
#: trafficking (including one boy)" (sub-parts of parts are not rows; batch 28's iraq-2023)
#: ... "(seven of them girls)" too (audit5)
#: ... or a remark set between two dashes, the list going on with "and" right after the second ("which included 31 sex
#: trafficking victims—only one of which was a foreign national and 18 were children—and 16 labor trafficking victims";
#: batch 171's japan-2022): its figures are sub-parts of the item before it, no parts
_DASH_ASIDE = r"(?<=[a-z])[—–](?=[a-z])[^—–()]{1,120}?[—–](?=and )"
_ASIDE_BRACKET = (r"(?: \((?:including|all|of whom|of which|among them|mostly|both|[\w-]+ of (?:them|whom|which)\b)"
                  r"[^()]*\)|" + _DASH_ASIDE + r")?")
#: The list's separator after a dashed remark: the "and" right after its second dash.
_AFTER_DASH_AND = r"(?<=[—–])and"

#: A statute named between a figure and its bracket ("under Article 149", "under section 154-1"; "section 154 1" is
#: a copy that lost the hyphen).
_STATUTE_REF = rc.lazy(rf"\b(?:articles?|sections?) {ARTICLE}(?: \d{{1,2}}(?!\d))?", IGNORECASE)

#: ", and nine involved": the next part of a list of parts, whose verb names its form ("involved forced labor"); so
#: does a stage or exploitation verb after "were" (", and six were indicted for labor trafficking").
_PART_VERB = rc.lazy(rf",?\s(?:and )?{NUMBER} (?:involved|concerned|(?:were|was) (?:indicted|prosecuted|convicted|"
                     rf"charged|investigated|tried|sentenced|exploited|subjected))", IGNORECASE)

#: ... or a part by the nationality it holds: ", and seven held Eritrean nationality" (audit6)
_HOLDS = rc.lazy(r"\b(?:held|had|possessed)$")
_NATIONALITY_AFTER = rc.lazy(r"\s(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))? (?:nationality|citizenship)\b", IGNORECASE)

#: A bound before the first figure of a list: "including at least four ..."
#: (and "roughly", "around", "an estimated", "up to", "fewer than", "less than": audit9 r2's F16)
_BOUND = (r"(?:at least|more than|over|approximately|about|nearly|almost|some|roughly|around|an estimated|up to"
          r"|fewer than|less than)")

_YEARISH = rc.lazy(r"(?:in |during )?(?:19|20)\d\d", IGNORECASE)
#: A list whose last item names cases: "(including four sex trafficking, ... and two domestic servitude cases)".
_ENDS_IN_CASES = rc.lazy(rf"(?:^|,|\band)\s*(?:including\s+|involving\s+)?{NUMBER}\s+[a-z][\w -]*?\bcases\W*$")
#: A figure of cases: "... and 12 new cases": a list of cases after it may be its own.
_FIGURE_OF_CASES = rc.lazy(rf"{NUMBER}\s+(?:[\w-]+\s+){{0,3}}?cases\b", IGNORECASE)


def _and_form() -> re.Pattern:
    forms = fragments()["FORMS"]
    # (the second part of two forms joined: "82 victims of sex trafficking and 114 victims of forced labor and forced
    # begging", the part's form in the text's words; batch 39, sweden-2017)
    return rc.compile_cached(rf"^ (?:\w+ )?{FOR} (?:{forms}),? and (?P<n>{NUMBER}) {FOR} "
                             rf"(?P<form>(?:{forms})(?: and (?:{forms})\b)?)", IGNORECASE)


def coordinated(ctx: Context, out: Rows, made: list[Row], claimed: set[int]) -> list[Row]:
    """One verb, two parts: "convicted 14 traffickers under Article 143 and seven under Article 143-1",
    "convicted 14 traffickers for sex trafficking and seven for forced labor". ``claimed`` grows."""
    extra: list[Row] = []
    and_form = _and_form()
    queue = [r for r in made if r.qualifier]
    while queue:  # a sibling may have its own: "eight under Article 132, four under Article 132-1, and two under ..."
        row = queue.pop(0)
        after = row.pos + len(row.number_text)
        if row.qualifier.startswith("Article "):
            m = _UNDER_ANOTHER.match(ctx.text[after:])
            # a figure compared with its year between ("15 cases under Article 181, compared with 19 in 2012, and
            # 11 cases under Article 171") is no figure of the list
            skip = rc.sub(rf"{NUMBER} (?:in|during) (?:19|20)\d\d", "", m.group("skip"), flags=IGNORECASE) if m else ""
            if m and HAS_NUMBER.search(rc.sub(rf"[Aa]rticles? {ARTICLE}", "", YEAR_RE.sub("", skip))):
                m = None
            qualifier = f"Article {m.group('art')}" if m else None
        else:
            m = and_form.match(ctx.text[after:])
            qualifier = m.group("form").lower() if m else None
        if not m:
            continue
        s = after + m.start("n")
        if s in claimed:
            continue
        value, flags = parse_count(m.group("n"))
        flags |= {"breakdown"} if row.is_breakdown else set()
        extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags, qualifier))
        claimed.add(s)
        if qualifier and qualifier.startswith("Article "):
            queue.append(extra[-1])
    for row in made:
        # "convicting eight traffickers, two under the Prevention and Combating of Trafficking in Persons Act
        # (PACOTIP)": a part set off by a comma with its own statute, the total's own statute none (batch 148,
        # south-africa-2018-intro; context._ASIDE keeps the part's statute from the total)
        if row.qualifier or row.value is None or row.indicator not in _STATUTE_STAGES:
            continue
        m = _APPOSITIVE_UNDER.match(ctx.text, row.pos + len(row.number_text))
        while m and (s := m.start("n")) not in claimed:
            qualifier = f"Article {m.group('art')}" if m.group("art") else m.group("law").strip()
            value, flags = parse_count(m.group("n"))
            extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags | {"breakdown"}, qualifier))
            claimed.add(s)
            # ("12 under the anti-trafficking law and 18 under the penal code": each part of the list)
            m = _NEXT_UNDER.match(ctx.text, m.end())
    groups = [r for r in made if r.indicator in _VICTIM_STAGES and _listed_group(r.qualifier) is not None]
    while groups:  # "identified 8,651 boys, 7,238 women, 5,532 girls, and 1,696 men": each group of the list a part
        row = groups.pop(0)
        m = _NEXT_GROUP.match(ctx.text, row.pos + len(row.number_text))
        if m is None or (s := m.start("n")) in claimed:
            continue
        value, flags = parse_count(m.group("n"))
        q = rules().qualifier_forms.get(m.group("g").lower(), m.group("g").lower())
        q = f"{_listed_group(row.qualifier)}{q}"  # "rescued 12 girls, eight boys": "rescued boys", as the first
        # the list's groups share its verb, so its year ("The government identified ... as trafficking victims")
        extra.append(out.add(ctx, row.indicator, number_text=m.group("n"), year=row.year,
                             flags=flags | {"breakdown"} | (row.flags & {"year_inferred", "year_ambiguous"}),
                             value=value, unit=row.unit, qualifier=q, pos=s, rule=COORDINATED))
        claimed.add(s)
        row.flags.add("breakdown")  # the list's first group is a part as much as the others
        groups.append(extra[-1])
    for row in made:
        # "identified 28 female victims and no male victims": the 28 are all the victims (phrasings.one-group-only)
        # and the female group's too
        only = row.rule == "phrasings.one-group-only"
        group = _ONE_GROUP.match(ctx.text, row.pos + len(row.number_text)) if only else None
        if group:
            q = rules().qualifier_forms.get(group.group(1).lower(), group.group(1).lower())
            extra.append(out.add(ctx, row.indicator, number_text=row.number_text, year=row.year,
                                 flags=row.flags | {"breakdown"}, value=row.value, unit=row.unit, qualifier=q,
                                 pos=row.pos, rule=COORDINATED))
    for row in made:
        # "identified 10 trafficking victims (seven labor and three sex trafficking) and 32 potential trafficking
        # victims": a second, wider count beside the total (`potential`, as "also identified 1,204 potential victims")
        # ... and cases so: "investigated two trafficking cases and 27 potential labor trafficking cases" (batch 55)
        cases = row.indicator == "investigations" and row.unit == "cases"
        # (a group's count with no total beside it, the year's one count of victims, is such a total too: "identified
        # 114 child forced labor victims and 1,628 potential trafficking victims"; batch 107, burkina-faso-2020)
        # (and a chain of two stages' group: "identifying and referring 92 child forced begging victims and 33
        # potential child trafficking victims", each stage's second count; batch 127, guinea-bissau-2023)
        group_only = row.rule in _GROUP_COUNT_RULES and not larger_total(out, row.indicator, row.value, row.year,
                                                                         ctx.sent.id)
        # (referrals too: "identifying and referring 92 child ... victims and 33 potential child trafficking victims",
        # the referral's second count as the identification's; batch 127)
        if (row.indicator not in ("victims_identified", "victims_assisted", "victims_referred") and not cases) or (
                (row.qualifier or row.is_breakdown) and not group_only):
            continue
        m = (_AND_POTENTIAL_CASES if cases else _AND_POTENTIAL).match(ctx.text, row.pos + len(row.number_text))
        if m is None and not cases:
            m = _AMONG_POTENTIAL.match(ctx.text, row.pos + len(row.number_text))
        if m is None or ((s := m.start("n")) in claimed and not (
                # (the referral's second count where the identification's was read at the same figure: one figure
                # of two stages, "identifying and referring 92 child ... victims and 33 potential ... victims")
                row.indicator in ("victims_identified", "victims_referred")
                and any(r.pos == s and r.rule == COORDINATED and r.qualifier == "potential"
                        and r.indicator in ("victims_identified", "victims_referred") for r in extra)
                and not any(r.pos == s and r.indicator == row.indicator for r in [*made, *extra]))):
            continue
        value, flags = parse_count(m.group("n"))
        extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags, "potential"))
        claimed.add(s)
    for row in [r for r in made if r.qualifier == "potential" and r.indicator in _VICTIM_STAGES]:
        # "In addition, ICCA identified and provided assistance to 185 potential child sex trafficking victims and 30
        # potential child labor victims": a second count's figure joined by "and" to another the text names potential
        # too is the second count's as well, `potential`, at each stage its verb names (residue25, cabo-verde-2020;
        # their groups and forms are no parts of a total the sentence gives)
        m = _AND_POTENTIAL_TOO.match(ctx.text, row.pos + len(row.number_text))
        if m is None or any(r.pos == m.start("n") and r.indicator == row.indicator for r in [*made, *extra]):
            continue
        value, flags = parse_count(m.group("n"))
        extra.append(_sibling(ctx, out, row, m.group("n"), m.start("n"), value, flags, "potential"))
        claimed.add(m.start("n"))
    return extra


_VICTIM_STAGES = ("victims_identified", "victims_assisted", "victims_referred", "victims_repatriated")
#: The rules that read a group's count with no total beside it (a total a second count of potential victims may follow)
_GROUP_COUNT_RULES = frozenset({IDENTIFIED_GROUP, "phrasings.identified-and-referred-group",
                                "phrasings.identified-and-referred-group-referral", "phrasings.group-chain-identified",
                                "phrasings.group-chain-referred"})
#: Groups of persons a list of parts names, one figure each ("8,651 boys, 7,238 women, 5,532 girls, and 1,696 men").
_LISTED_GROUPS = ("boys", "girls", "women", "men", "children", "minors", "adults")
def _listed_group(qualifier: str | None) -> str | None:
    """The words before the group a row's qualifier names ("" for "boys", "rescued " for "rescued girls"), or None
    when it names no group of persons a list of parts goes on with."""
    for group in _LISTED_GROUPS:
        if qualifier == group or (qualifier or "").endswith(f" {group}") and qualifier.startswith("rescued "):
            return qualifier[: -len(group)]
    return None


#: The next group of such a list after a group's figure (not "450 children and 207 parents": no group of victims).
_NEXT_GROUP = rc.lazy(
    rf" (?:[a-z-]+ ){{0,2}}?(?:boys|girls|women|men|children|minors|adults)(?:,? and|,) (?P<n>{NUMBER}) "
    rf"(?:(?:adult|child|minor|foreign|{{POTENTIAL}}) )?(?P<g>boys|girls|women|men|children|minors|adults)\b",
    IGNORECASE,
)
#: The group of a figure that is all the victims: " female victims and no male victims", " foreign trafficking victims
#: and zero Maltese victims" (batch 34).
_ONE_GROUP = rc.lazy(r" (?:(?:{POTENTIAL}|alleged) )?(female|male|adult|child|foreign) ", IGNORECASE)
#: A figure of potential victims joined by "and" to a total of victims (its words not "potential" themselves), perhaps
#: after the total's parts in brackets: "identified 45 victims and 12 presumed victims" ({POTENTIAL}, vocabulary.yml).
_AND_POTENTIAL = rc.lazy(
    rf"(?:(?! (?:{{POTENTIAL}})\b) [\w-]+){{0,3}}? victims(?: \([^()]*\))?,? and "
    rf"(?:an additional |another )?(?P<n>{NUMBER}) (?:{{POTENTIAL}}) "
    rf"(?:(?:trafficking|sex trafficking|labou?r trafficking|child|adult|foreign) )*victims\b",
    IGNORECASE,
)


#: A figure named potential joined by "and" to another so named: " potential child sex trafficking victims and 30
#: potential child labor victims".
_AND_POTENTIAL_TOO = rc.lazy(
    rf" (?:{{POTENTIAL}}) (?:[\w-]+ ){{0,4}}?victims,? and (?P<n>{NUMBER}) (?:{{POTENTIAL}}) "
    rf"(?:[\w-]+ ){{0,4}}?victims\b",
    IGNORECASE,
)


#: ... or the wider count of potential victims the total was drawn from, after "among": "identified and confirmed 119
#: trafficking victims among 487 potential victims", "the 82 confirmed victims identified and granted full protection
#: orders among the 2,229 potential victims" (batch 59's malaysia-2021)
_AMONG_POTENTIAL = rc.lazy(
    rf"(?:(?! (?:{{POTENTIAL}})\b) [\w-]+){{0,3}}? victims(?: \([^()]*\))?(?: [^.;()\d]{{0,60}}?)?,? among "
    rf"(?:the |a total of )?(?P<n>{NUMBER}) (?:{{POTENTIAL}}) "
    rf"(?:(?:trafficking|sex trafficking|labou?r trafficking|child|adult|foreign) )*victims\b",
    IGNORECASE,
)


#: ... and a figure of potential cases joined so to the year's cases: "investigated two trafficking cases and 27
#: potential labor trafficking cases" (batch 55's maldives-2020 and 2021).
_AND_POTENTIAL_CASES = rc.lazy(
    rf"(?:(?! (?:{{POTENTIAL}})\b) [\w-]+){{0,3}}? (?:cases|investigations)(?: \([^()]*\))?,? and "
    rf"(?:an additional |another )?(?P<n>{NUMBER}) (?:{{POTENTIAL}}) "
    rf"(?:(?:trafficking|sex trafficking|labou?r trafficking|forced labou?r|child|adult) )*(?:cases|investigations)\b",
    IGNORECASE,
)


def _sibling(ctx: Context, out: Rows, row: Row, number_text: str, pos: int, value: float, flags: set[str],
             qualifier: str | None) -> Row:
    """A figure coordinated with ``row`` ("14 ..., and 10 ..."): the same indicator and unit, dated where it stands;
    the years of the parts' own comparisons between them are not its ("552 suspects for sex trafficking (compared to
    523 in 2017), 30 for labor trafficking": the 30 are the 552's year's)."""
    gap = ctx.text[row.pos + len(row.number_text) : pos]
    if YEAR_RE.search(gap) and not YEAR_RE.search(rc.sub(PART_BRACKET, "", gap, flags=IGNORECASE)):
        year, yflags = row.year, row.flags & {"year_inferred", "year_ambiguous"}
    else:
        year, yflags = resolve_year(ctx, pos)
    return out.add(ctx, row.indicator, number_text=number_text, year=year, flags=flags | yflags, value=value,
                   unit=row.unit, qualifier=qualifier, pos=pos, rule=COORDINATED)


def form_beside_zero(ctx: Context, out: Rows, made: list[Row], zero_rows: list[Row]) -> list[Row]:
    """A count of one form beside the same stage's zero of another form in its sentence ("provided services to only
    three victims of labor trafficking and did not provide services to any victims of sex trafficking"): figures of two
    forms, the parts of a year whose total is not stated (the corpus README), so the count carries its form too (batch
    44's fiji-2021). ``made`` with those rows replaced."""
    forms = fragments()["FORMS"]
    zeros_of = {(z.indicator, z.year) for z in zero_rows
                if z.qualifier and rc.fullmatch(forms, z.qualifier, IGNORECASE)}
    if not zeros_of:
        return made
    named = rc.compile_cached(
        rf"^ (?:(?:{forms}) (?:victims?|cases?|traffickers?)\b|(?:[a-z][\w-]* ){{0,2}}?(?:of|for) (?:{forms})\b"
        rf"|(?P<who>sex|labou?r) traffickers?\b)", IGNORECASE)
    out_rows = []
    brackets: list[tuple[int, int, str, str]] = []
    for row in made:
        if (row.qualifier is None and row.value and (row.indicator, row.year) in zeros_of
                and (m := named.match(ctx.text[row.pos + len(row.number_text) :]))):
            form = (f"{m.group('who').lower().replace('labour', 'labor')} trafficking" if m.group("who")
                    else part_qualifier(rc.search(forms, m.group(), IGNORECASE).group().lower()))
            if not any(z.indicator == row.indicator and z.year == row.year and z.qualifier == form
                       for z in zero_rows):
                row = out.with_qualifier(row, form, set(row.flags) | {"breakdown"})
                # its comparison in the bracket right after its form (and year) is that form's too: "convicted eight
                # for sex trafficking in 2017 (11 in 2016); there were no forced labor convictions" (batch 98)
                if br := _BRACKET_AFTER_FORM.match(ctx.text, row.pos + len(row.number_text) + m.end()):
                    brackets.append((br.start("b"), br.end("b"), row.indicator, form))
        out_rows.append(row)
    if brackets:
        out_rows = [
            out.with_qualifier(r, b[3], set(r.flags) | {"breakdown"})
            if r.qualifier is None and (b := next((b for b in brackets if b[0] < r.pos < b[1] and b[2] == r.indicator),
                                                  None)) else r
            for r in out_rows
        ]
    return out_rows


def potential_beside_zero(ctx: Context, out: Rows, made: list[Row], zero_rows: list[Row]) -> list[Row]:
    """A count named as potential victims after the same stage's zero of (confirmed) victims in its sentence ("did not
    report identifying any trafficking victims, but did report identifying 380 potential trafficking victims"): a
    second count beside the year's total, which is the zero, so `potential` (the corpus README; batch 216's
    burkina-faso-2021). The year's only count, with no zero before it, stays unqualified. ``made`` with those rows
    replaced."""
    zeros = [(z.indicator, z.year, z.pos) for z in zero_rows if z.qualifier is None and z.value == 0]
    if not zeros:
        return made
    out_rows = []
    for row in made:
        # (a group's count named potential, "identified at least 399 potential child trafficking victims" after the
        # zero: the second count too, the group a part of that part, no row of its own; residue29a, burkina-faso-2022)
        group = row.rule == IDENTIFIED_GROUP and row.qualifier in GROUPS_NAMED and row.is_breakdown
        if ((row.qualifier is None or group) and row.value
                and row.indicator in ("victims_identified", "victims_assisted", "victims_referred")
                and any(i == row.indicator and y == row.year and at < row.pos for i, y, at in zeros)
                and _OWN_POTENTIAL_KIND.match(ctx.text, row.pos + len(row.number_text or ""))):
            row = out.with_qualifier(row, "potential", set(row.flags) - {"breakdown"})
        out_rows.append(row)
    return out_rows


def potential_compared(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """A figure of another year named as potential victims after the sentence's own second count of potential victims
    of the same stage ("identifying 851 trafficking victims and 2,844 potential trafficking victims; this was a
    significant increase from 1,750 potential victims identified ... the previous reporting period"): the figure
    compared continues that series, `potential` (fix216, burkina-faso-2019-protection; as a compared figure after the
    year's potential count, ``comparisons._potential_read_after``). ``made`` with those rows replaced."""
    seconds = [(r.indicator, r.year, r.pos) for r in made
               if r.qualifier == "potential" and not r.is_breakdown and r.value and r.year is not None]
    if _THIS_COMPARED.match(ctx.text) and ctx.prev is not None:
        # ... or the sentence before's, where this one only compares: "... identified at least 399 potential child
        # trafficking victims in 2021. This compared with identifying 380 potential victims ... during the previous
        # year" (residue29a, burkina-faso-2022)
        seconds += [(r.indicator, r.year, -1) for r in ctx.prev_rows if r.sentence_id == ctx.prev.id
                    and r.qualifier == "potential" and not r.is_breakdown and r.value and r.year is not None]
    if not seconds:
        return made
    out_rows = []
    dropped: set[int] = set()
    for row in made:
        # (its "including" list's figures are its groups, parts of a part, no rows: "380 potential victims, including
        # 70 children identified en route ... and 310 potential victims identified as part of the government's
        # campaign"; residue29a, burkina-faso-2022)
        listed = _INCLUDING_LIST.match(ctx.text, row.pos + len(row.number_text or "")) if row.number_text else None
        inside = [r for r in made if listed and listed.start("list") <= r.pos < listed.end("list")
                  and r.indicator == row.indicator]
        if (row.qualifier is None and row.value and row.year is not None and not row.is_breakdown
                and row.indicator in ("victims_identified", "victims_assisted", "victims_referred")
                and any(i == row.indicator and y != row.year and at < row.pos for i, y, at in seconds)
                and not any(r.indicator == row.indicator and r.year == row.year and r is not row
                            and r.qualifier is None and not r.is_breakdown and r not in inside for r in made)
                and _COMPARED_BEFORE.search(ctx.text, max(0, row.pos - 60), row.pos)
                and _OWN_POTENTIAL_KIND.match(ctx.text, row.pos + len(row.number_text or ""))):
            row = out.with_qualifier(row, "potential", set(row.flags))
            for r in inside:
                dropped.add(id(r))
                if out.holds(r):
                    out.rows.remove(r)
        out_rows.append(row)
    return [r for r in out_rows if id(r) not in dropped]


#: A count's "including" list right after its words, to the clause's end: ", including 70 children ... and 310 ...".
_INCLUDING_LIST = rc.lazy(r"[^;,()]{0,40}?,\s*(?P<list>including\b[^;]*?)(?=;|\.?$)", IGNORECASE)


#: The words that set a figure up as compared with the year's: "an increase from", "compared with", "down from"
#: (the stage's verb between: "compared with identifying 380 potential victims"; residue29a).
_COMPARED_BEFORE = rc.lazy(r"\b(?:compared (?:with|to)|(?:increase|decrease|rise|drop|decline) (?:from|over)|"
                           r"up from|down from|from)\s+(?:identifying\s+)?(?:(?:a total of|at least|more than|the) )?$",
                           IGNORECASE)
#: A sentence that only compares the one before: "This compared with ...", "This was a decrease from ...".
_THIS_COMPARED = rc.lazy(r"\s*(?:This|That|These figures|This figure)\s+(?:\w+\s+){0,3}?(?:compared|"
                         r"(?:increase|decrease|rise|drop|decline)\s+(?:from|over))\b")


#: The potential kind right after a figure, a group word perhaps between: " potential trafficking victims", " potential
#: child trafficking victims" (``potential_beside_zero``).
_OWN_POTENTIAL_KIND = rc.lazy(r"\s+(?:{POTENTIAL})\s+(?:(?:child|adult|sex|labou?r|trafficking|foreign)\s+){0,3}"
                              r"victims\b", IGNORECASE)


#: A bracket after a count's form and its year: " in 2017 (11 in 2016)" (``form_beside_zero``)
_BRACKET_AFTER_FORM = rc.lazy(r"(?: (?:in|during) (?:19|20)\d\d)? (?P<b>\([^()]*\))")


def form_siblings(ctx: Context, out: Rows, made: list[Row], claimed: set[int]) -> list[Row]:
    """The rest of a list of forms after its first part: "assisting 672 victims of sex trafficking, 425 victims of
    labor trafficking, and 159 victims of illegal recruitment". ``claimed`` grows."""
    forms = f"{fragments()['FORMS']}|{LIST_FORMS}"
    # (the first part's words may hold its verb: "one trafficker was convicted of labor trafficking and four were
    # convicted of sex trafficking")
    # (each part maybe with its own comparison after it: "552 suspects for sex trafficking (compared to 523 in 2017),
    # 30 for labor trafficking (compared to 27 in 2017), ..."; the bracket is read as the part's comparison)
    # (or its year between: "convicted seven for sex trafficking in 2018 (eight in 2017), and one for forced labor";
    # batch 33)
    first = rc.compile_cached(
        rf"^ (?:[a-z][\w-]* ){{0,3}}?(?:of|for) (?:{forms})(?: (?:in|during) (?:19|20)\d\d)?(?: {PART_BRACKET})?",
        IGNORECASE,
    )
    sibling = rc.compile_cached(
        rf"^,? (?:and )?(?P<n>{NUMBER}|none) (?:[a-z][\w-]* ){{0,2}}?(?:of|for) (?P<form>{forms})(?: {PART_BRACKET})?",
        IGNORECASE,
    )
    extra: list[Row] = []
    for row in [r for r in made if r.is_breakdown and r.rule != COORDINATED]:
        after = row.pos + len(row.number_text)
        head = first.match(ctx.text[after:])
        if not head or (row.qualifier or "") != head.group().rsplit(" ", 2)[-1] and row.qualifier not in head.group():
            continue
        pos = after + head.end()
        while m := sibling.match(ctx.text[pos:]):
            s = pos + m.start("n")
            pos += m.end()
            if s in claimed:
                continue
            none = m.group("n").lower() == "none"  # "... and none for sex trafficking"
            value, flags = (0.0, {"zero_stated"}) if none else parse_count(m.group("n"))
            extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags | {"breakdown"},
                                  part_qualifier(m.group("form"))))
            claimed.add(s)
    # the rest of a list of parts named by their form before or after "victims", each with its bracket: "31 female
    # sex trafficking victims (37 in 2016) and three labor trafficking victims (four in 2016), along with 12
    # additional victims of forced labor ... (nine in 2016)"
    words = rc.compile_cached(r"^ (?:[a-z-]+ ){0,3}?victims?\b(?: of [a-z -]+?(?= \(|,|$))?(?:\s*\([^()]*\))?")
    named = rc.compile_cached(
        rf"^,? (?:and |along with |as well as )(?P<n>{NUMBER}) (?:additional |more |other )?"
        rf"(?:(?P<f1>{fragments()['FORMS']}) victims?|victims? of (?P<f2>{fragments()['FORMS']}))\b", IGNORECASE
    )
    for row in [r for r in made if r.is_breakdown and r.qualifier
                and rc.fullmatch(fragments()["FORMS"], r.qualifier, IGNORECASE)]:
        pos = row.pos + len(row.number_text)
        while (head := words.match(ctx.text[pos:])) and (m := named.match(ctx.text[pos + head.end() :])):
            s = pos + head.end() + m.start("n")
            pos += head.end() + m.start("n") + len(m.group("n"))
            if s in claimed:
                continue
            value, flags = parse_count(m.group("n"))
            extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags | {"breakdown"},
                                  part_qualifier(m.group("f1") or m.group("f2"))))
            claimed.add(s)
    # the rest of a list of groups given care: "provided shelter for one child, two females, and one male"
    forms_of = rules().qualifier_forms
    for row in [r for r in made if r.rule in _GROUP_RULES]:
        pos = row.pos + len(row.number_text)
        head = _GROUP_HEAD.match(ctx.text[pos:])
        pos += head.end() if head else 0
        while head and (m := _GROUP_SIBLING.match(ctx.text[pos:])):
            s = pos + m.start("n")
            pos += m.end()
            if s in claimed:
                continue
            value, flags = parse_count(m.group("n"))
            g = m.group("g").lower()
            extra.append(_sibling(ctx, out, row, m.group("n"), s, value, flags | {"breakdown"},
                                  forms_of.get(g, g) or g))
            claimed.add(s)
    return extra


#: A part's qualifier that names a statute ("Article 149", "Section 360(A)", "old penal code"): a part by statute.
_STATUTE_PART = rc.lazy(r"^(?:Articles?|Sections?) |\b(?:penal|criminal) code$")

#: Rules that read a group given care or referred ("assisted 223 children"): a list of groups may follow.
_GROUP_RULES = ("phrasings.assisted-group", "phrasings.referred-group", "phrasings.care-for-groups")
_GROUP_WORDS = r"child|children|minors?|females?|males?|wom[ae]n|m[ae]n|girls?|boys?"
_GROUP_HEAD = rc.lazy(rf"^ (?:{_GROUP_WORDS})\b", IGNORECASE)
_GROUP_SIBLING = rc.lazy(rf"^,? (?:and )?(?P<n>{NUMBER}) (?P<g>{_GROUP_WORDS})\b(?! and (?:{_GROUP_WORDS})\b)",
                            IGNORECASE)


def parenthetical(ctx: Context, out: Rows, made: list[Row], claimed: set[int] | None = None) -> list[Row]:
    """ "45 cases (31 sex trafficking, 12 labor trafficking, and two unspecified)": parts of a total.

    "(67 in 2021)" after a figure is a comparison with that year, not a part.
    """
    extra: list[Row] = []
    for row in list(made):
        if row.value is None:
            continue  # a part's bracket is read for the year it compares only ("... in 2018 (none in 2017)")
        shares = _shares_of_totals(ctx, out, row)
        # ("the government identified only 33 of the 95 official and potential victims (60 in 2017)": the bracket
        # after the total restated is the share's, the figure the clause counts; residue6, albania-2019)
        found = shares or _parts(ctx, out, _share_before(ctx, made, row) or _joint_base(ctx, made, row) or row,
                                 row.pos + len(row.number_text))
        if row.qualifier == ARRESTED:
            # "Police arrested 65 individuals ... (18 for sex trafficking and 47 for unspecified exploitation)":
            # suspects arrested are a series of their own, `arrested` (the corpus README); a form as qualifier would
            # file their parts beside the suspects investigated, and one qualifier holds one of the two: no parts (the
            # bracket's other years stay; batch 40, ecuador-2022)
            for part in [p for p in found if p.is_breakdown and p.qualifier != ARRESTED]:
                found.remove(part)
                if out.holds(part):
                    out.rows.remove(part)
        for part in [p for p in found if p.is_breakdown and p.qualifier and _STATUTE_PART.search(p.qualifier)]:
            # "190 investigations (171 investigations under article 149 and 19 ... under article 149a)": a count rule's
            # reading of a listed part by its own noun, without the statute the part is under (batch 69's brazil-2018)
            for other in [r for r in out.rows if r.sentence_id == ctx.sent.id and r.pos == part.pos
                          and r.indicator == part.indicator and r.year == part.year and not r.qualifier
                          and not r.is_breakdown]:
                out.rows.remove(other)
                if other in made:
                    made.remove(other)
        extra += found
        extra += _each_year(ctx, out, row)
        if not found:
            extra += _service_parts(ctx, out, row, made)
    return extra + _respectively(ctx, out, made) + _share_years(ctx, out, made, set() if claimed is None else claimed)


def _restated_sum_before(ctx: Context) -> Row | None:
    """The figure the sentence before restated to open its parts ("Of the 204 victims, 127 were Venezuelan, 27 Haitian,
    ...") where its parts add up to it and it is no row of its own (the sum of two counts): the whole "Of these, 151
    were female and 53 male" refers to, the next sentence's parts (residue16, guyana-2021). A row not added to the
    table, or None."""
    if ctx.prev is None or not _OF_THESE_LEAD.match(ctx.text):
        return None
    restated = _RESTATED_PART.match(ctx.prev.text)
    parts = [r for r in ctx.prev_rows if r.sentence_id == ctx.prev.id and r.is_breakdown and r.value is not None]
    if restated is None or len(parts) < 2 or len({(r.indicator, r.year) for r in parts}) != 1:
        return None
    n = parse_number(restated.group("n"))
    if n is None or sum(r.value or 0 for r in parts) != n:
        return None
    return dataclasses.replace(parts[0], value=n, qualifier=None, flags=parts[0].flags - {"breakdown"})


_OF_THESE_LEAD = rc.lazy(r"^(?:Of|Among) (?:these|those|them)\b", IGNORECASE)


#: The bracket right after a count's noun: "five victims (127 sex trafficking victims and 77 ...)".
_BRACKET_AFTER_NOUN = rc.lazy(r"(?:\s+[\w-]+){0,3}?\s+\((?P<b>[^()]*)\)")


def _joint_base(ctx: Context, made: list[Row], row: Row) -> Row | None:
    """The year's count and the NGOs' additional count before it, added up, where the bracket after the NGOs' count
    gives parts adding up to that sum ("the government identified 199 victims and NGOs an additional five victims (127
    sex trafficking victims and 77 labor trafficking victims)": parts of the 204 victims of the year, filed as the
    year's; residue16, guyana-2021). A row not added to the table, or None."""
    if row.qualifier != "by NGOs or international organizations" or row.value is None:
        return None
    whole = next((r for r in made if r.indicator == row.indicator and r.year == row.year and r.pos < row.pos
                  and r.is_whole and r.value), None)
    bracket = _BRACKET_AFTER_NOUN.match(ctx.text, row.pos + len(row.number_text or ""))
    if whole is None or whole.value is None or bracket is None or rc.search(r"\b(?:19|20)\d\d\b", bracket.group("b")):
        return None
    figures = [parse_number(m.group()) for m in _FIGURE.finditer(bracket.group("b"))]
    if len(figures) < 2 or any(f is None for f in figures) or sum(figures) != whole.value + row.value:
        return None
    return dataclasses.replace(whole, value=whole.value + row.value)


#: The total restated right after the figure of a body's share of it (counts.SHARE_OF_TOTAL): " of the 40".
_OF_RESTATED = rc.lazy(rf"^\s+of (?:the|these|those) {NUMBER}\b", IGNORECASE)


def _share_before(ctx: Context, made: list[Row], row: Row) -> Row | None:
    """The body's share read right before ``row``'s figure, which restates the total it is of ("identified only 33 of
    the 95 ... victims": the 33, `by the government`), or None."""
    m = rc.search(rf"(?P<n>{NUMBER}) of (?:the|these|those) $", ctx.text[max(0, row.pos - 40) : row.pos])
    if m is None:
        return None
    at = max(0, row.pos - 40) + m.start("n")
    return next((r for r in made if r.pos == at and r.indicator == row.indicator
                 and (r.qualifier or "").startswith("by ")), None)


#: A list of services after the victims given care or referred, each named before its figure: "including entrance into
#: its crisis housing program for six victims and entrance into its safe accommodation program for another six
#: victims", "including ... as well as housing for two victims" (residue, slovenia-2021 and 2022).
_SERVICE_LIST = rc.lazy(r"^(?: [\w-]+){0,6}?,? including\b(?P<body>[^;.]*)", IGNORECASE)
_SERVICE_ITEM = rc.lazy(
    rf"(?:^|,|\band\b|\bas well as\b)\s*(?:(?:entrance|entry|admission|enrollment|placement) (?:into|in|to) |"
    rf"(?:providing|offering|giving) )?(?:its |a |an |the |their )?(?P<q>(?:[\w-]+ ){{0,2}}?(?:{{SERVICES}}))"
    rf"(?: programs?| services?)? (?:for|to) (?:another |an additional |a further )?(?P<n>{NUMBER}) "
    rf"(?:(?:trafficking|identified) )?victims\b",
    IGNORECASE,
)
_CARE_STAGES = ("victims_assisted", "victims_referred")


def _service_parts(ctx: Context, out: Rows, row: Row, made: list[Row]) -> list[Row]:
    """Each service's part of the victims given care (or referred) the list after the figure names, with its service as
    qualifier (the corpus README's service convention: beside the year's count of victims assisted or referred); a
    count rule's whole reading of the same figure ("counseling for another 11 victims" read as the year's) gives way."""
    if row.indicator not in _CARE_STAGES or not _is_total(row):
        return []
    after = row.pos + len(row.number_text)
    lead = _SERVICE_LIST.match(ctx.text[after:])
    if lead is None:
        return []
    parts = []
    body_at = after + lead.start("body")
    for m in _SERVICE_ITEM.finditer(lead.group("body")):
        if depth(ctx.text, body_at + m.start("n")):
            continue
        value, flags = parse_count(m.group("n"))
        if row.value is None or value is None or value >= row.value:
            continue
        q = part_qualifier(m.group("q").lower())
        at = body_at + m.start("n")
        for whole in [r for r in made if r.pos == at and r.indicator == row.indicator and r.qualifier is None]:
            made.remove(whole)
            if out.holds(whole):
                out.rows.remove(whole)
        parts.append(out.add(ctx, row.indicator, number_text=m.group("n"), year=row.year,
                             flags=flags | {"breakdown"} | (row.flags & {"year_inferred", "year_ambiguous"}),
                             value=value, unit=row.unit, qualifier=q, pos=body_at + m.start("n"), confidence=0.8,
                             rule=INCLUDING))
    return parts


#: "(118 and 45, respectively, in 2017)": a figure of another year for each figure before the bracket, in order.
_RESPECTIVELY = rc.lazy(
    rf"\((?P<list>{NUMBER}(?:, {NUMBER})*,? and {NUMBER}),? respectively,? (?:in|during|for) (?P<y>(?:19|20)\d\d)\)",
    IGNORECASE,
)


def _respectively(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "77 potential victims contacted ROSA and 35 ultimately accepted shelter (118 and 45, respectively, in 2017)":
    the bracket's figures are, in order, those of the figures before it in that year; a figure read as a row (the 35)
    gives a row of the year (the 45), one read as none (the 77 contacts) gives none."""
    extra: list[Row] = []
    for m in _RESPECTIVELY.finditer(ctx.text):
        values = list(HAS_NUMBER.finditer(m.group("list")))
        before = [f for f in ctx.figures(0, m.start()) if depth(ctx.text, f.start()) == 0][-len(values):]
        if len(before) != len(values):
            continue
        for figure, value in zip(before, values, strict=True):
            for row in [r for r in made if r.pos == figure.start() and r.value is not None]:
                own = {"year_inferred", "year_ambiguous", "approximate", "lower_bound"}  # the row's, not the bracket's
                extra.append(out.add(ctx, row.indicator, number_text=value.group(), year=int(m.group("y")),
                                     flags=row.flags - own,
                                     value=parse_number(value.group()), unit=row.unit, qualifier=row.qualifier,
                                     pos=m.start("list") + value.start(), confidence=0.85, rule=row.rule))
    return extra


#: A list of two or more forms each in quotation marks: "“illegal marriage” and “illegal adoption,”".
_QUOTED_FORMS = rc.lazy(r"“[^“”]{2,40}”(?:,? (?:and |or )?“[^“”]{2,40}”)+")


def respectively_forms(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "Seventy-six individuals were victims of unspecified trafficking, which in prior years included “illegal
    marriage” and “illegal adoption,” neither of which was ... (64 and three, respectively, in 2020)": a "respectively"
    bracket of that year after a list of quoted forms with no figure of their own, as many forms as figures, gives each
    form's part of the stage the sentence's count before them is of, that year (residue22, vietnam-2022; the bracket
    after figures is :func:`_respectively`'s)."""
    if "respectively" not in ctx.text or "“" not in ctx.text:
        return []
    extra: list[Row] = []
    for m in _RESPECTIVELY.finditer(ctx.text):
        if any(r.sentence_id == ctx.sent.id and m.start() <= r.pos < m.end() for r in out.rows):
            continue  # (its figures read already: the figures' before it)
        forms = [f for f in _QUOTED_FORMS.finditer(ctx.text, 0, m.start())
                 if not HAS_NUMBER.search(ctx.text, f.end(), m.start())]
        base = max((r for r in made if r.value is not None and forms and r.pos < forms[-1].start()
                    and r.unit == "victims"), key=lambda r: r.pos, default=None)
        values = list(HAS_NUMBER.finditer(m.group("list")))
        items = rc.findall(r"“([^“”]+)”", forms[-1].group()) if forms else []
        if base is None or len(items) != len(values):
            continue
        for item, value in zip(items, values, strict=True):
            extra.append(out.add(ctx, base.indicator, number_text=value.group(), year=int(m.group("y")),
                                 flags={"breakdown"}, value=parse_number(value.group()), unit=base.unit,
                                 qualifier=part_qualifier(item.strip(" ,")), pos=m.start("list") + value.start(),
                                 confidence=0.8, rule=rules().back_reference.id))
    return extra


#: "(34 of 135 involved forced labor in 2017 and 12 of 45 in 2016)": each year's count and its share of one form.
_SHARE_ITEM = rf"{NUMBER} of {NUMBER}(?: [^,;()]{{0,40}}?)? (?:in|during) (?:19|20)\d\d"
_SHARE_YEAR = rc.lazy(rf"(?P<n>{NUMBER}) of (?P<m>{NUMBER})(?: [^,;()]{{0,40}}?)? (?:in|during) (?P<y>(?:19|20)\d\d)",
                      IGNORECASE)


@cache
def _share_years_rx() -> re.Pattern:
    """The bracket of :func:`_share_years` (built once: it names the forms of vocabulary.yml)."""
    return compiled(rf"\((?P<body>{NUMBER} of {NUMBER} (?:[\w-]+ ){{0,2}}?(?:involved|concerned|were for|were) "
                    rf"(?P<form>{fragments()['FORMS']}) (?:in|during) (?:19|20)\d\d(?:,? (?:and )?{_SHARE_ITEM})*)\)")


@cache
def _share_years_asked_rx() -> re.Pattern:
    """The same bracket after the words that name its form, the shares alone in it: "did not report how many involved
    forced labor (21 of 90 in 2019)"."""
    return compiled(rf"\bhow many (?:[\w-]+ ){{0,2}}?(?:involved|concerned|were for|were) "
                    rf"(?P<form>{fragments()['FORMS']})"
                    rf"\b[^()]{{0,80}}?\((?P<body>{_SHARE_ITEM}(?:,? (?:and )?{_SHARE_ITEM})*)\)")


def _share_years(ctx: Context, out: Rows, made: list[Row], claimed: set[int]) -> list[Row]:
    """ "Prosecutors initiated 79 investigations ...; the government did not report how many involved forced labor as
    it had reported in previous years (34 of 135 involved forced labor in 2017 and 12 of 45 in 2016)": the whole of
    each share is that year's count of the figure before the bracket (with its agency), and the share its part of the
    form named (an agency's count has no parts read)."""
    extra: list[Row] = []
    told = list(_share_years_rx().finditer(ctx.text))
    bodies = {m.start("body") for m in told}
    for m in told + [m for m in _share_years_asked_rx().finditer(ctx.text) if m.start("body") not in bodies]:
        count = [r for r in made if r.pos < m.start() and r.value is not None and depth(ctx.text, r.pos) == 0
                 and r.theme == "prosecution" and (r.qualifier is None or r.qualifier.startswith("by "))]
        if not count:
            continue
        row = count[-1]
        form = part_qualifier(m.group("form").lower())
        for item in _SHARE_YEAR.finditer(ctx.text, m.start("body"), m.end("body")):
            year = int(item.group("y"))
            flags = row.flags - {"year_inferred", "year_ambiguous", "approximate", "lower_bound"}
            whole, _ = parse_count(item.group("m"))
            extra.append(out.add(ctx, row.indicator, number_text=item.group("m"), year=year, flags=flags, value=whole,
                                 unit=row.unit, qualifier=row.qualifier, pos=item.start("m"), confidence=0.8,
                                 rule=BRACKET))
            claimed.add(item.start("n"))  # the share is read with its whole (or, of an agency's count, not at all)
            if row.qualifier is None:
                share, _ = parse_count(item.group("n"))
                extra.append(out.add(ctx, row.indicator, number_text=item.group("n"), year=year, flags={"breakdown"},
                                     value=share, unit=row.unit, qualifier=form, pos=item.start("n"), confidence=0.8,
                                     rule=BRACKET))
    return extra


#: "(25 of 28 total victims in 2015 and 34 of 41 total victims in 2014)": each year's share of its total victims.
_TOTAL_SHARE_ITEM = (rf"{NUMBER} of {NUMBER} (?:total|identified) (?:identified )?victims(?: identified)? "
                     rf"(?:in|during) (?:19|20)\d\d")
_TOTAL_SHARES = rc.lazy(rf"\((?P<body>{_TOTAL_SHARE_ITEM}(?:,? (?:and )?{_TOTAL_SHARE_ITEM})*)\)", IGNORECASE)
_TOTAL_SHARE = rc.lazy(rf"(?P<n>{NUMBER}) of (?P<m>{NUMBER}) [^,;()]*?(?:in|during) (?P<y>(?:19|20)\d\d)", IGNORECASE)


def _shares_of_totals(ctx: Context, out: Rows, row: Row) -> list[Row]:
    """ "Of the 45 victims, 21 entered the government-funded victim care program in 2016 (25 of 28 total victims in
    2015 and 34 of 41 total victims in 2014)": the bracket in the figure's clause gives, for each year it names, the
    figure's count (the share) and the year's total of victims identified (the whole it is a share of)."""
    if row.theme != "protection" or row.qualifier is not None or row.is_breakdown:
        return []
    start = row.pos + len(row.number_text)
    end = min(i for i in (ctx.text.find(";", start), len(ctx.text)) if i >= 0)
    m = _TOTAL_SHARES.search(ctx.text, start, end)
    if m is None or depth(ctx.text, row.pos) > 0:
        return []
    extra: list[Row] = []
    for item in _TOTAL_SHARE.finditer(ctx.text, m.start("body"), m.end("body")):
        year = int(item.group("y"))
        for group, indicator in (("n", row.indicator), ("m", "victims_identified")):
            if any(r.sentence_id == ctx.sent.id and r.pos == item.start(group) and r.indicator == indicator
                   for r in out.rows):
                continue  # ("nine of 15 identified victims in 2019": the 15 read by a count rule already)
            value, flags = parse_count(item.group(group))
            extra.append(out.add(ctx, indicator, number_text=item.group(group), year=year, flags=flags, value=value,
                                 pos=item.start(group), confidence=0.8, rule=BRACKET))
    return extra


#: "(one investigation each in 2018 and 2017)": the same figure for each year named, later in the clause.
_EACH_YEAR = rc.lazy(
    rf"\((?P<n>{NUMBER}) (?P<noun>[a-z]+) each in (?P<a>(?:19|20)\d\d),? and (?P<b>(?:19|20)\d\d)\)", IGNORECASE
)
_NOUN_OF = {"investigations": "investigat", "prosecutions": "prosecut", "convictions": "convict",
            "suspects": "suspect", "victims_identified": "victim"}


def _each_year(ctx: Context, out: Rows, row: Row) -> list[Row]:
    """ "Authorities investigated one case of a construction company ... (one investigation each in 2018 and 2017)":
    the bracket, anywhere in the figure's clause, gives the indicator's figure of each year it names."""
    start = row.pos + len(row.number_text)
    end = min(i for i in (ctx.text.find(";", start), len(ctx.text)) if i >= 0)
    m = _EACH_YEAR.search(ctx.text, start, end)
    stem = _NOUN_OF.get(row.indicator)
    if m is None or stem is None or not m.group("noun").lower().startswith(stem) or row.is_breakdown:
        return []
    value, flags = parse_count(m.group("n"))
    return [out.add(ctx, row.indicator, number_text=m.group("n"), year=int(m.group(y)), flags=flags, value=value,
                    unit=row.unit, qualifier=row.qualifier, pos=m.start("n"), confidence=0.8, rule=BRACKET)
            for y in ("a", "b")]


#: Cases of officials' complicity among a count's parts are the officials' (officials_* count persons), no form.
_COMPLICITY = rc.lazy(r"\b(?:complicity|complicit|corruption)\b", IGNORECASE)
#: An official (or several) as a listed item of persons prosecuted or convicted: "including one police officer", "a
#: government official" (the officials_* patterns read them; batch 156)
_OFFICIAL_ITEM = rc.lazy(
    r"(?:(?:corrupt|complicit|allegedly|alleged|suspected|former|government|public|local|senior|police|law enforcement"
    r"|military|border|immigration|customs) )*(?:officials?|officers?|bureaucrats?|civil servants?|border guards?)\s*$",
    IGNORECASE)
_OFFICIAL_STAGES = frozenset({"prosecutions", "convictions"})
#: A bracket that compares a year's persons and cases: "(15 defendants in nine cases in 2019)".
_PERSONS_IN_CASES = rc.lazy(
    rf"(?P<p>{NUMBER}) (?:[\w-]+ )?(?:defendants|traffickers|suspects|individuals|persons|people|offenders) in "
    rf"(?P<c>{NUMBER}) (?:[\w-]+ )?cases (?:in|during) (?P<y>(?:19|20)\d\d)",
    IGNORECASE,
)


def _persons_in_cases(ctx: Context, out: Rows, row: Row, body_start: int, body: str) -> list[Row] | None:
    """ "Courts convicted 20 defendants in 12 trafficking cases in 2020 (15 defendants in nine cases in 2019)": the
    bracket after the cases compares that year's figure of each unit (None when the bracket is no such comparison)."""
    m = _PERSONS_IN_CASES.fullmatch(body.strip())
    if m is None or row.unit != "cases" or row.theme != "prosecution" or row.is_breakdown:
        return None
    made = []
    for group, unit in (("p", "persons"), ("c", "cases")):
        value, flags = parse_count(m.group(group))
        made.append(out.add(ctx, row.indicator, number_text=m.group(group), year=int(m.group("y")), flags=flags,
                            value=value, unit=unit, qualifier=row.qualifier, pos=body_start + m.start(group),
                            confidence=0.8, rule=BRACKET))
    return made


#: A bracket that compares a year's figure named by its stage's noun: "(38 investigations in 2020)".
_STAGE_NOUN_YEAR = rc.lazy(rf"(?P<n>{NUMBER}) (?:[\w-]+ )?(?P<noun>[a-z]+) (?:in|during) (?P<y>(?:19|20)\d\d)",
                           IGNORECASE)
#: The stage noun a count is compared by: persons investigated (`suspects`) by their investigations too.
_STAGE_NOUN_OF = {"suspects": "investigation", "investigations": "investigation", "prosecutions": "prosecution",
                  "convictions": "conviction"}


def _stage_noun_year(ctx: Context, out: Rows, row: Row, body_start: int, body: str) -> list[Row] | None:
    """ "prosecutors investigated 45 individuals for trafficking (38 investigations in 2020)": the bracket compares
    the figure's count of that year in the figure's unit, though it names the stage's noun (a count rule reads it as
    cases, and the bracket reader as a part named "investigations"); batch 40's probes, as comparisons._align_units
    reads "..., down from 52 investigations in 2020". None when it is no such bracket."""
    m = _STAGE_NOUN_YEAR.fullmatch(body.strip())
    stem = _STAGE_NOUN_OF.get(row.indicator)
    if (m is None or stem is None or row.is_breakdown or row.qualifier
            or not m.group("noun").lower().startswith(stem)):
        return None
    pos = body_start + len(body) - len(body.lstrip()) + m.start("n")
    for other in [r for r in out.rows if r.sentence_id == ctx.sent.id and r.pos == pos]:
        out.rows.remove(other)  # the count rule's reading of "38 investigations" in cases
    value, flags = parse_count(m.group("n"))
    return [out.add(ctx, row.indicator, number_text=m.group("n"), year=int(m.group("y")), flags=flags, value=value,
                    unit=row.unit, qualifier=None, pos=pos, confidence=0.8, rule=BRACKET)]


#: A bracket that restates another year's count with a share of it: "(15 individuals abroad, four of whom returned to
#: Australia in 2017)".
_OF_WHOM_YEAR = rc.lazy(rf"^(?P<n>{NUMBER}) [^()]*?, {NUMBER} of (?:whom|which) [^()]*\b(?P<year>(?:19|20)\d\d)\b",
                        IGNORECASE)


#: The confirmed kind a count is named by, right after its figure: "48 official victims", "five officially recognized
#: victims" (vocabulary.yml CONFIRMED).
_OWN_CONFIRMED = rc.lazy(r"\s+(?:{CONFIRMED})\s+(?:trafficking\s+)?victims\b", IGNORECASE)


#: A count named as potential victims, right after its figure, and a bracket that gives only the confirmed ones among
#: them: "61 potential trafficking victims (22 confirmed trafficking victims) in 2019" (batch 76, panama-2021).
_OWN_POTENTIAL = rc.lazy(r"\s+(?:{POTENTIAL})\s+(?:(?:sex|labou?r)\s+)?(?:trafficking\s+)?victims\b", IGNORECASE)
_CONFIRMED_ONLY = rc.lazy(rf"(?P<n>{NUMBER})\s+(?:{{CONFIRMED}})\s+(?:(?:sex|labou?r)\s+)?(?:trafficking\s+)?victims?",
                          IGNORECASE)


def _confirmed_among_potential(ctx: Context, out: Rows, row: Row, body: str, body_start: int) -> list[Row] | None:
    """ "61 potential trafficking victims (22 confirmed trafficking victims)": the confirmed are the year's count and
    the potential the second count beside it, `potential` (the corpus README, albania-2021 and portugal-2020's
    convention); None where the figure is not a potential count or the bracket names more than the confirmed."""
    if row.qualifier is not None or row.is_breakdown or row.indicator != "victims_identified":
        return None
    if not _OWN_POTENTIAL.match(ctx.text, row.pos + len(row.number_text or "")):
        return None
    confirmed = _CONFIRMED_ONLY.fullmatch(body.strip())
    if not confirmed:
        return None
    if out.holds(row):
        out.rows.remove(row)
    potential = out.add(ctx, row.indicator, number_text=row.number_text, year=row.year, flags=row.flags - {"breakdown"},
                        value=row.value, unit=row.unit, qualifier="potential", pos=row.pos, confidence=row.confidence,
                        rule=row.rule)
    n = confirmed.group("n")
    first = body_start + body.index(n)
    count = out.add(ctx, row.indicator, number_text=n, year=row.year, flags=row.flags - {"breakdown"},
                    value=parse_number(n), unit=row.unit, qualifier=None, pos=first, confidence=0.8, rule=BRACKET)
    return [potential, count]


def _in_aside(body: str, item: re.Match) -> bool:
    """The item stands inside an "(including ...)" bracket of the list's body, or is the last before its close."""
    if any(d.start() < item.start() < d.end() for d in rc.finditer(_DASH_ASIDE, body)):
        return True  # "—only one of which was a foreign national and 18 were children—": a remark's sub-parts
    paren = body.rfind("(", 0, item.start())
    return (paren >= 0 and ")" not in body[paren : item.start()]
            and (bool(rc.match(r"\(including\s", body[paren:])) or body.startswith(")", item.end())))


#: "including" right after a figure's words inside a list's body: what follows is that figure's own sub-part.
_INCLUDING_AFTER_ITEM = rc.lazy(rf"{NUMBER}\s[^,;()]*?[a-z],?\s+including\s+(?:{_BOUND}\s+)?$", IGNORECASE)
#: A group of persons, the whole of an item's words: "one minor", "two girls", "three female victims".
_GROUP_ITEM = rc.lazy(rf"(?:{_GROUP_WORDS}|adults?)(?:\s+(?:trafficking\s+)?victims?)?", IGNORECASE)


def _included_group(body: str, item: re.Match) -> bool:
    """The item is a group of persons "including" right after another figure's words in the same body: "(13 sex
    trafficking victims, including one minor and one labor trafficking victim)" names the minor among the 13, a
    sub-part of a part (README: a bracket of groups after a part is no part; residue22, trinidad-and-tobago-2019). A
    list that opens with "including" has no figure before its first item, and its groups stay parts."""
    return (_INCLUDING_AFTER_ITEM.search(body, 0, item.start()) is not None
            and _GROUP_ITEM.fullmatch(item.group("q").strip()) is not None)


def _finer_form(body: str, item: re.Match, forms: str) -> bool:
    """The item, in a bracket, is a finer form in a form's part: "70 victims of forced labor (including three for
    forced criminality, ..., and one for forced begging)" (the README's finer form in a form, a part, the last before
    the close too; batch 70's poland-2021 to 2023). Not a group ("22 sex trafficking victims (including six girls, two
    boys)", sub-parts) nor another year's figure ("(30 in 2019)")."""
    paren = body.rfind("(", 0, item.start())
    return (paren >= 0 and bool(rc.match(r"\(including\s", body[paren:]))
            and bool(rc.search(rf"\b(?:{forms})\s*$", body[:paren], IGNORECASE))
            and bool(rc.fullmatch(rf"(?:victims? )?(?:for|of|in) (?:{forms}|{fragments()['FINER_FORMS']})",
                                  item.group("q").strip(), IGNORECASE)))


def _is_form(words: str | None) -> bool:
    """The words name a form of trafficking (vocabulary.yml FORMS, FINER_FORMS): "labor trafficking", "bonded labor"."""
    return bool(words) and bool(rc.fullmatch(rf"(?:{fragments()['FORMS']}|{fragments()['FINER_FORMS']})", words,
                                              IGNORECASE))


def _own_kind(ctx: Context, row: Row, body_start: int) -> bool:
    """The year's count, whole (no part), is itself named by the confirmed kind a bracket's figure is labelled by: the
    figure is the count's of the bracket's year (batch 60)."""
    if row.qualifier is not None or row.is_breakdown:
        return False
    start = row.pos + len(row.number_text or "")
    return start < body_start and bool(_OWN_CONFIRMED.match(ctx.text, start))


#: A second figure of the same noun after "and", then a bracket of one figure of another year: " potential victims of
#: trafficking and 92 potential victims of illegal recruitment to IACAT task forces (286 in 2018)" (the groups of
#: _parts' bracket, "dash" and "hyphen" never matching).
_SIBLING_BRACKET = rc.lazy(
    rf"(?P<noun>(?: [\w-]+){{1,3}}?) victims\b[^()\d;.]{{0,80}}? and (?P<n>{NUMBER})(?P=noun) victims\b"
    rf"[^()\d;.]{{0,80}}?"
    rf"\((?P<body>{NUMBER} in (?:19|20)\d\d)\)(?P<dash>(?!))?(?P<hyphen>(?!))?", IGNORECASE)


#: A listed item's words that name its cases new and carried over, then the statute they were under: "new and ongoing
#: investigations under the old penal code" (residue6, brazil-2018).
_NEW_UNDER = rc.lazy(r"(?:new(?: and (?:ongoing|continuing|pending))? )?(?:{LAW_STAGE_NOUNS}|cases?) under "
                     r"(?:the |its |a )?(?P<q>(?:[\w’-]+ ){0,3}?(?:{STATUTE_KINDS}))", IGNORECASE)
#: ... after an item "22 new": " and 20 ongoing investigations under article 149", the words that name both.
_AND_CARRIED = rc.lazy(rf"\s*and {NUMBER} (?:ongoing|continuing|pending|carried-over) "
                       rf"(?P<rest>(?:{{LAW_STAGE_NOUNS}}|cases?) under [^,;()]+?)(?=,|;|$|\))", IGNORECASE)


#: A part's sub-part aside and the bracket after it that names "victims": ", including 26 children (76 victims in
#: 2019)" (the text after the part's figure, as _parts' bracket is matched; residue14).
_PAST_SUB_PART = rc.lazy(
    rf"[^()—–,;.]{{0,60}}?, including (?:{_BOUND} )?(?P<n>{NUMBER}) (?:[a-z-]+ )?"
    rf"(?:children|minors|girls|boys|women|men|adults|females|males)\s*"
    rf"\((?P<body>{NUMBER} victims in (?:19|20)\d\d)\)", IGNORECASE)


def _unread_sibling_bracket(ctx: Context, out: Rows, after_number: int) -> re.Match | None:
    """The bracket of one figure of another year after a sibling figure of the same noun joined by "and" that no rule
    read ("identified and referred 337 potential victims of trafficking and 92 potential victims of illegal recruitment
    to IACAT task forces (286 in 2018)"; residue6, philippines-2020): it compares the figure read, the clause's one
    count of the indicator. The match is of the text after the figure, as _parts' bracket is."""
    m = _SIBLING_BRACKET.match(ctx.text[after_number:])
    if m is None:
        return None
    at = after_number + m.start("n")
    return None if any(r.sentence_id == ctx.sent.id and r.pos == at for r in out.rows) else m


#: A bracket that holds a clause of its own, a body with its figure as the subject of a verb of care or count: "(two
#: government-funded NGOs provided shelter to 16 victims in 2020)".
_CLAUSE_BODY = rc.lazy(
    rf"^\s*(?:the |an? )?(?:{NUMBER} )?(?:[\w-]+ ){{0,3}}?(?:NGOs?|organi[sz]ations?|shelters?|agenc(?:y|ies)|"
    r"ministr(?:y|ies)|authorities|police|government|officials|centers?|centres?)\s+(?:also\s+)?"
    r"(?:provided|identified|assisted|referred|sheltered|housed|gave|offered|supported|served|cared for)\b",
    IGNORECASE)


def _parts(ctx: Context, out: Rows, row: Row, after_number: int) -> list[Row]:
    """Rows for the bracket and/or the "including" list that follow one figure."""
    extra: list[Row] = []
    # dashes in every form: "—19 for ...—", " – 19 for ... – ", " - 19 for ... - "
    bracket = rc.match(
        r"[^()—–]{0,60}?(?:\((?P<body>[^()]+)\)|\s?[—–]\s?(?P<dash>(?=\S*\d|\w)[^()—–]+?)\s?[—–]|\s-\s(?P<hyphen>[^()]+?)\s-\s)",
        ctx.text[after_number:],
    )
    sibling = None
    if bracket is None and (sibling := _unread_sibling_bracket(ctx, out, after_number)) is not None:
        bracket = sibling
    if bracket and bracket.group("body") and _CLAUSE_BODY.match(bracket.group("body")):
        bracket = None  # "(two government-funded NGOs provided shelter to 16 victims in 2020)": a clause of its own,
        # its subject's figure no part (its count is the comparison's to read; batch 124's luxembourg-2022)
    if bracket and bracket.group("body") and _RESPECTIVELY.match(ctx.text, after_number + bracket.start("body") - 1):
        bracket = None  # "(35 and 19, respectively, in 2019)": the figures before it in another year (_respectively)
    if bracket and bracket.group("body") and _share_years_rx().match(ctx.text,
                                                                     after_number + bracket.start("body") - 1):
        bracket = None  # "(five of 30 involved forced labor in 2018 ...)": each year's count and share (_share_years)
    if bracket and bracket.group("body") and (whom := _OF_WHOM_YEAR.search(bracket.group("body"))):
        # "(15 individuals abroad, four of whom returned to Australia in 2017)": another year's count and its share, no
        # parts of this figure (batch 37's australia-2019); the count is this figure's of that year (residue)
        year = int(whom.group("year"))
        # (not after a share, "16 of whom were returned to Australia (15 individuals abroad, ...)": the bracket is the
        # count's before it, which another pass reads)
        if (year != row.year and not HAS_NUMBER.search(YEAR_RE.sub("", bracket.group()[: bracket.start("body")]))
                and not rc.match(r" of (?:whom|which|them|these)\b", ctx.text[after_number:])):
            first = after_number + bracket.start("body")
            extra.append(out.add(ctx, row.indicator, number_text=whom.group("n"), year=year,
                                 flags=(row.flags - {"year_inferred", "year_ambiguous"})
                                 | approx_flags(ctx.text, first, whom.group("n")),
                                 value=parse_number(whom.group("n")), unit=row.unit, qualifier=row.qualifier,
                                 pos=first, confidence=0.85, rule=BRACKET))
        bracket = None
    before_body = bracket.group()[: bracket.start("body")] if bracket and bracket.group("body") else None
    if before_body is not None and not HAS_NUMBER.search(YEAR_RE.sub("", before_body)) and (
            split := _confirmed_among_potential(ctx, out, row, bracket.group("body"),
                                                after_number + bracket.start("body"))) is not None:
        return split
    if before_body is not None and not HAS_NUMBER.search(YEAR_RE.sub("", before_body)):
        compared = _persons_in_cases(ctx, out, row, after_number + bracket.start("body"), bracket.group("body"))
        if compared is None:
            compared = _stage_noun_year(ctx, out, row, after_number + bracket.start("body"), bracket.group("body"))
        if compared is not None:
            return compared
    if row.rule == SHARE_OF_TOTAL and before_body is not None:
        # "identified only 25 of the 70 victims (31 in 2017)": the total the share is of, restated, is no figure between
        before_body = _OF_RESTATED.sub("", before_body, count=1)
    if (before_body is not None and HAS_NUMBER.search(_STATUTE_REF.sub("", YEAR_RE.sub("", before_body)))
            and not (sibling := _unread_sibling_bracket(ctx, out, after_number))):
        # "32 victims, including 22 sex trafficking victims (including six girls), ...": a bracket after another figure
        # is that figure's, not this one's; a list of parts may still open before it (batch 28's iraq-2023)
        bracket = None
    if bracket is None and row.is_breakdown:
        # "12 additional victims of forced labor who were also likely subjected to sex trafficking (nine in 2016)": a
        # part's comparison with its year may stand further from it, its words all in one clause
        far = rc.match(r"[^()—–,;.]{60,120}?\((?P<body>[^()]+)\)", ctx.text[after_number:])
        bracket = far if far and _YEARS_ONLY.fullmatch(far.group("body")) else None
    if bracket is None and row.is_breakdown and (aside := _PAST_SUB_PART.match(ctx.text[after_number:])) and not any(
            r.sentence_id == ctx.sent.id and r.pos == after_number + aside.start("n") for r in out.rows):
        # "95 potential victims of sex trafficking, including 26 children (76 victims in 2019)": a part's bracket past
        # its sub-part's aside (no row of its own), the bracket naming the part's noun, "victims", not the aside's
        # group ("(20 children in 2019)" stays the sub-part's; residue14, cambodia-2021)
        bracket = sibling = aside
    # "95 investigations (107 in 2021), including 60 for sex trafficking": a list may follow the bracket
    # ... and cases "involving 56 sex trafficking and 64 labor trafficking cases": parts in the total's own noun
    after_bracket = after_number + bracket.end() if bracket else after_number
    # "including five women, 10 girls, and six boys and referred 14 victims to an NGO shelter": the list ends where a
    # verb of its own begins
    verb = AND_VERB.search(ctx.text, after_bracket)
    # ... and where a figure is the subject of a verb of its own ("..., and 12 shelters received them", "and five of
    # them received shelter"; the misreads probe): another count's clause, no part
    subject = _FIGURE_CLAUSE.search(ctx.text, after_bracket)
    verb = min((m for m in (verb, subject) if m), key=lambda m: m.start(), default=None)
    # ", which included 24 cases of sex trafficking, ..., 45 cases of child “economic exploitation” (forced labor)":
    # the same list after a relative clause (with its comma or without: "50 cases in 2020 that included 35 cases of
    # ..."), its parts' words quoted or glossed in a bracket; "..., and four boys—six
    # sex trafficking and six forced labor victims": a list may end at a dash (a second list after it, below)
    including = rc.match(
        # (past a bracket comparing another year's figure: "... shelters in 2016 (compared with 471 in 2015), including
        # 207 Thai victims"; batch 80)
        rf"(?:[^()]|\((?:compared (?:with|to) |down from |up from )?{NUMBER}(?: victims)? in (?:19|20)\d\d\)){{0,130}}?"
        # (after a dash too, and the list may end before an item with no figure: "... 1,381 trafficking victims during
        # the reporting period—including three Nigerian sex trafficking victims and a significant number of child
        # forced begging victims"; batch 127's senegal-2018)
        rf"(?:, |\s?[—–]\s?| (?=(?:which|that) includ))"
        # (the first figure maybe after a bound: "197 trafficking victims, including at least five forced labor
        # victims"; batch 191's france-2022)
        rf"(?P<body>(?P<lead>including|involving|(?:which|that) (?:included|includes?)) (?:{_BOUND} )?{_LIST_ITEM}"
        rf"{_YEAR_BRACKET}"
        rf"{_ASIDE_BRACKET}(?:(?:,| and|, and|{_AFTER_DASH_AND}) (?:{_LIST_ITEM}|{_NO_GROUP_ITEM}){_YEAR_BRACKET}"
        rf"{_ASIDE_BRACKET})*)"
        rf"(?=\s*[,;.(—–]|$|,? and (?:an? (?:[\w-]+ ){{0,2}}?(?:number|majority|few)|many|several|numerous)\b)",
        ctx.text[after_bracket : verb.start() if verb else len(ctx.text)],
        IGNORECASE,
    )
    if including and including.group("lead").lower() == "involving" and not (
            row.unit == "cases" and _ENDS_IN_CASES.search(including.group("body"))):
        including = None  # "24 cases, involving 35 suspects": the persons of the cases, no parts of them
    # "initiated 141 investigations, 74 for sex trafficking and 67 for forced labor, compared with ...": parts
    # ... and "identified 70 victims in 2022, 20 in sex trafficking and 50 in forced labor", "in" right after each
    # figure (residue3; "31 were exploited in sex trafficking and 20 in forced labor" has a verb of its own, the
    # restated total's parts read elsewhere; figures "in 2021" or "in the capital" name no form)
    forms = f"{fragments()['FORMS']}|{LIST_FORMS}|unspecified(?: exploitation)?"
    # "identified 62 victims in 2016: 45 men, 15 women, and two children": a list after a colon
    # ... each part maybe with its own year's figure, after the total's own ("identified 45 victims (38 in 2019): 30
    # women (25 in 2019) and 15 children (13 in 2019)"; audit4), or a remark on it ("15 labor trafficking victims (all
    # foreign men), 10 sex trafficking victims (seven of them girls), ..."; audit5)
    years_bracket = bool(bracket and bracket.group("body") and _YEARS_ONLY.fullmatch(bracket.group("body")))
    colon = None if (bracket and not years_bracket) or including else rc.match(
        rf"[^():;,.]{{0,50}}?: (?P<body>{_ITEM}{_YEAR_BRACKET}{_ASIDE_BRACKET}"
        rf"(?:(?:,| and|, and) (?:{_ITEM}|{_NO_GROUP_ITEM}){_YEAR_BRACKET}{_ASIDE_BRACKET})+)"
        rf"(?=\s*[;.]|$)",
        ctx.text[after_bracket:],
        IGNORECASE,
    )
    if colon and row.unit == "cases" and (_PERSONS_LIST.search(colon.group("body"))
                                          or _sums_to_persons(ctx, out, row, colon.group("body"))):
        colon = None  # "convicted eight traffickers in five cases in 2020: five sex traffickers and three labor
        # traffickers": a list of persons is the persons' count's, not the cases' (audit4); so is one whose figures add
        # up to the persons ("convicted 16 persons in 11 cases: nine for sex trafficking and seven for forced labor")
    # "including three adults, five girls, and four boys—six sex trafficking and six forced labor victims": a second
    # list of the same total's parts after a dash (another attribute: the forms after the groups)
    # ... or after the groups' bracket ("9 trafficking victims (two adults and seven children)—five labor trafficking
    # and four sex trafficking victims")
    after_including = after_bracket + including.end() if including else after_bracket
    dashed = rc.match(
        rf"\s?[—–]\s?(?P<body>{_ITEM}(?:(?:,| and|, and) {_ITEM})+)(?=\s*[,;.]|$)",
        ctx.text[after_including:],
        IGNORECASE,
    ) if including or (bracket and bracket.group("body")) else None
    # "identified 12 victims in 2020—five women, three girls, and four boys.": a list after one dash, to the clause's
    # end, or to a comparison with another year after it ("identified 70 victims—68 adult sex trafficking victims and
    # two victims of forced begging, compared to 98 victims ... in 2017"; batch 214's slovenia-2019)
    open_dash = None if bracket or including or colon else rc.match(
        rf"[^()—–:;,.]{{0,30}}?\s?[—–]\s?(?P<body>{_ITEM}(?:(?:,| and|, and) {_ITEM})+)"
        rf"(?=\s*[;.]|$|, (?:compared (?:with|to)|(?:a |an )?(?:decrease|increase) (?:from|compared))\b)",
        ctx.text[after_number:],
        IGNORECASE,
    )
    # ... also after a bracket of the total's years alone ("reported four prosecutions (23 in 2017), one for sex
    # trafficking, two for sex and labor trafficking, ..."; batch 61's uruguay-2019)
    listed_from = after_bracket if years_bracket else after_number
    # ... a part of two forms joined ("two for sex and labor trafficking") among them, and the one left over, its form
    # not known, last ("..., and the other unknown": the total less the parts, one)
    # ("in" right after the figure: "identified 70 victims in 2022, 20 in sex trafficking and 50 in forced labor";
    # residue3)
    # ... or the form before the total's own noun, maybe "suspected" ("investigated 10 trafficking cases, six suspected
    # forced labor cases and four suspected sex trafficking cases"; batch 67's mozambique-2019)
    # ... the total's words up to 60 characters, a period named after them ("initiated five trafficking investigations
    # during the reporting period, one for sex trafficking, ..."; residue10, antigua-and-barbuda-2022)
    listed_item = (rf"{NUMBER} (?:(?:(?:[\w-]+ ){{0,2}}?(?:for|of|involving)|in) "
                   rf"(?:(?:sex|labou?r) and (?:sex|labou?r) trafficking|{forms})"
                   rf"|(?:(?:{{POTENTIAL}}) )?(?:{forms}) cases\b)")
    listed = None if (bracket and not years_bracket) or including or colon else rc.match(
        rf"[^(),;]{{0,60}}?, (?P<body>{listed_item}(?:(?:,| and|, and) {listed_item})+)"
        rf"(?P<other>,? and the other (?:unknown|unspecified|not known))?(?=[,;.]|$)",
        ctx.text[listed_from:],
        IGNORECASE,
    )
    # "17 new victims total (five labor trafficking, ...) in the program for victim services (24 in 2017, 14 victims
    # in 2016, ...)": a second bracket after the parts' that only compares years is the figure's comparison
    second = rc.match(r"[^()—–;.]{1,60}?\((?P<body>[^()]+)\)", ctx.text[after_bracket:]) if bracket else None
    if second and not _YEARS_ONLY.fullmatch(second.group("body")):
        second = None
    share = (row.qualifier or "").startswith("by ")  # "NGOs identified 94 victims, including 87 ...": no parts read
    # (nor of the hotline's share: "... Actionline ... received 3,377 calls, and it identified and assisted nine labor
    # trafficking victims, including one minor", a sub-part; residue3, batch 54's philippines-2020)
    share = share or row.qualifier == "through the hotline"
    listed_parts: list[tuple[int, str]] = []  # (end of a listed part's words, its qualifier)
    for origin, m, rule_id in ((after_number, bracket, BRACKET), (after_bracket, including, INCLUDING),
                               (after_including, dashed, INCLUDING), (after_number, open_dash, INCLUDING),
                               (listed_from, listed, INCLUDING), (after_bracket, colon, INCLUDING),
                               (after_bracket, second, BRACKET)):
        group = next((g for g in ("dash", "hyphen") if m and m.groupdict().get(g)), "body")
        # "convicted 18 traffickers under Article 149 in 2022 (24 in 2021)": a statute's number is no figure between
        between = ctx.text[origin : origin + m.start(group) - 1] if m else ""
        if row.rule == SHARE_OF_TOTAL and m is bracket:
            between = _OF_RESTATED.sub("", between, count=1)  # (the share's total restated, above)
        if not m:
            continue
        if m is including and row.indicator.startswith("victims_"):
            between = _facilities_or_compared().sub(" ", between)  # "at 76 ... shelters (compared with 471 ...)"
        if not (m is bracket and sibling is not None) and HAS_NUMBER.search(
                _STATUTE_REF.sub("", YEAR_RE.sub("", between))) and not (
                m is including and row.unit == "cases" and _ENDS_IN_CASES.search(m.group("body"))
                and not _FIGURE_OF_CASES.search(between) and not any(
                    origin < r.pos < origin + m.start(group) and r.indicator != "suspects"
                    for r in out.rows if r.sentence_id == ctx.sent.id)) and not (
                m is including and _adds_up_past(ctx, out, row, origin, origin + m.start(group), m.group(group))):
            # "investigated 120 new cases, leading to the arrest of 97 suspects, involving 56 sex trafficking and 64
            # labor trafficking cases": a list in cases is the cases', past a figure of another noun between
            continue
        if rc.search(r";|\b(?:none|no)\b", ctx.text[origin : origin + m.start(group)], IGNORECASE):
            continue  # "ten victims; none were foreign victims (two in 2020)": the bracket is the next clause's
        body_start = origin + m.start(group)
        body = m.group(group)
        if rule_id == INCLUDING and len(list(_FROM_ORIGIN.finditer(body))) >= 2 and not _FOREIGN_WORD.search(body):
            # "identified seven trafficking victims, including six from Mozambique and one from Ghana": victims listed
            # by origin are no parts of the total (batch 11's convention, as the list after "were"; batch 114's
            # eswatini-2023)
            continue
        restate = _RESTATED_STAGE.match(body)
        if restate and YEAR_RE.search(body) and _STAGE_OF.get(restate.group(1).lower()) == row.indicator:
            # "(convictions in eight cases in 2017, six in 2016)" after the convictions: the years compared
            body_start, body = body_start + restate.end(), body[restate.end():]
        # "(including at least four sex trafficking, one forced labor ... cases)": a list may open with a bound
        # ... or with a zero part of a group: "(of whom none were children)" (batch 28's finland-2017)
        if not rc.match(rf"\s*(?:(?:and\s+|in(?:clud|volv)ing\s+|(?:which|that)\s+includ\w*\s+|of whom\s+)?"
                        rf"(?:{_BOUND}\s+)?(?:{NUMBER}|{_NONE}\s+in\b)|of whom\s+{_NONE_OF_WHOM})",
                        body, IGNORECASE):
            continue
        # (so is the bracket after one group's count that is all the victims, "identified 23 child trafficking victims
        # (one boy and 22 girls) and no adult victims": the group's sub-parts, though the figure is the total too;
        # batch 157's togo-2022)
        if ((row.is_breakdown or row.rule == "phrasings.one-group-only") and not YEAR_RE.search(body)
                and rules().relative_offset(body) in (None, 0)
                and not (rule_id == INCLUDING and _is_form(row.qualifier))):
            # (a form's part's "including" list may name finer forms, each a part: read below; batch 60)
            continue  # a part's own bracket is read only when it compares a year: "(none in 2017)", "(2,591 in the
            # preceding period)" (residue2, philippines-2020)
        named_forms: list[str] = []
        # "15 traffickers (including four sex trafficking, ... and two domestic servitude cases)": the list counts cases
        # (the last item's own noun: not "..., and an unknown charge for 16 cases)", an item after the loop)
        ends_in_cases = _ENDS_IN_CASES.search(body)
        unit = "cases" if row.unit == "persons" and ends_in_cases else row.unit
        # "two as official victims (79 potential victims and 26 official victims in 2017)": a bracket of labelled
        # figures that ends in another year, its only year, is that year's figure of each label, no parts of this
        # year's (batch 50, albania-2019)
        tail_year = _TAIL_YEAR.search(body) if m is bracket and len(YEAR_RE.findall(body)) == 1 else None
        tail_year = int(tail_year.group(1)) if tail_year and int(tail_year.group(1)) != row.year else None
        for item in rc.finditer(
            rf"(?P<n>{NUMBER}|\b{_NONE}(?=\s+in\b)|(?<=of whom )none(?=\s+(?:were|was)\s)"
            rf"|(?<=\band )no(?=\s+(?:adult |child |minor )?"
            rf"(?:wom[ae]n|m[ae]n|girls|boys|children|adults|minors)\b))\s+"
            rf"(?P<q>(?:(?:for\s+|of\s+)?both\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+and\s+)?"
            rf"[a-z][\w “”\"-]*?(?:\s\((?!including\b)[a-z][a-z ]*\))?(?:, (?:Section|Article) {ARTICLE})?)\s*"
            # (" and " splits parts only before the next figure: "five victims of sex and labor trafficking" is one)
            rf"(?={_YEAR_BRACKET}{_ASIDE_BRACKET}(?:,|;|$|\)|(?: |(?<=[—–]))and (?:{NUMBER}|{_NONE}|an?|one)\b))",
            body, IGNORECASE,
        ):
            s = body_start + item.start("n")
            if _in_aside(body, item) and not _finer_form(body, item, forms):
                continue  # an item of an "(including ...)" aside is read only as a finer form in a form's part (below)
            if _included_group(body, item):
                continue  # "(13 sex trafficking victims, including one minor and one ...)": the part's sub-part
            if _COMPLICITY.search(item.group("q")):
                continue  # "which included two cases of official complicity": officials' cases, no form of the count
            if row.indicator in _OFFICIAL_STAGES and _OFFICIAL_ITEM.match(item.group("q")):
                continue  # "convicted 11 traffickers, including one police officer": the officials_* count (counts.yml,
                # officials_convicted.among-convicted-one; batch 156), no group of the count
            # "10 both sex and labor trafficking", "eight for both sexual and labor trafficking": one form of two ("sex
            # and labor trafficking")
            by = _by_whom(body, item.group("q").strip())
            if by is not None:
                # "(eight officially recognized by law enforcement and four by the Permanent Group in 2017)": each
                # body's share of that year's count
                extra.append(out.add(ctx, row.indicator, number_text=item.group("n"), year=by[1],
                                     flags={"breakdown"}, value=parse_number(item.group("n")), unit=row.unit,
                                     qualifier=by[0], pos=body_start + item.start("n"), confidence=0.85,
                                     rule=rule_id))
                continue
            # ("..., 28 of whom had been exploited in forced labor, three in sex trafficking, ...": a list of forms
            # after a list of groups, the first with "of whom" and its verb; residue, zimbabwe-2020)
            # ("10 involving unspecified exploitation": the form the cases involved, as "for"; residue22)
            label = rc.sub(r"^both\s+(?=\S+(?:\s+\S+)?\s+and\s)", "",
                           rc.sub(r"^(?:for|were|was|in|of|involving)\s+", "",
                                  _OF_WHOM_FORM.sub("", item.group("q").strip())))
            if (under := _NEW_UNDER.fullmatch(label)) is not None:
                # "(103 new and ongoing investigations under the old penal code, ...)": the statute's part, its cases
                # new and carried over alike counted in the year's total (residue6, brazil-2018)
                label = under.group("q")
            elif rc.fullmatch(r"new(?:ly opened)?", label, IGNORECASE) and (
                    carried := _AND_CARRIED.match(body, item.end())) is not None:
                # "22 new and 20 ongoing investigations under article 149": the new ones are the statute's part (the
                # ongoing ones, carried over, no part: the corpus README); their words after the noun name it
                label = carried.group("rest")
            if no_part(label):
                continue  # "(including 29 investigations continued from previous years)": carried over, no part
            label = rc.sub(r"\s\([a-z][a-z ]*\)$", "", label)  # "child “economic exploitation” (forced labor)": a gloss
            named = rc.match(rf"^(?:[\w-]+\s+){{0,2}}?(?:for|of|involving)\s+(?P<form>{forms})$", label, IGNORECASE)
            label = named.group("form") if named else label  # "74 cases for sex trafficking"
            # "(112 sex trafficking victims ...)", "26 potential victims through the hotline"
            label = part_qualifier(rc.sub(r"\s+victims?$|^(?:(?:{POTENTIAL})\s+)?victims?\s+", "", label))
            if row.unit in _UNIT_NOUNS:  # "including 300 child labor inspections": the unit's noun is no part's word
                label = rc.sub(rf"\s+{row.unit[:-1]}s?$", "", label)  # (batch 45)
            flags = set(row.flags)
            # "(67 in 2021)", "(124 potential victims in 2019)": the figure for another year
            # ... the row's own form named too: "(19 potential sex trafficking investigations in 2016)" (batch 50)
            # (a stage's noun only after the form: "(16 investigations in 2020)" after arrests is no arrests' figure)
            year_in_label = rc.fullmatch(r"(?:(?:(?:{POTENTIAL}) |identified |trafficking )*(?:(?P<form>{FORMS}) "
                                         r"(?:investigations|prosecutions|convictions|victims|cases) |(?:victims|cases|"
                                         r"persons|traffickers|defendants|suspects|individuals) ))?(?:in )?"
                                         r"(?P<y>(?:19|20)\d\d)", item.group("q").strip())
            if year_in_label is None and rc.fullmatch(_NONE, item.group("n"), IGNORECASE):
                # "(none in 2021 or 2020)": none in either year, the first's zero here, the second's by zero_each_year
                # (the second year after its own "in": "(none in 2021 or in 2020)"; audit9 r1's F39)
                # (its "form" group never matches: the reading below asks every year match for one)
                year_in_label = rc.fullmatch(r"(?:in )?(?P<y>(?:19|20)\d\d),? (?:or|and)(?: in| during)? "
                                             r"(?:19|20)\d\d(?P<form>(?!))?", item.group("q").strip(), IGNORECASE)
            relative = rules().relative_offset(label)
            relative = relative if len(label.split()) <= 5 else None
            other_year = None
            if relative is None and (noun := _LEADING_NOUN.match(item.group("q"))):
                # "(41 persons in the previous reporting period)": the period's figure in its own noun, no part
                rest = item.group("q")[noun.end():]
                relative = rules().relative_offset(rest) if len(rest.split()) <= 5 else None
                # ... or a year's, another thing's noun with its participle ("(180 complaints received in 2021)";
                # audit9 r2's F12)
                other_year = _YEARISH.fullmatch(rest.strip())
            if (year_in_label or relative is not None or other_year) and names_other_noun(item.group("q"), row.unit):
                continue  # "6,700 ... victims (2,500 calls in the preceding period)", "identified 120 victims (95
                # cases in 2021)": another year's count of another thing, not this count's figure of that year
            if tail_year is not None and not year_in_label and relative is None and by is None and not rc.search(
                    r"\b(?:19|20)\d\d\b", label):
                if _BARE_NOUN.fullmatch(label):
                    continue  # "(35 victims and 20 referrals in 2020)": the stages' counts of that year, no parts
                if share:
                    continue  # "(ICBF) identified seven girls ... in 2017 (39 girls and seven boys in 2016)": the
                    # groups of an agency's share of another year, sub-parts of a part, no rows (residue14,
                    # colombia-2018)
                year, qualifier, flags = tail_year, label, flags - {"year_inferred", "year_ambiguous"} | {"breakdown"}
            elif year_in_label:  # "(67 in 2021)"
                year, flags = int(year_in_label.group("y")), flags - {"year_inferred", "year_ambiguous"}
                qualifier = row.qualifier
                own_form = year_in_label.group("form") and not row.qualifier and rc.search(
                    rf"\b{year_in_label.group('form')}\b", ctx.text[row.pos : body_start], IGNORECASE)
                if year_in_label.group("form") and not own_form:  # "37 ... cases of sex trafficking in 2017 (19
                    # potential sex trafficking investigations in 2016)": that form's figure of that year, a part (batch
                    # 50); not when the figure's own words name the form, a count of one form that stays whole ("14
                    # cases of forced labor in 2021 (six forced labor cases in 2020)", the README; batch 50's probe)
                    qualifier, flags = part_qualifier(year_in_label.group("form")), flags | {"breakdown"}
                if year_in_label.group("form"):
                    for other in [r for r in out.rows if r.sentence_id == ctx.sent.id and r.pos == s
                                  and r.indicator == row.indicator and not r.qualifier]:
                        out.rows.remove(other)  # a count rule's reading of the same figure, without its form
                if year == row.year:
                    continue  # "seven victims (six victims in 2020)" in the 2020 figures: a second total, no row
            elif relative is not None:  # "(41 in the previous reporting period)"
                ry = ctx.source.reporting_year
                year = ry + relative if ry else None
                flags = flags - {"year_inferred", "year_ambiguous"} | {"year_inferred" if ry else "year_ambiguous"}
                qualifier = row.qualifier
            elif (share or row.is_breakdown or row.qualifier == "potential") and not (
                    # "82 victims of sex trafficking and 114 of forced labor in 2016 (58 sex trafficking and 122 forced
                    # labor victims in 2015)": after parts of a year, a bracket of parts of another year is that
                    # year's parts, as after a total (residue, sweden-2017)
                    row.is_breakdown and rule_id == BRACKET and _other_year_parts(body, row.year)) and not (
                    # "5,156 victims in labor trafficking, including 2,837 in bonded labor": a finer form in a form's
                    # part is a part, as georgia-2021's "forced labor, including three victims of forced begging"
                    # (batch 60, india-2022)
                    row.is_breakdown and rule_id == INCLUDING and _is_form(row.qualifier) and _is_form(label)):
                # (a bracket of a second count's groups, "identified 444 suspected trafficking victims among
                # asylum-seekers in 2017 (107 were children)": sub-parts of that count, no parts of the year's total;
                # batch 39, sweden-2018)
                continue
            else:
                if _BOTH_LABEL.match(label) and len(named_forms) >= 2:
                    label = _both_forms(named_forms[-2], named_forms[-1])  # "(13 forced labor, 16 sex trafficking,
                    # and one victim of both)": both forms named before
                year, qualifier, flags = row.year, label, flags | {"breakdown"}
                # "196 victims in 2016 (58 sex trafficking and 122 forced labor victims in 2015)": parts of a bracket
                # its own year closes are that year's, a comparison of the total's parts (residue, sweden-2017)
                closing = _BODY_YEAR.search(body) if rule_id == BRACKET else None
                if closing and int(closing.group(1)) != row.year:
                    year, flags = int(closing.group(1)), flags - {"year_inferred", "year_ambiguous"}
                named_forms.append(label)
                if rule_id == INCLUDING:
                    listed_parts.append((body_start + item.end("q"), label))
            if year != row.year and qualifier == "officially identified" and _own_kind(ctx, row, body_start):
                # "identified 48 official victims (39 official victims in 2019)", "81 potential victims and five
                # officially recognized victims (96 potential victims and seven officially recognized victims in
                # 2019)": the kind the year's count is named by is that count's in the other year, no part of it
                # (batch 60, montenegro-2021 and albania-2021)
                qualifier, flags = row.qualifier, flags - {"breakdown"}
            none = bool(rc.fullmatch(_NONE, item.group("n"), IGNORECASE))
            extra.append(
                out.add(
                    ctx,
                    row.indicator,
                    number_text=item.group("n"),
                    year=year,
                    flags=flags | ({"zero_stated"} if none else approx_flags(ctx.text, s, item.group("n"))),
                    value=0.0 if none else parse_number(item.group("n")),
                    unit=unit if "breakdown" in flags else row.unit,
                    qualifier=qualifier,
                    pos=s,
                    confidence=0.85,
                    rule=rule_id,
                )
            )
        unknown = _UNKNOWN_ITEM.search(body) if named_forms and not row.is_breakdown else None
        if unknown and not any(r.pos == body_start + unknown.start("n") for r in extra):
            # "(including 26 for forced labor, 12 for sexual exploitation, and an unknown charge for 16 cases)": the
            # last part's figure after its label, the form not known
            extra.append(out.add(ctx, row.indicator, number_text=unknown.group("n"), year=row.year,
                                 flags=set(row.flags) | {"breakdown"}, value=parse_number(unknown.group("n")),
                                 unit=row.unit, qualifier="unspecified", pos=body_start + unknown.start("n"),
                                 confidence=0.85, rule=rule_id))
    if listed and listed.group("other") and row.value is not None:
        # "..., and the other unknown": the one part left over, when the parts listed leave exactly one (batch 61)
        a, b = listed_from + listed.start("body"), listed_from + listed.end("body")
        parts = [r.value for r in extra if a <= r.pos < b and r.year == row.year and r.value is not None]
        if parts and row.value - sum(parts) == 1:
            pos = listed_from + listed.start("other")
            extra.append(out.add(ctx, row.indicator, number_text="the other", year=row.year,
                                 flags=set(row.flags) | {"breakdown"}, value=1.0, unit=row.unit,
                                 qualifier="unspecified", pos=pos, confidence=0.8, rule=INCLUDING))
    if listed_parts:  # "including 82 ... and 16 ... (66 ... and five ... in 2017)": the parts for that year
        extra += _bracketed_parts(ctx, out, row, listed_parts, len(ctx.text))
    return extra


#: Units named by the noun a part's words end in ("including 300 child labor inspections"): the noun is dropped from
#: the part's qualifier, as "victims" is.
_UNIT_NOUNS = ("inspections", "inspectors", "centers")


#: A count's noun opening a bracket's figure of another period: "(41 persons in the previous reporting period)".
#: (another thing's noun too, maybe after a word of its own: "(310 hotline calls in the previous year)"; audit9 r1's
#: F12)
_LEADING_NOUN = rc.lazy(r"\s*(?:(?:potential|suspected|identified|trafficking) )*(?:victims|persons|individuals|"
                        r"people|cases|traffickers|defendants|suspects|offenders|(?:[a-z-]+ )?(?:calls|reports|"
                        r"complaints|tips|inspections|raids|operations|arrests))(?:\s+(?:received|recorded|registered|"
                        r"reported|"
                        r"filed|logged|conducted|carried out))?\s+(?=in |during |over )", IGNORECASE)


#: A bracket closed by its year: "(eight officially recognized by law enforcement and four by the Permanent Group in
#: 2017)".
_BODY_YEAR = rc.lazy(r"\b(?:in|during) ((?:19|20)\d\d)\s*$")


def _other_year_parts(body: str, year: int | None) -> bool:
    """Whether a bracket lists two parts or more and closes with a year other than ``year``: "(58 sex trafficking and
    122 forced labor victims in 2015)"."""
    closing = _BODY_YEAR.search(body)
    return bool(closing and int(closing.group(1)) != year
                and len(rc.findall(rf"(?<![\w.,-]){NUMBER}\s+(?!in\b|percent\b)[a-z]", body, IGNORECASE)) > 1)


#: "of whom had been exploited in", "of whom were victims of": the words before a form in a list's first item.
_OF_WHOM_FORM = rc.lazy(r"^of (?:whom|which|them) (?:(?:had been|have been|were|was) )?(?:exploited in|victims of|"
                        r"subjected to) (?=(?:{FORMS})\b)", IGNORECASE)


def _by_whom(body: str, words: str) -> tuple[str, int] | None:
    """The share a bracket's item names by who counted it ("by law enforcement", "by Permanent Group":
    context.counted_by) and the year that closes the bracket."""
    year = _BODY_YEAR.search(body)
    who = counted_by(words) if year else None
    return (who, int(year.group(1))) if who else None


#: The last item of a list of parts whose form is not known, its figure after it: "and an unknown charge for 16 cases".
_UNKNOWN_ITEM = rc.lazy(
    rf",? and (?:an? )?(?:unknown|unspecified) (?:charges?|forms? of exploitation|offen[cs]es?|crimes?|purposes?) "
    rf"(?:for|in) (?P<n>{NUMBER})(?: (?:cases|persons|individuals|defendants|offenders|victims))?\s*$",
    IGNORECASE,
)


#: A sentence that opens with a figure of victims restated as a whole whose parts follow: "The 11 victims included",
#: "All 14 victims were", "These nine victims comprised".
_WHOLE_RESTATED = rc.lazy(
    rf"^(?:The|These|Those|All|All of the|All of these) (?P<n>{NUMBER}) (?:(?:identified|confirmed|trafficking) )?"
    # (past a relative clause between commas: "The 29 victims, two of whom were foreign nationals, included ...";
    # batch 171's japan-2023)
    r"victims(?:, (?:[\w-]+ )?(?:of whom|of which|of them)\b[^,;()]{1,60},)?"
    r" (?:included|comprised|were|consisted of)\b",
    IGNORECASE,
)
_WHOLE_GROUPS = frozenset({"women", "men", "female", "male", "children", "adults", "girls", "boys"})


def _group_restated(ctx: Context, out: Rows) -> Row | None:
    """The figure of one group the sentence before gave, with no total of its year beside it, restated here as all
    the victims ("CNLTP identified 11 adult female sex trafficking victims; ... The 11 victims included eight
    Colombians, ...", haiti-2023): the group is the whole, so the figure is the year's total too (as "28 female victims
    and no male victims" is, phrasings.one-group-only); the total is added and is what the parts refer to."""
    m = _WHOLE_RESTATED.match(ctx.text)
    if m is None:
        return None
    value = parse_number(m.group("n"))
    group = next((r for r in ctx.prev_rows if r.value == value and r.indicator.startswith("victims_")
                  and r.is_breakdown and r.qualifier in _WHOLE_GROUPS), None)
    if group is None or any(_is_total(r) and r.indicator == group.indicator and r.year == group.year
                            for r in [*ctx.prev_rows, *out.rows]):
        return None
    flags = (group.flags - {"breakdown"}) & {"year_inferred", "year_ambiguous"}
    return out.add(ctx, group.indicator, number_text=m.group("n"), year=group.year, flags=flags, value=value,
                   unit=group.unit, qualifier=None, pos=m.start("n"), confidence=0.8, rule=rules().back_reference.id)


def _part_year_flags(base: Row, inherited: bool) -> set[str]:
    """The year flags of a part dated by ``base``: a whole told in an earlier sentence dates it by inference (or leaves
    it ambiguous without a year); a whole of this sentence gives the part its own flags."""
    if inherited:
        return {"year_inferred"} if base.year is not None else {"year_ambiguous"}
    return base.flags & {"year_inferred", "year_ambiguous"}


def _is_total(row: Row) -> bool:
    """A figure parts may refer to: a count (never money: "25.13 million pesos ... Of these facilities, 24 served
    children"), not itself a part, nor one agency's or NGOs' share ("by GPS"), nor a hotline's count ("Through its
    hotline, ... assisted 20 possible trafficking victims, of whom 15 were female": sub-parts, as _parts leaves the
    hotline's; residue22, philippines-2017)."""
    return (row.value is not None and row.theme in ("prosecution", "protection") and not row.is_breakdown
            and not row.indicator.endswith("_funding") and not (row.qualifier or "").startswith("by ")
            and row.qualifier != "through the hotline"
            and row.qualifier != "potential")  # "also identified six potential victims ...; of these, five adults"


#: A sentence that only compares: "This compared with prosecuting 30 suspects in the previous reporting period."
#: ... "This was compared to 21 victims identified and five referred in 2017."
#: ... "This number compared with 45 confirmed victims ... in 2019" (vocabulary.yml RESTATED_SUBJECT, batch 34)
_COMPARISON_ONLY = rc.lazy(
    r"^(?:{RESTATED_SUBJECT})?\s*(?:(?:was|were|is) )?(?:compared|represent\w*|is an? |was an? )|^In comparison",
    IGNORECASE,
)


def _year_total(ctx: Context, out: Rows, base: Row) -> Row:
    """Parts after a sentence that only compares (``base`` is its figure) refer to the year's own total, not to the
    figure compared: "This was compared to 21 victims identified ... in 2017. Seven victims were Namibian ..."."""
    if not _COMPARISON_ONLY.match(base.quote):
        return base
    return next((r for r in reversed(out.rows) if _is_total(r) and r.indicator == base.indicator
                 and r.unit == base.unit and r.year == ctx.source.reporting_year), base)


#: A part that names its whole, the year's identified victims: "Thirty-seven identified victims were foreign nationals"
#: refers to the total identified, not to figures of the sentence before that no rule read.
#: ... "Only one victim identified in 2017 was male"
_NAMES_IDENTIFIED = rc.lazy(
    # ("Fourteen of the identified victims were ...": a share of them, after a sentence of unread figures; fixr)
    rf"(?:only )?(?:{NUMBER}) (?:of the identified (?:trafficking )?victims|identified victims?"
    rf"|victims? identified(?: in (?:19|20)\d\d)?) (?:were|was)\b",
    IGNORECASE,
)


#: The noun of a restated figure ("Of the 78 cases not approved", "Of the 170 government identified victims").
_RESTATED_NOUN = rc.lazy(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>victims|cases|defendants|suspects|traffickers|persons|individuals|applications|"
    r"requests)\b",
    IGNORECASE,
)
#: The unit each of those nouns counts in (the nouns of _PART_UNIT too).
_NOUN_UNITS = {"victims": "victims", "cases": "cases", "defendants": "persons", "suspects": "persons",
               "traffickers": "persons", "persons": "persons", "individuals": "persons"}


def _sum_before(ctx: Context) -> float | None:
    """The sum of the two or more figures of the sentence before (years and bracketed figures aside), or None."""
    if ctx.prev is None:
        return None
    text = rc.sub(r"\([^()]*\)", "", YEAR_RE.sub("", ctx.prev.text))
    values = [parse_number(m.group()) for m in rc.finditer(rf"\b{NUMBER}\b", text, IGNORECASE)]
    return sum(values) if len(values) >= 2 else None


#: A clause of parts whose first figure names its unit: "71 suspects for sex trafficking and 41 suspects for ...".
#: A part that says it is of victims: "86 were victims of forced labor".
_PART_OF_VICTIMS = rc.lazy(rf"\s*(?:{NUMBER}) (?:were|was) (?:[\w-]+ )?victims\b", IGNORECASE)
_PART_UNIT = rc.lazy(rf"\s*(?:{NUMBER}) (?P<noun>suspects|defendants|traffickers|cases) (?:for|were|was)\b", IGNORECASE)


def _unread_figures_before(ctx: Context) -> bool:
    """The sentence before gave figures no rule read (no row of it is kept): "these" are those, not an earlier total."""
    if ctx.prev is None or any(row.sentence_id == ctx.prev.id for row in ctx.prev_rows):
        return False
    if not may_hold_number(ctx.prev.text, folded(ctx.prev.text)):
        return False  # (no digit, no number word: no year, share or figure either; most sentences hold none)
    text = YEAR_RE.sub("", ctx.prev.text)
    # (shares in percent are no figures a later "these" or "N of the ..." counts from: "25 percent of new recipients
    # were sex trafficking victims, 49 percent ..."; batch 40, finland-2021)
    text = _PERCENT.sub("", text)
    return bool(HAS_NUMBER.search(text))


#: A group of victims restated with its figure: "Of the 227 adult victims identified", "Of the 40 child victims".
_RESTATED_GROUP = rc.lazy(r"\s+(?P<g>adults?|child(?:ren)?|minors?|foreign)(?: trafficking)? victims\b", IGNORECASE)
#: The persons a part counts named as those who received help: "120 of the new recipients".
#: ... and so are the victims named by the care they received ("Of the victims who received assistance, six were
#: minors", "Among the assisted victims, ..."; batch 73's estonia-2019): the parts of the assistance, not of the
#: identification beside it.
_RECIPIENTS = rc.lazy(
    # ("70 of their new recipients": the assistance system's own; batch 165, finland-2020)
    r"\bof (?:the|these|those|their) (?:new )?recipients\b"
    r"|\b(?:of|among) (?:the|these|those) (?:\S+ )?(?:(?:trafficking )?victims|persons|individuals) (?:who|that) "
    r"(?:received|were (?:given|provided with|offered)|obtained|accessed) (?:[\w-]+ ){0,2}?"
    r"(?:assistance|services|care|support|shelter)\b"
    r"|\b(?:of|among) (?:the|these|those) (?:\S+ )?assisted (?:trafficking )?victims\b", IGNORECASE)
#: A share in percent: "25 percent", "49 per cent", "12%".
_PERCENT = rc.lazy(rf"\b(?:{NUMBER})\s*(?:percent|per cent|%)", IGNORECASE)


#: "Of the 61 total victims": the figure restated is named the total
_TOTAL_WORD = rc.lazy(r"\s+total\b", IGNORECASE)
#: "Of the 841 sex trafficking victims, ...": a sentence opening with a figure restated
#: The words before a figure restated: "the", "these", "those", "these same" (batch 60, kosovo-2020)
_RESTATING = r"(?:the|th[eo]se)(?: same)? "
#: ... an agency's own figure restated by its short name: "Of the AHTU’s 41 cases, 30 involved labor trafficking" (the
#: agency's share, `by AHTU`; its parts are sub-parts, no rows; fixp, audit12's ghana-2018-prosecution)
_AGENCY_OWN = r"(?:(?P<agency>(?-i:[A-Z][A-Za-z]{0,8}[A-Z]))(?:’s|'s) )?"
_RESTATED_PART = rc.lazy(rf"^(?:Of|Among) {_RESTATING}{_AGENCY_OWN}(?P<n>{NUMBER})\b", IGNORECASE)


def _part_of_part(ctx: Context, rows: list[Row]) -> bool:
    """The sentence opens with a part restated: "Of the 841 sex trafficking victims, 763 were women, ...; 67 ..."."""
    restated = _RESTATED_PART.match(ctx.text)
    if not restated:
        return False
    n = parse_number(restated.group("n"))
    if (agency := restated.group("agency")) and ctx.prev is not None and any(
            name == agency and value == n for name, _, value in respective_counts(ctx.prev.text)):
        return True  # "(AHTU) ... and the ... (EOCO) investigated 41 and 12 ..., respectively ... Of the AHTU’s 41"
    # ("28 female victims and no male victims. Of the 28 victims, ...": the 28 are the total too, its parts are read)
    return any(r.is_breakdown and r.value == n for r in rows) and not any(_is_total(r) and r.value == n for r in rows)


def _part_restated_later(ctx: Context, out: Rows, made: list[Row]) -> Row | None:
    """The figure of an opening "Of the 233 labor trafficking victims identified ... in 2021," that restates a part an
    earlier sentence of the section gave (not only the sentence just before; no earlier total of that figure): the
    restated figure read as a count of its own, to be dropped with the parts after it (batch 41, thailand-2022)."""
    restated = _RESTATED_PART.match(ctx.text)
    if not restated:
        return None
    n = parse_number(restated.group("n"))
    here = next((r for r in made if r.pos == restated.start("n") and _is_total(r)), None)
    if here is None:
        return None
    earlier = [r for r in out.rows if r.sentence_id != ctx.sent.id and r.theme == here.theme
               and r.indicator == here.indicator]
    if any(r.is_breakdown and r.value == n for r in earlier) and not any(
            _is_total(r) and r.value == n for r in earlier):
        return here
    return None


#: A second count restated without its figure to open the sentence: "Of the presumed victims, 10 were female".
_SECOND_RESTATED = rc.lazy(r"^(?:Of|Among) (?:the|these|those) (?:{POTENTIAL}) (?:trafficking )?victims\b", IGNORECASE)


def _second_count_restated(ctx: Context, out: Rows) -> bool:
    """The sentence opens with the potential victims restated ("Of the presumed victims, 10 were female, ...") where an
    earlier sentence gave them as a second count beside the year's (`potential`, or NGOs' presumed victims `by NGOs
    ...`): its parts are that count's, no parts of the total (batch 34, portugal-2021)."""
    return bool(_SECOND_RESTATED.match(ctx.text)) and any(
        r.theme == "protection" and (r.qualifier == "potential" or (r.qualifier or "").startswith("by "))
        for r in out.rows if r.sentence_id != ctx.sent.id)


#: A part named by its form, restated without its figure to open the sentence: "Of the sex trafficking victims, six
#: were women, ...", and the rest after such parts, "Of the other victims, 11 were women".
_FORM_RESTATED = rc.lazy(
    r"^(?:Of|Among) (?:the|these|those) (?P<form>sex trafficking|labor trafficking|forced labor|sexual exploitation|"
    r"labor exploitation|forced begging|domestic servitude|forced criminality) victims\b",
    IGNORECASE,
)
_OTHERS_RESTATED = rc.lazy(r"^(?:Of|Among) (?:the|these|those) (?:other|remaining) victims\b", IGNORECASE)


@cache
def _form_group_lead() -> re.Pattern:
    """A sentence that opens with a figure of one form's victims as its subject: "Two victims of forced criminality
    were ..." (compiled once)."""
    return rc.compile(rf"^(?P<n>{NUMBER}) (?:(?:identified|trafficking|{fragments()['POTENTIAL']}) )*victims? of "
                      rf"(?P<form>{fragments()['FORMS']}|{fragments()['FINER_FORMS']}) (?:were|was)\b", IGNORECASE)


def _form_group_split(ctx: Context) -> bool:
    """The sentence opens with a figure of one form's victims ("Two victims of forced criminality were forced to work in
    cannabis grow houses and one was forced to sell illegal substances") where an earlier sentence of the paragraph
    counted that form's victims, as many or more ("six in labor trafficking (which included three victims of forced
    criminality ...)"): what follows splits that group, parts of a part, no rows (residue21, ireland-2020)."""
    lead = _form_group_lead().match(ctx.text)
    para = ctx.sent.para
    if lead is None or para is None or ctx.text not in para.texts:
        return False
    n, form = parse_number(lead.group("n")), re.escape(lead.group("form"))
    earlier = rc.compile(rf"\b(?P<n>{NUMBER}) (?:(?:identified|trafficking|{fragments()['POTENTIAL']}) )*"
                         rf"(?:victims? of {form}|{form} victims?)\b", IGNORECASE)
    return any(parse_number(m.group("n")) >= n for text in para.texts[: para.texts.index(ctx.text)]
               for m in earlier.finditer(text))


def _form_part_restated(ctx: Context, out: Rows) -> bool:
    """The sentence opens with a part by its form restated, no figure ("Of the sex trafficking victims, six were women,
    ... and two were Dominican boys"), where an earlier sentence gave that part (a row of that form's qualifier); or
    with the other victims ("Of the other victims, 11 were women") after such a sentence: their groups are parts of a
    part, no rows (batch 89's dominican-republic-2022)."""
    form = _FORM_RESTATED.match(ctx.text)
    if form is None and _OTHERS_RESTATED.match(ctx.text) and ctx.prev is not None:
        form = _FORM_RESTATED.match(ctx.prev.text)
    if form is None:
        return False
    name = form.group("form").lower()
    return any(r.theme == "protection" and r.is_breakdown and (r.qualifier or "").lower() == name
               for r in out.rows if r.sentence_id != ctx.sent.id)


#: A lead naming one identifier's victims: "Of the victims identified by police," (not the government's and NGOs'
#: together).
_BODY_RESTATED = rc.lazy(
    r"^(?:Of|Among) (?:the|these|those) (?:identified )?victims identified by (?!the government\b|authorities\b)"
    r"(?P<body>[^,;.]{2,60}?),(?![^,;.]{0,40}?\band (?:NGOs?|civil society|international organi[sz]ations?)\b)",
    IGNORECASE,
)
#: A lead naming the victims identified with no figure: "Of the victims identified, 32 were ...".
_PLAIN_RESTATED = rc.lazy(r"^(?:Of|Among) (?:the|these|those) (?:identified )?victims(?: identified)?,", IGNORECASE)
_FIGURE = rc.lazy(rf"\b{NUMBER}\b", IGNORECASE)


def _share_parts(ctx: Context, out: Rows) -> bool:
    """The parts a sentence gives are those of one identifier's share of the year's victims, where an earlier sentence
    split the year's count into shares (a row of it `by ...`): a lead naming one identifier ("Of the victims identified
    by police, 15 were sex trafficking victims, ..."), or a lead of no figure whose parts add up to a share's figure and
    not to the total ("Of the victims identified, 32 were Slovak nationals, and two were Vietnamese" beside the
    government's 34 of 42): sub-parts of a part, no rows (the corpus README; residue16, slovakia-2022)."""
    body = _BODY_RESTATED.match(ctx.text)
    plain = None if body else _PLAIN_RESTATED.match(ctx.text)
    if body is None and plain is None:
        return False
    earlier = [r for r in out.rows if r.sentence_id != ctx.sent.id and r.theme == "protection"
               and r.indicator == "victims_identified" and r.value is not None]
    shares = [r for r in earlier if (r.qualifier or "").startswith("by ") and r.is_breakdown]
    if not shares:
        return False
    if body is not None:
        return True
    figures = [parse_number(m.group()) for m in _FIGURE.finditer(ctx.text, plain.end())]
    if len(figures) < 2 or any(f is None for f in figures):
        return False
    total = sum(figures)
    wholes = {r.value for r in earlier if _is_total(r) and r.year == shares[0].year}
    return total not in wholes and any(r.value == total and r.year == shares[0].year for r in shares)


#: A clause of one group of victims referring back: "; 64 of these new victims were children".
_GROUP_OF_THESE = rc.lazy(
    rf"\s*(?:{NUMBER}) of (?:these|those|them|the) (?:(?:new|identified) )*victims (?:were|was) "
    rf"(?:{_GROUP_WORDS})[\s.]*$",
    IGNORECASE,
)


def _forms_whole(ctx: Context, earlier: list[Row], start: int, end: int) -> Row | None:
    """The whole a clause's group refers to where the clause before gave the year's count only by its forms, no total:
    "identified 82 victims of sex trafficking and 114 victims of forced labor in 2016 ...; 64 of these new victims were
    children" (the children are the year's, of the 196; residue, sweden-2017 and 2018). A row not added to the table,
    the sum of the first two parts or more of one stage and year, each of a form."""
    if not start or not _GROUP_OF_THESE.match(ctx.text[start:end]):
        return None
    first = next((row for row in earlier if row.value is not None), None)
    if first is None or not first.is_breakdown:
        return None
    parts = [row for row in earlier if row.is_breakdown and row.indicator == first.indicator and row.year == first.year
             and row.value is not None]
    forms = rc.compile(rf"(?:{fragments()['FORMS']}|{LIST_FORMS})(?: and (?:{fragments()['FORMS']}))?", IGNORECASE)
    if len(parts) < 2 or not all(row.qualifier and forms.fullmatch(row.qualifier) for row in parts):
        return None
    return dataclasses.replace(first, qualifier=None, value=sum(row.value or 0 for row in parts),
                               flags=first.flags - {"breakdown"})


#: A restated figure named as the government's and others' together: "Of the 18 victims identified by the government and
#: NGOs", "... by authorities and civil society", "the combined 40 victims".
_JOINT_RESTATED = rc.lazy(
    r"^[^,;.]{0,60}?\b(?:(?:the )?(?:government|authorities|officials|police)\b[^,;.]{0,20}?\band (?:the )?"
    r"(?:NGOs?|civil society|international organi[sz]ations?|non-governmental organi[sz]ations?)|combined|together)\b",
    IGNORECASE,
)


def _joint_sum(out: Rows, ctx: Context, here: Row) -> float | None:
    """The year's whole count of ``here``'s indicator plus the NGOs' or international organizations' count of the same
    year, both read in earlier sentences; None without both."""
    earlier = [r for r in out.rows if r.sentence_id != ctx.sent.id and r.indicator == here.indicator
               and r.year == here.year and r.value is not None and not r.is_breakdown]
    whole = next((r for r in earlier if r.qualifier is None), None)
    others = [r for r in earlier if r.qualifier == "by NGOs or international organizations"]
    if whole is None or not others or whole.value is None:
        return None
    return whole.value + sum(r.value or 0 for r in others)


def _latest_total(out: Rows, ctx: Context) -> Row | None:
    """The first total of the latest earlier sentence that gives one (the sentence before gave only parts or zeros)."""
    for row in reversed(out.rows):
        if row.sentence_id != ctx.sent.id and _is_total(row) and row.theme == "protection":
            return _first_total(out, row.sentence_id)
    return None


def _first_total(out: Rows, sentence_id: object, unit: str | None = None) -> Row:
    """The first total a sentence gave (victims identified first where two stand at one place), in ``unit`` if one is
    given; the sentence must give one."""
    return min((r for r in out.rows if r.sentence_id == sentence_id and _is_total(r)
                and (unit is None or r.unit == unit)),
               key=lambda r: (r.pos, r.indicator != "victims_identified"))


#: A group of victims named with its figure in a bracket after it, opening a clause: "; foreign national victims (245)
#: hailed predominantly from Latin America" (argentina-2021), "Child victims (120) received shelter"; or in a list
#: after the total: "assisted 410 victims, including female victims (290), male victims (120), and ...", "identified 95
#: victims, among them child victims (40) and adult victims (55)", "male victims (180) outnumbered female victims
#: (120)".
_NAMED_BRACKET = rc.lazy(
    rf"(?:^|(?<=\s))(?:(?:and|including|among them|among whom)\s+)?"
    rf"(?P<q>(?:(?:foreign|child|adult|female|male)(?: national)? )+)"
    rf"victims \((?P<n>{NUMBER})\)",
    IGNORECASE,
)


#: A share of the victims told in words, its figure in a bracket after them, opening the sentence: "Slightly more than
#: half of identified victims (64) were members of ethnic minority communities" (residue, vietnam-2022), "Most of
#: the victims (40) were women": the group's part of the latest total; also opening a clause after ";", the total's
#: sentence going on ("identified and referred to services 1,532 trafficking victims (...); the majority of identified
#: victims (1,486) were children": batch 223's burkina-faso-2023), the part of the total before it.
_SHARE_BRACKET = rc.lazy(
    rf"(?:^|(?<=;)\s*)(?:[\w-]+ ){{0,3}}?"
    rf"(?:half|most|(?:a |the )?majority|(?:a|one|two|three)[ -](?:third|quarter|fifth)s?|[\w.-]+ percent)"
    rf" of (?:them|these|those|(?:the |all |these |those )?(?:(?:identified|trafficking|referred|assisted|"
    rf"{{CONFIRMED}}) )*victims) \((?P<n>{NUMBER})\)"
    rf" (?:were|was) (?:(?:members|citizens|nationals) of )?(?:the )?(?P<q>[^,;.()]+?)(?=[,;.]|$)",
    IGNORECASE,
)


# (its rows are the figures in the two regexes' brackets, ``{NUMBER}`` outside any optional part)
@entry(lambda: (_NAMED_BRACKET, _SHARE_BRACKET), number=True)
def named_bracket(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "foreign national victims (245) hailed ...": the group's part of the protection total just before, the figure
    in the bracket after the group's name (no count of its own: the sentence's total or the latest earlier one's)."""
    extra: list[Row] = []
    named, shared = ctx.may(_NAMED_BRACKET), ctx.may(_SHARE_BRACKET)
    if not (named or shared):
        return extra  # (no "victims (" in the sentence)
    for m in [*(_NAMED_BRACKET.finditer(ctx.text) if named else ()),
              *(_SHARE_BRACKET.finditer(ctx.text) if shared else ())]:
        n_at = m.start("n")
        if any(row.pos == n_at for row in made):  # (the bracket closing on the figure is this rule's own form)
            continue
        here = [row for row in made if row.pos < m.start() and _is_total(row) and row.theme == "protection"]
        base = min(here, key=lambda r: r.pos) if here else _latest_total(out, ctx)
        if base is None:
            continue
        value, flags = parse_count(m.group("n"))
        if not here and value is not None and base.value is not None and value > base.value:
            # "... assisted 810 victims ... Approximately one quarter (203) received official ... status. The vast
            # majority of victims (595) were ...": a share larger than the latest total is of the one before it that
            # holds it (batch 158's italy-2015)
            holder = next((r for r in reversed(out.rows) if r.sentence_id != ctx.sent.id and _is_total(r)
                           and r.theme == "protection" and r.value is not None and r.value >= value), None)
            if holder is None:
                continue
            base = _first_total(out, holder.sentence_id)
            if base.value is None or base.value < value:
                continue
        yflags = _part_year_flags(base, inherited=True)
        extra.append(out.add(ctx, base.indicator, number_text=m.group("n"), year=base.year,
                             flags=flags | {"breakdown"} | yflags, value=value, unit=base.unit,
                             qualifier=part_qualifier(m.group("q").strip()), pos=n_at, confidence=0.8,
                             rule=rules().back_reference.id))
    return extra


@cache
def _back_opener() -> re.Pattern:
    """Where a clause that may refer back opens: after ";", before a figure after ":", ", of whom", ", 30 of which",
    ", and all 64 victims were Nepali" (the whole total, its figure stated, of one group); and at ", and" before a
    clause that says the rest had no form named ("50 were ... and 25 of forced labor, and authorities did not specify
    the form of exploitation for the remaining 15 victims")."""
    rest = "|".join(p.replace("{N}", NUMBER) for p in vocabulary().get("unspecified_remainder", []))
    # (also set off by a dash: "121 trafficking victims—of which 20 were victims of forced labor—"; batch 36)
    # (and at "but" after a clause of no figure: "could not provide details about the type of exploitation for all
    # ... victims but at least 36 were subjected to sex trafficking, 25 to forced labor, ..."; batch 50, albania-2019;
    # a year before the "but" is no figure: "In 2018, the government did not provide details ..., but at least 36
    # were ... in 2018", batch 132's albania-2020)
    # (and after a concessive lead: "While a majority of victims were Central American, there were also five victims
    # of Indian nationality and one Mexican victim"; residue, belize-2020)
    # (the "but" the clause needs is looked for first: the look for a figure before it tries every character)
    # (and after a quote closed past the ";", as American style puts it: "one victim of “slavery;” 78 were women";
    # batch 111's greece-2021)
    # (not at a ";" before a clause that only compares, "; this compared to 27 victims of sex trafficking and 35
    # victims of labor trafficking in 2018": it runs on from the parts before it, as ", compared to" does; residue17,
    # ireland-2020)
    return compiled(rf";(?!\s*this (?:was |is )?compared (?:to|with)\b)[”\"]?\s*"
                    rf"|:\s*(?={NUMBER})|^(?=[^;:]*?\sbut\s)(?!.*?\b(?!(?:19|20)\d\d\b){NUMBER}\b.*?\bbut\b)[^;:]*?,?\s+but\s+"
                    rf"(?=(?:{_APPROX_LEAD.pattern})?{NUMBER} (?:were|was)\b)"
                    rf"|^(?:While|Although|Though|Whereas)\b[^,;.]{{0,80}},\s*"
                    rf"(?=there (?:were|was) (?:also )?{NUMBER} )"
                    rf"|(?:,|\s*[—–])\s*(?=(?:of|among) (?:whom|which)\b|"
                    rf"(?:{_APPROX_LEAD.pattern})?{NUMBER} "
                    rf"of (?:which|whom)\b|and all {NUMBER} (?:identified )?victims (?:were|was)\b)"
                    + (rf"|,\s+and\s+(?=[^.;]{{0,60}}?(?:{rest}))" if rest else ""))


#: The two of a total of two, one by one: "One was a possible sex trafficking case ... and the second was a labor
#: trafficking case", "One involved forced labor on a boat, and the other was a sex trafficking case" (batch 32's
#: solomon-islands-2017, audit6).
_ONE_AND_OTHER = rc.lazy(
    r"(?:^|[;:,]\s+)(?:Of (?:these|those|them|the two(?: \w+)?), )?(?P<one>One)"
    r"(?: (?:case|victim|prosecution|investigation|defendant|trafficker))?"
    r"(?: (?:was|involved|concerned|related to))? (?P<a>[^.;]*?)"
    r"(?:,? and|;|,? while|,? whereas) the (?P<other>other|second|latter)(?: one| case)?"
    r"(?: (?:was|involved|concerned|related to))?"
    r" (?P<b>[^.;]*)",
    IGNORECASE,
)


def _one_and_other(ctx: Context, out: Rows, made: list[Row]) -> list[Row] | None:
    """The parts of a total of two, each of one form (:data:`_ONE_AND_OTHER`), the sentence before's or, after ";",
    this one's ("investigated two cases in 2020; one concerned forced begging, while the other ..."): a row of 1 for
    each form; None when the sentence is no such pair (an empty list when it is one but its forms are not named)."""
    m = _ONE_AND_OTHER.search(ctx.text) if ctx.may(_ONE_AND_OTHER) else None  # (gated: most sentences lack "one")
    if m is None:
        return None
    totals = [r for r in made if r.pos < m.start()] if m.start() else ctx.prev_rows
    base = next((r for r in totals if _is_total(r) and r.value == 2), None)
    forms = [rc.search(rf"\b(?:{fragments()['FORMS']})\b", m.group(g), IGNORECASE) for g in ("a", "b")]
    # ... or where each happened: "One case involved suspected internal trafficking and the other was transnational"
    scopes = [rc.search(rf"\b({fragments()['TRAFFICKING_SCOPES']})\b", m.group(g), IGNORECASE) for g in ("a", "b")]
    if base is not None and not all(forms) and all(scopes) and not any(forms):
        yflags = _part_year_flags(base, inherited=not m.start())
        return [out.add(ctx, base.indicator, number_text=m.group("one" if g == "a" else "other"),
                        year=base.year, flags={"breakdown"} | yflags, value=1.0, unit=base.unit,
                        qualifier=f"{sc.group(1).lower()} trafficking", pos=m.start("one" if g == "a" else "other"),
                        confidence=0.8, rule=rules().back_reference.id)
                for g, sc in zip(("a", "b"), scopes, strict=True)]
    if base is None or not all(forms):
        return []
    yflags = _part_year_flags(base, inherited=not m.start())
    return [out.add(ctx, base.indicator, number_text=m.group("one" if g == "a" else "other"),
                    year=base.year, flags={"breakdown"} | yflags, value=1.0, unit=base.unit,
                    qualifier=part_qualifier(f.group().lower()), pos=m.start("one" if g == "a" else "other"),
                    confidence=0.8,
                    rule=rules().back_reference.id)
            for g, f in zip(("a", "b"), forms, strict=True)]


def _holding_total(ctx: Context, out: Rows, base: Row, a: int, b: int) -> Row | None:
    """The first total of the latest sentence before ``base``'s (protection, in ``base``'s unit) that no figure between
    ``a`` and ``b`` exceeds, or None."""
    for row in reversed(out.rows):
        if (row.sentence_id in (ctx.sent.id, base.sentence_id) or not _is_total(row) or row.theme != "protection"
                or row.unit != base.unit):
            continue
        same = _first_total(out, row.sentence_id, base.unit)
        if same.value is None or _larger_figure(ctx, a, b, same.value):
            return None
        return same
    return None


def _larger_figure(ctx: Context, a: int, b: int, value: float) -> bool:
    """The first figure between ``a`` and ``b`` (no year, age or other distractor: the part's own) is larger than
    ``value``."""
    for m in HAS_NUMBER.finditer(ctx.text, a, b):
        n = parse_number(m.group())
        if n is None or is_distractor(ctx, m.start(), m.end()):
            continue
        return n > value
    return False


def _exceeds(ctx: Context, a: int, b: int, part: Row) -> bool:
    """A figure between ``a`` and ``b`` is larger than ``part``'s, or the clause's figures add up to more: "two victims
    of sex trafficking, four of whom were male and seven female" (11, the total's parts, not the two's; batch 34)."""
    values = [parse_number(m.group()) for m in HAS_NUMBER.finditer(ctx.text, a, b)]
    values = [v for v in values if v is not None]
    return part.value is not None and bool(values) and sum(values) > part.value


#: A lead that names cases carried over from an earlier period: "Of the five prosecutions that remained ongoing at the
#: close of the previous reporting period, PGO completed prosecution of two ..." (batch 55's maldives-2019): what
#: follows is what became of them, no parts of the year's count.
_CARRIED_LEAD = rc.lazy(
    r"^Of (?:the|these|those) [^.;,]{0,60}?\b(?:that |which )?(?:remained|were|was|had been|still) (?:still )?"
    r"(?:ongoing|pending|open)\b[^.;,]{0,40}?\b(?:previous|prior|earlier|past) "
    r"(?:reporting )?(?:periods?|years?)",
    IGNORECASE,
)


#: Groups listed within each of two forms ("Of the 180 confirmed victims, traffickers exploited 23 women and seven girls
#: in sex trafficking, ..., and 58 women, 74 men, seven girls, and five boys in forced labor"; batch 59's
#: malaysia-2023): cells of a table of group and form, sub-parts of the forms' parts, no parts of the total (the corpus
#: README: sub-parts are not expected), the same group twice with two figures.
_GROUP_WORD = r"(?:women|men|girls|boys|children|adults|minors)"
_GROUPS_BY_FORM = rc.lazy(
    rf"\b{NUMBER} {_GROUP_WORD}(?:,? (?:and )?{NUMBER} {_GROUP_WORD})* (?:in|for) (?:{{FORMS}})\b[^.;]*?"
    rf"\b{NUMBER} {_GROUP_WORD}(?:,? (?:and )?{NUMBER} {_GROUP_WORD})* (?:in|for) (?:{{FORMS}})\b",
    IGNORECASE,
)


#: A sentence that gives earlier years' figures to compare the year's with: "By comparison, the government reported
#: identifying 299 victims in 2020 ... and 86 in 2019."
_COMPARISON_LEAD = rc.lazy(r"^(?:By|In) comparison,", IGNORECASE)
#: ... or one that opens "This is compared to" (batch 107), for _rows_before_comparison.
_COMPARED_LEAD = rc.lazy(r"^(?:(?:By|In) comparison,|(?:This|That) (?:is |was )?compared (?:to|with)\b)", IGNORECASE)


def _before_comparison(ctx: Context, out: Rows) -> list[Row]:
    """The totals of the sentence before a comparison sentence ("By comparison, ... 299 victims in 2020"), where the
    compared figures are all of earlier years: "these" of a sentence after the comparison ("Traffickers exploited 74 of
    these identified victims in sex trafficking") are the year's victims, not the years compared (batch 89's
    paraguay-2022)."""
    if ctx.prev is None or not _COMPARISON_LEAD.match(ctx.prev.text) or not ctx.prev_rows:
        return []
    before = [r for r in out.rows if r.sentence_id not in (ctx.sent.id, ctx.prev.id)]
    if not before:
        return []
    totals = [r for r in before if r.sentence_id == before[-1].sentence_id and _is_total(r)]
    if not totals or totals[0].year is None:
        return []
    if all(r.year is not None and r.year < totals[0].year for r in ctx.prev_rows):
        return totals
    return []


def _rows_before_comparison(ctx: Context, out: Rows) -> list[Row]:
    """The rows of the sentence before a comparison sentence ("This is compared to identifying 851 ... during the
    previous reporting period"): "Of these 1,628 potential victims, ..." after it restates a figure of that sentence
    (batch 107, burkina-faso-2020), whose second count's parts are not read."""
    if ctx.prev is None or not _COMPARED_LEAD.match(ctx.prev.text):
        return []
    before = [r for r in out.rows if r.sentence_id not in (ctx.sent.id, ctx.prev.id)]
    return [r for r in before if r.sentence_id == before[-1].sentence_id] if before else []


#: A clause after ";" of two groups by sex or age with no verb: "; 27 female and four male (...)" (batch 102,
#: greece-2019), as "27 were female and four male".
_GROUP_PAIR = rc.lazy(rf"(?={NUMBER} (?P<g>female|male|adults|children|minors|women|men|girls|boys) and {NUMBER} "
                      r"(?!(?P=g)\b)(?:female|male|adults|children|minors|women|men|girls|boys)\b)", IGNORECASE)


#: A part counted of "these" (or "those") with the noun they are: "Ten of these cases involved sex trafficking".
_THESE_NOUN = rc.lazy(r"(?:[\w-]+ ){1,3}?(?:of|among) (?:these|those) (?:[\w-]+ )?"
                      r"(?P<noun>cases|victims|suspects|defendants|traffickers|investigations|prosecutions|convictions)\b",
                      IGNORECASE)


def _these_unread(ctx: Context, base: Row, start: int, end: int) -> bool:
    """Whether the "these <noun>" a clause counts parts of are a later figure of that noun in the sentence before than
    the total, one no rule read: "... reported investigating 311 potential trafficking cases and referred for
    prosecution 53 cases involving 91 male and 24 female alleged trafficking offenders ... Ten of these cases involved
    sex trafficking, nine involved alleged forced labor violations, and 34 involved exploitation of domestic workers"
    (batch 104's jordan-2015: the 53 referred, no prosecutions by the corpus's rule, not the 311 investigated)."""
    m = _THESE_NOUN.match(ctx.text, start, end)
    if m is None or ctx.prev is None or base.sentence_id != ctx.prev.id:
        return False
    noun = m.group("noun").lower()
    figures = list(rc.finditer(rf"\b(?P<n>{NUMBER}) (?:[\w-]+ ){{0,3}}?{noun}\b", ctx.prev.text, IGNORECASE))
    if not figures or figures[-1].start("n") <= base.pos:
        return False
    last = figures[-1].start("n")
    return not any(row.sentence_id == ctx.prev.id and row.pos == last for row in ctx.prev_rows)


# (its entry test: what each step of _back_reference needs to make, or drop, a row: the statute shares, the referrer
# shares, the two statutes, the one and the other, a part restated later (dropped), the clauses after an opener; the
# first clause needs the rule's regex at the sentence's start, a lead, and where no opener can match it is the whole
# sentence; the other steps return nothing and change nothing)
@entry(lambda: (_back_opener(), _BY_STATUTE, _REFERRER_LEAD, _TWO_STATUTES, _ONE_AND_OTHER),
       leads=lambda: (rules().back_reference.rx, _RESTATED_PART))
def back_reference(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "Of these cases, 72 were for sexual exploitation": parts of the total just before (:func:`_back_reference`),
    less a count over years ("...; only three individuals had been convicted for forced begging since 2005": a
    perfect and "since" a year, ``Context.cumulative``, is no part of the year's total; batch 148, senegal-2019)."""
    found = _the_other_one(ctx, out, _back_reference(ctx, out, made))
    if not ctx.cumulative:
        return found
    kept = []
    for row in found:
        if row.pos is not None and ctx.in_cumulative(row.pos):
            if out.holds(row):
                out.rows.remove(row)
            continue
        kept.append(row)
    return kept


#: A part's words that name the one victim left after it: "five were female and the other a male" (the other one).
_THE_OTHER = rc.lazy(r"^(?P<g1>[a-z][\w -]*?),? and the other (?:one )?(?:was )?(?:an? )?(?P<g2>[a-z][\w-]*)$",
                     IGNORECASE)


def _the_other_one(ctx: Context, out: Rows, found: list[Row]) -> list[Row]:
    """ "Of these, ... five were female and the other a male (six females in 2016)": a part of all the victims but one,
    the one left named after "and the other", is two parts: the figure's group and one of the other's (batch 157's
    north-macedonia-2018; the words had been read as one group, "female and the other a male")."""
    kept: list[Row] = []
    for row in found:
        m = _THE_OTHER.match(row.qualifier or "") if row.is_breakdown and row.value is not None else None
        other = m and part_qualifier(m.group("g2").lower())
        if not m or not other or other == m.group("g2").lower() and other not in _WHOLE_GROUPS:
            kept.append(row)
            continue
        first = out.with_qualifier(row, part_qualifier(m.group("g1").lower()), row.flags)
        at = ctx.text.find("the other", row.pos)
        kept += [first, out.add(ctx, row.indicator, number_text="the other", year=row.year, flags=set(row.flags),
                                value=1.0, unit=row.unit, qualifier=other, pos=at if at >= 0 else row.pos,
                                confidence=0.8, rule=rules().back_reference.id)]
    return kept

#: ... two or more groups before one form ("23 women and seven girls in sex trafficking"): the groups share the form.
_GROUPS_SHARING_FORM = rc.lazy(
    rf"\b{NUMBER} {_GROUP_WORD},? (?:and )?{NUMBER} {_GROUP_WORD}(?:,? (?:and )?{NUMBER} {_GROUP_WORD})* (?:in|for) "
    rf"(?:{{FORMS}})\b",
    IGNORECASE,
)


#: A relative clause inside a lead of parts, before its verb: ", two of whom were foreign nationals," (batch 171).
_LEAD_ASIDE = rc.lazy(rf"[^,;()]*?victims, (?P<n>{NUMBER}) of (?:whom|which) (?:were|was) (?P<q>[^,;()]{{1,60}}),",
                      IGNORECASE)


def _unread_figure_before(ctx: Context, out: Rows, made: list[Row], start: int) -> bool:
    """The clause at ``start`` opens with "of these" (or "those", "them") and the sentence's last figure before it
    (not a year) is one no row counts: "these" are that figure's, a figure the rules left out (people who are no
    victims), not an earlier sentence's total."""
    if not start or not _OF_THESE.match(ctx.text, start):
        return False
    figures = [m for m in rc.finditer(rf"\b{NUMBER}\b", ctx.text[:start], IGNORECASE)
               if not YEAR_RE.fullmatch(m.group())]
    if not figures:
        return False
    at = figures[-1].start()
    return not any(row.pos == at and row.sentence_id == ctx.sent.id for row in [*made, *out.rows])


#: A clause that opens by naming the figure before it: "of these victims, ...", "among them, ...".
_OF_THESE = rc.lazy(r"\s*(?:of|among) (?:these|those|them)\b", IGNORECASE)
#: ... after a ";" (or a comma) of the sentence.
_CLAUSE_OF_THESE = rc.lazy(r"[;,]\s*(?=(?:of|among) (?:these|those|them)\b)", IGNORECASE)


def _of_these_unread(ctx: Context, out: Rows, made: list[Row]) -> bool:
    """A clause of the sentence opens with "of these" right after a figure no row counts
    (:func:`_unread_figure_before`): its parts are that figure's, none of a total the sentence before gave."""
    return any(_unread_figure_before(ctx, out, made, m.end()) for m in _CLAUSE_OF_THESE.finditer(ctx.text))


#: Those a share is of, named by their stage's participle: "Twenty-seven of those convicted were ..." (audit15).
_THOSE_PARTICIPLE = rc.lazy(r"\bof those (convicted|sentenced|prosecuted|charged|identified|assisted)\b", IGNORECASE)
#: A sentence that opens with a share of the identified victims: "Fourteen of the identified victims were ..." (fixr).
_OF_THE_IDENTIFIED = rc.lazy(rf"^(?:{NUMBER}) of the identified (?:trafficking )?victims\b", IGNORECASE)
_PARTICIPLE_STAGE = {"convicted": "convictions", "sentenced": "convictions", "prosecuted": "prosecutions",
                     "charged": "prosecutions", "identified": "victims_identified", "assisted": "victims_assisted"}


def _back_reference(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "Of these cases, 72 were for sexual exploitation": parts of the total just before.

    The total is the previous sentence's first figure when the sentence opens with "Of these", or
    this sentence's first figure when a clause after ";" does ("...124 victims; of these, 99 were ...").
    So does ", of whom 150 were foreign nationals". A clause with its own indicator ("Of these, the
    government prosecuted 217 individuals") is no breakdown.
    """
    back_rx, back_id = rules().back_reference.rx, rules().back_reference.id
    if (shares := _statute_shares(ctx, out, made)) is not None:
        return shares
    if (shares := _referrer_shares(ctx, out, made)) is not None:
        return shares
    if two := _two_statutes(ctx, out, made):
        return two
    if _CARRIED_LEAD.match(ctx.text):
        return []  # "Of the five prosecutions that remained ongoing at the close of the previous reporting period, ..."
    if ctx.may(_GROUPS_BY_FORM) and _GROUPS_BY_FORM.search(ctx.text) and (_GROUPS_SHARING_FORM.search(ctx.text) or any(
            r.is_breakdown and _is_form(r.qualifier or "") for r in [*ctx.prev_rows, *made])):
        return []  # "... 23 women and seven girls in sex trafficking, ..., and 58 women, 74 men ... in forced labor"
        # (groups sharing a form, or after the forms' parts were told: cells); one group to each form with no form's
        # sum told before is a list of items each filed by its form (the residue4 convention: "included 20 girls in
        # sex trafficking, seven women in sex trafficking, and two women in forced labor", batch 171's japan-2023)
    pair = _one_and_other(ctx, out, made)
    if pair is not None:
        return pair
    extra: list[Row] = []
    if ((restated := _RESTATED_PART.match(ctx.text)) and restated.group("agency")
            and (again := _part_restated_later(ctx, out, made)) is not None):
        # "Of the CID’s 18 investigations, ...": the agency's share restated, read as a count of its own (fixp)
        if out.holds(again):
            out.rows.remove(again)
        made.remove(again)
        return extra
    if (_part_of_part(ctx, [*ctx.prev_rows, *made]) or _second_count_restated(ctx, out)
            or _form_part_restated(ctx, out) or _share_parts(ctx, out)
            or _form_group_split(ctx)):
        return extra  # parts of a part are not read, in any clause of the sentence
    if (again := _part_restated_later(ctx, out, made)) is not None:
        # ... nor those of a part restated sentences later, which is no new count either
        if out.holds(again):
            out.rows.remove(again)
        made.remove(again)
        return extra
    # (not at "the other 15, six of whom were boys, were ...": a remainder's own group, inside its part; audit6)
    # (the openers are looked for only in a sentence that holds a string one of which each needs: ";", " whom" ...)
    opener = _back_opener()
    # (nor inside the lead's own relative clause: "The 29 victims, two of whom were foreign nationals, included ...",
    # one clause of parts; batch 171's japan-2023)
    lead0 = back_rx.match(ctx.text) if _WHOLE_RESTATED.match(ctx.text) else None
    starts = [0] + ([m.end() for m in opener.finditer(ctx.text) if not _REMAINDER_BEFORE.search(ctx.text, 0, m.start())
                     and not (lead0 and m.start() < lead0.end())]
                    if may_find(opener, ctx.text) else [])
    referent_unread = False  # "Of these, 411 ...; 244 were children": "these" named no total read, nor do the clauses
    listing: Row | None = None  # the total of the parts of the clause before (a list of parts goes on after ";")
    listing_inherited = False
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(ctx.text)
        if start and ctx.text[:start].rstrip()[-1:] in ("\u2014", "\u2013"):
            # "victims—of which 20 were victims of forced labor—out of 164 ...": a dashed clause ends at its dash
            close = rc.search(r"[\u2014\u2013]", ctx.text[start:end])
            end = start + close.start() if close else end
        if start and _OF_WHOM.match(ctx.text, start) and any(
                r.is_breakdown and r.pos < start and r.sentence_id == ctx.sent.id
                and not rc.search(rf"\b{NUMBER}\b", ctx.text[r.pos + len(r.number_text or ""):start], IGNORECASE)
                and not _exceeds(ctx, start, end, r)
                for r in [*made, *extra]):
            # "including 25 victims of forced labor, five of whom were children": "whom" are the part's just before,
            # a sub-part, no part of the total (precision audit, round 5)
            continue
        if (start and (_OF_WHOM.match(ctx.text, start) or _OF_WHOM_LEAD.match(ctx.text, start))
                and (share := _SHARE_BRACKET.match(ctx.text)) is not None
                and share.end() <= start and not rc.search(rf"\b{NUMBER}\b", ctx.text[share.end():start], IGNORECASE)):
            # "The vast majority of victims (595) were females subjected to sexual exploitation, of whom 24 were
            # girls": "whom" are the share's just before (named_bracket's part), a sub-part (batch 158's italy-2015)
            continue
        # ", of whom 30 were children, and referred 60 to shelters": the parts end where a new verb begins
        # ("29 of these cases involved sexual exploitation and nine involved forced labor": a part, no new verb)
        # ("and seven held Eritrean nationality": a part by the nationality it holds, no new verb; audit6)
        verb = next((m for m in AND_VERB.finditer(ctx.text, start, end) if depth(ctx.text, m.start()) == 0
                     and not _PART_VERB.fullmatch(m.group())
                     and not (_HOLDS.search(m.group()) and _NATIONALITY_AFTER.match(ctx.text, m.end()))),
                    None) if start else None  # the first clause runs on
        end = verb.start() if verb else end
        if not back_rx.match(ctx.text[start:end]) and not (start and _GROUP_PAIR.match(ctx.text, start, end)):
            # "Of these, 74 were for forced labor; 50 sexual exploitation and abuse; ... and one forced marriage":
            # the verb of the first part is left out of the parts after it
            elided = _ELIDED_PART.match(ctx.text, start, end) if listing is not None else None
            rest = _unspecified_remainder(ctx, start, end) if listing is not None else None
            if rest is not None and not any(start <= row.pos < end and row.value is not None for row in made):
                # "...; the government was unable to specify a form of trafficking for the remaining 47 victims"
                value, flags = parse_count(rest.group("n"))
                yflags = _part_year_flags(listing, listing_inherited)
                extra.append(out.add(ctx, listing.indicator, number_text=rest.group("n"), year=listing.year,
                                     flags=flags | {"breakdown"} | yflags, value=value, unit=listing.unit,
                                     qualifier="unspecified", pos=rest.start("n"), confidence=0.8, rule=back_id))
            elif elided and not any(start <= row.pos < end for row in made):
                whole = _ELIDED_WHOLE.match(ctx.text, start, end)
                if (whole and not is_distractor(ctx, whole.start("n"), whole.end("n"))
                        and not rc.search(rf"\b{NUMBER}\b", whole.group("q"), IGNORECASE)):
                    # "one domestic slavery, sexual exploitation and forced labor": one part, its words all of it
                    value, flags = parse_count(whole.group("n"))
                    yflags = _part_year_flags(listing, listing_inherited)
                    extra.append(out.add(ctx, listing.indicator, number_text=whole.group("n"), year=listing.year,
                                         flags=flags | {"breakdown"} | yflags, value=value, unit=listing.unit,
                                         qualifier=part_qualifier(whole.group("q").strip()), pos=whole.start("n"),
                                         confidence=0.8, rule=back_id))
                else:
                    extra += _breakdown_items(ctx, out, listing, start, end, inherited=listing_inherited)
            else:
                listing = None
            continue
        listing = None
        earlier = [row for row in made if row.pos < start] if start else []
        whole = _whole_restated(ctx, out, start, end) if start else None
        if whole is not None and not any(_is_total(row) for row in earlier):
            # "... and eight forced labor victims (...); all 13 victims were Sri Lankan nationals": the year's total
            # restated whole after a clause of its parts (batch 34, sri-lanka-2020)
            earlier, start_of_sentence = [whole], False
        elif not any(_is_total(row) for row in earlier):  # "Of the 348 victims, 211 were adults ...; 209 were ..."
            if (whole := _forms_whole(ctx, earlier, start, end)) is not None:
                earlier, start_of_sentence = [whole], False
            elif any(row.rule != back_id and row.value is not None for row in earlier):
                continue  # "the GPS identified 304 victims; 243 were ...": parts of a part are not read
            elif not earlier and _unread_figure_before(ctx, out, made, start):
                continue  # "police also identified 786 victims of commercial sexual exploitation, some of whom may have
                # been victims of sex trafficking; of these victims, 493 were French": "these" are the sentence's own
                # figure, which no row counts, not the total of the sentence before (batch 191, france-2022)
            else:
                earlier, start_of_sentence = _before_comparison(ctx, out) or ctx.prev_rows, True
        else:
            start_of_sentence = False
        # "identifying and referring 727 victims. This included ...": identification is the stage parts refer to
        earlier = sorted(earlier, key=lambda row: (row.pos, row.indicator != "victims_identified"))
        base = next((row for row in earlier if _is_total(row)), None)
        if base is not None and (named_by := _THOSE_PARTICIPLE.search(ctx.text, start, end)):
            # "The AGO prosecuted 58 defendants ... and courts convicted 39 traffickers. Twenty-seven of those
            # convicted were sex traffickers": the stage the participle names is the total, not the first count before
            base = next((row for row in earlier if _is_total(row)
                         and row.indicator == _PARTICIPLE_STAGE[named_by.group(1).lower()]), base)
        if (start_of_sentence and start == 0 and (base is None or base.indicator != "victims_identified")
                and _OF_THE_IDENTIFIED.match(ctx.text)):
            # "In 2020, authorities identified 403 trafficking victims ... Authorities referred 188 victims ... Fourteen
            # of the identified victims were foreign nationals": the identified victims are the year's identification
            # total of the section, counts of care and referral between them (fixr, audit13's uzbekistan-2021); of
            # the section's identification totals the latest year's, no earlier year's compared or bracketed
            totals = [row for row in out.rows if _is_total(row) and row.indicator == "victims_identified"
                      and row.year is not None and not row.rule.startswith(("comparison", "generic.comparison"))
                      and row.section == (ctx.sent.section.title or None)]
            latest = max((row.year for row in totals), default=None)
            base = next((row for row in reversed(totals) if row.year == latest), base)
        if base is None and start_of_sentence and start == 0:
            base = _restated_sum_before(ctx)
        if base is None and start_of_sentence and start == 0 and _THESE_INCLUDED.match(ctx.text):
            # "Police identified 30 foreign trafficking victims (35 in 2016). These included ...": the one group that
            # names every victim counted before, with no total beside it, is what "these" are, its parts the year's
            # (batch 154's malta-2018)
            alone = [row for row in earlier if row.qualifier == "foreign" and row.value
                     and row.indicator.startswith("victims_") and row.rule != "breakdown.bracket"
                     and not any(r.indicator == row.indicator and r.year == row.year and r is not row for r in earlier)]
            base = alone[0] if len(alone) == 1 else None
        if base is not None and _RECIPIENTS.search(ctx.text, start, end):
            # "received 394 referrals, and the assistance system admitted 247 ... 120 of the new recipients became
            # ...": the recipients are the victims assisted, not the referrals (batch 40, finland-2021)
            base = next((row for row in earlier if _is_total(row) and row.indicator == "victims_assisted"), base)
        if start_of_sentence and start == 0 and (whole := _group_restated(ctx, out)) is not None:
            base = whole  # "identified 11 adult female sex trafficking victims ... The 11 victims included ...": all
        # "investigated 85 new cases with 112 suspects, ...; 71 suspects for sex trafficking and 41 ...": parts that
        # name persons are the persons' total's, not the cases'
        named = _PART_UNIT.match(ctx.text, start, end)
        if named and base is not None and base.unit != _NOUN_UNITS[named.group("noun").lower()]:
            base = next((row for row in earlier if _is_total(row) and row.unit == _NOUN_UNITS[
                named.group("noun").lower()] and row.theme == base.theme), base)
        if (base is not None and base.unit != "victims" and start_of_sentence
                and _PART_OF_VICTIMS.match(ctx.text, start, end)):
            # "...; 43 investigations resulted from calls to the hotline. ...; 86 were victims of forced labor": parts
            # that say they are victims are a count of victims' parts, never the cases' (residue3, mexico-2022)
            base = next((row for row in earlier if _is_total(row) and row.unit == "victims"), None)
        # ("Of these same 26 trafficking victims, 15 were children": "these" with the figure restated is the figure's
        # total, not the first figure of the sentence of parts before; batch 60, kosovo-2020)
        restated = rc.match(rf"(?:of|among) {_RESTATING}(?P<tot>total (?:of )?)?(?P<n>{NUMBER})\b", ctx.text[start:end],
                            IGNORECASE)
        stated_here = False
        if restated:  # "Of the 78 defendants, 60 were ...": the earlier figure of that value
            value = parse_number(restated.group("n"))
            same = next((row for row in earlier if _is_total(row) and row.value == value), None)
            if same is None and start_of_sentence:
                # "Of the 38 identified victims, ..." after a sentence of parts: the total of an earlier sentence
                same = next((r for r in reversed(out.rows) if r.sentence_id != ctx.sent.id and _is_total(r)
                             and r.value == value and r.theme == "protection"), None)
            if same is None and any((row.is_breakdown or row.qualifier == "potential") and row.value == value
                                    for row in [*earlier, *made, *(_rows_before_comparison(ctx, out)
                                                                    if start_of_sentence else [])]):
                # "Of the 841 sex trafficking victims, 763 were women": parts of a part are not read; nor are those of
                # a second count beside the total ("Of the 261 potential victims, 21 were children", batch 35)
                for row in [r for r in made if r.pos == start + restated.start("n") and _is_total(r)
                            and out.holds(r) and r.indicator == base.indicator] if base is not None else []:
                    # ("Of the 120 child victims identified, 70 were ...": nor is the part restated a new total;
                    # batch 40's probes)
                    out.rows.remove(row)
                    made.remove(row)
                continue
            base = same or base
            here = next((row for row in made if _is_total(row) and row.pos == start + restated.start("n")), None)
            noun = _RESTATED_NOUN.match(ctx.text, start + restated.end("n"), end)
            if (same is None and here is None and base is not None and noun
                    and _NOUN_UNITS.get(noun.group("noun").lower()) != base.unit
                    and not any(r.value == value for r in [*out.rows, *made])):
                continue  # "Of the 78 cases not approved in 2017, 34 were refused ...": parts of a figure never read
            if (here is not None and same is None and start_of_sentence and _sum_before(ctx) == value
                    and not (restated.group("tot") or _TOTAL_WORD.match(ctx.text, start + restated.end("n")))):
                # ("Of the 61 total victims" after shares of 50 and 11 names the total: it stays)
                # "... initiated two new investigations and continued to investigate two cases ... Of the four
                # investigations, ...": the figures before, added up and restated; no new count, and no parts of one
                out.rows.remove(here)
                made.remove(here)
                continue
            if (here is not None and same is None and start_of_sentence and start == 0
                    and _JOINT_RESTATED.match(ctx.text[start + restated.end("n") : end])
                    and _joint_sum(out, ctx, here) == value):
                # "The government identified 12 victims ... NGOs reported identifying ... an additional six victims.
                # Of the 18 victims identified by the government and NGOs, six were ...": the two counts added up and
                # restated, no new count; its parts mix both, no parts of the government's (residue, gambia-2020)
                out.rows.remove(here)
                made.remove(here)
                continue
            group = _RESTATED_GROUP.match(ctx.text, start + restated.end("n"), end)
            if (group and same is None and here is not None and start_of_sentence and base is not None
                    and base.indicator == here.indicator and base.value is not None and value < base.value):
                # "383 victims—51 adult males, 176 adult females, ... Of the 227 adult victims identified, 150 were
                # Kenyans exploited in ...": a group of the year's total restated with its figure is that part (the
                # total's `adults`); what the clause counts of it are sub-parts, not read (batch 40, kenya-2021)
                out.rows.remove(here)
                made.remove(here)
                extra.append(out.add(ctx, base.indicator, number_text=here.number_text, year=base.year,
                                     flags=(here.flags - {"year_inferred", "year_ambiguous"}) | {"breakdown"}
                                     | _part_year_flags(base, True), value=value, unit=base.unit,
                                     qualifier=part_qualifier(group.group("g")), pos=here.pos, confidence=0.8,
                                     rule=back_id))
                continue
            if here is not None and (base is None or base.value != value):
                base, stated_here = here, True  # "Of the 52 victims identified, 40 were women": the total is here
        if (start_of_sentence and not stated_here and _unread_figures_before(ctx)
                and not _NAMES_IDENTIFIED.match(ctx.text, start, end)):
            # ("Of the 67 victims total, ..." restates its total with its figure, read here: its parts whatever the
            # sentence before left unread; batch 105, nicaragua-2015)
            continue  # "... intercepted 599 travelers ... Of these, 141 were ...": these are the figures not read
        # ("Thirteen victims were ..." refers to no figure named "these")
        these = rc.match(r"(?:of|among) (?:these|those|them|whom|which)\b|th(?:ese|ose|ey|em|is|at|e)\b",
                         ctx.text[start:end], IGNORECASE)
        if base is None and start_of_sentence and not these and not referent_unread:
            base = _latest_total(out, ctx)
        if base is not None and start_of_sentence and not stated_here and _these_unread(ctx, base, start, end):
            continue  # "... referred for prosecution 53 cases ... Ten of these cases involved ...": the unread 53's
        if base is not None and start_of_sentence:
            # "This compared with convicting 13 individuals ... Of those convicted, 94 ...": the year's own total
            base = _year_total(ctx, out, base)
        if base is not None and base.qualifier == ARRESTED:
            continue  # "police arrested 33 suspects: 21 for sex trafficking and 12 ...": no parts (see parenthetical)
        if (base is not None and start_of_sentence and not stated_here and base.value is not None
                and base.sentence_id != ctx.sent.id and _larger_figure(ctx, start, end, base.value)):
            # "... assisted 810 victims ... Approximately one quarter (203) received official trafficking victim
            # status. The vast majority of victims (595) were ...; 215 were ...": a figure larger than the total before
            # is no part of it, but of the earlier sentence's total that holds the sentence's figures, if any (batch
            # 158's italy-2015)
            base = _holding_total(ctx, out, base, start, end) or base
        if base is None:
            # "Specialized prosecutors reported identifying 470 ... Of these, 411 were female; 244 were children":
            # the parts of an agency's count, the total's clauses after it neither
            referent_unread = referent_unread or (start == 0 and these is not None)
            continue
        # "Of the 387 individuals prosecuted, 98 occurred at the federal level, and 289 at the regional level,
        # compared with five prosecutions at the federal level and 103 at the regional level in 2020": the compared
        # figures after the parts are the compared year's parts, each named by its part's words (residue5)
        cut = _compared_cut(ctx, start, end) if start == 0 else None
        own = [
            row for row in made
            if start <= row.pos < (cut or end) and (row.indicator, row.value) != (base.indicator, base.value)
            and not (start and row.rule == rules().comparison.id)  # ", at least 1,269 of whom ..., compared with"
        ]
        if start == 0 and not stated_here:
            # the total restated in "Of the 15 identified victims" is not a new figure: drop duplicates of it
            for row in made:
                if row.value == base.value and row.indicator == base.indicator and out.holds(row):
                    out.rows.remove(row)
        if (cut is not None and not own
                and (paired := _compared_parts(ctx, out, made, base, start, cut, end)) is not None):
            extra += paired
            listing = None
            continue
        if not own:  # else the clause states figures of its own
            listing_inherited = start_of_sentence and not stated_here
            items = _breakdown_items(ctx, out, base, start, end, inherited=listing_inherited)
            extra += items
            listing = base if items else None
            if items and not start_of_sentence:
                # one figure of two stages ("identified and referred to shelters 121 victims—of which 20 were victims of
                # forced labor—"): the parts in its own sentence are parts of both (README; batch 36)
                for twin in earlier:
                    if twin.pos == base.pos and twin.indicator != base.indicator and _is_total(twin):
                        extra += _breakdown_items(ctx, out, twin, start, end, inherited=False)
    return extra


#: A sentence that splits the total before by the statutes its parts were under: "Officials prosecuted 267 of these
#: individuals under the anti-trafficking proclamation and 120 under the criminal code" (residue5, ethiopia-2022).
_STATUTE = r"under (?:the |its |a )?(?P<qQ>(?:[\w’-]+ ){0,3}?(?:{STATUTE_KINDS}))"
_BY_STATUTE = rc.lazy(
    r"^(?:[\w’-]+ ){0,3}?(?:prosecuted|charged|indicted|convicted|tried|investigated) (?P<n1>" + NUMBER + r") of "
    r"(?:these|those|them)(?: (?:individuals|persons|people|defendants|suspects|traffickers|cases))? "
    + _STATUTE.replace("qQ", "q1") + r",? and (?P<n2>" + NUMBER + r") " + _STATUTE.replace("qQ", "q2") + r"\.?$",
    IGNORECASE)


def _statute_shares(ctx: Context, out: Rows, made: list[Row]) -> list[Row] | None:
    """The parts by statute of the sentence before's total, the sentence's own reading of the first figure as a count
    dropped; None unless the sentence is all of that and the total before is at least the parts' sum."""
    m = _BY_STATUTE.match(ctx.text)
    if m is None:
        return None
    values = [parse_number(m.group("n1")), parse_number(m.group("n2"))]
    read = [r for r in made if r.pos == m.start("n1")]  # the first figure read as the stage's count
    # (the latest such total told before: the sentence before may be the total's other parts, "Of the 387
    # individuals prosecuted, 98 occurred at the federal level, ...")
    base = next((row for row in reversed(out.rows) if row.sentence_id != ctx.sent.id and _is_total(row)
                 and not row.qualifier and any((r.indicator, r.unit) == (row.indicator, row.unit) for r in read)
                 and row.value is not None and row.value >= sum(values)), None)
    if base is None:
        return None  # ("investigated 150 cases. Police prosecuted 100 of them under ...": no parts of the cases)
    return _shares_for(ctx, out, made, base, [r for r in read if r.indicator == base.indicator],
                       [(m.start(f"n{k}"), m.group(f"n{k}"), m.group(f"q{k}")) for k in ("1", "2")])


#: Two counts of one stage side by side, each under its own statute, no total told: "Courts convicted three
#: individuals under the trafficking law and ten individuals including two police officers under other laws"
#: (residue18, suriname-2023): each count is its statute's, qualified in the text's words (the trafficking law named
#: beside another statute is a statute among two, no longer the count's silent default).
_TWO_STATUTES = rc.lazy(
    r"\b(?:prosecuted|charged|indicted|convicted|tried|investigated) (?P<n1>" + NUMBER + r") "
    r"(?P<noun>individuals|persons|people|defendants|suspects|traffickers|offenders|cases) "
    + _STATUTE.replace("qQ", "q1") + r",? and (?P<n2>" + NUMBER + r")(?: (?P=noun))?"
    r"(?:,? (?:including|among them) [^,;.()]{1,50}?,?)? under (?:the |its )?"
    r"(?P<q2>other (?:laws|statutes|articles)|(?:[\w’-]+ ){0,3}?(?:{STATUTE_KINDS}))\b",
    IGNORECASE)


def _two_statutes(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """The two counts of :data:`_TWO_STATUTES`, each qualified by its statute, in place of the unqualified count the
    count patterns read of the first figure; nothing unless that figure was read as a stage's count."""
    m = _TWO_STATUTES.search(ctx.text) if ctx.may(_TWO_STATUTES) else None  # (its words asked first)
    if m is None:
        return []
    read = next((r for r in made if r.pos == m.start("n1") and not r.qualifier and r.value is not None), None)
    if read is None or any(r.pos == m.start("n2") for r in made):
        return []
    if out.holds(read):
        out.rows.remove(read)
    made.remove(read)
    rows = []
    for k in ("1", "2"):
        value, flags = parse_count(m.group(f"n{k}"))
        rows.append(out.add(ctx, read.indicator, number_text=m.group(f"n{k}"), year=read.year,
                            flags=(set(read.flags) - {"breakdown"}) | flags, value=value, unit=read.unit,
                            qualifier=rc.sub(r"^(?:19|20)\d\d\s+|\s+(?=\s)", "", m.group(f"q{k}")).lower(),
                            pos=m.start(f"n{k}"),
                            confidence=0.8, rule=rules().back_reference.id))
    return rows


#: A sentence that splits the year's registered (identified) victims by who referred them to the registry: "Of the
#: 30 registered victims, NGOs referred 18; MOJ's victim support service registered eight; embassies referred three; and
#: the probation service referred one" (residue5, hungary-2019; batch 66's hand rows: shares of the identification, the
#: README's "referrals to the body that identifies victims" being no referral rows).
_REFERRER_LEAD = rc.lazy(r"^Of the (?P<n>" + NUMBER + r") (?:registered|identified|officially identified) "
                         r"(?:trafficking )?victims, ", IGNORECASE)
#: ... each clause: its subject, "referred" or "registered", the figure and nothing after it.
_REFERRER_CLAUSE = rc.lazy(r"(?P<subj>[^;,]+?) (?:referred|registered) (?P<n>" + NUMBER + r")\s*\.?\s*$", IGNORECASE)


def _referrer_shares(ctx: Context, out: Rows, made: list[Row]) -> list[Row] | None:
    """The shares of the year's identification by referrer (:data:`_REFERRER_LEAD`), the referral rows the count
    patterns read of them dropped; None (nothing changed) unless the lead restates the year's total told before and
    every clause after it is one referrer's figure whose body is named."""
    m = _REFERRER_LEAD.match(ctx.text)
    if m is None:
        return None
    value = parse_number(m.group("n"))
    base = next((r for r in reversed(out.rows) if r.sentence_id != ctx.sent.id and r.indicator == "victims_identified"
                 and _is_total(r) and not r.qualifier and r.value == value), None)
    if base is None:
        return None
    found: list[tuple[int, str, str]] = []  # (figure's position, its words, the share's name)
    a = m.end()
    for piece in ctx.text[a:].split(";"):
        clause = rc.match(r"^\s*(?:and\s+)?(?P<c>.*)$", piece, IGNORECASE)
        cm = _REFERRER_CLAUSE.match(clause.group("c")) if clause else None
        if cm is None:
            return None
        at = a + clause.start("c") + cm.start("n")
        row = next((r for r in made if r.pos == at and r.indicator == "victims_referred"
                    and (r.qualifier or "").startswith("by ")), None)
        body = _body().search(ctx.text[:at]) if row is None else None
        name = row.qualifier if row is not None else (f"by {_body_name(body)}" if body else None)
        if name is None:
            return None
        found.append((at, cm.group("n"), name))
        a += len(piece) + 1
    if len(found) < 2 or sum(parse_number(n) for _, n, _ in found) > value:
        return None
    return _shares_for(ctx, out, made, base, [r for r in made if r.indicator == "victims_referred"
                                              and any(r.pos == at for at, _, _ in found)], found)


def _shares_for(ctx: Context, out: Rows, made: list[Row], base: Row, read: list[Row],
                shares: list[tuple[int, str, str]]) -> list[Row]:
    """The rows of ``base``'s shares, each (its figure's position, the figure's words, its qualifier), in place of the
    rows ``read`` that the count patterns made of those figures (dropped from the table and from ``made``)."""
    for row in read:
        if out.holds(row):
            out.rows.remove(row)
        made.remove(row)
    rows = []
    for at, number, name in shares:
        value, flags = parse_count(number)
        rows.append(out.add(ctx, base.indicator, number_text=number, year=base.year,
                            flags=flags | {"breakdown"} | _part_year_flags(base, True), value=value, unit=base.unit,
                            qualifier=name, pos=at, confidence=0.8, rule=rules().back_reference.id))
    return rows


def _compared_cut(ctx: Context, start: int, end: int) -> int | None:
    """Where the first comparison of the clause ``start``-``end`` begins (a cut that is no clause cut), if any."""
    return next((c for c in ctx.cuts if start < c < end and c not in ctx.clause_cuts and depth(ctx.text, c) == 0),
                None)


def _compared_parts(ctx: Context, out: Rows, made: list[Row], base: Row, start: int, cut: int,
                    end: int) -> list[Row] | None:
    """The parts of a back-referred total before ``cut`` and, one for one, the compared year's figures after it, each
    named by the words of its part ("98 occurred at the federal level, and 289 at the regional level, compared with
    five prosecutions at the federal level and 103 at the regional level in 2020"); None (nothing read) unless the
    compared figures are as many, unqualified, of the total's indicator and name each part's words in order."""
    compared = sorted((row for row in made if cut <= row.pos < end and row.value is not None and not row.qualifier
                       and row.indicator == base.indicator and out.holds(row)), key=lambda row: row.pos)
    if len(compared) < 2:
        return None
    items = _breakdown_items(ctx, out, base, start, cut, inherited=True)
    spans = [ctx.text[row.pos : (compared[k + 1].pos if k + 1 < len(compared) else end)]
             for k, row in enumerate(compared)]
    if (len(items) != len(compared) or any(not item.qualifier for item in items)
            or any(not rc.search(rf"\b{re.escape(item.qualifier)}\b", span, IGNORECASE)
                   for item, span in zip(items, spans, strict=True))):
        for item in items:  # not parts of both years: read nothing, as before
            if out.holds(item):
                out.rows.remove(item)
        return None
    for k, row in enumerate(compared):
        part = out.with_qualifier(row, items[k].qualifier, row.flags | {"breakdown"})
        made[made.index(row)] = part
    return items


#: A clause that restates a whole figure: "all 13 victims were ...", "and all 64 victims were Nepali".
_ALL_RESTATED = rc.lazy(
    rf"(?:and )?all (?P<n>{NUMBER}) (?:identified |trafficking )*victims (?:were|was)\b", IGNORECASE)


def _whole_restated(ctx: Context, out: Rows, start: int, end: int) -> Row | None:
    """The year's total a clause after ";" restates whole ("all 13 victims were Sri Lankan nationals"), of that value,
    read in this sentence or an earlier one."""
    m = _ALL_RESTATED.match(ctx.text, start, end)
    if m is None:
        return None
    value = parse_number(m.group("n"))
    return next((r for r in reversed(out.rows) if _is_total(r) and r.value == value and r.theme == "protection"), None)


def _unspecified_remainder(ctx: Context, start: int, end: int) -> re.Match | None:
    """The figure of a clause after parts that says the rest had no form named (vocabulary.yml
    ``unspecified_remainder``): "; the government was unable to specify a form of trafficking for the remaining 47"."""
    for pattern in vocabulary().get("unspecified_remainder", []):
        m = rc.compile_cached(pattern.replace("{N}", rf"(?P<n>{NUMBER})"), IGNORECASE).search(ctx.text, start, end)
        if m and m.start() - start <= 60:  # near the clause's start: its subject and verb, no clause of its own before
            return m
    return None


#: A listed item of a group alone (maybe with its nationality), and the next item's group exploited in a form: "three
#: Namibian children and one Namibian adult exploited in sex trafficking" (batch 56's namibia-2021, residue4).
_ITEM_GROUP = r"(?:(?-i:[A-Z][a-z]+) )?(?:wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|adults?|minors?)"
#: Where a group came from, after it: " from Russia", " from North Macedonia".
_ORIGIN_OF_GROUP = r"(?: from (?:the )?(?-i:[A-Z][\w’'-]*)(?: (?-i:[A-Z][\w’'-]*))*)?"
#: ... or victims named by their age or sex and nationality: "15 adult female Malagasy victims and one adult female
#: Mauritian victim of sex trafficking" (batch 171, mauritius-2021): the form after the second is the first's too.
_VICTIM_ITEM = r"(?:(?:adult|child|minor|female|male) ){1,3}(?:(?-i:[A-Z][a-z]+) )?victims?"
_LONE_GROUP = rc.lazy(rf"(?:{_ITEM_GROUP}|{_VICTIM_ITEM})")
#: A form set beside a group's item after a comma: "and one man, a victim of forced labor from Pakistan" (residue17,
#: eswatini-2019): the item is filed by that form, as "one Namibian adult exploited in sex trafficking" is.
_APPOSED_FORM = rc.lazy(r",\s+(?:an?|the|both|all) (?:[\w-]+ )?victims? of (?P<f>{FORMS})\b")
_GROUP_IN_FORM = rc.lazy(_ITEM_GROUP + r" (?:{FORM_VERBS}) (?:in|to|for|into) (?:{FORMS})\b.*"
                         # ... or "were victims of" it, the group's origin between ("two girls and two boys from
                         # Montenegro were victims of forced labor"; batch 86, montenegro-2023)
                         + r"|" + _ITEM_GROUP + _ORIGIN_OF_GROUP + r" (?:were|was) victims? of (?:{FORMS})\b.*"
                         # ... or the victims' own "of" a form ("one adult female Mauritian victim of sex trafficking")
                         + r"|" + _VICTIM_ITEM + r" (?:(?:exploited|subjected) )?(?:of|in) (?:{FORMS})\b.*")


#: The words of "N victims of trafficking were men and boys" before the part's own: "trafficking were ".
_OF_TRAFFICKING_WERE = rc.lazy(r"^(?:human )?trafficking (?:were|was) (?=\w)", IGNORECASE)


#: A sentence of parts that opens with "These included" (or "include", "comprised"): the parts of what it refers to.
_THESE_INCLUDED = rc.lazy(r"^(?:These|Those) (?:included|include|comprised)\b", IGNORECASE)
#: A part's words that name a nationality and a form: "Ukrainian labor trafficking victims" (a cell of two parts).
_DEMONYM_FORM = rc.lazy(
    r"^\s*(?-i:[A-Z][a-z]+(?:i|n|ese|ish|ch))\s+(?:(?:sex|labou?r) trafficking|forced labou?r)"
    r"\s+(?:victims?|survivors?)\b")


#: A list's item whose grouping the text says it has no information on: "116 were female, 28 were male, two were
#: transgender, and no information on four victims" (fix223, greece-2020): the part `unspecified`, as "unknown" is.
_NO_INFO_BEFORE = rc.lazy(
    r"\b(?:no (?:information|data|details)(?: (?:was|were) (?:available|provided|reported))?|(?:information|data) "
    r"(?:was|were) (?:not available|unavailable|not provided|not reported)) (?:on|about|for|regarding) (?:the )?$",
    IGNORECASE)


#: A part's words that refer back to the part before: "compared with 76 such individuals in 2021" (fix223).
_SUCH_NOUN = rc.lazy(r"(?:such|similar) (?:individuals|persons|people|victims|cases|children|adults)"
                     r"(?: (?:in|during) (?:(?:19|20)\d\d|the (?:previous|prior|preceding) "
                     r"(?:reporting )?(?:period|year)))?",
                     IGNORECASE)


def _breakdown_items(ctx: Context, out: Rows, base: Row, start: int, end: int, *, inherited: bool) -> list[Row]:
    """ "72 were for sexual exploitation, and 9 were for the exploitation of minors": one row per part.

    A part's own year is kept ("In 2019, 24 were victims of sex trafficking"), parts after a comparison
    take its year ("... and one was male, compared to 56 female victims in 2015"), and a bracket after
    parts that names a year gives the same parts for that year ("(none in 2018)", "(66 female victims of
    sex trafficking and five male victims of forced labor in 2017)").
    """
    back = rules().back_reference
    compared = rules().comparison.id
    if _CROSS_TAB.search(ctx.text, start, end):
        return []  # "27 children and 149 adults were victims of forced labor, and 18 children ...": cells, no parts
    lead = back.rx.match(ctx.text[start:end])
    comma = ctx.text.find(",", start, end)
    if lead is None or (lead.end() == 0 or _APPROX_LEAD.fullmatch(lead.group())
                        or rc.fullmatch(r"only\s+", lead.group(), IGNORECASE)
                        or rc.match(r"and\s", ctx.text[start:end])):
        comma = start  # "Sixty-nine victims were female and one was male": the parts open the clause
    elif comma < 0 or rc.match(r"\w+(?: cases)? includ", ctx.text[start:end], IGNORECASE) or (
            lead is not None and (lead.group().endswith(" with ") or _WHOM_LEAD.fullmatch(lead.group())
                                  # "all six were female sex trafficking victims, compared to four ... in 2015":
                                  # the part follows the lead, before the comparison's comma (batch 86)
                                  or rc.fullmatch(r"(?:and\s+)?all\s+", lead.group(), IGNORECASE))):
        # ", of whom 110 were adults, 14 were children": the first part follows the lead
        # "All were victims of forced labor with two adult male victims, one boy, and one girl"
        # "all 20 were victims of sex trafficking", "These included 26 sex trafficking cases, ..."
        comma = start + lead.end()
    elif rc.search(r"\b(?:were|was|includ\w*|comprised?|consisted of|(?:reported|showed|indicated|stated|noted)"
                   r"(?: that)?|exploited)\s*$",
                   lead.group(), IGNORECASE):
        # "Officials reported there were 18 adult female victims, 14 girl victims, ...", "Identified victims included";
        # "The NCRB reported 11,212 of the victims were exploited in forced labor, 7,570 ...": the first part follows
        # (and "Authorities noted 120 of the new recipients became ...", the lead's other verbs; batch 40)
        # ("Traffickers exploited 238 victims in forced labor, 20 in sex trafficking, and two ...": the first part
        # follows the lead, before the list's first comma; batch 59's south-africa-2019)
        # ("The 24 victims comprised (consisted of) 11 boys in forced begging, ...": audit8 r1)
        comma = start + lead.end()
    extra = []
    if lead is not None and (aside := _LEAD_ASIDE.match(ctx.text, start, start + lead.end())) is not None:
        # "The 29 victims, two of whom were foreign nationals, included ...": the lead's own relative clause names a
        # part of the whole restated (batch 171's japan-2023)
        value, flags = parse_count(aside.group("n"))
        extra.append(out.add(ctx, base.indicator, number_text=aside.group("n"), year=base.year,
                             flags=flags | {"breakdown"} | _part_year_flags(base, inherited), value=value,
                             unit=base.unit, qualifier=part_qualifier(aside.group("q").strip()),
                             pos=aside.start("n"), confidence=0.8, rule=back.id))
    item = (
        # ("One identified victim was from Belize", "One repatriated victim was Panamanian": a word of the count's stage
        # before its noun; batch 105, nicaragua-2015 and panama-2015)
        rf"(?P<n>{NUMBER}|\bnone\b)(?: (?:identified|repatriated|rescued)(?= victims?\b))?"
        rf"(?: (?:cases?|victims?|defendants?|traffickers?|suspects?|adults|persons?|"
        # (a group before the form it was exploited in: "one woman in sex trafficking", batch 41's zambia-2019)
        rf"individuals?|(?:wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|adults?)(?= (?:in|for) (?:{{FORMS}})\b)))?"
        rf"(?: identified(?: in (?:19|20)\d\d)?(?= (?:were|was)\b))?"
        # "127 victims, including 26 children, were sexually exploited": a group inserted before the part's verb is a
        # sub-part of the part (not read), the words after it the part's (so is "22 victims, among them five minors,")
        # ... and one of a part's own groups, "the remaining seven, four of whom were children, were ..." (audit6)
        rf"{_PART_ASIDE}"
        rf"(?: of (?:(?:which|whom|these|them|those)(?: new)?"
        rf"(?: cases| victims| defendants| traffickers| investigations|(?<=those) (?:convicted|prosecuted|sentenced"
        rf"|charged|identified|assisted)(?= (?:were|was)\b))?"
        # ("Twenty-seven of those convicted were sex traffickers": those counted, named by their participle; audit15)
        # "Fifty-three of the identified victims were children", "Eleven of the 45 victims were foreign nationals"
        # ("Thirty-two of the confirmed victims were male": the kind the year's count is of; batch 100, portugal-2019)
        # ("70 of their new recipients became ...": the reporting body's own; batch 165, finland-2020)
        rf"|(?:the|these|those|(?:their)(?= new recipients\b)) (?:{NUMBER} )?"
        rf"(?:(?:identified|trafficking|new|{{POTENTIAL}}|{{CONFIRMED}}) )*"
        # ("120 of the new recipients (49 percent) became ...": the assistance system's new recipients, their share
        # in percent after them; batch 40, finland-2021)
        rf"(?:victims|cases|defendants|suspects|traffickers|recipients)(?: identified)?(?: in (?:19|20)\d\d)?"
        rf"(?: \((?:{NUMBER}) percent\))?)"
        # (the group inserted after the total restated: "Seventeen of the 24 victims, including one child, were")
        rf"{_PART_ASIDE})?"
        # (a pluperfect too: "28 of whom had been exploited in forced labor", batch 32's zimbabwe-2020, audit6)
        # ("with ten of them being children": the participle as the verb; residue21, guyana-2021)
        rf"(?: (?:were|was|had been|have been|has been|became|had become|being))? "
        rf"(?:(?:for|in|of|with|exploited in|victims of|involved|"
        # ("identified in" keeps its words: "20 were identified in the capital" tells where, no part: not_parts)
        rf"(?:prosecuted|convicted|charged|indicted|tried|investigated|sentenced) (?:for|of|with|as|in|under)|"
        rf"identified (?:for|of|with|as|under)) )?"
        rf"(?:the )?"
        # (a part's words end where a predicate of its own begins: "43 were foreign nationals and were predominantly
        # from Nigeria (17), ...", "12 were women and came mostly from ..."; and never begin at the "and" of the next
        # part: "12 adults and 28 children" is two parts, not "adults" as the noun counted and "and 28 children")
        rf"(?P<q>(?!and\b)[^,;.()—–]+?)(?=,|;|\.|$| \(|\s?[—–]"
        rf"| and (?:(?:at least|more than|over|about|approximately) )?(?:{NUMBER}|almost|nearly|most|all)\b"
        rf"| (?:and|while|whereas) the (?:other|remaining) {NUMBER}\b"
        rf"| and (?:were|was|came|had)\b| (?:predominantly|mostly|mainly|primarily|largely) from\b)"
    )
    yflags = _part_year_flags(base, inherited)
    # (a cut inside a part's bracket compares that part alone: "12 were girls (the same as in 2019) and 28 were women"
    # dates the 28 by the sentence, not by the bracket's year; batch 63)
    comparison_cuts = [c for c in ctx.cuts if c not in ctx.clause_cuts and depth(ctx.text, c) == 0]
    parts: list[tuple[int, str]] = []  # (end of the part's words, qualifier): what a bracket after them restates
    part_compared: set[int] = set()  # the figures a part's own comparison read ("a sharp increase from 70 in 2019")
    # "two victims were from Tajikistan and one from Iran", "nine women were from the Philippines, one man from
    # Romania": victims by origin (cells of origin and sex) are no parts of the total; a bracket after them still
    # restates the foreign victims of its year
    found = list(rc.finditer(item, ctx.text[comma:end], IGNORECASE))
    # (one victim, the clause's only figure, is no list of origins: "One identified victim was from Belize, while the
    # rest were Nicaraguan" is the part of victims from another country, `foreign`, as batch 11's one victim "from
    # Albania"; batch 105, nicaragua-2015)
    # (a dashed aside right after a part's words is that part's own detail, as a bracket is: "four were sex trafficking
    # victims—three women from Eswatini and one from South Africa—and one man, a victim of forced labor": its
    # origins make no list by origin and its figures no parts; residue18, eswatini-2019)
    # (only after a part's figure: a dash right after the lead opens the parts themselves; fix216b)
    asides = [(comma + d.start(), comma + d.end()) for d in _DASHED_ASIDE.finditer(ctx.text[comma:end])
              if rc.search(rf"\b{NUMBER}\b", ctx.text[comma : comma + d.start()], IGNORECASE)]
    origins = [o.start() for o in _FROM_ORIGIN.finditer(ctx.text, comma, end)
               if depth(ctx.text, o.start()) == 0 and not any(a <= o.start() < b for a, b in asides)]
    by_origin = bool(origins) and not (len(found) == 1 and found[0].group("n").lower() in ("one", "1"))
    origin_cut = end
    if by_origin:
        # (a clause of origin set off by a dash or ";" after parts of another grouping is no list by origin: "11 were
        # female and six were male—the majority of victims were Zambian and at least four were from the Democratic
        # Republic of the Congo" keeps `female` and `male`, and its origin's figure is no part; batch 211, zambia-2020)
        seps = [comma + d.start() for d in _ORIGIN_CLAUSE_SEP.finditer(ctx.text[comma:origins[0]])
                if depth(ctx.text, comma + d.start()) == 0]
        if seps and any(comma + m.start("n") < seps[-1] and not _FROM_WORD.search(m.group()) for m in found):
            by_origin, origin_cut = False, seps[-1]
        elif _INCLUDED_ORIGINS.search(ctx.text, comma, origins[0]) and any(
                comma + m.start("n") < origins[0] and not _FROM_WORD.search(m.group()) for m in found):
            # "...; 19 were foreign nationals, including nine from the Democratic Republic of the Congo and six from
            # Malawi": the origins are the part's own detail (sub-parts, no rows), the part before them stays
            # (audit12's zambia-2022-protection)
            by_origin, origin_cut = False, origins[0]
    for i, m in enumerate(found):
        s = comma + m.start("n")
        if s >= origin_cut or depth(ctx.text, s) > 0 or any(a <= s < b for a, b in asides) or (
                is_distractor(ctx, s, comma + m.end("n")) and not (
                parts and _REMAINDER_PART.match(ctx.text, parts[-1][0], s))):
            # ("the other 15 were ..." is a remainder, no count, except after a part of the same list: "25 were
            # exploited in forced labor, while the other 15 were victims of sex trafficking"; batch 32's belize-2020)
            continue
        if no_part(m.group("q")):
            continue  # "two of whom received suspended sentences": what happened to some, no part of the total
        if _DEMONYM_FORM.match(m.group("q")):
            # "These included 24 Ukrainian labor trafficking victims ... and six female victims": a count naming a
            # nationality and a form is a cell of two parts, no part of the total (README; as counts._TWO_ATTRIBUTES
            # after the year's total; batch 154's malta-2018)
            continue
        if (parts and _SUB_PART_LEAD.match(ctx.text, parts[-1][0], s)
                and rc.fullmatch(rf"(?:{_GROUP_WORDS}|adults?)", parts[-1][1], IGNORECASE)):
            # "18 were female, including three underage girls": a cell of two groupings (sex and age), no part of the
            # total; a finer form in a form stays a part ("five were victims of forced labor, including three victims
            # of forced begging", georgia-2021)
            continue
        if (parts and _SUB_PART_LEAD.match(ctx.text, parts[-1][0], s) and _is_form(parts[-1][1])
                and rc.fullmatch(rf"(?:{_GROUP_WORDS}|adults?)", m.group("q").strip(), IGNORECASE)):
            # "26 were subjected to sex trafficking, including five children, and 20 to forced labor, including 11
            # children": a group inside a form's part is a cell of two groupings (form and age), no part of the total
            # (batch 111's greece-2017); a bracket after the cell is still the part's ("(34 to sexual exploitation, ...
            # in 2015)"), so the part's words end after it
            parts[-1] = (comma + m.end("q"), parts[-1][1])
            continue
        if (not parts and (origin := _ORIGIN_PART_BEFORE.search(ctx.text, max(0, s - 80), s))
                and (is_demonym(part_qualifier(origin.group("g"))) or part_qualifier(origin.group("g")) == "foreign")
                and rc.fullmatch(rf"(?:{_GROUP_WORDS}|adults?)", m.group("q").strip(), IGNORECASE)):
            # "three were Venezuelans, of which two were children, and three were Indians": a group inside a
            # nationality's part (its clause read apart, after ", of which") is a cell of two groupings (origin and
            # age), no part of the total, as a group inside a form's part (batch 151, trinidad-and-tobago-2021)
            continue
        if s in part_compared or any(r.pos == s and r.rule == compared for r in out.rows
                                     if r.sentence_id == ctx.sent.id):
            continue  # "..., compared with 14 potential trafficking case investigations in 2017": the total compared
        # ("89 victims of trafficking were men and boys": the noun's "of trafficking" names no part, the words after
        # its verb do; residue16, guatemala-2017)
        q = part_qualifier(rc.sub(r"\s+victims?$", "", _OF_TRAFFICKING_WERE.sub("", m.group("q").strip())))
        if _NO_INFO_BEFORE.search(ctx.text, max(comma, s - 60), s):
            q = "unspecified"  # "116 were female, 28 were male, and no information on four victims" (fix223)
        if parts and _SUCH_NOUN.fullmatch(m.group("q").strip()):
            # "Forty-six individuals were victims of unspecified forms of trafficking, ..., compared with 76 such
            # individuals in 2021": "such" refers back to the part just named, its qualifier (fix223, vietnam-2023)
            q = parts[-1][1]
        forms_named = [p for _, p in parts if _is_form(p)]
        if _BOTH_LABEL.match(q) and len(forms_named) >= 2:
            # "34 ... in sex trafficking and six in labor trafficking, and two were combinations of both": the two
            # forms named before, one part (batch 84, ireland-2020)
            q = _both_forms(forms_named[-2], forms_named[-1])
        if i + 1 < len(found) and _LONE_GROUP.fullmatch(m.group("q").strip()) and ctx.text[
                comma + m.end("q"):comma + found[i + 1].start("n")] == " and " and _GROUP_IN_FORM.fullmatch(
                found[i + 1].group("q").strip()):
            # "three Namibian children and one Namibian adult exploited in sex trafficking": the form after the
            # second group is the first's too, each item filed by its form (the lead's decision at residue4)
            q = part_qualifier(found[i + 1].group("q").strip())
        if _LONE_GROUP.fullmatch(m.group("q").strip()) and (
                apposed := _APPOSED_FORM.match(ctx.text, comma + m.end("q"), end)):
            q = part_qualifier(apposed.group("f"))  # "and one man, a victim of forced labor": the form's part
        if _YEARISH.fullmatch(q):
            continue  # "235 in 2019" is a comparison, never a part named "2019"
        if q == "unspecified" and _WHOSE_UNSTATED.search(m.group("q")) and any(
                k != i and not _WHOSE_UNSTATED.search(o.group("q"))
                and part_qualifier(o.group("q").strip()) == "unspecified" for k, o in enumerate(found)):
            # "one adult male from South Africa whose exploitation was unspecified, and three additional unspecified
            # trafficking victims": an item that says of itself its form went unstated, beside the item the list names
            # unspecified, is no second part of that name; the part is the figure the text names so (fixl, batch 211's
            # namibia-2022; alone, "four adult females whose exploitation was unknown" is the part `unspecified`)
            continue
        if rc.match(r"(?:that|which|who|whom)\b", q):
            continue  # "Of the two cases that went to prosecution each involved one defendant": the total restated
            # with a relative clause of its own (its comma left out), never a part named by that clause (batch 43)
        if by_origin and not ((is_demonym(q) or q == "stateless") and not _FROM_WORD.search(m.group())) and not (
                # ("there were two foreign victims from Syria and one victim from Kosovo": the item the text calls
                # foreign is the foreign part; batch 86, albania-2023)
                q == "foreign" and _FOREIGN_ITEM.match(m.group("q").strip())):
            # (a nationality named by its adjective in the same list stays a part: "312 Thai, 94 victims from Burma,
            # two Laotian victims and six from unspecified countries" gives `Thai` and `Laotian`; batch 41)
            # (and so does the want of one: "25 victims from Burma, ..., three stateless victims" gives `stateless`;
            # batch 95's thailand-2023)
            parts.append((comma + m.end("q"), "foreign"))
            continue
        none = m.group("n").lower() == "none"  # "None were foreign victims (three ... in 2017)"
        value, flags = (0.0, {"zero_stated"}) if none else parse_count(m.group("n"))
        flags |= approx_flags(ctx.text, s, m.group("n"))
        q = q if len(q) <= 60 else q[:57].rsplit(" ", 1)[0] + "..."
        year, own_flags = base.year, yflags
        stated, sflags = resolve_year(ctx, s)
        if any(comma <= c < s for c in comparison_cuts) or (stated is not None and not sflags):
            year, own_flags = stated, sflags  # a part after "compared to", or a part in a clause with its year
        both = _PART_BOTH_YEARS.search(q)
        also = _AND_YEAR.match(ctx.text, comma + m.end("q")) if both else None
        if both and also:  # "two were children in both 2019 and 2018": the part of each year
            q, year, own_flags = q[: both.start()], int(both.group(1)), set()
            extra.append(out.add(ctx, base.indicator, number_text=m.group("n"), year=int(also.group(1)),
                                 flags=flags | {"breakdown"}, value=value, unit=base.unit, qualifier=q, pos=s,
                                 confidence=0.8, rule=back.id))
        extra.append(
            out.add(
                ctx,
                base.indicator,
                number_text=m.group("n"),
                year=year,
                flags=flags | {"breakdown"} | own_flags,
                value=value,
                unit=base.unit,
                qualifier=q,
                pos=s,
                confidence=0.8,
                rule=back.id,
            )
        )
        parts.append((comma + m.end("q"), q))
        same = _PART_SAME_AS.match(ctx.text, comma + m.end("q"), end)
        if same and value is not None:
            # "Fifteen of the victims were children (the same number as in 2019)": the part's figure is that year's
            # too ("the same number" gives the figure, as comparison.same-as reads it after a count; batch 63)
            extra.append(out.add(ctx, base.indicator, number_text=m.group("n"), year=int(same.group("y")),
                                 flags=flags | {"breakdown"}, value=value, unit=base.unit, qualifier=q, pos=s,
                                 confidence=0.8, rule=back.id))
        was = _PART_COMPARED.match(ctx.text, comma + m.end("q"), end)
        if was and was.group("g2") and part_qualifier(was.group("g2").lower()) != q:
            was = None  # "were children (compared with four foreign nationals identified in 2021)": another group's
        wpos = -1 if not was else was.start("n") if was.group("n") else was.start("n2")
        if was and was.group("tot") and not any(
                r.sentence_id != ctx.sent.id and r.indicator == base.indicator and r.is_whole
                and r.year == int(was.group("y")) and r.value != parse_number(was.group("n")) for r in out.rows):
            was = None  # "compared with a total of 300 in 2018": the year's total, unless an earlier sentence gave it
        if was and (read := [r for r in out.rows if r.sentence_id == ctx.sent.id and r.pos == wpos]):
            y = int(was.group("y") or was.group("y2"))
            other = [r for r in out.rows if r.sentence_id != ctx.sent.id and r.indicator == base.indicator
                     and r.year == y and r.is_whole and r.unit == base.unit and r.value is not None]
            if (other and all(r.is_whole and r.value is not None and r.year == y and r.indicator == base.indicator
                              and r.value not in {o.value for o in other} for r in read)):
                # "at least 395 were women and girls, compared with a total of 456 in 2015" after "673 victims in
                # 2015": a figure of a year whose whole count an earlier sentence gave otherwise is the part's own
                # comparison, not that year's total (residue16, guatemala-2017)
                for r in read:
                    out.rows.remove(r)
            else:
                was = None  # "..., and nine LGBTQI+, compared with 678 in 2019, 371 in 2018": the total's comparison
        if was:  # "nine victims were male, compared to zero in 2015": the same part for the year compared
            n = was.group("n") or was.group("n2")
            value, flags = (0.0, {"zero_stated"}) if rc.fullmatch(_NONE, n, IGNORECASE) else parse_count(n)
            # "Of these, 60 were women and 40 were men, compared with 50 victims in 2020": after a list of parts, a
            # figure that names the total's noun, not the last part's words, is the total's comparison (residue6;
            # one part's own, "30 were cases of sex trafficking, compared with 10 cases in 2018", stays the part's)
            whole = was.group("noun") is not None and len(parts) >= 2 and not base.qualifier
            extra.append(out.add(ctx, base.indicator, number_text=n, year=int(was.group("y") or was.group("y2")),
                                 flags=flags if whole else flags | {"breakdown"}, value=value, unit=base.unit,
                                 qualifier=None if whole else q, pos=wpos, confidence=0.8,
                                 rule=compared if whole else back.id))
            part_compared.add(wpos)
    extra += _bracketed_parts(ctx, out, base, parts, end)
    return extra


#: A bracket of parts of the sentence that ends in its year: "(35 sex trafficking and three forced begging in 2017)".
_PARTS_BRACKET_YEAR = rc.lazy(rf"\(\s*{NUMBER}\b[^()]*\band\b[^()]*\bin ((?:19|20)\d\d)\s*\)", IGNORECASE)
#: A bracket of one figure of the sentence that ends in its year: "(181 in 2016)", "(29 in 2016)".
_FIGURE_BRACKET_YEAR = rc.lazy(rf"\(\s*{NUMBER}\b(?![^()]*\band\b)[^()]*?\bin ((?:19|20)\d\d)\s*\)", IGNORECASE)
#: A bracket of parts that names no year: "(34 were female and four male)".
_PARTS_BRACKET_NO_YEAR = rc.lazy(rf"\s*{NUMBER}\b[^()]*\band\b[^()]*$", IGNORECASE)


def _sibling_bracket_year(ctx: Context, base: Row, body: str, body_start: int) -> int | None:
    """ "...; 22 were adults and nine children (24 adults and 14 children in 2017); 27 female and four male (34 were
    female and four male); ...": a bracket of parts that names no year, among two or more brackets of parts in the same
    sentence that all name one other year, gives its parts for that year (residue15, greece-2019). None otherwise.

    A bracket of one figure of that year counts among them when one bracket of parts does: "303 victims (181 in 2016);
    186 were ... (143 were ... in 2016); 212 were female and 91 were male (163 females and 18 males); 98 were children
    (29 in 2016)" (residue22, turkey-2018); one dated bracket of either kind alone stays no sibling."""
    if not _PARTS_BRACKET_NO_YEAR.match(body):
        return None
    dated = [m for rx in (_PARTS_BRACKET_YEAR, _FIGURE_BRACKET_YEAR) for m in rx.finditer(ctx.text)
             if depth(ctx.text, m.start()) == 0]
    years = {int(m.group(1)) for m in dated if not (m.start() < body_start < m.end())}
    parts = sum(1 for m in _PARTS_BRACKET_YEAR.finditer(ctx.text) if depth(ctx.text, m.start()) == 0)
    if parts < 1 or len(dated) < 2 or len(years) != 1 or base.year in years:
        return None
    return years.pop()


#: A group inserted between a part's figure and its verb, a sub-part (not read): ", including 26 children,", ", among
#: them five minors,", ", four of whom were children," (audit6)
_PART_ASIDE = rf"(?:, (?:(?:including|among them|among whom) {NUMBER}|{NUMBER} of whom) [^,;.()]+,(?= (?:were|was)\b))?"
#: The rest of a total, right after a part of it: ", while the other 15", "; and the remaining seven" (audit6).
_REMAINDER_PART = rc.lazy(r"[,;]?\s+(?:(?:and|while|whereas|but)\s+)?the\s+(?:other|remaining)\s+$", IGNORECASE)
#: ... a remainder right before a sub-part's ", of whom" (audit6).
_REMAINDER_BEFORE = rc.lazy(rf"\bthe\s+(?:other|remaining)\s+{NUMBER}$", IGNORECASE)
#: A clause that counts some of the noun just before it: "five of whom were children".
_OF_WHOM = rc.lazy(rf"\s*(?:{NUMBER}) of (?:whom|which)\b", IGNORECASE)
#: ... or "of whom" before its figure: ", of whom 24 were girls".
_OF_WHOM_LEAD = rc.lazy(r"\s*of (?:whom|which)\b", IGNORECASE)
#: A nationality's part right before "of which" (or "of whom") and the figure after it: "three were Venezuelans, of
#: which " (group ``g``: the part's words).
_ORIGIN_PART_BEFORE = rc.lazy(r"\b(?:were|was)\s+(?P<g>(?-i:[A-Z])[a-z]+|foreign(?: nationals| victims)?),?\s+"
                              r"of (?:whom|which)\s+$", IGNORECASE)
#: What leads a sub-part right after a part: "18 were female, including three underage girls".
_SUB_PART_LEAD = rc.lazy(r",?\s+(?:including|among them|of (?:whom|which))\s+"
                         r"(?:(?:at least|about|approximately|some|more than|nearly|almost|over) )?$", IGNORECASE)


#: A part's own comparison right after it, with a year and no words of its own: ", compared to three in 2015".
#: ... its unit named: ", compared with 10 cases in 2018"
_PART_COMPARED = rc.lazy(
    rf",?\s+(?:(?:an increase|a decrease) )?(?:compared (?:to|with)|up from|down from|(?:an? (?:[\w-]+ )?increase|"
    # ("a sharp increase from 70 in 2019", its adjective; batch 40, finland-2021)
    rf"an? (?:[\w-]+ )?decrease|an? (?:[\w-]+ )?rise|an? (?:[\w-]+ )?drop) from|versus|vs\.?)\s+"
    # ("compared with a total of 456 in 2015", residue16)
    rf"(?P<tot>a total of\s+)?(?P<n>{NUMBER}|none|zero)\s+"
    rf"(?:(?P<noun>cases|victims|investigations|defendants|persons|traffickers)\s+)?"
    rf"in\s+(?P<y>(?:19|20)\d\d)\b"
    # ... in a bracket, the part's group named again with its stage: "were foreign nationals (compared with no foreign
    # nationals identified in 2020)" (batch 95's laos-2022): the part's figure of that year, "no" a zero
    rf"|\s+\((?:compared (?:to|with)|up from|down from)\s+(?P<n2>{NUMBER}|none|zero|no)\s+"
    rf"(?P<g2>foreign nationals|foreigners|children|minors|women|men|girls|boys)\s+(?:identified|assisted|referred)\s+"
    rf"in\s+(?P<y2>(?:19|20)\d\d)\)",
    IGNORECASE,
)


_NONE = r"(?:none|no|zero)"
#: A zero part after "of whom" in a total's bracket: "(of whom none were children)", a group none of the total was.
_NONE_OF_WHOM = r"none\s+(?:were|was)\s+(?:{PEOPLE})\b"
#: A bracket that only compares years: "(24 in 2017, 14 victims in 2016, four in 2015, and 43 in 2014)".
#: the year a bracket's list ends in: "(79 potential victims and 26 official victims in 2017)"
_TAIL_YEAR = rc.lazy(r"\band\b[^()]*\bin ((?:19|20)\d\d)\s*$")
_BARE_NOUN = rc.lazy(r"(?:victims?|referrals?|cases?|investigations?|prosecutions?|convictions?|persons|individuals|"
                     r"people|traffickers|defendants|suspects|offenders)", IGNORECASE)
_YEARS_ONLY = rc.lazy(
    rf"(?:(?:,\s*(?:and\s+)?|\s*and\s+|^\s*){NUMBER}(?:\s+victims)?\s+in\s+(?:19|20)\d\d\s*)+", re.IGNORECASE
)
#: One elided part whose words hold commas: "one domestic slavery, sexual exploitation and forced labor;".
_ELIDED_WHOLE = rc.lazy(
    rf"(?:and )?(?P<n>{NUMBER}) (?P<q>(?!(?:cases|victims|persons)\b)[a-z][\w’' -]*, [a-z][\w’' -]*?"
    rf"(?:,? and [a-z][\w’' -]*)?)[;.\s]*$",
    re.IGNORECASE,
)
#: A part with its verb left out, after a part that had one: "50 sexual exploitation and abuse", "and one forced
#: marriage" (a number and the part's words, no verb, to the end of the clause), and the same parts of an earlier year
#: in a bracket after them: "17 females and eight males (26 females and 46 males in 2018)" (batch 38, croatia-2020).
_ELIDED_PART = rc.lazy(
    rf"(?:and )?{NUMBER} (?:were |was )?(?:for |of )?(?!(?:cases|victims|persons|individuals|traffickers)\b)[a-z]"
    rf"[\w’' -]*(?:, [a-z][\w’' -]*)*(?:\s*\([^()]*\b(?:19|20)\d\d\)\s*)?[;.\s]*$",
    re.IGNORECASE,
)
#: The words that open a list of origins inside the part just named: "19 were foreign nationals, including ".
_INCLUDED_ORIGINS = rc.lazy(r",?\s+(?:including|among them|of whom)\s+$")
#: A part named by its origin: "(were) from Tajikistan", "from the Philippines", "one man from Romania", "four of the
#: victims were from Portugal" (batch 33).
#: A dashed aside right after a part's noun: "victims—three women from Eswatini and one from South Africa—and".
#: What sets a clause of origin off from parts before it: "six were male—the majority ... were from the DRC".
_ORIGIN_CLAUSE_SEP = rc.lazy(r"\s?[—–;]\s?")
#: ... after a part named by its form too, and one that runs to the clause's end: "five Jamaican victims of sex
#: trafficking—four adult women and one female child." (its groups are sub-parts of the part; fix216b, jamaica-2020)
#: ... and after a part named by its group: "14 were children—three boys and 11 girls" (the group's sub-parts, as a
#: bracket of them is: README "a bracket of group sub-parts after a part stays no part"; audit11's
#: ukraine-2020-protection)
#: (a clause with its own verb after the group's dash is no aside: "almost all were female—only two of the identified
#: victims were male", nepal-2017)
_DASHED_ASIDE = rc.lazy(r"(?:(?:(?<=victims)|(?<=trafficking)|(?<=labor)|(?<=labour)|(?<=servitude)|(?<=begging)|"
                        r"(?<=exploitation))\s?[—–]|(?:(?<=children)|(?<=minors)|(?<=adults)|(?<=men)|(?<=girls)|"
                        r"(?<=boys)|(?<=male)|(?<=males))\s?[—–](?![^—–.;()]*\b(?:were|was|are|is)\b))"
                        # (not a comparison after the dash: "two women in forced labor – a decrease from 16 labor
                        # trafficking victims identified the previous year", japan-2023)
                        r"(?!\s?(?:a |an )?(?:decrease|increase|drop|rise|decline|compared|down|up)\b)"
                        r"[^—–.;()]{3,120}(?:[—–]|(?=\.?\s*$))")
_FROM_ORIGIN = rc.lazy(rf"\b{NUMBER} (?:of (?:the|these|those) (?:[a-z]+ )?|of them )?(?:[a-z]+ ){{0,2}}?"
                       rf"(?:(?:were|was) )?from (?:the )?(?-i:[A-Z])"
                       # (not a group's origin before the form it "were victims of": "three women from Russia were
                       # victims of sex trafficking" is a part by its form; batch 86, montenegro-2023)
                       rf"(?![\w’'-]*(?: (?-i:[A-Z])[\w’'-]*)* (?:were|was) victims? of\b)"
                       # (nor an item's origins before the form it was exploited in, the places maybe joined by "and":
                       # "two female adults from Namibia and Zambia exploited in labor trafficking", "two males from the
                       # DRC in forced labor": the item is filed by its form, the list is none by origin; fixl, batch
                       # 211's namibia-2022 and zambia-2020)
                       rf"(?![\w’'-]*(?: (?-i:[A-Z])[\w’'-]*)*(?:(?:,|,? and) (?:the )?(?-i:[A-Z])[\w’'-]*"
                       rf"(?: (?-i:[A-Z])[\w’'-]*)*)* (?:(?:{{FORM_VERBS}}) (?:in|to|for|into)|in) (?:{{FORMS}})\b"
                       # (... or the form it says was left unnamed: "one adult male from South Africa whose
                       # exploitation was unspecified")
                       rf"|[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*)* whose (?:exploitation|form of exploitation) (?:was|is) "
                       rf"(?:{{UNSTATED_KIND}})\b)",
                       re.IGNORECASE)
#: An item's own words that its form went unstated: "whose exploitation was unspecified" (fixl).
_WHOSE_UNSTATED = rc.lazy(r"\bwhose (?:exploitation|form of exploitation|type of exploitation) (?:was|is|remained) "
                          r"(?:{UNSTATED_KIND})\b", re.IGNORECASE)
#: The word foreign anywhere in a list: its items of origin may be the foreign part ("two foreign victims from Syria").
_FOREIGN_WORD = rc.lazy(r"\bforeign\b", re.IGNORECASE)
#: An item of origin the text itself calls foreign: "two foreign victims from Syria".
_FOREIGN_ITEM = rc.lazy(r"foreign (?:victims?|nationals?|citizens?) from\b", re.IGNORECASE)
#: The origin word of an item of origin ("94 victims from Burma"), which a demonym's part ("312 Thai") has not.
_FROM_WORD = rc.lazy(r"\bfrom\b", re.IGNORECASE)
#: A part's label that ends in "in both 2019" before " and 2018": the same part in each of two years.
_PART_BOTH_YEARS = rc.lazy(r"\s+(?:in|for) both ((?:19|20)\d\d)$", re.IGNORECASE)
_AND_YEAR = rc.lazy(r" and ((?:19|20)\d\d)\b")
#: A part named as both forms named before it: "one victim of both", "two were combinations of both" (batch 84,
#: ireland-2020).
_BOTH_LABEL = rc.lazy(r"^(?:both|both forms|both types|(?:an? )?combinations? of both(?: forms| types)?)$",
                      re.IGNORECASE)


def _both_forms(first: str, second: str) -> str:
    """One part of the two forms named before: "sex and labor trafficking" for "sex trafficking" and "labor
    trafficking" (the words the corpus files it by), else "X and Y"."""
    a, b = rc.match(r"^(\w+) trafficking$", first), rc.match(r"^(\w+) trafficking$", second)
    return f"{a.group(1)} and {b.group(1)} trafficking" if a and b else f"{first} and {second}"


#: "both sex trafficking and forced labor" in a bracket of parts: one label, its "and" no separator of parts.
_BOTH_AND = rc.lazy(r"(\bboth [a-z][a-z -]{2,40}?) and (?=[a-z])", re.IGNORECASE)
#: A bracket that names its stage before the figures it compares: "(convictions in eight cases in 2017, six in 2016)"
_RESTATED_STAGE = rc.lazy(r"\s*(convictions|prosecutions|investigations|indictments) (?:in|of|against) ",
                             re.IGNORECASE)
_STAGE_OF = {"convictions": "convictions", "prosecutions": "prosecutions", "indictments": "prosecutions",
             "investigations": "investigations"}
#: ", of whom 110 were adults, ...", ", among whom 12 were ...": a lead the first part follows at once
_WHOM_LEAD = rc.lazy(r"(?:of|among) (?:whom|which)", re.IGNORECASE)
#: Two counts of two groups sharing one predicate, twice: cells of a cross-tabulation, whose rows and columns are not
#: stated ("27 children and 149 adults were victims of forced labor, and 18 children and 15 adults were ...").
_TWO_GROUPS = rf"{NUMBER} [a-z]+ and {NUMBER} [a-z]+ (?:were|was)"
_CROSS_TAB = rc.lazy(rf"{_TWO_GROUPS} [^,;]+,? and {_TWO_GROUPS}\b", re.IGNORECASE)
#: A lead of approximation only: ", at least 1,269 of whom were female" (the comma of "1,269" is no separator).
_APPROX_LEAD = rc.lazy(r"(?:at least|more than|nearly|almost|about|approximately|over) ", IGNORECASE)
_BRACKET_ITEM = rc.lazy(rf"^(?:and\s+)?(?P<n>{NUMBER}|{_NONE})\b\s*(?:(?:were|was)\s+)?(?P<label>.*)$", IGNORECASE)


def _group_noun() -> re.Pattern:
    """A bracket item's words that name a group of victims alone (vocabulary.yml VICTIM_GROUP_NOUNS): "females", "one
    male", "adult men"."""
    return rc.compile_cached(r"(?:{VICTIM_GROUP_NOUNS})(?:\s+victims?)?", re.IGNORECASE)


def _named_form() -> re.Pattern:
    """A bracket item's words that name a form alone: "to sex trafficking", "for forced labor", "forced begging",
    "victims of sex trafficking" ("(186 were victims of sex trafficking, 52 of forced labor, and 65 of ...)"), and the
    forms a list names besides ("and eight of forced criminality in 2019": LIST_FORMS); after a participle
    (vocabulary.yml FORM_VERBS: "20 were exploited in sex trafficking"), a form through another ("one in domestic
    servitude through forced marriage"), a quoted form ("two in “slavery and servitude,”"; batch 63, kosovo-2021) and
    a form the text leaves unnamed ("one whose exploitation was not reported"; batch 219)."""
    return rc.compile_cached(
        rf"(?:(?:(?:{{POTENTIAL}}|identified)\s+)?victims\s+)?(?:(?:{{FORM_VERBS}})\s+)?(?:(?:to|for|of|in)\s+)?"
        rf"(?:(?:{fragments()['FORMS']}|{LIST_FORMS})(?:\s+through\s+(?:{fragments()['FORMS']}|{LIST_FORMS}))?|“[^”]+”?)"
        rf"(?:\s+victims?)?"  # "(30 sex trafficking victims, 25 forced labor victims, and 15 ... in 2019)"
        # ... or a form left unnamed: "and one whose exploitation was not reported in 2017" (batch 219,
        # bosnia-and-herzegovina-2019), "two of an unspecified type of trafficking", "three of unknown exploitation"
        rf"|(?:whose\s+(?:(?:form|type|kind)\s+of\s+)?(?:exploitation|trafficking)(?:\s+(?:form|type|kind))?"
        rf"\s+(?:was|were|remained)\s+|(?:victims\s+)?(?:of|in)\s+(?:an?\s+)?)(?:{fragments()['UNKNOWN_KIND']})"
        rf"(?:\s+(?:(?:forms?|types?|kinds?)\s+of\s+)?(?:exploitation|trafficking))?",
        IGNORECASE,
    )


#: A bracket of one figure per earlier year: "(38 in 2017, 36 in 2016)", "(12 in 2019 and none in 2018)".
_YEAR_SERIES_ITEM = rc.lazy(rf"(?P<n>{NUMBER}|none|zero) in (?P<y>(?:19|20)\d\d)", IGNORECASE)
_YEAR_SERIES = rc.lazy(
    rf"(?:{NUMBER}|none|zero) in (?:19|20)\d\d(?:(?:,| and|, and) (?:{NUMBER}|none|zero) in (?:19|20)\d\d)+",
    IGNORECASE)


#: A bracket that names its year first, before its parts: "(in 2019, 13 were ...", "(during 2018: ...".
_YEAR_FIRST = rc.lazy(r"\s*(?:in|during)\s+(?P<y>(?:19|20)\d\d)\s*[,:]\s*", IGNORECASE)


#: A part's bracket that gives another year the same figure: "15 were children (the same number as in 2019)".
_PART_SAME_AS = rc.lazy(r"\s*\((?:the )?same (?:number |figure |total )?as (?:in|during) (?P<y>(?:19|20)\d\d)\)",
                        IGNORECASE)


@cache
def _finer_bracket() -> tuple[re.Pattern, re.Pattern]:
    """The bracket of :func:`_finer_forms_bracket` and one item of it (built once: they name vocabulary.yml's forms)."""
    item = (rf"(?P<n>{NUMBER})\s+(?:(?:(?:{{POTENTIAL}})\s+)?victims?\s+)?(?:of|for|in|to)\s+"
            rf"(?P<f>(?:{{FORMS}}|{{FINER_FORMS}}))")
    sep = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    plain = item.replace("(?P<n>", "(?:").replace("(?P<f>", "(?:")
    whole = rc.compile(rf",?\s*\(\s*including\s+(?P<body>{plain}(?:{sep}{plain})*)\s*\)", IGNORECASE)
    return whole, rc.compile(item, IGNORECASE)


def _finer_forms_bracket(ctx: Context, out: Rows, base: Row, part_end: int, q: str, end: int) -> list[Row]:
    """ "14 of forced labor (including two of forced begging)", "11 were victims of labor trafficking, (including four
    victims of domestic servitude and one victim of forced criminality)": finer forms named in a bracket after a form's
    part are parts of that year's stage, each qualified by its form in the text's words (the README's "a finer form in
    a form stays a part", settled at stop 31; residue19). A bracket of groups ("(including six girls)") stays no part:
    every item must name a form (vocabulary.yml FORMS, FINER_FORMS)."""
    if not _is_form(q):
        return []
    whole, item = _finer_bracket()
    m = whole.match(ctx.text, part_end, end)
    if m is None:
        return []
    part = next((r for r in reversed(out.rows) if r.sentence_id == ctx.sent.id and r.indicator == base.indicator
                 and r.qualifier == q and r.pos < part_end), None)
    year = part.year if part is not None else base.year
    dated = part.flags & {"year_inferred", "year_ambiguous"} if part is not None else set()  # the part's own dating
    made = []
    for it in item.finditer(ctx.text, m.start("body"), m.end("body")):
        value, flags = parse_count(it.group("n"))
        made.append(out.add(ctx, base.indicator, number_text=it.group("n"), year=year,
                            flags=flags | {"breakdown"} | dated, value=value, unit=base.unit,
                            qualifier=part_qualifier(it.group("f")), pos=it.start("n"), confidence=0.8,
                            rule=rules().back_reference.id))
    return made


def _bracketed_parts(ctx: Context, out: Rows, base: Row, parts: list[tuple[int, str]], end: int) -> list[Row]:
    """ "85 were ... victims and six were ... victims (82 ... and 16 ... in 2018)", "two were foreign victims
    (none in 2018)": the parts of the bracket, each for the year the bracket names."""
    extra: list[Row] = []
    done = 0
    for k, (part_end, _q) in enumerate(parts):
        extra += _finer_forms_bracket(ctx, out, base, part_end, _q, end)
        bracket = rc.match(r"\s*\((?P<body>[^()]*)\)", ctx.text[part_end:end])
        if not bracket:
            continue
        before = [q for _, q in parts[done : k + 1]]
        done = k + 1
        body = bracket.group("body")
        years = list(YEAR_RE.finditer(body))
        body_start = part_end + bracket.start("body")
        sibling = _sibling_bracket_year(ctx, base, body, body_start) if not years else None
        if not years and sibling is None:
            continue  # "nearly all of whom (240) were ...": no comparison
        if len(before) >= 2 and len(years) >= 2 and _YEAR_SERIES.fullmatch(body.strip()):
            # "including 35 for sex trafficking ..., and 40 for which the form ... was unclear (38 in 2017, 36 in
            # 2016)": one figure per earlier year after a list of parts is the total's series, not the parts'
            # (batch 37's australia-2019)
            for item in _YEAR_SERIES_ITEM.finditer(body):
                n = item.group("n")
                value = 0.0 if rc.fullmatch(_NONE, n, IGNORECASE) else parse_number(n)
                extra.append(out.add(ctx, base.indicator, number_text=n, year=int(item.group("y")),
                                     flags={"zero_stated"} if value == 0 else set(), value=value, unit=base.unit,
                                     qualifier=base.qualifier, pos=body_start + item.start("n"), confidence=0.8,
                                     rule=rules().back_reference.id))
            continue
        two = _ZERO_BODY_TWO_YEARS.fullmatch(body.strip())
        if two:
            # "including one foreign victim (none in 2021 and 2020)": the part's zero of each year (batch 51's probe,
            # as zero_each_year reads "(zero in 2019 and 2018)" after a part read by a count rule)
            for y in (two.group(2), two.group(3)):
                extra.append(out.add(ctx, base.indicator, number_text=two.group(1), year=int(y),
                                     flags={"breakdown", "zero_stated"}, value=0.0, unit=base.unit,
                                     qualifier=before[-1], pos=body_start + body.index(two.group(1)), confidence=0.8,
                                     rule=rules().back_reference.id))
            continue
        year = int(years[-1].group(1)) if years else sibling
        text = body[: years[-1].start()] if years else body
        text = rc.sub(r"\s+(?:in|during)\s*$", "", text)
        offset = 0
        opening = _YEAR_FIRST.match(body)
        if opening and len(years) == 1:
            # "(in 2019, 13 were victims of sex trafficking, three of forced labor, ...)": the year opens the bracket
            # and the parts follow it (batch 38, croatia-2021)
            year, offset = int(opening.group("y")), opening.end()
            text = body[offset:]
        # "one to both sex trafficking and forced labor": one form of two, not two pieces (same length kept)
        text = _BOTH_AND.sub(lambda b: b.group(1) + " \0\0\0 ", text)
        # ... and a quoted form of two words: "one to “slavery and servitude,” and one to ..." (batch 60, kosovo-2020)
        text = rc.sub(r"“[^”]*”", lambda q: q.group().replace(" and ", " \0\0\0 "), text)
        pieces = [p for p in rc.finditer(r"[^,;]+?(?=\s*(?:,|;|\band\b\s+(?=\S+\s)|$))", text) if p.group().strip()]
        items = [(p, _BRACKET_ITEM.match(p.group().strip())) for p in pieces]
        items = [(p, i) for p, i in items if i]
        if len(items) > len(before) and not all(_named_form().fullmatch(i.group("label").strip()) for _, i in items) \
                and not all(_group_noun().fullmatch(i.group("label").strip()) for _, i in items):
            # "none were foreign victims (one ... from Bosnia and Herzegovina and two from Kosovo in 2019)"; a bracket
            # whose every item names its form gives that year's forms, more than the year before's ("35 ... to sex
            # trafficking and three to forced begging (26 to sex trafficking, nine to forced labor, and eleven to
            # forced begging in 2016)"), and so does one whose every item names its group of victims ("all nine were
            # female (five females and one male in 2017)": that year's groups; batch 151, north-macedonia-2019)
            continue
        for idx, (piece, it) in enumerate(items):
            label = it.group("label").strip().replace("\0\0\0", "and")
            inherited = before[idx] if len(before) == len(items) else before[-1]
            q = part_qualifier(label) if label else inherited
            n = it.group("n")
            value = 0.0 if rc.fullmatch(_NONE, n, IGNORECASE) else parse_number(n)
            pos = body_start + offset + piece.start() + piece.group().index(n)
            extra.append(
                out.add(
                    ctx,
                    base.indicator,
                    number_text=n,
                    year=year,
                    flags={"breakdown"} | ({"zero_stated"} if value == 0 else set()),
                    value=value,
                    unit=base.unit,
                    qualifier=q,
                    pos=pos,
                    confidence=0.8,
                    rule=rules().back_reference.id,
                )
            )
    return extra


#: ... never a place of origin ("seven were from Pakistan": victims listed by origin are no parts, README; batch 34)
_LABEL = r"(?!from\b)(?P<label>(?-i:[A-Z][a-z]+)|[a-z][a-z -]{0,28}?)"
#: "A majority of identified victims were children (578)", "and 361 were Ghanaian", "Of the 150 foreign national
#: victims, most were ...": parts named around their count, in a sentence that states no total of its own.
_LABELLED = (
    rc.compile_cached(rf"\b(?:were|was) {_LABEL} \((?P<n>{NUMBER})\)", IGNORECASE),
    rc.compile_cached(rf"(?:,|\band) (?P<n>{NUMBER}) were {_LABEL}(?=[,.;]|$)", IGNORECASE),
    rc.compile_cached(rf"^(?:Of|Among) the (?P<n>{NUMBER}) (?P<label>[a-z][\w -]{{0,28}}?) victims,", IGNORECASE),
    # "The majority of victims were women (547), and 68 victims were children": the item names its noun before a group
    # of victims (vocabulary.yml VICTIM_GROUP_NOUNS; batch 97)
    rc.compile_cached(rf"(?:,|\band) (?P<n>{NUMBER}) (?:trafficking )?victims (?:were|was) "
                      rf"(?P<label>(?:{{VICTIM_GROUP_NOUNS}}))(?=[,.;]|$)", IGNORECASE),
)
LABELLED = "breakdown.labelled"
#: ... and the items after the second form's part whose verb is left out: "Overall, 21 were women, eight men, 13 girls,
#: and one boy, and one foreign victim" (batch 51, serbia-2022; vocabulary.yml VICTIM_GROUP_NOUNS)
_LABELLED_MORE = rc.lazy(
    rf",?\s+(?:and\s+)?(?P<n>{NUMBER}) (?P<label>(?:{{VICTIM_GROUP_NOUNS}}))(?: victims?)?(?=\s*[,.;]|\s+and\b|$)",
    IGNORECASE,
)


def _with_more(text: str, rx: re.Pattern) -> Iterator[re.Match]:
    """The matches of ``rx``, each of ", N were <label>" followed by the list's next items (``_LABELLED_MORE``)."""
    for m in rx.finditer(text):
        yield m
        if rx is _LABELLED[1]:
            end = m.end()
            while (more := _LABELLED_MORE.match(text, end)) is not None:
                yield more
                end = more.end()


# (its rows are the figures of _LABELLED's matches, and of _LABELLED_MORE's after the second's; none without a number)
@entry(lambda: _LABELLED, number=True)
def labelled(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """Parts of the total the sentence before gives, each named around its count (``_LABELLED``)."""
    # (each of _LABELLED reads a figure: a sentence with no number, two thirds of them, has none of those parts)
    if (made or not ctx.prev_rows or not ctx.may_have_number or _unread_figures_before(ctx)
            or _of_these_unread(ctx, out, made)
            or _part_of_part(ctx, ctx.prev_rows) or _second_count_restated(ctx, out)
            or _form_part_restated(ctx, out) or _share_parts(ctx, out)
            or _form_group_split(ctx)):
        return []
    restated = _RESTATED_PART.match(ctx.text)
    if restated and _part_of_part(ctx, ctx.prev_rows):
        return []  # "Of the 543 labor trafficking victims, 183 were men": parts of a part are not read
    base = next((r for r in sorted(ctx.prev_rows, key=lambda r: (r.pos, r.indicator != "victims_identified"))
                 if _is_total(r) and r.theme == "protection"), None)
    if base is None:  # a sentence of parts before: its parts name the total ("... were children (578). Of the 150 ...")
        part = next((r for r in ctx.prev_rows if r.rule in (LABELLED, rules().back_reference.id)), None)
        if part is None:
            return []
        base = Row(**{**vars(part), "value": float("inf"), "qualifier": None, "flags": set()})
    base = _year_total(ctx, out, base)
    extra: list[Row] = []
    seen: set[int] = set()
    for rx in _LABELLED:
        for m in _with_more(ctx.text, rx):
            s = m.start("n")
            value = parse_number(m.group("n"))
            if s in seen or (rx is not _LABELLED[0] and is_distractor(ctx, s, m.end("n"))) or value >= base.value:
                continue
            seen.add(s)
            extra.append(
                out.add(
                    ctx,
                    base.indicator,
                    number_text=m.group("n"),
                    year=base.year,
                    flags={"breakdown"} | _part_year_flags(base, inherited=True),
                    value=value,
                    unit=base.unit,
                    qualifier=part_qualifier(m.group("label")),
                    pos=s,
                    confidence=0.75,
                    rule=LABELLED,
                )
            )
    return extra


#: ... in the total's own sentence after it: "assisting 219 potential trafficking victims in its shelters, all of whom
#: were expatriate women" (batch 36, qatar-2019): the group's part, and the foreign one its first word names. A
#: capitalised group is a people's (``is_demonym``: Babel's and countries.yml's names, not a guess by the ending).
_ALL_OF_WHOM = rc.lazy(
    r",\s+all of whom (?:were|was) (?:(?P<f>foreign|expatriate|migrant) )?(?P<q>adults|children|minors|women|men|girls"
    r"|boys|foreign (?:citizens|nationals)|foreigners"
    r"|(?-i:[A-Z][a-z]+)(?: (?:citizens|nationals))?)"
    r"(?=,|;|\.|$)",
    re.IGNORECASE,
)


def _all_of_whom(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "..., all of whom were expatriate women": the group's part (and the foreign one) with the figure just before."""
    extra: list[Row] = []
    for m in _ALL_OF_WHOM.finditer(ctx.text) if ctx.may(_ALL_OF_WHOM) else ():
        before = [r for r in made if r.pos < m.start() and _is_total(r) and r.indicator.startswith("victims_")]
        if not before or rc.search(rf"\b{NUMBER}\b", ctx.text[before[-1].pos + len(before[-1].number_text or ""):
                                                                m.start()], IGNORECASE):
            continue
        base = before[-1]
        q = m.group("q")
        if q[0].isupper() and not is_demonym(q.split()[0]):
            continue  # "..., all of whom were Government employees": no people named
        groups = [part_qualifier(q if q[0].isupper() else q.lower())] + (["foreign"] if m.group("f") else [])
        for g in groups:
            extra.append(out.add(ctx, base.indicator, number_text=m.group("q"), year=base.year,
                                 flags={"breakdown"} | (base.flags & {"year_inferred", "year_ambiguous"}),
                                 value=base.value, unit=base.unit, qualifier=g, pos=m.start("q"), confidence=0.8,
                                 rule=ALL_WERE))
    return extra


@entry(lambda: (_ALL_OF_WHOM,))
def all_were(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "Authorities identified seven victims, all of whom were Nigerian nationals": the group's part with the total's
    figure (as "and all 72 victims were Malagasy", its figure stated). "All were <group>" opening the next sentence or
    after ";" is no row (residue24, the comment above :data:`_UNDER_ANOTHER`)."""
    return _all_of_whom(ctx, out, made)


#: Care given to, or a referral of, "all victims" with no figure, in the sentence after the one that counted (or split)
#: the year's identified victims: "The government referred all victims to assistance and provided shelter, food,
#: medical care" (residue18, mauritius-2018), "After providing food, clothing, ... and medical care for all victims at
#: government facilities" (eswatini-2019): the stage's count is that total. "both victims" too, after a total of two
#: (residue22, netherlands-2021).
_ALL_REFERRED = rc.lazy(r"\breferred (?P<all>(?:all|both) (?:of )?(?:the |these |those )?"
                        r"(?:identified |trafficking )*victims) (?:to|for)\b"
                        r"(?P<then>[^.;]{0,40}?\band (?:also )?provided (?:them (?:with )?)?(?:shelter|food|medical|"
                        r"care|services|assistance|support|counsel\w*)\b)?", IGNORECASE)
_ALL_SERVED = rc.lazy(r"\b(?:provid\w+|offer\w+|gave|giving)\b(?=[^.;]{0,120}?\b(?:shelter|food|medical|care|services|"
                      r"assistance|support|counsel\w*)\b)[^.;]{0,120}?\b(?:to|for) "
                      r"(?P<all>(?:all|both) (?:of )?(?:the |these |those )?(?:identified |trafficking )*victims)\b",
                      IGNORECASE)


@entry(lambda: (_ALL_REFERRED, _ALL_SERVED))
def all_victims_served(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """The referral and the care of "all victims" (:data:`_ALL_REFERRED`, :data:`_ALL_SERVED`): each stage's count of
    the year's identified total told just before (that sentence's total, or the total the sentence's parts split);
    nothing for a stage the sentence reads a figure of its own for, or when the sentence before counted no
    identification."""
    lower = ctx.text.lower()
    if "all" not in lower and "both" not in lower:
        return []
    referred, served = _ALL_REFERRED.search(ctx.text), _ALL_SERVED.search(ctx.text)
    if served is not None and rc.search(r"\b(?:or|either)\s+(?:\w+ly\s+)?$", ctx.text[: served.start()]):
        served = None  # "referred or directly provided assistance to all identified victims": either, no count
    if referred is None and served is None:
        return []
    first = min(m.start() for m in (referred, served) if m is not None)
    # "identified two victims in 2020; the government offered services to both victims": the total of the clause
    # before ";" in the same sentence, as the sentence before's (residue22, netherlands-2021)
    cut = ctx.text.rfind(";", 0, first)
    prev = [r for r in made if r.indicator == "victims_identified" and r.value is not None and 0 <= r.pos < cut
            and depth(ctx.text, cut) == 0] if cut >= 0 else []
    prev = prev or [r for r in ctx.prev_rows if r.indicator == "victims_identified" and r.value is not None]
    if not prev:
        return []
    base = next((r for r in prev if _is_total(r) and not r.qualifier and r.rule != "comparison"), None)
    if base is None and all(r.is_breakdown for r in prev):
        # ("Of those victims identified, four were ... and one ...": the total those parts split)
        base = next((r for r in reversed(out.rows) if r.indicator == "victims_identified" and _is_total(r)
                     and not r.qualifier and r.value is not None and r.year == prev[0].year
                     and r.value >= sum(p.value for p in prev)), None)
    if base is None:
        return []
    if any(m is not None and m.group("all").lower().startswith("both") for m in (referred, served)) and base.value != 2:
        return []  # ("both victims" restates a total of two only)
    stages = []
    if referred is not None:
        stages.append(("victims_referred", referred.start("all"), referred.group("all")))
        if referred.group("then"):
            stages.append(("victims_assisted", referred.start("then"), referred.group("all")))
    if served is not None and not any(s[0] == "victims_assisted" for s in stages):
        stages.append(("victims_assisted", served.start("all"), served.group("all")))
    return [out.add(ctx, ind, number_text=words, year=base.year,
                    flags=base.flags & {"year_inferred", "year_ambiguous"}, value=base.value, unit=base.unit,
                    pos=pos, confidence=0.75, rule=ALL_WERE) for ind, pos, words in stages
            if not any(r.indicator == ind and r.value is not None for r in made)]


#: A zero dated by two years with no figure of its own for the second: "one foreign victim (zero in 2019 and 2018)",
#: "compared with none in 2021 and 2020" (batch 51, romania-2021). A zero over two years is each year's zero, as one
#: "in both 2019 and 2018" is (counts._BOTH_YEARS); a figure above zero over two years may be their sum: not read so.
_ZERO_TWO_YEARS = rc.lazy(
    r"(?:\s+(?:[a-z][\w-]* ){0,3}?)?\s*(?:in|during) ((?:19|20)\d\d),? (?:and|or)(?: in| during)? ((?:19|20)\d\d)\b"
    r"(?!,?\s*respectively)",
    re.IGNORECASE,
)


#: ... and a bracket after a part that holds nothing else: "(none in 2021 and 2020)"
_ZERO_BODY_TWO_YEARS = rc.lazy(
    rf"({_NONE})(?: [a-z][\w-]*){{0,2}}? (?:in|during) ((?:19|20)\d\d),? and ((?:19|20)\d\d)", re.IGNORECASE
)


def zero_each_year(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """The second year's zero of each zero the sentence's rules dated by the first of two years
    (``_ZERO_TWO_YEARS``)."""
    extra: list[Row] = []
    for row in made:
        if row.value != 0 or not row.number_text or row.sentence_id != ctx.sent.id:
            continue
        m = _ZERO_TWO_YEARS.match(ctx.text, row.pos + len(row.number_text))
        if m is None or row.year != int(m.group(1)) or int(m.group(2)) == row.year:
            continue
        extra.append(out.add(ctx, row.indicator, number_text=row.number_text, year=int(m.group(2)),
                             flags=set(row.flags) - {"year_inferred", "year_ambiguous"}, value=0.0, unit=row.unit,
                             qualifier=row.qualifier, pos=row.pos, confidence=row.confidence, rule=row.rule))
    return extra


#: A bracket of another year's figures, the year before a colon: "(2017: 202 cases and 263 suspects)" (fixr).
_YEAR_COLON = rc.lazy(r"\((?P<year>(?:19|20)\d\d): (?P<items>[^()]{3,120})\)")
#: ... one item of it: a figure and its noun.
_YEAR_COLON_ITEM = rc.lazy(rf"(?:,? and |, |^)(?P<n>{NUMBER}) (?P<noun>[a-z]+)", IGNORECASE)


def year_colon_bracket(ctx: Context, out: Rows, made: list[Row]) -> list[Row]:
    """ "investigated 219 cases and arrested 301 suspects (2017: 202 cases and 263 suspects)": each figure of the
    bracket is that year's figure of the sentence's count before it named by the same noun (its indicator, unit and
    qualifier); a bracket with a figure no count before it names gives nothing (fixr, audit14's cambodia-2019)."""
    if "(" not in ctx.text or ":" not in ctx.text:
        return []
    extra: list[Row] = []
    for m in _YEAR_COLON.finditer(ctx.text):
        year = int(m.group("year"))
        items = list(_YEAR_COLON_ITEM.finditer(m.group("items")))
        if not items or "".join(i.group() for i in items) != m.group("items"):
            continue  # every word of the bracket an item's
        found: list[tuple[re.Match, Row]] = []
        for item in items:
            noun = item.group("noun").lower()
            row = next((r for r in reversed(made) if r.value is not None and not r.is_breakdown and r.year != year
                        and r.sentence_id == ctx.sent.id and r.pos < m.start() and r.number_text
                        and rc.match(rf"{re.escape(r.number_text)} (?:[\w-]+ ){{0,3}}?{noun}\b",
                                     ctx.text[r.pos:m.start()], IGNORECASE)), None)
            if row is None:
                break
            found.append((item, row))
        else:
            if len({id(r) for _, r in found}) != len(found):
                continue
            for item, row in found:
                value, flags = parse_count(item.group("n"))
                extra.append(out.add(ctx, row.indicator, number_text=item.group("n"), year=year, flags=flags,
                                     value=value, unit=row.unit, qualifier=row.qualifier,
                                     pos=m.start("items") + item.start("n"), confidence=0.8,
                                     rule=rules().comparison.id))
    return extra
