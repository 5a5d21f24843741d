"""Widgets driven without a browser (.value, set_state, .click()), asserted on the saved file.

"Restart" below means: open the workbook file again and build a fresh widget from it, as a
learner's notebook does after a kernel restart.
"""

from __future__ import annotations

import pytest

import kit
from kit import widgets
from kit.data import load_consumers
from kit.errors import KitError


@pytest.fixture
def wb(tmp_path):
    return kit.open_workbook(tmp_path / "workbook.json")


def reopen(wb):
    return kit.open_workbook(wb.path)


def test_constructors_do_not_display(wb, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: shown.append(a))
    for cls in (widgets.StartPanel, widgets.SegmentBuilder, widgets.ProfileBoard,
                widgets.ProgressBar, widgets.FeedbackPanel, widgets.SegmentPatternPicker,
                widgets.CanvasView):
        cls(wb)
    assert shown == []


def test_start_panel_saves_at_once(wb):
    panel = widgets.StartPanel(wb)
    panel.learner.value = "Ada"
    panel.offering.set_state({"value": "Meal kits for busy households"})
    again = reopen(wb)
    assert (again.learner, again.offering) == ("Ada", "Meal kits for busy households")
    assert "Saved" in panel.status.value
    assert widgets.StartPanel(again).learner.value == "Ada"


def test_segment_builder_round_trip_and_restart(wb):
    builder = widgets.SegmentBuilder(wb)
    builder.new_button.click()
    builder.name.value = "Small trades firms"
    builder.kind.value = "business"
    builder.descriptors["firmographic"].value = ["1-9 employees", "construction"]
    builder.descriptors["behavioural"].value = ["invoices on paper"]
    builder.targeted.value = True
    builder.reason.value = "They wait longest to be paid."
    builder.size.value = "12,500"
    builder.context.value = "month end, at the kitchen table"
    builder.payer.value = "the owner"
    builder.user.value = "the owner's partner"
    saved = reopen(wb).segment("Small trades firms")
    assert saved.kind == "business" and saved.size == 12500 and saved.targeted is True
    assert saved.descriptors["firmographic"] == ["1-9 employees", "construction"]
    assert saved.user == "the owner's partner"
    fresh = widgets.SegmentBuilder(reopen(wb))
    assert fresh.name.value == "Small trades firms" and fresh.size.value == "12500"
    assert fresh.descriptors["behavioural"].value == ["invoices on paper"]
    assert fresh.targeted.value is True


def test_segment_builder_refuses_bad_input_and_keeps_work(wb):
    builder = widgets.SegmentBuilder(wb)
    builder.new_segment("Cafés")
    builder.new_segment("Bakeries")
    builder.size.value = "about a thousand"
    assert "not a number" in builder.status.value
    builder.name.value = "cafés"
    assert "already a segment" in builder.status.value
    builder.name.value = ""
    assert "needs a name" in builder.status.value
    assert [s.name for s in reopen(wb).segments] == ["Cafés", "Bakeries"]


def test_segment_builder_removal_needs_two_clicks(wb):
    builder = widgets.SegmentBuilder(wb)
    builder.new_segment("Keep me")
    builder.remove_button.click()
    assert [s.name for s in reopen(wb).segments] == ["Keep me"]
    builder.remove_button.click()
    assert reopen(wb).segments == []


def test_profile_board_add_rate_reorder_remove(wb):
    wb.add_segment("Parents", targeted=True)
    wb.save()
    board = widgets.ProfileBoard(wb)
    for text in ("No time to plan", "Kids refuse food", "Takeaway costs add up"):
        board.new_text["pain"].value = text
        board.add_buttons["pain"].click()
    board.rows("pain")[1].up.click()
    board.rows("pain")[0].level.value = "extreme"
    board.rows("pain")[0].addressed.value = True
    board.rows("pain")[2].evidence.value = "invalidated"
    board.rows("pain")[2].remove.click()  # armed, not removed
    assert len(reopen(wb).segments[0].profile.pains) == 3
    board.rows("pain")[2].remove.click()
    board.add("job", "Feel like a good parent")
    board.rows("job")[0].type.value = "emotional"
    board.rows("job")[0].text.value = "Feel like a good parent at dinner"
    profile = reopen(wb).segments[0].profile
    assert [p.text for p in profile.pains] == ["Kids refuse food", "No time to plan"]
    assert profile.pains[0].severity == "extreme" and profile.pains[0].addressed
    assert profile.jobs[0].type == "emotional"
    assert profile.jobs[0].text == "Feel like a good parent at dinner"
    fresh = widgets.ProfileBoard(reopen(wb))
    assert [r.text.value for r in fresh.rows("pain")] == ["Kids refuse food", "No time to plan"]
    assert fresh.rows("pain")[0].rank.value == "<b>1.</b>"


def test_profile_board_without_segment_explains(wb):
    board = widgets.ProfileBoard(wb)
    assert board.add("pain", "x") is None
    assert "segment first" in board.status.value


