"""kit.plots.draw_split_matrix: who said what, grouped by the split, checked on artists.

The expected values come from the committed "scattered" example log, read by hand:

- Hannah and Pieter are the two contacts described as "eats to a diet for health or sport";
  the other six (Greta, Malik, Ines, Oskar, Yusuf, Lea) are not.
- Hannah brought up "Meals that come with their nutrition numbers …" (new) and Pieter
  confirmed it: the item the split separates.
- Malik brought up "Dinner with flatmates as the social moment of the day" and Lea confirmed
  it; Malik and Lea are the two who share a flat (the second proposal).
- Oskar confirmed the proper-dinner job and the too-tired pain; Lea contradicted the job and
  Greta the pain. Ines and Yusuf mentioned nothing that anyone else mentioned.

So the figure holds 4 confirmed, 2 contradicted and 2 new marks.
"""

from __future__ import annotations

import itertools

import pytest
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

import kit.plots
from kit.data import load_example
from kit.errors import KitError
from kit.plots.split import STATES, draw_split_matrix
from kit.synthesis.resegment import Matrix, read_splits, split_matrix

NUTRITION = "Meals that come with their nutrition numbers, so logging them takes a second"
FLATMATES = "Dinner with flatmates as the social moment of the day"
DIET, FLAT = "eats to a diet for health or sport", "shares a flat"
EVERYONE = {"Greta", "Malik", "Ines", "Oskar", "Yusuf", "Hannah", "Pieter", "Lea"}


def by_gid(fig: Figure, prefix: str) -> list:
    """Artists whose gid is ``prefix`` or, when it ends with ":", starts with it."""
    def match(artist) -> bool:
        gid = artist.get_gid() or ""
        return gid.startswith(prefix) if prefix.endswith(":") else gid == prefix

    return [a for a in fig.findobj(match=match)]


