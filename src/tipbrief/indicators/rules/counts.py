"""Counts: patterns per indicator, comparisons, breakdowns and zero stated in words."""

from __future__ import annotations

import re

from tipbrief.indicators.numbers import NUMBER, YEAR_RE, parse_number
from tipbrief.indicators.rules.context import (
    APPROX,
    ARTICLE,
    HAS_NUMBER,
    IGNORECASE,
    Context,
    Rows,
    add_clause_cut,
    depth,
    is_distractor,
    parse_count,
    resolve_year,
    rules,
    statute,
)

_BY_NGO = re.compile(
    r"^[\w ,]{0,20}?\b(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,40}$", IGNORECASE
)
_NGO_WORDS = r"(?:NGOs?|civil society|international organi[sz]ations?|IOM)"
_GOV_WORDS = r"(?:the )?(?:government|authorities|police|officials|state|ministr\w+|agencies)"
_LINK = r"\s*,?\s+(?:and|with|together with|jointly with|in (?:partnership|cooperation|collaboration) with)\s+"
#: "The government and NGOs identified ...": a joint figure, not one by NGOs.
_JOINT = re.compile(
    rf"\b{_GOV_WORDS}{_LINK}(?:\w+ ){{0,2}}?{_NGO_WORDS}\b|\b{_NGO_WORDS}{_LINK}{_GOV_WORDS}\b", IGNORECASE
)
#: How victims came to be found: "identified 26 potential victims through the hotline".
_CHANNEL_BODY = (
    r"(?P<ch>(?:through|via) (?:the |its |a |an )?(?:[\w-]+ ){0,3}?"
    r"(?:hotlines?|helplines?|screenings?|inspections?|raids?|operations?|outreach|referral mechanism|NRM))\b"
)
_CHANNEL = re.compile(rf"^ (?:[\w-]+ ){{0,2}}?{_CHANNEL_BODY}", IGNORECASE)
_ZERO_CHANNEL = re.compile(rf"^\s*(?:any |a single )?(?:[\w-]+ )?victims? {_CHANNEL_BODY}", IGNORECASE)
_VICTIM_COUNTS = ("victims_identified", "victims_assisted", "victims_referred")
#: A clause with no subject of its own (", and assisted 280 children") shares the sentence's subject.
_NO_SUBJECT = re.compile(r"^[,;]?\s*(?:(?:and|but|also|then)\s+)*\w+(?:ed|ing)\s*$", IGNORECASE)


_FROM_PLACE = re.compile(r"^ (?:from|in) (?P<place>(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")


_CONTINUED_BEFORE = re.compile(r"\b(?:continued|ongoing|pending)\b(?: to)?[^.;,]{0,12}$", IGNORECASE)
_CONTINUED_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:from (?:previous|prior|earlier) (?:reporting )?(?:periods?|years)|(?:remained|still) pending)",
    IGNORECASE,
)


#: Where a new clause starts after a comparison: "compared with 235 in 2019, and courts convicted 106 ...",
#: "an increase from 48 in 2021, and referred all 62 to care" (a verb, perhaps after a short subject).
_CLAUSE_SEP = re.compile(r"(?:,|;)\s(?:and\s|but\s|while\s|whereas\s)?")
_VERB_CLAUSE = re.compile(
    r"(?:,|;) (?:and |but |while |whereas )?(?:(?:the |its )?[A-Za-z]+ ){0,2}?(?:also )?[a-z]{3,}ed\b"
    r"(?! (?:in|from|to|by|during)\b)"
    r"|(?:,|;) (?:and|but|while|whereas) (?:also )?[a-z]{3,}ing\b"  # "..., and convicting 15, down from 18"
)


def _split_clauses(ctx: Context, matches: list[re.Match]) -> None:
    """A comparison ends where a clause with its own verb begins (at the separator before it)."""
    starts = [m.start() for m in matches if m.start() < m.start("n")]  # patterns led by their verb
    for seg in range(1, len(ctx.cuts) + 1):
        a, b = ctx.bounds(seg)
        if a in ctx.clause_cuts:
            continue
        for start in sorted(starts):
            if a < start < b:
                seps = [x for x in _CLAUSE_SEP.finditer(ctx.text, a, start) if depth(ctx.text, x.start()) == 0]
                if seps:
                    add_clause_cut(ctx, seps[-1].start())
                    break
        else:
            verb = next((x for x in _VERB_CLAUSE.finditer(ctx.text, a, b) if depth(ctx.text, x.start()) == 0), None)
            if verb:
                add_clause_cut(ctx, verb.start())


