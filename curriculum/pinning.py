"""Every number a module shows, pinned to its model: the ledger a module's numbers test keeps.

The module standard asks that every number in the text, the worked examples, the solutions and the
rubrics be recomputed by a test from the module's model. A module's test
(``tests/modules/test_<module>.py``) does it with a ledger::

    from curriculum.labs import gears
    from curriculum.pinning import NumberLedger

    def test_every_number_is_a_given_or_comes_from_the_model():
        ledger = NumberLedger.of_module("math-08-gears")
        ledger.given(1450, 19, 76, 49, 0.98)                      # the data the tasks state
        ledger.pin(gears.output_speed(1450, 19, 76))               # 362.5, shown as 362,5 in kk and ru
        ledger.pin(gears.output_torque(49, 19, 76), places=2)      # 192.08: the text rounds 192.0799...
        ledger.assert_complete()

The ledger reads every number a student or a teacher sees, the way each language writes it
(:mod:`curriculum.lint.numbers`): the lessons and the assignment notebooks (each language's text,
formula cells, rubrics and model answers, the code of lessons and of answer cells, the examples of
public tests and the expected answers of hidden ``compare`` checks) and ``module.yml``'s texts
(summary, outcomes, descriptors). :meth:`given` says which numbers are data, :meth:`pin` recomputes
the others; :meth:`assert_complete` fails with each number nobody accounted for, naming its file,
cell and language. A number that changes in the text without the test knowing, a rounding that no
longer matches the model, or a language that says another number all fail.

Not read as numbers shown: structure (task and example numbers, points, list numbering, ordinals, the
descriptor table, which is made from ``module.yml``, the teacher's time plan, whose minutes lint adds up),
sub- and superscripts, digits inside names, tolerances and settings of checks (``rtol=``, ``points=``,
``max_examples=``), the inputs a function is tried on and hypothesis strategies, list indices, the
digits argument of ``round``, and the fingerprints of self-checks.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import nbformat
import yaml

from .i18n import LANGUAGES
from .lint.numbers import DECIMAL_COMMA, cell_language, code_numbers, markdown_numbers
from .paths import REPO_ROOT

SETTINGS = frozenset({"rtol", "atol", "points", "max_examples", "timeout", "digits", "sigfigs", "inputs", "strategy",
                      "seed", "step", "interval_ms"})
"""Keyword arguments whose numbers are settings of a check or a control, not numbers shown."""


@dataclass(frozen=True)
class Occurrence:
    """One number shown: its value, as written, and where."""

    value: Decimal
    text: str
    where: str
    """``source/math-08-gears/gears.ipynb [output-speed-test] en``."""


def _decimal(value: float | int | str | Decimal) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value))


def _label(cell: nbformat.NotebookNode, index: int) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell {index}"


class _CodeNumbers(ast.NodeVisitor):
    """Numeric constants of Python code that the reader sees as numbers (see the module's documentation)."""

    def __init__(self) -> None:
        self.found: list[Decimal] = []
        self.compare_texts: list[str] = []

    def visit_Subscript(self, node: ast.Subscript) -> None:
        self.visit(node.value)  # the index is not a number shown

    def visit_keyword(self, node: ast.keyword) -> None:
        if node.arg not in SETTINGS:
            self.visit(node.value)

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
        owner = node.func.value.id if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) else ""
        if owner == "st" or name in ("self_check", "fingerprint", "range"):
            return  # hypothesis strategies, fingerprints, loop bounds
        self.visit(node.func)
        args = node.args[:1] if name == "round" else node.args
        for arg in args:
            if name == "compare" and arg is not node.args[0] and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.compare_texts.append(arg.value)
            else:
                self.visit(arg)
        for keyword in node.keywords:
            self.visit(keyword)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) and _is_number(node.operand.value):
            self.found.append(-_decimal(node.operand.value))
        else:
            self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if _is_number(node.value):
            self.found.append(_decimal(node.value))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _code(source: str) -> tuple[list[Decimal], list[str]]:
    """Numbers of Python ``source`` (lines that do not parse, such as a ``%magic``, are left out) and the texts
    of ``compare`` expectations (``"362.5 rpm"``)."""
    visitor = _CodeNumbers()
    try:
        visitor.visit(ast.parse(source))
    except SyntaxError:
        kept = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith(("%", "!")))
        try:
            visitor.visit(ast.parse(kept))
        except SyntaxError:
            return [], []
    return visitor.found, visitor.compare_texts


