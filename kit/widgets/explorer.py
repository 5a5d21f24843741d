"""The segment explorer: cut a customer table by descriptors, see who matches, save segments.

The logic is plain pandas in :mod:`kit.data` (which columns are offered under which family,
the rows a cut keeps, their size and needs) and the chart is in :mod:`kit.plots.segments`;
this widget lays them out, reads the boxes and calls them. A saved segment keeps its cut as
filters (``Segment.cut``), which the comparison re-applies to the table, and readable
descriptors (``"education: bachelor or master or higher"``) for the learner and the checks.
The filters picked and the name typed, not saved as a segment yet, are kept in the workbook
(``Workbook.draft_cuts`` and ``drafts``), so a restart loses none of them.
"""

from __future__ import annotations

import ipywidgets as w

from kit.data import (
    column_values,
    customer_kind,
    cut_descriptors,
    cut_filters,
    cut_rows,
    recut,
    summarise_cut,
    table_dataset,
    table_families,
    table_needs,
)
from kit.errors import KitError
from kit.escape import esc
from kit.model import Segment, Workbook
from kit.widgets._base import Form, png_image, text_box
from kit.widgets.parts import DRAFT_DELAY, Debounce, SegmentPicker, keep_draft

__all__ = ["SegmentExplorer"]


class SegmentExplorer(Form):
    """Filters by descriptor family; the matching customers' size and needs; save and compare."""

    def __init__(self, wb: Workbook, table, *, dataset: str | None = None):
        super().__init__(wb)
        self.table = table
        self.dataset = dataset or table_dataset(table)
        self.needs = table_needs(table, self.dataset)
        self.kind = customer_kind(self.dataset)
        families = table_families(table, self.dataset)
        self.draft_key = self.dataset or "table"
        kept = {f.column: set(f.values) for f in wb.draft_cuts.get(self.draft_key, [])}
        self.cut_draft = Debounce(self.commit, DRAFT_DELAY)
        self.filters: dict[str, w.SelectMultiple] = {}
        pages = []
        for columns in families.values():
            boxes = []
            for column in columns:
                values = column_values(table, column)
                box = w.SelectMultiple(options=values, rows=min(len(values), 5),
                                       value=[v for v in values if str(v) in kept.get(column, ())],
                                       description=column.replace("_", " "),
                                       style={"description_width": "11em"},
                                       layout=w.Layout(width="30em"))
                box.observe(lambda c: self._picked(), "value")
                self.filters[column] = box
                boxes.append(box)
            pages.append(w.VBox(boxes))
        self.accordion = w.Accordion(children=pages, titles=list(families))
        self.clear_button = w.Button(description="Clear filters", icon="eraser")
        self.clear_button.on_click(lambda _: self.clear())
        self.summary = w.HTML()
        self.chart = w.Box()
        self.name = text_box("Segment name", "", "e.g. Busy professionals in big cities")
        self.name_draft = keep_draft(wb, self.name, f"explorer.{self.draft_key}", self.commit)
        self.save_button = w.Button(description="Save as segment", icon="save",
                                    button_style="primary")
        self.save_button.on_click(lambda _: self.save_segment())
        self.compare_button = w.Button(description="Compare saved segments", icon="bar-chart")
        self.compare_button.on_click(lambda _: self.compare())
        self.comparison = w.Box()
        self.target = SegmentPicker(wb, "Target", width="40em")
        self.target_button = w.Button(description="Make this my target", icon="bullseye")
        self.target_button.on_click(lambda _: self.choose_target())
        self.children = (
            w.HTML("<b>1. Pick values to keep</b> (Ctrl/Cmd-click for several; none = all)"),
            self.accordion, self.clear_button, self.summary, self.chart,
            w.HTML("<b>2. Save what you found as a segment</b>"),
            w.HBox([self.name, self.save_button]),
            w.HTML("<b>3. Compare your segments and choose a target</b>"),
            self.compare_button, self.comparison, w.HBox([self.target, self.target_button]),
            self.status)
        self.target.reload(or_first=True)
        self.update()

    # -- the current cut
    def selection(self) -> dict[str, list[str]]:
        return {c: list(box.value) for c, box in self.filters.items() if box.value}

    def matching(self):
        return cut_rows(self.table, self.selection())

    def update(self) -> None:
        from kit.plots.segments import draw_cut_needs

        cut = summarise_cut(self.table, self.selection(), self.needs)
        rows = "".join(
            f"<tr><td>{esc(c.replace('_', ' '))}</td><td>{mine:.1f}</td>"
            f"<td>{everyone:.1f}</td></tr>" for c, (mine, everyone) in cut.needs.items())
        self.summary.value = (
            f"<p><b>{cut.size:,}</b> of {cut.total:,} customers match "
            f"({100 * cut.share:.0f}%).</p>"
            + (f"<table><tr><th>need (1-5)</th><th>this cut</th><th>everyone</th></tr>{rows}"
               "</table>" if rows else ""))
        self.chart.children = [png_image(draw_cut_needs(cut))] if cut.needs else []

    def _picked(self) -> None:
        """A value picked or dropped: show the cut now; keep it in the workbook, saved after a
        pause (clicking through a list of values is one save, not one per click)."""
        self.update()
        cut = cut_filters(self.selection())
        if cut:
            self.wb.draft_cuts[self.draft_key] = cut
        else:
            self.wb.draft_cuts.pop(self.draft_key, None)
        self.cut_draft.poke()

    def clear(self) -> None:
        for box in self.filters.values():
            box.value = ()

    # -- saving, comparing, choosing
    def save_segment(self, name: str | None = None) -> Segment | None:
        name = (self.name.value if name is None else name).strip()
        if not name:
            self.status.warn("Give the segment a name first.")
            return None
        selection = self.selection()
        if not selection:
            self.status.warn("Pick at least one value to cut by: a segment of everyone is no "
                             "segment.")
            return None
        try:
            seg = self.wb.add_segment(name, kind=self.kind, size=len(self.matching()),
                                      descriptors=cut_descriptors(selection, self.dataset),
                                      cut=cut_filters(selection),
                                      notes=f"Cut from the {self.dataset or 'customer'} table.")
        except KitError as err:
            self.status.warn(str(err))
            return None
        self.commit()
        self.name.value = ""
        self.target.reload(self.target.value, or_first=True)
        return seg

    def comparison_table(self):
        """The saved segments cut from this table, compared (None when there is none)."""
        from kit.plots import compare_segments

        by = {s.name: f for s in self.wb.segments if (f := recut(self.table, s))}
        if not by:
            return None
        return compare_segments(self.table, by, self.needs)

    def compare(self) -> None:
        from kit.plots import draw_segment_comparison

        try:
            table = self.comparison_table()
        except KitError as err:
            self.status.warn(str(err))
            return
        if table is None:
            self.status.warn("Save at least one segment from the table first.")
            return
        self.comparison.children = [png_image(draw_segment_comparison(table))]

    def choose_target(self) -> None:
        seg = self.target.segment
        if seg is None:
            self.status.warn("Save a segment first, then choose it as your target.")
            return
        self.apply(lambda: setattr(seg, "targeted", True))
