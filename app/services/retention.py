"""Retention: purging a signed review's raw evidence notes on a schedule.

Each review has a retention setting: ``None`` (the default) keeps the notes; a number of
days purges them that long after the report was signed. A purge is explicit (``run`` or
``purge_review``, from ``peerview retention run`` or the GUI), never a side effect.

What a purge does, all through the change log so that it travels to every replica:
- each finding keeps its triangulation (notes, sources, activities, reviewers) as counts in
  ``finding.retained_evidence``, so the findings still show what supported them;
- every evidence note of the review has its free-text fields cleared, then is tombstoned,
  with its strand and question tags, note links and attachment records;
- the review records when (``evidence_purged_at``).
Findings, next steps, the action plan, the review, the signed report and the change log
(the audit trail) stay. Safeguarding concerns are never touched: they are not evidence.
The earlier log entries still hold the text a note had; see
docs/decisions/0009-findings-and-sign-off.md for why and what remains to do.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from sqlalchemy import or_, select

from app import dates
from app.models import (
    Attachment,
    EvidenceNote,
    Finding,
    NoteLink,
    NoteQuestion,
    NoteStrand,
    Review,
    table,
)
from app.services import signoff
from app.services import triangulation as tri
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

# Free-text fields of a note that may hold personal data: cleared before the tombstone.
CLEARED_FIELDS = ("text", "emerging", "typicality", "class_group", "subject", "year_group")
MAX_DAYS = 36_500


@dataclass(frozen=True)
class RetentionState:
    review_id: str
    title: str
    status: str
    retention_days: int | None
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


@dataclass(frozen=True)
class PurgeResult:
    review_id: str
    notes_purged: int
    findings_kept: int
    changes: ChangeSet


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def set_retention(store: Store, review_id: str, days: int | None) -> ChangeSet:
    """Purge this review's notes ``days`` after signing; ``None`` keeps them."""
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise PeerviewError(f"Give a number of days from 0 to {MAX_DAYS}, or keep the notes.")
    with store.write() as tx:
        if not tx.conn.execute(
            select(Review.id).where(Review.id == review_id, Review.deleted.is_(False))
        ).first():
            raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
        tx.upsert("review", review_id, {"retention_days": days})
    return tx.changes


def states(store: Store, review_id: str | None = None) -> list[RetentionState]:
    review = table(Review)
    note = table(EvidenceNote)
    query = select(review).where(review.c.deleted.is_(False)).order_by(review.c.start_date)
    if review_id is not None:
        query = query.where(review.c.id == review_id)
    out = []
    with store.read() as conn:
        for r in conn.execute(query).all():
            held = conn.execute(
                select(note.c.id).where(
                    note.c.review_id == r.id,
                    or_(note.c.deleted.is_(False), note.c.text != ""),
                )
            ).all()
            due = ""
            if r.status == "signed" and r.signed_at and r.retention_days is not None:
                signed = dt.datetime.fromisoformat(r.signed_at)
                due = (signed + dt.timedelta(days=r.retention_days)).isoformat(timespec="seconds")
            out.append(
                RetentionState(
                    r.id,
                    r.title,
                    r.status,
                    r.retention_days,
                    r.signed_at,
                    due,
                    r.evidence_purged_at,
                    len(held),
                )
            )
    if review_id is not None and not out:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return out


def purge_review(store: Store, review_id: str, now: dt.datetime | None = None) -> PurgeResult:
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
    with store.write() as tx:
        purged, kept = _purge(tx, review_id, now)
    log.info("purged %d notes of review %s; %d findings kept", purged, review_id, kept)
    return PurgeResult(review_id, purged, kept, tx.changes)


def run(store: Store, now: dt.datetime | None = None) -> list[PurgeResult]:
    """Purge every review whose notes are due. Each review is its own transaction."""
    now = now or _utc_now()
    return [purge_review(store, s.review_id, now) for s in states(store) if s.is_due(now)]


def _purge(tx: Tx, review_id: str, now: dt.datetime) -> tuple[int, int]:
    conn = tx.conn
    finding = table(Finding)
    live = conn.execute(
        select(finding.c.id, finding.c.retained_evidence).where(
            finding.c.review_id == review_id, finding.c.deleted.is_(False)
        )
    ).all()
    counts = tri.triangulate(conn, tri.notes_of(conn, [f.id for f in live]))
    for f in live:
        if not f.retained_evidence:
            summary = counts[f.id].summary_dict()
            tx.upsert("finding", f.id, {"retained_evidence": json.dumps(summary)})
    note = table(EvidenceNote)
    rows = conn.execute(select(note).where(note.c.review_id == review_id)).all()
    purged = 0
    for row in rows:
        clear = {name: "" for name in CLEARED_FIELDS if getattr(row, name)}
        if clear:
            tx.upsert("evidence_note", row.id, clear)
        if tx.delete("evidence_note", row.id) is not None or clear:
            purged += 1
        for model, columns in (
            (NoteStrand, ("note_id",)),
            (NoteQuestion, ("note_id",)),
            (Attachment, ("note_id",)),
            (NoteLink, ("from_note_id", "to_note_id")),
        ):
            t = table(model)
            for (child,) in conn.execute(
                select(t.c.id).where(
                    or_(*(t.c[c] == row.id for c in columns)), t.c.deleted.is_(False)
                )
            ).all():
                tx.delete(model.__entity__, child)
    tx.upsert("review", review_id, {"evidence_purged_at": now.isoformat(timespec="seconds")})
    return purged, len(live)
