"""Workshop mode (Voilà) in a real browser: every lesson is an app with no code on the page,
its widgets work (a name typed in lesson 00, the explorer in 02, "Check my work" in the
others), and what a participant types is saved to the workbook as in JupyterLab."""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import expect

from kit.workshop import voila_command

from .support import (
    BIN,
    LESSONS,
    ROOT,
    SLOW,
    VIEWPORT,
    WIDGETS_DRAWN,
    Console,
    Server,
    copy_lessons,
    free_port,
    jupyter_env,
    shot,
    wait_for_file,
)

pytestmark = pytest.mark.browser

#: Text of the lessons' code cells that must never reach a workshop page.
CODE = [r"from kit import", r"\bimport kit\b", r"open_workbook\(", r"widgets\.[A-Z]\w+\(",
        r"# Just run this cell", r"# Optional — for those who code"]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    """Voilà over a temporary copy of the lessons, exactly as ``cdkit workshop`` starts it.
    No $CDKIT_WORKBOOK here: the lessons save where they do by default, lessons/workbook.json
    (the command's own test below sets it)."""
    base = tmp_path_factory.mktemp("workshop")
    lessons = copy_lessons(base / "lessons")
    workbook = lessons / "workbook.json"
    port = free_port()
    server = Server("voila", voila_command(lessons, port=port, open_browser=False), cwd=lessons,
                    env=jupyter_env(base), port=port, token="",
                    log=base / "voila.log")
    server.start("/")
    server.workbook = workbook
    yield server
    server.stop()


@pytest.fixture(scope="module")
def apps(browser_context, workshop):
    """Every lesson opened at once, each in its own page, as a room of participants would:
    Voilà runs them side by side (and the module takes half the time)."""
    opened = {}
    for lesson in LESSONS:
        page = browser_context.new_page()
        console = Console(page, workshop.base)
        page.goto(f"{workshop.base}/voila/render/{lesson}.ipynb", wait_until="commit")
        opened[lesson] = (page, console)
    yield opened
    for page, _ in opened.values():
        page.close()


#: Voilà has run the whole notebook (its "Executing 3 of 5" spinner is gone and the cells
#: are shown) and every widget on the page is drawn.
_APP_READY = """() => !document.getElementById('loading')
  && document.getElementById('rendered_cells')?.style.display !== 'none'
  && (""" + WIDGETS_DRAWN + """)('body')"""


def wait_app(page) -> int:
    """Wait until Voilà has run the notebook and drawn its widgets; return how many."""
    page.wait_for_load_state("domcontentloaded", timeout=SLOW)
    page.wait_for_function(_APP_READY, timeout=SLOW)
    return page.locator(".jupyter-widgets").count()


