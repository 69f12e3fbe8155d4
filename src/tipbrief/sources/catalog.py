"""The seeds catalog: provenance of every source document, validated against the files present."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from tipbrief import atomic
from tipbrief.errors import CatalogError
from tipbrief.paths import CATALOG_NAME
from tipbrief.sources.reader import SOURCE_SUFFIXES, read_source_text

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class SourceKind(StrEnum):
    """What kind of document a source is; drives how much weight its figures get."""

    GOVERNMENT_REPORT = "government report"
    DIPLOMATIC_CABLE = "diplomatic cable"
    ENCYCLOPEDIA_ARTICLE = "encyclopedia article"
    NEWS_ARTICLE = "news article"


class Period(BaseModel):
    """Years the document's data covers (inclusive)."""

    model_config = ConfigDict(extra="forbid")
    start: Annotated[int, Field(ge=1900, le=2100)]
    end: Annotated[int, Field(ge=1900, le=2100)]

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start > self.end:
            raise ValueError(f"period start {self.start} is after end {self.end}")
        return self

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


class Source(BaseModel):
    """One catalog entry. ``reporting_year`` is the year that "during the reporting period"
    refers to in this document (a TIP report published in 2022 describes 2021); None where
    the document has no single reporting period, so such phrases are flagged as ambiguous."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
    file: str
    title: Annotated[str, Field(min_length=1)]
    publisher: Annotated[str, Field(min_length=1)]
    kind: SourceKind
    country: Annotated[str, Field(min_length=1)]
    year: Annotated[int, Field(ge=1900, le=2100)]
    period: Period
    reporting_year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    language: Annotated[str, Field(min_length=2)] = "en"
    licence: Annotated[str, Field(min_length=1)]
    attribution: Annotated[str, Field(min_length=1)]
    reliability: Annotated[str, Field(min_length=1)]
    url: str | None = None

    @field_validator("file")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not value or "/" in value or "\\" in value or value in {".", ".."} or value.startswith("."):
            raise ValueError(f"file {value!r} must be a plain file name inside the seeds folder")
        if not value.endswith(SOURCE_SUFFIXES):
            raise ValueError(f"file {value!r} must end with one of {', '.join(SOURCE_SUFFIXES)}")
        return value


class Catalog(BaseModel):
    """All sources of one seeds folder."""

    model_config = ConfigDict(extra="forbid")
    sources: list[Source]

    @model_validator(mode="after")
    def _unique(self) -> Catalog:
        for attr in ("id", "file"):
            seen: set[str] = set()
            for entry in self.sources:
                value = getattr(entry, attr)
                if value in seen:
                    raise ValueError(f"duplicate {attr} {value!r}")
                seen.add(value)
        return self

    def by_id(self) -> dict[str, Source]:
        """Sources keyed by id."""
        return {s.id: s for s in self.sources}


def _one_line(exc: ValidationError, raw: object) -> str:
    """Condense pydantic's report to its first error, naming the entry by index and id."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        idx = loc[1]
        entries = raw.get("sources") if isinstance(raw, dict) else None
        entry_id = None
        if isinstance(entries, list) and idx < len(entries) and isinstance(entries[idx], dict):
            entry_id = entries[idx].get("id")
        where = f"entry {idx + 1}" + (f" (id {entry_id!r})" if entry_id else "")
        loc = loc[2:]
    field = ".".join(str(p) for p in loc)
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "missing":
        msg = f"missing field {field!r}"
    elif err["type"] == "extra_forbidden":
        msg = f"unknown field {field!r}"
    elif field:
        msg = f"field {field!r}: {msg}"
    return ", ".join(p for p in (where, msg) if p)


