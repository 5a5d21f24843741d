"""Lesson 05's "Re-segment from your interviews" in real JupyterLab: a learner whose workbook
holds the scattered example's round (8 interviews, no pattern, the interviewees described)
runs the lesson, reads the proposal, names the two sub-segments and clicks "Create the
sub-segments"; the workbook file then holds the parent kept as not targeted and the two
sub-segments. The ``readme-lesson-05-resegment`` screenshot is copied to docs/screenshots/ by
``make screenshots``.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .support import SLOW, VIEWPORT, Lab, commit, lessons_lab, shot, wait_for_file

pytestmark = pytest.mark.browser

PARENT = "People who eat dinner at home"
DIET = "eats to a diet for health or sport"
NAMES = ("People who eat to a diet", "Other home cooks")
VIEW = "widgets.ResegmentView(wb)"


@pytest.fixture(scope="module")
def lab(browser_context, tmp_path_factory):
    """JupyterLab over a copy of lessons/, with a workbook copied from the scattered example."""
    from kit.data import load_example

    with lessons_lab(browser_context, tmp_path_factory.mktemp("lab-resegment"),
                     load_example("scattered")) as lab:
        yield lab


def test_learner_re_segments_from_their_interviews(lab: Lab):
    lab.open("05-log-and-learn.ipynb")
    lab.run_all()
    view = lab.output(VIEW)
    expect(view.get_by_text("Step 2 · Where the answers split")).to_be_visible()
    # the proposal names the descriptor, the people, and how weak it still is
    message = view.locator(".widget-html", has_text="The interviewees who confirmed").first
    expect(message).to_contain_text(DIET)
    expect(message).to_contain_text("Inside: Hannah, Pieter.")
    expect(view.get_by_text("How sure: a lead only.")).to_be_visible()
    expect(view.locator("img").first).to_be_visible()  # the split matrix
    first = view.get_by_label("First sub-segment", exact=True)
    expect(first).to_have_value(f"{PARENT}: {DIET}")  # prefilled from the proposal

    page = lab.page
    page.set_viewport_size({"width": VIEWPORT["width"], "height": 1100})
    try:
        view.get_by_text("Step 2 · Where the answers split").evaluate(
            "el => el.scrollIntoView({block: 'start'})")
        page.mouse.move(5, 5)
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => "
                      "requestAnimationFrame(() => done())))")
        shot(page, "readme-lesson-05-resegment")
    finally:
        page.set_viewport_size(VIEWPORT)

    commit(first, NAMES[0], "Tab")
    commit(view.get_by_label("Second sub-segment", exact=True), NAMES[1], "Tab")
    lab.settle()  # the names have reached the kernel before the click
    view.get_by_role("button", name="Create the sub-segments").click()

    def split(wb) -> bool:
        kids = [s for s in wb.segments if s.parent]
        return len(kids) == 2 and not wb.segment(PARENT).targeted

    wb = wait_for_file(lab.workbook, split)
    parent = wb.segment(PARENT)
    assert parent.targeted is False and parent.reason.strip()
    kids = {s.name: s for s in wb.segments if s.parent == parent.id}
    assert set(kids) == set(NAMES)
    assert kids[NAMES[0]].criterion == DIET and kids[NAMES[0]].targeted is True
    assert wb.plan.segment == kids[NAMES[0]].id
    # the view is drawn again for the chosen sub-segment after the save: on a busy machine
    # that takes longer than the default wait
    expect(view.get_by_text(f"Made from \u201c{PARENT}\u201d")).to_be_visible(timeout=SLOW)
    shot(page, "resegment-made", locator=view)
    assert not lab.problems(), lab.problems()
    assert not lab.console.errors(), lab.console.errors()
