"""HTML or script in a learner's text is shown as text, never run (issue 8), in real Chromium.

A workbook whose every learner text carries a payload (``<script>``, ``<img onerror>``,
``<svg onload>``, an ``alert``) is opened in JupyterLab by a notebook made of every "Just run
this cell" cell of every lesson (all the kit's widgets: segment builder, explorer, profile
board, canvas, contact planner, question editor, interview log, synthesis, persona card,
answer boxes, progress bars), and "Check my work" is pressed in each lesson's panel. (The
instructor's class report gets the same test in test_class_report.py.)

No payload ran (``window.__pwned`` is unset, no dialog opened), no element of a
payload reached the page (no ``<img src=x>``, no ``<svg onload>``, no script of ours), and the
payloads are on the page as literal text. The test fails if any escaping is removed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .payloads import Watch, assert_nothing_ran, assert_shown_as_text, hostile_workbook, payload
from .support import LESSONS, ROOT, Lab, copy_lessons, jupyter_env, shot, start_lab

pytestmark = pytest.mark.browser

NOTEBOOK = "every-widget.ipynb"


def every_widget_notebook(path: Path) -> None:
    """One notebook with every "Just run this cell" cell of every lesson, in order."""
    import nbformat

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})
    seen: set[str] = set()
    for lesson in LESSONS:
        nb.cells.append(nbformat.v4.new_markdown_cell(f"## {lesson}"))
        for cell in nbformat.read(ROOT / "lessons" / f"{lesson}.ipynb", as_version=4).cells:
            if cell.cell_type == "code" and cell.source.startswith("# Just run this cell") \
                    and cell.source not in seen:
                seen.add(cell.source)
                nb.cells.append(nbformat.v4.new_code_cell(cell.source))
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def lab(browser_context, tmp_path_factory):
    from kit.workbook import WorkbookStore

    base = tmp_path_factory.mktemp("lab-no-script")
    lessons = copy_lessons(base / "lessons")
    every_widget_notebook(lessons / NOTEBOOK)
    workbook = base / "workbook.json"
    WorkbookStore(workbook).save(hostile_workbook(), keep_backup=False)
    server = start_lab(lessons, base, env=jupyter_env(base, workbook=workbook))
    server.start_session(NOTEBOOK)  # the kernel boots while the page loads
    lab = Lab(browser_context, server)
    lab.watch = Watch(lab.page)
    yield lab
    lab.close()
    server.stop()


def test_learner_text_is_shown_as_text_in_every_widget(lab: Lab):
    page = lab.page
    try:
        lab.open(NOTEBOOK)
        lab.run_all()
        panels = lab.notebook.locator(".jp-OutputArea").filter(
            has=page.get_by_role("button", name="Check my work"))
        assert panels.count() >= 5, "a lesson's Check my work panel is missing"
        for panel in panels.all():
            panel.get_by_role("button", name="Check my work").click()
            panel.locator("ul").wait_for()
        board = lab.output("board = widgets.ProfileBoard(wb)")
        for tab in ("Pains", "Gains", "Jobs"):  # draw every tab of the profile board
            board.locator(".lm-TabBar-tab", has_text=tab).click()
        lab.output("widgets.CanvasView(wb)").locator("img").first.wait_for()
        lab.output("widgets.PersonaCard(wb)").locator("img").first.wait_for()
        lab.settle()
        lab.wait_widgets()
        notebook = lab.notebook.element_handle()
        assert_nothing_ran(page, lab.watch, "JupyterLab")
        # Shown as text where the kit writes learner text into HTML: the feedback (segment
        # names), the planner (descriptors), the interview log (profile items), the synthesis
        # (new items), the checkboxes of items heard again; and the boxes hold them as typed.
        assert_shown_as_text(notebook, [
            "segment1-name", "segment1-demographic1", "segment1-pain1", "interview1-new1"],
            "JupyterLab")
        values = page.evaluate("""() => [...document.querySelectorAll(
            '.jp-OutputArea input[type=text], .jp-OutputArea textarea')].map(e => e.value)""")
        for where in ("segment1-name", "persona-name", "persona-story", "contact1-alias",
                      "question1", "interview8-notes", "answer-02-why-this-segment",
                      "learner", "offering"):
            assert payload(where) in values, f"{where}: not in its box as typed"
        quotes = [v for v in values if re.fullmatch(r"interview8-quote\d", v.split(" ")[0])]
        assert quotes and all(q == payload(q.split(" ")[0]) for q in quotes), quotes
        assert not lab.problems(), "\n".join(lab.problems())
        errors = lab.console.errors()
        assert not errors, "JavaScript console errors:\n" + "\n".join(errors)
        # What the learner sees: the feedback names the segment, tags and all, as text.
        source = 'widgets.FeedbackPanel(wb, lesson="01-customer-segments")'
        lab.cell(source).evaluate("el => el.scrollIntoView({block: 'start'})")
        feedback = lab.output(source).locator("ul")
        feedback.get_by_text("<script>window.__pwned='segment1-name'</script>").first.wait_for()
        shot(page, "no-script-lab-feedback")
        assert_nothing_ran(page, lab.watch, "JupyterLab, at the end")
    except Exception:
        shot(page, "FAILED-no-script-lab")
        raise


