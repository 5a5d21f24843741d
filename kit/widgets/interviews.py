"""Getting out of the building: the interview plan and the question set.

The interview log is in :mod:`kit.widgets.log`; the row pieces both use are in
:mod:`kit.widgets.parts`.
"""

from __future__ import annotations

import re
from pathlib import Path

import ipywidgets as w

from kit.checks import Feedback, check_contacts, check_questions
from kit.errors import KitError
from kit.escape import esc
from kit.linter import LintResult, lint_question
from kit.model import CONTACT_STATUSES, Contact, Question, Workbook
from kit.widgets._base import Form, Pager, heading, icon_button, on_saved, text_box
from kit.widgets.canvas import export_folder
from kit.widgets.parts import (
    Clock,
    Debounce,
    DescriptorPicker,
    RemoveButton,
    SegmentPicker,
    bin_button,
    keep_draft,
    row_field,
)

__all__ = ["ContactPlanner", "ContactRow", "QuestionEditor", "QuestionRow", "lint_html"]

_COLOURS = {"ok": "#2e7d32", "hint": "#ef6c00", "problem": "#c62828"}
_FOCUS_HINT = ("Name the problem area you will explore (for example 'getting weekday dinners "
               "done'), without presuming the problem: leave room to hear pains and gains you "
               "did not expect.")


def _message(f: Feedback) -> str:
    return f"<span style='color:{_COLOURS[f.level]}'>{esc(f.message)}</span>"


# --------------------------------------------------------------------------- the plan


class ContactRow(w.VBox):
    """One contact: alias, why they match, how to reach them, status, remove; under them,
    what the person is (:class:`DescriptorPicker`)."""

    def __init__(self, planner: ContactPlanner, contact: Contact):
        self.alias = row_field(contact.alias, "alias", "9em")
        self.why = row_field(contact.why, "why they match the segment's descriptors", flex=True)
        self.reach = row_field(contact.reach, "how you will reach them", flex=True)
        self.status = w.Dropdown(options=CONTACT_STATUSES, value=contact.status,
                                 layout=w.Layout(width="8em"))
        self.remove = bin_button()
        for name in ("alias", "why", "reach"):
            getattr(self, name).observe(
                lambda c, n=name: planner.edit(contact, n, c["new"]), "value")
        self.status.observe(lambda c: planner.edit(contact, "status", c["new"]), "value")
        self.remove.on_click(lambda _: planner.remove(contact, self.remove))
        self.descriptors = DescriptorPicker(planner, contact, added=planner.render,
                                            clock=planner.clock)
        super().__init__([w.HBox([self.alias, self.why, self.reach, self.status, self.remove],
                                 layout=w.Layout(width="100%")), self.descriptors],
                         layout=w.Layout(width="100%", border_bottom="1px solid #eee"))


