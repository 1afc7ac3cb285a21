"""Opening the database: lock, integrity check, schema upgrade, backup, engine.

Everything that can refuse to open does so before any byte is written, with a
message that names the problem and what to do. The window may open with the integrity
check still running (``background_check``): then the first write waits for it, and
damage it finds is refused with the same message (integrity.py, decision 0018).

Every file is encrypted with the data key the caller passes (app/models/cipher.py,
decision 0026); a plaintext database from a release before encryption is encrypted here,
on its first open, all or nothing (app/models/encrypt.py).
"""

from __future__ import annotations

import contextlib
import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.fileio import create_user_only
from app.models import backups, cipher, disk, encrypt, permissions, schema
from app.models.cipher import file_uri
from app.models.errors import StorageError
from app.models.integrity import IntegrityCheck
from app.models.lock import DataLock

log = logging.getLogger(__name__)

DB_NAME = "peerview.sqlite3"
#: The data key, wrapped by the passphrase (app/services/datakey.py).
KEY_FILE_NAME = "peerview.key"


#: The data key, or a function that gets it once the folder's lock is held (a new folder's
#: key file must be written by the one process that will create the database).
KeySource: TypeAlias = bytes | Callable[[], bytes | None] | None


class AlreadyOpenError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class ReadOnlyFolderError(StorageError):
    """The data folder cannot be written (a read-only disk, someone else's folder)."""


# errno values that mean "this folder cannot be written", whoever asks.
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


@dataclass
class Database:
    data_dir: Path
    engine: Engine
    read_only: bool
    #: The data key every file is encrypted with (None only for the bench's plaintext baseline).
    key: bytes | None = field(default=None, repr=False)
    #: Opened on a folder nothing can write to, with no -wal: read as an immutable file.
    immutable: bool = False
    lock: DataLock | None = None
    upgraded: list[int] = field(default_factory=list)
    #: The integrity check still running or finished in the background, if any.
    check: IntegrityCheck | None = None

    @property
    def path(self) -> Path:
        return self.data_dir / DB_NAME

    def backup(self) -> Path:
        self.require_checked()  # a copy of a damaged file must never become the newest backup
        return backups.make_backup(self.path, self.data_dir, self.key)

    def connect_raw(self) -> cipher.Connection:
        """A read-only DB-API connection beside the engine (exports, the bench)."""
        uri = file_uri(self.path, "ro", immutable=self.immutable)
        return cipher.connect(uri, self.key, uri=True, check_same_thread=False)

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
    key_source: KeySource,
    *,
    purpose: str = "Peerview",
    allow_read_only: bool = False,
    background_check: bool = False,
) -> Database:
    """Open (creating if needed) the database in ``data_dir``, encrypted with the key
    ``key_source`` gives (see KeySource).

    With ``allow_read_only``, a folder locked by another Peerview, or one that cannot be
    written at all (a read-only disk), opens read-only instead of failing: WAL lets a
    reader see committed data while the holder writes.
    With ``background_check`` (the window), the integrity check and a due backup run on a
    thread and ``Database.require_checked`` gives their answer; a schema upgrade still
    waits for the check, since it writes.
    """
    _make_folder(data_dir)
    db_path = data_dir / DB_NAME
    lock = DataLock(data_dir)
    try:
        locked = lock.acquire(purpose)
    except OSError as exc:
        if exc.errno not in READ_ONLY_ERRNOS:
            raise
        if not allow_read_only or not db_path.exists():
            _refuse_unwritable(data_dir, allow_read_only)
        return _open_unwritable(data_dir, _resolve(key_source))
    if not locked:
        if allow_read_only and db_path.exists():
            key = _resolve(key_source)
            _refuse_plaintext_held(db_path, key, lock)
            return Database(data_dir, _engine(db_path, key, read_only=True), True, key)
        raise AlreadyOpenError(
            f"Peerview is already open on this data folder: {lock.holder()}.\n"
            f"Close the other Peerview window or command first, or use another data folder. "
            f"Folder: {data_dir}"
        )
    check: IntegrityCheck | None = None
    try:
        key = _resolve(key_source)
        permissions.secure_folder(data_dir)
        if key is not None:
            _encrypt_plaintext(db_path, data_dir, key)
        upgraded, check = _prepare(db_path, data_dir, key, background_check)
        engine = _engine(db_path, key, read_only=False)
    except BaseException:
        if check is not None:
            check.close()
        lock.release()
        raise
    return Database(data_dir, engine, False, key, lock=lock, upgraded=upgraded, check=check)


