"""Indicator extraction: the seeds folder in, the evidence-locked indicator table out.

Each catalogued document is ingested (``tipbrief.indicators.ingest``) and read sentence by sentence by the
rules in ``tipbrief.indicators.rules`` (patterns in ``extract_rules.yml``, word lists in ``vocabulary.yml``):

* ``rules.counts``: a pattern per indicator finds the number ("investigated 22 trafficking cases");
  a sentence is cut at "compared with" / "decrease from" / "the same number as" / "and 41 in 2020";
  a comparison ends where a clause with its own verb begins (", and courts convicted 106 ..."), and
  numbers in it that no pattern claims take the indicator of the number in the same place in the
  clause before it (a zero stated in words counts too), each side with its own year; "In 2020, ..."
  dates every clause; zero in words ("did not report any convictions", "no one was convicted under
  article 130", "convicted no traffickers"; "did not identify any foreign victims" is a zero for that group
  only); "prosecuted four of them"; "rescued 45 children" (qualifier "rescued children"); "through the
  hotline" (a part when a total is also given); "The government and NGOs" is no NGO-only figure;
  breakdowns ("(31 sex trafficking, 12 labor trafficking)", "—eight for ...—",
  "including 40 women, 20 men", "Of these cases, 72 were ...", "; of these, 99 were ...", ", of whom
  150 were ...", "; 22 cases for sex trafficking"), never when the clause has its own indicator;
* ``rules.statements``: penalty ranges, tiers, money with its dollar equivalent, action plans,
  hotlines, treaties and laws;
* ``rules.mentions``: profile mentions and recommendation topics.

Sentences of a recommendations section state no figures. Then values that two sources state
differently for one country are flagged ``conflict`` and every row passes
the evidence lock (``tipbrief.indicators.evidence``) or nothing is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from tipbrief.indicators import evidence
from tipbrief.indicators.ingest import Sentence, ingest
from tipbrief.indicators.rules import counts, mentions, statements
from tipbrief.indicators.rules.context import Context, Rows, prepare
from tipbrief.indicators.table import COLUMNS, conform
from tipbrief.sources.catalog import Source, load_catalog, source_path
from tipbrief.sources.reader import read_source_text


def extract_document(source: Source, text: str) -> list[dict]:
    """Rows for one source document (``text`` is the file content as read)."""
    doc = ingest(source.id, text)
    out = Rows(source)
    prev: Sentence | None = None
    prev_rows: list[dict] = []
    for sent in doc.sentences:
        if prev is not None and prev.paragraph != sent.paragraph:
            prev, prev_rows = None, []
        ctx = Context(source, sent, prev, prev_rows)
        if sent.section.theme == "recommendations":
            continue  # "Train 300 labor inspectors": a recommendation states no figure (read by rules.mentions)
        prepare(ctx)
        zeros = counts.zero(ctx, out)
        rows = counts.numbers(ctx, out, zeros)
        rows += counts.back_reference(ctx, out, rows)
        rows += zeros
        for rule in statements.ALL:
            rows += rule(ctx, out)
        prev, prev_rows = sent, sorted((r for r in rows if r in out.rows), key=lambda r: r.get("_pos", 0)) or prev_rows
    mentions.profile_mentions(out, source, doc)
    mentions.recommendations(out, source, doc)
    for row in out.rows:
        row.pop("_pos", None)
    return out.rows


def mark_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Flag ``conflict`` where two sources give one country different values for one indicator, year and qualifier."""
    numeric = frame[frame["value"].notna() & frame["year"].notna() & (frame["unit"] != "mentions")]
    numeric = numeric[~numeric["flags"].fillna("").str.contains("breakdown")]
    keys = numeric.assign(q=numeric["qualifier"].fillna(""))
    for _, group in keys.groupby(["country", "indicator", "year", "q", "unit"], dropna=False):
        if group["source_id"].nunique() < 2 or group["value"].nunique() < 2:
            continue
        for idx, row in group.iterrows():
            others = group[group["source_id"] != row["source_id"]]
            if (others["value"] != row["value"]).any():
                current = frame.at[idx, "flags"]
                flags = set("" if pd.isna(current) else str(current).split(";")) - {""} | {"conflict"}
                frame.at[idx, "flags"] = ";".join(sorted(flags))
    return frame


def extract_corpus(seeds: Path, progress: Callable[[Source, int, int], None] | None = None) -> pd.DataFrame:
    """The indicator table for every catalogued source in ``seeds``, evidence-locked and conformed.
    ``progress(source, index, total)`` is called before each document is read (for long extractions)."""
    seeds = Path(seeds)
    catalog = load_catalog(seeds)
    rows: list[dict] = []
    texts: dict[str, str] = {}
    for index, source in enumerate(catalog.sources):
        if progress is not None:
            progress(source, index, len(catalog.sources))
        text = read_source_text(source_path(seeds, source))
        texts[source.id] = text
        rows += extract_document(source, text)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame = conform(frame)
    frame = mark_conflicts(frame.astype({"flags": "object"})).astype({"flags": "string"})
    evidence.check(frame, texts)
    return frame.reset_index(drop=True)
