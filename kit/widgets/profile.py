"""The profile board: jobs, pains and gains of a segment; add, edit, remove, reorder, rate."""

from __future__ import annotations

import ipywidgets as w

from kit.escape import esc
from kit.model import EVIDENCE_STATUSES, GAIN_TYPES, JOB_TYPES, ProfileItem, Segment, Workbook
from kit.widgets._base import Form, Pager, icon_button
from kit.widgets.parts import SegmentPicker, bin_button, keep_draft

__all__ = ["ItemRow", "ProfileBoard"]

_TITLES = {"job": "Jobs", "pain": "Pains", "gain": "Gains"}
_HELP = {
    "job": "What are they trying to get done? Functional tasks, how they want to be seen "
           "(social), how they want to feel (emotional), basic needs. Most important first.",
    "pain": "What annoys them, gets in the way, or worries them before, during or after the "
            "job? Most severe first.",
    "gain": "What outcomes and benefits do they want: required, expected, desired, and ones "
            "that would delight them (unexpected)? Most relevant first.",
}
_TYPES = {"job": JOB_TYPES, "gain": GAIN_TYPES}
_PLACEHOLDER = {"job": "e.g. Get a healthy dinner on the table by 7pm",
                "pain": "e.g. The kids refuse new food and dinner gets thrown away",
                "gain": "e.g. A meal the whole family eats without arguing"}


# Does the current offering address the item? Not assessed until the learner says.
_ADDRESSED = [("not assessed yet", None), ("addresses it", True), ("misses it", False)]


class ItemRow(w.HBox):
    """One job, pain or gain: rank, text, type, level, evidence, addressed, move, remove."""

    def __init__(self, board: ProfileBoard, item: ProfileItem, rank: int):
        self.board, self.item = board, item
        self.rank = w.HTML(f"<b>{rank}.</b>", layout=w.Layout(width="2em"))
        self.text = w.Text(value=item.text, continuous_update=False,
                           layout=w.Layout(flex="1 1 auto", min_width="16em"))
        controls: list[w.Widget] = [self.rank, self.text]
        if item.kind in _TYPES:
            self.type = w.Dropdown(options=_TYPES[item.kind], value=getattr(item, "type", None),
                                   layout=w.Layout(width="9em"))
            self.type.observe(lambda c: board.edit(item, "type", c["new"]), "value")
            controls.append(self.type)
        self.level = w.Dropdown(options=[("not rated", None), *[(v, v) for v in item.levels]],
                                value=item.level, layout=w.Layout(width="10em"))
        self.evidence = w.Dropdown(options=EVIDENCE_STATUSES, value=item.evidence,
                                   layout=w.Layout(width="8.5em"))
        self.addressed = w.Dropdown(options=_ADDRESSED, value=item.addressed,
                                    description="Offering", description_allow_html=False,
                                    layout=w.Layout(width="15em"),
                                    style={"description_width": "4.5em"})
        self.up = icon_button("arrow-up", "Move up")
        self.down = icon_button("arrow-down", "Move down")
        self.remove = bin_button()
        self.text.observe(lambda c: board.edit(item, "text", c["new"]), "value")
        self.level.observe(lambda c: board.edit(item, item.level_field, c["new"]), "value")
        self.evidence.observe(lambda c: board.edit(item, "evidence", c["new"]), "value")
        self.addressed.observe(lambda c: board.edit(item, "addressed", c["new"]), "value")
        self.up.on_click(lambda _: board.move(item, -1))
        self.down.on_click(lambda _: board.move(item, +1))
        self.remove.on_click(lambda _: board.remove(item, self))
        super().__init__([*controls, self.level, self.evidence, self.addressed, self.up,
                          self.down, self.remove], layout=w.Layout(width="100%"))


class ProfileBoard(Form):
    """The customer profile of one segment, edited in three tabs: jobs, pains, gains."""

    def __init__(self, wb: Workbook, segment: Segment | str | None = None):
        super().__init__(wb)
        self.picker = SegmentPicker(wb)
        self.lists = {kind: Pager(lambda item, rank: ItemRow(self, item, rank))
                      for kind in _TITLES}
        self.new_text = {kind: w.Text(placeholder=_PLACEHOLDER[kind],
                                      layout=w.Layout(flex="1 1 auto"))
                         for kind in _TITLES}
        # typed and not added yet: kept in the workbook (a restart loses none of it)
        self.drafts = {kind: keep_draft(wb, self.new_text[kind], f"profile.{kind}", self.commit)
                       for kind in _TITLES}
        self.add_buttons = {kind: w.Button(description=f"Add {kind}", icon="plus")
                            for kind in _TITLES}
        pages = []
        for kind in _TITLES:
            self.add_buttons[kind].on_click(lambda _, k=kind: self.add(k))
            pages.append(w.VBox([
                w.HTML(f"<small>{esc(_HELP[kind])}</small>"), self.lists[kind],
                w.HBox([self.new_text[kind], self.add_buttons[kind]],
                       layout=w.Layout(width="100%"))]))
        self.tabs = w.Tab(children=pages, titles=[_TITLES[k] for k in _TITLES])
        self.empty = w.HTML("<p>Describe a segment first (lesson 01): the profile belongs to a "
                            "segment.</p>")
        self.children = (self.picker, self.tabs, self.empty, self.status)
        if isinstance(segment, str):
            segment = wb.segment(segment)
        default = segment or next(iter(wb.targeted_segments or wb.segments), None)
        self.picker.reload(default.id if default else None)
        self.picker.observe(lambda c: self.render(), "value")
        self.render()

    @property
    def segment(self) -> Segment | None:
        return self.picker.segment

    def render(self, only: str | None = None, reveal: ProfileItem | None = None) -> None:
        seg = self.segment
        self.tabs.layout.display = None if seg else "none"
        self.empty.layout.display = "none" if seg else None
        for kind in [only] if only else list(_TITLES):
            self.lists[kind].show(seg.profile.items_of(kind) if seg else [], reveal)

    def rows(self, kind: str) -> list[ItemRow]:
        """The rows shown (a long list shows a page at a time)."""
        return self.lists[kind].rows

    # -- actions (also usable from code and tests)
    def add(self, kind: str, text: str | None = None) -> ProfileItem | None:
        seg = self.segment
        text = (self.new_text[kind].value if text is None else text).strip()
        if seg is None:
            self.status.warn("Describe a segment first.")
            return None
        if not text:
            self.status.warn(f"Type the {kind} first, then click 'Add {kind}'.")
            return None
        item = seg.profile.add(kind, text)
        self.new_text[kind].value = ""
        self.commit()
        self.render(kind, reveal=item)
        return item

    def edit(self, item: ProfileItem, field: str, value: object) -> None:
        self.apply(lambda: setattr(item, field, value))

    def move(self, item: ProfileItem, step: int) -> None:
        seg = self.segment
        if seg is None:
            return
        seg.profile.move(item, seg.profile.rank(item) - 1 + step)
        self.commit()
        self.render(item.kind, reveal=item)

    def remove(self, item: ProfileItem, row: ItemRow | None = None) -> None:
        """The first click arms the button; the second removes (no work lost by a slip)."""
        seg = self.segment
        if seg is None:
            return
        if row is not None and not row.remove.confirm(
                self.status, f"Click the red bin again to remove \u201c{item.text}\u201d."):
            return
        self.apply(lambda: self.wb.remove_item(item))  # and the interviews' marks on it
        self.render(item.kind)