def numbers(ctx: Context, out: Rows, zeros: list[dict] | None = None) -> list[dict]:
    """Rows for the figures the indicator patterns find, their comparisons and their bracketed breakdowns.

    ``zeros`` (the sentence's zero-stated rows) can be compared with too: "did not prosecute any
    officials in 2020, compared with two in 2019".
    """
    r = rules()
    made: list[dict] = []
    if not any(not is_distractor(ctx, m.start(), m.end()) for m in HAS_NUMBER.finditer(ctx.text)):
        return made  # only years, article numbers, ages...: nothing to count
    claimed: set[int] = set()
    present = {m.group().lower() for m in r["needs_rx"].finditer(ctx.text)}
    matches: list[tuple[dict, re.Match]] = []
    for rule in r["numeric"]:
        if not rule["needs_set"] & present:
            continue
        for rx in rule["compiled"]:
            for m in rx.finditer(ctx.text):
                if not is_distractor(ctx, *m.span("n")):
                    matches.append((rule, m))
    # "assisted 31 victims, including eight victims identified earlier": a part of the figure before, not a total
    matches = [
        (rule, m) for rule, m in matches
        if not re.search(r"\bincluding\s+$", ctx.text[: m.start()])
        or not any(x.start("n") < m.start() and ctx.segment(x.start("n")) == ctx.segment(m.start()) for _, x in matches)
    ]
    _split_clauses(ctx, [m for _, m in matches])
    seen: set[tuple[str, str, int]] = set()
    for rule, m in matches:
        s = m.start("n")
        if (rule["indicator"], rule["unit"], s) in seen:
            continue  # one figure, one row per indicator: the first pattern that reads it wins
        seen.add((rule["indicator"], rule["unit"], s))
        value, flags = parse_count(m.group("n"))
        if APPROX.search(ctx.text[max(0, s - 20) : s]):
            flags.add("approximate")
        if value == 0:
            flags.add("zero_stated")  # "investigated zero cases"
        year, yflags = resolve_year(ctx, s)
        q = m.groupdict().get("q")
        if q is not None:
            q = r["qualifier_forms"].get(q.lower(), q.lower())
        if q and rule.get("breakdown_if_q"):
            flags.add("breakdown")
        if rule.get("qualifier_prefix"):  # "rescued 45 children" -> "rescued children"
            q = f"{rule['qualifier_prefix']} {q}" if q else rule["qualifier_prefix"]
        a, b = ctx.bounds(ctx.segment(s))
        if out.defs[rule["indicator"]].theme == "prosecution" and not q:
            q = statute(ctx, a, b)
            if _CONTINUED_BEFORE.search(ctx.text[a : m.start()]) or _CONTINUED_AFTER.match(ctx.text[m.end() : b]):
                q = "continued from earlier years"  # not opened this year: "continued investigations of 11 cases"
        if out.defs[rule["indicator"]].theme == "protection" and not q:
            subject = ctx.text[a:s]
            if _NO_SUBJECT.match(subject) and matches:
                subject = ctx.text[: min(x.start() for _, x in matches)]
            own = re.split(r", | and ", subject)[-1]  # "Officials identified 27 victims and NGOs identified 18"
            by_ngo = _BY_NGO.search(subject) or (own != subject and _BY_NGO.search(own))
            if by_ngo and not _JOINT.search(subject):
                q = "by NGOs or international organizations"
        split = _FORM_SPLIT.match(ctx.text[m.end() :])
        if split and not q:  # "convicted 14 traffickers for sex trafficking and seven for forced labor": parts
            q, flags = split.group("form").lower(), flags | {"breakdown"}
        place = _FROM_PLACE.match(ctx.text[m.end() :])
        if place and rule["indicator"] in _VICTIM_COUNTS:
            q, flags = f"from {place.group('place')}", flags | {"breakdown"}  # "two victims from Uzbekistan"
        channel = _CHANNEL.match(ctx.text[m.end() :])
        if channel and rule["indicator"] in _VICTIM_COUNTS and not q:
            q = channel.group("ch")  # a part when a total is also given (marked below)
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
    _mark_channel_parts(made, ctx.prev_rows)
    made += _coordinated(ctx, out, made, claimed)
    made += _comparisons(ctx, out, made, claimed, zeros or [])
    made += _parenthetical(ctx, out, made)
    return made


