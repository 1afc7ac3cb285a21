"""Retention: purging a signed review's raw evidence notes on a schedule.

Each review purges its notes a number of days after its report was signed: 90 by
default (this laptop's default, changeable in Settings; app/services/retention_default.py),
or what someone chose for the review (a number of days, or keep them). Signing writes the
schedule into the review, so every laptop has the same due date. A purge is explicit
(``run`` or ``purge_review``, from ``peerview retention run``, the sign-off page or Home),
never a side effect.

The purge itself is app/services/erasure.py, the one place Peerview erases anything:
findings keep their triangulation as counts, notes are cleared and tombstoned through the
change log (so the purge travels to every replica), and the text is removed from the
search index, the WAL, attachments, backups and kept bundles. Findings, next steps, the
action plan, the review, the signed report and the audit of who did what stay.
Safeguarding concerns are not evidence and follow their own schedule
(app/services/safeguarding.py). See docs/decisions/0038-erasure.md.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import or_, select

from app import dates
from app.models import EvidenceNote, Review, table
from app.services import erasure, retention_default, signoff
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store

log = logging.getLogger(__name__)

MAX_DAYS = retention_default.MAX_DAYS


@dataclass(frozen=True)
class RetentionState:
    review_id: str
    title: str
    status: str
    retention_days: int | None  # the schedule in force (None: keep the notes)
    chosen: bool  # False: the review follows this laptop's default until it is signed
    signed_at: str
    due_at: str  # "" when nothing is scheduled
    purged_at: str
    notes: int  # evidence notes still held (live or tombstoned with text)

    def is_due(self, now: dt.datetime) -> bool:
        return (
            bool(self.due_at)
            and not self.purged_at
            and dt.datetime.fromisoformat(self.due_at) <= now
        )


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def set_retention(store: Store, review_id: str, days: int | None) -> ChangeSet:
    """Purge this review's notes ``days`` after signing; ``None`` keeps them."""
    retention_default.check_days(days)
    return _set(store, review_id, {"retention_days": days, "retention_chosen": True})


def follow_default(store: Store, review_id: str) -> ChangeSet:
    """Let an unsigned review follow this laptop's default again."""
    (state,) = states(store, review_id)
    if state.signed_at:
        raise PeerviewError(
            "The review is signed: its schedule was fixed at signing. Choose a number of "
            "days or keep the notes instead."
        )
    return _set(store, review_id, {"retention_days": None, "retention_chosen": False})


def _set(store: Store, review_id: str, fields: dict[str, object]) -> ChangeSet:
    with store.write() as tx:
        if not tx.conn.execute(
            select(Review.id).where(Review.id == review_id, Review.deleted.is_(False))
        ).first():
            raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
        tx.upsert("review", review_id, fields)
    return tx.changes


def default_days(store: Store) -> int | None:
    """This laptop's default: days after signing (None: keep the notes)."""
    with store.read() as conn:
        return retention_default.read_default(conn)


def set_default_days(store: Store, days: int | None) -> None:
    """Change this laptop's default (a local setting, not synced; reviews already signed
    keep the schedule they were signed with)."""
    retention_default.check_days(days)
    with store.write() as tx:
        retention_default.write_default(tx.conn, days)


def due(store: Store, now: dt.datetime | None = None) -> list[RetentionState]:
    """Reviews whose notes are due to be purged now (for Home and the CLI)."""
    now = now or _utc_now()
    return [s for s in states(store) if s.is_due(now)]


def states(store: Store, review_id: str | None = None) -> list[RetentionState]:
    review = table(Review)
    note = table(EvidenceNote)
    query = select(review).where(review.c.deleted.is_(False)).order_by(review.c.start_date)
    if review_id is not None:
        query = query.where(review.c.id == review_id)
    out = []
    with store.read() as conn:
        default = retention_default.read_default(conn)
        for r in conn.execute(query).all():
            held = conn.execute(
                select(note.c.id).where(
                    note.c.review_id == r.id,
                    or_(note.c.deleted.is_(False), note.c.text != ""),
                )
            ).all()
            days = r.retention_days if r.retention_chosen else default
            due = ""
            if r.status == "signed" and r.signed_at and days is not None:
                signed = dt.datetime.fromisoformat(r.signed_at)
                due = (signed + dt.timedelta(days=days)).isoformat(timespec="seconds")
            out.append(
                RetentionState(
                    r.id,
                    r.title,
                    r.status,
                    days,
                    bool(r.retention_chosen),
                    r.signed_at,
                    due,
                    r.evidence_purged_at,
                    len(held),
                )
            )
    if review_id is not None and not out:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return out


def purge_review(store: Store, review_id: str, now: dt.datetime | None = None) -> erasure.Erased:
    """Purge one review's notes now, if its schedule says they are due."""
    now = now or _utc_now()
    (state,) = states(store, review_id)
    if state.status != "signed":
        raise PeerviewError(
            "Only a signed review's evidence notes can be purged; this one is "
            f"'{signoff.label(state.status)}'."
        )
    if state.retention_days is None:
        raise PeerviewError(
            "This review keeps its notes. Set a schedule first.",
            hint_cli="peerview retention set --review ID --days N",
        )
    if not state.is_due(now) and not state.purged_at:
        raise PeerviewError(
            f"The notes are due to be purged on {dates.date_long(state.due_at)}, not yet."
        )
    return erasure.erase_review_evidence(store, review_id, now)


def run(store: Store, now: dt.datetime | None = None) -> list[erasure.Erased]:
    """Purge every review whose notes are due. Each review is its own transaction."""
    now = now or _utc_now()
    return [purge_review(store, s.review_id, now) for s in states(store) if s.is_due(now)]
