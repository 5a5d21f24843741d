"""Where the kit's course material is: the lessons, the assignments and the datasets.

In a clone of the repository they are its own top-level folders (``lessons/``,
``assignments/``, ``datasets/``); in an installed wheel they are the copies packaged inside
the kit (``kit/content/...``, put there by ``setup.py`` when the wheel is built), found with
:mod:`importlib.resources`. Every other module asks here, never builds such a path itself.

    >>> lessons_dir()                  # doctest: +SKIP
    PosixPath('/home/me/customer-discovery-kit/lessons')

The packaged lessons are read-only material: a learner works in a copy of their own
(:func:`copy_lessons`, ``cdkit lessons DIR``), so no workbook is ever written into the
installed package.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

from kit.errors import KitError

__all__ = ["CONTENT", "DEFAULT_LESSONS_FOLDER", "FIRST_LESSON", "LESSON_DATASETS",
           "assignments_dir", "copy_lessons", "datasets_dir", "holds_lessons", "in_clone",
           "learner_lessons", "lessons_dir"]

#: The folder inside the installed package that holds the packaged copies.
CONTENT = "content"
#: The lesson a learner starts with (``cdkit lab`` opens it).
FIRST_LESSON = "00-start-here.ipynb"
#: The dataset files copied out with the lessons, so a learner can open the tables themselves.
LESSON_DATASETS = ("README.md", "businesses.csv", "consumers.csv")
#: Where ``cdkit lab`` and ``cdkit workshop`` make the learner's copy when none is given,
#: outside a clone (``~`` is the learner's home folder).
DEFAULT_LESSONS_FOLDER = Path("~") / "customer-discovery-kit" / "lessons"
_KINDS = ("lessons", "assignments", "datasets")


def _packaged(kind: str) -> Path | None:
    """The packaged copy of ``kind`` as a real folder, or None when the kit has none."""
    place = resources.files("kit") / CONTENT / kind
    if not place.is_dir():
        return None
    if not isinstance(place, os.PathLike):  # e.g. imported from a zip file
        raise KitError(f"The kit's {kind} are inside a zipped package ({place}), which the "
                       "lessons cannot run from; install the kit as a normal folder "
                       "(pip install customer-discovery-kit).")
    return Path(os.fspath(place))


def _repository(kind: str) -> Path:
    return Path(__file__).resolve().parent.parent / kind


def in_clone() -> bool:
    """True when the kit runs from a clone of its repository (not from an installed wheel)."""
    return _packaged("lessons") is None and (_repository("lessons") / FIRST_LESSON).is_file()


def _folder(kind: str) -> Path:
    if kind not in _KINDS:
        raise KitError(f"There is no course material called {kind!r}: "
                       f"{', '.join(_KINDS)} are.")
    found = _packaged(kind)
    if found is not None:
        return found
    folder = _repository(kind)
    if folder.is_dir():
        return folder
    raise KitError(f"The kit's {kind} folder is missing: it is neither packaged inside the kit "
                   f"nor at {folder}. Reinstall the kit (pip install --force-reinstall "
                   "customer-discovery-kit), or in a clone of its repository restore the "
                   f"folder (git checkout -- {kind}).")


def lessons_dir() -> Path:
    """The kit's own lessons (read-only material: learners work in :func:`copy_lessons`)."""
    return _folder("lessons")


def assignments_dir() -> Path:
    """The kit's assignments: ``source/``, the nbgrader config, the instructor's notes."""
    return _folder("assignments")


def datasets_dir() -> Path:
    """The kit's datasets: the tables, the example workbooks and the demo class's data."""
    return _folder("datasets")


def holds_lessons(folder: str | os.PathLike[str]) -> bool:
    """True when ``folder`` holds a copy of the lessons (its first lesson at least)."""
    return (Path(folder) / FIRST_LESSON).is_file()


def copy_lessons(dest: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Copy the lessons, with the datasets they show, into ``dest`` (a folder the learner
    owns); the absolute path of ``dest``.

    ``dest`` may be missing or empty. A folder with other files in it is refused unless
    ``overwrite`` is true; then the lessons (and ``datasets/``) are replaced but the learner's
    workbook and anything else in the folder are kept.
    """
    dest = Path(dest).expanduser().absolute()
    if dest.exists() and not dest.is_dir():
        raise KitError(f"{dest} is a file, not a folder; give a folder for the lessons.")
    if dest.is_dir() and any(dest.iterdir()) and not overwrite:
        raise KitError(f"{dest} is not empty, and copying the lessons there could overwrite "
                       "your work. Give a new or empty folder, or ask to replace the lessons "
                       "there (cdkit lessons DIR --overwrite: your workbook is kept).")
    source, data = lessons_dir(), datasets_dir()
    try:
        dest.mkdir(parents=True, exist_ok=True)
        for lesson in sorted(source.glob("*.ipynb")):
            shutil.copyfile(lesson, dest / lesson.name)
        (dest / "datasets").mkdir(exist_ok=True)
        for name in LESSON_DATASETS:
            if (data / name).is_file():
                shutil.copyfile(data / name, dest / "datasets" / name)
    except OSError as err:
        raise KitError(f"The lessons could not be copied to {dest}: "
                       f"{err.strerror or err} ({err.filename or dest}).") from None
    return dest


def learner_lessons(folder: str | os.PathLike[str] | None = None, *, say=print) -> Path:
    """The lessons folder a learner works in, made when needed (saying where).

    ``folder`` if given (copied into when it holds no lessons yet). Else, in a clone, the
    repository's own ``lessons/`` (``make lab``); outside a clone, the current folder when it
    holds the lessons, else :data:`DEFAULT_LESSONS_FOLDER` (copied there the first time).
    """
    if folder is None:
        if in_clone():
            return lessons_dir()
        if holds_lessons(Path.cwd()):
            return Path.cwd()
        folder = DEFAULT_LESSONS_FOLDER
    target = Path(folder).expanduser().absolute()
    if holds_lessons(target):
        return target
    copy_lessons(target)
    say(f"Copied the lessons to {target}; your work is saved there (workbook.json). "
        "The next time, the same folder is opened.")
    return target
