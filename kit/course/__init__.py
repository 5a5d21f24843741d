"""The instructor's side of a course: the course folder, release, collect, grading on many
cores or a cluster, feedback, the class report and grade exports.

Start with the one course API, :class:`kit.course.api.CourseAPI`. What runs in the student's
kernel is :mod:`kit.coursework`; the names below are kept here for assignments released before
it moved (their test cells say ``from kit.course import grade``), and load nothing else.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["ASSIGNMENTS", "assignment", "continue_from", "grade", "open_assignment_workbook",
           "run_test", "show_work", "work_html"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("kit.coursework"), name)
    raise AttributeError(f"module 'kit.course' has no attribute {name!r}")
