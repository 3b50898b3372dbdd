"""The report page, in the course language: a one-page summary first, then plots and tables that stay readable
with ten assignments and eighty items.

* Items are numbered ``3.4`` (assignment 3, item 4) everywhere: in the plots, the summary and the tables.
* The item plot colours items by assignment and labels only the items worth a look (at most
  :data:`MAX_LABELS`, the most misleading first); every item is in the table of its assignment.
* Scores are one row per assignment (a box with the students' points), not overlapping histograms.
* Long tables are grouped by assignment in ``<details>`` (a teacher opens the one to read); the
  summary and the numbers never depend on a script.

Every text a teacher reads comes from the gettext catalogues (:mod:`curriculum.i18n`); the page
declares its language (``<html lang>``) and every plot has a text alternative.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import LANGUAGE_TAGS, _, get_language, ngettext
from .data import ClassData
from .stats import HELP_LEVEL, ItemStats, StudentProfile, assignment_totals, percent, skill_name

MAX_LABELS = 12
"""Items labelled in the item plot at most; the rest are points whose numbers are in the tables."""
WEAK_DISCRIMINATION = 0.2
HARD = 0.5
MISLED_SHARE = 0.3
"""An item misled the class when at least this share of the students made the same mistake on it."""


@dataclass(frozen=True)
class Numbered:
    """An item with its number in the report (``3.4``)."""

    number: str
    stats: ItemStats


def number_items(data: ClassData, items: Sequence[ItemStats]) -> list[Numbered]:
    counters: dict[str, int] = {}
    out = []
    for st in items:
        a = data.assignments.index(st.item.assignment) + 1
        counters[st.item.assignment] = counters.get(st.item.assignment, 0) + 1
        out.append(Numbered(f"{a}.{counters[st.item.assignment]}", st))
    return out


def worth_a_look(numbered: Sequence[Numbered], students: int) -> list[tuple[Numbered, str]]:
    """Items a teacher should look at, the most telling first, each with the reason in the course language."""
    found = []
    for n in numbered:
        st = n.stats
        top = st.mistakes[0] if st.mistakes else None
        misled = top is not None and top[0] != "not-answered" and students and top[1] / students >= MISLED_SHARE
        if misled:
            found.append((0, -top[1], n, _("{share} of the class made the same mistake: {code}",
                                           share=percent(top[1] / students), code=top[0])))
        elif st.discrimination is not None and st.discrimination < 0:
            found.append((1, st.discrimination, n, _("stronger students lost more points here than weaker ones")))
        elif st.difficulty < HARD:
            found.append((2, st.difficulty, n, _("the class earned {share} of its points", share=percent(st.difficulty))))
        elif st.discrimination is not None and st.discrimination < WEAK_DISCRIMINATION:
            found.append((3, st.discrimination, n, _("it hardly separates strong from weak work")))
    return [(n, why) for _rank, _key, n, why in sorted(found, key=lambda f: (f[0], f[1]))]


# -- plots ------------------------------------------------------------------------------------------------------


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def score_plot(data: ClassData) -> str:
    """One row per assignment: a box of the students' autograded points (%) and each student as a dot."""
    plt = _pyplot()
    rows = []
    for i, assignment in enumerate(data.assignments, 1):
        maximum = sum(it.max_score for it in data.items_of(assignment, manual=False)) or 1.0
        rows.append((f"{i}. {assignment}", [100 * v / maximum for v in assignment_totals(data, assignment).values()]))
    fig, ax = plt.subplots(figsize=(7.5, 0.9 + 0.42 * len(rows)))
    labels = [label for label, _v in rows][::-1]
    values = [v or [float("nan")] for _label, v in rows][::-1]
    import inspect

    across = ({"orientation": "horizontal"} if "orientation" in inspect.signature(ax.boxplot).parameters
              else {"vert": False})  # matplotlib 3.10 renamed it
    ax.boxplot(values, widths=0.6, showfliers=False, **across)
    for y, v in enumerate(values, 1):
        ax.scatter(v, [y] * len(v), s=9, color="#1f4e79", alpha=0.6, zorder=3)
    ax.set_yticks(range(1, len(labels) + 1), labels, fontsize=8)
    ax.set_xlim(-2, 102)
    ax.axvline(100 * HELP_LEVEL, color="#a33", lw=0.8, ls="--")
    ax.set_xlabel(_("autograded points, % of the assignment"))
    return _png(fig)


