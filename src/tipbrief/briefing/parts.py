"""Generated parts of the briefing (everything that is not a notebook output), rendered from Jinja2 templates.

The parts: status line, source catalog, conflicts, data appendix, citation text, download links and the
per-section lists of notebook embeds.

They are markdown include files under ``_build/briefing/`` (plus the metadata file and the source list
the evidence filter reads), made from Jinja2 templates; every text taken from sources or the catalog
goes through :func:`tipbrief.toolkit.cite.escape`, so it renders as plain text in HTML and PDF.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pandas as pd
import yaml

from tipbrief import atomic
from tipbrief.briefing.shortcodes import notebook_labels
from tipbrief.i18n import _
from tipbrief.sources.catalog import Catalog, slugify
from tipbrief.toolkit import analysis
from tipbrief.toolkit.cite import EVIDENCE_ID, escape, number

TEMPLATES = Path(__file__).resolve().parent / "assets" / "parts"
#: Package files _quarto.yml names, copied beside the parts so that Quarto finds them in any project folder.
QUARTO_FILES = {"evidence.lua": TEMPLATES.parents[1] / "filters" / "evidence.lua",
                "quarto.css": TEMPLATES.parent / "quarto.css", "page.typ": TEMPLATES.parent / "quarto" / "page.typ"}
QUOTE_CHARS = 240
#: Rows of one source shown in the data appendix: a document stating thousands of numbers would drive the
#: PDF step to runaway memory and time. The rest stay in the indicator CSV, which the appendix says.
MAX_ROWS_PER_SOURCE = 200
VALUE_CHARS = 60
#: Which theme notebook feeds which section; labels of the legal notebook that mention
#: recommendations go to the recommendations tracker instead.
SECTION_NOTEBOOKS = {
    "overview": "overview",
    "prosecution": "prosecution",
    "protection": "protection",
    "prevention": "prevention",
    "profile": "profile",
    "legal": "legal",
    "recommendations": "legal",
}
#: Labels the briefing text embeds by name: not repeated in the generated section lists.
FIXED_LABELS = {"key-figures", "tier-history"}


@dataclass(frozen=True)
class Tier:
    """The latest tier ranking: text ('Tier 2'), report year and the evidence id that states it."""

    text: str
    year: int
    ref: str


def latest_tier(table: pd.DataFrame, kinds: dict[str, str] | None = None) -> Tier | None:
    """Latest tier by report year, as :func:`tipbrief.toolkit.analysis.latest_tier` finds it (from its most
    authoritative source when ``kinds`` maps source ids to catalog kinds)."""
    found = analysis.latest_tier(table, kinds)
    return Tier(*found) if found else None


def status_line(table: pd.DataFrame, kinds: dict[str, str]) -> str:
    """The status line's current tier: the placement of the newest report year from its most authoritative
    source, with that source's kind, and a warning when only a secondary source (news, encyclopedia) states
    it, naming the newest placement a primary source gives."""
    found = analysis.status(table, kinds)
    if found is None:
        return _("not stated in the sources")
    text = _("{tier} ({year} TIP Report, per a {kind})").format(
        tier=f'[{escape(found.tier)}]{{.ev ref="{" ".join(found.ids)}"}}', year=found.year,
        kind=escape(_(found.kind or "source of unknown kind")))
    if found.secondary:
        text += " · " + _("only a secondary source states it")
        if found.primary is not None:
            text += _("; the latest report in the sources ({year}) gives {tier}").format(
                year=found.primary.year,
                tier=f'[{escape(found.primary.tier)}]{{.ev ref="{" ".join(found.primary.ids)}"}}')
    return text


def country_of(catalog: Catalog) -> str:
    """The country the catalog's sources are about (the most common one)."""
    names = [s.country for s in catalog.sources]
    return max(sorted(set(names)), key=names.count) if names else "Country"


def file_stem(country: str) -> str:
    """File name stem of the briefing, e.g. 'cote-d-ivoire-tip-briefing'."""
    return f"{slugify(country)}-tip-briefing"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        comment_start_string="<#--", comment_end_string="--#>",  # pandoc attributes start with "{#"
    )
    env.filters["md"] = escape  # Jinja's autoescape is HTML-only; markdown needs its own
    return env


def _value_text(row: pd.Series) -> str:
    """The value as a reader wants it: the category (tier, country) first, then any count with its unit."""
    label = str(row["value_text"]) if pd.notna(row["value_text"]) else ""
    unit = str(row["unit"]) if pd.notna(row["unit"]) else ""
    if pd.isna(row["value"]) or unit == "tier":  # a tier's value is only its rank for sorting
        return label
    value = float(row["value"])
    if value == 1 and unit.endswith("s"):
        unit = unit[:-1]
    figure = f"{number(value)} {unit}".strip()
    return f"{label} ({figure})" if label else figure


