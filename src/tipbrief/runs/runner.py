"""Headless runs of the theme notebooks with papermill: validated, cached, parallel, atomic.

``run_notebooks`` writes the indicator table once, checks every parameter against each
notebook's ``parameters`` cell before any kernel starts, skips notebooks whose cache key is
unchanged, executes the rest in parallel (one kernel per notebook, threads only wait on them),
promotes each executed notebook atomically and records the run in ``run.json``. Each kernel is
tracked, so Ctrl-C or SIGTERM interrupts the running ones (then kills them), starts no queued
notebook and leaves every unfinished notebook's last good output in place.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import queue
import shutil
import signal
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import nbformat
import papermill
from papermill.exceptions import PapermillExecutionError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tipbrief import atomic, i18n
from tipbrief.errors import Interrupted, NotebookError, ParameterError
from tipbrief.lock import project_lock
from tipbrief.paths import build_dir as default_build_dir
from tipbrief.paths import project_root, resolve_seeds
from tipbrief.runs import CELL_TIMEOUT, cells, forkserver, params
from tipbrief.runs.cache import cache_key, files_digest, package_fingerprint
from tipbrief.runs.table import extraction_progress, prepare_table, require_sources  # noqa: F401 - re-exported

RECORD_NAME = "run.json"
#: Quiet kernels: ipykernel's start-up warnings would otherwise drown the progress display.
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


@dataclass
class NotebookRun:
    """What happened to one notebook in one run."""

    theme: str
    notebook: str
    output: str
    parameters: dict[str, Any]
    cache_key: str
    figures: str = ""  # the folder of its chart files
    cache: str = "miss"  # "hit" or "miss"
    start: str | None = None
    duration: float = 0.0
    error: str | None = None
    failed_copy: str | None = None


@dataclass
class RunRecord:
    """One run of the runner; saved as ``run.json`` beside the executed notebooks."""

    started: str
    duration: float
    package_version: str
    table: str
    inputs_digest: str
    notebooks: dict[str, NotebookRun] = field(default_factory=dict)
    selected: list[str] = field(default_factory=list)  # the themes this run was asked for

    @property
    def failures(self) -> list[NotebookRun]:
        return [r for r in self.notebooks.values() if r.error]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=False, default=str) + "\n"

    @classmethod
    def load(cls, path: Path) -> RunRecord | None:
        """The record at ``path``; None when missing or unreadable (then nothing is cached)."""
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
            runs = {k: NotebookRun(**v) for k, v in raw.pop("notebooks").items()}
            return cls(**raw, notebooks=runs)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None


def available_themes(notebooks_dir: Path) -> list[str]:
    """Theme names: the notebooks in ``notebooks_dir``."""
    return sorted(p.stem for p in Path(notebooks_dir).glob("*.ipynb") if not p.name.startswith("."))


def _split(values: dict[str, Any], themes: list[str], declared: dict[str, dict[str, Any]]) -> dict[str, dict]:
    """Per-theme overrides from global ``name=value`` and scoped ``theme.name=value`` items."""
    per = {t: {} for t in themes}
    for name, value in values.items():
        theme, dot, short = name.rpartition(".")
        if dot:
            if theme not in per:
                raise ParameterError(f"parameter {name!r}: theme {theme!r} is not being run")
            if short not in declared[theme]:
                raise ParameterError(
                    f"unknown parameter {short!r} for notebook {theme} (it takes: {', '.join(sorted(declared[theme]))})"
                )
            per[theme][short] = value
            continue
        if short == "output_dir":
            raise ParameterError("parameter 'output_dir' is set by the runner (each chart is kept as drawn, "
                                 "in <build>/figures/<theme>/)")
        takers = [t for t in themes if short in declared[t]]
        if not takers:
            raise ParameterError(f"unknown parameter {short!r}: no notebook among {', '.join(themes)} takes it")
        for t in takers:
            per[t].setdefault(short, value)
    return per


def _failure_message(theme: str, exc: PapermillExecutionError, executed: Path, kept: Path) -> str:
    """'notebook X failed in cell N ("first line"): Error: value; executed copy kept at …'."""
    index = exc.cell_index
    try:
        nb = nbformat.read(str(executed), as_version=4)
        injected = sum(1 for c in nb.cells[1 : index + 1] if "injected-parameters" in c.metadata.get("tags", []))
        index -= injected
    except Exception:  # the copy is for the user; the message still names the cell by papermill's index
        pass
    first = next((line for line in (exc.source or "").splitlines() if line.strip()), "")
    first = first if len(first) <= 60 else first[:57] + "..."
    return (f"notebook {theme} failed in cell {index + 1} ({first!r}): {exc.ename}: {exc.evalue}; "
            f"executed copy with the traceback kept at {kept}")


class _Stopped(Exception):
    """Raised in a worker before its next cell once the run was interrupted."""


@dataclass
class _Live:
    """What the worker threads are doing, shared with the main thread so an interrupt can stop it."""

    stop: threading.Event = field(default_factory=threading.Event)
    guard: threading.Lock = field(default_factory=threading.Lock)
    kernels: dict[str, int] = field(default_factory=dict)  # theme -> pid of its kernel (a process group leader)
    started: set[str] = field(default_factory=set)

    def add_kernel(self, theme: str, pid: int) -> None:
        with self.guard:
            self.kernels[theme] = pid

    def drop_kernel(self, theme: str) -> None:
        with self.guard:
            self.kernels.pop(theme, None)

    def signal_kernels(self, sig: int, skip: set[int] | None = None) -> set[int]:
        """Send ``sig`` to every running kernel's process group (except ``skip``); returns the pids signalled."""
        with self.guard:
            pids = set(self.kernels.values()) - (skip or set())
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, sig)
        return pids


