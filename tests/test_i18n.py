"""The interface language: messages from the .po catalogue, Russian plurals, numbers and dates by Babel."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from tipbrief import i18n
from tipbrief.errors import TipbriefError


def test_english_is_the_message_itself_and_russian_comes_from_the_catalogue():
    assert i18n._("Investigations") == "Investigations"
    with i18n.language("ru"):
        assert i18n._("Investigations") == "Расследования"
        assert i18n._("a message nobody translated") == "a message nobody translated"
    assert i18n.current() == "en"


@pytest.mark.parametrize(("n", "expected"), [(1, "1 доклад"), (3, "3 доклада"), (5, "5 докладов"),
                                             (11, "11 докладов"), (21, "21 доклад"), (22, "22 доклада")])
def test_russian_plurals_have_three_forms(n, expected):
    with i18n.language("ru"):
        assert i18n.ngettext("{n} report", "{n} reports", n).format(n=n) == expected


def test_numbers_and_dates_are_written_as_the_language_writes_them():
    assert i18n.number(1234.0) == "1,234"
    assert i18n.date("2026-12-01") == "December 1, 2026"
    with i18n.language("ru"):
        assert i18n.number(1234) == "1\xa0234"
        assert i18n.date(dt.date(2026, 12, 1)) == "1 декабря 2026\u202fг."


def test_a_sentence_ending_in_an_abbreviation_takes_one_full_stop():
    text = "Рост с 21 в 2020 г. до 25 в 2021 г.. Итог: 1,6 млн.. Всё... Конец."
    with i18n.language("ru"):
        assert i18n.tidy(text) == "Рост с 21 в 2020 г. до 25 в 2021 г. Итог: 1,6 млн. Всё... Конец."
        assert i18n.tidy("2 декабря 2026\u202fг\\.. Составлено") == "2 декабря 2026\u202fг\\. Составлено", "Markdown"
    assert i18n.tidy("in 2021 e.g.. done") == "in 2021 e.g.. done", "English text is left as written"


def test_an_unknown_language_is_refused_in_one_line():
    with pytest.raises(TipbriefError, match=r"--lang 'fr': briefings are written in en, ru"):
        i18n.check("fr")


# --- the Russian catalogue against the code ------------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
PO = REPO / "src" / "tipbrief" / "locale" / "ru" / "LC_MESSAGES" / "tipbrief.po"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sd]")


def _catalogue():
    with PO.open("rb") as fh:
        return read_po(fh, locale="ru")


@functools.cache
def code_messages() -> dict[str | tuple[str, str], str]:
    """Every message the code, templates, notebooks and indicator labels use, as `make messages` extracts them
    (babel.cfg), with the file it comes from."""
    with (REPO / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    keywords = {**DEFAULT_KEYWORDS, "Nn_": (1, 2)}
    found: dict = {}
    for filename, _line, message, _comments, _context in extract_from_dir(str(REPO), method_map, options_map, keywords):
        found.setdefault(message, filename)
    return found


def test_the_catalogue_has_no_untranslated_or_fuzzy_entry_and_keeps_every_placeholder():
    catalog = _catalogue()
    entries = [m for m in catalog if m.id]
    assert len(entries) > 150
    for m in entries:
        assert not m.fuzzy, f"fuzzy: {m.id!r}"
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        assert len(forms) == (3 if m.pluralizable else 1) and all(f.strip() for f in forms), f"untranslated: {m.id!r}"
        wanted = set(PLACEHOLDER.findall(m.id[-1] if m.pluralizable else m.id))
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == wanted, f"placeholders of {m.id!r} in {form!r}"
    assert not catalog.obsolete


def test_every_message_the_code_uses_is_in_the_catalogue():
    ids = {m.id[0] if m.pluralizable else m.id for m in _catalogue() if m.id}
    messages = code_messages()
    assert len(messages) > 150
    missing = {(m[0] if isinstance(m, tuple) else m): f for m, f in messages.items()
               if (m[0] if isinstance(m, tuple) else m) not in ids}
    assert not missing, f"run `make messages` and translate: {missing}"
    unused = ids - {m[0] if isinstance(m, tuple) else m for m in messages}
    assert not unused, f"in the catalogue but not in the code (run `make messages`): {sorted(unused)}"


def test_captions_and_alt_text_of_an_executed_notebook_are_translated_in_its_cells():
    caption = "Tier placement by report year, as each source states it; years no source covers are unknown."
    source = f'#| label: fig-x\n#| fig-cap: "{caption}"\nx = 1\n'
    assert i18n.translate_options(source) == source
    with i18n.language("ru"):
        out = i18n.translate_options(source)
    assert out.splitlines()[0] == "#| label: fig-x" and out.endswith("x = 1\n")
    assert list(i18n.cell_options(out)) == [(2, "Уровень по годам докладов, как его указывает каждый источник; "
                                                 "годы, о которых источники молчат, обозначены как неизвестные.")]


def test_units_agree_with_their_number_in_russian_and_english():
    # English kept the table's plural for one too: Armenia's briefing read "Convictions: 1 persons" (review2)
    assert [i18n.unit("cases", n) for n in (1, 1.0, 3, 0.5)] == ["case", "case", "cases", "cases"]
    assert i18n.unit("cases") == "cases" and i18n.unit("TJS", 1) == "TJS"
    with i18n.language("ru"):
        assert [i18n.unit("cases", n) for n in (1, 3, 5, 21)] == ["дело", "дела", "дел", "дело"]
        assert i18n.unit("persons", 2.5) == "человека" and i18n.unit("TJS", 3) == "TJS"


def test_file_names_and_documents_carry_the_language_and_english_names_stay():
    assert i18n.suffix("en") == "" and i18n.suffix("ru") == ".ru"
    assert i18n.document("en") == "briefs/briefing.qmd" and i18n.document("ru") == "briefs/briefing.ru.qmd"
    assert (REPO / i18n.document("ru")).is_file()


def test_words_extraction_joined_are_translated_one_by_one():
    from tipbrief.toolkit.analysis import term

    with i18n.language("ru"):
        assert term("acceded, ratified") == "присоединение, ратифицирована"
        assert term("Russia") == "Россия" and term("Zork, Russia") == "Zork, Россия"
    assert term("acceded, ratified") == "acceded, ratified"


def test_a_statute_or_agency_copied_from_the_text_keeps_its_name_and_translates_the_words_around_it():
    from tipbrief.toolkit.analysis import term

    with i18n.language("ru"):
        assert term("Article 130.1") == "статья 130.1"
        assert term("Law 2016-111 (child victims)") == "закон 2016-111 (дети-жертвы)"
        assert term("by ICBF") == "силами ICBF" and term("by police") == "силами полиции"
        assert term("potential") == "потенциальные"
        assert term("Law on Combating Trafficking") == "Law on Combating Trafficking"  # no number: a title, as written
    assert term("Law 2016-111 (child victims)") == "Law 2016-111 (child victims)" and term("by ICBF") == "by ICBF"
