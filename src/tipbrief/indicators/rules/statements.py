"""Statements that are not plain counts: penalties, tiers, money, action plans, hotlines, treaties and laws."""

from __future__ import annotations

import itertools
import re
from functools import cache

from tipbrief.indicators.currencies import currency_code, dated_code, symbol_codes, word_pattern
from tipbrief.indicators.numbers import DATE_RE, NUMBER, YEAR_RE, Money, find_money, parse_number
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.context import (
    _RECORD_SINCE,
    ARTICLE,
    DENIED,
    HAS_NUMBER,
    IGNORECASE,
    LAW_NUM,
    STATUTE,
    Context,
    Row,
    Rows,
    compiled,
    fiscal_years,
    resolve_year,
    rules,
    vocabulary,
)
from tipbrief.indicators.rules.ruleset import ActionPlanRules
from tipbrief.indicators.rules.wordscan import entry

_LEGAL_HINT = rc.lazy(r"law|convention|protocol|\bact\b|code|statute|ordinance|decree|proclamation|\border\b",
                      IGNORECASE)
_CLAUSE_BREAK = rc.lazy(r"\band\b|\bbut\b|[;,]", IGNORECASE)


#: Victims who are women or children, one group of its own ("if the victim was a woman or child", "involving women and
#: children"): no group of children alone (afghanistan-2021); so are "adult female or child victims" (batch 55's
#: pakistan-2019/2020: the text's words, beside "an adult male victim" `adult victims`)
_WOMEN_OR_CHILDREN = r"(?:wom[ae]n|(?:adult )?females?) (?:or|and|and/or) (?:an? )?(?:child|minor|girl)"
#: Victims named by their age against 18: "persons aged 18 or older", "persons under 18" (audit6)
_AGE_18 = (r"(?:aged )?(?:18|eighteen) (?:years )?(?:(?:of age|old) )?(?:or|and) (?:older|over|above)"
           r"|over (?:the age of )?(?:18|eighteen)\b|under (?:the age of )?(?:18|eighteen)\b"
           # (or by an age and younger: "a victim who was 15 years old or younger", "children aged 14 or under";
           # batch 64's cameroon-2023: children, the group a condition before the term names)
           r"|(?:aged? )?\d{1,2} (?:years? )?(?:(?:of age|old) )?or (?:younger|under|less)\b")
#: The victims a penalty is for: "up to eight years' imprisonment for cases involving adult victims".
_PENALTY_GROUP = rc.lazy(
    rf"[^,;.\d]{{0,60}}?\b({_WOMEN_OR_CHILDREN}|child|minor|adult|{_AGE_18}|under (?:the )?age\b|younger than\b)",
    IGNORECASE,
)
#: The words after a penalty, its fine with them (decimal points too), up to the next penalty's "years".
_UNTIL_NEXT_PENALTY = r"(?:(?!\byears?\b)(?:[^.;]|(?<=\d)\.(?=\d)))*?"
#: "up to 25 years' imprisonment, a fine of up to $250,000, or both if the victim was an adult and up to 50 years'
#: ... if the victim was under age 18", "five to 10 years' imprisonment and a fine between 10,000 and 500,000 dirhams
#: ($950 and $47,710) for crimes involving adult victims": the victims named after the fine, before the next penalty.
_IF_VICTIM = rc.lazy(
    _UNTIL_NEXT_PENALTY +
    # ("..., or both for the trafficking of adults": the victims the trafficking is of, batch 32)
    # (or of the forms named: "for the sex trafficking and forced labor of children", batch 33)
    # (or named before the word trafficking: "and a fine of ... ($9,450-$18,900) for adult trafficking", batch 37)
    # (or of the exploitation named: "for the commercial sexual exploitation of an adult", and a condition after words
    # on the fine: "... with no option of a fine if the offense involved a child"; batch 43's eswatini-2021; not after
    # an increase: "which increased by one third ... if the crime involved a child victim" is the term's own group)
    r"\b(?:if the (?:victim|person) (?:was|is) |(?:with no |without (?:the |an? )?)(?:option of (?:a )?)?fine,? if the "
    r"(?:offen[cs]e|crime) involved |involving |against "
    # (or a condition right after the fine's amount in dollars: "... and a fine of at least 50 million CFA francs
    # ($86,490) if the offense involved an adult victim"; batch 90's equatorial-guinea-2020)
    r"|(?<=\) )if the (?:offen[cs]e|crime) involved "
    r"|for (?:the )?(?:commercial )?(?:sexual|labou?r) exploitation of |for (?:the )?trafficking (?:of|in) "
    r"|for (?=(?:adult|child|minor)s? (?:sex |labou?r )?trafficking\b)"
    r"|for (?:the )?(?:(?:sex |labou?r )?trafficking|forced labou?r)"
    r"(?: and (?:(?:sex |labou?r )?trafficking|forced labou?r))? of )(?:an? )?"
    r"(?:(?:individuals?|persons?|people|victims?|someone|anyone) (?:who (?:is|was|are|were) )?)?"
    rf"({_WOMEN_OR_CHILDREN}|adult|child|minor|{_AGE_18}|under (?:the )?age|younger than)",
    IGNORECASE,
)
#: A condition right after a term that names its victims first: "up to 15 years if the offense involved a minor or if
#: there were aggravating elements" (`child victims`, the corpus README's "the group a condition before it names";
#: batch 34, slovenia-2018).
_IF_INVOLVED = rc.lazy(
    r"(?:’|')?(?: of)?(?: imprisonment| in prison)?,?\s+if the (?:offen[cs]e|crime) involved (?:an? )?"
    r"(child|minor)", IGNORECASE)
#: A penalty for a victim's death, right after its term: "and 20 to 30 years' imprisonment if the victim who was forced
#: to fight died", "15 to 20 years' imprisonment for offenses resulting in the victim's death" (a group of its own, even
#: among aggravating factors; not "and the imposition of the death penalty if ..." after the term).
_VICTIM_DEATH = rc.lazy(
    r"(?:’|')?(?: of)?(?: imprisonment| in prison)?,?\s+(?:(?:for|in) (?:offen[cs]es|cases|crimes) )?"
    r"(?:if|when|where|in cases where|that|which|resulting|result\w*|caus\w*)\b[^.;\d]{0,60}?\b(?:died|dies|death)\b",
    IGNORECASE,
)
#: The trafficking a penalty is for by where it happens, in the text's words, after the penalty and its fine, before the
#: next penalty: "seven to 10 years imprisonment and a fine of ... ($5,850 to $11,700) for internal trafficking, and 10
#: to 15 years ... for transnational trafficking".
#: Or the condition the term is under, named by where the crime happens: "which increased to 20 to 25 years’
#: imprisonment and a fine of ... if the offense was transnational in nature" (`transnational trafficking`; batch 46,
#: rwanda-2019).
_FOR_SCOPE = rc.lazy(
    _UNTIL_NEXT_PENALTY +
    r"\b(?:(?:for|in cases of|involving) ((?:{TRAFFICKING_SCOPES}) (?:human )?trafficking)"
    r"|(?:if|when|where) (?:(?:the )?(?:offen[cs]es?|crimes?|trafficking|exploitation|acts?)|it|they)"
    r" (?:was|were|is|are|had been) (?:of an? |a )?({TRAFFICKING_SCOPES})"
    r"(?: (?:in nature|in character|in scope|offen[cs]es?|crimes?))?)\b",
    IGNORECASE,
)
#: The form of trafficking a penalty is for, in the text's words, after the penalty and its fine, before the next
#: penalty: "five to 10 years’ imprisonment and a fine for sex trafficking and labor trafficking—except forced
#: begging—and ... lesser penalties of two to five years’ imprisonment and a fine for forced begging" (batch 42,
#: senegal-2022). Read only where the sentence gives more than one term of the same statute (or none); a term for
#: both sex and labor trafficking is the crime's own (no form).
_FOR_FORM = rc.lazy(
    _UNTIL_NEXT_PENALTY + r"\bfor ((?:{FORMS})(?:(?:,|,? and|,? or) (?:{FORMS}))*)\b", IGNORECASE)
_SEX_FORM = rc.lazy(r"\bsex(?:ual)? (?:trafficking|exploitation)\b", IGNORECASE)
_TERMS = rc.lazy(r"\byears?\b", IGNORECASE)
#: The victims a penalty that names no crime is for: "Offenses involving children carried a mandatory minimum ...".
_OWN_VICTIMS = rc.lazy(r"\b(?:child|children|minors?|adults?)\b", IGNORECASE)
#: A crime the text sets apart from the one named before: "was treated as a separate offense".
_SEPARATE_OFFENSE = rc.lazy(r"\b(?:separate|another|different|other) (?:offen[cs]es?|crimes?)\b", IGNORECASE)
#: A sentence opening with a numbered section as the subject of its penalties ("Section 14 prescribed penalties of up
#: to 14 years’ ...", "Section 5(2) provides for ..."): right after a sentence naming trafficking (the act that
#: criminalized it), a section of that act (audit14's malawi-2022, own text); not a section "of" another code or act
_SECTION_NO = r"\d+[A-Za-z]?(?:\(\w{1,3}\))*"
_SECTION_LEAD = rc.lazy(rf"^(?:Under )?Sections? {_SECTION_NO}(?:,? (?:and|or|to) {_SECTION_NO})?"
                        r"(?! of\b),? (?:also )?(?:prescrib|provid|stipulat|set|establish|impos|carr)\w*\b")
#: An aggravated penalty: "as aggravating factors ...; penalties were increased to two to 15 years' imprisonment
#: under such circumstances", "... for trafficking offenses involving these factors" (the factors named before).
_AGGRAVATED = rc.lazy(r"\baggravat\w*|\b(?:these|such|those) (?:aggravating )?(?:factors|circumstances)\b", IGNORECASE)
#: Aggravation denied: "offenses against adult male victims that do not involve aggravating circumstances are limited to
#: a minimum of six months’ imprisonment" (batch 104's jordan-2015): the basic term, never an aggravated one.
_NOT_AGGRAVATED = rc.lazy(
    r"\b(?:(?:that|which|who) (?:do|does|did) not (?:involve|include|entail|have)|without|absent|in the absence of"
    r"|not involving|with no) (?:any )?aggravat\w* (?:circumstances|factors|elements)\b", IGNORECASE)
#: A law named by its number: "Law 4788 of 2012", "Law 4788/12" -> "Law 4788", "Law 137-03" -> "Law 137-03"; an act,
#: decree, ordinance or proclamation likewise ("(Act 2006-04)", "Decree No. 12", "Act 5-2015"), unless its "number" is
#: a year ("the Prevention of Trafficking in Persons Act 2009" names the act by its year, not its number); a number of
#: one digit needs its dotted part ("Law 9.16"; audit4). An order likewise ("Order No. 2010-86 on Combating
#: Trafficking in Persons", a head of state's law; batch 129's niger-2015).
_LAW_NUMBER = rc.lazy(
    rf"\b(Law|(?:Act|Decree|Ordinance|Order|Proclamation)(?! (?:No\. ?)?(?:19|20)\d\d(?![\d./-])))"
    rf" (?:No\. ?)?((?=\d{{2}}|\d[-/.]\d)(?:{LAW_NUM}))(?![\w-]|\.\d)"
)


#: The law that holds an article, named after it: "(Article 168-B) of Legislative Decree No.1232", "of Law 2033".
_OF_HOLDER = rc.lazy(r" of (?:the )?(?:[A-Z][a-z]+ ){0,2}(?:Law|Act|Decree|Ordinance|Proclamation) ")


#: A section, or a list of sections after "Sections", each number perhaps with its title in brackets.
_SECTIONS = rc.lazy(
    # (a section in lower case too, "the trafficking provision of the Crimes Act, section 98D"; batch 106)
    rf"\b[Ss]ection(?P<plural>s)? (?P<n>{ARTICLE})"
    rf"(?(plural)(?:(?: \([^()\d]{{1,60}}\))?,? (?:and |or )?{ARTICLE}(?!\d|\.\d))*"
    # a singular "Section" before a list of numbers with letters: "Section 371A and 371B" (batch 55's pakistan-2019);
    # not "Section 370 and 10 years"
    rf"|(?P<more>(?:,? (?:and|or) \d+[A-Z](?![\w-]))+)?)"
)


#: A chapter of the penal code named as the statute: "Chapter 8 prescribed penalties of seven to 10 years", "Chapter
#: VIII", "Chapter 29A".
_CHAPTER = rc.lazy(r"\bChapters? ((?:\d+[A-Z]?|[IVXL]+)(?:-(?:\d+[A-Z]?|[IVXL]+))?)\b(?![-.]\d)")


def _is_range(n: str) -> bool:
    """ "159a-159d", "2106-2108": a range of articles; "144-1" is one article's number."""
    m = rc.fullmatch(r"(\d+)([a-z]?)-(\d+)([a-z]?)", n)
    return bool(m) and (int(m[3]) > int(m[1]) or (m[1] == m[3] and m[4] > m[2]))


#: A range of articles written with words: "in articles 317 to 320", "Articles 12 through 15" (batch 72's togo-2017):
#: one range, as "Articles 317-320" is.
_WORDED_RANGE = rc.lazy(r"\b([Aa]rticles|[Ss]ections) (\d+[a-z]?) (?:to|through) (\d+[a-z]?)\b"
                        r"(?![\w.,-]\d| years?\b|%)")


def _statutes(text: str) -> str | None:
    """The articles, sections and numbered laws a sentence names, as one qualifier ("Article 168", "Section 360(C)")."""
    text = _WORDED_RANGE.sub(r"\1 \2-\3", text)
    # a range keeps its plural: "Articles 159a-159d", "Sections 2106-2108" (but "Article 144-1" is one article)
    statutes = [f"Article{'s' * _is_range(n)} {n}"
                for m in STATUTE.finditer(text) for n in rc.findall(ARTICLE, m.group())]
    for m in _SECTIONS.finditer(text):
        # "Sections 154-1 and 154-2", "Sections 133, 133¹, and 175": each section of a list; "Section 133 (...)": one;
        # a title in brackets after a number is left out, a section's own letter glued to it is its name ("Sections
        # 232, 232(a), 232(b), 233, and 233(a)"; batch 28's germany-2020)
        numbers = (rc.findall(ARTICLE, rc.sub(r" \([^()]*\)", "", m.group())) if m.group("plural") or m.group("more")
                   else [m.group("n")])
        statutes += [f"Section{'s' * _is_range(n)} {n}" for n in numbers]
    # a numbered law, decree or act that holds the article named right before it is no statute of its own: "Article
    # 168-B of Legislative Decree No.1232" is `Article 168-B`, as "Article 25 of the Child Protection Code of 2003" is
    # `Article 25` (residue13, peru-2018)
    holders = [m.end() for m in (*STATUTE.finditer(text), *_SECTIONS.finditer(text)) if _OF_HOLDER.match(text, m.end())]
    statutes += [f"{m.group(1)} {m.group(2)}" for m in _LAW_NUMBER.finditer(text)
                 if not (statutes and any(0 <= m.start() - at <= 40 for at in holders))]
    statutes += [f"Chapter{'s' * _is_range(n)} {n}" for n in _CHAPTER.findall(text)]
    return ", ".join(dict.fromkeys(statutes)) or None


#: Words that refer a penalty back to the statute named before: "these offenses", "the law" (not "the law of ..."),
#: or penalties that open a sentence of their own ("Prescribed penalties are up to 20 years' imprisonment").
#: A sentence that opens with the statute named before as its subject: "The law criminalized child trafficking ...".
_OPENING_BACK_REFERENCE = rc.lazy(r"(?:The|This|That) (?:law|statute|act)\b(?! (?:of|on|against|for)\b)")
_BACK_REFERENCE = rc.lazy(
    r"\b(?i:these|such|those|the same) (?:offen[cs]es|crimes|provisions|articles|sections|laws)\b"
    r"|\b[Tt]he (?:law|statute)\b(?! (?:of|on|against|for)\b)"
    # "Articles 342-350 of the revised penal code prescribed ... the penal code established the use of force ... as
    # aggravating factors ...; penalties were increased to up to 10 years": the code whose articles were named before
    # (batch 90, gabon-2020)
    r"|\b[Tt]he (?:revised )?(?:penal|criminal) code (?:established|considered|defined|made|treated)\b"
    # a sentence whose subject is the statute named before: "Article 456 ... did not criminalize ... It prescribed"
    r"|^(?:It|They|(?:This|That) (?i:law|article|act|code|provision|section|statute)"
    r"|The (?i:article|act|code|provision|section)s?)\b(?! (?:of|on|against|for)\b)"
    # "Penalties for this offense were eight to 15 years": the offense the sentence before named
    r"|\b(?i:this|that) (?:offen[cs]e|crime|provision|article|section|statute)\b(?! (?:of|on|against|for)\b)"
    r"|^(?:The |Its |Their )?(?:(?:[Pp]rescribed|[Ss]tatutory|[Mm]aximum|[Mm]inimum) )?"
    r"(?:[Pp]enalt(?:y|ies)|[Pp]unishments?)\b(?! for\b)"
    # "If an abducted woman was then forced into prostitution, the penalties increased to 10 years to life": the
    # penalties just named, raised
    r"|\b[Tt]he (?:penalt(?:y|ies)|punishments?|sentences?) (?:(?:were|was) )?(?:increased|rose|raised)\b"
)
#: Penalties raised for a circumstance the clause names: an aggravated term, unless its victims are named.
#: An aside between commas that a penalty's clause reaches over: ", including the involvement of a public official,".
_ASIDE_BEFORE = rc.lazy(r",\s*(?:including|such as|notably|for example|e\.g\.)\b[^,;.]*,", IGNORECASE)
_INCREASED = rc.lazy(r"\b(?:penalt(?:y|ies)|punishments?|sentences?) (?:(?:were|was) )?(?:increased|rose|raised)\b",
                     IGNORECASE)
#: The victims a condition before a penalty names: "; if the offense involved a child under the age of 14, the
#: penalties increased to 10 years to life".
_IF_GROUP_BEFORE = rc.lazy(
    rf"\b(?:if|when|where)\b[^.;]{{0,60}}?\b"
    rf"({_WOMEN_OR_CHILDREN}|child|minor|adult|{_AGE_18}|under (?:the )?age\b|younger than\b)",
    IGNORECASE,
)
#: A penalty for a crime the sentence names before it, of a form the law sets its own term for: "The law prescribed
#: separate penalties for debt bondage, which ranged from five to 10 years’ imprisonment" (`debt bondage`; batch 64's
#: cameroon-2023).
_FOR_FORM_BEFORE = rc.lazy(
    r"\b(?:penalt(?:y|ies)|punishments?) for ({FORMS}|{FINER_FORMS}),? (?:which|that) (?:ranged?|varied|were|was) "
    r"(?:from |between )?$", IGNORECASE)
#: A victim's death as the condition before a penalty: "If the victim died, the penalties increased to 15 to 20 years".
_DEATH_BEFORE = rc.lazy(r"\b(?:if|when|where)\b[^.;\d]{0,60}?\b(?:died|dies|death)\b", IGNORECASE)
#: Women and children named as what the offense is of, not as victims a term is for: "five to 10 years' imprisonment and
#: fines for the abduction and sale of women and children" (the article's one term, its crime so defined).
_OFFENSE_OF = rc.lazy(
    r"\b(?:abduct\w*|sale|sell\w*|traffick\w*|purchas\w*|buy\w*|kidnap\w*)(?: (?:and|or) \w+)? (?:in|of) (?:the )?$",
    IGNORECASE,
)
#: A penalty's qualifier less the victims or circumstances it is for: "Law 26.842 (adult victims)" -> "Law 26.842".
_GROUP_SUFFIX = rc.lazy(r" \((?:adult victims|child victims|woman or child victims|(?:adult )?female or child victims"
                        r"|aggravated|victim’s death)\)$")


#: Where a clause with a statute of its own opens: a ";", or ", and" before a statute that prescribes its own penalty
#: ("..., and Article 132-2 prescribed penalties of five to 15 years").
#: A comma with no "and" opens one too where the statute after it prescribes its own penalty and another statute
#: came before it ("Although article 317 makes forced labor a trafficking offense ..., article 338 also specifically
#: prohibits forced labor prescribing penalties of five to 10 years"; batch 72's togo-2017).
#: (... and ", for which article 122 prescribed penalties ...": the prescribing article's own clause, after the one that
#: criminalized the crime, "Article 68 ... criminalized forced child labor, for which article 122 prescribed penalties
#: between three months and one-year imprisonment"; batch 108's republic-of-the-congo-2018)
_STATUTE_CLAUSE = rc.lazy(r";|,\s+(?:and\s+|for\s+which\s+)?"
                          r"(?=(?:the\s+)?(?:[Aa]rticles?|[Ss]ections?|Chapters?)\s+\d[^.;,]{0,60}?\b"
                          r"(?:prescrib|provid|carri|punish))|"
                          # ... and an "and" with no comma after a clause's last word (no statute's number: "Article 7
                          # and Article 8 prescribe" is one clause) before a statute that prescribes its own penalty:
                          # "Section 1 of the ... Act ... prohibits all forms of trafficking and Section 3(5) prescribes
                          # a ... minimum punishment of 15 years" (batch 92's kenya-2015)
                          r"(?<=[a-z])\s+and\s+(?=(?:[Aa]rticles?|[Ss]ections?)\s+\d[\w().-]{0,12}\s+"
                          r"(?:prescribes|provides|carries|punishes)\b)")


#: A second trafficking law named by its title as the sentence's subject, after penalties of a statute named by its
#: number: "The 2010 Child Trafficking and Child Labor Law ... criminalized child sex trafficking ... with 10 to 20
#: years’ imprisonment", "The immigration act prescribes a penalty of up to five years ..." (batches 32 and 37): its
#: title, less "The" and the year, is the statute its penalties carry, as a number would be.
_TITLED_LAW = rc.lazy(
    r"^The (?:(?:19|20)\d\d )?"
    # a title in capitals, or one lower-case word before "act" that is not the trafficking law's own ("The immigration
    # act"; "The anti-trafficking act" refers back to the law named before)
    r"((?:[A-Z][\w’'-]*(?: (?:and|on|of|against|in|for|the))* ){1,8}(?:Law|Act|Code)"
    r"|(?!(?:anti-)?trafficking\b)[a-z]+ act)\b(?! (?:No\.|\d))"
)


#: A law a penalty sentence opens with by the acronym the paragraph gave it before: "The PRA prescribed a maximum
#: penalty of seven years’ imprisonment ..." after "Sections 20 and 21 of the Prostitution Reform Act (PRA)" (batch
#: 106's new-zealand-2020).
_ACRONYM_LAW = rc.lazy(r"^The ([A-Z]{2,6}) (?:also )?(?:prescrib|provid|carri|set|impos)\w*\b")


def _acronym_law(ctx: Context) -> str | None:
    """The acronym of a law the sentence opens with (_ACRONYM_LAW), where the paragraph named the law with it before."""
    m = _ACRONYM_LAW.match(ctx.text)
    para = ctx.sent.para
    if m is None or para is None:
        return None
    defined = rc.compile_cached(rf"\b(?:Law|Act|Code|Ordinance|Decree) \({m.group(1)}\)")
    return m.group(1) if any(defined.search(text) for text in para.texts[: ctx.sent.index - 1]) else None


def _titled_statute(ctx: Context) -> str | None:
    """The title of the law a penalty sentence opens with, where a penalty of another statute, named by its number,
    was read before it in the text; a text whose only law is named by its title keeps its penalties unqualified."""
    m = _TITLED_LAW.match(ctx.text)
    if m is None or _statutes(ctx.text):
        m = None if _statutes(ctx.text) else _ACRONYM_LAW.match(ctx.text) if _acronym_law(ctx) else None
        if m is None:
            return None
    title = m.group(1)
    numbered = [_GROUP_SUFFIX.sub("", row.qualifier) for row in ctx.prev_rows
                if row.indicator.startswith("penalty_") and row.qualifier]
    if not any(rc.match(r"(?:Articles?|Sections?|Chapters?|Law|Act|Decree|Ordinance|Proclamation) \S*\d", q)
               and q != title for q in numbered):
        return None
    return title


