"""Generated parts of the briefing (everything that is not a notebook output), rendered from Jinja2 templates.

The parts: status line, source catalog, conflicts, data appendix, citation text, download links, the
per-section lists of notebook embeds, and the analyst's text with its live numbers resolved
(``briefs/analysis/<country-slug>.qmd`` is read, never written).

They are markdown include files under ``_build/briefing/`` (plus the metadata file and the source list
the evidence filter reads), made from Jinja2 templates; every text taken from sources or the catalog
goes through :func:`tipbrief.toolkit.cite.escape`, so it renders as plain text in HTML and PDF.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import jinja2
import markupsafe
import nbformat
import pandas as pd
import yaml

from tipbrief import atomic, i18n
from tipbrief.briefing.shortcodes import (
    ANALYSIS_DIR,
    analysis_file,
    cell_options,
    notebook_labels,
    resolve_ev_text,
    with_computed_alt,
)
from tipbrief.errors import BuildError
from tipbrief.i18n import _
from tipbrief.sources.catalog import Catalog, slugify
from tipbrief.sources.countries import slug
from tipbrief.toolkit import analysis
from tipbrief.toolkit.cite import EVIDENCE_ID, escape, number
from tipbrief.toolkit.style import EMPTY_KEY

TEMPLATES = Path(__file__).resolve().parent / "assets" / "parts"
#: Package files _quarto.yml names, copied beside the parts so that Quarto finds them in any project folder.
QUARTO_FILES = {"evidence.lua": TEMPLATES.parents[1] / "filters" / "evidence.lua",
                "ev.lua": TEMPLATES.parents[1] / "filters" / "ev.lua",
                "evidence.js": TEMPLATES.parents[1] / "filters" / "evidence.js",
                "evidence.css": TEMPLATES.parents[1] / "filters" / "evidence.css",
                "a11y.lua": TEMPLATES.parents[1] / "filters" / "a11y.lua",
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


def index_facts(table: pd.DataFrame, kinds: dict[str, str]) -> dict[str, object]:
    """What the site index says of a briefing beside its files: the current tier as the status line finds it
    (with its report year, and the kind of source when only a secondary one states it, as the status line warns)
    and the latest year any figure is for (how current the briefing's data are)."""
    found = analysis.status(table, kinds)
    return {"tier": found.tier if found else None, "tier_year": found.year if found else None,
            "tier_secondary": (found.kind or None) if found and found.secondary else None,
            "data_year": analysis.latest_year(analysis.figure_rows(table))}


def status_line(table: pd.DataFrame, kinds: dict[str, str]) -> str:
    """The status line's current tier: the placement of the newest report year from its most authoritative
    source, with that source's kind, and a warning when only a secondary source (news, encyclopedia) states
    it, naming the newest placement a primary source gives."""
    found = analysis.status(table, kinds)
    if found is None:
        return _("not stated in the sources")
    text = _("{tier} ({year} TIP Report, per a {kind})").format(
        tier=f'[{escape(_(found.tier))}]{{.ev ref="{" ".join(found.ids)}"}}', year=found.year,
        kind=escape(_(found.kind or "source of unknown kind")))
    if found.secondary:
        text += " · " + _("only a secondary source states it")
        if found.primary is not None:
            text += _("; the latest report in the sources ({year}) gives {tier}").format(
                year=found.primary.year,
                tier=f'[{escape(_(found.primary.tier))}]{{.ev ref="{" ".join(found.primary.ids)}"}}')
    return text


def country_of(catalog: Catalog) -> str:
    """The country the catalog's sources are about (the most common one)."""
    names = [s.country for s in catalog.sources]
    return max(sorted(set(names)), key=names.count) if names else "Country"


def file_stem(country: str) -> str:
    """File name stem of the briefing, e.g. 'cote-d-ivoire-tip-briefing'."""
    return f"{slugify(country)}-tip-briefing"


#: A source address the sources table links to: http(s), no spaces or markup characters.
_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$")
#: The project template's placeholder publisher: "How to cite" leaves it out and shows an analyst note instead.
NO_PUBLISHER = "Publishing organisation (set publisher in _quarto.yml)"


def link_target(url: object) -> str:
    """``url`` as a Markdown link destination if it is a plain http(s) address, else "" (shown unlinked)."""
    text = str(url or "").strip()
    if not _URL.match(text):
        return ""
    return quote(text, safe=":/?#[]@!$&'*+,;=%~")


def _names(value: object) -> list[str]:
    """Author names from Quarto's ``author`` forms: a string, a list of strings, or of {name: …} maps
    (``name`` itself a string or {given, family} / {literal})."""
    items = value if isinstance(value, list) else [value] if value else []
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name", "")
        if isinstance(item, dict):
            item = item.get("literal") or " ".join(str(item.get(k, "")) for k in ("given", "family")).strip()
        if str(item or "").strip():
            names.append(" ".join(str(item).split()))
    return names


def credits(root: Path) -> tuple[list[str], str]:
    """(authors, publishing organisation) as the project's ``_quarto.yml`` sets them (``author:``,
    ``publisher:``); the briefing's front matter does not override them. Never the tool."""
    path = Path(root) / "_quarto.yml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: invalid YAML ({getattr(exc, 'problem', exc)})") from None
    config = config if isinstance(config, dict) else {}
    publisher = config.get("publisher")
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    publisher = " ".join(str(publisher or "").split())
    if publisher == NO_PUBLISHER:
        publisher = ""
    return _names(config.get("author")), publisher


