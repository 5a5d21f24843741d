"""The student's path in a real browser, with nbgrader's real exchange.

Instructor: a course from the kit's assignments/, 01-segments released. Student (own HOME with
an nbgrader_config.py, own JupyterLab): the Assignments tab lists it, Fetch, open the
notebook, Run All, fill the segment builder, "Check my work", save, Submit. Instructor:
collect and grade; the student's score in the gradebook is above zero.
"""

from __future__ import annotations

import getpass
import re

import pytest
from playwright.sync_api import expect

from .support import Lab, jupyter_env, shot, start_lab, wait_for_file

pytestmark = pytest.mark.browser

ASSIGNMENT = "01-segments"
SEGMENT = "Independent bakeries with one shop"
NEIGHBOUR = "Supermarket bakery counters"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    from kit.course.create import init_course

    base = tmp_path_factory.mktemp("student-path")
    course = init_course(base / "course", exchange=str(base / "exchange"))
    course.nbgrader("release_assignment", ASSIGNMENT, "--force")
    return course


@pytest.fixture(scope="module")
def student_lab(browser_context, course, tmp_path_factory):
    base = tmp_path_factory.mktemp("student-lab")
    home = base / "home"
    home.mkdir()
    (home / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {str(course.exchange)!r}\n"
        f"c.CourseDirectory.course_id = {course.course_id!r}\n", "utf-8")
    server = start_lab(home, base, env=jupyter_env(base, home=home), name="student-lab",
                       cwd=home)
    lab = Lab(browser_context, server)
    lab.home = home
    yield lab
    lab.close()
    server.stop()


def assignments_tab(lab: Lab) -> None:
    """Nbgrader → Assignment List: the student's Assignments panel."""
    lab.menu("Nbgrader", "Assignment List")
    lab.page.locator("#released_assignments_list").wait_for()


def test_student_fetches_fills_and_submits_and_is_graded(student_lab: Lab, course):
    lab = student_lab
    page = lab.page
    try:
        page.goto(lab.server.url("/lab"), wait_until="domcontentloaded")
        page.get_by_role("menuitem", name="Nbgrader", exact=True).wait_for(timeout=120_000)
        assignments_tab(lab)
        released = page.locator("#released_assignments_list .list_item", has_text=ASSIGNMENT)
        released.wait_for(timeout=60_000)
        shot(page, "student-1-assignments-released")
        released.get_by_role("button", name="Fetch").click()
        fetched = page.locator("#fetched_assignments_list .list_item", has_text=ASSIGNMENT)
        fetched.first.wait_for(timeout=60_000)
        assert (lab.home / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()
        shot(page, "student-2-fetched")

        # Open the notebook from the Assignments tab: expand the assignment, click its notebook.
        fetched.first.locator(".assignment-notebooks-link").click()
        notebook = fetched.first.locator(".nested_list_item a", has_text=ASSIGNMENT)
        notebook.first.click()
        page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").filter(
            has_text=f"{ASSIGNMENT}.ipynb").wait_for(timeout=60_000)
        lab.notebook.locator(".jp-Cell").first.wait_for()
        lab.wait_kernel_idle()
        # The automatic checks at the end fail (and stop Run All) until the work is done.
        lab.run_all(stops_at_error=True)
        workbook = lab.home / ASSIGNMENT / "workbook.json"
        builder = lab.output("widgets.SegmentBuilder(wb)")

        def segment(name: str, target: str, reason: str, phrases: dict[str, str]) -> None:
            builder.get_by_role("button", name="New segment").click()
            box = builder.get_by_label("Name", exact=True)
            wait_for_file(workbook, lambda wb: any(s.name.startswith("Segment ")
                                                   for s in wb.segments))
            # The file is saved before the form shows the new segment: wait for the form, or
            # its "Segment N" lands on top of the name typed here.
            expect(box).to_have_value(re.compile(r"^Segment \d+$"))
            box.fill(name)
            box.press("Enter")
            wait_for_file(workbook, lambda wb: name in [s.name for s in wb.segments])
            families = ["demographic", "geographic", "behavioural", "psychographic",
                        "firmographic"]
            for family, phrase in phrases.items():
                tags = builder.locator(".jupyter-widget-tagsinput").nth(families.index(family))
                tags.click()
                entry = tags.locator("input.jupyter-widget-taginput")
                entry.fill(phrase)
                entry.press("Enter")
                entry.press("Tab")  # leaving the box adds the tag too (see test_learner_work)
                tags.locator(".jupyter-widget-tag:not(input)").first.wait_for()
            builder.get_by_role("button", name=target).click()
            why = builder.get_by_label("Why?", exact=True)
            why.fill(reason)
            why.press("Tab")

        segment(SEGMENT, "Targeted: we serve it",
                "The owner bakes at 4am and has no time to chase suppliers or plan orders.",
                {"firmographic": "bakery with one shop, 2-8 staff",
                 "geographic": "town centre high street",
                 "behavioural": "orders flour by phone every week"})
        builder.get_by_role("button", name="Businesses (B2B)").click()
        for label, text in [("Estimated size", "3400"), ("Context", "early mornings, before "
                            "the shop opens"), ("Who pays", "the owner"),
                            ("Who uses", "the owner and the head baker")]:
            box = builder.get_by_label(label, exact=True)
            box.fill(text)
            box.press("Enter")
        wait_for_file(workbook, lambda wb: any(s.targeted and s.size == 3400
                                               and s.user for s in wb.segments))
        shot(page, "student-3-segment", locator=builder)
        lab.output("widgets.SegmentPatternPicker(wb)").get_by_label(
            re.compile("^niche")).check()
        wait_for_file(workbook, lambda wb: wb.segment_pattern == "niche")

        check = lab.output('widgets.AssignmentCheck(wb, "01-segments")')
        check.get_by_role("button", name="Check my work").click()
        points = check.get_by_text(re.compile(r"\d+ of \d+ points"))
        points.wait_for()
        earned = int(re.search(r"(\d+) of", points.text_content()).group(1))
        assert earned > 0, check.text_content()
        shot(page, "student-4-check-my-work", locator=check)
        problems = [p for p in lab.problems() if "Not done yet" not in p]
        assert not problems, "\n".join(problems)
        errors = lab.console.errors()
        assert not errors, "JavaScript console errors:\n" + "\n".join(errors)
        lab.save()

        # Submit from the Assignments tab.
        lab.page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text="Assignments").click()
        page.locator("#fetched_assignments_list").get_by_role(
            "button", name="Submit").first.click()
        submitted = page.locator("#submitted_assignments_list .list_item", has_text=ASSIGNMENT)
        submitted.first.wait_for(timeout=60_000)
        shot(page, "student-5-submitted")
    except Exception:
        shot(page, "FAILED-student-path")
        raise
    finally:
        lab.close_all()

    # The instructor collects and grades.
    course.nbgrader("collect", ASSIGNMENT)
    student = getpass.getuser()  # nbgrader's student id: the OS user who submitted
    assert course.submitted(ASSIGNMENT) == [student]
    collected = course.root / "submitted" / student / ASSIGNMENT / "workbook.json"
    assert collected.is_file(), "the student's workbook was not submitted"
    try:
        from kit.course.grader import grade_assignment
    except ImportError:
        course.nbgrader("autograde", ASSIGNMENT)
    else:
        summary = grade_assignment(course, ASSIGNMENT, jobs=1, progress=False)
        assert student in summary.graded, summary
    with course.gradebook() as gb:
        score = gb.find_submission(ASSIGNMENT, student).score
    assert score > 0, f"{student} scored {score}"
