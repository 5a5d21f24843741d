"""An instructor's course directory: where things are, its nbgrader settings, and running the
real nbgrader command line with the kit's environment.

A course directory is a copy of the kit's ``assignments/`` folder (``cdkit course init DIR``):
``nbgrader_config.py``, ``source/``, and then nbgrader's ``release/``, ``submitted/``,
``autograded/``, ``feedback/`` and ``gradebook.db``.

A course folder is the instructor's to copy, move and restore: ``cdkit course init`` writes the
places inside the folder (the SQLite gradebook, an exchange kept in the folder) as computed from
the config file's own folder, so nbgrader itself finds them wherever the folder is. Courses made
before that name them with absolute paths: a path into a folder that no longer exists (the course
was moved) or into another course folder (one with an ``nbgrader_config.py``: this course is its
copy) is read as the same place inside this folder, for the kit and for the nbgrader commands the
kit runs (see :meth:`Course.own_path`).

Student ids and assignment names are checked by :mod:`kit.course.names`.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

from kit._tools import find_tool, tool_env, tools_on_path
from kit.course.names import (
    PATTERN_CHARACTERS,
    REFUSED,
    SQLITE_LOCK_TIMEOUT,
    first_line,
    name_problem,
    shown_name,
    sqlite_file,
    sqlite_url,
    with_sqlite_file,
)
from kit.errors import KitError

# names and URLs live in kit.course.names; kept here for the callers that import them from here
__all__ = ["PATTERN_CHARACTERS", "REFUSED", "SETTINGS_MARK", "SQLITE_LOCK_TIMEOUT", "Course",
           "find_course", "name_problem", "shown_name", "sqlite_url"]

SETTINGS_MARK = "# --- settings chosen by `cdkit course init` ---"
class Course:
    """A course directory and its nbgrader configuration."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).expanduser().resolve()
        if not (self.root / "nbgrader_config.py").is_file():
            raise KitError(f"{self.root} is not a course directory (it has no "
                           "nbgrader_config.py). Create one with: cdkit course init DIR")
        self._config: Any = None  # nbgrader's traitlets Config, read on first use
        self._overrides: list[str] = []  # for nbgrader run as a command: places moved here
        self._origin: Path | None = None  # the folder this course was copied or moved from

    # -- settings
    @property
    def config(self):
        """nbgrader's configuration, as nbgrader reads it from ``nbgrader_config.py`` (with the
        places of a copied or moved course read as the ones inside this folder)."""
        if self._config is None:
            from traitlets.config.loader import PyFileConfigLoader

            try:
                config = PyFileConfigLoader("nbgrader_config.py", path=str(self.root)) \
                    .load_config()
            except Exception as err:  # a syntax error, a name it does not define...
                raise KitError(f"{self.root / 'nbgrader_config.py'} could not be read "
                               f"({type(err).__name__}: {first_line(err)}); fix it and "
                               "run again.") from None
            config.CourseDirectory.root = str(self.root)
            url, shared = config.CourseDirectory.get("db_url"), config.Exchange.get("root")
            database = sqlite_file(str(url)) if url else None
            self._origin = (self._origin_of(database, moved=True) if database else None) or (
                self._origin_of(Path(str(shared)), moved=False) if shared else None)
            if url and (own := self._own_url(str(url))) != str(url):
                config.CourseDirectory.db_url = own
                self._overrides.append(f"--CourseDirectory.db_url={own}")
            if shared and (own := str(self._relocated(Path(str(shared))))) != str(shared):
                config.Exchange.root = own
                self._overrides.append(f"--Exchange.root={own}")
            self._config = config
        return self._config

    def _origin_of(self, path: Path, *, moved: bool) -> Path | None:
        """The folder this course was copied from (another course folder holding ``path``),
        or, with ``moved``, moved from (a folder that is gone, when this folder has ``path``'s
        place in it); ``path`` is a place the config names with an absolute path."""
        if not path.is_absolute() or Path(os.path.realpath(path)).is_relative_to(self.root):
            return None
        gone = []
        for folder in path.parents:
            if not folder.exists():
                gone.append(folder)
            elif (folder / "nbgrader_config.py").is_file():
                return folder
            else:
                break
        return next((g for g in gone if (self.root / path.relative_to(g)).exists()), None) \
            if moved else None

    def own_path(self, path: str | os.PathLike[str]) -> Path:
        """``path``, or the same place in this folder when ``path`` is in the folder this
        course was copied or moved from: the SQLite gradebook the config names is in another
        course folder, or in a folder that is gone while this folder has its own (judged from
        the exchange when the gradebook is not SQLite, for a copy only)."""
        self.config  # noqa: B018  (finds the folder it came from)
        return self._relocated(Path(path))

    def _relocated(self, path: Path) -> Path:
        origin = self._origin
        if origin is not None and path.is_absolute() and path.is_relative_to(origin):
            return self.root / path.relative_to(origin)
        return path

    def _own_url(self, url: str) -> str:
        if (path := sqlite_file(url)) is None:
            return url
        path = self._relocated(path) if path.is_absolute() else self.root / path
        return with_sqlite_file(url, path)

    @property
    def course_id(self) -> str:
        return str(self.config.CourseDirectory.get("course_id", "")) or "course"

    @property
    def db_url(self) -> str:
        url = self.config.CourseDirectory.get("db_url")
        return str(url) if url else sqlite_url(self.root / "gradebook.db")

    @property
    def gradebook_file(self) -> Path | None:
        """The SQLite file of the gradebook (None for another database)."""
        return sqlite_file(self.db_url)

    @property
    def exchange(self) -> Path:
        return Path(str(self.config.Exchange.get("root", "/srv/nbgrader/exchange")))

    def _setting(self, name: str) -> str:
        return f"c.{name} in {self.root / 'nbgrader_config.py'}"

    def check_gradebook(self) -> None:
        """Raise :class:`KitError` (naming the setting to fix) when the gradebook cannot be
        opened. A SQLite file that does not exist yet is fine when its folder can hold it."""
        url, problem = self.db_url, ""
        if (path := sqlite_file(url)) is not None:
            if path.is_file():
                import sqlite3

                try:
                    with sqlite3.connect(path) as db:
                        db.execute("SELECT count(*) FROM sqlite_master").fetchall()
                    db.close()
                except sqlite3.Error as err:
                    problem = f"{path}: {err}"
            elif path.exists():
                problem = f"{path} is not a file"
            elif not path.parent.is_dir():
                problem = f"the folder {path.parent} does not exist"
            elif not os.access(path.parent, os.W_OK | os.X_OK):
                problem = f"the folder {path.parent} is not writable"
        elif not url.startswith("sqlite"):
            import sqlalchemy as sa

            engine = None
            try:
                engine = sa.create_engine(url)
                with engine.connect():
                    pass
            except Exception as err:  # no driver, no server, wrong password...
                problem = first_line(getattr(err, "orig", None) or err)
            finally:
                if engine is not None:
                    engine.dispose()
        if problem:
            shown = url.split("?")[0] if path else url.split("@")[-1]
            raise KitError(f"The gradebook {shown} cannot be opened ({problem}). Fix "
                           f"{self._setting('CourseDirectory.db_url')} (or $CDKIT_DB_URL).")

    def check_exchange(self, *, create: bool = False) -> None:
        """Raise :class:`KitError` (naming the setting to fix) when the exchange folder cannot
        be used; with ``create`` a folder nbgrader can still make is fine."""
        root = self.exchange
        problem = ""
        if root.exists() and not root.is_dir():
            problem = f"{root} is not a folder"
        elif root.is_dir():
            if not os.access(root, os.R_OK | os.W_OK | os.X_OK):
                problem = f"{root} cannot be read and written"
        elif not create:
            problem = f"{root} does not exist"
        else:
            parent = next((p for p in root.parents if p.exists()), Path("/"))
            if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
                problem = f"{root} does not exist and cannot be made in {parent}"
        if problem:
            raise KitError(f"The exchange folder cannot be opened: {problem}. Fix "
                           f"{self._setting('Exchange.root')} (or $CDKIT_EXCHANGE).")

    def assignments(self) -> list[str]:
        """The assignments in ``source/`` (folders whose names the kit can use)."""
        source = self.root / "source"
        return sorted(p.name for p in source.iterdir() if p.is_dir() and
                      name_problem(p.name, "assignment name") is None) if source.is_dir() else []

    def check_assignment(self, assignment: str, *, notebook: bool = True) -> str:
        """``assignment`` when it is one of this course's; with ``notebook``, one whose source
        folder holds a notebook. Otherwise a :class:`KitError` saying what is wrong."""
        if problem := name_problem(assignment, "assignment name"):
            raise KitError(f"{shown_name(assignment)} cannot be an assignment: {problem}.")
        names = self.assignments()
        if assignment not in names:
            raise KitError(f"There is no assignment {assignment!r} in {self.root / 'source'}. "
                           f"The assignments are: {', '.join(names) or 'none'}.")
        folder = self.root / "source" / assignment
        if notebook and not any(p.is_file() for p in folder.glob("*.ipynb")):
            raise KitError(f"The assignment {assignment} has no notebook: {folder} holds no "
                           ".ipynb file. Put the assignment's notebook there and run again.")
        return assignment

    def _folders(self, where: str, assignment: str | None) -> list[str]:
        folder = self.root / where
        try:
            with os.scandir(folder) as entries:
                return [e.name for e in entries if e.is_dir(follow_symlinks=False) and (
                    assignment is None or (folder / e.name / assignment).is_dir())]
        except OSError:
            return []

    def submitted(self, assignment: str) -> list[str]:
        """Students with a collected submission of ``assignment`` (never a refused name: see
        :meth:`refused`)."""
        return sorted(s for s in self._folders("submitted", assignment)
                      if name_problem(s) is None)

    def refused(self, assignment: str | None = None, names: list[str] | None = None,
                where: str = "submitted") -> dict[str, str]:
        """Names the kit will not grade, as :func:`shown_name` shows them, with the reason:
        of ``names`` when given, else of the folders in ``where`` (``submitted``,
        ``autograded``, ``feedback``) holding ``assignment`` (any, when ``None``)."""
        found = self._folders(where, assignment) if names is None else names
        return {shown_name(n): p for n in sorted(found) if (p := name_problem(n))}

    def inbound(self) -> list[tuple[str, str, str]]:
        """The submissions waiting in the exchange: (student id, assignment, folder name), read
        from ``<student>+<assignment>+<timestamp>+<random>`` folder names as nbgrader does."""
        folder = self.exchange / self.course_id / "inbound"
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            return []
        found = []
        for name in names:
            parts = name.rsplit("+", 3)
            if len(parts) == 4 and (folder / name).is_dir():
                found.append((parts[0], parts[1], name))
        return found

    def refused_inbound(self, assignment: str | None = None) -> dict[str, str]:
        """The submissions in the exchange that collect refuses (of ``assignment``, or all),
        by student id as :func:`shown_name` shows it, with the reason."""
        return {shown_name(s): p for s, a, _ in self.inbound()
                if (assignment is None or a == assignment) and (p := name_problem(s))}

    def collect(self, assignment: str) -> tuple[list[str], dict[str, str]]:
        """Collect the newest submission of ``assignment`` of each student from the exchange
        into ``submitted/`` (as ``nbgrader collect --update``), never one whose student id is
        refused. Returns the students with a collected submission, and the refused names with
        the reason."""
        from kit.course.collect import collect

        return collect(self, assignment)

    # -- running nbgrader
    def env(self) -> dict[str, str]:
        """The environment for nbgrader's subprocesses: the kit's venv bin first on PATH."""
        env = tool_env()
        env.pop("CDKIT_WORKBOOK", None)
        return env

    def nbgrader(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run the real ``nbgrader`` command line in the course directory."""
        self.config  # noqa: B018  (reads the places the command must be told about)
        command = [find_tool("nbgrader") or "nbgrader", *args, *self._overrides]
        result = subprocess.run(command, cwd=self.root, env=self.env(), capture_output=True,
                                text=True)
        if check and result.returncode != 0:
            raise KitError(f"nbgrader {' '.join(args)} failed: "
                           f"{self.plain_failure(result.stderr + result.stdout)}")
        return result

    def plain_failure(self, output: str) -> str:
        """Why nbgrader failed, from its output (log and error), in plain words if known."""
        lines = [ln for ln in output.splitlines()
                 if "ERROR" in ln or "rror" in ln] or output.strip().splitlines()[-1:]
        return self._plain(output, lines[-1] if lines else "?")

    def _plain(self, output: str, line: str) -> str:
        """nbgrader's reason for failing, in plain words when we know it."""
        if match := re.search(r"No notebooks were matched by '([^']*)'", output):
            pattern = match[1].replace(f"{self.root}{os.sep}", "").replace(f"{os.sep}.{os.sep}",
                                                                           os.sep)
            return f"no notebook was found at {pattern} (in {self.root})."
        if "unable to open database file" in output:
            return (f"the gradebook {self.db_url.split('?')[0]} cannot be opened. Fix "
                    f"{self._setting('CourseDirectory.db_url')} (or $CDKIT_DB_URL).")
        return line

    def api(self, *, force_release: bool = False, release_directory: str | None = None):
        """nbgrader's Python API for this course (in this process). ``force_release``:
        release an assignment again over the copy already in the exchange;
        ``release_directory``: generate assignments there instead of in ``release/``."""
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory

        self.ensure_gradebook()
        config = self.config
        if force_release or release_directory:  # a copy: the course's config stays as it is
            import copy

            config = copy.deepcopy(config)
            if force_release:
                config.ExchangeReleaseAssignment.force = True
            if release_directory:
                config.CourseDirectory.release_directory = release_directory
        coursedir = CourseDirectory(config=config, root=str(self.root))
        coursedir.db_url = self.db_url
        return NbGraderAPI(coursedir=coursedir, config=config)

    def gradebook(self):
        """nbgrader's gradebook of this course, made when it does not exist yet."""
        from nbgrader.api import Gradebook

        self.check_gradebook()
        with tools_on_path():  # nbgrader makes a new gradebook with the alembic command
            return Gradebook(self.db_url, self.course_id)

    def ensure_gradebook(self) -> None:
        """Make the gradebook now when it does not exist yet, so the nbgrader code run after
        this (its API, the exchange's collect) only opens it and never runs a command."""
        self.gradebook().close()


def find_course(given: str | os.PathLike[str] | None = None) -> Course:
    """The course in ``given``, else the current folder."""
    return Course(given or Path.cwd())
