"""kit.plots: the profile canvas and the segment comparison, checked on artists, not pixels."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle, Wedge
from matplotlib.text import Text

from kit.errors import KitError
from kit.model import Segment, Workbook
from kit.plots import (
    compare_segments,
    draw_profile_canvas,
    draw_segment_comparison,
    export_canvas,
)

CONSUMERS = Path(__file__).resolve().parents[1] / "datasets" / "consumers.csv"
KINDS = ("job", "pain", "gain")
LONG = ("because the evening routine with two small children leaves almost no time for "
        "anything else at all")


# --------------------------------------------------------------------------- helpers


def make_segment() -> Segment:
    """A realistic segment: mixed evidence, types, levels and addressed flags."""
    wb = Workbook()
    seg = wb.add_segment("Busy parents", kind="consumer")
    p = seg.profile
    p.add_job("Get dinner ready by 7pm", type="functional", importance="very important",
              evidence="validated")
    p.add_job("Be seen as a parent who feeds the kids well", type="social",
              importance="important")
    p.add_job("Eat together as a family most evenings", type="basic need",
              evidence="invalidated")
    p.add_pain("The kids refuse new food", severity="extreme", evidence="validated",
               addressed=False)
    p.add_pain("No time to plan meals during the week", severity="severe", addressed=True)
    p.add_pain("Takeaway costs add up", evidence="invalidated")
    p.add_gain("Meals everyone eats", type="required", relevance="essential",
               evidence="validated")
    p.add_gain("Less food waste", type="expected", relevance="important", addressed=True)
    return seg


def crowded_segment(n: int = 10) -> Segment:
    """``n`` long items in every sector, with every evidence status."""
    seg = Workbook().add_segment("Crowded")
    statuses = ("validated", "hypothesis", "invalidated")
    for i in range(n):
        ev = statuses[i % 3]
        seg.profile.add_job(f"Job {i + 1} that is long {LONG}", type="emotional",
                            importance="important", evidence=ev)
        seg.profile.add_pain(f"Pain {i + 1} that is long {LONG}", severity="moderate",
                             evidence=ev)
        seg.profile.add_gain(f"Gain {i + 1} that is long {LONG}", type="unexpected",
                             relevance="nice to have", evidence=ev)
    return seg


def texts(fig: Figure, gid: str) -> list:
    return [t for ax in fig.axes for t in ax.texts if t.get_gid() == gid]


def lines(fig: Figure, gid: str) -> list:
    return [ln for ax in fig.axes for ln in ax.lines if ln.get_gid() == gid]


def item_text(fig: Figure, kind: str, rank: int) -> str:
    """The wrapped lines of one item, joined back together."""
    return " ".join(t.get_text() for t in texts(fig, f"{kind}:{rank}:text"))


def rendered(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


# --------------------------------------------------------------------------- import


def test_import_kit_plots_does_not_load_matplotlib_or_pandas():
    out = subprocess.run([sys.executable, "-c", "import sys, kit.plots\nprint([m for m in "
                          "('matplotlib', 'pandas') if m in sys.modules])"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]"]
    import kit.plots

    assert {"compare_segments", "draw_profile_canvas", "draw_segment_comparison",
            "export_canvas", "draw_saturation_curve", "draw_evidence_board",
            "draw_persona_card", "export_persona"} <= set(kit.plots.__all__)
    assert all(callable(getattr(kit.plots, name)) for name in kit.plots.__all__)


def test_unknown_attribute_of_kit_plots_is_an_attribute_error():
    import kit.plots

    with pytest.raises(AttributeError):
        kit.plots.draw_everything  # noqa: B018


# --------------------------------------------------------------------------- canvas


def test_canvas_has_three_sectors_jobs_right_gains_top_left_pains_bottom_left():
    fig = draw_profile_canvas(make_segment())
    wedges = {p.get_gid(): p for p in fig.axes[0].patches if isinstance(p, Wedge)}
    assert set(wedges) == {"sector:job", "sector:gain", "sector:pain"}
    assert (wedges["sector:job"].theta1, wedges["sector:job"].theta2) == (-60, 60)
    assert (wedges["sector:gain"].theta1, wedges["sector:gain"].theta2) == (60, 180)
    assert (wedges["sector:pain"].theta1, wedges["sector:pain"].theta2) == (180, 300)


def test_every_item_text_appears_with_ranks_numbered_in_order():
    seg = make_segment()
    fig = draw_profile_canvas(seg)
    for kind in KINDS:
        items = seg.profile.items_of(kind)
        tops = []
        for rank, item in enumerate(items, start=1):
            assert item_text(fig, kind, rank) == item.text
            (number,) = texts(fig, f"{kind}:{rank}:rank")
            assert number.get_text() == f"{rank}."
            tops.append(number.get_position()[1])
        assert tops == sorted(tops, reverse=True)  # rank 1 at the top


def test_long_text_is_wrapped_into_several_lines_that_join_back():
    seg = Workbook().add_segment("Wrapped")
    seg.profile.add_pain(f"A very long pain {LONG} {LONG}", severity="extreme")
    fig = draw_profile_canvas(seg)
    assert len(texts(fig, "pain:1:text")) > 1
    assert item_text(fig, "pain", 1) == f"A very long pain {LONG} {LONG}"


def test_invalidated_item_is_styled_differently_from_a_validated_one():
    fig = draw_profile_canvas(make_segment())
    valid, invalid = texts(fig, "job:1:text")[0], texts(fig, "job:3:text")[0]
    assert valid.get_color() != invalid.get_color()
    assert lines(fig, "job:3:strike") and not lines(fig, "job:1:strike")
    valid_face = lines(fig, "job:1:evidence")[0].get_markerfacecolor()
    invalid_face = lines(fig, "job:3:evidence")[0].get_markerfacecolor()
    hypothesis_face = lines(fig, "job:2:evidence")[0].get_markerfacecolor()
    assert len({valid_face, invalid_face, hypothesis_face}) == 3


def test_type_and_level_tags_and_not_addressed_markers():
    fig = draw_profile_canvas(make_segment())
    assert [t.get_text() for t in texts(fig, "job:1:tag")] == ["functional · very important"]
    assert [t.get_text() for t in texts(fig, "gain:2:tag")] == ["expected · important"]
    assert [t.get_text() for t in texts(fig, "pain:1:tag")] == ["extreme"]
    assert lines(fig, "pain:1:not-addressed")  # not addressed by the current offering
    assert not lines(fig, "pain:2:not-addressed")  # addressed
    assert not lines(fig, "pain:3:not-addressed")  # not assessed yet: no claim either way
    legend = fig.axes[0].get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    assert any("validated" in s for s in labels) and any("not addressed" in s for s in labels)


def test_title_defaults_to_the_segment_name_and_can_be_changed():
    seg = make_segment()
    assert [t.get_text() for t in texts(draw_profile_canvas(seg), "title")] == ["Busy parents"]
    fig = draw_profile_canvas(seg, title="Week 3")
    assert [t.get_text() for t in texts(fig, "title")] == ["Week 3"]


def test_empty_sectors_show_a_friendly_placeholder():
    seg = Workbook().add_segment("Nothing yet")
    seg.profile.add_job("Get dinner ready by 7pm")
    fig = draw_profile_canvas(seg)
    assert [t.get_text() for t in texts(fig, "pain:placeholder")] == ["No pains yet"]
    assert [t.get_text() for t in texts(fig, "gain:placeholder")] == ["No gains yet"]
    assert not texts(fig, "job:placeholder")
    rendered(fig)


def _inside_sector(ax, bbox, kind: str) -> bool:
    """All four corners of a display-space box lie inside the unit circle's sector."""
    start, end = {"job": (-60, 60), "gain": (60, 180), "pain": (180, 300)}[kind]
    inverse = ax.transData.inverted()
    for corner in bbox.corners():
        x, y = inverse.transform(corner)
        angle = math.degrees(math.atan2(y, x))
        angle = angle + 360 if angle < start - 1e-6 else angle
        if math.hypot(x, y) > 1.0 or not start - 0.5 <= angle <= end + 0.5:
            return False
    return True


