"""Grade an assignment's submissions in parallel, leaving the gradebook as ``nbgrader autograde``.

nbgrader autogrades one submission at a time. Here each student is one unit of work,
:func:`grade_one`, a plain top-level function that any ``concurrent.futures``-style executor can
run: local processes by default, or a Dask cluster (``dask.distributed.Client``)::

    from kit.course.directory import Course
    from kit.course.grader import grade_assignment

    summary = grade_assignment(Course("my-course"), "01-segments", jobs=4)
    print(summary)            # graded, failed (with the reason), flagged for review

Every worker process runs nbgrader's own ``NbGraderAPI.autograde`` for one student, so the
scores, the cells needing manual grading and the autograded notebooks are nbgrader's. The
gradebook is prepared once before any grading is submitted (the assignment and every student
exist, so workers never race to create rows; it runs as the first task, so that the parent
never pays nbgrader's start-up), and the SQLite URL waits for other writers (``Course.db_url``
carries a lock timeout).

After grading, each submission is checked again, independently of the student's kernel: the
tests of :mod:`kit.course.rubric` are run on the submitted ``workbook.json`` in the worker.
A test cell that got points the workbook does not earn (a student cell that replaced
``kit.course.grade``, say) is flagged, its score is set to 0 and it is marked for manual
grading, so the score never exceeds what the workbook earns (``correct=False`` keeps
nbgrader's score and only flags it).
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import re
import socket
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kit.course.directory import Course

__all__ = ["GradeSummary", "grade_assignment", "grade_id_for", "grade_one", "recheck"]

TAMPERING = "score differs from an independent check of the workbook (possible tampering)"
LOG_TAIL_LINES = 25

# One nbgrader API per worker process and course: nbgrader's import and start-up cost seconds.
_STATE: dict[str, tuple[Course, Any]] = {}
_RELEASED: dict[tuple[str, str], dict[str, str]] = {}


def grade_id_for(assignment: str, test_id: str) -> str:
    """The ``grade_id`` of an assignment's test cell: ``test_01_segments_targeted_specific``."""
    return f"test_{assignment.replace('-', '_')}_{test_id.replace('-', '_')}"


# -- the unit of work ----------------------------------------------------------------------


def _worker_state(course_root: str) -> tuple[Course, Any]:
    if course_root not in _STATE:
        os.environ.pop("CDKIT_WORKBOOK", None)  # the kernel must grade the submitted workbook
        course = Course(course_root)
        _STATE[course_root] = (course, course.api())
    return _STATE[course_root]


def _silence() -> None:
    """Send this worker's (and its kernels') console output to /dev/null, once."""
    if os.environ.get("CDKIT_GRADER_QUIET") != str(os.getpid()):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.close(devnull)
        os.environ["CDKIT_GRADER_QUIET"] = str(os.getpid())


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
        course, api = _worker_state(str(course_root))
        outcome = api.autograde(assignment, student, force=True, create=True)
    except (Exception, SystemExit):
        result["error"] = _last_line(traceback.format_exc())
    else:
        log = outcome.get("log") or ""
        result["log"] = "\n".join(log.strip().splitlines()[-LOG_TAIL_LINES:])
        result["success"] = bool(outcome.get("success"))
        if not result["success"]:
            result["error"] = _plain_error(log, outcome.get("error") or "", course)
        try:  # graded by nbgrader by now: a problem here is a reason to review, not a failure
            result["flagged"] = _log_flags(log, course, assignment) + _timeouts(
                course, assignment, student)
            reasons, over = _independent_check(course, assignment, student)
            result["flagged"] += reasons
            if over and correct:
                _set_to_zero(course, assignment, student, over)
                result["corrected"] = over
            result.update(_read_back(course, assignment, student))
        except Exception:
            result["flagged"].append("the independent check could not run: "
                                     + _last_line(traceback.format_exc()))
    finally:
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
                           "Python)"),
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
            attr, cell, got = m.group(1), m.group(2), m.group(4)
            if attr == "checksum":
                if got == _released_checksums(course, assignment).get(cell):
                    continue  # as released: hidden tests are not in the students' copy
                flags.append(f"the locked cell {cell} was edited (nbgrader ran the original)")
            else:
                flags.append(f"the {attr} of cell {cell} was changed (nbgrader put it back)")
        elif m := _MISSING.search(line):
            flags.append(f"the graded cell {m.group(1)} was missing (nbgrader put it back)")
        elif m := _UNKNOWN.search(line):
            flags.append(f"the notebook has a graded cell {m.group(1)} that is not in the "
                         "assignment")
    return list(dict.fromkeys(flags))


def _timeouts(course: Course, assignment: str, student: str) -> list[str]:
    path = course.root / "autograded" / student / assignment / f"{assignment}.ipynb"
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    if '"CellTimeoutError"' in text:
        timeout = course.config.Execute.get("timeout", 30)
        return [f"a cell ran for more than {timeout} s and was stopped"]
    return []


