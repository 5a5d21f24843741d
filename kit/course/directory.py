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

Student ids and assignment names become folder names and nbgrader's file patterns: one that is a
pattern (``*``), a path (``../x``), hidden (``.x``) or holds control characters is refused
everywhere the kit takes a name (:func:`name_problem`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from kit._tools import find_tool, tool_env
from kit.errors import KitError

__all__ = ["PATTERN_CHARACTERS", "REFUSED", "SETTINGS_MARK", "Course", "check_new_folder",
           "find_course", "init_course", "name_problem", "shown_name", "sqlite_url"]

SETTINGS_MARK = "# --- settings chosen by `cdkit course init` ---"
COURSE_SOURCE = Path(__file__).resolve().parent.parent.parent / "assignments"
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


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (``None`` for another database, or one in memory)."""
    match = _SQLITE.fullmatch(url)
    if not match or match[2] in ("", ":memory:") or match[2].startswith("file:"):
        return None
    return Path(match[2])


def _first_line(text: str) -> str:
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    return lines[0] if lines else ""


class Course:
    """A course directory and its nbgrader configuration."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).expanduser().resolve()
        if not (self.root / "nbgrader_config.py").is_file():
            raise KitError(f"{self.root} is not a course directory (it has no "
                           "nbgrader_config.py). Create one with: cdkit course init DIR")
        self._config = None
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
                               f"({type(err).__name__}: {_first_line(err)}); fix it and "
                               "run again.") from None
            config.CourseDirectory.root = str(self.root)
            url, shared = config.CourseDirectory.get("db_url"), config.Exchange.get("root")
            database = _sqlite_file(str(url)) if url else None
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
        if (path := _sqlite_file(url)) is None:
            return url
        match = _SQLITE.fullmatch(url)
        path = self._relocated(path) if path.is_absolute() else self.root / path
        return f"{match[1]}{path}{match[3] or ''}"

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
        return _sqlite_file(self.db_url)

    @property
    def exchange(self) -> Path:
        return Path(str(self.config.Exchange.get("root", "/srv/nbgrader/exchange")))

    def _setting(self, name: str) -> str:
        return f"c.{name} in {self.root / 'nbgrader_config.py'}"

    def check_gradebook(self) -> None:
        """Raise :class:`KitError` (naming the setting to fix) when the gradebook cannot be
        opened. A SQLite file that does not exist yet is fine when its folder can hold it."""
        url, problem = self.db_url, ""
        if (path := _sqlite_file(url)) is not None:
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
                problem = _first_line(getattr(err, "orig", None) or err)
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
        from nbgrader.auth import Authenticator
        from nbgrader.coursedir import CourseDirectory
        from nbgrader.exchange import ExchangeError
        from nbgrader.exchange.default import ExchangeCollect

        self.check_assignment(assignment, notebook=False)
        self.check_exchange()
        self.check_gradebook()
        inbound = self.exchange / self.course_id / "inbound"
        if not inbound.is_dir():
            raise KitError(f"Nothing to collect: the exchange has no {inbound} folder yet (it "
                           f"is made when an assignment is released: cdkit release "
                           f"{assignment}).")

        class SafeCollect(ExchangeCollect):
            def init_src(self):
                super().init_src()
                self.src_records = [r for r in self.src_records
                                    if name_problem(r["username"]) is None]

        quiet = logging.getLogger("kit.course.collect")
        quiet.addHandler(logging.NullHandler())
        quiet.propagate = False
        os.environ["PATH"] = self.env()["PATH"]
        coursedir = CourseDirectory(config=self.config, root=str(self.root))
        coursedir.db_url = self.db_url
        coursedir.assignment_id = assignment
        app = SafeCollect(coursedir=coursedir, config=self.config, log=quiet,
                          authenticator=Authenticator(config=self.config))
        app.root = str(self.exchange)
        app.update = True
        try:
            app.start()
        except ExchangeError as err:
            raise KitError(f"Collecting {assignment} failed: {_first_line(err)}") from None
        except OSError as err:
            raise KitError(f"Collecting {assignment} failed: {err}") from None
        return self.submitted(assignment), self.refused_inbound(assignment)

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
            output = result.stderr + result.stdout
            lines = [ln for ln in output.splitlines()
                     if "ERROR" in ln or "rror" in ln] or output.strip().splitlines()[-1:]
            raise KitError(f"nbgrader {' '.join(args)} failed: "
                           f"{self._plain(output, lines[-1] if lines else '?')}")
        return result

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

        self.check_gradebook()
        return Gradebook(self.db_url, self.course_id)


