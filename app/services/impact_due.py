"""What after-review work has fallen due (decision 0044): actions of a plan whose review
date has passed while they are still open, and impact reviews whose next date has passed
with no impact review held since. Home lists them, and ``peerview impact due``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.models import ActionItem, ImpactReview, Review, table
from app.services.actions import OPEN_STATUSES
from app.services.store import Store
from app.translatable import QT_TRANSLATE_NOOP

_action, _impact, _review = table(ActionItem), table(ImpactReview), table(Review)


_ACTION_DUE = QT_TRANSLATE_NOOP(
    "services.impact_due", "Action to review since {when}: {what}, {review}"
)
_IMPACT_DUE = QT_TRANSLATE_NOOP("services.impact_due", "Impact review due since {when}: {review}")


@dataclass(frozen=True)
class Due:
    kind: str  # "action" or "impact_review"
    review_id: str
    review_title: str
    record_id: str  # the action, or the last impact review
    what: str  # the action's words, or "Impact review"
    due_on: str

    def line(self, translate: Callable[[str], str] = str) -> str:
        """The reminder in words; ``translate`` words it in the window's language."""
        from app import dates

        when = dates.date_long(self.due_on)
        if self.kind == "action":
            return translate(_ACTION_DUE).format(
                when=when, what=self.what, review=self.review_title
            )
        return translate(_IMPACT_DUE).format(when=when, review=self.review_title)


def overdue(conn: Connection, today: dt.date, review_ids: Iterable[str] | None = None) -> list[Due]:
    """Everything due before ``today``, oldest first (of ``review_ids`` when given)."""
    limit = today.isoformat()
    live = _review.c.deleted.is_(False) & _review.c.archived.is_(False)
    wanted = None if review_ids is None else list(review_ids)
    actions = (
        select(
            _action.c.id,
            _action.c.action,
            _action.c.review_date,
            _review.c.id.label("rid"),
            _review.c.title,
        )
        .join(_review, _review.c.id == _action.c.review_id)
        .where(
            live,
            _action.c.deleted.is_(False),
            _action.c.status.in_(OPEN_STATUSES),
            _action.c.review_date != "",
            _action.c.review_date < limit,
        )
    )
    if wanted is not None:
        actions = actions.where(_review.c.id.in_(wanted))
    found = [
        Due("action", str(r.rid), str(r.title), str(r.id), str(r.action), str(r.review_date))
        for r in conn.execute(actions)
    ]
    # The latest impact review of each review: its next date is what is due.
    latest = (
        select(_impact.c.review_id, func.max(_impact.c.held_on).label("held_on"))
        .where(_impact.c.deleted.is_(False))
        .group_by(_impact.c.review_id)
        .subquery()
    )
    impacts = (
        select(_impact.c.id, _impact.c.next_on, _review.c.id.label("rid"), _review.c.title)
        .join(
            latest,
            (latest.c.review_id == _impact.c.review_id) & (latest.c.held_on == _impact.c.held_on),
        )
        .join(_review, _review.c.id == _impact.c.review_id)
        .where(
            live, _impact.c.deleted.is_(False), _impact.c.next_on != "", _impact.c.next_on < limit
        )
    )
    if wanted is not None:
        impacts = impacts.where(_review.c.id.in_(wanted))
    seen: set[str] = set()
    for r in conn.execute(impacts.order_by(_impact.c.id)):
        if str(r.rid) in seen:  # two held the same latest day: one reminder
            continue
        seen.add(str(r.rid))
        found.append(
            Due(
                "impact_review",
                str(r.rid),
                str(r.title),
                str(r.id),
                "Impact review",
                str(r.next_on),
            )
        )
    return sorted(found, key=lambda d: (d.due_on, d.review_title, d.what))


def for_me(store: Store, today: dt.date) -> list[Due]:
    """What is overdue on the reviews this person is on the team of."""
    from app.services import reviews

    mine = reviews.my_roles(store)
    with store.read() as conn:
        return overdue(conn, today, list(mine))
