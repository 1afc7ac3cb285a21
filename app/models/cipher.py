"""The one place Peerview opens an SQLite connection: SQLCipher 4 through ``sqlcipher3``.

Every database file Peerview keeps (the live database, its WAL, its backups) is encrypted
with the installation's random 256-bit data key (decision 0026). The key is handed to
SQLCipher raw (``PRAGMA key = "x'<64 hex digits>'"``), so opening a connection costs no key
derivation: the passphrase is stretched once, when the key file is unwrapped
(app/services/datakey.py), never per connection.

``key=None`` opens a plaintext file. Only two callers need that: the migration of a
database from a release before encryption (app/models/encrypt.py) and the benchmark's
plaintext baseline.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any, TypeAlias

from sqlcipher3 import dbapi2 as sqlcipher

Connection: TypeAlias = Any  # sqlcipher3.dbapi2.Connection (the module ships no stubs)
Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
IntegrityError = sqlcipher.IntegrityError
#: The DB-API module, for SQLAlchemy's ``module=`` (its exceptions are these, not sqlite3's).
dbapi = sqlcipher

KEY_BYTES = 32
#: The first 16 bytes of every plaintext SQLite file; an SQLCipher file starts with its salt.
PLAINTEXT_HEADER = b"SQLite format 3\x00"


def file_uri(db_path: Path, mode: str, *, immutable: bool = False) -> str:
    """An SQLite URI for a path; quoting keeps '#', '%' and '?' in folder names working.
    ``immutable`` is for a folder nothing can write to (a read-only disk): SQLite then
    needs no -shm file and takes no locks."""
    tail = "&immutable=1" if immutable else ""
    return f"file:{urllib.parse.quote(str(db_path))}?mode={mode}{tail}"


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(target: str | Path, key: bytes | None, *, uri: bool = False, **kwargs: Any) -> Any:
    """A connection to ``target`` (a path, or a URI with ``uri=True``) keyed with ``key``.

    The key is set before anything is read, as SQLCipher requires; a wrong key shows up at
    the first read as DatabaseError("file is not a database"). ``secure_delete`` is on, so
    deleted records' bytes are zeroed before their pages are reused or encrypted again: the
    ground a later retention purge builds on (decision 0026).
    """
    conn = sqlcipher.connect(str(target), uri=uri, **kwargs)
    try:
        # SQLCipher writes "hmac check failed" lines to stderr on a wrong key; Peerview
        # says what happened itself, in words a person can act on.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def is_plaintext(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite file (False for a missing or empty one)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER
    except FileNotFoundError:
        return False


def cipher_version() -> str:
    """The SQLCipher version in use, e.g. '4.19.0 community' (diagnostics, the bench)."""
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else "unknown"


def copy_database(source: Any, target_path: Path, key: bytes | None) -> None:
    """Copy an open database into a new file with SQLite's online backup API.

    Both sides must use the same key (SQLCipher cannot back up between a plaintext and an
    encrypted file; ``sqlcipher_export`` does that, in encrypt.py)."""
    dest = connect(target_path, key)
    try:
        source.backup(dest)
    finally:
        dest.close()
