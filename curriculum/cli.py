"""``python -m curriculum``: a thin command line over the library (each verb calls one library function)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .paths import REPO_ROOT

EXISTING_COURSE = ("release", "grade", "report", "lint", "variants", "profile")
"""Commands that work in a course folder that must exist already."""
_EVERY = "\0every assignment"  # what a bare ``report --course`` (its old spelling of --all) leaves in args.course


def _library(args: argparse.Namespace) -> tuple[Path, ...]:
    return (REPO_ROOT, *(Path(p).resolve() for p in args.library or ()))


def _fail(exc: Exception) -> int:
    print(str(exc).strip("'\""), file=sys.stderr)
    return 2


def _demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    try:
        result = run_demo(Path(args.course), assignments=args.assignments)
    except (FileExistsError, ValueError) as exc:  # an unknown assignment; --course naming a folder that is no demo
        return _fail(exc)
    return 0 if any(r.graded for r in result.reports) else 1


def _release(args: argparse.Namespace) -> int:
    from .course import Course

    course = Course(args.course)
    failed = 0
    for assignment in (course.assignments() if args.all else args.assignments) or course.assignments():
        step = course.generate_release(assignment)
        print(f"{assignment}: {'released to ' + str(course.root / 'release' / assignment) if step.ok else 'FAILED: ' + step.reason}")
        if step.warning:
            print(f"  note: {step.warning}")
        failed += not step.ok
    return 1 if failed else 0


def _chosen(args: argparse.Namespace) -> list[str]:
    """The assignments a command names (``ASSIGNMENT ...``) or, with ``--all``, every one of the course."""
    from .course import Course

    if bool(args.assignments) == bool(args.all):
        raise ValueError("name one or more ASSIGNMENTs, or --all for every assignment of the course")
    return Course(args.course).assignments() if args.all else list(args.assignments)


def _grade(args: argparse.Namespace) -> int:
    from .grading import forkserver
    from .grading.imports import cheaper_imports

    forkserver.prestart()  # the kernels' fork server warms up while the grader imports nbgrader (docs/grading.md)
    cheaper_imports()  # before nbgrader imports jsonschema and setuptools: a second less of start (grading/imports.py)
    from tqdm import tqdm

    from .grading.run import grade_assignment, submissions

    course = Path(args.course)
    try:
        chosen = _chosen(args)
        totals = {assignment: len(submissions(course, assignment)) for assignment in chosen}
    except (FileNotFoundError, ValueError) as exc:
        return _fail(exc)
    status = 0
    for assignment, total in totals.items():
        with tqdm(total=total, unit="submission", desc=assignment, file=sys.stderr) as bar:
            try:
                run = grade_assignment(course, assignment, workers=args.workers, force=args.force,
                                       progress=lambda _report: bar.update())
            except (ValueError, RuntimeError) as exc:  # a wrong back-end name, no grader host answering
                status = _fail(exc)
                continue
        for report in run.failed:
            print(f"NOT GRADED  {report.student}: {report.reason}")
        for failure in run.failed_feedback:
            print(f"NO FEEDBACK {failure.student}: autograded, but writing the feedback failed ({failure.reason}); run again")
        print(f"{assignment}: graded {len(run.graded)}, not graded {len(run.failed)} "
              f"({len(run.skipped)} unchanged since the last run) in {run.seconds:.1f} s "
              + (f"with {run.workers} workers" if run.backend == "local" else f"on the {run.backend} grader hosts"))
        if not run.sandboxed:
            print("warning: kernels ran without the sandbox (it needs root on Linux); see docs/grading.md", file=sys.stderr)
        print(f"Grades (CSV): {run.grades_csv}")
        status = status or (1 if run.failed or run.failed_feedback else 0)
    print(f"Feedback:     {course.resolve() / 'feedback'}")
    return status


def _worker(args: argparse.Namespace) -> int:
    from .grading.imports import cheaper_imports

    cheaper_imports()
    from .grading.celery_backend import run_worker

    run_worker(args.broker, concurrency=args.concurrency, visibility_timeout=args.visibility_timeout,
               hostname=args.name)
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report.build import build_report

    if args.course == _EVERY:  # the old spelling: a bare --course meant every assignment
        print("note: a bare --course is now --all (--course DIR names the course folder)", file=sys.stderr)
        args.course, args.all = str(REPO_ROOT), True
    try:
        chosen = None if args.all and not args.assignments else _chosen(args)
    except ValueError as exc:
        return _fail(exc)
    from .i18n import UnknownLanguage

    try:
        report = build_report(args.course, chosen, out=Path(args.out) if args.out else None, anonymous=args.anonymous,
                              lang=args.lang)
    except UnknownLanguage as exc:
        return _fail(exc)
    print(f"Report: {report.html}")
    for path in report.csv_files:
        print(f"CSV:    {path}")
    return 0


def _profile(args: argparse.Namespace) -> int:
    from .i18n import UnknownLanguage
    from .profile.build import UnknownStudent, build_profiles

    if bool(args.students) == bool(args.all):
        return _fail(ValueError("name one or more STUDENTs, or --all for every student of the course"))
    try:
        run = build_profiles(args.course, None if args.all else args.students, lang=args.lang,
                             out=Path(args.out) if args.out else None, pdf=not args.no_pdf)
    except (UnknownStudent, UnknownLanguage, FileNotFoundError) as exc:
        return _fail(exc)
    for page in run.pages:
        print(f"{page.student}: {page.html}" + (f" and {page.pdf.name}" if page.pdf else ""))
    for path in run.cohort_files:
        print(f"Cohort (anonymised): {path}")
    return 0


def _list(args: argparse.Namespace) -> int:
    from .catalogue import as_json, load_catalogue, render_table
    from .i18n import UnknownLanguage
    from .metadata import MetadataError

    try:
        entries = load_catalogue(_library(args)).select(subject=args.subject, grade=args.grade, lang=args.lang,
                                                          kind=args.kind)
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


def _topics(args: argparse.Namespace) -> int:
    from .i18n import UnknownLanguage
    from .metadata import MetadataError
    from .topics import UnknownTopic, as_json, load_topics, render_table, render_topic

    try:
        topics = load_topics(_library(args))
        if args.verb == "show":
            topic = topics.get(args.topic)
            print(as_json([topic]) if args.json else render_topic(topic, args.lang or "en"))
            return 0
        chosen = topics.select(skill=args.skill, area=args.area, module=args.module, lang=args.lang)
        print(as_json(chosen) if args.json else render_table(chosen, args.lang or "en"))
    except (MetadataError, UnknownTopic, UnknownLanguage, ValueError) as exc:
        return _fail(exc)
    return 0


def _lint(args: argparse.Namespace) -> int:
    from .lint import lint

    report = lint(Path(args.course), release_sync=not args.no_release_sync, standard=args.standard)
    print(report.render())
    return 0 if report.ok and not (args.standard and report.checklist) else 1


def _course_new(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule
    from .manifest import ManifestError
    from .metadata import MetadataError
    from .new_course import new_course

    try:
        result = new_course(Path(args.manifest), Path(args.course), library=_library(args))
    except (ManifestError, MetadataError, UnknownModule, FileExistsError) as exc:
        return _fail(exc)
    print(f"course {result.course} ({result.language}) in {result.root}")
    for assignment, step in result.steps.items():
        print(f"  {assignment}: {'released and registered in the gradebook' if step.ok else 'FAILED: ' + step.reason}")
        if step.warning:
            print(f"    note: {step.warning}")
    for lesson in result.lessons:
        print(f"  lesson {lesson.relative_to(result.root)}")
    print(f"Formgrader: cd {result.root} && jupyter lab")
    return 0 if result.ok else 1


def _module_fork(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule
    from .fork import fork_module
    from .metadata import MetadataError

    try:
        result = fork_module(args.module, Path(args.course), new_id=args.id, library=_library(args))
    except (MetadataError, UnknownModule, FileExistsError, ValueError) as exc:
        return _fail(exc)
    print(f"{result.original} forked as {result.meta.id}: {result.module_dir}")
    for old, new in result.assignments.items():
        step = result.steps.get(new)
        state = "" if step is None else (": released" if step.ok else f": release FAILED: {step.reason}")
        print(f"  source/{old} -> source/{new}{state}")
    return 0 if all(s.ok for s in result.steps.values()) else 1


def _hub(args: argparse.Namespace) -> int:
    from .hub import deploy
    from .hub.environment import HubEnvironmentError
    from .hub.region import RegionError, load_region

    try:
        region = load_region(Path(args.region), library=_library(args))
    except RegionError as exc:
        return _fail(exc)
    if args.verb == "setup":
        try:
            done = deploy.setup_region(region, library=_library(args), say=print)
        except (deploy.NotRoot, HubEnvironmentError, RuntimeError) as exc:
            return _fail(exc)
        for course in done.courses:
            for problem in course.problems:
                print(f"  {course.course}: {problem}")
        print(f"Hub configuration: {done.config}")
        print(f"First passwords:   {done.passwords_file} (root only: hand them out, then delete the file)")
        print(f"Start it:          python -m curriculum hub start {args.region}")
        return 0 if done.ok else 1
    if args.verb == "cluster":
        from .hub.cluster import ClusterError, ClusterSettings, render_cluster

        settings = ClusterSettings(**({"image": args.image} if args.image else {}))
        try:
            files = render_cluster(region, Path(args.out), settings)
        except ClusterError as exc:
            return _fail(exc)
        print(f"Zero to JupyterHub values: {files.values} (and {files.secret_values.name}: tokens, keep it out of git)")
        for manifest in files.manifests:
            print(f"Kubernetes manifests:      {manifest}")
        return 0
    if args.verb == "start":
        cmd, env = deploy.hub_command(region)
        if not Path(cmd[0]).exists() or not (region.data / "hub.json").exists():
            return _fail(FileNotFoundError(f"no hub set up in {region.data}: run `python -m curriculum hub setup {args.region}` first"))
        os.chdir(region.data)
        os.execve(cmd[0], cmd, env)  # the hub in the foreground, as a service manager expects
    status = deploy.check_hub(region)
    print(f"hub {status.url}: " + (f"JupyterHub {status.version}, {status.users} users, {status.running_servers} servers running"
                                   if status.version else status.problem))
    if status.problem and status.version:
        print(f"  {status.problem}")
    for course, why in status.courses.items():
        print(f"  course {course}: {'Formgrader answers' if not why else why}")
    return 0 if status.ok else 1


def _variants(args: argparse.Namespace) -> int:
    from .variants import teacher
    from .variants.deck import DeckError
    from .variants.settings import SettingsError

    course = Path(args.course)
    try:
        if args.verb == "show":
            for view in teacher.decks(course, args.assignment):
                print(f"{view.assignment} / {view.notebook}: deck {view.deck.key}, {view.deck.count} parameter sets")
                print(f"  example: {view.deck.example.describe()}")
                for s in view.sets:
                    pinned = [st for st in view.students.get(s.number, ()) if st in view.deck.pins]
                    who = ", ".join(f"{st}{' (pinned)' if st in pinned else ''}" for st in view.students.get(s.number, ()))
                    print(f"  {s.number:>2}: {s.describe()}    {who or '-'}")
            return 0
        if args.verb == "handout":
            written = teacher.hand_out(course, args.assignment, args.student or None, args.out)
            for student, paths in written.items():
                print(f"{student}: {', '.join(str(p) for p in paths)}")
            return 0
        if args.verb == "pin":
            step = teacher.pin(course, args.assignment, args.student, args.number)
        elif args.verb == "unpin":
            step = teacher.pin(course, args.assignment, args.student, None)
        else:
            step = teacher.redraw(course, args.assignment, force=args.force)
    except (DeckError, SettingsError, ValueError, FileNotFoundError) as exc:
        return _fail(exc)
    print(f"{args.assignment}: {'released again with the new deck' if step.ok else 'release FAILED: ' + step.reason}")
    return 0 if step.ok else 1
def _module_refresh(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule
    from .metadata import MetadataError
    from .refresh import refresh_module

    try:
        changed = refresh_module(args.module, library=(Path(args.course).resolve(),))
    except (MetadataError, UnknownModule, ValueError) as exc:
        return _fail(exc)
    for path, did in changed.items():
        print(f"{path}: {'descriptor table rewritten from module.yml' if did else 'up to date'}")
    if any(changed.values()):
        print(f"Now regenerate release/: python -m curriculum release --course {args.course}")
    return 0


def _module_forms(args: argparse.Namespace) -> int:
    from .catalogue import UnknownModule, load_catalogue
    from .grading.forms import try_forms
    from .metadata import MetadataError
    from .sample_class import SampleClassError, SampleSpec, spec_paths

    try:
        entry = load_catalogue((Path(args.course).resolve(),)).get(args.module)
        paths = spec_paths(entry.folder)
        if not paths:
            raise FileNotFoundError(f"{entry.folder / 'sample_class.yml'}: no sample class with forms")
        reports = [try_forms(entry.root, SampleSpec.load(path)) for path in paths]  # a project: one per milestone
    except (MetadataError, UnknownModule, SampleClassError, ValueError, FileNotFoundError) as exc:
        return _fail(exc)
    print("\n\n".join(report.render() for report in reports))
    return 0 if all(report.ok for report in reports) else 1


class _Renamed(argparse.Action):
    """An old spelling of an option: still accepted, with a note naming the new one."""

    def __init__(self, option_strings, dest, new: str = "", **kwargs):
        self.new = new
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"note: {option_string} is now {self.new} (the old spelling still works)", file=sys.stderr)
        setattr(namespace, self.dest, values)


def _course_option(parser: argparse.ArgumentParser, *old: str, default: str | None = str(REPO_ROOT),
                   what: str = "the course folder", required: bool = False) -> None:
    """``--course DIR``: the one name of the course folder in every command (``old`` spellings kept as aliases)."""
    where = " (default: this repository)" if default and not required else (" (required)" if required else "")
    parser.add_argument("--course", metavar="DIR", default=default, help=what + where)
    parser.set_defaults(course_required=required)
    for spelling in old:
        parser.add_argument(spelling, dest="course", metavar="DIR", action=_Renamed, new="--course", help=argparse.SUPPRESS)


def _assignment_options(parser: argparse.ArgumentParser, every: str) -> None:
    """``ASSIGNMENT ...`` for some assignments and ``--all`` for every one: the same in every command."""
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignment id(s)")
    parser.add_argument("--all", action="store_true", help=every)


def _command(sub, name: str, help: str, example: str, **kwargs) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` ends with an example."""
    return sub.add_parser(name, help=help, description=help, epilog="example:\n  " + example.replace("\n", "\n  "),
                          formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """Every command and its options (one vocabulary: ``--course DIR``, ``ASSIGNMENT ...`` or ``--all``, ``--lang``)."""
    parser = argparse.ArgumentParser(
        prog="curriculum", description="Myn Bala STEM course tools",
        epilog="every command that works on a course takes --course DIR; ASSIGNMENT ... or --all chooses assignments\n"
               "example:\n  python -m curriculum grade phys-09-braking --course kostanay-8a",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    library_help = "another folder of modules (subject folders + source/) to use besides the package's"

    demo = _command(sub, "demo", "release, grade and give feedback to a sample class in a demo course folder",
                    "python -m curriculum demo --course /tmp/demo-course\n"
                    "python -m curriculum demo phys-09-braking   # that assignment's sample class alone")
    demo.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                      help="grade only these assignments' sample classes (default: every assignment of the course)")
    _course_option(demo, "--dest", default=str(REPO_ROOT / "demo-course"),
                   what="folder for the demo course (default: demo-course/)")
    demo.set_defaults(func=_demo)

    release = _command(sub, "release", "regenerate release/ from source/ with nbgrader",
                       "python -m curriculum release math-08-gears --course kostanay-8a")
    _assignment_options(release, "every assignment of the course (the default when none is named)")
    _course_option(release)
    release.set_defaults(func=_release)

    grade = _command(sub, "grade", "autograde every submission of an assignment in parallel, write feedback and grades.csv",
                     "python -m curriculum grade phys-09-braking --course kostanay-8a --workers 4")
    _assignment_options(grade, "every assignment of the course")
    _course_option(grade)
    grade.add_argument("--workers", type=int, default=None, help="parallel graders (default: two per CPU core)")
    grade.add_argument("--force", action="store_true", help="grade again even submissions unchanged since the last run")
    grade.set_defaults(func=_grade)

    worker = _command(sub, "worker", "a grader host: grade submissions from the celery back-end's queue (as root)",
                      "python -m curriculum worker --broker redis://grading.school.lan:6379/0  (as root)")
    worker.add_argument("--broker", required=True, help="the queue's Redis, as in c.Grading.broker_url")
    worker.add_argument("--concurrency", type=int, default=2 * (os.cpu_count() or 1),
                        help="submissions graded at once on this host (default: two per CPU core)")
    worker.add_argument("--visibility-timeout", type=float, default=900.0,
                        help="as c.Grading.visibility_timeout of the courses (seconds)")
    worker.add_argument("--name", help="this worker's name in the queue (default: celery@<host name>)")
    worker.set_defaults(func=_worker)

    report = _command(sub, "report", "HTML + CSV report: scores, items, mistakes, skill profiles, aptitude, who needs help",
                      "python -m curriculum report --all --course kostanay-8a --lang kk")
    _assignment_options(report, "every assignment of the course, over time")
    # --course DIR is the folder, as everywhere; a bare --course (its old meaning, "every assignment") still works
    report.add_argument("--course", metavar="DIR", nargs="?", const=_EVERY, default=str(REPO_ROOT),
                        help="the course folder (default: this repository)")
    report.add_argument("--root", dest="course", metavar="DIR", action=_Renamed, new="--course", help=argparse.SUPPRESS)
    report.add_argument("--out", help="folder for the report (default: <course>/reports/...)")
    report.add_argument("--anonymous", action="store_true", help="pseudonyms instead of student ids, for sharing")
    report.add_argument("--lang", help="kk, ru or en (default: the course language, c.CourseLanguage.language)")
    report.set_defaults(func=_report)

    profile = _command(sub, "profile", "a student's printable profile from all their graded work: skills, strengths with "
                       "evidence, growth, the aptitude signal, next modules, plant professions (HTML and PDF)",
                       "python -m curriculum profile aigerim --course kostanay-8a --lang kk")
    profile.add_argument("students", nargs="*", metavar="STUDENT", help="student id(s) as in the gradebook")
    profile.add_argument("--all", action="store_true",
                         help="every student of the course, and the anonymised cohort statistics")
    _course_option(profile)
    profile.add_argument("--lang", help="kk, ru or en (default: the course language, c.CourseLanguage.language)")
    profile.add_argument("--out", help="folder for the pages (default: <course>/profiles/)")
    profile.add_argument("--no-pdf", action="store_true", help="write the HTML pages only")
    profile.set_defaults(func=_profile)

    listing = _command(sub, "list", "the catalogue of modules as a table", "python -m curriculum list --grade 8 --lang kk")
    listing.add_argument("--subject", help="math, physics or informatics")
    listing.add_argument("--grade", help="a school grade (7-11) or college")
    listing.add_argument("--kind", choices=("module", "project"), help="modules, or college projects under a plant mentor")
    listing.add_argument("--lang", help="kk, ru or en: titles in that language")
    listing.add_argument("--json", action="store_true", help="the full metadata as JSON, for scripts")
    listing.add_argument("--library", action="append", help=library_help)
    listing.set_defaults(func=_list)

    show = _command(sub, "show", "one module in full", "python -m curriculum show math-08-gears --lang ru")
    show.add_argument("module", help="module id")
    show.add_argument("--lang", help="kk, ru or en")
    show.add_argument("--json", action="store_true")
    show.add_argument("--library", action="append", help=library_help)
    show.set_defaults(func=_show)

    topics = sub.add_parser("topics", help="thesis topics the plant proposes").add_subparsers(dest="verb", required=True)
    topics_list = _command(topics, "list", "thesis topics as a table, filtered by skill, area or module",
                           "python -m curriculum topics list --skill data --lang kk")
    topics_list.add_argument("--skill", help="a skill of the vocabulary (algebra, data, programming, ...)")
    topics_list.add_argument("--area", help="an area of the plant (assembly, welding, painting, quality, ...)")
    topics_list.add_argument("--module", help="topics this module prepares for")
    topics_show = _command(topics, "show", "one thesis topic in full",
                           "python -m curriculum topics show paint-defect-causes --lang ru")
    topics_show.add_argument("topic", help="topic id")
    for command in (topics_list, topics_show):
        command.add_argument("--lang", help="kk, ru or en: texts in that language")
        command.add_argument("--json", action="store_true", help="the full topic data as JSON, for scripts")
        command.add_argument("--library", action="append", help=library_help)
        command.set_defaults(func=_topics)

    lint = _command(sub, "lint", "check every module and assignment; non-zero exit with the problems",
                    "python -m curriculum lint --course kostanay-8a")
    _course_option(lint, "--root", what="the course (or library) folder")
    lint.add_argument("--no-release-sync", action="store_true", help="skip regenerating release/ to compare")
    lint.add_argument("--standard", action="store_true",
                      help="also list what modules written before the module standard (schema v1) still lack")
    lint.set_defaults(func=_lint)

    course = sub.add_parser("course", help="courses for classes").add_subparsers(dest="verb", required=True)
    new = _command(course, "new", "a complete nbgrader course folder from a manifest",
                   "python -m curriculum course new kostanay-8a.yml --course kostanay-8a")
    new.add_argument("manifest", help="YAML: course, language (kk/ru/en), modules in teaching order")
    _course_option(new, "--dest", default=None, required=True, what="the new course folder (must not exist or be empty)")
    new.add_argument("--library", action="append", help=library_help)
    new.set_defaults(func=_course_new)

    module = sub.add_parser("module", help="modules").add_subparsers(dest="verb", required=True)
    fork = _command(module, "fork", "copy a module under a new id for editing",
                    "python -m curriculum module fork math-08-gears --course kostanay-8a --id math-08-gears-8a")
    fork.add_argument("module", help="module id to copy")
    _course_option(fork, "--into", default=None, required=True,
                   what="the course (or library) folder to copy into; a course releases the copy at once")
    fork.add_argument("--id", help="the copy's id (default: <module>-fork)")
    fork.add_argument("--library", action="append", help=library_help)
    fork.set_defaults(func=_module_fork)
    hub = sub.add_parser("hub", help="a school region on one JupyterHub: accounts, courses, Formgraders").add_subparsers(
        dest="verb", required=True)
    for verb, text in (("setup", "install the environment, create accounts and courses, write the hub's configuration (root)"),
                       ("start", "run the hub in the foreground (root; what a systemd unit runs)"),
                       ("check", "whether the hub and each course's Formgrader answer")):
        command = _command(hub, verb, text,
                           f"python -m curriculum hub {verb} deploy/hub/region.example.yml  (as root for setup and start)")
        command.add_argument("region", help="the region file (YAML): the hub's settings, the courses' manifests and teachers")
        command.add_argument("--library", action="append", help=library_help)
        command.set_defaults(func=_hub)
    cluster = _command(hub, "cluster", "Zero to JupyterHub values and Kubernetes manifests for the region (docs/deploy.md)",
                       "python -m curriculum hub cluster region.yml --out cluster/ --image registry.school.kz/myn-bala-stem:1.0")
    cluster.add_argument("region", help="the region file (YAML)")
    cluster.add_argument("--out", required=True, help="folder for values.yaml, values.secret.yaml, courses.yaml, grading.yaml")
    cluster.add_argument("--image", help="the single-user image with this package (registry/name:tag)")
    cluster.add_argument("--library", action="append", help=library_help)
    cluster.set_defaults(func=_hub)

    variants = sub.add_parser("variants", help="every student their own numbers: a class's parameter sets "
                                                "(docs/variants.md)").add_subparsers(dest="verb", required=True)
    v_show = _command(variants, "show", "the class's parameter sets of an assignment and who has each",
                      "python -m curriculum variants show phys-09-braking --course kostanay-8a")
    v_pin = _command(variants, "pin", "give a student a chosen parameter set (then releases again)",
                     "python -m curriculum variants pin phys-09-braking aigerim 3 --course kostanay-8a")
    v_unpin = _command(variants, "unpin", "give a pinned student their drawn set again (then releases again)",
                       "python -m curriculum variants unpin phys-09-braking aigerim --course kostanay-8a")
    v_redraw = _command(variants, "redraw", "draw new parameter sets for an assignment (then releases again)",
                        "python -m curriculum variants redraw phys-09-braking --course kostanay-8a")
    v_handout = _command(variants, "handout", "each student's own copy, for a class without nbgrader's exchange",
                         "python -m curriculum variants handout phys-09-braking --course kostanay-8a")
    for p in (v_show, v_pin, v_unpin, v_redraw, v_handout):
        p.add_argument("assignment", metavar="ASSIGNMENT", help="assignment id")
        _course_option(p)
        p.set_defaults(func=_variants)
    for p in (v_pin, v_unpin):
        p.add_argument("student", help="student id (as nbgrader knows it)")
    v_pin.add_argument("number", type=int, help="parameter set number (see `variants show`)")
    v_redraw.add_argument("--force", action="store_true", help="draw again even though students handed in")
    v_handout.add_argument("--student", action="append", help="a student id (default: the class in the gradebook)")
    v_handout.add_argument("--out", help="folder for the copies (default: <course>/handout/)")
    refresh = _command(module, "refresh", "rewrite what is made from module.yml (the assignment's descriptor table)",
                       "python -m curriculum module refresh math-08-gears")
    refresh.add_argument("module", help="module id")
    _course_option(refresh, what="the course (or library) folder that holds the module")
    refresh.set_defaults(func=_module_refresh)
    forms = _command(module, "forms", "put each right and wrong answer form of sample_class.yml through the grader",
                     "python -m curriculum module forms math-08-gears")
    forms.add_argument("module", help="module id")
    _course_option(forms, what="the course (or library) folder that holds the module")
    forms.set_defaults(func=_module_forms)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "course_required", False) and args.course is None:
        parser.error(f"{args.command} {getattr(args, 'verb', '')}: name the folder with --course DIR".replace("  ", " "))
    if args.command in EXISTING_COURSE and args.course != _EVERY and not Path(args.course).is_dir():
        return _fail(ValueError(f"--course {args.course}: no such folder"))
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
