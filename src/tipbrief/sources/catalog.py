"""The seeds catalog: provenance of every source document, validated against the files present."""

from __future__ import annotations

import hashlib
import os
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from tipbrief import atomic
from tipbrief.errors import CatalogError
from tipbrief.i18n import N_
from tipbrief.paths import CATALOG_NAME
from tipbrief.sources.countries import canonical_name, slug
from tipbrief.sources.reader import SOURCE_SUFFIXES, read_source_text

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class SourceKind(StrEnum):
    """What kind of document a source is; drives how much weight its figures get (values marked for the
    message catalogue: the briefing's source table shows them translated)."""

    GOVERNMENT_REPORT = N_("government report")
    DIPLOMATIC_CABLE = N_("diplomatic cable")
    ENCYCLOPEDIA_ARTICLE = N_("encyclopedia article")
    NEWS_ARTICLE = N_("news article")
    UN_AGENCY_REPORT = N_("UN agency report")
    NGO_REPORT = N_("NGO report")
    ACADEMIC_PAPER = N_("academic paper")
    COURT_DECISION = N_("court decision")
    STATISTICS = N_("statistics")
    OTHER = N_("other")


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
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe; libyaml when present
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


def check_catalog_files(catalog: Catalog, seeds: Path, *, pending: str | None = None) -> None:
    """Entries without files and files without entries are both errors (except ``pending``, being added)."""
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
        if is_source and file.name not in listed and file.name != pending:
            raise CatalogError(f"{file}: source file has no entry in {seeds / CATALOG_NAME}")


def source_path(seeds: Path, source: Source) -> Path:
    """Absolute path of a catalogued source."""
    return (Path(seeds) / source.file).resolve()


def slugify(text: str) -> str:
    """A catalog id or file stem from free text: lower-case ASCII (accents transliterated), hyphens, at most 48
    characters."""
    return slug(text, max_length=48) or "source"


#: What ``sources init`` writes: the fields explained, no sources yet.
CATALOG_HEADER = """\
# Provenance of every source document in this folder. Adding a document means adding its file
# and an entry here (or `tipbrief sources add FILE`); a file without an entry, or an entry without
# a file, is an error. Fields are validated by tipbrief.sources.catalog.Source.
#   period:          years the document's data covers
#   reporting_year:  the year "during the reporting period" / "during the year" refers to;
#                    omit it where the document has no single reporting period
sources: []
"""

_EMPTY_LIST = re.compile(r"^sources:[ \t]*\[[ \t]*\][ \t]*(#.*)?$", re.MULTILINE)
_NO_ITEMS = re.compile(r"^sources:[ \t]*(#.*)?$", re.MULTILINE)


def init_catalog(seeds: Path) -> Path:
    """Start a seeds folder with an empty catalog; refuses to touch an existing catalog."""
    seeds = Path(seeds)
    path = seeds / CATALOG_NAME
    if seeds.exists() and not seeds.is_dir():
        raise CatalogError(f"{seeds}: exists and is not a folder")
    if path.exists():
        raise CatalogError(f"{path}: a catalog is already there; nothing changed")
    seeds.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, CATALOG_HEADER)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _default_id_base(entry: dict) -> str:
    """Country slug, year, then the title's words that do not repeat them."""
    country, year = slug(str(entry.get("country", ""))), str(entry.get("year", ""))
    skip = {*country.split("-"), year}
    words = [w for w in slug(str(entry.get("title", ""))).split("-") if w and w not in skip]
    return slug(" ".join([country, year, *words]), max_length=48) or "source"


def _unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free."""
    base = slug(base, max_length=60) or "source"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _dump(catalog: Catalog, old_text: str) -> str:
    """The whole catalog written anew, keeping the old file's leading comment block."""
    head = []
    for line in old_text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        head.append(line)
    sources = [s.model_dump(mode="json", exclude_none=True) for s in catalog.sources]
    body = yaml.safe_dump({"sources": sources}, sort_keys=False, allow_unicode=True, width=100)
    return "".join(head) + body


def _checked(text: str, expected: Catalog, old_text: str, origin: Path) -> str:
    """``text`` if it parses to ``expected``, else the catalog written anew (never an invalid catalog)."""
    try:
        if parse_catalog(text, origin).sources == expected.sources:
            return text
    except CatalogError:
        pass
    return _dump(expected, old_text)


def _with_entry(text: str, added: Source) -> str:
    """``text`` with ``added`` appended as a block item, comments and layout kept."""
    text, emptied = _EMPTY_LIST.subn("sources:", text, count=1)
    block = yaml.safe_dump([added.model_dump(mode="json", exclude_none=True)], sort_keys=False, allow_unicode=True)
    if not text.endswith("\n"):
        text += "\n"
    indented = "".join(("  " + line if line.strip() else line) for line in block.splitlines(keepends=True))
    return text + ("" if emptied else "\n") + indented


def _without_entry(text: str, index: int) -> str:
    """``text`` without the ``index``-th item of its ``sources`` list (block style), comments elsewhere kept."""
    root = yaml.compose(text)
    seq = next(v for k, v in root.value if k.value == "sources")
    item = seq.value[index]
    lines = text.splitlines(keepends=True)
    start = item.start_mark.line
    if index + 1 < len(seq.value):  # up to the next item's "- " line
        stop = seq.value[index + 1].start_mark.line
    else:
        stop = item.end_mark.line + (1 if item.end_mark.column else 0)
    while stop > start + 1 and (not lines[stop - 1].strip() or lines[stop - 1].lstrip().startswith("#")):
        stop -= 1
    kept = lines[:start] + lines[stop:]
    if start > 0 and start < len(kept) and not kept[start - 1].strip() and not kept[start].strip():
        del kept[start]
    result = "".join(kept).rstrip("\n") + "\n"
    if len(seq.value) == 1:
        result = _NO_ITEMS.sub("sources: []", result, count=1)
    return result


