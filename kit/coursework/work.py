"""The student's side of an assignment: its workbook, continuing earlier work, a summary.

In an instructor's course folder, ``source/<assignment>/`` must never hold a workbook file:
nbgrader would release it to every student and, at autograde, copy it over theirs. So when an
assignment notebook runs inside ``source/`` (``nbgrader validate``, or the instructor trying
it), :func:`open_assignment_workbook` loads the example answer into a temporary file instead,
and nothing is written into ``source/``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kit.checks.rubric import assignment
from kit.errors import KitError
from kit.escape import esc
from kit.model import Workbook
from kit.workbook import DEFAULT_NAME, ENV_VAR, WorkbookStore, open_workbook

__all__ = ["continue_from", "in_instructor_source", "open_assignment_workbook", "show_work",
           "work_html", "workbook_path"]

#: This kernel's instructor previews: ``source/<assignment>/`` folder -> the temporary copy of
#: the example answer :func:`open_assignment_workbook` opened there (process-local: what
#: ``grade`` and ``show_work`` read, instead of a variable set in the environment).
_PREVIEW: dict[Path, Path] = {}


def workbook_path() -> Path:
    """The workbook file this kernel works on: in an instructor's ``source/`` folder, the
    example copy opened there; else ``$CDKIT_WORKBOOK``, else ``workbook.json`` here."""
    preview = _PREVIEW.get(Path.cwd().resolve())
    if preview is not None:
        return preview
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


def in_instructor_source(folder: Path | None = None) -> bool:
    """True inside ``<course>/source/<assignment>/`` of an nbgrader course."""
    folder = (folder or Path.cwd()).resolve()
    return folder.parent.name == "source" and (
        folder.parent.parent / "nbgrader_config.py").is_file()


def _example_copy(assignment_id: str) -> Path:
    from kit.data import EXAMPLES, datasets_dir

    example = datasets_dir() / EXAMPLES[assignment(assignment_id).example]
    target = Path(tempfile.mkdtemp(prefix="cdkit-example-")) / DEFAULT_NAME
    shutil.copy(example, target)
    return target


def open_assignment_workbook(assignment_id: str) -> Workbook:
    """The workbook of this assignment folder (``workbook.json``), created if needed."""
    assignment(assignment_id)  # a typo in the notebook fails loudly
    if in_instructor_source():
        path = _example_copy(assignment_id)
        _PREVIEW[Path.cwd().resolve()] = path  # what grade() and show_work() read here
        print(f"Instructor preview: showing the example answer ({path}); nothing is written "
              "into source/.")
        return open_workbook(path)
    return open_workbook(workbook_path())


def _is_empty(wb: Workbook) -> bool:
    return not (wb.segments or wb.plan.contacts or wb.plan.questions or wb.interviews
                or wb.answers or wb.offering.strip())


def continue_from(wb: Workbook, earlier: str, *, replace: bool = False) -> str:
    """Start this assignment from your work in the ``earlier`` assignment's folder.

    Copies nothing by hand: it reads ``../<earlier>/workbook.json`` and loads it into ``wb``
    (saved at once). If this workbook already has work in it, nothing happens unless
    ``replace=True``, and then the current file is kept aside under a new name first.
    Returns a message saying what happened.
    """
    if wb.path is None:
        raise KitError("This workbook is not tied to a file.")
    source = wb.path.parent.parent / earlier / DEFAULT_NAME
    if not source.is_file():
        raise KitError(f"Your work for {earlier} was not found at {source}. Fetch and do that "
                       "assignment first (in the same folder as this one), or start here from "
                       "scratch.")
    if not _is_empty(wb) and not replace:
        return (f"This assignment already has work in it, so nothing was copied. To start over "
                f"from {earlier}, click again (your current work will be kept aside).")
    earlier_wb = WorkbookStore(source).read(source)
    kept = ""
    if not _is_empty(wb):
        aside = WorkbookStore(wb.path).aside_path("before-continue")
        shutil.copy(wb.path, aside)
        kept = f" Your previous work here is kept as {aside.name}."
    for name in ("learner", "offering", "segment_pattern", "segments", "plan", "interviews",
                 "persona", "answers"):
        setattr(wb, name, getattr(earlier_wb, name))
    wb.save()
    return f"Started from your work in {earlier}.{kept}"


def _li(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else "<p>—</p>"


def work_html(wb: Workbook) -> str:
    """A readable summary of everything in the workbook (all learner text escaped)."""
    e = esc
    parts = [f"<h3>The student's work</h3><p><b>Idea:</b> {e(wb.offering) or '—'}"
             f" · <b>segment pattern:</b> {e(wb.segment_pattern or '—')}</p>"]
    for s in wb.segments:
        decision = {True: "targeted", False: "not targeted", None: "undecided"}[s.targeted]
        descriptors = [f"{e(f)}: {e(d)}" for f, d in s.all_descriptors()]
        parts.append(f"<h4>{e(s.name)} ({e(s.kind)}, {decision})</h4>"
                     f"<p><b>Why:</b> {e(s.reason) or '—'} · <b>size:</b> "
                     f"{s.size if s.size is not None else '—'} · <b>context:</b> "
                     f"{e(s.context) or '—'} · <b>pays:</b> {e(s.payer) or '—'} · "
                     f"<b>uses:</b> {e(s.user) or '—'}</p>" + _li(descriptors))
        for kind in ("job", "pain", "gain"):
            items = s.profile.items_of(kind)
            if items:
                rows = [f"{e(i.text)} <small>({e(i.level or 'not rated')}, {e(i.evidence)}"
                        f"{', not addressed' if i.addressed is False else ''})</small>"
                        for i in items]
                parts.append(f"<p><b>{kind.capitalize()}s</b></p><ol><li>"
                             + "</li><li>".join(rows) + "</li></ol>")
    plan = wb.plan
    if plan.contacts or plan.questions or plan.learning_goal:
        parts.append(f"<h4>Interview plan</h4><p><b>Goal:</b> {e(plan.learning_goal) or '—'}"
                     f" · <b>focus:</b> {e(plan.problem_focus) or '—'}</p>")
        parts.append(_li([f"{e(c.alias)}: {e(c.why) or '—'} (reach: {e(c.reach) or '—'}, "
                          f"{e(c.status)})" for c in plan.contacts]))
        parts.append("<ol>" + "".join(f"<li>{e(q.text)}</li>" for q in plan.questions)
                     + "</ol>")
    if wb.interviews:
        parts.append("<h4>Interviews</h4>" + _li([
            f"{e(i.date) or '—'} with {e(i.contact)}: {len(i.confirmed)} confirmed, "
            f"{len(i.contradicted)} contradicted, {len(i.new_items)} new; "
            + "; ".join(f"\u201c{e(q.text)}\u201d" for q in i.quotes) for i in wb.interviews]))
    for key, text in sorted(wb.answers.items()):
        parts.append(f"<p><b>{e(key)}:</b> {e(text)}</p>")
    return "<div class='cdkit-work'>" + "".join(parts) + "</div>"


def show_work(wb: Workbook | None = None):
    """Display the summary (in a notebook); reads the workbook file when ``wb`` is None."""
    from IPython.display import HTML

    if wb is None:
        path = workbook_path()
        if not path.is_file():
            return HTML("<p><b>No workbook file was found: nothing was saved yet.</b></p>")
        wb = WorkbookStore(path).read(path)
    return HTML(work_html(wb))
