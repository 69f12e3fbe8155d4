"""Faults with real processes: Ctrl-C, SIGTERM and kill -9 while notebooks run, a hung cell, two publishes of one
version at once, and a second command while the project is locked."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import alive, children

from tipbrief.runs.runner import SOCKETS

from .conftest import TIPBRIEF, env_without_root, snapshot, staging_left

pytestmark = pytest.mark.slow

# A publish whose notebooks step is skipped and whose engine only sleeps and writes two small files: the edition
# machinery (lock, reservation, final rename) runs for real, in a real process, without pandoc or Typst. The runner
# module is a stand-in holding only the no-op run_notebooks the notebooks step calls (importing the real one, with
# papermill and nbformat, was a quarter of each such process's CPU).
FAKE_PUBLISH = """
import os, sys, time, types
from pathlib import Path
from tipbrief.briefing import engines
runner = sys.modules["tipbrief.runs.runner"] = types.ModuleType("tipbrief.runs.runner")
from tipbrief import cli

def render(root, html, pdf, work, timestamp=None):
    end, release = time.monotonic() + float(sys.argv[1]), os.environ.get("FAKE_RELEASE")
    while time.monotonic() < end and not (release and Path(release).exists()):  # the test may end it early
        time.sleep(0.05)
    Path(html).write_text("<html>fake</html>")
    Path(pdf).write_bytes(b"%PDF-1.4 fake")

