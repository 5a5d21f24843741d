"""The persona card: a validated segment as one person, with PNG, PDF and Markdown export."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import ipywidgets as w

from kit.errors import KitError
from kit.escape import esc
from kit.model import Segment, Workbook
from kit.widgets._base import Form, on_saved, png_image, text_box
from kit.widgets.canvas import export_folder, slug
from kit.widgets.parts import SegmentPicker

__all__ = ["PersonaCard"]

#: field -> (label, placeholder)
_FIELDS = {
    "name": ("Name", "e.g. Marta Kowalski"),
    "age": ("Age", "e.g. 36"),
    "location": ("Where they live", "e.g. Rotterdam, city centre"),
    "occupation": ("What they do", "e.g. project manager, works full time"),
    "quote": ("Quote", "something one of them said, in their words"),
    "story": ("Short story", "a few lines: a typical evening, what they try, what gets in "
                             "the way"),
    "picture": ("Picture", "path to an image file, e.g. images/marta.png (optional)"),
}


class PersonaCard(Form):
    """Name, age, place, work, quote, story and picture of the persona; a live preview."""

    def __init__(self, wb: Workbook):
        super().__init__(wb)
        self.picker = SegmentPicker(wb, "Stands for", wide_label=True)
        self.fields: dict[str, w.Text | w.Textarea] = {
            name: text_box(label, "", placeholder, area=name == "story")
            for name, (label, placeholder) in _FIELDS.items()}
        self.preview = w.Box()
        self.png_button = w.Button(description="Export PNG", icon="download")
        self.pdf_button = w.Button(description="Export PDF", icon="file-pdf-o")
        self.md_button = w.Button(description="Export Markdown", icon="file-text-o")
        self.link = w.HTML()
        self._loading = False
        self._drawn: str | None = None
        self.picker.observe(lambda c: self._edit("segment", c["new"] or ""), "value")
        for name, box in self.fields.items():
            setattr(self, name, box)  # card.name, card.quote ... as in SegmentBuilder
            box.observe(lambda c, n=name: self._edit(n, c["new"]), "value")
        self.png_button.on_click(lambda _: self.export("png"))
        self.pdf_button.on_click(lambda _: self.export("pdf"))
        self.md_button.on_click(lambda _: self.export("md"))
        self.children = (self.picker, *self.fields.values(), self.preview,
                         w.HBox([self.png_button, self.pdf_button, self.md_button]),
                         self.link, self.status)
        on_saved(wb, self.refresh)
        self.refresh()

    @property
    def segment(self) -> Segment | None:
        return self.picker.segment

    def _default_segment(self) -> str | None:
        ids = [s.id for s in self.wb.segments]
        if self.wb.persona.segment in ids:
            return self.wb.persona.segment
        seg = self.wb.plan_segment or next(iter(self.wb.segments), None)
        return seg.id if seg else None

    def refresh(self) -> None:
        """Show the persona as the workbook has it (also after saves by other widgets)."""
        self._loading = True
        try:
            self.picker.reload(self._default_segment())
            for name, box in self.fields.items():
                box.value = getattr(self.wb.persona, name)
        finally:
            self._loading = False
        self.draw()

    def draw(self, force: bool = False) -> None:
        """Redraw the preview when the persona or its segment changed."""
        from kit.plots import draw_persona_card

        seg = self.segment
        fingerprint = repr((self.wb.persona.to_dict(), seg.to_dict() if seg else None))
        if fingerprint == self._drawn and not force:
            return
        self._drawn = fingerprint
        if not self.wb.segments:
            self.preview.children = [w.HTML("<p>Describe and validate a segment first: the "
                                            "persona stands for one.</p>")]
            return
        persona = self.wb.persona  # the segment shown in the picker, until one is chosen
        if seg is not None and persona.segment != seg.id:
            persona = dataclasses.replace(persona, segment=seg.id)
        try:
            self.preview.children = [png_image(draw_persona_card(self.wb, persona=persona))]
        except (KitError, OSError, ValueError) as err:
            self.status.warn(f"Could not draw the card: {err}")

    def _edit(self, field: str, value: str) -> None:
        if self._loading:
            return
        persona = self.wb.persona

        def change() -> None:
            setattr(persona, field, value)
            if self.picker.value:  # the segment shown is the one meant
                persona.segment = self.picker.value
        saved = self.apply(change)
        self.draw()
        if saved and field == "picture" and value.strip() and not self._picture_found(value):
            self.status.warn(f"Saved, but there is no picture file at {value.strip()}: put the "
                             "image there or correct the path. Until then the card shows "
                             "the initials.")

    def _picture_found(self, value: str) -> bool:
        path = Path(value.strip()).expanduser()
        places = [path] if path.is_absolute() else [Path.cwd() / path]
        if self.wb.path is not None and not path.is_absolute():
            places.append(self.wb.path.parent / path)
        return any(p.is_file() for p in places)

    def export(self, fmt: str) -> Path | None:
        """Write the card as ``png`` or ``pdf``, or ``md`` (persona and canvas in Markdown)."""
        persona = self.wb.persona
        if not (self.segment and persona.name.strip()):
            self.status.warn("Give the persona a name and choose the segment it stands for "
                             "before exporting.")
            return None
        if persona.segment != self.segment.id:  # the segment shown is the one meant
            self._edit("segment", self.segment.id)
        folder = export_folder(self.wb)
        stem = f"persona-{slug(persona.name)}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if fmt == "md":
                from kit.export import canvas_markdown, export_markdown, persona_markdown

                text = persona_markdown(self.wb) + "\n\n" + canvas_markdown(self.segment)
                path = export_markdown(text, folder / f"{stem}.md")
            else:
                from kit.plots import export_persona

                path = export_persona(self.wb, folder / f"{stem}.{fmt}", fmt=fmt)
        except OSError as err:
            self.status.warn(f"Could not write the export to {folder}: "
                             f"{err.strerror or err}.")
            return None
        except KitError as err:
            self.status.warn(f"Could not export the persona: {err}")
            return None
        self.link.value = f"<p>Saved <code>{esc(path)}</code></p>"
        return path
