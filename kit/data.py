"""The course's datasets, loaded as pandas tables, with each column's descriptor family.

    >>> df = load_consumers()          # 2,500 people and their weekday cooking habits
    >>> biz = load_businesses()        # 400 small and mid-sized firms (bookkeeping case)

The tables and their generator live in the repository's ``datasets/`` folder; see its README.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kit.errors import KitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["COLUMNS", "DATASETS", "EXAMPLES", "datasets_dir", "descriptor_columns", "load",
           "load_businesses", "load_consumers", "load_example", "need_columns",
           "write_examples"]

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
    """The repository's ``datasets/`` folder."""
    folder = Path(__file__).resolve().parent.parent / "datasets"
    if not folder.is_dir():
        raise KitError(f"The datasets folder was not found at {folder}. The lessons need a "
                       "clone of the kit's repository (git clone, then make lab).")
    return folder


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
