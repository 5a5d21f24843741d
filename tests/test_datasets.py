"""Tests for the practice datasets in ``datasets/`` and their generator.

``datasets/`` is not a package, so the generator is imported from its file
path.  The tests check that the committed CSV files are exactly what the
committed script produces, that they match the README's data dictionary,
and that the hidden segment structure the lessons rely on is really there
(and would not be there in structureless data).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd
import pytest

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
CSV_NAMES = ("consumers.csv", "businesses.csv")

# Columns allowed to hold missing values, as documented in the README.
MAY_BE_MISSING = {
    "consumers.csv": {"income_band", "weekly_food_spend_eur"},
    "businesses.csv": {"annual_revenue_eur", "revenue_band"},
}


def _load_generator() -> ModuleType:
    """Import ``datasets/make_datasets.py`` from its path."""
    spec = importlib.util.spec_from_file_location(
        "cdkit_make_datasets", DATASETS / "make_datasets.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    """The generator module."""
    return _load_generator()


@pytest.fixture(scope="module")
def consumers() -> pd.DataFrame:
    """The committed consumer table."""
    return pd.read_csv(DATASETS / "consumers.csv")


@pytest.fixture(scope="module")
def businesses() -> pd.DataFrame:
    """The committed business table."""
    return pd.read_csv(DATASETS / "businesses.csv")


# --------------------------------------------------------------------------
# (a) Reproducibility
# --------------------------------------------------------------------------


def test_regenerating_gives_byte_identical_files(gen, tmp_path):
    """Running the script into a fresh folder reproduces the committed bytes."""
    assert gen.main(["--out", str(tmp_path)]) == 0
    for name in CSV_NAMES:
        fresh = (tmp_path / name).read_bytes()
        committed = (DATASETS / name).read_bytes()
        assert fresh == committed, f"{name} differs from a fresh run of the generator"


def test_files_are_modest_in_size():
    """Each CSV stays under 1 MB so the repository stays light."""
    for name in CSV_NAMES:
        assert (DATASETS / name).stat().st_size < 1_000_000, name


# --------------------------------------------------------------------------
# (b) Shape, columns and the data dictionary
# --------------------------------------------------------------------------


def test_row_counts_and_columns(gen, consumers, businesses):
    """Row counts and column order are as documented; ids are unique."""
    assert len(consumers) == gen.N_CONSUMERS >= 2400
    assert len(businesses) == gen.N_BUSINESSES >= 360
    assert list(consumers.columns) == gen.CONSUMER_COLUMNS
    assert list(businesses.columns) == gen.BUSINESS_COLUMNS
    assert consumers["customer_id"].is_unique
    assert businesses["company_id"].is_unique
    # No archetype label leaks into the data.
    for df in (consumers, businesses):
        assert not any("archetype" in c or "segment" in c for c in df.columns)


def _readme_dictionary_columns() -> set[str]:
    """Column names listed as rows of the README's data-dictionary tables."""
    text = (DATASETS / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\|\s*`([a-z0-9_]+)`\s*\|", text, flags=re.MULTILINE))


def test_every_column_is_in_the_readme_dictionary(consumers, businesses):
    """Every CSV column has a dictionary row, and no row names a stale column."""
    documented = _readme_dictionary_columns()
    actual = set(consumers.columns) | set(businesses.columns)
    assert actual - documented == set(), "columns missing from datasets/README.md"
    assert documented - actual == set(), "README documents columns the CSVs lack"


def test_values_are_in_documented_ranges(gen, consumers, businesses):
    """Scores are 1-5, categories come from the allowed lists, ranges plausible."""
    score_cols = [
        c
        for c in consumers.columns
        if c.startswith(("pain_", "gain_")) or c.endswith("_focus") or c == "enjoys_cooking"
    ]
    assert len(score_cols) == 11
    for df, cols in (
        (consumers, score_cols),
        (businesses, [c for c in businesses.columns if c.startswith(("pain_", "gain_"))]),
    ):
        for col in cols:
            assert df[col].between(1, 5).all(), col
            assert df[col].dtype.kind == "i", col

    allowed = {
        "gender": gen.GENDERS,
        "city_size": gen.CITY_SIZES,
        "grocery_channel": gen.GROCERY_CHANNELS,
        "education": gen.EDUCATION,
        "region": gen.REGIONS,
        "uses_meal_kit_now": ["yes", "no"],
        "household": ["single", "couple", "family with children", "shared flat", "retired couple"],
    }
    for col, values in allowed.items():
        assert set(consumers[col]) <= set(values), col
    assert set(businesses["industry"]) == set(gen.INDUSTRIES)
    assert set(businesses["current_tool"]) == set(gen.TOOLS)
    assert set(businesses["buyer_role"]) == set(gen.BUYER_ROLES)
    assert set(businesses["size_band"]) == {"1-9", "10-49", "50-249"}

    assert consumers["age"].between(18, 90).all()
    assert consumers["children_under_12"].between(0, 3).all()
    assert consumers["cooking_evenings_per_week"].between(0, 7).all()
    assert consumers["weekly_food_spend_eur"].dropna().between(15, 400).all()
    # Only families can have children under 12.
    kids = consumers["children_under_12"] > 0
    assert (consumers.loc[kids, "household"] == "family with children").all()
    assert businesses["employees"].between(1, 249).all()
    assert businesses["days_to_get_paid"].between(0, 120).all()


def test_missing_values_only_where_documented(consumers, businesses):
    """A few values are missing, only in the documented non-key columns."""
    for name, df in (("consumers.csv", consumers), ("businesses.csv", businesses)):
        missing = df.isna().mean()
        assert set(missing[missing > 0].index) == MAY_BE_MISSING[name]
        assert missing.max() < 0.10
    # Revenue and its band are missing together (undisclosed revenue).
    assert (businesses["annual_revenue_eur"].isna() == businesses["revenue_band"].isna()).all()


# --------------------------------------------------------------------------
# (c) The hidden structure is real
# --------------------------------------------------------------------------
# Each check compares a cut of the data with the rest.  The margins sit well
# below the gaps in the committed data but far above what chance gives, so
# structureless data fails them (see the last test).


def _gap(df: pd.DataFrame, cut: pd.Series, col: str, how: str = "mean") -> float:
    """Statistic of ``col`` inside ``cut`` minus the same statistic outside it."""
    inside, outside = df.loc[cut, col], df.loc[~cut, col]
    return float(getattr(inside, how)() - getattr(outside, how)())


def _consumer_gaps(c: pd.DataFrame) -> dict[str, float]:
    """Gaps the consumer lessons expect learners to find."""
    busy = (
        c["city_size"].eq("big city")
        & c["household"].isin(["single", "couple"])
        & c["work_hours_per_week"].ge(45)
    )
    return {
        "busy big-city singles/couples: pain_no_time": _gap(c, busy, "pain_no_time"),
        "busy big-city singles/couples: takeaways": _gap(c, busy, "takeaway_orders_per_month"),
        "families: pain_picky_eaters": _gap(
            c, c["household"].eq("family with children"), "pain_picky_eaters"
        ),
        "shared flats: pain_cost": _gap(c, c["household"].eq("shared flat"), "pain_cost"),
        "over-65s: enjoys_cooking": _gap(c, c["age"].ge(65), "enjoys_cooking"),
        "over-65s: health_focus": _gap(c, c["age"].ge(65), "health_focus"),
    }


def _business_gaps(b: pd.DataFrame) -> dict[str, float]:
    """Gaps the B2B lessons expect learners to find."""
    trades = b["industry"].eq("trades/construction")
    return {
        "trades: median days_to_get_paid": _gap(b, trades, "days_to_get_paid", "median"),
        "trades: pain_late_payment": _gap(b, trades, "pain_late_payment"),
        "creative agencies: gain_mobile_access": _gap(
            b, b["industry"].eq("creative agency"), "gain_mobile_access"
        ),
        "health practices: pain_tax_deadlines": _gap(
            b, b["industry"].eq("health practice"), "pain_tax_deadlines"
        ),
        "50-249 staff: pain_cash_visibility": _gap(
            b, b["size_band"].eq("50-249"), "pain_cash_visibility"
        ),
    }


#: Minimum gap each check must show.
MARGINS = {
    "busy big-city singles/couples: pain_no_time": 1.0,
    "busy big-city singles/couples: takeaways": 2.0,
    "families: pain_picky_eaters": 1.5,
    "shared flats: pain_cost": 1.0,
    "over-65s: enjoys_cooking": 0.8,
    "over-65s: health_focus": 0.5,
    "trades: median days_to_get_paid": 15.0,
    "trades: pain_late_payment": 1.0,
    "creative agencies: gain_mobile_access": 0.8,
    "health practices: pain_tax_deadlines": 0.8,
    "50-249 staff: pain_cash_visibility": 0.7,
}


def _failures(gaps: dict[str, float]) -> list[str]:
    """Names of checks whose gap falls short of its margin."""
    return [f"{k}: gap {v:.2f} < {MARGINS[k]}" for k, v in gaps.items() if v < MARGINS[k]]


def test_consumer_segments_are_real(consumers):
    """Cutting consumers by the right descriptors shows clearly different needs."""
    assert _failures(_consumer_gaps(consumers)) == []


def test_business_segments_are_real(businesses):
    """Cutting firms by industry and size shows clearly different needs."""
    assert _failures(_business_gaps(businesses)) == []


def test_structure_checks_fail_on_structureless_data(consumers, businesses):
    """The same checks fail on data whose columns were shuffled independently.

    This proves the margins test the hidden structure, not chance.
    """
    rng = np.random.default_rng(0)

    def shuffled(df: pd.DataFrame) -> pd.DataFrame:
        return pd.DataFrame({c: rng.permutation(df[c].to_numpy()) for c in df.columns})

    for real, check in ((consumers, _consumer_gaps), (businesses, _business_gaps)):
        gaps = check(shuffled(real))
        # Every single check must fail once the structure is destroyed.
        assert len(_failures(gaps)) == len(gaps), gaps


# --------------------------------------------------------------------------- cutting a table


def test_values_are_ordered_by_their_number_then_by_word():
    from kit.data import value_order

    bands = ["100k+", "20k-35k", "under 20k", "35k-60k", "single", "couple"]
    assert sorted(bands, key=value_order) == [
        "under 20k", "20k-35k", "35k-60k", "100k+", "couple", "single"]


def test_families_offer_the_columns_to_cut_by_and_leave_out_needs_ids_and_many_values():
    from kit.data import table_families, table_needs

    table = pd.DataFrame({"person_id": range(20), "city_size": ["big city", "rural"] * 10,
                          "income_band": ["under 20k"] * 20, "age": range(20, 40),
                          "pain_cost": [3] * 20})
    assert table_needs(table) == ["pain_cost"]
    # not a course table: every column it may cut by is behavioural
    assert table_families(table) == {"behavioural": ["city_size", "income_band"]}


def test_families_of_a_course_table(consumers):
    from kit.data import customer_kind, table_dataset, table_families

    assert table_dataset(consumers) == "consumers"
    assert customer_kind("consumers") == "consumer" and customer_kind("businesses") == "business"
    families = table_families(consumers, "consumers")
    assert "city_size" in families["geographic"] and "education" in families["demographic"]
    assert not any(c.startswith(("pain_", "gain_")) for cs in families.values() for c in cs)


def test_a_table_with_nothing_to_cut_by_is_explained():
    from kit.data import table_families
    from kit.errors import KitError

    with pytest.raises(KitError, match=r"no column with few enough distinct values.*: age"):
        table_families(pd.DataFrame({"age": range(30)}))


def test_a_cut_keeps_rows_passing_every_filter_and_a_value_with_or_is_one_value():
    from kit.data import cut_descriptors, cut_rows, summarise_cut

    table = pd.DataFrame({"education": ["bachelor", "master or higher", "master", "higher",
                                        "master or higher"],
                          "kids": [0, 1, 1, 0, 2], "pain_cost": [1, 3, 5, 5, 5]})
    cut = {"education": ["master or higher", "bachelor"], "kids": ["1", "2"]}
    assert list(cut_rows(table, cut).index) == [1, 4]
    summary = summarise_cut(table, cut, ["pain_cost"])
    assert (summary.size, summary.total, summary.share) == (2, 5, 0.4)
    assert summary.needs == {"pain_cost": (4.0, 3.8)}
    assert cut_descriptors(cut) == {"behavioural": ["education: master or higher or bachelor",
                                                    "kids: 1 or 2"]}
    assert summarise_cut(table, {"kids": ["7"]}, ["pain_cost"]).needs == {}


def test_a_saved_cut_is_re_cut_with_the_values_as_the_table_holds_them():
    from kit.data import cut_filters, recut
    from kit.model import Workbook

    table = pd.DataFrame({"education": ["master or higher", "bachelor"], "kids": [0, 1]})
    wb = Workbook()
    seg = wb.add_segment("Cut", cut=cut_filters({"education": ["master or higher"],
                                                 "kids": ["1", "3"]}))
    assert recut(table, seg) == {"education": ["master or higher"], "kids": [1]}
    assert recut(table, wb.add_segment("By hand")) is None
    assert recut(table.drop(columns="kids"), seg) is None  # cut from another table
