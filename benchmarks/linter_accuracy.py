"""Precision and recall of the question linter on the labelled question set.

    python benchmarks/linter_accuracy.py [tests/data/questions_labelled.tsv] [--show-errors]

"weak" is the positive class for the verdict; each problem category is scored on its own.
The labelled set was written independently of the linter's rules (see tests/data/README.md).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from kit.linter import PROBLEMS, lint_question

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions_labelled.tsv"


def load(path: Path) -> list[tuple[str, str, set[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(r["question"], r["verdict"], {p for p in r["problems"].split(",") if p})
                for r in rows]


def scores(pairs: list[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    tp = sum(1 for want, got in pairs if want and got)
    fp = sum(1 for want, got in pairs if got and not want)
    fn = sum(1 for want, got in pairs if want and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def evaluate(path: Path = DEFAULT) -> dict[str, tuple[float, float, int, int, int]]:
    """``{"verdict": (precision, recall, tp, fp, fn), "closed": ..., ...}``."""
    data = load(path)
    results = [(label, verdict, problems, lint_question(q)) for q, verdict, problems in
               ((q, v, p) for q, v, p in data) for label in [q]]
    out = {"verdict": scores([(v == "weak", r.verdict == "weak") for _, v, _, r in results])}
    for name in PROBLEMS:
        out[name] = scores([(name in p, name in r.problems) for _, _, p, r in results])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show-errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    data = load(args.path)
    print(f"{len(data)} labelled questions ({sum(v == 'weak' for _, v, _ in data)} weak)")
    print(f"{'':14}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name, (p, r, tp, fp, fn) in evaluate(args.path).items():
        print(f"{name:14}{p:10.2f}{r:8.2f}{tp:5}{fp:5}{fn:5}")
    if args.show_errors:
        for q, verdict, problems in data:
            res = lint_question(q)
            if res.verdict != verdict or set(res.problems) != problems:
                print(f"- {q}\n    label: {verdict} {sorted(problems)}  linter: {res.verdict} "
                      f"{list(res.problems)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
