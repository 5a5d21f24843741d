"""The course's datasets, loaded as pandas tables, with each column's descriptor family.

    >>> df = load_consumers()          # 2,500 people and their weekday cooking habits
    >>> biz = load_businesses()        # 400 small and mid-sized firms (bookkeeping case)

The tables and their generator live in the repository's ``datasets/`` folder (see its README);
an installed kit carries a copy of the tables, found through :mod:`kit.resources`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from kit.model import Filter, Segment

__all__ = ["COLUMNS", "DATASETS", "EXAMPLES", "MAX_VALUES", "CutSummary", "column_family",
           "column_values", "customer_kind", "cut_descriptors", "cut_filters", "cut_phrase",
           "cut_rows", "datasets_dir", "descriptor_columns", "load", "load_businesses",
           "load_consumers", "load_example", "need_columns", "recut", "summarise_cut",
           "table_dataset", "table_families", "table_needs", "value_order", "write_examples"]

DATASETS = {"consumers": "consumers.csv", "businesses": "businesses.csv"}

#: Column -> descriptor family ("need" for pain/gain scores), per table.
COLUMNS: dict[str, dict[str, str]] = {
    "consumers": {
        "age_band": "demographic", "gender": "demographic", "household": "demographic",
        "children_under_12": "demographic", "income_band": "demographic",
        "education": "demographic", "occupation": "demographic",
        "work_hours_per_week": "demographic", "region": "geographic",
        "city_size": "geographic", "cooking_evenings_per_week": "behavioural",
        "takeaway_orders_per_month": "behavioural", "grocery_channel": "behavioural",
        "uses_meal_kit_now": "behavioural", "health_focus": "psychographic",
        "budget_focus": "psychographic", "sustainability_focus": "psychographic",
        "enjoys_cooking": "psychographic", "pain_no_time": "need", "pain_food_waste": "need",
        "pain_cost": "need", "pain_picky_eaters": "need", "gain_eat_healthier": "need",
        "gain_variety": "need", "gain_less_planning": "need",
    },
    "businesses": {
        "industry": "firmographic", "size_band": "firmographic",
        "revenue_band": "firmographic", "region": "geographic",
        "buyer_role": "firmographic", "current_tool": "behavioural",
        "pain_late_payment": "need", "pain_admin_time": "need", "pain_tax_deadlines": "need",
        "pain_cash_visibility": "need", "gain_paid_faster": "need",
        "gain_fewer_errors": "need", "gain_mobile_access": "need",
    },
}


def datasets_dir() -> Path:
    """The kit's ``datasets/`` folder (the repository's, or the copy packaged in the kit)."""
    from kit.resources import datasets_dir as folder

    return folder()


def load(name: str) -> pd.DataFrame:
    """Load a course table by name: ``"consumers"`` or ``"businesses"``."""
    import pandas as pd

    if name not in DATASETS:
        raise KitError(f"There is no dataset called {name!r}. The datasets are: "
                       f"{', '.join(DATASETS)}.")
    return pd.read_csv(datasets_dir() / DATASETS[name])


def load_consumers() -> pd.DataFrame:
    """2,500 people and their weekday home-cooking habits (the meal-kit case)."""
    return load("consumers")


def load_businesses() -> pd.DataFrame:
    """400 small and mid-sized firms as buyers of bookkeeping software (a B2B case)."""
    return load("businesses")


#: Example workbooks: three case studies and two interview logs (see datasets/README.md).
EXAMPLES = {
    "freshbox": "examples/freshbox.json",
    "ledgerly": "examples/ledgerly.json",
    "sittercircle": "examples/sittercircle.json",
    "converging": "examples/logs/converging.json",
    "scattered": "examples/logs/scattered.json",
}


def load_example(name: str):
    """An example workbook, in memory only: looking at it never changes the file.

    ``"freshbox"`` (consumer), ``"ledgerly"`` (business-to-business), ``"sittercircle"``
    (multi-sided), and the interview logs ``"converging"`` and ``"scattered"``.
    """
    from kit.workbook import parse_workbook

    if name not in EXAMPLES:
        raise KitError(f"There is no example called {name!r}. The examples are: "
                       f"{', '.join(EXAMPLES)}.")
    path = datasets_dir() / EXAMPLES[name]
    return parse_workbook(path.read_bytes(), path.name)


def write_examples(builders: dict, folder) -> dict[str, Path]:
    """Build each workbook (``name -> builder()``) and save it as ``<folder>/<name>.json``,
    without backups; used by the scripts that regenerate the committed examples."""
    from kit.workbook import WorkbookStore

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, build in builders.items():
        store = WorkbookStore(folder / f"{name}.json")
        store.save(build(), keep_backup=False)
        paths[name] = store.path
    return paths


def descriptor_columns(name: str) -> dict[str, str]:
    """Columns a learner can cut the table by, with their descriptor family."""
    return {c: f for c, f in COLUMNS[name].items() if f != "need"}


def need_columns(name: str) -> list[str]:
    """The pain and gain score columns of a table."""
    return [c for c, f in COLUMNS[name].items() if f == "need"]


# --------------------------------------------------------------------------- cutting a table
# What the segment explorer does with a table, in plain pandas (the widget only lays it out):
# which columns it offers under which family, in which order their values come, the rows a
# cut keeps, their size and needs, and the saved segments' cuts re-applied to the table.

#: A column with more distinct values than this is not offered to cut by.
MAX_VALUES = 12
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)([kM]?)\b")


@dataclass(frozen=True)
class CutSummary:
    """The rows a cut keeps: how many of how many, and each need's mean in the cut and in
    the whole table (``needs[column] == (cut_mean, everyone_mean)``; no needs when the cut
    keeps no row)."""

    size: int
    total: int
    needs: dict[str, tuple[float, float]]

    @property
    def share(self) -> float:
        return self.size / self.total if self.total else 0.0


def value_order(value: str) -> tuple:
    """Sort key of a filter's values: bands and counts by their number ("under 20k", "20k-35k",
    ..., "100k+"; "18-24", ..., "75+"), then words alphabetically."""
    found = _AMOUNT.search(value)
    if not found:
        return (1, 0.0, value)
    amount = float(found.group(1)) * {"": 1, "k": 1e3, "M": 1e6}[found.group(2)]
    if value.lower().startswith(("under", "below", "less than", "<")):
        amount -= 0.5
    return (0, amount, value)


def table_dataset(table: pd.DataFrame) -> str | None:
    """The course dataset whose columns the table has (``"consumers"``...), or None."""
    return next((name for name, cols in COLUMNS.items() if set(cols) <= set(table.columns)),
                None)


def table_needs(table: pd.DataFrame, dataset: str | None = None) -> list[str]:
    """The need (pain and gain score) columns of a table: the dataset's, or else every column
    named ``pain_*`` or ``gain_*``."""
    known = COLUMNS.get(dataset or "", {})
    return [c for c, f in known.items() if f == "need"] or [
        str(c) for c in table.columns if str(c).startswith(("pain_", "gain_"))]


def customer_kind(dataset: str | None) -> str:
    """``"business"`` for a table of firms, else ``"consumer"``."""
    return "business" if "firmographic" in COLUMNS.get(dataset or "", {}).values() else "consumer"


def column_family(column: str, dataset: str | None = None) -> str:
    """The descriptor family of a column (``"behavioural"`` for a column the kit does not
    know)."""
    return COLUMNS.get(dataset or "", {}).get(column, "behavioural")


def table_families(table: pd.DataFrame, dataset: str | None = None) -> dict[str, list[str]]:
    """The columns a learner can cut the table by, under their descriptor family: not the
    needs, not ids, and none with more than :data:`MAX_VALUES` distinct values."""
    needs = set(table_needs(table, dataset))
    families: dict[str, list[str]] = {}
    for column in map(str, table.columns):
        if (column in needs or column.endswith("_id")
                or table[column].nunique() > MAX_VALUES):
            continue
        families.setdefault(column_family(column, dataset), []).append(column)
    if not families:
        raise KitError("This table has no column with few enough distinct values to cut "
                       f"by (at most {MAX_VALUES}). The table contains these columns: "
                       f"{', '.join(map(str, table.columns))}.")
    return families


def column_values(table: pd.DataFrame, column: str) -> list[str]:
    """A column's distinct values as text, in :func:`value_order`."""
    return sorted(table[column].dropna().astype(str).unique(), key=value_order)


