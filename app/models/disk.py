"""Disk problems a person can act on: a full disk, a read-only or someone else's folder.

They can surface anywhere a file is written (SQLite's own files, the atomic writes of
fileio.py, the lock), so the command line and the store's write path turn them into one
message here rather than a traceback. SQLite rolls the transaction back and fileio.py
removes its temporary file, so "nothing was changed" is true when the message says it.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.models import cipher
from app.models.errors import StorageError

#: Less free space than this where SQLite reports an I/O error means the disk is full:
#: SQLite says "disk I/O error" when it cannot grow its -shm file on a full disk.
LOW_SPACE = 2 * 1024 * 1024

_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def problem(exc: BaseException, data_dir: Path | None = None) -> StorageError | None:
    """One clear error for a disk problem, or None when ``exc`` is something else."""
    where = f" ({data_dir})" if data_dir is not None else ""
    if isinstance(exc, OSError):
        place = f" ({exc.filename})" if exc.filename else where
        if exc.errno in _FULL:
            return _full(place)
        if exc.errno in _READ_ONLY:
            return _read_only(place)
        return None
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, cipher.Error):
        return None
    text = str(original).lower()
    if "disk is full" in text:
        return _full(where)
    if "readonly" in text or "read-only" in text:
        return _read_only(where)
    if "disk i/o error" in text:
        return StorageError(
            f"Peerview could not read or write its data{where}: the disk reported an error "
            "(a removed USB drive, a network folder gone, or a failing disk). Nothing was "
            "changed. Check the disk and try again."
        )
    return None


def full_disk_message(detail: str, data_dir: Path) -> str | None:
    """The full-disk message when SQLite's ``detail`` comes from a full disk, else None."""
    lowered = detail.lower()
    if "disk is full" in lowered:
        return _full_text(f" ({data_dir})")
    if "disk i/o error" in lowered:
        try:
            free = shutil.disk_usage(data_dir).free
        except OSError:
            return None
        if free < LOW_SPACE:
            return _full_text(f" ({data_dir})")
    return None


def _full(where: str) -> StorageError:
    return StorageError(_full_text(where))


def _full_text(where: str) -> str:
    return (
        f"The disk is full{where}, so Peerview cannot save (and needs a little space even to "
        "open its data). Nothing was changed. Free some space (empty the bin, remove large "
        "downloads) and try again."
    )


def _read_only(where: str) -> StorageError:
    return StorageError(
        f"Peerview cannot write here{where}: it is read-only or belongs to someone else. "
        "Nothing was changed.",
        hint_cli="Showing, listing and searching still work; to make changes, use a writable "
        "folder (--data-dir) or ask your IT support.",
        hint_gui="Showing and searching still work; to make changes, ask your IT support to "
        "make it writable.",
    )
