"""Instructor commands: course init, release, collect, grade, feedback, report, export, demo.

They run inside a course directory (or with ``--course DIR``) and call the one course API,
:class:`kit.course.api.CourseAPI`; these functions only check the command line and format its
results.
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


def _api(args: argparse.Namespace):
    """The course API for the course of ``args``."""
    from kit.course.api import CourseAPI

    return CourseAPI(_course(args))


def _ready(step):
    """Run a step of the course API; one that cannot run yet is a usage error (exit 2)."""
    from kit.course.api import NotReady

    try:
        return step()
    except NotReady as err:
        raise UsageError(str(err)) from None


def _console():
    from rich.console import Console

    return Console(stderr=False)


def cmd_course_init(args: argparse.Namespace) -> int:
    from kit.course.create import init_course

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
    released = _api(args).release(args.assignment)
    print(f"Released {released.assignment} to {released.exchange}: students can fetch it now.")
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    got = _api(args).collect(args.assignment)
    print(f"Collected {got.assignment}: {len(got.students)} submission(s) in {got.folder}.")
    for line in _refused_lines(got.refused, "Refused {n} submission(s) in the exchange, not "
                               "collected (a student id must be a plain name):"):
        print(line)
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    api = _api(args)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    executor = None
    if args.scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--scheduler needs Dask: pip install 'customer-discovery-kit"
                             "[scale]' (in a clone of its repository: pip install -e "
                             "'.[scale]')") from None
        try:
            executor = Client(args.scheduler)
        except (OSError, ValueError, TypeError) as err:  # unreachable, or not an address
            raise UsageError(f"could not connect to the Dask scheduler at {args.scheduler} "
                             f"({err}); start one with 'dask scheduler' and give its "
                             "tcp://HOST:PORT") from None
    try:
        summary = _ready(lambda: api.grade(args.assignment, students=args.student,
                                           new=args.new, jobs=args.jobs, executor=executor,
                                           progress=sys.stderr.isatty()))
    finally:
        if executor is not None:
            executor.close()
    _console().print(summary.render())
    return 1 if summary.failed else 0  # graded what it could; say so to scripts


def cmd_feedback(args: argparse.Namespace) -> int:
    api = _api(args)
    done = _ready(lambda: api.feedback(args.assignment, release=not args.no_release))
    released = " and released to the exchange" if done.released else ""
    print(f"Feedback for {done.assignment} generated in {done.folder}{released}.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    print(f"Report written to {_api(args).report(args.out).path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kit.escape import esc_terminal as esc

    done = _api(args).export(args.out, fmt=args.format)
    print(f"Grades ({done.format}) written to {done.path}")
    for found in done.findings:
        print(f"Check before uploading: {esc(found.student)} in {found.assignment}: "
              f"{esc(found.reason)}", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kit.course.create import check_new_folder
    from kit.course.demo import build_demo

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
            "closing summary (graded, failed, flagged for review); or one student's at once "
            "(--student), or only what is new since the last grading (--new, for a cron job).",
            "cdkit grade 01-segments --jobs 4\n  cdkit grade 01-segments --student ada\n"
            "  cdkit grade 01-segments --new", cmd_grade)
    p.add_argument("assignment", help="assignment name, e.g. 01-segments")
    p.add_argument("--student", action="append", metavar="ID", help="grade only this "
                   "student's submission (again); repeat for several")
    p.add_argument("--new", action="store_true", help="grade only submissions not graded yet, "
                   "failed, or changed since they were graded (a newer one collected)")
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
