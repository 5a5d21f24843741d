"""Accuracy, precision and recall of the question linter on a labelled question set.

    python benchmarks/linter_accuracy.py [tests/data/questions_labelled.tsv] [--show-errors]
    python benchmarks/linter_accuracy.py tests/data/questions_judgement.tsv --part tune
    python benchmarks/linter_accuracy.py tests/data/questions_judgement.tsv --part holdout

"weak" is the positive class for the verdict; each problem category is scored on its own.
When the file has a ``language`` column, every figure is also given per language.
``--part tune`` keeps the first two thirds of the rows (the part the rules were tuned on),
``--part holdout`` the last third (kept out of the tuning). The labelled sets were written
independently of the linter's rules (see tests/data/README.md).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import NamedTuple

from kit.linter import PROBLEMS, lint_question

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions_labelled.tsv"
PARTS = ("all", "tune", "holdout")

Score = tuple[float, float, int, int, int]


class Row(NamedTuple):
    """One labelled question."""

    question: str
    verdict: str
    problems: frozenset[str]
    language: str = "en"


def load(path: Path, part: str = "all") -> list[Row]:
    """The rows of a labelled TSV file; ``part`` picks the tuning or the held-out rows."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [Row(r["question"], r["verdict"],
                    frozenset(p for p in r["problems"].split(",") if p),
                    (r.get("language") or "en").strip())
                for r in csv.DictReader(handle, delimiter="\t")]
    cut = len(rows) * 2 // 3
    return {"all": rows, "tune": rows[:cut], "holdout": rows[cut:]}[part]


def scores(pairs: list[tuple[bool, bool]]) -> Score:
    """``(precision, recall, tp, fp, fn)`` of (wanted, got) pairs."""
    tp = sum(1 for want, got in pairs if want and got)
    fp = sum(1 for want, got in pairs if got and not want)
    fn = sum(1 for want, got in pairs if want and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def _score_rows(rows: list[Row]) -> dict[str, Score]:
    results = [(row, lint_question(row.question)) for row in rows]
    out = {"verdict": scores([(row.verdict == "weak", res.verdict == "weak")
                              for row, res in results])}
    for name in PROBLEMS:
        out[name] = scores([(name in row.problems, name in res.problems)
                            for row, res in results])
    return out


def evaluate(path: Path = DEFAULT, part: str = "all",
             language: str | None = None) -> dict[str, Score]:
    """``{"verdict": (precision, recall, tp, fp, fn), "closed": ..., ...}``, on the rows of
    ``part`` and (when given) of one ``language``."""
    rows = [r for r in load(path, part) if language is None or r.language == language]
    return _score_rows(rows)


def accuracy(path: Path = DEFAULT, part: str = "all", language: str | None = None) -> float:
    """The share of rows whose verdict (good or weak) the linter gets right."""
    rows = [r for r in load(path, part) if language is None or r.language == language]
    if not rows:
        return 1.0
    return sum(lint_question(r.question).verdict == r.verdict for r in rows) / len(rows)


def _print_table(title: str, rows: list[Row]) -> None:
    if not rows:
        return
    right = sum(lint_question(r.question).verdict == r.verdict for r in rows)
    weak = sum(r.verdict == "weak" for r in rows)
    print(f"\n{title}: {len(rows)} questions ({weak} weak), verdict accuracy "
          f"{right / len(rows):.3f} ({right}/{len(rows)})")
    print(f"{'':14}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name, (p, r, tp, fp, fn) in _score_rows(rows).items():
        if name != "verdict" and tp + fp + fn == 0:
            continue
        print(f"{name:14}{p:10.2f}{r:8.2f}{tp:5}{fp:5}{fn:5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--part", choices=PARTS, default="all",
                        help="all rows, the first 2/3 (tune) or the last 1/3 (holdout)")
    parser.add_argument("--show-errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    rows = load(args.path, args.part)
    _print_table(f"{args.path.name} ({args.part})", rows)
    languages = sorted({r.language for r in rows})
    if len(languages) > 1:
        for language in languages:
            _print_table(f"language {language}", [r for r in rows if r.language == language])
    if args.show_errors:
        print()
        for row in rows:
            res = lint_question(row.question)
            if res.verdict != row.verdict or set(res.problems) != row.problems:
                mark = "VERDICT" if res.verdict != row.verdict else "problems"
                print(f"- [{mark}] {row.question}\n    label: {row.verdict} "
                      f"{sorted(row.problems)}  linter: {res.verdict} {list(res.problems)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
