"""Names the kit takes from instructors and students, and the gradebook's SQLite URL.

Student ids and assignment names become folder names and nbgrader's file patterns: one that is a
pattern (``*``), a path (``../x``), hidden (``.x``) or holds control characters is refused
everywhere the kit takes a name (:func:`name_problem`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

__all__ = ["PATTERN_CHARACTERS", "REFUSED", "SQLITE_LOCK_TIMEOUT", "first_line", "name_problem",
           "shown_name", "sqlite_file", "sqlite_url", "with_sqlite_file"]

#: How long a grading process waits for another one's write to the SQLite gradebook.
SQLITE_LOCK_TIMEOUT = 300
#: Characters nbgrader's (and the shell's) file patterns read as wildcards.
PATTERN_CHARACTERS = "*?[]{}!"
#: How the reason of a name the grader refused begins (in the grading summary and the report).
REFUSED = "refused, not graded: "
_CONTROL_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
_SQLITE = re.compile(r"(sqlite(?:\+\w+)?:///)([^?]*)(\?.*)?", re.S)


def sqlite_url(path: Path) -> str:
    """A SQLite URL whose connections wait for each other's writes instead of failing."""
    return f"sqlite:///{path}?timeout={SQLITE_LOCK_TIMEOUT}"


def name_problem(name: object, what: str = "student id") -> str | None:
    """Why ``name`` cannot be used as a ``what`` (a student id, an assignment name), in plain
    words; ``None`` when it can.

    Refused: an empty name; a control or invisible formatting character; a space at either
    end; a path separator (``/``, ``\\``); ``.``, ``..`` or any leading dot (a hidden folder);
    a pattern character (``* ? [ ] { } !``): nbgrader finds submissions with file patterns,
    so grading a student called ``*`` would grade every student again.
    """
    if not isinstance(name, str) or not name:
        return f"the {what} is empty"
    for ch in name:
        if unicodedata.category(ch) in _CONTROL_CATEGORIES:
            return f"the {what} holds a control character ({ch!r})"
    if name != name.strip():
        return f"the {what} starts or ends with a space"
    for sep in ("/", "\\"):
        if sep in name:
            return f"the {what} holds {sep!r}, a path separator: it would name another folder"
    if name in (".", ".."):
        return f"the {what} {name!r} names a folder itself or the one above it"
    if name.startswith("."):
        return f"the {what} starts with a dot, which makes a hidden folder"
    for ch in PATTERN_CHARACTERS:
        if ch in name:
            return (f"the {what} holds {ch!r}, which nbgrader reads as a pattern matching "
                    "other names")
    return None


def shown_name(name: str) -> str:
    """``name`` safe to print: as it is, or quoted with escapes when it holds control
    characters or spaces at either end."""
    return name if name and name.isprintable() and name == name.strip() else repr(name)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (``None`` for another database, or one in memory)."""
    match = _SQLITE.fullmatch(url)
    if not match or match[2] in ("", ":memory:") or match[2].startswith("file:"):
        return None
    return Path(match[2])


def first_line(text: object) -> str:
    """The first line of ``text`` (an error, say) that is not blank."""
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    return lines[0] if lines else ""


def with_sqlite_file(url: str, path: Path) -> str:
    """The SQLite URL ``url`` with its file replaced by ``path`` (its options kept)."""
    match = _SQLITE.fullmatch(url)
    if match is None:
        raise ValueError(f"not a SQLite URL: {url}")
    return f"{match[1]}{path}{match[3] or ''}"
