"""Learner commands: lab, lessons, workshop, progress, check, lint-questions."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kit._tools import find_tool, run_in_foreground
from kit.cli.base import UsageError
from kit.escape import esc_terminal as esc

__all__ = ["MAX_QUESTIONS_BYTES", "cmd_check", "cmd_lab", "cmd_lessons", "cmd_lint_questions",
           "cmd_progress", "register"]

# --------------------------------------------------------------------------- lint-questions


#: The most text ``cdkit lint-questions`` reads (a question set is a few kB).
MAX_QUESTIONS_BYTES = 2**20


def _read_lines(source: str) -> list[str]:
    from kit.files import read_regular

    limit = f"{MAX_QUESTIONS_BYTES // 2**20} MB"
    if source == "-":
        raw = sys.stdin.buffer.read(MAX_QUESTIONS_BYTES + 1)
        if len(raw) > MAX_QUESTIONS_BYTES:
            raise UsageError(f"standard input holds more than the {limit} allowed for "
                             "questions (a question set is a few kB); give one question per "
                             "line, e.g. from a file")
        where = "standard input"
    else:
        path = Path(source)
        if not os.path.lexists(path):
            raise UsageError(f"no such file: {source} (give a text file with one question per "
                             "line, or - to read standard input)")
        raw = read_regular(path, what="the questions file", limit=MAX_QUESTIONS_BYTES,
                           limit_hint="A question set is a few kB: give a text file with one "
                                      "question per line.")
        where = source
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{where} is not UTF-8 text") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def cmd_lint_questions(args: argparse.Namespace) -> int:
    from kit.linter import lint_questions

    results = lint_questions(_read_lines(args.file))
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Interview questions", show_lines=True, expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Question", ratio=3)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Problems")
    table.add_column("Advice", ratio=4)
    for i, r in enumerate(results, 1):
        verdict = "[green]good[/]" if r.verdict == "good" else "[red]weak[/]"
        table.add_row(str(i), esc(r.question), verdict, ", ".join(r.problems), esc(r.advice))
    console = Console()
    console.print(table)
    weak = sum(r.verdict == "weak" for r in results)
    console.print(f"{len(results) - weak} good, {weak} weak.", highlight=False)
    return 0




# --------------------------------------------------------------------------- check


def _load_for_reading(path_text: str):
    """Read a workbook without changing anything on disk (for reporting commands)."""
    from kit.workbook import WorkbookStore

    path = Path(path_text)
    if not path.exists():
        raise UsageError(f"no workbook at {path_text} (give the path of a workbook .json file)")
    return WorkbookStore(path).read(path)  # a folder, a device, a pipe: said in plain words


def cmd_check(args: argparse.Namespace) -> int:
    from kit.checks import check_workbook, summary

    wb = _load_for_reading(args.workbook)
    feedback = check_workbook(wb)
    if args.format == "json":
        print(json.dumps([f.to_dict() for f in feedback], ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console

    console = Console()
    marks = {"ok": "[green]✓[/]", "hint": "[yellow]![/]", "problem": "[red]✗[/]"}
    for f in feedback:
        console.print(f"{marks[f.level]} [bold]{esc(f.where)}[/]: {esc(f.message)}",
                      highlight=False)
    counts = summary(feedback)
    console.print(f"\n{counts['ok']} ok, {counts['hint']} hints, {counts['problem']} problems.",
                  highlight=False)
    return 0


# --------------------------------------------------------------------------- progress


def _find_workbook(given: str | None) -> str:
    if given:
        return given
    from kit import resources
    from kit.workbook import DEFAULT_NAME, default_path

    lessons = (resources.lessons_dir() if resources.in_clone()
               else resources.DEFAULT_LESSONS_FOLDER.expanduser())
    for candidate in (default_path(), lessons / DEFAULT_NAME):
        if candidate.is_file():
            return str(candidate)
    raise UsageError(f"no workbook found here or in {lessons}; give its path, e.g. "
                     "cdkit progress lessons/workbook.json")


def cmd_progress(args: argparse.Namespace) -> int:
    from kit.progress import path_progress

    progress = path_progress(_load_for_reading(_find_workbook(args.workbook)))
    if args.format == "json":
        print(json.dumps(progress.to_dict(), ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    table = Table(title=f"Completion: {progress.percent}% of the path "
                  f"({progress.done} of {progress.total} steps)", title_justify="left")
    table.add_column("Lesson")
    table.add_column("Done", justify="right")
    table.add_column("", width=22)
    table.add_column("Next step")
    for lp in progress.lessons:
        left = next((r for r in lp.steps if not r.done), None)
        table.add_row(f"{lp.lesson}", f"{lp.percent}%",
                      ProgressBar(total=100, completed=lp.percent, width=20),
                      esc(f"{left.step.title}: {left.advice}") if left else "[green]done[/]")
    Console().print(table)
    return 0


# --------------------------------------------------------------------------- lab


def cmd_lab(args: argparse.Namespace, extra: Sequence[str]) -> int:
    from kit.resources import FIRST_LESSON, learner_lessons

    lessons = learner_lessons(args.dir)
    jupyter = find_tool("jupyter")
    if jupyter is None:
        raise UsageError("JupyterLab was not found next to the kit or on PATH; install the kit "
                         "with its dependencies (pip install customer-discovery-kit, or make "
                         "lab in a clone of its repository)")
    command = [jupyter, "lab", FIRST_LESSON, f"--ServerApp.ip={args.ip}",
               f"--ServerApp.root_dir={lessons}"]
    if args.port:
        command.append(f"--ServerApp.port={args.port}")
    if args.no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI often run as root
        command.append("--allow-root")
    command.extend(extra)
    return run_in_foreground(command, lessons)


# --------------------------------------------------------------------------- lessons


def cmd_lessons(args: argparse.Namespace) -> int:
    from kit.resources import copy_lessons

    dest = copy_lessons(args.dir, overwrite=args.overwrite)
    print(f"Copied the lessons to {dest}. Open them with: cdkit lab --dir {dest}")
    return 0


def register(add) -> None:
    p = add("lab", "Open JupyterLab on the first lesson (extra options go to jupyter lab).",
            "cdkit lab --port 8899 --no-browser", cmd_lab)
    p.add_argument("--port", type=int, default=0, help="port to serve on (default: 8888 or "
                   "the next free one)")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: loopback)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument("--dir", help="your copy of the lessons (made there when missing; default: "
                   "the clone's lessons/, else this folder if it holds the lessons, else "
                   "~/customer-discovery-kit/lessons)")

    p = add("lessons", "Copy the lessons, with their datasets, into a folder of your own.",
            "cdkit lessons my-lessons && cdkit lab --dir my-lessons", cmd_lessons)
    p.add_argument("dir", help="the folder to copy the lessons into (new or empty)")
    p.add_argument("--overwrite", action="store_true", help="replace the lessons in a folder "
                   "that is not empty (your workbook and other files are kept)")

    p = add("progress", "Print the completion of each lesson and of the whole path.",
            "cdkit progress lessons/workbook.json --format json", cmd_progress)
    p.add_argument("workbook", nargs="?", help="path of the workbook file (default: "
                   "$CDKIT_WORKBOOK, ./workbook.json or lessons/workbook.json)")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = add("check", "Print feedback on a workbook (the same rules as 'Check my work').",
            "cdkit check lessons/workbook.json --format json", cmd_check)
    p.add_argument("workbook", help="path of the workbook file")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = add("lint-questions", "Lint interview questions: good or weak, with the problems and "
            "advice for a better form.", "cdkit lint-questions questions.txt --format json",
            cmd_lint_questions)
    p.add_argument("file", help="text file with one question per line, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text")

    def workshop(args: argparse.Namespace) -> int:
        from kit.workshop import serve

        if args.port and not 0 < args.port < 65536:
            raise UsageError(f"--port {args.port} is not a port number (1-65535)")
        return serve(args.lesson, port=args.port or None, ip=args.ip,
                     open_browser=not args.no_browser, folder=args.dir)

    p = add("workshop", "Serve the lessons as apps with the code hidden (Voilà), for a "
            "workshop with people who do not code. Work is saved as in JupyterLab.",
            "cdkit workshop                       # every lesson, on a start page\n"
            "  cdkit workshop 01 --port 8866 --no-browser", workshop)
    p.add_argument("lesson", nargs="?", help="serve only this lesson, by number or name, e.g. "
                   "01 or 01-customer-segments (default: every lesson, on a start page)")
    p.add_argument("--port", type=int, default=0, help="port to serve on (default: 8866 or "
                   "the next free one)")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: loopback)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.add_argument("--dir", help="your copy of the lessons (as for cdkit lab --dir)")
