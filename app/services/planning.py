"""Planning a review: its title, dates, focus and self-evaluation, enquiry questions, team,
visit timetable, and archiving. Creating a whole review at once (the New review dialog).

Every function validates completely before it opens a write, so bad input leaves every
stored byte as it was, and returns the ChangeSet of its one transaction for the GUI to
publish (and for undo to act on).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.models import (
    Activity,
    EnquiryQuestion,
    FrameworkVersion,
    Person,
    Review,
    School,
    TeamMember,
)
from app.models.org import PERSON_ROLES
from app.models.review import TEAM_ROLES
from app.services import reviews
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

MAX_TITLE = 200
MAX_TEXT = 20_000
MAX_QUESTION = 1_000

ROLE_ORDER = reviews.ROLE_ORDER
my_roles = reviews.my_roles
_rank = reviews.role_rank


# -- reading ---------------------------------------------------------------------------


def _review_row(tx: Tx, review_id: str) -> _Dates:
    row = tx.conn.execute(
        select(Review.start_date, Review.end_date).where(
            Review.id == review_id, Review.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return _Dates(row.start_date, row.end_date)


@dataclass(frozen=True)
class _Dates:
    start_date: str
    end_date: str


@dataclass(frozen=True)
class PersonChoice:
    id: str
    name: str
    school: str
    role: str


def list_people(store: Store) -> list[PersonChoice]:
    """Everyone this installation knows, for team and host-leader pickers."""
    with store.session() as s:
        rows = s.execute(
            select(Person.id, Person.name, School.name, Person.role)
            .outerjoin(School, School.id == Person.school_id)
            .where(Person.deleted.is_(False))
            .order_by(func.lower(Person.name))
        ).all()
    return [PersonChoice(i, n, sch or "", r) for i, n, sch, r in rows]


def list_schools(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every school, by name."""
    with store.session() as s:
        rows = s.execute(
            select(School.id, School.name)
            .where(School.deleted.is_(False))
            .order_by(func.lower(School.name))
        ).all()
    return [(i, n) for i, n in rows]


# -- the review's own fields -----------------------------------------------------------


def _check_text(value: str, what: str, limit: int) -> str:
    if len(value) > limit:
        raise PeerviewError(f"The {what} is {len(value):,} characters; shorten it to {limit:,}.")
    return value


def _check_dates(start: str, end: str) -> None:
    for value, what in ((start, "Start date"), (end, "End date")):
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise PeerviewError(f"{what} '{value}' is not a date; write it as YYYY-MM-DD.") from exc
    if end < start:
        raise PeerviewError(f"The review ends ({end}) before it starts ({start}); fix the dates.")