def find_course(given: str | os.PathLike[str] | None = None) -> Course:
    """The course in ``given``, else the current folder."""
    return Course(given or Path.cwd())


def check_new_folder(dest: str | os.PathLike[str]) -> Path:
    """``dest`` as an absolute path, when it is a new or empty folder that can be made
    (missing parent folders are made too); else a :class:`KitError` saying why not."""
    dest = Path(dest).expanduser().absolute()
    if dest.exists() and not dest.is_dir():
        raise KitError(f"{dest} is a file, not a folder; choose a new folder.")
    if dest.is_dir():
        if any(dest.iterdir()):
            raise KitError(f"{dest} already exists and is not empty; choose a new folder.")
        return dest.resolve()
    parent = next(p for p in dest.parents if p.exists())
    if not parent.is_dir():
        raise KitError(f"{dest} cannot be made: {parent} is a file, not a folder; choose "
                       "another place.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise KitError(f"{dest} cannot be made: {parent} is not writable; choose another "
                       "place.")
    return dest.resolve()


def _place(path: Path, dest: Path) -> str:
    """Python for ``path`` in the settings: from the config's folder when it is inside."""
    if path.is_relative_to(dest):
        parts = ", ".join(repr(p) for p in path.relative_to(dest).parts)
        return f"os.path.join(HERE, {parts})" if parts else "HERE"
    return repr(str(path))


def init_course(dest: str | os.PathLike[str], *, db_url: str | None = None,
                exchange: str | None = None, course_id: str | None = None) -> Course:
    """Create a ready nbgrader course in ``dest`` from the kit's ``assignments/``."""
    dest = check_new_folder(dest)
    if not COURSE_SOURCE.is_dir():
        raise KitError(f"The course source was not found at {COURSE_SOURCE}.")
    lines = [f"\n{SETTINGS_MARK}\n",
             "# Places inside this folder are given from the folder itself, so the course can "
             "be\n# copied, moved or restored from a backup.\n",
             "import os\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n"]
    if course_id:
        lines.append(f"c.CourseDirectory.course_id = {course_id!r}\n")
    shared = Path(exchange).expanduser().absolute() if exchange else None
    if shared is not None and shared.exists() and not shared.is_dir():
        raise KitError(f"The exchange {shared} is a file, not a folder; choose a folder.")
    try:
        dest.mkdir(parents=True, exist_ok=True)
        if shared is not None:
            shared.mkdir(parents=True, exist_ok=True)
            lines.append(f"c.Exchange.root = {_place(shared.resolve(), dest)}\n")
    except OSError as err:
        raise KitError(f"{err.filename or dest} could not be made: "
                       f"{err.strerror or err}.") from None
    if db_url:
        lines.append(f"c.CourseDirectory.db_url = {db_url!r}\n")
    else:
        place = _place(dest / "gradebook.db", dest)
        lines.append(f'c.CourseDirectory.db_url = "sqlite:///" + {place} + '
                     f'"?timeout={SQLITE_LOCK_TIMEOUT}"\n')
    shutil.copy(COURSE_SOURCE / "nbgrader_config.py", dest)
    shutil.copy(COURSE_SOURCE / "INSTRUCTOR-NOTES.md", dest)
    shutil.copytree(COURSE_SOURCE / "source", dest / "source",
                    ignore=shutil.ignore_patterns("workbook*", ".ipynb_checkpoints"))
    with (dest / "nbgrader_config.py").open("a", encoding="utf-8") as handle:
        handle.writelines(lines)
    course = Course(dest)
    course.nbgrader("generate_assignment", "*", "--force")  # creates the gradebook too
    return course
