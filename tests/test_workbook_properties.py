"""Property tests: the loader raises only the kit's own error on any input, and any workbook
the model can hold survives a save and a load unchanged."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.errors import KitError
from kit.model import (
    CONTACT_STATUSES,
    CUSTOMER_KINDS,
    DESCRIPTOR_FAMILIES,
    EVIDENCE_STATUSES,
    GAIN_TYPES,
    JOB_IMPORTANCE,
    JOB_TYPES,
    PAIN_SEVERITY,
    Filter,
    Workbook,
)
from kit.workbook import parse_workbook

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)
field_names = st.sampled_from(["schema_version", "segments", "plan", "interviews", "answers",
                               "learner", "name", "kind", "descriptors", "profile", "jobs",
                               "pains", "gains", "type", "text", "contacts", "questions",
                               "targeted", "size", "date", "evidence", "importance"])
# Workbook-shaped noise: right field names, arbitrary values, so the loader is tested deep down.
shaped = st.recursive(
    json_values,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(field_names, children,
                                                                         max_size=5),
    max_leaves=40,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, shaped,
                 shaped.map(lambda d: {"schema_version": 1, **d} if isinstance(d, dict) else d)))
def test_loader_raises_only_kit_errors_on_arbitrary_json(data):
    try:
        wb = parse_workbook(json.dumps(data))
    except KitError:
        return
    assert isinstance(wb, Workbook)


@given(st.binary(max_size=200))
def test_loader_raises_only_kit_errors_on_arbitrary_bytes(raw):
    with contextlib.suppress(KitError):
        parse_workbook(raw)


words = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())


@st.composite
def workbooks(draw):
    wb = Workbook(learner=draw(st.text(max_size=20)))
    for name in draw(st.lists(words, max_size=4, unique_by=lambda s: s.strip().lower())):
        seg = wb.add_segment(name, kind=draw(st.sampled_from(CUSTOMER_KINDS)),
                             targeted=draw(st.none() | st.booleans()),
                             size=draw(st.none() | st.integers(0, 10**9)))
        for family in draw(st.lists(st.sampled_from(DESCRIPTOR_FAMILIES), max_size=4)):
            seg.add_descriptor(family, draw(words))
        for column in draw(st.lists(words, max_size=3, unique=True)):  # values with " or " too
            seg.cut.append(Filter(column, draw(st.lists(st.text(max_size=20), min_size=1,
                                                        max_size=3))))
        for _ in range(draw(st.integers(0, 3))):
            seg.profile.add_job(draw(st.text(max_size=30)), type=draw(st.sampled_from(JOB_TYPES)),
                                importance=draw(st.none() | st.sampled_from(JOB_IMPORTANCE)),
                                evidence=draw(st.sampled_from(EVIDENCE_STATUSES)))
            seg.profile.add_pain(draw(st.text(max_size=30)),
                                 severity=draw(st.none() | st.sampled_from(PAIN_SEVERITY)),
                                 addressed=draw(st.booleans()))
            seg.profile.add_gain(draw(st.text(max_size=30)), type=draw(st.sampled_from(GAIN_TYPES)))
    for alias in draw(st.lists(words, max_size=5)):
        wb.plan.add_contact(alias, status=draw(st.sampled_from(CONTACT_STATUSES)))
    for text in draw(st.lists(st.text(max_size=60), max_size=5)):
        wb.plan.add_question(text)
    return wb


# no deadline: every example saves with fsync, whose time is the disk's, not the kit's
@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workbooks())
def test_every_workbook_survives_save_and_load(tmp_path, wb):
    path = tmp_path / "wb.json"
    on_disk = kit.open_workbook(path)
    on_disk.__dict__.update({k: v for k, v in wb.__dict__.items() if k not in ("_store",
                                                                             "notices")})
    on_disk.save()
    assert kit.open_workbook(path).to_dict() == wb.to_dict()
