"""Getting out of the building: the interview plan, the question set and the interview log."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path

import ipywidgets as w

from kit.checks import Feedback, check_contacts, check_questions
from kit.errors import KitError
from kit.linter import LintResult, lint_question
from kit.model import (
    CONTACT_STATUSES,
    ITEM_KINDS,
    Contact,
    Interview,
    NewItem,
    ProfileItem,
    Question,
    Quote,
    Workbook,
)
from kit.widgets._base import Form, esc, heading, on_saved, text_box
from kit.widgets.canvas import export_folder

_COLOURS = {"ok": "#2e7d32", "hint": "#ef6c00", "problem": "#c62828"}
_FOCUS_HINT = ("Name the problem area you will explore (for example 'getting weekday dinners "
               "done'), without presuming the problem: leave room to hear pains and gains you "
               "did not expect.")
_MARKS = [("not mentioned", ""), ("confirmed", "confirmed"), ("contradicted", "contradicted")]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _field(value: str, placeholder: str, width: str = "auto", flex: bool = False) -> w.Text:
    layout = w.Layout(flex="1 1 auto", min_width="10em") if flex else w.Layout(width=width)
    return w.Text(value=value, placeholder=placeholder, continuous_update=False, layout=layout)


def _bin() -> w.Button:
    return w.Button(icon="trash", tooltip="Remove (click twice)", layout=w.Layout(width="2.5em"))


def _arrow(icon: str, tooltip: str) -> w.Button:
    return w.Button(icon=icon, tooltip=tooltip, layout=w.Layout(width="2.5em"))


def two_clicks(form: Form, button: w.Button, what: str) -> bool:
    """True on the second click; the first arms the button (no work lost by a slip)."""
    if getattr(button, "_armed", False):
        return True
    button._armed = True
    button.button_style = "danger"
    button.tooltip = "Click again to remove"
    form.status.warn(f"Click the red bin again to remove {what}.")
    return False


def _message(f: Feedback) -> str:
    return f"<span style='color:{_COLOURS[f.level]}'>{esc(f.message)}</span>"


def _segment_options(wb: Workbook) -> list[tuple[str, str]]:
    return [(s.name or "(unnamed)", s.id) for s in wb.segments]


# --------------------------------------------------------------------------- the plan


class ContactRow(w.HBox):
    """One contact: alias, why they match, how to reach them, status, remove."""

    def __init__(self, planner: ContactPlanner, contact: Contact):
        self.alias = _field(contact.alias, "alias", "9em")
        self.why = _field(contact.why, "why they match the segment's descriptors", flex=True)
        self.reach = _field(contact.reach, "how you will reach them", flex=True)
        self.status = w.Dropdown(options=CONTACT_STATUSES, value=contact.status,
                                 layout=w.Layout(width="8em"))
        self.remove = _bin()
        for name in ("alias", "why", "reach"):
            getattr(self, name).observe(
                lambda c, n=name: planner.edit(contact, n, c["new"]), "value")
        self.status.observe(lambda c: planner.edit(contact, "status", c["new"]), "value")
        self.remove.on_click(lambda _: planner.remove(contact, self.remove))
        super().__init__([self.alias, self.why, self.reach, self.status, self.remove],
                         layout=w.Layout(width="100%"))


class ContactPlanner(Form):
    """The interview plan: its segment, learning goal, problem focus, and 3–5 contacts."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        self.picker = w.Dropdown(description="Segment", style={"description_width": "10em"},
                                 layout=w.Layout(width="60%"))
        self.descriptors = w.HTML()
        self.goal = text_box("Learning goal", "", "What do you want to find out in this round?",
                             area=True)
        self.focus = text_box("Problem focus", "", "e.g. how they get weekday dinners done")
        self.list = w.VBox()
        self.count = w.HTML()
        self.new_alias = w.Text(placeholder="alias of a real person, e.g. Sam",
                                layout=w.Layout(flex="1 1 auto"))
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
            self.picker.options = _segment_options(self.wb)
            seg = self.wb.plan_segment
            self.picker.value = seg.id if seg else None
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

    def render(self) -> None:
        self.list.children = [ContactRow(self, c) for c in self.wb.plan.contacts]
        count = next(f for f in check_contacts(self.wb.plan) if f.rule == "contacts-count")
        self.count.value = _message(count)

    def rows(self) -> list[ContactRow]:
        return list(self.list.children)

    # -- actions (also usable from code and tests)
    def _plan(self, field: str, value: str) -> None:
        if self._loading:
            return
        if self.apply(lambda: setattr(self.wb.plan, field, value)) and field == "segment":
            self._describe()

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
        self.render()
        return contact

    def remove(self, contact: Contact, button: w.Button | None = None) -> None:
        if button is not None and not two_clicks(self, button, f"\u201c{contact.alias}\u201d"):
            return
        self.wb.plan.contacts.remove(contact)
        self.commit()
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
    advice = result.advice.split(" For example:")[0]
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
        self.up, self.down = _arrow("arrow-up", "Move up"), _arrow("arrow-down", "Move down")
        self.remove = _bin()
        self.text.observe(lambda c: editor.typed(question, self, c["new"]), "value")
        self.up.on_click(lambda _: editor.move(question, -1))
        self.down.on_click(lambda _: editor.move(question, +1))
        self.remove.on_click(lambda _: editor.remove(question, self.remove))
        super().__init__([self.number, self.text, self.feedback, self.up, self.down,
                          self.remove], layout=w.Layout(width="100%"))


