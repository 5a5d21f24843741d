"""The graded tests of the course's assignments, declared once as data.

Each test is a rule over the learner's workbook, built on :mod:`kit.checks` (the same rules as
"Check my work" and the progress bar), with its points. Hidden tests are graded at autograde
time only: "Check my work" counts their points but never names or runs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kit import checks
from kit.checks import Feedback
from kit.errors import KitError
from kit.model import Workbook

__all__ = ["ASSIGNMENTS", "Assignment", "Outcome", "Test", "assignment", "run_test"]


@dataclass(frozen=True)
class Outcome:
    passed: bool
    message: str


@dataclass(frozen=True)
class Test:
    id: str
    points: int
    title: str  # "Check that ..." (the docstring of the test cell)
    rule: Callable[[Workbook], Outcome]
    hidden: bool = False


@dataclass(frozen=True)
class Assignment:
    id: str
    title: str
    tests: tuple[Test, ...]
    manual: dict[str, int]  # grade_id of a free-text answer -> points
    builds_on: str | None = None
    example: str = "freshbox"  # the example answer used in the instructor's source folder

    def test(self, test_id: str) -> Test:
        for t in self.tests:
            if t.id == test_id:
                return t
        raise KitError(f"Assignment {self.id!r} has no test {test_id!r}. Its tests are: "
                       f"{', '.join(t.id for t in self.tests)}.")

    @property
    def auto_points(self) -> int:
        return sum(t.points for t in self.tests)

    @property
    def manual_points(self) -> int:
        return sum(self.manual.values())


# Rules that only ever complain (no "ok" item): absence means fine.
_COMPLAINTS_ONLY = {"segment-everyone", "segment-reason", "contact-details", "interview-details",
                    "profile-complete"}


def _rules_ok(feedback: list[Feedback], *rules: str, what: str) -> Outcome:
    """Passed when each of ``rules`` has an ok and none of them a hint or problem."""
    relevant = [f for f in feedback if f.rule in rules]
    left = [f for f in relevant if f.level != "ok"]
    oks = {f.rule for f in relevant if f.level == "ok"}
    if left:
        return Outcome(False, f"{left[0].where}: {left[0].message}")
    missing = [r for r in rules if r not in oks and r not in _COMPLAINTS_ONLY]
    if missing:
        return Outcome(False, f"Not done yet: {what}.")
    return Outcome(True, f"Done: {what}.")


def _targeted(wb: Workbook) -> list[Feedback]:
    if not wb.targeted_segments:
        return [Feedback("problem", "segments", "Mark a segment as targeted.", "targeted")]
    return [f for s in wb.targeted_segments for f in checks.check_segment(s)]


def _profiles(wb: Workbook) -> list[Feedback]:
    segments = wb.targeted_segments
    if not segments:
        return [Feedback("problem", "profile", "Mark a segment as targeted first.",
                         "profile-complete")]
    return [f for s in segments for f in checks.check_profile(s, wb.offering)]


def _rule(collect: Callable[[Workbook], list[Feedback]], *rules: str, what: str):
    return lambda wb: _rules_ok(collect(wb), *rules, what=what)


# -- hidden edge cases -------------------------------------------------------------------


def _consistent_kinds(wb: Workbook) -> Outcome:
    """Business segments are described with firmographics; consumer ones without."""
    hints = [f for s in wb.targeted_segments for f in checks.check_segment(s)
             if f.rule == "segment-firmographic"]
    if not wb.targeted_segments:
        return Outcome(False, "There is no targeted segment.")
    if hints:
        return Outcome(False, hints[0].message)
    return Outcome(True, "Customer kind and descriptors agree.")


def _substantive_items(wb: Workbook) -> Outcome:
    """Every job, pain and gain of a targeted segment says something (three words or more)."""
    items = [i for s in wb.targeted_segments for i in s.profile.all_items()]
    short = [i for i in items if len(i.text.split()) < 3]
    if not items:
        return Outcome(False, "The profile is empty.")
    if short:
        return Outcome(False, f"\u201c{short[0].text}\u201d is too short to test in an "
                       "interview.")
    return Outcome(True, "Every item is a testable statement.")


def _distinct_contacts(wb: Workbook) -> Outcome:
    """Contacts are different people, each with their own reason to match the segment."""
    contacts = wb.plan.contacts
    aliases = [c.alias.strip().lower() for c in contacts]
    reasons = [c.why.strip().lower() for c in contacts if c.why.strip()]
    if len(contacts) < checks.MIN_CONTACTS:
        return Outcome(False, "Fewer than three contacts.")
    if len(set(aliases)) < len(aliases):
        return Outcome(False, "Two contacts have the same name.")
    if len(set(reasons)) < len(reasons):
        return Outcome(False, "Two contacts have the very same reason to match.")
    return Outcome(True, "Distinct contacts.")


def _plausible_log(wb: Workbook) -> Outcome:
    """No interview logged twice (same contact, same date), and every one has a date."""
    seen = set()
    for interview in wb.interviews:
        if not interview.date:
            return Outcome(False, "An interview has no date.")
        key = (interview.contact, interview.date)
        if key in seen:
            return Outcome(False, "The same interview seems to be logged twice.")
        seen.add(key)
    return Outcome(len(seen) >= checks.MIN_INTERVIEWS, "Interviews logged once each.")


def _quotes(wb: Workbook) -> Outcome:
    """At least one short quote per interview, in the interviewee's words."""
    logged = [i for i in wb.interviews if i.confirmed or i.contradicted or i.new_items]
    with_quotes = [i for i in logged if any(q.text.strip() for q in i.quotes)]
    if len(logged) < checks.MIN_INTERVIEWS:
        return Outcome(False, "Log at least three interviews first.")
    if len(with_quotes) < len(logged):
        return Outcome(False, f"{len(logged) - len(with_quotes)} interview(s) have no quote.")
    return Outcome(True, "Every interview has a quote.")


