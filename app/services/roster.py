"""The partnership roster: who is in the partnership, signed by the partnership lead.

A roster lists members (name, school, role, public keys, certificate) and revoked keys.
Importing one trusts its members (source "roster") once its signer is trusted, or once a
person has checked the signer's fingerprint. A key revoked in any imported roster is marked
revoked and never trusted again, by a roster or a card: this is what a partnership does
when a laptop is lost (the lead revokes the key, sends the new roster round, and the owner
makes a new identity on their new laptop).

File format (JSON, UTF-8)::

    {"format": "peerview-roster", "version": 1,
     "roster": {"issued_at", "signer": card, "members": [card...],
                "revoked": [card + {"revoked_at"}...]},
     "signature": base64 Ed25519 signature by the signer over
                  signing_bytes("peerview-roster", 1, roster)}

where ``card`` is the object inside a card file (app/services/cards.py).
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from app.models import TrustedKey, table
from app.services.cards import (
    PublicCard,
    check_envelope,
    parse_card,
    read_json_file,
    same_fingerprint,
    signing_bytes,
    verify_signature,
)
from app.services.errors import PeerviewError
from app.services.identity import (
    PassphraseAsk,
    TrustedPerson,
    card_columns,
    find_trusted,
    get_identity,
    now_iso,
    trust_in,
    trusted_people,
    unlock,
)
from app.services.store import Store

log = logging.getLogger(__name__)

ROSTER_FORMAT = "peerview-roster"
ROSTER_VERSION = 1
MAX_ROSTER_BYTES = 4 * 1024 * 1024  # a few thousand members; far more than a partnership
MAX_MEMBERS = 5000
SIGNER_ROLE = "partnership_lead"
ROSTER_FIX = "Ask the partnership lead for a fresh copy of the roster."

_trusted = table(TrustedKey)


@dataclass(frozen=True)
class Roster:
    signer: PublicCard
    issued_at: str
    members: list[PublicCard]
    revoked: list[tuple[PublicCard, str]]  # (card, revoked_at)


@dataclass
class RosterImport:
    """What importing a roster did, for the person to read."""

    signer: PublicCard
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    revoked: list[str] = field(default_factory=list)
    refused_revoked: list[str] = field(default_factory=list)  # members whose key is revoked
    own_key_revoked: bool = False


def export_roster(store: Store, path: Path, ask: PassphraseAsk | None = None) -> Roster:
    """Sign and write the roster of everyone this installation trusts, plus itself."""
    from app import fileio

    own = get_identity(store)
    if own is None:
        raise PeerviewError(
            "Only the partnership lead signs the roster, and this installation has no "
            "identity yet.",
            hint_cli="Create one with `peerview identity create --role partnership_lead`.",
            hint_gui="Create one in Your identity, with the role Partnership lead.",
        )
    if own.role != SIGNER_ROLE:
        raise PeerviewError(
            f"Only the partnership lead signs the roster, and {own.name}'s role is "
            f"'{own.role}'. Ask the partnership lead to export it from their installation."
        )
    people = trusted_people(store)
    members = [p.card for p in people if not p.revoked]
    revoked = [(p.card, _revoked_at(store, p)) for p in people if p.revoked]
    unlocked = unlock(store, ask)
    issued = now_iso(store)
    body: dict[str, Any] = {
        "issued_at": issued,
        "signer": own.as_dict(),
        "members": [c.as_dict() for c in members],
        "revoked": [{**c.as_dict(), "revoked_at": when} for c, when in revoked],
    }
    signature = unlocked.ed25519_private.sign(signing_bytes(ROSTER_FORMAT, ROSTER_VERSION, body))
    doc = {
        "format": ROSTER_FORMAT,
        "version": ROSTER_VERSION,
        "roster": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    fileio.write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return Roster(signer=own, issued_at=issued, members=members, revoked=revoked)


def _revoked_at(store: Store, person: TrustedPerson) -> str:
    with store.read() as conn:
        when = conn.execute(
            select(_trusted.c.revoked_at).where(_trusted.c.key_id == person.card.key_id)
        ).scalar()
    return str(when or "")


def read_roster(path: Path) -> Roster:
    """Read a roster file and check its signature; raises PeerviewError naming the
    problem and the fix. Whether its signer is trusted is import_roster's question."""
    path = Path(path)
    doc = read_json_file(path, "roster", MAX_ROSTER_BYTES, ROSTER_FIX)
    check_envelope(doc, ROSTER_FORMAT, ROSTER_VERSION, path, "roster", ROSTER_FIX)
    body = doc.get("roster")
    where = f"The roster {path}"
    if not isinstance(body, dict):
        raise PeerviewError(f"{where} has no member list. {ROSTER_FIX}")
    signer = parse_card(body.get("signer"), f"{where} (its signer)")
    if not verify_signature(
        signer.ed25519_public,
        doc.get("signature"),
        signing_bytes(ROSTER_FORMAT, ROSTER_VERSION, body),
    ):
        raise PeerviewError(
            f"{where} has a signature that does not match its contents: it was changed "
            f"after {signer.name} signed it. {ROSTER_FIX}"
        )
    members_raw, revoked_raw = body.get("members"), body.get("revoked")
    if not isinstance(members_raw, list) or not isinstance(revoked_raw, list):
        raise PeerviewError(f"{where} has no member list. {ROSTER_FIX}")
    if len(members_raw) + len(revoked_raw) > MAX_MEMBERS:
        raise PeerviewError(f"{where} lists more than {MAX_MEMBERS} people. {ROSTER_FIX}")
    members = [parse_card(m, f"{where} (member {n})") for n, m in enumerate(members_raw, 1)]
    revoked = []
    for n, entry in enumerate(revoked_raw, 1):
        when = entry.get("revoked_at") if isinstance(entry, dict) else None
        if not isinstance(when, str) or not when:
            raise PeerviewError(f"{where}: revoked key {n} has no date. {ROSTER_FIX}")
        revoked.append((parse_card(entry, f"{where} (revoked key {n})"), when))
    issued = body.get("issued_at")
    return Roster(
        signer=signer,
        issued_at=issued if isinstance(issued, str) else "",
        members=members,
        revoked=revoked,
    )


