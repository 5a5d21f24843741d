"""Segments: groups of customers with shared characteristics, each with its customer profile,
and how a segment was cut from one of the course's tables (its :class:`Filter` list)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from kit.errors import ValidationError
from kit.model.fields import (
    CUSTOMER_KINDS,
    DESCRIPTOR_FAMILIES,
    Model,
    check_text,
    choose,
    new_id,
    show,
)
from kit.model.profile import CustomerProfile

__all__ = ["Filter", "Segment", "clean_descriptors", "empty_descriptors", "phrase_key"]


def empty_descriptors() -> dict[str, list[str]]:
    """Every descriptor family, each with no phrase yet."""
    return {family: [] for family in DESCRIPTOR_FAMILIES}


def clean_descriptors(descriptors: Any, where: str = "descriptors") -> dict[str, list[str]]:
    """``descriptors`` checked (a family -> list of phrases), with every family present."""
    if not isinstance(descriptors, dict):
        raise ValidationError(where, "expected the descriptors by family, for example "
                              "{'demographic': ['30-45 years old']}.")
    clean = empty_descriptors()
    for family, values in descriptors.items():
        family = choose(family, DESCRIPTOR_FAMILIES, where)
        if not isinstance(values, list):
            raise ValidationError(f"{where}.{family}", "expected a list of phrases.")
        clean[family].extend(check_text(v, f"{where}.{family}") for v in values)
    return clean


def phrase_key(text: str) -> str:
    """What makes two descriptor phrases the same one: case and spacing do not count
    (``"Shares a  flat"`` is ``"shares a flat"``)."""
    return " ".join(str(text).split()).casefold()


def add_phrase(descriptors: dict[str, list[str]], family: str, text: str) -> None:
    """Add ``text`` to ``descriptors[family]`` (checked, stripped, once: a phrase already
    there in another case or spacing is not added again)."""
    family = choose(family, DESCRIPTOR_FAMILIES, "family")
    text = check_text(text, "descriptor").strip()
    if not text:
        raise ValidationError("descriptor", "a descriptor cannot be empty.")
    if phrase_key(text) not in {phrase_key(d) for d in descriptors[family]}:
        descriptors[family].append(text)


def phrases(descriptors: dict[str, list[str]]) -> list[tuple[str, str]]:
    """``(family, phrase)`` pairs, in family order, blank phrases left out."""
    return [(f, d) for f in DESCRIPTOR_FAMILIES for d in descriptors.get(f, []) if d.strip()]


@dataclass(eq=False)
class Filter(Model):
    """One condition of a segment cut from a table: the rows whose ``column`` holds one of
    ``values``.

    ``Filter("education", ["master or higher"])`` keeps the rows whose ``education`` is
    ``"master or higher"``: each value is kept whole, whatever words it holds.
    """

    column: str = ""  # the table's column name, e.g. "education"
    values: list[str] = field(default_factory=list)  # kept values, e.g. ["master or higher"]

    def __post_init__(self) -> None:
        check_text(self.column, "column", required=(
            "a filter needs the name of the table column it keeps rows by, for example "
            "'education'."))
        if not isinstance(self.values, list) or not self.values:
            raise ValidationError("values", f"a filter keeps at least one value of its column "
                                  f"{self.column!r}: give them as a list of text, for example "
                                  "['bachelor', 'master or higher'].")
        for i, value in enumerate(self.values):
            check_text(value, f"values[{i}]")


def _check_cut(cut: Any) -> None:
    if not isinstance(cut, list):
        raise ValidationError("cut", f"expected a list of filters, got {show(cut)}.")
    seen: set[str] = set()
    for i, item in enumerate(cut):
        if not isinstance(item, Filter):
            raise ValidationError(f"cut[{i}]", "expected a Filter (a column and the values "
                                  f"kept), got {show(item)}.")
        if item.column in seen:
            raise ValidationError(f"cut[{i}]", f"the column {item.column!r} is filtered twice; "
                                  "put all the values it keeps in one filter.")
        seen.add(item.column)


@dataclass(eq=False)
class Segment(Model):
    """A group of customers with shared characteristics that make them want similar things.

    ``descriptors`` maps each family (demographic, geographic, behavioural, psychographic,
    firmographic) to short phrases such as ``"30-45 years old"`` or ``"10-49 employees"``.
    ``targeted`` is ``True`` (we serve it), ``False`` (a neighbouring segment we choose not to
    serve) or ``None`` (not decided yet); ``reason`` says why. ``payer`` and ``user`` tell who
    pays and who uses when they differ; ``context`` is the situation in which they act as
    customers.

    ``cut`` is how a segment cut from one of the course's tables (in the segment explorer) was
    cut: one :class:`Filter` per column, all of which a row must pass. It is empty for a
    segment described by hand. The descriptors still say the same in words: they are what the
    learner reads and what the checks judge.

    A segment split into sub-segments from the interviews (re-segmented) names the segment it
    came from in ``parent`` (its id) and the descriptor that sets it apart in ``criterion``
    (also one of its descriptors); both are empty for a segment that was not split off.
    """

    name: str = ""
    kind: str = "consumer"
    descriptors: dict[str, list[str]] = field(default_factory=empty_descriptors)
    cut: list[Filter] = field(default_factory=list)  # empty for a segment described by hand
    targeted: bool | None = None
    reason: str = ""
    size: int | None = None
    context: str = ""
    payer: str = ""
    user: str = ""
    notes: str = ""
    profile: CustomerProfile = field(default_factory=CustomerProfile)
    parent: str = ""  # the id of the segment this one was split from, or ""
    criterion: str = ""  # the descriptor that sets it apart from its parent's other part
    id: str = field(default_factory=new_id)

    _choices: ClassVar = {"kind": (CUSTOMER_KINDS, False)}

    def __post_init__(self) -> None:
        check_text(self.name, "name", required=(
            "a segment needs a name, for example 'Parents of toddlers in big cities'."))
        if self.size is not None and (isinstance(self.size, bool) or not isinstance(
                self.size, int) or self.size < 0):
            raise ValidationError("size", f"expected a whole number of customers (0 or more), "
                                  f"got {show(self.size)}.")
        self.descriptors = clean_descriptors(self.descriptors)
        _check_cut(self.cut)

    def add_descriptor(self, family: str, text: str) -> None:
        """Add a descriptor phrase, e.g. ``add_descriptor("geographic", "big city")``."""
        add_phrase(self.descriptors, family, text)

    def all_descriptors(self) -> list[tuple[str, str]]:
        """``(family, phrase)`` pairs, in family order."""
        return phrases(self.descriptors)

    def families_used(self) -> list[str]:
        return [f for f in DESCRIPTOR_FAMILIES if any(d.strip() for d in self.descriptors[f])]
