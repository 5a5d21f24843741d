"""Customer-profile rules: complete, ranked, several job types, customer not product."""

from __future__ import annotations

import itertools
import re

from kit.checks.base import Feedback, _quote, _seg_where
from kit.model import ProfileItem, Segment

MIN_ITEMS = 3  # jobs, pains and gains each, for a profile worth testing

_PRODUCT_WORDS = re.compile(r"\b(?:our|my) (?:new )?(?:app|product|platform|solution|"
                            r"prototype|startup|idea|offering|invention)\b", re.I)


def _kind_name(kind: str, n: int) -> str:
    return kind + ("s" if n != 1 else "")


def check_profile(segment: Segment, offering: str = "") -> list[Feedback]:
    """Jobs, pains and gains: complete, ranked, of several job types, about the customer."""
    out: list[Feedback] = []
    profile = segment.profile
    for kind in ("job", "pain", "gain"):
        items: list[ProfileItem] = profile.items_of(kind)
        where = _seg_where(segment, _kind_name(kind, 2))
        filled = [i for i in items if i.text.strip()]
        if len(filled) < MIN_ITEMS:
            level = "problem" if not filled else "hint"
            out.append(Feedback(level, where, f"List at least {MIN_ITEMS} {kind}s "
                                f"(there {'is' if len(filled) == 1 else 'are'} {len(filled)}).",
                                "profile-complete"))
            continue
        unrated = [i for i in filled if i.level is None]
        scale = filled[0].levels
        if unrated:
            out.append(Feedback("hint", where, f"Rate every {kind} "
                                f"({filled[0].level_field}: {' / '.join(scale)}); "
                                f"{len(unrated)} not rated yet, e.g. {_quote(unrated[0].text)}.",
                                "profile-ranked"))
        else:
            ranks = [scale.index(i.level) for i in filled]
            inverted = [(a, b) for a, b in itertools.pairwise(filled)
                        if scale.index(b.level) < scale.index(a.level)]
            if inverted:
                a, b = inverted[0]
                out.append(Feedback("hint", where, f"Your ranking and your ratings disagree: "
                                    f"{_quote(b.text)} ({b.level}) is ranked below "
                                    f"{_quote(a.text)} ({a.level}). Put the strongest first.",
                                    "profile-ranked"))
            else:
                out.append(Feedback("ok", where, f"{len(filled)} {kind}s, rated and ranked "
                                    f"from {scale[min(ranks)]} to {scale[max(ranks)]}.",
                                    "profile-ranked"))
    jobs = [j for j in profile.jobs if j.text.strip()]
    job_types = sorted({j.type for j in jobs})
    if jobs and len(job_types) < 2:
        out.append(Feedback("hint", _seg_where(segment, "jobs"), f"All jobs are {job_types[0]}. "
                            "Customers also have social jobs (how they want to be seen) and "
                            "emotional jobs (how they want to feel): add one of those.",
                            "profile-job-types"))
    elif len(job_types) >= 2:
        out.append(Feedback("ok", _seg_where(segment, "jobs"), "Jobs of several types: "
                            f"{', '.join(job_types)}.", "profile-job-types"))
    out.extend(_check_retrofit(segment, offering))
    out.extend(_check_unaddressed(segment))
    return out


def _check_retrofit(segment: Segment, offering: str) -> list[Feedback]:
    """A profile that mentions the product was written backwards (from the solution)."""
    offer = offering.strip().lower()
    flagged = [i for i in segment.profile.all_items() if i.text.strip() and (
        _PRODUCT_WORDS.search(i.text) or (len(offer) >= 3 and offer in i.text.lower()))]
    if not flagged:
        if not segment.profile.all_items():
            return []
        return [Feedback("ok", _seg_where(segment), "Written from the customer's side, not the "
                         "product's.", "profile-retrofit")]
    first = flagged[0]
    return [Feedback("problem", _seg_where(segment, f"{first.kind}s"), f"{_quote(first.text)} "
                     "describes your product, not the customer. Write what the customer tries "
                     "to do, fears or hopes for, in their words, as if your product did not "
                     f"exist ({len(flagged)} item(s) like this).", "profile-retrofit")]


def _check_unaddressed(segment: Segment) -> list[Feedback]:
    items = [i for i in [*segment.profile.pains, *segment.profile.gains] if i.text.strip()]
    if len(items) < 2:
        return []
    missed = [i for i in items if not i.addressed]
    where = _seg_where(segment, "pains and gains")
    if not missed:
        return [Feedback("hint", where, "Every pain and gain is addressed by the current "
                         "offering? Look again for the ones it misses: that is where an "
                         "opportunity hides.", "profile-unaddressed")]
    names = ", ".join(_quote(i.text, 40) for i in missed[:3])
    return [Feedback("ok", where, f"{len(missed)} pain(s)/gain(s) the current offering does not "
                     f"address yet: {names}{'…' if len(missed) > 3 else ''}.",
                     "profile-unaddressed")]


