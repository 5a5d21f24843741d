"""The domain of customer discovery, as plain dataclasses.

Segments (with their descriptors and customer profile), contacts, questions, the interview plan,
interviews, and the :class:`Workbook` that holds all of one learner's work. Nothing here imports
Jupyter, widgets, plotting or nbgrader, and nothing here touches a file: :mod:`kit.workbook`
does that.

Choice fields (a segment's ``kind``, a job's ``type``, an item's ``evidence`` ...) are checked
whenever they are set, so a wrong value fails at once with a message that names the field and
the valid choices::

    >>> Job("Get dinner on the table by 7pm", type="fun")
    Traceback (most recent call last):
    ...
    kit.errors.ValidationError: type: 'fun' is not a job type. Choose one of: functional, ...
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import types
import typing
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from kit.errors import ValidationError

__all__ = [
    "CONTACT_STATUSES",
    "CUSTOMER_KINDS",
    "DESCRIPTOR_FAMILIES",
    "EVIDENCE_STATUSES",
    "GAIN_RELEVANCE",
    "GAIN_TYPES",
    "ITEM_KINDS",
    "JOB_IMPORTANCE",
    "JOB_TYPES",
    "PAIN_SEVERITY",
    "SCHEMA_VERSION",
    "SEGMENT_PATTERNS",
    "Contact",
    "CustomerProfile",
    "Gain",
    "Interview",
    "InterviewPlan",
    "Job",
    "NewItem",
    "Pain",
    "Persona",
    "ProfileItem",
    "Question",
    "Quote",
    "Segment",
    "Workbook",
]

#: Version of the workbook file format written by this kit (see ``kit.workbook.MIGRATIONS``).
SCHEMA_VERSION = 3

CUSTOMER_KINDS = ("consumer", "business")
DESCRIPTOR_FAMILIES = ("demographic", "geographic", "behavioural", "psychographic", "firmographic")
JOB_TYPES = ("functional", "social", "emotional", "basic need")
GAIN_TYPES = ("required", "expected", "desired", "unexpected")
EVIDENCE_STATUSES = ("hypothesis", "validated", "invalidated")
CONTACT_STATUSES = ("planned", "contacted", "scheduled", "done")
ITEM_KINDS = ("job", "pain", "gain")
SEGMENT_PATTERNS = ("mass market", "niche", "segmented", "diversified", "multi-sided")
# Ranking scales, from the strongest to the weakest.
JOB_IMPORTANCE = ("very important", "important", "less important")
PAIN_SEVERITY = ("extreme", "severe", "moderate")
GAIN_RELEVANCE = ("essential", "important", "nice to have")

# Everyday spellings learners type, mapped to the kit's words.
_SYNONYMS = {
    "b2c": "consumer", "person": "consumer", "people": "consumer", "individual": "consumer",
    "b2b": "business", "organisation": "business", "organization": "business",
    "company": "business",
    "behavioral": "behavioural", "basic": "basic need", "basic needs": "basic need",
    "mass": "mass market", "multisided": "multi-sided", "multi sided": "multi-sided",
    "hypothesised": "hypothesis", "hypothesized": "hypothesis",
}

_CHOICE_NAMES = {
    CUSTOMER_KINDS: "customer kind", DESCRIPTOR_FAMILIES: "descriptor family",
    JOB_TYPES: "job type", GAIN_TYPES: "gain type", EVIDENCE_STATUSES: "evidence status",
    CONTACT_STATUSES: "contact status", ITEM_KINDS: "kind of profile item",
    SEGMENT_PATTERNS: "segment pattern", JOB_IMPORTANCE: "importance level",
    PAIN_SEVERITY: "severity level", GAIN_RELEVANCE: "relevance level",
}


def new_id() -> str:
    """A short random identifier that links interviews and quotes to profile items."""
    return uuid.uuid4().hex[:8]


def choose(value: Any, choices: tuple[str, ...], where: str, *, optional: bool = False) -> Any:
    """Return ``value`` in its canonical spelling if it is one of ``choices``; else raise."""
    if value is None and optional:
        return None
    kind = _CHOICE_NAMES.get(choices, "valid value")
    if not isinstance(value, str):
        raise ValidationError(where, f"expected a {kind} as text, got {_show(value)}.", choices)
    key = " ".join(value.strip().lower().replace("_", " ").split())
    key = _SYNONYMS.get(key, key)
    if key in choices:
        return key
    if key.replace(" ", "-") in choices:
        return key.replace(" ", "-")
    raise ValidationError(where, f"{value!r} is not a {kind}.", choices)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Model:
    """Shared behaviour: choice fields are checked on every assignment; dict round-trip."""

    #: field name -> (choices, optional)
    _choices: ClassVar[dict[str, tuple[tuple[str, ...], bool]]] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        spec = self._choices.get(name)
        if spec is not None:
            value = choose(value, spec[0], name, optional=spec[1])
        super().__setattr__(name, value)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (lists, dicts, text, numbers)."""
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> typing.Self:
        """Build from plain data, checking every field; errors name the field path."""
        return _load(cls, data, where or cls.__name__)


