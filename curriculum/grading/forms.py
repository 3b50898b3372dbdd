"""Fair marking, tried: each item's right and wrong forms put through its test cells as the grader decides them.

A module's ``sample_class.yml`` lists, for every autograded item, right answers written
differently and typical wrong ones (``forms``: each a replacement of the answer cell). This runs
one kernel per notebook, the way a graded kernel runs (``NBGRADER_EXECUTION``), and for each form:
runs it in place of the answer cell, runs the item's test cells with their hidden checks replaced
by captures (:mod:`curriculum.grading.blind`), decides the captures with the teacher's records
(:func:`curriculum.preprocessors.decide_tests.decide_cell`) and scores each cell as nbgrader does
(:func:`nbgrader.utils.determine_grade`). A right form must earn the item's full points and no check
may tell the student it is wrong (a self-check that says ✗ to a right answer misleads on Validate
even when the hidden checks give the points); a wrong one must not earn the full points.

The notebook is run in passes: in pass *k* every item is answered with its *k*-th right form (as a
student who writes every answer that way), so an item that uses an earlier answer (the roots of the
student's own equation) is tried on each right form of that answer; the wrong forms are tried in
the first pass, each followed by the item's right form so the next items see a right answer. Every
pass starts from an empty namespace (``%reset -f``) and runs the notebook's other code cells (setup,
labs) as they are. Not tried: the check that a function item's code reaches for the labs' models
(:mod:`curriculum.grading.borrowing`), which looks at the whole submission.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

from ..items import Item, graded_items, is_autograded_answer, is_test_cell, is_written_answer
from ..paths import throwaway_copy
from ..sample_class import SampleSpec, solution_text


@dataclass(frozen=True)
class FormVerdict:
    """What the grader gave one form of one item."""

    grade_id: str
    kind: str
    """``right`` or ``wrong``."""
    number: int
    """1-based, among the item's forms of that kind."""
    code: str
    score: float
    points: float
    messages: tuple[str, ...]
    """What the test cells said: the checker's lines and the error of a failed cell."""

    @property
    def full(self) -> bool:
        return self.score >= self.points - 1e-9

    @property
    def told_wrong(self) -> bool:
        """A check said ✗ (a public self-check or a hidden check)."""
        return any(m.startswith("✗") for m in self.messages)

    @property
    def as_expected(self) -> bool:
        """A right form earned every point and no check called it wrong; a wrong one did not earn every point."""
        return self.full and not self.told_wrong if self.kind == "right" else not self.full

    def __str__(self) -> str:
        verdict = "ok" if self.as_expected else (
            "ACCEPTED" if self.kind == "wrong" else "TOLD WRONG" if self.full else "REFUSED")
        said = " | ".join(m for m in self.messages if m)[:300]
        code = " ".join(self.code.split())[:120]
        return f"{self.grade_id} {self.kind} {self.number}: {self.score:g}/{self.points:g} {verdict}: {code!r}" + (
            f" -> {said}" if said else "")


@dataclass(frozen=True)
class FormsReport:
    assignment: str
    notebook: str
    verdicts: tuple[FormVerdict, ...]

    @property
    def unexpected(self) -> tuple[FormVerdict, ...]:
        """Right forms that lost points and wrong forms that earned them all."""
        return tuple(v for v in self.verdicts if not v.as_expected)

    @property
    def ok(self) -> bool:
        return not self.unexpected

    def render(self) -> str:
        lines = [str(v) for v in self.verdicts]
        summary = (f"{self.assignment}/{self.notebook}: {len(self.verdicts)} form(s) tried, "
                   f"{len(self.unexpected)} not marked as they should be")
        return "\n".join(lines + [summary])


def _messages(cell: nbformat.NotebookNode) -> tuple[str, ...]:
    found = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            found += [line for line in output.get("text", "").splitlines() if line.strip()]
        elif output.get("output_type") == "error":
            found.append(f"{output.get('ename')}: {output.get('evalue')}")
    return tuple(found)


