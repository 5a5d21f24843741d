"""Grading on a Dask cluster gives the same gradebook as grading on local processes.

One synthetic class (``cdkit demo --no-grade``), copied: one copy graded with ``cdkit grade A
--jobs 2`` (local processes), the other with ``cdkit grade A --scheduler tcp://...`` on a real
scheduler with two real workers. Every student's score and every cell's points must be equal,
and the scheduler and the workers must have run one ``grade_one`` task per student.

The department set-up, a PostgreSQL gradebook graded on the cluster, is in test_postgres.py
(with the PostgreSQL course it regrades).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.course.directory import Course

from .conftest import A, cdkit, cell_scores, copy_course, grade_one_counts

pytestmark = [pytest.mark.dask, pytest.mark.slow]
STUDENTS = 4


@pytest.fixture(scope="module")
def classes(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("dask-classes")
    local = base / "local"
    cdkit("demo", "--students", str(STUDENTS), "--no-grade", "--out", str(local))
    dask = copy_course(local, base / "dask")
    return {"local": local, "dask": dask}


@pytest.fixture(scope="module")
def graded(classes, dask_cluster) -> dict:
    with dask_cluster.client() as client:
        before = grade_one_counts(client)
    local = cdkit("grade", A, "--jobs", "2", cwd=classes["local"])
    on_dask = cdkit("grade", A, "--scheduler", dask_cluster.address, cwd=classes["dask"])
    with dask_cluster.client() as client:
        after = grade_one_counts(client)
    return {"before": before, "after": after,
            "output": {"local": local.stdout, "dask": on_dask.stdout}}


def test_dask_and_local_grading_give_the_same_scores(classes, graded):
    local = cell_scores(Course(classes["local"]).db_url)
    on_dask = cell_scores(Course(classes["dask"]).db_url)
    assert len(local) == STUDENTS and any(
        auto for cells in local.values() for auto, _, _ in cells.values())
    assert on_dask == local
    for name in ("local", "dask"):
        assert f"{STUDENTS} graded, 0 failed" in graded["output"][name], graded["output"][name]
        assert len(list((classes[name] / "autograded").glob(f"*/{A}/{A}.ipynb"))) == STUDENTS


def test_the_grading_ran_on_the_dask_workers(graded):
    (seen_before, ran_before), (seen_after, ran_after) = graded["before"], graded["after"]
    assert seen_after - seen_before == STUDENTS  # one task per student on the scheduler
    assert len(ran_after) == 2  # ... and the two worker processes executed them
    ran = {worker: ran_after[worker] - ran_before.get(worker, 0) for worker in ran_after}
    assert sum(ran.values()) == STUDENTS, ran


def test_an_unreachable_scheduler_is_one_line_and_changes_nothing(classes, tmp_path):
    import subprocess

    from .conftest import CDKIT, base_env, free_port

    course = copy_course(classes["local"], tmp_path / "nowhere")
    address = f"tcp://127.0.0.1:{free_port()}"  # nobody listens there
    before = cell_scores(Course(course).db_url)
    result = subprocess.run([str(CDKIT), "grade", A, "--scheduler", address], cwd=course,
                            capture_output=True, text=True, timeout=120,
                            env=base_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="3s"))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "could not connect to the Dask scheduler" in lines[0], lines
    assert address in lines[0] and "Traceback" not in result.stderr
    assert cell_scores(Course(course).db_url) == before  # nothing graded, nothing lost
