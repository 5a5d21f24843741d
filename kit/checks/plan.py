"""Interview-plan rules: its segment and goal, 3-5 contacts, the question set."""

from __future__ import annotations

from collections.abc import Iterable

from kit.checks.base import Feedback, _quote
from kit.linter import lint_question
from kit.model import InterviewPlan, Question, Workbook

MIN_CONTACTS, MAX_CONTACTS = 3, 5
MIN_QUESTIONS, MAX_QUESTIONS = 5, 15


def check_contacts(plan: InterviewPlan) -> list[Feedback]:
    """3–5 contacts, each with a reason they match the segment and a way to reach them."""
    out: list[Feedback] = []
    n = len(plan.contacts)
    if n < MIN_CONTACTS:
        out.append(Feedback("problem" if n == 0 else "hint", "contacts", f"Plan {MIN_CONTACTS}–"
                            f"{MAX_CONTACTS} interviews (you have {n}). With fewer than "
                            f"{MIN_CONTACTS} people you cannot tell a pattern from one person's "
                            "quirks.", "contacts-count"))
    elif n > MAX_CONTACTS:
        out.append(Feedback("hint", "contacts", f"{n} contacts is more than a first round needs: "
                            f"start with {MIN_CONTACTS}–{MAX_CONTACTS}, learn, then adjust the "
                            "segment and the questions before the next round.", "contacts-count"))
    else:
        out.append(Feedback("ok", "contacts", f"{n} contacts: a good first round.",
                            "contacts-count"))
    for c in plan.contacts:
        missing = [what for what, text in (("why they match the segment", c.why),
                                           ("how you will reach them", c.reach))
                   if not text.strip()]
        if missing:
            out.append(Feedback("hint", f"contact '{c.alias}'", f"Add {' and '.join(missing)}.",
                                "contact-details"))
    return out


def check_questions(questions: Iterable[Question | str]) -> list[Feedback]:
    """Question-set size, and the question linter on every question."""
    texts = [q.text if isinstance(q, Question) else q for q in questions]
    texts = [t for t in texts if t.strip()]
    out: list[Feedback] = []
    n = len(texts)
    if n < MIN_QUESTIONS:
        out.append(Feedback("problem" if n == 0 else "hint", "questions", f"Write at least "
                            f"{MIN_QUESTIONS} questions (you have {n}), so you can cover jobs, "
                            "pains and gains.", "questions-count"))
    elif n > MAX_QUESTIONS:
        out.append(Feedback("hint", "questions", f"{n} questions will not fit in a 30-45 minute "
                            f"interview: keep your best {MAX_QUESTIONS} or fewer.",
                            "questions-count"))
    else:
        out.append(Feedback("ok", "questions", f"{n} questions: a good size for one interview.",
                            "questions-count"))
    for i, text in enumerate(texts, 1):
        result = lint_question(text)
        if result.verdict == "weak":
            out.append(Feedback("hint", f"question {i}", f"{_quote(text)} is weak "
                                f"({', '.join(result.problems)}). {result.advice}",
                                "question-lint"))
    weak = sum(1 for f in out if f.rule == "question-lint")
    if n and not weak:
        out.append(Feedback("ok", "questions", "Every question asks about real, specific "
                            "behaviour.", "question-lint"))
    return out


def check_plan(wb: Workbook) -> list[Feedback]:
    """The interview plan: its segment, learning goal, contacts and question set."""
    plan = wb.plan
    out: list[Feedback] = []
    if wb.plan_segment is None:
        out.append(Feedback("problem", "interview plan", "Say which segment the interviews are "
                            "about (target a segment first).", "plan-segment"))
    else:
        out.append(Feedback("ok", "interview plan", f"The interviews are about "
                            f"'{wb.plan_segment.name}'.", "plan-segment"))
    if not plan.learning_goal.strip():
        out.append(Feedback("hint", "interview plan", "Write the learning goal: what do you "
                            "want to find out in this round?", "plan-goal"))
    else:
        out.append(Feedback("ok", "interview plan", "The learning goal is written down.",
                            "plan-goal"))
    return out + check_contacts(plan) + check_questions(plan.questions)


