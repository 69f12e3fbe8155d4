"""Counts: the figure each count pattern reads, with its year, flags and qualifier.

Qualifiers a count takes from its context: the statute it is counted under ("under Article 130.1"),
"by NGOs or international organizations" ("The government and NGOs"
is no NGO-only figure), "rescued children", the form of exploitation of one of two parts
("14 traffickers for sex trafficking and seven for forced labor"), the place ("two victims from
Uzbekistan") and the channel ("through the hotline", a part when a total is also given). Cases carried over from
earlier years ("continued to investigate 75 ongoing cases") are no count of the year: no row.
"""

from __future__ import annotations

import re
from functools import cache

from tipbrief.indicators.definitions import load_definitions
from tipbrief.indicators.numbers import MONTHS, NUMBER
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.actors import (
    BY_NGO,
    CHANNEL_LEAD,
    JOINT,
    REFERRED_TO_AGENCY,
    REFERRED_TO_JUDICIAL,
    level_share,
    named_assistance_share,
    restated_group,
)
from tipbrief.indicators.rules.context import (
    DENIED_CHAIN,
    FRACTION_BEFORE,
    IGNORECASE,
    Context,
    Row,
    Rows,
    approx_flags,
    is_demonym,
    is_distractor,
    parse_count,
    part_qualifier,
    resolve_year,
    rules,
    share_name,
    stage_indicator,
    statute,
    under_other_statutes,
)
from tipbrief.indicators.rules.ruleset import compiled, fragments, vocabulary
from tipbrief.indicators.rules.words import may_find
from tipbrief.sources.countries import lookup

#: How victims came to be found: "identified 26 potential victims through the hotline".
CHANNEL_BODY = (
    r"(?P<ch>(?:through|via) (?:the |its |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:hotlines?|helplines?|screenings?|inspections?|raids?|operations?|outreach|referral mechanism|NRM|"
    r"monitoring|patrols?))\b"
)
_HOTLINE_CALLS = rc.lazy(
    r"^ (?:[\w-]+ ){0,2}?(?:as a result of (?:[\w-]+ ){0,2}?(?:hotline|helpline) calls|"
    r"from (?:[\w-]+ ){0,2}?(?:hotline|helpline) (?:tips|calls|reports))\b", IGNORECASE
)
#: Right after a count of victims, the passive's agent that names NGOs or international organisations: "at least 37
#: victims identified by an NGO", "12 victims were assisted by international organizations": their own count, as when
#: they are the subject (batch 88's israel-2018; not "identified by police", nor a joint "by NGOs and the government")
#: NGOs the government funded, named back after it ("the federal government allocated funding to several NGOs to provide
#: services to trafficking victims, and these NGOs assisted at least 409 victims"; residue20, canada-2018): government-
#: funded NGOs, whose counts the corpus files as the government's (README, batch 97), not `by NGOs ...`.
_FUNDED_NGOS = rc.lazy(
    r"(?<!\bnot )(?<!\bnever )(?<!\bno )\b(?:fund(?:s|ed|ing)?|grants?|financ(?:ed|ing)|contract(?:ed|ing))\b"
    r" (?:[\w-]+ ){0,4}?NGOs\b[^.]{0,200}?\b(?:these|those|the|both|such) NGOs\b[^.;]{0,80}$", IGNORECASE)
#: A lead that says the NGOs of the clause worked on the government's money: "With government funding, NGOs assisted
#: 810 victims", "With funding from the Ministry of Interior, NGOs ..." (batch 158's italy-2015): government-funded
#: NGOs, as _FUNDED_NGOS (README, batch 97); "With funding from foreign donors" stays the NGOs' own count.
_GOV_FUNDED_LEAD = rc.lazy(
    r"^(?:[^.;]{0,60}?, )?(?:with|using|through) (?:the )?"
    r"(?:(?:national |federal |central )?government(?:’s|'s)? |state |public |ministry )"
    r"(?:funding|financing|financial support|funds|grants?)\b"
    r"|^(?:[^.;]{0,60}?, )?(?:with|using|through) (?:funding|financing|financial support|funds|grants?) (?:from|by|of) "
    r"(?:the )?(?:(?:national |federal |central )?government|state|ministr(?:y|ies)|Ministry of [\w ]{1,40}?)(?=[,\s])",
    IGNORECASE,
)
#: (past a comparison set off by commas between the count and its passive: "The only potential trafficking victim,
#: compared with 65 potential victims in 2018, was identified by an NGO"; batch 142's timor-leste-2020-intro)
_BY_NGO_AGENT = rc.lazy(
    r"(?:,\s+(?:compared (?:with|to)|(?:up|down) from|an? (?:decrease|increase|drop|rise) from)[^,;.()]{0,80},)?"
    r"(?:\s+(?:were|was|had been|have been))?(?:\s+(?:\w+ly\s+)?(?:identified|assisted|rescued|referred|sheltered))?"
    r"\s+by (?:an? |the |one |several |some |two |three |local |partner |foreign |international )*"
    r"(?:NGOs?|civil society (?:organi[sz]ations?|groups?)|international organi[sz]ations?|IOM)\b"
    r"(?!,? (?:and|or|with|together with) (?:the )?(?:government|authorities|police|officials|state))",
    IGNORECASE,
)
#: "The government reported (that) NGOs identified ...": who reported it is not whose figure it is
_REPORTED_LEAD = rc.lazy(
    r"^(?:the )?(?:government|authorities|officials) reported (?:that )?(?=(?:[\w-]+ ){1,3}?\w+ed\b)"
    # and the reverse: "NGOs reported law enforcement officials referred 134 victims ...": the officials' count, which
    # NGOs only report (no NGO's count)
    # (and the media with them: "Media and an international organization reported the government identified 83
    # trafficking victims", batch 56's namibia-2023: the government's count, which the reporters only report)
    r"|^(?:[\w-]+ ){0,4}?(?:NGOs?|civil society|international organi[sz]ations?|observers|(?:the )?media(?: outlets)?|"
    r"(?:the )?press|journalists) (?:also )?"
    r"(?:reported|said|stated|noted) (?:that )?(?=(?:the )?(?:government|authorities|officials|police|law enforcement|"
    r"ministr\w+|state)\b)",
    IGNORECASE,
)
#: "... as a result of these calls": the calls a sentence before (or this one) said a hotline received
_THESE_CALLS = rc.lazy(r"^ (?:[\w-]+ ){0,2}?as a result of (?:these|those|the|such) calls\b", IGNORECASE)
_HOTLINE_BEFORE = rc.lazy(r"\b(?:hotline|helpline)s?\b", IGNORECASE)
#: "The hotline received 1,450 calls, leading to the identification of 12 victims": the calls' outcome (the hotline
#: named before it in the sentence)
#: (and after other results listed first: "resulting in five investigations and the identification of two victims";
#: calls named before the hotline: "Calls to the national helpline, which resulted in ...")
_CALLS_LED_TO = rc.lazy(
    r"(?:\b(?:hotline|helpline)s?\b[^.;]*?\bcalls?\b"
    r"|\bcalls? to (?:the |its |an? )?(?:[\w-]+ ){0,3}?(?:hotline|helpline)s?\b)"
    r"[^.;]{0,40}?,? (?:leading|which led|that led|resulting|which resulted|"
    r"that resulted) (?:to|in) (?:[^.;]{0,60}?,? and )?the identification of (?:an? )?$",
    IGNORECASE,
)
_CHANNEL = rc.lazy(rf"^ (?:[\w-]+ ){{0,2}}?{CHANNEL_BODY}", IGNORECASE)
#: The hotline named before, then "through which" its body found the victims counted: "maintained a phone line, email,
#: and website for the public to ... report trafficking-related crimes through which it identified 129 potential
#: trafficking victims" (batch 57, bulgaria-2022).
_THROUGH_WHICH = rc.lazy(
    r"\b(?:hot|help|(?:tele)?phone )lines?\b[^.;]{0,120}?\b(?:through|via|by means of) which (?:[\w-]+ ){0,3}?$",
    IGNORECASE,
)
#: A sentence whose subject is the hotline ("In FY 2022, the hotline received ... signals; identified ... 16,775
#: potential victims", united-states-2023): the victims it identified were found through it
_HOTLINE_SUBJECT = rc.lazy(
    r"^(?:(?:In|During) [^,]{2,40}, )?(?:the |its |a |an )?(?:[\w’'-]+ ){0,4}?(?:hotline|helpline)s?\b",
    IGNORECASE,
)
#: Another subject after it, which the count's verb may be of: "...; police identified ...", "and NGOs identified"
_OTHER_ACTOR = rc.lazy(
    r"\b(?:the government|government|police|authorities|officials|ministr\w+|NGOs?|law enforcement|prosecutors|"
    r"inspectors|it|they)\b(?! (?:could|would|did) not\b)",
    IGNORECASE,
)


#: Who runs or funds the hotline, set off by commas right after it: "The national helpline, run by an NGO with
#: government funds, answered ..." (batch 62's probe): the hotline is still the subject, the body in it no other actor.
_HOTLINE_APPOSITIVE = rc.lazy(
    r",\s+(?:(?:which|that) (?:is|was) )?(?:run|operated|managed|(?:co-)?funded|financed|staffed|maintained|supported)"
    r" by\b[^,;.]{0,80},", IGNORECASE
)


def _hotline_subject(head: str) -> bool:
    """The text before a count opens with the hotline as its subject and names no other actor after it (nor in the
    words that say who runs it; a line known by its proper name that received calls is such a subject, and "it" after
    it is the line: "The Commission ... (CFO) Actionline against Human Trafficking received 3,377 calls, and it
    identified and assisted nine ..."; residue3, batch 54's philippines-2020)."""
    m = _HOTLINE_SUBJECT.match(head)
    if m is None and (m := _NAMED_LINE_SUBJECT.match(head)) is not None:
        return not any(a.group().lower() != "it" for a in _OTHER_ACTOR.finditer(head, m.end()))
    if not m:
        return False
    appositive = _HOTLINE_APPOSITIVE.match(head, m.end())
    return not _OTHER_ACTOR.search(head, appositive.end() if appositive else m.end())


#: A line known by its proper name that opens the sentence as the subject that received calls (statements.NAMED_LINE).
_NAMED_LINE_SUBJECT = rc.lazy(
    r"^(?:the )?(?:[\w’'()-]+ ){0,6}?(?-i:[A-Z][a-z]{2,}line)\b(?: (?:against|for|on) (?-i:[A-Z][\w-]*)"
    r"(?: (?-i:[A-Z][\w-]*))*)? received (?:[\w,-]+ ){1,3}?calls\b", IGNORECASE)

#: The potential kind named after a group's figure: "three women as potential victims (of trafficking)".
_AS_POTENTIAL = rc.lazy(r"\s+as\s+(?:{POTENTIAL})\s+(?:[\w-]+\s+){0,2}?victims\b", IGNORECASE)
#: Victims counted with the potential ones after the noun: "support to 317 victims or potential victims", "services to
#: 40 victims and presumed victims" (batch 73's czech-republic-2021): a count of the potential kind, as "as potential
#: victims" is (a second count beside the year's total; the year's only count stays unqualified, as ever)
_OR_POTENTIAL = rc.lazy(r"(?<=victims)\s+(?:or|and)\s+(?:{POTENTIAL})\s+(?:trafficking\s+)?victims\b", IGNORECASE)
#: Found in raids: "police identified 28 victims during brothel raids" (qualifier "rescued", as "rescued 45 children"),
#: when no agency's share of a total is read first ("TOCU identified 144 victims during raids": "by TOCU").
_RAIDS = rc.lazy(r"^ (?:[\w-]+ ){0,2}?(?:during|in|through) (?:the )?(?:[\w-]+ ){0,2}?raids?\b", IGNORECASE)
_VICTIM_COUNTS = ("victims_identified", "victims_assisted", "victims_referred")
#: "initially identified and referred 26 victims to police for formal identification", "sent 12 potential victims to
#: the anti-trafficking unit to be officially identified": a referral to the body that identifies victims (no row of
#: identification or of referral to care)
#: Victims something kept from status or care: "the strict evidentiary standard ... prevented at least 18 victims
#: referred by NGOs from receiving status" (batch 88's israel-2019): the object of a hindrance, no count of a stage.
_KEPT_FROM = rc.lazy(
    r"\b(?:prevent(?:ed|ing)|kept|keeping|barred|barring|stopped|stopping|precluded|excluded|blocked|deterred)"
    r" (?:(?:at least|some|about|nearly|almost|more than|over|approximately) )?$",
    IGNORECASE,
)
_FROM_RECEIVING = rc.lazy(
    r"[^.;\d]{0,80}?\bfrom (?:receiving|accessing|obtaining|getting|seeking|being (?:granted|recogni[sz]ed|"
    r"identified|assisted|referred))\b",
    IGNORECASE,
)
#: A sentence that opens by referring back to the figure before: "Of these, ...", "Among them, ...".
_OF_THESE = rc.lazy(r"^(?:Of|Among) (?:these|those|them)\b", IGNORECASE)
#: A date the figure stands on ("as of early 2015", "as of March 2021") and a verb of housing before it in its clause:
#: the residents of that date.
_HOUSED_AS_OF = rc.lazy(
    r"\bas of (?:(?:early|mid|late|the (?:end|beginning|start) of) )?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?:\d{1,2}, )?(?:19|20)\d\d,?\s[^.;]{0,60}?\b(?:housed|sheltered|accommodated|hosted|"
    r"was (?:housing|sheltering|accommodating))\s+(?:(?:a total of|at least|about|approximately) )?$",
    IGNORECASE,
)
#: The repatriation a relative clause's returned victims are a part of: "repatriated six potential Australian
#: trafficking victims from abroad, three of whom were returned to Australia to receive protective services" (batch 110,
#: australia-2017): the six are the year's repatriations, the three no second count.
_REPATRIATED_BEFORE = rc.lazy(
    r"\brepatriat(?:ed|ing) (?:[\w’'-]+ ){1,6}?(?:victims?|citizens|nationals|individuals|persons|people)\b"
    r"[^.;(),]{0,25},\s*$", IGNORECASE)
#: A verb of saying right before a figure ("an NGO reported seven victims were ..."), and the clause the figure opens
#: saying what the victims were subjected to ("were subjected to sex trafficking"): the figure is said of them.
_SAID_OF = rc.lazy(r"\b(?:reported|noted|stated|indicated|said)\s+(?:that\s+)?$", IGNORECASE)
_NGO_SAYS = rc.lazy(r"\b(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,30}$", IGNORECASE)
_SUBJECTED_CLAUSE = rc.lazy(r"(?:\s+\w+){0,2}?\s+(?:were|was)\s+(?:\w+ly\s+)?(?:subjected|exploited|forced)\b",
                            IGNORECASE)
#: Right after a count of victims, the text calling their category wider than trafficking: "...—a broader
#: categorization that included victims of trafficking, as well as certain non-trafficking crimes".
_WIDER_CATEGORY = rc.lazy(r"[^.;]{0,80}?(?:—|,|\()\s*(?:a|which is a|this) (?:broader|wider|larger) "
                          r"(?:categor\w*|classification|group)\b[^.;]{0,120}?\bnon-trafficking\b", IGNORECASE)
#: The sentences given right before a count of convicted persons: "sentences handed down in the state court to four
#: traffickers convicted", "suspended sentences for 25 convicted traffickers".
_SENTENCES_OF = rc.lazy(r"\bsentences\b(?: (?:handed down|imposed|issued|given|passed))?[^.;\d]{0,50}?"
                        r"\b(?:to|on|for)\s+(?:(?:all|the|these|those|only) )?$", IGNORECASE)
#: A sentence saying where referrals go, the bodies that identify victims: "First responders referred potential victims
#: to CTHBMSU and MLSP, which were authorized to officially identify victims" (residue27, north-macedonia-2018).
_TO_IDENTIFIERS_BEFORE = rc.lazy(
    r"\breferr\w* (?:[\w-]+ ){0,3}?victims to [^.;]{0,80}?,? (?:which|who|that) (?:were|was|are|is) "
    r"(?:(?:the (?:only )?(?:bodies|body|agencies|agency) )?(?:authori[sz]ed|responsible|mandated|empowered) to )"
    r"(?:officially |formally )?identify\b",
    IGNORECASE,
)
#: A figure's own place of referral right after it: "... 12 victims to shelters".
_REFERRED_TO = rc.lazy(r"[^.;,()]{0,40}?\bto (?!be\b)", IGNORECASE)
_FOR_IDENTIFICATION = rc.lazy(
    r"[^.;\d]{0,80}?\b(?:for (?:their )?(?:formal |official |final |further |possible )?"
    r"(?:identification|screening|verification|victim status determination)"
    r"|to be (?:formally |officially )?(?:identified|recogni[sz]ed) as)\b",
    IGNORECASE,
)
#: A sentence that says its victims were not shown to be trafficking victims: "identified 942 victims of labor
#: exploitation; however, the government did not specify how many of these victims experienced forced or slave labor",
#: "2,575 victims of labor exploitation ...; however, the government did not specify how many, if any, of these were
#: trafficking victims" (batch 89's brazil-2021 and 2023): a wider population, no count of trafficking victims.
_NOT_SHOWN_TRAFFICKED = rc.lazy(
    r"\b(?:did not|could not|was unable to|were unable to) (?:specify|report|determine|indicate) how many"
    r"(?:,? if any,?)?(?: of (?:these|those|them))?(?: victims)? (?:were|experienced|had experienced) "
    r"(?:trafficking victims|victims of (?:trafficking|forced labou?r)"
    r"|(?:forced|slave)(?: or (?:forced|slave))? labou?r|trafficking)\b",
    IGNORECASE,
)
#: Right after a count of persons: the text does not say how many of them were trafficking victims (" but did not
#: differentiate how many were victims of sex and labor trafficking").
_HOW_MANY_WERE_VICTIMS = rc.lazy(
    r"(?:\s+(?:in|during)\s+[^,;.]{0,30}?)?,?\s+(?:but|although|though)\s+(?:it\s+|they\s+)?(?:did not|could not|"
    r"was unable to|were unable to)\s+(?:differentiate|specify|report|determine|indicate|distinguish)\s+how many"
    r"(?:\s+of\s+(?:these|those|them))?\s+were\s+(?:trafficking\s+)?victims\b",
    IGNORECASE,
)
#: The flag of such a count's stand-in row.
NOT_VICTIMS_BASE = "not_victims_base"
_EXPLOITATION_VICTIMS = rc.lazy(r"\bvictims of (?:labou?r )?exploitation\b", IGNORECASE)
#: A clause with no subject of its own (", and assisted 280 children") shares the sentence's subject.
#: One court level as the subject of a figure ("trial courts convicted 66"); "Trial courts and appellate courts
#: convicted 46" names both: the total.
_COURT = rc.lazy(r"\b(?:trial|first[- ]instance|appellate|appeals?) courts?\b", IGNORECASE)
_HAS_DIGIT = rc.lazy(r"\d")
#: "... for a total of 155 convictions": the total the parts before it add up to
#: The figure's own agent, the government, in the passive after it: "102 victims identified by the government".
_OWN_GOVERNMENT_AGENT = rc.lazy(
    r"\S+ (?:[\w-]+ ){0,3}?victims (?:(?:were |was )?(?:identified|referred|assisted|sheltered)|"
    r"(?:identified |referred |assisted |sheltered )?(?:in \d{4} )?)"
    r"by (?:the )?(?:government|authorities|police|state|officials|law enforcement)\b"
    r"(?!,? (?:and|or|with) (?:the )?(?:NGOs?|civil society|international organi[sz]ations?))", IGNORECASE
)
#: The pattern of an additional count of victims self-identified or identified by a service provider (residue16).
_SELF_IDENTIFIED = "victims_identified.self-identified"
_A_TOTAL = rc.lazy(r"\b(?:for )?a total of \d", IGNORECASE)
#: The clause's subject is who counts a country's victims outside it (vocabulary.yml ACTORS_ABROAD), its verbs right
#: after it: "Mexican consular officials abroad identified and assisted 86 victims" (batch 54).
ACTOR_ABROAD = rc.lazy(r"\b(?:{ACTORS_ABROAD})\b(?:\s+(?:{ABROAD}))?(?:,[^,;]{1,60},)?\s+"
                        r"(?:(?:also|reportedly|\w+ly)\s+)*(?:reported\s+)?"
                        r"\w+(?:ed|ing)(?:,?\s+(?:and\s+)?\w+(?:ed|ing))*\s+(?:(?:an?|an additional|a total of)\s+)?$",
                        IGNORECASE)
#: (the figure's bound or approximation after the verb too: "... and identified more than 196 victims"; residue2)
#: a figure's bound or approximation right before it, optional: the tail of the two patterns below
_BOUND_TAIL = (r"(?:\s+(?:more than|over|at least|nearly|almost|about|approximately|around|roughly|some"
               r"|an estimated))?\s*$")
_NO_SUBJECT = rc.lazy(r"^[,;]?\s*(?:(?:and|but|also|then)\s+)*\w+(?:ed|ing)" + _BOUND_TAIL, IGNORECASE)
#: A verb with its object and the preposition of the figure, no subject of its own: "and provided psycho-social support
#: for (more than)", "and providing shelter to" (the last of a chain of verbs after the clause's subject: "one NGO
#: cooperated with the local police ..., and intercepted, rehabilitated, and provided psycho-social support for more
#: than 1,000 ... victims", the NGO's count; fix220, ethiopia-2018)
_NO_SUBJECT_OBJECT = rc.lazy(r"^[,;]?\s*(?:(?:and|but|also|then)\s+)*\w+(?:ed|ing)\s+(?:(?:[\w-]+\s+){1,3}?(?:to|for)"
                             # (or the noun of its act before the figure: "and facilitated the repatriation of", the
                             # act's count; residue29b, zambia-2017)
                             r"|the (?:repatriation|return|reintegration|resettlement|rescue|placement|"
                             r"identification|referral) of)"
                             + _BOUND_TAIL, IGNORECASE)
#: The rule that reads housing a body found or provided for victims (extract_rules.yml).
_ACCOMMODATION_FOR = "phrasings.accommodation-for"
#: A sentence whose subject, first after a lead of time, is NGOs or an international organisation: "In 2017, one NGO
#: cooperated ...", "An international organization ran ...", "a faith-based NGO ran ..." (audit10) (not "In cooperation
#: with NGOs the government ...")
_NGO_OPENS = rc.lazy(
    r"^(?:(?:In|During|Since|By) [^,]{2,30}, )?(?:(?:an?|one|two|three|several|some|the|local|foreign|partner|"
    r"international|religious|faith-based|community|grassroots|private|regional|prominent|specialized|"
    r"non-?profit|[a-z]+-based)\s+)*(?:NGOs?|civil society organi[sz]ations?|international organi[sz]ations?|IOM)\b"
    # (two such bodies together: "An international organization and an NGO provided care ..."; residue29b, zambia-2017)
    r"(?:\s+(?:and|or)\s+(?:an?|one|two|the|local|other|another)\s+(?:(?:local|international|foreign|partner)\s+)?"
    r"(?:NGOs?|civil society organi[sz]ations?|international organi[sz]ations?|IOM)\b)?"
    r"(?!,?\s+(?:and|or|with)\b)(?![^.;]*\b(?:the )?(?:government|authorities|ministry|officials)\b"
    r"(?:\s+\w+)?\s+\w+ed\b)",
    IGNORECASE,
)
#: The first verb of a clause (its subject is the text before it).
_FIRST_VERB = rc.lazy(r"\b\w+ed\b")

#: The group an adjective names between a figure and its victims: " female victims", " Austrian trafficking victims"
#: (a capitalised word only when it is a demonym: counts.py asks; a form after it makes two attributes, the count's own:
#: "identified two Ukrainian forced labor victims", counts.yml).
_GROUP_ADJECTIVE = rc.lazy(
    r" (?:(?:{POTENTIAL}|alleged|new|additional) )*(?P<g>female|male|(?-i:[A-Z][a-z]+)) (?:national )?"
    r"(?:(?:{POTENTIAL}|trafficking) )*victims?",
    IGNORECASE,
)
#: ... the narrative's own people named as its nationals: "two Italian national victims" (residue29a).
_OWN_NATIONALS = rc.lazy(r" (?:(?:{POTENTIAL}|alleged|new|additional) )*(?P<g>(?-i:[A-Z][a-z]+)) national "
                         r"(?:(?:{POTENTIAL}|trafficking) )*victims?", IGNORECASE)


def _separate_count(ctx: Context) -> bool:
    """The sentence (or the one before) says an agency keeps statistics of its own, counted apart from the year's
    total: "Separately, the Migration Agency maintained statistics on identified victims; double counting likely
    occurred across agencies. In 2021, the Migration Agency identified 261 potential trafficking victims" (batch 35:
    a second count beside the total, no share of it)."""
    return bool((ctx.may(_SEPARATE) and _SEPARATE.search(ctx.text))
                or (ctx.prev is not None and may_find(_SEPARATE, ctx.prev.text) and _SEPARATE.search(ctx.prev.text)))


#: A count the sentence says may overlap the year's total: "these victims may also have been counted in the government
#: statistics", "some victims may have been double counted" (batch 97).
_COUNTED_TWICE = rc.lazy(
    r"\b(?:may|might|could) (?:also )?(?:have )?(?:been |be )?(?:double[- ])?counted (?:twice|again|(?:in|among) the "
    r"(?:government(?:[’']s)?|official|national) (?:statistics|data|figures|total))\b|\bdouble[- ]count",
    IGNORECASE,
)
_SEPARATE = rc.lazy(r"^Separately\b|\bdouble[- ]counting\b|\b(?:separate|own) statistics\b", IGNORECASE)
#: A shelter named by its residents' group, as the subject of the figure's clause: "the female shelter", "the men’s
#: shelter".
_GROUP_SHELTER = rc.lazy(
    r"\b[Tt]he (?P<g>female|male|women|men|child(?:ren)?|girls|boys)(?:[’']s?)? (?:trafficking )?shelter "
    r"(?:\w+ )?$",
    IGNORECASE,
)
#: A shelter named by its group is its residents' part only beside another group's shelter of the paragraph ("the
#: female shelter assisted 29 victims ... the men’s shelter assisted 23", batch 35's israel-2017): the one shelter
#: named, its count the year's only count of care, is the year's, unqualified ("the women’s shelter assisted one
#: potential victim", residue23's iceland-2020, as a shelter "for female victims" named alone is; cases/counts.yml).
_ANY_GROUP_SHELTER = rc.lazy(
    r"\b(?:[Tt]he|[Aa]|[Aa]nother|[Ii]ts) (?P<g>female|male|women|men|child(?:ren)?|girls|boys)(?:[’']s?)? "
    r"(?:trafficking )?shelters?\b",
    IGNORECASE,
)


