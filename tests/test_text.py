"""The substance layer: placeholders and filler, vague text, near-duplicates, copied examples."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kit.checks.text import copied_example, near_duplicates, similar, text_problem


@pytest.mark.parametrize("text", [
    "x", "a", "test", "asdf", "qwerty", "aaa", "zzzz", "aaa bbb ccc", "test test test",
    "Lorem ipsum dolor sit amet", "lorem ipsum", "...", "???", "-", "sdfg hjkl",
    "blah blah blah blah", "xoxoxo", "n/a", "TBD", "asdf asdf", "hola hola hola",
])
def test_placeholders_are_filler(text):
    problem = text_problem(text, what="a descriptor")
    assert problem is not None and problem.code == "filler", (text, problem)
    assert "placeholder" in problem.message and "a descriptor" in problem.message


@pytest.mark.parametrize(("text", "min_words"), [
    ("aged 30-45", 1), ("lives in a big city, in a flat", 1), ("10-49 employees", 1),
    ("orders takeaway 8+ times a month", 1), ("uses QuickBooks", 1), ("Madrid", 1),
    ("Loses paper receipts for parts somewhere in the van", 3),
    ("The dog is alone for nine hours or more on office days", 3),
    ("Los pedidos llegan tarde los viernes", 3),
    ("Pierde facturas en la furgoneta", 3),
    ("They already pay for takeaway twice a week and say time is what they lack", 4),
    ("Dentists with two or three chairs", 1), ("B2B", 1), ("45+", 1),
])
def test_real_text_passes(text, min_words):
    assert text_problem(text, what="it", min_words=min_words) is None, text


@pytest.mark.parametrize("text", ["People who need things", "Customers want good service",
                                  "users", "everyone", "good stuff"])
def test_generic_words_are_vague(text):
    problem = text_problem(text, what="a segment")
    assert problem is not None and problem.code in ("vague", "filler"), text


def test_too_few_words_for_what_is_asked():
    problem = text_problem("Cheap", what="a pain", min_words=3)
    assert problem.code == "short" and "at least 3 words" in problem.message
    assert text_problem("", what="a reason").code == "empty"


def test_names_only_refuse_placeholders():
    for name in ("Marta", "Xiomara", "Dev", "Mr. Oduya", "Ngozi A.", "Jo-Ann"):
        assert text_problem(name, name=True) is None, name
    for name in ("x", "aaa", "asdf", "test", "?"):
        assert text_problem(name, name=True) is not None, name


def test_near_duplicates_in_one_list():
    texts = ["Vegetables go limp before Thursday", "No time to plan meals",
             "vegetables go limp before thursday!", "Takeaway costs add up"]
    assert near_duplicates(texts) == [(0, 2)]
    assert similar("No time to plan meals", "no time to plan the meals")
    assert not similar("No time to plan meals", "Takeaway costs add up")


def test_text_copied_from_a_lesson_example_is_recognised():
    # lesson 03's worked example of pains for dog owners, and its hotel jobs
    assert copied_example("Dog walkers cancel at the last minute, with no one to step in")
    assert copied_example("have every room ready by the 3 pm check-in")
    # short phrases and the learner's own sentences are not copies
    assert copied_example("aged 30-45") is None
    assert copied_example("Our bakery runs out of rye flour every second Friday") is None


def test_the_example_index_is_up_to_date():
    """kit/checks/example_texts.tsv is what datasets/make_example_texts.py writes."""
    result = subprocess.run([sys.executable, "datasets/make_example_texts.py", "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_kit_loads_no_word_list():
    code = ("import sys, kit, kit.checks, kit.progress; "
            "print(sorted(m for m in ('wordfreq', 'rapidfuzz') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
