""""Check my work" and the progress bar, both fed by kit.checks through kit.progress."""

from __future__ import annotations

import ipywidgets as w

from kit.checks import Feedback, check_workbook
from kit.escape import esc
from kit.model import Workbook
from kit.progress import LESSONS, STEPS, path_progress
from kit.widgets._base import Form, on_saved

__all__ = ["FeedbackPanel", "ProgressBar", "feedback_html", "lesson_feedback"]

_ICONS = {"ok": ("✓", "#2e7d32"), "hint": ("!", "#ef6c00"), "problem": ("✗", "#c62828")}


def feedback_html(feedback: list[Feedback]) -> str:
    """Feedback items as an HTML list; every learner text escaped."""
    if not feedback:
        return "<p>Nothing to check yet: fill in the forms above first.</p>"
    rows = []
    for f in sorted(feedback, key=lambda f: ("problem", "hint", "ok").index(f.level)):
        icon, colour = _ICONS[f.level]
        rows.append(f"<li style='list-style:none;margin:0.2em 0'><b style='color:{colour}'>"
                    f"{icon}</b> <b>{esc(f.where)}</b>: {esc(f.message)}</li>")
    return "<ul style='padding-left:0.5em'>" + "".join(rows) + "</ul>"


def lesson_feedback(wb: Workbook, lesson: str | None) -> list[Feedback]:
    """The feedback behind one lesson's steps (or every rule when ``lesson`` is None)."""
    if lesson is None:
        return check_workbook(wb)
    out: list[Feedback] = []
    seen: set[tuple[str, str, str]] = set()
    for step in STEPS:
        if step.lesson != lesson:
            continue
        for f in step.collect(wb):
            key = (f.rule, f.where, f.message)
            if (f.rule in step.rules or f.rule in step.advice) and key not in seen:
                seen.add(key)
                out.append(f)
    return out


class FeedbackPanel(Form):
    """A "Check my work" button and the feedback it gives."""

    def __init__(self, wb: Workbook, lesson: str | None = None):
        super().__init__(wb)
        if lesson is not None and lesson not in LESSONS:
            from kit.errors import KitError

            raise KitError(f"There is no lesson called {lesson!r}. The lessons are: "
                           f"{', '.join(LESSONS)}.")
        self.lesson = lesson
        self.button = w.Button(description="Check my work", button_style="primary",
                               icon="check")
        self.output = w.HTML()
        self.button.on_click(lambda _: self.check())
        self.children = (self.button, self.output)

    def check(self) -> list[Feedback]:
        feedback = lesson_feedback(self.wb, self.lesson)
        self.output.value = feedback_html(feedback)
        return feedback


class ProgressBar(Form):
    """Completion of this lesson and of the whole path, updated after every save."""

    def __init__(self, wb: Workbook, lesson: str | None = None):
        super().__init__(wb)
        self.lesson = lesson
        self.bar = w.FloatProgress(min=0, max=100, layout=w.Layout(width="60%"),
                                   description="Lesson" if lesson else "Path")
        self.label = w.HTML()
        self.todo = w.HTML()
        self.children = (w.HBox([self.bar, self.label]), self.todo)
        on_saved(wb, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        path = path_progress(self.wb)
        current = path.lesson(self.lesson) if self.lesson else None
        shown = current or path
        self.bar.value = shown.percent
        self.bar.bar_style = "success" if shown.percent == 100 else "info"
        whole = f"whole path {path.percent}%"
        if current is not None:
            self.label.value = (f"&nbsp;<b>{current.percent}%</b> of this lesson "
                                f"({current.done} of {current.total} steps) · {whole}")
            left = [r for r in current.steps if not r.done]
        else:
            self.label.value = f"&nbsp;<b>{whole}</b> ({path.done} of {path.total} steps)"
            left = [r for lp in path.lessons for r in lp.steps if not r.done]
        if left:
            self.todo.value = ("<small>Next: " + esc(left[0].step.title) + " — "
                               + esc(left[0].advice) + "</small>")
        else:
            self.todo.value = "<small>All done here. Well done!</small>"
