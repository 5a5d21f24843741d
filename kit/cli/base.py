"""What every cdkit command shares: the one-line usage error and small helpers."""

from __future__ import annotations

import argparse
from typing import NoReturn

from kit.errors import KitError

__all__ = ["EXIT_BAD_INPUT", "PROG", "Parser", "UsageError"]

PROG = "cdkit"
EXIT_BAD_INPUT = 2


class UsageError(KitError):
    """Bad input on the command line: one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the command's --help."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")
