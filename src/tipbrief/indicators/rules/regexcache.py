"""Precompiled rule regexes kept on disk, so a command does not pay again for compiling the rules.

The rules expand to a few hundred kilobytes of regex; CPython spends most of a short command parsing them
into the code its regex engine runs. That code is plain data (a list of integers and the group names), so
it is stored once per Python build (keyed on the interpreter version and the engine's ``MAGIC``) in
``$TIPBRIEF_CACHE`` or ``$XDG_CACHE_HOME/tipbrief`` (default ``~/.cache/tipbrief``) and handed back to the
engine directly next time. Anything unexpected (no cache folder, a damaged file, another engine) falls back
to :func:`re.compile`; the cache is an optimisation, never a source of truth: the pattern text is the key.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's regex engine and its compiler; elsewhere every pattern is compiled by re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

#: (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), as re._compiler.compile hands them to _sre
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_store: dict[tuple[str, int], _Entry] | None = None
_added = False
_used: set[tuple[str, int]] = set()
#: entries kept at most; patterns no longer used (rules since edited) are dropped first
MAX_ENTRIES = 4000


def cache_dir() -> Path:
    """Where precompiled regexes are kept."""
    if os.environ.get("TIPBRIEF_CACHE"):
        return Path(os.environ["TIPBRIEF_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tipbrief"


def _path() -> Path:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_dir() / f"regex-{tag}.marshal"


def _load() -> dict[tuple[str, int], _Entry]:
    global _store
    if _store is None:
        _store = {}
        try:
            data = marshal.loads(_path().read_bytes())
            _store = {(p, f): tuple(v) for p, f, *v in data}  # type: ignore[misc]
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no store yet, or one this interpreter cannot read: compile afresh
        atexit.register(save)
    return _store


def save() -> None:
    """Write the store if this process compiled patterns it did not hold (atomically; errors ignored)."""
    global _added
    if not _added or _store is None:
        return
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(_store, key=lambda k: k not in _used)[:MAX_ENTRIES]  # this process's patterns first
        data = marshal.dumps([(p, f, *_store[p, f]) for p, f in keys])
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        _added = False
    except OSError:
        pass


def _entry(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile computes before handing a pattern to the engine."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[Any] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), [int(c) for c in code], int(p.state.groups - 1), groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name says what it replaces
    """``re.compile(pattern, flags)``, from the store when this pattern was compiled before."""
    global _added
    if _sre is None:  # pragma: no cover - not CPython
        return re.compile(pattern, flags)
    store = _load()
    key = (pattern, int(flags))
    _used.add(key)
    entry = store.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except (TypeError, ValueError, RuntimeError):
            store.pop(key, None)
    try:
        entry = _entry(pattern, int(flags))
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # pragma: no cover - an engine whose internals differ: the public way
        return re.compile(pattern, flags)
    store[key] = entry
    _added = True
    return compiled
