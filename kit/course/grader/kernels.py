"""Where each notebook's kernel runs, and the first one started ahead of need.

A :class:`KernelPlace` is what one kernel is given: as root, an account no other kernel uses
while it runs (its slot is held until the place is closed) and a private scratch folder
(``work/``, a copy of the notebook's folder, where it runs, and ``home/``); as an ordinary
user, a private temporary folder. Either way the place holds the file of the grader's
verdicts that the kernel is told of (:mod:`kit.coursework.autograde`).

In the grader's own worker processes, the kernel of the first notebook is started as the
process starts, before nbgrader is imported (:func:`start_ahead`): it boots on the other core
while nbgrader loads, instead of the worker waiting for it once nbgrader is ready (a kernel
takes most of a second to answer, little of it CPU). Starting every next notebook's kernel
while one runs was measured too and left out: with as many grading processes as cores, the
cores are busy anyway, and it only cost one kernel per process that no notebook used
(``benchmarks/README.md``). A spare runs no student's code before it is given a notebook;
it is started exactly as the notebook's own kernel would be (memory limit, account, hidden
folders, environment), and one that does not fit the notebook (another kernel, other hidden
folders) or that died is ended and a fresh kernel started.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

from kit.course.grader.accounts import Account, kernel_slot
from kit.course.grader.guard import limited_command
from kit.coursework.autograde import VERDICTS_VAR

__all__ = ["KernelPlace", "LimitedKernelManager", "Spare", "discard_spare", "fit",
           "kernel_arguments", "live_kernels", "open_place", "spare_key", "start_ahead",
           "start_spare", "take_spare"]

#: The kernel managers of this process (their kernels are not strays while they run).
_MANAGERS: weakref.WeakSet = weakref.WeakSet()


def live_kernels() -> set[int]:
    """The process ids of this process's kernels."""
    pids = set()
    for km in list(_MANAGERS):
        pid = getattr(getattr(km, "provisioner", None), "pid", None)
        if isinstance(pid, int):
            pids.add(pid)
    return pids


class LimitedKernelManager(AsyncKernelManager):
    """Starts (and restarts) its kernel under the memory limit; as root, as ``account``."""

    account: Account | None = None
    home: str | None = None
    hide: list[str] | None = None
    verdicts: str | None = None  # the file of the grader's verdicts, for the kernel to read

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        _MANAGERS.add(self)

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        if self.account is not None and self.connection_file:  # written by now, as root
            os.chown(self.connection_file, self.account.uid, self.account.gid)
        env = {VERDICTS_VAR: self.verdicts} if self.verdicts else None
        return limited_command(super().format_kernel_cmd(extra_arguments), self.account,
                               self.home, self.hide, env=env)


@dataclass
class KernelPlace:
    """One kernel's account (as root), folder and verdicts file; :meth:`close` ends it all."""

    account: Account | None
    folder: Path
    stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)

    @property
    def home(self) -> str | None:
        return str(self.folder / "home") if self.account is not None else None

    @property
    def verdicts(self) -> str:
        return str(self.folder / ("home" if self.account is not None else ".") /
                   "verdicts.json")

    def work(self, path: str) -> str:
        """Where the notebook of the folder ``path`` runs: as root, the scratch copy."""
        return str(self.folder / "work") if self.account is not None else path

    @property
    def start_in(self) -> str:
        """Where a kernel started before its notebook is known starts: as root, ``work/``
        (filled later); else the place's folder (the kernel moves to the notebook's)."""
        return self.work(str(self.folder))

    def fill(self, path: str) -> None:
        """As root: the notebook's folder copied into ``work/``, for the kernel's account."""
        if self.account is None:
            return
        work = self.folder / "work"
        shutil.copytree(path, work, symlinks=True, dirs_exist_ok=True)
        for here, folders, files in os.walk(work):
            for name in (*folders, *files):
                os.lchown(os.path.join(here, name), self.account.uid, self.account.gid)

    def give(self, verdicts: dict[str, Any] | None) -> None:
        """The grader's verdicts, where the kernel was told to look (none: no file)."""
        if verdicts is None:
            return
        path = Path(self.verdicts)
        path.write_text(json.dumps(verdicts), "utf-8")
        if self.account is not None:
            os.chown(path, self.account.uid, self.account.gid)
        os.chmod(path, 0o400)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)
        self.stack.close()  # the slot: what the account still runs is ended


