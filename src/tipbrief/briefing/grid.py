"""A grid of briefings in one command: every combination of parameter lists, built as Dask tasks.

A grid file maps parameter names to lists (``country: [all]``, ``year_from: [2015, 2020]``). Each
combination is one task: the client packs the inputs that combination needs (its country's sources with
their catalog entries, notebooks, briefing sources, the country's edition manifests) into a tar archive;
the task unpacks them into a scratch project on the worker (one per combination, kept between runs so the
notebook cache works there), runs ``tipbrief build --country … -p …`` and returns the bytes of the
briefing's files. The client writes each combination's files into ``_build/grid/<name>/`` atomically, so
a task that fails, or whose worker dies, leaves no folder behind; Dask reruns a task whose worker died.
Nothing is shared between client and workers but the scheduler: workers may be on other machines.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import itertools
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tipbrief import atomic
from tipbrief.briefing.countries import index_html, resolve_countries, site_dir
from tipbrief.errors import BuildError, ParameterError
from tipbrief.i18n import N_
from tipbrief.paths import CATALOG_NAME, build_dir, editions_dir
from tipbrief.sources.countries import Country, slug

GRID_DIR = "grid"
#: Parameters the runner sets itself: not grid dimensions.
RESERVED = {"seeds_dir", "table_path", "output_dir"}
#: Seconds to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = 5
#: Project entries a task needs besides the country's sources (those that exist are sent).
INPUTS = ("notebooks", "briefs", "_quarto.yml", "_variables.yml", "src/tipbrief/briefing/filters",
          "src/tipbrief/briefing/assets")


@dataclass(frozen=True)
class Combination:
    """One parameter set of a grid: its country, the other parameters and its folder name."""

    country: Country
    params: dict[str, Any]

    @property
    def name(self) -> str:
        """Folder name: the country's slug, then each parameter as ``name-value``."""
        parts = [self.country.slug] + [f"{k}-{slug(str(v)) or 'none'}" for k, v in self.params.items()]
        return "__".join(parts)

    def describe(self) -> str:
        """'country=Moldova year_from=2015'."""
        return " ".join([f"country={self.country.name}"] + [f"{k}={v}" for k, v in self.params.items()])


@dataclass
class GridResult:
    """What a grid run made: finished folders, failures (combination, one line) and seconds."""

    done: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    tasks: dict[str, dict] = field(default_factory=dict)  # per combination: seconds, worker, peak memory


def grid_parameters(notebooks: Path) -> set[str]:
    """Names a grid may vary: ``country`` plus every parameter some theme notebook declares."""
    from tipbrief.runs import params

    names = {"country"}
    for path in sorted(Path(notebooks).glob("*.ipynb")):
        names |= set(params.declared(path))
    return names - RESERVED


def load_grid(path: Path, allowed: set[str]) -> dict[str, list]:
    """The grid file's lists; one ParameterError line for a missing file, bad YAML, an unknown parameter,
    a value that is not a list or an empty list."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ParameterError(f"--grid {path}: cannot read it ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ParameterError(f"--grid {path}: invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict) or not data:
        raise ParameterError(f"--grid {path}: expected a mapping of parameter names to lists, e.g. "
                             "'country: [all]' and 'year_from: [2015, 2020]'")
    grid: dict[str, list] = {}
    for name, values in data.items():
        if name not in allowed:
            raise ParameterError(f"--grid {path}: unknown parameter {name!r} (known: {', '.join(sorted(allowed))})")
        if not isinstance(values, list):
            raise ParameterError(f"--grid {path}: parameter {name!r} must be a list, e.g. {name}: [{values!r}]")
        if not values:
            raise ParameterError(f"--grid {path}: parameter {name!r} has an empty list: nothing to build")
        grid[str(name)] = values
    return grid


def combinations(grid: dict[str, list], seeds: Path, params: dict | None = None,
                 countries: list[str] | None = None) -> list[Combination]:
    """Every combination of the grid's lists (``country: [all]`` is every catalog country); ``params``
    (from ``-p``) fix the parameters the grid does not vary."""
    names = [str(c) for c in grid.get("country", countries or ["all"])]
    chosen = resolve_countries(seeds, names)
    others = {k: v for k, v in grid.items() if k != "country"}
    fixed = {k: v for k, v in (params or {}).items() if k not in others}
    out = []
    for country in chosen:
        for values in itertools.product(*others.values()):
            out.append(Combination(country, {**fixed, **dict(zip(others, values, strict=True))}))
    return out


# --- the task: runs on a worker ---------------------------------------------------------------------------

def pack_inputs(root: Path, seeds: Path, combo: Combination) -> bytes:
    """A tar archive of what one combination's build reads: the country's sources and catalog entries,
    the notebooks and briefing sources, and the manifests of the country's editions (for its version)."""
    root, seeds = Path(root), Path(seeds)
    from tipbrief.briefing.countries import _key, _raw_sources

    entries = [{**e, "country": combo.country.name} for e in _raw_sources(seeds)
               if _key(e.get("country", "")) == _key(combo.country.name)]
    buffer = io.BytesIO()

    def add(path: Path, arcname: str) -> None:
        info = tar.gettarinfo(str(path), arcname)
        info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
        with path.open("rb") as fh:
            tar.addfile(info, fh)

    def add_bytes(data: bytes, arcname: str) -> None:
        info = tarfile.TarInfo(arcname)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))

    with tarfile.open(fileobj=buffer, mode="w") as tar:
        add_bytes(yaml.safe_dump({"sources": entries}, sort_keys=False, allow_unicode=True).encode(),
                  f"seeds/{CATALOG_NAME}")
        for entry in entries:
            add(seeds / str(entry["file"]), f"seeds/{entry['file']}")
        for name in INPUTS:
            path = root / name
            files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
            for f in files:
                if "__pycache__" not in f.parts and ".ipynb_checkpoints" not in f.parts:
                    add(f, f.relative_to(root).as_posix())
        editions = editions_dir(root) / combo.country.slug
        for manifest in sorted(editions.glob("*/manifest.json")) if editions.is_dir() else []:
            add(manifest, manifest.relative_to(root).as_posix())
    return buffer.getvalue()


