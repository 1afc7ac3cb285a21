"""The words of an error as the window shows them: a command-line fix never appears in
a window (see app/models/errors.py); other exceptions show their own message."""

from __future__ import annotations

from app.models.errors import HintedError


def window_text(exc: BaseException) -> str:
    if isinstance(exc, HintedError):
        return exc.for_window()
    return str(exc)
