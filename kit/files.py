"""The files the kit writes and reads: only ever regular files, and written whole or not at all.

* :func:`regular_target` checks that a path the kit is about to write (a report, an export, a
  workbook) is a regular file or does not exist yet in a folder that does: a device
  (``/dev/full``), a named pipe or a folder gets a plain :class:`~kit.errors.KitError` and is
  never renamed or replaced. A symbolic link is followed: the file it points to is the target.
* :func:`atomic_writer` / :func:`write_atomic` write a temporary file with a unique name
  (``tempfile.mkstemp``) beside the target, flush and fsync it, and move it into place with
  ``os.replace``; whatever goes wrong, the temporary file is removed and the target is as it
  was. An ``OSError`` becomes a :class:`~kit.errors.WriteError` in plain words.
* :func:`read_regular` reads a regular file of at most a given size (a named pipe would block
  for ever and ``/dev/zero`` never ends); :data:`MAX_WORKBOOK_BYTES` is the cap for workbooks,
  shared by the kit and the grader (``CDKIT_MAX_WORKBOOK_MB``, 256 MB by default).

Only the standard library, imported at once: this module is light on purpose.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kit.errors import KitError, WriteError

__all__ = ["MAX_WORKBOOK_BYTES", "atomic_writer", "fsync_folder", "kind_of", "make_parent",
           "plain_reason", "read_regular", "regular_target", "write_atomic"]

#: The largest workbook the kit (and the grader's independent re-check) reads: a real one is a
#: few kB. ``CDKIT_MAX_WORKBOOK_MB`` changes it.
MAX_WORKBOOK_BYTES = int(float(os.environ.get("CDKIT_MAX_WORKBOOK_MB", "256")) * 2**20)


def kind_of(mode: int) -> str:
    """``"a folder"``, ``"a character device"``, ``"a named pipe (FIFO)"``... for a mode."""
    for test, name in ((stat.S_ISREG, "a file"), (stat.S_ISDIR, "a folder"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


def plain_reason(err: OSError) -> str:
    """The system's reason (``No space left on device``) and, for the usual ones, what to do."""
    reason = err.strerror or str(err)
    advice = {errno.ENOSPC: "the disk is full: free some space",
              errno.EDQUOT: "your disk quota is used up: free some space",
              errno.EROFS: "the folder is read-only: choose a folder you can write to",
              errno.EACCES: "you may not write there: choose a folder you can write to",
              errno.EPERM: "you may not change that folder: choose one you can write to",
              }.get(err.errno or 0)  # (an OSError made by hand may have no errno)
    return f"{reason} ({advice})" if advice else reason


def regular_target(path: str | os.PathLike[str], what: str = "the file", *,
                   example: str | None = None, reading: bool = False) -> Path:
    """``path`` (links followed) if it is a regular file, or does not exist yet and its folder
    does; else a :class:`KitError` saying what is wrong and what to do.

    ``what`` names the file in the message ("the report"); ``example`` is a file name to
    suggest when ``path`` is a folder; ``reading`` words the message for a file to read.
    """
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given))
    shown = given if Path(os.path.abspath(given)) == target else f"{given} (a link to {target})"
    use = "read from" if reading else "written to"
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        mode = None  # a file where a folder should be: said below
    except OSError as err:
        raise KitError(f"{shown} cannot be used for {what}: {plain_reason(err)}.") from None
    if mode is None:
        if reading:
            raise KitError(f"There is no file {shown}: give the path of {what}.")
        parent = target.parent
        try:
            parent_mode = os.stat(parent).st_mode
        except FileNotFoundError:
            raise KitError(f"The folder {parent} does not exist: create it first, or choose "
                           f"another place for {what}.") from None
        except NotADirectoryError:
            parent_mode = stat.S_IFREG
        except OSError as err:
            raise KitError(f"The folder {parent} cannot be used for {what}: "
                           f"{plain_reason(err)}.") from None
        if not stat.S_ISDIR(parent_mode):
            raise KitError(f"{_first_non_folder(parent)} is a file, not a folder: choose "
                           f"another place for {what}.")
        return target
    if stat.S_ISREG(mode):
        return target
    if stat.S_ISDIR(mode):
        hint = f", e.g. {target / example}" if example else ""
        raise KitError(f"{shown} is a folder, not a file: give a file name for {what}{hint}, "
                       "or move the folder away.")
    raise KitError(f"{shown} is {kind_of(mode)}, not a regular file: {what} can only be {use} "
                   "a regular file. Give the name of a file.")


