"""What the grader checks in a submission folder before and after nbgrader runs it.

Plain file-system work, no nbgrader: links pointing outside the submission (nbgrader copies a
submission with ``shutil.copy``, which follows links, so a link to ``/etc/passwd`` or to another
student's work would be copied and read) and special files (a named pipe, a socket) are
removed before grading; the workbook is read once before grading, so that the independent
re-check judges what was submitted, not what the notebook's code may write while it runs; and
the code cells the student wrote are scanned for tricks worth a human look.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

# The largest workbook the independent re-check reads: one cap for the kit and the grader.
from kit.files import MAX_WORKBOOK_BYTES

__all__ = ["MAX_WORKBOOK_BYTES", "clean", "fingerprint", "neutralise", "read_workbook_bytes",
           "restore_workbook", "suspicious_code"]

#: The largest notebook scanned for tricks (a released notebook is ~15 kB).
_MAX_SCAN_BYTES = 32 * 2**20


def clean(text: object, limit: int = 240) -> str:
    """Student-controlled text made safe for one line of a summary: no control characters
    (terminal escapes, new lines), and at most ``limit`` characters."""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
                   for ch in str(text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def _inside(path: Path, folder: Path) -> bool:
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links
        return False
    return target == folder or folder in target.parents


def neutralise(folder: Path) -> list[str]:
    """Remove every link pointing outside ``folder``, and every special file; say what.

    Walks without following links. A link to a file inside the submission is harmless and kept.
    """
    folder = Path(folder)
    root = folder.resolve()
    reasons: list[str] = []
    for here, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(here) / name
            where = clean(path.relative_to(folder), 120)
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISLNK(info.st_mode):
                if _inside(path, root):
                    continue
                try:
                    target = os.readlink(path)
                except OSError:
                    target = "?"
                path.unlink()
                reasons.append(f"the submission contained a link {where} -> {clean(target, 120)}"
                               " pointing outside it; it was removed, not followed")
            elif not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
                kind = "named pipe" if stat.S_ISFIFO(info.st_mode) else \
                    "socket" if stat.S_ISSOCK(info.st_mode) else "device file"
                path.unlink()
                reasons.append(f"the submission contained a {kind} {where}; it was removed")
        dirs[:] = [d for d in dirs if not (Path(here) / d).is_symlink()]
    return reasons


def fingerprint(folder: Path) -> dict[str, tuple[int, int]]:
    """Name -> (size, modification time) of every entry, links not followed."""
    folder = Path(folder)
    prints: dict[str, tuple[int, int]] = {}
    for here, dirs, files in os.walk(folder, followlinks=False):
        for name in files + dirs:
            path = Path(here) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            prints[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return prints


def digest(folder: Path) -> str:
    """A SHA-256 of what the submission folder holds: every entry's name and kind, each
    regular file's bytes, each link's target (not followed). The same files give the same
    digest wherever the course is and whatever the files' dates (a copied course is not new)."""
    import hashlib

    folder = Path(folder)
    h = hashlib.sha256()
    for here, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files + dirs):
            path = Path(here) / name
            rel = str(path.relative_to(folder)).encode("utf-8", "surrogateescape")
            try:
                info = path.lstat()
                if stat.S_ISREG(info.st_mode):
                    kind, body = b"f", path.read_bytes()
                elif stat.S_ISLNK(info.st_mode):
                    kind, body = b"l", os.fsencode(os.readlink(path))
                else:  # a folder, or a special file (never opened)
                    kind, body = (b"d" if stat.S_ISDIR(info.st_mode) else b"s"), b""
            except OSError:
                kind, body = b"?", b""
            for part in (rel, kind, body):
                h.update(len(part).to_bytes(8, "big"))
                h.update(part)
    return h.hexdigest()


def read_workbook_bytes(path: Path) -> bytes | str | None:
    """The submitted workbook's bytes; None when there is none; a reason (str) when it is
    too large or cannot be read. Never follows a link (they are removed before this)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"it could not be read ({clean(err.strerror or err, 80)})"
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if info.st_size > MAX_WORKBOOK_BYTES:
        return (f"it is {info.st_size / 2**20:.0f} MB, more than the "
                f"{MAX_WORKBOOK_BYTES / 2**20:.0f} MB a workbook may be")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_WORKBOOK_BYTES + 1)
    except OSError as err:
        return f"it could not be read ({clean(err.strerror or err, 80)})"


def restore_workbook(path: Path, raw: bytes | str | None) -> bool:
    """Put the submitted workbook back as it was read before grading, if it changed (or
    remove one that appeared); True when something was put back. A workbook that could not
    be read (``raw`` is a reason) is left as it is."""
    if isinstance(raw, str):
        return False
    now = read_workbook_bytes(path)
    if now == raw:
        return False
    if raw is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return True
    fd, tmp = tempfile.mkstemp(prefix=".workbook.", suffix=".restore", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(raw)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)  # replaces a link itself, never what it points to
    return True


# What a cell the student wrote has no business doing in an assignment graded from a workbook.
_TRICKS = (
    (re.compile(r"\b__builtins__\b|\bimport\s+builtins\b|\bbuiltins\s*\.|__import__"),
     "changes or wraps Python's builtins"),
    (re.compile(r"\bsys\s*\.\s*modules\b"), "replaces imported modules (sys.modules)"),
    (re.compile(r"\b(?:kit\s*\.\s*)?course\s*\.\s*grade\s*=|\bautograde\s*\.\s*\w+\s*="
                r"|^\s*def\s+grade\s*\(|^\s*grade\s*=", re.M),
     "redefines the kit's grading function"),
    (re.compile(r"\bresource\s*\.\s*setrlimit|\bsignal\s*\.\s*signal\s*\("),
     "changes the kernel's limits or signal handlers"),
    (re.compile(r"gradebook|\bsubmitted/|\bautograded/|\.\./\.\./"),
     "reaches into the course's folders or gradebook"),
)


def suspicious_code(notebook: Path, released_ids: set[str]) -> list[str]:
    """What the code cells the student wrote (unlocked or added ones) do that deserves a look.

    A hint for the instructor, never a penalty: the independent re-check of the workbook is
    what keeps a trick from earning points.
    """
    try:
        if notebook.lstat().st_size > _MAX_SCAN_BYTES:
            return []
        cells = json.loads(notebook.read_text("utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return []
    found: dict[str, str] = {}
    seen: set[str] = set()
    for cell in cells if isinstance(cells, list) else []:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        meta = cell.get("metadata")
        meta = meta.get("nbgrader") if isinstance(meta, dict) else None
        meta = meta if isinstance(meta, dict) else {}
        grade_id = meta.get("grade_id")
        if meta.get("locked") and grade_id in released_ids and grade_id not in seen:
            seen.add(grade_id)  # nbgrader runs the released source of a locked cell (of the
            continue            # first one with its id: it strips the metadata of copies)
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        for pattern, what in _TRICKS:
            if what not in found and (m := pattern.search(source)):
                line = source[source.rfind("\n", 0, m.start()) + 1:].split("\n", 1)[0]
                found[what] = f"a cell written by the student {what}: `{clean(line, 80)}`"
    return list(found.values())
