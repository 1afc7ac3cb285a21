"""Where the window keeps its preferences (geometry, column widths)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

log = logging.getLogger(__name__)

ORGANISATION = "Peerview"
APPLICATION = "Peerview"


def settings() -> QSettings:
    """Peerview's QSettings, as an INI file in the user's configuration folder.

    QSettings("Peerview", "Peerview") would resolve XDG_CONFIG_HOME once per process
    and cache it, so tests that redirect the variable would write to the real home.
    QStandardPaths reads the environment on every call, and an explicit INI path gives
    the same file the native format uses on Linux (~/.config/Peerview/Peerview.conf).
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    path = Path(base) / ORGANISATION / f"{APPLICATION}.conf"
    return QSettings(str(path), QSettings.Format.IniFormat)
