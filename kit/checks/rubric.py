"""The graded tests of the course's assignments, declared once as data.

Each test is a rule over the learner's workbook, built on :mod:`kit.checks` (the same rules as
"Check my work" and the progress bar), with its points. Hidden tests are graded at autograde
time only: "Check my work" counts their points but never names or runs them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kit.errors import KitError
from kit.model import Workbook
from kit.progress import judge

__all__ = ["ASSIGNMENTS", "CREDITS", "Assignment", "Credit", "Outcome", "Test", "assignment",
           "credit_note", "manual_credit", "resegment_credit", "run_test"]


@dataclass(frozen=True)
class Outcome:
    passed: bool
    message: str


@dataclass(frozen=True)
class Test:
    """A graded test: passed when every step of the learning path it names is done.

    The steps are :data:`kit.progress.STEPS`, so a test, the progress bar and "Check my work"
    decide "done" in one place, from the same feedback.
    """

    id: str
    points: int
    title: str  # "Check that ..." (the docstring of the test cell)
    steps: tuple[str, ...]
    hidden: bool = False

    def rule(self, wb: Workbook) -> Outcome:
        results = judge(wb, self.steps)
        left = [r for r in results if not r.done]
        if left:
            return Outcome(False, f"Not done yet: {left[0].advice}")
        return Outcome(True, "Done: " + "; ".join(r.step.title.lower() for r in results) + ".")


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


ASSIGNMENTS: dict[str, Assignment] = {a.id: a for a in (
    Assignment("01-segments", "Customer segments", (
        Test("targeted-specific", 2, "Check that the targeted segment is specific: at least 3 "
             "real descriptors from 2 families, and not 'everyone'.", ("targeted-segment",)),
        Test("targeted-context", 1, "Check that the targeted segment has its context, who "
             "pays and who uses, and a plausible estimated size.", ("segment-context", "size")),
        Test("neighbour", 2, "Check that a non-targeted neighbouring segment is described, "
             "and that both decisions give a real reason.", ("neighbour",)),
        Test("pattern", 1, "Check that the segment pattern is chosen and fits the targeted "
             "segments.", ("pattern",)),
        Test("hidden-kinds", 1, "Check that customer kinds and descriptors agree.",
             ("kinds-agree",), hidden=True),
    ), {"reflection_neighbour": 3}),
    Assignment("02-profile", "The customer profile", (
        Test("profile-complete", 2, "Check that the targeted segment has at least 3 different "
             "jobs, 3 pains and 3 gains, each rated and ranked.", ("profile-items",)),
        Test("job-types", 1, "Check that the jobs are of more than one type.", ("job-types",)),
        Test("customer-not-product", 2, "Check that the profile describes the customer, not "
             "the product.", ("customer-not-product",)),
        Test("unaddressed", 1, "Check that every pain and gain says whether the current "
             "offering addresses it, and that some are not addressed.", ("unaddressed",)),
        Test("hidden-substantive", 1, "Check that every item is written in your own words, "
             "once.", ("profile-substance",), hidden=True),
    ), {"reflection_compare": 3}, builds_on="01-segments"),
    Assignment("03-interview-plan", "The interview plan", (
        Test("plan-goal", 1, "Check that the plan names its segment and learning goal.",
             ("plan-goal",)),
        Test("contacts", 2, "Check that 3-5 contacts are planned, each with why they match "
             "the segment and how to reach them.", ("contacts",)),
        Test("questions-size", 1, "Check that the question set has 5-15 different questions.",
             ("questions-size",)),
        Test("questions-good", 2, "Check that every question asks about the past or "
             "current behaviour (no hypothetical, pitch, opinion, leading or closed ones).",
             ("questions",)),
        Test("hidden-distinct", 1, "Check that the contacts are different people, each with "
             "their own reason.", ("contacts-distinct",), hidden=True),
    ), {"reflection_focus": 3}, builds_on="02-profile"),
    Assignment("04-interview-log", "Interviews and patterns", (
        Test("interviews-logged", 2, "Check that at least 3 interviews with different people "
             "from the plan are logged, each with who and when.", ("interviews",)),
        Test("new-items", 1, "Check that something unexpected was noted.", ("surprises",)),
        Test("evidence", 2, "Check that the profile's evidence follows the interviews.",
             ("evidence",)),
        Test("quotes", 1, "Check that every logged interview has a short quote.", ("quotes",)),
        Test("hidden-plausible", 1, "Check that each interview is logged once, after it took "
             "place, with a planned contact.", ("log-plausible",), hidden=True),
    ), {"reflection_next": 3}, builds_on="03-interview-plan", example="converging"),
)}


def assignment(assignment_id: str) -> Assignment:
    if assignment_id not in ASSIGNMENTS:
        raise KitError(f"There is no assignment called {assignment_id!r}. The assignments "
                       f"are: {', '.join(ASSIGNMENTS)}.")
    return ASSIGNMENTS[assignment_id]


def run_test(assignment_id: str, test_id: str, wb: Workbook, *,
             model_answer: bool = False) -> Outcome:
    """Run one test on a workbook; a rule that crashes on odd data fails, never raises.

    ``model_answer`` says the workbook is the kit's own example answer (the instructor's
    preview in ``source/``): its sentences are then not counted as copied from the examples.
    Students' submissions are always graded without it.
    """
    test = assignment(assignment_id).test(test_id)
    try:
        if model_answer:
            from kit.checks.text import model_answers

            with model_answers():
                return test.rule(wb)
        return test.rule(wb)
    except Exception as err:  # a learner's odd data must fail the test, not crash grading
        return Outcome(False, f"The work could not be checked ({type(err).__name__}).")


# --------------------------------------------------------------------------- the decision

@dataclass(frozen=True)
class Credit:
    """What the work in the workbook earns for a written answer graded by hand: ``points``
    of ``of``, and why. ``cdkit grade`` writes them into the gradebook as the answer's manual
    score (:func:`kit.course.grader.review.award_credits`); the instructor may change them."""

    points: int
    of: int
    message: str


def resegment_credit(wb: Workbook, of: int) -> Credit | None:
    """The decision's points earned by a re-segmentation, when the answers diverged.

    When the advice on the segment's whole log is "re-segment" and the learner re-segmented
    (:func:`kit.checks.resegment.resegment_status`):

    - **on evidence** (the interviews are assigned to the two sub-segments exactly as a split
      the log proposes), on a real criterion, the parent kept as not targeted with a reason,
      and the next round planned: all ``of`` points, however short the written decision
      (the work shows the decision, its numbers and the change it makes);
    - on evidence, but the parent or the next round left undone: ``of - 1``;
    - not on evidence (or on a placeholder criterion): 1 point, for taking the decision the
      advice asks for; the evidence and the change are not earned.

    None when the learner did not re-segment, or the advice was not "re-segment": the written
    decision is then graded by its rubric.
    """
    from kit.checks.resegment import resegment_status

    status = resegment_status(wb)
    if not status.resegmented or status.advice != "re-segment":
        return None
    said = f"Re-segmented on \u201c{status.criterion}\u201d"
    if status.good:
        return Credit(of, of, f"{said}, on evidence ({', '.join(status.inside)} on one side, "
                      f"{', '.join(status.outside)} on the other, as the interviews split), "
                      f"the parent kept with its reason and the next round planned for "
                      f"\u201c{status.chosen}\u201d: the decision's {of} points, whatever the "
                      "length of the written decision.")
    why = " ".join(status.problems)
    if status.on_evidence and status.criterion_ok:
        return Credit(of - 1, of, f"{said}, on evidence, but not finished: {why}")
    return Credit(min(1, of), of, f"{said}, but not on evidence: {why} One point for taking "
                  "the decision the advice asks for; the evidence and the change it makes are "
                  "not earned.")


#: (assignment, grade_id of a written answer) -> the rule that may earn its points from the
#: work in the workbook (None: the answer is graded by its rubric alone).
CREDITS: dict[tuple[str, str], Callable[[Workbook, int], Credit | None]] = {
    ("04-interview-log", "reflection_next"): resegment_credit,
}


def manual_credit(assignment_id: str, grade_id: str, wb: Workbook) -> Credit | None:
    """What the workbook earns for a written answer (None when its rubric alone decides);
    a rule that crashes on odd data earns nothing, never raises."""
    rule = CREDITS.get((assignment_id, grade_id))
    points = assignment(assignment_id).manual.get(grade_id)
    if rule is None or points is None:
        return None
    try:
        return rule(wb, points)
    except Exception:  # a learner's odd data must not crash grading
        return None


def credit_note(assignment_id: str, grade_id: str, wb: Workbook) -> str:
    """The credit in words, for the notebook's feedback."""
    credit = manual_credit(assignment_id, grade_id, wb)
    if credit is None:
        return ("Your written decision below is graded by your instructor, on its rubric "
                "(no re-segmentation to judge from your workbook).")
    return f"{credit.message} ({credit.points} of {credit.of} points for the decision.)"
