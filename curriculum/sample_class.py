"""A sample class of submissions, built from a module's real source and release.

Five students, one of each kind a teacher meets:

* ``aigerim`` solves everything correctly (the source's solutions);
* ``bolat`` gets some items wrong, as the module's ``sample_class.yml`` says;
* ``dana`` hands in the release untouched;
* ``yerlan`` leaves an endless loop in the last answer cell;
* ``zarina`` hands in a file broken in transit (truncated JSON);

and, when a module's ``sample_class.yml`` lists ``students``, each of them hands in the right
answers but the ones given (a 3D module shows one student per typical mistake with a part).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import yaml

from .paths import REPO_ROOT, module_dirs

STUDENTS: dict[str, str] = {
    "aigerim": "correct",
    "bolat": "partly-wrong",
    "dana": "empty",
    "yerlan": "endless-loop",
    "zarina": "corrupt-file",
}

ENDLESS_LOOP = """x = 0
while x < 10:  # x is never increased: this loop never ends
    y = x * 2
"""
_SOLUTION_MARKERS = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*\n?", re.MULTILINE)


class SampleClassError(ValueError):
    """A ``sample_class.yml`` that does not fit its assignment."""


@dataclass(frozen=True)
class WrongAnswer:
    code: str
    fails: tuple[str, ...]


@dataclass(frozen=True)
class ExtraStudent:
    """A student of one module's sample class beyond the five: right answers except ``answers``."""

    kind: str
    answers: dict[str, str]
    fails: tuple[str, ...]


@dataclass(frozen=True)
class Forms:
    """Ways to answer one autograded item, each a replacement of its answer cell (``docs/authoring.md``).

    Every ``right`` form must earn the item's full points and no ``wrong`` one may; the forms test
    (``tests/test_forms.py``, ``python -m curriculum module forms``) puts each through the item's test
    cells as the grader decides them.
    """

    right: tuple[str, ...]
    wrong: tuple[str, ...]


@dataclass(frozen=True)
class MentorGrade:
    """What the plant mentor enters in Formgrader for the correct student's written item (a project's report)."""

    points: float
    comment: dict[str, str]
    """The written comment in kk, ru and en (the demo enters the course language's, English in a trilingual course)."""


@dataclass(frozen=True)
class SampleSpec:
    """The contents of a module's ``sample_class.yml``."""

    path: Path
    assignment: str
    notebook: str
    partly_wrong: dict[str, WrongAnswer] = field(default_factory=dict)
    students: dict[str, ExtraStudent] = field(default_factory=dict)
    forms: dict[str, Forms] = field(default_factory=dict)
    """Answer cell's grade id -> its right and wrong forms."""
    mentor: dict[str, MentorGrade] = field(default_factory=dict)
    """Written item's grade id -> the mentor's points and comment for the correct student (``aigerim``)."""

    @classmethod
    def load(cls, path: Path) -> SampleSpec:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark else ""
            raise SampleClassError(f"{path}: is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from None
        if not isinstance(data, dict):
            raise SampleClassError(f"{path}: must be a mapping with assignment, notebook, partly_wrong (and forms)")
        for key in ("assignment", "notebook", "partly_wrong"):
            if key not in data:
                raise SampleClassError(f"{path}: missing key {key!r}")
        unknown = sorted(set(data) - {"assignment", "notebook", "partly_wrong", "students", "forms", "mentor"})
        if unknown:
            raise SampleClassError(f"{path}: unknown key {unknown[0]!r}; use assignment, notebook, partly_wrong, "
                                   "students, forms, mentor")
        wrong = {}
        for grade_id, entry in (data["partly_wrong"] or {}).items():
            if not isinstance(entry, dict) or "code" not in entry or "fails" not in entry:
                raise SampleClassError(f"{path}: partly_wrong.{grade_id} needs 'code' and 'fails'")
            wrong[grade_id] = WrongAnswer(str(entry["code"]), tuple(entry["fails"]))
        extra = {}
        for student, entry in (data.get("students") or {}).items():
            if student in STUDENTS:
                raise SampleClassError(f"{path}: students.{student} is one of the five every module has")
            if not isinstance(entry, dict) or not {"kind", "answers", "fails"} <= set(entry):
                raise SampleClassError(f"{path}: students.{student} needs 'kind', 'answers' and 'fails'")
            extra[str(student)] = ExtraStudent(str(entry["kind"]), {str(k): str(v) for k, v in entry["answers"].items()},
                                               tuple(entry["fails"]))
        return cls(path, str(data["assignment"]), str(data["notebook"]), wrong, extra,
                   _forms(path, data.get("forms")), _mentor(path, data.get("mentor")))


def _mentor(path: Path, data: object) -> dict[str, MentorGrade]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SampleClassError(f"{path}: mentor must map a written item's grade id to its points and comment")
    grades = {}
    for grade_id, entry in data.items():
        points = entry.get("points") if isinstance(entry, dict) else None
        comment = entry.get("comment") if isinstance(entry, dict) else None
        if (not isinstance(points, (int, float)) or isinstance(points, bool) or points < 0
                or not isinstance(comment, dict) or set(comment) != {"kk", "ru", "en"}
                or not all(isinstance(t, str) and t.strip() for t in comment.values())):
            raise SampleClassError(f"{path}: mentor.{grade_id} needs 'points' (a number, 0 or more) and 'comment' "
                                   "(kk, ru and en)")
        grades[str(grade_id)] = MentorGrade(float(points), {k: v.strip() for k, v in comment.items()})
    return grades


def _forms(path: Path, data: object) -> dict[str, Forms]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SampleClassError(f"{path}: forms must map an answer's grade id to its right and wrong forms")
    forms = {}
    for grade_id, entry in data.items():
        if not isinstance(entry, dict) or set(entry) - {"right", "wrong"}:
            raise SampleClassError(f"{path}: forms.{grade_id} must have 'right' and 'wrong', each a list of answer cells")
        kinds = {}
        for kind in ("right", "wrong"):
            items = entry.get(kind) or []
            if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
                raise SampleClassError(f"{path}: forms.{grade_id}.{kind} must be a list of answer cells (code as text)")
            kinds[kind] = tuple(x.strip() for x in items)
        forms[str(grade_id)] = Forms(kinds["right"], kinds["wrong"])
    return forms


SPEC_FILE = "sample_class.yml"


def spec_paths(module_dir: Path) -> list[Path]:
    """A module's sample-class files: ``sample_class.yml``, and for a project with several milestones one
    ``sample_class-<n>.yml`` per further milestone (each names its assignment)."""
    return sorted(p for p in [module_dir / SPEC_FILE, *module_dir.glob("sample_class-*.yml")] if p.is_file())


def find_spec(assignment: str, root: Path = REPO_ROOT) -> SampleSpec:
    for folder in module_dirs(root):
        for path in spec_paths(folder):
            spec = SampleSpec.load(path)
            if spec.assignment == assignment:
                return spec
    raise SampleClassError(f"no module declares a sample class for assignment {assignment!r}")


def solution_text(cell: nbformat.NotebookNode) -> str:
    """What a student who solved the cell would have written: the source cell without nbgrader's markers."""
    return _SOLUTION_MARKERS.sub("", cell.source).strip()


def _answer_cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("solution")}