def _first_non_folder(path: Path) -> Path:
    """The first part of ``path`` that exists and is not a folder (for the message)."""
    for part in reversed([path, *path.parents]):
        if part.exists() and not part.is_dir():
            return part
    return path


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _default_mode(target: Path) -> int:
    """The target's permissions when it exists, else the usual ones (0666 minus umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, what: str = "the file",
                  mode: int | None = None, binary: bool = False, newline: str | None = None,
                  example: str | None = None) -> Iterator[IO]:
    """Write ``path`` whole or not at all: yields a handle on a unique temporary file beside it,
    which replaces ``path`` when the block ends without an error.

    ``mode`` sets the permissions (default: those of the file it replaces, or the usual ones);
    text is UTF-8. Raises :class:`KitError` when ``path`` is not a regular file (see
    :func:`regular_target`) and :class:`WriteError` when writing fails (an ``OSError`` in the
    block too: a full disk shows there); any other error raised in the block goes through as it
    is. The temporary file never outlives a failure.
    """
    target = regular_target(path, what, example=example)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8",
                                                                newline=newline)
        with handle:
            os.fchmod(handle.fileno(), _default_mode(target) if mode is None else mode)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
        fsync_folder(target.parent)
    except OSError as err:
        if isinstance(err, KitError):
            raise
        raise WriteError(f"Could not write {what} to {target}: {plain_reason(err)}.",
                         path=target, reason=plain_reason(err), errno=err.errno) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, mode: int | None = None,
                 what: str = "the file", example: str | None = None) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically (see :func:`atomic_writer`);
    returns the path written (a link's target)."""
    with atomic_writer(path, what=what, mode=mode, binary=isinstance(data, bytes),
                       example=example) as handle:
        handle.write(data)
    return Path(os.path.realpath(Path(path).expanduser()))


def read_regular(path: str | os.PathLike[str], *, what: str = "the file",
                 limit: int | None = None, limit_hint: str = "") -> bytes:
    """The bytes of the regular file at ``path`` (links followed), at most ``limit`` of them.

    Anything else (a folder, a device, a named pipe) is refused before it is read, and so is a
    file larger than ``limit``: a :class:`KitError` in plain words (``limit_hint`` is added to
    the too-large message). Never blocks on a pipe put in the file's place meanwhile.
    """
    shown = Path(path).expanduser()
    target = regular_target(shown, what, reading=True)
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise KitError(f"Could not read {what} {shown}: {err.strerror or err}.") from err
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # swapped since it was checked
                raise KitError(f"{shown} is {kind_of(info.st_mode)}, not a regular file: "
                               f"{what} can only be read from a regular file.")
            if limit is not None and info.st_size > limit:
                raise KitError(_too_large(shown, what, info.st_size, limit, limit_hint))
            data = handle.read() if limit is None else handle.read(limit + 1)
        except OSError as err:
            raise KitError(f"Could not read {what} {shown}: {err.strerror or err}.") from err
    if limit is not None and len(data) > limit:  # it grew while being read
        raise KitError(_too_large(shown, what, len(data), limit, limit_hint))
    return data


def _too_large(path: Path, what: str, size: int, limit: int, hint: str) -> str:
    mb = size / 2**20
    shown = f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB" if mb >= 1 else f"{size:,} bytes"
    cap = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,} bytes"
    return (f"{path} is {shown}, more than the {cap} allowed for {what}; it was not read or "
            f"changed.{' ' + hint if hint else ''}")


def make_parent(path: str | os.PathLike[str], what: str = "the file") -> None:
    """Create the folder ``path`` goes in, if missing; a :class:`KitError` in plain words
    when it cannot be made."""
    folder = Path(path).expanduser().parent
    if folder.exists():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KitError(f"Could not make the folder {folder} for {what}: "
                       f"{err.strerror or err}.") from err
