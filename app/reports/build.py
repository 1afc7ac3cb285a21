"""Lay out a review report (content.ReportData) as a PDF with ReportLab platypus.

Every piece of text goes through ``text.rich`` so that any script renders in a font that
has it. The result names where the signature boxes are, so that signing can place the
visible stamps in the sign-off block.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
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

from app import dates, fileio
from app.reports import fonts
from app.reports.content import ReportData, TeamEntry
from app.reports.layout import (
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

ACCENT = colors.Color(0.05, 0.33, 0.40)
LIGHT = colors.Color(0.92, 0.95, 0.96)
MARGIN = 20 * mm
FOOTER = "Peer review report. The host school owns this report and decides who may read it."
LEAD_FIELD = "lead_reviewer"
HOST_FIELD = "host_headteacher"


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    pages: int
    signature_boxes: list[SignatureBox]


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=10, leading=14, spaceAfter=6)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5, textColor=colors.grey),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12, spaceAfter=0),
        "title": ParagraphStyle(
            "title", base, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=14
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=15, leading=20, spaceAfter=6),
        "h1": ParagraphStyle(
            "h1", base, fontSize=17, leading=22, textColor=ACCENT, spaceBefore=6, spaceAfter=10
        ),
        "h2": ParagraphStyle(
            "h2", base, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=8, spaceAfter=6
        ),
        "h3": ParagraphStyle("h3", base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        "toc": ParagraphStyle("toc", base, fontSize=10.5, leading=14, spaceAfter=0),
        "box": ParagraphStyle("box", base, fontSize=10, leading=14, spaceAfter=4),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER, textColor=colors.grey),
    }


class _Doc(BaseDocTemplate):
    def __init__(self, out: io.BytesIO, data: ReportData) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=f"Peer review report: {data.host_school}",
            author=data.lead.name if data.lead else "Peerview",
            subject=f"Developmental peer review of {data.host_school}, {data.dates}",
            creator="Peerview",
            keywords="peer review, developmental, school improvement",
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


class _Sections:
    """Keeps the headings and the contents entries in step."""

    def __init__(self, st: dict[str, ParagraphStyle]) -> None:
        self.st = st
        self.entries: list[tuple[str, str, int]] = []

    def heading(self, title: str, level: int = 0) -> Heading:
        key = f"s{len(self.entries)}"
        markup = rich(title)
        self.entries.append((key, markup, level))
        return Heading(markup, self.st["h1" if level == 0 else "h2"], key, title, level)


def build_pdf(data: ReportData) -> BuiltReport:
    """The report as PDF bytes."""
    st = _styles()
    sec = _Sections(st)
    body: list[Flowable] = []
    body += _context(data, st, sec)
    body += _activities(data, st, sec)
    body += _findings(data, st, sec)
    body += _next_steps(data, st, sec)
    body += _actions(data, st, sec)
    body += _signoff(data, st, sec)
    if data.appendix is not None:
        body += _appendix(data, st, sec)
    story = [*_cover(data, st), PageBreak(), *_about(data, st, sec.entries), PageBreak(), *body]
    furniture = Furniture(footer=FOOTER)
    out = io.BytesIO()
    doc = _Doc(out, data)

    def canvas_maker(*args: object, **kwargs: object) -> ReportCanvas:
        return ReportCanvas(*args, furniture=furniture, **kwargs)

    try:
        doc.build(story, canvasmaker=canvas_maker)
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    if is_rtl_paragraph(text):
        return RtlParagraph(text, style)
    return Paragraph(rich(text), style)


def _cover(data: ReportData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [
        Spacer(1, 30 * mm),
        _p("Peer review report", st["title"]),
        _p(data.host_school, st["subtitle"]),
        _p(data.dates, st["body"]),
        Spacer(1, 6 * mm),
        _p("Focus", st["h3"]),
        _p(data.focus or "No focus recorded.", st["body"]),
        Spacer(1, 4 * mm),
        _p("Review team", st["h3"]),
    ]
    out.append(_people_table(data.team, st) if data.team else _p("No team recorded.", st["body"]))
    if data.host_leaders:
        out += [Spacer(1, 3 * mm), _p("Host school leaders", st["h3"])]
        out.append(_people_table(data.host_leaders, st))
    if data.framework_label:
        out += [Spacer(1, 4 * mm), _p(f"Framework: {data.framework_label}", st["small"])]
    return out


def _people_table(people: list[TeamEntry], st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [_p(e.name, st["cell"]), _p(e.role, st["cell"]), _p(e.school, st["cell"])] for e in people
    ]
    return _table(rows, [55 * mm, 40 * mm, 75 * mm], header=False)


def _table(rows: list[list[Flowable]], widths: list[float], header: bool = True) -> Table:
    # splitInRow: a very long cell (an action written at length) may run onto the next page.
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, ACCENT),
        ]
    table.setStyle(TableStyle(style))
    return table


def _about(
    data: ReportData, st: dict[str, ParagraphStyle], entries: list[tuple[str, str, int]]
) -> list[Flowable]:
    owner = data.host_school or "The host school"
    statement = (
        f"This report belongs to {owner}. It was written by the review team at the school's "
        "invitation, as part of a developmental peer review: it is not an inspection and "
        "contains no grades or judgements. The school decides who may read it. The review "
        "team will not share it, or the evidence behind it, with anyone without the school's "
        "agreement. The school may choose to share it with its governors or trustees, its "
        "staff and partner schools."
    )
    box = Table([[_p(statement, st["box"])]], colWidths=[170 * mm])
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
    return [
        _p("Who owns this report", st["h1"]),
        box,
        Spacer(1, 8 * mm),
        _p("Contents", st["h1"]),
        Contents(entries, st["toc"]),
    ]


def _context(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [sec.heading("Context and enquiry questions")]
    out.append(_p("The school's self-evaluation", st["h3"]))
    for para in (data.self_evaluation or "No self-evaluation summary recorded.").split("\n\n"):
        out.append(_p(para, st["body"]))
    out.append(_p("Focus", st["h3"]))
    out.append(_p(data.focus or "No focus recorded.", st["body"]))
    out.append(_p("Enquiry questions", st["h3"]))
    if not data.enquiry_questions:
        out.append(_p("No enquiry questions recorded.", st["body"]))
    for n, q in enumerate(data.enquiry_questions, 1):
        out.append(_p(f"{n}. {q}", st["body"]))
    return out


def _activities(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("Activities undertaken")]
    reviewers = len(data.team)
    if data.evidence_purged:
        recorded = (
            "The evidence notes have since been deleted under the school's retention "
            "schedule; the findings keep the evidence counts they had."
        )
    else:
        notes = f"{data.total_notes} evidence note{'s' if data.total_notes != 1 else ''}"
        recorded = (
            f"The team of {reviewers} reviewer{'s' if reviewers != 1 else ''} recorded {notes}."
        )
    out.append(
        _p(
            f"{recorded} Activities are counted by kind; no individual teacher is named in "
            "this report.",
            st["body"],
        )
    )
    if data.activities:
        rows = [[_p(h, st["cell"]) for h in ("Activity", "Timetabled", "Evidence notes")]]
        rows += [
            [
                _p(a.label, st["cell"]),
                _p(str(a.activities), st["cell"]),
                _p(str(a.notes), st["cell"]),
            ]
            for a in data.activities
        ]
        out.append(_table(rows, [90 * mm, 40 * mm, 40 * mm]))
    return out


def _findings(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), sec.heading("Findings by area")]
    out.append(
        _p(
            "Findings are strengths, areas for development and Areas of Excellence, each "
            "with a short summary of the evidence behind it.",
            st["body"],
        )
    )
    if not data.areas:
        out.append(_p("No findings have been recorded yet.", st["body"]))
    for area in data.areas:
        out += [CondPageBreak(40 * mm), sec.heading(area.title, 1)]
        for f in area.findings:
            kinds = ", ".join(f.activity_kinds) or "none"
            summary = (
                f"Evidence: {f.notes} note{'s' if f.notes != 1 else ''} from "
                f"{len(f.activity_kinds)} kind{'s' if len(f.activity_kinds) != 1 else ''} of "
                f"activity ({kinds}), by {f.reviewers} reviewer{'s' if f.reviewers != 1 else ''}."
            )
            if f.single_source:
                summary += " Rests on a single source."
            if f.strands:
                summary += " Strands: " + "; ".join(f.strands) + "."
            out.append(
                KeepTogether([_p(f"{f.kind_label}: {f.title}", st["h3"]), _p(f.text, st["body"])])
            )
            out.append(_p(summary, st["small"]))
    return out


def _next_steps(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(50 * mm), sec.heading("Next steps")]
    if not data.next_steps:
        out.append(_p("No next steps recorded yet.", st["body"]))
    for n, step in enumerate(data.next_steps, 1):
        out.append(_p(f"{n}. {step.text}", st["body"]))
        if step.finding:
            out.append(_p(f"Follows from: {step.finding}", st["small"]))
    return out


def _actions(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), sec.heading("Action plan")]
    if not data.actions:
        out.append(
            _p(
                "The action plan is agreed at the improvement workshop after the review; "
                "no actions are recorded yet.",
                st["body"],
            )
        )
        return out
    head = ("Action", "Owner", "Success criteria", "Review by", "Status")
    rows = [[_p(h, st["cell"]) for h in head]]
    rows += [
        [
            _p(a.action, st["cell"]),
            _p(a.owner, st["cell"]),
            _p(a.success_criteria, st["cell"]),
            _p(dates.date_long(a.review_date) if a.review_date else "", st["cell"]),
            _p(a.status, st["cell"]),
        ]
        for a in data.actions
    ]
    out.append(_table(rows, [50 * mm, 30 * mm, 44 * mm, 22 * mm, 24 * mm]))
    return out


def _signoff(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    lead = data.lead.name if data.lead else "the lead reviewer"
    head = data.headteacher.name if data.headteacher else "the headteacher"
    school = data.host_school or "the host school"
    rows = [
        [
            _p(f"Lead reviewer: {lead}", st["cell"]),
            _p(f"Headteacher of {school}: {head}", st["cell"]),
        ],
        [
            SignaturePlaceholder(LEAD_FIELD, "Lead reviewer", 80 * mm, 30 * mm),
            SignaturePlaceholder(HOST_FIELD, "Host headteacher", 80 * mm, 30 * mm),
        ],
    ]
    table = Table(rows, colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    text = (
        "The lead reviewer signs this report digitally when it is final; the headteacher "
        "countersigns it to confirm that the school has checked it for factual accuracy. "
        "Each signature covers the whole file: any later change shows when the signatures "
        "are checked (peerview verify, or a PDF reader's signature panel)."
    )
    return [
        CondPageBreak(90 * mm),
        sec.heading("Sign-off"),
        _p(text, st["body"]),
        Spacer(1, 3 * mm),
        table,
    ]


def _appendix(data: ReportData, st: dict[str, ParagraphStyle], sec: _Sections) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), sec.heading("Appendix: evidence notes by strand")]
    intro = (
        "For the host school's copy: the evidence notes the findings rest on, as the "
        "reviewers recorded them, grouped by framework strand."
    )
    left_out = 0 if data.appendix_includes_flagged else len(data.appendix_flagged)
    if left_out:
        intro += (
            f" {left_out} {'note is' if left_out == 1 else 'notes are'} not printed here: "
            "their context could identify one teacher, or their wording needs checking."
        )
    out.append(_p(intro, st["body"]))
    for strand in data.appendix or []:
        out += [CondPageBreak(30 * mm), sec.heading(strand.title, 1)]
        for n in strand.notes:
            where = " · ".join(x for x in (n.observed_at, n.activity, n.context) if x)
            out.append(WithHeader(_p(where, st["small"]), _p(n.text, st["body"])))
    return out