#: Penalties for a kind of the crime raised, opening their sentence: "Penalties for child trafficking crimes are
#: increased to 20-30 years" (residue7, batch 72's togo-2017): the penalties read last, raised, whatever articles the
#: sentences between them name without a penalty of their own.
_RAISED_FOR = rc.lazy(r"^(?:The )?(?:[Pp]enalt(?:y|ies)|[Pp]unishments?|[Ss]entences?) for\b[^.;]{0,60}?"
                      r"\b(?:are|is|were|was|have been|has been) (?:increased|raised)\b")


def _earlier_statute(ctx: Context) -> str | None:
    """The statute of the sentence before, or of the penalties read last in the paragraph ("Law 26.842 of 2012 ...
    prescribed ... These penalties were sufficiently stringent ... the law established ... aggravating factors");
    for penalties raised (_RAISED_FOR), that of the penalties read last first."""
    if ctx.prev is not None and (named := _statutes(ctx.prev.text)) and not _RAISED_FOR.search(ctx.text):
        return named
    for row in reversed(ctx.prev_rows):
        if row.indicator.startswith("penalty_") and row.qualifier:
            named = _GROUP_SUFFIX.sub("", row.qualifier)
            if rc.match(r"(?:Articles?|Sections?|Chapters?|Law|Act|Decree|Ordinance|Proclamation) ", named):
                return named
    return None


def _statute_before_paragraph(ctx: Context, out: Rows) -> str | None:
    """The statute of the section's last penalties, for a paragraph that opens by referring back to it ("Law 27.14 ...
    prescribed penalties of 5 to 10 years’ imprisonment and fines ... ¶ The law criminalized child trafficking as an
    aggravated offense, with prescribed penalties of 20 to 30 years"; batch 61's morocco-2019, a reproduction that
    breaks the section's paragraphs): only a paragraph's first sentence, with no statute of its own."""
    if ctx.prev is not None or ctx.sent.index != 1 or not _OPENING_BACK_REFERENCE.match(ctx.text):
        return None
    section = ctx.sent.section.title or None
    for row in reversed(out.rows):
        if row.section != section:
            return None
        if row.indicator.startswith("penalty_") and row.qualifier:
            named = _GROUP_SUFFIX.sub("", row.qualifier)
            if rc.match(r"(?:Articles?|Sections?|Chapters?|Law|Act|Decree|Ordinance|Proclamation) ", named):
                return named
    return None


def _named_for_trafficking(ctx: Context, require_rx: re.Pattern, list_rx: re.Pattern) -> bool:
    """Whether the statute this sentence names was named earlier in the paragraph as the one criminalizing
    trafficking: "Section 369A ... criminalized ... sex trafficking ... Section 369A prescribed penalties ranging from
    five to seven years" (the penalty sentence names no trafficking of its own), or as one of a list that criminalized
    it ("Sections 133 and 175 ... criminalized sex and labor trafficking. Section 133 ... prescribed penalties")."""
    statute = _statutes(ctx.text)
    para = ctx.sent.para
    if statute is None or para is None or ctx.sent.index < 2:
        return False
    named = set(statute.split(", "))
    # each statute of a list introduced alone in a sentence of its own before ("Section 154 criminalized ... adult sex
    # trafficking ... Section 224 of the CCPA criminalized child trafficking ... Section 379 ... defined “trafficking a
    # person for prostitution” ... Section 154 ... prescribed ..., Section 379 prescribed ..., and Section 224 ...
    # prescribed ..."; batch 106's bhutan-2022)
    introduced: set[str] = set()
    for text in para.texts[: ctx.sent.index - 1]:
        earlier = _statutes(text)
        if earlier is None or not require_rx.search(text):
            continue
        if earlier == statute or (named < set(earlier.split(", ")) and list_rx.search(text)):
            return True
        if ", " not in earlier:  # (one named in a list of others' "could be prosecuted under" is not: fiji-2019)
            introduced.add(earlier)
    return len(named) > 1 and named <= introduced


#: A sentence that goes on describing the law a sentence before it named, its subject referring back to it: "The law
#: also criminalizes facilitating prostitution", "It criminalizes forced prostitution but ...", "The HTTCA criminalizes
#: slavery" (no statute of its own; _law_described_for_trafficking).
_LAW_GOES_ON = rc.lazy(
    r"^(?:The (?i:law|act|statute)|It|This (?i:law|act)|The [A-Z]{3,8}A)(?: also)? "
    r"(?i:criminali[sz]|prohibit|penali[sz]|outlaw|ban|cover|defin)\w*\b"
)


def _law_described_for_trafficking(ctx: Context) -> bool:
    """Whether the sentence before goes on describing a law (its subject refers back to it) and an unbroken run of such
    sentences leads back to one naming trafficking: "Nepal prohibits ... trafficking ... through the 2007 HTTCA ... It
    criminalizes forced prostitution but ... does not consider the prostitution of children as a form of trafficking
    .... The law also criminalizes facilitating prostitution and removal of human organs. Prescribed penalties range
    from 10 to 20 years’ imprisonment" (batch 104's nepal-2015): the penalties are that trafficking law's, though the
    sentence right before them names another crime of the same law. A run that leads back to no trafficking
    ("Article 159 prohibits slavery. It also criminalizes pimping. Prescribed penalties ...") stays another crime's."""
    para = ctx.sent.para
    if para is None or ctx.sent.index < 3:
        return False
    for k, text in enumerate(reversed(para.texts[max(0, ctx.sent.index - 5) : ctx.sent.index - 1])):
        if not _LAW_GOES_ON.search(text) or _statutes(text):
            return k > 0 and "traffick" in text.lower()  # (the sentence the run goes on from names trafficking)
        if k > 0 and "traffick" in text.lower():
            return True
    return False


def _introduced_for_trafficking(ctx: Context, out: Rows, lead_rx: re.Pattern) -> bool:
    """Whether the section or article this sentence names (with a penalty of its own) was introduced by a sentence
    before it in the paragraph as one of the code's sections criminalizing forms of trafficking ("... other sections of
    the Pakistan Penal Code (PPC) that criminalized some forms of human trafficking. For example, Section 374
    criminalized unlawful compulsory labor and prescribed penalties of up to five years’ imprisonment"; batch 55)."""
    statute = _statutes(ctx.text)
    para = ctx.sent.para
    if (statute is None or para is None or _SEPARATE_OFFENSE.search(ctx.text)
            or not rc.match(r"(?:Sections?|Articles?) ", statute)):
        return False
    # (or a paragraph before it in the section: "Several pre-existing laws ... criminalized some forms of sex and labor
    # trafficking. ... ¶ The penal code also criminalized “forced prostitution” ... through Articles 497-499, which
    # prescribed penalties of up to 10 years’ imprisonment", a reproduction's break; batch 61's morocco-2019)
    if (ctx.sent.section.title or "") in out.trafficking_leads:
        return True
    return ctx.sent.index >= 2 and any(lead_rx.search(text) for text in para.texts[: ctx.sent.index - 1])


#: A penalty for an offender who is the victim's parent or guardian, the condition before the term: "if a parent,
#: guardian, or other person with parental responsibilities facilitates or engages in trafficking, they are liable to"
#: (the parent the offender: "if parents consented" names no offender)
_PARENT_BEFORE = rc.lazy(r"\bif (?:the |a |an )?(?:parents?|guardians?|legal guardians?)\b[^;]{0,80}?"
                         r"\b(?:facilitat|engag|exploit|commit|traffick|sell|sold|subject)\w*[^;]{0,80}$", IGNORECASE)


def _crime_group_before(ctx: Context, start: int) -> str | None:
    """The victims (child, adult) the crime criminalized right before the sentence's first penalty names: "The law
    criminalized child trafficking as an aggravated offense, with prescribed penalties of 20 to 30 years" (batch 61)."""
    pattern = rules().penalty.crime_group_before
    if not pattern or _TERMS.search(ctx.text, 0, start) or _statutes(ctx.text):
        return None  # (a later term of the sentence has victims of its own, or none; a statute the sentence names is
        # the child trafficking article itself, its penalty no group's: "Article 175 prohibits child sex trafficking,
        # with penalties of one to 10 years", portugal-2017, solomon-islands-2017)
    m = compiled(pattern).search(ctx.text, 0, start)
    if m is None and (after := rules().penalty.crime_of_group_before):
        # "prohibiting sex trafficking and forced labor of children and prescribes sentences of at least five years’":
        # the crimes' victims named after them (batch 104's egypt-2015)
        m = compiled(after).search(ctx.text, 0, start)
        return None if m is None else ("adult" if m.group("g").lower().startswith("adult") else "child")
    return m.group("g").lower() if m else None


def _penalty_qualifier(ctx: Context, statute: str | None, start: int, end: int) -> str | None:
    """The statute, with the victims or circumstances the penalty at ``start:end`` is for: "Law 4788 (child victims)",
    "Law 4788 (aggravated)"."""
    clause_start = max(ctx.text.rfind(";", 0, start), ctx.text.rfind(",", 0, start), 0)
    if (aside := _ASIDE_BEFORE.search(ctx.text, 0, clause_start + 1)) and aside.end() == clause_start + 1:
        # an aside between commas cuts no clause: "aggravating circumstances, including the involvement of a public
        # official, increased the penalties to six to 15 years’ imprisonment" (audit13)
        clause_start = max(ctx.text.rfind(";", 0, aside.start()), ctx.text.rfind(",", 0, aside.start()), 0)
    closing = ctx.text.rfind("—", clause_start, start)
    opening = ctx.text.rfind("—", 0, clause_start) if closing >= 0 else -1
    if opening >= 0 and ctx.text.count("—", 0, opening) % 2 == 0:
        # a comma inside a dashed aside cuts no clause: "The sentence for aggravated trafficking in persons—in cases of
        # serious injury, repeat offenses, or ...—is up to 30 years imprisonment" (batch 77's jamaica-2017)
        clause_start = max(ctx.text.rfind(";", 0, opening), ctx.text.rfind(",", 0, opening), 0)
    after = ctx.text[end:]
    following = HAS_NUMBER.search(after)  # the words up to the next figure are this penalty's own
    after = after[: following.start()] if following else after
    after = after.split(";", 1)[0]  # a clause after ";" is the next penalty's ("; aggravating factors raised ...")
    after = rc.split(r"[;,]", after, maxsplit=1)[0] if following is None else after
    group = None
    before = ctx.text[clause_start:start]
    # the condition a clause opens with before its penalty, after the figures of the penalty before it: "; if the
    # offense involved a child under the age of 14, the penalties increased to ...", "If the victim died, the ..."
    cond_from = max(ctx.text.rfind(";", 0, start) + 1, _last_term_end(ctx.text, start))
    if _VICTIM_DEATH.match(ctx.text, end) or _DEATH_BEFORE.search(ctx.text, cond_from, start):
        group = "victim’s death"
    elif (aged := _VICTIM_AGE_AFTER.match(ctx.text, end)) and (cut := _age_cut_group(aged)):
        group = cut  # "up to nine years’ imprisonment and a fine ... for offenses involving a victim 16 years of age or
        # older, and up to 12 years’ ... for those involving a victim under the age of 16": an age of children that
        # splits the victims, each term its side's in the text's words (batch 111's suriname-2019 and 2023)
    elif ((band := _AGE_BAND.match(ctx.text, end)) and len(_AGE_BANDS.findall(ctx.text)) > 1
          and (aged := _band_group(band))):
        group = aged  # "a minimum of 12 years if the victim was 14-18 years old, or a 15-year minimum if
        # the victim was younger than 14": two children's ages, each term its own (residue13, peru-2018)
    elif form_before := _FOR_FORM_BEFORE.search(ctx.text[max(0, start - 120):start]):
        group = form_before.group(1).lower()  # "separate penalties for debt bondage, which ranged from five to 10 ..."
    elif _PARENT_BEFORE.search(ctx.text, cond_from, start):
        group = "parent or guardian"  # "but if a parent, guardian, or other person ... engages in trafficking, they
        # are liable to a fine, five to 10 years’ imprisonment, or both": the term for that offender (batch 53)
    elif ((_AGGRAVATED.search(_NOT_AGGRAVATED.sub("", before)) or _AGGRAVATED.search(_NOT_AGGRAVATED.sub("", after)))
          and not _IF_INVOLVED.match(ctx.text, end)):
        group = "aggravated"
    elif (victims := (_PENALTY_GROUP.match(ctx.text, end) or _IF_VICTIM.match(ctx.text, end)
                      or _IF_INVOLVED.match(ctx.text, end)
                      or _PENALTY_GROUP.search(ctx.text, start - len(before.rsplit(" and ", 1)[-1]), start)
                      or _IF_GROUP_BEFORE.search(ctx.text, cond_from, start))) and not (
            victims.group(1).lower().startswith(("wom", "adult f", "female"))
            and _OFFENSE_OF.search(ctx.text, 0, victims.start(1))):
        # "... for those involving a child", "the minimum penalty for sex trafficking involving a child was seven years"
        words = victims.group(1).lower()  # a child, a minor, "under the age of 18", "younger than 18"
        group = "woman or child victims" if words.startswith("wom") else (
            rc.sub(r"\bfemales\b", "female", " ".join(words.split())) + " victims"
            if words.startswith(("adult f", "female")) else
            ("adult" if words == "adult" or rc.search(r"\b(?:older|above|over)\b", words) else "child") + " victims")
    elif scope := _FOR_SCOPE.match(ctx.text[end:]):
        group = (scope.group(1) or f"{scope.group(2)} trafficking").lower()
    elif ((form := _FOR_FORM.match(ctx.text[end:])) and len(_TERMS.findall(ctx.text)) > 1
          # (a term whose raised terms follow it, "a six-year minimum sentence for forced labor, which increased to
          # ...", is the crime's own: the raised terms are of the same form; residue13)
          and not _RAISED_AFTER.match(ctx.text, end)
          # (terms told apart by their own statutes need no form: "..., and Article 132-2 prescribed penalties of
          # five to 15 years’ imprisonment for forced labor")
          and statute == _statutes(ctx.text)
          and not (_SEX_FORM.search(form.group(1)) and _SEX_FORM.sub("", form.group(1)).strip(" ,").lower()
                   not in ("", "and", "or"))):
        group = form.group(1).lower()  # "two to five years’ imprisonment and a fine for forced begging"
    elif _INCREASED.search(ctx.text, clause_start, end):  # (through the bound's own "rose to")
        group = "aggravated"  # "If an abducted woman was then forced into prostitution, the penalties increased to ..."
    elif (crime := _crime_group_before(ctx, start)) is not None:
        group = f"{crime} victims"  # "criminalized child trafficking ..., with prescribed penalties of 20 to 30 years"
    if group is None:
        return statute
    if group == "child victims" and statute and len(_TERMS.findall(ctx.text)) == 1 and (
            _child_statute(ctx, statute) or _CHILD_CRIMES_SUBJECT.search(ctx.text, 0, start)):
        return statute  # the child trafficking statute's own penalty is no group's (as _crime_group_before's)
    return f"{statute} ({group})" if statute else group


#: The statute's crimes named as child trafficking, the subject of its one term: "Under Article 893 and 894 of the
#: children’s code, child trafficking crimes were prescribed penalties of five to 10 years’ imprisonment" (batch 118's
#: guinea-2021: the statute's own term, no group's).
_CHILD_CRIMES_SUBJECT = rc.lazy(
    r"\bchild (?:sex |labou?r )?trafficking (?:crimes|offen[cs]es) (?:were|was|are|is) "
    r"(?:prescribed|punishable|subject)\b",
    IGNORECASE)


#: A statute criminalizing a crime against children alone: "section 98AA ... criminalized all forms of child sex
#: trafficking", "the Prostitution Reform Act (PRA), which criminalized ... encouraging a child to provide commercial
#: sex".
_CHILD_CRIME = rc.lazy(r"\bcriminali[sz]\w*\b[^.;]{0,120}?\b(?:child|children|minors?)\b", IGNORECASE)


def _child_statute(ctx: Context, statute: str) -> bool:
    """Whether the paragraph introduced ``statute`` before as criminalizing a crime against children, with no adult
    named (the sentence's one term for children is then the statute's own, not a group's; batch 106's
    new-zealand-2018 "Section 98AA also prescribed a maximum penalty of 14 years imprisonment for child sex
    trafficking")."""
    para = ctx.sent.para
    if para is None:
        return False
    for text in para.texts[: ctx.sent.index - 1]:
        named = _statutes(text)
        if ((named == statute or rc.search(rf"\({re.escape(statute)}\)", text))
                and _CHILD_CRIME.search(text) and not rc.search(r"\badults?\b", text, IGNORECASE)):
            return True
    return False


#: A children's age band a term's condition names right after it: "12 years if the victim was 14-18 years old", "a
#: 15-year minimum if the victim was younger than 14" (read where the sentence gives two bands or more: one age
#: alone, "a child under the age of 14", stays `child victims`).
_BAND = (r"if the (?:victim|person|child) (?:was|is) (?:aged |between (?:the ages of )?)?"
         r"(?:(?P<lo>\d{1,2})\s?(?:-|–|to|and)\s?(?P<hi>\d{1,2})(?: years?(?: old| of age)?)?"
         r"|(?:younger than|under(?: the age of)?|below(?: the age of)?) (?P<under>\d{1,2})\b)")
_AGE_BAND = rc.lazy(r"[^.;,\d]{0,30}?\b" + _BAND, IGNORECASE)
_AGE_BANDS = rc.lazy(r"\b" + _BAND, IGNORECASE)
#: Raised terms after a term: "..., which increased to a minimum of 12 years ...".
_RAISED_AFTER = rc.lazy(r"[^.;\d]{0,80}?,\s*which (?:was |were )?(?:increased|increases|rose|rises|raised)\b",
                        IGNORECASE)


#: The victims of one side of an age below 18 named after a term and its fine, before the next term: "a fine of ...
#: for offenses involving a victim 16 years of age or older", "for those involving a victim under the age of 16".
_VICTIM_AGE_AFTER = rc.lazy(
    _UNTIL_NEXT_PENALTY
    + r"\b(?:involving|against|if the victim (?:was|is)) (?:an? )?(?:victims?|persons?|individuals?) "
    r"(?:(?:who (?:is|was|are|were) )?(?:aged )?(?P<lo>\d{1,2}) years?(?: of age| old)? (?:or|and) "
    r"(?:older|over|above)\b"
    r"|(?P<kind>under|younger than|below)(?: the age of)? (?P<hi>\d{1,2})\b)",
    IGNORECASE,
)


def _age_cut_group(aged: re.Match) -> str | None:
    """The victims an age below 18 names on its side, in the text's words ("victims 16 or older", "victims under 16",
    "victims younger than 16"); None for 18 and over (adults and children, read as such elsewhere)."""
    if aged.group("lo"):
        return f"victims {aged.group('lo')} or older" if int(aged.group("lo")) < 18 else None
    return f"victims {aged.group('kind').lower()} {aged.group('hi')}" if int(aged.group("hi")) < 18 else None


def _band_group(band: re.Match) -> str | None:
    """The victims an age band names, in the text's numbers: "victims aged 14-18", "victims younger than 14"; None
    for an age of adults ("under 25")."""
    if band.group("under"):
        return f"victims younger than {band.group('under')}" if int(band.group("under")) <= 18 else None
    return f"victims aged {band.group('lo')}-{band.group('hi')}" if int(band.group("hi")) <= 18 else None


def _last_term_end(text: str, start: int) -> int:
    """Where the last term before ``start`` ends (after its " year"), so that a condition is read from there on; an
    age's years ("a victim who was 15 years old or younger") are no term."""
    at = start
    while (at := text.rfind(" year", 0, at)) >= 0:
        if not rc.match(r" years? (?:old|of age)\b", text[at:at + 12]):
            return at + 1
    return 0


#: A year that dates a law's making: "as amended in 2015", "enacted in 2012", "Federal Law No. 1 of 2015".
#: ... "which became effective in 2010", "took effect in 2010", and a statute's year after a comma ("Act, 2009"; batch
#: 133's swaziland-2015-prosecution).
_LAW_DATE = rc.lazy(r"\b(?:amended|adopted|enacted|passed|revised|in(?:to)? force|effective|effect)\s+(?:in\s+)?"
                       r"(?:[A-Z][a-z]+\s+)?$|\b(?:Law|Act|Ordinance|Decree|Proclamation),\s+$|"
                       r"\b(?:Law|Act|Decree|Code)\s+(?:No\.\s?)?[\d./-]+\s+of\s+$|"
                       # "Article seven of Law 006/PR/2018 prescribed penalties": the year of the law's number, after
                       # its issuer's code (batch 216's chad-2021)
                       r"\b(?:Law|Act|Decree|Ordinance)\s+(?:No\.\s?)?\d{1,6}/[A-Z]{1,4}/$|"
                       # "The Law Against Trafficking in Persons of 2011 ... prescribed penalties": the law's own year
                       r"\b(?:Law|Act|Bill|Decree|Ordinance|Proclamation|Code|Persons|Beings|Trafficking)\s+of\s+$")


#: A year that dates the amendments named right after it: "The Anti-Smuggling and Trafficking Act of 2005 and 2014
#: amendments to the criminal code criminalized ... and prescribed penalties of 10 to 50 years" (batch 77's palau-2018).
_AMENDMENT_YEAR = rc.lazy(r"^\s+(?:amendments?|revisions?)\b", IGNORECASE)


def _penalty_year(ctx: Context, pos: int) -> tuple[int | None, set[str]]:
    """The year of a statutory penalty: the figure's year, unless that year dates the law's making ("The TIPLEAA, as
    amended in 2015, prescribed ...", "2014 amendments to the criminal code"): then the reporting year, as for a
    penalty the sentence gives no year for."""
    year, flags = resolve_year(ctx, pos)
    dating = [s for s, e, y in ctx.years if y == year and (_LAW_DATE.search(ctx.text[max(0, s - 30) : s])
                                                           or _AMENDMENT_YEAR.search(ctx.text[e : e + 20]))]
    if dating and ctx.source.reporting_year:
        return ctx.source.reporting_year, {"year_inferred"}
    return year, flags


def _bound(ctx: Context, out: Rows, statute: str | None, m: re.Match, group: str, indicator: str, rule: str,
           qualifier_from: int) -> Row:
    """One bound of a penalty stated alone (a minimum, or "up to"): the figure of ``group`` in ``m``, with its year
    and the victims or statute it is for (looked for from ``qualifier_from`` to the match's end)."""
    year, yflags = _penalty_year(ctx, m.start())
    value = parse_number(m.group(group))
    if value is not None and m.groupdict().get("months"):
        value = round(value / 12, 2)  # "a minimum of six months imprisonment": its share of a year (batch 33)
    return out.add(ctx, indicator, number_text=m.group(group), year=year, flags=yflags,
                   value=value, unit="years",
                   qualifier=_penalty_qualifier(ctx, statute, qualifier_from, m.end()), pos=m.start(group), rule=rule)


#: Debt bondage named as the crime of a penalty.
_DEBT_BONDAGE = rc.lazy(r"\bpenalt(?:y|ies) (?:for|of) debt bondage\b", IGNORECASE)


#: A fine set beside a fixed term as its alternative: "25 years in prison, a fine of one million dollars, or both".
_FINE_OR_BOTH = rc.lazy(r",? (?:or )?an? fine\b[^.;]{0,120}?,? or both\b", IGNORECASE)


def _penalty_entry() -> tuple[re.Pattern | None, ...]:
    """:func:`penalty`'s entry test: its keywords, and the lead of a section introducing trafficking's forms, which it
    notes before its keywords are looked for."""
    p = rules().penalty
    return compiled(p.keywords), compiled(p.sections_lead) if p.sections_lead else None


