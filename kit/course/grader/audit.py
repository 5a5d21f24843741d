"""Grades that changed after grading: the gradebook against what the grading left in it.

Each grading keeps, in the course's summary, every test cell's automatic score as it left it
in the gradebook (after its corrections). Anything that changes an automatic score later (a
process a notebook left behind, a hand-edited database) makes the two disagree; an
instructor's manual grading changes the manual score, never the automatic one, and is not
flagged. :func:`changed_after_grading` says which students' scores disagree, and how.
"""

from __future__ import annotations

from typing import Any

from kit.course.directory import Course
from kit.course.grader.summary import read_results

__all__ = ["CHANGED", "changed_after_grading"]

CHANGED = "changed after grading"


def _score(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def changed_after_grading(course: Course, assignment: str) -> dict[str, list[str]]:
    """student -> reasons, one per test cell whose automatic score in the gradebook is not
    the one the grading left."""
    left = {r.student: r.auto for r in read_results(course.root, assignment)
            if r.auto is not None}
    if not left:
        return {}
    from nbgrader.api import MissingEntry

    found: dict[str, list[str]] = {}
    with course.gradebook() as gb:
        for student, cells in left.items():
            try:
                submission = gb.find_submission(assignment, student)
            except MissingEntry:
                continue
            now = {g.name: _score(g.auto_score) for nb in submission.notebooks
                   for g in nb.grades}
            for grade_id, then in sorted(cells.items()):
                was, is_ = _score(then), now.get(grade_id)
                if was is not None and is_ != was:
                    shown = "none" if is_ is None else f"{is_:g}"
                    found.setdefault(student, []).append(
                        f"{grade_id}: the automatic score is {shown} in the gradebook, but "
                        f"the grading left {was:g} ({CHANGED}: check who changed it)")
    return found
