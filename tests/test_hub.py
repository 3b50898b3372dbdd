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
MENTORS = {COLLEGE: ["mbh-ermek"]}  # a plant mentor of the college course: its Formgrader and nothing else
MENTOR_COMMENT = "Жақсы: такт уақыты дұрыс. Бұрыштық коэффициенттің мағынасын сөзбен түсіндіріңіз."
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
    with running_region(STUDENTS, TEACHERS, MODULES, LANGUAGES, mentors=MENTORS) as region, \
            grader_hosts(("h1", "h2")) as hosts:
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
        assert not run.failed and not run.failed_feedback, (run.failed, run.failed_feedback)
        assert run.sandboxed and run.backend == "celery"
        owner = root.stat().st_uid  # what grading wrote still belongs to the course's grader account
        assert all(p.stat().st_uid == owner for p in [root / "gradebook.db", *(root / "feedback").rglob("*")])
        if course in MENTORS:  # the plant mentor grades the written answer by its rubric, with a comment
            _mentor_grades(hub.login(MENTORS[course][0]), course, "mbh-yerlan", points=2)
            made = teacher.formgrader(course, "POST", f"assignment/{ASSIGNMENT[course]}/generate_feedback")
            assert made["success"], made
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
        assert (MENTOR_COMMENT in page) == (name == "mbh-yerlan" and course == COLLEGE)  # the mentor's feedback


def _mentor_grades(mentor, course: str, student: str, points: float) -> None:
    """What a mentor does in Formgrader's manual grading: the written answer's points and a comment."""
    spec = find_spec(ASSIGNMENT[course])
    notebook = spec.notebook.removesuffix(".ipynb")
    listed = mentor.formgrader(course, "GET", f"submitted_notebooks/{ASSIGNMENT[course]}/{notebook}")
    assert sorted(s["student"] for s in listed) == sorted(STUDENTS[course])  # the course's submissions
    submission = next(s for s in listed if s["student"] == student)
    written = [g for g in mentor.formgrader(course, "GET", "grades", params={"submission_id": submission["id"]})
               if g["needs_manual_grade"] and g["auto_score"] is None]
    assert written, "the assignment has a written answer for the mentor"
    mentor.formgrader(course, "PUT", f"grade/{written[0]['id']}", json={"manual_score": points, "extra_credit": 0})
    comment = next(c for c in mentor.formgrader(course, "GET", "comments", params={"submission_id": submission["id"]})
                   if c["name"] == written[0]["name"])
    mentor.formgrader(course, "PUT", f"comment/{comment['id']}", json={"manual_comment": MENTOR_COMMENT})


def test_a_mentor_sees_the_courses_formgrader_and_nothing_else(hub):
    region = hub.region
    ermek, dana = hub.login(MENTORS[COLLEGE][0]), hub.login("mbh-dana")
    assert ermek.status("GET", f"/services/{COLLEGE}/formgrader/manage_assignments") == 200
    assert [a["name"] for a in ermek.formgrader(COLLEGE, "GET", "assignments")] == [ASSIGNMENT[COLLEGE]]
    # another course's Formgrader, by its page and by its API
    assert ermek.status("GET", f"/services/{SCHOOL}/formgrader/manage_assignments") == 403
    assert ermek.status("GET", f"/services/{SCHOOL}/formgrader/api/assignments") == 403
    # no course in the Assignments panel (not a student); nbgrader's course list answers HTTP 500 for an account
    # that is only in a formgrade- group (its check_for_jupyterhub_formgraders), so it is not asked here
    ermek.start_server()
    try:
        listed = ermek.assignments(COLLEGE)
    except HubRefused:
        listed = []
    assert listed == []
    # students' servers and files: the course folder, its exchange, a student's home
    dana.start_server()
    assert ermek.status("GET", f"{dana.server}/api/contents") == 403
    root = region.course_root(region.course(COLLEGE))
    tries = ermek.run([f"open({str(root / 'gradebook.db')!r}, 'rb').read(16)",
                       f"import os; os.listdir({str(root / 'submitted')!r})",
                       f"os.listdir({str(region.exchange / COLLEGE / 'inbound')!r})",
                       f"os.listdir({str(region.home / 'mbh-dana')!r})",
                       f"os.listdir({str(region.course_root(region.course(SCHOOL)))!r})"])
    assert [t.error.split(":")[0] for t in tries] == ["PermissionError"] * 5, tries


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


def test_a_mentor_is_in_one_courses_formgrader_group_only(tmp_path):
    from curriculum.hub.deploy import hub_settings
    from curriculum.hub.environment import Environment

    for name, students in (("8a", "aigerim, bolat"), ("col", "dana")):
        (tmp_path / f"{name}.yml").write_text(f"course: {name}\nlanguage: kk\nmodules: [inf-08-vin]\nstudents: [{students}]\n")
    data = {"courses": [{"manifest": "8a.yml", "teachers": ["aliya"]},
                        {"manifest": "col.yml", "teachers": ["nurlan"], "mentors": ["ermek"]}]}
    region = parse_region(data, tmp_path / "region.yml")
    assert region.mentors == ("ermek",) and region.course("col").mentors == ("ermek",)
    settings = hub_settings(region, Environment(tmp_path, tmp_path / "venv" / "bin" / "python", ()))
    holding = {group for group, people in settings["groups"].items() if "ermek" in people}
    assert holding == {"formgrade-col"} and "ermek" in settings["people"]
    # a mentor who is also a student, a teacher, or in another course's class is refused
    data["courses"][1]["mentors"] = ["dana", "aliya", "ERMEK"]
    with pytest.raises(RegionError) as failed:
        parse_region(data, tmp_path / "region.yml")
    text = str(failed.value)
    assert "courses[1].mentors: dana: a mentor is neither a teacher nor a student of the course" in text
    assert "aliya is a mentor and also a teacher" in text and "'ERMEK': not Linux account names" in text


def test_a_persons_kernel_runs_also_where_an_event_loop_already_runs():
    # a teacher's notebook (or Playwright's sync API) already runs an event loop in this thread: asyncio.run refuses
    # there, and the client's kernel run must still go through. The loop is started in a thread of its own, since
    # in the whole suite Playwright's loop may already run in this one (where the test's own asyncio.run would fail)
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from curriculum.hub.client import _run_to_end

    async def answer():
        await asyncio.sleep(0)
        return 42

    async def inside_a_running_loop():
        return _run_to_end(answer())

    assert _run_to_end(answer()) == 42
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(asyncio.run, inside_a_running_loop()).result() == 42
