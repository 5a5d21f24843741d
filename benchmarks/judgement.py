"""How well the kit's rules judge the work: points and completion by quality, and per rule
precision and recall, on the labelled corpus of workbooks in ``tests/data/workbooks/``.

    python benchmarks/judgement.py                 # the table, and the targets
    python benchmarks/judgement.py --show          # and what each rule said on each workbook
    python benchmarks/judgement.py --json          # the figures as JSON

The corpus was written from the course's domain notes, without reading the rules (see
tests/data/workbooks/README.md). Each workbook is labelled with its quality (junk, minimal,
mediocre, good, excellent) and with the defects it was given on purpose; a rule *fires* on a
workbook when it gives a hint or a problem. A rule's precision is measured on the labelled
defects of the non-junk workbooks (junk is wrong everywhere, so every rule may rightly fire on
it); its recall on all of them. The targets (from the issue that asked for this) are checked
at the end: junk earns at most 20 % of the automatic points and at most 35 % completion, and
every good and excellent workbook keeps its full automatic points. Also measured: the question
linter's accuracy on the labelled question sets, and the time ``check_workbook`` takes on an
ordinary workbook (target: under 20 ms).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "workbooks"
QUESTION_SETS = ("questions_labelled.tsv", "questions_heldout.tsv", "questions_judgement.tsv")
QUALITIES = ("junk", "minimal", "mediocre", "good", "excellent")
JUNK_POINTS_MAX, JUNK_COMPLETION_MAX = 0.20, 0.35

#: Which rules should catch each labelled defect ("placeholder" = any finding of the text
#: layer that calls a text a placeholder, whichever rule reports it).
DETECTORS: dict[str, tuple[str, ...]] = {
    "filler": ("placeholder",),
    "segment-vague": ("segment-everyone", "segment-specific"),
    "descriptor-family": ("segment-family-fit",),
    "no-reason": ("segment-reason",),
    "size-implausible": ("segment-size",),
    "payer-user": ("segment-context",),
    "pattern-mismatch": ("segment-pattern",),
    "profile-thin": ("profile-complete",),
    "profile-unrated": ("profile-ranked",),
    "retrofit": ("profile-retrofit",),
    "duplicates": ("profile-substance", "profile-distinct"),
    "copied-example": ("copied",),
    "contacts-thin": ("contacts-count", "contact-details"),
    "contacts-duplicate": ("contacts-distinct",),
    "questions-weak": ("question-lint",),
    "questions-thin": ("questions-count",),
    "interviews-thin": ("interviews-count",),
    "interviews-duplicate": ("interviews-plausible",),
    "interview-date": ("interviews-plausible", "interview-details"),
    "interview-not-done": ("interviews-plausible",),
    "quotes-junk": ("interviews-quotes",),
    "evidence-overclaimed": ("interviews-evidence",),
    "persona-unfounded": ("persona-evidence",),
    "answers-junk": ("answer",),
}


#: Defects that show through the same rule: a firing on a workbook labelled with one of them
#: is not a false alarm (an empty reason is "no-reason" and a placeholder at once).
RELATED: dict[str, tuple[str, ...]] = {
    "filler": ("no-reason", "answers-junk", "quotes-junk", "profile-thin", "segment-vague",
               "contacts-thin", "questions-thin"),
    "profile-thin": ("duplicates", "filler", "copied-example", "retrofit"),
    "duplicates": ("profile-thin", "filler"),
    "answers-junk": ("filler",),
    "interviews-thin": ("interviews-duplicate", "interview-date", "contacts-thin",
                        "quotes-junk"),
    "interviews-duplicate": ("interview-not-done", "interview-date", "interviews-thin"),
    "interview-date": ("interview-not-done", "interviews-duplicate"),
    "interview-not-done": ("interviews-duplicate", "interview-date"),
    "size-implausible": ("segment-vague",),
    "pattern-mismatch": ("segment-vague",),
    "payer-user": ("filler",),
}


@dataclass
class Judged:
    """What the rules made of one workbook."""

    file: str
    quality: str
    kind: str
    defects: frozenset[str]
    points: int
    max_points: int
    completion: int
    fired: frozenset[str]  # detectors that fired
    said: list[str]


def _fired(feedback) -> set[str]:
    out = set()
    for f in feedback:
        if f.level == "ok":
            continue
        out.add(f.rule)
        if f.rule.startswith("answer-"):
            out.add("answer")
        if "placeholder" in f.message:
            out.add("placeholder")
        if "copied" in f.message:
            out.add("copied")
    return out


def judge_file(path: Path, row: dict[str, str]) -> Judged:
    from kit.checks import check_workbook
    from kit.checks.rubric import ASSIGNMENTS, run_test
    from kit.model import Workbook
    from kit.progress import STEPS, path_progress

    wb = Workbook.from_dict(json.loads(path.read_text("utf-8")))
    points = max_points = 0
    for a in ASSIGNMENTS.values():
        for t in a.tests:
            max_points += t.points
            points += t.points * run_test(a.id, t.id, wb).passed
    feedback = list(check_workbook(wb))
    for collect in {s.collect for s in STEPS}:
        feedback.extend(collect(wb))
    fired = _fired(feedback)
    detectors = {d for d, rules in DETECTORS.items() if fired & set(rules)}
    said = sorted({f"{f.level}: {f.rule}: {f.where}: {f.message}" for f in feedback
                   if f.level != "ok"})
    return Judged(path.name, row["quality"], row["kind"],
                  frozenset(d for d in row["defects"].split(",") if d), points, max_points,
                  path_progress(wb).percent, frozenset(detectors), said)


def load_corpus() -> list[Judged]:
    with (CORPUS / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [judge_file(CORPUS / r["file"], r) for r in rows]


def per_rule(judged: list[Judged]) -> dict[str, dict[str, float]]:
    """Precision (non-junk workbooks) and recall (all) of each defect's detectors. A firing
    counts as right where the workbook is labelled with the defect or one of its
    :data:`RELATED` defects."""
    out = {}
    for defect in DETECTORS:
        clean = [j for j in judged if j.quality != "junk"]
        right = {defect, *RELATED.get(defect, ())}
        tp = sum(1 for j in clean if j.defects & right and defect in j.fired)
        fp = sum(1 for j in clean if not j.defects & right and defect in j.fired)
        labelled = [j for j in judged if defect in j.defects]
        hit = sum(1 for j in labelled if defect in j.fired)
        out[defect] = {"precision": tp / (tp + fp) if tp + fp else float("nan"),
                       "recall": hit / len(labelled) if labelled else float("nan"),
                       "labelled": len(labelled), "fired_on_clean": tp + fp}
    return out


def by_quality(judged: list[Judged]) -> dict[str, dict[str, float]]:
    out = {}
    for q in QUALITIES:
        group = [j for j in judged if j.quality == q]
        if group:
            share = [j.points / j.max_points for j in group]
            out[q] = {"workbooks": len(group), "points_mean": statistics.mean(share),
                      "points_max": max(share), "points_min": min(share),
                      "completion_mean": statistics.mean(j.completion for j in group) / 100,
                      "completion_max": max(j.completion for j in group) / 100,
                      "completion_min": min(j.completion for j in group) / 100}
    return out


def linter_accuracy() -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("linter_accuracy",
                                                  ROOT / "benchmarks" / "linter_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    out = {}
    for name in QUESTION_SETS:
        path = ROOT / "tests" / "data" / name
        if path.is_file():
            out[name] = module.accuracy(path)
    return out


def good_work_questions() -> tuple[int, int]:
    """(questions in the good and excellent workbooks, how many the linter calls weak): an
    out-of-sample check, since those question sets were written for the corpus, not for the
    linter."""
    from kit.linter import lint_question
    from kit.model import Workbook

    with (CORPUS / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t")
                if r["quality"] in ("good", "excellent")]
    texts = [q.text for r in rows for q in Workbook.from_dict(
        json.loads((CORPUS / r["file"]).read_text("utf-8"))).plan.questions]
    return len(texts), sum(lint_question(t).verdict == "weak" for t in texts)


def check_time(rounds: int = 50) -> dict[str, float]:
    """Seconds of ``check_workbook``: the first call in a process (it loads the word lists),
    the median on a workbook checked before (a learner's next click), and the median on
    workbooks never seen (each corpus workbook once, after the first call)."""
    from kit.checks import check_workbook
    from kit.data import load_example
    from kit.model import Workbook

    wb = load_example("converging")
    t = time.perf_counter()
    check_workbook(wb)
    first = time.perf_counter() - t
    again = []
    for _ in range(rounds):
        t = time.perf_counter()
        check_workbook(wb)
        again.append(time.perf_counter() - t)
    unseen = []
    for path in sorted(CORPUS.glob("*.json")):
        other = Workbook.from_dict(json.loads(path.read_text("utf-8")))
        t = time.perf_counter()
        check_workbook(other)
        unseen.append(time.perf_counter() - t)
    return {"first": first, "again": statistics.median(again),
            "unseen": statistics.median(unseen)}


def targets(judged: list[Judged]) -> list[tuple[str, bool, str]]:
    junk = [j for j in judged if j.quality == "junk"]
    good = [j for j in judged if j.quality in ("good", "excellent")]
    worst_points = max((j.points / j.max_points for j in junk), default=0.0)
    worst_completion = max((j.completion for j in junk), default=0) / 100
    lost = [j for j in good if j.points < j.max_points]
    return [
        (f"junk earns at most {JUNK_POINTS_MAX:.0%} of the automatic points",
         worst_points <= JUNK_POINTS_MAX, f"highest {worst_points:.0%}"),
        (f"junk reaches at most {JUNK_COMPLETION_MAX:.0%} completion",
         worst_completion <= JUNK_COMPLETION_MAX, f"highest {worst_completion:.0%}"),
        ("every good and excellent workbook keeps its full automatic points", not lost,
         f"{len(good) - len(lost)} of {len(good)}"
         + (f"; lost on {', '.join(j.file for j in lost)}" if lost else "")),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="what the rules said, per workbook")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    timing = check_time()  # first, while nothing is cached yet
    judged = load_corpus()
    result: dict[str, Any] = {"quality": by_quality(judged), "rules": per_rule(judged),
              "linter_accuracy": linter_accuracy(),
              "check_workbook_ms": {k: v * 1000 for k, v in timing.items()},
              "good_work_questions": dict(zip(("questions", "called_weak"),
                                              good_work_questions(), strict=True)),
              "targets": [{"target": t, "met": ok, "measured": m} for t, ok, m in targets(judged)]}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0 if all(t["met"] for t in result["targets"]) else 1
    print(f"{len(judged)} workbooks\n")
    print(f"{'quality':<10} {'n':>3} {'points mean':>12} {'min':>6} {'max':>6} "
          f"{'completion mean':>16} {'min':>6} {'max':>6}")
    for q, r in result["quality"].items():
        print(f"{q:<10} {r['workbooks']:>3} {r['points_mean']:>12.0%} {r['points_min']:>6.0%} "
              f"{r['points_max']:>6.0%} {r['completion_mean']:>16.0%} "
              f"{r['completion_min']:>6.0%} {r['completion_max']:>6.0%}")
    print(f"\n{'defect (rules)':<58} {'labelled':>8} {'precision':>10} {'recall':>8}")
    for defect, r in result["rules"].items():
        name = f"{defect} ({', '.join(DETECTORS[defect])})"
        print(f"{name:<58} {r['labelled']:>8} {r['precision']:>10.2f} {r['recall']:>8.2f}")
    print("\nquestion linter accuracy: " + ", ".join(
        f"{k} {v:.1%}" for k, v in result["linter_accuracy"].items()))
    g = result["good_work_questions"]
    print(f"questions of the good and excellent workbooks: {g['questions']}, called weak: "
          f"{g['called_weak']}")
    ms = result["check_workbook_ms"]
    print(f"check_workbook: first call {ms['first']:.0f} ms (loads the word lists); then "
          f"{ms['unseen']:.1f} ms on a workbook never seen and {ms['again']:.1f} ms on one "
          "checked before (medians)")
    print()
    for t in result["targets"]:
        print(f"{'MET ' if t['met'] else 'MISSED'}  {t['target']}: {t['measured']}")
    if args.show:
        for j in judged:
            print(f"\n== {j.file} ({j.quality}, {j.kind}) {j.points}/{j.max_points} points, "
                  f"{j.completion}% done; labelled: {', '.join(sorted(j.defects)) or '-'}; "
                  f"caught: {', '.join(sorted(j.fired)) or '-'}")
            for line in j.said:
                print("   ", line[:220])
    return 0 if all(t["met"] for t in result["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
