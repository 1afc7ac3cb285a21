"""One process per data folder: an OS-level lock on ``peerview.lock``.

The OS drops the lock when the process dies, so a crash never leaves a stale lock
that a person has to delete by hand. The file's text only says who holds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
from pathlib import Path
from typing import IO

LOCK_NAME = "peerview.lock"


class DataLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self, purpose: str) -> bool:
        """Take the lock without waiting. False if another process (or window) holds it."""
        # User-only from birth (0600); an OSError here (a read-only folder) is the caller's.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        handle = open(fd, "a+", encoding="utf-8")  # noqa: SIM115 - held for the lock's life
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            return False
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        # Who holds it is only a courtesy: a full disk must not stop the lock being held.
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.write(
                f"{purpose} (process {os.getpid()} on {socket.gethostname()}) since {now}\n"
            )
            handle.flush()
        self._handle = handle
        return True

    def holder(self) -> str:
        """Who holds the lock, as written by the holder."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "another Peerview"
        except OSError:
            return "another Peerview"

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                _unlock_file(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if os.name == "nt":
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        # flock locks belong to the open file description, so a second window in the
        # same process is refused too, not only a second process.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
