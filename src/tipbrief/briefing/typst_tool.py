"""Typst, the PDF typesetter of the built-in engine (PyPI package ``typst``): version and compiling."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tipbrief.errors import BuildError, ToolNotAvailableError, ctrl_c_held

MIN_VERSION = (0, 13)
#: The PDF standard every briefing PDF is written to: PDF/UA-1 (tagged, with language, title and alt texts).
PDF_STANDARD = "ua-1"


class TypstNotAvailableError(ToolNotAvailableError):
    """The typst Python package is missing or older than MIN_VERSION."""


def _need() -> str:
    return f"typst >= {'.'.join(map(str, MIN_VERSION))} (PyPI package typst)"


def _module():  # noqa: ANN202 - returns the typst module
    try:
        import typst
    except ImportError as exc:
        raise TypstNotAvailableError(f"typst not installed: need {_need()}") from exc
    return typst


@cache
def typst_version() -> str:
    """Version of the typst package (it bundles the compiler of the same version)."""
    from importlib.metadata import PackageNotFoundError, version

    _module()
    try:
        found = version("typst")
    except PackageNotFoundError as exc:
        raise TypstNotAvailableError(f"typst not installed: need {_need()}") from exc
    numbers = tuple(int(p) for p in found.split(".")[:2] if p.isdigit())
    if numbers < MIN_VERSION:
        raise TypstNotAvailableError(f"typst {found} is too old: need {_need()}")
    return found


def compile_pdf(source: Path, output: Path, *, root: Path, timestamp: int | None = None) -> None:
    """Compile the Typst file ``source`` to ``output`` (PDF/UA-1, see PDF_STANDARD). ``root`` bounds file access
    (images must live under it); ``timestamp`` (seconds since the epoch) fixes the PDF's creation date."""
    typst = _module()
    typst_version()
    try:
        # (Ctrl-C held while the compiler runs: the threads it starts and leaves behind keep SIGINT blocked, so a
        # later Ctrl-C reaches the main thread; one pressed during the compile is delivered right after it)
        with ctrl_c_held():
            typst.compile(str(source), output=str(output), root=str(root), timestamp=timestamp,
                          pdf_standards=[PDF_STANDARD])
    except typst.TypstError as exc:  # keep one line for the user
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BuildError(f"typst {typst_version()} could not compile {source.name}: {first}") from None