def scratch_base() -> Path:
    """Where workers keep their scratch projects (``$TIPBRIEF_SCRATCH``, else the system temp folder)."""
    return Path(os.environ.get("TIPBRIEF_SCRATCH") or Path(tempfile.gettempdir()) / "tipbrief-grid")


def build_task(archive: bytes, project: str, combo_name: str, country: str, params: dict, engine: str,
               jobs: int, env: dict[str, str]) -> dict[str, Any]:
    """Build one combination in a scratch project on this worker; returns its files' bytes or the error line.

    The scratch project (one per project and combination) keeps its ``_build/`` between runs, so the
    notebook cache holds there; a lock keeps a retried task from sharing it with a run still going."""
    import shutil

    scratch = scratch_base() / project / combo_name
    scratch.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with (scratch.parent / f"{combo_name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for name in ("seeds", "notebooks", "briefs", "src", "editions", "_quarto.yml", "_variables.yml"):
            target = scratch / name
            shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r") as tar:
            tar.extractall(scratch, filter="data")
        command = [sys.executable, "-m", "tipbrief.cli", "build", "--country", country, "--engine", engine,
                   "--jobs", str(jobs), *[a for k, v in params.items() for a in ("-p", f"{k}={_text(v)}")]]
        run_env = {**os.environ, **env, "TIPBRIEF_ROOT": str(scratch)}
        proc = subprocess.run(command, cwd=scratch, env=run_env, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            lines = [line for line in proc.stderr.splitlines() if line.strip()]
            return {"error": lines[-1] if lines else f"tipbrief build exited with {proc.returncode}"}
        site = site_dir(scratch, slug(country), str(params.get("lang") or "en"))
        files = {p.name: p.read_bytes() for p in sorted(site.iterdir()) if p.is_file()}
    return {"files": files, "seconds": time.perf_counter() - started, **_worker_figures()}


def _worker_figures() -> dict[str, Any]:
    """Which worker ran the task and its peak memory (MiB): the worker process and its largest child."""
    import resource

    try:
        from distributed import get_worker

        name = str(get_worker().name)
    except (ImportError, ValueError):
        name = f"pid {os.getpid()}"
    return {"worker": name,
            "worker_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "child_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def _text(value: Any) -> str:
    """A parameter value as ``-p`` reads it back (lists as YAML flow, the rest as text)."""
    if isinstance(value, list | dict | bool) or value is None:
        return yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()
    return str(value)


# --- the client -------------------------------------------------------------------------------------------

def connect(scheduler: str | None, workers: int = 2) -> tuple[Any, Any]:
    """(client, cluster): a client of the scheduler at ``scheduler`` (or ``$TIPBRIEF_SCHEDULER``), else of a
    new local cluster of ``workers`` processes; one BuildError line when the scheduler does not answer."""
    from distributed import Client, LocalCluster

    address = scheduler or os.environ.get("TIPBRIEF_SCHEDULER")
    if address:
        try:
            return Client(address, timeout=f"{CONNECT_TIMEOUT}s", set_as_default=False), None
        except (OSError, TimeoutError) as exc:
            raise BuildError(f"--scheduler {address}: no Dask scheduler answered within {CONNECT_TIMEOUT} s "
                             f"({type(exc).__name__})") from None
    if workers < 1:
        raise ParameterError(f"--workers must be at least 1 (got {workers})")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster, set_as_default=False), cluster


def project_id(root: Path) -> str:
    """Short id of a project folder, naming its scratch projects on workers."""
    return hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:12]


def run_grid(root: Path, combos: list[Combination], *, seeds: Path, engine: str, scheduler: str | None = None,
             workers: int = 2, jobs: int = 1, progress: bool = True) -> GridResult:
    """Build every combination on Dask; finished ones go to ``_build/grid/<name>/``, failures are collected."""
    from distributed import as_completed
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tipbrief.briefing.engines import choose_engine

    started = time.perf_counter()
    root = Path(root).resolve()
    engine_name = choose_engine(engine).name
    env = {k: os.environ[k] for k in ("SOURCE_DATE_EPOCH", "QUARTO_PATH") if k in os.environ}
    out = build_dir(root) / GRID_DIR
    result = GridResult()
    client, cluster = connect(scheduler, workers)
    console = Console(stderr=True)
    try:
        futures = {}
        for combo in combos:
            archive = pack_inputs(root, seeds, combo)
            future = client.submit(build_task, archive, project_id(root), combo.name, combo.country.name,
                                   combo.params, engine_name, jobs, env, key=f"tipbrief-{combo.name}-{time.time_ns()}",
                                   pure=False, retries=1)
            futures[future] = combo
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, disable=not progress) as bar:
            task = bar.add_task(f"grid: {len(combos)} briefing(s)", total=len(combos))
            for future in as_completed(list(futures), loop=client.loop):
                combo = futures[future]
                try:
                    answer = future.result()
                except Exception as exc:  # the task raised, or its workers kept dying (KilledWorker)
                    answer = {"error": f"{type(exc).__name__}: {exc}"}
                if "error" in answer:
                    result.failed[combo.describe()] = " ".join(str(answer["error"]).split())
                    bar.console.print(f"  [red]failed[/red] {combo.describe()}: {result.failed[combo.describe()]}")
                else:
                    folder = out / combo.name
                    with atomic.atomic_path(folder) as staged:
                        staged.mkdir()
                        for name, data in answer["files"].items():
                            (staged / name).write_bytes(data)
                    result.done[combo.name] = folder
                    result.tasks[combo.name] = {k: v for k, v in answer.items() if k != "files"}
                    bar.console.print(f"  [green]done[/green] {combo.describe()} in {answer['seconds']:.1f} s")
                bar.advance(task)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    write_grid_index(out)
    result.seconds = time.perf_counter() - started
    record = {"seconds": round(result.seconds, 3), "tasks": result.tasks, "failed": result.failed}
    atomic.write_text(out / "grid.json", json.dumps(record, indent=1, sort_keys=True) + "\n")
    return result