def _dump(value: Any) -> Any:
    if isinstance(value, _Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


M = TypeVar("M", bound=_Model)
_HINTS: dict[type, dict[str, Any]] = {}


def _load(cls: type[M], data: Any, where: str) -> M:
    if not isinstance(data, dict):
        raise ValidationError(where, f"expected a record of fields, got {_show(data)}.")
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValidationError(
            where, f"unknown field {unknown[0]!r}.", tuple(sorted(known))
        )
    kwargs = {name: _convert(hints[name], value, f"{where}.{name}") for name, value in data.items()}
    try:
        return cls(**kwargs)
    except ValidationError as err:
        raise ValidationError(f"{where}.{err.field}", err.problem, err.choices) from None


def _convert(hint: Any, value: Any, where: str) -> Any:
    """Check ``value`` against a type hint of the model (a small, closed set of shapes)."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, where)
    if isinstance(hint, type) and issubclass(hint, _Model):
        return _load(hint, value, where)
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError(where, f"expected a list, got {_show(value)}.")
        (item_hint,) = typing.get_args(hint)
        return [_convert(item_hint, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ValidationError(where, f"expected a record, got {_show(value)}.")
        _, value_hint = typing.get_args(hint)
        return {k: _convert(value_hint, v, f"{where}.{k}") for k, v in value.items()}
    if hint is bool:
        if not isinstance(value, bool):
            raise ValidationError(where, f"expected true or false, got {_show(value)}.")
        return value
    if hint is int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(where, f"expected a whole number, got {_show(value)}.")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ValidationError(where, f"expected text, got {_show(value)}.")
        return value
    raise TypeError(f"model field type not handled: {hint!r}")  # pragma: no cover


def _text(value: Any, where: str, *, required: str = "") -> str:
    if not isinstance(value, str):
        raise ValidationError(where, f"expected text, got {_show(value)}.")
    if required and not value.strip():
        raise ValidationError(where, required)
    return value


# --------------------------------------------------------------------------- customer profile


@dataclass(eq=False)
class ProfileItem(_Model):
    """A job, pain or gain of a customer profile, with its evidence status.

    ``addressed`` says whether the *current offering* (what customers use today, or your idea
    as it stands) already addresses this item: ``True``, ``False`` (it misses it) or ``None``
    (not assessed yet). ``origin`` is empty for a hypothesis written before the interviews, or
    the id of the interview's new item (:class:`NewItem`) it was added from.
    """

    text: str = ""
    evidence: str = "hypothesis"
    addressed: bool | None = None
    notes: str = ""
    origin: str = ""
    id: str = field(default_factory=new_id)

    kind: ClassVar[str] = ""
    level_field: ClassVar[str] = ""
    levels: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        _text(self.text, "text")
        _text(self.origin, "origin")
        _text(self.id, "id", required="every item needs an id.")

    @property
    def level(self) -> str | None:
        """The ranking level: importance (jobs), severity (pains) or relevance (gains)."""
        return getattr(self, self.level_field)

    @level.setter
    def level(self, value: str | None) -> None:
        setattr(self, self.level_field, value)


@dataclass(eq=False)
class Job(ProfileItem):
    """What customers try to get done: functional, social, emotional, or a basic need."""

    type: str = "functional"
    importance: str | None = None

    kind: ClassVar[str] = "job"
    level_field: ClassVar[str] = "importance"
    levels: ClassVar[tuple[str, ...]] = JOB_IMPORTANCE
    _choices: ClassVar = {"evidence": (EVIDENCE_STATUSES, False), "type": (JOB_TYPES, False),
                          "importance": (JOB_IMPORTANCE, True)}


@dataclass(eq=False)
class Pain(ProfileItem):
    """A negative outcome, obstacle or risk before, during or after a job."""

    severity: str | None = None

    kind: ClassVar[str] = "pain"
    level_field: ClassVar[str] = "severity"
    levels: ClassVar[tuple[str, ...]] = PAIN_SEVERITY
    _choices: ClassVar = {"evidence": (EVIDENCE_STATUSES, False),
                          "severity": (PAIN_SEVERITY, True)}


@dataclass(eq=False)
class Gain(ProfileItem):
    """An outcome or benefit customers want: required, expected, desired or unexpected."""

    type: str = "desired"
    relevance: str | None = None

    kind: ClassVar[str] = "gain"
    level_field: ClassVar[str] = "relevance"
    levels: ClassVar[tuple[str, ...]] = GAIN_RELEVANCE
    _choices: ClassVar = {"evidence": (EVIDENCE_STATUSES, False), "type": (GAIN_TYPES, False),
                          "relevance": (GAIN_RELEVANCE, True)}


_ITEM_CLASSES: dict[str, type[ProfileItem]] = {"job": Job, "pain": Pain, "gain": Gain}


@dataclass(eq=False)
class CustomerProfile(_Model):
    """The customer side of the Value Proposition Canvas. List order is the ranking (top first)."""

    jobs: list[Job] = field(default_factory=list)
    pains: list[Pain] = field(default_factory=list)
    gains: list[Gain] = field(default_factory=list)

    def items_of(self, kind: str) -> list[Any]:
        """The ranked list of ``'job'``, ``'pain'`` or ``'gain'`` items (the list itself)."""
        return getattr(self, choose(kind, ITEM_KINDS, "kind") + "s")

    def add(self, kind: str, text: str, **fields: Any) -> ProfileItem:
        """Add a job, pain or gain at the bottom of its ranking and return it."""
        kind = choose(kind, ITEM_KINDS, "kind")
        item = _ITEM_CLASSES[kind](text=text, **fields)
        self.items_of(kind).append(item)
        return item

    def add_job(self, text: str, **fields: Any) -> Job:
        return self.add("job", text, **fields)  # type: ignore[return-value]

    def add_pain(self, text: str, **fields: Any) -> Pain:
        return self.add("pain", text, **fields)  # type: ignore[return-value]

    def add_gain(self, text: str, **fields: Any) -> Gain:
        return self.add("gain", text, **fields)  # type: ignore[return-value]

    def all_items(self) -> list[ProfileItem]:
        return [*self.jobs, *self.pains, *self.gains]

    def find(self, item_id: str) -> ProfileItem | None:
        return next((i for i in self.all_items() if i.id == item_id), None)

    def remove(self, item: ProfileItem) -> None:
        self.items_of(item.kind).remove(item)

    def move(self, item: ProfileItem, position: int) -> None:
        """Move ``item`` to ``position`` (0 = top) in its ranking; out-of-range values clamp."""
        items = self.items_of(item.kind)
        items.remove(item)
        items.insert(max(0, min(position, len(items))), item)

    def rank(self, item: ProfileItem) -> int:
        """1-based rank of ``item`` within its kind."""
        return self.items_of(item.kind).index(item) + 1


# --------------------------------------------------------------------------- segments


def _empty_descriptors() -> dict[str, list[str]]:
    return {family: [] for family in DESCRIPTOR_FAMILIES}


@dataclass(eq=False)
class Segment(_Model):
    """A group of customers with shared characteristics that make them want similar things.

    ``descriptors`` maps each family (demographic, geographic, behavioural, psychographic,
    firmographic) to short phrases such as ``"30-45 years old"`` or ``"10-49 employees"``.
    ``targeted`` is ``True`` (we serve it), ``False`` (a neighbouring segment we choose not to
    serve) or ``None`` (not decided yet); ``reason`` says why. ``payer`` and ``user`` tell who
    pays and who uses when they differ; ``context`` is the situation in which they act as
    customers.
    """

    name: str = ""
    kind: str = "consumer"
    descriptors: dict[str, list[str]] = field(default_factory=_empty_descriptors)
    targeted: bool | None = None
    reason: str = ""
    size: int | None = None
    context: str = ""
    payer: str = ""
    user: str = ""
    notes: str = ""
    profile: CustomerProfile = field(default_factory=CustomerProfile)
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"kind": (CUSTOMER_KINDS, False)}

    def __post_init__(self) -> None:
        _text(self.name, "name", required=(
            "a segment needs a name, for example 'Parents of toddlers in big cities'."))
        if self.size is not None and (isinstance(self.size, bool) or not isinstance(
                self.size, int) or self.size < 0):
            raise ValidationError("size", f"expected a whole number of customers (0 or more), "
                                  f"got {_show(self.size)}.")
        clean = _empty_descriptors()
        for family, values in self.descriptors.items():
            family = choose(family, DESCRIPTOR_FAMILIES, "descriptors")
            if not isinstance(values, list):
                raise ValidationError(f"descriptors.{family}", "expected a list of phrases.")
            clean[family].extend(_text(v, f"descriptors.{family}") for v in values)
        self.descriptors = clean

    def add_descriptor(self, family: str, text: str) -> None:
        """Add a descriptor phrase, e.g. ``add_descriptor("geographic", "big city")``."""
        family = choose(family, DESCRIPTOR_FAMILIES, "family")
        text = _text(text, "descriptor").strip()
        if not text:
            raise ValidationError("descriptor", "a descriptor cannot be empty.")
        if text not in self.descriptors[family]:
            self.descriptors[family].append(text)

    def all_descriptors(self) -> list[tuple[str, str]]:
        """``(family, phrase)`` pairs, in family order."""
        return [(f, d) for f in DESCRIPTOR_FAMILIES for d in self.descriptors[f] if d.strip()]

    def families_used(self) -> list[str]:
        return [f for f in DESCRIPTOR_FAMILIES if any(d.strip() for d in self.descriptors[f])]


# --------------------------------------------------------------------------- interviews


@dataclass(eq=False)
class Contact(_Model):
    """A real person you plan to interview: why they match the segment and how to reach them."""

    alias: str = ""
    why: str = ""
    reach: str = ""
    status: str = "planned"
    notes: str = ""
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"status": (CONTACT_STATUSES, False)}

    def __post_init__(self) -> None:
        _text(self.alias, "alias", required=(
            "a contact needs an alias (a first name or a nickname is enough)."))


@dataclass(eq=False)
class Question(_Model):
    """One question of the interview's question set."""

    text: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _text(self.text, "text")


@dataclass(eq=False)
class InterviewPlan(_Model):
    """Who to talk to (3–5 contacts), what you want to learn, and the question set."""

    segment: str = ""  # the id of the segment the interviews are about
    learning_goal: str = ""
    problem_focus: str = ""
    contacts: list[Contact] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def add_contact(self, alias: str, **fields: Any) -> Contact:
        contact = Contact(alias=alias, **fields)
        self.contacts.append(contact)
        return contact

    def add_question(self, text: str, **fields: Any) -> Question:
        question = Question(text=text, **fields)
        self.questions.append(question)
        return question


@dataclass(eq=False)
class NewItem(_Model):
    """Something heard in an interview that was not in the profile yet.

    When a later interview mentions it again, that interview lists this item's ``id`` in its
    ``confirmed`` list, so patterns across interviews can be counted.
    """

    kind: str = "pain"
    text: str = ""
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"kind": (ITEM_KINDS, False)}