SOCKETS = "tipbrief-kernels-"  # a run's socket folder in the temp folder: this prefix, the run's pid, a random tail


def socket_folder() -> Path | None:
    """A new folder (mode 700) for one run's kernel sockets, named after this process so that a later run can tell
    when its owner is gone; None where Unix sockets do not serve (not POSIX, or a temp folder path too long)."""
    if os.name != "posix" or len(tempfile.gettempdir()) > 40:
        return None
    return Path(tempfile.mkdtemp(prefix=f"{SOCKETS}{os.getpid()}-"))


def remove_orphan_sockets() -> list[Path]:
    """Remove the socket folders of runs whose process no longer runs (killed with kill -9, which leaves a kernel's
    connection file and five sockets behind); returns them. Another user's or a running process's folder stays."""
    removed = []
    for path in Path(tempfile.gettempdir()).glob(f"{SOCKETS}*"):
        pid = path.name[len(SOCKETS):].split("-", 1)[0]
        if not pid.isdigit() or not path.is_dir() or path.is_symlink():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # its run goes on
        except PermissionError:
            continue  # another user's process
        except ProcessLookupError:
            pass
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def _kernel_manager_class(theme: str, live: _Live, log: Path, cwd: Path,
                          servers: forkserver.ForkServers | None = None, sockets: Path | None = None) -> type:
    """An AsyncKernelManager that starts its kernel in ``cwd`` (papermill's own ``cwd`` would chdir the whole
    process, which races between worker threads), registers the kernel's pid so the main thread can interrupt
    or kill it, and sends the kernel process's own output (start-up noise, a traceback when interrupted while
    starting) to ``log`` instead of the command's terminal; cell outputs still go into the notebook. With
    ``servers``, the kernel is forked from the run's warm server (``tipbrief.runs.forkserver``). With ``sockets``
    (``socket_folder``), it talks over Unix sockets in that folder."""
    from jupyter_client.manager import AsyncKernelManager

    class TrackedKernelManager(AsyncKernelManager):
        fork_servers = servers

        @property
        def kernel_spec(self) -> Any:
            spec = AsyncKernelManager.kernel_spec.fget(self)
            if servers is not None and spec is not None and "kernel_provisioner" not in spec.metadata:
                spec.metadata = {**spec.metadata, "kernel_provisioner": {"provisioner_name": forkserver.NAME}}
            return spec

        async def start_kernel(self, **kw: Any) -> None:  # type: ignore[override]
            if sockets is not None and not self.connection_file:
                ipc = sockets / uuid.uuid4().hex[:16]
                # Unix sockets named after the kernel, not TCP ports: a port jupyter_client found free can be taken
                # by another process's kernel before this one binds it, and the kernel dies at start (a socket's
                # path has at most 104 bytes)
                self.connection_file = f"{ipc}.json"
                self.transport, self.ip = "ipc", f"{ipc}-ipc"
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("ab") as sink:
                kw.setdefault("stdout", sink)
                kw.setdefault("stderr", sink)
                kw["cwd"] = str(cwd)
                await super().start_kernel(**kw)
            pid = getattr(self.provisioner, "pid", None)
            if pid:
                live.add_kernel(theme, int(pid))
                if live.stop.is_set():
                    live.signal_kernels(signal.SIGKILL)

    return TrackedKernelManager


