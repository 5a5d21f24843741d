"""A persona card: a validated segment summed up as one person, concrete enough to pin on a wall.

A landscape card in A5 proportions::

    +-------------------------------------------------------------+
    | ( MO )  Maya Okafor                                         |
    |         34 · Rotterdam · Management consultant              |
    |         STANDS FOR  Busy urban professionals …              |
    |         aged 25-44 · lives in a big city · +6 more          |
    |                                                             |
    |  | “I get home at eight and the last thing I want …”        |
    |  | the short story, if there is one                         |
    |                                                             |
    |  Tries to get done  |  Top pains          |  Top gains      |
    |  1 …  ✓             |  1 …                |  1 …            |
    +-------------------------------------------------------------+

The picture is the persona's image file clipped to a circle, or a disc with the initials when
there is no picture or it cannot be read. The top 3 jobs, pains and gains come from the ranked
profile of the persona's segment: invalidated items are left out, validated ones get a green
check. All learner text is drawn as plain text (``$5`` stays ``$5``), wrapped, and shrunk or cut
with "…" when it is too long for the card. Artists carry gids (``"name"``, ``"quote"``,
``"pain:2:text"``, ``"picture:initials"`` …) for tests and tools::

    >>> fig = draw_persona_card(wb)            # a new Figure (no pyplot)
    >>> export_persona(wb, "persona.pdf")      # or .png
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch, Rectangle

from kit.errors import KitError
from kit.export import persona_segment, top_items
from kit.model import Persona, Segment, Workbook
from kit.plots._export import EXPORT_FORMATS, save_figure
from kit.plots._layout import CHECK_MARK, INK, MUTED, FontStyle, figure_and_box, text_room
from kit.plots._persona_layout import (
    CARD_COLUMNS,
    CARD_H,
    CARD_MARGIN,
    CARD_W,
    descriptor_line,
    fit_columns,
    load_picture,
    one_line,
    quote_block,
    wrap_items,
    wrap_lines,
)

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.text import Text

__all__ = ["EXPORT_FORMATS", "draw_persona_card", "export_persona"]


# The card's geometry (CARD_W, CARD_H, CARD_MARGIN) and its three columns (CARD_COLUMNS) live
# with the fitting rules in kit.plots._persona_layout; the colours of the rest of the card are here.
_PAPER, _EDGE, _HEADER, _ACCENT = "white", "#d2d2d7", "#f4f1ea", "#3d5a80"
_GREEN = "#2e7d32"
_PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}


# --------------------------------------------------------------------------- the picture


def _draw_picture(ax: Axes, persona: Persona, image: np.ndarray | None, cx: float, cy: float,
                  r: float, scale: float) -> None:
    if image is None:
        ax.add_patch(Circle((cx, cy), r, facecolor=_ACCENT, edgecolor="white",
                            linewidth=3 * scale, zorder=2, gid="picture:placeholder"))
        initials = persona.initials
        ax.text(cx, cy, initials, ha="center", va="center_baseline", color="white",
                fontsize=(0.8 if len(initials) < 2 else 0.68) * r * scale, fontweight="bold",
                gid="picture:initials", zorder=3, **_PLAIN)
        return
    clip = Circle((cx, cy), r, transform=ax.transData)
    cmap = "gray" if image.ndim == 2 else None
    shown = ax.imshow(image, extent=(cx - r, cx + r, cy - r, cy + r), cmap=cmap, zorder=2,
                      interpolation="antialiased")
    shown.set_clip_path(clip)
    shown.set_gid("picture:image")
    ax.add_patch(Circle((cx, cy), r, fill=False, edgecolor="white", linewidth=3 * scale,
                        zorder=3, gid="picture:frame"))


# --------------------------------------------------------------------------- the card


class _Beside(Line2D):
    """A marker placed at every draw just after (or before) a text, ``gap`` points from it:
    screen and print fonts come out a little narrower or wider than measured."""

    def __init__(self, text: Text, before: bool, gap: float, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.text, self.before, self.gap = text, before, gap

    def draw(self, renderer: Any) -> None:
        if self.axes is not None:
            box = self.text.get_window_extent(renderer)
            gap = renderer.points_to_pixels(self.gap)
            x = box.x0 - gap if self.before else box.x1 + gap
            self.set_xdata([self.axes.transData.inverted().transform((x, box.y0))[0]])
        super().draw(renderer)


class _Card:
    """Draws on ``ax`` in card units (points of an A5 sheet), scaled by ``scale``."""

    def __init__(self, ax: Axes, scale: float) -> None:
        self.ax, self.scale = ax, scale

    def text(self, x: float, y: float, s: str, fs: float, gid: str, *, color: str = INK,
             weight: str = "normal", style: FontStyle = "normal", ha: str = "left",
             va: str = "baseline") -> None:
        self.ax.text(x, y, s, fontsize=fs * self.scale, color=color, fontweight=weight,
                     fontstyle=style, ha=ha, va=va, gid=gid, zorder=4, **_PLAIN)

    def check(self, text: Text, y: float, fs: float, gid: str, *, before: bool = False) -> None:
        """A green check just after (or before) ``text``, wherever that text ends up drawn."""
        self.ax.add_line(_Beside(text, before, 0.95 * fs * self.scale, [0.0], [y],
                                 marker=CHECK_MARK, markersize=0.9 * fs * self.scale,
                                 markeredgewidth=0.16 * fs * self.scale, markerfacecolor="none",
                                 markeredgecolor=_GREEN, linestyle="none", zorder=4, gid=gid))

    def box(self, x: float, y: float, w: float, h: float, gid: str, *, color: str,
            edge: str = "none", rounding: float = 8.0) -> None:
        self.ax.add_patch(FancyBboxPatch(
            (x + rounding, y + rounding), w - 2 * rounding, h - 2 * rounding,
            boxstyle=f"round,pad={rounding}", facecolor=color, edgecolor=edge,
            linewidth=0.8 * self.scale, gid=gid, zorder=1))


def _header(card: _Card, persona: Persona, segment: Segment, image: Any, top: float,
            height: float) -> None:
    x0, w = CARD_MARGIN, CARD_W - 2 * CARD_MARGIN
    card.box(x0, top - height, w, height, "header", color=_HEADER)
    r = 0.5 * height - 12.0
    cx, cy = x0 + 14.0 + r, top - 0.5 * height
    _draw_picture(card.ax, persona, image, cx, cy, r, card.scale)
    left = cx + r + 20.0
    width = x0 + w - 16.0 - left
    # name, details, "stands for" segment and its descriptors, as one block centred vertically
    name, name_fs = one_line(" ".join(persona.name.split()) or "Give your persona a name",
                              width, 24.0, 14.0, weight="bold")
    details = " \u00b7 ".join(" ".join(d.split()) for d in (persona.age, persona.location,
                                                               persona.occupation) if d.strip())
    details_fs = 11.5
    detail_lines = wrap_lines(details or "Add an age, where they live and what they do", width,
                          details_fs, max_lines=2)
    label_fs, seg_fs, desc_fs = 6.5, 9.0, 7.8
    label = "STANDS FOR  "
    seg_indent = text_room(label, label_fs, "bold")
    seg_lines = wrap_lines(" ".join(segment.name.split()), width - seg_indent, seg_fs,
                       weight="bold", max_lines=2)
    desc_lines = descriptor_line(segment, width, desc_fs, 2)
    block = (1.0 * name_fs + 0.25 * name_fs + 1.3 * details_fs * len(detail_lines) + 6.0
             + 1.3 * seg_fs * len(seg_lines) + 1.3 * desc_fs * len(desc_lines))
    y = cy + 0.5 * block - 0.95 * name_fs
    muted = not persona.name.strip()
    card.text(left, y, name, name_fs, "name", weight="bold", color=MUTED if muted else INK)
    y -= 0.25 * name_fs
    for line in detail_lines:
        y -= 1.3 * details_fs
        card.text(left, y, line, details_fs, "details", color=INK if details else MUTED,
                  style="normal" if details else "italic")
    y -= 6.0
    for i, line in enumerate(seg_lines):
        y -= 1.3 * seg_fs
        if i == 0:
            card.text(left, y, label.strip(), label_fs, "segment:label", color=_ACCENT,
                      weight="bold")
        card.text(left + seg_indent, y, line, seg_fs, "segment", weight="bold")
    for line in desc_lines:
        y -= 1.3 * desc_fs
        card.text(left, y, line, desc_fs, "descriptors", color=MUTED)


def _draw_quote(card: _Card, persona: Persona, top: float, bottom: float) -> None:
    x, width = CARD_MARGIN + 22.0, CARD_W - 2 * CARD_MARGIN - 44.0
    qfs, sfs, q_lines, s_lines = quote_block(persona, width, top - bottom)
    block = 1.25 * qfs * len(q_lines) + (6.0 + 1.3 * sfs * len(s_lines) if s_lines else 0.0)
    y = 0.5 * (top + bottom) + 0.5 * block
    quoted = bool(persona.quote.strip())
    card.ax.add_patch(Rectangle((x - 12.0, y - 1.25 * qfs * len(q_lines) + 0.1 * qfs), 3.0,
                                1.25 * qfs * len(q_lines) - 0.1 * qfs, facecolor=_ACCENT,
                                edgecolor="none", gid="quote:bar", zorder=2))
    for line in q_lines:
        y -= 1.25 * qfs
        card.text(x, y + 0.25 * qfs, line, qfs, "quote" if quoted else "quote:placeholder",
                  style="italic", color=INK if quoted else MUTED)
    y -= 6.0
    for line in s_lines:
        y -= 1.3 * sfs
        card.text(x, y + 0.3 * sfs, line, sfs, "story", color=MUTED)


def _draw_columns(card: _Card, segment: Segment, top: float, bottom: float, fs: float,
                  max_lines: int | None) -> None:
    gap = 10.0
    width = (CARD_W - 2 * CARD_MARGIN - 2 * gap) / 3
    for n, (kind, heading, strong, tint) in enumerate(CARD_COLUMNS):
        x = CARD_MARGIN + n * (width + gap)
        card.box(x, bottom, width, top - bottom, f"{kind}:box", color=tint)
        card.ax.add_patch(Rectangle((x + 12.0, top - 9.0), 28.0, 3.0, facecolor=strong,
                                    edgecolor="none", gid=f"{kind}:rule", zorder=2))
        hfs = 11.5
        y = top - 12.0 - 1.05 * hfs
        card.text(x + 12.0, y, heading, hfs, f"{kind}:heading", color=strong, weight="bold")
        y -= 0.6 * hfs
        items = top_items(segment, kind)
        if not items:
            empty = (f"No {kind}s in the profile yet" if not segment.profile.items_of(kind)
                     else f"All {kind}s so far were invalidated")
            for line in wrap_lines(empty, width - 24.0, fs):
                y -= 1.3 * fs
                card.text(x + 12.0, y, line, fs, f"{kind}:placeholder", color=MUTED,
                          style="italic")
            continue
        indent = 12.0 + 1.9 * fs
        wrapped, _ = wrap_items(items, width - indent - 12.0, fs, max_lines)
        for rank, (item, lines) in enumerate(zip(items, wrapped, strict=True), start=1):
            y -= 1.3 * fs
            card.ax.add_patch(Circle((x + 12.0 + 0.62 * fs, y + 0.35 * fs), 0.62 * fs,
                                     facecolor=strong, edgecolor="none", zorder=3,
                                     gid=f"{kind}:{rank}:badge"))
            card.text(x + 12.0 + 0.62 * fs, y + 0.35 * fs, str(rank), 0.78 * fs,
                      f"{kind}:{rank}:number", color="white", weight="bold", ha="center",
                      va="center_baseline")
            for i, line in enumerate(lines):
                if i:
                    y -= 1.3 * fs
                card.text(x + indent, y, line, fs, f"{kind}:{rank}:text")
            if item.evidence == "validated":
                card.check(card.ax.texts[-1], y + 0.35 * fs, fs, f"{kind}:{rank}:validated")
            y -= 0.7 * fs


def draw_persona_card(wb: Workbook, ax: Axes | None = None, *,
                      persona: Persona | None = None) -> Figure:
    """Draw the persona card for ``wb.persona`` (or ``persona``) and return the figure.

    The card shows the picture (or the initials), name, age · location · occupation, the
    segment the persona stands for with its descriptors, the quote, the short story, and the
    segment's top 3 jobs ("Tries to get done"), pains and gains in rank order, leaving out
    invalidated items and marking validated ones with a green check. With ``ax=None`` a new
    A5-landscape :class:`~matplotlib.figure.Figure` is made (no pyplot); with an ``ax``, the
    card is scaled to fit it. Raises :class:`~kit.errors.KitError` when the persona does not
    name a segment of the workbook.
    """
    if not isinstance(wb, Workbook):
        raise KitError("draw_persona_card needs the workbook (wb = kit.open_workbook(...)), "
                       f"not {type(wb).__name__}.")
    persona = wb.persona if persona is None else persona
    segment = persona_segment(wb, persona)
    if ax is None:
        fig = Figure(figsize=(CARD_W / 72.0, CARD_H / 72.0))
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    fig, box = figure_and_box(ax)
    scale = 72.0 / fig.dpi * min(box.width / CARD_W, box.height / CARD_H)
    card = _Card(ax, scale)
    base = wb.path.parent if wb.path is not None else None
    image = load_picture(persona.picture, base)

    card.box(3.0, 3.0, CARD_W - 6.0, CARD_H - 6.0, "card", color=_PAPER, edge=_EDGE, rounding=10.0)
    header_top, header_h, footer = CARD_H - CARD_MARGIN, 112.0, CARD_MARGIN + 10.0
    _header(card, persona, segment, image, header_top, header_h)
    room = header_top - header_h - 12.0 - footer - 8.0 - 58.0  # keep room for the quote
    fs, max_lines, col_h = fit_columns(segment, room)
    col_bottom = footer + 4.0
    _draw_columns(card, segment, col_bottom + col_h, col_bottom, fs, max_lines)
    _draw_quote(card, persona, header_top - header_h - 12.0, col_bottom + col_h + 10.0)
    _footer(card)

    ax.set(xlim=(0.0, CARD_W), ylim=(0.0, CARD_H))
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    return fig


def _footer(card: _Card) -> None:
    y, fs = CARD_MARGIN - 2.0, 6.8
    text = "validated in interviews; other items are hypotheses still to test"
    right = CARD_W - CARD_MARGIN
    card.text(right, y, text, fs, "footer:legend", color=MUTED, ha="right")
    card.check(card.ax.texts[-1], y + 0.35 * fs, fs, "footer:check", before=True)
    card.text(CARD_MARGIN, y, "Persona \u00b7 Customer Discovery Kit", fs, "footer:credit",
              color=MUTED)


# --------------------------------------------------------------------------- export


def export_persona(wb: Workbook, path: str | Path, *, fmt: str | None = None, dpi: int = 150,
                   persona: Persona | None = None) -> Path:
    """Save the persona card as a PNG or PDF file and return its path.

    The format comes from ``fmt`` or else from the file's suffix (``persona.png``,
    ``persona.pdf``); a path without a suffix gets one. Missing folders are created.
    """
    figure = draw_persona_card(wb, persona=persona)
    persona = wb.persona if persona is None else persona
    return save_figure(figure, path, what="persona card", example="persona.png",
                       title=f"Persona: {persona.name.strip() or 'unnamed'}", fmt=fmt, dpi=dpi)
