"""Crash safety: a process killed with SIGKILL in the middle of saving loses nothing saved.

A child process saves the workbook in a tight loop and reports each save that returned. The
parent kills it at a random moment, then opens the file: it must open without any recovery,
and hold at least the last save the child reported (at most one more, the one in flight).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

import kit

ROUNDS = int(os.environ.get("CDKIT_KILL_ROUNDS", "150"))

CHILD = textwrap.dedent("""
    import sys
    import kit
    wb = kit.open_workbook(sys.argv[1])
    start = int(wb.learner or 0)
    seg = wb.segments[0] if wb.segments else wb.add_segment("Growing", kind="consumer")
    i = start
    while True:
        i += 1
        wb.learner = str(i)
        seg.profile.add_pain(f"pain number {i} " + "x" * (i % 200))
        wb.save()
        sys.stdout.write(f"{i}\\n")
        sys.stdout.flush()
""")


@pytest.mark.slow
def test_sigkill_while_saving_never_loses_saved_work(tmp_path):
    path = tmp_path / "wb.json"
    rng = random.Random(20261122)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    survived = 0
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)],
                                 stdout=subprocess.PIPE, env=env, text=True)
        first = child.stdout.readline()  # the child has saved at least once
        assert first.strip().isdigit(), "the saving child failed to start"
        time.sleep(rng.uniform(0, 0.03))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        acknowledged = int([first, *rest.splitlines()][-1].strip() or first)
        wb = kit.open_workbook(path)  # a recovery warning would fail the test (warnings=error)
        on_disk = int(wb.learner)
        assert acknowledged <= on_disk <= acknowledged + 1
        assert len(wb.segments[0].profile.pains) == on_disk
        survived += 1
    assert survived == ROUNDS
    print(f"survived {survived} SIGKILL rounds; last save number {on_disk}")
