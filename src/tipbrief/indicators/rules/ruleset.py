"""The rule file (``extract_rules.yml``) and word lists (``vocabulary.yml``) loaded into typed, validated models.

Loading is cheap: placeholders are expanded when the file is read, but a regex is compiled only when
a rule first uses it, and the keyword prefilter of a count rule is derived from its patterns then.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from tipbrief.errors import ExtractionError
from tipbrief.indicators.numbers import NUMBER
from tipbrief.indicators.rules import datacache, regexcache
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.words import fewest

IGNORECASE = re.IGNORECASE

#: {W}: up to three words, none of them a figure, "and"/"or", another stage's noun or a noun of people (so a pattern
#: cannot reach the next figure: "45 investigations resulted in prosecutions" is no count of prosecutions, and
#: "prosecuted 101 individuals in trafficking-related cases" no count of cases; nor "three cases involving five
#: defendants" a count of three persons: the cases' own figure, fixr)
_WORDS3 = (
    r"(?:(?!\d|(?:and|or|investigations|prosecutions|convictions|resulted|led|individuals|persons|people|defendants|"
    r"suspects|traffickers|victims|cases|involving)\b)[\w’'-]+ ){0,3}"
)

#: The number a count pattern is about ({N}), with the words that may lead it ("a total of", "all of the").
_COUNTED = (
    rf"(?:(?:a total of|an additional|another|a further|at least|approximately|roughly|more than|over|nearly|about|"
    rf"around|some|up to|all|all of the|only) )?"
    rf"(?P<n>{NUMBER}(?: or {NUMBER})?)"
)

#: Placeholders every pattern may use; ``vocabulary.yml`` ``fragments`` adds the named word lists.
BUILTIN = {"N": _COUNTED, "ANY": rf"(?:{NUMBER})", "NUM": NUMBER, "W": _WORDS3}

_PLACEHOLDER = rc.lazy(r"\{([A-Z][A-Z_]*)\}")


# The models' default factories are Python functions, not the builtins ``list`` and ``dict``: pydantic reads a factory's
# signature when it builds a model, and a builtin's only from its text (the tokenizer's regexes compiled, ~4 ms of
# every command that loads the rules)
def _empty_list() -> list:
    return []


def _empty_dict() -> dict:
    return {}


@cache
def compiled(regex: str, flags: int = IGNORECASE) -> re.Pattern:
    """``regex`` compiled once per process (the rules compile only what a sentence needs), from the
    precompiled store when an earlier command compiled it (see :mod:`tipbrief.indicators.rules.regexcache`)."""
    return regexcache.compile(regex, flags)


class ExpectedRow(BaseModel):
    """A row an example must give; only the fields written are compared."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    indicator: str | None = None
    year: int | None = None
    value: float | None = None
    value_text: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    flags: list[str] | None = None


