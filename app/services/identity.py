"""This installation's identity and the people it trusts.

An identity is three key pairs made together (docs/decisions/0003-identity-and-keys.md):
an Ed25519 key that signs bundles, cards and rosters (its key id names the person in the
change log), an X25519 age key that receives encrypted bundles, and an ECDSA P-256 key with
a self-signed certificate for PDF signatures. The private keys are sealed with a
passphrase (app/services/sealing.py) that lives in the OS keyring, or is asked for
(app/services/passphrase.py).

The identity and trusted-key tables are local: they never enter the change log or a bundle.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, insert, select, update

from app import dates
from app.models import Identity, Person, TrustedKey, table
from app.services import passphrase as secrets
from app.services import sealing
from app.services.cards import (
    MAX_NAME,
    MAX_SCHOOL,
    PublicCard,
    card_document,
    check_role,
    clean_text,
    key_id_for,
    load_card,
    make_certificate,
    public_key_der,
    readable_fingerprint,
)
from app.services.errors import PeerviewError
from app.services.store import Store

__all__ = [
    "PassphraseAsk",
    "PublicCard",
    "TrustedPerson",
    "UnlockedIdentity",
    "create_identity",
    "export_card",
    "find_trusted",
    "get_identity",
    "readable_fingerprint",
    "trust_card",
    "trust_card_file",
    "trusted_for_certificate",
    "trusted_people",
    "unlock",
]

log = logging.getLogger(__name__)

PassphraseAsk = Callable[[str], str | None]

_identity = table(Identity)
_trusted = table(TrustedKey)
ASK_ATTEMPTS = 3


@dataclass(frozen=True)
class UnlockedIdentity:
    card: PublicCard
    ed25519_private: Ed25519PrivateKey
    age_identity: str  # "AGE-SECRET-KEY-1..." (pyrage.x25519.Identity.from_str)
    signing_key: ec.EllipticCurvePrivateKey  # P-256, for PDF signatures
    certificate: x509.Certificate


@dataclass(frozen=True)
class TrustedPerson:
    card: PublicCard
    source: str  # "card" | "roster" | "self"
    trusted_at: str
    # Revoked in a roster (a lost laptop): never accept this key again. Callers that
    # accept signatures or bundles must check this flag.
    revoked: bool


def now_iso(store: Store) -> str:
    return dt.datetime.fromtimestamp(store.wall_clock() / 1000, dt.UTC).isoformat(
        timespec="seconds"
    )


# --- the local identity --------------------------------------------------------------------


def _card_from_row(row: Any) -> PublicCard:
    return PublicCard(
        key_id=row.key_id,
        name=row.name,
        school=row.school,
        role=row.role,
        ed25519_public=bytes(row.ed25519_public or b""),
        x25519_recipient=row.x25519_public or "",
        certificate_pem=row.certificate_pem or "",
    )


def _identity_row(conn: Connection) -> Any:
    return conn.execute(select(_identity).order_by(_identity.c.created_at).limit(1)).first()


def get_identity(store: Store) -> PublicCard | None:
    """This installation's public card, or None before ``create_identity``."""
    with store.read() as conn:
        row = _identity_row(conn)
    return _card_from_row(row) if row is not None else None


