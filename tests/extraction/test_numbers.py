"""Numbers as written: digits, words, scales, ranges and money."""

from __future__ import annotations

import pytest

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


def test_money_with_dollar_equivalent():
    found = find_money("provided 600,000 Tajikistani somoni ($53,190) and 253,670 somoni ($22,490)", {"somoni": "TJS"})
    got = [(m.amount.value, m.currency, m.usd.value) for m in found]
    assert got == [(600000, "TJS", 53190), (253670, "TJS", 22490)]
    only_usd = find_money("a grant of $1.2 million", {"somoni": "TJS"})
    assert [(m.amount.value, m.currency) for m in only_usd] == [(1_200_000, "USD")]


def test_not_a_number():
    with pytest.raises(ValueError):
        parse_number("many")


def test_plus_is_read_as_the_number():
    assert parse_number("1,000-plus") == 1000
    assert [m.text for m in find_numbers("some 1,000-plus workers")] == ["1,000-plus"]
