"""What the interviews allow the profile's evidence to say, and the update button behind it.

The rule (one mention is an anecdote):

- **hypothesis** is always allowed: keeping an item as a hypothesis is never wrong;
- **validated** is allowed with at least :data:`MIN_EVIDENCE` (2) interviews that confirmed
  the item, and more that confirmed it than contradicted it;
- **invalidated** is allowed with at least 2 interviews that contradicted it, and more that
  contradicted it than confirmed it.

The *suggested* status is validated or invalidated when allowed, else hypothesis. Each
interview counts once per item. For an item added to the profile from an interview's new
item (its ``origin``), the interview that first logged it counts as a confirmation (that
person described it), and so does every interview that heard it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.errors import ValidationError
from kit.model import ITEM_KINDS, NewItem, ProfileItem, Segment, Workbook
from kit.synthesis._log import LogIndex, pick_segment, segment_index

__all__ = [
    "MIN_EVIDENCE",
    "ItemEvidence",
    "add_to_profile",
    "allowed_statuses",
    "apply_evidence",
    "suggested_evidence",
    "suggested_status",
    "weigh_evidence",
]

MIN_EVIDENCE = 2
"""Interviews needed to validate (confirmations) or invalidate (contradictions) an item."""


def allowed_statuses(confirmed: int, contradicted: int) -> tuple[str, ...]:
    """The evidence statuses ``confirmed`` and ``contradicted`` interviews allow.

    Always ``"hypothesis"`` first; then ``"validated"`` or ``"invalidated"`` when the rule
    holds (never both)::

        >>> allowed_statuses(1, 0)
        ('hypothesis',)
        >>> allowed_statuses(2, 1)
        ('hypothesis', 'validated')
    """
    out = ["hypothesis"]
    if confirmed >= MIN_EVIDENCE and confirmed > contradicted:
        out.append("validated")
    if contradicted >= MIN_EVIDENCE and contradicted > confirmed:
        out.append("invalidated")
    return tuple(out)


def suggested_status(confirmed: int, contradicted: int) -> str:
    """Validated or invalidated when the interviews allow it, else hypothesis."""
    return allowed_statuses(confirmed, contradicted)[-1]


@dataclass(frozen=True)
class ItemEvidence:
    """What the interviews say about one job, pain or gain of a profile.

    ``interviews`` is the number of logged interviews, ``confirmed`` and ``contradicted`` how
    many of them confirmed or contradicted the item. ``status`` is the item's evidence now,
    ``allowed`` the statuses the interviews allow, ``suggested`` the one they suggest, and
    ``update`` the one "Update the profile's evidence" sets: the status is kept when the
    interviews allow it and it is the suggested one, or the learner wrote a note on the item
    (``noted``) to explain a choice made by hand; otherwise the suggested one.
    """

    id: str
    kind: str
    text: str
    segment: str  # the segment's name
    rank: int
    status: str
    noted: bool
    interviews: int
    confirmed: int
    contradicted: int
    allowed: tuple[str, ...]
    suggested: str

    @property
    def mentioned(self) -> bool:
        """Did any interview confirm or contradict the item?"""
        return bool(self.confirmed or self.contradicted)

    @property
    def followed(self) -> bool:
        """Is the item's status one the interviews allow?"""
        return self.status in self.allowed

    @property
    def update(self) -> str:
        if self.followed and (self.status == self.suggested or self.noted):
            return self.status
        return self.suggested


def _counts(index: LogIndex) -> tuple[dict[str, int], dict[str, int]]:
    """Per key: interviews that confirmed it (an added item's first hearing counts), and
    interviews that contradicted it."""
    yes: dict[str, int] = {}
    no: dict[str, int] = {}
    for confirmed, contradicted, new in zip(index.confirmed, index.contradicted,
                                            index.logged_new, strict=True):
        for key in confirmed | (new - index.pre_round):
            yes[key] = yes.get(key, 0) + 1
        for key in contradicted:
            no[key] = no.get(key, 0) + 1
    return yes, no


