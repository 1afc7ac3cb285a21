"""Revoking someone on a review, with a cut-off (decision 0030).

A lead revokes a key when a laptop is lost or its owner leaves the team. Everything that
key wrote on the review that reached this laptop stays; the revocation records, per
device, the last entry that does (the cut-off). Every laptop then refuses that key's
later entries on the review, however they arrive: directly, or relayed by a teammate
who had not seen the revocation yet.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import ChangeLogEntry, Person, SyncWithheld, TeamMember, TrustedKey, table
from app.services.cards import readable_fingerprint, same_fingerprint
from app.services.changelog import canonical_json
from app.services.errors import NotFoundError
from app.services.store import ChangeSet, Store, Tx

_log = table(ChangeLogEntry)
_withheld = table(SyncWithheld)


def _key_for(tx: Tx, review_id: str, fingerprint: str) -> tuple[str, str]:
    """(key id, name) of a team member or trusted person with the fingerprint."""
    rows = list(
        tx.conn.execute(
            select(Person.key_id, Person.name)
            .join(TeamMember, TeamMember.person_id == Person.id)
            .where(TeamMember.review_id == review_id, Person.key_id.is_not(None))
        ).all()
    )
    rows += list(tx.conn.execute(select(TrustedKey.key_id, TrustedKey.name)).all())
    for key_id, name in rows:
        if key_id and same_fingerprint(fingerprint, key_id):
            return str(key_id), str(name)
    raise NotFoundError(
        f"Nobody on this review's team or trusted here has the fingerprint {fingerprint}.",
        hint_cli="See the team with: peerview review show ID",
    )


def cutoffs(tx: Tx, key_id: str) -> dict[str, int]:
    """device -> the last entry of that device's chain held here, for every device the
    key wrote on: what stays accepted."""
    devices = set(
        tx.conn.execute(
            select(_log.c.device_id).where(_log.c.author_key_id == key_id).distinct()
        ).scalars()
    )
    out = {}
    for device in sorted(devices):
        last = 0
        for tbl in (_log, _withheld):
            found = tx.conn.execute(
                select(func.max(tbl.c.seq)).where(tbl.c.device_id == device)
            ).scalar()
            last = max(last, int(found or 0))
        out[device] = last
    return out


def revoke(store: Store, review_id: str, fingerprint: str, reason: str = "") -> ChangeSet:
    """Take the key's holder off the team and refuse their later entries on the review."""
    with store.write() as tx:
        key_id, name = _key_for(tx, review_id, fingerprint)
        members = tx.conn.execute(
            select(TeamMember.id)
            .join(Person, Person.id == TeamMember.person_id)
            .where(
                TeamMember.review_id == review_id,
                TeamMember.deleted.is_(False),
                Person.key_id == key_id,
            )
        ).scalars()
        for member_id in list(members):
            tx.delete("team_member", member_id)
        tx.create(
            "revocation",
            {
                "review_id": review_id,
                "key_id": key_id,
                "name": name,
                "cutoffs": canonical_json(cutoffs(tx, key_id)),
                "reason": reason.strip()
                or f"key {readable_fingerprint(key_id)} revoked on this review",
            },
        )
    return tx.changes
