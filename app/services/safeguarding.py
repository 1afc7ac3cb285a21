"""Safeguarding concerns seen or heard during a visit.

A concern is not evidence. It lives in its own table (``safeguarding_concern``) and no
evidence query reads that table, so it never appears in the notes list, search, coverage
or the report. It goes to the host school's designated safeguarding lead (DSL) in person,
the same day; the record says who it went to and when. It is still written through the
change log, like every change, so that it is audited and never silently lost.

On a visiting reviewer's laptop a concern must not outlive its hand-over: the hand-over
step (``hand_over``, with the printable record from app/reports/handover.py for the host
DSL's own system: CPOMS, MyConcern or paper) starts a short clock, 7 days by default, after
which ``erase_due`` erases the concern's text through app/services/erasure.py. What stays
is only that a concern was handed over, when and to whom (decision 0038).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Person, Review, SafeguardingConcern, TeamMember
from app.services import erasure, refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

MAX_CONCERN_CHARS = 20_000
# Days from the hand-over to the erasure of the visitor's copy: long enough to answer the
# DSL's questions in the days after the visit, short enough not to keep it.
ERASE_AFTER_DAYS = 7
MAX_ERASE_AFTER_DAYS = 90


@dataclass(frozen=True)
class Concern:
    id: str
    review_id: str
    observed_at: str
    text: str
    passed_to: str
    passed_on_at: str
    recorded_by_key_id: str | None
    erase_after_days: int | None = None  # None: ERASE_AFTER_DAYS
    erased_at: str = ""

    @property
    def erase_due_at(self) -> str:
        """When the concern is due to be erased ('' until it is handed over)."""
        if not self.passed_on_at or self.erased_at:
            return ""
        days = ERASE_AFTER_DAYS if self.erase_after_days is None else self.erase_after_days
        return (_local(self.passed_on_at) + dt.timedelta(days=days)).isoformat(timespec="minutes")

    def is_due(self, now: dt.datetime) -> bool:
        return bool(self.erase_due_at) and _local(self.erase_due_at) <= _local_now(now)


def _local(value: str) -> dt.datetime:
    """A stored time as a naive local time (times of concerns are typed as local times)."""
    moment = dt.datetime.fromisoformat(value)
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _local_now(now: dt.datetime | None) -> dt.datetime:
    now = now or dt.datetime.now()
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


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
        row = tx.conn.execute(
            select(SafeguardingConcern.erased_at).where(
                SafeguardingConcern.id == concern_id, SafeguardingConcern.deleted.is_(False)
            )
        ).first()
        if row is None:
            raise NotFoundError(f"No safeguarding concern {concern_id}.")
        if row.erased_at:
            raise PeerviewError("This concern was erased after its hand-over; nothing to change.")
        tx.upsert("safeguarding_concern", concern_id, fields)
    return tx.changes


def hand_over(
    store: Store,
    concern_id: str,
    *,
    passed_to: str | None = None,
    passed_on_at: str | None = None,
    erase_after_days: int | None = None,
) -> ChangeSet:
    """Record the hand-over to the host's DSL (now, unless ``passed_on_at``) and when the
    concern is erased from Peerview: ``erase_after_days`` after it (None: 7 days)."""
    when = check_handover(passed_on_at, erase_after_days)
    with store.write():  # one transaction: the hand-over and its erasure schedule
        changes = mark_passed_on(store, concern_id, when, passed_to)
        with store.write() as tx:
            tx.upsert("safeguarding_concern", concern_id, {"erase_after_days": erase_after_days})
        changes.extend(tx.changes)
    return changes


def check_handover(passed_on_at: str | None, erase_after_days: int | None) -> str:
    """The hand-over time (now when not given), once both values are known to be good."""
    if erase_after_days is not None and not 0 <= erase_after_days <= MAX_ERASE_AFTER_DAYS:
        raise PeerviewError(
            f"Give a number of days from 0 to {MAX_ERASE_AFTER_DAYS} before the concern is "
            "erased; the host's own system keeps the record."
        )
    if passed_on_at:
        return _check_time(passed_on_at, "The time handed over")
    return dt.datetime.now().isoformat(timespec="minutes")


def resolve_concern(store: Store, ref: str) -> str:
    """A concern id from its full id or a unique start or end of it."""
    return refs.resolve_record(
        store,
        "safeguarding_concern",
        ref,
        what="safeguarding concern",
        listing="peerview safeguarding list --review ID",
    )


def get_concern(store: Store, concern_id: str) -> Concern:
    with store.session() as s:
        row = s.get(SafeguardingConcern, concern_id)
        if row is None or row.deleted:
            raise NotFoundError(
                f"No safeguarding concern {concern_id}.",
                hint_cli="See: peerview safeguarding list --review ID",
            )
        return _concern(row)


def due_for_erasure(store: Store, now: dt.datetime | None = None) -> list[Concern]:
    """Concerns handed over long enough ago to be erased now, in every review."""
    with store.session() as s:
        rows = s.scalars(
            select(SafeguardingConcern).where(
                SafeguardingConcern.deleted.is_(False),
                SafeguardingConcern.passed_on_at != "",
                SafeguardingConcern.erased_at == "",
            )
        ).all()
        found = [_concern(r) for r in rows]
    moment = _local_now(now)
    return [c for c in found if c.is_due(moment)]


def erase_due(store: Store, now: dt.datetime | None = None) -> list[erasure.Erased]:
    """Erase every concern whose time after hand-over has passed (each its own
    transaction). The fact of the hand-over, when and to whom, stays."""
    moment = now or dt.datetime.now(dt.UTC)
    return [erasure.erase_concern(store, c.id, moment) for c in due_for_erasure(store, moment)]


def _concern(r: SafeguardingConcern) -> Concern:
    return Concern(
        r.id,
        r.review_id,
        r.observed_at,
        r.text,
        r.passed_to,
        r.passed_on_at,
        r.recorded_by_key_id,
        r.erase_after_days,
        r.erased_at,
    )


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
        return [_concern(r) for r in rows]
