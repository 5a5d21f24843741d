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


def test_complete_work_is_at_100(finished_workbook):
    progress = path_progress(finished_workbook)
    assert progress.percent == 100
    assert all(lp.percent == 100 for lp in progress.lessons)


def test_first_half_done_is_not_the_whole_path(good_workbook):
    progress = path_progress(good_workbook)
    first = ["00-start-here", "01-customer-segments", "02-segments-from-data",
             "03-customer-profile"]
    assert all(progress.lesson(lesson).percent == 100 for lesson in first)
    assert progress.lesson("04-plan-interviews").percent == 100
    assert progress.lesson("05-log-and-learn").percent == 0
    assert 50 < progress.percent < 100


@pytest.mark.parametrize(("spoil", "lesson", "step"), [
    (lambda wb: setattr(wb, "offering", ""), "00-start-here", "start"),
    # no longer specific: and the pattern can no longer be checked against it
    (lambda wb: wb.segments[0].descriptors.update(geographic=[], behavioural=[]),
     "01-customer-segments", ("targeted-segment", "pattern")),
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
    (lambda wb: setattr(wb.plan, "learning_goal", ""), "04-plan-interviews", "plan-goal"),
    (lambda wb: wb.plan.contacts.pop(), "04-plan-interviews", None),  # 3 contacts is fine
    (lambda wb: wb.plan.contacts.pop(0) and wb.plan.contacts.pop(0), "04-plan-interviews",
     "contacts"),
    (lambda wb: setattr(wb.plan.contacts[0], "reach", ""), "04-plan-interviews", "contacts"),
    (lambda wb: wb.plan.add_question("Would you buy our meal kit?"), "04-plan-interviews",
     "questions"),
    # the last interview held the second confirmation of a validated job: evidence drops too
    (lambda wb: wb.interviews.pop(), "05-log-and-learn", ("interviews", "evidence")),
    (lambda wb: setattr(wb.interviews[1], "date", ""), "05-log-and-learn", "interviews"),
    (lambda wb: wb.interviews[0].new_items.clear() or wb.interviews[1].confirmed.remove(
        "new-grandparents"), "05-log-and-learn", "surprises"),
    # heard in one interview only: an anecdote, not validated
    (lambda wb: setattr(wb.segments[0].profile.pains[1], "evidence", "validated"),
     "05-log-and-learn", "evidence"),
    # ... but keeping it as a hypothesis, as lesson 05 teaches, costs nothing
    (lambda wb: setattr(wb.segments[0].profile.pains[1], "evidence", "hypothesis"),
     "05-log-and-learn", None),
    # substance, not form
    (lambda wb: wb.segments[0].add_descriptor("behavioural", "asdf"), "01-customer-segments",
     "targeted-segment"),
    (lambda wb: setattr(wb.segments[1], "reason", "x"), "01-customer-segments", "neighbour"),
    (lambda wb: setattr(wb.segments[0], "size", 0), "02-segments-from-data", "size"),
    (lambda wb: setattr(wb.segments[0], "size", 9_000_000_000), "02-segments-from-data",
     "size"),
    (lambda wb: wb.segments[0].profile.add_pain("aaa bbb ccc", severity="moderate",
                                                addressed=False),
     "03-customer-profile", "profile-substance"),
    (lambda wb: wb.segments[0].profile.add_gain("Less food waste!", relevance="nice to have",
                                                addressed=False),
     "03-customer-profile", "profile-substance"),
    (lambda wb: setattr(wb.segments[0].profile.pains[0], "addressed", None),
     "03-customer-profile", "unaddressed"),
    (lambda wb: setattr(wb.plan.contacts[3], "alias", "Sam"), "04-plan-interviews",
     "contacts-distinct"),
    (lambda wb: wb.plan.add_question("What?"), "04-plan-interviews", "questions"),
    (lambda wb: setattr(wb.interviews[0].quotes[0], "text", "z"), "05-log-and-learn",
     "quotes"),
    (lambda wb: setattr(wb.plan.contacts[2], "status", "planned"), "05-log-and-learn",
     "log-plausible"),
    (lambda wb: wb.answers.pop("05-what-next"), "05-log-and-learn", "what-next"),
    (lambda wb: setattr(wb.persona, "quote", ""), "06-persona-and-canvas", "persona"),
    (lambda wb: setattr(wb.persona, "segment", "gone"), "06-persona-and-canvas",
     ("persona", "persona-evidence")),
    (lambda wb: setattr(wb.persona, "name", "asdf"), "06-persona-and-canvas", "persona"),
    (lambda wb: wb.answers.pop("06-review-plan"), "06-persona-and-canvas", "review-plan"),
])
def test_each_step_drops_when_its_work_is_missing(finished_workbook, spoil, lesson, step):
    spoil(finished_workbook)
    lp = lesson_progress(finished_workbook, lesson)
    undone = [r.step.id for r in lp.steps if not r.done]
    if step is None:  # a change that leaves the work complete
        assert undone == [] and path_progress(finished_workbook).percent == 100
        return
    assert undone == ([step] if isinstance(step, str) else list(step))
    assert lp.percent < 100 and path_progress(finished_workbook).percent < 100
    assert next(r for r in lp.steps if not r.done).advice


def test_cli_progress_json(tmp_path, good_workbook):
    path = tmp_path / "wb.json"
    good_workbook.answers.pop("03-compare-segments")
    WorkbookStore(path).save(good_workbook)
    out = subprocess.run([CDKIT, "progress", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert [lp["lesson"] for lp in data["lessons"]] == [
        "00-start-here", "01-customer-segments", "02-segments-from-data", "03-customer-profile",
        "04-plan-interviews", "05-log-and-learn", "06-persona-and-canvas"]
    lesson3 = data["lessons"][3]
    assert lesson3["done"] == lesson3["total"] - 1 and data["percent"] < 100
    assert [s["id"] for s in lesson3["steps"] if not s["done"]] == ["compare"]
    wide = {**os.environ, "COLUMNS": "200"}
    text = subprocess.run([CDKIT, "progress", str(path)], capture_output=True, text=True,
                          check=True, env=wide).stdout
    assert "03-customer-profile" in text and "Compare the pains and gains" in text
