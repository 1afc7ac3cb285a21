"""Brokered support: a partner school offers support towards an action of a review's
plan, and the offer's progress is tracked, in words (decision 0042).

An offer belongs to its action, so to its review: it travels in the review's bundles,
and whoever may change the action plan (the review's leads, the partnership lead and
its team, the host's people included) records it. The supporting school must be a member
of the review's partnership other than the host; one offer per action and school (a
join id of the two), moved on through the states below. A record that arrives naming an
action of another review, or a school no longer in the partnership, is not listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import ActionItem, BrokeredSupport, Review, School, table
from app.models.findings import SUPPORT_STATES
from app.services import partnership, refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store
from app.services.typed_text import typed
from app.translatable import QT_TRANSLATE_NOOP

STATE_LABELS = {
    "offered": QT_TRANSLATE_NOOP("services.support", "Offered"),
    "agreed": QT_TRANSLATE_NOOP("services.support", "Agreed"),
    "under_way": QT_TRANSLATE_NOOP("services.support", "Under way"),
    "completed": QT_TRANSLATE_NOOP("services.support", "Completed"),
    "declined": QT_TRANSLATE_NOOP("services.support", "Declined"),
}
MAX_CHARS = 2_000
LISTING = "peerview action support list --review ID"

_support, _action = table(BrokeredSupport), table(ActionItem)
_review, _school = table(Review), table(School)


@dataclass(frozen=True)
class Support:
    id: str
    action_id: str
    action: str
    school_id: str
    school: str
    text: str
    contact: str
    state: str
    state_on: str
    note: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


def _text(value: str, what: str) -> str:
    return typed(value, what, MAX_CHARS)


def state_key(state: str) -> str:
    key = state.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in SUPPORT_STATES:
        words = ", ".join(STATE_LABELS[s].lower() for s in SUPPORT_STATES)
        raise PeerviewError(
            f"'{state}' is not a state of an offer of support; use one of: {words}. "
            "Nothing was changed."
        )
    return key


def _day(on: str | None) -> str:
    if on is None:
        return dt.date.today().isoformat()
    return partnership.iso_day(on, "The date").isoformat()


def _action_review(conn: Connection, action_id: str) -> tuple[str, str | None, str | None]:
    """(review id, its partnership, its host school) of a live action."""
    row = conn.execute(
        select(_action.c.review_id, _review.c.partnership_id, _review.c.host_school_id)
        .join(_review, _review.c.id == _action.c.review_id)
        .where(_action.c.id == action_id, _action.c.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(
            f"No action {action_id}.", hint_cli="See: peerview action list --review ID"
        )
    return str(row.review_id), row.partnership_id, row.host_school_id


def partner_schools(conn: Connection, review_id: str) -> list[tuple[str, str]]:
    """(id, name) of the schools that may offer the review's host support: the members of
    its partnership other than the host, by name."""
    row = conn.execute(
        select(_review.c.partnership_id, _review.c.host_school_id).where(_review.c.id == review_id)
    ).first()
    if row is None or not row.partnership_id:
        return []
    rows = conn.execute(
        select(_school.c.id, _school.c.name)
        .where(
            _school.c.partnership_id == row.partnership_id,
            _school.c.deleted.is_(False),
            _school.c.id != (row.host_school_id or ""),
        )
        .order_by(_school.c.name)
    ).all()
    return [(str(r.id), str(r.name)) for r in rows]


def offer(
    store: Store,
    action_id: str,
    school: str,
    *,
    text: str = "",
    contact: str = "",
    on: str | None = None,
) -> tuple[str, ChangeSet]:
    """Record that ``school`` (its name, the start of it, or its id) offers support
    towards the action. Refused, before anything is written, unless the school is a
    member of the review's partnership other than the host."""
    fields = {"text": _text(text, "offer"), "contact": _text(contact, "contact")}
    day = _day(on)
    with store.write() as tx:
        review_id, group, host = _action_review(tx.conn, action_id)
        if not group:
            raise PeerviewError(
                "This review belongs to no partnership, so no partner school can offer "
                "support. Nothing was changed."
            )
        school_id, name = partnership.resolve_school(tx.conn, group, school)
        if school_id == host:
            raise PeerviewError(
                f"{name} is the host school: support is offered by another member of the "
                "partnership. Nothing was changed."
            )
        support_id = join_id("brokered_support", action_id, school_id)
        existing = tx.conn.execute(
            select(_support.c.deleted).where(_support.c.id == support_id)
        ).scalar()
        if existing is False:
            raise PeerviewError(
                f"{name} already offers support towards this action; move the offer on "
                "instead. Nothing was changed.",
                hint_cli="peerview action support set OFFER STATE",
            )
        tx.upsert(
            "brokered_support",
            support_id,
            {
                "review_id": review_id,
                "action_id": action_id,
                "school_id": school_id,
                **fields,
                "state": "offered",
                "state_on": day,
                "note": "",
                "deleted": False,
            },
        )
    return support_id, tx.changes


