"""Reading a sentence before any rule runs: its data years, comparison and clause cuts, and count matches.

Everything here is computed once per sentence by :func:`prepare`; the rules (zeros, counts,
comparisons, breakdowns, statements) only read the result, so their order cannot change a row.
"""

from __future__ import annotations

from tipbrief.indicators.numbers import NUMBER, YEAR_RE
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules import wordscan
from tipbrief.indicators.rules.context import (
    HAS_NUMBER,
    IGNORECASE,
    NOT_COUNT_REACH,
    PAST_IRREGULAR,
    Context,
    Match,
    depth,
    fiscal_years,
    is_distractor,
    rules,
)
from tipbrief.indicators.rules.ruleset import CountRule, Pattern, compiled, fragments

#: A count noun after a year makes it no data year: "2020 victims".
_COUNT_NOUN = rc.lazy(
    # (a verb between is no count's word: "victims identified in 2018 were women" dates its figure 2018)
    r"^\s+(?:(?!(?:were|was|are|is|had|have|included|including)\b)\w+ )?"
    r"(?:men|women|victims|cases|people|persons|children|migrants|girls|boys|citizens|traffickers)\b",
    IGNORECASE,
)

#: Where a new clause starts after a comparison: "compared with 235 in 2019, and courts convicted 106 ...",
#: "an increase from 48 in 2021, and referred all 62 to care" (a verb, perhaps after a short subject).
_CLAUSE_SEP = rc.lazy(r"(?:,|;)\s(?:and\s|but\s|while\s|whereas\s)?")
#: (not a compared figure in words with its noun and participle: "compared with 18 suspects arrested, nine defendants
#: prosecuted, and four traffickers convicted in 2021" is one comparison; batch 42)
_VERB_CLAUSE = rc.lazy(
    rf"(?:,|;) (?:and |but |while |whereas )?(?!(?:{NUMBER}) (?:[A-Za-z]+ )?(?:[a-z]{{3,}}ed|{PAST_IRREGULAR})\b"
    r"(?=\s*(?:[,.;]|and\b|in\b|during\b)))"
    r"(?:(?:the |its )?[A-Za-z]+ ){0,2}?(?:also )?"
    rf"(?:[a-z]{{3,}}ed|{PAST_IRREGULAR})\b"
    r"(?! (?:in|from|to|by|during)\b)"
    r"|(?:,|;) (?:and|but|while|whereas) (?:also )?[a-z]{3,}ing\b"  # "..., and convicting 15, down from 18"
)


_NAMING_YEAR = rc.lazy(
    r"(?:\b(?:Law|Act|Code|Decree|Resolution)\b[^.;,]{0,25}?\bof|\b(?-i:Act|Law|Code|Decree|Proclamation)|"
    r"\b(?i:as) of(?: [A-Z][a-z]+)?(?: \d{1,2},?)?|"  # (an "As of" opening the sentence too; batch 45)
    # "Law 87(I)/2007": the year is part of the law's number
    r"\b(?-i:Law|Decree|Act) (?:No\. ?)?\d[\w.()-]{0,12}/)\s*$"
)


#: "Law No.111, Regarding the Fight Against Terrorism and Other Serious Crimes of 2011": the year ending a numbered
#: law's name set off after its number names the law (batch 43's djibouti-2018), as "Law 4788 of 2012" does
_NUMBERED_NAME_YEAR = rc.lazy(
    r"\b(?:Law|Act|Decree) (?:No\. ?)?\d[\w.()-]{0,12},? [A-Z][\w’'-]* "
    r"(?:(?:[A-Z][\w’'-]*|on|of|the|and|against|for|to|in) )*?of\s*$"
)

#: "Malaysia’s 2007 ...", "the country's 2012 ...": a possessive right before a year
_OWNED_LAW = rc.lazy(r"\w[’']s\s+$")
#: "... 2007 Anti- Trafficking in Persons Act", "... 2012 Honduran anti-trafficking law": the words up to a law's noun
_LAW_AHEAD = rc.lazy(r"(?:\s+[\w’'-]+){0,6}?\s+(?:Act|Law|law|Code|Decree|Proclamation)\b")


