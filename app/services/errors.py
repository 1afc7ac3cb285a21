"""Errors a person can act on. The CLI prints the message and exits non-zero; the GUI
shows it. Every raise happens before anything is written.

A message names the problem in words that suit both faces. Where the fix differs (a
command to type on the command line, a page or button in the window), the error carries
it as ``hint_cli`` and ``hint_gui``: ``str(error)`` is what the command line prints, and
``for_window()`` what the window shows. The window never shows a command line.
"""

from __future__ import annotations


class PeerviewError(Exception):
    """Bad input or state; the message names the problem and the fix."""

    def __init__(self, message: str = "", *, hint_cli: str = "", hint_gui: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint_cli = hint_cli
        self.hint_gui = hint_gui

    def __str__(self) -> str:
        return _join(self.message, self.hint_cli)

    def for_window(self) -> str:
        return _join(self.message, self.hint_gui)


class NotFoundError(PeerviewError):
    pass


def _join(message: str, hint: str) -> str:
    return f"{message} {hint}" if message and hint else message or hint
