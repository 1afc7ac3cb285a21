"""Errors a person can act on. The CLI prints the message and exits non-zero; the GUI
shows it. Every raise happens before anything is written."""

from __future__ import annotations


class PeerviewError(Exception):
    """Bad input or state; the message names the problem and the fix."""


class NotFoundError(PeerviewError):
    pass
