"""Generated parts of the briefing: conflicts list, appendix rows, section embeds, escaping (fast)."""

from __future__ import annotations

import re
import subprocess

import nbformat
from briefing_fixture import HOSTILE, indicator_table

from tipbrief.briefing.builtin import READER
from tipbrief.briefing.pandoc_tool import pandoc_path
from tipbrief.briefing.parts import (
    appendix_rows,
    conflicts,
    file_stem,
    html_span,
    latest_tier,
    section_embeds,
    status_line,
    summary_embeds,
)


def test_conflicts_group_values_of_the_same_indicator_and_year():
    groups = conflicts(indicator_table(), {"tip-2022": "TIP 2022", "embassy-cable-2006": "Cable"})
    assert groups == [{"label": "investigations", "year": 2021, "entries": [
        {"text": "35", "ref": "ev-inv-2021-b", "source": "Cable"},
        {"text": "31", "ref": "ev-inv-2021", "source": "TIP 2022"}]}]


def test_appendix_rows_are_sorted_and_shortened():
    table = indicator_table()
    table.loc[0, "quote"] = "word " * 100
    rows = appendix_rows(table)
    assert [r["indicator"] for r in rows][:3] == ["convictions", "convictions", "investigations"]
    assert rows[0]["quote"].endswith(" …") and len(rows[0]["quote"]) <= 242
    assert any(HOSTILE in r["quote"] for r in rows), "escaping happens in the template, not here"


def test_latest_tier_is_the_newest_report():
    tier = latest_tier(indicator_table())
    assert (tier.text, tier.year, tier.ref) == ("Tier 2", 2025, "ev-tier-2025")


def test_status_line_names_the_kind_of_source_and_a_secondary_one():
    table = indicator_table()
    tiers = table[table["indicator"] == "tier"]
    newest = tiers.loc[tiers["year"].idxmax()]
    others = {str(s): "government report" for s in table["source_id"].unique()}
    line = status_line(table, {**others, str(newest["source_id"]): "news article"})
    assert f'({int(newest["year"])} TIP Report, per a news article)' in line
    assert "only a secondary source states it" in line
    primary = status_line(table, {**others, str(newest["source_id"]): "government report"})
    assert "per a government report" in primary and "secondary" not in primary


def test_section_embeds_route_labels(tmp_path):
    def cell(label):
        return nbformat.v4.new_code_cell(f"#| label: {label}\nx")

    legal = ["findings-legal", "fig-legal-timeline", "fig-legal-recurrence", "tbl-legal-recommendations",
             "findings-recommendations", "tbl-legal-evidence"]
    nbformat.write(nbformat.v4.new_notebook(cells=[cell(label) for label in legal]), tmp_path / "legal.ipynb")
    overview = ["key-figures", "findings-overview", "tier-history", "fig-overview-tier"]
    nbformat.write(nbformat.v4.new_notebook(cells=[cell(label) for label in overview]), tmp_path / "overview.ipynb")
    labels = {s: [e["label"] for e in section_embeds(tmp_path, s, "/nb")] for s in ("legal", "recommendations",
                                                                                   "overview", "prosecution")}
    assert labels == {"legal": ["findings-legal", "fig-legal-timeline"],
                      "recommendations": ["fig-legal-recurrence", "tbl-legal-recommendations",
                                          "findings-recommendations"],
                      "overview": ["fig-overview-tier"], "prosecution": []}
    assert summary_embeds(tmp_path, "/nb") == [{"path": "/nb/overview.ipynb", "label": "findings-overview"}]


def test_file_stem():
    assert file_stem("Côte d'Ivoire") == "cote-d-ivoire-tip-briefing"  # transliterated (issue 10)
    assert file_stem("Tajikistan") == "tajikistan-tip-briefing"


def test_appendix_values_read_as_categories_counts_or_quote():
    table = indicator_table().head(3).copy()
    long_text = "Adopt and implement SOPs to identify trafficking victims and refer them to care and train"
    table["quote"] = ["Russia, Russia and Russia.", "Tajikistan (Tier 2 Watch List)", long_text + " stakeholders."]
    table["value"] = [3.0, 2.5, float("nan")]
    table["value_text"] = ["Russia", "Tier 2 Watch List", long_text + "..."]
    table["unit"] = ["mentions", "tier", "text"]
    table["indicator"] = ["destination", "tier", "recommendation"]
    values = {r["indicator"]: r["value"] for r in appendix_rows(table)}
    assert values["destination"] == "Russia (3 mentions)"
    assert values["tier"] == "Tier 2 Watch List", "a tier's rank number is for sorting, not for readers"
    assert values["recommendation"] == "as quoted"
    table.loc[table.index[0], "value"] = 1.0
    assert {r["indicator"]: r["value"] for r in appendix_rows(table)}["destination"] == "Russia (1 mention)"