@entry(_penalty_entry)
def penalty(ctx: Context, out: Rows) -> list[Row]:
    """Statutory penalties: "prescribed penalties of five to eight years' imprisonment", "up to 14 years", each
    with its statute and the victims it is for ("up to eight years ... for cases involving adult victims and two to
    20 years ... for those involving child victims")."""
    p = rules().penalty
    keywords_rx, exclude_rx = compiled(p.keywords), compiled(p.exclude)
    require_rx = compiled(p.require)
    if p.sections_lead and "forms of" in ctx.text and compiled(p.sections_lead).search(ctx.text):
        out.trafficking_leads.add(ctx.sent.section.title or "")  # (the later paragraphs of the section too)
    if not ctx.may(keywords_rx) or not keywords_rx.search(ctx.text):
        return []
    # "Penalties prescribed for these offenses included a maximum of seven years' imprisonment", "the law established
    # ... as aggravating factors; penalties were increased to five to 10 years": the statute of the sentence before
    back = _BACK_REFERENCE.search(ctx.text) or _RAISED_FOR.search(ctx.text)
    # a penalty naming no law right after the statute's penalties ("Chapter 8 prescribed penalties of ... Offenses
    # involving children carried a mandatory minimum sentence of 10 years") is that statute's
    follows = (ctx.prev is not None and keywords_rx.search(ctx.prev.text) and not _LEGAL_HINT.search(ctx.text)
               and not _statutes(ctx.text) and not _SEPARATE_OFFENSE.search(ctx.text)
               and any(r.indicator.startswith("penalty_") for r in ctx.prev_rows))
    # a section the paragraph introduced before as one criminalizing forms of trafficking (batch 55)
    introduced = bool(p.sections_lead) and _introduced_for_trafficking(ctx, out, compiled(p.sections_lead))
    # penalties naming no law after sentences that go on describing the trafficking law (batch 104)
    described = bool(back) and ctx.prev is not None and not _statutes(ctx.text) and not require_rx.search(
        ctx.prev.text) and _law_described_for_trafficking(ctx)
    # a statute's penalties for debt bondage right after the penalties of the trafficking law's statutes ("Section 4
    # prescribes penalties of 10 to 20 years’ imprisonment for trafficking ... Section 3 prescribes penalties for debt
    # bondage ranging from five to 10 years’ imprisonment"; residue17, cameroon-2015): a sibling statute of that law's
    # (debt bondage named alone, in the penal code, stays another statute's: audit7's "a hallmark of labor trafficking")
    sibling = (ctx.prev is not None and bool(_DEBT_BONDAGE.search(ctx.text)) and _statutes(ctx.text) is not None
               and any(r.indicator.startswith("penalty_") for r in ctx.prev_rows))
    section = (ctx.prev is not None and bool(_SECTION_LEAD.match(ctx.text))
               and bool(rc.search("traffick", ctx.prev.text, IGNORECASE)))
    if not (ctx.may(require_rx) and require_rx.search(ctx.text)) and not (
        back and ctx.prev is not None and require_rx.search(ctx.prev.text)
    ) and not (follows and _OWN_VICTIMS.search(ctx.text)) and not _named_for_trafficking(
        ctx, require_rx, compiled(p.list_criminalizes)) and not (introduced or described or sibling or section):
        return []  # (a sentence that names no trafficking may still give the victims of the statute before their
        # penalty; "Bonded labor was treated as a separate offense and prescribed ..." is another crime's)
    own = compiled(p.other_crime_aside).sub("", ctx.text)
    if not require_rx.search(own) and not back and not follows and not _statutes(ctx.text):
        return []  # "The withholding of passports ...—a potential indicator of trafficking—is a crime under Jordan’s
        # passport law with six months to three years imprisonment": trafficking named only in an aside (batch 33)
    def other_crime(text: str) -> bool:
        return bool(compiled(p.other_crime).search(text)) or any(compiled(x).search(text) for x in p.other_crime_more)

    if (other_crime(own) and not introduced
            and not (p.other_crime_unless and compiled(p.other_crime_unless).search(own))):
        return []  # "Article 159 prohibits slavery and prescribes penalties of five to 15 years imprisonment"
    # (trafficking named only as the law the penalties are lower than makes no trafficking penalty of them either:
    # "The act prescribed penalties of up to five years ..., which were significantly lower than those available under
    # the trafficking law", after the act "utilized ... to prosecute potential sex trafficking crimes"; batch 30)
    if (back and ctx.prev is not None and not _statutes(ctx.text) and not rc.search("traffick", own, IGNORECASE)
            and other_crime(ctx.prev.text) and not described):
        return []  # "Sections 372 and 373 ... criminalized the exploitation of children through prostitution ... These
        # sections prescribed penalties of up to 10 years": the penalties of that other crime
    imposed_rx = compiled(p.imposed_after_conviction)

    def imposed(pos: int) -> bool:
        # "obtaining convictions for at least 13 traffickers ... and prescribing penalties ranging from two to seven
        # years": the sentences of the convictions counted before, in the same clause (batch 46, rwanda-2019)
        head = ctx.text[:pos]
        return bool(imposed_rx.search(head[head.rfind(";") + 1 :]))

    made = []
    sentence_statute = (_statutes(ctx.text) or _titled_statute(ctx) or (_earlier_statute(ctx) if back else None)
                        or (_statute_before_paragraph(ctx, out) if back else None))
    if sentence_statute is None and follows:
        # "Chapter 8 prescribed penalties of ... Child trafficking convictions were subject to a minimum five-year
        # prison term": a penalty naming no law, right after the statute's penalties, is that statute's
        sentence_statute = _earlier_statute(ctx)
    # each clause's own statute: "Article 171 ... prescribes five to 12 years' imprisonment; Article 172 ... 3 to 10",
    # "Article 132 ... prescribed penalties of five to eight years’ imprisonment, and Article 132-2 prescribed ..."
    cuts = sorted({0, len(ctx.text), *(m.start() for m in _STATUTE_CLAUSE.finditer(ctx.text))})
    clauses = [(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    clause_statutes = [(a, b, _statutes(ctx.text[a:b])) for a, b in clauses]

    def statute_at(pos: int) -> str | None:
        own = next((st for a, b, st in clause_statutes if a <= pos < b), None)
        if own is None and len(clause_statutes) > 1 and not _statutes(ctx.text[:pos]):
            # a clause naming no statute, before a later clause's own ("Penalties for child trafficking crimes are
            # increased to 20-30 years ...; article 321 prescribes application of the maximum penalty"): not the later
            # clause's statute, but the one named before the sentence (batch 72's togo-2017)
            later_only = _statutes(ctx.text[pos:])
            if later_only is not None and sentence_statute == later_only:
                earlier = _earlier_statute(ctx) if back else None
                return earlier if earlier is not None else None
        return own or sentence_statute

    spans: list[tuple[int, int]] = []
    for m in p.change.rx.finditer(ctx.text):
        # "increase the minimum sentence of child trafficking from five to 20 years": the new bound only
        spans.append(m.span())
        year, yflags = _penalty_year(ctx, m.start())
        statute = statute_at(m.start())
        q = _penalty_qualifier(ctx, statute, m.start("a"), m.end())
        if m.group("who"):
            q = f"{statute} ({m.group('who').lower()} victims)" if statute else f"{m.group('who').lower()} victims"
        made.append(
            out.add(
                ctx,
                f"penalty_{'min' if m.group('kind').lower() == 'minimum' else 'max'}_years",
                number_text=m.group("a"),
                year=year,
                flags=yflags,
                value=parse_number(m.group("a")),
                unit="years",
                qualifier=q,
                pos=m.start("a"),
                rule=p.change.id,
            )
        )
    for m in p.range.rx.finditer(ctx.text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        head = ctx.text[: m.start()]
        kw = list(keywords_rx.finditer(head)) or list(keywords_rx.finditer(ctx.text[m.end() : m.end() + 30]))
        if not kw or exclude_rx.search(head[-80:]) or imposed(m.start()):
            continue
        spans.append(m.span())
        year, yflags = _penalty_year(ctx, m.start())
        q = _penalty_qualifier(ctx, statute_at(m.start()), m.start(), m.end())
        for ind, grp in (("penalty_min_years", "a"), ("penalty_max_years", "b")):
            value = parse_number(m.group(grp))
            if grp == "a" and m.groupdict().get("months") and value is not None:
                value = round(value / 12, 2)  # "six months to 10 years": a lower end in months, its share of a year
            elif m.groupdict().get("bmonths") and value is not None:
                value = round(value / 12, 2)  # "three to six months’ imprisonment": both ends in months (batch 72)
            made.append(
                out.add(
                    ctx,
                    ind,
                    number_text=m.group(grp),
                    year=year,
                    flags={"range"} | yflags,
                    value=value,
                    unit="years",
                    qualifier=q,
                    pos=m.start(grp),
                    rule=p.range.id,
                )
            )
    for m in p.minimum.rx.finditer(ctx.text):
        # "a minimum penalty of two years' imprisonment": a lower bound alone
        if (any(a <= m.start("a") < b for a, b in spans) or exclude_rx.search(ctx.text[: m.start()][-80:])
                or imposed(m.start())):
            continue
        spans.append(m.span())
        made.append(_bound(ctx, out, statute_at(m.start()), m, "a", "penalty_min_years", p.minimum.id, m.start("a")))
    for m in p.at_least.rx.finditer(ctx.text) if p.at_least is not None else ():
        # "prescribes sentences of at least five years’ imprisonment": a lower bound alone, as a minimum (batch 104)
        if (any(a <= m.start("a") < b for a, b in spans) or exclude_rx.search(ctx.text[: m.start()][-80:])
                or imposed(m.start())):
            continue
        spans.append(m.span())
        made.append(_bound(ctx, out, statute_at(m.start()), m, "a", "penalty_min_years", p.at_least.id, m.start("a")))
    for m in p.upto.rx.finditer(ctx.text):
        # "sentences of up to two years": a sentence imposed or a court's power, no statutory penalty
        if (any(a <= m.start("b") < b for a, b in spans) or exclude_rx.search(ctx.text[: m.start()][-80:])
                or imposed(m.start())):
            continue
        made.append(_bound(ctx, out, statute_at(m.start()), m, "b", "penalty_max_years", p.upto.id, m.start()))
        spans.append(m.span())
    for m in p.fixed.rx.finditer(ctx.text):
        # "penalties of 10 years' imprisonment": a fixed term, a row of each end
        if (any(a <= m.start("a") < b for a, b in spans) or exclude_rx.search(ctx.text[: m.start("a")][-80:])
                or imposed(m.start("a"))):
            continue
        if not keywords_rx.search(ctx.text, 0, m.start("a")):
            continue  # "and 15 years' imprisonment" with no penalty named before it
        minimum_only = bool(p.fixed_minimum_lead and m.group().lstrip(", ").startswith("and ")
                            and compiled(p.fixed_minimum_lead).search(ctx.text, 0, m.start("a")))
        # "25 years in prison, a fine of ..., or both penalties": a fine may stand instead of the term, which is then
        # the most, no minimum (residue27, barbados-2017's hand row)
        maximum_only = bool(_FINE_OR_BOTH.match(ctx.text, m.end()))
        inds = (("penalty_min_years",) if minimum_only else ("penalty_max_years",) if maximum_only
                else ("penalty_min_years", "penalty_max_years"))
        for ind in inds:
            made.append(_bound(ctx, out, statute_at(m.start("a")), m, "a", ind, p.fixed.id, m.start("a")))
    return made


#: (a footnote mark after the tier, the autonomous entity's note: "CURAÇAO: Tier 2†", "ARUBA: Tier 2*"; batch 115's
#: curacao-2018-intro); the name may hold the abbreviation "St." ("ST. VINCENT AND THE GRENADINES: TIER 2": batch 175's
#: st-vincent-and-the-grenadines-2017-intro); the page's note may follow in square brackets, or in round brackets when
#: it names the report's year and nothing else ("Nigeria Tier ranking: TIER 2 (TIP 2023)", amicidilazzaro.it's title;
#: batch 209's nigeria-2023-intro): a sentence's bracket after a tier names more than a report
_TIER_TITLE = rc.lazy(
    r"(?:[^()]*\(Tier [^()]*\)|(?:\bSt\.|[^.:]){2,60}(?::| [-–—]) ?Tier [\w ]+?|Tier [123](?: Watch List)?)[*†‡]*"
    r"(?:\s*\[[^\[\]]*\]|\s*\((?:TIP |Trafficking in Persons |TiP )?(?:Report,? )?(?:June )?(?:19|20)\d\d"
    r"(?: TIP| Trafficking in Persons)?(?: Report)?\))?\s*",
    IGNORECASE,
)


#: The title line run into the summary by a single line break (no full stop between): "KUWAIT: Tier 2 Watch List The
#: Government of Kuwait does not fully meet ...": a country in capitals, its tier, and a new sentence's capital word.
#: ... or in title case, as a user pastes the state.gov page's title ("Ireland: Tier 2 Watch List The Government of
#: Ireland ..."; audit15 r1's ireland-2020): a name of capitalised words (no figure) before the colon, the text's
#: first words; or the page's heading on a line of its own, its tier on the next, pasted and run together ("Cambodia
#: Tier 2 Watch List The Government of Cambodia ...", the text's first words; audit14's cambodia-2019, own text)
_TIER_TITLE_RUN_ON = rc.lazy(
    r"(?:[A-Z][A-Z'’,.() -]{1,50}(?::| [-–—]) ?Tier [123](?: Watch List)?|[A-Z][A-Z'’,. -]{1,50} \(Tier [123]"
    r"(?: Watch List)?\)|[A-Z][a-z'’.-]+(?: (?:and |the |of )?[A-Z][a-z'’.-]+){0,3}: Tier [123](?: Watch List)?"
    r"|^[A-Z][\w'’.-]+(?: (?:and |the |of )?[A-Z][\w'’.-]+){0,3} Tier [123](?: Watch List)?)"
    r" (?=[A-Z][a-z]+ )"
)


#: The title as a web page's heading, anywhere in a line the page ran together: a name in capitals or title case with
#: its tier in brackets, before a capital word or the end ("... In this section / Seychelles (Tier 2) Seychelles
#: (Tier 2) PRIORITIZED RECOMMENDATIONS: ... Seychelles (Tier 2) The Government of ..."; batch 58's seychelles-2022).
#: A tier in brackets after a name is the title's style; the narrative's own sentences say "on Tier 2".
#: The page's note may follow after a dash ("[ Human Trafficking, Country-by-Country ] EGYPT (Tier 2 Watch List) –
#: Extracted in part from ... 2023 TIP Report The Government of ...": batch 155's egypt-2023-intro), or run into the
#: bracket with no space ("BAHRAIN (Tier 1)Extracted in part from ...": batch 201's bahrain-2023-intro, gvnet.com).
_TIER_TITLE_BRACKETED = rc.lazy(
    r"(?:^|(?<=[\s/|>]))[A-Z][\w'’.-]+(?: (?:and |the |of )?[A-Z][\w'’.-]+){0,3} \(Tier [123](?: Watch List)?\)"
    r"(?= ?(?:[-–—] )?[A-Z]|\s*$)"
)


#: The same heading in the colon style, a name in capitals ("... In this section / BELIZE: Tier 2 Watch List BELIZE:
#: Tier 2 Watch List PRIORITIZED RECOMMENDATIONS ... BELIZE: Tier 2 Watch List The Government of ..."; batch 169's
#: belize-2019-intro, state.gov's 2019 page): capitals before the colon are the title's style, a sentence's words are
#: not. The tier in capitals too, as the PDF prints the title ("https://www.state.gov/...pdf PALAU: TIER 2 WATCH LIST
#: The Government of ...": a reproduction's first line runs the PDF's address into it; batch 228's palau-2021-intro).
_TIER_TITLE_CAPS = rc.lazy(
    r"(?:^|(?<=[\s/|>]))[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: (?:AND |THE |OF )?[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}: (?:Tier|TIER) [123]"
    r"(?: Watch List| WATCH LIST)?(?= [A-Z]|\s*$)"
)


@entry(lambda: (rules().tier.pattern.rx,))
def tier(ctx: Context, out: Rows) -> list[Row]:
    """Tier placements ("remained on Tier 2 Watch List"), one row per year named, with the move as qualifier."""
    t = rules().tier
    made: list[Row] = []
    if not ctx.may(t.pattern.rx):
        return made
    q_rx = {k: compiled(v) for k, v in t.qualifiers.items()}
    for m in t.pattern.rx.finditer(ctx.text):
        # the clause that names the tier: "a waiver ... from an otherwise required downgrade to Tier 3 and remained
        # on Tier 2 Watch List for the third consecutive year" places the country on Tier 2 Watch List only
        head = _CLAUSE_BREAK.split(ctx.text[max(0, m.start() - 60) : m.start()])[-1]
        tail = _CLAUSE_BREAK.split(ctx.text[m.end() : m.end() + 60])[0]
        if compiled(t.skip_if).search(head):
            continue
        if t.earlier and compiled(t.earlier).search(head + m.group() + tail):
            continue  # "has been placed on Tier 2 Watch List for the last four consecutive years": earlier reports'
        if rc.search(r"\bfrom\s*$", head) and rc.match(r"\s+to\s+Tier\b", ctx.text[m.end() :]):
            continue  # "downgraded from Tier 2 to Tier 2 Watch List": the tier left, not the one given
        label = f"Tier {m.group('tier')}" + (" Watch List" if m.group("wl") else "")
        value = 2.5 if m.group("wl") else float(m.group("tier"))
        # the word nearest the tier names the move: "remained on Tier 2 Watch List ... after being downgraded in 2022"
        near = [
            (min([len(head) - x.end() for x in rx.finditer(head)] + [x.start() for x in rx.finditer(tail)]), k)
            for k, rx in q_rx.items()
            if rx.search(head + tail)
        ]
        specific = [x for x in near if x[1] != "placed"]  # "placed on ... for the third consecutive year": remained
        q = min(specific or near)[1] if near else None
        q = q or next((k for k, rx in q_rx.items() if rx.search(ctx.text)), None)
        # the title line: "TURKMENISTAN (Tier 2 Watch List)", "ARMENIA: Tier 2", "Latvia – Tier 2", perhaps with the
        # page's note after it ("[Extracted from U.S. State Dept Trafficking in Persons Report, June 2009]")
        if (_TIER_TITLE.fullmatch(ctx.text) or (m.start() < 70 and _TIER_TITLE_RUN_ON.match(ctx.text))
                or any(b.start() < m.start() < b.end() for b in _TIER_TITLE_BRACKETED.finditer(ctx.text))
                or any(b.start() < m.start() < b.end() for b in _TIER_TITLE_CAPS.finditer(ctx.text))
                or m.group().startswith(("T I E R", "t i e r"))):
            # (the tier in spaced capitals, "M O N T E N E G R O    T I E R   2": the PDF's title style alone)
            q = "rating"
        # the years named after this tier and before the next one ("placed on Tier 2 Watch List in 2008 and was
        # upgraded to Tier 2 in 2010": 2008 is the Watch List's year, 2010 the upgrade's)
        following = [x.start() for x in t.pattern.rx.finditer(ctx.text, m.end())]
        stop = following[0] if following else len(ctx.text)
        # a year before the tier counts only within the tier's own clause: "Despite these efforts, including ... one
        # potential trafficking investigation in 2011, ...; therefore, Namibia is placed on Tier 2 Watch List" is the
        # report's placement, 2011 the efforts' year (batch 152's namibia-2012-intro)
        opens = [x.end() for x in compiled(t.clause_start).finditer(ctx.text, 0, m.start())] if t.clause_start else []
        own = opens[-1] if opens else 0
        years = ([y for s, _, y in ctx.years if m.start() < s < stop] or [y for s, _, y in ctx.years if s > m.start()]
                 or [y for s, _, y in ctx.years if s >= own])
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
                    rule=t.pattern.id,
                )
            )
    return made


#: What a plan's relative clause lists as its parts: ", which included measures to ...", ", covering ...".
_PLAN_MEASURES = rc.lazy(r"[^.;]*?(?:,? which (?:included|includes|include|covered|covers|foresaw|provided for)\b|,"
                         r" (?:including|covering)\b)", IGNORECASE)


#: A shelter, or housing named for victims in other words (vocabulary.yml SHELTER_PLACES).
_SHELTER_WORD = rc.lazy(r"\b(?:shelter|(?:{SHELTER_PLACES})\b)", IGNORECASE)


#: Words that end just before a shelter the victims do not stay in: "who chose not to stay in a", "who did not reside
#: in", "living outside of".
_SHELTER_DECLINED = rc.lazy(r"\b(?:(?:not|never) (?:\w+ )?(?:to )?(?:stay|reside|live|remain)\w* (?:in|at)"
                            r"|outside(?: of)?) (?:an? |the |their |government )?(?:[\w-]+ )?$", IGNORECASE)
#: ... and a shelter named only as what no money went to, in a clause of its own after the sum ("allocated BZD
#: 150,000 ... for victim services ..., and the government did not provide separate funding for shelters"; audit15 r2's
#: belize-2019): the sum's purpose is the one named before, no shelter money.
_SHELTER_UNFUNDED = rc.lazy(r"\b(?:did|does|has|have|had) not (?:\w+ )?(?:provide|allocate|give|earmark|fund|finance)"
                            r"(?: (?:any|separate|specific|dedicated|additional))?(?: (?:funding|funds|money|budget))?"
                            r" (?:(?:for|to) )?(?:the |its |any )?(?:[\w-]+ )?$", IGNORECASE)


#: A clause closing a sentence on money not paid out: ", but did not disburse any of it to victims".
_UNSPENT_TAIL = rc.lazy(r",? but (?:(?:the government|it|authorities) )?(?:did|had|has|have) not (?:yet )?"
                        r"(?:disburs|spen[dt]|releas|distribut|pa(?:y|id) out|transferr?)\w*\b[^.;]*", IGNORECASE)


def funding_kind(ctx: Context, text: str | None = None) -> str | None:
    """What the money of a sentence (or of ``text``, its clause) is for: ``shelter``, ``victim assistance``
    (victims named, or a protection sentence), ``national action plan`` (its budget or implementation), ``other``
    (anti-trafficking work otherwise), or None (no trafficking money: "a fine of 5,000 manat")."""
    mo = rules().money
    text = ctx.text if text is None else text
    # a closing clause on money not spent names only where it did not go: "allocated BDT 25 million ... to its human
    # trafficking fund ..., but did not disburse any of it to victims" (audit14's bangladesh-2017): the fund's money
    text, unspent = _UNSPENT_TAIL.subn("", text)
    if mo.population and compiled(mo.population).search(text):
        return None  # "to women in prostitution, some of whom may have been sex trafficking victims" (batch 73)
    head = _INCLUDING.split(text, 1)[0]  # "for victim protection, including costs for a shelter": victim assistance
    scope = head if compiled(mo.topic).search(head) else text
    first = _SHELTER_WORD.search(scope)
    while first and (_SHELTER_DECLINED.search(scope, 0, first.start())
                     or _SHELTER_UNFUNDED.search(scope, 0, first.start())):
        # a shelter named only as where the victims paid did not stay ("in direct financial assistance to victims who
        # chose not to stay in a shelter"; batch 102, guyana-2020): no shelter money, the next shelter named if any
        first = _SHELTER_WORD.search(scope, first.end())
    # a shelter named only among the measures of the named plan the money implements ("to implement the justice
    # ministry's anti-trafficking action plan, which included measures to expand shelter capacity"; audit5): the plan's
    plan = compiled(mo.plan_named).search(text) if mo.plan_named and first else None
    if plan and plan.end() <= first.start() and _PLAN_MEASURES.match(text, plan.end(), first.start()):
        return "national action plan"
    # the first shelter named is one service among others ("providing victims with temporary shelter and access to
    # legal ... services"): victim assistance; a shelter named later ("... NGOs that rendered all victim shelter and
    # nearly all victim care") does not change a sum given "to support an NGO shelter"
    if first and not _among_services(scope, first.start()):
        return "shelter"
    if mo.mixed and compiled(mo.mixed).search(text):
        return "other"  # "for measures to support victims and prevent trafficking": all the work, not victims alone
    if (mo.body_work and compiled(mo.body_work).search(head)
            and not compiled(mo.topic_victims or mo.topic).search(head)):
        return "other"  # "to fund the work of the ATO and the implementation of the NAP": the body's budget (residue12)
    if mo.plan_named and compiled(mo.plan_named).search(text):
        return "national action plan"  # "implementation of the ... anti-trafficking and victim protection program"
    if mo.work and compiled(mo.work).search(head) and not compiled(mo.topic_victims or mo.topic).search(head):
        return "other"  # "in grants for projects addressing trafficking issues": the work at large, no victims named
    if (mo.work_combat and compiled(mo.work_combat).search(head)
            and not compiled(mo.topic_victims or mo.topic).search(head)):
        return "other"  # "allocated a total of 4,822,000 denars ... to combat trafficking": the fight at large
    if compiled(mo.topic).search(text):
        return "victim assistance"
    if mo.body and compiled(mo.body).search(text):
        return "other"  # "allocated 44.15 million GYD ... to the C-TIP Unit": a counter-trafficking body's budget
    if mo.body_receiving and compiled(mo.body_receiving).search(text):
        return "other"  # "the C-TIP Unit received a budgetary allocation of 25.86 million GYD" (batch 102)
    if _named_shelter(ctx, text):
        return "shelter"  # "Aman had a budget of ...", Aman named a shelter before (batch 35)
    if _named_body(ctx, text):
        return "other"  # "to the NCPHT’s secretariat", the NCPHT a counter-trafficking committee named before (audit12)
    if unspent and compiled(mo.other).search(text):
        return "other"  # a protection section's trafficking fund whose money did not reach victims (audit14)
    if ctx.sent.theme == "protection":
        return "victim assistance"
    if rules().action_plan.pattern.rx.search(text) or (mo.plan and compiled(mo.plan).search(text)):
        return "national action plan"
    if mo.shared and compiled(mo.shared).search(text):
        return None  # "to counter illegal fishing and drug and human trafficking": other crimes' money too (batch 71)
    if compiled(mo.other).search(text):
        return "other"
    return None


def _named_shelter(ctx: Context, text: str) -> bool:
    """The money's clause opens with a name an earlier sentence of the paragraph gave a shelter: "The government-funded
    Aman Protection and Social Rehabilitation Center shelter continued to provide ... Aman had a budget of approximately
    $3.8 million annually" (qatar-2020)."""
    name = _OPENING_NAME.match(text)
    para = ctx.sent.para
    if para is None or ctx.sent.text not in para.texts:
        return False
    before = para.texts[: para.texts.index(ctx.sent.text)]
    # ... or the money goes "to Aman", Aman the short name an earlier sentence gave in brackets after a shelter: "the
    # government’s shelter, the Protection and Social Rehabilitation Center (Aman)" (audit14's qatar-2023-protection)
    for to in _TO_NAME.finditer(text):
        rx = rc.compile_cached(_SHELTER_DEFINED.format(name=re.escape(to.group("name"))))
        if any(rx.search(t) for t in before):
            return True
    if name is None:
        return False
    # the shelter's own name, a few words at most ("Aman Protection and Social Rehabilitation Center shelter"), not a
    # clause that goes on to a shelter ("Haven counselling center referred victims to a shelter")
    rx = rc.compile_cached(rf"\b{re.escape(name.group('name'))}(?: [\w-]+){{0,5}}? shelter\b")
    return any(rx.search(t) for t in before)


#: A name the money goes to ("to Aman in 2022"), and its definition in brackets after a shelter: "shelter, the
#: Protection and Social Rehabilitation Center (Aman)", "shelters run by the Foundation for Women (FFW)".
_TO_NAME = rc.lazy(r"\b(?:to|for) (?:the )?(?P<name>(?-i:[A-Z][A-Za-z]{1,15}))(?:’s|'s)?\b(?! (?-i:[A-Z]))")
_SHELTER_DEFINED = (r"\bshelters?\b,? (?:(?:run|operated|managed) by )?(?:the )?"
                    r"(?-i:[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|the|and|on|against|to|in)){{0,10}}) \({name}\)")

#: A short name the money goes to ("to the NCPHT’s secretariat", "for the NCATIP"), and that name's definition in an
#: earlier sentence: a body's name in capitals with a body noun and "Trafficking" right before it in brackets.
_TO_SHORT_NAME = rc.lazy(r"\b(?:to|for|of) (?:the )?(?P<acr>(?-i:[A-Z][A-Za-z]{0,6}[A-Z]))(?:’s|'s)?\b")
_BODY_NAME = (r"(?-i:(?:[A-Z][\w’'-]*|of|for|the|and|on|against|to|in)"
              r"(?: (?:[A-Z][\w’'-]*|of|for|the|and|on|against|to|in)){{1,12}}) \({acr}\)")
_BODY_NOUN = rc.lazy(r"\b(?-i:Committee|Commission|Council|Unit|Office|Secretariat|Task Force|Agency|Board|Authority"
                     r"|Coordinator|Directorate|Bureau|Department)\b")
_TRAFFICKING_NAME = rc.lazy(r"\b(?-i:Trafficking|TIP)\b")


def _named_body(ctx: Context, text: str) -> bool:
    """The money goes to a short name an earlier sentence of the paragraph gave a counter-trafficking body: "The
    National Committee for the Prevention of Human Trafficking (NCPHT) ... The government allocated 250,000 Jordanian
    dinars ... to the NCPHT’s secretariat" (audit12's jordan-2023-prevention): the body's budget, `other` (the corpus
    README's counter-trafficking bodies, as ``money.body`` reads "to the C-TIP Unit")."""
    para = ctx.sent.para
    if para is not None and ctx.sent.text in para.texts and "(" in "".join(para.texts):
        before = list(para.texts[: para.texts.index(ctx.sent.text)])
    else:
        before = []
    # ... or in any sentence of the document: the summary names "the National Committee for Counter Trafficking
    # (NCCT)", the protection section gives money "to the NCCT" (audit14's cambodia-2019, own text)
    before += [t for t in ctx.bracketed if t != ctx.sent.text]
    if not before:
        return False
    for m in _TO_SHORT_NAME.finditer(text):
        rx = rc.compile_cached(_BODY_NAME.format(acr=re.escape(m.group("acr"))))
        for t in before:
            name = rx.search(t)
            if name and _BODY_NOUN.search(name.group()) and _TRAFFICKING_NAME.search(name.group()):
                return True
    return False


#: A proper name opening a clause, perhaps after "The" (not a sentence's usual openers).
_OPENING_NAME = rc.lazy(r"^(?:The )?(?!(?:The|This|These|That|Those|It|Its|In|During|Since|From|For|Of|On|At|By|As|"
                        r"After|Before|Although|While|However|Authorities|Officials|Government|Police|Courts?|NGOs?)\b)"
                        r"(?P<name>(?-i:[A-Z][a-z]+))\b(?! (?-i:[A-Z]))")


#: A year that dates the sum after it as an adjective: "compared with a 2021 budget of $52.44 million GYD", "its 2019
#: allocation was 3 million lari".
_BUDGET_YEAR = rc.lazy(
    # ("The 2022 State Budget allocated 1 million rufiyaa": the state's, national or government budget; batch 91)
    r"\b((?:19|20)\d\d) (?:(?:state|national|government|federal|general) )?(?:annual |anti-trafficking |operating )?"
    r"(?:budget|allocation|appropriation|funding|spending)s?"
    r"\b[^.;,()\d]{0,25}$",
    IGNORECASE,
)
#: ... or names it right after the sum: "a decrease from the 1.99 million MVR ($129,050) in the 2021 budget" (batch 91,
#: maldives-2022): that year's sum.
_BUDGET_YEAR_AFTER = rc.lazy(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:in|from|under) (?:the|its) ((?:19|20)\d\d) (?:(?:state|national|government|federal|"
    r"general) )?(?:annual |anti-trafficking |operating )?(?:budget|allocation|appropriation)s?\b",
    IGNORECASE,
)
#: ", including ...": what a sum's stated purpose includes (a shelter named there is part of that purpose).
_INCLUDING = rc.lazy(r",? including\b", IGNORECASE)
_CLAUSE_END = rc.lazy(r";|\bwhile\b|\bwhereas\b|, but\b", IGNORECASE)


def _clause(text: str, start: int) -> str:
    """The clause of the sentence that holds ``start`` (between semicolons, "while", "whereas", ", but")."""
    a = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    b = next((m.start() for m in _CLAUSE_END.finditer(text, start)), len(text))
    return text[a:b]


#: Where a sum's own purpose is stated right after it: "120,000 dollars ($14,900) to a shelter", "for victim care".
_OWN_PURPOSE = rc.lazy(r"^\)?,? (?:for|to|toward|towards|on)\b", IGNORECASE)


def _own_purposes(text: str, found: list, ctx: Context | None = None) -> list[str | None]:
    """Each sum's kind from the purpose stated right after it, where the sentence gives two sums two different
    purposes ("120,000 dollars to a shelter and 500,000 marks for victim assistance"); otherwise None for every sum
    (the sentence's kind stands, as for one sum and its comparisons). A sum given to a counter-trafficking body, named
    or by a short name defined in the document, is `other` ("4.2 billion riel ($1.04 million) to the NCCT in 2018,
    ..., and provided an additional 320 million riel ($79,200) for victim services": audit14's cambodia-2019)."""
    mo = rules().money
    kinds: list[str | None] = []
    for k, money in enumerate(found):
        upto = found[k + 1].amount.start if k + 1 < len(found) else len(text)
        words = text[money.end:upto]
        kind = _named_kind(words, other=False) if _OWN_PURPOSE.match(words) else None
        if kind is None and ctx is not None and _OWN_PURPOSE.match(words):
            own = _COMPARED_TAIL.split(words, 1)[0]
            if (mo.body and compiled(mo.body).search(own)) or _named_body(ctx, own):
                kind = "other"
        kinds.append(kind)
    if len({k for k in kinds if k}) >= 2:
        return _compared_kinds(text, found, kinds)
    # each purpose read as a sentence's is ("390,000 lev ($224,010) for services and implementation of the annual
    # national anti-trafficking and victim protection program, the same as in 2018, and spent 149,170 lev ($85,680) on
    # health care and psychological and social assistance, compared to 234,000 lev ... in 2018": the plan's budget and
    # victim assistance, a sum with no purpose of its own the last one's; batch 86, bulgaria-2020), where the words name
    # two kinds, not from the sentence's theme
    kinds = []
    for k, money in enumerate(found):
        upto = found[k + 1].amount.start if k + 1 < len(found) else len(text)
        words = _COMPARED_TAIL.split(text[money.end:upto], 1)[0]
        kind = _purpose_kind(words) if _OWN_PURPOSE.match(words) else None
        kinds.append(kind)
    kinds = _compared_kinds(text, found, kinds)
    return kinds if len({k for k in kinds if k}) >= 2 and all(kinds) else [None] * len(found)


def _compared_kinds(text: str, found: list, kinds: list[str | None]) -> list[str | None]:
    """A sum with no purpose of its own compared with the sum before it (", compared to 234,000 lev ... in 2018") is of
    that sum's kind."""
    out = list(kinds)
    for k in range(1, len(found)):
        if out[k] is None and out[k - 1] and _COMPARED_TAIL.search(text, found[k - 1].end, found[k].amount.start):
            out[k] = out[k - 1]
    return out


#: Where a sum's own words end before a comparison: ", the same as in 2018", ", compared to ...".
_COMPARED_TAIL = rc.lazy(r",? (?:the same as|compared (?:to|with)|up from|down from|an? (?:increase|decrease) from)\b",
                         IGNORECASE)


def _purpose_kind(words: str) -> str | None:
    """The kind a sum's own purpose names: the named plan's implementation before victims' care ("for services and
    implementation of the annual national ... and victim protection program"), else _named_kind's."""
    mo = rules().money
    if mo.plan_named and compiled(mo.plan_named).search(words):
        return "national action plan"
    return _named_kind(words, other=False)


def _clause_kind(ctx: Context, start: int) -> str | None:
    """The kind of the money at ``start`` from its own clause (up to a semicolon) when that clause states
    one: "$400,000 for all anti-trafficking efforts ...; more than half went toward victim assistance" is
    "other"; None when the clause states none (the sentence's kind stands). A clause of contrast after ", while" is a
    clause of its own too: "the ministry's budget for the victims' attention ... was $370,960, while the
    anti-trafficking unit received a separate budget of $486,570" (batch 157's el-salvador-2019)."""
    cuts = list(_CLAUSE_CUT.finditer(ctx.text))
    a = max((m.end() for m in cuts if m.end() <= start), default=0)
    b = min((m.start() for m in cuts if m.start() >= start), default=len(ctx.text))
    clause = ctx.text[a:b]
    if len(clause) == len(ctx.text):
        return None
    return _named_kind(clause)


#: Where a money clause ends: a semicolon, or a comma before a clause of contrast ("..., while the unit received ...").
_CLAUSE_CUT = rc.lazy(r";|,\s+(?:while|whereas)\b", IGNORECASE)


def _named_kind(text: str, other: bool = True) -> str | None:
    """The kind of money ``text`` names in words, the first that matches of shelter, victims, the action plan and (with
    ``other``) other anti-trafficking work; None when it names none. A shelter named as one service among others ("to
    provide shelter, services, and legal support to victims") is no shelter's money (batch 91, austria-2020)."""
    mo = rules().money
    for kind, rx in (("shelter", r"\bshelter"), ("victim assistance", mo.topic),
                     ("national action plan", rules().action_plan.pattern.regex), ("other", mo.other)):
        if (other or kind != "other") and (m := compiled(rx).search(text)):
            if kind == "shelter" and _among_services(text, m.start()):
                continue
            return kind
    return None


def _among_services(text: str, at: int) -> bool:
    """Whether the shelter named at ``at`` is one service among others the money gives (money.shelter_among_services,
    money.shelter_with_care: "shelter, medical care, and legal aid", "to assist and house victims")."""
    mo = rules().money
    return any(m.start() <= at < m.end() for rx in (mo.shelter_among_services, mo.shelter_with_care) if rx
               for m in compiled(rx).finditer(text))


#: Nothing but a comma between a fiscal year and the sum after it: the year opens that sum's clause.
_LEADS_NEXT_SUM = rc.lazy(r"[\s,:]*(?:[^\w\s(]{1,3})?$")


@entry(lambda: (rules().money.cue.rx,))
def money(ctx: Context, out: Rows) -> list[Row]:
    """Money the government gave: each amount in the currency written (an ISO code, from Babel's currency
    names and the document's country) and its dollar equivalent, qualified by what it is for (funding_kind)."""
    mo = rules().money
    if (not ctx.may(mo.cue.rx) or not ctx.may_have_number or not mo.cue.rx.search(ctx.text)
            or not HAS_NUMBER.search(ctx.text)):
        return []
    given = {m.group(0).lower()[:6] for m in mo.cue.rx.finditer(ctx.text)}
    if given <= {"receiv", "awarde", "awards", "award", "awardi"} and compiled(mo.received_not_given).search(ctx.text):
        # "the victim received 20,000 som in compensation", "the court awarded ... in restitution" (batch 62); "a
        # default judgment awarding more than $1 million in damages" (batch 136's malawi-2018-intro)
        return []
    q = funding_kind(ctx)
    if q is None:
        return []
    country = ctx.source.country
    made = []
    per_unit = compiled(mo.per_unit)
    per_before, donor = compiled(mo.per_unit_before.removesuffix("$") + r"\$?$"), compiled(mo.donor)
    fiscal = sorted((m.start(), m.end(), int(m.group("a"))) for m in fiscal_years(ctx.text))
    found = find_money(ctx.text, word_pattern(), lambda written: currency_code(written, country), symbol_codes())
    purposes = _own_purposes(ctx.text, found, ctx)
    per_compared = compiled(mo.per_unit_compared) if mo.per_unit_compared else None
    per_skipped: set[int] = set()
    own_years: dict[int, tuple[int | None, set[str]]] = {}
    for k, money in enumerate(found):
        end = money.end
        if per_unit.match(ctx.text[end:]) or per_before.search(ctx.text, max(0, money.amount.start - 90),
                                                               money.amount.start):
            per_skipped.add(k)
            continue
        if (per_compared and k - 1 in per_skipped and per_unit.match(ctx.text[found[k - 1].end :])
                and per_compared.match(ctx.text[found[k - 1].end : money.amount.start])):
            per_skipped.add(k)
            continue  # "€426,000 ($488,530) each in 2018, compared with €428,000 ... in 2017": per unit too
        if donor.search(_clause(ctx.text, money.amount.start)):
            continue  # "The shelter's annual budget was 400,000 lei, funded by foreign donors": not the government's
        if (k + 1 < len(found) and _ADDED_BEFORE.search(ctx.text, max(0, money.amount.start - 40), money.amount.start)
                and _BROUGHT_TOTAL_TO.match(ctx.text[end : found[k + 1].amount.start])):
            continue  # "approved an additional 500,000 Canadian dollars ($367,110) ..., which brought the annual total
            # to 1 million Canadian dollars": the added sum is a part of the total stated after it (batch 198,
            # canada-2019)
        year, yflags = resolve_year(ctx, money.amount.start)
        if ((ry := ctx.source.reporting_year) and _STEADY_FROM_PREVIOUS.match(ctx.text, end)
                and not rc.search(r"\b(?:19|20)\d\d\b", ctx.text)):
            # "60 million shillings (...) ..., which was a steady allocation from the previous year": the reporting
            # period's sum, the previous year's too (_SAME_AMOUNT; batch 66's kenya-2019, residue5)
            year, yflags = ry, {"year_inferred"}
        if ((ry := ctx.source.reporting_year) and year and year < ry
                and (same := _SAME_AMOUNT.match(ctx.text, end)) and same.group("y") and int(same.group("y")) == year
                and (k + 1 == len(found) or found[k + 1].amount.start > same.end())
                and not rc.search(r"\b(?:19|20)\d\d\b", ctx.text[end : same.start("y")])):
            # "compared with €79,000 ... in 2018, and an additional €15,000 ($16,850) for its own awareness raising
            # projects, which was the same allocation as 2018": the year the clause likens the sum to is its other
            # year, not its own (read from the comparison before it); the sum is the reporting period's (batch 141,
            # slovenia-2020)
            year, yflags = ry, {"year_inferred"}
        if dated := _BUDGET_YEAR.search(ctx.text, max(0, money.amount.start - 60), money.amount.start):
            year, yflags = int(dated.group(1)), set()  # "compared with a 2021 budget of ...": that year's sum
        elif dated := _BUDGET_YEAR_AFTER.match(ctx.text, end):
            year, yflags = int(dated.group(1)), set()  # "a decrease from the 1.99 million MVR ... in the 2021 budget"
        if (ry := ctx.source.reporting_year) and (back := _years_back(ctx.text, found, k)):
            year, yflags = ry - back, {"year_inferred"}  # "from $5,000 and $10,000 allocated in the previous two years"
        if (k + 1 < len(found) and _CHANGE_FROM.search(ctx.text, max(0, money.amount.start - 120), money.amount.start)
                and _FROM_TO_GAP.match(ctx.text[_amount_end(money, found[k + 1]) : found[k + 1].amount.start])):
            # "increased its anti-trafficking budget from $200,000 to $242,000": the sum it changed from is the year
            # before the new one's (a year stated after either sum is read as such instead)
            later, _ = resolve_year(ctx, found[k + 1].amount.start)
            if later:
                year, yflags = later - 1, {"year_inferred"}
        if respective := _respective_year(ctx.text, found, k):
            year, yflags = respective, set()  # "compared with $5,000 and $10,000 in 2021 and 2020, respectively"
        upto_sum = found[k + 1].amount.start if k + 1 < len(found) else len(ctx.text)
        if (k >= 2 and k - 2 in own_years and _FURTHER_SUM.search(ctx.text[found[k - 1].end : money.amount.start])
                and rules().comparison.rx.search(ctx.text, found[k - 2].end, found[k - 1].amount.start)
                and not rc.search(r"\b(?:19|20)\d\d\b", ctx.text[end : upto_sum])):
            # "€89,000 ... for NGO-led awareness raising projects, compared with €79,000 ($88,760) in 2018, and an
            # additional €15,000 ($16,850) for its own ...": a further sum after the compared one, with no year in
            # its own words, is of the first sum's year, not of the comparison's (batch 141, slovenia-2020)
            year, yflags = own_years[k - 2][0], set(own_years[k - 2][1])
        if (k >= 1 and k - 1 in own_years and year is not None
                and (prev_same := _SAME_AMOUNT.match(ctx.text, found[k - 1].end)) and prev_same.group("y")
                and int(prev_same.group("y")) == year and prev_same.end() <= money.amount.start
                and not rc.search(r"\b(?:19|20)\d\d\b", ctx.text[prev_same.end() : upto_sum])):
            # "70,000 KM ($41,200) to NGO-run shelters, the same amount as in 2017, and the Ministry of Security
            # allocated 60,000 KM ...": the year the sum before was likened to is not the next sum's (audit13)
            year, yflags = own_years[k - 1][0], set(own_years[k - 1][1])
        upto = found[k + 1].amount.start if k + 1 < len(found) else len(ctx.text)
        # a fiscal year right before the next sum is that sum's ("25.86 million GYD ($120,270) and in fiscal year 2021,
        # 37.67 million GYD": batch 102, guyana-2021), not this one's
        fy = ([y for s, e, y in fiscal if end <= s < upto and not (k + 1 < len(found) and _LEADS_NEXT_SUM.match(
            ctx.text, e, upto))] or [y for _, e, y in fiscal if e <= money.amount.start][-1:])
        if fy:
            year, yflags = fy[0], set()
        own_years[k] = (year, set(yflags))
        # only "other" overrides: a clause on the whole anti-trafficking budget; a clause naming "the NGO" after
        # one naming its shelter keeps the sentence's "shelter"
        kind = "other" if _clause_kind(ctx, money.amount.start) == "other" else (purposes[k] or q)
        if mo.whole_budget and compiled(mo.whole_budget).search(ctx.text, max(0, money.amount.start - 160),
                                                                 money.amount.start):
            kind = "other"  # "increased its anti-trafficking budget from $200,000 to $242,000": the whole budget
        if k + 1 < len(found) and _INCLUDING_PART.match(ctx.text[end : found[k + 1].amount.start]):
            # "$450,000 in funding for its domestic anti-trafficking programs, including more than $280,000 for victim
            # assistance": the whole's kind is that of its own words, before the part
            words = _PART_LEAD.split(ctx.text[end : found[k + 1].amount.start], 1)[0]
            kind = funding_kind(ctx, ctx.text[:end] + words) or kind
        elif k and _INCLUDING_PART.match(ctx.text[found[k - 1].end : money.amount.start]):
            # ... and the part's that of the words after it, if they name one
            kind = _named_kind(ctx.text[end:upto].split(";", 1)[0], other=False) or kind
        prev_end = found[k - 1].end if k else 0
        if k and _OF_THE_WHOLE.match(ctx.text[prev_end : money.amount.start]):
            # "expending 378,000 cedis ($78,340) of the 500,000 cedis ... deposited in the Human Trafficking Fund ...,
            # for items necessary to open two specialized shelters": the purpose after the whole is the part's; the
            # whole's kind is that of the sentence before the part and of the whole's own words
            # "of its 300 million naira ($830,000) anti-trafficking budget": the words, without the sum's figures
            own = ctx.text[prev_end : money.amount.start] + " " + _PURPOSE.split(ctx.text[end:], 1)[0]
            own = rc.sub(r"\s*[^\w\s]*\s*\)?\s+", " ", own)
            kind = funding_kind(ctx, ctx.text[: found[k - 1].amount.start] + " " + own) or kind
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
                    unit=dated_code(cur, year),  # "119 million leones" in 2016: SLL, before the SLE
                    qualifier=kind,
                    pos=mention.start,
                    rule=mo.cue.id,
                )
            )
        both = _BOTH_YEARS.match(ctx.text, end)
        if not (both and (k + 1 == len(found) or found[k + 1].amount.start > both.end())):
            # "In both 2019 and 2020, the government allocated €300,000 ...": the sentence's one sum, each year's
            both = _BOTH_YEARS_LEAD.match(ctx.text) if len(found) == 1 else None
        if both:
            # "19 million drams ($40,000) in both 2019 and 2018": the same sum in each year
            for other in sorted({int(y) for y in both.groups()} - {year}):
                rows = [r for r in made if r.pos in (money.amount.start, money.usd.start if money.usd else -1)
                        and r.year == year]
                made += _same_sum_in(ctx, out, rows, money.currency, other, both.start(), mo.cue.id)
        same = _SAME_AMOUNT.match(ctx.text, end)
        if same and (k + 1 == len(found) or found[k + 1].amount.start > same.end()):
            # "3.5 million rubles ($110,000) ... in 2008, the same amount as in 2007": that year's too
            ry = ctx.source.reporting_year
            other = int(same.group("y")) if same.group("y") else (year - 1 if year else (ry - 1 if ry else None))
            rows = [r for r in made if r.pos in (money.amount.start, money.usd.start if money.usd else -1)]
            made += _same_sum_in(ctx, out, rows, money.currency, other, same.start(), mo.cue.id)
            if same.group("y2"):  # "the same as in 2019 and 2018": each year named
                made += _same_sum_in(ctx, out, rows, money.currency, int(same.group("y2")), same.start(), mo.cue.id)
    return made


