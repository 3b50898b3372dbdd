"""In a graded kernel: what a cell prints is capped at the source, so a flood never crosses the wire.

A 200 MB ``print`` is one 200 MB message: the grader spends seconds receiving and decoding it
(about 10 s here, as long as the course's output timeout) before it can cut it; 20,000 small
``display`` calls are 20,000 messages, each decoded in turn. Graded kernels therefore keep at most
``CURRICULUM_KERNEL_STREAM_BYTES`` of each stream (stdout, stderr) and of displays (and at most 400
displays) per cell (answer records excepted), count the rest, and end the cell with one note in the course language saying
how much was cut. It is a courtesy to accidents, not a defence: a student's code can undo it, and the grader's
own caps (:mod:`curriculum.grading.output_caps`) still hold every notebook to its limits.

Graded kernels also format each error once. IPython 9 formats every error of a cell run with ``store_history`` (as
nbclient runs every cell) twice: once to show it, then again for ``history_manager.exceptions``, the store behind
its history features, which nothing reads in a graded kernel. That second Context traceback costs as much as the
first (a few milliseconds each; an empty submission raises a dozen errors). A graded kernel stores the error's name
and value there, without a traceback (:func:`format_errors_once`); what the notebook shows is unchanged.

Formatting an error asks ``inspect.getmodule`` which module each frame's code belongs to. A cell's code has a file
name of its own that no module has (ipykernel's ``<tmp>/ipykernel_<pid>/<hash>.py``, kept only in ``linecache``), so
each time ``inspect`` goes through every loaded module, about 1,500 with sympy, before it gives up: about 1 ms per
frame, two thirds of the CPU an error costs a graded kernel (measured here: an error cell 7-14 ms, a cell without
one 0.3 ms; a class of 60 raises about 160 errors). A graded kernel answers for a cell's file at once what
``inspect`` answers after that search (:func:`find_cell_modules_at_once`); any other file is ``inspect``'s own search.

The fork server installs all three in every kernel it forks (:func:`install`); a plain kernel started by
``nbgrader autograde`` or Formgrader loads them as an IPython extension (``CappedExecute`` asks for it).
"""

from __future__ import annotations

import os
import sys
from typing import Any

ENV = "CURRICULUM_KERNEL_STREAM_BYTES"
MAX_DISPLAYS = 400
"""Displays one cell sends at most: each is a message the grader decodes in turn, however small."""


def install(shell: Any, limit: int | None = None) -> None:
    """Cap ``sys.stdout`` and ``sys.stderr`` of the kernel of ``shell`` per cell."""
    from ..check.record import MIME as RECORD
    from .output_caps import NOTE_END, NOTE_RESERVE, NOTE_START, OutputCaps, size_text, text_bytes

    if limit is None:
        limit = int(os.environ.get(ENV, "0") or 0) or OutputCaps.cell_bytes // 2
    state = {"stdout": [0, 0], "stderr": [0, 0]}  # bytes written, bytes cut
    originals = {}
    ended = [True]  # whether what stdout kept last ended a line
    shown = [0]  # displays sent in this cell
    for name in state:
        stream = getattr(sys, name)
        if getattr(stream, "_curriculum_capped", False):
            return
        originals[name] = stream.write

        def write(text: Any, name: str = name, original: Any = stream.write) -> Any:
            if not isinstance(text, str):
                return original(text)  # the stream's own TypeError
            used = state[name][0]
            size = text_bytes(text)
            if name == "stdout" and text and used < limit:
                ended[0] = text.endswith("\n")
            if used + size <= limit:
                state[name][0] = used + size
                return original(text)
            keep = max(limit - used, 0)
            state[name][0] = limit
            state[name][1] += size - keep
            if keep:
                original(text[: keep // 4] if not text.isascii() else text[:keep])
            return len(text)

        stream.write = write
        stream._curriculum_capped = True

    publisher = getattr(shell, "display_pub", None)
    if publisher is not None and "display" not in state:
        state["display"] = [0, 0]
        publish = publisher.publish

        def capped_publish(data: Any, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(data, dict) or RECORD in data:  # answer records are the grader's data: never cut here
                return publish(data, *args, **kwargs)
            size = sum(text_bytes(v) if isinstance(v, str) else 64 for v in data.values()) + 40
            if state["display"][0] + size <= limit and shown[0] < MAX_DISPLAYS:
                state["display"][0] += size
                shown[0] += 1
                return publish(data, *args, **kwargs)
            state["display"][0] = limit
            state["display"][1] += size
            return None

        publisher.publish = capped_publish

    def reset(*_args: Any) -> None:
        for counts in state.values():
            counts[:] = [0, 0]
        ended[0] = True
        shown[0] = 0

    def note(*_args: Any) -> None:
        from ..i18n import _

        cut = sum(counts[1] for counts in state.values())
        if cut:
            limit_text = _("at most {limit} of output per cell", limit=size_text(2 * limit + NOTE_RESERVE))
            sys.stdout.flush()  # the note is a message of its own, which the grader's caps recognise and keep
            originals["stdout"](("\n" if not ended[0] else "") + NOTE_START
                                + _("output cut here: {size} more ({limit})", size=size_text(cut), limit=limit_text) + NOTE_END)
            sys.stdout.flush()

    shell.events.register("pre_run_cell", reset)
    shell.events.register("post_run_cell", note)


def format_errors_once(shell: Any) -> None:
    """The errors of ``shell``'s cells are kept in its history of exceptions by name and value, without formatting
    their traceback a second time (see above)."""
    if getattr(shell, "_curriculum_errors_once", False) or not hasattr(shell, "_format_exception_for_storage"):
        return

    def record(exception: BaseException, *_args: Any, **_kwargs: Any) -> dict[str, Any]:
        return {"ename": type(exception).__name__, "evalue": str(exception), "traceback": []}

    shell._format_exception_for_storage = record
    shell._curriculum_errors_once = True


def find_cell_modules_at_once() -> None:
    """``inspect.getmodule`` in this process answers for the code of a cell without going through every loaded module
    (see above). Its answer is ``inspect``'s own once that search has found no module with the cell's file: the user's
    namespace (``__main__``) or ``builtins`` if the object is theirs by that name, else None. A file that exists on
    disk (a debugger may write cells out) could be a module's: ``inspect`` searches for it as before."""
    import inspect

    if getattr(inspect.getmodule, "_finds_cells_at_once", False):
        return
    from ipykernel.compiler import get_tmp_directory

    search = inspect.getmodule

    def getmodule(object: Any, _filename: str | None = None) -> Any:  # noqa: A002 - inspect's own parameter name
        if inspect.ismodule(object) or hasattr(object, "__module__") or (
                _filename is not None and _filename in inspect.modulesbyfile):
            return search(object, _filename)
        try:
            file = inspect.getabsfile(object, _filename)
        except (TypeError, FileNotFoundError):
            return None
        cells = os.path.normcase(os.path.abspath(get_tmp_directory())) + os.sep
        if file in inspect.modulesbyfile or not file.startswith(cells) or os.path.exists(file):
            return search(object, _filename)
        if not hasattr(object, "__name__"):
            return None
        for module in (sys.modules["__main__"], sys.modules["builtins"]):
            if hasattr(module, object.__name__) and getattr(module, object.__name__) is object:
                return module
        return None

    getmodule._finds_cells_at_once = True  # type: ignore[attr-defined]
    inspect.getmodule = getmodule


def load_ipython_extension(shell: Any) -> None:
    install(shell)
    format_errors_once(shell)
    find_cell_modules_at_once()
