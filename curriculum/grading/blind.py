"""Test cells without the teacher's answers: what a student's kernel runs while it is graded.

A hidden test holds the teacher's answers (``compare(s_b, "v**2/(2*mu*g)")``), references and
inputs. Whatever runs in the student's kernel can read them (a replaced ``compare`` receives the
teacher's answer as its second argument; an IPython hook sees the cell's text before it runs), so
no hidden test runs there. Instead, when nbgrader autogrades, each test cell is rewritten:

* its public part (what the release shows) stays as it is;
* each check of its hidden part becomes a *capture* of the student's side only: the value of the
  check's first argument (``s_b``), the outputs of the student's function on the inputs the
  teacher's own run used, or the design dictionary (:mod:`curriculum.check.capture`);
* other hidden statements are dropped, except definitions the student's side needs (a wrapper
  ``def`` or an import it calls).

The grader then decides each capture against the teacher's data
(:mod:`curriculum.preprocessors.decide_tests`). A capture is only the student's claim about their own
answer, and nothing in the kernel tells what the right one is.

A hidden check must run once, in order: not inside a loop, condition or function (``curriculum
lint`` says so); a design is checked with its model (``check_design(design, SPEC, model=...)``).
"""

from __future__ import annotations

import ast
import functools
import json
from dataclasses import dataclass

BEGIN, END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
CHECKS = {"compare": "answer", "check_function": "function", "check_design": "design", "check_part": "part",
          "check_query": "query"}
GRADED_BY, ADVICE = "require", "advise"
CAPTURE = "_curriculum_capture_"


class PlanError(ValueError):
    """A test cell whose hidden checks cannot be taken out of the student's kernel; says which line."""


@dataclass(frozen=True)
class HiddenCheck:
    """One check of a hidden block: its kind, the student's side of it and how it counts."""

    kind: str
    """``answer`` (compare), ``function`` (check_function), ``design`` (check_design with a model) or
    ``part`` (check_part: the part is captured as its mesh) or ``query`` (check_query: the query's text is captured,
    the grader runs it on the databases)."""
    student: str
    """Source of the check's first argument, evaluated in the student's kernel."""
    graded: bool
    """Inside ``require(...)``: it decides points (``advise(...)`` only gives advice)."""
    partial: bool
    """``require(..., points=...)``: a recognised mistake keeps its partial credit."""
    line: int
    """Line of the check in the cell (1-based)."""


@dataclass(frozen=True)
class TestCellPlan:
    """How one test cell runs in a graded kernel."""

    source: str
    hidden_lines: tuple[tuple[int, int], ...]
    """First and last line (1-based, inclusive) of each hidden block."""
    checks: tuple[HiddenCheck, ...]

    def is_hidden(self, line: int) -> bool:
        return any(first <= line <= last for first, last in self.hidden_lines)


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _blocks(source: str) -> list[tuple[int, int]]:
    """(line of BEGIN, line of END), 1-based."""
    blocks, start = [], None
    for number, line in enumerate(source.splitlines(), start=1):
        if line.strip() == BEGIN:
            start = number
        elif line.strip() == END and start is not None:
            blocks.append((start, number))
            start = None
    if start is not None:
        raise PlanError(f"line {start}: {BEGIN} without {END}")
    return blocks


def _hidden_statements(source: str, block: tuple[int, int]) -> list[ast.stmt]:
    text = "\n".join(source.splitlines()[block[0]:block[1] - 1])
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        raise PlanError(f"line {block[0] + (exc.lineno or 1)}: the hidden block is not valid Python at the cell's "
                        f"top level ({exc.msg})") from None
    ast.increment_lineno(tree, block[0])  # line numbers of the cell, not of the block
    return tree.body


def hidden_statements(source: str) -> list[ast.stmt]:
    """The statements of every hidden block of a test cell, with the cell's line numbers."""
    return [stmt for block in _blocks(source) for stmt in _hidden_statements(source, block)]


