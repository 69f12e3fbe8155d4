"""Comparisons: figures after "compared with", "a decrease from", "the same number as", "and 41 in 2020".

A comparison takes the indicator of the figure in the same place in the clause before it (a zero
stated in words counts too), each side with its own year.
"""

from __future__ import annotations

import re
from functools import cache

from tipbrief.indicators.currencies import word_pattern
from tipbrief.indicators.numbers import MONTHS, NUMBER
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.context import (
    IGNORECASE,
    PAST_IRREGULAR,
    Context,
    Row,
    Rows,
    approx_flags,
    compiled,
    depth,
    is_distractor,
    parse_count,
    part_qualifier,
    resolve_year,
    rules,
    stage_indicator,
)
from tipbrief.indicators.rules.counts import IDENTIFIED_GROUP, LIST_FORMS, body_of_later_total
from tipbrief.indicators.rules.ruleset import fragments

#: ", and courts convicted", " and referred": a clause with its own verb (not "and eight for forced labor")
AND_VERB = rc.lazy(
    r",?\s(?:and|but|while|whereas) (?:(?:the |its )?(?!(?:for|of|in|to|with|from|by)\b)[A-Za-z]+ ){0,2}?"
    # a past verb, regular or not ("and prosecutors brought 22 cases to court")
    rf"(?!forced\b)(?:[a-z]{{3,}}ed|{PAST_IRREGULAR})\b"
    # or a figure as the clause's subject, its noun between ("identified 14 victims (12 in 2017), and 14 sex
    # trafficking victims received assistance, the same as in 2017": the comparison is the second clause's; batch 73)
    # (the noun's words no preposition or auxiliary, the verb no "un-" adjective: "and 72 for unspecified forms" and
    # "and 25 were sexually exploited" are parts)
    rf"|,\s(?:and|but|while|whereas) \d[\d,]* "
    rf"(?:(?!(?:for|of|in|to|with|from|by|under|as|were|was|had|have|has|been|are|is)\b)[a-z-]+ ){{1,3}}?"
    rf"(?!forced\b|un)(?:[a-z]{{3,}}ed|{PAST_IRREGULAR})\b"
)


#: A count in brackets that a comparison compares: "35 percent (49 victims)", "the number of victims identified (244)".
_COUNT_IN_BRACKETS = rc.lazy(r"(?:\b(?:percent|per cent)|%|\bidentified|\bnumber of \w+) \($", IGNORECASE)


_COMPARED_IN_BRACKETS = rc.lazy(rf"\({NUMBER} (?:compared (?:to|with)|versus|vs\.?) $", IGNORECASE)


def _amount_after() -> re.Pattern:
    """A sum of money after a number ("15,000 somoni", "1.2 million lei", "15,000 ($1,500)"): any currency word Babel
    names, or a bracket that gives the sum in another currency; not a bracket of parts ("compared with 82 (61 sex
    trafficking, 18 labor trafficking) in 2018": the figure compared, its parts in the bracket)."""
    words = word_pattern()
    return compiled(
        rf"\s*\((?:[^()\d]{{0,20}}?)(?:US\$|[$€£¥]|{NUMBER}\s*(?:{words})\b)|\s+(?:(?:{words})|\w+ (?:{words}))\b",
        IGNORECASE,
    )


#: A figure ("two or three") or a zero in words with its year ("none in 2016")
#: ... or "none during the previous reporting period", or with a participle before its year ("compared with none
#: reported in 2016"; batch 77, palau-2018)
_FREE_NUMBER = rc.lazy(
    rf"{NUMBER}(?: or {NUMBER})?|\bnone(?= (?:(?:reported|recorded|registered|documented) )?(?:in|during) "
    rf"(?:(?:19|20)\d\d\b|the (?:previous|prior|preceding|last) "
    rf"(?:reporting )?(?:period|year)\b))"
    # ... or "no" before the stage's noun and its year or span of years ("compared with no victims identified between
    # 2016 and 2018"; batch 124's st-lucia-2020): a zero compared
    r"|\bno(?= (?:(?:new|identified|reported|trafficking|official) )?(?:victims|cases|investigations|prosecutions|"
    r"convictions|traffickers|suspects)(?: (?:identified|reported|recorded|investigated|prosecuted|convicted|"
    r"initiated))? (?:in|during|between) (?:19|20)\d\d\b)",
    IGNORECASE,
)
#: "versus none and two in 2021 and 2020, respectively": a zero in words first in a list years follow in order (tried
#: on the whole sentence: "and two in 2021" opens a comparison segment of its own, the years beyond "none"'s)
_NONE_LISTED = rc.lazy(
    rf"\bnone(?=(?:,? (?:and )?{NUMBER})+ (?:in|during|for) (?:19|20)\d\d(?:, (?:19|20)\d\d)*,? and (?:19|20)\d\d,? "
    r"respectively\b)",
    IGNORECASE,
)


#: A compared figure of potential victims: "... and one potential sex trafficking victim in 2017".
#: ... or with its noun left out before the year it is of: "... and 49 confirmed and 203 presumed in 2018" (batch 34).
#: (a figure with thousands separators among the words: "3,411 potential and 1,558 confirmed victims in 2016", batch
#: 79's malaysia-2019, as "2,224 potential and 721 confirmed victims in 2017")
_POTENTIAL_AFTER = rc.lazy(
    r" (?:additional |more )?(?:{POTENTIAL})(?: (?:(?:\d{1,3}(?:,\d{3})+|[\w-]+) ){0,3}?victims?\b"
    r"| (?=(?:in|during) (?:(?:19|20)\d\d\b|the "
    r"(?:previous|prior|preceding|last) )))", IGNORECASE
)
#: A compared figure that names its kind, confirmed or potential ("45 confirmed victims", "203 presumed").
_KIND_AFTER = rc.lazy(r" (?:additional |more )?(?:{CONFIRMED}|{POTENTIAL})\b", IGNORECASE)
#: The confirmed kind named in a comparison ("This compared with 44 confirmed victims in both 2019 and 2018"), and the
#: potential kind (batch 100).
_CONFIRMED_WORD = rc.lazy(r"\b(?:{CONFIRMED})\b", IGNORECASE)
_POTENTIAL_WORD = rc.lazy(r"\b(?:{POTENTIAL})\b", IGNORECASE)
#: A compared figure that names both kinds, "compared with 184 confirmed and potential victims in 2016": the year's
#: combined total, no second count (nor the figures after it in the comparison: "... and 121 in 2015").
_BOTH_KINDS_AFTER = rc.lazy(
    r" (?:confirmed|official|officially identified|formally identified|recogni[sz]ed) and "
    r"(?:{POTENTIAL}) (?:[\w-]+ ){0,2}?victims?\b",
    IGNORECASE,
)


#: A count the compared year only carried on, in the comparison: "compared with initiating investigations of 108 cases
#: and continuing one investigation in 2021" (batch 64's ghana-2023): cases begun earlier, no count of that year.
_CONTINUED_BEFORE = rc.lazy(
    r"\b(?:continu(?:ed|ing)|carr(?:ied|ying) over)(?: (?:to (?:investigate|prosecute|try)|(?:the )?(?:investigations?|"
    r"prosecutions?|trials?|cases?) (?:of|against|into|involving)))? $", IGNORECASE)
#: A share of the figures before it: ", seven of which stemmed from outstanding cases" (batch 34, oman-2019).
_SHARE_OF_BEFORE = rc.lazy(r" of (?:which|whom|them|these|those)\b", IGNORECASE)
#: The figure a compared share is of: "compared to 110 of 124 in 2016 and 83 of 91 in 2015" (the 124 and 91), or
#: "83 out of 91" (batch 51, ukraine-2017).
#: ... and with the share's noun between: "compared to five identified victims out of 37 individuals screened in
#: 2017" (the 37 screened, no count of victims; batch 165, bahamas-2019)
_WHOLE_OF_SHARE = rc.lazy(rf"\b{NUMBER} (?:out )?of $|\b{NUMBER} (?:[\w-]+ ){{1,3}}?out of $", IGNORECASE)
#: A figure written as a share of a whole, "99 out of 102", "52 of the 60": read at the figure's end (residue21).
_OF_WHOLE_AFTER = rc.lazy(rf" (?:out )?of (?:the )?{NUMBER}\b", IGNORECASE)
#: ... and a compared figure written so: "compared with 93 out of 131 victims in 2018" (residue21, guyana-2020).
_SHARE_COMPARED = rc.lazy(rf"\b{NUMBER} (?:out )?of (?:the )?{NUMBER}\b", IGNORECASE)
#: A part set off by a dash after the compared figure: "compared to 121 trafficking victims—including 20 victims of
#: forced labor—the government identified during the previous year" (batch 36, saudi-arabia-2019)
_DASHED_PART = rc.lazy(r"[\u2014\u2013]\s*(?:including|of which|of whom)\s+$", IGNORECASE)
#: ... and a list of the compared figure's parts set off by two dashes, its year after the second: "compared with
#: identifying 126 victims – 114 females, 12 males, and 45 children – in 2021" (fix223, vietnam-2023): the parts are
#: read by breakdowns' bracket, no figures compared of their own. The aside opens right after a figure and its noun
#: and names no year nor any comparison ("—up from 12 in 2017—" stays a comparison).
_DASH = r"(?:\s?[\u2014\u2013]\s?|\s-\s)"
_DASH_OPENED = rc.lazy(rf"\b{NUMBER}(?:\s+[\w-]+){{1,3}}?{_DASH}(?P<body>[^\u2014\u2013()]*?)$", IGNORECASE)
_DASH_CLOSED = rc.lazy(rf"(?P<body>[^\u2014\u2013()]*?){_DASH}", IGNORECASE)
_DASH_LIST_BODY = rc.lazy(rf"^(?:including |of (?:which|whom) )?{NUMBER}\s+[a-z]", IGNORECASE)
_DASH_NOT_PARTS = rc.lazy(r"\b(?:(?:19|20)\d\d|up|down|from|compared|increase\w*|decrease\w*|versus|than)\b",
                          IGNORECASE)


def _in_dashed_parts(text: str, a: int, s: int, b: int) -> bool:
    """The figure at ``s`` is in a list of parts set off by two dashes after a compared figure and its noun (see
    _DASH_OPENED): a part of that figure, not a figure compared."""
    opened = _DASH_OPENED.search(text, max(a, s - 160), s)
    if opened is None or opened.group("body").count(" - "):
        return False
    closed = _DASH_CLOSED.match(text, s, b)
    if closed is None:
        return False
    body = opened.group("body") + text[s : closed.start() + len(closed.group("body"))]
    return bool(_DASH_LIST_BODY.match(body)) and not _DASH_NOT_PARTS.search(body)


#: A comparison with earlier periods named in words, its figures in a bracket of years after them: "in comparison to
#: previous reporting periods (300 identified in 2019; 490 identified in 2018)" (batch 47, vietnam-2021).
_PERIODS_BRACKET = rc.lazy(r"^[^\d()]*\b(?:previous|prior|past|earlier|preceding)(?: [\w-]+)? (?:reporting )?"
                           r"(?:periods|years)\s*\($", IGNORECASE)
#: An item of such a bracket: a figure, perhaps its stage's participle, and its year ("300 identified in 2019").
_YEAR_ITEM = rc.lazy(r"\s+(?:[a-z]+\s+)?(?:in|during)\s+(?:19|20)\d\d\b", IGNORECASE)