def rendered(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def rows_top_down(fig: Figure) -> list[str]:
    return [t.get_text() for t in sorted(by_gid(fig, "row:"), key=lambda t: t.get_position()[1])]


def header(fig: Figure, column: int) -> str:
    (text,) = by_gid(fig, f"column:{column}")
    return " ".join(text.get_text().split())


def marks(fig: Figure) -> dict[str, dict[str, str]]:
    """Row name -> {column header: glyph}, read back from the drawn cells."""
    names = {t.get_gid()[4:]: t.get_text() for t in by_gid(fig, "row:")}
    out: dict[str, dict[str, str]] = {}
    for cell in by_gid(fig, "cell:"):
        _, r, c = cell.get_gid().split(":")
        out.setdefault(names[r], {})[header(fig, int(c))] = cell.get_text()
    return out


@pytest.fixture(scope="module")
def reading():
    return read_splits(load_example("scattered"))


@pytest.fixture
def figure(reading):
    fig = draw_split_matrix(reading)
    rendered(fig)
    return fig


def test_rows_are_the_eight_interviewees_with_the_two_who_diet_first(figure):
    rows = rows_top_down(figure)
    assert len(rows) == 8 and set(rows) == EVERYONE
    assert set(rows[:2]) == {"Hannah", "Pieter"}


def test_the_marks_are_the_answers_counted_by_hand(figure):
    glyphs = [c.get_text() for c in by_gid(figure, "cell:")]
    assert glyphs.count("✓") == 4 and glyphs.count("✗") == 2 and glyphs.count("●") == 2
    said = marks(figure)
    assert said["Pieter"] == {NUTRITION: "✓"} and said["Hannah"] == {NUTRITION: "●"}
    assert said["Malik"] == {FLATMATES: "●"}
    assert said["Lea"][FLATMATES] == "✓" and list(said["Lea"].values()).count("✗") == 1
    assert sorted(said["Oskar"].values()) == ["✓", "✓"]
    assert list(said["Greta"].values()) == ["✗"]
    assert "Ines" not in said and "Yusuf" not in said  # blank rows, no marker


def test_each_state_has_its_own_shape_and_colour_with_a_key(figure):
    colours = {c.get_text(): c.get_color() for c in by_gid(figure, "cell:")}
    assert len(set(colours.values())) == 3  # three glyphs, three colours
    key = {t.get_gid()[4:]: t for t in by_gid(figure, "key:")}
    assert set(key) == {"confirmed", "contradicted", "new"}
    assert key["confirmed"].get_text().startswith("✓ confirmed")
    assert key["contradicted"].get_text().startswith("✗ contradicted")
    assert key["new"].get_text().startswith("● new")
    for state, text in key.items():
        assert text.get_color() == colours[text.get_text()[0]] == STATES[state][1]
    (note,) = by_gid(figure, "key-note")
    assert "Empty: not mentioned" in note.get_text()


def test_the_groups_are_labelled_with_the_descriptor_and_ruled_apart(figure):
    (inside,) = by_gid(figure, "group:inside")
    (outside,) = by_gid(figure, "group:outside")
    assert f"\u201c{DIET}\u201d" in inside.get_text() and "2 interviewees" in inside.get_text()
    assert "does not have it" in outside.get_text() and "6 interviewees" in outside.get_text()
    (rule,) = by_gid(figure, "separator")
    rule_y = rule.get_ydata()[0]
    y = {t.get_text(): t.get_position()[1] for t in by_gid(figure, "row:")}
    assert inside.get_position()[1] < y["Hannah"] < y["Pieter"] < rule_y
    assert rule_y < outside.get_position()[1] < min(y[n] for n in EVERYONE - {"Hannah",
                                                                                "Pieter"})


def test_the_item_the_split_separates_comes_first_and_is_set_apart(figure):
    assert header(figure, 0) == NUTRITION
    (note,) = by_gid(figure, "split-note")
    assert " ".join(note.get_text().split()) == "items the split separates"
    rules = by_gid(figure, "split-rule")
    assert rules and all(list(r.get_xdata()) == [0.5, 0.5] for r in rules)  # after column 0
    assert by_gid(figure, "split-band")
    kinds = [t.get_text() for t in sorted(by_gid(figure, "kind:"),
                                          key=lambda t: t.xy[0])]
    assert kinds[0] == "gain"  # the nutrition numbers are something they would gain


def test_another_split_puts_the_flatmates_first(reading):
    flat = next(s for s in reading.splits if s.descriptor == FLAT)
    fig = draw_split_matrix(reading, flat)
    rendered(fig)
    assert set(rows_top_down(fig)[:2]) == {"Malik", "Lea"}
    assert f"\u201c{FLAT}\u201d" in by_gid(fig, "group:inside")[0].get_text()
    assert header(fig, 0) == FLATMATES


def test_a_matrix_draws_like_its_reading(reading):
    fig = draw_split_matrix(split_matrix(reading))
    rendered(fig)
    assert rows_top_down(fig)[:2] == rows_top_down(draw_split_matrix(reading))[:2]
    with pytest.raises(KitError):
        draw_split_matrix(split_matrix(reading), reading.splits[0])
    with pytest.raises(KitError):
        draw_split_matrix("scattered")  # type: ignore[arg-type]


def test_headers_are_wrapped_into_their_column_and_never_overlap(figure):
    renderer = rendered(figure)
    boxes = sorted((t.get_window_extent(renderer) for t in by_gid(figure, "column:")),
                   key=lambda b: b.x0)
    assert len(boxes) == 4
    for a, b in itertools.pairwise(boxes):
        assert a.x1 < b.x0
    assert "\n" in by_gid(figure, "column:0")[0].get_text()  # the long item is wrapped
    for text in by_gid(figure, "row:") + by_gid(figure, "group:"):
        assert text.get_window_extent(renderer).x1 <= figure.bbox.x1


def test_a_very_long_item_is_shortened_with_an_ellipsis():
    long_text = "a very long pain about the evening shifts at the ward " * 8
    fig = draw_split_matrix(Matrix(("Ana", "Ben"), (long_text, "short"), ("pain", "job"),
                                   (("confirmed", ""), ("", "confirmed")), 1, 1, "nurse",
                                   "Ward 3"))
    rendered(fig)
    shown = header(fig, 0)
    assert shown.endswith("…") and long_text.startswith(shown[:-1].rstrip())


def test_without_a_split_the_table_is_plain_and_the_title_says_so():
    matrix = Matrix(("Ana", "Ben", "Cy"), ("Dinner by 7pm",), ("job",),
                    (("confirmed",), ("contradicted",), ("",)), 0, 0, "", "Ward 3")
    fig = draw_split_matrix(matrix)
    rendered(fig)
    assert "No split found" in fig.axes[0].get_title(loc="left")
    assert rows_top_down(fig) == ["Ana", "Ben", "Cy"]
    assert not by_gid(fig, "group:") and not by_gid(fig, "separator")
    assert not by_gid(fig, "split-band") and not by_gid(fig, "split-note")
    assert sorted(c.get_text() for c in by_gid(fig, "cell:")) == ["✓", "✗"]


def test_no_interviewee_draws_a_message_not_an_error():
    fig = draw_split_matrix(Matrix((), (), (), (), 0, 0, "", "Ward 3"))
    rendered(fig)
    (empty,) = by_gid(fig, "empty")
    assert "No interviewee" in empty.get_text()
    assert not by_gid(fig, "cell:") and not by_gid(fig, "row:")
    fig = draw_split_matrix(read_splits(load_example("freshbox")))  # a workbook with no log
    rendered(fig)
    assert by_gid(fig, "empty")


def test_it_draws_on_given_axes_and_returns_their_figure(reading):
    fig = Figure(figsize=(12, 5), layout="constrained")
    left, right = fig.subplots(1, 2)
    assert draw_split_matrix(reading, ax=left) is fig
    assert draw_split_matrix(reading, reading.splits[-1], ax=right) is fig
    rendered(fig)
    assert len(by_gid(fig, "row:")) == 16


def test_learner_text_is_plain_even_with_usetex_on():
    matrix = Matrix(("$5 Sam",), ("Costs $5 a night",), ("pain",), (("confirmed",),), 0, 0,
                    "", "")
    with rc_context({"text.usetex": True}):
        fig = draw_split_matrix(matrix)
        rendered(fig)  # would look for a latex binary
    assert rows_top_down(fig) == ["$5 Sam"] and header(fig, 0) == "Costs $5 a night"
    for text in fig.findobj(Text):
        if text.get_visible() and text.get_text():
            assert not text.get_usetex() and not text.get_parse_math(), text.get_text()


def test_it_is_exported_lazily_from_kit_plots():
    assert kit.plots.draw_split_matrix is draw_split_matrix
    assert "draw_split_matrix" in kit.plots.__all__