def _shorten(text: object, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(str(text).split()) if pd.notna(text) else ""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _label(row: pd.Series) -> str:
    label = str(row["indicator"]).replace("_", " ")
    if pd.notna(row["qualifier"]) and str(row["qualifier"]):
        label += f" ({row['qualifier']})"
    return label


def _as_stated(row: pd.Series) -> str:
    """:func:`_value_text` with what the source says about the figure kept: "none reported", "more than …",
    "(capacity)"."""
    if pd.notna(row["value"]) and analysis.not_reported(row):
        return _("none reported")
    text = _value_text(row)
    word = analysis.hedge(row) if pd.notna(row["value"]) else ""
    kind = analysis.figure_kind(row)
    return (f"{_(word)} {text}" if word else text) + (f" ({_(kind)})" if kind else "")


def conflicts(table: pd.DataFrame, titles: dict[str, str]) -> list[dict]:
    """Groups of rows flagged 'conflict', one group per indicator, year and qualifier."""
    flagged = table[table["flags"].fillna("").str.split(";").apply(lambda f: "conflict" in f)]
    groups = []
    keys = ["indicator", "year", "qualifier", "unit"]
    for _key, rows in flagged.fillna({"qualifier": "", "unit": ""}).groupby(keys, dropna=False, sort=True):
        first = rows.iloc[0]
        values = [
            {"text": _as_stated(r), "ref": r["id"], "source": titles.get(r["source_id"], r["source_id"])}
            for _, r in rows.sort_values(["source_year", "id"]).iterrows()
        ]
        year = int(first["year"]) if pd.notna(first["year"]) else None
        groups.append({"label": _label(first), "year": year, "entries": values})
    return groups


def _appendix_value(row: pd.Series) -> str:
    """Short values as they are; a long text value (a recommendation) that the quote states anyway
    is not repeated in the narrow Value column."""
    value = _value_text(row)
    quote = " ".join(str(row["quote"]).split()) if pd.notna(row["quote"]) else ""
    stem = " ".join(value.split()).rstrip(".…").rstrip()
    if len(value) > VALUE_CHARS and stem in quote:
        return "as quoted"
    return _shorten(value, VALUE_CHARS)


def appendix_limit(table: pd.DataFrame, limit: int = MAX_ROWS_PER_SOURCE) -> tuple[pd.DataFrame, dict[str, int]]:
    """At most ``limit`` rows per source (those not flagged breakdown first, then in table order), and
    how many rows of each source were left out."""
    if table.empty:
        return table, {}
    parts = table["flags"].fillna("").str.contains("breakdown").astype(int)
    ranked = table.assign(_part=parts.values).sort_values(["source_id", "_part"], kind="stable")
    kept = ranked.groupby("source_id", sort=False).head(limit).drop(columns="_part")
    counts = table["source_id"].value_counts()
    omitted = {str(s): int(n - limit) for s, n in counts.items() if n > limit}
    return table.loc[table.index.isin(kept.index)], dict(sorted(omitted.items()))


def appendix_rows(table: pd.DataFrame, limit: int = MAX_ROWS_PER_SOURCE) -> list[dict]:
    """Rows of the data appendix (at most ``limit`` per source), sorted by theme, indicator and year."""
    table, _ = appendix_limit(table, limit)
    ordered = table.sort_values(["theme", "indicator", "year", "source_id", "id"], na_position="last")
    return [
        {
            "id": r["id"] if EVIDENCE_ID.match(str(r["id"])) else "",
            "indicator": _label(r),
            "year": int(r["year"]) if pd.notna(r["year"]) else "",
            "value": _appendix_value(r),
            "source": r["source_id"],
            "quote": _shorten(r["quote"]),
        }
        for _, r in ordered.iterrows()
    ]


def section_embeds(notebooks_dir: Path, section: str, href_dir: str) -> list[dict]:
    """What a theme section shows from its notebook, in notebook order: the key findings
    (``findings-<theme>``), then figures and tables (evidence tables and labels the briefing embeds by
    name excluded; the overview's findings open the briefing as its executive summary instead). A section fed by
    another theme's notebook (recommendations, from legal) ends with that notebook's ``findings-<section>``."""
    theme = SECTION_NOTEBOOKS[section]
    path = notebooks_dir / f"{theme}.ipynb"
    if not path.is_file():
        return []
    labels = notebook_labels(path)
    embeds = []
    if section == theme != "overview" and f"findings-{theme}" in labels:
        embeds.append({"path": f"{href_dir}/{theme}.ipynb", "label": f"findings-{theme}"})
    for label in labels:
        if not label.startswith(("fig-", "tbl-")) or label.endswith("-evidence") or label in FIXED_LABELS:
            continue
        about_recs = "recommend" in label or "recurrence" in label
        if theme == "legal" and about_recs != (section == "recommendations"):
            continue
        embeds.append({"path": f"{href_dir}/{theme}.ipynb", "label": label})
    if section != theme and f"findings-{section}" in labels:  # e.g. the recommendations' texts, after the charts
        embeds.append({"path": f"{href_dir}/{theme}.ipynb", "label": f"findings-{section}"})
    return embeds


def summary_embeds(notebooks_dir: Path, href_dir: str) -> list[dict]:
    """The executive summary: the overview notebook's key findings (``findings-overview``)."""
    path = notebooks_dir / "overview.ipynb"
    if path.is_file() and "findings-overview" in notebook_labels(path):
        return [{"path": f"{href_dir}/overview.ipynb", "label": "findings-overview"}]
    return []


def write_parts(
    out_dir: Path,
    *,
    root: Path,
    catalog: Catalog,
    table: pd.DataFrame,
    table_json: Path,
    notebooks_dir: Path,
    version: str,
    date: str,
    digest: str,
    file_names: dict[str, str],
) -> dict:
    """Write every generated part into ``out_dir`` (atomically, as one folder) and return the metadata."""
    env = _env()
    titles = {s.id: s.title for s in catalog.sources}
    country = country_of(catalog)
    kinds = {s.id: s.kind for s in catalog.sources}
    tier = latest_tier(table, kinds)
    rel_nb = "/" + notebooks_dir.resolve().relative_to(root.resolve()).as_posix()
    meta = {
        "country": country,
        "version": version,
        "date": date,
        "digest": digest,
        "tier": tier.text if tier else "not stated",
        "tier-year": tier.year if tier else None,
        # project-relative with a leading "/" (Quarto's convention): Quarto leaves such paths alone, while it
        # rewrites plain relative ones that exist to input-relative ones; evidence.lua resolves both engines alike
        "evidence-json": "/" + table_json.resolve().relative_to(root.resolve()).as_posix(),
        "evidence-sources": "/" + (out_dir / "sources.json").resolve().relative_to(root.resolve()).as_posix(),
        **{f"{k}-file": v for k, v in file_names.items()},
    }
    texts = {
        "status.md": env.get_template("status.md.j2").render(version=version, date=date, tier=tier,
                                                             status=status_line(table, kinds)),
        "downloads.md": env.get_template("downloads.md.j2").render(
            pdf_name=file_names["pdf"], csv_name=file_names["csv"]
        ),
        "catalog.md": env.get_template("catalog.md.j2").render(sources=catalog.sources),
        "conflicts.md": env.get_template("conflicts.md.j2").render(conflicts=conflicts(table, titles)),
        "appendix.md": env.get_template("appendix.md.j2").render(rows=appendix_rows(table),
                                                                 omitted=appendix_limit(table)[1],
                                                                 limit=MAX_ROWS_PER_SOURCE),
        "cite.md": env.get_template("cite.md.j2").render(
            publisher="tipbrief", title=f"{country}: Trafficking in Persons Briefing", version=version, date=date,
            n_sources=len(catalog.sources), digest=digest,
            example_id=str(table["id"].iloc[0]) if len(table) else "ev-…",
        ),
        "summary.md": env.get_template("embeds.md.j2").render(embeds=summary_embeds(notebooks_dir, rel_nb)),
        "sources.json": json.dumps(
            {s.id: {"title": s.title, "year": s.year, "publisher": s.publisher} for s in catalog.sources},
            ensure_ascii=False, indent=1, sort_keys=True,
        ),
        "metadata.yml": yaml.safe_dump(meta, sort_keys=True, allow_unicode=True),
        **{name: path.read_text(encoding="utf-8") for name, path in QUARTO_FILES.items()},
    }
    for section in SECTION_NOTEBOOKS:
        embeds = section_embeds(notebooks_dir, section, rel_nb)
        texts[f"section-{section}.md"] = env.get_template("embeds.md.j2").render(embeds=embeds)
    with atomic.atomic_path(out_dir, folder=True, legacy=("metadata.yml",)) as tmp:
        tmp.mkdir()
        for name, text in texts.items():
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
    return meta
