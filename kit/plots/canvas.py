"""The customer-profile side of the Value Proposition Canvas, drawn with matplotlib.

A circle in three sectors: **customer jobs** on the right, **gains** top left and **pains**
bottom left, as in the original canvas. Each sector lists its items in rank order
("1. …", "2. …"), wrapped to the shape of the sector, with a badge for the evidence
(validated, hypothesis, invalidated), a short grey tag for the type and level, and a small
amber diamond on items the current offering does not address yet::

    >>> fig = draw_profile_canvas(segment)            # a new Figure (no pyplot)
    >>> export_canvas(segment, "canvas.pdf")          # or .png

All learner text is drawn as plain text (no mathtext, no TeX), so "$5 a month" stays as typed.
Font sizes are chosen from the size of the axes when the canvas is drawn: 3–10 items per
sector stay legible and inside their sector; beyond what fits, the last line says how many
more there are. Artists carry gids (``"pain:2:text"``, ``"sector:job"`` …) for tests and tools.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Wedge

from kit.errors import KitError
from kit.model import CustomerProfile, Segment
from kit.plots._export import EXPORT_FORMATS, save_figure
from kit.plots._layout import (
    CHECK_MARK,
    INK,
    MUTED,
    STRUCK,
    Op,
    Sector,
    best_font_size,
    centred_layout,
    figure_and_box,
    text_room,
    wrap_text,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text

__all__ = ["EXPORT_FORMATS", "draw_profile_canvas", "export_canvas"]


# (kind, heading, ranking note, start angle, end angle, fill colour)
_SECTORS = (
    ("job", "Customer jobs", "ranked by importance", -60.0, 60.0, "#e6f0fa"),
    ("gain", "Gains", "ranked by relevance", 60.0, 180.0, "#e7f5e9"),
    ("pain", "Pains", "ranked by severity", 180.0, 300.0, "#fcebea"),
)
_GREEN, _RED, _GREY, _AMBER = "#2e7d32", "#c62828", "#8e8e93", "#e69f00"
_X_PAD, _Y_TOP, _Y_BOTTOM = 1.04, 1.2, -1.17  # data limits around the unit circle
_PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}


# --------------------------------------------------------------------------- drawing


class _Strike(Line2D):
    """A line through a text, fitted at every draw to the width the text is drawn at
    (screen fonts come out a little narrower or wider than printed ones)."""

    def __init__(self, text: Text, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.text = text

    def draw(self, renderer: Any) -> None:
        if self.axes is not None and self.text.get_text():
            box = self.text.get_window_extent(renderer)
            ends = self.axes.transData.inverted().transform([(box.x0, 0), (box.x1, 0)])
            self.set_xdata(ends[:, 0])
        super().draw(renderer)


def _draw(ax: Axes, op: Op) -> None:
    kind, gid, a = op
    if kind == "text":
        kw = dict(a)
        ax.text(kw.pop("x"), kw.pop("y"), kw.pop("s"), ha="left", va="baseline", gid=gid,
                **kw, **_PLAIN)
    elif kind == "strike":
        ax.add_line(_Strike(ax.texts[-1], [a["x"], a["x"] + a["width"]], [a["y"], a["y"]],
                            color=STRUCK, lw=0.9, gid=gid, zorder=3))
    elif kind == "gap":
        ax.add_line(Line2D([a["x"]], [a["y"]], marker="D", markersize=a["size"],
                           color=_AMBER, linestyle="none", gid=gid, zorder=3))
    else:
        for line in _badge(a["evidence"], a["size"]):
            line.set_data([a["x"]], [a["y"]])
            line.set_gid(gid)
            ax.add_line(line)


def _badge(evidence: str, size: float) -> list[Line2D]:
    """The evidence marker: green disc with a check, red disc with a cross, or a grey ring."""
    def mark(**kw: Any) -> Line2D:
        return Line2D([], [], linestyle="none", zorder=3, **kw)

    if evidence == "hypothesis":
        return [mark(marker="o", markersize=size, markerfacecolor="white",
                     markeredgecolor=_GREY, markeredgewidth=0.12 * size)]
    validated = evidence == "validated"
    return [mark(marker="o", markersize=size, color=_GREEN if validated else _RED),
            mark(marker=CHECK_MARK if validated else "x", markersize=(0.6 if validated else 0.5)
                 * size, markeredgecolor="white", markerfacecolor="none",
                 markeredgewidth=0.16 * size)]


def _summary(profile: CustomerProfile) -> str:
    def count(n: int, word: str, plural: str = "") -> str:
        return f"{n} {word if n == 1 else plural or word + 's'}"

    items = profile.all_items()
    yes, no = (sum(i.evidence == e for i in items) for e in ("validated", "invalidated"))
    return (f"Customer profile · {count(len(profile.jobs), 'job')}, "
            f"{count(len(profile.pains), 'pain')}, {count(len(profile.gains), 'gain')} · "
            f"{yes} validated, {no} invalidated, "
            f"{count(len(items) - yes - no, 'hypothesis', 'hypotheses')} to test")


def draw_profile_canvas(segment: Segment | CustomerProfile, ax: Axes | None = None, *,
                        title: str | None = None) -> Figure:
    """Draw the customer-profile circle of the Value Proposition Canvas for ``segment``.

    Jobs fill the right sector, gains the top left and pains the bottom left, each in rank
    order. Every item shows its evidence (green check: validated; grey ring: hypothesis; red
    cross with struck-through grey text: invalidated), its type and level as a grey tag, and an
    amber diamond when the current offering does not address it. ``title`` defaults to the
    segment's name. With ``ax=None`` a new :class:`~matplotlib.figure.Figure` is made (no
    pyplot); with an ``ax``, font sizes follow that axes' size as it is at the time of the
    call. Returns the figure.
    """
    if isinstance(segment, Segment):
        profile, default_title = segment.profile, segment.name
    elif isinstance(segment, CustomerProfile):
        profile, default_title = segment, "Customer profile"
    else:
        raise KitError("draw_profile_canvas needs a segment (from wb.add_segment(...)) or a "
                       f"customer profile, not {type(segment).__name__}.")
    if ax is None:
        fig = Figure(figsize=(9.0, 9.0 * (_Y_TOP - _Y_BOTTOM) / (2 * _X_PAD)))
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set(xlim=(-_X_PAD, _X_PAD), ylim=(_Y_BOTTOM, _Y_TOP))
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    fig, box = figure_and_box(ax)
    ppu = 72.0 / fig.dpi * min(box.width / (2 * _X_PAD), box.height / (_Y_TOP - _Y_BOTTOM))

    for kind, _, _, start, end, colour in _SECTORS:
        ax.add_patch(Wedge((0.0, 0.0), 1.0, start, end, facecolor=colour, edgecolor="white",
                           linewidth=2.5, gid=f"sector:{kind}", zorder=1))
    ax.add_patch(Circle((0.0, 0.0), 1.0, fill=False, edgecolor="#c7c7cc", linewidth=1.2,
                        zorder=2, gid="outline"))
    sectors = [Sector(kind, heading, note, start, end, profile.items_of(kind), ppu)
               for kind, heading, note, start, end, _ in _SECTORS]
    fs = best_font_size(sectors)
    for sector in sectors:
        for op in centred_layout(sector, fs):
            _draw(ax, op)
    _draw_title(ax, default_title if title is None else title, _summary(profile), ppu)
    _draw_legend(ax, ppu)
    return fig


def _draw_title(ax: Axes, title: str, summary: str, ppu: float) -> None:
    """The title (at most two lines, shrunk to fit) and the summary line above the circle."""
    width, room = 2 * _X_PAD * ppu * 0.97, (_Y_TOP - 1.03) * ppu
    sfs = max(4.5, min(10.0, ppu * 0.03))
    while sfs > 4.5 and len(wrap_text(summary, width, sfs)) > 1:
        sfs -= 0.5
    below = len(wrap_text(summary, width, sfs)) * 1.5 * sfs
    tfs = max(6.0, min(17.0, ppu * 0.055))
    lines = wrap_text(title, width, tfs, weight="bold") if title.strip() else []
    def too_big() -> bool:
        return len(lines) > 2 or (0.4 + 1.2 * len(lines)) * tfs + below > room

    while lines and tfs > 6.0 and too_big():
        tfs -= 0.5
        lines = wrap_text(title, width, tfs, weight="bold")
    if lines and too_big():  # still too long: cut it
        lines = [lines[0]]
        while len(lines[0]) > 1 and text_room(lines[0] + "…", tfs, "bold") > width:
            lines[0] = lines[0][:-1]
        lines[0] = lines[0].rstrip() + "…"
    y = _Y_TOP - 0.4 * tfs / ppu
    for line in lines:
        y -= 1.2 * tfs / ppu
        ax.text(0.0, y, line, fontsize=tfs, fontweight="bold", color=INK, ha="center",
                va="baseline", gid="title", **_PLAIN)
    for line in wrap_text(summary, width, sfs):
        y -= 1.5 * sfs / ppu
        ax.text(0.0, y, line, fontsize=sfs, color=MUTED, ha="center", va="baseline",
                gid="summary", **_PLAIN)


def _draw_legend(ax: Axes, ppu: float) -> None:
    fs = max(5.5, min(9.5, ppu * 0.03))
    handles: list[Artist | tuple[Artist, ...]] = [
        tuple(_badge(e, fs)) for e in ("validated", "hypothesis", "invalidated")]
    handles.append(Line2D([], [], marker="D", markersize=0.45 * fs, color=_AMBER,
                          linestyle="none"))
    labels = ["validated by interviews", "hypothesis (not tested yet)",
              "invalidated (text struck through)", "not addressed by the current offering"]
    legend = ax.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncol=2,
                       fontsize=fs, frameon=False, handletextpad=0.5, columnspacing=2.0,
                       borderaxespad=0.3)
    legend.set_gid("legend")
    for text in legend.get_texts():
        text.set_usetex(False)


# --------------------------------------------------------------------------- export


def export_canvas(segment: Segment | CustomerProfile, path: str | Path, *,
                  fmt: str | None = None, dpi: int = 150) -> Path:
    """Save the canvas of ``segment`` as a PNG or PDF file and return its path.

    The format comes from ``fmt`` or else from the file's suffix (``canvas.png``,
    ``canvas.pdf``); a path without a suffix gets one. Missing folders are created.
    """
    name = segment.name if isinstance(segment, Segment) else "Customer profile"
    return save_figure(draw_profile_canvas(segment), path, what="canvas",
                       example="canvas.png", title=name, fmt=fmt, dpi=dpi)
