"""The unit of work: autograde one student's submission with nbgrader, then check it again.

:func:`grade_one` is a plain top-level function that any ``concurrent.futures``-style executor
can run. Before nbgrader runs the notebook, links pointing outside the submission and special
files are removed, and the workbook is read and judged once, here, outside the student's
kernel (the test cells read those verdicts; the independent re-check compares with them).
nbgrader runs the notebook with the preprocessors of :mod:`kit.course.grader.preprocessors`
(memory limit, restart of a kernel that ignores interrupts, output caps, a time budget, deleted
graded cells put back). Afterwards:
what nbgrader's log says was changed in the locked cells, what the limits stopped, tricks in
the cells the student wrote, whether the submission changed while it ran, and the independent
re-check of every autograded test on the workbook (points it does not earn are set to 0).
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kit.course.directory import Course
from kit.course.grader.result import GradeResult
from kit.course.grader.review import (
    TAMPERING,
    award_credits,
    grade_id_for,
    independent_check,
    judge,
    last_line,
    limit_flags,
    log_flags,
    plain_error,
    read_back,
    recheck,
    released_checksums,
    set_to_zero,
)
from kit.course.grader.submission import (
    clean,
    digest,
    fingerprint,
    neutralise,
    read_workbook_bytes,
    restore_workbook,
    suspicious_code,
)

__all__ = ["TAMPERING", "WorkerState", "grade_id_for", "grade_one", "hidden_folders",
           "recheck", "silence", "start_kernel_ahead", "worker_state"]

LOG_TAIL_LINES = 25


@dataclass
class WorkerState:
    """What a worker process keeps per course: nbgrader's start-up costs seconds."""

    course: Course
    api: Any  # nbgrader's NbGraderAPI
    events: Any  # the preprocessors' EventLog (kit.course.grader.preprocessors)


# One state per worker process and course.
_STATE: dict[str, WorkerState] = {}
# This process's console output already goes to /dev/null (a process-local flag).
_QUIET: list[int] = []


def _harden(own_process: bool) -> None:
    """Once per process: no kernel can read this process's environment or memory; in a
    process of our own pool, die with the grader and adopt what notebooks leave behind."""
    global _HARDENED
    if _HARDENED:
        return
    from kit.course.grader import guard

    guard.hide_process()
    if own_process:
        import atexit
        import multiprocessing

        parent = multiprocessing.parent_process()
        guard.die_with_parent(parent.pid if parent is not None else None)
        guard.adopt_orphans()
        # Registered first, so run last: once the pool lets it go, the process ends without
        # tearing nbgrader's modules down one by one (a third of a second the grader waits
        # for). Every result was sent and every notebook's kernel ended before that.
        atexit.register(os._exit, 0)
    _HARDENED = True


_HARDENED = False


def hidden_folders(course: Course) -> list[str]:
    """As root, where the machine allows it: the folders a kernel must not see."""
    from kit.course.grader import guard

    if not guard.can_hide():
        return []
    extra = [course.exchange]
    if course.gradebook_file is not None:
        extra.append(course.gradebook_file.parent)
    return guard.hidden_paths(course.root, extra)


def worker_state(course_root: str) -> WorkerState:
    """This process's course, nbgrader API and event log for ``course_root`` (made once)."""
    if course_root not in _STATE:
        from kit._tools import skip_slow_iri_format

        skip_slow_iri_format()
        from kit.course.grader.preprocessors import configure

        # the kernels inherit this process's environment: they must grade the submitted
        # workbook, not one a variable points at
        os.environ.pop("CDKIT_WORKBOOK", None)
        course = Course(course_root)
        events = configure(course.config, hidden_folders(course))
        _STATE[course_root] = WorkerState(course, course.api(), events)
    return _STATE[course_root]


def start_kernel_ahead(course_root: str, assignment: str) -> None:
    """In a process of our own pool, first thing: start the kernel of the first notebook it
    will grade, which boots while nbgrader is imported (see :mod:`kit.course.grader.kernels`).
    """
    course = Course(course_root)
    released = sorted((course.root / "release" / assignment).glob("*.ipynb"))
    if released:
        from kit.course.grader import kernels

        with contextlib.suppress(Exception):  # without it, nbgrader starts the kernel
            kernels.start_ahead(course.config, released[0], hidden_folders(course))


