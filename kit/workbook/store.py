"""The workbook's link to its file: :class:`WorkbookStore` saves crash-safely, keeps a backup,
sets a damaged file aside, and keeps another notebook's version (see :mod:`kit.workbook`)."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import re
import secrets
import shutil
import stat
import time
import warnings
from pathlib import Path
from typing import Any

from kit import files
from kit.errors import KitError, SaveError, ValidationError, WorkbookRecoveredWarning, WriteError
from kit.files import MAX_WORKBOOK_BYTES
from kit.model import Workbook
from kit.workbook.formats import parse_workbook

__all__ = [
    "DEFAULT_NAME",
    "ENV_VAR",
    "OTHER_VERSIONS_KEPT",
    "READABLE_MAX_BYTES",
    "WorkbookStore",
    "default_path",
    "open_workbook",
    "start_over",
]

DEFAULT_NAME = "workbook.json"
#: Environment variable that points the lessons (and ``cdkit``) at another workbook file.
ENV_VAR = "CDKIT_WORKBOOK"
_STALE_TEMP_SECONDS = 120

_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub_surrogates(obj: Any) -> int:
    """Replace lone surrogates (half a character, which UTF-8 cannot hold) in every text of
    ``obj``, in place, so the widgets keep editing the same objects. Returns how many texts
    changed."""
    changed = 0
    if isinstance(obj, list):
        for i, value in enumerate(obj):
            if isinstance(value, str) and _SURROGATE.search(value):
                obj[i], changed = _SURROGATE.sub("\ufffd", value), changed + 1
            else:
                changed += _scrub_surrogates(value)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, str) and _SURROGATE.search(value):
                obj[key], changed = _SURROGATE.sub("\ufffd", value), changed + 1
            else:
                changed += _scrub_surrogates(value)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            if f.name in ("_store", "notices"):
                continue
            value = getattr(obj, f.name)
            if isinstance(value, str) and _SURROGATE.search(value):
                setattr(obj, f.name, _SURROGATE.sub("\ufffd", value))
                changed += 1
            else:
                changed += _scrub_surrogates(value)
    return changed


def default_path() -> Path:
    """``$CDKIT_WORKBOOK`` if set, else ``workbook.json`` in the current folder."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_NAME)


READABLE_MAX_BYTES = 1_000_000  # larger workbooks are saved without indenting

def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


#: How many "other version" copies of one workbook are kept: the newest; older ones are removed.
OTHER_VERSIONS_KEPT = 5
_OTHER = "other-version"
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


