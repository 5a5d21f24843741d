"""Feedback rules: pure functions from the model to a list of :class:`Feedback` items.

The same rules feed the learner's "Check my work" button, the lesson progress bar, the
autograder's tests and the instructor's dashboard: one rule, one place. Each item has a level
(``ok``, ``hint`` or ``problem``), says where (``"segment 'Busy parents' › pains"``), names the
rule, and explains in plain words what to do.
"""

from __future__ import annotations

from kit.checks.answers import check_answer
from kit.checks.base import LEVELS, Feedback, passed, summary
from kit.checks.interviews import MIN_INTERVIEWS, check_evidence, check_interviews, check_persona
from kit.checks.plan import (
    MAX_CONTACTS,
    MAX_QUESTIONS,
    MIN_CONTACTS,
    MIN_QUESTIONS,
    check_contacts,
    check_plan,
    check_questions,
)
from kit.checks.profile import MIN_ITEMS, check_profile
from kit.checks.resegment import ResegmentStatus, check_resegment, resegment_status
from kit.checks.segments import (
    MIN_DESCRIPTORS,
    check_segment,
    check_segment_pattern,
    check_segments,
    check_start,
)
from kit.model import Workbook

__all__ = [
    "LEVELS",
    "MAX_CONTACTS",
    "MAX_QUESTIONS",
    "MIN_CONTACTS",
    "MIN_DESCRIPTORS",
    "MIN_INTERVIEWS",
    "MIN_ITEMS",
    "MIN_QUESTIONS",
    "Feedback",
    "ResegmentStatus",
    "check_answer",
    "check_contacts",
    "check_evidence",
    "check_interviews",
    "check_persona",
    "check_plan",
    "check_profile",
    "check_questions",
    "check_resegment",
    "check_segment",
    "check_segment_pattern",
    "check_segments",
    "check_start",
    "check_workbook",
    "passed",
    "resegment_status",
    "summary",
]


def check_workbook(wb: Workbook) -> list[Feedback]:
    """Every rule on the whole workbook, in the order of the path."""
    out = check_start(wb) + check_segments(wb)
    if wb.segments:
        out.extend(check_segment_pattern(wb))
    for segment in wb.targeted_segments or wb.segments[:1]:
        out.extend(check_profile(segment, wb.offering, others=wb.segments))
    if wb.plan.contacts or wb.plan.questions or wb.plan.learning_goal:
        out.extend(check_plan(wb))
    if wb.interviews:
        out.extend(check_interviews(wb))
        out.extend(check_resegment(wb))
    if wb.persona.name or wb.persona.segment:
        out.extend(check_persona(wb))
    return out
