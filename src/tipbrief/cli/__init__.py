"""The ``tipbrief`` command: parses options and calls library functions, nothing more.

Each subcommand lives in its own module of this package with a ``register(subparsers)``
function; modules are found by convention, not by a hand-kept list. Every failure ends in one
line on stderr (``tipbrief COMMAND: error: …``) and a non-zero exit: 2 for bad input, 1 for a
fault of the system (disk full, permissions) or an unexpected error, 130 for Ctrl-C and 143 for
SIGTERM. ``--debug`` adds the traceback.
"""

from __future__ import annotations

import _signal  # the C module: ``signal`` imports enum, too slow for the first instant of the command
import os
import sys


def _interrupted_early(signum: int, frame: object) -> None:
    # Ctrl-C while the command is still starting: nothing was written yet, so stop at once, in one line
    name = {2: "SIGINT", 15: "SIGTERM"}.get(signum, str(signum))
    os.write(2, f"tipbrief: interrupted ({name}) while starting; nothing was written\n".encode())
    os._exit(128 + signum)


if os.path.basename(sys.argv[0]) in ("tipbrief", "-m"):  # the command itself, not an import by a test or notebook
    for _sig in (_signal.SIGINT, _signal.SIGTERM):
        _signal.signal(_sig, _interrupted_early)

import argparse  # noqa: E402
import errno  # noqa: E402
import importlib  # noqa: E402
import logging  # noqa: E402
import pkgutil  # noqa: E402
import signal  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from contextlib import contextmanager  # noqa: E402

import tipbrief  # noqa: E402
from tipbrief.errors import Interrupted, TipbriefError  # noqa: E402


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and raises SystemExit(2) as argparse does)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for (importlib.metadata costs every command ~0.05 s)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        parser.exit(message=f"tipbrief {tipbrief.__version__}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Assemble the parser from every subcommand module in this package (``only``: from that subcommand's
    module alone when there is one of that name, so a command does not load what the others import)."""
    parser = Parser(
        prog="tipbrief",
        description="Turn a folder of trafficking-in-persons sources into an evidence-locked briefing.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    parser.add_argument("--debug", action="store_true", help="print the traceback of an error (any position)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    for name in [only] if only in names else names:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def _raise_interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """SIGINT and SIGTERM raise :class:`Interrupted` (a KeyboardInterrupt) in the main thread while the
    command runs, so staged outputs are removed and running notebooks stopped; handlers restored after."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _raise_interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _os_error(exc: OSError) -> str:
    where = " -> ".join(str(f) for f in (exc.filename, exc.filename2) if f)
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = f"disk full ({reason})"
    return f"{where}: {reason}" if where else reason


def _warning_line(prog: str) -> Callable[..., None]:
    """``warnings.showwarning`` for the command: "tipbrief extract: warning: source x: ..." on stderr."""
    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: object = None,
             line: str | None = None) -> None:
        print(f"{prog}: warning: {' '.join(str(message).split())}", file=sys.stderr)

    return show


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: errors become one line on stderr and a non-zero exit code (see the module docstring)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    cut = args_list.index("--") if "--" in args_list else len(args_list)
    debug = "--debug" in args_list[:cut]
    args_list = [a for i, a in enumerate(args_list) if not (a == "--debug" and i < cut)]
    command = next((a for a in args_list if not a.startswith("-")), "")
    prog = f"tipbrief {command}".strip()
    if not debug:  # libraries' log records (papermill, asyncio) would add lines to the one the user gets
        logging.getLogger().addHandler(logging.NullHandler())
    with interrupts_raise(), warnings.catch_warnings():
        if not debug:  # a warning is one line too, naming the command, not Python's file, line and source line
            warnings.showwarning = _warning_line(prog)
        try:
            parser = build_parser(command)
            args = parser.parse_args(args_list)
            return int(args.func(args) or 0)
        except SystemExit as exc:  # --help, --version and usage errors (argparse)
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        except KeyboardInterrupt as exc:
            return _interrupted(prog, exc)
        except Exception as exc:
            if (cause := _interrupt_behind(exc)) is not None:
                return _interrupted(prog, cause)
            return _failed(prog, exc, debug)


def _interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C (or SIGTERM) another exception wraps, if any: a signal that lands while Python runs a class body's
    ``__set_name__`` (a dataclass field, at import) comes out as "RuntimeError: Error calling __set_name__", the
    interrupt its cause."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        if isinstance(link, KeyboardInterrupt):
            return link
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return None


def _interrupted(prog: str, exc: KeyboardInterrupt) -> int:
    """One line naming the signal; exit 128 + its number."""
    signum = getattr(exc, "signum", signal.SIGINT)
    name = signal.Signals(signum).name
    detail = str(exc).strip()
    print(f"{prog}: interrupted ({name}){': ' + detail if detail else '; nothing was left half-written'}",
          file=sys.stderr)
    return 128 + int(signum)


def _failed(prog: str, exc: Exception, debug: bool) -> int:
    """One line for a failure (called while it is handled, so ``--debug`` prints its traceback): the tool's own errors
    exit 2, the system's (disk, permissions) 1, a bug 1."""
    if debug:
        traceback.print_exc()
    if isinstance(exc, TipbriefError):
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, OSError):
        print(f"{prog}: error: {_os_error(exc)}", file=sys.stderr)
        return 1
    text = " ".join(str(exc).split()) or "no message"  # a bug: still one line, the traceback on request
    print(f"{prog}: error: unexpected {type(exc).__name__}: {text[:300]} (run again with --debug for the traceback)",
          file=sys.stderr)
    return 1