#: A sum added to an earlier one, and the clause that states the total it brought: "an additional 500,000 Canadian
#: dollars ($367,110) to support victims ..., which brought the annual total to 1 million Canadian dollars" (batch 198);
#: the total with no determiner, "raising total shelter funding to 9 million pesos" (audit9 r1's F32).
_ADDED_BEFORE = rc.lazy(r"\b(?:an? )?(?:additional|further|extra|supplementary)\s+(?:US)?[^\w\s.;,()]{0,2}$",
                        IGNORECASE)
_BROUGHT_TOTAL_TO = rc.lazy(r"[^.;]*?\b(?:which |that )?(?:brought|brings|bringing|raised|raising|increased|increasing)"
                            r" (?:(?:the|its|their|this|that) )?(?:[\w’'-]+ ){0,2}?(?:total|budget|allocation|funding)"
                            r"\b(?:[^.;\d]{0,60}? )?to (?:a total of )?"
                            r"(?:US)?[^\w\s.;,()]{0,2}$", IGNORECASE)


#: What leads a further sum right after a compared one: "(... ) in 2018, and an additional", "; and a further".
_FURTHER_SUM = rc.lazy(r"^\)?(?: (?:in|during) (?:19|20)\d\d)?[,;]? and "
                       # (another giver's clause: "..., and the Ministry of Labor and Social Welfare provided a further
                       # €12,000 ($12,800) for reintegration assistance"; audit13's montenegro-2023-protection)
                       r"(?:(?:[\w’'-]+ ){1,8}?(?:provided|allocated|gave|granted|contributed|disbursed|earmarked) )?"
                       r"(?:an? )?(?:additional|further)\s+(?:US)?[^\w\s.;,()]{0,2}$", IGNORECASE)