def cut_rows(table: pd.DataFrame, filters: Mapping[str, Sequence[str]]) -> pd.DataFrame:
    """The rows that pass every filter (``column -> values kept``, values as text; a column
    with no value kept does not filter)."""
    mask = None
    for column, values in filters.items():
        if not values:
            continue
        keep = table[column].astype(str).isin([str(v) for v in values])
        mask = keep if mask is None else mask & keep
    return table if mask is None else table[mask]


def summarise_cut(table: pd.DataFrame, filters: Mapping[str, Sequence[str]],
                  needs: Sequence[str]) -> CutSummary:
    """How many rows the cut keeps, and its needs against everyone's."""
    match = cut_rows(table, filters)
    means = {c: (float(match[c].mean()), float(table[c].mean())) for c in needs} if len(
        match) else {}
    return CutSummary(size=len(match), total=len(table), needs=means)


def cut_phrase(column: str, values: Sequence[str]) -> str:
    """The readable descriptor of one filter: ``("city_size", ["big city", "rural"])`` ->
    ``"city size: big city or rural"`` (for the learner and the checks; never read back)."""
    return f"{column.replace('_', ' ')}: {' or '.join(values)}"


def cut_descriptors(filters: Mapping[str, Sequence[str]],
                    dataset: str | None = None) -> dict[str, list[str]]:
    """The descriptors of a cut, by family, as a segment keeps them."""
    out: dict[str, list[str]] = {}
    for column, values in filters.items():
        if values:
            out.setdefault(column_family(column, dataset), []).append(
                cut_phrase(column, list(values)))
    return out


def cut_filters(filters: Mapping[str, Sequence[str]]) -> list[Filter]:
    """A cut as the model stores it (``Segment.cut``)."""
    from kit.model import Filter

    return [Filter(column=c, values=[str(v) for v in vs]) for c, vs in filters.items() if vs]


def recut(table: pd.DataFrame, segment: Segment) -> dict[str, list] | None:
    """The filters of a saved segment's cut with the values as the table holds them (numbers
    as numbers), for :func:`kit.plots.compare_segments`; None when the segment was not cut
    from a table with these columns (described by hand, or cut from another table). A value
    the table does not hold is left out."""
    if not segment.cut or any(f.column not in table.columns for f in segment.cut):
        return None
    out: dict[str, list] = {}
    for f in segment.cut:
        by_text = {str(v): v for v in table[f.column].dropna().unique()}
        out[f.column] = [by_text[v] for v in f.values if v in by_text]
    return out