@pytest.mark.parametrize("figsize", [None, (7.0, 8.0)])
def test_ten_long_items_per_sector_stay_legible_inside_their_sector(figsize):
    seg = crowded_segment(10)
    if figsize is None:
        fig = draw_profile_canvas(seg)
    else:  # on an axes the caller made
        fig = Figure(figsize=figsize)
        draw_profile_canvas(seg, fig.add_subplot())
    ax = fig.axes[0]
    renderer = rendered(fig)
    axes_box = ax.get_window_extent(renderer)
    all_texts = [t for t in ax.texts if t.get_text()]
    for text in all_texts:
        box = text.get_window_extent(renderer)
        assert axes_box.x0 - 1 <= box.x0 and box.x1 <= axes_box.x1 + 1, text.get_text()
        assert axes_box.y0 - 1 <= box.y0 and box.y1 <= axes_box.y1 + 1, text.get_text()
    for kind in KINDS:
        shown = [r for r in range(1, 11) if texts(fig, f"{kind}:{r}:text")]
        more = texts(fig, f"{kind}:more")
        if figsize is None:  # the full-size canvas holds them all
            assert shown == list(range(1, 11)) and not more
        else:  # a small axes shows the top ones and says how many more there are
            assert shown == list(range(1, len(shown) + 1)) and len(shown) >= 3
            assert not more if len(shown) == 10 else f"and {10 - len(shown)} more" in \
                more[0].get_text()
        for rank in shown:
            assert item_text(fig, kind, rank).startswith(f"{kind.title()} {rank} ")
            for text in texts(fig, f"{kind}:{rank}:text") + texts(fig, f"{kind}:{rank}:tag"):
                assert _inside_sector(ax, text.get_window_extent(renderer), kind), text
                assert text.get_fontsize() >= 5.0
    boxes = [t.get_window_extent(renderer).expanded(1.0, 0.98) for t in all_texts]
    for i, a in enumerate(boxes):  # no two pieces of text overlap
        for j in range(i + 1, len(boxes)):
            assert not a.overlaps(boxes[j]), (all_texts[i].get_text(), all_texts[j].get_text())
    if figsize is None:
        body = {t.get_fontsize() for t in ax.texts if t.get_gid().endswith(":text")}
        assert min(body) >= 6.0  # legible when printed


