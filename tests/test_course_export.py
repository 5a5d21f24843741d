"""`cdkit export`'s engine: grades as CSV for an LMS, on a real nbgrader course and gradebook."""

from __future__ import annotations

import csv
import math
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import Course
from kit.course.export import export_grades, number, safe_text
from kit.errors import KitError

NAMES = list(ASSIGNMENTS)  # 01-segments ... 04-interview-log, all worth 10 points
HEADER = ["student_id", "last_name", "first_name", "email", *NAMES, "total", "max_total"]
FORMULA = '=HYPERLINK("http://evil.example","click me")'
STUDENTS = {  # id: (first_name, last_name, email)
    "ada": ("Ada", "Lovelace", "ada@example.edu"),
    "bo": ("Zoë", "Ünal", "bo@example.edu"),
    "cy": (FORMULA, "+Smith", "@cy"),  # never submits
    "-dee": ("Dee", "Dash", "dee@example.edu"),
    "eve": (None, None, None),
}
# (student, assignment): grade_id -> (auto_score, manual_score, extra_credit, needs_manual_grade)
# Items not listed: a failed test (auto 0), a written answer waiting for the instructor.
FULL_01 = {f"test_01_segments_{t.id.replace('-', '_')}": (float(t.points), None, None, False)
           for t in ASSIGNMENTS["01-segments"].tests}
SUBMISSIONS: dict[tuple[str, str], dict] = {
    ("ada", "01-segments"): {**FULL_01, "reflection_neighbour": (None, 2.0, None, False)},
    ("ada", "02-profile"): {
        "test_02_profile_profile_complete": (2.0, None, None, False),
        "test_02_profile_job_types": (0.0, 1.0, None, False),  # the instructor overrode it
        "test_02_profile_customer_not_product": (2.0, None, None, False),
        "test_02_profile_unaddressed": (1.0, None, None, False)},
    ("bo", "01-segments"): {
        "test_01_segments_targeted_specific": (2.0, None, None, False),
        "test_01_segments_neighbour": (2.0, None, None, False),
        "test_01_segments_pattern": (1.0, None, None, False),
        "reflection_neighbour": (None, 3.0, 0.5, False)},
    ("-dee", "01-segments"): {"reflection_neighbour": (None, 0.0, None, False)},
    ("eve", "03-interview-plan"): None,  # collected, not autograded yet: grades left empty
}
PENALTIES = {("bo", "01-segments"): 1.0, ("-dee", "01-segments"): 2.0}  # late submissions


def max_points(grade_id: str) -> float:
    for a in ASSIGNMENTS.values():
        if grade_id in a.manual:
            return float(a.manual[grade_id])
        for t in a.tests:
            if grade_id == f"test_{a.id.replace('-', '_')}_{t.id.replace('-', '_')}":
                return float(t.points)
    raise AssertionError(grade_id)


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Course:
    """A real course (``nbgrader generate_assignment``) with grades set through nbgrader's
    Gradebook API, as autograde and the formgrader leave them."""
    base = tmp_path_factory.mktemp("export").resolve()
    made = init_course(base / "course", exchange=str(base / "exchange"))
    with made.gradebook() as gb, warnings.catch_warnings():
        # nbgrader's own add_submission autoflushes half-built objects; harmless
        warnings.filterwarnings("ignore", "Object of type .* not in session")
        for sid, (first, last, email) in STUDENTS.items():
            gb.update_or_create_student(sid, first_name=first, last_name=last, email=email)
        for (sid, assignment), grades in SUBMISSIONS.items():
            sub = gb.add_submission(assignment, sid, timestamp="2027-03-01 10:00:00")
            for nb in sub.notebooks:
                nb.late_submission_penalty = PENALTIES.get((sid, assignment), 0.0)
                for g in nb.grades if grades is not None else []:
                    markdown = g.cell.cell_type == "markdown"
                    default = (None, None, None, True) if markdown else (0.0, None, None, False)
                    (g.auto_score, g.manual_score, g.extra_credit,
                     g.needs_manual_grade) = grades.get(g.name, default)
        gb.db.commit()
    return made


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


