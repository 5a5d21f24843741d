"""The whole class: prepare the gradebook once, grade every student on an executor, survive
worker processes that die, and keep the summary in the course for the class report."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from kit.course.directory import Course
from kit.course.grader import accounts, carry, guard
from kit.course.grader.carry import CarryOn, run_path, tracker_path, write_run
from kit.course.grader.result import GradeResult
from kit.course.grader.summary import GradeSummary, now_stamp, save_summary
from kit.course.grader.worker import (
    grade_one,
    hidden_folders,
    silence,
    start_kernel_ahead,
    worker_state,
)

__all__ = ["grade_assignment", "run_path"]


def _prepare(course: Course, assignment: str, students: list[str]) -> None:
    """Make the gradebook ready before any grading starts: no two workers create a row."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(course.db_url):  # nbgrader's preprocessors open it as "default_course"
        pass
    with course.gradebook() as gb:
        try:
            ready = bool(gb.find_assignment(assignment).notebooks)
        except MissingEntry:
            ready = False
        known = {s.id for s in gb.students}
        for student in students:
            if student not in known:
                gb.add_student(student)
    if not ready:  # into a scratch release folder: what students fetched stays as it is
        from kit.errors import KitError

        with tempfile.TemporaryDirectory(prefix="cdkit-release-") as scratch:
            # in this process, which has nbgrader loaded (its command would load it again)
            made = course.api(release_directory=scratch).generate_assignment(assignment,
                                                                               force=True)
        if not made.get("success"):
            output = f"{made.get('log') or ''}\n{made.get('error') or ''}"
            raise KitError(f"nbgrader generate_assignment {assignment} failed: "
                           f"{course.plain_failure(output)}")


def _prepare_here(course_root: str, assignment: str, students: list[str],
                  quiet: bool = False) -> None:
    """:func:`_prepare` in a worker process, which imports nbgrader anyway."""
    if quiet:
        silence()
        start_kernel_ahead(course_root, assignment)
    _prepare(worker_state(course_root).course, assignment, students)


def _prepare_on(pool: Any, course: Course, assignment: str, students: list[str],
                jobs: int) -> Any:
    """Prepare the gradebook in one task, while the pool's other processes start nbgrader;
    returns its future: no grading is to be submitted before it is done.

    The parent never imports nbgrader (seconds of CPU that the workers need): the first
    worker prepares, the others warm up.
    """
    quiet = isinstance(pool, cf.ProcessPoolExecutor)
    extra = {"pure": False} if _is_dask(pool) else {}
    ready = pool.submit(_prepare_here, str(course.root), assignment, students, quiet, **extra)
    if quiet:
        for _ in range(getattr(pool, "_max_workers", jobs) - 1):
            pool.submit(_warm, str(course.root), True, assignment)
    return ready


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] == "distributed"


def _new_pool(workers: int) -> cf.ProcessPoolExecutor:
    import multiprocessing

    return cf.ProcessPoolExecutor(max_workers=workers,
                                  mp_context=multiprocessing.get_context("spawn"))


