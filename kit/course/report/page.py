"""The report page: one self-contained HTML document, written with :func:`write_report`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kit.course.directory import Course
from kit.course.report.charts import (
    chart_completion,
    chart_histogram,
    chart_interviews,
    chart_status,
    shorten,
)
from kit.course.report.data import collect_class
from kit.course.report.model import (
    LOW_COMPLETION,
    LOW_SCORE,
    MIN_INTERVIEWS,
    ClassData,
    StudentData,
    points_text,
)
from kit.escape import esc
from kit.files import make_parent, regular_target, write_atomic

__all__ = ["report_html", "write_report"]

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;
 margin:0 auto;max-width:1060px;padding:1em 1.5em}
h1{margin:.2em 0}h2{margin-top:1.6em;border-bottom:2px solid #e5e5ea;padding-bottom:.2em;
 break-after:avoid}
.muted,small{color:#6e6e73}.cards{display:flex;flex-wrap:wrap;gap:.6em}
.card{border:1px solid #e5e5ea;border-radius:8px;padding:.4em .9em;min-width:8em}
.card b{display:block;font-size:1.6em}.warn b,b.bad{color:#D55E00}
table{border-collapse:collapse;margin:.5em 0;font-size:14px}
th,td{text-align:left;padding:.2em .7em;border-bottom:1px solid #eee;vertical-align:top}
td.n,th.n{text-align:right}.grid{display:grid;grid-template-columns:repeat(auto-fit,
 minmax(340px,1fr));gap:1em}figure{margin:.5em 0;break-inside:avoid}
nav a{margin-right:.9em}.nw{white-space:nowrap}
.empty{background:#f5f5f7;padding:.6em 1em;border-radius:6px}
@media print{nav{display:none}body{max-width:none;font-size:12px}section{break-before:auto}}
"""


def _table(head: list[str], rows: list[list[str]], numeric: Iterable[int] = ()) -> str:
    numeric = set(numeric)
    cls = [" class='n'" if i in numeric else "" for i in range(len(head))]
    return ("<table><thead><tr>" + "".join(f"<th{c}>{h}</th>" for c, h in zip(cls, head,
            strict=True)) + "</tr></thead><tbody>" + "".join(
        "<tr>" + "".join(f"<td{c}>{v}</td>" for c, v in zip(cls, r, strict=True)) + "</tr>"
        for r in rows) + "</tbody></table>")


def _capped(rows: list[list[str]], max_rows: int) -> tuple[list[list[str]], str]:
    if len(rows) <= max_rows:
        return rows, ""
    return rows[:max_rows], (f"<p class='muted'>\u2026 and {len(rows) - max_rows} more not "
                             "shown here; look any student up in the instructor dashboard "
                             "notebook (assignments/instructor-dashboard.ipynb).</p>")


def _empty(text: str) -> str:
    return f"<p class='empty'>{text}</p>"


def _who(s: StudentData) -> str:
    return f"<span class='nw'>{esc(s.id)}</span>" + (
        f" <small>({esc(s.name)})</small>" if s.name else "")


def _assignments_section(data: ClassData) -> str:
    if not data.assignments:
        return _empty("No assignments yet: this course has no <code>source/</code> folder.")
    rows = []
    for a in data.assignments:
        graded, manual, waiting, missing = data.status(a.name)
        late = sum(1 for s in data.students if (r := s.results.get(a.name)) and r.late)
        due = a.duedate.strftime("%Y-%m-%d %H:%M") if a.duedate else "—"
        rows.append([f"<b class='nw'>{esc(a.name)}</b><br><small>{esc(a.title)}</small>",
                     "yes" if a.released else "not yet", f"<span class='nw'>{due}</span>",
                     str(graded + manual + waiting), str(graded), str(manual), str(late),
                     str(missing)])
    table = _table(["Assignment", "Released", "Due (UTC)", "Submitted", "Graded", "Needs manual "
                    "grading", "Late", "No submission"], rows, range(3, 8))
    return (f"<figure>{chart_status(data)}</figure>" if data.students else "") + table


