"""Evidence rules: the profile's evidence says no more than the interviews do.

One mention is an anecdote. An item may be *validated* only when at least two interviews
confirmed it and more confirmed it than contradicted it; *invalidated* only when at least
two contradicted it and more contradicted it than confirmed it; and it may always stay a
*hypothesis* (see :func:`kit.synthesis.allowed_statuses`). Only a status the interviews do
not allow is flagged: the learner's own choice, when the evidence allows it, costs nothing.
"""

from __future__ import annotations

from kit.checks.base import Feedback, quoted
from kit.model import Workbook

__all__ = ["check_evidence"]

RULE = "interviews-evidence"
#: Items flagged one by one; the rest are counted in one more message.
MAX_FLAGGED = 5
_BUTTON = "\u201cUpdate the profile's evidence from the interviews\u201d (lesson 05)"


def _said(confirmed: int, contradicted: int, n: int) -> str:
    """What the interviews say, in plain words: "2 of 4 interviews confirmed it and 1
    contradicted it"."""
    if not n:
        return "no interview logged so far mentions it"
    if not confirmed and not contradicted:
        return f"none of the {n} interviews mentioned it"
    yes = f"{confirmed} of {n} interviews confirmed it" if confirmed else (
        f"none of the {n} interviews confirmed it")
    no = f"{contradicted} contradicted it" if contradicted else "none contradicted it"
    return f"{yes} and {no}"


def _flag(e) -> Feedback:
    where = f"segment '{e.segment.strip() or '(unnamed)'}' › {e.kind} {e.rank}"
    said = _said(e.confirmed, e.contradicted, e.interviews)
    if e.status == "validated":
        why = ("Validated needs at least 2 interviews that confirmed it, and more that "
               "confirmed it than contradicted it: one mention is an anecdote.")
        if e.contradicted >= e.confirmed and e.contradicted:
            why = ("More interviews contradicted it than confirmed it (or as many), so it is "
                   "not validated.")
    else:
        why = ("Invalidated needs at least 2 interviews that contradicted it, and more that "
               "contradicted it than confirmed it: one mention is an anecdote.")
        if e.confirmed >= e.contradicted and e.confirmed:
            why = ("More interviews confirmed it than contradicted it (or as many), so it is "
                   "not invalidated.")
    to = e.suggested
    todo = (f"Set it to {to}" + (" (the interviews allow that)" if to != "hypothesis" else "")
            + f", or press {_BUTTON}. Keeping it as a hypothesis is never wrong; log more "
            "interviews if you want to settle it.")
    return Feedback("hint", where, f"{quoted(e.text)} is marked {e.status}, but {said}. {why} "
                    f"{todo}", RULE)


def check_evidence(wb: Workbook) -> list[Feedback]:
    """The profile's evidence says no more than the interviews do (hints name each item)."""
    from kit.synthesis import weigh_evidence

    weighed = weigh_evidence(wb)
    flagged = [e for e in weighed if not e.followed]
    if flagged:
        out = [_flag(e) for e in flagged[:MAX_FLAGGED]]
        if len(flagged) > MAX_FLAGGED:
            more = len(flagged) - MAX_FLAGGED
            out.append(Feedback("hint", "profile", f"\u2026 and {more} more item(s) whose "
                                "status the interviews do not back: press " + _BUTTON + ".",
                                RULE))
        return out
    tested = [e for e in weighed if e.mentioned]
    if not tested:
        return [Feedback("hint", "interviews", "Mark which of your hypothesised jobs, pains "
                         "and gains each interview confirmed or contradicted: the evidence of "
                         "your profile comes from those marks.", RULE)]
    n = tested[0].interviews
    validated = sum(e.status == "validated" for e in tested)
    invalidated = sum(e.status == "invalidated" for e in tested)
    if not validated and not invalidated:
        could = [e for e in tested if e.suggested != "hypothesis"]
        if not could:
            return [Feedback("ok", "profile", f"Every item your {n} interviews mention is "
                             "still a hypothesis, which is right: none has been confirmed, "
                             "or contradicted, by 2 interviews or more yet (one mention is an "
                             "anecdote).", RULE)]
    message = (f"The profile's evidence follows the interviews: of the {len(tested)} item(s) "
               f"they mention, {validated} validated, {invalidated} invalidated and "
               f"{len(tested) - validated - invalidated} still hypotheses.")
    could = [e for e in tested if e.status == "hypothesis" and e.suggested != "hypothesis"]
    if could:
        e = could[0]
        others = (f" {len(could) - 1} more item(s) could change too." if len(could) > 1
                  else "")
        message += (f" The interviews would allow {quoted(e.text)} to be marked {e.suggested}: "
                    f"{_said(e.confirmed, e.contradicted, n)}.{others} Keeping an item as a "
                    "hypothesis is fine too.")
    return [Feedback("ok", "profile", message, RULE)]
