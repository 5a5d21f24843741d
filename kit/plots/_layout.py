"""Text measurement, wrapping and sector layout for the profile canvas (private).

:mod:`kit.plots.canvas` draws; this module decides where. Text widths are measured once
with an off-screen Agg renderer at 10 points and scaled (widths scale with the font size),
and wrapped lines are cached. A :class:`Sector` lays out its heading and items as drawing
operations (:data:`Op`), which the canvas then turns into artists.
"""

from __future__ import annotations

import functools
import math
import textwrap
from typing import TYPE_CHECKING, Any, Literal

from matplotlib import rcParams
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure, SubFigure
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path as MplPath

from kit.errors import KitError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.transforms import Bbox

__all__ = [
    "CHECK_MARK",
    "INK",
    "MAX_DRAWN_CHARS",
    "MUTED",
    "STRUCK",
    "FontStyle",
    "Op",
    "Sector",
    "best_font_size",
    "centred_layout",
    "clip",
    "figure_and_box",
    "text_room",
    "wrap_text",
]

INK, MUTED, STRUCK = "#1d1d1f", "#6e6e73", "#a3a3a8"
# The tick drawn beside evidence-backed items, on the canvas and the persona card.
CHECK_MARK = MplPath([(-0.5, 0.0), (-0.15, -0.38), (0.5, 0.42)],
                     [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO])
_MAX_FS, _MIN_FS, _FS_STEP = 11.0, 5.0, 0.25
# No picture shows more of one text than this (a learner may paste a whole page, or 1 MB):
# the rest is cut with "…" before any measuring, so a huge text costs what a long one does.
MAX_DRAWN_CHARS = 400

Op = tuple[str, str, dict[str, Any]]  # (what to draw, gid, its arguments)
FontStyle = Literal["normal", "italic", "oblique"]


# --------------------------------------------------------------------------- the drawing area


def figure_and_box(ax: Axes) -> tuple[Figure, Bbox]:
    """The Figure ``ax`` is drawn on (through any SubFigures), and ``ax``'s box on it in pixels."""
    parent = ax.get_figure()
    if parent is None:
        raise KitError("The axes given to draw on belong to no figure; make them with "
                       "fig.add_subplot() on a matplotlib Figure, or give no ax to get a new "
                       "figure.")
    fig: Figure | SubFigure = parent
    while isinstance(fig, SubFigure):
        fig = fig.get_figure()
    return fig, ax.get_position(original=True).transformed(parent.transSubfigure)


# --------------------------------------------------------------------------- text measurement


@functools.cache
def _renderer() -> RendererAgg:
    return RendererAgg(1, 1, 720)  # a high resolution: hinting barely changes the widths


@functools.lru_cache(maxsize=16384)
def _measure(text: str, weight: str, style: FontStyle, family: tuple[str, ...]) -> float:
    """Width of ``text`` at 10 points, in points (widths scale with the font size)."""
    prop = FontProperties(family=list(family), size=10.0, weight=weight, style=style)
    return _renderer().get_text_width_height_descent(text, prop, ismath=False)[0] / 10.0


