"""The report fonts, registered with Qt too, so names in every script render in the GUI.

A school laptop may have no Arabic font at all (this build machine has none), and Qt then
draws Urdu and Arabic letters as empty boxes. Noto Sans and Noto Sans Arabic already ship
with Peerview as Python dependencies for the PDF report (app/reports/fonts.py); registering
the same files with ``QFontDatabase.addApplicationFont`` lets Qt's font fallback find them
for any letter the system font lacks. The system font stays the interface font.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from app.reports import fonts as report_fonts

log = logging.getLogger(__name__)

_families: list[str] | None = None


def register_app_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once per process); their families."""
    global _families
    if _families is not None:
        return list(_families)
    found: list[str] = []
    for name, path in report_fonts.font_files().items():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            # Not fatal: the window still works, only some scripts may show as boxes.
            log.warning("Qt could not load the %s font from %s", name, path)
            continue
        found.extend(QFontDatabase.applicationFontFamilies(font_id))
    _families = found
    log.debug("Registered application fonts: %s", ", ".join(found))
    return list(found)
