"""The graded course: assignments' tests, the student's workbook, and instructor tools.

Used by the notebooks in ``assignments/source/``::

    from kit import course
    wb = course.open_assignment_workbook("01-segments")
    course.grade("01-segments", "targeted-specific")      # in a test cell
"""

from __future__ import annotations

from kit.course.autograde import grade
from kit.course.rubric import ASSIGNMENTS, assignment, run_test
from kit.course.work import continue_from, open_assignment_workbook, show_work, work_html

__all__ = ["ASSIGNMENTS", "assignment", "continue_from", "grade", "open_assignment_workbook",
           "run_test", "show_work", "work_html"]
