"""Which tipbrief code a notebook runs: the modules it imports and the functions and classes its cells reach.

Read statically from the source (``ast``), so the runner's cache re-runs a notebook only when code it can
reach changed. A module counts by its import-time code (everything but the bodies of its functions and
classes) as soon as it is imported, directly or through other modules (also inside functions); a
function or class counts by its code (comments and formatting aside) when a notebook cell, or code
already counted, names it: ``charts.funnel(...)``, ``from tipbrief.toolkit.findings import show``, a
type annotation. Anything the analysis cannot follow counts whole: a module used other than through
its attributes, a name it cannot find, a cell it cannot parse. Names built at run time
(``getattr(module, name)``) are not seen.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: Files of a package that its modules read at run time (rules, definitions, styles).
DATA_SUFFIXES = {".yml", ".yaml", ".json", ".csv", ".mplstyle", ".txt"}
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
#: What a piece of code leads to: ("load", module, None), ("reach", module, name) or ("whole", module, None).
Action = tuple[str, str, str | None]


def module_file(root: Path, name: str) -> Path | None:
    """File of module ``<root package>.a.b`` (``a/b.py`` or ``a/b/__init__.py``), None if there is none."""
    parts = name.split(".")
    if parts[0] != root.name:
        return None
    base = root.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py") if parts[1:] else None, base / "__init__.py"):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


class _Resolver:
    """Turns the names and attributes in a piece of code into actions, given the module's imports."""

    def __init__(self, root: Path, package: str | None, own: set[str], aliases: dict[str, tuple[str, str | None]],
                 module: str | None) -> None:
        self.root, self.package, self.own, self.module = root, package, own, module
        self.aliases = dict(aliases)
        self._files: dict[str, bool] = {}

    def is_module(self, name: str) -> bool:
        if name not in self._files:
            self._files[name] = module_file(self.root, name) is not None
        return self._files[name]

    def bind(self, node: ast.Import | ast.ImportFrom) -> list[Action]:
        """Record the names an import binds; the modules it imports are loaded."""
        actions: list[Action] = []
        if isinstance(node, ast.Import):
            for a in node.names:
                if self.is_module(a.name):
                    actions.append(("load", a.name, None))
                    top = a.name.split(".")[0]
                    self.aliases[a.asname or top] = (a.name if a.asname else top, None)
            return actions
        module = node.module or ""
        if node.level:
            if self.package is None:
                return actions
            parts = self.package.split(".")
            anchor = parts[: len(parts) - node.level + 1]
            module = ".".join([*anchor, module] if module else anchor)
        if not self.is_module(module):
            return actions
        actions.append(("load", module, None))
        for a in node.names:
            if a.name == "*":
                actions.append(("whole", module, None))
            elif self.is_module(f"{module}.{a.name}"):
                self.aliases[a.asname or a.name] = (f"{module}.{a.name}", None)
                actions.append(("load", f"{module}.{a.name}", None))
            else:
                self.aliases[a.asname or a.name] = (module, a.name)
        return actions

    def _module_of(self, expr: ast.AST) -> str | None:
        if isinstance(expr, ast.Name):
            target = self.aliases.get(expr.id)
            return target[0] if target and target[1] is None else None
        if isinstance(expr, ast.Attribute):
            base = self._module_of(expr.value)
            if base and self.is_module(f"{base}.{expr.attr}"):
                return f"{base}.{expr.attr}"
        return None

    def actions(self, nodes: Iterable[ast.AST]) -> list[Action]:
        """What ``nodes`` import and name, in one pass after their imports are bound."""
        subs = [sub for node in nodes for sub in ast.walk(node)]
        out: list[Action] = []
        for sub in subs:
            if isinstance(sub, ast.Import | ast.ImportFrom):
                out.extend(self.bind(sub))
        bases = {id(sub.value) for sub in subs if isinstance(sub, ast.Attribute)}
        for sub in subs:
            if isinstance(sub, ast.Attribute):
                base = self._module_of(sub.value)
                if base is None:
                    continue
                if self.is_module(f"{base}.{sub.attr}"):
                    out.append(("load", f"{base}.{sub.attr}", None))
                    if id(sub) not in bases:
                        out.append(("whole", f"{base}.{sub.attr}", None))
                else:
                    out.append(("reach", base, sub.attr))
            elif isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Store):
                if self.module is not None and sub.id in self.own:
                    out.append(("reach", self.module, sub.id))
                elif sub.id in self.aliases:
                    module, name = self.aliases[sub.id]
                    if name is not None:
                        out.append(("reach", module, name))
                    elif id(sub) not in bases:
                        out.append(("whole", module, None))
        return out


@dataclass
class _Module:
    """One module, analysed once per file version: import-time code, and each function or class."""

    name: str
    path: Path
    import_time: str  # sha256 of the ast of what runs on import
    on_import: list[Action]
    defs: dict[str, tuple[str, list[Action]]]  # name -> (sha256 of its ast, what it leads to)
    aliases: dict[str, tuple[str, str | None]]
    assigned: set[str]


