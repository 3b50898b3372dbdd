"""The feedback page's exporter: our template in the course language, maths as MathML, nothing from the network, and
nbconvert's accessibility pass skipped only where it would change nothing."""

from __future__ import annotations

import base64
import re

import nbconvert.exporters.html as nbconvert_html
import nbformat
import nbformat.v4 as v4
import pytest
from bs4 import BeautifulSoup
from traitlets.config import Config

from curriculum.grading import feedback_page
from curriculum.grading.feedback_page import FeedbackExporter, items, latex_output, mathml
from curriculum.paths import REPO_ROOT
from curriculum.preprocessors import ApplyCourseLanguage

PIXEL = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a5b40000000049454e44ae426082")).decode()
# what nbgrader's own feedback template writes, which a kk or ru page must not
NBGRADER_ENGLISH = ("Score:", "Student's answer", "Test cell", "Comments:", "(Top)", "Written response",
                    "Coding free-response", "No description has been provided")
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


class _AlwaysPass(FeedbackExporter):
    skip_needless_pass = False


def _notebook(with_image: bool = False, html_image: bool = False):
    cells = [v4.new_markdown_cell("## Тежеу жолы\n\n*s = v²/(2a)* & <b>bold</b>&nbsp;text, $s = \\frac{v^2}{2a}$"),
             v4.new_code_cell("s = 20**2 / (2 * 7.5)\nprint(s)", outputs=[v4.new_output("stream", text="26.666\n")])]
    if with_image:
        cells[1].outputs.append(v4.new_output("display_data", data={"image/png": PIXEL}))
    if html_image:
        cells.append(v4.new_markdown_cell(f'<img src="data:image/png;base64,{PIXEL}">'))
    return v4.new_notebook(cells=cells)


def _export(nb, exporter=FeedbackExporter, lang: str = "en", **resources):
    config = Config()
    config.CourseLanguage.language = lang
    info = {"notebook": "braking", "score": 2.5, "max_score": 4.0, "late_penalty": 0.0, **resources}
    page, _ = exporter(config=config).from_notebook_node(nb, resources={"nbgrader": info})
    return page


def test_a_page_the_pass_would_not_change_is_written_as_rendered(monkeypatch):
    parsed = []
    monkeypatch.setattr(feedback_page, "_BeautifulSoup", lambda *a, **k: parsed.append(1) or BeautifulSoup(*a, **k))
    nb = _notebook(with_image=True)
    ours = _export(nb)
    assert not parsed  # every image has its alternative text already: the page is not read again
    theirs = _export(nb, _AlwaysPass)
    assert str(BeautifulSoup(ours, features="html.parser")) == theirs  # what the pass would write
    assert 'alt="No description' not in theirs


def test_an_image_without_alternative_text_still_gets_nbconvert_s_pass():
    nb = _notebook(html_image=True)
    page = _export(nb)
    assert page == _export(nb, _AlwaysPass)
    assert 'alt="No description has been provided for this image"' in page  # nbconvert's own, on an HTML <img>


def test_the_exporter_leaves_nbconvert_as_it_was():
    _export(_notebook())
    assert nbconvert_html.BeautifulSoup is BeautifulSoup
    plain, _ = nbconvert_html.HTMLExporter(template_name="classic").from_notebook_node(_notebook())
    assert plain == str(BeautifulSoup(plain, features="html.parser"))
    assert "$s = \\frac{v^2}{2a}$" in plain  # nbconvert's own page still leaves maths to MathJax


def _graded(lang: str):
    """The released takt assignment in one language, as GetGrades leaves it: scores, and a comment on the written answer."""
    nb = nbformat.read(REPO_ROOT / "release" / "math-07-takt" / "takt.ipynb", as_version=4)
    config = Config()
    config.CourseLanguage.language = lang
    nb, _ = ApplyCourseLanguage(config=config).preprocess(nb, {})
    for cell in nb.cells:
        info = cell.metadata.get("nbgrader", {})
        if info.get("grade") or info.get("task"):
            info["score"] = info["points"] / 2
            if info.get("solution") and cell.cell_type == "markdown":
                info["comment"] = "$k$ = 50"
    return nb


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_page_is_in_the_course_language_with_maths_and_nothing_from_the_network(lang):
    page = _export(_graded(lang), lang=lang, score=6.5, max_score=12.0)
    soup = BeautifulSoup(page, features="html.parser")
    assert soup.html["lang"] == {"kk": "kk-Cyrl", "ru": "ru", "en": "en"}[lang]
    summary = soup.select_one("header.feedback-summary").get_text(" ")
    points = {"kk": "Ұпай: 6,5 / 12", "ru": "Баллы: 6,5 / 12", "en": "Points: 6.5 / 12"}[lang]
    assert points in summary
    if lang != "en":
        assert KAZAKH.search(summary) if lang == "kk" else not KAZAKH.search(summary)
        found = [word for word in NBGRADER_ENGLISH if word in page]
        assert not found, f"nbgrader's English in a {lang} page: {found}"
    # each graded item is listed under its task's heading, with a link to it and to the teacher's comment
    links = soup.select("nav ol.feedback-items li a")
    targets = {a["href"][1:] for a in links}
    assert {"takt-time-test", "rate-test", "comment-slope-intercept"} <= targets
    assert all(soup.find(id=target) is not None for target in targets), "a summary link leads nowhere"
    headings = [h.get_text(" ").strip() for h in soup.select(".rendered_html h1, .rendered_html h2, .rendered_html h3")]
    assert links[0].get_text(" ").strip() in headings, "an item is not named by its task's heading"
    # maths is MathML, in text, comments and headings; no $...$ is left for a script that is not there
    assert soup.select(".rendered_html math") and soup.select(".item-comment math")
    texts = " ".join(t.get_text(" ") for t in soup.select(".rendered_html"))
    assert not re.search(r"\$[^$]+\$", texts), re.findall(r"\$[^$]+\$", texts)[:3]
    assert not soup.find("script"), "the page runs a script"
    fetched = [tag.get("src") or tag.get("href") for tag in soup.find_all(["script", "link", "img", "iframe"])]
    assert not [url for url in fetched if url and not url.startswith(("data:", "#"))], fetched


