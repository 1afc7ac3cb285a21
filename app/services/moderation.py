"""Moderation: the team meeting's board of emerging findings, and each team member's
position on each one (agree, not sure, disagree, with a comment).

A member records their own position on their laptop and it arrives by sync, or the lead
reviewer records it in their name during the meeting. A position is given on a wording:
it stores the finding's digest, and once the finding is reworded it no longer counts
until the member says again. "Team confirmed" needs a current position from every
reviewing member of the team (lead reviewer and reviewers) on every finding, and no
disagreement outstanding (``unresolved``, asked by ``duties.check_step``, which also
needs each member's agreement with the draft as a whole).

Who recorded a position is read from the signed change log, not from the row (a row's
``recorded_by_key_id`` could be forged in a bundle): a position counts only when the
entry that set it was written by the member themselves or by a lead reviewer of the
review. See decision 0040.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import (
    ChangeLogEntry,
    FieldVersion,
    Finding,
    FindingPosition,
    Person,
    TeamMember,
    table,
)
from app.models.moderation import POSITION_LABELS, POSITIONS
from app.services.authors import Authors
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store

REVIEWING_ROLES = ("lead_reviewer", "reviewer")
MAX_COMMENT_CHARS = 2_000


def finding_digest(kind: str, title: str, text: str) -> str:
    """The wording a position is given on."""
    return hashlib.sha256("\x1f".join((kind, title, text)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Member:
    person_id: str
    name: str
    key_id: str | None
    role: str


@dataclass(frozen=True)
class Position:
    person_id: str
    position: str
    comment: str
    recorded_by: str  # a name, "you", or a description (authors.py)
    current: bool  # given on the finding's present wording
    trusted: bool  # written by the member or a lead reviewer (read from the log)

    @property
    def label(self) -> str:
        return POSITION_LABELS.get(self.position, self.position)

    @property
    def counts(self) -> bool:
        return self.current and self.trusted and self.position in POSITIONS


def members(conn: Connection, review_id: str) -> list[Member]:
    """The reviewing members of the review's team (lead reviewer first), once each."""
    rows = conn.execute(
        select(TeamMember.person_id, TeamMember.role, Person.name, Person.key_id)
        .join(Person, Person.id == TeamMember.person_id)
        .where(
            TeamMember.review_id == review_id,
            TeamMember.deleted.is_(False),
            TeamMember.role.in_(REVIEWING_ROLES),
        )
        .order_by(TeamMember.role, Person.name, Person.id)
    ).all()
    seen: dict[str, Member] = {}
    for r in rows:
        if r.person_id not in seen or r.role == "lead_reviewer":
            seen[r.person_id] = Member(r.person_id, r.name, r.key_id, r.role)
    return sorted(seen.values(), key=lambda m: (m.role != "lead_reviewer", m.name, m.person_id))


def _lead_keys(team: list[Member]) -> set[str]:
    return {m.key_id for m in team if m.role == "lead_reviewer" and m.key_id}


def record_position(
    store: Store,
    finding_id: str,
    person_id: str,
    position: str,
    comment: str = "",
    *,
    recorded_by_key_id: str | None = None,
) -> ChangeSet:
    """Record ``person_id``'s position on the finding's present wording. The member
    records their own; the lead reviewer may record anyone's, in their name.
    ``recorded_by_key_id`` stands in for this installation's identity (the demo's
    fictional lead reviewer)."""
    if position not in POSITIONS:
        raise PeerviewError(
            f"'{position}' is not a position; use one of {', '.join(POSITIONS)}.",
            hint_cli="For example: peerview finding position FINDING --member NAME agree",
        )
    comment = comment.strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise PeerviewError(
            f"The comment is {len(comment):,} characters; keep it under {MAX_COMMENT_CHARS:,}."
        )
    recorder = recorded_by_key_id or store.author_key_id
    with store.write() as tx:
        row = tx.conn.execute(
            select(Finding.review_id, Finding.kind, Finding.title, Finding.text).where(
                Finding.id == finding_id, Finding.deleted.is_(False)
            )
        ).first()
        if row is None:
            raise NotFoundError(f"No finding {finding_id}.")
        team = members(tx.conn, row.review_id)
        member = next((m for m in team if m.person_id == person_id), None)
        if member is None:
            names = ", ".join(m.name for m in team) or "nobody yet"
            raise PeerviewError(
                "Only a reviewer on the review's team has a position on its findings; "
                f"the team is: {names}.",
                hint_cli="Name one of them with --member.",
            )
        if recorder != member.key_id and recorder not in _lead_keys(team):
            raise PeerviewError(
                f"Only {member.name} or the lead reviewer can record {member.name}'s position.",
                hint_cli="Ask them to record it on their own laptop and sync.",
                hint_gui="Ask them to record it on their own laptop and sync.",
            )
        now = dt.datetime.fromtimestamp(tx.store.wall_clock() / 1000, dt.UTC)
        tx.upsert(
            "finding_position",
            join_id("finding_position", finding_id, person_id),
            {
                "finding_id": finding_id,
                "person_id": person_id,
                "position": position,
                "comment": comment,
                "finding_sha256": finding_digest(row.kind, row.title, row.text),
                "recorded_by_key_id": recorder,
                "recorded_at": now.isoformat(timespec="seconds"),
                "deleted": False,
            },
            # Logged even when unchanged: who records a position is part of it, and a
            # position said again on this laptop is signed again (see positions()).
            force=True,
        )
    return tx.changes


