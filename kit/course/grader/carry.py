"""A grading run over the whole class that was stopped (killed, the machine went down)
carries on: the run file says who the run was for and since when, the tracker folder which
submissions were being graded at the stop (graded alone, at the end; failed after
:data:`STOPS_BEFORE_FAILING` stops)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kit.course.directory import Course
from kit.course.grader.result import GradeResult
from kit.course.grader.summary import read_results, summary_path

__all__ = ["STOPS_BEFORE_FAILING", "CarryOn", "carry_on", "not_graded", "read_run",
           "run_path", "tracker_path", "write_run"]


def run_path(course_root: str | os.PathLike[str], assignment: str) -> Path:
    """``<course>/.cdkit/grading/<assignment>.run.json``: there while a grading runs."""
    return summary_path(course_root, assignment).with_suffix(".run.json")


def tracker_path(course_root: str | os.PathLike[str], assignment: str) -> Path:
    """``<course>/.cdkit/grading/<assignment>.running/``: a ``<student>.running`` file for
    each submission being graded."""
    return summary_path(course_root, assignment).with_suffix(".running")


def read_run(course: Course, assignment: str) -> dict | None:
    import json

    from kit.errors import KitError
    from kit.files import read_regular

    path = run_path(course.root, assignment)
    try:
        run = json.loads(read_regular(path, what="the grading's progress", limit=2**24))
    except (OSError, ValueError, KitError):
        return None
    ok = isinstance(run, dict) and isinstance(run.get("students"), list) and all(
        isinstance(s, str) for s in run["students"]) and isinstance(run.get("started"), str)
    if ok and not isinstance(run.get("stops"), dict):
        run["stops"] = {}
    return run if ok else None


def write_run(course: Course, assignment: str, run: dict) -> None:
    import json

    from kit.files import write_atomic

    path = run_path(course.root, assignment)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(run), what="the grading's progress")


#: A submission being graded when this many runs were stopped is not graded again.
STOPS_BEFORE_FAILING = 2


@dataclass
class CarryOn:
    todo: list[str]  # still to grade
    kept: list[GradeResult] = field(default_factory=list)  # graded before the stop
    last: list[str] = field(default_factory=list)  # being graded at a stop: alone, at the end
    failed: list[GradeResult] = field(default_factory=list)  # being graded at every stop
    run: dict | None = None


def carry_on(course: Course, assignment: str, students: list[str]) -> CarryOn:
    """What is left of a run over the whole class that was stopped."""
    run = read_run(course, assignment)
    if run is None:
        return CarryOn(students)
    kept = {r.student: r for r in read_results(course.root, assignment)
            if str(r.graded_at or "") >= run["started"]}
    done = [kept[s] for s in run["students"] if s in kept and s in students]
    finished = {r.student for r in done}
    tracker = tracker_path(course.root, assignment)
    for marker in (tracker.glob("*.running") if tracker.is_dir() else []):
        student = marker.name[:-len(".running")]
        if student in students and student not in finished:
            run["stops"][student] = int(run["stops"].get(student, 0)) + 1
        marker.unlink(missing_ok=True)
    out = CarryOn([], done, run=run)
    for student in students:
        if student in finished:
            continue
        stops = int(run["stops"].get(student, 0))
        if stops >= STOPS_BEFORE_FAILING:
            out.failed.append(GradeResult.failure(
                assignment, student, f"the grading was stopped {stops} times while this "
                "submission was being graded (a cell may end the grader itself): it is not "
                "graded again"))
        else:
            out.todo.append(student)
            if stops:
                out.last.append(student)
    return out


def not_graded(course: Course, assignment: str, students: list[str]) -> list[str]:
    """Those of ``students`` whose submission is not graded yet, or has changed since it was
    graded (its files differ from those graded: a newer submission collected over it). A
    failed grading counts as not graded (it is tried again: the cause may have passed), and
    so does a result kept before digests were (an earlier version of the kit)."""
    from kit.course.grader.submission import digest

    kept = {r.student: r for r in read_results(course.root, assignment)}
    todo = []
    for student in students:
        result = kept.get(student)
        folder = course.root / "submitted" / student / assignment
        if (result is None or not result.success or result.submission is None
                or result.submission != digest(folder)):
            todo.append(student)
    return todo
