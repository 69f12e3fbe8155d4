"""The built-in engine: renders the Quarto project (_quarto.yml + briefs/) with pandoc and Typst alone.

It resolves the shortcodes the briefing uses (tipbrief.briefing.shortcodes), then runs pandoc with the shared
evidence filter plus the filters that stand in for Quarto (crossref.lua, callouts.lua): once to a
self-contained HTML page, once to Typst, which the typst package compiles to PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from tipbrief.briefing.pandoc_tool import pandoc_version, run_pandoc
from tipbrief.briefing.shortcodes import Context, resolve
from tipbrief.briefing.typst_tool import compile_pdf, typst_version
from tipbrief.errors import BuildError

PACKAGE = Path(__file__).resolve().parent
FILTERS = PACKAGE / "filters"
ASSETS = PACKAGE / "assets"
#: Builtin-only filters standing in for Quarto features, applied around the shared evidence filter.
BUILTIN_FILTERS = ("callouts.lua", "evidence.lua", "crossref.lua", "a11y.lua")
#: Raw HTML/TeX and $math$ are off: they would let text through as markup. Raw blocks and spans marked for a format
#: (`` `<span>…</span>`{=html} ``, ```` ```{=typst} ````) are read as Quarto reads them: the data appendix writes its
#: quotes so (parts.html_span), and an analyst's file may hold them; text from the sources never forms one (its
#: backticks are escaped).
READER = "markdown-raw_html-raw_tex-tex_math_dollars-tex_math_single_backslash"
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
NOT_METADATA = {"project", "format", "filters", "shortcodes", "execute", "metadata-files"}
DOCUMENT = "briefs/briefing.qmd"


@dataclass
class BuiltinInput:
    """The briefing sources read from a project: metadata (merged like Quarto), body and format options."""

    meta: dict
    body: str
    html: dict
    typst: dict
    document: Path


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise BuildError(f"{path}: expected a mapping")
    return data


def document_path(root: Path, project: dict) -> Path:
    """The document the project renders (the first of project.render)."""
    targets = (project.get("project") or {}).get("render") or [DOCUMENT]
    return Path(root) / str(targets[0])


def read_project(root: Path) -> BuiltinInput:
    """Read _quarto.yml, its metadata files and the briefing document, merging metadata as Quarto does
    (project, then metadata files, then the document's front matter)."""
    root = Path(root)
    config_path = root / "_quarto.yml"
    if not config_path.is_file():
        raise BuildError(f"{config_path}: Quarto project file not found")
    config = _yaml(config_path)
    meta = {k: v for k, v in config.items() if k not in NOT_METADATA}
    for name in config.get("metadata-files") or []:
        path = root / str(name)
        if not path.is_file():
            raise BuildError(f"{path}: metadata file named in _quarto.yml not found (run `tipbrief build`)")
        meta.update(_yaml(path))
    document = document_path(root, config)
    if not document.is_file():
        raise BuildError(f"{document}: briefing document not found")
    text = document.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match:
        front = yaml.safe_load(match.group(1)) or {}
        if not isinstance(front, dict):
            raise BuildError(f"{document}: front matter must be a mapping")
        meta.update(front)
        text = text[match.end():]
    formats = config.get("format") or {}
    return BuiltinInput(meta, text, formats.get("html") or {}, formats.get("typst") or {}, document)


def _resolve_meta(meta: dict, ctx: Context, base: Path) -> dict:
    return {k: resolve(v, ctx, base) if isinstance(v, str) else v for k, v in meta.items()}


def render_builtin(root: Path, html_out: Path, pdf_out: Path, work: Path, *, timestamp: int | None) -> None:
    """Render the project at ``root`` to ``html_out`` and ``pdf_out``; ``work`` (inside root) holds the
    resolved markdown, extracted figures and the Typst file."""
    root, work = Path(root).resolve(), Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    project = read_project(root)
    variables_path = root / "_variables.yml"
    variables = _yaml(variables_path) if variables_path.is_file() else {}
    ctx = Context(root=root, meta=project.meta, variables=variables, figures_dir=work / "figures")
    meta = _resolve_meta(project.meta, ctx, project.document.parent)
    body = resolve(project.body, ctx, project.document.parent)
    plain_meta = {k: v for k, v in meta.items() if k not in ("evidence-json", "evidence-sources")}
    (work / "metadata.yml").write_text(yaml.safe_dump(plain_meta, allow_unicode=True), encoding="utf-8")
    (work / "briefing.md").write_text(body, encoding="utf-8")
    common = [
        "briefing.md", "-f", READER, "--standalone", "--metadata-file", "metadata.yml",
        "--toc", f"--toc-depth={int(project.html.get('toc-depth', 2))}",
        "-M", f"pagetitle={meta.get('country') or meta.get('title', 'Briefing')}",
    ]
    for key in ("evidence-json", "evidence-sources"):
        if meta.get(key):
            common += ["-M", f"{key}={(root / str(meta[key]).lstrip('/')).resolve()}"]
    for name in BUILTIN_FILTERS:
        common += ["--lua-filter", str(FILTERS / name)]
    run_pandoc(
        [*common, "-t", "html5", "--embed-resources", "--template", str(ASSETS / "briefing.html"),
         "--css", str(ASSETS / "briefing.css"), "-V", f"pandoc-version={pandoc_version()}",
         "--resource-path", str(work), "-o", str(Path(html_out).resolve())],
        cwd=work,
    )
    typst_depth = int(project.typst.get("toc-depth", 2))
    run_pandoc(
        [*common, f"--toc-depth={typst_depth}", "-t", "typst", "--template", str(ASSETS / "briefing.typ"),
         "--shift-heading-level-by=-1", "-o", "briefing.typ"],
        cwd=work,
    )
    compile_pdf(work / "briefing.typ", Path(pdf_out).resolve(), root=root, timestamp=timestamp)


def versions() -> dict[str, str]:
    """Versions of the tools this engine runs."""
    return {"pandoc": pandoc_version(), "typst": typst_version()}
