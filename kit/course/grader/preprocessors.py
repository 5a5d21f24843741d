"""nbgrader's autograde preprocessors, hardened for strangers' code.

:func:`configure` puts :class:`GuardedExecute` in place of nbgrader's ``Execute`` in
``Autograde.autograde_preprocessors``, and :class:`RestoringOverwriteCells` in place of
``OverwriteCells`` in ``Autograde.sanitize_preprocessors``; the rest of nbgrader's autograde is
unchanged.

:class:`RestoringOverwriteCells` puts a deleted graded cell back next to the nearest cell of the
assignment still in the notebook (nbgrader 0.9 looks only for the graded or answer cell just
before it, and fails the whole notebook with a ``KeyError`` when that one is a locked
instruction cell, as before the first test cell of every assignment here).

:class:`GuardedExecute` adds, per notebook:

- a memory limit on the kernel (``RLIMIT_AS``, soft and hard, set in the kernel's own process
  just before it starts, so it cannot raise it again): a cell that allocates more gets a
  ``MemoryError``, the grading goes on; the kernel's environment has no variable whose name
  looks like a secret (``SECRET_NAMES``: passwords, tokens, the gradebook's URL);
- a kernel that ignores the interrupt sent when a cell runs out of time (it catches
  ``KeyboardInterrupt`` or ignores ``SIGINT``) is restarted, and the cells after it run in the
  fresh kernel, instead of nbgrader giving up on the whole notebook;
- a cap on the output kept per cell and per notebook (a flood of output neither fills the
  grader's memory nor makes a giant autograded notebook), and on the widget state saved;
- a time budget per notebook: once it is spent, the cells the student added or wrote are
  skipped (the graded cells still run, each with its own time limit).

- the grader's verdicts on the submitted workbook, judged once before the notebook runs, are
  given to the kernel (a file outside the submission, named in the kernel's environment): the
  test cells read them instead of each starting a process (:mod:`kit.coursework.autograde`);
- each kernel runs in a place of its own (:mod:`kit.course.grader.kernels`: as root, its own
  account and scratch folder); in the grader's own processes the first notebook's kernel was
  started as the process started, and is taken when it fits.

What happened is recorded in an :class:`EventLog` (by the folder the notebook ran in), for the
grader to report; the student's code cannot reach it. The log, which also carries the verdicts
the other way, is handed to the preprocessor through nbgrader's config
(``GuardedExecute.events``, set by :func:`configure`, which returns it), like the folders a
kernel started as root must not see (``GuardedExecute.hidden``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellExecutionComplete
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute, OverwriteCells
from traitlets import Instance, List, Unicode

from kit.course.grader import kernels
from kit.course.grader.guard import SECRET_NAMES, can_hide, end_strays, hidden_paths, limits
from kit.course.grader.kernels import LimitedKernelManager
from kit.course.grader.outputs import output_size, shrink_output, widgets_size

__all__ = ["SECRET_NAMES", "EventLog", "GuardedExecute", "LimitedKernelManager",
           "RestoringOverwriteCells", "configure", "limits"]


class EventLog:
    """What the limits stopped, by the folder a notebook ran in: (kind, detail) pairs.

    Given to :class:`GuardedExecute` through nbgrader's config; traitlets deep-copies config
    values for each instance, so a copy is this same log (what the preprocessor notes, the
    grader reads). Keyed by folder, so notebooks graded at once in one process stay apart.
    """

    def __init__(self) -> None:
        self._events: dict[str, list[tuple[str, str]]] = {}
        self._verdicts: dict[str, dict[str, Any]] = {}

    def __deepcopy__(self, memo: dict) -> EventLog:
        return self

    @staticmethod
    def _key(path: str | os.PathLike[str]) -> str:
        return os.path.realpath(path)

    def start(self, path: str | os.PathLike[str]) -> list[tuple[str, str]]:
        """A fresh list for the notebook that runs in ``path`` (what an earlier run noted
        there is dropped)."""
        events: list[tuple[str, str]] = []
        self._events[self._key(path)] = events
        return events

    def take(self, path: str | os.PathLike[str]) -> list[tuple[str, str]]:
        """What was noted for ``path`` (forgotten here once taken)."""
        return self._events.pop(self._key(path), [])

    def give(self, path: str | os.PathLike[str], verdicts: dict[str, Any] | None) -> None:
        """The grader's verdicts for the notebook that will run in ``path`` (None: none)."""
        if verdicts is None:
            self._verdicts.pop(self._key(path), None)
        else:
            self._verdicts[self._key(path)] = verdicts

    def verdicts(self, path: str | os.PathLike[str]) -> dict[str, Any] | None:
        """The verdicts given for ``path`` (forgotten here once read)."""
        return self._verdicts.pop(self._key(path), None)


