"""``build_profiles``: the library call behind ``python -m curriculum profile``.

Collects the class's graded history from the gradebook (as the class report does), computes each student's
evidence and what it points to, and writes ``<course>/profiles/<student>.html`` and ``.pdf`` in the course
language; for the whole class also the anonymised ``cohort.html`` and ``cohort.csv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..catalogue import Catalogue, CatalogueEntry, load_catalogue
from ..course import Course
from ..gradebook import grade_rows
from ..i18n import in_language
from ..items import graded_items
from ..metadata import MetadataError, Texts
from ..paths import REPO_ROOT
from ..professions import load_professions
from ..report.build import report_language
from ..report.data import ClassData, collect
from ..topics import load_topics
from .cohort import Cohort, cohort, write_cohort
from .evidence import StudentEvidence, student_evidence
from .guidance import Guidance, guide
from .page import assignment_title, student_page
from .pdf import write_pdf


class UnknownStudent(KeyError):
    def __init__(self, student: str, known: Sequence[str]):
        super().__init__(f"no graded work of {student!r} in this course; students: {', '.join(known) or '(none)'}")

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class StudentProfilePage:
    student: str
    evidence: StudentEvidence
    guidance: Guidance
    html: Path
    pdf: Path | None


@dataclass(frozen=True)
class ProfileRun:
    folder: Path
    language: str
    pages: tuple[StudentProfilePage, ...]
    cohort: Cohort | None = None
    cohort_files: tuple[Path, ...] = ()


def _catalogue(course: Course) -> Catalogue:
    try:
        return load_catalogue((course.root, REPO_ROOT))
    except MetadataError:
        return load_catalogue((REPO_ROOT,))


def _course_name(course: Course) -> str:
    return str(course.config.CourseDirectory.get("course_id") or course.root.name)


def class_history(course_root: Path | str) -> tuple[ClassData, dict[tuple[str, str, str], bool]]:
    """The class's graded work over time and, per written answer, whether it has a grade yet."""
    course = Course(course_root)
    data = collect(course.root)
    manual = {(r.assignment, r.cell, r.student): r.manual_score is not None for r in grade_rows(course.db_url)}
    return data, manual


def item_descriptors(entry: CatalogueEntry, root: Path) -> dict[tuple[str, str], Texts]:
    """(assignment, graded cell) -> the descriptor ``module.yml`` gives the item the cell grades (schema 2 and later):
    what a full answer shows, as the page says it of the items a student earned every point of."""
    out: dict[tuple[str, str], Texts] = {}
    for assignment in entry.meta.assignments:
        folder = root / "source" / assignment
        if not folder.is_dir():
            folder = entry.source_dir(assignment)
        for path in sorted(folder.glob("*.ipynb")):
            try:
                nb = nbformat.read(path, as_version=4)
            except Exception:  # noqa: BLE001 - an unreadable notebook shows no descriptors; lint names it
                continue
            for item in graded_items(nb):
                assessed = entry.meta.assessed(item.grade_id)
                if assessed is not None:
                    for index in item.graded_cells:
                        out[assignment, nb.cells[index].metadata["nbgrader"]["grade_id"]] = assessed.descriptor
    return out


def build_profiles(course_root: Path | str, students: Sequence[str] | None = None, *, lang: str | None = None,
                   out: Path | None = None, pdf: bool = True) -> ProfileRun:
    """Pages for ``students`` (every student of the course when None, with the cohort statistics)."""
    course = Course(course_root)
    language = report_language(course.root, lang)
    data, manual = class_history(course.root)
    chosen = list(students) if students is not None else list(data.students)
    for student in chosen:
        if student not in data.students:
            raise UnknownStudent(student, data.students)
    catalogue = _catalogue(course)
    modules: dict[str, CatalogueEntry] = {a: e for e in catalogue.entries for a in e.meta.assignments}
    trains = {a: tuple(e.meta.skills) for a, e in modules.items()}
    descriptors = {key: text for e in catalogue.entries for key, text in item_descriptors(e, course.root).items()}
    professions = load_professions()
    try:
        topics = load_topics((course.root, REPO_ROOT)).topics
    except MetadataError:
        topics = ()
    folder = Path(out) if out else course.root / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    everyone: list[tuple[StudentEvidence, Guidance]] = []
    with in_language(language):
        for student in (data.students if students is None else chosen):
            evidence = student_evidence(data, student, manual_graded=manual)
            guidance = guide(evidence, catalogue, professions, topics)
            everyone.append((evidence, guidance))
            if student not in chosen:
                continue
            document = student_page(evidence, guidance, course=_course_name(course), modules=modules, trains=trains,
                                    professions=professions, descriptors=descriptors)
            page = folder / f"{student}.html"
            page.write_text(document, encoding="utf-8")
            pages.append(StudentProfilePage(student, evidence, guidance, page,
                                            write_pdf(document, folder / f"{student}.pdf") if pdf else None))
        result, files = None, ()
        if students is None:
            result = cohort(everyone)
            titles = {a: assignment_title(a, modules) for a in modules}
            names = {p.id: p.name.get(language) for p in professions.professions}
            files = write_cohort(result, folder, course=_course_name(course), titles=titles, profession_names=names)
    return ProfileRun(folder, language, tuple(pages), result, tuple(files))
