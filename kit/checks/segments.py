"""Segment rules: specific, not 'everyone', real descriptors in the right family, targeted and
neighbours with real reasons, a plausible size, a pattern that fits the segments."""

from __future__ import annotations

import re

from kit.checks.base import Feedback, quoted, segment_where
from kit.checks.text import (
    TextProblem,
    content_words,
    copied_example,
    stems,
    text_problem,
    wordset,
)
from kit.model import Segment, Workbook

__all__ = ["MIN_DESCRIPTORS", "MIN_FAMILIES", "check_segment", "check_segment_pattern",
           "check_segments", "check_start", "is_specific", "real_descriptors"]

MIN_DESCRIPTORS = 3
MIN_FAMILIES = 2
MIN_REASON_WORDS = 4
MAX_PEOPLE = 8_200_000_000  # more than everyone alive
MAX_FIRMS = 400_000_000  # more than every business on Earth

_EVERYONE = re.compile(
    r"^\s*(?:all |any |the )?(?:everyone|everybody|anyone|anybody|people|persons|humans|"
    r"customers|consumers|users|companies|businesses|firms|organisations|organizations|"
    r"general public|the public|mass market|the world|todo el mundo|todos|la gente|"
    r"personas|clientes|empresas)\b"
    r"(?:\s+(?:who|that|with|in|of|everywhere|worldwide|in general|que|con|de))?", re.I)
# A descriptor that narrows nothing down ("everyone", "all ages"...), as the whole phrase.
_EVERYONE_WORDS = re.compile(r"\s*(?:everyone|everybody|anyone|anybody|all|any|all people|"
                             r"all ages|any age|all companies|all businesses|every company|"
                             r"every business|general public|the public|worldwide|global|"
                             r"no restriction|none|n/?a|todos|todo el mundo|cualquiera|"
                             r"todas las edades)\s*\.?\s*", re.I)
# Strong cues of a family, for pointing out a descriptor filed under another one.
_FAMILY_CUES = {
    "geographic": re.compile(
        r"\b(?:city|cities|town|towns|village|rural|urban|suburbs?|suburban|region|regions|"
        r"country|province|district|neighbou?rhood|km|miles|metropolitan|lives? in|based in|"
        r"located in|within|near|nearby|close to|minutes? (?:from|of|away)|walking distance|"
        r"ciudad|pueblo|barrio|provincia|región|zona rural|zona urbana|cerca|área metropolitana|"
        r"municipio|comarca|metro area|county|state of)\b", re.I),
    "demographic": re.compile(
        r"\b(?:aged?|years? old|income|salary|married|single|divorced|widowed|children|kids|"
        r"gender|women|men|female|male|retired|pensioners?|students?|degree|graduates?|"
        r"employed|self-employed|freelancers?|occupation|works? as|nurs(?:e|es|ing)|"
        r"teachers?|doctors?|parents?|mothers?|fathers?|"
        r"años|edad|ingresos|casad[oa]s?|hij[oa]s|mujeres|hombres|jubilad[oa]s|estudiantes)\b",
        re.I),
    "firmographic": re.compile(
        r"\b(?:employees|revenue|turnover|headcount|sector|industry|firms?|compan(?:y|ies)|"
        r"smes?|b2b|empleados|facturación|sector|pymes?)\b", re.I),
}
_DIFFER = re.compile(r"\b(?:differ\w*|not the same|someone else|another person|not them|"
                     r"distint[oa]|otra persona|no es el mismo|no es la misma)\b", re.I)


_ROLE_WORDS = wordset("""
person people payer user users buyer one same different someone else another other them they
persona misma mismo otra otro
""")


def _names_someone(text: str) -> bool:
    """``text`` says who ("the parents", "the office manager"), not only that it is someone
    else ("not the same person as the payer")."""
    rest = _DIFFER.sub(" ", text)
    return any(w not in _ROLE_WORDS for w in content_words(rest))


def real_descriptors(segment: Segment) -> list[tuple[str, str]]:
    """``(family, phrase)`` pairs that say something: no placeholders, no vague words."""
    return [(f, d) for f, d in segment.all_descriptors()
            if text_problem(d, what="a descriptor") is None]


