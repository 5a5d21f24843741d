"""The instructor's dashboard: widgets to look at one assignment or one student at a time.

Used by ``assignments/instructor-dashboard.ipynb`` (outside ``source/``, so never released)::

    from kit.widgets.dashboard import CoursePicker
    CoursePicker()          # finds the course from $CDKIT_COURSE, else asks for its folder

Each widget is a ``VBox`` subclass; constructors never call ``display()``; every text that comes
from a student or the gradebook is escaped. The data comes from
:func:`kit.course.report.collect_class`, the same as the class report's.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import ipywidgets as w

from kit.course.api import CourseAPI
from kit.course.directory import Course
from kit.course.report import (
    LOW_SCORE,
    ClassData,
    chart_histogram,
)
from kit.coursework.work import work_html
from kit.errors import KitError
from kit.escape import esc
from kit.progress import LESSONS, STEPS
from kit.workbook import WorkbookStore

__all__ = ["ENV_VAR", "AssignmentView", "ClassDashboard", "CoursePicker", "StudentView"]

#: Environment variable naming the course folder the dashboard opens.
ENV_VAR = "CDKIT_COURSE"
MAX_ROWS = 200
_CELL = "padding:0.15em 0.7em;text-align:left;border-bottom:1px solid #eee"


def _table(head: list[str], rows: list[list[str]]) -> str:
    return ("<table style='border-collapse:collapse'><tr>"
            + "".join(f"<th style='{_CELL}'>{h}</th>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td style='{_CELL}'>{v}</td>" for v in r) + "</tr>"
                      for r in rows) + "</table>")


class AssignmentView(w.VBox):
    """One assignment: how many submitted, the score histogram, who needs manual grading."""

    def __init__(self, data: ClassData):
        super().__init__()
        self.data = data
        names = [a.name for a in data.assignments]
        self.assignment = w.Dropdown(options=names, value=names[0] if names else None,
                                     description="Assignment")
        self.summary, self.histogram, self.manual = w.HTML(), w.HTML(), w.HTML()
        self.assignment.observe(lambda _: self.show(), names="value")
        self.children = (self.assignment, self.summary, self.histogram, self.manual)
        self.show()

    def show(self) -> None:
        name = self.assignment.value
        info = next((a for a in self.data.assignments if a.name == name), None)
        if info is None:
            self.summary.value = "<p>This course has no assignments yet.</p>"
            self.histogram.value = self.manual.value = ""
            return
        results = [(s, r) for s in self.data.students if (r := s.results.get(name))]
        graded = [r.score for _, r in results if r.graded]
        submitted = sum(s.submitted(name) for s in self.data.students)
        self.summary.value = (
            f"<p><b>{esc(info.name)}</b> · {esc(info.title)} · {submitted} of "
            f"{len(self.data.students)} students submitted, {len(graded)} graded, "
            f"{sum(r.late for _, r in results)} late"
            + (f" · mean {sum(graded) / len(graded):.1f} of {info.max_score:g}" if graded
               else "") + "</p>")
        self.histogram.value = chart_histogram(graded, info.max_score, f"{name}: scores") \
            if graded else "<p><i>Nothing graded yet.</i></p>"
        waiting = [(s, r) for s, r in results if r.needs_manual]
        if not waiting:
            self.manual.value = "<p>Nobody is waiting for manual grading here.</p>"
            return
        rows = [[esc(s.id), esc(s.name), f"{r.score:g}", f"{r.pending_points:g}"]
                for s, r in waiting[:MAX_ROWS]]
        more = f"<p><i>… and {len(waiting) - MAX_ROWS} more.</i></p>" \
            if len(waiting) > MAX_ROWS else ""
        self.manual.value = (f"<h4>Needs manual grading ({len(waiting)})</h4>"
                             + _table(["Student", "Name", "Points so far", "Points waiting"],
                                      rows) + more)


class StudentView(w.VBox):
    """One student: scores per assignment, completion of the path, and their work."""

    def __init__(self, data: ClassData):
        super().__init__()
        self.data = data
        self._ids = {s.id for s in data.students}
        self.student = w.Combobox(options=[s.id for s in data.students], ensure_option=False,
                                  placeholder="Type or pick a student id", description="Student",
                                  continuous_update=False)
        self.show_button = w.Button(description="Show", icon="user")
        self.scores, self.completion, self.work = w.HTML(), w.HTML(), w.HTML()
        self.student.observe(lambda _: self.show(), names="value")
        self.show_button.on_click(lambda _: self.show())
        self.children = (w.HBox([self.student, self.show_button]), self.scores,
                         self.completion, self.work)

    def show(self) -> None:
        student_id = (self.student.value or "").strip()
        if not student_id:
            self.scores.value = self.completion.value = self.work.value = ""
            return
        if student_id not in self._ids:
            self.scores.value = (f"<p style='color:#c62828'>There is no student "
                                 f"{esc(student_id)} in this class. Pick an id from the "
                                 "list.</p>")
            self.completion.value = self.work.value = ""
            return
        s = self.data.student(student_id)
        rows = []
        for a in self.data.assignments:
            r = s.results.get(a.name)
            if r is None:
                state = "submitted, not graded yet" if s.submitted(a.name) else "no submission"
                rows.append([esc(a.name), "—", state])
                continue
            notes = ["needs manual grading" if r.needs_manual else
                     "graded" if r.graded else "not graded yet"]
            if r.late:
                notes.append("late")
            if r.share is not None and r.share < LOW_SCORE:
                notes.append("low score")
            rows.append([esc(a.name), f"{r.score:g} / {r.max_score:g}", ", ".join(notes)])
        who = f"{esc(s.id)}" + (f" ({esc(s.name)})" if s.name else "")
        reasons = dict((b.id, r) for b, r in self.data.behind()).get(s.id, [])
        behind = ("<p style='color:#D55E00'><b>Falling behind:</b> " + esc("; ".join(reasons))
                  + "</p>") if reasons else ""
        self.scores.value = (f"<h4>{who}</h4>{behind}"
                             + _table(["Assignment", "Score", "Status"], rows))
        self.completion.value = self._completion(s)
        self.work.value = self._work(s)

    def _completion(self, s) -> str:
        if s.work is None:
            return "<p><i>No readable submitted workbook, so no completion.</i></p>"
        done = s.work.steps_done
        rows = []
        for lesson, title in LESSONS.items():
            steps = [st for st in STEPS if st.lesson == lesson]
            n = sum(st.id in done for st in steps)
            share = round(100 * n / len(steps))
            left = [st.title for st in steps if st.id not in done]
            bar = (f"<div style='display:inline-block;width:8em;height:0.7em;"
                   f"background:#eee'><div style='width:{share}%;height:100%;"
                   "background:#0072B2'></div></div>")
            rows.append([esc(title), f"{bar} {n}/{len(steps)}",
                         "<small>" + esc("; ".join(left)) + "</small>"])
        return (f"<h4>Completion (from {esc(s.work.assignment)})</h4>"
                + _table(["Lesson", "Steps done", "Left to do"], rows))

    def _work(self, s) -> str:
        if s.damaged:
            return (f"<p style='color:#c62828'>Their workbook could not be read: "
                    f"{esc(s.damaged)}</p>")
        if s.work is None:
            return ""
        try:
            wb = WorkbookStore(s.work.path).read(s.work.path)
        except KitError as err:  # changed on disk since the data was collected
            return f"<p style='color:#c62828'>{esc(err)}</p>"
        return work_html(wb)


class ClassDashboard(w.VBox):
    """The course at a glance, one assignment and one student; refresh; write the report."""

    def __init__(self, course: Course):
        super().__init__()
        self.course = course
        self.api = CourseAPI(course)
        self.header = w.HTML()
        self.refresh_button = w.Button(description="Refresh", icon="refresh")
        self.report_button = w.Button(description="Write report.html", icon="file")
        self.message = w.HTML()
        self.tabs = w.Tab()
        self.refresh_button.on_click(lambda _: self.refresh())
        self.report_button.on_click(lambda _: self.write())
        self.children = (self.header, w.HBox([self.refresh_button, self.report_button]),
                         self.message, self.tabs)
        self.refresh()

    def refresh(self) -> None:
        """Read the gradebook and the submitted workbooks again."""
        self.data = data = self.api.class_data()
        self.assignment_view, self.student_view = AssignmentView(data), StudentView(data)
        self.tabs.children = (self.assignment_view, self.student_view)
        self.tabs.titles = ("One assignment", "One student")
        damaged = len(data.damaged)
        self.header.value = (
            f"<h3 style='margin:0.4em 0'>Course {esc(data.course_id)}</h3><p>"
            f"{len(data.students)} students · "
            f"{len(data.assignments)} assignments · {len(data.with_work)} workbooks read"
            + (f" · <b style='color:#D55E00'>{damaged} could not be read</b>" if damaged
               else "") + f" · {len(data.behind())} falling behind · {esc(str(data.root))}</p>"
            + (f"<p style='color:#c62828'>{esc(data.note)}</p>" if data.note else ""))

    def write(self) -> Path:
        path = self.api.report().path
        self.message.value = (f"<span style='color:#2e7d32'>✓ Wrote {esc(str(path))}: open it "
                              "in a browser to read or print it.</span>")
        return path


class CoursePicker(w.VBox):
    """Opens the course named by ``path``, ``$CDKIT_COURSE`` or the current folder (when it is
    a course with a gradebook or submissions); otherwise asks for the course folder."""

    def __init__(self, path: str | os.PathLike[str] | None = None):
        super().__init__()
        self.path = w.Text(placeholder="/path/to/your/course", description="Course folder",
                           continuous_update=False, layout=w.Layout(width="36em"))
        self.open_button = w.Button(description="Open", button_style="primary")
        self.message = w.HTML()
        self.dashboard: ClassDashboard | None = None
        self.open_button.on_click(lambda _: self.open_course())
        self.path.observe(lambda _: self.open_course(), names="value")
        self.children: tuple[Any, ...] = (w.HTML("<p>Which course? Type the folder made by "
                                "<code>cdkit course init</code>, then press Open.</p>"),
                         w.HBox([self.path, self.open_button]), self.message)
        given = path or os.environ.get(ENV_VAR) or _course_here()
        if given:
            self.path.value = str(given)  # opens it

    @property
    def course(self) -> Course | None:
        return self.dashboard.course if self.dashboard else None

    def open_course(self) -> ClassDashboard | None:
        folder = self.path.value.strip()
        if not folder:
            return None
        try:
            self.dashboard = ClassDashboard(Course(folder))
        except KitError as err:
            self.message.value = f"<span style='color:#c62828'>⚠ {esc(err)}</span>"
            return None
        self.children = (self.dashboard,)
        return self.dashboard


def _course_here() -> str | None:
    here = Path.cwd()
    if (here / "nbgrader_config.py").is_file() and (
            (here / "gradebook.db").is_file() or (here / "submitted").is_dir()):
        return str(here)
    return None