def silence() -> None:
    """Send this worker's (and its kernels') console output to /dev/null, once. Only our own
    pool's processes are silenced: they are also hardened as grading processes."""
    _harden(True)
    if os.getpid() not in _QUIET:  # a forked child inherits the list, not the pid
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
        _QUIET[:] = [os.getpid()]


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
              tracker: str | None = None, quiet: bool = False) -> GradeResult:
    """Autograde one student's submission with nbgrader; never raises.

    ``tracker``: a folder where a ``<student>.running`` file exists while this runs (so that
    whoever started a process that died knows which submission it was grading).
    ``quiet``: send this process's console output to /dev/null (for dedicated processes only).
    """
    started = time.perf_counter()
    result = GradeResult(student, assignment, worker=f"{socket.gethostname()}:{os.getpid()}")
    marker = Path(tracker) / f"{student}.running" if tracker else None
    try:
        if marker is not None:
            marker.write_text(str(os.getpid()), "utf-8")
        if quiet:
            silence()
        _harden(False)
        state = worker_state(str(course_root))
        course = state.course
        if refused := _linked_folder(course, student, assignment):
            raise _Refused(refused)
        folder = course.root / "submitted" / student / assignment
        result.flagged = neutralise(folder)
        result.submission = digest(folder)  # what was graded: a newer submission differs
        raw = read_workbook_bytes(folder / "workbook.json")
        before = fingerprint(folder)
        ran_in = course.root / "autograded" / student / assignment
        # judged once, here, before the student's code runs: the test cells read these
        # verdicts, and the scores nbgrader saves are compared with them afterwards
        judged = judge(assignment, raw)
        state.events.take(ran_in)
        state.events.give(ran_in, judged.verdicts if judged is not None else None)
        try:
            outcome = state.api.autograde(assignment, student, force=True, create=True)
        finally:
            events = state.events.take(ran_in)
            state.events.give(ran_in, None)
    except _Refused as refused:
        result.error = str(refused)
    except (Exception, SystemExit):
        result.error = clean(last_line(traceback.format_exc()))
    else:
        log = outcome.get("log") or ""
        result.log = "\n".join(log.strip().splitlines()[-LOG_TAIL_LINES:])
        result.success = bool(outcome.get("success"))
        if not result.success:
            result.error = clean(plain_error(log, outcome.get("error") or "", course))
        try:  # graded by nbgrader by now: a problem here is a reason to review, not a failure
            result.flagged += log_flags(log, course, assignment) + limit_flags(events, course)
            if fingerprint(folder) != before:
                put_back = restore_workbook(folder / "workbook.json", raw)
                result.flagged.append(
                    "files of the submission changed while it was graded (code in the notebook "
                    "wrote into submitted/); the independent check used the workbook as "
                    "submitted" + ("; the workbook was put back as submitted" if put_back
                                   else ""))
            reasons, over = independent_check(course, assignment, student, raw, judged)
            result.flagged += reasons
            if not result.flagged:  # a trick that changed nothing still deserves a look
                released = set(released_checksums(course, assignment))
                result.flagged += suspicious_code(folder / f"{assignment}.ipynb", released)
            if over and correct:
                set_to_zero(course, assignment, student, over)
                result.corrected = over
            award_credits(course, assignment, student, judged)
            if kept := read_back(course, assignment, student):
                result.score, result.max_score = kept["score"], kept["max_score"]
                result.needs_manual_grade, result.auto = kept["needs_manual_grade"], kept["auto"]
        except Exception:
            result.flagged.append("the independent check could not run: "
                                  + clean(last_line(traceback.format_exc())))
    finally:
        result.flagged = list(dict.fromkeys(result.flagged))
        result.seconds = round(time.perf_counter() - started, 3)
        if marker is not None:
            marker.unlink(missing_ok=True)
    return result
