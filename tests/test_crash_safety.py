"""Crash safety: a process killed with SIGKILL in the middle of saving loses nothing saved.

A child process saves the workbook in a tight loop and reports each save that returned. The
parent kills it after a random number of reported saves, then opens the file: each round
counts as survived only when the file opens without any recovery, holds the last save the child
reported (or the one in flight) with every pain saved before it, and its backup is the save
before.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import warnings

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


def expected_pains(n: int) -> list[str]:
    """The pains after save number ``n``, as the child writes them (one more each save)."""
    return [f"pain number {i} " + "x" * (i % 200) for i in range(1, n + 1)]


def check_round(path, acknowledged: int) -> str:
    """``""`` when the workbook survived the kill, else what went wrong: the file opens with
    no recovery, holds the last save the child reported or the one in flight, with every pain
    saved before, and its backup is the version before (or the same, killed in between)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = kit.open_workbook(path)
    if caught or wb.notices:
        return f"the file needed a recovery: {[str(w.message) for w in caught] or wb.notices}"
    on_disk = int(wb.learner)
    if not acknowledged <= on_disk <= acknowledged + 1:
        return f"save {on_disk} on disk, but the child had reported save {acknowledged}"
    if [p.text for p in wb.segments[0].profile.pains] != expected_pains(on_disk):
        return f"the pains of save {on_disk} are not the {on_disk} saved"
    backup = kit.workbook.parse_workbook(path.with_name(path.name + ".bak").read_bytes())
    if int(backup.learner or 0) not in (on_disk - 1, on_disk):
        return f"the backup holds save {backup.learner}, not the one before {on_disk}"
    return ""


@pytest.mark.slow
def test_sigkill_while_saving_never_loses_saved_work(tmp_path):
    path = tmp_path / "wb.json"
    rng = random.Random(20261122)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    survived, failures, on_disk = 0, [], 0
    for round_ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)],
                                 stdout=subprocess.PIPE, env=env, text=True)
        # let it report a random number of saves, then kill it during (or just after) the next
        lines = [child.stdout.readline() for _ in range(rng.randint(1, 8))]
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        if child.returncode != -signal.SIGKILL or not all(s.strip().isdigit() for s in lines):
            failures.append(f"round {round_}: the saving child failed on its own")
            continue
        acknowledged = int([*lines, *rest.splitlines()][-1])
        problem = check_round(path, acknowledged)
        if problem:
            failures.append(f"round {round_}: {problem}")
        else:
            survived += 1
        on_disk = max(on_disk, acknowledged)
    assert failures == []
    assert survived == ROUNDS
    assert not list(tmp_path.glob("*.damaged-*"))
    print(f"survived {survived} SIGKILL rounds; last save reported {on_disk}")
