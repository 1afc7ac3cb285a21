"""A themes picture (``app/services/theme_pictures.py``) painted with QPainter: the same
shapes the annual report draws with ReportLab, at a scale that reads on screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.theme_pictures import Box, Label, Line, Marker, Picture

SCALE = 1.45  # points to pixels: the report's 7-point labels at a readable size


class PictureView(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.picture: Picture | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()

    def set_picture(self, picture: Picture | None) -> None:
        self.picture = picture
        self.setVisible(picture is not None)
        if picture is not None:
            # The words of the picture, for a screen reader and a tooltip.
            self.setAccessibleName(picture.description)
            self.setToolTip(picture.description)
            self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        if self.picture is None:
            return QSize(0, 0)
        return QSize(round(self.picture.width * SCALE) + 2, round(self.picture.height * SCALE) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.picture is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))  # the palette is the report's: on white
        p.scale(SCALE, SCALE)
        for item in self.picture.items:
            if isinstance(item, Box):
                p.setPen(QPen(QColor(item.stroke), 0.4) if item.stroke else Qt.PenStyle.NoPen)
                p.setBrush(QBrush(QColor(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(item.x, item.y, item.w, item.h))
            elif isinstance(item, Label):
                self._label(p, item)
            elif isinstance(item, Line):
                pen = QPen(QColor(item.colour), item.width)
                if item.dash:
                    pen.setDashPattern([d / max(item.width, 0.1) for d in item.dash])
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in item.points]))
            elif isinstance(item, Marker):
                self._marker(p, item)
        p.end()

    def _label(self, p: QPainter, item: Label) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(item.size * SCALE)))
        font.setBold(item.bold)
        p.save()
        p.scale(1 / SCALE, 1 / SCALE)  # text at whole pixel sizes, not scaled glyphs
        p.setFont(font)
        p.setPen(QColor(item.colour))
        width = QFontMetricsF(font).horizontalAdvance(item.text)
        x = item.x * SCALE
        if item.anchor == "middle":
            x -= width / 2
        elif item.anchor == "end":
            x -= width
        p.drawText(QPointF(x, item.y * SCALE), item.text)
        p.restore()

    def _marker(self, p: QPainter, m: Marker) -> None:
        colour = QColor(m.colour)
        p.setPen(QPen(colour, 0.8))
        p.setBrush(QBrush(colour) if m.filled else QBrush(QColor("#ffffff")))
        s = m.size
        if m.shape == "square":
            p.drawRect(QRectF(m.x - s, m.y - s, 2 * s, 2 * s))
        elif m.shape == "triangle":
            p.drawPolygon(
                QPolygonF(
                    [QPointF(m.x - s, m.y + s), QPointF(m.x + s, m.y + s), QPointF(m.x, m.y - s)]
                )
            )
        else:
            p.drawEllipse(QPointF(m.x, m.y), s, s)
