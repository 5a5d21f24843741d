"""Workbook file formats: reading a file's contents into a :class:`~kit.model.Workbook`, and
the migrations that upgrade files written by older versions of the kit, step by step.

``schema_version`` names the file format; :data:`MIGRATIONS` ``[n]`` turns the data of a
format-``n`` file into format ``n + 1``. A migration is a frozen snapshot: it never imports the
kit's later layers (the datasets...), it holds what it needs as data, so the same old file
always upgrades the same way.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from kit.errors import KitError, NewerFormatError, ValidationError
from kit.model import SCHEMA_VERSION, Workbook

__all__ = ["MIGRATIONS", "NewerFormatError", "parse_workbook"]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 2 added the persona and stable ids on new interview items."""
    data.setdefault("persona", {})
    for i, interview in enumerate(data.get("interviews") or []):
        if isinstance(interview, dict):
            for j, item in enumerate(interview.get("new_items") or []):
                if isinstance(item, dict):
                    item.setdefault("id", f"new-{i + 1}-{j + 1}")
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Format 3 tells "not assessed yet" from "not addressed": a segment whose pains and gains
    were never ticked as addressed had not been assessed (``None``); where the learner ticked
    some, the others were a decision (``False``)."""
    for segment in data.get("segments") or []:
        profile = segment.get("profile") if isinstance(segment, dict) else None
        if not isinstance(profile, dict):
            continue
        items = [i for kind in ("jobs", "pains", "gains") for i in (profile.get(kind) or [])
                 if isinstance(i, dict)]
        assessed = any(i.get("addressed") is True for i in items)
        for item in items:
            if item.get("addressed") is False and not assessed:
                item["addressed"] = None
    return data


# The columns of the course's tables a segment can be cut by, as they were when format 4
# came (a frozen copy: a migration never changes with the datasets), and the values of
# those columns that hold " or " themselves.
_V4_CUT_COLUMNS = frozenset({
    "age_band", "gender", "household", "children_under_12", "income_band", "education",
    "occupation", "work_hours_per_week", "region", "city_size", "cooking_evenings_per_week",
    "takeaway_orders_per_month", "grocery_channel", "uses_meal_kit_now", "health_focus",
    "budget_focus", "sustainability_focus", "enjoys_cooking",  # consumers
    "industry", "size_band", "revenue_band", "buyer_role", "current_tool",  # businesses
})
_V4_VALUES_WITH_OR = {"education": ("master or higher",)}


def _v4_values(column: str, tail: str) -> list[str]:
    """``"bachelor or master or higher"`` -> ``["bachelor", "master or higher"]``."""
    words = [w.strip() for w in tail.split(" or ")]
    whole = _V4_VALUES_WITH_OR.get(column, ())
    values, i = [], 0
    while i < len(words):
        j = next((j for j in range(len(words), i + 1, -1)
                  if " or ".join(words[i:j]) in whole), i + 1)
        values.append(" or ".join(words[i:j]))
        i = j
    return [v for v in values if v]


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Format 4 keeps how a segment was cut from a table as filters (``Segment.cut``): a
    descriptor written by the segment explorer, ``"<column with spaces>: v1 or v2"`` for a
    column of the course's tables, becomes a filter; the descriptor stays as it is."""
    for segment in data.get("segments") or []:
        if not isinstance(segment, dict) or not isinstance(segment.get("descriptors"), dict):
            continue
        cut: dict[str, list[str]] = {}
        for phrases in segment["descriptors"].values():
            for text in phrases if isinstance(phrases, list) else []:
                head, sep, tail = text.partition(": ") if isinstance(text, str) else ("", "", "")
                column = head.strip().replace(" ", "_")
                values = _v4_values(column, tail) if sep and column in _V4_CUT_COLUMNS else []
                if values:
                    cut[column] = values  # a column named twice: the last one, as re-cut before
        segment.setdefault("cut", [{"column": c, "values": v} for c, v in cut.items()])
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Format 5 added what each contact is (``Contact.descriptors``), the segment an interview
    counts for after a split (``Interview.segment``) and where a sub-segment came from
    (``Segment.parent``, ``Segment.criterion``). All start empty, so nothing changes."""
    return data


#: ``MIGRATIONS[n]`` turns the data of a version-``n`` file into version ``n + 1``.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def parse_workbook(raw: bytes | str, where: str = "workbook") -> Workbook:
    """Parse, migrate and validate workbook file contents. Raises only :class:`KitError`.

    Text nested too deeply for Python (a few hundred levels: the limit may be met in the
    parser, in the model's checks or in the message quoting the value) is a
    :class:`ValidationError` like any other damaged file.
    """
    try:
        return _parse_workbook(raw, where)
    except RecursionError:
        raise ValidationError(where, "the file is nested too deeply to be a workbook.") from None


def _parse_workbook(raw: bytes | str, where: str) -> Workbook:
    try:
        # "utf-8-sig": a file saved by an editor with a byte-order mark is read, not set aside
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw.lstrip("\ufeff")
        data = json.loads(text)
    except UnicodeDecodeError:
        raise ValidationError(where, "the file is not UTF-8 text.") from None
    except json.JSONDecodeError as err:
        raise ValidationError(where, f"the file is not valid JSON ({err.msg} at line "
                              f"{err.lineno}, column {err.colno}).") from None
    except ValueError:  # Python reads whole numbers of up to 4,300 digits only
        raise ValidationError(where, "the file holds a number too long to be read (more than "
                              f"{sys.get_int_max_str_digits():,} digits); no workbook holds "
                              "one.") from None
    if not isinstance(data, dict):
        raise ValidationError(where, "the file does not hold a workbook record.")
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError(f"{where}.schema_version",
                              f"expected a whole number, got {version!r}.")
    if version > SCHEMA_VERSION:
        raise NewerFormatError(
            f"{where} was written by a newer version of the kit (format {version}; this kit "
            f"reads up to {SCHEMA_VERSION}). Update the kit with: pip install -U "
            "customer-discovery-kit (in a clone of its repository: git pull, then make "
            "install). The file was not changed.")
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValidationError(f"{where}.schema_version",
                                  f"format {version} is too old to upgrade.")
        try:
            data = step(dict(data))
        except KitError:
            raise
        except Exception as err:
            raise ValidationError(where, f"could not upgrade from format {version}: "
                                  f"{err}.") from None
        version += 1
        data["schema_version"] = version
    return Workbook.from_dict(data, where)