def clip(text: str, limit: int = MAX_DRAWN_CHARS) -> str:
    """``text`` as drawn: at most ``limit`` characters, cut with "…"."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def text_room(text: str, size: float, weight: str = "normal", style: FontStyle = "normal") -> float:
    """Points to reserve for ``text``: its printed width, plus a little for screen fonts."""
    text = clip(text)
    return 1.06 * _measure(text, weight, style, tuple(rcParams["font.family"])) * size / 10.0


def wrap_text(text: str, width: float, size: float, style: FontStyle = "normal",
          weight: str = "normal") -> list[str]:
    """Wrap ``text`` so that every line takes at most ``width`` points."""
    # rounded down to a whole point, so that near-equal requests share a cached result
    return list(_wrap_cached(" ".join(clip(text).split()), math.floor(width), size, style, weight,
                             tuple(rcParams["font.family"])))


@functools.lru_cache(maxsize=16384)
def _wrap_cached(text: str, width: float, size: float, style: FontStyle, weight: str,
                 family: tuple[str, ...]) -> tuple[str, ...]:
    def room(part: str) -> float:
        return 1.06 * _measure(part, weight, style, family) * size / 10.0

    if room(text) <= width:
        return (text,)
    words: list[str] = []
    for word in text.split(" "):
        if room(word) <= width:
            words.append(word)
            continue
        chars = max(1, int(len(word) * width / room(word)))  # a word wider than the line
        while chars > 1 and any(room(p) > width for p in textwrap.wrap(word, chars)):
            chars -= 1
        words.extend(textwrap.wrap(word, chars))  # is cut with textwrap
    space, lines, used = room("a b") - room("ab"), [[words[0]]], room(words[0])
    for word in words[1:]:  # greedy: a line's width is its words' widths plus the spaces
        if used + space + room(word) > width:
            lines.append([])
            used = -space
        lines[-1].append(word)
        used += space + room(word)
    return tuple(" ".join(line) for line in lines)


# --------------------------------------------------------------------------- layout


class Sector:
    """One sector of the unit circle, shrunk by a padding, and the layout of its items."""

    def __init__(self, kind: str, heading: str, note: str, start: float, end: float,
                 items: list[Any], ppu: float) -> None:
        self.kind, self.heading, self.note, self.items = kind, heading, note, items
        self.ppu = ppu  # points per data unit
        self.u1 = (math.cos(math.radians(start)), math.sin(math.radians(start)))
        self.u2 = (math.cos(math.radians(end)), math.sin(math.radians(end)))
        self.pad, self.radius = 0.035, 0.955
        sines = [self.u1[1], self.u2[1], 0.0, *([1.0] if start < 90 < end else []),
                 *([-1.0] if start < 270 < end else [])]
        self.y_top, self.y_min = self.radius * max(sines), self.radius * min(sines)

    def chord(self, y: float) -> tuple[float, float] | None:
        """The x interval of the padded sector at height ``y`` (``None`` when empty)."""
        if abs(y) >= self.radius:
            return None
        lo = -(hi := math.sqrt(self.radius ** 2 - y * y))
        (ax1, ay1), (ax2, ay2) = self.u1, self.u2
        # inside = left of the start ray and right of the end ray, each by `pad`: a*x >= b
        for a, b in ((-ay1, self.pad - ax1 * y), (ay2, self.pad + ax2 * y)):
            if abs(a) < 1e-12 and b > 0:
                return None
            if abs(a) >= 1e-12:
                lo, hi = (max(lo, b / a), hi) if a > 0 else (lo, min(hi, b / a))
        return (lo, hi) if hi > lo else None

    def find(self, y: float, height: float, min_width: float,
             step: float) -> tuple[float, float, float] | None:
        """Highest ``top <= y`` where a block ``height`` tall and ``min_width`` wide fits:
        ``(top, left, right)``. The sector is convex, so checking the band's edges is enough."""
        while y - height >= self.y_min - 1e-9:
            a, b = self.chord(y), self.chord(y - height)
            if a and b and min(a[1], b[1]) - max(a[0], b[0]) >= min_width:
                return y, max(a[0], b[0]), min(a[1], b[1])
            y -= step
        return None

    def layout(self, fs: float, y: float, limit: int | None = None) -> list[Op] | None:
        """Drawing operations for the heading and items (the first ``limit``) at font size
        ``fs``, starting at height ``y``; ``None`` when they do not fit."""
        u, tfs, hfs = 1.0 / self.ppu, _tag_size(fs), min(15.0, 1.3 * fs + 1.5)
        lh, tlh, hlh = 1.25 * fs * u, 1.25 * tfs * u, 1.25 * hfs * u
        step = 0.2 * lh
        # the heading, with the ranking note beside it or under it: whichever ends higher
        hw, nw = text_room(self.heading, hfs, "bold") * u, text_room(self.note, tfs) * u
        one = self.find(y, hlh, hw + 0.6 * fs * u + nw, step)
        two = self.find(y, hlh + tlh, max(hw, nw), step)
        if one is None and two is None:
            return None
        below = one is None or (two is not None and two[0] - tlh > one[0])
        spot = two if below else one
        assert spot is not None  # (one of the two fits: see above)
        top, left, _ = spot
        base = top - 0.95 * hfs * u
        note = ((left, base - 0.3 * hfs * u - 0.95 * tfs * u) if below
                else (left + hw + 0.6 * fs * u, base))
        ops = [_text(left, base, self.heading, hfs, INK, f"{self.kind}:heading", "bold"),
               _text(*note, self.note, tfs, MUTED, f"{self.kind}:note")]
        y = note[1] - 0.25 * hfs * u - 0.35 * fs * u
        if not self.items:
            return self._note_line(ops, y, f"No {self.kind}s yet", fs, "placeholder", step)
        indent = (1.6 * fs + text_room(f"{len(self.items)}.", fs, "bold")) * u
        for index, item in enumerate(self.items[:limit]):
            placed = self._item(index, item, y, fs, indent, step)
            if placed is None:
                return None
            ops += placed[0]
            y = placed[1]
        if limit is not None and limit < len(self.items):
            more = f"… and {len(self.items) - limit} more (see the workbook)"
            return self._note_line(ops, y, more, tfs, "more", step)
        return ops

    def _note_line(self, ops: list[Op], y: float, text: str, size: float, gid: str,
                   step: float) -> list[Op] | None:
        u = 1.0 / self.ppu
        spot = self.find(y, 1.25 * size * u, text_room(text, size, style="italic") * u, step)
        if spot is None:
            return None
        return [*ops, _text(spot[1], spot[0] - 0.95 * size * u, text, size, MUTED,
                            f"{self.kind}:{gid}", style="italic")]

    def _fit(self, top: float, text: str, tag: str, gap: bool, fs: float,
             indent: float) -> tuple[float, list[str], list[str]] | None:
        """Wrap an item for a block whose top is at ``top``: (left, body lines, tag lines)."""
        u, tfs = 1.0 / self.ppu, _tag_size(fs)
        n_body, n_tag = 1, 1 if (tag or gap) else 0
        for _ in range(40):  # the block only grows, so this ends
            height = (n_body * fs + n_tag * tfs) * 1.25 * u
            spot = self.find(top, height, indent + 5.0 * fs * u, math.inf)
            if spot is None:
                return None
            room = (spot[2] - spot[1] - indent) * self.ppu
            body = wrap_text(text, room, fs)
            tags = wrap_text(tag, room - 1.4 * tfs * gap, tfs) if tag else [""] * gap
            if len(body) <= n_body and len(tags) <= n_tag:
                return spot[1], body, tags
            n_body, n_tag = max(n_body, len(body)), max(n_tag, len(tags))
        return None  # pragma: no cover

    def _item(self, index: int, item: Any, y: float, fs: float, indent: float,
              step: float) -> tuple[list[Op], float] | None:
        """Place one item where its block ends highest (a wider spot lower down may win)."""
        u, tfs = 1.0 / self.ppu, _tag_size(fs)
        lh, tlh = 1.25 * fs * u, 1.25 * tfs * u
        text, tag = " ".join(item.text.split()) or "(no text yet)", _tag(item)
        gap = item.addressed is False
        least = lh + (tlh if tag or gap else 0.0)  # the smallest block: one line (and a tag)
        best: tuple[float, float, float, list[str], list[str]] | None = None
        top = y
        while top - lh >= self.y_min and (best is None or top - least > best[0]):
            fit = self._fit(top, text, tag, gap, fs, indent)
            bottom = top - len(fit[1]) * lh - len(fit[2]) * tlh if fit else -math.inf
            if fit and (best is None or bottom > best[0] + 1e-9):
                best = (bottom, top, *fit)
            top -= step
        if best is None:
            return None
        bottom, top, left, body, tags = best
        gid, struck = f"{item.kind}:{index + 1}", item.evidence == "invalidated"
        colour, base, x = STRUCK if struck else INK, top - 0.95 * fs * u, left + indent
        ops: list[Op] = [
            ("badge", f"{gid}:evidence", {"x": left + 0.5 * fs * u, "y": base + 0.33 * fs * u,
                                          "size": 0.95 * fs, "evidence": item.evidence}),
            _text(left + 1.25 * fs * u, base, f"{index + 1}.", fs, colour, f"{gid}:rank",
                  "bold")]
        for i, line in enumerate(body):
            ops.append(_text(x, base - i * lh, line, fs, colour, f"{gid}:text"))
            if struck:
                ops.append(("strike", f"{gid}:strike", {"x": x, "y": base - i * lh + 0.3 * fs * u,
                                                         "width": text_room(line, fs) * u / 1.06}))
        tag_base = base - (len(body) - 1) * lh - 0.3 * fs * u - 0.95 * tfs * u
        ops += [_text(x, tag_base - i * tlh, line, tfs, MUTED, f"{gid}:tag")
                for i, line in enumerate(tags)]
        if gap:
            end = x + (text_room(tags[-1], tfs) / 1.06 + 0.5 * tfs if tags[-1] else 0.4 * tfs) * u
            ops.append(("gap", f"{gid}:not-addressed", {
                "x": end, "y": tag_base - (len(tags) - 1) * tlh + 0.33 * tfs * u,
                "size": 0.55 * tfs}))
        return ops, bottom - 0.45 * fs * u


