"""The Customer Discovery Kit: the helper package behind the lessons and assignments.

Start with ``wb = kit.open_workbook("workbook.json")``. Every name and submodule of ``kit``
(``kit.widgets``, ``kit.plots``, ``kit.Workbook``...) is listed in ``kit/__init__.pyi`` and
imported on first use (SPEC 1, with ``lazy_loader``), so ``import kit`` stays light and heavy
libraries (pandas, matplotlib, nbgrader, ipywidgets) load only with the modules that use them.
"""

import lazy_loader as lazy

__getattr__, __dir__, __all__ = lazy.attach_stub(__name__, __file__)
__all__ += ["__version__"]

__version__ = "0.1.0"
