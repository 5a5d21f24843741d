"""The learner's forms: ipywidgets composites that edit the model and save the workbook at once.

Each widget is a ``VBox`` subclass built from the workbook; it holds no state of its own beyond
what it shows, and its constructor never calls ``display()``. Every edit is saved at once; a
save that fails (a full disk, a read-only folder) keeps the work in memory, says so in plain
words, and is retried with the next edit.

    >>> from kit import widgets
    >>> widgets.SegmentBuilder(wb)      # the last line of a cell shows it
"""

import lazy_loader as lazy

# The widgets and where they live are listed in __init__.pyi; each loads on first use.
__getattr__, __dir__, __all__ = lazy.attach_stub(__name__, __file__)
