"""The Customer Discovery Kit: the helper package behind the lessons and assignments.

Start with ``wb = kit.open_workbook("workbook.json")``. Heavy libraries (pandas, matplotlib,
nbgrader, ipywidgets) are imported only by the modules that use them.
"""

from __future__ import annotations

from kit.errors import KitError, KitWarning, SaveError, ValidationError, WorkbookRecoveredWarning
from kit.model import (
    Contact,
    CustomerProfile,
    Gain,
    Interview,
    InterviewPlan,
    Job,
    Pain,
    Question,
    Segment,
    Workbook,
)
from kit.workbook import open_workbook

__version__ = "0.1.0"

_SUBMODULES = ("checks", "cli", "data", "linter", "model", "plots", "progress", "widgets",
               "workbook")


def __getattr__(name: str):
    """``kit.data``, ``kit.widgets``... after a plain ``import kit``, loaded on first use."""
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"kit.{name}")
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


__all__ = [
    "Contact",
    "CustomerProfile",
    "Gain",
    "Interview",
    "InterviewPlan",
    "Job",
    "KitError",
    "KitWarning",
    "Pain",
    "Question",
    "SaveError",
    "Segment",
    "ValidationError",
    "Workbook",
    "WorkbookRecoveredWarning",
    "__version__",
    "open_workbook",
]
