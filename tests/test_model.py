"""The domain model: validation messages a learner understands, and lossless round trips."""

from __future__ import annotations

import json

import pytest

from kit.errors import ValidationError
from kit.model import (
    DESCRIPTOR_FAMILIES,
    JOB_TYPES,
    Filter,
    Gain,
    Interview,
    Job,
    Pain,
    Segment,
    Workbook,
)


def test_wrong_choice_names_field_problem_and_choices():
    with pytest.raises(ValidationError) as info:
        Job("Get dinner ready", type="fun")
    err = info.value
    assert err.field == "type"
    assert "'fun' is not a job type" in str(err)
    assert err.choices == JOB_TYPES
    for choice in JOB_TYPES:
        assert choice in str(err)


def test_setting_a_field_later_is_checked_too():
    pain = Pain("Queues at the till")
    with pytest.raises(ValidationError, match=r"severity.*Choose one of: extreme, severe"):
        pain.severity = "huge"
    assert pain.severity is None  # unchanged


def test_everyday_spellings_are_accepted():
    seg = Segment(name="Small bakeries", kind="B2B")
    assert seg.kind == "business"
    seg.add_descriptor("Behavioral", "bakes on site every morning")
    assert seg.descriptors["behavioural"] == ["bakes on site every morning"]
    assert Job("x", type="Basic needs").type == "basic need"
    assert Workbook(segment_pattern="Multi sided").segment_pattern == "multi-sided"


def test_nested_errors_name_the_path():
    data = {"schema_version": 1, "segments": [
        {"name": "A"}, {"name": "B", "profile": {"gains": [{"text": "x", "type": "great"}]}}]}
    with pytest.raises(ValidationError) as info:
        Workbook.from_dict(data, "workbook")
    assert info.value.field == "workbook.segments[1].profile.gains[0].type"
    assert "required, expected, desired, unexpected" in str(info.value)


@pytest.mark.parametrize(("data", "words"), [
    ({"segments": [{"name": ""}]}, "needs a name"),
    ({"segments": [{"name": "A", "size": -3}]}, "whole number of customers"),
    ({"segments": [{"name": "A", "size": True}]}, "whole number"),
    ({"segments": [{"name": "A", "targeted": "yes"}]}, "true or false"),
    ({"segments": [{"name": "A", "descriptors": {"astrological": ["Leo"]}}]},
     "not a descriptor family"),
    ({"segments": "A"}, "expected a list"),
    ({"segmnts": []}, "unknown field 'segmnts'"),
    ({"interviews": [{"date": "last Tuesday"}]}, "year-month-day"),
    ({"plan": {"contacts": [{"alias": "Jo", "status": "ghosted"}]}}, "not a contact status"),
])
def test_invalid_data_is_refused_with_a_plain_reason(data, words):
    with pytest.raises(ValidationError, match=words):
        Workbook.from_dict(data)


def test_round_trip_keeps_everything(good_workbook):
    data = good_workbook.to_dict()
    text = json.dumps(data)
    again = Workbook.from_dict(json.loads(text))
    assert again.to_dict() == data
    seg = again.segment("dual-income parents of toddlers in big cities")
    assert [j.type for j in seg.profile.jobs] == ["functional", "social", "emotional"]
    assert seg.profile.pains[1].addressed is True
    assert again.plan.segment == seg.id


def test_descriptors_always_have_every_family():
    seg = Segment(name="Makers", descriptors={"geographic": ["rural"]})
    assert list(seg.descriptors) == list(DESCRIPTOR_FAMILIES)
    assert seg.families_used() == ["geographic"]


def test_ranking_moves_and_clamps():
    seg = Segment(name="Cafés")
    a, _b, c = (seg.profile.add_gain(t) for t in "abc")
    seg.profile.move(c, 0)
    assert [g.text for g in seg.profile.gains] == ["c", "a", "b"]
    seg.profile.move(c, 99)
    assert seg.profile.rank(c) == 3
    seg.profile.remove(a)
    assert [g.text for g in seg.profile.gains] == ["b", "c"]
    assert isinstance(seg.profile.gains[0], Gain)


def test_level_is_importance_severity_or_relevance():
    job, pain, gain = Job("j"), Pain("p"), Gain("g")
    job.level, pain.level, gain.level = "important", "extreme", "nice to have"
    assert (job.importance, pain.severity, gain.relevance) == (
        "important", "extreme", "nice to have")


