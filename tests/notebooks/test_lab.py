"""JupyterLab as an analyst uses it: a real Jupyter server, its kernel, Run All, then Save through the contents API.

The project is copied into a fresh git repository; the server gets the project's
``jupyter_server_config.json`` the way ``make`` installs it (``etc/jupyter/jupyter_server_config.d``).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
import websocket

from tipbrief.briefing.versioning import input_digest

REPO = Path(__file__).resolve().parents[2]
THEME = "prosecution"

pytestmark = pytest.mark.slow


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The project's files (tracked and new, not ignored) committed in a new git repository."""
    target = tmp_path / "project"
    files = _git(REPO, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for name in filter(None, files):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    _git(target, "init", "-q")
    _git(target, "add", "-A")
    _git(target, "commit", "-q", "-m", "copy")
    return target


class Server:
    """A Jupyter server (JupyterLab) on localhost: REST calls and cell execution over the kernel websocket."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"

    def api(self, method: str, path: str, **kw: object) -> dict:
        response = self.http.request(method, f"{self.url}/api/{path}", timeout=60, **kw)
        assert response.ok, f"{method} {path}: {response.status_code} {response.text[:300]}"
        return response.json() if response.content else {}

    def start_kernel(self, path: str) -> None:
        """Open ``path`` as Lab does: a session with a kernel the server starts, and its websocket."""
        self.session = self.api("POST", "sessions", json={"path": path, "type": "notebook", "name": path,
                                                          "kernel": {"name": "python3"}})
        kernel = self.session["kernel"]["id"]
        self.ws = websocket.create_connection(f"{self.url.replace('http', 'ws')}/api/kernels/{kernel}/channels"
                                              f"?token={self.token}", timeout=300)

    def run(self, cells: list[dict]) -> None:
        """Execute code ``cells`` in the session's kernel, in order, filling in outputs and counts (Lab's Run)."""
        for cell in cells:
            if cell["cell_type"] == "code":
                cell["execution_count"], cell["outputs"] = self._execute(self.ws, cell["source"])

    def close(self) -> None:
        if getattr(self, "ws", None) is not None:
            self.ws.close()
            self.api("DELETE", f"sessions/{self.session['id']}")
            self.ws = None

    @staticmethod
    def _execute(ws: websocket.WebSocket, code: str) -> tuple[int | None, list[dict]]:
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "analyst", "session": "lab",
                       "date": datetime.now(UTC).isoformat(), "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
        }))
        outputs: list[dict] = []
        count, idle, replied = None, False, False
        while not (idle and replied):
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "execute_reply":
                replied = True
                count = content.get("execution_count")
                assert content["status"] == "ok", f"cell failed: {content.get('ename')}: {content.get('evalue')}"
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
            elif kind == "stream":
                outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
            elif kind in ("display_data", "execute_result"):
                out = {"output_type": kind, "data": content["data"], "metadata": content.get("metadata", {})}
                if kind == "execute_result":
                    out["execution_count"] = content["execution_count"]
                outputs.append(out)
            elif kind == "error":
                pytest.fail(f"cell raised {content['ename']}: {content['evalue']}")
        return count, outputs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(project: Path, tmp_path: Path) -> Iterator[Server]:
    """JupyterLab started on the copy's notebooks/ with a random port and token, the project's config installed."""
    etc = tmp_path / "etc-jupyter"
    (etc / "jupyter_server_config.d").mkdir(parents=True)
    shutil.copyfile(project / "jupyter_server_config.json", etc / "jupyter_server_config.d" / "tipbrief.json")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "TIPBRIEF", "MPLBACKEND"))}
    env.update(JUPYTER_CONFIG_PATH=str(etc), JUPYTER_CONFIG_DIR=str(tmp_path / "user-config"),
               JUPYTER_DATA_DIR=str(tmp_path / "user-data"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    port, token = _free_port(), uuid.uuid4().hex
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={project / 'notebooks'}", *(["--allow-root"] if os.geteuid() == 0 else [])],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    server = Server(f"http://127.0.0.1:{port}", token)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if server.http.get(f"{server.url}/api/status", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "no Jupyter server:\n" + (tmp_path / "server.log").read_text()
            time.sleep(0.5)
        yield server
    finally:
        server.close()
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _save(lab: Server, path: str, nb: dict) -> None:
    """What Lab's Save does: PUT the notebook model, then create a checkpoint."""
    lab.api("PUT", f"contents/{path}", json={"type": "notebook", "format": "json", "content": nb})
    lab.api("POST", f"contents/{path}/checkpoints")


