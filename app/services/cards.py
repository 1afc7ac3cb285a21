"""Public cards: who a person is and their public keys, signed by their own Ed25519 key.

A card is what two reviewers exchange (a file on a USB stick, an email attachment) before
they trust each other. The key id is the SHA-256 of the raw Ed25519 public key and the
fingerprint people read aloud is made from it, so checking the fingerprint checks that key.
The card's other contents (the age recipient and the PDF-signing certificate) are bound to
that key by the card's signature: without it, someone could swap the encryption key on a
card in transit and the fingerprint would still match.

File format (JSON, UTF-8)::

    {"format": "peerview-card", "version": 1,
     "card": {"key_id", "name", "school", "role", "ed25519_public" (base64),
              "x25519_recipient", "certificate_pem", "fingerprint"},
     "signature": base64 Ed25519 signature over signing_bytes("peerview-card", 1, card)}
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import NameOID

from app.models.org import PERSON_ROLES
from app.services.errors import PeerviewError

CARD_FORMAT = "peerview-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
MAX_NAME = 64  # X.509 upper bound for a common name
MAX_SCHOOL = 128
CERTIFICATE_YEARS = 10


@dataclass(frozen=True)
class PublicCard:
    key_id: str  # lower-case hex SHA-256 of the raw Ed25519 public key (64 chars)
    name: str
    school: str
    role: str  # one of app.models.org.PERSON_ROLES
    ed25519_public: bytes  # raw 32 bytes
    x25519_recipient: str  # age recipient, "age1..."
    certificate_pem: str  # self-signed X.509, ECDSA P-256: CN=name, O=school, title=role

    @property
    def fingerprint(self) -> str:
        return readable_fingerprint(self.key_id)

    def as_dict(self) -> dict[str, str]:
        return {
            "key_id": self.key_id,
            "name": self.name,
            "school": self.school,
            "role": self.role,
            "ed25519_public": base64.b64encode(self.ed25519_public).decode("ascii"),
            "x25519_recipient": self.x25519_recipient,
            "certificate_pem": self.certificate_pem,
            "fingerprint": self.fingerprint,
        }


def key_id_for(ed25519_public: bytes) -> str:
    return hashlib.sha256(ed25519_public).hexdigest()


def readable_fingerprint(key_id: str) -> str:
    """Six groups of five digits, e.g. ``"04417 93822 10563 77201 38455 60912"``.

    Digits read aloud the same in every language a partnership speaks and survive a
    phone line; 30 digits carry about 100 bits, enough that nobody can make a key to
    match someone else's. Each group is 5 bytes of the key id taken modulo 100000.
    """
    try:
        raw = bytes.fromhex(key_id)
    except ValueError as exc:
        raise ValueError(f"not a key id: {key_id!r}") from exc
    if len(raw) != 32:
        raise ValueError(f"not a key id: {key_id!r}")
    groups = (int.from_bytes(raw[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6))
    return " ".join(f"{g:05d}" for g in groups)


def same_fingerprint(given: str, key_id: str) -> bool:
    """Whether a fingerprint typed by a person (any spacing) is this key's."""
    digits = "".join(ch for ch in unicodedata.normalize("NFKC", given) if not ch.isspace())
    return digits.replace("-", "") == readable_fingerprint(key_id).replace(" ", "")


def clean_text(value: str, what: str, limit: int, *, required: bool) -> str:
    """Names as people type them: NFC, trimmed, no control characters, bounded."""
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise PeerviewError(
            f"The {what} is empty; give one.", hint_cli=f"(for example --{what} '...')"
        )
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200c\u200d" for ch in text):
        raise PeerviewError(f"The {what} contains control characters; type it as plain text.")
    if len(text) > limit:
        raise PeerviewError(f"The {what} is {len(text)} characters long; shorten it to {limit}.")
    return text


def check_role(role: str) -> str:
    if role not in PERSON_ROLES:
        raise PeerviewError(f"Unknown role '{role}'; use one of: {', '.join(PERSON_ROLES)}.")
    return role


# --- the certificate for PDF signatures -------------------------------------------------


