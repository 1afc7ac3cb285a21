"""The annual partnership report: a PDF the partnership lead signs (decision 0045).

Laid out with ReportLab platypus in the report fonts (every script prints), the pictures
drawn from the same layouts the window paints (``annual_pictures.py``). It prints only
what ``annual_content.gather`` decided may be printed: figures the themes held back
print as "fewer than 3", and no school that did not agree to be named is named beside
a finding. Signing is the report's PAdES signing (``app/reports/sign.py``) into a
visible box at the end, by the partnership lead only.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import dates, fileio
from app.reports import annual_pictures, fonts, sign
from app.reports.annual_content import AnnualData
from app.reports.layout import SignatureBox
from app.reports.text import rich
from app.services import theme_pictures
from app.services.errors import PeerviewError
from app.services.support import STATE_LABELS
from app.services.themes import KIND_LABELS, KINDS, PROGRESS_LABELS

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#d0d7de")
HEAD_FILL = colors.HexColor("#f3f5f7")
WIDTH = A4[0] - 40 * mm
STATUS_WORDS = {
    "planned": "Planned",
    "confirmed": "Confirmed",
    "visited": "Visited",
    "report_signed": "Report signed",
    "action_plan_agreed": "Action plan agreed",
    "impact_review_due": "Impact review due",
}
ACCREDITATION_WORDS = {"reviewer": "Reviewer", "lead_reviewer": "Lead reviewer"}
SIGNATURE_FIELD = "partnership_lead"


@dataclass(frozen=True)
class AnnualResult:
    path: Path
    pages: int
    sha256: str
    signed: bool


class _Styles:
    def __init__(self) -> None:
        fonts.register()
        self.body = ParagraphStyle(
            "body", fontName=fonts.SANS, fontSize=9.5, leading=13.5, spaceAfter=5, textColor=INK
        )
        self.small = ParagraphStyle("small", self.body, fontSize=8, leading=11, textColor=MUTED)
        self.cell = ParagraphStyle("cell", self.body, fontSize=8.5, leading=11, spaceAfter=0)
        self.head = ParagraphStyle("head", self.cell, fontName=fonts.SANS_BOLD)
        self.title = ParagraphStyle(
            "title", self.body, fontName=fonts.SANS_BOLD, fontSize=20, leading=25, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "h1", self.body, fontName=fonts.SANS_BOLD, fontSize=14, leading=18, spaceBefore=10
        )
        self.h2 = ParagraphStyle(
            "h2", self.body, fontName=fonts.SANS_BOLD, fontSize=11, leading=14, spaceBefore=6
        )


class _SignatureSpot(Flowable):
    """An empty, labelled box where the lead's signature stamp goes; records where."""

    def __init__(self, boxes: list[SignatureBox], width: float, height: float) -> None:
        super().__init__()
        self.boxes, self.width, self.height = boxes, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setDash(2, 2)
        canv.rect(0, 0, self.width, self.height)
        canv.setDash()
        x0, y0 = canv.absolutePosition(0, 0)
        x1, y1 = canv.absolutePosition(self.width, self.height)
        self.boxes.append(
            SignatureBox(
                SIGNATURE_FIELD,
                "Partnership lead",
                canv.getPageNumber() - 1,
                (round(x0), round(y0), round(x1), round(y1)),
            )
        )


def _table(rows: list[list[Any]], widths: list[float], st: _Styles) -> Table:
    cells = [
        [
            Paragraph(rich(str(c)), st.head if i == 0 else st.cell) if isinstance(c, str) else c
            for c in row
        ]
        for i, row in enumerate(rows)
    ]
    return Table(
        cells,
        colWidths=widths,
        repeatRows=1,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        ),
    )


def _schedule(data: AnnualData, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("The year's reviews", st.h1)]
    if not data.timeline:
        out.append(Paragraph(rich(f"No round of reviews was scheduled in {data.year}."), st.body))
        return out
    pic = theme_pictures.timeline(data.timeline, WIDTH)
    if pic is not None:
        out += [annual_pictures.drawing(pic), Spacer(1, 3 * mm)]
    for r in data.timeline:
        visits = [v for v in data.visits if v.round_name == r.name]
        done = sum(1 for v in visits if v.status in theme_pictures.VISIT_DONE)
        out.append(
            Paragraph(
                rich(
                    f"{r.name} ({dates.date_range_long(r.first_day, r.last_day)}): "
                    f"{len(visits)} reviews, {done} visited."
                ),
                st.h2,
            )
        )
        rows: list[list[Any]] = [["Host school", "Reviewing school", "Day", "Status"]]
        # Only schools that agreed to be named are named, here as beside findings.
        rows += [
            [
                data.school(v.host),
                data.school(v.reviewer_school),
                dates.date_long(v.day) if v.day else "no date yet",
                STATUS_WORDS.get(v.status, v.status),
            ]
            for v in visits
        ]
        out.append(_table(rows, [WIDTH * 0.32, WIDTH * 0.32, WIDTH * 0.18, WIDTH * 0.18], st))
    return out


