"""The domain model: validation messages a learner understands, and lossless round trips."""

from __future__ import annotations

import json

import pytest

from kit.errors import ValidationError
from kit.model import (
    DESCRIPTOR_FAMILIES,
    JOB_TYPES,
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
