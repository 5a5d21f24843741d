"""Completion level: the path's steps, declared once as data, judged through the checks.

A step is done when the checks it relies on say ``ok`` and none of them has a hint or a problem
left, so completion comes from the work in the workbook, never from clicks alone, and reaches
100% only when the work is really done. The same function feeds the lesson progress bar,
``cdkit progress`` and the instructor's dashboard.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from kit import checks
from kit.checks import Feedback
from kit.checks.resegment import RULES as RESEGMENT_RULES
from kit.errors import KitError
from kit.model import Segment, Workbook

__all__ = ["LESSONS", "STEPS", "LessonProgress", "PathProgress", "Step", "StepResult",
           "graded_segment", "judge", "lesson_progress", "path_progress", "step"]


def graded_segment(wb: Workbook) -> Segment | None:
    """The segment the work is judged on: the targeted segment the interview plan is about
    (the first targeted segment until a plan names one); once the learner re-segmented from
    the interviews, the segment the round was planned for (:attr:`Workbook.round_segment`),
    whose work stays as it was: re-segmenting never takes a step away."""
    return wb.round_segment


def _targeted(wb: Workbook) -> list[Feedback]:
    segment = graded_segment(wb)
    if segment is None:
        return [Feedback("problem", "segments", "Mark a segment as targeted: the work is judged "
                         "on the targeted segment your interviews are about.",
                         "segments-targeted")]
    if not segment.targeted and wb.sub_segments(segment):
        # re-segmented: the segment is judged as it was targeted for the round, so that
        # setting it aside for its sub-segments never undoes lessons 01-02
        segment = dataclasses.replace(segment, targeted=True)
    return checks.check_segment(segment)


def _profiles(wb: Workbook) -> list[Feedback]:
    segment = graded_segment(wb)
    if segment is None:
        return [Feedback("problem", "profile", "Mark a segment as targeted first (lesson 01): "
                         "its profile is the one that counts.", "profile-complete")]
    return checks.check_profile(segment, wb.offering, others=wb.segments)


def _answer(key: str) -> Callable[[Workbook], list[Feedback]]:
    return lambda wb: checks.check_answer(wb, key)


def _decision(wb: Workbook) -> list[Feedback]:
    """The written decision, and what a re-segmentation shows (advice only: re-segmenting, or
    keeping the segment while a lead is weak, never takes a step away)."""
    return checks.check_answer(wb, "05-what-next") + (
        checks.check_resegment(wb) if wb.interviews else [])


@dataclass(frozen=True)
class Step:
    """One piece of work on the path: done when ``rules`` are ok in ``collect(wb)``."""

    id: str
    lesson: str
    title: str
    collect: Callable[[Workbook], list[Feedback]]
    rules: tuple[str, ...]
    #: rules whose advice "Check my work" shows with this step, but that never decide it
    #: (a hint that may be wrong, such as a descriptor that looks misfiled)
    advice: tuple[str, ...] = ()


#: Lesson id -> title, in the order of the path.
LESSONS: dict[str, str] = {
    "00-start-here": "Start here",
    "01-customer-segments": "Customer segments",
    "02-segments-from-data": "Segments from data",
    "03-customer-profile": "The customer profile",
    "04-plan-interviews": "Plan the interviews",
    "05-log-and-learn": "Log and learn",
    "06-persona-and-canvas": "Persona and canvas",
}

STEPS: tuple[Step, ...] = (
    Step("start", "00-start-here", "Write down your name and your idea", checks.check_start,
         ("start",)),
    Step("targeted-segment", "01-customer-segments", "Describe a specific segment to target",
         _targeted, ("segment-specific", "segment-everyone", "segments-targeted"),
         ("segment-family-fit",)),
    Step("segment-context", "01-customer-segments",
         "Say in what context they buy, and who pays and who uses", _targeted,
         ("segment-context",)),
    Step("neighbour", "01-customer-segments",
         "Describe a neighbouring segment you will not serve, with the reason",
         checks.check_segments, ("segments-non-targeted", "segment-reason")),
    Step("kinds-agree", "01-customer-segments", "Describe businesses with firmographic "
         "descriptors, and people without them", _targeted, ("segment-firmographic",)),
    Step("pattern", "01-customer-segments", "Pick the segment pattern that fits your segments",
         checks.check_segment_pattern, ("segment-pattern",)),
    Step("size", "02-segments-from-data", "Choose a target segment and estimate its size",
         _targeted, ("segment-size",)),
    Step("why-segment", "02-segments-from-data", "Explain why you chose it",
         _answer("02-why-this-segment"), ("answer-02-why-this-segment",)),
    Step("profile-items", "03-customer-profile", "List, rate and rank jobs, pains and gains",
         _profiles, ("profile-complete", "profile-ranked")),
    Step("profile-substance", "03-customer-profile", "Write every item in your own words, "
         "once (no placeholders, copies or repeats)", _profiles, ("profile-substance",),
         ("profile-distinct",)),
    Step("job-types", "03-customer-profile", "Include jobs of more than one type", _profiles,
         ("profile-job-types",)),
    Step("customer-not-product", "03-customer-profile",
         "Describe the customer, not the product", _profiles, ("profile-retrofit",)),
    Step("unaddressed", "03-customer-profile",
         "Find pains and gains the current offering misses", _profiles,
         ("profile-unaddressed",)),
    Step("compare", "03-customer-profile", "Compare the pains and gains of two segments",
         _answer("03-compare-segments"), ("answer-03-compare-segments",)),
    Step("plan-goal", "04-plan-interviews", "Say which segment you will interview, and what "
         "you want to learn", checks.check_plan, ("plan-segment", "plan-goal")),
    Step("contacts", "04-plan-interviews", "Plan 3-5 contacts: why each matches, how to reach "
         "them", checks.check_plan, ("contacts-count", "contact-details")),
    Step("contacts-distinct", "04-plan-interviews", "Make each contact a different person with "
         "their own reason", checks.check_plan, ("contacts-distinct",)),
    Step("questions-size", "04-plan-interviews", "Write 5-15 different questions",
         checks.check_plan, ("questions-count",)),
    Step("questions", "04-plan-interviews", "Write questions that ask about the past and "
         "specifics", checks.check_plan, ("question-lint",)),
    Step("interviews", "05-log-and-learn", "Log at least 3 interviews with different people "
         "from your plan, with who and when", checks.check_interviews,
         ("interviews-count", "interview-details")),
    Step("log-plausible", "05-log-and-learn", "Log each interview once, after it took place, "
         "with a planned contact marked done", checks.check_interviews,
         ("interviews-plausible",)),
    Step("quotes", "05-log-and-learn", "Keep a short quote in their words from each interview",
         checks.check_interviews, ("interviews-quotes",)),
    Step("surprises", "05-log-and-learn", "Note what you did not expect",
         checks.check_interviews, ("interviews-new",)),
    Step("evidence", "05-log-and-learn", "Update the profile's evidence from the interviews",
         checks.check_interviews, ("interviews-evidence",)),
    Step("what-next", "05-log-and-learn", "Decide: stop, carry on, or re-segment",
         _decision, ("answer-05-what-next",), RESEGMENT_RULES),
    Step("persona", "06-persona-and-canvas", "Draw the persona", checks.check_persona,
         ("persona-complete",)),
    Step("persona-evidence", "06-persona-and-canvas", "Build the persona on validated items, "
         "or say it is a hypothesis persona", checks.check_persona, ("persona-evidence",)),
    Step("review-plan", "06-persona-and-canvas", "Plan when and how you will review the canvas",
         _answer("06-review-plan"), ("answer-06-review-plan",)),
)


@dataclass(frozen=True)
class StepResult:
    step: Step
    done: bool
    advice: str  # what is left to do ("" when done)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.step.id, "title": self.step.title, "done": self.done,
                "advice": self.advice}


@dataclass(frozen=True)
class LessonProgress:
    lesson: str
    title: str
    steps: tuple[StepResult, ...]

    @property
    def done(self) -> int:
        return sum(r.done for r in self.steps)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    def to_dict(self) -> dict[str, object]:
        return {"lesson": self.lesson, "title": self.title, "done": self.done,
                "total": self.total, "percent": self.percent,
                "steps": [r.to_dict() for r in self.steps]}


@dataclass(frozen=True)
class PathProgress:
    lessons: tuple[LessonProgress, ...]

    @property
    def done(self) -> int:
        return sum(lp.done for lp in self.lessons)

    @property
    def total(self) -> int:
        return sum(lp.total for lp in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    def lesson(self, lesson: str) -> LessonProgress:
        for lp in self.lessons:
            if lp.lesson == lesson:
                return lp
        raise KitError(f"There is no lesson called {lesson!r}. The lessons are: "
                       f"{', '.join(LESSONS)}.")

    def to_dict(self) -> dict[str, object]:
        return {"done": self.done, "total": self.total, "percent": self.percent,
                "lessons": [lp.to_dict() for lp in self.lessons]}


def _judge(step: Step, cache: dict[Callable, list[Feedback]], wb: Workbook) -> StepResult:
    if step.collect not in cache:
        cache[step.collect] = step.collect(wb)
    relevant = [f for f in cache[step.collect] if f.rule in step.rules]
    left = sorted((f for f in relevant if f.level != "ok"),
                  key=lambda f: ("problem", "hint").index(f.level))
    done = bool(relevant) and not left
    if done:
        return StepResult(step, True, "")
    return StepResult(step, False, (f"{left[0].where}: {left[0].message}" if left
                                    else step.title + "."))


def step(step_id: str) -> Step:
    """The step with this id."""
    for s in STEPS:
        if s.id == step_id:
            return s
    raise KitError(f"There is no step called {step_id!r}. The steps are: "
                   f"{', '.join(s.id for s in STEPS)}.")


def judge(wb: Workbook, step_ids: tuple[str, ...] | list[str]) -> list[StepResult]:
    """Whether each of these steps is done: the one decision behind the progress bar, "Check
    my work" and the autograder."""
    cache: dict[Callable, list[Feedback]] = {}
    return [_judge(step(i), cache, wb) for i in step_ids]


def path_progress(wb: Workbook) -> PathProgress:
    """Completion of every lesson and of the whole path."""
    cache: dict[Callable, list[Feedback]] = {}
    results = [_judge(step, cache, wb) for step in STEPS]
    return PathProgress(tuple(
        LessonProgress(lesson, title, tuple(r for r in results if r.step.lesson == lesson))
        for lesson, title in LESSONS.items()))


def lesson_progress(wb: Workbook, lesson: str) -> LessonProgress:
    """Completion of one lesson."""
    return path_progress(wb).lesson(lesson)
