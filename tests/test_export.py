"""kit.export: the interview plan, persona and canvas as Markdown and CSV, and their files."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kit
from kit.errors import KitError
from kit.export import (
    CSV_COLUMNS,
    INTERVIEW_CHECKLIST,
    canvas_markdown,
    export_markdown,
    export_plan,
    persona_markdown,
    plan_csv,
    plan_markdown,
)
from kit.model import Workbook

FRESHBOX = Path(__file__).resolve().parents[1] / "datasets" / "examples" / "freshbox.json"
BUSY = "Busy urban professionals living alone or as a couple"


@pytest.fixture
def freshbox(tmp_path) -> Workbook:
    """The FreshBox example (a copy) with a persona; first-round evidence on a few items."""
    path = tmp_path / "workbook.json"
    shutil.copy(FRESHBOX, path)
    wb = kit.open_workbook(path)
    seg = wb.segment(BUSY)
    p = wb.persona
    p.segment, p.name, p.age = seg.id, "Maya Okafor", "34"
    p.location, p.occupation = "Rotterdam", "Management consultant"
    p.quote = "I open the delivery app again."
    p.story = "Maya lives alone and works long days."
    seg.profile.jobs[0].evidence = "validated"
    seg.profile.pains[1].evidence = "invalidated"
    return wb


def positions(text: str, parts: list[str]) -> list[int]:
    found = [text.find(p) for p in parts]
    assert -1 not in found, [p for p, i in zip(parts, found, strict=True) if i < 0]
    return found


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


# --------------------------------------------------------------------------- plan, Markdown


def test_plan_markdown_has_segment_goal_focus_contacts_questions_and_checklist(freshbox):
    md = plan_markdown(freshbox)
    plan = freshbox.plan
    assert md.startswith("# Interview plan\n")
    assert f"**Segment:** {BUSY}" in md and "aged 25" in md and "*geographic:*" in md
    assert plan.learning_goal in md and plan.problem_focus in md
    aliases = positions(md, [f"| {n} | {c.alias} |" for n, c in
                             enumerate(plan.contacts, start=1)])
    assert aliases == sorted(aliases)  # in the plan's order
    for c in plan.contacts:
        row = next(line for line in md.splitlines() if f"| {c.alias} |" in line)
        assert c.why in row and c.reach in row and row.endswith(f"| {c.status} |")
    questions = positions(md, [f"\n{n}. {q.text}\n" for n, q in
                               enumerate(plan.questions, start=1)])
    assert questions == sorted(questions) and len(questions) == 8
    checklist = md[md.index("## During the interview"):]
    assert [line for line in checklist.splitlines() if line.startswith("- [ ] ")] == \
        [f"- [ ] {item}" for item in INTERVIEW_CHECKLIST]
    text = " ".join(INTERVIEW_CHECKLIST).lower()
    assert all(w in text for w in ("past", "specific", "pitch", "surprise", "who else"))


def test_pipes_newlines_and_markdown_in_learner_text_cannot_break_the_plan(freshbox):
    plan = freshbox.plan
    plan.contacts[0].why = "works | lives downtown\nsecond line"
    plan.contacts[1].alias = "Jo *the* | boss"
    plan.questions[0].text = "# not a heading\nbut one question with <b>html</b>"
    plan.questions[1].text = "1. is not a nested list"
    md = plan_markdown(freshbox)
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + len(plan.contacts)  # header + one line per contact
    assert all(unescaped_pipes(row) == 6 for row in rows)
    assert "works \\| lives downtown<br>second line" in md
    assert "| Jo \\*the\\* \\| boss |" in md
    assert "\n1. \\# not a heading but one question with \\<b\\>html\\</b\\>\n" in md
    assert "\n2. 1\\. is not a nested list\n" in md


def test_an_empty_plan_says_what_is_missing():
    md = plan_markdown(Workbook())
    for phrase in ("not chosen yet", "No learning goal yet", "No problem focus yet",
                   "No contacts yet", "No questions yet", "## During the interview"):
        assert phrase in md


# --------------------------------------------------------------------------- plan, CSV


def test_plan_csv_parses_back_to_the_same_contacts_and_questions(freshbox):
    plan = freshbox.plan
    plan.contacts[0].why = 'says "maybe", then: yes,\nand a second line'
    text = plan_csv(freshbox)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    rows = list(reader)
    contacts = [r for r in rows if r["section"] == "contact"]
    questions = [r for r in rows if r["section"] == "question"]
    assert rows == contacts + questions  # contacts first
    assert [(r["number"], r["text"], r["why"], r["reach"], r["status"]) for r in contacts] == \
        [(str(n), c.alias, c.why, c.reach, c.status) for n, c in
         enumerate(plan.contacts, start=1)]
    assert [(r["number"], r["text"], r["why"], r["reach"], r["status"]) for r in questions] == \
        [(str(n), q.text, "", "", "") for n, q in enumerate(plan.questions, start=1)]


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_cells_that_a_spreadsheet_would_run_as_formulas_get_a_quote_mark(freshbox, start):
    plan = freshbox.plan
    plan.contacts[0].alias = f'{start}HYPERLINK("http://evil.example","Marta")'
    plan.contacts[1].reach = f"{start}1+1"
    plan.questions[0].text = f"{start}SUM(A1:A9) is what you spent?"
    rows = list(csv.DictReader(io.StringIO(plan_csv(freshbox), newline="")))
    assert rows[0]["text"] == f"'{start}HYPERLINK(\"http://evil.example\",\"Marta\")"
    assert rows[1]["reach"] == f"'{start}1+1"
    assert rows[len(plan.contacts)]["text"] == f"'{start}SUM(A1:A9) is what you spent?"
    assert rows[2]["text"] == plan.contacts[2].alias  # ordinary text is left alone


# --------------------------------------------------------------------------- files


def test_export_plan_writes_the_markdown_and_the_csv(freshbox, tmp_path):
    out = export_plan(freshbox, tmp_path / "exports" / "week 1")
    assert [p.name for p in out] == ["interview-plan.md", "interview-plan.csv"]
    md, table = out
    assert md.read_text(encoding="utf-8") == plan_markdown(freshbox)
    raw = table.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    assert raw.decode("utf-8") == plan_csv(freshbox)
    assert raw.count(b"\r\n") >= 1 + 4 + 8 and b"\n" not in raw.replace(b"\r\n", b"")


def test_export_markdown_writes_utf8_and_makes_folders(freshbox, tmp_path):
    out = export_markdown(persona_markdown(freshbox), tmp_path / "a" / "b" / "persona.md")
    assert out == tmp_path / "a" / "b" / "persona.md"
    assert out.read_text(encoding="utf-8") == persona_markdown(freshbox)
    assert "\u201c" in out.read_text(encoding="utf-8")


def test_a_file_that_cannot_be_written_is_a_plain_kit_error(freshbox, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    with pytest.raises(KitError, match="Could not write"):
        export_plan(freshbox, tmp_path / "taken")
    with pytest.raises(KitError, match="Could not write"):
        export_markdown("# hi", tmp_path / "taken" / "x.md")
    with pytest.raises(KitError, match="Could not write"):
        export_markdown("# hi", tmp_path)  # a folder, not a file


# --------------------------------------------------------------------------- persona, canvas


def test_persona_markdown_shows_the_top_three_without_invalidated_items(freshbox):
    md = persona_markdown(freshbox)
    profile = freshbox.segment(BUSY).profile
    assert md.startswith("# Maya Okafor\n")
    assert "*34 · Rotterdam · Management consultant*" in md
    assert "> \u201cI open the delivery app again.\u201d" in md
    assert f"**Stands for:** {BUSY}" in md and "Maya lives alone" in md
    for heading, items in (("Tries to get done", profile.jobs), ("Top pains", profile.pains),
                           ("Top gains", profile.gains)):
        top = [i for i in items if i.evidence != "invalidated"][:3]
        section = md[md.index(f"## {heading}"):].split("\n## ")[0]
        numbered = [line for line in section.splitlines() if re.match(r"\d\. ", line)]
        assert [line.split(". ", 1)[1].removesuffix(" \u2713 *validated*")
                for line in numbered] == [i.text for i in top]
        assert [line.endswith("\u2713 *validated*") for line in numbered] == \
            [i.evidence == "validated" for i in top]
    assert profile.pains[1].text not in md  # invalidated


def test_persona_markdown_placeholders_and_missing_segment():
    wb = Workbook()
    wb.persona.segment = wb.add_segment("Nobody yet").id
    md = persona_markdown(wb)
    assert "No quote yet \u2014 add one from your interviews" in md
    assert "No jobs in the profile yet" in md
    wb.persona.segment = "gone"
    with pytest.raises(KitError, match="not in the workbook"):
        persona_markdown(wb)


def test_canvas_markdown_lists_every_item_in_rank_order_with_its_marks(freshbox):
    seg = freshbox.segment(BUSY)
    md = canvas_markdown(seg)
    assert md.startswith(f"# Customer profile: {BUSY}\n")
    for kind, heading in (("job", "## Customer jobs (ranked by importance)"),
                          ("pain", "## Pains (ranked by severity)"),
                          ("gain", "## Gains (ranked by relevance)")):
        section = md[md.index(heading):].split("\n## ")[0]
        items = seg.profile.items_of(kind)
        lines = [line for line in section.splitlines() if re.match(r"\d\. ", line)]
        assert len(lines) == len(items)
        for n, (line, item) in enumerate(zip(lines, items, strict=True), start=1):
            assert line.startswith(f"{n}. ") and item.text in line
            assert item.level in line and getattr(item, "type", item.level) in line
            assert ("not addressed by the current offering" in line) == (not item.addressed)
            assert {"validated": "\u2713 validated", "invalidated": "\u2717 invalidated",
                    "hypothesis": "hypothesis"}[item.evidence] in line
    assert f"~~{seg.profile.pains[1].text}~~" in md  # invalidated: struck through
    assert "\n1. Eat a proper dinner" in md


def test_an_empty_canvas_says_so():
    md = canvas_markdown(Workbook().add_segment("Empty"))
    assert "No jobs yet" in md and "No pains yet" in md and "No gains yet" in md


def test_import_kit_export_loads_no_plotting_or_pandas():
    code = ("import sys, kit.export\n"
            "print([m for m in ('matplotlib', 'pandas') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
