"""`import kit` stays light: pandas, matplotlib, nbgrader and ipywidgets load only where used."""

from __future__ import annotations

import subprocess
import sys


def test_import_kit_does_not_load_heavy_libraries():
    code = ("import sys, kit, kit.checks, kit.linter, kit.workbook, kit.cli\n"
            "heavy = [m for m in ('pandas', 'matplotlib', 'nbgrader', 'ipywidgets', 'numpy')"
            " if m in sys.modules]\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
