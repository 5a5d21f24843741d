"""Re-segmenting from the interviews: where the learner's own log splits, and the split done.

:func:`read_splits` reads a workbook: who was interviewed for a segment, the descriptors each
of them actually has (``Contact.descriptors``), what each one said about each item, and the
splits :func:`kit.synthesis.split.propose_splits` finds there, said in plain words.
:func:`split_matrix` lays out the interviewees x items table the figure draws, grouped by a
split. :func:`resegment` carries a split out: two sub-segments (the parent's descriptors
carried over, the deciding criterion added), the profile items moved or copied, the
interviews assigned, the parent kept as a segment not targeted, with its reason, and the
interview plan turned to the chosen sub-segment for the next round.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kit.errors import ValidationError
from kit.model import (
    DESCRIPTOR_FAMILIES,
    Contact,
    Interview,
    Segment,
    Workbook,
    find_contact,
    phrase_key,
)
from kit.synthesis._log import pick_segment, segment_index
from kit.synthesis.evidence import weigh_evidence
from kit.synthesis.split import Split, propose_splits

__all__ = [
    "BOTH",
    "INSIDE",
    "OUTSIDE",
    "Interviewee",
    "Matrix",
    "Resegmented",
    "SplitReading",
    "default_placement",
    "default_reason",
    "interviewee_key",
    "read_splits",
    "resegment",
    "split_matrix",
]

INSIDE, OUTSIDE, BOTH = "inside", "outside", "both"
PLACES = (INSIDE, OUTSIDE, BOTH)


@dataclass(frozen=True)
class Interviewee:
    """One person interviewed for the segment: ``key`` (their contact's id, or the alias an
    interview outside the plan names), ``name`` (the alias), the descriptors they have (as
    written), and what they said: item id (as shown) -> ``"confirmed"``, ``"contradicted"``
    or ``"new"`` (they brought it up first: that counts as confirming it)."""

    key: str
    name: str
    descriptors: tuple[str, ...]
    answers: dict[str, str]


@dataclass(frozen=True)
class SplitReading:
    """Where a segment's interviews split, read from a workbook (:func:`read_splits`).

    ``splits`` name interviewees by :attr:`Interviewee.key` and items by their shown id;
    ``items`` gives each item's text and ``kinds`` its kind; ``families`` each descriptor's
    family (by the phrase as written); ``undescribed`` the names of the interviewees with no
    descriptor recorded; ``message`` the best proposal in words, or why there is none.
    """

    segment: Segment | None
    interviewees: tuple[Interviewee, ...]
    splits: tuple[Split, ...]
    items: dict[str, str]
    kinds: dict[str, str]
    families: dict[str, str]
    undescribed: tuple[str, ...]
    message: str

    def names(self) -> dict[str, str]:
        """Interviewee key -> name."""
        return {p.key: p.name for p in self.interviewees}

    def said(self, split: Split) -> str:
        """``split`` in plain words, with item texts and people's names."""
        names = self.names()
        text = split.said(self.items)
        inside = ", ".join(names.get(k, k) for k in split.inside)
        outside = ", ".join(names.get(k, k) for k in split.outside)
        return f"{text} Inside: {inside}. Outside: {outside}."


def interviewee_key(index: Mapping[str, Contact], interview: Interview) -> str:
    """Who ``interview`` was with, as :func:`read_splits` names them: their contact's id, else
    the alias it names (an interview outside the plan), else the interview's id. ``index``:
    :meth:`~kit.model.InterviewPlan.contacts_by_ref`."""
    contact = find_contact(dict(index), interview.contact)
    return contact.id if contact else interview.contact.strip() or interview.id


def read_splits(wb: Workbook, segment: Segment | str | None = None) -> SplitReading:
    """The interviewees of ``segment`` (default: the plan's), what they are and said, and
    where their answers split (best first; none when no descriptor splits them cleanly).

    Each person counts once: two interviews with the same contact pool their answers (a
    confirmation wins over a contradiction of the same item, as the person described it).
    """
    seg = pick_segment(wb, segment)
    index = segment_index(wb, seg)
    contacts = wb.plan.contacts_by_ref()
    texts: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for key, item in index.profile.items():
        texts[index.shown_id(key)], kinds[index.shown_id(key)] = item.text, item.kind
    for key, new in index.new_items.items():
        texts.setdefault(index.shown_id(key), new.text)
        kinds.setdefault(index.shown_id(key), new.kind)
    people: dict[str, dict] = {}
    families: dict[str, str] = {}
    for number, interview in enumerate(index.logged):
        contact = find_contact(contacts, interview.contact)
        key = interviewee_key(contacts, interview)
        person = people.setdefault(key, {"name": contact.alias if contact else (
                                             interview.contact.strip() or "?"),
                                         "descriptors": {}, "answers": {}})
        if contact is not None:
            for family, phrase in contact.all_descriptors():
                person["descriptors"].setdefault(phrase_key(phrase), phrase)
                families.setdefault(phrase, family)
        answers = person["answers"]
        for state, keys in (("contradicted", index.contradicted[number]),
                            ("confirmed", index.confirmed[number]),
                            ("new", index.logged_new[number])):
            for k in keys:
                item_id = index.shown_id(k)
                if state == "contradicted" and answers.get(item_id) in ("confirmed", "new"):
                    continue
                answers[item_id] = state if state != "new" or k not in index.pre_round else (
                    "confirmed")
    interviewees = tuple(
        Interviewee(key, p["name"], tuple(p["descriptors"].values()), dict(p["answers"]))
        for key, p in people.items())
    undescribed = tuple(p.name for p in interviewees if not p.descriptors)
    splits = propose_splits(
        {p.key: {phrase_key(d) for d in p.descriptors} for p in interviewees if p.descriptors},
        {p.key: {i: "contradicted" if a == "contradicted" else "confirmed"
                 for i, a in p.answers.items()} for p in interviewees})
    shown = {phrase_key(d): d for p in interviewees for d in p.descriptors}
    splits = [_shown(s, shown) for s in splits]
    reading = SplitReading(seg, interviewees, tuple(splits), texts, kinds, families,
                           undescribed, "")
    return replace(reading, message=_message(reading))


def _shown(split: Split, shown: Mapping[str, str]) -> Split:
    return replace(split, descriptor=shown.get(split.descriptor, split.descriptor),
                   also=tuple(shown.get(d, d) for d in split.also),
                   others=tuple(shown.get(d, d) for d in split.others))


def _message(reading: SplitReading) -> str:
    n = len(reading.interviewees)
    described = n - len(reading.undescribed)
    if n < 3:
        return (f"{n} interviewee(s) so far: a split needs at least 3 people who were "
                "interviewed and described (2 who have a descriptor, 1 who has not).")
    gap = ""
    if reading.undescribed:
        who = ", ".join(reading.undescribed)
        gap = (f" {len(reading.undescribed)} of your {n} interviewees have no descriptor "
               f"recorded ({who}): tick what each of them is, or they cannot be placed.")
    if not reading.splits:
        return ("No descriptor splits the answers cleanly: nobody who shares a descriptor "
                "confirmed the same item while the others did not. That is not a failure: "
                "describe your interviewees with more descriptors (who they live with, how "
                "they work, what they already do and spend), or interview more people, and "
                f"look again.{gap}" if described >= 3 else
                f"Only {described} of your {n} interviewees are described.{gap}")
    best = reading.splits[0]
    more = (f" {len(reading.splits) - 1} other split(s) are listed below it."
            if len(reading.splits) > 1 else "")
    return reading.said(best) + more + gap


