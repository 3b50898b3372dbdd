"""The student's printable page (HTML; the PDF is made from the same HTML) in the course language.

Written for a student and the parents: it describes the work, never the child.  No ranks, no comparison with
classmates, no "not suited for": strengths with their evidence, growth, what the skills lead to, and what to
practise next.  Every text comes from the message catalogue (kk, ru, en); module, profession and topic texts
from their data files in the same language.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from ..catalogue import CatalogueEntry
from ..i18n import LANGUAGE_TAGS, _, get_language, ngettext
from ..metadata.vocabulary import SKILLS
from ..professions import ProfessionMap
from ..report.stats import percent, subject_name
from ..metadata import Texts
from .evidence import AssignmentResult, StudentEvidence
from .guidance import Guidance

STRENGTHS_SHOWN = 3
"""The strongest skills the page details (the skills table shows every one)."""
EVIDENCE_SHOWN = 3
"""Per strength, the latest modules whose tasks show it."""

CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1d2733; margin: 2em auto; max-width: 48em;
       line-height: 1.45; font-size: 11pt; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; color: #0b4f71; }
h2 { font-size: 1.15em; color: #0b4f71; border-bottom: 1px solid #c9d7e0; padding-bottom: 0.15em; margin-top: 1.4em;
     break-after: avoid; }
.lead { color: #3b4a57; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25em 0.5em; border-bottom: 1px solid #e3e9ee; vertical-align: top; }
th { font-weight: bold; color: #3b4a57; }
.bar { background: #e8eef2; height: 0.9em; width: 12em; display: inline-block; vertical-align: middle; }
.bar span { background: #2f7fa8; height: 100%; display: block; }
.note { color: #4d5d6b; font-size: 0.92em; }
.nowrap { white-space: nowrap; }
.signal { background: #eef6ea; border-left: 4px solid #4f9a3a; padding: 0.5em 0.8em; }
.signal.pending { background: #f2f5f8; border-left-color: #8aa1b3; }
li { margin-bottom: 0.25em; }
table.compact td, table.compact th { padding: 0.15em 0.4em; font-size: 0.92em; }
svg text { font-family: "DejaVu Sans", sans-serif; font-size: 9px; fill: #3b4a57; }
svg { max-width: 36em; display: block; margin-top: 0.6em; }
@page { size: A4; margin: 16mm 15mm; }
@media print { body { margin: 0; max-width: none; } }
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _skill(skill: str) -> str:
    return SKILLS[skill][get_language()] if skill in SKILLS else skill


def _join(items: list[str]) -> str:
    return ", ".join(items)


def assignment_title(assignment: str, modules: Mapping[str, CatalogueEntry]) -> str:
    """The module's title; a project's milestone adds its own (``Project: balancing the door line · The shift log``)."""
    entry = modules.get(assignment)
    if entry is None:
        return assignment
    milestone = entry.meta.project.milestone(assignment) if entry.meta.project else None
    title = entry.meta.title.get(get_language())
    return f"{title} · {milestone.title.get(get_language())}" if milestone else title


def points(value: float) -> str:
    """Points as a teacher writes them: ``7``, ``7.6`` (``7,6`` in kk and ru)."""
    text = f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"
    return text.replace(".", ",") if get_language() in ("kk", "ru") else text


def _date(stamp: float) -> str:
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).strftime("%d.%m.%Y") if stamp > 1e8 else ""


def timeline_svg(evidence: StudentEvidence, modules: Mapping[str, CatalogueEntry]) -> str:
    """The share of each graded assignment in time order as a line, with a text alternative."""
    points = [(r, r.share) for r in evidence.results if r.share is not None]
    if len(points) < 2:
        return ""
    width, height, left, top, bottom = 560, 140, 50, 8, 20
    step = (width - left - 10) / (len(points) - 1)
    xy = [(left + i * step, top + (1 - share) * (height - top - bottom)) for i, (_r, share) in enumerate(points)]
    label = _("Share of the autograded points, assignment by assignment: {values}",
              values="; ".join(f"{assignment_title(r.assignment, modules)} {percent(s)}" for r, s in points))
    grid = "".join(f'<line x1="{left}" x2="{width - 10}" y1="{top + (1 - v) * (height - top - bottom):.1f}" '
                   f'y2="{top + (1 - v) * (height - top - bottom):.1f}" stroke="#e3e9ee"/>'
                   f'<text x="2" y="{top + (1 - v) * (height - top - bottom) + 3:.1f}">{_e(percent(v))}</text>'
                   for v in (0, 0.5, 1))
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#2f7fa8"/>'
                   f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle">{i + 1}</text>'
                   for i, (x, y) in enumerate(xy))
    return (f'<svg role="img" aria-label="{_e(label)}" viewBox="0 0 {width} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg">{grid}<polyline points="{line}" fill="none" stroke="#2f7fa8" '
            f'stroke-width="2"/>{dots}</svg>')


def _work(evidence: StudentEvidence, modules: Mapping[str, CatalogueEntry]) -> str:
    rows = []
    graded = [r for r in evidence.results if r.share is not None]
    for r in evidence.results:
        if not r.handed_in:
            auto, written = _("not handed in"), ""
        elif not r.graded:
            auto, written = _("handed in, but the file could not be graded: the teacher will look at it"), ""
        else:
            got, most = r.auto_points
            auto = f"{points(got)} / {points(most)} ({percent(r.share)})"
            written = "; ".join(f"{points(i.score)} / {points(i.max_score)}" if i.graded else "–" for i in r.written)
        number = f"{graded.index(r) + 1}. " if r in graded else ""
        rows.append(f"<tr><td>{number}{_e(assignment_title(r.assignment, modules))}</td><td>{_e(_date(r.order))}</td>"
                    f"<td>{_e(auto)}</td><td>{_e(written)}</td></tr>")
    head = (f"<tr><th scope='col'>" + _e(_("Module")) + f"</th><th scope='col'>" + _e(_("Date")) + f"</th>"
            f"<th scope='col'>" + _e(_("Autograded points")) + f"</th><th scope='col'>" + _e(_("Written answer")) + f"</th></tr>")
    waiting = any(not i.graded for r in evidence.results for i in r.written)
    note = f"<p class='note'>– " + _e(_("waits for the teacher")) + "</p>" if waiting else ""
    return f"<table class='compact'>{head}{''.join(rows)}</table>{note}{timeline_svg(evidence, modules)}"


def _skills(evidence: StudentEvidence) -> str:
    rows = []
    numbers = {r.assignment: str(i + 1) for i, r in enumerate(r for r in evidence.results if r.share is not None)}
    for s in sorted(evidence.skills, key=lambda s: list(SKILLS).index(s.skill) if s.skill in SKILLS else 99):
        behind = _("modules {numbers}", numbers=", ".join(numbers[a] for a, _v in s.timeline))
        rows.append(f"<tr><th scope='row'>{_e(_skill(s.skill))}</th><td class='nowrap'><span class='bar' aria-hidden='true'>"
                    f"<span style='width:{s.share * 100:.0f}%'></span></span> {_e(percent(s.share))}</td>"
                    f"<td class='note'>{_e(behind)}</td></tr>")
    return (f"<p class='note'>" + _e(_("The share of the autograded points on the modules that train each skill (numbered as above).")) + f"</p>"
            f"<table>{''.join(rows)}</table>")


def _shows(r: AssignmentResult, descriptors: Mapping[tuple[str, str], Texts]) -> str:
    """What the items the student earned every point of show: their descriptors (``module.yml``), once each."""
    lang = get_language()
    said = list(dict.fromkeys(descriptors[r.assignment, i.cell].get(lang) for i in r.full_items
                              if (r.assignment, i.cell) in descriptors))
    return f"<ul class='note'>{''.join(f'<li>{_e(text)}</li>' for text in said)}</ul>" if said else ""


def _strengths(evidence: StudentEvidence, modules: Mapping[str, CatalogueEntry], trains: Mapping[str, tuple[str, ...]],
               descriptors: Mapping[tuple[str, str], Texts]) -> str:
    parts = []
    if evidence.strengths_so_far:
        parts.append(f"<p>" + _e(_("No skill has reached 80% yet; these are the best results so far.")) + f"</p>")
    for skill in evidence.strengths[:STRENGTHS_SHOWN]:
        share = evidence.skill(skill).share
        lines = []
        for r in evidence.evidence_for(skill, trains)[-EVIDENCE_SHOWN:]:
            tasks = [str(i.number) for i in r.full_items if not i.design]
            text = ngettext("{module}: every point on task {tasks}", "{module}: every point on tasks {tasks}",
                            len(tasks), module=assignment_title(r.assignment, modules), tasks=", ".join(tasks)) if tasks else ""
            if any(i.design for i in r.full_items):
                text = (text + "; " if text else assignment_title(r.assignment, modules) + ": ") + _("the design met every requirement")
            lines.append(f"<li>{_e(text)}{_shows(r, descriptors)}</li>")
        parts.append(f"<h3>{_e(_skill(skill))}: {_e(percent(share))}</h3><ul>{''.join(lines)}</ul>")
    if evidence.growth:
        parts.append(f"<h3>" + _e(_("Growth")) + f"</h3><ul>")
        for s in evidence.growth:
            parts.append("<li>" + _e(_("{skill}: from {first} in {start} to {latest} in {end}", skill=_skill(s.skill),
                                       first=percent(s.first), start=assignment_title(s.timeline[0][0], modules),
                                       latest=percent(s.latest), end=assignment_title(s.timeline[-1][0], modules))) + "</li>")
        parts.append("</ul>")
    return "".join(parts)


def _signal(evidence: StudentEvidence) -> str:
    caveat = _("It is one reading of school work, not a test of ability: it never says what a child cannot do.")
    if evidence.aptitude:
        text = _("The class report notes strong engineering work: {share} on the engineering skills, in {subjects}.",
                 share=percent(evidence.engineering_share), subjects=_join([subject_name(s) for s in evidence.engineering_subjects]))
        return f"<div class='signal'><p>{_e(text)}</p><p class='note'>{_e(caveat)}</p></div>"
    text = _("Not shown yet. The class report shows it when the work reaches 80% or more on the engineering skills "
             "in at least two subjects; it builds up over many modules.")
    return f"<div class='signal pending'><p>{_e(text)}</p><p class='note'>{_e(caveat)}</p></div>"


def _leads(guidance: Guidance) -> str:
    lang = get_language()
    parts = []
    if guidance.grow:
        parts.append(f"<h3>" + _e(_("Next modules that build on these strengths")) + f"</h3><ul>")
        parts += [f"<li>{_e(m.entry.meta.title.get(lang))} <span class='note'>({_e(_join([_skill(s) for s in m.skills]))})</span></li>"
                  for m in guidance.grow]
        parts.append("</ul>")
    if guidance.professions:
        parts.append(f"<h3>" + _e(_("Work at the plant that uses these skills")) + f"</h3><ul>")
        for p in guidance.professions:
            uses = _("uses: {skills}", skills=_join([_skill(s) for s in p.uses]))
            parts.append(f"<li><strong>{_e(p.profession.name.get(lang))}</strong> "
                         f"<span class='note'>(ISCO-08 {_e(p.profession.isco.code)})</span>: "
                         f"{_e(p.profession.work.get(lang))} <span class='note'>{_e(uses)}</span></li>")
        parts.append("</ul>")
    if guidance.specialties:
        parts.append(f"<h3>" + _e(_("Where to learn it")) + f"</h3><ul>")
        for s in guidance.specialties:
            where = _("college") if s.level == "college" else _("university")
            parts.append(f"<li>{_e(where)}: {_e(s.name.get(lang))}</li>")
        parts.append("</ul>")
    if guidance.topics:
        parts.append(f"<h3>" + _e(_("Thesis topics the plant proposes (fictional until the plant approves them)")) + f"</h3><ul>")
        parts += [f"<li>{_e(t.title.get(lang))}</li>" for t in guidance.topics]
        parts.append("</ul>")
    return "".join(parts) or f"<p>" + _e(_("This part fills in as graded work shows strengths.")) + f"</p>"


def _practise(evidence: StudentEvidence, guidance: Guidance) -> str:
    if not evidence.practise:
        return ""
    lang = get_language()
    items = []
    for skill in evidence.practise:
        chosen = [m.entry.meta.title.get(lang) for m in guidance.practise if skill in m.skills]
        text = _("{skill}: {share} so far", skill=_skill(skill), share=percent(evidence.skill(skill).share))
        if chosen:
            text += "; " + _("modules to practise with: {modules}", modules=_join(chosen))
        items.append(f"<li>{_e(text)}</li>")
    return f"<h2>" + _e(_("Next to practise")) + f"</h2><ul>{''.join(items)}</ul>"


def student_page(evidence: StudentEvidence, guidance: Guidance, *, course: str, modules: Mapping[str, CatalogueEntry],
                 trains: Mapping[str, tuple[str, ...]], professions: ProfessionMap,
                 descriptors: Mapping[tuple[str, str], Texts] | None = None) -> str:
    """The whole page in the language in force (:func:`curriculum.i18n.in_language`); ``descriptors`` (graded cell ->
    its item's descriptor) say under each strength's evidence what the work shows."""
    lang = get_language()
    title = _("Learning profile: {student}", student=evidence.student)
    body = [f"<h1>{_e(title)}</h1>", f"<p class='lead'>" + _e(_("Course: {course}", course=course)) + f"</p>",
            f"<p>" + _e(_("This page gathers what the graded work shows: the skills it used, where it was strongest, how it grew, and the work at the plant that uses the same skills. It describes the work done so far, not the person: every new piece of work changes it.")) + f"</p>"]
    if not evidence.handed_in:
        body.append(f"<p class='signal pending'>" + _e(_("No graded work yet: the page fills in as work is handed in and graded.")) + f"</p>")
    body += [f"<h2>" + _e(_("Work over time")) + f"</h2>", _work(evidence, modules)]
    if evidence.skills:
        body += [f"<h2>" + _e(_("Skills the work used")) + f"</h2>", _skills(evidence)]
    if evidence.strengths:
        body += [f"<h2>" + _e(_("Strengths, with the evidence")) + f"</h2>", _strengths(evidence, modules, trains, descriptors or {})]
    body += [f"<h2>" + _e(_("Engineering aptitude signal")) + f"</h2>", _signal(evidence),
             f"<h2>" + _e(_("Where these skills lead")) + f"</h2>", _leads(guidance), _practise(evidence, guidance)]
    sources = "; ".join(s.title.get(lang) for s in professions.sources)
    body += [f"<h2>" + _e(_("How to read this page")) + f"</h2><ul class='note'>",
             f"<li>" + _e(_("Percentages are the share of the autograded points earned; written answers are graded by the teacher and shown apart.")) + f"</li>",
             f"<li>" + _e(_("The page compares the student with no one: there are no ranks.")) + f"</li>",
             f"<li>" + _e(_("Professions and specialties come from a map with its sources: {sources}.", sources=sources)) + f"</li></ul>"]
    return (f"<!DOCTYPE html><html lang='{LANGUAGE_TAGS[lang]}'><head><meta charset='utf-8'><title>{_e(title)}</title>"
            f"<style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>")