def create_identity(
    store: Store,
    name: str,
    school: str = "",
    role: str = "reviewer",
    passphrase: str | None = None,
    ask: PassphraseAsk | None = None,
) -> PublicCard:
    """Make this installation's identity; the passphrase comes from the argument, then the
    one typed this session to open the data, then ``PEERVIEW_PASSPHRASE``, then ``ask``
    (twice, to catch a typo). It is checked for strength against the name and school.

    One passphrase for the person: the data key is wrapped with the identity's passphrase
    from now on (datakey.rewrap), whatever protected it before (decision 0027)."""
    name = clean_text(name, "name", MAX_NAME, required=True)
    school = clean_text(school, "school", MAX_SCHOOL, required=False)
    check_role(role)
    existing = get_identity(store)
    if existing is not None:
        raise _already(existing)
    hints = tuple(h for h in (name, school) if h)
    chosen = (
        passphrase or store.session_passphrase or secrets.from_environment() or _ask_new(ask, hints)
    )
    problem = secrets.check_new(chosen, hints)
    if problem:
        raise PeerviewError(problem)

    before = store.author_key_id  # "device:<id>": what this laptop wrote as until now
    ed_key = Ed25519PrivateKey.generate()
    ed_public = ed_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key_id = key_id_for(ed_public)
    age = pyrage.x25519.Identity.generate()
    signing_key = ec.generate_private_key(ec.SECP256R1())
    created = now_iso(store)
    cert = make_certificate(signing_key, name, school, role, dt.datetime.fromisoformat(created))
    card = PublicCard(
        key_id=key_id,
        name=name,
        school=school,
        role=role,
        ed25519_public=ed_public,
        x25519_recipient=str(age.to_public()),
        certificate_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    )
    secret = {
        "ed25519": base64.b64encode(
            ed_key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
        ).decode("ascii"),
        "age": str(age),
        "p256": base64.b64encode(
            signing_key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ).decode("ascii"),
    }
    sealed = sealing.seal(json.dumps(secret).encode("utf-8"), chosen, key_id.encode("ascii"))
    if store.unlocked is not None and chosen != store.session_passphrase and not store.read_only:
        store.change_passphrase(chosen)
    with store.write() as tx:
        # Checked again inside the write lock: two windows racing must not make two.
        found = _identity_row(tx.conn)
        if found is not None:
            raise _already(_card_from_row(found))
        tx.conn.execute(
            insert(_identity).values(
                key_id=key_id,
                name=name,
                school=school,
                role=role,
                ed25519_public=ed_public,
                x25519_public=card.x25519_recipient,
                certificate_pem=card.certificate_pem,
                private_keys_encrypted=sealed,
                created_at=created,
            )
        )
        store.author_key_id = key_id
        # From now on this laptop writes a certified chain (decision 0028).
        tx.start_chain(ed_key)
    store.author_key_id = key_id
    _relink_people(store, before, key_id)
    if not secrets.save_to_keyring(key_id, chosen):
        log.info("No keyring: the passphrase will be asked for when the keys are needed")
    return card


def _relink_people(store: Store, before: str, key_id: str) -> None:
    """The people this laptop recorded as itself before it had an identity (the demo's
    lead, played by whoever explores it; the maker of a review) are now the identity:
    otherwise the person who explored the demo would no longer be its lead, and could
    neither take its steps nor sign. The laptop's certificate declares its earlier chain,
    so every laptop accepts the change as the person's own (decision 0030)."""
    if not before.startswith("device:"):
        return
    with store.write() as tx:
        found = tx.conn.execute(
            select(Person.id).where(Person.key_id == before, Person.deleted.is_(False))
        ).scalars()
        for person_id in list(found):
            tx.upsert("person", person_id, {"key_id": key_id})


def _already(card: PublicCard) -> PeerviewError:
    return PeerviewError(
        f"This installation already has an identity: {card.name} (fingerprint "
        f"{card.fingerprint}). One installation holds one identity.",
        hint_cli="See it with `peerview identity show`.",
        hint_gui="See it in Your identity.",
    )


def _ask_new(ask: PassphraseAsk | None, hints: tuple[str, ...]) -> str:
    if ask is None:
        raise PeerviewError(
            "A new identity needs a passphrase to protect its keys. Run this in a terminal "
            f"to be asked for one, or set {secrets.ENV_PASSPHRASE}."
        )
    return secrets.confirm_new(
        ask, "Choose a passphrase to protect your keys and your Peerview data", hints
    )


