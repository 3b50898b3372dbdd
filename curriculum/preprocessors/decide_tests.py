"""The grader decides the hidden checks of every test cell (see :mod:`curriculum.grading.trust`).

Runs in ``Autograde.autograde_preprocessors`` after ``Execute``, before ``CapOutputs`` and
``SaveAutoGrades``, and speaks to nbgrader the way a test cell does: it puts the cell's own text
back, drops the kernel's captures and adds, for each hidden check, the decided record (data for
reports, never shown to students) and its message; a cell whose checks allow no points gets the
error output of the first failing check, a cell that keeps partial credit gets that many points
as its result. A cell whose public part already failed in the kernel is left failed. A function
item earns nothing when the student's own code reaches for the labs' models
(:mod:`curriculum.grading.borrowing`).
"""

from __future__ import annotations

import os
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from nbformat.v4 import new_output
from traitlets import Bool

from ..check import partial_credit_note
from ..check.record import MIME, SCHEMA
from .apply_course_language import SETUP_CALL
from .blind_tests import ORIGINALS, course_root

MARKS = {True: "✓", False: "✗"}


def notebook_language(nb: NotebookNode) -> str | None:
    """The language the notebook's setup cell sets (``curriculum.setup(lang="kk")``), if any."""
    for cell in nb.cells:
        if cell.cell_type == "code" and (match := SETUP_CALL.search(cell.source)):
            return match.group(0).split(match.group(2))[1]
    return None


def variant_outputs(applied, language: str) -> list:
    """What the parameters cell of a graded notebook shows: the student's numbers, how the submission's differed,
    and the same as data for the report."""
    from ..i18n import _
    from ..variants.text import format_value

    values = ", ".join(f"{name} = {format_value(value, None, language, 'text')}"
                       for name, value in applied.parameters.values.items())
    lines = [_("Graded with your own numbers (variant {number}): {values}.", number=applied.parameters.number,
               values=values)]
    said = set()
    for flag in applied.flags:
        text = {"not-personalised": _("This notebook was not made for you: it showed the example numbers."),
                "made-for-other": _("This notebook was made for another student."),
                }.get(flag.code, _("The numbers of the tasks were changed in this notebook."))
        if text not in said:
            lines.append("⚠ " + text)
            said.add(text)
    record = {"schema": SCHEMA, "variant": {"deck": applied.deck.key, "number": applied.parameters.number,
                                            "seed": applied.parameters.seed, "values": dict(applied.parameters.values),
                                            "flags": [f.doc() for f in applied.flags]}}
    return [new_output("display_data", data={MIME: record}), new_output("stream", name="stdout", text="\n".join(lines) + "\n")]


class DecideTests(Preprocessor):
    """Decide each test cell's hidden checks from the kernel's captures and the teacher's records."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        from ..course_language import CourseLanguage
        from ..i18n import get_language, in_language
        from ..variants.draw import ENV
        from .apply_variant import VARIANT

        os.environ.pop(ENV, None)  # the kernel has run: the next notebook's numbers are set by its own ApplyVariant
        applied = resources.get(VARIANT)
        originals = resources.get(ORIGINALS)
        if not originals and applied is None:
            return nb, resources
        from ..grading.trust import reference_for

        info = resources["nbgrader"]
        language = CourseLanguage(parent=self).language or notebook_language(nb) or get_language()
        with in_language(language):
            if applied is not None:
                nb.cells[applied.index].outputs = variant_outputs(applied, language)
            if not originals:
                return nb, resources
            root = course_root(self)
            teacher = reference_for(root, info["assignment"], info["notebook"],
                                    parameters=applied.parameters if applied is not None else None)
            others = {} if applied is None else {
                p.number: reference_for(root, info["assignment"], info["notebook"], parameters=p)
                for p in (applied.deck.example, *applied.deck.sets) if p.seed != applied.parameters.seed}
            borrowed = self._reference_use(nb, resources)
            for index, source in originals.items():
                cell = nb.cells[index]
                gid = cell.metadata["nbgrader"]["grade_id"]
                decide_cell(cell, source, teacher[gid], borrowed,
                            {number: run[gid] for number, run in others.items() if gid in run})
        return nb, resources

    def _reference_use(self, nb: NotebookNode, resources: dict) -> str:
        from ..grading.borrowing import reference_use
        from .released import read_released

        info = resources["nbgrader"]
        released = Path(course_root(self)) / "release" / info["assignment"] / f"{info['notebook']}.ipynb"
        return reference_use(nb, read_released(released) if released.exists() else None)


def decide_cell(cell: NotebookNode, source: str, teacher: list[dict], borrowed: str = "",
                others: dict[int, list[dict]] | None = None) -> None:
    """Decide one executed test cell's hidden checks, in place; ``teacher`` holds the teacher's record of each, in
    order, and ``others`` the records of the other parameter sets of the class (by set number), when it has variants.

    ``cell`` ran with its hidden tests replaced by captures; ``source`` is its own text, put back. Also used to
    try a module's answer forms as the grader decides them (:mod:`curriculum.grading.forms`)."""
    from ..grading.blind import plan
    from ..grading.trust import decide, other_set

    cell_plan = plan(source)
    captured, outputs = {}, []
    for output in cell.get("outputs", []):
        doc = output.get("data", {}).get(MIME) if output.get("output_type") == "display_data" else None
        if isinstance(doc, dict) and doc.get("capture"):
            if isinstance(doc.get("site"), int) and doc["site"] not in captured:
                captured[doc["site"]] = doc
        else:
            outputs.append(output)
    cell.source = source
    if any(o.get("output_type") == "error" for o in outputs):
        cell.outputs = outputs  # the public part failed: the kernel's own verdict, already no points
        return
    decisions = [decide(check, teacher[site], captured.get(site), borrowed=borrowed)
                 for site, check in enumerate(cell_plan.checks)]
    if others:
        decisions = [other_set(check, decision, captured.get(site), teacher[site],
                               {n: records[site] for n, records in others.items() if len(records) > site})
                     for site, (check, decision) in enumerate(zip(cell_plan.checks, decisions))]
    lines = []
    for site, (check, decision) in enumerate(zip(cell_plan.checks, decisions)):
        outputs.append(new_output("display_data", data={MIME: {
            "schema": SCHEMA, "question": None, "mode": teacher[site].get("mode"), "site": site, "decided": True,
            "answer": decision.answer, "code": str(decision.result.code), "score": decision.result.score,
            **({"other_set": decision.other_set} if decision.other_set is not None else {})}}))
        if check.graded:
            mark = "◐" if 0 < decision.share < 1 else MARKS[decision.result.correct]
            lines.append(f"{mark} {decision.result.message}")
    graded = [(d, c) for d, c in zip(decisions, cell_plan.checks) if c.graded]
    share = min((d.share for d, _c in graded), default=1.0)
    points = float(cell.metadata["nbgrader"].get("points", 0))
    if graded and 0 < share < 1:  # the feedback says how many of the cell's points the answer kept
        lines.append(f"◐ {partial_credit_note(share * points, points)}")
    if lines:
        outputs.append(new_output("stream", name="stdout", text="\n".join(lines) + "\n"))
    if share <= 0 and graded:
        failed = next(d for d, _c in graded if d.share <= 0)
        outputs.append(new_output("error", ename="AnswerError", evalue=failed.result.message,
                                  traceback=[f"AnswerError: {failed.result.message}"]))
    elif share < 1:
        outputs.append(new_output("execute_result", data={"text/plain": repr(round(share * points, 6))},
                                  execution_count=cell.get("execution_count")))
    cell.outputs = outputs
