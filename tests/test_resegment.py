"""Re-segmenting from a workbook's own log (kit.synthesis.resegment): where the answers split,
on constructed workbooks whose right split is known and on one with no real split, and the
split carried out (sub-segments, items, interviews, the parent kept, the next round's plan)."""

from __future__ import annotations

import pytest

import kit
from kit.errors import ValidationError
from kit.model import Workbook
from kit.synthesis import analyse, weigh_evidence
from kit.synthesis.resegment import (
    BOTH,
    INSIDE,
    default_placement,
    read_splits,
    resegment,
    split_matrix,
)


def _clubs(described: bool = True) -> Workbook:
    """Sports clubs' treasurers: the three who run clubs of over 100 members lose receipts;
    the two small clubs do not. Everyone wants the season's accounts done in an evening."""
    wb = Workbook()
    clubs = wb.add_segment("Treasurers of amateur sports clubs", id="clubs", targeted=True)
    clubs.add_descriptor("firmographic", "amateur sports club")
    receipts = clubs.profile.add("pain", "Receipts from volunteers go missing", id="receipts")
    evening = clubs.profile.add("job", "Close the season's accounts in one evening", id="eve")
    grants = clubs.profile.add("gain", "Grant applications filled in from the books", id="gr")
    wb.plan.segment = "clubs"
    people = {"Ana": ("over 100 members", "running"), "Ben": ("over 100 members", "rowing"),
              "Cy": ("over 100 members", "running"), "Dee": ("under 30 members", "rowing"),
              "Eli": ("under 30 members", "running")}
    for n, (alias, (size, sport)) in enumerate(people.items(), 1):
        contact = wb.plan.add_contact(alias, id=alias.lower(), status="done")
        if described:
            contact.add_descriptor("firmographic", size)
            contact.add_descriptor("behavioural", sport)
        big = size.startswith("over")
        wb.add_interview(contact.id, f"2026-03-0{n}",
                         confirmed=[evening.id] + ([receipts.id] if big else []),
                         contradicted=[] if big else [receipts.id])
    grants.notes = "nobody asked about it"
    return wb


def test_the_known_split_is_found_in_the_workbook_with_names_and_texts():
    reading = read_splits(_clubs())
    assert [p.name for p in reading.interviewees] == ["Ana", "Ben", "Cy", "Dee", "Eli"]
    assert reading.undescribed == ()
    best = reading.splits[0]
    assert best.descriptor == "over 100 members" and best.others == ("under 30 members",)
    assert best.inside == ("ana", "ben", "cy") and best.items == ("receipts",)
    assert best.chance == 1 / 10  # 3 of 5 confirmed, exactly the 3 inside: 1 way in C(5,3)
    said = reading.said(best)
    assert "Receipts from volunteers go missing" in said and "Inside: Ana, Ben, Cy" in said
    assert reading.message.startswith("The interviewees who confirmed")


def test_nothing_is_proposed_when_no_descriptor_lines_up_and_the_message_says_why():
    wb = _clubs()
    for contact in wb.plan.contacts:  # the sizes swapped against the answers: Ana, Dee big
        contact.descriptors["firmographic"] = (
            ["over 100 members"] if contact.alias in ("Ana", "Dee") else ["under 30 members"])
        contact.descriptors["behavioural"] = []
    reading = read_splits(wb)
    assert reading.splits == ()
    assert "No descriptor splits the answers cleanly" in reading.message


def test_undescribed_interviewees_are_named_and_nothing_is_invented():
    reading = read_splits(_clubs(described=False))
    assert reading.splits == () and reading.undescribed == ("Ana", "Ben", "Cy", "Dee", "Eli")
    assert "Only 0 of your 5 interviewees are described" in reading.message


def test_the_matrix_groups_the_interviewees_by_the_split():
    matrix = split_matrix(read_splits(_clubs()))
    assert matrix.rows == ("Ana", "Ben", "Cy", "Dee", "Eli") and matrix.inside == 3
    # the item the split separates first, then the other item everyone mentioned
    assert matrix.columns == ("Receipts from volunteers go missing",
                              "Close the season's accounts in one evening")
    assert matrix.split_items == 1 and matrix.kinds == ("pain", "job")
    assert [row[0] for row in matrix.cells] == ["confirmed"] * 3 + ["contradicted"] * 2
    assert all(row[1] == "confirmed" for row in matrix.cells)


