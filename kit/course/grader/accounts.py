"""The kernels' own accounts when grading as root: one account per kernel running at the same
time (``cdkit-kernel-1``, ``cdkit-kernel-2``..., created when missing), and a course kept
unreadable to them (see :mod:`kit.course.grader.guard` for the rest of the boundaries)."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from kit.course.grader.guard import end_account, running_as_root
from kit.errors import KitError

__all__ = ["ACCOUNT_PREFIX", "Account", "kernel_slot", "private_course"]

#: Prefix of the kernels' accounts when grading as root (CDKIT_KERNEL_USER changes it).
ACCOUNT_PREFIX = "cdkit-kernel"


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int


def _slot_folder() -> Path:
    """A folder only root can write, for the slots' lock files."""
    base = Path("/run") if Path("/run").is_dir() else Path("/var/tmp")
    folder = base / "cdkit-kernel-slots"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != 0 or st.st_mode & 0o022:
        raise KitError(f"{folder} is not a folder that only root can change; remove it and "
                       "grade again.")
    return folder


def _account(name: str) -> Account:
    import pwd

    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        done = subprocess.run(["useradd", "--system", "--user-group", "--no-create-home",
                               "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin",
                               "--comment", "cdkit kernel account for grading",
                               name], capture_output=True, text=True)
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            why = done.stderr.strip() or "useradd failed"
            raise KitError(
                f"Grading as root runs each student's notebook as an account of its own, but "
                f"the account {name} could not be created ({why}). Create it (useradd "
                f"--system --user-group {name}) or grade as an ordinary user.") from None
    if entry.pw_uid == 0:
        raise KitError(f"The account {name} has root's uid; it cannot run students' code.")
    return Account(entry.pw_name, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def kernel_slot() -> Iterator[Account | None]:
    """As root: an account no other kernel uses while this one runs (None when not root).

    The slot's lock is held for the ``with`` block; what the account left running before
    (a grading that was killed) is ended first, and everything it runs is ended after.
    """
    if not running_as_root():
        yield None
        return
    import fcntl

    prefix = os.environ.get("CDKIT_KERNEL_USER") or ACCOUNT_PREFIX
    folder = _slot_folder()
    for n in range(1, 1025):
        fd = os.open(folder / f"{n}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue
        try:
            account = _account(f"{prefix}-{n}")
            end_account(account.uid)
            yield account
        finally:
            with contextlib.suppress(Exception):
                end_account(account.uid)
            os.close(fd)
        return
    raise KitError("More than 1024 kernels are running as root at once.")


def private_course(root: Path, extra: Collection[Path] = ()) -> list[str]:
    """As root: make the course (and ``extra`` files, e.g. a gradebook kept elsewhere)
    unreadable to other accounts; what was changed, in plain words."""
    if not running_as_root():
        return []
    changed = []
    for path in (root, *extra):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue
        if mode & 0o007:
            os.chmod(path, stat.S_IMODE(mode) & ~0o007)
            changed.append(f"{path} could be read by every account on this machine; students' "
                           "code runs as other accounts at grading, so it is now private to "
                           "its owner and group (chmod o-rwx)")
    return changed
