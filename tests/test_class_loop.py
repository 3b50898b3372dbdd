"""A class's week in a real browser, in Kazakh and in Russian: the student in JupyterLab, the teacher in Formgrader.

For each language a course is made with ``course new`` (one module, one student) and two JupyterLab servers
start on loopback: the teacher's in the course folder (Formgrader) and the student's in an empty home folder,
sharing an nbgrader exchange in a temporary folder (the student's id comes from their server's nbgrader config,
as on a school server with one account per student). Debian's Chromium, driven by Playwright, then

1. as the teacher, releases the assignment in Formgrader;
2. as the student, fetches it in the Assignments panel, opens it, types answers (one right, one wrong, one with
   a typo) and a written answer, runs each test cell and reads its message, in the course language only;
   presses Validate; submits;
3. as the teacher, collects, autogrades the submission in Formgrader, grades the written answer by its rubric
   with a comment, generates and releases the feedback; exports the grades; opens the class report;
4. as the student, fetches the feedback and reads it: their scores, the teacher's comment, the checker's
   messages, and no solution, hidden test or rubric.

At no point can the student's server read the course folder, the exchange or another student's work.
Screenshots of each step go to ``build/screenshots/loop-<lang>-*.png`` (test artifacts, not in git).
"""

from __future__ import annotations

import csv
import json
import re
import time
import urllib.error
from dataclasses import dataclass
from pathlib import Path

import pytest

from curriculum.new_course import new_course

from .browser import VIEWPORT, require_browser, screenshot
from .headless_lab import HeadlessLab

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MODULE = "math-07-takt"
NOTEBOOK = "takt"
WAIT_MS = 120_000
KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
ENGLISH_WORDS = re.compile(r"\b(the|answer|should|correct|not|your|value|expected)\b", re.IGNORECASE)

# what each student types: one right answer, one wrong (not converted to hours), one typo, and the written answer
ANSWERS = {
    "kk": {"takt-time": "takt = 27000 * ureg.s / demand", "rate": "k = (3600 / cycle_b) / ureg.s",
           "target-time": 't_target = "7,4,0 сағ"',
           "slope-intercept": "k: сағатына 50 автомобиль, графиктің көлбеулігі. b: ауысым басындағы буфердегі 30 автомобиль."},
    "ru": {"takt-time": "takt = 27000 * ureg.s / demand", "rate": "k = (3600 / cycle_b) / ureg.s",
           "target-time": 't_target = "7,4,0 ч"',
           "slope-intercept": "k: 50 автомобилей в час, наклон графика. b: 30 автомобилей в буфере в начале смены."},
}
STUDENTS = {"kk": "aigerim", "ru": "ivan"}
COMMENTS = {"kk": "Жақсы: k мен b дұрыс түсіндірілген, бірақ дөңгелектеу туралы жазылмаған.",
            "ru": "Хорошо: k и b объяснены верно, но об округлении ничего не сказано."}


@dataclass
class Classroom:
    lang: str
    course: Path
    course_id: str
    exchange: Path
    teacher: HeadlessLab
    student: HeadlessLab
    student_id: str
    shots: list[str]

    def shot(self, page, step: str) -> None:
        self.shots.append(str(screenshot(page, f"loop-{self.lang}-{step}")))


@pytest.fixture(params=["kk", "ru"])
def classroom(request, tmp_path_factory):
    lang = request.param
    require_browser()
    tmp = tmp_path_factory.mktemp(f"class-{lang}")
    student_id, course_id = STUDENTS[lang], f"loop-{lang}"
    manifest = tmp / "class.yml"
    manifest.write_text(f"course: {course_id}\nlanguage: {lang}\nmodules: [{MODULE}]\nstudents: [{student_id}]\n",
                        encoding="utf-8")
    made = new_course(manifest, tmp / "course")
    assert made.ok, made.steps
    exchange, cache = tmp / "exchange", tmp / "cache"
    exchange.mkdir()
    cache.mkdir()
    exchange_config = f"c.Exchange.root = {str(exchange)!r}\nc.Exchange.cache = {str(cache)!r}\n"
    teacher = HeadlessLab(tmp / "teacher", root=made.root, nbgrader_config=exchange_config)
    student_home = tmp / "student-home"
    student_home.mkdir()
    student = HeadlessLab(tmp / "student", root=student_home,
                          nbgrader_config=exchange_config + f"c.CourseDirectory.student_id = {student_id!r}\n")
    with teacher, student:
        yield Classroom(lang, made.root, course_id, exchange, teacher, student, student_id, [])