def _lab_metadata(nb: dict) -> dict:
    """What a Lab session adds to a notebook besides outputs: language info, collapsed and scrolled cells."""
    nb["metadata"]["language_info"] = {"name": "python", "version": sys.version.split()[0], "mimetype": "text/x-python",
                                       "file_extension": ".py", "codemirror_mode": {"name": "ipython", "version": 3}}
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["metadata"].update(scrolled=True, collapsed=False, execution={"iopub.status.idle": "2026-01-01"})
    return nb


def test_run_all_then_save_leaves_git_clean_and_the_draft_version_unchanged(lab, project):
    path = f"{THEME}.ipynb"
    committed = {p: (project / "notebooks" / p).read_bytes() for p in (path, f"{THEME}.py")}
    before = input_digest(project, project / "seeds")

    nb = lab.api("GET", f"contents/{path}")["content"]
    lab.start_kernel(path)
    lab.run(nb["cells"])  # Run All
    _lab_metadata(nb)

    # the kernel the server started renders findings: HTML with each figure's quote on hover
    findings = next(c for c in nb["cells"] if "#| label: findings-" in c["source"])
    data = findings["outputs"][0]["data"]
    assert "\n- " in data["text/markdown"] and '{.ev ref="' in data["text/markdown"]
    assert '<span class="ev"' in data["text/html"] and ' title="“' in data["text/html"]
    assert "{.ev" not in data["text/html"]
    labelled = [c for c in nb["cells"] if c["source"].startswith("#| label:")]
    assert len(labelled) >= 3 and all(c["outputs"] and c["execution_count"] for c in labelled)
    assert any("image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {})
               for c in labelled for o in c["outputs"])

    _save(lab, path, nb)

    assert _git(project, "status", "--porcelain", "--untracked-files=all") == ""
    assert {p: (project / "notebooks" / p).read_bytes() for p in committed} == committed
    assert input_digest(project, project / "seeds") == before

    # the analyst adds a cell of their own, runs it and saves: the pair changes, and only the pair
    mine = {"cell_type": "code", "id": "mine", "metadata": {"tags": ["analyst"]}, "execution_count": None,
            "outputs": [],
            "source": "#| label: tbl-prosecution-mine\nfindings.show(data.table[['indicator', 'year']], data)"}
    nb["cells"].append(mine)
    lab.run([mine])
    table = mine["outputs"][0]["data"]
    assert table["text/markdown"].startswith("| indicator | year |") and "<table" in table["text/html"]
    _save(lab, path, nb)

    changed = _git(project, "status", "--porcelain", "--untracked-files=all").splitlines()
    assert sorted(line[3:] for line in changed) == [f"notebooks/{THEME}.ipynb", f"notebooks/{THEME}.py"]
    stored = json.loads((project / "notebooks" / path).read_text(encoding="utf-8"))
    assert all(c.get("outputs", []) == [] and c.get("execution_count") is None for c in stored["cells"])
    assert set(stored["metadata"]) == {"kernelspec", "jupytext"}
    assert stored["cells"][-1]["metadata"] == {"tags": ["analyst"]}
    text = (project / "notebooks" / f"{THEME}.py").read_text(encoding="utf-8")
    assert '# %% tags=["analyst"]\n#| label: tbl-prosecution-mine' in text
    assert input_digest(project, project / "seeds") != before
