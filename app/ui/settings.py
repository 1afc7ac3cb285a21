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


# Keys other parts of Peerview read. Each one is documented in docs/guide/settings.md.
#: The data folder the window opens next time (a path); the command line keeps using
#: --data-dir or PEERVIEW_DATA_DIR, which also win over this for the window.
DATA_FOLDER_KEY = "data/folder"
#: The shared folder where sync writes this device's outgoing bundles and reads everyone
#: else's (a path; empty when not set). Read by the sync code.
SYNC_SHARED_FOLDER_KEY = "sync/shared_folder"
#: "system" (follow the platform's light or dark scheme), "light" or "dark".
THEME_KEY = "appearance/theme"
THEMES = ("system", "light", "dark")
#: A translation's language code ("en" is built in); takes effect at the next start.
LANGUAGE_KEY = "appearance/language"


def text_value(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: str) -> None:
    prefs = settings()
    prefs.setValue(key, value)
    prefs.sync()


def configured_data_dir() -> Path | None:
    """The data folder chosen in Settings, or None for the default."""
    chosen = text_value(DATA_FOLDER_KEY)
    return Path(chosen) if chosen else None