def analysis_text(root: Path, country: str, table: pd.DataFrame) -> str:
    """The analyst's text for ``country`` with its ``ev`` shortcodes resolved ("" when there is none)."""
    path = analysis_file(root, slug(country))
    if not path.is_file():
        return ""
    name = f"{ANALYSIS_DIR}/{path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"{name}: cannot read the analyst's text ({exc})") from None
    # HTML comments are the analyst's notes to themselves: dropped (lines kept, so errors name the right line)
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.DOTALL)
    return resolve_ev_text(text, table, name).strip("\n") + "\n"


def date_text(date: str) -> str:
    """A build date as the briefing prints it: ISO in English (as it always was), Babel's long form otherwise."""
    return date if i18n.current() == i18n.DEFAULT else i18n.date(date)


def labels() -> dict[str, str]:
    """The words around the text that the page templates and filters print, in the current language."""
    _ = i18n._
    return {
        "briefing": _("Trafficking in Persons Briefing"), "contents": _("Contents"), "version": _("Version"),
        "page": _("Page"), "of": _("of"), "figure": _("Figure"), "table": _("Table"), "section": _("Section"),
        "evidence": _("Evidence"), "in-section": _("section"), "note": _("Note"), "tip": _("Tip"),
        "warning": _("Warning"), "important": _("Important"), "caution": _("Caution"),
    }


def html_span(text: object, **attrs: str) -> str:
    """``text`` as one raw HTML span for pandoc (`` `<span …>…</span>`{=html} ``), inert: HTML-escaped, with the
    pipe and backtick (markup to a pipe table and to the raw span) as entities. A quote of the data appendix so
    is one node to the renderers' filters, not one per word: Quarto's filters walk the document tree many times,
    and the appendix's quotes were a quarter of its render (4 of 16 CPU seconds on the real seeds)."""
    body = markupsafe.escape(" ".join(str(text).split()))
    attributes = "".join(f' {"class" if k == "cls" else k}="{markupsafe.escape(v)}"' for k, v in attrs.items() if v)
    raw = f"<span{attributes}>{body}</span>".replace("|", "&#124;").replace("`", "&#96;")
    return f"`{raw}`{{=html}}"


