"""Files that are not files: the kit only ever writes and reads regular files.

A device, a named pipe or a folder given as an output or as a workbook gets a plain error and
is never renamed or replaced; temporary files have unique names beside the target and never
outlive a failed write; a symlinked workbook stays a link; the "other version" copies of two
notebooks on one workbook are bounded; a damaged workbook in a read-only folder is left as it is.

The devices are made with ``mknod`` in the test's own folder (the tests run as root), never the
system's ``/dev`` nodes. A full disk is a small tmpfs and a read-only folder a read-only bind
mount, both in a private mount namespace (``unshare``), as in test_workbook_faults.py.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kit
from kit.errors import KitError, SaveError, WorkbookRecoveredWarning
from kit.files import regular_target, write_atomic
from kit.workbook import WorkbookStore, parse_workbook

CDKIT = Path(sys.executable).with_name("cdkit")
VENV_BIN = str(Path(sys.executable).parent)


# --------------------------------------------------------------------------- helpers



def char_device(path: Path, major: int, minor: int) -> Path:
    """A real character device node (as /dev/null is 1,3, /dev/zero 1,5, /dev/full 1,7)."""
    assert os.geteuid() == 0, "these tests make device nodes: run them as root"
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
    return path


def specials(folder: Path) -> dict[str, Path]:
    """Every kind of "file that is not a file" an output could be pointed at."""
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    subfolder = folder / "sub"
    subfolder.mkdir()
    return {"device": char_device(folder / "full", 1, 7), "fifo": fifo, "folder": subfolder}


def kind(path: Path) -> str:
    mode = os.lstat(path).st_mode
    return ("device" if stat.S_ISCHR(mode) else "fifo" if stat.S_ISFIFO(mode) else
            "folder" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else
            "file" if stat.S_ISREG(mode) else "other")


def unshare() -> str:
    found = shutil.which("unshare")
    assert found, "util-linux's unshare is needed for the full-disk and read-only tests"
    return found


def in_private_mounts(command: str, timeout: float = 300) -> dict:
    """Run ``sh -c command`` in a private user and mount namespace; the last line of its
    output is JSON."""
    result = subprocess.run([unshare(), "--user", "--map-root-user", "--mount", "sh", "-c",
                             command], capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def empty_course_template(tmp_path_factory) -> Path:
    """A course folder with nbgrader's own (empty) gradebook: enough for report and export."""
    base = tmp_path_factory.mktemp("course-template").resolve()
    (base / "nbgrader_config.py").write_text("c = get_config()  # noqa\n", "utf-8")
    env = {**os.environ, "PATH": VENV_BIN + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run([sys.executable, "-c", "import sys; from nbgrader.api import Gradebook; "
                    "Gradebook(sys.argv[1]).close()", f"sqlite:///{base}/gradebook.db"],
                   check=True, env=env, timeout=120)
    return base


@pytest.fixture
def course(empty_course_template, tmp_path) -> Path:
    folder = tmp_path / "course"
    shutil.copytree(empty_course_template, folder)
    return folder


def cdkit(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(CDKIT), *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cdkit: error: "), result.stderr
    return lines[0]


# --------------------------------------------------------------------------- outputs


@pytest.mark.parametrize("command", ["report", "export"])
def test_report_and_export_never_replace_a_device_a_pipe_or_a_folder(course, tmp_path,
                                                                     command):
    for name, target in specials(tmp_path).items():
        line = one_line_error(cdkit(command, "--course", str(course), "--out", str(target)))
        assert str(target) in line
        assert ("is a folder" if name == "folder" else "not a regular file") in line
        assert kind(target) == name, f"the {name} was replaced"
    assert leftovers(tmp_path) == [] and leftovers(course) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course", "full", "pipe", "sub"]


@pytest.mark.parametrize("command", ["report", "export"])
def test_report_and_export_still_write_a_file_and_replace_it(course, tmp_path, command):
    out = tmp_path / "new-folder" / f"out.{'html' if command == 'report' else 'csv'}"
    for _ in range(2):
        result = cdkit(command, "--course", str(course), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert kind(out) == "file" and out.stat().st_size > 0
    assert leftovers(out.parent) == []


def test_the_report_does_not_write_through_a_planted_temp_file(course, tmp_path):
    """The old fixed temp name (``.report.html.tmp``) was opened and written through: a link
    planted there made the report overwrite another file."""
    from kit.course.directory import Course
    from kit.course.report import write_report

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    out = tmp_path / "report.html"
    (tmp_path / ".report.html.tmp").symlink_to(victim)
    write_report(Course(course), out)
    assert victim.read_text("utf-8") == "keep me"
    assert "<!DOCTYPE html>" in out.read_text("utf-8")


def test_grading_summary_is_written_atomically_with_the_shared_writer(tmp_path):
    from kit.course.grader.summary import GradeSummary, read_summary, save_summary, summary_path

    summary = GradeSummary(assignment="01-segments", seconds=1.0, jobs=1, results=[
        {"student": "ada", "success": True, "error": None, "score": 7.0, "max_score": 10.0,
         "needs_manual_grade": False, "flagged": [], "corrected": [], "seconds": 0.5}])
    path = summary_path(tmp_path, "01-segments")
    path.parent.mkdir(parents=True)
    char_device(path, 1, 3)  # a device where the summary goes: refused, never replaced
    with pytest.raises(KitError, match="not a regular file"):
        save_summary(tmp_path, summary)
    assert kind(path) == "device" and leftovers(path.parent) == []
    path.unlink()
    assert save_summary(tmp_path, summary) == path
    assert read_summary(tmp_path, "01-segments")["graded"] == ["ada"]


def test_regular_target_says_what_to_do(tmp_path):
    dev = char_device(tmp_path / "null", 1, 3)
    with pytest.raises(KitError, match=r"null is a character device, not a regular file"):
        regular_target(dev, "the report")
    with pytest.raises(KitError, match=r"is a folder, not a file.*report\.html"):
        regular_target(tmp_path, "the report", example="report.html")
    with pytest.raises(KitError, match=r"The folder .*missing does not exist"):
        regular_target(tmp_path / "missing" / "x.csv", "the export")
    (tmp_path / "plain").write_text("x", "utf-8")
    with pytest.raises(KitError, match=r"plain is a file, not a folder"):
        regular_target(tmp_path / "plain" / "x.csv", "the export")
    assert regular_target(tmp_path / "new.csv", "the export") == tmp_path / "new.csv"
    assert regular_target(tmp_path / "plain", "the export") == tmp_path / "plain"


def test_write_atomic_keeps_the_mode_and_leaves_nothing_behind(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old", "utf-8")
    path.chmod(0o640)
    write_atomic(path, "new", what="the notes")
    assert path.read_text("utf-8") == "new" and stat.S_IMODE(path.stat().st_mode) == 0o640
    write_atomic(path, b"bytes", mode=0o600)
    assert path.read_bytes() == b"bytes" and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


# Fills the child's folder (a small tmpfs) until writing fails.
FILL_DISK = ('fd = os.open(os.path.join(folder, "filler"), os.O_WRONLY | os.O_CREAT)\n'
             "try:\n    while True:\n        os.write(fd, b'x' * 4096)\n"
             "except OSError:\n    pass\nos.close(fd)")

FULL_DISK_WRITE = textwrap.dedent("""
    import json, os, sys
    from kit.errors import KitError
    from kit.files import write_atomic
    folder = sys.argv[1]
    path = os.path.join(folder, "grades.csv")
    write_atomic(path, "old grades\\n")
    {fill}
    try:
        write_atomic(path, "new grades " * 50000, what="the export")
        error = None
    except KitError as err:
        error = str(err)
    print(json.dumps({"error": error, "content": open(path).read(),
                      "names": sorted(os.listdir(folder))}))
""").replace("{fill}", FILL_DISK)


def on_a_small_disk(tmp_path, script_text: str, size: str) -> dict:
    """What ``script_text`` prints (JSON), run with a folder on a tmpfs of ``size``."""
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "child.py"
    script.write_text(script_text, "utf-8")
    return in_private_mounts(f"mount -t tmpfs -o size={size} cdkit-test {disk} && "
                             f"{sys.executable} {script} {disk}")


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    out = on_a_small_disk(tmp_path, FULL_DISK_WRITE, "128k")
    assert out["error"] and "Could not write the export" in out["error"]
    assert "No space left" in out["error"] and "Traceback" not in out["error"]
    assert out["content"] == "old grades\n"
    assert out["names"] == ["filler", "grades.csv"]


# --------------------------------------------------------------------------- workbooks


OPEN_SPECIAL = textwrap.dedent("""
    import json, os, sys, resource
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))  # /dev/zero: no runaway
    import kit
    from kit.errors import KitError
    try:
        kit.open_workbook(sys.argv[1])
        print(json.dumps({"error": None}))
    except KitError as err:
        print(json.dumps({"error": str(err), "type": type(err).__name__}))
""")


@pytest.mark.parametrize("which", ["null", "zero", "fifo", "folder"])
def test_a_workbook_that_is_not_a_regular_file_is_refused_and_left_alone(tmp_path, which):
    folder = tmp_path / "work"
    folder.mkdir()
    target = folder / "workbook.json"
    if which == "null":
        char_device(target, 1, 3)
    elif which == "zero":
        char_device(target, 1, 5)
    elif which == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    before = kind(target)
    script = tmp_path / "child.py"
    script.write_text(OPEN_SPECIAL, "utf-8")
    # a child process: the old code blocked for ever on a pipe and read /dev/zero endlessly
    result = subprocess.run([sys.executable, str(script), str(target)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["error"] and "Traceback" not in out["error"]
    assert out["type"] != "ValidationError"  # not "damaged": nothing to set aside
    expected = "is a folder" if which == "folder" else "not a regular file"
    assert expected in out["error"] and str(target) in out["error"]
    assert kind(target) == before
    assert sorted(p.name for p in folder.iterdir()) == ["workbook.json"]


def test_a_workbook_larger_than_the_cap_is_refused_not_set_aside(tmp_path):
    path = tmp_path / "workbook.json"
    with path.open("wb") as handle:  # a sparse file: 257 MB long, no disk used
        handle.truncate(257 * 2**20)
    with pytest.raises(KitError, match=r"257 MB, more than the 256 MB") as info:
        kit.open_workbook(path)
    assert not isinstance(info.value, kit.ValidationError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workbook.json"]
    assert path.stat().st_size == 257 * 2**20


def test_the_cap_is_the_graders_setting(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text(json.dumps({"schema_version": 3, "learner": "x" * 2 * 2**20}), "utf-8")
    code = ("import sys, kit\n"
            "from kit.course.grader import submission\n"
            "from kit import files\n"
            "assert submission.MAX_WORKBOOK_BYTES == files.MAX_WORKBOOK_BYTES == 2**20\n"
            "try:\n"
            "    kit.open_workbook(sys.argv[1])\n"
            "except kit.KitError as err:\n"
            "    print(err)\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                            text=True, timeout=60, env={**os.environ,
                                                        "CDKIT_MAX_WORKBOOK_MB": "1"})
    assert result.returncode == 0, result.stderr
    assert "more than the 1 MB" in result.stdout and "CDKIT_MAX_WORKBOOK_MB" in result.stdout


@pytest.mark.parametrize("command", ["check", "progress"])
def test_check_and_progress_refuse_what_is_not_a_workbook_file(tmp_path, command):
    targets = specials(tmp_path)
    targets["zero"] = char_device(tmp_path / "zero", 1, 5)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(300 * 2**20)
    for name, target in targets.items():
        line = one_line_error(cdkit(command, str(target), timeout=60))
        assert ("is a folder" if name == "folder" else "not a regular file") in line, line
        assert kind(target) == ("device" if name == "zero" else name)
    line = one_line_error(cdkit(command, str(huge), timeout=60))
    assert "300 MB, more than the 256 MB allowed for the workbook" in line


def test_a_symlinked_workbook_stays_a_link_and_the_target_is_saved(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    target = real / "workbook.json"
    link = tmp_path / "workbook.json"
    first = kit.open_workbook(target)
    first.learner = "Ada"
    first.save()
    link.symlink_to(target)
    wb = kit.open_workbook(link)
    assert wb.learner == "Ada"
    wb.add_segment("Cyclists in Utrecht")
    wb.save()
    wb.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert [s.name for s in parse_workbook(target.read_bytes()).segments] == [
        "Cyclists in Utrecht"]
    assert (real / "workbook.json.bak").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real", "workbook.json"]


def test_a_backup_that_is_a_folder_is_named_and_no_temp_is_left(tmp_path):
    path = tmp_path / "workbook.json"
    wb = kit.open_workbook(path)
    wb.learner = "Ada"
    wb.save()
    (tmp_path / "workbook.json.bak").unlink()
    (tmp_path / "workbook.json.bak").mkdir()
    wb.learner = "Ada Lovelace"
    with pytest.raises(SaveError) as info:
        wb.save()
    message = str(info.value)
    assert "workbook.json.bak is a folder" in message and "Move it away" in message
    assert "disk space" not in message and "safe in memory" in message
    assert leftovers(tmp_path) == []
    assert parse_workbook(path.read_bytes()).learner == "Ada"  # the file as it was
    (tmp_path / "workbook.json.bak").rmdir()
    wb.save()  # once moved away, the next edit saves
    assert parse_workbook(path.read_bytes()).learner == "Ada Lovelace"


def test_two_notebooks_keep_a_bounded_number_of_other_versions(tmp_path):
    path = tmp_path / "workbook.json"
    one, two = kit.open_workbook(path), kit.open_workbook(path)
    for i in range(150):
        one.learner = f"one-{i}"
        one.save()
        two.learner = f"two-{i}"
        two.save()
    copies = sorted(tmp_path.glob("workbook.other-version-*.json"))
    assert 1 <= len(copies) <= 5
    learners = {parse_workbook(p.read_bytes()).learner for p in copies}
    assert "one-149" in learners  # the newest other version is among those kept
    assert len(learners) == len(copies)
    assert leftovers(tmp_path) == []
    assert parse_workbook(path.read_bytes()).learner == "two-149"


FULL_DISK_CONFLICTS = textwrap.dedent("""
    import glob, json, os, sys
    import kit
    from kit.errors import SaveError
    from kit.workbook import parse_workbook
    folder = sys.argv[1]
    path = os.path.join(folder, "workbook.json")
    one, two = kit.open_workbook(path), kit.open_workbook(path)
    one.add_segment("x" * 30000)
    one.save()
    {fill}
    errors = []
    for i in range(20):
        for wb in (two, one):
            wb.learner = f"learner {i}"
            try:
                wb.save()
            except SaveError as err:
                errors.append(str(err))
    copies = []
    for name in glob.glob(os.path.join(folder, "workbook.other-version-*.json")):
        try:
            parse_workbook(open(name, "rb").read())
            copies.append("valid")
        except Exception:
            copies.append("cut")
    print(json.dumps({"errors": len(errors), "first": errors[:1], "copies": copies,
                      "names": sorted(os.listdir(folder)),
                      "on_disk": len(parse_workbook(open(path, "rb").read()).segments)}))
""").replace("{fill}", FILL_DISK)


def test_a_full_disk_leaves_no_empty_or_cut_other_version(tmp_path):
    out = on_a_small_disk(tmp_path, FULL_DISK_CONFLICTS, "256k")
    assert out["errors"] >= 1 and "No space left" in out["first"][0]
    assert set(out["copies"]) <= {"valid"}
    assert not [n for n in out["names"] if n.endswith(".tmp")]
    assert out["on_disk"] == 1


READ_ONLY_DAMAGED = textwrap.dedent("""
    import json, os, subprocess, sys, warnings
    import kit
    from kit.errors import SaveError
    folder = sys.argv[1]
    path = os.path.join(folder, "workbook.json")
    out = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = kit.open_workbook(path)
    out["warnings"] = [str(w.message) for w in caught]
    out["learner"] = wb.learner
    out["notices"] = wb.notices
    out["damaged"] = open(path, "rb").read().decode()
    out["names"] = sorted(os.listdir(folder))
    wb.learner = "Ada, edited"
    try:
        wb.save()
        out["save"] = None
    except SaveError as err:
        out["save"] = str(err)
    subprocess.run(["mount", "-o", "remount,bind,rw", folder], check=True)
    wb.save()                          # writable again: the damaged file is set aside first
    out["after"] = sorted(os.listdir(folder))
    aside = [n for n in out["after"] if ".damaged-" in n]
    out["aside"] = open(os.path.join(folder, aside[0])).read() if aside else None
    out["saved"] = kit.open_workbook(path).learner
    print(json.dumps(out))
""")


def test_a_damaged_workbook_in_a_read_only_folder_is_left_and_the_work_kept(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    good = kit.open_workbook(folder / "workbook.json")
    good.learner = "Ada"
    good.save()
    good.save()  # the backup holds "Ada" too
    (folder / "workbook.json").write_text("{damaged", "utf-8")
    names = sorted(p.name for p in folder.iterdir())
    script = tmp_path / "child.py"
    script.write_text(READ_ONLY_DAMAGED, "utf-8")
    out = in_private_mounts(f"mount --bind {folder} {folder} && "
                            f"mount -o remount,bind,ro {folder} && "
                            f"{sys.executable} {script} {folder}")
    assert out["learner"] == "Ada"  # the backup, in memory
    assert out["damaged"] == "{damaged" and out["names"] == names  # nothing touched
    (warning,) = out["warnings"]
    assert "could not be set aside" in warning and "read-only" in warning
    assert warning in out["notices"] and "Traceback" not in warning
    assert out["save"] and "safe in memory" in out["save"]
    assert out["aside"] == "{damaged"  # set aside once it could be, never overwritten
    assert out["saved"] == "Ada, edited"


def test_a_damaged_workbook_is_still_set_aside_when_the_folder_is_writable(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text("{damaged", "utf-8")
    with pytest.warns(WorkbookRecoveredWarning, match="It was not deleted"):
        wb = kit.open_workbook(path)
    assert [p.read_text("utf-8") for p in tmp_path.glob("workbook.damaged-*.json")] == [
        "{damaged"]
    assert WorkbookStore(path).read(path).segments == wb.segments == []
