"""What the grading tests share: a class made as ``nbgrader collect`` leaves it, and the
hostile cells that more than one test module submits. Not a test module: nothing here runs
on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from conftest import build_partial_workbook

from kit.checks.rubric import ASSIGNMENTS
from kit.course.create import init_course
from kit.course.directory import Course
from kit.model import Workbook
from kit.workbook import WorkbookStore

__all__ = [
    "AFTER",
    "ENVIRON",
    "FULL",
    "KILL_GRADER",
    "KILL_KERNEL",
    "PARTIAL",
    "REDEFINE_GRADE",
    "STEAL",
    "TIMEOUT",
    "TIMESTAMP",
    "A",
    "copy_course",
    "edit_tests_to_pass",
    "gradebook_state",
    "graded_cells",
    "insert_cell",
    "make_course",
    "partial_workbook",
    "processes_of",
    "submit",
    "write_reflection",
]

A = "01-segments"
FULL = ASSIGNMENTS[A].auto_points  # 7
PARTIAL = 3  # what partial_workbook() earns: stated by hand
TIMEOUT = 8  # the hostile class's cell time limit (s)
TIMESTAMP = "2026-11-20 10:00:00.000000 UTC"  # nbgrader's Exchange.timestamp_format


# -- making a class -------------------------------------------------------------------------


def partial_workbook() -> tuple[Workbook, int]:
    """Half-done segments, and the points it earns: targeted-specific 2 + hidden-kinds 1."""
    return build_partial_workbook("01-segments")


def graded_cells(nb):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


def write_reflection(nb) -> None:
    for cell in graded_cells(nb):
        if cell.metadata.nbgrader["grade_id"].startswith("reflection_"):
            cell.source = "My own reflection, with numbers from my interviews."


def edit_tests_to_pass(nb) -> None:
    for cell in graded_cells(nb):
        if cell.metadata.nbgrader["grade_id"].startswith("test_"):
            cell.source = "pass"


def insert_cell(code: str):
    def edit(nb) -> None:
        nb.cells.insert(3, nbformat.v4.new_code_cell(code))  # after the setup cell
    return edit


REDEFINE_GRADE = insert_cell("import kit.coursework\nkit.coursework.grade = lambda *a, **k: None")
KILL_KERNEL = insert_cell("import os; os._exit(1)")
KILL_GRADER = insert_cell("import os, signal; os.kill(os.getppid(), signal.SIGKILL)")


def submit(course: Path, student: str, wb: Workbook | None = None, *, edit=None,
           notebook_text: str | None = None, workbook_text: str | None = None,
           assignment: str = A) -> None:
    """A submission as ``nbgrader collect`` leaves it."""
    folder = course / "submitted" / student / assignment
    folder.mkdir(parents=True)
    notebook = folder / f"{assignment}.ipynb"
    shutil.copy(course / "release" / assignment / f"{assignment}.ipynb", notebook)
    if edit is not None:
        nb = nbformat.read(notebook, as_version=4)
        edit(nb)
        nbformat.write(nb, notebook)
    if notebook_text is not None:
        notebook.write_text(notebook_text, "utf-8")
    if wb is not None:
        WorkbookStore(folder / "workbook.json").save(wb)
    if workbook_text is not None:
        (folder / "workbook.json").write_text(workbook_text, "utf-8")
    (folder / "timestamp.txt").write_text(TIMESTAMP, "utf-8")


def copy_course(source: Path, dest: Path) -> Path:
    """An identical course with its own gradebook (the config names the gradebook's path)."""
    shutil.copytree(source, dest)
    config = dest / "nbgrader_config.py"
    config.write_text(config.read_text("utf-8").replace(str(source), str(dest)), "utf-8")
    assert Course(dest).db_url.startswith(f"sqlite:///{dest}/")
    return dest


def gradebook_state(course: Path, students, assignment: str = A) -> dict:
    """Per student: score, per-cell auto_score and needs_manual_grade, cells left to grade."""
    state = {}
    with Course(course).gradebook() as gb:
        for student in students:
            sub = gb.find_submission(assignment, student)
            grades = {g.name: (g.auto_score, g.needs_manual_grade)
                      for nb in sub.notebooks for g in nb.grades}
            state[student] = {"score": sub.score, "needs_manual_grade": sub.needs_manual_grade,
                              "grades": grades,
                              "manual": {n for n, (_, manual) in grades.items() if manual}}
    return state


STEAL = ("import os, shutil\nprint(os.environ.get('CDKIT_TEST_TOKEN', 'no token'))\n"
         "ada = '../../../submitted/ada/01-segments/workbook.json'\n"
         "shutil.copy(ada, 'workbook.json')\n"
         "shutil.copy(ada, '../../../submitted/steal/01-segments/workbook.json')")

# Reads the environment of every process above its kernel, and files of the course.
ENVIRON = ("import os\nfound = []\npid = os.getppid()\nwhile pid > 1:\n    try:\n"
           "        found.append(b'CDKIT_TEST_TOKEN' in open(f'/proc/{pid}/environ', 'rb')"
           ".read())\n    except OSError as err:\n        found.append(type(err).__name__)\n"
           "    pid = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])\n"
           "print('environ', found)\nfor path in FILES:\n    try:\n"
           "        open(path, 'rb').read(16)\n        print('read', path)\n"
           "    except OSError as err:\n        print('not read:', type(err).__name__)\n"
           "import resource\nprint('processes', resource.getrlimit(resource.RLIMIT_NPROC))\n")
# Leaves a process, in a session of its own, that waits for the grading to end and then
# gives everyone 99 points in the gradebook.
AFTER = ("import subprocess, sys\n"
         "code = ('import os, sqlite3, time\\n'\n"
         "        'while not os.path.exists(SUMMARY) or os.path.exists(RUN):\\n'\n"
         "        '    time.sleep(0.2)\\n'\n"
         "        'con = sqlite3.connect(DB)\\n'\n"
         "        'con.execute(\"update grade set auto_score = 99\")\\n'\n"
         "        'con.commit()\\n')\n"
         "code = f'SUMMARY, RUN, DB = {PATHS!r}\\n' + code\n"
         "subprocess.Popen([sys.executable, '-c', code], start_new_session=True,\n"
         "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
         "print('left behind')\n")


def processes_of(uids: set[int]) -> list[int]:
    """Live processes whose real uid is one of ``uids``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if int(status.split("\nUid:")[1].split()[0]) in uids and \
                    "\nState:\tZ" not in status:
                found.append(int(entry.name))
    return found


def make_course(base: Path, timeout: int = TIMEOUT) -> Path:
    course = init_course(base / "course", exchange=str(base / "exchange")).root
    with (course / "nbgrader_config.py").open("a", encoding="utf-8") as handle:
        handle.write(f"\nc.Execute.timeout = {timeout}\n")
    return course
