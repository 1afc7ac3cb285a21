"""Lay out a report document (blocks.py) as a PDF with ReportLab platypus.

document.py decides what the report says; this decides how it looks. Every piece of text
goes through ``text.rich`` so that any script renders in a font that has it, bold runs
included. The result names where the signature boxes are, so that signing can place the
visible stamps in the sign-off block.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from app import fileio
from app.reports import blocks as b
from app.reports import fonts
from app.reports.content import ReportData
from app.reports.document import build_document
from app.reports.language import LANG_TAGS
from app.reports.layout import (
    ACCENT,
    Contents,
    Furniture,
    Heading,
    ReportCanvas,
    SignatureBox,
    SignaturePlaceholder,
    WithHeader,
)
from app.reports.rtl import RtlParagraph, is_rtl_paragraph
from app.reports.text import rich
from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

LIGHT = colors.Color(0.92, 0.95, 0.96)
INK = colors.Color(0.13, 0.13, 0.13)
MUTED = colors.Color(0.38, 0.38, 0.38)
MARGIN = 20 * mm
LEAD_FIELD = "lead_reviewer"
HOST_FIELD = "host_headteacher"
# Strengths, areas for development and Areas of Excellence each have a colour (a bar
# beside them and their label), chosen to read on white and in greyscale print.
TONES = {
    "strength": colors.Color(0.11, 0.45, 0.25),
    "development": colors.Color(0.62, 0.33, 0.0),
    "excellence": colors.Color(0.36, 0.22, 0.60),
    "": ACCENT,
}
BOLD_STYLES = {"title", "subtitle", "h0", "h1", "h2", "label"}


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    pages: int
    signature_boxes: list[SignatureBox]


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10, leading=14, spaceAfter=6, textColor=INK
    )
    bold = ParagraphStyle("bold", base, fontName=fonts.SANS_BOLD)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "muted": ParagraphStyle("muted", base, fontName=fonts.SANS_ITALIC, textColor=MUTED),
        "lead": ParagraphStyle(
            "lead", base, fontName=fonts.SANS_ITALIC, fontSize=11, leading=15.5, spaceAfter=8
        ),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12, spaceAfter=0),
        "head_cell": ParagraphStyle(
            "head_cell", bold, fontSize=9, leading=12, spaceAfter=0, textColor=ACCENT
        ),
        "title": ParagraphStyle(
            "title", bold, fontSize=28, leading=34, textColor=ACCENT, spaceAfter=10
        ),
        "subtitle": ParagraphStyle("subtitle", bold, fontSize=17, leading=22, spaceAfter=4),
        "h0": ParagraphStyle(
            "h0", bold, fontSize=17, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=10
        ),
        "h1": ParagraphStyle(
            "h1", bold, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=10, spaceAfter=5
        ),
        "h2": ParagraphStyle("h2", bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "label": ParagraphStyle("label", bold, fontSize=10, leading=13.5, spaceAfter=1),
        "detail": ParagraphStyle(
            "detail",
            base,
            fontName=fonts.SANS_ITALIC,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=0,
        ),
        "toc": ParagraphStyle("toc", base, fontSize=10.5, leading=14, spaceAfter=0),
        "box": ParagraphStyle("box", base, leading=14, spaceAfter=4),
    }


class _Doc(BaseDocTemplate):
    def __init__(self, out: io.BytesIO, doc: b.Document) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + (3 * mm if doc.mark else 0),
            bottomMargin=MARGIN + 6 * mm,
            title=doc.title,
            author=doc.author,
            subject=doc.subject,
            creator="Peerview",
            keywords=", ".join(doc.keywords),
            lang=LANG_TAGS.get(doc.language, doc.language),
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def build_pdf(data: ReportData) -> BuiltReport:
    """The report as PDF bytes."""
    return render_document(build_document(data))


def render_document(doc: b.Document, band: str = "") -> BuiltReport:
    """Any document made of blocks (the report, the feedback summary) as PDF bytes."""
    r = _Renderer(_styles(), doc)
    story = r.flowables()
    furniture = Furniture(
        footer=doc.footer,
        watermark=doc.watermark,
        mark=doc.mark,
        band=band or doc.band,
        page_words=doc.page_words,
    )
    out = io.BytesIO()
    template = _Doc(out, doc)

    def canvas_maker(*args: object, **kwargs: object) -> ReportCanvas:
        return ReportCanvas(*args, furniture=furniture, **kwargs)

    try:
        template.build(story, canvasmaker=canvas_maker)
    except LayoutError as exc:
        # Everything long is allowed to split; this is a last line of defence.
        raise PeerviewError(
            "A piece of the report's text cannot be laid out on a page (it is too long or "
            "too wide to split). Shorten it and build the report again. "
            f"ReportLab said: {str(exc)[:200]}"
        ) from exc
    return BuiltReport(out.getvalue(), furniture.pages, furniture.signature_boxes)


def write_pdf(data: ReportData, path: Path) -> BuiltReport:
    built = build_pdf(data)
    fileio.write_bytes(path, built.pdf)
    return built


def paragraph(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A paragraph of plain ``text`` in any script (right to left when it starts so)."""
    if is_rtl_paragraph(text):
        return RtlParagraph(text, style, bold=bold)
    return Paragraph(rich(text, bold=bold), style)