#: One official or trafficker named in the singular, the sentence's only figure: "initiating the first investigation of
#: a government official", "convicting a complicit official", "Courts convicted a labor trafficker for the first time
#: since 2014" (the officials_*.one and convictions.a-trafficker patterns read the "a"); a "first" conviction likewise;
#: "sentencing a complicit police officer" (batch 65's probe 4: officials_convicted.one reads officials sentenced).
_ONE_OFFICIAL = rc.lazy(
    r"\b(?:(?:investigation|prosecution|conviction) (?:of|into|against)"
    r"|(?:investigat|prosecut|indict|convict|sentenc)(?:ed|ing)|prosecutors? (?:initiated|filed|opened|brought)"
    r"|(?:police|law enforcement|investigators) (?:opened|initiated|launched|registered)"
    # ... or among the cases investigated: "investigating more trafficking cases, including an allegedly complicit
    # official" (officials_investigated.cases-including-one; batch 83's mauritius-2024), or among the persons
    # investigated, "investigating traffickers, including a potentially complicit official" (batch 164)
    r"|investigat(?:ed|ing) (?:(?!prosecut|convict)[\w-]+ ){0,4}?"
    r"(?:cases?|traffickers|suspects|individuals|persons|people|offenders),? including"
    # ... or among the persons prosecuted or convicted: "prosecuting and convicting more traffickers, including a
    # complicit official" (officials_prosecuted.among-prosecuted-one, officials_convicted.among-convicted-one; batch
    # 156's argentina-2022-intro)
    r"|(?:prosecut|convict)(?:ed|ing)\b[^.;]{0,100}?\b(?:individuals|persons|people|defendants|offenders|suspects"
    r"|traffickers),? including"
    # ... or the verb's second object after traffickers in the plural: "convicting labor traffickers and a complicit
    # official" (officials_convicted.and-one, officials_prosecuted.and-one; batch 169's honduras-2023-intro)
    r"|(?:convict|prosecut|indict|charg)(?:ed|ing) (?:[\w-]+ ){0,3}?(?:traffickers|perpetrators|offenders|suspects"
    r"|defendants|individuals|persons|people),? (?:and|as well as|along with)) (?:an?|one) "
    r"(?:[\w-]+ ){0,3}?(?:official|officer|bureaucrat|employee|civil servant|border guard|prison guard"
    r"|labou?r inspector|mayor|soldier|trafficker|defendant"
    r"|perpetrator|offender|suspect|accused|culprit|case"
    # ... or an official named by a police rank ("investigated a former deputy police chief"; officials_investigated.
    # one-rank, batch 110's chile-2015), or by another post in a police or military service ("sentenced a senior
    # police medical doctor"; officials_convicted.one-rank, batch 139's thailand-2015)
    r"|chief|commander|commissioner|inspector|captain|colonel|sergeant|lieutenant|doctor|physician"
    # ... or an armed group's leader convicted ("convicting an armed group leader for crimes including child soldier
    # recruitment"; convictions.a-trafficker, batch 172's democratic-republic-of-the-congo-2021)
    r"|(?:(?<=group )|(?<=militia ))leader)"
    r"\b(?!s|[’']s)"
    # ... or an official charged (officials_prosecuted.one: "the government charged a civil servant with complicity in
    # 2017"; batch 140's north-macedonia-2018-intro): officials only, a trafficker "charged" stays no figure here
    r"|\bcharg(?:ed|ing) (?:an?|one) (?:[\w-]+ ){0,3}?"
    r"(?:official|officer|bureaucrat|employee|civil servant|border guard|prison guard|labou?r inspector|mayor|soldier)"
    r"\b(?!s|[’']s)"
    # ... or a government's "first" conviction, singular (convictions.first: "achieved its first ... conviction",
    # "handed down the country's first-ever ... guilty verdict"), by the verbs of vocabulary.yml's OBTAINED
    r"|\b(?:{OBTAINED}) (?:[\w’'-]+ ){0,2}?first(?:[- ]ever)? "
    r"(?:[\w-]+ ){0,3}?(?:conviction|guilty verdict)\b(?!s)"
    # ... or one conviction obtained, spelled "a" (convictions.a-conviction: "achieving a trafficking conviction that
    # resulted in a significant prison term"; batch 207's jamaica-2021-intro)
    r"|\b(?:achiev|obtain|secur)\w* a (?:[\w-]+ ){0,3}?conviction\b(?!s)"
    # ... or its "first" trafficker convicted (convictions.first-trafficker: "convicting the first trafficker in four
    # years", "convicting its first trafficker since ..."; batch 123's lesotho-2021 and papua-new-guinea-2021 intros)
    r"|\bconvict(?:ed|ing) (?:its|their|the) first(?:[- ]ever)? (?:[\w-]+ ){0,2}?"
    r"(?:trafficker|trafficking offender|perpetrator|offender)\b(?!s)"
    # ... or its "first" case convicted (convictions.first-case: "convicting its first labor trafficking case under its
    # trafficking law"; batch 142's singapore-2020-intro), investigated or prosecuted (investigations.first-case,
    # prosecutions.first-case: "investigating and prosecuting the first case under its trafficking law"; batch 212's
    # bhutan-2017-intro)
    r"|\b(?:convict|investigat|prosecut|indict)(?:ed|ing) (?:and (?:prosecut|charg|indict)(?:ed|ing) )?"
    r"(?:its|their|the(?: (?:country|government|state|nation)[’']s)?) first(?:[- ]ever)? (?:[\w-]+ ){0,3}?case\b(?!s)",
    IGNORECASE,
)

