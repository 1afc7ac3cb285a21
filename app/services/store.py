"""The store: the one place through which Peerview writes its database.

Services open ``store.write()`` and call ``tx.create`` / ``tx.upsert`` / ``tx.delete``;
each call appends a hash-chained change-log entry and applies it, in the same SQLite
transaction as every other change of that call. The transaction returns a ChangeSet,
which the GUI broadcasts so views refresh and undo knows what happened.

A ``store.write()`` opened inside another on the same thread joins it: one transaction,
so a caller can make several service calls all-or-nothing (the demo does). The inner
block's ChangeSet holds only its own entries; the outer one holds everything.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.ids import join_id, uuid7
from app.models import (
    TABLES,
    ChangeLogEntry,
    DeviceCertificate,
    DeviceState,
    FieldVersion,
    Identity,
    disk,
    table,
)
from app.models.database import Database, open_database
from app.services import authority as authority_rules
from app.services import chainkeys, chainmark, changelog, datakey, materialise
from app.services.changelog import Entry, HybridClock

_state = table(DeviceState)
log = logging.getLogger(__name__)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class ChangeSet:
    """What one transaction changed: the log entries it appended, in order."""

    entries: list[Entry] = field(default_factory=list)
    created: dict[str, set[str]] = field(default_factory=dict)

    def ids(self, entity: str) -> set[str]:
        return {e.entity_id for e in self.entries if e.entity == entity}

    @property
    def entities(self) -> set[str]:
        return {e.entity for e in self.entries}

    def __bool__(self) -> bool:
        return bool(self.entries)

    def extend(self, other: ChangeSet) -> None:
        self.entries.extend(other.entries)
        for entity, ids in other.created.items():
            self.created.setdefault(entity, set()).update(ids)


@dataclass
class _Chain:
    """This device's place in its hash chain while a transaction appends to it."""

    seq: int
    head: str
    clock: HybridClock
    # The key that signs this chain's heads; None while the chain has no certificate.
    key: Any = None


