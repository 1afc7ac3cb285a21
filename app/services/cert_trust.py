"""Whom this installation trusts to sign reports.

A report's signatures are checked against the signer's own certificate (they are
self-signed), so a valid signature says only that the file is unchanged since someone
signed it. Who that someone is comes from here:

- a person this installation trusts (their public card, the partnership roster, or
  itself), matched by the public key of their PDF-signing certificate; revoked keys never;
- a certificate a person trusted by its SHA-256 fingerprint after checking it with the
  signer (``trust_certificate``): a host headteacher who countersigned in their PDF reader
  with its own digital ID has no Peerview card.

The trusted certificates are local to this installation, like trusted cards: never synced.
See docs/decisions/0033-signatures-people-can-rely-on.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import insert, select

from app.models import TrustedCertificate, table
from app.services import identity
from app.services.cards import certificate_name
from app.services.errors import PeerviewError
from app.services.store import Store

_trusted = table(TrustedCertificate)


@dataclass(frozen=True)
class TrustedCert:
    sha256: str
    name: str
    trusted_at: str


def sha256_of(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def normalise_fingerprint(given: str) -> str:
    """A fingerprint as typed (any spacing, colons, case) as 64 lower-case hex digits, or
    "" when it is not one."""
    text = unicodedata.normalize("NFKC", given)
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in ":-").lower()
    if len(digits) != 64 or any(ch not in "0123456789abcdef" for ch in digits):
        return ""
    return digits


def find_trusted_certificate(store: Store, sha256: str) -> TrustedCert | None:
    with store.read() as conn:
        row = conn.execute(select(_trusted).where(_trusted.c.sha256 == sha256)).first()
    return TrustedCert(row.sha256, row.name, row.trusted_at) if row is not None else None


def trusted_certificates(store: Store) -> list[TrustedCert]:
    with store.read() as conn:
        rows = conn.execute(select(_trusted).order_by(_trusted.c.name)).all()
    return [TrustedCert(r.sha256, r.name, r.trusted_at) for r in rows]


def trust_certificate(store: Store, cert: x509.Certificate, given: str) -> TrustedCert:
    """Trust ``cert`` for report signatures, once the fingerprint a person read to you
    (``given``) matches it in full. A mismatch is refused and nothing is stored."""
    wanted = sha256_of(cert)
    typed = normalise_fingerprint(given)
    if not typed:
        raise PeerviewError(
            "A certificate fingerprint is 64 hexadecimal digits (0-9, A-F), shown in groups "
            "of four; give all of them, as the signer read them to you."
        )
    if typed != wanted:
        raise PeerviewError(
            "That fingerprint does not match this signer's certificate, so it was not "
            "trusted. Check the digits with the signer again: a different fingerprint can "
            "mean that someone else signed in their name."
        )
    found = find_trusted_certificate(store, wanted)
    if found is not None:
        return found
    when = dt.datetime.fromtimestamp(store.wall_clock() / 1000, dt.UTC).isoformat(
        timespec="seconds"
    )
    name = certificate_name(cert)
    with store.write() as tx:
        tx.conn.execute(
            insert(_trusted).values(
                sha256=wanted,
                name=name,
                certificate_pem=cert.public_bytes(Encoding.PEM).decode("ascii"),
                trusted_at=when,
            )
        )
    return TrustedCert(wanted, name, when)


def lookup(store: Store) -> Callable[[x509.Certificate], str | None]:
    """For app.reports.verify: who trusts a signer's certificate ("self", "card",
    "roster", "certificate"), or None."""

    def trusted(cert: x509.Certificate) -> str | None:
        person = identity.trusted_for_certificate(store, cert)
        if person is not None:
            return None if person.revoked else str(person.source)
        if find_trusted_certificate(store, sha256_of(cert)) is not None:
            return "certificate"
        return None

    return trusted


def known_names(store: Store) -> set[str]:
    """The names of everyone this installation trusts: a signature by an unverified
    signer who carries one of these names may be someone signing as them."""
    people = {p.card.name for p in identity.trusted_people(store) if not p.revoked}
    return people | {c.name for c in trusted_certificates(store)}
