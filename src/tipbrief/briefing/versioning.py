"""Version numbers of the briefing: the input digest, draft versions and semantic-version bumps."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from tipbrief import __version__
from tipbrief.errors import ParameterError
from tipbrief.paths import PACKAGE_DIR
from tipbrief.runs.cache import code_digest, files_digest

#: Strict SemVer 2.0.0 without build metadata: MAJOR.MINOR.PATCH with an optional -pre-release
#: (dot-separated identifiers, numeric ones without leading zeros). No spaces, no 'v'.
_NUM = r"0|[1-9]\d*"
_PRE_ID = r"(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)"
SEMVER = re.compile(rf"^({_NUM})\.({_NUM})\.({_NUM})(?:-({_PRE_ID}(?:\.{_PRE_ID})*))?$")
BUMPS = ("patch", "minor", "major")
FIRST_VERSION = "0.1.0"
MANIFEST = "manifest.json"
#: Folders and files of a project whose content the briefing depends on (besides seeds and the package).
BRIEFING_INPUTS = ("_quarto.yml", "briefs", "notebooks")


def parse_version(text: str) -> tuple:
    """'1.2.3' -> (1, 2, 3, (1,)); '2.0.0-rc.1' -> (2, 0, 0, (0, (0, 'rc'), (1, 1)))): a key that sorts by
    SemVer precedence (a pre-release before its release). Anything else is a ParameterError naming it."""
    match = SEMVER.fullmatch(text) if isinstance(text, str) else None
    if not match:
        raise ParameterError(f"--version {text!r}: expected MAJOR.MINOR.PATCH with an optional -pre-release, "
                             "e.g. 1.0.0 or 2.0.0-rc.1 (no 'v', no spaces)")
    major, minor, patch, pre = match.groups()
    if pre is None:
        rank: tuple = (1,)
    else:  # numeric identifiers sort numerically and before alphanumeric ones
        rank = (0, *((1, int(p)) if p.isdigit() else (2, p) for p in pre.split(".")))
    return int(major), int(minor), int(patch), rank


def bump(version: str | None, part: str) -> str:
    """Next version after ``version`` (None: no edition yet, gives 0.1.0 whatever the part); the bump
    of a pre-release is its release where that is the same part (2.0.0-rc.1 --bump major = 2.0.0)."""
    if part not in BUMPS:
        raise ParameterError(f"--bump {part!r}: expected one of {', '.join(BUMPS)}")
    if version is None:
        return FIRST_VERSION
    major, minor, patch, rank = parse_version(version)
    pre = rank != (1,)
    if part == "major":
        return f"{major}.0.0" if pre and minor == patch == 0 else f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor}.0" if pre and patch == 0 else f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch}" if pre else f"{major}.{minor}.{patch + 1}"


def latest(versions: Iterable[str]) -> str | None:
    """Highest of the valid versions given, or None."""
    valid = [v for v in versions if SEMVER.fullmatch(v)]
    return max(valid, key=parse_version) if valid else None


def draft_version(last_edition: str | None, digest: str) -> str:
    """Version of an unpublished build: the next patch after the last edition, marked as a draft."""
    return f"{bump(last_edition, 'patch')}-draft+{digest[:12]}"


def input_digest(root: Path, seeds: Path, params: dict | None = None) -> str:
    """sha256 over everything a briefing is made from: sources and catalog, parameters, the notebooks,
    the briefing sources (_quarto.yml, briefs/) and the package (version and files: code, filters, templates).
    Notebooks count by their code (``cache.code_digest``): running and saving one with outputs changes nothing."""
    root, seeds = Path(root), Path(seeds)
    package = PACKAGE_DIR
    parts = {
        "seeds": files_digest([seeds], base=seeds),
        "params": params or {},
        "briefing": {name: code_digest([root / name], base=root) for name in BRIEFING_INPUTS},
        "package": f"{__version__}+{files_digest([package], base=package)}",
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def list_editions(editions: Path) -> list[str]:
    """Published versions in an editions folder (subfolders with a manifest), oldest first; the staging
    folders of a publish in progress or interrupted start with a dot and are ignored."""
    editions = Path(editions)
    if not editions.is_dir():
        return []
    found = [p.name for p in editions.iterdir() if p.is_dir() and SEMVER.fullmatch(p.name) and (p / MANIFEST).is_file()]
    return sorted(found, key=parse_version)


def last_edition(editions: Path) -> str | None:
    """The highest published version, or None."""
    return latest(list_editions(editions))


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
