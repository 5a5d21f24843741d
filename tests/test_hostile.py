"""Hostile submissions, graded by the real grader in one class.

One course, one grading run (a module fixture): two honest students with known scores and one
submission per hostile case. Each case's assertions fail if its protection is removed (said
next to each). The class's cell time limit is 8 s (``c.Execute.timeout``) to keep it quick.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import nbformat
import pytest
from grading_support import (
    AFTER,
    ENVIRON,
    PARTIAL,
    REDEFINE_GRADE,
    STEAL,
    TIMEOUT,
    edit_tests_to_pass,
    gradebook_state,
    insert_cell,
    make_course,
    partial_workbook,
    processes_of,
    submit,
)

from kit.checks.rubric import ASSIGNMENTS
from kit.course.directory import Course
from kit.course.grader import (
    TAMPERING,
    GradeResult,
    GradeSummary,
    grade_assignment,
    grade_id_for,
    read_summary,
    summary_path,
)
from kit.course.grader.submission import clean, neutralise, suspicious_code

A = "01-segments"
FULL = ASSIGNMENTS[A].auto_points  # 7
MEMORY_MB = 3072  # the default per-kernel limit (CDKIT_KERNEL_MEMORY_MB)
FAILING = [grade_id_for(A, t) for t in ("targeted-context", "neighbour", "pattern")]

LOOP = "while True:\n    pass"
STUBBORN_LOOP = ("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                 "while True:\n    pass")
HOG = ("import resource\nprint('limit', resource.getrlimit(resource.RLIMIT_AS))\n"
       "import numpy\nhog = []\nwhile len(hog) < 20:  # 20 GB\n"
       "    hog.append(numpy.empty(2**30, dtype=numpy.uint8))")
FLOOD = ("import ipywidgets\nprint('x' * 20_000_000)\n"
         "print('\\n'.join(f'flood {i}' for i in range(300_000)))\n"
         "ipywidgets.Textarea(value='w' * 6_000_000)")
FAKE_IMPORT = ("import builtins\n_real = builtins.__import__\n"
               "def _fake(name, *a, **k):\n    module = _real(name, *a, **k)\n"
               "    if name == 'kit.coursework':\n        module.grade = lambda *a, **k: None\n"
               "    return module\nbuiltins.__import__ = _fake")
FAKE_ASSERTION = "import builtins\nbuiltins.AssertionError = type('X', (Exception,), {})"
# Kills its grading process and the one above it (the grader), found through /proc.
KILLER = ("import os, signal\nhit, pid = [], os.getppid()\nfor _ in range(2):\n"
          "    above = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])\n"
          "    try:\n        os.kill(pid, signal.SIGKILL)\n        hit.append(pid)\n"
          "    except OSError as err:\n        print('could not kill:', type(err).__name__)\n"
          "    pid = above\nprint('killed', len(hit))\n")
def boundary_cheats(course: Path) -> dict[str, str]:
    """The cells of the cheats that try the grader's process boundaries, for ``course``."""
    from kit.course.grader.pool import run_path

    files = [str(course / "gradebook.db"), str(course / "nbgrader_config.py"),
             str(course / "submitted/ada" / A / "workbook.json")]
    paths = (str(summary_path(course, A)), str(run_path(course, A)), str(course / "gradebook.db"))
    return {"environ": f"FILES = {files!r}\n" + ENVIRON, "killer": KILLER,
            "after": f"PATHS = {paths!r}\n" + AFTER}


#: The hostile class's kernels run as accounts of their own (CDKIT_KERNEL_USER), so what is
#: left running is told apart from the kernels of other gradings running at the same time.
HOSTILE_ACCOUNTS = "cdkit-hostile"


def kernel_account_processes() -> list[int]:
    """Processes of the hostile class's kernel accounts (cdkit-hostile-N) still running."""
    import pwd

    return processes_of({p.pw_uid for p in pwd.getpwall()
                         if p.pw_name.startswith(HOSTILE_ACCOUNTS + "-")})


def delete_tests(nb) -> None:
    nb.cells = [c for c in nb.cells if not c.metadata.get("nbgrader", {}).get(
        "grade_id", "").startswith("test_")]


def huge_workbook_text(wb) -> str:
    """The workbook as saved, with a 30 MB learner name: valid, and 30 MB."""
    data = wb.to_dict()
    data["learner"] = "L" * 30_000_000
    return json.dumps(data)