@dataclass(eq=False)
class Quote(_Model):
    """A short quote, optionally tied to the profile item it supports or contradicts."""

    text: str = ""
    item: str = ""  # id of a profile item, or "" for a general quote


@dataclass(eq=False)
class Interview(_Model):
    """What was heard in one interview: hypotheses confirmed or contradicted, and what was new."""

    contact: str = ""  # the contact's id (or alias, for an interview outside the plan)
    date: str = ""  # ISO date, e.g. "2026-11-22"
    confirmed: list[str] = field(default_factory=list)  # ids of profile items
    contradicted: list[str] = field(default_factory=list)
    new_items: list[NewItem] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.date:
            try:
                _dt.date.fromisoformat(self.date)
            except (TypeError, ValueError):
                raise ValidationError("date", f"{_show(self.date)} is not a date; write it as "
                                      "year-month-day, for example 2026-11-22.") from None


@dataclass(eq=False)
class Persona(_Model):
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


# --------------------------------------------------------------------------- the workbook


@dataclass(eq=False)
class Workbook(_Model):
    """All of one learner's work. Open one from a file with ``kit.open_workbook(path)``.

    ``offering`` is the current offering (your idea as it stands, or what customers use today);
    ``segment_pattern`` is the business model's pattern (mass market, niche, segmented,
    diversified, multi-sided); ``answers`` holds free-text answers to exercises, by exercise id.
    """

    learner: str = ""
    offering: str = ""
    segment_pattern: str | None = None
    segments: list[Segment] = field(default_factory=list)
    plan: InterviewPlan = field(default_factory=InterviewPlan)
    interviews: list[Interview] = field(default_factory=list)
    persona: Persona = field(default_factory=Persona)
    answers: dict[str, str] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION

    _choices: ClassVar = {"segment_pattern": (SEGMENT_PATTERNS, True)}
    #: set by kit.workbook when the workbook belongs to a file; not part of the data
    _store: Any = field(default=None, init=False, repr=False, compare=False)
    #: messages for the learner (a recovered file, a save that failed...)
    notices: list[str] = field(default_factory=list, init=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data.pop("_store", None)
        data.pop("notices", None)
        return data

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
        self.segments.remove(segment)

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

    # -- interviews
    def add_interview(self, contact: str, date: str = "", **fields: Any) -> Interview:
        interview = Interview(contact=contact, date=date, **fields)
        self.interviews.append(interview)
        return interview

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
