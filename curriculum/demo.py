"""The main job on the embedded default: release, a sample class, grading (feedback, CSV), the class report.

It works on a copy of the course (``demo-course/`` by default) so that the teacher's
own gradebook at the repository root never receives sample students.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SAWarning

from .course import CONFIG_FILE, Course, SubmissionReport
from .paths import REPO_ROOT
from .sample_class import find_spec, make_submissions

MARKER = ".curriculum-demo"


@dataclass(frozen=True)
class DemoResult:
    course_root: Path
    reports: tuple[SubmissionReport, ...]
    grades_csv: Path
    feedback_dir: Path
    seconds: float


def prepare_course(dest: Path, repo_root: Path = REPO_ROOT) -> Course:
    """A fresh course directory at ``dest`` with the package's config and ``source/``."""
    dest = dest.resolve()
    if dest.exists():
        if not (dest / MARKER).exists():
            raise FileExistsError(f"{dest} exists and is not a demo course: choose another --course")
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    (dest / MARKER).write_text("made by `python -m curriculum demo`; safe to delete\n", encoding="utf-8")
    shutil.copy2(repo_root / CONFIG_FILE, dest / CONFIG_FILE)
    shutil.copytree(repo_root / "source", dest / "source", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    from .grading.trust import cache_folder
    from .variants.settings import FILE as VARIANTS_FILE

    if (repo_root / VARIANTS_FILE).is_file():
        shutil.copy2(repo_root / VARIANTS_FILE, dest / VARIANTS_FILE)
    if cache_folder(repo_root).is_dir():  # the teacher's reference runs, named by content: releasing reuses them
        shutil.copytree(cache_folder(repo_root), cache_folder(dest))
    return Course(dest)


FIRST_WEEK = dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.timezone.utc)


def teaching_dates(assignments: list[str], repo_root: Path = REPO_ROOT) -> dict[str, dt.datetime]:
    """A hand-in date per assignment, a week apart in teaching order (school grade, then college; then id), so that
    the sample class has a history over time for the class report and the students' profiles."""
    from .catalogue import load_catalogue

    level = {a: (e.meta.grade or 12, e.meta.subject, e.id) for e in load_catalogue((repo_root,)).entries
             for a in e.meta.assignments}
    ordered = sorted(assignments, key=lambda a: (*level.get(a, (99, "", a)), a))
    return {a: FIRST_WEEK + dt.timedelta(weeks=i) for i, a in enumerate(ordered)}


def hand_in_dates(course_root: Path, assignment: str, when: dt.datetime) -> None:
    """nbgrader's ``timestamp.txt`` beside each sample submission: the time it was handed in."""
    for folder in sorted((course_root / "submitted").glob(f"*/{assignment}")):
        (folder / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f %Z"), encoding="utf-8")


def chosen_assignments(course: Course, assignments: Sequence[str] | None) -> list[str]:
    """The course's assignments in its order, or those of them named; a name the course lacks is an error that
    lists what it has."""
    every = course.assignments()
    if not assignments:
        return every
    unknown = [a for a in assignments if a not in every]
    if unknown:
        raise ValueError(f"the course has no assignment {', '.join(unknown)}; it has: {', '.join(every)}")
    return [a for a in every if a in set(assignments)]


MENTORED = "aigerim"
"""The sample student whose project report the plant mentor grades in the demo (the correct one)."""


def mentor_grades(course: Course, spec, reports, say: Callable[[str], None] = print) -> tuple[SubmissionReport, ...]:
    """What the plant mentor does in Formgrader for the sample class: the report's points and comment (the sample
    class's ``mentor``), entered through nbgrader's gradebook as Formgrader stores them; then the student's feedback
    is made again, so that it shows them. Returns the reports with that student's new score."""
    from .gradebook import enter_manual_grade

    lang = course.language or "en"
    notebook = spec.notebook.removesuffix(".ipynb")
    for grade_id, grade in spec.mentor.items():
        entered = enter_manual_grade(course.db_url, spec.assignment, MENTORED, notebook, grade_id, grade.points,
                                     grade.comment[lang])
        say(f"  {spec.assignment:20} {MENTORED:8} the mentor's grade for {grade_id}: "
            f"{entered.points:g}/{entered.max_points:g}, \"{entered.comment}\"")
    step = course.generate_feedback(spec.assignment, MENTORED)
    if not step.ok:
        say(f"      feedback with the mentor's grade failed for {MENTORED}: {step.reason}")
    return tuple(course.report(spec.assignment, MENTORED) if r.student == MENTORED and r.graded else r for r in reports)


def run_demo(dest: Path, repo_root: Path = REPO_ROOT, say: Callable[[str], None] = print,
             workers: int | None = None, assignments: Sequence[str] | None = None) -> DemoResult:
    """Release every assignment (or only ``assignments``), hand in the sample class, grade it with
    ``curriculum grade``, then report. Hand-in dates are those of the whole course, so one assignment graded alone
    keeps its place in the sample class's history."""
    from .grading.run import grade_assignment
    from .report.build import build_report

    # nbgrader's gradebook code trips SQLAlchemy's autoflush warnings on every new submission: harmless noise
    warnings.filterwarnings("ignore", category=SAWarning)
    start = time.perf_counter()
    chosen = chosen_assignments(Course(repo_root), assignments)  # before the old demo course is replaced
    course = prepare_course(dest, repo_root)
    say(f"Course directory: {course.root}")
    reports: list[SubmissionReport] = []
    dates = teaching_dates(course.assignments(), repo_root)
    for assignment in chosen:
        step = course.generate_release(assignment, prepare_grading=False)  # graded at once: the grader's warm
        if not step.ok:                                                     # fork server makes its reference run
            raise RuntimeError(f"releasing {assignment} failed: {step.reason}\n{step.log}")
        say(f"released {assignment} -> {course.root / 'release' / assignment}")
        spec = find_spec(assignment, repo_root)
        kinds = make_submissions(course.root, assignment, spec)
        hand_in_dates(course.root, assignment, dates[assignment])
        run = grade_assignment(course.root, assignment, workers=workers)
        for report in run.reports:
            status = f"{report.score:g}/{report.max_score:g}" if report.graded else "NOT GRADED"
            say(f"  {assignment:20} {report.student:8} ({kinds[report.student]:13}) {status:>10}  {report.reason}")
            for problem in report.problems:
                say(f"      - {problem}")
        for failure in run.failed_feedback:
            say(f"      feedback failed for {failure.student}: {failure.reason}")
        if spec.mentor:
            run = dataclasses.replace(run, reports=mentor_grades(course, spec, run.reports, say))
        reports.extend(run.reports)
    grades_csv = course.export_csv(course.root / "grades.csv")
    report = build_report(course.root)
    seconds = time.perf_counter() - start
    say("")
    say(f"Gradebook (SQLite): {course.root / 'gradebook.db'}")
    say(f"Feedback (HTML):    {course.root / 'feedback'}")
    say(f"Grades (CSV):       {grades_csv}")
    say(f"Class report:       {report.html}")
    say(f"Graded {sum(r.graded for r in reports)} of {len(reports)} submissions in {seconds:.0f} s; "
        f"{sum(not r.graded for r in reports)} could not be graded (reason given above).")
    return DemoResult(course.root, tuple(reports), grades_csv, course.root / "feedback", seconds)