#: One prosecution or investigation begun, spelled "a", the sentence's only figure ("These efforts included initiating a
#: new prosecution for the first time in four years": prosecutions.one, investigations.an-investigation; batch 137's
#: solomon-islands-2022-intro), its kind or "new" before the noun as investigations.an-investigation reads it (a bare
#: "opened an investigation and arrested the trafficker" is one case's story, lesotho-2022-prosecution); not one into
#: officials, which _ONE_OFFICIAL's own forms let through
_ONE_BEGUN = rc.lazy(
    r"\b(?:initiat|open|launch|start|fil)(?:ed|ing) (?:an?|one) (?:(?:new|forced|labou?r|sex|child|trafficking|human|"
    r"criminal) ){1,3}(?:prosecution|investigation)\b(?!s)(?! (?:into|of|against) (?:an? |the )?(?:[\w-]+ ){0,4}?"
    r"(?:officials?|officers?|complicity|employees?)\b)"
    # ... or one named by its rank ("initiating the fourth prosecution under the trafficking statute":
    # prosecutions.ordinal, batch 174's new-zealand-2019-intro)
    r"|\b(?:initiat|open|launch|fil)(?:ed|ing) (?:its|their|the) (?:[\w’'-]+ )?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth)(?:[- ]ever)? (?:[\w-]+ ){0,3}?prosecution\b(?!s)"
    # ... or one investigation so ranked, alone or before its prosecution ("initiating its first investigation and
    # prosecution under the anti-trafficking law": investigations.ordinal, batch 229's seychelles-2017-intro)
    r"|\b(?:initiat|open|launch|start|conduct)(?:ed|ing) (?:its|their|the) (?:[\w’'-]+ )?(?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth)(?:[- ]ever)? (?:[\w-]+ ){0,3}?investigation\b(?!s)",
    IGNORECASE,
)

#: One victim spelled "a" or "an" as the subject of "was repatriated", the sentence's only figure: "An Ethiopian victim
#: of domestic servitude was repatriated in 2014" (phrasings.a-victim-was-repatriated; batch 92's venezuela-2015).
_ONE_REPATRIATED = rc.lazy(r"(?:^|[;:]\s+)(?:another |one )?(?:an?|one) (?:[\w-]+ ){0,3}?victim"
                           r"(?: of [\w-]+(?: [\w-]+){0,2})? was (?:\w+ly )?repatriated\b", IGNORECASE)

