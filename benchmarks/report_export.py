"""`nbgrader export` against `cdkit report` + `cdkit export` on a class of 5,000 students.

    python benchmarks/report_export.py [--students 5000] [--keep]

Makes a fresh course (``init_course``) in a temporary folder, grows its gradebook with
:func:`benchmarks.gradebook.grow` (one graded assignment per student), then times, in the same
run and on the same gradebook, the real command lines as an instructor runs them:

- ``nbgrader export --to FILE`` (nbgrader's CSV export of every student and assignment);
- ``cdkit report --out FILE`` plus ``cdkit export --out FILE --format wide``.

If the ``cdkit report``/``cdkit export`` commands are not available, the same work is timed
through ``python -c`` calls of :func:`kit.course.export.export_grades` and
:func:`kit.course.report.write_report` instead (the output says which). Each command is started
once before timing (``--help``) so that both sides run with warm file caches.

Then checks that every score in the wide CSV equals nbgrader's ``score`` for that student and
assignment (an empty cell where nbgrader writes 0 for a missing submission) and that
``max_total`` is the sum of nbgrader's ``max_score``. Target: cdkit at least 10 times faster.
Exits 1 when a score differs or the target is missed. ``--keep`` keeps the course folder.
"""

from __future__ import annotations

import argparse
import csv
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gradebook import grow  # benchmarks/ is not a package

from kit.course.create import init_course
from kit.course.directory import Course

TARGET = 10.0
BIN = Path(sys.executable).parent


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}"
                         f"{result.stderr[-2000:]}")
    return elapsed


def cdkit_commands(course: Course, out: Path) -> tuple[str, list[list[str]]]:
    """The cdkit side: the real commands if they exist, else the API through python -c."""
    cdkit = BIN / "cdkit"
    available = cdkit.exists() and all(
        subprocess.run([str(cdkit), name, "--help"], capture_output=True,
                       env=course.env()).returncode == 0 for name in ("report", "export"))
    if available:
        return "cdkit report + cdkit export (command line)", [
            [str(cdkit), "report", "--out", str(out / "report.html")],
            [str(cdkit), "export", "--out", str(out / "cdkit-grades.csv"), "--format", "wide"],
        ]
    calls = [f"from kit.course.export import export_grades; "
             f"export_grades({str(course.root)!r}, {str(out / 'cdkit-grades.csv')!r})"]
    what = "kit.course.export.export_grades via python -c (cdkit commands not available)"
    try:
        import kit.course.report  # noqa: F401
    except ImportError:
        what += "; kit.course.report missing: the report is NOT timed"
    else:
        calls.insert(0, f"from kit.course.report import write_report; "
                        f"write_report({str(course.root)!r}, {str(out / 'report.html')!r})")
        what = what.replace("export_grades via", "export_grades + report.write_report via")
    return what, [[sys.executable, "-c", call] for call in calls]


def compare(nbgrader_csv: Path, wide_csv: Path) -> list[str]:
    """Differences between nbgrader's export and the wide CSV (an empty list when equal)."""
    with nbgrader_csv.open(encoding="utf-8", newline="") as handle:
        theirs = list(csv.DictReader(handle))
    with wide_csv.open(encoding="utf-8", newline="") as handle:
        ours = {row["student_id"]: row for row in csv.DictReader(handle)}
    problems = []
    maxima = {row["assignment"]: float(row["max_score"]) for row in theirs}
    students = {row["student_id"] for row in theirs}
    if students != set(ours):
        problems.append(f"students differ: {len(students)} in nbgrader's, {len(ours)} in ours")
    for row in theirs:
        mine = ours.get(row["student_id"], {}).get(row["assignment"])
        if mine is None:
            problems.append(f"no column/row for {row['student_id']} / {row['assignment']}")
        elif not math.isclose(float(mine or 0), float(row["score"]), abs_tol=1e-6):
            problems.append(f"{row['student_id']} / {row['assignment']}: {mine!r} here, "
                            f"{row['score']} in nbgrader's")
        elif mine == "" and row["timestamp"]:
            problems.append(f"{row['student_id']} / {row['assignment']}: submitted but empty")
    for row in ours.values():
        if not math.isclose(float(row["max_total"]), sum(maxima.values())):
            problems.append(f"max_total {row['max_total']} != {sum(maxima.values())}")
            break
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=5000)
    parser.add_argument("--keep", action="store_true", help="keep the course folder")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="cdkit-bench-"))
    try:
        started = time.perf_counter()
        course = init_course(base / "course", exchange=str(base / "exchange"))
        added = grow(course, args.students)
        print(f"course with {added} students (one graded assignment each) ready in "
              f"{time.perf_counter() - started:.1f} s: {course.root}")
        env = course.env()
        nbgrader = [str(BIN / "nbgrader"), "export", "--to", str(base / "nbgrader-grades.csv")]
        what, commands = cdkit_commands(course, base)
        subprocess.run([str(BIN / "nbgrader"), "export", "--help"], capture_output=True,
                       env=env, cwd=course.root)  # warm caches and bytecode
        for command in commands:
            subprocess.run([*command[:2], "--help"] if command[0] != sys.executable
                           else [sys.executable, "-c", "import kit.course.export"],
                           capture_output=True, env=env, cwd=course.root)
        slow = timed(nbgrader, course.root, env)
        parts = [timed(command, course.root, env) for command in commands]
        fast = sum(parts)
        ratio = slow / fast
        print(f"students: {args.students}")
        print(f"  nbgrader export           {slow:8.2f} s")
        print(f"  {what}")
        print(f"                            {fast:8.2f} s  ("
              + " + ".join(f"{p:.2f}" for p in parts) + ")")
        print(f"  ratio nbgrader/cdkit = {ratio:.1f}x (target >= {TARGET:g}x)")
        problems = compare(base / "nbgrader-grades.csv", base / "cdkit-grades.csv")
        if problems:
            print(f"  scores DIFFER from nbgrader export ({len(problems)}):")
            for line in problems[:10]:
                print(f"    {line}")
        else:
            print("  wide CSV scores equal nbgrader export's for every student and assignment")
        return 0 if not problems and ratio >= TARGET else 1
    finally:
        if args.keep:
            print(f"kept: {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