class Tx:
    """One write transaction. Use through ``Store.write()``."""

    def __init__(self, store: Store, conn: Connection, outer: Tx | None = None) -> None:
        self.store = store
        self.conn = conn
        self.changes = ChangeSet()
        self._device = store.device_id
        self._outer = outer
        self._authority: authority_rules.Authority | None = None
        self._chain: _Chain
        if outer is not None:
            self._chain = outer._chain  # a nested write appends to the same chain
        else:
            state = {r.key: r.value for r in conn.execute(select(_state))}
            self._chain = _Chain(
                int(state.get("seq", "0")),
                state.get("head", changelog.GENESIS),
                HybridClock(state.get("hlc"), store.wall_clock),
                store.device_key(state.get("device_key")),
            )

    def _record(self, entries: list[Entry], entity: str, created: set[str]) -> None:
        """Add to this transaction's ChangeSet, and to every write it is nested in."""
        tx: Tx | None = self
        while tx is not None:
            tx.changes.entries.extend(entries)
            if created:
                tx.changes.created.setdefault(entity, set()).update(created)
            tx = tx._outer

    def create(self, entity: str, fields: dict[str, Any], entity_id: str | None = None) -> str:
        """A new record; returns its id (a UUIDv7 unless a join id is given)."""
        new_id = entity_id or uuid7()
        self.upsert(entity, new_id, fields)
        return new_id

    def upsert(
        self, entity: str, entity_id: str, fields: dict[str, Any], *, force: bool = False
    ) -> Entry | None:
        """Set fields on a record, creating it if needed. Unchanged fields are not logged;
        returns None when nothing changed. ``force`` logs the fields even when unchanged:
        resolving a sync conflict must record the choice even if it keeps the value."""
        table = TABLES[entity]
        unknown = set(fields) - set(table.c.keys()) - {"id"}
        if unknown or "id" in fields:
            raise ValueError(f"{entity} has no field(s) {sorted(unknown | ({'id'} & set(fields)))}")
        row = self.conn.execute(select(table).where(table.c.id == entity_id)).first()
        if row is not None:
            current = row._mapping
            if not force:
                fields = {k: v for k, v in fields.items() if current[k] != v}
            if not fields:
                return None
        elif "deleted" not in fields:
            fields = {**fields, "deleted": False}
        return self._append(entity, entity_id, "upsert", fields, exists=row is not None)

    def delete(self, entity: str, entity_id: str) -> Entry | None:
        """Tombstone a record: it stays in the table with ``deleted`` set."""
        table = TABLES[entity]
        row = self.conn.execute(select(table.c.deleted).where(table.c.id == entity_id)).first()
        if row is None or row.deleted:
            return None
        return self._append(entity, entity_id, "delete", {}, exists=True)

    def observe(self, hlc: str) -> None:
        """Move this device's clock past a time seen in another device's entry, so that
        entries made here afterwards order after it."""
        self._chain.clock.observe(hlc)

    def create_many(self, entity: str, rows: list[dict[str, Any]]) -> list[str]:
        """Many new records at once, through Core executemany (the ORM path is several
        times slower). Writes exactly the log entries, rows, field versions and search
        index that ``create`` would, one entry per record; every row must have the same
        keys. Used by the demo, the benchmark and large imports."""
        if not rows:
            return []
        target = TABLES[entity]
        keys = set(rows[0]) | {"deleted"}
        ids: list[str] = []
        entries: list[Entry] = []
        table_rows: list[dict[str, Any]] = []
        version_rows: list[dict[str, Any]] = []
        for given in rows:
            fields = {"deleted": False, **given}
            if set(fields) != keys:
                raise ValueError("create_many needs rows with the same fields")
            entity_id = uuid7()
            entry = self._next_entry(entity, entity_id, "upsert", fields, dict.fromkeys(fields))
            ids.append(entity_id)
            entries.append(entry)
            table_rows.append({"id": entity_id, **fields})
            version_rows.extend(
                {
                    "entity": entity,
                    "entity_id": entity_id,
                    "field": name,
                    "hlc": entry.hlc,
                    "device_id": entry.device_id,
                    "seq": entry.seq,
                }
                for name in fields
            )
        self.conn.execute(insert(table(ChangeLogEntry)), [e.to_row() for e in entries])
        self.conn.execute(insert(target), table_rows)
        self.conn.execute(insert(table(FieldVersion)), version_rows)
        if entity == "evidence_note":
            materialise.index_new_notes(self.conn, table_rows)
        self._record(entries, entity, set(ids))
        return ids

    def _next_entry(
        self,
        entity: str,
        entity_id: str,
        op: str,
        fields: dict[str, Any],
        prior: dict[str, str | None],
    ) -> Entry:
        """The next entry of this device's chain, hashed; the chain moves on to it."""
        chain = self._chain
        entry = Entry(
            device_id=self._device,
            seq=chain.seq + 1,
            hlc=chain.clock.tick(),
            entity=entity,
            entity_id=entity_id,
            op=op,
            fields=fields,
            prior=prior,
            author_key_id=self.store.author_key_id,
            prev_hash=chain.head,
            wall=chain.clock.wall,
            salts=changelog.new_salts(fields),
        )
        entry = Entry(**{**entry.__dict__, "hash": entry.compute_hash()})
        # Judged before the chain moves on: a refused edit leaves no gap in it.
        authority = self.authority()
        authority_rules.check_local(authority, [entry])
        chain.seq, chain.head = entry.seq, entry.hash
        authority.note(entry)
        return entry

    def authority(self) -> authority_rules.Authority:
        """The role rules over this transaction (one for a write and its nested writes)."""
        root = self
        while root._outer is not None:
            root = root._outer
        if root._authority is None:
            root._authority = authority_rules.Authority(self.conn, self._device)
        return root._authority

    def _append(
        self, entity: str, entity_id: str, op: str, fields: dict[str, Any], exists: bool
    ) -> Entry:
        # A brand-new record has no field versions yet: skip the lookup.
        versions = changelog.field_versions(self.conn, entity, entity_id) if exists else {}
        touched = ["deleted"] if op == "delete" else list(fields)
        prior = {name: _ref(versions.get(name)) for name in touched}
        entry = self._next_entry(entity, entity_id, op, fields, prior)
        changelog.append(self.conn, entry)
        applied = changelog.apply_entry(self.conn, entry, versions, exists)
        self._record([entry], entity, {entity_id} if applied.created else set())
        return entry

    def start_chain(self, identity: Any = None) -> str:
        """Continue in a new chain of this device: certified (a new laptop key and its
        certificate signed with ``identity``, the identity's Ed25519 private key) or, with
        no identity key at hand, an uncertified one that the next certificate vouches for.
        The chain left behind is declared in that certificate when it has no certificate
        of its own. Returns the new device id (decision 0029)."""
        conn, chain, old = self.conn, self._chain, self._device
        certified = (
            conn.execute(
                select(table(DeviceCertificate)).where(table(DeviceCertificate).c.device_id == old)
            ).first()
            is not None
        )
        pending = {
            r.key[9:]: r.value
            for r in conn.execute(select(_state).where(_state.c.key.like("previous:%")))
        }
        if chain.seq and not certified:
            pending[old] = f"{chain.seq}:{chain.head}"
        key = None
        if identity is not None:
            key = chainkeys.Ed25519PrivateKey.generate()
            previous = {d: [int(v.split(":")[0]), v.split(":")[1]] for d, v in pending.items()}
            cert = chainkeys.make_certificate(identity, key, self.store.now_iso(), previous)
            new_id = cert["device_id"]
            chainkeys.remember(conn, [cert])
            conn.execute(_state.delete().where(_state.c.key.like("previous:%")))
            values = {"device_key": chainkeys.private_text(key)}
        else:
            new_id = uuid7()
            values = {f"previous:{d}": v for d, v in pending.items()}
            conn.execute(_state.delete().where(_state.c.key == "device_key"))
        values.update({"device_id": new_id, "seq": "0", "head": changelog.GENESIS})
        conn.execute(
            text("INSERT OR REPLACE INTO device_state (key, value) VALUES (:k, :v)"),
            [{"k": k, "v": v} for k, v in values.items()],
        )
        self._device = new_id
        self._chain = _Chain(0, changelog.GENESIS, chain.clock, key)
        self.store.device_id = new_id
        chainmark.write(self.store.db.data_dir, new_id, 0, changelog.GENESIS)
        if self.store.author_key_id.startswith("device:"):
            self.store.author_key_id = f"device:{new_id}"
        if chain.seq:
            self._first_receipt()
        return new_id

    def check_chain(self) -> None:
        """Before the first write of a session: a database restored from a backup or
        copied from another computer must not continue the chain it holds (decision
        0029). It moves to a new chain and records a receipt of what it holds, so that
        peers send back this laptop's own entries it lost."""
        chain = self._chain
        if not chain.seq:
            return

        def hash_at(seq: int) -> str | None:
            if seq == 0:
                return changelog.GENESIS
            return self.conn.execute(
                select(table(ChangeLogEntry).c.hash).where(
                    table(ChangeLogEntry).c.device_id == self._device,
                    table(ChangeLogEntry).c.seq == seq,
                )
            ).scalar()

        reason = chainmark.diverged(self.store.db.data_dir, self._device, chain.seq, hash_at)
        if reason is None:
            return
        log.warning("Starting a new chain: %s", reason)
        # The old chain's recorded end is no longer its end: peers hold more of it.
        self.conn.execute(_state.delete().where(_state.c.key == f"head:{self._device}"))
        self.start_chain(None)

    def _first_receipt(self) -> None:
        """A new chain opens with a receipt of everything this laptop holds, its old
        chain included: entries in the new chain have seen all of it (causality), and
        peers learn what a restored laptop lacks."""
        seen: dict[str, int] = {}
        for tbl in ("change_log", "sync_withheld"):
            for device, seq in self.conn.exec_driver_sql(
                f"SELECT device_id, MAX(seq) FROM {tbl} GROUP BY device_id"
            ):
                seen[device] = max(seen.get(device, 0), int(seq))
        seen.pop(self._device, None)
        receipt = "sync_receipt"
        self.upsert(
            receipt,
            join_id(receipt, self._device),
            {
                "device_id": self._device,
                "key_id": self.store.author_key_id,
                "seen": changelog.canonical_json(seen),
            },
        )

    def _save_state(self) -> None:
        if not self.changes:
            return
        chain = self._chain
        if chain.key is not None and chain.seq:
            # The head of what this write appended, signed by the laptop's key.
            self.conn.execute(
                text("UPDATE change_log SET sig = :s WHERE device_id = :d AND seq = :n"),
                {
                    "s": chainkeys.sign_head(chain.key, self._device, chain.seq, chain.head),
                    "d": self._device,
                    "n": chain.seq,
                },
            )
        values = {
            "seq": str(chain.seq),
            "head": chain.head,
            "hlc": chain.clock.last,
            f"head:{self._device}": f"{chain.seq}:{chain.head}",
        }
        self.conn.execute(
            text("INSERT OR REPLACE INTO device_state (key, value) VALUES (:k, :v)"),
            [{"k": key, "v": value} for key, value in values.items()],
        )


