"""The segment explorer: cut a customer table by descriptors, see who matches, save segments.

Descriptors are written back readably and reversibly, e.g. ``"city size: big city or rural"``,
so a saved segment can be re-cut from the table later (for the comparison chart).
"""

from __future__ import annotations

import re

import ipywidgets as w

from kit.data import COLUMNS
from kit.errors import KitError
from kit.model import Segment, Workbook
from kit.widgets._base import Form, esc, png_image, text_box

MAX_VALUES = 12  # a column with more distinct values is not offered as a filter
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)([kM]?)\b")


def value_order(value: str) -> tuple:
    """Sort key of a filter's values: bands and counts by their number ("under 20k", "20k-35k",
    ..., "100k+"; "18-24", ..., "75+"), then words alphabetically."""
    found = _AMOUNT.search(value)
    if not found:
        return (1, 0.0, value)
    amount = float(found.group(1)) * {"": 1, "k": 1e3, "M": 1e6}[found.group(2)]
    if value.lower().startswith(("under", "below", "less than", "<")):
        amount -= 0.5
    return (0, amount, value)


def phrase(column: str, values: list[str]) -> str:
    """``("city_size", ["big city"])`` -> ``"city size: big city"``."""
    return f"{column.replace('_', ' ')}: {' or '.join(values)}"


def parse_phrase(text: str, columns: list[str]) -> tuple[str, list[str]] | None:
    """The reverse of :func:`phrase`, or None for a descriptor typed by hand."""
    head, sep, tail = text.partition(": ")
    column = head.strip().replace(" ", "_")
    if not sep or column not in columns:
        return None
    return column, [v.strip() for v in tail.split(" or ") if v.strip()]


def segment_filters(segment: Segment, columns: list[str]) -> dict[str, list[str]]:
    """The table filters a saved segment stands for (descriptors typed by hand are skipped)."""
    out: dict[str, list[str]] = {}
    for _, text in segment.all_descriptors():
        parsed = parse_phrase(text, columns)
        if parsed:
            out[parsed[0]] = parsed[1]
    return out