def next_frame(page) -> None:
    """Wait until the browser has painted what the last scroll or mouse move changed."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => "
                  "requestAnimationFrame(() => done())))")


def lesson_progress(page):
    """The lesson's own progress bar as the learner sees it: the bar labelled "Lesson" and,
    beside it, the words "… of this lesson" (not the whole path's bar, not any other)."""
    bar = page.locator(".widget-hprogress").filter(
        has=page.locator(".widget-label", has_text=re.compile(r"^\s*Lesson\s*$")))
    row = page.locator(".widget-hbox").filter(has=bar)
    return bar, row.locator(".widget-html", has_text="of this lesson")


def open_app(page, console, url: str) -> int:
    console.clear()
    page.goto(url, wait_until="domcontentloaded")
    return wait_app(page)


def ours(errors: list[str]) -> list[str]:
    """Console errors, without Voilà's own refused kernel shutdown when the previous lesson's
    page unloads (voila-dashboards/voila#1458; kit.workshop culls such kernels instead)."""
    return [e for e in errors if not re.search(r"403 \(Forbidden\).*/voila/api/shutdown/", e)]


def assert_app(page, console, lesson: str) -> None:
    html = page.content()
    for pattern in CODE:
        found = re.search(pattern, html)
        assert not found, f"{lesson}: source code in the workshop page: {found.group(0)!r}"
    shown = page.locator("body").inner_text()
    for pattern in CODE:
        assert not re.search(pattern, shown), f"{lesson}: code shown: {pattern}"
    code_areas = ".jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .CodeMirror, .cm-editor"
    assert page.locator(code_areas).count() == 0, f"{lesson}: a code cell's input is shown"
    assert not page.get_by_text("Error displaying widget").count(), lesson
    assert "Traceback" not in shown, f"{lesson}: a traceback is shown:\n{shown[-2000:]}"
    errors = ours(console.errors())
    assert not errors, f"{lesson}: JavaScript console errors:\n" + "\n".join(errors)


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_is_an_app_without_code(workshop: Server, apps, lesson: str):
    page, console = apps[lesson]
    n = wait_app(page)
    shot(page, f"workshop-{lesson}")
    assert n > 0, f"{lesson}: no widget rendered in workshop mode"
    assert_app(page, console, lesson)

    if lesson.startswith("00"):  # type a name into the start panel and leave the box
        name = page.get_by_label("Your name", exact=True)
        name.fill("Workshop Wendy")
        name.press("Tab")
        wait_for_file(workshop.workbook, lambda wb: wb.learner == "Workshop Wendy")
        bar, words = lesson_progress(page)
        expect(bar).to_have_count(1)
        # Lesson 00 has one step, "Write down your name and your idea": a name alone is 0%.
        expect(words).to_have_text(re.compile(r"^\s*0% of this lesson \(0 of 1 steps\)"),
                                   timeout=SLOW)
        idea = page.get_by_label("Your idea", exact=True)
        idea.fill("Warm dinners delivered to hospital night shifts")
        idea.press("Tab")
        wait_for_file(workshop.workbook, lambda wb: wb.offering.startswith("Warm dinners"))
        expect(words).to_have_text(re.compile(r"^\s*100% of this lesson \(1 of 1 steps\)"),
                                   timeout=SLOW)
        expect(bar.locator(".progress-bar")).to_have_attribute(
            "style", re.compile(r"width:\s*100%"))
        expect(bar.locator(".progress-bar")).to_have_class(re.compile(r"progress-bar-success"))
        shot(page, "workshop-00-typed")
        page.set_viewport_size({"width": VIEWPORT["width"], "height": 640})
        try:  # for the README: the exercise and its form, saved
            page.locator(".cdkit-status").first.evaluate(
                "el => el.scrollIntoView({block: 'end'})")
            page.mouse.move(5, 5)
            next_frame(page)
            shot(page, "readme-workshop-lesson-00")
        finally:
            page.set_viewport_size(VIEWPORT)
    elif lesson.startswith("02"):  # the explorer: keep one value, and fewer customers match
        summary = page.get_by_text(re.compile(r"of [\d,]+ customers match")).first
        before = summary.text_content()
        page.locator(".jupyter-widget-Collapse-header").first.click()  # open its first page
        ages = page.locator("select[multiple]").locator("visible=true").first
        bands = [int(re.match(r"\d+", o).group()) for o in ages.locator("option")
                 .all_text_contents() if re.match(r"\d+", o)]  # e.g. 18-24 ... 75+
        assert len(bands) > 2 and bands == sorted(bands), f"values out of order: {bands}"
        ages.select_option(index=0)
        page.get_by_text(re.compile(r"of [\d,]+ customers match")).filter(
            has_not_text=before).first.wait_for(timeout=SLOW)
        shot(page, f"workshop-{lesson}-explorer")
    else:  # every other lesson: "Check my work" answers (about the work saved so far)
        button = page.get_by_role("button", name="Check my work")
        assert button.count() == 1, f"{lesson}: no Check my work button"
        panel = page.locator(".cdkit-form").filter(has=button)
        button.click()
        answer = panel.locator("ul, .widget-html-content p").first
        answer.wait_for(timeout=SLOW)
        assert re.search(r"\w", answer.text_content()), f"{lesson}: empty feedback"
        if lesson.startswith("01"):
            assert "segment" in answer.text_content().lower(), answer.text_content()
        answer.scroll_into_view_if_needed()
        shot(page, f"workshop-{lesson}-check-my-work")
    assert_app(page, console, lesson)


def test_cells_tagged_workshop_hide_are_left_out(workshop: Server, browser_context):
    """A cell tagged ``workshop-hide`` (for the optional code cells) is neither run nor shown."""
    import nbformat

    from kit.workshop import HIDE_TAG

    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_markdown_cell("Shown to everyone."),
                nbformat.v4.new_markdown_cell("**Optional — for those who code.** Hidden.",
                                              metadata={"tags": [HIDE_TAG]}),
                nbformat.v4.new_code_cell("print('only for coders')",
                                          metadata={"tags": [HIDE_TAG]}),
                nbformat.v4.new_code_cell("print('for everyone')")]
    nbformat.write(nb, workshop.cwd / "tags-check.ipynb")
    page = browser_context.new_page()
    try:
        page.goto(f"{workshop.base}/voila/render/tags-check.ipynb", wait_until="load")
        page.get_by_text("for everyone").wait_for(timeout=SLOW)
        text = page.locator("body").inner_text()
        assert "Shown to everyone" in text
        assert "only for coders" not in text and "for those who code" not in text
    finally:
        page.close()


def test_cdkit_workshop_serves_one_lesson(browser_context, tmp_path):
    """The command itself: ``cdkit workshop 00 --port P --no-browser``, on loopback."""
    port = free_port()
    workbook = tmp_path / "workbook.json"
    command = [str(BIN / "cdkit"), "workshop", "00", "--port", str(port), "--no-browser"]
    server = Server("cdkit workshop", command, cwd=ROOT, env=jupyter_env(
        tmp_path, workbook=workbook), port=port, token="", log=tmp_path / "workshop.log")
    server.start("/")
    page = browser_context.new_page()
    console = Console(page, server.base)
    try:
        assert open_app(page, console, server.base + "/") > 0
        assert_app(page, console, "00 (cdkit workshop)")
        name = page.get_by_label("Your name", exact=True)
        name.fill("Ada")
        name.press("Tab")
        wait_for_file(workbook, lambda wb: wb.learner == "Ada")
        assert "Workshop mode" in server.log_tail()
    finally:
        page.close()
        server.stop()


def test_cdkit_workshop_help_and_bad_lesson():
    run = [str(BIN / "cdkit")]
    out = subprocess.run([*run, "workshop", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "example:" in out.stdout and "cdkit workshop 01" in out.stdout
    out = subprocess.run([*run, "workshop", "99"], capture_output=True, text=True)
    assert out.returncode == 2 and "00-start-here" in out.stderr