class WorkbookStore:
    """The file side of a workbook: where it lives, how it is saved and recovered."""

    def __init__(self, path: str | os.PathLike[str]):
        # a link is followed: its target is read and saved, with the copies beside it
        self.path = Path(os.path.realpath(Path(path).expanduser().absolute()))
        self._seen: tuple[int, int, int] | None = None  # the file as we last read or wrote it
        # a damaged file that could not be set aside yet (a read-only folder), as it was read
        self._damaged: tuple[int, int, int] | None = None

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @contextlib.contextmanager
    def _locked(self):
        """One writer at a time per workbook (two notebooks on the same file wait in turn)."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock, still atomic replace
            yield
            return
        try:  # lock the folder itself: no lock file left lying around
            fd = os.open(self.path.parent, os.O_RDONLY)
        except OSError:
            yield  # an unreadable folder: the save itself will report the problem
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def aside_path(self, label: str) -> Path:
        return _free_name(self.path.with_name(f"{self.path.stem}.{label}-{_stamp()}.json"))

    # -- saving
    def _mode(self) -> int:
        """Keep the file's permissions; a new file gets the usual ones (0666 minus umask)."""
        try:
            return self.path.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            return 0o666 & ~umask

    def save(self, wb: Workbook, *, keep_backup: bool = True) -> None:
        """Write ``wb`` crash-safely; on failure raise :class:`SaveError`, keeping ``wb``.

        ``keep_backup=False`` writes no ``.bak`` copy (for generated example files).
        """
        if _scrub_surrogates(wb):
            wb.notices.append("Some text held half of a character (an emoji cut in two, for "
                              "example), which cannot be saved: it is shown as \ufffd now. "
                              "Check your latest edits and retype that character if needed.")
        data = wb.to_dict()
        Workbook.from_dict(data, "workbook")  # never write what we could not read back
        # indented to be readable; a big workbook compact (the C encoder, several times faster:
        # with 10,000 items every edit would otherwise wait on the indenting)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if len(text) < READABLE_MAX_BYTES:
            text = json.dumps(data, ensure_ascii=False, indent=1)
        text += "\n"
        try:
            with self._locked():
                files.regular_target(self.path, "your workbook")
                if keep_backup:
                    self._check_backup()
                current = self._signature()
                if self._damaged is not None and current == self._damaged:
                    # the damaged file left in a read-only folder: set aside now that it can be
                    aside = self._set_aside("damaged")
                    self._damaged, current = None, None
                    wb.notices.append(f"The damaged workbook {self.path.name} is now set aside "
                                      f"as {aside}; your work was saved in its place.")
                elif self._seen is not None and current is not None and current != self._seen:
                    # Another notebook (or program) saved this workbook since we read it.
                    # Last writer wins, and the other version is kept, never lost.
                    other = self._keep_other_version()
                    wb.notices.append(
                        f"Another notebook changed {self.path.name} since this one opened it. "
                        f"Your version (this notebook's) was saved; the other version is kept "
                        f"as {other.name} (the newest {OTHER_VERSIONS_KEPT} such copies are "
                        "kept). Use one notebook at a time on a workbook.")
                if current is not None and keep_backup:
                    self._keep_backup()
                files.write_atomic(self.path, text, mode=self._mode(), what="your workbook")
                self._seen, self._damaged = self._signature(), None
        except WriteError as err:
            raise self._save_error(err.reason) from err
        except OSError as err:
            raise self._save_error(files.plain_reason(err)) from err
        except KitError as err:  # not a regular file, a folder in the backup's place...
            raise SaveError(f"Could not save your workbook {self.path}: {err} Your work is "
                            "safe in memory and will be saved with your next edit once that "
                            "is fixed.") from None

    def _save_error(self, reason: str) -> SaveError:
        return SaveError(f"Could not save your workbook to {self.path}: {reason}. Your work "
                         "is safe in memory: fix that and it will be saved with your next "
                         "edit.")

    def _check_backup(self) -> None:
        try:
            mode = os.stat(self.backup_path).st_mode
        except OSError:
            return  # none yet (or unreadable: keeping the backup will say so)
        if not stat.S_ISREG(mode):
            raise KitError(f"{self.backup_path} is {files.kind_of(mode)}, not a file: the kit "
                           "keeps the previous copy of your workbook under that name. Move it "
                           "away (or rename it).")

    def _keep_backup(self) -> None:
        """Make ``<name>.bak`` the current (previous good) file, atomically."""
        bak = self.backup_path
        link = bak.with_name(f".{bak.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            os.link(self.path, link)
        except OSError:  # no hard links here: a whole copy instead
            with open(self.path, "rb") as source, files.atomic_writer(
                    bak, what="the backup copy of your workbook", binary=True,
                    mode=self._mode()) as copy:
                shutil.copyfileobj(source, copy)
            return
        try:
            os.replace(link, bak)
        finally:
            with contextlib.suppress(OSError):
                link.unlink()

    def _other_versions(self) -> list[tuple[tuple[str, int], Path]]:
        """The kept other-version copies, oldest first."""
        pattern = re.compile(re.escape(f"{self.path.stem}.{_OTHER}-") +
                             r"(\d{8}-\d{6})(?:-(\d+))?\.json")
        found = []
        with os.scandir(self.path.parent) as entries:
            for entry in entries:
                match = pattern.fullmatch(entry.name)
                if match:
                    found.append(((match[1], int(match[2] or 1)), Path(entry.path)))
        return sorted(found)

    def _keep_other_version(self) -> Path:
        """Copy the file on disk to a new ``<stem>.other-version-<stamp>.json`` (whole, or not
        at all), and keep only the newest :data:`OTHER_VERSIONS_KEPT` of those."""
        stamp = _stamp()
        n = 1 + max((n for (when, n), _ in self._other_versions() if when == stamp), default=0)
        other = self.path.with_name(f"{self.path.stem}.{_OTHER}-{stamp}"
                                    f"{'' if n == 1 else f'-{n}'}.json")
        with open(self.path, "rb") as source, files.atomic_writer(
                other, what="the other version of your workbook", binary=True,
                mode=self._mode()) as copy:
            shutil.copyfileobj(source, copy)
        for _, old in self._other_versions()[:-OTHER_VERSIONS_KEPT]:
            with contextlib.suppress(OSError):
                old.unlink()
        return other

    def _set_aside(self, label: str) -> Path:
        aside = self.aside_path(label)
        os.replace(self.path, aside)
        files.fsync_folder(self.path.parent)
        return aside

    # -- loading
    def remove_stale_temps(self) -> None:
        """Delete temporary files left by a save that was interrupted (a crash or a kill)."""
        now = time.time()
        for pattern in (f".{self.path.name}.*.tmp", f".{self.backup_path.name}.*.tmp",
                        f".{self.path.stem}.{_OTHER}-*.tmp"):
            for tmp in self.path.parent.glob(pattern):
                with contextlib.suppress(OSError):
                    if now - tmp.stat().st_mtime > _STALE_TEMP_SECONDS:
                        tmp.unlink()

    def read(self, path: Path) -> Workbook:
        """The workbook in ``path`` (a regular file of at most :data:`MAX_WORKBOOK_BYTES`);
        raises :class:`KitError`, a :class:`ValidationError` when the file is damaged."""
        if Path(os.path.realpath(path)) == self.path:
            self._seen = self._signature()
        raw = files.read_regular(
            path, what="the workbook", limit=MAX_WORKBOOK_BYTES,
            limit_hint="A real workbook is a few kB: check that this is the right file (or "
                       "set CDKIT_MAX_WORKBOOK_MB to allow a larger one).")
        return parse_workbook(raw, Path(path).name)

    def open(self) -> Workbook:
        if not self.path.parent.is_dir():
            raise KitError(f"The folder {self.path.parent} does not exist; create it or "
                           "choose another place for the workbook.")
        self.remove_stale_temps()
        if not self.path.exists():
            wb = self._attach(Workbook())
            with contextlib.suppress(SaveError):  # a read-only folder: work stays in memory
                wb.save()
            return wb
        try:
            return self._attach(self.read(self.path))
        except ValidationError as err:  # damaged or invalid: set aside, never overwrite
            return self._recover(err)

    def _recover(self, err: KitError) -> Workbook:
        try:
            with self._locked():
                aside = self._set_aside("damaged")
        except OSError as move_error:
            aside = None
            self._damaged = self._seen  # set aside at the first save that can
            why = (f"because the folder {self.path.parent} is read-only"
                   if move_error.errno in _READ_ONLY else
                   f"({files.plain_reason(move_error)})")
            kept = (f"It could not be set aside {why}, so it was left as it is: your work is "
                    "kept in memory, and saved (the damaged file set aside first) once the "
                    "folder can be written to.")
        else:
            kept = f"It was not deleted: it is now {aside}."
        try:
            wb = self.read(self.backup_path)
            loaded = f"the previous good copy ({self.backup_path.name}) was loaded instead"
        except KitError:
            wb = Workbook()
            loaded = "there was no good earlier copy, so a fresh, empty workbook was started"
        message = (f"Your workbook {self.path.name} could not be read: {err} {kept} Nothing "
                   f"was overwritten; {loaded}.")
        self._attach(wb)
        wb.notices.append(message)
        if aside is not None:
            with contextlib.suppress(SaveError):
                wb.save()
        warnings.warn(WorkbookRecoveredWarning(message), stacklevel=4)
        return wb

    def _attach(self, wb: Workbook) -> Workbook:
        wb._store = self
        return wb


def open_workbook(path: str | os.PathLike[str] | None = None) -> Workbook:
    """Open the learner's workbook at ``path``, creating it if needed.

    With no ``path``: ``$CDKIT_WORKBOOK`` if set, else ``workbook.json`` in the current folder.
    Every later ``wb.save()`` writes the same file crash-safely.
    """
    return WorkbookStore(default_path() if path is None else path).open()


def start_over(path: str | os.PathLike[str] | None = None) -> Workbook:
    """Set the current workbook aside (renamed, never deleted) and start an empty one."""
    store = WorkbookStore(default_path() if path is None else path)
    wb = Workbook()
    store._attach(wb)
    if store.path.exists():
        aside = store.aside_path("old")
        os.replace(store.path, aside)
        wb.notices.append(f"Your earlier workbook is kept as {aside}.")
    wb.save()
    return wb
