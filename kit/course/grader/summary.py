"""What a grading run did, on screen and kept in the course for the class report.

The summary of the latest grading of each student is kept as JSON in
``<course>/.cdkit/grading/<assignment>.json`` (see :func:`summary_path`)::

    {"version": 1, "assignment": "01-segments", "updated": "2026-11-22T18:30:00Z",
     "seconds": 41.2, "jobs": 2,                      # the latest run
     "graded": ["ada", ...], "failed": {"cy": "the notebook is not valid JSON"},
     "flagged": {"eve": ["the submission contained a link ...", ...]},
     "results": [{"student": "ada", "success": true, "error": null, "score": 7.0,
                  "max_score": 10.0, "needs_manual_grade": true, "flagged": [],
                  "corrected": [], "seconds": 3.1, "graded_at": "2026-11-22T18:29:40Z",
                  "auto": {"test_01_segments_pattern": 1.0, ...}},   # as left in the gradebook
                 ...]}

A run over some students replaces their entries and keeps the others'. Reasons are one line
of plain text, without control characters, but may quote what a student wrote (a link's
target, an error message): escape them for HTML or terminal markup.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kit.course.grader.result import GradeResult
from kit.files import write_atomic

__all__ = ["GradeResult", "GradeSummary", "now_stamp", "read_results", "read_summary",
           "save_summary", "summary_path"]

SUMMARY_VERSION = 1


def _results(results: list[Any], assignment: str) -> list[GradeResult]:
    out = []
    for r in results:
        if not isinstance(r, GradeResult):
            r = GradeResult.from_json(r, assignment)
            if r is None:
                raise ValueError("a grading result needs at least a student's name")
        out.append(r)
    return out


@dataclass
class GradeSummary:
    """What ``grade_assignment`` did: one :class:`GradeResult` per student, and the totals."""

    assignment: str
    results: list[GradeResult] = field(default_factory=list)
    graded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    flagged: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    jobs: int = 1
    saved_to: str | None = None
    #: not graded again: graded before and unchanged since (``cdkit grade --new``)
    unchanged: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:  # entries written as the summary file's dicts
        self.results = _results(self.results, self.assignment)

    @classmethod
    def of(cls, assignment: str, results: list[GradeResult] | list[dict], seconds: float,
           jobs: int) -> GradeSummary:
        """The totals of ``results`` (GradeResults, or entries as the summary file keeps)."""
        results = sorted(_results(results, assignment), key=lambda r: r.student)
        return cls(assignment, results,
                   graded=[r.student for r in results if r.success],
                   failed={r.student: r.error or "unknown error"
                           for r in results if not r.success},
                   flagged={r.student: r.flagged for r in results if r.flagged},
                   seconds=round(seconds, 2), jobs=jobs)

    def to_dict(self) -> dict:
        return asdict(self)

    def render(self):
        """A rich Table: one row per student graded with a problem, and the totals."""
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=f"Grading {escape(self.assignment)}: {len(self.graded)} graded, "
                            f"{len(self.failed)} failed, {len(self.flagged)} flagged for "
                            f"review ({self.seconds:.0f} s, {self.jobs} at a time)",
                      title_justify="left", show_lines=False)
        table.add_column("Student")
        table.add_column("Score", justify="right")
        table.add_column("Status")
        table.add_column("Reason")
        for r in self.results:
            student = r.student
            score = "-" if r.score is None else f"{r.score:g}/{r.max_score or 0:g}"
            if student in self.failed:
                table.add_row(escape(student), score, "[red]failed[/red]",
                              escape(self.failed[student]))
            for reason in self.flagged.get(student, []):
                table.add_row(escape(student), score, "[yellow]review[/yellow]", escape(reason))
        if not self.results:
            table.add_row("none", "", "", "nothing new to grade" if self.unchanged else
                          "no submission to grade")
        elif not self.failed and not self.flagged:
            table.add_row("all", "", "[green]graded[/green]", "nothing to review")
        if self.unchanged:
            table.caption = (f"{len(self.unchanged)} submission(s) graded before and unchanged "
                             "since were not graded again.")
            table.caption_justify = "left"
        return table

    def __str__(self) -> str:
        import io

        from rich.console import Console

        buffer = io.StringIO()
        Console(file=buffer, width=120).print(self.render())
        return buffer.getvalue()


# -- kept in the course --------------------------------------------------------------------


def summary_path(course_root: str | os.PathLike[str], assignment: str) -> Path:
    """``<course>/.cdkit/grading/<assignment>.json``."""
    return Path(course_root) / ".cdkit" / "grading" / f"{assignment}.json"


def now_stamp() -> str:
    """The time as results are stamped (``graded_at``): UTC, to the second."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_summary(course_root: str | os.PathLike[str], assignment: str) -> dict | None:
    """The kept summary of ``assignment``, or None (never graded, or the file is damaged)."""
    from kit.errors import KitError
    from kit.files import read_regular

    path = summary_path(course_root, assignment)
    try:  # a pipe or a device put in its place is not read (it would block, or never end)
        data = json.loads(read_regular(path, what="the grading summary", limit=2**28))
    except (OSError, ValueError, KitError):
        return None
    ok = isinstance(data, dict) and data.get("version") == SUMMARY_VERSION and \
        isinstance(data.get("results"), list)
    return data if ok else None


def read_results(course_root: str | os.PathLike[str], assignment: str) -> list[GradeResult]:
    """The kept result of each student graded (none when never graded or damaged)."""
    kept = read_summary(course_root, assignment) or {}
    results = (GradeResult.from_json(r, assignment) for r in kept.get("results", []))
    return [r for r in results if r is not None]


def save_summary(course_root: str | os.PathLike[str], summary: GradeSummary) -> Path:
    """Merge this run's results into the kept summary (atomically); return its path."""
    path = summary_path(course_root, summary.assignment)
    now = now_stamp()
    by_student = {r.student: r for r in read_results(course_root, summary.assignment)}
    for result in summary.results:
        by_student[result.student] = result
    results = [by_student[s] for s in sorted(by_student)]
    data = {"version": SUMMARY_VERSION, "assignment": summary.assignment, "updated": now,
            "seconds": summary.seconds, "jobs": summary.jobs,
            "graded": [r.student for r in results if r.success],
            "failed": {r.student: r.error or "unknown error" for r in results if not r.success},
            "flagged": {r.student: r.flagged for r in results if r.flagged},
            "results": [{**r.to_json(), "graded_at": r.graded_at or now} for r in results]}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False),
                 what="the grading summary")
    return path
