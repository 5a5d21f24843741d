"""The learner's workbook file: one UTF-8 JSON file, saved crash-safely after every edit.

* ``open_workbook(path)`` opens the file, or creates it when it does not exist yet.
* ``wb.save()`` writes a temporary file in the same folder, flushes and fsyncs it, keeps the
  previous good copy as ``<name>.bak`` and moves the new file into place with ``os.replace``:
  whatever moment the machine stops, the file is either the old or the new version, never half.
* A file that does not parse or does not fit the model is never overwritten or emptied: it is
  moved aside as ``<stem>.damaged-<timestamp>.json``, the backup is loaded (or a fresh workbook
  when there is no good backup), and a :class:`~kit.errors.WorkbookRecoveredWarning` tells the
  learner in plain words what happened and where the old file is. In a folder that cannot be
  changed (read-only), the damaged file is left as it is, the work is kept in memory and the
  learner told; the first save that can sets the damaged file aside before writing.
* A workbook is only ever a regular file (see :mod:`kit.files`): a folder, a device or a named
  pipe in its place is refused in plain words and never renamed or replaced, and a file larger
  than :data:`MAX_WORKBOOK_BYTES` is refused, not set aside.
* A workbook path that is a symbolic link is followed: the file it points to is read and saved
  (the link stays a link), and the backup, damaged and other-version copies are kept beside
  that file, not beside the link.
* When another notebook saved the file since this one read it, the other version is copied
  (whole, or not at all) to ``<stem>.other-version-<timestamp>.json`` before this one is
  saved; only the newest :data:`OTHER_VERSIONS_KEPT` such copies are kept.
* ``schema_version`` names the file format; :data:`MIGRATIONS` upgrades older files step by step.
"""

from __future__ import annotations

from kit.errors import NewerFormatError
from kit.files import MAX_WORKBOOK_BYTES
from kit.workbook.formats import MIGRATIONS, parse_workbook
from kit.workbook.store import (
    DEFAULT_NAME,
    ENV_VAR,
    OTHER_VERSIONS_KEPT,
    READABLE_MAX_BYTES,
    WorkbookStore,
    default_path,
    open_workbook,
    start_over,
)

__all__ = [
    "DEFAULT_NAME",
    "ENV_VAR",
    "MAX_WORKBOOK_BYTES",
    "MIGRATIONS",
    "OTHER_VERSIONS_KEPT",
    "READABLE_MAX_BYTES",
    "NewerFormatError",
    "WorkbookStore",
    "default_path",
    "open_workbook",
    "parse_workbook",
    "start_over",
]
