"""Opening the database: lock, integrity check, schema upgrade, backup, engine.

Everything that can refuse to open does so before any byte is written, with a
message that names the problem and what to do. The window may open with the integrity
check still running (``background_check``): then the first write waits for it, and
damage it finds is refused with the same message (integrity.py, decision 0018).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.models import backups, schema
from app.models.integrity import IntegrityCheck
from app.models.lock import DataLock

log = logging.getLogger(__name__)

DB_NAME = "peerview.sqlite3"


class StorageError(Exception):
    """A problem with the data folder that a person must act on; the message says how."""


class AlreadyOpenError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


@dataclass
class Database:
    data_dir: Path
    engine: Engine
    read_only: bool
    lock: DataLock | None = None
    upgraded: list[int] = field(default_factory=list)
    #: The integrity check still running or finished in the background, if any.
    check: IntegrityCheck | None = None

    @property
    def path(self) -> Path:
        return self.data_dir / DB_NAME

    def backup(self) -> Path:
        self.require_checked()  # a copy of a damaged file must never become the newest backup
        return backups.make_backup(self.path, self.data_dir)

    def require_checked(self) -> None:
        """Wait for a background integrity check; raise CorruptDatabaseError if it failed.
        Every write calls this first, so nothing is written to a damaged file."""
        if self.check is not None:
            self.check.wait()

    def close(self) -> None:
        self.engine.dispose()
        if self.check is not None:
            # After the engine: the check's connection keeps a damaged file's -wal intact
            # until every read-write connection has closed (integrity.py).
            self.check.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(
    data_dir: Path,
    *,
    purpose: str = "Peerview",
    allow_read_only: bool = False,
    background_check: bool = False,
) -> Database:
    """Open (creating if needed) the database in ``data_dir``.

    With ``allow_read_only``, a folder locked by another Peerview opens read-only
    instead of failing: WAL lets a reader see committed data while the holder writes.
    With ``background_check`` (the window), the integrity check and a due backup run on a
    thread and ``Database.require_checked`` gives their answer; a schema upgrade still
    waits for the check, since it writes.
    """
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    db_path = data_dir / DB_NAME
    lock = DataLock(data_dir)
    if not lock.acquire(purpose):
        if allow_read_only and db_path.exists():
            return Database(data_dir, _engine(db_path, read_only=True), read_only=True)
        raise AlreadyOpenError(
            f"Peerview is already open on this data folder: {lock.holder()}.\n"
            f"Close the other Peerview window or command first, or use another data folder. "
            f"Folder: {data_dir}"
        )
    check: IntegrityCheck | None = None
    try:
        upgraded, check = _prepare(db_path, data_dir, background_check)
        engine = _engine(db_path, read_only=False)
    except BaseException:
        if check is not None:
            check.close()
        lock.release()
        raise
    return Database(data_dir, engine, read_only=False, lock=lock, upgraded=upgraded, check=check)


def _prepare(
    db_path: Path, data_dir: Path, background_check: bool
) -> tuple[list[int], IntegrityCheck | None]:
    existed = db_path.exists() and db_path.stat().st_size > 0
    check: IntegrityCheck | None = None
    if existed:
        # Read-only: a read-write connection would checkpoint and delete the WAL on close,
        # and after a crash the WAL may hold the last minutes of work of a damaged file.
        try:
            check_conn = sqlite3.connect(file_uri(db_path, "ro"), uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        try:
            # The first read takes the shared lock that protects the -wal (integrity.py).
            version = schema.current_version(check_conn)
        except sqlite3.DatabaseError as exc:
            check_conn.close()
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        if background_check and version == schema.SCHEMA_VERSION:
            # A due backup waits for the check on its thread: a copy of a damaged file
            # must not become the newest backup the refusal message points to.
            due = backups.backup_is_due(data_dir)
            after = (lambda: _backup_on_open(db_path, data_dir)) if due else None
            check = IntegrityCheck(
                check_conn, lambda detail: _corrupt(db_path, data_dir, detail), after
            ).start()
        else:
            try:
                _check_integrity(check_conn, db_path, data_dir)
            finally:
                check_conn.close()
    try:
        applied = _upgrade(db_path, data_dir, existed)
    except BaseException:
        if check is not None:
            check.close()
        raise
    if existed and check is None and backups.backup_is_due(data_dir):
        _backup_on_open(db_path, data_dir)
    if applied:
        log.info("Database upgraded through schema steps %s", applied)
    return applied, check


def _upgrade(db_path: Path, data_dir: Path, existed: bool) -> list[int]:
    conn = sqlite3.connect(file_uri(db_path, "rwc"), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        version = schema.current_version(conn)
        if existed and version < schema.SCHEMA_VERSION:
            # Keep a copy from before the upgrade: an upgrade is the riskiest open.
            backups.make_backup(db_path, data_dir)
        applied = schema.upgrade(conn)
    except schema.SchemaTooNewError as exc:
        raise StorageError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(db_path, data_dir, str(exc)) from exc
    finally:
        conn.close()
    return applied


def _backup_on_open(db_path: Path, data_dir: Path) -> None:
    try:
        backups.make_backup(db_path, data_dir)
    except (OSError, sqlite3.Error) as exc:
        # A failed routine backup must not lock a reviewer out of their notes.
        log.warning("Backup on open failed: %s", exc)


def _check_integrity(conn: sqlite3.Connection, db_path: Path, data_dir: Path) -> None:
    try:
        # quick_check, not integrity_check: it finds damaged pages and records in O(N)
        # but skips cross-checking every index against its table, which took 3.4 s of a
        # 3.9 s start on a 100,000-note database (0.45 s now). See decision 0006.
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(db_path, data_dir, str(exc)) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise _corrupt(db_path, data_dir, "; ".join(problems[:3]))


def _corrupt(db_path: Path, data_dir: Path, detail: str) -> CorruptDatabaseError:
    newest = backups.newest_backup(data_dir)
    if newest is not None:
        how = (
            f"Your newest backup is {newest}. To restore it, close Peerview, move {db_path.name} "
            f"out of {data_dir}, and copy the backup there as {db_path.name}."
        )
    else:
        how = "There is no backup in this folder; keep the file and ask your IT support for help."
    return CorruptDatabaseError(
        f"The Peerview database {db_path} failed its integrity check ({detail}). "
        f"Nothing has been changed. {how}"
    )


def file_uri(db_path: Path, mode: str) -> str:
    """An SQLite URI for a path; quoting keeps '#', '%' and '?' in folder names working."""
    return f"file:{urllib.parse.quote(str(db_path))}?mode={mode}"


def _engine(db_path: Path, *, read_only: bool) -> Engine:
    uri = file_uri(db_path, "ro" if read_only else "rwc")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)

    # A small pool, not a connection per use: closing the last connection to a WAL
    # database checkpoints it, which would cost every single note save a few ms.
    # A pooled connection is only ever used by one thread at a time.
    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, pool_size=2, max_overflow=4
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event below issue BEGIN, so writes can be IMMEDIATE.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock up front: a deferred transaction that later tries
        # to write can fail with "database is locked" instead of waiting its turn.
        write = conn.get_execution_options().get("pv_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def close_quietly(db: Database | None) -> None:
    if db is not None:
        with contextlib.suppress(Exception):
            db.close()