def _mark_channel_parts(made: list[dict], prev_rows: list[dict]) -> None:
    """ "through the hotline" is a part when the sentence or the one before gives a total for the indicator."""
    for row in made:
        if not (row["qualifier"] or "").startswith(("through ", "via ")):
            continue
        totals = [
            r for r in made + prev_rows
            if r["indicator"] == row["indicator"] and r["qualifier"] is None and r["value"] is not None
            and "breakdown" not in (r["flags"] or "") and r is not row and r["year"] == row["year"]
        ]
        if totals:
            row["flags"] = ";".join(sorted(set((row["flags"] or "").split(";")) - {""} | {"breakdown"}))


_FORMS = r"sex trafficking|forced labou?r|labou?r trafficking|forced begging|domestic servitude"
#: "for sex trafficking" or "(cases) of sex trafficking": a form of exploitation naming a part
_FOR = r"(?:\w+ )?(?:for|of)"
_FORM_SPLIT = re.compile(
    rf"^ {_FOR} (?P<form>{_FORMS})(?=,? and {NUMBER} {_FOR} (?:{_FORMS}))", IGNORECASE
)
_AND_FORM = re.compile(
    rf"^ (?:\w+ )?{_FOR} (?:{_FORMS}),? and (?P<n>{NUMBER}) {_FOR} (?P<form>{_FORMS})", IGNORECASE
)
_UNDER_ANOTHER = re.compile(
    rf"^(?P<skip>[^.;()]{{0,60}}?)(?:,|,? and) (?P<n>{NUMBER}) (?:more |others? )?(?:\w+ )?under (?:the )?"
    rf"[Aa]rticles? (?P<art>{ARTICLE})",
    IGNORECASE,
)


def _coordinated(ctx: Context, out: Rows, made: list[dict], claimed: set[int]) -> list[dict]:
    """One verb, two parts: "convicted 14 traffickers under Article 143 and seven under Article 143-1",
    "convicted 14 traffickers for sex trafficking and seven for forced labor"."""
    extra = []
    for row in [r for r in made if r["qualifier"]]:
        after = row["_pos"] + len(row["number_text"])
        if row["qualifier"].startswith("Article "):
            m = _UNDER_ANOTHER.match(ctx.text[after:])
            if m and HAS_NUMBER.search(re.sub(rf"[Aa]rticles? {ARTICLE}", "", YEAR_RE.sub("", m.group("skip")))):
                m = None
            qualifier = f"Article {m.group('art')}" if m else None
        else:
            m = _AND_FORM.match(ctx.text[after:])
            qualifier = m.group("form").lower() if m else None
        if not m:
            continue
        s = after + m.start("n")
        if s in claimed:
            continue
        value, flags = parse_count(m.group("n"))
        year, yflags = resolve_year(ctx, s)
        new = out.add(
            ctx,
            row["indicator"],
            number_text=m.group("n"),
            year=year,
            flags=flags | yflags | ({"breakdown"} if "breakdown" in (row["flags"] or "") else set()),
            value=value,
            unit=row["unit"],
            qualifier=qualifier,
            pos=s,
        )
        new["_pos"] = s
        claimed.add(s)
        extra.append(new)
    return extra


def _free_numbers(ctx: Context, a: int, b: int, claimed: set[int]) -> list[re.Match]:
    found = []
    for m in re.finditer(rf"{NUMBER}(?: or {NUMBER})?", ctx.text[a:b], IGNORECASE):
        s, e = a + m.start(), a + m.end()
        if s in claimed or is_distractor(ctx, s, e):
            continue
        if ctx.text.count("(", 0, s) > ctx.text.count(")", 0, s):
            continue  # inside brackets: a breakdown or a bracketed comparison, read by _parenthetical
        if re.match(r"\s*\(|\s+(?:somoni|\w+ somoni)", ctx.text[e:]) or ctx.text[max(0, s - 1) : s] == "$":
            continue
        found.append((s, e, m.group()))
    return found


