"""The change log: one mechanism for audit, undo and sync.

Every mutation appends an entry to this device's hash chain and is then *applied*:
the current tables are the materialised result of the log. ``apply_entry`` is the
only code that writes synced tables, whether the entry was made here or arrived
from another device, and it chooses each field's value deterministically (highest
hybrid logical clock, then device id), so replicas converge whatever the order.
See docs/decisions/0002-change-log.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.ids import id_tail
from app.models import (
    SYNCED,
    TABLES,
    ChangeLogEntry,
    FieldVersion,
    SyncDenied,
    SyncFork,
    SyncHeld,
    table,
)
from app.services import materialise

GENESIS = "0" * 64
OPS = ("upsert", "delete")
_log = table(ChangeLogEntry)
_fv = table(FieldVersion)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Entry:
    device_id: str
    seq: int
    hlc: str
    entity: str
    entity_id: str
    op: str
    fields: dict[str, Any]
    prior: dict[str, str | None]
    author_key_id: str | None
    prev_hash: str
    hash: str = ""
    # Entry format 2 (decision 0028): the author's wall clock, and a salt per field so the
    # hash commits to each value through ``commit(salt, value)``. An erased field keeps
    # only its commitment (``erased``); the chain and its signed heads still verify.
    wall: int | None = None
    salts: dict[str, str] | None = None
    erased: dict[str, str] | None = None
    # The chain head's signature by its laptop's key, on the last entry of each write.
    sig: str | None = None

    @property
    def ref(self) -> str:
        """How other entries name this one as a field's prior version."""
        return f"{self.device_id}:{self.seq}"

    @property
    def creates(self) -> bool:
        """Whether this entry makes its record: an upsert that names no earlier version
        of ``deleted`` (the record was not there when it was written)."""
        return self.op == "upsert" and "deleted" in self.prior and self.prior["deleted"] is None

    def compute_hash(self) -> str:
        if self.erased and LEGACY_ERASED in self.erased:
            # A format 1 entry whose values were erased: nothing is left to hash, so the
            # hash recorded stands (its links to its neighbours are still checked).
            return self.hash
        if self.salts is not None or self.erased is not None:
            try:
                return self._hash_v2()
            except (KeyError, TypeError, AttributeError):
                return ""  # a field without its salt (or a salt not text): no valid hash
        body = [
            self.device_id,
            self.seq,
            self.hlc,
            self.entity,
            self.entity_id,
            self.op,
            self.fields,
            self.prior,
            self.author_key_id,
            self.prev_hash,
        ]
        return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()

    def commitments(self) -> dict[str, str]:
        """field -> commitment: from the value and its salt, or kept when erased."""
        salts, erased = self.salts or {}, self.erased or {}
        out = dict(erased)
        for name, value in self.fields.items():
            out[name] = commit(salts[name], value)
        return out

    def _hash_v2(self) -> str:
        body = [
            ENTRY_FORMAT,
            self.device_id,
            self.seq,
            self.hlc,
            self.wall,
            self.entity,
            self.entity_id,
            self.op,
            self.commitments(),
            self.prior,
            self.author_key_id,
            self.prev_hash,
        ]
        return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()

    def to_row(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "op": self.op,
            "fields": canonical_json(self.fields),
            "prior": canonical_json(self.prior),
            "author_key_id": self.author_key_id,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "wall": self.wall,
            "salts": None if self.salts is None else canonical_json(self.salts),
            "erased": None if self.erased is None else canonical_json(self.erased),
            "sig": self.sig,
        }

    @classmethod
    def from_row(cls, row: Any) -> Entry:
        return cls(
            device_id=row.device_id,
            seq=row.seq,
            hlc=row.hlc,
            entity=row.entity,
            entity_id=row.entity_id,
            op=row.op,
            fields=json.loads(row.fields),
            prior=json.loads(row.prior),
            author_key_id=row.author_key_id,
            prev_hash=row.prev_hash,
            hash=row.hash,
            wall=row.wall,
            salts=None if row.salts is None else json.loads(row.salts),
            erased=None if row.erased is None else json.loads(row.erased),
            sig=row.sig,
        )


def author_time_ms(entry: Entry) -> int:
    """When the author made an entry, by their own wall clock: what people are shown.
    Never the hybrid clock, which other laptops' clocks can move (decision 0029)."""
    if entry.wall is not None:
        return int(entry.wall)
    return hlc_unpack(entry.hlc)[0] if valid_hlc(entry.hlc) else 0


ENTRY_FORMAT = "pv2"
LEGACY_ERASED = ""  # the ``erased`` key marking a format 1 entry whose values were erased


