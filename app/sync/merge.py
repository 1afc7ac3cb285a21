"""Bringing other devices' entries into this database: dedupe, hold, apply, record.

``integrate`` runs inside one ``Store.write()`` transaction, after the bundle has been
verified. An entry is applied only when everything it builds on is here: the entry
before it in its device's chain (or a withheld stub of it), every prior version it
names, the record's creating entry, and every record its fields point at. Anything
else is held (``sync_held``) and retried on later imports. Re-importing entries
already here changes nothing.

An entry held for more than ``STALE_AFTER_DAYS`` is stale: what it builds on may never
come (a laptop lost before it sent them). It stays held, so nothing is lost if they do
arrive, and is listed apart (``history.held``), but it is retried only by an import that
applied something, the only kind that can bring what it waits for (decision 0030).
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
from app.services import changelog
from app.services.changelog import GENESIS, Entry, canonical_json
from app.services.errors import PeerviewError
from app.services.store import Tx
from app.sync import revocation, rules
from app.sync.authority import Judge, made_up_run
from app.sync.batch import Batch
from app.sync.causality import Causality, parse_ref
from app.sync.clocks import MAX_AHEAD_MS, clock_ahead
from app.sync.laptops import LaptopNames, mention
from app.sync.withheld import INSERT_RUN, Stub, covering_run, hash_at

__all__ = ["MAX_AHEAD_MS", "MergeReport", "Stub", "SyncRefused", "integrate"]

_log = table(ChangeLogEntry)
_fv = table(FieldVersion)
_held = table(SyncHeld)
_withheld = table(SyncWithheld)

# Tables a creating entry may point at that are derived, not synced (framework trees).
_RECEIPT = "sync_receipt"


class SyncRefused(PeerviewError):
    """Entries that contradict what is already here: nothing is written."""


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    # Shallow: asdict deep-copies every field value, which dominated exports.
    return dict(entry.__dict__)


def entry_from_dict(data: dict[str, Any]) -> Entry:
    return Entry(**data)


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)  # "entity:id" of records created
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # conflict ids raised or widened
    held: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason): authority
    skipped: int = 0  # already here
    withheld: int = 0  # withheld entries recorded (as runs)
    applied: int = 0  # entries applied, receipts included
    receipts: int = 0  # of which other devices' receipts

    @property
    def changed(self) -> bool:
        """Whether this device should write a receipt: receipts alone do not count, or
        two devices would answer each other's receipts forever."""
        return self.applied > self.receipts or self.withheld > 0 or bool(self.refused)


# After this long held, an entry is stale (see the module's docstring).
STALE_AFTER_DAYS = 30


def stale_cutoff(now: str) -> str:
    """The ``held_at`` before which a held entry is stale, as of ``now`` (ISO, UTC)."""
    moment = dt.datetime.fromisoformat(now) - dt.timedelta(days=STALE_AFTER_DAYS)
    return moment.isoformat(timespec="seconds")


def wall_now() -> str:
    """The wall clock, as ``held_at`` and receipts record it (ISO, UTC)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _Known:
    """What is here already: chain tips per device, records that exist."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._tips: dict[str, tuple[int, str]] = {}
        self._exists: dict[str, set[str]] = {}
        self._absent: dict[str, set[str]] = {}

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

    def prefetch(self, entries: list[Entry]) -> None:
        """Look up, a few hundred at a time, every record these entries touch or point
        at; ``exists`` then answers from memory instead of one query per entry."""
        wanted: dict[str, set[str]] = {}
        for e in entries:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
            for name, target in rules.FOREIGN_KEYS[e.entity].items():
                value = e.fields.get(name)
                if isinstance(value, str):
                    wanted.setdefault(target, set()).add(value)
        for tbl_name, ids in wanted.items():
            ordered = sorted(ids - self._exists.get(tbl_name, set()))
            found = self._exists.setdefault(tbl_name, set())
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found.update(
                    r[0]
                    for r in self.conn.exec_driver_sql(
                        f'SELECT id FROM "{tbl_name}" WHERE id IN ({marks})', tuple(chunk)
                    )
                )
            self._absent.setdefault(tbl_name, set()).update(set(ordered) - found)

    def exists(self, tbl_name: str, record_id: str) -> bool:
        ids = self._exists.setdefault(tbl_name, set())
        if record_id in ids:
            return True
        # Derived tables (framework trees) fill when their version is applied: a miss
        # there is rechecked, never remembered.
        if tbl_name in TABLES and record_id in self._absent.get(tbl_name, ()):
            return False
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
        self._absent.get(tbl_name, set()).discard(record_id)

    def seen_map(self) -> dict[str, int]:
        seen: dict[str, int] = {}
        for tbl in (_log, _withheld):
            for row in self.conn.execute(
                select(tbl.c.device_id, func.max(tbl.c.seq)).group_by(tbl.c.device_id)
            ):
                seen[row[0]] = max(seen.get(row[0], 0), int(row[1]))
        return seen


