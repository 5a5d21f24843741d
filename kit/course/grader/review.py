"""Reasons to review a graded submission, and plain words for one that failed.

What nbgrader's log says was changed in the locked cells (:func:`log_flags`), what the limits
of :mod:`kit.course.grader.preprocessors` stopped (:func:`limit_flags`), and the independent
re-check of every autograded test on the submitted workbook (:func:`independent_check`: points
it does not earn can be set to 0 with :func:`set_to_zero`), and the manual points the workbook
itself shows (:func:`award_credits`: a re-segmentation on evidence earns the decision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kit.course.directory import Course
from kit.course.grader.submission import clean, read_workbook_bytes

__all__ = ["FROM_DISK", "KIT_CREDIT", "TAMPERING", "Judged", "award_credits", "grade_id_for",
           "independent_check", "judge",
           "last_line",
           "limit_flags", "log_flags", "plain_error", "read_back", "recheck",
           "released_checksums", "set_to_zero"]

TAMPERING = "score differs from an independent check of the workbook (possible tampering)"

_RELEASED: dict[tuple[str, str], dict[str, str]] = {}

#: How a manual comment written by :func:`award_credits` starts (so a later grading may update
#: it, and never a score the instructor gave).
KIT_CREDIT = "Awarded by the kit, from your workbook: "

#: ``raw`` of :func:`independent_check` when the workbook is to be read from the submission.
FROM_DISK: Any = object()


def grade_id_for(assignment: str, test_id: str) -> str:
    """The ``grade_id`` of an assignment's test cell: ``test_01_segments_targeted_specific``."""
    return f"test_{assignment.replace('-', '_')}_{test_id.replace('-', '_')}"


def last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


_PLAIN_ERRORS = (
    (("NotJSONError", "JSONDecodeError"), "the notebook is not valid JSON"),
    (("DeadKernelError",), "the notebook's kernel died while it ran (a cell ended or crashed "
                           "Python, or ran out of memory)"),
    (("UnresponsiveKernelError",), "the kernel stopped responding (an endless loop that uses "
                                   "up memory?)"),
    (("CellTimeoutError", "TimeoutError"), "a cell ran for more than {timeout} s"),
    (("database is locked",), "the gradebook database stayed locked by another writer"),
    (("NotebookValidationError", "ValidationError"), "the notebook is not a valid Jupyter "
                                                     "notebook"),
    (("No notebooks found",), "the submission has no notebook of this assignment"),
)
_EXCEPTION_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)):?(.*)$")


def plain_error(log: str, error: str, course: Course) -> str:
    """One line in plain words for a failed autograde (nbgrader keeps the cause in its log)."""
    timeout = course.config.Execute.get("timeout", 30)
    for markers, words in _PLAIN_ERRORS:
        if any(m in log or m in error for m in markers):
            return words.format(timeout=timeout)
    causes = [m for m in (_EXCEPTION_LINE.match(ln) for ln in log.splitlines()) if m]
    causes = [m for m in causes if not m.group(1).endswith("NbGraderException")]
    if causes:
        return f"{causes[-1].group(1).rsplit('.', 1)[-1]}:{causes[-1].group(2)}".strip()
    return last_line(error) or "nbgrader could not grade it (no reason given)"


_CHANGED = re.compile(r"Attribute '(\w+)' for cell (\S+) has changed! \(should be: (.*), "
                      r"got: (.*)\)")
_MISSING = re.compile(r"Missing grade cell (\S+) encountered")
_UNKNOWN = re.compile(r"Cell '(\S+)' does not exist in the database")


def released_checksums(course: Course, assignment: str) -> dict[str, str]:
    """grade_id -> checksum of each cell as released (hidden tests differ from the source)."""
    key = (str(course.root), assignment)
    if key not in _RELEASED:
        import nbformat
        from nbgrader.utils import compute_checksum

        path = course.root / "release" / assignment / f"{assignment}.ipynb"
        sums: dict[str, str] = {}
        if path.is_file():
            for cell in nbformat.read(path, as_version=4).cells:
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if grade_id:
                    sums[grade_id] = compute_checksum(cell)
        _RELEASED[key] = sums
    return _RELEASED[key]


