"""Saving a figure as PNG or PDF: one place for the format rules and the messages."""

from __future__ import annotations

from pathlib import Path

from kit.errors import KitError, choices_text

__all__ = ["EXPORT_FORMATS", "save_figure"]

#: File formats the kit's figures can be saved in.
EXPORT_FORMATS = ("png", "pdf")


def save_figure(fig, path: str | Path, *, what: str, example: str, title: str,
                fmt: str | None = None, dpi: int = 150) -> Path:
    """Save ``fig`` to ``path`` (format from ``fmt`` or the suffix; folders created)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    path = Path(path)
    given = str(fmt) if fmt is not None else path.suffix
    chosen = given.lower().lstrip(".")
    if chosen not in EXPORT_FORMATS:
        raise KitError(f"Cannot save the {what} as {given!r}. Choose one of: "
                       f"{choices_text(EXPORT_FORMATS)} (for example '{example}')."
                       if given else f"Cannot tell which format to save the {what} in: give "
                       "the file a suffix or fmt=…; choose one of: "
                       f"{choices_text(EXPORT_FORMATS)}.")
    if not path.suffix:
        path = path.with_suffix(f".{chosen}")
    FigureCanvasAgg(fig)
    meta = ({"Title": title, "Software": "Customer Discovery Kit"} if chosen == "png" else
            {"Title": title, "Creator": "Customer Discovery Kit", "CreationDate": None})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format=chosen, dpi=dpi, metadata=meta, facecolor="white")
    except OSError as err:
        raise KitError(f"Could not write '{path}': {err.strerror or err}. Check that the "
                       "folder can be written to.") from err
    return path
