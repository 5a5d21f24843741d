"""The field machinery of the model: choice fields, text checks, and the dict round trip.

:class:`Model` is the base of every dataclass of the model: choice fields (a segment's
``kind``, a job's ``type``...) are checked whenever they are set, and :meth:`Model.from_dict`
builds an object from plain data, checking every field against its type hint, with errors that
name the field's path (``"workbook.segments[1].profile.gains[0].type"``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
import uuid
from typing import Any, ClassVar, TypeVar

from kit.errors import ValidationError

__all__ = [
    "CONTACT_STATUSES",
    "CUSTOMER_KINDS",
    "DESCRIPTOR_FAMILIES",
    "EVIDENCE_STATUSES",
    "GAIN_RELEVANCE",
    "GAIN_TYPES",
    "ITEM_KINDS",
    "JOB_IMPORTANCE",
    "JOB_TYPES",
    "PAIN_SEVERITY",
    "SEGMENT_PATTERNS",
    "Model",
    "check_text",
    "choose",
    "convert",
    "dump",
    "load",
    "new_id",
    "show",
]

CUSTOMER_KINDS = ("consumer", "business")
DESCRIPTOR_FAMILIES = ("demographic", "geographic", "behavioural", "psychographic", "firmographic")
JOB_TYPES = ("functional", "social", "emotional", "basic need")
GAIN_TYPES = ("required", "expected", "desired", "unexpected")
EVIDENCE_STATUSES = ("hypothesis", "validated", "invalidated")
CONTACT_STATUSES = ("planned", "contacted", "scheduled", "done")
ITEM_KINDS = ("job", "pain", "gain")
SEGMENT_PATTERNS = ("mass market", "niche", "segmented", "diversified", "multi-sided")
# Ranking scales, from the strongest to the weakest.
JOB_IMPORTANCE = ("very important", "important", "less important")
PAIN_SEVERITY = ("extreme", "severe", "moderate")
GAIN_RELEVANCE = ("essential", "important", "nice to have")

# Everyday spellings learners type, mapped to the kit's words.
_SYNONYMS = {
    "b2c": "consumer", "person": "consumer", "people": "consumer", "individual": "consumer",
    "b2b": "business", "organisation": "business", "organization": "business",
    "company": "business",
    "behavioral": "behavioural", "basic": "basic need", "basic needs": "basic need",
    "mass": "mass market", "multisided": "multi-sided", "multi sided": "multi-sided",
    "hypothesised": "hypothesis", "hypothesized": "hypothesis",
}

_CHOICE_NAMES = {
    CUSTOMER_KINDS: "customer kind", DESCRIPTOR_FAMILIES: "descriptor family",
    JOB_TYPES: "job type", GAIN_TYPES: "gain type", EVIDENCE_STATUSES: "evidence status",
    CONTACT_STATUSES: "contact status", ITEM_KINDS: "kind of profile item",
    SEGMENT_PATTERNS: "segment pattern", JOB_IMPORTANCE: "importance level",
    PAIN_SEVERITY: "severity level", GAIN_RELEVANCE: "relevance level",
}


def new_id() -> str:
    """A short random identifier that links interviews and quotes to profile items."""
    return uuid.uuid4().hex[:8]


def show(value: Any) -> str:
    """``repr(value)``, cut to 60 characters, for quoting a wrong value in a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def choose(value: Any, choices: tuple[str, ...], where: str, *, optional: bool = False) -> Any:
    """Return ``value`` in its canonical spelling if it is one of ``choices``; else raise."""
    if value is None and optional:
        return None
    kind = _CHOICE_NAMES.get(choices, "valid value")
    if not isinstance(value, str):
        raise ValidationError(where, f"expected a {kind} as text, got {show(value)}.", choices)
    key = " ".join(value.strip().lower().replace("_", " ").split())
    key = _SYNONYMS.get(key, key)
    if key in choices:
        return key
    if key.replace(" ", "-") in choices:
        return key.replace(" ", "-")
    raise ValidationError(where, f"{value!r} is not a {kind}.", choices)


def check_text(value: Any, where: str, *, required: str = "") -> str:
    """``value`` if it is text (and, with ``required``, not blank: else that message)."""
    if not isinstance(value, str):
        raise ValidationError(where, f"expected text, got {show(value)}.")
    if required and not value.strip():
        raise ValidationError(where, required)
    return value


class Model:
    """Shared behaviour: choice fields are checked on every assignment; dict round-trip."""

    #: field name -> (choices, optional)
    _choices: ClassVar[dict[str, tuple[tuple[str, ...], bool]]] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        spec = self._choices.get(name)
        if spec is not None:
            value = choose(value, spec[0], name, optional=spec[1])
        super().__setattr__(name, value)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (lists, dicts, text, numbers)."""
        return {f.name: dump(getattr(self, f.name))
                for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> typing.Self:
        """Build from plain data, checking every field; errors name the field path."""
        return load(cls, data, where or cls.__name__)


def dump(value: Any) -> Any:
    """A model object, list or dict as plain JSON-ready data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    return value


M = TypeVar("M", bound=Model)
_HINTS: dict[type, dict[str, Any]] = {}


def load(cls: type[M], data: Any, where: str) -> M:
    """An object of the model class ``cls`` from plain data, every field checked."""
    if not isinstance(data, dict):
        raise ValidationError(where, f"expected a record of fields, got {show(data)}.")
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValidationError(
            where, f"unknown field {unknown[0]!r}.", tuple(sorted(known))
        )
    kwargs = {name: convert(hints[name], value, f"{where}.{name}") for name, value in data.items()}
    try:
        return cls(**kwargs)
    except ValidationError as err:
        raise ValidationError(f"{where}.{err.field}", err.problem, err.choices) from None


def convert(hint: Any, value: Any, where: str) -> Any:
    """Check ``value`` against a type hint of the model (a small, closed set of shapes)."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return convert(args[0], value, where)
    if isinstance(hint, type) and issubclass(hint, Model):
        return load(hint, value, where)
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError(where, f"expected a list, got {show(value)}.")
        (item_hint,) = typing.get_args(hint)
        return [convert(item_hint, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ValidationError(where, f"expected a record, got {show(value)}.")
        _, value_hint = typing.get_args(hint)
        return {k: convert(value_hint, v, f"{where}.{k}") for k, v in value.items()}
    if hint is bool:
        if not isinstance(value, bool):
            raise ValidationError(where, f"expected true or false, got {show(value)}.")
        return value
    if hint is int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(where, f"expected a whole number, got {show(value)}.")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ValidationError(where, f"expected text, got {show(value)}.")
        return value
    raise TypeError(f"model field type not handled: {hint!r}")  # pragma: no cover
