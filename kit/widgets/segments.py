"""The segment builder: create and edit customer segments, saved at every change."""

from __future__ import annotations

import ipywidgets as w

from kit.errors import ValidationError
from kit.model import CUSTOMER_KINDS, DESCRIPTOR_FAMILIES, Segment, Workbook
from kit.widgets._base import Form, heading, text_box
from kit.widgets.parts import RemoveButton, SegmentPicker

__all__ = ["SegmentBuilder"]

_EXAMPLES = {
    "demographic": "e.g. 30-45 years old, two children under 10, income above 60k",
    "geographic": "e.g. lives in a city over 500,000, northern region",
    "behavioural": "e.g. orders takeaway twice a week, shops online",
    "psychographic": "e.g. values health over price, early adopter",
    "firmographic": "e.g. construction firm, 1-9 employees, owner buys the software",
}
_TARGET = {"Not decided yet": None, "Targeted: we serve it": True,
           "Not targeted: a neighbour we leave aside": False}


class SegmentBuilder(Form):
    """Create and edit segments: name, kind, descriptors by family, targeted or not and why,
    size, context, who pays and who uses, notes."""

    def __init__(self, wb: Workbook, segment: Segment | str | None = None):
        super().__init__(wb)
        self.picker = SegmentPicker(wb, wide_label=True)
        self.new_button = w.Button(description="New segment", icon="plus")
        self.remove_button = RemoveButton()
        self.name = text_box("Name", "", "e.g. Dual-income parents of toddlers in big cities")
        self.kind = w.ToggleButtons(options=[("Consumers (B2C)", "consumer"),
                                             ("Businesses (B2B)", "business")],
                                    description="Customers are", style={
                                        "description_width": "10em"})
        self.descriptors = {
            family: w.TagsInput(value=[], allow_duplicates=False, layout=w.Layout(width="100%"))
            for family in DESCRIPTOR_FAMILIES}
        self.targeted = w.ToggleButtons(options=list(_TARGET.items()), description="Decision",
                                        style={"description_width": "10em"})
        self.reason = text_box("Why?", "", "Why serve it, or why leave it aside?", area=True)
        self.size = text_box("Estimated size", "", "number of customers, e.g. 12000",
                             width="40%")
        self.context = text_box("Context", "", "when and where they act as customers")
        self.payer = text_box("Who pays", "", "e.g. the parent, the purchasing department")
        self.user = text_box("Who uses", "", "e.g. the child, the field engineer")
        self.notes = text_box("Notes", "", "", area=True)
        family_rows = []
        for family in DESCRIPTOR_FAMILIES:
            family_rows.append(w.HTML(f"<b>{family.capitalize()}</b> <small style='color:#666'>"
                                      f"{_EXAMPLES[family]} (type, then Enter)</small>"))
            family_rows.append(self.descriptors[family])
        self.form = w.VBox([
            self.name, self.kind, heading("Descriptors"), *family_rows,
            heading("Target or not?"), self.targeted, self.reason, self.size,
            heading("Who, when and where"), self.context, self.payer, self.user, self.notes])
        self.empty = w.HTML("<p>No segment yet: click <b>New segment</b> to describe one.</p>")
        self.children = (w.HBox([self.picker, self.new_button, self.remove_button]),
                         self.form, self.empty, self.status)
        self._loading = False
        self.new_button.on_click(lambda _: self.new_segment())
        self.remove_button.on_click(lambda _: self.remove_segment())
        self.picker.observe(lambda c: self._show(), "value")
        for name in ("name", "reason", "context", "payer", "user", "notes"):
            getattr(self, name).observe(self._text_changer(name), "value")
        self.kind.observe(lambda c: self._edit("kind", c["new"]), "value")
        self.targeted.observe(lambda c: self._edit("targeted", c["new"]), "value")
        self.size.observe(self._size_changed, "value")
        for family, box in self.descriptors.items():
            box.observe(self._descriptors_changer(family), "value")
        self._refresh_picker(self._resolve(segment))

    # -- which segment
    @property
    def segment(self) -> Segment | None:
        return self.picker.segment

    def _resolve(self, segment: Segment | str | None) -> str | None:
        if isinstance(segment, Segment):
            return segment.id
        if isinstance(segment, str):
            return self.wb.segment(segment).id
        return self.wb.segments[0].id if self.wb.segments else None

    def _refresh_picker(self, select: str | None) -> None:
        self.picker.reload(select)
        self._show()

    def _show(self) -> None:
        seg = self.segment
        self.form.layout.display = None if seg else "none"
        self.empty.layout.display = "none" if seg else None
        self.remove_button.disarm()
        if seg is None:
            return
        self._loading = True
        try:
            for name in ("name", "reason", "context", "payer", "user", "notes"):
                getattr(self, name).value = getattr(seg, name)
            self.kind.value = seg.kind
            self.targeted.value = seg.targeted
            self.size.value = "" if seg.size is None else str(seg.size)
            for family, box in self.descriptors.items():
                box.value = list(seg.descriptors[family])
        finally:
            self._loading = False

    # -- actions
    def new_segment(self, name: str | None = None) -> Segment:
        taken = {s.name.lower() for s in self.wb.segments}
        n = len(self.wb.segments) + 1
        while name is None or name.lower() in taken:
            name, n = f"Segment {n}", n + 1
        seg = self.wb.add_segment(name)
        self.commit()
        self._refresh_picker(seg.id)
        return seg

    def remove_segment(self) -> None:
        """Two clicks: the first asks to confirm, so no work is removed by accident."""
        seg = self.segment
        if seg is None:
            return
        if not self.remove_button.confirm(
                self.status, f"Remove the segment '{seg.name}' and its profile? Click "
                "'Click again to remove' to confirm."):
            return
        self.apply(lambda: self.wb.remove_segment(seg))  # the model mends the links
        self._refresh_picker(self._resolve(None))

    # -- edits
    def _edit(self, field: str, value: object) -> None:
        seg = self.segment
        if self._loading or seg is None:
            return
        self.apply(lambda: setattr(seg, field, value))

    def _text_changer(self, field: str):
        def changed(change: dict) -> None:
            if field == "name":
                self._rename(change["new"])
            else:
                self._edit(field, change["new"])
        return changed

    def _rename(self, new: str) -> None:
        seg = self.segment
        if self._loading or seg is None:
            return
        clash = [s for s in self.wb.segments if s is not seg
                 and s.name.strip().lower() == new.strip().lower()]
        if not new.strip():
            self.status.warn("A segment needs a name; the old name is kept.")
            return
        if clash:
            self.status.warn(f"There is already a segment called '{new}'; choose another name.")
            return
        seg.name = new
        if self.commit():
            self._loading = True
            self.picker.reload(seg.id)
            self._loading = False

    def _size_changed(self, change: dict) -> None:
        seg = self.segment
        if self._loading or seg is None:
            return
        text = change["new"].strip().replace(",", "").replace("_", "").replace(" ", "")
        if not text:
            self.apply(lambda: setattr(seg, "size", None))
        elif text.isdigit():
            self.apply(lambda: setattr(seg, "size", int(text)))
        else:
            self.status.warn(str(ValidationError(
                "size", f"{change['new']!r} is not a number of customers; write digits only, "
                "for example 12000.")))

    def _descriptors_changer(self, family: str):
        def changed(change: dict) -> None:
            seg = self.segment
            if self._loading or seg is None:
                return
            phrases = [str(v).strip() for v in change["new"] if str(v).strip()]
            self.apply(lambda: seg.descriptors.__setitem__(family, phrases))
        return changed


assert set(CUSTOMER_KINDS) == {"consumer", "business"}
