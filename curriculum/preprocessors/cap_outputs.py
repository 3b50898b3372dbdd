"""Output caps by bytes in nbgrader's pipelines (see :mod:`curriculum.grading.output_caps`).

* :class:`CappedExecute` is nbgrader's ``Execute`` that holds each cell's output to its cap while
  it arrives from the kernel: a 200 MB line or a million prints are counted, not kept.
* :class:`CapOutputs` caps a whole notebook (each cell, then the notebook) after execution in
  autograding, and before feedback is written (for notebooks graded some other way).

Both read the limits from ``c.OutputLimits`` in ``nbgrader_config.py`` and write their notes in
the course language (``c.CourseLanguage.language``, else the language the notebook's setup cell sets).
"""

from __future__ import annotations

import os
import re
from typing import Any

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode, from_dict
from jupyter_core.utils import run_sync
from nbgrader.preprocessors import Execute, IgnorePattern
from traitlets import Bool, Integer
from traitlets.config import Configurable

from ..grading.output_caps import NOTE_RESERVE, CellCap, OutputCaps, cap_notebook


class OutputLimits(Configurable):
    """How much output a graded notebook keeps (``c.OutputLimits.cell_bytes = ...`` in ``nbgrader_config.py``)."""

    cell_bytes = Integer(OutputCaps.cell_bytes, help="bytes of output one cell keeps").tag(config=True)
    cell_lines = Integer(OutputCaps.cell_lines, help="lines of text output one cell keeps").tag(config=True)
    notebook_bytes = Integer(OutputCaps.notebook_bytes, help="bytes of output one notebook keeps").tag(config=True)
    traceback_lines = Integer(OutputCaps.traceback_lines, help="lines of one traceback kept").tag(config=True)
    record_bytes = Integer(OutputCaps.record_bytes, help="bytes of one answer record kept for the grader").tag(config=True)

    def caps(self) -> OutputCaps:
        return OutputCaps(self.cell_bytes, self.cell_lines, self.notebook_bytes, self.traceback_lines, self.record_bytes)


def notes_language(parent: Configurable, nb: NotebookNode) -> str | None:
    from ..course_language import CourseLanguage
    from .decide_tests import notebook_language

    return CourseLanguage(parent=parent).language or notebook_language(nb) or None


class CapOutputs(Preprocessor):
    """Hold every cell, and the notebook, to the course's output limits, with a note where output was cut."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        cut = cap_notebook(nb, OutputLimits(parent=self).caps(), notes_language(self, nb), wrap=from_dict)
        if cut:
            self.log.warning("Output cut to the course's limits: %d bytes left out", cut)
        return nb, resources


KERNEL_CAPS = "--IPKernelApp.extensions=curriculum.grading.kernel_caps"


class CappedExecute(Execute):
    """nbgrader's ``Execute``, holding each cell's output to its cap while it arrives."""

    # a graded notebook keeps its widgets' outputs but not their state (nbclient's default keeps it: about 100 KB of
    # a lab's picture in every student's graded copy, copied and checked again at every step); nobody sees a lab
    # there: Formgrader has no live kernel and the feedback page shows a lab as a note
    store_widget_state = Bool(False, help="Keep the widgets' state in the graded notebook's metadata").tag(config=True)

    def _caps(self) -> tuple[OutputCaps, str | None]:
        if getattr(self, "_caps_for", None) is not self.nb:
            self._caps_for = self.nb
            self._caps_value = (OutputLimits(parent=self).caps(), notes_language(self, self.nb))
            ignore = IgnorePattern(parent=self)
            pattern = re.compile(ignore.pattern) if ignore.enabled and ignore.pattern else None
            self._ignored = (lambda text: bool(pattern.search(text))) if pattern else None
            self._cell_caps: dict[int, CellCap] = {}
        return self._caps_value

    def output(self, outs: list, msg: dict, display_id: str | None, cell_index: int) -> Any:
        caps, lang = self._caps()
        cleared = self.clear_before_next_output  # clear_output(wait=True): the cell starts again with this output
        out = super().output(outs, msg, display_id, cell_index)
        if out is None or not outs or outs[-1] is not out:
            return out
        cap = self._cell_caps.get(cell_index)
        if cap is None or cap.outputs is not outs or (cleared and len(outs) == 1):
            cap = self._cell_caps[cell_index] = CellCap(caps, lang, merge=False, ignored=self._ignored)
            cap.outputs = outs  # the cell's own list: what CellCap keeps is what the cell keeps
        outs.pop()
        before = len(outs)
        kept = cap.add(out)
        if kept is not None and len(outs) > before:  # a new output (not text added to the last stream)
            outs[-1] = from_dict(kept)
        if display_id and len(outs) <= before:  # left out or merged: updates to this display go nowhere
            self.clear_display_id_mapping(cell_index)
        return outs[-1] if kept is not None and outs else None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """The kernel caps each stream at its source too (:mod:`curriculum.grading.kernel_caps`): half a cell's bytes
        each for stdout and stderr, less the room for the notes, so the caps here rarely need to cut again.

        Kernels talk over Unix sockets in a private folder (:class:`~curriculum.grading.kernels.GradingKernelManager`),
        as the grader's do: no port to race for, and no "Kernel is running over TCP without encryption" warning
        from every kernel that Formgrader or ``nbgrader autograde`` starts."""
        from ..grading.kernels import GradingKernelManager

        kwargs.setdefault("kernel_manager_class", GradingKernelManager)
        super().__init__(*args, **kwargs)
        from ..grading.kernel_caps import ENV

        caps = OutputLimits(parent=self).caps()
        os.environ[ENV] = str(max((caps.cell_bytes - NOTE_RESERVE) // 2, 1024))
        if KERNEL_CAPS not in self.extra_arguments:  # a plain kernel loads it; the fork server's kernels have it
            self.extra_arguments = [*self.extra_arguments, KERNEL_CAPS]

    def clear_output(self, outs: list, msg: dict, cell_index: int) -> None:
        super().clear_output(outs, msg, cell_index)
        if not outs:  # cleared at once: the cell's output starts again, and so does its cap
            self._cell_caps.pop(cell_index, None)

    async def async_execute_cell(self, cell: NotebookNode, cell_index: int, *args: Any, **kwargs: Any) -> NotebookNode:
        self._caps()
        self._cell_caps.pop(cell_index, None)
        try:
            return await super().async_execute_cell(cell, cell_index, *args, **kwargs)
        finally:
            cap = self._cell_caps.pop(cell_index, None)
            if cap is not None and cap.outputs is cell.outputs:
                result = cap.finish()
                if result.cut:
                    cell.outputs[:] = [from_dict(o) for o in result.outputs]

    execute_cell = run_sync(async_execute_cell)  # nbclient binds its own at class creation: bind this one
