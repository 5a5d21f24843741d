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
  or the reverse (nobody inside, everyone outside), with at most one exception per side for
  every 6 interviews (none below 6, one from 6, two from 12, three from 18), and the two
  sides' shares of confirmations at least half apart;
- a descriptor is proposed when it splits at least one item cleanly, with at least two
  interviewees inside and at least one outside, and at least two who confirmed the item on
  the side that confirmed it (one person is an anecdote); descriptors that pick out exactly
  the same people, or exactly the others, are one proposal (named after the side that
  confirmed, the others listed);
- proposals are ranked by how many items they split cleanly, then by how many interviews back
  them, then by the fewest exceptions.

**How sure is it?** With a handful of interviews even a perfect split can be chance, and the
more descriptors and items there are, the likelier one of them lines up with the answers by
luck alone. So each proposal carries two numbers:

- ``chance``: for its best item alone, the probability that a split at least as clean turns up
  by chance among these interviewees (Fisher's exact test, one-sided: the share of ways to
  choose who confirmed that are at least as lopsided);
- ``anywhere``: the probability that a split at least that clean turns up *somewhere*, over
  every descriptor and every item, if who has which descriptor had nothing to do with the
  answers. It is found by shuffling: the interviewees' descriptor sets are dealt out again at
  random (every way when there are 6 interviewees or fewer, 2,000 seeded shuffles above,
  fewer for a very large log, never under 200), and the kit counts how often the best split
  of the shuffled log is at least as clean.

The words come from ``anywhere``: below 1 in 20, *clear*; below 1 in 5, *worth testing*;
otherwise *a lead only*. With 5 interviews ``chance`` is at best 1 in 10, and ``anywhere`` is
larger: the kit then says a lead is worth testing in the next round, never that it is proven.
When no descriptor splits any item cleanly, there is no proposal (the kit does not invent one):
the advice is then to describe the interviewees with more descriptors.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from math import comb, factorial

__all__ = ["CLEAR", "LEAD", "WORTH_TESTING", "Split", "chance_of", "propose_splits"]

CLEAR, WORTH_TESTING, LEAD = "clear", "worth testing", "a lead only"
MIN_INSIDE = 2  # one interviewee is an anecdote
EXCEPTIONS_FROM = 6  # one exception per side is allowed for every this many interviews
EVERY_WAY_UP_TO = 6  # interviewees up to which every shuffle is tried (6! = 720)
SHUFFLES = 2000  # seeded shuffles above that
MIN_SHUFFLES = 200  # ... and at least these many, however large the log
SHUFFLE_WORK = 4_000_000  # (descriptor, item) pairs tried over all shuffles, at most


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
    anywhere: float  # chance of a split this clean somewhere, over every descriptor and item
    strength: str  # CLEAR, WORTH_TESTING or LEAD, from ``anywhere``
    tried: tuple[int, int] = (0, 0)  # (descriptors, items) the search looked at

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
        also = "".join(f" ({what}: {', '.join(ds)})" for what, ds in
                       (("the same people", self.also), ("the others", self.others)) if ds)
        where = (f"among the {self.tried[0]} descriptors and {self.tried[1]} items you have"
                 if self.tried[0] else "among your descriptors and items")
        luck = (f"If the descriptors had nothing to do with the answers, a split this clean "
                f"would still turn up somewhere {where} {odds(self.anywhere)}")
        if self.strength == CLEAR:
            sure = f"{luck}: a clear criterion, worth a sub-segment"
        elif self.strength == WORTH_TESTING:
            sure = (f"{luck} with {self.interviews} interviews: worth testing in the next "
                    "round, not proven")
        else:
            sure = (f"{luck} with {self.interviews} interviews: a lead only, to test with more "
                    "interviews")
        return (f"The interviewees who confirmed \"{text}\" are those who {who} "
                f"\"{self.descriptor}\"{also}{more}. {sure}.")


def odds(p: float) -> str:
    """A probability in words: ``"1 time in 10"``, ``"almost always"``."""
    if p >= 0.75:
        return "almost always"
    if p >= 0.4:
        return "about 1 time in 2"
    return f"about 1 time in {max(2, round(1 / p))}" if p > 0 else "never"


def chance_of(n: int, inside: int, confirmed: int, both: int) -> float:
    """Fisher's exact test, one-sided: the probability that, choosing ``confirmed`` of ``n``
    interviewees at random, at least ``both`` of them are among the ``inside`` ones."""
    total = comb(n, confirmed)
    if total == 0:
        return 1.0
    top = min(inside, confirmed)
    ways = sum(comb(inside, k) * comb(n - inside, confirmed - k) for k in range(both, top + 1))
    return ways / total


