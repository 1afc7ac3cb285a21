"""The conflict queue: concurrent changes for the lead to look at and decide.

A conflict lists the competing entries with their values side by side; the record
shows the deterministic winner meanwhile. It is *resolved* once some entry changes the
same field having seen every competing entry, which is what ``resolve_conflict``
writes (a new entry, so the decision travels to every replica like any edit). Because
that test reads only the log, replicas that hold the same entries agree on what is
still open.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.models import TABLES, SyncConflict, table
from app.services import refs
from app.services.changelog import author_time_ms
from app.services.errors import PeerviewError
from app.services.store import ChangeSet, Store
from app.sync.causality import Causality, entries_for, touched
from app.sync.scope import RESTRICTED, review_scope

_conflict = table(SyncConflict)


@dataclass(frozen=True)
class Version:
    ref: str  # "device:seq" of the entry
    author_key_id: str | None
    hlc: str
    value: Any
    # When its author made it, by the author's own wall clock (what people are shown).
    wall_ms: int = 0


@dataclass(frozen=True)
class Conflict:
    id: str
    kind: str  # "field": two values for one field; "edit_delete": edited while deleted
    entity: str
    entity_id: str
    field: str
    versions: list[Version]  # oldest first
    current: Any  # what the record shows now
    resolved: bool

    def describe(self) -> str:
        if self.kind == "edit_delete":
            return (
                f"{self.entity} {self.entity_id[:8]} was deleted on one laptop while edited on "
                f"another; it is kept. Keep it, or delete it again."
            )
        return f"{self.entity} {self.entity_id[:8]}: {len(self.versions)} values for {self.field}"


def _shown(kind: str, field: str, entry: Any) -> Any:
    """What to put side by side: the field's value, or for an edit met by a delete, the
    edit itself (and "deleted" for the delete)."""
    if kind == "edit_delete":
        return "deleted" if entry.op == "delete" else dict(touched(entry))
    return touched(entry).get(field)


def _load(store: Store, conflict_row: Any, cause: Causality, conn: Any) -> Conflict:
    refs = set(json.loads(conflict_row.refs))
    entries = entries_for(conn, conflict_row.entity_id)
    by_ref = {e.ref: e for e in entries}
    rivals = [by_ref[r] for r in refs if r in by_ref]
    # An author's own earlier draft, superseded by their later edit, is not a rival.
    rivals = [
        e
        for e in rivals
        if not any(
            o is not e and o.author_key_id == e.author_key_id and cause.sees(o, e.ref)
            for o in rivals
        )
    ]
    versions = [
        Version(
            e.ref,
            e.author_key_id,
            e.hlc,
            _shown(conflict_row.kind, conflict_row.field, e),
            author_time_ms(e),
        )
        for e in sorted(rivals, key=lambda e: e.hlc)
    ]
    resolved = any(
        conflict_row.field in touched(x)
        and x.ref not in refs
        and all(cause.sees(x, r) for r in refs)
        for x in entries
    )
    tbl = TABLES[conflict_row.entity]
    current = conn.execute(
        select(tbl.c[conflict_row.field]).where(tbl.c.id == conflict_row.entity_id)
    ).scalar()
    return Conflict(
        conflict_row.id,
        conflict_row.kind,
        conflict_row.entity,
        conflict_row.entity_id,
        conflict_row.field,
        versions,
        current,
        resolved,
    )


def list_conflicts(
    store: Store, review_id: str | None = None, *, include_resolved: bool = False
) -> list[Conflict]:
    with store.read() as conn:
        rows = conn.execute(select(_conflict).order_by(_conflict.c.detected_at)).all()
        if review_id is not None:
            scope = review_scope(conn, review_id)
            ids = set().union(*(v for k, v in scope.items() if k not in RESTRICTED))
            rows = [r for r in rows if r.entity_id in ids]
        cause = Causality(conn)
        found = [_load(store, r, cause, conn) for r in rows]
    return [c for c in found if include_resolved or not c.resolved]


def get_conflict(store: Store, ref: str) -> Conflict:
    """A conflict from its id, whole or a unique start or end (app/services/refs.py)."""
    with store.read() as conn:
        ids = conn.execute(select(_conflict.c.id)).scalars().all()
        conflict_id = refs.match(
            ref, {i: (i,) for i in ids}, what="conflict", listing="peerview sync conflicts"
        )
        row = conn.execute(select(_conflict).where(_conflict.c.id == conflict_id)).one()
        return _load(store, row, Causality(conn), conn)


def resolve_conflict(
    store: Store, conflict_id: str, *, choose: str | None = None, value: Any = None
) -> ChangeSet:
    """Decide a conflict with a new entry. ``choose`` is the ref of the version to keep
    (for an edit/delete conflict: "keep" or "delete"); or give ``value`` to write a new
    text (both sides merged by hand)."""
    conflict = get_conflict(store, conflict_id)
    if conflict.resolved:
        raise PeerviewError("That conflict is already resolved.")
    with store.write() as tx:
        if conflict.kind == "edit_delete":
            if choose == "delete":
                # The row shows as kept, so this is a fresh delete that has seen the edits.
                tx.delete(conflict.entity, conflict.entity_id)
            elif choose == "keep":
                tx.upsert(conflict.entity, conflict.entity_id, {"deleted": False}, force=True)
            else:
                raise PeerviewError("Choose 'keep' or 'delete' for an edited-while-deleted record.")
            return tx.changes
        if choose is not None:
            picked = [v for v in conflict.versions if v.ref == choose or v.ref.endswith(choose)]
            if len(picked) != 1:
                raise PeerviewError(
                    f"'{choose}' is not one of this conflict's versions: "
                    f"{', '.join(v.ref for v in conflict.versions)}."
                )
            value = picked[0].value
        tx.upsert(conflict.entity, conflict.entity_id, {conflict.field: value}, force=True)
    return tx.changes
