"""Quarto shortcodes for the built-in engine (include, embed, meta, var), and ``ev``, the analyst's live numbers.

Quarto is not a library we can call, and pandoc knows no shortcodes, so the four the briefing uses are
resolved here, with Quarto's rules: a path starting with "/" is relative to the project root, others to
the including file; ``embed`` takes a labelled cell's outputs from an executed notebook.

``{{< ev INDICATOR YEAR [qualifier=…] [source=…] [country=…] [unit=…] >}}`` puts a figure of the indicator
table, with its citation, into an analyst's own text (``briefs/analysis/<country-slug>.qmd``). It is resolved
for both engines by the same function, :func:`resolve_ev_text`, before either renders: the build writes the
resolved copy as a generated part, and the analyst's file is only ever read.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import nbformat

from tipbrief.errors import BuildError
from tipbrief.runs.cells import IMAGE_TYPES, OPTION_LINE, cell_options
from tipbrief.toolkit.cite import escape, ev, ev_number

if TYPE_CHECKING:
    import pandas as pd

SHORTCODE = re.compile(r"(?<!\{)\{\{<\s*([a-z]+)\s*(.*?)\s*>\}\}(?!\})", re.DOTALL)
MAX_INCLUDE_DEPTH = 10
#: Key of a figure output's metadata (per image type) holding the alt text its chart function wrote from the data.
ALT_KEY = "alt"


@dataclass
class Context:
    """What resolution needs: the project root, metadata, variables, and where to put embedded images.

    ``figures_dir`` holds images extracted from notebooks; ``figures_href`` is how the markdown refers
    to that folder (relative to the folder pandoc runs in).
    """

    root: Path
    meta: dict
    variables: dict = field(default_factory=dict)
    figures_dir: Path | None = None
    figures_href: str = "figures"
    _notebooks: dict = field(default_factory=dict)


def _lookup(data: dict, key: str, what: str) -> str:
    value: object = data
    for part in re.split(r"(?<!\\)\.", key):
        part = part.replace("\\.", ".")
        if not isinstance(value, dict) or part not in value:
            raise BuildError(f"{{{{< {what} {key} >}}}}: no {what} named {key!r}")
        value = value[part]
    if isinstance(value, (dict, list)):
        raise BuildError(f"{{{{< {what} {key} >}}}}: {key!r} is not a single value")
    return "" if value is None else str(value)


def _project_path(ctx: Context, target: str, base: Path) -> Path:
    target = target.strip().strip('"').strip("'")
    return (ctx.root / target.lstrip("/")) if target.startswith("/") else (base / target)


def _notebook(ctx: Context, path: Path) -> nbformat.NotebookNode:
    if path not in ctx._notebooks:
        if not path.is_file():
            raise BuildError(f"{path}: notebook to embed not found (run `tipbrief run` or `tipbrief build`)")
        try:
            ctx._notebooks[path] = nbformat.read(path, as_version=4)
        except Exception as exc:  # nbformat raises several types for unreadable JSON
            raise BuildError(f"{path}: not a readable notebook ({type(exc).__name__})") from None
    return ctx._notebooks[path]


def find_cell(nb: nbformat.NotebookNode, ident: str) -> nbformat.NotebookNode | None:
    """The cell Quarto's embed would pick: cell id, then ``#| label:``, then a tag of that name."""
    cells = [c for c in nb.cells if c.cell_type == "code"]
    for cell in cells:
        if cell.get("id") == ident:
            return cell
    for cell in cells:
        if cell_options(cell.source).get("label") == ident:
            return cell
    for cell in cells:
        if ident in cell.get("metadata", {}).get("tags", []):
            return cell
    return None


def computed_alt(cell: nbformat.NotebookNode) -> str | None:
    """The alt text a chart wrote into the cell's first figure output (``metadata[<image type>]["alt"]``)."""
    for out in cell.get("outputs", []):
        for mime in IMAGE_TYPES:
            if mime in out.get("data", {}):
                alt = (out.get("metadata", {}).get(mime) or {}).get(ALT_KEY)
                return " ".join(str(alt).split()) if alt else None
    return None


