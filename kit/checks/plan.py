"""Interview-plan rules: its segment and goal, 3-5 real and distinct contacts who fit the
segment, and the question set."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kit.checks.base import Feedback, quoted
from kit.checks.segments import is_specific
from kit.checks.text import (
    MAX_COMPARED,
    TextProblem,
    copied_example,
    near_duplicates,
    similar,
    stems,
    text_problem,
)
from kit.linter import lint_question
from kit.model import Contact, InterviewPlan, Question, Segment, Workbook

__all__ = ["MAX_CONTACTS", "MAX_QUESTIONS", "MIN_CONTACTS", "MIN_QUESTIONS", "check_contacts",
           "check_plan", "check_questions", "real_contacts", "real_questions"]

MIN_CONTACTS, MAX_CONTACTS = 3, 5
MIN_QUESTIONS, MAX_QUESTIONS = 5, 15
MIN_WHY_WORDS = 4
MIN_QUESTION_WORDS = 3


def _segment_words(segment: Segment | None) -> set[str]:
    if segment is None:
        return set()
    return stems([segment.name, segment.context, *(d for _, d in segment.all_descriptors())],
                 min_len=3)


def _fits(contact: Contact, segment_words: set[str]) -> bool:
    """The reason names something of the segment: a shared word, or a figure (an age, a size)."""
    if not segment_words:
        return True
    return (bool(stems([contact.why], min_len=3) & segment_words)
            or bool(re.search(r"\d", contact.why)))


def real_contacts(plan: InterviewPlan) -> list[Contact]:
    """Contacts with a real alias, once each (the same name twice is one person)."""
    kept: list[Contact] = []
    seen: set[str] = set()
    for c in plan.contacts:
        alias = " ".join(c.alias.lower().split())
        if text_problem(c.alias, what="an alias", name=True) is not None:
            continue
        if copied_example(c.why):  # the example's people are not yours
            continue
        if alias in seen:
            continue
        seen.add(alias)
        kept.append(c)
    return kept


def check_contacts(plan: InterviewPlan, segment: Segment | None = None) -> list[Feedback]:
    """3–5 distinct contacts, each with a reason that relates to the segment and a way to reach
    them."""
    out: list[Feedback] = []
    contacts = real_contacts(plan)
    n = len(contacts)
    dropped = len(plan.contacts) - n
    note = (f" ({dropped} more {'is' if dropped == 1 else 'are'} a repeat, a placeholder "
            "name or a person copied from an example, and count once or not at all)"
            ) if dropped else ""
    if n < MIN_CONTACTS:
        out.append(Feedback("problem" if n == 0 else "hint", "contacts", f"Plan {MIN_CONTACTS}–"
                            f"{MAX_CONTACTS} interviews with different people (you have {n}"
                            f"{note}). With fewer than {MIN_CONTACTS} people you cannot tell a "
                            "pattern from one person's quirks.", "contacts-count"))
    elif n > MAX_CONTACTS and sum(c.status != "done" for c in contacts) <= MAX_CONTACTS:
        out.append(Feedback("ok", "contacts", f"{n} different people, "
                            f"{sum(c.status == 'done' for c in contacts)} of them interviewed: "
                            "the round grew with referrals.", "contacts-count"))
    elif n > MAX_CONTACTS:
        out.append(Feedback("hint", "contacts", f"{n} contacts is more than a first round needs: "
                            f"start with {MIN_CONTACTS}–{MAX_CONTACTS}, learn, then adjust the "
                            "segment and the questions before the next round.", "contacts-count"))
    else:
        out.append(Feedback("ok", "contacts", f"{n} different people: a good first round.",
                            "contacts-count"))
    distinct = []
    if dropped:
        distinct.append(Feedback("hint", "contacts", f"{dropped} contact(s) repeat another's name, "
                                 "have no real name, or are an example's people: each contact "
                                 "is one real person of yours (an alias is enough).",
                                 "contacts-distinct"))
    seg_words = _segment_words(segment)
    seen_why: list[str] = []
    for c in contacts:
        where = f"contact '{c.alias}'"
        why = text_problem(c.why, what="why they match the segment", min_words=MIN_WHY_WORDS,
                           example="34, lives alone in the city centre, orders delivery most "
                           "weeknights")
        reach = text_problem(c.reach, what="how you will reach them", min_words=2,
                             example="former colleague: message on LinkedIn")
        if why is None and copied_example(c.why):
            out.append(Feedback("hint", where, f"The reason is copied from "
                                f"{copied_example(c.why)}: write why this person of yours fits "
                                "the segment.", "contact-details"))
        elif why is not None or reach is not None:
            missing = [p.message for p in (why, reach) if p is not None]
            out.append(Feedback("hint", where, " ".join(missing), "contact-details"))
        elif not _fits(c, seg_words):
            out.append(Feedback("hint", where, f"{quoted(c.why)} does not say which of the "
                                "segment's traits this person has: name them (age, place, "
                                "habits, company size...), so you know they fit.",
                                "contact-details"))
        if c.why.strip() and any(similar(c.why, w) for w in seen_why[:MAX_COMPARED]):
            distinct.append(Feedback("hint", where, "The reason is the same as another "
                                     "contact's: say what this person has of the segment, in "
                                     "their own case.", "contacts-distinct"))
        seen_why.append(c.why)
    if not any(f.rule == "contact-details" for f in out) and contacts:
        out.append(Feedback("ok", "contacts", "Each contact has a reason that fits the segment "
                            "and a way to reach them.", "contact-details"))
    vague = [c for c in contacts if text_problem(c.why, min_words=MIN_WHY_WORDS) is not None]
    if vague and not distinct:
        distinct.append(Feedback("hint", f"contact '{vague[0].alias}'", "Give each contact a "
                                 "reason of their own (what they have of the segment): without "
                                 "one, two contacts cannot be told apart.", "contacts-distinct"))
    if contacts and not distinct:
        distinct.append(Feedback("ok", "contacts", "Every contact is a different person with "
                                 "their own reason.", "contacts-distinct"))
    return out + distinct


def _copied_set(texts: list[str]) -> bool:
    """Most of the set is an example workbook's question set (a lesson's worked questions may
    be reused: they are there to learn from)."""
    copied = [t for t in texts if (copied_example(t) or "").startswith("the kit's example")]
    return len(copied) * 2 > len(texts) > 0


def real_questions(questions: Iterable[Question | str]) -> list[str]:
    """Questions in real words, once each (none when the set is an example's, copied)."""
    texts = [q.text if isinstance(q, Question) else q for q in questions]
    texts = [t for t in texts if text_problem(t, min_words=MIN_QUESTION_WORDS) is None]
    if _copied_set(texts):
        return []
    dupes = {j for _, j in near_duplicates(texts)}
    return [t for k, t in enumerate(texts) if k not in dupes]


def check_questions(questions: Iterable[Question | str]) -> list[Feedback]:
    """Question-set size, and the question linter on every question."""
    all_texts = [q.text if isinstance(q, Question) else q for q in questions]
    all_texts = [t for t in all_texts if t.strip()]
    texts = real_questions(all_texts)
    out: list[Feedback] = []
    n = len(texts)
    junk = [t for t in all_texts if text_problem(t, min_words=MIN_QUESTION_WORDS) is not None]
    if n == 0 and _copied_set(all_texts):
        out.append(Feedback("problem", "questions", "The question set is copied from "
                            f"{copied_example(all_texts[0]) or 'an example'}: write questions "
                            "for your own customers (the lessons' worked questions show the "
                            "forms to use).", "questions-count"))
    elif n < MIN_QUESTIONS:
        out.append(Feedback("problem" if n == 0 else "hint", "questions", f"Write at least "
                            f"{MIN_QUESTIONS} different questions in full sentences (you have "
                            f"{n}), so you can cover jobs, pains and gains.", "questions-count"))
    elif n > MAX_QUESTIONS:
        out.append(Feedback("hint", "questions", f"{n} questions will not fit in a 30-45 minute "
                            f"interview: keep your best {MAX_QUESTIONS} or fewer.",
                            "questions-count"))
    else:
        out.append(Feedback("ok", "questions", f"{n} questions: a good size for one interview.",
                            "questions-count"))
    for text in junk[:1]:
        out.append(Feedback("hint", "questions", f"{quoted(text)} is not a question you can ask "
                            "yet: write it in full, for example 'Tell me about the last time "
                            "you…'.", "question-lint"))
    for i, text in enumerate(texts, 1):
        result = lint_question(text)
        if result.verdict == "weak":
            out.append(Feedback("hint", f"question {i}", f"{quoted(text)} is weak "
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
    segment = wb.plan_segment
    if segment is None:
        out.append(Feedback("problem", "interview plan", "Say which segment the interviews are "
                            "about (target a segment first).", "plan-segment"))
    elif not is_specific(segment):
        out.append(Feedback("hint", "interview plan", f"The interviews are about "
                            f"'{segment.name}', which is not described yet: give it a real name "
                            "and at least 3 descriptors (lesson 01), so you know whom to ask.",
                            "plan-segment"))
    else:
        out.append(Feedback("ok", "interview plan", f"The interviews are about "
                            f"'{segment.name}'.", "plan-segment"))
    goal = text_problem(plan.learning_goal, what="the learning goal", min_words=5,
                        example="Learn how they decide on dinner on a weekday evening and where "
                        "it goes wrong")
    if goal is None and copied_example(plan.learning_goal):
        goal = TextProblem("copied", f"The learning goal is copied from "
                           f"{copied_example(plan.learning_goal)}: write what you want to learn.")
    if goal is not None:
        message = ("Write the learning goal: what do you want to find out in this round?"
                   if goal.code == "empty" else goal.message)
        out.append(Feedback("hint", "interview plan", message, "plan-goal"))
    else:
        out.append(Feedback("ok", "interview plan", "The learning goal is written down.",
                            "plan-goal"))
    return out + check_contacts(plan, segment) + check_questions(plan.questions)
