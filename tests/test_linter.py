"""The question linter: verdicts, problems and advice; accuracy on the labelled sets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kit.linter import PROBLEMS, lint_question

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("question", [
    "Tell me about the last time you planned a week of dinners.",
    "How do you deal with late-paying clients today?",
    "What did you try before switching suppliers?",
    "What was the hardest part of onboarding your last new hire?",
    "Why did you stop using the old booking system?",
    "Can you walk me through how you pick a babysitter?",
    "How much did the last broken delivery cost you?",
])
def test_past_specific_and_open_questions_are_good(question):
    result = lint_question(question)
    assert result.verdict == "good", result
    assert result.problems == ()


@pytest.mark.parametrize(("question", "expected"), [
    ("Would you buy a meal kit?", {"hypothetical", "closed"}),
    ("If we built a marketplace for sitters, how much would you pay?", {"hypothetical", "pitch"}),
    ("Our platform matches freelancers with clients in one click.", {"pitch"}),
    ("What do you think of our idea?", {"opinion", "pitch"}),
    ("Don't you think invoicing is a pain?", {"leading", "closed"}),
    ("Chasing late payments is a nightmare, right?", {"leading", "closed"}),
    ("Do you use spreadsheets?", {"closed"}),
    ("Imagine an app that books your cleaner. How often would you use it?",
     {"hypothetical", "pitch"}),
])
def test_weak_questions_name_their_problems(question, expected):
    result = lint_question(question)
    assert result.verdict == "weak"
    assert expected <= set(result.problems), result.problems
    assert set(result.problems) <= set(PROBLEMS)
    assert result.advice


def test_advice_offers_a_better_form():
    result = lint_question("Do you track your food spending?")
    assert result.better == "How do you track your food spending today?"
    assert result.better in result.advice
    past = lint_question("Have you ever switched accounting software?")
    assert past.better == "Tell me about the last time you switched accounting software."
    hypothetical = lint_question("Would you pay for faster payouts?")
    assert "Tell me about the last time" in hypothetical.advice


def test_json_shape_is_stable():
    data = lint_question("Would you use our app?").to_dict()
    assert set(data) == {"question", "verdict", "problems", "advice"}
    assert data["problems"] == ["hypothetical", "pitch", "closed"]


def test_curly_quotes_and_case_do_not_matter():
    assert lint_question("DON’T YOU THINK THAT’S ANNOYING?").problems == lint_question(
        "don't you think that's annoying?").problems


def _evaluate(name):
    spec = importlib.util.spec_from_file_location(
        "linter_accuracy", Path(__file__).parent.parent / "benchmarks" / "linter_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(DATA / name)


@pytest.mark.parametrize(("name", "floor"), [("questions_labelled.tsv", 0.95),
                                             ("questions_heldout.tsv", 0.90)])
def test_verdict_precision_and_recall_on_labelled_sets(name, floor):
    precision, recall, *_ = _evaluate(name)["verdict"]
    assert precision >= floor and recall >= floor, (precision, recall)
