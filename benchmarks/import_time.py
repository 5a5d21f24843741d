"""`import kit` against `import ipywidgets`: median wall time of fresh interpreters.

    python benchmarks/import_time.py [--runs 15]

Each import runs in a new interpreter, alternating kit and ipywidgets so that both see the same
machine load. The interpreter's own start-up (``python -c pass``) is measured too and
subtracted, so the ratio compares the imports themselves. Also checks that pandas, matplotlib
and nbgrader are not imported by ``import kit``. Target: ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

TARGET = 1.3
HEAVY = ("pandas", "matplotlib", "nbgrader")


def once(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    once("import kit, ipywidgets")  # warm the file cache and bytecode
    times: dict[str, list[float]] = {"pass": [], "import kit": [], "import ipywidgets": []}
    for _ in range(args.runs):
        for code in times:
            times[code].append(once(code))
    med = {code: statistics.median(values) for code, values in times.items()}
    base = med["pass"]
    kit_t, widgets_t = med["import kit"] - base, med["import ipywidgets"] - base
    ratio = kit_t / widgets_t
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys, kit; print([m for m in {HEAVY!r} if m in "
         "sys.modules])"], capture_output=True, text=True, check=True).stdout.strip()
    print(f"median of {args.runs} runs each (interpreter start-up {base * 1000:.0f} ms "
          "subtracted):")
    print(f"  import kit         {kit_t * 1000:7.1f} ms")
    print(f"  import ipywidgets  {widgets_t * 1000:7.1f} ms")
    print(f"  ratio kit/ipywidgets = {ratio:.2f} (target <= {TARGET})")
    print(f"  heavy modules loaded by import kit: {loaded}")
    return 0 if ratio <= TARGET and loaded == "[]" else 1


if __name__ == "__main__":
    sys.exit(main())
