"""Choosing what goes into a bundle: the review's entries a recipient has not seen.

Whole device chains travel, so the recipient can verify them link by link; an entry
the recipient may not read (another review's records, or a safeguarding concern for
anyone but the designated safeguarding lead) travels as a *stub*: its device, sequence
number, clock, hash and the hash before it, and nothing else
(docs/decisions/0013-withheld-entries.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from app.models import ChangeLogEntry, SyncReceipt, SyncWithheld, table
from app.services.changelog import Entry
from app.sync.merge import Stub
from app.sync.scope import ALWAYS, review_scope, scope_ids

_log = table(ChangeLogEntry)
_withheld = table(SyncWithheld)
_receipt = table(SyncReceipt)


@dataclass
class Outgoing:
    entries: list[Entry] = field(default_factory=list)
    stubs: list[Stub] = field(default_factory=list)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)  # device -> first, last
    # With ``lines=True``: each full entry as its bundle line, built from the stored
    # canonical JSON (no parse and re-encode of every entry's fields).
    lines: list[str] = field(default_factory=list)


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def entry_line(row: Any) -> str:
    """An entry's line in entries.jsonl, equal to ``canonical_json({"kind": "entry",
    **entry})``: keys in sorted order, and ``fields``/``prior`` as stored (the change
    log stores them as canonical JSON already)."""
    return (
        f'{{"author_key_id":{_j(row.author_key_id)},"device_id":{_j(row.device_id)},'
        f'"entity":{_j(row.entity)},"entity_id":{_j(row.entity_id)},"fields":{row.fields},'
        f'"hash":{_j(row.hash)},"hlc":{_j(row.hlc)},"kind":"entry","op":{_j(row.op)},'
        f'"prev_hash":{_j(row.prev_hash)},"prior":{row.prior},"seq":{int(row.seq)}}}'
    )


def device_tips(conn: Connection) -> dict[str, int]:
    tips: dict[str, int] = {}
    for tbl in (_log, _withheld):
        for device, seq in conn.execute(
            select(tbl.c.device_id, func.max(tbl.c.seq)).group_by(tbl.c.device_id)
        ):
            tips[device] = max(tips.get(device, 0), int(seq))
    return tips


def acknowledged(conn: Connection, key_ids: list[str]) -> dict[str, int]:
    """device -> sequence number every one of these people is known to hold, learned
    from their receipts (which arrive in the bundles they send back). Someone with no
    receipt here yet is assumed to hold nothing."""
    if not key_ids:
        return {}
    per_person: list[dict[str, int]] = []
    tips = device_tips(conn)
    for key_id in key_ids:
        seen: dict[str, int] = {}
        for row in conn.execute(
            select(_receipt.c.device_id, _receipt.c.seen).where(_receipt.c.key_id == key_id)
        ):
            for device, seq in json.loads(row.seen).items():
                seen[device] = max(seen.get(device, 0), int(seq))
            # A device holds its own chain; we can only send what we hold of it.
            seen[row.device_id] = tips.get(row.device_id, 0)
        # Their own devices, known from the entries they wrote, even before any receipt.
        for device in conn.execute(
            select(_log.c.device_id).where(_log.c.author_key_id == key_id).distinct()
        ).scalars():
            seen[device] = tips.get(device, 0)
        per_person.append(seen)
    devices = set().union(*per_person)
    return {d: min(p.get(d, 0) for p in per_person) for d in devices}


def collect(
    conn: Connection,
    review_id: str,
    since: dict[str, int],
    *,
    restricted: bool,
    scope: dict[str, set[str]] | None = None,
    lines: bool = False,
) -> Outgoing:
    """Every entry after ``since`` on every device chain: in full when it is for this
    review (safeguarding concerns only when ``restricted``), otherwise as a stub."""
    if scope is None:
        scope = review_scope(conn, review_id)
    visible = scope_ids(scope, restricted=restricted)
    out = Outgoing()
    for device, tip in sorted(device_tips(conn).items()):
        start = since.get(device, 0)
        if tip <= start:
            continue
        out.ranges[device] = (start + 1, tip)
        for row in conn.execute(
            select(_log).where(_log.c.device_id == device, _log.c.seq > start).order_by(_log.c.seq)
        ):
            if row.entity_id in visible or row.entity in ALWAYS:
                if lines:
                    out.lines.append(entry_line(row))
                else:
                    out.entries.append(Entry.from_row(row))
            else:
                out.stubs.append(Stub(row.device_id, row.seq, row.hash, row.prev_hash, row.hlc))
        for row in conn.execute(
            select(_withheld).where(_withheld.c.device_id == device, _withheld.c.seq > start)
        ):
            out.stubs.append(Stub(row.device_id, row.seq, row.hash, row.prev_hash, row.hlc))
    return out
