"""Small forms: the start panel, a free-text answer, the segment pattern picker."""

from __future__ import annotations

import ipywidgets as w

from kit.escape import esc
from kit.model import SEGMENT_PATTERNS, Workbook
from kit.widgets._base import Form, text_box

__all__ = ["AnswerBox", "SegmentPatternPicker", "StartPanel"]

_PATTERNS = {
    "mass market": "one large group with broadly similar needs",
    "niche": "a small, specialised group",
    "segmented": "several groups with slightly different needs",
    "diversified": "unrelated groups with very different needs",
    "multi-sided": "two or more groups that need each other (e.g. buyers and sellers)",
}


class StartPanel(Form):
    """Your name and your idea (or the current offering), and where the workbook lives."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        self.learner = text_box("Your name", wb.learner, "e.g. Ada")
        self.offering = text_box("Your idea", wb.offering, "e.g. weekday meal kits for busy "
                                 "households, or what customers use today", area=True)
        self.learner.observe(lambda c: self.apply(lambda: setattr(wb, "learner", c["new"])),
                             "value")
        self.offering.observe(lambda c: self.apply(lambda: setattr(wb, "offering", c["new"])),
                              "value")
        where = esc(wb.path) if wb.path else "nowhere yet (not tied to a file)"
        info = w.HTML(f"<p>Your workbook is saved at <code>{where}</code>. Every change in a "
                      "form is saved there at once.</p>")
        self.children = (info, self.learner, self.offering, self.status)


class AnswerBox(Form):
    """A free-text answer saved in ``wb.answers[key]``."""

    def __init__(self, wb: Workbook, key: str, prompt: str, *, rows: int = 5):
        super().__init__(wb)
        self.key = key
        self.answer = w.Textarea(value=wb.answers.get(key, ""), continuous_update=False,
                                 rows=rows, layout=w.Layout(width="100%"),
                                 placeholder="Write your answer here; it is saved when you "
                                 "click outside the box.")
        self.words = w.HTML()
        self.answer.observe(self._changed, "value")
        self._count()
        self.children = (w.HTML(f"<p><b>{esc(prompt)}</b></p>"), self.answer, self.words,
                         self.status)

    def _changed(self, change: dict) -> None:
        self.apply(lambda: self.wb.answers.__setitem__(self.key, change["new"]))
        self._count()

    def _count(self) -> None:
        self.words.value = f"<small>{len(self.answer.value.split())} words</small>"


class SegmentPatternPicker(Form):
    """The business model's segment pattern."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        options = [("Not decided yet", None)] + [
            (f"{p}: {_PATTERNS[p]}", p) for p in SEGMENT_PATTERNS]
        self.pattern = w.RadioButtons(options=options, value=wb.segment_pattern,
                                      layout=w.Layout(width="100%"))
        self.pattern.observe(
            lambda c: self.apply(lambda: setattr(wb, "segment_pattern", c["new"])), "value")
        self.children = (w.HTML("<b>Which segment pattern fits your business model?</b>"),
                         self.pattern, self.status)
