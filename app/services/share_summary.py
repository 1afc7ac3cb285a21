"""Making the summary a host shares with its partnership, and saying it in words for the
head to read before anything is sent (decision 0043).

The summary is a snapshot of the signed report: its focus, its findings' titles, kinds
and strands, the Areas of Excellence the report prints (validated ones only), and the
action plan's headlines with their review dates and statuses. Nothing the report does
not print goes in: no evidence, no names of teachers, no finding's text.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select

from app import dates
from app.models import TABLES, FrameworkStrand, table
from app.models.findings import FINDING_KINDS, FINDING_LABELS
from app.services import excellence
from app.services.errors import NotFoundError, PeerviewError
from app.services.summary_body import MAX_TITLE, SharedAction, SharedFinding, StrandRef, Summary

STATUS_WORDS = {
    "not_started": "not started",
    "in_progress": "under way",
    "done": "done",
    "carried_forward": "carried forward",
}
_KIND_ORDER = {k: i for i, k in enumerate(FINDING_KINDS)}


def review_row(conn: Connection, review_id: str):  # type: ignore[no-untyped-def]
    review = TABLES["review"]
    row = conn.execute(
        select(review).where(review.c.id == review_id, review.c.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return row


def require_signed(row) -> None:  # type: ignore[no-untyped-def]
    if row.status != "signed":
        raise PeerviewError(
            f"The review '{row.title}' is not signed yet, so there is nothing to share: a "
            "summary is made from the signed report. Nothing was shared.",
            hint_cli="Share it once the lead reviewer has signed the report "
            "(see: peerview review status ID).",
            hint_gui="Share it once the lead reviewer has signed the report.",
        )
    if not row.partnership_id or not row.host_school_id:
        raise PeerviewError(
            f"The review '{row.title}' is not part of a partnership, so there is no "
            "partnership lead to share it with. Nothing was shared."
        )


def build(
    conn: Connection, review_id: str, *, named: bool = False, report_sha256: str = ""
) -> Summary:
    """The summary of a signed review, as its report prints it."""
    row = review_row(conn, review_id)
    require_signed(row)
    t = TABLES
    school = conn.execute(
        select(t["school"].c.name).where(t["school"].c.id == row.host_school_id)
    ).scalar()
    fv, fw = t["framework_version"], t["framework"]
    version = conn.execute(
        select(fv.c.content_hash, fv.c.label, fw.c.name)
        .select_from(fv.outerjoin(fw, fw.c.id == fv.c.framework_id))
        .where(fv.c.id == row.framework_version_id)
    ).first()
    fhash = version.content_hash if version else ""
    fname = (version.name or version.label) if version else ""
    tags = _strands(conn, review_id, fhash)
    finding = t["finding"]
    rows = conn.execute(
        select(finding.c.id, finding.c.kind, finding.c.title, finding.c.position).where(
            finding.c.review_id == review_id, finding.c.deleted.is_(False)
        )
    ).all()
    validated = excellence.printable(conn, review_id)
    rows = [
        f for f in rows if f.kind != "area_of_excellence" or validated is None or f.id in validated
    ]
    rows.sort(key=lambda f: (_KIND_ORDER.get(f.kind, 9), f.position, f.id))
    findings = tuple(
        SharedFinding(f.kind, _headline(f.title, "(untitled)"), tuple(tags.get(f.id, ())))
        for f in rows
        if f.kind in _KIND_ORDER
    )
    action = t["action_item"]
    actions = tuple(
        SharedAction(
            _headline(a.action, "(no words)"),
            a.review_date,
            a.status if a.status in STATUS_WORDS else "not_started",
            tuple(tags.get(a.finding_id or "", ())),
        )
        for a in conn.execute(
            select(action)
            .where(action.c.review_id == review_id, action.c.deleted.is_(False))
            .order_by(action.c.review_date, action.c.id)
        )
    )
    round_id, round_name = _round(conn, row)
    return Summary(
        review_id=review_id,
        school_id=row.host_school_id,
        school_name=school or "",
        first_day=row.start_date,
        last_day=row.end_date or row.start_date,
        focus=row.focus,
        framework_name=fname,
        framework_hash=fhash,
        round_id=round_id,
        round_name=round_name,
        named=named,
        findings=findings,
        actions=actions,
        report_sha256=report_sha256,
    )


def _headline(text: str, empty: str) -> str:
    """A title or an action's first line, within what a summary holds."""
    words = text.strip().splitlines()[0].strip() if text.strip() else empty
    return words if len(words) <= MAX_TITLE else words[: MAX_TITLE - 1] + "…"


