"""Data a command works out from files and libraries (parsed rule YAML, Babel's currency tables), kept on disk.

Each value is stored under a key made of everything it is worked out from (the files' SHA-256, the libraries'
versions, the interpreter's), in the cache folder of :func:`tipbrief.indicators.rules.regexcache.cache_dir`
(``data/<name>-<key>.marshal``, or ``.pickle`` for the validated rule set): an edited rule file or an upgraded library
has another key, so it can never be served a stale value. A missing, damaged or unreadable file is worked out afresh
and written again (atomically; a cache folder that cannot be written only costs time). Values must be what
:mod:`marshal` stores (dicts, lists, tuples, strings, numbers, frozensets ...), or what :mod:`pickle` stores when asked;
one it cannot store is simply not kept. A value missing from the cache folder is looked for in the data
shipped with the package (:func:`tipbrief.indicators.rules.regexcache.shipped_dir`), under the same key.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from tipbrief.indicators.rules.regexcache import cache_dir, shipped_dir, write_cache_file

T = TypeVar("T")
#: files kept per name (other rule versions, other worktrees); the oldest beyond it are removed
KEEP = 8


def digest(data: bytes | str) -> str:
    """SHA-256 of ``data`` (text as UTF-8), for a key."""
    return hashlib.sha256(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data).hexdigest()


def installed(module: str, distribution: str) -> tuple[str, ...]:
    """What names an installed library, found without importing it (an import can cost more than the value kept):
    where its module is, and the names of its ``<distribution>-<version>.dist-info`` folders there (an upgrade
    changes the version in the name)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return (module, "not installed")
    where = Path(spec.origin).parent
    infos = sorted(p.name for p in where.parent.glob(f"{distribution}-*.dist-info"))
    return (str(where), *infos) if infos else (str(where), digest(Path(spec.origin).read_bytes()))


def files(*paths: Path) -> tuple[str, ...]:
    """The digests of files a value is worked out from (a missing file counts as such)."""
    out = []
    for path in paths:
        try:
            out.append(digest(path.read_bytes()))
        except OSError:
            out.append(f"{path}: missing")
    return tuple(out)


@functools.cache
def countries_key() -> tuple[str, ...]:
    """What the answers of :mod:`tipbrief.sources.countries` are worked out from: its code and data file, pycountry
    and python-slugify as installed."""
    from tipbrief.sources import countries

    return (*files(Path(countries.__file__), countries.DATA), *installed("pycountry", "pycountry"),
            *installed("slugify", "python_slugify"))


def package_yaml(package: str, name: str) -> Any:
    """The YAML file ``name`` of ``package``, parsed (safe loader, libyaml's when present); kept parsed under the
    digest of its bytes and PyYAML's version and loader. Parsing a rule or data file costs more than reading it back,
    and so does decoding it: a value kept is found from the bytes alone (their digest is that of the text as read
    before, so values kept then are found too)."""
    from importlib import resources

    import yaml

    data = resources.files(package).joinpath(name).read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def parse() -> Any:
        # the text as ``read_text(encoding="utf-8")`` gives it: any line end read as "\n"
        return yaml.load(data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"), Loader=loader)

    return cached(f"yaml-{name}", (digest(data), yaml.__version__, loader.__name__), parse)


def _path(name: str, key: str, suffix: str = "marshal") -> Path:
    return cache_dir() / "data" / f"{name}-{key[:40]}.{suffix}"


def cached(name: str, parts: tuple[Any, ...], compute: Callable[[], T], *, objects: bool = False) -> T:
    """``compute()``, or the value it gave before for the same ``parts`` (strings or numbers that name everything
    the value depends on: file digests, library versions). With ``objects`` the value is kept with :mod:`pickle`
    (instances of the package's own classes, such as the validated rule set; ``parts`` must then name the code of
    those classes too), else with :mod:`marshal` (plain data only)."""
    codec: Any = pickle if objects else marshal
    version = pickle.HIGHEST_PROTOCOL if objects else marshal.version
    key = digest(repr((name, parts, sys.hexversion, codec.__name__, version)))
    path = _path(name, key, codec.__name__)
    shipped = shipped_dir()
    for where in [path] + ([shipped / "data" / path.name] if shipped else []):  # the cache folder, then the package's
        try:
            stored = codec.loads(where.read_bytes())
            if isinstance(stored, dict) and stored.get("key") == key and "value" in stored:
                return stored["value"]
        except (OSError, ValueError, EOFError, TypeError, AttributeError, ImportError, pickle.UnpicklingError):
            pass  # not stored yet, or damaged: worked out again below
    value = compute()
    _store(name, path, key, value, codec)
    return value


def _store(name: str, path: Path, key: str, value: Any, codec: Any = marshal) -> None:
    try:
        data = codec.dumps({"key": key, "value": value})
    except (ValueError, TypeError, AttributeError, pickle.PicklingError):
        return  # a value the codec cannot store: worked out every time
    try:
        write_cache_file(path, data)
        others = sorted(path.parent.glob(f"{name}-*.{codec.__name__}"), key=lambda p: p.stat().st_mtime,
                        reverse=True)
        for old in others[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
