"""Check boxes and radio buttons whose edge can be seen, in light and dark.

Qt's Fusion style (what Peerview gets on Linux and offscreen) draws an unticked box as
the base colour inside an outline of the window colour made 40% darker. On a dark
window that outline is darker still, so an unticked box vanishes (the strands list on
Findings showed nothing to tick); on a light window it is about 2:1. WCAG 1.4.11 asks
3:1 for the edge of a control. This proxy draws the style's own indicator, then an
edge in the window text colour faded just enough to keep that ratio against both the
window and the box's fill. Other platform styles (Windows 11, macOS, Breeze) draw
visible indicators of their own and are left alone (see ``wanted``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from app.ui.contrast import mix, ratio

#: The contrast an indicator's edge keeps with what surrounds it (WCAG 1.4.11).
EDGE_MINIMUM = 3.0

_BOXES = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)
_ROUND = QStyle.PrimitiveElement.PE_IndicatorRadioButton


def edge_colour(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    """The faintest mix of window and window text that stands 3:1 off both the window
    and the base (the box's fill), so the edge shows wherever the box sits."""
    window = palette.color(group, QPalette.ColorRole.Window)
    base = palette.color(group, QPalette.ColorRole.Base)
    text = palette.color(group, QPalette.ColorRole.WindowText)
    for step in range(1, 21):
        colour = mix(window, text, step / 20)
        if min(ratio(colour, window), ratio(colour, base)) >= EDGE_MINIMUM:
            return colour
    return text


def wanted(style: QStyle) -> bool:
    return style.name().lower() == "fusion"


class VisibleIndicators(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (*_BOXES, _ROUND):
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        colour = edge_colour(option.palette, group)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(colour, 1.0))
        # Fusion draws its indicator in a square a pixel inside the option's rect.
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        side = min(rect.width(), rect.height())
        centre = rect.center()
        rect = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        if element == _ROUND:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()
