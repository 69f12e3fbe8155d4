"""Documents read in forked processes (indicators/readers.py): results in order, errors at their turn, and no
process left behind when the command stops or a process dies."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

import pytest
from processes import alive, children

from tipbrief.errors import ExtractionError
from tipbrief.indicators import extract
from tipbrief.indicators.readers import ReaderDied, imap_forked

from .conftest import REPO

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reading processes are forked (Linux)")


@pytest.fixture
def left() -> object:
    """The processes this test started that still run (those of other tests in this worker are not counted)."""
    before = set(children(os.getpid()))
    return lambda: [pid for pid in set(children(os.getpid())) - before if alive(pid)]


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.05 * (n % 3))  # later jobs often finish first
    return n, n * n


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("job three")
    return n


def _die_on_two(n: int) -> int:
    if n == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def test_results_come_in_the_jobs_order_from_several_processes(left):
    got = list(imap_forked(_slow_square, list(range(9)), 3))
    assert got == [(n, n * n) for n in range(9)]
    assert not left()


def test_an_error_is_raised_at_its_turn_and_every_process_is_stopped(left):
    seen = []
    with pytest.raises(ValueError, match="job three"):
        for value in imap_forked(_fail_on_three, list(range(8)), 2):
            seen.append(value)
    assert seen == [0, 1, 2]
    assert not left()


def test_a_process_that_dies_is_named_by_its_job_and_the_others_are_stopped(left):
    with pytest.raises(ReaderDied) as err:
        list(imap_forked(_die_on_two, list(range(6)), 2))
    assert err.value.index == 2 and err.value.exitcode == -signal.SIGKILL
    assert not left()


def test_leaving_early_kills_processes_still_reading(left):
    reading = imap_forked(time.sleep, [0, 60, 60], 3)
    assert next(reading) is None
    began = time.monotonic()
    reading.close()  # as a Ctrl-C in the loop would: the two sleeping processes are killed, not waited for
    assert time.monotonic() - began < 5
    assert not left()


def test_a_document_whose_reading_process_dies_is_named(monkeypatch, left):
    monkeypatch.setattr(extract, "PARALLEL_MIN_CHARS", 0)
    # an earlier test of this worker may leave an idle thread (distributed's IO loop, once a Client was made), and
    # with another thread running the documents are read here, not forked: the forked path is the one under test
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    real = extract.extract_document
    first = extract.load_catalog(REPO / "seeds").sources[0].id
    tests = os.getpid()

    def dies_in_a_child(source, text):  # noqa: ANN001, ANN202 - extract_document's signature
        # read in a forked process: that process dies (never the test's own: it would take the test run down with it)
        if source.id != first and source.id.startswith("tip") and os.getpid() != tests:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(source, text)

    monkeypatch.setattr(extract, "extract_document", dies_in_a_child)
    with pytest.raises(ExtractionError) as err:
        extract.extract_rows(REPO / "seeds", jobs=2)
    message = str(err.value)
    assert message.startswith("tip-2022") or "(tip-2022)" in message, message
    assert "--jobs 1" in message and "\n" not in message
    assert not left()