def test_more_items_than_fit_say_how_many_are_not_shown():
    fig = Figure(figsize=(4.0, 4.5))
    draw_profile_canvas(crowded_segment(14), fig.add_subplot())
    more = [t.get_text() for t in fig.axes[0].texts if (t.get_gid() or "").endswith(":more")]
    assert more and all("more" in s for s in more)
    rendered(fig)


def test_dollar_signs_and_tex_in_learner_text_are_drawn_as_plain_text():
    seg = Workbook().add_segment("$5 a month")
    seg.profile.add_pain("Paying $5 a month, then $10 — $x^2$ \\frac{1}{2}", severity="severe")
    seg.profile.add_gain("Costs under $$20", type="desired")
    with rc_context({"text.usetex": False}):
        fig = draw_profile_canvas(seg)
        rendered(fig)
    assert item_text(fig, "pain", 1) == "Paying $5 a month, then $10 — $x^2$ \\frac{1}{2}"
    assert [t.get_text() for t in texts(fig, "title")] == ["$5 a month"]
    assert all(not t.get_parse_math() and not t.get_usetex() for t in fig.axes[0].texts)


def test_a_global_usetex_setting_is_ignored_so_no_latex_is_needed():
    table = pd.DataFrame({"size": [10, 20]}, index=["$ savers", "50% off fans"])
    with rc_context({"text.usetex": True}):
        figures = [draw_profile_canvas(make_segment()), draw_segment_comparison(table)]
        for fig in figures:
            rendered(fig)  # would fail looking for a latex binary
    for fig in figures:
        for text in fig.findobj(Text):
            if text.get_visible() and text.get_text():
                assert not text.get_usetex(), text.get_text()


def test_a_profile_can_be_drawn_on_its_own_and_wrong_input_is_explained():
    fig = draw_profile_canvas(make_segment().profile)
    assert [t.get_text() for t in texts(fig, "title")] == ["Customer profile"]
    with pytest.raises(KitError, match="needs a segment"):
        draw_profile_canvas("Busy parents")  # type: ignore[arg-type]


