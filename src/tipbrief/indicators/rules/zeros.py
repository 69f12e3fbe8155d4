"""Zeros stated in words: "did not report any convictions", "convicted no traffickers".

Also "no one was convicted under article 130"; "did not identify any foreign victims" is a zero for that group only.
"""

from __future__ import annotations

import re
from functools import cache

from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.actors import JOINT
from tipbrief.indicators.rules.context import (
    IGNORECASE,
    Context,
    Row,
    Rows,
    compiled,
    is_demonym,
    own_people,
    part_qualifier,
    resolve_year,
    rules,
    stage_indicator,
    statute,
)
from tipbrief.indicators.rules.counts import CHANNEL_BODY, LIST_FORMS
from tipbrief.indicators.rules.ruleset import expand, fragments
from tipbrief.indicators.rules.wordscan import entry

#: a stage's noun's own persons: "prosecution of any traffickers" (batch 101), "no prosecutions of alleged traffickers"
#: (batch 149)
_NOUN_OF_PERSONS = rc.lazy(r"\s*of (?:any )?(?:alleged |suspected |accused )?"
                           r"(?:traffickers?|suspects?|perpetrators?|offenders?|defendants?)\b", IGNORECASE)
#: two forms of the trafficking named together after the stage ("of forced labor or sex trafficking crimes"): the whole,
#: no form's part (batch 119); after "any" alone too ("any sex trafficking or forced labor offenses", batch 128's
#: south-sudan-2021)
_TWO_FORMS = rc.lazy(r"^\s*(?:any |a single )?(?:(?:(?:potential |suspected |presumed )?(?:victims?|survivors) )?"
                     r"(?:for|of|into) )?(?:sex trafficking|forced labou?r|labou?r trafficking),? "
                     r"(?:or|and) (?:sex trafficking|forced labou?r|labou?r trafficking)\b", IGNORECASE)
#: services that are the victims' by their name, no recipient after them ("did not provide any protective services, and
#: ...": vocabulary.yml AID_GIVEN's third form; batch 128's vanuatu-2022)
_VICTIMS_SERVICES = rc.lazy(r"\bany (?:protective|protection|victim|victim protection) services$", IGNORECASE)
#: a zero's object that names cases: "any cases of labor trafficking", "any trafficking cases" (batch 50); the cases
#: with no determiner, only their form's words before them ("did not criminally prosecute or convict labor trafficking
#: cases"; batch 190's colombia-2023-intro; "secure convictions in any cases" stays as it was); never persons "in" or
#: "for" cases ("any suspects in trafficking cases": the persons' zero)
_CASES_OBJECT = rc.lazy(r"\s*(?!(?:(?!cases?\b)[\w-]+ ){0,4}?(?:traffickers?|offenders?|suspects?|perpetrators?|"
                        r"defendants?|individuals|persons|people|officials?|victims?)\b)"
                        r"(?:(?:any|a single) (?:[\w-]+ ){0,3}?|(?:(?!(?:in|of|for|into|under|with|involving|against|"
                        r"any|a|the|these|those)\b)[\w-]+ ){0,3}?)cases?\b", IGNORECASE)
