"""What runs in the student's kernel during a graded assignment: its workbook and its tests.

Used by the notebooks in ``assignments/source/``::

    from kit import coursework
    wb = coursework.open_assignment_workbook("01-segments")
    coursework.grade("01-segments", "targeted-specific")      # in a test cell

The rules the tests apply are pure and live with the other checks (:mod:`kit.checks.rubric`);
the instructor's tools (release, grading, the report) are in :mod:`kit.course`, which this
package never imports.
"""

from __future__ import annotations

from kit.checks.rubric import ASSIGNMENTS, assignment, run_test
from kit.coursework.autograde import grade
from kit.coursework.work import continue_from, open_assignment_workbook, show_work, work_html

__all__ = ["ASSIGNMENTS", "assignment", "continue_from", "grade", "open_assignment_workbook",
           "run_test", "show_work", "work_html"]