def make_certificate(
    key: ec.EllipticCurvePrivateKey, name: str, school: str, role: str, now: dt.datetime
) -> x509.Certificate:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if school:
        # Long school names exceed X.509's suggested 64; PDF validators accept them.
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, school, _validate=False))
    attributes.append(x509.NameAttribute(NameOID.TITLE, role))
    subject = x509.Name(attributes)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))  # tolerate a laptop clock a day slow
        .not_valid_after(now + dt.timedelta(days=365 * CERTIFICATE_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def certificate_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def public_key_der(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# --- signing and reading card files -------------------------------------------------------


def signing_bytes(fmt: str, version: int, body: Any) -> bytes:
    """The exact bytes a card or roster signature covers: domain, version, canonical JSON."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{fmt}\n{version}\n".encode() + canonical.encode("utf-8")


def card_document(card: PublicCard, key: Ed25519PrivateKey) -> dict[str, Any]:
    body = card.as_dict()
    signature = key.sign(signing_bytes(CARD_FORMAT, CARD_VERSION, body))
    return {
        "format": CARD_FORMAT,
        "version": CARD_VERSION,
        "card": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }


def read_json_file(path: Path, what: str, limit: int, fix: str) -> Any:
    """A small JSON file, refused with a message naming the problem when it is not."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PeerviewError(f"{path} is not a file; give the path of a {what} file.")
        if size > limit:
            raise PeerviewError(
                f"{path} is {size:,} bytes, too large for a {what} (at most {limit:,}); "
                f"check that it is the right file. {fix}"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PeerviewError(f"Cannot read {path}: {exc.strerror or exc}. Check the path.") from exc
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # deep nesting recurses
        raise PeerviewError(
            f"{path} is not a readable {what}: it is truncated or not JSON ({exc}). {fix}"
        ) from exc


def check_envelope(doc: Any, fmt: str, version: int, path: Path, what: str, fix: str) -> None:
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise PeerviewError(f"{path} is not a Peerview {what}. {fix}")
    found = doc.get("version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise PeerviewError(f"{path} has no valid format version. {fix}")
    if found > version:
        raise PeerviewError(
            f"{path} is a {what} of format version {found}, newer than this Peerview reads "
            f"({version}); update Peerview to read it."
        )
    if found != version:
        raise PeerviewError(f"{path} has unknown format version {found}. {fix}")


def verify_signature(public: bytes, signature: Any, message: bytes) -> bool:
    if not isinstance(signature, str):
        return False
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(raw, message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def parse_card(body: Any, where: str) -> PublicCard:
    """A card's fields, checked: every key and the certificate belong together."""

    def bad(detail: str) -> PeerviewError:
        return PeerviewError(
            f"{where} is damaged: {detail}. Ask its owner to export their card again."
        )

    if not isinstance(body, dict):
        raise bad("the card is not a JSON object")
    fields = "key_id name school role ed25519_public x25519_recipient certificate_pem"
    for name in fields.split():
        if not isinstance(body.get(name), str):
            raise bad(f"'{name}' is missing or not text")
    try:
        ed_public = base64.b64decode(body["ed25519_public"], validate=True)
    except ValueError as exc:
        raise bad("the Ed25519 key is not base64") from exc
    if len(ed_public) != 32:
        raise bad("the Ed25519 key is not 32 bytes")
    if key_id_for(ed_public) != body["key_id"]:
        raise bad("the key id does not match the Ed25519 key")
    try:
        pyrage.x25519.Recipient.from_str(body["x25519_recipient"])
    except Exception as exc:  # pyrage raises its own error types
        raise bad("the age (X25519) key is not valid") from exc
    try:
        cert = x509.load_pem_x509_certificate(body["certificate_pem"].encode("ascii"))
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, UnicodeEncodeError, InvalidSignature) as exc:
        raise bad("the certificate is not a valid self-signed certificate") from exc
    key = cert.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise bad("the certificate's key is not ECDSA P-256")
    name = clean_text(body["name"], "name", MAX_NAME, required=True)
    if certificate_name(cert) != name:
        raise bad("the certificate names someone else")
    role = body["role"]
    if role not in PERSON_ROLES:
        raise bad(f"unknown role '{role}'")
    return PublicCard(
        key_id=body["key_id"],
        name=name,
        school=clean_text(body["school"], "school", MAX_SCHOOL, required=False),
        role=role,
        ed25519_public=ed_public,
        x25519_recipient=body["x25519_recipient"],
        certificate_pem=body["certificate_pem"],
    )


CARD_FIX = "Ask its owner for a fresh copy of their card."


def load_card(path: Path) -> PublicCard:
    """Read and verify a card file; raises PeerviewError naming the problem and the fix."""
    doc = read_json_file(path, "card", MAX_CARD_BYTES, CARD_FIX)
    check_envelope(doc, CARD_FORMAT, CARD_VERSION, path, "card", CARD_FIX)
    card = parse_card(doc.get("card"), str(path))
    message = signing_bytes(CARD_FORMAT, CARD_VERSION, doc["card"])
    if not verify_signature(card.ed25519_public, doc.get("signature"), message):
        raise PeerviewError(
            f"{path} has a signature that does not match its contents: the card was changed "
            f"after its owner made it. {CARD_FIX}"
        )
    return card