def unlock(store: Store, ask: PassphraseAsk | None = None) -> UnlockedIdentity:
    """The private keys, opened with the passphrase from the OS keyring, then
    ``PEERVIEW_PASSPHRASE``, then ``ask``. Writes nothing to the database."""
    with store.read() as conn:
        row = _identity_row(conn)
    if row is None:
        raise PeerviewError(
            "This installation has no identity yet.",
            hint_cli="Create one with `peerview identity create --name NAME`.",
            hint_gui="Create one in Your identity (File menu).",
        )
    key_id = row.key_id
    stored = secrets.from_keyring(key_id)
    if stored is not None:
        try:
            return _open(row, stored)
        except sealing.WrongPassphrase:
            log.warning("The passphrase in the keyring does not open the keys; asking instead")
    if store.session_passphrase is not None:
        # The person typed it to open the data this session: one passphrase, asked once.
        try:
            return _open(row, store.session_passphrase)
        except sealing.WrongPassphrase:
            log.info("The data passphrase does not open the keys; trying the others")
    env = secrets.from_environment()
    if env is not None:
        try:
            opened = _open(row, env)
        except sealing.WrongPassphrase:
            raise PeerviewError(
                f"The passphrase in {secrets.ENV_PASSPHRASE} is wrong: it does not open the "
                f"keys of {row.name}'s identity. Set it to the passphrase chosen when the "
                "identity was created. Nothing was changed."
            ) from None
        secrets.save_to_keyring(key_id, env)
        return opened
    if ask is None:
        raise PeerviewError(
            "Your keys are locked and no passphrase is available (no OS keyring here). Run "
            f"this in a terminal to be asked, or set {secrets.ENV_PASSPHRASE}."
        )
    prompt = f"Passphrase for {row.name}'s keys"
    for _ in range(ASK_ATTEMPTS):
        given = ask(prompt)
        if given is None:
            raise PeerviewError("No passphrase was given, so your keys stay locked.")
        try:
            opened = _open(row, given)
        except sealing.WrongPassphrase:
            prompt = f"That passphrase is wrong. Passphrase for {row.name}'s keys"
            continue
        secrets.save_to_keyring(key_id, given)
        return opened
    raise PeerviewError(
        f"Wrong passphrase {ASK_ATTEMPTS} times, so your keys stay locked; nothing was "
        "changed. Type the passphrase chosen when the identity was created."
    )


def _open(row: Any, passphrase: str) -> UnlockedIdentity:
    card = _card_from_row(row)
    try:
        plain = sealing.unseal(
            bytes(row.private_keys_encrypted or b""), passphrase, row.key_id.encode("ascii")
        )
        secret = json.loads(plain)
        ed_key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret["ed25519"]))
        signing_key = serialization.load_der_private_key(base64.b64decode(secret["p256"]), None)
        age = pyrage.x25519.Identity.from_str(secret["age"])
        cert = x509.load_pem_x509_certificate(card.certificate_pem.encode("ascii"))
    except sealing.WrongPassphrase:
        raise
    except Exception as exc:
        raise PeerviewError(
            "Your identity's stored keys are damaged and cannot be read. Restore the data "
            "folder from a backup (in its backups/ folder)."
        ) from exc
    ed_public = ed_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    # The sealed keys must belong to the public keys others were given.
    if (
        not isinstance(signing_key, ec.EllipticCurvePrivateKey)
        or ed_public != card.ed25519_public
        or str(age.to_public()) != card.x25519_recipient
        or public_key_der(cert)
        != signing_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ):
        raise PeerviewError(
            "Your identity's stored public and private keys do not match. Restore the data "
            "folder from a backup (in its backups/ folder)."
        )
    return UnlockedIdentity(
        card=card,
        ed25519_private=ed_key,
        age_identity=str(age),
        signing_key=signing_key,
        certificate=cert,
    )


def export_card(store: Store, path: Path, ask: PassphraseAsk | None = None) -> PublicCard:
    """Write this installation's public card, signed with its Ed25519 key, atomically."""
    from app import fileio

    unlocked = unlock(store, ask)
    doc = card_document(unlocked.card, unlocked.ed25519_private)
    fileio.write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return unlocked.card


# --- trusted people ------------------------------------------------------------------------


def _trusted_from_row(row: Any) -> TrustedPerson:
    # trusted_key rows carry the same public columns as the identity row.
    return TrustedPerson(
        card=_card_from_row(row),
        source=row.source,
        trusted_at=row.trusted_at,
        revoked=row.revoked_at is not None,
    )