# -- JupyterLab, through its own application object ------------------------------------------------------------

CELL_JS = """
([path, gid]) => {
  for (const w of window.jupyterapp.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content) {
      const cells = w.content.widgets;
      for (let i = 0; i < cells.length; i++) {
        const m = cells[i].model.getMetadata('nbgrader');
        if (gid === null ? cells[i].model.type === 'code' : (m && m.grade_id === gid)) {
          return [i, cells[i].model.type];
        }
      }
    }
  }
  return [-1, null];
}
"""

STATE_JS = """
([path, index]) => {
  for (const w of window.jupyterapp.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content) {
      const kernel = w.sessionContext.session && w.sessionContext.session.kernel;
      const cell = w.content.widgets[index];
      return {status: kernel ? kernel.status : 'none', count: cell.model.executionCount === undefined ? null
              : cell.model.executionCount, dirty: w.context.model.dirty};
    }
  }
  return null;
}
"""


def _manual_grade(course: Path, student: str, assignment: str) -> tuple[float | None, str | None]:
    """The written answer's manual score and comment as the gradebook holds them."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        grade = gb.find_grade("slope-intercept", NOTEBOOK, assignment, student)
        comment = gb.find_comment("slope-intercept", NOTEBOOK, assignment, student)
        return grade.manual_score, comment.manual_comment


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.2)


def _run_active_cell(page, path: str, index: int) -> None:
    """Shift+Enter on the active cell, then wait until it has run and the kernel is idle."""
    before = page.evaluate(STATE_JS, [path, index])["count"]
    page.keyboard.press("Shift+Enter")

    def done():
        state = page.evaluate(STATE_JS, [path, index])
        return state["status"] == "idle" and state["count"] is not None and state["count"] != before
    _wait(done, 120, f"running cell {index} of {path}")


def _cell(page, index: int):
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell").nth(index)


def _click_into(page, path: str, gid: str | None) -> int:
    """Click into the cell of ``gid`` (the first code cell for None) as a student would: its editor is focused."""
    index, kind = page.evaluate(CELL_JS, [path, gid])
    assert index >= 0, f"no cell {gid} in {path}"
    cell = _cell(page, index)
    cell.scroll_into_view_if_needed()
    if kind == "markdown":  # select the rendered cell, then Enter opens its editor
        cell.locator(".jp-InputPrompt").click()
        page.keyboard.press("Enter")
    else:
        cell.locator(".jp-InputArea-editor").click()
    cell.locator(".cm-editor.cm-focused").wait_for()
    return index


def _type_into(page, path: str, gid: str, text: str) -> int:
    """Replace the text of the answer cell of ``gid`` as a student would: click into it, select all, type."""
    index = _click_into(page, path, gid)
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(text)
    return index


def _output(page, index: int) -> str:
    return _cell(page, index).locator(".jp-OutputArea").inner_text()


def _assert_in_language(text: str, lang: str, where: str) -> None:
    assert text.strip(), f"{where}: no message"
    assert re.search("[А-Яа-яЁё]", text), f"{where}: not in {lang}: {text!r}"
    if lang == "kk":
        assert KAZAKH_ONLY.search(text), f"{where}: not Kazakh: {text!r}"
    else:
        assert not KAZAKH_ONLY.search(text), f"{where}: Kazakh letters in a Russian course: {text!r}"
    english = ENGLISH_WORDS.findall(text.replace("Traceback", ""))
    assert not english, f"{where}: English words {english} in a {lang} course: {text!r}"


def _open_lab(context, lab: HeadlessLab, path: str = ""):
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    # A fresh server has no workspace to reset; and with ?reset left in the address, a click on a link of the
    # Assignments panel ("#nbgrader-...", which expands the assignment's notebooks) reloads JupyterLab.
    page.goto(f"{lab.url}/lab{'/tree/' + path if path else ''}?token={lab.token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=WAIT_MS)
    page.evaluate("async () => { await window.jupyterapp.started; await window.jupyterapp.restored; }")
    return page


def _formgrader(page, lab: HeadlessLab, where: str):
    """Formgrader's frame inside JupyterLab (opened from the Nbgrader menu's command), showing ``where``."""
    frame_element = page.locator(".jp-MainAreaWidget:has-text('') iframe[src*='formgrader'], iframe[src*='formgrader']")
    if not frame_element.count():
        page.evaluate("() => window.jupyterapp.commands.execute('nbgrader:open-formgrader')")
        frame_element.first.wait_for(state="attached")
    frame = frame_element.first.element_handle().content_frame()
    frame.goto(f"{lab.url}/formgrader/{where}")
    frame.wait_for_load_state()
    return frame


def _close_modal(frame, expect_text: str) -> None:
    modal = frame.locator(".modal.in, .modal.show").last
    modal.wait_for(state="visible")
    body = modal.inner_text()
    assert expect_text in body, body[-2000:]
    modal.locator(".modal-footer button").last.click()
    modal.wait_for(state="hidden")


def _assignment_row(frame, assignment: str):
    row = frame.locator(f"tr:has(td.name:has-text('{assignment}'))")
    row.wait_for()
    return row


# -- the loop -------------------------------------------------------------------------------------------------


def test_students_and_teachers_loop_in_the_browser(classroom, chromium):
    lang, assignment = classroom.lang, MODULE
    teacher_ctx, student_ctx = chromium.new_context(viewport=VIEWPORT), chromium.new_context(viewport=VIEWPORT)
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    teacher = _open_lab(teacher_ctx, classroom.teacher)
    student = _open_lab(student_ctx, classroom.student)
    try:
        # 1. the teacher releases the assignment
        frame = _formgrader(teacher, classroom.teacher, "manage_assignments")
        row = _assignment_row(frame, assignment)
        row.locator("td.release a").click()
        row.locator("td.status:has-text('released')").wait_for()
        classroom.shot(teacher, "1-released")
        timings["released"] = time.monotonic() - t0

        # 2. the student fetches, answers, checks, validates and submits
        student.evaluate("() => window.jupyterapp.commands.execute('nbgrader:open-assignment-list')")
        released = student.locator("#released_assignments_list > .list_item")
        released.first.wait_for()
        assert released.first.locator(".item_name").inner_text().strip() == assignment
        released.first.locator(".item_status button").click()  # Fetch
        fetched = student.locator("#fetched_assignments_list > .list_item")
        fetched.first.wait_for()
        fetched.first.locator(".assignment-notebooks-link").click()
        student.locator(f"#fetched_assignments_list .nested_list_item a:text-is('{NOTEBOOK}')").click()
        path = f"{assignment}/{NOTEBOOK}.ipynb"
        student.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell")
        _wait(lambda: student.evaluate(STATE_JS, [path, 0]) and student.evaluate(STATE_JS, [path, 0])["status"] == "idle",
              120, "the student's kernel starting")
        fetched_nb = json.loads((classroom.student.root / path).read_text(encoding="utf-8"))
        fetched_text = json.dumps(fetched_nb, ensure_ascii=False)
        for secret in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME", "design = {'cycle_s': 70.0, 'buffer': 20.0}"):
            assert secret not in fetched_text, f"the fetched notebook shows {secret!r}"
        setup = _click_into(student, path, None)
        _run_active_cell(student, path, setup)
        parameters = _click_into(student, path, "parameters")  # the student's own numbers (docs/variants.md)
        _run_active_cell(student, path, parameters)
        messages = {}
        for gid in ("takt-time", "rate", "target-time"):
            index = _type_into(student, path, gid, ANSWERS[lang][gid])
            _run_active_cell(student, path, index)            # the answer; the test cell below is now active
            _run_active_cell(student, path, index + 1)        # the test cell
            messages[gid] = _output(student, index + 1)
            _assert_in_language(messages[gid], lang, f"{gid}-test")
        assert "✓" in messages["takt-time"] and "Error" not in messages["takt-time"], messages["takt-time"]
        assert "AnswerError" in messages["rate"], messages["rate"]
        assert "AnswerError" in messages["target-time"], messages["target-time"]
        written = _type_into(student, path, "slope-intercept", ANSWERS[lang]["slope-intercept"])
        student.keyboard.press("Shift+Enter")  # renders the written answer
        _cell(student, written).locator(".jp-MarkdownOutput").wait_for()
        student.keyboard.press("Control+s")
        _wait(lambda: not student.evaluate(STATE_JS, [path, written])["dirty"], 30, "saving the notebook")
        classroom.shot(student, "2-answered")
        timings["answered"] = time.monotonic() - t0

        student.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Toolbar").get_by_text("Validate").click()
        dialog = student.locator(".nbgrader-ErrorDialog, .nbgrader-SuccessDialog")
        dialog.wait_for(timeout=WAIT_MS)
        assert "nbgrader-ErrorDialog" in dialog.get_attribute("class")  # two answers are still wrong
        failed = student.locator("#validation-message .jp-RenderedText").all_inner_texts()
        assert failed, "Validate lists no failing cell"
        classroom.shot(student, "3-validated")
        dialog.locator("button.jp-Dialog-button").last.click()

        student.locator(".lm-TabBar-tab:has-text('Assignments')").click()
        student.locator("#refresh_assignments_list").click()
        fetched.first.locator(".item_status button:text-is('Submit')").click()
        submitted = student.locator("#submitted_assignments_list > .list_item")
        submitted.first.wait_for()
        classroom.shot(student, "4-submitted")
        timings["submitted"] = time.monotonic() - t0

        # 3. the teacher collects, autogrades, grades the written answer, and gives feedback
        frame = _formgrader(teacher, classroom.teacher, "manage_assignments")
        row = _assignment_row(frame, assignment)
        row.locator("td.collect a").click()
        _close_modal(frame, classroom.student_id)
        frame = _formgrader(teacher, classroom.teacher, f"manage_submissions/{assignment}")
        row = frame.locator(f"tr:has(td.student-id:has-text('{classroom.student_id}'))")
        row.locator("td.autograde a").click()
        _close_modal(frame, "Successfully autograded")
        row.locator("td.status:has-text('needs manual grading'), td.status:has-text('graded')").first.wait_for()
        timings["autograded"] = time.monotonic() - t0

        frame = _formgrader(teacher, classroom.teacher, f"gradebook/{assignment}/{NOTEBOOK}")
        frame.locator("td.name a").first.click()
        frame.locator("#slope-intercept").wait_for()
        page_text = frame.locator("body").inner_text()
        rubric = {"kk": "1 ұпай", "ru": "1 балл"}[lang]
        assert rubric in page_text, "the rubric is not shown above the written answer"
        assert ANSWERS[lang]["slope-intercept"][:30] in page_text
        frame.locator("#slope-intercept").fill("2")
        frame.locator("#slope-intercept-comment").fill(COMMENTS[lang])
        frame.locator("#slope-intercept-comment").press("Tab")  # leaving the fields saves them
        # Formgrader's "saved" ticks fade out after a second, so the gradebook itself says when both were saved
        _wait(lambda: _manual_grade(classroom.course, classroom.student_id, assignment) == (2.0, COMMENTS[lang]),
              WAIT_MS / 1000, "saving the score and the comment")
        classroom.shot(teacher, "5-manual-grade")

        frame = _formgrader(teacher, classroom.teacher, "manage_assignments")
        row = _assignment_row(frame, assignment)
        row.locator("td.generate-feedback a").click()
        _close_modal(frame, "feedback")
        row = _assignment_row(frame, assignment)
        row.locator("td.release-feedback a").click()
        _close_modal(frame, "feedback")
        timings["feedback released"] = time.monotonic() - t0

        from curriculum.course import Course

        grades = Course(classroom.course).export_csv(classroom.course / "grades.csv")
        with grades.open(encoding="utf-8") as fh:
            rows = {r["student_id"]: r for r in csv.DictReader(fh)}
        assert float(rows[classroom.student_id]["score"]) >= 2 + 1  # the written answer's 2 and the right takt

        from curriculum.report.build import build_report

        report = build_report(classroom.course, None)
        report_page = teacher_ctx.new_page()
        report_page.goto(f"{classroom.teacher.url}/files/{report.html.relative_to(classroom.course).as_posix()}"
                         f"?token={classroom.teacher.token}")
        heading = report_page.locator("h1").inner_text()
        _assert_in_language(heading + " " + report_page.locator("#summary h2").inner_text(), lang, "the class report")
        classroom.shot(report_page, "6-report")
        report_page.close()

        # 4. the student fetches the feedback and reads it
        student.locator(".lm-TabBar-tab:has-text('Assignments')").click()
        student.locator("#refresh_assignments_list").click()
        submitted.first.locator(".item_status button:text-is('Fetch Feedback')").click()
        feedback_files = _wait(lambda: sorted((classroom.student.root / assignment / "feedback").rglob("*.html")),
                               60, "the feedback arriving")
        feedback_page = student_ctx.new_page()
        feedback_page.goto(f"{classroom.student.url}/files/"
                           f"{feedback_files[-1].relative_to(classroom.student.root).as_posix()}?token={classroom.student.token}")
        text = feedback_page.locator("body").inner_text()
        assert COMMENTS[lang] in text, "the teacher's comment is not in the feedback"
        assert ANSWERS[lang]["slope-intercept"][:30] in text
        for secret in ("BEGIN HIDDEN TESTS", "MARK SCHEME", rubric + ":", "clear_cut", "design = {'cycle_s': 70.0, 'buffer': 20.0}"):
            assert secret not in text, f"the feedback shows {secret!r}"
        rate_message = messages["rate"].strip().splitlines()[-1]
        assert rate_message.split(":", 1)[-1].strip()[:20] in text, "the checker's message is not in the feedback"
        # the page is in the course language, its maths drawn by the browser (MathML, no script, no network)
        assert feedback_page.locator("html").get_attribute("lang") == {"kk": "kk-Cyrl", "ru": "ru"}[lang]
        _assert_in_language(feedback_page.locator("header").inner_text(), lang, "the feedback page's summary")
        maths = feedback_page.locator("main math")
        assert maths.count() and (maths.first.bounding_box() or {}).get("width", 0) > 0, "maths not drawn"
        prose = " ".join(feedback_page.locator(".rendered_html").all_inner_texts())
        assert not re.search(r"\$[^$\s][^$]*\$", prose), "maths left as $...$ on the feedback page"
        classroom.shot(feedback_page, "7-feedback")
        feedback_page.close()
        timings["feedback read"] = time.monotonic() - t0

        # nothing outside the student's own folder is reachable from their server
        for outside in ("..", f"../../{classroom.course.name}", "../exchange"):
            try:
                classroom.student.api("GET", f"/api/contents/{outside}")
                raise AssertionError(f"the student's server reads {outside}")
            except urllib.error.HTTPError as exc:
                assert exc.code in (400, 403, 404), exc.code
        print(f"\n{lang}: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    except BaseException:
        for page, who in ((teacher, "teacher"), (student, "student")):
            try:
                screenshot(page, f"loop-{lang}-FAILED-{who}")
            except Exception:  # noqa: BLE001
                pass
        print(f"teacher server log:\n{classroom.teacher.log_tail(60)}\nstudent server log:\n{classroom.student.log_tail(60)}")
        raise
    finally:
        teacher_ctx.close()
        student_ctx.close()
