"""The unit of work: autograde one student's submission with nbgrader, then check it again.

:func:`grade_one` is a plain top-level function that any ``concurrent.futures``-style executor
can run. Before nbgrader runs the notebook, links pointing outside the submission and special
files are removed, and the workbook is read once (the independent re-check judges that copy).
nbgrader runs the notebook with the preprocessors of :mod:`kit.course.grader.preprocessors`
(memory limit, restart of a kernel that ignores interrupts, output caps, a time budget, deleted
graded cells put back). Afterwards:
what nbgrader's log says was changed in the locked cells, what the limits stopped, tricks in
the cells the student wrote, whether the submission changed while it ran, and the independent
re-check of every autograded test on the workbook (points it does not earn are set to 0).
"""

from __future__ import annotations

import os
import re
import socket
import time
import traceback
from pathlib import Path
from typing import Any

from kit.course.directory import Course
from kit.course.grader.submission import (
    clean,
    fingerprint,
    neutralise,
    read_workbook_bytes,
    restore_workbook,
    suspicious_code,
)

__all__ = ["TAMPERING", "grade_id_for", "grade_one", "recheck"]

TAMPERING = "score differs from an independent check of the workbook (possible tampering)"
LOG_TAIL_LINES = 25

# One nbgrader API per worker process and course: nbgrader's import and start-up cost seconds.
_STATE: dict[str, tuple[Course, Any]] = {}
_RELEASED: dict[tuple[str, str], dict[str, str]] = {}
_FROM_DISK = object()


def grade_id_for(assignment: str, test_id: str) -> str:
    """The ``grade_id`` of an assignment's test cell: ``test_01_segments_targeted_specific``."""
    return f"test_{assignment.replace('-', '_')}_{test_id.replace('-', '_')}"


def _harden(own_process: bool) -> None:
    """Once per process: no kernel can read this process's environment or memory; in a
    process of our own pool, die with the grader and adopt what notebooks leave behind."""
    global _HARDENED
    if _HARDENED:
        return
    from kit.course.grader import guard

    guard.hide_process()
    if own_process:
        import multiprocessing

        parent = multiprocessing.parent_process()
        guard.die_with_parent(parent.pid if parent is not None else None)
        guard.adopt_orphans()
    _HARDENED = True


_HARDENED = False


def _hidden(course: Course) -> list[str]:
    """As root, where the machine allows it: the folders a kernel must not see."""
    from kit.course.grader import guard

    if not guard.can_hide():
        return []
    extra = [course.exchange]
    if course.gradebook_file is not None:
        extra.append(course.gradebook_file.parent)
    return guard.hidden_paths(course.root, extra)


def _worker_state(course_root: str) -> tuple[Course, Any]:
    if course_root not in _STATE:
        from kit.course.grader.preprocessors import configure

        os.environ.pop("CDKIT_WORKBOOK", None)  # the kernel must grade the submitted workbook
        course = Course(course_root)
        configure(course.config, _hidden(course))
        _STATE[course_root] = (course, course.api())
    return _STATE[course_root]


def _silence() -> None:
    """Send this worker's (and its kernels') console output to /dev/null, once. Only our own
    pool's processes are silenced: they are also hardened as grading processes."""
    _harden(True)
    if os.environ.get("CDKIT_GRADER_QUIET") != str(os.getpid()):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
        os.environ["CDKIT_GRADER_QUIET"] = str(os.getpid())


class _Refused(Exception):
    pass


def _linked_folder(course: Course, student: str, assignment: str) -> str | None:
    """Why the submission folder itself is not graded, if it is a link."""
    for path in (course.root / "submitted" / student,
                 course.root / "submitted" / student / assignment):
        if path.is_symlink():
            target = clean(os.readlink(path), 120)
            return (f"the submission folder {path.name} is a link to {target}, not a folder: "
                    "it was not graded")
    return None


def grade_one(course_root: str, assignment: str, student: str, *, correct: bool = True,
              tracker: str | None = None, quiet: bool = False) -> dict:
    """Autograde one student's submission with nbgrader; never raises.

    Returns a plain dict: ``student``, ``assignment``, ``success``, ``error`` (one line, plain
    words), ``seconds``, ``score``, ``max_score``, ``needs_manual_grade`` (read back from the
    gradebook), ``flagged`` (reasons to review it), ``corrected`` (test cells set to 0),
    ``log`` (the tail of nbgrader's log) and ``worker`` (host:pid).

    ``tracker``: a folder where a ``<student>.running`` file exists while this runs (so that
    whoever started a process that died knows which submission it was grading).
    ``quiet``: send this process's console output to /dev/null (for dedicated processes only).
    """
    started = time.perf_counter()
    result: dict[str, Any] = {
        "student": student, "assignment": assignment, "success": False, "error": None,
        "seconds": 0.0, "score": None, "max_score": None, "needs_manual_grade": None,
        "flagged": [], "corrected": [], "log": "",
        "worker": f"{socket.gethostname()}:{os.getpid()}"}
    marker = Path(tracker) / f"{student}.running" if tracker else None
    try:
        if marker is not None:
            marker.write_text(str(os.getpid()), "utf-8")
        if quiet:
            _silence()
        _harden(False)
        course, api = _worker_state(str(course_root))
        if refused := _linked_folder(course, student, assignment):
            raise _Refused(refused)
        folder = course.root / "submitted" / student / assignment
        result["flagged"] = neutralise(folder)
        raw = read_workbook_bytes(folder / "workbook.json")
        before = fingerprint(folder)
        from kit.course.grader.preprocessors import EVENTS, events_key

        key = events_key(course.root / "autograded" / student / assignment)
        EVENTS.pop(key, None)
        try:
            outcome = api.autograde(assignment, student, force=True, create=True)
        finally:
            events = EVENTS.pop(key, [])
    except _Refused as refused:
        result["error"] = str(refused)
    except (Exception, SystemExit):
        result["error"] = clean(_last_line(traceback.format_exc()))
    else:
        log = outcome.get("log") or ""
        result["log"] = "\n".join(log.strip().splitlines()[-LOG_TAIL_LINES:])
        result["success"] = bool(outcome.get("success"))
        if not result["success"]:
            result["error"] = clean(_plain_error(log, outcome.get("error") or "", course))
        try:  # graded by nbgrader by now: a problem here is a reason to review, not a failure
            result["flagged"] += _log_flags(log, course, assignment) + _limit_flags(
                events, course)
            if fingerprint(folder) != before:
                put_back = restore_workbook(folder / "workbook.json", raw)
                result["flagged"].append(
                    "files of the submission changed while it was graded (code in the notebook "
                    "wrote into submitted/); the independent check used the workbook as "
                    "submitted" + ("; the workbook was put back as submitted" if put_back
                                   else ""))
            reasons, over = _independent_check(course, assignment, student, raw)
            result["flagged"] += reasons
            if not result["flagged"]:  # a trick that changed nothing still deserves a look
                released = set(_released_checksums(course, assignment))
                result["flagged"] += suspicious_code(folder / f"{assignment}.ipynb", released)
            if over and correct:
                _set_to_zero(course, assignment, student, over)
                result["corrected"] = over
            result.update(_read_back(course, assignment, student))
        except Exception:
            result["flagged"].append("the independent check could not run: "
                                     + clean(_last_line(traceback.format_exc())))
    finally:
        result["flagged"] = list(dict.fromkeys(result["flagged"]))
        result["seconds"] = round(time.perf_counter() - started, 3)
        if marker is not None:
            marker.unlink(missing_ok=True)
    return result


