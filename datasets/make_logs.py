"""Build the two example interview logs: FreshBox after eight interviews, done two ways.

Both start from the FreshBox example (``examples/freshbox.json``: weekday meal kits, a
customer profile of five jobs, five pains and five gains, all still hypotheses) and log eight
interviews held in March 2026: which hypotheses each one confirmed or contradicted, what was
new, and a few short quotes. The profile's evidence is then set as the interviews suggest
(:func:`kit.synthesis.weigh_evidence`: validated with at least two confirmations and more
confirmations than contradictions, invalidated the other way round, else hypothesis).

``logs/converging.json``
    The targeted segment as in the example: busy urban professionals living alone or as a
    couple. Four planned contacts, then four people they referred. The same pains come back
    (takeaway by reflex, vegetables thrown away, delivery fees, family-size packs, packaging,
    leftovers for lunch). New items (neither in the profile before the round nor heard in an
    earlier interview) fall from 3 in the first interview to 0 in the last three:
    3, 2, 1, 1, 1, 0, 0, 0, and :func:`kit.synthesis.analyse` advises "approaching
    saturation" (firm, after 8 interviews).
``logs/scattered.json``
    The same hypotheses, but the segment is described far too broadly: "People who eat dinner
    at home". A retiree, a student, a mother of three, a consultant, a night-shift driver, a
    vegan athlete, a man with diabetes and a home worker who loves to cook each talk about
    something different; few items come up twice, new items keep coming (3, 4, 3, 2, 2, 3,
    2, 2), and the advice is "re-segment".

Needs the kit installed (``make install`` or ``pip install -e .``). The logs are built with
the kit's own API and written with its own store (:class:`kit.workbook.WorkbookStore`); every
interview and new item has a fixed id, so the output is byte-identical from run to run.
``tests/test_synthesis.py`` checks that the committed files match a fresh run.

Usage::

    python datasets/make_logs.py              # writes datasets/examples/logs/
    python datasets/make_logs.py --out /tmp/x # writes somewhere else
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypedDict

import kit.data
from kit.model import NewItem, Quote, Segment, Workbook
from kit.synthesis import weigh_evidence
from kit.workbook import parse_workbook

__all__ = [
    "DEFAULT_OUT",
    "FRESHBOX",
    "LOGS",
    "build_converging",
    "build_scattered",
    "main",
    "write_logs",
]

HERE = Path(__file__).resolve().parent
#: The pre-interview FreshBox workbook both logs start from.
FRESHBOX = HERE / "examples" / "freshbox.json"
#: Where the committed example logs live.
DEFAULT_OUT = HERE / "examples" / "logs"



class Log(TypedDict, total=False):
    """One interview as data.

    Items are named by short keys: ``J1``..``J5``, ``P1``..``P5``, ``G1``..``G5`` are the
    profile's jobs, pains and gains by rank; other keys name new items, declared in ``new``
    by the interview that first heard them as ``(key, kind, text)``. ``quotes`` are
    ``(text, key)`` pairs.
    """

    contact: str
    date: str
    notes: str
    confirmed: list[str]
    contradicted: list[str]
    new: list[tuple[str, str, str]]
    quotes: list[tuple[str, str]]


def _freshbox() -> Workbook:
    """A fresh copy of the FreshBox example, read without touching the committed file."""
    return parse_workbook(FRESHBOX.read_bytes(), FRESHBOX.name)


def _log(wb: Workbook, segment: Segment, prefix: str, interviews: Sequence[Log]) -> None:
    """Add the interviews; new items get ids ``<prefix>-new-<n>`` in the order first heard."""
    ids = {f"{kind[0].upper()}{rank}": item.id
           for kind in ("job", "pain", "gain")
           for rank, item in enumerate(segment.profile.items_of(kind), 1)}
    count = 0
    planned = {c.id for c in wb.plan.contacts}
    for number, log in enumerate(interviews, 1):
        contact = log["contact"]
        if contact not in planned:  # a referral: the plan grows with the round
            referrer, _, who = log.get("notes", "").partition(". ")
            added = wb.plan.add_contact(contact, id=f"{prefix}-referred-{number}",
                                        why=who.split(". ")[0] + ".",
                                        reach=referrer.strip() + ".", status="done")
            contact = added.id
        news = []
        for key, kind, text in log.get("new", []):
            count += 1
            ids[key] = f"{prefix}-new-{count}"
            news.append(NewItem(kind=kind, text=text, id=ids[key]))
        wb.add_interview(
            contact, log["date"], id=f"{prefix}-interview-{number}",
            confirmed=[ids[k] for k in log.get("confirmed", [])],
            contradicted=[ids[k] for k in log.get("contradicted", [])],
            new_items=news,
            quotes=[Quote(text=text, item=ids[key] if key else "")
                    for text, key in log.get("quotes", [])],
            notes=log.get("notes", ""),
        )
    # The team sets every status as the interviews suggest (kit.synthesis.weigh_evidence):
    # "Update the profile's evidence" would keep the items with a note (the survey notes
    # written before the round) as hypotheses, which is allowed but not what this team chose.
    items = wb.item_ranks()
    for weighed in weigh_evidence(wb):
        items[weighed.id][1].evidence = weighed.suggested


# --------------------------------------------------------------------------- converging


CONVERGING: list[Log] = [
    {"contact": "freshbox-contact-1", "date": "2026-03-03",
     "notes": "Coffee near her office, 35 minutes. Walked me through last Tuesday to Thursday.",
     "confirmed": ["J1", "J3", "P1", "G1", "G2"],
     "new": [("fees", "pain", "Delivery fees, service charges and tips make a takeaway cost "
              "far more than the price on the menu"),
             ("portions", "pain", "Recipes and supermarket packs are sized for a family, so "
              "cooking for one or two means waste or the same dish three nights running"),
             ("late-shops", "pain", "By the time they leave work, the shop near home is "
              "closed or its shelves are picked bare")],
     "quotes": [("By the time I'm on the tram home the delivery app is already open. It's not "
                 "a decision, it's a reflex.", "P1"),
                ("The worst part is choosing. I'd eat almost anything if someone else picked "
                 "it.", "G2"),
                ("Last Thursday the pad thai was 14 euros and the bill came to 23.", "fees"),
                ("A pack of chicken thighs is for four people. I live alone.", "portions")]},
    {"contact": "freshbox-contact-2", "date": "2026-03-05",
     "notes": "Video call, 40 minutes. Cancelled a meal-kit subscription last autumn.",
     "confirmed": ["J1", "P2", "G3", "portions"], "contradicted": ["G5"],
     "new": [("boxes", "pain", "Meal-kit deliveries leave a pile of cardboard, ice packs and "
              "small plastic bags every week"),
             ("pause", "pain", "Meal-kit subscriptions keep delivering in the weeks they are "
              "away, and pausing one is a hassle")],
     "quotes": [("We cancelled the kit because of the packaging. Every Tuesday the hallway "
                 "looked like a warehouse.", "boxes"),
                ("Half a bag of spinach goes slimy every single week. We buy it, we feel "
                 "good, we throw it out.", "P2"),
                ("I don't want to become a cook. I want to have eaten.", "G5"),
                ("We were in Lisbon for a week and the box still came. It sat outside the "
                 "door.", "pause")]},
    {"contact": "freshbox-contact-3", "date": "2026-03-09",
     "notes": "After the Saturday run, 30 minutes. Works twelve-hour shifts.",
     "confirmed": ["J2", "P1", "P3", "G1", "fees", "late-shops"],
     "new": [("lunch", "job", "Take a home-cooked lunch to work the next day, made from "
              "the dinner leftovers")],
     "quotes": [("After a twelve-hour shift I'm not cooking. It's a kebab or cereal.", "P1"),
                ("Three takeaways in a row and I feel it on the ward the next day. Heavy, "
                 "slow.", "P3"),
                ("The canteen is grim, so if something is left from dinner it goes in a box "
                 "for tomorrow.", "lunch"),
                ("The supermarket by the hospital is empty by nine. Two sad sandwiches.",
                 "late-shops")]},
    {"contact": "freshbox-contact-4", "date": "2026-03-12",
     "notes": "Lunch near the courts, 45 minutes. Orders takeaway three or four times a week.",
     "confirmed": ["J1", "J4", "P1", "P5", "G2", "fees", "lunch", "portions"],
     "new": [("standby", "gain", "A few standby meals in the freezer or cupboard for the "
              "nights when every plan falls apart")],
     "quotes": [("On Sunday I buy for five dinners; by Wednesday a client call has eaten two "
                 "of them.", "P5"),
                ("I look at the delivery total at the end of the month and wince.", "fees"),
                ("What saves us is the freezer drawer: two lasagnes and a bag of dumplings.",
                 "standby")]},
    {"contact": "Priya", "date": "2026-03-17",
     "notes": "Referred by Marta. Product manager, 29, lives alone, works late most days. "
              "Phone call, 30 minutes.",
     "confirmed": ["J1", "J3", "P2", "G2", "G3", "fees", "lunch", "late-shops"],
     "contradicted": ["P4"],
     "new": [("budget", "gain", "Know in advance what the week's dinners will cost")],
     "quotes": [("Parcels are no problem, there's a locker in my building. Food going off is "
                 "the problem.", "P4"),
                ("I want to open the fridge and know what tonight is. That's all.", "G2"),
                ("If I cook at all, I cook two portions so I've got lunch.", "lunch"),
                ("I'd love to know on Monday what dinners will cost me this week, not find "
                 "out at the end of the month.", "budget")]},
    {"contact": "Tom", "date": "2026-03-19",
     "notes": "Referred by Jonas. Architect, 36, lives with his partner. Video call.",
     "confirmed": ["J1", "P1", "P3", "G1", "G4", "boxes", "standby", "pause"],
     "quotes": [("We tried a kit for a month. The food was fine, but the recycling bin was "
                 "full by Wednesday.", "boxes"),
                ("After a takeaway week I feel like I need a reset by Friday.", "G4"),
                ("Our backup is frozen gyoza. Eight minutes, done.", "standby")]},
    {"contact": "Sofia", "date": "2026-03-24",
     "notes": "Referred by Claire. Consultant, 31, lives alone. Coffee, 30 minutes.",
     "confirmed": ["J1", "J2", "J4", "P1", "P2", "G2", "fees", "lunch", "budget",
                   "portions"],
     "contradicted": ["P5", "G5"],
     "quotes": [("I'd rather not learn recipes. I want dinner decided, not a cooking class.",
                 "G5"),
                ("I never plan on Sunday, so there's no plan for work to ruin.", "P5"),
                ("The coriander always dies before I use it.", "P2"),
                ("It says free delivery, then there's a small-order fee and a service fee.",
                 "fees")]},
    {"contact": "Ben", "date": "2026-03-26",
     "notes": "Referred by Dev. Hospital pharmacist, 33, lives with his girlfriend. "
              "Video call, 35 minutes.",
     "confirmed": ["J1", "J3", "P1", "P3", "G1", "G3", "boxes", "standby", "lunch",
                   "late-shops"],
     "contradicted": ["P4"],
     "quotes": [("We get home at eight and 'what are we eating?' hangs in the air until "
                 "someone opens the app.", "J3"),
                ("Our building has a parcel room, so deliveries were never the issue.", "P4"),
                ("Whatever we eat, I want enough left for tomorrow's lunch box.", "lunch")]},
]


def build_converging() -> Workbook:
    """The FreshBox targeted segment after 8 interviews whose answers start to repeat."""
    wb = _freshbox()
    segment = wb.segment("freshbox-busy")
    for contact in wb.plan.contacts:
        contact.status = "done"
    _log(wb, segment, "converging", CONVERGING)
    return wb


# --------------------------------------------------------------------------- scattered


SCATTERED_CONTACTS = [
    ("Greta", "71, retired, cooks every day for herself and her husband.",
     "My neighbour's mother: ask my neighbour to introduce us."),
    ("Malik", "22, student, lives in a shared flat with three others.",
     "Student union notice board: he answered my post."),
    ("Ines", "39, works part time, three children aged 4 to 11.",
     "Parent at the local primary school: ask her at the gate."),
    ("Oskar", "33, management consultant, lives alone in the city centre.",
     "Former colleague: message him on LinkedIn."),
]

SCATTERED: list[Log] = [
    {"contact": "scattered-contact-1", "date": "2026-03-04",
     "notes": "At her kitchen table, 50 minutes.",
     "contradicted": ["P1", "G1"],
     "new": [("portions", "pain", "Packs in the shops are sized for families, so a couple "
              "eats the same stew for three days"),
             ("carrying", "pain", "Carrying the shopping home from the market gets harder "
              "every year"),
             ("rhythm", "job", "Keep the day in a rhythm: the market in the morning, cooking "
              "in the afternoon")],
     "quotes": [("Tired? I have all day. Cooking is what I do at five o'clock, with the radio "
                 "on.", "P1"),
                ("Why would I want dinner in twenty minutes? The soup takes two hours and "
                 "that is the point.", "G1"),
                ("Everything comes in packs for four. We eat the same stew until Thursday.",
                 "portions")]},
    {"contact": "scattered-contact-2", "date": "2026-03-06",
     "notes": "Student union café, 30 minutes.",
     "contradicted": ["P3"],
     "new": [("broke", "pain", "Money runs out in the last week of the month and dinner "
              "becomes plain pasta"),
             ("fridge", "pain", "Flatmates help themselves to food from the shared fridge"),
             ("batch", "job", "Cook one big, cheap pot on Sunday that lasts several days"),
             ("together", "gain", "Dinner with flatmates as the social moment of the day")],
     "quotes": [("Takeaway? Maybe once a month, on my birthday.", "P3"),
                ("By the 25th it's pasta with ketchup until the grant comes in.", "broke"),
                ("I labelled my yoghurt. It still disappeared.", "fridge")]},
    {"contact": "scattered-contact-3", "date": "2026-03-10",
     "notes": "Walk home from school, 25 minutes.",
     "confirmed": ["J3"],
     "new": [("picky", "pain", "The children refuse anything new, so she ends up cooking two "
              "dinners"),
             ("schedule", "pain", "Dinner has to fit between football practice, homework and "
              "bedtime"),
             ("one-meal", "gain", "One meal the whole table eats without an argument")],
     "quotes": [("At half past five three hungry children ask what's for dinner and I still "
                 "don't know.", "J3"),
                ("My youngest eats five things. If it's not one of them, fish fingers go in "
                 "on the side.", "picky")]},
    {"contact": "scattered-contact-4", "date": "2026-03-12",
     "notes": "Video call, 30 minutes.",
     "confirmed": ["J1", "P1", "G2"],
     "new": [("fees", "pain", "Delivery fees and tips make a takeaway cost nearly twice the "
              "menu price"),
             ("travel", "pain", "Away for work two or three days a week, so food bought at "
              "the weekend goes off before he is home")],
     "quotes": [("I get in at eight, I'm starving, and the app is already open.", "P1"),
                ("If someone just told me what to cook tonight, I'd do it.", "G2")]},
    {"contact": "Yusuf", "date": "2026-03-17",
     "notes": "Met through Oskar's brother. Drives a night bus, 45. Phone call before his "
              "shift.",
     "confirmed": ["P4"],
     "new": [("early", "job", "Eat a proper hot meal at five in the afternoon, before a night "
              "shift"),
             ("night", "pain", "Nothing is open after his shift at two in the morning except "
              "a petrol station")],
     "quotes": [("My 'dinner' is at five in the afternoon, before I drive all night.",
                 "early"),
                ("The courier rings at eleven, when I'm asleep. Then the parcel sits at the "
                 "depot.", "P4"),
                ("At two in the morning it's the petrol station or nothing.", "night")]},
    {"contact": "Hannah", "date": "2026-03-19",
     "notes": "From my gym. Vegan, 29, trains for triathlons. Coffee after a session.",
     "confirmed": ["G4"],
     "new": [("protein", "job", "Hit a protein target on training days"),
             ("vegan", "pain", "Vegan ready meals are heavily processed and low in protein"),
             ("numbers", "gain", "Meals that come with their nutrition numbers, so logging "
              "them takes a second")],
     "quotes": [("On a long training day I need 120 grams of protein. Try that with a vegan "
                 "ready meal.", "vegan"),
                ("I log everything. If the numbers are on the pack, it takes a second.",
                 "numbers")]},
    {"contact": "Pieter", "date": "2026-03-24",
     "notes": "A friend of my father's. 56, type 2 diabetes since last year. Phone call.",
     "confirmed": ["J2", "numbers"],
     "new": [("sugar", "pain", "Hidden sugar in sauces and ready meals means reading every "
              "label"),
             ("glucose", "job", "Keep his blood sugar steady, as his doctor asked")],
     "quotes": [("There is sugar in the pasta sauce. In the pasta sauce!", "sugar"),
                ("I want to see the carbohydrates per portion without doing sums.",
                 "numbers")]},
    {"contact": "Lea", "date": "2026-03-26",
     "notes": "Met at a cooking class. 35, works from home, shares a flat. Video call.",
     "confirmed": ["together"], "contradicted": ["J1"],
     "new": [("desk", "pain", "Eating at the same table where she has worked all day"),
             ("cuisines", "gain", "A new cuisine to try every week")],
     "quotes": [("Twenty minutes? Cooking is my break from the screen. I want it to take an "
                 "hour.", "J1"),
                ("Friday dinner with my flatmate is the best evening of the week.",
                 "together")]},
]


#: What each interviewee of the scattered log is (Contact.descriptors), by alias: the
#: descriptors the learner ticks in lesson 05 before looking for where the answers split.
SCATTERED_PEOPLE: dict[str, dict[str, list[str]]] = {
    "Greta": {"demographic": ["aged 65 or over", "retired", "lives as a couple"],
              "behavioural": ["cooks every day", "shops at the market"]},
    "Malik": {"demographic": ["aged 18-24", "student", "shares a flat"],
              "psychographic": ["counts every euro spent on food"]},
    "Ines": {"demographic": ["aged 35-44", "works part time", "children at home"],
             "behavioural": ["cooks every day"]},
    "Oskar": {"demographic": ["aged 25-44", "works 45 hours a week or more", "lives alone"],
              "behavioural": ["orders takeaway 8 or more times a month"]},
    "Yusuf": {"demographic": ["aged 45-64", "works night shifts", "lives alone"],
              "behavioural": ["orders takeaway 8 or more times a month"]},
    "Hannah": {"demographic": ["aged 25-44", "lives alone"],
               "psychographic": ["eats to a diet for health or sport"],
               "behavioural": ["tracks what they eat"]},
    "Pieter": {"demographic": ["aged 45-64", "lives as a couple"],
               "psychographic": ["eats to a diet for health or sport"],
               "behavioural": ["tracks what they eat"]},
    "Lea": {"demographic": ["aged 25-44", "works from home", "shares a flat"],
            "psychographic": ["enjoys cooking"]},
}


def build_scattered() -> Workbook:
    """The same hypotheses about a segment described far too broadly, after 8 interviews."""
    wb = _freshbox()
    busy = wb.segment("freshbox-busy")
    wb.segments.clear()  # the broad segment swallows the neighbours the example set aside
    broad = wb.add_segment(
        "People who eat dinner at home", id="freshbox-home", kind="consumer", targeted=True,
        size=340000,
        reason="Everyone eats dinner, so almost every household in the city could buy a box.",
        context="dinner at home", payer="whoever buys the food", user="whoever eats it",
    )
    broad.add_descriptor("demographic", "adults aged 18 and over")
    broad.add_descriptor("geographic", "lives in the launch city")
    broad.add_descriptor("behavioural", "eats dinner at home on at least some evenings")
    for kind in ("job", "pain", "gain"):
        for rank, item in enumerate(busy.profile.items_of(kind), 1):
            fields = item.to_dict()
            fields.update(id=f"{broad.id}-{kind}-{rank}")
            broad.profile.add(kind, fields.pop("text"), **fields)
    wb.plan.segment = broad.id
    wb.plan.learning_goal = ("Learn how people decide on and get dinner at home, and where the "
                             "evening goes wrong.")
    wb.plan.problem_focus = ("Dinners at home: how they are decided, bought and cooked. Listen "
                             "for whatever is hard about them.")
    wb.plan.contacts.clear()
    for n, (alias, why, reach) in enumerate(SCATTERED_CONTACTS, 1):
        wb.plan.add_contact(alias, id=f"scattered-contact-{n}", why=why, reach=reach,
                            status="done")
    _log(wb, broad, "scattered", SCATTERED)
    for contact in wb.plan.contacts:
        for family, phrases in SCATTERED_PEOPLE.get(contact.alias, {}).items():
            for phrase in phrases:
                contact.add_descriptor(family, phrase)
    return wb


# --------------------------------------------------------------------------- writing


#: File stem -> builder.
LOGS: dict[str, Callable[[], Workbook]] = {
    "converging": build_converging,
    "scattered": build_scattered,
}


def write_logs(out: str | Path = DEFAULT_OUT) -> dict[str, Path]:
    """Build every example log and save it as ``<out>/<name>.json``; return the paths."""
    return kit.data.write_examples(LOGS, out)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: parse arguments, write the example interview logs."""
    parser = argparse.ArgumentParser(
        description=("Build the example interview logs (converging.json, scattered.json): the "
                     "FreshBox example after eight interviews, once with answers that repeat "
                     "(approaching saturation) and once with a segment described too broadly "
                     "(re-segment)."),
        epilog="Example: python datasets/make_logs.py --out /tmp/logs",
    )
    parser.add_argument(
        "--out", default=str(DEFAULT_OUT),
        help="folder to write the logs into (default: datasets/examples/logs/)")
    args = parser.parse_args(argv)
    for path in write_logs(args.out).values():
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
