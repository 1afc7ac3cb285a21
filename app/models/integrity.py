"""The integrity check on open, run on its own thread so the window can be built meanwhile.

``PRAGMA quick_check`` reads every page of the file: 0.45 s of a cold start on a
100,000-note database (decision 0006). The window does not need its answer to show the
review, only before the first write. So the window's open starts the check here and carries
on; ``Store.write()`` waits for the answer and refuses to write if the check found damage,
and the window shows the same message a synchronous check would have (decision 0018).

The check's read-only connection is what keeps the damaged file untouched meanwhile: it
holds a shared lock on the database from its first read, so while it is open no other
connection closing can be the last one, which is when SQLite would checkpoint the -wal file
into the database and delete it. After damage it therefore stays open until the engine's
connections are closed (``close``), and only then closes: being read-only, it never writes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from app.models import cipher

log = logging.getLogger(__name__)


class CheckCancelled(Exception):
    """The database closed before its check finished."""


class IntegrityCheck:
    """``PRAGMA quick_check`` on ``conn`` (read-only, already read from) in a thread.

    ``failed(detail)`` turns what quick_check reported into the error to raise; ``after_ok``
    runs on the same thread once the check has passed (the backup on open, which must never
    copy a damaged file over the good backups).
    """

    def __init__(
        self,
        conn: cipher.Connection,
        failed: Callable[[str], Exception],
        after_ok: Callable[[], None] | None = None,
    ) -> None:
        self._conn: cipher.Connection | None = conn
        self._failed = failed
        self._after_ok = after_ok
        self._checked = threading.Event()
        self._closing = False
        self._lock = threading.Lock()
        self.failure: Exception | None = None
        # A daemon thread: an interpreter that exits with the check running loses nothing,
        # since the check only reads; close() interrupts and joins it in the ordinary case.
        self._thread = threading.Thread(target=self._run, name="peerview-quick-check", daemon=True)

    def start(self) -> IntegrityCheck:
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self._checked.is_set()

    @property
    def ended(self) -> bool:
        """The thread has finished everything, the backup after the check included."""
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the check has an answer; raise its failure if it found damage."""
        self._checked.wait()
        if self.failure is not None:
            raise self.failure

    def close(self) -> None:
        """Stop the check if it is still running, and close its connection. Call after the
        engine's connections are closed (see the module docstring)."""
        with self._lock:
            self._closing = True
            if self._conn is not None and not self._checked.is_set():
                self._conn.interrupt()
        self._thread.join()
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _run(self) -> None:
        conn = self._conn
        assert conn is not None
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            problems = [r[0] for r in rows if r[0] != "ok"]
            if problems:
                self.failure = self._failed("; ".join(problems[:3]))
        except cipher.DatabaseError as exc:  # SQLCipher's own class, not sqlite3's
            with self._lock:
                closing = self._closing
            self.failure = CheckCancelled() if closing else self._failed(str(exc))
        except BaseException as exc:  # the answer must come, or every write would wait
            self.failure = self._failed(repr(exc))
        with self._lock:
            # Decided before the answer is out: once a caller has seen a pass, close()
            # waits for the backup rather than dropping it.
            run_after = self.failure is None and not self._closing
            if self.failure is None:
                self._conn = None
        if self.failure is None:
            conn.close()
        self._checked.set()
        if run_after and self._after_ok is not None:
            try:
                self._after_ok()
            except Exception:  # a failed routine backup must not take the window down
                log.warning("Work after the integrity check failed", exc_info=True)
