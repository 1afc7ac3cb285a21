"""The themes' pictures (``app/services/theme_pictures.py``) drawn with ReportLab
graphics, in the report fonts, for the annual partnership report."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle as RCircle
from reportlab.graphics.shapes import Drawing, Group, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from app.reports import fonts
from app.reports.text import has_rtl, visual_rtl
from app.services.theme_pictures import Box, Label, Line, Marker, Picture


def _colour(value: str | None) -> colors.Color | None:
    return colors.HexColor(value) if value else None


def drawing(pic: Picture) -> Drawing:
    """A flowable Drawing of ``pic`` (ReportLab's y runs upwards; the layout's downwards)."""
    fonts.register()
    d = Drawing(pic.width, pic.height)
    g = Group()
    h = pic.height
    for item in pic.items:
        if isinstance(item, Box):
            g.add(
                Rect(
                    item.x,
                    h - item.y - item.h,
                    item.w,
                    item.h,
                    fillColor=_colour(item.fill),
                    strokeColor=_colour(item.stroke),
                    strokeWidth=0.4,
                )
            )
        elif isinstance(item, Label):
            text = visual_rtl(item.text) if has_rtl(item.text) else item.text
            font = fonts.SANS_BOLD if item.bold else fonts.SANS
            if has_rtl(item.text):
                font = fonts.ARABIC_BOLD if item.bold else fonts.ARABIC
            g.add(
                String(
                    item.x,
                    h - item.y,
                    text,
                    fontName=font,
                    fontSize=item.size,
                    fillColor=_colour(item.colour),
                    textAnchor=item.anchor,
                )
            )
        elif isinstance(item, Line):
            points = [c for x, y in item.points for c in (x, h - y)]
            g.add(
                PolyLine(
                    points,
                    strokeColor=_colour(item.colour),
                    strokeWidth=item.width,
                    strokeDashArray=list(item.dash) or None,
                )
            )
        elif isinstance(item, Marker):
            g.add(_marker(item, h))
    d.add(g)
    return d


def _marker(m: Marker, h: float) -> RCircle | Rect | Polygon:
    fill = _colour(m.colour) if m.filled else colors.white
    stroke = _colour(m.colour)
    y, s = h - m.y, m.size
    if m.shape == "square":
        return Rect(
            m.x - s, y - s, 2 * s, 2 * s, fillColor=fill, strokeColor=stroke, strokeWidth=0.8
        )
    if m.shape == "triangle":
        return Polygon(
            [m.x - s, y - s, m.x + s, y - s, m.x, y + s],
            fillColor=fill,
            strokeColor=stroke,
            strokeWidth=0.8,
        )
    return RCircle(m.x, y, s, fillColor=fill, strokeColor=stroke, strokeWidth=0.8)