#: A sum set aside before its figure: "reserved a budget of 39,600 patacas", "set aside $5,000".
_RESERVED_BEFORE = rc.lazy(r"\b(?:reserv(?:ed|es|ing)|set(?:ting)? aside|earmark(?:ed|s|ing))\b[^.;\d]{0,40}$",
                           IGNORECASE)


def drop_reserves(out: Rows) -> None:
    """ "In addition, the government reserved a budget of 39,600 patacas ($4,950) under an agreement with an
    international organization for repatriation assistance" beside the year's 1.72 million patacas for victim protection
    services another sentence gave: a sum set aside for one service beside the year's larger allocation of that kind
    is no sum of the cell, which holds the year's (residue11, batch 31's macau-2020). A reserve that is the year's only
    sum of its kind stays."""
    funds = [r for r in out.rows if r.indicator == "shelter_funding" and r.value is not None]
    dropped = []
    for row in funds:
        if not _RESERVED_BEFORE.search(row.quote, 0, row.pos):
            continue
        if any(r is not row and r.year == row.year and r.unit == row.unit and r.qualifier == row.qualifier
               and r.value > row.value and r.sentence_id != row.sentence_id for r in funds):
            dropped.append(row)
    # (the dollar equivalent in brackets right after a sum dropped goes with it: "39,600 patacas ($4,950)")
    dropped += [r for r in funds if r.unit == "USD" and any(
        d.sentence_id == r.sentence_id and 0 < r.pos - d.pos <= 40 and "(" in r.quote[d.pos : r.pos] for d in dropped)]
    for row in dropped:
        if row in out.rows:
            out.rows.remove(row)


def _amount_end(money: Money, after: Money) -> int:
    """Where ``money``'s words end before the sum ``after`` it: its own end, or its amount's where its dollars are read
    from a range's one bracket after ``after`` ("from €170,000 to €220,000 ($179,140 to $231,820)", batch 109)."""
    return money.amount.end if money.usd and money.usd.start > after.amount.start else money.end


#: A sum changed from, before it: "increased its anti-trafficking budget from $200,000 to ...".
_CHANGE_FROM = rc.lazy(r"\b(?:increas|decreas|rais|reduc|cut|grew|rose|fell|expand|doubl|tripl)\w*\b[^.;$€£\d]{0,60}?"
                       r"\bfrom (?:US)?[^\w\s.;,()]{0,2}$", IGNORECASE)
#: ... and the gap to the sum it changed to, no year between: "$200,000 to $242,000", "1 million lari ($360,000) to".
_FROM_TO_GAP = rc.lazy(r"^\)? to (?:US)?[^\w\s.;,()]{0,2}$", IGNORECASE)


#: "... allocated in the previous two years" (or "in the two preceding years") after a list of sums: one sum a year, the
#: latest first.
_PREVIOUS_YEARS = rc.lazy(
    r"^[^.;\d$]{0,40}?\b(?:in|during|over|for) the (?:(?:previous|prior|past|preceding|last) (two|three|four|2|3|4)|"
    r"(two|three|four|2|3|4) (?:previous|prior|past|preceding|last)) "
    r"(?:years|reporting periods|fiscal years)\b",
    IGNORECASE,
)
#: "$5,000 and $10,000": the symbol before; "55,000 lari and 70,000 lari": the currency word after the first (a sum
#: written after one with its currency word takes that currency)
_LIST_GAP = rc.lazy(r"^\)?(?: [a-z]+)?(?:,? and |, )(?:US)?[^\w\s.;,()]{0,2}$")


#: The gap between a whole and a part it includes: "$450,000 ..., including more than $280,000", "..., of which" (a year
#: may stand between: "$310,000 for its anti-trafficking activities in 2020, of which $120,000").
_INCLUDING_PART = rc.lazy(r"^\)?(?:[^.;()$€£\d]|(?:19|20)\d\d\b){0,80}?,? "
                          r"(?:including|of which|of this(?: amount| sum| funding)?,?)"
                          # "of which it designated 11 million FCFA": the part's own subject and verb (batch 47)
                          r"(?: (?:it|they|the (?:government|ministry)|officials|authorities) (?:\w+ )?(?:designated|"
                          r"allocated|earmarked|dedicated|devoted|spent|used|reserved|set aside))? "
                          r"(?:more than |over |about |approximately |nearly |almost |some |at least |up to )?"
                          r"(?:US)?[^\w\s.;,()]{0,2}$", IGNORECASE)
#: Where a whole's words end before a part it includes: ", including", ", of which".
_PART_LEAD = rc.lazy(r",? (?:including|of which|of this)\b", IGNORECASE)
#: The gap between a part and its whole: "378,000 cedis ($78,340) of the 500,000 cedis".
_OF_THE_WHOLE = rc.lazy(r"^\)? of (?:the|its|a total of|an? (?:allocated |total )?)\s?(?:US)?[^\w\s.;,()]{0,2}$",
                        IGNORECASE)
#: Where the words of a sum end and its purpose begins: ", for items necessary to ...", ", to open ...".
_PURPOSE = rc.lazy(r",? (?:for|to|toward|towards|on)\b|[;.]", IGNORECASE)


#: "... in 2021 and 2020, respectively" after a list of sums: each sum's year, in order.
_RESPECTIVE_YEARS = rc.lazy(
    r"^[^.;\d$]{0,40}?\b(?:in|during|for) ((?:19|20)\d\d(?:, (?:19|20)\d\d)*,? and (?:19|20)\d\d),? respectively\b",
    IGNORECASE,
)


def _list_of(text: str, found: list, k: int) -> tuple[int, int, int]:
    """The first and last sums of the list of sums (joined by commas and "and") the ``k``-th stands in, and the end of
    the last one's words."""
    first = last = k
    while first > 0 and _LIST_GAP.match(text[found[first - 1].end : found[first].amount.start]):
        first -= 1
    while last + 1 < len(found) and _LIST_GAP.match(text[found[last].end : found[last + 1].amount.start]):
        last += 1
    return first, last, found[last].end


def _respective_year(text: str, found: list, k: int) -> int | None:
    """The year of the ``k``-th sum in a list of sums that years named "respectively" follow, one a sum."""
    first, last, end = _list_of(text, found, k)
    m = _RESPECTIVE_YEARS.match(text[end:]) if last > first else None
    years = [int(y) for y in rc.findall(r"(?:19|20)\d\d", m.group(1))] if m else []
    return years[k - first] if len(years) == last - first + 1 else None


def _years_back(text: str, found: list, k: int) -> int | None:
    """How many years before the reporting year the ``k``-th sum is, when it stands in a list of sums that "the previous
    two years" closes (the report lists compared years the latest first: "$5,000 and $10,000 allocated in the
    previous two years" are those of one year and two years before); None otherwise."""
    first, last, end = _list_of(text, found, k)
    m = _PREVIOUS_YEARS.match(text[end:])
    if m is None or last == first:
        return None
    said = m.group(1) or m.group(2)
    n = {"two": 2, "three": 3, "four": 4}.get(said.lower()) or int(said)
    return k - first + 1 if last - first + 1 == n else None


def _same_sum_in(ctx: Context, out: Rows, rows: list[Row], currency: str, year: int | None, pos: int,
                 rule: str) -> list[Row]:
    """The rows of one sum again for ``year``, which the text gives the same sum ("in both 2019 and 2018", "the same
    amount as in 2007"), in the currency's code of that year (dollars stay dollars)."""
    return [out.add(ctx, "shelter_funding", number_text=row.number_text, year=year, flags=set(), value=row.value,
                    unit="USD" if row.unit == "USD" else dated_code(currency, year), qualifier=row.qualifier,
                    pos=pos, rule=rule) for row in rows]


#: " in both 2019 and 2018", " in 2015 and 2014" (or "for both ...", "in each of ...") after a sum: the sum of each of
#: the two years (not "... in 2021 and 2020, respectively": a sum of each year); after its currency word or purpose when
#: it has no dollar bracket ("400,000 XCD in 2015 and 2014", "250,000 euros for shelters in both 2019 and 2020",
#: "($35,000) to shelters for trafficking victims in both 2020 and 2019"), no
#: figure nor comparison between ("100,000 euros, more than in 2019 and 2018" is no sum of those years)
_BOTH_YEARS = rc.lazy(
    r"\)?(?:(?!\b(?:than|compared|versus|vs|as|since|between|from|until|through|after|before)\b)[^.;()\d$€£]){0,60}? "
    r"(?:in|for|during) (?:both |each of )?((?:19|20)\d\d),? and (?:in )?((?:19|20)\d\d)\b"
    r"(?!,? respectively\b)",
    IGNORECASE,
)
#: "In both 2019 and 2020, ..." (or "During each of 2019 and 2020,") opening a sentence whose one sum it dates in each
#: year.
_BOTH_YEARS_LEAD = rc.lazy(r"^(?:in|during|for) (?:both |each of )((?:19|20)\d\d),? and ((?:19|20)\d\d),", IGNORECASE)
#: "..., which was a steady allocation from the previous year": the sum unchanged, the clause far after it (batch 66's
#: kenya-2019, residue5).
_STEADY_TEXT = (r"[^.;]{0,200}?,? (?:which|that) (?:was|is) (?:an? )?(?:steady|unchanged|constant|stable) "
                r"(?:allocation|amount|sum|level) (?:from|as in|since) the (?:previous|prior|preceding) "
                r"(?:year|reporting period)\b")
#: "..., the same amount as in 2007", "the same as the previous year": the sum of another year, unchanged ("the
#: same as in 2019 and 2018": of each).
_SAME_AMOUNT = rc.lazy(
    # (or a participle of giving in place of "as": "the same amount provided in 2019", batch 37's gambia-2021)
    # ("which was the same allocation as 2018": the budget's word, and the year with no "in"; batch 141's
    # slovenia-2020)
    r"[^.;]{0,140}?,? (?:the )?same (?:(?:amount|level|sum|funding|allocation|budget)? ?as "
    r"(?:it (?:did|allocated|provided) )?|"
    r"(?:amount|level|sum|funding|allocation|budget) (?:provided|allocated|given|spent|disbursed|budgeted|granted) )"
    r"(?:(?:in )?(?P<y>(?:19|20)\d\d)(?: and (?:in )?(?P<y2>(?:19|20)\d\d))?"
    r"|(?:in )?the (?:previous|prior|preceding) (?:year|reporting period))\b"
    # (or the steady allocation clause, far after the sum: _STEADY_TEXT)
    r"|" + _STEADY_TEXT,
    IGNORECASE,
)
#: ... that clause alone: the sum is the reporting period's (the previous year named only as the sum's other year).
_STEADY_FROM_PREVIOUS = rc.lazy(_STEADY_TEXT, IGNORECASE)


#: Funds denied before "for the implementation of": "did not allocate any funding for the implementation of its NAP".
#: ... and a denial of the resources: "failed to allocate resources to implement the 2018-2021 national action plan"
#: ({DENIED}: the implementation the money was to fund is no stage the plan reached; batch 71, tanzania-2020)
#: ... and money named after "or" in a denied object, the negation governing both: "did not provide an operational
#: budget for the task force or funding for implementation of the plan" (fix216, sierra-leone-2019-prevention)
_NEGATED_CLAUSE = rc.lazy(r"\b(?:{DENIED}|no|without|lack\w*|insufficient)\b(?:[^.;,]{0,60}|[^.;,]{0,80}? or "
                          r"(?:[\w-]+ ){0,2}?(?:funds?|funding|money|resources|budget|financing) )$", IGNORECASE)


def _negated(ctx: Context, verb: re.Match) -> bool:
    """A plan's verb negated ("did not finalize"); for money "for the implementation of" the plan, anywhere in its
    clause before it ("did not allocate any funding for the implementation of ...")."""
    if verb.groupdict().get("implementing") or verb.groupdict().get("implement_to"):
        return bool(_NEGATED_CLAUSE.search(ctx.text, 0, verb.start()))
    if DENIED.search(ctx.text, max(0, verb.start() - 20), verb.start()):
        return True
    # a bare verb opening an item of a list a negation governs ("did not open a shelter; finalize its 2021-2025 NAP; or
    # train judges"; batch 58): denied as the list's first verb is
    return bool(rc.fullmatch(r"[a-z]+(?<!ed)(?<!ing)", verb.group(), IGNORECASE)
                and _DENIED_LIST_HEAD.search(ctx.text, 0, verb.start()))


def _remit(ctx: Context, verb: re.Match, mandate: str) -> bool:
    """A plan's verb that says what a body is for ("was responsible for drafting", "tasked with implementing"): no
    stage the text reports the plan reached (``action_plan.mandate``)."""
    return bool(mandate) and bool(compiled(mandate).search(ctx.text, max(0, verb.start() - 40), verb.start()))


#: A stage denied before the plan ("did not adopt the strategy and national action plan for 2015-2016", "has yet to
#: approve its 2022-2026 NAP", "failed to finalize", "has not yet adopted", "did not continue to implement"): the plan
#: reached no stage the text states.
_DENIED_STAGE = rc.lazy(
    r"\b(?:{DENIED})\s+(?:\w+ly\s+|yet\s+)?(?:adopt(?:ed)?|approved?|finali[sz]ed?|"
    r"launch(?:ed)?|sign(?:ed)?|enact(?:ed)?|endorsed?|draft(?:ed)?|develop(?:ed)?|completed?|updated?|renew(?:ed)?|"
    r"extend(?:ed)?|(?:continue\s+(?:to\s+)?)?implement(?:ed|ing)?|continue\s+(?:the\s+)?implementation)\b[^.;]{0,80}$",
    IGNORECASE,
)
#: ... and a stage denied by a negation that governs a list of bare verbs, each opening its own item after ";" or ", or"
#: ("it did not inspect migrant working conditions ...; approve the 2022-2025 national action plan (NAP); or adopt
#: pending legislation": the plan was not approved; batch 58's seychelles-2023). The bare form only: "; it approved the
#: 2022-2025 NAP" after a negated clause is a stage reached.
_DENIED_LIST_HEAD = rc.lazy(r"\b(?:{DENIED})\s[^.]*?(?:;|,\s+(?:or|nor))\s+(?:or\s+|nor\s+)?$", IGNORECASE)
_DENIED_LIST_STAGE = rc.lazy(
    r"\b(?:{DENIED})\s[^.]*?(?:;|,\s+(?:or|nor))\s+(?:or\s+|nor\s+)?(?:adopt|approve|finali[sz]e|launch|sign|enact|endorse|"
    r"draft|develop|complete|update|renew|extend|implement|(?:continue\s+(?:to\s+)?)?implement)\s+[^.;]{0,80}$",
    IGNORECASE,
)
#: A plan named by its draft: "its national action plan, the draft of which covers 2016 through 2020", "the draft
#: plan for 2022-2026", "A draft 2021-2025 national action plan awaited approval" (the draft right before the period),
#: "The government’s draft national action plan for 2020-2024".
_DRAFT_OF = rc.lazy(r"\bthe draft of which\b|(?:\b(?:its|the|a)|[’']s) draft (?:[\w-]+ ){0,3}?(?:plan|strategy|NAP)\b"
                    r"|(?:\b(?:its|the|a)|[’']s) (?:new |revised )?draft (?:new |revised )?$", IGNORECASE)


#: The year right after a plan's period and noun, or after the next plan of a list joined by "and" (fixq): " action plan
#: in 2017", " national strategy and its 2017-2018 action plan in 2017"; not a period's first year ("in 2017-2018").
_PLAN_OWN_YEAR = rc.lazy(
    r"\s+(?:(?:[\w-]+ ){0,3}?(?:plans?|strateg(?:y|ies)|program(?:me)?s?|NAPs?)\s+)?"
    r"(?:and (?:its|the|a|an|their) (?:[\w-]+ ){0,5}?(?:plans?|strateg(?:y|ies)|program(?:me)?s?|NAPs?)\s+)?"
    r"(?:in|during) ((?:19|20)\d\d)\b(?!\s*(?:[-–/]|to\b|through\b|and (?:19|20)\d\d))",
    re.IGNORECASE,
)

#: The break before a later clause of its own (a subject or a date before its verb): ", and in December 2018 it ...",
#: "; the ministry ...".
_LATER_CLAUSE = rc.lazy(r"(?:,\s*and|;)\s+(?=(?:in|during|on|by) (?:[\w-]+ ){0,2}?(?:19|20)\d\d\b"
                        r"|(?:it|the|they|its)\b)")


# (a plan; a new plan dates those before; a plan of a period named before by a bare noun)
@entry(lambda: (rules().action_plan.pattern.rx, _NEW_PLAN_DATED,
                compiled(rules().action_plan.named_before) if rules().action_plan.named_before else None))
