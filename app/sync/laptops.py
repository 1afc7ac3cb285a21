"""Laptops named as people know them, in sync's messages: "Priya Natarajan's laptop",
"this laptop", never the first characters of a device id (UUIDv7 ids made in the same
minute share them, so five laptops could all print as one).

A laptop is known by the certificate that ties its chain to an identity (decision 0028)
and that identity's name here (its card, the roster or a team record). The last six
characters of the id, its random part, follow the name so that two laptops of one
person (a second computer, a restored database's new chain) stay apart.

Messages made deep in a merge have no database to hand: they carry ``mention(device)``,
and ``LaptopNames.fill`` replaces each mention with the name where one is known.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from app.ids import id_tail
from app.services import chainkeys
from app.services.authors import Authors
from app.services.store import Store

_MENTION = re.compile(r"\[laptop:([0-9A-Za-z._:-]{1,80})\]")


def mention(device_id: str) -> str:
    """A placeholder for a laptop in a message, named by ``LaptopNames.fill``."""
    return f"[laptop:{device_id}]"


class LaptopNames:
    def __init__(self, store: Store, conn: Connection) -> None:
        self._own = store.device_id
        self._authors = Authors(store, conn)
        self._owner = {
            device: str(cert.get("key_id", ""))
            for device, cert in chainkeys.known_certificates(conn).items()
        }

    def name(self, device_id: str) -> str:
        if device_id == self._own:
            return "this laptop"
        person = self._authors.known(self._owner.get(device_id))
        if person:
            return f"{person}'s laptop ({id_tail(device_id)})"
        if device_id in self._owner:
            return f"a laptop whose owner is not known here ({id_tail(device_id)})"
        return f"a laptop with no certificate here ({id_tail(device_id)})"

    def fill(self, text: str) -> str:
        """``text`` with every ``mention`` replaced by the laptop's name."""
        return _MENTION.sub(lambda m: self.name(m.group(1)), text)