def _other_group_shelter(ctx: Context, group: str) -> bool:
    """Whether the paragraph (or the sentence, with no paragraph) names a shelter of another group than ``group``."""
    texts = ctx.sent.para.texts if ctx.sent.para is not None else [ctx.text]
    return any(m.group("g").lower() != group.lower() for text in texts for m in _ANY_GROUP_SHELTER.finditer(text))


#: ... or a provider the clause's subject names by the group it serves: "Another NGO, which provided government-funded
#: services for male victims, reported assisting 61 victims" (residue, austria-2022), "a shelter that offers
#: accommodation to child victims and assisted 14 victims".
_SERVED_GROUP = rc.lazy(
    r"\b(?:which|that|who)\s+(?:provided|provides|offered|offers|ran|runs|operated|operates|gave|gives)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:{SERVICES})\s+(?:exclusively\s+|only\s+)?(?:for|to)\s+"
    r"(?P<g>female|male|women|men|child(?:ren)?|girls|boys|adult|foreign)\s+(?:trafficking\s+)?victims\b[^.;()]*$",
    IGNORECASE,
)
#: A referral's destination, a shelter, right after the victims referred: "referred one victim to an NGO shelter",
#: "referred an additional 15 victims to its shelter in Rutenga" (residue, zimbabwe-2020).
REFERRED_TO_SHELTER = rc.lazy(
    r"^(?: (?!to\b)[\w’'-]+){0,3}? to (?:an? |its |their |the )?(?:[\w’'-]+ ){0,3}?"
    r"(?:shelters?|(?:{SHELTER_PLACES}))\b",
    IGNORECASE,
)
_FOREIGN_WORD = rc.lazy(r"\bforeign(?:ers?)?\b", IGNORECASE)
#: The stages whose groups are parts (a repatriation's nationality is the whole count's: "repatriated 14 Nepali
#: victims").
_GROUP_STAGES = ("victims_identified", "victims_assisted", "victims_referred")
_ABROAD = rc.lazy(r"^ (exploited|identified|trafficked|subjected to trafficking) (abroad|overseas)\b", IGNORECASE)
#: Victims found outside the country, named after their figure: "eight Tunisian victims in other Arab countries", "12
#: victims abroad" (not victims "from other countries": foreign victims, vocabulary.yml part_qualifiers).
_IN_OTHER_COUNTRIES = rc.lazy(
    r" (?:(?:trafficking )?victims? )?(?:(?:identified|found|exploited|located) )?(?:in (?:other|foreign|neighbou?ring|"
    r"third|various|several|destination) (?:[A-Z][\w-]+ )?(?:countries|states)|abroad|overseas)\b")
#: "the" right before a figure: the figure named again ("assisted the nine victims").
_THE_BEFORE = rc.lazy(r"\b(?:the|these|those|all) $", IGNORECASE)
#: "six of the victims", "six of them" after a figure of another stage in the sentence.
_OF_THE_VICTIMS = rc.lazy(r" of (?:the|these|those) (?:identified )?victims\b| of them\b", IGNORECASE)
#: Victims counted where they are, right after their noun: "assisted 25 potential Australian trafficking victims
#: abroad" (residue, australia-2019): the group's word, a part.
VICTIMS_ABROAD = rc.lazy(r"^ ({ABROAD})\b", IGNORECASE)
#: Victims in a list of three world regions or more: "in the Middle East, Asia, Africa, Europe, and the Americas".
_REGION = (r"(?:the )?(?:Middle East|Gulf(?: states| countries)?|Asia|Africa|Europe|(?:North |South |Latin )?Americas?"
           r"|Oceania)")
_WORLD_REGIONS = rc.lazy(rf" in {_REGION}(?:, {_REGION}){{1,}},? and {_REGION}\b")
#: (not "46 victims in Sierra Leone and abroad": the whole, not a part)
_FROM_PLACE = rc.lazy(
    # (never a month: "identified 820 trafficking victims from January 2020 to June 2021" is a span of time; batch 97)
    # (nor a fiscal year: "provided 446 victims ... with this assistance in FY 2014" is a year; batch 138's
    # united-states-2015)
    rf"^ (?:from|in) (?!(?:{MONTHS})\b)(?!(?:FY|Fiscal Year)\b)"
    rf"(?P<place>(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)(?![\w’'-]| [A-Z])"
    r"(?! and (?:abroad|overseas|elsewhere)\b)"
)

#: A second place after the place a figure is "from" or "in": " and the Gulf states", " and Uzbekistan" (residue26)
_SECOND_PLACE = rc.lazy(r" and (?:the )?[A-Z][\w’'-]*")

#: "continued to investigate", "reported continuing investigations into 312 individuals": carried over
#: ... not beside a verb of the year's own ("initiated or continued seven prosecutions": new and old cases together, the
#: year's work; batch 34, slovenia-2018)
#: (any verb of a start: "began or continued prosecutions against 27 suspects"; audit7)
_WITH_NEW = "".join(rf"(?<!\b{verb} {conj} )" for verb in ("initiated", "opened", "new", "began", "started", "launched")
                    for conj in ("or", "and"))
#: (an aside naming the periods the cases came from between the verb and its figure: "and continued, from previous
#: reporting periods, three labor trafficking investigations"; residue11, batch 82's gambia-2017)
_CONTINUED_BEFORE = rc.lazy(
    rf"{_WITH_NEW}\b(?:continued|continuing|ongoing|pending)\b(?: to)?"
    r"(?:, (?:from|since|in) (?:the )?(?:previous|prior|earlier|past) (?:reporting )?(?:periods?|years?),)?"
    # (or the stage's noun and its preposition between them: "and continued investigations of 11 trafficking cases
    # initiated in the previous reporting period", "continued prosecutions into four cases"; batch 227's
    # guinea-2022-prosecution)
    r"(?:[^.;,]{0,12}|\s+(?:(?:the|its|their)\s+)?(?:investigations?|prosecutions?|trials?|proceedings)\s+"
    r"(?:of|into|in|against|for)\s+)$",
    IGNORECASE)
#: "75 ongoing cases", "206 ongoing trafficking prosecutions": the figure's own words say it was carried over
_CONTINUED_WORDS = rc.lazy(rf"{_WITH_NEW}\b(?:ongoing|pending|continuing|continued)\b", IGNORECASE)
#: (not across a bracket: "investigated 210 cases (including 40 investigations continued from previous years)")
#: (not past a dash: "convicted 27 traffickers in 2021—including a few whose cases opened in prior years—" is the
#: year's count with an aside on some of its cases; batch 50's probe)
#: (nor across another figure, whose own words they are: "initiated three investigations and continued 10
#: investigations initiated in prior years" leaves the three the year's; batch 53, botswana-2021)
_NO_FIGURE = rf"(?:(?!{NUMBER})[^.;,(—–])"
_CONTINUED_AFTER = rc.lazy(
    rf"^{_NO_FIGURE}{{0,40}}?\b(?:from (?:the )?(?:previous|prior|earlier|past) (?:reporting )?(?:periods?|years)|"
    r"(?:(?:initiated|opened|begun|started|filed) )?(?:in|during) (?:the )?(?:previous|prior|earlier|past) "
    r"(?:reporting periods|years)|"
    # (or "ongoing" or "open": "Of the five prosecutions that remained ongoing at the close of the previous reporting
    # period, ..." (batch 55's maldives-2019)
    r"(?:remained|still) (?:pending|ongoing|open)\b|"
    # (or said by a bare "were": "investigations in 10 cases were ongoing", no count of the year's activity; batch
    # 113's cameroon-2015)
    r"(?:were|was) (?:still )?(?:pending|ongoing)\b|"
    # "Prosecutions involving 25 defendants in ongoing cases ... continued"
    r"(?:in|of) (?:\w+ )?(?:ongoing|pending|continuing) (?:[\w-]+ )?(?:cases|prosecutions|investigations|trials))"
    # "two labor trafficking cases, initiated in an earlier reporting period, were ongoing"
    r"|^,\s*(?:initiated|opened|begun|started|filed) (?:in|during) (?:the |an? )?(?:previous|prior|earlier|past) "
    r"(?:reporting periods?|years?)\b"
    # "three other prosecutions it had initiated in the previous reporting period" (batch 43): {STARTED_EARLIER}
    rf"|^{_NO_FIGURE}{{0,40}}?\b(?:{{STARTED_EARLIER}})\b"
    # the cases' own persons before it: "two prosecutions of one sex trafficker remained ongoing" (batch 101's
    # micronesia-2023)
    rf"|^ (?:of|against|involving) {NUMBER} (?:[\w-]+ ){{0,3}}?(?:traffickers?|suspects?|defendants?|offenders?"
    rf"|perpetrators?|individuals|persons){_NO_FIGURE}{{0,30}}?\b(?:remained|still) (?:pending|ongoing|open)\b"
    # ... or their start in earlier years after them: "the status of four prosecutions involving 12 suspected
    # traffickers initiated in previous years" (batch 111's suriname-2019)
    rf"|^ (?:of|against|involving) {NUMBER} (?:[\w-]+ ){{0,3}}?(?:traffickers?|suspects?|defendants?|offenders?"
    r"|perpetrators?|individuals|persons),? (?:initiated|opened|begun|started|filed) (?:in|during) (?:the )?"
    r"(?:previous|prior|earlier|past) (?:reporting periods?|years)\b",
    IGNORECASE,
)
#: A subject of two stages' cases whose one verb says they were ongoing, a figure inside the second, after a figure
#: the match read as a noun's ("The prosecution of cases against at least three alleged traffickers and investigations
#: in 10 cases were ongoing"; residue17, cameroon-2015): carried over, as "were ongoing" right after it is
_JOINT_ONGOING = rc.lazy(
    rf"^{_NO_FIGURE}{{0,40}}? and (?:the )?(?:investigations?|prosecutions?|trials?|cases?) (?:in|of|into|against|"
    rf"involving) (?:at least |an additional |another )?{NUMBER} (?:[\w-]+ ){{0,3}}?(?:cases?|traffickers?|suspects?|"
    r"defendants?|individuals|persons) (?:were|remained) (?:still )?(?:pending|ongoing|open)\b",
    IGNORECASE,
)
#: The noun a match opens with, no verb ("The prosecution of cases against", not "Authorities prosecuted")
_STAGE_NOUN_OPENS = rc.lazy(r"(?:investigation|prosecution|trial)s? (?:of|against|into|involving|in)\b", IGNORECASE)

#: "for sex trafficking" or "(cases) of sex trafficking": a form of exploitation naming a part
#: ... or "cases of trafficking for sexual exploitation"
FOR = r"(?:\w+ )?(?:for|of)(?: (?:human )?trafficking (?:for|of))?"


#: A part's own comparison with another year right after it, inside a list of parts: "(28 in 2019)", "(compared to
#: 327 in 2017)" (vocabulary.yml `PART_COMPARED`): the list goes on after it.
PART_BRACKET = rf"\((?:(?:{{PART_COMPARED}}) )?{NUMBER} in (?:19|20)\d\d\)"


def form_split() -> re.Pattern:
    """ "14 traffickers for sex trafficking and seven for forced labor": the first of two forms."""
    forms = fragments()["FORMS"]
    # "three traffickers for forced labor and none for sex trafficking": a zero second part too; the first form's year
    # may stand between it and its bracket ("seven for sex trafficking in 2018 (eight in 2017), and one for forced
    # labor (zero in 2017)"; batch 33)
    return rc.compile_cached(
        rf"^ {FOR} (?P<form>{forms})(?=(?: (?:in|during) (?:19|20)\d\d)?(?: {PART_BRACKET})?,? and "
        rf"(?:{NUMBER}|none) {FOR} (?:{forms}))", IGNORECASE
    )


#: Forms a list of parts names ("672 victims of sex trafficking, 425 victims of labor trafficking, and 159 victims
#: of illegal recruitment").
LIST_FORMS = (r"internal trafficking|illegal recruitment|forced criminality|forced marriage|"
              r"unspecified(?: forms? of (?:trafficking|exploitation))?")


def form_list() -> re.Pattern:
    """ "assisting 672 victims of sex trafficking, 425 victims of ...": the first part of a list of forms."""
    forms = f"{fragments()['FORMS']}|{LIST_FORMS}"
    return rc.compile_cached(
        rf"^ (?:[a-z][\w-]* ){{0,2}}?(?:of|for) (?P<form>{forms})"
        rf"(?=(?: {PART_BRACKET})?,? (?:and )?{NUMBER} (?:[a-z][\w-]* ){{0,2}}?(?:of|for) (?:{forms}))",
        IGNORECASE,
    )


