"""The instructor's class report (``kit.course.report.write_report``), opened in Chromium.

A course from the kit's assignments/, a class of ten whose gradebook is filled through
nbgrader's own Gradebook API (scores worked out by the rubric from each student's workbook,
some reflections graded by hand, some waiting, some late), the submitted workbooks on disk.
The report renders with its charts and no JavaScript error; its picture is the README's.
And learner text (names, pains and gains, a damaged workbook) is shown as text, never run.
"""

from __future__ import annotations

import datetime as dt
import random
import warnings

import pytest
from sqlalchemy.exc import SAWarning

from .payloads import Watch, assert_nothing_ran, assert_shown_as_text, hostile_workbook, payload
from .support import Console, shot

pytestmark = pytest.mark.browser

STUDENTS = 10


def fill_class(course) -> dict[str, str]:
    from kit.checks.rubric import assignment, run_test
    from kit.course.demo import FIRST, KINDS, LAST, synthetic_workbook
    from kit.course.grader import grade_id_for
    from kit.workbook import WorkbookStore

    rng = random.Random(7)
    kinds = {FIRST[i].lower(): KINDS[i % len(KINDS)] for i in range(STUDENTS)}
    release = dt.datetime(2026, 10, 1, 9, 0)
    with course.gradebook() as gb:
        names = course.assignments()
        due = {a: release + dt.timedelta(days=7 * (k + 1)) for k, a in enumerate(names)}
        for a in names:
            gb.update_or_create_assignment(a, duedate=due[a])
        for n, (sid, kind) in enumerate(kinds.items()):
            gb.update_or_create_student(sid, first_name=FIRST[n], last_name=LAST[n])
            wb = synthetic_workbook(kind, rng, FIRST[n])
            for k, a in enumerate(names):
                if kind == "weak" and k == len(names) - 1:
                    continue  # one student has not handed in the last assignment
                folder = course.root / "submitted" / sid / a
                folder.mkdir(parents=True)
                if wb is not None:
                    WorkbookStore(folder / "workbook.json").save(wb, keep_backup=False)
                days = rng.uniform(7.2, 9) if kind == "late" else rng.uniform(1, 6.5)
                when = due[a] - dt.timedelta(days=7) + dt.timedelta(days=days)
                gb.add_submission(a, sid, timestamp=when.strftime("%Y-%m-%d %H:%M:%S.%f"))
                spec = assignment(a)
                for test in spec.tests:
                    grade = gb.find_grade(grade_id_for(a, test.id), a, a, sid)
                    passed = wb is not None and run_test(a, test.id, wb).passed
                    grade.auto_score = float(test.points if passed else 0)
                    grade.needs_manual_grade = False
                for cell in gb.find_notebook(a, a).grade_cells:
                    if cell.name.startswith("reflection_"):
                        grade = gb.find_grade(cell.name, a, a, sid)
                        grade.auto_score = None
                        if wb is None:
                            grade.manual_score, grade.needs_manual_grade = 0.0, False
                        elif kind in ("excellent", "average") and rng.random() < 0.7:
                            grade.manual_score = float(rng.choice([2, 3, 3]))
                            grade.needs_manual_grade = False
                        else:
                            grade.needs_manual_grade = True
                gb.db.commit()
    return kinds


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """The class's course, and the report made from it before any test adds to it."""
    from kit.course.create import init_course
    from kit.course.report import write_report

    base = tmp_path_factory.mktemp("class-report")
    course = init_course(base / "course", exchange=str(base / "exchange"))
    with warnings.catch_warnings():  # nbgrader's add_submission trips SQLAlchemy's autoflush
        warnings.simplefilter("ignore", category=SAWarning)
        course.kinds = fill_class(course)
    course.report = write_report(course, base / "report.html")
    return course


def test_class_report_in_the_browser(browser_context, course):
    page = browser_context.new_page()
    console = Console(page, course.report.as_uri())
    try:
        page.goto(course.report.as_uri(), wait_until="load")
        text = page.locator("body").inner_text()
        for sid in course.kinds:
            assert sid.capitalize() in text or sid in text, f"{sid} is not in the report"
        assert page.locator("svg").count() >= 3, "the report's charts are missing"
        shot(page, "readme-class-report")
        shot(page, "report-full-page", full_page=True)
        errors = console.errors()
        assert not errors, "JavaScript console errors:\n" + "\n".join(errors)
    finally:
        page.close()


def test_learner_text_is_shown_as_text_in_the_class_report(browser_context, course, tmp_path):
    """Issue 8: a pain and a gain the whole class wrote in HTML and script, a student whose
    every text and name is a payload, a damaged workbook made of one: the report shows them
    as text, and none of them runs."""
    from kit.course.report import write_report
    from kit.workbook import WorkbookStore

    first = course.assignments()[0]
    # The whole class names the same hostile pain and gain: the report's top items show them.
    for path in course.root.glob("submitted/*/*/workbook.json"):
        store = WorkbookStore(path)
        work = store.read(path)
        for seg in work.targeted_segments or work.segments:
            seg.profile.add_pain(payload("class-pain"))
            seg.profile.add_gain(payload("class-gain"))
        store.save(work, keep_backup=False)
    with course.gradebook() as gb:
        gb.update_or_create_student("mallory", first_name=payload("student-first"),
                                    last_name=payload("student-last"))
    wb = hostile_workbook()
    for n, seg in enumerate(wb.segments):
        seg.targeted = n == 0  # the report counts the pains and gains of targeted segments
    submitted = course.root / "submitted" / "mallory" / first / "workbook.json"
    submitted.parent.mkdir(parents=True)
    WorkbookStore(submitted).save(wb, keep_backup=False)
    damaged = course.root / "submitted" / "trudy" / first / "workbook.json"
    damaged.parent.mkdir(parents=True)
    damaged.write_text(payload("damaged-file"), "utf-8")
    report = write_report(course, tmp_path / "report.html")

    page = browser_context.new_page()
    console, watch = Console(page, report.as_uri()), Watch(page)
    try:
        page.goto(report.as_uri(), wait_until="load")
        assert_nothing_ran(page, watch, "the class report")
        assert_shown_as_text(page.locator("body").element_handle(), [
            "student-first", "student-last", "class-pain", "class-gain"], "the class report")
        assert "<script>window.__pwned=" in page.locator("body").inner_text()
        shot(page, "no-script-class-report", full_page=True)
        errors = console.errors()
        assert not errors, "JavaScript console errors:\n" + "\n".join(errors)
    finally:
        page.close()
