"""The feedback page's exporter: nbconvert's HTML, with its accessibility pass skipped only where it changes nothing."""

from __future__ import annotations

import base64

import nbconvert.exporters.html as nbconvert_html
import nbformat.v4 as v4
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

from curriculum.grading.feedback_page import FeedbackExporter

PIXEL = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a5b40000000049454e44ae426082")).decode()


def _notebook(with_image: bool):
    cells = [v4.new_markdown_cell("## Тежеу жолы / Тормозной путь\n\n*s = v²/(2a)* & <b>bold</b>&nbsp;text"),
             v4.new_code_cell("s = 20**2 / (2 * 7.5)\nprint(s)", outputs=[v4.new_output("stream", text="26.666\n")])]
    if with_image:
        cells[1].outputs.append(v4.new_output("display_data", data={"image/png": PIXEL}))
    return v4.new_notebook(cells=cells)


def _both(nb, template="classic"):
    ours, _ = FeedbackExporter(template_name=template).from_notebook_node(nb)
    theirs, _ = HTMLExporter(template_name=template).from_notebook_node(nb)
    return ours, theirs


def test_a_page_the_pass_would_not_change_is_the_same_page():
    ours, theirs = _both(_notebook(with_image=False))
    assert ours != theirs  # not parsed a second time...
    assert str(BeautifulSoup(ours, features="html.parser")) == theirs  # ...and exactly what the pass would write
    assert "No description has been provided" not in theirs


def test_pages_with_images_or_jupyterlab_cells_get_nbconvert_s_pass():
    ours, theirs = _both(_notebook(with_image=True))
    assert ours == theirs
    assert 'alt="No description has been provided for this image"' in ours
    lab_ours, lab_theirs = _both(_notebook(with_image=False), template="lab")
    assert lab_ours == lab_theirs and 'tabindex="0"' in lab_ours


def test_the_exporter_leaves_nbconvert_as_it_was():
    FeedbackExporter(template_name="classic").from_notebook_node(_notebook(with_image=False))
    assert nbconvert_html.BeautifulSoup is BeautifulSoup
    plain, _ = HTMLExporter(template_name="classic").from_notebook_node(_notebook(with_image=False))
    assert plain == str(BeautifulSoup(plain, features="html.parser"))