def numbers(ctx: Context, out: Rows) -> tuple[list[Row], set[int]]:
    """Rows for the figures the count patterns read (``ctx.matches``), in sentence order, and their positions.

    One figure gives one row per indicator and unit: the first pattern that reads it wins.
    """
    r = rules()
    made: list[Row] = []
    claimed: set[int] = set()
    #: the end of each indicator's share of a later sum read in this sentence (``_share_of_later_sum``)
    shares: dict[str, int] = {}
    not_disaggregated: bool | None = None
    if not ctx.has_figures:
        return made, claimed
    seen: set[tuple[str, str, int]] = set()
    split_rx, list_rx = form_split(), form_list()
    for x in ctx.matches:
        rule, m = x.rule, x.m
        s = m.start("n")
        if (rule.indicator, rule.unit, s) in seen:
            continue
        seen.add((rule.indicator, rule.unit, s))
        if m.group("n").lower() in ("a", "an") and DENIED_CHAIN.search(ctx.text[max(0, m.start() - 120) : m.start()]):
            claimed.add(s)  # "has not tried or convicted a labor trafficker": the chain's denial covers this verb, no
            continue  # count of one (the zero rules read the zero; batch 162)
        value, flags = parse_count(m.group("n"))
        flags |= approx_flags(ctx.text, s, m.group("n"))
        if value == 0:
            flags.add("zero_stated")  # "investigated zero cases"
        year, yflags = resolve_year(ctx, s)
        q = m.groupdict().get("q")
        if q is not None and q[:1].isupper() and is_demonym(q):
            pass  # "All 46 sex trafficking victims were Venezuelan": a people's name, as written (batch 127)
        elif q is not None:
            q = r.qualifier_forms.get(q.lower(), q.lower())
            if q and _CONFIRMED_Q.fullmatch(q):
                q = "officially identified"  # "two as official victims": the confirmed kind, albania-2018's word
                if not _other_total(out, rule.indicator, value, year, ctx.sent.id):
                    q = None  # no total of both kinds told before: the confirmed count is the year's (the README;
                    # batch 50's probe, as victims_identified.potential-before-confirmed)
        if m.groupdict().get("lodged") or m.groupdict().get("room"):
            q = "shelter"  # "37 received accommodation in ... centers", "stayed in crisis rooms": lodging (fixq)
        if place := m.groupdict().get("place"):
            q = place  # "including an estimated 2.6 million workers in Malaysia": a place's name, as written (batch 45)
        if short := m.groupdict().get("short"):
            q = short  # "the ... (MLSP) provided ... services to the other two": a body's short name, as written
        if (q is None and (vform := m.groupdict().get("vform"))
                and ctx.text[max(0, s - 4):s].lower() in ("the ", "all ")):
            # "provided ... support to the two victims of sex trafficking": the form's part named before, its
            # victims referred back to (batch 171's mauritius-2019); "providing services to 11 victims of labor
            # trafficking", no article, is the year's own count (south-korea-2021)
            q = vform.lower()
        if (q in ("female", "male") and rule.indicator in _VICTIM_COUNTS
                and (form := _own_form(ctx.text[m.end("q") : m.end()]))):
            # "six male sex trafficking victims": the form, as "31 female sex trafficking victims" (the corpus README:
            # a part's sex is kept only when no form is named; batch 34)
            q = form
        if q and rule.breakdown_if_q:
            flags.add("breakdown")
        if ("year_inferred" in yflags and rule.indicator in _VICTIM_COUNTS
                and (restated := _RESTATED_TOTAL_LEAD.match(ctx.text)) and s >= restated.end()):
            # "Of the 1,407 victims, 102 received educational support and 99 received ...": the total restated, read
            # before with its year, dates its parts (batch 127's burkina-faso-2017)
            total = parse_count(restated.group("n"))[0]
            years = {r.year for r in [*out.rows, *ctx.prev_rows] if r.value == total and r.year is not None
                     and r.indicator in _VICTIM_COUNTS and not r.is_breakdown and r.sentence_id != ctx.sent.id}
            if len(years) == 1:
                year = years.pop()
        if ("year_inferred" in yflags and q in _ALL_GROUPS and rule.indicator in _VICTIM_COUNTS
                # "NGOs identified three additional women exploited in sex trafficking": a further count beside the
                # year's, not the groups of the count before (batch 221's honduras-2022)
                and not _ADDITIONAL_GROUP.match(ctx.text, s, m.end())
                and (earlier := _year_of_earlier(ctx, rule.indicator, made)) is not None):
            # "The NCRB reported ... 22,955 victims in 2016 ... The government identified 8,651 boys, 7,238 women,
            # ...": the groups of the count just before are parts of its year, not of the reporting period
            year = earlier
        if ("year_inferred" in yflags and x.pattern.id in _IN_SHELTERS
                and (whole := [r for r in made if r.indicator == rule.indicator and r.pos < s and r.is_whole])):
            # "The ministry assisted 70 victims in 2020; 45 received care in state shelters": the share of the year of
            # the total before it in the sentence (batch 41)
            year, yflags = whole[-1].year, whole[-1].flags & {"year_inferred", "year_ambiguous"}
        if (m.groupdict().get("share") and "year_inferred" in yflags
                and (base := _earlier_stage_base(ctx, rule.indicator, value)) is not None):
            # "Authorities prosecuted 15 alleged labor traffickers in 2013 ... Fourteen of these offenders were
            # convicted": the share of the persons of the sentence before counted at an earlier stage, its year's
            # count of this stage (batch 144's germany-2015), not a share of another conviction count
            year, yflags = base.year, base.flags & {"year_ambiguous"}
        elif m.groupdict().get("share") and larger_total(
                out, rule.indicator, value, None if "year_inferred" in yflags else year, None, made):
            # "three of the traffickers were convicted" beside the year's larger total (any year's, where the figure has
            # no year of its own): a share of it, no count of the year (with no total, the year's count:
            # micronesia-2020's case closed in March 2020; residue8)
            claimed.add(s)
            continue
        if x.pattern.id == _OF_THE_CONVICTED and any(
                r.indicator == rule.indicator and r.value == value
                for r in [*made, *ctx.prev_rows, *(r for r in out.rows if r.sentence_id == ctx.sent.id)]):
            # "Courts convicted 12 traffickers in 2021; nine of the 12 convicted traffickers received prison terms": the
            # count read before, restated as a share's whole, no count of its own (nor of the reporting year)
            claimed.add(s)
            continue
        if x.pattern.id == _ENROLLED and q:
            # "The government also enrolled five trafficking victims ... into its reintegration program" after the
            # year's 65 assisted: the program's part; with no total of the year beside it, the year's count (residue)
            larger = larger_total(out, rule.indicator, value, year, ctx.sent.id)
            q, flags = (q, flags | {"breakdown"}) if larger else (None, flags - {"breakdown"})
        if rule.qualifier_prefix:  # "rescued 45 children" -> "rescued children"
            q = f"{rule.qualifier_prefix} {q}" if q else rule.qualifier_prefix
        a, b = ctx.bounds(ctx.segment(s))
        theme = out.defs[rule.indicator].theme
        if (theme == "prosecution" or rule.indicator == "victims_identified") and _EXAMPLE.match(ctx.text):
            claimed.add(s)  # "For example, in October 2019, the civil guard arrested 13 suspects ...": one case
            continue
        if theme == "prosecution" and (_IN_NOTED_CASE.match(ctx.text, m.end()) or (
                _IN_THE_CASE.match(ctx.text, m.end()) and _NOTED_CASE_BEFORE.search(ctx.text, 0, m.start()))):
            claimed.add(s)  # "prosecuting three individuals in a high-profile case": that case's persons, no count
            continue
        if (rule.indicator == "victims_identified" and value == 0
                and _ZERO_IN_SECTOR.match(ctx.text, m.end())):
            # "identified zero trafficking victims in the fishing industry": a zero narrowed to one sector, no row
            # while the year's count may be more than none (zero.narrowed_object's convention; batch 84, ireland-2020)
            claimed.add(s)
            continue
        if theme == "prosecution" and _carried_over(ctx, m, a, b):
            claimed.add(s)  # not opened this year: "continued investigations of 11 cases" is no count of the year
            continue
        if rule.unit == "cases" and _OTHER_CRIME_CASES.match(ctx.text, m.end()):
            claimed.add(s)  # "also investigated eight cases of sexual exploitation in the production of pornography
            continue  # with trafficking indicators": cases of another crime, no count of trafficking cases
        if not_disaggregated is None:  # (a fact of the sentence: asked once, when a count first needs it)
            not_disaggregated = bool(_not_disaggregated().search(ctx.text))
        if not_disaggregated:
            claimed.add(s)  # "From October 2021 through December 2022, ... identifying 195 potential victims ..., but
            continue  # did not disaggregate the data for the current reporting period": no count of any year
        if rule.indicator == "victims_identified" and _identified_elsewhere(ctx, m):
            claimed.add(s)  # "Twelve victims were identified in the United Kingdom": another country's identification
            continue
        if rule.indicator == "migrants" and (_employed_at_home(ctx, m.end()) or _HOSTED.search(ctx.text, 0, s)
                                             or _SERVED.search(ctx.text, 0, s)):
            claimed.add(s)  # "525 North Koreans are employed in Mongolia as contract laborers" (a Mongolian
            continue  # narrative), "Bahrain hosts some 600,000 migrant workers": foreign workers in the country; "the
            # government assisted 28,820 Thais to obtain employment abroad": those one channel served (batch 57)
        if _bracket_of_unread(ctx, s) and not (
                rule.indicator == "victims_identified" and _NAMED_VICTIMS.search(m.group())
                and _BODY_BRACKET.search(ctx.text, 0, s) and _whole_potential_before(ctx, out, rule.indicator, year)):
            # (a body's count the bracket names victims, beside the year's potential count of all identifiers, stays
            # its share: "(mobile teams identified 86 potential victims and assisted 316 individuals in 2019)" gives
            # the 86; residue6, north-macedonia-2021)
            claimed.add(s)  # "assisted 362 street children (... assisted 316 individuals in 2019)": not victims either
            continue
        if (q in _PERSON_GROUPS and rule.indicator in ("victims_assisted", "victims_referred")
                and not rc.search(r"victim", m.group(), IGNORECASE) and _STREET_POPULATION.search(ctx.text)):
            claimed.add(s)  # "mobile groups ... identifying potential victims among vulnerable children who were
            continue  # homeless or used the streets ...; mobile groups assisted 245 children": that population's
        if (rule.indicator in ("victims_assisted", "victims_referred") and _PLAIN_PEOPLE.search(m.group())
                and _WIDER_SERVED.search(ctx.text)):
            claimed.add(s)  # "mobile teams ... for vulnerable populations, including trafficking victims; mobile teams
            continue  # ... assisted 316 individuals": persons of that wider population, no count of victims (batch 63)
        if theme == "protection" and DISPUTED.search(ctx.text, max(0, s - 100), s):
            claimed.add(s)  # "...; however, NGOs reported the government referred only one victim": another source's
            continue  # account of the government's figure, no count of its own (batch 107, nicaragua-2019)
        if (rule.indicator in _VICTIM_COUNTS and not rc.search(r"victim", m.group(), IGNORECASE)
                and _POPULATION_INCLUDING.match(ctx.text, m.end())):
            claimed.add(s)  # "identified and provided care to 1,578 vulnerable children, including potential
            continue  # trafficking victims": a population victims are among, no count of victims (batch 107)
        if (rule.indicator in _VICTIM_COUNTS and not rc.search(r"victim", m.group(), IGNORECASE)
                and _MAY_HAVE_INCLUDED.match(ctx.text, m.end())):
            claimed.add(s)  # "referred 135 children to its shelter, including victims of sexual exploitation and
            continue  # abuse, ..., which may have included potential trafficking victims": a population (batch 127)
        if q and _split_of_earlier(ctx, m, s, value):
            claimed.add(s)  # "assisted 12 women ...; the shelter assisted eight female victims and sent the remaining
            continue  # four to other shelters": the eight and the four split the 12, a part of a part (no row)
        if (rule.indicator in _VICTIM_COUNTS and (not q or q in _ALL_GROUPS or q in ("adults", "foreign"))
                and _TWO_ATTRIBUTES.match(ctx.text, m.end("n"), m.end())
                and larger_total(out, rule.indicator, value, year, ctx.sent.id)):
            claimed.add(s)  # "identified one Irish sex trafficking victim" after the year's 44: a cell of two parts
            continue  # ... as is "two child labor trafficking victims" after the year's 414 (batch 41)
        if (theme == "prosecution" and _BROUGHT_UNDER.match(ctx.text, m.end())
                and larger_total(out, rule.indicator, value, year, ctx.sent.id)):
            claimed.add(s)  # "Reportedly, the government convicted five traffickers ... One conviction was brought
            continue  # under the anti-trafficking law": a share of the year's total by the law it was under (batch 43)
        if theme == "prosecution" and _FROM_CALLS.match(ctx.text, m.end()):
            claimed.add(s)  # "43 investigations resulted from calls to the hotline": the hotline's outcome, a share of
            continue  # the stage's count by its source, no count of the year (residue11, batch 54's mexico-2022)
        if rule.indicator in ("victims_identified", "victims_referred") and _FOR_IDENTIFICATION.match(
                ctx.text, m.end()):
            claimed.add(s)  # "identified and referred 26 victims to police for formal identification": not yet victims
            continue
        if (theme == "protection" and _KEPT_FROM.search(ctx.text, max(0, s - 40), s)
                and _FROM_RECEIVING.match(ctx.text, m.end())):
            claimed.add(s)  # "prevented at least 18 victims referred by NGOs from receiving status": victims kept from
            continue  # status or care, no count of the stage their words name (batch 88)
        if (rule.indicator == "victims_identified" and _EXPLOITATION_VICTIMS.search(m.group())
                and (_NOT_SHOWN_TRAFFICKED.search(ctx.text, m.end()) or _not_shown_before(ctx))):
            claimed.add(s)  # "identified 942 victims of labor exploitation; however, the government did not specify
            continue  # how many of these victims experienced forced or slave labor": no trafficking victims (batch 89)
        if (rule.indicator == "victims_identified" and _RESTATED_ALL.search(ctx.text, max(0, s - 8), s)
                and _not_shown_before(ctx, value)):
            claimed.add(s)  # "However, all 942 identified victims had access to ...", the 942 victims of labor
            continue  # exploitation a sentence before said were not shown trafficked, restated (residue17, brazil-2021)
        if (rule.indicator == "victims_identified" and year is not None
                and (lead := _THE_IDENTIFIED_LEAD.match(ctx.text)) is not None and lead.start("n") == s
                and any(r.indicator == rule.indicator and r.year == year and r.value == value
                        and r.sentence_id != ctx.sent.id for r in out.rows)):
            # "The government identified two child victims ... The two identified victims, both 16 years old,
            # returned to their families": the sentence opens with the count an earlier sentence gave (here a group's,
            # `children`), restated as the subject of what became of them, no count of its own (residue25,
            # bahamas-2021)
            claimed.add(s)
            continue
        if rule.indicator in _VICTIM_COUNTS and _WIDER_CATEGORY.match(ctx.text, m.end()):
            claimed.add(s)  # "30 child victims of commercial sexual exploitation—a broader categorization that included
            continue  # victims of trafficking, as well as certain non-trafficking crimes": a wider population, no count
            # of trafficking victims, as _NOT_SHOWN_TRAFFICKED's (residue27, chile-2022)
        if rule.indicator == "convictions" and _SENTENCES_OF.search(ctx.text, max(0, s - 80), s):
            claimed.add(s)  # "did not report on sentences handed down ... to four traffickers convicted in the previous
            continue  # reporting period": convicted persons restated for their sentences, no count of convictions
            # (residue27, micronesia-2023; bulgaria-2023, senegal-2019 and senegal-2022 file none either)
        if rule.indicator == "victims_referred" and REFERRED_TO_AGENCY.search(ctx.text, 0, s):
            claimed.add(s)  # referred to the agency named before (for identification), not to care
            continue
        if (rule.indicator == "victims_referred" and ctx.prev and _TO_IDENTIFIERS_BEFORE.search(ctx.prev.text)
                and not _REFERRED_TO.match(ctx.text, m.end())):
            # "First responders referred potential victims to X and Y, which were authorized to officially identify
            # victims. The government referred 15 potential victims and civil society referred 84": referrals with no
            # place of their own after the sentence naming the identifiers they go to are no referrals to care (the
            # corpus README, not rows; residue27, north-macedonia-2018)
            claimed.add(s)
            continue
        if (rule.indicator == "victims_referred" and _REFERRED_BY_NGO_ONLY.match(ctx.text, m.end())
                and any(r.indicator == "victims_identified" and r.value is not None for r in ctx.prev_rows)):
            # "In 2019, the government identified 102 victims ... Three were referred by an international organization":
            # referred by whom, to no care, after the year's identification: the referrer passed them to the identifier,
            # no referral to care (README); left unclaimed, the back reference reads the referrer's share of the
            # identified (residue21, guyana-2020, as guyana-2021 names the same three)
            continue
        if (rule.indicator == "victims_referred" and _OF_THESE.match(ctx.text)
                and any(r.indicator == "victims_referred" and r.is_whole and r.sentence_id == ctx.prev.id
                        for r in ctx.prev_rows if ctx.prev is not None)):
            # "Authorities referred 10 victims to an office ... Of these, two received temporary shelter ..., and two
            # were referred to an NGO": where some of the referred went next, no referral count of the year (batch
            # 105, panama-2015)
            claimed.add(s)
            continue
        if (x.pattern.id == "victims_repatriated.of-whom-returned"
                and _REPATRIATED_BEFORE.search(ctx.text, max(0, s - 160), s)):
            claimed.add(s)  # "repatriated six ... victims from abroad, three of whom were returned": a part of the six
            continue
        if rule.indicator == "victims_assisted" and _HOUSED_AS_OF.search(ctx.text, max(0, s - 90), s):
            # "as of early 2015, the shelter housed 13 victims—the maximum it could accommodate": the residents on one
            # date, no count of the victims the year's care reached (batch 105, el-salvador-2015)
            claimed.add(s)
            continue
        if (rule.indicator == "victims_identified" and theme == "protection"
                and _SAID_OF.search(ctx.text, max(0, s - 24), s) and _SUBJECTED_CLAUSE.match(ctx.text, m.end())
                and _NGO_SAYS.search(ctx.text, max(0, s - 60), s)):
            # "The government did not provide information on the type of trafficking victims experienced, but an NGO
            # reported seven victims were subjected to sex trafficking and three to labor trafficking": what an NGO
            # said of some victims' forms, no count of victims it identified (batch 105, nicaragua-2015)
            claimed.add(s)
            continue
        if rule.indicator == "victims_referred" and REFERRED_TO_JUDICIAL.match(ctx.text[m.end("n") :]):
            claimed.add(s)  # "referred 12 victims to the juvenile court": to the justice system, not to care (residue9)
            continue
        # (officials among the convicted carry no statute: "ten individuals including two police officers under other
        # laws", batch 111; the corpus files no official's count by its law)
        if theme == "prosecution" and not q and x.pattern.id not in _AMONG_PERSONS:
            q = statute(ctx, a, b, s) or under_other_statutes(ctx.text, m.end())
        if (theme == "prosecution" and not q and rule.indicator in _CASE_COUNTS
                and (form := _sibling_form(ctx, out, made, rule.indicator, m.group(), value, year))):
            # "In 2019, authorities investigated 51 trafficking cases ... Of these, 30 were cases of suspected sex
            # trafficking ... MOM investigated 21 suspected labor trafficking cases": another form's part of the 51
            q, flags = form, flags | {"breakdown"}
        if (theme == "prosecution" and not q and rule.unit == "cases" and m.group().endswith("cases")
                and (form := _own_form(ctx.text[m.end("n") : m.end()]))
                and (larger_total(out, rule.indicator, value, year, None, made)
                     or any(y.rule.indicator == rule.indicator and y.m.start("n") < s
                            and parse_count(y.m.group("n"))[0] > value
                            and resolve_year(ctx, y.m.start("n"))[0] == year for y in ctx.matches))):
            # "investigated 120 cases ... 39 sex trafficking cases": that form's part of the total, as worded; with no
            # total of the stage and year beside it, "prosecution of 39 sex trafficking cases" is the year's whole
            # count (latvia-2017's "11 sex trafficking suspects", the corpus README); a larger figure of another year
            # before it is no total of its year ("investigated 10 trafficking cases, ..., compared with investigating
            # five forced labor cases the previous year": the previous year's count; residue9, mozambique-2019)
            q, flags = form, flags | {"breakdown"}
        if (theme == "prosecution" and not q and rule.indicator in _CASE_COUNTS and rule.unit == "cases"
                and (lead := _RESTATED_CASES_LEAD.match(ctx.text)) and lead.end() <= s
                and (verb := _SAME_SUBJECT_VERB.match(ctx.text, lead.end(), s))
                and stage_indicator(verb.group("v")) == rule.indicator
                and (form := _cases_form(ctx.text[m.start("n") : m.end()] + ctx.text[m.end() : m.end() + 40]))
                and any(r.indicator == rule.indicator and r.year == year and r.is_whole and r.value is not None
                        and r.value > value and r.sentence_id != ctx.sent.id
                        and (lead.group("n") is None or parse_count(lead.group("n"))[0] == r.value)
                        for r in out.rows)):
            # "The government investigated 23 potential trafficking cases. Of these, it investigated three cases of
            # forced child begging ... Of the 23 potential cases, it investigated 20 potential child trafficking cases":
            # the same subject's same stage after a lead restating the total, its form in the text's words: that
            # form's part of the total (residue16, guinea-bissau-2019)
            q, flags = form, flags | {"breakdown"}
        if (theme == "prosecution" and not q and rule.indicator in _CASE_COUNTS
                and (listed := respective_agency(ctx, m.end("n")))):
            # "(CID) and the ... (BOI) opened 18 and seven trafficking investigations, respectively" (audit12)
            q, flags = f"by {listed}", flags | {"breakdown"}
        elif (theme == "prosecution" and not q and rule.indicator in _CASE_COUNTS
              and (by := _BY_SHORT_NAME.match(ctx.text, m.end()))
              and (any(name == by.group("ag") for name, _, _ in respective_counts(ctx.text))
                   or any(r.indicator == rule.indicator and r.qualifier == f"by {by.group('ag')}"
                          for r in [*made, *out.rows, *ctx.prev_rows]))):
            # "(AHTU) ... and the ... (EOCO) investigated 41 and 12 ..., respectively, in 2017, compared with 86 cases
            # investigated by the AHTU in 2016": the figure compared is the same agency's count (fixp; audit12)
            q, flags = f"by {by.group('ag')}", flags | {"breakdown"}
        elif (theme == "prosecution" and not q and rule.indicator in _AGENCY_SHARED_COUNTS
                and (agency := _named_agency(ctx.text[a:s]))
                and (_agency_share(ctx, out, rule.indicator, value, year) or _total_follows(ctx, value)
                     or _other_agency_follows(ctx, rule.indicator, m.end(), _agency_name(agency)))):
            # "the Office of the Prosecutor initiated 167 new investigations" beside law enforcement's 103, "(ISF)
            # investigated 45 cases. DGS investigated 167 ... The 212 investigations in total": one agency's count
            q, flags = f"by {_agency_name(agency)}", flags | {"breakdown"}
        elif (theme == "prosecution" and not q and rule.indicator == "investigations"
              and _PROSECUTORS_OPENED.search(ctx.text[a:s]) and _police_count_before(ctx, rule.indicator, value, year)):
            # "Law enforcement authorities initiated 33 investigations ... Prosecutors initiated 79 investigations of
            # cases referred by police": the prosecutors' own count of the same cases, beside the year's
            q, flags = "by prosecutors", flags | {"breakdown"}
        elif theme == "prosecution" and not q and a in ctx.cuts and a not in ctx.clause_cuts and (
            shares := [r for r in made if r.indicator == rule.indicator and r.pos < a
                       and (r.qualifier or "").startswith("by ")]
        ):
            # "(PROTEX) opened 332 preliminary investigations, compared with 237 investigations in 2017": the agency's
            # figure compared, read by a count pattern of its own
            q, flags = shares[-1].qualifier, flags | {"breakdown"}
        elif (theme == "protection" and not q and rule.indicator in _VICTIM_COUNTS
              and (lead := _BRACKET_VERB_LEAD.search(ctx.text, 0, s))
              and (shares := [r for r in made if r.indicator == rule.indicator and r.pos < lead.start()
                              and (r.qualifier or "").startswith("by ")])):
            # "mobile teams identified 86 potential victims ... (identified 104 potential victims ... in 2018)": a
            # bracket that opens with the verb, its subject left out, counts for the body of the count before it
            # (residue6, north-macedonia-2020)
            q, flags = shares[-1].qualifier, flags | {"breakdown"}
        elif (theme == "protection" and not q and x.pattern.id == SHARE_OF_TOTAL
              and _GOVERNMENT_SUBJECT.search(ctx.text[a:s])):
            # "NGOs identified the majority of victims; the government identified only 33 of the 95 official and
            # potential victims": the government's share of a total it and NGOs made together (residue6, albania-2019)
            q, flags = "by the government", flags | {"breakdown"}
        elif (theme == "protection" and not q and rule.indicator in _VICTIM_COUNTS
              and _GOVERNMENT_SUBJECT.search(ctx.text[a:s]) and _share_of_sum_after(ctx, value, m.end())):
            # "The government identified 34 victims in 2021 (...), and an additional eight victims (...) were ...
            # identified by the victim-care service provider—bringing the total to 42 victims": the government's share
            # of the total its sentence states after another's additional count, the two adding up to it (residue16,
            # slovakia-2022, as albania-2019's share)
            q, flags = "by the government", flags | {"breakdown"}
        courts = list(_COURT.finditer(ctx.text, 0, s)) if rule.indicator == "convictions" else []
        if (courts and _A_TOTAL.search(ctx.text, m.end()) and not _HAS_DIGIT.search(ctx.text, courts[-1].end(), s)
                and not rc.search(r"courts? (?:and|or) (?:the )?$", ctx.text[: courts[-1].start()])):
            # "trial courts convicted 66 traffickers and appellate courts upheld ... of 89 traffickers for a total of
            # 155 convictions": each court's share of the total the sentence gives after them
            q, flags = part_qualifier(courts[-1].group()), flags | {"breakdown"}
        # (an actor opening the sentence has its share of a group it identified too: "Border guards inspected buses
        # and identified eight children": its share; the children a sub-part of it)
        # (and NGOs as the subject: "NGOs reported identifying 42 Gambian women ...", their own count; batch 37)
        # (a group by sex too, for assistance: "The National Women’s Institute ... provided services to seven female
        # victims", its share; batch 47, once victims_assisted.3 reads "female")
        group = ((q in _ALL_GROUPS and rule.indicator in ("victims_assisted", "victims_referred")) or (
            # (a group an NGO or international organization repatriated: "An international organization repatriated
            # 164 ... boys exploited in begging ... without government support", their own count; batch 127)
            q in _ALL_GROUPS and rule.indicator == "victims_repatriated" and BY_NGO.search(ctx.text[a:s]) is not None
        ) or (
            q in _PERSON_GROUPS and rule.indicator == "victims_identified" and (
                _subject_agency().search(ctx.text[a:s]) is not None or BY_NGO.search(ctx.text[a:s]) is not None
                # (a body named by its short name too: "The Colombian Family Welfare Institute (ICBF) identified seven
                # girls exploited in trafficking in 2017" beside the year's total of all authorities; batch 79)
                or bool((named := _agency().search(ctx.text[a:s])) and named.group("ag"))
                # (and one that opens the sentence with its short name and reports its own count: "The Ministry of
                # Women and Vulnerable Populations (MIMP) reported identifying 216 child victims" beside the police's
                # total, as the branch below files its count of no group; residue11, batch 80's peru-2017)
                or (a == 0 and _AFTER_AGENCY.match(ctx.text[:s]) is not None
                    and _SENTENCE_AGENCY.match(ctx.text) is not None))))
        if (theme == "protection" and q in ("accommodation", "housing") and x.pattern.id == _ACCOMMODATION_FOR
                and _NGO_OPENS.match(ctx.text) and ";" not in ctx.text[:s] and not JOINT.search(ctx.text[:s])
                and not _FUNDED_NGOS.search(ctx.text, 0, s)):
            # "A faith-based NGO ... and located, counseled, and provided temporary accommodation to 46 trafficking
            # victims": the NGO's own count of care, as "provided shelter to" is, not a service's part (fixo, audit10
            # r2's F02)
            q, flags = "by NGOs or international organizations", flags - {"breakdown"}
        if theme == "protection" and (not q or group):  # "NGOs assisted 280 children": the NGOs' count first
            subject = ctx.text[a:s]
            if _NO_SUBJECT.match(subject) and ctx.matches:
                subject = ctx.text[: min(y.m.start() for y in ctx.matches)]
            subject = _REPORTED_LEAD.sub("", subject)  # "The government reported NGOs identified two ...": the NGOs'
            # "An NGO that operated a national hotline ... received 1,864 calls—originating from throughout the
            # country—and identified more than 196 victims": a dashed aside is no part of the clause's words (residue3,
            # batch 54's mexico-2022)
            subject = _DASHED_ASIDE.sub(" ", subject)
            # "Separately, an NGO, which partnered with the government stated it identified 12 victims": the NGO's
            # relative clause names its partner, not a joint subject (batch 106's timor-leste-2019)
            subject = _NGO_RELATIVE.sub(lambda x: x.group(1) + (" " if x.group().endswith(" ") else ""), subject)
            own = rc.split(r", | and ", subject)[-1]  # "Officials identified 27 victims and NGOs identified 18"
            # "The government provided 10 of these victims with ...; NGOs provided two victims services": the clause
            # after ";" has a subject of its own (a group's count keeps its group: "...; the NGO reported that 34
            # women and 36 children lived in the shelter", the victims a shelter housed)
            clause = rc.split(r"; ", subject)[-1] if not q else subject
            by_ngo = (BY_NGO.search(subject) or (own != subject and BY_NGO.search(own))
                      or (clause != subject and BY_NGO.search(clause))
                      # "at least 37 victims identified by an NGO": the passive's agent after the figure (batch 88)
                      or _BY_NGO_AGENT.match(ctx.text, m.end())
                      # "an additional eight victims ... were either self-identified or identified by the victim-care
                      # service provider": outside the government's count (residue16)
                      or x.pattern.id == _SELF_IDENTIFIED)
            if by_ngo and own != subject and _GOVERNMENT_OWN_SUBJECT.match(own) and not BY_NGO.search(own) \
                    and not _BY_NGO_AGENT.match(ctx.text, m.end()):
                # "NGOs identified 88 victims and the government identified 25 victims": the clause after "and" has
                # the government as its own subject, its count the government's (audit10 r2)
                by_ngo = None
            if not by_ngo and own != subject and _NO_SUBJECT.match(own) and ";" not in subject:
                # "NGOs identified and referred ... an additional 52 trafficking victims and identified 383 potential
                # victims ...": a verb after "and" with no subject of its own is the NGOs' too, however far
                verb = _FIRST_VERB.search(subject)
                by_ngo = bool(verb) and bool(BY_NGO.search(subject[: verb.end()]))
            elif not by_ngo and own != subject and _NO_SUBJECT_OBJECT.match(own) and ";" not in subject:
                # "In 2017, one NGO cooperated with the local police ..., and intercepted, rehabilitated, and provided
                # psycho-social support for more than 1,000 ... victims": the last verb of a chain, with its object,
                # is the sentence's subject's, when NGOs open the sentence as its subject (fix220, ethiopia-2018)
                by_ngo = bool(_NGO_OPENS.match(subject))
            if (by_ngo and not JOINT.search(subject) and not _FUNDED_NGOS.search(ctx.text, 0, s)
                    and not _GOV_FUNDED_LEAD.search(ctx.text[a:s])):
                q = "by NGOs or international organizations"
                flags = flags - {"breakdown"}  # "NGOs assisted 280 children": their own count, not a part
            elif (rule.indicator in _VICTIM_COUNTS and not _separate_count(ctx)
                  and not _potential_beside_confirmed(ctx, out, rule.indicator, m.group(), year)
                  and (agency := _agency().search(ctx.text[a:s]) or _subject_agency().search(ctx.text[a:s])
                       # "NGOs reported law enforcement officials referred 134 victims": the actor after the reporter
                       or _agency().search(_REPORTED_LEAD.sub("", ctx.text[a:s])))
                  and not _own_series_compared(ctx, out, rule.indicator, year, agency, s)
                  and (_agency_share(ctx, out, rule.indicator, value, year,
                                     whole=bool(_ALL_OF.search(ctx.text, 0, s)))
                       or _total_later(ctx, value, m.end())
                       or _other_body_later(ctx, rule.indicator, _agency_name(agency))
                       # (a body's count of potential victims beside the year's potential count of all identifiers,
                       # no other total of the year: its share; residue6, north-macedonia-2021)
                       or (_POTENTIAL.search(m.group())
                           and _whole_potential_before(ctx, out, rule.indicator, year, value)))):
                # "..., and labor inspectors identified 12, for a total of 52 victims": a share of the total after it
                q, flags = f"by {_agency_name(agency)}", flags | {"breakdown"}
            elif (rule.indicator in _VICTIM_COUNTS and not _separate_count(ctx)
                  and not _potential_beside_confirmed(ctx, out, rule.indicator, m.group(), year)
                  and (body := _body().search(ctx.text[a:s]))
                  and not _total_over_shares(ctx, out, rule.indicator, value, year, s)
                  and (_year_share(ctx, out, rule.indicator, value, year,
                                   whole=bool(_ALL_OF.search(ctx.text, 0, s)))
                       or _total_later(ctx, value, m.end())
                       or _other_body_later(ctx, rule.indicator, _body_name(body))
                       or _additional_own_count(ctx, out, rule.indicator, value, year, s))):
                # "The national bureau of investigation identified one victim ... in total, the government identified
                # 44": a body's share (its groups are no parts of the total)
                q, flags = f"by {_body_name(body)}", flags | {"breakdown"}
            elif (rule.indicator in _VICTIM_COUNTS and (level := level_share(ctx.text[a:s]))
                  and _year_share(ctx, out, rule.indicator, value, year)):
                # "The provincial governments identified 75, compared to 90": a level of government's share of the
                # year's total given before (batch 54)
                q, flags = level, flags | {"breakdown"}
            elif (rule.indicator in _VICTIM_COUNTS
                  and not _potential_beside_confirmed(ctx, out, rule.indicator, m.group(), year)
                  and (_PRONOUN_SUBJECT.search(ctx.text[a:s]) or (a == 0 and _AFTER_AGENCY.match(ctx.text[:s])))
                  and (named := _SENTENCE_AGENCY.match(ctx.text))
                  and _agency_share(ctx, out, rule.indicator, value, year)):
                # "The Ministry of ... (MSWGCA) operated a shelter ..., and it referred two victims": its share; so is
                # "The Office of ... (OAPVD), which served victims of all crimes, reported providing services to 60
                # trafficking victims", the figure of the sentence's first clause
                q, flags = f"by {named.group('ag')}", flags | {"breakdown"}
            elif (rule.indicator == "victims_assisted" and not _separate_count(ctx)
                  and (named := named_assistance_share(ctx, out, ctx.text[:s], m.end()))):
                # "The Ministry of Health (MOH) provided healthcare to 69 ..., and the Ministry of Social Affairs (MSA)
                # provided ... assistance to 83 victims", "Inmujeres assisted 140 ... INAU assisted 318 ...": bodies
                # named by a short name in brackets each counting the victims they assisted, beside each other or
                # after "all identified victims" were assisted: each body's share (batch 47, tunisia and uruguay)
                q, flags = named, flags | {"breakdown"}
            elif (rule.indicator in _VICTIM_COUNTS and ACTOR_ABROAD.search(rc.split(r"; ", subject)[-1])
                  and not VICTIMS_ABROAD.match(ctx.text[m.end() :])):
                # "In comparison, Mexican consular officials abroad identified and assisted 86 victims": the country's
                # victims found outside it, a count beside the year's at home (`abroad`, as australia-2019's; "victims
                # overseas" after the figure keep the text's word, below)
                q, flags = "abroad", flags | {"breakdown"}
        elif (theme == "protection" and rule.breakdown_if_q
              and (BY_NGO.search(ctx.text[a:s]) or BY_NGO.search(rc.split(r"; ", ctx.text[a:s])[-1]))
              and not JOINT.search(ctx.text[a:s])):
            # (the subject of the clause after ";" too: "...; separately, international organizations identified four
            # foreign victims", batch 51)
            q, flags = "by NGOs or international organizations", flags - {"breakdown"}  # its parts are not read
        elif (theme == "protection" and rule.breakdown_if_q and rule.indicator in _VICTIM_COUNTS
              and (agency := _agency().search(ctx.text[a:s]) or _subject_agency().search(ctx.text[a:s]))
              and _agency_share(ctx, out, rule.indicator, value, year)):
            # "The EOCO identified one potential victim of labor trafficking": its share; so is the figure of an actor
            # that opens the sentence ("Labor inspectors conducted 400 inspections and identified 12 victims of forced
            # labor", as peru-2019's "... and, additionally, identified eight suspected domestic servitude victims")
            q = f"by {_agency_name(agency)}"
        if (theme == "protection" and not q and rule.indicator in ("victims_assisted", "victims_referred")
                and (restated := restated_group(ctx, s))):
            q, flags = restated, flags | {"breakdown"}  # "Of the 132 child victims noted above, ... assisted 48"
        elif (theme == "protection" and not q and rule.indicator in ("victims_assisted", "victims_referred")
              and _THE_BEFORE.search(ctx.text, max(0, s - 6), s)
              and len(groups := {r.qualifier for r in ctx.prev_rows if r.value == value and r.qualifier in _ALL_GROUPS
                                 and r.indicator != rule.indicator}) == 1):
            # "... to repatriate nine child trafficking victims from Gabon. Officials ... assisted the nine victims with
            # their laissez passer documentation and referred them to NGOs for care" (batch 47's togo-2019): the
            # figure of the sentence before, named again with "the", keeps its group
            q, flags = groups.pop(), flags | {"breakdown"}
        if (q and (rule.indicator == "victims_identified" or (theme == "prosecution" and rule.breakdown_if_q))
                and _whole_count_of_one_form(ctx, out, made, rule.indicator, q, value, year, s)):
            # "identified four potential victims of forced begging", "Police opened four sex trafficking
            # investigations" (residue8): the year's
            q, flags = None, flags - {"breakdown"}
        lead = _FORM_LEAD.match(ctx.text)
        if lead and rule.indicator in _VICTIM_COUNTS and (not q or q in ("female", "male")):
            q, flags = lead.group("form").lower(), flags | {"breakdown"}  # "In their sex trafficking cases, ... 49"
        if rule.indicator in _VICTIM_COUNTS and (not q or q in ("female", "male")) and (
                form := _form_of_restated(ctx, out, rule.indicator, m, value)):
            # "Of these 46 victims, the government identified 31 female sex trafficking victims": a part, by its form
            q, flags = form, flags | {"breakdown"}
        split = split_rx.match(ctx.text[m.end() :]) or list_rx.match(ctx.text[m.end() :])
        if split and not q:  # "convicted 14 traffickers for sex trafficking and seven for forced labor": parts
            q, flags = split.group("form").lower(), flags | {"breakdown"}
            if "year_inferred" in yflags and (
                    earlier := _year_of_earlier(ctx, rule.indicator, made, theme=True)) is not None:
                # "State governments conducted 386 investigations of 602 suspects in 2018 ... Police identified 552
                # suspects for sex trafficking (compared to 523 in 2017), 30 for labor trafficking ...": the forms of
                # the count just before are parts of its year, as its groups are (above)
                year = earlier
        abroad = _ABROAD.match(ctx.text[m.end() :])
        if abroad and rule.indicator in _VICTIM_COUNTS and not q:  # "one Kenyan victim exploited abroad": a part
            q, flags = f"{abroad.group(1).lower()} {abroad.group(2).lower()}", flags | {"breakdown"}
        elif (rule.indicator == "victims_identified" and not q and _IN_OTHER_COUNTRIES.match(ctx.text, m.end())
              and _other_total(out, rule.indicator, value, year, ctx.sent.id)):
            # "identified eight Tunisian victims in other Arab countries" (batch 47's tunisia-2022): victims found
            # abroad, a count beside the year's in the country (`abroad`, as australia-2019's victims abroad; the year's
            # only count stays unqualified: "compared with 12 victims identified abroad in 2019")
            q, flags = "abroad", flags | {"breakdown"}
        elif (rule.indicator == "victims_assisted" and not q and _OF_THE_VICTIMS.match(ctx.text, m.end("n"))
              and (earlier := [r for r in made if r.pos < s and r.indicator != rule.indicator and r.value is not None
                               and r.value > value and r.qualifier and not r.qualifier.startswith("by ")])):
            # "... identified eight Tunisian victims in other Arab countries; the government provided reintegration
            # assistance to six of the victims upon their return": the group of the figure the sentence gave before
            q, flags = earlier[-1].qualifier, flags | {"breakdown"}
        elif (rule.indicator in _VICTIM_COUNTS and (not q or is_demonym(q, ctx.source.country))
              and rc.search(r"\b(?:victims?|individuals|persons|nationals|citizens)$", m.group(), IGNORECASE)
              and (where := VICTIMS_ABROAD.match(ctx.text[m.end() :]))):
            q, flags = where.group(1).lower(), flags | {"breakdown"}  # "25 ... Australian trafficking victims abroad"
        if (rule.indicator in _VICTIM_COUNTS and q in (None, "potential")
                and rc.search(r"\bvictims?$", m.group(), IGNORECASE) and _WORLD_REGIONS.match(ctx.text, m.end())):
            # "assisted 348 Filipino potential victims in the Middle East, Asia, Africa, Europe, and the Americas"
            # (residue23, philippines-2017): victims in three world regions or more are abroad, the part `abroad` as
            # every count abroad the corpus calls potential is filed (philippines-2020's, australia-2018's and 2019's)
            q, flags = "abroad", flags | {"breakdown"}
        shelter_group = (((g := _GROUP_SHELTER.search(ctx.text, a, s)) and _other_group_shelter(ctx, g.group("g"))
                          and g or _SERVED_GROUP.search(ctx.text, a, s))
                         if rule.indicator == "victims_assisted" and not q else None)
        if shelter_group:
            # "the female shelter assisted 29 victims", "the men’s shelter assisted 23 victims" (batch 35): the group
            # a shelter is named by is its residents' part (a shelter "for female victims" named as the year's only
            # one is not: victims_assisted.3's example)
            g = shelter_group.group("g").lower()
            q, flags = rules().qualifier_forms.get(g, g), flags | {"breakdown"}
        if (rule.indicator == "victims_referred" and not q and REFERRED_TO_SHELTER.match(ctx.text[m.end() :])
                and larger_total(out, rule.indicator, value, year, ctx.sent.id)):
            # "The government referred all 52 victims to international organizations ... the government referred an
            # additional 15 victims to its shelter": beside the year's referrals, the referrals to one service are its
            # part (the corpus README, stop 24)
            q, flags = "shelter", flags | {"breakdown"}
        group = (_GROUP_ADJECTIVE.fullmatch(ctx.text, m.end("n"), m.end())
                 if rule.indicator in _GROUP_STAGES and not q else None)
        if group and (group.group("g").lower() in ("female", "male") or (
                is_demonym(group.group("g")) and (not is_demonym(group.group("g"), ctx.source.country)
                                                  or _FOREIGN_WORD.search(ctx.text)))):
            # "provided services to 334 female victims", "identified 18 Nigerian victims" (batch 35): a group of victims
            # with no total beside it is that group's part (the corpus README: "1,282 child trafficking victims"); the
            # narrative's own people only beside its foreign victims ("While the majority of victims were foreign
            # nationals, the government identified 42 Austrian victims"; mexico-2015's "identifying 1,570 Mexican
            # trafficking victims" is the year's count)
            g = group.group("g")
            q, flags = (g.lower() if g.lower() in ("female", "male") else g), flags | {"breakdown"}
        elif (group and (own := _OWN_NATIONALS.fullmatch(ctx.text, m.end("n"), m.end()))
              and is_demonym(own.group("g"), ctx.source.country)
              and larger_total(out, rule.indicator, value, year, ctx.sent.id, made, same_year=True)):
            # "The government identified 576 new victims in 2022 ... the government identified two Italian national
            # victims of enslavement" in Italy's narrative: the country's own nationals named so, beside the year's
            # larger count, are its part `<demonym> national`, as the zeros "any Irish national victims" are filed
            # (residue29a, italy-2023)
            q, flags = f"{own.group('g')} national", flags | {"breakdown"}
        place = _FROM_PLACE.match(ctx.text[m.end() :])
        if place and q == "abroad" and _WORLD_REGIONS.match(ctx.text, m.end()):
            place = None  # (the regions' list read as `abroad` above, no place of origin)
        if place and place.group().startswith(" in") and q == "shelter":
            place = None  # "stayed at the government’s only shelter in Lilongwe": where the shelter is (audit14)
        if place and place.group().startswith(" in") and _IDENTIFIED_IN.search(m.group()):
            place = None  # "30 victims were identified in Athens": where they were identified, not where they are from
        if (place and place.group().startswith(" in") and ctx.source.country
                and any(is_demonym(w, ctx.source.country)
                        for w in rc.findall(r"\b[A-Z][a-z]+\b", ctx.text[m.start("n") : m.end()])[:3])):
            # "identifying 16 Malagasy women in China" in Madagascar's narrative: the country's own people where they
            # were found abroad, not a place they are from (residue17, madagascar-2018)
            place = None
        if place and (q == "by NGOs or international organizations" or _own_country_place(ctx, m.end())):
            # "An international organization provided assistance ... to 22 ... victims from Nigeria": an NGO's count is
            # its own, no part of the government's; "114 children from Central and Central-East Burkina Faso" in
            # Burkina Faso's narrative: regions of the country itself, no place part (batch 107, burkina-faso-2018
            # and 2020)
            place = None
        if place and _SECOND_PLACE.match(ctx.text, m.end() + place.end()) and not (
                place.group().startswith(" from") and ctx.source.country
                and ctx.source.country.lower() not in ctx.text[m.end() : m.end() + place.end() + 40].lower()):
            # "61 potential victims in Asia and the Gulf states": two places joined by "and" give both or neither,
            # never the first alone (residue26); two foreign origins ("from Tajikistan and Uzbekistan") stay the
            # part `foreign` below, as the corpus files two origins
            place = None
        if place and place.group().startswith(" from") and q in (*_PERSON_GROUPS, "adults"):
            # "129 foreign adult trafficking victims from Sierra Leone, Nigeria, and Burkina Faso": a count that names
            # its age or sex group and where its victims are from is the group's part, as the corpus files "26 adult
            # victims from Nigeria" (residue27, senegal-2021 and senegal-2023); "nine men in Malaysia" stays the place
            place = None
        if place and rule.indicator in _VICTIM_COUNTS:
            q, flags = f"from {place.group('place')}", flags | {"breakdown"}  # "two victims from Uzbekistan"
            if (place.group().startswith(" from") and ctx.source.country
                    and place.group("place").removeprefix("the ").lower() != ctx.source.country.lower()):
                # "one potential trafficking victim from Ukraine" in Bulgaria's narrative: a foreign victim, as
                # part_qualifier files "one was a victim from Albania" (batch 86, bulgaria-2020)
                q = "foreign"
        channel = _CHANNEL.match(ctx.text[m.end() :])
        if channel and rule.indicator in _VICTIM_COUNTS and not q:
            q = channel.group("ch")  # a part when a total is also given (marked below)
            if _HOTLINE_WORD.search(q):
                # "identified five of the victims through calls to government hotlines": any hotline channel is the
                # hotline's, the corpus's one qualifier of it (batch 157's honduras-2021)
                q = "through the hotline"
        elif (rule.indicator in _VICTIM_COUNTS and (q or "").startswith("by ")
              and q != "by NGOs or international organizations" and CHANNEL_LEAD.match(ctx.text, 0, s)):
            # "Through its hotline, the Commission ... (CFO) assisted 20 possible trafficking victims": the hotline the
            # sentence is led by is the count's channel, not the body's share (residue22, philippines-2017)
            q, flags = "through the hotline", flags - {"breakdown"}
        elif (rule.indicator in _VICTIM_COUNTS and q in (*_ALL_GROUPS, "adults")
              and _HOTLINE_CALLS.match(ctx.text[m.end() :])):
            # "identifying 12 child victims from hotline tips": a group found through the hotline is the channel's
            # count, as the corpus files it (residue27, togo-2022: the group is a sub-part of the channel's count)
            q, flags = "through the hotline", flags | {"breakdown"}
        elif rule.indicator in _VICTIM_COUNTS and (not q or q == "by police") and (
                _HOTLINE_CALLS.match(ctx.text[m.end() :])
                or (_THESE_CALLS.match(ctx.text[m.end() :])
                    and _HOTLINE_BEFORE.search(f"{ctx.prev.text if ctx.prev else ''} {ctx.text[: m.start()]}"))
                or _CALLS_LED_TO.search(ctx.text, 0, s) or _THROUGH_WHICH.search(ctx.text, 0, s)
                or _hotline_subject(ctx.text[:s])):
            # "identified two victims as a result of hotline calls"; "The NCR hotline received 23 calls ... police
            # identified eight victims as a result of these calls" (the channel, not the police's share)
            q = "through the hotline"
        elif rule.indicator == "victims_identified" and not q and _RAIDS.match(ctx.text[m.end() :]):
            q = "rescued"  # "police identified 28 victims during brothels raids in 2014"
        additional = bool(_ADDITIONAL.search(ctx.text[max(0, s - 40) : s]))
        # "In addition, ICCA identified ... 185 potential child sex trafficking victims": a sentence led by "In
        # addition" whose count is named potential adds a second count to one an earlier sentence gave the year, as
        # "an additional N potential child victims" does (residue25, the lead's decision for cabo-verde-2020)
        in_addition = bool(_IN_ADDITION_LEAD.match(ctx.text) and _POTENTIAL.search(m.group()))
        if (q and q.startswith("by ") and q != "by NGOs or international organizations"
                and (_SAME_SUBJECT_ALSO.search(ctx.text[max(0, s - 40) : s]) or _POTENTIAL.match(m.group()))
                and rule.indicator in ("victims_identified", "victims_assisted") and _POTENTIAL.search(m.group())):
            # "Law enforcement identified 84 victims in 2020 and also identified 39 possible victims": the subject of
            # the total counts again, a second count of its own (potential below), no share of the total (NGOs'
            # potential victims stay theirs: the corpus README's convention); so does a count whose verb is the
            # potential kind ("Labor inspectors identified 33 victims ... and presumed 14 more individuals to be
            # victims"; audit7)
            q, flags = None, flags - {"breakdown"}
        # "identified three women as potential victims of trafficking": the kind named after the group (batch 47's
        # togo-2019), a second count as "three potential victims" is
        as_potential = (_AS_POTENTIAL.match(ctx.text, m.end()) is not None
                        or _OR_POTENTIAL.match(ctx.text, m.end()) is not None)
        # ... and so is a count of potential victims found by a means larger than the year's total another sentence
        # gave ("identified 145 trafficking victims ... identify more than 500 potential victims of trafficking through
        # transit monitoring"): a second count, no part of the smaller total by its means (residue3; the lead's
        # decision for batch 54's philippines-2020 and batch 56's malawi-2022; a hotline's count keeps its channel)
        means = bool(q and q.startswith(("through ", "via ")) and not _HOTLINE_WORD.search(q)
                     and smaller_total(out, rule.indicator, value, year, ctx.sent.id))
        if ((not q or (q in _GROUPS and (additional or in_addition)) or (q in _PERSON_GROUPS and as_potential)
             or means)
                and rule.indicator in ("victims_identified", "victims_assisted")
                and (_POTENTIAL.search(m.group()) or as_potential)
                and (_other_total(out, rule.indicator, value, year, ctx.sent.id)
                     or (in_addition and _earlier_count(out, rule.indicator, value, year, ctx.sent.id))
                     or _bodies_counts(out, rule.indicator, year, ctx.sent.id)
                     or ((additional or _POTENTIAL.match(m.group()) or _AMONG.search(ctx.text, max(0, s - 12), s))
                         and _other_total(out, rule.indicator, value, None, ctx.sent.id, made, here=True))
                     or _NO_TOTAL_GIVEN.search(ctx.text, max(0, s - 160), s))):
            # "identified 79 victims ... also identified 1,204 potential victims": a second count; so is "an
            # additional 123 potential child trafficking victims" (a second count, not the children of the total)
            q, flags = "potential", flags - {"breakdown"}
            shelter = _SHELTER_GIVEN.search(ctx.text, max(0, m.start() - 30), m.start("n"))
            if rule.indicator == "victims_assisted" and shelter:
                # "routine assistance to 350 victims ...; providing temporary shelter to 47 potential victims": the
                # part of the year's assistance that one service names, in the text's words
                q, flags = shelter.group(1).lower(), flags | {"breakdown"}
        if (rule.indicator == "victims_assisted" and theme == "protection" and not q
                and ((given := _GIVEN_ONE_SERVICE.match(ctx.text, m.end("n")))
                     or _GIVEN_CARE_AT_SHELTERS.match(ctx.text, m.end("n")))
                and larger_total(out, rule.indicator, value, year, ctx.sent.id)):
            # "DSWD reported serving 1,659 possible trafficking victims ... The government provided 419 victims with
            # temporary shelter": beside the year's count of victims assisted, the victims given one service are its
            # part, in the service's word (the README's service convention; residue6, philippines-2018); so are the
            # victims given care "at these shelters" (batch 92's philippines-2015: the service is the shelter's)
            q, flags = (given.group("s").lower() if given else "shelter"), flags | {"breakdown"}
        if (rule.indicator == "victims_assisted" and theme == "protection" and not q
                and _ASSISTED_AT_SHELTER.match(ctx.text, m.end("n"))
                and larger_total(out, rule.indicator, value, year, ctx.sent.id, same_year=True, or_equal=True)):
            # "The government provided assistance to 178 victims ... the government assisted 178 victims of domestic
            # servitude at the shelter" (madagascar-2023; fixa): beside the year's count of care (as large or larger),
            # the victims assisted at the shelter are the shelter's part (the README's service convention), even
            # when all of them stayed there (its 178 of 178)
            q, flags = "shelter", flags | {"breakdown"}
        if (rule.indicator == "victims_assisted" and theme == "protection" and not q
                and (_SHELTER_SUBJECT.search(ctx.text, max(0, s - 60), s)
                     or (_FACILITIES_SUBJECT.search(ctx.text, max(0, s - 60), s) and ctx.prev is not None
                         and _SHELTER_NAMED.search(ctx.prev.text)))
                and (larger_total(out, rule.indicator, value, year, ctx.sent.id, same_year=True)
                     or larger_total(out, "victims_referred", value, year, ctx.sent.id, same_year=True,
                                     or_equal=True))):
            # "First responders referred all 19 victims to care. The state-funded NGO-run shelter accommodated nine
            # victims": a shelter as the subject that housed victims, beside the year's count of victims referred or
            # assisted, gives the shelter's part (the README's service convention; audit13)
            q, flags = "shelter", flags | {"breakdown"}
        if (rule.indicator == "victims_assisted" and theme == "protection" and not q
                and (given := _ONE_SERVICE_GIVEN.search(ctx.text, max(0, s - 60), s))
                and (larger_total(out, rule.indicator, value, year, ctx.sent.id)
                     or _larger_group_total(out, rule.indicator, value, year, ctx.sent.id))):
            # "URAVIT provided assistance to all 49 ... victims in 2021. SERNAMEG ... provided shelter services to 10
            # adult women victims in 2021": the service named before the victims, likewise (batch 84, chile-2022),
            # beside a year's assisted given as one group with no total beside it too ("all 49 identified adult
            # trafficking victims", `adults`; residue10)
            q, flags = given.group("s").lower(), flags | {"breakdown"}
        if (rule.indicator == "victims_identified" and theme == "protection" and _LEVEL_LEAD.match(ctx.text)
                and rc.search(rf"\b(?:{fragments()['FORMS']})\b", m.group(), IGNORECASE)
                and larger_total(out, rule.indicator, value, year, ctx.sent.id)):
            # "The government reported identifying 440 victims in 2022 ... At the federal level, FEVIMTRA and INM
            # officers identified 31 sex trafficking victims and nine forced labor victims. State officials identified
            # 231 sex trafficking victims ...": a level of government's figures of one form each, within its share of
            # the year's total whose own figure is not stated: sub-parts, no rows (the corpus README; residue2, batch
            # 54's mexico-2023)
            claimed.add(s)
            continue
        if (rule.indicator in _VICTIM_COUNTS and not q and theme == "protection"
                and _share_of_later_sum(ctx, value, m.end())):
            # "Authorities identified 92 victims (...), and NGOs identified an additional 333 victims (...). The total
            # number of victims identified, 425, ...": the government's share of the total a later sentence gives, which
            # no qualifier of this table names (the corpus README): no row, nor parts of it
            shares[rule.indicator] = m.end()
            claimed.add(s)
            continue
        if (rule.indicator in shares and not q and theme == "protection"
                and r.comparison.rx.search(ctx.text, shares[rule.indicator], m.end())):
            # "The government identified 51 victims, which is comparable with 55 victims identified by the government
            # in 2013": the share's comparison, another year's share with no total of that year, no row either (as
            # slovakia-2017's "(25 in 2015)"; batch 105, nicaragua-2015)
            claimed.add(s)
            continue
        if (rule.indicator == "victims_identified" and not q and theme == "protection"
                and _WIDER_BODY.match(ctx.text)
                and (_WIDER_POPULATION.match(ctx.text) or _exceeds_paragraph_total(ctx, out, value, year))):
            # "The government identified 61 trafficking victims ... The mobile team identified 150 victims (165 in
            # 2020)": a team or center for a wider population (vulnerable children) counting more than the year's total
            # of trafficking victims counts that population, no trafficking victims; nor its bracket of another year
            # (a team the sentence names as one "for homeless youth", "for street children" counts that population
            # whatever the year's total: precision audit, round 2)
            claimed.add(s)
            continue
        if (rule.indicator in _VICTIM_COUNTS and not q and year is not None and theme == "protection"
                and _COUNTED_TWICE.search(ctx.text, m.end())
                and any(r.indicator == rule.indicator and r.year == year and r.is_whole and r.unit == "victims"
                        and r.sentence_id != ctx.sent.id for r in out.rows)):
            # "... identified 494 trafficking victims ... Government-funded NGOs identified 820 trafficking victims ...;
            # however, these victims may also have been counted in the government statistics": a second count beside
            # the year's total, which may overlap it, `potential` (the corpus README; batch 97)
            q, flags = "potential", flags - {"breakdown"}
        if (rule.indicator in _VICTIM_COUNTS and not rc.search(r"\bvictims?\b", m.group(), IGNORECASE)
                and _HOW_MANY_WERE_VICTIMS.match(ctx.text, m.end())):
            # "reported assisting 31 children but did not differentiate how many were victims of sex and labor
            # trafficking or abandoned": persons of whom some were victims, no count of victims; a stand-in the
            # sentence's comparison is read against ("compared with 17 child trafficking victims in 2019"), removed
            # after it (extract.py; residue25, bulgaria-2021)
            flags = flags | {NOT_VICTIMS_BASE}
        made.append(
            out.add(
                ctx,
                rule.indicator,
                number_text=m.group("n"),
                year=year,
                flags=flags | yflags,
                value=value,
                unit=rule.unit,
                qualifier=q,
                pos=s,
                rule=x.pattern.id,
            )
        )
        if (q == "foreign" and rule.indicator in _ALL_FOREIGN_STAGES and year is not None and _all_foreign(ctx)
                and not any(r.indicator == rule.indicator and r.year == year and r.is_whole for r in out.rows)):
            # "identified 18 potential foreign trafficking victims ... did not report identifying any Maltese or child
            # victims": where the paragraph says none of the country's own were identified (or all were foreign), the
            # foreign victims are the year's whole count as well as its part (batch 73, malta-2022 and 2023)
            made.append(out.add(ctx, rule.indicator, number_text=m.group("n"), year=year,
                                flags=(flags | yflags) - {"breakdown"}, value=value, unit=rule.unit, qualifier=None,
                                pos=s, rule=x.pattern.id))
        both = _BOTH_YEARS.match(ctx.text[m.end() :])
        for other in sorted({int(y) for y in both.groups()} - {year}) if both else []:
            made.append(  # "identified one victim of internal trafficking in both 2018 and 2019": one row per year
                out.add(ctx, rule.indicator, number_text=m.group("n"), year=other, flags=flags, value=value,
                        unit=rule.unit, qualifier=q, pos=s, rule=x.pattern.id)
            )
        two = _PRIOR_TWO_YEARS.match(ctx.text, m.end()) if value == 0 and year else None
        if two and ctx.source.reporting_year and year == ctx.source.reporting_year - 1:
            made.append(  # "compared with zero victims identified ... the prior two years" (batch 35): none in each
                out.add(ctx, rule.indicator, number_text=m.group("n"), year=year - 1, flags=flags | yflags,
                        value=value, unit=rule.unit, qualifier=q, pos=s, rule=x.pattern.id)
            )
        claimed.add(s)
        if x.pattern.id == _AMONG_ASSISTED:
            # "provided shelter to 392 individuals; among them, 25 were trafficking victims": the population's figures
            # are no count of victims (the corpus README)
            claimed.update(f.start() for f in ctx.figures(m.start(), m.start("n")))
    made.sort(key=lambda row: row.pos)
    made[:] = [_compared_share(ctx, out, made, row) for row in made]
    _mark_channel_parts(made, ctx.prev_rows)
    _persons_of_cases(ctx, out, made)
    _body_beside_status(ctx, out, made)
    _each_referrer(ctx, out, made)
    return made, claimed


