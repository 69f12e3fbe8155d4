"""The readers' entry tests (``rules.wordscan.entry``) never turn away a sentence that gives a row.

``extract_document`` calls a reader only on a sentence where one regex of its entry test may match; the words of that
test are worked out from the regexes, so a pattern added to the rules is covered. Every case of ``cases/*.yml`` (where
new rule behaviour is added) is read with each reader called on every sentence, and a reader that makes a row on a
sentence its entry test turns away fails here, by name; the rows with and without the entry tests are the same.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tipbrief.indicators.rules import breakdowns, comparisons, counts, generic, statements, zeros
from tipbrief.indicators.rules.context import Context
from tipbrief.indicators.rules.wordscan import Entry

from .conftest import records_for
from .test_cases import ALL

#: the modules whose readers ``extract_document`` calls through a module attribute
MODULES = (breakdowns, comparisons, counts, generic, zeros)
#: every reader declared with an entry test, by the module attribute ``extract_document`` calls it through (found, not
#: listed: a reader that gets an entry test is checked here without an edit)
GATED = {**{f"{m.__name__.rsplit('.', 1)[1]}.{name}": f for m in MODULES for name, f in vars(m).items()
            if callable(f) and isinstance(getattr(f, "entry", None), Entry)},
         **{f"statements.{r.__name__}": r for r in statements.ALL}}
ALWAYS = Entry(None)


def _checked(name: str, reader: Callable, refused: list[str]) -> Callable:
    """``reader``, called on every sentence, noting each sentence its entry test turns away where it makes a row."""

    def read(ctx: Context, *args: object) -> list:
        rows = reader(ctx, *args)
        if rows and not ctx.enters(reader.entry):
            refused.append(f"{name}: {ctx.text!r} gives {[r.indicator for r in rows]}")
        return rows

    read.entry = ALWAYS  # type: ignore[attr-defined]
    read.__name__ = reader.__name__
    return read


@pytest.mark.parametrize("case", [case for _, case in ALL], ids=[name for name, _ in ALL])
def test_entry_tests_keep_every_sentence_that_gives_a_row(case, monkeypatch):
    with_entries = records_for(case["text"], **case.get("source", {}))
    refused: list[str] = []
    for name, reader in GATED.items():
        module, attr = name.split(".")
        if module != "statements":
            monkeypatch.setattr(globals()[module], attr, _checked(name, reader, refused))
    monkeypatch.setattr(statements, "ALL", tuple(
        _checked(f"statements.{r.__name__}", r, refused) for r in statements.ALL))
    every_sentence = records_for(case["text"], **case.get("source", {}))
    assert refused == []
    assert with_entries == every_sentence


def test_every_reader_of_extract_document_with_an_entry_test_is_checked():
    declared = {f"{m.__name__.rsplit('.', 1)[1]}.{name}" for m in (*MODULES, statements)
                for name, f in vars(m).items() if callable(f) and isinstance(getattr(f, "entry", None), Entry)}
    assert declared <= set(GATED)
    assert "breakdowns.back_reference" in GATED
