"""Output caps by bytes and lines, per cell and per notebook, with a note in the course language where output was cut.

One student's accident (a 200 MB line printed, a loop that prints a million times, a huge figure)
must not fill a school server's disk or make every page that shows the notebook slow. nbgrader's
``LimitOutput`` counts lines only, so a single 200 MB line passes it whole. Here every cell's
outputs are held to ``cell_bytes`` and ``cell_lines``, every notebook's to ``notebook_bytes``:

* adjacent stream outputs of the same name are merged (as JupyterLab shows them);
* a stream keeps its beginning; once a cell has used its bytes, what follows (text, images,
  any output) is left out and counted in one note at the end of the cell;
* a cell keeps its first ``cell_lines`` lines of text, with a note;
* a traceback keeps its first and last lines.

What nbgrader grades from is kept, so a cap never changes a score: every ``error`` output (its
traceback shortened), a ``stderr`` stream (shortened, never removed: stderr fails a test cell), and
an ``execute_result`` (partial credit). The answer records of :mod:`curriculum.check.record` are
data for the grader (a CAD part is recorded as its mesh): they count against no cell's or notebook's
bytes, and one larger than ``record_bytes`` (8 MB) is replaced by an error record ("too large to grade"),
which the grader decides like any missing answer. Applying the caps twice changes nothing.

The same function serves the kernel side (:class:`CappedExecute` caps a cell while its output
arrives, so a flood is never held in memory whole) and the notebook side (the
``curriculum.preprocessors.CapOutputs`` step of autograding and of feedback).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..check.record import MIME
from ..i18n import _, ngettext
from ..numbers import format_number

NOTE_RESERVE = 400
"""Bytes a cell's cap keeps back for the notes it may add."""


@dataclass(frozen=True)
class OutputCaps:
    cell_bytes: int = 256 * 1024
    cell_lines: int = 400
    notebook_bytes: int = 2 * 1024 * 1024
    traceback_lines: int = 50
    record_bytes: int = 8 * 1024 * 1024  # a part of the CAD tasks is recorded as its mesh (curriculum.check.mesh)


@dataclass(frozen=True)
class CapResult:
    """What capping a cell did: its outputs, the bytes left out (0 when nothing was cut) and the bytes kept."""

    outputs: list[dict]
    cut_bytes: int
    size: int
    cut_lines: int = 0

    @property
    def cut(self) -> bool:
        return self.cut_bytes > 0 or self.cut_lines > 0


def text_bytes(text: Any) -> int:
    if isinstance(text, list):
        return sum(text_bytes(t) for t in text)
    if not isinstance(text, str):
        return len(json.dumps(text, default=str))
    return len(text) if text.isascii() else len(text.encode("utf-8", "replace"))


def output_bytes(output: dict) -> int:
    """The bytes an output adds to a notebook (its texts and data; the JSON around them is small)."""
    kind = output.get("output_type")
    if kind == "stream":
        return text_bytes(output.get("text", ""))
    if kind == "error":
        return text_bytes(output.get("traceback", [])) + text_bytes(output.get("evalue", "")) + 40
    return sum(text_bytes(v) for v in output.get("data", {}).values()) + 40


def size_text(n: int, lang: str | None = None) -> str:
    """``1.5 MB`` (``1,5 МБ`` in kk and ru), with the package's one number formatter."""
    if n < 1024:
        return ngettext("{n} byte", "{n} bytes", n, lang=lang)
    number = format_number(n / (1024 * 1024) if n >= 1024 * 1024 else n / 1024, digits=2, lang=lang)
    if re.fullmatch(r"\d+[.,]0", number):
        number = number[:-2]
    return _("{n} MB", lang=lang, n=number) if n >= 1024 * 1024 else _("{n} KB", lang=lang, n=number)


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


NOTE_START, NOTE_END = "… ", " …\n"


def is_note(output: dict) -> bool:
    """Whether ``output`` is a note of these caps (a stream of one line between ``…`` marks)."""
    text = _text(output.get("text", "")).lstrip("\n") if output.get("output_type") == "stream" else ""
    return text.startswith(NOTE_START) and text.endswith(NOTE_END) and text.count("\n") == 1


