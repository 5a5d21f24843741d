"""Lessons: committed clean, thin (no functions), and every one runs headless without errors."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]-*.ipynb"))


def test_there_are_lessons():
    assert LESSONS and LESSONS[0].name == "00-start-here.ipynb"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_is_committed_clean_and_thin(path):
    nb = json.loads(path.read_text("utf-8"))
    assert "widgets" not in nb["metadata"], "saved widget state"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            assert not re.search(r"^\s*(def|class)\s", "".join(cell["source"]), re.M), \
                "lessons define no functions; reusable code lives in kit/"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_frame(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0].source
    assert first.startswith("# ") and "Time:" in first
    assert "Objectives" in first and "Questions" in first
    assert "Key points" in nb.cells[-1].source


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_runs_headless(path, tmp_path, monkeypatch):
    work = tmp_path / "lessons"
    shutil.copytree(ROOT / "lessons", work, ignore=shutil.ignore_patterns(
        "workbook.json*", "*.damaged-*", ".ipynb_checkpoints"))
    monkeypatch.setenv("CDKIT_WORKBOOK", str(work / "workbook.json"))
    nb = nbformat.read(work / path.name, as_version=4)
    started = time.perf_counter()
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(work)}}).execute()
    elapsed = time.perf_counter() - started
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors
    print(f"{path.stem}: ran headless in {elapsed:.1f} s")