#: "repatriated the foreign victim", "the repatriation of the Malagasy victim": one victim named singular after "the",
#: which victims_repatriated.the-one reads as one (a loose gate: the pattern decides; residue22).
_THE_ONE_REPATRIATED = rc.lazy(r"\brepatriat(?:e|ed|ing|ion of) the (?:[\w-]+ ){0,4}?victim\b", IGNORECASE)

#: "The only potential trafficking victim ... was identified by an NGO": one victim named singular after "the only",
#: which victims_identified.the-only-victim reads as one (a loose gate: the pattern decides; batch 142).
_THE_ONLY_VICTIM = rc.lazy(r"\bthe only (?:[\w-]+ ){0,4}?victim\b(?!s)", IGNORECASE)

#: "identified an adult victim for the first time": a group's one victim spelled "a" or "an", found for the first time
#: (phrasings.identified-group-a-first-time reads it; batch 178's gabon-2020-intro; a form of up to three words after
#: "of", "a child victim of labor trafficking", audit8 r1).
_A_FIRST_VICTIM = rc.lazy(r"\bidentif(?:ied|ying) an? (?:[\w-]+ ){1,4}?victim(?: of (?:[\w-]+ ){0,2}[\w-]+)?"
                          r" for the first time\b",
                          IGNORECASE)

#: "identified and referred a forced labor victim to a shelter": one victim spelled "a", identified and referred
#: (phrasings.identified-and-referred-one and -one-referral read it; audit8 r1, batch 182's family).
_A_VICTIM_REFERRED = rc.lazy(r"\bidentif(?:ied|ying|y) and referr?\w* (?:to (?:[\w-]+ ){0,2}?(?:care|services|"
                             r"shelters?|assistance|protection) )?an? (?:[\w-]+ ){0,3}?victim\b(?![’'-])", IGNORECASE)


#: An article or determiner right before a year: "the 2015 Act", "a 2014 law", and with a word of its age between
#: (vocabulary.yml ``NAMING_AGE``): "its recent 2018 law", "the amended 2015 act" (batch 68).
_ARTICLE_BEFORE = rc.lazy(r"\b(?:the|a|an|its|their|this)(?:\s+(?:{NAMING_AGE}))?\s*$", IGNORECASE)
#: "including" right before a figure: "assisted 31 victims, including eight victims identified earlier".
_INCLUDING_BEFORE = rc.lazy(r"\bincluding\s+$")
#: A plan in force the subject followed, named with what it does: "reported following a national trafficking victim
#: assistance plan to refer the 114 identified victims to services" (residue20, colombia-2019): the plan's "to" is the
#: act done under it, no plan to do it (``not_counts`` reads "plan to" as a step to come).
_PLAN_FOLLOWED = rc.lazy(r"\b(?:follow(?:ed|ing|s)?|appl(?:ied|ying|ies)|us(?:ed|ing|es)|under"
                         r"|in (?:line|accordance) with|pursuant to|according to) (?:a |an |the |its |their )?"
                         r"(?:[\w-]+ ){0,6}?plan to [^.;,]{0,50}$")


def _past_plan_followed(text: str, s: int) -> int:
    """Where the search for ``not_counts`` before the figure at ``s`` starts: ``NOT_COUNT_REACH`` before it, or right
    after the "plan to" of a plan in force the subject followed (``_PLAN_FOLLOWED``)."""
    a = max(0, s - NOT_COUNT_REACH)
    followed = _PLAN_FOLLOWED.search(text, a, s)
    return text.index(" to ", text.index("plan to", followed.start())) + 4 if followed else a


#: What sets a fiscal year's two calendar years apart ("2019-2020", "2019/20", "2021 to 2022").
_SPAN_SEPARATOR = rc.lazy(r"\d ?(?:[-–/]|\bto\b) ?\d")
_DIGITS = rc.lazy(r"\d+")