class _Renderer:
    def __init__(self, st: dict[str, ParagraphStyle], doc: b.Document) -> None:
        self.st = st
        self.doc = doc
        self.width = A4[0] - 2 * MARGIN
        # Contents entries are known before layout: they come from the headings.
        self.keys: dict[int, str] = {}
        self.levels: dict[int, int] = {}
        self.entries: list[tuple[str, str, int]] = []
        top = False  # a bookmark one level down needs one at the top before it
        for n, block in enumerate(doc.blocks):
            if not isinstance(block, b.Heading) or block.level > 1:
                continue
            if block.outline or block.contents:
                self.keys[n] = f"s{len(self.keys)}"
                self.levels[n] = block.level if top else 0
                top = True
            if block.contents:
                self.entries.append((self.keys[n], rich(block.text), block.level))

    def p(self, text: str, style: str) -> Paragraph:
        return paragraph(text, self.st[style], bold=style in BOLD_STYLES)

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        for n, block in enumerate(self.doc.blocks):
            out += self.render(n, block)
        return out

    def render(self, n: int, block: b.Block) -> list[Flowable]:
        if isinstance(block, b.Heading):
            style = self.st[f"h{min(block.level, 2)}"]
            if n in self.keys:
                markup = rich(block.text, bold=True)
                return [Heading(markup, style, self.keys[n], block.text, self.levels[n])]
            return [self.p(block.text, f"h{min(block.level, 2)}")]
        if isinstance(block, b.Para):
            return [self.p(block.text, block.style)]
        if isinstance(block, b.Item):
            return [self.item(block)]
        if isinstance(block, b.FindingBlock):
            return [self.finding(block)]
        if isinstance(block, b.Table):
            return [self.table(block)]
        if isinstance(block, b.Box):
            return [self.box(block.text)]
        if isinstance(block, b.Note):
            return [WithHeader(self.p(block.head, "small"), self.p(block.text, "body"))]
        if isinstance(block, b.Contents):
            return [Contents(self.entries, self.st["toc"])]
        if isinstance(block, b.PageBreak):
            return [PageBreak()]
        if isinstance(block, b.KeepSpace):
            return [CondPageBreak(block.mm * mm)]
        if isinstance(block, b.Spacer):
            return [Spacer(1, block.mm * mm)]
        if isinstance(block, b.Signatures):
            return [self.signatures(block)]
        raise TypeError(f"no layout for {block!r}")

    def _barred(self, cells: list[Flowable], tone: b.Tone, pad: float = 4) -> Table:
        """Flowables beside a bar in the tone's colour."""
        table = Table([["", cells]], colWidths=[3, self.width - 3], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, -1), TONES[tone]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (1, 0), (1, -1), 9),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ]
            )
        )
        return table

    def _label(self, label: str, tone: b.Tone) -> ParagraphStyle:
        return ParagraphStyle(f"label-{tone}", self.st["label"], textColor=TONES[tone])

    def item(self, item: b.Item) -> Flowable:
        head = Paragraph(
            f"{rich(item.label, bold=True)}<font color='#{INK.hexval()[2:]}'> · "
            f"{rich(item.text, bold=True)}</font>",
            self._label(item.label, item.tone),
        )
        cells: list[Flowable] = [head]
        if item.detail:
            cells.append(self.p(item.detail, "detail"))
        return KeepTogether([Spacer(1, 2), self._barred(cells, item.tone, pad=2), Spacer(1, 4)])

    def finding(self, f: b.FindingBlock) -> Flowable:
        label = Paragraph(rich(f.kind_label.upper(), bold=True), self._label(f.kind_label, f.tone))
        cells: list[Flowable] = [
            label,
            paragraph(f.title, ParagraphStyle("ftitle", self.st["h2"], spaceBefore=0), bold=True),
            self.p(f.text, "body"),
            self.p(f.evidence, "small"),
        ]
        if f.about:
            cells.append(self.p(f.about, "small"))
        return KeepTogether([Spacer(1, 4), self._barred(cells, f.tone), Spacer(1, 6)])

    def table(self, t: b.Table) -> Table:
        rows: list[list[Flowable]] = []
        if t.header:
            rows.append([self.p(h, "head_cell") for h in t.header])
        rows += [[self.p(cell, "cell") for cell in row] for row in t.rows]
        widths = [self.width * w for w in t.widths]
        # splitInRow: a very long cell (an action written at length) may run onto the next page.
        table = Table(rows, colWidths=widths, repeatRows=1 if t.header else 0, splitInRow=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ]
        if t.header:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT),
                ("LEFTPADDING", (0, 0), (0, 0), 4),
            ]
        table.setStyle(TableStyle(style))
        return table

    def box(self, text: str) -> Table:
        box = Table([[self.p(text, "box")]], colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("BOX", (0, 0), (-1, -1), 0.75, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return box

    def signatures(self, s: b.Signatures) -> Table:
        half = self.width / 2
        rows = [
            [self.p(s.names[0], "cell"), self.p(s.names[1], "cell")],
            [
                SignaturePlaceholder(LEAD_FIELD, s.boxes[0], half - 5 * mm, 30 * mm),
                SignaturePlaceholder(HOST_FIELD, s.boxes[1], half - 5 * mm, 30 * mm),
            ],
        ]
        table = Table(rows, colWidths=[half, half])
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
        )
        return table
