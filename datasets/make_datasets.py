"""Generate the synthetic practice datasets used to segment customers from data.

Two CSV files are written, both fully synthetic (no real person or firm):

``consumers.csv``
    A consumer (B2C) customer base for a meal-kit / food-delivery venture:
    people, their households and their weekday cooking and eating habits,
    with demographic, geographic, behavioural and psychographic descriptors
    and pain/gain scores (1-5).

``businesses.csv``
    A business (B2B) customer base for bookkeeping / invoicing software:
    small and mid-sized firms with firmographic descriptors, their current
    bookkeeping habits and pain/gain scores (1-5).

The rows are drawn from a few *hidden archetypes* (see ``CONSUMER_ARCHETYPES``
and ``BUSINESS_ARCHETYPES``) plus a share of unstructured "everyone else"
rows, so that a learner who cuts the data by the right descriptors finds
real segments.  The archetype label is deliberately *not* written to the
CSV files; ``datasets/README.md`` describes the structure for instructors.

The output is deterministic: the same seed gives byte-identical files.
Only numpy and pandas are needed.

Usage::

    python datasets/make_datasets.py              # writes next to this script
    python datasets/make_datasets.py --out /tmp/x # writes somewhere else
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "BUSINESS_ARCHETYPES",
    "BUSINESS_COLUMNS",
    "CONSUMER_ARCHETYPES",
    "CONSUMER_COLUMNS",
    "N_BUSINESSES",
    "N_CONSUMERS",
    "SEED",
    "main",
    "make_businesses",
    "make_consumers",
    "write_datasets",
]

# --------------------------------------------------------------------------
# Fixed parameters
# --------------------------------------------------------------------------

#: Seed of the committed files.  Consumers use ``default_rng(SEED)``,
#: businesses ``default_rng(SEED + 1)``, so each table can change alone.
SEED = 20240917

N_CONSUMERS = 2500
N_BUSINESSES = 400

#: Hidden consumer archetypes and their share of the rows (sums to 1).
#: "everyone_else" is the unstructured remainder (noise).
CONSUMER_ARCHETYPES: dict[str, float] = {
    "busy_urban_professionals": 0.26,
    "young_families": 0.24,
    "budget_students": 0.17,
    "health_focused_retirees": 0.17,
    "everyone_else": 0.16,
}

#: Hidden business archetypes and their share of the rows (sums to 1).
BUSINESS_ARCHETYPES: dict[str, float] = {
    "trades_on_paper": 0.26,
    "digital_agencies_on_cloud": 0.20,
    "health_practices_tax_anxious": 0.17,
    "growing_mid_sized_firms": 0.15,
    "everyone_else": 0.22,
}

#: Column order of ``consumers.csv``.
CONSUMER_COLUMNS: list[str] = [
    "customer_id",
    # demographic
    "age",
    "age_band",
    "gender",
    "household",
    "children_under_12",
    "income_band",
    "education",
    "occupation",
    "work_hours_per_week",
    # geographic
    "region",
    "city_size",
    # behavioural
    "cooking_evenings_per_week",
    "takeaway_orders_per_month",
    "grocery_channel",
    "weekly_food_spend_eur",
    "minutes_cooking_weekday",
    "uses_meal_kit_now",
    # psychographic
    "health_focus",
    "budget_focus",
    "sustainability_focus",
    "enjoys_cooking",
    # need signals
    "pain_no_time",
    "pain_food_waste",
    "pain_cost",
    "pain_picky_eaters",
    "gain_eat_healthier",
    "gain_variety",
    "gain_less_planning",
]

#: Column order of ``businesses.csv``.
BUSINESS_COLUMNS: list[str] = [
    "company_id",
    # firmographic
    "industry",
    "employees",
    "size_band",
    "annual_revenue_eur",
    "revenue_band",
    "region",
    "years_trading",
    "buyer_role",
    # behavioural
    "current_tool",
    "invoices_per_month",
    "hours_bookkeeping_per_week",
    "days_to_get_paid",
    # need signals
    "pain_late_payment",
    "pain_admin_time",
    "pain_tax_deadlines",
    "pain_cash_visibility",
    "gain_paid_faster",
    "gain_fewer_errors",
    "gain_mobile_access",
]

# Allowed category values (the README lists the same ones).
REGIONS = ["North", "South", "East", "West", "Central"]
GENDERS = ["female", "male", "non-binary"]
CITY_SIZES = ["big city", "mid-sized town", "small town", "rural"]
GROCERY_CHANNELS = ["supermarket", "online", "discounter", "market"]
EDUCATION = ["secondary", "vocational", "bachelor", "master or higher"]
INDUSTRIES = [
    "trades/construction",
    "retail",
    "hospitality",
    "professional services",
    "creative agency",
    "health practice",
    "e-commerce",
]
TOOLS = ["paper", "spreadsheet", "desktop package", "cloud package", "accountant does it"]
BUYER_ROLES = ["owner", "office manager", "finance lead", "external accountant"]

# Share of rows with a deliberately missing value (documented in the README).
MISSING_INCOME_BAND = 0.04  # consumers who declined to state income
MISSING_FOOD_SPEND = 0.02  # consumers who could not estimate spend
MISSING_REVENUE = 0.05  # firms that did not disclose revenue

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _pick(
    rng: np.random.Generator, options: Sequence[str], probs: Sequence[float], n: int
) -> np.ndarray:
    """Draw ``n`` category labels from ``options`` with probabilities ``probs``."""
    p = np.asarray(probs, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=p / p.sum())


def _score(
    rng: np.random.Generator, mean: float | np.ndarray, n: int, sd: float = 0.8
) -> np.ndarray:
    """Return ``n`` integer Likert scores 1-5 scattered around ``mean``.

    A normal draw around the (possibly per-row) mean is rounded and clipped,
    which gives the lumpy, bounded distribution real survey scores have.
    """
    raw = np.asarray(mean, dtype=float) + rng.normal(0.0, sd, size=n)
    return np.clip(np.rint(raw), 1, 5).astype(int)


def _int_normal(
    rng: np.random.Generator, mean: float | np.ndarray, sd: float, lo: int, hi: int, n: int
) -> np.ndarray:
    """Integer draw from a normal distribution, rounded and clipped to [lo, hi]."""
    raw = np.asarray(mean, dtype=float) + rng.normal(0.0, sd, size=n)
    return np.clip(np.rint(raw), lo, hi).astype(int)


def _split_counts(total: int, shares: dict[str, float]) -> dict[str, int]:
    """Split ``total`` rows over archetypes by share; the last takes the rest."""
    names = list(shares)
    counts = {name: round(total * shares[name]) for name in names[:-1]}
    counts[names[-1]] = total - sum(counts.values())
    return counts


def _age_band(age: np.ndarray) -> np.ndarray:
    """Map ages in years to the bands used in the README."""
    edges = [18, 25, 35, 45, 55, 65, 75, 200]
    labels = ["18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
    idx = np.searchsorted(edges, age, side="right") - 1
    return np.asarray(labels, dtype=object)[idx]


def _income_band(income: np.ndarray) -> np.ndarray:
    """Map annual net household income (EUR) to income bands."""
    edges = [0, 20_000, 35_000, 50_000, 75_000, 100_000, np.inf]
    labels = ["under 20k", "20k-35k", "35k-50k", "50k-75k", "75k-100k", "100k+"]
    idx = np.searchsorted(edges, income, side="right") - 1
    return np.asarray(labels, dtype=object)[idx]


def _size_band(employees: np.ndarray) -> np.ndarray:
    """Map head count to the EU-style size bands 1-9 / 10-49 / 50-249."""
    return np.where(employees < 10, "1-9", np.where(employees < 50, "10-49", "50-249")).astype(
        object
    )


def _revenue_band(revenue: np.ndarray) -> np.ndarray:
    """Map annual revenue (EUR) to revenue bands."""
    edges = [0, 250_000, 1_000_000, 5_000_000, 20_000_000, np.inf]
    labels = ["under 250k", "250k-1M", "1M-5M", "5M-20M", "20M+"]
    idx = np.searchsorted(edges, revenue, side="right") - 1
    return np.asarray(labels, dtype=object)[idx]


# --------------------------------------------------------------------------
# Consumers: one function per hidden archetype
# --------------------------------------------------------------------------
# Each block returns a dict of equal-length arrays holding the raw columns
# (numeric household income instead of its band) and the archetype's mean
# psychographic and need scores.  ``_consumer_scores`` turns those means
# into 1-5 scores with row-level effects, shared by all archetypes.


def _busy_professionals(rng: np.random.Generator, n: int) -> dict:
    """Busy urban professionals: long hours, little cooking, many takeaways."""
    household = _pick(rng, ["single", "couple"], [0.5, 0.5], n)
    couple = household == "couple"
    return {
        "age": rng.integers(25, 45, size=n),
        "household": household,
        "children_under_12": np.zeros(n, dtype=int),
        "income": np.where(couple, 95_000, 60_000) * rng.lognormal(0, 0.22, n),
        "education": _pick(rng, EDUCATION, [0.02, 0.08, 0.40, 0.50], n),
        "occupation": _pick(
            rng,
            ["professional", "manager", "self-employed", "sales/service"],
            [0.55, 0.30, 0.10, 0.05],
            n,
        ),
        "work_hours_per_week": _int_normal(rng, 49, 5, 38, 65, n),
        "city_size": _pick(rng, CITY_SIZES, [0.80, 0.16, 0.03, 0.01], n),
        "cooking_evenings_per_week": rng.binomial(7, 0.30, n),
        "takeaway_orders_per_month": np.clip(rng.poisson(9, n), 0, 30),
        "grocery_channel": _pick(rng, GROCERY_CHANNELS, [0.45, 0.45, 0.05, 0.05], n),
        "spend": np.where(couple, 135.0, 85.0) + rng.normal(0, 18, n),
        "minutes_cooking_weekday": _int_normal(rng, 20, 8, 5, 90, n),
        "meal_kit_p": np.full(n, 0.30),
        "means": dict(
            health_focus=3.5,
            budget_focus=2.0,
            sustainability_focus=3.2,
            enjoys_cooking=2.5,
            pain_no_time=4.4,
            pain_food_waste=3.6,
            pain_cost=2.0,
            pain_picky_eaters=1.3,
            gain_eat_healthier=3.9,
            gain_variety=3.6,
            gain_less_planning=4.4,
        ),
    }


def _young_families(rng: np.random.Generator, n: int) -> dict:
    """Families with young children: cost-conscious, picky eaters at the table."""
    children = rng.choice([1, 2, 3], size=n, p=[0.40, 0.45, 0.15])
    return {
        "age": rng.integers(28, 50, size=n),
        "household": np.full(n, "family with children", dtype=object),
        "children_under_12": children,
        "income": 62_000 * rng.lognormal(0, 0.25, n),
        "education": _pick(rng, EDUCATION, [0.15, 0.35, 0.35, 0.15], n),
        "occupation": _pick(
            rng,
            [
                "office/admin",
                "skilled trade",
                "health/care",
                "teacher",
                "sales/service",
                "professional",
                "self-employed",
            ],
            [0.20, 0.20, 0.15, 0.10, 0.15, 0.15, 0.05],
            n,
        ),
        "work_hours_per_week": _int_normal(rng, 34, 8, 10, 50, n),
        "city_size": _pick(rng, CITY_SIZES, [0.20, 0.45, 0.25, 0.10], n),
        "cooking_evenings_per_week": rng.binomial(7, 0.80, n),
        "takeaway_orders_per_month": np.clip(rng.poisson(3, n), 0, 30),
        "grocery_channel": _pick(rng, GROCERY_CHANNELS, [0.55, 0.07, 0.35, 0.03], n),
        "spend": 120.0 + 25.0 * children + rng.normal(0, 20, n),
        "minutes_cooking_weekday": _int_normal(rng, 45, 10, 10, 120, n),
        "meal_kit_p": np.full(n, 0.08),
        "means": dict(
            health_focus=3.5,
            budget_focus=4.1,
            sustainability_focus=3.0,
            enjoys_cooking=2.8,
            pain_no_time=3.5,
            pain_food_waste=3.3,
            pain_cost=4.1,
            pain_picky_eaters=3.6,
            gain_eat_healthier=3.8,
            gain_variety=2.6,
            gain_less_planning=4.0,
        ),
    }


def _budget_students(rng: np.random.Generator, n: int) -> dict:
    """Budget-conscious students in shared flats: cost pain above all."""
    return {
        "age": rng.integers(19, 29, size=n),
        "household": np.full(n, "shared flat", dtype=object),
        "children_under_12": np.zeros(n, dtype=int),
        "income": 13_000 * rng.lognormal(0, 0.25, n),
        "education": _pick(rng, EDUCATION, [0.45, 0.05, 0.42, 0.08], n),
        "occupation": _pick(rng, ["student", "sales/service"], [0.85, 0.15], n),
        "work_hours_per_week": _int_normal(rng, 12, 6, 0, 30, n),
        "city_size": _pick(rng, CITY_SIZES, [0.60, 0.35, 0.05, 0.00], n),
        "cooking_evenings_per_week": rng.binomial(7, 0.55, n),
        "takeaway_orders_per_month": np.clip(rng.poisson(3, n), 0, 30),
        "grocery_channel": _pick(rng, GROCERY_CHANNELS, [0.30, 0.05, 0.60, 0.05], n),
        "spend": np.clip(42.0 + rng.normal(0, 10, n), 20, 90),
        "minutes_cooking_weekday": _int_normal(rng, 30, 10, 5, 90, n),
        "meal_kit_p": np.full(n, 0.03),
        "means": dict(
            health_focus=2.7,
            budget_focus=4.7,
            sustainability_focus=3.6,
            enjoys_cooking=3.1,
            pain_no_time=2.3,
            pain_food_waste=2.6,
            pain_cost=4.6,
            pain_picky_eaters=1.2,
            gain_eat_healthier=3.2,
            gain_variety=3.4,
            gain_less_planning=2.6,
        ),
    }


def _health_retirees(rng: np.random.Generator, n: int) -> dict:
    """Health-focused retirees who enjoy cooking and have time for it."""
    household = _pick(rng, ["retired couple", "single"], [0.70, 0.30], n)
    couple = household == "retired couple"
    # A few retirees still work a few hours a week (consulting, a mini-job).
    works = rng.random(n) < 0.10
    return {
        "age": rng.integers(63, 83, size=n),
        "household": household,
        "children_under_12": np.zeros(n, dtype=int),
        "income": np.where(couple, 44_000, 27_000) * rng.lognormal(0, 0.25, n),
        "education": _pick(rng, EDUCATION, [0.30, 0.35, 0.20, 0.15], n),
        "occupation": np.full(n, "retired", dtype=object),
        "work_hours_per_week": np.where(works, rng.integers(4, 16, size=n), 0),
        "city_size": _pick(rng, CITY_SIZES, [0.10, 0.30, 0.35, 0.25], n),
        "cooking_evenings_per_week": rng.binomial(7, 0.90, n),
        "takeaway_orders_per_month": np.clip(rng.poisson(0.6, n), 0, 30),
        "grocery_channel": _pick(rng, GROCERY_CHANNELS, [0.50, 0.03, 0.07, 0.40], n),
        "spend": np.where(couple, 105.0, 65.0) + rng.normal(0, 15, n),
        "minutes_cooking_weekday": _int_normal(rng, 65, 15, 20, 150, n),
        "meal_kit_p": np.full(n, 0.02),
        "means": dict(
            health_focus=4.6,
            budget_focus=3.0,
            sustainability_focus=4.0,
            enjoys_cooking=4.6,
            pain_no_time=1.4,
            pain_food_waste=2.4,
            pain_cost=2.6,
            pain_picky_eaters=1.2,
            gain_eat_healthier=4.5,
            gain_variety=3.0,
            gain_less_planning=1.6,
        ),
    }


def _consumers_everyone_else(rng: np.random.Generator, n: int) -> dict:
    """Unstructured remainder: a broad mix of ages, households and habits.

    Descriptors are internally consistent (a 70-year-old is retired, a
    family has children) but needs sit near the middle of the scale, with
    only the weak row-level effects every row gets.
    """
    # Half the rows are middle-aged (40-64), a group the archetypes leave thin.
    age = np.where(rng.random(n) < 0.5, rng.integers(40, 65, size=n), rng.integers(18, 81, size=n))
    young, old = age < 30, age >= 63
    household = np.where(
        young,
        _pick(
            rng,
            ["single", "couple", "shared flat", "family with children"],
            [0.45, 0.25, 0.20, 0.10],
            n,
        ),
        np.where(
            old,
            _pick(rng, ["single", "retired couple", "couple"], [0.35, 0.50, 0.15], n),
            _pick(rng, ["single", "couple", "family with children"], [0.30, 0.35, 0.35], n),
        ),
    ).astype(object)
    family = household == "family with children"
    # Some families' children are all 12 or older.
    children = np.where(family, rng.integers(0, 4, size=n), 0)
    occupation = np.where(
        old & (rng.random(n) < 0.8),
        "retired",
        _pick(
            rng,
            [
                "professional",
                "manager",
                "office/admin",
                "skilled trade",
                "sales/service",
                "health/care",
                "teacher",
                "self-employed",
                "student",
                "not in paid work",
            ],
            [0.16, 0.07, 0.15, 0.14, 0.14, 0.09, 0.06, 0.07, 0.04, 0.08],
            n,
        ),
    ).astype(object)
    occupation = np.where(young & (occupation == "retired"), "student", occupation)
    hours = np.where(
        np.isin(occupation, ["retired", "not in paid work"]), 0, _int_normal(rng, 36, 8, 5, 60, n)
    )
    size = np.select([household == "single", family], [1.0, 2.0 + children], default=2.0)
    return {
        "age": age,
        "household": household,
        "children_under_12": children,
        "income": 24_000 * np.sqrt(size) * rng.lognormal(0.3, 0.4, n),
        "education": _pick(rng, EDUCATION, [0.25, 0.30, 0.28, 0.17], n),
        "occupation": occupation,
        "work_hours_per_week": hours,
        "city_size": _pick(rng, CITY_SIZES, [0.30, 0.35, 0.20, 0.15], n),
        "cooking_evenings_per_week": rng.binomial(7, 0.60, n),
        "takeaway_orders_per_month": np.clip(rng.poisson(3.5, n), 0, 30),
        "grocery_channel": _pick(rng, GROCERY_CHANNELS, [0.50, 0.10, 0.30, 0.10], n),
        "spend": 45.0 * np.sqrt(size) + 15.0 + rng.normal(0, 20, n),
        "minutes_cooking_weekday": _int_normal(rng, 35, 12, 5, 120, n),
        "meal_kit_p": np.full(n, 0.08),
        "means": dict(
            health_focus=3.0,
            budget_focus=3.0,
            sustainability_focus=3.0,
            enjoys_cooking=3.0,
            pain_no_time=2.8,
            pain_food_waste=2.9,
            pain_cost=3.0,
            pain_picky_eaters=1.8,
            gain_eat_healthier=3.3,
            gain_variety=3.0,
            gain_less_planning=2.9,
        ),
    }


_CONSUMER_BLOCKS = {
    "busy_urban_professionals": _busy_professionals,
    "young_families": _young_families,
    "budget_students": _budget_students,
    "health_focused_retirees": _health_retirees,
    "everyone_else": _consumers_everyone_else,
}


def _consumer_scores(rng: np.random.Generator, block: dict, n: int) -> dict:
    """Turn an archetype's mean scores into 1-5 scores with row-level effects.

    On top of the archetype mean, every row gets the same small, plausible
    effects: long working hours raise the no-time pain, each child under 12
    raises the picky-eater pain, low income raises the cost pain and budget
    focus, and liking to cook lowers the no-time pain a little.
    """
    m = block["means"]
    hours = block["work_hours_per_week"].astype(float)
    kids = block["children_under_12"].astype(float)
    low_income = np.clip(np.log(40_000 / block["income"]), -1.0, 1.5)
    scores = {
        "health_focus": _score(rng, m["health_focus"], n),
        "budget_focus": _score(rng, m["budget_focus"] + 0.3 * low_income, n),
        "sustainability_focus": _score(rng, m["sustainability_focus"], n, sd=0.9),
        "enjoys_cooking": _score(rng, m["enjoys_cooking"], n),
    }
    scores.update(
        {
            "pain_no_time": _score(
                rng,
                m["pain_no_time"] + 0.03 * (hours - 38) - 0.15 * (scores["enjoys_cooking"] - 3),
                n,
            ),
            "pain_food_waste": _score(rng, m["pain_food_waste"], n, sd=0.9),
            "pain_cost": _score(rng, m["pain_cost"] + 0.4 * low_income, n),
            "pain_picky_eaters": _score(rng, m["pain_picky_eaters"] + 0.3 * kids, n),
            "gain_eat_healthier": _score(rng, m["gain_eat_healthier"], n),
            "gain_variety": _score(rng, m["gain_variety"], n, sd=0.9),
            "gain_less_planning": _score(rng, m["gain_less_planning"], n),
        }
    )
    return scores


def make_consumers(seed: int = SEED, n: int = N_CONSUMERS) -> pd.DataFrame:
    """Build the consumer table (``consumers.csv``) as a DataFrame.

    Rows of every hidden archetype are generated, shuffled together, given
    sequential ids (``C00001``...) and a few documented missing values.
    The archetype label is dropped.
    """
    rng = np.random.default_rng(seed)
    parts = []
    for name, count in _split_counts(n, CONSUMER_ARCHETYPES).items():
        block = _CONSUMER_BLOCKS[name](rng, count)
        scores = _consumer_scores(rng, block, count)
        parts.append(
            pd.DataFrame(
                {
                    "age": block["age"].astype(int),
                    "gender": _pick(rng, GENDERS, [0.49, 0.49, 0.02], count),
                    "household": block["household"],
                    "children_under_12": block["children_under_12"].astype(int),
                    "income": block["income"],
                    "education": block["education"],
                    "occupation": block["occupation"],
                    "work_hours_per_week": block["work_hours_per_week"].astype(int),
                    "region": _pick(rng, REGIONS, [0.22, 0.22, 0.18, 0.20, 0.18], count),
                    "city_size": block["city_size"],
                    "cooking_evenings_per_week": block["cooking_evenings_per_week"].astype(int),
                    "takeaway_orders_per_month": block["takeaway_orders_per_month"].astype(int),
                    "grocery_channel": block["grocery_channel"],
                    "weekly_food_spend_eur": np.clip(block["spend"], 15, 400),
                    "minutes_cooking_weekday": block["minutes_cooking_weekday"].astype(int),
                    "uses_meal_kit_now": np.where(
                        rng.random(count) < block["meal_kit_p"], "yes", "no"
                    ).astype(object),
                    **scores,
                }
            )
        )
    df = pd.concat(parts, ignore_index=True)
    df = df.iloc[rng.permutation(len(df))].reset_index(drop=True)

    # Derived and rounded columns.
    df["customer_id"] = [f"C{i:05d}" for i in range(1, len(df) + 1)]
    df["age_band"] = _age_band(df["age"].to_numpy())
    df["income_band"] = pd.Series(_income_band(df["income"].to_numpy()), dtype=object)
    df["weekly_food_spend_eur"] = df["weekly_food_spend_eur"].round(1)

    # Documented missing values: people who would not state their income or
    # could not estimate their weekly food spend.
    df.loc[rng.random(len(df)) < MISSING_INCOME_BAND, "income_band"] = np.nan
    df.loc[rng.random(len(df)) < MISSING_FOOD_SPEND, "weekly_food_spend_eur"] = np.nan
    return df[CONSUMER_COLUMNS]


# --------------------------------------------------------------------------
# Businesses: one function per hidden archetype
# --------------------------------------------------------------------------

#: Typical revenue per employee (EUR / year) by industry, before noise.
_REVENUE_PER_EMPLOYEE = {
    "trades/construction": 95_000,
    "retail": 160_000,
    "hospitality": 55_000,
    "professional services": 110_000,
    "creative agency": 85_000,
    "health practice": 75_000,
    "e-commerce": 240_000,
}


def _small_headcount(rng: np.random.Generator, n: int, mean: float, hi: int) -> np.ndarray:
    """Skewed head counts for small firms: many tiny, a few larger (1..hi)."""
    return np.clip(np.rint(rng.lognormal(np.log(mean), 0.7, n)), 1, hi).astype(int)


def _trades_on_paper(rng: np.random.Generator, n: int) -> dict:
    """Trades firms: owner does the books at night on paper, clients pay late."""
    emp = _small_headcount(rng, n, 7, 45)
    return {
        "industry": np.full(n, "trades/construction", dtype=object),
        "employees": emp,
        "years_trading": rng.integers(4, 36, size=n),
        "buyer_role": _pick(rng, BUYER_ROLES, [0.75, 0.15, 0.00, 0.10], n),
        "current_tool": _pick(rng, TOOLS, [0.40, 0.30, 0.05, 0.00, 0.25], n),
        "invoices_per_month": rng.poisson(8 + 1.5 * emp),
        "hours_bookkeeping_per_week": 6.5 + rng.normal(0, 2.0, n),
        "days_to_get_paid": _int_normal(rng, 58, 12, 14, 120, n),
        "means": dict(
            pain_late_payment=4.6,
            pain_admin_time=4.0,
            pain_tax_deadlines=3.2,
            pain_cash_visibility=4.0,
            gain_paid_faster=4.6,
            gain_fewer_errors=3.0,
            gain_mobile_access=3.2,
        ),
    }


def _digital_agencies(rng: np.random.Generator, n: int) -> dict:
    """Young digital/creative agencies on cloud tools who want mobile access."""
    emp = _small_headcount(rng, n, 8, 45)
    return {
        "industry": _pick(rng, ["creative agency", "professional services"], [0.80, 0.20], n),
        "employees": emp,
        "years_trading": rng.integers(1, 13, size=n),
        "buyer_role": _pick(rng, BUYER_ROLES, [0.70, 0.20, 0.10, 0.00], n),
        "current_tool": _pick(rng, TOOLS, [0.00, 0.20, 0.05, 0.75, 0.00], n),
        "invoices_per_month": rng.poisson(4 + 1.2 * emp),
        "hours_bookkeeping_per_week": 3.0 + rng.normal(0, 1.2, n),
        "days_to_get_paid": _int_normal(rng, 32, 8, 7, 90, n),
        "means": dict(
            pain_late_payment=2.8,
            pain_admin_time=2.4,
            pain_tax_deadlines=2.6,
            pain_cash_visibility=2.8,
            gain_paid_faster=3.0,
            gain_fewer_errors=2.8,
            gain_mobile_access=4.6,
        ),
    }


def _health_practices(rng: np.random.Generator, n: int) -> dict:
    """Health practices: many patient invoices, anxious about tax deadlines."""
    emp = _small_headcount(rng, n, 6, 30)
    return {
        "industry": np.full(n, "health practice", dtype=object),
        "employees": emp,
        "years_trading": rng.integers(3, 31, size=n),
        "buyer_role": _pick(rng, BUYER_ROLES, [0.30, 0.55, 0.00, 0.15], n),
        "current_tool": _pick(rng, TOOLS, [0.00, 0.15, 0.45, 0.05, 0.35], n),
        "invoices_per_month": rng.poisson(120 + 20 * emp),
        "hours_bookkeeping_per_week": 8.0 + rng.normal(0, 2.5, n),
        "days_to_get_paid": _int_normal(rng, 28, 8, 7, 90, n),
        "means": dict(
            pain_late_payment=2.6,
            pain_admin_time=3.8,
            pain_tax_deadlines=4.7,
            pain_cash_visibility=2.8,
            gain_paid_faster=2.6,
            gain_fewer_errors=4.5,
            gain_mobile_access=2.0,
        ),
    }


def _growing_mid_sized(rng: np.random.Generator, n: int) -> dict:
    """Growing mid-sized firms with a finance lead who wants cash visibility."""
    emp = np.clip(np.rint(rng.lognormal(np.log(80), 0.55, n)), 30, 249).astype(int)
    return {
        "industry": _pick(
            rng,
            ["retail", "e-commerce", "hospitality", "professional services"],
            [0.35, 0.35, 0.15, 0.15],
            n,
        ),
        "employees": emp,
        "years_trading": rng.integers(5, 41, size=n),
        "buyer_role": _pick(rng, BUYER_ROLES, [0.00, 0.10, 0.80, 0.10], n),
        "current_tool": _pick(rng, TOOLS, [0.00, 0.10, 0.55, 0.35, 0.00], n),
        "invoices_per_month": rng.poisson(100 + 4 * emp),
        "hours_bookkeeping_per_week": 12.0 + 0.15 * emp + rng.normal(0, 5, n),
        "days_to_get_paid": _int_normal(rng, 40, 10, 7, 120, n),
        "means": dict(
            pain_late_payment=3.2,
            pain_admin_time=3.0,
            pain_tax_deadlines=3.0,
            pain_cash_visibility=4.5,
            gain_paid_faster=3.2,
            gain_fewer_errors=4.2,
            gain_mobile_access=2.6,
        ),
    }


def _businesses_everyone_else(rng: np.random.Generator, n: int) -> dict:
    """Unstructured remainder: any industry, size and tool, middling needs."""
    emp = _small_headcount(rng, n, 6, 120)
    return {
        "industry": _pick(rng, INDUSTRIES, [0.08, 0.22, 0.22, 0.18, 0.08, 0.07, 0.15], n),
        "employees": emp,
        "years_trading": rng.integers(1, 41, size=n),
        "buyer_role": _pick(rng, BUYER_ROLES, [0.55, 0.20, 0.10, 0.15], n),
        "current_tool": _pick(rng, TOOLS, [0.10, 0.30, 0.25, 0.20, 0.15], n),
        "invoices_per_month": rng.poisson(10 + 2 * emp),
        "hours_bookkeeping_per_week": 4.0 + 0.1 * emp + rng.normal(0, 2.0, n),
        "days_to_get_paid": _int_normal(rng, 35, 12, 0, 120, n),
        "means": dict(
            pain_late_payment=3.0,
            pain_admin_time=3.0,
            pain_tax_deadlines=3.0,
            pain_cash_visibility=3.0,
            gain_paid_faster=3.0,
            gain_fewer_errors=3.0,
            gain_mobile_access=3.0,
        ),
    }


_BUSINESS_BLOCKS = {
    "trades_on_paper": _trades_on_paper,
    "digital_agencies_on_cloud": _digital_agencies,
    "health_practices_tax_anxious": _health_practices,
    "growing_mid_sized_firms": _growing_mid_sized,
    "everyone_else": _businesses_everyone_else,
}


def _business_scores(rng: np.random.Generator, block: dict, n: int) -> dict:
    """Turn an archetype's mean scores into 1-5 scores with row-level effects.

    Row-level effects shared by all firms: slow payment raises the
    late-payment pain and the wish to be paid faster; many bookkeeping hours
    raise the admin-time pain; firms on paper or spreadsheets feel less
    confident about tax deadlines and errors.
    """
    m = block["means"]
    late = (block["days_to_get_paid"] - 35) / 20.0
    hours = np.clip((block["hours_bookkeeping_per_week"] - 5) / 5.0, -1, 2)
    manual = np.isin(block["current_tool"], ["paper", "spreadsheet"]).astype(float)
    return {
        "pain_late_payment": _score(rng, m["pain_late_payment"] + 0.3 * late, n),
        "pain_admin_time": _score(rng, m["pain_admin_time"] + 0.3 * hours, n),
        "pain_tax_deadlines": _score(rng, m["pain_tax_deadlines"] + 0.3 * manual, n),
        "pain_cash_visibility": _score(rng, m["pain_cash_visibility"], n),
        "gain_paid_faster": _score(rng, m["gain_paid_faster"] + 0.3 * late, n),
        "gain_fewer_errors": _score(rng, m["gain_fewer_errors"] + 0.3 * manual, n),
        "gain_mobile_access": _score(rng, m["gain_mobile_access"], n),
    }


def make_businesses(seed: int = SEED + 1, n: int = N_BUSINESSES) -> pd.DataFrame:
    """Build the business table (``businesses.csv``) as a DataFrame.

    Rows of every hidden archetype are generated, shuffled together, given
    sequential ids (``B0001``...) and a few undisclosed revenues.
    The archetype label is dropped.
    """
    rng = np.random.default_rng(seed)
    parts = []
    for name, count in _split_counts(n, BUSINESS_ARCHETYPES).items():
        block = _BUSINESS_BLOCKS[name](rng, count)
        block["hours_bookkeeping_per_week"] = np.clip(
            block["hours_bookkeeping_per_week"], 0.5, 80.0
        )
        # Micro firms (under 10 staff) have no finance lead: the owner buys.
        block["buyer_role"] = np.where(
            (block["employees"] < 10) & (block["buyer_role"] == "finance lead"),
            "owner",
            block["buyer_role"],
        ).astype(object)
        scores = _business_scores(rng, block, count)
        rpe = np.array([_REVENUE_PER_EMPLOYEE[i] for i in block["industry"]])
        # Revenue grows with head count; one-person firms still turn over
        # something (floor), and no firm exceeds the EU SME ceiling (EUR 50M).
        revenue = np.clip(
            block["employees"] * rpe * rng.lognormal(0, 0.3, count), 35_000, 49_000_000
        )
        parts.append(
            pd.DataFrame(
                {
                    "industry": block["industry"],
                    "employees": block["employees"].astype(int),
                    "annual_revenue_eur": revenue,
                    "region": _pick(rng, REGIONS, [0.22, 0.22, 0.18, 0.20, 0.18], count),
                    "years_trading": block["years_trading"].astype(int),
                    "buyer_role": block["buyer_role"],
                    "current_tool": block["current_tool"],
                    "invoices_per_month": block["invoices_per_month"].astype(int),
                    "hours_bookkeeping_per_week": block["hours_bookkeeping_per_week"],
                    "days_to_get_paid": block["days_to_get_paid"].astype(int),
                    **scores,
                }
            )
        )
    df = pd.concat(parts, ignore_index=True)
    df = df.iloc[rng.permutation(len(df))].reset_index(drop=True)

    df["company_id"] = [f"B{i:04d}" for i in range(1, len(df) + 1)]
    df["size_band"] = _size_band(df["employees"].to_numpy())
    # Revenue to the nearest EUR 1,000, kept as a nullable integer so the
    # CSV shows 412000 rather than 412000.0 and an empty cell when missing.
    df["annual_revenue_eur"] = (df["annual_revenue_eur"] / 1000).round() * 1000
    df["revenue_band"] = pd.Series(_revenue_band(df["annual_revenue_eur"].to_numpy()), dtype=object)
    # Hours to the nearest half hour.
    df["hours_bookkeeping_per_week"] = (df["hours_bookkeeping_per_week"] * 2).round() / 2

    # Documented missing values: firms that did not disclose revenue (both
    # the amount and its band are empty).
    undisclosed = rng.random(len(df)) < MISSING_REVENUE
    df["annual_revenue_eur"] = df["annual_revenue_eur"].astype("Int64")
    df.loc[undisclosed, "annual_revenue_eur"] = pd.NA
    df.loc[undisclosed, "revenue_band"] = np.nan
    return df[BUSINESS_COLUMNS]


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write_datasets(out_dir: str | Path, seed: int = SEED) -> dict[str, Path]:
    """Generate both tables and write them as CSV files into ``out_dir``.

    Files are written as UTF-8 with ``\\n`` line endings and no index, so
    the bytes are the same on every platform.  Returns ``{name: path}``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "consumers.csv": make_consumers(seed),
        "businesses.csv": make_businesses(seed + 1),
    }
    paths = {}
    for name, df in tables.items():
        path = out / name
        df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        paths[name] = path
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: parse arguments, write the CSV files."""
    parser = argparse.ArgumentParser(
        description=(
            "Generate the synthetic customer-segmentation datasets "
            "(consumers.csv, businesses.csv) deterministically."
        ),
        epilog=(
            "Example: python datasets/make_datasets.py --out /tmp/data  "
            "(the committed files use the default seed)"
        ),
    )
    parser.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parent),
        help="folder to write the CSV files into (default: this script's folder)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help=f"random seed (default: {SEED}, the seed of the committed files)",
    )
    args = parser.parse_args(argv)
    for path in write_datasets(args.out, args.seed).values():
        rows = path.read_bytes().count(b"\n") - 1  # minus the header line
        print(f"wrote {path} ({rows} rows, {path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
