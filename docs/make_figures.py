"""Rebuild the figures shown in the README from the committed example data.

    python docs/make_figures.py        (or: make figures)

- docs/images/canvas-freshbox.png: the customer-profile canvas of the FreshBox case study;
- docs/images/segments-compared.png: candidate segments cut from datasets/consumers.csv;
- docs/images/persona-freshbox.png: a persona card from the converging interview log;
- docs/images/saturation-converging.png and saturation-scattered.png: the two example logs;
- docs/images/split-matrix.png: where the scattered log splits, who said what on each side.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kit.data import load_consumers, load_example
from kit.plots import (
    compare_segments,
    draw_saturation_curve,
    draw_segment_comparison,
    draw_split_matrix,
    export_canvas,
    export_persona,
)
from kit.synthesis import analyse
from kit.synthesis.resegment import read_splits

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "images"

CANDIDATES = {
    "Big-city singles and couples, 40+ h work": {
        "city_size": "big city", "household": ["single", "couple"],
        "work_hours_per_week": lambda h: h >= 40},
    "Families with young children": {"household": "family with children"},
    "Students in shared flats": {"household": "shared flat"},
    "Retired couples": {"household": "retired couple"},
}


def split_figure() -> None:
    """docs/images/split-matrix.png: the best split of the scattered log, drawn as a table."""
    figure = draw_split_matrix(read_splits(load_example("scattered")))
    figure.savefig(OUT / "split-matrix.png", dpi=100)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    wb = load_example("freshbox")  # in memory: the committed file is never touched
    export_canvas(wb.targeted_segments[0], OUT / "canvas-freshbox.png", dpi=110)
    table = compare_segments(load_consumers(), CANDIDATES,
                             ["pain_no_time", "pain_cost", "pain_picky_eaters",
                              "gain_less_planning"])
    figure = draw_segment_comparison(table, title="Candidate segments in the consumer table")
    figure.savefig(OUT / "segments-compared.png", dpi=100)
    log = load_example("converging")
    log.persona.segment = log.targeted_segments[0].id
    log.persona.name = "Maya Okafor"
    log.persona.age = "34"
    log.persona.location = "Rotterdam, city centre"
    log.persona.occupation = "product manager, 50-hour weeks"
    log.persona.quote = next(q.text for i in log.interviews for q in i.quotes)
    export_persona(log, OUT / "persona-freshbox.png", dpi=100)
    for name in ("converging", "scattered"):
        figure = draw_saturation_curve(analyse(load_example(name)),
                                       title=f"The {name} example log")
        figure.savefig(OUT / f"saturation-{name}.png", dpi=90)
    split_figure()
    print("wrote", ", ".join(sorted(p.name for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