@functools.cache
def _env() -> jinja2.Environment:
    """The parts' Jinja environment, made once per process: its templates are compiled at their first use, not at
    every render (a template edited since is reloaded, as Jinja checks each one's file)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
        comment_start_string="<#--", comment_end_string="--#>",  # pandoc attributes start with "{#"
    )
    env.filters["md"] = escape  # Jinja's autoescape is HTML-only; markdown needs its own
    env.filters["link_target"] = link_target
    env.filters["html_span"] = html_span
    env.install_gettext_callables(i18n._, i18n.ngettext, newstyle=True)  # the language of the moment
    env.globals.update(number=i18n.number, date_text=date_text)
    # a source's language as an attribute value: a language code, else English (never text from the catalog)
    env.filters["langcode"] = lambda code: str(code).lower() if re.fullmatch(r"[A-Za-z]{2,3}", str(code)) else "en"
    return env


def _value_text(row: pd.Series) -> str:
    """The value as a reader wants it: the category (tier, country) first, then any count with its unit."""
    label = analysis.term(row["value_text"]) if pd.notna(row["value_text"]) else ""
    unit = str(row["unit"]) if pd.notna(row["unit"]) else ""
    if pd.isna(row["value"]) or unit == "tier":  # a tier's value is only its rank for sorting
        return label
    value = float(row["value"])
    if i18n.current() != i18n.DEFAULT:
        unit = i18n.unit(unit, value)
    elif value == 1 and unit.endswith("s"):
        unit = unit[:-1]
    figure = f"{number(value)} {unit}".strip()
    return f"{label} ({figure})" if label else figure


def _shorten(text: object, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(str(text).split()) if pd.notna(text) else ""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _label(row: pd.Series) -> str:
    label = analysis.label(str(row["indicator"])) if i18n.current() != i18n.DEFAULT else str(
        row["indicator"]).replace("_", " ")
    if pd.notna(row["qualifier"]) and str(row["qualifier"]):
        label += f" ({analysis.term(row['qualifier'])})"
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
        return i18n._("as quoted")
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


def appendix_rows(table: pd.DataFrame, limit: int = MAX_ROWS_PER_SOURCE,
                  languages: dict[str, str] | None = None) -> list[dict]:
    """Rows of the data appendix (at most ``limit`` per source), sorted by theme, indicator and year; each
    quote carries its source's language (``languages``: source id -> code, default English)."""
    table, _omitted = appendix_limit(table, limit)
    ordered = table.sort_values(["theme", "indicator", "year", "source_id", "id"], na_position="last")
    return [
        {
            "id": r["id"] if EVIDENCE_ID.match(str(r["id"])) else "",
            "indicator": _label(r),
            "year": int(r["year"]) if pd.notna(r["year"]) else "",
            "value": _appendix_value(r),
            "source": r["source_id"],
            "quote": _shorten(r["quote"]),
            "lang": (languages or {}).get(str(r["source_id"]), "en"),
        }
        for _, r in ordered.iterrows()
    ]


#: The themes of the table as the appendix names them in a translated edition (the English one keeps the table's
#: own words, as the CSV and the HTML appendix write them).
THEME_NAMES = {
    "status": i18n.N_("Tier placement"), "prosecution": i18n.N_("Prosecution"), "protection": i18n.N_("Protection"),
    "prevention": i18n.N_("Prevention"), "profile": i18n.N_("Trafficking profile"),
    "legal": i18n.N_("Legal and policy framework"), "recommendations": i18n.N_("Recommendations"),
}


def appendix_summary(table: pd.DataFrame) -> list[dict]:
    """The compact appendix of the PDF: per indicator, how many values, which years and which sources; in a
    translated edition theme and indicator in its language (the English one writes the table's ids)."""
    if table.empty:
        return []
    english = i18n.current() == i18n.DEFAULT
    rows = []
    for (theme, indicator), group in table.groupby(["theme", "indicator"], sort=True):
        years = sorted({int(y) for y in group["year"].dropna()})
        span = "" if not years else str(years[0]) if len(years) == 1 else f"{years[0]}\u2013{years[-1]}"
        rows.append({
            "theme": str(theme) if english or str(theme) not in THEME_NAMES else _(THEME_NAMES[str(theme)]),
            "indicator": str(indicator).replace("_", " ") if english else analysis.label(str(indicator)),
            "count": len(group),
            "years": span, "sources": ", ".join(sorted({str(s) for s in group["source_id"]})),
        })
    return rows


