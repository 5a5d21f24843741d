"""Judging a re-segmentation on substance (kit.checks.resegment), its credit in assignment 04,
and that re-segmenting never takes lesson-05 progress away.

Expected values come from the scattered example's data: Hannah and Pieter are the two
interviewees who "eat to a diet for health or sport" (and "track what they eat"), and the only
two who confirmed the nutrition-numbers item; Malik and Lea are the two who "share a flat",
and the only two who confirmed "dinner with flatmates"."""

from __future__ import annotations

import pytest

import kit
from kit.checks import check_resegment, check_workbook, resegment_status
from kit.checks.rubric import credit_note, manual_credit
from kit.checks.text import model_answers
from kit.progress import path_progress
from kit.synthesis.resegment import default_placement, read_splits, resegment

DIET = "eats to a diet for health or sport"
ALL = {"Greta", "Malik", "Ines", "Oskar", "Yusuf", "Hannah", "Pieter", "Lea"}


def scattered():
    return kit.data.load_example("scattered")


def split_on(wb, descriptor, *, inside, outside, criterion=None, reason="", chosen="inside"):
    r = read_splits(wb)
    sp = next(s for s in r.splits if s.descriptor == descriptor)
    return resegment(wb, criterion=criterion or descriptor, family="psychographic",
                     names=["Inside people", "Other home cooks"], inside=inside,
                     outside=outside, placement=default_placement(r, sp), reason=reason,
                     chosen=chosen)


def plan_next(wb, descriptor, aliases=("Farid", "Noor")):
    for alias in aliases:
        c = wb.plan.add_contact(alias, why=f"{alias} weighs every meal for a sport",
                                reach="the running club")
        c.add_descriptor("psychographic", descriptor)


def by_rule(feedback, level=None):
    return {f.rule for f in feedback if level is None or f.level == level}


def test_not_resegmented_names_the_lead_with_its_weakness_never_an_error():
    wb = scattered()
    status = resegment_status(wb)
    assert not status.resegmented and status.advice == "re-segment"
    feedback = check_resegment(wb)
    assert [f.level for f in feedback] == ["hint"]
    text = feedback[0].message
    assert DIET in text and "a lead only" in text and "lesson 05" in text
    assert "Hannah" in text and "Pieter" in text


def test_undescribed_interviewees_are_asked_for_when_no_split_shows():
    wb = scattered()
    for c in wb.plan.contacts:
        c.descriptors = {f: [] for f in c.descriptors}
    feedback = check_resegment(wb)
    assert [f.level for f in feedback] == ["hint"]
    assert "tick what each" in feedback[0].message and "Greta" in feedback[0].message


def test_no_feedback_when_the_advice_is_not_resegment():
    wb = kit.data.load_example("converging")
    assert resegment_status(wb).advice != "re-segment"
    assert check_resegment(wb) == []


def test_the_worked_example_is_on_evidence_and_asks_for_the_next_round():
    wb = scattered()
    split_on(wb, DIET, inside=["Hannah", "Pieter"],
             outside=sorted(ALL - {"Hannah", "Pieter"}))
    s = resegment_status(wb)
    assert s.resegmented and s.on_evidence and s.criterion_ok and s.parent_kept
    assert s.criterion == DIET and s.chosen == "Inside people"
    assert set(s.inside) == {"Hannah", "Pieter"} and set(s.outside) == ALL - {"Hannah", "Pieter"}
    assert not s.next_round and not s.good
    assert by_rule(check_resegment(wb), "hint") == {"resegment-next-round"}
    # contacts matched case- and space-insensitively; one is not enough
    plan_next(wb, "  Eats to a DIET for health or sport ", aliases=("Farid",))
    assert not resegment_status(wb).next_round
    plan_next(wb, DIET, aliases=("Noor",))
    s = resegment_status(wb)
    assert s.good and set(s.planned) == {"Farid", "Noor"}
    ok = [f for f in check_resegment(wb) if f.level == "ok"]
    assert len(ok) == 1 and DIET in ok[0].message and "on evidence" in ok[0].message
    assert not [f for f in check_resegment(wb) if f.level != "ok"]


def test_a_split_against_the_evidence_is_a_problem_naming_who_is_misplaced():
    wb = scattered()
    split_on(wb, DIET, inside=["Pieter"], outside=sorted(ALL - {"Pieter"}))
    plan_next(wb, DIET)
    s = resegment_status(wb)
    assert s.resegmented and not s.on_evidence and not s.good
    problem = next(f for f in check_resegment(wb) if f.rule == "resegment-evidence")
    assert problem.level == "problem" and "Hannah" in problem.message
    assert "wrong side" in problem.message and "Exercise 5 of lesson 05".lower() in \
        problem.message.lower()


def test_junk_criterion_and_reason_are_flagged():
    wb = scattered()
    split_on(wb, DIET, inside=["Hannah", "Pieter"],
             outside=sorted(ALL - {"Hannah", "Pieter"}), criterion="x", reason="asdf")
    plan_next(wb, "x")
    s = resegment_status(wb)
    assert s.on_evidence  # the people are on the right sides ...
    assert not s.criterion_ok and not s.parent_kept and not s.good  # ... the words are junk
    rules = by_rule(check_resegment(wb))
    assert {"resegment-criterion", "resegment-parent"} <= rules
    assert "resegment-criterion" in by_rule(check_resegment(wb), "problem")