def _periods_bracket(text: str, a: int, s: int, inner: int) -> bool:
    """The figure at ``s`` is one of a bracket of years right after the earlier periods a comparison names, with no
    figure before the bracket (see _PERIODS_BRACKET): a compared figure, not a part."""
    opening = text.rfind("(", a, s)
    if opening < 0 or depth(text, s) != inner + 1 or not _PERIODS_BRACKET.match(text[a : opening + 1]):
        return False
    return bool(_YEAR_ITEM.match(text, s + len(_FIRST_NUMBER.match(text, s).group())))


_FIRST_NUMBER = rc.lazy(rf"{NUMBER}", IGNORECASE)
#: a comparison whose first figure names its own noun ("compared with 37 victims in 2019"), not a bare figure
_NOUN_AFTER_FIRST = rc.lazy(
    rf"[^\d]*?\b{NUMBER}\s+(?:(?:total|identified|trafficking|potential)\s+)*(?:victims?|cases?|persons|suspects|traffickers|"
    rf"defendants|individuals)\b", IGNORECASE)


#: A sentence that opens with the whole its count is of: "Among the 176 suspected trafficking victims identified, ...".
_AMONG_OPENING = rc.lazy(r"(?:Among|Of) (?:the |these |those |all )?(?P<n>[\d,]+|[A-Za-z-]+) [^,;.]{0,80},")


#: A figure that is no percentage nor a day of a date ("15 percent", "on 12 October", "June 8, 2005"): what a
#: sentence's "this" may restate.
_COUNT_FIGURE = rc.lazy(rf"{NUMBER}(?!\s+(?:percent|per cent|{MONTHS})\b)(?!,? (?:19|20)\d\d)", IGNORECASE)
_MONTH_BEFORE = rc.lazy(rf"\b(?:{MONTHS})\s+$")
_YEAR_ONLY = rc.lazy(r"(?:19|20)\d\d")


def _unread_count(text: str) -> bool:
    """The sentence holds a figure that is no year, no percentage and no day of a date (the caller knows no row of it
    was kept)."""
    return any(not _YEAR_ONLY.fullmatch(m.group()) and not _MONTH_BEFORE.search(text, 0, m.start())
               for m in _COUNT_FIGURE.finditer(text))


#: An article before a year that makes it an adjective: "in a 2018 labor trafficking case" (batch 106's bhutan-2022).
_YEAR_ADJECTIVE = rc.lazy(r"\b(?:a|an|the|its|their|this|that)\s+$", IGNORECASE)


def free_numbers(ctx: Context, a: int, b: int, claimed: set[int]) -> list[tuple[int, int, str]]:
    """Figures between ``a`` and ``b`` that no rule has read and that may be compared (not bracketed, no money;
    all of them bracketed when ``a`` opens a comparison inside brackets, "(compared with 114 in 2018, 96 in 2017)")."""
    found = []
    inner = depth(ctx.text, a)
    amount = _amount_after()
    # "compared with 14 ... in 2017 and none in 2016": a zero compared, stated in words with its year
    listed = [m for m in _NONE_LISTED.finditer(ctx.text, a) if m.end() <= b] if ctx.may(_NONE_LISTED) else []
    matches = sorted([(a + m.start(), a + m.end(), m.group()) for m in _FREE_NUMBER.finditer(ctx.text[a:b])]
                     + [(m.start(), m.end(), m.group()) for m in listed])
    for s, e, written in matches:
        # "identified (244)", "(200 compared to 252)": the bracket holds the count or its comparison
        counted = _COUNT_IN_BRACKETS.search(ctx.text[:s]) or _COMPARED_IN_BRACKETS.search(ctx.text[:s])
        if s in claimed or (is_distractor(ctx, s, e) and not (counted and ctx.text[e:].startswith(")"))):
            continue
        if depth(ctx.text, s) > inner and not counted and not _periods_bracket(ctx.text, a, s, inner):
            continue  # inside brackets: a breakdown or a bracketed comparison, read by breakdowns.parenthetical
        if amount.match(ctx.text[e:]) or ctx.text[max(0, s - 1) : s] == "$":
            continue
        if _WHOLE_OF_SHARE.search(ctx.text, max(a, s - 50), s):
            continue  # "compared to 110 of 124 in 2016": 124 is the whole the compared 110 is of
        if _DASHED_PART.search(ctx.text, max(a, s - 30), s):
            continue  # "compared to 121 victims—including 20 victims of forced labor—": a part, read by breakdowns
        if _in_dashed_parts(ctx.text, a, s, b):
            continue  # "compared with 126 victims – 114 females, 12 males, and 45 children – in 2021": its parts
        if _CONTINUED_BEFORE.search(ctx.text, max(a, s - 60), s):
            continue  # "... and continuing one investigation in 2021": carried over, no count of that year
        if _YEAR_ADJECTIVE.search(ctx.text, max(a, s - 12), s) and rc.fullmatch(r"(?:19|20)\d\d", written):
            continue  # "against three suspects in a 2018 labor trafficking case": the case's year, no figure
        if _SHARE_OF_BEFORE.match(ctx.text, e):
            continue  # "—up from 12 in 2017—under the law, seven of which stemmed from ...": a share, none compared
        found.append((s, e, written))
    return found


#: Pairs of figures per year after two clauses of one sentence, each clause one series: "no potential male victims
#: requested assistance, and the women’s shelter assisted one potential victim, compared with 25 and none in 2018 and
#: two and four in 2017" (residue23, iceland-2020: the first figure of each pair is the first clause's series, the
#: second the second's).
_PAIR = rf"(?:{NUMBER}|none|zero) and (?:{NUMBER}|none|zero) (?:in|during) (?:19|20)\d\d"
_YEAR_PAIRS = rc.lazy(rf"\W*(?:(?:compared|as compared) (?:with|to) )?(?P<pairs>{_PAIR}(?:,? and {_PAIR})+)\b",
                      IGNORECASE)
_PAIR_FIGURES = rc.lazy(
    rf"(?P<x>{NUMBER}|none|zero) and (?P<y>{NUMBER}|none|zero) (?:in|during) (?P<year>(?:19|20)\d\d)", IGNORECASE)


def _other_series_of_pairs(ctx: Context, a: int, b: int, primary: list[Row]) -> set[int]:
    """The positions of the figures of a list of pairs per year that belong to the other clause's series: the first of
    each pair when the figure compared is in the clause after ", and", the second when it is before it."""
    m = _YEAR_PAIRS.match(ctx.text, a, b)
    if m is None or len({row.pos for row in primary}) != 1:
        return set()
    joint = ctx.text.rfind(", and ", 0, primary[0].pos)
    if joint < 0 and ctx.text.find(", and ", primary[0].pos, a) < 0:
        return set()  # (one clause: the pairs are no two series of this sentence)
    other = "x" if joint >= 0 else "y"
    return {p.start(other) for p in _PAIR_FIGURES.finditer(ctx.text, m.start("pairs"), m.end("pairs"))}


