"""The :class:`Workbook`: all of one learner's work, and the links between its parts kept whole.

Objects point at each other by id: the plan and the persona at a segment, an interview at a
contact, an interview's marks (``confirmed``, ``contradicted``) and quotes at profile items or
at new items heard in interviews, a profile item at the new item it was added from
(``origin``). The ``remove_*`` methods take an object out and mend what pointed at it, so no id
is left pointing at nothing. The file side (saving, recovering) lives in :mod:`kit.workbook`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from kit.errors import ValidationError
from kit.model.fields import ITEM_KINDS, SEGMENT_PATTERNS, Model
from kit.model.interviews import Contact, Interview, InterviewPlan, NewItem, Persona, Question
from kit.model.profile import ProfileItem
from kit.model.segment import Filter, Segment

__all__ = ["SCHEMA_VERSION", "Workbook"]

#: Version of the workbook file format written by this kit (see ``kit.workbook.MIGRATIONS``).
SCHEMA_VERSION = 5


@dataclass(eq=False)
class Workbook(Model):
    """All of one learner's work. Open one from a file with ``kit.open_workbook(path)``.

    ``offering`` is the current offering (your idea as it stands, or what customers use today);
    ``segment_pattern`` is the business model's pattern (mass market, niche, segmented,
    diversified, multi-sided); ``answers`` holds free-text answers to exercises, by exercise id.
    ``drafts`` holds what was typed in a "new …" box and not added yet, by box (for example
    ``"profile.pain"``), and ``draft_cuts`` the segment explorer's filters not saved as a
    segment yet, by dataset: work in progress lives in the workbook, not in a widget, so a
    kernel restart or a page reload loses none of it. Checks and grading never read them.
    ``notices`` are messages for the learner (a recovered file, a save that failed...): show
    them with :meth:`take_notices`, which empties the list, so each is shown once.
    """

    learner: str = ""
    offering: str = ""
    segment_pattern: str | None = None
    segments: list[Segment] = field(default_factory=list)
    plan: InterviewPlan = field(default_factory=InterviewPlan)
    interviews: list[Interview] = field(default_factory=list)
    persona: Persona = field(default_factory=Persona)
    answers: dict[str, str] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)
    draft_cuts: dict[str, list[Filter]] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION

    _choices: ClassVar = {"segment_pattern": (SEGMENT_PATTERNS, True)}
    #: set by kit.workbook when the workbook belongs to a file; not part of the data
    _store: Any = field(default=None, init=False, repr=False, compare=False)
    #: messages for the learner (a recovered file, a save that failed...), oldest first
    notices: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data.pop("_store", None)
        data.pop("notices", None)
        return data

    def take_notices(self) -> list[str]:
        """The messages for the learner not shown yet, oldest first; the list is emptied, so a
        widget that shows what this returns never shows the same message twice. (Reading
        ``notices`` leaves them for whoever shows them.)"""
        taken = list(self.notices)
        self.notices.clear()
        return taken

    # -- segments
    def add_segment(self, name: str, **fields: Any) -> Segment:
        """Add a segment and return it; other fields as keyword arguments."""
        key = str(name).strip().lower()
        if any(s.name.strip().lower() == key for s in self.segments):
            raise ValidationError("name", f"there is already a segment called {name!r}; "
                                  "give the new one a different name.")
        segment = Segment(name=name, **fields)
        self.segments.append(segment)
        return segment

    def segment(self, name_or_id: str) -> Segment:
        """The segment with this name (any case) or id."""
        for s in self.segments:
            if name_or_id in (s.id, s.name) or s.name.lower() == str(name_or_id).lower():
                return s
        names = ", ".join(repr(s.name) for s in self.segments) or "none yet"
        raise ValidationError("segment", f"there is no segment called {name_or_id!r}. "
                              f"The workbook has these segments: {names}.")

    def remove_segment(self, segment: Segment) -> None:
        """Remove a segment with its customer profile, and mend what pointed at them:

        * the plan is no longer about it (``plan.segment`` becomes ``""``, so the plan is about
          the first targeted segment, as a plan that names none); its contacts and questions
          stay, they are the learner's work and may serve the next segment;
        * the persona no longer stands for it (``persona.segment`` becomes ``""``); its name,
          story and other details stay;
        * interviews keep everything they logged, minus their marks on the segment's jobs,
          pains and gains (those items are gone); a quote tied to one of them stays, as a
          general quote (its ``item`` becomes ``""``): what a customer said is never lost.
        """
        self._check_in(segment, self.segments, "segment", f"the segment {segment.name!r}")
        self.segments.remove(segment)
        if self.plan.segment == segment.id:
            self.plan.segment = ""
        # what was split from it, and the interviews it counted, go to its own parent
        for other in self.segments:
            if other.parent == segment.id:
                other.parent = segment.parent
        for interview in self.interviews:
            if interview.segment == segment.id:
                interview.segment = segment.parent
        key = self.persona.segment.strip()
        if key == segment.id or key.lower() == segment.name.strip().lower():
            self.persona.segment = ""
        self._unlink(item.id for item in segment.profile.all_items())

    @property
    def targeted_segments(self) -> list[Segment]:
        return [s for s in self.segments if s.targeted]

    @property
    def plan_segment(self) -> Segment | None:
        """The segment the interview plan is about (or the first targeted one)."""
        for s in self.segments:
            if s.id == self.plan.segment:
                return s
        targeted = self.targeted_segments
        return targeted[0] if targeted else None

    @property
    def round_segment(self) -> Segment | None:
        """The segment the interviews were first planned for: the plan's segment or, once that
        is a sub-segment split off from the interviews, the segment at the top of its line.
        The work of lessons 01-05 is judged on it, so re-segmenting never undoes it."""
        segment = self.plan_segment
        by_id = {s.id: s for s in self.segments}
        for _ in range(len(self.segments)):
            if segment is None or segment.parent not in by_id:
                break
            segment = by_id[segment.parent]
        return segment

    def sub_segments(self, segment: Segment) -> list[Segment]:
        """The segments split from ``segment``, at any depth (children first)."""
        children: dict[str, list[Segment]] = {}
        for s in self.segments:
            if s.parent:
                children.setdefault(s.parent, []).append(s)
        if not children:
            return []
        out, seen, level = [], {segment.id}, [segment.id]
        while level:
            found = [c for p in level for c in children.get(p, []) if c.id not in seen]
            seen.update(c.id for c in found)
            out.extend(found)
            level = [c.id for c in found]
        return out

    def interviews_of(self, segment: Segment | None) -> list[Interview]:
        """The interviews that count for ``segment``, in the order logged.

        An interview counts for the segment it is assigned to (``Interview.segment``) and for
        the segments that one was split from. An interview assigned to none (or to a segment
        removed since) counts for every segment that was not split from another one: before
        any split, every interview counts everywhere, as it always did. A sub-segment starts
        with the interviews assigned to it when it was split off. ``None`` (no segment):
        every interview.
        """
        if segment is None or not any(i.segment for i in self.interviews):
            return list(self.interviews) if segment is None or not segment.parent else []
        ids = {segment.id} | {s.id for s in self.sub_segments(segment)}
        if segment.parent:
            return [i for i in self.interviews if i.segment in ids]
        known = {s.id for s in self.segments}
        return [i for i in self.interviews if i.segment in ids or i.segment not in known]

    # -- profile items
    def remove_item(self, item: ProfileItem) -> None:
        """Remove a job, pain or gain from the profile it is in, and the interviews' marks on
        it (``confirmed``, ``contradicted``); a quote tied to it stays, as a general quote.
        Marks on the new item it was added from (its ``origin``) stay: that new item is still
        what the interview heard."""
        found = self.find_item(item.id)
        if found is None or found[1] is not item:
            raise ValidationError("item", f"{item.text!r} is not in the profile of any segment "
                                  "of this workbook, so there is nothing to remove.")
        found[0].profile.remove(item)
        self._unlink([item.id])

    # -- the plan
    def remove_contact(self, contact: Contact) -> None:
        """Remove a contact from the plan. An interview already logged with them stays, as an
        interview outside the plan: its ``contact`` becomes their alias instead of their id."""
        self._check_in(contact, self.plan.contacts, "contact", f"the contact {contact.alias!r}")
        self.plan.contacts.remove(contact)
        for interview in self.interviews:
            if interview.contact == contact.id:
                interview.contact = contact.alias

    def remove_question(self, question: Question) -> None:
        """Remove a question from the plan's question set (nothing else points at one)."""
        self._check_in(question, self.plan.questions, "question",
                       f"the question {question.text!r}")
        self.plan.questions.remove(question)

    # -- interviews
    def add_interview(self, contact: str, date: str = "", **fields: Any) -> Interview:
        """Log an interview and return it. Once the plan is about a segment split off from
        the interviews (a sub-segment), a new interview counts for it (``segment``), unless
        ``segment`` is given."""
        plan = self.plan_segment
        if "segment" not in fields and plan is not None and plan.parent:
            fields["segment"] = plan.id
        interview = Interview(contact=contact, date=date, **fields)
        self.interviews.append(interview)
        return interview

    def remove_interview(self, interview: Interview) -> None:
        """Remove an interview with everything logged in it, and mend what pointed at its new
        items: other interviews' marks on them go, their quotes tied to them stay as general
        quotes, and a profile item added from one stays in the profile as an item of its own
        (its ``origin`` becomes ``""``)."""
        self._check_in(interview, self.interviews, "interview", "that interview")
        self.interviews.remove(interview)
        self._unlink_new_items({item.id for item in interview.new_items})

    def remove_new_item(self, interview: Interview, item: NewItem) -> None:
        """Remove a new item from an interview, mending links as :meth:`remove_interview`
        does (a quote of the same interview tied to it stays, as a general quote)."""
        self._check_in(item, interview.new_items, "new item",
                       f"the new item {item.text!r} of that interview")
        interview.new_items.remove(item)
        self._unlink_new_items({item.id})

    def find_new_item(self, item_id: str) -> NewItem | None:
        """A new item heard in some interview, by id."""
        for interview in self.interviews:
            for item in interview.new_items:
                if item.id == item_id:
                    return item
        return None

    def item_ranks(self) -> dict[str, tuple[Segment, ProfileItem, int]]:
        """Every hypothesised job, pain and gain by id: its segment, the item and its rank
        (1-based, within its kind), in one pass (for many lookups, instead of find_item)."""
        found: dict[str, tuple[Segment, ProfileItem, int]] = {}
        for s in self.segments:
            for kind in ITEM_KINDS:
                for rank, item in enumerate(s.profile.items_of(kind), 1):
                    found.setdefault(item.id, (s, item, rank))
        return found

    def find_item(self, item_id: str) -> tuple[Segment, ProfileItem] | None:
        for s in self.segments:
            item = s.profile.find(item_id)
            if item is not None:
                return s, item
        return None

    # -- links
    @staticmethod
    def _check_in(obj: object, where: list[Any], what: str, name: str) -> None:
        if not any(o is obj for o in where):
            raise ValidationError(what, f"{name} is not in this workbook, so there is nothing "
                                  "to remove.")

    def _unlink(self, gone: Iterable[str]) -> None:
        """No interview marks or quotes an item whose id is in ``gone`` any more (a quote
        stays, as a general quote)."""
        ids = set(gone)
        if not ids:
            return
        for interview in self.interviews:
            interview.confirmed[:] = [i for i in interview.confirmed if i not in ids]
            interview.contradicted[:] = [i for i in interview.contradicted if i not in ids]
            for quote in interview.quotes:
                if quote.item in ids:
                    quote.item = ""

    def _unlink_new_items(self, gone: set[str]) -> None:
        self._unlink(gone)
        for segment in self.segments:
            for item in segment.profile.all_items():
                if item.origin in gone:
                    item.origin = ""

    # -- persistence (the file side lives in kit.workbook)
    def validate(self) -> None:
        """Re-check every field (for data changed without going through the setters)."""
        Workbook.from_dict(self.to_dict(), "workbook")

    def save(self) -> None:
        """Save to the workbook file at once (crash-safe); see :func:`kit.open_workbook`."""
        if self._store is None:
            raise ValidationError("", "this workbook is not tied to a file; open one with "
                                  "kit.open_workbook('workbook.json') to be able to save.")
        self._store.save(self)

    @property
    def path(self) -> Any:
        """The file this workbook is saved to (``None`` for an in-memory workbook)."""
        return None if self._store is None else self._store.path
