"""The class report (``cdkit report``): one self-contained HTML page about the whole class.

:func:`collect_class` reads the gradebook (four SQL queries on nbgrader's tables, through
SQLAlchemy, whatever the class size) and each student's newest submitted workbook
(``submitted/<student>/<assignment>/workbook.json``), judged with :func:`kit.progress.path_progress`
(the same rules as the learner's progress bar). :func:`write_report` turns that into
``report.html``: charts drawn as inline SVG, no file or font fetched from anywhere, readable on a
laptop and printable. All learner text is escaped.

nbgrader itself is never imported (``import nbgrader`` alone takes seconds: it loads its server
extensions), and neither is matplotlib: SVG charts cost microseconds, so the report of a class of
5,000 stays well under two seconds.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kit.course.directory import Course
from kit.course.rubric import ASSIGNMENTS
from kit.errors import KitError
from kit.progress import LESSONS, STEPS, path_progress
from kit.workbook import DEFAULT_NAME, WorkbookStore

__all__ = ["ASSIGNMENT_STEPS", "LOW_COMPLETION", "LOW_SCORE", "AssignmentInfo", "ClassData",
           "Result", "StudentData", "Work", "collect_class", "normalise", "report_html",
           "write_report"]

#: The path's steps each assignment asks for (ids of :data:`kit.progress.STEPS`).
ASSIGNMENT_STEPS: dict[str, tuple[str, ...]] = {
    "01-segments": ("targeted-segment", "segment-context", "neighbour", "pattern", "size"),
    "02-profile": ("profile-items", "job-types", "customer-not-product", "unaddressed"),
    "03-interview-plan": ("plan-goal", "contacts", "questions"),
    "04-interview-log": ("interviews", "surprises", "evidence"),
}
LOW_COMPLETION = 0.5
"""Below this share of the steps the due assignments ask for, a student is falling behind."""
LOW_SCORE = 0.5
"""Below this share of the points graded so far on an assignment, a student is falling behind."""
MIN_INTERVIEWS = 3


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class AssignmentInfo:
    name: str
    title: str
    max_score: float
    duedate: _dt.datetime | None  # UTC, as nbgrader keeps it
    released: bool  # in the exchange's outbound folder, submitted by someone, or past due
    due: bool  # released and not before its due date: a missing submission counts

    @property
    def steps(self) -> tuple[str, ...]:
        return ASSIGNMENT_STEPS.get(self.name, ())


@dataclass(frozen=True)
class Result:
    """One student's submission of one assignment, as the gradebook has it."""

    score: float
    max_score: float
    graded: bool  # autograded: it has grades
    needs_manual: bool
    pending_points: float  # points of the cells still waiting for a human grader
    late: bool

    @property
    def share(self) -> float | None:
        """Score over the points graded so far (``None`` when nothing is graded yet)."""
        gradable = self.max_score - self.pending_points
        return self.score / gradable if self.graded and gradable > 0 else None


@dataclass(frozen=True)
class Work:
    """What one student's newest submitted workbook holds."""

    assignment: str  # the assignment folder it was read from
    path: Path
    steps_done: frozenset[str]
    planned: int  # contacts in the interview plan
    logged: int  # interviews logged
    pains: tuple[str, ...]
    gains: tuple[str, ...]


@dataclass
class StudentData:
    id: str
    first_name: str = ""
    last_name: str = ""
    results: dict[str, Result] = field(default_factory=dict)
    collected: set[str] = field(default_factory=set)  # assignment folders in submitted/
    work: Work | None = None
    damaged: str = ""  # why the newest workbook could not be used ("" when fine or absent)
    damaged_path: Path | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def submitted(self, assignment: str) -> bool:
        return assignment in self.results or assignment in self.collected