# -- execution --------------------------------------------------------------------------------


def _is_graded(cell: Any) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("grade"))


class GuardedExecute(Execute):
    """nbgrader's ``Execute``, with the limits above (configured like ``Execute``)."""

    events = Instance(EventLog, args=(), help="Where what the limits stopped is noted "
                      "(set by configure()).").tag(config=True)
    hidden = List(Unicode(), help="Folders a kernel started as root does not see (set by "
                  "configure()).").tag(config=True)

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("kernel_manager_class", LimitedKernelManager)
        super().__init__(*args, **kwargs)

    # -- bookkeeping
    def _note(self, kind: str, detail: str = "") -> None:
        self._events.append((kind, detail))

    def preprocess(self, nb, resources=None, km=None):
        path = ((resources or {}).get("metadata") or {}).get("path") or os.getcwd()
        self._events = self.events.start(path)
        self._limits = limits()
        self._started: float | None = None  # from the first cell: the kernel is up by then
        self._cell_chars: dict[int, float] = {}
        self._kept: dict[int, set[str]] = {}
        self._notebook_chars = 0.0
        self._skipped = 0
        self._polling: str | None = None
        self._output_task: asyncio.Task | None = None
        self._abandon: str | None = None
        self._enter: str | None = None
        verdicts = self.events.verdicts(path)
        key = self._spare_key(nb)
        spare = kernels.take_spare(key) if km is None else None
        place = spare.place if spare is not None else kernels.open_place()
        self._place = place
        given = spare.km if spare is not None else km
        try:
            place.fill(path)
            place.give(verdicts)
            run = dict(resources or {})
            run["metadata"] = {**run.get("metadata", {}), "path": place.work(path)}
            if spare is not None and place.account is None:
                # started elsewhere: it moves into the notebook's folder
                self._enter = os.path.abspath(path)
            nb, _ = super().preprocess(nb, run, given)
            return nb, resources
        finally:
            if self._skipped:
                self._note("budget", str(self._skipped))
            if spare is not None and getattr(self, "km", None) is not None:
                with contextlib.suppress(Exception):  # ours to end: nbclient did not start it
                    self._cleanup_kernel()
            # a process the notebook started (in a session of its own, say) ends now
            end_strays(keep=kernels.live_kernels())
            place.close()

    # -- the kernel: in its place, maybe started ahead of need
    def _spare_key(self, nb) -> tuple:
        name = self.kernel_name or (nb.get("metadata", {}).get("kernelspec") or {}).get("name")
        return kernels.spare_key(name, list(self.hidden), self._kernel_arguments())

    def _hidden(self) -> list[str]:
        # the course's folders when the grader configured them, else the grader's home
        return self.hidden or (hidden_paths(Path(os.path.expanduser("~"))) if can_hide()
                               else [])

    def create_kernel_manager(self):
        return kernels.fit(super().create_kernel_manager(), self._place, self._hidden())

    def _kernel_arguments(self) -> list[str]:
        return kernels.kernel_arguments(self.extra_arguments, self.ipython_hist_file)

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        await self._async_enter()
        return kc

    # nbclient binds its synchronous wrapper to its own coroutine: bound again, to this one
    start_new_kernel_client = run_sync(async_start_new_kernel_client)

    async def _async_enter(self) -> None:
        """A kernel started ahead of need, elsewhere, moves into the notebook's folder."""
        if self._enter is not None and self.kc is not None:
            msg_id = self.kc.execute(f"__import__('os').chdir({self._enter!r})", silent=True,
                                     store_history=False, allow_stdin=False)
            reply = await self.async_wait_for_reply(msg_id)
            if (reply or {}).get("content", {}).get("status") != "ok":
                raise RuntimeError(f"the kernel could not work in {self._enter}")

    # -- a time budget per notebook
    def preprocess_cell(self, cell, resources, index):
        budget = self._limits["notebook_seconds"]
        if self._started is None:
            self._started = time.monotonic()
        if (cell.cell_type == "code" and cell.source.strip() and not _is_graded(cell)
                and budget > 0 and time.monotonic() - self._started > budget):
            self._skipped += 1
            cell.outputs = [new_output("stream", name="stdout", text=(
                f"[Not run by the grader: the notebook had used up its {budget:g} s.]\n"))]
            return cell, resources
        return super().preprocess_cell(cell, resources, index)

    # -- output caps
    def output(self, outs, msg, display_id, cell_index):
        kind = msg.get("msg_type")
        content = msg.get("content") or {}
        if kind == "error" and str(content.get("ename", "")).endswith("MemoryError"):
            self._note("memory")
        size = output_size(content)
        cell_cap = self._limits["cell_output_kb"] * 1024
        notebook_cap = self._limits["notebook_output_mb"] * 2**20
        used = self._cell_chars.get(cell_index, 0)
        room = min(cell_cap - used if cell_cap > 0 else size,
                   notebook_cap - self._notebook_chars if notebook_cap > 0 else size)
        if size <= room:
            self._cell_chars[cell_index] = used + size
            self._notebook_chars += size
            return super().output(outs, msg, display_id, cell_index)
        first = cell_index not in self._kept
        kept = self._kept.setdefault(cell_index, set())
        if first:
            self._note("output", str(cell_index))
        # What decides a grade is kept, cut short: an error, something on stderr, a result.
        key = "stderr" if kind == "stream" and content.get("name") == "stderr" else kind
        if key in ("error", "stderr", "execute_result") and key not in kept:
            kept.add(key)
            super().output(outs, dict(msg, content=shrink_output(content, 2000)), None, cell_index)
        elif kind == "stream" and room > 0:  # the part that fits
            self._cell_chars[cell_index] = used + room
            self._notebook_chars += room
            super().output(outs, dict(msg, content=shrink_output(content, int(room))), None,
                           cell_index)
        if first:
            outs.append(new_output("stream", name="stdout", text=(
                "\n[The grader kept no more of this cell's output: it was more than "
                f"{self._limits['cell_output_kb']:g} kB.]\n")))
        return None

    def set_widgets_metadata(self) -> None:
        cap = self._limits["notebook_output_mb"] * 2**20
        if cap > 0 and self.widget_state:
            size = widgets_size(self.widget_state, self.widget_buffers)
            if size > cap:  # widget state in a notebook is for display only
                self._note("widgets", str(size))
                self.widget_state.clear()
                self.widget_buffers.clear()
        super().set_widgets_metadata()

    # -- a kernel that ignores the interrupt is restarted
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        """nbclient's loop over the kernel's output, which can be told to give up."""
        assert self.kc is not None
        self._polling, self._output_task = parent_msg_id, asyncio.current_task()
        while self._abandon != parent_msg_id:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=0.25))
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == parent_msg_id:
                try:
                    self.process_message(msg, cell, cell_index)
                except CellExecutionComplete:
                    return

    async def _async_handle_timeout(self, timeout, cell=None):
        reply = await super()._async_handle_timeout(timeout, cell)  # interrupts the kernel
        task, deadline = self._output_task, time.monotonic() + self._limits["interrupt_grace"]
        while task is not None and not task.done() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if task is None or task.done():
            self._note("timeout", str(timeout))
            return reply
        self._note("restart", str(timeout))
        self._abandon = self._polling
        await asyncio.wait([task], timeout=2)
        assert self.km is not None and self.kc is not None
        await ensure_async(self.km.restart_kernel(now=True))
        await ensure_async(self.kc.wait_for_ready(timeout=self.startup_timeout))
        await self._async_enter()
        words = (f"The cell ran for more than {timeout} s and ignored the interrupt: the grader "
                 "restarted the kernel, and the cells after it ran in a fresh kernel.")
        return {"content": {"status": "error", "ename": "CellTimeoutError", "evalue": words,
                            "traceback": [f"CellTimeoutError: {words}"]}}


