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


def test_a_note_header_never_ends_a_page_alone(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Spacer

    from app.reports.layout import WithHeader

    fonts.register()
    style = ParagraphStyle("b", fontName=fonts.SANS, fontSize=10, leading=14, spaceAfter=6)
    out = tmp_path / "pair.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    body = "Pupils explained their targets. " * 20
    # Leave room at the foot of the page for the header and part of one line only.
    filler = doc.height - 14 - 6 - 10
    doc.build(
        [Spacer(1, filler), WithHeader(Paragraph("HEADER-ONE", style), Paragraph(body, style))]
    )
    pages = pdftotext(out).split("\f")
    assert "HEADER-ONE" not in pages[0] and "HEADER-ONE" in pages[1]

    out2 = tmp_path / "pair2.pdf"
    doc2 = SimpleDocTemplate(str(out2), pagesize=A4)
    # Room for the header and three lines: the body splits, the header stays with it.
    doc2.build(
        [
            Spacer(1, doc.height - 14 - 6 - 3 * 14 - 4),
            WithHeader(Paragraph("HEADER-TWO", style), Paragraph(body, style)),
        ]
    )
    pages = pdftotext(out2).split("\f")
    assert "HEADER-TWO" in pages[0] and "Pupils" in pages[0] and "Pupils" in pages[1]