def compare(ctx: Context, out: Rows, made: list[Row], claimed: set[int], zeros: list[Row]) -> list[Row]:
    """Rows for the figures of each comparison segment, taking the indicator of the figure they compare with.

    ``zeros`` (the sentence's zero-stated rows) can be compared with too: "did not prosecute any
    officials in 2020, compared with two in 2019". ``claimed`` (positions already read) grows.
    """
    r = rules()
    extra: list[Row] = []
    comparison = {seg for seg in range(1, len(ctx.cuts) + 1) if ctx.bounds(seg)[0] not in ctx.clause_cuts}

    def base(seg: int, figures: int) -> list[Row]:
        """The rows a comparison in ``seg`` compares with: the totals of the clause it follows, or its parts
        one for one when it has as many figures ("assisting 672 victims of sex trafficking and 425 victims of
        labor trafficking, compared with 516 ... and 646 ...", "the GPS identified 304, compared with 285")."""
        if (part := _bracketed_part(ctx, made, ctx.bounds(seg)[0])) is not None:
            return [part]  # "..., 30 for labor trafficking (compared to 27 in 2017), ...": the part's own bracket
        first = seg
        while seg in comparison:
            seg -= 1
        start = ctx.bounds(seg)[0]
        if (seg > 0 and start in ctx.clause_cuts and not any(ctx.segment(row.pos) == seg for row in made)
                and _CLAUSE_ONLY_COMPARES.match(ctx.text, start + 1, ctx.bounds(seg + 1)[0])):
            # "...; this was a significant increase from 44 investigations, ... in 2017": a clause that only
            # restates what the clause before the ";" counted compares that clause's figures (batch 40, guinea-2019)
            seg -= 1
            while seg in comparison:
                seg -= 1
        rows = [row for row in made if ctx.segment(row.pos) == seg and not row.is_breakdown
                and not _restated(ctx, row)]
        parts = [row for row in made if ctx.segment(row.pos) == seg and row not in rows]
        if not rows and not parts:  # "This is a decrease from 28 prosecutions ... and 35 initiated in 2016"
            earlier = [row for row in made if seg < ctx.segment(row.pos) < first and not row.is_breakdown]
            last = max((ctx.segment(row.pos) for row in earlier), default=None)
            rows = [row for row in earlier if ctx.segment(row.pos) == last]
        chain = first  # the comparison's first segment ("... 30 in 2015, and 51 in 2014" is a segment of its own)
        while chain - 1 in comparison:
            chain -= 1
        # (a figure the comparison names with its own noun is read before it: "This was an increase from 60
        # investigations in 2020" still compares the sentence before; batch 40's probes)
        own = [row for row in made if ctx.segment(row.pos) not in comparison]
        if not rows and not parts and not own and _ONLY_COMPARES.match(ctx.text, 0, ctx.bounds(chain)[0]):
            # "The government identified 12 trafficking victims ... This is compared with 13 in 2016, 30 in 2015,
            # and 51 in 2014": a sentence that only compares compares the totals of the sentence before
            # (one stage's total only: which figure "13" compares is not said when it gave several)
            rows = [row for row in ctx.prev_rows if row.value is not None and not row.is_breakdown
                    and row.theme in ("prosecution", "protection") and row.unit in ("victims", "cases", "persons")]
            # (the whole an opening "Among the 176 suspected trafficking victims identified, the PNTL referred 21" is of
            # is the sentence's setting, not its count: the figure of its main clause is compared; batch 106's
            # timor-leste-2017)
            if ctx.prev is not None and (among := _AMONG_OPENING.match(ctx.prev.text)):
                rows = [row for row in rows if not among.start("n") <= row.pos < among.end("n")] or rows
            if (rows and ctx.prev is not None and not any(row.sentence_id == ctx.prev.id for row in rows)
                    and _unread_count(ctx.prev.text)):
                # "Police identified 197 trafficking victims ... Police also identified 786 victims of commercial
                # sexual exploitation, some of whom may have been ... This compared with 785 victims of commercial
                # sexual exploitation in 2019": "this" is the sentence before, whose figure no row counts, not the
                # total of a sentence further back (batch 191, france-2022)
                rows = []
            # (or one figure of two stages: "identified and referred to shelters 113 victims. This is compared to 121
            # victims the government identified ...", the stage the compared figure names chosen below; batch 36)
            one_figure = len({row.pos for row in rows}) == 1
            # (zeros alone, no figure: each zero's stage names its own, "This compared with no reported prosecutions
            # or convictions during the previous reporting period", each in its stage's unit; batch 53)
            rows = rows if one_figure or not figures or len({(row.indicator, row.unit) for row in rows}) == 1 else []
            if not rows and figures >= 2 and ctx.prev is not None:
                # "Of the 892 victims ..., 175 were victims of trafficking and 717 were victims of aggravated sexual
                # exploitation ... This compared to 177 victims of trafficking and 773 victims of sexual exploitation in
                # 2018": a sentence of parts alone, compared by as many figures each naming its own kind, is compared
                # part for part (residue29a, france-2020)
                prev_parts = [row for row in ctx.prev_rows if row.value is not None and row.is_breakdown
                              and row.qualifier and row.sentence_id == ctx.prev.id]
                fa, fb = ctx.bounds(chain)[0], ctx.bounds(max(comparison))[1]
                named = [m for m in free_numbers(ctx, fa, fb, claimed)
                         if _form_after().match(ctx.text, m[1]) or _VICTIMS_OF_KIND.match(ctx.text, m[1])]
                if (len({row.pos for row in prev_parts}) == len(prev_parts) == figures == len(named)
                        and len({(row.indicator, row.unit) for row in prev_parts}) == 1):
                    rows = prev_parts
        if not rows and parts and len(parts) == figures:
            return sorted(parts, key=lambda row: row.pos)
        if not rows and len({p.pos for p in parts}) > 1 and figures == 1:
            # "referred 99 out of 102 victims to shelter and 98 to protective services, compared with 93 out of 131
            # victims in 2018": a compared share written as one part's is ("N out of M") compares that part, not a
            # total of the parts (residue21, guyana-2020)
            a0, b0 = ctx.bounds(first)
            if _SHARE_COMPARED.search(ctx.text, a0, b0):
                alike = [p for p in parts if _OF_WHOLE_AFTER.match(ctx.text, p.pos + len(p.number_text))]
                if len({p.pos for p in alike}) == 1:
                    return alike
        if not rows and figures == 1 and len({p.qualifier for p in parts}) > 1:
            # "identified 23 foreign trafficking victims and one Maltese victim, compared to 30 foreign victims in the
            # previous reporting period": a compared figure naming the group of one part right after it compares that
            # part, not a total of the parts (batch 143's malta-2019)
            fa, fb = ctx.bounds(first)
            named = [p for p in parts if p.qualifier and rc.compile_cached(
                rf"\b\d[\d,]* {re.escape(p.qualifier)}\b", IGNORECASE).search(ctx.text, fa, fb)]
            if len({p.qualifier for p in named}) == 1:
                return [named[0]]
        one_share = len({p.qualifier for p in parts}) == 1 and (parts[0].qualifier or "").startswith("by ")
        # (one part alone compared by bare figures, "Of the 413 identified victims, 30 were child victims, compared
        # with 33 in 2019 and 53 in 2018", "three foreign victims—...—compared with one in 2019": the part's own series,
        # kept below (batch 86, bulgaria-2021); a compared figure with its own noun, "47 adult victims ..., compared
        # with 37 victims in 2019", compares the year's count)
        lone_part = (len({p.pos for p in parts}) == 1
                     and not _NOUN_AFTER_FIRST.match(ctx.text, ctx.bounds(first)[0], ctx.bounds(first)[1]))
        if not rows and len({(p.indicator, p.unit) for p in parts}) == 1 and not one_share and not lone_part:
            # "investigated 24 cases of sex trafficking and four of forced labor, up from 19 cases": a total compared
            # (not one body's share alone: "Inmujeres assisted 140 ..., compared with assisting 37 victims in 2020 and
            # 83 victims in 2019" compares the body's own figures; batch 47)
            total = parts[0]
            rows = [Row(**{**vars(total), "qualifier": None, "flags": total.flags - {"breakdown"}})]
        elif not rows and parts and (one_share or lone_part or (len({p.pos for p in parts}) == 1
                                                   and len({p.qualifier for p in parts}) == 1)):
            # "identified and referred 65 child labor trafficking victims ..., compared with 15 in 2016": one group's
            # figure of two stages, with no total beside it, compared in each stage as one stage's is (batch 43's
            # gabon-2018), the group kept (a group is no form: ghana-2020's "child victims (200 compared to 252)")
            rows = sorted(parts, key=lambda row: row.indicator)
        zero_rows = [row for row in zeros if ctx.segment(row.pos) == seg
                     # a group's zero beside the total ("identified 11 foreign ... victims and zero Maltese victims,
                     # compared with 24 and 30 ..."): the total is compared, not the group (batch 34, malta-2020)
                     and not (row.is_breakdown and rows)]
        # (the stand-ins of a number not reported, one per stage of one figure, as one zero: unreported_bases)
        one = len(zero_rows) == 1 or (zero_rows and all(UNREPORTED_BASE in row.flags for row in zero_rows))
        return sorted(rows + (zero_rows if one else []), key=lambda row: row.pos)

    _zero_of_persons(ctx, out, made, zeros, comparison)
    extra += _compared_total_with_parts(ctx, out, made, claimed)
    other_series: set[int] = set()
    for seg in sorted(comparison):
        a, b = ctx.bounds(seg)
        b = _bracket_end(ctx.text, a, b)
        _carry_qualifiers(ctx, out, made, comparison, a, b, zeros)
        figures = len(free_numbers(ctx, a, b, claimed)) + sum(a <= row.pos < b for row in made)
        primary = base(seg, figures)
        _align_to_zeros(ctx, out, made, zeros, comparison, seg, a, b)
        if not primary:
            continue
        primary = _last_clause(ctx, seg, comparison, primary, figures)
        _align_units(ctx, out, made, primary, a, b)
        _align_units(ctx, out, zeros, primary, a, b)  # "..., compared to no prosecutions in 2018"
        if r.same_as.rx.match(ctx.text[a:b]):
            year, yflags = resolve_year(ctx, a)
            for row in primary:
                if row.value is None:
                    continue
                q, part = row.qualifier, set()
                if row.rule == IDENTIFIED_GROUP and any(
                        x.rule == "comparison" and x.indicator == row.indicator and x.qualifier is None
                        and x.sentence_id == row.sentence_id and x.pos < a for x in extra):
                    # "two Bahamian child victims ..., down from five victims in 2019 and the same as in 2018": the
                    # series compared before named the whole count, so does "the same" (batch 109, bahamas-2021)
                    q, part = None, {"breakdown"}
                extra.append(
                    out.add(
                        ctx,
                        row.indicator,
                        number_text=row.number_text,
                        year=year,
                        flags=row.flags - {"year_inferred", "year_ambiguous"} - part | yflags,
                        value=row.value,
                        unit=row.unit,
                        qualifier=q,
                        pos=a,
                        confidence=0.8,
                        rule=r.same_as.id,
                    )
                )
            continue
        in_seg = sorted(
            [row.pos for row in made if a <= row.pos < b] + [s for s, _, _ in free_numbers(ctx, a, b, claimed)]
        )
        # one figure that feeds two indicators ("identifying and referring 574 victims ... and 391 in 2020") is
        # compared once per indicator
        figures_at = sorted({row.pos for row in primary})
        free = free_numbers(ctx, a, b, claimed)
        # "a decrease from 10 forced labor and one sex trafficking case during the previous reporting period": figures
        # of two forms or more compared are that period's parts (its total not stated); one figure of one form is the
        # period's whole count, as the year's own (the corpus README)
        forms = {s: _form_after().match(ctx.text, e) for s, e, _ in free}
        parts_of = len({part_qualifier(f.group("form")) for f in forms.values() if f}) >= 2
        if not parts_of and len(free) >= 2:
            # "This compared with 175 victims of trafficking, 717 victims of aggravated sexual exploitation, and 39
            # victims of exploitation in 2019": every figure compared named as the victims of a kind of its own,
            # two kinds or more, the kinds no forms of the list, are that period's parts in the text's words
            # (residue29a, france-2020 and -2021)
            # (a total the text states after them, "..., for a total of 931", is none of them)
            kinds = {s: forms[s] or _VICTIMS_OF_KIND.match(ctx.text, e) for s, e, _ in free
                     if not _TOTAL_OF_BEFORE.search(ctx.text, max(a, s - 20), s)}
            if (len(kinds) >= 2 and all(kinds.values())
                    and len({k.group("form").lower() for k in kinds.values()}) == len(kinds)):
                forms, parts_of = kinds, True
        share_clause = False  # a share clause of the figure compared ("..., of which 140 were identified in two cases")
        victims_only = all(row.unit == "victims" for row in primary)
        # "identified 23 child trafficking victims ... and no adult victims, compared with 132 child victims and 43
        # adult victims in 2020": figures of two groups of victims or more compared, each naming its group, are that
        # period's groups (its total not stated), as two forms are (batch 157's togo-2022)
        groups = {s: _GROUP_VICTIMS_AFTER.match(ctx.text, e) for s, e, _ in free} if victims_only else {}
        groups_of = len({part_qualifier(g.group("g")) for g in groups.values() if g}) >= 2
        suspects_only = all(row.indicator == "suspects" for row in primary)
        # (the pairs run on past the segment's cut at "and": "25 and none in 2018 and two | and four in 2017")
        other_series |= _other_series_of_pairs(ctx, a, len(ctx.text), primary)
        for s, e, text in free:
            if s in other_series:
                claimed.add(s)  # "..., compared with 25 and none in 2018": the other clause's figure
                continue
            if share_clause:
                claimed.add(s)  # "... of which 140 were identified in two cases": no figure of that clause is compared
                continue
            if _ACTION_AFTER.match(ctx.text, e):
                claimed.add(s)  # "compared with 15 operations and 25 suspected traffickers ...": no count compared
                continue
            if (primary and not any(row.unit == "victims" for row in primary) and _VICTIMS_AFTER.match(ctx.text, e)
                    and _INVOLVING_BEFORE.search(ctx.text, max(0, s - 30), s)):
                claimed.add(s)  # "compared with 12 investigations involving 53 potential victims": no case count
                continue
            if primary and all(row.unit == "inspections" for row in primary) and _FOUND_AFTER.match(ctx.text, e):
                claimed.add(s)  # "during 462 slave labor inspections, compared with 1,937 victims during 443
                continue  # inspections in 2021": the victims found are no inspections compared (batch 89's brazil-2023)
            if (victims_only or suspects_only) and _GROUP_AFTER.match(ctx.text, e):
                # (nor suspects: "arrested 20 suspects ..., compared with detaining 12 migrants"; batch 59)
                # "... of around 125 foreign trafficking victims and more than 3,000 vulnerable Iraqi migrants returning
                # from Europe": a group that is no trafficking victims compares no count of victims (batch 40)
                claimed.add(s)
                continue
            if (_OTHER_BODYS_FIGURE.search(ctx.text, a, s) and not rc.search(r"\b(?:19|20)\d\d\b", ctx.text[a:b])):
                claimed.add(s)  # "compared with the prosecution service’s statistic of 413": that body's, same year
                continue
            if (_other_stage_before(ctx, a, s, primary) or _IN_ADDITION.search(ctx.text, a, s)
                    or _BUT_CONTINUED.search(ctx.text, a, s)
                    or (_WITH_LEAD.search(ctx.text, a, s) and (_SENTENCED_AFTER.match(ctx.text, e)
                                                                 or _SENTENCES_BEFORE.search(ctx.text, a, s)))):
                # "compared with 50 in 2016, in addition to 956 children exploited in commercial sex": no figure
                # compared, nor one of this stage
                claimed.add(s)  # "identifying 27,877 ..., compared with intercepting 10,100": another stage's figure
                continue
            earlier = [x for x in extra if a <= x.pos < s and x.value is not None]
            # (the figure compared may be a count rule's own: "compared with 199 victims identified in 2020, of which
            # 140 were identified in two cases"; batch 41, zambia-2022)
            read = earlier or [x for x in made if a <= x.pos < s and x.value is not None]
            of_which = bool(read) and bool(_OF_WHICH.search(ctx.text, a, s))
            part = _part_of_compared().match(ctx.text, e) if of_which and earlier else None
            if of_which and not part:
                claimed.add(s)  # "compared with 22 cases in 2019, of which 10 remained pending": no figure compared
                share_clause = True
                continue
            if part:
                # "an increase from the 312 individuals ... prosecuted the previous reporting period, of which 56 were
                # for forced labor" (batch 35): a part of the figure compared just before, of its year
                prev = max(earlier, key=lambda x: x.pos)
                value, flags = parse_count(text)
                owner, qualifier = prev, part_qualifier(part.group("form"))
                own = _PART_BRACKET.match(ctx.text, part.end())
                mains = [row for row in primary if row.indicator == prev.indicator and not row.is_breakdown
                         and row.year is not None and row.year != prev.year]
                if own and prev.year is not None and int(own.group("y")) == prev.year and mains:
                    # "identified 26 victims ..., compared with 24 in 2020, of which three were foreign nationals (11
                    # in 2020)" (batch 56, lithuania-2022): a bracket giving the compared year its own figure makes the
                    # part the year's own, the bracket's figure the compared year's part
                    owner = mains[0]
                    bvalue, bflags = parse_count(own.group("n"))
                    extra.append(out.add(ctx, prev.indicator, number_text=own.group("n"), year=prev.year,
                                         flags=bflags | {"breakdown"}, value=bvalue, unit=prev.unit,
                                         qualifier=qualifier, pos=own.start("n"), confidence=0.8,
                                         rule=r.comparison.id))
                    claimed.add(own.start("n"))
                extra.append(out.add(ctx, prev.indicator, number_text=text, year=owner.year,
                                     flags=flags | {"breakdown"} | (owner.flags & {"year_inferred", "year_ambiguous"}),
                                     value=value, unit=prev.unit, qualifier=qualifier,
                                     pos=s, confidence=0.8, rule=r.comparison.id))
                claimed.add(s)
                continue
            idx = min(in_seg.index(s), len(figures_at) - 1)
            # "compared with none in 2019", "compared with zero in 2019": a zero stated in words
            value, flags = (0.0, {"zero_stated"}) if text.lower() in ("none", "zero", "no") else parse_count(text)
            flags |= approx_flags(ctx.text, s, text)
            year, yflags = resolve_year(ctx, s)
            bases = [row for row in primary if row.pos == figures_at[idx]]
            noun = _UNIT_NOUN.match(ctx.text, e)
            unit_named = noun and ("cases" if noun.group(1).lower() == "cases" else "persons")
            if unit_named and bases and all(b.unit != unit_named for b in bases):
                # "convicted 14 traffickers in three cases ..., compared with 22 traffickers in 2020, 17 traffickers in
                # 2019": a figure that names its unit compares the figure of that unit, whatever its place (batch 40)
                same = [row for row in primary if row.unit == unit_named and not row.is_breakdown
                        and row.indicator in {b.indicator for b in bases}]
                if not same and all(b.indicator == "suspects" for b in bases):
                    # "investigated nine trafficking cases involving 19 suspects ..., compared with nine trafficking
                    # cases in 2018 and two cases in 2017": cases compare the investigations, not the persons
                    # investigated in the second place (batch 90, haiti-2020)
                    same = [row for row in primary if row.unit == unit_named and not row.is_breakdown
                            and row.indicator == "investigations"]
                bases = same[:1] or bases
            stage_noun = _STAGE_NOUN_AFTER.match(ctx.text, e)
            if stage_noun and bases:
                # "investigated, prosecuted, and convicted one trafficker ..., compared with one investigation, one
                # prosecution, and zero convictions for trafficking offenses the previous reporting period": a figure
                # whose noun names its stage compares that stage alone, in the unit of the figure it is compared with
                # (as batch 53's mauritania-2020 "one prosecution"; residue11, batch 82's gambia-2017); a count
                # pattern's reading of it stands, and a stage the sentence did not count before is no comparison of
                # this one
                wanted = _LAW_STAGE[stage_noun.group(1).lower()[:6]]
                if (not any(row.indicator == wanted for row in bases)
                        or any(row.pos == s and row.indicator == wanted for row in [*made, *extra])):
                    claimed.add(s)
                    continue
                bases = [row for row in bases if row.indicator == wanted]
            after = _STAGE_AFTER.match(ctx.text, e)
            named_after = [row for row in primary if after and row.indicator == _LAW_STAGE[after.group(1).lower()[:6]]]
            if named_after and not any(row in named_after for row in bases):
                # "compared with nine traffickers prosecuted and 12 convicted in 2019": the 12 are convictions
                bases = named_after[:1]
            victim_stage = _VICTIM_STAGE_AFTER.match(ctx.text, e)
            if victim_stage and bases and all(
                    (own_words := _VICTIM_STAGE_AFTER.match(ctx.text, row.pos + len(row.number_text)))
                    and own_words.group(1).lower() == victim_stage.group(1).lower() for row in bases):
                # "repatriated two Zambian victims identified in South Africa, compared to 10 Zambian victims identified
                # in various countries in 2018": the compared figure repeats the words of the figure it is compared
                # with, where its victims were identified; the stage compared is that figure's (fix223, zambia-2020)
                victim_stage = None
            if victim_stage and not any(row.indicator == stage_indicator(victim_stage.group(1)) for row in bases):
                # "compared with one sex trafficking victim identified in 2018": the identification the sentence
                # counted (or stated none of) before the figure, else no figure of the stage compared
                wanted = stage_indicator(victim_stage.group(1))
                own = [row for row in [*primary, *zeros] if row.indicator == wanted and row.pos < s]
                bases = sorted(own, key=lambda row: row.pos)[-1:]
                if not own and wanted in out.defs:
                    # "referred 12 victims to care in 2020, compared with 20 victims assisted in 2019": a figure that
                    # names its own stage, none counted before it, is that stage's count of the year compared (as a
                    # count pattern reads "20 victims identified in 2019"; audit6)
                    extra.append(out.add(ctx, wanted, number_text=text, year=year, flags=flags | yflags, value=value,
                                         unit=out.defs[wanted].unit.split(" ")[0], qualifier=None, pos=s,
                                         confidence=0.8, rule=r.comparison.id))
                    claimed.add(s)
                    continue
            elif victim_stage and len({row.indicator for row in bases}) > 1:
                # "identified and assisted 91 victims ..., compared with 159 victims assisted in 2019": one figure of
                # two stages compared with a figure whose words name one of them is that stage's alone (batch 33)
                bases = [row for row in bases if row.indicator == stage_indicator(victim_stage.group(1))]
            if (victim_stage and victim_stage.group(2) and bases
                    and (second := stage_indicator(victim_stage.group(2))) in out.defs
                    and not any(row.indicator == second for row in bases)):
                # "identified 33 ... and referred them all to care, an increase compared with 28 they independently
                # identified and assisted the previous year": the second stage the compared figure names is that
                # stage's count of the year compared too (batch 43's djibouti-2020), as a stage named alone is (above)
                extra.append(out.add(ctx, second, number_text=text, year=year, flags=flags | yflags, value=value,
                                     unit=out.defs[second].unit.split(" ")[0], qualifier=None, pos=s,
                                     confidence=0.8, rule=r.comparison.id))
            # "identified and provided services to seven ..., compared with supporting 20 ... in 2021 and 47 in 2020":
            # a figure read before it in the comparison names the stage compared
            chain = seg  # the comparison's first segment: "compared with referring 15 victims in 2019 and 11 in 2018"
            while chain - 1 in comparison:
                chain -= 1
            a0 = ctx.bounds(chain)[0]
            stages = {row.indicator for row in made if a0 <= row.pos < s} & {row.indicator for row in bases}
            named = {_STAGE_OF[v.group(1).lower()] for v in _STAGE_VERB.finditer(ctx.text, a0, s)}
            if not stages and len(named) == 1 and len({row.indicator for row in bases}) > 1:
                stages = named  # "compared with assisting 14 ..." (not "compared with 391 identified and referred")
            bases = [row for row in bases if row.indicator in stages] if stages else bases
            led = [row for row in made if a0 <= row.pos < s and row.value is not None and not row.is_breakdown
                   and row.unit == "victims" and row.indicator not in {b.indicator for b in primary}]
            if led and bases:
                # "SVET referred 217 ...; this compared with the government and NGOs providing shelter and services to
                # 238 trafficking victims in 2018 and 127 trafficking victims in 2017": a figure after one a count rule
                # read in the comparison, of a stage the figures compared are not, continues that figure's series
                # (batch 97)
                bases = [max(led, key=lambda row: row.pos)]
            shares = bases and all((row.qualifier or "").startswith("by ") for row in bases)
            if shares and _KIND_AFTER.match(ctx.text, e):
                # "13 confirmed victims and NGOs identified 13 presumed victims ... compared with 45 confirmed victims
                # and 33 presumed victims in 2019 and 49 confirmed and 203 presumed in 2018" (batch 34): a figure that
                # names its kind compares the year's own count (the potential one its second count), not a body's share
                own = [row for row in primary if row.indicator == bases[0].indicator and row.qualifier is None
                       and not row.is_breakdown]
                bases = own[:1] or bases
            if bases and all(row.qualifier == "potential" and not row.is_breakdown for row in bases):
                # "initially classified 228 individuals as possible victims ...; however, authorities only confirmed 13
                # ... This compared with 44 confirmed victims in both 2019 and 2018 and three in 2017" (batch 100,
                # portugal-2022): a comparison that names the confirmed kind alone, or a figure naming it, continues
                # the year's own count, not its second count of potential victims
                stop = ctx.text.find(".", e)
                stop = len(ctx.text) if stop < 0 else stop
                kind = _KIND_AFTER.match(ctx.text, e)
                if (_CONFIRMED_WORD.search(kind.group(0)) if kind else (
                        _CONFIRMED_WORD.search(ctx.text, a0, stop) and not _POTENTIAL_WORD.search(ctx.text, a0, stop))):
                    own = [row for row in primary if row.indicator == bases[0].indicator and row.qualifier is None
                           and not row.is_breakdown]
                    bases = own[:1] or bases
            for base_row in bases:
                part = {"breakdown"} if base_row.is_breakdown else set()
                qualifier = base_row.qualifier
                if (base_row.rule in _GROUP_RULES and qualifier in _GROUPS_NAMED
                        and (_BARE_VICTIMS.match(ctx.text, e)
                             or (text.lower() == "no" and _NO_VICTIMS.match(ctx.text, e)))):
                    # "identified two Bahamian child victims ..., down from five victims in 2019": the compared figure
                    # names the victims without the group, the year's whole count that year (batch 109, bahamas-2021)
                    qualifier, part = None, set()
                if (qualifier or "").startswith("by ") and _AGENT_AFTER_ASIDE.match(ctx.text, e):
                    # "The only potential trafficking victim, compared with 65 potential victims in 2018, was identified
                    # by an NGO": the agent named after the comparison is the year's figure's, the figure compared the
                    # earlier year's whole count (batch 142's timor-leste-2020-intro)
                    qualifier, part = None, set()
                unit = _unit_of_series(made, extra, base_row, primary, a0, s) if _BARE.match(ctx.text, e) \
                    else base_row.unit
                if stage_noun and qualifier is not None and qualifier == _statute_of(base_row) and \
                        _FOR_TRAFFICKING_OFFENSES.match(ctx.text, e):
                    qualifier = None  # "... and zero convictions for trafficking offenses": the trafficking law's, not
                    # the other act the year's count was under (residue11)
                if (unit_named == "persons" and unit == "cases" and base_row.indicator in _PERSONS_STAGES
                        and _CASES_AGAINST.search(ctx.text, max(0, s - 90), s)):
                    # "compared to nine cases against 10 alleged traffickers in the previous reporting period": the
                    # defendants of the cases compared count that year's persons, though the year compared with
                    # counts cases alone (batch 77's jamaica-2017)
                    unit = "persons"
                if parts_of and forms.get(s) and (qualifier is None or (base_row.is_breakdown and len(primary) > 1)):
                    qualifier, part = part_qualifier(forms[s].group("form")), {"breakdown"}
                if groups_of and groups[s] and (qualifier is None or base_row.rule in _GROUP_RULES):
                    qualifier, part = part_qualifier(groups[s].group("g")), {"breakdown"}
                if (qualifier is None and base_row.indicator in ("victims_identified", "victims_assisted")
                        and len(free) > 1 and _POTENTIAL_AFTER.match(ctx.text, e)
                        and not all(_POTENTIAL_AFTER.match(ctx.text, e2) for _, e2, _ in free)):
                    # "compared to one officially recognized and one potential sex trafficking victim in 2017": the
                    # potential one is that year's second count beside its total (`potential`)
                    qualifier = "potential"
                if qualifier == "potential" and _BOTH_KINDS_AFTER.search(ctx.text, a0, e + 80):
                    qualifier, part = None, set()  # "compared with 184 confirmed and potential victims in 2016"
                extra.append(
                    out.add(
                        ctx,
                        base_row.indicator,
                        number_text=text,
                        year=year,
                        flags=flags | yflags | part,
                        value=value,
                        unit=unit,
                        qualifier=qualifier,
                        pos=s,
                        confidence=0.8,
                        rule=r.comparison.id,
                    )
                )
                if base_row.indicator == "victims_identified" and qualifier is None:
                    # (with or without a potential count of the sentence's own year: "identified at least four
                    # trafficking victims, compared to five trafficking victims and 25 suspected trafficking victims
                    # identified the previous reporting period", the 25 that year's second count; batch 143's
                    # liberia-2018)
                    extra += _potential_read_after(ctx, out, made, e)
                extra += _each_of_years(ctx, out, extra[-1], e)
            claimed.add(s)
    _year_compared_with_itself(ctx, out, made, extra, comparison)
    for i, row in enumerate(extra):
        # a body's figure compared, whose year a later sentence gives a total of all bodies for: the body's share
        # (counts.body_of_later_total; residue25)
        bases = [b for b in made if b.indicator == row.indicator and b.pos < row.pos and b.qualifier is None
                 and not b.is_breakdown]
        if (row.rule == rules().comparison.id and row.qualifier is None and not row.is_breakdown
                and row.indicator in ("victims_identified", "victims_assisted", "victims_referred") and bases
                and (body := body_of_later_total(ctx, row, bases[0]))):
            extra[i] = out.with_qualifier(row, f"by {body}", row.flags | {"breakdown"})
    return extra