def log_flags(log: str, course: Course, assignment: str) -> list[str]:
    """What nbgrader's log says was changed in the graded cells."""
    flags = []
    for line in log.splitlines():
        if m := _CHANGED.search(line):
            attr, cell, got = m.group(1), clean(m.group(2), 80), m.group(4)
            if attr == "checksum":
                if got == released_checksums(course, assignment).get(m.group(2)):
                    continue  # as released: hidden tests are not in the students' copy
                flags.append(f"the locked cell {cell} was edited (nbgrader ran the original)")
            else:
                flags.append(f"the {clean(attr, 40)} of cell {cell} was changed (nbgrader put "
                             "it back)")
        elif m := _MISSING.search(line):
            flags.append(f"the graded cell {clean(m.group(1), 80)} was missing (nbgrader put "
                         "it back)")
        elif m := _UNKNOWN.search(line):
            flags.append(f"the notebook has a graded cell {clean(m.group(1), 80)} that is not "
                         "in the assignment")
    return list(dict.fromkeys(flags))


def limit_flags(events: list[tuple[str, str]], course: Course) -> list[str]:
    """What the limits of :mod:`kit.course.grader.preprocessors` stopped, in plain words."""
    from kit.course.grader.preprocessors import limits

    known = limits()
    flags = []
    outputs = sum(1 for kind, _ in events if kind == "output")
    for kind, detail in dict.fromkeys(events):
        if kind == "timeout":
            flags.append(f"a cell ran for more than {detail} s and was stopped")
        elif kind == "restart":
            flags.append(f"a cell ran for more than {detail} s and ignored the interrupt: its "
                         "kernel was restarted, and the cells after it ran in a fresh kernel")
        elif kind == "memory":
            flags.append(f"a cell used more than {known['memory_mb']:g} MB of memory and was "
                         "stopped (MemoryError)" if known["memory_mb"] > 0 else
                         "a cell ran out of memory (MemoryError)")
        elif kind == "output" and outputs:
            flags.append(f"{outputs} cell(s) printed more than {known['cell_output_kb']:g} kB "
                         "of output; the rest was not kept")
            outputs = 0
        elif kind == "widgets":
            flags.append(f"the widgets' saved state was {int(detail) / 2**20:.0f} MB; it was "
                         "not kept in the autograded notebook")
        elif kind == "budget":
            flags.append(f"the notebook ran for more than {known['notebook_seconds']:g} s in "
                         f"all: {detail} cell(s) written by the student were not run")
    return list(dict.fromkeys(flags))


def _parse(raw: bytes | str | None) -> tuple[Any, str | None]:
    """(workbook or None, why it fails every test)."""
    from kit.errors import KitError
    from kit.workbook import parse_workbook

    if raw is None:
        return None, "there is no workbook.json in the submission, so every test fails"
    if isinstance(raw, str):
        return None, f"the workbook file could not be read, so it fails every test ({raw})"
    try:
        return parse_workbook(raw, "workbook.json"), None
    except Exception as err:  # damaged: it fails every test
        why = last_line(str(err)) if isinstance(err, KitError) else type(err).__name__
        return None, ("the workbook file could not be read, so it fails every test "
                      f"({clean(why, 160)})")


@dataclass
class Judged:
    """Every autograded test of an assignment, judged once on the submitted workbook.

    ``outcomes``: test id -> (passed, message); ``why``: the reason every test fails (no
    workbook, or one that cannot be read); ``verdicts``: what the grader gives the kernel (see
    :mod:`kit.coursework.autograde`), or None when there is no readable workbook to tie it to.
    """

    outcomes: dict[str, tuple[bool, str]] = field(default_factory=dict)
    why: str | None = None
    verdicts: dict[str, Any] | None = None
    credits: dict[str, Any] = field(default_factory=dict)  # grade_id -> rubric.Credit


def judge(assignment: str, raw: Any) -> Judged | None:
    """The rubric's verdicts on ``raw`` (the workbook's bytes as read before grading; None:
    there was none; a str: why it could not be read), in this process; None for an assignment
    the kit has no rubric for."""
    from kit.checks import rubric
    from kit.coursework.autograde import verdicts_payload
    from kit.errors import KitError

    try:
        spec = rubric.assignment(assignment)
    except KitError:
        return None
    wb, why = _parse(raw)
    if wb is None:
        return Judged({t.id: (False, why or "") for t in spec.tests}, why)
    outcomes = {}
    for test in spec.tests:
        outcome = rubric.run_test(assignment, test.id, wb)
        outcomes[test.id] = (outcome.passed, outcome.message)
    credits = {grade_id: credit for grade_id in spec.manual
               if (credit := rubric.manual_credit(assignment, grade_id, wb)) is not None}
    return Judged(outcomes, None, verdicts_payload(assignment, raw, outcomes), credits)


