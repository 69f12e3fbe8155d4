"""Documents read in forked processes, results in order, and every process stopped at once when the command stops.

Our own because ``multiprocessing.Pool`` can deadlock when it is terminated while one of its processes waits for a
task: ``terminate`` takes the task queue's lock, which that process holds, so a Ctrl-C at the wrong moment hung
``tipbrief extract`` (1 time in 12 on a busy machine). Here each process has a pipe of its own, a process that dies
is an error naming its job, and stopping is a kill and a join.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from tipbrief.errors import ctrl_c_held

if TYPE_CHECKING:  # multiprocessing is imported when documents are read in processes, not by every command
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess


class ReaderDied(RuntimeError):
    """A reading process ended without sending the result of job ``index`` (killed, out of memory)."""

    def __init__(self, index: int, exitcode: int | None) -> None:
        super().__init__(f"the reading process ended (exit code {exitcode}) before it finished job {index}")
        self.index, self.exitcode = index, exitcode


def _serve(conn: Connection, work: Callable[[Any], Any], initializer: Callable[[], None] | None) -> None:
    """A reading process: ``work`` each job it is sent, until it is sent None or its pipe closes."""
    if initializer is not None:
        initializer()
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # forked with it held (ctrl_c_held): as before
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        index, arg = job
        try:
            conn.send((index, True, work(arg)))
        except Exception as exc:  # noqa: BLE001 - raised in the command, in order, as a plain call would raise it
            conn.send((index, False, exc))


def imap_forked(work: Callable[[Any], Any], jobs: Sequence[Any], processes: int,
                initializer: Callable[[], None] | None = None) -> Iterator[Any]:
    """``work(job)`` of each job, yielded in the jobs' order, computed in up to ``processes`` forked processes (each
    takes the next job when it sends a result). An exception of ``work`` is raised here at its job's turn; when the
    caller stops (an exception, Ctrl-C, or leaving the loop early) every process is killed and joined."""
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork")
    workers: dict[Connection, tuple[BaseProcess, int | None]] = {}
    todo = iter(enumerate(jobs))
    done: dict[int, tuple[bool, Any]] = {}

    def give(conn: Connection) -> None:
        job = next(todo, None)
        conn.send(job)
        workers[conn] = (workers[conn][0], None if job is None else job[0])

    try:
        # (a Ctrl-C that lands in Python's after-fork hooks is printed there, "Exception ignored in: <function
        # _releaseLock ...>", and lost, and the command then waited on its readers for good: held while forking)
        with ctrl_c_held():
            for _ in range(min(processes, len(jobs))):
                parent, child = context.Pipe()
                proc = context.Process(target=_serve, args=(child, work, initializer), daemon=True)
                proc.start()
                child.close()
                workers[parent] = (proc, None)
                give(parent)
        for turn in range(len(jobs)):
            while turn not in done:
                busy = [c for c, (_, index) in workers.items() if index is not None]
                for conn in wait(busy):
                    proc, index = workers[conn]
                    try:
                        got, ok, value = conn.recv()
                    except EOFError:
                        proc.join(5)
                        raise ReaderDied(index if index is not None else -1, proc.exitcode) from None
                    done[got] = (ok, value)
                    give(conn)
            ok, value = done.pop(turn)
            if not ok:
                raise value
            yield value
    finally:
        for conn, (proc, _) in workers.items():
            if proc.is_alive():
                proc.kill()
            proc.join()
            conn.close()
