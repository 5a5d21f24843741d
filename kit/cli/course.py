"""Instructor commands: course init, release, collect, grade, feedback, report, export, demo.

They run inside a course directory (or with ``--course DIR``), over nbgrader's own command line
and API, with the kit's virtual environment first on PATH for nbgrader's subprocesses.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kit.cli.base import UsageError


def _course(args: argparse.Namespace):
    from kit.course.directory import find_course

    return find_course(args.course)


def _console():
    from rich.console import Console

    return Console(stderr=False)


def cmd_course_init(args: argparse.Namespace) -> int:
    from kit.course.directory import init_course

    course = init_course(args.dir, db_url=args.db, exchange=args.exchange,
                         course_id=args.course_id)
    print(f"Course '{course.course_id}' ready in {course.root}: "
          f"{len(course.assignments())} assignments generated "
          f"({', '.join(course.assignments())}).")
    print(f"Gradebook: {course.db_url.split('?')[0]} · exchange: {course.exchange}")
    print(f"Next: cd {course.root} && cdkit release {course.assignments()[0]}")
    return 0


def _refused_lines(refused: dict[str, str], intro: str) -> list[str]:
    """``intro`` and one line per refused name (already safe to print) with the reason."""
    if not refused:
        return []
    return [intro.format(n=len(refused))] + [f"  {name}: {why}" for name, why in refused.items()]


def cmd_release(args: argparse.Namespace) -> int:
    course = _course(args)
    a = course.check_assignment(args.assignment)
    course.check_gradebook()
    course.check_exchange(create=True)
    course.nbgrader("generate_assignment", a, "--force")
    course.nbgrader("release_assignment", a, "--force")
    print(f"Released {a} to {course.exchange}: students can fetch it now.")
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    course = _course(args)
    students, refused = course.collect(args.assignment)
    print(f"Collected {args.assignment}: {len(students)} submission(s) in "
          f"{course.root / 'submitted'}.")
    for line in _refused_lines(refused, "Refused {n} submission(s) in the exchange, not "
                               "collected (a student id must be a plain name):"):
        print(line)
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from kit.course.grader import grade_assignment

    course = _course(args)
    a = course.check_assignment(args.assignment)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    course.check_gradebook()
    if not course.submitted(a) and not course.refused(a):
        raise UsageError(f"no collected submissions of {a} to grade; run 'cdkit collect {a}' "
                         "first")
    executor = None
    if args.scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'customer-discovery-kit"
                             "[scale]'") from None
        try:
            executor = Client(args.scheduler)
        except (OSError, ValueError, TypeError) as err:  # unreachable, or not an address
            raise UsageError(f"could not connect to the Dask scheduler at {args.scheduler} "
                             f"({err}); start one with 'dask scheduler' and give its "
                             "tcp://HOST:PORT") from None
    try:
        summary = grade_assignment(course, a, jobs=args.jobs, executor=executor,
                                   progress=sys.stderr.isatty())
    finally:
        if executor is not None:
            executor.close()
    _console().print(summary.render())
    return 1 if summary.failed else 0  # graded what it could; say so to scripts


def cmd_feedback(args: argparse.Namespace) -> int:
    course = _course(args)
    a = course.check_assignment(args.assignment)
    course.check_gradebook()
    refused = {**course.refused(a, where="autograded"), **course.refused(a, where="feedback")}
    if refused:
        name, why = next(iter(refused.items()))
        raise UsageError(f"autograded/ or feedback/ holds a folder {name} of {a}, which the kit "
                         f"refuses as a student id ({why}): nbgrader would read it as a "
                         "pattern or a path. Move it out of the course folder and run again")
    if not any(p.is_dir() for p in (course.root / "autograded").glob(f"*/{a}")):
        raise UsageError(f"no graded submission of {a} to give feedback on yet; run "
                         f"'cdkit grade {a}' first")
    if not args.no_release:
        course.check_exchange()
    course.nbgrader("generate_feedback", a, "--force")
    released = ""
    if not args.no_release:
        course.nbgrader("release_feedback", a)
        released = " and released to the exchange"
    print(f"Feedback for {a} generated in {course.root / 'feedback'}{released}.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kit.course.report import write_report

    course = _course(args)
    path = write_report(course, Path(args.out) if args.out else None)
    print(f"Report written to {path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kit.course.export import export_grades

    course = _course(args)
    path = export_grades(course, Path(args.out) if args.out else None, fmt=args.format)
    print(f"Grades ({args.format}) written to {path}")
    from kit.course.grader.audit import changed_after_grading
    from kit.escape import esc_terminal as esc

    for assignment in course.assignments():
        for student, reasons in changed_after_grading(course, assignment).items():
            for reason in reasons:
                print(f"Check before uploading: {esc(student)} in {assignment}: {esc(reason)}",
                      file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kit.course.demo import build_demo
    from kit.course.directory import check_new_folder

    if args.students < 1:
        raise UsageError("--students must be 1 or more")
    out = Path(args.out)
    check_new_folder(out)
    result = build_demo(out, args.students, grade=not args.no_grade, db_url=args.db,
                        jobs=args.jobs, progress=sys.stderr.isatty())
    if args.no_grade:
        print(f"Stopped after collecting. Grade with: cd {out} && cdkit grade 01-segments")
    else:
        print(f"Open {result.report} in a browser to see the class.")
    return 0


def register(add, sub) -> None:
    course_help = "Instructor: create a course directory (see 'cdkit course init --help')."
    course = sub.add_parser("course", help=course_help, description=course_help)
    course_sub = course.add_subparsers(dest="course_command", metavar="ACTION",
                                       parser_class=type(course))
    p = add("init", "Create a ready nbgrader course in DIR from the kit's assignments/.",
            "cdkit course init ~/courses/discovery-2027 --exchange /srv/nbgrader/exchange",
            cmd_course_init, subparsers=course_sub)
    p.add_argument("dir", help="a new (or empty) folder for the course")
    p.add_argument("--db", help="gradebook database URL (default: SQLite gradebook.db in DIR; "
                   "e.g. postgresql+psycopg://user:pw@host/db)")
    p.add_argument("--exchange", help="exchange folder shared with students (default: "
                   "$CDKIT_EXCHANGE or /srv/nbgrader/exchange)")
    p.add_argument("--course-id", help="course id students fetch from (default: "
                   "customer-discovery)")

    def course_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--course", metavar="DIR", help="the course directory (default: the "
                       "current folder)")

    for name, help_text, func in [
        ("release", "Generate and release an assignment to students.", cmd_release),
        ("collect", "Collect the students' submissions of an assignment.", cmd_collect),
    ]:
        p = add(name, help_text, f"cdkit {name} 01-segments", func)
        p.add_argument("assignment", help="assignment name, e.g. 01-segments")
        course_arg(p)

    p = add("grade", "Grade every collected submission in parallel, with a progress bar and a "
            "closing summary (graded, failed, flagged for review).",
            "cdkit grade 01-segments --jobs 4", cmd_grade)
    p.add_argument("assignment", help="assignment name, e.g. 01-segments")
    p.add_argument("--jobs", type=int, default=None, help=f"grading processes (default: the "
                   f"number of cores, {os.cpu_count()})")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="grade on a Dask cluster "
                   "instead of local processes")
    course_arg(p)

    p = add("feedback", "Generate the feedback files of an assignment and release them.",
            "cdkit feedback 01-segments", cmd_feedback)
    p.add_argument("assignment", help="assignment name, e.g. 01-segments")
    p.add_argument("--no-release", action="store_true", help="generate only; do not release "
                   "to the exchange")
    course_arg(p)

    p = add("report", "Write the class dashboard: one self-contained HTML file with charts.",
            "cdkit report --out report.html", cmd_report)
    p.add_argument("--out", help="where to write it (default: report.html in the course)")
    course_arg(p)

    p = add("export", "Export grades as CSV for an LMS gradebook.",
            "cdkit export --out grades.csv --format wide", cmd_export)
    p.add_argument("--out", help="where to write it (default: grades.csv in the course)")
    p.add_argument("--format", choices=("wide", "long"), default="wide",
                   help="wide: one row per student, a column per assignment and a total; "
                   "long: one row per student, assignment and graded item")
    course_arg(p)

    p = add("demo", "Build a synthetic class and run the whole course cycle on it.",
            "cdkit demo --students 12 --out demo-class", cmd_demo)
    p.add_argument("--students", type=int, default=12, help="how many students (default: 12)")
    p.add_argument("--out", required=True, help="a new folder for the demo course")
    p.add_argument("--no-grade", action="store_true", help="stop after collecting")
    p.add_argument("--db", help="gradebook database URL (default: SQLite in the folder)")
    p.add_argument("--jobs", type=int, default=None, help="grading processes")