def test_drawing_on_a_given_axes_returns_its_figure():
    fig = Figure(figsize=(6, 7))
    ax = fig.add_subplot()
    assert draw_profile_canvas(make_segment(), ax) is fig
    sub = Figure(figsize=(12, 7)).subfigures(1, 2)[1]
    assert draw_profile_canvas(make_segment(), sub.add_subplot()) is sub.get_figure(root=True)


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize(("name", "fmt", "magic"), [
    ("canvas.png", None, b"\x89PNG\r\n\x1a\n"),
    ("canvas.pdf", None, b"%PDF-"),
    ("canvas.PDF", None, b"%PDF-"),
    ("canvas", "png", b"\x89PNG\r\n\x1a\n"),
    ("sub/folder/canvas", "pdf", b"%PDF-"),
])
def test_export_writes_a_non_empty_file_of_the_right_type(tmp_path, name, fmt, magic):
    out = export_canvas(make_segment(), tmp_path / name, fmt=fmt)
    assert out.exists() and out.stat().st_size > 1000
    assert out.read_bytes().startswith(magic)
    assert out.suffix.lower() == (".png" if magic.startswith(b"\x89PNG") else ".pdf")


@pytest.mark.parametrize(("name", "fmt"), [("canvas.jpg", None), ("canvas.png", "svg"),
                                           ("canvas", None)])
def test_export_to_an_unknown_format_names_the_valid_ones(tmp_path, name, fmt):
    with pytest.raises(KitError, match="png, pdf"):
        export_canvas(make_segment(), tmp_path / name, fmt=fmt)
    assert not list(tmp_path.iterdir())


def test_export_does_not_use_pyplot(tmp_path):
    code = ("import sys\n"
            "from kit.model import Workbook\n"
            "from kit.plots import export_canvas\n"
            "seg = Workbook().add_segment('S')\n"
            "seg.profile.add_job('Get dinner ready by 7pm')\n"
            f"export_canvas(seg, {str(tmp_path / 'c.png')!r})\n"
            "print('matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- segments


@pytest.fixture(scope="module")
def consumers() -> pd.DataFrame:
    return pd.read_csv(CONSUMERS)


SEGMENTS = {
    "Busy urban pros": {"city_size": ["big city"], "household": ["single", "couple"]},
    "Young families": {"household": "family with children", "children_under_12": [1, 2, 3]},
    "Students": {"household": ["shared flat"], "occupation": "student"},
}


def test_compare_segments_sizes_shares_and_means(consumers):
    by = {size: {"city_size": [size]} for size in consumers["city_size"].unique()}
    table = compare_segments(consumers, by, ["pain_no_time", "pain_cost"])
    assert list(table.columns) == ["size", "share", "pain_no_time", "pain_cost"]
    assert table.index.name == "segment"
    assert table["size"].sum() == len(consumers)  # the cuts partition the table
    assert table["share"].sum() == pytest.approx(1.0)
    big = consumers[consumers["city_size"] == "big city"]
    assert table.loc["big city", "size"] == len(big)
    assert table.loc["big city", "pain_no_time"] == pytest.approx(big["pain_no_time"].mean())


def test_compare_segments_with_several_filters_tests_and_feel_at(consumers):
    table = compare_segments(consumers, {
        **SEGMENTS, "Long hours": {"work_hours_per_week": lambda h: h >= 45}},
        ["pain_no_time"], feel_at=4)
    pros = consumers[(consumers["city_size"] == "big city")
                     & consumers["household"].isin(["single", "couple"])]
    assert table.loc["Busy urban pros", "size"] == len(pros)
    assert table.loc["Long hours", "size"] == (consumers["work_hours_per_week"] >= 45).sum()
    assert table.loc["Busy urban pros", "share with pain_no_time >= 4"] == pytest.approx(
        (pros["pain_no_time"] >= 4).mean())
    default = compare_segments(consumers, SEGMENTS)  # every pain_* and gain_* column
    assert {"pain_cost", "gain_variety"} <= set(default.columns)
    assert "age" not in default.columns


def test_unknown_column_is_explained_data8_style(consumers):
    with pytest.raises(KitError) as err:
        compare_segments(consumers, {"x": {"citysize": ["big city"]}}, ["pain_cost"])
    message = str(err.value)
    assert "The column 'citysize' is not in the table." in message
    assert "Did you mean 'city_size'?" in message
    assert "The table contains these columns: customer_id, age," in message
    with pytest.raises(KitError, match="The column 'pain_costs' is not in the table"):
        compare_segments(consumers, SEGMENTS, ["pain_costs"])


def test_unknown_value_lists_the_values_the_column_holds(consumers):
    with pytest.raises(KitError) as err:
        compare_segments(consumers, {"Towns": {"city_size": ["big town"]}}, ["pain_cost"])
    message = str(err.value)
    assert "'big town' does not appear in the column 'city_size'" in message
    for value in ("big city", "mid-sized town", "small town", "rural"):
        assert repr(value) in message
    with pytest.raises(KitError, match=r"numbers from 0 to \d+\."):
        compare_segments(consumers, {"x": {"work_hours_per_week": [200]}}, ["pain_cost"])


def test_other_mistakes_in_compare_segments_are_explained(consumers):
    with pytest.raises(KitError, match="does not hold numbers"):
        compare_segments(consumers, SEGMENTS, ["household"])
    with pytest.raises(KitError, match="at least one segment"):
        compare_segments(consumers, {}, ["pain_cost"])
    with pytest.raises(KitError, match="dict of column"):
        compare_segments(consumers, {"x": ["big city"]}, ["pain_cost"])  # type: ignore[dict-item]
    with pytest.raises(KitError, match="DataFrame"):
        compare_segments([1, 2, 3], SEGMENTS, ["pain_cost"])  # type: ignore[arg-type]
    with pytest.raises(KitError, match="one true/false per row"):
        compare_segments(consumers, {"x": {"age": lambda a: 3}}, ["pain_cost"])


def test_comparison_chart_has_one_bar_per_segment_per_metric(consumers):
    table = compare_segments(consumers, SEGMENTS, ["pain_no_time", "pain_cost"])
    metrics = ["size", "share", "pain_no_time", "pain_cost"]
    fig = draw_segment_comparison(table, metrics=metrics, title="Which segment first?")
    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle)
            and (p.get_gid() or "").startswith("bar:")]
    assert len(bars) == len(SEGMENTS) * len(metrics)
    for metric in metrics:
        widths = [p.get_width() for p in bars if p.get_gid().startswith(f"bar:{metric}:")]
        assert len(widths) == len(SEGMENTS)
        assert max(widths) == pytest.approx(1.0) and min(widths) >= 0
        values = [t.get_text() for t in ax.texts if t.get_gid() == f"value:{metric}"]
        assert len(values) == len(SEGMENTS)
    sizes = [t.get_text() for t in ax.texts if t.get_gid() == "value:size"]
    assert sizes == [f"{n:,}" for n in table["size"]]
    shares = [t.get_text() for t in ax.texts if t.get_gid() == "value:share"]
    assert all(s.endswith("%") for s in shares)
    means = [t.get_text() for t in ax.texts if t.get_gid() == "value:pain_cost"]
    assert means == [f"{v:.2f}" for v in table["pain_cost"]]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == list(SEGMENTS)
    assert ax.get_title(loc="left") == "Which segment first?"
    rendered(fig)


