"""Which entry had seen which: the basis for telling concurrent changes apart.

Within one device the chain orders everything. Across devices, a device's receipt
(``sync_receipt``, written after each import that applied something) says how far it
had seen every other chain; the latest receipt *before* an entry in its own chain is
what that entry's author had seen when making it. Receipts travel in bundles, so every
replica that holds the same entries answers these questions the same way.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from app.models import ChangeLogEntry, table
from app.services.changelog import Entry

_log = table(ChangeLogEntry)


def parse_ref(ref: str) -> tuple[str, int]:
    device, seq = ref.rsplit(":", 1)
    return device, int(seq)


def touched(entry: Entry) -> dict[str, Any]:
    """The fields an entry sets, with their values (a delete sets ``deleted``)."""
    return {"deleted": True} if entry.op == "delete" else entry.fields


class Causality:
    """Answers "had entry X seen entry Y?" with a cache; one per transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._seen_before: dict[tuple[str, int], dict[str, int]] = {}

    def seen_by(self, device_id: str, seq: int) -> dict[str, int]:
        """device -> highest seq seen, per the device's last receipt before ``seq``."""
        key = (device_id, seq)
        if key not in self._seen_before:
            row = self.conn.execute(
                select(_log.c.fields)
                .where(
                    _log.c.device_id == device_id,
                    _log.c.entity == "sync_receipt",
                    _log.c.seq < seq,
                )
                .order_by(_log.c.seq.desc())
                .limit(1)
            ).first()
            seen: dict[str, int] = {}
            if row is not None:
                raw = json.loads(row.fields).get("seen")
                if raw:
                    seen = {k: int(v) for k, v in json.loads(raw).items()}
            self._seen_before[key] = seen
        return self._seen_before[key]

    def sees(self, x: Entry, y_ref: str) -> bool:
        """True when the author of ``x`` had ``y_ref`` when making ``x``."""
        device, seq = parse_ref(y_ref)
        if device == x.device_id:
            return seq < x.seq
        return self.seen_by(x.device_id, x.seq).get(device, 0) >= seq


def entries_for(conn: Connection, entity_id: str) -> list[Entry]:
    rows = conn.execute(
        select(_log).where(_log.c.entity_id == entity_id).order_by(_log.c.hlc, _log.c.device_id)
    ).all()
    return [Entry.from_row(r) for r in rows]