def _independent_check(course: Course, assignment: str, student: str
                       ) -> tuple[list[str], list[str]]:
    """(reasons, grade_ids where nbgrader gave points that the workbook does not earn)."""
    from nbgrader.api import MissingEntry

    from kit.course import rubric
    from kit.errors import KitError
    from kit.workbook import WorkbookStore

    try:
        spec = rubric.assignment(assignment)
    except KitError:
        return [], []  # an assignment the kit has no rubric for: nothing to compare with
    reasons: list[str] = []
    path = course.root / "submitted" / student / assignment / "workbook.json"
    wb = None
    if path.is_file():
        try:
            wb = WorkbookStore(path).read(path)
        except Exception as err:  # damaged: it fails every test
            why = _last_line(str(err)) if isinstance(err, KitError) else type(err).__name__
            reasons.append(f"the workbook file could not be read, so it fails every test "
                           f"({why})")
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

    Runs every autograded test of the rubric on the submitted ``workbook.json`` (a damaged
    file fails every test), in this process, and compares with the ``auto_score`` nbgrader
    saved: a test that got points but fails here is "possible tampering".
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
                "needs_manual_grade": bool(submission.needs_manual_grade)}


# -- the whole class --------------------------------------------------------------------------


@dataclass
class GradeSummary:
    """What ``grade_assignment`` did: one result dict per student, and the totals."""

    assignment: str
    results: list[dict] = field(default_factory=list)
    graded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    flagged: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    jobs: int = 1

    @classmethod
    def of(cls, assignment: str, results: list[dict], seconds: float, jobs: int
           ) -> GradeSummary:
        results = sorted(results, key=lambda r: r["student"])
        return cls(assignment, results,
                   graded=[r["student"] for r in results if r["success"]],
                   failed={r["student"]: r["error"] or "unknown error"
                           for r in results if not r["success"]},
                   flagged={r["student"]: r["flagged"] for r in results if r["flagged"]},
                   seconds=round(seconds, 2), jobs=jobs)

    def to_dict(self) -> dict:
        return asdict(self)

    def render(self):
        """A rich Table: one row per student graded with a problem, and the totals."""
        from rich.table import Table

        table = Table(title=f"Grading {self.assignment}: {len(self.graded)} graded, "
                            f"{len(self.failed)} failed, {len(self.flagged)} flagged for "
                            f"review ({self.seconds:.0f} s, {self.jobs} at a time)",
                      title_justify="left", show_lines=False)
        table.add_column("Student")
        table.add_column("Score", justify="right")
        table.add_column("Status")
        table.add_column("Reason")
        for r in self.results:
            student = r["student"]
            score = "-" if r["score"] is None else f"{r['score']:g}/{r['max_score']:g}"
            if student in self.failed:
                table.add_row(student, score, "[red]failed[/red]", self.failed[student])
            for reason in self.flagged.get(student, []):
                table.add_row(student, score, "[yellow]review[/yellow]", reason)
        if not self.failed and not self.flagged:
            table.add_row("all", "", "[green]graded[/green]", "nothing to review")
        return table

    def __str__(self) -> str:
        import io

        from rich.console import Console

        buffer = io.StringIO()
        Console(file=buffer, width=120).print(self.render())
        return buffer.getvalue()


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
        with tempfile.TemporaryDirectory(prefix="cdkit-release-") as scratch:
            course.nbgrader("generate_assignment", assignment, "--force",
                            f"--CourseDirectory.release_directory={scratch}")


def _prepare_here(course_root: str, assignment: str, students: list[str],
                  quiet: bool = False) -> None:
    """:func:`_prepare` in a worker process, which imports nbgrader anyway."""
    if quiet:
        _silence()
    _prepare(_worker_state(course_root)[0], assignment, students)


def _prepare_on(pool: Any, course: Course, assignment: str, students: list[str],
                jobs: int) -> None:
    """Prepare the gradebook in one task, while the pool's other processes start nbgrader.

    The parent never imports nbgrader (seconds of CPU that the workers need): the first
    worker prepares, the others warm up, and no grading is submitted before it is done.
    """
    quiet = isinstance(pool, cf.ProcessPoolExecutor)
    extra = {"pure": False} if _is_dask(pool) else {}
    ready = pool.submit(_prepare_here, str(course.root), assignment, students, quiet, **extra)
    if quiet:
        for _ in range(getattr(pool, "_max_workers", jobs) - 1):
            pool.submit(_warm, str(course.root), True)
    ready.result()


def _failure(assignment: str, student: str, reason: str) -> dict:
    return {"student": student, "assignment": assignment, "success": False, "error": reason,
            "seconds": 0.0, "score": None, "max_score": None, "needs_manual_grade": None,
            "flagged": [], "corrected": [], "log": "", "worker": None}


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


def _warm(course_root: str, quiet: bool = False) -> int:
    """Start nbgrader in a worker process ahead of the grading (it takes seconds)."""
    if quiet:
        _silence()
    _worker_state(course_root)
    return os.getpid()


class _OutOfTime(Exception):
    pass


