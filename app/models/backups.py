"""Rotating backups of the database, made with SQLite's online backup API.

A backup is a consistent copy even while the database is in use, written to a
temporary name and renamed, so a half-written backup never looks like a good one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
import urllib.parse
from pathlib import Path

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


def make_backup(db_path: Path, data_dir: Path, keep: int = KEEP) -> Path:
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"peerview-{stamp}.sqlite"
    tmp = folder / f".{target.name}.part"
    source = sqlite3.connect(f"file:{urllib.parse.quote(str(db_path))}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
        finally:
            dest.close()
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