def test_a_criterion_of_other_people_is_not_the_split():
    wb = scattered()
    split_on(wb, DIET, inside=["Hannah", "Pieter"],
             outside=sorted(ALL - {"Hannah", "Pieter"}), criterion="shares a flat")
    s = resegment_status(wb)
    assert s.on_evidence and not s.criterion_ok
    assert any("shares a flat" in p for p in s.problems)


def test_a_different_split_nobody_wrote_for_is_on_evidence_too():
    wb = scattered()
    split_on(wb, "shares a flat", inside=["Malik", "Lea"],
             outside=sorted(ALL - {"Malik", "Lea"}),
             reason="Too broad: only the people who share a flat cook for the flat.")
    plan_next(wb, "shares a flat")
    s = resegment_status(wb)
    assert s.good and s.criterion == "shares a flat"
    assert set(s.inside) == {"Malik", "Lea"}


def test_the_other_side_chosen_needs_contacts_without_the_criterion():
    wb = scattered()
    split_on(wb, DIET, inside=["Hannah", "Pieter"],
             outside=sorted(ALL - {"Hannah", "Pieter"}), chosen="outside")
    plan_next(wb, DIET)
    assert not resegment_status(wb).next_round  # they have it: the other side's people do not
    plan_next(wb, "cooks every day", aliases=("Bram", "Sofie"))
    s = resegment_status(wb)
    assert s.next_round and set(s.planned) == {"Bram", "Sofie"} and s.good


def test_the_parent_still_targeted_is_a_hint():
    wb = scattered()
    made = split_on(wb, DIET, inside=["Hannah", "Pieter"],
                    outside=sorted(ALL - {"Hannah", "Pieter"}))
    made.parent.targeted = True
    s = resegment_status(wb)
    assert not s.parent_kept
    assert "resegment-parent" in by_rule(check_resegment(wb), "hint")


def test_lesson_05_check_shows_the_rule():
    wb = scattered()
    assert "resegment-lead" in by_rule(check_workbook(wb))


@pytest.mark.parametrize("how", ["good", "against", "junk", "empty-side"])
def test_resegmenting_never_takes_progress_away(how):
    """Not in lesson 05, nor in the lessons before it (judged on the segment the round was
    planned for, which stays as it was)."""
    with model_answers():
        wb = scattered()
        wb.answers["05-what-next"] = ("Re-segment: the 8 interviews added new items at a flat "
                                      "rate, 2 or 3 each, so no pattern shows yet.")
        before = {r.step.id for lesson in path_progress(wb).lessons for r in lesson.steps
                  if r.done}
        assert {"size", "profile-items", "evidence"} <= before  # there was progress to lose
        r = read_splits(wb)
        sp = r.splits[0]
        if how == "good":
            split_on(wb, DIET, inside=list(sp.inside), outside=list(sp.outside))
        elif how == "against":
            split_on(wb, DIET, inside=["Pieter"], outside=sorted(ALL - {"Pieter"}))
        elif how == "junk":
            split_on(wb, DIET, inside=list(sp.inside), outside=list(sp.outside),
                     criterion="x", reason="asdf")
        else:  # every item placed on the other side: the chosen sub-segment starts empty
            resegment(wb, criterion=DIET, family="psychographic",
                      names=["Home cooks on a diet", "Home cooks on no diet"],
                      inside=list(sp.inside), outside=list(sp.outside),
                      placement={k: "outside" for k in default_placement(r, sp)})
        after = {r.step.id for lesson in path_progress(wb).lessons for r in lesson.steps
                 if r.done}
        assert before <= after


def test_assignment_04_decision_credit():
    wb = scattered()
    assert manual_credit("04-interview-log", "reflection_next", wb) is None  # not split
    assert "graded by your instructor" in credit_note("04-interview-log", "reflection_next", wb)
    split_on(wb, DIET, inside=["Hannah", "Pieter"], outside=sorted(ALL - {"Hannah", "Pieter"}))
    unfinished = manual_credit("04-interview-log", "reflection_next", wb)
    assert (unfinished.points, unfinished.of) == (2, 3) and "next round" in unfinished.message
    plan_next(wb, DIET)
    full = manual_credit("04-interview-log", "reflection_next", wb)
    assert (full.points, full.of) == (3, 3)
    assert "3 of 3" in credit_note("04-interview-log", "reflection_next", wb)
    against = scattered()
    split_on(against, DIET, inside=["Pieter"], outside=sorted(ALL - {"Pieter"}))
    plan_next(against, DIET)
    partial = manual_credit("04-interview-log", "reflection_next", against)
    assert (partial.points, partial.of) == (1, 3)
    assert "not on evidence" in partial.message and "Hannah" in partial.message
    # only assignment 04's decision is credited
    assert manual_credit("01-segments", "reflection_neighbour", wb) is None
