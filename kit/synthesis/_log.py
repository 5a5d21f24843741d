"""Reading the interview log: which item each marked id stands for, and what was new where.

An interview marks items by id: the profile's hypotheses (confirmed or contradicted), the
new items it logs (:class:`~kit.model.NewItem`), and new items of other interviews it heard
again (their ids in ``confirmed``). A profile item added from a new item (its ``origin`` is
that new item's id) is the same item as the new item: both ids stand for one *key*, the
origin. A hypothesis written before the round (``origin`` empty) is its own key.

An item is **new** in the first logged interview that mentions it, unless it was in the
profile before the round. So confirming a hypothesis is never new, and a new item is new in
the interview that logged it, unless an earlier interview had already heard it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kit.errors import ValidationError
from kit.model import Interview, NewItem, ProfileItem, Segment, Workbook

__all__ = ["LogIndex", "logged_interviews", "mentioned"]


class LogIndex:
    """Every id an interview can mark, mapped to the item (*key*) it stands for.

    ``key[id]`` is the key of a profile item's id, of a new item's id, or of an origin;
    ``pre_round`` holds the keys of the hypotheses written before the interviews;
    ``profile[key]`` is the first profile item with that key, ``new_items[key]`` the first
    new item logged with it; ``logged`` are the interviews that mention at least one item,
    in the order logged, and ``heard[i]`` the keys that ``logged[i]`` mentions.
    """

    def __init__(self, wb: Workbook, interviews: Iterable[Interview] | None = None,
                 prefer: Segment | None = None):
        """``interviews``: the part of the log to read (default: all of it); every item of the
        workbook keeps its key, whichever interviews are read. ``prefer``: the segment whose
        items stand for their keys first (a sub-segment's copy of its parent's item)."""
        self.key: dict[str, str] = {}
        self.pre_round: set[str] = set()
        self.profile: dict[str, ProfileItem] = {}
        self.new_items: dict[str, NewItem] = {}
        for interview in wb.interviews:
            for new_item in interview.new_items:
                self.key.setdefault(new_item.id, new_item.id)
                self.new_items.setdefault(new_item.id, new_item)
        segments = sorted(wb.segments, key=lambda s: s is not prefer)
        for segment in segments:
            for item in segment.profile.all_items():
                key = item.origin or item.id
                self.key[item.id] = key
                self.key.setdefault(key, key)
                self.profile.setdefault(key, item)
                if not item.origin:
                    self.pre_round.add(key)
        self.logged: list[Interview] = []
        self.heard: list[set[str]] = []
        self.confirmed: list[set[str]] = []
        self.contradicted: list[set[str]] = []
        self.logged_new: list[set[str]] = []  # keys logged as new items in that interview
        self.read = list(wb.interviews if interviews is None else interviews)
        for interview in self.read:
            yes = self._keys(interview.confirmed)
            no = self._keys(interview.contradicted)
            new = self._keys(n.id for n in interview.new_items)
            heard = yes | no | new
            if heard:
                self.logged.append(interview)
                self.heard.append(heard)
                self.confirmed.append(yes)
                self.contradicted.append(no)
                self.logged_new.append(new)
        self.first_heard: dict[str, int] = {}
        for number, heard in enumerate(self.heard):
            for key in heard:
                self.first_heard.setdefault(key, number)

    def _keys(self, ids: Iterable[str]) -> set[str]:
        key = self.key
        return {key[x] for x in ids if x in key}

    def new_in(self, number: int) -> set[str]:
        """Keys new in logged interview ``number`` (0-based): first heard there, and not
        hypotheses written before the round."""
        return {k for k in self.heard[number]
                if self.first_heard[k] == number and k not in self.pre_round}

    def shown_id(self, key: str) -> str:
        """The id an item is shown under: its profile item's, else its new item's."""
        item = self.profile.get(key)
        return item.id if item is not None else key


def mentioned(interview: Interview, known: Iterable[str] | None = None) -> set[str]:
    """Ids ``interview`` marks: confirmed, contradicted or new, as they are logged.

    With ``known``, ids that are not in it (an item deleted since) are dropped.
    """
    ids = {*interview.confirmed, *interview.contradicted, *(n.id for n in interview.new_items)}
    if known is None:
        return ids
    return ids & (known if isinstance(known, set | frozenset) else set(known))


def logged_interviews(wb: Workbook) -> list[Interview]:
    """The interviews that mention at least one item of the workbook, in the order logged."""
    return LogIndex(wb).logged


def segment_index(wb: Workbook, segment: Segment | None) -> LogIndex:
    """The log as it counts for ``segment`` (:meth:`~kit.model.Workbook.interviews_of`)."""
    return LogIndex(wb, wb.interviews_of(segment) if segment is not None else None, segment)


def pick_segment(wb: Workbook, segment: Segment | str | None) -> Segment | None:
    if isinstance(segment, Segment):
        return segment
    if segment is not None:
        return wb.segment(segment)
    return wb.plan_segment


def check_numbers(base_size: Any, run_length: Any, threshold: Any) -> None:
    for name, value in (("base_size", base_size), ("run_length", run_length)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValidationError(name, f"expected a whole number of interviews, 1 or more; "
                                  f"got {value!r}.")
    if (isinstance(threshold, bool) or not isinstance(threshold, int | float)
            or not 0 <= threshold < 1):
        raise ValidationError("threshold", f"expected a share from 0 to 1, such as 0.10 for "
                              f"10 %; got {threshold!r}.")