def test_conflicts_keep_what_the_source_says_about_a_figure():
    table = indicator_table()
    row = table.index[table["id"] == "ev-inv-2021-b"][0]
    table.loc[row, ["quote", "number_text"]] = ["Police opened up to 35 cases.", "35"]
    entries = {e["ref"]: e["text"] for e in conflicts(table, {})[0]["entries"]}
    assert entries == {"ev-inv-2021-b": "up to 35", "ev-inv-2021": "31"}


def test_a_raw_span_cell_is_one_inert_node_in_a_pipe_table():
    """The appendix's quotes are raw HTML spans (one node for Quarto's filters): a source's markup, table pipes
    and backticks stay text, and the table keeps its columns."""
    quote = f"{HOSTILE} a | b `c` & d"
    cell = html_span(quote, lang="en")
    table = f"| Value | Quote |\n|:--|:--|\n| 31 | {cell} {html_span('ev-1', id='ev-1', cls='evidence-id')} |\n"
    out = subprocess.run([str(pandoc_path()), "-f", READER, "-t", "html"], input=table, capture_output=True,
                         text=True, check=True).stdout
    assert out.count("<td") == 2 and "<script>" not in out and "<img" not in out
    assert '<span lang="en">&lt;script&gt;alert(1)&lt;/script&gt;' in out and "a &#124; b &#96;c&#96; &amp; d" in out
    assert '<span id="ev-1" class="evidence-id">ev-1</span>' in out


def test_russian_appendix_summary_names_themes_and_indicators_in_russian():
    # the Russian PDF's per-indicator table read "prevention | action plan", "prosecution | penalty min years"
    from tipbrief import i18n
    from tipbrief.briefing.parts import appendix_summary

    table = indicator_table()
    english = appendix_summary(table)
    assert {"theme": "prosecution", "indicator": "convictions"}.items() <= english[0].items()
    with i18n.language("ru"):
        russian = appendix_summary(table)
    assert [r["count"] for r in russian] == [r["count"] for r in english]
    assert russian[0]["theme"] == "Уголовное преследование"
    for r in russian:
        assert not re.search(r"[A-Za-z]", r["theme"] + r["indicator"]), r


def test_an_empty_chart_gives_its_place_to_one_line(tmp_path):
    # review3: a country with one report saw "No figures in the sources" and "No recommendation made by 2+
    # reports" as charts of blank frame; the section now shows the line in their place, and a chart with data stays
    from tipbrief.toolkit.style import EMPTY_KEY

    def cell(label, empty=""):
        c = nbformat.v4.new_code_cell(f"#| label: {label}\nx")
        meta = {"image/svg+xml": {"alt": "a chart", **({EMPTY_KEY: empty} if empty else {})}}
        c.outputs = [nbformat.v4.new_output("display_data", data={"image/svg+xml": "<svg/>"}, metadata=meta)]
        return c

    cells = [cell("findings-prosecution"), cell("fig-prosecution-funnel", "No figures in the sources (2000–2030)"),
             cell("fig-prosecution-other")]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), tmp_path / "prosecution.ipynb")
    embeds = section_embeds(tmp_path, "prosecution", "/nb")
    said = [e.get("text", "").replace("\\", "") for e in embeds]
    assert said == ["", "No figures in the sources (2000–2030).", ""], said
    from tipbrief.briefing.parts import _env

    text = _env().get_template("embeds.md.j2").render(embeds=embeds)
    assert "#fig-prosecution-funnel" not in text and "No figures in the sources" in text
    assert "#fig-prosecution-other" in text


def test_the_site_index_marks_briefings_of_other_sources(tmp_path):
    # review3: the index listed 8 briefings where the last build made 4 (every seeds folder ever built)
    import json

    from tipbrief.briefing.countries import write_site_index
    from tipbrief.briefing.pipeline import BUILD_RECORD

    for slug, name in (("ghana", "Ghana"), ("cuba", "Cuba")):
        (tmp_path / slug).mkdir()
        (tmp_path / slug / BUILD_RECORD).write_text(json.dumps({"country": name, "version": "0.1.0", "files": {}}))
    page = write_site_index(tmp_path, built={"ghana"}).read_text(encoding="utf-8")
    assert "Cuba (an earlier build from other sources)" in page
    assert "Ghana (an earlier" not in page and page.index("Ghana") < page.index("Cuba")
