"""Headless runs of the theme notebooks with papermill: validated, cached, parallel, atomic.

``run_notebooks`` writes the indicator table once, checks every parameter against each
notebook's ``parameters`` cell before any kernel starts, skips notebooks whose cache key is
unchanged, executes the rest in parallel (one kernel per notebook, threads only wait on them),
promotes each executed notebook atomically and records the run in ``run.json``.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nbformat
import papermill
from papermill.exceptions import PapermillExecutionError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tipbrief import atomic
from tipbrief.errors import NotebookError, ParameterError
from tipbrief.indicators.table import conform, read_table, write_table
from tipbrief.paths import build_dir as default_build_dir
from tipbrief.paths import project_root, resolve_seeds
from tipbrief.runs import params
from tipbrief.runs.cache import cache_key, files_digest, package_fingerprint

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
            raise ParameterError("parameter 'output_dir' is set by the runner (figures go to <build>/figures)")
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


def _execute(run: NotebookRun, failed_dir: Path, cwd: Path) -> NotebookRun:
    """Run one notebook into a staging file and promote it; on error keep the copy in ``failed_dir``."""
    started = time.perf_counter()
    run.start = datetime.now(UTC).isoformat(timespec="seconds")
    target = Path(run.output)
    kept = failed_dir / target.name
    try:
        with atomic.atomic_path(target) as staged:
            try:
                papermill.execute_notebook(
                    run.notebook, str(staged), parameters=run.parameters, kernel_name="python3",
                    cwd=str(cwd), progress_bar=False, log_output=False,
                    extra_arguments=KERNEL_ARGS,
                )
            except PapermillExecutionError as exc:
                atomic.write_bytes(kept, staged.read_bytes())
                run.error = _failure_message(run.theme, exc, staged, kept)
                run.failed_copy = str(kept)
                raise
        kept.unlink(missing_ok=True)
    except PapermillExecutionError:
        pass
    except Exception as exc:  # kernel died, notebook unreadable: reported per notebook, others go on
        run.error = f"notebook {run.theme} could not run: {type(exc).__name__}: {exc}"
    run.duration = round(time.perf_counter() - started, 3)
    return run


def prepare_table(seeds: Path, build: Path, table: Path | None = None) -> Path:
    """Path of the indicator table all notebooks read: ``table`` checked, or extracted from ``seeds``."""
    if table is not None:
        read_table(table)  # refuse a missing or malformed table before any kernel starts
        return Path(table).resolve()
    from tipbrief.indicators.extract import extract_corpus  # imported late: extraction is its own, heavier module

    csv_path = build / "data" / "indicators.csv"
    frame = conform(extract_corpus(seeds))
    unchanged = csv_path.is_file() and csv_path.with_suffix(".json").is_file() and (
        csv_path.read_text(encoding="utf-8") == frame.to_csv(index=False, lineterminator="\n"))
    if not unchanged:  # an identical table is left alone, so its files keep their dates
        write_table(frame, csv_path)
    return csv_path


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
) -> RunRecord:
    """Execute theme notebooks headless; see the module docstring.

    ``parameters`` maps names to values; ``theme.name`` applies to one theme only, a plain name
    to every selected notebook that declares it. Raises ParameterError before any kernel starts,
    and (with ``check``) NotebookError after the run if a notebook failed; the record is written
    either way.
    """
    began = time.perf_counter()
    notebooks_dir = Path(notebooks_dir or project_root() / "notebooks").resolve()
    build = Path(build_dir or default_build_dir()).resolve()
    available = available_themes(notebooks_dir)
    selected = list(dict.fromkeys(themes or available))
    for theme in selected:
        if theme not in available:
            raise ParameterError(f"unknown theme {theme!r} (available: {', '.join(available) or 'none'})")
    if jobs is not None and jobs < 1:
        raise ParameterError(f"--jobs must be at least 1 (got {jobs})")
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
    figures = build / "figures"
    # Validate everything before extraction or any kernel: the table path is filled in afterwards.
    for t in selected:
        params.validate(paths[t], {**overrides[t], "seeds_dir": str(seeds), "output_dir": str(figures / t)})

    table_path = prepare_table(seeds, build, table)
    inputs = files_digest([table_path, seeds])
    version = package_version or package_fingerprint()
    out_dir = build / "notebooks"
    record_path = out_dir / RECORD_NAME
    previous = RunRecord.load(record_path)
    record = RunRecord(
        started=datetime.now(UTC).isoformat(timespec="seconds"), duration=0.0, package_version=version,
        table=str(table_path), inputs_digest=inputs,
        notebooks=dict(previous.notebooks) if previous else {},
    )
    todo: list[NotebookRun] = []
    for t in selected:
        resolved = params.validate(paths[t], {**overrides[t], "seeds_dir": str(seeds), "table_path": str(table_path),
                                              "output_dir": str(figures / t)})
        key = cache_key(paths[t], resolved, inputs, version)
        run = NotebookRun(t, str(paths[t]), str(out_dir / f"{t}.ipynb"), resolved, key)
        old = previous.notebooks.get(t) if previous else None
        if not force and old and old.cache_key == key and not old.error and Path(run.output).is_file():
            run.cache, run.start, run.duration = "hit", old.start, old.duration
        else:
            todo.append(run)
        record.notebooks[t] = run

    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, disable=not progress or not todo, transient=False) as bar:
        task = bar.add_task(f"running {len(todo)} notebook(s), {workers} at a time", total=len(todo))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_execute, run, out_dir / "failed", notebooks_dir): run for run in todo}
            for future in as_completed(futures):
                run = future.result()
                mark = "[red]failed[/red]" if run.error else "[green]done[/green]"
                if progress:
                    bar.console.print(f"  {run.theme}: {mark} in {run.duration:.1f}s")
                bar.advance(task)
    record.duration = round(time.perf_counter() - began, 3)
    atomic.write_text(record_path, record.to_json())
    failures = [r for r in record.notebooks.values() if r.theme in selected and r.error]
    if check and failures:
        more = f" ({len(failures) - 1} more notebook(s) failed; see {record_path})" if len(failures) > 1 else ""
        raise NotebookError(failures[0].error + more)
    return record
