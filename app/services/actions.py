"""The action plan agreed at the improvement workshop, and carrying its open actions into
the next review of the same school, where they are the starting point (the review
cycle's last stage: act on the findings, then review the impact).

Action items do not send a review back to draft: the plan is agreed after the report.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import ActionItem, BrokeredSupport, Finding, Review, table
from app.models.findings import ACTION_STATUSES
from app.services import refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx
from app.translatable import QT_TRANSLATE_NOOP

OPEN_STATUSES = ("not_started", "in_progress")


STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("services.actions", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("services.actions", "In progress"),
    "done": QT_TRANSLATE_NOOP("services.actions", "Done"),
    "carried_forward": QT_TRANSLATE_NOOP("services.actions", "Carried forward"),
}
EDITABLE = ("action", "owner", "success_criteria", "review_date", "status", "finding_id")
MAX_CHARS = 5_000


def _check(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise PeerviewError(f"Action items have no field(s) {', '.join(sorted(unknown))}.")
    out = {
        k: v.strip() if isinstance(v, str) and k != "finding_id" else v for k, v in fields.items()
    }
    if "action" in out and not out["action"]:
        raise PeerviewError("An action needs a description of what will be done.")
    status = out.get("status")
    if status is not None and status not in ACTION_STATUSES:
        raise PeerviewError(
            f"Unknown action status '{status}'; use one of {', '.join(ACTION_STATUSES)}."
        )
    date = out.get("review_date")
    if date:
        try:
            dt.date.fromisoformat(date)
        except ValueError as exc:
            raise PeerviewError(
                f"Review date '{date}' is not a date; write it as YYYY-MM-DD."
            ) from exc
    for name in ("action", "owner", "success_criteria"):
        if len(out.get(name) or "") > MAX_CHARS:
            raise PeerviewError(f"The {name.replace('_', ' ')} is too long (over {MAX_CHARS:,}).")
    return out


def _check_review(conn: Connection, review_id: str) -> None:
    if not conn.execute(
        select(Review.id).where(Review.id == review_id, Review.deleted.is_(False))
    ).first():
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")


def _check_finding(conn: Connection, review_id: str, finding_id: str | None) -> None:
    if finding_id is None:
        return
    row = conn.execute(
        select(Finding.review_id).where(Finding.id == finding_id, Finding.deleted.is_(False))
    ).first()
    if row is None or row.review_id != review_id:
        raise PeerviewError("An action can only follow a finding of its own review.")


def add_action(
    store: Store,
    review_id: str,
    action: str,
    *,
    owner: str = "",
    success_criteria: str = "",
    review_date: str = "",
    status: str = "not_started",
    finding_id: str | None = None,
) -> tuple[str, ChangeSet]:
    fields = _check(
        {
            "action": action,
            "owner": owner,
            "success_criteria": success_criteria,
            "review_date": review_date,
            "status": status,
            "finding_id": finding_id,
        }
    )
    with store.write() as tx:
        _check_review(tx.conn, review_id)
        _check_finding(tx.conn, review_id, finding_id)
        action_id = tx.create("action_item", {"review_id": review_id, **fields})
    return action_id, tx.changes


def _action_review(conn: Connection, action_id: str) -> str:
    row = conn.execute(
        select(ActionItem.review_id).where(
            ActionItem.id == action_id, ActionItem.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise NotFoundError(
            f"No action {action_id}.", hint_cli="See: peerview action list --review ID"
        )
    return str(row.review_id)


def update_action(store: Store, action_id: str, **fields: Any) -> ChangeSet:
    values = _check(fields)
    with store.write() as tx:
        review_id = _action_review(tx.conn, action_id)
        if "finding_id" in values:
            _check_finding(tx.conn, review_id, values["finding_id"])
        tx.upsert("action_item", action_id, values)
    return tx.changes


def delete_action(store: Store, action_id: str) -> ChangeSet:
    with store.write() as tx:
        _action_review(tx.conn, action_id)
        tx.delete("action_item", action_id)
        # Offers of support towards it go with it (decision 0042).
        support = table(BrokeredSupport)
        for offer_id in tx.conn.execute(
            select(support.c.id).where(
                support.c.action_id == action_id, support.c.deleted.is_(False)
            )
        ).scalars():
            tx.delete("brokered_support", offer_id)
    return tx.changes


def resolve_action(store: Store, ref: str) -> str:
    """An action id from its full id or a unique start or end of it."""
    return refs.resolve_record(
        store, "action_item", ref, what="action", listing="peerview action list --review ID"
    )


def list_actions(store: Store, review_id: str) -> list[ActionItem]:
    with store.session() as s:
        return list(
            s.scalars(
                select(ActionItem)
                .where(ActionItem.review_id == review_id, ActionItem.deleted.is_(False))
                .order_by(ActionItem.id)
            ).all()
        )


# --- carrying forward -----------------------------------------------------------------


def previous_review(conn: Connection, review_id: str) -> str | None:
    """The latest earlier review of the same host school, if any."""
    review = table(Review)
    row = conn.execute(
        select(review.c.host_school_id, review.c.start_date).where(review.c.id == review_id)
    ).first()
    if row is None:
        raise NotFoundError(f"No review {review_id}.")
    if row.host_school_id is None:
        return None
    found = conn.execute(
        select(review.c.id)
        .where(
            review.c.host_school_id == row.host_school_id,
            review.c.id != review_id,
            review.c.deleted.is_(False),
            review.c.start_date <= row.start_date,
        )
        .order_by(review.c.start_date.desc(), review.c.id.desc())
        .limit(1)
    ).scalar()
    return str(found) if found else None


def carry_forward(tx: Tx, from_review: str, to_review: str) -> list[str]:
    """Copy the open actions of ``from_review`` into ``to_review`` as its starting point
    and mark the originals carried forward. Returns the new action ids.

    The copy's id derives from the original and the target review, so carrying twice
    (or on two laptops) makes one copy, not two. Links to findings stay behind: they
    belong to the earlier review's findings.
    """
    if from_review == to_review:
        raise PeerviewError("A review cannot carry actions forward into itself.")
    _check_review(tx.conn, from_review)
    _check_review(tx.conn, to_review)
    item = table(ActionItem)
    rows = tx.conn.execute(
        select(item)
        .where(
            item.c.review_id == from_review,
            item.c.deleted.is_(False),
            item.c.status.in_(OPEN_STATUSES),
        )
        .order_by(item.c.id)
    ).all()
    created = []
    for row in rows:
        new_id = join_id("action_carried", row.id, to_review)
        tx.upsert(
            "action_item",
            new_id,
            {
                "review_id": to_review,
                "finding_id": None,
                "action": row.action,
                "owner": row.owner,
                "success_criteria": row.success_criteria,
                "review_date": row.review_date,
                "status": row.status,
                "deleted": False,
            },
        )
        tx.upsert("action_item", row.id, {"status": "carried_forward"})
        created.append(new_id)
    return created


def carry_forward_from_previous(tx: Tx, to_review: str) -> list[str]:
    """What review creation calls: start from the previous review's open actions."""
    previous = previous_review(tx.conn, to_review)
    return carry_forward(tx, previous, to_review) if previous else []


def carry_forward_reviews(store: Store, from_review: str, to_review: str) -> ChangeSet:
    """``carry_forward`` in its own transaction (the CLI and GUI call this)."""
    with store.write() as tx:
        carry_forward(tx, from_review, to_review)
    return tx.changes