def is_specific(segment: Segment) -> bool:
    """A real segment: a name that says something, and at least 3 real descriptors from 2
    families (what the segment rules ask before anything else is judged)."""
    descriptors = real_descriptors(segment)
    return (text_problem(segment.name, what="a name") is None
            and len(descriptors) >= MIN_DESCRIPTORS
            and len({f for f, _ in descriptors}) >= MIN_FAMILIES)


def _misfiled(segment: Segment) -> list[tuple[str, str, str]]:
    """Descriptors whose words plainly belong to another family: (phrase, filed, belongs).

    Only the plain confusions are pointed out: a place filed as a person's trait (or under
    firmographic), and a person's trait filed as a place. Behaviour and values often mention
    places and people ("shops at the market in town"), and a firm's traits can sound like a
    person's ("self-employed", "family-run"), so those are left alone.
    """
    out = []
    place, person = _FAMILY_CUES["geographic"], _FAMILY_CUES["demographic"]
    for family, phrase in segment.all_descriptors():
        if family in ("demographic", "firmographic") and place.search(phrase) and not (
                _FAMILY_CUES[family].search(phrase) or place.search(segment.name)):
            out.append((phrase, family, "geographic"))
        elif family == "geographic" and person.search(phrase) and not place.search(phrase):
            out.append((phrase, family, "demographic"))
    return out


def _size_problem(segment: Segment) -> str:
    size = segment.size
    if size is None:
        return ""
    if size == 0:
        return "A segment of 0 customers cannot be served: estimate how many there are."
    limit = MAX_FIRMS if segment.kind == "business" else MAX_PEOPLE
    if size > limit:
        what = "businesses" if segment.kind == "business" else "people"
        return (f"{size:,} is more {what} than there are in the world: estimate the segment "
                "from a real figure (a census, a register, a survey share).")
    return ""


def check_segment(segment: Segment) -> list[Feedback]:
    """Is the segment specific enough to find real people who match it?"""
    out: list[Feedback] = []
    where = segment_where(segment)
    descriptors = real_descriptors(segment)
    families = list(dict.fromkeys(f for f, _ in descriptors))
    name = segment.name.strip()
    generic = _EVERYONE.match(name)
    if (generic and (generic.end() == len(name) or len(descriptors) < MIN_DESCRIPTORS)) or any(
            _EVERYONE_WORDS.fullmatch(d) for _, d in segment.all_descriptors()):
        out.append(Feedback("problem", where, "This reads like 'everyone'. A segment that "
                            "includes everybody helps you find nobody: name the traits that set "
                            "these customers apart (age, place, habits, company size...).",
                            "segment-everyone"))
    elif copied_example(name):
        out.append(Feedback("problem", where, f"The segment is copied from "
                            f"{copied_example(name)}: describe your own customers.",
                            "segment-everyone"))
    elif text_problem(name, what="a segment name") is not None:
        out.append(Feedback("problem", where, "Give the segment a name that says who these "
                            "customers are, for example 'Parents of toddlers in big cities'.",
                            "segment-everyone"))
    junk = [problem for _, d in segment.all_descriptors()
            if (problem := text_problem(d, what="a descriptor")) is not None]
    if junk:
        out.append(Feedback("problem", where, f"{junk[0].message} A descriptor names something "
                            "you could use to find or reach a person: 'aged 30-45', 'lives in "
                            f"a big city', 'orders takeaway weekly' ({len(junk)} descriptor(s) "
                            "like this).", "segment-specific"))
    if len(descriptors) < MIN_DESCRIPTORS or len(families) < MIN_FAMILIES:
        missing = MIN_DESCRIPTORS - len(descriptors)
        level = "problem" if not descriptors else "hint"
        need = []
        if missing > 0:
            need.append(f"{missing} more descriptor{'s' if missing > 1 else ''}")
        if len(families) < MIN_FAMILIES:
            need.append("descriptors from at least two families (for example demographic and "
                        "behavioural)")
        out.append(Feedback(level, where, f"Make the segment more specific: add "
                            f"{' and '.join(need)}. It has {len(descriptors)} real descriptor(s) "
                            f"from {len(families)} famil{'y' if len(families) == 1 else 'ies'}.",
                            "segment-specific"))
    elif not junk:
        out.append(Feedback("ok", where, f"Specific: {len(descriptors)} descriptors from "
                            f"{len(families)} families ({', '.join(families)}).",
                            "segment-specific"))
    for phrase, filed, belongs in _misfiled(segment)[:1]:
        out.append(Feedback("hint", where, f"{quoted(phrase)} is filed under {filed}, but it "
                            f"reads like a {belongs} descriptor: move it, so the families say "
                            "how you will find these customers.", "segment-family-fit"))
    used = {f for f, _ in descriptors}
    if segment.kind == "business" and "firmographic" not in used:
        out.append(Feedback("hint", where, "A business segment is easier to find with "
                            "firmographic descriptors: industry, company size, revenue, or the "
                            "buyer's role.", "segment-firmographic"))
    elif segment.kind == "consumer" and "firmographic" in used:
        out.append(Feedback("hint", where, "Firmographic descriptors describe organisations. "
                            "If these customers are companies, set the customer kind to "
                            "'business'.", "segment-firmographic"))
    elif descriptors:
        out.append(Feedback("ok", where, f"The descriptors fit a {segment.kind} segment.",
                            "segment-firmographic"))
    if segment.targeted:
        out.extend(_check_targeted_details(segment))
    if segment.targeted is not None:
        out.extend(_check_reason(segment))
    return out


