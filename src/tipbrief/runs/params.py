"""Notebook parameters: what each theme notebook accepts, checked before any kernel starts.

The schema of a notebook is its ``parameters`` cell (read with ``papermill.inspect_notebook``):
each name with the type of its default. Every theme notebook must also declare the common
parameters of :class:`CommonParams`, whose ranges and cross-checks live here.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, field_validator, model_validator

from tipbrief.errors import ParameterError


class CommonParams(BaseModel):
    """Parameters every theme notebook declares. Empty paths mean the project defaults; `tipbrief build`
    always passes the briefing's country."""

    model_config = ConfigDict(extra="forbid")
    country: str = ""  # empty: every country in the table (notebooks run interactively)
    seeds_dir: str = ""
    table_path: str = ""
    year_from: int = Field(ge=1900, le=2100)
    year_to: int = Field(ge=1900, le=2100)
    output_dir: str = ""
    lang: str = "en"  # the briefing's language (tipbrief.i18n.LANGUAGES); the notebook calls i18n.use(lang)

    @field_validator("lang")
    @classmethod
    def _language(cls, value: str) -> str:
        from tipbrief.i18n import LANGUAGES

        if value not in LANGUAGES:
            raise ValueError(f"{value!r} is not a briefing language ({', '.join(LANGUAGES)})")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> CommonParams:
        if self.year_from > self.year_to:
            raise ValueError(f"year_from {self.year_from} is after year_to {self.year_to}")
        return self


COMMON = tuple(CommonParams.model_fields)
#: Common parameters a notebook may leave out (it is then written in English only).
OPTIONAL = ("lang",)


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None


def _annotation(value: Any) -> Any:
    if isinstance(value, bool):
        return bool
    if isinstance(value, int):
        return int
    if isinstance(value, float):
        return float
    if isinstance(value, str):
        return str
    if isinstance(value, list):
        inner = {type(v) for v in value}
        return list[inner.pop()] if len(inner) == 1 else list
    return Any


@cache
def _inspect(path: Path, mtime: float) -> dict[str, Any]:
    """Parameter name -> default value, from the notebook's ``parameters`` cell."""
    import papermill  # here, not at the top: parsing `-p` assignments (every build) needs no papermill

    try:
        found = papermill.inspect_notebook(str(path))
    except Exception as exc:  # papermill raises plain ValueError/KeyError for unreadable notebooks
        raise ParameterError(f"{path}: cannot read the parameters cell ({exc})") from exc
    return {name: _literal(info["default"]) for name, info in found.items()}


def declared(path: Path) -> dict[str, Any]:
    """The parameters a notebook declares, with their defaults."""
    path = Path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: notebook not found")
    return dict(_inspect(path.resolve(), path.stat().st_mtime))


@cache
def _model(path: Path, mtime: float) -> type[BaseModel]:
    defaults = _inspect(path, mtime)
    missing = [n for n in COMMON if n not in defaults and n not in OPTIONAL]
    if missing:
        raise ParameterError(f"{path.name}: parameters cell lacks {', '.join(missing)}")
    extra = {n: (_annotation(v), v) for n, v in defaults.items() if n not in COMMON}
    return create_model(f"Params_{path.stem}", __base__=CommonParams, **extra)


def schema(path: Path) -> type[BaseModel]:
    """The pydantic model of a notebook's parameters (common ones plus the theme's own)."""
    path = Path(path).resolve()
    declared(path)
    return _model(path, path.stat().st_mtime)


def validate(path: Path, values: dict[str, Any]) -> dict[str, Any]:
    """Defaults of ``path`` overridden by ``values``, type-checked; raises ParameterError in one line."""
    path = Path(path)
    defaults = declared(path)
    unknown = sorted(set(values) - set(defaults))
    if unknown:
        raise ParameterError(
            f"unknown parameter {unknown[0]!r} for notebook {path.stem} (it takes: {', '.join(sorted(defaults))})"
        )
    model = schema(path)
    # a single name given where the notebook expects a list ("-p indicators=convictions")
    values = {k: [v] if isinstance(defaults.get(k), list) and isinstance(v, str) else v for k, v in values.items()}
    try:
        checked = model(**{**defaults, **values})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        got = f" (got {err['input']!r})" if where and "input" in err else ""
        prefix = f"parameter {where}: " if where else "parameters: "
        raise ParameterError(f"notebook {path.stem}: {prefix}{msg}{got}") from None
    return checked.model_dump()


def parse_value(text: str) -> Any:
    """A ``-p name=value`` value: YAML scalars and lists (2019, true, [a, b]); 'a,b' becomes a list."""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    if isinstance(value, str) and "," in value:
        return [part.strip() for part in value.split(",") if part.strip()]
    return text if value is None else value


def parse_assignments(items: list[str] | None) -> dict[str, Any]:
    """``["year_from=2019", "prosecution.indicators=convictions"]`` -> dict; refuses items without '='."""
    out: dict[str, Any] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ParameterError(f"parameter {item!r}: expected name=value")
        try:
            yaml.safe_load(value)
        except yaml.YAMLError:
            raise ParameterError(f"-p {item!r}: the value is not a YAML scalar or list") from None
        out[name] = parse_value(value)
    return out
