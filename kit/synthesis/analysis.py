"""The analysis of the interview log: new items per interview, saturation and patterns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from kit.model import ITEM_KINDS, Segment, Workbook
from kit.synthesis._log import LogIndex, check_numbers, pick_segment, segment_index

__all__ = [
    "ADVICE",
    "BASE_SIZE",
    "CONFIDENCE",
    "FIRM_FROM",
    "FIRST_READING",
    "FLAT_SHARE",
    "MODERATE_FROM",
    "REPEAT_SHARE_MIN",
    "RUN_LENGTH",
    "THRESHOLD",
    "ItemPattern",
    "Saturation",
    "Synthesis",
    "analyse",
    "interview_marks",
]

#: The three pieces of advice :func:`analyse` can give: keep going, nearly there (answers
#: repeat), answers diverge (consider re-segmenting).
ADVICE = ("continue", "approaching saturation", "re-segment")

#: How sure the advice is, by the number of logged interviews: ``"too early"`` (fewer than
#: :data:`FIRST_READING`, no verdict yet), ``"provisional"`` (a first reading: 3-4 interviews,
#: or too few for the full saturation check), ``"moderate"`` (5-7) and ``"firm"`` (8 or more).
CONFIDENCE = ("too early", "provisional", "moderate", "firm")

FIRST_READING = 3
"""Interviews before a first, provisional verdict (the course asks for 3-5)."""

MODERATE_FROM = 5
"""Interviews from which the verdict is fairly sure (with the full saturation check)."""

FIRM_FROM = 8
"""Interviews from which the verdict is firm."""

BASE_SIZE = 3
"""Interviews the full saturation check wants before its run (the *base*)."""

RUN_LENGTH = 2
"""The latest interviews tested for anything new (the *run*)."""

THRESHOLD = 0.10
"""Saturation is near when the run adds at most this share of new items (10 %)."""

REPEAT_SHARE_MIN = 0.35
"""Below this share of items heard in 2+ interviews, no pattern is forming (35 %)."""

FLAT_SHARE = 0.5
"""The curve is *flat* when the interviews after the base still add at least half as many
new items each as the base interviews did."""


@dataclass(frozen=True)
class ItemPattern:
    """How often one job, pain or gain came up across the logged interviews.

    ``source`` is ``"profile"`` (an item of a customer profile; ``origin`` is the new item it
    was added from, or empty for a hypothesis written before the interviews) or ``"new"``
    (heard in an interview and not in the profile). ``mentions`` counts the interviews that
    mention it; ``confirmed`` and ``contradicted`` count those that confirm or contradict it.
    For a new item its first hearing is a mention, not a confirmation; once it is added to
    the profile, every interview that heard it counts as a confirmation (as for its
    evidence). ``strength`` is ``mentions`` divided by the number of logged interviews.
    """

    id: str
    kind: str
    text: str
    source: str
    mentions: int
    confirmed: int
    contradicted: int
    strength: float
    origin: str = ""


@dataclass(frozen=True)
class Saturation:
    """The saturation check on the last run of interviews.

    ``new_in_run`` new items in the last ``run_length`` interviews; ``known_before_run`` the
    different items known before them: the hypotheses the earlier interviews confirmed or
    contradicted (``tested_before_run``) plus the new items they brought. ``ratio`` is
    ``new_in_run / known_before_run``; ``reached`` says whether it is at or below
    ``threshold``. ``full`` is False for a first reading with fewer interviews than
    ``base_size + run_length`` (then ``run_length`` is shortened so that at least two
    interviews come before the run).
    """

    base_size: int
    run_length: int
    threshold: float
    new_in_run: int
    known_before_run: int
    ratio: float
    reached: bool
    tested_before_run: int = 0
    full: bool = True


@dataclass(frozen=True)
class Synthesis:
    """What the interview log says: the new-item curve, saturation, patterns and advice.

    ``new_per_interview[i]`` is the number of items new in logged interview ``i + 1``: not in
    the profile before the round and not heard in an earlier interview. ``cumulative[i]`` is
    the number of such new items up to it (the saturation curve: it does not grow with the
    length of the profile). ``saturation`` is ``None`` before :data:`FIRST_READING`
    interviews. ``patterns`` lists every item heard, and the segment's hypotheses nobody
    mentioned (strength 0), strongest first. ``advice`` is one of :data:`ADVICE`,
    ``confidence`` one of :data:`CONFIDENCE`; ``explanation`` gives the numbers behind them.
    """

    interviews: int
    new_per_interview: tuple[int, ...]
    cumulative: tuple[int, ...]
    saturation: Saturation | None
    patterns: tuple[ItemPattern, ...]
    advice: str
    explanation: str
    confidence: str = "too early"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (lists, dicts, text, numbers)."""
        return {
            "interviews": self.interviews,
            "new_per_interview": list(self.new_per_interview),
            "cumulative": list(self.cumulative),
            "saturation": None if self.saturation is None else asdict(self.saturation),
            "patterns": [asdict(p) for p in self.patterns],
            "advice": self.advice,
            "confidence": self.confidence,
            "explanation": self.explanation,
        }


