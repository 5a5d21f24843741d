"""`import kit` stays light: pandas, matplotlib, nbgrader and ipywidgets load only where used.

kit, kit.widgets and kit.plots load their names lazily (SPEC 1, lazy_loader, from .pyi stubs):
``dir()`` and completion list every name before any of them is imported.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("pandas", "matplotlib", "nbgrader", "ipywidgets", "numpy")

WIDGETS = ["AnswerBox", "AssignmentCheck", "CanvasView", "ClassDashboard", "ContactPlanner",
           "ContinueButton", "CoursePicker", "FeedbackPanel", "InterviewLog", "PersonaCard",
           "ProfileBoard", "ProgressBar",
           "QuestionEditor", "ResegmentView", "SegmentBuilder", "SegmentExplorer",
           "SegmentPatternPicker",
           "StartPanel", "SynthesisView"]
FIGURES = ["compare_segments", "draw_cut_needs", "draw_evidence_board", "draw_persona_card",
           "draw_profile_canvas", "draw_saturation_curve", "draw_segment_comparison",
           "draw_split_matrix",
           "export_canvas", "export_persona"]


def run_fresh(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it sets ``out``, returned with the heavy modules."""
    script = (f"import json, sys\n{code}\n"
              f"out['heavy'] = [m for m in {HEAVY!r} if m in sys.modules]\n"
              "print(json.dumps(out))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_import_kit_does_not_load_heavy_libraries():
    out = run_fresh("import kit, kit.checks, kit.linter, kit.workbook, kit.cli\nout = {}")
    assert out["heavy"] == []


def test_kit_lists_its_names_and_submodules_before_loading_them():
    out = run_fresh("import kit\nout = {'dir': dir(kit), 'loaded': 'kit.widgets' in sys.modules}")
    assert {"widgets", "plots", "checks", "model", "workbook", "open_workbook", "Workbook",
            "Segment", "KitError"} <= set(out["dir"])
    assert out["loaded"] is False
    assert out["heavy"] == []


def test_kit_widgets_lists_the_widgets_without_importing_ipywidgets():
    out = run_fresh("import kit.widgets\nout = {'dir': dir(kit.widgets),"
                    " 'all': kit.widgets.__all__}")
    assert out["dir"] == WIDGETS
    assert out["all"] == WIDGETS
    assert out["heavy"] == []


def test_kit_plots_lists_the_figures_without_importing_matplotlib():
    out = run_fresh("import kit.plots\nout = {'dir': dir(kit.plots)}")
    assert out["dir"] == FIGURES
    assert out["heavy"] == []


def test_a_widget_loads_on_first_use_and_is_the_class_in_its_module():
    import kit.widgets
    from kit.widgets.segments import SegmentBuilder

    assert kit.widgets.SegmentBuilder is SegmentBuilder
    assert all(isinstance(getattr(kit.widgets, name), type) for name in WIDGETS)


def test_top_level_names_are_the_model_and_workbook_ones():
    from importlib.metadata import version

    import kit
    from kit.model import Workbook
    from kit.workbook import open_workbook

    assert kit.Workbook is Workbook
    assert kit.open_workbook is open_workbook
    assert kit.__version__ == version("customer-discovery-kit")  # the installed package's


@pytest.mark.parametrize("module", ["kit", "kit.widgets", "kit.plots"])
def test_a_misspelt_name_is_an_attribute_error(module):
    import importlib

    with pytest.raises(AttributeError, match="SegmentBuildr"):
        importlib.import_module(module).SegmentBuildr  # noqa: B018