def _comparisons(ctx: Context, out: Rows, made: list[dict], claimed: set[int], zeros: list[dict]) -> list[dict]:
    """Numbers after "compared with" take the indicator of the number in the same place in the clause before it."""
    r = rules()
    extra: list[dict] = []
    comparison = {seg for seg in range(1, len(ctx.cuts) + 1) if ctx.bounds(seg)[0] not in ctx.clause_cuts}

    def base(seg: int) -> list[dict]:
        while seg in comparison:
            seg -= 1
        rows = [row for row in made if ctx.segment(row["_pos"]) == seg and "breakdown" not in (row["flags"] or "")]
        parts = [row for row in made if ctx.segment(row["_pos"]) == seg and row not in rows]
        if not rows and len({(p["indicator"], p["unit"]) for p in parts}) == 1:
            # "investigated 24 cases of sex trafficking and four of forced labor, up from 19 cases": a total compared
            flags = ";".join(sorted(set((parts[0]["flags"] or "").split(";")) - {"", "breakdown"})) or None
            rows = [{**parts[0], "qualifier": None, "flags": flags}]
        zero_rows = [row for row in zeros if ctx.segment(row["_pos"]) == seg]
        return sorted(rows + (zero_rows if len(zero_rows) == 1 else []), key=lambda row: row["_pos"])

    for seg in sorted(comparison):
        a, b = ctx.bounds(seg)
        primary = base(seg)
        if not primary:
            continue
        figures = len(_free_numbers(ctx, a, b, claimed)) + sum(a <= row["_pos"] < b for row in made)
        primary = _last_clause(ctx, seg, comparison, primary, figures)
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
            base_row = primary[idx]
            value, flags = parse_count(text)
            if APPROX.search(ctx.text[max(0, s - 20) : s]):
                flags.add("approximate")
            year, yflags = resolve_year(ctx, s)
            part = {"breakdown"} if "breakdown" in (base_row["flags"] or "") else set()
            new = out.add(
                ctx,
                base_row["indicator"],
                number_text=text,
                year=year,
                flags=flags | yflags | part,
                value=value,
                unit=base_row["unit"],
                qualifier=base_row["qualifier"],
                pos=s,
                confidence=0.8,
            )
            new["_pos"] = s
            claimed.add(s)
            extra.append(new)
    return extra


#: ", and courts convicted", " and referred": a clause with its own verb (not "and eight for forced labor")
_AND_VERB = re.compile(
    r",?\s(?:and|but|while|whereas) (?:(?:the |its )?(?!(?:for|of|in|to|with|from|by)\b)[A-Za-z]+ ){0,2}?"
    r"(?!forced\b)[a-z]{3,}ed\b"
)


def _last_clause(ctx: Context, seg: int, comparison: set[int], primary: list[dict], wanted: int) -> list[dict]:
    """ "initiated prosecution of 57 defendants and courts convicted 40 traffickers, compared with 49": the
    comparison is about the last clause before it, when that clause has enough figures to compare."""
    base_seg = seg
    while base_seg in comparison:
        base_seg -= 1
    a, b = ctx.bounds(base_seg)
    cuts = [m.start() for m in _AND_VERB.finditer(ctx.text, a, b) if depth(ctx.text, m.start()) == 0]
    if not cuts:
        return primary
    tail = [row for row in primary if row["_pos"] >= cuts[-1]]
    return tail if tail and wanted <= len(tail) else primary


#: One part in a list "including 40 women, 20 men, and 12 children".
_ITEM = rf"{NUMBER} [a-z][\w -]*?"


def _parenthetical(ctx: Context, out: Rows, made: list[dict]) -> list[dict]:
    """ "45 cases (31 sex trafficking, 12 labor trafficking, and two unspecified)": parts of a total.

    "(67 in 2021)" after a figure is a comparison with that year, not a part.
    """
    extra: list[dict] = []
    for row in list(made):
        if row["value"] is None or "breakdown" in (row["flags"] or ""):
            continue
        extra += _parts(ctx, out, row, row["_pos"] + len(row["number_text"]))
    return extra


