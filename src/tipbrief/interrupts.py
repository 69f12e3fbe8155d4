"""Ctrl-C (SIGINT) held back in the calling thread for a moment, then delivered: for forks and for native libraries
that start threads of their own."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


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
