"""Packs the course material into the wheel (the rest of the build is in pyproject.toml).

The repository keeps ``lessons/``, ``assignments/`` and ``datasets/`` at its top level, where
the README, the Makefile and the tests use them. When a wheel is built, they are copied into
the built package as ``kit/content/<folder>``, where :mod:`kit.resources` finds them once the
wheel is installed. An editable install (``pip install -e .``) copies nothing: the kit then
reads the repository's own folders.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
#: folder -> the files of it that ship (glob patterns, relative to the folder).
CONTENT = {
    "lessons": ["*.ipynb"],
    "assignments": ["nbgrader_config.py", "INSTRUCTOR-NOTES.md", "instructor-dashboard.ipynb",
                    "source/*.ipynb", "source/*/*.ipynb"],
    "datasets": ["README.md", "*.csv", "examples/*.json", "examples/logs/*.json",
                 "demo/*.json"],
}
#: Files made while the lessons run, never shipped even when they match a pattern above.
NEVER = ("workbook", ".ipynb_checkpoints")


def content_files() -> list[tuple[Path, str]]:
    """(source file, path inside ``kit/content``) for every file that ships."""
    files = []
    for folder, patterns in CONTENT.items():
        for pattern in patterns:
            for path in sorted((HERE / folder).glob(pattern)):
                inside = path.relative_to(HERE)
                if path.is_file() and not any(part.startswith(NEVER) for part in inside.parts):
                    files.append((path, inside.as_posix()))
    return files


class BuildPyWithContent(build_py):
    """``build_py`` that also copies the course material into the built ``kit`` package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kit" / "content"
        if target.exists():
            shutil.rmtree(target)  # a stale copy from an earlier build
        files = content_files()
        missing = [folder for folder in CONTENT if not any(i.startswith(f"{folder}/")
                                                          for _, i in files)]
        if missing:
            raise SystemExit(f"setup.py: no {', '.join(missing)} found next to setup.py; "
                             "build the wheel from the kit's repository.")
        for source, inside in files:
            (target / inside).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / inside)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib) / "kit" / "content"
        return outputs + [str(target / inside) for _, inside in content_files()]


setup(cmdclass={"build_py": BuildPyWithContent})