#: A year in the text: "2016".
_A_YEAR = rc.lazy(r"\b(?:19|20)\d\d\b")

#: "compared with two each in 2020 and 2019": one figure said of each year the list names (residue10, chile-2022);
#: "compared with 494 in both 2020 and 2019, and 503 in 2018" likewise (batch 97).
_EACH_OF_YEARS = rc.lazy(
    r"\s+(?:[\w-]+\s+){0,2}?(?:each\s+(?:in|during)|(?:in|during)\s+both)\s+(?P<ys>(?:19|20)\d\d(?:,\s+(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d)\b"
    r"(?!\s+(?:respectively|combined|together)\b)",
    IGNORECASE,
)


#: A span of years after a compared zero: "compared with no victims identified between 2016 and 2018".
_ZERO_SPAN = rc.lazy(r"\s+(?:[\w-]+\s+){0,3}?between\s+(?P<a>(?:19|20)\d\d)\s+and\s+(?P<b>(?:19|20)\d\d)\b", IGNORECASE)


def _each_of_years(ctx: Context, out: Rows, row: Row, e: int) -> list[Row]:
    """ "..., compared with two each in 2020 and 2019": the compared figure, read with the first year, is each other
    year's too (the same indicator, unit and qualifier); nothing when "each" does not follow the figure.

    So is a zero compared over a span of years ("compared with no victims identified between 2016 and 2018", "zero
    victims between 2016 and 2018"): none in each of them (a count over a span is no year's; batch 124)."""
    m = _EACH_OF_YEARS.match(ctx.text, e)
    span = _ZERO_SPAN.match(ctx.text, e) if m is None and row.value == 0 else None
    if span and row.year is not None and 0 < int(span.group("b")) - int(span.group("a")) <= 10:
        years = list(range(int(span.group("a")), int(span.group("b")) + 1))
    elif m is not None and row.year is not None:
        years = [int(y) for y in _A_YEAR.findall(m.group("ys"))]
    else:
        return []
    if row.year not in years:
        return []
    return [out.add(ctx, row.indicator, number_text=row.number_text, year=y,
                    flags=row.flags - {"year_inferred", "year_ambiguous"}, value=row.value, unit=row.unit,
                    qualifier=row.qualifier, pos=row.pos, confidence=0.8, rule=row.rule)
            for y in years if y != row.year]