def trusted_people(store: Store) -> list[TrustedPerson]:
    """Everyone this installation trusts, itself first (source "self"), revoked keys
    included with ``revoked`` set."""
    with store.read() as conn:
        own = _identity_row(conn)
        rows = conn.execute(select(_trusted).order_by(_trusted.c.name, _trusted.c.key_id)).all()
    people: list[TrustedPerson] = []
    revoked_ids = {r.key_id for r in rows if r.revoked_at is not None}
    if own is not None:
        people.append(
            TrustedPerson(
                card=_card_from_row(own),
                source="self",
                trusted_at=own.created_at,
                revoked=own.key_id in revoked_ids,
            )
        )
    own_id = own.key_id if own is not None else None
    people.extend(_trusted_from_row(r) for r in rows if r.key_id != own_id)
    return people


def find_trusted(store: Store, key_id: str) -> TrustedPerson | None:
    """The trusted person with this key id (check ``revoked``), or None."""
    for person in trusted_people(store):
        if person.card.key_id == key_id:
            return person
    return None


def trusted_for_certificate(store: Store, certificate: x509.Certificate) -> TrustedPerson | None:
    """The trusted person whose PDF-signing certificate has this public key, or None.
    Check ``revoked`` on the result: a revoked key's signatures are not to be accepted."""
    wanted = public_key_der(certificate)
    for person in trusted_people(store):
        if not person.card.certificate_pem:
            continue
        try:
            theirs = x509.load_pem_x509_certificate(person.card.certificate_pem.encode("ascii"))
        except ValueError:
            continue
        if public_key_der(theirs) == wanted:
            return person
    return None


def trust_card(store: Store, card: PublicCard, source: str = "card") -> TrustedPerson:
    """Trust the person on a verified card (their fingerprint checked by a person, or
    vouched for by a trusted roster). A revoked key is refused."""
    if source not in ("card", "roster"):
        raise ValueError(f"unknown trust source {source!r}")
    own = get_identity(store)
    if own is not None and own.key_id == card.key_id:
        found = find_trusted(store, card.key_id)
        assert found is not None
        return found
    with store.write() as tx:
        person = trust_in(tx.conn, card, source, now_iso(store))
    return person


def trust_in(conn: Connection, card: PublicCard, source: str, when: str) -> TrustedPerson:
    """Trust a card inside an open write transaction (used by roster import too)."""
    row = conn.execute(select(_trusted).where(_trusted.c.key_id == card.key_id)).first()
    if row is not None and row.revoked_at is not None:
        raise PeerviewError(
            f"The key of {row.name} (fingerprint {card.fingerprint}) was revoked on "
            f"{dates.date_long(row.revoked_at)}, for example after a lost laptop, and is never trusted "
            "again. Ask them for the card of their new identity."
        )
    values = card_columns(card)
    if row is None:
        conn.execute(insert(_trusted).values(source=source, trusted_at=when, **values))
        return TrustedPerson(card=card, source=source, trusted_at=when, revoked=False)
    if any(getattr(row, k) != v for k, v in values.items()):
        # Same Ed25519 key, newer card from its owner (a new school, say): keep it current.
        conn.execute(update(_trusted).where(_trusted.c.key_id == card.key_id).values(**values))
    return TrustedPerson(card=card, source=row.source, trusted_at=row.trusted_at, revoked=False)


def card_columns(card: PublicCard) -> dict[str, Any]:
    """A card as trusted_key (and identity) column values."""
    return {
        "key_id": card.key_id,
        "name": card.name,
        "school": card.school,
        "role": card.role,
        "ed25519_public": card.ed25519_public,
        "x25519_public": card.x25519_recipient,
        "certificate_pem": card.certificate_pem,
    }


def trust_card_file(store: Store, path: Path) -> TrustedPerson:
    """Read, verify and trust a card file. Callers show ``load_card(path).fingerprint``
    to the person and get it confirmed first."""
    return trust_card(store, load_card(Path(path)))