#: The paragraph says every victim was foreign: "All identified victims were foreign national adults", or none of
#: the country's own ("did not report identifying any Maltese or child victims", "any trafficking victims that were
#: Maltese", "zero Maltese victims"; the demonym checked against the source's country).
_ALL_FOREIGN = rc.lazy(r"\bAll (?:the )?(?:identified |of the )?(?:[\w-]+ )?victims were foreign\b", IGNORECASE)
_NO_NATIONALS = rc.lazy(
    r"\b(?:did not|not|no|zero)\b[^.;]{0,60}?\b(?:(?P<d>(?-i:[A-Z][a-z]+)) (?:or [\w-]+ )?(?:trafficking )?victims"
    r"|(?:trafficking )?victims (?:that|who) (?:were|was) (?P<d2>(?-i:[A-Z][a-z]+))"
    # "did not identify any victims of Austrian citizenship" (batch 91)
    r"|(?:trafficking )?victims (?:of|with) (?P<d3>(?-i:[A-Z][a-z]+)) (?:citizenship|nationality))\b", IGNORECASE)


#: The stages whose foreign victims are the year's whole count where all were foreign: the identification, and the
#: assistance of the same figure ("identified and assisted 339 foreign victims in 2018 ... did not identify any victims
#: of Austrian citizenship"; batch 91's austria-2019).
_ALL_FOREIGN_STAGES = ("victims_identified", "victims_assisted")


def _own_country_place(ctx: Context, end: int) -> bool:
    """Whether the place a figure's victims are "from" (or "in") is a region the narrative's own country is named after
    before the clause ends: "114 children from Central and Central-East Burkina Faso" (batch 107)."""
    country = ctx.source.country
    if not country:
        return False
    # (the country itself named alone keeps its part: "three ... victims from the Philippines", residue12)
    name = re.escape(country)
    return rc.match(rf" (?:from|in) (?!(?:the )?{name}\b)[^,;.()]{{1,60}}?\b{name}\b", ctx.text[end:],
                    IGNORECASE) is not None


#: A figure of victims of exploitation: "942 victims of labor exploitation".
_FIGURE_OF_EXPLOITATION_VICTIMS = rc.lazy(rf"{NUMBER}(?= victims of (?:labou?r )?exploitation\b)", IGNORECASE)
#: A sentence that opens with a count restated as its subject: "The two identified victims, both 16 years old, ...".
_THE_IDENTIFIED_LEAD = rc.lazy(rf"^The (?P<n>{NUMBER}) (?:officially |formally )?identified (?:trafficking )?victims\b",
                               IGNORECASE)
#: A figure restated whole: "all 942 identified victims".
_RESTATED_ALL = rc.lazy(r"\ball (?:the |of the )?$", IGNORECASE)


def _not_shown_before(ctx: Context, value: float | None = None) -> bool:
    """Whether a sentence of the paragraph before this one said its victims of exploitation were not shown to be
    trafficking victims (``_NOT_SHOWN_TRAFFICKED``): "In comparison, authorities ... identified 1,130 victims of labor
    exploitation in 2019" is the same wider population in another year (residue17, brazil-2021). With ``value``, the
    victims of exploitation of that sentence must be of that figure ("all 942 identified victims" restates them)."""
    para = ctx.sent.para
    if para is None:
        return False
    before = []
    for text in para.texts:
        if text == ctx.text:
            break
        before.append(text)
    said = [text for text in before if _EXPLOITATION_VICTIMS.search(text) and _NOT_SHOWN_TRAFFICKED.search(text)]
    if value is None:
        return bool(said)
    return any(parse_count(n.group())[0] == value
               for text in said for n in _FIGURE_OF_EXPLOITATION_VICTIMS.finditer(text))


def _all_foreign(ctx: Context) -> bool:
    """Whether the sentence's paragraph says all the victims identified were foreign (``_ALL_FOREIGN``,
    ``_NO_NATIONALS``)."""
    para = ctx.sent.para
    text = " ".join(para.texts) if para is not None else ctx.text
    if _ALL_FOREIGN.search(text):
        return True
    return bool(ctx.source.country) and any(
        is_demonym(d, ctx.source.country) for m in _NO_NATIONALS.finditer(text)
        for d in (m.group("d"), m.group("d2"), m.group("d3")) if d)


#: The referrer named right before a referral's verb, after a clause's start: "of whom police referred 109", "and
#: other government agencies referred 46".
_REFERRER = rc.lazy(r"(?:^|[,;]|\bof (?:whom|which|them|these)|\band|\bwhile)\s+(?:the )?"
                    r"(?P<who>(?!(?:of|and|while)\b)[\w’'-]+(?: [\w’'-]+){0,3}?)\s+referr?\w*\s+$", IGNORECASE)


