"""Indicator extraction: the seeds folder in, the evidence-locked indicator table out.

Each catalogued document is ingested (``tipbrief.indicators.ingest``) and read sentence by sentence by the
rules in ``tipbrief.indicators.rules`` (patterns in ``extract_rules.yml``, word lists in ``vocabulary.yml``).
``rules.clauses`` first reads the sentence once (data years, comparison and clause cuts, what the
count patterns match); then the rules, which only read that state, make rows:

* ``rules.zeros``: none stated in words ("did not report any convictions", "convicted no traffickers");
* ``rules.counts``: the figure each count pattern reads ("investigated 22 trafficking cases"), with
  the qualifier its context gives (statute, "rescued children", "through the hotline", NGOs);
* ``rules.breakdowns``: one verb with two parts, brackets, "including" lists, "Of these, ...";
* ``rules.comparisons``: figures after "compared with", "a decrease from", "the same number as";
* ``rules.statements``: penalty ranges, tiers, money with its dollar equivalent, action plans,
  hotlines, treaties and laws;
* ``rules.generic``: last, the figures no rule above used, where a stage verb or noun makes the stage plain
  (flagged ``review``);
* ``rules.mentions``: profile mentions and recommendation topics.

Every row records the id of the rule that read it (the table's ``rule`` column). Sentences of a
recommendations section state no figures. Then a law named by its kind alone takes the name the country's
rows give it, values that two sources state differently for one country are flagged ``conflict``, and every
row passes the evidence lock (``tipbrief.indicators.evidence``) or nothing is returned.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tipbrief.errors import ExtractionError
from tipbrief.indicators import evidence, readers, rowcache
from tipbrief.indicators.row import Row, rekeyed
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.sources.catalog import Catalog, Source, load_catalog, source_path
from tipbrief.sources.reader import max_source_bytes, read_source_text

if TYPE_CHECKING:
    import pandas as pd

    from tipbrief.indicators.ingest import Sentence


def extract_document(source: Source, text: str) -> list[Row]:
    """Rows for one source document (``text`` is the file content as read)."""
    # the rules load when a document is first read: rows served by the row cache need none of them
    from tipbrief.indicators.ingest import ingest
    from tipbrief.indicators.rules import breakdowns, comparisons, counts, generic, mentions, statements, zeros
    from tipbrief.indicators.rules.clauses import prepare
    from tipbrief.indicators.rules.context import Context, Rows
    from tipbrief.indicators.rules.wordscan import scan

    doc = ingest(source.id, text)
    words = scan([sent.text for sent in doc.sentences])  # the gates' words each sentence holds, found at once
    out = Rows(source)
    bracketed = tuple(sent.text for sent in doc.sentences if "(" in sent.text)
    prev: Sentence | None = None
    prev_rows: list[Row] = []
    for sent, (held, known) in zip(doc.sentences, words, strict=True):
        if prev is not None and prev.paragraph != sent.paragraph:
            prev, prev_rows = None, []
        ctx = Context(source, sent, prev, prev_rows, words=held, known=known, bracketed=bracketed)
        if sent.section.theme == "recommendations":
            continue  # "Train 300 labor inspectors": a recommendation states no figure (read by rules.mentions)
        prepare(ctx)
        # (a reader is called only where its entry test, the regexes one of which it needs, may match: Context.enters)
        zero_rows = zeros.zero(ctx, out) if ctx.enters(zeros.zero.entry) else []
        rows, claimed = counts.numbers(ctx, out)
        if ctx.has_figures:
            rows += breakdowns.coordinated(ctx, out, rows, claimed)
            rows += breakdowns.form_siblings(ctx, out, rows, claimed)
            stand_ins = [] if zero_rows else comparisons.unreported_bases(ctx, out)
            rows += comparisons.compare(ctx, out, rows, claimed, zero_rows or stand_ins)
            for row in stand_ins:  # (a number not reported is no row: only what it was compared with)
                out.rows.remove(row)
            for row in [r for r in rows if counts.NOT_VICTIMS_BASE in r.flags]:
                out.rows.remove(row)  # (persons not all victims, "31 children but did not differentiate how many
                rows.remove(row)  # were victims": no row, only what it was compared with)
            rows += breakdowns.parenthetical(ctx, out, rows, claimed)
        elif zero_rows:
            # "This compared with no prosecutions or convictions during the previous reporting period": zeros of a
            # sentence that only compares count what the sentence before counted (its unit; batch 53)
            comparisons.compare(ctx, out, rows, claimed, zero_rows)
        backs = breakdowns.back_reference(ctx, out, rows) if ctx.enters(breakdowns.back_reference.entry) else []
        comparisons.lone_part_series(ctx, out, rows, backs)  # "Of the 413 ..., 30 were child victims, compared with 33"
        rows += backs
        rows += breakdowns.all_were(ctx, out, rows) if ctx.enters(breakdowns.all_were.entry) else []
        if ctx.enters(breakdowns.all_victims_served.entry):
            rows += breakdowns.all_victims_served(ctx, out, rows)  # "referred all victims to assistance": the total's
        rows += breakdowns.named_bracket(ctx, out, rows) if ctx.enters(breakdowns.named_bracket.entry) else []
        rows += breakdowns.respectively_forms(ctx, out, rows)  # "“illegal marriage” and “illegal adoption,” ... (64
        # and three, respectively, in 2020)": each quoted form's part of that year
        rows += breakdowns.labelled(ctx, out, rows) if ctx.enters(breakdowns.labelled.entry) else []
        rows += breakdowns.year_colon_bracket(ctx, out, rows)  # "(2017: 202 cases and 263 suspects)": that year's
        rows += breakdowns.zero_each_year(ctx, out, rows)  # "(zero in 2019 and 2018)": each year's zero
        rows = breakdowns.form_beside_zero(ctx, out, rows, zero_rows)  # "three victims of labor trafficking and ... any
        # victims of sex trafficking": the count a part too
        rows = breakdowns.potential_beside_zero(ctx, out, rows, zero_rows)  # "did not report identifying any
        # trafficking victims, but did report identifying 380 potential trafficking victims": a second count, potential
        rows = breakdowns.potential_compared(ctx, out, rows)  # "851 victims and 2,844 potential victims; ... an
        # increase from 1,750 potential victims identified the previous reporting period": that year's second count
        rows += zero_rows
        stated = [row for rule in statements.ALL if ctx.enters(rule.entry) for row in rule(ctx, out)]
        # last: figures no rule above used; the next sentence refers back to the specific rules' rows only
        generic.read(ctx, out, rows + stated, claimed)
        # the rows the next sentence may refer back to, in sentence order (statements first, as ever)
        kept = [r for _, r in sorted([*((r.pos, r) for r in rows), *((0, r) for r in stated)], key=lambda x: x[0])]
        prev, prev_rows = sent, [r for r in kept if out.holds(r)] or prev_rows
    zeros.qualify_body_zeros(out)  # "CNLTP did not report identifying any victims" beside BPM's share of that year
    zeros.zero_units_of_other_years(out)  # "did not report any ... prosecutions" beside 2019's prosecuted trafficker
    zeros.drop_contradicted_zeros(out)  # "did not report identifying any victims" beside the year's two: residue28
    zeros.drop_group_zeros(out)  # "did not report providing shelter to any adult victims" beside the year's zero
    counts.drop_spelled_examples(out)  # "Notably, police prosecuted a case of ..." beside the year's nine: one of them
    counts.drop_means_shares(out)  # "..., resulting in the identification of 85 child victims" beside the year's 199
    counts.drop_such_shares(out)  # "registered 11 such victims" beside the year's 99 an earlier sentence gave
    counts.potential_before_confirmed_forms(out)  # "confirmed eight forced labor victims and one sex ...": residue28
    counts.potential_of_confirmed(out)  # "Of the 46 potential victims, authorities confirmed five": the 46 potential
    counts.shares_of_joint_total(out)  # "Agenzjja Appogg ... identified nine potential victims, while the police ..."
    counts.drop_potential_subparts(out)  # "identifying 10 of these preliminary victims" beside the year's 11 potential
    counts.drop_status_groups(out)  # "identified four victims who held status as claimants" beside the year's 29
    counts.drop_newly_identified_assisted(out)  # "assisted 83 newly identified victims" beside the year's own count
    counts.forms_across_sentences(out)  # "425 sex trafficking investigations" ... "53 labor trafficking cases": parts
    counts.form_part_of_total_elsewhere(out)  # "four cases of ... labor trafficking" beside the year's eight
    statements.drop_reserves(out)  # "reserved a budget of 39,600 patacas" beside the year's 1.72 million
    mentions.profile_mentions(out, source, doc)
    mentions.recommendations(out, source, doc)
    return list(out.rows)


#: The name vocabulary.yml ``instruments`` gives a law named by its kind alone ("the 2008 anti-trafficking act").
KIND_LAW = "anti-trafficking law"


def name_kind_laws(rows: list[Row]) -> list[Row]:
    """``rows`` where a law named by its kind alone ("the 2008 anti-trafficking act") is the one trafficking law of
    its year that the country's rows name ("The 2008 Anti-Trafficking in Persons Act criminalized ..."), in the same
    document or another: one law in the briefing, not two (its quote still says what its source says)."""
    names: dict[tuple[str, int], set[str]] = {}
    for row in rows:
        if (row.indicator == "law" and row.year is not None and row.value_text and row.value_text != KIND_LAW
                and "traffick" in row.value_text.lower()):
            names.setdefault((row.country, row.year), set()).add(row.value_text)
    ids, out = {row.id for row in rows}, []
    for row in rows:
        known = names.get((row.country, row.year or 0), ()) if row.value_text == KIND_LAW else ()
        if row.indicator == "law" and len(known) == 1:
            row = rekeyed(replace(row, value_text=next(iter(known))))
            if row.id in ids:
                continue  # (the same row read twice)
            ids.add(row.id)
        out.append(row)
    return out


def mark_conflicts(rows: list[Row]) -> None:
    """Flag ``conflict`` where two sources give one country different values for one indicator, year and qualifier."""
    groups: dict[tuple, list[Row]] = {}
    for row in rows:
        if row.value is None or row.year is None or row.unit == "mentions" or row.is_breakdown:
            continue
        groups.setdefault((row.country, row.indicator, row.year, row.qualifier or "", row.unit), []).append(row)
    for group in groups.values():
        # a row conflicts when another source states another value: counted from the group's distinct
        # (source, value) pairs, so a document of thousands of figures is linear, not quadratic
        pairs = {(r.source_id, r.value) for r in group}
        by_source = Counter(s for s, _ in pairs)
        by_value = Counter(v for _, v in pairs)
        for row in group:
            if len(pairs) - by_source[row.source_id] - by_value[row.value] + 1 > 0:
                row.flags.add("conflict")


class ExtractionWarning(UserWarning):
    """A document the extractor read but could not read well (another language, a runaway sentence ...)."""


#: A stretch of text longer than this without a sentence end (a table, a pasted PDF column) is warned about: the
#: rules read it in pieces of ``ingest.RUN_ON`` characters, the same length (not imported: ingest loads with the rules).
LONG_SENTENCE = 2_000
#: What ends a stretch of text the warning measures: a sentence end (., ! or ?) or a blank line.
_SENTENCE_END = rc.lazy(r"[.!?]|\n[ \t]*\n")
#: Common English words; a text in which fewer than ``ENGLISH_SHARE`` of the words are one of them is no English.
_ENGLISH = frozenset({"the", "of", "and", "to", "in", "a", "for", "was", "were", "with", "that", "by", "on", "is",
                      "are", "as", "from", "its", "has", "have", "had", "not", "or", "an", "be", "this", "which",
                      "their", "at", "government", "victims", "trafficking"})
ENGLISH_SHARE = 0.08
_WORD = rc.lazy(r"\w+")


def check_document(source: Source, text: str) -> str | None:
    """Why the rules cannot read ``text`` (they read English narratives), or None when they can."""
    if source.language.split("-")[0].lower() != "en":
        return f"source {source.id}: the catalog gives language {source.language!r}; the rules read English only"
    words = _WORD.findall(text[:20_000].lower())
    if len(words) >= 40:
        share = sum(map(_ENGLISH.__contains__, words)) / len(words)
        if share < ENGLISH_SHARE:
            return (f"source {source.id}: the catalog gives language 'en' but the text does not read as English "
                    f"({share:.0%} common English words); check its language in the catalog")
    return None


def _refused(source: Source, text: str) -> bool:
    """True, with a warning naming the document, when the rules cannot read it (:func:`check_document`)."""
    reason = check_document(source, text)
    if reason:
        warnings.warn(f"{reason}: no rows read from it", ExtractionWarning, stacklevel=3)
    return reason is not None


def read_document(source: Source, text: str) -> list[Row]:
    """Rows for one document as the corpus reads it: nothing, with a warning naming the document, when the
    rules cannot read it; a warning too when a sentence runs on for pages (figures there may be misread)."""
    if _refused(source, text):
        return []
    rows = extract_document(source, text)
    _warn_long(source, text)
    return rows


def _longest_run(text: str) -> int:
    """Characters of the longest stretch of ``text`` without a sentence end: the text split at them (linear, where one
    regex for a stretch of N characters or more tried every start: seconds on a corpus)."""
    return max(map(len, _SENTENCE_END.split(text)))


def _warn_long(source: Source, text: str) -> None:
    longest = _longest_run(text)
    if longest > LONG_SENTENCE:
        warnings.warn(f"source {source.id}: a sentence of {longest:,} characters (no sentence ends: a table or "
                      "a pasted column?); check the figures read from it", ExtractionWarning, stacklevel=3)


#: Documents are read in parallel processes only when the documents still to read (not in the row cache) hold at
#: least this many characters: below it, starting the processes costs more than it saves.
PARALLEL_MIN_CHARS = 400_000
#: ``TIPBRIEF_JOBS``: how many processes read documents (default: the CPUs this process may use, at most 8).
JOBS_ENV = "TIPBRIEF_JOBS"


def default_jobs() -> int:
    """Processes that read documents: ``$TIPBRIEF_JOBS`` (a whole number >= 1), else the usable CPUs (at most 8)."""
    raw = os.environ.get(JOBS_ENV, "").strip()
    if raw:
        if not raw.isdigit() or int(raw) < 1:
            raise ExtractionError(f"{JOBS_ENV}={raw!r}: expected a whole number of processes, 1 or more")
        return int(raw)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


def _worker_start() -> None:
    """A reading process leaves Ctrl-C to the command (which stops it) and ends at once on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    rc.take_compiled()  # (what the command compiled before the fork, it keeps itself)


