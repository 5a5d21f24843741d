"""The report's charts, drawn as inline SVG (no matplotlib, no fonts or files fetched)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kit.course.report.model import MIN_INTERVIEWS, ClassData
from kit.escape import esc
from kit.progress import LESSONS, STEPS

__all__ = ["BLUE", "GREEN", "GREY", "ORANGE", "RED", "SKY", "chart_completion",
           "chart_histogram", "chart_interviews", "chart_status", "shorten"]

BLUE, ORANGE, GREEN, RED, SKY, GREY = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9",
                                       "#d9d9de")
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


def _svg(width: int, height: int, title: str, body: Iterable[str]) -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' "
            f"width='100%' style='max-width:{width}px;{_FONT}' role='img' "
            f"aria-label='{esc(title)}'><title>{esc(title)}</title>{''.join(body)}</svg>")


def _text(x: float, y: float, text: str, size: int = 12, anchor: str = "start",
          colour: str = "#1d1d1f", weight: str = "normal") -> str:
    return (f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' text-anchor='{anchor}' "
            f"fill='{colour}' font-weight='{weight}'>{esc(text)}</text>")


def _rect(x: float, y: float, w: float, h: float, colour: str, tip: str = "") -> str:
    tip = f"<title>{esc(tip)}</title>" if tip else ""
    return (f"<rect x='{x:.1f}' y='{y:.1f}' width='{max(w, 0):.1f}' height='{h:.1f}' "
            f"fill='{colour}'>{tip}</rect>")


def _legend(items: list[tuple[str, str]], x: float, y: float) -> list[str]:
    out = []
    for label, colour in items:
        out += [_rect(x, y - 10, 12, 12, colour), _text(x + 17, y, label, 12)]
        x += 30 + 7 * len(label)
    return out


def chart_completion(data: ClassData) -> str:
    """One bar per step of the path: the share of all students who have done it."""
    n = len(data.students)
    counts = Counter(step for work in data.works for step in work.steps_done)
    graded = {st for a in data.assignments for st in a.steps}
    label_w, bar_w, row, y = 450, 360, 19, 30
    body = [*_legend([("done", BLUE)], label_w, 16), _text(label_w + 70, 16, "\u25cf", 12,
                                                          colour=ORANGE),
            _text(label_w + 84, 16, "a graded assignment asks for this step", 12)]
    for lesson, title in LESSONS.items():
        body.append(_text(4, y + 13, f"{lesson[:2]} {title}", 12, weight="bold"))
        y += row
        for step in (s for s in STEPS if s.lesson == lesson):
            share = counts[step.id] / n if n else 0.0
            body += [_text(label_w - 18, y + 12, shorten(step.title, 70), 11, "end"),
                     _rect(label_w, y + 2, bar_w, row - 5, "#f0f0f3"),
                     _text(label_w - 6, y + 12, "\u25cf" if step.id in graded else "", 10,
                           "end", ORANGE),
                     _rect(label_w, y + 2, bar_w * share, row - 5, BLUE,
                           f"{step.title}: {counts[step.id]} of {n}"),
                     _text(label_w + bar_w + 6, y + 12, f"{share:.0%} ({counts[step.id]})", 11)]
            y += row
    return _svg(label_w + bar_w + 80, y + 6, "Share of students who completed each step", body)


def chart_status(data: ClassData) -> str:
    """One stacked bar per assignment: graded, waiting for a human, not graded yet, missing."""
    n = max(len(data.students), 1)
    parts = [("graded", GREEN), ("needs manual grading", ORANGE), ("submitted, not graded yet",
             SKY), ("no submission", GREY)]
    label_w, bar_w, row = 170, 560, 30
    body = _legend(parts, 8, 16)
    for i, a in enumerate(data.assignments):
        y, x = 30 + i * row, float(label_w)
        counts = data.status(a.name)
        body.append(_text(label_w - 8, y + 16, a.name, 12, "end"))
        for (label, colour), count in zip(parts, counts, strict=True):
            width = bar_w * count / n
            body.append(_rect(x, y + 2, width, row - 8, colour, f"{a.name}: {count} {label}"))
            if width > 28:
                body.append(_text(x + width / 2, y + 17, str(count), 11, "middle",
                                  "#1d1d1f" if colour in (GREY, SKY) else "white"))
            x += width
    return _svg(label_w + bar_w + 20, 40 + row * len(data.assignments),
                "Submissions per assignment", body)


def chart_histogram(scores: list[float], maximum: float, title: str) -> str:
    """How many students got each score (bins of one point, or ten bins for big maxima)."""
    step = max(1, -(-int(maximum) // 10)) if maximum > 20 else 1
    bins = [0] * (int(maximum) // step + 1)
    for x in scores:
        bins[min(max(int(x // step), 0), len(bins) - 1)] += 1
    width, height, left, bottom = 360, 190, 36, 34
    top = max(bins) or 1
    bw = (width - left - 10) / len(bins)
    body = [_text(left, 14, title, 12, weight="bold"),
            f"<line x1='{left}' y1='{height - bottom}' x2='{width - 8}' y2='{height - bottom}' "
            "stroke='#6e6e73'/>", _text(left - 4, 32, str(top), 10, "end", "#6e6e73"),
            _text(left - 4, height - bottom, "0", 10, "end", "#6e6e73")]
    for i, count in enumerate(bins):
        h = (height - bottom - 28) * count / top
        x = left + i * bw
        label = str(i * step) if step == 1 else f"{i * step}+"
        body += [_rect(x + 1, height - bottom - h, bw - 2, h, BLUE,
                       f"{count} student(s) scored {label}"),
                 _text(x + bw / 2, height - bottom + 14, label, 10, "middle", "#6e6e73")]
        if count:
            body.append(_text(x + bw / 2, height - bottom - h - 3, str(count), 10, "middle"))
    body.append(_text((width + left) / 2, height - 4, "points", 10, "middle", "#6e6e73"))
    return _svg(width, height, title, body)


def chart_interviews(data: ClassData) -> str:
    """Students by the number of interviews planned and logged (0 … 8+)."""
    cats = [*map(str, range(8)), "8+"]
    planned = Counter(min(work.planned, 8) for work in data.works)
    logged = Counter(min(work.logged, 8) for work in data.works)
    width, height, left, bottom = 620, 220, 40, 40
    top = max([*planned.values(), *logged.values(), 1])
    gw = (width - left - 10) / len(cats)
    body = _legend([("planned (contacts)", BLUE), ("logged", ORANGE)], left + 10, 16)
    body += [f"<line x1='{left}' y1='{height - bottom}' x2='{width - 8}' y2='{height - bottom}' "
             "stroke='#6e6e73'/>", _text(left - 4, 38, str(top), 10, "end", "#6e6e73")]
    for i, cat in enumerate(cats):
        x = left + i * gw
        for j, (series, colour) in enumerate(((planned, BLUE), (logged, ORANGE))):
            h = (height - bottom - 36) * series[i] / top
            bx = x + 4 + j * (gw - 8) / 2
            body.append(_rect(bx, height - bottom - h, (gw - 8) / 2 - 1, h, colour,
                              f"{series[i]} student(s) with {cat}"))
            if series[i]:
                body.append(_text(bx + (gw - 8) / 4, height - bottom - h - 3, str(series[i]),
                                  10, "middle"))
        body.append(_text(x + gw / 2, height - bottom + 14, cat, 10, "middle", "#6e6e73"))
    x3 = left + MIN_INTERVIEWS * gw
    body += [f"<line x1='{x3:.1f}' y1='28' x2='{x3:.1f}' y2='{height - bottom}' "
             "stroke='#D55E00' stroke-dasharray='4 3'/>",
             _text(x3 + 4, 36, f"\u2192 at least {MIN_INTERVIEWS}: a first round", 10,
                   colour=RED),
             _text((width + left) / 2, height - 6, "interviews per student", 10, "middle",
                   "#6e6e73")]
    return _svg(width, height, "Interviews planned and logged", body)


def shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "\u2026"

