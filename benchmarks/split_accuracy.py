"""How often kit.synthesis.split finds a real split, and how often it claims one that is not
there, on simulated interview logs of the sizes courses see (5 to 20 interviews).

Each simulated log has ``n`` interviewees, each with one value of each of ``families``
two-valued descriptors (``f0: a`` or ``f0: b``...), drawn at random, and answers on ``items``
items. In a **planted** log, the people with ``f0: a`` confirm item 0 with probability
``hit`` and the others with probability ``miss`` (a real difference between sub-segments);
every other answer is random (confirmed with probability 1/3, else contradicted or not
raised). In a **null** log nothing is planted: the descriptors have nothing to do with the
answers.

For each size it reports, over ``--logs`` logs of each kind (seeded, so the figures repeat):

- planted: the share where the first proposal is the planted descriptor (or its other
  side), and how it is worded (clear / worth testing / a lead only);
- null: the share with any proposal at all, and the share where some proposal is called
  *clear* or *worth testing* (a claim the data do not back). The chance "anywhere" is built so
  that *clear* appears in at most 1 in 20 null logs.

Usage::

    .venv/bin/python benchmarks/split_accuracy.py [--logs 200] [--json]

Exits 1 when a null log is called clear in more than 5 % of the logs of some size (plus a
margin for the sampling error of ``--logs``).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence

from kit.synthesis.split import CLEAR, LEAD, WORTH_TESTING, propose_splits

SIZES = (5, 8, 12, 20)
C, X = "confirmed", "contradicted"


def simulate(rng: random.Random, n: int, families: int, items: int, planted: bool,
             hit: float = 0.9, miss: float = 0.1) -> tuple[dict, dict]:
    descriptors, answers = {}, {}
    for i in range(n):
        person = f"p{i}"
        have = {f"f{k}: {rng.choice('ab')}" for k in range(families)}
        descriptors[person] = have
        said = {}
        for j in range(items):
            if planted and j == 0:
                yes = rng.random() < (hit if "f0: a" in have else miss)
                said[f"item{j}"] = C if yes else X
                continue
            r = rng.random()
            if r < 1 / 3:
                said[f"item{j}"] = C
            elif r < 2 / 3:
                said[f"item{j}"] = X
        answers[person] = said
    return descriptors, answers


def measure(n: int, logs: int, families: int, items: int, seed: int) -> dict:
    rng = random.Random(seed + n)
    words = {CLEAR: 0, WORTH_TESTING: 0, LEAD: 0}
    found = 0
    for _ in range(logs):
        splits = propose_splits(*simulate(rng, n, families, items, planted=True))
        if splits and {"f0: a", "f0: b"} & {splits[0].descriptor, *splits[0].also,
                                            *splits[0].others}:
            found += 1
            words[splits[0].strength] += 1
    null_any = null_clear = null_worth = 0
    for _ in range(logs):
        splits = propose_splits(*simulate(rng, n, families, items, planted=False))
        null_any += bool(splits)
        null_clear += any(s.strength == CLEAR for s in splits)
        null_worth += any(s.strength in (CLEAR, WORTH_TESTING) for s in splits)
    return {"interviews": n, "logs": logs, "planted_found": found / logs,
            "planted_clear": words[CLEAR] / logs, "planted_worth": words[WORTH_TESTING] / logs,
            "planted_lead": words[LEAD] / logs, "null_any": null_any / logs,
            "null_clear": null_clear / logs, "null_worth_or_clear": null_worth / logs}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--logs", type=int, default=200, help="logs of each kind per size "
                        "(default: 200)")
    parser.add_argument("--families", type=int, default=6, help="descriptor families per "
                        "interviewee (default: 6, so 12 descriptors in all)")
    parser.add_argument("--items", type=int, default=8, help="items answered (default: 8)")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    rows = [measure(n, args.logs, args.families, args.items, args.seed) for n in SIZES]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print("| interviews | planted split found first | said clear / worth testing / lead "
              "| null: any proposal | null: worth testing or clear | null: clear |")
        print("| --- | --- | --- | --- | --- | --- |")
        for r in rows:
            print(f"| {r['interviews']} | {r['planted_found']:.0%} | {r['planted_clear']:.0%} / "
                  f"{r['planted_worth']:.0%} / {r['planted_lead']:.0%} | {r['null_any']:.0%} | "
                  f"{r['null_worth_or_clear']:.0%} | {r['null_clear']:.0%} |")
    margin = 0.05 + 2 * math.sqrt(0.05 * 0.95 / args.logs)
    bad = [r for r in rows if r["null_clear"] > margin]
    for r in bad:
        print(f"MISSED: {r['null_clear']:.0%} of null logs of {r['interviews']} interviews "
              f"were called clear (target at most 5 %, {margin:.0%} with sampling error)",
              file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
