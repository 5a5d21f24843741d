"""What every rule returns: :class:`Feedback`, and small helpers the rules share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kit.model import Segment

__all__ = ["LEVELS", "Feedback", "passed", "quoted", "segment_where", "summary"]

LEVELS = ("ok", "hint", "problem")


@dataclass(frozen=True)
class Feedback:
    """One piece of feedback: ``level`` is ``ok``, ``hint`` or ``problem``."""

    level: str
    where: str
    message: str
    rule: str

    def to_dict(self) -> dict[str, str]:
        return {"level": self.level, "where": self.where, "message": self.message,
                "rule": self.rule}


def segment_where(segment: Segment, part: str = "") -> str:
    name = segment.name.strip() or "(unnamed)"
    return f"segment '{name}'" + (f" › {part}" if part else "")


def quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[:limit - 1] + '…'}\u201d"


def passed(feedback: Iterable[Feedback], *, strict: bool = False) -> bool:
    """No problems (and, when ``strict``, no hints either)."""
    bad = {"problem", "hint"} if strict else {"problem"}
    return not any(f.level in bad for f in feedback)


def summary(feedback: Iterable[Feedback]) -> dict[str, int]:
    """How many items of each level: ``{"ok": 3, "hint": 1, "problem": 0}``."""
    counts = dict.fromkeys(LEVELS, 0)
    for f in feedback:
        counts[f.level] += 1
    return counts
