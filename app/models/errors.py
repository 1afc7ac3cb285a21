"""The shape of every error a person can act on, in the lowest layer that raises one.

A message names the problem in words that suit both faces. Where the fix differs (a
command or an option to type on the command line, a page or button in the window), the
error carries it as ``hint_cli`` and ``hint_gui``: ``str(error)`` is what the command line
prints, and ``for_window()`` what the window shows. The window never shows a command line.

The services' errors (PeerviewError, app/services/errors.py) and the data folder's
(StorageError, app/models/database.py) both take this shape.
"""

from __future__ import annotations


class HintedError(Exception):
    def __init__(self, message: str = "", *, hint_cli: str = "", hint_gui: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint_cli = hint_cli
        self.hint_gui = hint_gui

    def __str__(self) -> str:
        return _join(self.message, self.hint_cli)

    def for_window(self) -> str:
        return _join(self.message, self.hint_gui)


class StorageError(HintedError):
    """A problem with the data folder that a person must act on; the message says how."""


def _join(message: str, hint: str) -> str:
    return f"{message} {hint}" if message and hint else message or hint
