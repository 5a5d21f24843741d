"""Customer-profile rules: real items, rated and ranked, several job types, the customer and not
the product, and what the current offering misses."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TypeVar

from kit.checks.base import Feedback, quoted, segment_where
from kit.checks.text import (
    MAX_COMPARED,
    copied_example,
    near_duplicates,
    similar,
    text_problem,
    words,
    wordset,
)
from kit.model import ProfileItem, Segment

_Item = TypeVar("_Item", bound=ProfileItem)  # a job, pain or gain: real_items keeps the kind

__all__ = ["MIN_ITEMS", "MIN_ITEM_WORDS", "check_profile", "real_items", "retrofitted"]

MIN_ITEMS = 3  # jobs, pains and gains each, for a profile worth testing
MIN_ITEM_WORDS = 3  # "Loses paper receipts" is the shortest testable statement

_EXAMPLES = {"job": "Send a quote before the client asks a competitor",
             "pain": "Vegetables bought on Sunday are limp by Thursday",
             "gain": "The child passes the maths exam with a B or better"}

# The solution written into the profile. Customers may say "we" and "our" about themselves
# (a firm's own cash, a family's evenings): only "we" *doing the product's work*, "us" as the
# seller, "our/my" + a product word, or wanting / using a product thing count.
_PRODUCT = (r"(?:app|apps|application|platform|dashboard|website|web ?site|web app|portal|"
            r"software|plug-?in|chatbot|bot|subscription|algorithm|feature|features|"
            r"notifications?|widget|saas|prototype|startup|start-up|solution|offering|"
            r"invention|product|aplicación|plataforma|suscripción|producto)")
_RETROFIT = [
    re.compile(rf"\b(?:our|my|nuestr[oa]s?|mi)\s+(?:new\s+|own\s+|nuev[oa]\s+)?(?:\w+\s+)?"
               rf"{_PRODUCT}\b", re.I),
    re.compile(r"\b(?:our|my)\s+(?:new\s+)?(?:idea|service|box|kit|tool|system|device|"
               r"marketplace|company|team|business|brand)\b(?!\s+(?:account|accounts|cash|"
               r"budget|costs?|money|staff|clients?|customers?))", re.I),
    re.compile(rf"\b(?:wants?|needs?|uses?|using|gets?|downloads?|opens?|orders?|books?|"
               rf"through|via|with|in)\s+(?:an?|the|one|una?|el|la)\s+(?:\w+\s+)?{_PRODUCT}\b",
               re.I),
    re.compile(r"\bwe(?:'ll| will| can| could| would)?\s+(?:send|offer|provide|build|deliver|"
               r"give|match|connect|notify|remind|automate|handle|take care|let|help them|"
               r"charge)\b", re.I),
    re.compile(r"\b(?:pay|paying|pays|choose|chooses|book|books|order|orders|contact|buy|"
               r"buys|from|with|trust|trusts)\s+us\b", re.I),
]
# Adjacent word pairs of the offering ("recipe box", "meal kit"), plurals folded.
_PAIR_STOP = wordset("""
a an the of for to and or in on at by with from your our my their is are be who that this de
la el los las en con para por y
""")


def _fold(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# What an offering is made of: a pair of the idea's words ending in one of these ("recipe box",
# "meal kit", "sitter app") names the product; other shared words ("hourly rate", "dog walk")
# are the customer's world, which the idea and the profile rightly share.
_THINGS = wordset("""
box kit card app platform service subscription tool device membership pack bundle
marketplace club network website site software bot dashboard portal sensor machine locker
planner tracker product caja tarjeta plataforma suscripción servicio
""")


def _pairs(text: str) -> set[tuple[str, str]]:
    ws = [_fold(w) for w in words(text)]
    return {(a, b) for a, b in itertools.pairwise(ws)
            if a not in _PAIR_STOP and b in _THINGS}


def retrofitted(text: str, offering: str = "") -> str:
    """Why ``text`` describes the product instead of the customer ("" when it does not)."""
    for pattern in _RETROFIT:
        m = pattern.search(text)
        if m:
            return f"it talks about the product ({quoted(m.group(0), 30)})"
    shared = _pairs(text) & _pairs(offering) if offering.strip() else set()
    if shared:
        a, b = sorted(shared)[0]
        return f"it repeats your idea's own words ({quoted(a + ' ' + b, 30)})"
    return ""


def real_items(items: Sequence[_Item]) -> list[_Item]:
    """Items that say something testable, once each (a near-duplicate counts once; the
    fuzzy comparison looks at the first items of a very long list only)."""
    kept: list[_Item] = []
    keys: set[str] = set()
    for item in items:
        if text_problem(item.text, min_words=MIN_ITEM_WORDS) is not None:
            continue
        if copied_example(item.text):
            continue
        key = " ".join(words(item.text))
        if key in keys or (len(kept) < MAX_COMPARED
                           and any(similar(item.text, k.text) for k in kept)):
            continue
        keys.add(key)
        kept.append(item)
    return kept


def _kind_name(kind: str, n: int) -> str:
    return kind + ("s" if n != 1 else "")


def _substance(segment: Segment, kind: str, items: list[ProfileItem]) -> list[Feedback]:
    """What is wrong with the items that do not count: placeholders, copies, duplicates."""
    where = segment_where(segment, _kind_name(kind, 2))
    texts = [i.text for i in items if i.text.strip()]
    out = []
    for text in texts:
        problem = text_problem(text, what=f"a {kind}", min_words=MIN_ITEM_WORDS,
                               example=_EXAMPLES[kind])
        if problem is not None:
            out.append(Feedback("problem", where, f"{problem.message} A {kind} is a sentence "
                                "about the customer's life that you could ask about.",
                                "profile-substance"))
            break
    for text in texts:
        source = copied_example(text)
        if source:
            out.append(Feedback("problem", where, f"{quoted(text)} is copied from {source}: "
                                "write what your own customers do, fear or hope for.",
                                "profile-substance"))
            break
    for i, j in near_duplicates(texts)[:1]:
        out.append(Feedback("hint", where, f"{quoted(texts[j])} says the same as "
                            f"{quoted(texts[i])}: merge them, or make each say something "
                            "different (they count once).", "profile-substance"))
    if not out and texts:
        out.append(Feedback("ok", where, f"Every {kind} is in your own words, once.",
                            "profile-substance"))
    return out


def check_profile(segment: Segment, offering: str = "",
                  others: Sequence[Segment] = ()) -> list[Feedback]:
    """Jobs, pains and gains: real, rated and ranked, of several job types, about the customer.

    ``others`` are the workbook's other segments (to spot one profile pasted into several).
    """
    out: list[Feedback] = []
    profile = segment.profile
    for kind in ("job", "pain", "gain"):
        items: list[ProfileItem] = profile.items_of(kind)
        where = segment_where(segment, _kind_name(kind, 2))
        filled = real_items(items)
        out.extend(_substance(segment, kind, items))
        if len(filled) < MIN_ITEMS:
            level = "problem" if not filled else "hint"
            out.append(Feedback(level, where, f"List at least {MIN_ITEMS} different {kind}s in "
                                f"real words (there {'is' if len(filled) == 1 else 'are'} "
                                f"{len(filled)}). For example: {quoted(_EXAMPLES[kind])}.",
                                "profile-complete"))
            continue
        unrated = [i for i in filled if i.level is None]
        scale = filled[0].levels
        if unrated:
            out.append(Feedback("hint", where, f"Rate every {kind} "
                                f"({filled[0].level_field}: {' / '.join(scale)}); "
                                f"{len(unrated)} not rated yet, e.g. {quoted(unrated[0].text)}.",
                                "profile-ranked"))
        else:
            ranks = [scale.index(i.level) for i in filled]
            inverted = [(a, b) for a, b in itertools.pairwise(filled)
                        if scale.index(b.level) < scale.index(a.level)]
            if inverted:
                a, b = inverted[0]
                out.append(Feedback("hint", where, f"Your ranking and your ratings disagree: "
                                    f"{quoted(b.text)} ({b.level}) is ranked below "
                                    f"{quoted(a.text)} ({a.level}). Put the strongest first.",
                                    "profile-ranked"))
            else:
                out.append(Feedback("ok", where, f"{len(filled)} {kind}s, rated and ranked "
                                    f"from {scale[min(ranks)]} to {scale[max(ranks)]}.",
                                    "profile-ranked"))
    jobs = real_items(profile.jobs)
    job_types = sorted({j.type for j in jobs})
    if jobs and len(job_types) < 2:
        out.append(Feedback("hint", segment_where(segment, "jobs"), f"All jobs are {job_types[0]}. "
                            "Customers also have social jobs (how they want to be seen) and "
                            "emotional jobs (how they want to feel): add one of those.",
                            "profile-job-types"))
    elif len(job_types) >= 2:
        out.append(Feedback("ok", segment_where(segment, "jobs"), "Jobs of several types: "
                            f"{', '.join(job_types)}.", "profile-job-types"))
    out.extend(_check_retrofit(segment, offering))
    out.extend(_check_unaddressed(segment))
    out.extend(_check_pasted(segment, others))
    return out


def _check_retrofit(segment: Segment, offering: str) -> list[Feedback]:
    """A profile that mentions the product was written backwards (from the solution)."""
    flagged = [(i, why) for i in segment.profile.all_items() if i.text.strip()
               for why in [retrofitted(i.text, offering)] if why]
    if not flagged:
        if len(real_items(segment.profile.all_items())) < MIN_ITEMS:
            return []
        return [Feedback("ok", segment_where(segment), "Written from the customer's side, not the "
                         "product's.", "profile-retrofit")]
    first, why = flagged[0]
    return [Feedback("problem", segment_where(segment, f"{first.kind}s"), f"{quoted(first.text)} "
                     f"describes your product, not the customer: {why}. Write what the "
                     "customer tries to do, fears or hopes for, in their words, as if your "
                     f"product did not exist ({len(flagged)} item(s) like this).",
                     "profile-retrofit")]


def _check_unaddressed(segment: Segment) -> list[Feedback]:
    items = real_items([*segment.profile.pains, *segment.profile.gains])
    if len(items) < 2:
        return []
    where = segment_where(segment, "pains and gains")
    unknown = [i for i in items if i.addressed is None]
    if unknown:
        return [Feedback("hint", where, f"For each pain and gain, say whether the current "
                         f"offering addresses it or misses it: {len(unknown)} not assessed yet, "
                         f"e.g. {quoted(unknown[0].text, 40)}.", "profile-unaddressed")]
    missed = [i for i in items if i.addressed is False]
    if not missed:
        return [Feedback("hint", where, "Every pain and gain is addressed by the current "
                         "offering? Look again for the ones it misses: that is where an "
                         "opportunity hides.", "profile-unaddressed")]
    names = ", ".join(quoted(i.text, 40) for i in missed[:3])
    return [Feedback("ok", where, f"{len(missed)} pain(s)/gain(s) the current offering does not "
                     f"address yet: {names}{'…' if len(missed) > 3 else ''}.",
                     "profile-unaddressed")]


def _check_pasted(segment: Segment, others: Sequence[Segment]) -> list[Feedback]:
    """The same profile pasted into another segment: they cannot both be true."""
    mine = [i.text for i in segment.profile.all_items() if i.text.strip()][:MAX_COMPARED]
    if len(mine) < 3:
        return []
    for other in others:
        if other is segment or not other.profile.all_items():
            continue
        theirs = [i.text for i in other.profile.all_items() if i.text.strip()][:MAX_COMPARED]
        same = sum(any(similar(a, b) for b in theirs) for a in mine)
        if theirs and same * 2 > len(mine):
            return [Feedback("hint", segment_where(segment), f"{same} of its {len(mine)} items are "
                             f"also in '{other.name}': two segments with the same profile are "
                             "one segment. Write what sets each apart.", "profile-distinct")]
    return []
