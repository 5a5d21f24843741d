"""Compare candidate customer segments: cut a customer table into segments, then chart them.

Evaluating segments means comparing them on a few numbers: how big each one is, how many
feel the problem, how strongly, how reachable they are. :func:`compare_segments` turns a
customer table (one row per person or firm, like ``datasets/consumers.csv``) into one summary
row per candidate segment; :func:`draw_segment_comparison` draws any such table::

    >>> table = compare_segments(people, {
    ...     "Busy urban pros": {"city_size": ["big city"], "household": ["single", "couple"]},
    ...     "Young families": {"household": "family with children"},
    ... }, metrics=["pain_no_time", "pain_cost"])
    >>> draw_segment_comparison(table)

Mistakes get messages in the Data 8 style that name what the table does contain.
"""

from __future__ import annotations

import difflib
import math
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kit.errors import KitError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from kit.data import CutSummary

__all__ = ["compare_segments", "draw_cut_needs", "draw_segment_comparison"]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            "#000000")
_EXAMPLE = "{'Busy urban pros': {'city_size': ['big city'], 'household': ['single', 'couple']}}"


# --------------------------------------------------------------------------- checks


def _check_table(table: Any, what: str) -> pd.DataFrame:
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise KitError(f"{what} needs a table (a pandas DataFrame), for example "
                       f"pd.read_csv('datasets/consumers.csv'); got {type(table).__name__}.")
    return table