@dataclass(frozen=True)
class Matrix:
    """The interviewees x items table of a split, for the figure.

    ``rows`` are interviewee names, those inside the split first (``inside`` of them);
    ``columns`` item texts, the items the split separates first (``split_items`` of them),
    then the other items two or more people mentioned; ``kinds`` the kind of each column;
    ``cells[r][c]`` is ``"confirmed"``, ``"contradicted"``, ``"new"`` or ``""``.
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    kinds: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    inside: int
    split_items: int
    descriptor: str
    title: str = ""


def split_matrix(reading: SplitReading, split: Split | None = None) -> Matrix:
    """The table of ``split`` (default: the best one; without any, everyone in log order)."""
    split = split if split is not None else (reading.splits[0] if reading.splits else None)
    by_key = {p.key: p for p in reading.interviewees}
    if split is not None:
        order = [*split.inside, *split.outside]
        order += [p.key for p in reading.interviewees if p.key not in order]
        first = list(split.items)
    else:
        order, first = [p.key for p in reading.interviewees], []
    counts: dict[str, int] = {}
    for p in reading.interviewees:
        for item in p.answers:
            counts[item] = counts.get(item, 0) + 1
    rest = sorted((i for i, c in counts.items() if c >= 2 and i not in first),
                  key=lambda i: (-counts[i], reading.items.get(i, i)))
    columns = first + rest
    people = [by_key[k] for k in order if k in by_key]
    return Matrix(
        rows=tuple(p.name for p in people),
        columns=tuple(reading.items.get(i, i) for i in columns),
        kinds=tuple(reading.kinds.get(i, "") for i in columns),
        cells=tuple(tuple(p.answers.get(i, "") for i in columns) for p in people),
        inside=len(split.inside) if split is not None else 0,
        split_items=len(first),
        descriptor=split.descriptor if split is not None else "",
        title=reading.segment.name if reading.segment is not None else "")


def default_placement(reading: SplitReading, split: Split) -> dict[str, str]:
    """Where each item goes: an item the split separates goes to the side that confirmed it
    (moved; a new item heard in the interviews is added to that side's profile); every other
    profile item of the parent to both sub-segments (copied)."""
    seg = reading.segment
    if seg is None:
        return {}
    out = {}
    shown = {i.origin: i.id for i in seg.profile.all_items() if i.origin}
    for item in seg.profile.all_items():
        out[item.id] = BOTH
    for item_id, inside in split.confirmed_inside.items():
        out[shown.get(item_id, item_id)] = INSIDE if inside else OUTSIDE
    return out


def default_reason(criterion: str, item: str = "", inside_confirmed: bool = True) -> str:
    """Why the parent is no longer targeted, in words: the criterion its interviews split on
    and, when given, the item that showed it."""
    if not item:
        return (f"Too broad: the interviews split on \u201c{criterion}\u201d, and the two sides "
                "want different things; we interview each group apart.")
    who = "have" if inside_confirmed else "do not have"
    return (f"Too broad: the interviewees who confirmed \u201c{item}\u201d are those who {who} "
            f"\u201c{criterion}\u201d, and the others want different things; we interview each "
            "group apart.")


@dataclass
class Resegmented:
    """What :func:`resegment` made: the two sub-segments, the one chosen for the next round,
    and the parent (kept, not targeted)."""

    inside: Segment
    outside: Segment
    chosen: Segment
    parent: Segment


def _family(family: str) -> str:
    if family not in DESCRIPTOR_FAMILIES:
        raise ValidationError("family", f"{family!r} is not a descriptor family; choose one of "
                              f"{', '.join(DESCRIPTOR_FAMILIES)}.")
    return family


def resegment(wb: Workbook, *, criterion: str, family: str, names: Sequence[str],
              inside: Sequence[str], outside: Sequence[str] = (),
              other_criterion: str = "", placement: Mapping[str, str] | None = None,
              chosen: str = INSIDE, reason: str = "",
              segment: Segment | str | None = None) -> Resegmented:
    """Split ``segment`` (default: the plan's) in two on ``criterion``.

    ``names``: the two sub-segments' names (inside first); ``inside``/``outside``: the
    interviewees (contact ids or aliases) on each side, whose interviews are assigned to that
    sub-segment (an interviewee in neither stays with the parent); ``other_criterion``: the
    descriptor added to the outside sub-segment (default: "not: <criterion>");
    ``placement``: parent item id -> ``"inside"``, ``"outside"`` or ``"both"`` (default:
    both; the id of a new item heard in the interviews adds it to that side's profile, with
    its ``origin``, as "add to profile" does); ``chosen``: which sub-segment the next round
    is for; ``reason``: why the parent is no longer targeted (default: the criterion said in
    words).

    Each sub-segment gets the parent's kind, descriptors, cut, context, payer and user, with
    the criterion added, ``parent`` set to the parent's id and ``criterion`` to its phrase.
    Each profile item placed on a side is copied there with ``origin`` pointing at the
    parent's item (so the interviews that marked it still count), and an evidence status
    the sub-segment's own interviews allow. The parent keeps all of its profile, as the
    record of the round, and becomes not targeted with ``reason``. The interview plan turns
    to the chosen sub-segment; its contacts stay. Every input is checked before anything
    changes, so a refused split leaves the workbook as it was. The workbook is not saved.
    """
    parent = pick_segment(wb, segment)
    if parent is None:
        raise ValidationError("segment", "choose the segment to split first: the one your "
                              "interview plan is about (lesson 04).")
    criterion = " ".join(str(criterion).split())
    if not criterion:
        raise ValidationError("criterion", "name the descriptor the split is on, for example "
                              "'runs a club of over 100 members'.")
    family = _family(family)
    if len(names) != 2 or any(not str(n).strip() for n in names):
        raise ValidationError("names", "give the two sub-segments a name each, for example "
                              "'Big clubs (over 100 members)' and 'Small clubs'.")
    if phrase_key(names[0]) == phrase_key(names[1]):
        raise ValidationError("names", "the two sub-segments need different names.")
    taken = [n for n in names if any(phrase_key(s.name) == phrase_key(str(n)) for s in wb.segments)]
    if taken:
        raise ValidationError("names", f"there is already a segment called {taken[0]!r}; give "
                              "the sub-segment a name of its own.")
    if chosen not in (INSIDE, OUTSIDE):
        raise ValidationError("chosen", "choose the sub-segment the next round is for: "
                              f"{INSIDE!r} or {OUTSIDE!r}.")
    placement = dict(placement or {})
    bad = [p for p in placement.values() if p not in PLACES]
    if bad:
        raise ValidationError("placement", f"{bad[0]!r} is not a place for an item; use "
                              f"{', '.join(map(repr, PLACES))}.")
    in_parent = {i.id for i in parent.profile.all_items()} | {
        i.origin for i in parent.profile.all_items() if i.origin}
    unknown = [i for i in placement if i not in in_parent and wb.find_new_item(i) is None]
    if unknown:
        raise ValidationError("placement", f"no profile item or new item has the id "
                              f"{unknown[0]!r}.")
    contacts = wb.plan.contacts_by_ref()

    def key(ref: str) -> str:
        c = find_contact(contacts, ref)
        return c.id if c else ref

    sides = {key(r): INSIDE for r in inside} | {key(r): OUTSIDE for r in outside}
    clash = set(map(key, inside)) & set(map(key, outside))
    if clash:
        raise ValidationError("inside", "an interviewee cannot be on both sides: "
                              f"{', '.join(sorted(clash))}.")
    other = " ".join(str(other_criterion).split()) or f"not: {criterion}"
    made = []
    for name, phrase in ((names[0], criterion), (names[1], other)):
        child = Segment(  # made whole (and checked) before the workbook changes
            name=str(name).strip(), kind=parent.kind, cut=list(parent.cut),
            descriptors={f: list(v) for f, v in parent.descriptors.items()},
            context=parent.context, payer=parent.payer, user=parent.user,
            parent=parent.id, criterion=phrase)
        child.add_descriptor(family, phrase)
        made.append(child)
    wb.segments.extend(made)  # the names were checked against the others above
    inside_seg, outside_seg = made
    for interview in wb.interviews_of(parent):
        side = sides.get(key(interview.contact))
        if side is not None and interview.segment in ("", parent.id):
            interview.segment = (inside_seg if side == INSIDE else outside_seg).id
    for item in parent.profile.all_items():
        place = placement.get(item.id, BOTH)
        for side, child in ((INSIDE, inside_seg), (OUTSIDE, outside_seg)):
            if place in (side, BOTH):
                fields = item.to_dict()
                for drop in ("id", "text", "origin", "kind"):
                    fields.pop(drop, None)
                child.profile.add(item.kind, item.text, origin=item.origin or item.id,
                                  **fields)
    for item_id, place in placement.items():
        new = wb.find_new_item(item_id) if item_id not in in_parent else None
        if new is None:
            continue
        for side, child in ((INSIDE, inside_seg), (OUTSIDE, outside_seg)):
            if place in (side, BOTH):
                child.profile.add(new.kind, new.text, origin=new.id)
    ranks = wb.item_ranks()
    for e in weigh_evidence(wb):
        found = ranks.get(e.id)
        if found is not None and any(found[0] is m for m in made):
            found[1].evidence = e.update
    chosen_seg = inside_seg if chosen == INSIDE else outside_seg
    chosen_seg.targeted = True
    parent.targeted = False
    parent.reason = " ".join(str(reason).split()) or default_reason(criterion)
    wb.plan.segment = chosen_seg.id
    return Resegmented(inside_seg, outside_seg, chosen_seg, parent)