def update_review(
    store: Store,
    review_id: str,
    *,
    title: str | None = None,
    focus: str | None = None,
    self_evaluation: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> ChangeSet:
    """Change any of the review's planning fields. Text is stored as typed (not stripped):
    the planning page saves while the person types, and stripping would eat their spaces."""
    fields: dict[str, str] = {}
    if title is not None:
        if not title.strip():
            raise PeerviewError("A review needs a title; type one, for example the host school.")
        fields["title"] = _check_text(title, "title", MAX_TITLE)
    if focus is not None:
        fields["focus"] = _check_text(focus, "focus", MAX_TEXT)
    if self_evaluation is not None:
        fields["self_evaluation"] = _check_text(
            self_evaluation, "self-evaluation summary", MAX_TEXT
        )
    with store.write() as tx:
        review = _review_row(tx, review_id)
        if start_date is not None or end_date is not None:
            start = start_date if start_date is not None else review.start_date
            end = end_date if end_date is not None else review.end_date
            _check_dates(start, end)
            fields.update(start_date=start, end_date=end)
        if fields:
            tx.upsert("review", review_id, fields)
    return tx.changes


def set_archived(store: Store, review_id: str, archived: bool) -> ChangeSet:
    """Archive (hide from the default list) or bring back a review. Nothing is deleted."""
    with store.write() as tx:
        _review_row(tx, review_id)
        tx.upsert("review", review_id, {"archived": archived})
    return tx.changes


# -- enquiry questions -----------------------------------------------------------------


def _question_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise PeerviewError("An enquiry question needs some text; type the question.")
    return _check_text(text, "enquiry question", MAX_QUESTION)


def _questions(tx: Tx, review_id: str) -> list[str]:
    return list(
        tx.conn.execute(
            select(EnquiryQuestion.id)
            .where(EnquiryQuestion.review_id == review_id, EnquiryQuestion.deleted.is_(False))
            .order_by(EnquiryQuestion.position, EnquiryQuestion.id)
        ).scalars()
    )


def _review_of(
    tx: Tx, model: type[EnquiryQuestion | Activity], record_id: str, what: str, deleted: bool
) -> str:
    """The review a question or activity belongs to (a live one, or a deleted one to
    restore); NotFoundError naming ``what`` otherwise."""
    row = tx.conn.execute(
        select(model.review_id).where(model.id == record_id, model.deleted.is_(deleted))
    ).first()
    if row is None:
        raise NotFoundError(f"No {what} {record_id}.")
    return str(row.review_id)


def _question_review(tx: Tx, question_id: str, *, deleted: bool = False) -> str:
    return _review_of(tx, EnquiryQuestion, question_id, "enquiry question", deleted)


def add_question(
    store: Store, review_id: str, text: str, position: int | None = None
) -> tuple[str, ChangeSet]:
    """A new enquiry question, last (or at ``position``, moving the others down)."""
    text = _question_text(text)
    with store.write() as tx:
        _review_row(tx, review_id)
        order = _questions(tx, review_id)
        question_id = tx.create(
            "enquiry_question", {"review_id": review_id, "text": text, "position": len(order)}
        )
        if position is not None:
            order.insert(max(0, min(position, len(order))), question_id)
            _renumber(tx, order)
    return question_id, tx.changes


def edit_question(store: Store, question_id: str, text: str) -> ChangeSet:
    text = _question_text(text)
    with store.write() as tx:
        _question_review(tx, question_id)
        tx.upsert("enquiry_question", question_id, {"text": text})
    return tx.changes


def move_question(store: Store, question_id: str, position: int) -> ChangeSet:
    """Put a question at ``position`` (0 is first), renumbering the others."""
    with store.write() as tx:
        order = _questions(tx, _question_review(tx, question_id))
        order.remove(question_id)
        order.insert(max(0, min(position, len(order))), question_id)
        _renumber(tx, order)
    return tx.changes


def _renumber(tx: Tx, order: list[str]) -> None:
    for index, question_id in enumerate(order):
        tx.upsert("enquiry_question", question_id, {"position": index})


def delete_question(store: Store, question_id: str) -> ChangeSet:
    """Tombstone a question. Notes tagged with it keep the tag, so a restore brings
    the question back with its evidence."""
    with store.write() as tx:
        order = _questions(tx, _question_review(tx, question_id))
        tx.delete("enquiry_question", question_id)
        order.remove(question_id)
        _renumber(tx, order)
    return tx.changes


def restore_question(store: Store, question_id: str, position: int) -> ChangeSet:
    with store.write() as tx:
        review_id = _question_review(tx, question_id, deleted=True)
        tx.upsert("enquiry_question", question_id, {"deleted": False})
        order = [q for q in _questions(tx, review_id) if q != question_id]
        order.insert(max(0, min(position, len(order))), question_id)
        _renumber(tx, order)
    return tx.changes


# -- team ------------------------------------------------------------------------------


def _check_role(role: str) -> None:
    if role not in TEAM_ROLES:
        raise PeerviewError(f"Unknown team role '{role}'; use one of {', '.join(TEAM_ROLES)}.")


def team_members(store: Store, review_id: str) -> list[tuple[str, str, str, str]]:
    """(team member id, person id, name, role) in role order, then by name."""
    with store.session() as s:
        rows = s.execute(
            select(TeamMember.id, Person.id, Person.name, TeamMember.role)
            .join(Person, Person.id == TeamMember.person_id)
            .where(TeamMember.review_id == review_id, TeamMember.deleted.is_(False))
        ).all()
    out = [(m, p, n, r) for m, p, n, r in rows]
    return sorted(out, key=lambda t: (_rank(t[3]), t[2].casefold()))


def add_member(store: Store, review_id: str, person_id: str, role: str) -> tuple[str, ChangeSet]:
    """Put a person on the team in a role. The same person in the same role is one row."""
    _check_role(role)
    with store.write() as tx:
        _review_row(tx, review_id)
        _person(tx, person_id)
        existing = tx.conn.execute(
            select(TeamMember.id).where(
                TeamMember.review_id == review_id,
                TeamMember.person_id == person_id,
                TeamMember.role == role,
            )
        ).scalar()
        if existing:
            tx.upsert("team_member", existing, {"deleted": False})
            member_id = str(existing)
        else:
            member_id = reviews.add_team_member(tx, review_id, person_id, role)
    return member_id, tx.changes


def add_person_to_team(
    store: Store, review_id: str, name: str, role: str, person_id: str | None = None
) -> tuple[str, str, ChangeSet]:
    """Put someone on the team by name: an existing person (``person_id``) or a new one.
    A new host leader, headteacher or DSL belongs to the host school. Returns the team
    member id, the person id and the changes."""
    _check_role(role)
    if person_id is None and not name.strip():
        raise PeerviewError("Type the team member's name.")
    if person_id is None:
        with store.write() as tx:
            host = tx.conn.execute(
                select(Review.host_school_id).where(
                    Review.id == review_id, Review.deleted.is_(False)
                )
            ).first()
            if host is None:
                raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
            school = host.host_school_id if role in ("host_leader", "headteacher", "dsl") else None
            person_id = reviews.create_person(tx, name, school, role)
        created = tx.changes
    else:
        created = ChangeSet()
    member_id, changes = add_member(store, review_id, person_id, role)
    created.extend(changes)
    return member_id, person_id, created


def set_member_role(store: Store, member_id: str, role: str) -> ChangeSet:
    _check_role(role)
    with store.write() as tx:
        if not tx.conn.execute(select(TeamMember.id).where(TeamMember.id == member_id)).first():
            raise NotFoundError(f"No team member {member_id}.")
        tx.upsert("team_member", member_id, {"role": role})
    return tx.changes


def remove_member(store: Store, member_id: str) -> ChangeSet:
    with store.write() as tx:
        tx.delete("team_member", member_id)
    return tx.changes


def _person(tx: Tx, person_id: str) -> None:
    if not tx.conn.execute(
        select(Person.id).where(Person.id == person_id, Person.deleted.is_(False))
    ).first():
        raise NotFoundError(f"No person {person_id}; add them to the team by name instead.")


# -- creating a whole review -----------------------------------------------------------


@dataclass(frozen=True)
class TeamEntry:
    """Someone on a new review's team: an existing person, or a new one by name."""

    name: str
    role: str
    person_id: str | None = None
    school_id: str | None = None  # for a new person


@dataclass(frozen=True)
class NewReview:
    host_school: str  # the school's name; matched to an existing school when it is one
    start_date: str
    end_date: str
    framework_version_id: str
    title: str = ""
    focus: str = ""
    self_evaluation: str = ""
    host_school_id: str | None = None
    enquiry_questions: tuple[str, ...] = ()
    team: tuple[TeamEntry, ...] = field(default_factory=tuple)


def validate_new_review(value: NewReview) -> None:
    """Everything a new review needs, checked before anything is written."""
    if not value.host_school.strip() and value.host_school_id is None:
        raise PeerviewError("Choose the host school, or type the name of a new one.")
    _check_dates(value.start_date, value.end_date)
    if not value.framework_version_id:
        raise PeerviewError("Choose the framework version the review will use.")
    _check_text(value.title, "title", MAX_TITLE)
    _check_text(value.focus, "focus", MAX_TEXT)
    for question in value.enquiry_questions:
        if question.strip():
            _question_text(question)
    for entry in value.team:
        if not entry.person_id and not entry.name.strip():
            raise PeerviewError("Every team member needs a name; remove the empty row.")
        if entry.role not in TEAM_ROLES or entry.role not in PERSON_ROLES:
            raise PeerviewError(
                f"Unknown team role '{entry.role}'; use one of {', '.join(TEAM_ROLES)}."
            )


def create_review(store: Store, value: NewReview) -> tuple[str, ChangeSet]:
    """Create the host school (when new), the review pinned to its framework version,
    its enquiry questions, new people and the team, in one transaction."""
    validate_new_review(value)
    with store.write() as tx:
        if not tx.conn.execute(
            select(FrameworkVersion.id).where(
                FrameworkVersion.id == value.framework_version_id,
                FrameworkVersion.deleted.is_(False),
            )
        ).first():
            raise NotFoundError("That framework version is not in this installation; import it.")
        school_id = value.host_school_id or _school_by_name(tx, value.host_school)
        if school_id is None:
            school_id = reviews.create_school(tx, value.host_school, None)
        school_name = value.host_school.strip() or str(
            tx.conn.execute(select(School.name).where(School.id == school_id)).scalar() or ""
        )
        review_id = reviews.create_review(
            tx,
            host_school_id=school_id,
            framework_version_id=value.framework_version_id,
            title=value.title.strip() or f"Peer review: {school_name}",
            start_date=value.start_date,
            end_date=value.end_date,
            focus=value.focus,
            self_evaluation=value.self_evaluation,
            enquiry_questions=value.enquiry_questions,
        )
        for entry in value.team:
            person_id = entry.person_id
            if person_id is None:
                # Host leaders and the DSL belong to the host school unless said otherwise.
                host_side = entry.role in ("host_leader", "headteacher", "dsl")
                home = entry.school_id or (school_id if host_side else None)
                person_id = reviews.create_person(tx, entry.name, home, entry.role)
            else:
                _person(tx, person_id)
            reviews.add_team_member(tx, review_id, person_id, entry.role)
    log.info("Created review %s", review_id)
    return review_id, tx.changes


def _school_by_name(tx: Tx, name: str) -> str | None:
    found = tx.conn.execute(
        select(School.id).where(
            func.lower(School.name) == name.strip().lower(), School.deleted.is_(False)
        )
    ).scalar()
    return str(found) if found else None
