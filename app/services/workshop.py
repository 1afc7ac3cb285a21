"""The improvement workshop: where the host school, led by a facilitator (often the
improvement champion), turned the review's findings into the action plan (decision 0044).

A record per workshop: when, who led it, who took part, which actions of the plan were
agreed there and, in words, anything agreed that is not an action of the plan. It belongs
to the review and is recorded by the same people as its impact reviews.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from app.models import ImprovementWorkshop, table
from app.services.errors import NotFoundError, PeerviewError
from app.services.impact import MAX_NAMES, _live_review, day, review_actions, text
from app.services.store import ChangeSet, Store

LISTING = "peerview impact list --review ID"

_workshop = table(ImprovementWorkshop)


@dataclass(frozen=True)
class Workshop:
    id: str
    review_id: str
    held_on: str
    facilitator: str
    participants: str
    agreed: str
    # (action id, what the action says) of the plan's actions agreed there
    actions: list[tuple[str, str]] = field(default_factory=list)


def _action_ids(conn: Connection, review_id: str, action_ids: Sequence[str]) -> list[str]:
    live = {str(r.id) for r in review_actions(conn, review_id)}
    out: list[str] = []
    for action_id in action_ids:
        if action_id not in live:
            raise PeerviewError(
                f"No action {action_id} on this review's action plan. Nothing was changed.",
                hint_cli="See: peerview action list --review ID",
            )
        if action_id not in out:
            out.append(action_id)
    return out


def _fields(held_on: str, facilitator: str, participants: str, agreed: str) -> dict[str, Any]:
    fields = {
        "held_on": day(held_on, "date of the workshop"),
        "facilitator": text(facilitator, "facilitator's name", MAX_NAMES),
        "participants": text(participants, "list of who took part", MAX_NAMES),
        "agreed": text(agreed, "actions agreed"),
    }
    if not fields["facilitator"]:
        raise PeerviewError(
            "Say who facilitated the workshop. Nothing was changed.",
            hint_cli="Add: --facilitator NAME",
        )
    return fields


def record(
    store: Store,
    review_id: str,
    *,
    held_on: str,
    facilitator: str,
    participants: str = "",
    agreed: str = "",
    action_ids: Sequence[str] = (),
) -> tuple[str, ChangeSet]:
    """Record a workshop; every value is checked before anything is written."""
    fields = _fields(held_on, facilitator, participants, agreed)
    with store.write() as tx:
        _live_review(tx.conn, review_id)
        ids = _action_ids(tx.conn, review_id, action_ids)
        if not ids and not fields["agreed"]:
            raise PeerviewError(
                "Name the actions agreed at the workshop, or say in words what was agreed. "
                "Nothing was changed.",
                hint_cli="Add: --action ID (repeat it) or --agreed TEXT",
            )
        workshop_id = tx.create(
            "improvement_workshop",
            {"review_id": review_id, **fields, "action_ids": json.dumps(ids)},
        )
    return workshop_id, tx.changes


def update(
    store: Store,
    workshop_id: str,
    *,
    held_on: str,
    facilitator: str,
    participants: str = "",
    agreed: str = "",
    action_ids: Sequence[str] = (),
) -> ChangeSet:
    fields = _fields(held_on, facilitator, participants, agreed)
    with store.write() as tx:
        row = tx.conn.execute(
            select(_workshop.c.review_id).where(
                _workshop.c.id == workshop_id, _workshop.c.deleted.is_(False)
            )
        ).first()
        if row is None:
            raise NotFoundError(f"No improvement workshop {workshop_id}.", hint_cli=LISTING)
        ids = _action_ids(tx.conn, str(row.review_id), action_ids)
        tx.upsert("improvement_workshop", workshop_id, {**fields, "action_ids": json.dumps(ids)})
    return tx.changes


def listed(conn: Connection, review_id: str) -> list[Workshop]:
    """The review's workshops, latest first; only the review's own live actions are named."""
    actions = {str(r.id): str(r.action) for r in review_actions(conn, review_id)}
    out = []
    for r in conn.execute(
        select(_workshop)
        .where(_workshop.c.review_id == review_id, _workshop.c.deleted.is_(False))
        .order_by(_workshop.c.held_on.desc(), _workshop.c.id.desc())
    ):
        try:
            ids = json.loads(r.action_ids or "[]")
        except ValueError:
            ids = []
        named = [(i, actions[i]) for i in ids if isinstance(i, str) and i in actions]
        out.append(
            Workshop(
                str(r.id),
                review_id,
                str(r.held_on),
                str(r.facilitator),
                str(r.participants),
                str(r.agreed),
                named,
            )
        )
    return out


def for_review(store: Store, review_id: str) -> list[Workshop]:
    with store.read() as conn:
        return listed(conn, review_id)
