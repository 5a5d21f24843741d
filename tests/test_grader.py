"""The parallel grader: the same gradebook as ``nbgrader autograde``, robust to hostile work.

Submissions are made as nbgrader's ``collect`` leaves them: ``submitted/<student>/<assignment>/``
with the released notebook, the student's ``workbook.json`` and ``timestamp.txt``.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest
from grading_support import (
    FULL,
    KILL_GRADER,
    KILL_KERNEL,
    REDEFINE_GRADE,
    A,
    copy_course,
    edit_tests_to_pass,
    gradebook_state,
    graded_cells,
    insert_cell,
    partial_workbook,
    submit,
    write_reflection,
)

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import Course
from kit.course.grader import (
    TAMPERING,
    GradeResult,
    GradeSummary,
    grade_assignment,
    grade_id_for,
    recheck,
)


@pytest.fixture(scope="module")
def base_course(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("grader")
    return init_course(base / "course", exchange=str(base / "exchange")).root


@pytest.fixture
def course(base_course, tmp_path) -> Path:
    return copy_course(base_course, tmp_path / "course")


def grade(course: Path, **options) -> GradeSummary:
    options.setdefault("jobs", 2)
    return grade_assignment(Course(course), A, progress=False, **options)


def never_locked(summary: GradeSummary) -> None:
    for result in summary.results:
        assert "database is locked" not in (result.log + str(result.error)), result


# -- fast: the pieces -------------------------------------------------------------------------


def test_grade_ids_follow_the_assignments_test_cells():
    assert grade_id_for("01-segments", "targeted-specific") == \
        "test_01_segments_targeted_specific"
    source = Path(__file__).resolve().parent.parent / "assignments" / "source"
    for a, spec in ASSIGNMENTS.items():
        nb = nbformat.read(source / a / f"{a}.ipynb", as_version=4)
        ids = {c.metadata.nbgrader["grade_id"] for c in graded_cells(nb)}
        assert {grade_id_for(a, t.id) for t in spec.tests} <= ids, a


def test_summary_renders_and_converts():
    results = [
        GradeResult("bo", A, success=True, score=0.0, max_score=10.0,
                    flagged=[f"test_01_segments_pattern: {TAMPERING}"]),
        GradeResult("ada", A, success=True, score=7.0, max_score=10.0),
        GradeResult.failure(A, "cy", "the notebook is not valid JSON"),
    ]
    summary = GradeSummary.of(A, results, 12.345, 2)
    assert summary.graded == ["ada", "bo"]
    assert summary.failed == {"cy": "the notebook is not valid JSON"}
    assert list(summary.flagged) == ["bo"]
    text = str(summary)
    assert "2 graded, 1 failed, 1 flagged" in text
    assert "not valid JSON" in text and "possible tampering" in text
    assert summary.to_dict()["seconds"] == 12.35


def test_plain_words_for_failures():
    from kit.course.grader import plain_error as _plain_error

    course = SimpleNamespace(config=SimpleNamespace(Execute={"timeout": 120}))
    assert _plain_error("    nbformat.reader.NotJSONError: Notebook does not appear", "",
                        course) == "the notebook is not valid JSON"
    assert _plain_error("    nbclient.exceptions.DeadKernelError: Kernel died", "",
                        course).startswith("the notebook's kernel died")
    assert _plain_error("CellTimeoutError", "", course) == "a cell ran for more than 120 s"
    assert _plain_error("[ERROR] x\n    ZeroDivisionError: division by zero\n", "",
                        course) == "ZeroDivisionError: division by zero"


# -- slow: real grading -----------------------------------------------------------------------


@pytest.mark.slow
def test_same_gradebook_as_nbgrader_autograde(course, tmp_path, finished_workbook):
    wb, _ = partial_workbook()
    submit(course, "ada", finished_workbook, edit=write_reflection)
    submit(course, "pat", wb)
    submit(course, "bo")
    submit(course, "cy", notebook_text="{ this is not a notebook")
    submit(course, "dee", workbook_text="{garbage")
    twin = copy_course(course, tmp_path / "twin")
    summary = grade(course, jobs=2)
    Course(twin).nbgrader("autograde", A, check=False)  # fails for cy, grades the rest
    students = ["ada", "bo", "cy", "dee", "pat"]
    ours, theirs = gradebook_state(course, students), gradebook_state(twin, students)
    assert ours == theirs
    assert ours["ada"]["score"] == FULL and ours["ada"]["manual"] == {"reflection_neighbour"}
    assert ours["pat"]["score"] == 3 and ours["bo"]["score"] == 0
    for student in students:  # the autograded notebooks too, where nbgrader kept one
        assert (course / "autograded" / student / A / f"{A}.ipynb").is_file() == \
            (twin / "autograded" / student / A / f"{A}.ipynb").is_file()
    assert summary.failed == {"cy": "the notebook is not valid JSON"}
    assert summary.graded == ["ada", "bo", "dee", "pat"]
    assert all(r.score == ours[r.student]["score"] for r in summary.results)
    never_locked(summary)


@pytest.mark.slow
def test_broken_and_hostile_submissions_never_stop_the_others(course, finished_workbook):
    wb, earned = partial_workbook()
    submit(course, "ada", finished_workbook)
    submit(course, "pat", wb)
    submit(course, "json", notebook_text='{"cells": [')
    submit(course, "exit", finished_workbook, edit=KILL_KERNEL)
    submit(course, "garbage", workbook_text="\x00\x01 not a workbook")
    # tries to end its grading process: as root, its kernel runs as an account of its own,
    # which cannot signal the grader (tests/test_grader_unprivileged.py: as an ordinary user)
    submit(course, "killer", finished_workbook, edit=KILL_GRADER)
    summary = grade(course, jobs=2)
    assert os.geteuid() == 0, "these tests run as root, as CI does"
    assert summary.failed["json"] == "the notebook is not valid JSON"
    assert "kernel died" in summary.failed["exit"]
    assert set(summary.failed) == {"json", "exit"}
    scores = {r.student: r.score for r in summary.results}
    assert scores["ada"] == FULL and scores["pat"] == earned and scores["garbage"] == 0
    assert scores["killer"] == FULL
    assert any("workbook file could not be read" in why for why in summary.flagged["garbage"])
    never_locked(summary)


@pytest.mark.slow
def test_tampering_is_flagged_and_never_earns_points(course):
    wb, earned = partial_workbook()
    submit(course, "pass", wb, edit=edit_tests_to_pass)
    submit(course, "redef", wb, edit=REDEFINE_GRADE)
    submit(course, "honest", wb)
    summary = grade(course, jobs=2)
    state = gradebook_state(course, ["pass", "redef", "honest"])
    # nbgrader puts back the locked test cells it has in the gradebook: edits to them are void.
    assert state["pass"]["score"] == earned
    assert any("was edited" in why for why in summary.flagged["pass"])
    # A cell that replaces kit.coursework.grade in the kernel passes every test cell in nbgrader;
    # the independent check fails the tests the workbook does not pass, and they get 0.
    redef = summary.flagged["redef"]
    failing = [grade_id_for(A, t) for t in ("targeted-context", "neighbour", "pattern")]
    assert [why for why in redef if TAMPERING in why] == [f"{g}: {TAMPERING}" for g in failing]
    assert state["redef"]["score"] == earned
    assert set(failing) <= state["redef"]["manual"]  # left for the instructor to review
    assert "honest" not in summary.flagged and state["honest"]["score"] == earned
    assert recheck(Course(course), A, "honest") == []


@pytest.mark.slow
def test_without_correction_nbgrader_score_stands_but_is_flagged(course):
    wb, earned = partial_workbook()
    submit(course, "redef", wb, edit=REDEFINE_GRADE)
    summary = grade(course, jobs=1, correct=False)
    assert summary.results[0].score == FULL > earned  # what nbgrader alone gives
    assert len(recheck(Course(course), A, "redef")) == 3  # 3 tests worth 4 points
    assert all(TAMPERING in why for why in summary.flagged["redef"])


@pytest.mark.slow
def test_an_executor_passed_in_is_used(course, finished_workbook):
    submit(course, "ada", finished_workbook)
    submit(course, "bo")
    with ProcessPoolExecutor(max_workers=2,
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        summary = grade(course, executor=pool, students=["ada", "bo", "ghost"])
        pids = {p.pid for p in pool._processes.values()}
        assert pool.submit(sum, [1, 2]).result() == 3  # still ours to use, not shut down
    graded = [r for r in summary.results if r.success]
    assert {int(str(r.worker).rsplit(":", 1)[1]) for r in graded} <= pids
    assert [r.score for r in graded] == [FULL, 0]
    assert summary.failed == {"ghost": "there is no collected submission"}


@pytest.mark.slow
def test_many_concurrent_writers_never_lock_the_gradebook(course):
    wb, earned = partial_workbook()
    students = [f"s{i:02d}" for i in range(10)]
    for i, student in enumerate(students):
        submit(course, student, wb if i % 2 else None)
    summary = grade(course, jobs=4)
    assert summary.graded == students and not summary.failed
    assert [r.score for r in summary.results] == [0, earned] * 5
    never_locked(summary)


@pytest.mark.slow
def test_a_time_limit_stops_the_grading_and_reports_who_is_left(course, finished_workbook):
    import time

    submit(course, "ada", finished_workbook)
    submit(course, "sleepy", edit=insert_cell("import time; time.sleep(300)"))
    started = time.monotonic()
    summary = grade(course, jobs=2, timeout=45)
    assert time.monotonic() - started < 90
    assert summary.graded == ["ada"] and summary.results[0].score == FULL
    assert summary.failed == {"sleepy": "it was not graded within the time limit"}


def test_a_summary_file_written_before_grade_results_still_loads(tmp_path):
    """The file's format is unchanged: an entry kept by an earlier version reads back typed."""
    import json

    from kit.course.grader import read_results, save_summary, summary_path

    path = summary_path(tmp_path, A)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "version": 1, "assignment": A, "updated": "2026-11-22T18:30:00Z", "seconds": 41.2,
        "jobs": 2, "graded": ["ada"], "failed": {"cy": "the notebook is not valid JSON"},
        "flagged": {}, "results": [
            {"student": "ada", "success": True, "error": None, "score": 7, "max_score": 10,
             "needs_manual_grade": True, "flagged": [], "corrected": [], "seconds": 3.1,
             "graded_at": "2026-11-22T18:29:40Z", "auto": {"test_01_segments_pattern": 1.0}},
            {"student": "cy", "success": False, "error": "the notebook is not valid JSON",
             "score": None, "max_score": None, "needs_manual_grade": None, "flagged": [],
             "corrected": [], "seconds": 0.4, "graded_at": "2026-11-22T18:29:41Z"},
            "not an entry"]}), "utf-8")
    ada, cy = read_results(tmp_path, A)
    assert ada == GradeResult("ada", A, success=True, score=7.0, max_score=10.0,
                              needs_manual_grade=True, seconds=3.1,
                              auto={"test_01_segments_pattern": 1.0},
                              graded_at="2026-11-22T18:29:40Z")
    assert not cy.success and cy.error == "the notebook is not valid JSON"
    save_summary(tmp_path, GradeSummary.of(A, [GradeResult("bo", A, success=True, score=2.0,
                                                           max_score=10.0)], 1.0, 1))
    kept = json.loads(path.read_text("utf-8"))
    assert kept["graded"] == ["ada", "bo"] and kept["failed"] == {"cy": cy.error}
    assert kept["results"][0]["graded_at"] == "2026-11-22T18:29:40Z"  # ada's entry kept