def _parts(ctx: Context, out: Rows, row: dict, after_number: int) -> list[dict]:
    """Rows for the bracket and/or the "including" list that follow one figure."""
    extra: list[dict] = []
    bracket = re.match(r"[^()—]{0,40}?(?:\((?P<body>[^()]+)\)|—(?P<dash>[^()—]+)—)", ctx.text[after_number:])
    # "95 investigations (107 in 2021), including 60 for sex trafficking": a list may follow the bracket
    after_bracket = after_number + bracket.end() if bracket else after_number
    including = re.match(
        rf"[^()]{{0,60}}?, (?P<body>including {_ITEM}(?:(?:,| and|, and) {_ITEM})*)(?=[,;.]|$)",
        ctx.text[after_bracket:],
        IGNORECASE,
    )
    for origin, m in ((after_number, bracket), (after_bracket, including)):
        group = "dash" if m and m.groupdict().get("dash") else "body"
        if not m or HAS_NUMBER.search(YEAR_RE.sub("", ctx.text[origin : origin + m.start(group) - 1])):
            continue
        body_start = origin + m.start(group)
        body = m.group(group)
        if not re.match(rf"\s*(?:and\s+|including\s+|of whom\s+)?{NUMBER}", body, IGNORECASE):
            continue
        for item in re.finditer(rf"(?P<n>{NUMBER})\s+(?P<q>[a-z][\w -]*?)\s*(?=,|;|$| and )", body, IGNORECASE):
            s = body_start + item.start("n")
            label = re.sub(r"^(?:for|were|was|in|of)\s+", "", item.group("q").strip())
            # "(112 sex trafficking victims ...)", "26 potential victims through the hotline"
            label = re.sub(r"\s+victims?$|^(?:potential\s+)?victims?\s+", "", label)
            flags = set((row["flags"] or "").split(";")) - {""}
            year_in_label = re.fullmatch(r"(?:in )?((?:19|20)\d\d)", item.group("q").strip())
            relative = next((off for rx, off in rules()["relative_rx"] if rx.search(label)), None)
            relative = relative if len(label.split()) <= 5 else None
            if year_in_label:  # "(67 in 2021)"
                year, flags = int(year_in_label.group(1)), flags - {"year_inferred", "year_ambiguous"}
                qualifier = row["qualifier"]
            elif relative is not None:  # "(41 in the previous reporting period)"
                ry = ctx.source.reporting_year
                year = ry + relative if ry else None
                flags = flags - {"year_inferred", "year_ambiguous"} | {"year_inferred" if ry else "year_ambiguous"}
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


_YEARISH = re.compile(r"(?:in |during )?(?:19|20)\d\d", IGNORECASE)


def _is_total(row: dict) -> bool:
    return row["value"] is not None and row["theme"] in ("prosecution", "protection") and "breakdown" not in (
        row["flags"] or ""
    )


def back_reference(ctx: Context, out: Rows, made: list[dict]) -> list[dict]:
    """ "Of these cases, 72 were for sexual exploitation": parts of the total just before.

    The total is the previous sentence's first figure when the sentence opens with "Of these", or
    this sentence's first figure when a clause after ";" does ("...124 victims; of these, 99 were ...").
    So does ", of whom 150 were foreign nationals". A clause with its own indicator ("Of these, the
    government prosecuted 217 individuals") is no breakdown.
    """
    r = rules()
    extra: list[dict] = []
    opener = rf";\s*|:\s*(?={NUMBER})|,\s*(?=(?:of|among) (?:whom|which)\b|{NUMBER} of (?:which|whom)\b)"
    starts = [0] + [m.end() for m in re.finditer(opener, ctx.text, IGNORECASE)]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(ctx.text)
        # ", of whom 30 were children, and referred 60 to shelters": the parts end where a new verb begins
        verb = next((m for m in _AND_VERB.finditer(ctx.text, start, end) if depth(ctx.text, m.start()) == 0), None)
        end = verb.start() if verb and start else end
        if not r["back_rx"].match(ctx.text[start:end]):
            continue
        earlier = [row for row in made if row["_pos"] < start] if start else []
        if not any(_is_total(row) for row in earlier):  # "Of the 348 victims, 211 were adults ...; 209 were ..."
            earlier, start_of_sentence = ctx.prev_rows, True
        else:
            start_of_sentence = False
        base = next((row for row in earlier if _is_total(row)), None)
        restated = re.match(rf"(?:of|among) the (?P<n>{NUMBER})\b", ctx.text[start:end], IGNORECASE)
        stated_here = False
        if restated:  # "Of the 78 defendants, 60 were ...": the earlier figure of that value
            value = parse_number(restated.group("n"))
            base = next((row for row in earlier if _is_total(row) and row["value"] == value), base)
            here = next((row for row in made if _is_total(row) and row["_pos"] == start + restated.start("n")), None)
            if here is not None and (base is None or base["value"] != value):
                base, stated_here = here, True  # "Of the 52 victims identified, 40 were women": the total is here
        if base is None:
            continue
        own = [
            row for row in made
            if start <= row["_pos"] < end and (row["indicator"], row["value"]) != (base["indicator"], base["value"])
        ]
        if start == 0 and not stated_here:
            # the total restated in "Of the 15 identified victims" is not a new figure: drop duplicates of it
            for row in made:
                if row["value"] == base["value"] and row["indicator"] == base["indicator"] and row in out.rows:
                    out.rows.remove(row)
        if not own:  # else the clause states figures of its own
            extra += _breakdown_items(ctx, out, base, start, end, inherited=start_of_sentence and not stated_here)
    return extra


