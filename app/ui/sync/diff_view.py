"""Rival versions of a text with their differences marked (app/textdiff.py does the
comparing).

Words only in a later version are underlined on a green ground; words that version
dropped are struck through on a red ground, in the first version's box. The marks do
not rely on colour alone (underline, strike-through), the grounds are chosen for the
palette's brightness so the text keeps 4.5:1 in light and dark, and each box carries the
difference in words as its accessible description.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from app.textdiff import ADDED, REMOVED, SAME, Piece

# Grounds for (light, dark) palettes.
_GROUNDS = {
    ADDED: ("#c8efd2", "#1d5530"),
    REMOVED: ("#f8d3d3", "#6a2525"),
}


def ground(kind: str, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(_GROUNDS[kind][1 if dark else 0])


def mark_format(kind: str, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(ground(kind, palette))
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    if kind == ADDED:
        fmt.setFontUnderline(True)
    else:
        fmt.setFontStrikeOut(True)
    return fmt


def show_pieces(box: QPlainTextEdit, pieces: list[Piece], kind: str) -> None:
    """Write the SAME pieces and the ``kind`` pieces (ADDED or REMOVED) into ``box``,
    marking the latter; the box then holds exactly one version's text."""
    box.clear()
    cursor = QTextCursor(box.document())
    plain = QTextCharFormat()
    marked = mark_format(kind, box.palette())
    for piece in pieces:
        if piece.kind == SAME:
            cursor.insertText(piece.text, plain)
        elif piece.kind == kind:
            cursor.insertText(piece.text, marked)
    box.moveCursor(QTextCursor.MoveOperation.Start)


def marked_text(box: QPlainTextEdit, kind: str) -> list[str]:
    """The runs of ``box`` drawn with the ``kind`` mark (for tests and checks)."""
    found: list[str] = []
    block = box.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if (kind == ADDED and fmt.fontUnderline()) or (kind == REMOVED and fmt.fontStrikeOut()):
                found.append(frag.text())
            it += 1
        block = block.next()
    return found
