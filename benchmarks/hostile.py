"""Grading a class with hostile submissions against the same class without them.

    PATH=$PWD/.venv/bin:$PATH .venv/bin/python benchmarks/hostile.py \\
        [--honest 8] [--jobs 2] [--timeout 8] [--rounds 1] [--keep DIR]

Builds a course (``init_course``) in a temporary folder with ``--honest`` honest submissions
(excellent and partial work in turn: 7 and 3 points), copies it, and adds to the copy one
submission per hostile case of ``tests/test_hostile.py`` (an endless loop, one that ignores the
interrupt, a 20 GB memory hog, a flood of output, deleted and altered test cells, cells that
redefine ``kit.course.grade`` or Python's builtins or copy another student's workbook at
grading time, a garbage, missing or 30 MB workbook, a notebook that is not JSON, links to
``/etc/passwd`` and outside the submission, a named pipe, a reader of the grader's
``/proc/<pid>/environ``, a cell that kills the grader, a process left behind to change the
gradebook after grading) and a submission folder named ``*``. Each copy's cell time limit is
``--timeout`` seconds. Then, in the same run, grades the honest class and the hostile class
with ``grade_assignment(jobs=N)`` (with ``--rounds R``: R times each, alternating which goes
first, medians compared; later rounds re-grade the same courses, whose links outside were
removed by the first), and prints the time of each,
what each hostile case got (score, failure, flags), and checks that:

- the honest students have the same scores in both gradebooks (7 or 3);
- every hostile submission has a score, or a failure with a reason;
- no hostile submission scores more than its workbook earns (3 with partial work, else 0), and
  every cheat is flagged; the student ``*`` is refused, not graded, and is not in the gradebook;
  as root, no process of the kernels' accounts is left.

Exits 1 if a check fails.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.course.grader import GradeSummary

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the tests' helpers make the class

# The most each hostile case's workbook earns, and whether it is a cheat (must be flagged).
EARNS = {"loop": 3, "stubborn": 3, "hog": 3, "flood": 3, "deleted": 3, "altered": 3,
         "redefine": 3, "imports": 3, "forge": 3, "assertion": 3, "steal": 3, "garbage": 0,
         "missing": 0, "huge": 7, "badjson": 0, "passwd": 0, "outside": 0, "environ": 3,
         "killer": 3, "after": 3}
CHEATS = {"deleted", "altered", "redefine", "imports", "forge", "assertion", "steal", "passwd",
          "outside"}
#: A submission folder whose name is a pattern: never graded, nobody else graded again.
GLOB = "*"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--honest", type=int, default=8, help="honest students (at least 2)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=8, help="seconds per cell")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="make the courses here and keep them")
    args = parser.parse_args(argv)
    if args.honest < 2:
        parser.error("--honest must be 2 or more (ada and pat)")

    from test_grader import copy_course, gradebook_state
    from test_hostile import HOSTILE, make_course, submit_honest, submit_hostile

    from kit.course.directory import Course
    from kit.course.grader import grade_assignment

    base = args.keep or Path(tempfile.mkdtemp(prefix="cdkit-hostile-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        course = make_course(base / "honest", args.timeout)
        names = ["ada", "pat"] + [f"honest{i:02d}" for i in range(2, args.honest)]
        expected = submit_honest(course, names)
        twin = copy_course(course, base / "hostile" / "course")
        submit_hostile(twin, base / "elsewhere")
        assert set(Course(twin).submitted("01-segments")) == set(names) | set(HOSTILE)
        from test_grader import REDEFINE_GRADE, partial_workbook, submit

        submit(twin, GLOB, partial_workbook()[0], edit=REDEFINE_GRADE)  # refused, by name

        print(f"Grading {len(names)} honest students, then the same class with "
              f"{len(HOSTILE)} hostile submissions ({args.jobs} at a time, cells stopped "
              f"after {args.timeout} s) ...", flush=True)
        times: dict[str, list[float]] = {"honest": [], "hostile": []}
        # the first grading of each class (later rounds find the links gone)
        summaries: dict[str, GradeSummary] = {}
        for round_ in range(max(1, args.rounds)):
            order = [("honest", course), ("hostile", twin)]
            for kind, where in order if round_ % 2 == 0 else order[::-1]:
                started = time.perf_counter()
                got = grade_assignment(Course(where), "01-segments", jobs=args.jobs,
                                       progress=False)
                times[kind].append(time.perf_counter() - started)
                summaries.setdefault(kind, got)
        honest, hostile = summaries["honest"], summaries["hostile"]
        honest_s, hostile_s = (statistics.median(times[k]) for k in ("honest", "hostile"))

        problems = []
        if honest.failed or honest.flagged:
            problems.append(f"the honest class was not graded cleanly: {honest.failed} "
                            f"{honest.flagged}")
        scores = {s: v["score"] for s, v in gradebook_state(course, names).items()}
        twin_scores = {s: v["score"] for s, v in gradebook_state(twin, names).items()}
        if scores != expected or twin_scores != expected:
            problems.append(f"honest scores differ: {scores} / {twin_scores} / {expected}")
        print(f"\n{'case':<10} {'score':>6}  outcome")
        for r in hostile.results:
            student = r.student
            if student not in EARNS:
                continue
            reasons = ([f"failed: {r.error}"] if not r.success else []) + r.flagged
            score = "-" if r.score is None else f"{r.score:g}"
            print(f"{student:<10} {score:>6}  {reasons[0] if reasons else 'graded'}"
                  + (f" (+{len(reasons) - 1} more)" if len(reasons) > 1 else ""))
            if r.score is None and not (not r.success and r.error):
                problems.append(f"{student}: neither a score nor a reason")
            if r.score is not None and r.score > EARNS[student]:
                problems.append(f"{student}: {r.score:g} points, its workbook earns "
                                f"{EARNS[student]}")
            if student in CHEATS and not r.flagged:
                problems.append(f"{student}: a cheat that was not flagged")
        if GLOB in hostile.graded or GLOB not in hostile.failed:
            problems.append(f"the student named {GLOB!r} was graded, not refused")
        from kit.course.grader.guard import running_as_root

        if running_as_root():
            from test_hostile import kernel_account_processes

            if left := kernel_account_processes():
                problems.append(f"processes of the kernels' accounts still run: {left}")
        with Course(twin).gradebook() as gb:
            if GLOB in {s.id for s in gb.students}:
                problems.append(f"the gradebook has a student {GLOB!r}")
        gained = {s: v["score"] for s, v in gradebook_state(twin, list(EARNS)).items()
                  if v["score"] is not None and v["score"] > EARNS[s]}
        if gained:
            problems.append(f"points gained by cheats (in the gradebook): {gained}")
        print(f"{GLOB!r} (a name that is a pattern): {hostile.failed.get(GLOB, 'graded!')}")
        print(f"Points gained by any cheat: {sum(gained.values()) if gained else 0}; honest "
              f"scores changed: {sum(1 for s in names if twin_scores.get(s) != expected[s])}")
        graded = sum(1 for s in HOSTILE if s in hostile.graded)
        print(f"\nHostile cases graded: {len(HOSTILE)} ({graded} with a score, "
              f"{len(HOSTILE) - graded} failed with a reason); flagged for review: "
              f"{sum(1 for s in HOSTILE if s in hostile.flagged)}")
        rounds = f" (median of {len(times['honest'])})" if len(times["honest"]) > 1 else ""
        print(f"Honest class ({len(names)} students):          {honest_s:6.1f} s{rounds}  "
              f"{[round(t, 1) for t in times['honest']]}")
        print(f"Same class + {len(HOSTILE)} hostile ({len(names) + len(HOSTILE)} students): "
              f"{hostile_s:6.1f} s{rounds}  {[round(t, 1) for t in times['hostile']]}  "
              f"(+{hostile_s - honest_s:.1f} s, {(hostile_s - honest_s) / len(HOSTILE):.1f} s "
              "per hostile case)")
        slowest = sorted(hostile.results, key=lambda r: -r.seconds)[:4]
        print("Slowest submissions: " + ", ".join(f"{r.student} {r.seconds:.1f} s"
                                                   for r in slowest))
        for problem in problems:
            print(f"PROBLEM: {problem}")
        return 1 if problems else 0
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
