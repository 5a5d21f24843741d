"""Completion level: the path's steps, declared once as data, judged through the checks.

A step is done when the checks it relies on say ``ok`` and none of them has a hint or a problem
left, so completion comes from the work in the workbook, never from clicks alone, and reaches
100% only when the work is really done. The same function feeds the lesson progress bar,
``cdkit progress`` and the instructor's dashboard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kit import checks
from kit.checks import Feedback
from kit.errors import KitError
from kit.model import Workbook

__all__ = ["LESSONS", "STEPS", "LessonProgress", "PathProgress", "Step", "StepResult",
           "lesson_progress", "path_progress"]


def _targeted(wb: Workbook) -> list[Feedback]:
    if not wb.targeted_segments:
        return [Feedback("problem", "segments", "Mark a segment as targeted.",
                         "segments-targeted")]
    return [f for s in wb.targeted_segments for f in checks.check_segment(s)]


def _profiles(wb: Workbook) -> list[Feedback]:
    segments = wb.targeted_segments or wb.segments[:1]
    if not segments:
        return [Feedback("problem", "profile", "Describe a segment first (lesson 01).",
                         "profile-complete")]
    return [f for s in segments for f in checks.check_profile(s, wb.offering)]


def _answer(key: str) -> Callable[[Workbook], list[Feedback]]:
    return lambda wb: checks.check_answer(wb, key)


@dataclass(frozen=True)
class Step:
    """One piece of work on the path: done when ``rules`` are ok in ``collect(wb)``."""

    id: str
    lesson: str
    title: str
    collect: Callable[[Workbook], list[Feedback]]
    rules: tuple[str, ...]


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
         _targeted, ("segment-specific", "segment-everyone", "segments-targeted")),
    Step("segment-context", "01-customer-segments",
         "Say in what context they buy, and who pays and who uses", _targeted,
         ("segment-context",)),
    Step("neighbour", "01-customer-segments",
         "Describe a neighbouring segment you will not serve, with the reason",
         checks.check_segments, ("segments-non-targeted", "segment-reason")),
    Step("pattern", "01-customer-segments", "Pick your business model's segment pattern",
         checks.check_segment_pattern, ("segment-pattern",)),
    Step("size", "02-segments-from-data", "Choose a target segment and estimate its size",
         _targeted, ("segment-size",)),
    Step("why-segment", "02-segments-from-data", "Explain why you chose it",
         _answer("02-why-this-segment"), ("answer-02-why-this-segment",)),
    Step("profile-items", "03-customer-profile", "List, rate and rank jobs, pains and gains",
         _profiles, ("profile-complete", "profile-ranked")),
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
    Step("questions", "04-plan-interviews", "Write a question set that asks about the past "
         "and specifics", checks.check_plan, ("questions-count", "question-lint")),
    Step("interviews", "05-log-and-learn", "Log at least 3 interviews, with who and when",
         checks.check_interviews, ("interviews-count", "interview-details")),
    Step("surprises", "05-log-and-learn", "Note what you did not expect",
         checks.check_interviews, ("interviews-new",)),
    Step("evidence", "05-log-and-learn", "Update the profile's evidence from the interviews",
         checks.check_interviews, ("interviews-evidence",)),
    Step("what-next", "05-log-and-learn", "Decide: stop, carry on, or re-segment",
         _answer("05-what-next"), ("answer-05-what-next",)),
    Step("persona", "06-persona-and-canvas", "Draw the persona", checks.check_persona,
         ("persona-complete",)),
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
    left = [f for f in relevant if f.level != "ok"]
    done = bool(relevant) and not left
    if done:
        return StepResult(step, True, "")
    return StepResult(step, False, left[0].message if left else step.title + ".")


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