def _scores_section(data: ClassData) -> str:
    figures = []
    for a in data.assignments:
        scores = [r.score for s in data.students if (r := s.results.get(a.name)) and r.graded]
        if not scores:
            continue
        ordered = sorted(scores)
        median = ordered[len(ordered) // 2] if len(ordered) % 2 else \
            (ordered[len(ordered) // 2 - 1] + ordered[len(ordered) // 2]) / 2
        waiting = sum(1 for s in data.students if (r := s.results.get(a.name)) and r.needs_manual)
        title = f"{a.name} (out of {points_text(a.max_score)})"
        figures.append(
            f"<figure>{chart_histogram(scores, a.max_score, title)}"
            f"<figcaption><small>{len(scores)} graded · mean {sum(scores) / len(scores):.1f} · "
            f"median {points_text(median)}" + (f" · {waiting} still waiting for manual grading, so "
                                         "their written part is not counted yet" if waiting
                                         else "") + "</small></figcaption></figure>")
    if not figures:
        return _empty("Nothing graded yet: scores appear here after <code>cdkit grade</code>.")
    return f"<div class='grid'>{''.join(figures)}</div>"


def _completion_section(data: ClassData) -> str:
    if not data.with_work:
        return _empty("Nothing yet: no submitted workbook could be read. Completion appears "
                      "once students submit (and you collect) an assignment.")
    return (f"<p class='muted'>Out of all {len(data.students)} students; "
            f"{len(data.with_work)} of them have a readable submitted workbook (their newest). "
            "A step counts when its checks pass, as on the learner's progress bar.</p>"
            f"<figure>{chart_completion(data)}</figure>")


def _behind_section(data: ClassData, max_rows: int) -> str:
    behind = data.behind()
    rules = (f"<p class='muted'>Listed: no submission of an assignment that is released and "
             f"past its due date (or has none); under {LOW_COMPLETION:.0%} of the steps the "
             f"due assignments ask for; under {LOW_SCORE:.0%} of the points graded so far on "
             "an assignment; a workbook that could not be read.</p>")
    if not behind:
        if not data.due and not any(s.results for s in data.students):
            return rules + _empty("Nothing yet: no assignment is due and nothing is graded.")
        return rules + _empty("Nobody is falling behind. \u2714")
    rows = []
    for s, reasons in behind:
        done = data.completion(s)
        rows.append([_who(s), "<br>".join(esc(r) for r in reasons),
                     "—" if done is None else f"{done:.0%}",
                     str(sum(s.submitted(a.name) for a in data.assignments))])
    rows, more = _capped(rows, max_rows)
    return (rules + f"<p><b>{len(behind)}</b> of {len(data.students)} students.</p>"
            + _table(["Student", "Why", "Steps due done", "Submitted"], rows, (2, 3)) + more)


def _interviews_section(data: ClassData, max_rows: int) -> str:
    if not data.with_work:
        return _empty("Nothing yet: no submitted workbook could be read.")
    people = sorted(((s, s.work) for s in data.students if s.work is not None),
                    key=lambda p: (p[1].logged, p[1].planned, p[0].id))
    due = any("interviews" in a.steps for a in data.due)
    rows = [[_who(s), str(w.planned), str(w.logged),
             f"fewer than {MIN_INTERVIEWS} logged" if due and w.logged < MIN_INTERVIEWS
             else "", esc(w.assignment)] for s, w in people]
    rows, more = _capped(rows, max_rows)
    enough = sum(1 for _, w in people if w.logged >= MIN_INTERVIEWS)
    return (f"<figure>{chart_interviews(data)}</figure><p>{enough} of {len(people)} students "
            f"with a workbook have logged at least {MIN_INTERVIEWS} interviews; "
            f"{sum(w.logged for _, w in people)} interviews in all.</p>"
            + _table(["Student", "Planned", "Logged", "", "From"], rows, (1, 2)) + more)


def _resegment_section(data: ClassData, max_rows: int) -> str:
    if not data.with_work:
        return _empty("Nothing yet: no submitted workbook could be read.")
    summary = f"<p><b>{esc(data.resegment_summary())}</b>.</p>"
    done = data.resegmenting
    if not done:
        return summary + _empty("Nobody has split a segment yet.")
    rows = []
    for s, r in sorted(done, key=lambda p: (p[1].good, p[1].on_evidence, p[0].id)):
        credit = "" if r.credit is None else (
            f"{r.credit[0]} of {r.credit[1]}: {esc(shorten(r.credit[2], 300))}")
        rows.append([_who(s), esc(r.criterion) or "—", esc(r.chosen) or "—",
                     "yes" if r.on_evidence else "<b class='bad'>no</b>",
                     "<br>".join(esc(shorten(p, 200)) for p in r.problems) or "\u2714",
                     credit])
    rows, more = _capped(rows, max_rows)
    return ("<p class='muted'>On evidence: the interviews each student assigned to the two "
            "sub-segments are exactly the two sides of a split the kit finds in the parent "
            "segment's log. The decision credit is what the workbook earns for "
            "<code>reflection_next</code> (see the instructor notes).</p>" + summary
            + _table(["Student", "Criterion", "Chosen sub-segment", "On evidence",
                      "Left to do", "Decision credit"], rows) + more)


def _items_section(data: ClassData) -> str:
    blocks = []
    for kind in ("pain", "gain"):
        top = data.top(kind)
        inner = _table(["#", kind.capitalize(), "Students"],
                       [[str(i), esc(text), str(n)] for i, (text, n) in enumerate(top, 1)],
                       (0, 2)) if top else _empty(f"No {kind}s named yet.")
        blocks.append(f"<div><h3>Top {kind}s</h3>{inner}</div>")
    return ("<p class='muted'>From the profiles of the segments each student targets. Texts are "
            "counted once per student, ignoring case, punctuation and spacing.</p>"
            f"<div class='grid'>{''.join(blocks)}</div>")


def _manual_section(data: ClassData) -> str:
    if not data.manual_cells:
        return _empty("Nothing is waiting for manual grading.")
    rows = [[esc(a), f"<code>{esc(c)}</code>", str(n)] for a, c, n in data.manual_cells]
    total = sum(n for *_, n in data.manual_cells)
    return (f"<p>{total} answer(s) wait for a human grader: grade them in nbgrader's formgrader "
            "(Formgrader \u2192 Manual grading).</p>"
            + _table(["Assignment", "Cell (grade_id)", "Submissions waiting"], rows, (2,)))


def _review_section(data: ClassData, max_rows: int) -> str:
    if not data.review:
        return _empty("The latest grading runs flagged nothing, and graded every submission.")
    names = {s.id: s for s in data.students}
    rows = [[esc(a), _who(names[sid]) if sid in names else esc(sid),
             "<b class='bad'>failed</b>" if status == "failed" else "review",
             "<br>".join(esc(shorten(r, 300)) for r in reasons)]
            for a, sid, status, reasons in data.review]
    rows, more = _capped(rows, max_rows)
    return ("<p>What <code>cdkit grade</code> could not grade, or graded and asks a human to "
            "check: a test cell edited or deleted, a score the workbook does not earn (set to "
            "0 and left for manual grading), a cell stopped for time, memory or output, a link "
            "out of the submission. The reasons are the grader's, from "
            "<code>.cdkit/grading/</code>.</p>"
            + _table(["Assignment", "Student", "Status", "Reasons"], rows) + more)


def _refused_section(data: ClassData, max_rows: int) -> str:
    if not data.refused:
        return _empty("Every student id is a plain name.")
    rows = [[f"<code>{esc(name)}</code>", esc(where), esc(why)]
            for name, where, why in data.refused]
    rows, more = _capped(rows, max_rows)
    return (f"<p>{len(data.refused)} name(s) were refused as student ids and never graded: a "
            "name that is a pattern (<code>*</code>), a path (<code>../x</code>), hidden "
            "(<code>.x</code>) or holds control characters would make nbgrader grade or write "
            "other students' work. Find out who made them (the folders are left as they are) "
            "and remove them.</p>"
            + _table(["Name", "Found in", "Why"], rows) + more)


def _damaged_section(data: ClassData, max_rows: int) -> str:
    damaged = data.damaged
    if not damaged:
        return _empty(f"All {len(data.with_work)} submitted workbooks could be read.")
    rows = [[_who(s), esc(str(s.damaged_path.relative_to(data.root)) if s.damaged_path else ""),
             esc(shorten(s.damaged, 200))] for s in damaged]
    rows, more = _capped(rows, max_rows)
    return (f"<p>{len(damaged)} workbook(s) could not be read; they count as no work. The files "
            "were not changed.</p>" + _table(["Student", "File", "Problem"], rows) + more)


def report_html(data: ClassData, *, max_rows: int = 300) -> str:
    """The whole report as one HTML document (no external file of any kind)."""
    waiting = sum(n for *_, n in data.manual_cells)
    cards = [("Students", len(data.students), False),
             ("Submissions", sum(len(s.results.keys() | s.collected) for s in data.students),
              False),
             ("Answers waiting for manual grading", waiting, waiting > 0),
             ("Falling behind", len(data.behind()), False),
             ("Flagged at grading", len(data.review), bool(data.review)),
             ("Refused names", len(data.refused), bool(data.refused)),
             ("Workbooks read", len(data.with_work), False),
             ("Damaged workbooks", len(data.damaged), bool(data.damaged))]
    sections = [("assignments", "Assignments", _assignments_section(data)),
                ("scores", "Scores", _scores_section(data)),
                ("completion", "Completion of the path", _completion_section(data)),
                ("behind", "Who is falling behind", _behind_section(data, max_rows)),
                ("interviews", "Interviews planned and logged",
                 _interviews_section(data, max_rows)),
                ("resegment", "Who re-segmented, and on what",
                 _resegment_section(data, max_rows)),
                ("pains-gains", "Pains and gains the class names most", _items_section(data)),
                ("manual", "Waiting for manual grading", _manual_section(data)),
                ("review", "Flagged at grading", _review_section(data, max_rows)),
                ("refused", "Refused names", _refused_section(data, max_rows)),
                ("workbooks", "Workbooks that could not be read",
                 _damaged_section(data, max_rows))]
    note = f"<p class='empty'>\u26a0 {esc(data.note)}</p>" if data.note else ""
    empty = "" if data.students else _empty(
        "No students yet: the gradebook has none and nothing was collected. Add students "
        "(<code>nbgrader db student add</code>) or collect submissions, then run "
        "<code>cdkit report</code> again.")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Class report · {esc(data.course_id)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Class report · {esc(data.course_id)}</h1><p class='muted'>Made "
        f"{data.generated:%Y-%m-%d %H:%M} UTC from {esc(str(data.root))} · "
        f"{len(data.students)} students · {len(data.assignments)} assignments</p></header>"
        + note + empty + "<div class='cards'>" + "".join(
            f"<div class='card{' warn' if warn else ''}'><b>{value}</b><small>{label}</small>"
            "</div>" for label, value, warn in cards) + "</div><nav><p>" + "".join(
            f"<a href='#{key}'>{title}</a>" for key, title, _ in sections) + "</p></nav>"
        + "".join(f"<section id='{key}'><h2>{title}</h2>{body}</section>"
                  for key, title, body in sections)
        + "<footer><p class='muted'><small>Made by <code>cdkit report</code> (Customer "
          "Discovery Kit).</small></p></footer></body></html>")


def write_report(course: Course | str | os.PathLike[str], out: str | os.PathLike[str] | None
                 = None, *, max_rows: int = 300) -> Path:
    """Write the class report (default ``<course>/report.html``) and return its path."""
    course = course if isinstance(course, Course) else Course(course)
    target = Path(out).expanduser() if out else course.root / "report.html"
    make_parent(target, "the report")
    # a device, a pipe or a folder is refused before the class is read, and never replaced
    regular_target(target, "the report", example="report.html")
    text = report_html(collect_class(course), max_rows=max_rows)
    write_atomic(target, text, what="the report", example="report.html")
    return target