def item_plot(data: ClassData, numbered: Sequence[Numbered], labelled: Sequence[Numbered]) -> str:
    """Difficulty against discrimination, coloured by assignment; only ``labelled`` items carry their number."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 4.6))
    colours = plt.get_cmap("tab10")
    for i, assignment in enumerate(data.assignments):
        points = [n for n in numbered if n.stats.item.assignment == assignment and n.stats.discrimination is not None]
        if points:
            ax.scatter([n.stats.difficulty for n in points], [n.stats.discrimination for n in points], s=26,
                       color=colours(i % 10), marker="os^D"[i // 10 % 4], label=f"{i + 1}. {assignment}", zorder=3)
    for k, n in enumerate(labelled):
        if n.stats.discrimination is None:
            continue
        ax.annotate(n.number, (n.stats.difficulty, n.stats.discrimination), fontsize=8, zorder=4,
                    xytext=(6, 6 if k % 2 else -10), textcoords="offset points",
                    arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "#555"})
    ax.axhline(WEAK_DISCRIMINATION, color="grey", lw=0.8, ls="--")
    ax.axvline(HARD, color="grey", lw=0.8, ls=":")
    ax.set_xlim(-0.03, 1.03)
    ax.set_xlabel(_("difficulty: share of the points the class earned"))
    ax.set_ylabel(_("discrimination: item-rest correlation"))
    if data.assignments:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return _png(fig)


def skill_plot(students: Sequence[StudentProfile]) -> str | None:
    skills = sorted({k for p in students for k in p.skills})
    if not skills or not students:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(1.6 + 0.6 * len(skills), 0.9 + 0.26 * len(students)))
    grid = [[p.skills.get(k, float("nan")) for k in skills] for p in students]
    image = ax.imshow(grid, vmin=0, vmax=1, cmap="RdYlGn", aspect="auto")
    ax.set_xticks(range(len(skills)), [skill_name(k) for k in skills], rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(students)), [p.student for p in students], fontsize=7)
    fig.colorbar(image, ax=ax, fraction=0.05)
    return _png(fig)


# -- the page ----------------------------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value))


def table(caption: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th scope='col'>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _list(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def summary(data: ClassData, numbered: Sequence[Numbered], students: Sequence[StudentProfile],
            looks: Sequence[tuple[Numbered, str]]) -> str:
    """The first page: the class in numbers, who needs help with what, which items misled the class, strong work."""
    help_ = [p for p in students if "needs-help" in p.flags]
    strong = [p for p in students if "aptitude" in p.flags]
    means = []
    for i, assignment in enumerate(data.assignments, 1):
        maximum = sum(it.max_score for it in data.items_of(assignment, manual=False)) or 1.0
        totals = list(assignment_totals(data, assignment).values())
        handed = len(totals)
        means.append(f"<li>{i}. {_e(assignment)}: " + _("mean {mean}, handed in by {n} of {total}",
                     mean=percent(sum(totals) / handed / maximum) if handed else "-", n=handed,
                     total=len(data.students)) + "</li>")
    parts = ["<section id='summary' aria-labelledby='summary-title'><h2 id='summary-title'>" + _e(_("Summary")) + "</h2>",
             "<p>" + _e(ngettext("{n} student", "{n} students", len(data.students))) + ", "
             + _e(ngettext("{n} assignment", "{n} assignments", len(data.assignments))) + ".</p>",
             f"<ul class='means'>{''.join(means)}</ul>",
             "<h3>" + _e(_("Who needs help with what")) + "</h3>"]
    nobody = _("Nobody is below 50 % or missing work.")
    parts.append(_list([f"<strong>{_e(p.student)}</strong>: {_e('; '.join(p.evidence))}" for p in help_])
                 if help_ else f"<p>{_e(nobody)}</p>")
    parts.append("<h3>" + _e(_("Items that misled the class")) + "</h3>")
    parts.append(_list([f"<strong>{_e(n.number)}</strong> {_e(n.stats.item.cell)}: {_e(why)}" for n, why in looks[:8]])
                 if looks else "<p>" + _e(_("No item stands out: each separates strong from weak work.")) + "</p>")
    if strong:
        parts.append("<h3>" + _e(_("Engineering aptitude")) + "</h3>")
        parts.append(_list([f"<strong>{_e(p.student)}</strong>: {_e('; '.join(p.evidence[:1]))}" for p in strong]))
    parts.append("</section>")
    return "".join(parts)


STYLE = ("<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em auto;max-width:1100px;color:#1a1a1a;"
         "line-height:1.4}table{border-collapse:collapse;margin:0.6em 0 1.2em;font-size:0.85em}"
         "caption{text-align:left;font-weight:bold;padding:0.3em 0}td,th{border:1px solid #bbb;padding:3px 6px;"
         "text-align:left}th{background:#eee}img{max-width:100%}#summary{border:2px solid #1f4e79;padding:0.4em 1.2em;"
         "border-radius:6px;page-break-after:always}summary{cursor:pointer;font-weight:bold;padding:0.2em 0}"
         "ul.means{columns:2}</style>")


def _item_row(number: str, st: ItemStats) -> list[object]:
    return [number, st.item.cell, st.item.max_score, percent(st.difficulty),
            "-" if st.discrimination is None else f"{st.discrimination:.2f}",
            "; ".join(f"{code} ×{n}" for code, n, _e in st.mistakes)]


def page(data: ClassData, items: Sequence[ItemStats], students: Sequence[StudentProfile], *,
         anonymous: bool, extra: Sequence[str] = ()) -> tuple[str, list[str]]:
    """The whole page in the language in force, and the numbers of the items labelled in the item plot; ``extra``
    sections (HTML) close the page (variants: :mod:`.variants`)."""
    numbered = number_items(data, items)
    looks = worth_a_look(numbered, len(data.students))
    labelled = [n for n, _why in looks][:MAX_LABELS]
    skills = sorted({k for p in students for k in p.skills})
    skill_png = skill_plot(students)
    flags = {"aptitude": _("engineering aptitude"), "needs-help": _("needs help")}
    title = _("Class report: {assignments}", assignments=", ".join(data.assignments[:3])
              + (" …" if len(data.assignments) > 3 else ""))
    intro = _("Scores are autograded points; written answers are not counted until the teacher grades them.")
    item_groups = []
    for i, assignment in enumerate(data.assignments, 1):
        rows = [_item_row(n.number, n.stats) for n in numbered if n.stats.item.assignment == assignment]
        if rows:
            count = ngettext("{n} item", "{n} items", len(rows))
            item_groups.append(f"<details{' open' if len(data.assignments) == 1 else ''}><summary>{i}. {_e(assignment)} "
                               f"({_e(count)})</summary>"
                               + table(f"{i}. {assignment}", ["#", _("item"), _("points"), _("difficulty"),
                                                              _("discrimination"), _("mistakes")], rows) + "</details>")
    mistakes = sorted(((n.number, n.stats.item.cell, code, count, " | ".join(examples))
                       for n in numbered for code, count, examples in n.stats.mistakes), key=lambda r: -r[3])[:20]
    student_rows = [[p.student, *[percent(p.scores.get(a)) for a in data.assignments],
                     *[percent(p.skills.get(k)) for k in skills], ", ".join(flags.get(f, f) for f in p.flags),
                     " / ".join(p.evidence)] for p in students]
    score_alt = _("Autograded points of each student, one row per assignment; the dashed line is 50 %.")
    item_alt = _("Each item as a point: difficulty across, discrimination up; labelled: {items}.",
                 items=", ".join(n.number for n in labelled) or "-")
    skill_alt = _("Each student's share of the points by skill, from red (none) to green (all).")
    sections = [
        f"<header><h1>{_e(title)}</h1><p>{_e(intro)}"
        + (" " + _e(_("Names are replaced by pseudonyms.")) if anonymous else "") + "</p></header>",
        "<main>",
        summary(data, numbered, students, looks),
        "<h2>" + _e(_("Scores by assignment")) + "</h2>",
        f"<img src='{score_plot(data)}' alt='{_e(score_alt)}'>",
        "<h2>" + _e(_("Items: difficulty and discrimination")) + "</h2>",
        f"<img src='{item_plot(data, numbered, labelled)}' alt='{_e(item_alt)}'>",
        *item_groups,
        "<h2>" + _e(_("Most common mistakes")) + "</h2>",
        table(_("The checker's codes, most frequent first"),
              ["#", _("item"), _("checker's code"), _("students"), _("examples")], mistakes),
        "<h2>" + _e(_("Skill profiles")) + "</h2>",
        f"<img src='{skill_png}' alt='{_e(skill_alt)}'>" if skill_png else "",
        "<details><summary>" + _e(_("Every student")) + "</summary>"
        + table(_("Every student"), [_("student"), *data.assignments, *[skill_name(k) for k in skills], _("flags"),
                                     _("evidence")], student_rows) + "</details>",
        *extra,
        "</main>",
    ]
    lang = LANGUAGE_TAGS.get(get_language(), "en")
    document = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
                f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{_e(title)}</title>{STYLE}"
                f"</head><body>{''.join(sections)}</body></html>")
    return document, [n.number for n in labelled]
