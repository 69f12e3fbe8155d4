"""Parameter schema from each notebook's parameters cell, validated without a kernel."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipbrief.errors import ParameterError
from tipbrief.runs import params

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
NOTEBOOKS = HERE.parents[1] / "notebooks"


def test_every_theme_notebook_declares_the_common_parameters():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        declared = params.declared(path)
        assert set(params.COMMON) <= set(declared), path.name
        assert declared["seeds_dir"] == "" and declared["table_path"] == "" and declared["output_dir"] == ""
        params.validate(path, {})  # the defaults themselves are valid


def test_theme_parameters_are_typed_from_their_defaults():
    path = NOTEBOOKS / "prosecution.ipynb"
    ok = params.validate(path, {"year_from": "2019", "indicators": "convictions"})
    assert ok["year_from"] == 2019 and ok["indicators"] == ["convictions"]
    with pytest.raises(ParameterError, match=r"parameter year_from: .*integer.*'abc'"):
        params.validate(path, {"year_from": "abc"})
    with pytest.raises(ParameterError, match="year_from 2030 is after year_to 2019"):
        params.validate(path, {"year_from": 2030, "year_to": 2019})
    with pytest.raises(ParameterError, match="unknown parameter 'colour' for notebook prosecution"):
        params.validate(path, {"colour": "red"})
    with pytest.raises(ParameterError, match="parameter indicators"):
        params.validate(path, {"indicators": 5})


def test_parse_assignments():
    got = params.parse_assignments(["year_from=2019", "prosecution.indicators=convictions,prosecutions",
                                    "country=Tajikistan", "flag=true", "seeds_dir="])
    assert got == {"year_from": 2019, "prosecution.indicators": ["convictions", "prosecutions"],
                   "country": "Tajikistan", "flag": True, "seeds_dir": ""}
    with pytest.raises(ParameterError, match="expected name=value"):
        params.parse_assignments(["year_from"])


def test_a_notebook_without_the_common_parameters_is_refused(tmp_path):
    import nbformat

    nb = nbformat.read(str(FIXTURES / "tiny.ipynb"), as_version=4)
    nb.cells[1].source = "factor = 1\n"
    nbformat.write(nb, str(tmp_path / "bare.ipynb"))
    with pytest.raises(ParameterError, match="parameters cell lacks country"):
        params.validate(tmp_path / "bare.ipynb", {})
