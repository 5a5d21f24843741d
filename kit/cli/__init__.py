"""``cdkit``: the kit's command line.

Every command has ``--help`` with an example; bad input prints one line saying what was wrong
and exits with status 2. Learner commands live in :mod:`kit.cli.learner`, instructor commands
in :mod:`kit.cli.course`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kit.cli.base import EXIT_BAD_INPUT, PROG, Parser, UsageError
from kit.errors import KitError

__all__ = ["UsageError", "build_parser", "main"]

_EPILOG = """\
learners:
  cdkit lab                                  open JupyterLab on the first lesson
  cdkit lessons my-lessons                   copy the lessons into a folder of your own
  cdkit progress                             how far you are, lesson by lesson
  cdkit check lessons/workbook.json          feedback on a learner's workbook
  cdkit lint-questions questions.txt         lint interview questions, one per line
  echo "Would you buy it?" | cdkit lint-questions - --format json

instructors (inside a course directory, or with --course DIR):
  cdkit demo --students 12 --out demo-class  a synthetic class through the whole cycle
  cdkit course init my-course                a ready nbgrader course from assignments/
  cdkit release 01-segments                  release an assignment to students
  cdkit collect 01-segments                  collect the submissions
  cdkit grade 01-segments --jobs 4           grade in parallel, with a summary
  cdkit feedback 01-segments                 generate and release feedback
  cdkit report --out report.html             the class dashboard (one HTML file)
  cdkit export --out grades.csv              grades for an LMS (--format long: per item)

Run 'cdkit COMMAND --help' for the options of one command.
"""


def build_parser() -> argparse.ArgumentParser:
    from kit import __version__
    from kit.cli import course, learner

    parser = Parser(prog=PROG, description="The Customer Discovery Kit's command line.",
                    epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(name: str, help_text: str, example: str, func: Callable,
            subparsers=sub) -> argparse.ArgumentParser:
        p = subparsers.add_parser(name, help=help_text, description=help_text,
                                  epilog=f"example:\n  {example}",
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    learner.register(add)
    course.register(add, sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from kit._tools import skip_slow_iri_format
    from kit.cli.learner import cmd_lab

    skip_slow_iri_format()  # the instructor's commands start a second sooner
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        if argv[:1] == ["lab"]:  # pass unknown options through to jupyter lab
            args, extra = parser.parse_known_args(argv)
            return cmd_lab(args, extra)
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            if getattr(args, "command", None) == "course":
                raise UsageError("say what to do with the course, e.g. 'cdkit course init DIR' "
                                 "(see 'cdkit course --help')")
            parser.print_help()
            return EXIT_BAD_INPUT if argv else 0
        return args.func(args)
    except KitError as err:
        print(f"{PROG}: error: {' '.join(str(err).split())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. cdkit ... | head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
