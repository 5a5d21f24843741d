"""Figures for the kit: the customer-profile canvas and segment comparisons.

Every function draws with matplotlib's object-oriented API: it takes an ``ax`` or makes its
own :class:`matplotlib.figure.Figure`, never touches pyplot's global state, and returns the
figure (in a notebook, a returned figure shows itself). matplotlib and pandas are imported
only when one of these functions is first used, so ``import kit.plots`` stays light.

- :func:`draw_profile_canvas` and :func:`export_canvas`: the customer side of the Value
  Proposition Canvas (jobs, gains, pains) for one segment, on screen or as PNG / PDF.
- :func:`compare_segments`: cut a customer table into candidate segments and summarise them.
- :func:`draw_segment_comparison`: a chart of that summary, one bar per segment per metric.
- :func:`draw_cut_needs`: the needs of one cut of the table against everyone's.
- :func:`draw_persona_card` and :func:`export_persona`: the persona card, on screen or as a file.
- :func:`draw_saturation_curve` and :func:`draw_evidence_board`: what the interviews showed.
- :func:`draw_split_matrix`: who said what, grouped by where the interviews split.

The names and where they live are listed in ``kit/plots/__init__.pyi`` (SPEC 1, lazy_loader).
"""

from __future__ import annotations

from typing import Any

import lazy_loader as lazy

# The figures and where they live are listed in __init__.pyi; each loads on first use.
_load, __dir__, __all__ = lazy.attach_stub(__name__, __file__)


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
    value = _load(name)  # raises AttributeError for a name kit.plots does not have
    _show_figures_in_notebooks()
    return value
