"""Putting people on a review's team by the key on their card (decision 0030).

Authority follows the team: only team members write on a review, and a person is a team
member by their key. So the team is built from cards this installation trusts (their
fingerprint checked by phone), never from a typed name alone. The same person added on
two laptops is one person: a person record with the key is reused, whoever made it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Identity, Person, TeamMember, TrustedKey
from app.models.review import TEAM_ROLES
from app.services import planning, reviews
from app.services.cards import readable_fingerprint, same_fingerprint
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store


def team_role(given: str) -> str:
    """A team role as a person types it: ``lead-reviewer`` or ``lead_reviewer``."""
    role = given.strip().lower().replace("-", "_").replace(" ", "_")
    if role not in TEAM_ROLES:
        shown = ", ".join(r.replace("_", "-") for r in TEAM_ROLES)
        raise PeerviewError(f"Unknown team role '{given}'; use one of {shown}.")
    return role


@dataclass(frozen=True)
class KeyHolder:
    key_id: str
    name: str


def holder(store: Store, fingerprint: str) -> KeyHolder:
    """The trusted person (or this installation's own identity) with the fingerprint."""
    with store.read() as conn:
        rows = conn.execute(select(TrustedKey.key_id, TrustedKey.name, TrustedKey.revoked_at)).all()
        own = conn.execute(select(Identity.key_id, Identity.name)).all()
    for key_id, name in own:
        if same_fingerprint(fingerprint, key_id):
            return KeyHolder(key_id, name)
    for key_id, name, revoked_at in rows:
        if same_fingerprint(fingerprint, key_id):
            if revoked_at:
                raise PeerviewError(
                    f"The key of {name} (fingerprint {readable_fingerprint(key_id)}) was "
                    f"revoked on {revoked_at}; they cannot join a team with it."
                )
            return KeyHolder(key_id, name)
    raise NotFoundError(
        f"Nobody trusted here has the fingerprint {fingerprint}.",
        hint_cli="Trust their card first (peerview trust CARD --fingerprint DIGITS); "
        "see: peerview trusted",
        hint_gui="Trust their card first, on the Identity page.",
    )


def add(store: Store, review_id: str, fingerprint: str, role: str) -> tuple[str, ChangeSet]:
    """Put the key's holder on the team; returns (their name, the changes)."""
    role = team_role(role)
    who = holder(store, fingerprint)
    changes = ChangeSet()
    with store.write() as tx:
        person_id = tx.conn.execute(
            select(Person.id)
            .where(Person.key_id == who.key_id, Person.deleted.is_(False))
            .order_by(Person.id)
        ).scalar()
        if person_id is None:
            person_id = reviews.create_person(tx, who.name, None, role, who.key_id)
        changes.extend(tx.changes)
    _, added = planning.add_member(store, review_id, str(person_id), role)
    changes.extend(added)
    return who.name, changes


def remove(store: Store, review_id: str, fingerprint: str, role: str | None = None) -> ChangeSet:
    """Take the key's holder off the team (in one role, or in every role)."""
    wanted = team_role(role) if role else None
    who = holder(store, fingerprint)
    with store.write() as tx:
        query = (
            select(TeamMember.id)
            .join(Person, Person.id == TeamMember.person_id)
            .where(
                TeamMember.review_id == review_id,
                TeamMember.deleted.is_(False),
                Person.key_id == who.key_id,
            )
        )
        if wanted:
            query = query.where(TeamMember.role == wanted)
        members = tx.conn.execute(query).scalars().all()
        if not members:
            raise NotFoundError(f"{who.name} is not on the team of this review.")
        for member_id in members:
            tx.delete("team_member", member_id)
    return tx.changes
