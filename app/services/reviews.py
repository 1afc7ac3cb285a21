"""Partnerships, schools, people and reviews: creating them and reading them back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.models import (
    Activity,
    EnquiryQuestion,
    EvidenceNote,
    Finding,
    FrameworkVersion,
    Person,
    Review,
    School,
    TeamMember,
)
from app.models.org import PERSON_ROLES
from app.models.review import ACTIVITY_KINDS, REVIEW_STATUSES, TEAM_ROLES
from app.services import refs, sources
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx


@dataclass(frozen=True)
class ReviewSummary:
    id: str
    title: str
    host_school: str
    start_date: str
    end_date: str
    status: str
    notes: int
    findings: int
    archived: bool
    role: str = ""  # this person's team role on the review ('' when not on the team)


@dataclass
class ReviewDetail:
    summary: ReviewSummary
    focus: str
    self_evaluation: str
    framework_version_id: str | None
    framework_label: str
    enquiry_questions: list[tuple[str, str]] = field(default_factory=list)  # (id, text)
    team: list[tuple[str, str, str]] = field(default_factory=list)  # (person id, name, role)
    activities: list[Activity] = field(default_factory=list)


def _check_date(value: str, what: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise PeerviewError(f"{what} '{value}' is not a date; write it as YYYY-MM-DD.") from exc
    return value


def create_partnership(tx: Tx, name: str) -> str:
    return tx.create("partnership", {"name": name.strip()})


def create_school(
    tx: Tx, name: str, partnership_id: str | None, town: str = "", phase: str = "primary"
) -> str:
    if not name.strip():
        raise PeerviewError("A school needs a name.")
    return tx.create(
        "school",
        {"name": name.strip(), "partnership_id": partnership_id, "town": town, "phase": phase},
    )


def create_person(
    tx: Tx, name: str, school_id: str | None, role: str, key_id: str | None = None
) -> str:
    if role not in PERSON_ROLES:
        raise PeerviewError(f"Unknown role '{role}'; use one of {', '.join(PERSON_ROLES)}.")
    return tx.create(
        "person", {"name": name.strip(), "school_id": school_id, "role": role, "key_id": key_id}
    )


def create_review(
    tx: Tx,
    *,
    host_school_id: str,
    framework_version_id: str,
    title: str,
    start_date: str,
    end_date: str,
    focus: str = "",
    self_evaluation: str = "",
    enquiry_questions: Sequence[str] = (),
    partnership_id: str | None = None,
    carry_actions: bool = True,
) -> str:
    _check_date(start_date, "Start date")
    _check_date(end_date, "End date")
    if end_date < start_date:
        raise PeerviewError(f"The review ends ({end_date}) before it starts ({start_date}).")
    if not tx.conn.execute(
        select(FrameworkVersion.id).where(FrameworkVersion.id == framework_version_id)
    ).first():
        raise NotFoundError(f"No framework version {framework_version_id}.")
    review_id = tx.create(
        "review",
        {
            "partnership_id": partnership_id,
            "host_school_id": host_school_id,
            "title": title.strip(),
            "start_date": start_date,
            "end_date": end_date,
            "focus": focus.strip(),
            "self_evaluation": self_evaluation.strip(),
            "status": "planning",
            "framework_version_id": framework_version_id,
        },
    )
    for position, question in enumerate(q for q in enquiry_questions if q.strip()):
        tx.create(
            "enquiry_question",
            {"review_id": review_id, "text": question.strip(), "position": position},
        )
    if carry_actions:
        # The next review of a school starts from the open actions of the one before.
        from app.services.actions import carry_forward_from_previous

        carry_forward_from_previous(tx, review_id)
    return review_id


def add_team_member(tx: Tx, review_id: str, person_id: str, role: str) -> str:
    if role not in TEAM_ROLES:
        raise PeerviewError(f"Unknown team role '{role}'; use one of {', '.join(TEAM_ROLES)}.")
    return tx.create("team_member", {"review_id": review_id, "person_id": person_id, "role": role})


def add_activity(
    tx: Tx,
    review_id: str,
    *,
    day: str,
    start_time: str,
    end_time: str,
    kind: str,
    title: str,
    place: str = "",
    year_group: str = "",
    subject: str = "",
    reviewer_ids: Sequence[str] = (),
    host_leader_id: str | None = None,
    meeting_with: str = "",
) -> str:
    if kind not in ACTIVITY_KINDS:
        raise PeerviewError(
            f"Unknown activity kind '{kind}'; use one of {', '.join(ACTIVITY_KINDS)}."
        )
    sources.check_meeting_with(meeting_with, kind)
    return tx.create(
        "activity",
        {
            "review_id": review_id,
            "day": _check_date(day, "Activity day"),
            "start_time": start_time,
            "end_time": end_time,
            "kind": kind,
            "title": title,
            "place": place,
            "year_group": year_group,
            "subject": subject,
            "reviewer_ids": json.dumps(list(reviewer_ids)),
            "host_leader_id": host_leader_id,
            "meeting_with": meeting_with,
        },
    )


def set_status(store: Store, review_id: str, status: str) -> ChangeSet:
    if status not in REVIEW_STATUSES:
        raise PeerviewError(f"Unknown status '{status}'; use one of {', '.join(REVIEW_STATUSES)}.")
    with store.write() as tx:
        tx.upsert("review", review_id, {"status": status})
    return tx.changes


def list_reviews(
    store: Store, include_archived: bool = True, *, only: str | None = None
) -> list[ReviewSummary]:
    """Every live review with its counts; ``only``: just that one (its counts are all a
    single review's page needs, and counting every review's notes is not free)."""
    notes = (
        select(func.count())
        .where(EvidenceNote.review_id == Review.id, EvidenceNote.deleted.is_(False))
        .scalar_subquery()
    )
    findings = (
        select(func.count())
        .where(Finding.review_id == Review.id, Finding.deleted.is_(False))
        .scalar_subquery()
    )
    query = (
        select(Review, School.name, notes, findings)
        .outerjoin(School, School.id == Review.host_school_id)
        .where(Review.deleted.is_(False))
        .order_by(Review.start_date.desc(), Review.id)
    )
    if not include_archived:
        query = query.where(Review.archived.is_(False))
    if only is not None:
        query = query.where(Review.id == only)
    with store.session() as s:
        rows = s.execute(query).all()
    roles = my_roles(store)
    return [_summary(r, school or "", n, f, roles.get(r.id, "")) for r, school, n, f in rows]


def _summary(r: Review, school: str, notes: int, findings: int, role: str) -> ReviewSummary:
    return ReviewSummary(
        r.id, r.title, school, r.start_date, r.end_date, r.status, notes, findings, r.archived, role
    )


# Team roles, most senior first: "your role" on a review shows the first that applies.
ROLE_ORDER = (
    "lead_reviewer",
    "reviewer",
    "headteacher",
    "host_leader",
    "dsl",
    "improvement_champion",
)


def role_rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def my_roles(store: Store) -> dict[str, str]:
    """review id -> this person's team role, for every review they are on the team of.

    "This person" is the one whose ``person.key_id`` is the store's author key id.
    """
    with store.session() as s:
        rows = s.execute(
            select(TeamMember.review_id, TeamMember.role)
            .join(Person, Person.id == TeamMember.person_id)
            .where(
                Person.key_id == store.author_key_id,
                Person.deleted.is_(False),
                TeamMember.deleted.is_(False),
            )
        ).all()
    out: dict[str, str] = {}
    for review_id, role in rows:
        current = out.get(review_id)
        if current is None or role_rank(role) < role_rank(current):
            out[review_id] = role
    return out


def resolve_review(store: Store, ref: str) -> str:
    """A review id from its full id or a unique start or end of it (app/services/refs.py)."""
    return refs.resolve_record(store, "review", ref, what="review", listing="peerview review list")


def get_review(store: Store, review_id: str) -> ReviewDetail:
    summaries = {r.id: r for r in list_reviews(store, only=review_id)}
    if review_id not in summaries:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    with store.session() as s:
        review = s.get(Review, review_id)
        assert review is not None
        label = ""
        if review.framework_version_id:
            version = s.get(FrameworkVersion, review.framework_version_id)
            label = version.label if version else ""
        questions = s.execute(
            select(EnquiryQuestion.id, EnquiryQuestion.text)
            .where(EnquiryQuestion.review_id == review_id, EnquiryQuestion.deleted.is_(False))
            .order_by(EnquiryQuestion.position)
        ).all()
        team = s.execute(
            select(Person.id, Person.name, TeamMember.role)
            .join(Person, Person.id == TeamMember.person_id)
            .where(TeamMember.review_id == review_id, TeamMember.deleted.is_(False))
            .order_by(TeamMember.role != "lead_reviewer", Person.name)
        ).all()
        activities = s.scalars(
            select(Activity)
            .where(Activity.review_id == review_id, Activity.deleted.is_(False))
            .order_by(Activity.day, Activity.start_time)
        ).all()
    return ReviewDetail(
        summary=summaries[review_id],
        focus=review.focus,
        self_evaluation=review.self_evaluation,
        framework_version_id=review.framework_version_id,
        framework_label=label,
        enquiry_questions=[(q.id, q.text) for q in questions],
        team=[(t.id, t.name, t.role) for t in team],
        activities=list(activities),
    )