def _themes(data: AnnualData, st: _Styles) -> list[Flowable]:
    t = data.themes
    out: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph("Themes across the schools", st.h1),
        Paragraph(
            rich(
                f"From the summaries {t.schools} host schools shared from {t.reviews} reviews "
                f"this year: how many schools had each strand as a strength, an area for "
                "development or an Area of Excellence. A figure with fewer than three schools "
                "behind it that did not agree to be named is shown as \u201cfewer than 3\u201d, "
                "here and in every copy of these figures."
            ),
            st.body,
        ),
    ]
    if not t.strands:
        out.append(Paragraph(rich("No school shared a summary from this year's reviews."), st.body))
        return out
    rows: list[list[Any]] = [["Strand", *[KIND_LABELS[k] for k in KINDS]]]
    rows += [[s.label, *[s.overall[k].text for k in KINDS]] for s in t.strands]
    out.append(_table(rows, [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18], st))
    heading = Paragraph("Strands by school", st.h2)
    maps = theme_pictures.heat_maps(t, WIDTH)
    if maps:
        for n, pic in enumerate(maps):
            drawn = [annual_pictures.drawing(pic), Spacer(1, 2 * mm)]
            out.append(KeepTogether([heading, *drawn]) if n == 0 else KeepTogether(drawn))
    else:
        out += [
            heading,
            Paragraph(rich("No school agreed to be named, so none is shown."), st.body),
        ]
    if t.heat.unnamed_schools:
        out.append(
            Paragraph(
                rich(
                    f"{t.heat.unnamed_schools} schools that did not agree to be named are "
                    "counted in the figures above and not shown by name."
                ),
                st.small,
            )
        )
    trend = theme_pictures.trends(data.history, WIDTH)
    if trend is not None and len(data.history.rounds) > 1:
        out += [
            CondPageBreak(min(trend.height + 30, 200)),
            Paragraph("Trends across rounds", st.h2),
            annual_pictures.drawing(trend),
        ]
    return out


def _excellence(data: AnnualData, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(40 * mm), Paragraph("Areas of Excellence shared", st.h1)]
    if data.themes.excellence:
        rows: list[list[Any]] = [["School", "Area of Excellence", "Strands"]]
        rows += [list(e) for e in data.themes.excellence]
        out.append(_table(rows, [WIDTH * 0.3, WIDTH * 0.55, WIDTH * 0.15], st))
    else:
        out.append(Paragraph(rich("No school that agreed to be named shared one."), st.body))
    out.append(
        Paragraph(
            rich(
                "Areas of Excellence of schools that did not agree to be named are counted in "
                "the themes, not listed."
            ),
            st.small,
        )
    )
    return out


def _support(data: AnnualData, st: _Styles) -> list[Flowable]:
    rows: list[list[Any]] = [["State", "Offers of support"]]
    rows += [[STATE_LABELS[s], f.text] for s, f in data.support.items()]
    return [
        Paragraph("Support brokered between schools", st.h1),
        Paragraph(
            rich(
                "Offers of support from one member school towards another's action plan, on "
                "the year's reviews held on this laptop, by how far they have got."
            ),
            st.body,
        ),
        _table(rows, [WIDTH * 0.5, WIDTH * 0.5], st),
    ]


def _priorities(data: AnnualData, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph("Progress on shared priorities", st.h1),
        Paragraph(
            rich(
                "Each priority is linked to the strands whose code or title words it uses; "
                "the words that linked them are shown, for the reader to judge."
            ),
            st.small,
        ),
    ]
    if not data.themes.priorities:
        out.append(Paragraph(rich(f"No shared priorities were recorded for {data.year}."), st.body))
    for p in data.themes.priorities:
        block: list[Flowable] = [Paragraph(rich(p.text), st.h2)]
        if not p.strands:
            block.append(
                Paragraph(
                    rich(
                        "No strand's code or title shares a word with this priority; name a "
                        "strand's code in the priority to link it."
                    ),
                    st.body,
                )
            )
        else:
            rows: list[list[Any]] = [["Strand (linked by)", *[KIND_LABELS[k] for k in KINDS]]]
            for key, words in p.strands:
                s = data.themes.strand(key)
                rows.append(
                    [f"{s.label} ({', '.join(words)})", *[s.overall[k].text for k in KINDS]]
                )
            block.append(_table(rows, [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.18, WIDTH * 0.18], st))
        actions = ", ".join(
            f"{PROGRESS_LABELS[k].lower()} {f.text}" for k, f in p.actions.items() if f.value != 0
        )
        block.append(
            Paragraph(
                rich(f"Actions on it: {actions}." if actions else "No actions on it."), st.body
            )
        )
        out.append(KeepTogether(block))
    return out


