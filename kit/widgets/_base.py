"""What every widget shares: saving at once, a status line, and refresh after other saves."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from kit.errors import KitError, SaveError
from kit.escape import esc
from kit.model import Workbook

# ``esc`` is imported from kit.escape by whoever needs it; it is not part of this module.
__all__ = ["Form", "Pager", "StatusLine", "heading", "icon_button", "on_saved", "png_image",
           "text_box"]

_LISTENERS: dict[int, list[weakref.WeakMethod]] = {}


def on_saved(wb: Workbook, method: Callable[[], None]) -> None:
    """Call the bound ``method`` after each successful save of ``wb`` by any widget."""
    _LISTENERS.setdefault(id(wb), []).append(weakref.WeakMethod(method))


def _notify(wb: Workbook, source: object) -> None:
    alive = []
    for ref in _LISTENERS.get(id(wb), []):
        method = ref()
        if method is None:
            continue
        alive.append(ref)
        if getattr(method, "__self__", None) is not source:
            method()
    _LISTENERS[id(wb)] = alive



class StatusLine(w.HTML):
    """One line under a form: saved, or what went wrong and what happens to the work."""

    def __init__(self, wb: Workbook):
        super().__init__()
        self.add_class("cdkit-status")
        notices = wb.take_notices()  # shown here once, not again by the next form
        if notices:
            self.warn(" ".join(notices))

    def saved(self) -> None:
        self.value = (f"<span style='color:#2e7d32'>✓ Saved to your workbook at "
                      f"{time.strftime('%H:%M:%S')}</span>")

    def warn(self, message: str) -> None:
        self.value = f"<span style='color:#c62828'>⚠ {esc(message)}</span>"


class Form(w.VBox):
    """Base for the kit's widgets: ``self.wb``, a status line, and ``self.commit()``."""

    def __init__(self, wb: Workbook, **kwargs: object):
        if not isinstance(wb, Workbook):
            raise KitError("Pass your workbook to the widget, for example: "
                           "wb = kit.open_workbook(); widgets.SegmentBuilder(wb)")
        super().__init__(**kwargs)
        self.wb = wb
        self.status = StatusLine(wb)
        self.add_class("cdkit-form")

    def commit(self) -> bool:
        """Save the workbook now; on failure keep the work in memory and say so."""
        try:
            if self.wb.path is not None:
                self.wb.save()
        except SaveError as err:
            self.status.warn(str(err))
            return False
        except KitError as err:
            self.status.warn(f"Not saved: {err}")
            return False
        notices = self.wb.take_notices()
        if notices:  # saved, with something to know (another notebook changed the file)
            self.status.warn(" ".join(notices))
        else:
            self.status.saved()
        _notify(self.wb, self)
        return True

    def apply(self, change: Callable[[], object]) -> bool:
        """Run a model change; show a validation error instead of raising; save on success."""
        try:
            change()
        except KitError as err:
            self.status.warn(str(err))
            return False
        return self.commit()


def text_box(description: str, value: str, placeholder: str = "", *, area: bool = False,
             width: str = "100%") -> w.Text | w.Textarea:
    cls = w.Textarea if area else w.Text
    box = cls(value=value, placeholder=placeholder, description=description,
              continuous_update=False, layout=w.Layout(width=width),
              style={"description_width": "10em"})
    return box


def icon_button(icon: str, tooltip: str) -> w.Button:
    """A small square button with only an icon (no padding, so the icon is never cut to "…")."""
    return w.Button(icon=icon, tooltip=tooltip,
                    layout=w.Layout(width="2.5em", padding="0", flex="0 0 auto"))


def heading(text: str, level: int = 4) -> w.HTML:
    return w.HTML(f"<h{level} style='margin:0.4em 0'>{esc(text)}</h{level}>")


def png_image(figure) -> w.Image:
    """A matplotlib Figure as an Image widget (no pyplot, works headless)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return w.Image(value=buffer.getvalue(), format="png", layout=w.Layout(max_width="100%"))


class Pager(w.VBox):
    """A long list shown a page at a time, so that 10,000 items open as fast as 10.

    Rows are made only for the items shown: the first ``page`` (more with "Show more"), plus
    any item asked for with ``reveal`` (one just added at the end of a long list stays in
    view, under its real rank). ``make_row(item, rank)`` makes one row.
    """

    def __init__(self, make_row: Callable[[Any, int], w.Widget], page: int = 30):
        self.make_row, self.page, self.shown = make_row, page, page
        self.items: list = []
        self.revealed: list = []
        self.body = w.VBox()
        self.more = w.Button(icon="chevron-down", layout=w.Layout(width="auto"))
        self.more.on_click(lambda _: self.show_more())
        super().__init__([self.body, self.more])

    def show(self, items: list, reveal: object = None) -> None:
        """Show ``items`` (the whole list, in rank order)."""
        self.items = list(items)
        if reveal is not None:
            self.revealed.append(reveal)
        index = {id(item): i for i, item in enumerate(self.items)}
        extra = sorted({index[id(r)] for r in self.revealed
                        if id(r) in index and index[id(r)] >= self.shown})
        self.revealed = [self.items[i] for i in extra]
        ranks = [*range(min(self.shown, len(self.items))), *extra]
        self.body.children = [self.make_row(self.items[i], i + 1) for i in ranks]
        hidden = len(self.items) - len(ranks)
        self.more.description = (f"Show {min(hidden, self.page)} more "
                                 f"({hidden:,} not shown)")
        self.more.layout.display = None if hidden > 0 else "none"

    def rewind(self) -> None:
        """Back to the first page, nothing revealed (before showing another list)."""
        self.shown, self.revealed = self.page, []

    def show_more(self) -> None:
        self.shown += self.page
        self.show(self.items)

    @property
    def rows(self) -> list:
        return list(self.body.children)