# -- deleted graded cells -------------------------------------------------------------------


def _grade_id(cell: Any) -> str | None:
    meta = cell.get("metadata") if isinstance(cell, dict) else None
    meta = meta.get("nbgrader") if isinstance(meta, dict) else None
    grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
    return grade_id if isinstance(grade_id, str) else None


class RestoringOverwriteCells(OverwriteCells):
    """nbgrader's ``OverwriteCells``; a missing graded cell goes back after the nearest earlier
    cell of the assignment still in the notebook (else before the nearest later one, else at
    the end), never failing the notebook."""

    def add_missing_grade_cells(self, nb, resources):
        source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        source_cells = source_nb.source_cells
        order = [cell.name for cell in source_cells]
        solutions = {cell.name for cell in source_nb.solution_cells}
        for grade_cell in sorted(source_nb.grade_cells, key=lambda c: order.index(c.name)
                                 if c.name in order else len(order)):
            present: dict[str, int] = {}
            for index, cell in enumerate(nb.cells):
                present.setdefault(_grade_id(cell) or "", index)
            if grade_cell.name in present or grade_cell.name not in order:
                continue
            self.log.warning(f"Missing grade cell {grade_cell.name} encountered, adding to "
                             "notebook")
            at = order.index(grade_cell.name)
            cell = self.missing_cell_transform(source_cells[at], grade_cell.max_score,
                                               is_solution=grade_cell.name in solutions)
            where = next((present[name] + 1 for name in reversed(order[:at]) if name in present),
                         None)
            if where is None:
                where = next((present[name] for name in order[at + 1:] if name in present),
                             len(nb.cells))
            nb.cells.insert(where, cell)
        return nb, resources


def _swap(items: list, old: type, new: type) -> list:
    name = f"{old.__module__.split('.')[0]}.preprocessors.{old.__name__}"
    return [new if p is old or p == name else p for p in items]


def configure(config: Any, hidden: list[str] | None = None) -> EventLog:
    """Use :class:`GuardedExecute` and :class:`RestoringOverwriteCells` for nbgrader's
    autograde in ``config`` (a traitlets ``Config``); the other preprocessors stay as
    configured. ``hidden``: folders the kernels, started as root, must not see.

    Returns the :class:`EventLog` the preprocessors of this config note what they stopped in.
    """
    events = EventLog()
    config.GuardedExecute.events = events
    if hidden is not None:
        config.GuardedExecute.hidden = list(hidden)
    from nbgrader.converters.autograde import Autograde

    traits = Autograde.class_traits()
    for trait, old, new in (("autograde_preprocessors", Execute, GuardedExecute),
                            ("sanitize_preprocessors", OverwriteCells, RestoringOverwriteCells)):
        current = config.Autograde.get(trait) or list(traits[trait].default())
        config.Autograde[trait] = _swap(list(current), old, new)
    return events