def evidence_labels() -> dict[str, str]:
    """Interface text of the evidence filter (evidence.lua), in the briefing's language."""
    return {
        "title": i18n._("Evidence for the figures"),
        "intro": i18n._("Each cited figure links to the sentence of the source that states it. Sentences that "
                   "state several figures have one note; the number in brackets after a phrase is its note."),
        "section": i18n._("section"),
        "evidence": i18n._("evidence"),
    }


def section_embeds(notebooks_dir: Path, section: str, href_dir: str) -> list[dict]:
    """What a theme section shows from its notebook, in notebook order: the key findings
    (``findings-<theme>``), then figures and tables (tables collapsed on screen; evidence
    tables and labels the briefing embeds by
    name excluded; the overview's findings open the briefing as its executive summary instead). A section fed by
    another theme's notebook (recommendations, from legal) ends with that notebook's ``findings-<section>``."""
    theme = SECTION_NOTEBOOKS[section]
    path = notebooks_dir / f"{theme}.ipynb"
    if not path.is_file():
        return []
    # label -> (table caption, tags) of the labelled code cells, in notebook order (the notebook read once)
    cells = {str(o.get("label")): (str(o.get("tbl-cap") or ""), c.metadata.get("tags", []))
             for c in nbformat.read(path, as_version=4).cells
             if c.cell_type == "code" and (o := cell_options(c.source)).get("label")}
    empty = empty_charts(path)
    labels = list(cells)
    embeds = []
    if section == theme != "overview" and f"findings-{theme}" in labels:
        embeds.append({"path": f"{href_dir}/{theme}.ipynb", "label": f"findings-{theme}"})
    for label in labels:
        if not label.startswith(("fig-", "tbl-")) or label.endswith("-evidence") or label in FIXED_LABELS:
            continue
        about_recs = "recommend" in label or "recurrence" in label
        if theme == "legal" and about_recs != (section == "recommendations"):
            continue
        embed = {"path": f"{href_dir}/{theme}.ipynb", "label": label}
        if label in empty:  # a chart with nothing to draw gives its place to its one line, in the text's flow
            embed["text"] = escape(empty[label].rstrip(".") + ".")
        caption, tags = cells.get(label, ("", []))
        if label.startswith("tbl-"):
            # a section's tables are reference, not reading: collapsed on screen under their caption (a plain table
            # in print); a cell tagged `screen-only` (a list of every item) is left out of the PDF, where the HTML
            # edition and the CSV hold it
            embed["details"] = _("Show: {caption}").format(caption=_(caption).rstrip(".") or _("the table"))
            embed["screen_only"] = "screen-only" in tags
        embeds.append(embed)
    if section != theme and f"findings-{section}" in labels:  # e.g. the recommendations' texts, after the charts
        embeds.append({"path": f"{href_dir}/{theme}.ipynb", "label": f"findings-{section}"})
    return embeds