def _stop(pool: Any) -> None:
    """Stop a pool we made without waiting for work that will never finish."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _warm(course_root: str, quiet: bool = False, assignment: str | None = None) -> int:
    """Start nbgrader in a worker process ahead of the grading (it takes seconds), and the
    kernel of the first notebook it will grade."""
    if quiet:
        silence()
        if assignment is not None:
            start_kernel_ahead(course_root, assignment)
    worker_state(course_root)
    return os.getpid()


class _OutOfTime(Exception):
    pass


def _run_batch(pool: Any, assignment: str, root: str, students: list[str], *, correct: bool,
               tracker: str, deadline: float | None, done: Callable[[GradeResult], None]
               ) -> tuple[dict[str, GradeResult], bool]:
    """Results by student of one batch on one executor, and whether a worker process died."""
    dask = _is_dask(pool)
    options = {"correct": correct, "tracker": None if dask else tracker,
               "quiet": isinstance(pool, cf.ProcessPoolExecutor)}
    if dask:
        options["pure"] = False  # a new run must grade again, not reuse an earlier result
    try:
        futures = {pool.submit(grade_one, root, assignment, s, **options): s for s in students}
    except cf.process.BrokenProcessPool:
        return {}, True
    left = None if deadline is None else max(0.0, deadline - time.monotonic())
    if all(isinstance(f, cf.Future) for f in futures):
        finished = cf.as_completed(futures, timeout=left)
    else:
        from distributed import as_completed as dask_as_completed

        finished = dask_as_completed(list(futures), timeout=left)
    results: dict[str, GradeResult] = {}
    broken = False
    try:
        for future in finished:
            student = futures[future]
            try:
                results[student] = future.result()
            except cf.process.BrokenProcessPool:
                broken = True
                continue
            except Exception as err:  # a lost worker (Dask's KilledWorker), pickling...
                results[student] = GradeResult.failure(assignment, student, "the grading worker "
                                            f"failed: {type(err).__name__}: {err}".strip())
            done(results[student])
    except (TimeoutError, cf.TimeoutError):
        for future, student in futures.items():
            if student not in results:
                future.cancel()
                results[student] = GradeResult.failure(assignment, student,
                                            "it was not graded within the time limit")
                done(results[student])
        raise _OutOfTime(results) from None
    return results, broken


def _grade_all(course: Course, assignment: str, students: list[str], pool: Any, *,
               own: bool, jobs: int, timeout: float | None, correct: bool,
               done: Callable[[GradeResult], None], tracker: Path,
               last: Collection[str] = ()) -> list[GradeResult]:
    """Every student's result, re-running on a fresh pool the ones a dead worker took down.

    A worker process that dies breaks its whole process pool: the students being graded at
    that moment get one more try each, alone in a pool of one process (a submission that
    kills that one too is reported failed); the ones not started yet go on in a fresh pool.
    ``last``: students graded alone after the others (being graded when a run was stopped).
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    results: dict[str, GradeResult] = {}
    queue = [s for s in students if s not in last]
    suspects, first = [s for s in students if s in last], True
    tracker.mkdir(parents=True, exist_ok=True)
    while queue or suspects:
        alone = not queue
        batch, queue, suspects = (suspects, [], []) if alone else (queue, [], suspects)
        if not first:
            pool, own = _new_pool(1 if alone else min(jobs, len(batch))), True
        first = False
        try:
            got, broken = _run_batch(pool, assignment, str(course.root), batch,
                                     correct=correct, tracker=str(tracker),
                                     deadline=deadline,
                                     done=done)
        except _OutOfTime as out:
            results.update(out.args[0])
            if own:
                _stop(pool)
            break
        if own and broken:
            _stop(pool)
        elif own:
            pool.shutdown(wait=True)
        results.update(got)
        left = [s for s in batch if s not in results]
        running = [s for s in left if (tracker / f"{s}.running").exists()]
        for student in running:
            (tracker / f"{student}.running").unlink(missing_ok=True)
            if alone:  # it killed a process of its own: the culprit
                results[student] = GradeResult.failure(
                    assignment, student, "the grading process was killed while it graded "
                    "this submission (a cell may have ended the grader itself)")
                done(results[student])
        waiting = [s for s in left if s not in running]
        if waiting and not got and not running:  # no progress: the processes fail to start
            for student in waiting:
                results[student] = GradeResult.failure(assignment, student, "the grading processes "
                                            "died before they started grading")
                done(results[student])
            break
        if alone:
            suspects = waiting
        else:
            suspects, queue = suspects + running, waiting
    for student in students:  # left waiting when the time ran out
        if student not in results:
            results[student] = GradeResult.failure(assignment, student,
                                        "it was not graded within the time limit")
            done(results[student])
    return [results[s] for s in students]


def _root_preflight(course: Course) -> list[str]:
    """As root: a kernel's own account can start the kit's Python as the kernels will be
    started; the course is hidden from the kernels, or else made private."""
    if not guard.running_as_root():
        return []
    from kit.errors import KitError

    hidden = hidden_folders(course)
    probe = [sys.executable, "-c", "import ipykernel, kit.coursework.autograde"]
    with accounts.kernel_slot() as account, tempfile.TemporaryDirectory() as home:
        assert account is not None
        os.chown(home, account.uid, account.gid)
        if why := guard.can_run_python(guard.limited_command(probe, account, home, hidden)):
            raise KitError(
                f"Grading as root runs students' notebooks as the account {account.name}, "
                f"which cannot start the kit's Python ({sys.executable}): {why}. Make the "
                "kit's environment readable to every account (chmod -R o+rX on it), or grade "
                "as an ordinary user.")
    if hidden:
        return []
    gradebook = course.gradebook_file
    return accounts.private_course(course.root, [gradebook] if gradebook else [])