def _each_referrer(ctx: Context, out: Rows, made: list[Row]) -> None:
    """ "of whom police referred 109 and other government agencies referred 46": two referrers' counts with no total,
    each its referrer's share ("by police", "by other government agencies"; batch 91's austria-2020), where
    victims_referred.each-referrer read the first."""
    if not any(r.rule == "victims_referred.each-referrer" for r in made):
        return
    rows = sorted((r for r in out.rows if r.sentence_id == ctx.sent.id and r.indicator == "victims_referred"
                   and (r.qualifier is None or r.qualifier.startswith("by "))), key=lambda r: r.pos)
    names = []
    for row in rows:
        lead = _REFERRER.search(ctx.text[: row.pos])
        who = share_name(lead.group("who"), body=True) if lead else None
        if who is None or rc.search(r"\b(?:victims?|and|or)\b", who, IGNORECASE):
            return  # a referrer not named before each figure: the counts stay as read
        names.append((row, f"by {who}"))
    if len(names) < 2:
        return
    for row, q in names:
        if row.qualifier is None:  # (a share another reading named stays its own)
            out.with_qualifier(row, q, row.flags | {"breakdown"})


#: The rules that read official victim status granted: the identification of the countries that grant one.
_STATUS_RULES = ("phrasings.victim-status", "phrasings.victim-status-passive", "phrasings.status-applications-approved",
                 "phrasings.recognized-as-victims")


def _body_beside_status(ctx: Context, out: Rows, made: list[Row]) -> None:
    """ "The police identified 349 victims in 2017 (103 in 2016). ... Authorities approved 195 of 273 applications
    requesting official victim status in 2017": where the status granted is the year's identification, a public body's
    own count of victims identified earlier in the paragraph is that body's (``by police``), with the figures its
    sentence compares."""
    para = ctx.sent.para
    years = {r.year for r in made if r.rule in _STATUS_RULES and r.indicator == "victims_identified" and r.year}
    if not years or para is None:
        return
    bodies: dict[str, str] = {}
    for row in list(out.rows):
        if (row.indicator != "victims_identified" or row.qualifier is not None or row.is_breakdown
                or row.year not in years or row.sentence_id == ctx.sent.id or row.quote not in para.texts):
            continue
        body = _body().search(row.quote[: row.pos])
        if body:
            bodies[row.sentence_id] = f"by {_body_name(body)}"
    for row in list(out.rows):
        q = bodies.get(row.sentence_id)
        if q and row.indicator == "victims_identified" and (row.qualifier is None) and out.holds(row):
            out.with_qualifier(row, q, row.flags | {"breakdown"})


#: The place right after a figure's work: "are employed in Mongolia as contract laborers".
_WORK_PLACE = rc.lazy(r"^\s*(?:in|within) (?:the )?(?:(?P<here>country)\b|(?P<place>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*))")


#: A country named right after a passive "identified": where the victims were identified.
_IDENTIFIED_IN = rc.lazy(r"\bidentified$")


@cache
def _not_disaggregated() -> re.Pattern:
    """A sentence saying its figures cannot be split by the reporting period (vocabulary.yml ``not_disaggregated``,
    one regex for the list)."""
    return compiled("|".join(f"(?:{p})" for p in vocabulary().get("not_disaggregated", [])) or r"(?!)")


def _identified_elsewhere(ctx: Context, m: re.Match) -> bool:
    """ "Twelve victims were identified in the United Kingdom and repatriated": victims another country identified
    (a country named after the passive verb, not the narrative's own), no count of this government's identification."""
    if not _IDENTIFIED_IN.search(m.group()):
        return False
    place = _WORK_PLACE.match(ctx.text[m.end():])
    if place is None or place.group("here"):
        return False
    there = lookup(place.group("place"))
    return there is not None and there != lookup(ctx.source.country)


#: A country's verb of the workers it takes in right before their figure: "Bahrain hosts some 600,000 migrant workers"
#: (vocabulary.yml HOSTS; batch 45's probe).
_HOSTED = rc.lazy(
    r"\b(?:{HOSTS})\s+(?:(?:an? )?(?:estimated|approximately|about|some|roughly|nearly|more than|over)\s+)*$",
    IGNORECASE,
)

#: The government's service to the workers counted, right before their figure: "assisted 28,820 Thais to obtain
#: employment abroad", "provided training, including on trafficking risks, to 4,624 Thai workers" (vocabulary.yml
#: MIGRATION_SERVICES; batch 57): the people one channel served, no count of the country's labour migrants.
_SERVED = rc.lazy(
    r"\b(?:{MIGRATION_SERVICES})\s+(?:(?:an? )?(?:estimated|approximately|about|some|roughly|nearly|more than|over|"
    r"a total of|at least)\s+)*$",
    IGNORECASE,
)


def _employed_at_home(ctx: Context, end: int) -> bool:
    """Whether the persons a labour-migrant figure counts work in the narrative's own country (foreigners there)."""
    place = _WORK_PLACE.match(ctx.text[end:])
    if place is None:
        return False
    if place.group("here"):
        return True  # "2,000 North Koreans work in the country"
    here = lookup(ctx.source.country)
    return here is not None and lookup(place.group("place")) == here


def _year_of_earlier(ctx: Context, indicator: str, made: list[Row], theme: bool = False) -> int | None:
    """The year of the count of ``indicator`` the sentence before gave, when this sentence gives none of its own (nor
    a period: "During the reporting period, it identified 30 women" is the period's); with ``theme``, else the year of
    the first count of the same theme it gave (the statistics of one year, stage by stage: "386 investigations ... in
    2018 ... Of the investigations, 356 were for sex trafficking ... Police identified 552 suspects for sex
    trafficking")."""
    if any(r.indicator == indicator for r in made) or rules().relative_offset(ctx.text) is not None:
        return None
    rows = [r for r in ctx.prev_rows if r.indicator == indicator and r.value is not None]
    if not rows and theme:
        kind = load_definitions()[indicator].theme
        rows = [r for r in ctx.prev_rows if r.theme == kind and r.value is not None]
    return rows[0].year if rows else None


#: The cases a count of persons is of: "39 sex trafficking cases involving 31 suspects" (the 39 at ``n``).
_CASES_INVOLVING = rc.lazy(
    rf"(?P<n>{NUMBER}) (?:[\w-]+ ){{0,4}}?cases (?:involving|against|with) (?:(?:alleged|suspected|accused) )?$",
    IGNORECASE,
)


def _persons_of_cases(ctx: Context, out: Rows, made: list[Row]) -> None:
    """ "prosecution of 39 sex trafficking cases involving 31 suspects": the persons of cases filed under a form are
    that form's too (the cases' qualifier and part flag)."""
    for i, row in enumerate(made):
        if row.unit != "persons" or row.qualifier or not out.holds(row):
            continue
        of = _CASES_INVOLVING.search(ctx.text, max(0, row.pos - 120), row.pos)
        cases = next((c for c in made if of and c.pos == of.start("n") and c.indicator == row.indicator
                      and c.unit == "cases" and c.qualifier and c.year == row.year), None)
        if cases is not None:
            made[i] = out.with_qualifier(row, cases.qualifier, row.flags | (cases.flags & {"breakdown"}))


def _compared_share(ctx: Context, out: Rows, made: list[Row], row: Row) -> Row:
    """A count of victims in a comparison after an agency's share is that agency's ("(OAPVD) ... reported providing
    services to 60 ..., compared with serving 41 trafficking victims in 2021"), its group no part ("compared with
    supporting 20 female victims in 2021"); read by a count pattern of its own, it may come before the share."""
    if row.indicator not in _VICTIM_COUNTS or not (row.qualifier is None or row.qualifier in _ALL_GROUPS):
        return row
    a = ctx.bounds(ctx.segment(row.pos))[0]
    if a not in ctx.cuts or a in ctx.clause_cuts:
        return row
    shares = [r for r in made if r.indicator == row.indicator and r.pos < a and (r.qualifier or "").startswith("by ")]
    if not shares or not out.holds(row):
        return row
    if _OWN_GOVERNMENT_AGENT.match(ctx.text, row.pos):
        # "199 victims and NGOs an additional five victims (...), a significant increase from 102 victims identified
        # by the government and three additional victims identified by an international organization": a figure
        # whose own agent is the government compares the government's count, not the share before it (residue16)
        return row
    if _GOVERNMENT_BEFORE.search(ctx.text[a : row.pos]):
        # "an international organization and an NGO identified 13 ..., compared to the government identifying 192
        # potential victims during the previous reporting period": the government named as the compared figure's
        # agent right before it, the government's count, not the share before it (fix211b, zambia-2017-protection)
        return row
    return out.with_qualifier(row, shares[-1].qualifier, row.flags | {"breakdown"})


#: The government (or a body of it) as the own subject of a clause after "and": "... and the government identified".
_GOVERNMENT_OWN_SUBJECT = rc.lazy(r"\s*(?:the |its )?(?:government|authorities|police|officials|law enforcement|state|"
                                  r"(?:labou?r |interior |justice |social welfare )?ministry)\s+(?:also\s+)?[a-z]+ed\b",
                                  IGNORECASE)


#: The government as the agent of a compared figure right before it: "compared to the government identifying 192",
#: "compared with the government's identification of 40" (fix211b)
_GOVERNMENT_BEFORE = rc.lazy(r"\b(?:(?:the|its) government|(?:the )?(?:authorities|police|state)|officials|"
                             r"law enforcement)"
                             r"(?:[’']s? (?:[\w-]+ )?(?:identification|referral|assistance) of| "
                             r"(?:(?:also|had) )?[a-z]+ing)(?: (?:a total of|at least|only))? $", IGNORECASE)


#: "In their sex trafficking cases, GPS and GIS identified 49 female potential victims": the form of the figures.
_FORM_LEAD = rc.lazy(
    r"^In (?:their |its |the |these )?(?P<form>sex trafficking|forced labou?r|labou?r trafficking) "
    r"(?:cases|investigations),",
    IGNORECASE,
)
#: "in both 2018 and 2019" right after a figure's words.
#: A zero's period of the two years before the data year: "compared with zero victims identified or referred to care
#: the prior two years", "none in each of the previous two years".
#: (either order: "in each of the two previous years"; audit7)
_PRIOR_TWO_YEARS = rc.lazy(r"[^.;,()]{0,60}?\b(?:in |during |for )?(?:each of )?(?:the|its) (?:(?:previous|prior|past|"
                           r"preceding) two|two (?:previous|prior|past|preceding)) (?:years|reporting periods)\b",
                           IGNORECASE)
_BOTH_YEARS = rc.lazy(r"^[^.;,()]{0,20}?\bin both ((?:19|20)\d\d) and ((?:19|20)\d\d)\b")


def _bracket_of_unread(ctx: Context, s: int) -> bool:
    """The figure at ``s`` is in a bracket that compares a figure no rule reads ("mobile teams assisted 362 street
    children (mobile teams identified 86 potential victims and assisted 316 individuals in 2019)"): its figures are
    of the same population, no count of victims either."""
    open_at = ctx.text.rfind("(", 0, s)
    if open_at < 0 or ctx.text.find(")", open_at, s) >= 0:
        return False
    if FRACTION_BEFORE.search(ctx.text, max(0, open_at - 20), open_at):
        return False  # "one quarter (203) received ...": the fraction's words, no figure compared (batch 158)
    base = max(0, open_at - 60)
    figures = [m for m in rc.finditer(NUMBER, ctx.text[base:open_at], IGNORECASE)
               if not rc.fullmatch(r"(?:19|20)\d\d", m.group())
               and not is_distractor(ctx, base + m.start(), base + m.end())]
    if not figures or rc.search(r"[;.]", ctx.text[base + figures[-1].end() : open_at]):
        return False
    at = base + figures[-1].start()
    return not any(x.m.start("n") <= at < x.m.end("n") for x in ctx.matches)


#: The rule of the trafficking victims among a population assisted (extract_rules.yml).
_AMONG_ASSISTED = "phrasings.victims-among-assisted"
#: A share of the victims given services housed in shelters, after ";" (extract_rules.yml; batch 41)
_IN_SHELTERS = ("victims_assisted.in-shelters",
                # ... and the next item of their list, after a comma (batch 95)
                "victims_assisted.in-shelters-list",
                # ... and a share lodged elsewhere ("and 37 received accommodation in ... centers"; fixq)
                "victims_assisted.lodged-share")
_ENROLLED = "phrasings.program-enrolled"
#: The convicted named as the whole of a share ("only three of the 11 convicted for trafficking-related offenses served
#: prison time"; batch 140)
_OF_THE_CONVICTED = "convictions.of-the-convicted"


#: A population that is not trafficking victims, named in the sentence of a group's figure: street or homeless children.
_STREET_POPULATION = rc.lazy(
    r"\b(?:homeless|street (?:children|youth|kids)|children (?:in|of) (?:the )?street(?: situation)?s?"
    r"|(?:used|use|uses|using|lived|living|live|lives|work\w*) (?:on |in )?the streets?)\b",
    IGNORECASE,
)
#: A body the sentence names as serving a wider population than trafficking victims ("teams ... for vulnerable
#: populations, including trafficking victims"; vocabulary.yml WIDER_SERVED) ...
_WIDER_SERVED = rc.lazy(r"\b(?:{WIDER_SERVED})", IGNORECASE)
#: Another source's account of the government's figure, after "however" or "but" (batch 107's nicaragua-2019):
#: "...; however, NGOs reported the government referred only one victim".
DISPUTED = rc.lazy(
    r"\b(?:however|but)\b,? (?:the )?(?:NGOs?|civil society|observers|media"
    r"|(?:an? )?(?:NGO|international organization)s?)"
    r"(?: [\w-]+){0,2}? (?:reported|said|stated|claimed|alleged|noted|indicated|asserted)(?: that)? (?:the )?"
    r"(?:government|authorities|officials|police)\b[^.;]{0,40}$",
    IGNORECASE,
)


#: A population a figure counts that victims are only among, after its noun: "1,578 vulnerable children, including
#: potential trafficking victims" (batch 107, burkina-faso-2020): no count of victims.
_POPULATION_INCLUDING = rc.lazy(
    # (a second population joined by "and" before the bracket is the same population's: "275 vulnerable children and 35
    # women, including potential trafficking victims", fix216b, burkina-faso-2021)
    r"(?: and (?:an? )?(?:additional |further )?\d[\d,]* (?:(?!victims?\b)[\w-]+ ){0,2}?(?!victims?\b)[\w-]+)?"
    r",? (?:including|among them|among whom(?: were)?|some of whom were) (?:some |several |a number of )?"
    r"(?:(?:{POTENTIAL}) )?(?:(?:trafficking|sex trafficking|labou?r trafficking|child) )*victims\b",
    IGNORECASE,
)
#: ... or one the sentence says only "may have included" victims, later in its clause: "referred 135 children to its
#: shelter, including victims of ..., which may have included potential trafficking victims" (batch 127's
#: guinea-bissau-2023).
_MAY_HAVE_INCLUDED = rc.lazy(
    r"[^.;]{0,200}?,? (?:which|that|who) (?:may|might|could) have included (?:some )?(?:(?:{POTENTIAL}) )?"
    r"(?:(?:human |child )?trafficking )?victims\b",
    IGNORECASE,
)
#: A sentence that opens by restating a total of victims named before: "Of the 1,407 victims, ..." (batch 127).
_RESTATED_TOTAL_LEAD = rc.lazy(
    # (its year too: "Of the six identified victims in 2020, ...; authorities identified the other two individuals as
    # victims of ...", residue22, panama-2021)
    rf"^(?:Of|Among) (?:the|these|those) (?P<n>{NUMBER})(?: (?:identified |trafficking |potential )*victims"
    rf"(?: identified)?(?: (?:in|during) (?:19|20)\d\d)?)?, ",
    IGNORECASE,
)
#: ... counts the people it assisted by a plain noun, not as victims: "assisted 316 individuals" (batch 63).
_PLAIN_PEOPLE = rc.lazy(r"\b(?:individuals|persons|people)$", IGNORECASE)
#: The year's total said not to be given before a count of potential victims: "it did not provide aggregate
#: information on victims identified, but reported 264 potential victims" (the potential kind, no total; batch 36,
#: saudi-arabia-2018)
_NO_TOTAL_GIVEN = rc.lazy(
    r"\b(?:did not|failed to|could not) (?:provide|report|share|disaggregate) (?:\w+ ){0,2}?"
    r"(?:information|data|statistics|figures?|numbers?) (?:on|of|about) (?:the )?(?:number of )?"
    r"(?:(?:confirmed|identified|official) )?victims"
    r"(?: identified)?(?: (?:in|during) [^,;]{0,30}?)?,? but\b[^.;]*$",
    IGNORECASE,
)
#: A count's words that make its victims potential ones ("also identified 140 presumed victims"): vocabulary.yml;
#: matched at a count's start, its verb says so ("and presumed 14 more individuals to be victims"; audit7)
_POTENTIAL = rc.lazy(r"\b(?:{POTENTIAL})\b", IGNORECASE)
#: "identified 180 confirmed trafficking victims ... among 510 potential victims identified": the wider count the
#: year's own is drawn from, a second count beside it (`potential`; batch 59's malaysia-2021 and 2023)
_AMONG = rc.lazy(r"\bamong (?:the |a total of )?$", IGNORECASE)
_CONFIRMED_Q = rc.lazy(r"(?:{CONFIRMED})", IGNORECASE)
#: A count's words that name a nationality and a form: "one Irish sex trafficking victim", "three Nigerian forced labor
#: victims" (a cell of two attributes, neither a part the corpus files alone nor the total), or a group and a form:
#: "two child labor trafficking victims", "five adult sex trafficking victims" (batch 41, thailand-2022)
_TWO_ATTRIBUTES = rc.lazy(
    r"\s+(?:[a-z-]+ )?"
    r"(?:(?-i:[A-Z][a-z]+(?:i|n|ese|ish|ch))\s+(?:(?:sex|labou?r|child sex) trafficking|forced labou?r)"
    r"|(?:child|adult|female|male|women|men|girls?|boys?|minor|migrant|foreign)\s+"
    r"(?:(?:sex|labou?r) trafficking|forced labou?r))"
    r"\s+(?:victims?|survivors?)\b",
    IGNORECASE,
)


#: A form's figure after "including" past victims counted by a comparison alone: "identifying and referring to care
#: significantly more potential trafficking victims, including 189 forced labor victims" (the whole, unstated, is
#: larger; batch 155's cote-divoire-2020-intro), past a comparison ("... than the year before, including") or a first
#: form's figure sharing the noun ("including 40 forced labor and 12 sex trafficking victims")
_INCLUDED_IN_UNSTATED = rc.lazy(
    r"\b(?:more|fewer) (?:[\w-]+ ){0,3}?victims(?: than [^,;]{1,40}?)?,? including "
    r"(?:(?:at least|about|approximately) )?(?:\S+ (?:[\w-]+ ){1,2}and )?$"
)


def _whole_count_of_one_form(ctx: Context, out: Rows, made: list[Row], indicator: str, q: str, value: float,
                             year: int | None, s: int) -> bool:
    """A count of victims identified of one form ("identified four potential victims of forced begging") with no
    total of its stage and year before it, nor another form's figure in its sentence, is the year's whole count: no
    part (the corpus README's convention of a count of one form; services some centers gave "to 410 sex trafficking
    victims" stay a part)."""
    # (a finer form too: "identified six victims of forced marriage" alone is the year's count; batch 73)
    if not rc.fullmatch(rf"(?:{fragments()['FORMS']}|{fragments()['FINER_FORMS']})", q, IGNORECASE):
        return False
    if _INCLUDED_IN_UNSTATED.search(ctx.text, max(0, s - 100), s):
        return False  # "... more potential trafficking victims, including 189 forced labor victims": a part
    # (another figure of the stage across a comparison is another year's, no second form of this one: "identified one
    # victim of forced labor, compared with identifying one victim of labor trafficking the previous reporting
    # period", batch 103's palau-2022)
    if larger_total(out, indicator, value, year, None, made) or any(
            y.rule.indicator == indicator and y.m.start("n") != s
            and not _comparison_between(ctx, s, y.m.start("n")) for y in ctx.matches):
        return False
    a, b = ctx.bounds(ctx.segment(s))  # its own clause: a comparison after it may name another year's form
    # (another form's traffickers named, uncounted, before the count in its clause: "prosecuting sex traffickers and
    # one labor trafficker", the labor trafficker a part; batch 180's cuba-2019-intro)
    others = {f.lower().replace("labour", "labor") for f in rc.findall(r"\b(sex|labou?r) traffickers\b", ctx.text[a:s],
                                                                        IGNORECASE)}
    if others and not any(q.lower().startswith(o) for o in others):
        return False
    forms = {f.lower() for f in rc.findall(rf"\b(?:{fragments()['FORMS']}|{fragments()['FINER_FORMS']})\b",
                                           ctx.text[a:b], IGNORECASE)}
    return len(forms) == 1


def _comparison_between(ctx: Context, i: int, j: int) -> bool:
    """A comparison (not a clause) starts between positions ``i`` and ``j`` of the sentence."""
    lo, hi = min(i, j), max(i, j)
    clauses = set(ctx.clause_cuts)
    return any(lo < c <= hi and c not in clauses for c in ctx.cuts)


#: The stages a share of persons "of these" may be counted from, by the stage it counts: "prosecuted 15 alleged
#: traffickers ... Fourteen of these offenders were convicted" (``_earlier_stage_base``)
_EARLIER_STAGES = {"convictions": ("prosecutions",), "prosecutions": ("suspects",)}


def _earlier_stage_base(ctx: Context, indicator: str, value: float) -> Row | None:
    """The sentence before's one count of persons at an earlier stage, of one year and no smaller than ``value``, that a
    share "N of these (those) ..." of ``indicator`` takes its persons from; None where the sentence before counted
    ``indicator`` itself or the earlier stage in more than one year's count."""
    if any(r.indicator == indicator for r in ctx.prev_rows):
        return None
    bases = [r for r in ctx.prev_rows if r.indicator in _EARLIER_STAGES.get(indicator, ()) and r.unit == "persons"
             and r.value is not None and r.value >= value and r.year is not None and "year_inferred" not in r.flags
             and not r.rule.endswith("comparison")]  # (the count itself, not what it was compared with)
    return bases[0] if len(bases) == 1 else None


def larger_total(out: Rows, indicator: str, value: float, year: int | None, sentence_id: object,
                 made: list[Row] | None = None, *, same_year: bool = False, unit: str | None = None,
                 or_equal: bool = False) -> bool:
    """An earlier sentence (or, with ``made``, this one before the figure) gave the year's total of the indicator (any
    year's when ``year`` is unknown, unless ``same_year``; counted in ``unit`` when given), larger than ``value`` (or
    as large, with ``or_equal``)."""
    return any(r.indicator == indicator and (r.year == year or (year is None and not same_year)) and r.is_whole
               and (unit is None or r.unit == unit) and r.value is not None
               and (r.value > value or (or_equal and r.value == value))
               and r.sentence_id != sentence_id for r in [*out.rows, *(made or [])])


def _larger_group_total(out: Rows, indicator: str, value: float, year: int | None, sentence_id: object) -> bool:
    """An earlier sentence gave the year's count of the indicator as one group of persons (`adults`, `children`, ...),
    larger than ``value``, and no other group of that year: the year's count given as that group alone."""
    groups = [r for r in out.rows if r.indicator == indicator and r.year == year and r.value is not None
              and r.qualifier in (*_ALL_GROUPS, "adults") and r.sentence_id != sentence_id]
    return len({r.qualifier for r in groups}) == 1 and any(r.value > value for r in groups)


def smaller_total(out: Rows, indicator: str, value: float, year: int | None, sentence_id: object) -> bool:
    """An earlier sentence gave the year's total of the indicator in victims, smaller than ``value``."""
    return any(r.indicator == indicator and r.year == year and r.is_whole and r.unit == "victims"
               and r.value is not None and r.value < value and r.sentence_id != sentence_id for r in out.rows)


#: A channel that is a hotline: its count keeps the channel ("26 potential victims through the hotline").
_HOTLINE_WORD = rc.lazy(r"\b(?:hot|help)lines?\b", IGNORECASE)

#: An NGO's relative clause naming the government as its partner: "an NGO, which partnered with the government stated
#: it ..." (the partner is no subject of the count, no joint one; a clause of what the NGO does stays its words:
#: austria-2020's "Another NGO, which provided government-funded services for male victims, reported assisting 65").
_NGO_RELATIVE = rc.lazy(r"\b(NGOs?|(?:civil society|international) organi[sz]ations?)\s*,\s*(?:which|that|who) "
                        r"(?:partnered|cooperated|collaborated|worked|coordinated) with (?:the )?"
                        r"(?:government|authorities|police|officials|ministr\w+)\b[^,;.]{0,30}?"
                        r"(?:,\s*|(?= (?:stated|reported|said|noted|claimed|indicated|told)\b))", IGNORECASE)

#: A sentence whose subject is a level of government, or that opens at one: "At the federal level, ...", "State
#: officials identified ...", "Provincial authorities ..." (vocabulary.yml GOVERNMENT_LEVELS).
_LEVEL_LEAD = rc.lazy(
    r"(?:At the (?:{GOVERNMENT_LEVELS}) level,|(?:{GOVERNMENT_LEVELS}) (?:officials|authorities|officers)\b)",
    IGNORECASE)
#: An aside between dashes inside a clause: "received 1,864 calls—originating from throughout the country—and ...".
_DASHED_ASIDE = rc.lazy(r"\s?[—–][^—–.;()]{1,80}[—–]\s?")
#: The words after a total's figure up to its noun: "1,443 victims of trafficking", "348 potential victims".
_TOTAL_NOUN = rc.lazy(r"(?:\s+(?!victims?\b)[\w-]+){0,4}?\s+victims?\b", IGNORECASE)


#: A count's words that name victims: "86 potential victims", "12 trafficking victims".
_NAMED_VICTIMS = rc.lazy(r"\bvictims?\b", IGNORECASE)
#: The rule of a body's share of a total named by its figure ("identified 12 of the 40 victims", extract_rules.yml).
#: The rule of a group's count read with no total beside it ("identifying 215 female trafficking victims", "identified
#: two Bahamian child victims"): the year's part of that group.
IDENTIFIED_GROUP = "phrasings.identified-group"
SHARE_OF_TOTAL = "victims_identified.share-of-total"
#: The government as the clause's subject, right before the verb: "; the government identified only ".
_GOVERNMENT_SUBJECT = rc.lazy(r"(?:^|[;,]\s+)(?:the\s+)?government\s+(?:\w+ly\s+)?identif\w*\s+(?:only\s+|just\s+)?$",
                              IGNORECASE)