def independent_check(course: Course, assignment: str, student: str,
                      raw: Any = FROM_DISK,
                      judged: Judged | None = None) -> tuple[list[str], list[str]]:
    """(reasons, grade_ids where nbgrader gave points that the workbook does not earn).

    ``raw``: the workbook's bytes as read before grading (None: there was none; a str: why it
    could not be read); by default it is read from the submission folder now. ``judged``:
    :func:`judge` of those bytes, when it was done before grading.
    """
    from nbgrader.api import MissingEntry

    if judged is None:
        if raw is FROM_DISK:
            raw = read_workbook_bytes(course.root / "submitted" / student / assignment /
                                      "workbook.json")
        judged = judge(assignment, raw)
    if judged is None:
        return [], []  # an assignment the kit has no rubric for: nothing to compare with
    reasons = [judged.why] if judged.why else []
    passed = {test: ok for test, (ok, _) in judged.outcomes.items()}
    with course.gradebook() as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:
            return reasons, []
        auto = {g.name: g.auto_score for nb in submission.notebooks for g in nb.grades}
    over = []
    for test in passed:
        grade_id = grade_id_for(assignment, test)
        score = auto.get(grade_id)
        if score and not passed[test]:
            over.append(grade_id)
            reasons.append(f"{grade_id}: {TAMPERING}")
        elif score == 0 and passed[test]:
            reasons.append(f"{grade_id}: nbgrader gave no points, but an independent check "
                           "of the workbook passes")
    return reasons, over


def recheck(course: Course, assignment: str, student: str) -> list[str]:
    """Reasons to review a graded submission, from an independent check of its workbook.

    Runs every autograded test of the rubric on the submitted ``workbook.json`` (a damaged,
    missing or oversized file fails every test; a link is not followed), in this process,
    and compares with the ``auto_score`` nbgrader saved: a test that got points but fails here
    is "possible tampering".
    """
    return independent_check(course, assignment, student)[0]


def set_to_zero(course: Course, assignment: str, student: str, grade_ids: list[str]) -> None:
    """No points for tests the workbook does not pass; left for the instructor to review."""
    with course.gradebook() as gb:
        submission = gb.find_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                if grade.name in grade_ids:
                    grade.auto_score = 0.0
                    grade.needs_manual_grade = True
        gb.db.commit()


def award_credits(course: Course, assignment: str, student: str, judged: Judged | None
                  ) -> list[str]:
    """Write the manual points the workbook shows (``judged.credits``) into the gradebook.

    Each credited answer cell gets the credit as its manual score, with a comment that says
    why (:data:`KIT_CREDIT`). A full credit is marked graded; a partial one is left for the
    instructor to review (its points count meanwhile). A score the instructor gave is never
    touched: only a cell not graded yet, or graded by an earlier run of this function, is.
    A kit credit that no longer applies (the workbook changed) is taken back. Returns the
    grade ids written.
    """
    credits = judged.credits if judged is not None else {}
    from nbgrader.api import MissingEntry

    written = []
    with course.gradebook() as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:
            return []
        for notebook in submission.notebooks:
            comments = {c.name: c for c in notebook.comments}
            for grade in notebook.grades:
                comment = comments.get(grade.name)
                ours = comment is not None and (comment.manual_comment or "").startswith(
                    KIT_CREDIT)
                if grade.manual_score is not None and not ours:
                    continue  # the instructor's
                credit = credits.get(grade.name)
                if credit is None:
                    if ours:  # no longer earned: back to what nbgrader's grading says
                        grade.manual_score = None
                        grade.needs_manual_grade = grade.auto_score is None
                        if comment is not None:
                            comment.manual_comment = None
                    continue
                grade.manual_score = float(credit.points)
                grade.needs_manual_grade = credit.points < credit.of
                if comment is not None:
                    comment.manual_comment = KIT_CREDIT + credit.message
                written.append(grade.name)
        gb.db.commit()
    return written


def read_back(course: Course, assignment: str, student: str) -> dict[str, Any]:
    from nbgrader.api import MissingEntry

    with course.gradebook() as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:
            return {}
        return {"score": submission.score, "max_score": submission.max_score,
                "needs_manual_grade": bool(submission.needs_manual_grade),
                # what the grading left in the gradebook, cell by cell: a later change to
                # these (by anything but the instructor's manual grading) is flagged
                "auto": {g.name: g.auto_score for nb in submission.notebooks
                         for g in nb.grades if g.auto_score is not None}}
