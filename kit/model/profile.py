"""The customer profile: jobs, pains and gains, ranked, each with its evidence status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from kit.model.fields import (
    EVIDENCE_STATUSES,
    GAIN_RELEVANCE,
    GAIN_TYPES,
    ITEM_KINDS,
    JOB_IMPORTANCE,
    JOB_TYPES,
    PAIN_SEVERITY,
    Model,
    check_text,
    choose,
    new_id,
)

__all__ = ["ITEM_CLASSES", "CustomerProfile", "Gain", "Job", "Pain", "ProfileItem"]


@dataclass(eq=False)
class ProfileItem(Model):
    """A job, pain or gain of a customer profile, with its evidence status.

    ``addressed`` says whether the *current offering* (what customers use today, or your idea
    as it stands) already addresses this item: ``True``, ``False`` (it misses it) or ``None``
    (not assessed yet). ``origin`` is empty for a hypothesis written before the interviews, or
    the id of the interview's new item (:class:`~kit.model.NewItem`) it was added from.
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
        check_text(self.text, "text")
        check_text(self.origin, "origin")
        check_text(self.id, "id", required="every item needs an id.")

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


#: The class of each kind of profile item.
ITEM_CLASSES: dict[str, type[ProfileItem]] = {"job": Job, "pain": Pain, "gain": Gain}


@dataclass(eq=False)
class CustomerProfile(Model):
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
        item = ITEM_CLASSES[kind](text=text, **fields)
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
        """Take ``item`` out of this profile only; interviews that mention it keep their marks:
        use :meth:`kit.model.Workbook.remove_item` to remove it from a workbook, links and
        all."""
        self.items_of(item.kind).remove(item)

    def move(self, item: ProfileItem, position: int) -> None:
        """Move ``item`` to ``position`` (0 = top) in its ranking; out-of-range values clamp."""
        items = self.items_of(item.kind)
        items.remove(item)
        items.insert(max(0, min(position, len(items))), item)

    def rank(self, item: ProfileItem) -> int:
        """1-based rank of ``item`` within its kind."""
        return self.items_of(item.kind).index(item) + 1
