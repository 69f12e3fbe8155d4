"""Precompiled rule regexes kept on disk, so a command does not pay again for compiling the rules.

The rules expand to a few hundred kilobytes of regex; CPython spends most of a short command parsing them
into the code its regex engine runs. That code is plain data (a list of integers and the group names), so
it is stored once per Python build (keyed on the interpreter version and the engine's ``MAGIC``) in
``$TIPBRIEF_CACHE`` or ``$XDG_CACHE_HOME/tipbrief`` (default ``~/.cache/tipbrief``) and handed back to the
engine directly next time. Anything unexpected (no cache folder, a damaged file, another engine) falls back
to :func:`re.compile`; the cache is an optimisation, never a source of truth: the pattern text is the key.
``make`` also builds such a store into the package (:mod:`tipbrief.indicators.rules.prebuild`, :func:`shipped_dir`),
read when the cache folder lacks a pattern, so a first command does not compile the rules either.
The same file keeps what :func:`remember` is asked to keep: facts worked out from a pattern's text alone (the words
a match needs), so a command does not parse the patterns again either.

Every regex compiled here may name a word list of ``vocabulary.yml`` as the rule files do (``{POTENTIAL}``,
``{FORMS}``): :func:`compile` expands it first (:func:`with_vocabulary`), so a Python regex never repeats the words.
The extraction modules compile every regex through here: :func:`lazy` for a module-level pattern (compiled on its
first use, so importing a module costs nothing), and :func:`search`, :func:`match`, :func:`sub` ... for the
``re`` functions called with a pattern's text (compiled once per process, then from the store).
"""

from __future__ import annotations

import atexit
import functools
import marshal
import mmap
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's regex engine and its compiler; elsewhere every pattern is compiled by re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None  # type: ignore[assignment]

#: (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), as re._compiler.compile hands them to _sre, but
#: the code as the bytes of an ``array("I")``: a view of the mapped store file (:func:`_read`), or bytes compiled here
_Entry = tuple[int, bytes | memoryview, int, dict[str, int], tuple[str | None, ...]]
_store: dict[tuple[str, int], _Entry] | None = None
#: (kind, pattern text) -> a marshallable fact about the pattern (see :func:`remember`)
_facts: dict[tuple[str, str], Any] = {}
_added = False
_used: set[tuple[str, int]] = set()
_facts_used: set[tuple[str, str]] = set()
#: patterns compiled (not found in a store) since :func:`take_compiled` was last called
_compiled_here: list[tuple[str, int]] = []
T = TypeVar("T")
#: entries kept at most; patterns no longer used (rules since edited) are dropped first
MAX_ENTRIES = 4000


