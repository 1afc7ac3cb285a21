"""Names in every script render in the window: the bundled fonts are registered with Qt."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.ui.app import _application
from app.ui.fonts import register_app_fonts

# Urdu heh goal (ہ) is missing from DejaVu Sans, the only system font on a bare Linux.
URDU_NAME = "Zainab ہاشمی"
WELSH_POLISH = "Llŷr Łukasz Nguyễn"


def glyph_runs(label: QLabel) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) for each run Qt lays the label's text out in."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_application_registers_noto_sans_and_noto_sans_arabic(qtbot: QtBot) -> None:
    _application()
    families = register_app_fonts()
    assert "Noto Sans" in families
    assert "Noto Sans Arabic" in families
    metrics = QFontMetrics(QFont("Noto Sans Arabic"))
    assert metrics.inFontUcs4(ord("ہ"))


def test_urdu_and_latin_names_render_without_missing_glyph_boxes(qtbot: QtBot) -> None:
    _application()
    for text in (URDU_NAME, WELSH_POLISH):
        label = QLabel(text)
        qtbot.addWidget(label)
        runs = glyph_runs(label)
        # Glyph 0 is the font's "missing" box: no run may draw it.
        assert runs and all(0 not in glyphs for _, glyphs in runs), (text, runs)
    # Qt's fallback prefers a system font that has the letter (fonts-noto-core brings Noto
    # Kufi Arabic); where the system has none, the bundled Noto Sans Arabic draws it.
    registered = set(register_app_fonts())
    system_has_it = any(
        QFontMetrics(QFont(family)).inFontUcs4(ord("ہ"))
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
        if family not in registered
    )
    [(family, glyphs)] = glyph_runs(QLabel("ہ"))
    assert 0 not in glyphs
    if not system_has_it:
        assert family == "Noto Sans Arabic"
