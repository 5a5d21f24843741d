"""Segment rules: specific, not 'everyone', targeted and neighbours with reasons."""

from __future__ import annotations

import re

from kit.checks.base import Feedback, _seg_where
from kit.model import Segment, Workbook

MIN_DESCRIPTORS = 3
MIN_FAMILIES = 2

_EVERYONE = re.compile(
    r"^\s*(?:all |any |the )?(?:everyone|everybody|anyone|anybody|people|persons|humans|"
    r"customers|consumers|users|companies|businesses|firms|organisations|organizations|"
    r"general public|the public|mass market|the world)\b"
    r"(?:\s+(?:who|that|with|in|of|everywhere|worldwide|in general))?", re.I)
# A descriptor that narrows nothing down ("everyone", "all ages"...), as the whole phrase.
_EVERYONE_WORDS = re.compile(r"\s*(?:everyone|everybody|anyone|anybody|all|any|all people|"
                             r"all ages|any age|all companies|all businesses|every company|"
                             r"every business|general public|the public|worldwide|global|"
                             r"no restriction|none|n/?a)\s*\.?\s*", re.I)
# A profile written from the product's side ("retro-fitted"): first person or the solution.
# Customers may say "we" and "our" about themselves (a firm's own cash, a team), and "the app"
# about a competitor: only *our* product, named or as "our/my app", marks a retro-fit.

def check_segment(segment: Segment) -> list[Feedback]:
    """Is the segment specific enough to find real people who match it?"""
    out: list[Feedback] = []
    where = _seg_where(segment)
    descriptors = segment.all_descriptors()
    families = segment.families_used()
    generic = _EVERYONE.match(segment.name.strip())
    if (generic and (generic.end() == len(segment.name.strip())
                     or len(descriptors) < MIN_DESCRIPTORS)) or any(
            _EVERYONE_WORDS.fullmatch(d) for _, d in descriptors):
        out.append(Feedback("problem", where, "This reads like 'everyone'. A segment that "
                            "includes everybody helps you find nobody: name the traits that set "
                            "these customers apart (age, place, habits, company size...).",
                            "segment-everyone"))
    if len(descriptors) < MIN_DESCRIPTORS or len(families) < MIN_FAMILIES:
        missing = MIN_DESCRIPTORS - len(descriptors)
        level = "problem" if not descriptors else "hint"
        need = []
        if missing > 0:
            need.append(f"{missing} more descriptor{'s' if missing > 1 else ''}")
        if len(families) < MIN_FAMILIES:
            need.append("descriptors from at least two families (for example demographic and "
                        "behavioural)")
        out.append(Feedback(level, where, f"Make the segment more specific: add "
                            f"{' and '.join(need)}. It has {len(descriptors)} descriptor(s) from "
                            f"{len(families)} famil{'y' if len(families) == 1 else 'ies'}.",
                            "segment-specific"))
    else:
        out.append(Feedback("ok", where, f"Specific: {len(descriptors)} descriptors from "
                            f"{len(families)} families ({', '.join(families)}).",
                            "segment-specific"))
    if segment.kind == "business" and "firmographic" not in families:
        out.append(Feedback("hint", where, "A business segment is easier to find with "
                            "firmographic descriptors: industry, company size, revenue, or the "
                            "buyer's role.", "segment-firmographic"))
    if segment.kind == "consumer" and "firmographic" in families:
        out.append(Feedback("hint", where, "Firmographic descriptors describe organisations. "
                            "If these customers are companies, set the customer kind to "
                            "'business'.", "segment-firmographic"))
    if segment.targeted:
        out.extend(_check_targeted_details(segment))
    if segment.targeted is not None and not segment.reason.strip():
        which = "serve" if segment.targeted else "leave aside"
        out.append(Feedback("hint", where, f"Say why you chose to {which} this segment: the "
                            "reason is what lets you re-segment quickly later.",
                            "segment-reason"))
    return out


def _check_targeted_details(segment: Segment) -> list[Feedback]:
    where = _seg_where(segment)
    out = []
    if segment.context.strip() and (segment.payer.strip() or segment.user.strip()):
        out.append(Feedback("ok", where, "Context and who pays / who uses are described.",
                            "segment-context"))
    else:
        out.append(Feedback("hint", where, "Describe the context in which they act as customers, "
                            "and who pays versus who uses (they are not always the same person: "
                            "a parent pays, a child uses).", "segment-context"))
    if segment.size is None:
        out.append(Feedback("hint", where, "Estimate how many customers the segment holds, even "
                            "roughly: size is one way to compare segments.", "segment-size"))
    else:
        out.append(Feedback("ok", where, f"Estimated size: {segment.size:,}.", "segment-size"))
    return out


def check_segment_pattern(wb: Workbook) -> list[Feedback]:
    """The business model's segment pattern (mass market, niche, segmented...)."""
    if wb.segment_pattern:
        return [Feedback("ok", "segments", f"Segment pattern: {wb.segment_pattern}.",
                         "segment-pattern")]
    return [Feedback("hint", "segments", "Which pattern fits your business model: mass market, "
                     "niche, segmented, diversified or multi-sided?", "segment-pattern")]


def check_start(wb: Workbook) -> list[Feedback]:
    """Lesson 00: the learner's name and the idea (current offering) are written down."""
    missing = [what for what, text in (("your name", wb.learner), ("your idea or the current "
                                        "offering", wb.offering)) if not text.strip()]
    if missing:
        return [Feedback("hint", "start", f"Fill in {' and '.join(missing)}.", "start")]
    return [Feedback("ok", "start", "Name and idea are written down.", "start")]


def check_answer(wb: Workbook, key: str, min_words: int = 12) -> list[Feedback]:
    """A free-text answer of at least ``min_words`` words."""
    words = len(wb.answers.get(key, "").split())
    rule = f"answer-{key}"
    if words >= min_words:
        return [Feedback("ok", f"answer '{key}'", f"Answered ({words} words).", rule)]
    level = "problem" if words == 0 else "hint"
    return [Feedback(level, f"answer '{key}'", f"Write at least {min_words} words "
                     f"(you have {words}).", rule)]


def check_segments(wb: Workbook) -> list[Feedback]:
    """Every segment, plus: targeted ones *and* non-targeted neighbours, each with a reason."""
    if not wb.segments:
        return [Feedback("problem", "segments", "Describe at least one customer segment: who "
                         "are the customers, before you think about the offering?",
                         "segments-present")]
    out = [f for s in wb.segments for f in check_segment(s)]
    targeted = [s for s in wb.segments if s.targeted]
    neighbours = [s for s in wb.segments if s.targeted is False]
    if not targeted:
        out.append(Feedback("problem", "segments", "Choose at least one segment to target "
                            "(mark it as targeted).", "segments-targeted"))
    if not neighbours:
        out.append(Feedback("hint", "segments", "Describe at least one neighbouring segment you "
                            "choose not to serve, with the reason. Knowing why you left it out "
                            "helps you re-segment quickly later.", "segments-non-targeted"))
    elif targeted and all(s.reason.strip() for s in [*targeted, *neighbours]):
        out.append(Feedback("ok", "segments", f"{len(targeted)} targeted and {len(neighbours)} "
                            "non-targeted segment(s), each with a reason.",
                            "segments-non-targeted"))
    return out