def grade_assignment(course: Course, assignment: str, *, jobs: int | None = None,
                     students: list[str] | None = None, executor: Any = None,
                     progress: bool = True, timeout: float | None = None,
                     correct: bool = True, carry_on: bool = True) -> GradeSummary:
    """Autograde ``assignment`` for ``students`` (default: every collected submission).

    ``jobs``: processes at once (default: the number of CPUs). ``executor``: anything with
    ``.submit(fn, *args)`` returning futures, e.g. a ``ProcessPoolExecutor`` or a
    ``dask.distributed.Client`` pointed at a scheduler (the course folder must be at the same
    path on its workers); by default a pool of ``jobs`` spawned processes. ``timeout``: seconds
    for the whole run; students not graded by then are reported failed. ``correct``: set to 0
    the test cells whose points an independent check of the workbook does not confirm.
    ``carry_on``: when an earlier run over the whole class was stopped (killed, the machine
    went down), grade only the students it had not graded yet.

    Each result is kept in the course's summary as soon as it is known. This process is made
    non-dumpable (:func:`kit.course.grader.guard.hide_process`): students' kernels cannot
    read its environment. As root, students' notebooks run as accounts of their own, and the
    course is made unreadable to other accounts.
    """
    course.check_assignment(assignment)
    guard.hide_process()
    whole_class = students is None
    from kit.course.directory import REFUSED, name_problem

    collected = set(course.submitted(assignment))
    refused = course.refused(assignment, students)  # unsafe names: reported, never graded
    students = sorted(set(students if students is not None else collected))
    missing = [GradeResult.failure(assignment, s, "there is no collected submission")
               for s in students if s not in collected and not name_problem(s)]
    missing += [GradeResult.failure(assignment, s, REFUSED + why) for s, why in refused.items()]
    students = [s for s in students if s in collected]
    jobs = max(1, jobs or os.cpu_count() or 1)
    started = time.perf_counter()
    notices: list[str] = []
    plan = CarryOn(students)
    if whole_class and carry_on:
        plan = carry.carry_on(course, assignment, students)
        if plan.run is not None:
            notices.append(f"Carrying on the grading of {assignment} that was stopped (started "
                           f"{plan.run['started']}): {len(plan.kept)} already graded, "
                           f"{len(plan.todo)} to go.")
    students = plan.todo
    if whole_class and students:  # stamped as the summary stamps results: compared with them
        run = plan.run or {"started": now_stamp(), "students": sorted(collected), "stops": {}}
        write_run(course, assignment, run)
    from rich import progress as rp
    from rich.console import Console

    console = Console(stderr=True)
    bar = rp.Progress(rp.SpinnerColumn(), rp.TextColumn("[bold]{task.description}"),
                      rp.BarColumn(), rp.MofNCompleteColumn(), rp.TimeElapsedColumn(),
                      rp.TextColumn("{task.fields[last]}"), console=console,
                      disable=not (progress and console.is_terminal and students))
    task = bar.add_task("Starting nbgrader", total=len(students), last="")

    def done(result: GradeResult) -> None:
        state = "graded" if result.success else "failed"
        bar.update(task, advance=1, last=f"{result.student} {state}")
        # kept at once: a run that is stopped loses nothing graded so far (a failure to
        # keep it is said once, at the end)
        with contextlib.suppress(OSError):
            save_summary(course.root, GradeSummary.of(assignment, [result], 0.0, jobs))

    results: list[GradeResult] = []
    if not students:  # else said with the checks made while the workers start
        for notice in notices:
            console.print(notice, highlight=False, markup=False)
    with bar:
        if students:
            pool = executor if executor is not None else _new_pool(min(jobs, len(students)))
            try:
                ready = _prepare_on(pool, course, assignment, students, jobs)
                # as root, checked while the workers start nbgrader (before any grading)
                for notice in _root_preflight(course) + notices:
                    console.print(notice, highlight=False, markup=False)
                ready.result()
            except BaseException:
                if executor is None:
                    _stop(pool)
                if whole_class and plan.run is None:  # nothing was graded: no run to carry on
                    run_path(course.root, assignment).unlink(missing_ok=True)
                raise
            bar.update(task, description=f"Grading {assignment}")
            results = _grade_all(course, assignment, students, pool, own=executor is None,
                                 jobs=jobs, timeout=timeout, correct=correct, done=done,
                                 tracker=tracker_path(course.root, assignment),
                                 last=plan.last)
    summary = GradeSummary.of(assignment, plan.kept + plan.failed + results + missing,
                              time.perf_counter() - started, jobs)
    try:  # for the class report: who was flagged, and why
        summary.saved_to = str(save_summary(course.root, summary))
        if whole_class:
            run_path(course.root, assignment).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                tracker_path(course.root, assignment).rmdir()
    except OSError as err:
        console.print(f"The grading summary could not be kept in the course: {err}")
    return summary
