"""Talking to customers: contacts, the question set, the interview plan, and what each
interview heard (hypotheses confirmed or contradicted, new items, quotes); the persona."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from kit.errors import ValidationError
from kit.model.fields import CONTACT_STATUSES, ITEM_KINDS, Model, check_text, new_id, show
from kit.model.segment import add_phrase, clean_descriptors, empty_descriptors, phrases

__all__ = ["Contact", "Interview", "InterviewPlan", "NewItem", "Persona", "Question", "Quote",
           "find_contact"]


@dataclass(eq=False)
class Contact(Model):
    """A real person you plan to interview: why they match the segment and how to reach them.

    ``descriptors`` are the descriptors this person actually has, by family, as for a segment
    (picked from the segment's and its neighbours' descriptors, or added): what they are, not
    only why they were chosen. They let the kit see where the answers split
    (:mod:`kit.synthesis.split`).
    """

    alias: str = ""
    why: str = ""
    reach: str = ""
    status: str = "planned"
    notes: str = ""
    descriptors: dict[str, list[str]] = field(default_factory=empty_descriptors)
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"status": (CONTACT_STATUSES, False)}

    def __post_init__(self) -> None:
        check_text(self.alias, "alias", required=(
            "a contact needs an alias (a first name or a nickname is enough)."))
        self.descriptors = clean_descriptors(self.descriptors)

    def add_descriptor(self, family: str, text: str) -> None:
        """Add a descriptor this person has, e.g. ``add_descriptor("demographic", "student")``."""
        add_phrase(self.descriptors, family, text)

    def all_descriptors(self) -> list[tuple[str, str]]:
        """``(family, phrase)`` pairs, in family order."""
        return phrases(self.descriptors)


@dataclass(eq=False)
class Question(Model):
    """One question of the interview's question set."""

    text: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_text(self.text, "text")


@dataclass(eq=False)
class InterviewPlan(Model):
    """Who to talk to (3–5 contacts), what you want to learn, and the question set."""

    segment: str = ""  # the id of the segment the interviews are about
    learning_goal: str = ""
    problem_focus: str = ""
    contacts: list[Contact] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def contacts_by_ref(self) -> dict[str, Contact]:
        """The contacts by id and by alias in lower case (an interview names one or the
        other); of two contacts with the same alias, the first wins. Look one up with
        :func:`find_contact`."""
        index: dict[str, Contact] = {}
        for c in reversed(self.contacts):
            index[c.alias.strip().lower()] = c
        index.update({c.id: c for c in self.contacts})
        return index

    def add_contact(self, alias: str, **fields: Any) -> Contact:
        contact = Contact(alias=alias, **fields)
        self.contacts.append(contact)
        return contact

    def add_question(self, text: str, **fields: Any) -> Question:
        question = Question(text=text, **fields)
        self.questions.append(question)
        return question


@dataclass(eq=False)
class NewItem(Model):
    """Something heard in an interview that was not in the profile yet.

    When a later interview mentions it again, that interview lists this item's ``id`` in its
    ``confirmed`` list, so patterns across interviews can be counted.
    """

    kind: str = "pain"
    text: str = ""
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"kind": (ITEM_KINDS, False)}


@dataclass(eq=False)
class Quote(Model):
    """A short quote, optionally tied to the profile item it supports or contradicts."""

    text: str = ""
    item: str = ""  # id of a profile item, or "" for a general quote


@dataclass(eq=False)
class Interview(Model):
    """What was heard in one interview: hypotheses confirmed or contradicted, and what was new."""

    contact: str = ""  # the contact's id (or alias, for an interview outside the plan)
    date: str = ""  # ISO date, e.g. "2026-11-22"
    confirmed: list[str] = field(default_factory=list)  # ids of profile items
    contradicted: list[str] = field(default_factory=list)
    new_items: list[NewItem] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    notes: str = ""
    segment: str = ""  # the segment it counts for once the round's segment was split, or ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.date:
            try:
                _dt.date.fromisoformat(self.date)
            except (TypeError, ValueError):
                raise ValidationError("date", f"{show(self.date)} is not a date; write it as "
                                      "year-month-day, for example 2026-11-22.") from None


@dataclass(eq=False)
class Persona(Model):
    """A validated segment summed up as one person concrete enough to pin on the wall.

    The top jobs, pains and gains come from the segment's ranked profile; the persona adds the
    human details. ``picture`` is an image path, or empty for a placeholder with the initials.
    """

    segment: str = ""  # the id of the segment the persona stands for
    name: str = ""
    age: str = ""
    location: str = ""
    occupation: str = ""
    quote: str = ""
    story: str = ""
    picture: str = ""

    @property
    def initials(self) -> str:
        parts = [p for p in self.name.replace("-", " ").split() if p[:1].isalpha()]
        return "".join(p[0].upper() for p in parts[:2]) or "?"


def find_contact(index: dict[str, Contact], ref: str) -> Contact | None:
    """The contact ``ref`` (an id or an alias, any case) names in ``index``
    (:meth:`InterviewPlan.contacts_by_ref`), or None."""
    ref = ref.strip()
    return (index.get(ref) or index.get(ref.lower())) if ref else None
