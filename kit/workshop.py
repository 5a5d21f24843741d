"""Workshop mode: the lessons served as apps, with the code hidden (Voilà).

For a room of people who do not code: each participant runs ``cdkit workshop`` on their own
machine, and the browser shows the lessons as forms, without a single code cell. The lessons
run unchanged, so the work is saved exactly as in JupyterLab: at every edit, to the lessons'
workbook (``workbook.json`` in the learner's lessons folder, or ``$CDKIT_WORKBOOK``; see
:func:`kit.resources.learner_lessons`), with the same progress bars and
"Check my work". Cells tagged ``workshop-hide`` are left out (see :data:`HIDE_TAG`).

    >>> voila_command(lessons_dir(), lesson="01")          # doctest: +SKIP
    ['.../voila', '.../lessons/01-customer-segments.ipynb', '--strip_sources=True', ...]

Voilà is imported only by the server it starts, never here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from kit._tools import find_tool, run_in_foreground
from kit.errors import KitError
from kit.resources import learner_lessons

__all__ = ["CULL_IDLE_SECONDS", "DEFAULT_PORT", "HIDE_TAG", "NOT_IN_APPS", "find_lesson",
           "lessons_dir", "serve", "voila_command"]

#: Voilà's own default; the next free port is taken when it is busy (unless a port is given).
DEFAULT_PORT = 8866
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
#: JupyterLab extensions installed with the kit that need JupyterLab itself (its file browser,
#: its document registry): in Voilà's page they only fail to load, with console errors.
NOT_IN_APPS = ("@jupyter/nbgrader", "@jupyter-notebook/lab-extension")
#: Voilà cannot always shut a lesson's kernel down when its page is closed (its request is
#: refused for want of an XSRF token: voila-dashboards/voila#1458), so kernels left without a
#: page are culled after this many idle seconds. Nothing is lost: every edit is saved at once.
CULL_IDLE_SECONDS = 600
#: Cells with this tag are left out of workshop mode altogether (neither run nor shown): for
#: the optional "for those who code" cells, whose printouts mean little without their code.
HIDE_TAG = "workshop-hide"


def lessons_dir(folder: str | os.PathLike[str] | None = None, *, say=print) -> Path:
    """The lessons folder to serve: the learner's own copy (see
    :func:`kit.resources.learner_lessons`; in a clone, the repository's ``lessons/``)."""
    return learner_lessons(folder, say=say)


def _lessons(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if p.is_file())


def find_lesson(folder: Path, name: str) -> Path:
    """A lesson by its number ("1", "01"), its name ("01-customer-segments") or file name."""
    lessons = _lessons(folder)
    wanted = name.strip().removesuffix(".ipynb")
    for lesson in lessons:
        number = lesson.stem.split("-", 1)[0]
        if wanted in (lesson.stem, number) or (wanted.isdigit() and int(wanted) == int(number)):
            return lesson
    choices = ", ".join(p.stem for p in lessons) or "none"
    raise KitError(f"There is no lesson {name!r}. The lessons are: {choices} (give the number, "
                   "e.g. 01, or the name).")


def _voila() -> str:
    found = find_tool("voila")
    if not found:
        raise KitError("Voilà was not found next to the kit or on PATH; install the kit with "
                       "its dependencies (pip install customer-discovery-kit installs voila; "
                       "in a clone of its repository, make lab).")
    return found


def voila_command(folder: Path, *, lesson: str | None = None, port: int | None = None,
                  ip: str = "127.0.0.1", open_browser: bool = True,
                  extra: Sequence[str] = ()) -> list[str]:
    """The ``voila`` command line that serves ``folder``'s lessons (or one ``lesson``) with
    the code hidden. Without a lesson, Voilà lists every lesson on its start page and serves
    each at ``/voila/render/<lesson>.ipynb``; with one, the lesson is at ``/``."""
    target = find_lesson(folder, lesson) if lesson else folder
    command = [_voila(), str(target), "--strip_sources=True", f"--Voila.ip={ip}",
               "--VoilaConfiguration.show_tracebacks=False",
               *[f"--VoilaConfiguration.extension_denylist={name}" for name in NOT_IN_APPS],
               f"--MappingKernelManager.cull_idle_timeout={CULL_IDLE_SECONDS}",
               "--MappingKernelManager.cull_interval=60",
               "--MappingKernelManager.cull_connected=False",
               f"--TagRemovePreprocessor.remove_cell_tags={HIDE_TAG}"]
    if port:
        command += [f"--Voila.port={port}", "--Voila.port_retries=0"]
    else:
        command.append(f"--Voila.port={DEFAULT_PORT}")
    if not open_browser:
        command.append("--no-browser")
    command.extend(extra)
    return command


def serve(lesson: str | None = None, *, port: int | None = None, ip: str = "127.0.0.1",
          open_browser: bool = True, folder: str | os.PathLike[str] | None = None,
          say=print) -> int:
    """Run Voilà on the lessons (``folder``, else the learner's copy: :func:`lessons_dir`)
    until it is stopped (Ctrl+C); return its exit status."""
    folder = lessons_dir(folder, say=say)
    command = voila_command(folder, lesson=lesson, port=port, ip=ip, open_browser=open_browser)
    where = (f"the lesson {find_lesson(folder, lesson).stem}" if lesson
             else "every lesson (pick one on the start page)")
    say(f"Workshop mode: serving {where}, with the code hidden. Work is saved to "
        f"{os.environ.get('CDKIT_WORKBOOK') or folder / 'workbook.json'}. Stop with Ctrl+C.")
    if ip not in _LOOPBACK:
        say(f"Note: listening on {ip}, not only on this machine. Everyone who opens it shares "
            "one workbook; for a room, let each participant run cdkit workshop on their own "
            "machine.")
    return run_in_foreground(command, folder)