def _breakdown_items(ctx: Context, out: Rows, base: dict, start: int, end: int, *, inherited: bool) -> list[dict]:
    """ "72 were for sexual exploitation, and 9 were for the exploitation of minors": one row per part."""
    comma = ctx.text.find(",", start, end)
    if comma < 0:  # "all 20 were victims of sex trafficking"
        comma = start + rules()["back_rx"].match(ctx.text[start:end]).end()
    extra = []
    item = (
        rf"(?P<n>{NUMBER})(?: (?:cases|victims|defendants|traffickers|suspects))?(?: of (?:which|whom|these|them))?"
        rf"(?: (?:were|was))? "
        rf"(?:(?:for|in|of|with|exploited in|victims of|involved|"
        rf"(?:prosecuted|convicted|charged|investigated|sentenced|identified) (?:for|of|with|as|in)) )?(?:the )?"
        rf"(?P<q>[^,;.()]+?)(?=,|;|\.|$| \(| and (?:{NUMBER}))"
    )
    if inherited:
        yflags = {"year_inferred"} if base["year"] else {"year_ambiguous"}
    else:
        yflags = set((base["flags"] or "").split(";")) & {"year_inferred", "year_ambiguous"}
    for m in re.finditer(item, ctx.text[comma:end], IGNORECASE):
        s = comma + m.start("n")
        if is_distractor(ctx, s, comma + m.end("n")) or depth(ctx.text, s) > 0:
            continue
        q = re.sub(r"\s+victims?$", "", m.group("q").strip())
        if _YEARISH.fullmatch(q):
            continue  # "235 in 2019" is a comparison, never a part named "2019"
        value, flags = parse_count(m.group("n"))
        if APPROX.search(ctx.text[max(0, s - 20) : s]):
            flags.add("approximate")
        q = q if len(q) <= 60 else q[:57].rsplit(" ", 1)[0] + "..."
        new = out.add(
            ctx,
            base["indicator"],
            number_text=m.group("n"),
            year=base["year"],
            flags=flags | {"breakdown"} | yflags,
            value=value,
            unit=base["unit"],
            qualifier=q,
            pos=s,
            confidence=0.8,
        )
        new["_pos"] = s
        extra.append(new)
    return extra


def zero(ctx: Context, out: Rows) -> list[dict]:
    z = rules()["zero"]
    made = []
    found = list(z["rx"].finditer(ctx.text))
    verbs = [(x.start(), x.start("object")) for x in found]
    found += [m for m in z["after_rx"].finditer(ctx.text) if not any(a <= m.start() < b for a, b in verbs)]
    for m in found:
        obj = m.group("object")
        words = re.findall(r"(investigat|prosecut|convict|identif|referr?|punish)", m.group("list"), IGNORECASE)
        officials = bool(z["officials_rx"].search(obj))
        if not z["object_rx"].match(obj):
            continue
        for w in dict.fromkeys(x.lower() for x in words):
            ind = z["words"]["refer" if w.startswith("refer") else w]
            if m.group("succ") and ind == "prosecutions":
                ind = "convictions"
            if ind.startswith("victims_") and not re.search(z["victim_object"], obj, IGNORECASE):
                continue
            if officials:
                ind = z["officials_map"].get(ind, ind)
                if ind is None:
                    continue
            year, yflags = resolve_year(ctx, m.start())
            q = statute(ctx, m.start(), len(ctx.text)) if out.defs[ind].theme == "prosecution" else None
            form = re.search(r"\b(?:for|of) (sex trafficking|forced labou?r|labou?r trafficking)\b", obj, IGNORECASE)
            q = q or (form.group(1).lower() if form else None)
            channel = _ZERO_CHANNEL.match(obj)
            if channel and ind.startswith("victims_"):  # "did not report identifying any victims through inspections"
                q, yflags = channel.group("ch"), yflags | {"breakdown"}
            sub = z["subgroup_rx"].match(obj)
            if sub and ind.startswith("victims_"):  # "did not identify any foreign victims": that group only
                q = sub.group("sub") if sub.group("sub")[0].isupper() else sub.group("sub").lower()
                yflags = yflags | {"breakdown"}
            row = out.add(
                ctx,
                ind,
                number_text=ctx.text[m.start() : m.start("object")],
                year=year,
                flags={"zero_stated"} | yflags,
                value=0.0,
                unit=out.defs[ind].unit.split(" ")[0],
                qualifier=q,
                pos=m.start(),
            )
            row["_pos"] = m.start()
            made.append(row)
    return made