def test_add_segment_refuses_duplicates_and_lookup_lists_names():
    wb = Workbook()
    wb.add_segment("Indie bookshops", kind="business")
    with pytest.raises(ValidationError, match="already a segment called"):
        wb.add_segment("indie bookshops")
    with pytest.raises(ValidationError, match="has these segments: 'Indie bookshops'"):
        wb.segment("Chains")


def test_interviews_link_to_profile_items(good_workbook):
    seg = good_workbook.targeted_segments[0]
    pain = seg.profile.pains[0]
    interview = good_workbook.add_interview(good_workbook.plan.contacts[0].id, "2026-11-20",
                                            confirmed=[pain.id])
    assert good_workbook.find_item(interview.confirmed[0]) == (seg, pain)
    assert Interview(date="").date == ""


def test_unsaved_workbook_explains_how_to_save():
    with pytest.raises(ValidationError, match=r"open one with kit.open_workbook"):
        Workbook().save()


# --------------------------------------------------------------------------- segment cuts


def test_a_cut_value_holding_or_comes_back_whole():
    """A filter's values are kept as they are: "master or higher" is one value, not two."""
    seg = Segment(name="Graduates in big cities", cut=[
        Filter("education", ["bachelor", "master or higher"]),
        Filter("city_size", ["big city"])])
    wb = Workbook(segments=[seg])
    again = Workbook.from_dict(json.loads(json.dumps(wb.to_dict())))
    (cut_again,) = [s.cut for s in again.segments]
    assert [(f.column, f.values) for f in cut_again] == [
        ("education", ["bachelor", "master or higher"]), ("city_size", ["big city"])]
    assert Segment(name="Typed by hand").cut == []


@pytest.mark.parametrize(("cut", "words"), [
    ([{"column": "", "values": ["bachelor"]}], "needs the name of the table column"),
    ([{"column": "education", "values": []}], "keeps at least one value"),
    ([{"column": "education", "values": "bachelor"}], "expected a list"),
    ([{"column": "education", "values": [3]}], "expected text"),
    ([{"column": "education", "values": ["a"]}, {"column": "education", "values": ["b"]}],
     "filtered twice"),
    ("education: bachelor", "expected a list"),
])
def test_a_bad_cut_is_refused_in_plain_words(cut, words):
    with pytest.raises(ValidationError, match=words):
        Workbook.from_dict({"segments": [{"name": "A", "cut": cut}]})


def test_a_filter_made_in_code_is_checked_too():
    with pytest.raises(ValidationError, match="values: a filter keeps at least one value"):
        Filter("education")
    with pytest.raises(ValidationError, match=r"cut\[0\]: expected a Filter"):
        Segment(name="A", cut=[("education", ["bachelor"])])  # type: ignore[list-item]


# --------------------------------------------------------------------------- links kept whole


def linked_workbook() -> Workbook:
    """Two segments, a plan and a persona about the first, two interviews that mark and quote
    its items, a new item heard in the first interview and added to the profile."""
    return Workbook.from_dict({
        "segments": [
            {"name": "Nurses", "id": "S1", "profile": {
                "pains": [{"text": "no time", "id": "p1"},
                          {"text": "from iv1", "id": "p2", "origin": "n1"}],
                "gains": [{"text": "hot meal", "id": "g1"}]}},
            {"name": "Students", "id": "S2", "targeted": True,
             "profile": {"jobs": [{"text": "eat cheap", "id": "j1"}]}},
        ],
        "plan": {"segment": "S1", "contacts": [{"alias": "Ana", "id": "c1"},
                                               {"alias": "Bo", "id": "c2"}],
                 "questions": [{"text": "Tell me about last night", "id": "q1"}]},
        "persona": {"segment": "S1", "name": "Nadia", "story": "works nights"},
        "interviews": [
            {"contact": "c1", "id": "iv1", "confirmed": ["p1", "j1"], "contradicted": ["g1"],
             "new_items": [{"kind": "pain", "text": "parking", "id": "n1"}],
             "quotes": [{"text": "never before 9", "item": "p1"},
                        {"text": "parking is hell", "item": "n1"}]},
            {"contact": "c2", "id": "iv2", "confirmed": ["n1", "p2"], "contradicted": ["p1"],
             "quotes": [{"text": "same parking", "item": "n1"}, {"text": "fine", "item": "j1"}]},
        ],
    })


def marks(wb: Workbook) -> list[tuple[list[str], list[str], list[tuple[str, str]]]]:
    return [(iv.confirmed, iv.contradicted, [(q.text, q.item) for q in iv.quotes])
            for iv in wb.interviews]


