"""Bench suite: exporting and importing a 10,000-note bundle.

Baseline, in the same run: plain sqlite3 inserting the rows the import writes (the notes,
their change-log entries, field versions and search index) into a fresh database of the
same schema, in one transaction. Budget: export + import within 5x of that baseline.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import Connection, select

from app.bench.common import BenchContext, Figure, seed
from app.models import TABLES, ChangeLogEntry, EvidenceNote, FieldVersion, cipher, table
from app.models.database import DB_NAME
from app.services import datakey
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.sync.keys import LocalKeys, PeerKey

BUNDLE_NOTES = 10_000
BUDGET_RATIO = 5.0


@dataclass
class EphemeralPerson:
    local: LocalKeys
    card: PeerKey


def ephemeral_person(name: str) -> EphemeralPerson:
    signing = Ed25519PrivateKey.generate()
    age = x25519.Identity.generate()
    public = signing.public_key().public_bytes_raw()
    key_id = hashlib.sha256(public).hexdigest()
    fingerprint = key_id[:30]
    local = LocalKeys(
        key_id, name, "reviewer", signing, str(age), str(age.to_public()), fingerprint
    )
    return EphemeralPerson(
        local, PeerKey(key_id, name, "reviewer", public, str(age.to_public()), fingerprint)
    )


class EphemeralKeys:
    """In-memory keys (the benchmark, tests): no keyring, no passphrase."""

    def __init__(self, me: EphemeralPerson, others: list[EphemeralPerson]) -> None:
        self.me = me
        self.others = others

    def local(self) -> LocalKeys:
        return self.me.local

    def peer(self, key_id: str) -> PeerKey | None:
        return next((p.card for p in self.others if p.card.key_id == key_id), None)

    def peers(self) -> list[PeerKey]:
        return [p.card for p in self.others]

    def fingerprint(self, key_id: str) -> str:
        return key_id[:30]


def run(ctx: BenchContext) -> list[Figure]:
    count = min(BUNDLE_NOTES, ctx.notes)
    ctx.say(f"Sync: a review of {count:,} notes, exported and imported ...")
    review = seed(ctx.store, count)
    lead, reviewer = ephemeral_person("Lead"), ephemeral_person("Reviewer")
    bundle = ctx.folder / "bench.pvbundle"
    start = time.perf_counter()
    export_bundle(
        ctx.store,
        review,
        bundle,
        to=[reviewer.card.key_id],
        full=True,
        keys=EphemeralKeys(lead, [reviewer]),
    )
    export_ms = (time.perf_counter() - start) * 1000
    access = datakey.scratch_access()
    with Store.open(ctx.folder / "sync-target", purpose="peerview bench", access=access) as target:
        start = time.perf_counter()
        report = import_bundle(target, bundle, keys=EphemeralKeys(reviewer, [lead]))
        import_ms = (time.perf_counter() - start) * 1000
    if report.added < count:
        raise RuntimeError(f"the bench bundle imported only {report.added} records")
    baseline_ms = _raw_inserts(ctx, review)
    return [
        Figure("sync_export_ms", export_ms, "ms", baseline_ms),
        Figure("sync_import_ms", import_ms, "ms", baseline_ms),
        Figure(
            "sync_roundtrip_ms",
            export_ms + import_ms,
            "ms",
            baseline_ms,
            ratio_budget=BUDGET_RATIO,
        ),
    ]


def _parent_ids(conn: Connection, review: str) -> list[tuple[str, str]]:
    rv, fv = TABLES["review"], TABLES["framework_version"]
    row = conn.execute(select(rv).where(rv.c.id == review)).one()
    version = conn.execute(select(fv).where(fv.c.id == row.framework_version_id)).one()
    found = [("framework", version.framework_id), ("framework_version", version.id)]
    if row.host_school_id:
        found.append(("school", row.host_school_id))
    return [*found, ("review", review)]


def _raw_inserts(ctx: BenchContext, review: str) -> float:
    """The rows an import of this review writes (notes, their change-log entries, field
    versions and search index), inserted by plain sqlite3 into a fresh database of the
    same schema in one transaction: the cost of the data alone, with no verification,
    decryption or merging."""
    note, log, fv = table(EvidenceNote), table(ChangeLogEntry), table(FieldVersion)
    with ctx.store.read() as conn:
        ids = set(conn.execute(select(note.c.id).where(note.c.review_id == review)).scalars())
        notes = [tuple(r) for r in conn.execute(select(note).where(note.c.review_id == review))]
        logs = [tuple(r) for r in conn.execute(select(log)) if r.entity_id in ids]
        versions = [tuple(r) for r in conn.execute(select(fv)) if r.entity_id in ids]
        parents = []
        for entity, record_id in _parent_ids(conn, review):
            tbl = TABLES[entity]
            row = conn.execute(select(tbl).where(tbl.c.id == record_id)).one()
            parents.append((f"{entity} ({', '.join(tbl.c.keys())})", [tuple(row)]))
        search = [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT s.rowid, s.note_id, s.review_id, f.body FROM note_search s "
                "JOIN note_fts f ON f.rowid = s.rowid WHERE s.review_id = ?",
                (review,),
            )
        ]
    folder = ctx.folder / "sync-baseline"
    with Store.open(folder, purpose="peerview bench", access=datakey.scratch_access()) as empty:
        key = empty.db.key  # the same schema, empty, encrypted like the target
    raw = cipher.connect(folder / DB_NAME, key, isolation_level=None)
    # The same settings as Peerview's own connections (decision 0001), foreign keys too.
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute("PRAGMA foreign_keys=ON")

    def put(name: str, rows: list[tuple[object, ...]]) -> None:
        raw.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})", rows)

    # The review and what it points at, untimed, so the notes' foreign keys hold.
    for name, rows in parents:
        put(name, rows)
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    put("change_log", logs)
    put(f"evidence_note ({', '.join(note.c.keys())})", notes)
    put("field_version", versions)
    put("note_search (rowid, note_id, review_id)", [r[:3] for r in search])
    put("note_fts (rowid, body)", [(r[0], r[3]) for r in search])
    raw.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    raw.close()
    return elapsed