def _fiscal_span_years(ctx: Context) -> None:
    """A fiscal year across two calendar years ("in fiscal year 2019-2020", "during the 2016-2017 fiscal year", "FY
    2018/19": the money rule's ``fiscal_year`` patterns) dates the counts of its clause as a year does, by the year it
    starts (the corpus README's fiscal years; ``YEAR_RE`` reads neither year of a hyphenated span, and the tail of
    "2018/19" was read as a count; audit12's nepal-2021-protection)."""
    known = {s for s, _, _ in ctx.years}
    for m in fiscal_years(ctx.text):
        first = m.start("a")
        sep = _SPAN_SEPARATOR.search(ctx.text, first + 3, m.end())
        if sep is None or sep.start() != first + 3:
            continue
        tail = sep.end() - 1
        tail_end = _DIGITS.match(ctx.text, tail).end()
        for start, stop in ((first, first + 4), (tail, tail_end)):
            if start not in known:
                ctx.years.append((start, stop, int(m.group("a"))))
                known.add(start)
    ctx.years.sort()


def prepare(ctx: Context) -> None:
    """Fill ``ctx``: years, comparison and ";" cuts, what the count patterns read, clauses after comparisons."""
    ctx.find_cuts_when_asked()  # comparisons and ";" (Context.cuts): found when a rule first asks
    for m in YEAR_RE.finditer(ctx.text):
        # "the 2015 Act", "a 2014 law": a year naming a thing, not the year of a figure
        adjective = _ARTICLE_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()])
        # "Law 4788 of 2012" names a law; "as of February 2004" is a cut-off date, not the year of the figures
        named = _NAMING_YEAR.search(ctx.text[max(0, m.start() - 40) : m.start()]) or _NUMBERED_NAME_YEAR.search(
            ctx.text[max(0, m.start() - 160) : m.start()])
        # "Malaysia’s 2007 Anti-Trafficking in Persons Act": a possessive before the year of a law's name
        owned = _OWNED_LAW.search(ctx.text[max(0, m.start() - 30) : m.start()]) and _LAW_AHEAD.match(
            ctx.text[m.end() : m.end() + 80])
        if not _COUNT_NOUN.match(ctx.text[m.end() :]) and not adjective and not named and not owned:
            ctx.years.append((m.start(), m.end(), int(m.group(1))))
    if "iscal" in ctx.text or "FY" in ctx.text:
        _fiscal_span_years(ctx)
    ctx.has_figures = (ctx.may_have_number and any(
        not is_distractor(ctx, m.start(), m.end()) for m in HAS_NUMBER.finditer(ctx.text))) or bool(
        ("investigat" in ctx.text or "prosecut" in ctx.text or "convict" in ctx.text or "indict" in ctx.text
         or " case" in ctx.text or "verdict" in ctx.text or "sentenc" in ctx.text)
        and _ONE_OFFICIAL.search(ctx.text)) or bool("repatriated" in ctx.text and _ONE_REPATRIATED.search(ctx.text)) \
        or bool(("prosecution" in ctx.text or "investigation" in ctx.text) and _ONE_BEGUN.search(ctx.text)) \
        or bool("repatriat" in ctx.text and _THE_ONE_REPATRIATED.search(ctx.text)) \
        or bool("only" in ctx.text and _THE_ONLY_VICTIM.search(ctx.text)) \
        or bool("first time" in ctx.text and _A_FIRST_VICTIM.search(ctx.text)) \
        or bool("referr" in ctx.text and _A_VICTIM_REFERRED.search(ctx.text))
    if not ctx.has_figures:
        return  # only years, article numbers, ages...: nothing to count, no clause to find
    ctx.matches = _scan(ctx)
    _split_clauses(ctx)


#: The count rules' gates as bits (:func:`_count_gates`), for the rules they were worked out from
_COUNT_GATES: list[tuple[object, list[tuple[CountRule, int | None, list[tuple[Pattern, tuple[int, ...]]]]], int]] = []


