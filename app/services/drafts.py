"""Numbered drafts of a review's report.

Every report built before the review is signed is a draft, and says so on every page with
its number and date, so that the host's comments on "Draft 2" can be matched to the text
they were about. A draft's number belongs to its content: building again with nothing
changed gives the same number (and date); a changed finding, next step or action gives the
next one. The record (``report_draft``, through the change log) carries a join id of the
review and the content's digest, so the same draft made on two laptops is one record.
See docs/decisions/0032-the-hosts-report.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.ids import join_id
from app.models import ReportDraft
from app.services.store import Store


@dataclass(frozen=True)
class Draft:
    number: int
    made_at: str  # ISO 8601 with offset (UTC)
    recorded: bool  # False when the data folder was open read-only elsewhere


def _now(store: Store) -> str:
    return dt.datetime.fromtimestamp(store.wall_clock() / 1000, dt.UTC).isoformat(
        timespec="seconds"
    )


def _find(conn: Connection, review_id: str, digest: str) -> Draft | None:
    row = conn.execute(
        select(ReportDraft.number, ReportDraft.made_at).where(
            ReportDraft.id == join_id("report_draft", review_id, digest),
            ReportDraft.deleted.is_(False),
        )
    ).first()
    return Draft(int(row.number), str(row.made_at), True) if row is not None else None


def _next_number(conn: Connection, review_id: str) -> int:
    found = conn.execute(
        select(func.max(ReportDraft.number)).where(
            ReportDraft.review_id == review_id, ReportDraft.deleted.is_(False)
        )
    ).scalar()
    return int(found or 0) + 1


def record_draft(store: Store, review_id: str, content_sha256: str) -> Draft:
    """The draft number for this content: the one it already has, or the next one,
    recorded. With the data folder open read-only (another Peerview holds it), the number
    it would get is returned unrecorded."""
    with store.read() as conn:
        found = _find(conn, review_id, content_sha256)
        if found is not None:
            return found
        if store.read_only:
            return Draft(_next_number(conn, review_id), _now(store), False)
    with store.write() as tx:
        found = _find(tx.conn, review_id, content_sha256)
        if found is not None:
            return found
        number, made_at = _next_number(tx.conn, review_id), _now(store)
        tx.upsert(
            "report_draft",
            join_id("report_draft", review_id, content_sha256),
            {
                "review_id": review_id,
                "number": number,
                "content_sha256": content_sha256,
                "made_at": made_at,
                "deleted": False,
            },
        )
    return Draft(number, made_at, True)


def list_drafts(store: Store, review_id: str) -> list[Draft]:
    """The review's drafts, oldest first."""
    with store.read() as conn:
        rows = conn.execute(
            select(ReportDraft.number, ReportDraft.made_at)
            .where(ReportDraft.review_id == review_id, ReportDraft.deleted.is_(False))
            .order_by(ReportDraft.number, ReportDraft.made_at)
        ).all()
    return [Draft(int(r.number), str(r.made_at), True) for r in rows]
