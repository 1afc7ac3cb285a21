"""The sign-off workflow: draft → team confirmed → quality assured → host checked → signed.

Each step is a change-log entry on the review's ``status`` (so who and when come from the
entry's author key id and clock), taken one step at a time. Any change to a finding, its
links or a next step after the review has left draft sends it back to draft, in the same
transaction as the change, with a note saying what changed and when: the team has to
confirm again what the host will read. See docs/decisions/0009-findings-and-sign-off.md.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import Connection, func, select

from app import dates
from app.ids import join_id
from app.models import (
    ChangeLogEntry,
    FieldVersion,
    Finding,
    FindingNote,
    FindingQuestion,
    FindingStrand,
    NextStep,
    Review,
    table,
)
from app.models.review import REVIEW_STATUSES, STATUS_LABELS
from app.services import duties, retention_default
from app.services.authors import Authors
from app.services.changelog import Entry, author_time_ms
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

# The sign-off steps after the visit, in order. Earlier statuses (planning, visit) only
# move forward one at a time too.
STEPS = ("draft", "team_confirmed", "quality_assured", "host_checked", "signed")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class StatusEvent:
    """One step in a review's sign-off history, read from the change log."""

    status: str
    when: str  # local time, ISO, to the second
    hlc: str
    author_key_id: str | None
    author: str  # a name, "you", or a description (authors.py); never an id
    sent_back_note: str  # set when this event sent the review back to draft


def label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


