"""Grade an assignment's submissions in parallel, leaving the gradebook as ``nbgrader autograde``.

nbgrader autogrades one submission at a time. Here each student is one unit of work,
:func:`grade_one`, a plain top-level function that any ``concurrent.futures``-style executor can
run: local processes by default, or a Dask cluster (``dask.distributed.Client``)::

    from kit.course.directory import Course
    from kit.course.grader import grade_assignment

    summary = grade_assignment(Course("my-course"), "01-segments", jobs=4)
    print(summary)            # graded, failed (with the reason), flagged for review

Every worker process runs nbgrader's own ``NbGraderAPI.autograde`` for one student, so the
scores, the cells needing manual grading and the autograded notebooks are nbgrader's. The
gradebook is prepared once before any grading is submitted (the assignment and every student
exist, so workers never race to create rows; it runs as the first task, so that the parent
never pays nbgrader's start-up), and the SQLite URL waits for other writers (``Course.db_url``
carries a lock timeout).

After grading, each submission is checked again, independently of the student's kernel: the
tests of :mod:`kit.checks.rubric` are run on the submitted ``workbook.json`` in the worker.
A test cell that got points the workbook does not earn (a student cell that replaced
``kit.course.grade``, say) is flagged, its score is set to 0 and it is marked for manual
grading, so the score never exceeds what the workbook earns (``correct=False`` keeps
nbgrader's score and only flags it).

Strangers' code runs on the grader's machine, so each notebook runs under limits
(:mod:`kit.course.grader.preprocessors`: a memory limit on the kernel, a kernel that ignores
the interrupt at a cell's time limit is restarted, output caps, a time budget per notebook,
deleted graded cells put back without failing the notebook), links
pointing outside a submission are removed before nbgrader copies it
(:mod:`kit.course.grader.submission`), and the summary, kept in
``<course>/.cdkit/grading/<assignment>.json`` (:mod:`kit.course.grader.summary`), says for each
student what was stopped or flagged and why. See ``docs/threat-model.md`` for what this does
not protect against.
"""

from kit.course.grader.pool import grade_assignment
from kit.course.grader.result import GradeResult
from kit.course.grader.review import TAMPERING, grade_id_for, plain_error, recheck
from kit.course.grader.summary import (
    GradeSummary,
    read_results,
    read_summary,
    save_summary,
    summary_path,
)
from kit.course.grader.worker import grade_one

__all__ = ["TAMPERING", "GradeResult", "GradeSummary", "grade_assignment", "grade_id_for",
           "grade_one", "plain_error", "read_results", "read_summary", "recheck",
           "save_summary", "summary_path"]
