"""Bad text in and bad input on the command line: plain words, never a traceback.

A workbook holding a number too long for Python to read, or nested hundreds of levels deep,
is a damaged workbook like any other (set aside, the backup loaded); a CSV cell that only
looks harmless because of a space or a full-width sign before its formula is neutralised; and
``cdkit lint-questions`` on an unreadable file, on ``/proc/self/mem`` or on endless standard
input says in one line what is wrong.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import kit
from kit.course.export import safe_text
from kit.errors import ValidationError, WorkbookRecoveredWarning
from kit.workbook import parse_workbook

CDKIT = Path(sys.executable).with_name("cdkit")
VENV_BIN = str(Path(sys.executable).parent)

BIG_INT = '{"schema_version": 3, "learner": "Ada", "segments": [{"name": "A", "size": ' + \
    "9" * 5000 + "}]}"


def deep(where: str, depth: int) -> str:
    nested = "[" * depth + "]" * depth
    return '{"schema_version": 3, ' + where.replace("D", nested) + "}"


# Where a deeply nested value sits: the same depth breaks in different places (the parser,
# the model's checks, the message quoting the value), and just where depends on how deep the
# caller's stack already is, so the tests try every depth around Python's recursion limit.
PLACES = {
    "learner": '"learner": D',
    "persona": '"persona": D',
    "answer": '"answers": {"a": D}',
    "notes": '"segments": [{"name": "A", "notes": D}]',
    "plan": '"plan": D',
    "interview": '"interviews": [D]',
    "job": '"segments": [{"name": "A", "profile": {"jobs": [D]}}]',
}
DEPTHS = range(700, 1101)


def cdkit(*args: str, stdin=None, timeout: float = 120, prefix: tuple[str, ...] = ()
          ) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(CDKIT), *args], capture_output=True, stdin=stdin,
                          timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, (result.returncode, stderr[-2000:])
    assert "Traceback" not in stderr, stderr[-2000:]
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cdkit: error: "), stderr[-2000:]
    return lines[0]


# --------------------------------------------------------------------------- workbook text


def test_a_number_too_long_is_a_plain_validation_error():
    with pytest.raises(ValidationError, match="number too long"):
        parse_workbook(BIG_INT, "wb.json")


@pytest.mark.parametrize("place", list(PLACES))
def test_deep_nesting_is_a_plain_validation_error(place):
    for depth in [*DEPTHS, 100_000]:
        try:
            parse_workbook(deep(PLACES[place], depth), "wb.json")
        except ValidationError as err:
            if "nested too deeply" not in str(err):  # refused for what it holds: fine,
                assert "expected" in str(err)        # if said in plain words
        else:
            raise AssertionError(f"a {depth}-deep {place} was read")


def test_a_long_number_is_set_aside_and_the_backup_loaded(tmp_path):
    path = tmp_path / "workbook.json"
    wb = kit.open_workbook(path)
    wb.learner = "Saved earlier"
    wb.save()
    wb.save()
    path.write_text(BIG_INT, "utf-8")
    with pytest.warns(WorkbookRecoveredWarning, match="previous good copy"):
        again = kit.open_workbook(path)
    assert again.learner == "Saved earlier" and "number too long" in again.notices[0]
    (aside,) = tmp_path.glob("workbook.damaged-*.json")
    assert aside.read_text("utf-8") == BIG_INT


@pytest.mark.parametrize("place", ["persona", "job"])
def test_a_deep_workbook_is_set_aside_and_the_backup_loaded(tmp_path, place):
    path = tmp_path / "workbook.json"
    wb = kit.open_workbook(path)
    wb.learner = "Saved earlier"
    wb.save()
    wb.save()
    for n, depth in enumerate(range(800, 1001, 4), 1):
        text = deep(PLACES[place], depth)
        path.write_text(text, "utf-8")
        with pytest.warns(WorkbookRecoveredWarning, match="previous good copy"):
            again = kit.open_workbook(path)
        assert again.learner == "Saved earlier", depth
        assert len(list(tmp_path.glob("workbook.damaged-*.json"))) == n, depth


@pytest.mark.parametrize("command", ["check", "progress"])
def test_check_and_progress_say_it_in_one_line(tmp_path, command):
    path = tmp_path / "workbook.json"
    texts = [BIG_INT] + [deep(PLACES["job"], depth) for depth in range(940, 1021, 3)]
    for text in texts:
        path.write_text(text, "utf-8")
        line = one_line_error(cdkit(command, str(path)))
        assert "number too long" in line if text == BIG_INT else (
            "nested too deeply" in line or "expected" in line), line
        assert path.read_text("utf-8") == text  # the reporting commands change nothing
    assert [p.name for p in tmp_path.iterdir()] == ["workbook.json"]


# --------------------------------------------------------------------------- CSV cells

PREFIXES = [" ", "  ", "\u00a0", "\n", "\t", "\r", "\r\n", "\u3000", " \t\u00a0"]
FORMULA_SIGNS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]  # ＝ ＋ － ＠


@pytest.mark.parametrize("prefix", PREFIXES, ids=[repr(p) for p in PREFIXES])
@pytest.mark.parametrize("sign", FORMULA_SIGNS)
def test_a_formula_behind_blanks_or_full_width_signs_is_neutralised(prefix, sign):
    cell = f'{prefix}{sign}HYPERLINK("http://evil.example","click")'
    assert safe_text(cell) == "'" + cell


@pytest.mark.parametrize("sign", FORMULA_SIGNS[4:])
def test_a_full_width_sign_alone_is_neutralised(sign):
    assert safe_text(f"{sign}1+1") == f"'{sign}1+1"


@pytest.mark.parametrize("text", ["Ada", " Ada", "\u00a0Ada", "x=1", "a-b", "", " ", "\uff21"])
def test_harmless_cells_are_left_as_they_are(text):
    assert safe_text(text) == text


def test_the_exported_file_neutralises_them(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    (course / "nbgrader_config.py").write_text("c = get_config()  # noqa\n", "utf-8")
    names = {f"s{i}": prefix + sign + "1+1" for i, (prefix, sign) in enumerate(
        [(" ", "="), ("\u00a0", "+"), ("\n", "-"), ("", "\uff1d"), ("\t", "\uff20")])}
    code = ("import sys, json\nfrom nbgrader.api import Gradebook\n"
            "gb = Gradebook(sys.argv[1])\n"
            "for sid, last in json.loads(sys.argv[2]).items():\n"
            "    gb.update_or_create_student(sid, last_name=last, first_name='A')\n"
            "gb.close()\n")
    env = {**os.environ, "PATH": VENV_BIN + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run([sys.executable, "-c", code, f"sqlite:///{course}/gradebook.db",
                    json.dumps(names)], check=True, env=env, timeout=120)
    out = tmp_path / "grades.csv"
    result = cdkit("export", "--course", str(course), "--out", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["student_id"]: r["last_name"] for r in rows} == {
        sid: "'" + last for sid, last in names.items()}


# --------------------------------------------------------------------------- lint-questions


def test_lint_questions_on_an_unreadable_file():
    # root reads every file; an unprivileged user namespace is an ordinary user again
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed to read as an ordinary user"
    folder = Path(tempfile.mkdtemp(prefix="cdkit-unreadable-"))
    try:
        folder.chmod(0o755)  # the unprivileged user may look in, not read the file
        path = folder / "questions.txt"
        path.write_text("How do you plan meals today?\n", "utf-8")
        path.chmod(0)
        line = one_line_error(cdkit("lint-questions", str(path), prefix=(unshare, "--user")))
        assert "Could not read the questions file" in line and str(path) in line
        assert "Permission denied" in line
    finally:
        shutil.rmtree(folder)


def test_lint_questions_on_proc_self_mem():
    line = one_line_error(cdkit("lint-questions", "/proc/self/mem"))
    assert "Could not read the questions file /proc/self/mem" in line


def test_lint_questions_on_endless_standard_input():
    with open("/dev/zero", "rb") as zero:
        line = one_line_error(cdkit("lint-questions", "-", stdin=zero, timeout=60))
    assert "more than the 1 MB" in line and "standard input" in line


def test_lint_questions_on_a_device_or_a_huge_file(tmp_path):
    line = one_line_error(cdkit("lint-questions", "/dev/zero", timeout=60))
    assert "not a regular file" in line
    big = tmp_path / "big.txt"
    big.write_text("How do you plan meals today?\n" * 40_000, "utf-8")  # ~1.2 MB
    line = one_line_error(cdkit("lint-questions", str(big)))
    assert "more than the 1 MB" in line and str(big) in line


def test_lint_questions_still_reads_a_file_and_standard_input(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Would you buy our app?\nTell me about the last time you cooked.\n", "utf-8")
    result = cdkit("lint-questions", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [r["verdict"] for r in json.loads(result.stdout)] == ["weak", "good"]
    result = subprocess.run([str(CDKIT), "lint-questions", "-", "--format", "json"],
                            input=b"Tell me about the last time you cooked.\n",
                            capture_output=True, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)[0]["verdict"] == "good"


def test_lint_questions_on_a_fifo_with_no_writer_does_not_wait(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    line = one_line_error(cdkit("lint-questions", str(fifo), timeout=60))
    assert "not a regular file" in line