_ANALYSED: dict[tuple[str, str, int, int], _Module] = {}


def _analyse(root: Path, name: str, path: Path) -> _Module:
    stat = path.stat()
    key = (str(path), name, stat.st_mtime_ns, stat.st_size)
    if key in _ANALYSED:
        return _ANALYSED[key]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parts = name.split(".")
    package = name if path.name == "__init__.py" else ".".join(parts[:-1])
    own = {s.name for s in tree.body if isinstance(s, _DEFS)}
    top = _Resolver(root, package, own, {}, name)
    top_code = [s for s in tree.body if not isinstance(s, _DEFS)]
    # decorators and class bases of every definition run at import time too
    top_code += [n for s in tree.body if isinstance(s, _DEFS)
                 for n in (*s.decorator_list, *getattr(s, "bases", []), *getattr(s, "keywords", []))]
    on_import = top.actions(top_code)
    assigned = {n.id for s in tree.body if not isinstance(s, _DEFS) for n in ast.walk(s)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defs = {}
    for stmt in tree.body:
        if isinstance(stmt, _DEFS):
            resolver = _Resolver(root, package, own, top.aliases, name)
            digest = hashlib.sha256(ast.dump(stmt).encode()).hexdigest()
            defs[stmt.name] = (digest, resolver.actions([stmt]))
    import_time = hashlib.sha256("\n".join(ast.dump(n) for n in top_code).encode()).hexdigest()
    module = _Module(name, path, import_time, on_import, defs, top.aliases, assigned)
    _ANALYSED[key] = module
    return module


@dataclass
class Reach:
    """What a notebook reaches: imported modules, and (module, name) of the functions and classes it names."""

    root: Path
    modules: dict[str, _Module] = field(default_factory=dict)
    defs: set[tuple[str, str]] = field(default_factory=set)
    _whole: set[str] = field(default_factory=set)

    def apply(self, actions: Iterable[Action]) -> None:
        """Follow ``actions`` (iteratively: the graph can be deep)."""
        todo = list(actions)
        while todo:
            kind, module, name = todo.pop()
            if module not in self.modules:
                path = module_file(self.root, module)
                if path is None:
                    continue
                parts = module.split(".")
                todo.extend(("load", ".".join(parts[:i]), None) for i in range(1, len(parts)))
                self.modules[module] = mod = _analyse(self.root, module, path)
                todo.extend(mod.on_import)
            mod = self.modules[module]
            if kind == "whole":
                if module not in self._whole:
                    self._whole.add(module)
                    todo.extend(("reach", module, n) for n in mod.defs)
            elif kind == "reach" and name is not None:
                if name in mod.defs:
                    if (module, name) not in self.defs:
                        self.defs.add((module, name))
                        todo.extend(mod.defs[name][1])
                elif name in mod.aliases:
                    target, attr = mod.aliases[name]
                    todo.append(("reach", target, attr) if attr is not None else ("load", target, None))
                elif name not in mod.assigned:
                    todo.append(("whole", module, None))  # not a name it visibly defines (star import, globals())

    def files(self) -> list[Path]:
        """Source files of the imported modules and the data files of their packages."""
        files = {m.path for m in self.modules.values()}
        for folder in {m.path.parent for m in self.modules.values()}:
            files.update(data_files(folder))
        return sorted(files)

    def digest(self) -> str:
        """SHA-256 of the import-time code of every imported module, the code of every reached function
        and class, and the bytes of the data files of their packages."""
        h = hashlib.sha256()
        for name in sorted(self.modules):
            h.update(f"module {name} {self.modules[name].import_time}\0".encode())
        for module, name in sorted(self.defs):
            h.update(f"def {module}.{name} {self.modules[module].defs[name][0]}\0".encode())
        for path in self.files():
            if path.suffix != ".py":
                h.update(f"data {path.relative_to(self.root).as_posix()}\0".encode() + path.read_bytes() + b"\0")
        return h.hexdigest()


def data_files(folder: Path) -> list[Path]:
    """Data files of a package folder, including sub-folders that are not packages themselves."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.suffix in DATA_SUFFIXES:
            out.append(p)
        elif p.is_dir() and not (p / "__init__.py").exists() and p.name != "__pycache__":
            out.extend(f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix in DATA_SUFFIXES)
    return out


def reach_cells(sources: Iterable[str], root: Path) -> Reach | None:
    """What code cells ``sources`` reach in the package at ``root``; None if a cell cannot be parsed."""
    from IPython.core.inputtransformer2 import TransformerManager  # magics and shell escapes -> Python

    transform = TransformerManager().transform_cell
    try:
        trees = [ast.parse(transform(source)) for source in sources]
    except SyntaxError:
        return None
    reach = Reach(Path(root))
    reach.apply(_Resolver(Path(root), None, set(), {}, None).actions(trees))
    return reach
