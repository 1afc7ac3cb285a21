"""The report as a Word document (python-docx): an editable copy for the host's own
self-evaluation and its governors.

It is built from the same blocks as the PDF (document.py), so it says the same thing in the
same order. It is never signed and says so at the top of every page. Word shapes and
orders text itself, so text goes in logical order, cut into runs by script: an Arabic or
Urdu run is marked right to left and complex-script (with the complex-script font, bold
and size set too), and a paragraph that starts in Arabic script is a right-to-left
paragraph. Fonts are named, not embedded: Noto Sans and Noto Sans Arabic where the reader
has them; Word substitutes a font with the same letters where not.
"""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import quoteattr

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from app.reports import blocks as b
from app.reports.content import ReportData
from app.reports.document import build_document
from app.reports.language import LANG_TAGS, ReportLanguage
from app.reports.rtl import is_rtl_paragraph
from app.reports.text import script_runs
from app.reports.word_xml import (
    WATERMARK,
    bookmark,
    border,
    field,
    link_to,
    put,
    shade,
    table_lines,
)

LATIN_FONT = "Noto Sans"
ARABIC_FONT = "Noto Sans Arabic"
ACCENT = RGBColor(0x0D, 0x54, 0x66)
MUTED = RGBColor(0x61, 0x61, 0x61)
DRAFT_RED = RGBColor(0xA8, 0x17, 0x17)
TONES = {
    "strength": RGBColor(0x1C, 0x73, 0x40),
    "development": RGBColor(0x9E, 0x54, 0x00),
    "excellence": RGBColor(0x5C, 0x38, 0x99),
    "": ACCENT,
}
# Letters only Urdu uses: such a run is tagged Urdu, other Arabic-script runs Arabic, so
# that Word's spelling and hyphenation pick the right language.
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c3\u06d2\u06d3\u06af\u06a9]")
COPY_NOTE = "UNSIGNED COPY: an editable copy of the report. The signed PDF is the report."
RULE = "D0D7DB"  # the hairlines between table rows, as in the PDF
HEADER_FILL = "E8F0F3"  # a table's header row and the ownership box
BODY_WIDTH_MM = 170
SIZES = {"body": 10, "small": 8.5, "muted": 10, "lead": 11, "title": 26, "subtitle": 16}


def build_docx(data: ReportData) -> bytes:
    """The report as .docx bytes."""
    doc = build_document(data)
    note = ReportLanguage(data.language).line(COPY_NOTE)
    word = new_document()
    _page_setup(word, doc, note)
    writer = _Writer(word, doc)
    for block in doc.blocks:
        writer.block(block)
    props = word.core_properties
    props.title, props.subject, props.author = doc.title, doc.subject, doc.author
    props.keywords = ", ".join(doc.keywords)
    props.comments = note
    props.language = LANG_TAGS.get(doc.language, doc.language)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _page_setup(word: object, doc: b.Document, note: str) -> None:
    from docx.document import Document as DocxDocument

    assert isinstance(word, DocxDocument)
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    # Room under the two header lines: a heading at the top of a page loses its space
    # before, and would sit on the header's rule.
    section.top_margin = Mm(25)
    section.header_distance = section.footer_distance = Mm(10)
    normal = word.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10)
    # About the PDF's leading, whatever font the reader's Word finds: single spacing is
    # cramped in fonts with short lines, and a multiple of it is loose in Noto Sans.
    normal.paragraph_format.line_spacing = Pt(14)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    normal.paragraph_format.space_after = Pt(6)
    _fonts(normal.element.get_or_add_rPr())
    _header(section.header, doc, note)
    _footer(section.footer, doc)


def _header(header: object, doc: b.Document, note: str) -> None:
    """On every page: the unsigned-copy notice and, on a draft, the draft's mark (the
    PDF's red line) with a DRAFT watermark across the page, as the PDF has."""
    from docx.section import _Header

    assert isinstance(header, _Header)
    notice = header.paragraphs[0]
    notice.paragraph_format.space_after = Pt(0)
    notice.paragraph_format.line_spacing = 1.0
    head, tail = note.split(":", 1)
    _runs(notice, head, bold=True, size=8, color=DRAFT_RED)
    _runs(notice, f":{tail}", size=8, color=MUTED)
    last = notice
    # A draft's mark says which draft; a copy of a signed report needs no second notice.
    if doc.watermark:
        last = header.add_paragraph()
        last.paragraph_format.space_after = Pt(0)
        last.paragraph_format.line_spacing = 1.0
        _runs(last, doc.mark, bold=True, size=8, color=DRAFT_RED)
    if doc.watermark:
        last.add_run()._r.append(parse_xml(WATERMARK.format(text=quoteattr(doc.watermark))))
    border(last, "bottom", RULE, space=4)


