"""The learner's forms: ipywidgets composites that edit the model and save the workbook at once.

Each widget is a ``VBox`` subclass built from the workbook; it holds no state of its own beyond
what it shows, and its constructor never calls ``display()``. Every edit is saved at once; a
save that fails (a full disk, a read-only folder) keeps the work in memory, says so in plain
words, and is retried with the next edit.

    >>> from kit import widgets
    >>> widgets.SegmentBuilder(wb)      # the last line of a cell shows it
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "AnswerBox",
    "AssignmentCheck",
    "CanvasView",
    "ContactPlanner",
    "ContinueButton",
    "FeedbackPanel",
    "InterviewLog",
    "PersonaCard",
    "ProfileBoard",
    "ProgressBar",
    "QuestionEditor",
    "SegmentBuilder",
    "SegmentExplorer",
    "SegmentPatternPicker",
    "StartPanel",
    "SynthesisView",
]

_WHERE = {
    "AssignmentCheck": "course", "ContinueButton": "course",
    "AnswerBox": "forms", "StartPanel": "forms", "SegmentPatternPicker": "forms",
    "FeedbackPanel": "feedback", "ProgressBar": "feedback",
    "SegmentBuilder": "segments", "SegmentExplorer": "explorer",
    "ProfileBoard": "profile", "CanvasView": "canvas",
    "ContactPlanner": "interviews", "QuestionEditor": "interviews", "InterviewLog": "log",
    "SynthesisView": "synthesis", "PersonaCard": "persona",
}


def __getattr__(name: str) -> Any:  # import ipywidgets only when a widget is used
    if name in _WHERE:
        return getattr(importlib.import_module(f"kit.widgets.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'kit.widgets' has no attribute {name!r}")
