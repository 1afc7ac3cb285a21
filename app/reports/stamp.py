"""The visible part of a signature, drawn with ReportLab.

pyHanko's own text stamp draws names in a font without most non-Latin letters, so a
signer called "Nguyễn Thị Hồng" or "عائشہ ملک" would be printed wrongly. Instead the
stamp is a one-page PDF drawn here with the report fonts and shaped text, which pyHanko
places in the signature box (``StaticStampStyle.from_pdf_file``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app import dates, fileio
from app.reports import fonts
from app.reports.language import ReportLanguage
from app.reports.text import rich

ACCENT = colors.Color(0.05, 0.33, 0.40)


def draw_stamp(
    path: Path,
    width: float,
    height: float,
    *,
    name: str,
    role: str,
    school: str,
    when: dt.datetime,
    language: str = "en",
) -> None:
    """Write a one-page PDF of ``width`` x ``height`` points showing who signed and when."""
    fonts.register()
    import io

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    canvas.setFillColor(colors.Color(0.94, 0.97, 0.97))
    canvas.setStrokeColor(ACCENT)
    canvas.rect(0.5, 0.5, width - 1, height - 1, fill=1)
    pad = 6.0
    size = max(6.0, min(10.0, height / 7))
    styles = [
        ParagraphStyle(
            "h", fontName=fonts.SANS, fontSize=size * 1.25, leading=size * 1.6, textColor=ACCENT
        ),
        ParagraphStyle("b", fontName=fonts.SANS, fontSize=size, leading=size * 1.3),
    ]
    # In the report's language (sign.language_of); a bilingual stamp is Welsh, then English.
    t = ReportLanguage(language)
    lines = [
        (t.line("Signed digitally by {name}", name=name), styles[0]),
        (", ".join(x for x in (t.label(role) if role else "", school) if x), styles[1]),
        (t.each(lambda lang: dates.date_time_long(when, t.conventions(lang))), styles[1]),
    ]
    y = height - pad
    for text, style in lines:
        if not text:
            continue
        para = Paragraph(rich(text), style)
        _, h = para.wrap(width - 2 * pad, y)
        if y - h < pad:
            break  # a tiny box: keep what fits rather than draw outside it
        para.drawOn(canvas, pad, y - h)
        y -= h
    canvas.showPage()
    canvas.save()
    fileio.write_bytes(path, out.getvalue())