def _ref(version: Any) -> str | None:
    return None if version is None else f"{version.device_id}:{version.seq}"


class Store:
    def __init__(
        self,
        db: Database,
        wall_clock: Callable[[], int] = wall_ms,
        unlocked: datakey.Unlocked | None = None,
    ) -> None:
        self.db = db
        #: The data key as unlocked for this session (None for the bench's plaintext store).
        self.unlocked = unlocked
        self.engine = db.engine
        self.wall_clock = wall_clock
        # One writer at a time in this process (GUI thread and workers alike).
        self._write_lock = threading.RLock()
        # The write transaction open on each thread, which a nested write joins.
        self._open = threading.local()
        self._chain_checked = False  # the first write of a session checks the chain marker
        self.device_id = self._device_id()
        self.author_key_id = self._author()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        purpose: str = "Peerview",
        allow_read_only: bool = False,
        background_check: bool = False,
        wall_clock: Callable[[], int] = wall_ms,
        access: datakey.Access | None = None,
    ) -> Store:
        """``background_check``: see ``open_database``; the window opens this way, and
        every write here then waits for the check's answer. ``access``: how to get the
        data key when the keyring does not have it (datakey.py); by default only
        ``PEERVIEW_PASSPHRASE``, since nobody can be asked."""
        found: list[datakey.Unlocked] = []

        def key() -> bytes:
            # Called once the folder's lock is held: a new folder's key is made by the
            # process that creates its database, never by two at once.
            found.append(datakey.unlock(data_dir, access or datakey.DEFAULT_ACCESS))
            return found[0].key

        db = open_database(
            data_dir,
            key,
            purpose=purpose,
            allow_read_only=allow_read_only,
            background_check=background_check,
        )
        try:
            return cls(db, wall_clock, found[0])
        except BaseException as exc:
            try:
                if isinstance(exc, Exception):
                    # A read met damage before the background check named it: raise the
                    # check's refusal, which says what to do, rather than a bare SQL error.
                    db.require_checked()
            finally:
                db.close()
            raise

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def session_passphrase(self) -> str | None:
        """The passphrase typed or given to open the data this session; None when the
        keyring had the key (then nobody typed anything)."""
        return self.unlocked.passphrase if self.unlocked is not None else None

    def change_passphrase(self, passphrase: str) -> None:
        """Wrap the data key with ``passphrase`` from now on (the person's one passphrase)."""
        if self.unlocked is None:
            raise ValueError("a plaintext store has no data key")
        datakey.rewrap(self.db.data_dir, self.unlocked, passphrase)

    def mark_chain(self, always: bool = True) -> None:
        """Write the chain marker (chainmark.py): where this laptop's chain stands now.
        ``always=False`` only keeps an existing marker current."""
        if self.read_only or (
            not always and not (self.db.data_dir / chainmark.MARKER_FILE).exists()
        ):
            return
        with self.read() as conn:
            state = {
                r.key: r.value
                for r in conn.execute(select(_state).where(_state.c.key.in_(["seq", "head"])))
            }
        chainmark.write(
            self.db.data_dir,
            self.device_id,
            int(state.get("seq", "0")),
            state.get("head", changelog.GENESIS),
        )

    def close(self) -> None:
        try:
            self.mark_chain(always=False)
        except Exception as exc:  # closing must not fail over a marker
            log.info("Could not keep the chain marker current (%s)", exc)
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Tx]:
        outer: Tx | None = getattr(self._open, "tx", None)
        if outer is not None:
            # Inside another write on this thread: join its transaction. An error here
            # propagates to the outer block, which rolls everything back.
            inner = Tx(self, outer.conn, outer)
            self._open.tx = inner
            try:
                yield inner
            finally:
                self._open.tx = outer
            return
        if self.read_only:
            raise PermissionError(
                "This data folder is open read-only because another Peerview holds it; "
                "close the other Peerview to make changes."
            )
        # Nothing is written to a file its integrity check found damaged (decision 0018).
        self.db.require_checked()
        try:
            with self._write_lock, self.engine.connect() as conn:
                conn = conn.execution_options(pv_write=True)
                with conn.begin():
                    tx = Tx(self, conn)
                    self._open.tx = tx
                    try:
                        if not self._chain_checked:
                            self._chain_checked = True
                            tx.check_chain()
                        yield tx
                        tx._save_state()
                    finally:
                        self._open.tx = None
        except (DBAPIError, OSError) as exc:
            # A full or read-only disk: one message a person can act on; SQLite rolled back.
            said = disk.problem(exc, self.db.data_dir)
            if said is None:
                raise
            raise said from exc

    def session(self) -> Session:
        """A session for reading; services never write through it."""
        return Session(self.engine, expire_on_commit=False, autoflush=False)

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def heads(self) -> dict[str, tuple[int, str]]:
        with self.read() as conn:
            rows = conn.execute(select(_state).where(_state.c.key.like("head:%"))).all()
        out = {}
        for row in rows:
            seq, head = row.value.split(":", 1)
            out[row.key[5:]] = (int(seq), head)
        return out

    def device_key(self, text_value: str | None) -> Any:
        """The chain's signing key, parsed once per session."""
        cached = getattr(self, "_key_cache", (None, None))
        if cached[0] != text_value:
            cached = (text_value, chainkeys.load_device_key(text_value))
            self._key_cache = cached
        return cached[1]

    def now_iso(self) -> str:
        import datetime as dt

        return dt.datetime.fromtimestamp(self.wall_clock() / 1000, dt.UTC).isoformat(
            timespec="seconds"
        )

    def _device_id(self) -> str:
        with self.read() as conn:
            found = conn.execute(select(_state.c.value).where(_state.c.key == "device_id")).scalar()
        if found or self.read_only:
            return found or "read-only"
        new_id = uuid7()
        self.db.require_checked()
        with self.engine.connect() as conn:
            conn = conn.execution_options(pv_write=True)
            with conn.begin():
                conn.execute(
                    text(
                        "INSERT OR IGNORE INTO device_state (key, value) VALUES ('device_id', :v)"
                    ),
                    {"v": new_id},
                )
                found = conn.execute(
                    select(_state.c.value).where(_state.c.key == "device_id")
                ).scalar()
        return str(found)

    def _author(self) -> str:
        with self.read() as conn:
            key = conn.execute(select(Identity.key_id).limit(1)).scalar()
        # Before the person creates an identity, entries name the device that made them.
        return key or f"device:{self.device_id}"