def _check_reason(segment: Segment) -> list[Feedback]:
    where = segment_where(segment)
    which = "serve" if segment.targeted else "leave aside"
    problem = text_problem(segment.reason, what="a reason", min_words=MIN_REASON_WORDS,
                           example="They already pay for takeaway twice a week and say time, "
                           "not money, is what they lack")
    if problem is None and copied_example(segment.reason):
        return [Feedback("problem", where, f"The reason is copied from "
                         f"{copied_example(segment.reason)}: say in your own words why you "
                         f"chose to {which} this segment.", "segment-reason")]
    if problem is None:
        return []
    if problem.code == "empty":
        message = (f"Say why you chose to {which} this segment: the reason is what lets you "
                   "re-segment quickly later.")
    else:
        message = (f"{problem.message} A reason gives a cause: what about these customers made "
                   f"you {which} them (how strongly they feel the problem, how many, how easy "
                   "to reach)?")
    return [Feedback("hint" if problem.code == "empty" else "problem", where, message,
                     "segment-reason")]


def _check_targeted_details(segment: Segment) -> list[Feedback]:
    where = segment_where(segment)
    out = []
    context = text_problem(segment.context, what="the context", min_words=4)
    if context is None and copied_example(segment.context):
        context = TextProblem("copied", f"The context is copied from "
                              f"{copied_example(segment.context)}.")
    payer = text_problem(segment.payer, what="who pays")
    user = text_problem(segment.user, what="who uses")
    named = [t for t, p in ((segment.payer, payer), (segment.user, user))
             if p is None and _names_someone(t)]
    differ = any(_DIFFER.search(t) for t in (segment.payer, segment.user))
    if context is None and named and not (differ and len(named) < 2):
        out.append(Feedback("ok", where, "Context and who pays / who uses are described.",
                            "segment-context"))
    elif context is not None and context.code != "empty":
        out.append(Feedback("hint", where, f"{context.message} Describe the situation in which "
                            "they act as customers (when, where, with whom).", "segment-context"))
    elif differ and len(named) < 2:
        out.append(Feedback("hint", where, "You say the payer and the user differ: name both "
                            "(for example: pays: the parent; uses: the child).",
                            "segment-context"))
    else:
        out.append(Feedback("hint", where, "Describe the context in which they act as customers, "
                            "and who pays versus who uses (they are not always the same person: "
                            "a parent pays, a child uses).", "segment-context"))
    size_problem = _size_problem(segment)
    if not is_specific(segment):
        out.append(Feedback("hint", where, "Describe the segment first (a name and at least 3 "
                            "real descriptors): a size means something only for a group you "
                            "could find.", "segment-size"))
    elif segment.size is None:
        out.append(Feedback("hint", where, "Estimate how many customers the segment holds, even "
                            "roughly: size is one way to compare segments.", "segment-size"))
    elif size_problem:
        out.append(Feedback("problem", where, size_problem, "segment-size"))
    else:
        out.append(Feedback("ok", where, f"Estimated size: {segment.size:,}.", "segment-size"))
    return out