engines.ENGINES["builtin"] = engines.Engine("builtin", render, lambda: {"fake": "1"}, lambda: True)
runner.run_notebooks = lambda *a, **k: None
sys.exit(cli.main(sys.argv[2:]))
"""


def _start(root: Path, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([str(TIPBRIEF), *args], cwd=root, env=env_without_root(**env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _sockets(pid: int, temp: Path | None = None) -> list[Path]:
    """Files in the kernel socket folders of the run of process ``pid`` (in ``temp``, else the usual temp folder)."""
    return [f for d in Path(temp or tempfile.gettempdir()).glob(f"{SOCKETS}{pid}-*") for f in d.iterdir()]


@pytest.fixture
def own_temp() -> Iterator[Path]:
    """A temp folder of this test alone, short enough for kernel sockets: with the shared one, a run of a test in
    another worker cleans up a killed run's sockets before this test can see that they were left."""
    folder = Path(tempfile.mkdtemp(prefix="tbk-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _wait_for(check, timeout: float = 90) -> float:  # noqa: ANN001 - a callable returning truth
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        if check():
            return time.monotonic() - began
        time.sleep(0.1)
    raise AssertionError("timed out waiting")


def _staging(root: Path, theme: str) -> bool:
    folder = root / "_build" / "notebooks"
    return folder.is_dir() and any(p.name.startswith(f".{theme}.ipynb.") for p in folder.iterdir())


@pytest.mark.parametrize(("sig", "code", "name"), [(signal.SIGINT, 130, "SIGINT"), (signal.SIGTERM, 143, "SIGTERM")])
def test_interrupt_while_notebooks_run(tiny: Path, sig: int, code: int, name: str) -> None:
    before = snapshot(tiny)
    proc = _start(tiny, "run", "--jobs", "1", "--force", "-q", "-p", "sleep=120")
    try:
        _wait_for(lambda: _staging(tiny, "alpha"))
        time.sleep(1.5)  # the kernel is in the sleeping cell
        kernels = children(proc.pid)
        sent = time.monotonic()
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert took < 10, took
    assert proc.returncode == code, err
    lines = err.strip().splitlines()
    assert lines == [f"tipbrief run: interrupted ({name}): finished: none; stopped: alpha (last good output kept); "
                     "not started: beta"], err
    assert not staging_left(tiny)
    after = snapshot(tiny)
    assert {k: after.get(k) for k in before if k != "_build/notebooks/run.json"} == \
        {k: v for k, v in before.items() if k != "_build/notebooks/run.json"}
    assert kernels and not [k for k in kernels if alive(k)], "kernels shut down"
    assert not _sockets(proc.pid), "and their sockets are gone"


def test_kill_9_leaves_staging_that_the_next_run_cleans(tiny: Path, own_temp: Path) -> None:
    before = snapshot(tiny)
    proc = _start(tiny, "run", "--jobs", "1", "--force", "-q", "-p", "sleep=120", TMPDIR=str(own_temp))
    try:
        _wait_for(lambda: _staging(tiny, "alpha"))
        time.sleep(1.0)
        kernels = children(proc.pid)
        proc.kill()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert staging_left(tiny), "kill -9 cannot clean up: the staging folder is still there"
    after = snapshot(tiny)
    assert {k: after.get(k) for k in before} == before, "but every finished file is untouched"
    _wait_for(lambda: not [k for k in kernels if alive(k)], timeout=15)  # orphaned kernels notice and exit
    assert _sockets(proc.pid, own_temp), "the killed run's kernel sockets are left in the temp folder"
    again = _start(tiny, "run", "--theme", "beta", "-q", TMPDIR=str(own_temp))  # an unrelated run starts by cleaning up
    _, err = again.communicate(timeout=180)
    assert again.returncode == 0, err
    assert not staging_left(tiny)
    assert not _sockets(proc.pid, own_temp), "both"
    assert not _sockets(again.pid, own_temp), "and leaves none of its own"
    assert (tiny / "_build" / "notebooks" / "alpha.ipynb").read_text() == "previous good output of alpha\n"


def test_hung_cell_is_stopped_and_named(tiny: Path) -> None:
    proc = _start(tiny, "run", "--theme", "alpha", "--force", "-q", "--cell-timeout", "1", "-p", "sleep=120")
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("tipbrief run: error: notebook alpha: cell 2 ('import time') still running after 1 s "
                               "(--cell-timeout)"), lines
    assert (tiny / "_build" / "notebooks" / "alpha.ipynb").read_text() == "previous good output of alpha\n"
    assert (tiny / "_build" / "notebooks" / "failed" / "alpha.ipynb").is_file()
    assert not staging_left(tiny)


def _fake_publish(root: Path, script: Path, sleep: float, *args: str, **env: str) -> subprocess.Popen:
    """A publish whose render takes ``sleep`` seconds, or less if ``FAKE_RELEASE=<file>`` is given and appears."""
    return subprocess.Popen([sys.executable, str(script), str(sleep), "publish", "--engine", "builtin", *args],
                            cwd=root, env=env_without_root(SOURCE_DATE_EPOCH="1767225600", **env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_publishes_of_one_version_at_once_leave_exactly_one_edition(tiny: Path, tmp_path: Path) -> None:
    """Two projects publish 1.0.0 into one editions folder at the same moment (no shared project lock)."""

    other = tmp_path / "other"
    shutil.copytree(tiny, other, symlinks=True)
    with (other / "seeds" / "catalog.yml").open("a", encoding="utf-8") as fh:
        fh.write("# edited: other content\n")
    shared = tiny / "editions" / "testland"
    before = snapshot(tiny)
    script = tmp_path / "fake_publish.py"
    script.write_text(FAKE_PUBLISH, encoding="utf-8")
    procs = [_fake_publish(root, script, 2.0, "--version", "1.0.0", "--editions", str(tiny / "editions"))
             for root in (tiny, other)]
    results = [(p.wait(timeout=180), p.stderr.read(), p.stdout.read()) for p in procs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], results
    loser = next(err for code, err, _ in results if code == 2).strip().splitlines()
    assert len(loser) == 1 and "edition 1.0.0" in loser[0], loser
    assert any(w in loser[0] for w in ("being published by another process", "already exists", "appeared")), loser
    editions = sorted(p.name for p in shared.iterdir())
    assert editions == ["0.1.0", "1.0.0", "CHANGELOG.md", "index.html"], editions
    assert json.loads((shared / "1.0.0" / "manifest.json").read_text())["version"] == "1.0.0"
    after = snapshot(tiny)
    assert all(after[k] == v for k, v in before.items() if k.startswith(("seeds/", "editions/testland/0.1.0")))


def test_second_publish_in_one_project_is_refused_naming_the_holder(tiny: Path, tmp_path: Path) -> None:
    """While one publish renders, a second is refused naming its PID; then the first is stopped (SIGTERM)
    mid-render: no edition, no staging folder, the published one untouched."""
    before = snapshot(tiny)
    script = tmp_path / "fake_publish.py"
    script.write_text(FAKE_PUBLISH, encoding="utf-8")
    first = _fake_publish(tiny, script, 300.0, "--version", "1.0.0")
    try:
        lock = tiny / "_build" / ".lock"
        _wait_for(lambda: lock.is_file() and lock.read_text().strip() != "")
        holder = json.loads(lock.read_text())["pid"]
        second = _fake_publish(tiny, script, 0.0, "--version", "1.0.0")
        _, err = second.communicate(timeout=120)
        assert second.returncode == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1 and f"PID {holder} (tipbrief publish" in lines[0] and "--wait" in lines[0], lines
        _wait_for(lambda: (tiny / "editions" / "testland" / ".1.0.0.tmp").is_dir())
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 143, err
    assert err.strip().splitlines() == ["tipbrief publish: interrupted (SIGTERM); nothing was left half-written"]
    assert sorted(p.name for p in (tiny / "editions" / "testland").iterdir()) == ["0.1.0", "CHANGELOG.md", "index.html"]
    after = snapshot(tiny)
    assert {k: after.get(k) for k in before} == before
    assert not staging_left(tiny)


def test_wait_waits_for_the_holder(tiny: Path, tmp_path: Path) -> None:
    script = tmp_path / "fake_publish.py"
    script.write_text(FAKE_PUBLISH, encoding="utf-8")
    release = tmp_path / "release"  # the first publish renders until the second says it waits for it
    first = _fake_publish(tiny, script, 120.0, "--version", "1.0.0", FAKE_RELEASE=str(release))
    try:
        lock = tiny / "_build" / ".lock"
        _wait_for(lambda: lock.is_file() and lock.read_text().strip() != "")
        holder = json.loads(lock.read_text())["pid"]
        second = _fake_publish(tiny, script, 0.0, "--version", "1.0.1", "--wait")
        waiting = second.stderr.readline()
        assert f"waiting for PID {holder} (tipbrief publish" in waiting and first.poll() is None, waiting
        release.touch()
        _, err = second.communicate(timeout=120)
        assert first.wait(timeout=120) == 0
    finally:
        release.touch()
    assert second.returncode == 0, waiting + err
    editions = tiny / "editions" / "testland"
    assert sorted(p.name for p in editions.iterdir() if p.is_dir()) == ["0.1.0", "1.0.0", "1.0.1"]


@pytest.mark.parametrize("fraction", [0.25, 0.5])
def test_interrupt_soon_after_start_is_one_line(tiny: Path, fraction: float) -> None:
    # the signal lands at a fraction of what a whole extraction without the row cache takes on this machine (under a
    # second: a fixed delay would often come after the end), while the command starts or reads
    for _ in range(2):  # the second run is timed: the first also compiles and stores the rules' regexes
        began = time.monotonic()
        whole = _start(tiny, "extract", "-q", TIPBRIEF_NO_CACHE="1")
        _, err = whole.communicate(timeout=60)
        assert whole.returncode == 0, err
        duration = time.monotonic() - began
    before = snapshot(tiny)  # the table the whole run wrote: the interrupted one must leave it as it is
    proc = _start(tiny, "extract", "-q", TIPBRIEF_NO_CACHE="1")
    time.sleep(duration * fraction)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the extraction finished before the signal")
    if proc.returncode == -signal.SIGINT:
        # on a loaded machine the signal can land before the interpreter has installed its handler: the process
        # ends as SIGINT's default action ends it (a shell shows 130), before it could write or say anything
        assert err == "" and snapshot(tiny) == before and not staging_left(tiny), err
        return
    assert proc.returncode == 130, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "interrupted (SIGINT)" in lines[0] and "Traceback" not in err, err
    assert snapshot(tiny) == before
    assert not staging_left(tiny)
    os.sync()
