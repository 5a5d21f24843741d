"""The interview log: what each interview said about the profile, what was new, and what was
heard again (the plan and the question set are in :mod:`kit.widgets.interviews`).

"New" has one meaning throughout the kit: an item is new in an interview when it was neither
in the profile before the round nor heard in an earlier interview. The log's New field takes
what you did not expect; something an earlier interview already brought up is ticked under
"Heard again" instead. A new item can be added to the profile (it keeps its ``origin``), and
then shows among the hypotheses of the other interviews.
"""

from __future__ import annotations

import datetime as dt
import re

import ipywidgets as w

from kit.errors import KitError
from kit.escape import esc
from kit.model import ITEM_KINDS, Interview, NewItem, ProfileItem, Quote, Workbook
from kit.widgets._base import Form, Pager, heading, on_saved, text_box
from kit.widgets.parts import RemoveButton, bin_button, keep_draft, row_field

__all__ = ["EvidenceRow", "InterviewLog"]

_MARKS = [("not mentioned", ""), ("confirmed", "confirmed"), ("contradicted", "contradicted")]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class EvidenceRow(w.HBox):
    """One hypothesised job, pain or gain: not mentioned, confirmed or contradicted; a quote."""

    def __init__(self, log: InterviewLog, interview: Interview, item: ProfileItem, rank: int):
        refs = {item.id, item.origin} - {""}  # an item added from a new item: either id
        mark = ("confirmed" if refs & set(interview.confirmed) else
                "contradicted" if refs & set(interview.contradicted) else "")
        quote = next((q.text for q in interview.quotes if q.item == item.id), "")
        self.label = w.HTML(f"<b>{item.kind.capitalize()} {rank}.</b> {esc(item.text)}",
                            layout=w.Layout(width="30%"))
        self.mark = w.ToggleButtons(options=_MARKS, value=mark,
                                    style={"button_width": "8em"})
        self.quote = row_field(quote, "a short quote, in their words", flex=True)
        self.mark.observe(lambda c: log.mark(interview, item.id, c["new"]), "value")
        self.quote.observe(lambda c: log.quote(interview, item.id, c["new"]), "value")
        super().__init__([self.label, self.mark, self.quote], layout=w.Layout(width="100%"))


