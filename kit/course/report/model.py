"""What the class report knows: assignments, results, workbooks and students, and the rules
for who is falling behind. Filled in by :func:`kit.course.report.data.collect_class`."""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kit.checks.rubric import ASSIGNMENTS
from kit.errors import KitError

__all__ = ["ASSIGNMENT_STEPS", "LOW_COMPLETION", "LOW_SCORE", "MIN_INTERVIEWS", "AssignmentInfo",
           "ClassData", "Resegmenting", "Result", "StudentData", "Work", "normalise",
           "points_text"]

#: The path's steps each assignment asks for (ids of :data:`kit.progress.STEPS`): the steps its
#: graded tests name, so the report, the grades and the progress bar agree.
ASSIGNMENT_STEPS: dict[str, tuple[str, ...]] = {
    a.id: tuple(dict.fromkeys(s for t in a.tests for s in t.steps)) for a in ASSIGNMENTS.values()}
LOW_COMPLETION = 0.5
"""Below this share of the steps the due assignments ask for, a student is falling behind."""
LOW_SCORE = 0.5
"""Below this share of the points graded so far on an assignment, a student is falling behind."""
MIN_INTERVIEWS = 3


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
class Resegmenting:
    """A student's re-segmentation, as :func:`kit.checks.resegment.resegment_status` judges
    it: the criterion, the chosen sub-segment, whether it is on evidence, whether the whole of
    it holds (``good``), and the decision's points it earns in assignment 04 (``credit``:
    points, of, why; None when the written decision is graded on its rubric alone)."""

    criterion: str
    chosen: str
    on_evidence: bool
    good: bool
    problems: tuple[str, ...] = ()
    credit: tuple[int, int, str] | None = None


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
    resegmented: Resegmenting | None = None  # None: the segment was not split


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
    # what the latest grading runs asked a human to look at: (assignment, student, status
    # "failed" or "review", reasons), from the summaries kept by ``cdkit grade``
    review: list[tuple[str, str, str, tuple[str, ...]]] = field(default_factory=list)
    # names refused as student ids (patterns, paths, hidden or control characters): (name as
    # it can be shown, where it was found, why), never counted as students
    refused: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def with_work(self) -> list[StudentData]:
        return [s for s in self.students if s.work is not None]

    @property
    def works(self) -> list[Work]:
        """The work read from each student's workbook, for those with one."""
        return [s.work for s in self.students if s.work is not None]

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
                kept = s.results.get(name)
                if (kept is None or not kept.graded) and name in counts:
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
                    reasons.append(f"low score on {a.name}: {points_text(r.score)} of "
                                   f"{points_text(r.max_score - r.pending_points)} points graded")
            if reasons:
                out.append((len(missing) + len(reasons), s, reasons))
        return [(s, reasons) for _, s, reasons in sorted(out, key=lambda x: (-x[0], x[1].id))]

    @property
    def resegmenting(self) -> list[tuple[StudentData, Resegmenting]]:
        """The students who re-segmented, with how."""
        return [(s, s.work.resegmented) for s in self.students
                if s.work is not None and s.work.resegmented is not None]

    def resegment_summary(self) -> str:
        """"3 of 12 re-segmented, 2 on evidence" (of the students with a workbook)."""
        done = self.resegmenting
        on = sum(r.on_evidence for _, r in done)
        return f"{len(done)} of {len(self.with_work)} re-segmented, {on} on evidence"

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



def points_text(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))
