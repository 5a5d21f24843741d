"""Pieces several widgets share, made once: the segment picker, the remove button that asks
for a second click, the debounce that waits for a pause in typing, and the drafts that keep
what is typed in a "new …" box in the workbook until it is added."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol

import ipywidgets as w

from kit.model import Segment, Workbook

__all__ = ["DRAFT_DELAY", "Clock", "Debounce", "RemoveButton", "SegmentPicker", "bin_button",
           "keep_draft", "row_field"]


# --------------------------------------------------------------------------- segment picker


class SegmentPicker(w.Dropdown):
    """A dropdown of the workbook's segments (by name; the value is the segment's id)."""

    def __init__(self, wb: Workbook, description: str = "Segment", *, width: str = "60%",
                 wide_label: bool = False):
        style = {"description_width": "10em"} if wide_label else {}
        super().__init__(description=description, style=style, layout=w.Layout(width=width))
        self.wb = wb

    @property
    def segment(self) -> Segment | None:
        """The segment chosen, or None."""
        return next((s for s in self.wb.segments if s.id == self.value), None)

    def reload(self, select: str | None = None, *, or_first: bool = False) -> None:
        """List the workbook's segments again and choose ``select`` (an id) when it is one of
        them; else the first segment with ``or_first``, or none."""
        ids = [s.id for s in self.wb.segments]
        self.options = [(s.name or "(unnamed)", s.id) for s in self.wb.segments]
        if select not in ids:
            select = ids[0] if or_first and ids else None
        self.value = select


# --------------------------------------------------------------------------- remove twice


class RemoveButton(w.Button):
    """A remove button that asks for a second click, so no work is removed by a slip.

    The first click arms it (it says so, in red) and :meth:`confirm` returns False; the
    second returns True. ``RemoveButton()`` is a labelled "Remove" button;
    ``RemoveButton(icon_only=True)`` a small bin, as in the rows of a list.
    """

    def __init__(self, *, icon_only: bool = False):
        if icon_only:
            super().__init__(icon="trash", tooltip="Remove (click twice)",
                             layout=w.Layout(width="2.5em", padding="0", flex="0 0 auto"))
        else:
            super().__init__(description="Remove", icon="trash", button_style="warning")
        self.icon_only = icon_only
        self.armed = False

    def confirm(self, status: Any, question: str) -> bool:
        """True when armed (the second click); else arm and show ``question`` on the
        ``status`` line (anything with ``warn(message)``)."""
        if self.armed:
            self.disarm()
            return True
        self.armed = True
        if self.icon_only:
            self.button_style = "danger"
            self.tooltip = "Click again to remove"
        else:
            self.description = "Click again to remove"
        status.warn(question)
        return False

    def disarm(self) -> None:
        """Back to the first click (another item is shown)."""
        self.armed = False
        if self.icon_only:
            self.button_style = ""
            self.tooltip = "Remove (click twice)"
        else:
            self.description = "Remove"


def bin_button() -> RemoveButton:
    """The small remove bin of a row (click twice)."""
    return RemoveButton(icon_only=True)


def row_field(value: str, placeholder: str, width: str = "auto", flex: bool = False) -> w.Text:
    """A one-line text box of a row, saved when the learner leaves it."""
    layout = w.Layout(flex="1 1 auto", min_width="10em") if flex else w.Layout(width=width)
    return w.Text(value=value, placeholder=placeholder, continuous_update=False, layout=layout)


# --------------------------------------------------------------------------- debounce


class Clock(Protocol):
    """What the debounce needs of an event loop: the time now and a call later (asyncio's
    loops have both; tests pass a clock they move by hand)."""

    def time(self) -> float: ...

    def call_later(self, delay: float, callback: Callable[[], object]) -> Any: ...


class Debounce:
    """Run ``action`` once a burst of pokes has paused for ``delay`` seconds.

    Each :meth:`poke` (a keystroke) moves the moment back; :meth:`flush` runs the action now.
    Time and the call later come from ``clock`` (by default the running asyncio loop, the
    kernel's in Jupyter); with no clock and no running loop, as in plain Python, a poke runs
    the action at once.
    """

    def __init__(self, action: Callable[[], object], delay: float, clock: Clock | None = None):
        self.action, self.delay, self.clock = action, delay, clock
        self._due: float | None = None
        self._handle: Any = None
        self._loop: Clock | None = None

    @property
    def pending(self) -> bool:
        """True while a poke waits for its pause."""
        return self._due is not None

    def poke(self) -> None:
        loop = self.clock
        if loop is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                self.flush()
                return
        self._loop = loop
        self._due = loop.time() + self.delay
        if self._handle is None:
            self._handle = loop.call_later(self.delay, self._wake)

    def _wake(self) -> None:
        self._handle = None
        if self._due is None or self._loop is None:
            return
        wait = self._due - self._loop.time()
        if wait > 1e-9:  # poked again meanwhile: wait for the rest of the pause
            self._handle = self._loop.call_later(wait, self._wake)
            return
        self.flush()

    def cancel(self) -> None:
        """Forget the pending poke without running the action."""
        if self._handle is not None:
            self._handle.cancel()
        self._handle, self._due = None, None

    def flush(self) -> Any:
        """Run the action now (whether or not a poke is pending); returns what it returns."""
        self.cancel()
        return self.action()


# --------------------------------------------------------------------------- drafts

#: Seconds of pause in typing after which a draft is saved.
DRAFT_DELAY = 1.0


def keep_draft(wb: Workbook, box: w.Text, key: str, save: Callable[[], object], *,
               delay: float = DRAFT_DELAY, clock: Clock | None = None) -> Debounce:
    """Keep what is typed in ``box`` (a "new …" box) in ``wb.drafts[key]``, not in the widget.

    The box starts with the draft; each keystroke puts the text in the workbook at once (so a
    save by any widget keeps it) and ``save`` runs once typing pauses for ``delay`` seconds,
    so a kernel restart or a page reload loses nothing typed. Emptying the box (as "Add"
    does) drops the draft. Returns the debounce: ``flush()`` saves a pending draft now.
    """
    box.value = wb.drafts.get(key, "")
    saved = [box.value]

    def save_if_changed() -> object:
        now = wb.drafts.get(key, "")
        if now == saved[0]:
            return False
        saved[0] = now
        return save()

    debounce = Debounce(save_if_changed, delay, clock)

    def typed(change: dict) -> None:
        text = change["new"]
        if text.strip():
            wb.drafts[key] = text
        else:
            wb.drafts.pop(key, None)
        debounce.poke()

    box.observe(typed, "value")
    return debounce
