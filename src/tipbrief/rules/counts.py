"""Counts: patterns per indicator, comparisons, breakdowns and zero stated in words."""

from __future__ import annotations

import re

from ..numbers import NUMBER, YEAR_RE, parse_number
from .context import (
    APPROX,
    HAS_NUMBER,
    IGNORECASE,
    Context,
    Rows,
    depth,
    is_distractor,
    parse_count,
    resolve_year,
    rules,
    statute,
)

_BY_NGO = re.compile(r"^[\w ,]{0,20}?\b(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,40}$")


_FROM_PLACE = re.compile(r"^ (?:from|in) (?P<place>(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)")


def numbers(ctx: Context, out: Rows) -> list[dict]:
    r = rules()
    made: list[dict] = []
    if not any(not is_distractor(ctx, m.start(), m.end()) for m in HAS_NUMBER.finditer(ctx.text)):
        return made  # only years, article numbers, ages...: nothing to count
    claimed: set[int] = set()
    present = {m.group().lower() for m in r["needs_rx"].finditer(ctx.text)}
    for rule in r["numeric"]:
        if not rule["needs_set"] & present:
            continue
        for rx in rule["compiled"]:
            for m in rx.finditer(ctx.text):
                s, e = m.span("n")
                if is_distractor(ctx, s, e):
                    continue
                value, flags = parse_count(m.group("n"))
                if APPROX.search(ctx.text[max(0, s - 20) : s]):
                    flags.add("approximate")
                year, yflags = resolve_year(ctx, s)
                q = m.groupdict().get("q")
                if q is not None:
                    q = r["qualifier_forms"].get(q.lower(), q.lower())
                if q and rule.get("breakdown_if_q"):
                    flags.add("breakdown")
                a, b = ctx.bounds(ctx.segment(s))
                if out.defs[rule["indicator"]].theme == "prosecution" and not q:
                    q = statute(ctx, a, b)
                if out.defs[rule["indicator"]].theme == "protection" and not q and _BY_NGO.search(ctx.text[a:s]):
                    q = "by NGOs or international organizations"
                place = _FROM_PLACE.match(ctx.text[m.end() :])
                if place and rule["indicator"] in ("victims_identified", "victims_assisted", "victims_referred"):
                    q, flags = f"from {place.group('place')}", flags | {"breakdown"}  # "two victims from Uzbekistan"
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
    made += _comparisons(ctx, out, made, claimed)
    made += _parenthetical(ctx, out, made)
    return made


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


def _comparisons(ctx: Context, out: Rows, made: list[dict], claimed: set[int]) -> list[dict]:
    """Numbers after "compared with" take the indicator of the number in the same place before it."""
    r = rules()
    primary = [row for row in made if ctx.segment(row["_pos"]) == 0 and "breakdown" not in (row["flags"] or "")]
    extra: list[dict] = []
    if not primary:
        return extra
    for seg in range(1, len(ctx.cuts) + 1):
        a, b = ctx.bounds(seg)
        if a in ctx.clause_cuts:  # a new clause after ";" is not a comparison
            continue
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
            base = primary[idx]
            value, flags = parse_count(text)
            if APPROX.search(ctx.text[max(0, s - 20) : s]):
                flags.add("approximate")
            year, yflags = resolve_year(ctx, s)
            new = out.add(
                ctx,
                base["indicator"],
                number_text=text,
                year=year,
                flags=flags | yflags,
                value=value,
                unit=base["unit"],
                qualifier=base["qualifier"],
                pos=s,
                confidence=0.8,
            )
            new["_pos"] = s
            claimed.add(s)
            extra.append(new)
    return extra


