"""Tests for the example workbooks in ``datasets/examples/`` and their generator.

The examples are model answers (FreshBox: consumer; Ledgerly: business; SitterCircle:
multi-sided). They must be real workbook files that the kit opens, have the structure the
lessons describe, pass the kit's own feedback rules, and be exactly what
``datasets/make_examples.py`` produces. A committed file is never opened in place (opening a
workbook may write to it): each test opens a copy in ``tmp_path``.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

import kit
from kit.checks import MAX_CONTACTS, MIN_CONTACTS, check_workbook
from kit.checks.text import model_answers
from kit.linter import lint_question
from kit.model import Workbook

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
EXAMPLES = DATASETS / "examples"
NAMES = ("freshbox", "ledgerly", "sittercircle")
PATTERNS = {"freshbox": "niche", "ledgerly": "segmented", "sittercircle": "multi-sided"}


def _load_generator() -> ModuleType:
    """Import ``datasets/make_examples.py`` from its path (``datasets/`` is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "cdkit_make_examples", DATASETS / "make_examples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    """The generator module."""
    return _load_generator()


@pytest.fixture(params=NAMES)
def example(request, tmp_path) -> tuple[str, Workbook]:
    """``(name, workbook)``, opened with ``kit.open_workbook`` from a copy of the file."""
    name = request.param
    copy = tmp_path / f"{name}.json"
    shutil.copy(EXAMPLES / f"{name}.json", copy)
    wb = kit.open_workbook(copy)
    assert wb.notices == [], f"{name}.json did not open cleanly: {wb.notices}"
    return name, wb


# --------------------------------------------------------------------------- reproducibility


def test_regenerating_gives_byte_identical_files(gen, tmp_path):
    """A fresh run reproduces the committed bytes, and leaves no backup file behind."""
    assert gen.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{n}.json" for n in NAMES]
    for name in NAMES:
        fresh = (tmp_path / f"{name}.json").read_bytes()
        committed = (EXAMPLES / f"{name}.json").read_bytes()
        assert fresh == committed, f"{name}.json differs from a fresh run of the generator"


def test_regenerating_over_existing_files_is_stable(gen, tmp_path):
    """Writing twice into the same folder gives the same bytes and still no ``.bak`` file."""
    gen.write_examples(tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    gen.write_examples(tmp_path)
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert first == second
    assert not list(tmp_path.glob("*.bak"))


def test_help_has_an_example(gen, capsys):
    """``--help`` works and shows an example command."""
    with pytest.raises(SystemExit) as exit_info:
        gen.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--out" in out and "Example:" in out


def test_committed_files_are_not_changed_by_opening_a_copy(tmp_path):
    """Opening copies leaves the committed files byte-for-byte as they were."""
    before = {n: (EXAMPLES / f"{n}.json").read_bytes() for n in NAMES}
    for name in NAMES:
        copy = tmp_path / f"{name}.json"
        shutil.copy(EXAMPLES / f"{name}.json", copy)
        kit.open_workbook(copy)
        assert copy.read_bytes() == before[name]
    assert {n: (EXAMPLES / f"{n}.json").read_bytes() for n in NAMES} == before


def test_ids_are_fixed_and_unique(example):
    """Every segment, item, contact and question has a readable, unique, stable id."""
    name, wb = example
    ids = [s.id for s in wb.segments]
    ids += [i.id for s in wb.segments for i in s.profile.all_items()]
    ids += [c.id for c in wb.plan.contacts] + [q.id for q in wb.plan.questions]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(f"{name}-") for i in ids)


# --------------------------------------------------------------------------- structure


def test_workbook_basics(example):
    """Learner, offering and the segment pattern that fits the case."""
    name, wb = example
    assert wb.learner.strip()
    assert wb.offering.strip()
    assert wb.segment_pattern == PATTERNS[name]
    assert 2 <= len(wb.segments) <= 4


def test_segments_targeted_and_neighbours_with_reasons(example):
    """Targeted segments and non-targeted neighbours, each specific and with a reason."""
    _, wb = example
    targeted = [s for s in wb.segments if s.targeted is True]
    neighbours = [s for s in wb.segments if s.targeted is False]
    assert targeted and neighbours
    assert len(targeted) + len(neighbours) == len(wb.segments)
    for s in wb.segments:
        assert len(s.reason.strip()) > 40, s.name
        assert len(s.all_descriptors()) >= 3 and len(s.families_used()) >= 2, s.name
        assert s.size is not None and s.size > 0, s.name
        assert s.context.strip() and s.payer.strip() and s.user.strip(), s.name
        if s.kind == "business":
            assert "firmographic" in s.families_used(), s.name
        else:
            assert "firmographic" not in s.families_used(), s.name
    for s in targeted:
        assert len(s.families_used()) >= 3, s.name


def test_case_specific_shape(example):
    """FreshBox is a consumer case, Ledgerly a business one, SitterCircle has two sides."""
    name, wb = example
    kinds = {s.kind for s in wb.segments}
    targeted = [s for s in wb.segments if s.targeted]
    if name == "ledgerly":
        assert kinds == {"business"}
        assert len(targeted) == 2  # segmented: two groups with slightly different needs
        assert any(s.payer.strip().lower() != s.user.strip().lower() for s in targeted)
    else:
        assert kinds == {"consumer"}
    if name == "freshbox":
        assert [s.name for s in targeted] == [
            "Busy urban professionals living alone or as a couple"]
    if name == "sittercircle":
        assert len(targeted) == 2  # parents pay, sitters supply
        assert {s.id for s in targeted} == {"sittercircle-parents", "sittercircle-sitters"}


def test_targeted_segments_have_full_profiles(example):
    """4-6 jobs, pains and gains, rated, ranked strongest first, several job and gain types,
    some addressed by the current offering and some not, mostly hypotheses."""
    _, wb = example
    for s in wb.targeted_segments:
        p = s.profile
        for items in (p.jobs, p.pains, p.gains):
            assert 4 <= len(items) <= 6, s.name
            assert all(i.text.strip() and i.level is not None for i in items), s.name
            ranks = [i.levels.index(i.level) for i in items]
            assert ranks == sorted(ranks), f"{s.name}: ranking and ratings disagree"
        assert len({j.type for j in p.jobs}) >= 3, s.name
        assert len({g.type for g in p.gains}) >= 3, s.name
        pains_gains = [*p.pains, *p.gains]
        assert any(i.addressed for i in pains_gains), s.name
        assert any(not i.addressed for i in pains_gains), s.name
        items = p.all_items()
        assert sum(i.evidence == "hypothesis" for i in items) >= 0.8 * len(items), s.name


def test_interview_plan(example):
    """The plan names a targeted segment, a goal, a problem focus, 3-5 contacts with a
    reason and a way to reach them, and 6-8 questions."""
    _, wb = example
    plan = wb.plan
    segment = wb.plan_segment
    assert segment is not None and segment.id == plan.segment and segment.targeted
    assert plan.learning_goal.strip() and plan.problem_focus.strip()
    assert MIN_CONTACTS <= len(plan.contacts) <= MAX_CONTACTS
    for c in plan.contacts:
        assert c.alias.strip() and c.why.strip() and c.reach.strip()
        assert c.status == "planned"
    assert 6 <= len(plan.questions) <= 8
    assert wb.interviews == []  # pre-interview workbooks


# --------------------------------------------------------------------------- the kit's rules


def test_checks_find_no_problem(example):
    """``kit.checks`` reports no problem on a model answer (checked as one: its sentences are
    the examples themselves)."""
    _, wb = example
    with model_answers():
        problems = [f for f in check_workbook(wb) if f.level == "problem"]
    assert problems == [], problems


def test_checks_find_no_hint(example):
    """A model answer should not even get a hint."""
    _, wb = example
    with model_answers():
        hints = [f for f in check_workbook(wb) if f.level == "hint"]
    assert hints == [], hints


def test_a_learner_who_copies_an_example_is_told(example):
    """The same workbook handed in by a learner is copied work: the checks say so."""
    _, wb = example
    copied = [f for f in check_workbook(wb) if "copied from the kit's example" in f.message]
    assert copied and all(f.level in ("problem", "hint") for f in copied)


def test_every_question_is_good(example):
    """The question linter calls every question of the set good."""
    _, wb = example
    weak = [(q.text, r.problems) for q in wb.plan.questions
            if (r := lint_question(q.text)).verdict != "good"]
    assert weak == []
