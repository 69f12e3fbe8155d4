"""Extraction quality on real TIP narratives: recall and precision of today's extractor against hand-written rows.

Each text of ``tests/extraction/corpus/`` is catalogued alone in a temporary seeds folder and extracted by
``tipbrief.indicators.extract.extract_corpus`` (what ``tipbrief extract`` runs), then compared with the rows
of its ``.yml``, written by hand before the extractor ever saw the text. A row is
(indicator, year, value, qualifier, unit) as in ``tests/extraction/test_narratives.py``; mention rows and
recommendation rows are left out. ``--update`` stores today's figures in ``baseline.yml``, the floor that
``tests/extraction/test_corpus.py`` holds the extractor to. Each missed row is printed with its hand-written note
(the words of the text its ``.yml`` line quotes), each unexpected one with the sentence it was read from and its rule.
Texts can be named (file stems) or chosen by ``batch:`` (the batches measured before their first run, see the
corpus README); ``--update`` always measures the whole corpus.

    python benchmarks/extraction_quality.py [NAME ...] [--batch N] [--worst N] [--update]

(``--batch N`` on a batch committed before its first run gives the figure to report for text never seen.)
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

from tipbrief.errors import TipbriefError
from tipbrief.indicators.extract import extract_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "extraction" / "corpus"
BASELINE = CORPUS / "baseline.yml"
TEXT_UNITS = ("text", "period", "tier")  # units the comparison leaves out, as test_narratives does

Row = tuple  # (indicator, year, value, qualifier, unit)


@dataclass
class Score:
    """One text's comparison: expected and extracted rows, and what was missed or unexpected."""

    name: str
    expected: set[Row]
    got: set[Row]
    error: str | None = None
    notes: dict[Row, str] = field(default_factory=dict)  # missed row -> its hand-written note in the .yml
    sources: dict[Row, str] = field(default_factory=dict)  # extracted row -> "sentence  [rule]"
    recommendations: tuple[str, ...] = ()  # the text of each recommendation row (not scored: no hand rows)
    missed: set[Row] = field(init=False)
    unexpected: set[Row] = field(init=False)

    def __post_init__(self) -> None:
        self.missed = self.expected - self.got
        self.unexpected = self.got - self.expected

    @property
    def found(self) -> int:
        """Expected rows the extractor gave."""
        return len(self.expected & self.got)

    @property
    def recall(self) -> float:
        """Share of the expected rows found (1 when nothing is expected)."""
        return self.found / len(self.expected) if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Share of the extracted rows that were expected (1 when nothing was extracted)."""
        return self.found / len(self.got) if self.got else 1.0

    @property
    def loose_recall(self) -> float:
        """Recall when the qualifier is ignored: tells a figure missed from a figure filed under another qualifier."""
        strip = {(i, y, v, u) for i, y, v, _q, u in self.got}
        hits = sum(1 for i, y, v, _q, u in self.expected if (i, y, v, u) in strip)
        return hits / len(self.expected) if self.expected else 1.0


def use_corpus(folder: Path) -> None:
    """Measure another folder of texts in the corpus's format (an audit's sections kept out of the corpus)."""
    global CORPUS
    CORPUS = folder.resolve()
    _spec_text.cache_clear()
    _spec.cache_clear()


def texts() -> list[str]:
    """Names (file stems) of the corpus texts, sorted."""
    return sorted(p.stem for p in CORPUS.glob("*.txt"))


#: libyaml's loader where PyYAML has it: the batch and note checks read every ``.yml`` many times
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _spec_text(name: str) -> str:
    return (CORPUS / f"{name}.yml").read_text(encoding="utf-8")


@cache
def _spec(name: str) -> dict:
    return yaml.load(_spec_text(name), Loader=_LOADER)  # noqa: S506 - a safe loader


def load_spec(name: str) -> dict:
    """The ``.yml`` beside a corpus text: its source and its expected rows (a fresh copy on each call; each file
    is parsed once)."""
    return copy.deepcopy(_spec(name))


def row_key(d: dict) -> Row:
    """An expected row as the comparison key."""
    return (d["indicator"], d["year"], d["value"], d.get("qualifier"), d.get("unit"))


def expected_rows(spec: dict) -> set[Row]:
    """The hand-written rows of a spec as comparison keys."""
    return {row_key(d) for d in spec["rows"]}


def row_notes(name: str) -> dict[Row, str]:
    """Each expected row's comment in its ``.yml`` (the words of the text it was written from)."""
    notes: dict[Row, str] = {}
    for line in _spec_text(name).splitlines():
        body, _, note = line.partition("}  # ")
        if body.lstrip().startswith("- {") and note:
            row = yaml.load(body.lstrip()[2:] + "}", Loader=_LOADER)  # noqa: S506 - a safe loader
            notes[row_key(row)] = note.strip()
    return notes


