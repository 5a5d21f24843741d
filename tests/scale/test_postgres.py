"""A PostgreSQL gradebook: the whole course cycle with the real ``cdkit`` and nbgrader commands.

``cdkit course init --db postgresql+psycopg://...`` → ``cdkit release`` → students fetch, work
and submit through nbgrader's exchange → ``cdkit collect`` → ``cdkit grade`` → ``cdkit
feedback`` → ``cdkit export``; then the grades are read straight out of PostgreSQL with
psycopg (nbgrader's own tables), and no SQLite file was made anywhere. Last, the department
set-up: a copy of that PostgreSQL gradebook, regraded on a real Dask cluster.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from kit.course import rubric
from kit.course.directory import Course

from .conftest import KINDS, A, cdkit, cell_scores, copy_course, expected_cells, grade_one_counts

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_the_course_uses_postgres_and_no_sqlite_file(pg_course):
    course: Path = pg_course["course"]
    assert Course(course).db_url == pg_course["url"]
    assert "4 submission(s)" in pg_course["output"]
    assert "4 graded, 0 failed" in pg_course["output"]
    assert not (course / "gradebook.db").exists()
    made = [p for p in pg_course["base"].rglob("*") if p.suffix in (".db", ".sqlite", ".sqlite3")]
    assert made == [], f"a SQLite file was created: {made}"


def test_grades_are_in_postgres(pg_course):
    import psycopg

    with psycopg.connect(**pg_course["options"]) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert {"assignment", "student", "submitted_assignment", "submitted_notebook",
                "grade", "grade_cells", "alembic_version"} <= tables
        students = {r[0] for r in conn.execute("SELECT id FROM student")}
        assert students == set(KINDS)
        rows = conn.execute("""
            SELECT sa.student_id, bc.name, g.auto_score, g.needs_manual_grade
            FROM grade g
            JOIN submitted_notebook sn ON g.notebook_id = sn.id
            JOIN submitted_assignment sa ON sn.assignment_id = sa.id
            JOIN assignment a ON sa.assignment_id = a.id
            JOIN base_cell bc ON g.cell_id = bc.id
            WHERE a.name = %s""", (A,)).fetchall()
    got: dict[str, dict[str, float]] = {}
    for student, cell, auto, _needs in rows:
        got.setdefault(student, {})[cell] = auto
    assert set(got) == set(KINDS)
    for student in KINDS:
        want = expected_cells(student)
        assert {cell: got[student].get(cell) for cell in want} == want, student
    totals = {s: sum(expected_cells(s).values()) for s in KINDS}
    assert totals["ada"] == rubric.assignment(A).auto_points
    assert totals["ada"] > totals["chen"] and totals["dara"] == 0


def test_feedback_and_export_come_from_postgres(pg_course):
    course = pg_course["course"]
    for student in KINDS:
        assert (course / "feedback" / student / A / f"{A}.html").is_file()
        assert list((pg_course["exchange"] / "customer-discovery" / "feedback").glob("*.html"))
    with (pg_course["base"] / "wide.csv").open(newline="") as handle:
        wide = {r["student_id"]: r for r in csv.DictReader(handle)}
    assert set(wide) == set(KINDS)
    for student in KINDS:
        assert float(wide[student][A] or 0) == sum(expected_cells(student).values()), student
    with (pg_course["base"] / "long.csv").open(newline="") as handle:
        long = [r for r in csv.DictReader(handle) if r["item"].startswith("test_")]
    assert {(r["student_id"], r["item"]): float(r["auto_score"]) for r in long} == {
        (s, cell): points for s in KINDS for cell, points in expected_cells(s).items()}


@pytest.mark.dask
def test_a_postgres_gradebook_graded_on_dask(pg_course, dask_cluster, postgres, tmp_path):
    """The department set-up: a gradebook in PostgreSQL, graded on the Dask cluster.

    A copy of the PostgreSQL course (its database copied by PostgreSQL) loses its grades and
    is graded again on Dask: every cell gets the points the rubric gives the workbook, as the
    local grading of the original did.
    """
    from nbgrader.api import Gradebook

    url = postgres.copy_database(pg_course["url"], "cdkit_dask")
    course = copy_course(pg_course["course"], tmp_path / "pg-dask", db_url=url)
    shutil.rmtree(course / "autograded")
    with Gradebook(url, Course(course).course_id) as gb:
        for student in KINDS:
            gb.remove_submission(A, student)
    assert cell_scores(url) == {}
    with dask_cluster.client() as client:
        seen_before = grade_one_counts(client)[0]
    out = cdkit("grade", A, "--scheduler", dask_cluster.address, cwd=course)
    assert f"{len(KINDS)} graded, 0 failed" in out.stdout, out.stdout
    with dask_cluster.client() as client:
        assert grade_one_counts(client)[0] - seen_before == len(KINDS)
    on_dask = cell_scores(url)
    assert on_dask == cell_scores(pg_course["url"])
    for student in KINDS:
        assert {cell: on_dask[student][cell][0] for cell in expected_cells(student)} == \
            expected_cells(student)
    assert not list(course.rglob("*.db"))