def _check_column(table: pd.DataFrame, column: Any) -> None:
    if column in table.columns:
        return
    names = [str(c) for c in table.columns]
    close = difflib.get_close_matches(str(column), names, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise KitError(f"The column {column!r} is not in the table.{hint} The table contains these "
                   f"columns: {', '.join(names)}.")


def _numeric_columns(table: pd.DataFrame) -> list[str]:
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    return [c for c in table.columns
            if is_numeric_dtype(table[c]) or is_bool_dtype(table[c])]


def _check_metrics(table: pd.DataFrame, metrics: Iterable[str]) -> list[str]:
    metrics = [metrics] if isinstance(metrics, str) else list(metrics)
    numeric = _numeric_columns(table)
    for metric in metrics:
        _check_column(table, metric)
        if metric not in numeric:
            raise KitError(f"The column {metric!r} does not hold numbers, so it cannot be "
                           f"averaged or drawn as a bar. Columns with numbers: "
                           f"{', '.join(map(str, numeric)) or 'none'}.")
    if not metrics:
        raise KitError("Choose at least one column with numbers to compare, for example "
                       "metrics=['pain_no_time'].")
    return metrics


def _describe_values(column: pd.Series) -> str:
    from pandas.api.types import is_numeric_dtype

    present = column.dropna()
    if is_numeric_dtype(present) and present.nunique() > 12:
        return f"numbers from {_format(present.min())} to {_format(present.max())}"
    values = sorted(present.unique(), key=lambda v: (str(type(v)), v))
    shown = ", ".join(repr(v.item() if hasattr(v, "item") else v) for v in values[:25])
    more = f" and {len(values) - 25} more" if len(values) > 25 else ""
    return f"these values: {shown}{more}"


def _mask(table: pd.DataFrame, name: str, column: Any, wanted: Any) -> pd.Series:
    """Rows of ``table`` whose ``column`` matches ``wanted`` (a value, a list, or a test)."""
    import pandas as pd

    _check_column(table, column)
    series = table[column]
    if callable(wanted):
        mask = _call_test(wanted, series, name, column)
        return mask
    values = list(wanted) if isinstance(wanted, list | tuple | set | frozenset) else [wanted]
    if not values:
        raise KitError(f"Segment {name!r}: the list of values for the column {column!r} is "
                       "empty; give at least one value.")
    present = set(series.dropna().unique())
    for value in values:
        if value not in present:
            raise KitError(f"Segment {name!r}: the value {value!r} does not appear in the "
                           f"column {column!r}. The column contains "
                           f"{_describe_values(series)}.")
    return pd.Series(series.isin(values), index=table.index)


def _call_test(test: Callable[[Any], Any], series: pd.Series, name: str,
               column: Any) -> pd.Series:
    import pandas as pd

    try:
        mask = test(series)
    except Exception as err:
        raise KitError(f"Segment {name!r}: the test for the column {column!r} failed: "
                       f"{err}") from err
    if not isinstance(mask, pd.Series) or len(mask) != len(series):
        raise KitError(f"Segment {name!r}: the test for the column {column!r} must give one "
                       "true/false per row, for example lambda hours: hours >= 40.")
    return mask.fillna(False).astype(bool)


# --------------------------------------------------------------------------- summary table


def compare_segments(df: pd.DataFrame, by: Mapping[str, Mapping[str, Any]],
                     metrics: Sequence[str] | None = None, *,
                     feel_at: float | None = None) -> pd.DataFrame:
    """Cut the customer table ``df`` into candidate segments and summarise each one.

    ``by`` maps each segment's name to its descriptor filters: ``{column: values}``, where
    ``values`` is one value, a list of accepted values, or a test such as
    ``lambda hours: hours >= 40``. A row belongs to a segment when it passes every filter
    (segments may overlap). ``metrics`` are the columns with numbers to average; by default
    every ``pain_*`` and ``gain_*`` column, or else every column with numbers.

    Returns one row per segment (index ``segment``): ``size`` (rows that match), ``share``
    (size / rows in the table) and the mean of each metric (missing values skipped). With
    ``feel_at`` (say 4 on a 1–5 survey score), each metric also gets a column
    ``"share with <metric> >= 4"``: the share of the segment that scores at least that, that
    is, how many *feel* the pain or want the gain strongly.
    """
    import pandas as pd

    df = _check_table(df, "compare_segments")
    if not isinstance(by, Mapping) or not by:
        raise KitError(f"Describe at least one segment as a dict of filters, for example "
                       f"{_EXAMPLE}.")
    if metrics is None:
        metrics = [c for c in _numeric_columns(df) if str(c).startswith(("pain_", "gain_"))]
        metrics = metrics or _numeric_columns(df)
    metrics = _check_metrics(df, metrics)
    if feel_at is not None and (isinstance(feel_at, bool)
                                or not isinstance(feel_at, int | float)):
        raise KitError(f"feel_at must be a number, such as 4 for 'scored 4 or 5'; got "
                       f"{feel_at!r}.")
    rows = []
    for name, filters in by.items():
        if not isinstance(filters, Mapping):
            raise KitError(f"Segment {name!r}: describe it as a dict of column -> values, for "
                           f"example {_EXAMPLE}.")
        mask = pd.Series(True, index=df.index)
        for column, wanted in filters.items():
            mask &= _mask(df, str(name), column, wanted)
        part = df[mask]
        row: dict[str, Any] = {"segment": name, "size": len(part),
                               "share": len(part) / len(df) if len(df) else math.nan}
        row.update({m: part[m].mean() if len(part) else math.nan for m in metrics})
        if feel_at is not None:
            row.update({f"share with {m} >= {feel_at:g}":
                        (part[m] >= feel_at).mean() if len(part) else math.nan
                        for m in metrics})
        rows.append(row)
    table = pd.DataFrame(rows).set_index("segment")
    table["size"] = table["size"].astype(int)
    return table


# --------------------------------------------------------------------------- chart


def _format(value: Any, column: str = "") -> str:
    """A raw value as an instructor would read it: 1,234 · 26% · 3.42 · n/a."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    number = float(value)
    if math.isnan(number):
        return "n/a"
    if "share" in column.lower() and 0.0 <= number <= 1.0:
        return f"{number:.0%}" if number >= 0.095 or number == 0 else f"{number:.1%}"
    if number.is_integer():
        return f"{int(number):,}"
    if abs(number) >= 100:
        return f"{number:,.0f}"
    return f"{number:.1f}" if abs(number) >= 10 else f"{number:.2f}"


def _label(column: Any) -> str:
    """``"share with pain_no_time >= 4"`` -> ``"Share with pain no time ≥ 4"``, wrapped."""
    text = str(column).replace("_", " ").replace(">=", "≥").replace("<=", "≤")
    return textwrap.fill(text[:1].upper() + text[1:], 28)


def draw_segment_comparison(table: pd.DataFrame, ax: Axes | None = None, *,
                            metrics: Sequence[str] | None = None,
                            title: str | None = None) -> Figure:
    """Compare candidate segments on several metrics, one group of bars per metric.

    ``table`` has one row per segment (the index holds the names) and columns with numbers,
    such as the result of :func:`compare_segments`. Within each metric's group there is one
    bar per segment, in the table's order and in the same colour throughout; each bar is
    scaled to the metric's highest value (the longest bar = 1), and the actual value is
    written at its end, so metrics on different scales sit side by side. ``metrics`` picks
    and orders the columns (default: every column with numbers). Returns the figure.
    """
    from matplotlib.figure import Figure, SubFigure
    from matplotlib.patches import Patch

    table = _check_table(table, "draw_segment_comparison")
    if table.empty:
        raise KitError("The table has no segments (rows) to compare; use compare_segments "
                       "or add one row per segment.")
    metrics = _check_metrics(table, _numeric_columns(table) if metrics is None else metrics)
    names = [str(n) for n in table.index]
    n_seg, n_met = len(names), len(metrics)
    if ax is None:
        fig = Figure(figsize=(9.0, 1.5 + 0.2 * n_met * (n_seg + 1.2)), layout="constrained")
        ax = fig.add_subplot()
    else:
        found = ax.get_figure()
        while isinstance(found, SubFigure):
            found = found.get_figure()
        if not isinstance(found, Figure):
            raise KitError("The axes given to draw on belong to no figure; make them with "
                           "fig.add_subplot() on a matplotlib Figure.")
        fig = found
    plain: dict[str, Any] = {"parse_math": False, "usetex": False}
    colours = [_PALETTE[i % len(_PALETTE)] for i in range(n_seg)]
    fs = 9.0 if n_seg * n_met <= 40 else 7.5
    negative = False
    for i, metric in enumerate(metrics):
        values = [float(v) for v in table[metric].astype(float)]
        finite = [abs(v) for v in values if not math.isnan(v)]
        top = max(finite, default=0.0)
        best = max((v for v in values if not math.isnan(v)), default=math.nan)
        ys = [i * (n_seg + 1) + j for j in range(n_seg)]
        scaled = [0.0 if math.isnan(v) or top == 0 else v / top for v in values]
        negative = negative or any(s < 0 for s in scaled)
        bars = ax.barh(ys, scaled, height=0.8, color=colours, edgecolor="white",
                       linewidth=0.5, gid=f"metric:{metric}")
        for patch, name in zip(bars.patches, names, strict=True):
            patch.set_gid(f"bar:{metric}:{name}")
        for y, s, v in zip(ys, scaled, values, strict=True):
            ax.text(s + (0.015 if s >= 0 else -0.015), y, _format(v, str(metric)),
                    ha="left" if s >= 0 else "right", va="center", fontsize=fs,
                    color="#1d1d1f", gid=f"value:{metric}",
                    fontweight="bold" if v == best and n_seg > 1 else "normal", **plain)
        ax.text(-0.01, (ys[0] + ys[-1]) / 2, _label(metric), transform=ax.get_yaxis_transform(),
                ha="right", va="center", fontsize=fs + 1, color="#1d1d1f",
                gid=f"metric-label:{metric}", **plain)
    ax.set_xlim(-1.22 if negative else 0.0, 1.22)
    ax.set_ylim(n_met * (n_seg + 1) - 1, -1)  # first metric and first segment at the top
    ax.set_yticks([])
    ax.set_xticks([0.0, 0.25, 0.5, 0.75, 1.0] if not negative else [-1.0, -0.5, 0, 0.5, 1.0])
    ax.tick_params(axis="x", labelbottom=False, length=0)  # the values are written out
    ax.grid(axis="x", color="#e5e5ea", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.axvline(0.0, color="#8e8e93", linewidth=0.8)
    ax.set_xlabel("Bar length: the value relative to the highest segment on that metric (= 1). "
                  "Numbers: the actual values.", fontsize=fs - 0.5, color="#6e6e73", **plain)
    handles = [Patch(facecolor=c, label=textwrap.fill(n, 32)) for c, n in
               zip(colours, names, strict=True)]
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0),
                       frameon=False, fontsize=fs, title="Segments", title_fontsize=fs,
                       alignment="left")
    legend.set_gid("legend")
    for text in [*legend.get_texts(), legend.get_title()]:
        text.set_parse_math(False)
        text.set_usetex(False)
    ax.set_title("Candidate segments compared" if title is None else title, loc="left",
                 fontsize=13, fontweight="bold", pad=4, **plain)
    return fig


def draw_cut_needs(summary: CutSummary) -> Figure:
    """The needs of a cut against everyone's: one pair of bars per need (mean score 1-5), the
    cut in blue under everyone in grey (see :func:`kit.data.summarise_cut`)."""
    from matplotlib.figure import Figure

    needs = list(summary.needs)
    fig = Figure(figsize=(7, 0.35 * len(needs) + 1.2))
    ax = fig.add_subplot()
    ys = range(len(needs))
    ax.barh([y + 0.2 for y in ys], [summary.needs[c][1] for c in needs], height=0.4,
            color="#bdbdbd", label="everyone")
    ax.barh([y - 0.2 for y in ys], [summary.needs[c][0] for c in needs], height=0.4,
            color="#1e88e5", label="this cut")
    ax.set_yticks(list(ys), [c.replace("_", " ") for c in needs])
    ax.invert_yaxis()
    ax.set_xlim(1, 5)
    ax.set_xlabel("mean score (1 = not at all, 5 = very strongly)")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig
