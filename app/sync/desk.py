"""Small queries and writes the sync view needs around the sync services. No Qt here.

* ``log_mark`` / ``changes_since``: an import applies other devices' entries straight
  into the change log, so it returns an ImportReport rather than a ChangeSet. The view
  still has to tell every page what changed; it takes the log's high-water mark before
  the import and reads the entries appended after it.
* ``sniff_bundle``: a quick look at a file's first bytes, so a dropped photo or card is
  refused with a clear message before anyone is asked for a passphrase.
* ``write_value`` / ``set_deleted``: undo and redo of a conflict decision, and a change
  of mind about a conflict already decided. Like ``resolve_conflict`` they write a new
  entry that has seen every competing version, so the choice travels to every replica.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, literal_column, select
from sqlalchemy.sql.expression import ColumnClause

from app.models import TABLES, ChangeLogEntry, table
from app.services.changelog import Entry
from app.services.store import ChangeSet, Store
from app.sync import bundle_format as fmt

_log = table(ChangeLogEntry)
_rowid: ColumnClause[int] = literal_column("change_log.rowid", Integer)
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


def log_mark(store: Store) -> int:
    """The change log's highest row number now (0 when empty)."""
    with store.read() as conn:
        return int(conn.execute(select(func.max(_rowid)).select_from(_log)).scalar() or 0)


def changes_since(store: Store, mark: int) -> ChangeSet:
    """The entries appended after ``mark``, as the ChangeSet a page refreshes from.
    A record counts as created when no earlier entry names it."""
    with store.read() as conn:
        rows = conn.execute(select(_log).where(_rowid > mark).order_by(_rowid)).all()
        entries = [Entry.from_row(r) for r in rows]
        ids = sorted({e.entity_id for e in entries})
        older: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            older.update(
                conn.execute(
                    select(_log.c.entity_id)
                    .where(_log.c.entity_id.in_(chunk), _rowid <= mark)
                    .distinct()
                ).scalars()
            )
    changes = ChangeSet(entries=entries)
    for e in entries:
        if e.entity_id not in older and e.op == "upsert":
            changes.created.setdefault(e.entity, set()).add(e.entity_id)
    return changes


def sniff_bundle(path: Path) -> str | None:
    """Why ``path`` cannot be a bundle, or None when it may be one (the import checks
    everything else)."""
    if path.is_dir():
        return f"{path.name} is a folder, not a Peerview bundle. Drop a {fmt.SUFFIX} file."
    try:
        with path.open("rb") as f:
            head = f.read(len(fmt.AGE_MAGIC))
    except OSError as exc:
        return f"Cannot read {path.name}: {exc.strerror}. Check the file is still there."
    if head.startswith(fmt.AGE_MAGIC) or head.startswith(fmt.ZIP_MAGIC):
        return None
    return (
        f"{path.name} is not a Peerview bundle. Bundles are {fmt.SUFFIX} files written by "
        "Send to…; ask the sender for one."
    )


def write_value(store: Store, entity: str, entity_id: str, field: str, value: Any) -> ChangeSet:
    with store.write() as tx:
        tx.upsert(entity, entity_id, {field: value}, force=True)
    return tx.changes


def set_deleted(store: Store, entity: str, entity_id: str, deleted: bool) -> ChangeSet:
    with store.write() as tx:
        if deleted:
            tx.delete(entity, entity_id)
        else:
            tx.upsert(entity, entity_id, {"deleted": False}, force=True)
    return tx.changes


def record_label(store: Store, entity: str, entity_id: str) -> str:
    """A few words that say which record a conflict is about."""
    tbl = TABLES.get(entity)
    if tbl is None:
        return entity_id[:8]
    for column in ("title", "text", "name", "label"):
        if column in tbl.c:
            with store.read() as conn:
                value = conn.execute(select(tbl.c[column]).where(tbl.c.id == entity_id)).scalar()
            if isinstance(value, str) and value.strip():
                words = " ".join(value.split())
                return words if len(words) <= 60 else words[:57] + "…"
    return entity_id[:8]


def team_key_ids(store: Store, review_id: str) -> set[str]:
    """Key ids of the review's team members (those whose person record has one)."""
    team, person = TABLES["team_member"], TABLES["person"]
    with store.read() as conn:
        return {
            k
            for k in conn.execute(
                select(person.c.key_id)
                .join(team, team.c.person_id == person.c.id)
                .where(team.c.review_id == review_id, team.c.deleted.is_(False))
            ).scalars()
            if k
        }
