"""Free-text answers: long enough, in the learner's own words, and about the learner's own work.

A generic answer ("We chose this segment because it has the most potential for our business")
can be written without having done anything. Each exercise's answer must show the work it is
about: the segment it explains, two segments compared, a decision backed by a number, a
review planned for a time. What each one looks for is in :data:`ASKS`, and the lessons say it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kit.checks.base import Feedback
from kit.checks.text import copied_sentences, stems, text_problem, words
from kit.model import Segment, Workbook

__all__ = ["ASKS", "check_answer"]

_DECISION = re.compile(r"\b(?:stop\w*|carry on|continu\w*|keep (?:going|interviewing)|"
                       r"re-?segment\w*|split\w*|narrow\w*|pivot\w*|parar|paramos|seguir|"
                       r"seguimos|continuar|continuamos|resegment\w*|dividir|dividimos)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"half|none|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
                     r"ninguno|ninguna|mitad)\b", re.I)
_WHEN = re.compile(r"\d|\b(?:every|each|after|before|weekly|monthly|week|weeks|month|months|"
                   r"round|rounds|interviews?|sprint|quarter|cada|después|antes|semana\w*|"
                   r"mes|meses|ronda\w*|entrevistas?)\b", re.I)


def _vocab(segment: Segment) -> set[str]:
    return stems([segment.name, segment.context, segment.reason,
                   *(d for _, d in segment.all_descriptors()),
                   *(i.text for i in segment.profile.all_items())])


def _names_segment(wb: Workbook, text: str, at_least: int) -> str:
    """"" when ``text`` talks about ``at_least`` of the learner's segments; else what to add."""
    said = stems([text])
    touched = [s for s in wb.segments if said & _vocab(s)]
    if len(touched) >= at_least:
        return ""
    if at_least == 1:
        return ("say which of your segments it is about and what about it made you choose it "
                "(its descriptors, the pains it feels, its size)")
    return ("name the two segments you compare and what differs in their pains and gains, in "
            "the words of your profiles")


#: What each exercise's answer must show: key -> (what it needs, a test returning what is
#: missing, "" when nothing is).
ASKS: dict[str, tuple[str, Callable[[Workbook, str], str]]] = {
    "02-why-this-segment": ("your chosen segment", lambda wb, t: _names_segment(wb, t, 1)),
    "03-compare-segments": ("two of your segments", lambda wb, t: _names_segment(wb, t, 2)),
    "05-what-next": ("a decision with a number", lambda wb, t: "" if (
        _DECISION.search(t) and _NUMBER.search(t)) else (
        "say which decision you take (stop this round, carry on, or re-segment) and give at "
        "least one number from your synthesis (new items per interview, 'came up in 4 of 5')")),
    "06-review-plan": ("when you will review", lambda wb, t: "" if _WHEN.search(t) else (
        "say when you will review the canvas (after every five interviews, each week...)")),
}


def check_answer(wb: Workbook, key: str, min_words: int = 12) -> list[Feedback]:
    """A free-text answer of at least ``min_words`` real words, in the learner's own words,
    showing what the exercise asks for (:data:`ASKS`)."""
    text = wb.answers.get(key, "")
    rule, where = f"answer-{key}", f"answer '{key}'"
    problem = text_problem(text, what="an answer", min_words=min_words)
    if problem is not None:
        level = "problem" if problem.code in ("empty", "filler") else "hint"
        message = (f"Write at least {min_words} words (you have 0)." if problem.code == "empty"
                   else problem.message)
        return [Feedback(level, where, message, rule)]
    source = copied_sentences(text)
    if source:
        return [Feedback("problem", where, f"This answer is copied from {source}: write your "
                         "own, about your own segments and numbers.", rule)]
    ask = ASKS.get(key)
    missing = ask[1](wb, text) if ask else ""
    if missing:
        return [Feedback("hint", where, f"The answer could be about anyone's work: {missing}.",
                         rule)]
    return [Feedback("ok", where, f"Answered ({len(words(text))} words)"
                     + (f", about {ask[0]}." if ask else "."), rule)]