def with_computed_alt(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of an executed notebook in which each cell whose chart computed its alt text states it as its
    ``#| fig-alt:`` option (replacing a fixed one), so that both engines and Quarto's embed read it the same way.
    A figure cell with neither gets its caption as alt text: a tagged PDF (PDF/UA-1) needs one for every image."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        alt = computed_alt(cell)
        opts = cell_options(cell.source)
        has_image = any(m in out.get("data", {}) for out in cell.get("outputs", []) for m in IMAGE_TYPES)
        if not alt and has_image and not opts.get("fig-alt") and opts.get("fig-cap"):
            alt = " ".join(str(opts["fig-cap"]).split())
        if not alt:
            continue
        lines = cell.source.splitlines()
        head = 0
        while head < len(lines) and OPTION_LINE.match(lines[head]):
            head += 1
        options = [line for line in lines[:head] if not re.match(r"^#\|\s*fig-alt\s*:", line)]
        option = "#| fig-alt: " + json.dumps(alt, ensure_ascii=False)  # JSON strings are YAML strings
        cell.source = "\n".join([*options, option, *lines[head:]])
    return nb


def notebook_labels(path: Path) -> list[str]:
    """Labels (``#| label:``) of the code cells of a notebook, in order."""
    nb = nbformat.read(path, as_version=4)
    labels = [cell_options(c.source).get("label") for c in nb.cells if c.cell_type == "code"]
    return [str(label) for label in labels if label]


def _attr(value: str) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _embed_cell(ctx: Context, nb_path: Path, ident: str) -> str:
    nb = _notebook(ctx, nb_path)
    cell = find_cell(nb, ident)
    where = f"{nb_path.name}#{ident}"
    if cell is None:
        raise BuildError(f"{{{{< embed {where} >}}}}: no cell labelled {ident!r} in {nb_path}")
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            raise BuildError(f"{{{{< embed {where} >}}}}: the cell raised {out.get('ename')}; rerun the notebooks")
    opts = cell_options(cell.source)
    label = str(opts.get("label") or ident)
    parts: list[str] = []
    images = 0
    for out in cell.get("outputs", []):
        if out.get("output_type") not in ("display_data", "execute_result"):
            continue  # stream output (print) is not part of the briefing
        data = out.get("data", {})
        if "text/markdown" in data:
            text = data["text/markdown"]
            parts.append("".join(text) if isinstance(text, list) else str(text))
            continue
        mime = next((m for m in IMAGE_TYPES if m in data), None)
        if mime is not None:
            parts.append(_image(ctx, nb_path, label, images, mime, data[mime], opts))
            images += 1
            continue
        if "text/plain" in data:
            text = data["text/plain"]
            parts.append(escape("".join(text) if isinstance(text, list) else str(text)))
    if not parts:
        raise BuildError(f"{{{{< embed {where} >}}}}: the cell has no output to embed; run the notebooks first")
    body = "\n\n".join(p.strip("\n") for p in parts)
    if label.startswith("tbl-") and opts.get("tbl-cap"):
        body += f"\n\n: {opts['tbl-cap']} {{#{label}}}"
    return body


def _image(ctx: Context, nb_path: Path, label: str, index: int, mime: str, payload: object, opts: dict) -> str:
    if ctx.figures_dir is None:
        raise BuildError("embedding images needs a figures folder")
    ctx.figures_dir.mkdir(parents=True, exist_ok=True)
    name = f"{nb_path.stem}-{label}" + (f"-{index + 1}" if index else "") + IMAGE_TYPES[mime]
    text = "".join(payload) if isinstance(payload, list) else str(payload)
    data = text.encode("utf-8") if mime == "image/svg+xml" else base64.b64decode(text)
    (ctx.figures_dir / name).write_bytes(data)
    href = f"{ctx.figures_href}/{name}"
    caption = str(opts.get("fig-cap") or "")
    attrs = []
    if index == 0 and label.startswith("fig-") and caption:
        attrs.append(f"#{label}")
    if opts.get("fig-alt"):
        attrs.append(f"fig-alt={_attr(opts['fig-alt'])}")
    if not caption:  # pandoc makes a figure only from a captioned image; alt goes in the brackets
        alt = escape(str(opts.get("fig-alt") or ""))
        return f"![{alt}]({href})" + ("{" + " ".join(attrs) + "}" if attrs else "") + "\\ "
    return f"![{caption}]({href})" + ("{" + " ".join(attrs) + "}" if attrs else "")


def _embed(ctx: Context, args: str, base: Path) -> str:
    target = args.split()[0] if args.split() else ""
    path_part, _, idents = target.partition("#")
    if not path_part or not idents:
        raise BuildError(f"{{{{< embed {args} >}}}}: expected a notebook path and #label")
    nb_path = _project_path(ctx, path_part, base)
    return "\n\n".join(_embed_cell(ctx, nb_path, ident) for ident in idents.split(",") if ident)


def resolve(text: str, ctx: Context, base: Path, depth: int = 0) -> str:
    """Replace every shortcode in ``text``; ``base`` is the folder of the file the text comes from."""

    def one(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).strip()
        if name == "meta":
            return _lookup(ctx.meta, args, "meta")
        if name == "var":
            return _lookup(ctx.variables, args, "var")
        if name == "include":
            if depth >= MAX_INCLUDE_DEPTH:
                raise BuildError(f"{{{{< include {args} >}}}}: includes nested more than {MAX_INCLUDE_DEPTH} deep")
            path = _project_path(ctx, args, base)
            if not path.is_file():
                raise BuildError(f"{{{{< include {args} >}}}}: file {path} not found")
            return resolve(path.read_text(encoding="utf-8"), ctx, path.parent, depth + 1)
        if name == "embed":
            return _embed(ctx, args, base)
        if name == "ev":
            raise BuildError(f"{{{{< ev {args} >}}}}: live numbers are resolved in analyst files only "
                             f"({ANALYSIS_DIR}/<country-slug>.qmd), not in {base}")
        raise BuildError(f"{{{{< {name} {args} >}}}}: shortcode not supported by the built-in engine")

    return SHORTCODE.sub(one, text)


# --- ev: live numbers in analyst text ---------------------------------------------------------------------

#: Where an analyst's own text lives: one file per country, named by its slug (``tajikistan.qmd``).
ANALYSIS_DIR = "briefs/analysis"
#: What can narrow an ``ev`` shortcode down to one figure, besides indicator and year.
EV_KEYS = ("qualifier", "source", "country", "unit")


@dataclass(frozen=True)
class EvCode:
    """One ``{{< ev … >}}``: indicator and year, and what narrows it down (keys of EV_KEYS)."""

    indicator: str
    year: int
    narrow: dict[str, str]
    text: str  # the shortcode as written, for messages


def parse_ev(args: str) -> EvCode:
    """Read the arguments of an ``ev`` shortcode as Quarto does (positional, then ``key=value`` or
    ``key="value with spaces"``); a malformed one is a BuildError naming it."""
    text = f"{{{{< ev {args.strip()} >}}}}"
    try:
        words = shlex.split(args)
    except ValueError as exc:
        raise BuildError(f"{text}: {exc}") from None
    positional = [w for w in words if "=" not in w]
    narrow: dict[str, str] = {}
    for word in words:
        key, eq, value = word.partition("=")
        if not eq:
            continue
        if key not in EV_KEYS:
            raise BuildError(f"{text}: unknown option {key!r} (expected {', '.join(EV_KEYS)})")
        narrow[key] = value.strip()
    if len(positional) != 2 or not positional[1].isdigit():
        raise BuildError(f"{text}: expected an indicator and a year, e.g. {{{{< ev investigations 2021 >}}}}")
    indicator = re.sub(r"[\s-]+", "_", positional[0].strip().lower())
    return EvCode(indicator, int(positional[1]), narrow, text)


def _norm(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) or str(value) in ("<NA>", "nan") \
        else " ".join(str(value).split()).casefold()


def _describe(rows: pd.DataFrame) -> str:
    """The distinct figures of ``rows``, each with what tells it apart: '31 (source=tip-2022)'."""
    import pandas as pd

    parts = []
    for _, r in rows.iterrows():
        figure = str(r["value_text"]) if pd.isna(r["value"]) else f"{float(r['value']):g}"
        keys = [f"source={r['source_id']}"]
        if pd.notna(r["qualifier"]) and str(r["qualifier"]):
            keys.insert(0, f'qualifier="{r["qualifier"]}"')
        if pd.notna(r["unit"]) and str(r["unit"]):
            keys.append(f"unit={r['unit']}")
        parts.append(f"{figure} ({', '.join(keys)})")
    return "; ".join(dict.fromkeys(parts))


def ev_markdown(code: EvCode, table: pd.DataFrame) -> str:
    """The figure ``code`` names, as the briefing writes any cited figure (:func:`tipbrief.toolkit.cite.ev`).

    Rows of the indicator and year, narrowed by the options given; without ``qualifier=`` the rows without
    a qualifier (totals) are preferred when there are any. Rows stating the same value (one figure stated
    twice, or by two sources) are one figure citing all their evidence ids. No figure, or two different
    ones, is a BuildError saying what the table has."""
    import pandas as pd

    rows = table[((table["indicator"].astype(str) == code.indicator) & (table["year"] == code.year)).fillna(False)]
    for key, column in (("qualifier", "qualifier"), ("source", "source_id"), ("country", "country"),
                        ("unit", "unit")):
        if key in code.narrow:
            rows = rows[rows[column].map(_norm) == _norm(code.narrow[key])]
    if "qualifier" not in code.narrow:
        totals = rows[rows["qualifier"].map(_norm) == ""]
        rows = totals if len(totals) else rows
    if rows.empty:
        same = table[table["indicator"].astype(str) == code.indicator]
        if same.empty:
            raise BuildError(f"{code.text}: matches no figure (no indicator {code.indicator!r} in the table)")
        this_year = same[(same["year"] == code.year).fillna(False)]
        if len(this_year):
            raise BuildError(f"{code.text}: matches no figure; {code.indicator} {code.year} has: "
                             f"{_describe(this_year)}")
        years = sorted({int(y) for y in same["year"].dropna()})
        raise BuildError(f"{code.text}: matches no figure; {code.indicator} has years "
                         f"{', '.join(map(str, years)) or 'none'}")
    figures = rows.assign(_figure=[(None if pd.isna(r["value"]) else float(r["value"]), _norm(r["value_text"]))
                                   for _, r in rows.iterrows()])
    if figures["_figure"].nunique() > 1:
        raise BuildError(f"{code.text}: matches {figures['_figure'].nunique()} different figures: "
                         f"{_describe(rows)}; add an option to choose one")
    first = rows.iloc[0]
    ids = [str(i) for i in rows["id"]]
    if pd.notna(first["value"]) and str(first["unit"]) != "tier":
        return ev_number(float(first["value"]), ids)
    return ev(escape(first["value_text"]), ids)


def resolve_ev_text(text: str, table: pd.DataFrame, name: str) -> str:
    """``text`` with every ``{{< ev … >}}`` replaced by its cited figure; errors name ``name`` and the line.
    Other shortcodes are left for the engine."""

    def one(match: re.Match[str]) -> str:
        if match.group(1) != "ev":
            return match.group(0)
        line = text.count("\n", 0, match.start()) + 1
        try:
            return ev_markdown(parse_ev(match.group(2)), table)
        except BuildError as exc:
            raise BuildError(f"{name}:{line}: {exc}") from None

    return SHORTCODE.sub(one, text)


def analysis_file(root: Path, country_slug: str) -> Path:
    """The analyst's text for one country (it may not exist)."""
    return Path(root) / ANALYSIS_DIR / f"{country_slug}.qmd"
