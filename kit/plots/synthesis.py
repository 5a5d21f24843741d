"""Figures for the interview log: the saturation curve and the evidence board.

- :func:`draw_saturation_curve`: one bar per interview for the new items it brought (items
  neither in the profile before the round nor heard in an earlier interview), a line for the
  new items heard so far, the base and the last run shaded, and the advice of
  :func:`kit.synthesis.analyse` written underneath with how sure it is and its numbers.
- :func:`draw_evidence_board`: a grid with one row per job, pain or gain and one column per
  interview: ✓ confirmed, ✗ contradicted, ● new (first heard there, and not in the profile
  before the round); each row shows how strong the pattern is (the share of interviews that
  mention the item).

Both use matplotlib's object-oriented API only (no pyplot state), draw learner text with
``parse_math=False`` (a "$" in a quote stays a dollar sign), and return the figure. Artists
carry gids (``"new:3"``, ``"cumulative"``, ``"cell:<item id>:<column>"`` …) for tests and tools.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any

from kit.model import ITEM_KINDS, Segment, Workbook
from kit.synthesis import Synthesis, analyse, interview_marks, logged_interviews

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["draw_evidence_board", "draw_saturation_curve"]

_PLAIN: dict[str, Any] = {"parse_math": False, "usetex": False}
INK, MUTED, _FAINT, _RULE = "#1d1d1f", "#6e6e73", "#a3a3a8", "#e5e5ea"
# A board with more rows than this per group shows the top-ranked and says how many more.
MAX_ROWS_PER_GROUP = 25
# ... and the latest this many interviews (the pattern strength counts them all); a
# saturation curve numbers each bar up to this many interviews.
MAX_COLUMNS = 30
MAX_LABELLED_BARS = 40
# Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
_BLUE, _ORANGE, _GREEN, _RED, _AMBER = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#E69F00"
_ADVICE_COLOURS = {"continue": _ORANGE, "approaching saturation": _GREEN,
                   "re-segment": _RED}
#: what each cell of the evidence board shows: (glyph, colour, meaning)
MARKS = {
    "confirmed": ("✓", _GREEN, "confirmed"),
    "contradicted": ("✗", _RED, "contradicted"),
    "new": ("●", _BLUE, "new: first heard here"),
    "mixed": ("±", _AMBER, "both confirmed and contradicted"),
}


def _plain(ax: Axes, legend: Any = None) -> None:
    """Tick labels and legend as plain text, whatever ``text.usetex`` says (no LaTeX needed).

    Ticks made later copy the first tick's settings, so setting the current ones is enough.
    """
    legend_texts = legend.get_texts() if legend is not None else []
    for text in [*ax.get_xticklabels(), *ax.get_yticklabels(), *legend_texts]:
        text.set_usetex(False)
        text.set_parse_math(False)


# --------------------------------------------------------------------------- saturation curve


def _sentences(text: str, limit: int = 360) -> list[str]:
    """``text`` in runs of whole sentences of at most ``limit`` characters each (the
    wrapper cuts any one text at 400 characters; the explanation is longer, but ours)."""
    parts: list[str] = []
    for sentence in re.split(r"(?<=[.:;])\s+", " ".join(text.split())):
        while len(sentence) > limit:  # a very long sentence: cut between words
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            parts.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if parts and len(parts[-1]) + 1 + len(sentence) <= limit:
            parts[-1] += " " + sentence
        elif sentence:
            parts.append(sentence)
    return parts


def draw_saturation_curve(synthesis: Synthesis, ax: Axes | None = None, *,
                          title: str | None = None) -> Figure:
    """Draw how many new items each interview added, and how many new items in all.

    ``synthesis`` comes from :func:`kit.synthesis.analyse`. Bars: the new items of each
    interview (in the order logged): items neither in the profile before the round nor heard
    in an earlier interview; line: the new items heard so far (it does not grow with the
    length of the profile). The interviews before the run (up to ``base_size``: the base) and
    the last run are shaded; the advice, how sure it is, its ratio and threshold are written
    underneath. Returns the figure.
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    from kit.plots._layout import figure_and_box, wrap_text

    n = synthesis.interviews
    made = ax is None
    if ax is None:
        fig = Figure(figsize=(9.0, 5.6), layout="constrained")
        ax = fig.add_subplot()
    else:
        fig = figure_and_box(ax)[0]
    xs = list(range(1, n + 1))
    top = max([*synthesis.cumulative, 1])
    ax.set_ylim(0, top * 1.3 + 0.5)
    ax.set_xlim(0.4, max(n, 1) + 0.6)
    sat = synthesis.saturation
    # the interviews before the run, up to the base (fewer for a first reading)
    base = min(sat.base_size, n - sat.run_length) if sat is not None else None
    if base is not None and n:
        ax.axvspan(0.5, min(base, n) + 0.5, color="#f2f2f5", zorder=0, gid="base-window")
        ax.text((0.5 + min(base, n) + 0.5) / 2, 0.97, f"base: first {base}",
                transform=ax.get_xaxis_transform(), ha="center", va="top", fontsize=8.5,
                color=MUTED, gid="base-label", **_PLAIN)
    if sat is not None:
        colour = _ADVICE_COLOURS[synthesis.advice]
        ax.axvspan(n - sat.run_length + 0.5, n + 0.5, color=colour, alpha=0.12, zorder=0,
                   gid="run-window")
        ax.text(n - sat.run_length / 2 + 0.5, 0.97,
                f"last {sat.run_length}: +{sat.new_in_run} new\n"
                f"{sat.new_in_run}/{sat.known_before_run} = {sat.ratio:.0%}",
                transform=ax.get_xaxis_transform(), ha="center", va="top", fontsize=8.5,
                color=INK, gid="run-label", **_PLAIN)
    if n > MAX_LABELLED_BARS:  # one shape for many bars (10,000 patches take minutes)
        ax.fill_between(xs, synthesis.new_per_interview, step="mid", color=_BLUE, zorder=2,
                        linewidth=0, label="New items in this interview", gid="new")
        bars = None
    else:
        bars = ax.bar(xs, synthesis.new_per_interview, width=0.6, color=_BLUE, zorder=2,
                      label="New items in this interview")
    # points per item on the y axis (roughly: the layout is not final yet), to decide
    # whether a bar's number fits inside it (white) or goes above it (blue)
    height_pt = (ax.get_position().height * fig.get_figheight() * 72
                 if not made else (fig.get_figheight() - 2.3) * 72)
    pt_per_item = height_pt / (top * 1.3 + 0.5)
    numbered = zip(xs, bars.patches, synthesis.new_per_interview, strict=True) if bars else ()
    for x, patch, value in numbered:
        patch.set_gid(f"new:{x}")
        inside = value * pt_per_item >= 16
        ax.annotate(str(value), (x, value), xytext=(0, -6 if inside else 4),
                    textcoords="offset points", ha="center", va="top" if inside else "bottom",
                    fontsize=9, color="white" if inside else _BLUE, fontweight="bold",
                    zorder=4, gid=f"new-value:{x}", **_PLAIN)
    (line,) = ax.plot(xs, synthesis.cumulative, color=INK,
                      marker="o" if n <= MAX_LABELLED_BARS else None, markersize=5,
                      linewidth=2, zorder=3, label="New items heard so far")
    line.set_gid("cumulative")
    if n:
        ax.annotate(str(synthesis.cumulative[-1]), (n, synthesis.cumulative[-1]),
                    xytext=(0, 7), textcoords="offset points", ha="center", va="bottom",
                    fontsize=9, color=INK, fontweight="bold", gid="cumulative-value",
                    **_PLAIN)
    if n <= MAX_LABELLED_BARS:
        ax.set_xticks(xs, [str(x) for x in xs])
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=12))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    ax.set_xlabel("Interviews, in the order logged", fontsize=9.5, color=MUTED, **_PLAIN)
    ax.set_ylabel("Items (jobs, pains, gains)", fontsize=9.5, color=MUTED, **_PLAIN)
    ax.grid(axis="y", color=_RULE, linewidth=0.8, zorder=1)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    legend = ax.legend(handles[::-1], labels[::-1], loc="lower left",
                       bbox_to_anchor=(0.0, 1.0), ncols=2, frameon=False, fontsize=9,
                       borderaxespad=0.2)
    legend.set_gid("legend")
    _plain(ax, legend)
    headline = f"Advice: {synthesis.advice}"
    if sat is not None:
        last = "interview" if sat.run_length == 1 else f"{sat.run_length} interviews"
        headline += (f" ({synthesis.confidence})  last {last}: {sat.new_in_run} new / "
                     f"{sat.known_before_run} known = {sat.ratio:.0%}; threshold "
                     f"{sat.threshold:.0%}")
    width_pt = ((fig.get_figwidth() - 1.0) * 72 if made else
                ax.get_position().width * fig.get_figwidth() * 72)
    body = "\n".join(line for part in _sentences(synthesis.explanation)
                     for line in wrap_text(part, width_pt, 9.5))
    ax.annotate(headline, xy=(0, 0), xycoords=(ax.transAxes, ax.xaxis.label),
                xytext=(0, -10), textcoords="offset points", ha="left", va="top",
                fontsize=10.5, fontweight="bold", annotation_clip=False,
                color=_ADVICE_COLOURS.get(synthesis.advice, INK), gid="advice", **_PLAIN)
    ax.annotate(body, xy=(0, 0), xycoords=(ax.transAxes, ax.xaxis.label),
                xytext=(0, -27), textcoords="offset points", ha="left", va="top",
                fontsize=9.5, color=INK, annotation_clip=False, linespacing=1.35,
                gid="explanation", **_PLAIN)
    ax.set_title("Saturation: is each interview still teaching you something?"
                 if title is None else title, loc="left", fontsize=13, fontweight="bold",
                 pad=24, **_PLAIN)
    return fig


