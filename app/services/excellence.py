"""Areas of Excellence as the programmes run them (decision 0039).

1. The host **nominates** an area before the visit (the headteacher or a host leader on
   the team; the lead records it from the self-evaluation or the planning meeting).
2. The team **validates** it with its evidence: the nomination is linked to the review's
   Area of Excellence finding, which must rest on linked evidence notes. Only the lead or
   a reviewer on the team validates.
3. It is **shared with the partnership** only with the host's consent: who gave it and
   when, recorded; consent can be withdrawn.

Once a review has nominations, its report prints an Area of Excellence finding only when
it validates a nomination (``printable``): an area the host did not put forward, or the
team has not backed with evidence, is not the school's Area of Excellence.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.models import ChangeLogEntry, ExcellenceNomination, Finding, FindingNote, Review, table
from app.services import accuracy, duties
from app.services.changelog import Entry, author_time_ms
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store


@dataclass(frozen=True)
class Nomination:
    id: str
    title: str
    text: str
    nominated_by: str
    nominated_on: str
    finding_id: str | None
    validated_on: str
    consent_by: str
    consent_on: str
    #: Consent given and then withdrawn (and not given again): whose it was, and the day
    #: the withdrawal was recorded (read from the change log; the row keeps no trace).
    withdrawn_consent_of: str = ""
    withdrawn_on: str = ""

    @property
    def shared(self) -> bool:
        return bool(self.consent_by)


def nominate(
    store: Store, review_id: str, title: str, text: str, nominated_by: str, nominated_on: str
) -> tuple[str, ChangeSet]:
    """Record the host's nomination, made before the visit."""
    if not title.strip():
        raise PeerviewError("Give the Area of Excellence a title.")
    day = accuracy.iso_day(nominated_on, "the nomination")
    with store.write() as tx:
        review = tx.conn.execute(select(table(Review)).where(Review.id == review_id)).first()
        if review is None:
            raise NotFoundError(f"No review {review_id}.")
        if review.start_date and day > review.start_date:
            raise PeerviewError(
                f"The host nominates an Area of Excellence before the visit (it starts "
                f"{review.start_date}); {day} is after that. Record the date it was put forward."
            )
        who = duties.host_named(tx.conn, review_id, nominated_by, "A nomination")
        new_id = tx.create(
            "excellence_nomination",
            {
                "review_id": review_id,
                "title": title.strip(),
                "text": text.strip(),
                "nominated_by": who,
                "nominated_on": day,
            },
        )
    return new_id, tx.changes


