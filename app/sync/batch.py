"""Writing many new records at once: the creating entries of brand-new records (the
common case, a bundle of new notes) and withheld runs, with executemany instead of one
``apply_entry`` each.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from app.models import TABLES, ChangeLogEntry, table
from app.services import materialise
from app.services.changelog import Entry
from app.sync.withheld import INSERT_RUN, Stub

_log = table(ChangeLogEntry)


def _defaults(entity: str) -> dict[str, Any]:
    # Columns carry Python-side defaults (decision 0001), which raw inserts must supply.
    return {
        c.name: c.default.arg  # type: ignore[attr-defined]
        for c in TABLES[entity].columns
        if c.default is not None and c.default.is_scalar
    }


_DEFAULTS = {entity: _defaults(entity) for entity in TABLES}


class Batch:
    """Creating entries of brand-new records, written with executemany (the common case:
    a bundle of new notes) instead of one apply_entry each."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.entries: list[Entry] = []
        self.stubs: list[Stub] = []  # withheld runs, written together
        self._all_ids: set[str] = set()  # every record created through the batch

    def can_take(self, entry: Entry) -> bool:
        # Framework versions build a derived tree when applied: keep them on the full path.
        return entry.entity != "framework_version"

    def touched(self, entity_id: str) -> bool:
        return entity_id in self._all_ids

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._all_ids.add(entry.entity_id)

    def flush(self) -> None:
        conn = self.conn
        if self.stubs:
            conn.exec_driver_sql(
                INSERT_RUN,
                [
                    (s.device_id, s.seq, s.hash, s.prev_hash, s.hlc, s.first_seq, s.sig)
                    for s in self.stubs
                ],
            )
            self.stubs = []
        if not self.entries:
            return
        # Plain DB-API executemany: SQLAlchemy's per-row parameter handling cost more
        # than SQLite's inserts themselves on a 10,000-note bundle.
        log_rows = [e.to_row() for e in self.entries]
        insert_many(conn, _log.name, list(log_rows[0]), log_rows)
        by_shape: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        versions: list[tuple[Any, ...]] = []
        notes: list[dict[str, Any]] = []
        for e in self.entries:
            row = {**_DEFAULTS[e.entity], "id": e.entity_id, **e.fields}
            by_shape.setdefault((e.entity, tuple(sorted(row))), []).append(row)
            if e.entity == "evidence_note":
                notes.append(row)
            versions.extend(
                (e.entity, e.entity_id, name, e.hlc, e.device_id, e.seq) for name in e.fields
            )
        for (entity, shape), rows in by_shape.items():
            insert_many(conn, TABLES[entity].name, list(shape), rows)
        conn.exec_driver_sql(
            "INSERT INTO field_version (entity, entity_id, field, hlc, device_id, seq) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            versions,
        )
        if notes:
            materialise.index_new_notes(conn, notes)
        self.entries = []


def insert_many(
    conn: Connection, tbl_name: str, columns: list[str], rows: list[dict[str, Any]]
) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    conn.exec_driver_sql(
        f'INSERT INTO "{tbl_name}" ({names}) VALUES ({marks})',
        [tuple(row[c] for c in columns) for row in rows],
    )
