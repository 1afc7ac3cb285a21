"""Draws a note in the list: a heading line, then two lines of the note with the words a
search matched highlighted. Colours come from the palette at paint time, so the list
follows the system's light or dark scheme and stays legible in both."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.notes_query import NoteRow
from app.ui.review.capture.notes_model import ROW_ROLE, heading

PAD = 6
BODY_LINES = 2


def marked_html(text: str, spans: list[tuple[int, int]], mark_style: str) -> str:
    """``text`` as HTML with each span wrapped in a styled <span>."""
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="{mark_style}">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def mark_colour(palette: QPalette) -> QColor:
    """A highlight tint that keeps the Text colour readable on Base, light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    tint = palette.color(QPalette.ColorRole.Highlight)
    mix = 0.38
    return QColor(
        round(base.red() * (1 - mix) + tint.red() * mix),
        round(base.green() * (1 - mix) + tint.green() * mix),
        round(base.blue() * (1 - mix) + tint.blue() * mix),
    )


class NoteDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, line * (1 + BODY_LINES) + 3 * PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, NoteRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(text_role)
        rect = opt.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        painter.save()
        head_font = opt.font
        head_font.setBold(True)
        painter.setFont(head_font)
        painter.setPen(colour)
        metrics = QFontMetrics(head_font)
        head = metrics.elidedText(heading(row), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + metrics.ascent() + PAD // 2, head)

        body = row.snippet or row.text or self.tr("(empty note)")
        body = " ".join(body.split())
        spans = row.highlights if row.snippet else []
        if selected:
            style_css = "font-weight:bold; text-decoration:underline;"
        else:
            style_css = f"background-color:{mark_colour(palette).name()}; font-weight:bold;"
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(rect.width())
        doc.setHtml(
            f'<div style="color:{colour.name()}">{marked_html(body, spans, style_css)}</div>'
        )
        body_top = rect.y() + metrics.lineSpacing() + PAD
        clip_height = QFontMetrics(option.font).lineSpacing() * BODY_LINES
        painter.translate(rect.x(), body_top)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        ctx.clip = QRectF(0, 0, rect.width(), clip_height)
        painter.setClipRect(ctx.clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