def parse_catalog(text: str, origin: Path) -> Catalog:
    """Parse and validate catalog YAML; errors name ``origin`` and the entry."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise CatalogError(f"{origin}:{line} invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(raw, dict) or "sources" not in raw:
        raise CatalogError(f"{origin}: expected a mapping with a 'sources' list")
    try:
        return Catalog.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError(f"{origin}: {_one_line(exc, raw)}") from None


def load_catalog(seeds: Path, *, check_files: bool = True) -> Catalog:
    """Load ``seeds/catalog.yml`` and check it against the folder: every entry has a readable
    file and every source file has an entry."""
    seeds = Path(seeds)
    path = seeds / CATALOG_NAME
    if not seeds.is_dir():
        raise CatalogError(f"{seeds}: seeds folder not found")
    if not path.is_file():
        raise CatalogError(f"{path}: catalog not found")
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                           "save the catalog as UTF-8") from None
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read the catalog ({exc.strerror or exc})") from None
    catalog = parse_catalog(text, path)
    if check_files:
        check_catalog_files(catalog, seeds)
    return catalog


def check_catalog_files(catalog: Catalog, seeds: Path) -> None:
    """Entries without files and files without entries are both errors."""
    root = seeds.resolve()
    listed = set()
    for entry in catalog.sources:
        file = (seeds / entry.file).resolve()
        if root not in file.parents:
            raise CatalogError(f"{seeds / CATALOG_NAME}: entry {entry.id!r}: file escapes the seeds folder")
        if not file.is_file():
            raise CatalogError(f"{seeds / CATALOG_NAME}: entry {entry.id!r}: file {entry.file!r} not found in {seeds}")
        listed.add(entry.file)
    for file in sorted(seeds.iterdir()):
        is_source = file.is_file() and file.suffix in SOURCE_SUFFIXES and not file.name.startswith(".")
        if is_source and file.name not in listed:
            raise CatalogError(f"{file}: source file has no entry in {seeds / CATALOG_NAME}")


def source_path(seeds: Path, source: Source) -> Path:
    """Absolute path of a catalogued source."""
    return (Path(seeds) / source.file).resolve()


def slugify(text: str) -> str:
    """A catalog id from free text: lower case, hyphens, at most 48 characters."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:48].rstrip("-") or "source"


def add_source(seeds: Path, file: Path, **fields: object) -> Source:
    """Copy ``file`` into ``seeds`` and append a validated entry to the catalog.

    Nothing is written unless the file reads as text and the whole new catalog validates.
    """
    seeds, file = Path(seeds), Path(file)
    read_source_text(file)  # refuse empty, binary or non-UTF-8 documents up front
    catalog = load_catalog(seeds)
    name = file.name
    if (seeds / name).exists():
        raise CatalogError(f"{seeds / name}: a file of that name is already in the seeds folder")
    entry = {k: v for k, v in fields.items() if v is not None}
    entry.setdefault("id", slugify(f"{entry.get('publisher', '')} {entry.get('year', '')} {entry.get('title', '')}"))
    entry["file"] = name
    year = entry.get("year")
    entry.setdefault("period", {"start": year, "end": year})
    entry.setdefault("attribution", f"{entry.get('publisher')}, {entry.get('title')} ({year})")
    entry.setdefault("licence", "unknown: check before republishing")
    entry.setdefault("reliability", "not yet assessed")
    raw = {"sources": [s.model_dump(mode="json", exclude_none=True) for s in catalog.sources] + [entry]}
    catalog_path = seeds / CATALOG_NAME
    try:
        new = Catalog.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError(f"{catalog_path}: new {_one_line(exc, raw)}") from None
    added = new.sources[-1]
    block = yaml.safe_dump([added.model_dump(mode="json", exclude_none=True)], sort_keys=False, allow_unicode=True)
    text = catalog_path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    indented = "".join(("  " + line if line.strip() else line) for line in block.splitlines(keepends=True))
    atomic.write_bytes(seeds / name, file.read_bytes())
    try:
        atomic.write_text(catalog_path, text + "\n" + indented)
    except BaseException:
        (seeds / name).unlink(missing_ok=True)
        raise
    return added
