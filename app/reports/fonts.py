"""TrueType fonts for reports, from declared Python dependencies (never the system).

ReportLab's built-in Helvetica prints any letter outside Latin-1 as a black box, so every
report text goes through these fonts. Noto Sans covers Latin (Welsh, Polish, Vietnamese),
Greek and Cyrillic; Noto Sans Arabic covers Arabic and Urdu, including the presentation
forms that shaping produces. Both are OFL-1.1, which allows bundling and embedding.
See docs/decisions/0010-report-fonts-and-scripts.md.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

log = logging.getLogger(__name__)

SANS = "PeerviewSans"
ARABIC = "PeerviewArabic"
SANS_BOLD = "PeerviewSans-Bold"
SANS_ITALIC = "PeerviewSans-Italic"
ARABIC_BOLD = "PeerviewArabic-Bold"

# Keyed by SANS, ARABIC and SANS_ITALIC. Variable fonts: ReportLab draws their default
# instance (Regular; Italic from the italic file). The bold faces are static instances cut
# from the same files (packaging/make_fonts.py, shipped in resources/fonts/).
_FILES: dict[str, Path] = paths.font_files()
_STATIC: dict[str, Path] = paths.static_font_files()
# <b> and <i> in paragraph markup pick these faces: Arabic script has no italic, and no
# bold italic face is shipped (bold stands in for it).
_FACES = {
    SANS: {(0, 0): SANS, (1, 0): SANS_BOLD, (0, 1): SANS_ITALIC, (1, 1): SANS_BOLD},
    ARABIC: {(0, 0): ARABIC, (1, 0): ARABIC_BOLD, (0, 1): ARABIC, (1, 1): ARABIC_BOLD},
}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the report fonts with ReportLab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, path in {**_FILES, **_STATIC}.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family, faces in _FACES.items():
            for (bold, italic), face in faces.items():
                addMapping(family, bold, italic, face)
        _registered = True
        log.debug("Registered report fonts %s", ", ".join({**_FILES, **_STATIC}))


def covers(font_name: str, ch: str) -> bool:
    """Whether a registered report font has a glyph for ``ch``."""
    register()
    font = pdfmetrics.getFont(font_name)
    return ord(ch) in font.face.charToGlyph


def font_files() -> dict[str, Path]:
    """The variable fonts (Regular), from the fontpkg packages."""
    return dict(_FILES)


def static_font_files() -> dict[str, Path]:
    """The bold faces shipped in resources/fonts/."""
    return dict(_STATIC)