def _checks(statements: list[ast.stmt]) -> list[tuple[ast.Call, HiddenCheck]]:
    parents: dict[ast.AST, ast.AST] = {}
    for stmt in statements:
        for node in ast.walk(stmt):
            for child in ast.iter_child_nodes(node):
                parents[child] = node
    found = []
    for stmt in statements:
        for node in ast.walk(stmt):
            if not (isinstance(node, ast.Call) and _name(node.func) in CHECKS):
                continue
            kind = CHECKS[_name(node.func)]
            up = parents.get(node)
            ancestor = up
            while ancestor is not None:
                if isinstance(ancestor, (ast.For, ast.While, ast.If, ast.FunctionDef, ast.Lambda, ast.ListComp,
                                         ast.GeneratorExp, ast.SetComp, ast.DictComp, ast.AsyncFor)):
                    raise PlanError(f"line {node.lineno}: a hidden {_name(node.func)} inside a "
                                    f"{type(ancestor).__name__.lower()} cannot be graded outside the student's kernel; "
                                    "give check_function the inputs instead")
                ancestor = parents.get(ancestor)
            student = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg in (
                "student", "student_fn", "result")), None)
            if student is None:
                raise PlanError(f"line {node.lineno}: {_name(node.func)} without the student's side")
            if kind == "design" and not any(k.arg == "model" for k in node.keywords):
                raise PlanError(f"line {node.lineno}: a hidden check_design needs model=... (the grader evaluates it)")
            wrapper = up if isinstance(up, ast.Call) and up.args and up.args[0] is node else None
            wrapped_by = _name(wrapper.func) if wrapper is not None else ""
            graded = wrapped_by != ADVICE
            partial = wrapped_by == GRADED_BY and any(k.arg == "points" for k in wrapper.keywords)
            found.append((node, HiddenCheck(kind, ast.unparse(student), graded, partial, node.lineno)))
    found.sort(key=lambda item: (item[0].lineno, item[0].col_offset))
    return found


def _defined(stmt: ast.stmt) -> set[str]:
    if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
        return {stmt.name}
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split(".")[0] for a in stmt.names}
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return set()


def _loaded(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _needed_definitions(statements: list[ast.stmt], checks: list[HiddenCheck]) -> list[ast.stmt]:
    """Hidden definitions the student's side of the checks uses, with what they use in turn."""
    needed = set().union(*(_loaded(ast.parse(c.student, mode="eval")) for c in checks)) if checks else set()
    keep: list[ast.stmt] = []
    changed = True
    while changed:
        changed = False
        for stmt in statements:
            if stmt not in keep and _defined(stmt) & needed:
                keep.append(stmt)
                needed |= _loaded(stmt)
                changed = True
    return [s for s in statements if s in keep]


@functools.lru_cache(maxsize=512)  # a test cell is the same in every submission (nbgrader restores it)
def plan(source: str) -> TestCellPlan:
    """Where the hidden blocks of a test cell are and what each of their checks captures."""
    blocks = _blocks(source)
    checks: list[HiddenCheck] = []
    for block in blocks:
        checks += [c for _node, c in _checks(_hidden_statements(source, block))]
    return TestCellPlan(source, tuple(blocks), tuple(checks))


def blind_source(cell_plan: TestCellPlan, teacher: list[dict]) -> str:
    """The cell as a graded kernel runs it: the public part, then a capture for each hidden check.

    ``teacher`` holds the teacher's record of each hidden check (from the grader's own run of the
    source notebook), in order; only what the student's side needs is taken from it: the inputs a
    function is called on, its time limit and helper functions.
    """
    if len(teacher) != len(cell_plan.checks):
        raise PlanError(f"the teacher's run made {len(teacher)} hidden checks where the cell has {len(cell_plan.checks)}")
    lines = cell_plan.source.splitlines()
    out: list[str] = []
    position, site = 0, 0
    for first, last in cell_plan.hidden_lines:
        out += lines[position:first - 1]
        definitions, block_checks = _hidden_block(cell_plan.source, first, last)
        out.append(f"import curriculum.check.capture as {CAPTURE}")
        out += definitions
        for check in block_checks:
            out.append(_capture_line(site, check, teacher[site]))
            site += 1
        position = last
    out += lines[position:]
    return "\n".join(out) + "\n"


@functools.lru_cache(maxsize=512)
def _hidden_block(source: str, first: int, last: int) -> tuple[tuple[str, ...], tuple[HiddenCheck, ...]]:
    """The hidden definitions a block's checks need (as source) and its checks."""
    statements = _hidden_statements(source, (first, last))
    block_checks = tuple(c for _n, c in _checks(statements))
    return tuple(ast.unparse(s) for s in _needed_definitions(statements, list(block_checks))), block_checks


def _capture_line(site: int, check: HiddenCheck, teacher: dict) -> str:
    mode = teacher.get("mode")
    recorded_kind = mode if mode in ("function", "design", "part", "query") else "answer"  # compare: its own mode
    if recorded_kind != check.kind:
        raise PlanError(f"line {check.line}: the teacher's run recorded a {mode} check here, not a {check.kind}")
    if check.kind == "function":
        inputs = json.dumps(teacher.get("inputs", []), separators=(",", ":"))
        options = teacher.get("options", {})
        return (f"{CAPTURE}.outputs({site}, lambda: ({check.student}), {inputs!r}, "
                f"timeout={float(options.get('timeout', 1.0))!r}, helpers={options.get('helpers', {})!r})")
    if check.kind == "part":
        return f"{CAPTURE}.part({site}, lambda: ({check.student}))"
    return f"{CAPTURE}.answer({site}, lambda: ({check.student}))"
