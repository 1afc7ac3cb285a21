"""Rotating backups of the database, made with SQLite's online backup API.

A backup is a consistent copy even while the database is in use, written to a
temporary name and renamed, so a half-written backup never looks like a good one. It is
encrypted with the same data key as the database (decision 0026), so restoring one is
still a plain file copy, and it is user-only (0600) like every file in the data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from pathlib import Path

from app.fileio import create_user_only
from app.models import cipher

BACKUP_DIR = "backups"
KEEP = 10
# Backing up on every open would make each CLI command copy the whole database.
ON_OPEN_INTERVAL_S = 6 * 3600


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("peerview-*.sqlite"), reverse=True)


def newest_backup(data_dir: Path) -> Path | None:
    found = list_backups(data_dir)
    return found[0] if found else None


def new_backup_path(data_dir: Path) -> Path:
    folder = backup_dir(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"peerview-{stamp}.sqlite"


def make_backup(db_path: Path, data_dir: Path, key: bytes | None, keep: int = KEEP) -> Path:
    target = new_backup_path(data_dir)
    tmp = target.with_name(f".{target.name}.part")
    source = cipher.connect(cipher.file_uri(db_path, "ro"), key, uri=True)
    try:
        create_user_only(tmp)
        cipher.copy_database(source, tmp, key)
    finally:
        source.close()
    os.replace(tmp, target)
    for old in list_backups(data_dir)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def backup_is_due(data_dir: Path) -> bool:
    newest = newest_backup(data_dir)
    if newest is None:
        return True
    return time.time() - newest.stat().st_mtime > ON_OPEN_INTERVAL_S