def test_comparison_chart_handles_plain_tables_dollars_gaps_and_negatives():
    table = pd.DataFrame({"size": [1200, 300], "profit_$": [-2.5, 4.0],
                          "reachability": [0.7, math.nan]},
                         index=["$ savers", "Big spenders"])
    fig = Figure(figsize=(7, 4))
    assert draw_segment_comparison(table, fig.add_subplot()) is fig
    ax = fig.axes[0]
    assert len([p for p in ax.patches if (p.get_gid() or "").startswith("bar:")]) == 6
    assert "n/a" in [t.get_text() for t in ax.texts]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["$ savers", "Big spenders"]
    rendered(fig)


def test_comparison_chart_explains_wrong_input(consumers):
    table = compare_segments(consumers, SEGMENTS, ["pain_cost"])
    with pytest.raises(KitError, match="The column 'pain_time' is not in the table"):
        draw_segment_comparison(table, metrics=["pain_time"])
    with pytest.raises(KitError, match="no segments"):
        draw_segment_comparison(table.iloc[0:0])


def test_cut_needs_chart_shows_the_cut_against_everyone_per_need():
    from kit.data import CutSummary
    from kit.plots.segments import draw_cut_needs

    cut = CutSummary(size=3, total=10, needs={"pain_cost": (4.5, 3.0), "gain_variety": (2.0, 2.5)})
    fig = draw_cut_needs(cut)
    ax = fig.axes[0]
    bars = {(round(p.get_y() + p.get_height() / 2, 1), p.get_width()) for p in ax.patches}
    # need 0 (pain cost) at y 0: this cut just above (4.5), everyone just below (3.0)
    assert bars == {(-0.2, 4.5), (0.2, 3.0), (0.8, 2.0), (1.2, 2.5)}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["pain cost", "gain variety"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["everyone", "this cut"]
    rendered(fig)
