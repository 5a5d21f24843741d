"""Work in progress lives in the workbook, not in a widget.

What a learner typed in a "new …" box and has not added yet, and the segment explorer's filters
not saved as a segment yet, are in the workbook file; "restart" below means: open the file
again and build a fresh widget from it, as the notebook does after a kernel restart. (Without a
running event loop a draft is saved at each keystroke, in Jupyter after a pause; the tests
flush each draft, as that pause does, for another test may leave an event loop running.)
"""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import widgets
from kit.progress import path_progress


@pytest.fixture
def wb(tmp_path):
    wb = kit.open_workbook(tmp_path / "workbook.json")
    seg = wb.add_segment("Corner bakeries", targeted=True)
    wb.plan.segment = seg.id
    wb.add_interview("Sam", "2026-11-30")
    wb.save()
    return wb


def reopen(wb):
    return kit.open_workbook(wb.path)


def typed(box, text, draft) -> None:
    """Type ``text`` in ``box``, then the pause in typing that saves its ``draft``."""
    box.value = text
    draft.flush()


# (widget, its "new …" box, its draft, its "Add" button, what was added, read from the workbook)
BOXES = {
    "pain": (widgets.ProfileBoard, lambda f: f.new_text["pain"], lambda f: f.drafts["pain"],
             lambda f: f.add_buttons["pain"],
             lambda wb: [p.text for p in wb.segments[0].profile.pains]),
    "contact": (widgets.ContactPlanner, lambda f: f.new_alias, lambda f: f.draft,
                lambda f: f.add_button, lambda wb: [c.alias for c in wb.plan.contacts]),
    "question": (widgets.QuestionEditor, lambda f: f.new_text, lambda f: f.draft,
                 lambda f: f.add_button, lambda wb: [q.text for q in wb.plan.questions]),
    "new item": (widgets.InterviewLog, lambda f: f.new_text, lambda f: f.draft,
                 lambda f: f.add_button,
                 lambda wb: [i.text for i in wb.interviews[0].new_items]),
}
TYPED = "Tell me about the last time flour ran out before 6am"


@pytest.mark.parametrize("box", list(BOXES))
def test_typed_and_not_added_survives_a_restart_until_it_is_added(wb, box):
    make, text_box, draft, add_button, added = BOXES[box]
    form = make(wb)
    typed(text_box(form), TYPED, draft(form))

    again = make(reopen(wb))  # the kernel restarted before "Add" was clicked
    assert text_box(again).value == TYPED
    assert added(reopen(wb)) == []  # a draft, not work added
    add_button(again).click()

    after = reopen(wb)
    assert added(after) == [TYPED]
    assert after.drafts == {}  # added: the draft is gone, and the box of a new widget is empty
    assert text_box(make(after)).value == ""


def test_emptying_a_box_drops_its_draft(wb):
    board = widgets.ProfileBoard(wb)
    typed(board.new_text["gain"], "Orders placed in one tap", board.drafts["gain"])
    assert reopen(wb).drafts == {"profile.gain": "Orders placed in one tap"}
    typed(board.new_text["gain"], "   ", board.drafts["gain"])
    assert reopen(wb).drafts == {}


def test_the_boxes_keep_their_drafts_apart(wb):
    board = widgets.ProfileBoard(wb)
    typed(board.new_text["job"], "Plan tomorrow's bake", board.drafts["job"])
    typed(board.new_text["pain"], "Suppliers never pick up", board.drafts["pain"])
    again = widgets.ProfileBoard(reopen(wb))
    assert {k: again.new_text[k].value for k in ("job", "pain", "gain")} == {
        "job": "Plan tomorrow's bake", "pain": "Suppliers never pick up", "gain": ""}


def test_the_explorers_filters_and_name_survive_a_restart(wb):
    table = pd.DataFrame({"city": ["big", "big", "small", "town"],
                          "household": ["single", "couple", "single", "family"],
                          "pain_cost": [5, 4, 2, 1]})
    explorer = widgets.SegmentExplorer(wb, table, dataset="households")
    typed(explorer.filters["city"], ("big", "town"), explorer.cut_draft)
    typed(explorer.name, "Big-city and town households", explorer.name_draft)

    again = widgets.SegmentExplorer(reopen(wb), table, dataset="households")
    assert again.filters["city"].value == ("big", "town")
    assert again.filters["household"].value == ()
    assert again.name.value == "Big-city and town households"
    assert len(again.matching()) == 3
    again.save_segment()
    again.name_draft.flush()
    saved = reopen(wb)
    assert saved.segment("Big-city and town households").size == 3
    assert "explorer.households" not in saved.drafts  # the name was used
    again.clear()
    again.cut_draft.flush()
    assert reopen(wb).draft_cuts == {}


def test_drafts_earn_no_progress(wb):
    before = path_progress(reopen(wb)).done
    board = widgets.ProfileBoard(wb)
    for kind in ("job", "pain", "gain"):
        for n in range(3):
            typed(board.new_text[kind], f"a {kind} worth noting, number {n}",
                  board.drafts[kind])
    editor = widgets.QuestionEditor(wb)
    typed(editor.new_text, TYPED, editor.draft)
    assert path_progress(reopen(wb)).done == before
