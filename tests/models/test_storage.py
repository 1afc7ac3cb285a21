"""Opening the database: WAL and foreign keys, one Peerview per folder, integrity check,
backups, refusing a newer schema, and the upgrade chain matching the models."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.dialects import sqlite

from app.models import Base, schema
from app.models import backups as backup_mod
from app.models.database import (
    DB_NAME,
    KEY_FILE_NAME,
    AlreadyOpenError,
    CorruptDatabaseError,
    StorageError,
)
from app.models.lock import DataLock
from app.services import evidence, frameworks, reviews
from app.services.store import Store
from tests import raw_db

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(data_dir: Path, notes: int = 40) -> None:
    """A database of many pages: the default framework, a review and some notes."""
    with Store.open(data_dir) as store:
        version = frameworks.ensure_default(store)
        with store.write() as tx:
            school = reviews.create_school(tx, "Ysgol", None)
            review = reviews.create_review(
                tx,
                host_school_id=school,
                framework_version_id=version,
                title="Review",
                start_date="2026-01-12",
                end_date="2026-01-13",
            )
        for i in range(notes):
            evidence.add_note(store, review, f"Note {i}: pupils in Łódź class read. " * 20)


def run_python(code: str, data_dir: Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        cwd=ROOT,
        env=raw_db.child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


OPEN_STORE = (
    "import sys; from pathlib import Path; from app.services.store import Store\n"
    "store = Store.open(Path(sys.argv[1]), purpose='second process')\n"
    "print('opened', store.device_id); store.close()\n"
)


# --- connection settings ----------------------------------------------------------------


def test_the_database_uses_wal_and_enforces_foreign_keys(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        with store.read() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(sa_exc.IntegrityError), store.write() as tx:
            tx.create("evidence_note", {"review_id": "no-such-review", "text": "orphan"})
    assert (data_dir / DB_NAME).exists()


# --- one Peerview per folder ------------------------------------------------------------


def test_a_second_open_in_this_process_is_refused_naming_the_holder(data_dir: Path) -> None:
    with raw_db.open_db(data_dir, purpose="peerview note add"):
        with pytest.raises(AlreadyOpenError) as refused:
            raw_db.open_db(data_dir, purpose="Peerview window")
        message = str(refused.value)
        assert "peerview note add" in message
        assert f"process {os.getpid()}" in message
        assert str(data_dir) in message
    # Released on close: the next open succeeds.
    raw_db.open_db(data_dir).close()


def test_a_second_process_is_refused_while_this_one_holds_the_folder(data_dir: Path) -> None:
    fill(data_dir, notes=1)
    with Store.open(data_dir, purpose="Peerview window"):
        refused = run_python(OPEN_STORE, data_dir)
        assert refused.returncode != 0
        assert "AlreadyOpenError" in refused.stderr
        assert "Peerview window" in refused.stderr
        assert f"process {os.getpid()}" in refused.stderr
        assert "opened" not in refused.stdout
    allowed = run_python(OPEN_STORE, data_dir)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.startswith("opened")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_crashed_holder_leaves_no_stale_lock(data_dir: Path) -> None:
    fill(data_dir, notes=1)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from app.services.store import Store\n"
            "s = Store.open(Path(sys.argv[1])); print('ready', flush=True); time.sleep(60)",
            str(data_dir),
        ],
        cwd=ROOT,
        env=raw_db.child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(AlreadyOpenError):
            raw_db.open_db(data_dir)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    raw_db.open_db(data_dir).close()


def test_read_only_open_sees_the_holders_data_and_refuses_writes(data_dir: Path) -> None:
    with Store.open(data_dir) as holder:
        version = frameworks.ensure_default(holder)
        with Store.open(data_dir, allow_read_only=True) as reader:
            assert reader.read_only
            assert [f.version_id for f in frameworks.list_frameworks(reader)] == [version]
            with pytest.raises(PermissionError, match="read-only"), reader.write():
                pass
            with (
                pytest.raises(sa_exc.OperationalError, match="readonly"),
                reader.engine.begin() as conn,
            ):
                conn.execute(text("DELETE FROM framework_version"))
            # Committed writes of the holder are visible to the reader.
            with holder.write() as tx:
                school = reviews.create_school(tx, "Written while read-only", None)
            with reader.read() as conn:
                assert (
                    conn.execute(
                        text("SELECT name FROM school WHERE id = :id"), {"id": school}
                    ).scalar()
                    == "Written while read-only"
                )
        assert [f.version_id for f in frameworks.list_frameworks(holder)] == [version]


def test_read_only_is_refused_when_there_is_no_database_yet(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    lock = DataLock(data_dir)
    assert lock.acquire("another Peerview")
    try:
        with pytest.raises(AlreadyOpenError):
            raw_db.open_db(data_dir, allow_read_only=True)
    finally:
        lock.release()


# --- integrity check --------------------------------------------------------------------


def corrupt_middle(db: Path) -> None:
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 20, "the database should span many pages"
    start = (pages // 2) * PAGE
    data[start : start + 2 * PAGE] = b"\x5a" * (2 * PAGE)
    db.write_bytes(bytes(data))


def corrupt_a_note_page(db: Path) -> None:
    """Damage one page that holds only notes' text, in the middle of those pages: a page
    the open never reads, so only the integrity check can find it. (Where the middle of
    the file falls depends on the schema's size: it once landed on the schema's pages.)"""
    key = raw_db.key_for(db)
    marker = "pupils in Łódź class read".encode()
    data = bytearray(db.read_bytes())
    pages = [
        n
        for n in range(1, len(data) // PAGE)
        if marker in raw_db.decrypted_pages_of(bytes(data[(n - 1) * PAGE : n * PAGE]), n, key)
    ]
    assert len(pages) >= 3, "the notes should span many pages"
    start = (pages[len(pages) // 2] - 1) * PAGE
    data[start : start + PAGE] = b"\x5a" * PAGE
    db.write_bytes(bytes(data))


def not_a_database(db: Path) -> None:
    db.write_bytes(b"Minutes of the governors' meeting, not a database.\n" * 400)


@pytest.mark.parametrize("damage", [corrupt_middle, not_a_database], ids=lambda f: f.__name__)
def test_a_damaged_database_is_refused_naming_the_newest_backup(
    data_dir: Path, damage: Callable[[Path], None]
) -> None:
    fill(data_dir)
    with raw_db.open_db(data_dir) as db:
        db.backup()
        newest = db.backup()
    db_file = data_dir / DB_NAME
    damage(db_file)
    damaged = digest(db_file)

    with pytest.raises(CorruptDatabaseError) as refused:
        raw_db.open_db(data_dir)

    message = str(refused.value)
    assert str(newest) in message
    assert str(db_file) in message
    assert digest(db_file) == damaged, "the damaged file is left exactly as it was"
    assert backup_mod.list_backups(data_dir)[0] == newest, "no backup of the damaged file"

    # Following the message's advice works: put the backup in place and open.
    db_file.rename(data_dir / "damaged.sqlite3")
    shutil.copyfile(newest, db_file)
    with Store.open(data_dir) as store:
        assert len(frameworks.list_frameworks(store)) == 1


def test_a_damaged_database_after_a_crash_keeps_its_unsaved_log(
    tmp_path: Path, data_dir: Path
) -> None:
    """A power cut leaves committed work in the -wal file beside a database that may be
    damaged. Refusing to open must not fold that file into the damaged one or delete it:
    it may hold the last hour of notes, and IT support needs both files as they were."""
    fill(data_dir)
    writer = raw_db.connect(data_dir / DB_NAME)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE evidence_note SET text = 'Latest: ' || text")
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    # What the disk holds at the power cut (the key file too: a data folder moves whole).
    for name in (DB_NAME, f"{DB_NAME}-wal", KEY_FILE_NAME):
        shutil.copyfile(data_dir / name, crashed / name)
    writer.close()
    wal = crashed / f"{DB_NAME}-wal"
    assert wal.stat().st_size > 0
    corrupt_middle(crashed / DB_NAME)
    damaged, pending = digest(crashed / DB_NAME), digest(wal)

    with pytest.raises(CorruptDatabaseError):
        raw_db.open_db(crashed)

    assert wal.exists(), "the unsaved log was deleted"
    assert digest(wal) == pending
    assert digest(crashed / DB_NAME) == damaged, "the damaged file was written to"


def test_a_damaged_database_without_backups_says_so(data_dir: Path) -> None:
    fill(data_dir)
    shutil.rmtree(backup_mod.backup_dir(data_dir), ignore_errors=True)
    corrupt_middle(data_dir / DB_NAME)
    with pytest.raises(CorruptDatabaseError, match="no backup"):
        raw_db.open_db(data_dir)


# --- backups ----------------------------------------------------------------------------


def test_backups_open_and_only_the_newest_ten_are_kept(data_dir: Path) -> None:
    fill(data_dir, notes=3)
    with raw_db.open_db(data_dir) as db:
        made = [db.backup() for _ in range(12)]
    kept = backup_mod.list_backups(data_dir)
    assert kept == sorted(made[-10:], reverse=True)
    assert not [p for p in backup_mod.backup_dir(data_dir).iterdir() if p not in kept]
    for path in kept:
        conn = raw_db.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0] == 3
        finally:
            conn.close()


def test_reopening_an_existing_database_makes_a_backup(data_dir: Path) -> None:
    fill(data_dir, notes=2)
    assert backup_mod.list_backups(data_dir) == []
    raw_db.open_db(data_dir).close()
    (backup,) = backup_mod.list_backups(data_dir)
    conn = raw_db.connect(backup)
    try:
        assert conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0] == 2
    finally:
        conn.close()


@pytest.mark.parametrize("folder", ["Peer review #2", "Spring%20term"])
def test_a_folder_name_with_url_characters_works(tmp_path: Path, folder: str) -> None:
    data_dir = tmp_path / folder
    fill(data_dir, notes=2)
    with raw_db.open_db(data_dir) as db:
        backup = db.backup()
    conn = raw_db.connect(backup)
    try:
        assert conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0] == 2
    finally:
        conn.close()
    with Store.open(data_dir), Store.open(data_dir, allow_read_only=True) as reader:
        assert len(frameworks.list_frameworks(reader)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder], "nothing written beside it"


# --- schema versions --------------------------------------------------------------------


def set_user_version(db_file: Path, version: int) -> None:
    conn = raw_db.connect(db_file)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
    finally:
        conn.close()


def test_a_newer_schema_is_refused_and_nothing_changes(data_dir: Path) -> None:
    fill(data_dir, notes=2)
    db_file = data_dir / DB_NAME
    set_user_version(db_file, 99)
    before = digest(db_file)
    listing = sorted(p.name for p in data_dir.rglob("*"))

    for _ in range(2):  # the refusal releases the folder: a second try says the same
        with pytest.raises(
            (StorageError, schema.SchemaTooNewError), match="Update Peerview"
        ) as refused:
            raw_db.open_db(data_dir)
        assert "99" in str(refused.value)

    assert digest(db_file) == before
    assert sorted(p.name for p in data_dir.rglob("*")) == listing


def test_a_newer_schema_is_a_storage_error_a_person_can_act_on(data_dir: Path) -> None:
    # The CLI and GUI show StorageError messages; anything else is a crash report.
    fill(data_dir, notes=0)
    set_user_version(data_dir / DB_NAME, schema.SCHEMA_VERSION + 1)
    with pytest.raises(StorageError, match="Update Peerview"):
        raw_db.open_db(data_dir)


FTS_TABLES = {"note_search", "note_fts"}


def sqlite_type(column: Column[Any]) -> str:
    return column.type.compile(dialect=sqlite.dialect()).upper()


@pytest.mark.parametrize("start", ["no file", "empty file"])
def test_the_upgrade_chain_builds_exactly_the_models_schema(data_dir: Path, start: str) -> None:
    if start == "empty file":
        data_dir.mkdir(parents=True)
        (data_dir / DB_NAME).touch()
    with raw_db.open_db(data_dir) as db:
        assert db.upgraded == sorted(schema.STEPS)
    conn = raw_db.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        fts_shadow = {t for t in tables if t.startswith("note_fts_")}
        assert tables - fts_shadow == set(Base.metadata.tables) | FTS_TABLES

        for name, table in Base.metadata.tables.items():
            info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
            actual = {row[1]: (row[2].upper(), bool(row[3]), row[5]) for row in info}
            pk = [c.name for c in table.primary_key.columns]
            expected = {
                c.name: (
                    sqlite_type(c),
                    not c.nullable,
                    pk.index(c.name) + 1 if c.name in pk else 0,
                )
                for c in table.columns
            }
            assert actual == expected, name

            fks = {
                (row[3], row[2], row[4])
                for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')
            }
            assert fks == {
                (fk.parent.name, fk.column.table.name, fk.column.name) for fk in table.foreign_keys
            }, name

            indexes = {
                row[1]: tuple(
                    r[2] for r in conn.execute(f'PRAGMA index_info("{row[1]}")').fetchall()
                )
                for row in conn.execute(f'PRAGMA index_list("{name}")')
                if row[3] == "c"
            }
            assert indexes == {
                ix.name: tuple(c.name for c in ix.columns) for ix in table.indexes
            }, name

        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'note_fts'").fetchone()[
            0
        ]
        assert "fts5" in fts_sql.lower()
        search_cols = [r[1] for r in conn.execute("PRAGMA table_info(note_search)")]
        assert search_cols == ["rowid", "note_id", "review_id"]
    finally:
        conn.close()


def test_reopening_an_up_to_date_database_applies_no_steps(data_dir: Path) -> None:
    raw_db.open_db(data_dir).close()
    with raw_db.open_db(data_dir) as db:
        assert db.upgraded == []