def weigh_evidence(wb: Workbook, *, index: LogIndex | None = None) -> list[ItemEvidence]:
    """Every profile item of every segment with what the interviews allow and suggest, in
    segment order, then jobs, pains and gains by rank. Each segment's items are weighed on
    the interviews that count for it (:meth:`~kit.model.Workbook.interviews_of`), unless
    ``index`` gives the log to read for all."""
    out = []
    read: dict[tuple[int, ...], tuple[LogIndex, dict[str, int], dict[str, int]]] = {}
    if index is None and not any(i.segment for i in wb.interviews) and not any(
            s.parent for s in wb.segments):
        index = LogIndex(wb)  # nothing was split: every segment reads the whole log
    whole = (index, *_counts(index)) if index is not None else None
    for segment in wb.segments:
        if index is None:
            scope = tuple(id(i) for i in wb.interviews_of(segment))
            if scope not in read:
                found = segment_index(wb, segment)
                read[scope] = (found, *_counts(found))
            seg_index, yes, no = read[scope]
        else:
            assert whole is not None
            seg_index, yes, no = whole
        n = len(seg_index.logged)
        for kind in ITEM_KINDS:
            for rank, item in enumerate(segment.profile.items_of(kind), 1):
                key = seg_index.key.get(item.id, item.id)
                c, d = yes.get(key, 0), no.get(key, 0)
                allowed = allowed_statuses(c, d)
                out.append(ItemEvidence(
                    id=item.id, kind=kind, text=item.text, segment=segment.name, rank=rank,
                    status=item.evidence, noted=bool(item.notes.strip()), interviews=n,
                    confirmed=c, contradicted=d, allowed=allowed, suggested=allowed[-1]))
    return out


def suggested_evidence(wb: Workbook) -> dict[str, str]:
    """The status the interviews suggest for each profile item they confirm or contradict.

    Keys are item ids, in profile order; items nobody mentioned, and new items not added to
    the profile, are left out. See :func:`allowed_statuses` for the rule.
    """
    return {e.id: e.suggested for e in weigh_evidence(wb) if e.mentioned}


def apply_evidence(wb: Workbook) -> int:
    """Set each profile item's evidence as "Update the profile's evidence" does.

    Each item gets :attr:`ItemEvidence.update`: a status the interviews do not allow (such as
    validated on one mention) becomes the suggested one; an allowed status is kept when it is
    the suggested one or the item has a note (a choice made by hand, with its reason); else
    the suggested status is set. A validated item the interviews still allow to be validated
    is never downgraded. Returns how many items changed. The workbook is not saved: call
    ``wb.save()`` after.
    """
    changed, ranks = 0, wb.item_ranks()
    for e in weigh_evidence(wb):
        found = ranks.get(e.id)
        if found is not None and found[1].evidence != e.update:
            found[1].evidence = e.update
            changed += 1
    return changed


def add_to_profile(wb: Workbook, new_item: NewItem | str, *,
                   segment: Segment | str | None = None) -> ProfileItem:
    """Add an interview's new item to a segment's profile (default: the plan's segment).

    The profile item gets the new item's kind and text, ``origin`` set to its id (so the
    interviews that heard it count as its evidence, and it is not counted as new twice), and
    the status the interviews suggest. An item already added is returned as it is. The
    workbook is not saved: call ``wb.save()`` after.
    """
    item = wb.find_new_item(new_item) if isinstance(new_item, str) else new_item
    if item is None:
        raise ValidationError("new_item", f"no interview logged a new item with id "
                              f"{new_item!r}.")
    target = pick_segment(wb, segment)
    if target is None:
        raise ValidationError("segment", "choose the segment of the interview plan first "
                              "(lesson 04), then add new items to its profile.")
    for existing in target.profile.all_items():
        if item.id in (existing.origin, existing.id):
            return existing
    added = target.profile.add(item.kind, item.text, origin=item.id)
    found = next(e for e in weigh_evidence(wb) if e.id == added.id)
    added.evidence = found.suggested
    return added