def _waiting_for(known: _Known, item: Entry | Stub, now_ms: int | None = None) -> str | None:
    """Why ``item`` cannot be applied yet, or None when it can. An entry at or below the
    chain's tip stands where a withheld run is recorded here: it may take its place
    (checked when applied, ``_Runs.split``)."""
    ahead = clock_ahead(item, now_ms)
    if ahead is not None:
        return ahead
    tip_seq, tip_hash = known.tip(item.device_id)
    first = item.first_seq if isinstance(item, Stub) else item.seq
    if first > tip_seq + 1:
        # Reasons are shown in the window: words, not device ids (decision 0023).
        return f"waiting for entry {tip_seq + 1} from the same laptop, which has not arrived"
    if first == tip_seq + 1 and item.prev_hash != tip_hash:
        raise SyncRefused(
            f"Entry {first} from {mention(item.device_id)} does not link to the entry before "
            f"it: that device's log was altered, or two installations share one data folder "
            "copy. Nothing was imported; ask the sender to send everything again.",
            hint_cli="(exported with --full)",
        )
    if isinstance(item, Stub):
        return None
    for ref in item.prior.values():
        if ref is None:
            continue
        device, seq = parse_ref(ref)
        if known.tip(device)[0] < seq:
            return "waiting for an earlier change to the same record, which has not arrived"
    if not known.exists(item.entity, item.entity_id) and not item.creates:
        what = item.entity.replace("_", " ")
        return f"waiting for the entry that creates this {what}, which has not arrived"
    for name, target in rules.FOREIGN_KEYS[item.entity].items():
        value = item.fields.get(name)
        if value is not None and not known.exists(target, value):
            return (
                f"waiting for the {target.replace('_', ' ')} it belongs to, which has not arrived"
            )
    return None


def integrate(
    tx: Tx,
    entries: Iterable[Entry],
    stubs: Iterable[Stub] = (),
    import_id: str | None = None,
    *,
    hashes_checked: bool = False,
) -> MergeReport:
    """Apply unseen entries and withheld runs; hold what cannot be applied yet.
    ``hashes_checked``: the caller verified every entry's hash already (a bundle reader)."""
    try:
        return _integrate(tx, entries, stubs, import_id, hashes_checked)
    except SyncRefused as exc:
        # Name the laptops the refusal mentions as people know them (app/sync/laptops.py).
        names = LaptopNames(tx.store, tx.conn)
        raise SyncRefused(
            names.fill(exc.message), hint_cli=exc.hint_cli, hint_gui=exc.hint_gui
        ) from None


