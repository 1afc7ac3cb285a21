"""The visit timetable of a review: activities by day and time slot, with their kind,
place, year group or subject, the reviewers on them and the paired host leader.

Like every planning service, each function validates before it writes and returns the
ChangeSet of its one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Activity, Person, Review, TeamMember
from app.models.review import ACTIVITY_KINDS
from app.services import sources
from app.services.errors import NotFoundError, PeerviewError
from app.services.planning import MAX_TITLE, _check_text, _person, _review_of, _review_row
from app.services.store import ChangeSet, Store, Tx

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class ActivityInput:
    day: str
    start_time: str
    end_time: str
    kind: str
    title: str = ""
    place: str = ""
    year_group: str = ""
    subject: str = ""
    reviewer_ids: tuple[str, ...] = ()
    host_leader_id: str | None = None
    meeting_with: str = ""  # for a meeting: who it was with (decision 0040)

    @classmethod
    def of(cls, activity: Activity) -> ActivityInput:
        return cls(
            activity.day,
            activity.start_time,
            activity.end_time,
            activity.kind,
            activity.title,
            activity.place,
            activity.year_group,
            activity.subject,
            tuple(json.loads(activity.reviewer_ids or "[]")),
            activity.host_leader_id,
            activity.meeting_with,
        )

    def fields(self) -> dict[str, object]:
        return {
            "day": self.day,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "kind": self.kind,
            "title": self.title.strip(),
            "place": self.place.strip(),
            "year_group": self.year_group.strip(),
            "subject": self.subject.strip(),
            "reviewer_ids": json.dumps(list(self.reviewer_ids)),
            "host_leader_id": self.host_leader_id,
            "meeting_with": self.meeting_with if self.kind == "meeting" else "",
        }


def _check_activity(tx: Tx, review_id: str, value: ActivityInput) -> None:
    review = _review_row(tx, review_id)
    if value.kind not in ACTIVITY_KINDS:
        raise PeerviewError(
            f"Unknown activity kind '{value.kind}'; use one of {', '.join(ACTIVITY_KINDS)}."
        )
    sources.check_meeting_with(value.meeting_with, value.kind)
    try:
        dt.date.fromisoformat(value.day)
    except ValueError as exc:
        raise PeerviewError(f"Day '{value.day}' is not a date; write it as YYYY-MM-DD.") from exc
    if not review.start_date <= value.day <= review.end_date:
        raise PeerviewError(
            f"{value.day} is outside the visit ({review.start_date} to {review.end_date}); "
            "choose a day of the visit or change the review's dates."
        )
    for t, what in ((value.start_time, "start"), (value.end_time, "end")):
        if not _TIME.match(t):
            raise PeerviewError(f"The {what} time '{t}' is not a time; write it as HH:MM.")
    if value.end_time <= value.start_time:
        raise PeerviewError(
            f"The activity ends ({value.end_time}) before it starts ({value.start_time})."
        )
    if not (value.title.strip() or value.place.strip() or value.subject.strip()):
        raise PeerviewError("Give the activity a title, a place or a subject, so people know it.")
    _check_text(value.title, "activity title", MAX_TITLE)
    team = set(
        tx.conn.execute(
            select(TeamMember.person_id).where(
                TeamMember.review_id == review_id, TeamMember.deleted.is_(False)
            )
        ).scalars()
    )
    strangers = [p for p in value.reviewer_ids if p not in team]
    if strangers:
        raise PeerviewError("Only members of the review team can be put on an activity.")
    if value.host_leader_id is not None:
        _person(tx, value.host_leader_id)


def add_activity(store: Store, review_id: str, value: ActivityInput) -> tuple[str, ChangeSet]:
    with store.write() as tx:
        _check_activity(tx, review_id, value)
        activity_id = tx.create("activity", {"review_id": review_id, **value.fields()})
    return activity_id, tx.changes


def _activity_review(tx: Tx, activity_id: str, *, deleted: bool = False) -> str:
    return _review_of(tx, Activity, activity_id, "timetable activity", deleted)


def update_activity(store: Store, activity_id: str, value: ActivityInput) -> ChangeSet:
    with store.write() as tx:
        _check_activity(tx, _activity_review(tx, activity_id), value)
        tx.upsert("activity", activity_id, value.fields())
    return tx.changes


def delete_activity(store: Store, activity_id: str) -> ChangeSet:
    """Tombstone an activity; notes made during it keep their activity kind."""
    with store.write() as tx:
        _activity_review(tx, activity_id)
        tx.delete("activity", activity_id)
    return tx.changes


def restore_activity(store: Store, activity_id: str) -> ChangeSet:
    with store.write() as tx:
        _activity_review(tx, activity_id, deleted=True)
        tx.upsert("activity", activity_id, {"deleted": False})
    return tx.changes


def list_activities(store: Store, review_id: str) -> list[Activity]:
    """The timetable in order: by day, then start time, then end time."""
    with store.session() as s:
        return list(
            s.scalars(
                select(Activity)
                .where(Activity.review_id == review_id, Activity.deleted.is_(False))
                .order_by(Activity.day, Activity.start_time, Activity.end_time, Activity.id)
            ).all()
        )


def visit_days(store: Store, review_id: str) -> list[str]:
    """Every day of the visit, as YYYY-MM-DD."""
    with store.session() as s:
        review = s.get(Review, review_id)
    if review is None or review.deleted:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    first = dt.date.fromisoformat(review.start_date)
    last = dt.date.fromisoformat(review.end_date)
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def people_by_id(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """id -> name for the given people (deleted ones too: old activities still show them)."""
    if not ids:
        return {}
    with store.session() as s:
        rows = s.execute(select(Person.id, Person.name).where(Person.id.in_(list(ids)))).all()
    return {i: n for i, n in rows}