def action_plan(ctx: Context, out: Rows) -> list[Row]:
    """Action plans and programs with their period ("for 2021-2025") and what was done with them."""
    a = rules().action_plan
    bare = None
    if not ctx.may(a.pattern.rx) or not a.pattern.rx.search(ctx.text):
        # "the 2021-2025 strategy" with no anti-trafficking word: the plan of that period named before (fixb)
        bare = _named_before(ctx, out, a)
        if not bare:
            _date_new_plan(ctx, out)  # "During the reporting period, the committee approved its new plan"
            return []
    verbs_rx = compiled("|".join([a.verbs, *a.verbs_more]))
    made = []
    # a record's starting year dates no plan ("convicting two traffickers, the first conviction since 2014; approving
    # the 2017-2021 national action plan"; batch 115's curacao-2018-intro)
    record = [(r.start(), r.end()) for r in _RECORD_SINCE.finditer(ctx.text)] if ctx.may(_RECORD_SINCE) else []
    plans = _periods(ctx.text, a)
    if bare is not None:  # only the periods of the plans named before, no other period of the sentence
        plans = [p for p in plans if p[0].start() in bare]
    for m, period, (lo, hi) in plans:
        # another plan's own year dates no plan ("drafting and adopting a national anti-trafficking strategy for
        # 2019-2024 and a national action plan for 2019": the 2019 is the one-year plan's period, not the year the
        # strategy's stages were taken; batch 140's montenegro-2019-intro)
        named = [(p0, p1) for _, _, (p0, p1) in plans if (p0, p1) != (lo, hi)]
        # a year in a comparison after the plan is the compared figure's, not the plan's ("continued to implement the
        # 2017-2021 strategy and drafted its annual program with a budget of 461,600 lev, an increase from 440,400 lev
        # in 2020"; batch 57, bulgaria-2022)
        compared = next((c.start() for c in rules().comparison.rx.finditer(ctx.text, hi)), len(ctx.text))
        # (nor a year in a later clause that names another plan with its own stage: "continued to implement the
        # 2016-2019 national action plan, and in December 2018 it began drafting the 2020-2023 strategy"; audit13)
        if (later := min((p0 for _, _, (p0, _p1) in plans if p0 >= hi), default=None)) is not None and (
                brk := _LATER_CLAUSE.search(ctx.text, hi, later)):
            compared = min(compared, brk.start())
        # (nor does a year of another plan's period: "adopted the National Strategy for 2022-2026 and a NAP for
        # implementation between 2022 and 2024"; batch 137's kosovo-2023-intro)
        others = [y for s, _, y in ctx.years if not lo <= s < hi and s < compared
                  and not any(r0 <= s < r1 for r0, r1 in [*record, *named])]
        dates = [int(d.group(1)) for d in DATE_RE.finditer(ctx.text, 0, compared)
                 if not any(p0 <= d.start() < p1 for p0, p1 in named)]
        # (nor a year inside an earlier item of a list of gerunds: "by finalizing and adopting the implementing rules
        # for the 2012 ... Act (PSHTA) in January 2017 and drafting an implementation roadmap for the 2015-2017
        # national action plan": 2012 and January 2017 are the rules' item's; batch 168's bangladesh-2017-intro)
        if earlier := _earlier_item(ctx.text, m.start()):
            others = [y for s, _, y in ctx.years if not lo <= s < hi and s < compared
                      and not any(r0 <= s < r1 for r0, r1 in [*record, *named, earlier])]
            dates = [int(d.group(1)) for d in DATE_RE.finditer(ctx.text, 0, compared)
                     if not any(p0 <= d.start() < p1 for p0, p1 in [*named, earlier])]
        year = (dates or others or [None])[0]
        if own_year := _PLAN_OWN_YEAR.match(ctx.text, m.end()):
            # "adopted the 2017-2022 national strategy and its 2017-2018 action plan in 2017 and, in December 2018,
            # adopted a new 2019-2020 action plan": the year right after the plans (or the list of them) dates them,
            # not a later clause's date (fixq, audit11's serbia-2019)
            year = int(own_year.group(1))
        # the verb of this plan: "implemented its plan for 2018-2021 and drafted a fifth plan for 2022-2025"; a verb
        # negated ("did not finalize its ... plan") is no stage the plan reached
        # (and none before another clause that comes before the plan: "endorsed new screening guidelines, but the
        # cabinet has yet to adopt the 2022-2025 plan")
        cut = max((b.end() for b in compiled(a.clause_break).finditer(ctx.text, 0, m.start())), default=0)
        # ("approved a supplement to Oman’s 2018-2020 national action plan": the verb's object is a part of the plan,
        # the verbs before it are the part's; batch 94)
        if a.part_of:
            # (matched in the whole text, so that a part "for" a plan may look ahead to the plan's noun; batch 168)
            cut = max([cut, *(b.end() for b in compiled(a.part_of).finditer(ctx.text, cut) if b.end() <= m.start())])
        verbs = [v for v in verbs_rx.finditer(ctx.text, cut, m.start()) if not _negated(ctx, v)]
        # ("The 2019-2021 NAP, developed with an international organization, preceded a 2022-2025 NAP": the
        # participles right after an earlier plan are that plan's stages, not this one's; batch 52)
        claimed = {v.start() for p in compiled(a.period, 0).finditer(ctx.text, cut, m.start())
                   for v in _stages_after(ctx, verbs_rx, compiled(a.after), p.end())}
        verbs = [v for v in verbs if v.start() not in claimed]
        # "the 2021-2022 NAP as part of the 2018-2022 national strategy": the verbs before are the earlier plan's
        framed = a.frame and any(compiled(a.frame).match(ctx.text[p.end() : m.start()])
                                 for p in compiled(a.period, 0).finditer(ctx.text, cut, m.start()))
        if framed:
            verbs = []
        # "implemented its 2016-2020 national action plan and continued to consult ... for a new plan covering
        # 2021-2025": a predicate of its own after the earlier plan; the verbs before that plan are its own (batch 75)
        alone = False
        if a.own_predicate and (split := [p for p in compiled(a.period, 0).finditer(ctx.text, cut, m.start())
                                          if compiled(a.own_predicate).search(ctx.text, p.end(), m.start())]):
            verbs = [v for v in verbs if v.start() >= split[-1].end()]
            alone = not verbs
        # "The DEO ... was responsible for drafting Italy’s first-ever NAP (for the period 2022-2025)": a body's remit
        # names no stage; a plan named only so is no row (batch 45)
        remit = [v for v in verbs if _remit(ctx, v, a.mandate)]
        verbs = [v for v in verbs if v not in remit]
        verb = verbs[-1] if verbs else None if framed or alone else next((v for v in verbs_rx.finditer(ctx.text, cut)
                                             if not _negated(ctx, v) and not _remit(ctx, v, a.mandate)
                                             and v.start() not in claimed), None)
        if not verbs and verb is not None and verb.start() >= m.end() and any(
                p.start() >= verb.end() for p in compiled(a.period, 0).finditer(ctx.text, verb.end())) and not (
                _stages_after(ctx, verbs_rx, compiled(a.after), m.end())):
            # "an evaluation of its 2016-2018 National Action Plan ..., which informed the drafting of its new
            # 2019-2020 action plan": a verb after this plan and before a later one is the later plan's; this one has
            # no verb of its own, a plan named with no stage (batch 52's zimbabwe-2019; a participle right after the
            # plan, "The 2019-2021 NAP, developed with ..., preceded a 2022-2025 NAP", stays its own)
            verb = None
        if verb is None and (remit or (a.mandate_plain and compiled(a.mandate_plain).search(
                ctx.text, max(0, m.start() - 120), m.start()))):
            continue  # "mandated to draft a new national action plan for 2024-2028" (no stage verb): a remit alone
        # "drafted and adopted the new National Action Plan ... for 2021-2023": the plan at each stage named
        stages = [verb] if verb else [None]
        k = len(verbs) - 1  # "drafted, adopted, and began implementing": each verb of the chain before the plan
        stage_year_rx = compiled(a.stage_year)  # ("finalized in December 2020 and adopted in January 2021 the ...")
        while k > 0 and _chained(ctx.text[verbs[k - 1].end() : verbs[k].start()], stage_year_rx):
            k -= 1
        if verbs and k < len(verbs) - 1:
            stages = verbs[k:]
        periods = list(compiled(a.period, 0).finditer(ctx.text))
        again: list[re.Match] = []
        if len(periods) == 1:  # "..., and in August 2021, the government finalized and adopted the NAP": the same plan
            again = _stages_again(ctx, verbs_rx, compiled(a.again), m.end())
            stages += again
        # "a 2020-2022 NAP developed in conjunction with ... and approved in 2019": the participles after the plan
        after = _stages_after(ctx, verbs_rx, compiled(a.after), m.end())
        if after:
            stages = [s for s in stages if s is not None and s.start() < m.start()] + after
        # "approved in 2019": that year dates its stage alone, and no other stage of the sentence
        bound = {s.start(): (int(y.group(1)), s.end(), s.end() + y.end()) for s in stages if s is not None
                 for y in [stage_year_rx.match(ctx.text[s.end() :])] if y}
        if bound:
            spans = [(a0, b0) for _, a0, b0 in bound.values()]
            others = [y for s, _, y in ctx.years if not lo <= s < hi
                      and not any(a0 <= s < b0 for a0, b0 in spans)
                      and not any(r0 <= s < r1 for r0, r1 in [*record, *named])]
            dates = [int(d.group(1)) for d in DATE_RE.finditer(ctx.text)
                     if not any(a0 <= d.start() < b0 for a0, b0 in [*spans, *named])]
            year = (dates or others or [None])[0]
        flags = set() if year else {"year_ambiguous"}
        ry = ctx.source.reporting_year
        relative = _plan_relative(ctx, verb.start() if verb is not None else m.start(), m.end())
        # "its national action plan, the draft of which covers 2016 through 2020": the plan drafted
        drafted = verb is None and _DRAFT_OF.search(ctx.text, 0, m.start())
        if not year and ry and relative is not None and not drafted:
            # "during the reporting period, the government adopted ...": the stage's year (a draft named with no verb
            # of drafting is dated by no period: "awaited approval at the end of the reporting period")
            year, flags = ry + relative, {"year_inferred"}
        done: set[str | None] = set()
        if not verbs and not _DRAFT_OF.search(ctx.text, 0, m.start()) and (
                _DENIED_STAGE.search(ctx.text, 0, m.start()) or _DENIED_LIST_STAGE.search(ctx.text, 0, m.start())):
            # "The government did not adopt the ... national action plan for 2015-2016": no stage, no row (nor the
            # stage of another plan later in the sentence: "failed to finalize the 2020-2022 plan but adopted ...")
            continue
        # "In 2020, the commission drafted a 2021-2025 strategy; in March 2021, the cabinet approved the strategy": each
        # clause's stages take the year that clause names (the first clause's before the period, the later clause's
        # between the period and its verb), the sentence's year otherwise
        first_year = _clause_year(ctx, 0, m.start()) if again else None
        for stage in stages:
            qualifier = a.stages.get(_past(stage), _past(stage)) if stage else ("drafted" if drafted else None)
            if qualifier in done:
                continue
            done.add(qualifier)
            own = bound.get(stage.start()) if stage is not None else None
            if own:  # "approved in 2019": the stage's own year
                stage_year, stage_flags = own[0], set()
            else:  # the year the stage's clause names, else the sentence's
                clause = None if stage is None else (
                    _clause_year(ctx, m.end(), stage.start()) if stage in again else first_year)
                stage_year, stage_flags = (clause, set()) if clause else (year, flags)
            made.append(
                out.add(
                    ctx,
                    "action_plan",
                    number_text=m.group(),
                    year=stage_year,
                    flags=stage_flags,
                    value_text=period,
                    unit="period",
                    qualifier=qualifier,
                    pos=m.start(),
                    confidence=0.85,
                    rule=a.pattern.id,
                )
            )
    if not made:
        _date_new_plan(ctx, out)
    return made


class _Year:
    """One year of a one-year plan (``action_plan.one_year``: "NAPs for 2022 and 2023"), read where a period's match is:
    its ``start``, ``end`` and ``group``."""

    def __init__(self, m: re.Match, k: int) -> None:
        self._span, self._text = m.span(k), m.group(k)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def group(self, *_: int) -> str:
        return self._text


def _named_before(ctx: Context, out: Rows, a: ActionPlanRules) -> set[int]:
    """The starts of the periods of the plans a sentence names by a bare noun ("the 2021-2025 strategy") whose period an
    earlier sentence's plan row of the document has: that plan named again (fixb); none where no such row is."""
    if not a.named_before or not ctx.may(compiled(a.named_before)):
        return set()
    hits = list(compiled(a.named_before).finditer(ctx.text))
    if not hits:
        return set()
    known = {r.value_text for r in out.rows if r.indicator == "action_plan" and r.sentence_id != ctx.sent.id}
    starts = set()
    for h in hits:
        lo, hi = rc.split(r" ?[-–] ?", h.group(1))
        hi = hi if len(hi) == 4 else lo[:2] + hi
        if f"{lo}-{hi}" in known:
            starts.add(h.start(1))
    return starts


def _periods(text: str, a: ActionPlanRules) -> list[tuple[re.Match | _Year, str, tuple[int, int]]]:
    """The plans' periods of a sentence in order: each range ("2021-2025", "2016 through 2020") as its match, and each
    year of a one-year plan ("informally adopted NAPs for 2022 and 2023"; batch 57), with the value and the span whose
    years are the plan's own (no year of the sentence dates the stage from inside it)."""
    found: list[tuple[re.Match | _Year, str, tuple[int, int]]] = []
    span_rx = compiled(a.span_before) if a.span_before else None
    for m in compiled(a.period, 0).finditer(text):
        if span_rx and span_rx.search(text, max(0, m.start() - 40), m.start()):
            continue  # "provided to each ministry during 2018-2019": a span of time, no plan's period (batch 75)
        start, end = m.group(1), m.group(2)
        end = end if len(end) == 4 else start[:2] + end
        found.append((m, f"{start}-{end}", m.span()))
    if a.one_year:
        for m in compiled(a.one_year).finditer(text):
            found += [(_Year(m, k), m.group(k), m.span()) for k in (1, 2) if m.group(k)]
    if a.one_year_named:  # "its 2018 National Action Plan" (residue14)
        found += [(_Year(m, k), m.group(k), m.span()) for m in compiled(a.one_year_named, 0).finditer(text)
                  for k in (1, 2) if m.group(k)]  # (the second: "the 2014 national action plan", batch 183)
    return sorted(found, key=lambda item: item[0].start())


def _chained(gap: str, stage_year_rx: re.Pattern) -> bool:
    """Whether the text between two plan verbs joins them in one chain: ", ", " and ", ", and ", after the first verb's
    own year ("finalized in December 2020 and adopted ...")."""
    dated = stage_year_rx.match(gap)
    return bool(rc.fullmatch(r",? (?:and )?|,? and ", gap[dated.end() :] if dated else gap))


#: a gerund that opens an item of a list of the year's efforts ("..., and drafting", " and adopting"), not a word in
#: -ing that is no verb of an act
_GERUND_ITEM = rc.lazy(r"(?:,|\b(?:and|by|including|through)) (?:also |then |later )?"
                       r"(?!(?:during|including|trafficking|regarding|concerning|following|according|pending|remaining"
                       r"|existing|ongoing|bring|thing|nothing|something|anything|everything)\b)[a-z]+ing\b")


def _earlier_item(text: str, plan: int) -> tuple[int, int] | None:
    """The span of the item before the plan's in a list of gerunds with no semicolon between ("by adopting the rules
    for the 2012 Act in January 2017 and drafting a road map for the 2015-2017 plan": the first item), whose years
    are its own and date no stage of the plan; None when the plan's item is the list's first or the plan has none."""
    items = [g for g in _GERUND_ITEM.finditer(text, 0, plan) if ";" not in text[g.start() : plan]]
    if len(items) < 2 or not items[-1].group().startswith((",", "and ")):
        return None
    own, prior = items[-1], items[-2]
    if not rc.search(r"(?:19|20)\d\d", text[prior.end() : own.start()]):
        return None
    return prior.end(), own.start()


def _plan_relative(ctx: Context, start: int, end: int) -> int | None:
    """The offset from the reporting year a relative phrase of the sentence gives the plan whose stage and words span
    ``start``-``end``: in a list whose items a semicolon parts, a phrase inside another item is that item's ("bringing
    charges against three police officers prosecuted in the previous reporting period; ...; and drafting a NAP for
    2021-2023": no date of the plan; batch 164's trinidad-and-tobago-2021-intro), unless it opens the sentence ("During
    the reporting period, the government ...; ..."); a sentence with no semicolon keeps its phrase wherever it is."""
    text = ctx.text
    if ";" not in text:
        # a phrase inside a relative clause of another plan named after this one ("continued to implement its second
        # national action plan (2016-2019) and began drafting a third plan, which it had not finalized by the end of the
        # reporting period"): the later plan's, no date of this one (fixs, audit15's ireland-2020)
        return next((off for rx, off in rules().relative_rx for r in rx.finditer(text)
                     if not (r.start() >= end and _LATER_PLAN_CLAUSE.search(text, end, r.start()))), None)
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    hi = len(text) if hi < 0 else hi
    for rx, off in rules().relative_rx:
        for r in rx.finditer(text):
            if lo <= r.start() < hi or _OPENING.match(text[: r.start()]):
                return off
    return None


#: Another plan named after a plan, with a relative clause of its own: "and began drafting a third plan, which".
_LATER_PLAN_CLAUSE = rc.lazy(r"\b(?:a|an|the|its|their)\s+(?:(?:new|next|third|fourth|fifth|second|subsequent|"
                             r"successor|follow-up|updated|revised)\s+)+(?:national\s+)?(?:action\s+)?(?:plan|NAP|strategy)\b"
                             r"[^,;.]{0,40},\s+(?:which|that)\b", IGNORECASE)


#: The words before a relative phrase that opens its sentence ("During the reporting period", "In the previous reporting
#: period"): at most three, no punctuation among them.
_OPENING = rc.lazy(r"\s*(?:[\w’'-]+\s+){0,3}$")


def _clause_year(ctx: Context, start: int, end: int) -> int | None:
    """The year a stretch of the sentence names as a date ("in March 2021", "In 2020,"), if one."""
    dates = [int(d.group(1)) for d in DATE_RE.finditer(ctx.text, start, end)]
    years = [y for s, _, y in ctx.years if start <= s < end]
    return (dates or years or [None])[0]


def _stages_again(ctx: Context, verbs_rx: re.Pattern, again_rx: re.Pattern, start: int) -> list[re.Match]:
    """The verbs of a later clause that names the plan again without its period ("..., and in August 2021, the
    government finalized and adopted the NAP"): each verb of the chain right before "the NAP"; a verb denied
    ("authorities did not allocate financial resources ... to implement the plan") names no stage."""
    verbs = list(verbs_rx.finditer(ctx.text, start))
    found: list[re.Match] = []
    for i, verb in enumerate(verbs):
        if not again_rx.match(ctx.text[verb.end() :]) or _negated(ctx, verb):
            continue
        k = i  # "finalized and adopted the NAP": each verb of the chain
        while k > 0 and rc.fullmatch(r",? (?:and )?|,? and ", ctx.text[verbs[k - 1].end() : verbs[k].start()]):
            k -= 1
        found += verbs[k : i + 1]
    return found


#: A past participle of the chain after the plan that takes an object of its own ("and launched a hotline"): a verb of
#: the sentence, no stage of the plan.
_OWN_OBJECT = rc.lazy(r"^\s+(?:a|an|the|its|their|his|her)\b", IGNORECASE)
#: The end of the plan's clause: a semicolon, or a full stop before a space or the end.
_PLAN_CLAUSE_END = rc.lazy(r";|\.(?=\s|$)")


def _stages_after(ctx: Context, verbs_rx: re.Pattern, after_rx: re.Pattern, end: int) -> list[re.Match]:
    """The participles right after a plan's period and noun, and those joined to them by "and" in the same clause
    ("a 2020-2022 NAP developed in conjunction with an international organization and approved in 2019"): each a stage
    of that plan."""
    head = after_rx.match(ctx.text[end:])
    if not head:
        return []
    start = end + head.end()
    stop = _PLAN_CLAUSE_END.search(ctx.text, start)
    found: list[re.Match] = []
    for verb in verbs_rx.finditer(ctx.text, start, stop.start() if stop else len(ctx.text)):
        if not verb.group(1) or (not found and verb.start() != start):  # past participles only, the first at the plan
            break
        if found and (not rc.search(r"(?:^|\s)and\s+$", ctx.text[found[-1].end() : verb.start()])
                      or _OWN_OBJECT.match(ctx.text[verb.end() :])):
            break
        found.append(verb)
    return found


#: A sentence that dates the new plan named before without its period: "During the reporting period, the NCCHT issued
#: its new NAP", "In 2020, the government adopted the new action plan".
_NEW_PLAN_DATED = rc.lazy(
    r"\b(?:issued|adopted|approved|launched|validated|finali[sz]ed|enacted|signed)\s+(?:its|the|a)\s+new\s+"
    r"(?:[\w-]+\s+){0,4}?(?:plan|NAP|strategy|program(?:me)?)\b",
    IGNORECASE,
)


def _date_new_plan(ctx: Context, out: Rows) -> None:
    """Date the plans read earlier in the document with no year when a later sentence says when "its new" plan was
    issued ("During the reporting period, the NCCHT issued its new NAP"): the reporting year (or the year given)."""
    if "new" not in ctx.text or not _NEW_PLAN_DATED.search(ctx.text):
        return
    ry = ctx.source.reporting_year
    relative = rules().relative_offset(ctx.text)
    years = [y for _, _, y in ctx.years]
    year, flags = (years[0], set()) if len(years) == 1 else (
        (ry + relative, {"year_inferred"}) if ry and relative is not None else (None, set()))
    if year is None:
        return
    for row in [r for r in out.rows if r.indicator == "action_plan" and r.year is None]:
        out.with_year(row, year, (row.flags - {"year_ambiguous"}) | flags)


def _past(verb: re.Match) -> str:
    """The verb of ``hotline.verbs`` or ``action_plan.verbs`` as past tense: "operated", or "operate" (after
    "continued to") -> "operated"; a hotline that "received" calls (group ``working``) or whose number was given out
    (group ``number``) operated."""
    if (verb.groupdict().get("working") or verb.groupdict().get("number") or verb.groupdict().get("covered")
            or verb.groupdict().get("operational") or verb.groupdict().get("expanded")):
        # (and one the year's funding "covered", and one that "was operational": residue5; and one the government
        # "expanded" or "upgraded" in the year, which ran: batch 161's peru-2022-intro)
        return "operated"
    if (verb.groupdict().get("implementing") or verb.groupdict().get("implement_to")
            or verb.groupdict().get("continued_implementation") or verb.groupdict().get("overseen")):
        # "funding for the implementation of the 2020-2022 NAP", "allocated funds to implement", "continued
        # implementation of the 2020-2022 action plan"
        return "implemented"
    if verb.groupdict().get("noun"):
        return verb.group("noun").lower()  # "the adoption of": the noun, its stage in ``action_plan.stages``
    if verb.group(1):
        return verb.group(1).lower()
    # the base form after "continued to", or before "-ing" ("continued implementing"): its group is the first that
    # matched after the past tense's
    base = next(g for g in verb.groups()[1:] if g).lower()
    return "ran" if base == "run" else base + ("d" if base.endswith("e") else "ed")


#: A counted noun's own passive right before a verb: "received information that at least 1,009 investigations were
#: opened as a result" (batch 62, united-states-2019): the investigations were opened, not the hotline named before.
_COUNTED_PASSIVE = rc.lazy(
    rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:were|was|had been|have been|has been) (?:\w+ly )?$", re.IGNORECASE
)

#: A line known by its proper name that received calls: "(CFO) Actionline against Human Trafficking received 3,377
#: calls" (residue3, batch 54's philippines-2020); hotline.pattern gives its words.
NAMED_LINE = rc.lazy(r"\b[A-Z][a-z]{2,}line(?: (?:against|for|on) [A-Z][\w-]*(?: [A-Z][\w-]*)*)? received "
                     r"(?:[\w,-]+ ){1,3}?calls\b")


#: Between a later clause's verb and its hotline, the verb's own object's first words: " a ", " a new " (fixq).
_VERB_TO_LINE = rc.lazy(r"\s+(?:(?!\d)[\w’'-]+\s+){0,3}", re.IGNORECASE)
#: A hotline's noun that names what came through it, no line of its own: "hotline calls", "hotline reports" (fixq).
_LINE_AS_MODIFIER = rc.lazy(r"\s+(?:calls?|reports?|tips?|complaints?|numbers?|operators?)\b", re.IGNORECASE)
#: The words that name a line already named, right before its bare noun: "the", "its", "this" (fixq).
_SAME_LINE_AGAIN = rc.lazy(r"\b(?:the|its|their|this|that)\s+$", re.IGNORECASE)


#: The words between one hotline and a second object of the same verb: ", which received 11,200 calls, and a ".
_AND_ANOTHER_LINE = rc.lazy(r"(?:,? (?:which|that) (?:[^;,]|,(?=\d)){1,60},)?,? and (?:also )?(?:an?|its) ",
                            re.IGNORECASE)


@entry(lambda: (rules().hotline.pattern.rx,))
def hotline(ctx: Context, out: Rows) -> list[Row]:
    """A hotline the sentence says was established, run or funded."""
    h = rules().hotline
    lower = ctx.text.lower()
    if ("hotline" not in lower and "helpline" not in lower and "phone line" not in lower  # a "helpline" is a hotline
            and "emergency line" not in lower and "toll-free line" not in lower  # (and an emergency line; batch 133)
            and not ("calls" in lower and NAMED_LINE.search(ctx.text))):
        return []  # too, and so is a (tele)phone line the public calls (batch 57), and a line known by its proper
        # name that received calls ("Actionline against Human Trafficking received 3,377 calls"; residue3)
    m = h.pattern.rx.search(ctx.text)
    if not m:
        return []
    # the verb nearest before the hotline, else the first after it: "maintained the 2019-2023 strategy ... and
    # launched a hotline" launched it
    verbs = list(compiled(h.verbs).finditer(ctx.text))
    if h.working:  # (hotlines that received calls, named by an operator's compound or "through" them: batch 88)
        verbs = sorted(verbs + list(compiled(h.working).finditer(ctx.text)), key=lambda v: v.start())
    # (not a verb after it whose subject is a counted noun of its own: "... and at least 1,009 investigations were
    # opened as a result")
    after = next((v for v in verbs if v.start() >= m.start()
                  and not _COUNTED_PASSIVE.search(ctx.text, max(0, v.start() - 60), v.start())), None)
    verb = next((v for v in reversed(verbs) if v.start() < m.start()), after)
    if not verb or compiled(h.not_operating).search(ctx.text):
        return []
    found = [(m, verb)]
    # a second hotline in a later clause after ";" with a verb of its own before it: "(FCYDA) operated the 108 child
    # helpline, which received 3,460 calls in 2021, ...; the police launched a dedicated trafficking hotline in June
    # 2021" (fixq, audit11's mongolia-2022): that clause's hotline and verb, unless the clause denies it
    for later in h.pattern.rx.finditer(ctx.text, m.end()):
        # ... or a second hotline the same verb names after "and", perhaps past the first's relative clause: "operated
        # a 24-hour hotline for migrant workers, which received 11,200 calls, and a national helpline for women and
        # children" (fixt, audit14's bangladesh-2017)
        if (_AND_ANOTHER_LINE.fullmatch(ctx.text, found[-1][0].end(), later.start())
                and not _LINE_AS_MODIFIER.match(ctx.text, later.end())):
            found.append((later, found[-1][1]))
            continue
        semi = ctx.text.rfind(";", found[-1][0].end(), later.start())
        if semi < 0:
            continue
        end = ctx.text.find(";", later.end())
        clause = ctx.text[semi + 1 : end if end >= 0 else len(ctx.text)]
        own = next((v for v in reversed(verbs) if semi < v.start() < later.start()), None)
        if _SAME_LINE_AGAIN.search(ctx.text, max(0, later.start() - 12), later.start()) and (
                later.group().strip().lower() in ("hotline", "helpline", "hotlines", "helplines")):
            continue  # "...; it expanded the hotline": the line named before, again
        if own and (not _VERB_TO_LINE.fullmatch(ctx.text, own.end(), later.start())
                    or _LINE_AS_MODIFIER.match(ctx.text, later.end())):
            continue  # "police opened three investigations based on hotline calls": the verb's object is another
        if own and not compiled(h.not_operating).search(clause.strip()):
            found.append((later, own))
    rows = []
    for hit, hit_verb in found:
        year, yflags = resolve_year(ctx, hit.start())
        rows.append(
            out.add(
                ctx,
                "hotline",
                number_text=hit.group().strip(),
                year=year,
                flags=yflags,
                value_text=hit.group().strip(),
                unit="text",
                qualifier=_past(hit_verb),
                pos=hit.start(),
                confidence=0.8,
                rule=h.pattern.id,
            )
        )
    return rows


