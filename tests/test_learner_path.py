"""A new learner goes through lessons 00-03 with the forms only (no code), ends with an
exported canvas PNG, and `cdkit progress` says 100% for those lessons, and not before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import kit
from kit import widgets
from kit.data import load_consumers

CDKIT = str(Path(sys.executable).parent / "cdkit")


def progress(path) -> dict[str, int]:
    out = subprocess.run([CDKIT, "progress", str(path), "--format", "json"],
                         capture_output=True, text=True, check=True)
    return {lp["lesson"]: lp["percent"] for lp in json.loads(out.stdout)["lessons"]}


def test_lessons_00_to_03_through_the_forms_only(tmp_path):
    path = tmp_path / "lessons" / "workbook.json"
    path.parent.mkdir()
    wb = kit.open_workbook(path)
    assert set(progress(path).values()) == {0}
    assert len(progress(path)) == 7

    # 00: name and idea
    start = widgets.StartPanel(wb)
    start.learner.value = "Ada"
    assert progress(path)["00-start-here"] == 0  # half done is not done
    start.offering.value = "Weekday meal kits for busy households"
    assert progress(path)["00-start-here"] == 100

    # 02 first, as the lesson does: cut the table, save two candidates, choose the target
    explorer = widgets.SegmentExplorer(wb, load_consumers())
    explorer.filters["city_size"].value = ("big city",)
    explorer.filters["household"].value = ("single", "couple")
    explorer.filters["cooking_evenings_per_week"].value = ("0", "1", "2")
    explorer.name.value = "Busy big-city professionals"
    explorer.save_button.click()
    explorer.clear()
    explorer.filters["household"].value = ("shared flat",)
    explorer.filters["budget_focus"].value = ("4", "5")
    explorer.name.value = "Budget students in shared flats"
    explorer.save_button.click()
    explorer.compare_button.click()
    assert explorer.comparison.children, "the comparison chart is shown"
    explorer.target.value = wb.segment("Busy big-city professionals").id
    explorer.target_button.click()

    # 01: finish the targeted segment and its neighbour in the builder; pick the pattern
    builder = widgets.SegmentBuilder(wb, "Busy big-city professionals")
    builder.descriptors["demographic"].value = [*builder.descriptors["demographic"].value,
                                                "works 45+ hours a week"]
    builder.reason.value = "They feel the no-time pain most and already pay to save time."
    builder.context.value = "weekday evenings after a long working day"
    builder.payer.value = "themselves"
    builder.user.value = "themselves and their partner"
    assert progress(path)["01-customer-segments"] < 100
    builder.picker.value = wb.segment("Budget students in shared flats").id
    builder.descriptors["demographic"].value = [*builder.descriptors["demographic"].value,
                                                "students"]
    builder.targeted.value = False
    builder.reason.value = "Money, not time, is their problem; a meal kit costs too much."
    widgets.SegmentPatternPicker(wb).pattern.value = "niche"
    assert progress(path)["01-customer-segments"] == 100
    assert progress(path)["02-segments-from-data"] == 50
    widgets.AnswerBox(wb, "02-why-this-segment", "Why?").answer.value = (
        "In the table big-city singles and couples who order takeaway often score far "
        "higher on the no-time pain than everyone else, and they are easy to reach online.")
    assert progress(path)["02-segments-from-data"] == 100

    # 03: the profile board, rated and ranked, then the comparison answer
    board = widgets.ProfileBoard(wb)
    items = {
        "job": [("Eat a proper dinner on weeknights", "very important", "functional"),
                ("Feel they have their evenings under control", "important", "emotional"),
                ("Host friends without a takeaway look", "less important", "social")],
        "pain": [("Too tired to cook after work", "extreme", None),
                 ("Groceries go off before they are used", "severe", None),
                 ("Takeaway is expensive and unhealthy", "moderate", None)],
        "gain": [("Dinner ready in 20 minutes", "essential", "required"),
                 ("No planning or shopping list", "important", "desired"),
                 ("Discover new dishes", "nice to have", "unexpected")],
    }
    for kind, rows in items.items():
        for text, level, kind_type in rows:
            board.new_text[kind].value = text
            board.add_buttons[kind].click()
            row = board.rows(kind)[-1]
            row.level.value = level
            if kind_type:
                row.type.value = kind_type
    # the Offering menu starts "not assessed yet": say it for every pain and gain
    board.rows("pain")[1].addressed.value = True
    assert progress(path)["03-customer-profile"] < 100
    for kind in ("pain", "gain"):
        for row in board.rows(kind):
            if row.addressed.value is None:
                row.addressed.value = False
    assert progress(path)["03-customer-profile"] < 100
    widgets.AnswerBox(wb, "03-compare-segments", "Compare").answer.value = (
        "Students share the food waste pain but money drives them, while our professionals "
        "would pay to save time; their gains differ more than their pains.")
    assert progress(path)["03-customer-profile"] == 100

    # the canvas, exported from the widget button
    canvas = widgets.CanvasView(wb)
    canvas.png_button.click()
    png = tmp_path / "lessons" / "exports" / "busy-big-city-professionals-canvas.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    first_half = {k: v for k, v in progress(path).items() if k[:2] in {"00", "01", "02", "03"}}
    assert first_half == dict.fromkeys(first_half, 100) and len(first_half) == 4
