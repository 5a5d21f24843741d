"""What the assignments' test cells call: grade one test from the workbook *file*.

A test cell runs in the same kernel as the student's cells, which could have replaced kit
functions or builtins. So the test is judged in a fresh Python process that reads the
workbook file from disk and knows nothing of the kernel's state::

    from kit.coursework import grade
    grade("01-segments", "targeted-specific")

Run by hand: ``python -m kit.coursework.autograde 01-segments targeted-specific workbook.json``.

When the kit's grader runs the notebook (``cdkit grade``), it has already judged the submitted
workbook once, outside the kernel, and tells the kernel where those verdicts are
(:data:`VERDICTS_VAR`): a test cell then reads its verdict instead of starting a process, if the
verdicts are for this assignment and for exactly the bytes of the workbook it would judge. A
student's cell can change that file or the variable as it could replace :func:`grade` itself;
the grader compares every score with its own verdicts afterwards, so neither gains a point.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["VERDICTS_VAR", "grade", "main", "prepared_verdict", "verdicts_payload"]

TIMEOUT = 60
#: The environment variable the grader gives a kernel: the file of its verdicts.
VERDICTS_VAR = "CDKIT_VERDICTS"
_RUN = "import sys; from kit.coursework.autograde import main; sys.exit(main())"


def verdicts_payload(assignment_id: str, raw: bytes,
                     outcomes: dict[str, tuple[bool, str]]) -> dict[str, Any]:
    """What the grader writes for a kernel: the verdict of each test on the workbook ``raw``."""
    return {"assignment": assignment_id, "workbook_sha256": hashlib.sha256(raw).hexdigest(),
            "tests": {test: {"passed": bool(passed), "message": str(message)}
                      for test, (passed, message) in outcomes.items()}}


def prepared_verdict(assignment_id: str, test_id: str, workbook: str | os.PathLike[str],
                     verdicts: str | None = None) -> dict[str, Any] | None:
    """The grader's verdict on ``test_id`` if ``verdicts`` (default: the file
    :data:`VERDICTS_VAR` names) is for this assignment and this very workbook; else None."""
    where = verdicts if verdicts is not None else os.environ.get(VERDICTS_VAR)
    if not where:
        return None
    try:
        data = json.loads(Path(where).read_text("utf-8"))
        digest = hashlib.sha256(Path(workbook).read_bytes()).hexdigest()
        verdict = data["tests"][test_id]
        if (data["assignment"] != assignment_id or data["workbook_sha256"] != digest
                or not isinstance(verdict["passed"], bool)):
            return None
        return {"passed": verdict["passed"], "message": str(verdict["message"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None


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
    preview = in_instructor_source()
    verdict = None if preview else prepared_verdict(assignment_id, test_id, workbook)
    if verdict is None:
        example = ["--model-answer"] if preview else []
        result = subprocess.run(
            [sys.executable, "-I", "-c", _RUN, assignment_id, test_id, workbook, *example],
            capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=os.getcwd())
        try:
            verdict = json.loads(result.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            raise AssertionError(
                f"The test could not run: {result.stderr.strip()[-300:]}") from None
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