@cache
def _instruments() -> list[tuple[str, re.Pattern]]:
    """Treaties and laws of ``vocabulary.yml``: canonical name and one regex for its phrases."""
    return [(name, compiled("|".join(f"(?:{p})" for p in pats))) for name, pats in vocabulary()["instruments"].items()]


#: Words that open a sentence or clause before a law's name, not part of it ("The", "Under the ...").
_NOT_NAME = frozenset({"The", "A", "An", "Under", "In", "Its", "Their", "This", "Since", "While", "Although", "However",
                       "And", "But", "Through", "By", "With", "Per"})
#: An amendment named in passing, as the law's description: "(amended in 2010)", ", as amended in 2015".
_IN_PASSING = rc.lazy(r".*(?:\(|, |\bas )(?:as )?amended\b")
#: A law's own year right after its name: "... in Persons Act of 2003"; or after a comma, as Commonwealth statutes
#: are cited ("the People Trafficking and People Smuggling (Prohibition) Act, 2009, which became effective in 2010";
#: batch 133's swaziland-2015-prosecution); not a comma's year that opens a range or a list ("Act, 2016-2018").
#: ... or right after an act's name with nothing between, as Irish and British statutes are cited ("The Criminal Law
#: (Human Trafficking) Act 2008, as amended in 2013, criminalized ..."; audit15 r1's ireland-2020).
_OF_YEAR = rc.lazy(r"(?: of |, (?!(?:19|20)\d\d(?:[-–/]\d| (?:and|to) (?:19|20)\d\d\b| amendments?\b)))"
                   r"((?:19|20)\d\d)\b")
_ACT_YEAR = rc.lazy(r" (?!(?:19|20)\d\d(?:[-–/]\d| (?:and|to) (?:19|20)\d\d\b| amendments?\b))((?:19|20)\d\d)\b")
#: The words before a law that amends the one named first: "as amended by the".
_AMENDING = rc.lazy(r"\bamend(?:ed|ing) by (?:the )?$")
_LINK_WORDS = frozenset({"of", "on", "in", "and", "against", "the", "to", "for", "with"})


def _law_name(text: str) -> str:
    """A law's own name from the words ``legal.named`` matched: without the words that open a sentence before it
    nor the link words after its last capitalised word ("Law on ... in Persons in" -> "Law on ... in Persons")."""
    words = text.split(" ")
    while words and words[0] in _NOT_NAME:
        words.pop(0)
    while words and words[-1] in _LINK_WORDS:
        words.pop()
    return " ".join(words)


#: The U.S. act and its reauthorizations, named in a narrative as the standard of the tiers ("pursuant to Section 107
#: of the 2008 Trafficking Victims Protection Reauthorization Act", "the William Wilberforce Trafficking Victims
#: Protection Reauthorization Act of 2008"; batch 122): no country's law, whatever words the match began at.
_US_ACT = rc.lazy(r"\bTrafficking Victims Protection (?:Reauthorization )?Act\b")

#: An abbreviation in brackets between a law's name words: " (Anti-TIP)" in "Anti-Trafficking (Anti-TIP) Law".
_NAME_ABBREVIATION = rc.lazy(r" \((?:Anti-)?[A-Z]{2,}\)(?= \S)")
#: ... and the kind a legal.named match takes in lower case only after such an abbreviation ("(PACOTIP) act"): the
#: title's "Act" (batch 204).
_ABBREVIATED_ACT = rc.lazy(r" act$")

#: Two capitalised words of a name run together where a reproduction lost the space between them ("the 2011 Law
#: Relating to the Fight AgainstTrafficking in Persons and Slavery"; residue17, cameroon-2015): a capital after a
#: capitalised word of four letters or more opens the next word ("McDonald", "MacKay" stay whole).
_JOINED_NAME_WORDS = rc.lazy(r"\b([A-Z][a-z]{3,})(?=[A-Z][a-z])")


def _past_verb(verb: str) -> str:
    """The legal verb as a past participle: "adopting" -> "adopted", "ratifying" -> "ratified"."""
    verb = verb.lower()
    if not verb.endswith("ing"):
        return verb
    stem = verb[:-3]
    return stem[:-1] + "ied" if stem.endswith("y") else stem + ("d" if stem.endswith("e") else "ed")


#: A law named with its year as the one that prohibits trafficking, its name naming none: "Mauritius prohibits all forms
#: of trafficking found in the country through its Child Protection Bill of 2005" (a bill so named is in force), link
#: words in its name ("through its Trafficking in Persons Prohibition Bill of 2013").
_THROUGH_LAW = rc.lazy(
    r"\b(?:prohibit|criminali[sz]|outlaw|ban)\w*\b[^.;]{0,60}?\btraffick\w*[^.;]{0,60}?\b(?:through|under|by) "
    r"(?:its |the |a )?(?P<name>(?-i:[A-Z][\w’'-]* (?:(?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for) ){0,6}"
    r"(?:Act|Law|Bill|Ordinance|Decree|Proclamation))) of "
    r"(?:19|20)\d\d\b",
    IGNORECASE,
)

#: ... and one whose year comes before its name, by title or by kind, after "through (under, by)": "criminalizes some
#: forms of trafficking ... through a 2007 law on women’s rights" (residue7, batch 72's venezuela-2017: residue5's
#: settled convention, the law the text dates as criminalizing trafficking is a law row by the name the text gives it);
#: a code or a general criminal statute stays none, and a trafficking law by its kind keeps its canonical name.
_THROUGH_DATED = rc.lazy(
    r"\b(?:prohibit|criminali[sz]|outlaw|ban)\w*\b[^.;]{0,60}?\btraffick\w*[^.;]{0,60}?\b(?:through|under|by) "
    r"(?:its |the |a )?(?:19|20)\d\d (?!(?-i:Crimes|Criminal|Penal|criminal|penal) (?:Act|Law|Code)\b)"
    r"(?P<name>(?-i:[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)){0,8}"
    r" (?:Act|Law|Ordinance|Decree|Proclamation))"
    r"|(?-i:(?!(?:[a-z-]+ )?[a-z-]*traffick)[a-z][\w-]*(?: [a-z][\w-]*)? law"
    r"|law (?:on|against) (?![\w’'-]*traffick)[a-z][\w’'-]*(?: (?!(?:that|which|and|or)\b)[a-z][\w’'-]*)?))"
    r"\b(?![’'-])",
    IGNORECASE,
)

#: ... and a titled law, its year before its name, whose penalties are for trafficking's acts and purpose though its
#: name names another crime: "The 2005 Law Related to Child Smuggling prescribes prison sentences of ... for abducting,
#: transporting, or receiving children for the purposes of exploitation" (residue7, batch 72's togo-2015; the penalty's
#: other_crime reads such a smuggling law as trafficking's likewise). A code stays none.
_DATED_FOR_ACTS = rc.lazy(
    r"\b(?:19|20)\d\d (?!(?-i:Crimes|Criminal|Penal) (?:Act|Law|Code)\b)"
    r"(?P<name>(?-i:(?:Law|Act|Decree|Ordinance|Proclamation)"
    r"(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)){1,8}"
    r"|[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)){0,8}"
    r" (?:Act|Law|Ordinance|Decree|Proclamation)))"
    r"(?: \([A-Z]{2,10}\))?,? (?:which |that )?(?:also )?(?:prescribe[sd]|penali[sz]e[sd]|punish(?:es|ed))\b"
    r"[^.;]{0,120}?\b(?:recruit|transport|transfer|harbo|receiv|abduct)\w*\b[^.;]{0,80}?"
    r"\bfor (?:the )?purposes? of (?:[\w-]+ )?exploitation\b",
)


#: A trafficking act named by its acronym after its year, as the subject that criminalizes trafficking: "The 2007 HTTCA
#: criminalized some forms of sex trafficking", "The 2015 ATIPA, which criminalizes sex and labor trafficking, ..." (not
#: "convicted under the 2015 TIPLEAA": no act of making named).
_DATED_ACRONYM = rc.lazy(
    r"\b(?:19|20)\d\d (?P<name>(?-i:[A-Z]{3,8}A))\b(?=,? (?:which |that )?(?:also )?"
    r"(?:criminali[sz]e[sd]|prohibit(?:ed|s)|outlaw(?:ed|s)|prescribe[sd])\b[^.;]*?\btraffick)",
    IGNORECASE,
)
def _acronym_titled(ctx: Context, m: re.Match) -> bool:
    """Whether another sentence of the document gives the dated acronym's act its full title, dated by the same year
    and followed by the acronym in brackets ("its 2012 Prevention and Suppression of Human Trafficking Act (PSHTA)"):
    the act is read there by its title, and "The 2012 PSHTA" names it again, no second law (fixr, audit14's
    bangladesh-2017). An acronym given in brackets alone ("replaced it with the 2018 (PTPA)") is no title."""
    year = m.group(0)[:4]
    titled = rc.compile_cached(
        rf"\b{year} (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|"
        rf"for)){{0,12}} (?:Act|Law|Code|Ordinance|Decree|Proclamation) \({re.escape(m.group('name'))}\)")
    return any(titled.search(text) for text in ctx.bracketed if text != ctx.sent.text)


#: ... and after "through (under, by)" in a sentence that prohibits trafficking: "Nepal prohibits most, but not all,
#: forms of trafficking in persons through the 2007 HTTCA and the 2008 regulation" (batch 104's nepal-2015; the act by
#: its acronym, as _THROUGH_LAW's by its name; not "convicted under the 2015 TIPLEAA": no prohibiting verb before it).
_THROUGH_ACRONYM = rc.lazy(
    r"\b(?:prohibit|criminali[sz]|outlaw|ban)\w*\b[^.;]{0,60}?\btraffick\w*[^.;]{0,60}?\b(?:through|under|by) "
    r"(?:its |the |a )?(?:19|20)\d\d (?P<name>(?-i:[A-Z]{3,8}A))\b",
    IGNORECASE,
)
#: A law named with its year after it, as the subject that criminalizes trafficking, its name naming none: "The Criminal
#: Law (Sexual Offenses and related matters) Amendment Act of 2007 (CLAA) also criminalized the sex trafficking of
#: children and adults" (the law the text dates, as _THROUGH_LAW's; batch 46, south-africa-2021). Words in brackets
#: inside the name are part of it; a code is no law of its own ("The Penal Code of 2004 criminalized ..."); the
#: trafficking is the verb's own object, before any comma ("The Criminal Law of 2013 prohibits forced labor, and
#: victims of trafficking ..." names no trafficking law), and no "trafficking-related" crime ("criminalized ...
#: trafficking-related document fraud"); a determiner before the name is not part of it ("Its Anti-Slavery Act of
#: 2015").
_DATED_SUBJECT = rc.lazy(
    r"(?P<name>(?-i:(?!(?:The|Its|Their|This|That|These|Those|An?|In|On|Under|Since)\b)[A-Z][\w’'-]*"
    r"(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for|\([^()]{1,60}\))){0,8}"
    r" (?:Act|Law|Bill|Ordinance|Decree|Proclamation))) of (?:19|20)\d\d\b(?: \([A-Z]{2,10}\))?,?"
    r" (?:which |that )?(?:also )?(?:criminali[sz]e[sd]|prohibit(?:ed|s)|outlaw(?:ed|s)"
    # "The Counter Terrorism and Transnational Organised Crime Act of 2013 did not criminalize all forms of
    # trafficking": the law as the sentence's own subject, criminalizing some forms (a law of a "which" clause
    # after a repeal, "repealed the ... Act of 2011, which did not prohibit all forms", stays none; batch 121)
    r"|(?<!which )(?<!that )(?:did|does) not (?:criminali[sz]e|prohibit) all\b)\b[^.;,]{0,40}?"
    r"\btraffick(?!\w*-(?:related|like)\b)",
    IGNORECASE,
)
#: ... and one whose year comes before its name, by its title or by its kind alone, in lower case (residue5, the
#: README's open convention settled: the law the text dates as criminalizing trafficking is a law row by whatever name
#: the text gives it): "The 2009 Prevention of Organized Crime Act (POCA) criminalized labor and sex trafficking"
#: (namibia-2018), "Article 78 of the 2008 immigration law criminalized sex trafficking" (uruguay-2019); a code stays
#: none, as above.
_DATED_BEFORE = rc.lazy(
    # (not a general criminal statute, "the 2009 Crimes Act", as a code is none; nor a trafficking law named by its
    # kind, "the 2011 anti-trafficking law", which vocabulary.yml `instruments` names canonically)
    r"\b(?:19|20)\d\d (?!(?-i:Crimes|Criminal|Penal|criminal|penal) (?:Act|Law|Code)\b)"
    r"(?P<name>(?-i:(?!(?:The|Its|An?|In|On|Under|Since)\b)[A-Z][\w’'-]*"
    r"(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)){0,8} (?:Act|Law|Ordinance|Decree|Proclamation))"
    # (or with its head first, "The 2014 Law about the Criminalization of Infractions Surrounding Money Laundering
    # criminalized sex trafficking and labor trafficking"; residue12, batch 90's angola-2019)
    r"|(?-i:(?:Law|Act) (?:about|on|of|against|for|concerning|regarding) (?:the )?[A-Z][\w’'-]*"
    r"(?: (?:[A-Z][\w’'-]*|of|on|in|and|against|the|to|for)){0,10})"
    r"|(?-i:(?!(?:[a-z-]+ )?[a-z-]*traffick[a-z-]* law\b)[a-z][\w-]*(?: [a-z][\w-]*)? law))(?: \([A-Z]{2,10}\))?,?"
    r" (?:which |that )?(?:also )?(?:criminali[sz]e[sd]|prohibit(?:ed|s)|outlaw(?:ed|s))\b[^.;,]{0,40}?"
    r"\btraffick(?!\w*-(?:related|like)\b)",
    IGNORECASE,
)
#: A legal verb whose object is procedures, guidelines or rules ({PROCEDURES}, "regulations"), not the law named later.
_PROCEDURE_OBJECT = rc.lazy(r"\s+(?:(?:the|its|new|revised|updated|draft|national|standard) )*"
                            r"(?:{PROCEDURES}|regulations?|rules|bylaws?|decrees?|manuals?|handbooks?)\b", IGNORECASE)
#: the law's name followed by its possessive regulations ("the 2009 anti-trafficking act’s implementing regulations"):
#: the object of the verb before the law is the regulations, not the law (batch 159)
_ITS_REGULATIONS = rc.lazy(r"[’']s\s+(?:(?:new|revised|draft|implementing|enforcement)\s+){0,2}"
                           r"(?:regulations?|rules|decrees?|guidelines|bylaws?)\b", IGNORECASE)
#: a legal verb's object that is the implementing rules (regulations) "for" or "of" a law named next: "adopting the
#: implementing rules for the 2012 ... Act" (batch 168): the act is the rules', the law dated by its own year
#: (or the law the rules carry out named later in their clause, after what they establish: "adopted the implementing
#: decree establishing the Instance Nationale, ..., as called for in the 2020 anti- trafficking law"; batch 227's
#: mauritania-2022-prevention)
_REGULATIONS_FOR = rc.lazy(r"\s+(?:(?:the|its|new|revised|draft|final)\s+)*(?:implementing|enforcement)\s+"
                           r"(?:regulations?|rules|decrees?|guidelines|bylaws?)\s+(?:(?:for|of|to|under)|[^.;]{0,200}?"
                           r"\b(?:called for|required|provided for|mandated|envisaged|foreseen)\s+(?:in|by|under))\s+"
                           r"(?:the\s+|its\s+)?",
                           IGNORECASE)
#: "These efforts included passing a new anti-trafficking law": the reporting period's act (a summary of its efforts);
#: so is "the newly passed anti-trafficking law", the verb a participle before the law (batch 126's tonga-2015), and
#: the country's "first" law so passed ("passing the country’s first comprehensive human trafficking law", batch 163's
#: pakistan-2019-intro): a first law passed is a new one
_NEW_LAW_BEFORE = rc.lazy(r"\b(?:a|its|the|(?:the |its )?(?:country|nation|state)[’']s) "
                          r"(?:new|first|newly (?:passed|adopted|enacted|approved)) (?:[\w-]+ ){0,2}?$", IGNORECASE)
#: ... and a law the sentence's act brings in by the indefinite article right after its verb, with no year anywhere:
#: "The government also identified more victims, reopened a government-funded shelter, and enacted an anti-trafficking
#: law that strengthened protection and prevention provisions" (batch 175's ecuador-2023-intro): a law enacted is a
#: new one, the reporting period's act (a denied or prospective verb is no act: _NEGATED_VERB, `undone`)
# the words between an act on a treaty and the treaty's name ("acceded to the UN TIP Protocol", "ratified the Palermo
# Protocol"): the verb's object is the treaty, nothing between (batch 215)
_TREATY_OBJECT = rc.lazy(r"\s+(?:to\s+)?(?:the\s+)?", IGNORECASE)
_INDEFINITE_AFTER_VERB = rc.lazy(r"\s+an?\s+(?:[\w-]+\s+){0,2}?", IGNORECASE)


def _own_year(kind: str, adjective: re.Match | None, of_year: re.Match | None) -> int | None:
    """The year a law names as its own ("the 2012 Act", "the Act of 2012"), which dates its adoption where the
    sentence's verb dates none (its act is on the law's rules, or no act of the year at all); None for another kind of
    act or a law with no year of its own (no row)."""
    if kind != "law" or not (adjective or of_year):
        return None
    return int(adjective.group(1)) if adjective else int(of_year.group(1))


@entry(lambda: (_LEGAL_HINT, _THROUGH_LAW, _THROUGH_DATED, _DATED_FOR_ACTS, _DATED_ACRONYM, _THROUGH_ACRONYM,
                _DATED_SUBJECT, _DATED_BEFORE))
