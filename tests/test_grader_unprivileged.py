"""The grader as an ordinary user (not root): what still holds when a student's kernel runs as
the same account as the grader.

The real `cdkit grade` runs as the unprivileged account ``cdkit-grader`` (made by
scripts/system-deps.sh) on a course it owns. Its environment holds a secret; one student's
notebook reads every ancestor's ``/proc/<pid>/environ``, one kills the grader (``cdkit
grade`` itself, found through ``/proc``), one leaves a process behind in a session of its own,
one copies another student's workbook over its own. Expected, as the threat model says:
no environment is readable (the grading processes are non-dumpable); the killed run leaves no
process behind (workers and kernels die with it); each result was kept as it came; running
`cdkit grade` again carries on, grades the submission that was being graded at the stop alone
and last, and after a second stop fails it with the reason; scores are exact.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from grading_support import (
    AFTER,
    ENVIRON,
    FULL,
    PARTIAL,
    STEAL,
    insert_cell,
    make_course,
    partial_workbook,
    processes_of,
    submit,
)

from kit.course.grader import read_summary
from kit.course.grader.guard import hide_paths, kept_paths
from kit.course.grader.pool import run_path

A = "01-segments"
GRADER = "cdkit-grader"
# Kills the process above its grading process: `cdkit grade` itself.
KILL_MAIN = ("import os, signal\nworker = os.getppid()\n"
             "main = int(open(f'/proc/{worker}/stat').read().rsplit(')', 1)[1].split()[1])\n"
             "os.kill(main, signal.SIGKILL)\nprint('killed', main)\n")

pytestmark = pytest.mark.slow


def grader_account() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(GRADER)
    except KeyError:
        pytest.fail(f"the account {GRADER} is missing: run scripts/system-deps.sh as root")


def wait_until_none(uid: int, seconds: float = 60) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := processes_of({uid})) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def run_as(user: pwd.struct_passwd, base: Path, *args: str, secret: str):
    def become() -> None:
        hide_paths([os.path.expanduser("~")], kept_paths())  # /root: Python is kept
        os.setgroups([])
        os.setgid(user.pw_gid)
        os.setuid(user.pw_uid)

    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(base),
           "CDKIT_TEST_TOKEN": secret, "LANG": "C.UTF-8"}
    return subprocess.run([str(Path(sys.executable).parent / "cdkit"), *args],
                          capture_output=True, text=True, env=env, cwd=base,
                          preexec_fn=become, timeout=900)


@pytest.fixture(scope="module")
def unprivileged():
    assert os.geteuid() == 0, "this test starts the grader as an ordinary user: run as root"
    user = grader_account()
    base = Path(f"/tmp/cdkit-unprivileged-{uuid.uuid4().hex[:8]}")
    base.mkdir(mode=0o700)
    course = make_course(base)
    from conftest import add_interviews, build_good_workbook

    wb, earned = partial_workbook()
    assert earned == PARTIAL
    submit(course, "ada", add_interviews(build_good_workbook()))
    submit(course, "pat", wb)
    files = [str(course / "gradebook.db")]
    submit(course, "environ", wb, edit=insert_cell(f"FILES = {files!r}\n" + ENVIRON))
    submit(course, "killer", wb, edit=insert_cell(KILL_MAIN))
    paths = (str(course / ".cdkit/grading" / f"{A}.json"), str(run_path(course, A)),
             str(course / "gradebook.db"))
    submit(course, "after", wb, edit=insert_cell(f"PATHS = {paths!r}\n" + AFTER))
    submit(course, "steal", wb, edit=insert_cell(STEAL))
    for here, folders, names in os.walk(base):
        for name in (*folders, *names):
            os.lchown(os.path.join(here, name), user.pw_uid, user.pw_gid)
    os.chown(base, user.pw_uid, user.pw_gid)
    secret = f"ENV-{uuid.uuid4().hex}"
    runs = []
    for _ in range(3):
        done = run_as(user, base, "grade", A, "--course", str(course), "--jobs", "2",
                      secret=secret)
        runs.append((done, wait_until_none(user.pw_uid), read_summary(course, A),
                     run_path(course, A).exists()))
    yield course, runs, secret
    shutil.rmtree(base, ignore_errors=True)


def test_a_killed_run_leaves_nothing_running_and_keeps_what_it_graded(unprivileged):
    _, runs, _ = unprivileged
    first, left, kept, unfinished = runs[0]
    assert first.returncode == -9, first.stderr[-2000:]
    assert left == []  # workers and kernels died with the grader
    assert unfinished
    assert kept is not None and kept["results"], "results are kept as each student finishes"
    assert "killer" not in {r["student"] for r in kept["results"]}


def test_running_again_carries_on_and_the_killer_is_failed_after_two_stops(unprivileged):
    _, runs, _ = unprivileged
    second, third = runs[1][0], runs[2][0]
    assert "Carrying on the grading of 01-segments" in second.stderr
    assert second.returncode == -9  # the killer, graded alone and last, stopped it again
    assert "Carrying on the grading of 01-segments" in third.stderr, third.stderr[-2000:]
    assert third.returncode == 1  # one submission failed
    _, left, kept, unfinished = runs[2]
    assert left == [] and not unfinished
    results = {r["student"]: r for r in kept["results"]}
    assert set(results) == {"ada", "pat", "environ", "killer", "after", "steal"}
    assert "stopped 2 times" in results["killer"]["error"]
    scores = {s: r["score"] for s, r in results.items() if s != "killer"}
    assert scores == {"ada": FULL, "pat": PARTIAL, "environ": PARTIAL, "after": PARTIAL,
                      "steal": PARTIAL}


def test_no_environment_of_the_grader_is_readable_and_nothing_is_written_after(unprivileged):
    import sqlite3

    import nbformat

    course, _, secret = unprivileged
    nb = nbformat.read(course / "autograded/environ" / A / f"{A}.ipynb", as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells if c.source.startswith("FILES")
                   for o in c.outputs)
    assert "environ [" in text and "True" not in text
    assert text.count("PermissionError") >= 2  # the worker and the grader: non-dumpable
    assert secret not in "".join(p.read_text("utf-8", "replace") for p in
                                 (course / "autograded").rglob("*.ipynb"))
    with sqlite3.connect(course / "gradebook.db") as db:
        assert db.execute("select count(*) from grade where auto_score = 99").fetchone() == (0,)


def test_a_notebook_that_copies_another_workbook_over_its_own_is_put_back(unprivileged):
    course, runs, _ = unprivileged
    kept = runs[2][2]
    steal = next(r for r in kept["results"] if r["student"] == "steal")
    assert any("changed while it was graded" in f and "put back" in f for f in steal["flagged"])
    stolen = (course / "submitted/steal" / A / "workbook.json").read_bytes()
    assert stolen != (course / "submitted/ada" / A / "workbook.json").read_bytes()
