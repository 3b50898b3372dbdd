"""The parts of a lesson and of an assignment the module standard names, as cell metadata.

A cell's role is ``cell.metadata["curriculum"]["role"]``; the factories of
:mod:`curriculum.authoring` set it and ``curriculum lint`` checks that each part is there
and in its place (``docs/authoring.md``). A text in three languages is three cells with the
same role.

Lessons: ``hook`` opens each lesson with a problem from the plant; ``example`` is a worked
example; ``predict`` asks students to predict (or estimate) before a lab shows the answer;
``lab`` shows a lab to explore and ``design`` a lab with a design task (a Check button);
``misconception`` checks one of the topic's known misconceptions; ``summary`` sums the lesson
up with its key terms; ``reflection`` (рефлексия) ends the lesson.

Assignments: ``task`` is a graded task's text, whose heading shows its number, points and level
(:func:`task_heading`); ``descriptors`` is the table of levels, objectives and descriptors that
:func:`curriculum.authoring.descriptor_table` makes from ``module.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import nbformat

ROLES: dict[str, str] = {
    "hook": "opens a lesson with a problem from the plant",
    "example": "a worked example (its text and its code)",
    "predict": "a question students answer before the lab that follows shows the result",
    "lab": "a code cell that shows a lab to explore",
    "design": "a code cell that shows a lab with a design task (a Check button)",
    "misconception": "a check of one of the topic's known misconceptions",
    "summary": "the lesson's summary, naming its key terms",
    "reflection": "the reflection prompt (рефлексия) that ends a lesson",
    "task": "a graded task's text, its heading showing number, points and level",
    "descriptors": "the assignment's table of levels, objectives and descriptors, made from module.yml",
}
LAB_ROLES = ("lab", "design")
SHOWS_A_LAB = re.compile(r"\bmake_lab\s*\(")
"""A code cell that calls a lab's ``make_lab`` shows a lab."""


def role_of(cell: nbformat.NotebookNode) -> str | None:
    return cell.metadata.get("curriculum", {}).get("role")


def with_role(cell: nbformat.NotebookNode, role: str | None) -> nbformat.NotebookNode:
    """``cell`` with ``role`` set (``None`` leaves it without one)."""
    if role is not None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        cell.metadata.setdefault("curriculum", {})["role"] = role
    return cell


# -- task headings ------------------------------------------------------------------------------

LEVEL_NAMES: dict[str, dict[str, str]] = {
    "A": {"kk": "формуланы қолдану", "ru": "применение формулы", "en": "apply a formula"},
    "B": {"kk": "бірнеше қадамды есеп", "ru": "задача в несколько шагов", "en": "several steps"},
    "C": {"kk": "жобалау немесе түсіндіру", "ru": "проектирование или объяснение", "en": "design or explain"},
}
"""What each level asks, as the descriptor table and the docs say it."""

TASK_NUMBER: dict[str, re.Pattern[str]] = {
    "kk": re.compile(r"(\d+)-тапсырма"), "ru": re.compile(r"Задача (\d+)"), "en": re.compile(r"Task (\d+)")}
TASK_LEVEL: dict[str, re.Pattern[str]] = {
    "kk": re.compile(r"\b([ABC]) деңгейі"), "ru": re.compile(r"\bуровень ([ABC])\b"), "en": re.compile(r"\blevel ([ABC])\b")}
"""How a task's heading shows its level in each language (Latin A, B, C)."""


def points_text(points: float, lang: str) -> str:
    """``2 points``, ``2 балла``, ``2 ұпай`` (Russian plural forms; a decimal comma in kk and ru)."""
    shown = f"{points:g}"
    if lang == "en":
        return f"{shown} point" + ("" if points == 1 else "s")
    if lang == "kk":
        return f"{shown.replace('.', ',')} ұпай"
    if points != int(points):
        return f"{shown.replace('.', ',')} балла"
    n = int(points)
    word = "балл" if n % 10 == 1 and n % 100 != 11 else "балла" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "баллов"
    return f"{n} {word}"


BY_TEACHER = {"kk": "мұғалім тексереді", "ru": "проверяет учитель", "en": "marked by the teacher"}


def task_heading(number: int, points: float, level: str, lang: str, *, by_teacher: bool = False) -> str:
    """The bold heading a task's text starts with: ``**Task 6 (2 points, level B).**`` in ``lang``."""
    if level not in LEVEL_NAMES:
        raise ValueError(f"unknown level {level!r}: use A, B or C")
    extra = f", {BY_TEACHER[lang]}" if by_teacher else ""
    if lang == "kk":
        return f"**{number}-тапсырма ({points_text(points, lang)}, {level} деңгейі{extra}).**"
    if lang == "ru":
        return f"**Задача {number} ({points_text(points, lang)}, уровень {level}{extra}).**"
    return f"**Task {number} ({points_text(points, lang)}, level {level}{extra}).**"


def task_number(text: str, lang: str) -> int | None:
    match = TASK_NUMBER[lang].search(text)
    return int(match.group(1)) if match else None


def task_level(text: str, lang: str) -> str | None:
    match = TASK_LEVEL[lang].search(text)
    return match.group(1) if match else None


# -- the descriptor table ---------------------------------------------------------------------

DESCRIPTOR_TABLE: dict[str, Mapping[str, str]] = {
    "kk": {"title": "Бағалау критерийлері", "task": "Тапсырма", "level": "Деңгей", "objective": "Оқу мақсаты",
           "descriptor": "Дескриптор: білім алушы", "points": "Ұпай", "levels": "Деңгейлер",
           "objectives": "Оқу мақсаттары"},
    "ru": {"title": "Критерии оценивания", "task": "Задача", "level": "Уровень", "objective": "Цель обучения",
           "descriptor": "Дескриптор: обучающийся", "points": "Баллы", "levels": "Уровни", "objectives": "Цели обучения"},
    "en": {"title": "Assessment criteria", "task": "Task", "level": "Level", "objective": "Objective",
           "descriptor": "Descriptor: the student", "points": "Points", "levels": "Levels", "objectives": "Objectives"},
}
"""The words of the descriptor table, as Kazakhstan's criteria-based assessment writes its tables: a descriptor
says what the student does in a full answer (``шығыс жылдамдығын есептейді``, ``вычисляет``, ``computes``)."""
