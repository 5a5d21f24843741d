"""A full disk and a read-only folder, for real: a clear message, the work kept in memory
until it can be saved, and the file on disk never damaged.

The full disk is a 256 KiB tmpfs mounted in a private mount namespace (``unshare``), so the
test needs no privileges and leaves nothing mounted. The read-only folder is a read-only bind
mount in the same kind of private namespace.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import kit

FULL_DISK = textwrap.dedent("""
    import json, os, sys
    import kit
    from kit.errors import SaveError
    folder = sys.argv[1]
    out = {}
    wb = kit.open_workbook(os.path.join(folder, "workbook.json"))
    wb.add_segment("Saved before the disk filled up")
    wb.save()
    fd = os.open(os.path.join(folder, "filler"), os.O_WRONLY | os.O_CREAT)
    try:                                                    # fill the disk
        while True:
            os.write(fd, b"x" * 4096)
    except OSError:
        pass
    os.close(fd)
    wb.add_segment("Typed while the disk was full " + "x" * 20000)
    try:
        wb.save()
        out["error"] = None
    except SaveError as err:
        out["error"] = str(err)
    out["in_memory"] = [s.name[:30] for s in wb.segments]
    out["on_disk"] = [s.name[:30] for s in kit.workbook.WorkbookStore(wb.path).read(wb.path)
                      .segments]
    out["leftovers"] = sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))
    os.remove(os.path.join(folder, "filler"))               # space again
    wb.save()
    out["after"] = [s.name[:30] for s in kit.open_workbook(wb.path).segments]
    print(json.dumps(out))
""")


def test_full_disk_keeps_work_in_memory_and_the_file_intact(tmp_path):
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed for the full-disk test"
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "child.py"
    script.write_text(FULL_DISK, "utf-8")
    command = (f"mount -t tmpfs -o size=256k cdkit-test {disk} && "
               f"{sys.executable} {script} {disk}")
    result = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
                             command], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["error"] and "No space left" in out["error"]
    assert "safe in memory" in out["error"]
    before, during = "Saved before the disk filled up"[:30], "Typed while the disk was full "
    assert out["in_memory"] == [before, during]
    assert out["on_disk"] == [before]  # the old version, intact
    assert out["leftovers"] == []
    assert out["after"] == out["in_memory"]


READ_ONLY = textwrap.dedent("""
    import json, os, sys
    import kit
    from kit import widgets
    path = os.path.join(sys.argv[1], "workbook.json")
    wb = kit.open_workbook(path)           # cannot create the file: work stays in memory
    panel = widgets.StartPanel(wb)
    panel.learner.value = "Ada"
    print(json.dumps({"exists": os.path.exists(path), "status": panel.status.value,
                      "learner": wb.learner}))
""")


def test_read_only_folder_says_so_and_keeps_the_work(tmp_path):
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed for the read-only folder test"
    folder = tmp_path / "readonly"
    folder.mkdir()
    script = tmp_path / "child.py"
    script.write_text(READ_ONLY, "utf-8")
    command = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
               f"{sys.executable} {script} {folder}")
    result = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
                             command], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert not out["exists"] and out["learner"] == "Ada"
    assert "Read-only file system" in out["status"] and "safe in memory" in out["status"]


def test_a_workbook_with_a_byte_order_mark_is_read_not_set_aside(tmp_path):
    """Some editors save UTF-8 with a byte-order mark: the work is read as it is."""
    path = tmp_path / "workbook.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"schema_version": 3, "learner": "Ola"})
                     .encode("utf-8"))
    wb = kit.open_workbook(path)
    assert wb.learner == "Ola" and not wb.notices
    assert [p.name for p in tmp_path.iterdir()] == ["workbook.json"]  # nothing set aside


def test_half_a_character_is_replaced_and_the_work_saved(tmp_path):
    """A lone surrogate (half an emoji from a widget) made every later save fail; now the
    save succeeds, the character is replaced, and the learner is told."""
    wb = kit.open_workbook(tmp_path / "workbook.json")
    segment = wb.add_segment("Cyclists \ud83d in Utrecht", targeted=True)
    wb.answers["02-why-this-segment"] = "half \udc4d here"
    wb.save()
    again = kit.open_workbook(tmp_path / "workbook.json")
    assert again.segments[0].name == "Cyclists \ufffd in Utrecht"
    assert again.answers["02-why-this-segment"] == "half \ufffd here"
    assert segment.name == "Cyclists \ufffd in Utrecht"  # the same object, edited in place
    assert any("half of a character" in n for n in wb.notices)
    wb.learner = "Ada"
    wb.save()  # and later saves go on working
    assert kit.open_workbook(tmp_path / "workbook.json").learner == "Ada"
