"""Completion: 100% only when the work is really done, and never from clicks alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kit.model import Workbook
from kit.progress import LESSONS, STEPS, lesson_progress, path_progress
from kit.workbook import WorkbookStore

CDKIT = str(Path(sys.executable).parent / "cdkit")


def test_steps_are_declared_once_for_every_lesson():
    assert {s.lesson for s in STEPS} == set(LESSONS)
    assert len({s.id for s in STEPS}) == len(STEPS)


def test_empty_workbook_is_at_zero():
    progress = path_progress(Workbook())
    assert progress.done == 0 and progress.percent == 0


def test_complete_work_is_at_100(good_workbook):
    progress = path_progress(good_workbook)
    assert progress.percent == 100
    assert all(lp.percent == 100 for lp in progress.lessons)


@pytest.mark.parametrize(("spoil", "lesson", "step"), [
    (lambda wb: setattr(wb, "offering", ""), "00-start-here", "start"),
    (lambda wb: wb.segments[0].descriptors.update(geographic=[], behavioural=[]),
     "01-customer-segments", "targeted-segment"),
    (lambda wb: setattr(wb.segments[1], "reason", ""), "01-customer-segments", "neighbour"),
    (lambda wb: setattr(wb, "segment_pattern", None), "01-customer-segments", "pattern"),
    (lambda wb: setattr(wb.segments[0], "size", None), "02-segments-from-data", "size"),
    (lambda wb: wb.answers.pop("02-why-this-segment"), "02-segments-from-data", "why-segment"),
    (lambda wb: wb.answers.update({"03-compare-segments": "similar"}), "03-customer-profile",
     "compare"),
    (lambda wb: wb.segments[0].profile.gains.pop(), "03-customer-profile", "profile-items"),
    (lambda wb: setattr(wb.segments[0].profile.pains[0], "severity", None),
     "03-customer-profile", "profile-items"),
    (lambda wb: [setattr(j, "type", "functional") for j in wb.segments[0].profile.jobs],
     "03-customer-profile", "job-types"),
    (lambda wb: wb.segments[0].profile.add_job("Order from our app", type="functional",
                                               importance="less important"),
     "03-customer-profile", "customer-not-product"),
    (lambda wb: [setattr(i, "addressed", True) for i in [*wb.segments[0].profile.pains,
                                                         *wb.segments[0].profile.gains]],
     "03-customer-profile", "unaddressed"),
])
def test_each_step_drops_when_its_work_is_missing(good_workbook, spoil, lesson, step):
    spoil(good_workbook)
    lp = lesson_progress(good_workbook, lesson)
    undone = [r.step.id for r in lp.steps if not r.done]
    assert undone == [step]
    assert lp.percent < 100 and path_progress(good_workbook).percent < 100
    assert next(r for r in lp.steps if not r.done).advice


def test_cli_progress_json(tmp_path, good_workbook):
    path = tmp_path / "wb.json"
    good_workbook.answers.pop("03-compare-segments")
    WorkbookStore(path).save(good_workbook)
    out = subprocess.run([CDKIT, "progress", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert [lp["lesson"] for lp in data["lessons"]] == list(LESSONS)
    lesson3 = data["lessons"][-1]
    assert lesson3["done"] == lesson3["total"] - 1 and data["percent"] < 100
    wide = {**os.environ, "COLUMNS": "200"}
    text = subprocess.run([CDKIT, "progress", str(path)], capture_output=True, text=True,
                          check=True, env=wide).stdout
    assert "03-customer-profile" in text and "Compare the pains and gains" in text