def test_a_grade_result_crosses_a_process_pool():
    import pickle

    result = GradeResult("ada", A, success=True, score=7.0, flagged=["a reason"])
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.slow
def test_one_student_is_regraded_alone_and_new_grades_only_what_changed(course, tmp_path,
                                                                        finished_workbook):
    """`cdkit grade A --student ID` and `--new`: the others' grades are left as they were."""
    import subprocess
    import sys

    from kit.course.api import CourseAPI
    from kit.course.grader import read_summary

    wb, earned = partial_workbook()
    submit(course, "ada", wb)
    submit(course, "pat", finished_workbook)
    first = CourseAPI(course).grade(A, jobs=2)
    assert first.graded == ["ada", "pat"]
    kept = {r["student"]: r for r in read_summary(course, A)["results"]}

    def graded_at(student: str) -> str:
        return {r["student"]: r for r in read_summary(course, A)["results"]}[student][
            "graded_at"]

    # nothing changed: nothing graded, and said so
    again = CourseAPI(course).grade(A, new=True)
    assert again.results == [] and again.unchanged == ["ada", "pat"]
    assert "nothing new to grade" in str(again) and "2 submission(s)" in str(again)
    # a copied course has the same submissions: nothing new either (dates do not count)
    copy = copy_course(course, tmp_path / "copy")
    assert CourseAPI(copy).grade(A, new=True).unchanged == ["ada", "pat"]

    # ada submits again, finished this time: --new grades her alone, with her new score
    shutil.rmtree(course / "submitted" / "ada")
    submit(course, "ada", finished_workbook)
    newer = CourseAPI(course).grade(A, new=True)
    assert [r.student for r in newer.results] == ["ada"] and newer.unchanged == ["pat"]
    state = gradebook_state(course, ["ada", "pat"])
    assert state["ada"]["score"] == FULL > earned and state["pat"]["score"] == FULL
    assert graded_at("pat") == kept["pat"]["graded_at"]

    # one student, by the command line: graded again, alone
    cdkit = Path(sys.executable).parent / "cdkit"
    out = subprocess.run([str(cdkit), "grade", A, "--student", "pat", "--course", str(course)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "1 graded, 0 failed" in out.stdout
    results = {r["student"]: r for r in read_summary(course, A)["results"]}
    assert set(results) == {"ada", "pat"} and results["pat"]["score"] == FULL
    out = subprocess.run([str(cdkit), "grade", A, "--new", "--course", str(course)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and "nothing new to grade" in out.stdout, out.stdout + out.stderr
    assert {r["student"]: r for r in read_summary(course, A)["results"]} == results


def test_new_means_not_graded_failed_or_changed(tmp_path):
    """What `cdkit grade --new` picks, from the kept summary alone (no grading)."""
    from kit.course.grader import save_summary
    from kit.course.grader.carry import not_graded
    from kit.course.grader.submission import digest

    course = Course(init_course(tmp_path / "course", exchange=str(tmp_path / "ex")).root)
    for student in ("ada", "cy", "eve", "old", "tom"):
        submit(course.root, student, partial_workbook()[0])
    folder = course.root / "submitted"
    kept = [GradeResult("ada", A, success=True, submission=digest(folder / "ada" / A)),
            GradeResult("cy", A, error="the gradebook database stayed locked",
                        submission=digest(folder / "cy" / A)),
            GradeResult("eve", A, success=True, submission=digest(folder / "eve" / A)),
            GradeResult("old", A, success=True)]  # kept before digests were
    save_summary(course.root, GradeSummary.of(A, kept, 1.0, 1))
    (folder / "eve" / A / "workbook.json").write_text("{}", "utf-8")  # submitted again
    assert not_graded(course, A, ["ada", "cy", "eve", "old", "tom"]) == ["cy", "eve", "old",
                                                                         "tom"]



def test_a_re_segmentation_on_evidence_is_awarded_and_the_instructors_score_is_kept(course):
    """Assignment 04: the decision's manual points the workbook itself shows (a split on the
    interviews' evidence, the parent kept, the next round planned: 3 of 3) are written into the
    gradebook at grading, with why; a split against the evidence gets 1, left for review; a
    score the instructor gave is never overwritten; a credit no longer earned is taken back."""
    import kit
    from kit.synthesis.resegment import default_placement, read_splits, resegment

    A4 = "04-interview-log"

    def scattered(inside):
        wb = kit.data.load_example("scattered")
        reading = read_splits(wb)
        split = reading.splits[0]  # "eats to a diet for health or sport": Hannah and Pieter
        keys = {p.name: p.key for p in reading.interviewees}
        resegment(wb, criterion=split.descriptor, family="psychographic",
                  names=["Home cooks on a diet", "Other home cooks"],
                  inside=[keys[n] for n in inside],
                  outside=[k for n, k in keys.items() if n not in inside],
                  placement=default_placement(reading, split))
        for alias in ("Farid", "Noor"):
            contact = wb.plan.add_contact(alias, why=f"{alias} weighs every meal for a race",
                                          reach="the running club on Thursday evenings")
            contact.add_descriptor("psychographic", split.descriptor)
        return wb

    submit(course, "rae", scattered(["Hannah", "Pieter"]), assignment=A4)
    submit(course, "sol", scattered(["Pieter"]), assignment=A4)  # Hannah on the wrong side
    submit(course, "tom", kit.data.load_example("scattered"), assignment=A4)  # kept it
    summary = grade_assignment(Course(course), A4, progress=False, jobs=2)
    assert sorted(r.student for r in summary.results if r.success) == ["rae", "sol", "tom"]

    def decision(student):
        with Course(course).gradebook() as gb:
            sub = gb.find_submission(A4, student)
            (nb,) = sub.notebooks
            grade = next(g for g in nb.grades if g.name == "reflection_next")
            comment = next(c for c in nb.comments if c.name == "reflection_next")
            return grade.manual_score, grade.needs_manual_grade, comment.manual_comment or ""

    score, review, why = decision("rae")
    assert (score, review) == (3.0, False) and "on evidence" in why
    score, review, why = decision("sol")
    assert (score, review) == (1.0, True) and "Hannah" in why
    assert decision("tom")[0] is None  # the written decision: the instructor's

    # the instructor grades sol's decision by hand; grading again keeps it
    with Course(course).gradebook() as gb:
        (nb,) = gb.find_submission(A4, "sol").notebooks
        grade = next(g for g in nb.grades if g.name == "reflection_next")
        grade.manual_score, grade.needs_manual_grade = 2.0, False
        next(c for c in nb.comments if c.name == "reflection_next").manual_comment = "Seen."
        gb.db.commit()
    # rae submits again without the split: the kit's credit is taken back
    shutil.rmtree(course / "submitted" / "rae")
    submit(course, "rae", kit.data.load_example("scattered"), assignment=A4)
    grade_assignment(Course(course), A4, progress=False, jobs=2)
    score, _, why = decision("sol")
    assert (score, why) == (2.0, "Seen.")
    assert decision("rae")[0] is None and "Awarded by the kit" not in decision("rae")[2]
