"""The class report and the instructor dashboard, on a real nbgrader course and gradebook."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import nbformat
import pytest
from conftest import add_interviews, build_good_workbook

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import Course
from kit.course.report import ASSIGNMENT_STEPS, collect_class, normalise, write_report
from kit.progress import STEPS
from kit.workbook import WorkbookStore

# nbgrader's own add_submission builds rows before adding them to its session
pytestmark = pytest.mark.filterwarnings("ignore:Object of type <Submitted:sqlalchemy.exc.SAWarning")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "assignments" / "instructor-dashboard.ipynb"
PAIN = "The kids refuse new food and dinner gets thrown away"
SCRIPT = "<script>alert('pwned')</script> dinner is chaos"


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One real course (``nbgrader generate_assignment`` takes a while), copied per test."""
    base = tmp_path_factory.mktemp("template").resolve()
    init_course(base / "c", exchange=str(base / "x"))
    return base


@pytest.fixture
def course(template, tmp_path) -> Course:
    base = tmp_path.resolve()
    shutil.copytree(template / "c", base / "c")
    (base / "x").mkdir()
    config = base / "c" / "nbgrader_config.py"
    config.write_text(config.read_text("utf-8").replace(str(template), str(base)), "utf-8")
    made = Course(base / "c")
    assert made.db_url.startswith(f"sqlite:///{base}")
    return made


def grade(gb, assignment: str, student: str, auto: float | None, manual: float | None = None,
          timestamp: str = "2026-03-01 10:00:00"):
    """A submission as autograde leaves it: ``auto`` points over the test cells (first cells
    first), and the written answer graded (``manual``) or waiting (``None``). ``auto=None``:
    in the gradebook but not autograded yet."""
    sub = gb.update_or_create_submission(assignment, student, timestamp=timestamp)
    left = auto
    for nb in sub.notebooks:
        for g in nb.grades:
            if auto is None:
                continue
            if g.cell.cell_type == "markdown":
                g.manual_score, g.needs_manual_grade = manual, manual is None
            else:
                g.auto_score = min(g.cell.max_score, left)
                left -= g.auto_score
                g.needs_manual_grade = False
    gb.db.commit()


def save_work(course: Course, student: str, assignment: str, wb) -> Path:
    path = course.root / "submitted" / student / assignment / "workbook.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    WorkbookStore(path).save(wb)
    return path


def release(course: Course, *assignments: str) -> None:
    for a in assignments:
        (course.exchange / course.course_id / "outbound" / a).mkdir(parents=True)


@pytest.fixture
def klass(course):
    """A small class: a strong student, one behind, one with nothing, one with a damaged
    workbook, and one whose pain holds markup."""
    release(course, "01-segments", "02-profile")
    with course.gradebook() as gb:
        gb.update_or_create_assignment("02-profile", duedate="2026-02-01 12:00:00")
        gb.add_student("ada", first_name="Ada", last_name="Lovelace")
        gb.add_student("bo", first_name="Bo")
        gb.add_student("cy")
        gb.add_student("dee")
        gb.add_student("eve", first_name="<i>Eve</i>")
        for a in ASSIGNMENTS:
            grade(gb, a, "ada", 7, 3 if a != "04-interview-log" else None)
        grade(gb, "01-segments", "bo", 2, 0)
        grade(gb, "01-segments", "dee", 7, 3)
        grade(gb, "02-profile", "eve", None)
    save_work(course, "ada", "01-segments", build_good_workbook())
    save_work(course, "ada", "04-interview-log", add_interviews(build_good_workbook()))
    save_work(course, "bo", "01-segments", build_good_workbook())
    bo = build_good_workbook()
    bo.segments[0].profile.pains[0].text = "the kids refuse new food,  and dinner gets THROWN away!"
    save_work(course, "bo", "02-profile", bo)
    eve = build_good_workbook()
    eve.segments[0].profile.add_pain(SCRIPT, severity="moderate")
    save_work(course, "eve", "02-profile", eve)
    damaged = course.root / "submitted" / "dee" / "01-segments" / "workbook.json"
    damaged.parent.mkdir(parents=True)
    damaged.write_text("{not json", "utf-8")
    return course