def _run_batch(pool: Any, assignment: str, root: str, students: list[str], *, correct: bool,
               tracker: str, deadline: float | None, done: Callable[[dict], None]
               ) -> tuple[dict[str, dict], bool]:
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
    results: dict[str, dict] = {}
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
                results[student] = _failure(assignment, student, "the grading worker "
                                            f"failed: {type(err).__name__}: {err}".strip())
            done(results[student])
    except (TimeoutError, cf.TimeoutError):
        for future, student in futures.items():
            if student not in results:
                future.cancel()
                results[student] = _failure(assignment, student,
                                            "it was not graded within the time limit")
                done(results[student])
        raise _OutOfTime(results) from None
    return results, broken


def _grade_all(course: Course, assignment: str, students: list[str], pool: Any, *,
               own: bool, jobs: int, timeout: float | None, correct: bool,
               done: Callable[[dict], None]) -> list[dict]:
    """Every student's result, re-running on a fresh pool the ones a dead worker took down.

    A worker process that dies breaks its whole process pool: the students being graded at
    that moment get one more try each, alone in a pool of one process (a submission that
    kills that one too is reported failed); the ones not started yet go on in a fresh pool.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    results: dict[str, dict] = {}
    queue, suspects, first = list(students), [], True
    with tempfile.TemporaryDirectory(prefix="cdkit-grading-") as tracker:
        while queue or suspects:
            alone = not queue
            batch, queue, suspects = (suspects, [], []) if alone else (queue, [], suspects)
            if not first:
                pool, own = _new_pool(1 if alone else min(jobs, len(batch))), True
            first = False
            try:
                got, broken = _run_batch(pool, assignment, str(course.root), batch,
                                         correct=correct, tracker=tracker, deadline=deadline,
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
            running = [s for s in left if (Path(tracker) / f"{s}.running").exists()]
            for student in running:
                (Path(tracker) / f"{student}.running").unlink(missing_ok=True)
                if alone:  # it killed a process of its own: the culprit
                    results[student] = _failure(
                        assignment, student, "the grading process was killed while it graded "
                        "this submission (a cell may have ended the grader itself)")
                    done(results[student])
            waiting = [s for s in left if s not in running]
            if waiting and not got and not running:  # no progress: the processes fail to start
                for student in waiting:
                    results[student] = _failure(assignment, student, "the grading processes "
                                                "died before they started grading")
                    done(results[student])
                break
            if alone:
                suspects = waiting
            else:
                suspects, queue = suspects + running, waiting
    for student in students:  # left waiting when the time ran out
        if student not in results:
            results[student] = _failure(assignment, student,
                                        "it was not graded within the time limit")
            done(results[student])
    return [results[s] for s in students]


def grade_assignment(course: Course, assignment: str, *, jobs: int | None = None,
                     students: list[str] | None = None, executor: Any = None,
                     progress: bool = True, timeout: float | None = None,
                     correct: bool = True) -> GradeSummary:
    """Autograde ``assignment`` for ``students`` (default: every collected submission).

    ``jobs``: processes at once (default: the number of CPUs). ``executor``: anything with
    ``.submit(fn, *args)`` returning futures, e.g. a ``ProcessPoolExecutor`` or a
    ``dask.distributed.Client`` pointed at a scheduler (the course folder must be at the same
    path on its workers); by default a pool of ``jobs`` spawned processes. ``timeout``: seconds
    for the whole run; students not graded by then are reported failed. ``correct``: set to 0
    the test cells whose points an independent check of the workbook does not confirm.
    """
    course.check_assignment(assignment)
    collected = set(course.submitted(assignment))
    students = sorted(set(students if students is not None else collected))
    missing = [_failure(assignment, s, "there is no collected submission") for s in students
               if s not in collected]
    students = [s for s in students if s in collected]
    jobs = max(1, jobs or os.cpu_count() or 1)
    started = time.perf_counter()
    from rich import progress as rp
    from rich.console import Console

    console = Console(stderr=True)
    bar = rp.Progress(rp.SpinnerColumn(), rp.TextColumn("[bold]{task.description}"),
                      rp.BarColumn(), rp.MofNCompleteColumn(), rp.TimeElapsedColumn(),
                      rp.TextColumn("{task.fields[last]}"), console=console,
                      disable=not (progress and console.is_terminal and students))
    task = bar.add_task("Starting nbgrader", total=len(students), last="")

    def done(result: dict) -> None:
        state = "graded" if result["success"] else "failed"
        bar.update(task, advance=1, last=f"{result['student']} {state}")

    results: list[dict] = []
    with bar:
        if students:
            pool = executor if executor is not None else _new_pool(min(jobs, len(students)))
            try:
                _prepare_on(pool, course, assignment, students, jobs)
            except BaseException:
                if executor is None:
                    _stop(pool)
                raise
            bar.update(task, description=f"Grading {assignment}")
            results = _grade_all(course, assignment, students, pool, own=executor is None,
                                 jobs=jobs, timeout=timeout, correct=correct, done=done)
    return GradeSummary.of(assignment, results + missing, time.perf_counter() - started, jobs)
