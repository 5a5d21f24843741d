"""The customer-profile canvas of a segment, with PNG and PDF export buttons."""

from __future__ import annotations

import re
from pathlib import Path

import ipywidgets as w

from kit.escape import esc
from kit.model import Segment, Workbook
from kit.widgets._base import Form, on_saved, png_image
from kit.widgets.parts import SegmentPicker

__all__ = ["CanvasView", "export_folder", "slug"]


def export_folder(wb: Workbook) -> Path:
    """``exports/`` next to the workbook file (or in the current folder)."""
    base = wb.path.parent if wb.path is not None else Path.cwd()
    return base / "exports"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "segment"


class CanvasView(Form):
    """The canvas picture of a segment's profile; redrawn after every save; exportable."""

    def __init__(self, wb: Workbook, segment: Segment | str | None = None):
        super().__init__(wb)
        self.picker = SegmentPicker(wb)
        if isinstance(segment, str):
            segment = wb.segment(segment)
        default = segment or next(iter(wb.targeted_segments or wb.segments), None)
        self.picker.reload(default.id if default else None)
        self.picture = w.Box()
        self.png_button = w.Button(description="Export PNG", icon="download")
        self.pdf_button = w.Button(description="Export PDF", icon="file-pdf-o")
        self.png_button.on_click(lambda _: self.export("png"))
        self.pdf_button.on_click(lambda _: self.export("pdf"))
        self.link = w.HTML()
        self.picker.observe(lambda c: self.refresh(), "value")
        self.children = (self.picker, self.picture, w.HBox([self.png_button, self.pdf_button]),
                         self.link, self.status)
        on_saved(wb, self.refresh)
        self.refresh()

    @property
    def segment(self) -> Segment | None:
        return self.picker.segment

    def refresh(self) -> None:
        from kit.plots import draw_profile_canvas

        self.picker.reload(self.picker.value, or_first=True)
        seg = self.segment
        if seg is None:
            self.picture.children = [w.HTML("<p>Describe a segment first (lesson 01).</p>")]
            return
        self.picture.children = [png_image(draw_profile_canvas(seg))]

    def export(self, fmt: str) -> Path | None:
        from kit.plots import export_canvas

        seg = self.segment
        if seg is None:
            self.status.warn("There is no segment to export yet.")
            return None
        folder = export_folder(self.wb)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = export_canvas(seg, folder / f"{slug(seg.name)}-canvas.{fmt}")
        except OSError as err:
            self.status.warn(f"Could not write the export to {folder}: {err.strerror or err}.")
            return None
        self.link.value = f"<p>Saved <code>{esc(path)}</code></p>"
        return path