def test_progress_bar_follows_saves_from_other_widgets(wb):
    bar = widgets.ProgressBar(wb, lesson="00-start-here")
    assert bar.bar.value == 0
    panel = widgets.StartPanel(wb)
    panel.learner.value = "Ada"
    assert bar.bar.value == 0  # half the work is not the work
    panel.offering.value = "Meal kits"
    assert bar.bar.value == 100 and "100%" in bar.label.value


def test_feedback_panel_escapes_learner_text(wb):
    wb.add_segment("<script>alert('x')</script>", targeted=True)
    wb.save()
    panel = widgets.FeedbackPanel(wb, lesson="01-customer-segments")
    panel.button.click()
    assert "<script>" not in panel.output.value
    assert "&lt;script&gt;" in panel.output.value
    with pytest.raises(KitError, match="no lesson called"):
        widgets.FeedbackPanel(wb, lesson="99-nothing")


def test_answer_box_and_pattern_picker(wb):
    box = widgets.AnswerBox(wb, "02-why-this-segment", "Why this segment?")
    box.answer.value = "They feel the pain most and are easy to reach."
    picker = widgets.SegmentPatternPicker(wb)
    picker.pattern.value = "multi-sided"
    again = reopen(wb)
    assert again.answers["02-why-this-segment"].startswith("They feel")
    assert again.segment_pattern == "multi-sided"
    assert "10 words" in widgets.AnswerBox(again, "02-why-this-segment", "?").words.value


def test_failed_save_keeps_work_and_retries(wb):
    panel = widgets.StartPanel(wb)
    path = wb.path
    path.unlink()
    path.mkdir()  # the file cannot be replaced now
    panel.learner.value = "Ada"
    assert "safe in memory" in panel.status.value and wb.learner == "Ada"
    path.rmdir()
    panel.offering.value = "Meal kits"
    assert "Saved" in panel.status.value
    assert reopen(wb).learner == "Ada"


def test_recovery_notice_is_shown_in_forms(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text("{broken", "utf-8")
    with pytest.warns(kit.WorkbookRecoveredWarning):
        wb = kit.open_workbook(path)
    assert "could not be read" in widgets.StartPanel(wb).status.value


def test_explorer_cuts_saves_and_chooses_a_target(wb):
    explorer = widgets.SegmentExplorer(wb, load_consumers())
    total = len(explorer.table)
    assert f"{total:,}</b> of {total:,}" in explorer.summary.value
    explorer.filters["city_size"].value = ("big city",)
    explorer.filters["household"].value = ("single", "couple")
    match = explorer.matching()
    assert 0 < len(match) < total
    assert set(match.city_size) == {"big city"}
    explorer.name.value = "Big-city singles and couples"
    explorer.save_button.click()
    seg = reopen(wb).segment("Big-city singles and couples")
    assert seg.size == len(match)
    assert seg.descriptors["geographic"] == ["city size: big city"]
    assert seg.descriptors["demographic"] == ["household: single or couple"]
    explorer.target.value = seg.id
    explorer.target_button.click()
    assert reopen(wb).segment(seg.name).targeted is True


def test_explorer_refuses_an_everyone_segment(wb):
    explorer = widgets.SegmentExplorer(wb, load_consumers())
    assert explorer.save_segment("All of them") is None
    assert "a segment of everyone is no segment" in explorer.status.value


def test_explorer_recuts_a_value_that_contains_or(wb):
    """A value holding the word "or" ("master or higher") is one value, not two: the saved
    segment, compared later (after a restart), stands for exactly the rows it was cut from."""
    import pandas as pd

    education = (["bachelor"] * 2 + ["master or higher"] * 3 + ["master"] * 4 + ["higher"]
                 + ["secondary"] * 5)
    table = pd.DataFrame({"education": education, "pain_cost": range(1, 16)})
    explorer = widgets.SegmentExplorer(wb, table)
    explorer.filters["education"].value = ("bachelor", "master or higher")
    assert len(explorer.matching()) == 5  # 2 bachelor + 3 master or higher
    assert explorer.save_segment("Graduates") is not None
    seg = reopen(wb).segment("Graduates")
    assert seg.size == 5
    assert seg.descriptors["behavioural"] == ["education: bachelor or master or higher"]
    again = widgets.SegmentExplorer(reopen(wb), table)
    compared = again.comparison_table()
    assert compared.loc["Graduates", "size"] == 5  # not 7 (bachelor, master, higher)


def test_a_notice_is_shown_by_one_form_only(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text("{broken", "utf-8")
    with pytest.warns(kit.WorkbookRecoveredWarning):
        wb = kit.open_workbook(path)
    first, second = widgets.StartPanel(wb), widgets.SegmentBuilder(wb)
    assert "could not be read" in first.status.value
    assert "could not be read" not in second.status.value  # shown once, not by every form


def test_removing_a_segment_in_the_builder_leaves_no_link_to_it(wb):
    seg = wb.add_segment("Night-shift nurses")
    wb.plan.segment = wb.persona.segment = seg.id
    wb.save()
    builder = widgets.SegmentBuilder(wb, seg)
    builder.remove_button.click()
    builder.remove_button.click()
    again = reopen(wb)
    assert (again.segments, again.plan.segment, again.persona.segment) == ([], "", "")