class InterviewLog(Form):
    """What each interview said about the profile, what was new, and what was heard again."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        self.picker = w.Dropdown(description="Interview", layout=w.Layout(width="60%"))
        self.new_button = w.Button(description="New interview", icon="plus")
        self.remove_button = RemoveButton()
        self.contact = w.Dropdown(description="Who", layout=w.Layout(width="40%"))
        self.alias = row_field("", "their alias", "14em")
        self.date = row_field("", "YYYY-MM-DD", "9em")
        self.evidence_box = Pager(lambda pair, _: self._evidence_row(*pair))
        self.heard_box = Pager(lambda pair, _: self._heard_row(*pair))
        self.new_box = w.VBox()
        self.evidence: dict[str, EvidenceRow] = {}
        self.heard_again: dict[str, w.Checkbox] = {}
        self.add_buttons: dict[str, w.Widget] = {}  # new item id -> its "add to profile"
        self.new_kind = w.Dropdown(options=ITEM_KINDS, value="pain", layout=w.Layout(width="7em"))
        self.new_text = w.Text(placeholder="something you did not expect to hear",
                               layout=w.Layout(flex="1 1 auto"))
        self.draft = keep_draft(wb, self.new_text, "interview.new_item", self.commit)
        self.add_button = w.Button(description="Add new item", icon="plus")
        self.notes = text_box("Notes", "", "anything else worth remembering", area=True)
        self.form = w.VBox([
            w.HBox([self.contact, self.alias, w.Label("on"), self.date]),
            heading("What they said about your hypotheses"), self.evidence_box,
            heading("Heard again: new items from other interviews"), self.heard_box,
            heading("New: neither in your profile nor heard in an earlier interview"),
            w.HTML("<small>Something an earlier interview already brought up is not new: tick "
                   "it under <b>Heard again</b>. A new item heard by several people can be "
                   "added to the profile with <b>add to profile</b>.</small>"),
            self.new_box,
            w.HBox([self.new_kind, self.new_text, self.add_button],
                   layout=w.Layout(width="100%")), self.notes])
        self.empty = w.HTML("<p>No interview logged yet: after each conversation click "
                            "<b>New interview</b>.</p>")
        self.children = (w.HBox([self.picker, self.new_button, self.remove_button]), self.form,
                         self.empty, self.status)
        self._loading = False
        self.picker.observe(self._picked, "value")
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

    def _picked(self, change: dict) -> None:
        if not self._loading:
            self._show()

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
        self.remove_button.disarm()
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
        self.evidence, self.heard_again, self.add_buttons = {}, {}, {}
        self.evidence_box.rewind()
        self.heard_box.rewind()
        # an item added from this interview's own new item is listed under New, not here
        own = {item.id for item in iv.new_items}
        adopted = {i.origin for i in seg.profile.all_items()} - {""} if seg else set()
        self.evidence_box.show([(iv, item, rank) for kind in ITEM_KINDS for rank, item in
                                enumerate(seg.profile.items_of(kind), 1)
                                if not item.origin or item.origin not in own] if seg else [])
        if not self.evidence_box.items:
            self.evidence_box.body.children = [w.HTML(
                "<small>Choose the plan's segment and write its profile first.</small>")]
        # new items added to the profile are marked with the hypotheses above
        self.heard_box.show([(iv, item, n) for n, other in enumerate(self.wb.interviews, 1)
                             if other is not iv for item in other.new_items
                             if item.id not in adopted])
        if not self.heard_box.items:
            self.heard_box.body.children = [
                w.HTML("<small>Nothing new was logged in other interviews yet.</small>")]
        self.new_box.children = [self._new_row(iv, item, adopted) for item in iv.new_items]

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

    def _new_row(self, iv: Interview, item: NewItem, adopted: set[str]) -> w.HBox:
        text = row_field(item.text, "", flex=True)
        text.observe(lambda c: self.apply(lambda: setattr(item, "text", c["new"])), "value")
        remove = bin_button()
        remove.on_click(lambda _: self.remove_new_item(iv, item, remove))
        earlier = next((n for n, other in enumerate(self.wb.interviews, 1) if other is iv
                        or item.id in other.confirmed or item.id in other.contradicted), None)
        here = self.wb.interviews.index(iv) + 1
        note = (f"<small style='color:#ef6c00'>heard earlier, in interview {earlier}: not new "
                "here</small>" if earlier is not None and earlier < here else "")
        if item.id in adopted:
            add = w.HTML("<small style='color:#2e7d32'>✓ in the profile</small>",
                         layout=w.Layout(width="9em"))
        else:
            add = w.Button(description="add to profile", icon="plus",
                           tooltip="Add it to the profile of the plan's segment",
                           layout=w.Layout(width="9em"))
            add.on_click(lambda _: self.add_to_profile(item))
        self.add_buttons[item.id] = add
        return w.HBox([w.HTML(f"<b>{esc(item.kind)}</b>", layout=w.Layout(width="4em")), text,
                       w.HTML(note), add, remove], layout=w.Layout(width="100%"))

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
        if not self.remove_button.confirm(
                self.status, f"Remove {self.picker.label} and everything logged in it? Click "
                "'Click again to remove' to confirm."):
            return
        self.apply(lambda: self.wb.remove_interview(iv))  # the model mends the links
        self._refresh_picker(None)

    def _aliases(self, item_id: str) -> set[str]:
        """The ids that stand for the same item: a profile item and the new item it was
        added from (``origin``)."""
        ids = {item_id}
        for seg in self.wb.segments:
            for item in seg.profile.all_items():
                if item.id == item_id and item.origin:
                    ids.add(item.origin)
                elif item.origin == item_id:
                    ids.add(item.id)
        return ids

    def mark(self, interview: Interview, item_id: str, mark: str) -> None:
        """Mark an item ``"confirmed"``, ``"contradicted"`` or ``""`` (not mentioned)."""
        aliases = self._aliases(item_id)

        def change() -> None:
            for ids in (interview.confirmed, interview.contradicted):
                ids[:] = [i for i in ids if i not in aliases]
            if mark:
                getattr(interview, mark).append(item_id)
        self.apply(change)

    def add_to_profile(self, item: NewItem) -> ProfileItem | None:
        """Add a new item to the profile of the plan's segment, with its ``origin``."""
        from kit.synthesis import add_to_profile

        try:
            added = add_to_profile(self.wb, item)
        except KitError as err:
            self.status.warn(str(err))
            return None
        self.commit()
        self._show()
        return added

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

    def remove_new_item(self, iv: Interview, item: NewItem,
                        button: RemoveButton | None = None) -> None:
        if button is not None and not button.confirm(
                self.status, f"Click the red bin again to remove \u201c{item.text}\u201d."):
            return
        self.apply(lambda: self.wb.remove_new_item(iv, item))
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