def _integrate(
    tx: Tx,
    entries: Iterable[Entry],
    stubs: Iterable[Stub],
    import_id: str | None,
    hashes_checked: bool,
) -> MergeReport:
    conn = tx.conn
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    now = wall_now()
    report = MergeReport()
    known = _Known(conn)
    cause = Causality(conn)
    judge = Judge(tx.authority(), known)
    held_rows = {(r.device_id, r.seq): r for r in conn.execute(select(_held))}
    stale_since = stale_cutoff(now)
    stale = {key for key, row in held_rows.items() if row.held_at < stale_since}
    pool: dict[tuple[str, int], Entry | Stub] = {}
    items: list[Entry | Stub] = [*entries, *stubs]
    here = _Here(conn, items)
    for item in items:
        _check_item(item, hashes_checked)
        if item.device_id == tx.store.device_id and known.tip(item.device_id)[0] < item.seq:
            made_up = made_up_run(item)
            if made_up is not None:
                report.refused.append((item.ref, made_up))
                continue
            raise SyncRefused(
                "The bundle holds entries made on this installation that its database does "
                "not have (was the database restored from a backup?). Nothing was imported; "
                "restore your newest backup, then ask the sender to send everything again.",
                hint_cli="(exported with --full)",
            )
        key = (item.device_id, item.seq)
        if here.already(item, known):
            report.skipped += _size(item)
            continue
        if key in held_rows and held_rows[key].hash != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} from {mention(item.device_id)} differs from the copy that "
                f"is already waiting here; nothing was imported."
            )
        if key in pool and pool[key].hash != item.hash:
            raise SyncRefused(f"The bundle holds two different entries {item.seq} of one device.")
        if key not in pool or _better(item, pool[key]):
            pool[key] = item
    for key, row in held_rows.items():
        if key in stale and key not in pool:
            continue  # retried below only if this import applies something
        waiting = _from_held(row)
        if key not in pool or _better(waiting, pool[key]):
            pool[key] = waiting
    newly_held = set(pool) - set(held_rows)
    applied_keys: set[tuple[str, int]] = set()
    batch = Batch(conn)
    now_ms = tx.store.wall_clock()
    settle = _Settle(conn, known, cause, batch, judge, report, import_id, now, now_ms)
    max_hlc = settle.run(pool, applied_keys)
    late = sorted(stale - set(pool)) if applied_keys else []
    if late:
        # Something arrived: the stale entries may be waiting for exactly that.
        pool.update({key: _from_held(held_rows[key]) for key in late})
        max_hlc = max(max_hlc, settle.run(pool, applied_keys))
    batch.flush()
    if judge.revocations:
        revocation.settle(conn, judge, report, import_id, now)
    for key in applied_keys & set(held_rows):
        conn.execute(delete(_held).where(_held.c.device_id == key[0], _held.c.seq == key[1]))
    for key in sorted(set(pool) - applied_keys):
        item = pool[key]
        reason = _waiting_for(known, item, now_ms) or judge.verdict(item) or ""
        report.held.append((f"{key[0]}:{key[1]}", reason))
        if key in newly_held:
            conn.execute(insert(_held).values(**_held_row(item, reason, import_id, now)))
        else:
            conn.execute(
                sqlite_insert(_held)
                .values(**_held_row(item, reason, import_id, now))
                .on_conflict_do_update(
                    index_elements=["device_id", "seq"],
                    set_={
                        "reason": reason,
                        "kind": _kind(item),
                        "body": _body(item),
                        "hash": item.hash,
                    },
                )
            )
    if report.changed:
        if max_hlc:
            tx.observe(max_hlc)
        write_receipt(tx, known.seen_map())
    return report


@dataclass
class _Settle:
    """Applying what a pool of entries and runs allows, in clock order, until nothing
    more can be applied."""

    conn: Connection
    known: _Known
    cause: Causality
    batch: Batch
    judge: Judge
    report: MergeReport
    import_id: str | None
    now: str
    now_ms: int

    def run(
        self, pool: dict[tuple[str, int], Entry | Stub], applied_keys: set[tuple[str, int]]
    ) -> str:
        """Applies what it can of ``pool`` (adding to ``applied_keys``); returns the newest
        clock applied ("" for none)."""
        known, judge = self.known, self.judge
        known.prefetch(
            [item for k, item in pool.items() if isinstance(item, Entry) and k not in applied_keys]
        )
        # Where each item's run of positions begins: applying an item tries the next one
        # in its chain at once, so a chain whose clocks fall (a laptop whose clock was set
        # back) applies in one pass, not one entry per pass.
        starts = {(item.device_id, _first_seq(item)): key for key, item in pool.items()}
        order = sorted(pool, key=lambda k: (pool[k].hlc, k))
        max_hlc = ""
        progress = True
        while progress:
            progress = False
            for key in order:
                stack = [key]
                while stack:
                    current = stack.pop()
                    if current in applied_keys:
                        continue
                    item = pool[current]
                    blocked = _waiting_for(known, item, self.now_ms)
                    if blocked is not None and (
                        not _next_in_chain(known, item)
                        or clock_ahead(item, self.now_ms) is not None
                    ):
                        continue
                    ready, verdict = judge.decide(item, blocked is not None)
                    if not ready:
                        continue
                    _apply(
                        self.conn, known, self.cause, self.batch, item, self.report,
                        self.import_id, self.now, verdict,
                    )  # fmt: skip
                    judge.settled(item, verdict)
                    applied_keys.add(current)
                    max_hlc = max(max_hlc, item.hlc)
                    progress = True
                    following = starts.get((item.device_id, item.seq + 1))
                    if following is not None:
                        stack.append(following)
        return max_hlc


