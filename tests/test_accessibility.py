"""axe-core (from npm, ``make setup``) finds no serious or critical accessibility violation in the HTML the package
makes: a released assignment in JupyterLab, the class report and the feedback page. Every lesson with its labs is
checked the same way in ``tests/test_browser.py``, once its labs have been driven (their sliders are our own range
inputs named by their labels, drop-downs and text boxes are named by their ipywidgets descriptions, plots carry a
text alternative: ``curriculum.labs.widgets``).

In JupyterLab only our part of the page is checked (the rendered text of the notebook and the outputs of its cells);
what axe finds in JupyterLab's own interface is printed, as belonging to JupyterLab.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .browser import (OURS_IN_LAB, VIEWPORT, axe_violations, copy_into, open_notebook, require_axe, screenshot,
                      severe)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RELEASED = Path("release/phys-09-braking/braking.ipynb")


@pytest.fixture(scope="module")
def axe_context(chromium):
    """A context of the session's Chromium, once axe-core is there to inject into its pages."""
    require_axe()
    context = chromium.new_context(viewport=VIEWPORT)
    try:
        yield context
    finally:
        context.close()


def test_a_released_assignment_in_jupyterlab_has_no_serious_violation(axe_context, lab_server):
    copy_into(lab_server, RELEASED.parent)
    page = axe_context.new_page()
    page.set_default_timeout(120_000)
    try:
        open_notebook(page, lab_server, RELEASED.as_posix(), run=False)
        page.wait_for_selector(".jp-NotebookPanel .jp-MarkdownOutput")
        ours = axe_violations(page, OURS_IN_LAB)
        theirs = [v for v in axe_violations(page) if v["id"] not in {o["id"] for o in ours}]
        screenshot(page, f"a11y-{RELEASED.stem}")
        print(f"\n{RELEASED}: JupyterLab's own interface: " + "; ".join(f"{v['id']} ({v['impact']})" for v in theirs))
        assert not severe(ours), severe(ours)
    finally:
        page.close()


def test_the_class_report_has_no_serious_violation(axe_context, demo, tmp_path):
    """The class report is ours alone."""
    from curriculum.report.build import build_report

    report = build_report(demo.course_root, None, out=tmp_path / "report")
    page = axe_context.new_page()
    try:
        page.goto(report.html.as_uri())
        found = axe_violations(page)
        print(f"\n{report.html.name}: " + "; ".join(f"{v['id']} ({v['impact']})" for v in found))
        assert not severe(found), severe(found)
    finally:
        page.close()


# rules a feedback page failed with nbgrader's template; asserted at every impact
FEEDBACK_RULES = ("color-contrast", "html-has-lang", "html-lang-valid", "link-in-text-block",
                  "scrollable-region-focusable", "image-alt")


@pytest.mark.parametrize("lang", ["demo", "kk", "ru"])
def test_the_feedback_page_has_no_serious_violation_and_draws_its_maths_offline(axe_context, demo, tmp_path, lang):
    """The demo's feedback, made by `curriculum grade` (nbgrader's pipeline and our exporter), and pages of a kk and
    a ru course made by the exporter from the released assignment: no serious or critical violation, none of the
    rules nbgrader's template broke, maths drawn by the browser (MathML) and nothing asked of the network."""
    from .test_feedback_page import _export, _graded

    if lang == "demo":
        pages = sorted(demo.course_root.glob("feedback/*/math-07-takt/*.html"))
        assert pages, "the demo wrote no feedback for math-07-takt"
        path = pages[0]
    else:
        path = tmp_path / f"takt-{lang}.html"
        path.write_text(_export(_graded(lang), lang=lang, score=6.5, max_score=12.0), encoding="utf-8")
    page = axe_context.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url) if not request.url.startswith(("file:", "data:"))
            else None)
    try:
        page.goto(path.as_uri())
        found = axe_violations(page)
        print(f"\n{path.name} ({lang}): " + "; ".join(f"{v['id']} ({v['impact']})" for v in found))
        assert not severe(found), severe(found)
        assert not [v for v in found if v["id"] in FEEDBACK_RULES], found
        maths = page.locator("main math")
        assert maths.count() > 0, "no maths on the page"
        box = maths.first.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, "the browser did not draw the maths"
        assert not asked, f"the page asked the network for {asked[:5]}"
        screenshot(page, f"feedback-{lang}")
    finally:
        page.close()