def _count_gates() -> tuple[list[tuple[CountRule, int | None, list[tuple[Pattern, tuple[int, ...]]]]], int]:
    """Each count rule with its gate (:attr:`CountRule.gate`) as a mask and its patterns with theirs
    (:attr:`Pattern.ascii_gate`), and the :data:`wordscan.Gate.top` they need; worked out once per rule set."""
    ruleset = rules()
    if not _COUNT_GATES or _COUNT_GATES[0][0] is not ruleset:
        gated, top = [], 0
        for rule in ruleset.counts:
            gate = None if rule.gate is None else wordscan.bits(rule.gate)
            patterns = [(p, wordscan.gate_of_sets(p, p.ascii_gate)) for p in rule.patterns]
            top = max([top, *(g.top for _, g in patterns), gate[1] if gate else 0])
            gated.append((rule, None if gate is None else gate[0], [(p, g.masks) for p, g in patterns]))
        _COUNT_GATES[:] = [(ruleset, gated, top)]
    return _COUNT_GATES[0][1], _COUNT_GATES[0][2]


def _scan(ctx: Context) -> list[Match]:
    """Every count pattern's matches on figures that are no distractors, rule by rule, in file order."""
    gated, top = _count_gates()
    if ctx.lower is None:  # lower-casing may hide a word from the check: each pattern is tried (the rules' gates
        # asked of the lower-cased text, as ever)
        rule_words, words = wordscan.held(ctx.text.lower()), -1
    else:  # (the document's scan, unless it was made before these gates' words were asked for)
        rule_words = words = ctx.words if ctx.known >= top else wordscan.held(ctx.lower)
    found: list[Match] = []
    for rule, gate, patterns in gated:
        if gate is not None and not rule_words & gate:
            continue
        if rule.sentence and not compiled(rule.sentence).search(ctx.text):
            continue  # the sentence lacks what the rule's figures need around them ("abroad" for migrants' places)
        for pattern, masks in patterns:
            # this pattern cannot match here when the sentence lacks every word of one of its sets (another of the
            # rule's patterns may)
            for mask in masks:
                if not words & mask:
                    break
            else:
                for m in pattern.rx.finditer(ctx.text):
                    if not is_distractor(ctx, *m.span("n")):
                        found.append(Match(rule, pattern, m))
    # "plans to open three shelters", "authority to carry out 2,000 inspections": capacity and plans are no counts
    not_count = rules().not_counts.rx
    if found and ctx.may(not_count):  # (its words asked of the sentence once, not a search before every figure)
        found = [x for x in found
                 if not not_count.search(ctx.text, _past_plan_followed(ctx.text, x.m.start("n")), x.m.start("n"))]
    # "has only convicted one trafficker since 2014": a count over years, none of the year (batch 44)
    if ctx.cumulative:
        found = [x for x in found if not ctx.in_cumulative(x.m.start("n"))]
    # "investigated three police officers ... and convicted one": a bare figure after officials counts officials
    # (their own indicators), not the year's convictions
    officials = compiled(rf"\b(?:investigat|prosecut|convict|charg|arrest|indict)\w* (?:[\w-]+ ){{0,4}}?"
                         rf"(?:{fragments()['OFFICIALS']})\b")
    found = [x for x in found if not (
        x.rule.indicator in ("investigations", "prosecutions", "convictions") and x.m.end() == x.m.end("n")
        and officials.search(ctx.text, ctx.text.rfind(";", 0, x.m.start()) + 1, x.m.start()))]
    # "assisted 31 victims, including eight victims identified earlier": a part of the figure before, not a total
    including = "including" in ctx.text  # (what _INCLUDING_BEFORE needs: most sentences lack it)
    return [
        x for x in found
        if not (including and _INCLUDING_BEFORE.search(ctx.text, 0, x.m.start()))
        or not any(y.m.start("n") < x.m.start() and ctx.segment(y.m.start("n")) == ctx.segment(x.m.start())
                   for y in found)
    ]


def _add_clause_cut(ctx: Context, pos: int) -> None:
    """Start a new clause at ``pos`` (it is neither the comparison before it nor bound to its years)."""
    if pos not in ctx.cuts:
        ctx.cuts = sorted([*ctx.cuts, pos])
        ctx.clause_cuts = sorted([*ctx.clause_cuts, pos])
        ctx.split_cuts.append(pos)