def assert_self_contained(page: str, charts: bool = True) -> None:
    lower = page.lower()
    assert "<link" not in lower and "<script" not in lower and "@import" not in lower
    assert "url(" not in lower
    assert not re.search(r"(src|href)\s*=\s*['\"]?\s*(https?:|//)", lower)
    assert ("<svg" in page) is charts


def behind(page: str) -> dict[str, str]:
    """Student id -> the text of their row in the falling-behind table."""
    section = page.split("id='behind'")[1].split("<section")[0]
    rows = [" ".join(re.sub(r"<[^>]+>", " ", r).split())
            for r in re.findall(r"<tr><td>.*?</tr>", section)]
    return {r.split()[0]: r for r in rows}


# --------------------------------------------------------------------------- the report


def test_report_of_a_small_class(klass):
    path = write_report(klass)
    assert path == klass.root / "report.html"
    page = path.read_text("utf-8")
    assert_self_contained(page)
    assert page.count("<svg") >= 4  # submissions, histograms, completion, interviews
    assert "customer-discovery" in page and "5 students" in page
    # behind, with the reason
    rows = behind(page)
    assert "no submission of 01-segments, 02-profile" in rows["cy"]
    assert "low score on 01-segments: 2 of 10 points graded" in rows["bo"]
    assert "no submission of 03-interview-plan, 04-interview-log" in rows["bo"]  # 02: collected
    assert "their workbook could not be read" in rows["dee"]
    assert "ada" not in rows
    # top pains, counted once per student across spellings
    assert re.search(rf"<td>{PAIN}</td><td class='n'>3</td>", page), "ada, bo and eve"


def test_counts_and_escaping(klass):
    data = collect_class(klass)
    assert [s.id for s in data.students] == ["ada", "bo", "cy", "dee", "eve"]
    ada, bo, eve = data.student("ada"), data.student("bo"), data.student("eve")
    assert ada.work.assignment == "04-interview-log", "the newest workbook is read"
    assert bo.work.assignment == "02-profile"
    assert (ada.work.planned, ada.work.logged) == (4, 3)
    assert ada.work.steps_done >= set(ASSIGNMENT_STEPS["04-interview-log"])
    assert ada.results["04-interview-log"].needs_manual
    assert ada.results["01-segments"].score == 10 and not ada.results["01-segments"].late
    assert ada.results["02-profile"].late, "submitted 2026-03-01, due 2026-02-01"
    assert not eve.results["02-profile"].graded
    assert data.manual_cells == [("04-interview-log", "reflection_next", 1)]
    assert dict(data.top("pain"))[PAIN] == 3
    assert {a.name: a.due for a in data.assignments} == {
        "01-segments": True, "02-profile": True, "03-interview-plan": True,
        "04-interview-log": True}
    page = write_report(klass, klass.root / "out" / "class.html").read_text("utf-8")
    assert "&lt;script&gt;alert(" in page and SCRIPT not in page
    assert "&lt;i&gt;Eve&lt;/i&gt;" in page and "<i>Eve</i>" not in page
    assert "reflection_next" in page


def test_a_damaged_workbook_is_counted_not_fatal(klass):
    data = collect_class(klass)
    (dee,) = data.damaged
    assert dee.id == "dee" and dee.work is None and "not valid JSON" in dee.damaged
    page = write_report(klass).read_text("utf-8")
    assert "<b>1</b><small>Damaged workbooks</small>" in page
    assert "submitted/dee/01-segments/workbook.json" in page
    assert (klass.root / "submitted/dee/01-segments/workbook.json").read_text() == "{not json"


