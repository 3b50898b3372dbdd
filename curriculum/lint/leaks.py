"""What a released notebook must never show: solutions, hidden tests, rubrics, outputs, expected answers.

A line is secret when it exists only inside a solution, hidden test or mark scheme region
(or a hand-graded written answer) of the source; it leaks when the release contains it.
The expected values of hidden ``compare(...)`` calls are checked too, so an answer copied
into a comment or a public check is caught.
"""

from __future__ import annotations

import ast
import re

import nbformat

from .problem import cell_label

REGIONS = (("### BEGIN SOLUTION", "### END SOLUTION"), ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
           ("### BEGIN MARK SCHEME", "### END MARK SCHEME"))
MARKERS = tuple(begin.removeprefix("### ") for begin, _end in REGIONS)


def regions(source: str, begin: str, end: str) -> list[str]:
    out = []
    while begin in source:
        _, _, rest = source.partition(begin)
        region, _, source = rest.partition(end)
        out.append(region)
    return out


def _meaningful_lines(text: str) -> set[str]:
    return {ln.strip() for ln in text.splitlines() if len(ln.strip()) > 6 and not ln.strip().startswith("#")}


def _is_written_answer(cell: nbformat.NotebookNode) -> bool:
    return bool(cell.metadata.get("nbgrader", {}).get("solution")) and cell.cell_type == "markdown"


def secret_lines(source: nbformat.NotebookNode) -> set[str]:
    """Lines of the source that students must write or are never shown (less those the task itself shows)."""
    secret: set[str] = set()
    public: set[str] = set()
    for cell in source.cells:
        if _is_written_answer(cell):
            secret |= _meaningful_lines(cell.source)
            continue
        text = cell.source
        for begin, end in REGIONS:
            for region in regions(cell.source, begin, end):
                secret |= _meaningful_lines(region)
                text = text.replace(region, "\n")
        public |= {ln.strip() for ln in text.splitlines()} | {ln.strip(" `") for ln in text.splitlines()}
    public |= {line for line in secret if line.startswith("def ") and line.endswith(":")}  # the asked-for signature
    return secret - public


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def expected_answers(source: nbformat.NotebookNode) -> set[str]:
    """Distinctive expected values of hidden ``compare(answer, expected, ...)`` checks, as text."""
    found: set[str] = set()
    for cell in source.cells:
        for region in regions(cell.source, *REGIONS[1]):
            try:
                tree = ast.parse(region)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "compare"
                        and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                    found |= {n for n in _NUMBER.findall(str(node.args[1].value))
                              if len(n.replace("-", "").replace(".", "").lstrip("0")) >= 3 and "." in n}
    return found


def _shows_number(text: str, number: str) -> bool:
    forms = {number, number.replace(".", ",")}
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in forms)


def leak_problems(source: nbformat.NotebookNode, released: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(cell, message) for everything the release gives away."""
    found: list[tuple[str, str]] = []
    secret = secret_lines(source)
    answers = expected_answers(source)
    for index, cell in enumerate(released.cells):
        label = cell_label(cell, index)
        for marker in MARKERS:
            if marker in cell.source:
                found.append((label, f"contains the marker {marker!r}"))
        leaked = sorted(line for line in secret if line in cell.source)
        if leaked:
            found.append((label, f"shows what only the source may hold: {leaked[0]!r}"
                                 + (f" (+{len(leaked) - 1} more)" if len(leaked) > 1 else "")))
        shown = sorted(n for n in answers if _shows_number(cell.source, n))
        if shown:
            found.append((label, f"shows the expected answer {shown[0]} of a hidden test"))
        if cell.get("outputs"):
            found.append((label, "carries outputs (they may show results)"))
    return found
