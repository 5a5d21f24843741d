"""Re-segmenting, judged on substance: a split the interviews back, not fields filled in.

When the answers of a round diverge (the synthesis advises "re-segment"), the segment is
probably too broad, and the interviews can say where it breaks
(:func:`kit.synthesis.resegment.read_splits`). A learner who re-segments (exercise 5 of
lesson 05) is judged on what the workbook shows:

- **on evidence**: the interviewees whose interviews are assigned to one sub-segment, and
  those assigned to the other, are exactly the two sides of a split that the parent's log
  proposes (either way round). A split the interviews do not back is not on evidence, however
  well its fields are filled in;
- **a real criterion**: the deciding descriptor is a phrase you could find people by, not a
  placeholder, and not another split's descriptor;
- **the parent kept**: the segment that was split stays, not targeted, with a reason that
  gives a cause (it is the record of the first round);
- **the next round planned**: the interview plan is about the chosen sub-segment, and at
  least :data:`MIN_NEXT_CONTACTS` planned contacts, not yet interviewed, have its criterion
  among their descriptors (for the "other" side, whose criterion is "not: X", contacts who
  are described and do not have X).

Keeping the segment while the lead is weak is allowed: a learner who has not re-segmented
only gets hints, never a problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kit.checks.base import Feedback, quoted, segment_where
from kit.checks.plan import real_contacts
from kit.checks.segments import MIN_REASON_WORDS
from kit.checks.text import text_problem
from kit.model import Segment, Workbook, phrase_key
from kit.synthesis.resegment import SplitReading, interviewee_key, read_splits
from kit.synthesis.split import Split

__all__ = ["MIN_NEXT_CONTACTS", "RULES", "ResegmentStatus", "check_resegment",
           "resegment_status"]

#: Planned contacts the next round needs, at least (two people before a pattern can show).
MIN_NEXT_CONTACTS = 2
#: The rules :func:`check_resegment` gives feedback under.
LEAD, EVIDENCE, CRITERION, PARENT, NEXT_ROUND = (
    "resegment-lead", "resegment-evidence", "resegment-criterion", "resegment-parent",
    "resegment-next-round")
RULES = (LEAD, EVIDENCE, CRITERION, PARENT, NEXT_ROUND)
_LEVELS = {EVIDENCE: "problem", CRITERION: "problem", PARENT: "hint", NEXT_ROUND: "hint"}
_WHERE_SPLIT = "exercise 5 of lesson 05"
_NOT = "not:"


@dataclass(frozen=True)
class ResegmentStatus:
    """Whether, and how well, the learner re-segmented (:func:`resegment_status`).

    ``criterion``: the deciding descriptor (the first sub-segment's, the one not starting
    with "not:"); ``sub_segments``: the names of the segments split from ``parent``;
    ``chosen``: the one the interview plan is about ("" when none); ``advice``: the
    synthesis's advice on the parent's whole log; ``split``: the proposed split the
    interviews' assignment matches (``on_evidence``), else the nearest one; ``inside`` and
    ``outside``: who was assigned to each side (names); ``planned``: the planned contacts
    counted for the next round; ``problems``: what is wrong, in plain words (and
    ``problem_rules`` the rule of each, one of :data:`RULES`).
    """

    resegmented: bool
    parent: str = ""
    criterion: str = ""
    sub_segments: tuple[str, ...] = ()
    chosen: str = ""
    advice: str = ""
    on_evidence: bool = False
    split: Split | None = None
    split_said: str = ""
    inside: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    criterion_ok: bool = False
    parent_kept: bool = False
    next_round: bool = False
    planned: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())
    problem_rules: tuple[str, ...] = field(default=())  # the rule of each problem

    @property
    def good(self) -> bool:
        """Re-segmented on evidence, on a real criterion, the parent kept with its reason and
        the next round planned."""
        return (self.resegmented and self.on_evidence and self.criterion_ok
                and self.parent_kept and self.next_round)


def _split_parent(wb: Workbook) -> tuple[Segment | None, Segment | None]:
    """(the parent of the latest split, the sub-segment the plan is about or None)."""
    plan = wb.plan_segment
    if plan is not None and plan.parent:
        parent = next((s for s in wb.segments if s.id == plan.parent), None)
        if parent is not None:
            return parent, plan
    split_from = {o.parent for o in wb.segments if o.parent}
    parents = [s for s in wb.segments if s.id in split_from]
    if not parents:
        return None, None
    latest = max(parents, key=lambda p: max(i for i, o in enumerate(wb.segments)
                                             if o.parent == p.id))
    return latest, None


def _advice(wb: Workbook, segment: Segment | None) -> str:
    from kit.synthesis import analyse

    try:
        return analyse(wb, segment=segment).advice
    except Exception:  # an odd log gives no advice, never a crash in "Check my work"
        return ""


def _names(reading: SplitReading, keys: Iterable[str]) -> tuple[str, ...]:
    names = reading.names()
    return tuple(sorted(names.get(k, k) for k in keys))


def _matching(reading: SplitReading, a: set[str], b: set[str]) -> tuple[Split | None, bool]:
    """The proposed split whose sides are ``a`` and ``b`` (either way round), and True; else
    the nearest proposal (fewest people on the wrong side) and False."""
    best, wrong = None, -1
    for split in reading.splits:
        inside, outside = set(split.inside), set(split.outside)
        if {frozenset(a), frozenset(b)} == {frozenset(inside), frozenset(outside)}:
            return split, True
        off = min(len(a ^ inside) + len(b ^ outside), len(a ^ outside) + len(b ^ inside))
        if best is None or off < wrong:
            best, wrong = split, off
    return best, False


def _evidence_problem(reading: SplitReading, split: Split | None, a: set[str], b: set[str],
                      names: tuple[str, str]) -> str:
    who = reading.names()
    if not a or not b:
        empty = names[0] if not a else names[1]
        return (f"No interview is assigned to {quoted(empty)}: a split on evidence puts each "
                "interviewee on the side the interviews show.")
    if split is None:
        return ("Your interviews do not back any split: no descriptor separates the people "
                "who confirmed an item from the others. Describe your interviewees (what each "
                "one is), or interview more people, before you re-segment.")
    flip = len(a ^ set(split.inside)) > len(a ^ set(split.outside))
    side_a, side_b = (split.outside, split.inside) if flip else (split.inside, split.outside)
    misplaced = sorted(who.get(k, k) for k in (a - set(side_a)) | (b - set(side_b)))
    missing = sorted(who.get(k, k) for k in (set(side_a) | set(side_b)) - a - b)
    parts = []
    if misplaced:
        parts.append(f"{', '.join(misplaced)} {'is' if len(misplaced) == 1 else 'are'} on "
                     "the wrong side")
    if missing:
        parts.append(f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} on "
                     "neither side")
    inside = ", ".join(_names(reading, split.inside))
    return (f"The split is not the one your interviews show: {' and '.join(parts)}. "
            f"The interviews split on {quoted(split.descriptor)}: {inside} on one side, "
            "everyone else on the other.")


def _interviewed(wb: Workbook) -> set[str]:
    index = wb.plan.contacts_by_ref()
    return {interviewee_key(index, i) for i in wb.interviews}


def _next_round(wb: Workbook, chosen: Segment | None) -> tuple[str, ...]:
    """The real planned contacts, not yet interviewed, who match the chosen criterion."""
    if chosen is None or not chosen.criterion.strip():
        return ()
    want = phrase_key(chosen.criterion)
    negated = want.startswith(_NOT)
    if negated:
        want = phrase_key(want[len(_NOT):])
    done = _interviewed(wb)
    out = []
    for c in real_contacts(wb.plan):
        if c.status != "planned" or c.id in done or c.alias.strip().lower() in done:
            continue
        has = {phrase_key(d) for _, d in c.all_descriptors()}
        if (has and want not in has) if negated else want in has:
            out.append(c.alias)
    return tuple(out)


def resegment_status(wb: Workbook) -> ResegmentStatus:
    """Whether the learner re-segmented, on what, and whether the work holds (pure)."""
    parent, chosen = _split_parent(wb)
    if parent is None:
        return ResegmentStatus(False, advice=_advice(wb, None))
    children = [s for s in wb.segments if s.parent == parent.id]
    first = next((c for c in children if not phrase_key(c.criterion).startswith(_NOT)),
                 children[0])
    criterion = " ".join(first.criterion.split()) or " ".join(
        (chosen.criterion if chosen is not None else "").split())
    problems: list[tuple[str, str]] = []
    reading = read_splits(wb, parent)
    index = wb.plan.contacts_by_ref()
    counted = {p.key for p in reading.interviewees}
    sides = [{interviewee_key(index, i) for i in wb.interviews_of(c)} & counted
             for c in children[:2]]
    split, on_evidence = (None, False)
    if len(children) < 2:
        problems.append((EVIDENCE, f"{quoted(parent.name)} has {len(children)} sub-segment: "
                         "a split makes two, one on each side of the criterion."))
        sides += [set()] * (2 - len(sides))
    else:
        split, on_evidence = _matching(reading, sides[0], sides[1])
        if not on_evidence:
            problems.append((EVIDENCE, _evidence_problem(
                reading, split, sides[0], sides[1], (children[0].name, children[1].name))))
    criterion_ok = _criterion_ok(criterion, split, on_evidence, reading, problems)
    reason = text_problem(parent.reason, what="a reason", min_words=MIN_REASON_WORDS)
    parent_kept = parent.targeted is False and reason is None
    if parent.targeted is not False:
        problems.append((PARENT, f"{quoted(parent.name)} is still "
                         f"{'targeted' if parent.targeted else 'undecided'}: keep it as a "
                         "segment you do not target, with the reason (it was too broad), as "
                         "the record of the first round."))
    elif reason is not None:
        problems.append((PARENT, f"{quoted(parent.name)} is not targeted, but its reason is "
                         f"not one: {reason.message} Say why it was left aside (the answers "
                         "split on the criterion)."))
    planned = _next_round(wb, chosen)
    next_round = chosen is not None and len(planned) >= MIN_NEXT_CONTACTS
    if chosen is None:
        problems.append((NEXT_ROUND, "The interview plan is not about either sub-segment: "
                         "choose the one the next round is for."))
    elif not next_round:
        problems.append((NEXT_ROUND, f"Plan the next round for {quoted(chosen.name)}: at "
                         f"least {MIN_NEXT_CONTACTS} new contacts (status planned) who have "
                         f"{quoted(chosen.criterion)} among what they are (you have "
                         f"{len(planned)})."))
    names = reading.names()
    return ResegmentStatus(
        True, parent=parent.name, criterion=criterion,
        sub_segments=tuple(c.name for c in children), chosen=chosen.name if chosen else "",
        advice=_advice(wb, parent), on_evidence=on_evidence, split=split,
        split_said=split.said(reading.items) if split is not None else "",
        inside=tuple(sorted(names.get(k, k) for k in sides[0])),
        outside=tuple(sorted(names.get(k, k) for k in sides[1])),
        criterion_ok=criterion_ok, parent_kept=parent_kept, next_round=next_round,
        planned=planned, problems=tuple(p for _, p in problems),
        problem_rules=tuple(r for r, _ in problems))


def _criterion_ok(criterion: str, split: Split | None, on_evidence: bool,
                  reading: SplitReading, problems: list[tuple[str, str]]) -> bool:
    """A real descriptor, and not the descriptor of other people than the split's."""
    problem = text_problem(criterion, what="a criterion", min_words=2)
    if problem is not None:
        problems.append((CRITERION, f"The criterion is not a descriptor: {problem.message} "
                         "Name what sets one sub-segment apart, something you could find "
                         "people by."))
        return False
    if split is not None and on_evidence:
        same = {phrase_key(d) for d in (split.descriptor, *split.also, *split.others)}
        described = {phrase_key(d) for p in reading.interviewees for d in p.descriptors}
        if phrase_key(criterion) in described and phrase_key(criterion) not in same:
            problems.append((CRITERION, f"The criterion {quoted(criterion)} is not what sets "
                             f"these interviewees apart: they split on "
                             f"{quoted(split.descriptor)}."))
            return False
    return True