def signer_is_trusted(store: Store, roster: Roster) -> bool:
    person = find_trusted(store, roster.signer.key_id)
    return person is not None and not person.revoked


def import_roster(store: Store, roster: Roster, signer_confirmed: bool = False) -> RosterImport:
    """Trust the roster's members and record its revocations, in one transaction.

    The signer must already be trusted, or ``signer_confirmed`` says a person has checked
    the signer's fingerprint (the signer is then trusted too)."""
    signer = roster.signer
    known = find_trusted(store, signer.key_id)
    if known is not None and known.revoked:
        raise PeerviewError(
            f"The roster is signed by {signer.name}, whose key was revoked; it is not "
            "accepted. Ask the partnership lead for a roster signed with their current key."
        )
    if known is None and not signer_confirmed:
        raise PeerviewError(
            f"The roster is signed by {signer.name} ({signer.school or 'no school given'}), "
            "whom this installation does not trust yet. Check their fingerprint with them "
            f"(in person or by phone): {signer.fingerprint}; then import again confirming it.",
            hint_cli="(peerview roster import FILE --fingerprint '...')",
        )
    if signer.role != SIGNER_ROLE:
        raise PeerviewError(
            f"The roster is signed by {signer.name}, whose role is '{signer.role}', not the "
            "partnership lead; it is not accepted. Ask the partnership lead for the roster."
        )
    own = get_identity(store)
    own_id = own.key_id if own is not None else None
    result = RosterImport(signer=signer)
    when = now_iso(store)
    with store.write() as tx:
        revoked_ids: set[str] = set()
        for card, revoked_at in roster.revoked:
            revoked_ids.add(card.key_id)
            row = tx.conn.execute(
                select(_trusted.c.revoked_at).where(_trusted.c.key_id == card.key_id)
            ).first()
            if row is None:
                tx.conn.execute(
                    insert(_trusted).values(
                        **card_columns(card),
                        source="roster",
                        trusted_at=when,
                        revoked_at=revoked_at,
                    )
                )
            elif row.revoked_at is None:
                tx.conn.execute(
                    update(_trusted)
                    .where(_trusted.c.key_id == card.key_id)
                    .values(revoked_at=revoked_at)
                )
            else:
                continue
            result.revoked.append(card.name)
            if card.key_id == own_id:
                result.own_key_revoked = True
        if known is None and signer.key_id != own_id:
            trust_in(tx.conn, signer, "roster", when)
            result.added.append(signer.name)
        for card in roster.members:
            if card.key_id in (own_id, signer.key_id):
                continue
            row = tx.conn.execute(select(_trusted).where(_trusted.c.key_id == card.key_id)).first()
            if card.key_id in revoked_ids or (row is not None and row.revoked_at is not None):
                result.refused_revoked.append(card.name)
                continue
            wanted = card_columns(card)
            before = {k: getattr(row, k) for k in wanted} if row is not None else None
            trust_in(tx.conn, card, "roster", when)
            if before is None:
                result.added.append(card.name)
            elif before != wanted:
                result.updated.append(card.name)
            else:
                result.unchanged += 1
    return result


def resolve_person(store: Store, given: str) -> TrustedPerson:
    """A trusted person by key id (or its first 8+ characters) or readable fingerprint."""
    text = given.strip().lower()
    matches = [
        p
        for p in trusted_people(store)
        if (len(text) >= 8 and p.card.key_id.startswith(text))
        or same_fingerprint(given, p.card.key_id)
    ]
    if not matches:
        raise PeerviewError(
            f"Nobody this installation trusts has the key '{given}'.",
            hint_cli="List them with `peerview identity trusted`.",
            hint_gui="The people you trust are listed in Your identity.",
        )
    if len(matches) > 1:
        raise PeerviewError(f"'{given}' matches several keys; give more of the key id.")
    return matches[0]


def revoke(store: Store, given: str) -> TrustedPerson:
    """Mark a trusted key revoked here (a lost laptop); the next roster export carries it."""
    person = resolve_person(store, given)
    if person.source == "self":
        raise PeerviewError(
            "That is this installation's own key. To stop using a lost laptop's key, revoke "
            "it from another partner's installation (the partnership lead's)."
        )
    if person.revoked:
        return person
    with store.write() as tx:
        tx.conn.execute(
            update(_trusted)
            .where(_trusted.c.key_id == person.card.key_id)
            .values(revoked_at=now_iso(store))
        )
    found = find_trusted(store, person.card.key_id)
    assert found is not None
    return found
