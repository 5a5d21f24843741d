"""Pieces several widgets share, made once: the segment picker, the remove button that asks
for a second click, the debounce that waits for a pause in typing, the drafts that keep
what is typed in a "new …" box in the workbook until it is added, and the picker of what one
interviewee is (their descriptors)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import ipywidgets as w

from kit.model import DESCRIPTOR_FAMILIES, Contact, Segment, Workbook, phrase_key

if TYPE_CHECKING:
    from kit.widgets._base import Form

__all__ = ["DRAFT_DELAY", "Clock", "Debounce", "DescriptorPicker", "RemoveButton",
           "SegmentPicker", "bin_button", "descriptor_choices", "keep_draft", "row_field"]


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


# --------------------------------------------------------------------------- what a person is


#: Ticks shown per person at most (besides what they have); the other choices are suggestions.
MAX_TICKS = 40
MAX_SUGGESTIONS = 500


def descriptor_choices(wb: Workbook, contact: Contact,
                       segment: Segment | None = None) -> list[tuple[str, str]]:
    """The (family, phrase) pairs a contact can be ticked for, each phrase once: those of
    ``segment`` (default: the plan's), then what other contacts were described as (a phrase
    several people share is what lets a split show), then the neighbours' (the other
    segments), then this contact's own."""
    segment = segment if segment is not None else wb.plan_segment
    sources: list[list[tuple[str, str]]] = []
    if segment is not None:
        sources.append(segment.all_descriptors())
    sources += [c.all_descriptors() for c in wb.plan.contacts if c is not contact]
    sources += [s.all_descriptors() for s in wb.segments if s is not segment]
    sources.append(contact.all_descriptors())
    seen: set[str] = set()
    out = []
    for pairs in sources:
        for family, phrase in pairs:
            if phrase_key(phrase) not in seen:
                seen.add(phrase_key(phrase))
                out.append((family, phrase))
    return out


class DescriptorPicker(w.VBox):
    """What one interviewee is: a tick for each descriptor of the segment, of its neighbours
    and of the other contacts (see :func:`descriptor_choices`), and a family, a box and "Add"
    for one of their own. Each tick is saved at once through ``form``; the box is a draft
    (:func:`keep_draft`) until "Add". ``added`` runs after a descriptor is added (a form shows
    it to the other people too)."""

    def __init__(self, form: Form, contact: Contact, *, segment: Segment | None = None,
                 added: Callable[[], object] | None = None, clock: Clock | None = None):
        self.form, self.contact, self.added = form, contact, added
        has = {phrase_key(d) for _, d in contact.all_descriptors()}
        self.ticks: dict[str, w.Checkbox] = {}
        choices = descriptor_choices(form.wb, contact, segment)
        # the first MAX_TICKS choices as ticks, and what this person has; the rest (a long
        # list of neighbours) are offered as suggestions in the box below
        shown = [c for i, c in enumerate(choices) if i < MAX_TICKS or phrase_key(c[1]) in has]
        for family, phrase in shown:
            self._tick(family, phrase, phrase_key(phrase) in has)
        more = [p for _, p in choices if p not in self.ticks][:MAX_SUGGESTIONS]
        self.known = {phrase_key(p): f for f, p in choices}  # a suggestion keeps its family
        self.box = w.Box(list(self.ticks.values()),
                         layout=w.Layout(flex_flow="row wrap", width="100%"))
        self.family = w.Dropdown(options=DESCRIPTOR_FAMILIES, value="demographic",
                                 layout=w.Layout(width="11em"))
        self.new_text = w.Combobox(
            options=more, ensure_option=False,
            placeholder="something else they are, e.g. works night shifts",
            layout=w.Layout(flex="1 1 auto", min_width="12em"))
        self.draft = keep_draft(form.wb, self.new_text, f"contact.{contact.id}.descriptor",
                                form.commit, clock=clock)
        self.add_button = w.Button(description="Add", icon="plus",
                                   tooltip="Add a descriptor this person has",
                                   layout=w.Layout(width="6em"))
        self.add_button.on_click(lambda _: self.add())
        super().__init__([
            w.HTML("<small>What they are (tick what this person really is):</small>"),
            self.box,
            w.HBox([self.family, self.new_text, self.add_button],
                   layout=w.Layout(width="100%"))],
            layout=w.Layout(width="100%", margin="0 0 0.6em 0"))
        self.add_class("cdkit-descriptors")

    def _tick(self, family: str, phrase: str, value: bool) -> w.Checkbox:
        box = w.Checkbox(value=value, description=phrase, indent=False, tooltip=family,
                         layout=w.Layout(width="auto", margin="0 1.2em 0 0"))
        box.observe(lambda c: self.tick(family, phrase, c["new"]), "value")
        self.ticks[phrase] = box
        return box

    @property
    def ticked(self) -> list[str]:
        """The phrases ticked, in the order shown."""
        return [p for p, box in self.ticks.items() if box.value]

    def tick(self, family: str, phrase: str, value: bool) -> bool:
        """Record that the contact has (or has not) ``phrase``; saved at once."""
        def change() -> None:
            if value:
                self.contact.add_descriptor(family, phrase)
            else:
                for phrases in self.contact.descriptors.values():
                    phrases[:] = [d for d in phrases if phrase_key(d) != phrase_key(phrase)]
        return self.form.apply(change)

    def add(self, text: str | None = None, family: str | None = None) -> bool:
        """Add what is typed (or ``text``) as a descriptor of ``family`` the contact has (by
        default: the family it has where it was suggested from, else the one chosen)."""
        text = " ".join((self.new_text.value if text is None else text).split())
        family = family or self.known.get(phrase_key(text)) or self.family.value
        if not text:
            self.form.status.warn("Type what this person is first (for example 'works night "
                                  "shifts'), then click 'Add'.")
            return False
        if not self.form.apply(lambda: self.contact.add_descriptor(family, text)):
            return False
        self.new_text.value = ""
        box = self.ticks.get(text)
        if box is None:
            self.box.children = (*self.box.children, self._tick(family, text, True))
        else:
            box.value = True
        self.draft.flush()  # the emptied box drops its draft now
        self.form.commit()
        if self.added is not None:
            self.added()
        return True
