"""The hand-over record of a safeguarding concern: one printable PDF page (or two) for the
host school's designated safeguarding lead, to enter in the school's own system (CPOMS,
MyConcern or a paper file) under the school's policy.

It is the host's copy: Peerview erases its own a few days after the hand-over
(app/services/safeguarding.py). So the file is written where the person chooses, never
inside Peerview's data folder, where it would outlive that erasure in plain text.
Text is set in the report fonts (app/reports/fonts.py), so every script prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select

from app import dates, fileio
from app.models import Review, School, table
from app.reports import fonts
from app.reports.text import rich
from app.services import safeguarding
from app.services.authors import Authors
from app.services.errors import PeerviewError
from app.services.safeguarding import Concern
from app.services.store import ChangeSet, Store

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")


@dataclass(frozen=True)
class HandoverRecord:
    concern: Concern
    review_title: str
    school: str
    recorded_by: str
    passed_to: str
    passed_on_at: str
    erase_on: str


def gather(
    store: Store, concern_id: str, passed_to: str, passed_on_at: str, erase_after_days: int | None
) -> HandoverRecord:
    concern = safeguarding.get_concern(store, concern_id)
    if concern.erased_at:
        raise PeerviewError(
            "This concern was erased after its hand-over; there is nothing left to print. "
            "The host school's own record is the copy that remains."
        )
    review, school = table(Review), table(School)
    with store.read() as conn:
        row = conn.execute(
            select(review.c.title, school.c.name)
            .select_from(review.outerjoin(school, school.c.id == review.c.host_school_id))
            .where(review.c.id == concern.review_id)
        ).first()
        recorded_by = Authors(store, conn).name(concern.recorded_by_key_id, you="")
    days = safeguarding.ERASE_AFTER_DAYS if erase_after_days is None else erase_after_days
    erase_on = (dt.datetime.fromisoformat(passed_on_at) + dt.timedelta(days=days)).isoformat()
    return HandoverRecord(
        concern,
        row.title if row else "",
        (row.name if row else "") or "",
        recorded_by,
        passed_to,
        passed_on_at,
        erase_on,
    )


def check_target(store: Store, out: Path) -> Path:
    """Where the PDF may go: a new file outside the data folder, in a folder that exists."""
    target = out.expanduser().resolve()
    data = store.db.data_dir.resolve()
    if target == data or target.is_relative_to(data):
        raise PeerviewError(
            f"{target} is inside Peerview's data folder, where the record would stay after "
            "Peerview erases the concern. Save it somewhere else (a USB stick, or print it), "
            "then give it to the designated safeguarding lead."
        )
    if target.suffix.lower() != ".pdf":
        raise PeerviewError(f"Give a file name ending in .pdf, not {target.name}.")
    if not target.parent.is_dir():
        raise PeerviewError(f"The folder {target.parent} does not exist; create it first.")
    return target


def write_pdf(record: HandoverRecord, out: Path) -> Path:
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=10.5, leading=15, spaceAfter=6, textColor=INK
    )
    title = ParagraphStyle("title", base, fontName=fonts.SANS_BOLD, fontSize=16, leading=21)
    label = ParagraphStyle("label", base, fontName=fonts.SANS_BOLD, spaceAfter=0)
    small = ParagraphStyle("small", base, fontSize=9, leading=12.5, textColor=MUTED)
    c = record.concern
    rows = [
        ("School", record.school),
        ("Peer review", record.review_title),
        ("Seen or heard", dates.date_time(c.observed_at) if c.observed_at else ""),
        ("Recorded by", record.recorded_by),
        ("Handed over to", record.passed_to),
        ("Handed over on", dates.date_time(record.passed_on_at)),
    ]
    facts = Table(
        [[Paragraph(rich(k), label), Paragraph(rich(v or "-"), base)] for k, v in rows],
        colWidths=[42 * mm, 128 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d0d7de")),
            ]
        ),
    )
    story = [
        Paragraph("Safeguarding concern: hand-over record", title),
        Paragraph(
            rich(
                "For the designated safeguarding lead. Enter this record in the school's own "
                "safeguarding system (CPOMS, MyConcern or the paper file), following the "
                "school's safeguarding policy. Confidential."
            ),
            small,
        ),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 6 * mm),
        Paragraph("What was seen or heard", label),
        Spacer(1, 2 * mm),
        *[Paragraph(rich(part), base) for part in c.text.split("\n\n") if part.strip()],
        Spacer(1, 10 * mm),
        Paragraph(rich("Handed over by: ____________________   Signed: ______________"), base),
        Spacer(1, 4 * mm),
        Paragraph(rich("Received by (DSL): ________________   Signed: ______________"), base),
        Spacer(1, 8 * mm),
        Paragraph(
            rich(
                f"The visiting reviewer's copy in Peerview is erased on "
                f"{dates.date_long(record.erase_on)}, keeping only that a concern was handed "
                f"over to {record.passed_to} on {dates.date_long(record.passed_on_at)}. "
                "This record is the school's copy."
            ),
            small,
        ),
    ]
    part = out.with_name(f".{out.name}.part")
    fileio.create_user_only(part)
    try:
        doc = SimpleDocTemplate(
            str(part),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title="Safeguarding concern: hand-over record",
            author=record.recorded_by or "Peerview",
        )
        doc.build(story)
        part.replace(out)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return out


def hand_over(
    store: Store,
    concern_id: str,
    out: Path,
    *,
    passed_to: str | None = None,
    passed_on_at: str | None = None,
    erase_after_days: int | None = None,
) -> tuple[Path, HandoverRecord, ChangeSet]:
    """Write the hand-over record to ``out``, then record the hand-over (and the erasure
    schedule). If the PDF cannot be written, nothing is recorded."""
    target = check_target(store, out)
    concern = safeguarding.get_concern(store, concern_id)
    to = (passed_to if passed_to is not None else concern.passed_to).strip()
    if not to:
        raise PeerviewError("Say who the concern is handed over to: the host school's DSL.")
    when = safeguarding.check_handover(passed_on_at, erase_after_days)
    record = gather(store, concern_id, to, when, erase_after_days)
    try:
        write_pdf(record, target)
    except OSError as exc:
        raise PeerviewError(
            f"Could not write {target} ({exc.strerror or exc}). Nothing was recorded; choose "
            "another place for the file."
        ) from exc
    changes = safeguarding.hand_over(
        store, concern_id, passed_to=to, passed_on_at=when, erase_after_days=erase_after_days
    )
    return target, record, changes
