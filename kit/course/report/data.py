"""Reading the class: the gradebook (whole nbgrader tables through SQLAlchemy, never
``import nbgrader``) and each student's newest submitted workbook."""

from __future__ import annotations

import datetime as _dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.checks.rubric import ASSIGNMENTS
from kit.course.directory import REFUSED, Course, name_problem, shown_name
from kit.course.report.model import (
    AssignmentInfo,
    ClassData,
    Resegmenting,
    Result,
    StudentData,
    Work,
)
from kit.errors import KitError
from kit.model import Workbook
from kit.progress import path_progress
from kit.workbook import DEFAULT_NAME, WorkbookStore

__all__ = ["collect_class"]

# --------------------------------------------------------------------------- the gradebook


_EPOCH = _dt.datetime(1970, 1, 1)


def _when(value) -> _dt.datetime | None:
    """A gradebook date as a naive UTC datetime (SQLite gives text, PostgreSQL datetimes)."""
    if isinstance(value, str):
        value = _dt.datetime.fromisoformat(value)
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(_dt.UTC).replace(tzinfo=None)
    return value if isinstance(value, _dt.datetime) else None


def _delta(value) -> _dt.timedelta | None:
    """An extension: PostgreSQL gives an interval; elsewhere nbgrader stores epoch + interval."""
    if isinstance(value, _dt.timedelta):
        return value
    when = _when(value)
    return when - _EPOCH if when is not None else None


@dataclass
class _Gradebook:
    students: list = field(default_factory=list)  # (id, first name, last name)
    duedates: dict = field(default_factory=dict)  # assignment -> due date or None
    cells: dict = field(default_factory=dict)  # graded cell id -> (assignment, name, points)
    submissions: list = field(default_factory=list)  # (id, student, assignment, when, extension)
    notebooks: dict = field(default_factory=dict)  # submitted notebook id -> submission id
    scores: list = field(default_factory=list)  # (notebook id, grades with a score, score)
    waiting: list = field(default_factory=list)  # (notebook id, cell id) needing a human


def _read_gradebook(url: str) -> _Gradebook:
    """Whole tables, each in one query (never one query per student); empty when there is no
    gradebook yet. A SQLite file that does not exist is not created."""
    from sqlalchemy import case, column, create_engine, func, inspect, literal, select, table
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and not Path(parsed.database).is_file():
        return _Gradebook()
    t = {name: table(name, *map(column, cols.split())) for name, cols in {
        "student": "id first_name last_name", "assignment": "id name duedate",
        "notebook": "id assignment_id", "base_cell": "id name notebook_id",
        "grade_cells": "id max_score", "task_cells": "id max_score",
        "submitted_assignment": "id assignment_id student_id timestamp extension",
        "submitted_notebook": "id assignment_id",
        "grade": "notebook_id cell_id auto_score manual_score extra_credit needs_manual_grade",
    }.items()}
    st, a, nb, cell, gc, tc, sub, snb, g = (t[k].c for k in t)
    bonus = func.coalesce(g.extra_credit, 0.0)
    score = case((g.manual_score.is_not(None), g.manual_score + bonus),
                 (g.auto_score.is_not(None), g.auto_score + bonus), else_=literal(0.0))
    scored = case((g.manual_score.is_not(None) | g.auto_score.is_not(None), 1), else_=0)
    engine = create_engine(url)
    try:
        if not inspect(engine).has_table("submitted_assignment"):
            return _Gradebook()
        with engine.connect() as db:
            def run(query: Any) -> list[Any]:
                return list(db.execute(query).all())

            return _Gradebook(
                run(select(st.id, st.first_name, st.last_name)),
                dict(run(select(a.name, a.duedate))),
                {i: (an, n, m) for i, n, an, m in run(
                    select(cell.id, cell.name, a.name, func.coalesce(gc.max_score, tc.max_score))
                    .select_from(t["base_cell"].join(t["notebook"], nb.id == cell.notebook_id)
                                 .join(t["assignment"], a.id == nb.assignment_id)
                                 .outerjoin(t["grade_cells"], gc.id == cell.id)
                                 .outerjoin(t["task_cells"], tc.id == cell.id))) if m is not None},
                run(select(sub.id, sub.student_id, a.name, sub.timestamp, sub.extension)
                    .select_from(t["submitted_assignment"].join(
                        t["assignment"], a.id == sub.assignment_id))),
                dict(run(select(snb.id, snb.assignment_id))),
                run(select(g.notebook_id, func.sum(scored), func.sum(score))
                    .group_by(g.notebook_id)),
                run(select(g.notebook_id, g.cell_id).where(g.needs_manual_grade.is_(True))))
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- collecting


