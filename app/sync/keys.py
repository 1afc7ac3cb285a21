"""The keys a bundle needs, behind one small interface.

Export signs with the local Ed25519 key and encrypts to recipients' age keys; import
decrypts with the local age identity and checks the signer against the people this
installation trusts. ``KeyRing`` is what the bundle code asks; ``IdentityKeyRing``
answers from app.services.identity (the identity helper's module), and tests may pass
another implementation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.store import Store

log = logging.getLogger(__name__)

DSL_ROLE = "dsl"


@dataclass(frozen=True)
class LocalKeys:
    key_id: str
    name: str
    role: str
    ed25519_private: Ed25519PrivateKey
    age_identity: str  # "AGE-SECRET-KEY-1..."
    age_recipient: str  # "age1..."
    fingerprint: str


@dataclass(frozen=True)
class PeerKey:
    key_id: str
    name: str
    role: str
    ed25519_public: bytes
    age_recipient: str
    fingerprint: str
    revoked: bool = False


class KeyRing(Protocol):
    def local(self) -> LocalKeys: ...

    def peer(self, key_id: str) -> PeerKey | None: ...

    def peers(self) -> list[PeerKey]: ...

    def fingerprint(self, key_id: str) -> str: ...


def normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def find_recipient(keys: KeyRing, ref: str) -> PeerKey | None:
    """A trusted person by readable fingerprint, or by (the start of) their key id."""
    want = normalise_fingerprint(ref)
    if not want:
        return None
    matches = [
        p
        for p in keys.peers()
        if normalise_fingerprint(p.fingerprint) == want
        or (len(want) >= 8 and p.key_id.startswith(want))
    ]
    return matches[0] if len(matches) == 1 else None


class IdentityKeyRing:
    """Keys from app.services.identity: the local identity (unlocked with the passphrase
    from the OS keyring, PEERVIEW_PASSPHRASE or ``ask``) and the trusted people."""

    def __init__(self, store: Store, ask: Callable[[str], str | None] | None = None) -> None:
        self.store = store
        self.ask = ask
        self._local: LocalKeys | None = None

    def local(self) -> LocalKeys:
        if self._local is None:
            from pyrage import x25519

            import app.services.identity as identity

            unlocked = identity.unlock(self.store, self.ask)
            card = unlocked.card
            self._local = LocalKeys(
                key_id=card.key_id,
                name=card.name,
                role=card.role,
                ed25519_private=unlocked.ed25519_private,
                age_identity=unlocked.age_identity,
                age_recipient=str(x25519.Identity.from_str(unlocked.age_identity).to_public()),
                fingerprint=card.fingerprint,
            )
        return self._local

    def peer(self, key_id: str) -> PeerKey | None:
        import app.services.identity as identity

        person = identity.find_trusted(self.store, key_id)
        return None if person is None else _peer(person)

    def peers(self) -> list[PeerKey]:
        import app.services.identity as identity

        return [_peer(p) for p in identity.trusted_people(self.store)]

    def fingerprint(self, key_id: str) -> str:
        import app.services.identity as identity

        return identity.readable_fingerprint(key_id)


def _peer(person: object) -> PeerKey:
    card = person.card  # type: ignore[attr-defined]
    return PeerKey(
        key_id=card.key_id,
        name=card.name,
        role=card.role,
        ed25519_public=card.ed25519_public,
        age_recipient=card.x25519_recipient,
        fingerprint=card.fingerprint,
        revoked=bool(person.revoked),  # type: ignore[attr-defined]
    )
