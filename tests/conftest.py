"""Shared fixtures: a complete, well-made workbook to compare weaker ones against."""

from __future__ import annotations

import pytest

from kit.model import Workbook


def build_good_workbook() -> Workbook:
    """A consumer case done well: a specific targeted segment, a neighbour, a full profile,
    and an interview plan with 4 contacts and open, past-specific questions."""
    wb = Workbook(learner="Ada", offering="FreshBox meal kits", segment_pattern="niche")
    seg = wb.add_segment(
        "Dual-income parents of toddlers in big cities", kind="consumer", targeted=True,
        reason="They feel the evening rush most and already pay to save time.", size=42000,
        context="weekday evenings at home", payer="either parent", user="the whole family")
    for family, text in [("demographic", "both parents work full time"),
                         ("demographic", "children aged 1-4"),
                         ("geographic", "lives in a city over 500,000 people"),
                         ("behavioural", "orders takeaway at least twice a week")]:
        seg.add_descriptor(family, text)
    neighbour = wb.add_segment("Retired couples who enjoy cooking", targeted=False,
                               reason="They have time and like to cook from scratch.")
    neighbour.add_descriptor("demographic", "aged 65+")
    neighbour.add_descriptor("psychographic", "cooking is a hobby")
    neighbour.add_descriptor("behavioural", "shops at the market weekly")
    p = seg.profile
    p.add_job("Get a healthy dinner on the table by 7pm", type="functional",
              importance="very important")
    p.add_job("Be seen by other parents as someone who feeds the kids well", type="social",
              importance="important")
    p.add_job("Feel calm rather than rushed in the evening", type="emotional",
              importance="important")
    p.add_pain("The kids refuse new food and dinner gets thrown away", severity="extreme",
               addressed=False)
    p.add_pain("No time to plan meals during the working week", severity="severe",
               addressed=True)
    p.add_pain("Takeaway costs add up by the end of the month", severity="moderate",
               addressed=False)
    p.add_gain("Meals the whole family eats without arguments", type="required",
               relevance="essential", addressed=False)
    p.add_gain("Less food waste", type="expected", relevance="important", addressed=True)
    p.add_gain("Kids learn to cook a little", type="unexpected", relevance="nice to have",
               addressed=False)
    wb.answers["02-why-this-segment"] = (
        "In the survey the big-city parents who both work feel the evening rush most and "
        "already spend on takeaway, so they are easy to find and feel the pain strongly.")
    wb.answers["03-compare-segments"] = (
        "Retired couples share the wish for less food waste, but they have time and enjoy "
        "cooking, so the no-time pain that drives our parents hardly exists for them.")
    wb.plan.segment = seg.id
    wb.plan.learning_goal = "Find out how these parents decide what to cook on weekdays."
    for alias, why, reach in [
        ("Sam", "two kids aged 2 and 4, both parents work", "neighbour, ask in person"),
        ("Priya", "toddler, orders takeaway most Fridays", "colleague, email"),
        ("Tom", "single-income? no: both work shifts, one child aged 3", "nursery WhatsApp group"),
        ("Lena", "twins aged 2, lives downtown", "parents' forum, direct message"),
    ]:
        wb.plan.add_contact(alias, why=why, reach=reach)
    for q in ["Tell me about the last time you cooked dinner on a weekday.",
              "How do you decide what to cook during the week?",
              "What was the hardest part of last Tuesday's dinner?",
              "What have you tried to make weekday dinners easier?",
              "How much did you spend on takeaway last month?",
              "Who else in the house helps with dinner, and how?"]:
        wb.plan.add_question(q)
    return wb


