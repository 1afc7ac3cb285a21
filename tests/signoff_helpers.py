"""Taking a review through sign-off the way the separation of duties allows
(app/services/duties.py): the team gives its positions on the findings and agrees with
the draft, someone who did not write the report quality-assures it, the host's response
is recorded with its evidence, and only then the lead records the host check.

The quality assurer works on another laptop in real use; here their step is written on
the same store under their own author key (the store's author is who the change log
says took a step), so each test need not sync two data folders. The full round with two
real stores is in tests/commands/test_accuracy_round.py.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models import Person
from app.services import accuracy, drafts, duties, reviews, signoff
from app.services.store import Store

QA_NAME = "Dr Alys Quinn"
QA_KEY = "c0" * 32
HEAD_NAME = "Helen Marsh"


@dataclass(frozen=True)
class Team:
    lead: str
    reviewer: str
    head: str


def make_me_lead(store: Store, review_id: str) -> Team:
    """This store's author becomes the review's lead reviewer (an existing lead, such as
    the demo's, is linked to it); a reviewer and the host's headteacher join if missing."""
    with store.write() as tx:
        leader = duties.lead(tx.conn, review_id)
        if leader is None:
            lead = reviews.create_person(tx, "Siân Pritchard", None, "lead_reviewer")
            reviews.add_team_member(tx, review_id, lead, "lead_reviewer")
        else:
            lead = leader.person_id
        tx.upsert("person", lead, {"key_id": store.author_key_id})
        others = [m for m in duties.members(tx.conn, review_id) if m.person_id != lead]
        if others:
            reviewer = others[0].person_id
        else:
            reviewer = reviews.create_person(tx, "Rhys Owen", None, "reviewer")
            reviews.add_team_member(tx, review_id, reviewer, "reviewer")
        hosts = duties.members(tx.conn, review_id, duties.HOST_ROLES)
        if hosts:
            head = hosts[0].person_id
        else:
            head = reviews.create_person(tx, HEAD_NAME, None, "headteacher")
            reviews.add_team_member(tx, review_id, head, "headteacher")
    return Team(lead, reviewer, head)


def team_ready(store: Store, review_id: str) -> None:
    """Everything "Team confirmed" waits for (app/services/duties.py): the team meeting's
    outcome, every reviewer's position on every finding (recorded by the lead), then each
    member's agreement with the draft as a whole (the lead's own, and the others' recorded
    by the lead)."""
    from tests.reports.helpers import team_agrees

    team_agrees(store, review_id)
    with store.read() as conn:
        team = duties.members(conn, review_id)
    for member in team:
        signoff.agree(store, review_id, member.person_id)


def confirm_team(store: Store, review_id: str) -> None:
    """The team is ready and the lead takes the step."""
    team_ready(store, review_id)
    signoff.advance(store, review_id, "team_confirmed")


def as_author(store: Store, key_id: str) -> _Author:
    return _Author(store, key_id)


class _Author:
    """Write as another person (their author key) for the length of a ``with`` block."""

    def __init__(self, store: Store, key_id: str) -> None:
        self.store, self.key_id, self.was = store, key_id, store.author_key_id

    def __enter__(self) -> None:
        self.store.author_key_id = self.key_id

    def __exit__(self, *exc: object) -> None:
        self.store.author_key_id = self.was


def quality_assure(store: Store, review_id: str) -> None:
    """Quality assurance by a named person who did not write the report."""
    with store.read() as conn:
        known = conn.execute(select(Person.id).where(Person.key_id == QA_KEY)).scalar()
    if known is None:
        with store.write() as tx:
            reviews.create_person(tx, QA_NAME, None, "reviewer", QA_KEY)
    with as_author(store, QA_KEY):
        signoff.advance(store, review_id, "quality_assured")


def host_check(store: Store, review_id: str) -> None:
    """The host's emailed response to a draft, recorded with the email, then the step."""
    with store.read() as conn:
        head = duties.members(conn, review_id, duties.HOST_ROLES)[0].name
        made = accuracy.drafts_made(conn, review_id)
    number = made[-1] if made else drafts.record_draft(store, review_id, "d0" * 32).number
    with tempfile.TemporaryDirectory() as folder:
        email = Path(folder) / "Re draft report.eml"
        email.write_text("From: the head\n\nNo corrections; the draft is accurate.\n")
        accuracy.record_response(
            store,
            review_id,
            draft_number=number,
            from_name=head,
            sent_at="2026-03-10T09:30",
            channel="email",
            evidence=email,
            corrections={},
            general="No corrections.",
        )
    signoff.advance(store, review_id, "host_checked")


def take_to(store: Store, review_id: str, target: str) -> None:
    """Take the review, step by step and by the right people, to ``target``."""
    order = list(signoff.STATUS_LABELS)
    make_me_lead(store, review_id)
    while signoff.current_status(store, review_id) != target:
        current = signoff.current_status(store, review_id)
        following = order[order.index(current) + 1]
        if following == "team_confirmed":
            confirm_team(store, review_id)
        elif following == "quality_assured":
            quality_assure(store, review_id)
        elif following == "host_checked":
            host_check(store, review_id)
        else:
            signoff.advance(store, review_id, following)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def lead_signer(store: Store, review_id: str) -> tuple[object, object]:
    """The lead reviewer's own signing key and certificate: this store's identity (made
    if missing), linked to the review's lead."""
    from app.services import identity

    if identity.get_identity(store) is None:
        identity.create_identity(
            store, "Siân Pritchard", school="Ysgol y Wern", role="lead_reviewer",
            passphrase="correct horse",
        )  # fmt: skip
    make_me_lead(store, review_id)
    me = identity.unlock(store)
    return me.signing_key, me.certificate
