"""One student's grading, as a typed result: what :func:`kit.course.grader.grade_one` returns,
what crosses process pools and Dask (it is a plain, picklable dataclass), and what the course's
summary file keeps (:meth:`GradeResult.to_json` / :meth:`GradeResult.from_json` are the one
place its fields meet the file's keys)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["GradeResult"]

#: The fields kept in the summary file (the log and the worker are for this run only).
_KEPT = ("student", "success", "error", "score", "max_score", "needs_manual_grade", "flagged",
         "corrected", "seconds", "auto", "submission")


def _number(value: Any) -> float | None:
    try:
        return None if value is None or isinstance(value, bool) else float(value)
    except (TypeError, ValueError):
        return None


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


@dataclass
class GradeResult:
    """How one submission was graded.

    ``error``: why it failed (one line, plain words); ``score``, ``max_score`` and
    ``needs_manual_grade`` are read back from the gradebook; ``flagged``: reasons to review it;
    ``corrected``: test cells set to 0; ``log``: the tail of nbgrader's log; ``worker``:
    host:pid; ``auto``: each test cell's automatic score as the grading left it; ``graded_at``:
    when it was kept in the summary (UTC); ``submission``: a digest of the submitted files as
    graded (:func:`kit.course.grader.submission.digest`), to tell a newer submission.
    """

    student: str
    assignment: str
    success: bool = False
    error: str | None = None
    seconds: float = 0.0
    score: float | None = None
    max_score: float | None = None
    needs_manual_grade: bool | None = None
    flagged: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    log: str = ""
    worker: str | None = None
    auto: dict[str, float] | None = None
    graded_at: str | None = None
    submission: str | None = None

    @classmethod
    def failure(cls, assignment: str, student: str, reason: str) -> GradeResult:
        """Not graded, for ``reason``."""
        return cls(student, assignment, error=reason)

    def to_json(self) -> dict[str, Any]:
        """The entry kept for this student in the summary file."""
        return {**{name: getattr(self, name) for name in _KEPT}, "graded_at": self.graded_at}

    @classmethod
    def from_json(cls, data: Any, assignment: str) -> GradeResult | None:
        """An entry of a summary file (any version-1 file), or None when it is not one."""
        if not isinstance(data, dict) or not isinstance(data.get("student"), str):
            return None
        auto = data.get("auto")
        manual = data.get("needs_manual_grade")
        return cls(
            student=data["student"], assignment=assignment, success=bool(data.get("success")),
            error=None if data.get("error") is None else str(data["error"]),
            seconds=_number(data.get("seconds")) or 0.0, score=_number(data.get("score")),
            max_score=_number(data.get("max_score")),
            needs_manual_grade=None if manual is None else bool(manual),
            flagged=_strings(data.get("flagged")), corrected=_strings(data.get("corrected")),
            auto={str(k): v for k, v in auto.items()} if isinstance(auto, dict) else None,
            graded_at=None if data.get("graded_at") is None else str(data["graded_at"]),
            submission=data["submission"] if isinstance(data.get("submission"), str) else None)
