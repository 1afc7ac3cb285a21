"""People's names in lists and sentences, whatever script they are written in.

Qt lays out a paragraph by its first strong character. A team list written as rich text
(``<li>سارة القحطاني (reviewer)</li>``) therefore became a right-to-left paragraph: the
Arabic or Urdu name jumped to the far right of an otherwise left-aligned list, with its
role label mirrored to the left of it. The rule Peerview follows:

* each item, line or cell keeps the interface's direction, so a list of people stays one
  column that the eye runs down (``item_dir`` for rich text, ``line`` for plain text);
* each name is a Unicode isolate (FSI ... PDI, as HTML's ``<bdi>``): its own first strong
  character decides its direction, an Arabic name reads right to left inside its run, a
  mixed name starting in Latin ("Aisha عائشة Khan") is not mirrored, and the words
  around it ("– Reviewer") stay where the sentence puts them.

Qt honours the isolate controls in item views, labels and rich text alike.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate
LRM = "\u200e"
RLM = "\u200f"


def first_strong(text: str) -> str | None:
    """ "ltr", "rtl", or None when ``text`` has no letter that sets a direction."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def isolate(name: str) -> str:
    """``name`` as a run of its own, laid out by its own first strong character."""
    return f"{FSI}{name}{PDI}" if name else name


def interface_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def line(text: str) -> str:
    """A plain-text line (a label, a message) that keeps the interface's direction even
    when it starts with a name."""
    return (RLM if interface_rtl() else LRM) + text


def item_dir() -> str:
    """The ``dir`` attribute for a rich-text list item or paragraph about a person."""
    return "rtl" if interface_rtl() else "ltr"
