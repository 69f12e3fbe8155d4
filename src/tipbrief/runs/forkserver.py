"""Kernels forked from one warm process: the imports every notebook makes are paid once per run, not per notebook.

Those imports (pandas, matplotlib, the toolkit, ipykernel) cost about 1.5 s of CPU per kernel started as its own
interpreter; a run of the six theme notebooks spends about 40% less CPU with forked kernels.
Our own because no package forks Jupyter kernels from a pre-imported parent; it plugs in where jupyter_client
lets a package start kernels its own way (a kernel provisioner), and its kernels are ordinary ipykernel kernels.

``ForkServers`` (one per run of the runner) starts, at the run's first kernel, a server with that kernel's
interpreter, flags, environment and folder. The server imports what the notebooks import, then forks one child
per kernel; the child becomes ``python -m ipykernel_launcher -f <connection file>`` in its own session, with the
kernel's own output files. Anything unusual (another kernel command, another environment or folder, a server
that does not start, threads in it) starts the kernel the usual way. The server ends with its run, or when the
process that started it dies, and kills any kernel it still has.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import importlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

#: The name of the provisioner (``[project.entry-points."jupyter_client.kernel_provisioners"]`` in pyproject).
NAME = "tipbrief-forked"
#: Set to 0 to start every kernel as its own interpreter, as Jupyter does.
SWITCH = "TIPBRIEF_FORK_KERNELS"
#: What ipykernel sets before any notebook code runs; the server must set it before matplotlib is imported.
INLINE = "module://matplotlib_inline.backend_inline"
#: The modules the server imports besides the notebooks' own: what every kernel imports before its first cell.
KERNEL_MODULES = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "IPython")
STARTUP_TIMEOUT = 60.0


def enabled() -> bool:
    """Whether kernels may be forked: not switched off and the provisioner is installed (an editable install made
    before it existed has no entry point)."""
    if os.environ.get(SWITCH, "1").strip().lower() in ("0", "false", "no", "off"):
        return False
    from importlib.metadata import entry_points

    return any(ep.name == NAME for ep in entry_points(group="jupyter_client.kernel_provisioners"))


def notebook_imports(notebooks: Iterable[Path]) -> list[str]:
    """The modules the code cells of ``notebooks`` import at their top level (``from a import b``: ``a`` and
    ``a.b``, which is tried as a module), in order; cells that do not parse are skipped."""
    import nbformat

    names: dict[str, None] = {}
    for path in notebooks:
        try:
            cells = nbformat.read(path, as_version=4).cells
        except Exception:  # the runner reports an unreadable notebook itself
            continue
        for cell in cells:
            if cell.cell_type != "code":
                continue
            source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in tree.body:
                if isinstance(node, ast.Import):
                    names.update(dict.fromkeys(alias.name for alias in node.names))
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names[node.module] = None
                    names.update(dict.fromkeys(f"{node.module}.{alias.name}" for alias in node.names))
    return list(names)


def _split_command(cmd: list[str]) -> tuple[list[str], list[str]] | None:
    """(interpreter and its flags, the launcher's arguments) of ``python [flags] -m ipykernel_launcher ARGS``;
    None for any other kernel command."""
    for i, arg in enumerate(cmd[:-1]):
        if arg == "-m":
            return (cmd[:i], cmd[i + 2:]) if cmd[i + 1] == "ipykernel_launcher" and i >= 1 else None
    return None


def _stable(env: dict[str, str]) -> frozenset[tuple[str, str]]:
    """The part of a kernel's environment the server must share: all but what jupyter_client sets per kernel."""
    return frozenset((k, v) for k, v in env.items() if not k.startswith("JPY_"))


class _Server:
    """One server process and the socket to it (requests from the runner's threads take turns)."""

    def __init__(self, prefix: list[str], cwd: str, env: dict[str, str], preload: list[str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.sock = ours
        self.turn = threading.Lock()
        self.ready: bool | None = None  # None until the server says whether it can fork
        try:
            self.proc = subprocess.Popen(
                [*prefix, "-m", __name__, str(theirs.fileno()), *preload], cwd=cwd, env=env,
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True)
        except OSError:
            ours.close()
            raise
        finally:
            theirs.close()

    def _answer(self, timeout: float) -> dict[str, Any]:
        try:
            if not select.select([self.sock], [], [], timeout)[0]:
                return {}
            data = self.sock.recv(1 << 16)
        except (OSError, ValueError):  # closed by close() meanwhile
            return {}
        return json.loads(data) if data else {}

    def fork(self, args: list[str], cwd: str, env: dict[str, str], out: int, err: int) -> int | None:
        """The pid of a new kernel (a session leader), or None if the server cannot make one."""
        request = json.dumps({"args": args, "cwd": cwd, "env": env}).encode()
        with self.turn:
            if self.ready is None:  # the first request waits for the server's imports
                self.ready = self._answer(STARTUP_TIMEOUT).get("ready") is True
            if not self.ready:
                return None
            try:
                socket.send_fds(self.sock, [request], [out, err])
                pid = self._answer(STARTUP_TIMEOUT).get("pid")
            except OSError:
                pid = None
            if not isinstance(pid, int):
                self.ready = False
                return None
            return pid

    def close(self) -> None:
        """End the server: it kills the kernels it still has, then exits. A request waiting on it gets None."""
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes a thread waiting for an answer
        with self.turn:
            self.ready = False
            self.sock.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class ForkServers:
    """The fork servers of one run, one per kind of kernel; ``close`` ends them all."""

    def __init__(self, preload: Iterable[str]) -> None:
        self.preload = list(preload)
        self.servers: dict[tuple, _Server | None] = {}
        self.guard = threading.Lock()
        self.closed = False

    def server(self, prefix: list[str], cwd: str, env: dict[str, str]) -> _Server | None:
        """The server for kernels of this interpreter, folder and environment (started on first use); None when
        one cannot be started or the run is ending."""
        key = (tuple(prefix), cwd, _stable(env))
        with self.guard:
            if self.closed:
                return None
            if key not in self.servers:
                try:
                    self.servers[key] = _Server(prefix, cwd, env, self.preload)
                except OSError:
                    self.servers[key] = None
            return self.servers[key]

    def close(self) -> None:
        with self.guard:
            self.closed = True
            servers = [s for s in self.servers.values() if s is not None]
            self.servers.clear()
        for server in servers:
            server.close()


class _Forked:
    """The part of ``subprocess.Popen`` that jupyter_client uses, for a kernel that is the server's child, not
    ours: its end is seen through a pidfd (a zombie counts as ended; the server reaps it later)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None
        try:
            self._fd: int | None = os.pidfd_open(pid)
        except (AttributeError, OSError):  # no pidfd (Linux before 5.3): /proc says whether it still runs
            self._fd = None

    def poll(self) -> int | None:
        if self.returncode is None and not self._running():
            self.returncode = 0  # not our child: its exit status is the server's to read
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
        return self.returncode

    def _running(self) -> bool:
        if self._fd is not None:
            return not select.select([self._fd], [], [], 0)[0]
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state not in ("Z", "X")

    def wait(self, timeout: float | None = None) -> int:
        if self._fd is not None and self.returncode is None and not select.select([self._fd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
        while self.poll() is None:  # the /proc fallback
            time.sleep(0.05)
        return self.returncode or 0

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class ForkedProvisioner(LocalProvisioner):  # type: ignore[misc]
    """Starts a kernel as a fork of its run's server (the kernel manager's ``fork_servers``), else as usual."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        servers: ForkServers | None = getattr(self.parent, "fork_servers", None)
        split = _split_command(cmd)
        env = kwargs.get("env")
        if servers is None or split is None or not isinstance(env, dict):
            return await super().launch_kernel(cmd, **kwargs)
        prefix, args = split
        cwd = str(Path(kwargs.get("cwd") or os.getcwd()).resolve())
        server = servers.server(prefix, cwd, env)
        out, err = (_fd(kwargs.get("stdout"), 1), _fd(kwargs.get("stderr"), 2))
        pid = server.fork(args, cwd, env, out, err) if server is not None else None
        if pid is None:
            return await super().launch_kernel(cmd, **kwargs)
        self.process = _Forked(pid)
        self.pid = self.pgid = pid
        self.cwd = cwd
        return self.connection_info


def _fd(stream: Any, default: int) -> int:
    """The file descriptor a kernel writes to: the given file's, else ours (as Popen would inherit it)."""
    if isinstance(stream, int) and stream >= 0:
        return stream
    with contextlib.suppress(AttributeError, OSError, ValueError):
        return stream.fileno()
    return default


# --- the server process ---------------------------------------------------------------------------------------


def _serve(fd: int, preload: list[str]) -> None:
    """Import ``preload`` as a kernel would, then fork a kernel per request until the runner's end closes."""
    sock = socket.socket(fileno=fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the runner's: it stops the kernels itself
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]  # as ipykernel_launcher does before its imports
    os.environ.setdefault("MPLBACKEND", INLINE)
    gc.disable()  # no collections while importing: freed holes in the pages each kernel shares
    for name in [*KERNEL_MODULES, *preload]:
        with contextlib.suppress(Exception):  # the kernel meets the same error in its cell and reports it
            importlib.import_module(name)
    import ipykernel_launcher

    gc.freeze()  # the imported objects, shared by every kernel: their collections never walk (nor copy) them

    launcher = ipykernel_launcher.__file__
    ready = threading.active_count() == 1  # a fork would not copy other threads (and any lock they hold)
    sock.send(json.dumps({"ready": ready}).encode())
    children: set[int] = set()
    while ready:
        try:
            message, fds, _flags, _addr = socket.recv_fds(sock, 1 << 22, 2)
        except OSError:
            break
        if not message:
            break
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            _become_kernel(sock, request, fds, launcher)
        for f in fds:
            os.close(f)
        children.add(pid)
        sock.send(json.dumps({"pid": pid}).encode())
        for child in list(children):  # reap the kernels that have ended (their pids stay ours until then)
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(child, os.WNOHANG)[0]:
                    children.discard(child)
    for child in children:
        with contextlib.suppress(OSError):
            os.killpg(child, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(child, 0)


def _become_kernel(sock: socket.socket, request: dict[str, Any], fds: list[int], launcher: str) -> None:
    """In the forked child: become ``python -m ipykernel_launcher ARGS`` in ``cwd`` with ``env``; never returns."""
    code = 1
    try:
        os.setsid()
        gc.enable()
        sock.close()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(fds[0], 1)
        os.dup2(fds[1], 2)
        for f in {null, *fds}:
            os.close(f)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = [launcher, *request["args"]]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    _serve(int(sys.argv[1]), sys.argv[2:])