def _footer(footer: object, doc: b.Document) -> None:
    """The PDF's footer line: who owns the report at the left, "page N of M" at the right."""
    from docx.section import _Footer

    assert isinstance(footer, _Footer)
    line = footer.paragraphs[0]
    line.paragraph_format.tab_stops.add_tab_stop(Mm(BODY_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    # "page {number} of {total}" in the document's language, Word's fields in the gaps.
    before, rest = doc.page_words.split("{number}", 1)
    between, after = rest.split("{total}", 1)
    footer_text = doc.footer.replace("\n", " / ")
    _runs(line, f"{footer_text}\t{before}", size=8, color=MUTED)
    field(line, "PAGE", MUTED)
    _runs(line, between, size=8, color=MUTED)
    field(line, "NUMPAGES", MUTED)
    if after:
        _runs(line, after, size=8, color=MUTED)


def _fonts(rpr: object) -> None:
    """Name the Latin and the complex-script fonts on a run's (or style's) properties."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)


def _runs(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    color: RGBColor | None = None,
) -> None:
    """Add ``text`` to ``paragraph`` in runs by script, each set for its direction."""
    for part, rtl in script_runs(text):
        run = paragraph.add_run(part)
        font = run.font
        font.bold = bold or None
        font.italic = (italic and not rtl) or None  # Arabic script has no italic
        if size:
            font.size = Pt(size)
        if color is not None:
            font.color.rgb = color
        rpr = run._r.get_or_add_rPr()
        _fonts(rpr)
        if rtl:
            font.rtl = True
            font.complex_script = True
            font.cs_bold = bold or None
            lang = OxmlElement("w:lang")
            lang.set(qn("w:bidi"), "ur-PK" if _URDU.search(part) else "ar-SA")
            put(rpr, lang)
            if size:
                cs_size = OxmlElement("w:szCs")
                cs_size.set(qn("w:val"), str(int(size * 2)))
                put(rpr, cs_size)


def _direction(paragraph: Paragraph, text: str) -> None:
    """A paragraph whose first letter is Arabic-script reads right to left."""
    if is_rtl_paragraph(text):
        # No alignment set: a right-to-left paragraph starts at the right by itself (and
        # "right" in one would mean its end).
        ppr = paragraph._p.get_or_add_pPr()
        put(ppr, OxmlElement("w:bidi"))


def _left_bar(paragraph: Paragraph, color: RGBColor) -> None:
    """A coloured rule down the left of a paragraph: the tone of a finding or an item."""
    border(paragraph, "left", str(color), size=18, space=8)
    paragraph.paragraph_format.left_indent = Mm(3)


def _anchor(number: int) -> str:
    return f"pv_heading_{number}"


class _Writer:
    def __init__(self, word: object, doc: b.Document) -> None:
        from docx.document import Document as DocxDocument

        assert isinstance(word, DocxDocument)
        self.word = word
        self.doc = doc
        self.headings_written = 0

    def para(
        self, text: str, style: str = "body", bold: bool = False, italic: bool = False
    ) -> Paragraph:
        p = self.word.add_paragraph()
        _direction(p, text)
        fmt = p.paragraph_format
        fmt.space_after = Pt(4 if style in ("small",) else 6)
        italic = italic or style in ("muted", "lead")
        color = MUTED if style in ("small", "muted") else ACCENT if style == "title" else None
        bold = bold or style in ("title", "subtitle")
        _runs(p, text, bold=bold, italic=italic, size=SIZES.get(style, 10), color=color)
        return p

    def heading(self, h: b.Heading) -> None:
        level = min(h.level, 2) + 1
        p = self.word.add_heading(level=level)
        _direction(p, h.text)
        color = ACCENT if level < 3 else RGBColor(0x21, 0x21, 0x21)
        # Set here, not left to the template: its Heading 1 has twice the space above of
        # Heading 2 and none below, which ran a heading into the note under it.
        p.paragraph_format.space_before = Pt((18, 12, 8)[level - 1])
        p.paragraph_format.space_after = Pt(4)
        _runs(p, h.text, bold=True, size=(16, 13, 10.5)[level - 1], color=color)
        # The contents link to each heading by its place among the document's headings.
        self.headings_written += 1
        bookmark(p, self.headings_written, _anchor(self.headings_written))

    def item(self, item: b.Item) -> None:
        p = self.word.add_paragraph()
        _left_bar(p, TONES[item.tone])
        p.paragraph_format.space_after = Pt(0 if item.detail else 6)
        _runs(p, item.label, bold=True, color=TONES[item.tone])
        _runs(p, f" · {item.text}", bold=True)
        if item.detail:
            d = self.para(item.detail, "small", italic=True)
            _left_bar(d, TONES[item.tone])
            d.paragraph_format.space_after = Pt(8)

    def finding(self, f: b.FindingBlock) -> None:
        tone = TONES[f.tone]
        label = self.word.add_paragraph()
        label.paragraph_format.space_before = Pt(8)
        label.paragraph_format.space_after = Pt(0)
        label.paragraph_format.keep_with_next = True
        _runs(label, f.kind_label.upper(), bold=True, size=9, color=tone)
        title = self.para(f.title, "body", bold=True)
        title.paragraph_format.keep_with_next = True
        paras = [label, title, *(self.para(t) for t in f.text.split("\n\n"))]
        paras.append(self.para(f.evidence, "small"))
        if f.about:
            paras.append(self.para(f.about, "small"))
        for p in paras:
            _left_bar(p, tone)
            p.paragraph_format.keep_together = True
        # Word joins the left rules of neighbouring paragraphs that share one: an unruled
        # gap keeps two findings of the same kind apart, as the PDF shows them.
        self.gap(4)

    def gap(self, points: float) -> None:
        p = self.word.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(points)

    def table(self, t: b.Table) -> None:
        """The PDF's tables: hairlines between rows and no columns ruled, a tinted header
        row repeated on every page, padded cells, and rows that never break across pages."""
        rows = ([t.header] if t.header else []) + list(t.rows)
        table = self.word.add_table(rows=len(rows), cols=len(t.widths))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        table_lines(table._tbl.tblPr, RULE)
        width = Mm(BODY_WIDTH_MM)
        for c, share in enumerate(t.widths):
            table.columns[c].width = int(width * share)
        for r, row in enumerate(rows):
            header = bool(t.header) and r == 0
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            if header:
                # Repeat the header row on every page the table runs onto.
                tr_pr.append(OxmlElement("w:tblHeader"))
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.width = int(width * t.widths[c])
                if header:
                    shade(cell._tc.get_or_add_tcPr(), HEADER_FILL)
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                # The table moves whole to the next page when it fits there, as in the
                # PDF, rather than leave a row under its heading; a longer one still breaks.
                p.paragraph_format.keep_with_next = r < len(rows) - 1
                _direction(p, value)
                _runs(p, value, bold=header, size=9, color=ACCENT if header else None)
        self.gap(6)

    def block(self, block: b.Block) -> None:
        if isinstance(block, b.Heading):
            self.heading(block)
        elif isinstance(block, b.Para):
            self.para(block.text, block.style)
        elif isinstance(block, b.Item):
            self.item(block)
        elif isinstance(block, b.FindingBlock):
            self.finding(block)
        elif isinstance(block, b.Table):
            self.table(block)
        elif isinstance(block, b.Box):
            # The PDF's framed, tinted box.
            p = self.para(block.text)
            for side in ("top", "left", "bottom", "right"):
                border(p, side, str(ACCENT), size=6, space=6)
            shade(p._p.get_or_add_pPr(), HEADER_FILL)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = Mm(2)
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.space_after = Pt(10)
        elif isinstance(block, b.Note):
            head = self.para(block.head, "small")
            head.paragraph_format.keep_with_next = True
            self.para(block.text)
        elif isinstance(block, b.Contents):
            # Word numbers its own pages, and a number written here would be wrong after
            # the first edit: the contents list the sections, each a link to its heading.
            for n, h in enumerate(self.doc.headings(), 1):
                if h.contents and h.level <= 1:
                    p = self.para(h.text)
                    p.paragraph_format.left_indent = Mm(6 * h.level)
                    p.paragraph_format.space_after = Pt(1)
                    link_to(p, _anchor(n))
        elif isinstance(block, b.PageBreak):
            self.word.add_page_break()
        elif isinstance(block, b.Spacer):
            self.word.add_paragraph().paragraph_format.space_after = Pt(block.mm * 2)
        elif isinstance(block, b.Signatures):
            for name in block.names:
                self.para(f"{name}: signed in the PDF report", "muted")
        # KeepSpace is a page-layout hint for the PDF; Word flows the text itself.