class QuestionEditor(Form):
    """The question set, linted as you type: a pause of ``delay`` seconds lints and saves."""

    def __init__(self, wb: Workbook, delay: float = 0.4):
        super().__init__(wb)
        self.delay = delay
        self._pending: dict[str, tuple[Question, QuestionRow, str]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self.list = w.VBox()
        self.summary = w.HTML()
        self.new_text = w.Text(placeholder="e.g. Tell me about the last time you ...",
                               layout=w.Layout(flex="1 1 auto"))
        self.add_button = w.Button(description="Add question", icon="plus")
        self.check_button = w.Button(description="Check", icon="check")
        self.add_button.on_click(lambda _: self.add())
        self.check_button.on_click(lambda _: self.check())
        self.children = (
            w.HTML("<small>Ask about the past and about specifics (\u201cTell me about the last "
                   "time you\u2026\u201d); avoid \u201cWould you\u2026?\u201d, opinions about "
                   "your idea, leading and yes/no questions.</small>"),
            self.list, w.HBox([self.new_text, self.add_button], layout=w.Layout(width="100%")),
            w.HBox([self.check_button, self.summary]), self.status)
        self.render()

    def render(self) -> None:
        self.list.children = [QuestionRow(self, q, i)
                              for i, q in enumerate(self.wb.plan.questions, 1)]
        self._summarise()

    def rows(self) -> list[QuestionRow]:
        return list(self.list.children)

    def _summarise(self) -> None:
        texts = [q.text for q in self.wb.plan.questions if q.text.strip()]
        weak = sum(lint_question(t).verdict == "weak" for t in texts)
        size = next(f for f in check_questions(texts) if f.rule == "questions-count")
        self.summary.value = (f"&nbsp;<b>{len(texts)} question(s), {weak} weak.</b> "
                              + _message(size))

    # -- typing: record, then lint and save after a quiet moment
    def typed(self, question: Question, row: QuestionRow, text: str) -> None:
        """A keystroke: note the text; lint and save once typing pauses (at once without a
        running event loop, as in plain Python)."""
        self._pending[question.id] = (question, row, text)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = loop.call_later(self.delay, self.flush)

    def flush(self) -> bool:
        """Lint and save all pending edits now; False when there was nothing to save."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, {}
        if not pending:
            return False
        for question, row, text in pending.values():
            question.text = text
            row.feedback.value = lint_html(lint_question(text))
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
        self.commit()
        self.render()
        return question

    def move(self, question: Question, step: int) -> None:
        self.flush()
        questions = self.wb.plan.questions
        where = questions.index(question)
        questions.remove(question)
        questions.insert(max(0, min(where + step, len(questions))), question)
        self.commit()
        self.render()

    def remove(self, question: Question, button: w.Button | None = None) -> None:
        if button is not None and not two_clicks(self, button, "this question"):
            return
        self.flush()
        self.wb.plan.questions.remove(question)
        self.commit()
        self.render()


# --------------------------------------------------------------------------- the log


class EvidenceRow(w.HBox):
    """One hypothesised job, pain or gain: not mentioned, confirmed or contradicted; a quote."""

    def __init__(self, log: InterviewLog, interview: Interview, item: ProfileItem, rank: int):
        mark = ("confirmed" if item.id in interview.confirmed else
                "contradicted" if item.id in interview.contradicted else "")
        quote = next((q.text for q in interview.quotes if q.item == item.id), "")
        self.label = w.HTML(f"<b>{item.kind.capitalize()} {rank}.</b> {esc(item.text)}",
                            layout=w.Layout(width="30%"))
        self.mark = w.ToggleButtons(options=_MARKS, value=mark,
                                    style={"button_width": "8em"})
        self.quote = _field(quote, "a short quote, in their words", flex=True)
        self.mark.observe(lambda c: log.mark(interview, item.id, c["new"]), "value")
        self.quote.observe(lambda c: log.quote(interview, item.id, c["new"]), "value")
        super().__init__([self.label, self.mark, self.quote], layout=w.Layout(width="100%"))


class InterviewLog(Form):
    """What each interview said about the profile, what was new, and what was heard again."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        self.picker = w.Dropdown(description="Interview", layout=w.Layout(width="60%"))
        self.new_button = w.Button(description="New interview", icon="plus")
        self.remove_button = w.Button(description="Remove", icon="trash", button_style="warning")
        self.contact = w.Dropdown(description="Who", layout=w.Layout(width="40%"))
        self.alias = _field("", "their alias", "14em")
        self.date = _field("", "YYYY-MM-DD", "9em")
        self.evidence_box, self.heard_box, self.new_box = w.VBox(), w.VBox(), w.VBox()
        self.evidence: dict[str, EvidenceRow] = {}
        self.heard_again: dict[str, w.Checkbox] = {}
        self.new_kind = w.Dropdown(options=ITEM_KINDS, value="pain", layout=w.Layout(width="7em"))
        self.new_text = w.Text(placeholder="something you did not expect to hear",
                               layout=w.Layout(flex="1 1 auto"))
        self.add_button = w.Button(description="Add new item", icon="plus")
        self.notes = text_box("Notes", "", "anything else worth remembering", area=True)
        self.form = w.VBox([
            w.HBox([self.contact, self.alias, w.Label("on"), self.date]),
            heading("What they said about your hypotheses"), self.evidence_box,
            heading("Heard again: new items from other interviews"), self.heard_box,
            heading("New: what you did not expect"), self.new_box,
            w.HBox([self.new_kind, self.new_text, self.add_button],
                   layout=w.Layout(width="100%")), self.notes])
        self.empty = w.HTML("<p>No interview logged yet: after each conversation click "
                            "<b>New interview</b>.</p>")
        self.children = (w.HBox([self.picker, self.new_button, self.remove_button]), self.form,
                         self.empty, self.status)
        self._loading = False
        self._confirm_remove = False
        self.picker.observe(lambda c: self._loading or self._show(), "value")
        self.contact.observe(lambda c: self._who(), "value")
        self.alias.observe(lambda c: self._who(), "value")
        self.date.observe(lambda c: self._date(c["new"]), "value")
        self.notes.observe(lambda c: self._edit("notes", c["new"]), "value")
        self.new_button.on_click(lambda _: self.new_interview())
        self.remove_button.on_click(lambda _: self.remove_interview())
        self.add_button.on_click(lambda _: self.add_new_item())
        on_saved(wb, self.refresh)
        last = wb.interviews[-1].id if wb.interviews else None
        self._refresh_picker(last)

    @property
    def interview(self) -> Interview | None:
        return next((i for i in self.wb.interviews if i.id == self.picker.value), None)

    def refresh(self) -> None:
        self._refresh_picker(self.picker.value)

    def _label(self, n: int, iv: Interview) -> str:
        who = next((c.alias for c in self.wb.plan.contacts if c.id == iv.contact), iv.contact)
        return f"Interview {n} — {who or 'who?'}, {iv.date or 'no date'}"

    def _refresh_picker(self, select: str | None, show: bool = True) -> None:
        self._loading = True
        self.picker.options = [(self._label(n, iv), iv.id)
                               for n, iv in enumerate(self.wb.interviews, 1)]
        ids = [iv.id for iv in self.wb.interviews]
        self.picker.value = select if select in ids else (ids[-1] if ids else None)
        self._loading = False
        if show:
            self._show()

    def _show(self) -> None:
        iv = self.interview
        self.form.layout.display = None if iv else "none"
        self.empty.layout.display = "none" if iv else None
        self._confirm_remove = False
        self.remove_button.description = "Remove"
        if iv is None:
            return
        contacts = {c.id: c for c in self.wb.plan.contacts}
        self._loading = True
        try:
            self.contact.options = [*((c.alias, c.id) for c in contacts.values()),
                                    ("someone not in the plan", "")]
            self.contact.value = iv.contact if iv.contact in contacts else ""
            self.alias.value = "" if iv.contact in contacts else iv.contact
            self.alias.layout.display = "none" if iv.contact in contacts else None
            self.date.value, self.notes.value = iv.date, iv.notes
        finally:
            self._loading = False
        seg = self.wb.plan_segment
        items = [(item, rank) for kind in ITEM_KINDS for rank, item in
                 enumerate(seg.profile.items_of(kind), 1)] if seg else []
        self.evidence = {item.id: EvidenceRow(self, iv, item, rank) for item, rank in items}
        self.evidence_box.children = list(self.evidence.values()) or [w.HTML(
            "<small>Choose the plan's segment and write its profile first.</small>")]
        self.heard_again = {}
        for n, other in enumerate(self.wb.interviews, 1):
            for item in other.new_items if other is not iv else []:
                box = w.Checkbox(value=item.id in iv.confirmed, indent=False,
                                 description=f"{item.kind}: {item.text} (interview {n})",
                                 layout=w.Layout(width="100%"))
                box.observe(lambda c, i=item.id: self.mark(iv, i, "confirmed" if c["new"]
                                                          else ""), "value")
                self.heard_again[item.id] = box
        self.heard_box.children = list(self.heard_again.values()) or [
            w.HTML("<small>Nothing new was logged in other interviews yet.</small>")]
        self.new_box.children = [self._new_row(iv, item) for item in iv.new_items]

    def _new_row(self, iv: Interview, item: NewItem) -> w.HBox:
        text = _field(item.text, "", flex=True)
        text.observe(lambda c: self.apply(lambda: setattr(item, "text", c["new"])), "value")
        remove = _bin()
        remove.on_click(lambda _: self.remove_new_item(iv, item, remove))
        return w.HBox([w.HTML(f"<b>{esc(item.kind)}</b>", layout=w.Layout(width="4em")), text,
                       remove], layout=w.Layout(width="100%"))

    # -- actions (also usable from code and tests)
    def new_interview(self, contact: str | None = None, date: str | None = None) -> Interview:
        """A new interview: by default the next contact of the plan, dated today."""
        if contact is None:
            seen = {iv.contact for iv in self.wb.interviews}
            waiting = [c.id for c in self.wb.plan.contacts if c.id not in seen]
            contact = (waiting or [c.id for c in self.wb.plan.contacts] or [""])[0]
        iv = self.wb.add_interview(contact, dt.date.today().isoformat() if date is None
                                   else date)
        self.commit()
        self._refresh_picker(iv.id)
        return iv

    def remove_interview(self) -> None:
        """Two clicks: the first asks to confirm, so no interview is removed by accident."""
        iv = self.interview
        if iv is None:
            return
        if not self._confirm_remove:
            self._confirm_remove = True
            self.remove_button.description = "Click again to remove"
            self.status.warn(f"Remove {self.picker.label} and everything logged in it? Click "
                             "'Click again to remove' to confirm.")
            return
        self.wb.interviews.remove(iv)
        gone = {item.id for item in iv.new_items}
        for other in self.wb.interviews:  # no dangling links to its new items
            other.confirmed[:] = [i for i in other.confirmed if i not in gone]
            other.contradicted[:] = [i for i in other.contradicted if i not in gone]
        self.commit()
        self._refresh_picker(None)

    def mark(self, interview: Interview, item_id: str, mark: str) -> None:
        """Mark an item ``"confirmed"``, ``"contradicted"`` or ``""`` (not mentioned)."""
        def change() -> None:
            for ids in (interview.confirmed, interview.contradicted):
                if item_id in ids:
                    ids.remove(item_id)
            if mark:
                getattr(interview, mark).append(item_id)
        self.apply(change)

    def quote(self, interview: Interview, item_id: str, text: str) -> None:
        text = text.strip()
        found = next((q for q in interview.quotes if q.item == item_id), None)
        if found is not None and text:
            self.apply(lambda: setattr(found, "text", text))
        elif found is not None:
            self.apply(lambda: interview.quotes.remove(found))
        elif text:
            self.apply(lambda: interview.quotes.append(Quote(text=text, item=item_id)))

    def add_new_item(self, kind: str | None = None, text: str | None = None) -> NewItem | None:
        iv = self.interview
        text = (self.new_text.value if text is None else text).strip()
        if iv is None:
            self.status.warn("Start with 'New interview', then add what was new.")
            return None
        if not text:
            self.status.warn("Type what you heard first, then click 'Add new item'.")
            return None
        item = NewItem(kind=kind or self.new_kind.value, text=text)
        iv.new_items.append(item)
        self.new_text.value = ""
        self.commit()
        self._show()
        return item

    def remove_new_item(self, iv: Interview, item: NewItem, button: w.Button | None = None
                        ) -> None:
        if button is not None and not two_clicks(self, button, f"\u201c{item.text}\u201d"):
            return
        iv.new_items.remove(item)
        self.commit()
        self._show()

    # -- edits of the chosen interview
    def _edit(self, field: str, value: str) -> bool:
        iv = self.interview
        if self._loading or iv is None:
            return False
        if self.apply(lambda: setattr(iv, field, value)):
            self._refresh_picker(iv.id, show=False)
            return True
        return False

    def _who(self) -> None:
        if self._loading:
            return
        free = self.contact.value == ""
        self.alias.layout.display = None if free else "none"
        self._edit("contact", self.alias.value.strip() if free else self.contact.value)

    def _date(self, text: str) -> None:
        text = text.strip()
        if not self._loading and text and not _valid_date(text):
            self.status.warn(f"{text!r} is not a date: write it as year-month-day, for example "
                             "2026-11-22. The date was not changed.")
            return
        self._edit("date", text)


def _valid_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return bool(_DATE.match(text))
