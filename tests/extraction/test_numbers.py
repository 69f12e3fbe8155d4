"""Numbers as written: digits, words, scales, ranges and money."""

from __future__ import annotations

import pytest

from tipbrief.indicators.currencies import currency_code, word_pattern
from tipbrief.indicators.numbers import find_money, find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("22", 22), ("253,670", 253670), ("Forty-six", 46), ("one million", 1_000_000), ("1.6 million", 1_600_000),
     ("six", 6), ("two hundred and five", 205), ("twenty one", 21), ("2,000", 2000)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_find_numbers_skips_ranges_of_years_phones_and_ages():
    assert [m.text for m in find_numbers("plan 2022-2024, tel 992-372-21-03-52, a 15-year-old")] == []
    assert [m.text for m in find_numbers("two or three officials and 14 cases")] == ["two", "three", "14"]
    assert find_numbers("someone once said") == []


def _money(text: str, country: str | None = None) -> list[tuple]:
    found = find_money(text, word_pattern(), lambda written: currency_code(written, country))
    return [(m.amount.value, m.currency, m.usd.value if m.usd else None) for m in found]


def test_money_with_dollar_equivalent():
    assert _money("provided 600,000 Tajikistani somoni ($53,190) and 253,670 somoni ($22,490)") == [
        (600000, "TJS", 53190), (253670, "TJS", 22490)]
    assert _money("a grant of $1.2 million") == [(1_200_000, "USD", None)]


@pytest.mark.parametrize(("text", "country", "code"), [
    ("allocated 1.2 million lei ($70,000)", "Romania", "RON"),
    ("allocated 1.2 million lei ($70,000)", "Moldova", "MDL"),
    ("spent 154,000 manat ($83,696)", "Azerbaijan", "AZN"),
    ("spent 154,000 manat ($83,696)", "Turkmenistan", "TMT"),
    ("spent 154,000 Azerbaijani manat ($83,696)", "Turkmenistan", "AZN"),  # the adjective decides
    ("from 12.6 million Nepali rupees (NPR) ($115,915)", "Nepal", "NPR"),
    ("to 25 million NPR ($229,991)", "Nepal", "NPR"),
    ("25.13 million pesos ($478,760)", "Philippines", "PHP"),
    ("378,000 cedis ($78,340)", "Ghana", "GHS"),
    ("2 million tenge ($4,600)", "Kazakhstan", "KZT"),
    ("500,000 hryvnias ($18,000)", "Ukraine", "UAH"),
    ("40,000 lari ($13,000)", "Georgia", "GEL"),
    ("3 million drams ($6,200)", "Armenia", "AMD"),
    ("1 million rubles ($13,000)", "Russia", "RUB"),
    ("90,000 euros ($99,000)", "Greece", "EUR"),
    ("4.5 million som ($53,000)", "Kyrgyzstan", "KGS"),
    ("150 million so'm ($13,000)", "Uzbekistan", "UZS"),
])
def test_money_in_any_country_by_babel_names(text, country, code):
    got = _money(text, country)
    assert [c for _, c, _ in got] == [code], got
    assert got[0][2] is not None  # the dollar equivalent in brackets is kept


def test_a_currency_code_is_no_count_word():
    assert currency_code("ALL", None) == "ALL" and _money("all 12 victims") == []
    assert currency_code("dollars", "Tajikistan") == "USD"


def test_not_a_number():
    with pytest.raises(ValueError):
        parse_number("many")


def test_plus_is_read_as_the_number():
    assert parse_number("1,000-plus") == 1000
    assert [m.text for m in find_numbers("some 1,000-plus workers")] == ["1,000-plus"]