def test_removing_a_segment_leaves_no_link_to_it_or_its_items():
    wb = linked_workbook()
    wb.remove_segment(wb.segment("Nurses"))
    assert [s.name for s in wb.segments] == ["Students"]
    assert wb.plan.segment == "" and wb.plan_segment is wb.segment("Students")
    assert [c.alias for c in wb.plan.contacts] == ["Ana", "Bo"]  # the plan's work stays
    assert (wb.persona.segment, wb.persona.name, wb.persona.story) == (
        "", "Nadia", "works nights")
    assert marks(wb) == [
        (["j1"], [], [("never before 9", ""), ("parking is hell", "n1")]),
        (["n1"], [], [("same parking", "n1"), ("fine", "j1")]),
    ]
    assert [n.id for n in wb.interviews[0].new_items] == ["n1"]  # what was heard stays


def test_removing_a_segment_unlinks_a_persona_that_names_it():
    wb = linked_workbook()
    wb.persona.segment = "nurses"  # by name, any case
    wb.remove_segment(wb.segment("Nurses"))
    assert wb.persona.segment == ""
    wb = linked_workbook()
    wb.remove_segment(wb.segment("Students"))
    assert (wb.plan.segment, wb.persona.segment) == ("S1", "S1")  # links to others stay


def test_removing_a_profile_item_removes_its_marks_and_keeps_its_quotes():
    wb = linked_workbook()
    wb.remove_item(wb.segment("Nurses").profile.pains[0])  # p1
    assert [p.id for p in wb.segment("Nurses").profile.pains] == ["p2"]
    assert marks(wb) == [
        (["j1"], ["g1"], [("never before 9", ""), ("parking is hell", "n1")]),
        (["n1", "p2"], [], [("same parking", "n1"), ("fine", "j1")]),
    ]
    with pytest.raises(ValidationError, match="not in the profile of any segment"):
        wb.remove_item(Pain("no time", id="p1"))


def test_removing_an_interview_mends_the_links_to_its_new_items():
    wb = linked_workbook()
    wb.remove_interview(wb.interviews[0])
    assert [iv.id for iv in wb.interviews] == ["iv2"]
    assert marks(wb) == [(["p2"], ["p1"], [("same parking", ""), ("fine", "j1")])]
    p2 = wb.segment("Nurses").profile.pains[1]
    assert (p2.text, p2.origin) == ("from iv1", "")  # stays in the profile, as its own item


def test_removing_a_new_item_mends_the_links_to_it_in_every_interview():
    wb = linked_workbook()
    first = wb.interviews[0]
    wb.remove_new_item(first, first.new_items[0])
    assert first.new_items == []
    assert marks(wb) == [
        (["p1", "j1"], ["g1"], [("never before 9", "p1"), ("parking is hell", "")]),
        (["p2"], ["p1"], [("same parking", ""), ("fine", "j1")]),
    ]
    assert wb.segment("Nurses").profile.pains[1].origin == ""


def test_removing_a_contact_keeps_their_interview_under_their_alias():
    wb = linked_workbook()
    wb.remove_contact(wb.plan.contacts[0])
    assert [c.id for c in wb.plan.contacts] == ["c2"]
    assert [iv.contact for iv in wb.interviews] == ["Ana", "c2"]
    wb.remove_question(wb.plan.questions[0])
    assert wb.plan.questions == []


def test_removing_what_is_not_in_the_workbook_says_so():
    wb = linked_workbook()
    with pytest.raises(ValidationError, match="the segment 'Elsewhere' is not in this workbook"):
        wb.remove_segment(Segment(name="Elsewhere"))
    with pytest.raises(ValidationError, match="not in this workbook"):
        wb.remove_interview(Interview())
    assert len(wb.segments) == 2 and len(wb.interviews) == 2


# --------------------------------------------------------------------------- notices


def test_notices_are_taken_once():
    wb = Workbook()
    wb.notices.append("Your workbook was recovered.")
    wb.notices.append("Could not save.")
    assert wb.take_notices() == ["Your workbook was recovered.", "Could not save."]
    assert wb.notices == [] and wb.take_notices() == []
    wb.notices.append("Later news.")
    assert wb.take_notices() == ["Later news."]


def test_a_descriptor_is_added_once_whatever_its_case_and_spacing():
    from kit.model import Contact, Segment

    for owner in (Contact(alias="Ana"), Segment(name="Clubs")):
        owner.add_descriptor("demographic", "Shares a  flat")
        owner.add_descriptor("demographic", " shares a flat")
        owner.add_descriptor("behavioural", "shares a flat")  # another family: its own
        assert owner.all_descriptors() == [("demographic", "Shares a  flat"),
                                           ("behavioural", "shares a flat")]