def all_bytes(folder: Path) -> bytes:
    """Everything under ``folder``, links not followed."""
    chunks = []
    for here, _, files in os.walk(folder):
        for name in files:
            path = Path(here) / name
            if not path.is_symlink():
                chunks.append(path.read_bytes())
    return b"\n".join(chunks)


# Writes "every test passed" over the grader's verdicts for this very workbook (the file the
# kernel is told of; if it cannot, a file of its own, and points the variable at it).
FORGE = ("import hashlib, json, os\nfrom kit.checks.rubric import ASSIGNMENTS\n"
         "tests = {t.id: {'passed': True, 'message': 'ok'} for t in ASSIGNMENTS['01-segments']"
         ".tests}\ndigest = hashlib.sha256(open('workbook.json', 'rb').read()).hexdigest()\n"
         "forged = json.dumps({'assignment': '01-segments', 'workbook_sha256': digest, "
         "'tests': tests})\npath = os.environ.get('CDKIT_VERDICTS') or 'forged.json'\n"
         "try:\n    os.chmod(path, 0o600)\n    open(path, 'w').write(forged)\n"
         "except OSError:\n    path = os.path.abspath('forged.json')\n"
         "    open(path, 'w').write(forged)\nos.environ['CDKIT_VERDICTS'] = path\n")
HOSTILE = ("loop", "stubborn", "hog", "flood", "deleted", "altered", "redefine", "imports",
           "forge", "assertion", "steal", "garbage", "missing", "huge", "badjson", "passwd",
           "outside", "environ", "killer", "after")


def submit_honest(course: Path, students: list[str]) -> dict[str, int]:
    """Excellent and partial work in turn (the first two are ada and pat); their scores."""
    from conftest import add_interviews, build_good_workbook

    scores = {}
    for i, student in enumerate(students):
        if i % 2 == 0:
            submit(course, student, add_interviews(build_good_workbook()))
            scores[student] = FULL
        else:
            submit(course, student, partial_workbook()[0])
            scores[student] = PARTIAL
    return scores


