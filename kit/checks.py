"""Feedback rules: pure functions from the model to a list of :class:`Feedback` items.

The same rules feed the learner's "Check my work" button, the lesson progress bar, the
autograder's tests and the instructor's dashboard: one rule, one place. Each item has a level
(``ok``, ``hint`` or ``problem``), says where (``"segment 'Busy parents' › pains"``), names the
rule, and explains in plain words what to do.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kit.linter import lint_question
from kit.model import InterviewPlan, ProfileItem, Question, Segment, Workbook

__all__ = [
    "LEVELS",
    "MAX_CONTACTS",
    "MAX_QUESTIONS",
    "MIN_CONTACTS",
    "MIN_DESCRIPTORS",
    "MIN_ITEMS",
    "MIN_QUESTIONS",
    "Feedback",
    "check_answer",
    "check_contacts",
    "check_plan",
    "check_profile",
    "check_questions",
    "check_segment",
    "check_segment_pattern",
    "check_segments",
    "check_start",
    "check_workbook",
    "passed",
    "summary",
]

LEVELS = ("ok", "hint", "problem")
MIN_DESCRIPTORS = 3
MIN_FAMILIES = 2
MIN_ITEMS = 3  # jobs, pains and gains each, for a profile worth testing
MIN_CONTACTS, MAX_CONTACTS = 3, 5
MIN_QUESTIONS, MAX_QUESTIONS = 5, 15

# "Everyone"-style segments: no descriptor narrows them down.
_EVERYONE = re.compile(
    r"^\s*(?:all |any |the )?(?:everyone|everybody|anyone|anybody|people|persons|humans|"
    r"customers|consumers|users|companies|businesses|firms|organisations|organizations|"
    r"general public|the public|mass market|the world)\b"
    r"(?:\s+(?:who|that|with|in|of|everywhere|worldwide|in general))?", re.I)
# A descriptor that narrows nothing down ("everyone", "all ages"...), as the whole phrase.
_EVERYONE_WORDS = re.compile(r"\s*(?:everyone|everybody|anyone|anybody|all|any|all people|"
                             r"all ages|any age|all companies|all businesses|every company|"
                             r"every business|general public|the public|worldwide|global|"
                             r"no restriction|none|n/?a)\s*\.?\s*", re.I)
# A profile written from the product's side ("retro-fitted"): first person or the solution.
# Customers may say "we" and "our" about themselves (a firm's own cash, a team), and "the app"
# about a competitor: only *our* product, named or as "our/my app", marks a retro-fit.
_PRODUCT_WORDS = re.compile(r"\b(?:our|my) (?:new )?(?:app|product|platform|solution|"
                            r"prototype|startup|idea|offering|invention)\b", re.I)


@dataclass(frozen=True)
class Feedback:
    """One piece of feedback: ``level`` is ``ok``, ``hint`` or ``problem``."""

    level: str
    where: str
    message: str
    rule: str

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "where": self.where, "message": self.message,
                "rule": self.rule}


def _seg_where(segment: Segment, part: str = "") -> str:
    name = segment.name.strip() or "(unnamed)"
    return f"segment '{name}'" + (f" › {part}" if part else "")


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[:limit - 1] + '…'}\u201d"


# --------------------------------------------------------------------------- segments


def check_segment(segment: Segment) -> list[Feedback]:
    """Is the segment specific enough to find real people who match it?"""
    out: list[Feedback] = []
    where = _seg_where(segment)
    descriptors = segment.all_descriptors()
    families = segment.families_used()
    generic = _EVERYONE.match(segment.name.strip())
    if (generic and (generic.end() == len(segment.name.strip())
                     or len(descriptors) < MIN_DESCRIPTORS)) or any(
            _EVERYONE_WORDS.fullmatch(d) for _, d in descriptors):
        out.append(Feedback("problem", where, "This reads like 'everyone'. A segment that "
                            "includes everybody helps you find nobody: name the traits that set "
                            "these customers apart (age, place, habits, company size...).",
                            "segment-everyone"))
    if len(descriptors) < MIN_DESCRIPTORS or len(families) < MIN_FAMILIES:
        missing = MIN_DESCRIPTORS - len(descriptors)
        level = "problem" if not descriptors else "hint"
        need = []
        if missing > 0:
            need.append(f"{missing} more descriptor{'s' if missing > 1 else ''}")
        if len(families) < MIN_FAMILIES:
            need.append("descriptors from at least two families (for example demographic and "
                        "behavioural)")
        out.append(Feedback(level, where, f"Make the segment more specific: add "
                            f"{' and '.join(need)}. It has {len(descriptors)} descriptor(s) from "
                            f"{len(families)} famil{'y' if len(families) == 1 else 'ies'}.",
                            "segment-specific"))
    else:
        out.append(Feedback("ok", where, f"Specific: {len(descriptors)} descriptors from "
                            f"{len(families)} families ({', '.join(families)}).",
                            "segment-specific"))
    if segment.kind == "business" and "firmographic" not in families:
        out.append(Feedback("hint", where, "A business segment is easier to find with "
                            "firmographic descriptors: industry, company size, revenue, or the "
                            "buyer's role.", "segment-firmographic"))
    if segment.kind == "consumer" and "firmographic" in families:
        out.append(Feedback("hint", where, "Firmographic descriptors describe organisations. "
                            "If these customers are companies, set the customer kind to "
                            "'business'.", "segment-firmographic"))
    if segment.targeted:
        out.extend(_check_targeted_details(segment))
    if segment.targeted is not None and not segment.reason.strip():
        which = "serve" if segment.targeted else "leave aside"
        out.append(Feedback("hint", where, f"Say why you chose to {which} this segment: the "
                            "reason is what lets you re-segment quickly later.",
                            "segment-reason"))
    return out


def _check_targeted_details(segment: Segment) -> list[Feedback]:
    where = _seg_where(segment)
    out = []
    if segment.context.strip() and (segment.payer.strip() or segment.user.strip()):
        out.append(Feedback("ok", where, "Context and who pays / who uses are described.",
                            "segment-context"))
    else:
        out.append(Feedback("hint", where, "Describe the context in which they act as customers, "
                            "and who pays versus who uses (they are not always the same person: "
                            "a parent pays, a child uses).", "segment-context"))
    if segment.size is None:
        out.append(Feedback("hint", where, "Estimate how many customers the segment holds, even "
                            "roughly: size is one way to compare segments.", "segment-size"))
    else:
        out.append(Feedback("ok", where, f"Estimated size: {segment.size:,}.", "segment-size"))
    return out


def check_segment_pattern(wb: Workbook) -> list[Feedback]:
    """The business model's segment pattern (mass market, niche, segmented...)."""
    if wb.segment_pattern:
        return [Feedback("ok", "segments", f"Segment pattern: {wb.segment_pattern}.",
                         "segment-pattern")]
    return [Feedback("hint", "segments", "Which pattern fits your business model: mass market, "
                     "niche, segmented, diversified or multi-sided?", "segment-pattern")]


