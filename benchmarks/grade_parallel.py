"""`nbgrader autograde` (serial) against the kit's parallel grader, on the same class.

    python benchmarks/grade_parallel.py [--students 16] [--assignment 01-segments]
                                        [--jobs 2] [--rounds 1] [--keep DIR]
                                        [--baseline REV]

Builds a course in a temporary folder with a class of submissions as ``nbgrader collect``
leaves them (excellent, good, partial and blank work, in turn), copies it, then times the real
``nbgrader autograde A`` command (every student, one after another) in one copy and
``grade_assignment(..., jobs=N)`` in the other, in the same run. The two gradebooks must agree
for every student (score, each cell's auto_score and needs_manual_grade). Prints the ratio
(target: at least 1.8 with 2 jobs on 2 cores) and where the time went: nbgrader's start-up,
the per-student time in each mode, and how much CPU two processes get on this machine right now
(a shared or throttled machine cannot give 2x whatever the grader does). With ``--rounds R``
the two are run R times, alternating which goes first, and the medians are compared.

Then it times the real ``cdkit grade A --student ID`` on the class just graded (one student
graded again, alone: target under 5 s). With ``--baseline REV`` (a git revision of this
repository, e.g. the commit before a change) the same class is also graded, in the same run,
by the grader as it was at REV (its ``kit/`` put first on the path of that run's processes),
and the CPU-seconds per student of the two are compared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kit.course.grader import GradeResult

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the tests' helpers make the class

TARGET = 1.8
ONE_STUDENT_TARGET = 5.0
KINDS = ("excellent", "good", "partial", "blank")
BUSY = "x = 0\nfor i in range(15_000_000): x += i"


def make_class(base: Path, assignment: str, students: int) -> tuple[Path, list[str]]:
    from conftest import add_interviews, build_good_workbook
    from test_grader import partial_workbook, submit, write_reflection

    from kit.course.create import init_course

    course = init_course(base / "course", exchange=str(base / "exchange")).root
    names = []
    for i in range(students):
        kind = KINDS[i % len(KINDS)]
        name = f"{kind}{i:02d}"
        if kind == "excellent":
            submit(course, name, add_interviews(build_good_workbook()), edit=write_reflection,
                   assignment=assignment)
        elif kind == "good":
            submit(course, name, build_good_workbook(), assignment=assignment)
        elif kind == "partial":
            submit(course, name, partial_workbook()[0], assignment=assignment)
        else:
            submit(course, name, assignment=assignment)
        names.append(name)
    return course, names


def cpu_capacity() -> float:
    """How many times one process's CPU two busy processes get here, now (2.0 is ideal)."""
    def run(n: int) -> float:
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(n)]
        for p in procs:
            p.wait()
        return time.perf_counter() - started
    one = run(1)
    return round(2 * one / run(2), 2)


