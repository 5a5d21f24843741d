"""How much a student's outputs add to the autograded notebook, and cutting them down: the
caps on output per cell and per notebook, and on the widget state saved
(:class:`kit.course.grader.preprocessors.GuardedExecute` applies them)."""

from __future__ import annotations

import json

__all__ = ["output_size", "shrink_output", "widgets_size"]


def output_size(content: dict) -> int:
    """About how many characters an output message adds to the notebook."""
    total = 0
    for key in ("text", "evalue"):
        value = content.get(key)
        if isinstance(value, str):
            total += len(value)
    for line in content.get("traceback") or []:
        total += len(str(line))
    data = content.get("data")
    if isinstance(data, dict):
        for value in data.values():
            total += len(value) if isinstance(value, str) else len(json.dumps(value, default=str))
    return total


def widgets_size(state: dict, buffers: dict) -> int:
    """About how many characters the widgets' state adds to the notebook's metadata
    (``buffers``: model id -> buffer path (a tuple) -> {"data": base64 text, ...})."""
    total = len(json.dumps(state, default=str))
    for by_path in buffers.values():
        for buffer in (by_path.values() if isinstance(by_path, dict) else ()):
            total += len(str(buffer.get("data", ""))) if isinstance(buffer, dict) else 0
    return total


def shrink_output(content: dict, keep: int) -> dict:
    """A copy of an output message's content cut to about ``keep`` characters."""
    cut = dict(content)
    if isinstance(cut.get("text"), str) and len(cut["text"]) > keep:
        cut["text"] = cut["text"][:keep] + "\n[... cut]\n"
    if isinstance(cut.get("evalue"), str):
        cut["evalue"] = cut["evalue"][:keep]
    if cut.get("traceback"):
        lines = [str(line)[:500] for line in cut["traceback"]]
        cut["traceback"] = lines[:10] + (["[... cut]", *lines[-10:]] if len(lines) > 20 else
                                         lines[10:])
    if isinstance(cut.get("data"), dict):
        cut["data"] = {"text/plain": str(cut["data"].get("text/plain", ""))[:keep]}
    return cut
