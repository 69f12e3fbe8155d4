"""The interface language: messages from the .po catalogue, Russian plurals, numbers and dates by Babel."""

from __future__ import annotations

import datetime as dt

import pytest

from tipbrief import i18n
from tipbrief.errors import TipbriefError


def test_english_is_the_message_itself_and_russian_comes_from_the_catalogue():
    assert i18n._("Investigations") == "Investigations"
    with i18n.language("ru"):
        assert i18n._("Investigations") == "Расследования"
        assert i18n._("a message nobody translated") == "a message nobody translated"
    assert i18n.current() == "en"


@pytest.mark.parametrize(("n", "expected"), [(1, "1 источник"), (3, "3 источника"), (5, "5 источников"),
                                             (11, "11 источников"), (21, "21 источник"), (22, "22 источника")])
def test_russian_plurals_have_three_forms(n, expected):
    with i18n.language("ru"):
        assert i18n.ngettext("{n} source", "{n} sources", n).format(n=n) == expected


def test_numbers_and_dates_are_written_as_the_language_writes_them():
    assert i18n.number(1234.0) == "1,234"
    assert i18n.date("2026-12-01") == "December 1, 2026"
    with i18n.language("ru"):
        assert i18n.number(1234) == "1\xa0234"
        assert i18n.date(dt.date(2026, 12, 1)) == "1 декабря 2026\u202fг."


def test_an_unknown_language_is_refused_in_one_line():
    with pytest.raises(TipbriefError, match=r"--lang 'fr': briefings are written in en, ru"):
        i18n.check("fr")