def add_source(seeds: Path, file: Path, *, id_base: str | None = None, **fields: object) -> Source:
    """Copy ``file`` into ``seeds`` and append a validated entry to the catalog.

    A missing seeds folder or catalog is started (as :func:`init_catalog` would). Without an ``id``
    one is made from ``id_base`` (or country, year and title) and kept unique. A file with the same
    bytes as a catalogued one is refused. Nothing is written unless the file reads as text and the
    whole new catalog validates. A file already in the seeds folder without an entry is catalogued in place.
    """
    seeds, file = Path(seeds), Path(file)
    read_source_text(file)  # refuse empty, binary or non-UTF-8 documents up front
    catalog_path = seeds / CATALOG_NAME
    in_place = seeds.is_dir() and file.resolve().parent == seeds.resolve()
    pending = file.name if in_place else None
    if catalog_path.is_file():
        catalog = load_catalog(seeds, check_files=False)
        check_catalog_files(catalog, seeds, pending=pending)
        text = catalog_path.read_text(encoding="utf-8")
    elif seeds.exists() and not seeds.is_dir():
        raise CatalogError(f"{seeds}: exists and is not a folder")
    else:
        catalog, text = Catalog(sources=[]), CATALOG_HEADER
        if seeds.is_dir():
            check_catalog_files(catalog, seeds, pending=pending)  # strays would make the new catalog invalid
    name = file.name
    listed = {s.file: s.id for s in catalog.sources}
    if in_place and name in listed:
        raise CatalogError(f"{file}: already catalogued as {listed[name]!r}")
    if not in_place and (seeds / name).exists():
        raise CatalogError(f"{seeds / name}: a file of that name is already in the seeds folder")
    digest = _sha256(file)
    for other in catalog.sources:
        if other.file != name and (seeds / other.file).is_file() and _sha256(seeds / other.file) == digest:
            raise CatalogError(
                f"{file}: same content as {seeds / other.file} (id {other.id!r}), already catalogued; not added")
    entry = {k: v for k, v in fields.items() if v is not None}
    if entry.get("country"):
        entry["country"] = canonical_name(str(entry["country"]))
    if "id" not in entry:
        entry["id"] = _unique_id(id_base or _default_id_base(entry), {s.id for s in catalog.sources})
    entry["file"] = name
    year = entry.get("year")
    covered = entry.get("reporting_year", year)
    entry.setdefault("period", {"start": covered, "end": covered})
    entry.setdefault("attribution", f"{entry.get('publisher')}, {entry.get('title')} ({year})")
    entry.setdefault("licence", "unknown: check before republishing")
    entry.setdefault("reliability", "not yet assessed")
    raw = {"sources": [s.model_dump(mode="json", exclude_none=True) for s in catalog.sources] + [entry]}
    try:
        new = Catalog.model_validate(raw)
    except ValidationError as exc:
        raise CatalogError(f"{catalog_path}: new {_one_line(exc, raw)}") from None
    added = new.sources[-1]
    new_text = _checked(_with_entry(text, added), new, text, catalog_path)
    created = not seeds.exists()
    seeds.mkdir(parents=True, exist_ok=True)
    try:
        if not in_place:
            atomic.write_bytes(seeds / name, file.read_bytes())
        atomic.write_text(catalog_path, new_text)
    except BaseException:
        if not in_place:
            (seeds / name).unlink(missing_ok=True)
        if created:
            seeds.rmdir()
        raise
    return added


def remove_source(seeds: Path, source_id: str, *, delete_file: bool = False) -> Source:
    """Remove entry ``source_id`` from the catalog (atomic write) and, with ``delete_file``, its file.

    Without ``delete_file`` the file must already be gone: a file without an entry would leave the
    folder invalid. Returns the removed entry.
    """
    seeds = Path(seeds)
    path = seeds / CATALOG_NAME
    catalog = load_catalog(seeds, check_files=False)
    ids = [s.id for s in catalog.sources]
    if source_id not in ids:
        known = ", ".join(ids) or "none"
        raise CatalogError(f"{path}: no source with id {source_id!r}; ids: {known}")
    index = ids.index(source_id)
    entry = catalog.sources[index]
    file = seeds / entry.file
    if file.exists() and not delete_file:
        raise CatalogError(f"{file}: still in the seeds folder; give --delete-file to delete it with entry "
                           f"{source_id!r}, or move it out of the folder first")
    text = path.read_text(encoding="utf-8")
    new = Catalog(sources=[s for s in catalog.sources if s.id != source_id])
    try:
        candidate = _without_entry(text, index)
    except (yaml.YAMLError, StopIteration, AttributeError, IndexError, TypeError):
        candidate = ""
    new_text = _checked(candidate, new, text, path)
    if not file.exists():
        atomic.write_text(path, new_text)
        return entry
    aside = seeds / f".{entry.file}.removing"  # hidden: not a source while the catalog is rewritten
    os.replace(file, aside)
    try:
        atomic.write_text(path, new_text)
    except BaseException:
        os.replace(aside, file)
        raise
    aside.unlink()
    return entry
