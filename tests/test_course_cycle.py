"""The whole nbgrader cycle with the real command line and exchange.

generate -> validate -> release -> fetch (as students) -> fill (workbooks written through the
kit's API, as the widgets would) -> submit -> collect -> autograde -> generate feedback ->
export. An excellent, a partial and a blank submission get exactly the points expected.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from conftest import add_interviews, build_good_workbook, build_partial_workbook

from kit.checks.rubric import ASSIGNMENTS
from kit.workbook import WorkbookStore

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
COURSE_ID = "customer-discovery"


def run(args, cwd, env, check=True):
    out = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and out.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} failed:\n{out.stdout[-3000:]}\n"
                             f"{out.stderr[-3000:]}")
    return out


@pytest.fixture(scope="module")
def cycle(tmp_path_factory):
    base = tmp_path_factory.mktemp("course")
    course, exchange = base / "course", base / "exchange"
    shutil.copytree(ROOT / "assignments", course, ignore=shutil.ignore_patterns(
        "release", "submitted", "autograded", "feedback", "gradebook.db", "exchange"))
    exchange.mkdir()
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "CDKIT_EXCHANGE": str(exchange), "CDKIT_COURSE_ID": COURSE_ID}
    env.pop("CDKIT_WORKBOOK", None)
    nbgrader = [str(BIN / "nbgrader")]
    students = {"ada": "excellent", "pat": "partial", "bo": "blank"}
    roster = base / "students.csv"
    roster.write_text("id,first_name,last_name\n" + "".join(
        f"{s},{s.capitalize()},Tester\n" for s in students), "utf-8")
    run([*nbgrader, "db", "student", "import", str(roster)], course, env)
    run([*nbgrader, "generate_assignment", "*", "--force"], course, env)
    sources = [f"source/{a}/{a}.ipynb" for a in ASSIGNMENTS]
    validate = {"source": run([*nbgrader, "validate", *sources], course, env, check=False)}
    copies = base / "validate-release"
    copies.mkdir()
    for a in ASSIGNMENTS:  # validate copies: validating in release/ would write a workbook there
        shutil.copy(course / "release" / a / f"{a}.ipynb", copies)
    validate["release"] = run([*nbgrader, "validate", *[f"{a}.ipynb" for a in ASSIGNMENTS]],
                              copies, env, check=False)
    for a in ASSIGNMENTS:
        run([*nbgrader, "release_assignment", a, "--force"], course, env)
    excellent = add_interviews(build_good_workbook())

    def student_work(student: str, kind: str) -> None:
        home = base / "home" / student
        home.mkdir(parents=True)
        student_env = {**env, "HOME": str(home)}
        exchange_opt = f"--Exchange.root={exchange}"
        for a in ASSIGNMENTS:
            run([*nbgrader, "fetch_assignment", a, "--course", COURSE_ID, exchange_opt], home,
                student_env)
            folder = home / a
            if kind == "excellent":
                WorkbookStore(folder / "workbook.json").save(excellent)
                notebook = nbformat.read(folder / f"{a}.ipynb", as_version=4)
                for cell in notebook.cells:
                    if cell.metadata.get("nbgrader", {}).get("grade_id", "").startswith(
                            "reflection_"):
                        cell.source = "My own reflection, with numbers from my interviews."
                nbformat.write(notebook, folder / f"{a}.ipynb")
            elif kind == "partial":
                WorkbookStore(folder / "workbook.json").save(build_partial_workbook(a)[0])
            run([*nbgrader, "submit", a, "--course", COURSE_ID, f"--student={student}",
                 exchange_opt], home, student_env)

    with ThreadPoolExecutor(max_workers=3) as pool:
        for future in [pool.submit(student_work, s, k) for s, k in students.items()]:
            future.result()
    for a in ASSIGNMENTS:
        run([*nbgrader, "collect", a], course, env)
    run([*nbgrader, "autograde", "*"], course, env)
    run([*nbgrader, "generate_feedback", "*"], course, env)
    run([*nbgrader, "export", "--to", str(base / "grades.csv")], course, env)
    return {"course": course, "exchange": exchange, "validate": validate, "base": base,
            "students": students}


@pytest.mark.slow
def test_source_passes_validate_and_release_fails(cycle):
    source, released = cycle["validate"]["source"].stdout, cycle["validate"]["release"].stdout
    assert source.count("Success! Your notebook passes all the tests") == len(ASSIGNMENTS), \
        source[-3000:]
    assert "Success!" not in released
    assert released.count("VALIDATION FAILED ON") == len(ASSIGNMENTS), released[-3000:]


@pytest.mark.slow
def test_no_instructor_answer_is_released(cycle):
    course = cycle["course"]
    assert not list(course.glob("source/**/workbook.json"))
    for a in ASSIGNMENTS:
        released = (course / "release" / a / f"{a}.ipynb").read_text("utf-8")
        assert "BEGIN HIDDEN TESTS" not in released and "hidden-" not in released
        assert "My own reflection" not in released
        source = (course / "source" / a / f"{a}.ipynb").read_text("utf-8")
        example = next(c.source for c in nbformat.reads(source, as_version=4).cells
                       if c.metadata.get("nbgrader", {}).get("grade_id", "").startswith(
                           "reflection_"))
        assert example[:60] not in released
        assert sorted(p.name for p in (course / "release" / a).iterdir()) == [f"{a}.ipynb"]
    assert not list(cycle["exchange"].rglob("workbook.json*")) or all(
        "inbound" in str(p) for p in cycle["exchange"].rglob("workbook.json*"))


@pytest.mark.slow
def test_points_are_exactly_as_expected(cycle):
    from nbgrader.api import Gradebook

    db = f"sqlite:///{cycle['course'] / 'gradebook.db'}"
    with Gradebook(db, COURSE_ID) as gb:
        for a, spec in ASSIGNMENTS.items():
            assert gb.find_assignment(a).max_score == spec.auto_points + spec.manual_points
            scores = {s: gb.find_submission(a, s).score for s in cycle["students"]}
            partial_points = build_partial_workbook(a)[1]
            assert scores == {"ada": spec.auto_points, "pat": partial_points, "bo": 0}, a
            ada = gb.find_submission(a, "ada")
            assert ada.needs_manual_grade, "the written reflection waits for the instructor"
            assert not gb.find_submission(a, "bo").needs_manual_grade


@pytest.mark.slow
def test_graded_notebook_shows_the_work_and_feedback_exists(cycle):
    course = cycle["course"]
    graded = nbformat.read(course / "autograded" / "ada" / "01-segments" / "01-segments.ipynb",
                           as_version=4)
    outputs = json.dumps([c.get("outputs", []) for c in graded.cells])
    assert "Dual-income parents of toddlers in big cities" in outputs
    assert "Retired couples who enjoy cooking" in outputs
    for student in cycle["students"]:
        for a in ASSIGNMENTS:
            assert (course / "feedback" / student / a / f"{a}.html").is_file()
    feedback = (course / "feedback" / "pat" / "01-segments" / "01-segments.html").read_text()
    assert "Which pattern fits your business model" in feedback  # why a test failed


@pytest.mark.slow
def test_export_has_every_student_and_assignment(cycle):
    with (cycle["base"] / "grades.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    got = {(r["assignment"], r["student_id"]): float(r["raw_score"]) for r in rows}
    for a, spec in ASSIGNMENTS.items():
        assert got[a, "ada"] == spec.auto_points
        assert got[a, "pat"] == build_partial_workbook(a)[1]
        assert got[a, "bo"] == 0
