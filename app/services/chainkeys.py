"""Laptop certificates and signed chain heads: how an entry is vouched for by its author.

Each certified device chain has its own Ed25519 key, kept in this database's
``device_state``. Its certificate binds the device id (derived from that key, so nobody
can claim another laptop's id), the key, and the identity that owns the laptop; the
identity signs it and so does the device key. The last entry of every write carries the
device key's signature over the chain head; an entry is vouched for when the hash links
from it to a signed head are intact. A chain written before its laptop had a
certificate is vouched for by the certificate of the chain that followed it
(``previous``: that chain's last position and hash). See decision 0028.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import DeviceCertificate, table
from app.services.changelog import canonical_json

CERT_CONTEXT = b"peerview-device-certificate\x00"
HEAD_CONTEXT = b"peerview-chain-head\x00"
_certs = table(DeviceCertificate)
_BODY_KEYS = ("created", "device_id", "device_public", "identity_public", "key_id", "previous")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def derive_device_id(device_public: bytes) -> str:
    """A UUID (version 8) from the device key: an id only that key's holder can certify."""
    digest = bytearray(hashlib.sha256(b"peerview-device\x00" + device_public).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x80
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))


def make_certificate(
    identity: Ed25519PrivateKey,
    device: Ed25519PrivateKey,
    created: str,
    previous: dict[str, list[Any]],
) -> dict[str, Any]:
    identity_public = raw_public(identity)
    body = {
        "created": created,
        "device_id": derive_device_id(raw_public(device)),
        "device_public": b64(raw_public(device)),
        "identity_public": b64(identity_public),
        "key_id": hashlib.sha256(identity_public).hexdigest(),
        "previous": previous,
    }
    message = CERT_CONTEXT + canonical_json(body).encode("utf-8")
    return {
        **body,
        "identity_sig": b64(identity.sign(message)),
        "device_sig": b64(device.sign(message)),
    }


def _public(text: Any) -> Ed25519PublicKey:
    raw = base64.b64decode(text, validate=True)
    return Ed25519PublicKey.from_public_bytes(raw)


def check_certificate(cert: Any) -> str | None:
    """What is wrong with a certificate a bundle carried, or None when it holds."""
    if not isinstance(cert, dict) or set(cert) != {*_BODY_KEYS, "identity_sig", "device_sig"}:
        return "a laptop certificate is damaged"
    if not all(isinstance(cert[k], str) for k in _BODY_KEYS if k != "previous"):
        return "a laptop certificate is damaged"
    previous = cert["previous"]
    if not isinstance(previous, dict) or len(previous) > 1000:
        return "a laptop certificate is damaged"
    for device, head in previous.items():
        if not (
            isinstance(device, str)
            and isinstance(head, list)
            and len(head) == 2
            and type(head[0]) is int
            and 1 <= head[0] <= 1 << 53
            and isinstance(head[1], str)
        ):
            return "a laptop certificate is damaged"
    try:
        identity_raw = base64.b64decode(cert["identity_public"], validate=True)
        device_raw = base64.b64decode(cert["device_public"], validate=True)
        message = CERT_CONTEXT + canonical_json({k: cert[k] for k in _BODY_KEYS}).encode()
        Ed25519PublicKey.from_public_bytes(identity_raw).verify(
            base64.b64decode(cert["identity_sig"], validate=True), message
        )
        Ed25519PublicKey.from_public_bytes(device_raw).verify(
            base64.b64decode(cert["device_sig"], validate=True), message
        )
    except (ValueError, TypeError, InvalidSignature):
        return "a laptop certificate's signatures do not hold"
    if cert["key_id"] != hashlib.sha256(identity_raw).hexdigest():
        return "a laptop certificate names a key that is not its own"
    if cert["device_id"] != derive_device_id(device_raw):
        return "a laptop certificate claims a device id its key does not make"
    return None


def _head_message(device_id: str, seq: int, hash_: str) -> bytes:
    return HEAD_CONTEXT + f"{device_id}:{seq}:{hash_}".encode("ascii", "replace")


def sign_head(device: Ed25519PrivateKey, device_id: str, seq: int, hash_: str) -> str:
    return b64(device.sign(_head_message(device_id, seq, hash_)))


def head_ok(
    device_public: Ed25519PublicKey, device_id: str, seq: int, hash_: str, sig: Any
) -> bool:
    if not isinstance(sig, str):
        return False
    try:
        device_public.verify(
            base64.b64decode(sig, validate=True), _head_message(device_id, seq, hash_)
        )
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def device_public_key(cert: dict[str, Any]) -> Ed25519PublicKey:
    return _public(cert["device_public"])


def load_device_key(text: str | None) -> Ed25519PrivateKey | None:
    if not text:
        return None
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def private_text(key: Ed25519PrivateKey) -> str:
    return b64(key.private_bytes_raw())


# --- the certificates known here ------------------------------------------------------


def known_certificates(conn: Connection) -> dict[str, dict[str, Any]]:
    import json

    return {r.device_id: json.loads(r.body) for r in conn.execute(select(_certs))}


def remember(conn: Connection, certs: list[dict[str, Any]]) -> None:
    """Keep certificates (already checked); a device's first certificate stays."""
    if not certs:
        return
    conn.execute(
        sqlite_insert(_certs).on_conflict_do_nothing(index_elements=["device_id"]),
        [
            {"device_id": c["device_id"], "key_id": c["key_id"], "body": canonical_json(c)}
            for c in certs
        ],
    )
