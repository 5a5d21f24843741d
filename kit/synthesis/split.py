"""Where a segment splits: the descriptors that separate the interviewees who confirmed an item
from those who did not (they contradicted it, or never raised it).

When the answers of a round diverge (no pattern: :mod:`kit.synthesis`), the segment is probably
too broad. The interviews themselves can say where it breaks: if the three interviewees who
confirmed "receipts go missing" are exactly the three who run clubs of over 100 members,
"over 100 members" is a criterion worth a sub-segment of its own. :func:`propose_splits` looks
at every descriptor the interviewees have, and at every item, and keeps the descriptors that
separate the answers cleanly:

- a descriptor splits the interviewees into those who have it (*inside*) and the others;
- for an item, the split is **clean** when everyone inside confirmed it and nobody outside did,
  or the reverse (nobody inside, everyone outside), with at most one exception per side once
  there are 6 interviews or more;
- a descriptor is proposed when it splits at least one item cleanly, with at least two
  interviewees inside and at least one outside, and at least two who confirmed the item on
  the side that confirmed it (one person is an anecdote); descriptors that pick out exactly
  the same people, or exactly the others, are one proposal (named after the side that
  confirmed, the others listed);
- proposals are ranked by how many items they split cleanly, then by how many interviews back
  them, then by the fewest exceptions.

**How sure is it?** With a handful of interviews even a perfect split can be chance. Each
proposal carries the probability that a split at least as clean turns up by chance among these
interviewees (Fisher's exact test, one-sided, on the item it splits best: the share of ways to
choose who confirmed that are at least as lopsided), and says it in words: below 1 in 20,
*clear*; below 1 in 5, *worth testing*; otherwise *a lead only*. With 5 interviews the best
possible is 1 in 10: the kit then says a lead is worth testing in the next round, never that it
is proven. When no descriptor splits any item cleanly, there is no proposal (the kit does not
invent one): the advice is then to describe the interviewees with more descriptors.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from math import comb

__all__ = ["CLEAR", "LEAD", "WORTH_TESTING", "Split", "chance_of", "propose_splits"]

CLEAR, WORTH_TESTING, LEAD = "clear", "worth testing", "a lead only"
MIN_INSIDE = 2  # one interviewee is an anecdote
EXCEPTIONS_FROM = 6  # from this many interviews on, one exception per side is allowed


@dataclass(frozen=True)
class Split:
    """One proposed split: who has ``descriptor`` (``inside``), who has not (``outside``), the
    items it separates cleanly, and how sure that is."""

    descriptor: str
    also: tuple[str, ...]  # descriptors that pick out exactly the same interviewees
    others: tuple[str, ...]  # descriptors that pick out exactly the other ones
    inside: tuple[str, ...]
    outside: tuple[str, ...]
    items: tuple[str, ...]  # the items split cleanly, best first
    confirmed_inside: dict[str, bool]  # item -> True when it is the inside who confirmed it
    exceptions: int  # answers on the wrong side, over those items
    chance: float  # Fisher's one-sided p on the best item
    strength: str  # CLEAR, WORTH_TESTING or LEAD

    @property
    def interviews(self) -> int:
        return len(self.inside) + len(self.outside)

    def said(self, names: Mapping[str, str] | None = None) -> str:
        """The proposal in plain words (``names``: item id -> its text)."""
        names = names or {}
        item = self.items[0]
        text = names.get(item, item)
        who = "have" if self.confirmed_inside[item] else "do not have"
        more = (f" (it also splits {len(self.items) - 1} other item(s))"
                if len(self.items) > 1 else "")
        also = "".join(f" ({what}: {', '.join(names)})" for what, names in
                       (("the same people", self.also), ("the others", self.others)) if names)
        odds = f"1 in {round(1 / self.chance)}" if self.chance > 0 else "never"
        if self.strength == CLEAR:
            sure = f"a split this clean would come by chance {odds} times: a clear criterion"
        elif self.strength == WORTH_TESTING:
            sure = (f"a split this clean would come by chance {odds} times with "
                    f"{self.interviews} interviews: worth testing in the next round")
        else:
            sure = (f"with {self.interviews} interviews a split this clean comes by chance "
                    f"{odds} times: a lead only, to test with more interviews")
        return (f"The interviewees who confirmed \"{text}\" are those who {who} "
                f"\"{self.descriptor}\"{also}{more}; {sure}.")


def chance_of(n: int, inside: int, confirmed: int, both: int) -> float:
    """Fisher's exact test, one-sided: the probability that, choosing ``confirmed`` of ``n``
    interviewees at random, at least ``both`` of them are among the ``inside`` ones."""
    total = comb(n, confirmed)
    if total == 0:
        return 1.0
    top = min(inside, confirmed)
    ways = sum(comb(inside, k) * comb(n - inside, confirmed - k) for k in range(both, top + 1))
    return ways / total


def _strength(chance: float) -> str:
    if chance < 0.05:
        return CLEAR
    if chance < 0.2:
        return WORTH_TESTING
    return LEAD


def _clean(inside: set[str], outside: set[str], confirmed: set[str],
           allowed: int) -> tuple[bool, int] | None:
    """(the inside confirmed it, exceptions) when the item splits cleanly; else None.

    Clean: at least two confirmed it on one side (one is an anecdote), and at most ``allowed``
    answers on each side go the other way, so that the two sides' shares of confirmations
    still differ by half or more."""
    in_yes, out_yes = len(inside & confirmed), len(outside & confirmed)
    for inside_confirmed in (True, False):
        side, other = (inside, outside) if inside_confirmed else (outside, inside)
        side_yes, other_yes = (in_yes, out_yes) if inside_confirmed else (out_yes, in_yes)
        wrong = (len(side) - side_yes, other_yes)
        if (side_yes >= MIN_INSIDE and max(wrong) <= allowed
                and side_yes / len(side) - other_yes / len(other) >= 0.5):
            return inside_confirmed, sum(wrong)
    return None


def propose_splits(descriptors: Mapping[str, Collection[str]],
                   answers: Mapping[str, Mapping[str, str]]) -> list[Split]:
    """The descriptors that split the answers cleanly, best first (none when none does).

    ``descriptors``: interviewee -> the descriptors they actually have (``"size: over 100
    members"``); ``answers``: interviewee -> item -> ``"confirmed"`` or ``"contradicted"``
    (an item they never raised is left out). Only interviewees in both are counted.
    """
    people = sorted(p for p in descriptors if p in answers)
    n = len(people)
    if n < MIN_INSIDE + 1:
        return []
    allowed = 1 if n >= EXCEPTIONS_FROM else 0
    have = {p: {str(d).strip() for d in descriptors[p] if str(d).strip()} for p in people}
    confirmed: dict[str, set[str]] = {}
    for p in people:
        for item, answer in answers[p].items():
            confirmed.setdefault(item, set())
            if answer == "confirmed":
                confirmed[item].add(p)
    groups: dict[frozenset[str], list[str]] = {}
    for d in sorted({d for ds in have.values() for d in ds}):
        inside = frozenset(p for p in people if d in have[p])
        if len(inside) >= MIN_INSIDE and len(inside) < n:
            groups.setdefault(inside, []).append(d)
    proposals = []
    for inside, names in groups.items():
        outside = set(people) - inside
        found = []
        for item, yes in confirmed.items():
            clean = _clean(set(inside), outside, yes, allowed)
            if clean is None:
                continue
            side = set(inside) if clean[0] else outside
            chance = chance_of(n, len(side), len(yes), len(side & yes))
            found.append((chance, clean[1], item, clean[0]))
        if not found:
            continue
        found.sort()
        best = found[0][0]
        proposals.append(Split(
            descriptor=names[0], also=tuple(names[1:]), others=(), inside=tuple(sorted(inside)),
            outside=tuple(sorted(outside)), items=tuple(f[2] for f in found),
            confirmed_inside={f[2]: f[3] for f in found}, exceptions=sum(f[1] for f in found),
            chance=best, strength=_strength(best)))
    by_partition: dict[frozenset, Split] = {}
    for split in sorted(proposals, key=lambda s: (not s.confirmed_inside[s.items[0]],
                                                  s.descriptor)):
        key = frozenset((split.inside, split.outside))
        kept = by_partition.get(key)
        if kept is None:
            by_partition[key] = split
        else:  # the same people split the other way round: one proposal
            by_partition[key] = replace(kept, others=(*kept.others, split.descriptor,
                                                      *split.also))
    return sorted(by_partition.values(), key=lambda s: (-len(s.items), -s.interviews,
                                                        s.exceptions, s.chance, s.descriptor))
