"""Who wrote something, in words a person understands: never a device id or key prefix.

Change-log entries name their author by identity key id, or, before the person set up
an identity, by ``device:<device id>``. A history that said "by this device (01a2352e)"
told nobody anything. In order: the name this installation knows for the key (its
identity, a trusted person, a team member); for this installation's own identity or
device with no name yet, "you" (the device's entries before the identity existed are
the same person's); otherwise a description with the fingerprint a person can read
aloud to check who it is.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from app.models import Identity, Person, TrustedKey
from app.services import chainkeys
from app.services.cards import readable_fingerprint
from app.services.store import Store

YOU = "you"
UNKNOWN = "someone unknown"
NO_IDENTITY = "someone on another laptop, before they set up their identity"


class Authors:
    """Names for author key ids, read once; ``name`` is cheap after that."""

    def __init__(self, store: Store, conn: Connection | None = None) -> None:
        self._own = {store.author_key_id, f"device:{store.device_id}"}
        self._names: dict[str, str] = {}
        if conn is None:
            with store.read() as read:
                self._load(read)
        else:
            self._load(conn)

    def _load(self, conn: Connection) -> None:
        # This laptop's earlier chains (decision 0029): their "device:" authors are
        # this person too, named by the certificates this identity made.
        for cert in chainkeys.known_certificates(conn).values():
            if cert["key_id"] in self._own:
                self._own.add(f"device:{cert['device_id']}")
                self._own.update(f"device:{d}" for d in cert["previous"])
        # Later sources do not override earlier ones: a person's own card wins over a
        # team record typed by someone else.
        for query in (
            select(Identity.key_id, Identity.name),
            select(TrustedKey.key_id, TrustedKey.name),
            select(Person.key_id, Person.name).where(
                Person.key_id.is_not(None), Person.deleted.is_(False)
            ),
        ):
            for key_id, name in conn.execute(query):
                if key_id and name and key_id not in self._names:
                    self._names[str(key_id)] = str(name)

    def known(self, key_id: str | None) -> str | None:
        """The person's name when this installation knows one."""
        return self._names.get(key_id or "")

    def name(self, key_id: str | None, *, you: str = YOU) -> str:
        """A name, ``you``, or a description; never an id on its own."""
        if not key_id:
            return UNKNOWN
        found = self._names.get(key_id)
        if found:
            return found
        if key_id in self._own:
            # Entries made before the identity existed name this device: the same person.
            own_name = next((self._names[k] for k in self._own if k in self._names), None)
            return own_name or you
        return stranger(key_id)


def stranger(key_id: str) -> str:
    """Someone this installation has no name for, described so a person can find out:
    a key's fingerprint is what partners read to each other when they exchange cards."""
    if key_id.startswith("device:"):
        return NO_IDENTITY
    try:
        return f"someone not in your trusted list (fingerprint {readable_fingerprint(key_id)})"
    except ValueError:
        return "someone not in your trusted list"
