"""How much longer a huge workbook takes than a normal one, operation by operation.

The huge workbook is the one of ``tests/test_large_inputs.py``: a complete workbook plus
10,000 segments, descriptors, jobs, pains, gains, contacts, questions and interviews, and
1 MB texts (with right-to-left text and emoji). The baseline is the same complete workbook
without them, timed in the same process. Each operation is timed ``--rounds`` times (median).

    PATH=$PWD/.venv/bin:$PATH .venv/bin/python benchmarks/large_inputs.py [--n 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="items added to every list")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore", UserWarning)  # glyphs missing from the font

    import matplotlib

    matplotlib.use("Agg")
    from conftest import add_interviews, build_good_workbook
    from test_large_inputs import big_workbook

    import kit
    from kit import widgets
    from kit.checks import check_workbook
    from kit.plots import draw_evidence_board, draw_persona_card, draw_profile_canvas
    from kit.progress import path_progress
    from kit.workbook import WorkbookStore

    folder = Path(tempfile.mkdtemp(prefix="cdkit-large-"))
    books = {}
    for name, wb in (("normal", add_interviews(build_good_workbook())),
                     ("huge", big_workbook(args.n))):
        path = folder / f"{name}.json"
        WorkbookStore(path).save(wb, keep_backup=False)
        books[name] = kit.open_workbook(path)

    def png(fig) -> None:
        fig.savefig(folder / "x.png")

    operations = {
        "save": lambda wb: wb.save(),
        "open": lambda wb: kit.open_workbook(wb.path),
        "check my work": check_workbook,
        "progress": path_progress,
        "ProfileBoard": widgets.ProfileBoard,
        "QuestionEditor": widgets.QuestionEditor,
        "ContactPlanner": widgets.ContactPlanner,
        "InterviewLog": widgets.InterviewLog,
        "SynthesisView": widgets.SynthesisView,
        "canvas (PNG)": lambda wb: png(draw_profile_canvas(wb.targeted_segments[0])),
        "persona card (PNG)": lambda wb: png(draw_persona_card(wb)),
        "evidence board (PNG)": lambda wb: png(draw_evidence_board(wb)),
    }
    size = {k: (folder / f"{k}.json").stat().st_size for k in books}
    print(f"workbook files: normal {size['normal'] / 1e3:.0f} kB, huge "
          f"{size['huge'] / 1e6:.1f} MB ({args.n:,} more of every list, 1 MB texts)")
    print(f"{'operation':<22}{'normal':>10}{'huge':>10}{'ratio':>8}")
    for label, operation in operations.items():
        times = {}
        for name, wb in books.items():
            runs = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                operation(wb)
                runs.append(time.perf_counter() - start)
            times[name] = statistics.median(runs)
        print(f"{label:<22}{times['normal']:>9.3f}s{times['huge']:>9.3f}s"
              f"{times['huge'] / times['normal']:>7.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
