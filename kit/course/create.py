"""A new course: ``cdkit course init`` (and the demo) make a ready nbgrader course folder from
the kit's ``assignments/``, with settings that name its places from its own folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kit.course.directory import SETTINGS_MARK, Course
from kit.course.names import SQLITE_LOCK_TIMEOUT
from kit.errors import KitError

__all__ = ["check_new_folder", "init_course"]


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
    from kit.resources import assignments_dir

    source = assignments_dir()  # the repository's assignments/, or the kit's packaged copy
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
    shutil.copy(source / "nbgrader_config.py", dest)
    shutil.copy(source / "INSTRUCTOR-NOTES.md", dest)
    shutil.copytree(source / "source", dest / "source",
                    ignore=shutil.ignore_patterns("workbook*", ".ipynb_checkpoints"))
    with (dest / "nbgrader_config.py").open("a", encoding="utf-8") as handle:
        handle.writelines(lines)
    course = Course(dest)
    course.nbgrader("generate_assignment", "*", "--force")  # creates the gradebook too
    return course