def _year_compared_with_itself(ctx: Context, out: Rows, made: list[Row], extra: list[Row],
                               comparison: set[int]) -> None:
    """ "Authorities prosecuted nine cases and convicted six sex traffickers in 2016, compared to seven prosecutions and
    six sex traffickers convicted in 2016" (a report of 2018; residue6, el-salvador-2018): a clause dated by the year
    before the reporting period, its one year, and compared with figures of each of its stages dated that same year
    compares the reporting period with that year, the slip the text's: its figures are the reporting period's (the
    comparison keeps its year)."""
    ry = ctx.source.reporting_year
    if ry is None or 1 not in comparison:
        return
    first_cut = ctx.bounds(1)[0]
    if [int(y) for y in _A_YEAR.findall(ctx.text, 0, first_cut)] != [ry - 1]:
        return
    own = [r for r in made if out.holds(r) and ctx.segment(r.pos) == 0 and r.year == ry - 1 and r.value is not None
           and not r.flags & {"year_inferred", "year_ambiguous"}]
    compared = [r for r in [*made, *extra] if out.holds(r) and ctx.segment(r.pos) == 1 and r.year == ry - 1]
    if not own or {r.indicator for r in own} - {r.indicator for r in compared}:
        return  # (each figure of the clause compared with one of its stage, "in 2016" both)
    for k, row in enumerate(made):
        if row in own:
            made[k] = out.with_year(row, ry, row.flags)


#: The compared total's noun and a second figure named potential after it: "compared with 5,145 trafficking victims
#: and 2,505 potential victims identified in 2019" (a count rule reads the second figure, "N ... victims identified").
_POTENTIAL_NEXT = rc.lazy(rf"\s+(?:[\w-]+\s+){{0,2}}?victims?\s+and\s+(?P<n>{NUMBER})(?=\s+(?:{{POTENTIAL}})\s)",
                          IGNORECASE)


def _potential_read_after(ctx: Context, out: Rows, made: list[Row], end: int) -> list[Row]:
    """The figure of potential victims after a compared total, beside a sentence's own second count of potential
    victims, is the compared year's second count (`potential`), not its count (batch 60, india-2022)."""
    m = _POTENTIAL_NEXT.match(ctx.text, end)
    row = next((x for x in made if m and x.pos == m.start("n") and x.qualifier is None and out.holds(x)
                and x.indicator == "victims_identified"), None)
    if row is None:
        return []
    out.rows.remove(row)
    made.remove(row)
    return [out.add(ctx, row.indicator, number_text=row.number_text, year=row.year, flags=set(row.flags),
                    value=row.value, unit=row.unit, qualifier="potential", pos=row.pos, confidence=row.confidence,
                    rule=row.rule)]


#: A compared total of victims that a list of its groups follows: "(compared with a total of 121 victims comprising 112
#: females, nine males, and 32 children in 2020)" (residue2, vietnam-2022).
_TOTAL_WITH_PARTS = rc.lazy(
    rf"\b(?:{{PART_COMPARED}})\s+(?:a total of\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:victims|individuals|persons|people)\s*,?\s+(?:comprising|including|consisting of|of whom)\s+", IGNORECASE)
#: Another stage's verb right after the list, which then counts no victims.
_OTHER_STAGE_NEXT = rc.lazy(r",?\s+(?:(?:who|that) (?:were|was) )?(?:intercept|screen|detain|arrest|deport)\w*\b",
                            IGNORECASE)
#: One item of that list: a figure and its group ("112 females", "nine males", "and 32 children").
_GROUP_ITEM = rc.lazy(rf"(?:,?\s+)?(?:and\s+)?(?P<n>{NUMBER})\s+(?P<g>{{VICTIM_GROUP_NOUNS}})\b", IGNORECASE)


def _compared_total_with_parts(ctx: Context, out: Rows, made: list[Row], claimed: set[int]) -> list[Row]:
    """A total compared after the year's whole count, with the list of its groups after it: "126 victims in 2021 ...
    (compared with a total of 121 victims comprising 112 females, nine males, and 32 children in 2020)": the compared
    year's total and its parts, all of the year named at the list's end (not each figure compared with the year's
    count, nor the total compared with a part read before it; residue2, vietnam-2022's 2020 figures). ``claimed``
    grows."""
    if not ctx.may(_TOTAL_WITH_PARTS):
        return []
    extra: list[Row] = []
    r = rules()
    for m in _TOTAL_WITH_PARTS.finditer(ctx.text):
        s = m.start("n")
        wholes = [row for row in made if row.pos < m.start() and row.is_whole]
        # (the total may be read already, by a count pattern: "a total of 70 victims consisting of ..."; its parts not)
        read = [row for row in made if row.pos == s and row.is_whole]
        if (s in claimed and not read) or not wholes:
            continue
        last = max(row.pos for row in wholes)
        bases = [row for row in wholes if row.pos == last]
        if any(row.unit != "victims" for row in bases):
            continue  # "convicted 12 traffickers, compared with nine persons, including six men ...": no victims
        items, pos = [], m.end()
        while (item := _GROUP_ITEM.match(ctx.text, pos)) and item.start("n") not in claimed:
            items.append(item)
            pos = item.end()
        if len(items) < 2 or _OTHER_STAGE_NEXT.match(ctx.text, pos):
            continue  # "compared with 2,000 people, including 1,200 women and 800 men, screened at the border"
        year, yflags = resolve_year(ctx, items[-1].start("n"))
        for at, text, qualifier in [*([] if read else [(s, m.group("n"), None)]),
                                    *((i.start("n"), i.group("n"), part_qualifier(i.group("g"))) for i in items)]:
            value, flags = parse_count(text)
            flags |= approx_flags(ctx.text, at, text) | yflags | ({"breakdown"} if qualifier else set())
            extra += [out.add(ctx, base.indicator, number_text=text, year=year, flags=flags, value=value,
                              unit=base.unit, qualifier=qualifier, pos=at, confidence=0.8, rule=r.comparison.id)
                      for base in bases]
            claimed.add(at)
    return extra


