"""What the lessons and assignments say about the checks is what the checks do.

The worked examples are read from the notebooks themselves (their tables, lists and example
code), so a change to a lesson or to a rule that makes them disagree fails here.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from kit.checks.profile import retrofitted
from kit.checks.rubric import ASSIGNMENTS
from kit.linter import lint_question

ROOT = Path(__file__).resolve().parent.parent


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["cells"]


def _source(path: Path, cell_id: str) -> str:
    return next("".join(c["source"]) for c in _cells(path) if c.get("id") == cell_id)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _table(text: str, header: str) -> list[list[str]]:
    """The body rows of the markdown table whose header row contains ``header``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|") and header in line)
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def _numbered(text: str, after: str) -> list[str]:
    """The items of the first numbered list after the line containing ``after``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    items: list[str] = []
    for line in lines[start + 1:]:
        m = re.match(r"^\d+\.\s+(.*)$", line)
        if m:
            items.append(m.group(1).strip())
        elif items and not line.strip():
            break
    return items


# --------------------------------------------------------------------------- lesson 03

LESSON_03 = ROOT / "lessons" / "03-customer-profile.ipynb"


def _lesson_03() -> dict[str, object]:
    text = _source(LESSON_03, "l03-c13")
    flat = _flat(text)
    meal_kit = re.search(r'described in lesson 00 as \*"([^"]+)"\*', flat).group(1)
    plumbing = re.search(r'idea, described as \*"([^"]+)"\*', flat).group(1)
    answer = re.search(r"\*\*(\d)\*\* and \*\*(\d)\*\* describe the product", flat)
    return {
        "meal_kit": meal_kit,
        "backwards": [row[1] for row in _table(text, "Written backwards")],
        "customer": [row[1] for row in _table(text, "Written from the customer's side")],
        "plumbing": plumbing,
        "plumbing_items": _numbered(text, "rewrite them?"),
        "plumbing_product": {int(answer.group(1)), int(answer.group(2))},
    }


def test_lesson_03_retrofit_examples_are_what_the_rule_flags():
    lesson = _lesson_03()
    meal_kit, plumbing = lesson["meal_kit"], lesson["plumbing"]
    assert len(lesson["backwards"]) == 4 and len(lesson["customer"]) == 6
    for item in lesson["backwards"]:
        assert retrofitted(item, meal_kit), f"not flagged: {item!r}"
    for item in lesson["customer"]:
        assert not retrofitted(item, meal_kit), f"flagged: {item!r}"
    items = lesson["plumbing_items"]
    assert len(items) == 4 and lesson["plumbing_product"] == {1, 3}
    flagged = {n for n, item in enumerate(items, 1) if retrofitted(item, plumbing)}
    assert flagged == lesson["plumbing_product"], items


def test_lesson_03_describes_the_three_way_offering_menu():
    text = _flat(_source(LESSON_03, "l03-c14"))
    for choice in ("not assessed yet", "addresses it", "misses it"):
        assert f"*{choice}*" in text
    assert "Offering" in text and "tick" not in text.lower()


# --------------------------------------------------------------------------- lesson 04

LESSON_04 = ROOT / "lessons" / "04-plan-interviews.ipynb"


def _dog_questions() -> list[str]:
    return _numbered(_source(LESSON_04, "l04-c10"), "A worked example from a consumer case")


def _bike_questions() -> list[str]:
    code = "\n".join(line for line in _source(LESSON_04, "l04-c15").splitlines()
                     if not line.startswith("%"))
    loops = [node for node in ast.walk(ast.parse(code))
             if isinstance(node, ast.For) and isinstance(node.iter, ast.List)]
    assert len(loops) == 1
    return [ast.literal_eval(e) for e in loops[0].iter.elts]


WORKED_SETS = {"dog owners (Exercise 4)": _dog_questions,
               "bike commuters (example code)": _bike_questions}


@pytest.mark.parametrize("name", WORKED_SETS)
def test_lesson_04_worked_question_sets_lint_good(name):
    questions = WORKED_SETS[name]()
    assert 5 <= len(questions) <= 15
    weak = {q: lint_question(q).problems for q in questions
            if lint_question(q).verdict != "good"}
    assert not weak


@pytest.mark.parametrize("name", WORKED_SETS)
def test_lesson_04_worked_question_sets_open_on_the_job(name):
    first = WORKED_SETS[name]()[0].lower()
    assert first.startswith(("tell me about", "walk me through")) and "last" in first


def test_lesson_04_dog_questions_do_not_name_the_pains_under_test():
    pains = [row[1] for row in _table(_source(LESSON_03, "l03-c08"), "Severity")]
    # a word that names each of lesson 03's dog-owner pains
    cues = {"alone": 0, "cancel": 1, "key": 2, "bark": 3}
    for cue, row in cues.items():
        assert cue in pains[row].lower(), (cue, pains[row])
    for question in _dog_questions():
        named = [cue for cue in cues if re.search(rf"\b{cue}", question.lower())]
        assert not named, (question, named)


def test_lesson_04_weak_and_better_questions_are_what_the_linter_says():
    rows = _table(_source(LESSON_04, "l04-c09"), "Weak (before)")
    assert len(rows) == 5
    for _kind, weak, _why, better in rows:
        assert lint_question(weak.strip("*")).verdict == "weak", weak
        assert lint_question(better.strip("*")).verdict == "good", better
    text = _source(LESSON_04, "l04-c09")
    questions = _numbered(text, "Which are weak, and why?")
    answer = _flat(text[text.index("One possible answer"):])
    listed = re.search(r"((?:\*\*\d\*\*(?:, | and )?)+) are good", answer).group(1)
    good = {int(n) for n in re.findall(r"\d", listed)}
    assert good == {2, 4, 7}
    for n, question in enumerate(questions, 1):
        assert (lint_question(question).verdict == "good") == (n in good), question


# --------------------------------------------------------------------------- assignments

PART = re.compile(r"^## Part ([A-Z]): .*\((\d+) points?\)", re.M)


def _assignment_cells(aid: str) -> list[dict]:
    return _cells(ROOT / "assignments" / "source" / aid / f"{aid}.ipynb")


@pytest.mark.parametrize("aid", ASSIGNMENTS)
def test_assignment_test_cells_say_their_rubric_title(aid):
    tests = {f"test_{aid.replace('-', '_')}_{t.id.replace('-', '_')}": t
             for t in ASSIGNMENTS[aid].tests}
    cells = {c["metadata"]["nbgrader"]["grade_id"]: "".join(c["source"])
             for c in _assignment_cells(aid) if c["cell_type"] == "code"
             and c["metadata"].get("nbgrader", {}).get("grade")}
    assert set(cells) == set(tests)
    for gid, source in cells.items():
        assert source.splitlines()[0] == f'"""{tests[gid].title}"""', gid


@pytest.mark.parametrize("aid", ASSIGNMENTS)
def test_assignment_parts_run_in_order_and_list_their_tests_and_points(aid):
    a = ASSIGNMENTS[aid]
    parts = []
    for cell in _assignment_cells(aid):
        text = "".join(cell["source"])
        m = PART.search(text)
        if m and cell["cell_type"] == "markdown":
            parts.append((m.group(1), int(m.group(2)), _flat(text),
                          cell["metadata"]["nbgrader"]["grade_id"]))
    letters = [p[0] for p in parts]
    assert letters == [chr(ord("A") + i) for i in range(len(parts))]
    listed = set()
    for _letter, points, text, gid in parts:
        tests = [t for t in a.tests if (t.title if not t.hidden
                                        else t.title[len("Check that "):].rstrip(".")) in text]
        listed.update(t.id for t in tests)
        manual = sum(p for key, p in a.manual.items() if gid == f"{aid}-{key}-question")
        assert points == sum(t.points for t in tests) + manual, (gid, [t.id for t in tests])
    assert listed == {t.id for t in a.tests}
    assert sum(p[1] for p in parts) == a.auto_points + a.manual_points == 10