def test_work_a_rule_trips_on_counts_as_damaged(klass, monkeypatch):
    monkeypatch.setattr("kit.course.report.data.path_progress", lambda wb: 1 / 0)
    data = collect_class(klass)
    assert {s.id for s in data.damaged} == {"ada", "bo", "dee", "eve"}
    assert "could not be checked (ZeroDivisionError" in data.student("ada").damaged
    assert "Workbooks that could not be read" in write_report(klass).read_text("utf-8")


def test_what_grading_flagged_is_in_the_report(klass):
    from kit.course.grader.summary import GradeSummary, save_summary

    def result(student, score, error=None, flagged=()):
        return {"student": student, "success": error is None, "error": error, "score": score,
                "max_score": 10.0, "needs_manual_grade": bool(flagged),
                "flagged": list(flagged), "corrected": [], "seconds": 1.0}

    page = write_report(klass).read_text("utf-8")
    assert "<b>0</b><small>Flagged at grading</small>" in page
    save_summary(klass.root, GradeSummary.of("01-segments", [
        result("ada", 10.0),
        result("bo", 2.0, flagged=["test_targeted: score differs from an independent check of "
                                   "the workbook (possible tampering)", f"quoted {SCRIPT}"]),
        result("cy", None, error="the notebook is not valid JSON")], 3.0, 2))
    data = collect_class(klass)
    assert [(a, s, status) for a, s, status, _ in data.review] == [
        ("01-segments", "bo", "review"), ("01-segments", "cy", "failed")]
    page = write_report(klass).read_text("utf-8")
    assert "<b>2</b><small>Flagged at grading</small>" in page
    section = page.split("id='review'")[1].split("<section")[0]
    assert "possible tampering" in section and "the notebook is not valid JSON" in section
    assert "ada" not in section
    assert SCRIPT not in page and "quoted &lt;script&gt;" in section
    summary = klass.root / ".cdkit" / "grading" / "01-segments.json"
    summary.write_text("{damaged", "utf-8")
    assert collect_class(klass).review == [], "a damaged summary is no reason to fail"


def test_an_extension_moves_the_due_date(klass):
    assert collect_class(klass).student("ada").results["02-profile"].late
    with klass.gradebook() as gb:
        gb.grant_extension("02-profile", "ada", days=60)
    assert not collect_class(klass).student("ada").results["02-profile"].late


def test_an_empty_class(course):
    page = write_report(course).read_text("utf-8")
    assert_self_contained(page, charts=False)
    assert "0 students" in page and "No students yet" in page
    assert page.count("Nothing yet") >= 3 and "Nothing graded yet" in page
    assert "Nothing is waiting for manual grading" in page


def test_students_without_submissions_and_no_gradebook(course):
    with course.gradebook() as gb:
        for sid in ("s1", "s2"):
            gb.add_student(sid)
    page = write_report(course).read_text("utf-8")
    assert "2 students" in page and "Nothing yet: no assignment is due" in page
    (course.root / "gradebook.db").unlink()
    page = write_report(course).read_text("utf-8")
    assert "0 students" in page and not (course.root / "gradebook.db").exists()


def test_normalise():
    assert normalise("  The kids' FOOD,\tis   thrown away!! ") == "the kids food is thrown away"
    assert normalise("meal-kit\u2019s") == "meal kits"


def test_assignment_steps_are_steps_of_the_path():
    ids = {s.id for s in STEPS}
    assert set(ASSIGNMENT_STEPS) == set(ASSIGNMENTS)
    assert all(set(steps) <= ids for steps in ASSIGNMENT_STEPS.values())