def legal(ctx: Context, out: Rows) -> list[Row]:
    """Treaties ratified and laws adopted, amended or signed, with the year the sentence gives."""
    lg = rules().legal
    if not (ctx.may(_LEGAL_HINT) and _LEGAL_HINT.search(ctx.text)) and not (
            ctx.may(_THROUGH_LAW) and _THROUGH_LAW.search(ctx.text)) and not (
            ctx.may(_THROUGH_DATED) and _THROUGH_DATED.search(ctx.text)) and not (
            ctx.may(_DATED_FOR_ACTS) and _DATED_FOR_ACTS.search(ctx.text)) and not (
            ctx.may(_DATED_ACRONYM) and _DATED_ACRONYM.search(ctx.text)) and not (
            ctx.may(_THROUGH_ACRONYM) and _THROUGH_ACRONYM.search(ctx.text)) and not (
            ctx.may(_DATED_SUBJECT) and _DATED_SUBJECT.search(ctx.text)) and not (
            ctx.may(_DATED_BEFORE) and _DATED_BEFORE.search(ctx.text)):
        return []  # (a bill named in a law's place: "through its Child Protection Bill of 2005"; an act's acronym)
    found: list[tuple[int, str, str, str, str]] = []  # (pos, kind, name, text, rule id)
    for m in lg.ilo.rx.finditer(ctx.text):
        for grp in ("a", "b"):
            if m.group(grp):
                found.append((m.start(grp), "convention", f"ILO Convention {m.group(grp)}", m.group(), lg.ilo.id))
    named: list[tuple[int, int]] = []
    name_ends: list[int] = []  # where the trafficking laws named in words end
    instruments = [(name, rx) for name, rx in _instruments() if ctx.may(rx)]  # (asked of the sentence once, not twice)
    canonical = [m.start() for _, rx in instruments for m in rx.finditer(ctx.text)]
    for m in lg.named.rx.finditer(ctx.text) if ctx.may(lg.named.rx) else ():
        name, start = _law_name(m.group("name")), m.start("name")
        if start in canonical:
            continue  # a name vocabulary.yml `instruments` knows: its canonical name (legal.instrument)
        if _US_ACT.search(name):
            continue  # the U.S. act (its reauthorizations): the tiers' standard, no law of the country
        if name and ("traffick" in name.lower() or _VICTIMS_LAW.search(name)):
            start += m.group("name").index(name.split()[0])
            named.append((start, start + len(m.group("name"))))
            name_ends.append(m.end("name"))
            # (an abbreviation in brackets inside the name is no word of it: "The 2014 Anti- Trafficking (Anti-TIP) Law"
            # is the "Anti-Trafficking Law", as "(Law 137-03)" after a name is none; batch 90, haiti-2022; and the
            # kind after it in lower case is the title's: "the 2013 Prevention and Combating of Trafficking in Persons
            # (PACOTIP) act’s immigration provisions" names the "... Act", batch 204's south-africa-2021-intro)
            found.append((start, "law", _ABBREVIATED_ACT.sub(" Act", _JOINED_NAME_WORDS.sub(
                r"\1 ", _NAME_ABBREVIATION.sub("", name))).replace("- ", "-"), name, lg.named.id))
    through = [*(_THROUGH_LAW.finditer(ctx.text) if ctx.may(_THROUGH_LAW) else ()),
               *(_THROUGH_DATED.finditer(ctx.text) if ctx.may(_THROUGH_DATED) else ()),
               *(_DATED_FOR_ACTS.finditer(ctx.text) if ctx.may(_DATED_FOR_ACTS) else ()),
               *(_THROUGH_ACRONYM.finditer(ctx.text) if ctx.may(_THROUGH_ACRONYM) else ())]
    for m in through:
        # "prohibits all forms of trafficking ... through its Child Protection Bill of 2005": the law the text dates
        # as the one against trafficking, though its name names none
        if not any(a <= m.start("name") < b for a, b in named):
            named.append((m.start("name"), m.end("name")))
            found.append((m.start("name"), "law", m.group("name"), m.group("name"), lg.named.id))
    for m in _DATED_SUBJECT.finditer(ctx.text) if ctx.may(_DATED_SUBJECT) else ():
        # "The Criminal Law (...) Amendment Act of 2007 (CLAA) also criminalized the sex trafficking of ...": the law
        # the text dates as one against trafficking, though its name names none
        if not any(a <= m.start("name") < b or m.start("name") <= a < m.end("name") for a, b in named):
            named.append((m.start("name"), m.end("name")))
            found.append((m.start("name"), "law", m.group("name"), m.group("name"), lg.named.id))
    for m in _DATED_BEFORE.finditer(ctx.text) if ctx.may(_DATED_BEFORE) else ():
        # "The 2009 Prevention of Organized Crime Act (POCA) criminalized ...", "the 2008 immigration law criminalized
        # ...": the law the text dates as one against trafficking, its year before its name (residue5)
        if not any(a <= m.start("name") < b or m.start("name") <= a < m.end("name") for a, b in named):
            named.append((m.start("name"), m.end("name")))
            found.append((m.start("name"), "law", m.group("name"), m.group("name"), lg.named.id))
    for m in _DATED_ACRONYM.finditer(ctx.text):
        if _acronym_titled(ctx, m):
            continue  # "The 2012 PSHTA ..." after "its 2012 Prevention ... Act (PSHTA)": that law, read there
        if not any(a <= m.start("name") < b for a, b in named):  # "The 2007 HTTCA criminalized ...": the act, by its
            named.append((m.start("name"), m.end("name")))  # acronym (the only name the text gives it)
            found.append((m.start("name"), "law", m.group("name"), m.group("name"), lg.named.id))
    numbered = _numbered_laws(ctx, out, name_ends)
    for name, rx in instruments:
        m = rx.search(ctx.text)
        if m and any(rc.fullmatch(r",? (?:the |its |a )?|,? \((?:the )?", ctx.text[m.end() : a]) for a, _ in named
                     if a >= m.end()):
            continue  # "a standalone anti-trafficking law, the Law on the Prevention ...": the law named next to it
        if m and _KIND_NUMBERED_LAW.search(ctx.text, max(0, m.start() - 40), m.end() + 20):
            continue  # "adopted anti-trafficking law 19.643": the law by its number (_numbered_laws)
        if m and not any(a <= m.start() < b for a, b in named):  # "Trafficking Act" inside a law's own name
            kind = "law" if "law" in name.lower() else "convention"
            found.append((m.start(), kind, name, m.group(), lg.instrument.id))
    if not found:
        return numbered
    # the first verb not negated: "endorsed a draft human trafficking law ...; the Somaliland Parliament had not passed
    # it" is no act of passing (batch 125's somalia-2018)
    every_verb = list(compiled(lg.verbs).finditer(ctx.text))  # (denied ones too: a listed clause's own, below)
    verbs = [v for v in every_verb if not _NEGATED_VERB.search(ctx.text, max(0, v.start() - 30), v.start())]
    first_verb = verbs[0] if verbs else None
    if first_verb and _IN_PASSING.match(ctx.text, max(0, first_verb.start() - 6), first_verb.end()):
        # "the 2007 ... Act (amended in 2010)", "as amended in 2015": the law as it is, no act of a year
        first_verb = None
    dates = [(d.start(), int(d.group(1))) for d in DATE_RE.finditer(ctx.text)]
    made = numbered
    respectively = "respectively" in ctx.text and len(dates) == len(found)
    listed = _listed_acts(ctx.text, every_verb)
    for i, (pos, kind, name, text, rule_id) in enumerate(sorted(found)):
        verb, end = first_verb, len(ctx.text)
        if listed and (clause := _list_clause(ctx.text, pos)):
            # "passing the 2019 ... Order, which ...; ratifying the ASEAN Convention ... in January 2020; acceding to
            # the UN TIP Protocol in March 2020": in a list of acts set off by semicolons, each its own verb, an item is
            # its clause's act, dated within its clause (residue20, brunei-2020-intro); an item whose clause denies
            # its verb ("; the parliament has not yet passed the draft ... law") is no act of another clause's verb
            if own := [v for v in verbs if clause[0] <= v.start() < pos]:
                verb, end = own[-1], clause[1]
                if _IN_PASSING.match(ctx.text, max(0, verb.start() - 6), verb.end()):
                    verb = None
            elif any(clause[0] <= v.start() < pos for v in every_verb):
                continue
        # "passed and enacted the Revised Act ...": one row per verb of the chain (as a plan's stages, corpus README)
        chained = _CHAINED_VERB.match(ctx.text, verb.end()) if verb else None
        adjective = rc.search(
            rf"\b(1[89]\d\d|20\d\d) (?:[\w-]+ ){{0,2}}{re.escape(text.split()[0])}",
            ctx.text[max(0, pos - 30) : pos + len(text)],
        )
        # "the Law Against Trafficking in Persons of 2011", "the Anti-Trafficking in Persons Act of 2003": its year
        of_year = _OF_YEAR.match(ctx.text[pos + len(text) :]) if kind == "law" else None
        if kind == "law" and not of_year and text.endswith("Act"):
            of_year = _ACT_YEAR.match(ctx.text[pos + len(text) :])  # "... (Human Trafficking) Act 2008"
        if of_year and _AMENDING.search(ctx.text[max(0, pos - 40) : pos]):
            continue  # "as amended by the Expanded Anti-Trafficking in Persons Act of 2012": the amending act, no row
        if (kind == "law" and not adjective and not of_year and _AMENDMENT_TO.search(ctx.text, max(0, pos - 40), pos)
                and not any(s < pos for s, _, _ in ctx.years) and _FUTURE_STEP.search(ctx.text, pos)):
            # "The cabinet approved an amendment to the Trafficking Act ...; the parliament will consider the amendment
            # in 2017": the only year dates a step to come, the act has none of its own and the amendment is no law
            # (batch 77's jamaica-2017); "In 2020, ... parliament adopted amendments to the Law on ..." stays 2020's act
            continue
        # "..., which amended the 2005 Act to Ban Trafficking in Persons": the law the new one amended, dated by its
        # own year (adopted then), not by the act of the sentence's verb
        amended = adjective and kind == "law" and _AMENDED_BY_NEW.search(ctx.text, max(0, pos - 60), pos)
        if amended:
            year = int(adjective.group(1))
        elif respectively:
            year = dates[i][1]
        elif verb is None and adjective and kind == "convention":
            continue  # "parliament voted to accede to the 2000 UN TIP Protocol": a treaty's own year dates no act of
            # the country's, and the sentence names none (batch 150's nepal-2020-intro)
        elif verb is None and adjective:
            year = int(adjective.group(1))  # "the 2007 ... Act (amended in 2010) prohibits": adopted in 2007
        elif verb is None and of_year:
            year = int(of_year.group(1))
        elif after := [y for s, y in dates if pos < s < end
                       and not (of_year and s == pos + len(text) + of_year.start(1))
                       and not _INTO_FORCE.search(ctx.text, max(0, s - 60), s)]:
            year = after[0]
        elif verb and (later := [y for s, _, y in ctx.years if verb.start() < s < end and not s < pos <= s + 4
                                 and not (s > pos and _INTO_FORCE.search(ctx.text, max(0, s - 60), s))
                                 and not (kind == "convention" and adjective
                                          and s == max(0, pos - 30) + adjective.start(1))]):
            year = later[0]
        elif verb and (before := [y for s, _, y in ctx.years if s < verb.start()
                                  and not (adjective and s == max(0, pos - 30) + adjective.start(1))]):
            year = before[-1]  # "In 2011, parliament amended the Law on ...": the year that opens the clause
        elif kind == "convention" and adjective and verb and ctx.source.reporting_year and (
                off := rules().relative_offset(ctx.text[: verb.start()])) is not None:
            year = ctx.source.reporting_year + off  # "During the reporting period, parliament ratified the 2000 UN TIP
            # Protocol": the period's year, not the treaty's own (batch 150)
        elif adjective and verb and verb.group(1).lower().endswith(("ing", "ed")) and ctx.source.reporting_year and (
                kind == "convention" or (verb.group(1).lower().startswith("amend") and verb.start() < pos)):
            year = ctx.source.reporting_year  # "These efforts included ... acceding to the 2000 UN TIP Protocol": an
            # act the summary's efforts list in the gerund, of the reporting period; the treaty's own year dates no act
            # of the country (batch 183's comoros-2021-intro); so in the past tense, no date in the sentence ("Among its
            # accomplishments, the government acceded to the 2000 UN TIP Protocol"; audit8 r1); a state, "is a party to
            # the 1993 Minsk Convention", is no act of the period and keeps the treaty's own year (the seeds' cable)
            # ... and a law's amendment so listed or told, undated ("These efforts included amending the 2008
            # anti-trafficking law to remove ..."): the amendment is the period's act, the law's own year its adoption
            # (batch 215's tanzania-2023-intro)
        elif adjective:
            year = int(adjective.group(1))
        elif verb and ctx.source.reporting_year and (
                off := rules().relative_offset(ctx.text[: verb.start()])) is not None:
            year = ctx.source.reporting_year + off  # "During the reporting period, parliament passed ... the Law on"
        elif verb and ctx.source.reporting_year and verb.start() < pos and (_NEW_LAW_BEFORE.search(
                ctx.text, max(0, pos - 50), pos) or _INDEFINITE_AFTER_VERB.fullmatch(ctx.text, verb.end(), pos)):
            year = ctx.source.reporting_year  # "These efforts included passing a new anti-trafficking law"
        elif (kind == "convention" and verb and verb.start() < pos and ctx.source.reporting_year
              and verb.group(1).lower() in ("acceded", "ratified", "acceding", "ratifying")
              and not ctx.years and _TREATY_OBJECT.fullmatch(ctx.text, verb.end(), pos)):
            year = ctx.source.reporting_year  # "The government acceded to the UN TIP Protocol": an act the summary
            # tells in the past with no date and no year of the treaty's own, the reporting period's (batch 215's
            # pakistan-2023-intro)
        elif verb and ctx.source.reporting_year and _BARE_MONTH.search(ctx.text, 0, max(verb.start(), pos)):
            # "In June, the Trafficking In Persons Prevention Act (TIPPA) was enacted": a month with no year of its
            # own, one of the reporting period (batch 115's barbados-2017-prosecution)
            year = ctx.source.reporting_year
        else:
            continue
        if not verb and not adjective and not of_year:
            continue
        if (verb and verb.start() < pos and (rf := _REGULATIONS_FOR.match(ctx.text, verb.end()))
                and rf.end() <= pos <= rf.end() + 30):
            # "finalizing and adopting the implementing rules for the 2012 Prevention and Suppression of Human
            # Trafficking Act (PSHTA) in January 2017": the verb's act (and the date after the law) is the rules'; the
            # law's own year dates its adoption, a law with no year of its own is no row (batch 168's
            # bangladesh-2017-intro, as _ITS_REGULATIONS after the law's name)
            if (year := _own_year(kind, adjective, of_year)) is None:
                continue
            verb, chained = None, None
        if verb and verb.start() < pos and _PROCEDURE_OBJECT.match(ctx.text, verb.end()):
            continue  # "approved SOPs for ... the implementation of the ... trafficking law": the verb's act is on the
            # procedures, the law named only as what they implement (batch 41, thailand-2022)
        if verb and verb.start() < pos and _ITS_REGULATIONS.match(ctx.text, pos + len(text)):
            # "approved and published the 2009 anti-trafficking act’s implementing regulations": the verb's act is on
            # the regulations; the law's own year dates its adoption, and a law with no year of its own is no row
            # (batch 159's uganda-2019-intro)
            if (year := _own_year(kind, adjective, of_year)) is None:
                continue
            verb, chained = None, None
        means = compiled(lg.required_means) if lg.required_means else None
        if any(rx and compiled(rx).search(ctx.text, max(0, pos - 260), pos)
               for rx in (lg.undone, lg.measured_against, lg.departed_from, lg.required_means)) or (
                means and verb and means.search(ctx.text, max(0, verb.start() - 260), verb.end() + 1)):
            # "took steps towards amending the 2007 ... Act", "is not a party to the 2000 UN TIP Protocol": no act the
            # sentence reports; the law's own year dates its adoption, a treaty's is no act of the country (batch 49);
            # so is one named as the standard measured against: "in accordance with the 2000 UN TIP Protocol" (batch
            # 52), and one a body was required to enact ("was required to ..., including by enacting a ... law";
            # residue8)
            if (year := _own_year(kind, adjective, of_year)) is None:
                continue
            if rule_id == lg.instrument.id and any(
                r.indicator == "law" and r.year == year and r.rule == lg.named.id for r in out.rows
            ):
                continue  # "drafted amendments to the 2014 anti-trafficking act": the act of 2014 named (batch 53)
            made.append(out.add(ctx, kind, number_text=text, year=year, value_text=name, unit="text",
                                qualifier="adopted", pos=pos, confidence=0.85, rule=rule_id))
            continue
        if rule_id == lg.instrument.id and kind == "law" and any(
            r.indicator == "law" and r.year == year and r.rule == lg.named.id for r in out.rows
        ):
            continue  # "the 2007 trafficking law": the law of 2007 the document named before
        q = _past_verb(verb.group(1)) if verb and not amended else "adopted"
        acts = [q] + ([_past_verb(chained.group(1))] if chained and not amended and verb.start() < pos else [])
        for act in acts:
            made.append(
                out.add(
                    ctx,
                    kind,
                    number_text=text,
                    year=year,
                    value_text=name,
                    unit="text",
                    qualifier=act,
                    pos=pos,
                    confidence=0.85,
                    rule=rule_id,
                )
            )
    return made


#: A year a law comes into force, after the law: "adopted the ... Act, which will go into effect in 2023" (batch 123's
#: south-korea-2021-intro): a step of the law's own, no year of the verb's act ("In March 2021, ... adopted").
_INTO_FORCE = rc.lazy(
    r"\b(?:(?:go|goes|went|gone|enter|enters|entered|come|comes|came) into (?:effect|force)|(?:take|takes|took|taken) "
    r"effect|became effective|become effective)(?: (?:in|on|from|by|as of))?"
    r"(?: (?:January|February|March|April|May|June|July|August|September|October|November|December))?(?: \d{1,2},?)? $",
    IGNORECASE,
)


#: A month that opens a clause with no year after it: "In June, the ... Act was enacted" (a month of the reporting
#: period).
_BARE_MONTH = rc.lazy(
    r"(?:^|[,;] )(?:In|in|During|during|By|by) (?:early |late |mid-)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b(?! \d)(?!,? (?:19|20)\d\d)"
)


def _list_clause(text: str, pos: int) -> tuple[int, int]:
    """The span between the semicolons around ``pos`` (the sentence's ends where there are none)."""
    end = text.find(";", pos)
    return text.rfind(";", 0, pos) + 1, len(text) if end < 0 else end


def _listed_acts(text: str, verbs: list[re.Match]) -> bool:
    """Whether the sentence lists legal acts set off by semicolons, two of its clauses each with a legal verb of its
    own, done or denied ("passing the ... Order; ratifying the ... Convention in January 2020; acceding to ..."):
    then each item is read by its own clause's verb and dates, not by the sentence's first verb and its later years."""
    if ";" not in text:
        return False
    return len({_list_clause(text, v.start()) for v in verbs}) > 1


#: A negation right before a legal verb: "had not passed", "has not yet ratified", "did not sign".
_NEGATED_VERB = rc.lazy(r"\b(?:not|never)(?: yet)? $", IGNORECASE)
#: A second legal verb chained to the first: "passed and enacted", "signed and ratified" (the act's second stage).
_CHAINED_VERB = rc.lazy(r" and (ratified|adopted|enacted|passed|signed|approved|promulgated)\b")
#: An amendment named before an act with no year of its own: "The cabinet approved an amendment to the Trafficking Act
#: to allow such cases to be tried by a judge" (batch 77's jamaica-2017): no row of the act (no year), nor of the
#: amendment (no law of its own).
_AMENDMENT_TO = rc.lazy(r"\b(?:amendments?|revisions?) (?:to|of) (?:the |its )?(?:[\w-]+ ){0,2}?$")
#: A step to come, with the year it is dated by: "the parliament will consider the amendment in 2017".
_FUTURE_STEP = rc.lazy(
    r"\b(?:will|would|is expected to|are expected to|plans? to|intends? to)\b[^.]*?\b(?:19|20)\d\d\b")
#: The law a new law amended, replaced or repealed, named after it with its own year: "..., which amended the 2005 Act
#: to Ban Trafficking in Persons" (batch 32's liberia-2022): that law's adoption, dated by its year.
_AMENDED_BY_NEW = rc.lazy(
    r"(?:\b(?:which|that) (?:also |thereby )?(?:amended|replaced|superseded|repealed|revised) (?:the |its )?"
    # "passed amendments to the 2003 Trafficking in Persons ... Act": the amendments no law of their own, the law
    # amended dated by its own year (batch 72's nigeria-2015)
    r"|\b(?:amendments?|revisions?) (?:to|of) (?:the |its )?)"
    r"(?:1[89]\d\d|20\d\d) (?:[\w-]+ ){0,2}?$")


#: A law for the victims of crime by its name ("the Law on Assistance to Victims of Crime", batch 56's lithuania-2022):
#: a victim protection law (indicators.yml `law`), read as a trafficking law named in words is.
_VICTIMS_LAW = rc.lazy(r"\bVictims?\b")


#: A trafficking law named by its number and year: "Law 26.842 of 2012", "The Comprehensive Anti-Trafficking Law 4788 of
#: 2012", "Federal Law No. 51 of 2006" ("as amended by Federal Law No. 1 of 2015" names the amending law: no row); or
#: by its number with the act that dated it right after: "Organic Law 2016-61, enacted in July 2016", "Law 27.362,
#: enacted in July 2017" (the act is the qualifier).
_NUMBERED_LAW = rc.lazy(
    rf"(?<![\w-])(?:[A-Z][\w-]* )*?(?P<kind>Law|Order(?= No\.)) (?:No\. ?)?(?P<num>{LAW_NUM})"
    # a number with its issuer's code before the year after slashes: "Law 006/PR/2018 on Combatting Trafficking in
    # Persons" (the presidency's law of 2018; batch 216's chad-2021), `Law 006` of 2018 as "Law 6/2008" is `Law 6`
    r"(?:(?:/\d{2,4})? of (?P<y>(?:19|20)\d\d)|/(?:[A-Z]{1,4}/)?(?P<y2>(?:19|20)\d\d)"
    # "Law 27.362, enacted in July 2017, provided a legal framework ...": the year of its making, with that verb; its
    # name in capitals may stand between ("Order No. 2012-86 on Combating Trafficking in Persons, enacted in 2010":
    # the year of enactment, not the number's; batch 129's niger-2015)
    r"|(?: (?:[Oo]n|[Aa]gainst|[Rr]egarding|[Cc]oncerning|[Rr]elating to)"
    r" (?:(?:[A-Z][\w’'-]*|on|of|the|and|against|for|to|in) ){0,14}?"
    r"[A-Z][\w’'-]*)?"
    r",? (?P<verb>enacted|adopted|passed|promulgated|approved|signed) (?:in |on )?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?"
    r"(?P<y3>(?:19|20)\d\d)"
    # "Law No.111, Regarding the Fight Against Terrorism and Other Serious Crimes of 2011": its name in capitals (link
    # words between) set off after the number, its year after the name (batch 43's djibouti-2018)
    r"|,? [A-Z][\w’'-]* (?:(?:[A-Z][\w’'-]*|on|of|the|and|against|for|to|in) ){0,14}?of (?P<y4>(?:19|20)\d\d))\b"
)

#: A trafficking law whose year opens its name, before the number: "The 2016 Law No. 133, On the Fight Against
#: Trafficking in Persons ..." (batch 43's djibouti-2018), adopted that year ("(Law No. 12/2005)" after a name is the
#: number of the law just named, below).
_YEAR_BEFORE_NUMBERED_LAW = rc.lazy(
    rf"\b(?P<y>(?:19|20)\d\d) (?:[A-Z][\w-]* )*?Law (?:No\. ?)?(?P<num>{LAW_NUM})(?![\w./-]|\(| of (?:19|20)\d\d)")


#: A trafficking law named by its kind and its number, adopted in the sentence's one year: "In 2018, the government
#: adopted anti-trafficking law 19.643, which provided ..." (batch 61's uruguay-2019): the law by its number.
_KIND_NUMBERED_LAW = rc.lazy(
    rf"\b(?P<verb>adopted|enacted|passed|promulgated|approved) (?:an? |the |its )?(?:new )?(?:comprehensive )?"
    rf"anti-?trafficking (?:law|act) (?:No\. ?)?(?P<num>{LAW_NUM})(?![\w./-])", IGNORECASE)


#: A trafficking law whose number opens with its year, with no other date beside it: "Law No. 2016-111 on the Fight
#: Against Trafficking in Persons" (year-number numbering; batch 37's cote-divoire-2021), adopted that year.
_YEAR_NUMBERED_LAW = rc.lazy(
    r"(?<![\w-])(?:[A-Z][\w-]* )*?Law (?:No\. ?)?(?P<num>(?P<y>(?:19|20)\d\d)-\d{1,4})(?![\w./-]|\(| of (?:19|20)\d\d)")

#: "Nine defendants were convicted under Law 15(I)/2019 in 2020": the law the section's counts are under is the
#: trafficking law, though the sentence never says "trafficking" (audit4)
_COUNTED_UNDER = rc.lazy(r"\b(?:convicted|prosecuted|indicted|investigated|charged|tried)\s+under\s+Law\b")


def _numbered_laws(ctx: Context, out: Rows, name_ends: list[int] | None = None) -> list[Row]:
    """Rows for the trafficking laws a sentence names by number and year, adopted that year ("Law 26.842 of 2012
    criminalized labor trafficking and sex trafficking"): the law a text dates is a row, as a law named in words.
    ``name_ends``: where the laws named in words end (a number in brackets right after one is that law's)."""
    made = []
    years = YEAR_RE.findall(ctx.text)
    for m in _KIND_NUMBERED_LAW.finditer(ctx.text) if len(set(years)) == 1 else ():
        made.append(out.add(ctx, "law", number_text=m.group("num"), year=int(years[0]),
                            value_text=f"Law {m.group('num')}", unit="text", qualifier=m.group("verb").lower(),
                            pos=m.start("num"), confidence=0.85, rule=rules().legal.named.id))
    if ("Law" not in ctx.text and "Order No." not in ctx.text) or (
            "traffick" not in ctx.text.lower() and not _COUNTED_UNDER.search(ctx.text)):
        return made
    for m in _NUMBERED_LAW.finditer(ctx.text):
        if ctx.text[: m.start()].endswith("(") and any(0 <= m.start() - end <= 2 for end in name_ends or ()):
            # "The 2005 Law on Combating Trafficking in Persons (Law No. 12/2005)": the number of the law just named,
            # whose row is its name's (benin-2023, the audit4 case "(Law 2011-09)"): one row (batch 40)
            continue
        if rc.search(r"\bamend(?:ed by|ing) (?:[A-Z][\w-]* )*Law (?:No\. ?)?$", ctx.text[: m.start("num")]):
            continue  # "as amended by Federal Law No. 1 of 2015": the amending law, not the trafficking law
        made.append(out.add(ctx, "law", number_text=m.group(),
                            year=int(m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")),
                            value_text=f"{m.group('kind')} {m.group('num')}", unit="text",
                            qualifier=m.group("verb").lower() if m.group("verb") else "adopted",
                            pos=m.start("num"), confidence=0.85, rule=rules().legal.named.id))
    dated = {r.value_text for r in made}
    for m in _YEAR_BEFORE_NUMBERED_LAW.finditer(ctx.text):
        if f"Law {m.group('num')}" in dated:
            continue
        dated.add(f"Law {m.group('num')}")
        made.append(out.add(ctx, "law", number_text=m.group("num"), year=int(m.group("y")),
                            value_text=f"Law {m.group('num')}", unit="text", qualifier="adopted",
                            pos=m.start("num"), confidence=0.85, rule=rules().legal.named.id))
    for m in _YEAR_NUMBERED_LAW.finditer(ctx.text):
        if ctx.text[: m.start()].endswith("("):
            continue  # "The 2011 Law on ... (Law 2011-09)": the number of the law just named, its row already made
        if f"Law {m.group('num')}" in dated or rc.search(
                r"\bamend(?:ed by|ing) (?:[A-Z][\w-]* )*Law (?:No\. ?)?$", ctx.text[: m.start("num")]):
            continue  # dated by the pattern above ("Organic Law 2016-61, enacted in July 2016"), or the amending law
        dated.add(f"Law {m.group('num')}")
        made.append(out.add(ctx, "law", number_text=m.group(), year=int(m.group("y")),
                            value_text=f"Law {m.group('num')}", unit="text", qualifier="adopted",
                            pos=m.start("num"), confidence=0.85, rule=rules().legal.named.id))
    return made


#: Every statement rule, in the order they run on a sentence.
ALL = (penalty, tier, money, action_plan, hotline, legal)