def _review(conn: Connection, review_id: str) -> Review:
    row = conn.execute(
        select(table(Review)).where(Review.id == review_id, Review.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return Review(**row._mapping)


def current_status(store: Store, review_id: str) -> str:
    with store.read() as conn:
        return _review(conn, review_id).status


def next_status(status: str) -> str | None:
    order = REVIEW_STATUSES
    i = order.index(status) if status in order else -1
    return order[i + 1] if 0 <= i < len(order) - 1 else None


def advance(store: Store, review_id: str, to_status: str) -> ChangeSet:
    """Move the review one step on. Skipping a step, or signing without a signed
    report, is refused with a message saying what to do instead."""
    if to_status not in REVIEW_STATUSES:
        raise PeerviewError(
            f"Unknown status '{to_status}'.", hint_cli=f"Use one of {', '.join(REVIEW_STATUSES)}."
        )
    if to_status == "signed":
        raise PeerviewError(
            "A review becomes signed when the lead reviewer signs its report.",
            hint_cli="peerview report --review ID --out FILE.pdf --sign",
            hint_gui="Choose Sign as lead reviewer on the Sign-off & report page.",
        )
    with store.write() as tx:
        review = _review(tx.conn, review_id)
        if review.status == to_status:
            return tx.changes
        expected = next_status(review.status)
        if to_status != expected:
            if to_status == "draft" and review.status in STEPS:
                raise PeerviewError(
                    "To send a review back to draft, give a reason.",
                    hint_cli="peerview review send-back ID REASON",
                    hint_gui="Choose Send back to draft and say why.",
                )
            raise PeerviewError(
                f"The review is '{label(review.status)}'; the next step is "
                f"'{label(expected or review.status)}'. Steps cannot be skipped."
            )
        # Who may take the step and what it waits for, in one place (for Team confirmed:
        # every member's positions on the findings and agreement with the draft), judged
        # in this transaction so nothing written meanwhile slips past it.
        duties.check_step(tx.conn, review_id, to_status, store.author_key_id)
        fields: dict[str, object] = {"status": to_status}
        if to_status == "team_confirmed":
            # The team has confirmed again: the note about the earlier change is answered.
            fields["sent_back_note"] = ""
        tx.upsert("review", review_id, fields)
    return tx.changes


def send_back(store: Store, review_id: str, reason: str) -> ChangeSet:
    """Send a review back to draft by hand (the host disputes a fact, say)."""
    if not reason.strip():
        raise PeerviewError("Say why the review goes back to draft (the team will read it).")
    with store.write() as tx:
        review = _review(tx.conn, review_id)
        if review.status not in STEPS[1:]:
            raise PeerviewError(f"The review is '{label(review.status)}', not past draft.")
        tx.upsert(
            "review",
            review_id,
            {"status": "draft", "sent_back_note": _note(tx, review.status, reason.strip())},
        )
        _withdraw_agreements(tx, review_id)
    return tx.changes


def send_back_if_past_draft(tx: Tx, review_id: str, what: str) -> bool:
    """Called by every service that changes what the report says (findings, their links,
    next steps), inside its transaction. Returns True when it sent the review back."""
    review = _review(tx.conn, review_id)
    if review.status == "draft":
        # What the team agreed with has changed: each member agrees again.
        _withdraw_agreements(tx, review_id)
    if review.status not in STEPS[1:]:
        return False
    note = _note(tx, review.status, what)
    log.info("review %s sent back to draft: %s", review_id, note)
    tx.upsert("review", review_id, {"status": "draft", "sent_back_note": note})
    _withdraw_agreements(tx, review_id)
    return True


def _withdraw_agreements(tx: Tx, review_id: str) -> None:
    for person_id in duties.agreements(tx.conn, review_id):
        tx.delete("team_agreement", join_id("team_agreement", review_id, person_id))


def agree(store: Store, review_id: str, person_id: str | None = None) -> ChangeSet:
    """Record a team member's agreement with the findings, for "Team confirmed": your own
    (``person_id`` None: the member whose identity this Peerview holds), or, as the lead
    reviewer, another member's on their behalf."""
    with store.write() as tx:
        review = _review(tx.conn, review_id)
        if review.status != "draft":
            raise PeerviewError(
                f"The review is '{label(review.status)}': the team agrees with the findings "
                "while it is a draft."
            )
        if person_id is None:
            mine = [
                m for m in duties.members(tx.conn, review_id) if m.key_id == store.author_key_id
            ]
            if not mine:
                raise duties.DutyRefused(
                    "You are not on this review's team (as lead reviewer or reviewer), so "
                    "there is no agreement of yours to record.",
                    hint_cli="The lead records a member's agreement with --for NAME.",
                )
            person_id = mine[0].person_id
        on_behalf = duties.check_agreement(tx.conn, review_id, person_id, store.author_key_id)
        tx.upsert(
            "team_agreement",
            join_id("team_agreement", review_id, person_id),
            {
                "review_id": review_id,
                "person_id": person_id,
                "recorded_for": on_behalf,
                "deleted": False,  # agreeing again after a change withdrew it
            },
        )
    return tx.changes


# Entities whose change alters what the report says, and how to find their review.
_REPORT_ENTITIES = ("finding", "finding_note", "finding_strand", "finding_question", "next_step")
_LINKS = {
    "finding_note": FindingNote,
    "finding_strand": FindingStrand,
    "finding_question": FindingQuestion,
}


def send_back_for_entries(tx: Tx, entries: Iterable[Entry]) -> list[str]:
    """For entries that arrived from another device (a sync import), inside the import's
    transaction: send back to draft every review past draft whose findings, their links
    or next steps changed *after* its latest sign-off step. Returns the review ids sent
    back. Local edits do this as they happen (``send_back_if_past_draft``)."""
    latest: dict[str, Entry] = {}
    for entry in entries:
        if entry.entity not in _REPORT_ENTITIES:
            continue
        review_id = _review_of(tx.conn, entry.entity, entry.entity_id)
        if review_id and (review_id not in latest or entry.hlc > latest[review_id].hlc):
            latest[review_id] = entry
    sent = []
    for review_id, entry in sorted(latest.items()):
        if entry.hlc <= _last_step_hlc(tx.conn, review_id):
            continue  # the step was taken after this change: the team saw it
        what = f"a change to {entry.entity.replace('_', ' ')} arrived from another device"
        if send_back_if_past_draft(tx, review_id, what):
            sent.append(review_id)
    return sent


def _review_of(conn: Connection, entity: str, entity_id: str) -> str | None:
    finding = table(Finding)
    if entity in ("finding", "next_step"):
        t = finding if entity == "finding" else table(NextStep)
        return conn.execute(select(t.c.review_id).where(t.c.id == entity_id)).scalar()
    link = table(_LINKS[entity])
    return conn.execute(
        select(finding.c.review_id)
        .join(link, link.c.finding_id == finding.c.id)
        .where(link.c.id == entity_id)
    ).scalar()


def _last_step_hlc(conn: Connection, review_id: str) -> str:
    fv = table(FieldVersion)
    found = conn.execute(
        select(fv.c.hlc).where(
            fv.c.entity == "review", fv.c.entity_id == review_id, fv.c.field == "status"
        )
    ).scalar()
    return str(found or "")


def _note(tx: Tx, was: str, what: str) -> str:
    when = dates.date_time_long(tx.store.wall_clock())
    return (
        f"Sent back to draft on {when} (it was '{label(was)}'): {what}. "
        "The team confirms the findings again before quality assurance."
    )


def check_can_sign(store: Store, review_id: str, cert: x509.Certificate | None = None) -> None:
    """Raise unless the review is ready for the lead reviewer's signature, and (given
    the certificate) it is the lead's own; the report code calls this before doing the
    (slow) signing."""
    status = current_status(store, review_id)
    if status != "host_checked":
        raise PeerviewError(
            f"The review is '{label(status)}'; the report can be signed once the host has "
            "checked its factual accuracy.",
            hint_cli="(status 'host_checked'). See: peerview review status ID",
            hint_gui="Take it through each step on the Sign-off & report page.",
        )
    with store.read() as conn:
        duties.check_step(conn, review_id, "signed", store.author_key_id)
        if cert is not None:
            duties.check_signer(conn, review_id, store.author_key_id, cert)


def mark_signed(store: Store, review_id: str, report_sha256: str) -> ChangeSet:
    """After the lead reviewer signs the report PDF: record its SHA-256 and move the
    review to signed. Signing the same report again changes nothing."""
    digest = report_sha256.strip().lower()
    if not _SHA256.match(digest):
        raise PeerviewError(
            f"'{report_sha256}' is not a SHA-256 digest (64 hexadecimal characters)."
        )
    with store.write() as tx:
        review = _review(tx.conn, review_id)
        if review.status == "signed":
            if review.report_sha256 == digest:
                return tx.changes
            raise PeerviewError(
                "This review is already signed with another report. Change a finding (or send "
                "the review back) and take it through sign-off again to sign a new report."
            )
        if review.status != "host_checked":
            raise PeerviewError(
                f"The review is '{label(review.status)}'; sign its report once the host has "
                "checked factual accuracy.",
                hint_cli="(peerview review status ID host_checked)",
                hint_gui="Take it through each step on the Sign-off & report page.",
            )
        duties.check_step(tx.conn, review_id, "signed", store.author_key_id)
        now = dt.datetime.fromtimestamp(tx.store.wall_clock() / 1000, dt.UTC)
        fields: dict[str, object] = {
            "status": "signed",
            "report_sha256": digest,
            "signed_at": now.isoformat(timespec="seconds"),
        }
        if not review.retention_chosen:
            # The schedule the sign-off page showed becomes the review's own, so that every
            # laptop purges on the same day (decision 0038).
            fields.update(
                retention_days=retention_default.read_default(tx.conn), retention_chosen=True
            )
        tx.upsert("review", review_id, fields)
    return tx.changes


def history(store: Store, review_id: str) -> list[StatusEvent]:
    """Every status change of the review, oldest first, with who and when."""
    log_table = table(ChangeLogEntry)
    with store.read() as conn:
        _review(conn, review_id)
        rows = conn.execute(
            select(log_table)
            .where(log_table.c.entity == "review", log_table.c.entity_id == review_id)
            .order_by(log_table.c.hlc, log_table.c.device_id, log_table.c.seq)
        ).all()
        events = []
        authors = Authors(store, conn)
        for row in rows:
            fields = json.loads(row.fields)
            if "status" not in fields:
                continue
            key = row.author_key_id
            ms = author_time_ms(Entry.from_row(row))
            when = dt.datetime.fromtimestamp(ms / 1000).astimezone()
            events.append(
                StatusEvent(
                    status=fields["status"],
                    when=when.isoformat(timespec="seconds"),
                    hlc=row.hlc,
                    author_key_id=key,
                    author=authors.name(key),
                    sent_back_note=str(fields.get("sent_back_note") or ""),
                )
            )
    return events


def changes_since(store: Store, review_id: str, hlc: str) -> ChangeSet:
    """The review's own log entries after ``hlc``: what a caller that could not keep the
    ChangeSet (the report code marks the review signed itself) publishes afterwards."""
    log_table = table(ChangeLogEntry)
    with store.read() as conn:
        rows = conn.execute(
            select(log_table)
            .where(
                log_table.c.entity == "review",
                log_table.c.entity_id == review_id,
                log_table.c.hlc > hlc,
            )
            .order_by(log_table.c.hlc)
        ).all()
    return ChangeSet(entries=[Entry.from_row(r) for r in rows])


def latest_hlc(store: Store) -> str:
    log_table = table(ChangeLogEntry)
    with store.read() as conn:
        found = conn.execute(select(func.max(log_table.c.hlc))).scalar()
    return str(found or "")
