"""A paragraph written in Urdu breaks into lines in reading order."""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from app.reports import fonts
from app.reports.rtl import RtlParagraph, break_lines, is_rtl_paragraph
from tests.reports.helpers import pdftotext, readable

URDU = (
    "ہمارے اسکول میں بچوں کی پڑھائی کے بارے میں والدین سے بات چیت ہر مہینے ہوتی ہے، اور "
    "2026 میں ہم نے Year 6 کے لیے نئی کتابیں خریدیں۔ اساتذہ کہتے ہیں کہ بچے اب زیادہ شوق "
    "سے پڑھتے ہیں اور گھر پر بھی کتابیں لے جاتے ہیں۔"
)


def test_base_direction_is_that_of_the_first_letter() -> None:
    assert is_rtl_paragraph("عائشہ ملک")
    assert is_rtl_paragraph("2026: عائشہ ملک")
    assert not is_rtl_paragraph("Owner: عائشہ ملک")
    assert not is_rtl_paragraph("Dafydd ap Llŷr")


def test_lines_are_filled_in_reading_order() -> None:
    lines = break_lines(URDU, 250, 12)
    assert len(lines) > 2
    assert " ".join(lines) == URDU
    assert lines[0].startswith("ہمارے اسکول")


def test_a_long_urdu_paragraph_prints_and_reads_back_in_order(tmp_path: Path) -> None:
    fonts.register()
    style = ParagraphStyle("b", fontName=fonts.SANS, fontSize=12, leading=18)
    out = tmp_path / "urdu.pdf"
    SimpleDocTemplate(str(out)).build([RtlParagraph(URDU, style)])
    text = readable(pdftotext(out))
    assert len(text.strip().splitlines()) >= 3  # wrapped, not one overflowing line
    # pdftotext moves spaces around neutral characters (digits, commas); the letters and
    # their order must be exactly what was written.
    assert re.sub(r"\s", "", text) == re.sub(r"\s", "", URDU)