def _last_line(text: str) -> str:
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


def _plain_error(log: str, error: str, course: Course) -> str:
    """One line in plain words for a failed autograde (nbgrader keeps the cause in its log)."""
    timeout = course.config.Execute.get("timeout", 30)
    for markers, words in _PLAIN_ERRORS:
        if any(m in log or m in error for m in markers):
            return words.format(timeout=timeout)
    causes = [m for m in (_EXCEPTION_LINE.match(ln) for ln in log.splitlines()) if m]
    causes = [m for m in causes if not m.group(1).endswith("NbGraderException")]
    if causes:
        return f"{causes[-1].group(1).rsplit('.', 1)[-1]}:{causes[-1].group(2)}".strip()
    return _last_line(error) or "nbgrader could not grade it (no reason given)"


# -- reasons to review a submission ---------------------------------------------------------

_CHANGED = re.compile(r"Attribute '(\w+)' for cell (\S+) has changed! \(should be: (.*), "
                      r"got: (.*)\)")
_MISSING = re.compile(r"Missing grade cell (\S+) encountered")
_UNKNOWN = re.compile(r"Cell '(\S+)' does not exist in the database")


def _released_checksums(course: Course, assignment: str) -> dict[str, str]:
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


def _log_flags(log: str, course: Course, assignment: str) -> list[str]:
    """What nbgrader's log says was changed in the graded cells."""
    flags = []
    for line in log.splitlines():
        if m := _CHANGED.search(line):
            attr, cell, got = m.group(1), clean(m.group(2), 80), m.group(4)
            if attr == "checksum":
                if got == _released_checksums(course, assignment).get(m.group(2)):
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


def _limit_flags(events: list[tuple[str, str]], course: Course) -> list[str]:
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
        why = _last_line(str(err)) if isinstance(err, KitError) else type(err).__name__
        return None, ("the workbook file could not be read, so it fails every test "
                      f"({clean(why, 160)})")


def _independent_check(course: Course, assignment: str, student: str,
                       raw: Any = _FROM_DISK) -> tuple[list[str], list[str]]:
    """(reasons, grade_ids where nbgrader gave points that the workbook does not earn).

    ``raw``: the workbook's bytes as read before grading (None: there was none; a str: why it
    could not be read); by default it is read from the submission folder now.
    """
    from nbgrader.api import MissingEntry

    from kit.checks import rubric
    from kit.errors import KitError

    try:
        spec = rubric.assignment(assignment)
    except KitError:
        return [], []  # an assignment the kit has no rubric for: nothing to compare with
    if raw is _FROM_DISK:
        raw = read_workbook_bytes(course.root / "submitted" / student / assignment /
                                  "workbook.json")
    wb, why = _parse(raw)
    reasons = [why] if why else []
    passed = {t.id: wb is not None and rubric.run_test(assignment, t.id, wb).passed
              for t in spec.tests}
    with course.gradebook() as gb:
        try:
            submission = gb.find_submission(assignment, student)
        except MissingEntry:
            return reasons, []
        auto = {g.name: g.auto_score for nb in submission.notebooks for g in nb.grades}
    over = []
    for test in spec.tests:
        grade_id = grade_id_for(assignment, test.id)
        score = auto.get(grade_id)
        if score and not passed[test.id]:
            over.append(grade_id)
            reasons.append(f"{grade_id}: {TAMPERING}")
        elif score == 0 and passed[test.id]:
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
    return _independent_check(course, assignment, student)[0]


def _set_to_zero(course: Course, assignment: str, student: str, grade_ids: list[str]) -> None:
    """No points for tests the workbook does not pass; left for the instructor to review."""
    with course.gradebook() as gb:
        submission = gb.find_submission(assignment, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                if grade.name in grade_ids:
                    grade.auto_score = 0.0
                    grade.needs_manual_grade = True
        gb.db.commit()


def _read_back(course: Course, assignment: str, student: str) -> dict[str, Any]:
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
