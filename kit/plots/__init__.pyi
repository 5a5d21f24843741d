# The figures `kit.plots` offers, read by editors, type checkers and (through lazy_loader, at run
# time) by kit/plots/__init__.py: each is imported on first use, so `import kit.plots` does not
# import matplotlib or pandas. Only relative imports here (lazy_loader's stub format).
from .canvas import draw_profile_canvas, export_canvas
from .persona import draw_persona_card, export_persona
from .segments import compare_segments, draw_cut_needs, draw_segment_comparison
from .split import draw_split_matrix
from .synthesis import draw_evidence_board, draw_saturation_curve

__all__ = [
    "compare_segments",
    "draw_cut_needs",
    "draw_evidence_board",
    "draw_persona_card",
    "draw_profile_canvas",
    "draw_saturation_curve",
    "draw_segment_comparison",
    "draw_split_matrix",
    "export_canvas",
    "export_persona",
]