@dataclass
class ClassData:
    course_id: str
    root: Path
    generated: _dt.datetime
    assignments: list[AssignmentInfo]
    students: list[StudentData]
    manual_cells: list[tuple[str, str, int]]  # (assignment, grade_id, submissions waiting)
    note: str = ""  # why the gradebook could not be read, if it could not

    @property
    def with_work(self) -> list[StudentData]:
        return [s for s in self.students if s.work is not None]

    @property
    def damaged(self) -> list[StudentData]:
        return [s for s in self.students if s.damaged]

    @cached_property
    def due(self) -> list[AssignmentInfo]:
        return [a for a in self.assignments if a.due]

    @cached_property
    def due_steps(self) -> frozenset[str]:
        """The steps the due assignments ask for."""
        return frozenset(s for a in self.due for s in a.steps)

    def student(self, student_id: str) -> StudentData:
        for s in self.students:
            if s.id == student_id:
                return s
        raise KitError(f"There is no student {student_id!r} in this class.")

    def completion(self, student: StudentData) -> float | None:
        """Share of the steps the due assignments ask for that the student has done."""
        steps = self.due_steps
        if not steps:
            return None
        done = student.work.steps_done if student.work else frozenset()
        return len(steps & done) / len(steps)

    def status(self, assignment: str) -> tuple[int, int, int, int]:
        """Students who are (graded, waiting for manual grading, submitted but not graded
        yet, without a submission) on ``assignment``."""
        return self._statuses.get(assignment, (0, 0, 0, len(self.students)))

    @cached_property
    def _statuses(self) -> dict[str, tuple[int, int, int, int]]:
        counts = {a.name: [0, 0, 0] for a in self.assignments}
        for s in self.students:
            for name, r in s.results.items():
                if r.graded and name in counts:
                    counts[name][1 if r.needs_manual else 0] += 1
            for name in s.collected | s.results.keys():
                r = s.results.get(name)
                if (r is None or not r.graded) and name in counts:
                    counts[name][2] += 1
        n = len(self.students)
        return {k: (g, m, w, n - g - m - w) for k, (g, m, w) in counts.items()}

    def behind(self) -> list[tuple[StudentData, list[str]]]:
        """Students falling behind, with the reasons, the most worrying first."""
        return self._behind

    @cached_property
    def _behind(self) -> list[tuple[StudentData, list[str]]]:
        out = []
        for s in self.students:
            reasons = []
            missing = [a.name for a in self.due if not s.submitted(a.name)]
            if missing:
                reasons.append("no submission of " + ", ".join(missing))
            if s.damaged:
                reasons.append("their workbook could not be read")
            elif s.collected and s.work is None:
                reasons.append("their submission holds no workbook (no work saved)")
            done = self.completion(s)
            if done is not None and done < LOW_COMPLETION and s.work is not None:
                reasons.append(f"low completion: {done:.0%} of the steps due so far")
            for a in self.assignments:
                r = s.results.get(a.name)
                if r is not None and r.share is not None and r.share < LOW_SCORE:
                    reasons.append(f"low score on {a.name}: {_num(r.score)} of "
                                   f"{_num(r.max_score - r.pending_points)} points graded")
            if reasons:
                out.append((len(missing) + len(reasons), s, reasons))
        return [(s, reasons) for _, s, reasons in sorted(out, key=lambda x: (-x[0], x[1].id))]

    def top(self, kind: str, n: int = 15) -> list[tuple[str, int]]:
        """The ``n`` pains (or gains) most students named: (text as most wrote it, students)."""
        students: Counter[str] = Counter()
        spellings: dict[str, Counter[str]] = {}
        for s in self.with_work:
            seen = set()
            for text in getattr(s.work, kind + "s"):
                key = normalise(text)
                if key and key not in seen:
                    seen.add(key)
                    students[key] += 1
                    spellings.setdefault(key, Counter())[" ".join(text.split())] += 1
        ranked = sorted(students.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [(max(spellings[k].items(), key=lambda kv: (kv[1], not kv[0].isupper(),
                                                            not kv[0].islower()))[0], count)
                for k, count in ranked]


def normalise(text: str) -> str:
    """Text for counting: lower case, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKC", str(text)).lower().replace("'", "").replace("\u2019", "")
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return " ".join(text.split())


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
            run = lambda query: db.execute(query).all()  # noqa: E731
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
    """student -> the assignment folders collected into ``submitted/``."""
    found: dict[str, set[str]] = {}
    try:
        with os.scandir(root / "submitted") as students:
            for entry in students:
                if entry.is_dir() and not entry.name.startswith("."):
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
        tuple(i.text for s in segments for i in s.profile.gains if i.text.strip()))


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
    students = {sid: StudentData(sid, first or "", last or "") for sid, first, last in gb.students}
    for sid in on_disk:
        students.setdefault(sid, StudentData(sid))
    maxima: Counter[str] = Counter()
    for assignment, _, points in gb.cells.values():
        maxima[assignment] += float(points)
    duedates = {name: _when(due) for name, due in gb.duedates.items()}
    names = sorted(set(course.assignments()) | set(duedates))
    someone = {name for _, _, name, *_ in gb.submissions} | {
        a for s in on_disk.values() for a in s}
    totals: dict[str, list[float]] = {}  # submission -> [grades with a score, score, pending]
    for notebook, n_scored, score in gb.scores:
        total = totals.setdefault(gb.notebooks.get(notebook), [0, 0.0, 0.0])
        total[0] += n_scored or 0
        total[1] += float(score or 0.0)
    manual: Counter[tuple[str, str]] = Counter()
    for notebook, cell_id in gb.waiting:
        total = totals.get(gb.notebooks.get(notebook))
        if total and total[0] and cell_id in gb.cells:  # autograded, so a human's turn
            assignment, cell_name, points = gb.cells[cell_id]
            total[2] += float(points)
            manual[assignment, cell_name] += 1
    for sub_id, sid, name, stamp, extension in gb.submissions:
        n_scored, score, pending = totals.get(sub_id, (0, 0.0, 0.0))
        due, late = duedates.get(name), False
        if due is not None and stamp is not None:
            late = _when(stamp) > due + (_delta(extension) or _dt.timedelta())
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
                     sorted((a, c, n) for (a, c), n in manual.items()), note)


# --------------------------------------------------------------------------- SVG charts

_E = html.escape
BLUE, ORANGE, GREEN, RED, SKY, GREY = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9",
                                       "#d9d9de")
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _svg(width: int, height: int, title: str, body: Iterable[str]) -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
            f"width='100%' style='max-width:{width}px;{_FONT}' role='img' "
            f"aria-label='{_E(title)}'><title>{_E(title)}</title>{''.join(body)}</svg>")


def _text(x: float, y: float, text: str, size: int = 12, anchor: str = "start",
          colour: str = "#1d1d1f", weight: str = "normal") -> str:
    return (f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' text-anchor='{anchor}' "
            f"fill='{colour}' font-weight='{weight}'>{_E(text)}</text>")


def _rect(x: float, y: float, w: float, h: float, colour: str, tip: str = "") -> str:
    tip = f"<title>{_E(tip)}</title>" if tip else ""
    return (f"<rect x='{x:.1f}' y='{y:.1f}' width='{max(w, 0):.1f}' height='{h:.1f}' "
            f"fill='{colour}'>{tip}</rect>")


def _legend(items: list[tuple[str, str]], x: float, y: float) -> list[str]:
    out = []
    for label, colour in items:
        out += [_rect(x, y - 10, 12, 12, colour), _text(x + 17, y, label, 12)]
        x += 30 + 7 * len(label)
    return out


def chart_completion(data: ClassData) -> str:
    """One bar per step of the path: the share of all students who have done it."""
    n = len(data.students)
    counts = Counter(step for s in data.with_work for step in s.work.steps_done)
    graded = {st for a in data.assignments for st in a.steps}
    label_w, bar_w, row, y = 450, 360, 19, 30
    body = [*_legend([("done", BLUE)], label_w, 16), _text(label_w + 70, 16, "\u25cf", 12,
                                                          colour=ORANGE),
            _text(label_w + 84, 16, "a graded assignment asks for this step", 12)]
    for lesson, title in LESSONS.items():
        body.append(_text(4, y + 13, f"{lesson[:2]} {title}", 12, weight="bold"))
        y += row
        for step in (s for s in STEPS if s.lesson == lesson):
            share = counts[step.id] / n if n else 0.0
            body += [_text(label_w - 18, y + 12, _short(step.title, 70), 11, "end"),
                     _rect(label_w, y + 2, bar_w, row - 5, "#f0f0f3"),
                     _text(label_w - 6, y + 12, "\u25cf" if step.id in graded else "", 10,
                           "end", ORANGE),
                     _rect(label_w, y + 2, bar_w * share, row - 5, BLUE,
                           f"{step.title}: {counts[step.id]} of {n}"),
                     _text(label_w + bar_w + 6, y + 12, f"{share:.0%} ({counts[step.id]})", 11)]
            y += row
    return _svg(label_w + bar_w + 80, y + 6, "Share of students who completed each step", body)


def chart_status(data: ClassData) -> str:
    """One stacked bar per assignment: graded, waiting for a human, not graded yet, missing."""
    n = max(len(data.students), 1)
    parts = [("graded", GREEN), ("needs manual grading", ORANGE), ("submitted, not graded yet",
             SKY), ("no submission", GREY)]
    label_w, bar_w, row = 170, 560, 30
    body = _legend(parts, 8, 16)
    for i, a in enumerate(data.assignments):
        y, x = 30 + i * row, float(label_w)
        counts = data.status(a.name)
        body.append(_text(label_w - 8, y + 16, a.name, 12, "end"))
        for (label, colour), count in zip(parts, counts, strict=True):
            width = bar_w * count / n
            body.append(_rect(x, y + 2, width, row - 8, colour, f"{a.name}: {count} {label}"))
            if width > 28:
                body.append(_text(x + width / 2, y + 17, str(count), 11, "middle",
                                  "#1d1d1f" if colour in (GREY, SKY) else "white"))
            x += width
    return _svg(label_w + bar_w + 20, 40 + row * len(data.assignments),
                "Submissions per assignment", body)


def chart_histogram(scores: list[float], maximum: float, title: str) -> str:
    """How many students got each score (bins of one point, or ten bins for big maxima)."""
    step = max(1, -(-int(maximum) // 10)) if maximum > 20 else 1
    bins = [0] * (int(maximum) // step + 1)
    for x in scores:
        bins[min(max(int(x // step), 0), len(bins) - 1)] += 1
    width, height, left, bottom = 360, 190, 36, 34
    top = max(bins) or 1
    bw = (width - left - 10) / len(bins)
    body = [_text(left, 14, title, 12, weight="bold"),
            f"<line x1='{left}' y1='{height - bottom}' x2='{width - 8}' y2='{height - bottom}' "
            "stroke='#6e6e73'/>", _text(left - 4, 32, str(top), 10, "end", "#6e6e73"),
            _text(left - 4, height - bottom, "0", 10, "end", "#6e6e73")]
    for i, count in enumerate(bins):
        h = (height - bottom - 28) * count / top
        x = left + i * bw
        label = str(i * step) if step == 1 else f"{i * step}+"
        body += [_rect(x + 1, height - bottom - h, bw - 2, h, BLUE,
                       f"{count} student(s) scored {label}"),
                 _text(x + bw / 2, height - bottom + 14, label, 10, "middle", "#6e6e73")]
        if count:
            body.append(_text(x + bw / 2, height - bottom - h - 3, str(count), 10, "middle"))
    body.append(_text((width + left) / 2, height - 4, "points", 10, "middle", "#6e6e73"))
    return _svg(width, height, title, body)


def chart_interviews(data: ClassData) -> str:
    """Students by the number of interviews planned and logged (0 … 8+)."""
    cats = [*map(str, range(8)), "8+"]
    planned = Counter(min(s.work.planned, 8) for s in data.with_work)
    logged = Counter(min(s.work.logged, 8) for s in data.with_work)
    width, height, left, bottom = 620, 220, 40, 40
    top = max([*planned.values(), *logged.values(), 1])
    gw = (width - left - 10) / len(cats)
    body = _legend([("planned (contacts)", BLUE), ("logged", ORANGE)], left + 10, 16)
    body += [f"<line x1='{left}' y1='{height - bottom}' x2='{width - 8}' y2='{height - bottom}' "
             "stroke='#6e6e73'/>", _text(left - 4, 38, str(top), 10, "end", "#6e6e73")]
    for i, cat in enumerate(cats):
        x = left + i * gw
        for j, (series, colour) in enumerate(((planned, BLUE), (logged, ORANGE))):
            h = (height - bottom - 36) * series[i] / top
            bx = x + 4 + j * (gw - 8) / 2
            body.append(_rect(bx, height - bottom - h, (gw - 8) / 2 - 1, h, colour,
                              f"{series[i]} student(s) with {cat}"))
            if series[i]:
                body.append(_text(bx + (gw - 8) / 4, height - bottom - h - 3, str(series[i]),
                                  10, "middle"))
        body.append(_text(x + gw / 2, height - bottom + 14, cat, 10, "middle", "#6e6e73"))
    x3 = left + MIN_INTERVIEWS * gw
    body += [f"<line x1='{x3:.1f}' y1='28' x2='{x3:.1f}' y2='{height - bottom}' "
             "stroke='#D55E00' stroke-dasharray='4 3'/>",
             _text(x3 + 4, 36, f"\u2192 at least {MIN_INTERVIEWS}: a first round", 10,
                   colour=RED),
             _text((width + left) / 2, height - 6, "interviews per student", 10, "middle",
                   "#6e6e73")]
    return _svg(width, height, "Interviews planned and logged", body)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "\u2026"


# --------------------------------------------------------------------------- the page

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;
 margin:0 auto;max-width:1060px;padding:1em 1.5em}
h1{margin:.2em 0}h2{margin-top:1.6em;border-bottom:2px solid #e5e5ea;padding-bottom:.2em;
 break-after:avoid}
.muted,small{color:#6e6e73}.cards{display:flex;flex-wrap:wrap;gap:.6em}
.card{border:1px solid #e5e5ea;border-radius:8px;padding:.4em .9em;min-width:8em}
.card b{display:block;font-size:1.6em}.warn b{color:#D55E00}
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
    return f"<span class='nw'>{_E(s.id)}</span>" + (
        f" <small>({_E(s.name)})</small>" if s.name else "")


def _assignments_section(data: ClassData) -> str:
    if not data.assignments:
        return _empty("No assignments yet: this course has no <code>source/</code> folder.")
    rows = []
    for a in data.assignments:
        graded, manual, waiting, missing = data.status(a.name)
        late = sum(1 for s in data.students if (r := s.results.get(a.name)) and r.late)
        due = a.duedate.strftime("%Y-%m-%d %H:%M") if a.duedate else "—"
        rows.append([f"<b class='nw'>{_E(a.name)}</b><br><small>{_E(a.title)}</small>",
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
        title = f"{a.name} (out of {_num(a.max_score)})"
        figures.append(
            f"<figure>{chart_histogram(scores, a.max_score, title)}"
            f"<figcaption><small>{len(scores)} graded · mean {sum(scores) / len(scores):.1f} · "
            f"median {_num(median)}" + (f" · {waiting} still waiting for manual grading, so "
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
        rows.append([_who(s), "<br>".join(_E(r) for r in reasons),
                     "—" if done is None else f"{done:.0%}",
                     str(sum(s.submitted(a.name) for a in data.assignments))])
    rows, more = _capped(rows, max_rows)
    return (rules + f"<p><b>{len(behind)}</b> of {len(data.students)} students.</p>"
            + _table(["Student", "Why", "Steps due done", "Submitted"], rows, (2, 3)) + more)


def _interviews_section(data: ClassData, max_rows: int) -> str:
    if not data.with_work:
        return _empty("Nothing yet: no submitted workbook could be read.")
    people = sorted(data.with_work, key=lambda s: (s.work.logged, s.work.planned, s.id))
    due = any("interviews" in a.steps for a in data.due)
    rows = [[_who(s), str(s.work.planned), str(s.work.logged),
             f"fewer than {MIN_INTERVIEWS} logged" if due and s.work.logged < MIN_INTERVIEWS
             else "", _E(s.work.assignment)] for s in people]
    rows, more = _capped(rows, max_rows)
    enough = sum(s.work.logged >= MIN_INTERVIEWS for s in people)
    return (f"<figure>{chart_interviews(data)}</figure><p>{enough} of {len(people)} students "
            f"with a workbook have logged at least {MIN_INTERVIEWS} interviews; "
            f"{sum(s.work.logged for s in people)} interviews in all.</p>"
            + _table(["Student", "Planned", "Logged", "", "From"], rows, (1, 2)) + more)


def _items_section(data: ClassData) -> str:
    blocks = []
    for kind in ("pain", "gain"):
        top = data.top(kind)
        inner = _table(["#", kind.capitalize(), "Students"],
                       [[str(i), _E(text), str(n)] for i, (text, n) in enumerate(top, 1)],
                       (0, 2)) if top else _empty(f"No {kind}s named yet.")
        blocks.append(f"<div><h3>Top {kind}s</h3>{inner}</div>")
    return ("<p class='muted'>From the profiles of the segments each student targets. Texts are "
            "counted once per student, ignoring case, punctuation and spacing.</p>"
            f"<div class='grid'>{''.join(blocks)}</div>")


def _manual_section(data: ClassData) -> str:
    if not data.manual_cells:
        return _empty("Nothing is waiting for manual grading.")
    rows = [[_E(a), f"<code>{_E(c)}</code>", str(n)] for a, c, n in data.manual_cells]
    total = sum(n for *_, n in data.manual_cells)
    return (f"<p>{total} answer(s) wait for a human grader: grade them in nbgrader's formgrader "
            "(Formgrader \u2192 Manual grading).</p>"
            + _table(["Assignment", "Cell (grade_id)", "Submissions waiting"], rows, (2,)))


def _damaged_section(data: ClassData, max_rows: int) -> str:
    damaged = data.damaged
    if not damaged:
        return _empty(f"All {len(data.with_work)} submitted workbooks could be read.")
    rows = [[_who(s), _E(str(s.damaged_path.relative_to(data.root)) if s.damaged_path else ""),
             _E(_short(s.damaged, 200))] for s in damaged]
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
             ("Workbooks read", len(data.with_work), False),
             ("Damaged workbooks", len(data.damaged), bool(data.damaged))]
    sections = [("assignments", "Assignments", _assignments_section(data)),
                ("scores", "Scores", _scores_section(data)),
                ("completion", "Completion of the path", _completion_section(data)),
                ("behind", "Who is falling behind", _behind_section(data, max_rows)),
                ("interviews", "Interviews planned and logged",
                 _interviews_section(data, max_rows)),
                ("pains-gains", "Pains and gains the class names most", _items_section(data)),
                ("manual", "Waiting for manual grading", _manual_section(data)),
                ("workbooks", "Workbooks that could not be read",
                 _damaged_section(data, max_rows))]
    note = f"<p class='empty'>\u26a0 {_E(data.note)}</p>" if data.note else ""
    empty = "" if data.students else _empty(
        "No students yet: the gradebook has none and nothing was collected. Add students "
        "(<code>nbgrader db student add</code>) or collect submissions, then run "
        "<code>cdkit report</code> again.")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Class report · {_E(data.course_id)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Class report · {_E(data.course_id)}</h1><p class='muted'>Made "
        f"{data.generated:%Y-%m-%d %H:%M} UTC from {_E(str(data.root))} · "
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
    text = report_html(collect_class(course), max_rows=max_rows)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as err:
        raise KitError(f"Could not write the report to {target}: {err.strerror or err}.") \
            from err
    return target
