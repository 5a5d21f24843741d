"""The grader's process boundaries: what a student's kernel can see of the grader, who it runs
as, and what is left of it when its grading ends (Linux; elsewhere these are no-ops).

Every grading process (``cdkit grade`` and its workers) calls :func:`hide_process`: it is made
*non-dumpable*, so that another process of the same account, a student's kernel included,
cannot read its ``/proc/<pid>/environ`` or ``/proc/<pid>/mem`` (where a gradebook password or
token would be). Workers the grader starts :func:`die_with_parent` and :func:`adopt_orphans`:
a process a notebook starts in a new session comes back to its worker when its kernel ends,
and :func:`end_strays` kills it when the notebook's grading ends.

As root, a student's code must not run as root: each kernel runs as an account of its own
(:func:`kit.course.grader.accounts.kernel_slot`: ``cdkit-kernel-1``, ``cdkit-kernel-2``...
one per kernel running at the same time, created when missing), in a private scratch folder
holding a copy of its own submission. That account cannot signal the grader, read its
environment, the course, the gradebook or the other submissions
(:func:`kit.course.grader.accounts.private_course` keeps the course unreadable to other
accounts), and when the notebook's grading ends every process of that account is killed
(:func:`end_account`). See docs/threat-model.md.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kit.course.grader.accounts import Account

__all__ = ["SECRET_NAMES", "adopt_orphans", "can_hide", "can_run_python", "die_with_parent",
           "end_account", "end_strays", "hidden_paths", "hide_process", "kept_paths",
           "limited_command", "limits", "running_as_root"]

_PR_SET_PDEATHSIG, _PR_SET_DUMPABLE, _PR_SET_CHILD_SUBREAPER = 1, 4, 36
_LINUX = sys.platform.startswith("linux")


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _prctl(option: int, value: int) -> bool:
    if not _LINUX:
        return False
    try:
        return _libc().prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def running_as_root() -> bool:
    return _LINUX and os.geteuid() == 0


def hide_process() -> bool:
    """Make this process non-dumpable: its environment and memory are unreadable to other
    processes of the same account (root can still read them)."""
    return _prctl(_PR_SET_DUMPABLE, 0)


def die_with_parent(parent: int | None = None) -> None:
    """Be killed (SIGKILL) when the process that started this one ends."""
    if _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) and parent is not None \
            and os.getppid() != parent:
        os._exit(1)  # the parent ended before the request took effect


_ADOPTING = False


def adopt_orphans() -> bool:
    """Processes started below this one that lose their parent come back to it, not to init
    (a notebook's ``setsid`` or double fork does not escape its grading). Only for processes
    that do nothing but grade: :func:`end_strays` then kills everything below them."""
    global _ADOPTING
    _ADOPTING = _ADOPTING or _prctl(_PR_SET_CHILD_SUBREAPER, 1)
    return _ADOPTING


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def limits() -> dict[str, float]:
    """The limits in force (environment variables; 0 turns one off)."""
    return {
        "memory_mb": _env_number("CDKIT_KERNEL_MEMORY_MB", 3072),
        "cell_output_kb": _env_number("CDKIT_CELL_OUTPUT_KB", 512),
        "notebook_output_mb": _env_number("CDKIT_NOTEBOOK_OUTPUT_MB", 4),
        "notebook_seconds": _env_number("CDKIT_NOTEBOOK_SECONDS", 600),
        "interrupt_grace": _env_number("CDKIT_INTERRUPT_GRACE", 5),
        "kernel_processes": _env_number("CDKIT_KERNEL_PROCESSES", 256),  # as root
    }


# -- processes --------------------------------------------------------------------------------


def _processes() -> Iterator[tuple[int, int, int]]:
    """(pid, parent pid, real uid) of every live process (``status`` is readable even for a
    non-dumpable process, whose ``/proc`` folder belongs to root)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", "rb") as handle:
                fields = dict(line.split(b":", 1) for line in handle.read().splitlines()
                              if b":" in line)
            if fields[b"State"].split()[0] in (b"Z", b"X"):
                continue
            yield (int(entry.name), int(fields[b"PPid"]), int(fields[b"Uid"].split()[0]))
        except (OSError, KeyError, IndexError, ValueError):
            continue  # it ended meanwhile


def _descendants(root: int, table: list[tuple[int, int, int]]) -> set[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid, _ in table:
        children.setdefault(ppid, []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _kill_until_gone(pick, rounds: int = 100) -> int:
    """SIGKILL what ``pick(table)`` returns, again until nothing is left (a fork loop races
    the killing); reap the ones that are our children. How many were killed."""
    killed: set[int] = set()
    for _ in range(rounds):
        targets = pick(list(_processes())) if _LINUX else set()
        if not targets:
            break
        for pid in targets:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
        for pid in targets:
            with contextlib.suppress(OSError):
                os.waitpid(pid, os.WNOHANG)
        time.sleep(0.01)  # let the kernel tear them down before looking again
    for pid in killed:
        with contextlib.suppress(OSError):
            os.waitpid(pid, os.WNOHANG)
    return len(killed)


def end_strays(keep: Collection[int] = ()) -> int:
    """Kill every process below this one except ``keep`` (and what runs below those).

    Only in a process that :func:`adopt_orphans` (a grading worker): elsewhere (a test, a
    notebook server) the processes below may be someone else's, and nothing is killed.
    """
    if not _ADOPTING:
        return 0
    me = os.getpid()

    def pick(table: list[tuple[int, int, int]]) -> set[int]:
        spared = set(keep)
        for pid in keep:
            spared |= _descendants(pid, table)
        return _descendants(me, table) - spared

    return _kill_until_gone(pick)


def end_account(uid: int) -> int:
    """Kill every process of the account ``uid`` (never root's)."""
    if uid == 0:
        raise ValueError("refusing to kill root's processes")
    return _kill_until_gone(lambda table: {pid for pid, _, u in table if u == uid})


# Runs in the kernel's process before ipykernel: lower RLIMIT_AS (soft and hard: the student's
# code cannot raise it back), drop the grader's secrets from the environment, keep numerical
# libraries from reserving memory per CPU; as root, become the kernel's own account (with a
# home in its scratch folder); die with the grading process; then become the kernel (same
# process, same process group: interrupts and kills still reach it).
_LIMIT_CODE = """\
import ctypes, json, os, re, resource, sys
a = json.loads(sys.argv[1])
n = a["memory"]
if n > 0:
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    if hard != resource.RLIM_INFINITY:
        n = min(n, hard)
    resource.setrlimit(resource.RLIMIT_AS, (n, n))
secret = re.compile(a["secret"], re.I)
for k in [k for k in os.environ if secret.search(k)]:
    del os.environ[k]
for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(k, "1")
os.environ.setdefault("MALLOC_ARENA_MAX", "2")
os.environ.update(a.get("env") or {})
if a.get("hide"):
    from kit.course.grader.guard import hide_paths
    hide_paths(a["hide"], a["keep"])
if a.get("uid") is not None:
    h = a["home"]
    os.environ.update(HOME=h, USER=a["name"], LOGNAME=a["name"], TMPDIR=h + "/tmp",
                      IPYTHONDIR=h + "/.ipython", JUPYTER_RUNTIME_DIR=h + "/runtime",
                      MPLCONFIGDIR=h + "/.matplotlib", XDG_CACHE_HOME=h + "/.cache")
    if a["processes"] > 0:  # counted per account: a fork loop stops there
        resource.setrlimit(resource.RLIMIT_NPROC, (a["processes"], a["processes"]))
    os.setgroups([])
    os.setgid(a["gid"])
    os.setuid(a["uid"])
    os.umask(0o077)
if sys.platform.startswith("linux"):
    ctypes.CDLL(None).prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL
    if os.getppid() != a["parent"]:
        os._exit(1)
os.execv(sys.argv[2], sys.argv[2:])
"""
#: Environment variables the kernel never sees (the gradebook's URL may hold a password).
SECRET_NAMES = (r"PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY|^AWS_|^AZURE_"
                r"|^GOOGLE_APPLICATION|^PG|DB_URL$|DATABASE_URL$|^SSH_AUTH_SOCK$")


def limited_command(cmd: list[str], account: Account | None = None,
                    home: str | None = None, hide: list[str] | None = None,
                    env: dict[str, str] | None = None) -> list[str]:
    """``cmd`` started under the memory limit, without the grader's secrets (POSIX); as
    ``account`` (root only) with its home in ``home``, with the folders ``hide`` empty;
    ``env``: variables set for it."""
    if sys.platform == "win32" or not cmd:
        return cmd
    try:
        import resource  # noqa: F401  (POSIX only)
    except ImportError:
        return cmd
    mb = max(0.0, limits()["memory_mb"])
    executable = cmd[0] if os.path.isabs(cmd[0]) else _which(cmd[0])
    options: dict[str, Any] = {"memory": int(mb * 2**20), "secret": SECRET_NAMES,
                               "parent": os.getpid(), "env": dict(env or {})}
    if account is not None:
        options.update(uid=account.uid, gid=account.gid, name=account.name, home=home,
                       processes=int(limits()["kernel_processes"]))
    if account is not None and hide:
        # the kernel's own scratch folder (its home's parent) is kept too, wherever it is
        scratch = [os.path.dirname(home)] if home else []
        options.update(hide=hide, keep=sorted({*kept_paths(), *scratch}))
    return [sys.executable, "-c", _LIMIT_CODE, json.dumps(options), executable, *cmd[1:]]


def _which(name: str) -> str:
    import shutil

    return shutil.which(name) or name


# -- what a kernel sees of the file system, as root -----------------------------------------

_CLONE_NEWNS, _MS_BIND, _MS_REC, _MS_PRIVATE, _MNT_DETACH = 0x20000, 4096, 0x4000, 1 << 18, 2


def _mount(libc, source: str, target: str, fstype: str | None, flags: int,
           data: str | None = None) -> None:
    def enc(value: str | None) -> bytes | None:
        return None if value is None else os.fsencode(value)

    if libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"mount {source} on {target}: {os.strerror(err)}")


def hidden_paths(course_root: Path, extra: Collection[Path] = ()) -> list[str]:
    """What a student's kernel must not see: the course, the gradebook's folder, the
    exchange (everyone's submissions) and the grader's home folder."""
    paths = sorted({str(Path(p).resolve()) for p in
                    (course_root, *extra, Path(os.path.expanduser("~"))) if Path(p).is_dir()})
    # a folder inside another hidden one is hidden with it
    return [p for p in paths if not any(p.startswith(q.rstrip("/") + "/") for q in paths)]


def kept_paths() -> list[str]:
    """What a kernel needs even inside a hidden folder: Python, its environment, the kit
    (the folder that holds the ``kit`` package: three levels up from this file)."""
    kit_parent = Path(__file__).resolve().parents[3]
    return sorted({str(Path(p).resolve()) for p in (sys.base_prefix, sys.prefix, kit_parent)})


def hide_paths(hide: list[str], keep: list[str]) -> None:
    """In a new mount namespace of this process: an empty folder over each of ``hide``, with
    only ``keep`` put back inside it. Raises OSError when the namespace cannot be made."""
    import tempfile

    staging = tempfile.mkdtemp(prefix="cdkit-staging-")  # root's own, never the kernel's
    libc = _libc()
    if libc.unshare(_CLONE_NEWNS) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"unshare: {os.strerror(err)}")
    _mount(libc, "none", "/", None, _MS_REC | _MS_PRIVATE)
    for path in hide:
        inside = [k for k in keep if k.startswith(path.rstrip("/") + "/")]
        held = []
        for n, k in enumerate(inside):
            spot = os.path.join(staging, f"keep-{n}")
            os.makedirs(spot, exist_ok=True)
            _mount(libc, k, spot, None, _MS_BIND | _MS_REC)
            held.append((k, spot))
        _mount(libc, "cdkit-hidden", path, "tmpfs", 0, "mode=0755,size=1m")
        for k, spot in held:
            target = path + "/" + os.path.relpath(k, path)
            os.makedirs(target, exist_ok=True)
            _mount(libc, spot, target, None, _MS_BIND | _MS_REC)
            libc.umount2(os.fsencode(spot), _MNT_DETACH)
    import shutil

    shutil.rmtree(staging, ignore_errors=True)


@functools.lru_cache(maxsize=1)
def can_hide() -> bool:
    """Whether this machine lets root give a kernel its own view of the file system."""
    if not running_as_root():
        return False
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = f"from kit.course.grader.guard import hide_paths; hide_paths([{folder!r}], [])"
        return subprocess.run([sys.executable, "-c", probe], capture_output=True,
                              timeout=60).returncode == 0


def can_run_python(command: list[str]) -> str | None:
    """Why ``command`` (a kernel's launcher around a probe) fails, or None."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, cwd="/", timeout=60)
    except (OSError, subprocess.SubprocessError) as err:
        return str(err)
    if done.returncode:
        return (done.stderr.strip().splitlines() or ["no reason given"])[-1]
    return None
