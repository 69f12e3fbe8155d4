"""Error types whose message is the one line a user sees (the CLI prints it and exits 2; interrupts 130/143)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class TipbriefError(Exception):
    """Base class: the message must name the file, entry, parameter or cell at fault."""


class SourceError(TipbriefError):
    """A source document cannot be read as text (missing, empty, binary, wrong encoding)."""


class CatalogError(TipbriefError):
    """The seeds catalog is malformed or disagrees with the files in the seeds folder."""


class ExtractionError(TipbriefError):
    """An extracted value fails the evidence lock or the table cannot be written."""


class ParameterError(TipbriefError):
    """A notebook or CLI parameter is unknown, of the wrong type or out of range."""


class NotebookError(TipbriefError):
    """A theme notebook raised while executing."""


class BuildError(TipbriefError):
    """Rendering or publishing the briefing failed."""


class ToolNotAvailableError(TipbriefError):
    """An external tool (pandoc, Typst, Quarto, Chromium) is missing or too old."""


class ProjectError(TipbriefError):
    """No project folder found, or another tipbrief process holds the project lock."""


class OutputError(TipbriefError):
    """An output path is refused: an existing folder, inside seeds/ or editions/, or impossible to create."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM: ``signum`` gives the exit code (128 + signum); the message says what finished."""

    def __init__(self, signum: int = 2, message: str = "") -> None:
        super().__init__(message)
        self.signum = signum
        self.message = message

    def __str__(self) -> str:
        return self.message


#: (Ctrl-C reaches the user as exit 130; held back a moment where a fork or a native library's threads could lose it)
@contextmanager
def ctrl_c_held() -> Iterator[None]:
    """SIGINT blocked in this thread inside the block, delivered when it ends (a Ctrl-C pressed meanwhile is pending,
    not lost). Processes forked and threads started inside inherit the block: forked readers unblock it themselves
    (readers._serve), and the threads a native library starts keep it, so a Ctrl-C always reaches Python's main
    thread (Typst's compiler leaves two threads behind; a SIGINT the kernel gave one of them left a main thread
    blocked in a wait asleep)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