def _strands(conn: Connection, review_id: str, fhash: str) -> dict[str, list[StrandRef]]:
    """finding id -> its strands, in the framework's order."""
    t = TABLES
    fs, st, finding = t["finding_strand"], table(FrameworkStrand), t["finding"]
    out: dict[str, list[StrandRef]] = defaultdict(list)
    for fid, code, title in conn.execute(
        select(fs.c.finding_id, st.c.code, st.c.title)
        .join(st, st.c.id == fs.c.strand_id)
        .join(finding, finding.c.id == fs.c.finding_id)
        .where(finding.c.review_id == review_id, fs.c.deleted.is_(False))
        .order_by(st.c.position, st.c.code)
    ):
        out[fid].append(StrandRef(code, title, fhash))
    return out


def _round(conn: Connection, row) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The partnership's round the review was scheduled in: a visit to its host school on
    one of its days."""
    sched, rnd = TABLES["scheduled_review"], TABLES["review_round"]
    found = conn.execute(
        select(rnd.c.id, rnd.c.name)
        .join(sched, sched.c.round_id == rnd.c.id)
        .where(
            sched.c.partnership_id == row.partnership_id,
            sched.c.host_school_id == row.host_school_id,
            sched.c.deleted.is_(False),
            rnd.c.deleted.is_(False),
            sched.c.day >= row.start_date,
            sched.c.day <= (row.end_date or row.start_date),
        )
        .order_by(sched.c.day)
    ).first()
    return (found.id, found.name) if found else ("", "")


def preview(summary: Summary) -> list[str]:
    """The summary in words, line by line, as the head reads it before sending."""
    days = dates.date_range_long(summary.first_day, summary.last_day or summary.first_day)
    lines = [f"What {summary.school_name} shares with the partnership lead:", ""]
    lines.append(
        f"The review visit, {days}" + (f", in {summary.round_name}." if summary.round_name else ".")
    )
    if summary.focus.strip():
        lines.append(f"Focus: {summary.focus.strip()}")
    if summary.framework_name:
        lines.append(f"Framework: {summary.framework_name}")
    for kind in FINDING_KINDS:
        found = [f for f in summary.findings if f.kind == kind]
        if not found:
            continue
        lines += ["", f"{_plural(FINDING_LABELS[kind], len(found))}:"]
        for f in found:
            strands = "; ".join(f"{s.code} {s.title}" for s in f.strands)
            lines.append(f"  - {f.title}" + (f" ({strands})" if strands else ""))
    if summary.actions:
        lines += ["", "The action plan's headlines:"]
        for a in summary.actions:
            when = f", review by {dates.date_long(a.review_date)}" if a.review_date else ""
            lines.append(f"  - {a.headline} ({STATUS_WORDS[a.status]}{when})")
    lines.append("")
    lines.append(
        "The whole signed report goes too."
        if summary.report_sha256
        else "The report itself is not sent: only these headlines."
    )
    lines.append(
        f"The partnership may name {summary.school_name} beside its figures."
        if summary.named
        else f"The partnership does not name {summary.school_name}: its figures are shown "
        "only with at least two other schools'."
    )
    lines.append("No evidence notes, no teachers' names and no finding's full text are shared.")
    return lines


def _plural(label: str, n: int) -> str:
    if n == 1:
        return label
    if label == "Area of Excellence":
        return "Areas of Excellence"
    return f"{label}s"
