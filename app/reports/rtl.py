"""Paragraphs written right to left (Urdu, Arabic): broken into lines in reading order,
then each line shaped and reordered for drawing.

Reordering a whole paragraph and letting ReportLab break it into lines would put the
lines' words in the wrong order (the end of the paragraph would come first). So this
flowable measures words in logical order, fills lines from the right, and only then puts
each line in visual order. Left-to-right words inside (numbers, English names) stay
left to right within the line, as the Unicode bidi algorithm says.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from app.reports import fonts
from app.reports.text import ARABIC_CHARS, RESHAPER, has_rtl

_STRONG = re.compile(rf"[{ARABIC_CHARS}]|[^\W\d_]")
_ARABIC_RUN = re.compile(rf"[{ARABIC_CHARS}\s]*[{ARABIC_CHARS}]")


def is_rtl_paragraph(text: str) -> bool:
    """Whether the first letter of ``text`` is Arabic-script (its base direction is RTL)."""
    first = _STRONG.search(text)
    return first is not None and has_rtl(first.group())


def _width(word: str, size: float, bold: bool = False) -> float:
    if has_rtl(word):
        font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    else:
        font = fonts.SANS_BOLD if bold else fonts.SANS
    return float(stringWidth(RESHAPER.reshape(word), font, size))


def break_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` in lines of at most ``width`` points, in logical (reading) order."""
    fonts.register()
    lines: list[str] = []
    for para in text.split("\n"):
        current: list[str] = []
        used = 0.0
        space = stringWidth(" ", fonts.SANS_BOLD if bold else fonts.SANS, size)
        for word in para.split():
            w = _width(word, size, bold)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + w
            current.append(word)
        lines.append(" ".join(current))
    return lines


def visual_markup(line: str, bold: bool = False) -> str:
    """One line, shaped and in drawing order, with each script in its font."""
    arabic = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    visual = str(get_display(RESHAPER.reshape(line), base_dir="R"))
    out: list[str] = []
    pos = 0
    for match in _ARABIC_RUN.finditer(visual):
        out.append(escape(visual[pos : match.start()]))
        out.append(f'<font name="{arabic}">{escape(match.group())}</font>')
        pos = match.end()
    out.append(escape(visual[pos:]))
    return "".join(out)


class RtlParagraph(Paragraph):
    """A right-aligned paragraph whose base direction is right to left."""

    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        self.plain = text
        self.bold = bold
        self._laid_for: float | None = None
        rtl_style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)
        super().__init__(escape(text), rtl_style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._laid_for != avail_width:
            size = float(self.style.fontSize)
            lines = break_lines(self.plain, avail_width - 1.0, size, self.bold)
            markup = "<br/>".join(visual_markup(line, self.bold) for line in lines)
            # Re-set the paragraph's text: the lines are fixed now, in drawing order.
            self._setup(markup, self.style, None, None, cleanBlockQuotedText)
            self._laid_for = avail_width
        return super().wrap(avail_width, avail_height)