def empty_charts(path: Path) -> dict[str, str]:
    """Label -> message of the executed notebook's figure cells whose chart shows no data (the message a chart
    function drew in its place, kept in the output's metadata by ``toolkit.style``)."""
    found = {}
    for cell in nbformat.read(path, as_version=4).cells:
        label = str(cell_options(cell.source).get("label", "")) if cell.cell_type == "code" else ""
        if not label.startswith("fig-"):
            continue
        metas = [o.get("metadata", {}).get("image/svg+xml", {}) for o in cell.get("outputs", [])
                 if "image/svg+xml" in o.get("data", {})]
        if metas and all(isinstance(m, dict) and m.get(EMPTY_KEY) for m in metas):
            found[label] = str(metas[0][EMPTY_KEY])
    return found


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
    languages = {s.id: s.language for s in catalog.sources}
    country = country_of(catalog)
    kinds = {s.id: s.kind for s in catalog.sources}
    tier = latest_tier(table, kinds)
    authors, publisher = credits(root)
    # the briefing embeds copies of the executed notebooks whose charts state their computed alt text
    rel_nb = "/" + (out_dir / "notebooks").resolve().relative_to(root.resolve()).as_posix()
    from tipbrief.sources.countries import lookup

    known = lookup(country)
    words = labels()
    meta = {
        "lang": i18n.current(),
        # the words the page templates and Lua filters print around the text (briefing.html/.typ, page.typ)
        "labels": words,
        # the same words as flat keys: Quarto's Typst template does not reach into a map (labels.page)
        **{f"label-{key}": word for key, word in words.items()},
        "country": i18n.country(country, known.alpha_2 if known else None),
        "version": version,
        "date": date,
        "digest": digest,
        "tier": i18n._(tier.text) if tier else i18n._("not stated"),
        "date-text": date_text(date),
        "tier-year": tier.year if tier else None,
        # project-relative with a leading "/" (Quarto's convention): Quarto leaves such paths alone, while it
        # rewrites plain relative ones that exist to input-relative ones; evidence.lua resolves both engines alike
        "evidence-json": "/" + table_json.resolve().relative_to(root.resolve()).as_posix(),
        "evidence-sources": "/" + (out_dir / "sources.json").resolve().relative_to(root.resolve()).as_posix(),
        **{f"{k}-file": v for k, v in file_names.items()},
        "evidence-labels": evidence_labels(),
        # a11y.lua names a scrolling table region without a caption with this
        "table-region-label": i18n._("Table"),
    }
    texts = {
        "status.md": env.get_template("status.md.j2").render(version=version, date=date,
                                                             status=status_line(table, kinds)),
        "downloads.md": env.get_template("downloads.md.j2").render(
            pdf_name=file_names["pdf"], csv_name=file_names["csv"], dictionary_name=file_names.get("dictionary")
        ),
        "catalog.md": env.get_template("catalog.md.j2").render(sources=catalog.sources, lang=i18n.current()),
        "conflicts.md": env.get_template("conflicts.md.j2").render(conflicts=conflicts(table, titles)),
        "appendix.md": env.get_template("appendix.md.j2").render(rows=appendix_rows(table, languages=languages),
                                                                 omitted=appendix_limit(table)[1],
                                                                 limit=MAX_ROWS_PER_SOURCE,
                                                                 summary=appendix_summary(table),
                                                                 total=len(table)),
        "cite.md": env.get_template("cite.md.j2").render(
            authors=authors, publisher=publisher,
            title=i18n._("{country}: Trafficking in Persons Briefing").format(country=meta["country"]),
            version=version, date=date,
            n_sources=len(catalog.sources), digest=digest,
            example_id=str(table["id"].iloc[0]) if len(table) else "ev-…",
        ),
        "analysis.md": analysis_text(root, country, table),
        "summary.md": env.get_template("embeds.md.j2").render(embeds=summary_embeds(notebooks_dir, rel_nb)),
        "sources.json": json.dumps(
            {s.id: {"title": s.title, "year": s.year, "publisher": s.publisher, "language": s.language}
             for s in catalog.sources},
            ensure_ascii=False, indent=1, sort_keys=True,
        ),
        "metadata.yml": yaml.safe_dump(meta, sort_keys=True, allow_unicode=True),
        **{name: path.read_text(encoding="utf-8") for name, path in QUARTO_FILES.items()},
    }
    for path in sorted(Path(notebooks_dir).glob("*.ipynb")):
        texts[f"notebooks/{path.name}"] = nbformat.writes(with_computed_alt(nbformat.read(path, as_version=4)))
    for section in SECTION_NOTEBOOKS:
        embeds = section_embeds(notebooks_dir, section, rel_nb)
        texts[f"section-{section}.md"] = env.get_template("embeds.md.j2").render(embeds=embeds)
    with atomic.atomic_path(out_dir, folder=True, legacy=("metadata.yml",)) as tmp:
        tmp.mkdir()
        for name, text in texts.items():
            text = i18n.tidy(text) if name.endswith(".md") else text
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
    return meta