def _tag_size(fs: float) -> float:
    """Font size of tags and notes: smaller than the items, but never below 5 points."""
    return max(0.8 * fs, min(fs, 5.0))


def _tag(item: Any) -> str:
    """The compact tag under an item: its type (jobs, gains) and its level."""
    return " · ".join(p for p in (getattr(item, "type", None), item.level) if p)


def _text(x: float, y: float, s: str, size: float, color: str, gid: str,
          weight: str = "normal", style: FontStyle = "normal") -> Op:
    return ("text", gid, {"x": x, "y": y, "s": s, "fontsize": size, "color": color,
                          "fontweight": weight, "fontstyle": style})


def best_font_size(sectors: list[Sector]) -> float:
    """The largest font size (one for all sectors) at which every sector fits, by bisection."""
    def fits(step: int) -> bool:
        return all(s.layout(_MIN_FS + step * _FS_STEP, s.y_top) is not None for s in sectors)

    lo, hi = 0, round((_MAX_FS - _MIN_FS) / _FS_STEP)  # in steps above the smallest size
    if fits(hi):
        return _MAX_FS
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return _MIN_FS + lo * _FS_STEP


def centred_layout(sector: Sector, fs: float) -> list[Op]:
    """Lay out a sector, shifted down to centre the block in the room it has.

    When even the smallest font size cannot hold every item, the top-ranked items that fit
    are shown and a last line says how many more there are.
    """
    limit: int | None = None
    if sector.layout(fs, sector.y_top) is None:
        # the most items that fit, by bisection (fewer items always fit if more do)
        if sector.layout(fs, sector.y_top, limit=0) is None:
            return []
        lo, hi = 0, len(sector.items)  # lo fits, hi does not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if sector.layout(fs, sector.y_top, limit=mid) else (lo, mid)
        limit = lo
    low, high = 0.0, sector.y_top - sector.y_min
    for _ in range(9):  # the largest shift that still fits, by bisection
        shift = (low + high) / 2
        low, high = ((shift, high) if sector.layout(fs, sector.y_top - shift, limit)
                     else (low, shift))
    return (sector.layout(fs, sector.y_top - low / 2, limit)
            or sector.layout(fs, sector.y_top, limit) or [])


#: Text drawn as it is written: no mathtext, no LaTeX (a learner's "$" stays a "$").
PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}


def mark_cell(ax: Axes, x: float, y: float, glyph: str, colour: str, *, width: float,
              size: float, gid: str) -> None:
    """One answer in a table of marks: ``glyph`` in ``colour`` on a pale rounded tile of
    ``width`` centred on ``(x, y)`` (gids ``cell:<gid>`` and ``cell-bg:<gid>``)."""
    from matplotlib.patches import FancyBboxPatch

    ax.add_patch(FancyBboxPatch((x - width / 2, y - 0.36), width, 0.72,
                                boxstyle=f"round,pad=0,rounding_size={width * 0.2:.3f}",
                                facecolor=colour, alpha=0.14, edgecolor="none", zorder=1,
                                gid=f"cell-bg:{gid}"))
    ax.text(x, y, glyph, ha="center", va="center", fontsize=size, color=colour,
            fontweight="bold", zorder=2, gid=f"cell:{gid}", **PLAIN)