def _related(a: Segment, b: Segment) -> bool:
    """Two segments share customers' words (their profiles or descriptors overlap)."""
    va, vb = ([stems([*(i.text for i in s.profile.all_items()),
                      *(d for _, d in s.all_descriptors())]) for s in (a, b)])
    return bool(va and vb) and len(va & vb) / min(len(va), len(vb)) >= 0.2


def check_segment_pattern(wb: Workbook) -> list[Feedback]:
    """The business model's segment pattern, and whether it agrees with the segments."""
    pattern = wb.segment_pattern
    if not pattern:
        return [Feedback("hint", "segments", "Which pattern fits your business model: mass market, "
                         "niche, segmented, diversified or multi-sided?", "segment-pattern")]
    targeted = [s for s in wb.targeted_segments if is_specific(s)]
    if not targeted:
        return [Feedback("hint", "segments", f"You chose {pattern}: describe the targeted "
                         "segment(s) first (a real name and at least 3 real descriptors), so "
                         "the pattern can be checked against them.", "segment-pattern")]
    if pattern in ("multi-sided", "segmented", "diversified") and len(targeted) < 2:
        need = {"multi-sided": "two or more groups that depend on each other (readers and "
                               "advertisers, hosts and guests), each targeted",
                "segmented": "two or more targeted segments with slightly different needs",
                "diversified": "two or more targeted segments with unrelated needs"}[pattern]
        return [Feedback("problem", "segments", f"A {pattern} business serves {need}; you target "
                         f"{len(targeted)}. Target the other side(s) too, or pick the pattern "
                         "that fits one segment (mass market or niche).", "segment-pattern")]
    if pattern == "diversified" and all(_related(a, b) for i, a in enumerate(targeted)
                                        for b in targeted[i + 1:]):
        return [Feedback("hint", "segments", "Diversified means unrelated groups with very "
                         "different needs, but your targeted segments want much the same things: "
                         "'segmented' may fit better.", "segment-pattern")]
    return [Feedback("ok", "segments", f"Segment pattern: {pattern}, which fits "
                     f"{len(targeted)} targeted segment(s).", "segment-pattern")]


def check_start(wb: Workbook) -> list[Feedback]:
    """Lesson 00: the learner's name and the idea (current offering) are written down."""
    missing = [what for what, text in (("your name", wb.learner), ("your idea or the current "
                                        "offering", wb.offering)) if not text.strip()]
    if missing:
        return [Feedback("hint", "start", f"Fill in {' and '.join(missing)}.", "start")]
    problem = text_problem(wb.offering, what="your idea", min_words=2,
                           example="Dog walks booked by the week for office workers")
    if problem is not None:
        return [Feedback("hint", "start", problem.message, "start")]
    return [Feedback("ok", "start", "Name and idea are written down.", "start")]


def check_segments(wb: Workbook) -> list[Feedback]:
    """Every segment, plus: targeted ones *and* non-targeted neighbours, each with a reason."""
    if not wb.segments:
        return [Feedback("problem", "segments", "Describe at least one customer segment: who "
                         "are the customers, before you think about the offering?",
                         "segments-present")]
    out = [f for s in wb.segments for f in check_segment(s)]
    targeted = [s for s in wb.segments if s.targeted]
    neighbours = [s for s in wb.segments if s.targeted is False]
    if not targeted:
        out.append(Feedback("problem", "segments", "Choose at least one segment to target "
                            "(mark it as targeted).", "segments-targeted"))
    real_neighbours = [s for s in neighbours if text_problem(s.name, what="a name") is None
                       and real_descriptors(s)]
    if not real_neighbours:
        out.append(Feedback("hint", "segments", "Describe at least one neighbouring segment you "
                            "choose not to serve (a real group, with at least one descriptor), "
                            "with the reason. Knowing why you left it out helps you re-segment "
                            "quickly later.", "segments-non-targeted"))
    elif targeted and not any(f.rule == "segment-reason" for f in out):
        out.append(Feedback("ok", "segments", f"{len(targeted)} targeted and "
                            f"{len(real_neighbours)} non-targeted segment(s), each with a reason.",
                            "segments-non-targeted"))
    return out
