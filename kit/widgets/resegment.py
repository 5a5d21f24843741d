"""Re-segmenting from the interviews (lesson 05): what each interviewee is, where their answers
split, the split carried out, and the next round planned.

Forms only: the reading of the log and the split itself are
:mod:`kit.synthesis.resegment`'s; this module lays them out and wires the buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from kit.errors import KitError, ValidationError
from kit.escape import esc
from kit.model import DESCRIPTOR_FAMILIES, Contact, Segment, Workbook
from kit.synthesis.resegment import (
    BOTH,
    INSIDE,
    OUTSIDE,
    default_placement,
    default_reason,
    read_splits,
    resegment,
)
from kit.synthesis.split import odds
from kit.widgets._base import Form, heading, on_saved, png_image, text_box
from kit.widgets.parts import Clock, Debounce, DescriptorPicker

if TYPE_CHECKING:
    from kit.synthesis.resegment import SplitReading
    from kit.synthesis.split import Split

__all__ = ["ResegmentView", "sure_html"]

_WIDE = {"description_width": "14em"}
_SIDES = [("first sub-segment (has the criterion)", INSIDE),
          ("second sub-segment (the others)", OUTSIDE), ("neither: stays with the parent", "")]
_PLACES = [("first sub-segment", INSIDE), ("second sub-segment", OUTSIDE),
           ("both (copied)", BOTH)]


def sure_html(split: Split) -> str:
    """How sure a proposal is, in words, with its two numbers."""
    return (f"<p><b>How sure: {esc(split.strength)}.</b> For its best item alone, a split at "
            f"least this clean comes by chance {esc(odds(split.chance))} (Fisher's exact "
            f"test). Over all {split.tried[0]} descriptors and {split.tried[1]} items, one "
            f"this clean turns up somewhere {esc(odds(split.anywhere))} (found by shuffling "
            f"who has which descriptors). With {split.interviews} interviews this is a lead "
            "to test in the next round, not proof.</p>")


def _label(split: Split, reading: SplitReading) -> str:
    item = reading.items.get(split.items[0], split.items[0])
    return f"\u201c{split.descriptor}\u201d: {item[:60]} ({split.strength})"


class ResegmentView(Form):
    """Exercise "Re-segment from your interviews": four steps on one page.

    1. What each interviewee is: a :class:`DescriptorPicker` per interviewee of the plan's
       segment (saved at once).
    2. Where the answers split: the kit's reading in words, the proposals, the matrix of the
       one chosen, and how sure it is (no proposal when none is found).
    3. Split the segment: a form prefilled from the proposal; "Create the sub-segments"
       carries it out (:func:`kit.synthesis.resegment.resegment`) and saves.
    4. Plan the next round: contacts for the chosen sub-segment, each with its criterion.

    Redrawn after saves by other widgets once they pause for ``delay`` seconds (at once
    without a running event loop); ``clock`` is the loop to wait on (see :class:`Debounce`).
    """

    def __init__(self, wb: Workbook, delay: float = 0.5, *, clock: Clock | None = None):
        super().__init__(wb)
        self.clock = clock
        self.debounce = Debounce(lambda: self.refresh(), delay, clock)
        self.reading: SplitReading | None = None
        self.pickers: dict[str, DescriptorPicker] = {}
        # step 1
        self.people = w.VBox()
        # step 2
        self.message = w.HTML()
        self.proposals = w.Dropdown(description="Proposal", layout=w.Layout(width="100%"))
        self.figure = w.Box(layout=w.Layout(width="100%"))
        self.sure = w.HTML()
        # step 3
        self.criterion = text_box("Criterion (the descriptor)", "")
        self.family = w.Dropdown(description="Its family", options=DESCRIPTOR_FAMILIES,
                                 style=_WIDE)
        self.other = text_box("The other side's criterion", "", "e.g. not: runs a big club")
        self.first_name = text_box("First sub-segment", "", "e.g. Big clubs (over 100)")
        self.second_name = text_box("Second sub-segment", "", "e.g. Small clubs")
        for box in (self.criterion, self.other, self.first_name, self.second_name):
            box.style = _WIDE
        self.sides: dict[str, w.Dropdown] = {}
        self.side_rows = w.VBox()
        self.places: dict[str, w.Dropdown] = {}
        self.place_rows = w.VBox()
        self.chosen = w.RadioButtons(options=[("the first sub-segment", INSIDE),
                                              ("the second sub-segment", OUTSIDE)],
                                     description="Next round for", style=_WIDE)
        self.reason = text_box("Why the parent is no longer targeted", "", area=True)
        self.reason.style = _WIDE
        self.create_button = w.Button(description="Create the sub-segments", icon="scissors",
                                      button_style="primary", layout=w.Layout(width="auto"))
        self.create_button.on_click(lambda _: self.create())
        self.split_form = w.VBox([
            self.criterion, self.family, self.other, self.first_name, self.second_name,
            heading("Who is on each side", 5), self.side_rows,
            heading("Where each profile item goes", 5), self.place_rows,
            self.chosen, self.reason, self.create_button])
        self.no_split = w.HTML()
        self.made = w.HTML()
        # step 4
        self.round = w.HTML()
        self.planned = w.VBox()
        self.new_alias = w.Text(placeholder="alias, e.g. Sam", layout=w.Layout(width="9em"))
        self.new_why = w.Text(placeholder="why they match the sub-segment",
                              layout=w.Layout(flex="1 1 auto"))
        self.new_reach = w.Text(placeholder="how you will reach them",
                                layout=w.Layout(flex="1 1 auto"))
        self.has_criterion = w.Checkbox(value=True, indent=False,
                                        layout=w.Layout(width="auto"))
        self.add_button = w.Button(description="Add contact", icon="plus")
        self.add_button.on_click(lambda _: self.add_contact())
        self.add_row = w.HBox([self.new_alias, self.new_why, self.new_reach, self.add_button],
                              layout=w.Layout(width="100%"))
        self.next_round = w.VBox([self.round])
        self._loading = False
        self.proposals.observe(self._chose, "value")
        self.children = (
            heading("Step 1 · What each interviewee is"),
            w.HTML("<small>Tick what each person <b>is</b> (who they live with, how they "
                   "work, what they do and spend), not what they said. Saved at once.</small>"),
            self.people,
            heading("Step 2 · Where the answers split"), self.message, self.proposals,
            self.figure, self.sure,
            heading("Step 3 · Split the segment"), self.no_split, self.split_form, self.made,
            heading("Step 4 · Plan the next round"), self.next_round, self.status)
        on_saved(wb, self._saved)
        self.refresh()

    # -- reading the workbook
    def _chose(self, _change: dict) -> None:
        if not self._loading:
            self._show_split()

    def _saved(self) -> None:
        """Another widget saved: read again after a pause (at once without a running loop)."""
        self.debounce.poke()

    def _contact(self, key: str) -> Contact | None:
        return next((c for c in self.wb.plan.contacts if c.id == key), None)

    def refresh(self) -> None:
        """Read the interviews again and redraw every step."""
        self.debounce.cancel()
        reading = read_splits(self.wb)
        rows: list[w.Widget] = []
        self.pickers = {}
        for person in reading.interviewees:
            contact = self._contact(person.key)
            if contact is None:
                rows.append(w.HTML(f"<b>{esc(person.name)}</b> <small>was interviewed but is "
                                   "not in your plan: add them as a contact (lesson 04) to "
                                   "describe them.</small>"))
                continue
            picker = DescriptorPicker(self, contact, segment=reading.segment,
                                      added=self.refresh, clock=self.clock)
            picker.children = (w.HTML(f"<b>{esc(person.name)}</b>"), *picker.children)
            for box in picker.ticks.values():
                box.observe(lambda _: self.look(), "value")
            self.pickers[person.key] = picker
            rows.append(picker)
        self.people.children = rows or [w.HTML("<small>No interview logged for this segment "
                                               "yet (the interview log above).</small>")]
        self.look()

    def look(self) -> None:
        """Read where the answers split (after a tick) and show it, steps 2 to 4."""
        reading = read_splits(self.wb)
        before = self.split.descriptor if self.split is not None else None
        self.reading = reading
        seg = reading.segment
        parent = next((s for s in self.wb.segments if seg and s.id == seg.parent), None)
        about = (f"Your plan is now about \u201c{seg.name}\u201d, split from \u201c"
                 f"{parent.name}\u201d. " if seg is not None and parent is not None else "")
        self.message.value = f"<p>{esc(about + reading.message)}</p>"
        ranks = [s.descriptor for s in reading.splits]
        self._loading = True
        try:  # the proposal chosen stays chosen, whatever its rank now
            self.proposals.options = [(_label(s, reading), i)
                                      for i, s in enumerate(reading.splits)]
            self.proposals.value = ranks.index(before) if before in ranks else (
                0 if ranks else None)
        finally:
            self._loading = False
        self.proposals.layout.display = None if reading.splits else "none"
        self._show_split()
        self._show_made()

    @property
    def split(self) -> Split | None:
        """The proposal chosen in step 2, or None."""
        index, reading = self.proposals.value, self.reading
        if reading is None or index is None or index >= len(reading.splits):
            return None
        return reading.splits[index]

    def _show_split(self) -> None:
        split, reading = self.split, self.reading
        shown = split is not None and reading is not None
        self.split_form.layout.display = None if shown else "none"
        self.no_split.value = "" if shown else (
            "<p><small>No split to carry out: the kit does not invent one. Describe your "
            "interviewees (step 1) or interview more people, and look again.</small></p>")
        if split is None or reading is None:
            self.figure.children, self.sure.value = [], ""
            return
        try:
            from kit.plots import draw_split_matrix
        except ImportError:  # the figure is drawn by kit.plots when it has it
            self.figure.children = []
        else:
            self.figure.children = [png_image(draw_split_matrix(reading, split))]
        self.sure.value = sure_html(split)
        self._prefill(reading, split)

    def _prefill(self, reading: SplitReading, split: Split) -> None:
        parent = reading.segment
        name = parent.name if parent is not None else "Segment"
        other = split.others[0] if split.others else ""
        self.criterion.value = split.descriptor
        self.family.value = reading.families.get(split.descriptor, "behavioural")
        self.other.value = other or f"not: {split.descriptor}"
        self.first_name.value = f"{name}: {split.descriptor}"
        self.second_name.value = f"{name}: {other or 'the others'}"
        names = reading.names()
        self.sides = {}
        for key in (*split.inside, *split.outside):
            self.sides[key] = w.Dropdown(options=_SIDES,
                                         value=INSIDE if key in split.inside else OUTSIDE)
        self.side_rows.children = [
            w.HBox([w.HTML(esc(names.get(k, k)), layout=w.Layout(width="14em")), box])
            for k, box in self.sides.items()]
        placement = default_placement(reading, split)
        texts = {i.id: (i.kind, i.text) for i in parent.profile.all_items()} if parent else {}
        self.places = {}
        rows = []
        for item_id, place in placement.items():
            kind, text = texts.get(item_id, (reading.kinds.get(item_id, ""),
                                             reading.items.get(item_id, item_id)))
            new = item_id not in texts
            options = [*_PLACES, ("leave out", "")] if new else _PLACES
            self.places[item_id] = box = w.Dropdown(options=options, value=place,
                                                    layout=w.Layout(width="14em"))
            label = f"{'new ' if new else ''}{kind}: {text}"
            rows.append(w.HBox([box, w.HTML(f"<small>{esc(label)}</small>")]))
        self.place_rows.children = rows
        first = split.items[0]
        self.reason.value = default_reason(split.descriptor, reading.items.get(first, first),
                                           split.confirmed_inside[first])
        self.chosen.value = INSIDE

    # -- step 3
    def values(self) -> dict:
        """What the step-3 form says, as :func:`resegment` takes it."""
        return {
            "criterion": self.criterion.value, "family": self.family.value,
            "names": [self.first_name.value, self.second_name.value],
            "inside": [k for k, box in self.sides.items() if box.value == INSIDE],
            "outside": [k for k, box in self.sides.items() if box.value == OUTSIDE],
            "other_criterion": self.other.value,
            "placement": {i: box.value for i, box in self.places.items() if box.value},
            "chosen": self.chosen.value, "reason": self.reason.value}

    def create(self) -> Segment | None:
        """Carry the split out and save; on a bad input say why and change nothing."""
        if self.split is None:
            self.status.warn("There is no split to carry out yet (step 2).")
            return None
        try:  # every input is checked before anything changes: a refusal changes nothing
            made = resegment(self.wb, **self.values())
        except ValidationError as err:
            self.status.warn(f"Nothing was created: {err.problem}")
            return None
        except KitError as err:
            self.status.warn(f"Nothing was created: {err}")
            return None
        self.commit()
        self.refresh()
        return made.chosen

    def _show_made(self) -> None:
        seg = self.wb.plan_segment
        parent = next((s for s in self.wb.segments if seg and s.id == seg.parent), None)
        if seg is None or parent is None:
            self.made.value = ""
            self.round.value = ("<p><small>Create the sub-segments first (step 3): the next "
                                "round is for one of them.</small></p>")
            self.next_round.children = (self.round,)
            return
        alias = {c.id: c.alias for c in self.wb.plan.contacts}
        parts = []
        for child in (s for s in self.wb.segments if s.parent == parent.id):
            who = [alias.get(i.contact, i.contact) for i in self.wb.interviews
                   if i.segment == child.id]
            mark = " (the next round)" if child is seg else ""
            parts.append(f"<li><b>{esc(child.name)}</b>{mark}"
                         f": criterion \u201c{esc(child.criterion)}\u201d; "
                         f"{len(child.profile.all_items())} profile items; interviews of "
                         f"{esc(', '.join(who) or 'nobody yet')}</li>")
        self.made.value = (
            f"<div style='border-left:6px solid #2e7d32;background:#e8f5e9;padding:0.4em 1em'>"
            f"<b>Made from \u201c{esc(parent.name)}\u201d</b>, kept as a segment not targeted "
            f"(reason: {esc(parent.reason)}):<ul>{''.join(parts)}</ul>Your interview plan is "
            f"now about \u201c{esc(seg.name)}\u201d.</div>")
        self._show_round(seg)

    # -- step 4
    def _show_round(self, seg: Segment) -> None:
        self.round.value = (f"<p>Plan 3\u20135 new contacts for \u201c{esc(seg.name)}\u201d: "
                            f"real people who are \u201c{esc(seg.criterion)}\u201d.</p>")
        self.has_criterion.description = f"they are \u201c{seg.criterion}\u201d"
        rows = []
        for contact in self.wb.plan.contacts:
            if contact.status != "planned":
                continue
            picker = DescriptorPicker(self, contact, segment=seg, clock=self.clock)
            picker.children = (w.HTML(f"<b>{esc(contact.alias)}</b> <small>{esc(contact.why)}"
                                      f" \u00b7 {esc(contact.reach)}</small>"),
                               *picker.children)
            rows.append(picker)
        self.planned.children = rows
        self.next_round.children = (self.round, self.planned, self.add_row, self.has_criterion)

    def add_contact(self) -> Contact | None:
        """Add a planned contact for the next round (with its criterion when ticked)."""
        seg = self.wb.plan_segment
        alias = self.new_alias.value.strip()
        if not alias:
            self.status.warn("Type the contact's alias first, then click 'Add contact'.")
            return None
        if seg is None or not seg.criterion:
            self.status.warn("Create the sub-segments first (step 3).")
            return None
        family = next((f for f, d in seg.all_descriptors() if d == seg.criterion),
                      "behavioural")
        made: list[Contact] = []

        def change() -> None:
            contact = Contact(alias=alias, why=self.new_why.value, reach=self.new_reach.value)
            if self.has_criterion.value:
                contact.add_descriptor(family, seg.criterion)
            self.wb.plan.contacts.append(contact)
            made.append(contact)

        if not self.apply(change):
            return None
        for box in (self.new_alias, self.new_why, self.new_reach):
            box.value = ""
        self._show_round(seg)
        return made[0]
