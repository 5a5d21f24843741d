"""Learner text shown as text, never as markup: one helper for HTML, one for the terminal.

Whatever a learner or a student typed (a segment's name, an interview note, a file name in a
submission) may contain ``<script>``, quotes or terminal control characters. Every view escapes
it with these two functions, and only these::

    >>> esc("<b>Tom & Jerry's</b>")
    '&lt;b&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;'
"""

from __future__ import annotations

import html
import re

__all__ = ["esc", "esc_terminal"]

# Control characters (C0 but tab and newline, DEL, C1): in learner text they could drive the
# terminal (OSC 52 clipboard writes, titles, clearing the screen).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def esc(text: object) -> str:
    """Text for HTML (an element's content or a quoted attribute)."""
    return html.escape(str(text), quote=True)


def esc_terminal(text: str) -> str:
    """Text for rich output: never read as markup, never a terminal command (control
    characters are shown as "?")."""
    from rich.markup import escape

    return escape(_CONTROL.sub("?", str(text)))
