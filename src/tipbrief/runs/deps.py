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
Target = tuple[str, str | None]  # (module, name in it) or (module, None) for the module itself


@dataclass
class _Module:
    name: str
    path: Path
    package: str
    defs: dict[str, ast.AST]
    aliases: dict[str, Target]
    top_imports: set[str]
    assigned: set[str]  # names its import-time code binds (constants and the like)
    import_time: str  # ast dump of what runs on import


@dataclass
class Reach:
    """What a notebook reaches: imported modules, and (module, name) of the functions and classes it names."""

    root: Path
    modules: dict[str, _Module] = field(default_factory=dict)
    defs: set[tuple[str, str]] = field(default_factory=set)
    _whole: set[str] = field(default_factory=set)

    # -- modules -------------------------------------------------------------------------------------------
    def module_file(self, name: str) -> Path | None:
        """File of module ``<package>.a.b`` (``a/b.py`` or ``a/b/__init__.py``), None if there is none."""
        parts = name.split(".")
        if parts[0] != self.root.name:
            return None
        base = self.root.joinpath(*parts[1:])
        for candidate in (base.with_suffix(".py") if parts[1:] else None, base / "__init__.py"):
            if candidate is not None and candidate.is_file():
                return candidate
        return None

    def aliases(self, node: ast.Import | ast.ImportFrom, package: str | None) -> dict[str, Target]:
        """Local names an import statement binds to package modules or names in them."""
        out: dict[str, Target] = {}
        if isinstance(node, ast.Import):
            for a in node.names:
                if self.module_file(a.name):
                    out[a.asname or a.name.split(".")[0]] = (a.name if a.asname else a.name.split(".")[0], None)
            return out
        module = node.module or ""
        if node.level:
            if package is None:
                return out
            parts = package.split(".")
            anchor = parts[: len(parts) - node.level + 1]
            module = ".".join([*anchor, module] if module else anchor)
        if not self.module_file(module):
            return out
        for a in node.names:
            if a.name == "*":
                out[f"*{module}"] = (module, "*")
            elif self.module_file(f"{module}.{a.name}"):
                out[a.asname or a.name] = (f"{module}.{a.name}", None)
            else:
                out[a.asname or a.name] = (module, a.name)
        return out

    def load(self, name: str) -> _Module | None:
        """Import module ``name``: its parents first, then what it imports at the top (transitively)."""
        if name in self.modules:
            return self.modules[name]
        path = self.module_file(name)
        if path is None:
            return None
        parts = name.split(".")
        for i in range(1, len(parts)):
            self.load(".".join(parts[:i]))
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        package = name if path.name == "__init__.py" else ".".join(parts[:-1])
        defs: dict[str, ast.AST] = {}
        aliases: dict[str, Target] = {}
        assigned: set[str] = set()
        top: list[str] = []
        for stmt in tree.body:
            if isinstance(stmt, _DEFS):
                defs[stmt.name] = stmt
                run_on_import = [*stmt.decorator_list, *getattr(stmt, "bases", []), *getattr(stmt, "keywords", [])]
                if run_on_import:  # decorators and class bases run at import time
                    top.append(f"def {stmt.name} " + "".join(ast.dump(d) for d in run_on_import))
                continue
            top.append(ast.dump(stmt))
            for node in ast.walk(stmt):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    aliases.update(self.aliases(node, package))
                elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    assigned.add(node.id)
        module = _Module(name, path, package, defs, aliases, {t[0] for t in aliases.values()}, assigned,
                         "\n".join(top))
        self.modules[name] = module
        for imported in sorted(module.top_imports):
            self.load(imported)
        # import-time code that calls functions of its own module (or others) runs them on import
        self.walk([s for s in tree.body if not isinstance(s, _DEFS)], module, {})
        return module

    # -- functions and classes -----------------------------------------------------------------------------
    def whole(self, module: str) -> None:
        """Count every function and class of ``module`` (used in a way the analysis cannot follow)."""
        if module in self._whole or self.load(module) is None:
            return
        self._whole.add(module)
        for name in list(self.modules[module].defs):
            self.reach(module, name)

    def reach(self, module: str, name: str | None) -> None:
        """Count ``name`` of ``module`` (None: the module is imported) and what its code reaches."""
        mod = self.load(module)
        if mod is None or name is None:
            return
        if name == "*":
            self.whole(module)
        elif name in mod.defs:
            if (module, name) in self.defs:
                return
            self.defs.add((module, name))
            self.walk([mod.defs[name]], mod, {})
        elif name in mod.aliases:
            self.reach(*mod.aliases[name])
        elif name not in mod.assigned:
            self.whole(module)  # not a name the module visibly defines (star import, globals() ...)

    def _module_of(self, expr: ast.AST, aliases: dict[str, Target]) -> str | None:
        if isinstance(expr, ast.Name):
            target = aliases.get(expr.id)
            return target[0] if target and target[1] is None else None
        if isinstance(expr, ast.Attribute):
            base = self._module_of(expr.value, aliases)
            if base and self.module_file(f"{base}.{expr.attr}"):
                return f"{base}.{expr.attr}"
        return None

    def walk(self, nodes: Iterable[ast.AST], mod: _Module | None, aliases: dict[str, Target]) -> None:
        """Count what ``nodes`` (code of ``mod``, or notebook cells when None) name."""
        nodes = list(nodes)
        local = dict(mod.aliases) if mod else {}
        local.update(aliases)
        for node in nodes:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Import | ast.ImportFrom):
                    found = self.aliases(sub, mod.package if mod else None)
                    local.update(found)
                    for module, name in found.values():
                        if name == "*":
                            self.whole(module)
                        else:
                            self.load(module)
        bases = {id(sub.value) for node in nodes for sub in ast.walk(node) if isinstance(sub, ast.Attribute)}
        for node in nodes:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Attribute):
                    base = self._module_of(sub.value, local)
                    if base is None:
                        continue
                    if self.module_file(f"{base}.{sub.attr}"):
                        self.load(f"{base}.{sub.attr}")
                        if id(sub) not in bases:
                            self.whole(f"{base}.{sub.attr}")
                    else:
                        self.reach(base, sub.attr)
                elif isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Store):
                    if mod is not None and sub.id in mod.defs:
                        self.reach(mod.name, sub.id)
                    elif sub.id in local:
                        module, name = local[sub.id]
                        if name is not None:
                            self.reach(module, name)
                        elif id(sub) not in bases:
                            self.whole(module)

    # -- result --------------------------------------------------------------------------------------------
    def files(self) -> list[Path]:
        """Source files of the imported modules and the data files of their packages."""
        files = {m.path for m in self.modules.values()}
        for folder in {m.path.parent for m in self.modules.values()}:
            files.update(data_files(folder))
        return sorted(files)

    def digest(self) -> str:
        """SHA-256 of the import-time code of every imported module, the code of every reached function
        and class, and the bytes of the data files."""
        h = hashlib.sha256()
        for name in sorted(self.modules):
            h.update(f"module {name}\0{self.modules[name].import_time}\0".encode())
        for module, name in sorted(self.defs):
            h.update(f"def {module}.{name}\0{ast.dump(self.modules[module].defs[name])}\0".encode())
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
    reach.walk(trees, None, {})
    return reach
