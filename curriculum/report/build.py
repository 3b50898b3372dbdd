"""``build_report``: collect, compute, then write ``report.html`` (plots inlined; :mod:`.html`) and CSV files into the course folder,
in the course language."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from ..i18n import in_language, normalize_language
from .data import ClassData, collect
from .html import page
from .stats import ItemStats, StudentProfile, item_stats, profiles
from .variants import collect_variants, variant_csv, variant_sections


@dataclass(frozen=True)
class Report:
    folder: Path
    html: Path
    csv_files: tuple[Path, ...]
    items: tuple[ItemStats, ...]
    students: tuple[StudentProfile, ...]
    language: str = "en"
    labelled: tuple[str, ...] = ()
    """Items numbered in the item plot (``3.4``); the others are points whose numbers are in the tables."""


def pseudonyms(students: list[str], salt: str) -> dict[str, str]:
    """Stable pseudonyms (``student-01`` ...) in an order that does not follow the real ids."""
    ranked = sorted(students, key=lambda s: hashlib.sha256(f"{salt}:{s}".encode()).hexdigest())
    width = max(2, len(str(len(ranked))))
    return {s: f"student-{i + 1:0{width}d}" for i, s in enumerate(ranked)}


def anonymise(data: ClassData, salt: str) -> ClassData:
    names = pseudonyms(data.students, salt)
    return replace(
        data, students=sorted(names.values()),
        outcomes={(a, c, names[s]): o for (a, c, s), o in data.outcomes.items()},
        submitted={(a, names[s]) for a, s in data.submitted},
        ungraded={(a, names[s]) for a, s in data.ungraded},
    )


def _percent(value: float | None) -> str:
    """A share in the CSV files: ``75%`` in every language (for spreadsheets), ``-`` for none."""
    return "-" if value is None else f"{value:.0%}"


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def report_language(course_root: Path, lang: str | None = None) -> str:
    """``lang`` if given, else the course's language (``c.CourseLanguage.language``), else English."""
    from ..course import Course

    return normalize_language(lang) if lang else (Course(course_root).language or "en")


def build_report(course_root: Path | str, assignments: list[str] | None = None, *, out: Path | None = None,
                 anonymous: bool = False, salt: str = "", lang: str | None = None) -> Report:
    """Write the report in the course language (or ``lang``); by default into
    ``<course>/reports/<assignment or course>[-anonymous]/``."""
    course_root = Path(course_root).resolve()
    language = report_language(course_root, lang)
    with in_language(language):
        return _build(course_root, assignments, out=out, anonymous=anonymous, salt=salt, language=language)


def _build(course_root: Path, assignments: list[str] | None, *, out: Path | None, anonymous: bool, salt: str,
           language: str) -> Report:
    data = collect(course_root, assignments)
    variants = collect_variants(course_root, data.submitted)
    if anonymous:
        variants = variants.renamed(pseudonyms(data.students, salt or course_root.name))
        data = anonymise(data, salt or course_root.name)
    name = (assignments[0] if assignments and len(assignments) == 1 else "course") + ("-anonymous" if anonymous else "")
    folder = Path(out) if out else course_root / "reports" / name
    folder.mkdir(parents=True, exist_ok=True)
    items = [st for a in data.assignments for st in item_stats(data, a)]
    students = profiles(data)

    item_rows = [[st.item.assignment, st.item.cell, st.item.max_score, round(st.difficulty, 3),
                  "" if st.discrimination is None else round(st.discrimination, 3),
                  "; ".join(f"{c} ×{n}" for c, n, _e in st.mistakes)] for st in items]
    mistake_rows = [[st.item.assignment, st.item.cell, code, n, " | ".join(examples)]
                    for st in items for code, n, examples in st.mistakes]
    skills = sorted({k for p in students for k in p.skills})
    student_rows = [[p.student, *[_percent(p.scores.get(a)) for a in data.assignments],
                     *[_percent(p.skills.get(k)) for k in skills], " ".join(p.flags), " / ".join(p.evidence)]
                    for p in students]
    csv_files = (
        _write_csv(folder / "items.csv", ["assignment", "item", "points", "difficulty", "discrimination", "mistakes"], item_rows),
        _write_csv(folder / "mistakes.csv", ["assignment", "item", "code", "count", "examples"], mistake_rows),
        _write_csv(folder / "students.csv", ["student", *data.assignments, *skills, "flags", "evidence"], student_rows),
    )
    csv_files += tuple(_write_csv(folder / name, header, rows) for name, header, rows in variant_csv(data, variants))
    document, labelled = page(data, items, students, anonymous=anonymous, extra=variant_sections(data, variants))
    report_page = folder / "report.html"
    report_page.write_text(document, encoding="utf-8")
    return Report(folder, report_page, csv_files, tuple(items), tuple(students), language, tuple(labelled))