# --------------------------------------------------------------------------- evidence board


def _column_label(wb: Workbook, contact: str, date: str) -> str:
    alias = next((c.alias for c in wb.plan.contacts if c.id == contact), contact) or "?"
    alias = alias if len(alias) <= 10 else alias[:9] + "…"
    try:
        day = _dt.date.fromisoformat(date)
        when = f"{day.day} {day:%b}"
    except ValueError:
        when = date or "no date"
    return f"{alias}\n{when}"


def _cut(lines: list[str], limit: int = 2) -> list[str]:
    if len(lines) <= limit:
        return lines
    last = lines[limit - 1]
    return [*lines[:limit - 1], (last[:-1] if len(last) > 1 else last).rstrip() + "…"]


def draw_evidence_board(wb: Workbook, ax: Axes | None = None, *, title: str | None = None,
                        segment: Segment | str | None = None) -> Figure:
    """Draw what each interview said about each job, pain and gain.

    One row per item: the segment's profile (default: the interview plan's segment), jobs,
    pains and gains in rank order, then the new items in the order first heard. One column
    per logged interview (contact and date). Cells: ✓ green confirmed, ✗ red contradicted,
    ● blue new (first heard in that interview, not a hypothesis written before), ± amber
    both; empty when not mentioned. An item added to the profile from a new item has its row
    in the profile, with its first hearing as ●. The percentage beside each row is its
    pattern strength: the share of interviews that mention it. Returns the figure.
    """
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    from kit.plots._layout import figure_and_box, mark_cell, wrap_text

    synthesis = analyse(wb, segment=segment)
    logged = logged_interviews(wb)
    marks = interview_marks(wb)[-MAX_COLUMNS:]  # one per logged interview, as the columns
    strength = {p.id: p for p in synthesis.patterns}
    first_heard: dict[str, tuple[int, int]] = {}  # new items in the order first heard
    for column, interview in enumerate(logged):
        for index, new in enumerate(interview.new_items):
            first_heard.setdefault(new.id, (column, index))
    total, logged = len(logged), logged[-MAX_COLUMNS:]  # the columns: the latest interviews
    n = len(logged)
    profile_rows, new_rows = [], []
    ranks = wb.item_ranks()
    segment_index = {id(s): k for k, s in enumerate(wb.segments)}
    for p in synthesis.patterns:
        if p.source == "profile":
            found = ranks.get(p.id)
            seg_index = segment_index[id(found[0])] if found else 0
            rank = found[2] if found else 0
            profile_rows.append(((ITEM_KINDS.index(p.kind), seg_index, rank), rank, p))
        else:
            new_rows.append((first_heard.get(p.id, (total, 0)), p))
    profile_rows.sort(key=lambda r: r[0])
    new_rows.sort(key=lambda r: r[0])
    # rows: ("header", text) or ("item", label prefix, pattern)
    rows: list[tuple[str, str, Any]] = []
    for k, kind in enumerate(ITEM_KINDS):
        group = [r for r in profile_rows if r[0][0] == k]
        if group:
            rows.append(("header", {"job": "Jobs", "pain": "Pains", "gain": "Gains"}[kind],
                         None))
            rows.extend(("item", f"{rank}.", p) for _, rank, p in group[:MAX_ROWS_PER_GROUP])
            if len(group) > MAX_ROWS_PER_GROUP:
                rows.append(("more", f"\u2026 and {len(group) - MAX_ROWS_PER_GROUP:,} more "
                             f"{kind}s (see the workbook)", None))
    if new_rows:
        rows.append(("header", "New items (heard in the interviews)", None))
        rows.extend(("item", f"{p.kind}:", p) for _, p in new_rows[:MAX_ROWS_PER_GROUP])
        if len(new_rows) > MAX_ROWS_PER_GROUP:
            rows.append(("more", f"\u2026 and {len(new_rows) - MAX_ROWS_PER_GROUP:,} more new "
                         "items (see the workbook)", None))
    n_rows = len(rows)
    cell_in, label_in, pct_in = 0.62, 4.3, 0.55
    label_units, pct_units = label_in / cell_in, pct_in / cell_in
    if ax is None:
        fig = Figure(figsize=(label_in + pct_in + cell_in * max(n, 1) + 0.5,
                              1.75 + 0.3 * n_rows), layout="constrained")
        ax = fig.add_subplot()
    else:
        fig = figure_and_box(ax)[0]
    left = -0.5 - pct_units - label_units
    ax.set_xlim(left, max(n, 1) - 0.5)
    ax.set_ylim(n_rows + 1.8, -1.7)
    ax.set_axis_off()
    _plain(ax)
    fs = 8.5 if n_rows <= 30 else 7.5
    # points per data unit across, to wrap the row labels to the room they have
    ax_w_pt = ax.get_position().width * fig.get_figwidth() * 72
    room = (label_units - 0.25) * ax_w_pt / (max(n, 1) - 0.5 - left)
    for column, interview in enumerate(logged):
        ax.text(column, -0.75, _column_label(wb, interview.contact, interview.date),
                ha="center", va="bottom", fontsize=fs, color=INK, linespacing=1.2,
                gid=f"column:{column}", **_PLAIN)
    ax.text(-0.5 - 0.1, -0.75, "heard in", ha="right", va="bottom", fontsize=fs - 0.5,
            color=MUTED, gid="strength-heading", **_PLAIN)
    shade = False
    for y, (what, text, p) in enumerate(rows):
        if what == "more":
            ax.text(left, y, text, ha="left", va="center", fontsize=fs, fontstyle="italic",
                    color=MUTED, gid=f"more:{y}", **_PLAIN)
            continue
        if what == "header":
            ax.text(left, y + 0.2, text, ha="left", va="center", fontsize=fs + 1.5,
                    fontweight="bold", color=INK, gid=f"group:{text}", **_PLAIN)
            ax.plot([left, max(n, 1) - 0.5], [y + 0.5, y + 0.5], color=_FAINT, linewidth=0.8)
            shade = False
            continue
        if shade:
            ax.add_patch(Rectangle((left, y - 0.5), max(n, 1) - 0.5 - left, 1.0,
                                   facecolor="#f5f5f7", edgecolor="none", zorder=0))
        shade = not shade
        pattern = strength[p.id]
        muted = pattern.mentions == 0
        lines = _cut(wrap_text(f"{text} {p.text}", room, fs))
        ax.text(left, y, "\n".join(lines), ha="left", va="center", fontsize=fs,
                color=_FAINT if muted else INK, linespacing=1.1, gid=f"row:{p.id}", **_PLAIN)
        ax.text(-0.5 - 0.1, y, f"{pattern.strength:.0%}", ha="right", va="center",
                fontsize=fs, color=_FAINT if muted else INK,
                fontweight="bold" if pattern.strength >= 0.5 else "normal",
                gid=f"strength:{p.id}", **_PLAIN)
        for column, said in enumerate(marks):
            state = said.get(p.id)
            if state is None:
                continue
            glyph, colour, _ = MARKS[state]
            mark_cell(ax, column, y, glyph, colour, width=0.64, size=fs + 3.5,
                      gid=f"{p.id}:{column}")
    for column in range(n + 1):
        ax.plot([column - 0.5] * 2, [-0.5, n_rows - 0.5], color=_RULE, linewidth=0.6,
                zorder=0)
    anchor: Any = ax.text(left, n_rows + 0.1, "", ha="left", va="top", fontsize=fs,
                          gid="key", **_PLAIN)
    for state, (glyph, colour, meaning) in MARKS.items():
        anchor = ax.annotate(f"{glyph} {meaning}", xy=(1, 1), xycoords=anchor,
                             xytext=(0 if state == "confirmed" else 14, 0),
                             textcoords="offset points", ha="left", va="top", fontsize=fs,
                             color=colour, gid=f"key:{state}", **_PLAIN)
    shown = "" if total == n else f" (the columns show the latest {n})"
    ax.text(left, n_rows + 0.75, f"Empty: not mentioned.  Heard in: the share of the {total} "
            f"interviews that mention the item (its pattern strength){shown}.",
            ha="left", va="top",
            fontsize=fs, color=MUTED, gid="key-note", **_PLAIN)
    if n == 0:
        ax.text((left + 0.5) / 2, n_rows / 2, "No interview logged yet.", ha="center",
                va="center", fontsize=11, color=MUTED, gid="empty", **_PLAIN)
    ax.set_title("Evidence board: what each interview said" if title is None else title,
                 loc="left", fontsize=13, fontweight="bold", **_PLAIN)
    return fig
