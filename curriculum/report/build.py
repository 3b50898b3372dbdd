"""``build_report``: collect, compute, then write ``report.html`` (plots inlined) and CSV files into the course folder."""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
from dataclasses import dataclass, replace
from pathlib import Path

from .data import ClassData, collect
from .stats import ItemStats, StudentProfile, assignment_totals, item_stats, profiles


@dataclass(frozen=True)
class Report:
    folder: Path
    html: Path
    csv_files: tuple[Path, ...]
    items: tuple[ItemStats, ...]
    students: tuple[StudentProfile, ...]


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


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _plots(data: ClassData, items: list[ItemStats], students: list[StudentProfile]) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    out = {}
    fig, ax = plt.subplots(figsize=(6, 3.2))
    for assignment in data.assignments:
        maximum = sum(i.max_score for i in data.items_of(assignment, manual=False)) or 1.0
        values = [100 * v / maximum for v in assignment_totals(data, assignment).values()]
        ax.hist(values, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], alpha=0.6, label=assignment)
    ax.set_xlabel("autograded score, % of the points")
    ax.set_ylabel("students")
    ax.legend(fontsize=7)
    out["distribution"] = _png(fig)

    fig, ax = plt.subplots(figsize=(6, 3.6))
    for st in items:
        if st.discrimination is not None:
            ax.scatter(st.difficulty, st.discrimination, s=20)
            ax.annotate(st.item.cell, (st.difficulty, st.discrimination), fontsize=6)
    ax.axhline(0.2, color="grey", lw=0.8, ls="--")
    ax.set_xlim(-0.02, 1.02)
    ax.set_xlabel("difficulty (share of points earned)")
    ax.set_ylabel("discrimination (item-rest r)")
    out["items"] = _png(fig)

    skills = sorted({k for p in students for k in p.skills})
    if skills and students:
        fig, ax = plt.subplots(figsize=(1.0 + 0.55 * len(skills), 0.8 + 0.28 * len(students)))
        grid = [[p.skills.get(k, float("nan")) for k in skills] for p in students]
        image = ax.imshow(grid, vmin=0, vmax=1, cmap="RdYlGn", aspect="auto")
        ax.set_xticks(range(len(skills)), skills, rotation=45, ha="right", fontsize=7)
        ax.set_yticks(range(len(students)), [p.student for p in students], fontsize=7)
        fig.colorbar(image, ax=ax, fraction=0.05)
        out["skills"] = _png(fig)
    return out


def _table(header: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _write_csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def build_report(course_root: Path | str, assignments: list[str] | None = None, *, out: Path | None = None,
                 anonymous: bool = False, salt: str = "") -> Report:
    """Write the report; by default into ``<course>/reports/<assignment or course>[-anonymous]/``."""
    course_root = Path(course_root).resolve()
    data = collect(course_root, assignments)
    if anonymous:
        data = anonymise(data, salt or course_root.name)
    name = (assignments[0] if assignments and len(assignments) == 1 else "course") + ("-anonymous" if anonymous else "")
    folder = Path(out) if out else course_root / "reports" / name
    folder.mkdir(parents=True, exist_ok=True)
    items = [st for a in data.assignments for st in item_stats(data, a)]
    students = profiles(data)
    plots = _plots(data, items, students)

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
    aptitude = [p for p in students if "aptitude" in p.flags]
    help_ = [p for p in students if "needs-help" in p.flags]
    sections = [
        f"<h1>Class report: {html.escape(', '.join(data.assignments))}</h1>",
        f"<p>{len(data.students)} students{' (anonymised)' if anonymous else ''}. Scores are autograded points; "
        "written answers are not counted until the teacher grades them.</p>",
        "<h2>Score distribution</h2>", f"<img alt='score distribution' src='{plots['distribution']}'>",
        "<h2>Items: difficulty and discrimination</h2>", f"<img alt='items' src='{plots['items']}'>",
        _table(["assignment", "item", "points", "difficulty", "discrimination", "mistakes"], item_rows),
        "<h2>Most common mistakes</h2>",
        _table(["assignment", "item", "checker's code", "students", "examples"],
               sorted(mistake_rows, key=lambda r: -int(r[3]))[:20]),
        "<h2>Engineering aptitude</h2>",
        _table(["student", "evidence"], [[p.student, " / ".join(p.evidence)] for p in aptitude]) if aptitude
        else "<p>No student meets the aptitude rule yet (80 % on engineering skills in two subjects).</p>",
        "<h2>Needs help</h2>",
        _table(["student", "evidence"], [[p.student, " / ".join(p.evidence)] for p in help_]) if help_
        else "<p>Nobody is below 50 % or missing work.</p>",
        "<h2>Skill profiles</h2>", f"<img alt='skills' src='{plots['skills']}'>" if "skills" in plots else "",
        _table(["student", *data.assignments, *skills, "flags", "evidence"], student_rows),
    ]
    style = ("<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;max-width:1100px}"
             "table{border-collapse:collapse;margin:1em 0;font-size:0.85em}td,th{border:1px solid #ccc;padding:3px 6px}"
             "th{background:#f0f0f0}img{max-width:100%}</style>")
    page = folder / "report.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report</title>{style}</head>"
                    f"<body>{''.join(sections)}</body></html>", encoding="utf-8")
    return Report(folder, page, csv_files, tuple(items), tuple(students))