#: What a reading process sends back for a document: its rows, its warnings, and the regexes it compiled
_Read = tuple[list[Row], list[tuple[str, type[Warning]]], list]


def _read_in_worker(job: tuple[Source, str]) -> _Read:
    """``extract_document`` in a reading process; its warnings go back to the command with its rows, and so do the
    regexes it compiled (a forked process writes no store: the command keeps them for the next command)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = extract_document(*job)
    return rows, [(str(w.message), w.category) for w in caught], rc.take_compiled()


def _read_many(jobs: list[tuple[Source, str]], processes: int) -> Iterator[list[Row]]:
    """``extract_document`` of each (source, text), in order: in ``processes`` forked processes when there is
    enough text for them to pay, else here. The first document is always read here, so the processes start with
    the rules loaded and their regexes compiled (and this process stores them for the next command)."""
    parallel = processes > 1 and len(jobs) > 2 and sum(len(text) for _, text in jobs) >= PARALLEL_MIN_CHARS
    if parallel:
        import multiprocessing
        import threading

        # a fork copies one thread only: with others running (a Jupyter kernel's), a lock they hold could never be
        # released in the children, so such a process reads here
        parallel = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    if not parallel:
        for source, text in jobs:
            yield extract_document(source, text)
        return
    yield extract_document(*jobs[0])
    # forked: the processes inherit the loaded rules, no start-up to pay; stopped (killed) when the command stops
    try:
        for rows, said, compiled in readers.imap_forked(_read_in_worker, jobs[1:], processes,
                                                        initializer=_worker_start):
            for message, category in said:
                warnings.warn(message, category, stacklevel=2)
            rc.adopt(compiled)
            yield rows
    except readers.ReaderDied as exc:
        source = jobs[1 + exc.index][0] if 0 <= exc.index < len(jobs) - 1 else None
        where = f"{source.file} ({source.id})" if source is not None else "a document"
        raise ExtractionError(f"{where}: the process reading it ended (exit code {exc.exitcode}: out of memory, "
                              "or killed?); run again with --jobs 1 to read it in the command itself") from None


def extract_rows(seeds: Path, progress: Callable[[Source, int, int], None] | None = None, *,
                 cache: bool = False, catalog: Catalog | None = None, jobs: int | None = None) -> list[Row]:
    """The rows of the indicator table for every catalogued source in ``seeds``, in order, evidence-locked
    (:func:`extract_corpus` without the DataFrame). ``catalog``: ``seeds``' catalog when already loaded;
    ``jobs``: processes that read documents (default :func:`default_jobs`), used when there is enough text."""
    seeds = Path(seeds)
    catalog = load_catalog(seeds) if catalog is None else catalog
    paths = [source_path(seeds, source) for source in catalog.sources]
    limit = max_source_bytes()
    for path in paths:  # a runaway document is refused before any other is read
        if path.is_file() and path.stat().st_size > limit:
            read_source_text(path)  # raises SourceError naming the file and the limit
    texts: dict[str, str] = {}
    found: list[list[Row] | None] = []
    todo: list[int] = []  # documents to read: not in the row cache
    refused: set[str] = set()  # documents the rules cannot read (warned about once, no more)
    for index, (source, path) in enumerate(zip(catalog.sources, paths, strict=True)):
        text = read_source_text(path)
        texts[source.id] = text
        # rows in the cache were read from this very text and entry by this extractor, so it passed the check then
        got = rowcache.cached(source, text, extract_document) if cache else None
        if got is None and _refused(source, text):
            got = []
            refused.add(source.id)
        found.append(got)
        if got is None:
            todo.append(index)
    if todo:
        from tipbrief.indicators.ingest import prepare_for

        prepare_for(sum(len(texts[catalog.sources[i].id]) for i in todo))
    if progress is not None and todo:
        progress(catalog.sources[todo[0]], 0, len(todo))
    reading = _read_many([(catalog.sources[i], texts[catalog.sources[i].id]) for i in todo],
                         default_jobs() if jobs is None else jobs)
    for n, (index, got) in enumerate(zip(todo, reading, strict=True)):
        found[index] = got
        if cache:
            rowcache.store(catalog.sources[index], texts[catalog.sources[index].id], extract_document, got)
        if progress is not None and n + 1 < len(todo):
            progress(catalog.sources[todo[n + 1]], n + 1, len(todo))
    rows: list[Row] = []
    for source, got in zip(catalog.sources, found, strict=True):
        assert got is not None
        if source.id not in refused:
            _warn_long(source, texts[source.id])
        rows += got
    rows = name_kind_laws(rows)
    mark_conflicts(rows)
    evidence.check_rows(rows, texts)
    return rows


def extract_corpus(seeds: Path, progress: Callable[[Source, int, int], None] | None = None, *,
                   cache: bool = False, jobs: int | None = None) -> pd.DataFrame:
    """The indicator table for every catalogued source in ``seeds``, evidence-locked and conformed.
    ``progress(source, index, total)`` is called before each document is read (for long extractions; ``total``
    counts the documents to read, those the row cache does not hold).
    With ``cache``, a document read before with the same text, catalog entry and extractor is not read
    again (:mod:`tipbrief.indicators.rowcache`); its rows still pass the evidence lock."""
    from tipbrief.indicators.table import to_frame

    return to_frame(extract_rows(seeds, progress, cache=cache, jobs=jobs)).reset_index(drop=True)