def cpu_seconds() -> float:
    """CPU used so far by this process and its finished children (workers, kernels, tests)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def serial(course: Path, assignment: str) -> float:
    from kit.course.directory import Course

    started = time.perf_counter()
    Course(course).nbgrader("autograde", assignment, check=False)
    return time.perf_counter() - started


def parallel(course: Path, assignment: str, jobs: int) -> tuple[float, list[GradeResult]]:
    from kit.course.directory import Course
    from kit.course.grader import grade_assignment

    started = time.perf_counter()
    summary = grade_assignment(Course(course), assignment, jobs=jobs, progress=False)
    return time.perf_counter() - started, summary.results


def baseline(course: Path, assignment: str, jobs: int, rev: str, base: Path) -> tuple[float, float]:
    """(seconds, CPU-seconds) of grading ``course`` with the kit as it was at ``rev``."""
    kit = base / f"kit-at-{rev}"
    if not kit.is_dir():
        kit.mkdir(parents=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "kit"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(kit)], input=archive, check=True)
    code = ("import sys; from kit.course.directory import Course; "
            "from kit.course.grader import grade_assignment; "
            f"assert __import__('kit').__file__.startswith({str(kit)!r}); "
            "grade_assignment(Course(sys.argv[1]), sys.argv[2], jobs=int(sys.argv[3]), "
            "progress=False)")
    env = {**os.environ, "PYTHONPATH": str(kit)}
    before, started = cpu_seconds(), time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(course), assignment, str(jobs)], env=env,
                   check=True, capture_output=True, cwd=base)  # not here: this kit is first
    return time.perf_counter() - started, cpu_seconds() - before


def one_student(course: Path, assignment: str, student: str) -> float:
    """Seconds of the real ``cdkit grade A --student ID`` on a graded class."""
    cdkit = Path(sys.executable).parent / "cdkit"
    started = time.perf_counter()
    subprocess.run([str(cdkit), "grade", assignment, "--student", student, "--course",
                    str(course)], check=True, capture_output=True)
    return time.perf_counter() - started


def nbgrader_startup() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from nbgrader.apps import NbGraderAPI"], check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=16)
    parser.add_argument("--assignment", default="01-segments")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--keep", help="build the courses in this folder and keep them")
    parser.add_argument("--baseline", metavar="REV", help="also grade with the kit at this git "
                        "revision, in the same run, and compare the CPU per student")
    args = parser.parse_args(argv)
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent),
                                          os.environ.get("PATH", "")])
    from test_grader import copy_course, gradebook_state

    base = Path(args.keep or tempfile.mkdtemp(prefix="cdkit-bench-")).resolve()
    base.mkdir(parents=True, exist_ok=True)
    print(f"building a class of {args.students} for {args.assignment} in {base} ...")
    course, students = make_class(base / "class", args.assignment, args.students)
    startup = nbgrader_startup()
    times: dict[str, list[float]] = {"serial": [], "parallel": []}
    capacity, per_student, identical = [], [], True
    cpu: dict[str, list[float]] = {"serial": [], "parallel": []}
    for r in range(args.rounds):
        ours = copy_course(course, base / f"round{r}-parallel")
        theirs = copy_course(course, base / f"round{r}-serial")
        capacity.append(cpu_capacity())
        load = os.getloadavg()[0]
        order = ("serial", "parallel") if r % 2 == 0 else ("parallel", "serial")
        for mode in order:
            before = cpu_seconds()
            if mode == "serial":
                times["serial"].append(serial(theirs, args.assignment))
            else:
                seconds, results = parallel(ours, args.assignment, args.jobs)
                times["parallel"].append(seconds)
                per_student += [r.seconds for r in results]
            cpu[mode].append(cpu_seconds() - before)
        same = (gradebook_state(ours, students, args.assignment) ==
                gradebook_state(theirs, students, args.assignment))
        identical &= same
        print(f"round {r + 1}: serial {times['serial'][-1]:.1f} s, parallel "
              f"{times['parallel'][-1]:.1f} s, gradebooks identical: {same}, "
              f"load before {load:.1f}, CPU capacity of 2 processes {capacity[-1]:.2f}x")
    t_serial, t_parallel = (statistics.median(times[m]) for m in ("serial", "parallel"))
    ratio = t_serial / t_parallel
    serial_each = (t_serial - startup) / len(students)
    print(f"\n{len(students)} students of {args.assignment}, {os.cpu_count()} CPUs, "
          f"{args.rounds} round(s), medians:")
    print(f"  nbgrader autograde (serial)      {t_serial:7.1f} s")
    print(f"  grade_assignment (jobs={args.jobs})       {t_parallel:7.1f} s")
    print(f"  ratio {ratio:.2f}x (target >= {TARGET})")
    print(f"  scores identical to nbgrader's: {identical}")
    print("where the time goes:")
    print(f"  nbgrader start-up (import) per process          {startup:5.1f} s")
    print(f"  per student, serial CLI (start-up taken out)    {serial_each:5.1f} s")
    print(f"  per student, in a parallel worker (median)      "
          f"{statistics.median(per_student):5.1f} s")
    print(f"  CPU two busy processes get vs one (2.0 ideal)   "
          f"{statistics.median(capacity):5.2f}x")
    cpu_serial, cpu_parallel = (statistics.median(cpu[m]) for m in ("serial", "parallel"))
    print(f"  CPU seconds used: serial {cpu_serial:.1f}, parallel {cpu_parallel:.1f} "
          f"(so on {args.jobs} free cores at best {cpu_parallel / args.jobs:.1f} s, "
          f"{t_serial / (cpu_parallel / args.jobs):.2f}x)")
    per = cpu_parallel / len(students)
    print(f"  CPU seconds per student, grade_assignment       {per:5.2f}")
    ok = identical and ratio >= TARGET
    if args.baseline:
        then = copy_course(course, base / "baseline")
        seconds, used = baseline(then, args.assignment, args.jobs, args.baseline, base)
        same = (gradebook_state(then, students, args.assignment) ==
                gradebook_state(ours, students, args.assignment))
        print(f"  the grader at {args.baseline}: {seconds:.1f} s, {used:.1f} CPU seconds, "
              f"{used / len(students):.2f} per student; now {per / (used / len(students)):.2f}"
              f" of that; gradebooks identical: {same}")
        ok &= same
    alone = one_student(ours, args.assignment, students[-1])
    print(f"  cdkit grade {args.assignment} --student {students[-1]} (a graded class of "
          f"{len(students)}): {alone:.1f} s (target < {ONE_STUDENT_TARGET:g} s)")
    return 0 if ok and alone < ONE_STUDENT_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