# --------------------------------------------------------------------------- cells


def test_numbers_drop_a_trailing_zero_and_float_noise():
    assert [number(x) for x in (7.0, 2.5, 0.1 + 0.2, None, -0.0, 0, 12.125)] == \
        ["7", "2.5", "0.3", "", "0", "0", "12.125"]


def test_text_that_a_spreadsheet_would_run_gets_a_quote():
    for risky in ("=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_text(risky) == "'" + risky
    for fine in ("Ada", "a=b", "Zoë", "", "1+1", "'quoted"):
        assert safe_text(fine) == fine
    assert safe_text(None) == ""


# --------------------------------------------------------------------------- wide


@pytest.mark.slow
def test_wide_has_every_student_sorted_with_scores_totals_and_empty_cells(course):
    path = export_grades(course)
    assert path == course.root / "grades.csv"
    assert read(path) == [
        HEADER,
        # late by 2 points on a 0: never below zero; submitted, so 0 and not empty
        ["'-dee", "Dash", "Dee", "dee@example.edu", "0", "", "", "", "0", "40"],
        ["ada", "Lovelace", "Ada", "ada@example.edu", "9", "6", "", "", "15", "40"],
        # 2 + 2 + 1 tests, 3 + 0.5 extra credit for the answer, 1 point late penalty
        ["bo", "Ünal", "Zoë", "bo@example.edu", "7.5", "", "", "", "7.5", "40"],
        ["cy", "'+Smith", "'" + FORMULA, "'@cy", "", "", "", "", "0", "40"],
        ["eve", "", "", "", "", "", "0", "", "0", "40"],
    ]
    raw = path.read_bytes()
    assert "Zoë,bo@".encode() in raw and raw.startswith(b"student_id,")  # UTF-8, no BOM
    assert sorted(p.name for p in path.parent.glob("*.csv*")) == ["grades.csv"]  # no temp file


@pytest.mark.slow
def test_wide_scores_equal_nbgrader_export(course, tmp_path):
    """The real ``nbgrader export`` command line on the same gradebook."""
    theirs_path = tmp_path / "nbgrader.csv"
    course.nbgrader("export", "--to", str(theirs_path))
    with theirs_path.open(encoding="utf-8", newline="") as handle:
        theirs = list(csv.DictReader(handle))
    ours = {row[0].removeprefix("'"): dict(zip(HEADER, row, strict=True))
            for row in read(export_grades(course, tmp_path / "ours.csv"))[1:]}
    assert {r["student_id"] for r in theirs} == set(ours) == set(STUDENTS)
    assert len(theirs) == len(STUDENTS) * len(NAMES)
    for row in theirs:
        mine = ours[row["student_id"]][row["assignment"]]
        assert math.isclose(float(mine or 0), float(row["score"])), row
        assert (mine == "") == ((row["student_id"], row["assignment"]) not in SUBMISSIONS)
    maxima = {r["assignment"]: float(r["max_score"]) for r in theirs}
    assert all(float(r["max_total"]) == sum(maxima.values()) == 40 for r in ours.values())
    for sid, row in ours.items():
        assert math.isclose(float(row["total"]), sum(
            float(r["score"]) for r in theirs if r["student_id"] == sid))


# --------------------------------------------------------------------------- long


def expected_long() -> list[list[str]]:
    """Built from the grades the fixture set, independently of the export's SQL."""

    def fmt(x):
        return "" if x is None else str(int(x)) if float(x).is_integer() else str(x)

    rows = []
    for sid, assignment in sorted(SUBMISSIONS):
        grades = SUBMISSIONS[sid, assignment]
        spec = ASSIGNMENTS[assignment]
        items = sorted([*spec.manual, *(f"test_{spec.id.replace('-', '_')}_"
                                        f"{t.id.replace('-', '_')}" for t in spec.tests)])
        for item in items:
            if grades is None:
                auto = manual = extra = None
                needs = True
            else:
                default = (None, None, None, True) if item in spec.manual else \
                    (0.0, None, None, False)
                auto, manual, extra, needs = grades.get(item, default)
            base = manual if manual is not None else auto
            score = 0.0 if base is None else base + (extra or 0.0)
            rows.append([safe_text(sid), assignment, assignment, item, fmt(auto), fmt(manual),
                         fmt(score), fmt(max_points(item)), "true" if needs else "false"])
    return rows


@pytest.mark.slow
def test_long_has_one_row_per_graded_item_of_every_submission(course, tmp_path):
    path = export_grades(course, tmp_path / "sub" / "long.csv", fmt="long")
    rows = read(path)
    assert rows[0] == ["student_id", "assignment", "notebook", "item", "auto_score",
                       "manual_score", "score", "max_score", "needs_manual_grade"]
    assert rows[1:] == expected_long()
    assert len(rows) - 1 == 5 * 6  # five submissions, six graded items each; none for cy
    assert ["bo", "01-segments", "01-segments", "reflection_neighbour", "", "3", "3.5", "3",
            "false"] in rows
    assert ["ada", "02-profile", "02-profile", "test_02_profile_job_types", "0", "1", "1", "1",
            "false"] in rows
    assert ["ada", "02-profile", "02-profile", "reflection_compare", "", "", "0", "3",
            "true"] in rows
    assert rows[1][0] == "'-dee"


@pytest.mark.slow
def test_long_equals_nbgrader_gradebook_api(course, tmp_path):
    ours = {(r[0].removeprefix("'"), r[1], r[2], r[3]): r[4:]
            for r in read(export_grades(course, tmp_path / "long.csv", fmt="long"))[1:]}
    theirs = {}
    with course.gradebook() as gb:
        for assignment in gb.assignments:
            for sub in assignment.submissions:
                for nb in sub.notebooks:
                    for g in nb.grades:
                        theirs[sub.student.id, assignment.name, nb.name, g.name] = [
                            number(g.auto_score), number(g.manual_score), number(g.score),
                            number(g.max_score), "true" if g.needs_manual_grade else "false"]
    assert ours == theirs


# --------------------------------------------------------------------------- errors, paths


def bare_course(folder: Path) -> Course:
    folder.mkdir(parents=True)
    (folder / "nbgrader_config.py").write_text("c = get_config()  # noqa\n", "utf-8")
    return Course(folder)


def test_missing_gradebook_is_a_plain_error_and_creates_nothing(tmp_path):
    course = bare_course(tmp_path / "course")
    with pytest.raises(KitError, match=r"There is no gradebook yet: .*gradebook\.db does not "
                       r"exist.*cdkit release"):
        export_grades(course)
    assert sorted(p.name for p in course.root.iterdir()) == ["nbgrader_config.py"]


def test_a_database_without_nbgrader_tables_is_no_gradebook(tmp_path):
    course = bare_course(tmp_path / "course")
    with sqlite3.connect(course.root / "gradebook.db") as db:
        db.execute("CREATE TABLE other (x)")
    with pytest.raises(KitError, match=r"There is no gradebook yet at .* no assignment table"):
        export_grades(str(course.root), tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_unknown_format_names_the_choices(tmp_path):
    with pytest.raises(KitError, match=r"no export format 'xlsx'\. The formats are: wide, long"):
        export_grades(bare_course(tmp_path / "course"), fmt="xlsx")


@pytest.mark.slow
def test_relative_sqlite_url_is_read_from_the_course_folder(course, tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(course.root, copy, ignore=shutil.ignore_patterns("*.csv"))
    config = copy / "nbgrader_config.py"
    lines = [ln for ln in config.read_text("utf-8").splitlines()
             if not ln.startswith("c.CourseDirectory.db_url")]
    config.write_text("\n".join([*lines, "c.CourseDirectory.db_url = 'sqlite:///gradebook.db'",
                                 ""]), "utf-8")
    monkeypatch.chdir(tmp_path)
    out = export_grades(copy, "mine.csv")  # a relative output: from the current folder
    assert out == tmp_path / "mine.csv"
    assert read(out)[2][:5] == ["ada", "Lovelace", "Ada", "ada@example.edu", "9"]
    assert not (tmp_path / "gradebook.db").exists()