def _make_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            raise ReadOnlyFolderError(
                f"Peerview cannot create its data folder {data_dir}: the place it should go "
                "is read-only.",
                hint_cli="Choose another folder with --data-dir (or PEERVIEW_DATA_DIR), or "
                "ask your IT support to make it writable.",
                hint_gui="Ask your IT support to make it writable.",
            ) from exc
        raise


def _resolve(key_source: KeySource) -> bytes | None:
    return key_source() if callable(key_source) else key_source


def _unwritable(data_dir: Path) -> str:
    return (
        f"The data folder {data_dir} is read-only (a read-only disk, or a folder that "
        "belongs to someone else)"
    )


def _refuse_unwritable(data_dir: Path, allow_read_only: bool) -> None:
    if not allow_read_only:
        raise ReadOnlyFolderError(
            f"{_unwritable(data_dir)}, so Peerview cannot change anything in it. Nothing "
            "was changed.",
            # The window opens a folder to write to it; the command line can still read one.
            hint_cli="Showing, listing and searching still work. To make changes, copy the "
            "folder somewhere writable and use --data-dir, or ask your IT support to make it "
            "writable.",
            hint_gui="Ask your IT support to make it writable.",
        )
    raise ReadOnlyFolderError(f"{_unwritable(data_dir)}, and it holds no Peerview database.")


def _open_unwritable(data_dir: Path, key: bytes | None) -> Database:
    """A folder nobody here may write to, opened to read what is there."""
    db_path = data_dir / DB_NAME
    if key is not None and cipher.is_plaintext(db_path):
        raise ReadOnlyFolderError(
            f"{_unwritable(data_dir)}, and its database is from a Peerview before encryption "
            "at rest: it must be encrypted before this Peerview reads it, which needs a "
            "writable folder."
        )
    # With no -wal file there is nothing uncommitted to read, and SQLite could not create
    # the -shm it needs: "immutable" tells it the file cannot change, so it needs neither.
    immutable = not db_path.with_name(db_path.name + "-wal").exists()
    engine = _engine(db_path, key, read_only=True, immutable=immutable)
    return Database(data_dir, engine, True, key, immutable=immutable)


def _refuse_plaintext_held(db_path: Path, key: bytes | None, lock: DataLock) -> None:
    if key is not None and cipher.is_plaintext(db_path):
        raise AlreadyOpenError(
            f"The database in {db_path.parent} is not encrypted yet, and {lock.holder()} "
            "holds it (an older Peerview, or one encrypting it right now). Close it and try "
            "again: this Peerview encrypts the data before reading it."
        )


def _encrypt_plaintext(db_path: Path, data_dir: Path, key: bytes) -> None:
    """A database (or backups) from a release before encryption: check it, then encrypt
    it all or nothing (encrypt.py). Refused untouched if its integrity check fails."""
    if cipher.is_plaintext(db_path):
        try:
            conn = cipher.connect(file_uri(db_path, "ro"), None, uri=True)
        except cipher.Error as exc:
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        try:
            schema.current_version(conn)
            _check_integrity(conn, db_path, data_dir)
        except cipher.DatabaseError as exc:
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        finally:
            conn.close()
    try:
        encrypt.encrypt_folder(data_dir, db_path, key)
    except encrypt.VerifyError as exc:
        raise StorageError(str(exc)) from exc


def _prepare(
    db_path: Path, data_dir: Path, key: bytes | None, background_check: bool
) -> tuple[list[int], IntegrityCheck | None]:
    existed = db_path.exists() and db_path.stat().st_size > 0
    check: IntegrityCheck | None = None
    if not db_path.exists():
        # User-only from birth: SQLite would create it with the umask's mode (0644), and
        # its -wal and -shm take the database's mode.
        create_user_only(db_path)
    if existed:
        # Read-only: a read-write connection would checkpoint and delete the WAL on close,
        # and after a crash the WAL may hold the last minutes of work of a damaged file.
        try:
            check_conn = cipher.connect(
                file_uri(db_path, "ro"), key, uri=True, check_same_thread=False
            )
        except cipher.Error as exc:
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        try:
            # The first read takes the shared lock that protects the -wal (integrity.py),
            # and is where a key that does not fit the file shows.
            version = schema.current_version(check_conn)
        except cipher.DatabaseError as exc:
            check_conn.close()
            raise _corrupt(db_path, data_dir, str(exc)) from exc
        if background_check and version == schema.SCHEMA_VERSION:
            # A due backup waits for the check on its thread: a copy of a damaged file
            # must not become the newest backup the refusal message points to.
            due = backups.backup_is_due(data_dir)
            after = (lambda: _backup_on_open(db_path, data_dir, key)) if due else None
            check = IntegrityCheck(
                check_conn, lambda detail: _corrupt(db_path, data_dir, detail), after
            ).start()
        else:
            try:
                _check_integrity(check_conn, db_path, data_dir)
            finally:
                check_conn.close()
    try:
        applied = _upgrade(db_path, data_dir, key, existed)
    except BaseException:
        if check is not None:
            check.close()
        raise
    if existed and check is None and backups.backup_is_due(data_dir):
        _backup_on_open(db_path, data_dir, key)
    if applied:
        log.info("Database upgraded through schema steps %s", applied)
    return applied, check


