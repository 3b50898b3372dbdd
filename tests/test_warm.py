"""What a grading worker pays for once: compiled feedback templates (curriculum.grading.warm)."""

from __future__ import annotations

import jinja2
import nbformat.v4 as v4
from nbconvert import HTMLExporter

from curriculum.grading.warm import TEMPLATE_CACHE, share_compiled_templates


def test_feedback_templates_are_compiled_once_per_worker_and_render_the_same(monkeypatch):
    share_compiled_templates()
    share_compiled_templates()  # twice is the same as once
    TEMPLATE_CACHE.clear()
    compiled: list[str] = []
    compile_ = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name or "")
        return compile_(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    nb = v4.new_notebook(cells=[v4.new_code_cell("x = 1"), v4.new_markdown_cell("*feedback*")])
    first, _ = HTMLExporter().from_notebook_node(nb)  # a new exporter per notebook, as nbgrader makes them
    after_first = len(compiled)
    second, _ = HTMLExporter().from_notebook_node(nb)
    assert after_first > 0 and len(compiled) == after_first, compiled[after_first:]
    assert first == second
