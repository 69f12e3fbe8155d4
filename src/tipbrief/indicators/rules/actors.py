"""Who a count is by or for: NGOs' own counts, joint ones, and referrals to an agency (shared by counts and generic)."""

from __future__ import annotations

from tipbrief.indicators.numbers import NUMBER
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.context import HAS_NUMBER, Context, Rows, part_qualifier
from tipbrief.indicators.rules.ruleset import IGNORECASE

__all__ = ["BY_NGO", "CHANNEL_LEAD", "JOINT", "REFERRED_TO_AGENCY", "REFERRED_TO_JUDICIAL", "level_of_total",
           "level_share", "named_assistance_share", "restated_group"]

#: A subject that names NGOs or international organisations: "NGOs identified an additional 94 victims", perhaps after
#: a lead that sets their count beside the government's ("In addition to victims identified by the government, NGOs and
#: international organizations reported identifying ...").
BY_NGO = rc.lazy(
    r"^(?:(?:In addition to|Besides|Apart from|Separately from|Beyond)\b[^.;]{0,80}?, )?"
    r"[\w ,]{0,20}?\b(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,80}$", IGNORECASE
)
_NGO_WORDS = r"(?:NGOs?|civil society|international organi[sz]ations?|IOM)"
_GOV_WORDS = r"(?:the )?(?:government|authorities|police|officials|state|ministr\w+|agencies)"
_LINK = (r"\s*,?\s+(?:and|with|together with|jointly with|in (?:partnership|cooperation|collaboration) with|"
         r"(?:partnered|cooperated|collaborated|worked) with)\s+")
#: "The government and NGOs identified ...": a joint figure, not one by NGOs.
JOINT = rc.lazy(
    rf"\b{_GOV_WORDS}{_LINK}(?:\w+ ){{0,2}}?{_NGO_WORDS}\b|\b{_NGO_WORDS}{_LINK}{_GOV_WORDS}\b", IGNORECASE
)
#: "First responders referred 130 potential victims to CPTV": a referral to an agency (for identification), and the
#: sentence's other referrals ("; law enforcement referred 59 potential victims") go there too: no referral to care.
#: The agency may be named in full before its short name in brackets (vocabulary.yml NAMED_IN_FULL: "to the
#: government’s Center for Protection of Trafficking Victims (CPTV)", batch 51).
REFERRED_TO_AGENCY = rc.lazy(
    rf"\breferr?\w* {NUMBER} [^.;]{{0,60}}?\bto (?:the )?(?:{{NAMED_IN_FULL}})?"
    r"(?!NGOs?\b|IOM\b|UNHCR\b|UNICEF\b)(?-i:[A-Z]{2,6})\b"
    r"(?![\w-]| (?:shelters?|services|facilities|centers)\b)",
    IGNORECASE,
)

#: Right after a figure referred: "... one child victim to a judge advocate", "12 victims to the juvenile court": a
#: referral to a judicial official or body (vocabulary.yml JUDICIAL_RECIPIENTS), not to care; the first "to" after the
#: figure only ("referred 40 victims to shelters and one to a prosecutor": the 40 went to care)
REFERRED_TO_JUDICIAL = rc.lazy(
    r"^(?:(?!\bto\b)[^.;()]){0,60}?\bto (?:an? |the )?(?:[\w-]+ ){0,2}?(?:{JUDICIAL_RECIPIENTS})\b(?![\w-])",
    IGNORECASE,
)


#: The subject of the clause before a figure of assistance: a body named with its short name in brackets ("the
#: Ministry of Social Affairs (MSA) provided ... assistance to"), or the short name alone ("INAU assisted").
_BRACKET_NAMED = rc.lazy(
    r"(?:^|[;:]\s+|,\s+(?:and\s+|while\s+|whereas\s+)?|\b(?:and|while|whereas)\s+)(?:[Tt]he\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|for|and|the|on)){0,8}\s+\((?P<ag>(?-i:[A-Z][A-Za-z]{1,11}))\)"
    r"|(?P<short>(?-i:[A-Z][A-Za-z]{1,11})))"
    r"\s+(?:(?:also|\w+ly)\s+)*(?:reported\s+)?(?:assist|provid|serv|offer|g[ai]v|shelter|support|accommodat)\w*\b"
    r"[^.;()\d]{0,100}$"
)


def _named_body(ctx: Context, before: str) -> str | None:
    """The body :data:`_BRACKET_NAMED` finds as the subject of the last clause of ``before``; a short name alone
    counts only when the paragraph introduced it in brackets ("The National Institute for Women (Inmujeres) ...")."""
    m = _BRACKET_NAMED.search(before)  # (the leftmost subject whose clause runs to the figure: no figure between)
    if m is None:
        return None
    if m.group("ag"):
        return m.group("ag")
    short = m.group("short")
    para = ctx.sent.para
    texts = para.texts if para is not None else [ctx.text]
    return short if any(f"({short})" in text for text in texts) else None


#: "referred or directly provided assistance to all identified victims": the year's assistance is all its victims.
_ALL_ASSISTED = rc.lazy(r"\b(?:provid|offer|g[ai]v)\w* (?:\w+ ){0,2}?(?:assistance|services|care|support) to all "
                        r"(?:the )?(?:identified |trafficking )*victims\b", IGNORECASE)


def _all_assisted_before(ctx: Context) -> bool:
    """The sentence before says every identified victim was assisted (no figure): a body's count is its share."""
    return ctx.prev is not None and _ALL_ASSISTED.search(ctx.prev.text) is not None


