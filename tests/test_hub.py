"""A region on a real JupyterHub on loopback: two courses, two teachers, four students, the whole nbgrader cycle.

Students log in with their first passwords, start their servers, fetch from the Assignments panel, work, submit;
teachers release, collect and release feedback from their course's Formgrader (a hub service run by the course's
grader account); the class is graded by ``curriculum grade`` on two grader hosts of the celery back-end; students
fetch their feedback and read it. What a student must not reach is tried and refused: another course's Formgrader,
their own course's Formgrader, another student's server, the grader's files and other students' submissions.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest

from curriculum.course import Course
from curriculum.grading.run import grade_assignment
from curriculum.hub.client import HubRefused
from curriculum.hub.region import RegionError, parse_region
from curriculum.sample_class import build_submission, find_spec

from .grading_hosts import grader_hosts, redis_available
from .hub_region import hub_supported, running_region

pytestmark = pytest.mark.slow

SCHOOL, COLLEGE = "mbh-8a", "mbh-col"
STUDENTS = {SCHOOL: ["mbh-aigerim", "mbh-bolat", "mbh-dana"], COLLEGE: ["mbh-dana", "mbh-yerlan"]}
TEACHERS = {SCHOOL: ["mbh-aliya"], COLLEGE: ["mbh-nurlan"]}
MODULES = {SCHOOL: "inf-08-vin", COLLEGE: "math-07-takt"}
LANGUAGES = {SCHOOL: "kk", COLLEGE: "ru"}
ASSIGNMENT = {SCHOOL: "inf-08-vin", COLLEGE: "math-07-takt"}


@pytest.fixture(scope="module")
def hub():
    why = hub_supported() or redis_available()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"the hub test must run in CI: {why}")
        pytest.skip(why)
    with running_region(STUDENTS, TEACHERS, MODULES, LANGUAGES) as region, grader_hosts(("h1", "h2")) as hosts:
        for course in region.region.courses:  # the courses grade on two grader hosts' queue
            with open(region.region.course_root(course) / "nbgrader_config.py", "a", encoding="utf-8") as fh:
                fh.write(hosts.course_settings())
        yield region


def _work(region, person, course: str, kind: str) -> None:
    """The student opens the fetched notebook, answers (as a sample student of that ``kind``) and saves it."""
    assignment = ASSIGNMENT[course]
    root = region.region.course_root(region.region.course(course))
    spec = find_spec(assignment)
    path = f"{course}/{assignment}/{spec.notebook}"
    fetched = nbformat.from_dict(person.read(path)["content"])
    source = nbformat.read(root / "source" / assignment / spec.notebook, as_version=4)
    answered = build_submission(kind, source, fetched, spec)
    person.write_notebook(path, answered)


def test_a_class_on_the_hub_goes_through_the_whole_nbgrader_cycle(hub):
    region = hub.region
    teachers = {c: hub.login(TEACHERS[c][0]) for c in (SCHOOL, COLLEGE)}
    names = sorted({s for group in STUDENTS.values() for s in group})
    with ThreadPoolExecutor(4) as pool:
        students = dict(zip(names, pool.map(hub.login, names)))
        spawn = dict(zip(names, pool.map(lambda p: p.start_server(), students.values())))
    assert all(seconds < 120 for seconds in spawn.values())

    # teachers release from their course's Formgrader; students see only their courses' assignments
    for course, teacher in teachers.items():
        released = teacher.formgrader(course, "POST", f"assignment/{ASSIGNMENT[course]}/release")
        assert "Released as" in released["log"]
    assert [a["assignment_id"] for a in students["mbh-dana"].assignments(SCHOOL)] == [ASSIGNMENT[SCHOOL]]
    assert [a["assignment_id"] for a in students["mbh-dana"].assignments(COLLEGE)] == [ASSIGNMENT[COLLEGE]]
    try:  # bolat is not in the college course: its assignments are neither listed nor fetched
        listed = students["mbh-bolat"].assignments(COLLEGE)
    except HubRefused:
        listed = []
    assert listed == []
    students["mbh-bolat"].fetch(COLLEGE, ASSIGNMENT[COLLEGE])
    assert students["mbh-bolat"].status("GET", f"{students['mbh-bolat'].server}/api/contents/{COLLEGE}") == 404

    # fetch, work (aigerim and dana answer correctly, bolat partly wrong; the college pair too), submit
    kinds = {("mbh-aigerim", SCHOOL): "correct", ("mbh-bolat", SCHOOL): "partly-wrong", ("mbh-dana", SCHOOL): "correct",
             ("mbh-dana", COLLEGE): "partly-wrong", ("mbh-yerlan", COLLEGE): "correct"}
    for (name, course), kind in kinds.items():
        fetched = students[name].fetch(course, ASSIGNMENT[course])
        assert any(a["status"] == "fetched" for a in fetched)
        _work(hub, students[name], course, kind)
    # a student runs the assignment in their own kernel, as in class: the checker answers in the course language
    spec = find_spec(ASSIGNMENT[SCHOOL])
    nb = nbformat.from_dict(students["mbh-aigerim"].read(f"{SCHOOL}/{ASSIGNMENT[SCHOOL]}/{spec.notebook}")["content"])
    ran = students["mbh-aigerim"].run([c.source for c in nb.cells if c.cell_type == "code"][:6])
    assert all(r.ok for r in ran), [r.error for r in ran if not r.ok]
    for (name, course) in kinds:
        submitted = students[name].submit(course, ASSIGNMENT[course])
        assert any(a["status"] == "submitted" for a in submitted)

    # teachers collect; the class is graded on two grader hosts (sandboxed, as root) and the feedback released
    for course, teacher in teachers.items():
        collected = teacher.formgrader(course, "POST", f"assignment/{ASSIGNMENT[course]}/collect")
        assert collected["success"], collected
        root = region.course_root(region.course(course))
        assert sorted(p.name for p in (root / "submitted").iterdir()) == sorted(STUDENTS[course])
        run = grade_assignment(root, ASSIGNMENT[course])
        assert not run.failed and not run.failed_feedback, run.failed
        assert run.sandboxed and run.backend == "celery"
        owner = root.stat().st_uid  # what grading wrote still belongs to the course's grader account
        assert all(p.stat().st_uid == owner for p in [root / "gradebook.db", *(root / "feedback").rglob("*")])
        released = teacher.formgrader(course, "POST", f"assignment/{ASSIGNMENT[course]}/release_feedback")
        assert released["success"], released
    scores = {}
    for course in (SCHOOL, COLLEGE):
        course_dir = Course(region.course_root(region.course(course)))
        for name in STUDENTS[course]:
            scores[name, course] = course_dir.report(ASSIGNMENT[course], name).score
    assert scores["mbh-aigerim", SCHOOL] > scores["mbh-bolat", SCHOOL] > 0
    assert scores["mbh-yerlan", COLLEGE] > scores["mbh-dana", COLLEGE]

    # students fetch their feedback and read it in JupyterLab: their score, no hidden test
    for (name, course) in kinds:
        listed = students[name].fetch_feedback(course, ASSIGNMENT[course])
        [submission] = [s for a in listed if a["status"] == "submitted" for s in a["submissions"]]
        assert submission["notebooks"][0]["has_local_feedback"]
        page = students[name].read(submission["notebooks"][0]["local_feedback_path"].removeprefix("./"))["content"]
        total = re.search(r'class="feedback-total"><strong>([^<]*)</strong>', page)  # "Ұпай: 7,5 / 12"
        assert total, page[:2000]
        shown = float(re.search(r"\d+(?:[.,]\d+)?", total.group(1)).group().replace(",", "."))
        assert shown == pytest.approx(scores[name, course]), (total.group(1), scores[name, course])
        assert "BEGIN HIDDEN TESTS" not in page


def test_a_student_is_refused_what_is_not_theirs(hub):
    region = hub.region
    aigerim, bolat, aliya = hub.login("mbh-aigerim"), hub.login("mbh-bolat"), hub.login("mbh-aliya")
    aigerim.start_server()
    bolat.start_server()
    # a course's Formgrader is for its teachers only: not for students, not for another course's teacher
    assert aliya.status("GET", f"/services/{SCHOOL}/formgrader/manage_assignments") == 200
    assert aigerim.status("GET", f"/services/{SCHOOL}/formgrader/manage_assignments") == 403
    assert aigerim.status("GET", f"/services/{COLLEGE}/formgrader/manage_assignments") == 403
    assert aigerim.status("GET", f"/services/{SCHOOL}/formgrader/api/assignments") == 403
    assert aliya.status("GET", f"/services/{COLLEGE}/formgrader/manage_assignments") == 403
    # nbgrader's course list names each person's own courses only (the Formgrader above still refuses students)
    aliya.start_server()
    assert [c["course_id"] for c in aliya.courses()] == [SCHOOL]
    assert [c["course_id"] for c in aigerim.courses()] == [SCHOOL]
    # no Formgrader of their own in people's servers
    assert aigerim.status("GET", f"{aigerim.server}/formgrader/manage_assignments") == 404
    # another student's server
    assert aigerim.status("GET", f"{bolat.server}/api/contents") == 403
    assert aigerim.status("GET", f"{bolat.server}/lab") in (302, 403)
    # the grader's files and other students' submissions, from the student's own kernel
    root = region.course_root(region.course(SCHOOL))
    inbound = region.exchange / SCHOOL / "inbound"
    tries = aigerim.run([f"open({str(root / 'gradebook.db')!r}, 'rb').read(16)",
                         f"import os; os.listdir({str(root / 'source')!r})",
                         f"os.listdir({str(inbound)!r})",
                         f"os.listdir({str(region.home / 'mbh-bolat')!r})",
                         f"os.listdir({str(region.exchange / COLLEGE)!r})"])
    assert [t.error.split(":")[0] for t in tries] == ["PermissionError"] * 5, tries


def test_a_region_file_names_each_problem(tmp_path):
    (tmp_path / "8a.yml").write_text("course: School-8A\nlanguage: kk\nmodules: [inf-08-vin]\nstudents: [Aigerim]\n")
    data = {"prefix": "/root/hub", "port": 99999, "idle_minutes": 0, "flavour": "x",
            "courses": [{"manifest": "8a.yml"}, {"manifest": "missing.yml", "teachers": ["x"]}]}
    with pytest.raises(RegionError) as failed:
        parse_region(data, tmp_path / "region.yml")
    text = str(failed.value)
    for expected in ("flavour: unknown field", "prefix: /root/hub is under /root", "port: 99999 is not a port number",
                     "idle_minutes: 0 is not a whole number", "courses[0].teachers: list at least one teacher",
                     "'Aigerim': not Linux account names", "on a hub a course id is lowercase",
                     "missing.yml: (file): cannot be read"):
        assert expected in text, text
