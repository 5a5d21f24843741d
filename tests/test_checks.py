"""Feedback rules on good and bad work."""

from __future__ import annotations

from kit.checks import (
    check_contacts,
    check_plan,
    check_profile,
    check_questions,
    check_segment,
    check_segments,
    check_workbook,
    passed,
    summary,
)
from kit.model import Segment, Workbook


def rules(feedback, level=None):
    return {f.rule for f in feedback if level is None or f.level == level}


def test_good_workbook_has_no_problems_and_no_hints(good_workbook):
    feedback = check_workbook(good_workbook)
    assert passed(feedback, strict=True), [f for f in feedback if f.level != "ok"]
    assert {"segment-specific", "segments-non-targeted", "profile-ranked", "profile-job-types",
            "profile-unaddressed", "contacts-count", "questions-count"} <= rules(feedback, "ok")


def test_everyone_segment_is_flagged():
    for name in ["Everyone", "People who eat", "All businesses", "Customers"]:
        seg = Segment(name=name)
        assert "segment-everyone" in rules(check_segment(seg), "problem"), name
    seg = Segment(name="Office workers")
    seg.add_descriptor("demographic", "all ages")
    assert "segment-everyone" in rules(check_segment(seg), "problem")


def test_segment_needs_descriptors_from_two_families():
    seg = Segment(name="Cyclists in Utrecht")
    assert "segment-specific" in rules(check_segment(seg), "problem")
    for d in ["commutes by bike daily", "rides in all weathers", "owns an e-bike"]:
        seg.add_descriptor("behavioural", d)
    feedback = check_segment(seg)
    assert "segment-specific" in rules(feedback, "hint")
    assert "two families" in next(f.message for f in feedback if f.rule == "segment-specific")
    seg.add_descriptor("geographic", "Utrecht")
    assert "segment-specific" in rules(check_segment(seg), "ok")


def test_business_segment_without_firmographics_gets_a_hint():
    seg = Segment(name="Bakeries", kind="business")
    assert "segment-firmographic" in rules(check_segment(seg), "hint")
    seg.add_descriptor("firmographic", "1-9 employees")
    assert "segment-firmographic" in rules(check_segment(seg), "ok")


def test_non_targeted_neighbour_with_reason_is_asked_for(good_workbook):
    wb = Workbook()
    wb.add_segment("Young parents", targeted=True, reason="feel the pain most")
    assert "segments-non-targeted" in rules(check_segments(wb), "hint")
    wb.add_segment("Students", targeted=False)
    feedback = check_segments(wb)
    assert "segment-reason" in rules(feedback, "hint")
    wb.segment("Students").reason = "cook rarely and spend little"
    # a neighbour is a real group: a name alone does not describe it
    assert "segments-non-targeted" in rules(check_segments(wb), "hint")
    wb.segment("Students").add_descriptor("demographic", "university students")
    assert "segments-non-targeted" in rules(check_segments(wb), "ok")
    assert "segments-targeted" in rules(check_segments(Workbook(segments=[
        Segment(name="x", targeted=False)])), "problem")


def test_profile_completeness_and_ranking(good_workbook):
    seg = good_workbook.targeted_segments[0]
    seg.profile.pains[2].severity = "extreme"  # now a moderate-ranked slot holds an extreme pain
    feedback = check_profile(seg)
    ranked = [f for f in feedback if f.rule == "profile-ranked" and f.level == "hint"]
    assert ranked and "disagree" in ranked[0].message
    seg.profile.pains[0].severity = None
    assert any("Rate every pain" in f.message for f in check_profile(seg))
    empty = Segment(name="New")
    assert rules(check_profile(empty), "problem") == {"profile-complete"}


def test_jobs_of_one_type_get_a_hint(good_workbook):
    seg = good_workbook.targeted_segments[0]
    for job in seg.profile.jobs:
        job.type = "functional"
    assert "profile-job-types" in rules(check_profile(seg), "hint")


def test_retrofitted_profile_is_a_problem(good_workbook):
    seg = good_workbook.targeted_segments[0]
    seg.profile.add_gain("Uses our app to plan the week")
    assert "profile-retrofit" in rules(check_profile(seg), "problem")
    seg.profile.gains[-1].text = "Gets a FreshBox meal kit delivered"
    assert "profile-retrofit" in rules(check_profile(seg, "FreshBox meal kits"), "problem") \
        or "profile-retrofit" in rules(check_profile(seg, "FreshBox"), "problem")


def test_unaddressed_pains_and_gains(good_workbook):
    seg = good_workbook.targeted_segments[0]
    ok = next(f for f in check_profile(seg) if f.rule == "profile-unaddressed")
    assert ok.level == "ok" and "refuse new food" in ok.message
    for item in [*seg.profile.pains, *seg.profile.gains]:
        item.addressed = True
    assert "profile-unaddressed" in rules(check_profile(seg), "hint")


def test_three_to_five_contacts_each_with_why_and_reach(good_workbook):
    plan = good_workbook.plan
    assert "contacts-count" in rules(check_contacts(plan), "ok")
    plan.contacts[:] = plan.contacts[:2]
    msg = next(f for f in check_contacts(plan) if f.rule == "contacts-count")
    assert msg.level == "hint" and "pattern" in msg.message
    for alias in ("Ana", "Bo", "Chidi", "Dmitri"):
        plan.add_contact(alias)
    assert next(f for f in check_contacts(plan) if f.rule == "contacts-count").level == "hint"
    details = [f for f in check_contacts(plan) if f.rule == "contact-details"]
    assert len(details) == 4 and "how you will reach them" in details[0].message


def test_question_set_size_and_lint():
    assert "questions-count" in rules(check_questions([]), "problem")
    feedback = check_questions(["Would you use our app?", "Tell me about the last time you "
                                "cooked.", "How do you plan meals?", "What did you try?",
                                "What was hardest?"])
    lint = [f for f in feedback if f.rule == "question-lint"]
    assert len(lint) == 1 and lint[0].where == "question 1" and "pitch" in lint[0].message
    # twenty times the same one-word question is not a question set
    assert "questions-count" in rules(check_questions(["How?"] * 20), "problem")


def test_plan_needs_a_segment_and_goal():
    feedback = check_plan(Workbook())
    assert {"plan-segment"} <= rules(feedback, "problem")
    assert "plan-goal" in rules(feedback, "hint")


def test_summary_counts_levels(good_workbook):
    counts = summary(check_workbook(good_workbook))
    assert counts["problem"] == 0 and counts["hint"] == 0 and counts["ok"] >= 7
