"""Bringing other devices' entries into this database: dedupe, hold, apply, record.

``integrate`` runs inside one ``Store.write()`` transaction, after the bundle has been
verified. An entry is applied only when everything it builds on is here: the entry
before it in its device's chain (or a withheld stub of it), every prior version it
names, the record's creating entry, and every record its fields point at. Anything
else is held (``sync_held``) and retried on every later import. Re-importing entries
already here changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.ids import join_id
from app.models import (
    TABLES,
    ChangeLogEntry,
    FieldVersion,
    SyncHeld,
    SyncWithheld,
    table,
)
from app.services import changelog, materialise
from app.services.changelog import GENESIS, Entry, canonical_json
from app.services.errors import PeerviewError
from app.services.store import Tx
from app.sync import rules
from app.sync.causality import Causality, parse_ref

_log = table(ChangeLogEntry)
_fv = table(FieldVersion)
_held = table(SyncHeld)
_withheld = table(SyncWithheld)

# Tables a creating entry may point at that are derived, not synced (framework trees).
_RECEIPT = "sync_receipt"


class SyncRefused(PeerviewError):
    """Entries that contradict what is already here: nothing is written."""


@dataclass(frozen=True)
class Stub:
    """A withheld entry: only what keeps its device's chain verifiable."""

    device_id: str
    seq: int
    hash: str
    prev_hash: str
    hlc: str

    @property
    def ref(self) -> str:
        return f"{self.device_id}:{self.seq}"


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return asdict(entry)


