"""Kernels forked from a run's warm server behave as kernels started the usual way (real kernels, real papermill)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import nbformat
import pytest

from tipbrief.runs import forkserver, runner

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: What a kernel can see of how it was started: folder, path, arguments, environment, signals, its process.
PROBE = """\
import json, os, signal, sys
from pathlib import Path
import matplotlib.pyplot as plt
plt.figure(figsize=(1, 1)); plt.plot([0, 1], [1, 0])
print(json.dumps({
    "cwd": os.getcwd(), "cwd_importable": any(p in ("", os.getcwd()) for p in sys.path),
    "argv0": Path(sys.argv[0]).name,
    "env": os.environ.get("TIPBRIEF_PROBE"), "mpl": os.environ.get("MPLBACKEND"),
    "sigint": signal.getsignal(signal.SIGINT) is not signal.SIG_IGN, "session": os.getsid(0) == os.getpid(),
    "main": sys.modules["__main__"].__name__, "stdin": os.isatty(0),
}))
"""


def _notebooks(folder: Path, names: list[str], code: str) -> Path:
    """Copies of the tiny fixture notebook with ``code`` as their last cell."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        nb = nbformat.read(FIXTURES / "tiny.ipynb", as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(code))
        nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


def _run(nbs: Path, build: Path, table: Path, seeds: Path) -> dict[str, list]:
    runner.run_notebooks(None, None, 2, notebooks_dir=nbs, build_dir=build, table=table, seeds=seeds,
                         progress=False, force=True)
    return {p.stem: [c.get("outputs") for c in nbformat.read(p, as_version=4).cells]
            for p in sorted((build / "notebooks").glob("*.ipynb"))}


def test_forked_kernels_see_what_started_kernels_see(tmp_path, table_csv, seeds_copy, monkeypatch):
    nbs = _notebooks(tmp_path / "nbs", ["a", "b", "c"], PROBE)
    monkeypatch.setenv("TIPBRIEF_PROBE", "probe value")
    started: list[str] = []
    real = forkserver._Server.fork

    def counted(self, *args, **kw):
        pid = real(self, *args, **kw)
        started.append(pid)
        return pid

    monkeypatch.setattr(forkserver._Server, "fork", counted)
    forked = _run(nbs, tmp_path / "forked", table_csv, seeds_copy)
    assert len(started) == 3 and all(isinstance(pid, int) for pid in started), started
    monkeypatch.setenv(forkserver.SWITCH, "0")
    plain = _run(nbs, tmp_path / "plain", table_csv, seeds_copy)
    assert len(started) == 3, "a kernel was forked with the switch off"

    assert forked == plain  # every output, the figure's PNG included, byte for byte
    (printed,) = [out["text"] for out in forked["a"][-1] if out["output_type"] == "stream"]
    shown = json.loads(printed)
    assert shown == {"cwd": str(nbs), "cwd_importable": True, "argv0": "ipykernel_launcher.py", "env": "probe value",
                     "mpl": forkserver.INLINE, "sigint": True, "session": True, "main": "__main__", "stdin": False}
    assert any("image/png" in out.get("data", {}) for out in forked["a"][-1])


def test_a_failing_import_in_the_server_is_the_notebooks_own_error(tmp_path, table_csv, seeds_copy):
    """The server imports what the notebooks import; a module that fails there fails in the notebook, as usual."""
    nbs = _notebooks(tmp_path / "nbs", ["a", "b"], "import no_such_module_here\n")
    with pytest.raises(Exception, match="no_such_module_here"):
        _run(nbs, tmp_path / "build", table_csv, seeds_copy)
    assert forkserver.notebook_imports([nbs / "a.ipynb"])[-1] == "no_such_module_here"


def _processes_with(marker: str) -> list[int]:
    """Pids of live processes whose environment holds ``marker`` (the run's server and its kernels)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if marker.encode() in (proc / "environ").read_bytes():
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def test_a_killed_run_leaves_no_server_and_no_kernel(tmp_path, table_csv, seeds_copy):
    """kill -9 of the command: its server sees its end of the socket close and kills the kernels it forked."""
    nbs = _notebooks(tmp_path / "nbs", ["a", "b"], "import time\ntime.sleep(120)\n")
    marker = f"TIPBRIEF_TEST_RUN={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    cmd = [sys.executable, "-m", "tipbrief.cli", "run", "--notebooks", str(nbs), "--build", str(tmp_path / "build"),
           "--table", str(table_csv), "--seeds", str(seeds_copy), "--jobs", "2"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while len(_processes_with(marker)) < 4 and time.monotonic() < deadline:  # command, server, two kernels
            time.sleep(0.2)
        assert len(_processes_with(marker)) >= 4, "the kernels did not start"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 20
        while _processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _processes_with(marker) == []
    finally:
        proc.kill()
        for pid in _processes_with(marker):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize(("cmd", "split"), [
    (["/py", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "k.json"],
     (["/py", "-Xfrozen_modules=off"], ["-f", "k.json"])),
    (["/py", "-m", "ipykernel_launcher", "-f", "k.json", "--x=1"], (["/py"], ["-f", "k.json", "--x=1"])),
    (["/py", "-m", "other_kernel", "-f", "k.json"], None),  # another kernel: started the usual way
    (["/opt/r/bin/R", "--slave", "-f", "k.json"], None),
    (["-m", "ipykernel_launcher", "-f", "k.json"], None),
])
def test_only_python_ipykernel_commands_are_forked(cmd, split):
    assert forkserver._split_command(cmd) == split
