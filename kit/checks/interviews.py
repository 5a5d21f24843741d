"""Rules for getting out of the building: interviews logged, evidence updated, the persona."""

from __future__ import annotations

import datetime as _dt
import re

from kit.checks.base import Feedback
from kit.checks.evidence import check_evidence
from kit.checks.profile import real_items
from kit.checks.text import copied_example, text_problem
from kit.model import Interview, Workbook, find_contact

__all__ = ["MIN_INTERVIEWS", "check_interviews", "check_persona", "real_interviews"]

MIN_INTERVIEWS = 3
MIN_QUOTE_WORDS = 4
_HYPOTHESIS_PERSONA = re.compile(r"\b(?:hypothes[ie]s|hypothetical|hipótesis|hipotétic[oa]|"
                                 r"not (?:yet )?validated|untested|sin validar)\b", re.I)


def _logged(wb: Workbook) -> list[Interview]:
    """Interviews with something in them (an item marked, a new item, a quote or notes)."""
    return [i for i in wb.interviews if i.confirmed or i.contradicted or i.new_items
            or i.quotes or i.notes.strip()]


def _heard_something(wb: Workbook, interview: Interview, items: dict) -> bool:
    """The interview marks a real item, or keeps a real quote or a real new item."""
    marked = [items.get(i) for i in (*interview.confirmed, *interview.contradicted)]
    return (any(i is not None and text_problem(i.text, min_words=3) is None for i in marked)
            or any(text_problem(q.text, min_words=MIN_QUOTE_WORDS) is None
                   and not copied_example(q.text) for q in interview.quotes)
            or any(text_problem(n.text, min_words=3) is None for n in interview.new_items))


def real_interviews(wb: Workbook) -> list[Interview]:
    """Logged interviews with a real planned contact, a date not in the future and something
    real heard, one per person."""
    from kit.checks.plan import real_contacts

    today = _dt.date.today().isoformat()
    people_ok = {c.id for c in real_contacts(wb.plan)}
    items = {i.id: i for s in wb.segments for i in s.profile.all_items()}
    kept, people = [], set()
    index = wb.plan.contacts_by_ref()
    for interview in _logged(wb):
        contact = find_contact(index, interview.contact)
        if (contact is None or contact.id not in people_ok or not interview.date
                or interview.date > today or not _heard_something(wb, interview, items)):
            continue
        if contact.id in people:
            continue
        people.add(contact.id)
        kept.append(interview)
    return kept


def _details(wb: Workbook, logged: list[Interview], real: list[Interview]) -> list[Feedback]:
    today = _dt.date.today().isoformat()
    out: list[Feedback] = []
    seen: dict[str, int] = {}
    index, logged_ids = wb.plan.contacts_by_ref(), {id(i) for i in logged}
    for number, interview in enumerate(wb.interviews, 1):
        where = f"interview {number}"
        contact = find_contact(index, interview.contact)
        if not interview.contact.strip() or not interview.date:
            missing = [what for what, value in (("who you talked to", interview.contact.strip()),
                                                ("the date", interview.date)) if not value]
            out.append(Feedback("hint", where, f"Add {' and '.join(missing)}.",
                                "interview-details"))
        elif interview.date > today:
            out.append(Feedback("problem", where, f"The date {interview.date} is in the future: "
                                "log an interview after it took place, with the day it did.",
                                "interviews-plausible"))
        if interview.contact.strip() and contact is None:
            out.append(Feedback("hint", where, "This person is not in your interview plan: add "
                                "them as a contact (why they fit the segment) so the interview "
                                "counts.", "interviews-plausible"))
        elif contact is not None:
            if contact.id in seen:
                out.append(Feedback("hint", where, f"{contact.alias} was already interviewed "
                                    f"(interview {seen[contact.id]}): a second talk with the same "
                                    "person is not a new interview, and counts once.",
                                    "interviews-plausible"))
            else:
                seen[contact.id] = number
            if contact.status != "done" and id(interview) in logged_ids:
                out.append(Feedback("hint", where, f"Mark {contact.alias} as done in the plan: "
                                    "you have logged the interview.",
                                    "interviews-plausible"))
    if real:
        for rule, what in (("interview-details", "Every interview says who and when."),
                           ("interviews-plausible", "Each interview is logged once, after it "
                            "took place, with a planned contact marked done.")):
            if not any(f.rule == rule for f in out):
                out.append(Feedback("ok", "interviews", what, rule))
    return out