def _first_seq(item: Entry | Stub) -> int:
    return item.first_seq if isinstance(item, Stub) else item.seq


def _next_in_chain(known: _Known, item: Entry | Stub) -> bool:
    return isinstance(item, Entry) and item.seq <= known.tip(item.device_id)[0] + 1


def _size(item: Entry | Stub) -> int:
    return item.size if isinstance(item, Stub) else 1


def _better(new: Entry | Stub, old: Entry | Stub) -> bool:
    """For one position (device, last sequence number): a full entry beats a withheld
    run, and a longer run beats a shorter one (it covers everything the shorter does)."""
    if isinstance(old, Entry):
        return False
    return isinstance(new, Entry) or new.first_seq < old.first_seq


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


def _check_item(item: Entry | Stub, hash_checked: bool = False) -> None:
    if isinstance(item, Entry):
        if item.entity not in TABLES or item.op not in changelog.OPS:
            raise SyncRefused(
                f"Entry {item.seq} from {mention(item.device_id)} is for '{item.entity}' "
                f"({item.op}), which this Peerview does not know; update Peerview."
            )
        unknown = set(item.fields) - set(TABLES[item.entity].c.keys())
        if unknown or "id" in item.fields:
            raise SyncRefused(
                f"Entry {item.seq} from {mention(item.device_id)} sets unknown field(s) "
                f"{sorted(unknown | ({'id'} & set(item.fields)))} of {item.entity}; update Peerview."
            )
        if not hash_checked and item.compute_hash() != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} from {mention(item.device_id)} does not match its hash "
                f"(altered); nothing was imported."
            )
    if item.seq < 1:
        raise SyncRefused("An entry has a sequence number below 1; nothing was imported.")
    if isinstance(item, Stub) and not 1 <= item.first_seq <= item.seq:
        raise SyncRefused(
            f"A withheld run from {mention(item.device_id)} claims entries {item.first_seq} "
            f"to {item.seq}, which is not a range; nothing was imported."
        )


class _Here:
    """The hashes already stored for the positions a bundle's full entries cover, read
    once per device; withheld runs are checked against the chain's tip."""

    def __init__(self, conn: Connection, items: list[Entry | Stub]) -> None:
        self.conn = conn
        bounds: dict[str, tuple[int, int]] = {}
        for item in items:
            if isinstance(item, Stub):
                continue
            lo, hi = bounds.get(item.device_id, (item.seq, item.seq))
            bounds[item.device_id] = (min(lo, item.seq), max(hi, item.seq))
        self.log: dict[tuple[str, int], str] = {}
        for device, (lo, hi) in bounds.items():
            for row in conn.execute(
                select(_log.c.seq, _log.c.hash).where(
                    _log.c.device_id == device, _log.c.seq >= lo, _log.c.seq <= hi
                )
            ):
                self.log[(device, row.seq)] = row.hash

    def already(self, item: Entry | Stub, known: _Known) -> bool:
        key = (item.device_id, item.seq)
        if isinstance(item, Stub):
            # Everything up to the tip is here already, in full or withheld; where this
            # run's last entry is recorded exactly, it must be the same entry.
            if item.seq > known.tip(item.device_id)[0]:
                return False
            stored = hash_at(self.conn, item.device_id, item.seq)
            if stored is not None and stored != item.hash:
                raise SyncRefused(
                    f"Entry {item.seq} from {mention(item.device_id)} differs from the one "
                    f"already recorded here; nothing was imported."
                )
            return True
        stored = self.log.get(key)
        if stored is None:
            # New, or standing where a withheld run is recorded (replaced when applied).
            return False
        if stored != item.hash:
            raise SyncRefused(
                f"Entry {item.seq} from {mention(item.device_id)} differs from the one already "
                f"here: that device's log was altered, or two installations were copied from "
                f"one data folder. Nothing was imported."
            )
        return True


