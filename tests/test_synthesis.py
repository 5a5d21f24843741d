"""kit.synthesis and its plots: saturation, patterns, advice and evidence from interview logs.

Small hand-made logs with known answers first, then the two example logs in
``datasets/examples/logs/`` (and their generator), then the figures, checked on artists.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType

import pytest
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.text import Text

import kit.plots
from kit.checks import check_interviews
from kit.errors import ValidationError
from kit.model import Interview, NewItem, Quote, Workbook
from kit.plots.synthesis import MARKS, draw_evidence_board, draw_saturation_curve
from kit.synthesis import (
    ADVICE,
    ItemPattern,
    Synthesis,
    analyse,
    apply_evidence,
    logged_interviews,
    suggested_evidence,
)
from kit.workbook import parse_workbook

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
LOGS = DATASETS / "examples" / "logs"
NAMES = ("converging", "scattered")


# --------------------------------------------------------------------------- helpers


def base_workbook() -> Workbook:
    """A targeted segment with 2 jobs, 2 pains and 2 gains (ids j1, j2, p1, p2, g1, g2)."""
    wb = Workbook(learner="Test")
    seg = wb.add_segment("Night-shift nurses", targeted=True)
    for kind in ("job", "pain", "gain"):
        for n in (1, 2):
            seg.profile.add(kind, f"{kind} number {n}", id=f"{kind[0]}{n}")
    wb.plan.segment = seg.id
    wb.plan.add_contact("Ana", id="c-ana", why="nurse", reach="ward")
    return wb


def log_with_new_counts(counts: list[int], *, repeat: bool) -> Workbook:
    """One interview per count, each bringing that many brand-new items ``n1``, ``n2``...

    With ``repeat``, each interview also confirms the first new item (``n1``) and those the
    interview before it brought, so patterns form; without it, nothing is heard twice.
    """
    wb = base_workbook()
    serial, previous = 0, []
    for number, count in enumerate(counts, 1):
        news = []
        for _ in range(count):
            serial += 1
            news.append(NewItem(kind="pain", text=f"new thing {serial}", id=f"n{serial}"))
        confirmed = list(dict.fromkeys(["n1", *previous])) if repeat and number > 1 else []
        wb.add_interview(f"person {number}", f"2026-04-{number:02d}", confirmed=confirmed,
                         new_items=news)
        previous = [n.id for n in news]
    return wb


def pattern(result: Synthesis, item_id: str) -> ItemPattern:
    return next(p for p in result.patterns if p.id == item_id)


def _load_generator() -> ModuleType:
    """Import ``datasets/make_logs.py`` from its path (``datasets/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("cdkit_make_logs",
                                                  DATASETS / "make_logs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module", params=NAMES)
def example(request) -> tuple[str, Workbook]:
    """``(name, workbook)`` parsed from the committed file (read only, never opened in place)."""
    return request.param, parse_workbook((LOGS / f"{request.param}.json").read_bytes())


def rendered(fig: Figure) -> None:
    fig.savefig(io.BytesIO(), format="png")


def by_gid(fig: Figure, prefix: str) -> list:
    """Artists whose gid is ``prefix`` or, when it ends with ":", starts with it."""
    def match(artist) -> bool:
        gid = artist.get_gid() or ""
        return gid.startswith(prefix) if prefix.endswith(":") else gid == prefix

    return fig.findobj(match)


# --------------------------------------------------------------------------- the curve


def test_a_falling_curve_reaches_saturation():
    """New counts [3,2,1,0,0]: cumulative [3,5,6,6,6]; the last 2 add 0 to 6 known."""
    wb = base_workbook()
    wb.add_interview("c-ana", "2026-04-01", confirmed=["j1", "p1"],
                     new_items=[NewItem("gain", "sleep after a shift", id="n1")])
    wb.add_interview("b", "2026-04-02", confirmed=["j1", "n1"], contradicted=["p2"],
                     new_items=[NewItem("pain", "canteen closed at night", id="n2")])
    wb.add_interview("c", "2026-04-03", confirmed=["n2", "j2"])
    wb.add_interview("d", "2026-04-04", confirmed=["j1", "n1", "n2"])
    wb.add_interview("e", "2026-04-05", confirmed=["p1", "j2"], contradicted=["p2"])
    result = analyse(wb)
    assert result.interviews == 5
    assert result.new_per_interview == (3, 2, 1, 0, 0)
    assert result.cumulative == (3, 5, 6, 6, 6)
    sat = result.saturation
    assert sat is not None
    assert (sat.base_size, sat.run_length, sat.threshold) == (3, 2, 0.10)
    assert (sat.new_in_run, sat.known_before_run, sat.ratio, sat.reached) == (0, 6, 0.0, True)
    assert result.advice == "approaching saturation"
    assert "added 0 new items to the 6 you already had (0%" in result.explanation
    assert "10% threshold" in result.explanation


def test_a_flat_high_curve_with_no_repeats_advises_re_segmenting():
    result = analyse(log_with_new_counts([3, 3, 3, 3, 3], repeat=False))
    assert result.new_per_interview == (3, 3, 3, 3, 3)
    assert result.saturation is not None and not result.saturation.reached
    assert result.saturation.ratio == pytest.approx(6 / 9)
    assert result.advice == "re-segment"
    assert "too broad" in result.explanation
    assert "only 0 of 15 items (0%)" in result.explanation
    assert "descriptors" in result.explanation


def test_the_same_curve_with_repeated_items_is_a_reason_to_continue():
    """New things still come, but items repeat: a pattern is forming, so keep going."""
    result = analyse(log_with_new_counts([3, 2, 2, 2, 2], repeat=True))
    assert result.saturation is not None and not result.saturation.reached
    assert result.advice == "continue"
    assert "above the 10% threshold" in result.explanation
    assert "still hearing new things" in result.explanation


def test_a_falling_curve_without_saturation_is_not_re_segmenting():
    """Few repeats but a falling curve: not patternless, just not done."""
    result = analyse(log_with_new_counts([4, 4, 4, 1, 1], repeat=False))
    assert result.advice == "continue"


@pytest.mark.parametrize(("n", "more"), [(0, 3), (1, 2), (2, 1)])
def test_fewer_interviews_than_the_base_says_how_many_more(n, more):
    result = analyse(log_with_new_counts([2] * n, repeat=True))
    assert result.interviews == n
    assert result.saturation is None
    assert result.advice == "continue"
    assert f"at least {more} more (3 in all)" in result.explanation


def test_between_base_and_base_plus_run_there_is_no_saturation_yet():
    result = analyse(log_with_new_counts([3, 2, 1, 0], repeat=True))
    assert result.saturation is None
    assert result.advice == "continue"
    assert "Log 1 more" in result.explanation


def test_base_run_and_threshold_can_be_changed():
    wb = log_with_new_counts([3, 2, 1, 1, 0, 0, 0], repeat=True)
    default = analyse(wb)
    assert default.saturation is not None and default.saturation.ratio == 0
    strict = analyse(wb, run_length=3, threshold=0.0)
    assert strict.saturation is not None
    assert (strict.saturation.new_in_run, strict.saturation.known_before_run) == (0, 7)
    looser = analyse(wb, base_size=5, run_length=2)
    assert looser.saturation is not None and looser.saturation.base_size == 5
    too_few = analyse(wb, base_size=6, run_length=2)
    assert too_few.saturation is None and "Log 1 more" in too_few.explanation


@pytest.mark.parametrize("kwargs", [{"base_size": 0}, {"run_length": 1.5},
                                    {"threshold": 1.2}, {"threshold": "10%"},
                                    {"base_size": True}])
def test_wrong_settings_are_explained(kwargs):
    with pytest.raises(ValidationError, match=next(iter(kwargs))):
        analyse(base_workbook(), **kwargs)


def test_advice_is_always_one_of_the_three():
    assert ADVICE == ("continue", "approaching saturation", "re-segment")
    for counts in ([], [1], [3, 3, 3, 3, 3], [3, 2, 1, 0, 0], [3, 2, 2, 2, 2]):
        for repeat in (True, False):
            assert analyse(log_with_new_counts(counts, repeat=repeat)).advice in ADVICE


# --------------------------------------------------------------------------- patterns


def test_strength_is_the_share_of_interviews_that_mention_an_item():
    wb = log_with_new_counts([2, 1, 1, 1], repeat=True)
    wb.interviews[1].confirmed.append("j1")
    wb.interviews[3].confirmed.append("j1")
    wb.interviews[2].contradicted.append("p1")
    result = analyse(wb)
    assert result.interviews == 4
    j1, n1, p1 = pattern(result, "j1"), pattern(result, "n1"), pattern(result, "p1")
    assert (j1.source, j1.kind, j1.text) == ("profile", "job", "job number 1")
    assert (j1.mentions, j1.confirmed, j1.contradicted, j1.strength) == (2, 2, 0, 0.5)
    # a new item's first hearing is a mention, not a confirmation
    assert (n1.source, n1.kind, n1.mentions, n1.confirmed, n1.strength) == (
        "new", "pain", 4, 3, 1.0)
    assert (p1.mentions, p1.contradicted, p1.strength) == (1, 1, 0.25)
    for p in result.patterns:
        assert p.strength == pytest.approx(p.mentions / result.interviews)


def test_patterns_are_sorted_by_strength_then_kind_and_rank_and_list_untested_hypotheses():
    wb = log_with_new_counts([2, 1, 1, 1], repeat=True)
    wb.interviews[0].confirmed += ["g2", "p2"]
    result = analyse(wb)
    strengths = [p.strength for p in result.patterns]
    assert strengths == sorted(strengths, reverse=True)
    assert result.patterns[0].id == "n1"
    # equal strength (1 of 4): pains before gains, profile before new, then rank
    quarter = [p.id for p in result.patterns if p.strength == 0.25]
    assert quarter == ["p2", "n5", "g2"]
    untested = [p.id for p in result.patterns if p.mentions == 0]
    assert untested == ["j1", "j2", "p1", "g1"]  # kind order, then rank
    assert all(p.source == "profile" and p.strength == 0 for p in result.patterns[-4:])


def test_interviews_with_nothing_logged_are_ignored():
    wb = log_with_new_counts([3, 2, 1, 0, 0], repeat=True)
    before = analyse(wb)
    wb.interviews.insert(1, Interview(contact="x", date="2026-04-09"))
    wb.interviews.insert(3, Interview(contact="y", notes="Talked about the weather.",
                                      quotes=[Quote("Nice day.")]))
    wb.interviews.append(Interview(contact="z", confirmed=["deleted-item"]))
    after = analyse(wb)
    assert len(logged_interviews(wb)) == 5
    assert after.new_per_interview == before.new_per_interview
    assert after.cumulative == before.cumulative
    assert after.patterns == before.patterns
    assert after.advice == before.advice
    assert "(3 interviews with no item marked are left out.)" in after.explanation


def test_the_segment_decides_which_hypotheses_are_listed():
    wb = log_with_new_counts([2, 1, 1], repeat=True)
    other = wb.add_segment("Day-shift nurses", targeted=True)
    other.profile.add_job("other job", id="oj")
    other.profile.add_pain("other pain", id="op")
    wb.interviews[0].confirmed.append("op")
    wb.interviews[1].confirmed.append("j1")
    ids = {p.id for p in analyse(wb).patterns}
    assert {"j2", "g2", "op"} <= ids and "oj" not in ids  # plan segment + what was marked
    ids = {p.id for p in analyse(wb, segment="Day-shift nurses").patterns}
    assert {"oj", "op", "j1"} <= ids and "j2" not in ids
    assert analyse(wb, segment=other).patterns == analyse(wb, segment=other.id).patterns
    with pytest.raises(ValidationError, match="Night-shift nurses"):
        analyse(wb, segment="Nurses")


def test_to_dict_is_plain_json():
    result = analyse(log_with_new_counts([3, 2, 1, 0, 0], repeat=True))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["new_per_interview"] == [3, 2, 1, 0, 0]
    assert data["saturation"]["reached"] is True
    assert data["patterns"][0]["id"] == result.patterns[0].id
    assert data["advice"] == "approaching saturation"
    assert analyse(Workbook()).to_dict()["saturation"] is None


# --------------------------------------------------------------------------- evidence


def test_suggested_evidence_follows_confirmations_and_contradictions():
    wb = base_workbook()
    wb.add_interview("a", "2026-04-01", confirmed=["j1", "p1"], contradicted=["p2"],
                     new_items=[NewItem("pain", "new", id="n1")])
    wb.add_interview("b", "2026-04-02", confirmed=["j1", "n1"], contradicted=["p1", "p2"])
    wb.add_interview("c", "2026-04-03", confirmed=["g1"], contradicted=["g1"])
    wb.add_interview("d", "2026-04-04")  # nothing logged: ignored
    assert suggested_evidence(wb) == {"j1": "validated", "p1": "hypothesis",
                                      "p2": "invalidated", "g1": "hypothesis"}
    wb.segments[0].profile.find("p1").evidence = "validated"
    assert apply_evidence(wb) == 3  # j1, p1 (back to hypothesis), p2; g1 already right
    status = {i.id: i.evidence for i in wb.segments[0].profile.all_items()}
    assert status == {"j1": "validated", "j2": "hypothesis", "p1": "hypothesis",
                      "p2": "invalidated", "g1": "hypothesis", "g2": "hypothesis"}
    assert apply_evidence(wb) == 0


def test_no_interviews_means_no_suggestion():
    assert suggested_evidence(base_workbook()) == {}


# --------------------------------------------------------------------------- example logs


def test_the_two_example_logs_give_different_advice(example):
    name, wb = example
    result = analyse(wb)
    assert result.interviews == 8
    if name == "converging":
        assert result.advice == "approaching saturation"
        assert result.new_per_interview[-2:] == (0, 0)
        assert result.new_per_interview[0] > result.new_per_interview[3] > 0
        assert result.saturation is not None and result.saturation.ratio == 0
        assert analyse(wb, base_size=3, run_length=2).advice == "approaching saturation"
    else:
        assert wb.plan_segment is not None
        assert wb.plan_segment.name == "People who eat dinner at home"
        assert result.advice == "re-segment"
        assert min(result.new_per_interview) >= 2
        repeated = [p for p in result.patterns if p.mentions >= 2]
        assert len(repeated) / result.cumulative[-1] < 0.2


def test_the_example_logs_are_valid_and_pass_the_interview_checks(example):
    name, wb = example
    raw = (LOGS / f"{name}.json").read_bytes()
    assert parse_workbook(raw, name).to_dict() == wb.to_dict()
    feedback = check_interviews(wb)
    assert not [f for f in feedback if f.level == "problem"], feedback
    assert all(f.level == "ok" for f in feedback if f.rule == "interviews-evidence")
    for interview in wb.interviews:
        assert interview.contact and interview.date.startswith("2026-")
        assert interview.quotes and interview.notes
        for quote in interview.quotes:
            assert quote.item and (wb.find_item(quote.item) or wb.find_new_item(quote.item))
    for pattern_ in analyse(wb).patterns:
        assert pattern_.text.strip()


def test_regenerating_the_logs_gives_byte_identical_files(gen, tmp_path):
    assert gen.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{n}.json" for n in NAMES]
    for name in NAMES:
        assert (tmp_path / f"{name}.json").read_bytes() == (LOGS / f"{name}.json").read_bytes(), (
            f"{name}.json differs from a fresh run of datasets/make_logs.py")
    gen.write_logs(tmp_path)  # again, over the existing files: same bytes, no backup
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{n}.json" for n in NAMES]
    assert (tmp_path / "converging.json").stat().st_mode & 0o777 == 0o644


def test_the_generator_has_help(gen, capsys):
    with pytest.raises(SystemExit) as exit_:
        gen.main(["--help"])
    assert exit_.value.code == 0
    assert "--out" in capsys.readouterr().out


# --------------------------------------------------------------------------- saturation plot


def test_saturation_curve_draws_bars_line_windows_and_the_advice():
    result = analyse(log_with_new_counts([3, 2, 1, 0, 0], repeat=True))
    fig = draw_saturation_curve(result)
    rendered(fig)
    bars = sorted(by_gid(fig, "new:"), key=lambda b: b.get_x())
    assert [b.get_height() for b in bars] == [3, 2, 1, 0, 0]
    (line,) = by_gid(fig, "cumulative")
    assert list(line.get_ydata()) == [3, 5, 6, 6, 6]
    assert list(line.get_xdata()) == [1, 2, 3, 4, 5]
    (advice,) = by_gid(fig, "advice")
    assert "approaching saturation" in advice.get_text()
    assert "0%" in advice.get_text() and "threshold 10%" in advice.get_text()
    (body,) = by_gid(fig, "explanation")
    assert " ".join(body.get_text().split()) == result.explanation
    assert by_gid(fig, "base-window") and by_gid(fig, "run-window")


@pytest.mark.parametrize("counts", [[], [2], [3, 3, 3, 3, 3]])
def test_saturation_curve_copes_with_short_and_patternless_logs(counts):
    result = analyse(log_with_new_counts(counts, repeat=False))
    fig = draw_saturation_curve(result, title="Round 1")
    rendered(fig)
    assert len(by_gid(fig, "new:")) == len(counts)
    (advice,) = by_gid(fig, "advice")
    assert result.advice in advice.get_text()
    assert fig.axes[0].get_title(loc="left") == "Round 1"
    assert bool(by_gid(fig, "run-window")) == (result.saturation is not None)


def test_saturation_curve_on_a_given_axes_returns_its_figure():
    fig = Figure()
    ax = fig.add_subplot()
    assert draw_saturation_curve(analyse(log_with_new_counts([1, 1, 1], repeat=True)),
                                 ax) is fig


# --------------------------------------------------------------------------- evidence board


def test_evidence_board_has_one_coloured_mark_per_mention():
    wb = log_with_new_counts([2, 1, 1], repeat=True)
    wb.interviews[1].confirmed.append("j1")
    wb.interviews[1].contradicted.append("p2")
    wb.interviews[2].confirmed.append("p2")
    wb.interviews[2].contradicted.append("p2")  # both in one interview: "mixed"
    result = analyse(wb)
    fig = draw_evidence_board(wb)
    rendered(fig)
    cells = by_gid(fig, "cell:")
    assert len(cells) == sum(p.mentions for p in result.patterns)
    colour = {cell.get_gid(): cell.get_color() for cell in cells}
    glyph = {cell.get_gid(): cell.get_text() for cell in cells}
    assert colour["cell:n1:0"] == MARKS["new"][1] and glyph["cell:n1:0"] == "●"
    assert colour["cell:n1:1"] == MARKS["confirmed"][1] and glyph["cell:n1:1"] == "✓"
    assert colour["cell:p2:1"] == MARKS["contradicted"][1] and glyph["cell:p2:1"] == "✗"
    assert colour["cell:p2:2"] == MARKS["mixed"][1]
    assert colour["cell:j1:1"] == MARKS["confirmed"][1]
    assert "cell:j1:0" not in colour and "cell:j1:2" not in colour  # not mentioned there


def test_evidence_board_rows_show_item_text_and_strength():
    wb = log_with_new_counts([2, 1, 1], repeat=True)
    wb.interviews[1].confirmed.append("j1")
    wb.interviews[2].confirmed.append("j1")
    wb.segments[0].profile.find("p1").text = "Costs $5 a night, 50% more than last year"
    fig = draw_evidence_board(wb)
    rendered(fig)
    rows = {t.get_gid()[4:]: " ".join(t.get_text().split()) for t in by_gid(fig, "row:")}
    assert rows["j1"] == "1. job number 1"
    assert rows["p1"] == "1. Costs $5 a night, 50% more than last year"
    assert rows["n1"] == "pain: new thing 1"
    strength = {t.get_gid()[9:]: t.get_text() for t in by_gid(fig, "strength:")}
    assert strength["n1"] == "100%" and strength["j1"] == "67%" and strength["p1"] == "0%"
    assert strength["n2"] == "67%" and strength["n4"] == "33%"
    order = [t.get_gid()[4:] for t in sorted(by_gid(fig, "row:"),
                                             key=lambda t: t.get_position()[1])]
    assert order == ["j1", "j2", "p1", "p2", "g1", "g2", "n1", "n2", "n3", "n4"]
    columns = [t.get_text() for t in sorted(by_gid(fig, "column:"),
                                            key=lambda t: t.get_position()[0])]
    assert columns == ["person 1\n1 Apr", "person 2\n2 Apr", "person 3\n3 Apr"]
    assert all(not t.get_parse_math() for t in fig.axes[0].texts)


def test_evidence_board_truncates_long_items_and_names_planned_contacts():
    wb = base_workbook()
    long_text = " ".join(["a very long pain about evening shifts"] * 6)
    wb.segments[0].profile.find("p1").text = long_text
    wb.add_interview("c-ana", "2026-04-01", confirmed=["p1"])
    fig = draw_evidence_board(wb, title="Ward 3")
    rendered(fig)
    (row,) = [t for t in by_gid(fig, "row:p1")]
    lines = row.get_text().split("\n")
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert long_text.startswith(" ".join(" ".join(lines)[:-1].split()[1:-1]))
    assert [t.get_text() for t in by_gid(fig, "column:")] == ["Ana\n1 Apr"]
    assert fig.axes[0].get_title(loc="left") == "Ward 3"


def test_evidence_board_of_an_example_log_is_legible(example):
    _, wb = example
    result = analyse(wb)
    fig = draw_evidence_board(wb)
    rendered(fig)
    assert len(by_gid(fig, "cell:")) == sum(p.mentions for p in result.patterns)
    assert len(by_gid(fig, "row:")) == len(result.patterns)
    width, height = fig.get_size_inches()
    assert width < 12 and height < 14


def test_evidence_board_with_no_interviews():
    fig = draw_evidence_board(base_workbook())
    rendered(fig)
    assert by_gid(fig, "empty") and not by_gid(fig, "cell:")


def test_no_latex_is_needed_even_when_usetex_is_on():
    wb = parse_workbook((LOGS / "converging.json").read_bytes())
    with rc_context({"text.usetex": True}):
        figures = [draw_saturation_curve(analyse(wb)), draw_evidence_board(wb)]
        for fig in figures:
            rendered(fig)  # would fail looking for a latex binary
    for fig in figures:
        for text in fig.findobj(Text):
            if text.get_visible() and text.get_text():
                assert not text.get_usetex(), text.get_text()


def test_the_plots_are_exported_lazily_from_kit_plots():
    assert kit.plots.draw_saturation_curve is draw_saturation_curve
    assert kit.plots.draw_evidence_board is draw_evidence_board
    assert {"draw_saturation_curve", "draw_evidence_board"} <= set(kit.plots.__all__)