class ContactPlanner(Form):
    """The interview plan: its segment, learning goal, problem focus, and 3–5 contacts, each
    with what the person is (ticked from the segment's and its neighbours' descriptors, or
    added). ``clock`` is the event loop the drafts wait on (see :class:`Debounce`)."""

    def __init__(self, wb: Workbook, *, clock: Clock | None = None):
        super().__init__(wb)
        self.clock = clock
        self.picker = SegmentPicker(wb, wide_label=True)
        self.descriptors = w.HTML()
        self.goal = text_box("Learning goal", "", "What do you want to find out in this round?",
                             area=True)
        self.focus = text_box("Problem focus", "", "e.g. how they get weekday dinners done")
        self.list = Pager(lambda contact, _: ContactRow(self, contact))
        self.count = w.HTML()
        self.new_alias = w.Text(placeholder="alias of a real person, e.g. Sam",
                                layout=w.Layout(flex="1 1 auto"))
        self.draft = keep_draft(wb, self.new_alias, "plan.contact", self.commit)
        self.add_button = w.Button(description="Add contact", icon="plus")
        self.export_button = w.Button(description="Export plan (Markdown + CSV)",
                                      icon="download", layout=w.Layout(width="auto"))
        self.link = w.HTML()
        self._loading = False
        self.picker.observe(lambda c: self._plan("segment", c["new"] or ""), "value")
        self.goal.observe(lambda c: self._plan("learning_goal", c["new"]), "value")
        self.focus.observe(lambda c: self._plan("problem_focus", c["new"]), "value")
        self.add_button.on_click(lambda _: self.add())
        self.export_button.on_click(lambda _: self.export())
        self.children = (
            self.picker, self.descriptors, self.goal, self.focus,
            w.HTML(f"<small style='color:#666'>{esc(_FOCUS_HINT)}</small>"),
            heading("Contacts: real people who match the segment"), self.list, self.count,
            w.HBox([self.new_alias, self.add_button], layout=w.Layout(width="100%")),
            self.export_button, self.link, self.status)
        on_saved(wb, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the plan as the workbook has it (also after saves by other widgets)."""
        self._loading = True
        try:
            seg = self.wb.plan_segment
            self.picker.reload(seg.id if seg else None)
            self.goal.value = self.wb.plan.learning_goal
            self.focus.value = self.wb.plan.problem_focus
        finally:
            self._loading = False
        self._describe()
        self.render()

    def _describe(self) -> None:
        seg = self.wb.plan_segment
        phrases = [d for _, d in seg.all_descriptors()] if seg else []
        self.descriptors.value = (
            f"<small>Its descriptors: {esc('; '.join(phrases))}</small>" if phrases else
            "<small>Pick the segment you will interview (describe and target it first).</small>")

    def render(self, reveal: Contact | None = None) -> None:
        self.list.show(self.wb.plan.contacts, reveal)
        count = next(f for f in check_contacts(self.wb.plan) if f.rule == "contacts-count")
        self.count.value = _message(count)

    def rows(self) -> list[ContactRow]:
        """The rows shown (a long list shows a page at a time)."""
        return self.list.rows

    # -- actions (also usable from code and tests)
    def _plan(self, field: str, value: str) -> None:
        if self._loading:
            return
        if self.apply(lambda: setattr(self.wb.plan, field, value)) and field == "segment":
            self._describe()
            self.render()  # the descriptors to tick are the new segment's

    def edit(self, contact: Contact, field: str, value: str) -> None:
        if field == "alias" and not value.strip():
            self.status.warn("A contact needs an alias (a first name is enough); the old one "
                             "is kept.")
            return
        self.apply(lambda: setattr(contact, field, value))

    def add(self, alias: str | None = None) -> Contact | None:
        alias = (self.new_alias.value if alias is None else alias).strip()
        if not alias:
            self.status.warn("Type the contact's alias first, then click 'Add contact'.")
            return None
        contact = self.wb.plan.add_contact(alias)
        self.new_alias.value = ""
        self.commit()
        self.render(reveal=contact)
        return contact

    def remove(self, contact: Contact, button: RemoveButton | None = None) -> None:
        if button is not None and not button.confirm(
                self.status, f"Click the red bin again to remove \u201c{contact.alias}\u201d."):
            return
        self.apply(lambda: self.wb.remove_contact(contact))  # logged interviews keep the alias
        self.render()

    def export(self) -> list[Path] | None:
        from kit.export import export_plan

        folder = export_folder(self.wb)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            paths = export_plan(self.wb, folder)
        except OSError as err:
            self.status.warn(f"Could not write the plan to {folder}: {err.strerror or err}.")
            return None
        except KitError as err:
            self.status.warn(str(err))
            return None
        self.link.value = "<p>Saved " + ", ".join(f"<code>{esc(p)}</code>" for p in paths) + "</p>"
        return paths


# --------------------------------------------------------------------------- the questions


def lint_html(result: LintResult) -> str:
    """The linter's verdict for one question, as short HTML (the question text escaped)."""
    if result.verdict == "good":
        return "<span style='color:#2e7d32'>✓ good: open, about real behaviour</span>"
    advice = re.split(r" (?:For example|Por ejemplo):", result.advice)[0]  # shown as "Try"
    better = f"<br>Try: \u201c{esc(result.better)}\u201d" if result.better else ""
    problems = f" ({esc(', '.join(result.problems))})" if result.problems else ""
    return (f"<small style='color:#ef6c00'><b>⚠ weak{problems}</b>: {esc(advice)}"
            f"{better}</small>")


class QuestionRow(w.HBox):
    """One question, with the linter's live verdict beside it."""

    def __init__(self, editor: QuestionEditor, question: Question, number: int):
        self.number = w.HTML(f"<b>{number}.</b>", layout=w.Layout(width="2em"))
        self.text = w.Text(value=question.text, continuous_update=True,
                           layout=w.Layout(flex="1 1 auto", min_width="16em"))
        self.feedback = w.HTML(lint_html(lint_question(question.text)),
                               layout=w.Layout(width="40%"))
        self.up = icon_button("arrow-up", "Move up")
        self.down = icon_button("arrow-down", "Move down")
        self.remove = bin_button()
        self.text.observe(lambda c: editor.typed(question, self, c["new"]), "value")
        self.up.on_click(lambda _: editor.move(question, -1))
        self.down.on_click(lambda _: editor.move(question, +1))
        self.remove.on_click(lambda _: editor.remove(question, self.remove))
        super().__init__([self.number, self.text, self.feedback, self.up, self.down,
                          self.remove], layout=w.Layout(width="100%"))


class QuestionEditor(Form):
    """The question set, linted as you type: a pause of ``delay`` seconds lints and saves.

    What is typed in a question goes into the model at once (so a save by any widget keeps
    it); the pause only spares a lint and a save per keystroke. The "new question" box is
    linted the same way (its verdict beside it) and kept as a draft in the workbook until the
    learner clicks "Add question" (see :func:`keep_draft`). ``clock`` is the event loop to
    wait on (see :class:`Debounce`).
    """

    def __init__(self, wb: Workbook, delay: float = 0.4, *, clock: Clock | None = None):
        super().__init__(wb)
        self.delay = delay
        self._pending: dict[str, tuple[Question, QuestionRow]] = {}  # typed, not yet linted
        self._pending_new: str | None = None  # the new-question box, not linted yet
        self.debounce = Debounce(self._settle, delay, clock)
        self.list = Pager(lambda question, number: QuestionRow(self, question, number))
        self.summary = w.HTML()
        self.new_text = w.Text(placeholder="e.g. Tell me about the last time you ...",
                               continuous_update=True,
                               layout=w.Layout(flex="1 1 auto", min_width="16em"))
        self.new_feedback = w.HTML(layout=w.Layout(width="40%"))
        self.draft = keep_draft(wb, self.new_text, "plan.question", self.commit, clock=clock)
        self.new_text.observe(lambda c: self.typed_new(c["new"]), "value")
        if self.new_text.value.strip():  # a draft from before: its verdict shows at once
            self.new_feedback.value = lint_html(lint_question(self.new_text.value))
        self.add_button = w.Button(description="Add question", icon="plus")
        self.check_button = w.Button(description="Check", icon="check")
        self.add_button.on_click(lambda _: self.add())
        self.check_button.on_click(lambda _: self.check())
        self.children = (
            w.HTML("<small>Ask about the past and about specifics (\u201cTell me about the last "
                   "time you\u2026\u201d); avoid \u201cWould you\u2026?\u201d, opinions about "
                   "your idea, leading and yes/no questions.</small>"),
            self.list, w.HBox([self.new_text, self.new_feedback, self.add_button],
                              layout=w.Layout(width="100%")),
            w.HBox([self.check_button, self.summary]), self.status)
        self.render()

    def render(self, reveal: Question | None = None) -> None:
        self.list.show(self.wb.plan.questions, reveal)
        self._summarise()

    def rows(self) -> list[QuestionRow]:
        """The rows shown (a long list shows a page at a time)."""
        return self.list.rows

    def _summarise(self) -> None:
        texts = [q.text for q in self.wb.plan.questions if q.text.strip()]
        weak = sum(lint_question(t).verdict == "weak" for t in texts)
        size = next(f for f in check_questions(texts) if f.rule == "questions-count")
        self.summary.value = (f"&nbsp;<b>{len(texts)} question(s), {weak} weak.</b> "
                              + _message(size))

    # -- typing: record, then lint and save after a quiet moment
    def typed(self, question: Question, row: QuestionRow, text: str) -> None:
        """A keystroke: the text goes into the question now; lint and save once typing
        pauses (at once without a running event loop, as in plain Python)."""
        question.text = text
        self._pending[question.id] = (question, row)
        self.debounce.poke()

    def typed_new(self, text: str) -> None:
        """A keystroke in the new-question box: note the text; show the linter's verdict once
        typing pauses, as for the rows (nothing is saved until 'Add question')."""
        self._pending_new = text
        self.debounce.poke()

    def flush(self) -> bool:
        """Lint all pending text and save the pending edits of questions now; False when there
        was nothing to save (linting only the new-question box saves nothing)."""
        return self.debounce.flush()

    def _settle(self) -> bool:
        new, self._pending_new = self._pending_new, None
        if new is not None:  # an empty box shows no verdict
            self.new_feedback.value = lint_html(lint_question(new)) if new.strip() else ""
        pending, self._pending = self._pending, {}
        if not pending:
            return False
        for question, row in pending.values():
            row.feedback.value = lint_html(lint_question(question.text))
        self._summarise()
        return self.commit()

    def check(self) -> None:
        self.flush()
        self._summarise()

    # -- actions (also usable from code and tests)
    def add(self, text: str | None = None) -> Question | None:
        self.flush()
        text = (self.new_text.value if text is None else text).strip()
        if not text:
            self.status.warn("Type the question first, then click 'Add question'.")
            return None
        question = self.wb.plan.add_question(text)
        self.new_text.value = ""
        self.flush()  # the emptied box loses its verdict at once, not after the delay
        self.commit()
        self.render(reveal=question)
        return question

    def move(self, question: Question, step: int) -> None:
        self.flush()
        questions = self.wb.plan.questions
        where = questions.index(question)
        questions.remove(question)
        questions.insert(max(0, min(where + step, len(questions))), question)
        self.commit()
        self.render(reveal=question)

    def remove(self, question: Question, button: RemoveButton | None = None) -> None:
        if button is not None and not button.confirm(
                self.status, "Click the red bin again to remove this question."):
            return
        self.flush()
        self.apply(lambda: self.wb.remove_question(question))
        self.render()