@dataclass
class NumberLedger:
    """The numbers a module shows, and which of them a test has accounted for."""

    occurrences: list[Occurrence]
    explained: set[int] = field(default_factory=set)
    """Indices of the occurrences given or pinned."""

    @classmethod
    def of_module(cls, module_id: str, root: Path | str = REPO_ROOT) -> NumberLedger:
        """Every number shown by ``module_id``'s lessons, assignment notebooks and ``module.yml`` under ``root``."""
        from .catalogue import load_catalogue

        entry = load_catalogue((Path(root),)).get(module_id)
        paths = [p for p in entry.meta.lesson_paths if p.is_file()]
        paths += [p for a in entry.meta.assignments for p in sorted(entry.source_dir(a).glob("*.ipynb"))]
        occurrences: list[Occurrence] = []
        for path in paths:
            occurrences += notebook_numbers(nbformat.read(path, as_version=4), path.relative_to(entry.root).as_posix())
        occurrences += module_yml_numbers(entry.meta.path, entry.meta.path.relative_to(entry.root).as_posix())
        return cls(occurrences)

    def _matching(self, value: Decimal) -> list[int]:
        return [i for i, o in enumerate(self.occurrences) if o.value == value]

    def given(self, *values: float | int | str, note: str = "") -> None:
        """Numbers that are data of the module (a task's motor speed, a typical efficiency): each must be shown."""
        for value in values:
            found = self._matching(_decimal(value))
            if not found:
                raise AssertionError(f"the given {value} is not shown anywhere in the module"
                                     + (f" ({note})" if note else "") + ": take it off the ledger")
            self.explained.update(found)

    def pin(self, value: float | int | Decimal, *, places: int | None = None, rel: float = 1e-9) -> Decimal:
        """A number the model computes: shown rounded to ``places`` decimals, or as it is (within ``rel``).

        Every occurrence of that value is accounted for; at least one must exist. Returns the value as shown.
        """
        exact = _decimal(value)
        if places is not None:
            shown = exact.quantize(Decimal(1).scaleb(-places))
            found = self._matching(shown)
        else:
            shown = exact
            found = [i for i, o in enumerate(self.occurrences)
                     if abs(o.value - exact) <= Decimal(repr(rel)) * max(abs(exact), Decimal(1))]
        if not found:
            near = sorted({o.text for o in self.occurrences if exact and abs(o.value - exact) <= abs(exact) / 20})
            raise AssertionError(f"the model gives {value!r}" + (f", {shown} to {places} places" if places is not None else "")
                                 + ", which the module never shows" + (f" (it shows {', '.join(near)})" if near else ""))
        self.explained.update(found)
        return shown

    def unexplained(self) -> list[Occurrence]:
        return [o for i, o in enumerate(self.occurrences) if i not in self.explained]

    def assert_complete(self) -> None:
        """Fail with every number shown that is neither given nor pinned."""
        left = self.unexplained()
        if left:
            lines = [f"  {o.text!r} in {o.where}" for o in left[:40]]
            more = f"\n  ... and {len(left) - 40} more" if len(left) > 40 else ""
            raise AssertionError(f"{len(left)} number(s) shown that no test recomputes or gives "
                                 "(ledger.pin(model(...)) or ledger.given(...)):\n" + "\n".join(lines) + more)


def notebook_numbers(nb: nbformat.NotebookNode, name: str) -> list[Occurrence]:
    """Every number ``nb`` shows (see the module's documentation), each with its place."""
    found: list[Occurrence] = []
    for index, cell in enumerate(nb.cells):
        if cell.metadata.get("curriculum", {}).get("role") == "descriptors":
            continue  # made from module.yml, whose texts are read; its task numbers and points are structure
        if "time_plan" in cell.metadata.get("curriculum", {}):
            continue  # the teacher's time plan (authoring.time_plan): minutes are structure; lint adds them up
        where = f"{name} [{_label(cell, index)}]"
        lang = cell_language(cell)
        if cell.cell_type == "markdown":
            if lang is None and _written_answer(cell):
                for part_lang, part in written_answer_parts(cell.source):
                    found += [Occurrence(s.value, s.text, f"{where} {part_lang}") for s in markdown_numbers(part, part_lang)]
                continue
            shown = markdown_numbers(cell.source, lang)
            found += [Occurrence(s.value, s.text, f"{where} {lang or 'all'}") for s in shown]
            continue
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.strip().startswith("### "))
        numbers, texts = _code(source)  # the markers of solution and hidden regions are comments anyway
        found += [Occurrence(n, str(n), f"{where} code") for n in numbers]
        for text in texts:
            found += [Occurrence(s.value, s.text, f"{where} expected") for s in code_numbers(text)]
    return found


_MODEL_ANSWER_HEADING = re.compile(r"\*\*[^*\n]*\((kk|ru|en)\)\.?\*\*")
"""The heading of one language's model answer in a written answer: ``**Model answer (en).**``,
``**Үлгі жауап (kk).**``, ``**Образец ответа (ru).**``."""


def written_answer_parts(source: str) -> list[tuple[str, str]]:
    """(language, text) of each language's model answer in a written answer's cell, each read in its own notation
    (``0,393`` in kk and ru is one number); text before the first heading, or a cell without headings, is English."""
    marks = list(_MODEL_ANSWER_HEADING.finditer(source))
    parts = [("en", source[:marks[0].start()] if marks else source)]
    for mark, following in zip(marks, [*marks[1:], None]):
        parts.append((mark.group(1), source[mark.end():following.start() if following else len(source)]))
    return [(lang, text) for lang, text in parts if text.strip()]


def _written_answer(cell: nbformat.NotebookNode) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return bool(meta.get("solution")) and bool(meta.get("grade"))


def module_yml_numbers(path: Path, name: str) -> list[Occurrence]:
    """Numbers of ``module.yml``'s texts in each language (summary, context, outcomes, lessons, descriptors)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: list[Occurrence] = []

    def texts(value: object, where: str) -> Iterable[tuple[str, str, str]]:
        if isinstance(value, dict) and set(value) == set(LANGUAGES):
            for lang in LANGUAGES:
                yield str(value[lang]), lang, where
        elif isinstance(value, dict):
            for key, inner in value.items():
                if key not in ("sources", "code", "objective", "minutes", "schema_version", "grade", "level"):
                    yield from texts(inner, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                yield from texts(inner, f"{where}[{i}]")

    for text, lang, where in texts(data, ""):
        try:
            shown = markdown_numbers(text, lang)
        except InvalidOperation:  # pragma: no cover - the reader only yields numbers
            continue
        found += [Occurrence(s.value, s.text, f"{name} [{where}] {lang}") for s in shown]
    return found


__all__ = ["DECIMAL_COMMA", "NumberLedger", "Occurrence", "module_yml_numbers", "notebook_numbers",
           "written_answer_parts"]