def cache_dir() -> Path:
    """Where precompiled regexes are kept."""
    if os.environ.get("TIPBRIEF_CACHE"):
        return Path(os.environ["TIPBRIEF_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tipbrief"


def write_cache_file(path: Path, data: bytes) -> None:
    """Write a file of the cache folder (regex store, rows, derived data) whole or not at all: a temporary file beside
    it, renamed over it. Raises OSError; callers ignore it (a cache that cannot be written only costs time)."""
    import tempfile  # only when there is something to write

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _path() -> Path:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}"
    return cache_dir() / f"regex-v4-{tag}.marshal"


def shipped_dir() -> Path | None:
    """The store and data built with the package (:mod:`tipbrief.indicators.rules.prebuild`, run by ``make``), so a
    first command does not compile the rules either: ``$TIPBRIEF_PREBUILT`` (empty: none), else the package's
    ``prebuilt`` folder. Read after the cache folder, never written by a command; its entries are keyed as the cache
    folder's (pattern text, interpreter, engine), so it can never serve a stale pattern."""
    if "TIPBRIEF_PREBUILT" in os.environ:
        return Path(os.environ["TIPBRIEF_PREBUILT"]) if os.environ["TIPBRIEF_PREBUILT"] else None
    return Path(__file__).with_name("prebuilt")


#: keys of the store and facts that the shipped store holds (a command does not write them to the cache folder)
_shipped: set[tuple[str, int]] = set()
_shipped_facts: set[tuple[str, str]] = set()


def _load() -> dict[tuple[str, int], _Entry]:
    global _store
    if _store is None:
        _store = {}
        _shipped.clear()
        _shipped_facts.clear()
        shipped = shipped_dir()
        for path, built in ([(shipped / _path().name, True)] if shipped else []) + [(_path(), False)]:
            try:
                store, facts = _read(path)
            except (OSError, ValueError, EOFError, TypeError, KeyError):
                continue  # no store yet, or one this interpreter cannot read: compile afresh
            if built:
                _shipped.update(store)
                _shipped_facts.update(facts)
            _store.update(store)
            _facts.update(facts)
        atexit.register(save)
    return _store


#: Bytes of the store file's header: the length of the index after it
_HEADER = 8


def _read(path: Path) -> tuple[dict[tuple[str, int], _Entry], dict[tuple[str, str], Any]]:
    """The regexes and facts of the store file at ``path``: a header, an index (marshal: each pattern's flags, groups
    and where its code is, then the facts) and the code of every regex. The file is mapped, not read: the code (most of
    its megabytes) is copied only when its pattern is compiled, into memory that is freed once it is."""
    with path.open("rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # an empty file: ValueError
    size = int.from_bytes(mapped[:_HEADER], "little")
    index = marshal.loads(mapped[_HEADER : _HEADER + size])
    code = memoryview(mapped)[_HEADER + size :]
    store: dict[tuple[str, int], _Entry] = {}
    for key, (flags, start, end, groups, groupindex, indexgroup) in index["regex"].items():
        if not 0 <= start <= end <= len(code):
            raise ValueError("code outside the file")
        store[key] = (flags, code[start:end], groups, groupindex, indexgroup)
    return store, index["facts"]


def save(path: Path | None = None) -> None:
    """Write the store if this process compiled patterns it did not hold (atomically; errors ignored): to the cache
    folder, less what the shipped store holds; to ``path`` whole (:mod:`tipbrief.indicators.rules.prebuild`)."""
    global _added
    if _store is None or (path is None and not _added):
        return
    try:
        keep = [k for k in _store if path is not None or k not in _shipped]
        keys = sorted(keep, key=lambda k: k not in _used)[:MAX_ENTRIES]  # this process's patterns first
        kept = [k for k in _facts if path is not None or k not in _shipped_facts]
        facts = sorted(kept, key=lambda k: k not in _facts_used)[:MAX_ENTRIES]
        regex, codes, at = {}, [], 0
        for key in keys:
            flags, code, groups, groupindex, indexgroup = _store[key]
            regex[key] = (flags, at, at + len(code), groups, groupindex, indexgroup)
            codes.append(code)
            at += len(code)
        index = marshal.dumps({"regex": regex, "facts": {k: _facts[k] for k in facts}})
        write_cache_file(path or _path(), len(index).to_bytes(_HEADER, "little") + index + b"".join(codes))
        if path is None:
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
    if array(_CODE).itemsize != _sre.CODESIZE:  # pragma: no cover - code words of another size
        raise TypeError("no array type of the code words' size")
    return (int(flags | p.state.flags), array(_CODE, code).tobytes(), int(p.state.groups - 1), groupindex,
            tuple(indexgroup))


#: Typecode of an array of the engine's code words (``_sre.CODESIZE``, 4 bytes on CPython)
_CODE = "I"


def _sre_compile(pattern: str, entry: _Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    words = array(_CODE)
    words.frombytes(code)  # a view of the mapped file too (array(_CODE, view) would read it as a list of bytes)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name says what it replaces
    """``re.compile(pattern, flags)``, from the store when this pattern was compiled before; placeholders of
    ``vocabulary.yml`` word lists expanded first (:func:`with_vocabulary`)."""
    global _added
    pattern = with_vocabulary(pattern)
    if _sre is None:  # pragma: no cover - not CPython
        return re.compile(pattern, flags)
    store = _load()
    key = (pattern, int(flags))
    _used.add(key)
    entry = store.get(key)
    if entry is not None:
        try:
            return _sre_compile(pattern, entry)
        except (TypeError, ValueError, RuntimeError):
            store.pop(key, None)
    try:
        entry = _entry(pattern, int(flags))
        compiled = _sre_compile(pattern, entry)
    except re.error:
        raise
    except Exception:  # pragma: no cover - an engine whose internals differ: the public way
        return re.compile(pattern, flags)
    store[key] = entry
    _compiled_here.append(key)
    _added = True
    return compiled


def take_compiled() -> list[tuple[tuple[str, int], _Entry]]:
    """The patterns this process compiled since the last call, as stored: a forked reading process ends without
    writing its store, so it sends them to the command, which keeps them (:func:`adopt`)."""
    taken = [(key, _store[key]) for key in _compiled_here if _store is not None and key in _store]
    _compiled_here.clear()
    return taken


def adopt(entries: list[tuple[tuple[str, int], _Entry]]) -> None:
    """Keep ``entries`` that another process compiled (:func:`take_compiled`), written with this process's store."""
    global _added
    store = _load()
    for key, entry in entries:
        if key not in store:
            store[key] = entry
            _used.add(key)
            _added = True


@functools.cache
def _source_digest(filename: str) -> str:
    """A short digest of the module that works a fact out: a fact stored by another version of that code (an
    upgrade, a branch sharing the cache folder) is worked out again, not read back."""
    import hashlib  # only when a fact is asked for

    try:
        return hashlib.sha256(Path(filename).read_bytes()).hexdigest()[:12]
    except OSError:
        return "?"


def remember(kind: str, pattern: str, compute: Callable[[str], T]) -> T:
    """``compute(pattern)``, kept with the precompiled regexes under (``kind``, ``pattern``) for the next command.
    ``compute`` must depend on the pattern text and on the code of its own module alone (the key holds a digest of
    that file), and give a value :mod:`marshal` can store (None, numbers, strings, tuples, frozensets ...)."""
    global _added
    _load()
    key = (f"{kind}@{_source_digest(compute.__code__.co_filename)}", pattern)
    _facts_used.add(key)
    if key in _facts:
        return _facts[key]
    value = compute(pattern)
    try:
        marshal.dumps(value)
    except ValueError:
        return value  # not storable: worked out again next time
    _facts[key] = value
    _added = True
    return value


# --- the ``re`` module's functions, through the store ----------------------------------------------

class Lazy:
    """A module-level regex compiled (through :func:`compile`) when it is first used: a module costs nothing to
    import, and a command that never uses the pattern never compiles it. After the first use its methods are the
    compiled pattern's own (kept on the instance), so a call costs what it costs on the pattern."""

    #: what is kept on the instance once compiled: the pattern's methods and its other attributes
    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
                "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.written = pattern
        self.flags_asked = int(flags)

    @functools.cached_property
    def pattern(self) -> str:
        """The pattern's text, its word lists (``{POTENTIAL}``, ``{FORMS}``) expanded (:func:`with_vocabulary`)."""
        return with_vocabulary(self.written)

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        """The pattern, compiled."""
        rx = compile(self.pattern, self.flags_asked)
        for name in self._METHODS:
            setattr(self, name, getattr(rx, name))
        return rx

    def __getattr__(self, name: str) -> Any:  # only for names not set yet: the first use
        if name.startswith("__") or name in ("written", "flags_asked"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"regexcache.lazy({self.written!r}, {self.flags_asked})"


#: A placeholder of a named word list of ``vocabulary.yml`` (``{POTENTIAL}``): capitals in braces, which no regex
#: quantifier (``{0,3}``) is
_PLACEHOLDER = re.compile(r"\{[A-Z][A-Z_]*\}")


def with_vocabulary(pattern: str) -> str:
    """``pattern`` with its placeholders of ``vocabulary.yml`` word lists (``{POTENTIAL}``, ``{FORMS}``) and the
    rules' builtin ones (``{N}``) expanded, as the patterns of ``extract_rules.yml`` have them: a Python regex names a
    word list by the name the data gives it instead of repeating its words. A pattern without one is returned as is
    (the rule files are read only for a pattern that needs them)."""
    if not _PLACEHOLDER.search(pattern):
        return pattern
    from tipbrief.indicators.rules.ruleset import expand  # the rule files' loader, which compiles through here

    return expand(pattern, "a regex of the rule modules")


def lazy(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` on first use (see :class:`Lazy`); typed as the pattern it stands for."""
    return Lazy(pattern, flags)  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def compile_cached(pattern: str, flags: int = 0) -> re.Pattern:
    """:func:`compile`, once per process (for a pattern built inside a function, as ``re``'s own cache does)."""
    return compile(pattern, flags)


def _rx(pattern: str | re.Pattern, flags: int) -> re.Pattern:
    if isinstance(pattern, str):
        return compile_cached(pattern, int(flags))
    if isinstance(pattern, Lazy):
        pattern = pattern.compiled
    if flags:
        raise ValueError("cannot process flags argument with a compiled pattern")
    return pattern  # type: ignore[return-value]


def search(pattern: str | re.Pattern, string: str, flags: int = 0) -> re.Match | None:
    """``re.search``, the pattern compiled through the store."""
    return _rx(pattern, flags).search(string)


def match(pattern: str | re.Pattern, string: str, flags: int = 0) -> re.Match | None:
    """``re.match``, the pattern compiled through the store."""
    return _rx(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern, string: str, flags: int = 0) -> re.Match | None:
    """``re.fullmatch``, the pattern compiled through the store."""
    return _rx(pattern, flags).fullmatch(string)


def finditer(pattern: str | re.Pattern, string: str, flags: int = 0) -> Iterator[re.Match]:
    """``re.finditer``, the pattern compiled through the store."""
    return _rx(pattern, flags).finditer(string)


def findall(pattern: str | re.Pattern, string: str, flags: int = 0) -> list[Any]:
    """``re.findall``, the pattern compiled through the store."""
    return _rx(pattern, flags).findall(string)


def split(pattern: str | re.Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    """``re.split``, the pattern compiled through the store."""
    return _rx(pattern, flags).split(string, maxsplit)


def sub(pattern: str | re.Pattern, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    """``re.sub``, the pattern compiled through the store."""
    return _rx(pattern, flags).sub(repl, string, count)