def check_start(wb: Workbook) -> list[Feedback]:
    """Lesson 00: the learner's name and the idea (current offering) are written down."""
    missing = [what for what, text in (("your name", wb.learner), ("your idea or the current "
                                        "offering", wb.offering)) if not text.strip()]
    if missing:
        return [Feedback("hint", "start", f"Fill in {' and '.join(missing)}.", "start")]
    return [Feedback("ok", "start", "Name and idea are written down.", "start")]


def check_answer(wb: Workbook, key: str, min_words: int = 12) -> list[Feedback]:
    """A free-text answer of at least ``min_words`` words."""
    words = len(wb.answers.get(key, "").split())
    rule = f"answer-{key}"
    if words >= min_words:
        return [Feedback("ok", f"answer '{key}'", f"Answered ({words} words).", rule)]
    level = "problem" if words == 0 else "hint"
    return [Feedback(level, f"answer '{key}'", f"Write at least {min_words} words "
                     f"(you have {words}).", rule)]


def check_segments(wb: Workbook) -> list[Feedback]:
    """Every segment, plus: targeted ones *and* non-targeted neighbours, each with a reason."""
    if not wb.segments:
        return [Feedback("problem", "segments", "Describe at least one customer segment: who "
                         "are the customers, before you think about the offering?",
                         "segments-present")]
    out = [f for s in wb.segments for f in check_segment(s)]
    targeted = [s for s in wb.segments if s.targeted]
    neighbours = [s for s in wb.segments if s.targeted is False]
    if not targeted:
        out.append(Feedback("problem", "segments", "Choose at least one segment to target "
                            "(mark it as targeted).", "segments-targeted"))
    if not neighbours:
        out.append(Feedback("hint", "segments", "Describe at least one neighbouring segment you "
                            "choose not to serve, with the reason. Knowing why you left it out "
                            "helps you re-segment quickly later.", "segments-non-targeted"))
    elif targeted and all(s.reason.strip() for s in [*targeted, *neighbours]):
        out.append(Feedback("ok", "segments", f"{len(targeted)} targeted and {len(neighbours)} "
                            "non-targeted segment(s), each with a reason.",
                            "segments-non-targeted"))
    return out


# --------------------------------------------------------------------------- profile


def _kind_name(kind: str, n: int) -> str:
    return kind + ("s" if n != 1 else "")