#: A sentence led by the hotline its count came through: "Through its hotline, the Commission ... (CFO) assisted 20
#: possible trafficking victims" (the count is the channel's, `through the hotline`; residue22, philippines-2017).
CHANNEL_LEAD = rc.lazy(r"^(?:(?:In|During) [^,]{2,40}, )?(?:Through|Via) (?:the |its |their |an? )?(?:[\w’'-]+ ){0,3}?"
                       r"(?:hot|help)lines?, [^.;]*$", IGNORECASE)


def _other_named_assistance(ctx: Context, named: str, after: int) -> bool:
    """Another body named the same way counts the victims it assisted later in the sentence or the paragraph (not one
    whose count a hotline lead files by its channel, :data:`CHANNEL_LEAD`: no share beside this body's)."""
    para = ctx.sent.para
    later = [ctx.text[after:]]
    if para is not None and ctx.text in para.texts:
        later += para.texts[para.texts.index(ctx.text) + 1 :]
    for text in later:
        for figure in HAS_NUMBER.finditer(text):
            if CHANNEL_LEAD.match(text, 0, figure.start()):
                continue
            other = _named_body(ctx, text[: figure.start()])
            if other and other != named:
                return True
    return False


def named_assistance_share(ctx: Context, out: Rows, before: str, after: int) -> str | None:
    """ "by <name>" of a count of victims assisted whose subject is a body named by a short name in brackets
    (:func:`_named_body`), when it is a share: another body's count of the victims it assisted already read (a "by"
    share of another name), every identified victim assisted by the sentence before, or another such body counting
    later ("The Ministry of Health (MOH) provided healthcare to 69 ..., and the Ministry of Social Affairs (MSA)
    provided ... assistance to 83 victims", "Inmujeres assisted 140 ... INAU assisted 318 ...": batch 47, tunisia-2020
    and uruguay-2022); None otherwise. A larger total of the same body before is no such thing ("DSWD reported serving
    2,318 ... DSWD reported assisting 672 victims of sex trafficking, ...": philippines-2019's parts by form)."""
    named = _named_body(ctx, before)
    if named is None:
        return None
    shares = any(r.indicator == "victims_assisted" and (r.qualifier or "").startswith("by ")
                 and r.qualifier not in ("by NGOs or international organizations", f"by {named}")
                 for r in [*out.rows, *ctx.prev_rows])
    if shares or _all_assisted_before(ctx) or _other_named_assistance(ctx, named, after):
        return f"by {named}"
    return None


#: A sentence that opens by restating a group of victims an earlier sentence counted: "Of the 132 child victims noted
#: above, ...", "Of these 40 adult victims identified, ...".
_RESTATED_GROUP = rc.lazy(
    rf"^(?:Of|Among) (?:the|these|those) {NUMBER} (?P<g>(?:{{VICTIM_GROUP_ADJ}})) (?:(?:{{POTENTIAL}}|trafficking|sex "
    r"trafficking|labou?r trafficking) )*victims(?: (?:noted|mentioned|described|counted|listed) (?:above|earlier)"
    r"| identified(?: (?:in|during) (?:19|20)\d\d)?)?, ",
    IGNORECASE,
)


def restated_group(ctx: Context, pos: int) -> str | None:
    """The group a figure of assistance or referral at ``pos`` is of, when the sentence opens by restating a group
    identified before ("Of the 132 child victims noted above, the government assisted 48 ... as well as referred them
    to shelters": the 48 are children; batch 47, togo-2021); None otherwise."""
    m = _RESTATED_GROUP.match(ctx.text)
    return part_qualifier(m.group("g")) if m and pos >= m.end() else None


#: A clause whose subject is a level of government (vocabulary.yml GOVERNMENT_LEVELS), its verb right before the
#: figure: "The federal government identified 113 ...", "while the state governments reported identifying 545 ...".
_LEVEL_SUBJECT = rc.lazy(
    r"(?:^|[;,]\s+(?:and\s+|while\s+|whereas\s+)?|\b(?:and|while|whereas)\s+)(?:the\s+)?"
    r"(?P<lvl>{GOVERNMENT_LEVELS})\s+(?P<g>governments?)\s+(?:[a-z]+\s+){1,3}$",
    IGNORECASE,
)
#: "... identified 545 of the total victims": a share of a total right after a bare figure.
_OF_TOTAL = rc.lazy(r"^\s+of (?:the|these|those|all(?: the)?) (?:total )?(?:(?:identified|trafficking) )*victims\b",
                    IGNORECASE)


def level_share(before: str) -> str | None:
    """``by the federal government`` or ``by state governments`` when the clause before a figure (``before``, the
    text up to it) has a level of government as its subject (:data:`_LEVEL_SUBJECT`), to be read as a share when the
    year's total was given before (batch 54, mexico-2020); None otherwise."""
    m = _LEVEL_SUBJECT.search(before)
    if m is None:
        return None
    level = m.group("lvl").lower()
    return f"by {level} governments" if m.group("g").lower().endswith("s") else f"by the {level} government"


def level_of_total(text: str, s: int, e: int) -> bool:
    """The figure at ``s:e`` of ``text`` is a level of government's count "of the total victims" ("The state
    governments identified 545 of the total victims"): its share of the year, not a part of a figure before it."""
    return _OF_TOTAL.match(text[e:]) is not None and level_share(text[max(0, s - 80) : s]) is not None
