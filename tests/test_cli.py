"""The cdkit command line, run as a user runs it (a real subprocess)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CDKIT = shutil.which("cdkit", path=str(Path(sys.executable).parent)) or "cdkit"


def run(*args, stdin=None):
    return subprocess.run([CDKIT, *args], input=stdin, capture_output=True, text=True,
                          timeout=120)


def test_help_lists_every_command_with_an_example():
    out = run("--help")
    assert out.returncode == 0
    for command in ["lab", "lessons", "check", "lint-questions"]:
        assert f"cdkit {command}" in out.stdout
    for command in ["check", "lint-questions", "lab", "lessons"]:
        sub = run(command, "--help")
        assert sub.returncode == 0 and "example:" in sub.stdout, command


def test_lint_questions_json_one_object_per_line(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Would you use our app?\nTell me about the last time you hired a plumber.\n"
                    "\nDon't you hate paperwork?\n", "utf-8")
    out = run("lint-questions", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["verdict"] for d in data] == ["weak", "good", "weak"]
    assert all(set(d) == {"question", "verdict", "problems", "advice"} for d in data)
    assert data[0]["problems"] == ["hypothetical", "pitch", "closed"]
    assert "leading" in data[2]["problems"]


def test_lint_questions_from_stdin_as_a_table():
    out = run("lint-questions", "-", stdin="How do you plan meals today?\nDo you cook?\n")
    assert out.returncode == 0
    assert "good" in out.stdout and "weak" in out.stdout and "1 good, 1 weak" in out.stdout


def test_check_prints_feedback(tmp_path, good_workbook):
    from kit.workbook import WorkbookStore

    path = tmp_path / "wb.json"
    WorkbookStore(path).save(good_workbook)
    out = run("check", str(path), "--format", "json")
    assert out.returncode == 0
    levels = {f["level"] for f in json.loads(out.stdout)}
    assert levels == {"ok"}
    text = run("check", str(path)).stdout
    assert "0 problems" in text and "✓" in text


def test_check_does_not_touch_a_damaged_file(tmp_path):
    path = tmp_path / "wb.json"
    path.write_text("{broken", "utf-8")
    out = run("check", str(path))
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "not valid JSON" in out.stderr
    assert path.read_text("utf-8") == "{broken" and not list(tmp_path.glob("*damaged*"))


@pytest.mark.parametrize("args", [
    ("check", "does-not-exist.json"),
    ("lint-questions", "nope.txt"),
    ("lint-questions",),
    ("check", "x.json", "--format", "xml"),
    ("frobnicate",),
])
def test_bad_input_is_one_line_and_exit_2(args):
    out = run(*args)
    assert out.returncode == 2, out
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cdkit"), out.stderr


def test_learner_text_cannot_drive_the_terminal(tmp_path):
    """Escape sequences typed into a workbook (a clipboard write, a new window title, clear
    screen) reach the terminal as plain "?" in `cdkit check` and `cdkit progress`."""
    from kit.model import Workbook
    from kit.workbook import WorkbookStore

    attack = "\x1b]52;c;ZXZpbA==\x07\x1b]0;owned\x07\x1b[2J\x9b31m"
    wb = Workbook(learner="Ada", offering=f"Meal kits {attack}")
    wb.add_segment(f"Night nurses {attack}", targeted=True, reason=attack)
    path = tmp_path / "workbook.json"
    WorkbookStore(path).save(wb)
    for command in ("check", "progress"):
        run = subprocess.run([CDKIT, command, str(path)], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode in (0, 1), run.stderr
        assert not any(c in run.stdout for c in "\x1b\x07\x9b"), repr(run.stdout[:300])
    assert "Night nurses ?]52;c;ZXZpbA==?" in subprocess.run(
        [CDKIT, "check", str(path)], capture_output=True, text=True, timeout=120).stdout


@pytest.mark.parametrize("command", [("course", "init"), ("demo", "--out")])
def test_a_course_folder_where_a_file_is_is_one_line(tmp_path, command):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep", "utf-8")
    for target in (notes, notes / "course"):
        out = run(*command, str(target))
        assert out.returncode == 2, out.stdout + out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "is a file, not a folder" in lines[0], out.stderr
    out = run("course", "init", str(tmp_path / "course"), "--exchange", str(notes))
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "is a file, not a folder" in out.stderr
    assert notes.read_text("utf-8") == "keep"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


LESSONS = ["00-start-here.ipynb", "01-customer-segments.ipynb", "02-segments-from-data.ipynb",
           "03-customer-profile.ipynb", "04-plan-interviews.ipynb", "05-log-and-learn.ipynb",
           "06-persona-and-canvas.ipynb"]


def test_lessons_copies_the_lessons_and_their_tables_into_a_new_folder(tmp_path):
    dest = tmp_path / "mine" / "lessons"
    out = run("lessons", str(dest))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in dest.glob("*.ipynb")) == LESSONS
    assert sorted(p.name for p in (dest / "datasets").iterdir()) == [
        "README.md", "businesses.csv", "consumers.csv"]
    assert str(dest) in out.stdout and "cdkit lab --dir" in out.stdout


def test_lessons_refuses_a_folder_with_work_in_it_unless_asked(tmp_path):
    (tmp_path / "workbook.json").write_text('{"mine": 1}', "utf-8")
    out = run("lessons", str(tmp_path))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "not empty" in lines[0] and "--overwrite" in lines[0]
    assert [p.name for p in tmp_path.iterdir()] == ["workbook.json"]
    out = run("lessons", str(tmp_path), "--overwrite")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "workbook.json").read_text("utf-8") == '{"mine": 1}'
    assert (tmp_path / "00-start-here.ipynb").is_file()


def test_lessons_into_a_file_is_one_line(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep", "utf-8")
    for target in (notes, notes / "lessons"):
        out = run("lessons", str(target))
        assert out.returncode == 2, out.stdout + out.stderr
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert notes.read_text("utf-8") == "keep"


def test_lab_will_not_copy_the_lessons_over_other_files(tmp_path):
    (tmp_path / "thesis.txt").write_text("keep", "utf-8")
    out = run("lab", "--dir", str(tmp_path), "--no-browser")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "not empty" in out.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["thesis.txt"]
