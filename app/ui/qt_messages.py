"""Qt's own warnings, less one that says nothing on the platforms without a screen.

Qt's offscreen and minimal platforms (the window with no display, the screenshot tools,
the tests) do not implement ``QPlatformWindow::propagateSizeHints``; Qt's base class then
warns "This plugin does not support propagateSizeHints()" each time a shown window's
minimum or maximum size is passed on, which every window with a layout does as it first
shows. Size hints exist for a window manager, and these platforms have none, so there is
nothing to fix in Peerview and nothing for the person to do: the warning only buries real
ones. Qt offers no switch for it (it is an uncategorised warning, so logging rules could
only silence every warning), hence a message handler that drops exactly that text and
passes everything else on as Qt would print it. The X11 (xcb), Wayland, Windows and macOS
platforms implement size hints and never print it; the handler is only installed on the
platforms that do.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

UNSUPPORTED_SIZE_HINTS = "This plugin does not support propagateSizeHints()"
# Platforms whose windows have no window manager to take size hints.
PLATFORMS_WITHOUT_SIZE_HINTS = frozenset({"offscreen", "minimal"})


def forward(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: every message as Qt formats it, on standard error, except the
    size-hints warning that the screenless platforms give for every window."""
    if message == UNSUPPORTED_SIZE_HINTS:
        return
    print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)


def quiet_size_hint_warnings() -> bool:
    """Install ``forward`` when the running platform is one that warns; True if it did."""
    if QGuiApplication.platformName() not in PLATFORMS_WITHOUT_SIZE_HINTS:
        return False
    qInstallMessageHandler(forward)
    return True
