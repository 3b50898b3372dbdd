"""A student's own code that reaches for the labs' models, which are the reference implementations.

The labs need their models (``curriculum.labs``), so an installed package holds the functions
that graded tasks ask students to write. Calling one from a function handed in is copying: it
gives the right outputs, so no check of the outputs can see it. The grader therefore reads the
code the student wrote (answer cells and cells the student added, never the release's own cells
or the tests) and names the first place that imports the labs or imports a module by name at run
time; function items of that notebook then earn nothing (``uses-reference``). A lab the release itself imports
(``from curriculum.labs import gearbox`` in the setup cell, for the lesson's lab) is in reach without an import:
the student's code that takes from it a function of the name the student writes (``gearbox.climbing_gear`` while
writing ``climbing_gear``, or ``getattr(gearbox, ...)``) is named too, and so is a call of the lab's own part of
the drawing (a lab function that returns a :class:`~curriculum.cad.Part`: ``lab.fixture_block()`` where the
student models the block); the lab's other functions stay usable as helpers.

This reads code, it does not run it: code built as text and executed (``exec``) is also named, but
a determined student can hide a reference better than any reading of code can find; the teacher
sees the reason and can review the answer.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Mapping

import nbformat

_DYNAMIC_NAMES = {"__import__", "exec", "eval", "compile"}  # builtins that import or run code given as text
_DYNAMIC_METHODS = {"import_module"}  # importlib.import_module


def _finding(tree: ast.AST, labs: Mapping[str, frozenset[str]] | None = None, written: frozenset[str] = frozenset()
             ) -> tuple[int, str] | None:
    labs = labs or {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in labs:
            if node.attr in written:
                return node.lineno, f"uses {node.value.id}.{node.attr} (curriculum.labs)"
            if node.attr in labs[node.value.id]:
                return node.lineno, f"uses {node.value.id}.{node.attr}, the lab's own part (curriculum.labs)"
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "vars")
                and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id in labs):
            return node.lineno, f"calls {node.func.id}() on {node.args[0].id} (curriculum.labs)"
        if isinstance(node, ast.Import) and any(a.name.startswith("curriculum.labs") for a in node.names):
            return node.lineno, "imports curriculum.labs"
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module.startswith("curriculum.labs") or (node.module == "curriculum" and any(a.name == "labs" for a in node.names))):
            return node.lineno, "imports curriculum.labs"
        if isinstance(node, ast.Attribute) and node.attr == "labs" and isinstance(node.value, ast.Name) and node.value.id == "curriculum":
            return node.lineno, "uses curriculum.labs"
        if isinstance(node, ast.Call) and (
                (isinstance(node.func, ast.Name) and node.func.id in _DYNAMIC_NAMES)
                or (isinstance(node.func, ast.Attribute) and node.func.attr in _DYNAMIC_METHODS)):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            return node.lineno, f"calls {name}()"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "curriculum.labs" in node.value:
            return node.lineno, "names curriculum.labs"
    return None


def _is_test(cell: nbformat.NotebookNode) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return bool(meta.get("grade") and not meta.get("solution")) or bool(meta.get("locked") and not meta.get("solution"))


@functools.lru_cache(maxsize=1024)  # the release's cells are the same in every submission; trees are only read
def _parsed(source: str) -> ast.AST | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None  # IPython syntax or a broken cell: nbgrader already reports what it did


def _lab_modules(trees: list[ast.AST]) -> dict[str, frozenset[str]]:
    """The names the release's own cells bind to a lab module (``from curriculum.labs import gearbox [as g]``,
    ``import curriculum.labs.gearbox as g``), each with the lab's functions that build a part (:func:`_part_builders`)."""
    names: dict[str, str] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "curriculum.labs":
                names |= {a.asname or a.name: f"curriculum.labs.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                names |= {a.asname: a.name for a in node.names if a.asname and a.name.startswith("curriculum.labs.")}
    return {alias: _part_builders(module) for alias, module in names.items()}


def _part_builders(module: str) -> frozenset[str]:
    """The functions of a lab module that return a part (``-> Part``): the drawing's own model, which a task that asks
    for the part must not hand in."""
    import importlib
    import inspect

    try:
        lab = importlib.import_module(module)
    except ImportError:  # not a module (a name the release imports from curriculum.labs), or a lab that cannot load
        return frozenset()

    def returns_part(fn: object) -> bool:
        returned = getattr(fn, "__annotations__", {}).get("return")
        return returned == "Part" or getattr(returned, "__name__", "") == "Part"

    return frozenset(name for name, fn in inspect.getmembers(lab, inspect.isfunction)
                     if fn.__module__ == module and returns_part(fn))


def _written(trees: list[ast.AST]) -> frozenset[str]:
    """The functions the student's own code defines."""
    return frozenset(node.name for tree in trees for node in ast.walk(tree)
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))


def reference_use(nb: nbformat.NotebookNode, release: nbformat.NotebookNode | None) -> str:
    """Where the student's own code reaches for the labs (``cell 7, line 2: imports curriculum.labs``), or ''."""
    released_cells = [c.source for c in release.cells if c.cell_type == "code"] if release is not None else []
    released = set(released_cells)
    own = [(index, cell, _parsed(cell.source)) for index, cell in enumerate(nb.cells)
           if cell.cell_type == "code" and not _is_test(cell) and cell.source not in released]
    labs = _lab_modules([t for t in map(_parsed, released_cells) if t is not None])
    written = _written([tree for _i, _c, tree in own if tree is not None])
    for index, cell, tree in own:
        if tree is None:
            continue
        found = _finding(tree, labs, written)
        if found is not None:
            label = cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index + 1}"
            return f"{label}, line {found[0]}: {found[1]}"
    return ""