def new_salts(fields: dict[str, Any]) -> dict[str, str]:
    """A fresh random salt per field: an erased value cannot be confirmed by guessing."""
    return {name: os.urandom(16).hex() for name in fields}


def commit(salt: str, value: Any) -> str:
    return hashlib.sha256(f"{salt}\x00{canonical_json(value)}".encode()).hexdigest()


# --- hybrid logical clock -------------------------------------------------------------
# Packed as fixed-width text "<13-digit ms>-<5-digit counter>" so that string order is
# time order, in SQL as in Python.


MAX_COUNTER = 99_999


def hlc_pack(ms: int, counter: int) -> str:
    return f"{ms:013d}-{counter:05d}"


HLC_PATTERN = re.compile(r"\d{13}-\d{5}")


def valid_hlc(value: object) -> bool:
    """Exactly the packed form: anything else would sort wrongly as text."""
    return isinstance(value, str) and HLC_PATTERN.fullmatch(value) is not None


def hlc_unpack(value: str) -> tuple[int, int]:
    ms, counter = value.split("-")
    return int(ms), int(counter)


class HybridClock:
    """Wall time when it moves forward; a counter when it does not (or steps back).

    Keeps a device's entries strictly ordered even if the laptop clock is wrong, and
    orders an edit after anything the device had already seen from others.
    """

    def __init__(self, last: str | None, wall_ms: Callable[[], int]) -> None:
        self._last = hlc_unpack(last) if last else (0, 0)
        self._wall_ms = wall_ms
        self.wall = 0  # the wall clock as read by the last tick: the entry's author time

    def tick(self) -> str:
        wall = self._wall_ms()
        self.wall = wall
        ms, counter = self._last
        if wall > ms:
            self._last = (wall, 0)
        elif counter < MAX_COUNTER:
            self._last = (ms, counter + 1)
        else:
            # The counter is fixed-width for text ordering; run a millisecond ahead instead.
            self._last = (ms + 1, 0)
        return hlc_pack(*self._last)

    def observe(self, remote: str) -> None:
        remote_t = hlc_unpack(remote)
        if remote_t > self._last:
            self._last = remote_t

    @property
    def last(self) -> str:
        return hlc_pack(*self._last)


# --- applying entries -----------------------------------------------------------------


@dataclass
class Applied:
    """What applying one entry did to the current tables."""

    created: bool = False
    fields: list[str] = field(default_factory=list)  # fields whose value took effect


def _wins(entry: Entry, current: Any) -> bool:
    return current is None or (entry.hlc, entry.device_id) > (current.hlc, current.device_id)


def field_versions(conn: Connection, entity: str, entity_id: str) -> dict[str, Any]:
    """field -> row (hlc, device_id, seq) of the entry that last set it."""
    return {
        row.field: row
        for row in conn.execute(
            select(_fv.c.field, _fv.c.hlc, _fv.c.device_id, _fv.c.seq).where(
                _fv.c.entity == entity, _fv.c.entity_id == entity_id
            )
        )
    }


def apply_entry(
    conn: Connection,
    entry: Entry,
    versions: dict[str, Any] | None = None,
    exists: bool | None = None,
) -> Applied:
    """Apply one entry. ``versions`` and ``exists`` may be passed by a caller that has
    just read them in the same transaction, to save the queries on the note-save path."""
    table = TABLES[entry.entity]
    fields = {"deleted": True} if entry.op == "delete" else entry.fields
    if entry.erased:
        # An erased value reads as blank wherever the log is replayed (decision 0028).
        fields = {**fields, **{n: _blank(table, n) for n in entry.erased if n != LEGACY_ERASED}}
    if versions is None:
        versions = field_versions(conn, entry.entity, entry.entity_id)
    winners = {k: v for k, v in fields.items() if _wins(entry, versions.get(k))}
    result = Applied(fields=sorted(winners))
    if not winners:
        return result
    if exists is None:
        exists = (
            conn.execute(select(table.c.id).where(table.c.id == entry.entity_id)).first()
            is not None
        )
    if not exists:
        conn.execute(insert(table).values(id=entry.entity_id, **winners))
        result.created = True
    else:
        conn.execute(update(table).where(table.c.id == entry.entity_id).values(**winners))
    stmt = sqlite_insert(_fv)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["entity", "entity_id", "field"],
            set_={
                "hlc": stmt.excluded.hlc,
                "device_id": stmt.excluded.device_id,
                "seq": stmt.excluded.seq,
            },
        ),
        [
            {
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "field": name,
                "hlc": entry.hlc,
                "device_id": entry.device_id,
                "seq": entry.seq,
            }
            for name in winners
        ],
    )
    _after_apply(conn, entry.entity, entry.entity_id, winners)
    return result


