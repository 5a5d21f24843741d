"""Assignment widgets: "Check my work" with points, and starting from earlier work."""

from __future__ import annotations

import ipywidgets as w

from kit.checks.rubric import assignment, run_test
from kit.coursework.work import continue_from, in_instructor_source
from kit.errors import KitError
from kit.escape import esc
from kit.model import Workbook
from kit.widgets._base import Form

__all__ = ["AssignmentCheck", "ContinueButton"]


class AssignmentCheck(Form):
    """Runs the assignment's visible tests on the saved work and shows the points.

    Hidden tests are never run or named here: only their total points are mentioned.
    """

    def __init__(self, wb: Workbook, assignment_id: str):
        super().__init__(wb)
        self.assignment = assignment(assignment_id)
        self.button = w.Button(description="Check my work", button_style="primary",
                               icon="check")
        self.output = w.HTML()
        self.button.on_click(lambda _: self.check())
        self.children = (self.button, self.output)

    def check(self) -> tuple[int, int]:
        """Return (points earned, points possible) over the visible tests."""
        a = self.assignment
        rows, earned, possible = [], 0, 0
        preview = in_instructor_source()  # the kit's example answer, shown to the instructor
        for test in a.tests:
            if test.hidden:
                continue
            outcome = run_test(a.id, test.id, self.wb, model_answer=preview)
            possible += test.points
            earned += test.points if outcome.passed else 0
            mark = ("<b style='color:#2e7d32'>✓</b>" if outcome.passed
                    else "<b style='color:#c62828'>✗</b>")
            detail = "" if outcome.passed else f"<br><small>{esc(outcome.message)}</small>"
            rows.append(f"<li style='list-style:none'>{mark} {esc(test.title)} "
                        f"<b>({test.points if outcome.passed else 0}/{test.points})</b>"
                        f"{detail}</li>")
        hidden = sum(t.points for t in a.tests if t.hidden)
        self.output.value = (
            f"<p><b>{earned} of {possible} points</b> from the automatic checks you can see."
            "</p><ul style='padding-left:0.5em'>" + "".join(rows) + "</ul>"
            f"<p><small>After you submit, {hidden} more point(s) are checked automatically "
            f"and your instructor grades the written part ({a.manual_points} points). In all, "
            f"this assignment is worth {a.auto_points + a.manual_points} points.</small></p>")
        return earned, possible


class ContinueButton(Form):
    """One click: start this assignment from your work in an earlier one."""

    def __init__(self, wb: Workbook, earlier: str):
        super().__init__(wb)
        self.earlier = earlier
        self.button = w.Button(description=f"Start from my {earlier} work", icon="copy",
                               layout=w.Layout(width="auto"))
        self._armed = False
        self.button.on_click(lambda _: self.go())
        self.children = (self.button, self.status)

    def go(self) -> str:
        try:
            message = continue_from(self.wb, self.earlier, replace=self._armed)
        except KitError as err:
            self.status.warn(str(err))
            return str(err)
        if message.startswith("Started"):
            self._armed = False
            self.button.button_style = ""
            self.status.value = f"<span style='color:#2e7d32'>✓ {esc(message)} Re-run the " \
                                "cells below to see it in the forms.</span>"
        else:
            self._armed = True
            self.button.button_style = "warning"
            self.status.warn(message)
        return message