class _Runner:
    """One kernel for one notebook: runs cells and grades an item's test cells as the grader would."""

    def __init__(self, client: object, teacher: dict[str, list[dict]], source: nbformat.NotebookNode,
                 answer_timeout: float):
        self.client, self.teacher, self.source = client, teacher, source
        self.answer_timeout = answer_timeout

    def run(self, code: str, index: int = 0, *, student: bool = False) -> nbformat.NotebookNode:
        """Run ``code``; a student's form (and an item's tests, which call it) has the grader's time limit per
        cell and is interrupted past it, so a form that never ends scores 0 as it would in grading."""
        cell = new_code_cell(code)
        self._execute(cell, index, student)
        return cell

    def _execute(self, cell: nbformat.NotebookNode, index: int, student: bool) -> None:
        client, limit = self.client, self.client.timeout  # type: ignore[attr-defined]
        if student:
            client.timeout = self.answer_timeout  # type: ignore[attr-defined]
        try:
            client.execute_cell(cell, index)  # type: ignore[attr-defined]
        finally:
            client.timeout = limit  # type: ignore[attr-defined]

    def grade(self, item: Item) -> tuple[float, float, tuple[str, ...]]:
        from nbgrader.utils import determine_grade

        from ..preprocessors.decide_tests import decide_cell
        from .blind import blind_source, plan

        score = points = 0.0
        messages: list[str] = []
        for index in item.tests:
            cell = copy.deepcopy(self.source.cells[index])
            original = cell.source
            gid = cell.metadata["nbgrader"]["grade_id"]
            cell.source = blind_source(plan(original), self.teacher[gid])
            self._execute(cell, index, student=True)
            decide_cell(cell, original, self.teacher[gid])
            got, most = determine_grade(cell)
            score += float(got or 0)
            points += most
            messages += _messages(cell)
        return score, points, tuple(messages)


def _verdicts(runner: _Runner, source: nbformat.NotebookNode, items: dict[int, Item], spec: SampleSpec
              ) -> list[FormVerdict]:
    """Run the notebook once per right form an item has (at least once): the cells as the teacher wrote them, each
    answer cell with its item's forms (the wrong ones in the first pass) or else the teacher's solution."""
    passes = max((len(f.right) for f in spec.forms.values()), default=0) or 1
    verdicts: list[FormVerdict] = []
    for number in range(passes):
        runner.run("%reset -f")
        for index, cell in enumerate(source.cells):
            if cell.cell_type != "code" or is_test_cell(cell) or is_written_answer(cell):
                continue
            item = items.get(index) if is_autograded_answer(cell) else None
            forms = spec.forms.get(item.grade_id) if item is not None else None
            if forms is None:
                runner.run(solution_text(cell) if is_autograded_answer(cell) else cell.source, index)
                continue
            if number == 0:
                for k, wrong in enumerate(forms.wrong, 1):
                    runner.run(wrong, index, student=True)
                    verdicts.append(FormVerdict(item.grade_id, "wrong", k, wrong, *runner.grade(item)))
            right = forms.right[number] if number < len(forms.right) else solution_text(cell)
            runner.run(right, index, student=True)
            graded = runner.grade(item)
            if number < len(forms.right):
                verdicts.append(FormVerdict(item.grade_id, "right", number + 1, right, *graded))
    return verdicts


def try_forms(course_root: Path | str, spec: SampleSpec, *, timeout: int = 120,
              answer_timeout: float = 15) -> FormsReport:
    """Put every form of ``spec`` through its item's test cells in one kernel (see the module's documentation).

    ``timeout`` bounds the notebook's own cells (seconds); a form and the tests that try it have ``answer_timeout``
    (the course's ``c.Execute.timeout``, 15 s): past it the kernel is interrupted, as the grader does
    (``interrupt_on_timeout``), and the form scores what a cell that never finished scores in grading."""
    from nbclient import NotebookClient

    from .kernels import GradingKernelManager
    from .trust import reference_for

    course_root = Path(course_root)
    path = course_root / "source" / spec.assignment / spec.notebook
    source = nbformat.read(path, as_version=4)
    teacher = reference_for(course_root, spec.assignment, path.stem)
    items = {item.answer: item for item in graded_items(source) if item.kind == "auto"}
    unknown = sorted(set(spec.forms) - {item.grade_id for item in items.values()})
    if unknown:
        raise ValueError(f"{spec.path}: forms name {', '.join(unknown)}, not autograded answers of {spec.notebook}")
    with throwaway_copy(path.parent) as folder:  # what the notebook writes stays out of source/
        client = NotebookClient(copy.deepcopy(source), timeout=timeout, kernel_name="python3", allow_errors=True,
                                interrupt_on_timeout=True,
                                kernel_manager_class=GradingKernelManager,
                                resources={"metadata": {"path": str(folder)}})
        with client.setup_kernel(env={**os.environ, "NBGRADER_EXECUTION": "autograde"}):
            verdicts = _verdicts(_Runner(client, teacher, source, answer_timeout), source, items, spec)
    order = {item.grade_id: i for i, item in enumerate(items.values())}
    verdicts.sort(key=lambda v: (order[v.grade_id], v.kind != "right", v.number))
    return FormsReport(spec.assignment, spec.notebook, tuple(verdicts))


__all__ = ["FormVerdict", "FormsReport", "try_forms"]