def _parenthetical(ctx: Context, out: Rows, made: list[dict]) -> list[dict]:
    """ "45 cases (31 sex trafficking, 12 labor trafficking, and two unspecified)": parts of a total.

    "(67 in 2021)" after a figure is a comparison with that year, not a part.
    """
    extra: list[dict] = []
    for row in list(made):
        if row["value"] is None or "breakdown" in (row["flags"] or ""):
            continue
        after_number = row["_pos"] + len(row["number_text"])
        m = re.match(r"[^()]{0,40}?\((?P<body>[^()]+)\)", ctx.text[after_number:]) or re.match(
            rf"[^()]{{0,40}}?, (?P<body>including {NUMBER} [^,;.()]+?)(?=[,;.]|$)", ctx.text[after_number:], IGNORECASE
        )
        if not m or HAS_NUMBER.search(YEAR_RE.sub("", ctx.text[after_number : after_number + m.start("body") - 1])):
            continue
        body_start = after_number + m.start("body")
        body = m.group("body")
        if not re.match(rf"\s*(?:and\s+|including\s+|of whom\s+)?{NUMBER}", body, IGNORECASE):
            continue
        for item in re.finditer(rf"(?P<n>{NUMBER})\s+(?P<q>[a-z][\w -]*?)\s*(?=,|;|$| and )", body, IGNORECASE):
            s = body_start + item.start("n")
            label = re.sub(r"^(?:for|were|was|in|of)\s+", "", item.group("q").strip())
            flags = set((row["flags"] or "").split(";")) - {""}
            year_in_label = re.fullmatch(r"(?:in )?((?:19|20)\d\d)", item.group("q").strip())
            if year_in_label:  # "(67 in 2021)"
                year, flags = int(year_in_label.group(1)), flags - {"year_inferred", "year_ambiguous"}
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


def back_reference(ctx: Context, out: Rows, made: list[dict]) -> list[dict]:
    """ "Of these cases, 72 were for sexual exploitation": parts of the previous sentence's total."""
    r = rules()
    if not r["back_rx"].search(ctx.text) or not ctx.prev_rows:
        return []
    base = next(
        (row for row in ctx.prev_rows if row["value"] is not None and row["theme"] in ("prosecution", "protection")),
        None,
    )
    if base is None:
        return []
    comma = ctx.text.find(",")
    extra = []
    item = (
        rf"(?P<n>{NUMBER})(?: (?:were|was))? (?:(?:for|in|exploited in|victims of|involved) )?(?:the )?"
        rf"(?P<q>[^,;.()]+?)(?=,|;|\.|$| \(| and (?:{NUMBER}))"
    )
    for m in re.finditer(item, ctx.text[comma:], IGNORECASE):
        s = comma + m.start("n")
        if is_distractor(ctx, s, comma + m.end("n")) or depth(ctx.text, s) > 0:
            continue
        value, flags = parse_count(m.group("n"))
        if APPROX.search(ctx.text[max(0, s - 20) : s]):
            flags.add("approximate")
        q = m.group("q").strip()
        q = q if len(q) <= 60 else q[:57].rsplit(" ", 1)[0] + "..."
        new = out.add(
            ctx,
            base["indicator"],
            number_text=m.group("n"),
            year=base["year"],
            flags=flags | {"breakdown"} | ({"year_inferred"} if base["year"] else {"year_ambiguous"}),
            value=value,
            unit=base["unit"],
            qualifier=q,
            pos=s,
            confidence=0.8,
        )
        new["_pos"] = s
        extra.append(new)
    # the total restated in "Of the 15 identified victims" is not a new figure: drop duplicates of it
    for row in made:
        if row["value"] == base["value"] and row["indicator"] == base["indicator"] and row in out.rows:
            out.rows.remove(row)
    return extra


def zero(ctx: Context, out: Rows) -> list[dict]:
    z = rules()["zero"]
    made = []
    for m in z["rx"].finditer(ctx.text):
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
            form = re.search(r"\bfor (sex trafficking|forced labou?r|labou?r trafficking)\b", obj, IGNORECASE)
            q = q or (form.group(1).lower() if form else None)
            row = out.add(
                ctx,
                ind,
                number_text=ctx.text[m.start() : m.end("list")],
                year=year,
                flags={"zero_stated"} | yflags,
                value=0.0,
                unit=out.defs[ind].unit.split(" ")[0],
                qualifier=q,
                pos=m.start(),
            )
            made.append(row)
    return made
