"""Build the regex store and rule data shipped with the package, so a user's first command does not compile the rules.

``python -m tipbrief.indicators.rules.prebuild [SEEDS [FOLDER]]`` (run by ``make`` after installing) loads the
rules, compiles every regex of the rule modules and of the rule files, reads the documents of ``SEEDS`` (default: the
repository's ``seeds``, when there is one; ``""``: none) so the patterns built while reading are compiled too, and
writes what a command would have stored in its cache folder into the package's ``prebuilt`` folder (or ``FOLDER``),
which :func:`tipbrief.indicators.rules.regexcache.shipped_dir` names. Entries are keyed as in the cache folder
(pattern text and flags; file digests for the data; the interpreter and the regex engine's ``MAGIC`` in the file
names), so a rule edited after the build is compiled afresh, never served from here. Patterns built from a document's
own words (an escaped name) are not known before it is read: a command compiles those and keeps them in its cache
folder, as before.
"""

from __future__ import annotations

import gc
import importlib
import os
import pkgutil
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

#: The repository's seeds, read when no folder is given (absent from an installed package: then none is read)
SEEDS = Path(__file__).resolve().parents[4] / "seeds"


def _warm(seeds: Path | None) -> None:
    """Compile and work out, in this process, everything a command would: the rule modules' regexes and facts."""
    from tipbrief.indicators import rules
    from tipbrief.indicators.rules import regexcache, ruleset

    for info in pkgutil.iter_modules(rules.__path__):
        if info.name != "prebuild":
            importlib.import_module(f"{rules.__name__}.{info.name}")
    importlib.import_module("tipbrief.indicators.ingest")
    importlib.import_module("tipbrief.indicators.extract")
    loaded = ruleset.rules()
    for pattern in loaded.patterns():
        _ = pattern.rx, pattern.needs, pattern.ascii_gate
    _ = loaded.count_gates, loaded.relative_rx, loaded.ambiguous_rx
    for obj in gc.get_objects():
        if isinstance(obj, regexcache.Lazy):
            _ = obj.compiled
    if seeds is not None and (seeds / "catalog.yml").is_file():
        from tipbrief.indicators.extract import extract_document
        from tipbrief.sources.catalog import load_catalog, source_path

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for source in load_catalog(seeds).sources:
                path = source_path(seeds, source)
                if path.is_file():
                    extract_document(source, path.read_text(encoding="utf-8"))


def build(target: Path, seeds: Path | None) -> None:
    """Fill ``target`` (replaced whole) with the regex store and data files a command working from scratch writes."""
    from tipbrief.indicators.rules import regexcache

    with tempfile.TemporaryDirectory(prefix="tipbrief-prebuild-") as tmp:
        os.environ["TIPBRIEF_CACHE"] = tmp
        os.environ["TIPBRIEF_PREBUILT"] = ""  # worked out here, not read from an older build
        _warm(seeds)
        made = Path(tmp) / "store"
        made.mkdir()
        regexcache.save(made / regexcache._path().name)
        if (Path(tmp) / "data").is_dir():
            shutil.copytree(Path(tmp) / "data", made / "data")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(made, target)
    (target / ".built").touch()  # what ``make`` dates the build by


def main(argv: list[str] | None = None) -> None:
    """Build the shipped store (errors reported, not raised: a package without it only costs time)."""
    from tipbrief.indicators.rules import regexcache

    args = sys.argv[1:] if argv is None else argv
    seeds = Path(args[0]) if args and args[0] else (SEEDS if SEEDS.is_dir() and not args else None)
    target = Path(args[1]) if len(args) > 1 else Path(__file__).with_name("prebuilt")
    try:
        build(target, seeds)
    except Exception as exc:  # noqa: BLE001 - the store only saves time: an install does not fail for it
        print(f"tipbrief: precompiled rules not built ({exc}); commands compile them on first use", file=sys.stderr)
        return
    print(f"tipbrief: rules precompiled into {target} ({len(regexcache._store or {})} regexes)")


if __name__ == "__main__":
    main()