def _blank(table: Any, name: str) -> Any:
    column = table.c[name]
    if column.nullable:
        return None
    return "" if column.type.python_type is str else column.default.arg if column.default else 0


def _after_apply(conn: Connection, entity: str, entity_id: str, winners: dict[str, Any]) -> None:
    if entity == "evidence_note":
        if set(winners) & {"deleted", "review_id", *materialise.SEARCH_FIELDS}:
            materialise.refresh_note_search(conn, entity_id)
    elif entity == "framework_version" and "content" in winners:
        table = TABLES[entity]
        row = conn.execute(
            select(table.c.content_hash, table.c.content).where(table.c.id == entity_id)
        ).one()
        materialise.build_framework_tree(conn, entity_id, row.content_hash, row.content)


def append(conn: Connection, entry: Entry) -> None:
    conn.execute(insert(_log).values(**entry.to_row()))


# --- verification and rebuild ---------------------------------------------------------


@dataclass
class ChainReport:
    entries: int = 0
    devices: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(conn: Connection, heads: dict[str, tuple[int, str]] | None = None) -> ChainReport:
    """Check every device's chain: contiguous sequence numbers from 1, each entry's hash,
    and each link to the entry before. ``heads`` (device -> last seq and hash, as recorded
    when entries were written or received) also catches entries cut off the end.
    """
    report = ChainReport()
    device: str | None = None
    expected_seq = 1
    prev_hash = GENESIS
    seen_devices: set[str] = set()
    rows: Any = conn.execute(select(_log).order_by(_log.c.device_id, _log.c.seq))
    # Withheld runs (another review's entries, or a safeguarding concern for someone
    # else) are links with the hash before their first entry and their last entry's hash
    # but no content; they keep the chain whole (decision 0013).
    from app.models import SyncWithheld

    stubs = conn.execute(select(table(SyncWithheld))).all()
    if stubs:
        rows = sorted([*rows, *stubs], key=lambda r: (r.device_id, r.seq))
    for row in rows:
        if row.device_id != device:
            if device is not None:
                _check_head(report, device, expected_seq - 1, prev_hash, heads)
            device = row.device_id
            seen_devices.add(device)
            expected_seq, prev_hash = 1, GENESIS
        first = getattr(row, "first_seq", row.seq)
        report.entries += row.seq - first + 1
        where = f"laptop {id_tail(row.device_id)} entry {first}"
        if first != expected_seq:
            report.problems.append(
                f"{where}: expected entry {expected_seq} next; entries are missing or reordered."
            )
        if row.prev_hash != prev_hash:
            report.problems.append(f"{where}: does not link to the entry before it.")
        if hasattr(row, "fields") and Entry.from_row(row).compute_hash() != row.hash:
            report.problems.append(f"{where}: its content does not match its hash (edited).")
        expected_seq = row.seq + 1
        prev_hash = row.hash
    if device is not None:
        _check_head(report, device, expected_seq - 1, prev_hash, heads)
    for missing in sorted(set(heads or {}) - seen_devices):
        report.problems.append(f"laptop {id_tail(missing)}: all of its entries are missing.")
    report.devices = len(seen_devices)
    return report


def _check_head(
    report: ChainReport,
    device: str,
    last_seq: int,
    last_hash: str,
    heads: dict[str, tuple[int, str]] | None,
) -> None:
    if not heads or device not in heads:
        return
    seq, head_hash = heads[device]
    if last_seq != seq or last_hash != head_hash:
        report.problems.append(
            f"laptop {id_tail(device)}: the chain ends at entry {last_seq} but entry {seq} was "
            f"recorded; entries at the end are missing or changed."
        )


def replay(conn: Connection) -> int:
    """Empty every synced and derived table and replay the whole log into them, field by
    field (last writer wins). Returns the number of entries replayed.

    Replaying in clock order keeps parents before children; the field choice in
    apply_entry makes the result order-independent. The merge rules that look beyond one
    field live above this layer: ``app.sync.rules.rebuild`` replays and then applies them.
    """
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    materialise.clear_derived(conn)
    for cls in reversed(SYNCED):
        conn.execute(delete(table(cls)))
    conn.execute(delete(_fv))
    count = 0
    for row in conn.execute(select(_log).order_by(_log.c.hlc, _log.c.device_id, _log.c.seq)).all():
        apply_entry(conn, Entry.from_row(row))
        count += 1
    return count


# --- erasure --------------------------------------------------------------------------


