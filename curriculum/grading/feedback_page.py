"""The feedback page: nbconvert's HTML export, without re-reading a page that its last step would leave as it is.

After rendering a page, nbconvert's ``HTMLExporter`` reads all of it again with BeautifulSoup's
pure-Python parser for an accessibility pass: an image without alternative text gets one, and
the cells of JupyterLab-style templates become focusable. nbgrader's feedback template is the
classic one, so on a page without images the pass finds nothing to change, and it still costs
about 0.05 s of CPU per submission here, close to half of making the feedback.

:class:`FeedbackExporter` is ``HTMLExporter`` itself; the pass, nbconvert's own code, runs on every
page that has an image or a JupyterLab cell, and any other page is written as rendered. The
course's ``nbgrader_config.py`` makes it the feedback's exporter, for ``curriculum grade`` and
``nbgrader generate_feedback`` alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import nbconvert.exporters.html as nbconvert_html
from nbconvert.exporters import HTMLExporter

# what nbconvert's pass selects: img:not([alt]), .jp-Notebook div.jp-Cell-inputWrapper, ... div.jp-OutputArea-output
NEEDS_PASS = re.compile(r"<img\b|jp-Cell-inputWrapper|jp-OutputArea-output", re.IGNORECASE)
_BeautifulSoup = nbconvert_html.BeautifulSoup  # nbconvert's own, put back after every export


class _Unchanged(str):
    """A page the pass would not change, standing in for its parse: nothing to select, written as it is."""

    def select(self, _selector: str) -> list[Any]:
        return []


def _parse_when_needed(markup: str, *args: Any, **kwargs: Any) -> Any:
    if NEEDS_PASS.search(markup):
        return _BeautifulSoup(markup, *args, **kwargs)
    return _Unchanged(markup)


@contextmanager
def _pass_only_when_needed() -> Iterator[None]:
    nbconvert_html.BeautifulSoup = _parse_when_needed
    try:
        yield
    finally:
        nbconvert_html.BeautifulSoup = _BeautifulSoup


class FeedbackExporter(HTMLExporter):
    """``HTMLExporter`` whose accessibility pass skips pages with no image and no JupyterLab cell."""

    def from_notebook_node(self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any) -> tuple[str, dict[str, Any]]:
        with _pass_only_when_needed():
            return super().from_notebook_node(nb, resources, **kw)
