"""Rows across sources: conflicts only within one country, a law one source names by its kind, recommendations that
recur between reports."""

from __future__ import annotations

import yaml

from tipbrief.indicators.extract import KIND_LAW, extract_corpus
from tipbrief.indicators.rules.ruleset import vocabulary


def _catalog(seeds, texts: list[tuple[str, str]]) -> None:
    """``seeds`` holding one 2021 report per (country, text), their reporting year 2020."""
    seeds.mkdir()
    entries = []
    for i, (country, text) in enumerate(texts):
        (seeds / f"{i}.txt").write_text(text + "\n", encoding="utf-8")
        entries.append({"id": f"tip-{i}", "file": f"{i}.txt", "title": f"Report {i}", "publisher": "Test",
                        "kind": "government report", "country": country, "year": 2021,
                        "period": {"start": 2020, "end": 2020}, "reporting_year": 2020, "licence": "test",
                        "attribution": "test", "reliability": "test"})
    (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")


def test_conflicts_only_within_one_country(tmp_path):
    _catalog(tmp_path / "seeds", [(country, f"In 2020, the government initiated {n} investigations.")
                                  for country, n in [("Armenia", 16), ("Georgia", 20), ("Georgia", 22)]])
    frame = extract_corpus(tmp_path / "seeds")
    flagged = frame[frame["flags"].fillna("").str.contains("conflict")]
    assert sorted(flagged["source_id"]) == ["tip-1", "tip-2"]


def test_a_law_named_by_its_kind_takes_the_name_another_source_gives_it(tmp_path):
    named = "The 2009 Prevention of Trafficking in Persons Act criminalized sex trafficking and labor trafficking."
    kind = "Officials did not fully implement the protection provisions of the 2009 anti-trafficking act."
    _catalog(tmp_path / "seeds", [("Ruritania", named), ("Ruritania", kind), ("Borduria", kind),
                                  ("Borduria", kind.replace("2009", "2014"))])
    laws = extract_corpus(tmp_path / "seeds").query("indicator == 'law'")
    by_source = dict(zip(laws["source_id"], zip(laws["year"], laws["value_text"], strict=True), strict=True))
    assert by_source == {
        "tip-0": (2009, "Prevention of Trafficking in Persons Act"),
        "tip-1": (2009, "Prevention of Trafficking in Persons Act"),  # one law, as the country's other source names it
        "tip-2": (2009, "anti-trafficking law"),  # no name of it in the country's rows: its kind ...
        "tip-3": (2014, "anti-trafficking law"),  # ... and so for a law of another year (none is taken from another)
    }
    assert "anti-trafficking act" in laws.set_index("source_id").loc["tip-1", "quote"]  # the quote as the source says
    assert KIND_LAW in vocabulary()["instruments"]  # the name the pass looks for is the one the rules give


def test_seed_recommendations_recur_between_reports(seeds_table):
    recs = seeds_table[seeds_table["indicator"] == "recommendation"]
    # one row per recommendation, its text the quote, its topic the first that vocabulary.yml lists
    assert (recs["value_text"] == recs["quote"]).all() and recs["value"].isna().all()
    assert not recs.duplicated(["source_id", "sentence_id"]).any()
    assert len(recs[recs["source_id"] == "tip-2022"]) == 12  # the 2022 TIP Report's twelve prioritized recommendations
    by_topic = recs.groupby("qualifier")["source_id"].agg(set)
    for topic in ("victim identification SOPs", "prosecute traffickers and complicit officials",
                  "cotton harvest forced labor", "funding for victim care", "law enforcement data",
                  "recruitment fees"):
        assert set(by_topic[topic]) == {"tip-2022", "news-2025"}, topic
    for topic in ("witness protection", "non-penalization", "training", "pre-departure/post-return services"):
        assert "tip-2022" in by_topic[topic]
