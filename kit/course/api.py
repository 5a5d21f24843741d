"""The one course API: what the command line, the instructor dashboard and the tests call.

In the spirit of nbgrader's ``NbGraderAPI``: a :class:`CourseAPI` made from a course folder
(or a :class:`~kit.course.directory.Course`), with one method per step of a course, each
returning a typed result::

    from kit.course.api import CourseAPI

    api = CourseAPI("~/courses/discovery-2027")
    api.release("01-segments")                    # ReleaseResult
    api.collect("01-segments").students           # CollectResult
    summary = api.grade("01-segments", jobs=4)    # GradeSummary: one GradeResult per student
    api.feedback("01-segments")                   # FeedbackResult
    api.report().path                             # ReportResult
    api.export().findings                         # ExportResult: "Check before uploading"

A step that cannot run yet (nothing collected, nothing graded) raises :class:`NotReady`; other
problems raise :class:`~kit.errors.KitError`, in plain words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kit.course.directory import Course
from kit.course.grader.result import GradeResult
from kit.course.grader.summary import GradeSummary
from kit.errors import KitError

if TYPE_CHECKING:
    from kit.course.report import ClassData

__all__ = ["CollectResult", "CourseAPI", "ExportResult", "FeedbackResult", "Finding",
           "GradeResult", "GradeSummary", "NotReady", "ReleaseResult", "ReportResult"]


class NotReady(KitError):
    """A step asked for before the one it needs (collect before grade, grade before feedback)."""


@dataclass(frozen=True)
class ReleaseResult:
    assignment: str
    exchange: Path  # where students fetch it from


@dataclass(frozen=True)
class CollectResult:
    assignment: str
    students: list[str]  # collected into ``folder``
    refused: dict[str, str]  # name (safe to print) -> why it was not collected
    folder: Path


@dataclass(frozen=True)
class FeedbackResult:
    assignment: str
    folder: Path  # ``<course>/feedback``
    released: bool  # put in the exchange for students to fetch


@dataclass(frozen=True)
class ReportResult:
    path: Path


@dataclass(frozen=True)
class Finding:
    """One "Check before uploading" finding of an export: a score changed after grading."""

    assignment: str
    student: str
    reason: str


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    findings: list[Finding] = field(default_factory=list)


class CourseAPI:
    """One course's release, collect, grade, feedback, report and export."""

    def __init__(self, course: Course | str | os.PathLike[str]):
        self.course = course if isinstance(course, Course) else Course(course)

    def _run(self, what: str, outcome: dict[str, Any]) -> None:
        """Raise in plain words when one of nbgrader's API calls did not succeed."""
        if not outcome.get("success"):
            output = f"{outcome.get('log') or ''}\n{outcome.get('error') or ''}"
            raise KitError(f"nbgrader {what} failed: {self.course.plain_failure(output)}")

    def release(self, assignment: str) -> ReleaseResult:
        """Generate the students' version of ``assignment`` and put it in the exchange."""
        course = self.course
        a = course.check_assignment(assignment)
        course.check_gradebook()
        course.check_exchange(create=True)
        # in this process, through nbgrader's API: nothing of the students' runs here
        api = course.api(force_release=True)
        self._run(f"generate_assignment {a}", api.generate_assignment(a, force=True))
        self._run(f"release_assignment {a}", api.release_assignment(a))
        return ReleaseResult(a, course.exchange)

    def collect(self, assignment: str) -> CollectResult:
        """Copy the students' submissions from the exchange into ``submitted/``."""
        students, refused = self.course.collect(assignment)
        return CollectResult(assignment, students, refused, self.course.root / "submitted")

    def grade(self, assignment: str, *, students: list[str] | None = None, new: bool = False,
              jobs: int | None = None, executor: Any = None, progress: bool = False,
              **options: Any) -> GradeSummary:
        """Autograde the collected submissions: every one, or those of ``students``; with
        ``new``, only those not graded yet, failed, or changed since they were graded (the
        others are listed in the summary's ``unchanged``). See
        :func:`kit.course.grader.grade_assignment` for ``options``."""
        from kit.course.grader import GradeSummary, grade_assignment
        from kit.course.grader.carry import not_graded

        course = self.course
        a = course.check_assignment(assignment)
        if jobs is not None and jobs < 1:
            raise NotReady("--jobs must be 1 or more")
        course.check_gradebook()
        collected = course.submitted(a)
        if not collected and not course.refused(a):
            raise NotReady(f"no collected submissions of {a} to grade; run 'cdkit collect {a}' "
                           "first")
        if students is not None:
            students = list(dict.fromkeys(students))
        unchanged: list[str] = []
        if new:
            asked = students if students is not None else collected
            here = set(collected)
            todo = set(not_graded(course, a, [s for s in asked if s in here]))
            unchanged = [s for s in asked if s in here and s not in todo]
            students = [s for s in asked if s not in unchanged]  # the others are reported
            if not students:
                return GradeSummary(a, unchanged=unchanged)
        summary = grade_assignment(course, a, students=students, jobs=jobs, executor=executor,
                                   progress=progress, **options)
        summary.unchanged = unchanged
        return summary

    def feedback(self, assignment: str, *, release: bool = True) -> FeedbackResult:
        """Write each graded student's feedback (HTML) and, with ``release``, put it in the
        exchange for them to fetch."""
        course = self.course
        a = course.check_assignment(assignment)
        course.check_gradebook()
        refused = {**course.refused(a, where="autograded"),
                   **course.refused(a, where="feedback")}
        if refused:
            name, why = next(iter(refused.items()))
            raise NotReady(f"autograded/ or feedback/ holds a folder {name} of {a}, which the "
                           f"kit refuses as a student id ({why}): nbgrader would read it as a "
                           "pattern or a path. Move it out of the course folder and run again")
        if not any(p.is_dir() for p in (course.root / "autograded").glob(f"*/{a}")):
            raise NotReady(f"no graded submission of {a} to give feedback on yet; run "
                           f"'cdkit grade {a}' first")
        if release:
            course.check_exchange()
        api = course.api()
        self._run(f"generate_feedback {a}", api.generate_feedback(a, force=True))
        if release:
            self._run(f"release_feedback {a}", api.release_feedback(a))
        return FeedbackResult(a, course.root / "feedback", release)

    def class_data(self) -> ClassData:
        """What the class report and the dashboard show, read from the gradebook, the
        submitted workbooks and the grading summaries."""
        from kit.course.report import collect_class

        return collect_class(self.course)

    def report(self, out: str | os.PathLike[str] | None = None) -> ReportResult:
        """Write the class report (one HTML page) and say where."""
        from kit.course.report import write_report

        return ReportResult(write_report(self.course, Path(out) if out else None))

    def export(self, out: str | os.PathLike[str] | None = None, *, fmt: str = "wide"
               ) -> ExportResult:
        """Write the grades for an LMS; ``findings``: scores changed after grading."""
        from kit.course.export import export_grades
        from kit.course.grader.audit import changed_after_grading

        path = export_grades(self.course, Path(out) if out else None, fmt=fmt)
        findings = [Finding(a, student, reason) for a in self.course.assignments()
                    for student, reasons in changed_after_grading(self.course, a).items()
                    for reason in reasons]
        return ExportResult(path, fmt, findings)
