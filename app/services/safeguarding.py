"""Safeguarding concerns seen or heard during a visit.

A concern is not evidence. It lives in its own table (``safeguarding_concern``) and no
evidence query reads that table, so it never appears in the notes list, search, coverage
or the report. It goes to the host school's designated safeguarding lead (DSL) in person,
the same day; the record says who it went to and when. It is still written through the
change log, like every change, so that it is audited and never silently lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Person, Review, SafeguardingConcern, TeamMember
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

MAX_CONCERN_CHARS = 20_000


@dataclass(frozen=True)
class Concern:
    id: str
    review_id: str
    observed_at: str
    text: str
    passed_to: str
    passed_on_at: str
    recorded_by_key_id: str | None


def _check_time(value: str, what: str) -> str:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise PeerviewError(
            f"{what} '{value}' is not a date and time; write it as YYYY-MM-DDTHH:MM."
        ) from exc
    return value


def designated_lead(store: Store, review_id: str) -> str:
    """The name of the host school's DSL from the review team ('' when none is listed).

    When several people hold the role, the names are joined, so none is left out."""
    with store.session() as s:
        names = s.scalars(
            select(Person.name)
            .join(TeamMember, TeamMember.person_id == Person.id)
            .where(
                TeamMember.review_id == review_id,
                TeamMember.role == "dsl",
                TeamMember.deleted.is_(False),
                Person.deleted.is_(False),
            )
            .order_by(Person.name)
        ).all()
    return " or ".join(names)


def _check_review(tx: Tx, review_id: str) -> None:
    if not tx.conn.execute(
        select(Review.id).where(Review.id == review_id, Review.deleted.is_(False))
    ).first():
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")


def record_concern(
    store: Store,
    review_id: str,
    text: str,
    *,
    observed_at: str | None = None,
    passed_to: str | None = None,
    passed_on_at: str = "",
) -> tuple[str, ChangeSet]:
    """Record a concern; ``passed_to`` defaults to the review team's DSL."""
    if not text.strip():
        raise PeerviewError("Write what you saw or heard; the concern is empty.")
    if len(text) > MAX_CONCERN_CHARS:
        raise PeerviewError(
            f"The concern is {len(text):,} characters; shorten it to {MAX_CONCERN_CHARS:,}."
        )
    observed = _check_time(
        observed_at or dt.datetime.now().isoformat(timespec="minutes"), "The time seen"
    )
    if passed_on_at:
        _check_time(passed_on_at, "The time passed on")
    recipient = (passed_to if passed_to is not None else designated_lead(store, review_id)).strip()
    if not recipient:
        raise PeerviewError(
            "Say who the concern goes to: the host school's designated safeguarding lead "
            "(or the local authority designated officer if it concerns the headteacher)."
        )
    with store.write() as tx:
        _check_review(tx, review_id)
        concern_id = tx.create(
            "safeguarding_concern",
            {
                "review_id": review_id,
                "recorded_by_key_id": store.author_key_id,
                "observed_at": observed,
                "text": text,
                "passed_to": recipient,
                "passed_on_at": passed_on_at,
            },
        )
    log.info("Recorded a safeguarding concern for review %s", review_id)
    return concern_id, tx.changes


def mark_passed_on(
    store: Store, concern_id: str, passed_on_at: str, passed_to: str | None = None
) -> ChangeSet:
    """Record that the concern was passed on (to whom, when)."""
    fields = {"passed_on_at": _check_time(passed_on_at, "The time passed on")}
    if passed_to is not None:
        if not passed_to.strip():
            raise PeerviewError("Say who the concern was passed to.")
        fields["passed_to"] = passed_to.strip()
    with store.write() as tx:
        if not tx.conn.execute(
            select(SafeguardingConcern.id).where(
                SafeguardingConcern.id == concern_id, SafeguardingConcern.deleted.is_(False)
            )
        ).first():
            raise NotFoundError(f"No safeguarding concern {concern_id}.")
        tx.upsert("safeguarding_concern", concern_id, fields)
    return tx.changes


def list_concerns(store: Store, review_id: str) -> list[Concern]:
    with store.session() as s:
        rows = s.scalars(
            select(SafeguardingConcern)
            .where(
                SafeguardingConcern.review_id == review_id,
                SafeguardingConcern.deleted.is_(False),
            )
            .order_by(SafeguardingConcern.observed_at, SafeguardingConcern.id)
        ).all()
    return [
        Concern(
            r.id,
            r.review_id,
            r.observed_at,
            r.text,
            r.passed_to,
            r.passed_on_at,
            r.recorded_by_key_id,
        )
        for r in rows
    ]