def _cell_number(notebook: str, cell: Any) -> tuple[int | None, str]:
    """(1-based number of ``cell`` in the stored notebook, its first line)."""
    source = cell.get("source", "") if cell is not None else ""
    first = next((line for line in source.splitlines() if line.strip()), "")
    first = first if len(first) <= 60 else first[:57] + "..."
    try:
        cells = nbformat.read(notebook, as_version=4).cells
    except Exception:  # the message still names the cell by its first line
        return None, first
    for i, stored in enumerate(cells):
        if (cell.get("id") and stored.get("id") == cell.get("id")) or stored.get("source") == source:
            return i + 1, first
    return None, first


def _execute(run: NotebookRun, failed_dir: Path, cwd: Path, live: _Live, cell_timeout: float | None,
             servers: forkserver.ForkServers | None = None, sockets: Path | None = None) -> str:
    """Run one notebook into a staging file and promote it; returns 'done', 'failed' or 'interrupted'.
    A failing or timed-out notebook keeps its executed copy in ``failed_dir``; an interrupted one leaves
    nothing, so its last good output stays in place."""
    from nbclient.exceptions import CellTimeoutError

    started = time.perf_counter()
    run.start = datetime.now(UTC).isoformat(timespec="seconds")
    target = Path(run.output)
    kept = failed_dir / target.name
    current: dict[str, Any] = {}

    def timeout_for(cell: Any) -> float | None:
        current["cell"] = cell
        return cell_timeout

    def before_cell(**_: Any) -> None:
        if live.stop.is_set():
            raise _Stopped

    def keep_copy(staged: Path) -> None:
        if staged.is_file():
            atomic.write_bytes(kept, staged.read_bytes())
            run.failed_copy = str(kept)

    outcome = "done"
    try:
        with atomic.atomic_path(target) as staged:
            try:
                papermill.execute_notebook(
                    run.notebook, str(staged), parameters=run.parameters, kernel_name="python3",
                    progress_bar=False, log_output=False, extra_arguments=KERNEL_ARGS,
                    kernel_manager_class=_kernel_manager_class(
                        run.theme, live, failed_dir.parent / "logs" / f"{run.theme}.kernel.log", cwd, servers,
                        sockets),
                    shutdown_kernel="immediate",
                    timeout_func=timeout_for, on_cell_start=before_cell,
                )
            except PapermillExecutionError as exc:
                if not live.stop.is_set():
                    keep_copy(staged)
                    run.error = _failure_message(run.theme, exc, staged, kept)
                raise
            except CellTimeoutError:
                if not live.stop.is_set():
                    keep_copy(staged)
                    number, first = _cell_number(run.notebook, current.get("cell"))
                    where = f"cell {number} ({first!r})" if number else f"cell {first!r}"
                    copy = f"; executed copy kept at {kept}" if run.failed_copy else ""
                    run.error = (f"notebook {run.theme}: {where} still running after {cell_timeout:g} s "
                                 f"(--cell-timeout); stopped it, the last good output is kept{copy}")
                raise
            nb = finish(staged, target, str(run.parameters.get("lang") or "en"))
        if run.figures:
            cells.write_figures(nb, Path(run.figures))
        kept.unlink(missing_ok=True)
    except Exception as exc:  # kernel died, notebook unreadable: reported per notebook, others go on
        if live.stop.is_set():
            outcome, run.error = "interrupted", None
        else:
            outcome = "failed"
            if run.error is None:
                run.error = f"notebook {run.theme} could not run: {type(exc).__name__}: {exc}"
    finally:
        live.drop_kernel(run.theme)
    run.duration = round(time.perf_counter() - started, 3)
    return outcome


