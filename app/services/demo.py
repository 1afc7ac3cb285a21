"""``peerview demo``: a realistic review to explore, built from resources/demo/ through the
same services a reviewer's edits go through.

The data (app/services/demo_data.py) is read and checked first; then one transaction
builds the review with the services: the records a new review is made of
(``reviews.create_*``, which the planning service also uses), then the timetable,
notes, findings, next steps and actions through the public service functions the
window and the command line call. Each of those opens its own ``store.write()``, which
joins the demo's transaction (app/services/store.py), so the demo is all or nothing,
and a service's refusal is reported with the data file and record it came from.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator

from sqlalchemy import select

from app.models import EnquiryQuestion, Review
from app.services import (
    actions,
    answers,
    evidence,
    findings,
    frameworks,
    moderation,
    reviews,
    timetable,
)
from app.services.demo_data import Demo, DemoDataError, load
from app.services.errors import PeerviewError
from app.services.store import Store

__all__ = ["DemoDataError", "create_demo", "find_demo"]


def _demo_key_id(name: str) -> str:
    # Stand-in key ids for the fictional team; real ones come from `peerview identity`.
    return "demo-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:27]


def _key_ids(store: Store, demo: Demo) -> dict[str, str]:
    """person key -> key id. The person exploring the demo plays its lead reviewer: the
    lead's records are this laptop's (its identity, or its device until it has one), so
    the lead's steps and the positions the lead records in members' names are trusted
    here and on any laptop the demo is shared with, with no entry written under a key
    this laptop does not hold. The others keep stand-in keys."""
    return {
        p.key: store.author_key_id if p.role == "lead_reviewer" else _demo_key_id(p.name)
        for p in demo.people
    }


def find_demo(store: Store, demo: Demo | None = None) -> str | None:
    title = (demo or load()).review.title
    with store.session() as s:
        return s.scalar(select(Review.id).where(Review.title == title, Review.deleted.is_(False)))


@contextlib.contextmanager
def _from(where: str) -> Iterator[None]:
    """Name the data file and record when a service refuses what it says."""
    try:
        yield
    except DemoDataError:
        raise
    except PeerviewError as exc:
        raise DemoDataError(f"{where}: {exc}") from exc


def create_demo(store: Store, demo: Demo | None = None) -> str:
    """Create the demo review (once) and return its id. ``demo`` defaults to the data in
    resources/demo/."""
    demo = demo or load()
    existing = find_demo(store, demo)
    if existing:
        return existing
    version_id = frameworks.ensure_default(store)
    key_ids = _key_ids(store, demo)
    with store.write() as tx:
        partnership = reviews.create_partnership(tx, demo.partnership)
        schools: dict[str, str] = {}
        for school in demo.schools:
            with _from(school.where):
                schools[school.key] = reviews.create_school(
                    tx, school.name, partnership, school.town, school.phase
                )
        people: dict[str, str] = {}
        for p in demo.people:
            with _from(p.where):
                people[p.key] = reviews.create_person(
                    tx, p.name, schools[p.school], p.role, key_ids[p.key]
                )
        r = demo.review
        with _from(r.where):
            review_id = reviews.create_review(
                tx,
                host_school_id=schools[r.host_school],
                framework_version_id=version_id,
                title=r.title,
                start_date=r.start_date,
                end_date=r.end_date,
                focus=r.focus,
                self_evaluation=r.self_evaluation,
                enquiry_questions=[q.text for q in demo.questions],
                partnership_id=partnership,
            )
            reviews.set_status(store, review_id, r.status)
        for p in demo.people:
            with _from(p.where):
                reviews.add_team_member(tx, review_id, people[p.key], p.role)
        # Read in this transaction: nothing of the demo is committed yet.
        question_ids = tx.conn.execute(
            select(EnquiryQuestion.id)
            .where(EnquiryQuestion.review_id == review_id)
            .order_by(EnquiryQuestion.position)
        ).scalars()
        questions = dict(zip((q.key for q in demo.questions), question_ids, strict=True))
        _visit(store, demo, review_id, people, questions)
    return review_id


def _visit(
    store: Store,
    demo: Demo,
    review_id: str,
    people: dict[str, str],
    questions: dict[str, str],
) -> None:
    """The timetable, the evidence, the findings and the action plan."""
    key_ids = _key_ids(store, demo)
    activities: dict[str, tuple[str, timetable.ActivityInput]] = {}
    for a in demo.activities:
        value = timetable.ActivityInput(
            day=a.day or demo.review.start_date,
            start_time=a.start,
            end_time=a.end,
            kind=a.kind,
            title=a.title,
            place=a.place,
            year_group=a.year_group,
            subject=a.subject,
            reviewer_ids=tuple(people[k] for k in a.reviewers),
            host_leader_id=people[a.host_leader] if a.host_leader else None,
            meeting_with=a.meeting_with,
        )
        with _from(a.where):
            activities[a.key] = (timetable.add_activity(store, review_id, value)[0], value)
    notes: dict[str, str] = {}
    for n in demo.notes:
        activity_id, activity = activities[n.activity]
        with _from(n.where):
            notes[n.key] = evidence.add_note(
                store,
                review_id,
                n.text,
                activity_kind=activity.kind,
                strand_codes=n.strands,
                question_ids=[questions[q] for q in n.questions],
                author_key_id=key_ids[n.author],
                activity_id=activity_id,
                observed_at=f"{activity.day}T{n.time}:00",
                year_group=n.year_group,
                subject=n.subject,
                class_group=n.class_group,
                co_reviewer_id=people[n.co_reviewer] if n.co_reviewer else None,
                host_leader_id=activity.host_leader_id,
                emerging=n.emerging,
                typicality=n.typicality,
                meeting_with=activity.meeting_with,
                sources=list(n.sources),
            ).note_id
    for n in demo.notes:
        for other in n.contradicts:
            with _from(n.where):
                evidence.link_notes(store, notes[n.key], notes[other], "contradicts")
    made: dict[str, str] = {}
    for f in demo.findings:
        with _from(f.where):
            made[f.key] = answers.create_finding(
                store,
                review_id,
                f.kind,
                f.title,
                f.text,
                question_ids=[questions[q] for q in f.questions],
                strand_codes=f.strands,
                note_ids=[notes[k] for k in f.notes],
            ).finding_id
            if f.host_response:
                answers.set_response(store, made[f.key], f.host_response)
    _positions(store, demo, made, people, key_ids)
    for step in demo.next_steps:
        with _from(step.where):
            findings.add_next_step(
                store, review_id, step.text, made[step.finding] if step.finding else None
            )
    for item in demo.actions:
        with _from(item.where):
            actions.add_action(
                store,
                review_id,
                item.action,
                owner=item.owner,
                success_criteria=item.success_criteria,
                review_date=item.review_date,
                status=item.status,
                finding_id=made[item.finding] if item.finding else None,
            )


def _positions(
    store: Store,
    demo: Demo,
    made: dict[str, str],
    people: dict[str, str],
    key_ids: dict[str, str],
) -> None:
    """The team meeting's positions, each recorded in the name of its recorder (the member,
    or the lead in their name), so the board trusts them. The entries themselves are this
    laptop's own: writing them under the fictional members' keys would be forgery to every
    other laptop, which would refuse them and hold back all that this laptop wrote after."""
    for p in demo.positions:
        recorder = key_ids[p.recorded_by or p.member]
        with _from(p.where):
            moderation.record_position(
                store,
                made[p.finding],
                people[p.member],
                p.position,
                p.comment,
                recorded_by_key_id=recorder,
            )
