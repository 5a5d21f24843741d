"""The interview widgets driven without a browser, asserted on the saved workbook file.

"Restart" below means: open the workbook file again and build a fresh widget from it, as a
learner's notebook does after a kernel restart.
"""

from __future__ import annotations

import asyncio

import pytest

import kit
from kit import widgets
from kit.model import NewItem
from kit.workbook import WorkbookStore


def saved(workbook, path):
    WorkbookStore(path).save(workbook)
    return kit.open_workbook(path)


@pytest.fixture
def wb(tmp_path, good_workbook):
    """The good workbook of conftest (a profile, 4 contacts, 6 questions), tied to a file."""
    return saved(good_workbook, tmp_path / "workbook.json")


@pytest.fixture
def finished(tmp_path, finished_workbook):
    """The whole path done: 3 logged interviews and a persona."""
    return saved(finished_workbook, tmp_path / "workbook.json")


def reopen(wb):
    return kit.open_workbook(wb.path)


class HandClock:
    """A clock the test moves by hand, with the two things the widgets' debounce uses of an
    asyncio loop: ``time()`` and ``call_later(delay, callback)``."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waiting: list[list] = []  # [when, callback, cancelled]

    def time(self) -> float:
        return self.now

    def call_later(self, delay, callback):
        call = [self.now + delay, callback, False]
        self.waiting.append(call)

        class Handle:
            def cancel(self) -> None:
                call[2] = True
        return Handle()

    def advance(self, seconds: float) -> None:
        """Move time on, running each call that falls due, in order."""
        end = self.now + seconds + 1e-12
        while due := [c for c in self.waiting if not c[2] and c[0] <= end]:
            call = min(due, key=lambda c: c[0])
            self.waiting.remove(call)
            self.now = max(self.now, call[0])
            call[1]()
        self.now = end


def count_saves(wb) -> list[int]:
    """A list that grows by one at each save of ``wb`` (its public ``save``, which every
    widget's save goes through), the save itself still done."""
    saves: list[int] = []
    real = wb.save

    def save() -> None:
        saves.append(1)
        real()

    wb.save = save
    return saves


def test_constructors_do_not_display(finished, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *a, **k: shown.append(a))
    for cls in (widgets.ContactPlanner, widgets.QuestionEditor, widgets.InterviewLog,
                widgets.SynthesisView, widgets.PersonaCard):
        cls(finished)
    empty = kit.open_workbook(finished.path.with_name("empty.json"))
    for cls in (widgets.ContactPlanner, widgets.QuestionEditor, widgets.InterviewLog,
                widgets.SynthesisView, widgets.PersonaCard):
        cls(empty)
    assert shown == []


# --------------------------------------------------------------------------- ContactPlanner


def test_contact_planner_round_trip_and_restart(wb):
    planner = widgets.ContactPlanner(wb)
    seg = wb.plan_segment
    assert planner.picker.value == seg.id
    assert "both parents work full time" in planner.descriptors.value
    planner.goal.value = "Learn how they decide what to cook on weekdays."
    planner.focus.value = "weekday dinners"
    planner.new_alias.value = "Ana"
    planner.add_button.click()
    row = planner.rows()[-1]
    row.why.value = "two children aged 1 and 3; both parents work"
    row.reach.value = "school gate, Monday"
    row.status.value = "scheduled"
    planner.rows()[0].alias.value = "Sam R."
    again = reopen(wb)
    assert again.plan.learning_goal.startswith("Learn how")
    assert again.plan.problem_focus == "weekday dinners"
    ana = again.plan.contacts[-1]
    assert (ana.alias, ana.reach, ana.status) == ("Ana", "school gate, Monday", "scheduled")
    assert again.plan.contacts[0].alias == "Sam R."
    fresh = widgets.ContactPlanner(again)
    assert [r.alias.value for r in fresh.rows()] == ["Sam R.", "Priya", "Tom", "Lena", "Ana"]
    assert fresh.rows()[-1].status.value == "scheduled"
    assert fresh.focus.value == "weekday dinners"


def test_contact_planner_chooses_the_segment_and_keeps_aliases(wb):
    other = wb.segment("Retired couples who enjoy cooking")
    planner = widgets.ContactPlanner(wb)
    planner.picker.value = other.id
    assert reopen(wb).plan.segment == other.id
    assert "aged 65+" in planner.descriptors.value
    planner.rows()[0].alias.value = "  "
    assert "needs an alias" in planner.status.value
    assert reopen(wb).plan.contacts[0].alias == "Sam"
    planner.add("")
    assert "alias first" in planner.status.value


def test_contact_count_explains_why_three_to_five(wb):
    wb.plan.contacts.clear()
    wb.save()
    planner = widgets.ContactPlanner(wb)
    for alias in ("Ana", "Ben"):
        planner.add(alias)
    assert "you have 2" in planner.count.value
    assert "cannot tell a pattern from one person" in planner.count.value
    planner.add("Cleo")
    assert "good first round" in planner.count.value
    for alias in ("Dev", "Eli", "Fay"):
        planner.add(alias)
    assert "6 contacts is more than a first round needs" in planner.count.value
    assert len(reopen(wb).plan.contacts) == 6


def test_contact_removal_needs_two_clicks(wb):
    planner = widgets.ContactPlanner(wb)
    planner.rows()[1].remove.click()
    assert "again" in planner.status.value
    assert [c.alias for c in reopen(wb).plan.contacts] == ["Sam", "Priya", "Tom", "Lena"]
    planner.rows()[1].remove.click()
    assert [c.alias for c in reopen(wb).plan.contacts] == ["Sam", "Tom", "Lena"]
    assert len(planner.rows()) == 3


def test_contact_planner_exports_the_plan(wb):
    planner = widgets.ContactPlanner(wb)
    planner.export_button.click()
    folder = wb.path.parent / "exports"
    assert (folder / "interview-plan.md").is_file()
    assert (folder / "interview-plan.csv").is_file()
    assert "interview-plan.md" in planner.link.value
    assert "Sam" in (folder / "interview-plan.csv").read_text("utf-8")


def test_contact_planner_escapes_learner_text(wb):
    wb.segments[0].add_descriptor("behavioural", "<b>bold</b> & co")
    wb.save()
    planner = widgets.ContactPlanner(wb)
    assert "<b>bold</b>" not in planner.descriptors.value
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in planner.descriptors.value


# --------------------------------------------------------------------------- QuestionEditor


def test_question_editor_without_a_loop_lints_and_saves_at_once(wb):
    editor = widgets.QuestionEditor(wb)
    assert "6 question(s), 0 weak" in editor.summary.value
    row = editor.rows()[1]
    assert row.text.continuous_update is True
    assert "good" in row.feedback.value
    row.text.value = "Do you like our app?"
    assert reopen(wb).plan.questions[1].text == "Do you like our app?"
    assert "weak (pitch, opinion, closed)" in row.feedback.value
    assert "Leave the product out" in row.feedback.value
    assert "Try: \u201cTell me about the last time" in row.feedback.value
    assert "6 question(s), 1 weak" in editor.summary.value


def test_question_editor_typing_fast_makes_one_save_after_flush(wb):
    clock = HandClock()
    editor = widgets.QuestionEditor(wb, clock=clock)
    saves = count_saves(wb)
    first, second = editor.rows()[0], editor.rows()[1]
    for text in ("W", "Would", "Would you", "Would you buy a meal kit?"):
        first.text.value = text
    second.text.value = "Do you cook every day?"
    assert saves == []
    assert "good" in first.feedback.value  # the verdict waits for a pause
    assert editor.flush() is True
    assert editor.flush() is False  # nothing left to do
    clock.advance(10)  # the pause that was waited for does nothing more
    assert len(saves) == 1
    questions = reopen(wb).plan.questions
    assert questions[0].text == "Would you buy a meal kit?"
    assert questions[1].text == "Do you cook every day?"
    assert "hypothetical" in first.feedback.value and "closed" in first.feedback.value
    assert "Try: \u201cHow do you cook every day today?\u201d" in second.feedback.value
    assert "2 weak" in editor.summary.value


def test_question_editor_saves_after_a_pause_from_the_last_keystroke(wb):
    clock = HandClock()
    editor = widgets.QuestionEditor(wb, delay=0.4, clock=clock)
    saves = count_saves(wb)
    row = editor.rows()[0]
    for text in ("Would", "Would you", "Would you use our app?"):  # 0.3 s apart
        row.text.value = text
        clock.advance(0.3)
    assert saves == []  # 0.3 s after the last keystroke: still typing
    clock.advance(0.09)
    assert saves == [] and "good" in row.feedback.value
    clock.advance(0.01)  # 0.4 s of quiet
    assert len(saves) == 1
    assert reopen(wb).plan.questions[0].text == "Would you use our app?"
    assert "hypothetical" in row.feedback.value and "Saved" in editor.status.value


def test_question_editor_keeps_typed_text_in_the_model_before_the_pause(wb):
    """What is typed is the workbook's at once: a save by another form keeps it, and a form
    built again (the cell run again) shows it, though the editor has not saved yet."""
    editor = widgets.QuestionEditor(wb, clock=HandClock())
    editor.rows()[0].text.value = "Tell me about the last time you shopped for dinner."
    assert reopen(wb).plan.questions[0].text != editor.rows()[0].text.value  # not saved yet
    again = widgets.QuestionEditor(wb, clock=HandClock())
    assert again.rows()[0].text.value == "Tell me about the last time you shopped for dinner."
    widgets.StartPanel(wb).learner.value = "Grace Hopper"  # another form saves the workbook
    assert (reopen(wb).plan.questions[0].text
            == "Tell me about the last time you shopped for dinner.")


def test_question_editor_waits_on_the_running_loop_by_default(wb):
    editor = widgets.QuestionEditor(wb, delay=0.0)
    saves = count_saves(wb)

    async def typing() -> None:
        editor.rows()[0].text.value = "Do you like our app?"
        assert saves == []  # not at once: the save waits for the loop
        for _ in range(3):
            await asyncio.sleep(0)  # let the loop run what is due (no time passes)

    asyncio.run(typing())
    assert len(saves) == 1
    assert reopen(wb).plan.questions[0].text == "Do you like our app?"


def test_question_editor_check_button_flushes(wb):
    editor = widgets.QuestionEditor(wb, clock=HandClock())
    row = editor.rows()[2]
    row.text.value = "Don't you think cooking is stressful?"
    editor.check_button.click()
    assert reopen(wb).plan.questions[2].text.startswith("Don't you think")
    assert "leading" in row.feedback.value


def test_question_editor_new_question_box_is_linted_after_flush_and_not_saved(wb):
    editor = widgets.QuestionEditor(wb, clock=HandClock())
    saves = count_saves(wb)
    assert editor.new_text.continuous_update is True
    assert editor.new_feedback.value == ""  # an empty box shows no verdict
    for text in ("W", "Would", "Would you", "Would you buy a meal kit?"):
        editor.new_text.value = text
    assert editor.new_feedback.value == ""  # the verdict waits for a pause
    assert editor.flush() is False  # linted, but nothing to save
    assert "weak (hypothetical, closed)" in editor.new_feedback.value
    assert "Try: \u201cTell me about the last time" in editor.new_feedback.value
    assert saves == [] and len(reopen(wb).plan.questions) == 6
    plain = widgets.QuestionEditor(wb)  # no clock, no running loop: at once
    plain.new_text.value = "Tell me about the last time you cooked dinner."
    assert "good" in plain.new_feedback.value


def test_question_editor_new_question_verdict_appears_on_its_own(wb):
    clock = HandClock()
    editor = widgets.QuestionEditor(wb, delay=0.1, clock=clock)
    saves = count_saves(wb)
    for text in ("Do", "Do you", "Do you like our app?"):
        editor.new_text.value = text
        clock.advance(0.02)
    assert editor.new_feedback.value == ""
    clock.advance(0.1)
    assert "weak (pitch, opinion, closed)" in editor.new_feedback.value
    editor.add_button.click()  # the added question leaves the box, and its verdict too
    assert editor.new_text.value == "" and editor.new_feedback.value == ""
    assert "weak (pitch, opinion, closed)" in editor.rows()[-1].feedback.value
    clock.advance(0.3)
    assert editor.new_feedback.value == ""
    assert len(saves) == 1
    assert reopen(wb).plan.questions[-1].text == "Do you like our app?"


def test_question_editor_add_move_remove(wb):
    editor = widgets.QuestionEditor(wb)
    editor.new_text.value = "What did you eat last night, and who cooked it?"
    editor.add_button.click()
    assert "7 question(s)" in editor.summary.value
    editor.rows()[-1].up.click()
    texts = [q.text for q in reopen(wb).plan.questions]
    assert texts[5].startswith("What did you eat last night")
    editor.rows()[0].remove.click()
    assert len(reopen(wb).plan.questions) == 7
    editor.rows()[0].remove.click()
    assert len(reopen(wb).plan.questions) == 6
    fresh = widgets.QuestionEditor(reopen(wb))
    assert [r.text.value for r in fresh.rows()] == [q.text for q in reopen(wb).plan.questions]
    assert fresh.rows()[0].number.value == "<b>1.</b>"


def test_question_editor_hints_on_the_set_size(wb):
    wb.plan.questions[2:] = []
    wb.save()
    editor = widgets.QuestionEditor(wb)
    # (the wording belongs to kit.checks.plan: test what it must say, not its sentence)
    assert "Write at least 5" in editor.summary.value
    assert "(you have 2)" in editor.summary.value
    editor.add("")
    assert "Type the question first" in editor.status.value


# --------------------------------------------------------------------------- InterviewLog


def test_interview_log_marks_quotes_new_items_and_heard_again(wb):
    seg = wb.plan_segment
    jobs, pains, gains = seg.profile.jobs, seg.profile.pains, seg.profile.gains
    sam, priya = wb.plan.contacts[:2]
    log = widgets.InterviewLog(wb)
    assert "No interview logged yet" in log.empty.value
    log.new_button.click()
    assert log.contact.value == sam.id
    log.date.value = "2026-11-10"
    log.evidence[pains[0].id].mark.value = "confirmed"
    log.evidence[pains[0].id].quote.value = "Half of it ends up in the bin."
    log.evidence[gains[2].id].mark.value = "contradicted"
    log.new_kind.value = "pain"
    log.new_text.value = "Grandparents feed the kids sweets before dinner"
    log.add_button.click()
    log.notes.value = "Dinner is a daily negotiation."
    assert log.picker.label == "Interview 1 — Sam, 2026-11-10"

    log.new_interview()
    assert log.contact.value == priya.id
    log.date.value = "12/11/2026"
    assert "not a date" in log.status.value
    log.date.value = "2026-11-12"
    grandparents = wb.interviews[0].new_items[0]
    log.heard_again[grandparents.id].value = True
    log.evidence[jobs[0].id].mark.value = "confirmed"
    log.evidence[jobs[0].id].mark.value = "contradicted"

    again = reopen(wb)
    first, second = again.interviews
    assert (first.contact, first.date) == (sam.id, "2026-11-10")
    assert first.confirmed == [pains[0].id] and first.contradicted == [gains[2].id]
    assert [(q.text, q.item) for q in first.quotes] == [("Half of it ends up in the bin.",
                                                         pains[0].id)]
    assert [(n.kind, n.text) for n in first.new_items] == [
        ("pain", "Grandparents feed the kids sweets before dinner")]
    assert first.notes == "Dinner is a daily negotiation."
    assert second.date == "2026-11-12"
    assert second.confirmed == [grandparents.id] and second.contradicted == [jobs[0].id]

    fresh = widgets.InterviewLog(again)
    assert fresh.picker.label == "Interview 2 — Priya, 2026-11-12"
    assert fresh.heard_again[grandparents.id].value is True
    assert fresh.evidence[jobs[0].id].mark.value == "contradicted"
    fresh.picker.value = first.id
    assert fresh.evidence[pains[0].id].quote.value == "Half of it ends up in the bin."
    assert fresh.notes.value == "Dinner is a daily negotiation."
    assert grandparents.id not in fresh.heard_again  # its own new item is not "heard again"


def test_interview_log_free_alias_and_quote_removal(wb):
    log = widgets.InterviewLog(wb)
    interview = log.new_interview(date="2026-12-01")
    log.contact.value = ""
    log.alias.value = "Mo from the playground"
    item = wb.plan_segment.profile.pains[1]
    log.evidence[item.id].quote.value = "No time, ever."
    log.evidence[item.id].quote.value = ""
    saved_iv = reopen(wb).interviews[0]
    assert saved_iv.contact == "Mo from the playground" and saved_iv.quotes == []
    assert interview.date == "2026-12-01"
    fresh = widgets.InterviewLog(reopen(wb))
    assert fresh.contact.value == "" and fresh.alias.value == "Mo from the playground"
    assert fresh.picker.label == "Interview 1 — Mo from the playground, 2026-12-01"


def test_interview_removal_needs_two_clicks_and_cleans_links(finished):
    log = widgets.InterviewLog(finished)
    log.picker.value = finished.interviews[0].id
    log.remove_button.click()
    assert len(reopen(finished).interviews) == 3
    log.remove_button.click()
    again = reopen(finished)
    assert len(again.interviews) == 2
    assert "new-grandparents" not in again.interviews[0].confirmed
    assert log.picker.label.startswith("Interview 2 — Tom")


def test_interview_log_escapes_learner_text(wb):
    wb.plan_segment.profile.add_pain("<script>alert(1)</script>")
    wb.add_interview(wb.plan.contacts[0].id, "2026-11-10",
                     new_items=[NewItem(kind="gain", text="<i>x</i>")])
    wb.save()
    log = widgets.InterviewLog(wb)
    labels = " ".join(r.label.value for r in log.evidence.values())
    assert "<script>" not in labels and "&lt;script&gt;" in labels
    assert "<i>x</i>" not in " ".join(
        c.children[0].value for c in log.new_box.children)


# --------------------------------------------------------------------------- SynthesisView


def test_synthesis_view_follows_the_log_and_updates_evidence(finished):
    seg = finished.plan_segment
    p = seg.profile
    for item in p.all_items():
        item.evidence = "hypothesis"
    finished.save()
    view = widgets.SynthesisView(finished)
    # 3 interviews; the third brought nothing new (confirming hypotheses is not new): 0 new
    # items to the 4 already known, a first reading
    assert view.synthesis.new_per_interview == (1, 0, 0)
    assert "Advice: approaching saturation" in view.advice.value
    assert "How sure:</b> provisional" in view.advice.value
    assert "first reading, not a verdict" in view.advice.value
    assert view.curve.children and view.board.children
    log = widgets.InterviewLog(finished)
    log.new_interview(finished.plan.contacts[3].id, "2026-11-16")
    log.evidence[p.pains[0].id].mark.value = "confirmed"
    log.evidence[p.jobs[0].id].mark.value = "confirmed"
    log.new_interview(finished.plan.contacts[0].id, "2026-11-18")
    log.evidence[p.pains[1].id].mark.value = "confirmed"
    assert view.synthesis.interviews == 5  # refreshed by the log's saves
    assert view.synthesis.new_per_interview == (1, 0, 0, 0, 0)
    assert "Advice: approaching saturation" in view.advice.value
    assert "How sure:</b> moderate" in view.advice.value
    assert "60%" in view.table.value  # the evening pain came up in 3 of 5 interviews
    assert "Confirmed" in view.table.value
    view.apply_button.click()
    assert "item(s) of the profile changed" in view.result.value
    again = reopen(finished).plan_segment.profile
    assert again.pains[0].evidence == "validated"  # 3 of 5 confirmed it
    assert again.jobs[0].evidence == "validated"  # 3 of 5
    assert again.pains[1].evidence == "validated"  # 2 of 5
    assert again.gains[2].evidence == "hypothesis"  # contradicted once: an anecdote
    assert again.gains[0].evidence == "hypothesis"  # confirmed once
    view.update_evidence()
    assert "nothing to change" in view.result.value


def test_synthesis_view_redraws_once_after_a_burst_of_clicks(finished):
    clock = HandClock()
    view = widgets.SynthesisView(finished, delay=0.1, clock=clock)
    log = widgets.InterviewLog(finished)
    p = finished.plan_segment.profile
    drawn = []
    real = view.refresh
    view.refresh = lambda force=False: (drawn.append(1), real(force))
    log.new_interview(finished.plan.contacts[3].id, "2026-11-16")
    for item in (p.pains[0], p.jobs[0], p.gains[0]):
        log.evidence[item.id].mark.value = "confirmed"
        clock.advance(0.05)
    assert drawn == [] and view.synthesis.interviews == 3
    clock.advance(0.05)
    assert len(drawn) == 1 and view.synthesis.interviews == 4
    clock.advance(1)
    assert len(drawn) == 1


def test_synthesis_view_without_interviews_explains(wb):
    view = widgets.SynthesisView(wb)
    assert view.body.layout.display == "none"
    assert "Log a few interviews first" in view.empty.value
    view.refresh_button.click()
    assert view.synthesis is None


def test_synthesis_view_keeps_a_hand_choice_with_a_note_and_says_so(finished):
    p = finished.plan_segment.profile
    for item in p.all_items():
        item.evidence = "hypothesis"
    p.pains[0].notes = "Both said it when I asked a leading question."  # confirmed by 2 of 3
    finished.save()
    view = widgets.SynthesisView(finished)
    assert "New: an item neither in your profile before the round" in view.body.children[1].value
    view.update_evidence()
    again = reopen(finished).plan_segment.profile
    assert again.pains[0].evidence == "hypothesis"  # kept: a note, and the evidence allows it
    assert again.jobs[0].evidence == "validated"  # 2 of 3, no note
    assert "Kept as you set them, because they have a note" in view.result.value
    assert "the interviews would allow validated" in view.result.value
    assert "One mention is an anecdote" in view.result.value


def test_interview_log_adds_a_new_item_to_the_profile_with_its_origin(finished):
    log = widgets.InterviewLog(finished)
    log.picker.value = finished.interviews[0].id
    button = log.add_buttons["new-grandparents"]
    assert button.description == "add to profile"
    before = [len(i.new_items) for i in finished.interviews]
    button.click()
    again = reopen(finished)
    added = next(i for i in again.plan_segment.profile.pains if i.origin == "new-grandparents")
    assert added.text == "Grandparents feed the kids sweets before dinner"
    assert added.evidence == "validated"  # logged by Sam, heard again by Priya
    assert [len(i.new_items) for i in again.interviews] == before
    assert "in the profile" in log.add_buttons["new-grandparents"].value
    assert added.id not in log.evidence  # listed under New in the interview that logged it
    log.picker.value = finished.interviews[1].id  # Priya heard it again
    assert "new-grandparents" not in log.heard_again  # now marked as a profile item
    assert log.evidence[added.id].mark.value == "confirmed"
    log.evidence[added.id].mark.value = "contradicted"
    second = reopen(finished).interviews[1]
    assert "new-grandparents" not in second.confirmed
    assert second.contradicted[-1] == added.id
    from kit.synthesis import analyse

    assert analyse(reopen(finished)).new_per_interview == (1, 0, 0)  # still new only once


def test_interview_log_says_when_a_new_item_was_heard_earlier(wb):
    wb.add_interview(wb.plan.contacts[0].id, "2026-11-10", confirmed=["x"])
    wb.add_interview(wb.plan.contacts[1].id, "2026-11-12",
                     new_items=[NewItem(kind="pain", text="No fridge at work", id="x")])
    wb.save()
    log = widgets.InterviewLog(wb)
    assert log.picker.value == wb.interviews[1].id
    (row,) = log.new_box.children
    assert "heard earlier, in interview 1: not new here" in row.children[2].value


# --------------------------------------------------------------------------- PersonaCard


def test_persona_card_saves_previews_and_exports(wb):
    card = widgets.PersonaCard(wb)
    seg = wb.plan_segment
    assert card.picker.value == seg.id and card.preview.children
    blank = card.preview.children[0].value
    card.name.value = "Marta Kowalski"
    card.age.value = "36"
    card.location.value = "Rotterdam, city centre"
    card.occupation.value = "project manager"
    card.quote.value = "Half of what I cook ends up in the bin."
    card.story.value = "Comes home at 6.30 with two hungry toddlers."
    assert card.preview.children[0].value != blank  # redrawn after the saves
    card.picture.value = "pictures/marta.png"
    assert "no picture file" in card.status.value
    persona = reopen(wb).persona
    assert (persona.segment, persona.name, persona.age) == (seg.id, "Marta Kowalski", "36")
    assert persona.story.startswith("Comes home") and persona.picture == "pictures/marta.png"
    png = card.export("png")
    assert png.is_file() and png.read_bytes()[:4] == b"\x89PNG"
    card.pdf_button.click()
    assert (wb.path.parent / "exports" / "persona-marta-kowalski.pdf").read_bytes()[:4] == b"%PDF"
    card.md_button.click()
    md = wb.path.parent / "exports" / "persona-marta-kowalski.md"
    text = md.read_text("utf-8")
    assert "Marta Kowalski" in text and "Customer profile:" in text
    assert "persona-marta-kowalski.md" in card.link.value
    fresh = widgets.PersonaCard(reopen(wb))
    assert fresh.name.value == "Marta Kowalski" and fresh.location.value.startswith("Rotterdam")
    assert fresh.picker.value == seg.id


def test_persona_card_explains_what_is_missing(wb):
    card = widgets.PersonaCard(wb)
    assert card.export("png") is None
    assert "Give the persona a name" in card.status.value
    other = wb.segment("Retired couples who enjoy cooking")
    card.picker.value = other.id
    card.name.value = "Joop"
    assert reopen(wb).persona.segment == other.id


def test_removing_a_contact_keeps_their_interview_under_their_alias(wb):
    sam = wb.plan.contacts[0]
    wb.add_interview(sam.id, "2026-11-10")
    wb.save()
    planner = widgets.ContactPlanner(wb)
    planner.rows()[0].remove.click()
    planner.rows()[0].remove.click()
    again = reopen(wb)
    assert [c.alias for c in again.plan.contacts] == ["Priya", "Tom", "Lena"]
    assert again.interviews[-1].contact == "Sam"  # no longer an id that points nowhere
