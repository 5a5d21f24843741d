"""A course folder is the instructor's to copy, move and restore.

A graded course is copied (``cp -a``, as its config's header invites), moved and restored
from an archive, and each is graded again with ``cdkit grade``: every one writes its own
gradebook and exchange, and the original's gradebook is byte for byte what it was. The same
for a course made before its config named its places from its own folder (absolute paths).
A gradebook or an exchange that cannot be opened, and an assignment without a notebook, are
one line naming what to fix.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from conftest import add_interviews, build_good_workbook, build_partial_workbook

from kit.course.create import init_course
from kit.course.directory import Course
from kit.workbook import WorkbookStore

A = "01-segments"
BIN = Path(sys.executable).parent
TABLES = ("student", "submitted_assignment", "submitted_notebook", "grade", "comment")


def cdkit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "cdkit"), *args], capture_output=True, text=True,
                          timeout=900, cwd=cwd)


def nbgrader(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run([str(BIN / "nbgrader"), *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env=env)


def one_line_error(out: subprocess.CompletedProcess, *words: str) -> str:
    assert out.returncode == 2, out.stdout[-2000:] + out.stderr[-2000:]
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cdkit: error: "), out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def state(root: Path) -> tuple[str, dict]:
    """The gradebook's bytes (a digest) and rows; what the exchange holds."""
    db = root / "gradebook.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in TABLES}
    conn.close()
    rows["exchange"] = sorted(str(p.relative_to(root)) for p in (root / "exchange").rglob("*"))
    return digest, rows


def students(root: Path) -> list[str]:
    with sqlite3.connect(f"file:{root / 'gradebook.db'}?mode=ro", uri=True) as conn:
        found = sorted(s for (s,) in conn.execute("SELECT id FROM student"))
    conn.close()
    return found


def submit(root: Path, student: str, wb, home: Path) -> None:
    """Fetch and submit through the course's exchange, as a student does."""
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit

    from kit.course.demo import _exchange

    course = Course(root)
    _exchange(ExchangeFetchAssignment, course, A, student, home)
    WorkbookStore(home / A / "workbook.json").save(wb)
    _exchange(ExchangeSubmit, course, A, student, home)


def grade(root: Path) -> subprocess.CompletedProcess:
    out = cdkit("grade", A, "--jobs", "2", "--course", str(root))
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "Traceback" not in out.stderr
    return out


def scores(root: Path) -> dict[str, float]:
    with Course(root).gradebook() as gb:
        return {s.student.id: s.score for s in gb.assignment_submissions(A)}


def make_graded_course(base: Path) -> Path:
    """A course whose exchange is in its own folder (as ``cdkit demo`` makes), two students
    submitted, collected and graded."""
    root = init_course(base / "course", exchange=str(base / "course" / "exchange")).root
    assert cdkit("release", A, "--course", str(root)).returncode == 0
    submit(root, "ada", add_interviews(build_good_workbook()), base / "home" / "ada")
    submit(root, "pat", build_partial_workbook(A)[0], base / "home" / "pat")
    assert cdkit("collect", A, "--course", str(root)).returncode == 0
    grade(root)
    return root


def cp_a(source: Path, dest: Path) -> Path:
    subprocess.run(["cp", "-a", str(source), str(dest)], check=True)
    return dest


@pytest.fixture(scope="module")
def graded(tmp_path_factory) -> Path:
    return make_graded_course(tmp_path_factory.mktemp("portable"))


@pytest.mark.slow
def test_the_config_names_the_course_places_from_its_own_folder(graded):
    config = (graded / "nbgrader_config.py").read_text("utf-8")
    settings = config.split("settings chosen by `cdkit course init`")[1]
    assert str(graded) not in settings and str(graded.parent) not in settings
    assert "os.path.abspath(__file__)" in settings


@pytest.mark.slow
def test_copy_move_and_restore_each_grade_their_own_gradebook(graded, tmp_path):
    before = state(graded)
    # copied for next year's class: a new student submits to the copy's exchange
    copy = cp_a(graded, tmp_path / "course-2027")
    assert Course(copy).exchange == copy / "exchange"
    submit(copy, "cy", build_good_workbook(), tmp_path / "home" / "cy")
    collected = cdkit("collect", A, "--course", str(copy))
    assert "3 submission(s)" in collected.stdout, collected.stdout + collected.stderr
    grade(copy)
    assert scores(copy) == {"ada": 7, "pat": 3, "cy": 7}
    # nbgrader's own commands, run in the copied folder, use the copy's gradebook too
    added = nbgrader("db", "student", "add", "zed", cwd=copy)
    assert added.returncode == 0, added.stderr[-2000:]
    assert "zed" in students(copy)
    assert state(graded) == before, "grading the copy changed the original"

    moved = tmp_path / "moved" / "discovery"
    moved.parent.mkdir()
    os.rename(copy, moved)
    grade(moved)
    assert scores(moved) == {"ada": 7, "pat": 3, "cy": 7}

    archive = tmp_path / "backup.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(moved, arcname="discovery")
    shutil.rmtree(moved)
    restored = tmp_path / "restored"
    with tarfile.open(archive) as tar:
        tar.extractall(restored, filter="tar")
    grade(restored / "discovery")
    assert scores(restored / "discovery") == {"ada": 7, "pat": 3, "cy": 7}
    assert state(graded) == before, "grading a moved or restored copy changed the original"