@dataclass
class Erased:
    entries: int = 0  # entries whose values were dropped
    legacy: int = 0  # of which format 1 entries (their content can no longer be checked)
    held: int = 0  # entries waiting for their predecessors whose values were dropped


def erase_fields(
    conn: Connection, entity: str, entity_ids: Iterable[str], fields: Iterable[str]
) -> Erased:
    """Drop ``fields``' values from every log entry of these records, keeping each
    value's commitment so the entry's hash, its chain and the signed heads still verify
    (decision 0028). Entries held until their predecessors arrive (``sync_held``) lose
    them too: they would otherwise keep the text until they apply. Call it inside
    ``Store.write()``; the tables are the caller's to blank (replay reads an erased value
    as blank)."""
    wanted = set(fields)
    ids = sorted(set(entity_ids))
    result = Erased()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(_log).where(_log.c.entity == entity, _log.c.entity_id.in_(chunk))
        ).all()
        for row in rows:
            entry = Entry.from_row(row)
            parts = _without(entry.fields, entry.salts, entry.erased, wanted)
            if parts is None:
                continue
            kept, salts, erased = parts
            conn.execute(
                update(_log)
                .where(_log.c.device_id == entry.device_id, _log.c.seq == entry.seq)
                .values(
                    fields=canonical_json(kept),
                    salts=None if salts is None else canonical_json(salts),
                    erased=canonical_json(erased),
                )
            )
            result.entries += 1
            result.legacy += salts is None
    result.held = _erase_held(conn, entity, set(ids), wanted)
    return result


def _without(
    fields: dict[str, Any],
    salts: dict[str, str] | None,
    erased: dict[str, str] | None,
    wanted: set[str],
) -> tuple[dict[str, Any], dict[str, str] | None, dict[str, str]] | None:
    """An entry's fields, salts and erased commitments once ``wanted`` are dropped; None
    when it carries none of them. A format 1 entry (no salts) records that it can no
    longer be checked."""
    hit = wanted & set(fields)
    if not hit:
        return None
    kept = {k: v for k, v in fields.items() if k not in hit}
    if salts is None:
        return kept, None, {**(erased or {}), LEGACY_ERASED: "format 1", **dict.fromkeys(hit, "")}
    gone = {**(erased or {})}
    for name in hit:
        gone[name] = commit(salts[name], fields[name])
    return kept, {k: v for k, v in salts.items() if k not in hit}, gone


def _erase_held(conn: Connection, entity: str, ids: set[str], wanted: set[str]) -> int:
    """The same for entries kept whole outside the log, each with its body as JSON:
    waiting for their predecessors (``sync_held``), refused by the rules (``sync_denied``)
    or of another history of a chain (``sync_fork``, decision 0029)."""
    count = 0
    for kept, keys in (
        (table(SyncHeld), ("device_id", "seq")),
        (table(SyncDenied), ("device_id", "seq")),
        (table(SyncFork), ("device_id", "seq", "hash")),
    ):
        query = select(kept)
        if "kind" in kept.c:
            query = query.where(kept.c.kind == "entry")
        for row in conn.execute(query).all():
            body = _erased_body(row.body, entity, ids, wanted)
            if body is None:
                continue
            where = [kept.c[k] == getattr(row, k) for k in keys]
            conn.execute(update(kept).where(*where).values(body=body))
            count += 1
    return count


def kept_ids(conn: Connection, entity: str, name: str, value: str) -> set[str]:
    """Records of ``entity`` whose entries kept outside the log (held, refused by the
    rules, of another history) set ``name`` to ``value``: a note waiting there may never
    have reached the table, and an erasure of its review must still reach its text."""
    found: set[str] = set()
    for kept in (table(SyncHeld), table(SyncDenied), table(SyncFork)):
        for (raw,) in conn.execute(select(kept.c.body)):
            try:
                body = json.loads(raw)
            except ValueError:
                continue
            if not isinstance(body, dict) or body.get("entity") != entity:
                continue
            fields = body.get("fields")
            if isinstance(fields, dict) and fields.get(name) == value:
                found.add(str(body.get("entity_id")))
    return found


def _erased_body(raw: str, entity: str, ids: set[str], wanted: set[str]) -> str | None:
    try:
        body = json.loads(raw)
    except ValueError:
        return None  # not an entry this laptop could ever apply; the merge refuses it
    if not isinstance(body, dict) or body.get("entity") != entity:
        return None
    if body.get("entity_id") not in ids or not isinstance(body.get("fields"), dict):
        return None
    parts = _without(body["fields"], body.get("salts"), body.get("erased"), wanted)
    if parts is None:
        return None
    body["fields"], body["salts"], body["erased"] = parts
    return canonical_json(body)