def _clean(value: object) -> object:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA else value


def frame_rows(frame: pd.DataFrame) -> set[Row]:
    """Extracted rows as comparison keys, leaving out mentions and recommendations."""
    return set(frame_sources(frame))


def frame_sources(frame: pd.DataFrame) -> dict[Row, str]:
    """Extracted rows as comparison keys -> the sentence each was read from and its rule (mentions and
    recommendations left out)."""
    frame = frame[(frame["unit"] != "mentions") & (frame["indicator"] != "recommendation")]
    out: dict[Row, str] = {}
    for r in frame.itertuples():
        value = _clean(r.value)
        if value is None:
            value = _clean(r.value_text)
        elif float(value) == int(value):
            value = int(value)
        else:
            value = float(value)
        year = _clean(r.year)
        unit = _clean(r.unit)
        key = (r.indicator, None if year is None else int(year), value, _clean(r.qualifier),
               None if unit in TEXT_UNITS else unit)
        out.setdefault(key, f"{_clean(r.quote) or ''}  [{_clean(r.rule) or '?'}]")
    return out


def catalog_entry(name: str, spec: dict) -> dict:
    """The catalog entry of one corpus text, as a user's ``sources add`` of a TIP Report narrative would make it."""
    src = spec["source"]
    return {
        "id": name, "file": f"{name}.txt", "title": f"Trafficking in Persons Report {src['year']}: {src['country']}",
        "publisher": "U.S. Department of State", "kind": "government report", "country": src["country"],
        "year": src["year"], "period": {"start": src["reporting_year"], "end": src["reporting_year"]},
        "reporting_year": src["reporting_year"], "language": "en",
        "licence": "U.S. government work", "attribution": "U.S. Department of State, Trafficking in Persons Report",
        "reliability": "development corpus", "url": src["url"],
    }


