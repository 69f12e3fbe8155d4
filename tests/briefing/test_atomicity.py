"""A publish killed midway (SIGKILL or SIGINT, during rendering into the staged edition) leaves no partial
edition, and earlier editions, the changelog and the index stay byte-identical."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from briefing_helpers import no_pipeline
from snapshots import snapshot

from tipbrief.editions.publish import list_editions, publish

pytestmark = pytest.mark.slow

# Publishes in a child process with an engine that renders, reports, then waits to be killed while the
# edition is still staged (deterministic: no race with a fast render).
CHILD = """
import signal, sys, time
# SIGINT as a terminal gives a command: handled and not blocked (a test worker's own SIGINT state, ignored or
# blocked, is inherited by the processes it starts)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
from pathlib import Path
from tipbrief.briefing import engines
from tipbrief.editions.publish import publish
real = engines.ENGINES["builtin"]
def slow(root, html, pdf, work, timestamp=None):
    real.render(root, html, pdf, work, timestamp=timestamp)
    print("RENDERED", flush=True)
    time.sleep(120)
engines.ENGINES["builtin"] = engines.Engine("builtin", slow, real.versions, real.available)
root = Path(sys.argv[1])
publish(root, version=sys.argv[2], engine="builtin", editions=root / "editions",
        pipeline=lambda *a: None)
"""



@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_publish_leaves_no_partial_edition(project, tmp_path, sig):
    publish(project, version="0.1.0", engine="builtin", editions=project / "editions", pipeline=no_pipeline)
    before = snapshot(project / "editions")
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(project), "0.2.0"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "TIPBRIEF_ROOT": str(project)})
    try:
        line = proc.stdout.readline()
        assert line.strip() == "RENDERED", proc.stderr.read()
        staged = [p for p in (project / "editions").iterdir() if p.name.startswith(".0.2.0.")]
        assert staged and any(staged[0].rglob("*.pdf")), "the edition was being staged when killed"
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    assert not (project / "editions" / "0.2.0").exists()
    assert list_editions(project / "editions") == ["0.1.0"]
    after = {k: v for k, v in snapshot(project / "editions").items() if not k.startswith(".")}
    assert after == before, "earlier edition, changelog and index unchanged"
    if sig == signal.SIGINT:
        assert not [p for p in (project / "editions").iterdir() if p.name.startswith(".")], "staging cleaned up"
    # the interrupted version can be published afterwards
    done = publish(project, version="0.2.0", engine="builtin", editions=project / "editions", pipeline=no_pipeline)
    assert done.status == "published" and list_editions(project / "editions") == ["0.1.0", "0.2.0"]
    assert not [p for p in (project / "editions").iterdir() if p.name.startswith(".0.2.0.")], "stale staging removed"
