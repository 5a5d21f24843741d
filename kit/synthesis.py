"""Look for patterns in the interview log: saturation, repeated items, and what to do next.

After each interview the learner logs which hypothesised jobs, pains and gains it confirmed or
contradicted, and what was new. This module reads that log and answers three questions.

**Is each interview still teaching us something?** An item is *mentioned* by an interview
when the interview confirms it, contradicts it or brings it up as new. An item is *new* in
the first interview that mentions it. Counting the new items interview by interview gives a
curve: it falls when answers start to repeat and become predictable, and stays flat and high
when every conversation is about something different.

**Has the round reached saturation?** Studies of qualitative interviews found that most of
the themes a study will ever find turn up within its first 6 to 12 interviews; after that,
each extra interview adds little. Guest, Namey and Chen (2020) turned this into a check that
can be repeated as interviews come in, with three numbers: a *base size* (the first few
interviews, which set out what has been heard), a *run length* (the latest few interviews,
tested for anything new) and a *new-information threshold* (how much new is "almost
nothing"). We use an adapted form of it: divide the new items in the last ``run_length``
interviews by the items already known before them. When that share is at or below the
threshold (10 % by default), answers have become predictable.

**Is a pattern forming at all?** When few items come up in two or more interviews and the
new-item curve does not fall, the segment is probably too broad: it mixes people who want
different things. The advice is then to split it with more descriptors and interview again.

:func:`analyse` returns a :class:`Synthesis` with the curve, the saturation numbers, every
item's *pattern strength* (the share of interviews that mention it) and one piece of advice
(:data:`ADVICE`) explained in plain words. :func:`suggested_evidence` says which hypotheses
the interviews validated or invalidated; :func:`apply_evidence` writes that into the profile.

Interviews that mark no item (nothing confirmed, contradicted or new) are left out: they say
nothing about items. Interviews are taken in the order they were logged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from kit.errors import ValidationError
from kit.model import ITEM_KINDS, Interview, Segment, Workbook

__all__ = [
    "ADVICE",
    "BASE_SIZE",
    "FLAT_SHARE",
    "REPEAT_SHARE_MIN",
    "RUN_LENGTH",
    "THRESHOLD",
    "ItemPattern",
    "Saturation",
    "Synthesis",
    "analyse",
    "apply_evidence",
    "logged_interviews",
    "mentioned",
    "suggested_evidence",
]

#: The three pieces of advice :func:`analyse` can give.
ADVICE = ("continue", "approaching saturation", "re-segment")

BASE_SIZE = 3
"""Interviews needed before looking for patterns at all (the *base*)."""

RUN_LENGTH = 2
"""The latest interviews tested for anything new (the *run*)."""

THRESHOLD = 0.10
"""Saturation is reached when the run adds at most this share of new items (10 %)."""

REPEAT_SHARE_MIN = 0.35
"""Below this share of items heard in 2+ interviews, no pattern is forming (35 %)."""

FLAT_SHARE = 0.5
"""The curve is *flat* when interviews after the base still add at least half as many new
items each as the base interviews did."""


@dataclass(frozen=True)
class ItemPattern:
    """How often one job, pain or gain came up across the logged interviews.

    ``source`` is ``"profile"`` (a hypothesis of the customer profile) or ``"new"`` (first
    heard in an interview). ``mentions`` counts the interviews that mention it;
    ``confirmed`` and ``contradicted`` count those that confirm or contradict it (a new
    item's first hearing is a mention, not a confirmation). ``strength`` is ``mentions``
    divided by the number of logged interviews, from 0 to 1.
    """

    id: str
    kind: str
    text: str
    source: str
    mentions: int
    confirmed: int
    contradicted: int
    strength: float


@dataclass(frozen=True)
class Saturation:
    """The saturation check on the last run of interviews.

    ``new_in_run`` new items in the last ``run_length`` interviews, ``known_before_run``
    items known before them; ``ratio`` is the first divided by the second, and ``reached``
    says whether it is at or below ``threshold``.
    """

    base_size: int
    run_length: int
    threshold: float
    new_in_run: int
    known_before_run: int
    ratio: float
    reached: bool


@dataclass(frozen=True)
class Synthesis:
    """What the interview log says: the new-item curve, saturation, patterns and advice.

    ``new_per_interview[i]`` is the number of items first heard in logged interview ``i + 1``
    and ``cumulative[i]`` the number of different items heard up to it. ``saturation`` is
    ``None`` until there are ``base_size + run_length`` logged interviews. ``patterns`` lists
    every item heard, and the segment's hypotheses nobody mentioned (strength 0), strongest
    first. ``advice`` is one of :data:`ADVICE`; ``explanation`` gives the numbers behind it.
    """

    interviews: int
    new_per_interview: tuple[int, ...]
    cumulative: tuple[int, ...]
    saturation: Saturation | None
    patterns: tuple[ItemPattern, ...]
    advice: str
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (lists, dicts, text, numbers)."""
        return {
            "interviews": self.interviews,
            "new_per_interview": list(self.new_per_interview),
            "cumulative": list(self.cumulative),
            "saturation": None if self.saturation is None else asdict(self.saturation),
            "patterns": [asdict(p) for p in self.patterns],
            "advice": self.advice,
            "explanation": self.explanation,
        }


# --------------------------------------------------------------------------- reading the log


def _known_ids(wb: Workbook) -> set[str]:
    ids = {item.id for s in wb.segments for item in s.profile.all_items()}
    ids.update(new.id for i in wb.interviews for new in i.new_items)
    return ids


def mentioned(interview: Interview, known: Iterable[str] | None = None) -> set[str]:
    """Ids of the items ``interview`` mentions: confirmed, contradicted or new.

    With ``known``, ids that are not in it (an item deleted since) are dropped.
    """
    ids = {*interview.confirmed, *interview.contradicted, *(n.id for n in interview.new_items)}
    if known is None:
        return ids
    return ids & (known if isinstance(known, set | frozenset) else set(known))


def logged_interviews(wb: Workbook) -> list[Interview]:
    """The interviews that mention at least one item of the workbook, in the order logged."""
    known = _known_ids(wb)
    return [i for i in wb.interviews if mentioned(i, known)]


def _pick_segment(wb: Workbook, segment: Segment | str | None) -> Segment | None:
    if isinstance(segment, Segment):
        return segment
    if segment is not None:
        return wb.segment(segment)
    return wb.plan_segment


def _check_numbers(base_size: Any, run_length: Any, threshold: Any) -> None:
    for name, value in (("base_size", base_size), ("run_length", run_length)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValidationError(name, f"expected a whole number of interviews, 1 or more; "
                                  f"got {value!r}.")
    if (isinstance(threshold, bool) or not isinstance(threshold, int | float)
            or not 0 <= threshold < 1):
        raise ValidationError("threshold", f"expected a share from 0 to 1, such as 0.10 for "
                              f"10 %; got {threshold!r}.")


# --------------------------------------------------------------------------- the analysis


def _patterns(wb: Workbook, logged: list[Interview], segment: Segment | None,
              first_seen: dict[str, int]) -> tuple[ItemPattern, ...]:
    """The segment's hypotheses, other hypotheses that were marked, then new items."""
    n = len(logged)
    known = _known_ids(wb)
    heard = [mentioned(i, known) for i in logged]
    profile = list(segment.profile.all_items()) if segment is not None else []
    ids = {item.id for item in profile}
    for other in wb.segments:  # hypotheses of another segment that an interview marked
        profile += [item for item in other.profile.all_items()
                    if item.id not in ids and item.id in first_seen]
    news, seen = [], set()
    for interview in logged:
        for new in interview.new_items:
            if new.id not in seen:
                seen.add(new.id)
                news.append(new)
    rows = []
    # counted once per interview (in one pass, not once per item and interview)
    heard_in = Counter(x for h in heard for x in h)
    confirmed = Counter(x for i in logged for x in set(i.confirmed))
    contradicted = Counter(x for i in logged for x in set(i.contradicted))
    for source, items in (("profile", profile), ("new", news)):
        for rank, item in enumerate(items):
            mentions = heard_in[item.id]
            rows.append((source, rank, ItemPattern(
                id=item.id, kind=item.kind, text=item.text, source=source, mentions=mentions,
                confirmed=confirmed[item.id], contradicted=contradicted[item.id],
                strength=mentions / n if n else 0.0)))

    ranks = wb.item_ranks()

    def order(row: tuple[str, int, ItemPattern]) -> tuple[float, int, bool, int]:
        source, rank, p = row
        found = ranks.get(p.id) if source == "profile" else None
        if found is not None:
            rank = found[2]
        return (-p.strength, ITEM_KINDS.index(p.kind), source != "profile", rank)

    rows.sort(key=order)
    return tuple(r[2] for r in rows)


def analyse(wb: Workbook, *, base_size: int = BASE_SIZE, run_length: int = RUN_LENGTH,
            threshold: float = THRESHOLD, segment: Segment | str | None = None) -> Synthesis:
    """Read the interview log: new items per interview, saturation, patterns and advice.

    ``segment`` (a :class:`~kit.model.Segment`, its name or id; default: the segment of the
    interview plan) is the one whose hypotheses are listed in ``patterns`` even when nobody
    mentioned them. Every logged interview counts, whichever segment it was about.

    ``base_size``, ``run_length`` and ``threshold`` set the saturation check: the last
    ``run_length`` interviews are compared with everything heard before them, once there are
    at least ``base_size + run_length`` interviews; saturation is reached when they add at
    most ``threshold`` (a share: 0.10 is 10 %) new items.
    """
    _check_numbers(base_size, run_length, threshold)
    segment = _pick_segment(wb, segment)
    known = _known_ids(wb)
    logged = logged_interviews(wb)
    skipped = len(wb.interviews) - len(logged)
    first_seen: dict[str, int] = {}
    new_per: list[int] = []
    for number, interview in enumerate(logged):
        fresh = sorted(mentioned(interview, known) - first_seen.keys())
        first_seen.update(dict.fromkeys(fresh, number))
        new_per.append(len(fresh))
    cumulative: list[int] = []
    for count in new_per:
        cumulative.append((cumulative[-1] if cumulative else 0) + count)
    n = len(logged)
    saturation = None
    if n >= base_size + run_length:
        before = cumulative[n - run_length - 1]
        in_run = cumulative[-1] - before
        ratio = in_run / before
        saturation = Saturation(base_size, run_length, float(threshold), in_run, before,
                                ratio, ratio <= threshold)
    patterns = _patterns(wb, logged, segment, first_seen)
    advice, explanation = _advise(n, new_per, cumulative, saturation, patterns, base_size,
                                  run_length)
    if skipped:
        explanation += (f" ({_count(skipped, 'interview')} with no item marked "
                        f"{'is' if skipped == 1 else 'are'} left out.)")
    return Synthesis(n, tuple(new_per), tuple(cumulative), saturation, patterns, advice,
                     explanation)


# --------------------------------------------------------------------------- the advice


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _strongest(patterns: tuple[ItemPattern, ...], n: int) -> str:
    top = [p for p in patterns if p.mentions >= 2][:2]
    if not top:
        return ""
    parts = [f"\u201c{_short(p.text)}\u201d ({p.mentions} of {n})" for p in top]
    return " Strongest patterns so far: " + " and ".join(parts) + "."


def _short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut after a whole word with "…" when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit - 1]
    return cut.rstrip(",.;:") + "…"


def _advise(n: int, new_per: list[int], cumulative: list[int], sat: Saturation | None,
            patterns: tuple[ItemPattern, ...], base_size: int,
            run_length: int) -> tuple[str, str]:
    if n < base_size:
        more = base_size - n
        have = "No interview is logged yet." if n == 0 else (
            f"You have logged {_count(n, 'interview')}.")
        return "continue", (
            f"{have} Log at least {more} more ({base_size} in all) before looking for "
            f"patterns: with fewer than {base_size}, one person's habits cannot be told apart "
            "from a pattern. For each interview, mark which jobs, pains and gains it "
            "confirmed or contradicted, and what was new.")
    if sat is None:
        more = base_size + run_length - n
        return "continue", (
            f"You have logged {_count(n, 'interview')}, which brought up "
            f"{_count(cumulative[-1], 'different item')}. Log {more} more: the saturation "
            f"check compares your last {_count(run_length, 'interview')} with the "
            f"{base_size} or more before them, so it needs {base_size + run_length}. Keep "
            "listening for what you did not expect." + _strongest(patterns, n))
    run = (f"Your last {_count(run_length, 'interview')} added "
           f"{_count(sat.new_in_run, 'new item')} to the {sat.known_before_run} you already "
           f"had ({_percent(sat.ratio)}, ")
    if sat.reached:
        return "approaching saturation", (
            run + f"at or below the {_percent(sat.threshold)} threshold): answers are becoming "
            "predictable. This round is close to its useful limit: update your profile, then "
            "decide whether to stop or to test a new question." + _strongest(patterns, n))
    heard = [p for p in patterns if p.mentions]
    repeated = sum(p.mentions >= 2 for p in heard)
    repeat_share = repeated / len(heard)
    base_mean = sum(new_per[:base_size]) / base_size
    later_mean = sum(new_per[base_size:]) / (n - base_size)
    run += f"above the {_percent(sat.threshold)} threshold)"
    if repeat_share < REPEAT_SHARE_MIN and later_mean >= FLAT_SHARE * base_mean:
        later = (f"interview {base_size + 1}" if n == base_size + 1
                 else f"interviews {base_size + 1}–{n}")
        return "re-segment", (
            run + f", and only {repeated} of {len(heard)} items ({_percent(repeat_share)}) "
            f"came up in more than one interview. The curve is not falling: {later} still "
            f"added {later_mean:.1f} new items each, against {base_mean:.1f} in the first "
            f"{base_size}. No pattern is forming, so the segment is probably too broad: it "
            "mixes people who want different things. Split it into sub-segments with more "
            "descriptors (who they live with, how they live and work, what they already do "
            "and spend), pick one, and interview again.")
    return "continue", (
        run + ": you are still hearing new things. Keep interviewing people from this "
        f"segment and check again after the next interview. {repeated} of {len(heard)} items "
        f"({_percent(repeat_share)}) came up in more than one interview so far."
        + _strongest(patterns, n))


# --------------------------------------------------------------------------- evidence


def suggested_evidence(wb: Workbook) -> dict[str, str]:
    """The evidence status the interviews suggest for each profile item they mention.

    ``"validated"`` when more interviews confirmed it than contradicted it, ``"invalidated"``
    when more contradicted it, ``"hypothesis"`` when they are split evenly. Items nobody
    mentioned, and new items, are left out. Keys are item ids, in profile order.
    """
    logged = logged_interviews(wb)
    # once per interview and item, as in "the share of interviews" (a list may repeat an id)
    confirmed = Counter(x for i in logged for x in set(i.confirmed))
    contradicted = Counter(x for i in logged for x in set(i.contradicted))
    out: dict[str, str] = {}
    for segment in wb.segments:
        for item in segment.profile.all_items():
            yes, no = confirmed[item.id], contradicted[item.id]
            if yes or no:
                out[item.id] = ("validated" if yes > no else "invalidated" if no > yes
                                else "hypothesis")
    return out


def apply_evidence(wb: Workbook) -> int:
    """Set each mentioned profile item's evidence as the interviews suggest.

    Returns how many items changed. The workbook is not saved: call ``wb.save()`` after.
    """
    changed, ranks = 0, wb.item_ranks()
    for item_id, status in suggested_evidence(wb).items():
        found = ranks.get(item_id)
        if found is not None and found[1].evidence != status:
            found[1].evidence = status
            changed += 1
    return changed