def _split_run(conn: Connection, run: Stub, entry: Entry) -> None:
    """A full entry arrives for a position inside a withheld run here (the review was
    shared since, or this is the safeguarding lead): the entry takes its place and the
    run becomes the runs before and after it. Where the run records a hash at the
    entry's position (its ends), the entry must match; inside, the signed bundle the
    entry came in vouches for it, as for any entry."""
    if (entry.seq == run.seq and entry.hash != run.hash) or (
        entry.seq == run.first_seq and entry.prev_hash != run.prev_hash
    ):
        raise SyncRefused(
            f"Entry {entry.seq} from {mention(entry.device_id)} differs from the one already "
            f"recorded here; nothing was imported."
        )
    conn.execute(
        delete(_withheld).where(_withheld.c.device_id == run.device_id, _withheld.c.seq == run.seq)
    )
    pieces: list[tuple[str, int, str, str, str, int, str | None]] = []
    if entry.seq > run.first_seq:
        # Clocks rise along a device's chain, so the entry's clock bounds the run before it.
        pieces.append(
            (
                run.device_id,
                entry.seq - 1,
                entry.prev_hash,
                run.prev_hash,
                entry.hlc,
                run.first_seq,
                None,
            )
        )
    if entry.seq < run.seq:
        pieces.append(
            (run.device_id, run.seq, run.hash, entry.hash, run.hlc, entry.seq + 1, run.sig)
        )
    if pieces:
        conn.exec_driver_sql(INSERT_RUN, pieces)


def _apply(
    conn: Connection,
    known: _Known,
    cause: Causality,
    batch: Batch,
    item: Entry | Stub,
    report: MergeReport,
    import_id: str | None,
    now: str,
    refused: str | None = None,
) -> None:
    tip_seq, tip_hash = known.tip(item.device_id)
    if isinstance(item, Stub):
        if item.seq <= tip_seq:  # covered meanwhile (by another run or entries)
            report.skipped += item.size
            return
        if item.first_seq <= tip_seq:
            # Overlaps what is here: keep only the part after the tip.
            item = Stub(
                item.device_id, item.seq, item.hash, tip_hash, item.hlc, tip_seq + 1, item.sig
            )
        batch.stubs.append(item)
        known.advance(item.device_id, item.seq, item.hash)
        report.withheld += item.size
        return
    replaces_run = item.seq <= tip_seq
    if replaces_run:
        batch.flush()  # the run it stands in may still be in the batch
        run = covering_run(conn, item.device_id, item.seq)
        if run is None:  # arrived in full meanwhile
            if hash_at(conn, item.device_id, item.seq) != item.hash:
                raise SyncRefused(
                    f"Entry {item.seq} from {mention(item.device_id)} differs from the one "
                    f"already here; nothing was imported."
                )
            report.skipped += 1
            return
        if refused:
            revocation.refuse(conn, item, refused, report, import_id, now)
            return
        _split_run(conn, run, item)
    elif refused:
        # Refused, it still holds its place in its chain: a withheld run of one.
        batch.stubs.append(
            Stub(item.device_id, item.seq, item.hash, item.prev_hash, item.hlc, item.seq, item.sig)
        )
        known.advance(item.device_id, item.seq, item.hash)
        revocation.refuse(conn, item, refused, report, import_id, now)
        return
    else:
        known.advance(item.device_id, item.seq, item.hash)
    report.applied += 1
    if item.entity == _RECEIPT:
        report.receipts += 1
    label = f"{item.entity}:{item.entity_id}"
    existed = known.exists(item.entity, item.entity_id) or batch.touched(item.entity_id)
    if not existed and not replaces_run and item.creates and batch.can_take(item):
        batch.add(item)
        known.created(item.entity, item.entity_id)
        if item.entity != _RECEIPT:
            report.added.append(label)
        return
    batch.flush()
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