def check_profile(segment: Segment, offering: str = "") -> list[Feedback]:
    """Jobs, pains and gains: complete, ranked, of several job types, about the customer."""
    out: list[Feedback] = []
    profile = segment.profile
    for kind in ("job", "pain", "gain"):
        items: list[ProfileItem] = profile.items_of(kind)
        where = _seg_where(segment, _kind_name(kind, 2))
        filled = [i for i in items if i.text.strip()]
        if len(filled) < MIN_ITEMS:
            level = "problem" if not filled else "hint"
            out.append(Feedback(level, where, f"List at least {MIN_ITEMS} {kind}s "
                                f"(there {'is' if len(filled) == 1 else 'are'} {len(filled)}).",
                                "profile-complete"))
            continue
        unrated = [i for i in filled if i.level is None]
        scale = filled[0].levels
        if unrated:
            out.append(Feedback("hint", where, f"Rate every {kind} "
                                f"({filled[0].level_field}: {' / '.join(scale)}); "
                                f"{len(unrated)} not rated yet, e.g. {_quote(unrated[0].text)}.",
                                "profile-ranked"))
        else:
            ranks = [scale.index(i.level) for i in filled]
            inverted = [(a, b) for a, b in itertools.pairwise(filled)
                        if scale.index(b.level) < scale.index(a.level)]
            if inverted:
                a, b = inverted[0]
                out.append(Feedback("hint", where, f"Your ranking and your ratings disagree: "
                                    f"{_quote(b.text)} ({b.level}) is ranked below "
                                    f"{_quote(a.text)} ({a.level}). Put the strongest first.",
                                    "profile-ranked"))
            else:
                out.append(Feedback("ok", where, f"{len(filled)} {kind}s, rated and ranked "
                                    f"from {scale[min(ranks)]} to {scale[max(ranks)]}.",
                                    "profile-ranked"))
    jobs = [j for j in profile.jobs if j.text.strip()]
    job_types = sorted({j.type for j in jobs})
    if jobs and len(job_types) < 2:
        out.append(Feedback("hint", _seg_where(segment, "jobs"), f"All jobs are {job_types[0]}. "
                            "Customers also have social jobs (how they want to be seen) and "
                            "emotional jobs (how they want to feel): add one of those.",
                            "profile-job-types"))
    elif len(job_types) >= 2:
        out.append(Feedback("ok", _seg_where(segment, "jobs"), "Jobs of several types: "
                            f"{', '.join(job_types)}.", "profile-job-types"))
    out.extend(_check_retrofit(segment, offering))
    out.extend(_check_unaddressed(segment))
    return out


def _check_retrofit(segment: Segment, offering: str) -> list[Feedback]:
    """A profile that mentions the product was written backwards (from the solution)."""
    offer = offering.strip().lower()
    flagged = [i for i in segment.profile.all_items() if i.text.strip() and (
        _PRODUCT_WORDS.search(i.text) or (len(offer) >= 3 and offer in i.text.lower()))]
    if not flagged:
        if not segment.profile.all_items():
            return []
        return [Feedback("ok", _seg_where(segment), "Written from the customer's side, not the "
                         "product's.", "profile-retrofit")]
    first = flagged[0]
    return [Feedback("problem", _seg_where(segment, f"{first.kind}s"), f"{_quote(first.text)} "
                     "describes your product, not the customer. Write what the customer tries "
                     "to do, fears or hopes for, in their words, as if your product did not "
                     f"exist ({len(flagged)} item(s) like this).", "profile-retrofit")]


def _check_unaddressed(segment: Segment) -> list[Feedback]:
    items = [i for i in [*segment.profile.pains, *segment.profile.gains] if i.text.strip()]
    if len(items) < 2:
        return []
    missed = [i for i in items if not i.addressed]
    where = _seg_where(segment, "pains and gains")
    if not missed:
        return [Feedback("hint", where, "Every pain and gain is addressed by the current "
                         "offering? Look again for the ones it misses: that is where an "
                         "opportunity hides.", "profile-unaddressed")]
    names = ", ".join(_quote(i.text, 40) for i in missed[:3])
    return [Feedback("ok", where, f"{len(missed)} pain(s)/gain(s) the current offering does not "
                     f"address yet: {names}{'…' if len(missed) > 3 else ''}.",
                     "profile-unaddressed")]


# --------------------------------------------------------------------------- interview plan


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
    if not plan.learning_goal.strip():
        out.append(Feedback("hint", "interview plan", "Write the learning goal: what do you "
                            "want to find out in this round?", "plan-goal"))
    return out + check_contacts(plan) + check_questions(plan.questions)


# --------------------------------------------------------------------------- all together


def check_workbook(wb: Workbook) -> list[Feedback]:
    """Every rule on the whole workbook, in the order of the path."""
    out = check_start(wb) + check_segments(wb)
    if wb.segments:
        out.extend(check_segment_pattern(wb))
    for segment in wb.targeted_segments or wb.segments[:1]:
        out.extend(check_profile(segment, wb.offering))
    if wb.plan.contacts or wb.plan.questions or wb.plan.learning_goal:
        out.extend(check_plan(wb))
    return out


def passed(feedback: Iterable[Feedback], *, strict: bool = False) -> bool:
    """No problems (and, when ``strict``, no hints either)."""
    bad = {"problem", "hint"} if strict else {"problem"}
    return not any(f.level in bad for f in feedback)


def summary(feedback: Iterable[Feedback]) -> dict[str, int]:
    """How many items of each level: ``{"ok": 3, "hint": 1, "problem": 0}``."""
    counts = dict.fromkeys(LEVELS, 0)
    for f in feedback:
        counts[f.level] += 1
    return counts
