"""The words of an error as the window shows them: a command-line fix never appears in
a window (see app/services/errors.py); other exceptions show their own message."""

from __future__ import annotations

from app.services.errors import PeerviewError


def window_text(exc: BaseException) -> str:
    if isinstance(exc, PeerviewError):
        return exc.for_window()
    return str(exc)
