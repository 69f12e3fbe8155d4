"""The Russian edition: `tipbrief build --lang ru` on the real seeds, read as a Russian reader would.

One session fixture builds the Russian briefing once (both engines when Quarto is there; the second render
reuses the executed notebooks); every test reads its files. No English interface text may be left: the
catalogue's messages, the English briefing's headings and the page furniture must all be gone, while quotes
stay in English, marked lang="en".
"""

from __future__ import annotations

import html.parser
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tipbrief import i18n

REPO = Path(__file__).resolve().parents[2]
PO = REPO / "src" / "tipbrief" / "locale" / "ru" / "LC_MESSAGES" / "tipbrief.po"
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
#: Latin words a Russian briefing writes too: formats, currencies, the tool's name.
LATIN_OK = {"PDF", "CSV", "USD", "TJS", "tipbrief"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sd]")


@dataclass
class Edition:
    """One engine's Russian briefing: the files and what a reader sees in them."""

    html: Path
    pdf: Path
    page: str = ""
    visible: str = ""  # the HTML text without quotes (elements in another language) and scripts
    headings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    pdf_text: str = ""


class _Reader(html.parser.HTMLParser):
    """The text of a page outside elements marked with another language than Russian, its headings and captions."""

    VOID = {"br", "img", "hr", "meta", "link", "input", "source", "col", "wbr", "area", "base"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.text: list[str] = []
        self.collect: list[list[str]] = []
        self.headings: list[str] = []
        self.captions: list[str] = []

    def _foreign(self) -> bool:
        return any(foreign for _tag, foreign in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang")
        foreign = tag in ("script", "style") or (lang is not None and not lang.startswith("ru"))
        self.stack.append((tag, foreign))
        if tag in ("h1", "h2", "h3", "h4", "figcaption", "caption"):
            self.collect.append([tag])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if self.collect and self.collect[-1][0] == tag:
            tag, *parts = self.collect.pop()
            text = " ".join("".join(parts).split())
            (self.captions if tag in ("figcaption", "caption") else self.headings).append(text)

    def handle_data(self, data: str) -> None:
        if self._foreign():
            return
        self.text.append(data)
        for parts in self.collect:
            parts.append(data)


def _read(edition: Edition) -> Edition:
    edition.page = edition.html.read_text(encoding="utf-8")
    reader = _Reader()
    reader.feed(edition.page)
    edition.visible = " ".join(" ".join(reader.text).split())
    edition.headings, edition.captions = reader.headings, reader.captions
    edition.pdf_text = subprocess.run(["pdftotext", "-layout", str(edition.pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout
    return edition


@pytest.fixture(scope="session")
def russian(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Edition]:
    """The real project's Russian briefing, built once with `build_country(..., lang="ru")`: engine -> edition."""
    from tipbrief.briefing.countries import build_country, resolve_countries, site_dir, write_site_index
    from tipbrief.briefing.engines import choose_engine
    from tipbrief.errors import BuildError

    root = tmp_path_factory.mktemp("russian") / "project"
    root.mkdir()
    for name in ("seeds", "notebooks", "briefs"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copy2(REPO / "_quarto.yml", root / "_quarto.yml")
    if (REPO / ".quarto-cli").exists():
        (root / ".quarto-cli").symlink_to((REPO / ".quarto-cli").resolve())
    editions: dict[str, Edition] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIPBRIEF_ROOT", str(root))
        mp.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
        (country,) = resolve_countries(root / "seeds", None)
        engines = ["builtin"]
        try:
            choose_engine("quarto")
            engines.append("quarto")
        except BuildError:
            pass
        for engine in engines:
            site = site_dir(root, country.slug, "ru") if engine == "builtin" else root / "_build" / "quarto-ru"
            result = build_country(root, country, engine=engine, lang="ru", jobs=2, site=site)
            editions[engine] = _read(Edition(result.files["html"], result.files["pdf"]))
        write_site_index(root / "_build" / "site", "ru")
    editions["root"] = Edition(root, root)  # type: ignore[arg-type]
    return editions


def _engines(russian: dict[str, Edition]) -> list[Edition]:
    return [e for name, e in russian.items() if name != "root"]


def _vocabulary() -> set[str]:
    """Categories and topics of vocabulary.yml: words that verbatim source text (a hotline's name, a free-text
    qualifier) also contains, so they are checked where they are shown as categories, not in all the text."""
    with (REPO / "src" / "tipbrief" / "indicators" / "rules" / "vocabulary.yml").open("rb") as fh:
        return {text for _line, _func, text, _c in i18n.extract_labels(fh, None, None, None)}


def _messages() -> list[str]:
    """English fragments of the catalogue's interface messages between placeholders (two words or more)."""
    with PO.open("rb") as fh:
        catalog = read_po(fh, locale="ru")
    out = set()
    vocabulary = _vocabulary()
    for m in catalog:
        if not m.id or m.id in vocabulary:
            continue
        for text in (m.id if isinstance(m.id, tuple) else (m.id,)):
            for piece in PLACEHOLDER.split(text):
                piece = " ".join(piece.split()).strip(" -:;,.()")
                if len(piece.split()) >= 2 and len(piece) >= 12:
                    out.add(piece)
    return sorted(out)


def test_files_carry_the_language_and_go_to_their_own_folder(russian):
    root = russian["root"].html
    site = root / "_build" / "site"
    built = russian["builtin"]
    assert built.html == site / "ru" / "tajikistan" / "tajikistan-tip-briefing.ru.html"
    assert built.pdf.name == "tajikistan-tip-briefing.ru.pdf" and (built.html.parent / "indicators.csv").is_file()
    assert not (site / "tajikistan").exists(), "the English site folder is not touched by a Russian build"
    index = (site / "ru" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in index and "Аналитические справки по странам" in index and "Версия" in index
    assert "tajikistan/tajikistan-tip-briefing.ru.pdf" in index
    # the country, its tier and the columns' names in Russian too; the tier as the status line finds it, with the
    # kind of source when only a secondary one states it (the seeds' 2025 tier is a news summary's)
    assert "<td>Таджикистан</td><td>Уровень 2 (доклад 2025 г., источник: новостная статья)</td>" in index
    assert "Последние данные" in index
    assert (root / "_build" / "countries" / "tajikistan.ru" / "briefs" / "briefing.ru.qmd").is_file()


def test_html_and_pdf_declare_russian_and_embed_cyrillic_fonts(russian):
    from pypdf import PdfReader

    for edition in _engines(russian):
        assert re.search(r'<html[^>]* lang="ru"', edition.page), edition.html
        fonts = subprocess.run(["pdffonts", str(edition.pdf)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
        sans = [r for r in rows if "LiberationSans" in r[0]]
        assert sans and all("yes" in r[-5:-2] for r in sans), fonts  # embedded
        assert CYRILLIC.search(edition.pdf_text)
        assert str(PdfReader(edition.pdf).trailer["/Root"].get("/Lang", "")).startswith("ru"), edition.pdf


def test_every_heading_and_caption_is_russian(russian):
    for edition in _engines(russian):
        assert len(edition.headings) >= 12 and len(edition.captions) >= 5, edition.html
        for text in edition.headings + edition.captions:
            assert CYRILLIC.search(text), f"{edition.html.name}: not Russian: {text!r}"
            latin = set(LATIN_WORD.findall(text)) - LATIN_OK
            assert not latin, f"{edition.html.name}: English in {text!r}"
        assert any("Таджикистан" in h for h in edition.headings[:3]), edition.headings[:3]


def test_no_english_interface_text_is_left_and_quotes_stay_english_marked_as_such(russian):
    english_headings = [line.lstrip("#").split("{")[0].strip()
                        for line in (REPO / "briefs" / "briefing.qmd").read_text(encoding="utf-8").splitlines()
                        if line.startswith("#")]
    furniture = ["Contents", "Trafficking in Persons Briefing", "How to cite", "Figure 1", "Table 1", "Evidence ev-"]
    messages = _messages()
    assert len(messages) > 100
    sources = " ".join(" ".join(f.read_text(encoding="utf-8").split()) for f in (REPO / "seeds").glob("*.txt"))
    for edition in _engines(russian):
        left = [m for m in messages + english_headings + furniture if m in edition.visible]
        assert not left, f"{edition.html.name}: English interface text left: {left[:10]}"
        pdf = " ".join(edition.pdf_text.split())
        # the PDF's text holds the quotes too: only what no source sentence says (headings of two words or
        # more, messages of five or more, the page furniture)
        # (a category of vocabulary.yml is a message and may be a source's words too: "Traffickers exploit
        # Tajikistani children in sex trafficking and forced labor ..." is a quote, not interface text)
        wanted = [h for h in english_headings if len(h.split()) >= 2] + furniture + [
            m for m in messages if len(m.split()) >= 5 and m not in sources]
        left = [m for m in wanted if m in pdf]
        assert not left, f"{edition.pdf.name}: English interface text left: {left[:10]}"
        assert re.search(r"Страница 1 из \d+", pdf) and "Содержание" in pdf
        for category in ("принудительный труд", "сельское хозяйство", "трудовые мигранты"):  # vocabulary.yml
            assert category in edition.visible, category
        assert re.search(r'<span lang="en">“[^<]*trafficking', edition.page), "quotes stay English, marked lang=en"


def test_numbers_and_dates_are_written_the_russian_way(russian):
    for edition in _engines(russian):
        assert "1 января 2026" in edition.visible and "2026-01-01" not in edition.visible
        with i18n.language("ru"):
            assert i18n.number(253670) == "253\xa0670"
        assert re.search(r"253[\s\u00a0\u202f]670", edition.visible), "thousands grouped with a space"
        assert "253,670" not in edition.visible


# --- the plumbing, without a build ----------------------------------------------------------------------------

def test_lang_is_given_once_by_option_or_parameter_and_checked(tmp_path):
    from tipbrief.cli.build import language
    from tipbrief.errors import ParameterError, TipbriefError

    params = {"lang": "ru", "year_from": 2019}
    assert language(None, params) == "ru" and params == {"year_from": 2019}  # -p lang=ru is --lang ru
    assert language("ru", {"lang": "ru"}) == "ru" and language(None, {}) == "en"
    with pytest.raises(ParameterError, match=r"^--lang en and -p lang=ru disagree: give one$"):
        language("en", {"lang": "ru"})
    with pytest.raises(TipbriefError, match=r"^--lang 'de': briefings are written in en, ru$"):
        language("de", {})


def test_the_work_copy_of_the_project_renders_the_russian_document(tmp_path):
    import yaml

    from tipbrief.briefing.countries import localize_project
    from tipbrief.errors import ParameterError

    shutil.copy2(REPO / "_quarto.yml", tmp_path / "_quarto.yml")
    with pytest.raises(ParameterError, match=r"^--lang ru: briefs/briefing\.ru\.qmd not found"):
        localize_project(tmp_path, "ru")
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "briefing.ru.qmd").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    localize_project(tmp_path, "en")
    assert (tmp_path / "_quarto.yml").read_bytes() == (REPO / "_quarto.yml").read_bytes(), "English: untouched"
    localize_project(tmp_path, "ru")
    config = yaml.safe_load((tmp_path / "_quarto.yml").read_text(encoding="utf-8"))
    assert config["project"]["render"] == ["briefs/briefing.ru.qmd"] and config["lang"] == "ru"
    assert {f["toc-title"] for f in config["format"].values()} == {"Содержание"}


def test_a_grid_may_vary_the_language_and_each_combination_keeps_its_own_site():
    from tipbrief.briefing.countries import site_dir
    from tipbrief.briefing.grid import Combination, grid_parameters
    from tipbrief.sources.countries import country_of

    assert "lang" in grid_parameters(REPO / "notebooks")
    combo = Combination(country_of("Tajikistan"), {"lang": "ru"})
    assert combo.name == "tajikistan__lang-ru"
    assert site_dir(Path("/p"), "tajikistan", "ru") == Path("/p/_build/site/ru/tajikistan")
    assert site_dir(Path("/p"), "tajikistan") == Path("/p/_build/site/tajikistan")