#: A figure of persons who are no trafficking victims: "3,000 vulnerable Iraqi migrants returning from Europe" (not
#: "200 migrant workers identified as victims", "migrants who were victims"; batches 40 and 42).
_GROUP_AFTER = rc.lazy(r"\s+(?:[\w’'-]+\s+){0,3}?(?:{NON_VICTIM_GROUPS})\b(?![^.;]{0,40}?\b(?:as|victims?)\b)",
                       IGNORECASE)

#: A compared figure's group of victims right after it: "132 child victims", "43 adult trafficking victims", "20 female
#: victims" (batch 157).
_GROUP_VICTIMS_AFTER = rc.lazy(r"\s+(?:(?:{POTENTIAL}|alleged) )*(?P<g>(?:adult )?(?:female|male)|child|adult|foreign)"
                               r"(?: (?:{POTENTIAL}|alleged|trafficking))* victims?\b", IGNORECASE)

#: A compared figure whose own noun is an action no indicator counts: "(compared with conducting 23 operations and
#: arresting 44 ...)", "15 anti-trafficking operations" (vocabulary.yml UNCOUNTED_ACTIONS; batch 59).
_ACTION_AFTER = rc.lazy(r"\s+(?:[\w-]+\s+){0,2}?(?:{UNCOUNTED_ACTIONS})\b", IGNORECASE)

#: A compared figure whose own noun is victims, led by "involving" or "cases with" ("compared with 12 new
#: investigations involving 53 potential victims in 2015"): the victims of the compared cases, no count of the
#: comparison's base when it counts no victims (cases, persons; batch 81's bahamas-2017). Not a victims' stage
#: compared after a zero ("did not report identifying ... any victims in 2019, compared with one sex trafficking
#: victim identified in 2018").
_INVOLVING_BEFORE = rc.lazy(r"\b(?:involving|concerning|affecting|(?:cases?|investigations?|prosecutions?) with)\s+$",
                            IGNORECASE)
_VICTIMS_AFTER = rc.lazy(r"\s+(?:(?:{POTENTIAL}|alleged|identified|trafficking|sex|labou?r|child|adult|foreign)"
                         r"\s+){0,3}victims?\b", IGNORECASE)

#: A compared figure whose own noun is persons found, beside a count of inspections: "compared with 1,937 victims
#: during 443 inspections", "610 workers during 300 inspections" (batch 89).
_FOUND_AFTER = rc.lazy(r"\s+(?:[\w-]+\s+){0,2}?(?:victims?|workers|persons|people|individuals|employees)\b", IGNORECASE)

#: The unit a compared figure's own noun names: "17 traffickers in 2019" (persons), "five cases in 2019" (cases).
_UNIT_NOUN = rc.lazy(r"\s+(?:(?:alleged|suspected|convicted|trafficking|sex|labou?r)\s+)?"
                     r"(traffickers|defendants|persons|individuals|offenders|suspects|people|cases)\b", IGNORECASE)

#: Stages counted in persons as well as cases, and the words that name a count of cases' defendants right before
#: theirs: "nine cases against 10 alleged traffickers", "five cases involving 12 defendants".
_PERSONS_STAGES = frozenset({"prosecutions", "convictions"})
#: (or a prosecution named with its period before its defendants: "compared with one prosecution initiated in the
#: previous reporting period against three suspects"; batch 106's bhutan-2022)
_CASES_AGAINST = rc.lazy(r"\bcases?\s+(?:against|involving|with)\s+$"
                         r"|\b(?:cases?|prosecutions?)\s+(?:initiated|opened|filed|begun)\b[^.;,\d]{0,50}?\s"
                         r"(?:against|involving)\s+$", IGNORECASE)

#: The groups counts.IDENTIFIED_GROUP names, and the victims named without one after a compared figure ("five victims
#: in 2019").
#: ... and by sex alone ("identified 29 female trafficking victims, a decrease from 47 trafficking victims identified
#: the previous year"; batch 171's japan-2023)
GROUPS_NAMED = _GROUPS_NAMED = frozenset({"children", "adults", "women", "men", "girls", "boys", "minors", "female",
                                          "male"})
#: ... or by their form alone ("compared with identifying four forced labor victims during the previous reporting
#: period" after one child victim; residue20, cabo-verde-2020): no group's either
BARE_VICTIMS = _BARE_VICTIMS = rc.lazy(r" (?:(?:trafficking|sex|labou?r|forced) )*victims\b")
#: The passive's agent right after a comparison set off by commas, before the count's verb: "..., compared with 65
#: potential victims in 2018, was identified by an NGO" (the agent the count's alone; batch 142)
_AGENT_AFTER_ASIDE = rc.lazy(r"[^,;.()]{0,60},\s+(?:were|was|had been|have been)\s+(?:\w+ly\s+)?\w+ed\s+by\b",
                             IGNORECASE)
#: ... "no" before the victims' noun ("compared with no victims identified between 2016 and 2018"; batch 124)
_NO_VICTIMS = rc.lazy(r" (?:(?:identified|reported|trafficking) )?victims\b")
#: The rules that read a group of identified victims as a part: the plural's, the group "minor", the one victim's
#: (batch 124's st-lucia-2020)
#: ... and a chain of two stages' group ("identifying and referring to services at least 57 forced child labor
#: victims"; batch 127's guinea-bissau-2023)
GROUP_RULES = _GROUP_RULES = frozenset({IDENTIFIED_GROUP, "phrasings.identified-minor",
                                        "phrasings.identified-group-one", "phrasings.identified-and-referred-group",
                                        "phrasings.identified-and-referred-group-referral",
                                        "phrasings.identified-and-served-one",
                                        "phrasings.served-after-identifying-one"})
#: A figure with no noun of its own after it: "and 49 in 2015", "49 during 2015", "49 the year before".
_BARE = rc.lazy(r"\s+(?:in|during|the)\b|\s*[,.;)]", IGNORECASE)


def _unit_of_series(made: list[Row], extra: list[Row], base: Row, primary: list[Row], a0: int, s: int) -> str:
    """The unit of a bare figure that ends a series of compared years: "compared with five prosecutions with 14
    defendants in 2018, 20 defendants in 2017, 40 defendants in 2016, and 49 in 2015" counts what the year just before
    it counts alone (persons), not the first figure compared (batch 40, dominican-republic-2020). A figure after a
    year counted in both units ("10 cases involving 15 suspects in 2019 and eight in 2018") keeps the first."""
    same = sorted((x for x in [*made, *extra] if a0 <= x.pos < s and x.value is not None and not x.is_breakdown
                   and x.indicator == base.indicator and x.qualifier == base.qualifier), key=lambda x: x.pos)
    if not same or same[-1].unit == base.unit:
        return base.unit
    last = same[-1]
    if any(x.year == last.year and x.unit != last.unit for x in same):
        return base.unit
    if not any(p.indicator == base.indicator and p.unit == last.unit for p in primary):
        return base.unit
    return last.unit


def _zero_of_persons(ctx: Context, out: Rows, made: list[Row], zeros: list[Row], comparison: set[int]) -> None:
    """ "initiating investigations into 176 individuals ...; this compared with not reporting initiation of any
    investigations during the previous reporting period": a zero of investigations compared with the persons
    investigated (``suspects``) is that count's zero, in persons."""
    for i, zero in enumerate(zeros):
        if zero.indicator != "investigations" or ctx.segment(zero.pos) not in comparison or not out.holds(zero):
            continue
        before = [row for row in made if row.pos < zero.pos and not row.is_breakdown and row.value is not None
                  and ctx.segment(row.pos) not in comparison]
        if not before or before[-1].indicator != "suspects" or any(r.indicator == "investigations" for r in before):
            continue
        out.rows.remove(zero)
        zeros[i] = out.add(ctx, "suspects", number_text=zero.number_text, year=zero.year, flags=zero.flags,
                           value=zero.value, unit="persons", qualifier=zero.qualifier, pos=zero.pos, rule=zero.rule)


def _carry_qualifiers(ctx: Context, out: Rows, made: list[Row], comparison: set[int], a: int, b: int,
                      zeros: list[Row] = ()) -> None:
    """ "39 sex trafficking cases involving 31 suspects ..., compared with nine traffickers prosecuted ... in 2019 and
    nine cases prosecuted ... in 2018": a figure a count pattern read after "compared with", with no qualifier of its
    own, is filed as the one figure of its indicator and unit it is compared with (its form, its part flag).

    So is one compared with a zero of one form ("did not report investigating, prosecuting, or convicting any cases of
    labor trafficking in 2019, ... compared with 14 investigations, two prosecutions, and zero convictions in 2018";
    batch 50, hong-kong-2020; "did not report prosecuting or convicting any alleged sex traffickers, compared with ...
    convictions of three sex traffickers during the previous year", batch 53, ghana-2021); a figure named by its
    stage's noun alone takes the zero's unit too."""
    compared = [row for row in [*made, *(z for z in zeros if out.holds(z))]
                if row.pos < a and ctx.segment(row.pos) not in comparison]
    for i, row in enumerate(made):
        if not (a <= row.pos < b) or row.qualifier or row.is_breakdown or not out.holds(row):
            continue
        same = [c for c in compared if (c.indicator, c.unit) == (row.indicator, row.unit) and c.year != row.year]
        if not same and row.rule in _NOUN_ONLY | {"investigations.2", "convictions.one"}:
            same = [c for c in compared if c.indicator == row.indicator and c.year != row.year and c in zeros]
        if len(same) > 1 and all(c.qualifier for c in same):
            # "73 victims of sex trafficking and 12 victims of labor trafficking in ... 2016, compared with 65 sex
            # trafficking victims and 104 labor trafficking victims identified in ... 2015": a compared figure a count
            # pattern read names the form of one of the parts it is compared with (batch 110, spain-2017)
            form = _form_after().match(ctx.text, row.pos + len(row.number_text))
            named = form and [c for c in same if c.qualifier.lower() == form.group("form").lower()]
            if not named:
                # ... or the group word of one of them right after it ("23 foreign trafficking victims and one Maltese
                # victim, compared to 30 foreign victims in the previous reporting period"; batch 143's malta-2019)
                after = ctx.text[row.pos + len(row.number_text) : row.pos + len(row.number_text) + 60].lower()
                named = [c for c in same if after.startswith(f" {c.qualifier.lower()} ")]
            if named:
                made[i] = out.with_qualifier(row, named[0].qualifier, row.flags | (named[0].flags & {"breakdown"}))
            continue
        if len(same) == 1 and same[0].qualifier and not same[0].qualifier.startswith("by "):
            if (same[0].rule in _GROUP_RULES and same[0].qualifier in _GROUPS_NAMED
                    and _BARE_VICTIMS.match(ctx.text, row.pos + len(row.number_text))):
                continue  # "identified one minor trafficking victim ..., compared with ... 10 victims identified in
                # 2015": the compared figure names victims at large, not the group (batch 124's st-lucia-2020)
            if _statute_of(same[0]) and _FOR_TRAFFICKING_OFFENSES.match(ctx.text, row.pos + len(row.number_text)):
                continue  # "... and zero convictions for trafficking offenses": not the other act's (residue11)
            if same[0].unit != row.unit:
                row = made[i] = out.with_unit(row, same[0].unit)
            made[i] = out.with_qualifier(row, same[0].qualifier, row.flags | (same[0].flags & {"breakdown"}))