def check_resegment(wb: Workbook) -> list[Feedback]:
    """Feedback on a re-segmentation (or, when the answers diverge, on the split to make)."""
    status = resegment_status(wb)
    if status.resegmented:
        return _judged(wb, status)
    if status.advice != "re-segment":
        return []
    reading = read_splits(wb)
    where = "interviews › where the segment splits"
    if reading.splits:
        best = reading.splits[0]
        return [Feedback("hint", where, f"Your answers diverge, and the interviews show where "
                         f"the segment may split: {reading.said(best)} It is "
                         f"{best.strength}: you may re-segment on it ({_WHERE_SPLIT}) and test "
                         "it in the next round, or keep the segment and interview more people.",
                         LEAD)]
    if reading.undescribed:
        who = ", ".join(reading.undescribed)
        return [Feedback("hint", where, f"Your answers diverge, but {len(reading.undescribed)} "
                         f"interviewee(s) have no descriptor recorded ({who}): tick what each "
                         "of them is in the plan (age, who they live with, how they work, what "
                         "they already do), so the kit can show where the segment splits.",
                         LEAD)]
    return [Feedback("hint", where, f"Your answers diverge. {reading.message}",
                     LEAD)]


def _judged(wb: Workbook, s: ResegmentStatus) -> list[Feedback]:
    parent = next((x for x in wb.segments if x.name == s.parent), None)
    where = segment_where(parent) if parent is not None else "segments"
    out: list[Feedback] = []
    for rule, problem in zip(s.problem_rules, s.problems, strict=True):
        fix = f" Redo the split in {_WHERE_SPLIT}." if _LEVELS[rule] == "problem" else ""
        out.append(Feedback(_LEVELS[rule], where, problem + fix, rule))
    if s.good and s.split is not None:
        out.append(Feedback(
            "ok", where, f"Re-segmented on {quoted(s.criterion)}, on evidence: "
            f"{', '.join(s.inside)} on one side, {', '.join(s.outside)} on the other, as the "
            f"interviews split ({s.split.strength} with {s.split.interviews} interviews). The "
            f"next round is planned for {quoted(s.chosen)} with {len(s.planned)} contacts, and "
            f"{quoted(s.parent)} is kept, not targeted, with its reason.", EVIDENCE))
    return out