#: "..., compared with 19 in 2012, and 11 cases under Article 171": the next figure under its own article.
_UNDER_ARTICLE_NEXT = rc.lazy(
    rf",? and (?={NUMBER} (?:[\w-]+ ){{0,3}}?under (?:the )?(?:[Aa]rticles?|Sections?) \d)", IGNORECASE
)


#: ... or where another stage's count begins, by its noun, with a comparison of its own after it: "initiating
#: investigations of 20 suspected trafficking cases, compared with 35 the previous year and prosecutions of 17
#: defendants, compared with 10 the previous year" (batch 96's mozambique-2017; not "compared with 18 case
#: investigations and prosecutions of four defendants in the previous reporting period", one comparison of two stages)
_STAGE_NOUN_NEXT = rc.lazy(
    rf" and (?=(?:the )?(?:initiation (?:of )?)?(?:prosecutions?|convictions?|investigations?|indictments?) "
    rf"(?:of|against|involving) (?:{NUMBER}) [^.;]*?,? "
    r"(?:compared (?:with|to)|versus|an? (?:increase|decrease) from)\b)",
    IGNORECASE,
)


#: ... or where the next stage's count begins with its figure before its noun, and a comparison of its own after it:
#: "one new prosecution, compared with six prosecutions in the previous reporting period, and one conviction for labor
#: trafficking with a sentence of three years in prison, compared with four convictions in the previous reporting
#: period" (batch 108's republic-of-the-congo-2022: the conviction is the year's, its own comparison the year before's)
_FIGURE_STAGE_NEXT = rc.lazy(
    rf",? and (?=(?:{NUMBER}) (?:new |additional )?(?:prosecutions?|convictions?|investigations?|indictments?)\b"
    r"[^.;]*?,? (?:compared (?:with|to)|versus|an? (?:increase|decrease) from)\b)",
    IGNORECASE,
)


#: A comparison of figures each led by its verb: "compared with investigating 38 cases, prosecuting 17 ...".
_GERUND_COMPARISON = rc.lazy(r"[,;]?\s*(?:compared (?:with|to)|versus|a decrease from|an increase from) [a-z]+ing\b",
                             IGNORECASE)
_GERUND = rc.lazy(r"[a-z]+ing\b")


def _split_clauses(ctx: Context) -> None:
    """A comparison ends where a clause with its own verb begins (at the separator before it), or where the next
    figure comes under its own article."""
    starts = [x.m.start() for x in ctx.matches if x.m.start() < x.m.start("n")]  # patterns led by their verb
    for seg in range(1, len(ctx.cuts) + 1):
        a, b = ctx.bounds(seg)
        if a in ctx.clause_cuts:
            continue
        nxt = next((x for x in _UNDER_ARTICLE_NEXT.finditer(ctx.text, a, b) if depth(ctx.text, x.start()) == 0), None)
        # (looked for past the segment's end: the comparison after the next stage's figure is the next segment's)
        nxt = nxt or next((x for x in _STAGE_NOUN_NEXT.finditer(ctx.text, a) if x.start() < b
                           and depth(ctx.text, x.start()) == 0), None)
        nxt = nxt or next((x for x in _FIGURE_STAGE_NEXT.finditer(ctx.text, a) if x.start() < b
                           and depth(ctx.text, x.start()) == 0), None)
        if nxt:
            _add_clause_cut(ctx, nxt.start())
            continue
        gerunds = bool(_GERUND_COMPARISON.match(ctx.text, a))
        for start in sorted(starts):
            if gerunds and _GERUND.match(ctx.text, start):
                continue  # "compared with investigating 38 cases, prosecuting 17 defendants, and convicting 12 ...":
                # the items of one comparison, each led by its verb
            if a < start < b:
                seps = [x for x in _CLAUSE_SEP.finditer(ctx.text, a, start) if depth(ctx.text, x.start()) == 0]
                if seps:
                    _add_clause_cut(ctx, seps[-1].start())
                    break
        else:
            verb = next((x for x in _VERB_CLAUSE.finditer(ctx.text, a, b) if depth(ctx.text, x.start()) == 0), None)
            if verb:
                _add_clause_cut(ctx, verb.start())
