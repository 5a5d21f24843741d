"""Every lesson in real JupyterLab and Chromium: Run All Cells, the widgets render, and no
error reaches the learner (no "Error displaying widget", no traceback, no JavaScript error)."""

from __future__ import annotations

import pytest

from .support import LESSONS, Lab, copy_lessons, jupyter_env, shot, start_lab

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lab(browser_context, tmp_path_factory):
    """One JupyterLab (over a temporary copy of lessons/, a temporary workbook) and one page
    for the module; every lesson is opened in it as a learner would."""
    base = tmp_path_factory.mktemp("lab-lessons")
    lessons = copy_lessons(base / "lessons")
    server = start_lab(lessons, base, env=jupyter_env(base, workbook=base / "workbook.json"))
    for lesson in LESSONS:  # their kernels boot while the page loads and earlier lessons run
        server.start_session(f"{lesson}.ipynb")
    lab = Lab(browser_context, server)
    yield lab
    lab.close()
    server.stop()


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_runs_and_renders_its_widgets(lab: Lab, lesson: str):
    lab.open(f"{lesson}.ipynb")
    try:
        lab.run_all()
        widgets = lab.wait_widgets()
        first = lab.widgets().first
        if widgets:
            first.scroll_into_view_if_needed()
        shot(lab.page, f"lab-{lesson}")
        assert widgets > 0, f"{lesson}: no widget rendered after Run All Cells"
        problems = lab.problems()
        assert not problems, f"{lesson}: " + "\n".join(problems)
        errors = lab.console.errors()
        assert not errors, f"{lesson}: JavaScript console errors:\n" + "\n".join(errors)
    finally:
        lab.close_all(kernel_of=f"{lesson}.ipynb")
