"""``python -m curriculum``: a thin command line over the library (each verb calls one library function)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import REPO_ROOT


def _library(args: argparse.Namespace) -> tuple[Path, ...]:
    return (REPO_ROOT, *(Path(p).resolve() for p in args.library or ()))


def _fail(exc: Exception) -> int:
    print(str(exc).strip("'\""), file=sys.stderr)
    return 2


def _demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    result = run_demo(Path(args.dest))
    return 0 if any(r.graded for r in result.reports) else 1


def _release(args: argparse.Namespace) -> int:
    from .course import Course

    course = Course(args.course)
    failed = 0
    for assignment in args.assignments or course.assignments():
        step = course.generate_release(assignment)
        print(f"{assignment}: {'released to ' + str(course.root / 'release' / assignment) if step.ok else 'FAILED: ' + step.reason}")
        failed += not step.ok
    return 1 if failed else 0


def _grade(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .grading.run import grade_assignment, submissions

    course = Path(args.course)
    try:
        total = len(submissions(course, args.assignment))
    except FileNotFoundError as exc:
        return _fail(exc)
    with tqdm(total=total, unit="submission", desc=args.assignment, file=sys.stderr) as bar:
        try:
            run = grade_assignment(course, args.assignment, workers=args.workers, force=args.force,
                                   progress=lambda _report: bar.update())
        except ValueError as exc:
            return _fail(exc)
    for report in run.failed:
        print(f"NOT GRADED  {report.student}: {report.reason}")
    for student in run.failed_feedback:
        print(f"NO FEEDBACK {student}: autograded, but writing the feedback failed; run again")
    print(f"{args.assignment}: graded {len(run.graded)}, not graded {len(run.failed)} "
          f"({len(run.skipped)} unchanged since the last run) in {run.seconds:.1f} s with {run.workers} workers")
    if not run.sandboxed:
        print("warning: kernels ran without the sandbox (it needs root on Linux); see docs/grading.md", file=sys.stderr)
    print(f"Grades (CSV): {run.grades_csv}")
    print(f"Feedback:     {Path(args.course).resolve() / 'feedback'}")
    return 1 if run.failed or run.failed_feedback else 0


def _report(args: argparse.Namespace) -> int:
    from .report.build import build_report

    if bool(args.assignment) == bool(args.course):
        return _fail(ValueError("name one ASSIGNMENT, or --course for every assignment of the course"))
    report = build_report(args.root, None if args.course else [args.assignment],
                          out=Path(args.out) if args.out else None, anonymous=args.anonymous)
    print(f"Report: {report.html}")
    for path in report.csv_files:
        print(f"CSV:    {path}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from .catalogue import as_json, load_catalogue, render_table
    from .i18n import UnknownLanguage
    from .metadata import MetadataError

    try:
        entries = load_catalogue(_library(args)).select(subject=args.subject, grade=args.grade, lang=args.lang)
    except (MetadataError, UnknownLanguage) as exc:
        return _fail(exc)
    print(as_json(entries) if args.json else render_table(entries, args.lang or "en"))
    return 0


def _show(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule, as_json, load_catalogue, render_module
    from .i18n import UnknownLanguage
    from .metadata import MetadataError

    try:
        entry = load_catalogue(_library(args)).get(args.module)
        print(as_json([entry]) if args.json else render_module(entry, args.lang or "en"))
    except (MetadataError, UnknownModule, UnknownLanguage) as exc:
        return _fail(exc)
    return 0


def _lint(args: argparse.Namespace) -> int:
    from .lint import lint

    report = lint(Path(args.root), release_sync=not args.no_release_sync)
    print(report.render())
    return 0 if report.ok else 1


def _course_new(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule
    from .manifest import ManifestError
    from .metadata import MetadataError
    from .new_course import new_course

    try:
        result = new_course(Path(args.manifest), Path(args.dest), library=_library(args))
    except (ManifestError, MetadataError, UnknownModule, FileExistsError) as exc:
        return _fail(exc)
    print(f"course {result.course} ({result.language}) in {result.root}")
    for assignment, step in result.steps.items():
        print(f"  {assignment}: {'released and registered in the gradebook' if step.ok else 'FAILED: ' + step.reason}")
    for lesson in result.lessons:
        print(f"  lesson {lesson.relative_to(result.root)}")
    print(f"Formgrader: cd {result.root} && jupyter lab")
    return 0 if result.ok else 1


def _module_fork(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule
    from .fork import fork_module
    from .metadata import MetadataError

    try:
        result = fork_module(args.module, Path(args.into), new_id=args.id, library=_library(args))
    except (MetadataError, UnknownModule, FileExistsError, ValueError) as exc:
        return _fail(exc)
    print(f"{result.original} forked as {result.meta.id}: {result.module_dir}")
    for old, new in result.assignments.items():
        step = result.steps.get(new)
        state = "" if step is None else (": released" if step.ok else f": release FAILED: {step.reason}")
        print(f"  source/{old} -> source/{new}{state}")
    return 0 if all(s.ok for s in result.steps.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="curriculum", description="Myn Bala STEM course tools")
    sub = parser.add_subparsers(dest="command", required=True)
    library_help = "another folder of modules (subject folders + source/) to use besides the package's"

    demo = sub.add_parser("demo", help="release, grade and give feedback to a sample class in a demo course folder")
    demo.add_argument("--dest", default=str(REPO_ROOT / "demo-course"), help="folder for the demo course (default: demo-course/)")
    demo.set_defaults(func=_demo)

    release = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    release.add_argument("assignments", nargs="*", help="assignment ids (default: all)")
    release.add_argument("--course", default=str(REPO_ROOT), help="course directory (default: the repository)")
    release.set_defaults(func=_release)

    grade = sub.add_parser("grade", help="autograde every submission of an assignment in parallel, write feedback and grades.csv")
    grade.add_argument("assignment", help="assignment id")
    grade.add_argument("--course", default=str(REPO_ROOT), help="course directory (default: the repository)")
    grade.add_argument("--workers", type=int, default=None, help="parallel graders (default: two per CPU core)")
    grade.add_argument("--force", action="store_true", help="grade again even submissions unchanged since the last run")
    grade.set_defaults(func=_grade)

    report = sub.add_parser("report", help="HTML + CSV report: scores, items, mistakes, skill profiles, aptitude, who needs help")
    report.add_argument("assignment", nargs="?", help="one assignment id")
    report.add_argument("--course", action="store_true", help="every assignment of the course, over time")
    report.add_argument("--root", default=str(REPO_ROOT), help="course directory (default: the repository)")
    report.add_argument("--out", help="folder for the report (default: <course>/reports/...)")
    report.add_argument("--anonymous", action="store_true", help="pseudonyms instead of student ids, for sharing")
    report.set_defaults(func=_report)

    listing = sub.add_parser("list", help="the catalogue of modules as a table")
    listing.add_argument("--subject", help="math, physics or informatics")
    listing.add_argument("--grade", help="a school grade (7-11) or college")
    listing.add_argument("--lang", help="kk, ru or en: titles in that language")
    listing.add_argument("--json", action="store_true", help="the full metadata as JSON, for scripts")
    listing.add_argument("--library", action="append", help=library_help)
    listing.set_defaults(func=_list)

    show = sub.add_parser("show", help="one module in full")
    show.add_argument("module", help="module id")
    show.add_argument("--lang", help="kk, ru or en")
    show.add_argument("--json", action="store_true")
    show.add_argument("--library", action="append", help=library_help)
    show.set_defaults(func=_show)

    lint = sub.add_parser("lint", help="check every module and assignment; non-zero exit with the problems")
    lint.add_argument("--root", default=str(REPO_ROOT), help="library or course folder (default: the repository)")
    lint.add_argument("--no-release-sync", action="store_true", help="skip regenerating release/ to compare")
    lint.set_defaults(func=_lint)

    course = sub.add_parser("course", help="courses for classes").add_subparsers(dest="verb", required=True)
    new = course.add_parser("new", help="a complete nbgrader course folder from a manifest")
    new.add_argument("manifest", help="YAML: course, language (kk/ru/en), modules in teaching order")
    new.add_argument("--dest", required=True, help="the new course folder (must not exist or be empty)")
    new.add_argument("--library", action="append", help=library_help)
    new.set_defaults(func=_course_new)

    module = sub.add_parser("module", help="modules").add_subparsers(dest="verb", required=True)
    fork = module.add_parser("fork", help="copy a module under a new id for editing")
    fork.add_argument("module", help="module id to copy")
    fork.add_argument("--into", required=True, help="folder to copy into (a course folder releases it at once)")
    fork.add_argument("--id", help="the copy's id (default: <module>-fork)")
    fork.add_argument("--library", action="append", help=library_help)
    fork.set_defaults(func=_module_fork)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