def _nomination(conn: Connection, nomination_id: str) -> ExcellenceNomination:
    row = conn.execute(
        select(table(ExcellenceNomination)).where(
            ExcellenceNomination.id == nomination_id, ExcellenceNomination.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise NotFoundError(
            f"No nomination {nomination_id}.", hint_cli="See: peerview excellence list ID"
        )
    return ExcellenceNomination(**row._mapping)


def validate(store: Store, nomination_id: str, finding_id: str, on: str) -> ChangeSet:
    """The team validates the nomination with the Area of Excellence finding that holds
    its evidence."""
    day = accuracy.iso_day(on, "the validation")
    with store.write() as tx:
        nomination = _nomination(tx.conn, nomination_id)
        review_id = nomination.review_id
        team = {m.key_id for m in duties.members(tx.conn, review_id) if m.key_id}
        if store.author_key_id not in team:
            raise duties.DutyRefused(
                "The review team validates an Area of Excellence: only the lead reviewer or a "
                "reviewer on this review can."
            )
        finding = tx.conn.execute(
            select(table(Finding)).where(Finding.id == finding_id, Finding.deleted.is_(False))
        ).first()
        if finding is None or finding.review_id != review_id:
            raise PeerviewError("That finding is not one of this review's.")
        if finding.kind != "area_of_excellence":
            raise PeerviewError(
                "Validate the nomination with an Area of Excellence finding (not a strength "
                "or an area for development)."
            )
        fn = table(FindingNote)
        notes = tx.conn.execute(
            select(fn.c.id).where(fn.c.finding_id == finding_id, fn.c.deleted.is_(False))
        ).all()
        if not notes and not finding.retained_evidence:
            raise PeerviewError(
                "The team validates an Area of Excellence with its evidence: link the evidence "
                "notes that show it to the finding first."
            )
        tx.upsert(
            "excellence_nomination", nomination_id, {"finding_id": finding_id, "validated_on": day}
        )
    return tx.changes


def consent(store: Store, nomination_id: str, by: str, on: str) -> ChangeSet:
    """The host's consent to share the validated Area of Excellence with the partnership."""
    day = accuracy.iso_day(on, "the consent")
    with store.write() as tx:
        nomination = _nomination(tx.conn, nomination_id)
        if not nomination.finding_id:
            raise PeerviewError(
                "Only a validated Area of Excellence is shared; the team validates it first."
            )
        who = duties.host_named(tx.conn, nomination.review_id, by, "Consent to share")
        tx.upsert("excellence_nomination", nomination_id, {"consent_by": who, "consent_on": day})
    return tx.changes


def withdraw_consent(store: Store, nomination_id: str) -> ChangeSet:
    with store.write() as tx:
        _nomination(tx.conn, nomination_id)
        tx.upsert("excellence_nomination", nomination_id, {"consent_by": "", "consent_on": ""})
    return tx.changes


def delete_nomination(store: Store, nomination_id: str) -> ChangeSet:
    """Take back a nomination recorded by mistake. One the team has validated stays: it
    is the record of what the host put forward and the report prints it."""
    with store.write() as tx:
        nomination = _nomination(tx.conn, nomination_id)
        if nomination.finding_id:
            raise PeerviewError(
                f"“{nomination.title}” is validated by the team's finding, so it stays: it is "
                "the record of what the host put forward, and the report prints it."
            )
        tx.delete("excellence_nomination", nomination_id)
    return tx.changes


def restore_nomination(store: Store, nomination_id: str) -> ChangeSet:
    """Undo of a deletion (or of a nomination's undo)."""
    with store.write() as tx:
        en = table(ExcellenceNomination)
        found = tx.conn.execute(select(en.c.id).where(en.c.id == nomination_id)).first()
        if found is None:
            raise NotFoundError(f"No nomination {nomination_id}.")
        tx.upsert("excellence_nomination", nomination_id, {"deleted": False})
    return tx.changes


def nominations(store: Store, review_id: str) -> list[Nomination]:
    with store.read() as conn:
        return nominations_in(conn, review_id)


def nominations_in(conn: Connection, review_id: str) -> list[Nomination]:
    en = table(ExcellenceNomination)
    rows = conn.execute(
        select(en)
        .where(en.c.review_id == review_id, en.c.deleted.is_(False))
        .order_by(en.c.nominated_on, en.c.id)
    ).all()
    gone = _withdrawals(conn, [r.id for r in rows])
    return [
        Nomination(
            r.id, r.title, r.text, r.nominated_by, r.nominated_on, r.finding_id,
            r.validated_on, r.consent_by, r.consent_on, *gone.get(r.id, ("", "")),
        )
        for r in rows
    ]  # fmt: skip


def _withdrawals(conn: Connection, nomination_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(whose consent, day withdrawn) for each nomination whose consent was withdrawn and
    not given again. ``withdraw_consent`` clears the consent on the row, so the person who
    gave it and when it was taken back are read from the change log (author's own clock)."""
    if not nomination_ids:
        return {}
    log = table(ChangeLogEntry)
    rows = conn.execute(
        select(log)
        .where(log.c.entity == "excellence_nomination", log.c.entity_id.in_(nomination_ids))
        .order_by(log.c.hlc, log.c.device_id, log.c.seq)
    ).all()
    given: dict[str, str] = {}
    gone: dict[str, tuple[str, str]] = {}
    for row in rows:
        fields = json.loads(row.fields)
        if "consent_by" not in fields:
            continue
        by = fields.get("consent_by")
        if isinstance(by, str) and by:
            given[row.entity_id] = by
            gone.pop(row.entity_id, None)
        elif row.entity_id in given:
            ms = author_time_ms(Entry.from_row(row))
            day = dt.datetime.fromtimestamp(ms / 1000).date().isoformat()
            gone[row.entity_id] = (given.pop(row.entity_id), day)
    return gone


def printable(conn: Connection, review_id: str) -> set[str] | None:
    """Ids of the Area of Excellence findings the report may print, or None (all of them)
    for a review with no nominations (reviews made before nominations existed)."""
    found = nominations_in(conn, review_id)
    if not found:
        return None
    return {n.finding_id for n in found if n.finding_id}


def shared(store: Store, review_id: str) -> list[Nomination]:
    """What the partnership may see: validated areas the host consented to share."""
    return [n for n in nominations(store, review_id) if n.finding_id and n.shared]
