"""Small constructors for the hand-written cases of the workbook corpus.

They return plain dicts; ``build.py`` turns them into the kit's model objects. Keys (``"j1"``,
``"c2"``, ``"n1"`` ...) are local to a case: items, contacts and new items are referred to by
their key, and ``build.py`` makes stable ids from them (``<case slug>-<key>``).

Evidence codes: ``"h"`` hypothesis, ``"v"`` validated, ``"i"`` invalidated.
``addr`` is whether the current offering addresses the item: True, False, or None (not assessed).
"""

from __future__ import annotations

EVIDENCE = {"h": "hypothesis", "v": "validated", "i": "invalidated"}


def _item(kind, key, text, *, type=None, level=None, ev="h", addr=None, notes="", origin=""):
    return {"kind": kind, "key": key, "text": text, "type": type, "level": level,
            "evidence": EVIDENCE.get(ev, ev), "addressed": addr, "notes": notes,
            "origin": origin}


def J(key, text, type="functional", importance=None, ev="h", addr=None, notes="", origin=""):
    """A job: functional, social, emotional or basic need; importance or None (unrated)."""
    return _item("job", key, text, type=type, level=importance, ev=ev, addr=addr, notes=notes,
                 origin=origin)


def P(key, text, severity=None, ev="h", addr=None, notes="", origin=""):
    """A pain, with its severity (extreme, severe, moderate) or None (unrated)."""
    return _item("pain", key, text, level=severity, ev=ev, addr=addr, notes=notes,
                 origin=origin)


def G(key, text, type="desired", relevance=None, ev="h", addr=None, notes="", origin=""):
    """A gain: required, expected, desired or unexpected; relevance or None (unrated)."""
    return _item("gain", key, text, type=type, level=relevance, ev=ev, addr=addr, notes=notes,
                 origin=origin)


def seg(key, name, kind="consumer", targeted=None, reason="", size=None, context="", payer="",
        user="", notes="", demo=(), geo=(), beh=(), psy=(), firmo=(), jobs=(), pains=(),
        gains=()):
    """A segment with its descriptors (by family) and its customer profile."""
    return {"key": key, "name": name, "kind": kind, "targeted": targeted, "reason": reason,
            "size": size, "context": context, "payer": payer, "user": user, "notes": notes,
            "descriptors": {"demographic": list(demo), "geographic": list(geo),
                            "behavioural": list(beh), "psychographic": list(psy),
                            "firmographic": list(firmo)},
            "jobs": list(jobs), "pains": list(pains), "gains": list(gains)}


def contact(key, alias, why="", reach="", status="planned", notes=""):
    return {"key": key, "alias": alias, "why": why, "reach": reach, "status": status,
            "notes": notes}


def plan(segment, goal="", focus="", contacts=(), questions=()):
    """The interview plan: the segment's key, learning goal, problem focus, contacts, questions."""
    return {"segment": segment, "goal": goal, "focus": focus, "contacts": list(contacts),
            "questions": list(questions)}


def new(key, kind, text):
    """Something heard in an interview that was not in the profile yet."""
    return {"key": key, "kind": kind, "text": text}


def iv(contact, date, conf="", contra="", new=(), quotes=(), notes=""):
    """One interview. ``contact`` is a contact's key, or (for someone not in the plan) the alias
    written as is. ``conf`` and ``contra`` are space-separated keys of profile items or of new
    items from earlier interviews. ``quotes`` are ``(item key or "", text)`` pairs."""
    return {"contact": contact, "date": date, "confirmed": conf.split(),
            "contradicted": contra.split(), "new_items": list(new), "quotes": list(quotes),
            "notes": notes}


def persona(segment="", name="", age="", location="", occupation="", quote="", story="",
            picture=""):
    return {"segment": segment, "name": name, "age": age, "location": location,
            "occupation": occupation, "quote": quote, "story": story, "picture": picture}


def case(slug, *, quality, kind, language="en", defects="", notes="", learner="",
         offering="", pattern=None, segments=(), plan=None, interviews=(), persona=None,
         answers=None):
    """One learner's workbook and its label. ``defects`` is a comma-separated string."""
    return {"slug": slug, "quality": quality, "kind": kind, "language": language,
            "defects": [d.strip() for d in defects.split(",") if d.strip()], "notes": notes,
            "learner": learner, "offering": offering, "pattern": pattern,
            "segments": list(segments), "plan": plan, "interviews": list(interviews),
            "persona": persona, "answers": dict(answers or {})}
