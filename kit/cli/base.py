"""What every cdkit command shares: the one-line usage error and small helpers."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import NoReturn

from kit.errors import KitError

PROG = "cdkit"
EXIT_BAD_INPUT = 2


class UsageError(KitError):
    """Bad input on the command line: one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the command's --help."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


# Control characters (C0 but tab and newline, DEL, C1): in learner text they could drive the
# terminal (OSC 52 clipboard writes, titles, clearing the screen).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def esc(text: str) -> str:
    """Learner text shown in rich output: never read as markup, never a terminal command
    (control characters are shown as "?")."""
    from rich.markup import escape

    return escape(_CONTROL.sub("?", text))