def _head(text: str, keep: int) -> str:
    """The beginning of ``text`` in at most ``keep`` bytes, cut at a character (Cyrillic takes two bytes)."""
    if keep <= 0:
        return ""
    head = text[:keep]
    while text_bytes(head) > keep:
        head = head[: max(len(head) - (text_bytes(head) - keep), len(head) // 2)]
    return head


class CellCap:
    """Caps one cell's outputs as they come, in order: :meth:`add` each output, then :meth:`finish`.

    The kernel side feeds it each message as it arrives (nothing beyond the cap is ever kept in
    memory); the notebook side feeds it a cell's outputs. ``budget`` is the bytes the cell may hold
    (the cell cap, or what is left of the notebook's); ``scope`` says which limit the note names.
    The kernel side neither merges streams (``merge``) nor counts a stderr text that nbgrader's
    ``IgnorePattern``, which runs next, will remove (``ignored``) as the one that fails the cell.
    """

    def __init__(self, caps: OutputCaps, lang: str | None = None, *, budget: int | None = None, scope: str = "cell",
                 merge: bool = True, ignored: Callable[[str], bool] | None = None):
        self.caps, self.lang, self.scope, self.merge = caps, lang, scope, merge
        self.ignored = ignored or (lambda _text: False)
        self.remaining = (caps.cell_bytes if budget is None else budget) - NOTE_RESERVE
        self.lines_left = caps.cell_lines
        self.outputs: list[dict] = []
        self.cut_bytes = self.cut_lines = 0
        self._stderr_kept = self._result_kept = False

    # -- the notes, in the course language --------------------------------------------------------

    def _limit(self) -> str:
        if self.scope == "notebook":
            return _("at most {limit} of output per notebook", lang=self.lang, limit=size_text(self.caps.notebook_bytes, self.lang))
        return _("at most {limit} of output per cell", lang=self.lang, limit=size_text(self.caps.cell_bytes, self.lang))

    def _note(self, text: str) -> dict:
        return {"output_type": "stream", "name": "stdout", "text": NOTE_START + text + NOTE_END}

    # -- feeding -----------------------------------------------------------------------------------

    def add(self, output: dict) -> dict | None:
        """Take one output; returns what is kept of it (None: left out, counted for the note)."""
        kind = output.get("output_type")
        if is_note(output):
            self.outputs.append(output)
            return output
        if MIME in output.get("data", {}):
            output = self._record(output)
            self.outputs.append(output)  # data for the grader, never cut short (each is held to record_bytes)
            return output
        if kind == "error":
            output = self._traceback(output)
            self.outputs.append(output)
            self.remaining -= output_bytes(output)
            return output
        if kind == "stream":
            return self._stream(output)
        size = output_bytes(output)
        if size <= self.remaining:
            self.outputs.append(output)
            self.remaining -= size
            return output
        if kind == "execute_result" and not self._result_kept:  # partial credit is read from it: keep its text
            plain = _text(output.get("data", {}).get("text/plain", ""))
            kept = _head(plain, max(self.remaining, 200))
            output = {**output, "data": {"text/plain": kept}, "metadata": {}}
            self._result_kept = True
            self.cut_bytes += size - text_bytes(kept)
            self.outputs.append(output)
            self.remaining -= output_bytes(output)
            return output
        self.cut_bytes += size
        return None

    def _stream(self, output: dict) -> dict | None:
        text = _text(output.get("text", ""))
        lines = text.count("\n")
        if lines > self.lines_left:  # the cell's lines are used: keep what fits, count the rest
            cut_at = 0
            for _i in range(max(self.lines_left, 0)):
                cut_at = text.index("\n", cut_at) + 1
            self.cut_lines += text.count("\n", cut_at) + (not text.endswith("\n"))
            text = text[:cut_at]
        self.lines_left -= text.count("\n")
        size = text_bytes(text)
        if size > self.remaining:
            kept = _head(text, self.remaining)
            self.cut_bytes += size - text_bytes(kept)
            text = kept
        stderr = output.get("name") == "stderr"
        fails = stderr and not self.ignored(_text(output.get("text", "")))
        if not text and not (fails and not self._stderr_kept):
            return None
        if fails and not text:
            text = "…\n"  # stderr fails a test cell in nbgrader: a cut never hides that it was written
        self._stderr_kept = self._stderr_kept or fails
        last = self.outputs[-1] if self.outputs else None
        if (self.merge and last is not None and last.get("output_type") == "stream"
                and last.get("name") == output.get("name") and not is_note(last)):
            last["text"] = _text(last.get("text", "")) + text
            kept = last
        else:
            kept = {**output, "text": text}
            self.outputs.append(kept)
        self.remaining -= text_bytes(text)
        return kept

    def _traceback(self, output: dict) -> dict:
        lines = [_text(line) for line in output.get("traceback", [])]
        limit = self.caps.traceback_lines
        if len(lines) > limit:
            head = limit // 2
            cut = _("{n} lines of the traceback cut", lang=self.lang, n=len(lines) - limit + 1)
            lines = lines[:head] + [NOTE_START + cut + NOTE_END.rstrip("\n")] + lines[len(lines) - (limit - head - 1):]
        lines = [line if text_bytes(line) <= 2000 else _head(line, 1500) + " …" for line in lines]
        evalue = _text(output.get("evalue", ""))
        evalue = evalue if text_bytes(evalue) <= 2000 else _head(evalue, 1500) + " …"
        return {**output, "traceback": lines, "evalue": evalue}

    def _record(self, output: dict) -> dict:
        doc, size = output["data"][MIME], output_bytes(output)
        if not isinstance(doc, dict) or size <= self.caps.record_bytes:
            return output
        small = {k: doc[k] for k in ("schema", "capture", "site", "question", "mode", "decided", "code", "score") if k in doc}
        too_large = _("the answer is too large to grade ({size})", lang=self.lang, size=size_text(size, self.lang))
        if doc.get("capture"):
            small["error"] = too_large
        else:
            small["answer"] = too_large
        return {**output, "data": {MIME: small}}

    def finish(self) -> CapResult:
        """The cell's outputs, with one note at the end when anything was cut."""
        if self.cut_bytes:
            self.outputs.append(self._note(_("output cut here: {size} more ({limit})", lang=self.lang,
                                             size=size_text(self.cut_bytes, self.lang), limit=self._limit())))
        if self.cut_lines:
            self.outputs.append(self._note(_("{n} more lines cut here (at most {limit} lines per cell)", lang=self.lang,
                                             n=self.cut_lines, limit=self.caps.cell_lines)))
        size = sum(output_bytes(o) for o in self.outputs if MIME not in o.get("data", {}))  # records: the grader's data
        return CapResult(self.outputs, self.cut_bytes, size, self.cut_lines)


def cap_cell(outputs: list[dict], caps: OutputCaps, lang: str | None = None, *, budget: int | None = None,
             scope: str = "cell") -> CapResult:
    """One cell's outputs held to ``budget`` bytes (default: the cell cap) and to the cell's lines."""
    cap = CellCap(caps, lang, budget=budget, scope=scope)
    for output in outputs:
        cap.add(dict(output))
    return cap.finish()


def _within(outputs: list[dict], caps: OutputCaps) -> bool:
    """Whether a cell's outputs are inside every cap already (nothing to do)."""
    lines, size = 0, 0
    for output in outputs:
        if is_note(output):
            continue
        if MIME not in output.get("data", {}):
            size += output_bytes(output)
        kind = output.get("output_type")
        if kind == "stream":
            lines += _text(output.get("text", "")).count("\n")
        elif kind == "error" and (len(output.get("traceback", [])) > caps.traceback_lines
                                  or any(text_bytes(line) > 2000 for line in output.get("traceback", []))):
            return False
        elif MIME in output.get("data", {}) and output_bytes(output) > caps.record_bytes:
            return False
    return size <= caps.cell_bytes - NOTE_RESERVE and lines <= caps.cell_lines


def cap_notebook(nb: Any, caps: OutputCaps, lang: str | None = None, wrap: Callable[[dict], Any] = lambda o: o) -> int:
    """Cap every code cell of ``nb``, then the notebook as a whole, in place; returns the bytes cut."""
    total, cut = 0, 0
    for cell in nb.cells:
        if cell.get("cell_type") != "code" or not cell.get("outputs"):
            continue
        size = sum(output_bytes(o) for o in cell.outputs if MIME not in o.get("data", {}))
        if total + size <= caps.notebook_bytes and _within(cell.outputs, caps):
            total += size
            continue
        result = cap_cell(cell.outputs, caps, lang)
        if total + result.size > caps.notebook_bytes:
            result = cap_cell(result.outputs, caps, lang, budget=max(caps.notebook_bytes - total, NOTE_RESERVE),
                              scope="notebook")
        if result.cut:
            cell.outputs = [wrap(o) for o in result.outputs]
            cut += result.cut_bytes
        total += result.size
    return cut