def _scan_submitted(root: Path) -> dict[str, set[str]]:
    """student -> the assignment folders collected into ``submitted/`` (never a refused
    name: see :func:`_refused`)."""
    found: dict[str, set[str]] = {}
    try:
        with os.scandir(root / "submitted") as students:
            for entry in students:
                if entry.is_dir() and name_problem(entry.name) is None:
                    with os.scandir(entry.path) as folders:
                        found[entry.name] = {f.name for f in folders if f.is_dir()}
    except OSError:
        pass
    return found


def _read_work(path: Path, assignment: str) -> Work:
    """What the report needs from one workbook; raises KitError for a damaged file."""
    wb = WorkbookStore(path).read(path)
    progress = path_progress(wb)
    segments = wb.targeted_segments or wb.segments
    return Work(
        assignment, path,
        frozenset(r.step.id for lp in progress.lessons for r in lp.steps if r.done),
        len(wb.plan.contacts), len(wb.interviews),
        tuple(i.text for s in segments for i in s.profile.pains if i.text.strip()),
        tuple(i.text for s in segments for i in s.profile.gains if i.text.strip()),
        _resegmenting(wb, assignment))


def _resegmenting(wb: Workbook, assignment: str) -> Resegmenting | None:
    """How the student re-segmented (None: they did not), with the decision's credit."""
    from kit.checks.resegment import resegment_status
    from kit.checks.rubric import CREDITS, manual_credit

    status = resegment_status(wb)
    if not status.resegmented:
        return None
    credit = None
    for aid, grade_id in CREDITS:
        if aid == assignment:
            found = manual_credit(aid, grade_id, wb)
            if found is not None:
                credit = (found.points, found.of, found.message)
    return Resegmenting(status.criterion, status.chosen, status.on_evidence, status.good,
                        status.problems, credit)


def _try_work(job: tuple[Path, str]) -> Work | str:
    """The work, or why there is none (a damaged file, or data a rule trips on)."""
    try:
        return _read_work(*job)
    except KitError as err:
        return str(err)
    except Exception as err:  # odd data must not stop the report
        return f"the work could not be checked ({err!r})"


def collect_class(course: Course | str | os.PathLike[str], *,
                  now: _dt.datetime | None = None) -> ClassData:
    """Everything the report shows, for every student and assignment of ``course``."""
    course = course if isinstance(course, Course) else Course(course)
    now = now or _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
    note = ""
    try:
        gb = _read_gradebook(course.db_url)
    except Exception as err:  # a locked, foreign or broken database: report what we can
        gb = _Gradebook()
        note = f"The gradebook could not be read ({type(err).__name__}: {err})."[:300]
    on_disk = _scan_submitted(course.root)
    students = {sid: StudentData(sid, first or "", last or "") for sid, first, last in gb.students
                if name_problem(sid) is None}
    for sid in on_disk:
        students.setdefault(sid, StudentData(sid))
    maxima: dict[str, float] = {}
    for assignment, _, points in gb.cells.values():
        maxima[assignment] = maxima.get(assignment, 0.0) + float(points)
    duedates = {name: _when(due) for name, due in gb.duedates.items()}
    names = sorted(set(course.assignments()) | set(duedates))
    someone = {name for _, _, name, *_ in gb.submissions} | {
        a for s in on_disk.values() for a in s}
    totals: dict[str, list[float]] = {}  # submission -> [grades with a score, score, pending]
    for notebook, n_scored, score in gb.scores:
        total = totals.setdefault(gb.notebooks.get(notebook, ""), [0.0, 0.0, 0.0])
        total[0] += n_scored or 0
        total[1] += float(score or 0.0)
    manual: Counter[tuple[str, str]] = Counter()
    for notebook, cell_id in gb.waiting:
        found = totals.get(gb.notebooks.get(notebook, ""))
        if found and found[0] and cell_id in gb.cells:  # autograded, so a human's turn
            assignment, cell_name, points = gb.cells[cell_id]
            found[2] += float(points)
            manual[assignment, cell_name] += 1
    for sub_id, sid, name, stamp, extension in gb.submissions:
        if name_problem(sid) is not None:
            continue
        n_scored, score, pending = totals.get(sub_id, (0, 0.0, 0.0))
        due, late = duedates.get(name), False
        when = _when(stamp) if stamp is not None else None
        if due is not None and when is not None:
            late = when > due + (_delta(extension) or _dt.timedelta())
        students.setdefault(sid, StudentData(sid)).results[name] = Result(
            score, maxima.get(name, 0.0), n_scored > 0, pending > 0, pending, late)
    outbound = course.exchange / course.course_id / "outbound"
    assignments = []
    for name in names:
        due = duedates.get(name)
        released = (outbound / name).is_dir() or name in someone or bool(due and due <= now)
        spec = ASSIGNMENTS.get(name)
        maximum = maxima.get(name) or float(spec.auto_points + spec.manual_points if spec else 0)
        assignments.append(AssignmentInfo(name, spec.title if spec else name, maximum, due,
                                          released, released and (due is None or due <= now)))
    order = {a.name: i for i, a in enumerate(assignments)}
    jobs, owners = [], []
    for s in students.values():
        s.collected = on_disk.get(s.id, set())
        folder = course.root / "submitted" / s.id
        newest = sorted((a for a in s.collected if (folder / a / DEFAULT_NAME).is_file()),
                        key=lambda a: (order.get(a, -1), a))
        if newest:
            jobs.append((folder / newest[-1] / DEFAULT_NAME, newest[-1]))
            owners.append(s)
    for s, (path, _), work in zip(owners, jobs, map(_try_work, jobs), strict=True):
        if isinstance(work, Work):
            s.work = work
        else:
            s.damaged, s.damaged_path = work, path
    return ClassData(course.course_id, course.root, now, assignments,
                     sorted(students.values(), key=lambda s: s.id),
                     sorted((a, c, n) for (a, c), n in manual.items()), note,
                     _review(course, names), _refused(course, names, [s for s, *_ in gb.students]))


