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

# Keyed by SANS and ARABIC. Variable fonts: ReportLab draws their default instance
# (Regular), which is what we want: no static bold exists, so headings use size and colour.
_FILES: dict[str, Path] = paths.font_files()
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the report fonts with ReportLab (once per process; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, path in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            # <b> and <i> in paragraph markup must resolve to a registered face.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _registered = True
        log.debug("Registered report fonts %s", ", ".join(_FILES))


def covers(font_name: str, ch: str) -> bool:
    """Whether a registered report font has a glyph for ``ch``."""
    register()
    font = pdfmetrics.getFont(font_name)
    return ord(ch) in font.face.charToGlyph


def font_files() -> dict[str, Path]:
    return dict(_FILES)
