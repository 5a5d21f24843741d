"""Rules for getting out of the building: interviews logged, evidence updated, the persona."""

from __future__ import annotations

from kit.checks.base import Feedback
from kit.model import Workbook

MIN_INTERVIEWS = 3


def _logged(wb: Workbook) -> list:
    """Interviews with something in them (an item marked, a new item, a quote or notes)."""
    return [i for i in wb.interviews if i.confirmed or i.contradicted or i.new_items
            or i.quotes or i.notes.strip()]


def check_interviews(wb: Workbook) -> list[Feedback]:
    """At least 3 interviews logged, each with a contact and date; something new noticed."""
    logged = _logged(wb)
    n = len(logged)
    out: list[Feedback] = []
    if n < MIN_INTERVIEWS:
        out.append(Feedback("problem" if n == 0 else "hint", "interviews", f"Log at least "
                            f"{MIN_INTERVIEWS} interviews (you have {n}): one conversation is an "
                            "anecdote, three start to show a pattern.", "interviews-count"))
    else:
        out.append(Feedback("ok", "interviews", f"{n} interviews logged.", "interviews-count"))
    for number, interview in enumerate(wb.interviews, 1):
        missing = [what for what, value in (("who you talked to", interview.contact.strip()),
                                            ("the date", interview.date)) if not value]
        if missing:
            out.append(Feedback("hint", f"interview {number}", f"Add {' and '.join(missing)}.",
                                "interview-details"))
    if n:
        if any(i.new_items for i in logged):
            out.append(Feedback("ok", "interviews", "You noted things you did not expect.",
                                "interviews-new"))
        else:
            out.append(Feedback("hint", "interviews", "Nothing new in any interview? Listen for "
                                "jobs, pains and gains you did not expect, and log them as new "
                                "items: they are often the most valuable finding.",
                                "interviews-new"))
        out.extend(check_evidence(wb))
    return out


def check_evidence(wb: Workbook) -> list[Feedback]:
    """The profile's evidence status follows what the interviews said."""
    from kit.synthesis import suggested_evidence

    suggested = suggested_evidence(wb)
    if not suggested:
        return [Feedback("hint", "interviews", "Mark which of your hypothesised jobs, pains and "
                         "gains each interview confirmed or contradicted.", "interviews-evidence")]
    stale = []
    for item_id, status in suggested.items():
        found = wb.find_item(item_id)
        if found and found[1].evidence != status:
            stale.append((found[1], status))
    if stale:
        item, status = stale[0]
        return [Feedback("hint", "profile", f"Update the evidence: the interviews say "
                         f"\u201c{item.text}\u201d is {status}, the profile still says "
                         f"{item.evidence} ({len(stale)} item(s) to update).",
                         "interviews-evidence")]
    return [Feedback("ok", "profile", f"The profile's evidence follows the interviews "
                     f"({len(suggested)} item(s) tested).", "interviews-evidence")]


def check_persona(wb: Workbook) -> list[Feedback]:
    """A persona concrete enough to pin on a wall, for a segment with a profile."""
    p = wb.persona
    segment = next((s for s in wb.segments if s.id == p.segment), None)
    missing = []
    if segment is None:
        missing.append("the segment it stands for")
    if not p.name.strip():
        missing.append("a name")
    details = [d for d in (p.age, p.location, p.occupation) if d.strip()]
    if len(details) < 2:
        missing.append("at least two of age, where they live and what they do")
    if not p.quote.strip():
        missing.append("a quote in their words")
    if segment is not None and not segment.profile.all_items():
        missing.append("a customer profile for its segment (lesson 03)")
    if missing:
        level = "problem" if not (p.name.strip() or p.quote.strip()) else "hint"
        return [Feedback(level, "persona", f"Give the persona {', '.join(missing)}.",
                         "persona-complete")]
    return [Feedback("ok", "persona", f"{p.name} stands for '{segment.name}'.",
                     "persona-complete")]
