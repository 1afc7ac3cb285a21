"""Warnings on stderr for text a command saves: the name guard and the judgement guard
(app/services/text_guard.py). The text is saved as written and the exit is 0: the
guards advise, the person decides."""

from __future__ import annotations

import sys


def warn(text: str, where: str, *, names_only: bool = False) -> int:
    """Print one ``warning:`` line per hit in ``text`` to stderr; how many were printed.
    ``names_only`` when the command already reports judgement language its own way
    (``finding add`` prints the finding's grade guard with its dismissals)."""
    from app.services import text_guard

    shown = 0
    for hit in text_guard.check(text, where):
        if names_only and hit.guard != "names":
            continue
        print(f"warning: {text_guard.WHERE[where]}: {hit.message()}", file=sys.stderr)
        shown += 1
    return shown