ASSIGNMENTS: dict[str, Assignment] = {a.id: a for a in (
    Assignment("01-segments", "Customer segments", (
        Test("targeted-specific", 2, "Check that a targeted segment is specific: at least 3 "
             "descriptors from 2 families, and not 'everyone'.",
             _rule(_targeted, "segment-specific", "segment-everyone",
                   what="a specific targeted segment")),
        Test("targeted-context", 1, "Check that the targeted segment has its context, who "
             "pays and who uses, and an estimated size.",
             _rule(_targeted, "segment-context", "segment-size",
                   what="context, payer/user and size")),
        Test("neighbour", 2, "Check that a non-targeted neighbouring segment is described, "
             "with reasons for both decisions.",
             _rule(checks.check_segments, "segments-non-targeted", "segment-reason",
                   what="a non-targeted neighbour with reasons")),
        Test("pattern", 1, "Check that the business model's segment pattern is chosen.",
             _rule(checks.check_segment_pattern, "segment-pattern", what="a segment pattern")),
        Test("hidden-kinds", 1, "Check that customer kinds and descriptors agree.",
             _consistent_kinds, hidden=True),
    ), {"reflection_neighbour": 3}),
    Assignment("02-profile", "The customer profile", (
        Test("profile-complete", 2, "Check that the targeted segment has at least 3 jobs, 3 "
             "pains and 3 gains, each rated and ranked.",
             _rule(_profiles, "profile-complete", "profile-ranked",
                   what="a complete, ranked profile")),
        Test("job-types", 1, "Check that the jobs are of more than one type.",
             _rule(_profiles, "profile-job-types", what="jobs of several types")),
        Test("customer-not-product", 2, "Check that the profile describes the customer, not "
             "the product.",
             _rule(_profiles, "profile-retrofit", what="a profile from the customer's side")),
        Test("unaddressed", 1, "Check that some pains or gains are marked as not addressed "
             "by the current offering.",
             _rule(_profiles, "profile-unaddressed", what="what the offering misses")),
        Test("hidden-substantive", 1, "Check that every item is a testable statement.",
             _substantive_items, hidden=True),
    ), {"reflection_compare": 3}, builds_on="01-segments"),
    Assignment("03-interview-plan", "The interview plan", (
        Test("plan-goal", 1, "Check that the plan names its segment and learning goal.",
             _rule(checks.check_plan, "plan-segment", "plan-goal",
                   what="segment and learning goal")),
        Test("contacts", 2, "Check that 3-5 contacts are planned, each with why they match "
             "and how to reach them.",
             _rule(checks.check_plan, "contacts-count", "contact-details",
                   what="3-5 well-chosen contacts")),
        Test("questions-size", 1, "Check that the question set has 5-15 questions.",
             _rule(checks.check_plan, "questions-count", what="a question set of good size")),
        Test("questions-good", 2, "Check that every question asks about the past or "
             "current behaviour (no hypothetical, pitch, opinion, leading or closed ones).",
             _rule(checks.check_plan, "question-lint", what="open, past-specific questions")),
        Test("hidden-distinct", 1, "Check that the contacts are distinct people.",
             _distinct_contacts, hidden=True),
    ), {"reflection_focus": 3}, builds_on="02-profile"),
    Assignment("04-interview-log", "Interviews and patterns", (
        Test("interviews-logged", 2, "Check that at least 3 interviews are logged, each with "
             "who and when.",
             _rule(checks.check_interviews, "interviews-count", "interview-details",
                   what="three or more logged interviews")),
        Test("new-items", 1, "Check that something unexpected was noted.",
             _rule(checks.check_interviews, "interviews-new", what="new items noted")),
        Test("evidence", 2, "Check that the profile's evidence follows the interviews.",
             _rule(checks.check_interviews, "interviews-evidence",
                   what="evidence updated from the interviews")),
        Test("quotes", 1, "Check that every logged interview has a short quote.", _quotes),
        Test("hidden-plausible", 1, "Check that no interview is logged twice.",
             _plausible_log, hidden=True),
    ), {"reflection_next": 3}, builds_on="03-interview-plan", example="converging"),
)}


def assignment(assignment_id: str) -> Assignment:
    if assignment_id not in ASSIGNMENTS:
        raise KitError(f"There is no assignment called {assignment_id!r}. The assignments "
                       f"are: {', '.join(ASSIGNMENTS)}.")
    return ASSIGNMENTS[assignment_id]


def run_test(assignment_id: str, test_id: str, wb: Workbook) -> Outcome:
    """Run one test on a workbook; a rule that crashes on odd data fails, never raises."""
    test = assignment(assignment_id).test(test_id)
    try:
        return test.rule(wb)
    except Exception as err:  # a learner's odd data must fail the test, not crash grading
        return Outcome(False, f"The work could not be checked ({type(err).__name__}).")
