"""The kit's own errors and warnings, written for learners.

Every error the kit raises on purpose is a :class:`KitError`, so a notebook, a widget or the
command line can catch one type and show its message as it is. Messages say what was wrong,
where, and what would be right.
"""

from __future__ import annotations

__all__ = [
    "KitError",
    "KitWarning",
    "NewerFormatError",
    "SaveError",
    "ValidationError",
    "WorkbookRecoveredWarning",
    "WriteError",
    "choices_text",
]


class KitError(Exception):
    """An error the kit explains in plain words (bad input, a file it cannot use...)."""


class ValidationError(KitError, ValueError):
    """A value that does not fit the model.

    ``field`` names where the problem is (``"segments[0].kind"``), ``problem`` says what was
    wrong, and ``choices`` lists the valid values when there is a fixed set of them.
    """

    def __init__(self, field: str, problem: str, choices: tuple[str, ...] | None = None):
        self.field = field
        self.problem = problem
        self.choices = choices
        message = f"{field}: {problem}" if field else problem
        if choices:
            message += f" Choose one of: {choices_text(choices)}."
        super().__init__(message)


class WriteError(KitError, OSError):
    """A file could not be written (a full disk, a read-only folder...); the file it was to
    replace is as it was. ``reason`` is the plain-words cause, ``path`` the file."""

    def __init__(self, message: str, *, path: object = None, reason: str = "",
                 errno: int | None = None):
        super().__init__(message)
        self.path = path
        self.reason = reason or message
        self.errno = errno

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class NewerFormatError(KitError):
    """The workbook file was written by a newer version of the kit; it is left untouched."""


class SaveError(KitError, OSError):
    """The workbook could not be written; the work is still in memory."""


class KitWarning(UserWarning):
    """Something the learner should know about, that did not stop the work."""


class WorkbookRecoveredWarning(KitWarning):
    """A damaged workbook file was set aside and an earlier copy (or a fresh one) was loaded."""


def choices_text(choices: tuple[str, ...] | list[str]) -> str:
    """``('a', 'b', 'c')`` -> ``"a, b, c"`` (quoted when a choice holds a space)."""
    return ", ".join(f"'{c}'" if " " in c else c for c in choices)