def _absolute_settings(root: Path) -> None:
    """The settings as ``cdkit course init`` wrote them before: absolute paths."""
    config = root / "nbgrader_config.py"
    text = config.read_text("utf-8")
    old, new = text.split("settings chosen by `cdkit course init`")
    lines = [ln for ln in new.splitlines() if ln.startswith("c.")]
    lines = [f"c.Exchange.root = {str(root / 'exchange')!r}" if ln.startswith("c.Exchange")
             else f"c.CourseDirectory.db_url = 'sqlite:///{root}/gradebook.db?timeout=300'"
             if ln.startswith("c.CourseDirectory.db_url") else ln for ln in lines]
    config.write_text(old + "settings chosen by `cdkit course init` ---\n" + "\n".join(lines)
                      + "\n", "utf-8")
    assert f"'sqlite:///{root}/gradebook.db?timeout=300'" in config.read_text("utf-8")


@pytest.mark.slow
def test_a_course_made_with_absolute_paths_can_be_copied_and_moved(graded, tmp_path):
    legacy = cp_a(graded, tmp_path / "legacy")
    _absolute_settings(legacy)
    assert Course(legacy).db_url == f"sqlite:///{legacy}/gradebook.db?timeout=300"
    before = state(legacy)
    copy = cp_a(legacy, tmp_path / "legacy-copy")
    course = Course(copy)
    assert course.db_url == f"sqlite:///{copy}/gradebook.db?timeout=300"
    assert course.exchange == copy / "exchange"
    released = cdkit("release", A, "--course", str(copy))  # nbgrader as a command, too
    assert released.returncode == 0 and str(copy / "exchange") in released.stdout, released
    submit(copy, "cy", build_good_workbook(), tmp_path / "home" / "cy")
    assert cdkit("collect", A, "--course", str(copy)).returncode == 0
    grade(copy)
    assert "cy" in scores(copy)
    assert state(legacy) == before, "grading the copy changed the original"
    moved = tmp_path / "elsewhere"
    os.rename(copy, moved)
    assert Course(moved).db_url == f"sqlite:///{moved}/gradebook.db?timeout=300"
    grade(moved)
    assert state(legacy) == before


def test_a_shared_exchange_outside_the_course_is_kept(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "exchange").mkdir()
    (tmp_path / "c" / "nbgrader_config.py").write_text(
        "c = get_config()\nc.Exchange.root = '/srv/nowhere-yet/exchange'\n")
    course = Course(tmp_path / "c")
    assert course.exchange == Path("/srv/nowhere-yet/exchange")
    assert course.db_url == f"sqlite:///{tmp_path / 'c'}/gradebook.db?timeout=300"


# -- what cannot be opened is one line naming the setting -------------------------------------


def _with_setting(graded: Path, dest: Path, line: str) -> Path:
    shutil.copytree(graded, dest, symlinks=True)
    with (dest / "nbgrader_config.py").open("a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")
    return dest


@pytest.mark.slow
def test_a_gradebook_that_cannot_be_opened_is_one_line(graded, tmp_path):
    # (a gradebook.db in a folder that is gone would be read as this course's own: moved)
    gone = _with_setting(graded, tmp_path / "gone",
                         "c.CourseDirectory.db_url = 'sqlite:////no/such/folder/grades.db'")
    one_line_error(cdkit("grade", A, "--course", str(gone)), "/no/such/folder",
                   "c.CourseDirectory.db_url", str(gone / "nbgrader_config.py"))
    one_line_error(cdkit("release", A, "--course", str(gone)), "c.CourseDirectory.db_url")
    broken = shutil.copytree(graded, tmp_path / "broken", symlinks=True)
    (broken / "gradebook.db").write_bytes(b"not a database at all" * 100)
    one_line_error(cdkit("grade", A, "--course", str(broken)), "not a database",
                   "c.CourseDirectory.db_url")
    one_line_error(cdkit("collect", A, "--course", str(broken)), "c.CourseDirectory.db_url")


@pytest.mark.slow
def test_an_exchange_that_cannot_be_opened_is_one_line(graded, tmp_path):
    gone = _with_setting(graded, tmp_path / "gone", "c.Exchange.root = '/no/such/exchange'")
    one_line_error(cdkit("collect", A, "--course", str(gone)), "/no/such/exchange",
                   "c.Exchange.root")
    file = _with_setting(graded, tmp_path / "file",
                         f"c.Exchange.root = {str(tmp_path / 'file' / 'INSTRUCTOR-NOTES.md')!r}")
    one_line_error(cdkit("release", A, "--course", str(file)), "is not a folder",
                   "c.Exchange.root")


@pytest.mark.slow
def test_an_assignment_without_a_notebook_is_said_in_plain_words(graded, tmp_path):
    course = shutil.copytree(graded, tmp_path / "c", symlinks=True)
    for notebook in (course / "source" / A).glob("*.ipynb"):
        notebook.unlink()
    for command in ("release", "grade", "feedback"):
        line = one_line_error(cdkit(command, A, "--course", str(course)), "has no notebook",
                              str(course / "source" / A))
        assert "NbGraderException" not in line and "matched" not in line
