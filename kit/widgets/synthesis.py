"""Patterns across interviews: the saturation curve, advice, pattern strength, evidence board."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as w

from kit.errors import KitError
from kit.escape import esc
from kit.model import Workbook
from kit.widgets._base import Form, heading, on_saved, png_image
from kit.widgets.parts import Clock, Debounce

if TYPE_CHECKING:
    from kit.synthesis import Synthesis

__all__ = ["TOP_PATTERNS", "SynthesisView", "advice_html", "pattern_table"]

#: advice -> (border colour, background, what it means in a few words)
_ADVICE = {
    "continue": ("#1565c0", "#e3f2fd", "Keep interviewing"),
    "approaching saturation": ("#2e7d32", "#e8f5e9", "Nearly there: answers are starting to "
                               "repeat"),
    "re-segment": ("#c62828", "#ffebee", "Answers diverge: consider re-segmenting"),
}
#: confidence -> how sure the advice is, in a few words
_CONFIDENCE = {
    "too early": "too early to tell (fewer than 3 interviews)",
    "provisional": "a first reading, not a verdict",
    "moderate": "fairly sure",
    "firm": "firm",
}
_NEW = ("<small>New: an item neither in your profile before the round nor heard in an "
        "earlier interview. Confirming a hypothesis is not new.</small>")
TOP_PATTERNS = 12


def advice_html(advice: str, explanation: str, confidence: str = "") -> str:
    """The advice in a coloured box, how sure it is, and its explanation (all escaped)."""
    border, background, meaning = _ADVICE.get(advice, ("#555", "#f5f5f5", ""))
    sure = (f"<br><small><b>How sure:</b> {esc(confidence)} — "
            f"{esc(_CONFIDENCE.get(confidence, ''))}</small>" if confidence else "")
    return (f"<div style='border-left:6px solid {border};background:{background};"
            f"padding:0.5em 1em;margin:0.5em 0'><b style='color:{border}'>Advice: "
            f"{esc(advice)}</b>{' — ' + esc(meaning) if meaning else ''}{sure}"
            f"<br>{esc(explanation)}</div>")


def pattern_table(synthesis, top: int = TOP_PATTERNS) -> str:
    """The strongest patterns: how often each item came up, confirmed and contradicted."""
    interviews = synthesis.interviews
    n = interviews if isinstance(interviews, int) else len(interviews)
    patterns = sorted(synthesis.patterns, key=lambda p: p.strength, reverse=True)[:top]
    if not patterns or not n:
        return "<p><small>No pattern yet: mark what each interview confirmed, contradicted " \
               "or added.</small></p>"
    cells = "padding:0.15em 0.6em;text-align:left"
    rows = []
    for p in patterns:
        share = round(100 * p.mentions / n)
        bar = (f"<div style='background:#90caf9;height:0.7em;width:{max(share, 2)}%;"
               "display:inline-block'></div>")
        source = "new" if p.source != "profile" else "profile"
        rows.append(f"<tr><td style='{cells}'>{esc(p.kind)}</td><td style='{cells}'>"
                    f"{esc(p.text)}</td><td style='{cells}'>{esc(source)}</td>"
                    f"<td style='{cells};min-width:8em'>{share}% {bar}</td>"
                    f"<td style='{cells}'>{p.confirmed}</td>"
                    f"<td style='{cells}'>{p.contradicted}</td></tr>")
    head = "".join(f"<th style='{cells}'>{h}</th>" for h in (
        "Kind", "Item", "From", "% of interviews", "Confirmed", "Contradicted"))
    return (f"<table style='border-collapse:collapse'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


class SynthesisView(Form):
    """What the interviews add up to; refreshed by the Refresh button and after saves (once
    the learner pauses for ``delay`` seconds, as drawing takes a moment). ``clock`` is the
    event loop to wait on (see :class:`kit.widgets.parts.Debounce`)."""

    def __init__(self, wb: Workbook, delay: float = 0.5, *, clock: Clock | None = None):
        super().__init__(wb)
        self.delay = delay
        self.debounce = Debounce(lambda: self.refresh(), delay, clock)
        self.refresh_button = w.Button(description="Refresh", icon="refresh")
        self.curve = w.Box()
        self.advice = w.HTML()
        self.table = w.HTML()
        self.board = w.Box()
        self.apply_button = w.Button(description="Update the profile's evidence from the "
                                     "interviews", icon="check", layout=w.Layout(width="auto"))
        self.result = w.HTML()
        self.empty = w.HTML("<p>Log a few interviews first (the interview log above); the "
                            "patterns appear here as you do.</p>")
        self.body = w.VBox([
            heading("New items per interview"), w.HTML(_NEW), self.curve, self.advice,
            heading("Pattern strength"), self.table,
            heading("Evidence board"), self.board, self.apply_button, self.result])
        self.refresh_button.on_click(lambda _: self.refresh(force=True))
        self.apply_button.on_click(lambda _: self.update_evidence())
        self.children = (self.refresh_button, self.empty, self.body, self.status)
        self.synthesis: Synthesis | None = None
        self._drawn: str | None = None
        on_saved(wb, self._saved)
        self.refresh()

    def _fingerprint(self) -> str:
        seg = self.wb.plan_segment
        return repr(([i.to_dict() for i in self.wb.interviews], self.wb.plan.segment,
                     seg.to_dict() if seg else None))

    def _saved(self) -> None:
        """Another widget saved: redraw after a pause (at once without a running loop)."""
        self.debounce.poke()

    def refresh(self, force: bool = False) -> None:
        """Analyse and redraw, unless nothing the view shows has changed since last time."""
        from kit.plots import draw_evidence_board, draw_saturation_curve
        from kit.synthesis import analyse

        self.debounce.cancel()
        fingerprint = self._fingerprint()
        if fingerprint == self._drawn and not force:
            return
        self._drawn = fingerprint
        logged = bool(self.wb.interviews)
        self.empty.layout.display = "none" if logged else None
        self.body.layout.display = None if logged else "none"
        if not logged:
            self.synthesis = None
            return
        try:
            self.synthesis = syn = analyse(self.wb)
            self.curve.children = [png_image(draw_saturation_curve(syn))]
            self.board.children = [png_image(draw_evidence_board(self.wb))]
        except KitError as err:
            self.status.warn(str(err))
            return
        explanation = syn.explanation
        seg = self.wb.plan_segment
        if seg is not None and seg.parent:  # a sub-segment reads its own interviews
            try:
                parent = self.wb.segment(seg.parent).name
            except KitError:
                parent = "its parent segment"
            explanation = (f"This is the round of \u201c{seg.name}\u201d, split from "
                           f"\u201c{parent}\u201d on \u201c{seg.criterion}\u201d: only the "
                           f"interviews assigned to it count ({syn.interviews} so far). "
                           + explanation)
        self.advice.value = advice_html(syn.advice, explanation, syn.confidence)
        self.table.value = pattern_table(syn)

    def update_evidence(self) -> int:
        """Set each profile item's evidence as the interviews suggest; save; say how many.

        A status chosen by hand, with a note on the item, is kept when the interviews allow
        it; the message names those items."""
        from kit.synthesis import apply_evidence, weigh_evidence

        try:
            kept = [e for e in weigh_evidence(self.wb) if e.update == e.status != e.suggested]
            changed = apply_evidence(self.wb)
        except KitError as err:
            self.status.warn(str(err))
            return 0
        if changed:
            self.commit()
        text = (f"{changed} item(s) of the profile changed their evidence status; see the "
                "canvas and the profile board." if changed else
                "The profile's evidence already follows the interviews: nothing to change.")
        if kept:
            names = ", ".join(f"\u201c{esc(e.text[:60])}\u201d (the interviews would allow "
                              f"{esc(e.suggested)})" for e in kept[:3])
            more = f" and {len(kept) - 3} more" if len(kept) > 3 else ""
            text += (f" Kept as you set them, because they have a note: {names}{more}. Change "
                     "them on the profile board if you want.")
        self.result.value = (f"<p>{text}</p><p><small>Validated needs at least 2 interviews "
                             "that confirmed the item and more that confirmed it than "
                             "contradicted it; invalidated the other way round. One mention "
                             "is an anecdote: the item stays a hypothesis.</small></p>")
        self.refresh()
        return changed
