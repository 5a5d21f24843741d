"""The domain of customer discovery, as plain dataclasses.

Segments (with their descriptors, their cut from a table and their customer profile),
contacts, questions, the interview plan, interviews, the persona, and the :class:`Workbook`
that holds all of one learner's work and keeps the links between them whole. Nothing here
imports Jupyter, widgets, plotting or nbgrader, and nothing here touches a file:
:mod:`kit.workbook` does that.

The package's modules: :mod:`~kit.model.fields` (choice fields, text checks, the dict round
trip), :mod:`~kit.model.profile` (jobs, pains, gains), :mod:`~kit.model.segment` (segments and
their filters), :mod:`~kit.model.interviews` (contacts, questions, the plan, interviews, the
persona) and :mod:`~kit.model.workbook`; every name is importable from ``kit.model``.

Choice fields (a segment's ``kind``, a job's ``type``, an item's ``evidence`` ...) are checked
whenever they are set, so a wrong value fails at once with a message that names the field and
the valid choices::

    >>> Job("Get dinner on the table by 7pm", type="fun")
    Traceback (most recent call last):
    ...
    kit.errors.ValidationError: type: 'fun' is not a job type. Choose one of: functional, ...
"""

from __future__ import annotations

from kit.model.fields import (
    CONTACT_STATUSES,
    CUSTOMER_KINDS,
    DESCRIPTOR_FAMILIES,
    EVIDENCE_STATUSES,
    GAIN_RELEVANCE,
    GAIN_TYPES,
    ITEM_KINDS,
    JOB_IMPORTANCE,
    JOB_TYPES,
    PAIN_SEVERITY,
    SEGMENT_PATTERNS,
    Model,
    choose,
    new_id,
)
from kit.model.interviews import (
    Contact,
    Interview,
    InterviewPlan,
    NewItem,
    Persona,
    Question,
    Quote,
    find_contact,
)
from kit.model.profile import ITEM_CLASSES, CustomerProfile, Gain, Job, Pain, ProfileItem
from kit.model.segment import Filter, Segment, phrase_key
from kit.model.workbook import SCHEMA_VERSION, Workbook

__all__ = [
    "CONTACT_STATUSES",
    "CUSTOMER_KINDS",
    "DESCRIPTOR_FAMILIES",
    "EVIDENCE_STATUSES",
    "GAIN_RELEVANCE",
    "GAIN_TYPES",
    "ITEM_CLASSES",
    "ITEM_KINDS",
    "JOB_IMPORTANCE",
    "JOB_TYPES",
    "PAIN_SEVERITY",
    "SCHEMA_VERSION",
    "SEGMENT_PATTERNS",
    "Contact",
    "CustomerProfile",
    "Filter",
    "Gain",
    "Interview",
    "InterviewPlan",
    "Job",
    "Model",
    "NewItem",
    "Pain",
    "Persona",
    "ProfileItem",
    "Question",
    "Quote",
    "Segment",
    "Workbook",
    "choose",
    "find_contact",
    "new_id",
    "phrase_key",
]