def extract_text(name: str, spec: dict) -> pd.DataFrame:
    """Extract one corpus text as ``tipbrief extract`` would: catalogued alone in a temporary seeds folder."""
    entry = catalog_entry(name, spec)
    with tempfile.TemporaryDirectory(prefix="tipbrief-corpus-") as tmp:
        seeds = Path(tmp)
        (seeds / entry["file"]).write_bytes((CORPUS / f"{name}.txt").read_bytes())
        (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": [entry]}, sort_keys=False), encoding="utf-8")
        return extract_corpus(seeds)


def score(name: str) -> Score:
    """Compare the extractor's rows for one corpus text with its hand-written rows."""
    spec = load_spec(name)
    try:
        frame = extract_text(name, spec)
    except TipbriefError as exc:  # a text the extractor refuses scores zero, with its reason
        return Score(name, expected_rows(spec), set(), error=str(exc).splitlines()[0], notes=row_notes(name))
    sources = frame_sources(frame)
    recommendations = tuple(frame.loc[frame["indicator"] == "recommendation", "value_text"].astype(str))
    return Score(name, expected_rows(spec), set(sources), notes=row_notes(name), sources=sources,
                 recommendations=recommendations)


def score_all(names: list[str] | None = None) -> list[Score]:
    """Scores of the corpus texts named (every text by default), in name order."""
    return [score(name) for name in sorted(names if names is not None else texts())]


def batch_texts(batch: int) -> list[str]:
    """The texts of one batch (``batch:`` in their ``.yml``; texts without one are batch 0, the first set)."""
    return [name for name in texts() if _spec(name).get("batch", 0) == batch]


def floor3(x: float) -> float:
    """Round down to three decimals, so a stored baseline never sits above the figure it came from."""
    return math.floor(x * 1000 + 1e-9) / 1000


def load_baseline() -> dict[str, dict[str, float]]:
    """The stored floor per text ({} when no baseline was written yet); parsed once per version of the file (the
    corpus test reads it once per text)."""
    if not BASELINE.exists():
        return {}
    return copy.deepcopy(_baseline(BASELINE.stat().st_mtime_ns))


@cache
def _baseline(_version: int) -> dict[str, dict[str, float]]:
    return yaml.load(BASELINE.read_text(encoding="utf-8"), Loader=_LOADER)["texts"]  # noqa: S506 - a safe loader


def write_baseline(scores: list[Score]) -> None:
    """Store today's recall and precision per text as the floor the ratchet test enforces."""
    body = {
        "texts": {s.name: {"recall": floor3(s.recall), "precision": floor3(s.precision)} for s in scores},
    }
    header = ("# Recall and precision of the extractor on each corpus text when last measured; written by\n"
              "# `python benchmarks/extraction_quality.py --update`. tests/extraction/test_corpus.py fails if a\n"
              "# text falls below its figures: raise them (run --update) after an improvement, never lower them.\n")
    tmp = BASELINE.with_suffix(".yml.tmp")
    tmp.write_text(header + yaml.safe_dump(body, sort_keys=True), encoding="utf-8")
    tmp.replace(BASELINE)


def _fmt(row: Row) -> str:
    indicator, year, value, qualifier, unit = row
    extra = ", ".join(x for x in (f"q={qualifier}" if qualifier else "", unit or "") if x)
    return f"{indicator} {year} = {value}" + (f" ({extra})" if extra else "")


def report(scores: list[Score], worst: int) -> None:
    """Print per-text and overall figures, then the missed and unexpected rows of the worst texts."""
    print(f"{'text':34} {'exp':>4} {'got':>4} {'hit':>4} {'recall':>7} {'prec':>6} {'recall~q':>9}")
    for s in scores:
        note = f"  ERROR: {s.error}" if s.error else ""
        print(f"{s.name:34} {len(s.expected):4} {len(s.got):4} {s.found:4} {s.recall:7.1%} {s.precision:6.1%} "
              f"{s.loose_recall:9.1%}{note}")
    expected = sum(len(s.expected) for s in scores)
    got = sum(len(s.got) for s in scores)
    found = sum(s.found for s in scores)
    loose = sum(s.loose_recall * len(s.expected) for s in scores)
    countries = {load_spec(s.name)["source"]["country"] for s in scores}
    years = sorted({load_spec(s.name)["source"]["year"] for s in scores})
    print(f"\n{len(scores)} texts, {len(countries)} countries, report years {', '.join(map(str, years))}")
    recall, precision = found / expected if expected else 1.0, found / got if got else 1.0
    print(f"overall: recall {recall:.1%} ({found}/{expected}), precision {precision:.1%} ({found}/{got}), "
          f"recall ignoring qualifier {loose / expected if expected else 1.0:.1%}")
    print(f"macro average: recall {sum(s.recall for s in scores) / len(scores):.1%}, "
          f"precision {sum(s.precision for s in scores) / len(scores):.1%}")
    ranked = sorted(scores, key=lambda s: (s.recall + s.precision, s.name))[:worst]
    for s in ranked:
        print(f"\n== {s.name}: recall {s.recall:.1%}, precision {s.precision:.1%}")
        for row in sorted(s.missed, key=str):
            note = f"\n{'':17}hand: {s.notes[row]}" if row in s.notes else ""
            print(f"   missed      {_fmt(row)}{note}")
        for row in sorted(s.unexpected, key=str):
            source = f"\n{'':17}from: {s.sources[row]}" if row in s.sources else ""
            print(f"   unexpected  {_fmt(row)}{source}")


def main(argv: list[str] | None = None) -> int:
    """Measure, print, and with ``--update`` store the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=8, help="list missed/unexpected rows of this many texts")
    parser.add_argument("--update", action="store_true", help=f"write today's figures to {BASELINE.name}")
    parser.add_argument("names", nargs="*", help="corpus texts to measure (file stems; default: all)")
    parser.add_argument("--batch", type=int, help="measure only the texts of this batch (batch: in their .yml)")
    parser.add_argument("--corpus", type=Path, help="measure the texts of this folder (same format) instead; an "
                        "audit's sections written apart from the corpus")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        if args.update:
            print("extraction_quality: --update stores the corpus's baseline; not with --corpus", file=sys.stderr)
            return 2
        use_corpus(args.corpus)
    if not texts():
        print(f"extraction_quality: no texts in {CORPUS}", file=sys.stderr)
        return 2
    unknown = sorted(set(args.names) - set(texts()))
    if unknown:
        print(f"extraction_quality: no corpus text {', '.join(unknown)} in {CORPUS}", file=sys.stderr)
        return 2
    if args.update and (args.names or args.batch is not None):
        print("extraction_quality: --update measures the whole corpus; name no texts or batch", file=sys.stderr)
        return 2
    names = list(args.names) or None
    if args.batch is not None:
        names = [n for n in batch_texts(args.batch) if not args.names or n in args.names]
        if not names:
            print(f"extraction_quality: no text of batch {args.batch} in {CORPUS}", file=sys.stderr)
            return 2
    scores = score_all(names)
    report(scores, args.worst)
    if args.update:
        write_baseline(scores)
        print(f"\nbaseline written: {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
