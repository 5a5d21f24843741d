"""An instructor's course directory: where things are, its nbgrader settings, and running the
real nbgrader command line with the kit's environment.

A course directory is a copy of the kit's ``assignments/`` folder (``cdkit course init DIR``):
``nbgrader_config.py``, ``source/``, and then nbgrader's ``release/``, ``submitted/``,
``autograded/``, ``feedback/`` and ``gradebook.db``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kit._tools import find_tool, tool_env
from kit.errors import KitError

__all__ = ["SETTINGS_MARK", "Course", "find_course", "init_course", "sqlite_url"]

SETTINGS_MARK = "# --- settings chosen by `cdkit course init` ---"
COURSE_SOURCE = Path(__file__).resolve().parent.parent.parent / "assignments"
#: How long a grading process waits for another one's write to the SQLite gradebook.
SQLITE_LOCK_TIMEOUT = 300


def sqlite_url(path: Path) -> str:
    """A SQLite URL whose connections wait for each other's writes instead of failing."""
    return f"sqlite:///{path}?timeout={SQLITE_LOCK_TIMEOUT}"


class Course:
    """A course directory and its nbgrader configuration."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).expanduser().resolve()
        if not (self.root / "nbgrader_config.py").is_file():
            raise KitError(f"{self.root} is not a course directory (it has no "
                           "nbgrader_config.py). Create one with: cdkit course init DIR")
        self._config = None

    # -- settings
    @property
    def config(self):
        """nbgrader's configuration, as nbgrader reads it from ``nbgrader_config.py``."""
        if self._config is None:
            from traitlets.config.loader import PyFileConfigLoader

            self._config = PyFileConfigLoader("nbgrader_config.py", path=str(self.root)) \
                .load_config()
            self._config.CourseDirectory.root = str(self.root)
        return self._config

    @property
    def course_id(self) -> str:
        return str(self.config.CourseDirectory.get("course_id", "")) or "course"

    @property
    def db_url(self) -> str:
        url = self.config.CourseDirectory.get("db_url")
        return str(url) if url else sqlite_url(self.root / "gradebook.db")

    @property
    def exchange(self) -> Path:
        return Path(str(self.config.Exchange.get("root", "/srv/nbgrader/exchange")))

    def assignments(self) -> list[str]:
        source = self.root / "source"
        return sorted(p.name for p in source.iterdir() if p.is_dir()) if source.is_dir() else []

    def check_assignment(self, assignment: str) -> str:
        names = self.assignments()
        if assignment not in names:
            raise KitError(f"There is no assignment {assignment!r} in {self.root / 'source'}. "
                           f"The assignments are: {', '.join(names) or 'none'}.")
        return assignment

    def submitted(self, assignment: str) -> list[str]:
        """Students with a collected submission of ``assignment``."""
        folder = self.root / "submitted"
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir())

    # -- running nbgrader
    def env(self) -> dict[str, str]:
        """The environment for nbgrader's subprocesses: the kit's venv bin first on PATH."""
        env = tool_env()
        env.pop("CDKIT_WORKBOOK", None)
        return env

    def nbgrader(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run the real ``nbgrader`` command line in the course directory."""
        command = [find_tool("nbgrader") or "nbgrader", *args]
        result = subprocess.run(command, cwd=self.root, env=self.env(), capture_output=True,
                                text=True)
        if check and result.returncode != 0:
            lines = [ln for ln in (result.stderr + result.stdout).splitlines()
                     if "ERROR" in ln or "rror" in ln] or (result.stderr or result.stdout) \
                .strip().splitlines()[-1:]
            raise KitError(f"nbgrader {' '.join(args)} failed: {lines[-1] if lines else '?'}")
        return result

    def api(self):
        """nbgrader's Python API for this course (in this process)."""
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory

        os.environ["PATH"] = self.env()["PATH"]  # nbgrader calls alembic from PATH
        coursedir = CourseDirectory(config=self.config, root=str(self.root))
        coursedir.db_url = self.db_url
        return NbGraderAPI(coursedir=coursedir, config=self.config)

    def gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(self.db_url, self.course_id)


def find_course(given: str | os.PathLike[str] | None = None) -> Course:
    """The course in ``given``, else the current folder."""
    return Course(given or Path.cwd())


def init_course(dest: str | os.PathLike[str], *, db_url: str | None = None,
                exchange: str | None = None, course_id: str | None = None) -> Course:
    """Create a ready nbgrader course in ``dest`` from the kit's ``assignments/``."""
    dest = Path(dest).expanduser().resolve()
    if dest.exists() and any(dest.iterdir()):
        raise KitError(f"{dest} already exists and is not empty; choose a new folder.")
    if not COURSE_SOURCE.is_dir():
        raise KitError(f"The course source was not found at {COURSE_SOURCE}.")
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(COURSE_SOURCE / "nbgrader_config.py", dest)
    shutil.copy(COURSE_SOURCE / "INSTRUCTOR-NOTES.md", dest)
    shutil.copytree(COURSE_SOURCE / "source", dest / "source",
                    ignore=shutil.ignore_patterns("workbook*", ".ipynb_checkpoints"))
    lines = [f"\n{SETTINGS_MARK}\n"]
    if course_id:
        lines.append(f"c.CourseDirectory.course_id = {course_id!r}\n")
    if exchange:
        Path(exchange).mkdir(parents=True, exist_ok=True)
        lines.append(f"c.Exchange.root = {str(Path(exchange).resolve())!r}\n")
    lines.append(f"c.CourseDirectory.db_url = {db_url or sqlite_url(dest / 'gradebook.db')!r}\n")
    with (dest / "nbgrader_config.py").open("a", encoding="utf-8") as handle:
        handle.writelines(lines)
    course = Course(dest)
    course.nbgrader("generate_assignment", "*", "--force")  # creates the gradebook too
    return course