def check_interviews(wb: Workbook) -> list[Feedback]:
    """At least 3 interviews with different planned contacts, dated, each with a real quote;
    something new noticed; the evidence followed."""
    logged = _logged(wb)
    real = real_interviews(wb)
    n = len(real)
    out: list[Feedback] = []
    if n < MIN_INTERVIEWS:
        extra = (f" ({len(logged) - n} more logged, but with a person outside the plan or "
                 "without a real name, the same person again, no date or a future date, or "
                 "nothing real heard)") if len(logged) > n else ""
        out.append(Feedback("problem" if not logged else "hint", "interviews", f"Log at least "
                            f"{MIN_INTERVIEWS} interviews with different people from your plan "
                            f"(you have {n}{extra}): one conversation is an anecdote, three "
                            "start to show a pattern.", "interviews-count"))
    else:
        out.append(Feedback("ok", "interviews", f"{n} interviews with different people logged.",
                            "interviews-count"))
    out.extend(_details(wb, logged, real))
    if logged:
        new = [x for i in logged for x in i.new_items
               if text_problem(x.text, min_words=3) is None and not copied_example(x.text)]
        if new:
            out.append(Feedback("ok", "interviews", "You noted things you did not expect.",
                                "interviews-new"))
        else:
            out.append(Feedback("hint", "interviews", "Nothing new in any interview? Listen for "
                                "jobs, pains and gains you did not expect, and log them as new "
                                "items in a sentence: they are often the most valuable finding.",
                                "interviews-new"))
        out.extend(_check_quotes(logged))
        graded = wb.round_segment
        if real and graded is not None and len(real_items(graded.profile.all_items())) >= 3:
            out.extend(check_evidence(wb))
        else:
            out.append(Feedback("hint", "profile", "Log a real interview first (a planned "
                                "contact, a date, what it confirmed or contradicted): the "
                                "evidence comes from interviews.", "interviews-evidence"))
    return out


def _check_quotes(logged: list[Interview]) -> list[Feedback]:
    """Every logged interview keeps at least one quote: a real sentence in their words."""
    missing = []
    for number, interview in enumerate(logged, 1):
        if not any(text_problem(q.text, min_words=MIN_QUOTE_WORDS) is None
                   and not copied_example(q.text) for q in interview.quotes):
            missing.append(number)
    if missing:
        return [Feedback("hint", "interviews", f"{len(missing)} logged interview(s) have no "
                         "quote in the person's own words (a sentence of four words or more, "
                         "for example \u201cI end up ordering pizza twice a week\u201d).",
                         "interviews-quotes")]
    return [Feedback("ok", "interviews", "Every interview keeps a quote in the person's words.",
                     "interviews-quotes")]


def check_persona(wb: Workbook) -> list[Feedback]:
    """A persona concrete enough to pin on a wall, for a segment with a profile."""
    p = wb.persona
    segment = next((s for s in wb.segments if s.id == p.segment), None)
    missing = []
    if segment is None:
        missing.append("the segment it stands for")
    if text_problem(p.name, what="a name", name=True) is not None:
        missing.append("a name")
    details = [d for d in (p.age, p.location, p.occupation) if d.strip()]
    if len(details) < 2:
        missing.append("at least two of age, where they live and what they do")
    if text_problem(p.quote, min_words=MIN_QUOTE_WORDS) is not None:
        missing.append("a quote in their words (a whole sentence)")
    if segment is not None and not segment.profile.all_items():
        missing.append("a customer profile for its segment (lesson 03)")
    copied = next((copied_example(t) for t in (p.quote, p.story) if copied_example(t)), None)
    if copied:
        missing.append(f"words of its own (the quote or story is copied from {copied})")
    if missing or segment is None:  # (no segment is always missing)
        level = "problem" if not (p.name.strip() or p.quote.strip()) else "hint"
        out = [Feedback(level, "persona", f"Give the persona {', '.join(missing)}.",
                        "persona-complete")]
    else:
        out = [Feedback("ok", "persona", f"{p.name} stands for '{segment.name}'.",
                        "persona-complete")]
    if segment is None:
        return out
    validated = [i for i in segment.profile.all_items() if i.evidence == "validated"]
    if validated:
        out.append(Feedback("ok", "persona", f"Built on {len(validated)} validated item(s).",
                            "persona-evidence"))
    elif _HYPOTHESIS_PERSONA.search(" ".join((p.story, p.quote, p.name))):
        out.append(Feedback("ok", "persona", "A hypothesis persona, and it says so.",
                            "persona-evidence"))
    else:
        out.append(Feedback("hint", "persona", f"Nothing in '{segment.name}' is validated yet, so "
                            "this persona is a guess: say so in its story ('a hypothesis "
                            "persona, to test'), or build it once interviews validate items.",
                            "persona-evidence"))
    return out