# The fields whose writer decides whether a position counts: what was said, on which
# wording. A forged entry that changes any of them makes the position not count.
_SIGNED_FIELDS = ("position", "comment", "finding_sha256")


def _position_authors(conn: Connection, position_ids: list[str]) -> dict[str, set[str | None]]:
    """position id -> the keys that signed the entries which set its signed fields."""
    fv, log = table(FieldVersion), table(ChangeLogEntry)
    rows = conn.execute(
        select(fv.c.entity_id, log.c.author_key_id)
        .join(log, (log.c.device_id == fv.c.device_id) & (log.c.seq == fv.c.seq))
        .where(
            fv.c.entity == "finding_position",
            fv.c.field.in_(_SIGNED_FIELDS),
            fv.c.entity_id.in_(position_ids),
        )
    ).all()
    out: dict[str, set[str | None]] = {}
    for r in rows:
        out.setdefault(r.entity_id, set()).add(r.author_key_id)
    return out


def positions(
    conn: Connection, store: Store | None, team: list[Member], digests: dict[str, str]
) -> dict[str, dict[str, Position]]:
    """finding id -> person id -> the member's position, for the findings in ``digests``
    (finding id -> digest of its present wording). Without a store (a check that only
    counts positions) ``recorded_by`` is left empty: naming people needs the store's
    identity."""
    leads = _lead_keys(team)
    keys = {m.person_id: m.key_id for m in team}
    pos = table(FindingPosition)
    rows = conn.execute(
        select(pos).where(pos.c.finding_id.in_(sorted(digests)), pos.c.deleted.is_(False))
    ).all()
    signed_by = _position_authors(conn, [r.id for r in rows])
    authors = Authors(store, conn) if store is not None else None
    out: dict[str, dict[str, Position]] = {f: {} for f in digests}
    for r in rows:
        if r.person_id not in keys:
            continue  # no longer on the team
        signers = signed_by.get(r.id, set())
        allowed: set[str | None] = {*leads, keys[r.person_id]} - {None}
        out[r.finding_id][r.person_id] = Position(
            r.person_id,
            r.position,
            r.comment,
            authors.name(r.recorded_by_key_id) if authors is not None else "",
            current=r.finding_sha256 == digests[r.finding_id],
            trusted=bool(signers) and signers <= allowed,
        )
    return out


def outstanding(team: list[Member], given: dict[str, Position]) -> list[str]:
    """What stops one finding being team confirmed, in words; empty when nothing does."""
    out = []
    missing = [m.name for m in team if not (p := given.get(m.person_id)) or not p.counts]
    if missing:
        out.append(f"no current position from {', '.join(missing)}")
    against = [
        m.name
        for m in team
        if (p := given.get(m.person_id)) and p.counts and p.position == "disagree"
    ]
    if against:
        out.append(f"{', '.join(against)} {'disagrees' if len(against) == 1 else 'disagree'}")
    return out


def unresolved(conn: Connection, review_id: str) -> list[str]:
    """What stops each live finding being team confirmed, one line per finding ("'Title':
    no current position from ...; ... disagrees"), in the board's order; empty when every
    reviewing member has a current position on every finding and none disagrees. Reads
    only the connection, so a merge judging a step taken elsewhere can ask too
    (``duties.check_step``)."""
    team = members(conn, review_id)
    rows = conn.execute(
        select(Finding.id, Finding.kind, Finding.title, Finding.text)
        .where(Finding.review_id == review_id, Finding.deleted.is_(False))
        .order_by(Finding.kind, Finding.position, Finding.id)
    ).all()
    given = positions(
        conn, None, team, {r.id: finding_digest(r.kind, r.title, r.text) for r in rows}
    )
    return [
        f"'{r.title}': {'; '.join(why)}" for r in rows if (why := outstanding(team, given[r.id]))
    ]
