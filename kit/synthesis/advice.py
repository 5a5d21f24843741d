"""The advice of :func:`kit.synthesis.analyse`, with how sure it is, in plain words."""

from __future__ import annotations

from kit.synthesis.analysis import (
    FIRM_FROM,
    FIRST_READING,
    FLAT_SHARE,
    MODERATE_FROM,
    REPEAT_SHARE_MIN,
    ItemPattern,
    Saturation,
)

__all__ = ["advise", "confidence_for"]


def confidence_for(n: int, sat: Saturation | None) -> str:
    """``"too early"``, ``"provisional"``, ``"moderate"`` or ``"firm"`` (see CONFIDENCE)."""
    if sat is None or n < FIRST_READING:
        return "too early"
    if not sat.full or n < MODERATE_FROM:
        return "provisional"
    return "moderate" if n < FIRM_FROM else "firm"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut after a whole word with "…" when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit - 1]
    return cut.rstrip(",.;:") + "…"


def _strongest(patterns: tuple[ItemPattern, ...], n: int) -> str:
    top = [p for p in patterns if p.mentions >= 2][:2]
    if not top:
        return ""
    parts = [f"\u201c{_short(p.text)}\u201d ({p.mentions} of {n})" for p in top]
    return " Strongest patterns so far: " + " and ".join(parts) + "."


def _how_sure(n: int, sat: Saturation, confidence: str, base_size: int,
              run_length: int) -> str:
    if confidence == "provisional":
        text = f" After {n} interviews this is a first reading, not a verdict."
        if not sat.full:
            need = base_size + run_length
            return text + (f" The full check compares your last "
                           f"{_count(run_length, 'interview')} with the {base_size} or more "
                           f"before them, so it needs {need}: log {need - n} more for a "
                           "firmer reading.")
        return text + f" Log {MODERATE_FROM - n} more ({MODERATE_FROM} in all) for a firmer one."
    if confidence == "moderate":
        return (f" After {n} interviews this reading is fairly sure (moderate confidence); "
                f"it becomes firm from {FIRM_FROM} interviews on.")
    return f" After {n} interviews this reading is firm."


def advise(n: int, new_per: list[int], sat: Saturation | None,
           patterns: tuple[ItemPattern, ...], base_size: int, run_length: int,
           confidence: str) -> tuple[str, str]:
    """One of ADVICE and its explanation, with the numbers behind it."""
    if sat is None:
        more = FIRST_READING - n
        have = "No interview is logged yet." if n == 0 else (
            f"You have logged {_count(n, 'interview')}.")
        return "continue", (
            f"{have} Log at least {more} more ({FIRST_READING} in all) before looking for "
            f"patterns: with fewer than {FIRST_READING}, one person's habits cannot be told "
            "apart from a pattern. For each interview, mark which jobs, pains and gains it "
            "confirmed or contradicted, and what was new." + _strongest(patterns, n))
    last = ("Your last interview" if sat.run_length == 1
            else f"Your last {sat.run_length} interviews")
    new_before = sat.known_before_run - sat.tested_before_run
    tested = sat.tested_before_run
    run = (f"{last} added {_count(sat.new_in_run, 'new item')} to the {sat.known_before_run} "
           f"you already had ({tested} {'hypothesis' if tested == 1 else 'hypotheses'} "
           f"tested, {_count(new_before, 'new item')} heard): {_percent(sat.ratio)}, ")
    sure = _how_sure(n, sat, confidence, base_size, run_length)
    if sat.reached:
        return "approaching saturation", (
            run + f"at or below the {_percent(sat.threshold)} threshold. Answers are becoming "
            "predictable: this round is nearly at its useful limit. Update your profile's "
            "evidence, then decide whether to stop or to test a new question." + sure
            + _strongest(patterns, n))
    heard = [p for p in patterns if p.mentions]
    repeated = sum(p.mentions >= 2 for p in heard)
    repeat_share = repeated / len(heard) if heard else 0.0
    b = min(base_size, n - sat.run_length)
    base_mean = sum(new_per[:b]) / b
    later_mean = sum(new_per[b:]) / (n - b)
    run += f"above the {_percent(sat.threshold)} threshold."
    if repeat_share < REPEAT_SHARE_MIN and later_mean >= FLAT_SHARE * base_mean:
        later = f"interview {b + 1}" if n == b + 1 else f"interviews {b + 1}–{n}"
        split = "Consider splitting" if confidence == "provisional" else "Split"
        return "re-segment", (
            run + f" Only {repeated} of {len(heard)} items ({_percent(repeat_share)}) came up "
            f"in more than one interview, and the curve is not falling: {later} still added "
            f"{later_mean:.1f} new items each, against {base_mean:.1f} in the first {b}. "
            "Answers diverge, so the segment is probably too broad: it mixes people who want "
            f"different things. {split} it into sub-segments with more descriptors (who they "
            "live with, how they live and work, what they already do and spend), pick one, "
            "and interview again: Exercise 5 of lesson 05 shows where your own interviews "
            "split." + sure)
    return "continue", (
        run + f" You are still hearing new things, and {repeated} of {len(heard)} items "
        f"({_percent(repeat_share)}) came up in more than one interview. Keep interviewing "
        "people from this segment and check again after the next interview." + sure
        + _strongest(patterns, n))