def test_the_report_imports_neither_nbgrader_nor_matplotlib(klass):
    """``import nbgrader`` alone takes seconds; the report reads the tables directly."""
    code = ("import sys; from kit.course.report import write_report; "
            f"write_report({str(klass.root)!r}); "
            "print(sorted(m for m in ('nbgrader', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- a big class


def bulk_class(course: Course, n: int) -> dict[str, int]:
    """Insert ``n`` students with submissions and grades in a few statements (the Gradebook
    API commits row by row). Returns what the report should count."""
    from nbgrader.api import Grade, Student, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy import insert

    expected = {"submitted": 0, "waiting": 0, "low": 0, "none": 0}
    students, subs, nbs, grades = [], [], [], []
    with course.gradebook() as gb:
        layout = [(a, [(nb, [(c.id, c.cell_type, c.max_score) for c in nb.grade_cells])
                       for nb in a.notebooks]) for a in gb.assignments]
        for i in range(n):
            sid = f"student{i:05d}"
            students.append({"id": sid, "first_name": f"First{i}", "last_name": "Last"})
            submitted_any = False
            for k, (assignment, notebooks) in enumerate(layout):
                if i % (k + 2) == 0:
                    continue
                submitted_any = True
                expected["submitted"] += 1
                sub_id = uuid.uuid4().hex
                subs.append({"id": sub_id, "assignment_id": assignment.id, "student_id": sid,
                             "timestamp": dt.datetime(2026, 3, 1)})
                auto, manual = i % 8, None if i % 5 == 0 else 3.0
                expected["waiting"] += manual is None
                expected["low"] += (auto + (manual or 0)) / (10 - (3 if manual is None else 0)) \
                    < 0.5
                for nb, cells in notebooks:
                    nb_id = uuid.uuid4().hex
                    nbs.append({"id": nb_id, "assignment_id": sub_id, "notebook_id": nb.id})
                    left = auto
                    for cell_id, kind, maximum in cells:
                        score = min(maximum, left) if kind == "code" else None
                        left -= score or 0
                        grades.append({"id": uuid.uuid4().hex, "notebook_id": nb_id,
                                       "cell_id": cell_id, "auto_score": score,
                                       "manual_score": manual if kind == "markdown" else None,
                                       "needs_manual_grade": kind == "markdown" and not manual})
            expected["none"] += not submitted_any
        for table, rows in ((Student, students), (SubmittedAssignment, subs),
                            (SubmittedNotebook, nbs), (Grade, grades)):
            if rows:
                gb.db.execute(insert(table.__table__), rows)
        gb.db.commit()
    return expected


def test_a_class_of_300(course):
    expected = bulk_class(course, 300)
    data = collect_class(course)
    assert len(data.students) == 300
    results = [r for s in data.students for r in s.results.values()]
    assert len(results) == expected["submitted"]
    assert sum(r.needs_manual for r in results) == expected["waiting"]
    assert sum(r.share < 0.5 for r in results) == expected["low"]
    assert sum(n for *_, n in data.manual_cells) == expected["waiting"]
    assert {r.max_score for r in results} == {10.0}
    s7 = data.student("student00007")  # 7 points auto + 3 manual on every assignment
    assert [r.score for r in s7.results.values()] == [10.0] * 4
    behind = dict((s.id, reasons) for s, reasons in data.behind())
    assert "student00000" in behind and behind["student00000"][0].startswith(
        "no submission of 01-segments, 02-profile, 03-interview-plan, 04-interview-log")
    assert "student00007" not in behind
    page = write_report(course, max_rows=50).read_text("utf-8")
    assert "300 students" in page and "more not shown here" in page
    assert_self_contained(page)


# --------------------------------------------------------------------------- the dashboard


def test_dashboard_widgets(klass, monkeypatch):
    import IPython.display

    from kit.widgets import dashboard

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: shown.append(a))
    monkeypatch.delenv(dashboard.ENV_VAR, raising=False)
    monkeypatch.chdir(klass.root.parent)
    picker = dashboard.CoursePicker()
    assert picker.dashboard is None and "Course folder" in picker.path.description
    picker.path.value = str(klass.root / "nope")
    assert "not a course directory" in picker.message.value
    picker.path.value = str(klass.root)
    board = picker.dashboard
    assert board is not None and picker.children == (board,) and shown == []
    assert "5 students" in board.header.value and "1 could not be read" in board.header.value

    view = board.assignment_view
    view.assignment.value = "04-interview-log"
    assert "<svg" in view.histogram.value and "ada" in view.manual.value
    view.assignment.value = "03-interview-plan"
    assert "Nobody is waiting" in view.manual.value

    student = board.student_view
    student.student.value = "ada"
    assert "10 / 10" in student.scores.value and "late" in student.scores.value
    assert "Customer segments" in student.completion.value
    assert "Dual-income parents of toddlers" in student.work.value
    student.student.value = "eve"
    assert "&lt;script&gt;" in student.work.value and "<script>" not in student.work.value
    assert "&lt;i&gt;Eve&lt;/i&gt;" in student.scores.value
    student.student.value = "dee"
    assert "could not be read" in student.work.value
    assert "Falling behind" in student.scores.value
    student.student.value = "<b>nobody</b>"
    student.show_button.click()
    assert "&lt;b&gt;nobody&lt;/b&gt;" in student.scores.value

    board.report_button.click()
    assert (klass.root / "report.html").is_file() and "Wrote" in board.message.value
    monkeypatch.setenv(dashboard.ENV_VAR, str(klass.root))
    assert dashboard.CoursePicker().dashboard is not None


