"""Two kernels on one workbook: no corruption, last writer wins, the other is told and
nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import kit
from kit import widgets
from kit.model import SCHEMA_VERSION


def test_second_writer_is_told_and_the_other_version_is_kept(tmp_path):
    path = tmp_path / "workbook.json"
    first = kit.open_workbook(path)
    second = kit.open_workbook(path)  # another notebook on the same file
    first.add_segment("From notebook one")
    first.save()
    second.add_segment("From notebook two")
    second.save()
    assert [s.name for s in kit.open_workbook(path).segments] == ["From notebook two"]
    (other,) = tmp_path.glob("workbook.other-version-*.json")
    assert "From notebook one" in other.read_text("utf-8")
    assert other.name in second.notices[-1] and "Another notebook" in second.notices[-1]
    assert first.notices == []


def test_the_widget_shows_the_conflict(tmp_path):
    path = tmp_path / "workbook.json"
    mine = kit.open_workbook(path)
    panel = widgets.StartPanel(mine)
    theirs = kit.open_workbook(path)
    theirs.learner = "Someone else"
    theirs.save()
    panel.offering.value = "My idea"
    assert "Another notebook changed" in panel.status.value
    # The next save of mine, with nobody else writing, is a plain save again.
    panel.learner.value = "Me"
    assert "Saved" in panel.status.value


WRITER = textwrap.dedent("""
    import sys, kit
    wb = kit.open_workbook(sys.argv[1])
    for i in range(int(sys.argv[3])):
        wb.learner = f"{sys.argv[2]}-{i}"
        wb.add_segment(f"{sys.argv[2]} segment {i}")
        wb.save()
        wb = kit.open_workbook(sys.argv[1])  # like a fresh notebook reading it again
""")


def test_two_processes_saving_at_once_never_corrupt_the_file(tmp_path):
    path = tmp_path / "workbook.json"
    kit.open_workbook(path)
    rounds = 60
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(rounds)])
               for name in ("left", "right")]
    for writer in writers:
        assert writer.wait(timeout=300) == 0
    data = json.loads(path.read_text("utf-8"))  # valid JSON, a valid workbook
    wb = kit.open_workbook(path)
    assert wb.learner in {"left-59", "right-59"}
    names = [s.name for s in wb.segments]
    assert len(names) == len(set(names)) and data["schema_version"] == SCHEMA_VERSION
    assert not list(tmp_path.glob(".*.tmp"))
