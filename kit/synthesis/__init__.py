"""Look for patterns in the interview log: saturation, repeated items, evidence, what next.

After each interview the learner logs which hypothesised jobs, pains and gains it confirmed
or contradicted, and what was new. This package reads that log and answers four questions.

**Is each interview still teaching us something?** An item is *mentioned* by an interview
when the interview confirms it, contradicts it or logs it as new. An item is **new** in an
interview when it was neither in the profile before the round nor heard in an earlier
interview. So confirming a hypothesis of the profile is never new; a new item is new in the
interview that logged it (a later interview that hears it again repeats it); and a profile
item added from an interview's new item (its ``origin``) is that same new item. Counting the
new items interview by interview gives the saturation curve: it falls when answers start to
repeat and become predictable, stays flat and high when every conversation is about
something different, and does not grow with the length of the profile.

**Has the round reached saturation?** Studies of qualitative interviews found that most of
the themes a study will ever find turn up within its first 6 to 12 interviews. Guest, Namey
and Chen (2020) turned this into a check that can be repeated as interviews come in: a
*base* (the first few interviews), a *run* (the latest few, tested for anything new) and a
*new-information threshold*. We use an adapted form: divide the new items of the last
``run_length`` interviews by the items *known* before them, that is the hypotheses the
earlier interviews confirmed or contradicted plus the new items they brought. At or below
the threshold (10 % by default), answers have become predictable.

**Is a pattern forming at all?** When few items come up in two or more interviews and the
new-item curve does not fall, answers diverge: the segment is probably too broad. The advice
is then to split it with more descriptors and interview again.

**How sure is that?** The course asks for 3-5 interviews, so from 3 on the advice is given
as a first reading, and firmer as interviews add up (:data:`CONFIDENCE`): *provisional* with
3-4 interviews (a shorter run, at least two interviews before it), *moderate* with 5-7
(the full check), *firm* with 8 or more.

:func:`analyse` returns a :class:`Synthesis` with the curve, the saturation numbers, every
item's *pattern strength* (the share of interviews that mention it) and one piece of advice
(:data:`ADVICE`) with its confidence, explained in plain words.

**What may the profile say?** One mention is an anecdote. :func:`weigh_evidence` gives,
for each profile item, the statuses the interviews allow (hypothesis always; validated with
at least two confirmations and more confirmations than contradictions; invalidated the
other way round) and the suggested one; :func:`apply_evidence` writes the suggestion into
the profile, but keeps a status the learner chose by hand, with a note, when the interviews
allow it. :func:`add_to_profile` adds an interview's new item to the profile.

**Where does the segment split?** When answers diverge, :func:`read_splits` looks at what each
interviewee is (``Contact.descriptors``) and finds the descriptors that set apart the people who
confirmed an item from the others, ranked, with how likely such a split is by chance alone
(:mod:`kit.synthesis.split`); :func:`resegment` carries one out: two sub-segments, the parent
kept as not targeted, the interviews assigned, the plan turned to the chosen one
(:mod:`kit.synthesis.resegment`). From then on each segment reads its own interviews
(:meth:`~kit.model.Workbook.interviews_of`): a sub-segment those assigned to it.

Interviews that mark no item (nothing confirmed, contradicted or new) are left out: they say
nothing about items. Interviews are taken in the order they were logged.
"""

from __future__ import annotations

from kit.synthesis._log import LogIndex, logged_interviews, mentioned
from kit.synthesis.analysis import (
    ADVICE,
    BASE_SIZE,
    CONFIDENCE,
    FIRM_FROM,
    FIRST_READING,
    FLAT_SHARE,
    MODERATE_FROM,
    REPEAT_SHARE_MIN,
    RUN_LENGTH,
    THRESHOLD,
    ItemPattern,
    Saturation,
    Synthesis,
    analyse,
    interview_marks,
)
from kit.synthesis.evidence import (
    MIN_EVIDENCE,
    ItemEvidence,
    add_to_profile,
    allowed_statuses,
    apply_evidence,
    suggested_evidence,
    suggested_status,
    weigh_evidence,
)
from kit.synthesis.resegment import Resegmented, SplitReading, read_splits, resegment
from kit.synthesis.split import Split, propose_splits

__all__ = [
    "ADVICE",
    "BASE_SIZE",
    "CONFIDENCE",
    "FIRM_FROM",
    "FIRST_READING",
    "FLAT_SHARE",
    "MIN_EVIDENCE",
    "MODERATE_FROM",
    "REPEAT_SHARE_MIN",
    "RUN_LENGTH",
    "THRESHOLD",
    "ItemEvidence",
    "ItemPattern",
    "LogIndex",
    "Resegmented",
    "Saturation",
    "Split",
    "SplitReading",
    "Synthesis",
    "add_to_profile",
    "allowed_statuses",
    "analyse",
    "apply_evidence",
    "interview_marks",
    "logged_interviews",
    "mentioned",
    "propose_splits",
    "read_splits",
    "resegment",
    "suggested_evidence",
    "suggested_status",
    "weigh_evidence",
]
