"""Figures for the kit: the customer-profile canvas and segment comparisons.

Every function draws with matplotlib's object-oriented API: it takes an ``ax`` or makes its
own :class:`matplotlib.figure.Figure`, never touches pyplot's global state, and returns the
figure (in a notebook, a returned figure shows itself). matplotlib and pandas are imported
only when one of these functions is first used, so ``import kit.plots`` stays light.

- :func:`draw_profile_canvas` and :func:`export_canvas`: the customer side of the Value
  Proposition Canvas (jobs, gains, pains) for one segment, on screen or as PNG / PDF.
- :func:`compare_segments`: cut a customer table into candidate segments and summarise them.
- :func:`draw_segment_comparison`: a chart of that summary, one bar per segment per metric.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kit.plots.canvas import draw_profile_canvas, export_canvas
    from kit.plots.segments import compare_segments, draw_segment_comparison

__all__ = ["compare_segments", "draw_evidence_board", "draw_persona_card",
           "draw_profile_canvas", "draw_saturation_curve", "draw_segment_comparison",
           "export_canvas", "export_persona"]

_HOME = {
    "draw_profile_canvas": "kit.plots.canvas",
    "export_canvas": "kit.plots.canvas",
    "compare_segments": "kit.plots.segments",
    "draw_segment_comparison": "kit.plots.segments",
    "draw_persona_card": "kit.plots.persona",
    "export_persona": "kit.plots.persona",
    "draw_saturation_curve": "kit.plots.synthesis",
    "draw_evidence_board": "kit.plots.synthesis",
}


def _show_figures_in_notebooks() -> None:
    """Let a returned Figure display itself as a picture in Jupyter (without pyplot)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    def png(figure: Figure) -> bytes:
        buffer = io.BytesIO()
        FigureCanvasAgg(figure).print_png(buffer)
        return buffer.getvalue()

    shell.display_formatter.formatters["image/png"].for_type(Figure, png)


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'kit.plots' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    _show_figures_in_notebooks()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
