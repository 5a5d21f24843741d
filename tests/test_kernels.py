"""Kernels started ahead of need (kit.course.grader.kernels): used only when they fit, and
nothing left behind (no kernel process, no folder) once the grading is over."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from grading_support import FULL, PARTIAL, A, make_course, partial_workbook, submit
from server_support import alive

from kit.course.directory import Course
from kit.course.grader import grade_assignment, kernels
from kit.course.grader.guard import running_as_root


def make(place: kernels.KernelPlace) -> kernels.LimitedKernelManager:
    return kernels.fit(kernels.LimitedKernelManager(kernel_name="python3"), place, [])


def kernel_folders() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("cdkit-kernel-*")}


@pytest.fixture
def own_tmp(monkeypatch):
    """A temporary folder of this test's own (as /tmp is: every account may enter it), for
    this process and the grading processes it starts: kernel folders are counted there."""
    folder = tempfile.mkdtemp(prefix="cdkit-test-tmp-")
    os.chmod(folder, 0o1777)
    monkeypatch.setattr(tempfile, "tempdir", folder)
    monkeypatch.setenv("TMPDIR", folder)
    yield Path(folder)
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def end(spare: kernels.Spare) -> None:
    """What the grader does with a spare it was handed, once the notebook is done."""
    from jupyter_core.utils import run_sync

    run_sync(spare.km.shutdown_kernel)(now=True)
    spare.place.close()


@pytest.mark.slow
def test_a_spare_that_does_not_fit_is_ended_and_one_that_fits_is_handed_over(monkeypatch,
                                                                             own_tmp):
    monkeypatch.setenv("CDKIT_KERNEL_USER", "cdkit-spare")
    arguments = ["--HistoryManager.hist_file=:memory:"]
    key = kernels.spare_key("python3", [], arguments)
    kernels.start_spare(key, make, arguments)
    spare = kernels.take_spare(key)
    assert spare is not None and alive(spare.km.provisioner.pid)
    assert len(kernel_folders()) == 1
    if running_as_root():  # started as an account of its own, in a folder only it can read
        assert spare.place.account is not None
        assert spare.place.folder.stat().st_uid == spare.place.account.uid
        assert spare.place.folder.stat().st_mode & 0o077 == 0
    assert kernels.take_spare(key) is None  # handed over once
    end(spare)
    assert kernel_folders() == set()

    kernels.start_spare(key, make, arguments)
    pid = next(p for p in kernels.live_kernels() if alive(p))
    other = kernels.spare_key("python3", ["/srv/course"], arguments)
    assert kernels.take_spare(other) is None  # other hidden folders: not that kernel, ended
    assert not alive(pid) and kernel_folders() == set()

    kernels.start_spare(key, make, arguments)
    pid = next(p for p in kernels.live_kernels() if alive(p))
    kernels.discard_spare()  # as when the grading process ends
    assert not alive(pid) and kernel_folders() == set()


@pytest.mark.slow
def test_grading_with_kernels_ahead_scores_exactly_and_leaves_nothing(tmp_path, own_tmp):
    """The grader's own pool starts each process's first kernel ahead of need (one more for a
    process that only warmed up): same scores, and once the run is over no kernel runs and no
    kernel folder is left."""
    course = make_course(tmp_path)
    wb, earned = partial_workbook()
    assert earned == PARTIAL
    from conftest import add_interviews, build_good_workbook

    students = [f"s{i}" for i in range(6)]
    for i, student in enumerate(students):
        submit(course, student, add_interviews(build_good_workbook()) if i % 2 else wb)
    summary = grade_assignment(Course(course), A, jobs=2, progress=False)
    assert {r.student: r.score for r in summary.results} == {
        s: FULL if i % 2 else PARTIAL for i, s in enumerate(students)}
    assert not summary.flagged and not summary.failed
    assert kernel_folders() == set()  # every kernel ended, the spares' too
    left = [p for p in Path("/proc").iterdir() if p.name.isdigit()
            and str(own_tmp).encode() in _cmdline(p)]  # a kernel's connection file is there
    assert left == []


def _cmdline(proc: Path) -> bytes:
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""