def test_dashboard_notebook_is_clean_and_outside_source():
    assert NOTEBOOK.is_file() and "source" not in NOTEBOOK.relative_to(ROOT).parts
    nb = json.loads(NOTEBOOK.read_text("utf-8"))
    assert "widgets" not in nb["metadata"]
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert "Just run this cell" in "".join(code[0]["source"])


@pytest.mark.slow
def test_dashboard_notebook_runs(klass, monkeypatch):
    from nbclient import NotebookClient

    monkeypatch.setenv("CDKIT_COURSE", str(klass.root))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(klass.root.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
               for o in outputs)


def test_who_resegmented_and_on_what(course):
    """Per student: the criterion, the chosen sub-segment, whether on evidence; a class line.
    In the scattered example Hannah and Pieter are the two who eat to a diet and the two who
    confirmed the nutrition-numbers item, so a split with Hannah on the other side is not on
    evidence."""
    import kit
    from kit.synthesis.resegment import default_placement, read_splits, resegment

    def split(wb, inside, criterion):
        r = read_splits(wb)
        sp = r.splits[0]
        everyone = [p.key for p in r.interviewees]
        keys = {p.name: p.key for p in r.interviewees}
        inside_keys = [keys[n] for n in inside]
        resegment(wb, criterion=criterion, family="psychographic",
                  names=[f"<b>{criterion}</b>", "Other home cooks"], inside=inside_keys,
                  outside=[k for k in everyone if k not in inside_keys],
                  placement=default_placement(r, sp))
        return wb

    with course.gradebook() as gb:
        for sid in ("ann", "ben", "cat"):
            gb.add_student(sid)
    diet = "eats to a diet for health or sport"
    save_work(course, "ann", "04-interview-log",
              split(kit.data.load_example("scattered"), ["Hannah", "Pieter"], diet))
    save_work(course, "ben", "04-interview-log",
              split(kit.data.load_example("scattered"), ["Pieter"], diet))
    save_work(course, "cat", "04-interview-log", kit.data.load_example("scattered"))
    data = collect_class(course)
    ann, ben, cat = (data.student(s).work for s in ("ann", "ben", "cat"))
    assert cat.resegmented is None
    assert ann.resegmented.criterion == ben.resegmented.criterion == diet
    assert ann.resegmented.chosen == f"<b>{diet}</b>"
    assert ann.resegmented.on_evidence and not ben.resegmented.on_evidence
    assert ann.resegmented.credit[:2] == (2, 3)  # next round not planned yet
    assert ben.resegmented.credit[:2] == (1, 3)
    assert data.resegment_summary() == "2 of 3 re-segmented, 1 on evidence"
    page = (write_report(course)).read_text("utf-8")
    assert "2 of 3 re-segmented, 1 on evidence" in page
    assert f"<b>{diet}</b>" not in page and f"&lt;b&gt;{diet}&lt;/b&gt;" in page
    assert "Hannah" in page  # why ben's split is not on evidence
