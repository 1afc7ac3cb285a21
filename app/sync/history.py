"""What the sync view shows: bundles sent and received, entries held, quarantined
bundles (app/sync/quarantine.py) and conflicts (app/sync/conflicts.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import SyncHeld, SyncImport, SyncSent, table
from app.services.store import Store
from app.sync import merge


@dataclass(frozen=True)
class Sent:
    bundle_id: str
    review_id: str
    recipients: list[str]  # key ids
    file_name: str
    sent_at: str
    entries: int
    full: bool


@dataclass(frozen=True)
class Received:
    report_id: str
    bundle_id: str
    sender_name: str
    file_name: str
    imported_at: str
    added: int
    updated: int
    deleted: int
    conflicts: int
    held: int
    skipped: int


@dataclass(frozen=True)
class Held:
    ref: str  # device:seq, or device:first-last for a run
    kind: str  # entry | stub
    reason: str
    held_at: str
    author_key_id: str | None = None  # who wrote the held entry (the window names them)
    # Held for longer than merge.STALE_AFTER_DAYS: what it waits for may never come.
    stale: bool = False


def sent(store: Store, limit: int = 200) -> list[Sent]:
    t = table(SyncSent)
    with store.read() as conn:
        rows = conn.execute(select(t).order_by(t.c.sent_at.desc()).limit(limit)).all()
    return [
        Sent(
            r.bundle_id,
            r.review_id,
            json.loads(r.recipients),
            r.file_name,
            r.sent_at,
            r.entries,
            r.full,
        )
        for r in rows
    ]


def received(store: Store, limit: int = 200) -> list[Received]:
    t = table(SyncImport)
    with store.read() as conn:
        rows = conn.execute(select(t).order_by(t.c.imported_at.desc()).limit(limit)).all()
    return [
        Received(
            r.id,
            r.bundle_id,
            r.sender_name,
            r.file_name,
            r.imported_at,
            r.added,
            r.updated,
            r.deleted,
            r.conflicts,
            r.held,
            r.skipped,
        )
        for r in rows
    ]


def held(store: Store) -> list[Held]:
    """Entries waiting here, the longest waiting first (so the stale ones, see
    merge.STALE_AFTER_DAYS, come first)."""
    t = table(SyncHeld)
    with store.read() as conn:
        rows = conn.execute(select(t).order_by(t.c.held_at, t.c.device_id, t.c.seq)).all()
    since = merge.stale_cutoff(merge.wall_now())
    return [
        Held(_held_ref(r), r.kind, r.reason, r.held_at, _author(r.body), r.held_at < since)
        for r in rows
    ]


def _author(body: str) -> str | None:
    try:
        found = json.loads(body).get("author_key_id")
    except (ValueError, AttributeError):
        return None
    return found if isinstance(found, str) else None


def _held_ref(row: Any) -> str:
    """``device:seq``, or ``device:first-last`` for a withheld run of several entries."""
    if row.kind == "stub":
        first = json.loads(row.body).get("first_seq") or row.seq
        if first != row.seq:
            return f"{row.device_id}:{first}-{row.seq}"
    return f"{row.device_id}:{row.seq}"
