"""How the persona card fits its text and finds its picture (private).

:mod:`kit.plots.persona` draws; this module decides what fits: lines wrapped, shrunk or cut with
"…" for the header, the quote and story, and the three columns, all in card units (points of an
A5 landscape sheet); and the persona's picture loaded as a square image, or ``None``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kit.export import top_items
from kit.model import DESCRIPTOR_FAMILIES, Persona, Segment
from kit.plots._layout import MAX_DRAWN_CHARS, FontStyle, clip, text_room, wrap_text

if TYPE_CHECKING:
    import numpy as np

__all__ = ["CARD_COLUMNS", "CARD_H", "CARD_MARGIN", "CARD_W", "descriptor_line", "fit_columns",
           "load_picture", "one_line", "quote_block", "wrap_items", "wrap_lines"]

# The card is laid out in points of an A5 landscape sheet; drawn larger or smaller, everything
# scales with it.
CARD_W, CARD_H = 595.0, 420.0
CARD_MARGIN = 18.0  # margin
# (kind, heading, strong colour, tint)
CARD_COLUMNS = (
    ("job", "Tries to get done", "#1f5fa8", "#eef4fb"),
    ("pain", "Top pains", "#b3261e", "#fcf0ef"),
    ("gain", "Top gains", "#2e7d32", "#eef7ef"),
)
_ELLIPSIS = "\u2026"
_QUOTE_LINES = 4
_NO_QUOTE = "No quote yet \u2014 add one from your interviews"


# --------------------------------------------------------------------------- text fitting


def wrap_lines(text: str, width: float, fs: float, *, style: FontStyle = "normal",
               weight: str = "normal", max_lines: int | None = None) -> list[str]:
    """``text`` wrapped to ``width`` points at ``fs``; past ``max_lines`` cut with "…"."""
    lines = wrap_text(text, width, fs, style, weight) if text.strip() else []
    if max_lines is None or len(lines) <= max_lines:
        return lines
    lines = lines[:max_lines]
    lines[-1] = _cut(lines[-1] + " " + _ELLIPSIS, width, fs, style, weight, force=True)
    return lines


def _cut(line: str, width: float, fs: float, style: FontStyle = "normal", weight: str = "normal", *,
         force: bool = False) -> str:
    """``line`` shortened (whole words first) until it and a trailing "…" fit in ``width``."""
    line = clip(line)
    if not force and text_room(line, fs, weight, style) <= width:
        return line
    body = line.removesuffix(_ELLIPSIS).rstrip()
    while body and text_room(body + _ELLIPSIS, fs, weight, style) > width:
        shorter = body.rsplit(" ", 1)[0] if " " in body else body[:-1]
        body = shorter.rstrip()
    return body.rstrip(" ,.;:\u00b7\u2014-") + _ELLIPSIS


def one_line(text: str, width: float, largest: float, smallest: float,
              weight: str = "normal", style: FontStyle = "normal") -> tuple[str, float]:
    """A single line: the largest font size (down to ``smallest``) that fits, else cut."""
    fs = largest
    while fs > smallest and text_room(text, fs, weight, style) > width:
        fs -= 0.5
    return _cut(text, width, fs, style, weight), fs



# --------------------------------------------------------------------------- the header


def descriptor_line(segment: Segment, width: float, fs: float, max_lines: int) -> list[str]:
    """As many whole descriptors as fit on ``max_lines`` lines, then "+N more"."""
    phrases = [" ".join(d.split()) for f in DESCRIPTOR_FAMILIES for d in segment.descriptors[f]
               if d.strip()]
    if not phrases:
        return ["No descriptors yet"]
    sep = " \u00b7 "

    def attempt(shown: int) -> list[str] | None:
        more = len(phrases) - shown
        lines = wrap_lines(sep.join(phrases[:shown]) + (f"{sep}+{more} more" if more else ""),
                       width, fs)
        return lines if len(lines) <= max_lines else None

    # at most what a drawn text can hold (the rest would be cut with "…", "+N more" with it)
    cap, used = 0, 0
    for phrase in phrases:
        used += len(phrase) + len(sep)
        if used > MAX_DRAWN_CHARS - 20:
            break
        cap += 1
    best, lo, hi = None, 1, max(cap, 1)  # the most phrases that fit, by bisection
    while lo <= hi:
        mid = (lo + hi) // 2
        lines = attempt(mid)
        if lines is None:
            hi = mid - 1
        else:
            best, lo = lines, mid + 1
    if best is not None:
        return best
    return wrap_lines(phrases[0] + f"{sep}+{len(phrases) - 1} more", width, fs, max_lines=max_lines)



# --------------------------------------------------------------------------- quote and story


def quote_block(persona: Persona, width: float, height: float) -> tuple[float, float,
                                                                          list[str], list[str]]:
    """Font sizes and lines for the quote and the story that fit in ``width`` × ``height``:
    the largest quote (at most 4 lines) that leaves room for the whole story; else both at
    their smallest, the quote cut to leave the story at least two lines, the story cut too."""
    quote, story = " ".join(persona.quote.split()), " ".join(persona.story.split())
    text = f"\u201c{quote}\u201d" if quote else _NO_QUOTE
    gap = 6.0 if story else 0.0
    for step in range(13):  # the quote from 17 down to 11 points
        qfs = 17.0 - 0.5 * step
        q_lines = wrap_lines(text, width, qfs, style="italic")
        if len(q_lines) > _QUOTE_LINES:
            continue
        room = height - 1.25 * qfs * len(q_lines) - gap
        for sfs in (9.0, 8.5, 8.0, 7.5):
            s_lines = wrap_lines(story, width, sfs)
            if 1.3 * sfs * len(s_lines) <= room:
                return qfs, sfs, q_lines, s_lines
    qfs, sfs = 11.0, 7.5
    s_lines = wrap_lines(story, width, sfs)
    keep = 1.3 * sfs * min(2, len(s_lines)) + gap
    max_q = max(1, min(_QUOTE_LINES, int((height - keep) // (1.25 * qfs))))
    q_lines = wrap_lines(text, width, qfs, style="italic", max_lines=max_q)
    max_s = int((height - 1.25 * qfs * len(q_lines) - gap) // (1.3 * sfs))
    s_lines = wrap_lines(story, width, sfs, max_lines=max_s) if max_s > 0 else []
    return qfs, sfs, q_lines, s_lines



# --------------------------------------------------------------------------- the columns


def wrap_items(items: list[Any], width: float, fs: float,
                max_lines: int | None) -> tuple[list[list[str]], float]:
    """Wrapped lines of each item, and the height they take (without the heading)."""
    wrapped = [wrap_lines(" ".join(i.text.split()), width - _check_room(i, fs), fs,
                      max_lines=max_lines) for i in items]
    lines = sum(len(w) for w in wrapped) or 1
    return wrapped, 1.3 * fs * lines + 0.7 * fs * max(0, len(items) - 1)


def _check_room(item: Any, fs: float) -> float:
    """Room kept at the end of the last line for the validated check."""
    return 1.6 * fs if item.evidence == "validated" else 0.0


def fit_columns(segment: Segment, room: float) -> tuple[float, int | None, float]:
    """Font size, line limit per item and height of the three columns, at most ``room``."""
    width = (CARD_W - 2 * CARD_MARGIN - 20.0) / 3
    kinds = [top_items(segment, k) for k, *_ in CARD_COLUMNS]

    def height(fs: float, max_lines: int | None) -> float:
        body = max(wrap_items(items, width - 24.0 - 1.9 * fs, fs, max_lines)[1]
                   for items in kinds)
        return 12.0 + 1.65 * 11.5 + body + 12.0

    fs = 10.0
    while fs > 7.0 and height(fs, None) > room:
        fs -= 0.25
    max_lines: int | None = None
    while height(fs, max_lines) > room and (max_lines is None or max_lines > 1):
        longest = max((len(w) for items in kinds for w in wrap_items(
            items, width - 24.0 - 1.9 * fs, fs, None)[0]), default=1)
        max_lines = (longest if max_lines is None else max_lines) - 1
    return fs, max_lines, min(room, max(height(fs, max_lines), 118.0))



# --------------------------------------------------------------------------- the picture


def load_picture(picture: str, base: Path | None) -> np.ndarray | None:
    """The persona's picture as a square image array, or ``None`` when there is none or it
    cannot be read (a missing file, not an image …): the card then shows the initials."""
    if not picture.strip():
        return None
    try:
        path = Path(picture.strip()).expanduser()
        candidates = [path] if path.is_absolute() or base is None else [base / path, path]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            return None
        from matplotlib.image import imread

        image = imread(found)
        if image.ndim not in (2, 3) or min(image.shape[:2]) < 2:
            return None
        height, width = image.shape[:2]  # the centre square, then at most ~600 pixels across
        side = min(height, width)
        top, left = (height - side) // 2, (width - side) // 2
        step = max(1, side // 600)
        return image[top:top + side:step, left:left + side:step]
    except Exception:  # a card is never refused because of its picture
        return None
