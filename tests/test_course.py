"""The graded course's building blocks: rubric, tamper-resistant grading, the student's side."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import kit
from kit import coursework, widgets
from kit.checks.rubric import ASSIGNMENTS, run_test
from kit.errors import KitError
from kit.model import Workbook
from kit.workbook import WorkbookStore

ROOT = Path(__file__).resolve().parent.parent


def test_every_assignment_is_worth_ten_points_with_one_hidden_test():
    for a in ASSIGNMENTS.values():
        assert a.auto_points + a.manual_points == 10
        assert sum(t.hidden for t in a.tests) == 1
        assert all(t.title.startswith("Check that") for t in a.tests)


def test_finished_work_passes_every_test_and_blank_work_none(finished_workbook):
    for a in ASSIGNMENTS.values():
        for t in a.tests:
            assert run_test(a.id, t.id, finished_workbook).passed, (a.id, t.id)
            outcome = run_test(a.id, t.id, Workbook())
            assert not outcome.passed and outcome.message


def test_a_rule_that_crashes_fails_instead_of_raising(finished_workbook, monkeypatch):
    monkeypatch.setattr("kit.checks.segments.check_segment", lambda segment: 1 / 0)
    outcome = run_test("01-segments", "neighbour", finished_workbook)
    assert not outcome.passed and "could not be checked" in outcome.message


def test_grade_reads_the_file_in_a_fresh_process(tmp_path, monkeypatch, finished_workbook):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDKIT_WORKBOOK", raising=False)
    with pytest.raises(AssertionError, match="no workbook file"):
        coursework.grade("01-segments", "pattern")
    WorkbookStore(tmp_path / "workbook.json").save(finished_workbook)
    assert coursework.grade("01-segments", "pattern") is None  # silent: nbgrader reads output
    finished_workbook.segment_pattern = None
    WorkbookStore(tmp_path / "workbook.json").save(finished_workbook)
    # What a student's cell could do in the shared kernel: make every rule pass.
    monkeypatch.setattr("kit.checks.rubric.run_test",
                        lambda *a: kit.checks.rubric.Outcome(True, "forged"))
    monkeypatch.setattr("kit.checks.check_segment_pattern", lambda wb: [])
    with pytest.raises(AssertionError, match="Which pattern fits"):
        coursework.grade("01-segments", "pattern")


def test_grade_explains_a_damaged_workbook(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDKIT_WORKBOOK", raising=False)
    (tmp_path / "workbook.json").write_text("{not json", "utf-8")
    with pytest.raises(AssertionError, match="could not be read"):
        coursework.grade("01-segments", "pattern")
    assert (tmp_path / "workbook.json").read_text("utf-8") == "{not json"


def test_grade_reads_the_graders_verdicts_for_this_very_workbook(tmp_path, monkeypatch,
                                                                  finished_workbook):
    """At autograde the grader has judged the workbook already: the test cell reads that
    verdict, starting no process; verdicts for other bytes or another assignment are not used."""
    import subprocess

    from kit.coursework.autograde import VERDICTS_VAR, verdicts_payload

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDKIT_WORKBOOK", raising=False)
    WorkbookStore(tmp_path / "workbook.json").save(finished_workbook)
    raw = (tmp_path / "workbook.json").read_bytes()
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(json.dumps(verdicts_payload(
        "01-segments", raw, {"pattern": (False, "Said by the grader.")})), "utf-8")
    monkeypatch.setenv(VERDICTS_VAR, str(verdicts))
    started = []
    real_run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: started.append(a) or real_run(*a, **k))
    with pytest.raises(AssertionError, match=r"^Said by the grader\.$"):
        coursework.grade("01-segments", "pattern")
    assert started == []
    # another assignment's verdicts, or the workbook changed since: judged afresh (it passes)
    for assignment, workbook in (("02-profile", raw), ("01-segments", raw + b" ")):
        verdicts.write_text(json.dumps(verdicts_payload(
            assignment, workbook, {"pattern": (False, "Said by the grader.")})), "utf-8")
        assert coursework.grade("01-segments", "pattern") is None
    assert len(started) == 2
    verdicts.write_text("{damaged", "utf-8")  # a damaged file: judged afresh too
    assert coursework.grade("01-segments", "pattern") is None and len(started) == 3


def test_instructor_source_uses_the_example_and_writes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "course" / "source" / "01-segments"
    folder.mkdir(parents=True)
    (tmp_path / "course" / "nbgrader_config.py").write_text("c = get_config()\n")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("CDKIT_WORKBOOK", raising=False)
    wb = coursework.open_assignment_workbook("01-segments")
    assert wb.targeted_segments and wb.path.parent != folder
    assert list(folder.iterdir()) == []
    # the kernel's own test cells grade that copy; nothing is put in the environment
    from kit.coursework.work import workbook_path

    assert workbook_path() == wb.path
    assert "CDKIT_WORKBOOK" not in os.environ


def test_a_student_folder_uses_its_own_workbook(tmp_path, monkeypatch):
    folder = tmp_path / "01-segments"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("CDKIT_WORKBOOK", raising=False)
    wb = coursework.open_assignment_workbook("01-segments")
    assert wb.path == folder / "workbook.json" and wb.segments == []
    with pytest.raises(KitError, match="no assignment called"):
        coursework.open_assignment_workbook("01-segmnts")


def _folders(tmp_path, earlier_wb):
    earlier, current = tmp_path / "01-segments", tmp_path / "02-profile"
    earlier.mkdir()
    current.mkdir()
    WorkbookStore(earlier / "workbook.json").save(earlier_wb)
    return kit.open_workbook(current / "workbook.json")


def test_continue_from_copies_earlier_work_once(tmp_path, good_workbook):
    wb = _folders(tmp_path, good_workbook)
    message = coursework.continue_from(wb, "01-segments")
    assert message.startswith("Started from your work in 01-segments")
    again = kit.open_workbook(wb.path)
    assert [s.name for s in again.segments] == [s.name for s in good_workbook.segments]
    # The line a student might leave in a cell re-runs at autograde: it must not overwrite.
    again.segments[0].notes = "work done in 02"
    again.save()
    message = coursework.continue_from(again, "01-segments")
    assert "nothing was copied" in message
    assert kit.open_workbook(wb.path).segments[0].notes == "work done in 02"


def test_continue_with_replace_keeps_current_work_aside(tmp_path, good_workbook):
    wb = _folders(tmp_path, good_workbook)
    wb.add_segment("Started here first")
    wb.save()
    coursework.continue_from(wb, "01-segments", replace=True)
    (kept,) = (tmp_path / "02-profile").glob("workbook.before-continue-*.json")
    assert "Started here first" in kept.read_text("utf-8")
    assert "Started here first" not in [s.name for s in kit.open_workbook(wb.path).segments]


def test_continue_without_earlier_work_says_where_it_looked(tmp_path):
    (tmp_path / "02-profile").mkdir()
    wb = kit.open_workbook(tmp_path / "02-profile" / "workbook.json")
    with pytest.raises(KitError, match=r"01-segments was not found at .*01-segments"):
        coursework.continue_from(wb, "01-segments")


def test_continue_button_asks_before_replacing(tmp_path, good_workbook):
    wb = _folders(tmp_path, good_workbook)
    wb.offering = "Something else"
    wb.save()
    button = widgets.ContinueButton(wb, "01-segments")
    button.button.click()
    assert kit.open_workbook(wb.path).offering == "Something else"
    assert "click again" in button.status.value
    button.button.click()
    assert kit.open_workbook(wb.path).offering == good_workbook.offering


def test_check_my_work_shows_points_and_hides_hidden_tests(tmp_path, good_workbook):
    wb = kit.open_workbook(tmp_path / "workbook.json")
    wb.segments = good_workbook.segments
    wb.save()
    check = widgets.AssignmentCheck(wb, "01-segments")
    earned, possible = check.check()
    assert (earned, possible) == (5, 6)  # everything but the segment pattern
    html = check.output.value
    assert "5 of 6 points" in html and "1 more point(s)" in html and "(3 points)" in html
    hidden = next(t for t in ASSIGNMENTS["01-segments"].tests if t.hidden)
    assert hidden.title not in html and hidden.id not in html


def test_work_summary_escapes_learner_text(finished_workbook):
    finished_workbook.segments[0].name = "<script>alert(1)</script>"
    html = coursework.work_html(finished_workbook)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Tell me about the last time you cooked dinner on a weekday." in html


def test_source_notebooks_hold_no_workbook_and_lock_graded_cells():
    for a in ASSIGNMENTS:
        folder = ROOT / "assignments" / "source" / a
        assert sorted(p.name for p in folder.iterdir()) == [f"{a}.ipynb"]
        nb = json.loads((folder / f"{a}.ipynb").read_text("utf-8"))
        graded = [c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")]
        tests = [c for c in graded if c["cell_type"] == "code"]
        assert len(tests) == len(ASSIGNMENTS[a].tests)
        assert all(c["metadata"]["nbgrader"]["locked"] for c in tests)
        assert sum(c["metadata"]["nbgrader"]["points"] for c in graded) == 10
        assert all("".join(c["source"]).startswith('"""Check that') for c in tests)
        assert not any(c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code")


def test_released_copy_of_kit_examples_is_untouched(tmp_path):
    before = (ROOT / "datasets" / "examples" / "freshbox.json").read_bytes()
    shutil.copy(ROOT / "datasets" / "examples" / "freshbox.json", tmp_path / "x.json")
    kit.data.load_example("freshbox")
    assert (ROOT / "datasets" / "examples" / "freshbox.json").read_bytes() == before


def test_the_course_api_says_what_to_do_before_a_step_can_run(tmp_path):
    from kit.course.api import CourseAPI, NotReady
    from kit.course.create import init_course

    api = CourseAPI(init_course(tmp_path / "course", exchange=str(tmp_path / "exchange")))
    with pytest.raises(NotReady, match="run 'cdkit collect 01-segments' first"):
        api.grade("01-segments")
    with pytest.raises(NotReady, match="run 'cdkit grade 01-segments' first"):
        api.feedback("01-segments", release=False)
    released = api.release("01-segments")
    assert released.exchange == tmp_path / "exchange"
    assert any((tmp_path / "exchange").rglob("01-segments.ipynb")), "students can fetch it"
    assert api.collect("01-segments").students == []


def test_the_course_api_needs_no_tools_on_path_and_leaves_path_as_it_was(tmp_path, monkeypatch):
    """``.venv/bin/cdkit`` run without the venv on PATH: nbgrader's gradebook, made anew by the
    release, runs ``alembic`` by name, which the kit finds in its own bin folder; PATH is the
    user's again afterwards."""
    from kit.course.api import CourseAPI
    from kit.course.create import init_course

    course = init_course(tmp_path / "course", exchange=str(tmp_path / "exchange"))
    (course.root / "gradebook.db").unlink()  # the release makes a new one
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    CourseAPI(course).release("01-segments")
    assert os.environ["PATH"] == "/usr/bin:/bin"
    with course.gradebook() as gb:
        assert [a.name for a in gb.assignments] == ["01-segments"]
    assert os.environ["PATH"] == "/usr/bin:/bin"