def _upgrade(db_path: Path, data_dir: Path, key: bytes | None, existed: bool) -> list[int]:
    conn = cipher.connect(file_uri(db_path, "rwc"), key, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        version = schema.current_version(conn)
        if existed and version < schema.SCHEMA_VERSION:
            # Keep a copy from before the upgrade: an upgrade is the riskiest open.
            backups.make_backup(db_path, data_dir, key)
        applied = schema.upgrade(conn)
    except schema.SchemaTooNewError as exc:
        raise StorageError(str(exc)) from exc
    except cipher.DatabaseError as exc:
        raise _corrupt(db_path, data_dir, str(exc)) from exc
    finally:
        conn.close()
    return applied


def _backup_on_open(db_path: Path, data_dir: Path, key: bytes | None) -> None:
    try:
        backups.make_backup(db_path, data_dir, key)
    except (OSError, cipher.Error) as exc:
        # A failed routine backup must not lock a reviewer out of their notes.
        log.warning("Backup on open failed: %s", exc)


def _check_integrity(conn: cipher.Connection, db_path: Path, data_dir: Path) -> None:
    try:
        # quick_check, not integrity_check: it finds damaged pages and records in O(N)
        # but skips cross-checking every index against its table, which took 3.4 s of a
        # 3.9 s start on a 100,000-note database (0.45 s now). See decision 0006.
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except cipher.DatabaseError as exc:
        raise _corrupt(db_path, data_dir, str(exc)) from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise _corrupt(db_path, data_dir, "; ".join(problems[:3]))


class DiskFullError(StorageError):
    pass


def _corrupt(db_path: Path, data_dir: Path, detail: str) -> StorageError:
    full = disk.full_disk_message(detail, data_dir)
    if full is not None:
        # Not damage: SQLite could not grow its files. Say so, not "restore a backup".
        return DiskFullError(full)
    newest = backups.newest_backup(data_dir)
    if newest is not None:
        how = (
            f"Your newest backup is {newest}. To restore it, close Peerview, move {db_path.name} "
            f"out of {data_dir}, and copy the backup there as {db_path.name} (keep "
            f"{KEY_FILE_NAME}: the backups are encrypted with the same key)."
        )
    else:
        how = "There is no backup in this folder; keep the file and ask your IT support for help."
    if "file is not a database" in detail and not cipher.is_plaintext(db_path):
        # With SQLCipher a damaged first page and a file from another installation (whose
        # key is another) look the same: say both.
        detail = (
            f"{detail}: it does not decrypt with this folder's key ({KEY_FILE_NAME}). Either "
            "the database or the key file came from another Peerview installation, or the "
            "file is damaged"
        )
    return CorruptDatabaseError(
        f"The Peerview database {db_path} failed its integrity check ({detail}). "
        f"Nothing has been changed. {how}"
    )


def _engine(
    db_path: Path, key: bytes | None, *, read_only: bool, immutable: bool = False
) -> Engine:
    uri = file_uri(db_path, "ro" if read_only else "rwc", immutable=immutable)

    def connect() -> cipher.Connection:
        return cipher.connect(uri, key, uri=True, check_same_thread=False, timeout=10)

    # A small pool, not a connection per use: closing the last connection to a WAL
    # database checkpoints it, which would cost every single note save a few ms.
    # A pooled connection is only ever used by one thread at a time.
    # ``module``: SQLAlchemy maps the binding's own exception classes (not sqlite3's).
    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=cipher.dbapi,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
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
