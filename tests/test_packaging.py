"""The wheel carries every data file the package loads (rules and definitions YAML, Lua filters, Typst, HTML and
CSS templates, Jinja parts), and installed from it alone, tipbrief imports, finds its assets and extracts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "tipbrief"

pytestmark = pytest.mark.slow


def data_files() -> dict[str, Path]:
    """Every file of the package that is not Python source: wheel name -> file in the source tree (not the rules
    ``make`` precompiles into ``indicators/rules/prebuilt``: built for this interpreter, not shipped in a wheel)."""
    files = {}
    for path in sorted(PACKAGE.rglob("*")):
        parts = set(path.relative_to(PACKAGE).parts)
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in parts \
                and "prebuilt" not in parts and not any(p.startswith(".") for p in parts):
            files[path.relative_to(PACKAGE.parent).as_posix()] = path
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built (offline, no isolation) from a clean copy of pyproject.toml, README.md and src/."""
    work = tmp_path_factory.mktemp("wheel")
    project = work / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, project / name)
    shutil.copytree(REPO / "src", project / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".*"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                           "-q", "-w", str(work / "dist"), str(project)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"pip wheel failed (the test extra needs setuptools>=70.1):\n{proc.stderr[-3000:]}"
    (built,) = (work / "dist").glob("tipbrief-*.whl")
    return built


def test_every_data_file_is_in_the_wheel_unchanged(wheel):
    files = data_files()
    kinds = {Path(name).suffix for name in files}
    expected = {".yml", ".lua", ".typ", ".css", ".html", ".j2", ".po"}
    assert expected <= kinds, f"the package's data files changed: {kinds}"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        missing = sorted(set(files) - names)
        assert not missing, f"not in the wheel (fix [tool.setuptools.package-data] in pyproject.toml): {missing}"
        assert all(zf.read(name) == path.read_bytes() for name, path in files.items())
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_every_package_data_glob_matches_a_file():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["tipbrief"]
    for glob in globs:
        assert [p for p in PACKAGE.glob(glob) if p.is_file()], f"package-data glob {glob!r} matches nothing"


def test_installed_from_the_wheel_alone_it_finds_its_assets_and_extracts(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    # file names the briefing code opens in its assets (templates, filters), read from the source
    builtin_src = (PACKAGE / "briefing" / "builtin.py").read_text(encoding="utf-8")
    assets = re.findall(r'ASSETS / "([^"]+)"', builtin_src)
    templates = sorted(set(re.findall(r'"([\w-]+\.md\.j2)"', (PACKAGE / "briefing" / "parts.py").read_text())))
    assert len(assets) >= 3 and len(templates) >= 5
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    out = tmp_path / "out" / "indicators.csv"
    script = f"""
import importlib, pkgutil, sys
from pathlib import Path
import tipbrief
site = Path({str(site)!r})
assert Path(tipbrief.__file__).is_relative_to(site), tipbrief.__file__
for module in pkgutil.walk_packages(tipbrief.__path__, "tipbrief."):
    if not module.name.endswith(".__main__"):  # that one runs the CLI
        importlib.import_module(module.name)
from tipbrief.briefing import builtin, parts
need = [builtin.FILTERS / name for name in builtin.BUILTIN_FILTERS]
need += [builtin.ASSETS / name for name in {assets!r}]
missing = [str(p) for p in need if not p.is_file()]
assert not missing, missing
env = parts._env()
for name in {templates!r}:
    env.get_template(name)
# extraction loads the rules, vocabulary, headings and indicator definitions from the installed package
from tipbrief.cli import main
code = main(["extract", "--seeds", {str(tmp_path / "seeds")!r}, "--out", {str(out)!r}])
print("ok", len(need), "assets, extract exit", code)
sys.exit(code)
"""
    env = {k: v for k, v in os.environ.items() if k not in {"TIPBRIEF_ROOT", "PYTHONPATH"}}
    env["PYTHONPATH"] = str(site)
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-3000:]
    assert len(out.read_text(encoding="utf-8").splitlines()) > 100


def test_every_yaml_data_file_reads_the_same_without_libyaml():
    """The code loads YAML with libyaml when present, else PyYAML's pure loader: both must read the same data
    (the pure loader refuses some plain scalars, e.g. `labou?r` in a flow list)."""
    import yaml

    for path in sorted(PACKAGE.rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader), path