def entry_from_dict(data: dict[str, Any]) -> Entry:
    return Entry(**data)


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)  # "entity:id" of records created
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # conflict ids raised or widened
    held: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason)
    skipped: int = 0  # already here
    withheld: int = 0  # chain stubs stored
    applied: int = 0  # entries applied, receipts included
    receipts: int = 0  # of which other devices' receipts

    @property
    def changed(self) -> bool:
        """Whether this device should write a receipt: receipts alone do not count, or
        two devices would answer each other's receipts forever."""
        return self.applied > self.receipts or self.withheld > 0


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Known:
    """What is here already: chain tips per device, records that exist."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._tips: dict[str, tuple[int, str]] = {}
        self._exists: dict[str, set[str]] = {}

    def tip(self, device: str) -> tuple[int, str]:
        if device not in self._tips:
            best = (0, GENESIS)
            for tbl in (_log, _withheld):
                row = self.conn.execute(
                    select(tbl.c.seq, tbl.c.hash)
                    .where(tbl.c.device_id == device)
                    .order_by(tbl.c.seq.desc())
                    .limit(1)
                ).first()
                if row is not None and row.seq > best[0]:
                    best = (row.seq, row.hash)
            self._tips[device] = best
        return self._tips[device]

    def advance(self, device: str, seq: int, hash_: str) -> None:
        self._tips[device] = (seq, hash_)

    def exists(self, tbl_name: str, record_id: str) -> bool:
        ids = self._exists.setdefault(tbl_name, set())
        if record_id in ids:
            return True
        found = (
            self.conn.execute(
                text(f'SELECT 1 FROM "{tbl_name}" WHERE id = :id'), {"id": record_id}
            ).first()
            is not None
        )
        if found:
            ids.add(record_id)
        return found

    def created(self, tbl_name: str, record_id: str) -> None:
        self._exists.setdefault(tbl_name, set()).add(record_id)

    def seen_map(self) -> dict[str, int]:
        seen: dict[str, int] = {}
        for tbl in (_log, _withheld):
            for row in self.conn.execute(
                select(tbl.c.device_id, func.max(tbl.c.seq)).group_by(tbl.c.device_id)
            ):
                seen[row[0]] = max(seen.get(row[0], 0), int(row[1]))
        return seen


def _foreign_keys(entity: str) -> dict[str, str]:
    out = {}
    for column in TABLES[entity].columns:
        for fk in column.foreign_keys:
            out[column.name] = fk.column.table.name
    return out


_FKS = {entity: _foreign_keys(entity) for entity in TABLES}


def _is_creating(entry: Entry) -> bool:
    return entry.op == "upsert" and "deleted" in entry.prior and entry.prior["deleted"] is None


def _waiting_for(known: _Known, item: Entry | Stub) -> str | None:
    """Why ``item`` cannot be applied yet, or None when it can."""
    tip_seq, tip_hash = known.tip(item.device_id)
    if item.seq != tip_seq + 1:
        return f"waiting for entry {tip_seq + 1} of device {item.device_id[:8]}"
    if item.prev_hash != tip_hash:
        raise SyncRefused(
            f"Entry {item.seq} of device {item.device_id[:8]} does not link to the entry before "
            f"it: that device's log was altered, or two installations share one data folder "
            f"copy. Nothing was imported; ask the sender to export again with --full."
        )
    if isinstance(item, Stub):
        return None
    for ref in item.prior.values():
        if ref is None:
            continue
        device, seq = parse_ref(ref)
        if known.tip(device)[0] < seq:
            return f"waiting for prior version {device[:8]}:{seq}"
    if not known.exists(item.entity, item.entity_id) and not _is_creating(item):
        return f"waiting for the entry that creates {item.entity} {item.entity_id[:8]}"
    for name, target in _FKS[item.entity].items():
        value = item.fields.get(name)
        if value is not None and not known.exists(target, value):
            return f"waiting for {target} {str(value)[:8]}"
    return None


def integrate(
    tx: Tx,
    entries: Iterable[Entry],
    stubs: Iterable[Stub] = (),
    import_id: str | None = None,
) -> MergeReport:
    """Apply unseen entries and stubs; hold what cannot be applied yet."""
    conn = tx.conn
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    now = _now()
    report = MergeReport()
    known = _Known(conn)
    cause = Causality(conn)
    held_rows = {(r.device_id, r.seq): r for r in conn.execute(select(_held))}
    pool: dict[tuple[str, int], Entry | Stub] = {}
    items: list[Entry | Stub] = [*entries, *stubs]
    for item in items:
        _check_item(item)
        if item.device_id == tx.store.device_id and known.tip(item.device_id)[0] < item.seq:
            raise SyncRefused(
                "The bundle holds entries made on this installation that its database does "
                "not have (was the database restored from a backup?). Nothing was imported; "
                "ask the sender to export with --full after you restore your newest backup."
            )
        key = (item.device_id, item.seq)
        if _already_here(conn, known, item):
            report.skipped += 1
            continue
        if key in held_rows and held_rows[key].hash != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} of device {item.device_id[:8]} differs from the copy that "
                f"is already waiting here; nothing was imported."
            )
        if key in pool and pool[key].hash != item.hash:
            raise SyncRefused(f"The bundle holds two different entries {item.seq} of one device.")
        # A full entry replaces a stub for the same position.
        if key not in pool or isinstance(pool[key], Stub):
            pool[key] = item
    for key, row in held_rows.items():
        if key not in pool or (isinstance(pool[key], Stub) and row.kind == "entry"):
            pool[key] = _from_held(row)
    newly_held = set(pool) - set(held_rows)
    applied_keys: set[tuple[str, int]] = set()
    batch = _Batch(conn, known)
    max_hlc = ""
    progress = True
    while progress:
        progress = False
        for key in sorted(pool, key=lambda k: (pool[k].hlc, k)):
            if key in applied_keys:
                continue
            item = pool[key]
            if _waiting_for(known, item) is not None:
                continue
            _apply(conn, known, cause, batch, item, report, import_id, now)
            applied_keys.add(key)
            max_hlc = max(max_hlc, item.hlc)
            progress = True
    batch.flush()
    for key in applied_keys & set(held_rows):
        conn.execute(delete(_held).where(_held.c.device_id == key[0], _held.c.seq == key[1]))
    for key in sorted(set(pool) - applied_keys):
        item = pool[key]
        reason = _waiting_for(known, item) or ""
        report.held.append((f"{key[0]}:{key[1]}", reason))
        if key in newly_held:
            conn.execute(insert(_held).values(**_held_row(item, reason, import_id, now)))
        else:
            conn.execute(
                sqlite_insert(_held)
                .values(**_held_row(item, reason, import_id, now))
                .on_conflict_do_update(
                    index_elements=["device_id", "seq"],
                    set_={"reason": reason, "kind": _kind(item), "body": _body(item)},
                )
            )
    if report.changed:
        if max_hlc:
            tx.observe(max_hlc)
        write_receipt(tx, known.seen_map())
    return report


def write_receipt(tx: Tx, seen: dict[str, int]) -> None:
    """Record how far this device has seen every other chain (see causality.py)."""
    seen = {k: v for k, v in seen.items() if k != tx.store.device_id}
    tx.upsert(
        _RECEIPT,
        join_id(_RECEIPT, tx.store.device_id),
        {
            "device_id": tx.store.device_id,
            "key_id": tx.store.author_key_id,
            "seen": canonical_json(seen),
        },
    )


def _check_item(item: Entry | Stub) -> None:
    if isinstance(item, Entry):
        if item.entity not in TABLES or item.op not in changelog.OPS:
            raise SyncRefused(
                f"Entry {item.seq} of device {item.device_id[:8]} is for '{item.entity}' "
                f"({item.op}), which this Peerview does not know; update Peerview."
            )
        unknown = set(item.fields) - set(TABLES[item.entity].c.keys())
        if unknown or "id" in item.fields:
            raise SyncRefused(
                f"Entry {item.seq} of device {item.device_id[:8]} sets unknown field(s) "
                f"{sorted(unknown | ({'id'} & set(item.fields)))} of {item.entity}; update Peerview."
            )
        if item.compute_hash() != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} of device {item.device_id[:8]} does not match its hash "
                f"(altered); nothing was imported."
            )
    if item.seq < 1:
        raise SyncRefused("An entry has a sequence number below 1; nothing was imported.")


def _already_here(conn: Connection, known: _Known, item: Entry | Stub) -> bool:
    row = conn.execute(
        select(_log.c.hash).where(_log.c.device_id == item.device_id, _log.c.seq == item.seq)
    ).first()
    if row is None:
        stub = conn.execute(
            select(_withheld.c.hash).where(
                _withheld.c.device_id == item.device_id, _withheld.c.seq == item.seq
            )
        ).first()
        if stub is None:
            return False
        if stub.hash != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} of device {item.device_id[:8]} differs from the one already "
                f"recorded here; nothing was imported."
            )
        # A stub is here; a full entry for it is still new.
        return isinstance(item, Stub)
    if row.hash != item.hash:
        raise SyncRefused(
            f"Entry {item.seq} of device {item.device_id[:8]} differs from the one already "
            f"here: that device's log was altered, or two installations were copied from one "
            f"data folder. Nothing was imported."
        )
    return True


def _apply(
    conn: Connection,
    known: _Known,
    cause: Causality,
    batch: _Batch,
    item: Entry | Stub,
    report: MergeReport,
    import_id: str | None,
    now: str,
) -> None:
    if isinstance(item, Stub):
        batch.flush()
        conn.execute(insert(_withheld).values(**asdict(item)))
        known.advance(item.device_id, item.seq, item.hash)
        report.withheld += 1
        return
    known.advance(item.device_id, item.seq, item.hash)
    report.applied += 1
    if item.entity == _RECEIPT:
        report.receipts += 1
    label = f"{item.entity}:{item.entity_id}"
    existed = known.exists(item.entity, item.entity_id) or batch.touched(item.entity_id)
    if not existed and _is_creating(item) and batch.can_take(item):
        batch.add(item)
        known.created(item.entity, item.entity_id)
        if item.entity != _RECEIPT:
            report.added.append(label)
        return
    batch.flush()
    # Replacing a stub with the entry it stood for.
    conn.execute(
        delete(_withheld).where(
            _withheld.c.device_id == item.device_id, _withheld.c.seq == item.seq
        )
    )
    changelog.append(conn, item)
    applied = changelog.apply_entry(conn, item, exists=known.exists(item.entity, item.entity_id))
    if applied.created:
        known.created(item.entity, item.entity_id)
    if item.entity != _RECEIPT:
        if applied.created:
            report.added.append(label)
        elif item.op == "delete" and applied.fields:
            report.deleted.append(label)
        elif applied.fields:
            report.updated.append(label)
        if existed:
            report.conflicts.extend(rules.detect_field_conflicts(conn, cause, item, import_id, now))
    found = rules.settle_delete(conn, cause, item.entity, item.entity_id, import_id, now)
    if found:
        report.conflicts.append(found)


class _Batch:
    """Creating entries of brand-new records, written with executemany (the common case:
    a bundle of new notes) instead of one apply_entry each."""

    def __init__(self, conn: Connection, known: _Known) -> None:
        self.conn = conn
        self.known = known
        self.entries: list[Entry] = []
        self._ids: set[str] = set()
        self._all_ids: set[str] = set()

    def can_take(self, entry: Entry) -> bool:
        # Framework versions build a derived tree when applied: keep them on the full path.
        return entry.entity != "framework_version"

    def touched(self, entity_id: str) -> bool:
        return entity_id in self._all_ids

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._ids.add(entry.entity_id)
        self._all_ids.add(entry.entity_id)

    def flush(self) -> None:
        if not self.entries:
            return
        conn = self.conn
        conn.execute(insert(_log), [e.to_row() for e in self.entries])
        by_shape: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        versions: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        for e in self.entries:
            row = {"id": e.entity_id, **e.fields}
            by_shape.setdefault((e.entity, tuple(sorted(row))), []).append(row)
            if e.entity == "evidence_note":
                notes.append(row)
            versions.extend(
                {
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "field": name,
                    "hlc": e.hlc,
                    "device_id": e.device_id,
                    "seq": e.seq,
                }
                for name in e.fields
            )
        for (entity, _shape), rows in by_shape.items():
            conn.execute(insert(TABLES[entity]), rows)
        conn.execute(insert(_fv), versions)
        if notes:
            materialise.index_new_notes(conn, notes)
        self.entries = []
        self._ids = set()


def _kind(item: Entry | Stub) -> str:
    return "stub" if isinstance(item, Stub) else "entry"


def _body(item: Entry | Stub) -> str:
    return canonical_json(asdict(item))


def _held_row(item: Entry | Stub, reason: str, import_id: str | None, now: str) -> dict[str, Any]:
    return {
        "device_id": item.device_id,
        "seq": item.seq,
        "hash": item.hash,
        "kind": _kind(item),
        "body": _body(item),
        "reason": reason,
        "import_id": import_id,
        "held_at": now,
    }


def _from_held(row: Any) -> Entry | Stub:
    data = json.loads(row.body)
    return Stub(**data) if row.kind == "stub" else entry_from_dict(data)
