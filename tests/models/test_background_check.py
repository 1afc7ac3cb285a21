"""The window's open: the integrity check runs on a thread while the window is built
(decision 0018). Damage it finds is refused with the same message as a synchronous check,
and nothing is written: not a row, not the -wal folded in, not a backup of the damaged file."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from app.models import backups as backup_mod
from app.models.database import DB_NAME, CorruptDatabaseError
from app.models.integrity import CheckCancelled, IntegrityCheck
from app.services import evidence, reviews
from app.services.store import Store
from tests import raw_db
from tests.models.test_storage import corrupt_middle, digest, fill


def _review_id(store: Store) -> str:
    return reviews.list_reviews(store)[0].id


def test_a_sound_database_opens_and_writes_after_its_check(data_dir: Path) -> None:
    fill(data_dir)
    with Store.open(data_dir, background_check=True) as store:
        assert store.db.check is not None
        evidence.add_note(store, _review_id(store), "Written once the check has passed")
        assert store.db.check.done and store.db.check.failure is None


def test_a_due_backup_waits_for_the_check_and_then_is_made(data_dir: Path) -> None:
    fill(data_dir)
    shutil.rmtree(backup_mod.backup_dir(data_dir), ignore_errors=True)
    with raw_db.open_db(data_dir, background_check=True) as db:
        db.require_checked()  # closing then waits for the backup on the check's thread
    assert len(backup_mod.list_backups(data_dir)) == 1


def test_a_damaged_database_refuses_writes_and_keeps_its_files_as_they_were(
    tmp_path: Path, data_dir: Path
) -> None:
    """As test_storage's crash test, but opened the window's way: reads may already have
    run when the check reports, yet the damaged file, its -wal and the backups are
    untouched, and a write gets the same refusal naming the newest backup."""
    fill(data_dir)
    with raw_db.open_db(data_dir) as db:
        newest = db.backup()
    writer = raw_db.connect(data_dir / DB_NAME)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE evidence_note SET text = 'Latest: ' || text")
    writer.commit()
    crashed = tmp_path / "crashed"
    shutil.copytree(data_dir, crashed, ignore=shutil.ignore_patterns("*.lock"))
    writer.close()
    wal = crashed / f"{DB_NAME}-wal"
    assert wal.stat().st_size > 0
    corrupt_middle(crashed / DB_NAME)
    damaged, pending = digest(crashed / DB_NAME), digest(wal)
    backups_before = backup_mod.list_backups(crashed)
    # Long enough that a due backup would be attempted if the check let it through.
    old = time.time() - backup_mod.ON_OPEN_INTERVAL_S - 60
    for backup in backups_before:
        os.utime(backup, (old, old))

    try:
        store = Store.open(crashed, background_check=True)
    except CorruptDatabaseError as refused:
        # The store's first reads met the damage: the refusal is the check's own message.
        message = str(refused)
    else:
        with store:
            with pytest.raises(CorruptDatabaseError) as refused_write, store.write() as tx:
                reviews.create_school(tx, "Never written", None)
            message = str(refused_write.value)
            assert store.db.check is not None and store.db.check.failure is not None

    assert str(crashed / DB_NAME) in message and "integrity check" in message
    assert str(backups_before[0]) in message
    assert wal.exists(), "the unsaved log was deleted"
    assert digest(wal) == pending
    assert digest(crashed / DB_NAME) == damaged, "the damaged file was written to"
    assert backup_mod.list_backups(crashed) == backups_before, "a backup of the damaged file"
    assert newest.name == backups_before[0].name


def test_closing_during_the_check_cancels_it_rather_than_reporting_damage(
    data_dir: Path,
) -> None:
    """A window closed while its check still runs interrupts the check: that is a
    cancellation, not damage (the interruption is SQLCipher's error, not sqlite3's)."""
    fill(data_dir)
    conn = raw_db.connect(data_dir / DB_NAME, read_only=True, check_same_thread=False)
    running = threading.Event()

    def slowly() -> int:
        # Every few steps of quick_check: slow enough that close() lands mid-check.
        running.set()
        time.sleep(0.001)
        return 0

    conn.set_progress_handler(slowly, 10)
    check = IntegrityCheck(conn, CorruptDatabaseError).start()
    assert running.wait(10)
    check.close()
    with pytest.raises(CheckCancelled):
        check.wait()