def submit_hostile(course: Path, outside: Path) -> str:
    """One submission per hostile case (``HOSTILE``), with partial work (3 points) where the
    case is in the notebook. ``outside``: a folder outside the course for a secret file that
    links point to. Needs ada's submission (the thief copies it). Returns the secret."""
    from conftest import add_interviews, build_good_workbook

    secret_dir = outside / "secret[blink]"  # rich markup in a name: escaped in the summary
    secret_dir.mkdir(parents=True)
    token = f"SECRET-{uuid.uuid4().hex}"
    (secret_dir / "token.txt").write_text(token, "utf-8")
    wb, earned = partial_workbook()
    assert earned == PARTIAL
    submit(course, "loop", wb, edit=insert_cell(LOOP))
    submit(course, "stubborn", wb, edit=insert_cell(STUBBORN_LOOP))
    submit(course, "hog", wb, edit=insert_cell(HOG))
    submit(course, "flood", wb, edit=insert_cell(FLOOD))
    submit(course, "deleted", wb, edit=delete_tests)
    submit(course, "altered", wb, edit=edit_tests_to_pass)
    submit(course, "redefine", wb, edit=REDEFINE_GRADE)
    submit(course, "imports", wb, edit=insert_cell(FAKE_IMPORT))
    submit(course, "forge", wb, edit=insert_cell(FORGE))
    submit(course, "assertion", wb, edit=insert_cell(FAKE_ASSERTION))
    submit(course, "steal", wb, edit=insert_cell(STEAL))
    for name, code in boundary_cheats(course).items():
        submit(course, name, wb, edit=insert_cell(code))
    submit(course, "garbage", workbook_text="\x00\x01{ not a workbook")
    submit(course, "missing")
    submit(course, "huge", workbook_text=huge_workbook_text(add_interviews(build_good_workbook())))
    submit(course, "badjson", notebook_text='{"cells": [')
    submit(course, "passwd")
    os.symlink("/etc/passwd", course / "submitted/passwd" / A / "workbook.json")
    submit(course, "outside")
    folder = course / "submitted/outside" / A
    os.symlink("../../ada/01-segments/workbook.json", folder / "workbook.json")
    os.symlink(secret_dir / "token.txt", folder / "notes\x1b[2J.txt")
    os.symlink(secret_dir, folder / "data")
    os.mkfifo(folder / "pipe")
    return token


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The class, graded once: (course, summary, gradebook state, secret, passwd line)."""
    base = tmp_path_factory.mktemp("hostile")
    course = make_course(base)
    assert submit_honest(course, ["ada", "pat"]) == {"ada": FULL, "pat": PARTIAL}
    token = submit_hostile(course, base / "elsewhere")
    os.environ["CDKIT_TEST_TOKEN"] = "ENV-" + token  # the grader's secret: never in a kernel
    os.environ["CDKIT_KERNEL_USER"] = HOSTILE_ACCOUNTS
    try:
        summary = grade_assignment(Course(course), A, jobs=2, progress=False)
    finally:
        del os.environ["CDKIT_TEST_TOKEN"], os.environ["CDKIT_KERNEL_USER"]
    state = gradebook_state(course, summary.graded)
    passwd = Path("/etc/passwd").read_text("utf-8").splitlines()[0]
    return course, summary, state, token, passwd


def result(summary: GradeSummary, student: str) -> GradeResult:
    return next(r for r in summary.results if r.student == student)


def flags(summary: GradeSummary, student: str) -> list[str]:
    return summary.flagged.get(student, [])


# -- the class as a whole --------------------------------------------------------------------


@pytest.mark.slow
def test_grading_completes_and_everyone_gets_a_score_or_a_plain_reason(hostile):
    _, summary, state, _, _ = hostile
    assert len(summary.results) == 2 + len(HOSTILE)
    assert summary.failed == {"badjson": "the notebook is not valid JSON"}
    for r in summary.results:
        if r.success:
            assert r.score is not None and r.score == state[r.student]["score"], r
    for reasons in summary.flagged.values():
        assert all(reason and "\x1b" not in reason and "\n" not in reason for reason in reasons)


@pytest.mark.slow
def test_honest_students_get_exactly_their_scores_and_no_flags(hostile):
    _, summary, state, _, _ = hostile
    assert state["ada"]["score"] == FULL and state["pat"]["score"] == PARTIAL
    assert result(summary, "ada").score == FULL and result(summary, "pat").score == PARTIAL
    assert "ada" not in summary.flagged and "pat" not in summary.flagged
    assert "huge" not in summary.failed and state["huge"]["score"] == FULL  # graded, not hung


@pytest.mark.slow
def test_cheats_earn_nothing_beyond_their_workbook_and_are_flagged(hostile):
    _, summary, state, _, _ = hostile
    earned = {"deleted": PARTIAL, "altered": PARTIAL, "redefine": PARTIAL, "imports": PARTIAL,
              "forge": PARTIAL, "steal": PARTIAL, "passwd": 0, "outside": 0}
    for student, points in earned.items():
        assert state[student]["score"] == points, student
        assert flags(summary, student), student
    assert any("was missing (nbgrader put it back)" in f for f in flags(summary, "deleted"))
    assert any("was edited (nbgrader ran the original)" in f for f in flags(summary, "altered"))
    # nbgrader alone gives them 7; the forged verdicts were read by the test cells (the
    # autograded notebook's tests all passed), and the grader's own verdicts undid it
    for student in ("redefine", "imports", "forge"):
        assert [f for f in flags(summary, student) if TAMPERING in f] == \
            [f"{g}: {TAMPERING}" for g in FAILING], student
        assert set(FAILING) <= state[student]["manual"]
    # Replacing AssertionError gains nothing (a failing test still raises), but is pointed out.
    assert state["assertion"]["score"] == PARTIAL
    assert any("Python's builtins" in f for f in flags(summary, "assertion"))


@pytest.mark.slow
def test_damaged_or_missing_workbooks_score_zero_with_a_reason(hostile):
    _, summary, state, _, _ = hostile
    assert state["garbage"]["score"] == 0 and state["missing"]["score"] == 0
    assert any("workbook file could not be read" in f for f in flags(summary, "garbage"))
    assert any("no workbook.json" in f for f in flags(summary, "missing"))


# -- each protection --------------------------------------------------------------------------


@pytest.mark.slow
def test_an_endless_loop_is_stopped_and_graded(hostile):
    _, summary, state, _, _ = hostile
    assert state["loop"]["score"] == PARTIAL
    assert f"a cell ran for more than {TIMEOUT} s and was stopped" in flags(summary, "loop")


@pytest.mark.slow
def test_a_loop_that_ignores_the_interrupt_gets_a_fresh_kernel_not_a_failure(hostile):
    # Without the restart, nbgrader gives up on the notebook: no score at all.
    _, summary, state, _, _ = hostile
    assert "stubborn" not in summary.failed and state["stubborn"]["score"] == PARTIAL
    assert any("ignored the interrupt: its kernel was restarted" in f
               for f in flags(summary, "stubborn"))


@pytest.mark.slow
def test_a_memory_hog_is_stopped_by_the_kernels_memory_limit(hostile):
    # Without the limit, the 20 GB are "allocated" (untouched pages) and nothing is flagged.
    course, summary, state, _, _ = hostile
    assert state["hog"]["score"] == PARTIAL
    assert f"a cell used more than {MEMORY_MB} MB of memory and was stopped (MemoryError)" in \
        flags(summary, "hog")
    nb = nbformat.read(course / "autograded/hog" / A / f"{A}.ipynb", as_version=4)
    limit = MEMORY_MB * 2**20
    hog = next(c for c in nb.cells if c.source == HOG)
    assert f"limit ({limit}, {limit})" in hog.outputs[0].text  # soft and hard: no way back
    assert any(o.output_type == "error" and o.ename.endswith("MemoryError")
               for o in hog.outputs)


@pytest.mark.slow
def test_a_flood_of_output_leaves_a_small_autograded_notebook(hostile):
    # Without the caps: a 20 MB line (LimitOutput counts lines only) and 6 MB of widget state.
    course, summary, state, _, _ = hostile
    assert state["flood"]["score"] == PARTIAL
    notebook = course / "autograded/flood" / A / f"{A}.ipynb"
    assert notebook.stat().st_size < 2 * 2**20
    assert any("of output; the rest was not kept" in f for f in flags(summary, "flood"))
    assert any("widgets' saved state" in f for f in flags(summary, "flood"))


@pytest.mark.slow
def test_links_outside_the_submission_are_never_followed(hostile):
    # Without the neutralising, nbgrader copies what the links point to into autograded/.
    course, summary, state, token, passwd = hostile
    autograded = all_bytes(course / "autograded")
    assert token.encode() not in autograded
    assert token.encode() not in (course / "gradebook.db").read_bytes()
    assert passwd.encode() not in all_bytes(course / "autograded/passwd")
    assert state["outside"]["score"] == 0  # ada's workbook, linked, earned nothing
    links = [f for f in flags(summary, "outside") if "pointing outside it" in f]
    assert len(links) == 3 and any("secret[blink]" in f for f in links)
    assert any("named pipe pipe" in f for f in flags(summary, "outside"))
    assert any("-> /etc/passwd pointing outside it" in f for f in flags(summary, "passwd"))
    folder = course / "submitted/outside" / A
    assert not any(p.is_symlink() for p in folder.iterdir())
    assert (course / "submitted/ada" / A / "workbook.json").is_file()  # the target untouched


@pytest.mark.slow
def test_the_notebook_cannot_rewrite_its_workbook_nor_see_the_graders_secrets(hostile):
    # As root, the kernel runs as an account of its own in a copy of its own submission:
    # other submissions are out of its reach (the copy-back and put-back of an ordinary
    # user's grading: tests/test_grader_unprivileged.py).
    course, _, state, _, _ = hostile
    assert state["steal"]["score"] == PARTIAL
    nb = nbformat.read(course / "autograded/steal" / A / f"{A}.ipynb", as_version=4)
    cell = next(c for c in nb.cells if c.source == STEAL)
    assert cell.outputs[0].text == "no token\n"
    assert cell.outputs[-1].ename in ("FileNotFoundError", "PermissionError")
    stolen = (course / "submitted/steal" / A / "workbook.json").read_bytes()
    assert stolen != (course / "submitted/ada" / A / "workbook.json").read_bytes()


def cell_text(course: Path, student: str, code_start: str) -> str:
    nb = nbformat.read(course / "autograded" / student / A / f"{A}.ipynb", as_version=4)
    cell = next(c for c in nb.cells if c.source.startswith(code_start))
    return "".join(o.get("text", "") for o in cell.outputs)


@pytest.mark.slow
def test_a_kernel_reads_no_grader_environment_and_no_course_file(hostile):
    # Without the kernel's own account (or a non-dumpable grader, as an ordinary user), the
    # worker's and the grader's /proc/<pid>/environ hold CDKIT_TEST_TOKEN.
    course, _, state, _, _ = hostile
    text = cell_text(course, "environ", "FILES")
    assert "True" not in text and "environ [" in text
    assert "read /" not in text and text.count("not read:") == 3
    assert "processes (256, 256)" in text  # a fork loop stops at 256 processes
    assert state["environ"]["score"] == PARTIAL


@pytest.mark.slow
def test_a_kernel_cannot_kill_the_grader_and_leaves_nothing_running(hostile):
    course, summary, state, _, _ = hostile
    text = cell_text(course, "killer", "import os, signal")
    assert "killed 0" in text and text.count("could not kill: PermissionError") == 2
    assert state["killer"]["score"] == PARTIAL and "killer" not in summary.failed
    # the process left behind was ended with its notebook's grading: it never wrote 99s
    assert "left behind" in cell_text(course, "after", "PATHS")
    assert kernel_account_processes() == []
    assert all(state[s]["score"] <= FULL for s in state)


@pytest.mark.slow
def test_the_summary_is_kept_in_the_course_for_the_report(hostile):
    course, summary, _, _, _ = hostile
    assert summary.saved_to == str(summary_path(course, A))
    kept = read_summary(course, A)
    assert kept is not None and kept["assignment"] == A
    assert kept["flagged"] == summary.flagged and kept["failed"] == summary.failed
    assert {r["student"] for r in kept["results"]} == {r.student for r in summary.results}
    assert all("log" not in r for r in kept["results"])
    text = str(summary)  # reasons quoting rich markup ("secret[blink]") are escaped
    assert f"{1 + len(HOSTILE)} graded, 1 failed" in text


@pytest.mark.slow
def test_the_class_report_lists_every_cheat_for_review(hostile):
    from kit.course.report import collect_class, write_report

    course, summary, _, _, _ = hostile
    review = {student: (status, reasons)
              for _, student, status, reasons in collect_class(Course(course)).review}
    for cheat in ("deleted", "altered", "redefine", "imports", "steal", "passwd", "outside"):
        assert review[cheat][0] == "review" and list(review[cheat][1]) == flags(summary, cheat)
    assert review["badjson"][0] == "failed"
    assert review["badjson"][1][0] == "the notebook is not valid JSON"
    assert "ada" not in review and "pat" not in review
    page = write_report(Course(course)).read_text("utf-8")
    section = page.split("id='review'")[1].split("<section")[0]
    assert TAMPERING in section and "secret[blink]" in section


# -- fast: the pieces -------------------------------------------------------------------------


def test_neutralise_removes_links_outside_and_special_files(tmp_path):
    sub = tmp_path / "submitted/eve/a"
    sub.mkdir(parents=True)
    (sub / "own.txt").write_text("mine", "utf-8")
    (tmp_path / "elsewhere.txt").write_text("theirs", "utf-8")
    os.symlink("own.txt", sub / "inside")
    os.symlink(tmp_path / "elsewhere.txt", sub / "outside")
    os.symlink("../../../elsewhere.txt", sub / "relative")
    os.symlink("loop", sub / "loop")
    os.symlink(tmp_path, sub / "folder")
    (sub / "deep").mkdir()
    os.symlink("/etc/passwd", sub / "deep" / "passwd")
    os.mkfifo(sub / "fifo")
    reasons = neutralise(sub)
    assert sorted(p.name for p in sub.iterdir()) == ["deep", "inside", "own.txt"]
    assert list((sub / "deep").iterdir()) == []
    assert len(reasons) == 6 and all("removed" in r for r in reasons)
    assert (tmp_path / "elsewhere.txt").read_text("utf-8") == "theirs"
    assert neutralise(sub) == []


def test_clean_makes_one_safe_line():
    assert clean("a\x1b[2Jb\nc\td") == "a [2Jb c d"
    assert len(clean("x" * 1000)) == 240


def test_suspicious_code_ignores_locked_cells_and_honest_code(tmp_path):
    nb = nbformat.v4.new_notebook()
    locked = nbformat.v4.new_code_cell("import builtins  # released, locked")
    locked.metadata["nbgrader"] = {"locked": True, "grade_id": "setup"}
    nb.cells = [locked, nbformat.v4.new_code_cell("wb.add_segment('Nurses')")]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    assert suspicious_code(path, {"setup"}) == []
    nb.cells.append(nbformat.v4.new_code_cell("import sys\nsys.modules['kit.coursework'] = None"))
    copy = nbformat.v4.new_code_cell("import builtins")  # a second cell claiming the same id
    copy.metadata["nbgrader"] = {"locked": True, "grade_id": "setup"}
    nb.cells.append(copy)
    nbformat.write(nb, path)
    found = suspicious_code(path, {"setup"})
    assert len(found) == 2 and "sys.modules" in found[0] and "builtins" in found[1]
    path.write_text("{ not json", "utf-8")
    assert suspicious_code(path, set()) == []


def test_summary_escapes_markup_and_keeps_other_students(tmp_path):
    from kit.course.grader import save_summary

    odd = "[/red] [bold]x"
    results = [{"student": "a[b]", "success": False, "error": odd, "score": None,
                "max_score": None, "flagged": [odd], "log": "long"}]
    summary = GradeSummary.of(A, results, 1.0, 1)
    assert odd in str(summary)
    save_summary(tmp_path, summary)
    later = GradeSummary.of(A, [{"student": "bo", "success": True, "error": None, "score": 1.0,
                                 "max_score": 10.0, "flagged": []}], 1.0, 1)
    save_summary(tmp_path, later)
    kept = read_summary(tmp_path, A)
    assert [r["student"] for r in kept["results"]] == ["a[b]", "bo"]
    assert kept["failed"] == {"a[b]": odd} and kept["graded"] == ["bo"]
    summary_path(tmp_path, A).write_text("{ damaged", "utf-8")
    assert read_summary(tmp_path, A) is None


@pytest.mark.slow
def test_the_notebook_time_budget_skips_the_students_cells(tmp_path, monkeypatch):
    """Past the budget, added cells are not run; graded cells still are."""
    from kit.course.grader.preprocessors import GuardedExecute

    monkeypatch.setenv("CDKIT_NOTEBOOK_SECONDS", "1")
    nb = nbformat.v4.new_notebook()
    test = nbformat.v4.new_code_cell("print('graded ran')")
    test.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 1}
    nb.cells = [nbformat.v4.new_code_cell("import time; time.sleep(1.5)"),
                nbformat.v4.new_code_cell("print('added ran')"), test]
    execute = GuardedExecute(timeout=30)
    execute.preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    assert "Not run by the grader" in nb.cells[1].outputs[0].text
    assert nb.cells[2].outputs[0].text == "graded ran\n"
    assert execute.events.take(tmp_path) == [("budget", "1")]


def test_widget_state_with_binary_buffers_is_measured_and_capped(monkeypatch):
    """nbclient keys widget buffers by path tuples (matplotlib widgets, images)."""
    from kit.course.grader.preprocessors import GuardedExecute, limits

    def run():
        ex = GuardedExecute()
        ex._limits, ex._events, ex.nb = limits(), [], nbformat.v4.new_notebook()
        ex.widget_state = {"m": {"_model_name": "ImageModel", "value": {}}}
        ex.widget_buffers = {"m": {("value",): {"data": "QUJD" * 100_000, "encoding": "base64",
                                                 "path": ["value"]}}}
        ex.set_widgets_metadata()
        return ex

    kept = run()
    assert kept._events == [] and "widgets" in kept.nb.metadata
    monkeypatch.setenv("CDKIT_NOTEBOOK_OUTPUT_MB", "0.1")
    dropped = run()
    [(kind, size)] = dropped._events
    assert kind == "widgets" and int(size) > 400_000 and "widgets" not in dropped.nb.metadata


@pytest.mark.slow
def test_a_score_changed_after_grading_is_flagged_by_the_report_and_the_export(hostile):
    # What a process left behind by an ordinary user's grading could do: raise a score in the
    # gradebook after the grading. The grading kept every automatic score it left.
    import subprocess
    import sys

    from kit.course.report import collect_class

    course, _, state, _, _ = hostile
    grade_id = grade_id_for(A, "pattern")  # pat's partial work does not earn it: 0 points

    def set_pat(points: float) -> None:
        with Course(course).gradebook() as gb:
            for notebook in gb.find_submission(A, "pat").notebooks:
                for grade in notebook.grades:
                    if grade.name == grade_id:
                        grade.auto_score = points
            gb.db.commit()

    assert state["pat"]["score"] == PARTIAL
    set_pat(1.0)
    try:
        review = {student: reasons for _, student, _, reasons in
                  collect_class(Course(course)).review}
        assert [r for r in review["pat"] if "changed after grading" in r] == [
            f"{grade_id}: the automatic score is 1 in the gradebook, but the grading left 0 "
            "(changed after grading: check who changed it)"]
        assert "ada" not in review
        done = subprocess.run([str(Path(sys.executable).parent / "cdkit"), "export", "--course",
                               str(course), "--out", str(course / "lms.csv")],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert f"Check before uploading: pat in {A}: {grade_id}" in done.stderr
        assert "ada" not in done.stderr
    finally:
        set_pat(0.0)
    assert "pat" not in {s for _, s, _, _ in collect_class(Course(course)).review}
