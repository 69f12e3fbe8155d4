"""Analyst prose with live numbers ({{< ev >}}), provenance (source links, credits, data dictionary) and counts
written as integers (issue 12, items 5 and 9): fast checks on the fixture table, no render."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from briefing_fixture import REPO, indicator_table

from tipbrief.briefing.parts import analysis_text, credits, link_target, write_parts
from tipbrief.briefing.shortcodes import Context, resolve, resolve_ev_text
from tipbrief.errors import BuildError
from tipbrief.indicators.table import COLUMNS, conform, csv_text, dictionary_markdown, read_table, write_table
from tipbrief.sources.catalog import load_catalog
from tipbrief.toolkit import cite

NAME = "briefs/analysis/tajikistan.qmd"


@pytest.fixture
def table():
    return conform(indicator_table())


def test_ev_renders_the_figure_exactly_like_other_cited_numbers(table):
    text = "Police opened {{< ev investigations 2021 source=tip-2022 >}} cases; tier {{< ev tier 2025 >}}."
    assert resolve_ev_text(text, table, NAME) == (
        f"Police opened {cite.ev_number(31, 'ev-inv-2021')} cases; tier {cite.ev('Tier 2', 'ev-tier-2025')}.")
    assert resolve_ev_text('{{< ev tier 2022 qualifier="remained" >}}', table, NAME) == \
        cite.ev(cite.escape("Tier 2 Watch List"), "ev-tier-2022")
    assert resolve_ev_text("{{< ev victims-identified 2021 >}}", table, NAME) == cite.ev_number(107, "ev-vict-2021")


def test_one_figure_stated_twice_cites_both_and_totals_win_without_a_qualifier(table):
    extra = table.iloc[[4, 4]].copy()
    extra["id"] = ["ev-vict-2021-again", "ev-vict-2021-women"]
    extra["qualifier"] = [None, "women"]
    extra.loc[extra["id"] == "ev-vict-2021-women", "value"] = 40
    both = conform(pd.concat([table, extra], ignore_index=True))
    assert resolve_ev_text("{{< ev victims_identified 2021 >}}", both, NAME) == \
        cite.ev_number(107, ["ev-vict-2021", "ev-vict-2021-again"])
    assert resolve_ev_text("{{< ev victims_identified 2021 qualifier=women >}}", both, NAME) == \
        cite.ev_number(40, "ev-vict-2021-women")


@pytest.mark.parametrize(("code", "why"), [
    ("{{< ev investigations 2021 >}}", "matches 2 different figures: 31 (source=tip-2022); "
                                       "35 (source=embassy-cable-2006); add an option to choose one"),
    ("{{< ev investigations 2019 >}}", "matches no figure; investigations has years 2021"),
    ("{{< ev arrests 2021 >}}", "matches no figure (no indicator 'arrests' in the table)"),
    ("{{< ev investigations 2021 source=nowhere >}}", "matches no figure; investigations 2021 has: "),
    ("{{< ev investigations >}}", "expected an indicator and a year"),
    ("{{< ev investigations 2021 sauce=x >}}", "unknown option 'sauce'"),
])
def test_no_figure_or_two_is_one_line_naming_file_line_and_shortcode(table, code, why):
    with pytest.raises(BuildError) as err:
        resolve_ev_text(f"Title\n\nSome text {code} more.\n", table, NAME)
    message = str(err.value)
    assert message.startswith(f"{NAME}:3: {code}: ") and why in message and "\n" not in message


def test_other_shortcodes_are_left_for_the_engine_and_ev_elsewhere_is_refused(table, tmp_path):
    assert resolve_ev_text("{{< meta version >}} {{{< ev x 1 >}}}", table, NAME) == \
        "{{< meta version >}} {{{< ev x 1 >}}}"
    with pytest.raises(BuildError, match=r"\{\{< ev investigations 2021 >\}\}: live numbers are resolved in "
                                         r"analyst files only \(briefs/analysis/<country-slug>\.qmd\)"):
        resolve("{{< ev investigations 2021 >}}", Context(root=tmp_path, meta={}), tmp_path)


def test_analyst_file_is_read_never_written_and_its_comments_are_dropped(tmp_path, table):
    folder = tmp_path / "briefs" / "analysis"
    folder.mkdir(parents=True)
    path = folder / "tajikistan.qmd"
    path.write_text("<!-- note to self {{< ev nothing 1999 >}}\n-->\n## Mine\n\nWe count "
                    "{{< ev convictions 2020 >}}.\n\n{{< ev convictions 1990 >}}\n", encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(BuildError, match=r"^briefs/analysis/tajikistan\.qmd:7: \{\{< ev convictions 1990 >\}\}"):
        analysis_text(tmp_path, "Tajikistan", table)
    path.write_text(path.read_text(encoding="utf-8").replace("{{< ev convictions 1990 >}}", ""), encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    out = analysis_text(tmp_path, "Tajikistan", table)
    assert out == f"## Mine\n\nWe count {cite.ev_number(26, 'ev-conv-2020')}.\n"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert analysis_text(tmp_path, "Nepal", table) == "", "no analyst file for a country: no section"


def test_the_default_note_resolves_on_the_shipped_analyst_file(table):
    text = analysis_text(REPO, "Tajikistan", table)
    assert "Example analyst note: replace it" in text and "{{<" not in text
    assert cite.ev_number(31, "ev-inv-2021") in text and cite.ev_number(26, "ev-conv-2020") in text


def _parts(root, table):
    write_table(table, root / "_build" / "data" / "indicators.csv")
    (root / "_build" / "notebooks").mkdir(parents=True, exist_ok=True)
    names = {"html": "b.html", "pdf": "b.pdf", "csv": "indicators.csv", "dictionary": "indicators.dictionary.md"}
    write_parts(root / "_build" / "briefing", root=root, catalog=load_catalog(root / "seeds"), table=table,
                table_json=root / "_build" / "data" / "indicators.json", notebooks_dir=root / "_build" / "notebooks",
                version="1.0.0", date="2026-01-01", digest="f" * 64, file_names=names)
    return root / "_build" / "briefing"


def test_sources_link_their_address_and_citation_names_configured_credits(tmp_path, table):
    root = tmp_path / "p"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "briefs", root / "briefs")
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    parts = _parts(root, table)
    catalog = (parts / "catalog.md").read_text(encoding="utf-8")
    assert "[2022 Trafficking in Persons Report\\: Tajikistan](https://www.state.gov/reports/" in catalog
    assert "(https://en.wikipedia.org/wiki/Human_trafficking_in_Tajikistan)" in catalog
    text = (parts / "cite.md").read_text(encoding="utf-8")
    assert "tipbrief" not in text.split("\n")[0].lower(), "the tool is never the author"
    assert text.startswith("> *Tajikistan\\: Trafficking in Persons Briefing*, version 1\\.0\\.0"), "no placeholder"
    assert "Analyst note: name the publisher" in text and "Set `publisher:`" in text, "the default says what to set"
    assert "indicators.dictionary.md" in (parts / "downloads.md").read_text(encoding="utf-8")
    config = (root / "_quarto.yml").read_text(encoding="utf-8")
    (root / "_quarto.yml").write_text(config + '\nauthor:\n  - "Ana Analyst"\n  - name: {given: Bo, family: Writer}\n'
                                      'publisher: "Anti-Slavery Desk"\n', encoding="utf-8")
    assert credits(root) == (["Ana Analyst", "Bo Writer"], "Anti-Slavery Desk")
    line = (_parts(root, table) / "cite.md").read_text(encoding="utf-8").split("\n")[0]
    assert line.startswith("> Ana Analyst, Bo Writer. *Tajikistan\\: Trafficking in Persons Briefing*, version 1")
    assert "Anti\\-Slavery Desk." in line
    assert "Analyst note" not in (root / "_build" / "briefing" / "cite.md").read_text(encoding="utf-8")


def test_link_targets_are_plain_web_addresses_only():
    assert link_target("https://example.org/a b(c)") == ""
    assert link_target("https://example.org/a_(b)") == "https://example.org/a_%28b%29"
    assert link_target("javascript:alert(1)") == "" and link_target(None) == ""


def test_csv_writes_counts_as_integers_and_reads_back(tmp_path, table):
    table.loc[0, "value"] = 49.0
    table.loc[1, "value"] = 1600000.0
    table.loc[2, "value"] = 2.5
    text = csv_text(table)
    assert "49.0" not in text and ",49," in text and ",1600000," in text and ",2.5," in text
    write_table(table, tmp_path / "indicators.csv")
    again = read_table(tmp_path / "indicators.csv")
    assert again["value"].tolist()[:3] == [49.0, 1600000.0, 2.5]


def test_data_dictionary_follows_the_schema_and_states_licences(table):
    sources = load_catalog(REPO / "seeds").sources
    text = dictionary_markdown(table, sources)
    for column in COLUMNS:
        assert f"| `{column}` |" in text
    assert "| `conflict` |" in text and "| `zero_stated` |" in text
    wiki = next(line for line in text.splitlines() if line.startswith("| `encyclopedia-2008`"))
    assert "CC BY-SA 4.0" in wiki and "Wikipedia contributors" in wiki and "wikipedia.org" in wiki
    assert "share what you make from the quotes under the same licence" in text
