"""The split matrix: who said what, grouped by the split the interviews propose.

:func:`draw_split_matrix` draws the table of :func:`kit.synthesis.resegment.split_matrix`: one
row per interviewee, those who have the splitting descriptor first, under a label that names
it, then the others under a rule; one column per item, the items the split separates first,
set apart on a tinted band, then the other items two or more people mentioned. Cells: ✓ green
confirmed, ✗ red contradicted, ● blue new (they brought it up first), empty when not
mentioned: shape and colour both say it (Okabe-Ito colours, as on the evidence board).

matplotlib's object-oriented API only (no pyplot state); learner text is drawn with
``parse_math=False``. Artists carry gids for tests and tools: ``"row:<r>"``,
``"column:<c>"``, ``"kind:<c>"``, ``"cell:<r>:<c>"``, ``"group:inside"``,
``"group:outside"``, ``"separator"``, ``"split-band"``, ``"split-rule"``, ``"split-note"``,
``"key:<state>"``, ``"key-note"``, ``"more"``, ``"empty"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.errors import KitError
from kit.plots.synthesis import MARKS
from kit.synthesis.resegment import Matrix, SplitReading, split_matrix
from kit.synthesis.split import Split

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "STATES", "draw_split_matrix"]

_PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}
INK, MUTED, _FAINT, _RULE = "#1d1d1f", "#6e6e73", "#a3a3a8", "#e5e5ea"
_BAND = "#fdf3e1"  # the tint behind the items the split separates
#: the items and interviewees drawn at most (the rest are counted in a note)
MAX_COLUMNS, MAX_ROWS = 9, 40
#: what each cell shows: state -> (glyph, colour, meaning); "" (not mentioned) is left empty
STATES = {
    "confirmed": (MARKS["confirmed"][0], MARKS["confirmed"][1], "confirmed"),
    "contradicted": (MARKS["contradicted"][0], MARKS["contradicted"][1], "contradicted"),
    "new": (MARKS["new"][0], MARKS["new"][1], "new: they brought it up first"),
}
_ROW_IN, _LABEL_IN = 0.34, 1.7  # inches per row, and for the names on the left
_FS = 8.5
_HEADER_LINES = 6


def _cut(lines: list[str], limit: int) -> list[str]:
    """At most ``limit`` lines, the last one ending in "…" when some were dropped."""
    if len(lines) <= limit:
        return lines
    last = lines[limit - 1]
    return [*lines[:limit - 1], (last[:-1] if len(last) > 1 else last).rstrip() + "\u2026"]


def _matrix(what: Matrix | SplitReading, split: Split | None) -> Matrix:
    if isinstance(what, Matrix):
        if split is not None:
            raise KitError("A Matrix is already laid out for one split: give the SplitReading "
                           "from read_splits() to draw another split.")
        return what
    if isinstance(what, SplitReading):
        return split_matrix(what, split)
    raise KitError(f"draw_split_matrix() draws a Matrix or a SplitReading, not "
                   f"{type(what).__name__}: use read_splits(workbook) first.")


def _people(n: int) -> str:
    return f"{n} interviewee" if n == 1 else f"{n} interviewees"


def _layout(m: Matrix) -> tuple[list[tuple[str, Any, float]], int]:
    """Lines of the table from the top: ``(what, payload, y)`` with what in "group", "row",
    "rule" or "more"; and the bottom y."""
    out: list[tuple[str, Any, float]] = []
    y = 0.0
    groups: list[tuple[str, range]]
    if m.inside:
        groups = [("inside", range(0, m.inside)), ("outside", range(m.inside, len(m.rows)))]
    else:
        groups = [("", range(len(m.rows)))]
    for name, rows in groups:
        if name == "outside":
            out.append(("rule", None, y - 0.5))
            y += 0.15
        if name:
            out.append(("group", (name, len(rows)), y))
            y += 1.0
        for r in rows[:MAX_ROWS]:
            out.append(("row", r, y))
            y += 1.0
        if len(rows) > MAX_ROWS:
            out.append(("more", len(rows) - MAX_ROWS, y))
            y += 1.0
    return out, round(y)


def _spans(lines: list[tuple[str, Any, float]]) -> list[tuple[float, float]]:
    """The y ranges of the runs of consecutive rows (a group label or a rule ends a run)."""
    spans: list[tuple[float, float]] = []
    run = False
    for what, _, y in lines:
        if what in ("row", "more"):
            if run:
                spans[-1] = (spans[-1][0], y + 0.5)
            else:
                spans.append((y - 0.5, y + 0.5))
            run = True
        else:
            run = False
    return spans


def draw_split_matrix(what: Matrix | SplitReading, split: Split | None = None, *,
                      ax: Axes | None = None, title: str | None = None) -> Figure:
    """Draw who said what about each item, grouped by a split of the interviews.

    ``what``: a :class:`~kit.synthesis.resegment.Matrix`, or a
    :class:`~kit.synthesis.resegment.SplitReading` from
    :func:`~kit.synthesis.resegment.read_splits` (then ``split``, default the best proposal,
    is laid out with :func:`~kit.synthesis.resegment.split_matrix`). Rows: the interviewees
    who have the splitting descriptor, under a label naming it, then a rule and the others;
    columns: the items the split separates (on a tinted band, set apart by a rule), then the
    other items two or more people mentioned. Without a split the table is drawn plain, in
    the order interviewed, and the title says no split was found. Returns the figure.
    """
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    from kit.plots._layout import clip, figure_and_box, mark_cell, wrap_text

    m = _matrix(what, split)
    n_cols = min(len(m.columns), MAX_COLUMNS)
    cell_in = 1.4 if n_cols <= 5 else 1.1
    lines, bottom = _layout(m)
    left, end = -0.5 - _LABEL_IN / cell_in, max(n_cols, 1) - 0.5  # end: the table's right
    foot = bottom - 0.5 + 1.9
    made = ax is None
    width_in = max(_LABEL_IN + cell_in * max(n_cols, 1) + 0.35, 6.2)
    right = left + (width_in - 0.35) / cell_in if made else end  # a wide figure: keep left
    if ax is not None:
        fig, box = figure_and_box(ax)
        box_w, box_h = (72 * v / fig.dpi for v in (box.width, box.height))
        col_pt, title_pt = box_w / (right - left), box_w
    else:
        col_pt, title_pt = cell_in * 72, (width_in - 0.3) * 72
    headers = [_cut(wrap_text(text, 0.92 * col_pt, _FS - 0.5), _HEADER_LINES)
               for text in m.columns[:n_cols]]
    head_pt = 17 + (_FS - 0.5) * 1.25 * max([len(h) for h in headers] or [1])
    k = min(m.split_items, n_cols)
    notes = {"split-note": wrap_text("items the split separates", max(k * col_pt - 8, 40),
                                     _FS - 0.5, weight="bold"),
             "other-note": wrap_text("other items two or more mentioned",
                                     max((n_cols - k) * col_pt - 8, 40), _FS - 0.5)}
    if n_cols == k:
        notes["other-note"] = []  # no other item: no note over it
    note_pt = 4 + (_FS - 0.5) * 1.25 * max(len(v) for v in notes.values()) if k else 0
    above_pt = head_pt + note_pt + 4  # room over the table, in points
    if title is None:
        segment = f": {m.title}" if m.title else ""
        title = (f"Where the interviews split{segment}" if m.inside else
                 f"No split found{segment} (everyone, in the order interviewed)")
    titled = _cut(wrap_text(title, title_pt, 13, weight="bold"), 3)
    # points per row: as planned on a new figure; what the given axes leave otherwise
    row_pt = _ROW_IN * 72 if made else max((box_h - above_pt) / (foot + 0.5), 4.0)
    top = -(0.5 + above_pt / row_pt)
    if ax is None:
        height_in = 0.3 + 0.22 * (len(titled) - 1) + _ROW_IN * (foot - top)
        fig = Figure(figsize=(width_in, height_in), layout="constrained")
        ax = fig.add_subplot()
    ax.set_xlim(left, right)
    ax.set_ylim(foot, top)
    ax.set_axis_off()
    ax.set_xticks([])  # no tick labels: none to typeset, whatever text.usetex says
    ax.set_yticks([])
    spans = _spans(lines)  # the runs of rows, between the group labels
    if k:
        band_top = -0.5 - (head_pt + 1) / row_pt
        for y0, y1 in [(band_top, -0.5), *spans]:
            ax.add_patch(Rectangle((-0.5, y0), k, y1 - y0, facecolor=_BAND, edgecolor="none",
                                   zorder=0, gid="split-band"))
            ax.plot([k - 0.5] * 2, [y0, y1], color=INK, linewidth=1.3, zorder=1,
                    gid="split-rule")
        for gid, x, width, colour, weight in (("split-note", -0.5, k, INK, "bold"),
                                              ("other-note", k - 0.5, n_cols - k, MUTED,
                                               "normal")):
            if width and notes[gid]:
                ax.annotate("\n".join(notes[gid]), xy=(x, -0.5), xytext=(4, head_pt + 2),
                            textcoords="offset points", ha="left", va="bottom",
                            fontsize=_FS - 0.5, fontweight=weight, color=colour,
                            linespacing=1.1, gid=gid, **_PLAIN)
    for c, header in enumerate(headers):
        ax.annotate("\n".join(header), xy=(c, -0.5), xytext=(0, 15),
                    textcoords="offset points", ha="center", va="bottom", fontsize=_FS - 0.5,
                    color=INK, linespacing=1.15, gid=f"column:{c}", **_PLAIN)
        ax.annotate(m.kinds[c], xy=(c, -0.5), xytext=(0, 3),
                    textcoords="offset points", ha="center", va="bottom",
                    fontsize=_FS - 1.5, fontstyle="italic", color=MUTED, gid=f"kind:{c}",
                    **_PLAIN)
    if n_cols:
        ax.plot([left, end], [-0.5, -0.5], color=_FAINT, linewidth=0.8, zorder=1)
    for c in range(1, n_cols):
        for y0, y1 in spans:
            if c != m.split_items:
                ax.plot([c - 0.5] * 2, [y0, y1], color=_RULE, linewidth=0.6, zorder=0)
    name_pt = (_LABEL_IN - 0.15) * 72
    for what_, payload, y in lines:
        if what_ == "rule":
            ax.plot([left, end], [y + 0.07, y + 0.07], color=INK, linewidth=1.3, zorder=1,
                    gid="separator")
        elif what_ == "group":
            name, count = payload
            label = (f"has \u201c{clip(m.descriptor, 160)}\u201d ({_people(count)})"
                     if name == "inside" else f"does not have it ({_people(count)})")
            wrapped = _cut(wrap_text(label, (right - left) * col_pt - 4, _FS + 0.5,
                                     weight="bold"), 2)
            ax.text(left, y + (0.15 if len(wrapped) == 1 else 0.0), "\n".join(wrapped),
                    ha="left", va="center", fontsize=_FS + 0.5, fontweight="bold", linespacing=1.0,
                    color=INK if name == "inside" else MUTED, zorder=2, gid=f"group:{name}",
                    **_PLAIN)
        elif what_ == "more":
            ax.text(left, y, f"\u2026 and {_people(payload)} more (see the workbook)",
                    ha="left", va="center", fontsize=_FS, fontstyle="italic", color=MUTED,
                    gid="more", **_PLAIN)
        else:
            r = payload
            ax.plot([left, end], [y + 0.5, y + 0.5], color=_RULE, linewidth=0.6, zorder=0)
            name = _cut(wrap_text(m.rows[r] or "?", name_pt, _FS), 1)[0]
            ax.text(left + 0.06, y, name, ha="left", va="center", fontsize=_FS, color=INK,
                    gid=f"row:{r}", **_PLAIN)
            for c, state in enumerate(m.cells[r][:n_cols]):
                if state not in STATES:
                    continue
                glyph, colour, _ = STATES[state]
                mark_cell(ax, c, y, glyph, colour, width=0.4, size=_FS + 3.5, gid=f"{r}:{c}")
    y_key = bottom - 0.5 + 0.45
    anchor: Any = ax.text(left, y_key, "", ha="left", va="top", fontsize=_FS, gid="key",
                          **_PLAIN)
    for state, (glyph, colour, meaning) in STATES.items():
        anchor = ax.annotate(f"{glyph} {meaning}", xy=(1, 1), xycoords=anchor,
                             xytext=(0 if state == "confirmed" else 14, 0),
                             textcoords="offset points", ha="left", va="top", fontsize=_FS,
                             color=colour, gid=f"key:{state}", **_PLAIN)
    hidden = len(m.columns) - n_cols
    more = f" {hidden} more item(s) not shown." if hidden > 0 else ""
    ax.text(left, y_key + 0.75, "Empty: not mentioned. Bringing an item up counts as "
            f"confirming it.{more}", ha="left", va="top", fontsize=_FS, color=MUTED,
            gid="key-note", **_PLAIN)
    if not m.rows or not m.columns:
        empty = ("No interviewee logged yet: log interviews for this segment first."
                 if not m.rows else "No item was mentioned by anyone yet.")
        ax.text(left, -0.6, empty, ha="left", va="bottom",
                fontsize=10.5, color=MUTED, gid="empty", **_PLAIN)
    ax.set_title("\n".join(titled), loc="left", fontsize=13, fontweight="bold",
                 linespacing=1.15, **_PLAIN)
    return fig