def test_resegmenting_makes_the_sub_segments_and_keeps_the_parent():
    wb = _clubs()
    reading = read_splits(wb)
    split = reading.splits[0]
    placement = default_placement(reading, split)
    assert placement == {"eve": BOTH, "receipts": INSIDE, "gr": BOTH}
    made = resegment(wb, criterion=split.descriptor, family="firmographic",
                     names=["Treasurers of big clubs", "Treasurers of small clubs"],
                     inside=split.inside, outside=split.outside,
                     other_criterion="under 30 members", placement=placement)
    parent = wb.segment("clubs")
    assert parent.targeted is False and "over 100 members" in parent.reason
    assert len(parent.profile.all_items()) == 3  # the round's record stays whole
    big, small = made.inside, made.outside
    assert big.parent == small.parent == "clubs" and big.targeted is True
    assert small.targeted is None  # the other side is not decided yet
    assert big.descriptors["firmographic"] == ["amateur sports club", "over 100 members"]
    assert small.descriptors["firmographic"] == ["amateur sports club", "under 30 members"]
    assert [i.text for i in big.profile.all_items()] == [
        "Close the season's accounts in one evening", "Receipts from volunteers go missing",
        "Grant applications filled in from the books"]
    assert "Receipts from volunteers go missing" not in [
        i.text for i in small.profile.all_items()]
    assert big.profile.gains[0].notes == "nobody asked about it"  # copied whole
    assert wb.plan.segment == big.id
    assert [i.segment for i in wb.interviews] == [big.id] * 3 + [small.id] * 2
    # each sub-segment's evidence is its own interviews': 3 big clubs confirmed the receipts
    evidence = {(e.segment, e.text): e for e in weigh_evidence(wb)}
    receipts = evidence[(big.name, "Receipts from volunteers go missing")]
    assert (receipts.interviews, receipts.confirmed, receipts.contradicted) == (3, 3, 0)
    assert big.profile.pains[0].evidence == "validated"
    # the parent still reads the whole round; the chosen sub-segment starts with its three
    assert analyse(wb, segment=parent).interviews == 5
    chosen = analyse(wb)
    assert chosen.interviews == 3
    # the evidence board of the sub-segment shows its own items, under their own ids
    from kit.synthesis import interview_marks
    ids = {i.id for i in big.profile.all_items()}
    assert {p.id for p in chosen.patterns} == ids
    assert all(set(marks) <= ids for marks in interview_marks(wb))
    # the next round's interviews count for the chosen sub-segment
    fay = wb.plan.add_contact("Fay", descriptors={"firmographic": ["over 100 members"]})
    later = wb.add_interview(fay.id, "2026-04-01", confirmed=[big.profile.pains[0].id])
    assert later.segment == big.id and analyse(wb).interviews == 4
    assert analyse(wb, segment=small).interviews == 2
    wb.validate()


def test_a_new_item_the_split_separates_goes_into_the_side_that_confirmed_it():
    wb = kit.data.load_example("scattered")
    reading = read_splits(wb)
    split = reading.splits[0]
    assert split.descriptor == "eats to a diet for health or sport"
    assert [reading.names()[k] for k in split.inside] == ["Hannah", "Pieter"]
    assert split_matrix(reading).rows[:2] == ("Hannah", "Pieter")  # grouped, not log order
    numbers = split.items[0]
    assert "nutrition numbers" in reading.items[numbers]
    made = resegment(wb, criterion=split.descriptor, family="psychographic",
                     names=["People who eat to a diet", "Other home cooks"],
                     inside=split.inside, outside=split.outside,
                     placement=default_placement(reading, split))
    added = [i for i in made.inside.profile.all_items() if i.origin == numbers]
    assert len(added) == 1 and added[0].evidence == "validated"  # Hannah and Pieter
    assert not [i for i in made.outside.profile.all_items() if i.origin == numbers]


@pytest.mark.parametrize("bad, message", [
    ({"criterion": "  "}, "name the descriptor"),
    ({"names": ["Big", "big "]}, "different names"),
    ({"names": ["Only one"]}, "a name each"),
    ({"family": "astrological"}, "not a descriptor family"),
    ({"chosen": "neither"}, "choose the sub-segment"),
    ({"placement": {"receipts": "nowhere"}}, "not a place"),
    ({"placement": {"nothing-such": INSIDE}}, "no profile item or new item"),
    ({"outside": ["ana", "dee"]}, "both sides"),
    ({"names": ["Big clubs", "treasurers of amateur sports clubs"]}, "already a segment"),
])
def test_bad_input_is_refused_in_plain_words(bad, message):
    wb = _clubs()
    before = wb.to_dict()
    fields = {"criterion": "over 100 members", "family": "firmographic",
              "names": ["Big clubs", "Small clubs"], "inside": ["ana", "ben", "cy"],
              "outside": ["dee", "eli"], "placement": {}} | bad
    with pytest.raises(ValidationError, match=message):
        resegment(wb, **fields)
    assert wb.to_dict() == before  # nothing changed


def test_a_sub_segment_removed_gives_its_interviews_back_to_its_parent():
    wb = _clubs()
    made = resegment(wb, criterion="over 100 members", family="firmographic",
                     names=["Big clubs", "Small clubs"], inside=["Ana", "Ben", "Cy"],
                     outside=["dee", "eli"])
    wb.remove_segment(made.inside)
    assert [i.segment for i in wb.interviews] == ["clubs"] * 3 + [made.outside.id] * 2
    assert wb.interviews_of(made.outside) == wb.interviews[3:]
    assert len(wb.interviews_of(wb.segment("clubs"))) == 5
    wb.remove_segment(wb.segment("clubs"))
    assert made.outside.parent == "" and len(wb.interviews_of(made.outside)) == 5


def test_the_synthesis_view_says_whose_round_it_reads_after_a_split():
    from kit import widgets

    wb = _clubs()
    resegment(wb, criterion="over 100 members", family="firmographic",
              names=["Big clubs", "Small clubs"], inside=["ana", "ben", "cy"],
              outside=["dee", "eli"])
    view = widgets.SynthesisView(wb)
    assert view.synthesis is not None and view.synthesis.interviews == 3
    text = view.advice.value
    assert "Big clubs" in text and "Treasurers of amateur sports clubs" in text
    assert "over 100 members" in text and "3 so far" in text