class SegmentExplorer(Form):
    """Filters by descriptor family; the matching customers' size and needs; save and compare."""

    def __init__(self, wb: Workbook, table, *, dataset: str | None = None):
        super().__init__(wb)
        self.table = table
        self.dataset = dataset or next(
            (name for name, cols in COLUMNS.items() if set(cols) <= set(table.columns)), None)
        known = COLUMNS.get(self.dataset or "", {})
        self.needs = [c for c, f in known.items() if f == "need"] or [
            c for c in table.columns if c.startswith(("pain_", "gain_"))]
        self.kind = "business" if "firmographic" in known.values() else "consumer"
        families: dict[str, list[str]] = {}
        for column in table.columns:
            family = known.get(column, "behavioural" if column not in self.needs else "need")
            if family == "need" or table[column].nunique() > MAX_VALUES or column.endswith("_id"):
                continue
            families.setdefault(family, []).append(column)
        if not families:
            raise KitError("This table has no column with few enough distinct values to cut "
                           f"by (at most {MAX_VALUES}). The table contains these columns: "
                           f"{', '.join(table.columns)}.")
        self.filters: dict[str, w.SelectMultiple] = {}
        pages = []
        for columns in families.values():
            boxes = []
            for column in columns:
                values = sorted(table[column].dropna().astype(str).unique(), key=value_order)
                box = w.SelectMultiple(options=values, rows=min(len(values), 5),
                                       description=column.replace("_", " "),
                                       style={"description_width": "11em"},
                                       layout=w.Layout(width="30em"))
                box.observe(lambda c: self.update(), "value")
                self.filters[column] = box
                boxes.append(box)
            pages.append(w.VBox(boxes))
        self.accordion = w.Accordion(children=pages, titles=list(families))
        self.clear_button = w.Button(description="Clear filters", icon="eraser")
        self.clear_button.on_click(lambda _: self.clear())
        self.summary = w.HTML()
        self.chart = w.Box()
        self.name = text_box("Segment name", "", "e.g. Busy professionals in big cities")
        self.save_button = w.Button(description="Save as segment", icon="save",
                                    button_style="primary")
        self.save_button.on_click(lambda _: self.save_segment())
        self.compare_button = w.Button(description="Compare saved segments", icon="bar-chart")
        self.compare_button.on_click(lambda _: self.compare())
        self.comparison = w.Box()
        self.target = w.Dropdown(description="Target", layout=w.Layout(width="40em"))
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
        self._refresh_targets()
        self.update()

    # -- the current cut
    def selection(self) -> dict[str, list[str]]:
        return {c: list(box.value) for c, box in self.filters.items() if box.value}

    def matching(self):
        mask = None
        for column, values in self.selection().items():
            keep = self.table[column].astype(str).isin(values)
            mask = keep if mask is None else mask & keep
        return self.table if mask is None else self.table[mask]

    def update(self) -> None:
        match = self.matching()
        n, total = len(match), len(self.table)
        rows = "".join(
            f"<tr><td>{esc(c.replace('_', ' '))}</td><td>{match[c].mean():.1f}</td>"
            f"<td>{self.table[c].mean():.1f}</td></tr>" for c in self.needs if n)
        self.summary.value = (
            f"<p><b>{n:,}</b> of {total:,} customers match ({100 * n / total:.0f}%).</p>"
            + (f"<table><tr><th>need (1-5)</th><th>this cut</th><th>everyone</th></tr>{rows}"
               "</table>" if rows else ""))
        self.chart.children = [self._needs_chart(match)] if n and self.needs else []

    def _needs_chart(self, match) -> w.Image:
        from matplotlib.figure import Figure

        fig = Figure(figsize=(7, 0.35 * len(self.needs) + 1.2))
        ax = fig.add_subplot()
        labels = [c.replace("_", " ") for c in self.needs]
        ys = range(len(self.needs))
        ax.barh([y + 0.2 for y in ys], [self.table[c].mean() for c in self.needs], height=0.4,
                color="#bdbdbd", label="everyone")
        ax.barh([y - 0.2 for y in ys], [match[c].mean() for c in self.needs], height=0.4,
                color="#1e88e5", label="this cut")
        ax.set_yticks(list(ys), labels)
        ax.invert_yaxis()
        ax.set_xlim(1, 5)
        ax.set_xlabel("mean score (1 = not at all, 5 = very strongly)")
        ax.legend(loc="lower right", fontsize=8)
        fig.tight_layout()
        return png_image(fig)

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
        known = COLUMNS.get(self.dataset or "", {})
        descriptors: dict[str, list[str]] = {}
        for column, values in selection.items():
            family = known.get(column, "behavioural")
            descriptors.setdefault(family, []).append(phrase(column, values))
        try:
            seg = self.wb.add_segment(name, kind=self.kind, size=len(self.matching()),
                                      descriptors=descriptors,
                                      notes=f"Cut from the {self.dataset or 'customer'} table.")
        except KitError as err:
            self.status.warn(str(err))
            return None
        self.commit()
        self.name.value = ""
        self._refresh_targets()
        return seg

    def comparison_table(self):
        from kit.plots import compare_segments

        columns = list(self.table.columns)
        by = {s.name: self._typed(f) for s in self.wb.segments
              if (f := segment_filters(s, columns))}
        if not by:
            return None
        return compare_segments(self.table, by, self.needs)

    def _typed(self, filters: dict[str, list[str]]) -> dict[str, list]:
        """Filter values as the table holds them (the forms show them as text)."""
        out = {}
        for column, values in filters.items():
            by_text = {str(v): v for v in self.table[column].dropna().unique()}
            out[column] = [by_text[v] for v in values if v in by_text]
        return out

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

    def _refresh_targets(self) -> None:
        self.target.options = [(s.name, s.id) for s in self.wb.segments]

    def choose_target(self) -> None:
        seg = next((s for s in self.wb.segments if s.id == self.target.value), None)
        if seg is None:
            self.status.warn("Save a segment first, then choose it as your target.")
            return
        self.apply(lambda: setattr(seg, "targeted", True))
