"""`cdkit demo`: a synthetic class through the whole cycle, left as a standard nbgrader course."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

CDKIT = str(Path(sys.executable).parent / "cdkit")


def cdkit(*args, cwd=None):
    return subprocess.run([CDKIT, *args], capture_output=True, text=True, timeout=1500, cwd=cwd)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "class"
    result = cdkit("demo", "--students", "5", "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return out, result


@pytest.mark.slow
def test_demo_leaves_a_standard_nbgrader_course(demo):
    out, result = demo
    for name in ("nbgrader_config.py", "source", "release", "submitted", "autograded",
                 "feedback", "gradebook.db", "report.html", "grades.csv"):
        assert (out / name).exists(), name
    students = sorted(p.name for p in (out / "submitted").iterdir())
    assert len(students) == 5
    for student in students:
        for assignment in ("01-segments", "02-profile", "03-interview-plan",
                           "04-interview-log"):
            assert (out / "submitted" / student / assignment / f"{assignment}.ipynb").is_file()
            assert (out / "feedback" / student / assignment / f"{assignment}.html").is_file()
    assert "report.html" in result.stdout


@pytest.mark.slow
def test_demo_work_varies_and_scores_follow(demo):
    out, _ = demo
    with (out / "grades.csv").open(newline="") as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    totals = {s: float(r["total"] or 0) for s, r in rows.items()}
    # students are excellent, average, weak, blank, late in that order (ada, bo, chen, dara, eli)
    assert totals["ada"] == totals["eli"] == 28  # 4 x 7 automatic points; reflections to grade
    assert totals["ada"] > totals["bo"] > totals["chen"] > totals["dara"] == 0
    report = (out / "report.html").read_text("utf-8")
    assert "data:image/png;base64," in report or "<svg" in report
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{out / 'gradebook.db'}", "customer-discovery") as gb:
        assert gb.find_submission("01-segments", "eli").total_seconds_late > 0
        assert gb.find_submission("01-segments", "ada").total_seconds_late == 0
        assert gb.find_submission("01-segments", "ada").needs_manual_grade


@pytest.mark.slow
def test_demo_no_grade_stops_after_collecting(tmp_path):
    out = tmp_path / "class"
    result = cdkit("demo", "--students", "2", "--out", str(out), "--no-grade")
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "submitted").is_dir() and not (out / "autograded").exists()
    assert "cdkit grade" in result.stdout


def test_demo_refuses_a_folder_with_work_in_it(tmp_path):
    (tmp_path / "keep.txt").write_text("precious")
    result = cdkit("demo", "--out", str(tmp_path))
    assert result.returncode == 2 and "not empty" in result.stderr
    assert (tmp_path / "keep.txt").read_text() == "precious"