#: The one service the victims counted were given, after the figure: "419 victims with temporary shelter in ...".
_GIVEN_ONE_SERVICE = rc.lazy(r" (?:[\w-]+ ){0,2}?victims with (?:(?:temporary|emergency|short-term|long-term) )?"
                             r"(?P<s>shelter|accommodation|housing)\b(?! and\b|,)", IGNORECASE)
#: ... and the care victims were given at a shelter: "853 trafficking victims with temporary care at these shelters"
#: (batch 92's philippines-2015): the shelter is the one service.
_GIVEN_CARE_AT_SHELTERS = rc.lazy(r" (?:[\w-]+ ){0,2}?victims with (?:(?:temporary|emergency|short-term|long-term) )?"
                                  r"(?:care|services|assistance|support) (?:at|in) (?:(?:these|the|its|their|those|"
                                  r"government|state|NGO|government-run|NGO-run) )*shelters?\b", IGNORECASE)
#: ... and the victims themselves assisted "at the shelter", the place named after them and their crime: "the government
#: assisted 178 victims of domestic servitude at the shelter" (madagascar-2023; fixa); not a shelter for another crime's
#: victims ("at the shelter for victims of domestic violence")
_ASSISTED_AT_SHELTER = rc.lazy(r" (?:[\w-]+ ){0,2}?(?:victims|survivors)(?: of (?:[\w-]+ ){0,2}?[\w-]+)?"
                               r"(?: (?:in|during) (?:19|20)\d\d)? (?:at|in) (?:(?:the|its|their|a|one|two|three|"
                               r"government|state|NGO|government-run|NGO-run|temporary) )+shelters?\b"
                               r"(?! (?:for|of) (?:[\w-]+ ){0,3}?(?:violence|abuse)\b)", IGNORECASE)
#: A sector a figure's victims were found in, right after them: " in the fishing industry" (vocabulary ZERO_SECTORS).
_ZERO_IN_SECTOR = rc.lazy(r"\s+(?:in|within|on) (?:the )?(?:{ZERO_SECTORS})\b", IGNORECASE)
#: ... and the service named before the figure: "provided shelter services to 10 adult women victims" (batch 84).
#: ... or with a referral to another's shelter as its alternative: "provided shelter or referral to an NGO-run shelter
#: to four victims" (residue17, mauritius-2020)
_ONE_SERVICE_GIVEN = rc.lazy(r"\bprovided (?:(?:temporary|emergency|short-term|long-term) )?"
                             r"(?P<s>shelter|accommodation|housing)(?: services)?"
                             r"(?: or (?:a )?referrals? to (?:an? |the |its )?(?:[\w-]+ ){0,2}?(?P=s)s?)?"
                             r" (?:to|for) (?:the |all )?$",
                             IGNORECASE)
#: A shelter as the subject that housed the victims counted, up to the figure: "The state-funded NGO-run shelter
#: accommodated ", "the two shelters housed a total of " (audit13).
_SHELTER_SUBJECT = rc.lazy(r"\bshelters?(?: (?:also|\w+ly))? (?:accommodated|housed|sheltered|hosted)"
                           r" (?:a total of |at least |approximately )?$", IGNORECASE)
#: ... or the facilities the sentence before named as shelters: "The government operated three shelters for adult
#: victims and three centers for children ... These facilities accommodated " (audit13).
_FACILITIES_SUBJECT = rc.lazy(r"\b(?:These|Those|The|Both|All) (?:[\w-]+ )?(?:facilities|centers|centres)"
                              r"(?: (?:also|\w+ly))? (?:accommodated|housed|sheltered|hosted)"
                              r" (?:a total of |at least |approximately )?$", IGNORECASE)
_SHELTER_NAMED = rc.lazy(r"\bshelters?\b(?! (?:for|of) (?:[\w-]+ ){0,3}?(?:violence|abuse)\b)", IGNORECASE)
#: A bracket that opens with a body's verb up to the figure: "(mobile teams identified ".
_BODY_BRACKET = rc.lazy(r"\((?:[a-z-]+ ){0,2}(?:units|teams|task forces) (?:\w+ly )?\w+ed\s+$")
#: A bracket that opens with a verb, its subject left out, up to a figure: "(identified ", "(also assisted ".
_BRACKET_VERB_LEAD = rc.lazy(r"\(\s*(?:(?:also|\w+ly)\s+)?(?:identified|assisted|referred|registered)\s+"
                             r"(?:a total of\s+)?$", IGNORECASE)
#: The words that open the sentence of the year's count of all identifiers (or of its bracket of another year): "The
#: government and NGOs identified ", "In 2019, authorities reported identifying " (no one body's count: "The IACAT
#: Sea/Air Task Forces identified ...").
_WHOLE_IDENTIFIERS = rc.lazy(
    r"^\s*(?:(?:In|During) [^,]{1,40}, )?(?:the )?(?:government|authorities|officials)(?:,? (?:and|with|in "
    r"(?:cooperation|partnership|coordination) with|together with|jointly with) (?:the )?"
    r"(?:NGOs|civil society(?: organi[sz]ations)?|international organi[sz]ations|(?:its )?partners),?)?"
    r"(?:\s+(?:also|\w+ly))?\s+(?:reported\s+)?(?:identif|recogni[sz])\w*\s+(?:a total of\s+)?(?=" + NUMBER + r"\b)",
    IGNORECASE)


def _whole_potential_before(ctx: Context, out: Rows, indicator: str, year: int | None,
                            value: float | None = None) -> bool:
    """An earlier sentence gave the year's count of potential victims of all identifiers ("The government and NGOs
    identified 124 potential victims (104 in 2018)"; :data:`_WHOLE_IDENTIFIERS`), at least ``value`` when given."""
    return any(r.indicator == indicator and r.year == year and r.qualifier == "potential" and r.value is not None
               and (value is None or r.value >= value) and r.sentence_id != ctx.sent.id
               and _WHOLE_IDENTIFIERS.match(r.quote) for r in [*out.rows, *ctx.prev_rows])


def _potential_beside_confirmed(ctx: Context, out: Rows, indicator: str, words: str, year: int | None) -> bool:
    """A body's count of potential victims (``words``, the count's match, name the kind) beside a total of the year
    given before in another sentence that counts victims not named potential ("Law enforcement reported identifying
    1,443 victims of trafficking ... The BI Travel Control and Enforcement Unit (TCEU) identified and referred 337
    potential victims"): a second, wider count (`potential`, the corpus README), no share of that total; beside a
    total of potential victims ("identifying 348 potential victims ... Of the 348, the GPS identified 285 potential
    victims") the body's count stays its share (residue2, batch 54's philippines-2020)."""
    if indicator != "victims_identified" or not _POTENTIAL.search(words) or _RESTATED_WORDS.match(ctx.text):
        return False  # ("Of the 611, the GPS identified 304 potential victims": a share, the total named)
    totals = [r for r in [*out.rows, *ctx.prev_rows] if r.indicator == indicator and r.year == year and r.is_whole
              and r.sentence_id != ctx.sent.id and r.unit == "victims"]
    nouns = [_TOTAL_NOUN.match(r.quote, r.pos + len(r.number_text)) for r in totals]
    beside = {r.sentence_id for r in totals}
    if any(r.indicator == indicator and r.year == year and r.qualifier == "potential" and r.sentence_id != ctx.sent.id
           and r.sentence_id in beside for r in [*out.rows, *ctx.prev_rows]):
        # ("identified 81 potential victims and five officially recognized victims ... MIUs identified 45 potential
        # victims": the year's potential count was given beside its total, so the body's count of potential victims is
        # its share, as beside a total of potential victims; batch 60, albania-2021; another body's count of potential
        # victims in a sentence of its own, philippines-2020's IACAT 2,500 after the total, is no such year's count)
        return False
    if _whole_potential_before(ctx, out, indicator, year):
        # "The government and NGOs identified 124 potential victims (104 in 2018) ... mobile teams identified 86
        # potential victims": the year's potential count of all identifiers, told in a sentence of its own, has the
        # body's count as its share (`by mobile teams`), as albania-2021's MIUs (the README's convention, residue6)
        return False
    return bool(totals) and all(n is not None and not _POTENTIAL.search(n.group()) for n in nouns)


#: A sentence led by "In addition" or "Additionally": what it counts is added to what an earlier sentence gave.
_IN_ADDITION_LEAD = rc.lazy(r"^(?:In addition|Additionally),? ", IGNORECASE)


#: Right before a body's figure: "an additional", "another", "a further" (not "also": :data:`_ADDITIONAL`'s other words)
_ADDITIONAL_WORDS = rc.lazy(r"\b(?:an additional|another|a further)\s+$", IGNORECASE)


def _additional_own_count(ctx: Context, out: Rows, indicator: str, value: float, year: int | None, s: int) -> bool:
    """A public body's "additional" count of the stage beside the year's count an earlier sentence gave: "In 2010, the
    government identified and referred seven new trafficking victims ... Police reported identifying an additional 76
    victims of trafficking who were not referred to the program" is the police's own second count (`by police`, as
    peru-2020's "Additionally, DIRCTPTIM ... reported identifying 1,054 victims" and NGOs' "an additional 94 victims";
    batch 208, czech-republic-2011-protection), larger than the year's or not: no part of it, no year's count."""
    return (_ADDITIONAL_WORDS.search(ctx.text, max(0, s - 20), s) is not None
            and _earlier_count(out, indicator, value, year, ctx.sent.id))


def _earlier_count(out: Rows, indicator: str, value: float, year: int | None, sentence_id: object) -> bool:
    """An earlier sentence gave a count of the stage for the year, a whole or a group's ("identified and provided
    services to at least one child sex trafficking victim"), of another figure: beside it, a count "In addition"
    named potential is a second count (`potential`)."""
    return year is not None and any(
        r.indicator == indicator and r.year == year and r.value is not None and r.value != value
        and r.sentence_id != sentence_id and r.qualifier != "potential"
        for r in out.rows
    )


def _bodies_counts(out: Rows, indicator: str, year: int | None, sentence_id: object) -> bool:
    """Earlier sentences gave the year's count of the stage as government bodies' counts, no total ("Inmujeres assisted
    140 trafficking victims in 2021 ... INAU assisted 318 child trafficking victims ... MTSS coordinated ... to provide
    additional support ... for three potential labor trafficking victims"): a count of potential victims beside them
    is a second count, as beside a total (`potential`; residue2, batch 47's uruguay-2022). NGOs' counts are outside
    the government's (the corpus README) and give no such year."""
    return any(
        r.indicator == indicator and r.year == year and r.value and (r.qualifier or "").startswith("by ")
        and r.qualifier != "by NGOs or international organizations" and r.sentence_id != sentence_id
        for r in out.rows
    )


def _other_total(out: Rows, indicator: str, value: float, year: int | None, sentence_id: object,
                 made: list | None = None, *, here: bool = False) -> bool:
    """An earlier sentence gave another total of the indicator for the year (a figure of potential victims after it
    is a second, wider count, not the total); with ``here``, a total of any year read just before in this sentence
    (``made``): "identifying 37 victims and identifying an additional 418 potential victims"."""
    if here:
        return any(r.indicator == indicator and r.is_whole and r.value != value for r in made or [])
    return any(
        r.indicator == indicator and r.year == year and r.is_whole and r.value != value
        and r.sentence_id != sentence_id
        for r in out.rows
    )


#: A sentence whose subject is a team, center or unit of outreach: "The mobile team identified 150 victims".
_WIDER_BODY = rc.lazy(
    r"^(?:(?:The|This|These|Its|A|Each) )?(?!police\b)(?:[\w-]+ ){0,3}?(?:teams?|cent(?:er|re)s?|outreach workers?|"
    r"social workers?)"
    r"\b[^,;]{0,40}?\b(?:identified|found|reached|registered|detected)\b",
    IGNORECASE,
)
#: ... named as one for a wider population than trafficking victims: "A mobile outreach team for homeless youth
#: identified 35 potential victims", "The drop-in center for street children identified ...".
_WIDER_POPULATION = rc.lazy(
    r"^(?:(?:The|This|These|Its|A|An|Each) )?(?!police\b)(?:[\w-]+ ){0,3}?(?:teams?|cent(?:er|re)s?|outreach workers?|"
    r"social workers?) for (?:[\w-]+ ){0,2}?(?:homeless|street|vulnerable|at-risk|runaway)\b",
    IGNORECASE,
)


def _exceeds_paragraph_total(ctx: Context, out: Rows, value: float, year: int | None) -> bool:
    """An earlier sentence of the paragraph gave the year's total of victims identified, smaller than ``value``."""
    para = ctx.sent.para
    earlier = set(para.texts[: para.texts.index(ctx.text)]) if para is not None and ctx.text in para.texts else set()
    return any(r.indicator == "victims_identified" and r.is_whole and r.year == year
               and r.value < value and r.sentence_id != ctx.sent.id
               and r.quote in earlier for r in out.rows)


#: Shelter given to the victims of a figure: "providing temporary shelter to 47 potential victims".
_SHELTER_GIVEN = rc.lazy(r"\b((?:(?:temporary|emergency|short-term|long-term|transitional) )?shelter) (?:to|for) $",
                         IGNORECASE)
#: "... and also identified", "; it also assisted": a verb whose subject is the clause's before it.
_SAME_SUBJECT_ALSO = rc.lazy(r"(?:\band|\b(?:it|they))\s+also\s+\w+ed\s+$", IGNORECASE)
#: "an additional 123", "another 18", "also assisted 20", "in addition, it identified 64": a second count beside a total
_ADDITIONAL = rc.lazy(
    # (and the shelter's verbs: "it also accommodated 21 potential victims"; audit11's north-macedonia-2024-protection)
    r"\b(?:an additional|additional|another|a further"
    r"|also (?:identified|assisted|served|supported|accommodated|sheltered|housed|helped)"
    r"|in addition,? (?:it|they) identified)\s+$",
    IGNORECASE,
)
#: "three additional women", "12 further children": a group's figure counted beside the year's, not its parts
_ADDITIONAL_GROUP = rc.lazy(r"\S+ (?:additional|further|more|other) ", IGNORECASE)
#: groups a figure of potential victims is filed under when no second count is meant
_GROUPS = ("children", "female", "male")
#: groups a figure of assisted or referred victims names ("assisted 223 children"): a part, unless someone else's
_PERSON_GROUPS = ("children", "minors", "women", "men", "girls", "boys")
_ALL_GROUPS = (*_PERSON_GROUPS, "female", "male")


#: The cases a count names are of another crime than trafficking: "eight cases of sexual exploitation in the production
#: of pornography with trafficking indicators", "12 cases of migrant smuggling" (trafficking named after the crime only
#: as its indicators).
#: ... and so are cases of recruitment or labor offences ("12 criminal cases for illegal recruitment", "23 cases of
#: fraudulent recruitment", "14 criminal cases against employers for violations of labor rights"; kuwait-2018's illegal
#: recruitment cases are no rows), in any section (a prevention section tells of them too).
#: ... and so is any crime but trafficking's own forms "with trafficking indicators" or "with indicators
#: of trafficking" ("five cases of online child sexual exploitation with trafficking indicators", "nine
#: investigations into forced marriage with indicators of trafficking"), or "that showed signs of trafficking"
#: ("five cases of child sexual abuse material production that showed signs of trafficking"); and so are investigations
#: "into the purchase of commercial sex" (a crime of its own, as albania-2023's soliciting), or "into child sexual
#: abuse".
_OTHER_CRIME_CASES = rc.lazy(
    r" (?:against (?:[\w-]+ ){1,3}?)?(?:of|for|into|involving|related to) (?:(?!traffick)[^.;,()]){0,60}?\b"
    r"(?:pornograph\w*|"
    r"pimping|procuring|pandering|(?:migrant )?smuggling|corruption of (?:a )?minors?|"
    r"(?:purchas|buy|solicit|patroni[sz])\w* (?:of )?(?:commercial )?sex|"
    r"(?:child )?sexual (?:abuse|assault)(?! material)|rape|"
    r"(?:illegal|fraudulent|unlicensed) (?:recruitment|employment)|recruitment fraud|"
    r"labou?r (?:rights |law |code )?violations|violations? of (?:the )?"
    r"labou?r (?:rights|laws?|code|legislation))\b"
    r"| (?:of|for|into|involving|related to) "
    r"(?!(?:[\w-]+ )?(?:forced labou?r|(?:sex|labou?r) trafficking|forced begging|domestic servitude)\b)"
    r"(?:(?!traffick)[^.;,()]){1,60}? "
    r"(?:with (?:possible |potential |some )?(?:(?:human )?trafficking indicators|indicators of (?:human )?trafficking)"
    r"|(?:(?:that|which) (?:showed|show|had|bore|displayed)|showing|bearing|with) (?:some |possible )?"
    r"(?:signs|indications|elements|hallmarks) of (?:human )?trafficking)\b"
    # (investigations of crimes against children at large, their year between: "466 investigations in 2021 of crimes
    # against children", not disaggregated by crime; residue12, batch 90's haiti-2022)
    r"| (?:(?:in|during) (?:19|20)\d\d )?(?:of|for|into|involving) (?:all )?(?:crimes|offen[cs]es)"
    r" (?:against|involving) (?:children|minors)\b",
    IGNORECASE,
)
#: A sentence that tells one case as an example: its figures are that case's, no count of the year.
#: ... "In one noteworthy case in January 2018, police raided ... and identified 32 trafficking victims" (batch 34,
#: slovenia-2018: a word or two before "case", and victims found in that case no count of the year either)
#: ... the case named by its stage, "In one investigation, police arrested five suspects ..." (batch 85, latvia-2022:
#: neither the "one investigation" nor the arrests in it are a count of the year; "operation", "prosecution" alike)
_EXAMPLE = rc.lazy(
    r"^(?:For (?:example|instance)|In (?:one|a|another) (?:(?:notable|noteworthy|high-profile|prominent|significant|"
    r"particular|illustrative|emblematic|separate) )?(?:case|instance|investigation|operation|prosecution))\b",
    IGNORECASE)
#: The words of note that single a case out (batch 156, batch 196; "notorious", "infamous", "major", "large-scale",
#: "high-level", "flagship", "sensational": audit9 r1's F27; the case a "trial" or "prosecution" right after the figure,
#: "convicted 17 defendants in a landmark forced labor trial": r2's F27; "in an infamous ... case": r3's F27)
_NOTED = (r"notable|noteworthy|high-profile|prominent|landmark|emblematic|well-known|(?:widely |highly )?publici[sz]ed"
          r"|notorious|infamous|sensational|flagship|high-level|large-scale|major")
#: ... and a count told as the persons of one case the sentence singles out by a word of note right after it,
#: "prosecuting three individuals in a high-profile case involving forced labor allegations" (batch 156,
#: ecuador-2022-intro; the same summary says "increasing prosecutions"): that case's defendants, no count of the year
#: (a plain "in one case" stays the year's count: "prosecuted three individuals in one case in 2021")
_IN_NOTED_CASE = rc.lazy(
    r"\s+in (?:an?|one|another) (?:single )?(?:" + _NOTED + r") (?:[\w-]+ ){0,3}?(?:case|trial|prosecution)\b",
    IGNORECASE)
#: ... or told as the persons "in the case" (that, this case) after the sentence has singled the case out by a word of
#: note before the figure, "completing a high-profile investigation into a case that involved officials complicit ...,
#: convicting 19 individuals in the case, including three state officials" (batch 196, india-2020-intro): that case's
#: persons too ("in the case of" is no case)
_IN_THE_CASE = rc.lazy(r"\s+in (?:the|that|this) (?:same )?case\b(?!\s+of\b)", IGNORECASE)
_NOTED_CASE_BEFORE = rc.lazy(
    r"\b(?:" + _NOTED + r") (?:[\w-]+ ){0,4}?(?:case|investigation|prosecution|trial)\b", IGNORECASE)
#: The officials_* patterns of officials among the persons a stage counted (no statute of their own: below)
_AMONG_PERSONS = frozenset({"officials_convicted.among-convicted", "officials_convicted.among-convicted-one",
                            "officials_prosecuted.among-prosecuted", "officials_prosecuted.among-prosecuted-one"})
#: "... and sent the remaining four victims to other shelters": the rest of a group a figure before it splits
_REMAINING = rc.lazy(rf"\bthe (?:remaining|other) (?P<n>{NUMBER})\b", IGNORECASE)


def _split_of_earlier(ctx: Context, m: re.Match, s: int, value: float) -> bool:
    """A group's figure and "the remaining N" after it in its clause add up to a figure read earlier in the sentence:
    they split that figure ("assisted 12 women ...; the shelter directly assisted eight female victims and sent the
    remaining four victims to other shelters"), parts of a part, not a count of their own. (A figure with no group,
    "referred eight victims to shelters and the remaining four to NGOs", stays a count.)"""
    end = min((i for i in (ctx.text.find(";", m.end()), ctx.text.find(".", m.end())) if i >= 0), default=len(ctx.text))
    rest = _REMAINING.search(ctx.text, m.end(), end)
    if not rest:
        return False
    total = value + parse_count(rest.group("n"))[0]
    return any(y.m.start("n") < s and parse_count(y.m.group("n"))[0] == total for y in ctx.matches)


#: Cases said to have come from calls or tips: "43 investigations resulted from calls to the hotline".
_FROM_CALLS = rc.lazy(r"\s+(?:(?:were|was|had)\s+)?"
                      r"(?:resulted|stemmed|arose|originated|came|resulting|stemming|arising)\s+from\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:calls|tips|hotline|helpline)\b",
                      IGNORECASE)
#: A count said to have been brought under a law: "One conviction was brought under the anti-trafficking law",
#: "three prosecutions were filed under the penal code" (after the year's total: a share of it by its law, no count).
_BROUGHT_UNDER = rc.lazy(r"\s+(?:was|were|had been) (?:brought|filed|obtained|secured|initiated|handed down|issued) "
                         r"under\b", IGNORECASE)


def _carried_over(ctx: Context, m: re.Match, a: int, b: int) -> bool:
    """ "continued to investigate 75 ongoing cases initiated in past years", "206 ongoing prosecutions initiated in
    previous reporting periods": cases carried over from earlier years, no new activity of the year (not rows)."""
    own = ctx.text[m.start() : m.end()]  # "continued prosecutions against 1,041 people", "75 ongoing cases"
    return bool(
        _CONTINUED_BEFORE.search(ctx.text[a : m.start()])
        or _CONTINUED_WORDS.search(own)
        or _CONTINUED_AFTER.match(ctx.text[m.end() : b])
        or (_STAGE_NOUN_OPENS.match(own) is not None and _JOINT_ONGOING.match(ctx.text[m.end() : b]) is not None)
    )


#: One agency as the subject: "Of the 611, the GPS identified 304", "The GIS identified 280".
#: "(TOCU) proactively identified", "The MFA also assisted", "; mobile identification units identified".
#: "; law enforcement referred 59", ", and social welfare organizations referred 43": an actor of vocabulary.yml ACTORS.
@cache
def _agency() -> re.Pattern:
    return rc.compile_cached(
        # (after ";" too: "MOL hired eight lawyers ...; MOL prosecuted five trafficking cases", batch 32)
        # (an acronym of up to ten letters, "DIRCTPTIM", and a relative clause after it with the body's report of its
        # own count: "Additionally, DIRCTPTIM, which maintained its own database, reported identifying 1,054 victims",
        # batch 59's peru-2020)
        # (the report alone, "DSWD reported assisting 672 victims", stays the year's count: philippines-2019)
        # (a body's acronym in the plural too, "MIUs identified 45 potential victims"; not NGOs or IOs, read as such
        # elsewhere; batch 60's albania-2021)
        r"(?:(?:^|[,;:]\s+|\b[Tt]he\s+|\()(?P<ag>(?!(?:NGO|IO)s\b)[A-Z]{2,10}(?:s\b)?)\)?"
        # (and the body's second count after "and": "..., reported assisting 55 victims and identifying 130 victims";
        # batch 59's probe)
        r"(?:, (?:which|that) [^,;()]{0,60},(?:\s+reported(?=\s+\w+ing\b)"
        r"(?:\s+\w+ing\s+[^.;,()]{0,40}?\s+and(?=\s+\w+ing\s))?)?)?|"
        # (and opening a bracket: "(mobile teams identified 86 potential victims ... in 2019)"; residue6)
        r"(?:^|[;:]\s+|\()(?P<units>(?:[a-z-]+ ){0,2}(?:units|teams|task forces))|"
        # "Specialized prosecutors reported identifying 470 victims": up to two words before an actor, "reported" after
        rf"(?:^|[;:,]\s+|\s(?=and\s))(?:and\s+)?(?:(?:the|[A-Z]?[a-z-]+) ){{0,2}}?"
        # (a level of government before the actor is its name's: "regional law enforcement reported identifying 10
        # victims" is `by regional law enforcement`; batch 66's hungary-2019, residue5)
        rf"(?P<actor>(?:(?i:{fragments()['GOVERNMENT_LEVELS']})\s+)?(?i:{fragments()['ACTORS']}))(?:\s+reported)?)"
        # "Law enforcement officially recognized all five victims": the whole of a total, by that actor; "labor
        # inspectors identified the other 26": the rest of it (precision audit, round 3)
        # ("Police reported identifying an additional 76 victims": a second count of the actor's own beside the year's,
        # batch 208's czech-republic-2011-protection; the condition is _additional_own_count's)
        r"\s+(?:(?:also|reportedly|\w+ly)\s+)*\w+(?:ed|ing)\s+"
        r"(?:an additional |another |a further |an? |all (?:of )?(?:the )?|the (?:other|remaining) )?$"
    )


@cache
def _subject_agency() -> re.Pattern:
    """An actor that opens the sentence as the subject of a verb before and of the figure's verb after "and": "Labor
    inspectors coordinated on operations with police and, additionally, identified eight suspected domestic servitude
    victims" (peru-2019): the actor's share, as "Labor inspectors identified eight" is; an aside of words after "and,"
    ("and, in addition, identified nine victims") as one of an adverb."""
    return rc.compile_cached(
        rf"^(?P<actor>(?i:{fragments()['ACTORS']}))\s+\w+ed\b[^.;()]{{0,80}}?,?\s+and,?\s+"
        r"(?:(?:also|additionally|reportedly|\w+ly|in addition|as a result|in total),?\s+)*\w+ed\s+"
        r"(?:an? |all (?:of )?(?:the )?)?$"
    )


