"""What the assignments' test cells call: grade one test from the workbook *file*.

A test cell runs in the same kernel as the student's cells, which could have replaced kit
functions or builtins. So the test is judged in a fresh Python process that reads the
workbook file from disk and knows nothing of the kernel's state::

    from kit.coursework import grade
    grade("01-segments", "targeted-specific")

Run by hand: ``python -m kit.coursework.autograde 01-segments targeted-specific workbook.json``.
"""

from __future__ import annotations

import json
import os
import sys

__all__ = ["grade", "main"]

TIMEOUT = 60


def grade(assignment_id: str, test_id: str, path: str | None = None) -> None:
    """Pass silently, or raise AssertionError with the reason.

    Silent on success on purpose: nbgrader reads a test cell's output as partial credit.
    """
    import importlib

    from kit.coursework.work import in_instructor_source, workbook_path

    subprocess = importlib.import_module("subprocess")
    workbook = path or str(workbook_path())
    # A clean environment: no PYTHONSTARTUP or PYTHONPATH tricks from the student's cells.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # The instructor's preview in source/ grades the kit's example answer, whose sentences are
    # the examples themselves. (A student faking this only fools the kernel's own run: the
    # grader re-checks every submission outside the kernel, without it.)
    example = ["--model-answer"] if in_instructor_source() else []
    result = subprocess.run(
        [sys.executable, "-I", "-m", "kit.coursework.autograde", assignment_id, test_id, workbook,
         *example],
        capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=os.getcwd())
    try:
        verdict = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise AssertionError(f"The test could not run: {result.stderr.strip()[-300:]}") from None
    if not verdict["passed"]:
        raise AssertionError(verdict["message"])


def main(argv: list[str] | None = None) -> int:
    """Print ``{"passed": ..., "message": ...}`` as JSON; exit 0 either way."""
    from kit.checks.rubric import Outcome, run_test
    from kit.errors import KitError
    from kit.workbook import WorkbookStore

    args = list(argv if argv is not None else sys.argv[1:])
    model_answer = "--model-answer" in args
    assignment_id, test_id, path = [a for a in args if a != "--model-answer"][:3]
    try:
        if not os.path.isfile(path):
            outcome = Outcome(False, f"There is no workbook file ({path}): the work was not "
                              "saved, or not submitted with the notebook.")
        else:
            wb = WorkbookStore(path).read(WorkbookStore(path).path)
            outcome = run_test(assignment_id, test_id, wb, model_answer=model_answer)
    except KitError as err:
        outcome = Outcome(False, f"The workbook could not be read: {err}")
    print(json.dumps({"passed": outcome.passed, "message": outcome.message}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