#: a zero's object whose channel is the calls a hotline named before received: "any victims as a result of these calls"
#: (fix216b)
_CALLS_OBJECT = rc.lazy(r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?victims? (?:as a (?:result|consequence) of|"
                        r"through|from|via|based on|in connection with|(?:stemming|resulting|arising) from|"
                        r"in response to|among) (?:these|those|such|the|its|their) (?:hotline |helpline )?"
                        r"(?:calls|reports|tips)\b", IGNORECASE)
_HOTLINE_NAMED = rc.lazy(r"\b(?:hotline|helpline)s?\b", IGNORECASE)
_ZERO_CHANNEL = rc.lazy(rf"^\s*(?:any |a single )?(?:[\w-]+ )?victims? {CHANNEL_BODY}", IGNORECASE)


@cache
def _zero_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What a zero's object may be, a subgroup's zero, officials (expanded and compiled once, not per sentence)."""
    z = rules().zero
    return (compiled(expand(z.object_ok, "zero.object_ok", {"SUBGROUP": z.subgroup})),
            # (also "a child trafficking victim", the singular after "a" that object_ok admits only where the object
            # ends with it; batch 154; and "any of the child trafficking victims it identified", the group named after
            # "any of the", that group's zero: batch 194's egypt-2020-intro)
            compiled(rf"^\s*(?:any (?:of (?:the|its|these|those) )?|a single |an? )?{z.subgroup}"
                     r"(?: (?:sex |labou?r )?trafficking)? victim"),
            compiled(z.officials))


@cache
def _chain_close() -> re.Pattern | None:
    """A verb closing a zero's chain that is no stage of its own (expanded and compiled once)."""
    z = rules().zero
    return compiled(expand(z.chain_close, "zero.chain_close")) if z.chain_close else None


@cache
def _narrowed() -> re.Pattern | None:
    """A zero's object narrowed to a sector or to people named before (expanded and compiled once)."""
    z = rules().zero
    return compiled(expand(z.narrowed_object, "zero.narrowed_object")) if z.narrowed_object else None


@cache
def _inspected_object() -> re.Pattern | None:
    """What an inspections' zero may name as inspected (expanded and compiled once)."""
    z = rules().zero
    return compiled(expand(z.inspected_object, "zero.inspected_object")) if z.inspected_object else None


def _inspected(obj: str | None, stems: object) -> bool:
    """An inspections' zero whose object is the places inspected ("a single inspection of private employers")."""
    rx = _inspected_object()
    return bool(rx and obj and rx.match(obj) and any(str(s).lower().startswith("inspect") for s in stems))


@cache
def _victim_objects() -> tuple[re.Pattern, re.Pattern | None]:
    """A victims' zero's object, and one of internal trafficking (their placeholders expanded, compiled once)."""
    z = rules().zero
    return (compiled(expand(z.victim_object, "zero.victim_object")),
            compiled(expand(z.internal_object, "zero.internal_object")) if z.internal_object else None)


def _in_own_country(ctx: Context, obj: str) -> bool:
    """A victims' zero's object is the victims within the narrative's own country, named by its name: "any trafficking
    victims in Burundi" in Burundi's narrative (batch 167); another country's name is no such part, nor the country
    joined to the places abroad ("in Burundi or abroad": all the victims); "within" or "inside" the country as "in"
    (audit8)."""
    country = ctx.source.country
    if not country or not obj:
        return False
    return bool(rc.match(rf"\s*(?:[\w’'-]+ ){{0,4}}?(?:victims?|survivors?) (?:(?:with)?in|inside) "
                         rf"(?:the )?{re.escape(country)}\b"
                         r"(?!,? (?:and|or|nor) (?:[\w’'-]+ ){0,3}?"
                         r"(?:abroad|overseas|outside|elsewhere|foreign|other countries)\b)",
                         obj, re.IGNORECASE))


#: Groups of victims listed as a zero's object: "did not identify any children or Maltese victims" (batch 34,
#: malta-2020): the zero of each group; a capitalised group is a demonym Babel knows ("any women or Cypriot victims",
#: audit7; zero.group-passive's check).
#: ... a demonym or a migrant's status with its head noun too ("any child, Spanish national, asylum-seeker, or
#: undocumented migrant victims"; batch 70, spain-2021 and 2022; vocabulary.yml GROUP_HEADS, MIGRANT_STATUS)
#: ... a form by its two words before a group too ("any labor trafficking or male victims"; batch 187, morocco-2022)
_GROUP = (r"(?:children|child|minors|women|men|girls|boys|adults|adult|male|female|foreign|asylum-seekers?|"
          r"(?:sex|labou?r) trafficking(?= (?:or|and)\b| ?,)|sex|labou?r|"
          # (a form of two words other than "<sex|labor> trafficking": "any forced labor or child victims"; audit9
          # r1's F08)
          r"forced labou?r|forced begging|domestic servitude|"
          r"migrant workers?|"
          r"(?:(?:{MIGRANT_STATUS}) )?(?:{GROUP_HEADS})|(?-i:[A-Z][a-z]+)(?: (?:{GROUP_HEADS}))?)")


@cache
def _group_list() -> re.Pattern:
    """``_GROUP``'s list as a zero's object, its word lists expanded (compiled once)."""
    group = _GROUP.replace("{MIGRANT_STATUS}", fragments()["MIGRANT_STATUS"]).replace(
        "{GROUP_HEADS}", fragments()["GROUP_HEADS"])
    # ... or after the victims, "that were" the groups, maybe "or among vulnerable populations, including" more
    # ("did not report identifying any trafficking victims that were Maltese or among vulnerable populations,
    # including children, migrant workers, or asylum-seekers"; batch 73, malta-2023): each group's zero, not the total
    among = r"(?:among (?:[\w-]+ ){0,3}?(?:populations|groups|communities),? (?:including|such as) )"
    return rc.compile(
        rf"^\s*any (?P<groups>{group}(?:(?:,|,? or|,? and) {group})+) (?:(?:sex |labou?r )?trafficking )?victims\b"
        rf"|^\s*any (?:(?:sex |labou?r )?trafficking )?victims (?:that|who) (?:were|was) "
        rf"(?P<after>{group}(?:(?:,|,? or|,? and) {among}?{group})*)(?=[,.;]|$)",
        IGNORECASE)


_AMONG_LEAD = rc.lazy(r"among (?:[\w-]+ ){0,3}?(?:populations|groups|communities),? (?:including|such as) ",
                      IGNORECASE)


def _listed_groups(obj: str) -> list[str]:
    """The qualifiers of the groups ``_group_list`` names in a zero's object, or none."""
    m = _group_list().match(obj or "")
    if not m:
        return []
    listed = m.group("groups") or _AMONG_LEAD.sub("", m.group("after"))
    names = [g for g in rc.split(r",? or |,? and |, ", listed) if g]
    if any(g[0].isupper() and not is_demonym(g.split()[0]) for g in names):
        return []  # "any women or Government victims": no list of groups
    if (all(rc.fullmatch(r"(?:sex|labou?r)(?: trafficking)?|forced (?:labou?r|begging)|domestic servitude", g,
                         IGNORECASE) for g in names)
            and any(" " in g for g in names)):
        return []  # "any sex trafficking or labor trafficking victims": the forms alone, the first in full, the whole
    # a form beside a group ("any male or labor trafficking victims"; batch 39, slovenia-2021): the form's zero
    names = [f"{g.lower().replace('labour', 'labor')} trafficking" if rc.fullmatch(r"sex|labou?r", g, IGNORECASE)
             else g.lower().replace("labour", "labor") if rc.fullmatch(r"(?:sex|labou?r) trafficking", g, IGNORECASE)
             else g for g in names]
    # (victims "who were Irish nationals" are the demonym's, as part_qualifier files "Czech nationals"; the adjective
    # before the victims keeps its words, "any Spanish national victims" (batch 70); batch 84, ireland-2021)
    return [(part_qualifier(g) if rc.search(r" (?:nationals|citizens)$", g) else g) if g[0].isupper()
            else part_qualifier(g.lower()) for g in names]


def _zero_forms() -> list[re.Pattern]:
    """Every form of a stated zero :func:`zero` reads (a sentence none of them may match gives it no row)."""
    z = rules().zero
    return [f.rx for f in (z.other_compared, z.helped_along, z.before_verb, z.yet_to, z.no_known, z.failed_to,
                           z.zero_listed, z.none_led, z.after_verb, z.group_passive, z.group_after) if f is not None]


@entry(_zero_forms)
def zero(ctx: Context, out: Rows) -> list[Row]:
    """Rows of value 0 for each stage a statement of none names, with the statute, form or group it names."""
    z = rules().zero
    # the forms of a stated zero, each searched only where the sentence holds the words it needs (most that may hold
    # one cannot hold another); the first two claim their stretch of text before the others are read:
    # - "did not report any other investigation efforts, compared with ...": the comparison's zero, read before
    #   before_verb's "any other", which gives none (other_compared; residue18)
    # - "did not assist or facilitate the repatriation of any victims": read before before_verb's "did not assist",
    #   whose object it is not (helped_along; residue18)
    # then, each where no form before it matched: before_verb; "has yet to convict a trafficker", read as "has never
    # convicted" is (yet_to; batch 90); "there were no known prosecutions or convictions", read as "there were no" is
    # (no_known; batch 104); "failed to investigate, prosecute, or convict any trafficking offenders", read as "did
    # not" is (failed_to; batch 126); "zero investigations, prosecutions, or convictions in 2016" (zero_listed) and
    # "none of these led to prosecution or convictions" (none_led; residue16)
    first = [f for f in (z.other_compared, z.helped_along) if f is not None and ctx.may(f.rx)]
    then = [f for f in (z.before_verb, z.yet_to, z.no_known, z.failed_to, z.zero_listed, z.none_led)
            if f is not None and ctx.may(f.rx)]
    after = ctx.may(z.after_verb.rx)
    if not first and not then and not after:
        return _group_passive(ctx, out) if _may_group(ctx) else []
    object_rx, subgroup_rx, officials_rx = _zero_patterns()
    made = []
    found = [(f.id, m) for f in first for m in f.rx.finditer(ctx.text)]
    # (a bare "never" after "and" is a statement of its own inside the object of the one before: "did not obtain any
    # sex trafficking convictions ..., and never obtained a labor trafficking conviction"; batch 184's macau-2018-intro)
    for form in then:
        found += [(form.id, m) for m in form.rx.finditer(ctx.text)
                  if not any(f.start() <= m.start() < (f.start("object") if m.group("neg") == "never" else f.end())
                             for _, f in found)]
    verbs = [(m.start(), m.start("object")) for _, m in found]
    zero_starts = [m.start() for _, m in found]
    found += [
        (z.after_verb.id, m)
        for m in z.after_verb.rx.finditer(ctx.text)
        if not any(a <= m.start() < b for a, b in verbs)
    ] if after else []
    close = _chain_close()
    second: list[tuple[str, re.Match]] = []
    for rule_id, m in found:
        obj = m.group("object")
        start = m.start("object")
        # ("did not investigate, prosecute, or hold accountable any military members": the object follows the verb
        # that closes the chain, no stage of its own; batch 52's nigeria-2019)
        if close and obj and (cm := close.match(obj)):
            obj, start = obj[cm.end():], start + cm.end()
        # ("There were no prosecutions for the recruitment of children ... or of officials complicit in trafficking": a
        # second object of the stage, officials after "or of": their zero, beside the first object's own reading;
        # batch 169's honduras-2017-intro)
        if obj and (alt := _OR_OF_OFFICIALS.search(obj)):
            second.append((rule_id, m))
            obj = obj[: alt.start("or")]
        stems = rc.findall(
            r"(investigat|prosecut|convict|identif|referr?|punish|inspect|arrest|charg|indict|repatriat|assist|provid|offer"
            r"|giv|protect(?=ion\b|(?:ed|ing)?(?:\W|$)))",
            m.group("list"), IGNORECASE)
        # ("did not provide any repatriation assistance to trafficking victims": the help given is the repatriation, a
        # zero of the victims repatriated, not of the victims assisted; batch 113's uganda-2015)
        if rc.search(r"\brepatriation (?:assistance|support|services|aid|help)\b", m.group("list"), IGNORECASE):
            stems = [s for s in stems if s.lower() not in ("provid", "offer", "giv", "assist")]
        # "did not prosecute any trafficking offenses or convict any trafficking offenders": each stage named, with
        # the object after its own verb ("did not report convicting any labor traffickers ... or providing protective
        # services for any labor trafficking victims": the victims are the second stage's)
        tail = rc.match(r"[^.;]{0,160}", ctx.text[start:]).group()  # (past the object's 90 characters)
        tail = tail.split(", nor ")[0]  # (", nor convict any traffickers": a zero statement of its own, matched after)
        # (", and did not report prosecuting or convicting any cases": a later zero statement's stages are its own, not
        # this one's; batch 58's aruba-2020)
        later = [b for b in zero_starts if b > start]
        tail = tail[: later[0] - start] if later and later[0] - start < len(tail) else tail
        more = list(_MORE_STAGES.finditer(tail))
        # "... or any prosecutions or convictions of allegedly complicit officials": stages named by their nouns after
        # "or any", their object after the last of them (batch 77, marshall-islands-2020)
        nouns = list(_MORE_STAGE_NOUNS.finditer(tail))
        # the list's own object ends where a later stage begins: a form named in an aside before that stage is not
        # the first stage's ("did not report prosecuting any traffickers or, despite reports of forced labor on
        # fishing vessels, identifying any victims": no zero of forced labor's prosecutions; audit5)
        cut = min([mm.start() for mm in more + nouns], default=None)
        first = obj[:cut] if cut is not None and cut < len(obj or "") else obj
        # ("did not report any other investigations into ...": others beside one counted, no zero of the list's own
        # stages; a later stage with its own "any" still is)
        if m.groupdict().get("other"):
            stems = []
        # ("or referring them for care": the pronoun's victims are the first stage's object; so are those of "or
        # providing such support", batch 107)
        # (the stages chained after a later one share the chain's object: "or investigating, prosecuting, or
        # convicting any traffickers"; batch 164)
        words = [(w, first) for w in stems] + [
            (mm.group("stage"), first if tail.startswith((" them ", " such "), mm.end())
             else tail[mm.end("chain") if mm.group("chain") else mm.end():])
            for mm in more] + [
            (w, tail[mm.end("chain"):])
            for mm in more if mm.group("chain") for w in _STEM.findall(mm.group("chain"))] + [
            (w, tail[mm.end():]) for mm in nouns for w in _STEM.findall(mm.group(0))]
        # (officials of a later clause are not the object's: "did not prosecute or convict any traffickers ..., and
        # officials sometimes relied on victims to self-identify"; batch 58's aruba-2022; the clause read past the
        # object's window, whose end may cut the later clause's verb off: "has not convicted a trafficker under the
        # country's trafficking penal code articles since 2017, and official complicity remained a concern"; batch
        # 167's central-african-republic-2021-intro)
        own_clause = _OWN_CLAUSE.split(ctx.text[start : start + len(obj or "") + 60], maxsplit=1)[0]
        officials = bool(officials_rx.search(own_clause[: len(obj or "")]))
        if (not officials and not _CASES_OBJECT.match(obj or "")
                and rc.fullmatch(r"[\s,.]*(?:in|during|for)?[^,.;]{0,30}?[.]?", obj or "")
                and not _PERSONS.match(obj or "") and not _NAMES_TRAFFICKERS.search(obj or "")):
            # (a short object that names the persons is theirs: "Officials neither charged nor convicted any suspects";
            # audit5)
            # "While the government initiated an investigation into two complicit officials ..., it did not secure any
            # convictions": a zero that names no one is about the officials the sentence is about
            # (cases are what "any trafficking cases in 2019" names, and officials who are the sentence's subject
            # are no one's object: "Officials investigated fewer trafficking cases, ... and did not report
            # prosecuting or convicting any trafficking cases in 2019"; batch 58's aruba-2020)
            head = _SUBJECT_OFFICIALS.sub("", ctx.text[: m.start()])
            officials = bool(officials_rx.search(head)) and not rc.search(r"\btraffickers?\b|\bsuspects?\b", head)
        if (not object_rx.match(obj) and not _listed_groups(obj) and not _inspected(obj, stems)
                and not any(_inspected(o, [w]) for w, o in words if o is not first)):
            # (a later stage's places inspected are its own object: "did not investigate any reports of passport
            # retention or inspect any labor recruitment agencies", the inspections' zero alone; batch 146's
            # maldives-2019-intro)
            continue
        whole, stages = first, {}
        for x, o in words:  # each stage once, with its first object
            stages.setdefault(_STEM.match(x.lower()).group(), o)
        for w, obj in stages.items():
            if obj is not whole and not object_rx.match(obj) and not _listed_groups(obj) and not _inspected(obj, [w]):
                continue
            others = _OTHERS_DID.search(ctx.text, m.start())
            if others and rc.search(rf"\b{w}", others.group(), IGNORECASE):
                continue  # "The state ... did not convict any, while the Federation convicted fewer": a part
            if _UNIT_SUBJECT.search(ctx.text, 0, m.start()):
                continue  # "The Republika Srpska (RS) entity did not convict any traffickers": that unit's, a part
            ind = z.words[w]
            if ind != "labor_inspections" and not object_rx.match(obj) and not _listed_groups(obj):
                continue  # (the places inspected are the inspections' object alone)
            if m.group("succ") and ind == "prosecutions":
                ind = "convictions"
            if (ind.startswith("victims_") and not _victim_objects()[0].search(obj)
                    and not _VICTIMS_SERVICES.search(m.group("list"))):
                continue
            arrest = w == "arrest"
            if arrest and (officials or _victim_objects()[0].search(obj)):
                continue  # "did not arrest any victims", officials not arrested: no suspects' zero
            if w in ("charg", "indict") and (
                    _victim_objects()[0].search(_OWN_CLAUSE.split(obj, maxsplit=1)[0])
                    or (m.group("neg") in ("were not", "was not")
                        and _victim_objects()[0].search(ctx.text[max(0, m.start() - 60) : m.start()]))):
                # "did not charge any victims with immigration violations", "victims were not charged for ...":
                # victims spared a charge are no prosecutions' zero (audit5)
                continue
            if w in ("charg", "indict") and _RELEASED_WITH.search(ctx.text, max(0, m.start() - 100), m.start() + 4):
                # "released the perpetrators from police custody with no charges": one case's outcome, no zero of the
                # year's prosecutions (residue16, guinea-bissau-2019)
                continue
            if officials:
                ind = z.officials_map.get(ind, ind)
            year, yflags = resolve_year(ctx, m.start())
            if rule_id == getattr(z.none_led, "id", None):
                # "investigating 22 cases of child trafficking in 2017, although none of these led to prosecution":
                # the year of the figure "these" names, the last before it
                figure = [f for f in ctx.figures(0, m.start())]
                if not figure:
                    continue
                year, yflags = resolve_year(ctx, figure[-1].start())
            # (the statute of the zero's own clause, not of a contrast after it: "did not convict any traffickers
            # under the government's trafficking statute, although they continued to convict potential trafficking
            # cases under the procurement law" is the trafficking statute's zero, unqualified; batch 153's
            # sri-lanka-2018-intro)
            own_end = (c.start() if (c := _CONTRAST_CLAUSE.search(ctx.text, m.start())) else len(ctx.text))
            q = statute(ctx, m.start(), own_end) if out.defs[ind].theme == "prosecution" else None
            # (in the zero's own object, not in a comparison after it: "did not initiate any new prosecutions in 2018,
            # compared with four new prosecutions for sex trafficking in 2017" is the year's zero; batch 111)
            # (two forms named together, "of forced labor or sex trafficking crimes" at the object's start (batch 119's
            # south-sudan-2019) or joined anywhere in it, "any perpetrators for sex trafficking or forced labor" (batch
            # 120's cyprus-2020), are the whole: no form's zero)
            # ("did not convict a perpetrator of a single labor trafficking crime": the form of the one perpetrator's
            # crime, that form's zero, whatever form a later clause names, "though the issue of forced labor remained";
            # zero.object_ok; batch 142's oman-2019-intro)
            one_form = rc.match(rf"^\s*(?:an?|a single) (?:(?:alleged|suspected|accused) )?(?:perpetrator|offender"
                                rf"|defendant) (?:of|for) (?:an? |a single |any )?({fragments()['FORMS']}) "
                                r"(?:crimes?|offen[cs]es|cases?)\b", obj, IGNORECASE)
            # (a form named in a concessive clause after the object, "..., despite the presence of sex trafficking",
            # is no form of the zero: zero.concessive_tail; batch 194's rwanda-2019-intro)
            own = compiled(z.concessive_tail).split(obj, maxsplit=1)[0] if z.concessive_tail and obj else obj
            form = (one_form or None) if one_form or _TWO_FORMS.search(own) else rc.search(
                r"(?<!\bor )(?<!\band )\b(?:for|of) (sex trafficking|forced labou?r|labou?r trafficking)\b"
                r"(?!,? (?:or|and) (?:for |of )?(?:sex trafficking|forced labou?r|labou?r trafficking)\b)",
                _COMPARED_TAIL.split(own, maxsplit=1)[0], IGNORECASE)
            # "did not report initiating investigation into cases of potential labor trafficking": the form after the
            # cases and their adjective (zero.object_ok; batch 187's mauritius-2023-intro)
            form = form or rc.match(rf"^\s*(?:(?:of|into) )?(?:any )?(?:(?:reported|known|documented|new) )?"
                                    rf"cases (?:of|involving) "
                                    rf"(?:(?:{fragments()['POTENTIAL']}|alleged) )?({fragments()['FORMS']})\b"
                                    r"(?!,? (?:or|and) )", obj, IGNORECASE)
            # "did not report ... convicting any individuals for traditional slavery practices", "any persons for forced
            # begging": that form's part, in the text's words (vocabulary.yml SLAVERY_FORMS; batch 74, niger-2019, 2021)
            form = form or rc.search(rf"^\s*(?:any |a single )?(?:individuals|persons|people) (?:for|of|involved in) "
                                     rf"({fragments()['FORMS']}|{fragments()['SLAVERY_FORMS']})\b", obj, IGNORECASE)
            # ("any confirmed sex trafficking victims": the confirmed are the year's count; batch 39, portugal-2020;
            # "any potential labor trafficking victims" too, the form's zero beside the total: batch 73, estonia-2019)
            form = form or rc.match(rf"^\s*(?:any )?(?:(?:{fragments()['CONFIRMED']}|{fragments()['POTENTIAL']}) )?"
                                    rf"({fragments()['FORMS']}) victims\b", obj, IGNORECASE)
            # "has not prosecuted a forced labor case since 2017": that form's cases (audit6)
            form = form or rc.match(rf"^\s*(?:any |a single |an? )?({fragments()['FORMS']}) "
                                    r"(?:cases?|prosecutions?|investigations?|convictions?)\b", obj, IGNORECASE)
            # "has not had a forced labor conviction since 2014": the form named right before the stage's noun
            # (zero.yet_to; batch 150's armenia-2020-intro)
            form = form or rc.search(rf"\b({fragments()['FORMS']}) $", ctx.text[m.start() : m.start("list")],
                                     IGNORECASE)
            # "did not identify any victims of forced criminality": that form's zero (a form of the lists too)
            forms = f"{fragments()['FORMS']}|{LIST_FORMS}"
            # (... never "any victims of forced labor or sex trafficking": both forms named together are the whole, as
            # "any forced labor or sex trafficking victims" is; fixb)
            two_forms = bool(_TWO_FORMS.search(own))
            form = form or (None if two_forms else rc.match(rf"^\s*(?:any |a single )?victims? (?:of|in) ({forms})\b",
                                                            obj, IGNORECASE))
            if (not form and not two_forms and ind.startswith("victims_")
                    and rc.match(r"^\s*(?:any |a single )?victims? of (?!(?:human )?trafficking\b)[a-z]", obj)):
                continue  # "any victims of online exploitation": a zero of some victims only, no total zero
            q = q or (part_qualifier(form.group(1).lower()) if form else None)
            # "did not convict any perpetrators of internal sex and labor trafficking crimes": that part's zero, never
            # the year's total (batch 46, rwanda-2019)
            if not q and (scope := _SCOPE_OBJECT.match(obj)):
                q = part_qualifier(f"{scope.group(1).lower()} trafficking")
            if not q and (level := _LEVEL_OBJECT.match(obj)):  # "any traffickers at the federal level": that level's
                q = f"{level.group(1).lower()} level"
            if arrest:  # suspects arrested are their own series, `arrested` (the corpus README), never a form's part
                q = "arrested"
            # "did not prosecute or convict traffickers exploiting children in forced begging": that form's zero, before
            # the group's (zero.exploited_form; batch 186's senegal-2023-intro)
            if not q and not officials and z.exploited_form and (
                    ef := compiled(expand(z.exploited_form, "zero.exploited_form")).match(obj)):
                q = part_qualifier(ef.group("q").lower())
            # "did not convict any traffickers who exploited adults": that group's zero (zero.exploited_group; batch 83)
            if not q and not officials and z.exploited_group and (g := compiled(z.exploited_group).match(obj)):
                q = g.group("q").lower()
            if not q and not officials and _RESTRICTED.match(obj):
                continue  # "did not convict any traffickers associated with exploiting foreign fishermen": those only
            # "did not identify any victims among the asylum-seeking population": that group's zero, not the year's
            # (zero.among_group; batch 137's portugal-2023-intro; victims among a group held or housed somewhere stay
            # no zero, below)
            if not q and ind.startswith("victims_") and z.among_group and (
                    among := compiled(z.among_group).match(obj)):
                q = "asylum-seekers" if among.group("asylum") else part_qualifier(among.group("q").lower())
                yflags = yflags | {"breakdown"}
            if not q and _RESTRICTED_VICTIMS.match(obj) and not subgroup_rx.match(obj):
                continue  # "did not identify victims in key places such as placement centers": there only
            if _OTHER_CRIME.match(obj) or _CHILD_SOLDIERING.match(obj):
                continue  # "investigated no suspects for “knowingly soliciting or patronizing ...”": buying sex
            # "has not convicted a labor trafficker", "did not prosecute any sex trafficking cases", "did not initiate
            # any labor trafficking prosecutions" (the form before the stage's word)
            # ("any alleged sex traffickers": the person's adjective before the form; batch 53, ghana-2021)
            # ("any forced labor traffickers", "any child sex traffickers": the form in the text's words, as "convict
            # any traffickers for forced labor" and "three defendants for child sex trafficking" are; batch 149)
            trafficker = rc.match(r"^\s*(?:any |a single |an? )?(?:(?:alleged|suspected|accused) )?"
                                  r"((?:forced )?labou?r|(?:child )?sex) traffick(?:ers?|ing)\b", obj, IGNORECASE)
            trafficker = trafficker or rc.search(r"\b(labou?r|sex) trafficking (?=investigat|prosecut|convict)",
                                                 m.group("list"), IGNORECASE)
            if trafficker and not q and not _TWO_FORMS.search(obj):  # "has not convicted a labor trafficker": that form
                form_words = trafficker.group(1).lower().replace("labour", "labor")
                q = form_words if form_words == "forced labor" else f"{form_words} trafficking"
            # "there were no forced labor convictions": that form, in the text's words (batch 98's luxembourg-2018)
            if not q and rc.search(r"\bforced labou?r (?=investigat|prosecut|convict)", m.group("list"), IGNORECASE):
                q = "forced labor"
            # "did not initiate any cross-border trafficking prosecutions": that scope's (batch 46's third probe)
            if not q and (scoped := _SCOPED_STAGE.search(m.group("list"))):
                q = part_qualifier(f"{scoped.group(1).lower()} trafficking")
            if _SINCE.search(obj) and ctx.source.reporting_year:  # "none since 2014": none in the data year
                if (rc.match(r"had\b", m.group("neg") or "", IGNORECASE)
                        and rc.search(rf"\b{w}\w* (?:[\w-]+ ){{0,2}}?(?:\d[\d,]*|one|two|three|four|five|six|seven|"
                                      r"eight|nine|ten)\b", ctx.text[: m.start()], IGNORECASE)):
                    # "The government identified one child ... victim; the government had not identified a victim
                    # since 2016": the run of none the past perfect tells ended with the data year's count, no zero
                    # of it (fix220, barbados-2022)
                    continue
                year, yflags = ctx.source.reporting_year, {"year_inferred"}
            if ctx.source.reporting_year and _RECENT_YEARS.search(obj) and _PERFECT.match(ctx.text, m.start()):
                # "has not identified any Austrian trafficking victims in recent years": the data year's (batch 179)
                year, yflags = ctx.source.reporting_year, {"year_inferred"}
            if ctx.source.reporting_year and (since := _SINCE_CLAUSE.match(ctx.text)) and m.start() >= since.end() \
                    and _PERFECT.match(ctx.text, m.start()):
                # "Since the government's identification of four potential trafficking victims in 2015, the government
                # has not identified any victims": the opening clause's year starts the run of none, which reaches the
                # data year (batch 143's tonga-2021 and 2022)
                year, yflags = ctx.source.reporting_year, {"year_inferred"}
            if (not q and _UNDER_UNNUMBERED.match(obj) and any(
                    r.indicator == ind and r.year == year and r.is_whole and r.value for r in out.rows)):
                continue  # "did not prosecute any cases under the trafficking statute" after the year's two
                # prosecutions (under another): a statute's share, none, no zero of the year (macau-2019; residue8)
            if (z.implied_object and not obj.strip(" .;,") and
                    compiled(z.implied_object).search(ctx.text, 0, m.start())):
                continue  # "... were attacked, threatened, and intimidated ..., but law enforcement did not
                # investigate": the harms' investigation, no zero of the stage (batch 50)
            if (narrowed := _narrowed()) and narrowed.match(obj):
                continue  # "any forced labor cases in fishing", "crimes against them": those only (batch 58)
            if _IN_ZONE.match(ctx.text, m.start("object")):
                continue  # "did not inspect employers of, or screen ..., potential labor trafficking victims within the
                # Seychelles International Trade Zone": that zone's zero only, no year's (fixv, seychelles-2017-intro)
            if ind.startswith("victims_") and _NEEDING_OBJECT.match(obj):
                continue  # "There were no identified male victims that required such a facility": none needed it, a
                # zero of the need, not of the victims (batch 105, brunei-2015)
            if ind.startswith("victims_") and _MEANS_OBJECT.match(obj):
                continue  # "any victims compelled into sex or labor exploitation through debt bondage or threats of
                # deportation": the victims of those means only, while the year's count may be more (batch 105,
                # brunei-2015)
            if z.majority_object and compiled(expand(z.majority_object, "zero.majority_object")).match(obj):
                continue  # "any officials involved in the large majority of credible reports": the rest unsaid
            if (ind.startswith("victims_") and z.screened_lead
                    and compiled(z.screened_lead).search(ctx.text[:m.start()].rsplit(";", 1)[-1])):
                continue  # "screening the women ... but did not identify any victims": the screening's result
            if ind.startswith("victims_") and z.cause_object and compiled(z.cause_object).match(obj):
                continue  # "did not identify victims in part due to a lack of understanding ...": why some were missed
            hotline_calls = (ind.startswith("victims_") and _CALLS_OBJECT.search(obj) is not None
                             and _HOTLINE_NAMED.search(f"{ctx.prev.text if ctx.prev else ''} {ctx.text[: m.start()]}")
                             is not None)
            if hotline_calls:
                # "the children's registry operated a national hotline ... and received four reports ...; the
                # government did not identify any victims as a result of these calls": the hotline's zero, as
                # "identified eight victims as a result of these calls" is its count (fix216b, jamaica-2019)
                q, yflags = "through the hotline", yflags | {"breakdown"}
            elif ind.startswith("victims_") and z.back_channel and compiled(z.back_channel).search(obj):
                continue  # "did not identify any victims ... through these efforts": an earlier channel's zero
            if ind.startswith("victims_") and _SOME_BODIES.search(ctx.text, max(0, m.start() - 90), m.start()):
                continue  # "SOPs for health care and labor officials ..., though these agencies did not report
                # identifying any victims": a zero of the bodies just named, not the year's (fix218, jamaica-2018)
            channel = _ZERO_CHANNEL.match(obj)
            if channel and ind.startswith("victims_"):  # "did not report identifying any victims through inspections"
                q, yflags = channel.group("ch"), yflags | {"breakdown"}
            if (ind.startswith("victims_") and not q and (ngo := _NGO_SUBJECT.search(ctx.text, 0, m.start()))
                    and not JOINT.search(ngo.group())):
                # "NGOs did not identify any victims", "Government-funded civil society organizations did not identify
                # any potential trafficking victims": the NGOs' zero, beside the government's count (batch 109)
                q = "by NGOs or international organizations"
            if ind == "investigations" and (lab := _labor_lead().match(ctx.text)) \
                    and not _OTHER_SUBJECT.search(ctx.text, lab.end(), m.start()) \
                    and not _LAW_ENFORCEMENT.search(ctx.text, lab.end(), m.start()):
                continue  # "the Ministry of Labor ... did not conduct any investigations into cases of forced labor":
                # labor inquiries, no criminal investigations of the year (vocabulary LABOR_BODIES; batch 190)
            actor = _actor_lead().match(ctx.text)
            if (actor and ind.startswith("victims_") and not q
                    and not _OTHER_SUBJECT.search(ctx.text, actor.end(), m.start())):
                # "Labor inspectors conducted 4,300 inspections but did not identify any victims": their zero, a part
                q, yflags = f"by {actor.group('actor').lower()}", yflags | {"breakdown"}
            nat = compiled(z.nationality_object).match(obj) if z.nationality_object else None
            if nat and ind.startswith("victims_"):  # "did not identify any victims of Austrian citizenship"
                q, yflags = nat.group("q"), yflags | {"breakdown"}
            grp = (compiled(expand(z.group_as_object, "zero.group_as_object")).match(obj)
                   if z.group_as_object and ind.startswith("victims_") and not q else None)
            if grp:  # "did not identify any children as victims": that group's zero (residue21)
                q, yflags = part_qualifier(grp.group("q").lower()), yflags | {"breakdown"}
            sub = subgroup_rx.match(obj)
            if sub and ind.startswith("victims_"):  # "did not identify any foreign victims": that group only
                q = sub.group("sub") if sub.group("sub")[0].isupper() else part_qualifier(sub.group("sub").lower())
                yflags = yflags | {"breakdown"}
            if (internal := _victim_objects()[1]) and ind.startswith("victims_") and internal.search(obj):
                # "did not identify any Azerbaijanis subjected to trafficking within the country": that form's zero
                q, yflags = "internal trafficking", yflags | {"breakdown"}
            elif ind.startswith("victims_") and not q and _in_own_country(ctx, obj):
                # "did not identify any trafficking victims in Burundi" in Burundi's narrative: the victims within the
                # country, beside those found abroad, as "victims in Azerbaijan rather than abroad" (vocabulary.yml
                # part_forms): `internal trafficking`, never a total zero (batch 167's burundi-2022-intro)
                q, yflags = "internal trafficking", yflags | {"breakdown"}
            # ("did not identify a single trafficking victim, compared with no victims identified in 2017 and 2018": the
            # years listed in a comparison after the object are the compared figures', not the zero's; batch 109), and a
            # zero compared ("compared with no victims identified in 2017 and 2018") is each of those years' too
            own_obj, *compared = _COMPARED_TAIL.split(obj, maxsplit=1)
            listed = _YEAR_LIST.search(own_obj)  # "did not identify any child victims in 2016, 2017, or 2018"
            if not listed and not compared:
                # (an object longer than the pattern's reach: "did not convict any perpetrators for sex trafficking or
                # forced labor under their trafficking law in 2019 or 2018", the list before any comma; batch 120)
                listed = _YEAR_LIST.search(_COMPARED_TAIL.split(rc.match(r"[^,;.()]*", tail).group(), maxsplit=1)[0])
            if not listed and not compared:
                # (the years listed at the sentence's opening, its subject alone between them and the zero: "In 2013
                # and 2014, authorities identified no Latvian or foreign victims exploited within the country", none in
                # each; batch 152's latvia-2015-intro)
                listed = _LEAD_YEAR_LIST.match(ctx.text[: m.start()])
            years = [int(y) for y in rc.findall(r"(?:19|20)\d\d", listed.group())] if listed else [year]
            if compared and not listed and (zc := _COMPARED_ZEROS.match(compared[-1])):
                years += [int(y) for y in rc.findall(r"(?:19|20)\d\d", zc.group("years")) if int(y) != year]
            same = _SAME_AS_YEAR.search(ctx.text, max(0, m.start() - 60), m.start()) or _SAME_AS_YEAR_AFTER.search(
                obj or "")
            period = _SAME_AS_PERIOD.search(ctx.text, max(0, m.start() - 70), m.start())
            if period and not listed and not same and ctx.source.reporting_year:
                # "As in the previous reporting period, the government did not prosecute or convict any traffickers":
                # none in the data year and in the year before it (as "as in 2019" gives that year's zero too)
                ry = ctx.source.reporting_year
                years, yflags = [ry, ry - 1], yflags | {"year_inferred"}
            if same and not listed:  # "similar to 2020, ... did not identify any child victims": none in either year
                ry = ctx.source.reporting_year
                if years == [int(same.group("y"))] and ry:  # the year compared with is no year of the zero's own
                    years, yflags = [ry], yflags | {"year_inferred"}
                years.append(int(same.group("y")))
            # (a chain that names investigations shares its object with a stage counted in cases: "did not report
            # investigating, prosecuting, or convicting any traffickers" keeps the prosecutions' zero in cases, as the
            # development narratives file it)
            # (a stage named by its noun has its own object, counted in its own unit: "did not initiate any
            # investigations or prosecute or convict any traffickers" keeps the prosecutions' zero of persons, and "did
            # not initiate any prosecutions or convict any traffickers" the prosecutions' zero in cases; batch 44)
            forms = rc.findall(r"\b(?:investigat|prosecut)\w*", m.group("list"), IGNORECASE) + [
                mm.group("stage") for mm in more] + [
                f for mm in more
                for f in rc.findall(r"\b(?:investigat|prosecut)\w*", mm.group("chain") or "", IGNORECASE)]
            shares = any(f.lower().startswith("investigat") and not _STAGE_NOUN.fullmatch(f) for f in forms)
            noun = any(f.lower().startswith("prosecut") and _STAGE_NOUN.fullmatch(f) for f in forms)
            persons = ind == "prosecutions" and _PERSONS.match(obj) and not shares and not noun
            # ("did not initiate prosecution of any traffickers": the noun's own object names persons, its zero theirs;
            # batch 101's micronesia-2023)
            persons = persons or (
                ind == "prosecutions" and noun and not shares and bool(_NOUN_OF_PERSONS.match(obj or "")))
            unit = "persons" if persons else out.defs[ind].unit.split(" ")[0]
            if ind == "convictions" and _CASES_OBJECT.match(obj):
                unit = "cases"  # "did not report ... convicting any cases of labor trafficking": cases (batch 50)
            flags = {"zero_stated"} | (yflags - {"year_inferred", "year_ambiguous"} if listed else yflags)
            neg = (m.groupdict().get("neg") or "").lower()
            if neg.startswith(("did not report", "not reporting")) or (neg.startswith("nor ")
                                                                      and neg.endswith(" report")):
                flags.add("not_reported")  # "did not report any convictions": none reported, not "none" (", nor did it
                # report identifying any victims" alike; batch 156)
            # (the object read to the sentence's end: a list of groups after the victims may run past its 90 letters)
            groups = _listed_groups(ctx.text[m.start("object"):]) if ind.startswith("victims_") else []
            if groups:  # "did not identify any children or Maltese victims": each group's zero
                flags.add("breakdown")
            if not groups and (pair := _SCOPE_AND_FORM.match(obj or "")):
                # "did not investigate internal trafficking or sex trafficking crimes": each part's zero (fixv)
                groups = [part_qualifier(f"{pair.group(1).lower()} trafficking"),
                          part_qualifier(f"{pair.group(2).lower().replace('labour', 'labor')} trafficking")]
            qualifiers = groups or [q]
            for y, q in [(y, qq) for y in years for qq in qualifiers]:
                made.append(
                    out.add(
                        ctx,
                        ind,
                        number_text=ctx.text[m.start() : m.start("object")],
                        year=y,
                        flags=flags,
                        value=0.0,
                        unit=unit,
                        qualifier=q,
                        pos=m.start(),
                        rule=rule_id,
                    )
                )
    made += _second_officials(ctx, out, second, made)
    return made + (_group_passive(ctx, out) if _may_group(ctx) else [])


#: Officials as a zero's second object, after "or of" ("no prosecutions for the recruitment of children ... or of
#: officials complicit in trafficking", "no convictions of traffickers or of complicit officials"; batch 169)
_OR_OF_OFFICIALS = rc.lazy(
    r"^[^.;]*?\w[^.;]*?(?P<or>,? or (?:of|against|involving) (?:any )?(?:(?:allegedly|reportedly|potentially) )?"
    r"(?:complicit |corrupt |government |public |local |senior |police |law enforcement |military |border "
    r"|immigration |customs )*(?:officials?|officers|employees|civil servants|bureaucrats|border guards|soldiers"
    r"|prison guards|labou?r inspectors)\b)",
    IGNORECASE,
)


def _second_officials(ctx: Context, out: Rows, second: list[tuple[str, re.Match]], made: list[Row]) -> list[Row]:
    """The officials' zero of each stage of a zero statement whose second object names officials after "or of"."""
    z = rules().zero
    rows: list[Row] = []
    for rule_id, m in second:
        year, yflags = resolve_year(ctx, m.start())
        flags = {"zero_stated"} | yflags
        neg = (m.groupdict().get("neg") or "").lower()
        if neg.startswith(("did not report", "not reporting")):
            flags.add("not_reported")
        for w in dict.fromkeys(s.lower() for s in _STEM.findall(m.group("list"))):
            ind = z.officials_map.get(z.words.get(w, ""))
            if not ind or any(r.indicator == ind and r.year == year for r in [*made, *rows]):
                continue
            rows.append(out.add(ctx, ind, number_text=ctx.text[m.start() : m.start("object")], year=year, flags=flags,
                                value=0.0, unit="persons", qualifier=None, pos=m.start(), rule=rule_id))
    return rows


#: NGOs the subject right before a zero statement, at the head of its sentence or clause: "NGOs did not identify any
#: victims", "Government-funded civil society organizations did not identify ..." (batch 109, bahamas-2021 and
#: iceland-2020); not "The government and NGOs" (a joint subject) nor "NGOs reported the government did not".
_NGO_SUBJECT = rc.lazy(
    r"(?:^|[;:]\s+|,\s+(?:while|but|and|whereas)\s+)(?:[\w-]+\s+){0,3}?"
    r"(?:NGOs?|civil society(?: organi[sz]ations?| groups?)?|international organi[sz]ations?|IOM)\s+(?:also\s+)?$",
    IGNORECASE,
)


def _may_group(ctx: Context) -> bool:
    """The sentence may hold a group's zero of either form (zero.group_passive, zero.group_after)."""
    z = rules().zero
    return any(rule is not None and ctx.may(rule.rx) for rule in (z.group_passive, z.group_after))


def _group_passive(ctx: Context, out: Rows) -> list[Row]:
    """A group's zero with the group before the stage: "There were no Danish victims identified" (that group's, a part;
    batch 33)."""
    z = rules().zero
    made = []
    found = [(rule, m) for rule in (z.group_passive, z.group_after) if rule is not None and ctx.may(rule.rx)
             for m in rule.rx.finditer(ctx.text)]
    for rule, m in found:
        sub = m.group("sub")
        if sub is None:  # "no victims were identified by NGOs": the NGOs' zero, no group's (batch 154)
            ind = stage_indicator(m.group("list"))
            year, yflags = resolve_year(ctx, m.start())
            made.append(out.add(ctx, ind, number_text=ctx.text[m.start() : m.start("list")], year=year,
                                flags={"zero_stated"} | yflags, value=0.0, unit=out.defs[ind].unit.split(" ")[0],
                                qualifier="by NGOs or international organizations", pos=m.start(), rule=rule.id))
            continue
        if sub[0].isupper() and not (is_demonym(sub) or rc.sub(r"\W", "", sub.lower()) in own_people(
                (ctx.source.country or "").lower())):
            continue  # a capitalised word that names no people ("No Government victims"; audit7)
        q = sub if sub[0].isupper() else part_qualifier(sub.lower())
        # ("No confirmed victims were Portuguese": the group after the victims, no stage named: identification's)
        stage = m.groupdict().get("list") or "identif"
        ind = stage_indicator(stage)
        year, yflags = resolve_year(ctx, m.start())
        made.append(out.add(ctx, ind, number_text=ctx.text[m.start() : m.start("sub")], year=year,
                            flags={"zero_stated", "breakdown"} | yflags, value=0.0,
                            unit=out.defs[ind].unit.split(" ")[0], qualifier=q, pos=m.start(), rule=rule.id))
    return made


def _actor_lead() -> re.Pattern:
    """A sentence whose subject is one of the actors besides the government ("Labor inspectors ...", "In 2015, border
    guards ..."): vocabulary ``ACTORS``."""
    lead = r"^(?:(?:In|During) [^,]{2,30}, )?(?:the )?(?:[\w-]+ ){0,2}?"
    return compiled(rf"{lead}(?P<actor>{fragments()['ACTORS']})\b")


#: Law enforcement named after a labor body and before the zero: "..., but police did not conduct any investigations".
_LAW_ENFORCEMENT = rc.lazy(r"\b(?:police|prosecutors?|courts?|law enforcement|investigators)\b", re.IGNORECASE)


def _labor_lead() -> re.Pattern:
    """A sentence whose subject is a labor ministry or inspectorate ("In addition, the Ministry of Labor (MOL) ..."):
    vocabulary ``LABOR_BODIES``."""
    lead = r"^(?:[A-Z][^,]{2,30}, )?(?:the )?"
    return compiled(rf"{lead}(?P<body>{fragments()['LABOR_BODIES']})\b")


#: A victims' zero narrowed to the means they were exploited by: "any victims compelled into sex or labor exploitation
#: through debt bondage or threats of deportation" (a means named in words, not "through these efforts":
#: zero.back_channel's).
_MEANS_OBJECT = rc.lazy(
    r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?victims?\s+(?:who (?:were|was|had been) )?"
    r"(?:compelled|forced|coerced|held|kept|exploited|subjected|recruited|lured)\b[^.;]{0,80}?"
    r"\b(?:through|by means of|via) (?!(?:the|these|this|those|such|its|their)\b)",
    IGNORECASE,
)
#: A victims' zero narrowed to those who needed something: "no identified male victims that required such a facility".
_NEEDING_OBJECT = rc.lazy(
    r"^\s*(?:any |a single )?(?:[\w-]+ ){0,3}?victims?\s+(?:that|who|which) (?:required|needed|requested|sought|"
    r"wanted|asked for|chose|opted)\b",
    IGNORECASE,
)
#: An object that names whom the zero is about ("it had not prosecuted or convicted any traffickers since 2011" after
#: officials' zeros: the traffickers', not the officials').
_NAMES_TRAFFICKERS = rc.lazy(r"\b(?:traffickers?|suspects?|offenders?|defendants?|perpetrators?)\b", IGNORECASE)
#: A prosecutions' zero whose object is persons ("did not prosecute any alleged traffickers"): counted in persons, as
#: the stage's counts of persons are (a zero of "any trafficking offenses" or "any cases" stays in cases; "any potential
#: traffickers" are persons as "any suspected traffickers" are, batch 88's botswana-2020; "any forced labor
#: traffickers", "any child sex traffickers" as "any labor traffickers", batch 149; "any trafficking suspects",
#: "any human trafficking defendants" likewise, audit10 r1).
_PERSONS = rc.lazy(r"^\s*(?:any |a single |an? )?"
                   r"(?:(?:alleged|suspected|accused|potential|possible|presumed|"
                   r"(?:forced |child )?(?:labou?r|sex)(?: trafficking)?|(?:human )?trafficking) ){0,2}"
                   r"(?:traffickers?|trafficking offenders?|offenders?|suspects?|defendants?|perpetrators?|individuals|"
                   r"persons|people|anyone|one)\b", IGNORECASE)
#: Another subject between the actor and the zero: "...; the government did not identify any victims".
_OTHER_SUBJECT = rc.lazy(r";|\b(?:while|whereas|although)\b|\b(?:the government|authorities|officials|it|they)\b",
                            re.IGNORECASE)
#: A stage named by its noun in a zero's list ("any investigations or prosecute ...", "any prosecutions or convict"):
#: its own object, not the persons the list's verbs share.
_STAGE_NOUN = rc.lazy(r"(?:investigat|prosecut)ions?", IGNORECASE)
#: Persons let go "with no charges": "released the perpetrators from police custody with no charges".
_RELEASED_WITH = rc.lazy(r"\breleas\w*\b[^.;]{0,80}?\bwith no\b", IGNORECASE)
#: A stage's stem, the key of ``zero.words``.
_STEM = rc.lazy(
    r"investigat|prosecut|convict|identif|refer|punish|inspect|arrest|charg|indict|repatriat|assist|provid|offer|giv"
    r"|protect"
)
#: (an aside between "or" and the stage: "or, for the third consecutive year, identifying any victims", "or, during
#: the reporting period, identifying any", or one of a clause's length: "or, despite several credible reports of forced
#: labor on fishing vessels, identifying any victims", audit5; a referral too: "or, unlike in previous years, referring
#: any victims to care"; victims
#: assisted, given services or repatriated too: "or providing protective services for any labor trafficking victims",
#: "or, according to NGOs, providing shelter to any victims"; audit5)
_MORE_STAGES = rc.lazy(
    r"\b(?:or|and|nor)(?:, [^,;.]{2,80},)? (?:(?:secur|obtain)\w* )?"
    r"(?:(?:directly|otherwise|also|subsequently|then|later) )?"
    r"(?P<stage>(?:investigat|prosecut|convict|identif|assist|repatriat|referr|inspect)\w*"
    r"|{AID_GIVEN}|provid\w*(?= such (?:support|services|assistance|care|aid|protection|shelter)\b))"
    # (the victims named again by a pronoun: "did not report identifying any trafficking victims or referring them for
    # care"; batch 36, qatar-2019)
    # (or the help named by "such" after the victims of the stage before, "did not report referring any victims to care
    # or directly providing such support", an adverb before it; batch 107, sudan-2019)
    # (or a chain of stages after it, all with the last one's object: "did not report assisting any victims, or
    # investigating, prosecuting, or convicting any traffickers"; batch 164's venezuela-2020-intro)
    r"(?=(?P<chain>(?:,? (?:or |and |nor )?(?:investigat|prosecut|convict|identif|assist|repatriat|referr)\w*)*)"
    r" (?:any|a single)\b| them (?:to|for) | such (?:support|services|assistance|care|aid|protection|shelter)"
    r"(?=\s*(?:[,.;]|$| in\b| during\b| (?:to|for) them\b)))",
    IGNORECASE,
)
#: A zero's object that is the cases under a statute named by its kind, no number the table keeps: "any cases under
#: the trafficking statute" (residue8).
_UNDER_UNNUMBERED = rc.lazy(r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?(?:cases?|traffickers?|defendants?|suspects?|"
                            r"individuals|persons)? ?under (?:the|its|a) (?:[\w“”\"-]+ ){0,3}?"
                            r"(?:statute|law|provision|code)s?\b", IGNORECASE)
#: Stages named by their nouns after "or any" in a zero's tail, one or a chain, before the object they share ("... or
#: any prosecutions or convictions of allegedly complicit officials"; batch 77, marshall-islands-2020)
_MORE_STAGE_NOUNS = rc.lazy(
    r"\b(?:or|and|nor) (?:any|a single) (?:investigat|prosecut|convict)ions?"
    r"(?:,? (?:or|and) (?:investigat|prosecut|convict)ions?)*(?= (?:of|into|against)\b)",
    IGNORECASE,
)
#: A zero's object named by where its trafficking happens: "any perpetrators of internal sex and labor trafficking
#: crimes", "any transnational trafficking cases", "any traffickers for domestic trafficking" (that part's zero).
#: A zero of one level of government's courts or officers: "did not convict any traffickers at the federal level during
#: the reporting period" (that level's share, none, not the year's total; batch 148, ethiopia-2021-intro, as
#: ethiopia-2022's parts "127 at the federal level and 368 at the regional level").
_LEVEL_OBJECT = rc.lazy(
    r"^\s*(?:any |a single |an? )?(?:(?:alleged |suspected )?(?:traffickers?|perpetrators?|offenders?|suspects?|"
    r"defendants?|individuals|persons|cases?|investigations?|prosecutions?|convictions?|(?:trafficking )?victims?) )"
    r"(?:at|on) the ({GOVERNMENT_LEVELS}) level\b",
    IGNORECASE,
)
_SCOPE_OBJECT = rc.lazy(
    r"^\s*(?:any |a single |an? )?(?:(?:alleged |suspected )?(?:traffickers?|perpetrators?|offenders?|suspects?|"
    r"defendants?|individuals|persons|cases?|investigations?|prosecutions?|convictions?) (?:of|for|involving|in) )?"
    r"(?:any |an? )?({TRAFFICKING_SCOPES}) (?:(?:sex|labou?r)(?: (?:and|or) (?:sex|labou?r))? )?(?:human )?"
    r"traffick(?:ing|ers?)\b",
    IGNORECASE,
)
#: a zone named as where the stage was not done, in the zero's clause ("did not inspect employers of, or screen for
#: indicators of trafficking among, potential labor trafficking victims within the Seychelles International Trade Zone",
#: "any factories in the export processing zones"): that zone's zero, no year's; never a zone after "including" (fixv)
_IN_ZONE = rc.lazy(
    r"(?:(?!\b(?:including|but|while|whereas|although|though)\b|, and )[^.;]){0,160}?\b(?:with)?in (?:the |its |an? )?"
    r"(?:[\w-]+ ){0,3}?(?:free|trade|economic|processing|industrial) zones?\b",
    IGNORECASE,
)
#: a scope and a form named together as the zero's object ("did not investigate internal trafficking or sex trafficking
#: crimes", "any internal or sex trafficking victims"): one zero of each part, as the corpus files a zero of trafficking
#: within the country and one of a form (batch 46's convention; fixv, batch 229's burundi-2017 and seychelles-2017)
_SCOPE_AND_FORM = rc.lazy(
    r"^\s*(?:any |a single )?(?:(?:alleged|suspected|potential) )?({TRAFFICKING_SCOPES})(?: trafficking)? (?:or|and) "
    r"(sex|labou?r) trafficking (?:cases|prosecutions|investigations|convictions|crimes|offen[cs]es|victims)\b",
    IGNORECASE,
)
#: ... or named before the stage's word: "did not initiate any cross-border trafficking prosecutions".
_SCOPED_STAGE = rc.lazy(r"\b({TRAFFICKING_SCOPES}) (?:(?:sex|labou?r) )?trafficking (?=investigat|prosecut|convict)",
                        IGNORECASE)
#: "..., while the Federation of Bosnia and Herzegovina (Federation) convicted fewer traffickers": others did.
_OTHERS_DID = rc.lazy(r",? (?:while|whereas) [^.;]*", IGNORECASE)
#: A part of the country named as its own unit, the head noun of a zero's subject at the head of its sentence or
#: clause: "The Republika Srpska (RS) entity did not convict any traffickers in 2023 and 2022" (the Federation entity
#: convicted more), "Brcko District (BD) did not ...": that unit's zero, a part, never the country's (no row, as
#: bosnia-and-herzegovina-2021-intro leaves "The state, RS, and Brcko District (BD) did not convict any traffickers"
#: out; vocabulary.yml SUBNATIONAL_UNITS; batch 176). Not "The district court did not ..." (a court, the unit no head
#: noun), nor "the Hong Kong Special Administrative Region" (the narrative's own territory).
_UNIT_SUBJECT = rc.lazy(
    r"(?:^|[;:]\s+|,\s+(?:while|but|and|whereas)\s+)(?:(?:In|During|For) [^,;]{1,40},\s+)?(?:[\w’'().-]+\s+){0,5}?"
    r"(?i:{SUBNATIONAL_UNITS})"
    # ... or the unit's own name after "of" ("The canton of Geneva did not ...", "the province of Punjab"; audit8 r1)
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?"
    r"(?:\s+\([A-Z]{2,6}\))?\s+(?:(?:also|still)\s+)?$"
)
#: A zero for some cases only, named by what they involved, not by a form, statute or group the table keeps: "did not
#: convict any traffickers associated with exploiting foreign fishermen on Taiwan-flagged fishing vessels" (no row: a
#: missing part is better than a total zero that is wrong; a form of two words before the persons too, "any forced labor
#: traffickers who exploited adults", as "any labor traffickers who ..."; batch 149).
#: ... and victims not identified in some places or among some people only ("did not identify victims in key places
#: such as placement centers", "did not identify any victims among asylum-seekers"): others were, elsewhere (a group's
#: zero, "any Cambodian victims among returning fishermen", stays that group's).
#: where a zero's object ends and a clause of its own begins (", and officials relied on ..."), a subject of two words
#: after a comma too (", and official complicity remained a serious concern": the complicity is no object of the zero
#: before it, "has not convicted a trafficker since 2017", whose zero is the traffickers'; not a participle that
#: describes the persons, ", and complicit officials involved in ..."; batch 128's central-african-republic-2020);
#: and a clause whose subject of up to eight words has "was", "were" or "remained" as its verb, after a comma with or
#: without "and" (", cases involving complicit officials remained open", ", and efforts to prosecute or convict
#: complicit officials were insufficient": the officials are that clause's, not the zero's object; not a relative
#: clause's "who were"; batch 190's bolivia-2020-intro and colombia-2023-intro); and a clause of its own after a dash
#: (" - many officials still lacked understanding of trafficking, ... -": an aside whose subject has a verb in the past,
#: the officials no object of the zero before it; batch 230's timor-leste-2023-intro; not a participle that describes
#: the persons, " - including officials involved in ...")
_OWN_CLAUSE = rc.lazy(r",? (?:and|but|while|whereas) (?=(?:the |some |many |most |local |government )?[\w-]+ "
                      r"(?:(?:also|often|sometimes|still|reportedly) )?[a-z]+ed\b)"
                      r"|, (?:and|but|while|whereas) (?=[\w-]+ [\w-]+ (?:(?:also|often|sometimes|still|reportedly) )?"
                      r"(?!(?:involved|implicated|accused|suspected|alleged|charged|convicted|named)\b)[a-z]+ed\b"
                      r"(?! (?:in|of|by|with|to|for)\b))"
                      r"|, (?:(?:and|but|while|whereas) )?(?=(?:(?!(?:who|that|which|whom|whose)\b)[\w-]+ ){1,8}?"
                      r"(?:was|were|remained)\b)"
                      r"|(?: [-–—]|—) ?(?=(?:the |some |many |most |local |government )?[\w-]+ "
                      r"(?:(?:also|often|sometimes|still|reportedly) )?(?!(?:involved|implicated|accused|suspected|"
                      r"alleged|charged|convicted|named)\b)[a-z]+ed\b(?! (?:in|of|by|with|to|for)\b))|;")
#: officials who open the sentence as its subject ("Officials investigated ..."): not the object of a later zero, nor
#: of the zero their own verb opens ("Officials investigated no trafficking crimes", the head ending at the verb), a
#: dated lead before them ("In 2021, government officials ...") kept out of the way (batch 68, chad-2020-intro)
_SUBJECT_OFFICIALS = rc.lazy(r"^\s*(?:(?:in|during) [^,;]{1,40}, )?"
                             r"(?:(?:the|government|local|police|law enforcement) )?officials? (?=[a-z]+ed\b|$)",
                             IGNORECASE)
#: a clause of contrast after a zero, with counts of its own ("..., although they convicted three under Article 181"):
#: where the zero's own words, and its statute, end
_CONTRAST_CLAUSE = rc.lazy(r",\s*(?:although|though|but|while|whereas|yet)\b|;", IGNORECASE)
_RESTRICTED = rc.lazy(
    r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?(?:traffickers?|offenders?|perpetrators?|suspects?|cases?|individuals|"
    r"persons) (?:associated with|linked to|connected (?:to|with)|responsible for|who|that)\b",
    IGNORECASE,
)
_RESTRICTED_VICTIMS = rc.lazy(
    # (or in the cases just named: "it did not identify any victims in these cases as trafficking victims"; batch 36)
    r"^\s*(?:any |a single )?(?:[\w-]+ )?victims? (?:(?:in|from|of) (?:these|those|such|the) (?:cases|investigations|"
    r"prosecutions)\b|among\b|(?:in|at) (?:key |certain |some |particular |specific |"
    r"such |many )?(?:places|locations|sites|settings|sectors|facilities|centers|centres|institutions|orphanages|"
    r"placement|detention|migrant|asylum|refugee|reception))",
    IGNORECASE,
)
#: A zero of another crime than trafficking itself: "investigated no suspects for “knowingly soliciting or patronizing a
#: sex trafficking victim to perform a commercial sex act,”" (buying sex), "did not prosecute any cases of pimping".
_OTHER_CRIME = rc.lazy(
    r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?(?:suspects?|traffickers?|cases?|individuals|persons|offenders|"
    r"investigations?|prosecutions?|convictions?)?\s?(?:for|of|involving) [“\"‘']?(?:knowingly |the )?"
    r"(?:solicit\w*|patroniz\w*|purchas\w*|buy\w*|pornograph\w*|pimping|procuring|pandering|(?:migrant )?smuggling)\b",
    IGNORECASE,
)
#: A zero of the child soldiering offenses alone ("did not investigate any suspects, including government officials, for
#: child soldiering offenses"): that crime's zero only, while other trafficking crimes were investigated; no zero of the
#: year's stage nor of its officials (batch 119's mali-2019 and mali-2021); the recruitment "forced" or "forcible" too
#: ("has yet to investigate or prosecute any officials for forced recruitment or use of child soldiers", batch 173's
#: sudan-2022-intro)
_CHILD_SOLDIERING = rc.lazy(
    r"^\s*(?:any |a single )?(?:[\w-]+ ){0,2}?"
    r"(?:suspects?|traffickers?|cases?|individuals|persons|offenders|perpetrators)?"
    r"(?:, (?:including|among them) [^,;.]{1,40},)?\s?(?:for|of|involving) "
    r"(?:child soldiering|child soldier recruitment|"
    r"(?:the )?(?:unlawful |forced |forcible )?(?:recruitment|use|recruitment (?:and|or) use) "
    r"of child(?:ren| soldiers))\b",
    IGNORECASE,
)
#: A zero said to be the same in another year, before it in its clause or right after it: "similar to 2020, the
#: government did not identify any child trafficking victims", "as in 2019, authorities did not convict any
#: traffickers", "did not prosecute any officials, the same as in 2018": none in that year too.
_SAME_AS_YEAR = rc.lazy(
    r"\b(?:{SAME_AS}) (?P<y>(?:19|20)\d\d),?"
    r"(?: (?:the )?(?:government|authorities|officials|it|they|police|courts)(?: again)?)?\s*$",
    IGNORECASE,
)
_SAME_AS_PERIOD = rc.lazy(
    r"\b(?:{SAME_AS}) (?:the )?(?:previous|prior|preceding|last) (?:reporting )?(?:period|year),?"
    r"(?: (?:the )?(?:government|authorities|officials|it|they|police|courts)(?: again)?)?\s*$",
    IGNORECASE,
)
_SAME_AS_YEAR_AFTER = rc.lazy(r",? (?:{SAME_AS}|as it did in) (?P<y>(?:19|20)\d\d)\b", IGNORECASE)
#: A sentence opening on a clause "since" a year ("Since the government's identification of four potential trafficking
#: victims in 2015, ..."): a zero in the perfect after it runs to the data year.
_SINCE_CLAUSE = rc.lazy(r"^Since\b[^,;.]{0,120}?\b(?:19|20)\d\d\b[^,;.]{0,40},", IGNORECASE)
#: A zero in the perfect: "has not identified", "have never prosecuted".
_PERFECT = rc.lazy(r"(?:has|have) (?:not|never)\b", IGNORECASE)
#: ... or since the law's own start: "has not convicted any traffickers under the law since its enactment" (audit6),
#: "reported no new prosecutions since the enactment of the 2016 anti-trafficking law" (batch 180's barbados-2020)
#: ... or since "the 2018 reporting period", "the start of 2017" (audit10 r2)
#: ... or since the law was amended in a year: "has not obtained a trafficking conviction since the law was amended in
#: 2013", none in the data year, not in 2013 (batch 179's ireland-2018-intro) ... or "in recent years" after a zero in
#: the perfect: "has not identified any Austrian victims in recent years", none in the data year too (batch 179's
#: austria-2020-intro; the perfect is checked where it is read) ... or since "the penal code was revised" (the code's
#: kind before it, revised, reformed, updated or modified as amended; audit8 r1)
_SINCE = rc.lazy(r"^[^,;]*?\bsince (?:(?:the (?:(?:beginning|start|end) of (?:the )?)?)?(?:19|20)\d\d\b|"
                 r"(?:its|the (?:law|act|code)(?:’|')s) (?:enactment|adoption|"
                 r"passage|entry into force|creation|establishment)\b|(?:the (?:(?:penal|criminal|labou?r|trafficking|"
                 r"anti-trafficking) )?(?:law|act|code|statute)|it) (?:took effect|entered into force|came into "
                 r"(?:force|effect)|was (?:enacted|adopted|passed|amended|revised|reformed|updated|modified))\b|the "
                 r"(?:enactment|adoption|passage|entry into force) of (?:the|its) (?:(?:19|20)\d\d )?(?:[\w-]+ ){0,3}?"
                 r"(?:law|act|code|legislation|statute)\b)", IGNORECASE)
_RECENT_YEARS = rc.lazy(r"^[^,;]*?\b(?:in|over) recent years\b", IGNORECASE)
#: Two or more years a zero holds for: "in 2016, 2017, or 2018", "in both 2016 and 2017".
#: Where a zero's object gives way to a comparison: ", compared with ...", ", down from ...".
_COMPARED_TAIL = rc.lazy(r",?\s+(?:compared (?:with|to)|(?:down|up) from|a (?:decrease|increase|decline) from|than)\b")
#: ... and the comparison's own zero of listed years: " no victims identified in 2017 and 2018".
_COMPARED_ZEROS = rc.lazy(r"\s*(?:no|none|zero)\b(?: [a-z-]+){0,3}? (?:in|during) (?P<years>(?:both )?(?:19|20)\d\d"
                          r"(?:, (?:19|20)\d\d)*,? (?:and|or) (?:19|20)\d\d)\b")
_YEAR_LIST = rc.lazy(r"\bin (?:both |each of )?(?:19|20)\d\d(?:, (?:19|20)\d\d)*,? (?:and|or) (?:19|20)\d\d\b")

#: The years a sentence opens with, listed, then its subject alone before the zero's verb: "In 2013 and 2014,
#: authorities identified no ..." (batch 152); not "In 2013 and 2014, after ..., police ..." (a comma in between)
_LEAD_YEAR_LIST = rc.lazy(
    r"\s*(?:In|During|For|Throughout) (?:both )?(?:19|20)\d\d(?:, (?:19|20)\d\d)*,? (?:and|or) (?:19|20)\d\d,? "
    r"(?:[\w’'-]+ ){1,4}?(?:(?:also|again|still) )?$"
)


#: Bodies named before, "these agencies", "those ministries", as a zero's subject right before its denial: a zero of
#: them alone, while others (police, NGOs) may have identified victims.
_SOME_BODIES = rc.lazy(r"\b(?:these|those|such|both|the two|the three) (?:[\w-]+ ){0,2}?(?:agencies|ministries|bodies|"
                       r"institutions|departments|offices|units|sectors|inspectorates|officials|workers)"
                       r"(?: (?:also|still|reportedly))?\s+$", IGNORECASE)


#: A body named by its acronym as the subject of a zero's clause, right before its denial: "CNLTP did not report
#: identifying any victims", "; the DGM did not identify any".
_BODY_DENIES = rc.lazy(r"(?:^|[;:]\s+)(?:[Tt]he\s+)?(?P<ag>(?!(?:NGO|IO)s?\b)[A-Z]{2,10})\s+(?:also\s+)?"
                       r"(?:(?:did|does|has|had|was|were)\s+not\b[^;]*)?$")


#: Groups of persons a zero may name ("did not report providing shelter to any adult victims").
_ZERO_GROUPS = frozenset({"adults", "children", "minors", "female", "male", "women", "men", "girls", "boys"})


def drop_group_zeros(out: Rows) -> None:
    """ "did not report identifying or providing services to any victims in 2019 ... SWB designated shelters for female
    and male trafficking victims but did not report providing shelter to any adult victims": a group's zero beside the
    year's zero of the same stage is said by it already, a part of a zero total, no row of its own (residue11, batch
    31's macau-2020). A group's zero beside a year's count of more than none stays the group's."""
    for row in [r for r in out.rows if r.value == 0 and r.qualifier in _ZERO_GROUPS and "zero_stated" in r.flags]:
        if any(r is not row and r.indicator == row.indicator and r.year == row.year and r.value == 0
               and r.qualifier is None for r in out.rows):
            out.rows.remove(row)


def qualify_body_zeros(out: Rows) -> None:
    """ "CNLTP did not report identifying any victims in the previous reporting period. ... In the previous reporting
    period, BPM identified 190 child labor trafficking victims": a body's zero beside another body's share of the same
    stage and year, with no total of that year, is the body's share too (`by CNLTP`; residue6, haiti-2023)."""
    for row in [r for r in out.rows if r.value == 0 and r.qualifier is None and "zero_stated" in r.flags]:
        m = _BODY_DENIES.search(row.quote, 0, row.pos) if row.pos else None
        if m is None:
            continue
        same = [r for r in out.rows if r is not row and r.indicator == row.indicator and r.year == row.year
                and r.unit == row.unit and r.value is not None]
        if (any((r.qualifier or "").startswith("by ") and r.qualifier != "by NGOs or international organizations"
                for r in same) and not any(r.is_whole for r in same)):
            out.with_qualifier(row, f"by {m.group('ag')}", row.flags | {"breakdown"})


#: A zero's clause after one saying a team or mechanism kept working: "Multi-disciplinary teams ... continued to
#: operate; however, the government did not report identifying any victims" (the zero speaks of what the team found).
_WORKED_BUT = rc.lazy(
    r"\b(?:continued to (?:operate|function|work|meet)|(?:operated|functioned)\b)[^.;]{0,80}?[;,]\s*"
    r"(?:however,?|but)\s+(?:the government|authorities|officials|it|they)\s+(?:(?:did|does|has|had)\s+not\b[^;]*)?$",
    IGNORECASE)


def drop_contradicted_zeros(out: Rows) -> None:
    """ "In 2018, two victims were identified ... Multi-disciplinary teams comprised police, labor, and immigration
    officials continued to operate; however, the government did not report identifying any victims": a zero told of
    what a team or mechanism that kept working found, stated beside the year's count of the same stage and unit that
    another sentence gives (more than none), is no count of the year but the team's share, which no qualifier of the
    table names: no row (residue28, aruba-2019; the hand file's "a body's zero beside the year's two"). A body's own
    zero beside the year's total ("The DPJ did not report identifying any victims"; residue6's distractor) stays a
    row, and so does a zero of another stage than victims' (haiti-2020's convictions)."""
    for row in [r for r in out.rows if r.value == 0 and r.qualifier is None and "zero_stated" in r.flags
                and r.year is not None and r.indicator.startswith("victims_") and r.pos]:
        if not _WORKED_BUT.search(row.quote, 0, row.pos):
            continue
        if any(r is not row and r.indicator == row.indicator and r.year == row.year and r.unit == row.unit
               and r.value and r.qualifier is None and not r.is_breakdown and r.sentence_id != row.sentence_id
               for r in out.rows):
            out.rows.remove(row)


#: What a zero of prosecutions names after its chain when it counts cases: "did not initiate any prosecutions of cases".
_CASES_AFTER = rc.lazy(r"\bcases?\b", IGNORECASE)


def zero_units_of_other_years(out: Rows) -> None:
    """ "The government did not report any investigations, prosecutions, or convictions related to trafficking in
    2020. In 2019, authorities ... prosecuted one suspected sex trafficker": a zero of prosecutions named by the stage's
    noun alone, with no object of its own, counts what the narrative counts the stage's other years in, when every
    such count is of persons (residue26, sint-maarten-2021; a zero with its own object keeps its unit)."""
    for row in [r for r in out.rows if r.indicator == "prosecutions" and r.value == 0 and r.unit == "cases"
                and r.qualifier is None and "zero_stated" in r.flags and r.rule == "zero.before-verb"]:
        if _CASES_AFTER.search(row.quote, row.pos):
            continue
        others = [r for r in out.rows if r.indicator == row.indicator and r.year != row.year and r.value
                  and r.qualifier is None and not r.is_breakdown]
        if others and all(r.unit == "persons" for r in others):
            out.with_unit(row, "persons")
