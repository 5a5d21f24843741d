"""Names that are patterns: a student id (or assignment name) that nbgrader would read as a
file pattern or a path is refused wherever the kit takes a name, and listed as refused.

The slow part runs a real exchange: two honest students fetch and submit through nbgrader,
and folders named ``*``, ``..``, ``.hidden`` and one with a newline are made next to theirs in
the exchange's inbound folder (any student can make one there).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import add_interviews, build_good_workbook, build_partial_workbook

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import REFUSED, Course, name_problem, shown_name
from kit.course.grader import grade_assignment
from kit.course.grader.summary import read_summary
from kit.course.report import collect_class, write_report
from kit.errors import KitError
from kit.workbook import WorkbookStore

A = "01-segments"
CDKIT = str(Path(sys.executable).parent / "cdkit")
HOSTILE = ["*", "..", ".hidden", "ev\nil"]


def cdkit(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CDKIT, *args], capture_output=True, text=True, timeout=900)


# -- the one rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "words"), [
    ("*", "'*', which nbgrader reads as a pattern"),
    ("ada?", "'?'"), ("[ab]", "'['"), ("{a,b}", "'{'"), ("!x", "'!'"),
    ("../x", "path separator"), ("a\\b", "path separator"), ("..", "the one above it"),
    (".hidden", "starts with a dot"), (" ada", "starts or ends with a space"),
    ("ada\t", "control character"), ("ev\nil", "control character ('\\n')"),
    ("ada\u202e", "control character"), ("", "is empty"),
])
def test_names_that_are_patterns_or_paths_are_refused_in_plain_words(name, words):
    problem = name_problem(name)
    assert problem is not None and words in problem, problem
    assert problem.startswith("the student id ") and problem.isprintable()
    assert name_problem(name, "assignment name").startswith("the assignment name ")
    assert shown_name(name).isprintable()


@pytest.mark.parametrize("name", ["ada", "jean-luc", "o'brien", "mo.b", "ada+x", "zoë",
                                  "李雷", "ada_2027", "a b"])
def test_plain_names_are_accepted_and_shown_as_they_are(name):
    assert name_problem(name) is None and shown_name(name) == name


def test_a_refused_assignment_name_is_a_plain_error(tmp_path):
    (tmp_path / "source" / "week*").mkdir(parents=True)
    (tmp_path / "source" / ".ipynb_checkpoints").mkdir()
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n")
    course = Course(tmp_path)
    assert course.assignments() == []
    with pytest.raises(KitError, match=r"week\* cannot be an assignment: the assignment name "
                       r"holds '\*'"):
        course.check_assignment("week*")


# -- a real exchange ------------------------------------------------------------------------


def _submit(course: Course, student: str, home: Path, wb) -> None:
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit

    from kit.course.demo import _exchange

    _exchange(ExchangeFetchAssignment, course, A, student, home)
    WorkbookStore(home / A / "workbook.json").save(wb)
    _exchange(ExchangeSubmit, course, A, student, home)


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    """The class through release, submit, collect, grade and report; what each step said."""
    base = tmp_path_factory.mktemp("names")
    course = init_course(base / "course", exchange=str(base / "exchange"))
    out = {"course": course, "release": cdkit("release", A, "--course", str(course.root))}
    _submit(course, "ada", base / "ada", add_interviews(build_good_workbook()))
    _submit(course, "pat", base / "pat", build_partial_workbook(A)[0])
    inbound = course.exchange / course.course_id / "inbound"
    (honest,) = [p for p in inbound.iterdir() if p.name.startswith("ada+")]
    for name in HOSTILE:  # what a student can make in the inbound folder
        shutil.copytree(honest, inbound / honest.name.replace("ada", name, 1))
    out["collect"] = cdkit("collect", A, "--course", str(course.root))
    out["collected"] = sorted(p.name for p in (course.root / "submitted").iterdir())
    out["outside"] = sorted(p.name for p in course.root.iterdir())
    # a '*' folder left in submitted/ (nbgrader's own collect would copy it there)
    shutil.copytree(course.root / "submitted" / "ada", course.root / "submitted" / "*")
    out["submitted"] = course.submitted(A)
    out["grade"] = cdkit("grade", A, "--jobs", "2", "--course", str(course.root))
    out["summary"] = read_summary(course.root, A)
    out["only-refused"] = grade_assignment(course, A, students=["../x", "ev\nil"],
                                           progress=False)
    with course.gradebook() as gb:
        out["gradebook"] = {s.id: gb.find_submission(A, s.id).score for s in gb.students}
    out["data"] = collect_class(course)
    out["report"] = write_report(course).read_text("utf-8")
    return out


@pytest.mark.slow
def test_collect_refuses_names_that_are_patterns_or_paths(klass):
    collect = klass["collect"]
    assert collect.returncode == 0, collect.stderr
    assert klass["collected"] == ["ada", "pat"]
    assert A not in klass["outside"], "'..' collected into the course folder itself"
    out = collect.stdout
    assert "Collected 01-segments: 2 submission(s)" in out
    assert "Refused 4 submission(s) in the exchange" in out
    for name in ("*", "..", ".hidden", "'ev\\nil'"):
        assert f"  {name}: the student id " in out, (name, out)
    assert "reads as a pattern" in out and "control character" in out
    assert "Traceback" not in collect.stdout + collect.stderr


@pytest.mark.slow
def test_grading_grades_the_honest_students_and_refuses_the_rest(klass):
    assert klass["submitted"] == ["ada", "pat"], "Course.submitted() returned a refused name"
    grade = klass["grade"]
    assert grade.returncode == 1, grade.stdout + grade.stderr  # refused counts as not graded
    assert "Traceback" not in grade.stdout + grade.stderr
    summary = klass["summary"]
    assert summary["graded"] == ["ada", "pat"]
    assert set(summary["failed"]) == {"*"}
    assert summary["failed"]["*"].startswith(REFUSED) and "pattern" in summary["failed"]["*"]
    assert "refused, not graded" in grade.stdout and "*" in grade.stdout
    assert klass["gradebook"] == {"ada": ASSIGNMENTS[A].auto_points,
                                  "pat": build_partial_workbook(A)[1]}, "no student '*'"
    autograded = klass["course"].root / "autograded"
    assert sorted(p.name for p in autograded.iterdir()) == ["ada", "pat"]


@pytest.mark.slow
def test_names_given_to_grade_are_refused_without_grading(klass):
    only = klass["only-refused"]
    assert only.graded == [] and set(only.failed) == {"../x", "'ev\\nil'"}
    assert all(why.startswith(REFUSED) for why in only.failed.values())
    assert "path separator" in only.failed["../x"]


@pytest.mark.slow
def test_the_class_report_lists_the_refused_names(klass):
    data = klass["data"]
    assert [s.id for s in data.students] == ["ada", "pat"]
    refused = {name: (where, why) for name, where, why in data.refused}
    assert set(refused) == {"*", "..", ".hidden", "'ev\\nil'", "../x"}
    assert "submitted/" in refused["*"][0] and "the exchange" in refused["*"][0]
    assert "grading of 01-segments" in refused["*"][0]
    assert "pattern" in refused["*"][1]
    assert all(student != "*" for _, student, _, _ in data.review)
    page = klass["report"]
    section = page.split("id='refused'")[1].split("<section")[0]
    for name in ("<code>*</code>", "<code>..</code>", "<code>.hidden</code>",
                 "<code>&#x27;ev\\nil&#x27;</code>"):
        assert name in section, name
    assert "reads as a pattern" in section
    assert "ev\nil" not in page


@pytest.mark.slow
def test_feedback_will_not_run_on_a_refused_folder(klass, tmp_path):
    course = klass["course"]
    stray = course.root / "autograded" / "*" / A
    stray.mkdir(parents=True)
    try:
        out = cdkit("feedback", A, "--course", str(course.root))
    finally:
        shutil.rmtree(stray.parent)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "folder * of 01-segments" in out.stderr
    assert not (course.root / "feedback").exists()


def test_the_summary_keeps_refused_names_printable(tmp_path):
    from kit.course.grader.summary import GradeSummary

    result = {"student": shown_name("ev\nil"), "success": False, "error": REFUSED + "x",
              "score": None, "max_score": None, "flagged": [], "seconds": 0.0}
    text = str(GradeSummary.of(A, [result], 0.0, 1))
    assert "'ev\\nil'" in text and "refused, not graded" in text
    json.dumps(result)
