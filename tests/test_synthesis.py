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
from kit.checks import check_evidence, check_interviews
from kit.checks.text import model_answers
from kit.errors import ValidationError
from kit.model import Interview, NewItem, Quote, Workbook
from kit.plots.synthesis import MARKS, draw_evidence_board, draw_saturation_curve
from kit.synthesis import (
    ADVICE,
    CONFIDENCE,
    ItemPattern,
    Synthesis,
    add_to_profile,
    allowed_statuses,
    analyse,
    apply_evidence,
    interview_marks,
    logged_interviews,
    suggested_evidence,
    suggested_status,
    weigh_evidence,
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
    """Only n1 and n2 are new (confirming a hypothesis is not new): new counts [1,1,0,0,0],
    cumulative [1,2,2,2,2]. Before the last 2, interviews 1-3 heard j1, p1, p2, j2 (4
    hypotheses tested) and n1, n2 (2 new): 6 known; the last 2 add 0 of them."""
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
    assert result.new_per_interview == (1, 1, 0, 0, 0)
    assert result.cumulative == (1, 2, 2, 2, 2)
    sat = result.saturation
    assert sat is not None
    assert (sat.base_size, sat.run_length, sat.threshold) == (3, 2, 0.10)
    assert (sat.new_in_run, sat.known_before_run, sat.ratio, sat.reached) == (0, 6, 0.0, True)
    assert (sat.tested_before_run, sat.full) == (4, True)
    assert result.advice == "approaching saturation"
    assert result.confidence == "moderate"
    assert ("added 0 new items to the 6 you already had (4 hypotheses tested, 2 new items "
            "heard): 0%") in result.explanation
    assert "10% threshold" in result.explanation


def test_a_flat_high_curve_with_no_repeats_advises_re_segmenting():
    result = analyse(log_with_new_counts([3, 3, 3, 3, 3], repeat=False))
    assert result.new_per_interview == (3, 3, 3, 3, 3)
    assert result.saturation is not None and not result.saturation.reached
    assert result.saturation.ratio == pytest.approx(6 / 9)
    assert result.advice == "re-segment"
    assert "too broad" in result.explanation
    assert "Only 0 of 15 items (0%)" in result.explanation
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


def test_four_interviews_give_a_first_reading_on_a_shorter_run():
    """With 4 interviews the run is the last 2 and the 2 before them are the base."""
    result = analyse(log_with_new_counts([3, 2, 1, 0], repeat=True))
    sat = result.saturation
    assert sat is not None and not sat.full  # the full check wants 3 + 2
    assert (sat.run_length, sat.new_in_run, sat.known_before_run) == (2, 1, 5)
    assert result.confidence == "provisional"
    assert "After 4 interviews this is a first reading, not a verdict" in result.explanation
    assert "so it needs 5: log 1 more for a firmer reading" in result.explanation


def test_base_run_and_threshold_can_be_changed():
    wb = log_with_new_counts([3, 2, 1, 1, 0, 0, 0], repeat=True)
    default = analyse(wb)
    assert default.saturation is not None and default.saturation.ratio == 0
    strict = analyse(wb, run_length=3, threshold=0.0)
    assert strict.saturation is not None
    assert (strict.saturation.new_in_run, strict.saturation.known_before_run) == (0, 7)
    looser = analyse(wb, base_size=5, run_length=2)
    assert looser.saturation is not None and looser.saturation.base_size == 5
    too_few = analyse(wb, base_size=6, run_length=2)  # 7 interviews, the full check wants 8
    assert too_few.saturation is not None and not too_few.saturation.full
    assert too_few.confidence == "provisional"
    assert "so it needs 8: log 1 more for a firmer reading" in too_few.explanation


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
            result = analyse(log_with_new_counts(counts, repeat=repeat))
            assert result.advice in ADVICE and result.confidence in CONFIDENCE


# --------------------------------------------------------------------------- how sure


def converging_log(n: int) -> Workbook:
    """The first ``n`` of 8 interviews whose answers repeat: only ``a`` (interview 1) and
    ``b`` (interview 2) are new; everything else confirms what is known."""
    wb = base_workbook()
    marks = [(["j1", "p1"], "a"), (["j1", "a"], "b"), (["p1", "b", "j2"], None),
             (["j1", "a"], None), (["p1", "b"], None), (["j1", "a"], None), (["p1"], None),
             (["j1", "b"], None)]
    for number, (confirmed, new) in enumerate(marks[:n], 1):
        wb.add_interview(f"person {number}", f"2026-05-{number:02d}", confirmed=confirmed,
                         new_items=[NewItem("pain", f"new pain {new}", id=new)] if new else [])
    return wb


@pytest.mark.parametrize(("n", "new", "run", "known", "tested", "confidence", "words"), [
    # 3: a first reading on the last interview against the 2 before it (j1, p1, a, b)
    (3, (1, 1, 0), 1, 4, 2, "provisional",
     "Your last interview added 0 new items to the 4 you already had (2 hypotheses tested, "
     "2 new items heard)"),
    (4, (1, 1, 0, 0), 2, 4, 2, "provisional", "After 4 interviews this is a first reading"),
    # 5: the full check, last 2 against j1, p1, a, b, j2
    (5, (1, 1, 0, 0, 0), 2, 5, 3, "moderate", "fairly sure (moderate confidence)"),
    (8, (1, 1, 0, 0, 0, 0, 0, 0), 2, 5, 3, "firm", "After 8 interviews this reading is firm"),
])
def test_advice_from_three_interviews_on_with_how_sure_it_is(n, new, run, known, tested,
                                                              confidence, words):
    result = analyse(converging_log(n))
    assert result.new_per_interview == new
    sat = result.saturation
    assert sat is not None
    assert (sat.run_length, sat.new_in_run, sat.known_before_run, sat.tested_before_run) == (
        run, 0, known, tested)
    assert sat.full == (n >= 5)
    assert result.advice == "approaching saturation"
    assert result.confidence == confidence
    assert words in result.explanation
    if n == 3:
        assert "After 3 interviews this is a first reading, not a verdict" in result.explanation


def test_answers_that_diverge_after_three_interviews_are_a_first_reading_too():
    """3, 3 and 3 new items, nothing heard twice: re-segment, but only provisionally."""
    result = analyse(log_with_new_counts([3, 3, 3], repeat=False))
    assert result.new_per_interview == (3, 3, 3)
    assert result.saturation is not None
    assert (result.saturation.new_in_run, result.saturation.known_before_run) == (3, 6)
    assert result.advice == "re-segment" and result.confidence == "provisional"
    assert "Consider splitting it" in result.explanation
    assert "first reading, not a verdict" in result.explanation
    firm = analyse(log_with_new_counts([3] * 8, repeat=False))
    assert (firm.advice, firm.confidence) == ("re-segment", "firm")
    assert "Split it into sub-segments" in firm.explanation


def test_fewer_than_three_interviews_is_too_early():
    for n in (0, 1, 2):
        result = analyse(converging_log(n))
        assert (result.advice, result.confidence, result.saturation) == (
            "continue", "too early", None)


# --------------------------------------------------------------------------- what is new


def test_a_long_profile_confirmed_interview_after_interview_adds_nothing_new():
    """60 hypotheses, each confirmed by every interview: 0 new per interview, a flat curve
    at 0, exactly as with the 6-item profile (the curve does not grow with the profile)."""
    curves = []
    for extra in (0, 54):
        wb = base_workbook()
        for k in range(extra):
            wb.segments[0].profile.add_job(f"extra job {k}", id=f"x{k}")
        ids = [item.id for item in wb.segments[0].profile.all_items()]
        for number in range(1, 6):
            wb.add_interview(f"person {number}", f"2026-06-0{number}", confirmed=ids)
        result = analyse(wb)
        assert result.new_per_interview == (0, 0, 0, 0, 0)
        assert result.cumulative == (0, 0, 0, 0, 0)
        assert result.saturation is not None and result.saturation.new_in_run == 0
        assert result.saturation.known_before_run == 6 + extra  # the hypotheses tested
        curves.append(result.new_per_interview)
    assert curves[0] == curves[1]


def test_a_new_item_heard_again_later_is_a_repeat_not_new():
    wb = base_workbook()
    wb.add_interview("a", "2026-06-01", confirmed=["j1"],
                     new_items=[NewItem("pain", "no canteen at night", id="x")])
    wb.add_interview("b", "2026-06-02", confirmed=["x", "j1", "p1"])
    wb.add_interview("c", "2026-06-03", confirmed=["x"],
                     new_items=[NewItem("gain", "a quiet room", id="y")])
    result = analyse(wb)
    assert result.new_per_interview == (1, 0, 1)
    assert result.cumulative == (1, 1, 2)


def test_an_item_heard_in_an_earlier_interview_is_new_there():
    """Interview 1 ticked, as heard again, the new item interview 2 logged: it is new in 1."""
    wb = base_workbook()
    wb.add_interview("a", "2026-06-01", confirmed=["x"])
    wb.add_interview("b", "2026-06-02",
                     new_items=[NewItem("pain", "no canteen at night", id="x")])
    assert analyse(wb).new_per_interview == (1, 0)
    assert interview_marks(wb) == [{"x": "new"}, {"x": "confirmed"}]


def test_an_item_added_to_the_profile_stays_the_new_item_it_came_from():
    wb = base_workbook()
    wb.add_interview("a", "2026-06-01", confirmed=["j1"],
                     new_items=[NewItem("pain", "no canteen at night", id="x")])
    wb.add_interview("b", "2026-06-02", confirmed=["x", "p1"])
    before = analyse(wb)
    added = add_to_profile(wb, "x")
    assert (added.kind, added.text, added.origin) == ("pain", "no canteen at night", "x")
    assert added in wb.segments[0].profile.pains
    assert added.evidence == "validated"  # logged by a, heard again by b: 2 confirmations
    assert add_to_profile(wb, "x") is added  # once only
    wb.add_interview("c", "2026-06-03", confirmed=[added.id])
    result = analyse(wb)
    assert before.new_per_interview == (1, 0)
    assert result.new_per_interview == (1, 0, 0)  # not new again as a profile item
    rows = [p for p in result.patterns if "canteen" in p.text]
    assert len(rows) == 1
    assert (rows[0].id, rows[0].source, rows[0].origin) == (added.id, "profile", "x")
    assert (rows[0].mentions, rows[0].confirmed, rows[0].strength) == (3, 3, 1.0)
    assert [m.get(added.id) for m in interview_marks(wb)] == ["new", "confirmed", "confirmed"]
    with pytest.raises(ValidationError, match="no interview logged"):
        add_to_profile(wb, "nothing")


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


@pytest.mark.parametrize(("confirmed", "contradicted", "allowed"), [
    (0, 0, ("hypothesis",)),
    (1, 0, ("hypothesis",)),  # one mention is an anecdote
    (0, 1, ("hypothesis",)),
    (2, 0, ("hypothesis", "validated")),
    (2, 1, ("hypothesis", "validated")),
    (2, 2, ("hypothesis",)),
    (3, 2, ("hypothesis", "validated")),
    (1, 2, ("hypothesis", "invalidated")),
    (0, 2, ("hypothesis", "invalidated")),
    (2, 3, ("hypothesis", "invalidated")),
])
def test_the_statuses_the_evidence_allows(confirmed, contradicted, allowed):
    assert allowed_statuses(confirmed, contradicted) == allowed
    assert suggested_status(confirmed, contradicted) == allowed[-1]


def three_interviews() -> Workbook:
    """p1 confirmed by 1 of 3 interviews; j1 by 2; g1 contradicted by 1."""
    wb = base_workbook()
    wb.add_interview("a", "2026-07-01", confirmed=["p1", "j1"])
    wb.add_interview("b", "2026-07-02", confirmed=["j1"], contradicted=["g1"])
    wb.add_interview("c", "2026-07-03",
                     new_items=[NewItem("pain", "the lift is always broken", id="n1")])
    return wb


def evidence_feedback(wb: Workbook) -> list:
    return [f for f in check_evidence(wb) if f.rule == "interviews-evidence"]


def test_a_one_mention_item_stays_a_hypothesis_and_the_check_is_ok_with_it():
    wb = three_interviews()
    del wb.interviews[1]  # now p1 and j1 are each confirmed once
    assert suggested_evidence(wb) == {"j1": "hypothesis", "p1": "hypothesis"}
    assert apply_evidence(wb) == 0
    (feedback,) = evidence_feedback(wb)
    assert feedback.level == "ok"
    assert "still a hypothesis, which is right" in feedback.message


def test_two_confirmations_suggest_validated_and_keeping_a_hypothesis_is_fine():
    wb = three_interviews()
    assert suggested_evidence(wb) == {"j1": "validated", "p1": "hypothesis",
                                      "g1": "hypothesis"}
    (before,) = evidence_feedback(wb)
    assert before.level == "ok"  # everything still a hypothesis: never wrong
    assert "would allow \u201cjob number 1\u201d to be marked validated" in before.message
    assert "2 of 3 interviews confirmed it and none contradicted it" in before.message
    assert apply_evidence(wb) == 1
    status = {i.id: i.evidence for i in wb.segments[0].profile.all_items()}
    assert status == {"j1": "validated", "j2": "hypothesis", "p1": "hypothesis",
                      "p2": "hypothesis", "g1": "hypothesis", "g2": "hypothesis"}
    (after,) = evidence_feedback(wb)
    assert after.level == "ok" and "1 validated, 0 invalidated and 2 still hypotheses" in (
        after.message)


def test_validated_on_one_mention_is_flagged_in_plain_words():
    wb = three_interviews()
    wb.segments[0].profile.find("p1").evidence = "validated"
    (flag,) = evidence_feedback(wb)
    assert flag.level == "hint"
    assert flag.where == "segment 'Night-shift nurses' › pain 1"
    assert flag.message.startswith("\u201cpain number 1\u201d is marked validated, but 1 of 3 "
                                   "interviews confirmed it and none contradicted it.")
    assert "one mention is an anecdote" in flag.message
    assert "Set it to hypothesis" in flag.message
    assert apply_evidence(wb) == 2  # p1 back to hypothesis, j1 validated
    assert wb.segments[0].profile.find("p1").evidence == "hypothesis"
    assert evidence_feedback(wb)[0].level == "ok"


def test_validated_while_contradicted_more_than_confirmed_is_flagged():
    wb = base_workbook()
    for number, (yes, no) in enumerate([(["j1"], []), (["j1"], []), ([], ["j1"]),
                                        ([], ["j1"]), ([], ["j1"])], 1):
        wb.add_interview(f"p{number}", f"2026-07-0{number}", confirmed=yes, contradicted=no)
    wb.segments[0].profile.find("j1").evidence = "validated"
    (flag,) = evidence_feedback(wb)
    assert "2 of 5 interviews confirmed it and 3 contradicted it" in flag.message
    assert "More interviews contradicted it than confirmed it" in flag.message
    assert "Set it to invalidated (the interviews allow that)" in flag.message
    wb.segments[0].profile.find("j1").evidence = "invalidated"
    assert evidence_feedback(wb)[0].level == "ok"


def test_invalidated_on_one_contradiction_is_flagged():
    wb = three_interviews()
    wb.segments[0].profile.find("g1").evidence = "invalidated"
    (flag,) = evidence_feedback(wb)
    assert flag.where == "segment 'Night-shift nurses' › gain 1"
    assert "none of the 3 interviews confirmed it and 1 contradicted it" in flag.message
    assert "Invalidated needs at least 2 interviews that contradicted it" in flag.message


def test_a_status_nobody_mentioned_cannot_be_validated():
    wb = three_interviews()
    wb.segments[0].profile.find("g2").evidence = "validated"
    (flag,) = evidence_feedback(wb)
    assert "none of the 3 interviews mentioned it" in flag.message


def test_many_flagged_items_are_named_five_at_a_time():
    wb = three_interviews()
    for k in range(7):
        wb.segments[0].profile.add_pain(f"claimed pain {k}", evidence="validated")
    flags = evidence_feedback(wb)
    assert len(flags) == 6 and all(f.level == "hint" for f in flags)
    assert "claimed pain 0" in flags[0].message
    assert flags[-1].message.startswith("\u2026 and 2 more item(s)")


def test_a_hint_when_no_interview_marks_any_item():
    wb = base_workbook()
    wb.add_interview("a", "2026-07-01",
                     new_items=[NewItem("pain", "the lift is always broken", id="n1")])
    (feedback,) = evidence_feedback(wb)
    assert feedback.level == "hint"
    assert "Mark which of your hypothesised jobs, pains and gains" in feedback.message


def test_a_choice_made_by_hand_with_a_note_is_kept_when_the_evidence_allows_it():
    wb = base_workbook()
    for number in range(1, 4):
        wb.add_interview(f"p{number}", f"2026-07-0{number}", confirmed=["p1", "p2", "j1"],
                         contradicted=["g1"] if number < 3 else ["g1", "j1"])
    profile = wb.segments[0].profile
    profile.find("p1").notes = "I asked 'Is cost a problem?': a leading question."
    profile.find("j1").evidence = "validated"  # 3 confirmations, 1 contradiction: allowed
    profile.find("g2").evidence = "validated"  # nobody mentioned it: not allowed
    profile.find("g2").notes = "My sister says so."
    weighed = {e.id: e for e in weigh_evidence(wb)}
    assert (weighed["p1"].confirmed, weighed["p1"].suggested, weighed["p1"].update) == (
        3, "validated", "hypothesis")
    assert weighed["j1"].allowed == ("hypothesis", "validated")
    assert apply_evidence(wb) == 3  # p2 validated, g1 invalidated, g2 back to hypothesis
    status = {i.id: i.evidence for i in profile.all_items()}
    assert status == {"j1": "validated", "j2": "hypothesis", "p1": "hypothesis",
                      "p2": "validated", "g1": "invalidated", "g2": "hypothesis"}
    assert evidence_feedback(wb)[0].level == "ok"  # the kept choice costs nothing
    profile.find("p1").evidence = "validated"  # the learner changes their mind
    assert apply_evidence(wb) == 0  # validated is allowed and suggested: never downgraded


# --------------------------------------------------------------------------- example logs


def test_the_two_example_logs_give_different_advice(example):
    name, wb = example
    result = analyse(wb)
    assert result.interviews == 8
    assert result.confidence == "firm"
    heard = [p for p in result.patterns if p.mentions]
    repeated = [p for p in heard if p.mentions >= 2]
    if name == "converging":  # the numbers lesson 05 and datasets/README.md quote
        assert result.advice == "approaching saturation"
        assert result.new_per_interview == (3, 2, 1, 1, 1, 0, 0, 0)
        assert result.saturation is not None
        assert (result.saturation.new_in_run, result.saturation.known_before_run,
                result.saturation.tested_before_run) == (0, 22, 14)
        assert all(p.mentions >= 2 for p in heard if p.source == "new")
    else:
        assert wb.plan_segment is not None
        assert wb.plan_segment.name == "People who eat dinner at home"
        assert result.advice == "re-segment"
        assert result.new_per_interview == (3, 4, 3, 2, 2, 3, 2, 2)
        assert result.saturation is not None
        assert (result.saturation.new_in_run, result.saturation.known_before_run) == (4, 25)
        assert (len(repeated), len(heard)) == (4, 30)
    # the evidence: set as the interviews suggest, and the check agrees
    for e in weigh_evidence(wb):
        assert e.status == e.suggested, e.text


def test_the_example_logs_are_valid_and_pass_the_interview_checks(example):
    name, wb = example
    raw = (LOGS / f"{name}.json").read_bytes()
    assert parse_workbook(raw, name).to_dict() == wb.to_dict()
    with model_answers():  # the example's own sentences are not copies of itself
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