class Example(BaseModel):
    """A sentence (read as a 2021 report on 2020 unless ``source`` says otherwise) and the rows it gives."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    source: dict[str, Any] = Field(default_factory=_empty_dict)
    rows: list[ExpectedRow]


class Rule(BaseModel):
    """Anything that makes rows: an id (recorded in the table's ``rule`` column) and examples."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*$")
    examples: list[Example] = Field(default_factory=_empty_list)


class Pattern(Rule):
    """A rule that is one regex (placeholders such as ``{N}`` or ``{FORMS}`` expanded in ``expanded``)."""

    regex: str
    #: False for the few patterns whose capitals matter ("ILO Convention 29")
    ignore_case: bool = True
    _expanded: str = PrivateAttr(default="")

    @property
    def expanded(self) -> str:
        """The regex with every placeholder replaced."""
        return self._expanded

    @cached_property
    def rx(self) -> re.Pattern:
        """The compiled regex (case-insensitive unless ``ignore_case`` is false)."""
        return compiled(self._expanded, IGNORECASE if self.ignore_case else 0)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Lower-case words one of which every match contains (:func:`required_words`; None: none known)."""
        return required_words(self.regex)

    @cached_property
    def ascii_need_sets(self) -> tuple[frozenset[str], ...]:
        """:func:`required_sets` whose words are all ASCII (then :func:`tipbrief.indicators.rules.words.folded` text
        answers for the case-insensitive regex exactly): a sentence that lacks every word of one set is no match."""
        return tuple(words for words in required_sets(self.regex) if all(w.isascii() for w in words))

    @cached_property
    def ascii_gate(self) -> tuple[tuple[str, ...], ...]:
        """:attr:`ascii_need_sets`, each less the words that hold another of it (the same test, fewer words)."""
        return tuple(fewest(words) for words in self.ascii_need_sets)

    @cached_property
    def ascii_needs(self) -> frozenset[str] | None:
        """``needs`` when every word is ASCII (then :func:`tipbrief.indicators.rules.words.folded` text answers
        for the case-insensitive regex exactly), else None."""
        needs = self.needs
        return needs if needs is not None and all(w.isascii() for w in needs) else None


class CountRule(BaseModel):
    """Patterns that read counts of one indicator in one unit; the first pattern that reads a figure wins."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    indicator: str
    unit: str
    patterns: list[Pattern]
    qualifier_prefix: str | None = None
    breakdown_if_q: bool = False
    #: a regex the sentence must hold for the rule's patterns to be tried anywhere in it ("abroad" for the places of a
    #: list of migrants: "including about 1 million in Saudi Arabia, 400,000 in the United Arab Emirates"; batch 45)
    sentence: str | None = None

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Lower-case words one of which any match of any pattern contains (None: no such words known)."""
        words: set[str] = set()
        for pattern in self.patterns:
            found = pattern.needs
            if found is None:
                return None
            words |= found
        return frozenset(words)

    @cached_property
    def gate(self) -> tuple[str, ...] | None:
        """:attr:`needs` less the words that hold another of them (the same test, fewer words)."""
        return None if self.needs is None else fewest(self.needs)


class ZeroRules(BaseModel):
    """None stated in words, before the verb ("did not report any convictions") or after it ("convicted no")."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    before_verb: Pattern
    after_verb: Pattern
    words: dict[str, str]
    #: what a zero's object may be: the alternatives, one a line in extract_rules.yml, joined into one regex anchored at
    #: the object's start (a list, so each new phrasing is a line of its own)
    object_ok: str
    victim_object: str
    subgroup: str
    officials: str
    officials_map: dict[str, str]
    #: victims of trafficking within the country named without the word "victims" (zeros.py: that form's zero)
    internal_object: str = ""
    #: a victims' zero of a channel named only by referring back ("did not identify any victims of forced labor through
    #: these efforts"): that channel's, which the sentence does not name, no zero of the year (zeros.py skips it)
    back_channel: str = ""
    #: what an inspections' zero names as inspected ("did not perform a single inspection of private employers"):
    #: an object of that stage alone (zeros.py; batch 48's probe)
    inspected_object: str = ""
    #: victims not identified "in part due to" a cause: why some were missed, no zero (zeros.py skips it; batch 41)
    cause_object: str = ""
    #: the traffickers of one group of victims ("did not convict any traffickers who exploited adults"): that group's
    #: zero, its word the qualifier (group ``q``; zeros.py, before the narrowed traffickers are skipped; batch 83)
    exploited_group: str = ""
    #: the traffickers of one form named by what they did ("did not prosecute or convict traffickers exploiting children
    #: in forced begging"): that form's zero, read before ``exploited_group`` (group ``q``; zeros.py; batch 186)
    exploited_form: str = ""
    #: a victims' zero of one nationality named by citizenship ("any victims of Austrian citizenship"; batch 91)
    nationality_object: str = ""
    #: a victims' zero of one group named after "among" ("any victims among the asylum-seeking population"): that
    #: group's zero, never the year's (group ``q``, or ``asylum`` filed `asylum-seekers`; zeros.py; batch 137)
    among_group: str = ""
    #: a victims' zero of one group named before "as victims" ("did not identify any children as victims"; residue21)
    group_as_object: str = ""
    #: a concessive clause after a zero's object ("did not convict any traffickers for internal trafficking crimes,
    #: despite the presence of sex trafficking and forced labor"): what it names exists, it is not what the zero is of;
    #: the object's form is read before it (zeros.py; batch 194's rwanda-2019-intro)
    concessive_tail: str = ""
    #: a zero whose object is narrowed to one sector or to a group named before ("any forced labor cases in fishing",
    #: "trafficking crimes against them"): those only, no zero of the year or of a form (zeros.py; batch 58)
    narrowed_object: str = ""
    #: a zero whose object is limited to the larger part of what was reported ("any officials involved in the large
    #: majority of credible reports", "any suspects in most of the reported cases"): the rest may have had the stage, so
    #: no zero of the year (zeros.py; batch 93)
    majority_object: str = ""
    #: harms done to people named before a zero with no object ("were attacked ..., but law enforcement did not
    #: investigate"): those harms' investigation, no zero (zeros.py; batch 50)
    implied_object: str = ""
    #: a victims' zero after a screening in its own clause ("screening the women for trafficking indicators but did not
    #: identify any victims"): that screening's result, no zero of the year (zeros.py; batch 76, singapore-2022)
    screened_lead: str = ""
    #: a verb that closes a zero's chain of stages but is no stage itself ("did not investigate, prosecute, or hold
    #: accountable any ..."): the zero's object is what follows it (zeros.py; batch 52)
    chain_close: str = ""
    #: a stage not yet reached, "has yet to convict a trafficker" (zeros.py, read beside before_verb; batch 90)
    yet_to: Pattern | None = None
    #: none known of a stage, "there were no known prosecutions or convictions" (zeros.py, read beside before_verb;
    #: batch 104)
    no_known: Pattern | None = None
    #: a stage failed, "failed to investigate, prosecute, or convict any trafficking offenders" (zeros.py, read beside
    #: before_verb; batch 126): a zero only with "any" or "a single" before its object
    failed_to: Pattern | None = None
    #: none of several stages named by their nouns after "zero", "zero investigations, prosecutions, or convictions in
    #: 2016" (zeros.py, read beside before_verb; residue16)
    zero_listed: Pattern | None = None
    #: none of the cases counted just before reached a later stage, "none of these led to prosecution or convictions":
    #: that count's year's zeros (zeros.py, dated by the figure before; residue16)
    none_led: Pattern | None = None
    #: none of "other" efforts of a stage set against its counts of earlier years, "did not report other
    #: investigation efforts, compared with ..." (zeros.py, read beside before_verb; residue18)
    other_compared: Pattern | None = None
    #: a stage's noun after a verb of helping it along, "did not assist or facilitate the repatriation of any
    #: victims" (zeros.py, read beside before_verb; residue18)
    helped_along: Pattern | None = None
    #: a group's zero in the passive, the group before the stage ("There were no Danish victims identified")
    group_passive: Pattern | None = None
    #: a group's zero with the group after the victims ("No confirmed victims were Portuguese"; batch 39)
    group_after: Pattern | None = None

    @field_validator("object_ok", mode="before")
    @classmethod
    def _alternatives(cls, value: str | list[str]) -> str:
        """``object_ok`` as one regex: a list of alternatives becomes ``^\\s*(?:a|b|...)``."""
        return value if isinstance(value, str) else rf"^\s*(?:{'|'.join(value)})"


class Distractors(BaseModel):
    """Text before or after a number that makes it no count (ages, articles, percentages ...)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    before: Pattern
    after: Pattern
    #: a lead that opens the sentence and makes its figures one incident's ("In a single raid in July 2020, police
    #: identified 19 victims"), matched on the sentence up to the figure
    lead: Pattern | None = None
    #: another country's officials as the sentence's subject ("South African law enforcement officers reported
    #: identifying 30 Zimbabwean women ..."): their figures are no count of the country's government (group ``adj``,
    #: the demonym, is checked against the narrative's country in context.py)
    foreign_officials: Pattern | None = None
    #: victims identified in another country, in the passive with no agent ("six Eritrean women ... were identified as
    #: victims of sex trafficking in Norway"): that country's identification, no count of the narrative's government
    #: (group ``place`` is checked against the narrative's country in context.py; batch 126's eritrea-2009)
    abroad: Pattern | None = None
    #: a count of places after the figure ("identified in 40 provinces", "data from 30 of 45 provinces"): the number of
    #: places the data covers, no count of what the text counts
    places: Pattern | None = None
    #: a study's finding as the sentence's subject ("Research in Sao Paulo state found only three ... convictions ...
    #: out of 171 trafficking-related cases"): figures of a study, no count of the year by the government
    study: Pattern | None = None
    #: a figure named after "None of the" ("None of the five traffickers convicted under the anti-trafficking law were
    #: incarcerated"): the count told before, restated to say what none of it did, no count of its own
    restated: Pattern | None = None


class PenaltyRules(BaseModel):
    """Statutory penalties: a range of years or an upper bound, in a sentence about trafficking."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    keywords: str
    range: Pattern
    upto: Pattern
    #: a minimum alone: "a minimum penalty of two years' imprisonment"
    minimum: Pattern
    #: a bound the law changed: "increase the minimum sentence of child trafficking from five to 20 years" (the new one)
    change: Pattern
    #: a minimum said as "at least" ("prescribes sentences of at least five years’ imprisonment"; batch 104)
    at_least: Pattern | None = None
    #: a fixed term, both the lower and the upper end: "prescribed penalties of 10 years' imprisonment"
    fixed: Pattern
    require: str
    exclude: str
    #: a sentence whose statute is about another crime (slavery, pimping) and that never names trafficking
    other_crime: str
    #: trafficking named in passing in such a sentence ("could be used to prosecute ... trafficking", "lower than those
    #: prescribed under the ... anti-trafficking act"), left out before ``other_crime`` is matched
    other_crime_aside: str
    #: a form of trafficking the sentence also names beside the other crime ("organizing prostitution and forced
    #: prostitution"): the statute is then trafficking's too, other_crime notwithstanding (batch 108)
    other_crime_unless: str = ""
    #: further patterns matched as ``other_crime`` is, one a line (a statute on slaves, batch 112)
    other_crime_more: tuple[str, ...] = ()
    #: an earlier sentence whose list of statutes criminalizes trafficking, so that each statute of the list counts as a
    #: trafficking statute in a later sentence of its own ("Sections 133 and 175 ... criminalized sex and labor
    #: trafficking. Section 133 ... prescribed penalties ..."; not "could be prosecuted under Sections 106, 107, ...")
    list_criminalizes: str
    #: an earlier sentence that introduces (other) sections or articles of a code as criminalizing forms of trafficking,
    #: so that each section or article a later sentence of the paragraph names, with its own penalty, is a trafficking
    #: statute, whatever crime it is named for ("... other sections of the Pakistan Penal Code (PPC) that criminalized
    #: some forms of human trafficking. For example, Section 371A and 371B criminalized the buying and selling of a
    #: person for prostitution and prescribed penalties of up to 25 years’ imprisonment")
    sections_lead: str = ""
    #: the victims the crime a sentence criminalizes names, right before its penalty, when no victims follow the term:
    #: "The law criminalized child trafficking as an aggravated offense, with prescribed penalties of 20 to 30 years"
    #: -> child victims (group ``g``; batch 61)
    crime_group_before: str = ""
    #: ... and the crimes named with their victims after them ("prohibiting sex trafficking and forced labor of
    #: children and prescribes sentences of at least five years’"): those victims' term (batch 104)
    crime_of_group_before: str = ""
    #: the sentences courts gave the convicted traffickers counted before them in the clause ("obtaining convictions for
    #: at least 13 traffickers in 13 cases and prescribing penalties ranging from two to seven years' imprisonment"),
    #: searched on the clause before the penalty's figure: no statutory penalty
    imposed_after_conviction: str
    #: the clause before a fixed term's ", and N years' imprisonment" names minima ("minimum sentences of one year ...
    #: for adult trafficking and six years' imprisonment for child trafficking"): the term is a minimum alone
    fixed_minimum_lead: str = ""


class TierRules(BaseModel):
    """Tier placements and the move that led to them."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    pattern: Pattern
    skip_if: str
    #: the clause around a tier (its words included) that names the earlier reports' placements, no tier of this one
    earlier: str = ""
    #: the words that open the tier's own clause ("...; therefore, Namibia is placed on Tier 2 Watch List"): a year
    #: named before them belongs to the efforts weighed, not to the placement
    clause_start: str = ""
    qualifiers: dict[str, str]


class MoneyRules(BaseModel):
    """Money the government gave: a funding verb (``cue``, the rule) and what it is for: victims (``topic``),
    shelters, an action plan, or other anti-trafficking work (``other``)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    cue: Pattern
    topic: str
    other: str
    #: a rate, not a sum given: "900 manat ($489) a month per individual"
    per_unit: str
    #: a fiscal year named near an amount, its first calendar year in group ``a``
    fiscal_year: list[str]
    #: money "received" that nobody gave for the fight against trafficking ("received 20,000 som in compensation")
    received_not_given: str
    #: an allowance per victim named before the amount ("one-time financial assistance of")
    per_unit_before: str
    #: money others gave, in the amount's clause ("funded by foreign donors")
    donor: str
    #: shelter named as one service among others victims get ("providing victims with temporary shelter and access to
    #: legal, medical, and psychological services"): the money is victim assistance, not a shelter's
    shelter_among_services: str
    #: a plan's work named without the plan's own name ("toward revision and implementation of the strategy"): the
    #: money is the national action plan's
    plan: str = ""
    #: a counter-trafficking body the money goes to ("to the C-TIP Unit", "the anti-trafficking secretariat's budget"):
    #: the body's budget for all its work, kind ``other`` even in a protection section
    body: str = ""
    #: a counter-trafficking body named as the subject that receives the money ("the C-TIP Unit received a budgetary
    #: allocation of ..."): its budget too, kind ``other``
    body_receiving: str = ""
    #: money for victims and prevention together ("for measures to support victims and prevent trafficking"): not for
    #: victim assistance alone, kind ``other``
    mixed: str = ""
    #: money for anti-trafficking work at large, no victims named ("in grants for projects addressing trafficking
    #: issues", "for its domestic anti-trafficking programs"): kind ``other`` even in a protection section
    work: str = ""
    #: the victims named in a sum's words, as ``topic`` without the NGOs the money goes to ("granted €80,000 to NGOs
    #: for projects against human trafficking" names none): ``work`` is ``other`` unless these name victims
    topic_victims: str = ""
    #: the implementation or budget of a national plan or program against trafficking, whose name may name victims ("for
    #: services and implementation of the annual national anti-trafficking and victim protection program"): kind
    #: ``national action plan``, though victims are named
    plan_named: str = ""
    #: the whole anti-trafficking budget named right before its sum ("increased its anti-trafficking budget from
    #: $200,000 to $242,000 – a significant amount of which was devoted to victim assistance"): kind ``other``, whatever
    #: victims the rest of the sentence names (matched on the words before each sum)
    whole_budget: str = ""
    #: money given "to combat trafficking" (to fight or counter it), the fight at large and no victims named ("a total
    #: of 4,822,000 denars ($82,966) to combat trafficking", batch 86): kind ``other`` (as ``work``)
    work_combat: str = ""
    #: money to fund the work of a body named by its short name ("to fund the work of the ATO and the implementation of
    #: the NAP", residue12): kind ``other``, the body's budget, no victims named
    body_work: str = ""
    #: a purpose that names other crimes beside trafficking ("to counter illegal fishing and drug and human
    #: trafficking"): no anti-trafficking money, no funding row unless victims, a body or a plan name it (batch 71)
    shared: str = ""
    #: the gap between a sum per unit skipped ("approximately €426,000 ($488,530) each in 2018") and a sum compared
    #: with it (", compared with €428,000"): the compared sum is per unit too, no row (batch 99, belgium-2019)
    per_unit_compared: str = ""
    #: a population the money serves that may only include victims ("to an NGO providing support services to women in
    #: prostitution, some of whom may have been sex trafficking victims"): no victims' money, no funding row (batch 73)
    population: str = ""
    #: housing named beside another verb of care ("to assist and house victims"): one service among others, as
    #: ``shelter_among_services`` (batch 91)
    shelter_with_care: str = ""


class ActionPlanRules(BaseModel):
    """Action plans with their period (``period``) and what was done with them (``verbs``)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    pattern: Pattern
    period: str
    verbs: str
    #: more alternatives of ``verbs``, one a line, each read after them (its groups number after theirs): a verb the
    #: shared line does not name ("met monthly to implement its National Action Plan", batch 94's qatar-2021-prevention)
    verbs_more: list[str] = []
    #: between a verb and the plan, a part of the plan as the verb's object ("approved a supplement to Oman's 2018-2020
    #: national action plan"): the verb is the part's, no stage of the plan (batch 94's oman-2020-prevention)
    part_of: str = ""
    #: a verb's stage under the corpus's name for it ("developed" a plan is its drafting)
    stages: dict[str, str] = {}
    #: a plan named by its period and a bare noun ("the 2021-2025 strategy"): the plan of that period a row of the
    #: document named before (group 1 the period), no other strategy (fixb)
    named_before: str = ""
    #: the plan named again after its period, in a later clause of the sentence ("... finalized and adopted the NAP")
    again: str
    #: right after the period, the plan's noun and a participle that says what was done with it ("a 2020-2022 NAP
    #: developed with ... and approved in 2019"): its stages, read in the clause after the plan
    after: str
    #: right after a stage's verb, the year of that stage alone ("approved in 2019"): the sentence's other stages are
    #: not dated by it
    stage_year: str
    #: between a verb and the plan, the start of another clause ("endorsed new screening guidelines, but the cabinet has
    #: yet to adopt the 2022-2025 plan"): the verb before it is another object's, no stage of the plan
    clause_break: str
    #: a body's remit in the base form before the plan, with no stage verb in the sentence ("A working group mandated to
    #: draft a new national action plan for 2024-2028 met three times"): no stage, no row (batch 45's probe)
    mandate_plain: str = ""
    #: right before a stage's verb, a body's remit ("was responsible for drafting", "is tasked with implementing"): what
    #: the body is for, no stage the plan reached (batch 45's italy-2023-prevention)
    mandate: str = ""
    #: between an earlier plan's period and this one's, the words that name this plan as the earlier one's frame ("the
    #: 2021-2022 NAP as part of the 2018-2022 national strategy"): the verbs before are the earlier plan's, this one
    #: reached no stage the sentence states (batch 57's romania-2023)
    frame: str = ""
    #: a plan for one year, the year after "for" ("informally adopted NAPs for 2022 and 2023"): groups 1 and 2 the
    #: years, each a plan whose value is that year (batch 57's bulgaria-2023)
    one_year: str = ""
    #: a plan named by one year in the place of a period, before its name in capitals ("its 2018 National Action
    #: Plan"): group 1 the year, a one-year plan valued by it, as one_year's (residue14, chad-2020)
    one_year_named: str = ""
    #: right before a period, words that make it a span of time an activity took, no plan's period ("provided to each
    #: ministry during 2018-2019"): not read as a plan (batch 75's laos-2020-prevention)
    span_before: str = ""
    #: between an earlier plan's period and this one's, a predicate of its own joined by "and" ("implemented its
    #: 2016-2020 plan and continued to consult ... for a new plan covering 2021-2025"): the verbs before the earlier
    #: plan are that plan's, this one keeps only verbs after it (batch 75's laos-2021-prevention)
    own_predicate: str = ""


class HotlineRules(BaseModel):
    """Hotlines that a sentence says were established, run or funded (``not_operating``: it does not say so)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    pattern: Pattern
    verbs: str
    not_operating: str
    #: more hotlines that received calls or complaints (group ``working``), read beside ``verbs``: one named by its
    #: operator's compound ("a DGS-operated hotline received 211 calls"), one through which a body received them
    #: ("Through the ... complaints office and 24-hour hotline, it received 300 complaints"; batch 88, lebanon-2021)
    working: str = ""


class LegalRules(BaseModel):
    """Treaties and laws: ILO conventions by number, other instruments named in ``vocabulary.yml``."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: str
    #: a legal act denied or only aimed at, right before the instrument's name ("took steps towards amending the")
    undone: str = ""
    #: an instrument named as the standard something is measured against ("in accordance with the 2000 UN TIP
    #: Protocol"): no act of the sentence, read as ``undone`` is (batch 52)
    measured_against: str = ""
    #: an instrument a text departs from ("in a departure from the 2000 UN TIP Protocol definition"): the standard
    #: measured against, read as ``measured_against`` is (batch 104)
    departed_from: str = ""
    #: a law act that is the means of what a body was required to do ("was required to ..., including by enacting a
    #: comprehensive anti-trafficking law"): no act of the sentence, before the instrument or the verb (residue8)
    required_means: str = ""
    ilo: Pattern
    #: a trafficking law by its own name ("the 2008 Law on the Suppression of Human Trafficking ...")
    named: Pattern
    instrument: Rule


class RuleFile(BaseModel):
    """``extract_rules.yml``: every pattern the extractor reads sentences with."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    counts: list[CountRule]
    qualifier_forms: dict[str, str | None]
    zero: ZeroRules
    distractors: Distractors
    comparison: Pattern
    same_as: Pattern
    relative_years: dict[str, int]
    ambiguous_years: list[str]
    back_reference: Pattern
    penalty: PenaltyRules
    tier: TierRules
    money: MoneyRules
    action_plan: ActionPlanRules
    hotline: HotlineRules
    legal: LegalRules
    #: capacity, plans and targets before a figure make it no count ("plans to open three shelters")
    not_counts: Pattern
    #: a count over years, a perfect and "since" a year ("has only convicted one trafficker since 2014"): no count
    cumulative: Pattern
    #: rules whose regexes live in the Python modules (breakdowns, mentions): ids and examples only
    code_rules: list[Rule] = Field(default_factory=_empty_list)

    def patterns(self) -> list[Pattern]:
        """Every pattern of the file, in file order."""
        out = [p for rule in self.counts for p in rule.patterns]
        out += [self.zero.before_verb, self.zero.after_verb, self.distractors.before, self.distractors.after]
        z, d = self.zero, self.distractors
        out += [p for p in (z.group_passive, z.group_after, z.yet_to, z.no_known, z.failed_to, z.zero_listed,
                            z.none_led, z.other_compared, z.helped_along, d.lead, d.foreign_officials, d.abroad,
                            d.places, d.study, d.restated) if p is not None]
        out += [self.comparison, self.same_as, self.back_reference, self.penalty.range, self.penalty.upto,
                self.penalty.minimum, self.penalty.change, self.penalty.fixed]
        out += [self.penalty.at_least] if self.penalty.at_least is not None else []
        out += [self.tier.pattern, self.money.cue, self.action_plan.pattern, self.hotline.pattern, self.legal.ilo,
                self.legal.named]
        out += [self.cumulative, self.not_counts]
        return out

    def all_rules(self) -> list[Rule]:
        """Every rule with an id: the patterns, then rules without a regex of their own here."""
        return [*self.patterns(), self.legal.instrument, *self.code_rules]

    @cached_property
    def count_gates(self) -> tuple[tuple[str, ...], list[tuple[CountRule, frozenset[str] | None]]]:
        """Every word of the count rules' gates (:attr:`CountRule.gate`), and each rule with its gate as a set: a
        sentence is tested for each word once (``clauses._scan``), not once for every rule that needs it."""
        words = sorted({w for rule in self.counts for w in rule.gate or ()})
        return tuple(words), [(rule, None if rule.gate is None else frozenset(rule.gate)) for rule in self.counts]

    @cached_property
    def relative_rx(self) -> list[tuple[re.Pattern, int]]:
        """Phrases that date a figure relative to the reporting year, with the offset they give."""
        return [(compiled(rf"\b{p}\b"), off) for p, off in self.relative_years.items()]

    def relative_offset(self, text: str) -> int | None:
        """The offset from the reporting year that the first of :attr:`relative_rx` found in ``text`` gives ("during
        the reporting period": 0), or None."""
        return next((off for rx, off in self.relative_rx if rx.search(text)), None)

    @cached_property
    def ambiguous_rx(self) -> re.Pattern:
        """Phrases that leave the year of a figure open ("to date", "since")."""
        return compiled(r"\b(?:" + "|".join(self.ambiguous_years) + r")\b")


def _read_yaml(name: str) -> Any:
    """The YAML file ``name`` of this package, parsed; kept parsed on disk under its bytes' digest and PyYAML's
    version (:mod:`tipbrief.indicators.rules.datacache`): parsing the rules costs more than the rest of loading them."""
    return datacache.package_yaml(__package__, name)


@cache
def vocabulary() -> dict:
    """The word lists the rules share (``vocabulary.yml``)."""
    return _read_yaml("vocabulary.yml")


@cache
def fragments() -> dict[str, str]:
    """Placeholder name -> regex: the builtin ones and the named word lists of ``vocabulary.yml``."""
    named = {name: "|".join(words) for name, words in vocabulary()["fragments"].items()}
    clash = sorted(set(named) & set(BUILTIN))
    if clash:
        raise ExtractionError(f"vocabulary.yml: fragments {', '.join(clash)} shadow builtin placeholders")
    return {**BUILTIN, **named}


def expand(regex: str, where: str, extra: dict[str, str] | None = None) -> str:
    """``regex`` with every ``{NAME}`` placeholder replaced; an unknown name is an error naming ``where``."""
    table = {**fragments(), **(extra or {})}

    def sub(m: re.Match) -> str:
        if m.group(1) not in table:
            raise ExtractionError(f"extract_rules.yml: {where}: unknown placeholder {{{m.group(1)}}}")
        return table[m.group(1)]

    return _PLACEHOLDER.sub(sub, regex)


@cache
def rules() -> RuleFile:
    """The extraction rules (``extract_rules.yml``), validated, with every placeholder expanded; kept on disk as built
    (:func:`tipbrief.indicators.rules.datacache.cached`), under the digests of the two rule files, of this module
    (the models' code), of the builtin placeholders (``{N}`` is numbers.py's) and pydantic's version: validating them
    costs more than reading them back (about 28 ms against 12), and the models (``defer_build``) then never build
    their schemas."""
    here = Path(__file__).resolve()
    parts = (*datacache.files(here, here.with_name("extract_rules.yml"), here.with_name("vocabulary.yml")),
             datacache.digest(repr(sorted(BUILTIN.items()))), *datacache.installed("pydantic", "pydantic"))
    return datacache.cached("rules", parts, _build_rules, objects=True)


def _build_rules() -> RuleFile:
    """:func:`rules`, worked out from the rule files."""
    try:
        ruleset = RuleFile.model_validate(_read_yaml("extract_rules.yml"))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise ExtractionError(f"extract_rules.yml: {where}: {first['msg']}") from None
    seen: set[str] = set()
    for rule in ruleset.all_rules():
        if rule.id in seen:
            raise ExtractionError(f"extract_rules.yml: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
    for pattern in ruleset.patterns():
        pattern._expanded = expand(pattern.regex, pattern.id)
    for entry in vocabulary()["fragments"]["POTENTIAL"]:  # "(?P<q>{POTENTIAL}) victims": the qualifier `potential`
        ruleset.qualifier_forms.setdefault(re.match(r"[a-z]+", entry).group(), "potential")  # the word, less its guard
    return ruleset


# --- the keyword prefilter, derived from the patterns -------------------------------------------------

def required_words(regex: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``regex`` contains, or None if none are known.

    Read from the parsed regex (placeholders stand for anything): the longest literal run or
    alternation of runs that no match can avoid. The set is what a sentence must contain before the
    pattern is worth trying, so adding a pattern never needs a hand-kept keyword list.
    """
    # worked out once per expanded pattern and kept with the precompiled regexes: parsing is the slow part
    return regexcache.remember("required_words-2", _wildcards(regex), _required_words)


def _required_words(regex: str) -> frozenset[str] | None:
    """:func:`required_words` of a pattern whose placeholders are expanded."""
    import re._parser as parser  # the stdlib's own regex parser: reading its tree is the point

    try:
        tree = parser.parse(regex)
    except re.error:
        return None
    found = _required(list(tree), parser)
    if not found or min(len(w) for w in found) < 3:
        return None
    return frozenset(w.lower() for w in found)


#: Sets :func:`required_sets` gives at most: each more is one more test of every sentence
MAX_SETS = 3


def required_sets(regex: str) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings (of three characters or more) such that every match of ``regex`` contains one string
    of each set, the best first (:func:`required_words`'s set when it is one); at most :data:`MAX_SETS`.

    Each set alone is a test a sentence must pass before the pattern is worth trying; together they turn away
    sentences that hold one cue word of a pattern but not another ("victims" but neither "placed" nor "housed")."""
    return regexcache.remember("required_sets-2", _wildcards(regex), _required_sets)


@cache
def _wildcard_table() -> dict[str, str]:
    """Placeholder name -> what :func:`_wildcards` puts in its place: a word list's regex, anything for a builtin."""
    return {**fragments(), **dict.fromkeys(BUILTIN, r"[\s\S]*?")}


def _wildcards(regex: str) -> str:
    """``regex`` with its word lists expanded and its builtin placeholders ({N}, {W} ...) standing for anything."""
    table = _wildcard_table()
    return _PLACEHOLDER.sub(lambda m: table.get(m.group(1), m.group()), regex)


def _required_sets(regex: str) -> tuple[frozenset[str], ...]:
    """:func:`required_sets` of a pattern whose placeholders are expanded."""
    import re._parser as parser

    try:
        tree = parser.parse(regex)
    except re.error:
        return ()
    found: list[frozenset[str]] = []
    for words in sorted(_candidates(list(tree), parser), key=_score, reverse=True):
        words = frozenset(w.lower() for w in words)
        if words and min(len(w) for w in words) >= 3 and words not in found:
            found.append(words)
    return tuple(found[:MAX_SETS])


def required_branches(regex: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """For each top-level alternative of ``regex`` (the whole regex when it has none), sets of lower-case strings of
    any length, ";" too, such that every match of that alternative contains one string of each set: a reader's entry
    test (``wordscan.Entry``) turns a sentence away only when it misses a set of every alternative, which is finer than
    one set for all of them (an opener of ";", ":" or ", of whom" holds no common word of three letters)."""
    return regexcache.remember("required_branches-1", _wildcards(regex), _required_branches)


def _required_branches(regex: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """:func:`required_branches` of a pattern whose placeholders are expanded."""
    import re._parser as parser

    try:
        items = list(parser.parse(regex))
    except re.error:
        return ((),)  # nothing known: the test passes every sentence
    while len(items) == 1 and items[0][0] is parser.SUBPATTERN:  # "(?:a|b)", the whole regex in a group
        items = list(items[0][1][-1])
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is parser.BRANCH else [items]
    return tuple(tuple(frozenset(w.lower() for w in words) for words in _candidates(list(branch), parser)
                       if words and all(words)) for branch in branches)


def required_any(regex: str) -> frozenset[str] | None:
    """Lower-case strings, of any length, one of which every match of ``regex`` (placeholders expanded) contains, or
    None if none are known: :func:`required_words` without its length floor, for a regex tried on a short window
    (where even "$" or "age" turns most windows away)."""
    return regexcache.remember("required_any-1", regex, _required_any)


def _required_any(regex: str) -> frozenset[str] | None:
    import re._parser as parser

    try:
        found = _required(list(parser.parse(regex)), parser)
    except re.error:
        return None
    return frozenset(w.lower() for w in found) if found and all(found) else None


def _required(items: list, parser: Any) -> frozenset[str] | None:
    """The best set of strings one of which every match of the node sequence ``items`` contains."""
    candidates = _candidates(items, parser)
    if not candidates:
        return None
    return max(candidates, key=_score)


def _candidates(items: list, parser: Any) -> list[frozenset[str]]:
    """Sets of strings, each such that every match of the node sequence ``items`` contains one of its strings."""
    c = parser
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        before = "".join(run)
        flush()
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            found = _required(list(av[-1]), parser)
        elif op is c.BRANCH:
            alternatives = [_required(list(alt), parser) for alt in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)
            if before:  # "re(?:gistered|corded)", as the parser writes "registered|recorded": "registered", "recorded"
                joined = frozenset(before + _leading(list(alt), c) for alt in av[1])
                found = max(filter(None, [found, joined]), key=_score)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found = _required(list(av[2]), parser)
        elif op is c.ASSERT:  # "(?=...)", "(?<=...)": what it asserts is in the text a match is found in
            found = _required(list(av[1]), parser)
        if found:
            candidates.append(found)
    flush()
    return candidates


def _score(words: frozenset[str]) -> tuple[int, int]:
    """Better prefilter words are longer (the shortest counts), then fewer."""
    return min(len(w) for w in words), -len(words)


def _leading(items: list, c: Any) -> str:
    """The literal text a node sequence starts with."""
    out = []
    for op, av in items:
        if op is not c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)