def test_items_name_the_task_each_graded_cell_belongs_to():
    answer = v4.new_code_cell("x = 1", metadata={"nbgrader": {"grade_id": "a", "solution": True, "grade": False}})
    check = v4.new_code_cell("assert x", metadata={"nbgrader": {"grade_id": "a-test", "grade": True, "points": 2,
                                                                "score": 1.5}})
    written = v4.new_markdown_cell("…", metadata={"nbgrader": {"grade_id": "w", "grade": True, "solution": True,
                                                               "points": 3, "score": None, "comment": "Good."}})
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("## Task 1. The **stopping** distance $s_1$ (2 points)"), answer,
                                check, v4.new_markdown_cell("Text.\n\n### Task 2. `why`?"), written])
    found = items(nb)
    assert [(i.anchor, i.kind, i.title, i.score, i.points, i.comment) for i in found] == [
        ("a-test", "check", "Task 1. The stopping distance $s_1$ (2 points)", 1.5, 2.0, False),
        ("w", "written", "Task 2. why?", None, 3.0, True)]


def test_maths_that_cannot_be_read_is_shown_as_code_and_latex_outputs_as_block_maths():
    assert mathml("\\frac{1}{").startswith('<code class="math-source">\\frac{1}{')
    block = latex_output("$\\displaystyle \\frac{3 x}{2}$")
    assert block.startswith("<math") and 'display="block"' in block and "<mfrac>" in block
    nb = v4.new_notebook(cells=[v4.new_code_cell("x", outputs=[v4.new_output(
        "execute_result", data={"text/latex": "$\\displaystyle x^{2}$", "text/plain": "x**2"}, execution_count=1)])])
    page = _export(nb)
    assert "<msup>" in page and "$\\displaystyle" not in page


def test_a_markdown_cell_is_rendered_once_per_process_and_pages_come_out_the_same(monkeypatch):
    """A class's pages share the teacher's text: each markdown cell is parsed once, the pages are what a fresh render
    gives, and a cell with attachments (its images are in the cell) is rendered every time."""
    rendered = []
    render = FeedbackExporter._render_markdown

    def counting(self, cell, source, path):
        rendered.append(source)
        return render(self, cell, source, path)

    nb = _notebook(html_image=True)
    nb.cells.append(v4.new_markdown_cell("![figure](attachment:dot.png)",
                                         attachments={"dot.png": {"image/png": PIXEL}}))
    monkeypatch.setattr(feedback_page, "RENDERED_MARKDOWN", {})
    fresh = _export(nb)  # every cell rendered
    monkeypatch.setattr(FeedbackExporter, "_render_markdown", counting)
    monkeypatch.setattr(feedback_page, "RENDERED_MARKDOWN", {})
    def page(student: str) -> str:  # each student's page is made in their own folder
        info = {"notebook": "braking", "score": 2.5, "max_score": 4.0, "late_penalty": 0.0}
        config = Config()
        config.CourseLanguage.language = "en"
        return FeedbackExporter(config=config).from_notebook_node(
            nb, resources={"nbgrader": info, "metadata": {"path": f"/course/autograded/{student}/gears"}})[0]

    first, second = page("aigerim"), page("bolat")
    assert first == second == fresh
    attached = nb.cells[-1].source
    assert sorted(rendered) == sorted([c.source for c in nb.cells if c.cell_type == "markdown"] + [attached])
    assert first.count(f"data:image/png;base64,{PIXEL}") == 2  # the <img> cell's and the attachment's
