"""``python -m curriculum``: a thin command line over the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import REPO_ROOT


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="curriculum", description="Myn Bala STEM course tools")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="release, grade and give feedback to a sample class in a demo course folder")
    demo.add_argument("--dest", default=str(REPO_ROOT / "demo-course"), help="folder for the demo course (default: demo-course/)")
    demo.set_defaults(func=_demo)

    release = sub.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    release.add_argument("assignments", nargs="*", help="assignment ids (default: all)")
    release.add_argument("--course", default=str(REPO_ROOT), help="course directory (default: the repository)")
    release.set_defaults(func=_release)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
