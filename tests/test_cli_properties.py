"""Property test of the command line: any arguments get an answer, never a traceback.

Random argument lists (real command names and options mixed with arbitrary text, missing,
empty, damaged and real files) go to ``kit.cli.main`` in a scratch folder. Whatever they are,
the command returns an exit code (0 done, 1 work with problems, 2 bad input) or argparse stops
with its usage message (exit 2), and stderr holds no traceback. Commands that start servers or
build courses or copy files out (``lab``, ``workshop``, ``course init``, ``demo``,
``lessons``) are left out: they are tested with their real servers elsewhere.
"""

from __future__ import annotations

import contextlib
import io
import os

import pytest
from conftest import build_good_workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.cli import main
from kit.workbook import WorkbookStore

COMMANDS = ["check", "progress", "lint-questions", "release", "collect", "grade", "feedback",
            "report", "export", "--version", "-h", "help", "nonsense"]
OPTIONS = ["--format", "json", "text", "xml", "--course", "--out", "--jobs", "0", "-3",
           "99999999999999999999", "--scheduler", "tcp://", "tcp://127.0.0.1:1", "--no-release",
           "--db", "sqlite:///", "01-segments", "../../etc", "--", "-", "--help"]
FILES = ["good.json", "damaged.json", "empty.json", "folder", "missing.json", "questions.txt",
         "report.html", "link.json", "\u202eevil.json", "emoji-\U0001f476.json"]

words = st.one_of(
    st.sampled_from(OPTIONS + FILES),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=20),
)
argvs = st.tuples(st.sampled_from(COMMANDS), st.lists(words, max_size=6)).map(
    lambda t: [t[0], *t[1]])


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    WorkbookStore(folder / "good.json").save(build_good_workbook(), keep_backup=False)
    (folder / "damaged.json").write_text('{"segments": [', "utf-8")
    (folder / "empty.json").write_bytes(b"")
    (folder / "folder").mkdir()
    (folder / "questions.txt").write_text("Would you buy it?\nTell me about the last time.\n")
    (folder / "link.json").symlink_to("/etc/passwd")
    return folder


@pytest.mark.slow
@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(argv=argvs)
def test_any_arguments_get_an_exit_code_never_a_traceback(scratch, monkeypatch, argv):
    if "-" in argv:  # stdin: pytest's is closed; "-" is tested with real stdin in test_cli
        argv = [a for a in argv if a != "-"]
    monkeypatch.chdir(scratch)
    monkeypatch.setenv("COLUMNS", "100")
    before = sorted(os.listdir(scratch))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse: usage error (2) or --help/--version (0)
            code = stop.code
    assert code in (0, 1, 2), (argv, code, err.getvalue()[-500:])
    assert "Traceback" not in err.getvalue(), (argv, err.getvalue()[-2000:])
    if code == 2 and not err.getvalue().startswith("usage:"):
        assert err.getvalue().startswith("cdkit: error:") or "usage:" in err.getvalue(), argv
    assert (scratch / "damaged.json").read_text("utf-8") == '{"segments": [', \
        "a command changed a damaged file it was only asked to read"
    created = set(os.listdir(scratch)) - set(before)
    assert created <= {"report.html", "grades.csv", "exports"} | set(argv), (argv, created)