@lru_cache(maxsize=4096)
def _fisher(n: int, inside: int, confirmed: int, both: int) -> float:
    return chance_of(n, inside, confirmed, both)


def _best_chance(n: int, allowed: int, groups: Collection[int], items: list[int]) -> float:
    """The smallest Fisher chance over every clean (group, item) split; 1.0 when none.
    Groups and items are bit masks of interviewees."""
    best = 1.0
    for inside in groups:
        a = inside.bit_count()
        for yes in items:
            c, o = yes.bit_count(), (inside & yes).bit_count()
            clean = _clean(a, n, c, o, allowed)
            if clean is not None:
                best = min(best, _fisher(n, a, c, o) if clean[0] else _fisher(n, n - a, c, c - o))
    return best


def _anywhere(people: list[str], have: Mapping[str, set[str]], confirmed: Mapping[str, set[str]],
              allowed: int, observed: list[float]) -> list[float]:
    """For each observed chance, the share of shuffles of who has which descriptor set whose
    best clean split has a chance as small or smaller (the observed log counted once)."""
    n = len(people)
    position = {p: i for i, p in enumerate(people)}
    descriptors = sorted({d for ds in have.values() for d in ds})
    items = [[position[p] for p in yes] for yes in confirmed.values() if len(yes) >= MIN_INSIDE]
    sets = [have[p] for p in people]
    full = (1 << n) - 1
    masks = [sum(1 << i for i in range(n) if d in sets[i]) for d in descriptors]
    masks = [m for m in set(masks) if m.bit_count() >= MIN_INSIDE and m != full]
    if factorial(n) <= factorial(EVERY_WAY_UP_TO):
        orders: Collection[list[int]] = [list(o) for o in itertools.permutations(range(n))]
    else:  # fewer shuffles for a very large log, so that the search stays quick
        work = max(1, len(masks) * len(items))
        rng = random.Random(20261208)
        orders = [rng.sample(range(n), n)
                  for _ in range(max(MIN_SHUFFLES, min(SHUFFLES, SHUFFLE_WORK // work)))]
    bests = []
    for order in orders:  # the answers of person j go to the descriptors of person order[j]
        shuffled = [sum(1 << order[j] for j in members) for members in items]
        bests.append(_best_chance(n, allowed, masks, shuffled))
    bests.sort()
    out = []
    for p in observed:
        at_most = sum(1 for b in bests if b <= p + 1e-12)
        out.append(at_most / len(bests))
    return out


def _strength(chance: float) -> str:
    if chance < 0.05:
        return CLEAR
    if chance < 0.2:
        return WORTH_TESTING
    return LEAD


def _clean(inside: int, n: int, confirmed: int, both: int,
           allowed: int) -> tuple[bool, int] | None:
    """(the inside confirmed it, exceptions) when the item splits cleanly; else None.

    ``inside`` of ``n`` interviewees have the descriptor, ``confirmed`` confirmed the item,
    ``both`` of them inside. Clean: at least two confirmed it on one side (one is an
    anecdote), and at most ``allowed`` answers on each side go the other way, so that the two
    sides' shares of confirmations still differ by half or more."""
    sizes = (inside, n - inside)
    yes = (both, confirmed - both)
    for side in (0, 1):
        side_yes, other_yes = yes[side], yes[1 - side]
        wrong = (sizes[side] - side_yes, other_yes)
        if (side_yes >= MIN_INSIDE and max(wrong) <= allowed
                and side_yes / sizes[side] - other_yes / sizes[1 - side] >= 0.5):
            return side == 0, sum(wrong)
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
    allowed = n // EXCEPTIONS_FROM
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
            clean = _clean(len(inside), n, len(yes), len(inside & yes), allowed)
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
            chance=best, anywhere=best, strength=LEAD))
    if not proposals:
        return []
    tried = (len({d for ds in have.values() for d in ds}),
             sum(1 for yes in confirmed.values() if len(yes) >= MIN_INSIDE))
    adjusted = _anywhere(people, have, confirmed, allowed, [s.chance for s in proposals])
    proposals = [replace(s, anywhere=a, strength=_strength(a), tried=tried)
                 for s, a in zip(proposals, adjusted, strict=True)]
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
