"""Merge rules on top of the change log's per-field last-writer-wins.

- **Concurrent edits of a field** (two entries that change it from the same prior
  version, to different values) keep both values in the log; the materialised value
  stays the deterministic winner (highest clock, then device id) and a conflict record
  lets the lead choose.
- **An edit concurrent with a delete wins** and is flagged: a record whose winning
  ``deleted`` entry is a delete stays visible while some edit from another device had
  not seen the delete (and the delete had not seen it).

Both are functions of the set of entries held, never of the order they arrived in, so
replicas converge. See docs/decisions/0012-merge-and-conflicts.md.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.ids import join_id
from app.models import TABLES, ChangeLogEntry, FieldVersion, SyncConflict, table
from app.services import changelog, materialise
from app.services.changelog import Entry
from app.sync.causality import Causality, entries_for, touched

# For each synced table: field -> the table it points at.
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    entity: {
        column.name: fk.column.table.name
        for column in TABLES[entity].columns
        for fk in column.foreign_keys
    }
    for entity in TABLES
}

_fv = table(FieldVersion)
_log = table(ChangeLogEntry)
_conflict = table(SyncConflict)


def conflict_id(entity: str, entity_id: str, field: str, kind: str, prior: str | None) -> str:
    return join_id("sync_conflict", kind, entity, entity_id, field, prior or "")


def record_conflict(
    conn: Connection,
    *,
    kind: str,
    entity: str,
    entity_id: str,
    field: str,
    prior: str | None,
    refs: set[str],
    import_id: str | None,
    now: str,
) -> str:
    cid = conflict_id(entity, entity_id, field, kind, prior)
    existing = conn.execute(select(_conflict.c.refs).where(_conflict.c.id == cid)).scalar()
    merged = sorted(refs | set(json.loads(existing) if existing else []))
    stmt = sqlite_insert(_conflict).values(
        id=cid,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        field=field,
        prior_ref=prior,
        refs=json.dumps(merged),
        detected_at=now,
        import_id=import_id,
    )
    conn.execute(
        stmt.on_conflict_do_update(index_elements=["id"], set_={"refs": stmt.excluded.refs})
    )
    return cid


def detect_field_conflicts(
    conn: Connection, cause: Causality, entry: Entry, import_id: str | None, now: str
) -> list[str]:
    """Conflicts between ``entry`` (just applied) and entries that set the same field to
    a different value without either having seen the other. Each pair is examined when
    the later of the two arrives, so every replica holding both finds it."""
    found: list[str] = []
    mine = touched(entry)
    others = [e for e in entries_for(conn, entry.entity_id) if e.ref != entry.ref]
    for name, value in mine.items():
        rivals = [
            e
            for e in others
            if name in touched(e)
            and touched(e)[name] != value
            and not cause.sees(entry, e.ref)
            and not cause.sees(e, entry.ref)
        ]
        if rivals:
            found.append(
                record_conflict(
                    conn,
                    kind="field",
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    field=name,
                    prior=None,
                    refs={entry.ref, *(e.ref for e in rivals)},
                    import_id=import_id,
                    now=now,
                )
            )
    return found


def settle_delete(
    conn: Connection,
    cause: Causality,
    entity: str,
    entity_id: str,
    import_id: str | None,
    now: str,
) -> str | None:
    """Apply "an edit concurrent with a delete wins" to one record; returns the id of
    the edit/delete conflict when the rule keeps the record alive."""
    version = conn.execute(
        select(_fv.c.device_id, _fv.c.seq).where(
            _fv.c.entity == entity, _fv.c.entity_id == entity_id, _fv.c.field == "deleted"
        )
    ).first()
    if version is None:
        return None
    row = conn.execute(
        select(_log).where(_log.c.device_id == version.device_id, _log.c.seq == version.seq)
    ).first()
    if row is None or row.op != "delete":
        return None
    deletion = Entry.from_row(row)
    edits = [
        e
        for e in entries_for(conn, entity_id)
        if e.op == "upsert"
        and e.device_id != deletion.device_id
        and not cause.sees(deletion, e.ref)
        and not cause.sees(e, deletion.ref)
    ]
    target = TABLES[entity]
    deleted_now = conn.execute(select(target.c.deleted).where(target.c.id == entity_id)).scalar()
    want = not edits
    if bool(deleted_now) != want:
        conn.execute(update(target).where(target.c.id == entity_id).values(deleted=want))
        if entity == "evidence_note":
            materialise.refresh_note_search(conn, entity_id)
    if not edits:
        return None
    return record_conflict(
        conn,
        kind="edit_delete",
        entity=entity,
        entity_id=entity_id,
        field="deleted",
        prior=deletion.ref,
        refs={deletion.ref, *(e.ref for e in edits)},
        import_id=import_id,
        now=now,
    )


def settle_all(conn: Connection) -> None:
    """Re-apply the delete rule to every record whose winning ``deleted`` entry is a
    delete (after a rebuild from the log, which replays plain last-writer-wins)."""
    rows = conn.execute(
        select(_fv.c.entity, _fv.c.entity_id)
        .join(_log, (_log.c.device_id == _fv.c.device_id) & (_log.c.seq == _fv.c.seq))
        .where(_fv.c.field == "deleted", _log.c.op == "delete")
    ).all()
    cause = Causality(conn)
    for row in rows:
        settle_delete(conn, cause, row.entity, row.entity_id, None, "")


def rebuild(conn: Connection) -> int:
    """Recreate every synced and derived table from the log: replay it (per-field last
    writer wins, ``changelog.replay``), then apply the delete rule above. Returns the
    number of entries replayed; the result equals the tables the entries built as they
    arrived, whatever order that was."""
    count = changelog.replay(conn)
    settle_all(conn)
    return count


def value_of(entry: Entry, field: str) -> Any:
    return touched(entry).get(field)