def _patterns(index: LogIndex, wb: Workbook, segment: Segment | None
              ) -> tuple[ItemPattern, ...]:
    """The segment's items, other profile items that were heard, then new items."""
    n = len(index.logged)
    mentions: dict[str, int] = {}
    for heard in index.heard:
        for key in heard:
            mentions[key] = mentions.get(key, 0) + 1
    said_yes: dict[str, int] = {}  # explicit confirmations only
    described: dict[str, int] = {}  # confirmations and hearings as new (profile evidence)
    said_no: dict[str, int] = {}
    for yes, no, new in zip(index.confirmed, index.contradicted, index.logged_new,
                            strict=True):
        for key in yes:
            said_yes[key] = said_yes.get(key, 0) + 1
        for key in yes | (new - index.pre_round):
            described[key] = described.get(key, 0) + 1
        for key in no:
            said_no[key] = said_no.get(key, 0) + 1
    ranks = wb.item_ranks()
    rows: list[tuple[tuple[float, int, bool, int], ItemPattern]] = []
    done: set[str] = set()
    profile = list(segment.profile.all_items()) if segment is not None else []
    others = [item for s in wb.segments if s is not segment for item in s.profile.all_items()
              if index.key.get(item.id, item.id) in mentions]
    for item in [*profile, *others]:
        key = index.key.get(item.id, item.id)
        if key in done:
            continue
        done.add(key)
        m = mentions.get(key, 0)
        found = ranks.get(item.id)
        rank = found[2] if found else 0
        p = ItemPattern(item.id, item.kind, item.text, "profile", m, described.get(key, 0),
                        said_no.get(key, 0), m / n if n else 0.0, item.origin)
        rows.append(((-p.strength, ITEM_KINDS.index(p.kind), False, rank), p))
    order = 0
    for interview in index.logged:
        for logged_new in interview.new_items:
            key = index.key.get(logged_new.id, logged_new.id)
            if key in done:
                continue
            done.add(key)
            first = index.new_items.get(key, logged_new)  # the first logged with that key
            m = mentions.get(key, 0)
            p = ItemPattern(first.id, first.kind, first.text, "new", m, said_yes.get(key, 0),
                            said_no.get(key, 0), m / n if n else 0.0)
            rows.append(((-p.strength, ITEM_KINDS.index(p.kind), True, order), p))
            order += 1
    rows.sort(key=lambda r: r[0])
    return tuple(p for _, p in rows)


def analyse(wb: Workbook, *, base_size: int = BASE_SIZE, run_length: int = RUN_LENGTH,
            threshold: float = THRESHOLD, segment: Segment | str | None = None) -> Synthesis:
    """Read the interview log: new items per interview, saturation, patterns and advice.

    ``segment`` (a :class:`~kit.model.Segment`, its name or id; default: the segment of the
    interview plan) is the one whose hypotheses are listed in ``patterns`` even when nobody
    mentioned them. The interviews that count are the segment's
    (:meth:`~kit.model.Workbook.interviews_of`): before the segment is split, every logged
    interview; for a sub-segment split off from the interviews, those assigned to it.

    ``base_size``, ``run_length`` and ``threshold`` set the saturation check: the last
    ``run_length`` interviews are compared with everything known before them; saturation is
    near when they add at most ``threshold`` (a share: 0.10 is 10 %) new items. The full
    check needs ``base_size + run_length`` interviews; from :data:`FIRST_READING` on, a
    shorter run gives a first, provisional reading.
    """
    from kit.synthesis.advice import advise, confidence_for

    check_numbers(base_size, run_length, threshold)
    segment = pick_segment(wb, segment)
    index = segment_index(wb, segment)
    n = len(index.logged)
    skipped = len(index.read) - n
    new_per = [len(index.new_in(i)) for i in range(n)]
    cumulative: list[int] = []
    for count in new_per:
        cumulative.append((cumulative[-1] if cumulative else 0) + count)
    saturation = None
    if n >= FIRST_READING:
        full = n >= base_size + run_length
        run = run_length if full else max(1, min(run_length, n - 2))
        before = set().union(*index.heard[:n - run])
        tested = len(before & index.pre_round)
        in_run = cumulative[-1] - cumulative[n - run - 1]
        ratio = in_run / len(before)
        saturation = Saturation(base_size, run, float(threshold), in_run, len(before), ratio,
                                ratio <= threshold, tested, full)
    patterns = _patterns(index, wb, segment)
    confidence = confidence_for(n, saturation)
    advice, explanation = advise(n, new_per, saturation, patterns, base_size, run_length,
                                 confidence)
    if skipped:
        explanation += (f" ({skipped} interview{'' if skipped == 1 else 's'} with no item "
                        f"marked {'is' if skipped == 1 else 'are'} left out.)")
    return Synthesis(n, tuple(new_per), tuple(cumulative), saturation, patterns, advice,
                     explanation, confidence)


def interview_marks(wb: Workbook, segment: Segment | str | None = None
                    ) -> list[dict[str, str]]:
    """What each logged interview said about each item, for the evidence board.

    One dict per logged interview (in order), from the id an item is shown under (as in
    :attr:`ItemPattern.id`) to ``"confirmed"``, ``"contradicted"``, ``"mixed"`` (both) or
    ``"new"`` (new there: first heard, and not in the profile before the round). An item
    logged as new again after an earlier hearing counts as ``"confirmed"`` (heard again).
    The interviews are those that count for ``segment`` (default: the plan's), as in
    :func:`analyse`.
    """
    index = segment_index(wb, pick_segment(wb, segment))
    out = []
    for number, heard in enumerate(index.heard):
        yes, no = index.confirmed[number], index.contradicted[number]
        new = index.new_in(number)
        marks = {}
        for key in heard:
            state = ("mixed" if key in yes and key in no else "contradicted" if key in no
                     else "new" if key in new else "confirmed")
            marks[index.shown_id(key)] = state
        out.append(marks)
    return out
