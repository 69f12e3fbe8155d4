"""A small project for briefing tests: a copy of the briefing sources, a seeds folder with a hostile
catalog entry, an indicator table and executed theme notebooks (one real kernel run)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pandas as pd
from nbclient import NotebookClient

from tipbrief.indicators.table import COLUMNS, write_table

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> #set page(width: 1cm) $x$ *b* [c] @d \\e"

ROWS = [
    # id, theme, indicator, year, value, value_text, unit, qualifier, source_id, source_year, quote, number_text, flags
    ("ev-conv-2020", "prosecution", "convictions", 2020, 26, None, None, None, "tip-2022", 2022,
     "The government convicted 26 traffickers in 2020.", "26", None),
    ("ev-conv-2021", "prosecution", "convictions", 2021, 0, None, None, None, "tip-2022", 2022,
     "The government did not report any convictions in 2021.", "any", "zero_stated"),
    ("ev-inv-2021", "prosecution", "investigations", 2021, 31, None, None, None, "tip-2022", 2022,
     f"Police investigated 31 cases {HOSTILE}.", "31", "conflict"),
    ("ev-inv-2021-b", "prosecution", "investigations", 2021, 35, None, None, None, "embassy-cable-2006", 2006,
     "Another count gives 35 investigations.", "35", "conflict"),
    ("ev-vict-2021", "protection", "victims_identified", 2021, 107, None, None, None, "tip-2022", 2022,
     "Authorities identified 107 victims.", "107", None),
    ("ev-tier-2025", "status", "tier", 2025, None, "Tier 2", None, "upgrade", "news-2025", 2025,
     "Tajikistan was upgraded to Tier 2.", "Tier 2", None),
    ("ev-tier-2022", "status", "tier", 2022, None, "Tier 2 Watch List", None, "remained", "tip-2022", 2022,
     "Tajikistan remained on Tier 2 Watch List.", "Tier 2 Watch List", None),
]


def indicator_table() -> pd.DataFrame:
    """The fixture indicator table in the contract's columns."""
    records = []
    for i, (ev, theme, ind, year, value, text, unit, qual, src, syear, quote, num, flags) in enumerate(ROWS):
        records.append({
            "id": ev, "country": "Tajikistan", "theme": theme, "indicator": ind, "year": year, "value": value,
            "value_text": text, "unit": unit, "qualifier": qual, "source_id": src, "source_year": syear,
            "section": "PROSECUTION", "sentence_id": f"s{i}", "quote": quote, "number_text": num,
            "start": 10 * i, "end": 10 * i + len(quote), "flags": flags, "confidence": 0.9,
        })
    return pd.DataFrame(records, columns=list(COLUMNS))


FIG = '''%matplotlib inline
import matplotlib.pyplot as plt
from IPython.display import display
fig, ax = plt.subplots(figsize=(6.3, 3.4))
ax.plot([2019, 2020, 2021], [12, 26, 0], marker="o")
ax.set_title("{title}")
ax.set_xlabel("Year"); ax.set_ylabel("Cases")
display(fig); plt.close(fig)'''

MD = "from IPython.display import Markdown, display\ndisplay(Markdown({text!r}))"

#: A chart of the toolkit drawn from the fixture table in the kernel: shown as SVG with its alt text computed
#: from the data (the analyst-style FIG above keeps its fixed ``fig-alt``).
CHART = f"""%matplotlib inline
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from briefing_fixture import indicator_table
from tipbrief.toolkit import analysis, charts, style
style.use()
fig = charts.{{chart}}(analysis.Data(indicator_table(), {{{{}}}}, "Tajikistan"))"""
#: What CHART's funnel and victims charts say in words (their computed alt text).
FUNNEL_ALT = ("Law enforcement: investigations, prosecutions and convictions: Investigations: 31 in 2021; sources "
              "differ for 2021; convictions fell from 26 in 2020 to none reported in 2021.")
VICTIMS_ALT = "Victims identified and referred to care: Victims identified: 107 in 2021."


def _cell(options: dict[str, str], code: str) -> nbformat.NotebookNode:
    head = "".join(f'#| {k}: "{v}"\n' if k != "label" else f"#| {k}: {v}\n" for k, v in options.items())
    return nbformat.v4.new_code_cell(head + code)