@cache
def _body() -> re.Pattern:
    """A public body named in words as the subject of the figure's verb, at the end of the text before the figure:
    "The victim assistance service of the Office of Justice identified", "; Hungarian embassies abroad identified a
    total of" (vocabulary.yml BODIES)."""
    word = r"[\w’'-]+"
    # (a word of the body's name is no figure and no stage verb: "The gendarmerie identified 12 victims and border
    # police identified nine" names two bodies; "crisis management and information service" one)
    name_word = r"(?!\d|(?:identified|referred|assisted|victims|while|whereas)\b)[\w’'-]+"
    return rc.compile_cached(
        rf"(?:^|[;:,]\s+|\b(?:and|while|whereas)\s+)(?:[Tt]he\s+)?(?P<body>(?!(?:and|while|whereas)\s)(?:{name_word}\s+){{0,6}}?(?i:{fragments()['BODIES']})"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{word}(?:\s+(?:and\s+|of\s+|for\s+)?{word}){{0,4}}?|\s+abroad)?)"
        # ("The police reported identifying 952 victims": the body's report of its own count; batch 36)
        r"\s+(?:(?:also|reportedly|\w+ly)\s+)*(?:reported\s+(?=\w+ing\b))?(?:\w+(?:ed|ing))"
        r"(?:\s+and\s+\w+(?:ed|ing)(?:\s+\w+){0,2})?"
        r"\s+(?:(?:an additional|another|a further|an?|a total of|all(?: of)?(?: the)?)\s+)?$"
    )


def _body_name(m: re.Match) -> str:
    """The name a :func:`_body` match's share is filed under (context.share_name), less its article: "Police identified
    20 victims" is `by police`, "The victim assistance service of the Office of Justice" the office's."""
    return share_name(m.group("body"), body=True) or m.group("body")


def _year_share(ctx: Context, out: Rows, indicator: str, value: float, year: int | None, *,
                whole: bool = False) -> bool:
    """A body's count is a share when the year's larger total, or another share of the year, was given before it (a
    body named in words may well give the national count: other years' figures make it no share); ``whole`` (the
    figure named as "all 30 victims"): the year's total of the same figure too, all of it the body's. NGOs' own count
    is outside the government's, no share of its total (the corpus README): beside it alone a body's count is the
    year's ("NGOs identified 131 victims ... The agency identified 366 potential trafficking victims among
    asylum-seekers", no `by agency`; batch 80, sweden-2021, as residue2's "potential victims beside an NGO count alone
    are the year's count")."""
    return year is not None and any(
        r.indicator == indicator and r.year == year and r.value is not None
        and ((r.qualifier is None and not r.is_breakdown and (r.value > value or (whole and r.value == value)))
             or ((r.qualifier or "").startswith("by ") and r.qualifier != "by NGOs or international organizations"))
        for r in [*out.rows, *ctx.prev_rows]
    )


#: "In total, the government identified 44 victims", "identified 60 victims in total": a total later in the paragraph
#: Victims of the cases before the courts, new and earlier ones: no total of the year's identification ("a total of 416
#: trafficking victims related to current and ongoing cases before the courts", batch 103's canada-2018).
_OF_ONGOING_CASES = r"(?! (?:related to|in|involved in) (?:the )?(?:current|ongoing|pending)\b)"
_IN_TOTAL = rc.lazy(
    rf"\b(?:in total|altogether|overall)\b[^.;]{{0,60}}?\b(?P<n>{NUMBER}) (?:[\w-]+ ){{0,3}}?victims\b"
    rf"{_OF_ONGOING_CASES}"
    rf"|\b(?P<m>{NUMBER}) (?:[\w-]+ ){{0,3}}?victims (?:[\w-]+ ){{0,3}}?(?:in total|altogether|combined)\b"
    # "..., resulting in a total of 44 victims identified", "for a total of 44 victims", "bringing the total to 45"
    rf"|\b(?:a total of|the total to) (?P<k>{NUMBER}) (?:[\w-]+ ){{0,3}}?victims\b{_OF_ONGOING_CASES}",
    IGNORECASE,
)


#: A later sentence whose subject, another body, "also" counts the stage: "The DGSN also referred two child trafficking
#: victims to a youth and sports center" (batch 33's algeria-2019).
_ALSO_STAGE = rc.lazy(
    # (not the same subject again: "It also referred", "The government also referred")
    r"^(?!(?:It|They|He|She|(?:The )?[Gg]overnment|(?:The )?[Aa]uthorities|Officials)\b)(?:[\w-]+,? ){0,4}?(?:the )?"
    r"(?:[A-Z][\w’'-]*\s+){0,5}?(?:\((?-i:[A-Z]{2,})\)\s+|(?-i:[A-Z]{2,})\s+)?"
    r"also\s+(?P<verb>identif|referr|assist)\w*\s+(?:an? |another |\d|[a-z]+\s+(?:[\w-]+\s+){0,4}?victims\b)",
)


#: The subject of an "also" sentence (:data:`_ALSO_STAGE`), past a lead of its time: "In 2020, police also identified".
_ALSO_SUBJECT = rc.lazy(r"^(?:(?:In|During|By) [^,]{2,40}, )?(?:[Tt]he )?(?P<who>.+?),?\s+also\s+$")


def _other_body_later(ctx: Context, indicator: str, own: str | None = None) -> bool:
    """A later sentence of the paragraph has another body "also" count the same stage, and no total of the stage is
    stated: each body's count is its share ("the National Gendarmerie referred eight victims to an NGO for care ... The
    DGSN also referred two child trafficking victims ..."; batch 33: neither is the government's count). The same body
    ``own`` counting again is no other body ("In 2020, police identified 197 trafficking victims ... In 2020, police
    also identified 786 victims of commercial sexual exploitation": its second count, the first its year's; batch 191,
    france-2022)."""
    para = ctx.sent.para
    if para is None or ctx.text not in para.texts:
        return False
    later = para.texts[para.texts.index(ctx.text) + 1 :]
    for text in later:
        if (m := _ALSO_STAGE.match(text)) is None or stage_indicator(m.group("verb")) != indicator:
            continue
        who = _ALSO_SUBJECT.match(text[: m.start("verb")]) if own else None
        if who and (share_name(who.group("who"), body=True) or "").lower() == own.lower():
            continue
        return True
    return False


#: A comparison that opens another year's figure with "when" ("compared to the previous reporting period when the MOI
#: identified 134 victims", "a decrease from 2019, when police identified 52"): the figure after it is that year's.
_COMPARED_WHEN = rc.lazy(
    r"\b(?:compared (?:to|with)|(?:an? )?(?:increase|decrease|rise|drop|decline) (?:from|over|on)|up from|down from|"
    r"than (?:in|during))\b[^.;\d]{0,80}?\bwhen\b[^.;\d]*$",
    IGNORECASE,
)


def _own_series_compared(ctx: Context, out: Rows, indicator: str, year: int | None, agency: re.Match, s: int) -> bool:
    """ "Between April 2017 and January 2018, the MOI reported it identified 285 trafficking victims. This demonstrated
    an increase ... compared to the previous reporting period when the MOI identified 134 victims": another year's
    figure of the same agency whose count of the year is the whole (unqualified, no other agency's share beside it) is
    that agency's whole count of its year too, no share of the larger figure of another year (fixo, tunisia-2018)."""
    if not _COMPARED_WHEN.search(ctx.text, 0, s):
        return False
    name = _agency_name(agency)
    rows = [r for r in [*out.rows, *ctx.prev_rows] if r.indicator == indicator and r.value is not None]
    if any((r.qualifier or "").startswith("by ") for r in rows):
        return False
    return any(r.is_whole and r.year is not None and r.year != year
               and re.search(rf"\b{re.escape(name)}\b", r.quote[: r.pos], IGNORECASE) is not None
               for r in rows)


def _total_later(ctx: Context, value: float, after: int | None = None) -> bool:
    """A later sentence of the paragraph, or the sentence after ``after``, states a total larger than ``value``
    ("Therefore, in total, the government identified 44 victims", "..., resulting in a total of 44 victims
    identified"): each body's count before it is its share."""
    para = ctx.sent.para
    later = [ctx.text[after:]] if after is not None else []
    if para is not None and ctx.text in para.texts:
        later += para.texts[para.texts.index(ctx.text) + 1 :]
    return any(parse_count(m.group("n") or m.group("m") or m.group("k"))[0] > value
               for text in later for m in _IN_TOTAL.finditer(text))


def body_of_later_total(ctx: Context, row: Row, base: Row) -> str | None:
    """The body a compared figure is the share of: "RCMP officers identified 58 victims in 2022, compared with 63
    victims in 2021", where a later sentence of the paragraph names the compared year and a total larger than the
    figure ("data from 2021, showing that federal, provincial, and municipal police identified a total of 382 victims"):
    the body's count of that year beside that year's total is its share, `by <body>` (the lead's rule; residue25,
    canada-2023), though the base figure, its year's only count, stays the year's. None otherwise."""
    para = ctx.sent.para
    if row.year is None or row.value is None or para is None or ctx.text not in para.texts:
        return None
    before = ctx.text[: base.pos]
    if (officers := _ACRONYM_OFFICERS.match(before)) is not None:
        name = officers.group("ag")
    elif (body := _body().search(before)) is not None:
        name = _body_name(body)
    else:
        return None
    year = str(row.year)
    later = para.texts[para.texts.index(ctx.text) + 1 :]
    if any(year in text and any(parse_count(m.group("n") or m.group("m") or m.group("k"))[0] > row.value
                                for m in _IN_TOTAL.finditer(text)) for text in later):
        return name
    return None


def _total_over_shares(ctx: Context, out: Rows, indicator: str, value: float, year: int | None, s: int) -> bool:
    """The figure is "a total of" more than the year's shares given before it sum to, and no larger count of the year
    stands beside them: the year's total of all the bodies it names ("federal, provincial, and municipal police
    identified a total of 382 victims" after RCMP's 63 of that year), no share of its own (residue25, canada-2023)."""
    if year is None or not _A_TOTAL_OF.search(ctx.text, max(0, s - 12), s):
        return False
    rows = [r for r in [*out.rows, *ctx.prev_rows] if r.indicator == indicator and r.year == year
            and r.value is not None]
    shares = [r.value for r in rows if (r.qualifier or "").startswith("by ")
              and r.qualifier != "by NGOs or international organizations"]
    return (bool(shares) and value > sum(shares)
            and not any(r.qualifier is None and not r.is_breakdown and r.value >= value for r in rows))


#: "a total of" right before a figure.
_A_TOTAL_OF = rc.lazy(r"\ba total of $", IGNORECASE)
#: A sentence whose subject is a body's officers named by its acronym: "RCMP officers identified".
_ACRONYM_OFFICERS = rc.lazy(r"^(?:The )?(?P<ag>[A-Z]{2,10}) (?:officers|officials|agents|investigators) "
                            r"(?:\w+ly )?(?:identified|referred|assisted) $")


#: "The total number of victims identified, 425, was ...", "The total number of identified victims was 425": the
#: year's total, stated after its shares.
_TOTAL_NUMBER = rc.lazy(
    rf"\bthe (?:combined |overall )?total (?:number )?of (?:identified )?victims(?: identified)?,? (?:was |of )?"
    rf"(?P<n>{NUMBER})\b",
    IGNORECASE,
)
#: "Of the 45 total victims identified, 25 ...": the year's total restated as such at the head of its parts; "total"
#: may follow the noun ("Of the 67 victims total, at least 23 were children"; batch 105, nicaragua-2015).
_TOTAL_RESTATED = rc.lazy(
    rf"\b(?:Of|Among) the (?:(?P<n>{NUMBER}) total|total (?:of )?(?P<t>{NUMBER})) (?:number of )?"
    rf"(?:identified |trafficking |(?:{{POTENTIAL}}) )*victims\b"
    rf"|\b(?:Of|Among) the (?P<v>{NUMBER}) (?:identified |trafficking |(?:{{POTENTIAL}}) )*victims (?:in )?total\b",
    IGNORECASE,
)
#: "... and NGOs identified an additional 333 victims": another actor's count beside the figure, the sentence's last
#: (its noun may be left out: "and NGOs identified an additional seven.")
_ADDITIONAL_COUNT = rc.lazy(rf"\b(?:an additional|another|a further) (?P<n>{NUMBER})\b(?:(?: [\w-]+){{0,3}}? victims\b"
                            rf"|(?=[.;,]|$))", IGNORECASE)


#: "bringing the total to 42 victims", "for a total of 42 victims": the sum its sentence states after the counts
_SUM_AFTER = rc.lazy(rf"\b(?:bringing the total to|for a total of|resulting in a total of) (?P<n>{NUMBER})"
                     rf"(?: (?:[\w-]+ ){{0,2}}?victims)?\b", IGNORECASE)


def _share_of_sum_after(ctx: Context, value: float, after: int) -> bool:
    """An additional count after the figure and a total after both, in its own sentence, the figure and the additional
    count adding up to the total: the figure is one actor's share of it."""
    total = next(_SUM_AFTER.finditer(ctx.text, after), None)
    if total is None:
        return False
    additional = [m for m in _ADDITIONAL_COUNT.finditer(ctx.text, after, total.start())]
    return any(value + parse_count(m.group("n"))[0] == parse_count(total.group("n"))[0] for m in additional)


def _share_of_later_sum(ctx: Context, value: float, after: int) -> bool:
    """A figure and an additional count after it in its sentence add up to the total a later sentence of the paragraph
    states: the figure is one actor's share of that total."""
    para = ctx.sent.para
    if para is None or ctx.text not in para.texts:
        return False
    later = para.texts[para.texts.index(ctx.text) + 1 :]
    # the additional count in the figure's sentence, or in the next one: "In 2016, the government identified 32
    # victims (25 in 2015). NGOs identified an additional 13 victims. Of the 45 total victims identified, ..."
    additional = [*_ADDITIONAL_COUNT.finditer(ctx.text, after),
                  *(_ADDITIONAL_COUNT.finditer(later[0]) if later else [])]
    if not additional:
        return False  # found first: the later sentences' totals cost a scan of the paragraph's rest per figure
    totals = {parse_count(m.group("n"))[0] for text in later for m in _TOTAL_NUMBER.finditer(text)}
    totals |= {parse_count(m.group("n") or m.group("m") or m.group("k"))[0] for text in later
               for m in _IN_TOTAL.finditer(text)}  # "In total, 70 victims were identified"
    totals |= {parse_count(m.group("n") or m.group("t") or m.group("v"))[0] for text in later
               for m in _TOTAL_RESTATED.finditer(text)}
    return any(value + parse_count(m.group("n"))[0] in totals for m in additional)


#: A referral told by who referred, to no care, ending its clause: "Three were referred by an international
#: organization." (residue21)
_REFERRED_BY_NGO_ONLY = rc.lazy(
    r"\s+by\s+(?:(?:an?|one|two|several|some|local|various|the)\s+)?(?:NGOs?|civil society"
    r"(?:\s+organi[sz]ations?)?|international\s+organi[sz]ations?)\s*(?:[.;]|$)", IGNORECASE)
#: "..., and it referred two trafficking victims": the clause's subject is the sentence's.
_PRONOUN_SUBJECT = rc.lazy(r"\b(?:it|they)\s+(?:(?:also|\w+ly)\s+)*\w+(?:ed|ing)\s+(?:an? )?$")
#: A sentence whose subject is one agency, named with its acronym: "The Ministry of Social Welfare (MSWGCA) operated".
#: ... a relative clause between: "The Office of ... (OAPVD), which served victims of all crimes, reported".
_SENTENCE_AGENCY = rc.lazy(
    r"^(?:The |the )?(?-i:[A-Z])[^;()]{0,80}?\((?P<ag>[A-Z]{2,6})\)(?:, (?:which|that|who) [^,;()]{0,60},)?"
    r"\s+\w+(?:ed|s)\b"
)
#: The agency's own verb starts the sentence's first clause, right after its name (and relative clause).
_AFTER_AGENCY = rc.lazy(
    r"^(?:The |the )?(?-i:[A-Z])[^;()]{0,80}?\([A-Z]{2,6}\)(?:, (?:which|that|who) [^,;()]{0,60},)?\s+\w+(?:ed|s)\b"
    r"(?:\s+\w+(?:ed|ing))?\s+(?:[\w-]+\s+){0,3}?(?:to|for)?\s*[\w-]*$"
)


def _agency_name(m: re.Match) -> str:
    """The agency, units, actor or office an agency match names."""
    found = m.groupdict()
    if found.get("office"):
        return found["office"]
    actor = found.get("ag") or found.get("units") or found["actor"]
    return share_name(actor, body=True) or actor


#: The counts of law enforcement an agency's share of is read for ("by ISF", "by PROTEX").
_CASE_COUNTS = ("investigations", "prosecutions", "convictions")
#: The counts one agency's share of is read beside the year's: the stages, and the persons investigated ("The police
#: Brigade for the Protection of Minors (BPM) reported investigating cases involving 33 defendants" beside the
#: government's 19 suspects; residue21, haiti-2020)
_AGENCY_SHARED_COUNTS = (*_CASE_COUNTS, "suspects")
#: An office named in words as the subject: "the Office of the Prosecutor initiated", "the Ministry of Interior opened".
_OFFICE = rc.lazy(
    r"(?:^|[;,]\s+|\b[Tt]he\s+)(?P<office>(?-i:(?:Office|Ministry|Directorate|Department|Bureau|Agency|Service|Unit)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]*(?: (?:and |of |for |the )*[A-Z][\w’'-]*)*)))"
    r"(?: \([A-Z]{2,6}\))?\s+(?:(?:also|reportedly|\w+ly)\s+)*\w+(?:ed|ing)\s+(?:an? )?(?:[\w-]+ ){0,2}$"
)
#: "The 212 investigations in total", "a total of 212": a total stated after the agencies' counts
_TOTAL_AFTER = rc.lazy(
    rf"\b(?P<n>{NUMBER}) (?:[\w-]+ ){{0,3}}?(?:in total|combined|altogether)\b"
    rf"|\b(?:a total of|in total,?) (?P<m>{NUMBER})",
    IGNORECASE,
)


#: A lead restating a total of cases: "Of these,", "Of the 23 potential cases,".
_RESTATED_CASES_LEAD = rc.lazy(
    rf"^(?:Of|Among) (?:these|those|them|the (?P<n>{NUMBER})(?: [\w-]+){{0,3}}? cases)\b,?\s*", IGNORECASE
)
#: The sentence's subject again by its pronoun, with its verb: "it investigated", "they prosecuted".
_SAME_SUBJECT_VERB = rc.lazy(r"(?:it|they|the government|authorities) (?:also )?(?P<v>\w+ed)\s+(?:[\w-]+\s+)?$",
                             IGNORECASE)
#: The form a count of cases names: "three cases of forced child begging", "20 potential child trafficking cases".
_CASES_FORM = rc.lazy(
    r"^\S+ (?:(?:potential|suspected|alleged|possible|new) )*(?:cases? of (?P<of>(?:forced |child |sex |labou?r |"
    r"domestic )*(?:trafficking|begging|labou?r|servitude|exploitation))\b|(?P<adj>(?:forced |child |sex |labou?r |"
    r"domestic )*(?:trafficking|begging|labou?r|servitude)) cases?\b)",
    IGNORECASE,
)


def _cases_form(words: str) -> str | None:
    """The form a count of cases names in its words, from its figure on ("three cases of forced child begging" ->
    `forced child begging`); None for trafficking alone ("20 trafficking cases")."""
    m = _CASES_FORM.match(words)
    form = m and (m.group("of") or m.group("adj"))
    return form.lower() if form and form.lower() != "trafficking" else None


def _own_form(words: str) -> str | None:
    """The one form a count names between its figure and its noun ("39 sex trafficking cases")."""
    named = {f.lower().replace("labour", "labor") for f in rc.findall(rf"\b(?:{fragments()['FORMS']})\b", words,
                                                                     re.IGNORECASE)}
    return named.pop() if len(named) == 1 else None


def _sibling_form(ctx: Context, out: Rows, made: list[Row], indicator: str, words: str, value: float,
                  year: int | None) -> str | None:
    """The form a count names in its own words ("21 suspected labor trafficking cases") when the document gave the
    year's total of the indicator and, just before, a part of it of another form: the count is that total's part."""
    form = _own_form(words)
    if form is None:
        return None
    rows = [*ctx.prev_rows, *made]
    total = any(r.indicator == indicator and r.year == year and r.is_whole and r.value > value for r in out.rows)
    sibling = any(r.indicator == indicator and r.year == year and r.is_breakdown and r.qualifier
                  and r.qualifier != form and rc.fullmatch(fragments()["FORMS"], r.qualifier, re.IGNORECASE)
                  for r in rows)
    return form if total and sibling else None


def _named_agency(before: str) -> re.Match | None:
    """An agency named as the subject of a law-enforcement count: by its acronym ("(ISF) investigated", "DGS
    investigated") or in words ("the Office of the Prosecutor initiated"); courts, prosecutors and law enforcement,
    the ordinary subjects of these counts, name no agency's share."""
    m = _agency().search(before)
    if m and m.group("ag"):
        return m
    return _OFFICE.search(before) or _NAMED_SUBJECT.search(before)


#: An agency named as the subject by its short name in brackets, in any case and with "reported" before its own verb
#: ("(ICE) reported opening", "(DoD) reported investigating"), or the units of a named body ("DOJ’s ECM taskforces
#: initiated"): the subject of a law-enforcement count (residue13).
_NAMED_SUBJECT = rc.lazy(
    r"(?:\((?P<ag>[A-Z][A-Za-z]{0,8}[A-Z])\)|(?:^|[,;]\s+|\band\s+)(?:[A-Z]{2,10}(?:’s|'s)\s+)?"
    r"(?P<units>[A-Z]{2,10}\s+(?:task\s?forces|units|teams)))"
    r"\s+(?:(?:also|formally|\w+ly)\s+)*(?:reported\s+)?\w+(?:ed|ing)\s+(?:an? )?"
    # (the persons of the cases it investigated: "(BPM) reported investigating cases involving 33 defendants";
    # residue21, haiti-2020)
    r"(?:(?:trafficking\s+)?cases\s+(?:involving|against)\s+)?$"
)
#: The words of a count of each stage an agency's share is read for.
_STAGE_NOUNS = {"investigations": r"investigat\w*", "prosecutions": r"prosecut\w*|indict\w*",
                "convictions": r"convict\w*", "suspects": r"suspects?|defendants?"}
#: A count the text sets apart from the ones before it: "Separately, the Special Structure ... (SPAK) initiated".
_SEPARATELY = rc.lazy(r"^(?:Separately|In a separate|Apart from)\b", IGNORECASE)
#: A sentence that opens by restating figures told before: "Of the four investigations, ...".
_OF_RESTATED = rc.lazy(r"^(?:Of|Among) (?:the|these|those)\b", IGNORECASE)
_A_FIGURE = rc.lazy(rf"\b{NUMBER}\b")


#: Agencies named by their short names in brackets, then their counts of one stage in the same order, "respectively":
#: "The Anti-Human Trafficking Unit (AHTU) of the Ghana Police Service (GPS) and the Economic and Organized Crime Office
#: (EOCO) investigated 41 and 12 suspected trafficking cases, respectively" (audit12's ghana-2018-prosecution).
_RESPECTIVE_AGENCIES = rc.lazy(
    rf"(?P<subj>[^.;]*\([A-Z][A-Za-z]{{0,8}}[A-Z]\)[^.;]*?\([A-Z][A-Za-z]{{0,8}}[A-Z]\))\s+(?:(?:also|\w+ly)\s+)*"
    rf"(?:reported\s+)?\w+(?:ed|ing)\s+(?P<list>{NUMBER}(?:,\s+{NUMBER})*,?\s+and\s+{NUMBER})\b[^.;]{{0,80}}?,?\s+"
    r"respectively\b")
#: Where the subject's list of agencies splits: "and" or a comma before "the" or a short name ("... (AHTU) of the
#: Ghana Police Service (GPS) and the Economic and Organized Crime Office (EOCO)": one agency's name keeps its words).
_AGENCY_LIST_SPLIT = rc.lazy(r",?\s+and\s+(?=the\s|[A-Z]{2,10}\b)|,\s+(?=the\s|[A-Z]{2,10}\b)")
_SHORT_NAME = rc.lazy(r"\(([A-Z][A-Za-z]{0,8}[A-Z])\)")


#: The agency a figure's stage is told of right after its verb, by its short name: "86 cases investigated by the AHTU".
_BY_SHORT_NAME = rc.lazy(r"\s+by\s+(?:the\s+)?(?P<ag>(?-i:[A-Z][A-Za-z]{0,8}[A-Z]))\b")


def respective_agency(ctx: Context, end: int) -> str | None:
    """The agency whose count is the figure ending at ``end`` in a list of agencies' counts given "respectively"
    (``_RESPECTIVE_AGENCIES``): the agency in the same place of the subject's list, by its short name; None when the
    figure is in no such list or the lists differ in length."""
    return next((name for name, at, _ in respective_counts(ctx.text) if at == end), None)


def respective_counts(text: str) -> list[tuple[str, int, float | None]]:
    """Each agency's count in the lists of agencies' counts given "respectively" (``_RESPECTIVE_AGENCIES``) of
    ``text``: its short name, where its figure ends and its value (the lists whose lengths differ give none)."""
    if "respectively" not in text or text.count("(") < 2:
        return []
    found = []
    for m in _RESPECTIVE_AGENCIES.finditer(text):
        figures = list(rc.finditer(rf"\b{NUMBER}\b", m.group("list")))
        names = [n.group(1) for part in _AGENCY_LIST_SPLIT.split(m.group("subj"))
                 for n in [_SHORT_NAME.search(part)] if n]
        if len(names) == len(figures):
            found += [(name, m.start("list") + f.end(), parse_count(f.group())[0])
                      for name, f in zip(names, figures, strict=True)]
    return found