def finish(staged: Path, target: Path, lang: str) -> nbformat.NotebookNode:
    """The executed notebook as it is kept (and returned): papermill's record names ``target``, not the staging
    file it wrote (a random folder name that no longer exists, and would make two runs' notebooks differ), and its
    captions are in ``lang``."""
    nb = nbformat.read(staged, as_version=4)
    record = nb.metadata.get("papermill")
    if record is not None:
        record["output_path"] = str(target)
    translate_captions(nb, lang)
    nbformat.write(nb, staged)
    return nb


def translate_captions(nb: nbformat.NotebookNode, lang: str) -> None:
    """Captions and alt text of an executed notebook's cell options (``#| fig-cap: …``) in ``lang``: the
    notebooks are written in English, and what Quarto embeds from them must read in the briefing's language."""
    if lang == i18n.DEFAULT:
        return
    with i18n.language(lang):
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.source = i18n.translate_options(cell.source)


def _worker(pending: queue.SimpleQueue, results: queue.SimpleQueue, live: _Live, failed_dir: Path, cwd: Path,
            cell_timeout: float | None, servers: forkserver.ForkServers | None, sockets: Path | None) -> None:
    while not live.stop.is_set():
        try:
            run = pending.get_nowait()
        except queue.Empty:
            return
        with live.guard:
            live.started.add(run.theme)
        try:
            outcome = _execute(run, failed_dir, cwd, live, cell_timeout, servers, sockets)
        except BaseException as exc:  # never lose a result: the main thread waits for one per notebook
            run.error = f"notebook {run.theme} could not run: {type(exc).__name__}: {exc}"
            outcome = "interrupted" if live.stop.is_set() else "failed"
        results.put((run, outcome))


def _stop_workers(live: _Live, threads: list[threading.Thread]) -> None:
    """Interrupt the running kernels (SIGINT), kill those still running 2 s later (SIGKILL) and wait for the
    workers to clean up their staging files, 6 s at most. Queued notebooks are never started."""
    live.stop.set()
    began = time.monotonic()
    interrupted: set[int] = set()
    killed: set[int] = set()
    while any(t.is_alive() for t in threads) and time.monotonic() - began < 6:
        interrupted |= live.signal_kernels(signal.SIGINT, skip=interrupted)
        if time.monotonic() - began > 2:
            killed |= live.signal_kernels(signal.SIGKILL, skip=killed)
        for t in threads:
            t.join(timeout=0.05)
    live.signal_kernels(signal.SIGKILL, skip=killed)