THEMES = {
    "overview": [
        ({"label": "key-figures"}, MD.format(text=(
            "| Indicator | Latest | Change |\n|:--|--:|:--|\n"
            "| Convictions (2021) | [0]{.ev ref=\"ev-conv-2021\"} | from [26]{.ev ref=\"ev-conv-2020\"} |\n"
            "| Victims identified (2021) | [107]{.ev ref=\"ev-vict-2021\"} | |\n"))),
        ({"label": "findings-overview"}, MD.format(text=(
            "- Tajikistan was placed on [Tier 2]{.ev ref=\"ev-tier-2025\"} in the 2025 report.\n"))),
        ({"label": "tier-history"}, MD.format(text=(
            "| Report | Tier |\n|--:|:--|\n| 2022 | [Tier 2 Watch List]{.ev ref=\"ev-tier-2022\"} |\n"
            "| 2025 | [Tier 2]{.ev ref=\"ev-tier-2025\"} |\n"))),
        ({"label": "fig-overview-tier", "fig-cap": "Tier placement by report year",
          "fig-alt": "Tier placements of Tajikistan"}, FIG.format(title="Tier")),
    ],
    "prosecution": [
        ({"label": "findings-prosecution"}, MD.format(text=(
            "- Convictions fell from [26]{.ev ref=\"ev-conv-2020\"} in 2020 to none "
            "([0]{.ev ref=\"ev-conv-2021\"}) in 2021; see @fig-prosecution-funnel.\n"))),
        ({"label": "fig-prosecution-funnel", "fig-cap": "Investigations, prosecutions and convictions",
          "fig-alt": "Line chart of convictions falling to zero in 2021"}, CHART.format(chart="funnel")),
        ({"label": "tbl-prosecution-funnel", "tbl-cap": "Law-enforcement figures by year"}, MD.format(text=(
            "| Year | Investigations | Convictions |\n|--:|--:|--:|\n"
            "| 2020 | | [26]{.ev ref=\"ev-conv-2020\"} |\n"
            "| 2021 | [31]{.ev ref=\"ev-inv-2021\"} | [0]{.ev ref=\"ev-conv-2021\"} |\n"))),
        ({"label": "tbl-prosecution-evidence", "tbl-cap": "Evidence"}, MD.format(text="| a |\n|--|\n| b |\n")),
    ],
    "protection": [
        ({"label": "findings-protection"}, MD.format(text=(
            "- Authorities identified [107]{.ev ref=\"ev-vict-2021\"} victims in 2021.\n"))),
        ({"label": "fig-protection-victims", "fig-cap": "Victims identified and referred",
          "fig-alt": "Victims identified by year"}, CHART.format(chart="victims")),
    ],
    "prevention": [
        ({"label": "findings-prevention"}, MD.format(text="- No prevention figures were stated.\n")),
    ],
    "profile": [
        ({"label": "findings-profile"}, MD.format(text="- Russia is the main destination.\n")),
    ],
    "legal": [
        ({"label": "findings-legal"}, MD.format(text="- The anti-trafficking law was adopted in 2004.\n")),
        ({"label": "tbl-legal-timeline", "tbl-cap": "Legal and policy timeline"}, MD.format(text=(
            "| Year | Event |\n|--:|:--|\n| 2004 | Anti-trafficking law adopted |\n"))),
        ({"label": "tbl-legal-recommendations", "tbl-cap": "Recurring recommendations"}, MD.format(text=(
            "| Recommendation | Reports |\n|:--|--:|\n| Increase prosecutions | 3 |\n"))),
    ],
}


def executed_notebooks(out_dir: Path) -> None:
    """Execute all fixture cells in one kernel, then split them into one notebook per theme."""
    cells = [_cell(opts, code) for theme in THEMES.values() for opts, code in theme]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    out_dir.mkdir(parents=True, exist_ok=True)
    i = 0
    for theme, specs in THEMES.items():
        part = nbformat.v4.new_notebook(cells=nb.cells[i:i + len(specs)], metadata=nb.metadata)
        i += len(specs)
        nbformat.write(part, out_dir / f"{theme}.ipynb")


def make_project(root: Path, notebooks_from: Path | None = None) -> Path:
    """A project in ``root``: briefing sources, theme notebooks, seeds (with a hostile catalog title), table, executed
    notebooks."""
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    shutil.copytree(REPO / "briefs", root / "briefs")
    shutil.copytree(REPO / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(REPO / "seeds", root / "seeds")
    catalog = root / "seeds" / "catalog.yml"
    text = catalog.read_text(encoding="utf-8")
    text = text.replace("title: Human trafficking in Tajikistan", f"title: 'Human trafficking {HOSTILE}'")
    catalog.write_text(text, encoding="utf-8")
    write_table(indicator_table(), root / "_build" / "data" / "indicators.csv")
    if notebooks_from is not None:
        shutil.copytree(notebooks_from, root / "_build" / "notebooks")
    else:
        executed_notebooks(root / "_build" / "notebooks")
    return root


def built_record(root: Path) -> dict:
    """The build.json of a built fixture project (``fixture_built``): version, digest, engine, date, files."""
    return json.loads((root / "_build" / "site" / "build.json").read_text(encoding="utf-8"))
