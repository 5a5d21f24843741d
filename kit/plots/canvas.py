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
more there are.
"""

from __future__ import annotations

import functools
import math
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib import rcParams
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure, SubFigure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Wedge
from matplotlib.path import Path as MplPath

from kit.errors import KitError, choices_text
from kit.model import CustomerProfile, Segment

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["EXPORT_FORMATS", "draw_profile_canvas", "export_canvas"]

#: File formats :func:`export_canvas` can write.
EXPORT_FORMATS = ("png", "pdf")

# (kind, heading, ranking note, start angle, end angle, fill colour)
_SECTORS = (
    ("job", "Customer jobs", "ranked by importance", -60.0, 60.0, "#e6f0fa"),
    ("gain", "Gains", "ranked by relevance", 60.0, 180.0, "#e7f5e9"),
    ("pain", "Pains", "ranked by severity", 180.0, 300.0, "#fcebea"),
)
_INK, _MUTED, _STRUCK = "#1d1d1f", "#6e6e73", "#a3a3a8"
_GREEN, _RED, _GREY, _AMBER = "#2e7d32", "#c62828", "#8e8e93", "#e69f00"
_CHECK = MplPath([(-0.5, 0.0), (-0.15, -0.38), (0.5, 0.42)],
                 [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO])
_X_PAD, _Y_TOP, _Y_BOTTOM = 1.04, 1.2, -1.17  # data limits around the unit circle
_MAX_FS, _MIN_FS, _FS_STEP = 11.0, 5.0, 0.25
_PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}


# --------------------------------------------------------------------------- text measurement


@functools.cache
def _renderer() -> RendererAgg:
    return RendererAgg(1, 1, 720)  # a high resolution: hinting barely changes the widths


@functools.lru_cache(maxsize=16384)
def _measure(text: str, weight: str, style: str, family: tuple[str, ...]) -> float:
    """Width of ``text`` at 10 points, in points (widths scale with the font size)."""
    prop = FontProperties(family=list(family), size=10.0, weight=weight, style=style)
    width, _, _ = _renderer().get_text_width_height_descent(text, prop, ismath=False)
    return width * 72.0 / 720.0


def _width(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """Width of one line of plain text, in points, as printed (PDF, high-resolution PNG)."""
    return _measure(text, weight, style, tuple(rcParams["font.family"])) * size / 10.0


def _room(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """Width to reserve for ``text``: a screen at low resolution may draw it a little wider."""
    return 1.06 * _width(text, size, weight, style)


def _wrap(text: str, width: float, size: float, style: str = "normal",
          weight: str = "normal") -> list[str]:
    """Wrap ``text`` (:mod:`textwrap` for long words) so every line is at most ``width`` pt."""
    # the width is rounded down to a whole point so that near-equal requests share a result
    return list(_wrap_cached(" ".join(text.split()), math.floor(width), size, style, weight,
                             tuple(rcParams["font.family"])))


@functools.lru_cache(maxsize=16384)
def _wrap_cached(text: str, width: float, size: float, style: str, weight: str,
                 family: tuple[str, ...]) -> tuple[str, ...]:
    def room(part: str) -> float:
        return 1.06 * _measure(part, weight, style, family) * size / 10.0

    if room(text) <= width:
        return (text,)
    words: list[str] = []
    for word in text.split(" "):
        if room(word) <= width:
            words.append(word)
        else:  # a word longer than the line: cut it with textwrap
            chars = max(1, int(len(word) * width / room(word)))
            while chars > 1 and any(room(p) > width for p in textwrap.wrap(word, chars)):
                chars -= 1
            words.extend(textwrap.wrap(word, chars))
    space = room("a b") - room("ab")
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:  # greedy: a line's width is its words' widths plus the spaces
        extra = room(word) + (space if lines[-1] else 0.0)
        if lines[-1] and used + extra > width:
            lines.append([])
            extra = room(word)
            used = 0.0
        lines[-1].append(word)
        used += extra
    return tuple(" ".join(line) for line in lines)


# --------------------------------------------------------------------------- sector geometry


class _Sector:
    """One sector of the unit circle, shrunk by a padding, and the layout of its items."""

    def __init__(self, kind: str, heading: str, note: str, start: float, end: float,
                 items: list[Any], ppu: float) -> None:
        self.kind, self.heading, self.note, self.items = kind, heading, note, items
        self.ppu = ppu  # points per data unit
        self.u1 = (math.cos(math.radians(start)), math.sin(math.radians(start)))
        self.u2 = (math.cos(math.radians(end)), math.sin(math.radians(end)))
        self.pad, self.radius = 0.035, 0.955
        sines = [self.u1[1], self.u2[1], 0.0]
        sines += [1.0] if start < 90 < end else []
        sines += [-1.0] if start < 270 < end else []
        self.y_top, self.y_min = self.radius * max(sines), self.radius * min(sines)

    def chord(self, y: float) -> tuple[float, float] | None:
        """The x interval of the padded sector at height ``y`` (``None`` when empty)."""
        if abs(y) >= self.radius:
            return None
        half = math.sqrt(self.radius ** 2 - y * y)
        lo, hi = -half, half
        (ax1, ay1), (ax2, ay2) = self.u1, self.u2
        # inside = left of the start ray and right of the end ray, each by `pad`: a*x >= b
        for a, b in ((-ay1, self.pad - ax1 * y), (ay2, self.pad + ax2 * y)):
            if abs(a) < 1e-12:
                if b > 0:
                    return None
            elif a > 0:
                lo = max(lo, b / a)
            else:
                hi = min(hi, b / a)
        return (lo, hi) if hi > lo else None

    def band(self, top: float, bottom: float) -> tuple[float, float] | None:
        """The x interval free over the whole band (the sector is convex)."""
        a, b = self.chord(top), self.chord(bottom)
        if a is None or b is None:
            return None
        lo, hi = max(a[0], b[0]), min(a[1], b[1])
        return (lo, hi) if hi > lo else None

    def find(self, y: float, height: float, min_width: float,
             step: float) -> tuple[float, float, float] | None:
        """Highest ``top <= y`` where a block ``height`` tall and ``min_width`` wide fits."""
        while y - height >= self.y_min - 1e-9:
            span = self.band(y, y - height)
            if span is not None and span[1] - span[0] >= min_width:
                return y, span[0], span[1]
            y -= step
        return None

    # -- layout: a list of drawing operations, or None when it does not fit

    def layout(self, fs: float, y: float, limit: int | None = None) -> list[dict] | None:
        u = 1.0 / self.ppu  # data units per point
        lh, tfs = 1.25 * fs * u, 0.8 * fs
        tlh, step = 1.25 * tfs * u, 0.2 * lh
        hfs = min(15.0, 1.3 * fs + 1.5)
        ops: list[dict] = []
        # heading, with the ranking note on the same line when it fits
        hw, nw = _room(self.heading, hfs, "bold") * u, _room(self.note, tfs) * u
        spot = self.find(y, 1.25 * hfs * u, hw + 0.6 * fs * u + nw, step)
        two_lines = spot is None
        if two_lines:
            spot = self.find(y, 1.25 * hfs * u + tlh, max(hw, nw), step)
        if spot is None:
            return None
        top, left, _ = spot
        base = top - 0.95 * hfs * u
        ops.append(_text(left, base, self.heading, hfs, _INK, f"{self.kind}:heading",
                         weight="bold"))
        note_x, note_base = (left, base - tlh) if two_lines else (left + hw + 0.6 * fs * u, base)
        ops.append(_text(note_x, note_base, self.note, tfs, _MUTED, f"{self.kind}:note"))
        y = min(base, note_base) - 0.25 * hfs * u - 0.35 * fs * u

        items = self.items if limit is None else self.items[:limit]
        if not self.items:
            placeholder = f"No {self.kind}s yet"
            spot = self.find(y, lh, _room(placeholder, fs, style="italic") * u, step)
            if spot is None:
                return None
            ops.append(_text(spot[1], spot[0] - 0.95 * fs * u, placeholder, fs, _MUTED,
                             f"{self.kind}:placeholder", style="italic"))
            return ops
        rank_w = _room(f"{len(self.items)}.", fs, "bold") * u
        indent = 1.25 * fs * u + rank_w + 0.35 * fs * u
        for index, item in enumerate(items):
            placed = self._item(index, item, y, fs, indent, step)
            if placed is None:
                return None
            item_ops, y = placed
            ops.extend(item_ops)
        if limit is not None and limit < len(self.items):
            more = f"… and {len(self.items) - limit} more (see the workbook)"
            spot = self.find(y, tlh, _room(more, tfs, style="italic") * u, step)
            if spot is None:
                return None
            ops.append(_text(spot[1], spot[0] - 0.95 * tfs * u, more, tfs, _MUTED,
                             f"{self.kind}:more", style="italic"))
        return ops

    def _fit(self, top: float, text: str, tag: str, blank_tag: bool, fs: float,
             indent: float) -> tuple[float, float, list[str], list[str]] | None:
        """Wrap an item for a block whose top is at ``top``: (left, right, body, tags)."""
        u = 1.0 / self.ppu
        lh, tfs = 1.25 * fs * u, 0.8 * fs
        n_body, n_tag = 1, 1 if (tag or blank_tag) else 0
        diamond = 1.4 * tfs if blank_tag else 0.0
        for _ in range(40):  # the block only grows, so this ends
            span = self.band(top, top - n_body * lh - n_tag * 1.25 * tfs * u)
            if span is None or span[1] - span[0] < indent + 5.0 * fs * u:
                return None
            room = (span[1] - span[0] - indent) * self.ppu
            body = _wrap(text, room, fs)
            tags = _wrap(tag, room - diamond, tfs) if tag else ([""] if blank_tag else [])
            if len(body) <= n_body and len(tags) <= n_tag:
                return span[0], span[1], body, tags
            n_body, n_tag = max(n_body, len(body)), max(n_tag, len(tags))
        return None  # pragma: no cover

    def _item(self, index: int, item: Any, y: float, fs: float, indent: float,
              step: float) -> tuple[list[dict], float] | None:
        """Place one item where its block ends highest (a wider spot lower down may win)."""
        u = 1.0 / self.ppu
        lh, tfs = 1.25 * fs * u, 0.8 * fs
        tlh = 1.25 * tfs * u
        text = " ".join(item.text.split()) or "(no text yet)"
        tag, blank_tag = _tag(item), not item.addressed
        best: tuple[float, float, float, list[str], list[str]] | None = None
        top = y
        while top - lh >= self.y_min:
            if best is not None and top - lh - tlh <= best[0]:
                break  # starting this low cannot end higher than the best so far
            fit = self._fit(top, text, tag, blank_tag, fs, indent)
            if fit is not None:
                bottom = top - len(fit[2]) * lh - len(fit[3]) * tlh
                if best is None or bottom > best[0] + 1e-9:
                    best = (bottom, top, *fit)
            top -= step
        if best is None:
            return None
        bottom, top, left, _, body, tags = best
        gid = f"{item.kind}:{index + 1}"
        struck = item.evidence == "invalidated"
        colour = _STRUCK if struck else _INK
        base = top - 0.95 * fs * u
        ops = [{"op": "badge", "x": left + 0.5 * fs * u, "y": base + 0.33 * fs * u,
                "size": 0.95 * fs, "evidence": item.evidence, "gid": f"{gid}:evidence"},
               _text(left + 1.25 * fs * u, base, f"{index + 1}.", fs, colour, f"{gid}:rank",
                     weight="bold")]
        x = left + indent
        for i, line in enumerate(body):
            line_base = base - i * lh
            ops.append(_text(x, line_base, line, fs, colour, f"{gid}:text"))
            if struck:
                ops.append({"op": "strike", "x0": x, "x1": x + _width(line, fs) * u,
                            "y": line_base + 0.3 * fs * u, "gid": f"{gid}:strike"})
        tag_base = base - (len(body) - 1) * lh - 0.3 * fs * u - 0.95 * tfs * u
        for i, line in enumerate(tags):
            ops.append(_text(x, tag_base - i * tlh, line, tfs, _MUTED, f"{gid}:tag"))
        if blank_tag:
            end = x + (_room(tags[-1], tfs) + 0.45 * tfs if tags[-1] else 0.4 * tfs) * u
            ops.append({"op": "gap", "x": end, "y": tag_base - (len(tags) - 1) * tlh
                        + 0.33 * tfs * u, "size": 0.55 * tfs, "gid": f"{gid}:not-addressed"})
        return ops, bottom - 0.45 * fs * u


def _tag(item: Any) -> str:
    """The compact tag under an item: its type (jobs, gains) and its level."""
    parts = [getattr(item, "type", None), item.level]
    return " · ".join(p for p in parts if p)


def _text(x: float, y: float, s: str, size: float, color: str, gid: str, *,
          weight: str = "normal", style: str = "normal") -> dict:
    return {"op": "text", "x": x, "y": y, "s": s, "size": size, "color": color, "gid": gid,
            "weight": weight, "style": style}


# --------------------------------------------------------------------------- drawing


def _points_per_unit(ax: Axes) -> float:
    """Points per data unit once the equal-aspect axes box has shrunk to fit the limits."""
    fig = ax.get_figure()
    root = fig
    while isinstance(root, SubFigure):
        root = root.get_figure()
    box = ax.get_position(original=True).transformed(fig.transSubfigure)
    width_in, height_in = box.width / root.dpi, box.height / root.dpi
    return 72.0 * min(width_in / (2 * _X_PAD), height_in / (_Y_TOP - _Y_BOTTOM))


def _best_font_size(sectors: list[_Sector]) -> float:
    """The largest font size (one for all sectors) at which every sector fits, by bisection."""
    def fits(fs: float) -> bool:
        return all(s.layout(fs, s.y_top) is not None for s in sectors)

    lo, hi = 0, round((_MAX_FS - _MIN_FS) / _FS_STEP)  # steps above the smallest size
    if fits(_MAX_FS):
        return _MAX_FS
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(_MIN_FS + mid * _FS_STEP):
            lo = mid
        else:
            hi = mid
    return _MIN_FS + lo * _FS_STEP


def _centred_layout(sector: _Sector, fs: float) -> list[dict]:
    """Lay out a sector, shifted down to centre the block in the room it has."""
    if sector.layout(fs, sector.y_top) is None:
        return _overflow_layout(sector, fs)
    lo, hi = 0.0, sector.y_top - sector.y_min
    for _ in range(9):  # largest shift that still fits, by bisection
        mid = (lo + hi) / 2
        if sector.layout(fs, sector.y_top - mid) is None:
            hi = mid
        else:
            lo = mid
    return (sector.layout(fs, sector.y_top - lo / 2)
            or sector.layout(fs, sector.y_top) or [])


def _overflow_layout(sector: _Sector, fs: float) -> list[dict]:
    """Too many items even at the smallest size: show the top ones and say how many more."""
    for limit in range(len(sector.items) - 1, -1, -1):
        ops = sector.layout(fs, sector.y_top, limit=limit)
        if ops is not None:
            return ops
    return []


def _draw_op(ax: Axes, op: dict) -> None:
    kind = op["op"]
    if kind == "text":
        ax.text(op["x"], op["y"], op["s"], fontsize=op["size"], color=op["color"],
                fontweight=op["weight"], fontstyle=op["style"], ha="left", va="baseline",
                gid=op["gid"], **_PLAIN)
    elif kind == "strike":
        ax.add_line(Line2D([op["x0"], op["x1"]], [op["y"], op["y"]], color=_STRUCK, lw=0.9,
                           gid=op["gid"], zorder=3))
    elif kind == "gap":
        ax.add_line(Line2D([op["x"]], [op["y"]], marker="D", markersize=op["size"],
                           color=_AMBER, linestyle="none", gid=op["gid"], zorder=3))
    else:
        for line in _badge(op["evidence"], op["size"]):
            line.set_data([op["x"]], [op["y"]])
            line.set_gid(op["gid"])
            ax.add_line(line)


def _badge(evidence: str, size: float) -> list[Line2D]:
    """The evidence marker: green disc with a check, red disc with a cross, or a grey ring."""
    def mark(**kw: Any) -> Line2D:
        return Line2D([], [], linestyle="none", zorder=3, **kw)

    if evidence == "validated":
        return [mark(marker="o", markersize=size, color=_GREEN),
                mark(marker=_CHECK, markersize=0.6 * size, markeredgecolor="white",
                     markerfacecolor="none", markeredgewidth=0.16 * size)]
    if evidence == "invalidated":
        return [mark(marker="o", markersize=size, color=_RED),
                mark(marker="x", markersize=0.5 * size, markeredgecolor="white",
                     markeredgewidth=0.16 * size)]
    return [mark(marker="o", markersize=size, markerfacecolor="white",
                 markeredgecolor=_GREY, markeredgewidth=0.12 * size)]


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _summary(profile: CustomerProfile) -> str:
    items = profile.all_items()
    done = {e: sum(i.evidence == e for i in items) for e in ("validated", "invalidated")}
    still = len(items) - done["validated"] - done["invalidated"]
    return (f"Customer profile · {_count(len(profile.jobs), 'job')}, "
            f"{_count(len(profile.pains), 'pain')}, {_count(len(profile.gains), 'gain')} · "
            f"{done['validated']} validated, {done['invalidated']} invalidated, "
            f"{_count(still, 'hypothesis', 'hypotheses')} to test")


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
    else:
        fig = ax.get_figure()
        while isinstance(fig, SubFigure):
            fig = fig.get_figure()
    ax.set_xlim(-_X_PAD, _X_PAD)
    ax.set_ylim(_Y_BOTTOM, _Y_TOP)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    ppu = _points_per_unit(ax)

    for kind, _, _, start, end, colour in _SECTORS:
        ax.add_patch(Wedge((0.0, 0.0), 1.0, start, end, facecolor=colour, edgecolor="white",
                           linewidth=2.5, gid=f"sector:{kind}", zorder=1))
    ax.add_patch(Circle((0.0, 0.0), 1.0, fill=False, edgecolor="#c7c7cc", linewidth=1.2,
                        zorder=2, gid="outline"))
    sectors = [_Sector(kind, heading, note, start, end, profile.items_of(kind), ppu)
               for kind, heading, note, start, end, _ in _SECTORS]
    fs = _best_font_size(sectors)
    for sector in sectors:
        for op in _centred_layout(sector, fs):
            _draw_op(ax, op)
    _draw_title(ax, title if title is not None else default_title, _summary(profile), ppu)
    _draw_legend(ax, ppu)
    return fig


def _draw_title(ax: Axes, title: str, summary: str, ppu: float) -> None:
    """The title (at most two lines, shrunk to fit) and the summary line above the circle."""
    width = 2 * _X_PAD * ppu * 0.97
    room = (_Y_TOP - 1.03) * ppu  # points between the top of the axes and the circle
    sfs = max(4.5, min(10.0, ppu * 0.03))
    while sfs > 4.5 and len(_wrap(summary, width, sfs)) > 1:
        sfs -= 0.5
    summary_lines = _wrap(summary, width, sfs)
    tfs = max(6.0, min(17.0, ppu * 0.055))
    lines = _wrap(title, width, tfs, weight="bold") if title.strip() else []
    while lines and tfs > 6.0 and (len(lines) * 1.2 * tfs + len(summary_lines) * 1.5 * sfs > room
                         or len(lines) > 2):
        tfs -= 0.5
        lines = _wrap(title, width, tfs, weight="bold")
    if lines and (len(lines) * 1.2 * tfs + len(summary_lines) * 1.5 * sfs > room
                  or len(lines) > 2):
        lines = lines[:1]
        while len(lines[0]) > 1 and _room(lines[0] + "…", tfs, "bold") > width:
            lines[0] = lines[0][:-1]
        lines[0] = lines[0].rstrip() + "…"
    y = _Y_TOP - 0.15 * tfs / ppu
    for line in lines:
        y -= 1.2 * tfs / ppu
        ax.text(0.0, y, line, fontsize=tfs, fontweight="bold", color=_INK, ha="center",
                va="baseline", gid="title", **_PLAIN)
    for line in summary_lines:
        y -= 1.5 * sfs / ppu
        ax.text(0.0, y, line, fontsize=sfs, color=_MUTED, ha="center", va="baseline",
                gid="summary", **_PLAIN)


def _draw_legend(ax: Axes, ppu: float) -> None:
    fs = max(5.5, min(9.5, ppu * 0.03))
    handles: list[Any] = [tuple(_badge("validated", fs)), tuple(_badge("hypothesis", fs)),
                          tuple(_badge("invalidated", fs)),
                          Line2D([], [], marker="D", markersize=0.45 * fs, color=_AMBER,
                                 linestyle="none")]
    labels = ["validated by interviews", "hypothesis (not tested yet)",
              "invalidated (text struck through)", "not addressed by the current offering"]
    legend = ax.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.0),
                       ncol=2, fontsize=fs, frameon=False, handletextpad=0.5,
                       columnspacing=2.0, borderaxespad=0.3)
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
    path = Path(path)
    chosen = (fmt or path.suffix or "").lower().lstrip(".")
    if chosen not in EXPORT_FORMATS:
        shown = repr(fmt if fmt else path.suffix) if (fmt or path.suffix) else "no format"
        raise KitError(f"Cannot save the canvas as {shown}. Choose one of: "
                       f"{choices_text(EXPORT_FORMATS)} (for example 'canvas.png').")
    if not path.suffix:
        path = path.with_suffix(f".{chosen}")
    fig = draw_profile_canvas(segment)
    FigureCanvasAgg(fig)
    name = segment.name if isinstance(segment, Segment) else "Customer profile"
    meta = ({"Title": name, "Software": "Customer Discovery Kit"} if chosen == "png" else
            {"Title": name, "Creator": "Customer Discovery Kit", "CreationDate": None})
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=chosen, dpi=dpi, metadata=meta, facecolor="white")
    return path