@contextlib.contextmanager
def _signals_ignored() -> Iterator[None]:
    """A second Ctrl-C while the first one is being cleaned up must not cut the clean-up short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_notebooks(
    themes: Iterable[str] | None = None,
    parameters: dict[str, Any] | None = None,
    jobs: int | None = None,
    *,
    notebooks_dir: Path | None = None,
    build_dir: Path | None = None,
    seeds: Path | None = None,
    table: Path | None = None,
    package_version: str | None = None,
    progress: bool = True,
    force: bool = False,
    check: bool = True,
    cell_timeout: float | None = CELL_TIMEOUT,
    wait: bool = False,
) -> RunRecord:
    """Execute theme notebooks headless; see the module docstring.

    ``parameters`` maps names to values; ``theme.name`` applies to one theme only, a plain name
    to every selected notebook that declares it. Raises ParameterError before any kernel starts,
    and (with ``check``) NotebookError after the run if a notebook failed; the record is written
    either way. A cell running longer than ``cell_timeout`` seconds (None or 0: no limit) fails its
    notebook. Ctrl-C/SIGTERM stop the running kernels, start no queued notebook and raise
    :class:`~tipbrief.errors.Interrupted` naming what finished; unfinished notebooks keep their last good
    output. One run per build folder at a time (``wait``: wait for the other one instead of failing).
    """
    began = time.perf_counter()
    notebooks_dir = Path(notebooks_dir or project_root() / "notebooks").resolve()
    build = Path(build_dir or default_build_dir()).resolve()
    if not notebooks_dir.is_dir():
        raise ParameterError(f"{notebooks_dir}: notebooks folder not found (--notebooks)")
    available = available_themes(notebooks_dir)
    if not available:
        raise ParameterError(f"{notebooks_dir}: no notebooks (*.ipynb) in this folder, nothing to run (--notebooks)")
    selected = list(dict.fromkeys(themes or available))
    for theme in selected:
        if theme not in available:
            raise ParameterError(f"unknown theme {theme!r} (available: {', '.join(available) or 'none'})")
    if jobs is not None and jobs < 1:
        raise ParameterError(f"--jobs must be at least 1 (got {jobs})")
    if cell_timeout is not None and not (cell_timeout >= 0 and math.isfinite(cell_timeout)):
        raise ParameterError(f"--cell-timeout must be a number of seconds, 0 for none (got {cell_timeout})")
    cell_timeout = cell_timeout or None
    values = dict(parameters or {})
    # -p seeds_dir=… / table_path=… work like --seeds / --table (empty: the default)
    if "seeds_dir" in values:
        given = values.pop("seeds_dir")
        seeds = Path(str(given)) if given else None
    if "table_path" in values:
        given = values.pop("table_path")
        table = Path(str(given)) if given else None
    seeds = resolve_seeds(seeds)
    paths = {t: notebooks_dir / f"{t}.ipynb" for t in selected}
    declared = {t: params.declared(paths[t]) for t in selected}
    overrides = _split(values, selected, declared)
    for t in selected:  # "empty: the build date" is resolved here, so a cached run from another day is not reused
        if "briefing_date" not in declared[t]:
            continue
        given = str(overrides[t].get("briefing_date") or "")
        try:
            overrides[t]["briefing_date"] = (date.fromisoformat(given) if given else i18n.today()).isoformat()
        except ValueError:
            raise ParameterError(f"parameter briefing_date={given!r} ({t}): expected a date as YYYY-MM-DD") from None
    # Validate everything before extraction or any kernel: the table path is filled in afterwards.
    for t in selected:
        params.validate(paths[t], {**overrides[t], "seeds_dir": str(seeds), "output_dir": ""})
    if table is None:
        require_sources(seeds, "run")

    with project_lock(build, "run", wait=wait):
        atomic.remove_staging(build)  # left by a run that was killed (kill -9)
        remove_orphan_sockets()  # the same run's kernel sockets
        with extraction_progress(enabled=progress and table is None) as shown:
            table_path = prepare_table(seeds, build, table, progress=shown)
        return _run_locked(selected, paths, overrides, build, seeds, table_path, notebooks_dir, began,
                           package_version=package_version, progress=progress, force=force, check=check,
                           jobs=jobs, cell_timeout=cell_timeout)


def _run_locked(selected: list[str], paths: dict[str, Path], overrides: dict[str, dict], build: Path, seeds: Path,
                table_path: Path, notebooks_dir: Path, began: float, *, package_version: str | None, progress: bool,
                force: bool, check: bool, jobs: int | None, cell_timeout: float | None) -> RunRecord:
    figures = build / "figures"
    inputs = files_digest([table_path, seeds])
    version = package_version or package_fingerprint()
    out_dir = build / "notebooks"
    record_path = out_dir / RECORD_NAME
    previous = RunRecord.load(record_path)
    old_entries = dict(previous.notebooks) if previous else {}
    record = RunRecord(
        started=datetime.now(UTC).isoformat(timespec="seconds"), duration=0.0, package_version=version,
        table=str(table_path), inputs_digest=inputs, notebooks=dict(old_entries), selected=list(selected),
    )
    todo: list[NotebookRun] = []
    for t in selected:
        # output_dir "": the kernel draws each chart once, for the notebook; the runner keeps that drawing as the
        # figure file (cells.write_figures), where charts.save would draw it again as a PNG
        resolved = params.validate(paths[t], {**overrides[t], "seeds_dir": str(seeds), "table_path": str(table_path),
                                              "output_dir": ""})
        key = cache_key(paths[t], resolved, inputs, version)
        run = NotebookRun(t, str(paths[t]), str(out_dir / f"{t}.ipynb"), resolved, key, figures=str(figures / t))
        old = old_entries.get(t)
        if not force and old and old.cache_key == key and not old.error and Path(run.output).is_file():
            run.cache, run.start, run.duration = "hit", old.start, old.duration
        else:
            todo.append(run)
        record.notebooks[t] = run

    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    console = Console(stderr=True)
    live = _Live()
    pending: queue.SimpleQueue = queue.SimpleQueue()
    results: queue.SimpleQueue = queue.SimpleQueue()
    for run in todo:
        pending.put(run)
    outcomes: dict[str, str] = {}
    # one kernel start's imports for the whole run, when there are two or more notebooks to share them
    servers = forkserver.ForkServers(forkserver.notebook_imports(Path(r.notebook) for r in todo)) \
        if len(todo) > 1 and forkserver.enabled() else None
    sockets = socket_folder() if todo else None
    threads = [threading.Thread(target=_worker, args=(pending, results, live, out_dir / "failed", notebooks_dir,
                                                      cell_timeout, servers, sockets),
                                daemon=True, name=f"notebook-worker-{i}")
               for i in range(workers if todo else 0)]
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, disable=not progress or not todo, transient=False) as bar:
            task = bar.add_task(f"running {len(todo)} notebook(s), {workers} at a time", total=len(todo))
            for thread in threads:
                thread.start()
            while len(outcomes) < len(todo):
                try:
                    run, outcome = results.get(timeout=0.2)
                except queue.Empty:
                    if not any(t.is_alive() for t in threads) and results.empty():
                        break
                    continue
                outcomes[run.theme] = outcome
                mark = "[red]failed[/red]" if run.error else "[green]done[/green]"
                if progress:
                    bar.console.print(f"  {run.theme}: {mark} in {run.duration:.1f}s")
                bar.advance(task)
    except KeyboardInterrupt as exc:
        with _signals_ignored():
            _stop_workers(live, threads)
            while not results.empty():
                run, outcome = results.get_nowait()
                outcomes[run.theme] = outcome
            atomic.remove_staging(out_dir, recursive=False)  # of a worker that did not finish in time
            message = _interrupt_summary(todo, outcomes, live.started, record, old_entries)
            record.duration = round(time.perf_counter() - began, 3)
            atomic.write_text(record_path, record.to_json())
        raise Interrupted(getattr(exc, "signum", signal.SIGINT), message) from None
    finally:
        if servers is not None:
            servers.close()
        if sockets is not None:
            shutil.rmtree(sockets, ignore_errors=True)
    record.duration = round(time.perf_counter() - began, 3)
    atomic.write_text(record_path, record.to_json())
    failures = [r for r in record.notebooks.values() if r.theme in selected and r.error]
    if check and failures:
        more = f" ({len(failures) - 1} more notebook(s) failed; see {record_path})" if len(failures) > 1 else ""
        raise NotebookError(failures[0].error + more)
    return record


def _interrupt_summary(todo: list[NotebookRun], outcomes: dict[str, str], started: set[str], record: RunRecord,
                       old_entries: dict[str, NotebookRun]) -> str:
    """Put back the record entries of notebooks that did not finish (their last good output is still in
    place) and say which finished, which were stopped and which never started."""
    finished = [r.theme for r in todo if outcomes.get(r.theme) in ("done", "failed")]
    stopped = [r.theme for r in todo if r.theme not in finished and r.theme in started]
    queued = [r.theme for r in todo if r.theme not in finished and r.theme not in started]
    for theme in stopped + queued:
        if theme in old_entries:
            record.notebooks[theme] = old_entries[theme]
        else:
            record.notebooks.pop(theme, None)
    parts = [f"finished: {', '.join(finished) or 'none'}"]
    if stopped:
        parts.append(f"stopped: {', '.join(stopped)} (last good output kept)")
    if queued:
        parts.append(f"not started: {', '.join(queued)}")
    return "; ".join(parts)
