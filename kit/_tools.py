"""Running the tools installed next to the kit (jupyter, voila, nbgrader) as subprocesses.

The kit's virtual environment may not be on the user's PATH (``.venv/bin/cdkit ...``), so
its ``bin`` folder is looked in first and put first on PATH for the tools we start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

BIN = Path(sys.executable).parent


def tool_env() -> dict[str, str]:
    """This environment with the kit's ``bin`` folder first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    return env


def find_tool(name: str) -> str | None:
    """The command ``name`` from the kit's ``bin`` folder, else from PATH; None if neither."""
    return shutil.which(name, path=tool_env()["PATH"])


def run_in_foreground(command: Sequence[str], cwd: Path) -> int:
    """Run a server until it stops or the user presses Ctrl+C; its exit status (0 on Ctrl+C)."""
    try:
        return subprocess.call(list(command), cwd=cwd, env=tool_env())
    except KeyboardInterrupt:
        return 0
