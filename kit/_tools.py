"""Running the tools installed next to the kit (jupyter, voila, nbgrader) as subprocesses.

The kit's virtual environment may not be on the user's PATH (``.venv/bin/cdkit ...``), so
its ``bin`` folder is looked in first and put first on PATH for the tools we start.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

BIN = Path(sys.executable).parent


def tool_env() -> dict[str, str]:
    """This environment with the kit's ``bin`` folder first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    return env


_PATH_LOCK = threading.Lock()


@contextlib.contextmanager
def tools_on_path() -> Iterator[None]:
    """Within the block, this process's PATH starts with the kit's ``bin`` folder; after it,
    PATH is as it was.

    For library code that runs a tool by name from ``os.environ`` and takes no environment:
    nbgrader's ``Gradebook`` runs ``alembic`` that way when it creates a gradebook
    (``nbgrader.api.get_alembic_version``). Nothing else in the kit changes its environment.
    """
    with _PATH_LOCK:
        before = os.environ.get("PATH")
        os.environ["PATH"] = tool_env()["PATH"]
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("PATH", None)
            else:
                os.environ["PATH"] = before


def find_tool(name: str) -> str | None:
    """The command ``name`` from the kit's ``bin`` folder, else from PATH; None if neither."""
    return shutil.which(name, path=tool_env()["PATH"])


def run_in_foreground(command: Sequence[str], cwd: Path) -> int:
    """Run a server until it stops or the user presses Ctrl+C; its exit status (0 on Ctrl+C)."""
    try:
        return subprocess.call(list(command), cwd=cwd, env=tool_env())
    except KeyboardInterrupt:
        return 0


def skip_slow_iri_format() -> None:
    """In the kit's own processes (the command line, grading workers), before nbformat or
    nbgrader is imported: jsonschema, which nbformat uses, imports ``rfc3987_syntax`` if it is
    installed, and that builds some 35 Lark grammars as it is imported (about 1 CPU-second,
    half of ``import nbgrader``; python-jsonschema/jsonschema#1428), only to check the "iri"
    format, which no Jupyter or nbgrader schema uses. Marked as absent here, it is not
    imported; jsonschema then leaves that one format unchecked. Does nothing once jsonschema
    is loaded."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