def build_partial_workbook(assignment: str = "01-segments") -> tuple[Workbook, int]:
    """Half-done work for ``assignment``, and the points its automatic tests must give
    (worked out by hand from the rubric)."""
    wb = Workbook(learner="Pat", offering="Meal kits")
    seg = wb.add_segment("Night-shift nurses in Leeds", targeted=True,
                         reason="They eat at odd hours")
    seg.add_descriptor("demographic", "nurses")
    seg.add_descriptor("behavioural", "works night shifts")
    seg.add_descriptor("geographic", "Leeds")
    if assignment == "01-segments":
        # targeted-specific 2 + hidden-kinds 1; no context/size, no neighbour, no pattern
        return wb, 3
    p = seg.profile
    for text in ("Eat a proper meal before a shift", "Stay awake through the night",
                 "Keep a regular sleep pattern"):
        p.add_job(text, type="functional", importance="important")
    for text in ("Canteen is closed at night", "Vending machine food only",
                 "Too tired to cook after work"):
        p.add_pain(text, severity="severe")
    p.add_gain("Warm food at 3am on the ward", type="desired", relevance="essential")
    p.add_gain("Meals that help with sleeping later", type="desired")
    if assignment == "02-profile":
        # not 3 gains, all jobs functional, the offering not assessed against any pain or
        # gain: customer-not-product 2 + hidden (every item in real words, once) 1
        return wb, 3
    wb.plan.segment = seg.id
    wb.plan.learning_goal = "How nurses eat on night shifts"
    wb.plan.add_contact("Jo", why="night nurse at the LGI", reach="friend of a friend")
    wb.plan.add_contact("Sam", why="agency nurse on nights", reach="nursing forum")
    for q in ("Tell me about what you ate on your last night shift.",
              "How do you plan meals around your rota?", "What have you tried?",
              "What was the hardest part of your last week of nights?",
              "Would you buy our meal kit?"):
        wb.plan.add_question(q)
    if assignment == "03-interview-plan":
        # plan-goal 1 + questions-size 1 + hidden (the contacts are different people) 1;
        # 2 contacts, one weak question
        return wb, 3
    jo, sam = wb.plan.contacts
    wb.add_interview(jo.id, "2026-11-03", confirmed=[p.pains[0].id], new_items=[])
    from kit.model import NewItem

    wb.add_interview(sam.id, "2026-11-05", confirmed=[p.pains[0].id],
                     new_items=[NewItem(kind="pain", text="Lockers are too small for food")])
    p.pains[0].evidence = "validated"
    # 2 interviews: new-items 1 + evidence 2; too few for logged, quotes and the hidden test
    return wb, 3


def add_interviews(wb: Workbook) -> Workbook:
    """Part 2 of the path done well: 3 logged interviews, evidence updated, a persona."""
    seg = wb.targeted_segments[0]
    p = seg.profile
    sam, priya, tom = wb.plan.contacts[:3]
    first = wb.add_interview(sam.id, "2026-11-10", confirmed=[p.pains[0].id, p.jobs[0].id],
                             notes="Dinner is a daily negotiation.")
    picky = first.new_items
    from kit.model import NewItem, Quote

    picky.append(NewItem(kind="pain", text="Grandparents feed the kids sweets before dinner",
                         id="new-grandparents"))
    first.quotes.append(Quote(text="Half of what I cook ends up in the bin.",
                              item=p.pains[0].id))
    wb.add_interview(priya.id, "2026-11-12", confirmed=[p.pains[0].id, "new-grandparents"],
                     contradicted=[p.gains[2].id],
                     quotes=[Quote(text="My kids in the kitchen? Never again.",
                                   item=p.gains[2].id)])
    wb.add_interview(tom.id, "2026-11-14", confirmed=[p.jobs[0].id, p.pains[1].id],
                     quotes=[Quote(text="Sunday I plan, Wednesday the plan is dead.",
                                   item=p.pains[1].id)])
    # validated: confirmed by 2 or more and never contradicted; the rest heard once, so they
    # stay hypotheses (one mention is an anecdote)
    p.pains[0].evidence = "validated"
    p.jobs[0].evidence = "validated"
    for contact in (sam, priya, tom):
        contact.status = "done"
    wb.answers["05-what-next"] = (
        "Three interviews confirmed the evening rush and the waste, so we carry on with two more "
        "parents and add a question about grandparents, which surprised us.")
    wb.persona.segment = seg.id
    wb.persona.name = "Marta Kowalski"
    wb.persona.age = "36"
    wb.persona.location = "Rotterdam, city centre"
    wb.persona.occupation = "project manager, works full time"
    wb.persona.quote = "Half of what I cook ends up in the bin."
    wb.answers["06-review-plan"] = (
        "After every five interviews we review the canvas: move validated pains up, strike "
        "invalidated gains, and check the persona still matches the people we meet.")
    return wb


@pytest.fixture
def good_workbook() -> Workbook:
    return build_good_workbook()


@pytest.fixture
def finished_workbook() -> Workbook:
    """The whole path done well (lessons 00-06)."""
    return add_interviews(build_good_workbook())


# The longest modules start first, so that a worker is not left running one of them alone at
# the end of `make test` (pytest-xdist hands out modules in this order; within a module the
# order is kept).
SLOW_FIRST = ("test_course_cycle.py", "test_demo.py", "test_hostile.py", "test_postgres.py",
              "test_learner_work.py", "test_dask.py", "test_grader.py", "test_hub.py",
              "test_student_path.py", "test_report.py", "test_large_inputs.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FIRST)))