def _live(conn: Connection, support_id: str) -> None:
    found = conn.execute(
        select(_support.c.id).where(_support.c.id == support_id, _support.c.deleted.is_(False))
    ).first()
    if found is None:
        raise NotFoundError(f"No offer of support {support_id}.", hint_cli=f"See: {LISTING}")


def move(
    store: Store, support_id: str, state: str, *, note: str = "", on: str | None = None
) -> ChangeSet:
    """The offer moved on (agreed, under way, completed, declined: any state, so a slip
    can be put right; the change log keeps every step)."""
    fields = {"state": state_key(state), "note": _text(note, "note"), "state_on": _day(on)}
    with store.write() as tx:
        _live(tx.conn, support_id)
        tx.upsert("brokered_support", support_id, fields)
    return tx.changes


def withdraw(store: Store, support_id: str) -> ChangeSet:
    """Take an offer off the plan (recorded in error)."""
    with store.write() as tx:
        _live(tx.conn, support_id)
        tx.delete("brokered_support", support_id)
    return tx.changes


def resolve_support(store: Store, ref: str) -> str:
    return refs.resolve_record(
        store, "brokered_support", ref, what="offer of support", listing=LISTING
    )


def listed(conn: Connection, review_id: str) -> list[Support]:
    """The review's offers, in the plan's order of actions, then by school. Only offers whose action is the
    review's and whose school is a member other than the host are listed: a forged or
    stale record naming anything else is left out rather than shown wrongly."""
    allowed = dict(partner_schools(conn, review_id))
    rows = conn.execute(
        select(_support, _action.c.action.label("action_text"))
        .join(_action, _action.c.id == _support.c.action_id)
        .where(
            _support.c.review_id == review_id,
            _support.c.deleted.is_(False),
            _action.c.review_id == review_id,
            _action.c.deleted.is_(False),
        )
        .order_by(_action.c.id, _support.c.id)
    ).all()
    found = [
        Support(
            id=str(r.id),
            action_id=str(r.action_id),
            action=str(r.action_text),
            school_id=str(r.school_id),
            school=allowed[r.school_id],
            text=str(r.text),
            contact=str(r.contact),
            state=str(r.state),
            state_on=str(r.state_on),
            note=str(r.note),
        )
        for r in rows
        if r.school_id in allowed
    ]
    return sorted(found, key=lambda s: (s.action_id, s.school.casefold()))


def for_review(store: Store, review_id: str) -> list[Support]:
    with store.read() as conn:
        return listed(conn, review_id)


def for_review_of_action(store: Store, action_id: str) -> list[Support]:
    """The offers listed on the review an action belongs to."""
    with store.read() as conn:
        review_id, _, _ = _action_review(conn, action_id)
        return listed(conn, review_id)