def _bracketed_part(ctx: Context, made: list[Row], a: int) -> Row | None:
    """The part of a list a comparison at ``a`` is the own bracket of, opened right after the part's form: "552
    suspects for sex trafficking (compared to 523 in 2017), 30 for labor trafficking (compared to 27 in 2017)" (each
    bracket the comparison of the part before it, not of the list's first figure; batch 28's germany-2020)."""
    before = [row for row in made if row.pos < a and row.is_breakdown and row.qualifier]
    if not before:
        return None
    row = max(before, key=lambda r: r.pos)
    gap = ctx.text[row.pos + len(row.number_text) : a]
    forms = f"{fragments()['FORMS']}|{LIST_FORMS}"
    rx = rc.compile_cached(rf" (?:[a-z][\w-]* ){{0,3}}?(?:of|for) (?P<form>{forms}) \((?:(?:{{PART_COMPARED}}) )?",
                           IGNORECASE)
    m = rx.fullmatch(gap)
    return row if m and part_qualifier(m.group("form")) == row.qualifier else None


@cache
def _form_after() -> re.Pattern:
    """The form a compared figure names right after it: "10 forced labor and one sex trafficking case", or after "for"
    ("compared with three for sex trafficking and one for forced labor in 2019"; audit4), or after its noun and "of"
    ("this compared to 27 victims of sex trafficking and 35 victims of labor trafficking in 2018"; residue13,
    ireland-2020), a place's or a group's word before that noun ("compared to 98 victims of sex trafficking and the 32
    Taiwan victims of labor trafficking in 2017"; batch 214's slovenia-2019: the form is the part, the group inside it
    none)."""
    return rc.compile_cached(
        rf"\s+(?:for\s+|(?:(?:(?-i:[A-Z][a-z]+)|foreign|adult|child)\s+)?(?:victims|cases)\s+of\s+)?"
        rf"(?:(?:new|alleged|{{POTENTIAL}}) )*"
        rf"(?P<form>{fragments()['FORMS']})\b", IGNORECASE
    )


#: A compared figure named as the victims of a kind of crime, in the text's words, up to the list's next item or the
#: period: "177 victims of trafficking and 773 victims of sexual exploitation in 2018" (residue29a).
#: ... and a total stated after such figures: "..., for a total of 931"
_TOTAL_OF_BEFORE = rc.lazy(r"\b(?:a|the) total of $", IGNORECASE)
_VICTIMS_OF_KIND = rc.lazy(r"\s+victims\s+of\s+(?P<form>(?:[a-z-]+ ){0,3}?(?:trafficking|exploitation|recruitment|"
                           r"servitude|slavery|begging|labou?r))(?=,| and | in (?:19|20)\d\d\b| (?:the|during) "
                           r"(?:prior|previous|preceding)\b)")


#: The stage a compared figure names by the verb right after it: "and 12 convicted in 2019", "14 prosecuted".
_STAGE_AFTER = rc.lazy(r"\s+(?:(?:traffickers|defendants|persons|individuals|suspects|cases) )?"
                       r"(convicted|prosecuted|investigated|indicted)\b", IGNORECASE)
_LAW_STAGE = {"convic": "convictions", "prosec": "prosecutions", "indict": "prosecutions",
              "invest": "investigations"}
#: A compared figure followed by its stage's noun: "compared with one investigation, one prosecution, and zero
#: convictions" (residue11).
_STAGE_NOUN_AFTER = rc.lazy(r"\s+(?:(?:new|trafficking|criminal|sex|labou?r)\s+)*(investigations?|prosecutions?|"
                            r"convictions?)\b", IGNORECASE)
#: ... with the offenses they were for after the list: "... and zero convictions for trafficking offenses".
_FOR_TRAFFICKING_OFFENSES = rc.lazy(r"[^.;]*?\bfor (?:human )?trafficking (?:offen[cs]es|crimes|charges)\b", IGNORECASE)


def _statute_of(row: Row) -> str | None:
    """The row's qualifier where it names a statute ("Article 600", "Law 263", "Children's Act"), else None."""
    q = row.qualifier or ""
    return q if rc.match(r"(?:Articles?|Sections?|Law|Decree) \S*\d|(?:[A-Z][\w’'-]* )+Act$", q) else None


#: A compared figure whose own words name a victims' stage after it: "compared with one sex trafficking victim
#: identified in 2018" compares the identification, whichever stage the sentence counted first (batch 31's macau-2020:
#: "Although the government investigated one trafficking case, it did not report identifying ... any victims in 2019,
#: compared with one sex trafficking victim identified in 2018")
#: ... the stage's subject or a dashed aside between ("121 trafficking victims—including 20 victims of forced labor—the
#: government identified during the previous year"; batch 36, saudi-arabia-2019)
#: (or the figure's own subject and verbs, its noun left out: "compared with 28 they independently identified and
#: assisted the previous year", batch 43's djibouti-2020; group 2 a second stage the verbs chain)
_VICTIM_STAGE_AFTER = rc.lazy(r"\s+(?:(?:[\w-]+ ){0,3}?(?:victims?|survivors?)(?:\s*[—–][^—–.;]{0,80}[—–]\s*|\s+)"
                              r"(?:(?:the government|the authorities|authorities|officials|police|it|they)\s+)?"
                              r"|(?:the government|the authorities|authorities|officials|police|it|they)\s+"
                              r"(?:\w+ly\s+)?)"
                              r"(identif|referr|assist|repatriat)\w*\b(?:\s+and\s+(identif|referr|assist|repatriat)\w*\b)?",
                              IGNORECASE)
#: "..., in addition to 956 children exploited in commercial sex": a figure set beside the one compared
_IN_ADDITION = rc.lazy(r"\bin addition to (?:\w+ )?$", IGNORECASE)
#: Another body's figure of the same count, named by its possessive and no year: "identified 60 potential victims, a
#: striking difference compared with the prosecution service’s statistic of 413" (batch 86, bulgaria-2021): the other
#: body's figure of that year, read where it was counted, no figure of another year
_OTHER_BODYS_FIGURE = rc.lazy(r"\b(?!(?:year|years|period|month|quarter|decade|cycle)[’'])\w+[’']s (?:own )?"
                              r"(?:statistics?|figures?|numbers?|counts?|data|totals?) (?:of )?$", IGNORECASE)
#: Figures carried over after a zero of new ones: "compared with no new prosecutions but continuing the same 11
#: prosecutions" (residue3, batch 53's botswana-2021): no figure compared.
_BUT_CONTINUED = rc.lazy(r"\bbut (?:continu|maintain)\w*\b", IGNORECASE)
#: Figures of the year's convicts by their sentences after a comparison: "compared to zero convictions in 2020, with one
#: trafficker sentenced to six years' imprisonment and seven traffickers whose sentences were pending" (batch 32): what
#: became of the year's convicts, no figure compared (audit6: "with 10 receiving prison terms ... and five still
#: awaiting sentencing").
_WITH_LEAD = rc.lazy(r",\s*with\s", IGNORECASE)
#: ... or named before it: ", with sentences for 26 of them ranging from ..." (audit6)
_SENTENCES_BEFORE = rc.lazy(r"\bwith\s+(?:(?:prison|jail)\s+)?(?:sentences?|terms?|penalties)\s+(?:for|of)\s+$",
                            IGNORECASE)
_SENTENCED_AFTER = rc.lazy(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:was|were|been|being)\s+)?(?:sentenced\b|fined\b|imprisoned\b|jailed\b|"
    r"whose sentences?\b|"
    r"(?:received|receiving|served|serving|awaiting|awaited|await|given|handed)\s+(?:\w+\s+){0,2}?"
    r"(?:sentenc\w*|prison|imprisonment|jail|terms?|verdicts?)\b)",
    IGNORECASE)

#: The stage a comparison names by its verb: "compared with assisting 14 child victims in 2019"
_STAGE_VERB = rc.lazy(r"\b(identif|referr|assist|serv|support|shelter)(?:ied|ying|ed|ing)\b", IGNORECASE)
_STAGE_OF = {"identif": "victims_identified", "referr": "victims_referred", "assist": "victims_assisted",
             "serv": "victims_assisted", "support": "victims_assisted", "shelter": "victims_assisted"}


#: Count patterns that read a stage's noun alone ("three prosecutions", "no prosecutions"), which names no unit of its
#: own.
_NOUN_ONLY = frozenset({"prosecutions.3", "convictions.9", "zero.before-verb"})


#: Investigations compared by their noun alone with the persons investigated, which the corpus files as `suspects`
#: ("investigated 62 individuals ..., compared with 44 investigations in 2017"; batch 40, guinea-2019).
_INVESTIGATIONS_NOUN = "investigations.2"


def _align_units(ctx: Context, out: Rows, made: list[Row], primary: list[Row], a: int, b: int) -> None:
    """ "initiated the prosecution of one alleged trafficker ..., compared with three prosecutions in 2017": a figure
    compared by its stage's noun alone counts what the figure it is compared with counts (persons here)."""
    for i, row in enumerate(made):
        if not (a <= row.pos < b) or row.is_breakdown or not out.holds(row):
            continue
        if row.rule == _INVESTIGATIONS_NOUN and row.indicator == "investigations":
            # "investigated 62 individuals, ... an increase from 44 investigations": no investigations counted in
            # cases to compare with, one count of persons investigated
            persons = [p for p in primary if p.indicator == "suspects" and not p.is_breakdown and not p.qualifier]
            if len(persons) == 1 and not any(p.indicator == "investigations" for p in primary):
                made[i] = out.with_indicator(row, "suspects", persons[0].unit)
            continue
        if row.rule not in _NOUN_ONLY:
            continue
        units = {p.unit for p in primary if p.indicator == row.indicator and not p.is_breakdown}
        if len(units) != 1 or row.unit in units or not out.holds(row):
            continue
        made[i] = out.with_unit(row, units.pop())