def write_grid_index(out: Path) -> Path:
    """``_build/grid/index.html``: every finished combination with its files."""
    entries = []
    for record in sorted(Path(out).glob("*/build.json")):
        data = json.loads(record.read_text(encoding="utf-8"))
        folder = record.parent.name
        entries.append({"name": folder, "version": data.get("version", ""),
                        "files": [f"{folder}/{n}" for n in data.get("files", {}).values()]})
    path = Path(out) / "index.html"
    atomic.write_text(path, index_html(entries, title=N_("Grid of briefings"), heading=N_("Parameters")))
    return path


def run_grid_cli(root: Path, grid_file: Path, *, seeds: Path, params: dict, countries: list[str] | None,
                 engine: str, scheduler: str | None, workers: int, jobs: int | None) -> int:
    """``tipbrief build --grid``: check the grid before anything starts, build it, report; exit 2 if any failed."""
    grid = load_grid(grid_file, grid_parameters(Path(root) / "notebooks"))
    if countries and "country" in grid:
        raise ParameterError(f"--grid {grid_file} varies 'country': do not give --country as well")
    combos = combinations(grid, seeds, params, countries)
    result = run_grid(root, combos, seeds=seeds, engine=engine, scheduler=scheduler, workers=workers, jobs=jobs or 1)
    print(f"grid: {len(result.done)} of {len(combos)} briefing(s) built in {result.seconds:.1f} s into "
          f"{build_dir(Path(root)) / GRID_DIR}")
    for described, error in result.failed.items():
        print(f"tipbrief build: error: grid combination {described}: {error}", file=sys.stderr)
    return 2 if result.failed else 0