def open_place() -> KernelPlace:
    """A new place: as root, an account's slot and a scratch folder only it can read
    (``work/``, ``home/``); else a private temporary folder."""
    stack = contextlib.ExitStack()
    try:
        account = stack.enter_context(kernel_slot())
        folder = Path(tempfile.mkdtemp(prefix="cdkit-kernel-"))
        if account is not None:
            for sub in ("work", "home", "home/tmp", "home/runtime"):
                (folder / sub).mkdir()
            for here, folders, _ in os.walk(folder):
                for name in folders:
                    os.lchown(os.path.join(here, name), account.uid, account.gid)
            os.chown(folder, account.uid, account.gid)
    except BaseException:
        stack.close()
        raise
    return KernelPlace(account, folder, stack)


def fit(km: LimitedKernelManager, place: KernelPlace, hidden: list[str]) -> LimitedKernelManager:
    """``km`` set to start its kernel in ``place`` (as root: its account, home and the
    folders it must not see)."""
    if place.account is not None:
        km.account, km.home, km.hide = place.account, place.home, list(hidden)
        km.connection_file = os.path.join(place.home or "", "kernel.json")
    km.verdicts = place.verdicts
    return km


def kernel_arguments(extra: list[str], hist_file: str | None) -> list[str]:
    """A Python kernel's extra arguments, as nbclient gives them."""
    arguments = list(extra)
    if hist_file and not any(a.startswith("--HistoryManager.hist_file") for a in arguments):
        arguments.append(f"--HistoryManager.hist_file={hist_file}")
    return arguments


def spare_key(kernel_name: str | None, hidden: list[str], arguments: list[str]) -> tuple:
    """What a spare kernel must have been started with to run a notebook."""
    return (kernel_name or "", tuple(hidden), tuple(arguments))


@dataclass
class Spare:
    """A kernel started ahead of need, in its own place, for a notebook like ``key``'s."""

    key: tuple
    place: KernelPlace
    km: LimitedKernelManager


_SPARE: list[Spare] = []  # at most one per process
_AT_EXIT: list[bool] = []  # discard_spare is registered to run when the process ends


def _end(spare: Spare) -> None:
    with contextlib.suppress(Exception):
        run_sync(spare.km.shutdown_kernel)(now=True)
    with contextlib.suppress(Exception):
        spare.place.close()


def discard_spare() -> None:
    """End this process's spare kernel, if any (its process, its account's slot, its folder)."""
    while _SPARE:
        _end(_SPARE.pop())


def take_spare(key: tuple) -> Spare | None:
    """The spare kernel if it was started for a notebook like ``key``'s and is alive;
    otherwise it is ended, and None."""
    if not _SPARE:
        return None
    spare = _SPARE.pop()
    alive = False
    if spare.key == key:
        with contextlib.suppress(Exception):
            alive = bool(run_sync(spare.km.is_alive)())
    if not alive:
        _end(spare)
        return None
    return spare


def start_spare(key: tuple, make: Any, arguments: list[str]) -> None:
    """Start a kernel for a notebook like ``key``'s: ``make(place)`` returns its (not started)
    kernel manager; ``arguments``: the kernel's extra arguments. A failure leaves no spare
    (the notebook starts its own kernel, as without one)."""
    discard_spare()
    if not _AT_EXIT:
        atexit.register(discard_spare)  # before the process ends (a pool that is shut down)
        _AT_EXIT.append(True)
    place = None
    try:
        place = open_place()
        km = make(place)
        run_sync(km.start_kernel)(extra_arguments=list(arguments), cwd=place.start_in)
        _SPARE.append(Spare(key, place, km))
    except Exception:
        if place is not None:
            place.close()


def start_ahead(config: Any, notebook: str | os.PathLike[str], hidden: list[str]) -> None:
    """Start a spare kernel for a first notebook like ``notebook`` (the released one) from
    the course's ``config`` alone, before nbgrader is even imported: the kernel boots while
    the grading process starts. Its key is what nbgrader's ``Execute`` will start with by
    default; a course that configures the kernel otherwise gets its kernel started as usual
    (the spare does not fit, and is ended)."""
    with open(notebook, encoding="utf-8") as f:
        name = ((json.load(f).get("metadata") or {}).get("kernelspec") or {}).get("name")
    # as nbgrader's Execute (and so GuardedExecute) reads them: its own section over Execute's
    section = {**(config.get("Execute") or {}), **(config.get("GuardedExecute") or {})}
    if section.get("kernel_name"):
        name = section["kernel_name"]
    arguments = kernel_arguments(list(section.get("extra_arguments") or []),
                                 section.get("ipython_hist_file", ":memory:"))

    def make(place: KernelPlace) -> LimitedKernelManager:
        km = LimitedKernelManager(kernel_name=name, config=config) if name else \
            LimitedKernelManager(config=config)
        return fit(km, place, hidden)

    start_spare(spare_key(name, hidden, arguments), make, arguments)
