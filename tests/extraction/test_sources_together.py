"""Rows across sources: conflicts only within one country, recommendations that recur between reports."""

from __future__ import annotations

import yaml

from tipbrief.indicators.extract import extract_corpus


def test_conflicts_only_within_one_country(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    entries = []
    for i, (country, n) in enumerate([("Armenia", 16), ("Georgia", 20), ("Georgia", 22)]):
        (seeds / f"{i}.txt").write_text(f"In 2020, the government initiated {n} investigations.\n", encoding="utf-8")
        entries.append({"id": f"tip-{i}", "file": f"{i}.txt", "title": f"Report {i}", "publisher": "Test",
                        "kind": "government report", "country": country, "year": 2021,
                        "period": {"start": 2020, "end": 2020}, "reporting_year": 2020, "licence": "test",
                        "attribution": "test", "reliability": "test"})
    (seeds / "catalog.yml").write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")
    frame = extract_corpus(seeds)
    flagged = frame[frame["flags"].fillna("").str.contains("conflict")]
    assert sorted(flagged["source_id"]) == ["tip-1", "tip-2"]


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
