"""Build the labelled corpus of learners' workbooks (see README.md in this folder).

    PYTHONPATH=. python3 tests/data/workbooks/build.py   (from the repository root)
    ... build.py --stats     # also print, per workbook, the new items per interview and how
                             # often each item was confirmed / contradicted

The cases are hand-written data in the ``cases_*.py`` modules next to this file. This script
turns each case into the kit's model objects, writes ``<slug>.json`` (``Workbook.to_dict()``)
and ``labels.tsv``, and checks that the labels agree with what is in the files wherever a label
can be read off the data (dates, statuses, counts, evidence against the interview log).
It imports only the kit's model and the standard library.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the folder clean: no __pycache__ next to the data
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parents[2]))  # the kit itself, when PYTHONPATH does not name it

import cases_excellent_1  # noqa: E402
import cases_excellent_2  # noqa: E402
import cases_good_1  # noqa: E402
import cases_good_2  # noqa: E402
import cases_junk  # noqa: E402
import cases_mediocre_1  # noqa: E402
import cases_mediocre_2  # noqa: E402
import cases_minimal  # noqa: E402

from kit.model import (  # noqa: E402
    Contact,
    CustomerProfile,
    Gain,
    Interview,
    InterviewPlan,
    Job,
    NewItem,
    Pain,
    Persona,
    Question,
    Quote,
    Segment,
    Workbook,
)

QUALITIES = ("junk", "minimal", "mediocre", "good", "excellent")
KINDS = ("consumer", "business", "multi-sided")
LANGUAGES = ("en", "es")
DEFECTS = (
    "filler", "segment-vague", "descriptor-family", "no-reason", "size-implausible",
    "payer-user", "pattern-mismatch", "profile-thin", "profile-unrated", "retrofit",
    "duplicates", "copied-example", "contacts-thin", "contacts-duplicate", "questions-weak",
    "questions-thin", "interviews-thin", "interviews-duplicate", "interview-date",
    "interview-not-done", "quotes-junk", "evidence-overclaimed", "persona-unfounded",
    "answers-junk",
)
#: Dates after this day are "in the future" for the corpus.
TODAY = dt.date(2026, 12, 7)
MIN_COUNTS = {"junk": 10, "minimal": 7, "mediocre": 9, "good": 10, "excellent": 8}

_ITEM_FIELDS = {f.name for f in dataclasses.fields(Job)}
HAS_ORIGIN = "origin" in _ITEM_FIELDS


def _none_accepted() -> bool:
    """Does the installed model accept ``addressed=None`` (not assessed) in a file?"""
    try:
        Job.from_dict({"text": "t", "addressed": None})
    except Exception:
        return False
    return True


NONE_OK = _none_accepted()


def all_cases() -> list[dict]:
    cases = []
    for module in (cases_junk, cases_minimal, cases_mediocre_1, cases_mediocre_2,
                   cases_good_1, cases_good_2, cases_excellent_1, cases_excellent_2):
        cases.extend(module.CASES)
    return cases


# --------------------------------------------------------------------------- building


def build_workbook(case: dict) -> tuple[Workbook, list[str]]:
    """The case as a kit Workbook, and the ids of items whose ``addressed`` was assessed."""
    slug = case["slug"]

    def ident(key: str) -> str:
        return f"{slug}-{key}"

    assessed: list[str] = []
    classes = {"job": Job, "pain": Pain, "gain": Gain}
    level_fields = {"job": "importance", "pain": "severity", "gain": "relevance"}
    segments = []
    for s in case["segments"]:
        profile = CustomerProfile()
        for kind in ("job", "pain", "gain"):
            for it in s[kind + "s"]:
                assert it["kind"] == kind, f"{slug}: {it['key']} is a {it['kind']}, not a {kind}"
                fields = {"text": it["text"], "evidence": it["evidence"], "notes": it["notes"],
                          "id": ident(it["key"]), level_fields[kind]: it["level"]}
                if kind != "pain":
                    fields["type"] = it["type"]
                if it["addressed"] is not None:
                    assessed.append(ident(it["key"]))
                fields["addressed"] = it["addressed"] if (
                    NONE_OK or it["addressed"] is not None) else False
                if it["origin"] and HAS_ORIGIN:
                    fields["origin"] = ident(it["origin"])
                profile.items_of(kind).append(classes[kind](**fields))
        segments.append(Segment(
            name=s["name"], kind=s["kind"], descriptors=s["descriptors"],
            targeted=s["targeted"], reason=s["reason"], size=s["size"], context=s["context"],
            payer=s["payer"], user=s["user"], notes=s["notes"], profile=profile,
            id=ident(s["key"])))

    p = case["plan"] or {"segment": "", "goal": "", "focus": "", "contacts": [],
                         "questions": []}
    contact_keys = {c["key"] for c in p["contacts"]}
    the_plan = InterviewPlan(
        segment=ident(p["segment"]) if p["segment"] else "",
        learning_goal=p["goal"], problem_focus=p["focus"],
        contacts=[Contact(alias=c["alias"], why=c["why"], reach=c["reach"], status=c["status"],
                          notes=c["notes"], id=ident(c["key"])) for c in p["contacts"]],
        questions=[Question(text=q, id=ident(f"q{n}")) for n, q in enumerate(p["questions"], 1)])

    interviews = []
    for n, i in enumerate(case["interviews"], 1):
        contact_ref = ident(i["contact"]) if i["contact"] in contact_keys else i["contact"]
        interviews.append(Interview(
            contact=contact_ref, date=i["date"],
            confirmed=[ident(k) for k in i["confirmed"]],
            contradicted=[ident(k) for k in i["contradicted"]],
            new_items=[NewItem(kind=x["kind"], text=x["text"], id=ident(x["key"]))
                       for x in i["new_items"]],
            quotes=[Quote(text=t, item=ident(k) if k else "") for k, t in i["quotes"]],
            notes=i["notes"], id=ident(f"i{n}")))

    pe = case["persona"] or {}
    persona = Persona(**{**pe, "segment": ident(pe["segment"]) if pe.get("segment") else ""})

    wb = Workbook(learner=case["learner"], offering=case["offering"],
                  segment_pattern=case["pattern"], segments=segments, plan=the_plan,
                  interviews=interviews, persona=persona, answers=case["answers"])
    wb.validate()
    return wb, assessed


# --------------------------------------------------------------------------- evidence numbers


def tally(wb: Workbook) -> dict[str, tuple[int, int]]:
    """Per profile item id: (interviews that confirmed it, interviews that contradicted it).

    An item added to the profile from an interview's new item (``origin``) counts the interview
    where it was new, and later interviews that confirmed that new item, as confirmations."""
    new_in: dict[str, int] = {}
    for n, interview in enumerate(wb.interviews):
        for x in interview.new_items:
            new_in[x.id] = n
    out: dict[str, tuple[int, int]] = {}
    for seg_ in wb.segments:
        for item in seg_.profile.all_items():
            refs = {item.id}
            origin = getattr(item, "origin", "")
            if origin:
                refs.add(origin)
            conf = sum(1 for n, iv in enumerate(wb.interviews)
                       if refs & set(iv.confirmed) or new_in.get(origin) == n)
            contra = sum(1 for iv in wb.interviews if refs & set(iv.contradicted))
            out[item.id] = (conf, contra)
    return out


def new_per_interview(wb: Workbook) -> list[int]:
    return [len(iv.new_items) for iv in wb.interviews]


def print_stats(wb: Workbook, slug: str) -> None:
    counts = tally(wb)
    print(f"\n== {slug}: {len(wb.interviews)} interviews, new items per interview "
          f"{new_per_interview(wb)}")
    for seg_ in wb.segments:
        for item in seg_.profile.all_items():
            conf, contra = counts[item.id]
            if conf or contra or item.evidence != "hypothesis":
                print(f"   {item.kind:4} {item.evidence:11} +{conf} -{contra}  {item.text[:70]}")
    heard: Counter[str] = Counter()
    for iv in wb.interviews:
        heard.update(k for k in iv.confirmed if wb.find_new_item(k))
    for iv in wb.interviews:
        for x in iv.new_items:
            print(f"   new  {x.kind:4} heard again {heard[x.id]}x  {x.text[:70]}")


# --------------------------------------------------------------------------- label checks


def check_labels(case: dict, wb: Workbook) -> list[str]:
    """Disagreements between a case's labels and what can be read off its data."""
    slug, labels, problems = case["slug"], set(case["defects"]), []

    def need(defect: str, condition: bool, why: str, both_ways: bool = False) -> None:
        if condition and defect not in labels:
            problems.append(f"{slug}: {why}, but not labelled {defect}")
        if both_ways and not condition and defect in labels:
            problems.append(f"{slug}: labelled {defect}, but {why.split(':')[0]} is not so")

    if case["quality"] not in QUALITIES:
        problems.append(f"{slug}: unknown quality {case['quality']!r}")
    if case["kind"] not in KINDS:
        problems.append(f"{slug}: unknown kind {case['kind']!r}")
    if case["language"] not in LANGUAGES:
        problems.append(f"{slug}: unknown language {case['language']!r}")
    for d in labels - set(DEFECTS):
        problems.append(f"{slug}: unknown defect {d!r}")
    if case["quality"] in ("good", "excellent") and labels:
        problems.append(f"{slug}: a {case['quality']} workbook carries defects {sorted(labels)}")

    contacts = {c.id: c for c in wb.plan.contacts}
    dates = [iv.date for iv in wb.interviews]
    need("interview-date",
         any(not d or dt.date.fromisoformat(d) > TODAY for d in dates),
         "interview-date: an interview has no date or a date after 2026-12-07", both_ways=True)
    need("interview-not-done",
         any(iv.contact in contacts and contacts[iv.contact].status != "done"
             for iv in wb.interviews),
         "interview-not-done: an interviewed contact is not marked done", both_ways=True)
    # the same person: the same contact, or contacts with the same alias
    people = Counter(contacts[iv.contact].alias.strip().lower() if iv.contact in contacts
                     else None for iv in wb.interviews)
    need("interviews-duplicate",
         any(n > 1 for p, n in people.items() if p) or None in people,
         "interviews-duplicate: a contact is interviewed twice or is not in the plan",
         both_ways=True)
    aliases = Counter(c.alias.strip().lower() for c in wb.plan.contacts)
    need("contacts-duplicate", any(n > 1 for n in aliases.values()),
         "contacts-duplicate: two contacts share an alias")
    need("contacts-thin", len(wb.plan.contacts) < 3, "contacts-thin: fewer than 3 contacts")
    need("questions-thin", len(wb.plan.questions) < 5, "questions-thin: fewer than 5 questions")
    need("interviews-thin", len(wb.interviews) < 3, "interviews-thin: fewer than 3 interviews")

    counts = tally(wb)
    overclaimed = False
    for seg_ in wb.segments:
        for item in seg_.profile.all_items():
            conf, contra = counts[item.id]
            if item.evidence == "validated" and (conf < 2 or conf <= contra):
                overclaimed = True
            if item.evidence == "invalidated" and (contra < 2 or contra <= conf):
                overclaimed = True
    need("evidence-overclaimed", overclaimed,
         "evidence-overclaimed: an item is validated or invalidated beyond what the log shows",
         both_ways=True)

    for seg_ in wb.targeted_segments:
        p = seg_.profile
        if p.all_items():
            need("profile-thin", min(len(p.jobs), len(p.pains), len(p.gains)) < 3,
                 f"profile-thin: {seg_.name!r} has fewer than 3 jobs, pains or gains")
            need("profile-unrated", any(i.level is None for i in p.all_items()),
                 f"profile-unrated: {seg_.name!r} has unrated items")
    if wb.segment_pattern == "multi-sided":
        need("pattern-mismatch", len(wb.targeted_segments) < 2,
             "pattern-mismatch: multi-sided with fewer than 2 targeted segments")

    pe = wb.persona
    if pe.name and pe.segment:
        seg_ = next((s for s in wb.segments if s.id == pe.segment), None)
        founded = seg_ is not None and any(i.evidence == "validated"
                                           for i in seg_.profile.all_items())
        says = any(w in pe.story.lower() for w in ("hypothes", "hipótesis", "hipotesis"))
        need("persona-unfounded", not founded and not says,
             "persona-unfounded: the persona's segment has no validated item")

    if case["quality"] in ("good", "excellent"):
        quotes = {q.text for iv in wb.interviews for q in iv.quotes}
        if pe.quote not in quotes:
            problems.append(f"{slug}: the persona's quote is not one heard in an interview")
        if not all("2026-10-01" <= d <= "2026-11-30" for d in dates) or dates != sorted(dates):
            problems.append(f"{slug}: interviews not in date order within Oct-Nov 2026")
        for key in ("02-why-this-segment", "03-compare-segments", "05-what-next",
                    "06-review-plan"):
            if len(wb.answers.get(key, "").split()) < 12:
                problems.append(f"{slug}: answer {key} missing or shorter than 12 words")
        for seg_ in wb.targeted_segments:
            for kind in ("job", "pain", "gain"):
                items = seg_.profile.items_of(kind)
                ranks = [seg_.profile.items_of(kind)[0].levels.index(i.level) for i in items
                         if i.level] if items else []
                if ranks != sorted(ranks):
                    problems.append(f"{slug}: {seg_.name!r}: {kind}s not ranked by rating")
    return problems


