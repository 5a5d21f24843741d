"""Grading throughput: local processes against a Dask cluster, on the same class, in one run.

    PATH=$PWD/.venv/bin:$PATH .venv/bin/python benchmarks/grade_dask.py [--students 12]
        [--assignment 01-segments] [--workers 2] [--scheduler tcp://HOST:PORT] [--rounds 1]
        [--keep DIR]

Builds one synthetic class with ``cdkit demo --students N --no-grade`` (excellent, average,
weak, blank and late work, in turn), and times the real command line on fresh copies of it
(each copy with its own SQLite gradebook):

- ``cdkit grade A --jobs 1`` and ``cdkit grade A --jobs 2``: local processes, started afresh
  by every run, as on an instructor's laptop;
- ``cdkit grade A --scheduler tcp://...`` on a Dask cluster: ``first run``, the workers' first
  grading after they started (each worker imports nbgrader then), and ``warm``, later runs on
  the same workers (a long-running cluster, the usual case).

Without ``--scheduler`` it starts ``dask scheduler`` and ``--workers`` ``dask worker --nworkers
1 --nthreads 1`` processes on 127.0.0.1 (and stops them at the end). With ``--rounds R`` the
local and warm modes are timed R times, a different one first each round, and the medians are
compared (the machine may be shared). Prints each mode's time, students per minute, the ratio
to ``--jobs 1``, the CPU seconds per student of every process involved (the ``cdkit`` command,
its grading processes and kernels; for Dask also the scheduler, the workers and their kernels,
from /proc: a cost that does not depend on what else the machine is doing) and the median time
of one student inside a worker, with the load average, and checks that every copy's gradebook
holds the same points for every student and cell (exit 1 if not).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
CDKIT = str(BIN / "cdkit")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def env() -> dict[str, str]:
    environ = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    environ.pop("CDKIT_WORKBOOK", None)
    return environ


def run(*args: str, cwd: Path | None = None) -> tuple[float, float]:
    """Run a cdkit command: its wall time, and the CPU seconds of it and every process it
    started and waited for (local grading processes, their kernels)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run([CDKIT, *args], cwd=cwd, env=env(), capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"cdkit {' '.join(args)} failed:\n{result.stdout[-2000:]}\n"
                 f"{result.stderr[-2000:]}")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def tree_cpu(pids: list[int]) -> float:
    """CPU seconds used so far by these processes, their live descendants, and the children
    they have waited for (a Dask worker's kernels), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            # after the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15)
            stats[int(entry.name)] = (int(fields[1]), sum(int(f) for f in fields[11:15]) / tick)
    total, todo, seen = 0.0, list(pids), set()
    while todo:
        pid = todo.pop()
        if pid in seen or pid not in stats:
            continue
        seen.add(pid)
        total += stats[pid][1]
        todo.extend(child for child, (ppid, _) in stats.items() if ppid == pid)
    return total


def copy_course(source: Path, dest: Path) -> Path:
    """An identical course with its own SQLite gradebook (its path is in the config)."""
    shutil.copytree(source, dest, symlinks=True)
    config = dest / "nbgrader_config.py"
    config.write_text(config.read_text("utf-8").replace(str(source), str(dest)), "utf-8")
    return dest


def cell_points(course: Path, assignment: str) -> dict[tuple[str, str], tuple]:
    """(student, grade_id) -> (auto_score, needs_manual_grade), from the gradebook."""
    import sqlalchemy as sa

    from kit.course.directory import Course

    engine = sa.create_engine(Course(course).db_url.split("?")[0])
    query = sa.text("""
        SELECT sa.student_id, bc.name, g.auto_score, g.needs_manual_grade FROM grade g
        JOIN submitted_notebook sn ON g.notebook_id = sn.id
        JOIN submitted_assignment sa ON sn.assignment_id = sa.id
        JOIN assignment a ON sa.assignment_id = a.id
        JOIN base_cell bc ON g.cell_id = bc.id WHERE a.name = :a""")
    try:
        with engine.connect() as conn:
            return {(s, c): (auto, bool(needs))
                    for s, c, auto, needs in conn.execute(query, {"a": assignment})}
    finally:
        engine.dispose()


def per_student(course: Path, assignment: str) -> float | None:
    """Median seconds one student took in a worker (kept by cdkit grade), if known."""
    import json

    try:
        data = json.loads((course / ".cdkit" / "grading" / f"{assignment}.json")
                          .read_text("utf-8"))
        return statistics.median(r["seconds"] for r in data["results"])
    except (OSError, ValueError, KeyError, TypeError, statistics.StatisticsError):
        return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def local_cluster(workers: int, folder: Path):
    """``dask scheduler`` and ``workers`` single-threaded ``dask worker`` processes."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = []

    def spawn(name: str, *args: str) -> None:
        with (folder / f"{name}.log").open("wb") as log:
            procs.append(subprocess.Popen([str(BIN / "dask"), *args], stdout=log,
                                          stderr=subprocess.STDOUT, env=env(), cwd=folder,
                                          start_new_session=True))

    try:
        spawn("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port),
              "--no-dashboard")
        for n in range(workers):
            spawn(f"worker{n + 1}", "worker", address, "--nworkers", "1", "--nthreads", "1",
                  "--host", "127.0.0.1", "--no-dashboard", "--name", f"bench-{n + 1}")
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, [proc.pid for proc in procs]
    finally:
        for proc in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=12)
    parser.add_argument("--assignment", default="01-segments")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers to start "
                        "(one process, one thread each)")
    parser.add_argument("--scheduler", help="use this running cluster instead (its workers "
                        "must see the temporary folder at the same path)")
    parser.add_argument("--rounds", type=int, default=1, help="time every mode this many "
                        "times, in turn (a different mode first each round), and compare "
                        "the medians")
    parser.add_argument("--keep", help="build the courses in this folder and keep them")
    args = parser.parse_args()

    base = Path(args.keep or tempfile.mkdtemp(prefix="cdkit-bench-dask-")).resolve()
    base.mkdir(parents=True, exist_ok=True)
    a, n = args.assignment, args.students
    print(f"Building a class of {n} students (cdkit demo --no-grade) in {base} ...", flush=True)
    built, _ = run("demo", "--students", str(n), "--no-grade", "--out", str(base / "class"))
    print(f"  {built:.1f} s")
    modes = ["jobs 1", "jobs 2", "dask cold", "dask warm"]
    times: dict[str, list[float]] = {m: [] for m in modes}
    cpu: dict[str, list[float]] = {m: [] for m in modes}
    each: dict[str, list[float]] = {m: [] for m in modes}
    graded: dict[str, list[Path]] = {m: [] for m in modes}
    cluster: list[int] = []  # the Dask processes we started (their CPU is measured)

    def grade(mode: str, address: str) -> None:
        course = copy_course(base / "class", base / f"{mode.replace(' ', '-')}-"
                                                   f"{len(times[mode]) + 1}")
        options = ["--scheduler", address] if mode.startswith("dask") else \
            ["--jobs", mode.split()[1]]
        on_cluster = tree_cpu(cluster)
        seconds, used = run("grade", a, *options, cwd=course)
        used += tree_cpu(cluster) - on_cluster
        times[mode].append(seconds)
        cpu[mode].append(used)
        graded[mode].append(course)
        if (one := per_student(course, a)) is not None:
            each[mode].append(one)
        print(f"  {mode:10} {seconds:6.1f} s  ({used:.1f} CPU s)", flush=True)

    try:
        with contextlib.ExitStack() as stack:
            if args.scheduler:
                address = args.scheduler
            else:
                (base / "dask").mkdir(exist_ok=True)
                address, pids = stack.enter_context(local_cluster(args.workers,
                                                                  base / "dask"))
                cluster.extend(pids)
            grade("dask cold", address)  # the workers' first grading: they import nbgrader
            order = ["jobs 1", "jobs 2", "dask warm"]
            for r in range(args.rounds):
                for mode in order[r % 3:] + order[:r % 3]:
                    grade(mode, address)
        reference = cell_points(graded["jobs 1"][0], a)
        same = {m: all(cell_points(c, a) == reference for c in graded[m]) for m in modes}
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    median = {m: statistics.median(times[m]) for m in modes}
    workers = "?" if args.scheduler else str(args.workers)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{n} students, {a}, {os.cpu_count()} cores, load average {load}; Dask: "
          f"{workers} workers x 1 thread; median of {args.rounds} round(s)\n")
    print("| mode | seconds | students/minute | vs --jobs 1 | CPU s per student (all "
          "processes) | s per student in a worker (median) | scores equal |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    labels = {"jobs 1": "local `--jobs 1`", "jobs 2": "local `--jobs 2`",
              "dask cold": f"Dask, {workers} workers, first run", "dask warm":
              f"Dask, {workers} workers, warm"}
    for mode in modes:
        per = f"{statistics.median(each[mode]):.1f}" if each[mode] else "?"
        used = "?" if args.scheduler and mode.startswith("dask") else \
            f"{statistics.median(cpu[mode]) / n:.2f}"
        print(f"| {labels[mode]} | {median[mode]:.1f} | {60 * n / median[mode]:.1f} | "
              f"{median['jobs 1'] / median[mode]:.2f}x | {used} | {per} | "
              f"{'yes' if same[mode] else 'NO'} |")
    print(f"\nDask (warm) against local --jobs 2: "
          f"{median['jobs 2'] / median['dask warm']:.2f}x")
    if not all(same.values()):
        print("Scores differ between the modes!", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
