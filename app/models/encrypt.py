"""Encrypting a data folder written by a release before encryption at rest (decision 0026).

All or nothing, and safe against a kill at any moment: a plaintext file stays in place,
whole, until its encrypted copy is complete, fsynced and verified (same schema version,
``quick_check`` passes, the same number of rows in every table); only then does the copy
replace it in one ``os.replace``, and the plaintext's bytes are overwritten through a handle
opened before the replace, then let go. A run killed part-way leaves plaintext files that
the next open encrypts again (a stale ``*.encrypting`` copy is removed first), or already
encrypted files that it leaves alone.

The data key must be in its key file before this runs: an encrypted copy with no key
beside it would be lost data. Backups go first, then the live database (with an encrypted
backup of it made from the verified copy), then attachments; every read-write open checks
again (a header read per file), so a folder left half done by a kill is finished by the
next open, and a plaintext backup copied in by hand is encrypted too.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

from app.fileio import create_user_only, fsync_dir, fsync_file
from app.models import attachments, backups, cipher, held_files

log = logging.getLogger(__name__)

PART_SUFFIX = ".encrypting"
_ZEROS = bytes(1 << 20)


class VerifyError(Exception):
    """A file could not be encrypted (or its copy did not match); nothing was replaced."""


def encrypt_folder(data_dir: Path, db_path: Path, key: bytes) -> list[Path]:
    """Encrypt every plaintext file Peerview keeps in ``data_dir`` (backups, the database,
    attachments, quarantined bundles); returns the files encrypted (none on an already
    encrypted folder)."""
    _remove_stale_parts(data_dir)
    done: list[Path] = []
    for backup in backups.list_backups(data_dir):
        if cipher.is_plaintext(backup):
            encrypt_file(backup, key)
            done.append(backup)
    if cipher.is_plaintext(db_path):
        encrypt_file(db_path, key, backup_to=backups.new_backup_path(data_dir))
        done.append(db_path)
    for path in attachments.plaintext_files(data_dir):
        if encrypt_attachment(path, key):
            done.append(path)
    for path in held_files.plaintext_files(data_dir):
        encrypt_held_file(path, key)
        done.append(path)
    if done:
        log.info("Encrypted %d file(s) in %s", len(done), data_dir)
    return done


def encrypt_file(path: Path, key: bytes, *, backup_to: Path | None = None) -> None:
    """Replace the plaintext SQLite file ``path`` by an encrypted copy, then overwrite the
    plaintext. ``backup_to``: also leave an encrypted copy there (before the replace)."""
    part = path.with_name(path.name + PART_SUFFIX)
    _remove_with_sidecars(part)
    try:
        counts, version = _export(path, part, key)
        _verify(part, key, counts, version, path)
        fsync_file(part)
        if backup_to is not None:
            source = cipher.connect(part, key)
            try:
                tmp = backup_to.with_name(f".{backup_to.name}.part")
                create_user_only(tmp)
                cipher.copy_database(source, tmp, key)
            finally:
                source.close()
            fsync_file(tmp)
            os.replace(tmp, backup_to)
    except BaseException:
        _remove_with_sidecars(part)
        raise
    _replace_and_overwrite(part, path)


def encrypt_attachment(path: Path, key: bytes) -> bool:
    """Replace a plaintext attachment file by its encrypted form; False (and the file left
    as it is) when its bytes are not what its name says."""
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != path.name:
        log.warning("Left %s as it is: its contents do not match its name", path)
        return False
    _replace_with_sealed(path, attachments.seal(key, path.name, data))
    return True


def encrypt_held_file(path: Path, key: bytes) -> None:
    """Replace a plaintext quarantined bundle (or its note) by its sealed form."""
    _replace_with_sealed(path, held_files.seal(key, path.name, path.read_bytes()))


def _replace_with_sealed(path: Path, sealed: bytes) -> None:
    part = path.with_name(path.name + PART_SUFFIX)
    try:
        create_user_only(part)
        with open(part, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_with_sidecars(part)
        raise
    _replace_and_overwrite(part, path)


def _export(path: Path, part: Path, key: bytes) -> tuple[dict[str, int], int]:
    """Write the encrypted copy with ``sqlcipher_export``; the plaintext's row counts and
    schema version, for the check."""
    try:
        conn = cipher.connect(path, None, isolation_level=None)
    except cipher.Error as exc:
        raise VerifyError(_cannot(path, str(exc))) from exc
    try:
        # Fold the -wal into the file and drop it: a stale plaintext -wal beside the new
        # encrypted file would be replayed into it. The file stays a valid plaintext one.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        counts = _row_counts(conn)
        create_user_only(part)
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(part),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        # sqlcipher_export copies schema and rows, not the header's user_version.
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    except cipher.Error as exc:
        raise VerifyError(_cannot(path, str(exc))) from exc
    finally:
        conn.close()
    return counts, version


def _verify(part: Path, key: bytes, counts: dict[str, int], version: int, path: Path) -> None:
    try:
        conn = cipher.connect(part, key, isolation_level=None)
        try:
            ok = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
            same_version = int(conn.execute("PRAGMA user_version").fetchone()[0]) == version
            same_rows = _row_counts(conn) == counts
            # The live database is a WAL database; the copy starts as one.
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
    except cipher.Error as exc:
        raise VerifyError(_cannot(path, str(exc))) from exc
    if not (ok and same_version and same_rows):
        raise VerifyError(_cannot(path, "the encrypted copy did not match the original"))


def _row_counts(conn: cipher.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _replace_and_overwrite(part: Path, path: Path) -> None:
    if os.name != "posix":
        # Windows refuses to replace a file that is open, so the plaintext cannot be
        # reached after the rename: it is replaced, not overwritten (decision 0026).
        os.replace(part, path)
        return
    # The handle keeps the plaintext's blocks reachable after the rename unlinks its name.
    fd = os.open(path, os.O_RDWR)
    try:
        os.replace(part, path)
        fsync_dir(path.parent)
        size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        written = 0
        while written < size:
            written += os.write(fd, _ZEROS[: min(len(_ZEROS), size - written)])
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_parts(data_dir: Path) -> None:
    for folder in (
        data_dir,
        backups.backup_dir(data_dir),
        attachments.folder(data_dir),
        held_files.quarantine_folder(data_dir),
    ):
        if folder.is_dir():
            for part in folder.glob(f"*{PART_SUFFIX}"):
                _remove_with_sidecars(part)


def _remove_with_sidecars(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            part.with_name(part.name + suffix).unlink()


def _cannot(path: Path, detail: str) -> str:
    return (
        f"Peerview could not encrypt {path} ({detail}). Nothing was replaced: the file is "
        "as it was. If it is an old backup, move it out of the data folder and open "
        "Peerview again; otherwise ask your IT support for help."
    )