def named_agency_share(ctx: Context, out: Rows, indicator: str, value: float, year: int | None, before: str,
                       end: int) -> str | None:
    """``by <agency>`` for a law-enforcement count whose subject is a named agency (``_named_agency``) when the text
    gives a total of the stage, another agency's share before it, or another agency's count of the stage after it
    (``_other_agency_follows``); None otherwise (one agency's count alone is the year's count)."""
    if indicator in _CASE_COUNTS and (listed := respective_agency(ctx, end)):
        return f"by {listed}"  # "(AHTU) ... and the ... (EOCO) investigated 41 and 12 ..., respectively" (audit12)
    if indicator not in _CASE_COUNTS or not (agency := _named_agency(before)):
        return None
    if (_agency_share(ctx, out, indicator, value, year) or _total_follows(ctx, value)
            or _other_agency_follows(ctx, indicator, end, _agency_name(agency))):
        return f"by {_agency_name(agency)}"
    return None


def _other_agency_follows(ctx: Context, indicator: str, end: int, own: str | None = None) -> bool:
    """Another named agency counts the same stage after the figure ending at ``end``, in its sentence or the
    paragraph's next two: "(ICE) reported opening 987 investigations ... The Federal Bureau of Investigation (FBI)
    formally opened 835 human trafficking investigations": several agencies' counts of one stage with no total of the
    year stated are each the agency's share, none the year's total (the lead's ruling, residue13). A count the text
    sets apart ("Separately, ... (SPAK) initiated two new investigations") or of another stage ("(GPO) prosecuted 54
    cases" after the police's investigations) leaves one agency's count the year's (albania-2023)."""
    texts = [ctx.text[end:]]
    para = ctx.sent.para
    if para is not None and ctx.text in para.texts:
        at = para.texts.index(ctx.text)
        texts += para.texts[at + 1 : at + 3]
    noun = _STAGE_NOUNS[indicator]
    for text in texts:
        if text is not texts[0] and _SEPARATELY.match(text):
            break  # (the sentences after a separate count go on about it)
        if text is not texts[0] and _OF_RESTATED.match(text):
            continue  # "Of the four investigations, SPAK referred one to court": what became of cases counted before
        for f in _A_FIGURE.finditer(text):
            if (rc.search(rf"\b(?:{noun})", text[max(0, f.start() - 25) : f.end() + 60], re.IGNORECASE)
                    and (other := _named_agency(text[: f.start()])) and _agency_name(other) != own):
                return True
    return False


#: Prosecutors as the subject of the investigations they opened: "Prosecutors initiated 79 investigations", "; the
#: prosecutor's office opened 40". (Prosecutors who "investigated" or "prosecuted" are the ordinary subject of a count.)
_PROSECUTORS_OPENED = rc.lazy(
    r"(?:^|[;,]\s+)(?:(?:In|During) [^,]{2,30}, )?(?:the\s+)?(?:[\w-]+\s+)?prosecutor(?:s|’s|'s)?(?:\s+offices?)?\s+"
    r"(?:(?:also|\w+ly)\s+)*(?:initiated|opened|launched|started|registered)\s+(?:an? )?$",
    IGNORECASE,
)


def _police_count_before(ctx: Context, indicator: str, value: float, year: int | None) -> bool:
    """The sentence before gave the year's count of the stage by its own subject (law enforcement, police): a count of
    another value the prosecutors' is beside."""
    return year is not None and any(
        r.indicator == indicator and r.year == year and r.value is not None and r.value != value
        and not r.is_breakdown and not (r.qualifier or "").startswith("by ") for r in ctx.prev_rows)


def _total_follows(ctx: Context, value: float) -> bool:
    """The paragraph's next sentences (two at most) state a total larger than ``value``: "(ISF) investigated 45
    cases ... DGS investigated 167 ... The 212 investigations in total": each agency's count is its share."""
    para = ctx.sent.para
    if para is None or ctx.text not in para.texts:
        return False
    at = para.texts.index(ctx.text)
    for text in (ctx.text, *para.texts[at + 1 : at + 3]):
        for m in _TOTAL_AFTER.finditer(text):
            total, _ = parse_count(m.group("n") or m.group("m"))
            if total is not None and total > value:
                return True
    return False


#: The stage a restated total names ("Of the 439 potential victims identified") and each count's own stem.
_STAGE_WORDS = rc.lazy(r"\b(?:identif|referr|assist|serv|shelter|prosecut|convict|investigat)\w*", IGNORECASE)
_STAGE_OF = {"victims_identified": "identif", "victims_referred": "referr", "victims_assisted": "assist"}


#: "Of the 611, ...", "Of the 439 ... identified, ...": a figure restated, with the words after it
_RESTATED_WORDS = rc.lazy(rf"^(?:Of|Among) the {NUMBER}\b(?P<words>[^,;]*)", IGNORECASE)


#: "Of these 46 victims, ...", "Among the 46 identified victims, ...": the sentence restates a total it breaks down
_RESTATED_TOTAL = rc.lazy(rf"^(?:Of|Among) (?:the|these|those) (?P<n>{NUMBER})\b[^,;]*,", IGNORECASE)


def _form_of_restated(ctx: Context, out: Rows, indicator: str, m: re.Match, value: float) -> str | None:
    """The form a count names in its own words ("31 female sex trafficking victims") in a sentence that opens by
    restating a larger total of an earlier sentence: the count is a part of that total."""
    restated = _RESTATED_TOTAL.match(ctx.text)
    if not restated or m.start("n") < restated.end():
        return None
    total = parse_count(restated.group("n"))[0]
    if total <= value or not any(r.indicator == indicator and r.value == total and r.qualifier is None
                                 and r.sentence_id != ctx.sent.id for r in out.rows):
        return None
    form = rc.search(rf"\b(?:{fragments()['FORMS']})\b", m.group()[m.end("n") - m.start() :], IGNORECASE)
    return part_qualifier(form.group()) if form else None


#: "all five victims", "all of the 12 victims": the figure is the whole of a total told before.
_ALL_OF = rc.lazy(r"\ball (?:of )?(?:the )?$", IGNORECASE)


def _agency_share(ctx: Context, out: Rows, indicator: str, value: float, year: int | None, *,
                  whole: bool = False) -> bool:
    """One agency's figure is a share (or that agency's own count, not the national total) when the document gives
    the total before it (a larger figure, or another figure of the same year) or another agency's share; ``whole``
    (the figure named as "all five victims"): the same year's total of the same figure too, all of it by the agency
    ("The government identified five victims ... Law enforcement officially recognized all five victims in 2018")."""
    restated = _RESTATED_WORDS.match(ctx.text)
    if restated:  # "Of the 611, the GPS identified 304": a share; "Of the 439 ... identified, SVET referred 170": not
        other = _STAGE_WORDS.search(restated.group("words"))
        return not (other and not other.group().lower().startswith(_STAGE_OF.get(indicator, "-")))
    return any(
        r.indicator == indicator and r.value is not None
        and ((r.qualifier is None and not r.is_breakdown and (r.value > value or (r.year == year and r.value != value)
                                                               or (whole and r.year == year and r.value == value)))
             or (r.qualifier or "").startswith("by "))
        for r in [*out.rows, *ctx.prev_rows]
    )


def _mark_channel_parts(made: list[Row], prev_rows: list[Row]) -> None:
    """ "through the hotline" is a part when the sentence or the one before gives a total for the indicator."""
    for row in made:
        if not (row.qualifier or "").startswith(("through ", "via ")):
            continue
        totals = [
            r for r in made + prev_rows
            if r.indicator == row.indicator and r.qualifier is None and r.value is not None
            and not r.is_breakdown and r is not row and r.year == row.year
        ]
        if totals:
            row.flags.add("breakdown")


#: The rules that read one case or one trafficker spelled "a" ("prosecuted a forced labor case", extract_rules.yml).
_SPELLED_A = ("investigations.a-case", "prosecutions.a-case", "prosecutions.a-trafficker", "convictions.a-trafficker",
              "convictions.a-conviction")


def drop_spelled_examples(out: Rows) -> None:
    """ "Authorities prosecuted nine cases ... Notably in 2017, authorities investigated and prosecuted a case of a gang
    member ...": one case spelled "a" beside the count of its stage, year and unit another sentence gives (more than
    one) is an example of those, no count of its own (residue6, el-salvador-2018)."""
    for row in [r for r in out.rows if r.rule in _SPELLED_A and r.value == 1 and not r.qualifier]:
        if larger_total(out, row.indicator, row.value, row.year, row.sentence_id, same_year=True, unit=row.unit):
            out.rows.remove(row)


#: Victims named by a status they held, right after their figure: "identified four victims who held status as claimants
#: under the government's process ...", "two victims who had refugee status".
_STATUS_HELD = rc.lazy(
    r"\S+ (?:(?:trafficking|identified) )*victims,? (?:who|that) (?:held|had|have|has|hold|were granted|had been "
    r"granted) (?:the |a )?(?:[\w-]+ )?status\b",
    IGNORECASE)


def drop_status_groups(out: Rows) -> None:
    """ "In addition, authorities identified four victims who held status as claimants under the government's process
    used to evaluate non-refoulement claims" beside the year's 29 another sentence gave: the victims of a status no
    vocabulary files are a group of the year's identified whose place in the total the text does not give (among them,
    or more?), no second count and no part (residue11, batch 31's hong-kong-2019). With no larger count of the year
    beside them they stay the year's count."""
    for row in [r for r in out.rows if r.indicator == "victims_identified" and r.is_whole]:
        if not _STATUS_HELD.match(row.quote, row.pos):  # (match at pos: the pattern has no "^", which pos never meets)
            continue
        if larger_total(out, row.indicator, row.value, row.year, row.sentence_id, same_year=True, unit=row.unit):
            out.rows.remove(row)


#: The reading of victims assisted that the text calls "newly identified" as the year's identification.
_NEWLY_IDENTIFIED_ASSISTED = "victims_identified.newly-identified-assisted"


def drop_newly_identified_assisted(out: Rows) -> None:
    """ "assisted 83 newly identified victims" is the year's identification too (one figure of two stages) only where
    the text counts that identification nowhere else: beside "the government identified 120 victims" of the same year
    the assisted ones are a share of them, no identification count of their own (residue11, batch 76's uruguay-2020)."""
    for row in [r for r in out.rows if r.rule == _NEWLY_IDENTIFIED_ASSISTED]:
        if any(r is not row and r.indicator == row.indicator and r.year == row.year and r.rule != row.rule
               and r.value is not None for r in out.rows):
            out.rows.remove(row)


#: The share rule whose figure names its whole by a pronoun: "identified 10 of these preliminary victims".
_OF_THEM_SHARE = "victims_identified.of-them"


def drop_potential_subparts(out: Rows) -> None:
    """ "there were 11 preliminary victims awaiting a ruling on their status; officials reported identifying 10 of these
    preliminary victims during an investigation into ...": a share of the year's potential count named by a pronoun,
    with no body of its own (no `by <body>`), is a part of that count with no group or finder the table files, no count
    of its own (residue11, panama-2023; the README's "Groups of the potential count ... stay parts of a part"). A body's
    share keeps its `by <body>`, and a share with no larger potential count of its year stays a count."""
    for row in [r for r in out.rows if r.rule == _OF_THEM_SHARE and r.qualifier == "potential"
                and r.value is not None]:
        if any(r is not row and r.indicator == row.indicator and r.year == row.year and r.qualifier == "potential"
               and r.value is not None and r.value > row.value for r in out.rows):
            out.rows.remove(row)


#: The head of a sentence that tells the confirmed share of a potential count told before: "Of the 46 potential
#: victims, authorities confirmed five as trafficking victims" (batch 109, iceland-2022).
_OF_THE_POTENTIAL = rc.lazy(
    rf"^(?:Of|Among) (?:the|these|those) (?P<n>{NUMBER}) (?:{{POTENTIAL}}) (?:trafficking )?victims\b", IGNORECASE)
#: ... and the kind named right after the earlier count's figure ("46 potential trafficking victims").
_POTENTIAL_NEXT = rc.lazy(r"\s+(?:{POTENTIAL})\b", IGNORECASE)
#: The rule that reads a confirmed count "confirmed five as trafficking victims".
_CONFIRMED_AS = "victims_identified.confirmed-as"


def potential_of_confirmed(out: Rows) -> None:
    """ "The government identified 46 potential trafficking victims, a significant increase from nine potential
    trafficking victims in 2020. ... Of the 46 potential victims, authorities confirmed five as trafficking victims":
    the confirmed ones are the year's count and the potential victims the second count beside them (`potential`, the
    corpus README), so the count read first as the year's only one, unqualified, and the figures its sentence compared
    with it, are `potential`; a group of the potential count told between them ("authorities identified three potential
    victims younger than 15") is a part of a part, no row (batch 109, iceland-2022)."""
    from tipbrief.indicators.numbers import parse_number

    for row in [r for r in out.rows if r.rule == _CONFIRMED_AS and r.value is not None and r.qualifier is None]:
        head = _OF_THE_POTENTIAL.match(row.quote)
        if head is None or head.end() > row.pos:
            continue
        n = parse_number(head.group("n"))
        here = out.rows.index(row)
        earlier = [r for r in out.rows[:here] if r.indicator == row.indicator and r.year == row.year
                   and r.value == n and r.qualifier is None and r.is_whole and r.sentence_id != row.sentence_id
                   and _POTENTIAL_NEXT.match(r.quote, r.pos + len(r.number_text))]
        if not earlier or n <= row.value:
            continue
        base = earlier[-1]
        start = out.rows.index(base)
        for r in out.rows[start:here]:
            if r.sentence_id == base.sentence_id and r.indicator == base.indicator and r.qualifier is None and (
                    r is base or (r.rule == "comparison" and r.year != base.year)):
                r.qualifier = "potential"
        for r in [r for r in out.rows[start:here] if r.sentence_id not in (base.sentence_id, row.sentence_id)
                  and r.indicator == base.indicator and r.year == base.year and r.qualifier == "potential"
                  and r.value is not None and r.value < n and not r.is_breakdown]:
            out.rows.remove(r)


#: The rules that read confirmed victims told by two forms: "authorities confirmed eight forced labor victims and one
#: sex trafficking victim" (residue28, belize-2019).
_CONFIRMED_FORMS = ("victims_identified.confirmed-forms", "victims_identified.confirmed-forms-second")


def potential_before_confirmed_forms(out: Rows) -> None:
    """ "Authorities identified 17 potential victims in 2018—at least 12 foreign nationals and three Belizeans; ...—
    compared to 17 potential victims in 2017 and 12 potential victims in 2016. In 2018, authorities confirmed eight
    forced labor victims and one sex trafficking victim": the confirmed victims, given by their forms with no total, are
    the year's count, and the earlier count of fewer-named potential victims (more than the confirmed ones) the second
    count beside them, `potential`, with the figures its sentence compared with it (the corpus README, as
    :func:`potential_of_confirmed` files iceland-2022); the groups of the potential count in its sentence are parts of
    a part, no rows (the README; residue28, belize-2019). Code, not a pattern: the kind is only known once the later
    sentence is read."""
    for row in [r for r in out.rows if r.rule == _CONFIRMED_FORMS[0] and r.value is not None]:
        parts = [r for r in out.rows if r.rule in _CONFIRMED_FORMS and r.sentence_id == row.sentence_id
                 and r.year == row.year and r.value is not None]
        total = sum(r.value for r in parts)
        here = out.rows.index(row)
        earlier = [r for r in out.rows[:here] if r.indicator == row.indicator and r.year == row.year
                   and r.qualifier is None and r.is_whole and r.sentence_id != row.sentence_id
                   and r.value is not None and r.value > total
                   and _POTENTIAL_NEXT.match(r.quote, r.pos + len(r.number_text))]
        if not earlier:
            continue
        base = earlier[-1]
        start = out.rows.index(base)
        for r in [r for r in out.rows[start:here] if r.sentence_id == base.sentence_id
                  and r.indicator == base.indicator]:
            if r.qualifier is None and (r is base or (r.rule == "comparison" and r.year != base.year)):
                r.qualifier = "potential"
            elif r.is_breakdown and r.year == base.year:
                out.rows.remove(r)


#: The subject a figure's count is told of, right before its verb: "In 2022, Agenzjja Appogg initially identified".
_NAMED_SUBJECT_BEFORE = rc.lazy(
    r"(?:^|[,;]\s+)(?:(?:In|During) [^,]{1,40}, )?(?P<name>(?-i:(?!(?:The|In|During|It|They)\b)[A-Z][\w’'-]+"
    r"(?: [A-Z][\w’'-]+){0,4}))\s+(?:\w+ly\s+)?identified\s+$")


def shares_of_joint_total(out: Rows) -> None:
    """ "Police and Agenzjja Appogg ... identified 14 foreign trafficking victims in 2022 ... In 2022, Agenzjja Appogg
    initially identified nine potential victims, while the police initially identified five victims": two identifiers
    the year's total named together, each counting in one sentence, the figures summing to that total: each is its
    share (`by <body>`, the corpus README), the first though its words name its victims potential (no second count
    beside the total, which it makes up; residue28, malta-2023, whose hand file says so). The police's share is read
    as any body's; the other, named by a proper name the body vocabulary does not know, is filed here, only where the
    total's sentence names it too. Code, not a pattern: the sum is known only once both figures are read."""
    for row in [r for r in out.rows if r.indicator in _VICTIM_COUNTS and r.qualifier == "potential"
                and r.value is not None and r.year is not None and r.pos]:
        subject = _NAMED_SUBJECT_BEFORE.search(row.quote, 0, row.pos)
        if subject is None:
            continue
        name = subject.group("name")
        here = out.rows.index(row)
        siblings = [r for r in out.rows if r.sentence_id == row.sentence_id and r.indicator == row.indicator
                    and r.year == row.year and r.pos > row.pos and r.value is not None
                    and (r.qualifier or "").startswith("by ")
                    and r.qualifier != "by NGOs or international organizations"]
        if len(siblings) != 1:
            continue
        total = row.value + siblings[0].value
        if any(r.indicator == row.indicator and r.year == row.year and r.is_whole and r.value == total
               and r.sentence_id != row.sentence_id and name in r.quote[: r.pos] for r in out.rows[:here]):
            out.with_qualifier(row, f"by {name}", row.flags | {"breakdown"})


#: "registered 11 such victims": victims of the kind the sentence before names (victims_identified.9).
_SUCH_VICTIMS = rc.lazy(r"\s+such (?:[\w-]+ )?victims\b", IGNORECASE)


def drop_such_shares(out: Rows) -> None:
    """ "The government identified 99 victims. ... authorities noted a decreased number of sex trafficking victims
    exploited within Finland. Authorities registered 11 such victims in 2019 (18 in 2018)": victims "such" as a
    sentence before names are a group of the year's count an earlier sentence gave, a sub-part no indicator files
    (batch 165, finland-2020; finland-2021 leaves its "registered 11 as sex trafficking victims" out so); the figures of
    other years in its own bracket go with it. With no whole count of that year before it, the registered victims stay
    the year's count (batch 99's finland-2019)."""
    for row in [r for r in out.rows if r.rule == "victims_identified.9" and r.is_whole
                and _SUCH_VICTIMS.match(r.quote, r.pos + len(r.number_text))]:
        here = out.rows.index(row)
        if not any(r.indicator == row.indicator and r.year == row.year and r.is_whole
                   and r.sentence_id != row.sentence_id for r in out.rows[:here]):
            continue
        out.rows.remove(row)
        for r in [r for r in out.rows if r.sentence_id == row.sentence_id and r.indicator == row.indicator
                  and r.rule == "breakdown.bracket" and r.qualifier is None and r.year != row.year]:
            out.rows.remove(r)


#: "..., resulting in the identification of 85 child victims", "These efforts led to the identification of ...": the
#: victims something named before found (an operation, an investigation, efforts), the figure right after
_RESULTED_IN_IDENTIFICATION = rc.lazy(
    r"\b(?:result(?:ing|ed)? in|led to|leading to|lead to) the identification of (?:an additional |a further )?$",
    IGNORECASE)


def drop_means_shares(out: Rows) -> None:
    """ "The police and DSW jointly conducted enforcement operations in brothels ..., resulting in the identification of
    85 child victims in the previous reporting period" beside that year's 199 another sentence gave: the victims what
    the sentence names found are a share of the year's count by a means no indicator files, whose group would file
    beside the year's own groups; no count of its own (residue9, batch 41's zambia-2022; as croatia-2020's "These
    efforts led to the identification of ..."), nor a group's part of the year's (batch 83's group after
    "identification of", with no total in its sentence). The year's only count stays a count."""
    for row in [r for r in out.rows if r.indicator in _VICTIM_COUNTS and r.value is not None
                and (r.is_whole or r.rule == IDENTIFIED_GROUP)]:
        if not _RESULTED_IN_IDENTIFICATION.search(row.quote, 0, row.pos):
            continue
        if not row.is_whole and any(r.indicator == row.indicator and r.year == row.year and r.is_whole
                                    and r.sentence_id == row.sentence_id for r in out.rows):
            continue  # a group's part of a total its own sentence gives
        if larger_total(out, row.indicator, row.value, row.year, row.sentence_id, same_year=True, unit=row.unit):
            out.rows.remove(row)


#: The stages whose counts of one form, told in separate sentences, are parts of a year whose total is not stated.
_FORM_STAGES = ("investigations", "suspects", "prosecutions", "convictions")
#: The two forms a sentence may count alone ("425 sex trafficking investigations", "15 alleged labor traffickers").
_SENTENCE_FORMS = (("sex trafficking", rc.lazy(r"\bsex[- ]traffick(?:ing|ers?)\b", IGNORECASE)),
                   ("labor trafficking", rc.lazy(r"\blabou?r[- ]traffick(?:ing|ers?)\b", IGNORECASE)))
_FORM_NAMES = frozenset(form for form, _ in _SENTENCE_FORMS)
#: Where a figure's own words end: "425 sex trafficking investigations, compared with 491 in 2012".
_CLAUSE_END = rc.lazy(r"[,;()\u2014]|\bcompared\b")
#: A figure's own noun with no form before it: "compared with convictions of 10 traffickers in 2019".
_PLAIN_NOUN = rc.lazy(r"\s+(?:(?:alleged|suspected|potential|new|more|trafficking) )*"
                      r"(?:traffickers?|defendants?|cases?|investigations?|prosecutions?|convictions?|suspects?"
                      r"|persons?|people|individuals?|offenders?)\b", IGNORECASE)
#: A share that names its persons by a pronoun: "Fourteen of these offenders were convicted" (the form of the sentence
#: before).
_PRONOUN_SHARE = rc.lazy(r"^\W*[\w,-]+ of (?:these|those|them)\b", IGNORECASE)


def _sentence_form(quote: str) -> str | None:
    """The one form ``quote`` names (none where it names both or neither)."""
    named = [form for form, rx in _SENTENCE_FORMS if rx.search(quote)]
    return named[0] if len(named) == 1 else None


def forms_across_sentences(out: Rows) -> None:
    """ "authorities completed 425 sex trafficking investigations, compared with 491 in 2012. ... The government
    investigated 53 labor trafficking cases in 2013, compared with 11 in 2012": counts of one stage and year told in
    separate sentences, each naming one form and the forms different, are the parts of a year whose total is not stated
    (the corpus README), not two whole counts of it: each is filed under its sentence's form (batch 144's germany-2015).
    A share "N of these ..." with no form of its own takes the sentence before's; a count of the year whose sentence
    names no form, or both, leaves the year's counts as read."""
    sentence_form: dict[object, str | None] = {}
    for row in out.rows:
        if row.sentence_id not in sentence_form:
            sentence_form[row.sentence_id] = _sentence_form(row.quote)
    order = list(sentence_form)
    place = {sentence: i for i, sentence in enumerate(order)}
    forms: dict[int, str | None] = {}
    for row in out.rows:
        if row.indicator not in _FORM_STAGES:
            continue
        after = row.pos + len(row.number_text)
        end = m.start() if (m := _CLAUSE_END.search(row.quote, after)) else len(row.quote)
        own = row.quote[after:end]
        if (form := _sentence_form(own)) is None:
            if _PLAIN_NOUN.match(own):
                form = None  # "convicted 13 labor traffickers in 2020, ... compared with convictions of 10 traffickers
                # in 2019": the figure's own noun names no form (ghana-2021), unlike "compared with 491 in 2012"
            elif (form := sentence_form[row.sentence_id]) is None and _PRONOUN_SHARE.match(row.quote) and (
                    i := place[row.sentence_id]):
                form = sentence_form[order[i - 1]]
        forms[id(row)] = form
    groups: dict[tuple, list[Row]] = {}
    for row in out.rows:
        if row.indicator in _FORM_STAGES and row.value is not None and row.year is not None:
            groups.setdefault((row.indicator, row.unit, row.year), []).append(row)
    for group in groups.values():
        # (zeros left as read: a form's zero in another sentence leaves a count whole, form_beside_zero's convention)
        plain = [r for r in group if r.qualifier is None and r.value]
        # (a count the rules filed under its form already, "53 labor trafficking cases", is the other form's part)
        parts = [r for r in group if r.qualifier in _FORM_NAMES and r.value]
        named = {forms[id(r)] for r in plain} | {r.qualifier for r in parts}
        if not plain or len(named) < 2 or any(forms[id(r)] is None for r in plain):
            continue
        if len({r.sentence_id for r in [*plain, *parts]}) < 2:
            continue
        for row in plain:
            out.with_qualifier(row, forms[id(row)], row.flags | {"breakdown"})


def form_part_of_total_elsewhere(out: Rows) -> None:
    """ "Although authorities investigated four cases of potential labor trafficking in 2016, ... The government
    initiated eight trafficking investigations": a count whose own words name one form, beside a larger count of the
    same stage, year and unit that another sentence gives with its plain noun and no form, is that total's part, filed
    under its form (the corpus README: a form is a qualifier for a part of a total the text gives; residue29b,
    macau-2017). A count with no larger plain total of its year stays the year's whole count."""
    def own_words(row: Row) -> str:
        after = row.pos + len(row.number_text)
        end = m.start() if (m := _CLAUSE_END.search(row.quote, after)) else len(row.quote)
        return row.quote[after:end]

    plain = [r for r in out.rows if r.indicator in _FORM_STAGES and r.qualifier is None and r.value
             and r.year is not None and not r.is_breakdown]
    totals = [r for r in plain if _sentence_form(own_words(r)) is None and _PLAIN_NOUN.match(own_words(r))]
    for row in plain:
        if (form := _sentence_form(own_words(row))) is None:
            continue
        if any(t.indicator == row.indicator and t.unit == row.unit and t.year == row.year and t.value > row.value
               and t.sentence_id != row.sentence_id for t in totals):
            out.with_qualifier(row, form, row.flags | {"breakdown"})