def _align_to_zeros(ctx: Context, out: Rows, made: list[Row], zeros: list[Row], comparison: set[int], seg: int,
                    a: int, b: int) -> None:
    """ "did not prosecute any defendants or convict any traffickers compared to nine prosecutions and five
    convictions during the previous reporting period": the clause compared holds one zero per stage (no single base
    row, so the comparison's own reading keeps them apart), and each stage's figure compared by its noun alone counts
    what its stage's zero counts (persons here; residue26, zambia-2017-intro)."""
    before = seg
    while before in comparison:
        before -= 1
    own = [z for z in zeros if ctx.segment(z.pos) == before and out.holds(z) and not z.is_breakdown]
    if len(own) < 2 or len({z.indicator for z in own}) != len(own):
        return
    _align_units(ctx, out, made, own, a, b)


def _bracket_end(text: str, a: int, b: int) -> int:
    """Where a comparison opened inside brackets ends: at their close ("124 victims (compared with 114 in 2018,
    96 in 2017), of whom 110 were adults": the figures after the bracket are parts of the 124, not comparisons)."""
    if depth(text, a) <= 0:
        return b
    level = 0
    for i in range(a, b):
        level += {"(": 1, ")": -1}.get(text[i], 0)
        if level < 0:
            return i
    return b


#: What opens a sentence that only compares, before its comparison word: "This is compared with", "This compared to",
#: "This was a significant decrease from", "This represented an increase from".
#: ... "This number compared with ...", "These figures compared to ..." (vocabulary.yml RESTATED_SUBJECT, batch 34)
#: ... and a concessive one with no subject: "...; while an increase from nine trafficking cases the previous year,
#: this number also included ..." (residue, djibouti-2018)
_ONLY_COMPARES_TEXT = (
    r"\s*(?:(?:{RESTATED_SUBJECT})\s+(?:(?:is|was|were|represent(?:s|ed)|mark(?:s|ed)|reflect(?:s|ed)|constitut(?:es|ed))"
    r"\s+)?(?:an?\s+(?:[\w-]+\s+){0,2}?)?|(?:while|although|though)\s+(?:(?:it|this)\s+was\s+)?an?\s+"
    r"(?:[\w-]+\s+){0,2}?"
    # ... or the change alone after its article, no subject ("...; an increase from 274 and 207 in 2016,
    # respectively": batch 154's spain-2018)
    r"|an?\s+(?:[\w-]+\s+){0,2}?)$")
#: ... or nothing: a sentence that opens with its comparison word, with no verb of its own ("Compared with 226
#: trafficking victims in 2020 and 467 victims in 2019; this was a significant decrease ...": batch 70, spain-2022)
_ONLY_COMPARES = rc.lazy(rf"\s*$|{_ONLY_COMPARES_TEXT}")
#: The same after a ";" ("...; this was a significant increase from ..."), lower-case there.
_CLAUSE_ONLY_COMPARES = rc.lazy(_ONLY_COMPARES_TEXT, IGNORECASE)

#: A figure that opens a part of the figure compared before it: "compared with 312 ..., of which 56 were for forced
#: labor", "compared with 22 cases in 2019, of which 10 involved sex trafficking".
_OF_WHICH = rc.lazy(r",\s+of\s+(?:which|whom)\s+$", IGNORECASE)
#: The part's own bracket of the compared year right after it: "of which three were foreign nationals (11 in 2020)".
_PART_BRACKET = rc.lazy(rf"[^.;()]{{0,40}}?\s*\((?P<n>{NUMBER}) in (?P<y>(?:19|20)\d\d)\)", IGNORECASE)


@cache
def _part_of_compared() -> re.Pattern:
    """The part such a figure names after it: a form ("were for forced labor", "involved sex trafficking") or a group
    of persons ("were children")."""
    return rc.compile_cached(
        rf"\s+(?:were|was|involved)\s+(?:(?:for|in|of|victims\s+of|cases\s+of)\s+)?(?:(?:new|alleged|{{POTENTIAL}}) )*"
        rf"(?P<form>{fragments()['FORMS']}|children|minors|women|men|girls|boys|foreign nationals|foreigners)\b",
        IGNORECASE,
    )


#: A comparison with another activity than the one compared: "compared with intercepting 10,100 potential victims".
_OTHER_STAGE = rc.lazy(r"\b(?:intercept|screen|detain|arrest|deport)\w*\b", IGNORECASE)
#: A figure with its own words before the stage word: "42 suspects arrested, 26 traffickers prosecuted": the arrest is
#: the 42's, no stage that leads the figures after it.
#: (not a year's, nor past a conjunction or preposition: "compared with 10 convictions in 2020 and intercepting 200
#: travelers" still names another stage)
_FIGURE_OWN_WORDS = rc.lazy(
    rf"(?<![\d,.])(?!(?:19|20)\d\d\b){NUMBER}(?:\s+(?!(?:and|or|but|in|during|of|from|to|with)\b)[\w-]+){{0,2}}\s+$",
    IGNORECASE)


def _other_stage_before(ctx: Context, a: int, s: int, primary: list[Row] = ()) -> bool:
    """A stage other than the comparison's leads the figure at ``s`` ("compared with intercepting 10,100"), unless
    the stage word is an earlier compared figure's own ("compared with 42 suspects arrested, 26 traffickers prosecuted,
    and 26 convicted": the 26 are prosecutions and convictions; batch 42, malawi-2019 and 2020), or the stage is the
    one the figures compared count ("arrested 18 suspected traffickers (compared with ... arresting 44 suspected
    traffickers in 2017)": suspects `arrested`; batch 59's ecuador-2019)."""
    own = {(row.qualifier or "")[:5].lower() for row in primary}
    if "arres" in own:
        own.add("detai")  # suspects arrested or detained are one series (the corpus README)
    return any(not _FIGURE_OWN_WORDS.search(ctx.text, a, m.start()) and m.group()[:5].lower() not in own
               for m in _OTHER_STAGE.finditer(ctx.text, a, s))

#: "Of the 439 potential victims identified, SVET referred 170 ..., compared with 217 in 2019": the total restated
#: to open the sentence is not what the comparison compares.
_RESTATED = rc.lazy(rf"^(?:Of|Among) the (?:{NUMBER})\b", IGNORECASE)


def _restated(ctx: Context, row: Row) -> bool:
    """The row is the figure of an opening "Of the N ..." (a total restated, not this sentence's own figure)."""
    m = _RESTATED.match(ctx.text)
    # only when the clause after it gives a figure of its own to compare
    return bool(m) and row.pos < m.end() and rc.search(NUMBER, ctx.text[m.end() :], IGNORECASE) is not None


def _last_clause(ctx: Context, seg: int, comparison: set[int], primary: list[Row], wanted: int) -> list[Row]:
    """ "initiated prosecution of 57 defendants and courts convicted 40 traffickers, compared with 49": the
    comparison is about the last clause before it, when that clause has enough figures to compare."""
    base_seg = seg
    while base_seg in comparison:
        base_seg -= 1
    a, b = ctx.bounds(base_seg)
    cuts = [m.start() for m in AND_VERB.finditer(ctx.text, a, b) if depth(ctx.text, m.start()) == 0]
    if not cuts:
        return primary
    tail = [row for row in primary if row.pos >= cuts[-1]]
    return tail if tail and wanted <= len(tail) else primary


#: The stages an unreported number names, each its indicator (and victims repatriated: "did not report the number of
#: victims repatriated, compared to 15 in 2018"; residue14, ireland-2020); the regexes below read these words.
_UNREPORTED_STAGE = {"identified": "victims_identified", "referred": "victims_referred", "assisted": "victims_assisted",
                     "repatriated": "victims_repatriated"}
_STAGE_WORDS = "|".join(_UNREPORTED_STAGE)
#: A number of victims the government did not report, compared with an earlier year's figure: "did not report the number
#: of transnational victims identified and referred to care in 2019, compared to 33 transnational victims in 2018"
#: (residue7, batch 76's rwanda-2020): the compared figure is the earlier year's count of each stage named, as a zero's
#: comparison is ("did not identify any victims in 2019, compared with 33 in 2018"); the unreported number is no row.
_UNREPORTED_NUMBER = rc.lazy(
    r"\bdid not (?:report|provide|disclose) (?:the (?:total )?number of|how many) (?P<group>(?:[a-z-]+ ){0,2}?)"
    r"(?:trafficking )?(?:victims|survivors) (?:(?:it|they|the government|authorities|officials) |were |had been )?"
    r"(?P<stages>(?:" + _STAGE_WORDS + r")(?: (?:to|for|into) [a-z ]{1,30}?)?"
    r"(?:,? (?:and|or) (?:" + _STAGE_WORDS + r")(?: (?:to|for|into) [a-z ]{1,30}?)?)*)"
    r"(?: (?:in|during) (?P<y>(?:19|20)\d\d)| during the reporting period)?,"
    r" (?:compared (?:to|with)|down from|up from) ",
    IGNORECASE,
)
#: The flag of a stand-in base (kept only while the sentence's comparisons are read).
UNREPORTED_BASE = "unreported_base"


def unreported_bases(ctx: Context, out: Rows) -> list[Row]:
    """Stand-in rows for a number not reported that a figure is compared with, one per stage (removed from ``out`` by
    the caller once the comparisons are read: the number itself is unknown, no row)."""
    m = _UNREPORTED_NUMBER.search(ctx.text) if "did not" in ctx.text else None
    if m is None:
        return []
    year = int(m.group("y")) if m.group("y") else ctx.source.reporting_year
    stages = rc.findall(rf"\b({_STAGE_WORDS})\b", m.group("stages"), IGNORECASE)
    # (the victims' group is the compared figure's too: "the number of transnational victims ..., compared to 33")
    group = m.group("group").strip()
    q = part_qualifier(group.lower()) if group and not rc.fullmatch(r"(?:the|its|their|any|such)", group) else None
    return [out.add(ctx, _UNREPORTED_STAGE[s.lower()], number_text="", year=year, flags={UNREPORTED_BASE}, value=0.0,
                    unit="victims", qualifier=q, pos=m.start(), rule=rules().comparison.id)
            for s in dict.fromkeys(stages)]


def lone_part_series(ctx: Context, out: Rows, made: list[Row], parts: list[Row]) -> None:
    """ "Of the 413 identified victims, 30 were child victims (24 sex trafficking, six labor trafficking), compared with
    33 in 2019 and 53 in 2018": the one part a back-reference read (after the comparisons were made, on the total of the
    sentence before) is what its bare compared figures continue, the part's series (batch 86, bulgaria-2021); not when
    the first compared figure names its own noun ("compared with 37 victims in 2019": the year's count) or the sentence
    counts a figure of its own before the comparison."""
    lone = [p for p in parts if p.value is not None and p.qualifier and out.holds(p)]
    if len({p.pos for p in lone}) != 1 or len(lone) != 1:
        return
    part = lone[0]
    if any(r.pos < part.pos and not r.is_breakdown and r.value is not None and out.holds(r) for r in made):
        return
    cuts = [c for c in ctx.cuts if c > part.pos and c not in ctx.clause_cuts]
    if not cuts or _NOUN_AFTER_FIRST.match(ctx.text, cuts[0], ctx.bounds(ctx.segment(cuts[0]))[1]):
        return
    for i, row in enumerate(made):
        if (row.rule == "comparison" and row.pos > cuts[0] and not row.qualifier and not row.is_breakdown
                and (row.indicator, row.unit) == (part.indicator, part.unit) and row.year != part.year
                and out.holds(row)):
            made[i] = out.with_qualifier(row, part.qualifier, row.flags | {"breakdown"})
