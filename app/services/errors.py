"""Errors a person can act on. The CLI prints the message and exits non-zero; the GUI
shows it. Every raise happens before anything is written.

A message names the problem in words that suit both faces. Where the fix differs (a
command to type on the command line, a page or button in the window), the error carries
it as ``hint_cli`` and ``hint_gui``: ``str(error)`` is what the command line prints, and
``for_window()`` what the window shows. The window never shows a command line. The data
folder's own errors (StorageError) take the same shape (app/models/errors.py).
"""

from __future__ import annotations

from app.models.errors import HintedError


class PeerviewError(HintedError):
    """Bad input or state; the message names the problem and the fix."""


class NotFoundError(PeerviewError):
    pass
