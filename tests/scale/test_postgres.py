"""A PostgreSQL gradebook: the whole course cycle with the real ``cdkit`` and nbgrader commands.

``cdkit course init --db postgresql+psycopg://...`` → ``cdkit release`` → students fetch, work
and submit through nbgrader's exchange → ``cdkit collect`` → ``cdkit grade`` → ``cdkit
feedback`` → ``cdkit export``; then the grades are read straight out of PostgreSQL with
psycopg (nbgrader's own tables), and no SQLite file was made anywhere. Last, the department
set-up: ``cdkit demo --db`` in PostgreSQL, graded on a real Dask cluster.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kit.checks import rubric
from kit.course.directory import Course

from .conftest import KINDS, A, cdkit, cell_scores, expected_cells, grade_one_counts

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


def rubric_points(workbook: Path, assignment: str = A) -> dict[str, float]:
    """The points the rubric gives each test cell for the workbook in this file (0 without)."""
    from kit.course.grader import grade_id_for
    from kit.workbook import parse_workbook

    wb = parse_workbook(workbook.read_bytes(), workbook.name) if workbook.is_file() else None
    return {grade_id_for(assignment, t.id): float(
                t.points if wb is not None and rubric.run_test(assignment, t.id, wb).passed
                else 0)
            for t in rubric.assignment(assignment).tests}


@pytest.mark.dask
def test_a_postgres_demo_class_graded_on_dask(postgres, dask_cluster, tmp_path):
    """The department set-up: ``cdkit demo --db postgresql+psycopg://...`` builds a class whose
    gradebook is in PostgreSQL, and ``cdkit grade --scheduler`` grades it on the Dask cluster.

    Every cell gets the points the rubric gives the workbook that student handed in (read from
    ``submitted/``, outside nbgrader), one ``grade_one`` task ran per student, and no SQLite
    file was made.
    """
    import psycopg

    url, options = postgres.new_database("cdkit_demo_dask")
    course = tmp_path / "demo"
    cdkit("demo", "--students", "5", "--no-grade", "--db", url, "--out", str(course))
    assert Course(course).db_url == url
    students = Course(course).submitted(A)
    assert len(students) >= 4, students  # one of the five kinds hands in nothing
    with dask_cluster.client() as client:
        seen_before = grade_one_counts(client)[0]
    out = cdkit("grade", A, "--scheduler", dask_cluster.address, cwd=course)
    assert f"{len(students)} graded, 0 failed" in out.stdout, out.stdout
    with dask_cluster.client() as client:
        assert grade_one_counts(client)[0] - seen_before == len(students)
    on_dask = cell_scores(url)
    assert set(on_dask) == set(students)
    for student in students:
        want = rubric_points(course / "submitted" / student / A / "workbook.json")
        assert {cell: on_dask[student][cell][0] for cell in want} == want, student
    assert any(sum(rubric_points(course / "submitted" / s / A / "workbook.json").values())
               for s in students), "the class must have scored work"
    with psycopg.connect(**options) as conn:  # straight from PostgreSQL
        graded = conn.execute("SELECT count(*) FROM submitted_assignment sa JOIN assignment a "
                              "ON sa.assignment_id = a.id WHERE a.name = %s", (A,)).fetchone()
    assert graded[0] == len(students)
    assert not [p for p in course.rglob("*") if p.suffix in (".db", ".sqlite", ".sqlite3")]