def build_submission(kind: str, source: nbformat.NotebookNode, release: nbformat.NotebookNode,
                     spec: SampleSpec, student: str = "") -> nbformat.NotebookNode | str:
    """The notebook one kind of student hands in (text for the corrupt file); ``student`` names one of the
    spec's own ``students``. It starts from the copy ``student`` got: their own numbers when the assignment has
    variants (:mod:`curriculum.variants`)."""
    from .variants.personalise import personalise

    nb = personalise(release, student) if student else copy.deepcopy(release)
    if kind == "empty":
        return nb
    solutions = _answer_cells(source)
    answers = _answer_cells(nb)
    own = spec.students[student].answers if student in spec.students else {}
    unknown = (set(spec.partly_wrong) | set(own)) - set(answers)
    if unknown:
        raise SampleClassError(f"{spec.path}: names cells that are not answers: {', '.join(sorted(unknown))}")
    for grade_id, cell in answers.items():
        cell.source = solution_text(solutions[grade_id])
        if kind == "partly-wrong" and grade_id in spec.partly_wrong:
            cell.source = spec.partly_wrong[grade_id].code.strip()
        if grade_id in own:
            cell.source = own[grade_id].strip()
    if kind == "endless-loop":
        last_code = [c for c in answers.values() if c.cell_type == "code"][-1]
        last_code.source = last_code.source + "\n\n" + ENDLESS_LOOP
    if kind == "corrupt-file":
        text = nbformat.writes(nb)
        return text[: len(text) // 2]
    return nb


def make_submissions(course_root: Path, assignment: str, spec: SampleSpec) -> dict[str, str]:
    """Write ``submitted/<student>/<assignment>/<notebook>`` for every sample student; returns student -> kind."""
    source = nbformat.read(course_root / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(course_root / "release" / assignment / spec.notebook, as_version=4)
    kinds = {**STUDENTS, **{student: extra.kind for student, extra in spec.students.items()}}
    for student, kind in kinds.items():
        folder = course_root / "submitted" / student / assignment
        folder.mkdir(parents=True, exist_ok=True)
        submission = build_submission(kind, source, release, spec, student)
        target = folder / spec.notebook
        if isinstance(submission, str):
            target.write_text(submission, encoding="utf-8")
        else:
            nbformat.write(submission, target)
    return kinds