# --------------------------------------------------------------------------- main


def main(argv: list[str]) -> int:
    cases = all_cases()
    slugs = Counter(c["slug"] for c in cases)
    problems = [f"duplicate slug {s!r}" for s, n in slugs.items() if n > 1]
    rows = []
    for case in cases:
        wb, assessed = build_workbook(case)
        problems.extend(check_labels(case, wb))
        path = HERE / f"{case['slug']}.json"
        data = wb.to_dict()
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        Workbook.from_dict(json.loads(path.read_text(encoding="utf-8")))
        notes = case["notes"]
        if not NONE_OK:
            notes += (" | addressed assessed for: " + (" ".join(assessed) or "no item")
                      + " (other items: not assessed, written as false)")
        rows.append((path.name, case["quality"], case["kind"], case["language"],
                     ",".join(case["defects"]), notes))
        if "--stats" in argv:
            print_stats(wb, case["slug"])

    quality = Counter(c["quality"] for c in cases)
    kinds = Counter(c["kind"] for c in cases)
    for q, n in MIN_COUNTS.items():
        if quality[q] < n:
            problems.append(f"only {quality[q]} {q} workbooks (want {n})")
    for k in KINDS:
        if kinds[k] < 12:
            problems.append(f"only {kinds[k]} {k} workbooks (want 12)")
    for row in rows:
        if any("\t" in f or "\n" in f for f in row):
            problems.append(f"{row[0]}: a label field contains a tab or a newline")

    rows.sort()
    with open(HERE / "labels.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("file\tquality\tkind\tlanguage\tdefects\tnotes\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")

    print(f"wrote {len(rows)} workbooks and labels.tsv to {HERE}")
    print("quality:", dict(quality), " kind:", dict(kinds),
          " language:", dict(Counter(c["language"] for c in cases)))
    if not NONE_OK:
        print("note: this model rejects addressed=None; unassessed items written as false")
    for p in problems:
        print("LABEL CHECK:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
