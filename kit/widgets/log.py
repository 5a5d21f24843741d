"""The interview log: what each interview said about the profile, what was new, and what was
heard again (the plan and the question set are in :mod:`kit.widgets.interviews`)."""

from __future__ import annotations

import datetime as dt
import re

import ipywidgets as w

from kit.model import ITEM_KINDS, Interview, NewItem, ProfileItem, Quote, Workbook
from kit.widgets._base import Form, Pager, esc, heading, on_saved, text_box
from kit.widgets.interviews import _bin, _field, two_clicks

_MARKS = [("not mentioned", ""), ("confirmed", "confirmed"), ("contradicted", "contradicted")]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
        self.evidence_box = Pager(lambda pair, _: self._evidence_row(*pair))
        self.heard_box = Pager(lambda pair, _: self._heard_row(*pair))
        self.new_box = w.VBox()
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
        # rows are made for the items shown (a page at a time), and kept by item id
        self.evidence, self.heard_again = {}, {}
        self.evidence_box.rewind()
        self.heard_box.rewind()
        self.evidence_box.show([(iv, item, rank) for kind in ITEM_KINDS for rank, item in
                                enumerate(seg.profile.items_of(kind), 1)] if seg else [])
        if not self.evidence_box.items:
            self.evidence_box.body.children = [w.HTML(
                "<small>Choose the plan's segment and write its profile first.</small>")]
        self.heard_box.show([(iv, item, n) for n, other in enumerate(self.wb.interviews, 1)
                             if other is not iv for item in other.new_items])
        if not self.heard_box.items:
            self.heard_box.body.children = [
                w.HTML("<small>Nothing new was logged in other interviews yet.</small>")]
        self.new_box.children = [self._new_row(iv, item) for item in iv.new_items]

    def _evidence_row(self, iv: Interview, item: ProfileItem, rank: int) -> EvidenceRow:
        row = self.evidence[item.id] = EvidenceRow(self, iv, item, rank)
        return row

    def _heard_row(self, iv: Interview, item: NewItem, n: int) -> w.Checkbox:
        box = w.Checkbox(value=item.id in iv.confirmed, indent=False,
                         description=f"{item.kind}: {item.text} (interview {n})",
                         layout=w.Layout(width="100%"))
        box.observe(lambda c: self.mark(iv, item.id, "confirmed" if c["new"] else ""), "value")
        self.heard_again[item.id] = box
        return box

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