def _refused(course: Course, assignments: list[str], in_gradebook: list[str]
             ) -> list[tuple[str, str, str]]:
    """Names refused as student ids, (name as shown, where, why): folders in ``submitted/``
    and in the exchange, students in the gradebook, and what grading refused."""
    from kit.course.grader.summary import read_summary

    found: dict[str, tuple[list[str], str]] = {}

    def add(name: str, where: str, why: str) -> None:
        found.setdefault(name, ([], why))[0].append(where)

    for name, why in course.refused().items():
        add(name, "submitted/", why)
    for name, why in course.refused_inbound().items():
        add(name, "the exchange (not collected)", why)
    for name, why in course.refused(names=[str(s) for s in in_gradebook]).items():
        add(name, "the gradebook", why)
    for assignment in assignments:
        failed = (read_summary(course.root, assignment) or {}).get("failed") or {}
        for name, why in failed.items() if isinstance(failed, dict) else ():
            if str(why).startswith(REFUSED):
                add(shown_name(str(name)), f"grading of {assignment}", str(why)[len(REFUSED):])
    return [(name, ", ".join(dict.fromkeys(where)), why)
            for name, (where, why) in sorted(found.items())]


def _changed_after_grading(course: Course, assignment: str) -> dict[str, list[str]]:
    """Automatic scores in the gradebook that are not what the grading left in it."""
    from kit.course.grader.audit import changed_after_grading

    try:
        return changed_after_grading(course, assignment)
    except Exception:  # a gradebook that cannot be opened: said elsewhere in the report
        return {}


def _review(course: Course, assignments: list[str]) -> list[tuple[str, str, str, tuple]]:
    """What the latest grading of each assignment failed or flagged, from the summaries
    ``cdkit grade`` keeps in the course (a damaged summary counts as none)."""
    from kit.course.grader.summary import read_summary

    found = []
    for name in assignments:
        kept = read_summary(course.root, name) or {}
        failed, flagged = kept.get("failed") or {}, kept.get("flagged") or {}
        if not (isinstance(failed, dict) and isinstance(flagged, dict)):
            continue
        changed = _changed_after_grading(course, name)
        for student in sorted(set(failed) | set(flagged) | set(changed), key=str):
            if str(failed.get(student, "")).startswith(REFUSED):
                continue  # listed with the refused names
            reasons = [failed[student]] if student in failed else []
            reasons += flagged.get(student) or []
            reasons += changed.get(student) or []
            found.append((name, str(student), "failed" if student in failed else "review",
                          tuple(str(r) for r in reasons)))
    return found
