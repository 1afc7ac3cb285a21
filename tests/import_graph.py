"""The import graph of a package, read from its source with ``ast`` (nothing is imported),
and the two rules tests/test_layers.py holds it to: no cycles, and no import that climbs
the layers.

Every import counts, wherever it stands: at module level, inside a function (the lazy
imports that keep ``peerview --help`` fast are still dependencies), under ``if
TYPE_CHECKING:``, and ``importlib.import_module("app.x")`` with a literal name. Two
refinements, both about what an import *does*:

- an import under ``if TYPE_CHECKING:`` never runs, so it cannot make an import cycle; it
  still counts for the layers (a module that names a type from a higher layer depends on
  it);
- ``from app.x import y`` depends on the module ``app.x.y`` when there is one, otherwise
  on ``app.x``. Importing ``app.x.y`` also runs ``app/x/__init__.py``, but a package's
  ``__init__`` is not counted as a dependency of its own modules: it would make every
  package that re-exports its modules look like a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# A layer is a mapping from a part's name to the module prefixes it holds; layers are
# listed lowest first. A module may import its own part and any part of a lower layer.
Layers = Sequence[Mapping[str, Sequence[str]]]


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module of the same package, dotted
    path: Path  # the importing file
    line: int
    type_only: bool  # under ``if TYPE_CHECKING:``

    def where(self, root: Path) -> str:
        return f"{self.path.relative_to(root)}:{self.line}"


@dataclass
class Report:
    cycles: list[list[Import]] = field(default_factory=list)  # each closes on itself
    upward: list[tuple[Import, str]] = field(default_factory=list)  # with why
    unplaced: list[str] = field(default_factory=list)  # modules in no layer
    imports: list[Import] = field(default_factory=list)


def modules(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file of ``package`` under ``root``."""
    out: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _literal_import(call: ast.Call) -> str | None:
    """The module a call like ``importlib.import_module("app.x")`` names, if literal."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in ("import_module", "__import__") or not call.args:
        return None
    first = call.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def _walk(node: ast.AST, type_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every node below ``node``, with whether it sits under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            yield child, type_only
            for inner in child.body:
                yield inner, True
                yield from _walk(inner, True)
            for inner in child.orelse:
                yield inner, type_only
                yield from _walk(inner, type_only)
            continue
        yield child, type_only
        yield from _walk(child, type_only)


def _resolve(name: str, known: Mapping[str, Path]) -> str | None:
    """The module of the package that importing ``name`` depends on (its nearest
    existing ancestor: ``app.x.SomeClass`` is ``app.x``)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def read_imports(root: Path, package: str) -> list[Import]:
    known = modules(root, package)
    found: list[Import] = []
    for module, path in known.items():
        is_package = path.name == "__init__.py"
        here = module.split(".") if is_package else module.split(".")[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, type_only in _walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here[: len(here) - (node.level - 1)]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                names = [f"{base}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Call):
                literal = _literal_import(node)
                names = [literal] if literal else []
            for name in names:
                if name.split(".")[0] != package:
                    continue
                target = _resolve(name, known)
                if target is not None and target != module:
                    found.append(
                        Import(module, target, path, getattr(node, "lineno", 0), type_only)
                    )
    return found


def _sccs(edges: Mapping[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[set[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(component)
    return out


def _a_cycle(component: set[str], by_edge: Mapping[tuple[str, str], Import]) -> list[Import]:
    """One closed path through a component, as the imports that make it (shortest from
    its first module, so the message is short)."""
    start = min(component)
    paths: dict[str, list[Import]] = {start: []}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for (a, b), imp in sorted(by_edge.items()):
                if a != node or b not in component:
                    continue
                if b == start:
                    return [*paths[node], imp]
                if b not in paths:
                    paths[b] = [*paths[node], imp]
                    following.append(b)
        frontier = following
    raise AssertionError("a strongly connected component always has a cycle")


def part_of(module: str, layers: Layers) -> tuple[int, str] | None:
    """(layer number, part name) of the longest prefix that holds ``module``. A prefix
    holds that module and every module below it, except the top package's own name
    (``app``), which holds only its ``__init__``: a new top-level module must be placed."""
    best: tuple[int, int, str] | None = None
    for number, parts in enumerate(layers):
        for name, prefixes in parts.items():
            for prefix in prefixes:
                below = "." in prefix and module.startswith(prefix + ".")
                if (module == prefix or below) and (best is None or len(prefix) > best[0]):
                    best = (len(prefix), number, name)
    return None if best is None else (best[1], best[2])


def check(
    root: Path,
    package: str,
    layers: Layers,
    *,
    tooling: Sequence[str] = (),
    core: Sequence[str] = (),
    known_cycle_edges: frozenset[tuple[str, str]] = frozenset(),
) -> Report:
    """Cycles and upward imports in ``package`` (under ``root``).

    ``tooling``: prefixes of developer tooling shipped in the package (the bench): it may
    import anything, and nothing in the ``core`` parts may import it. ``known_cycle_edges``
    are imports left out of the cycle search, each a known exception being fixed
    elsewhere."""
    report = Report(imports=read_imports(root, package))

    def is_tooling(module: str) -> bool:
        return any(module == t or module.startswith(t + ".") for t in tooling)

    for module in modules(root, package):
        if not is_tooling(module) and part_of(module, layers) is None:
            report.unplaced.append(module)

    edges: dict[str, set[str]] = {}
    by_edge: dict[tuple[str, str], Import] = {}
    for imp in report.imports:
        if imp.type_only or (imp.source, imp.target) in known_cycle_edges:
            continue
        edges.setdefault(imp.source, set()).add(imp.target)
        by_edge.setdefault((imp.source, imp.target), imp)
    report.cycles = [_a_cycle(c, by_edge) for c in _sccs(edges)]

    for imp in report.imports:
        if is_tooling(imp.source):
            continue
        source = part_of(imp.source, layers)
        if source is None:
            continue
        if is_tooling(imp.target):
            if source[1] in core:
                report.upward.append((imp, f"{source[1]} is core and never imports tooling"))
            continue
        target = part_of(imp.target, layers)
        if target is None or target == source or target[0] < source[0]:
            continue
        why = (
            f"{source[1]} and {target[1]} sit side by side and do not import each other"
            if target[0] == source[0]
            else f"{source[1]} sits below {target[1]}"
        )
        report.upward.append((imp, why))
    return report


def describe(report: Report, root: Path) -> str:
    """What is wrong, one line a problem, naming the file and line of each import."""
    lines = [
        f"{module} is in no layer: add it to LAYERS in tests/test_layers.py"
        for module in report.unplaced
    ]
    for imp, why in report.upward:
        lines.append(f"{imp.where(root)}: {imp.source} imports {imp.target} ({why})")
    for cycle in report.cycles:
        chain = " -> ".join([cycle[0].source, *(i.target for i in cycle)])
        where = ", ".join(i.where(root) for i in cycle)
        lines.append(f"import cycle: {chain} ({where})")
    return "\n".join(lines)