def _training(data: AnnualData, st: _Styles) -> list[Flowable]:
    pool = data.pool
    leads = sum(1 for p in pool if p.accreditation == "lead_reviewer")
    trained = sum(1 for p in pool if p.trained_on)
    out: list[Flowable] = [
        CondPageBreak(50 * mm),
        Paragraph("Reviewer training", st.h1),
        Paragraph(
            rich(
                f"The reviewer pool has {len(pool)} people: {leads} accredited lead reviewers, "
                f"{trained} trained. {len(data.refreshers_due)} need a refresher now or within "
                "three months."
            ),
            st.body,
        ),
    ]
    if pool:
        rows: list[list[Any]] = [
            ["Reviewer", "School", "Accreditation", "Trained", "Refresher due", "Reviews"]
        ]
        rows += [
            [
                p.name,
                data.school(p.school),
                ACCREDITATION_WORDS.get(p.accreditation, p.accreditation),
                dates.date_long(p.trained_on) if p.trained_on else "not yet",
                (dates.date_long(p.refresher_due) if p.refresher_due else "-")
                + (" (overdue)" if p.refresher_overdue else ""),
                f"{p.reviews_done} done, {p.reviews_led} led",
            ]
            for p in pool
        ]
        w = WIDTH
        out.append(_table(rows, [w * 0.2, w * 0.2, w * 0.14, w * 0.15, w * 0.17, w * 0.14], st))
    return out


def render(data: AnnualData, *, for_signing: bool = False) -> tuple[bytes, int, list[SignatureBox]]:
    """The report's PDF bytes, its page count and (laid out for signing) the box where
    the lead's signature goes."""
    st = _Styles()
    boxes: list[SignatureBox] = []
    story: list[Flowable] = [
        Paragraph(rich(f"Annual partnership report {data.year}"), st.title),
        Paragraph(rich(data.partnership), st.h2),
        Paragraph(rich(f"Made on {dates.date_long(data.made_on)}."), st.small),
        Paragraph(
            rich(
                "This report draws on the summaries host schools chose to share with the "
                "partnership, and nothing else from their reviews. It names a school beside "
                "its findings only where the school agreed to be named."
            ),
            st.body,
        ),
    ]
    if data.unreadable:
        story.append(
            Paragraph(
                rich(f"{data.unreadable} shared summaries could not be read and are left out."),
                st.small,
            )
        )
    story += _schedule(data, st)
    story += _themes(data, st)
    story += _excellence(data, st)
    story += _priorities(data, st)
    story += _support(data, st)
    story += _training(data, st)
    if for_signing:
        story += [
            Spacer(1, 8 * mm),
            KeepTogether(
                [
                    Paragraph("Signed for the partnership by its lead", st.h2),
                    _SignatureSpot(boxes, 75 * mm, 24 * mm),
                ]
            ),
        ]
    pages = [0]

    def furniture(canv: Any, doc: Any) -> None:
        pages[0] = canv.getPageNumber()
        canv.saveState()
        canv.setFont(fonts.SANS, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(20 * mm, 10 * mm, f"Annual partnership report {data.year}")
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {canv.getPageNumber()}")
        canv.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"Annual partnership report {data.year}",
        author=data.partnership,
    ).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue(), pages[0], boxes


def make(
    data: AnnualData,
    out: Path,
    *,
    key: ec.EllipticCurvePrivateKey | None = None,
    cert: x509.Certificate | None = None,
) -> AnnualResult:
    """Write the report to ``out`` (signed by the partnership lead when a key is given).
    Nothing is written when a step fails."""
    if out.suffix.lower() != ".pdf":
        raise PeerviewError(f"The annual report is a PDF; give a file name ending in .pdf: {out}")
    signing = key is not None and cert is not None
    if signing and not data.lead_here:
        raise PeerviewError(
            "Only the partnership lead signs the annual report, on the laptop that keeps the "
            "partnership record.",
            hint_cli="Leave out --sign for an unsigned copy.",
            hint_gui="Save it unsigned instead.",
        )
    pdf, pages, boxes = render(data, for_signing=signing)
    if key is not None and cert is not None:
        pdf = sign.add_signature_fields(pdf, boxes)
        pdf = sign.sign_pdf(pdf, key, cert, reason="Partnership lead's signature")
    try:
        fileio.write_bytes(out, pdf)
    except OSError as exc:
        raise PeerviewError(
            f"Could not write {out}: {exc.strerror or exc}. Nothing was written there; "
            "choose another file name or folder."
        ) from exc
    return AnnualResult(out, pages, hashlib.sha256(pdf).hexdigest(), signing)
