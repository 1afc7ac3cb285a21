"""Encryption at rest (decision 0026): no file of the data folder shows what people wrote,
a plaintext folder from the last release is encrypted on open all or nothing, and a wrong
passphrase or a damaged key file is refused with a message and changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

import keyring
import pytest

from app.models import attachments, backups, cipher, encrypt
from app.models.database import DB_NAME, KEY_FILE_NAME, CorruptDatabaseError, open_database
from app.services import datakey, evidence, frameworks, identity, reviews, safeguarding, search
from app.services.store import Store
from tests import raw_db
from tests.conftest import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

NOTE = "Zephyrine quillworts glimmered beside the Łódź window display"
NAME = "Perpetua Quennell-Abernathy"
CONCERN = "Ostrogoth bruise pattern reported by a pupil at lunchtime"
PICTURE = b"\x89PNG\r\n\x1a\nMarmaduke-kaleidoscope-attachment-bytes" * 40
# The search index stores folded words one by one: look for single words too.
PHRASES = (NOTE, NAME, CONCERN, "zephyrine", "quillworts", "Quennell", "Ostrogoth", "Marmaduke")


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def found_in(folder: Path, phrases: Iterable[str]) -> list[tuple[str, str]]:
    """(file, phrase) for every phrase that `grep -a` would find in a file under ``folder``,
    in UTF-8 and, for good measure, UTF-16 (SQLite can store either)."""
    hits = []
    for path in files_in(folder):
        data = path.read_bytes().lower()
        for phrase in phrases:
            for encoding in ("utf-8", "utf-16-le"):
                if phrase.lower().encode(encoding) in data:
                    hits.append((str(path.relative_to(folder)), phrase))
    return hits


def digests(folder: Path) -> dict[str, str]:
    """Every stored file's digest; not the lock's note of who last opened the folder."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files_in(folder)
        if p.name != "peerview.lock"
    }


def write_everything(store: Store) -> str:
    """A review with the distinctive note, person and concern, and an attachment, all
    through the services."""
    version = frameworks.ensure_default(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol Gymraeg", None)
        person = reviews.create_person(tx, NAME, school, "dsl")
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Spring review",
            start_date="2026-03-02",
            end_date="2026-03-03",
        )
        reviews.add_team_member(tx, review, person, "dsl")
    note = evidence.add_note(store, review, NOTE).note_id
    safeguarding.record_concern(store, review, CONCERN, passed_to=NAME)
    digest = attachments.write(store.db.data_dir, store.db.key, PICTURE)
    with store.write() as tx:
        tx.create("attachment", {"note_id": note, "sha256": digest, "filename": "a.png"})
    return review


def test_no_file_of_the_data_folder_shows_what_was_written(data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        review = write_everything(store)
        # The store is open: the -wal holds the latest pages, unencrypted nowhere.
        assert (data_dir / f"{DB_NAME}-wal").exists()
        assert found_in(data_dir, PHRASES) == []
        assert search.search_notes(store, review, "zephyrine")  # yet it is all readable
        store.db.backup()
        assert backups.list_backups(data_dir)
        assert found_in(data_dir, PHRASES) == []
    finally:
        store.close()
    assert found_in(data_dir, PHRASES) == []
    names = {p.name for p in files_in(data_dir)}
    assert {DB_NAME, KEY_FILE_NAME, hashlib.sha256(PICTURE).hexdigest()} <= names
    for path in [data_dir / DB_NAME, *backups.list_backups(data_dir)]:
        assert not cipher.is_plaintext(path), path
    with Store.open(data_dir) as again:
        assert search.search_notes(again, review, "quillworts")
        got = attachments.read(data_dir, again.db.key, hashlib.sha256(PICTURE).hexdigest())
        assert got == PICTURE


def test_the_database_opens_with_a_raw_key_and_reports_its_cipher(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        conn = store.db.connect_raw()
        try:
            assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert "ENABLE_FTS5" in [r[0] for r in conn.execute("PRAGMA compile_options")]
        finally:
            conn.close()
    # Without the key the file is noise: SQLite does not recognise it.
    plain = cipher.connect(data_dir / DB_NAME, None)
    with pytest.raises(cipher.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def plaintext_folder(tmp_path: Path, version: int = 6) -> Path:
    """A data folder as the last release left it: the database, a backup, an attachment,
    all plaintext, and no key file."""
    folder = tmp_path / "old"
    (folder / "backups").mkdir(parents=True)
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite3", folder / DB_NAME)
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite3", folder / "backups" / "peerview-1.sqlite")
    (folder / "attachments").mkdir()
    (folder / "attachments" / hashlib.sha256(PICTURE).hexdigest()).write_bytes(PICTURE)
    return folder


def test_a_plaintext_folder_from_the_last_release_is_encrypted_on_open(tmp_path: Path) -> None:
    folder = plaintext_folder(tmp_path)
    assert found_in(folder, ["phonics", "Marmaduke"])  # the old release's folder shows all
    with Store.open(folder) as store:
        (review,) = reviews.list_reviews(store)
        assert review.notes == 64 and search.search_notes(store, review.id, "phonics")
        key = store.db.key
    assert (folder / KEY_FILE_NAME).exists()
    assert found_in(folder, ["phonics", "Marmaduke", "Eastfield Drove"]) == []
    old_backups = backups.list_backups(folder)
    # The old one, one made from the encrypted copy, and one kept before the schema
    # upgrade (the fixture is schema 6, older than today's).
    assert len(old_backups) == 3
    for path in [folder / DB_NAME, *old_backups]:
        assert not cipher.is_plaintext(path)
        conn = cipher.connect(cipher.file_uri(path, "ro"), key, uri=True)
        assert conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0] == 64
        conn.close()
    assert not list(folder.rglob(f"*{encrypt.PART_SUFFIX}"))
    assert attachments.read(folder, key, hashlib.sha256(PICTURE).hexdigest()) == PICTURE


def test_an_old_identitys_passphrase_becomes_the_data_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last release kept the identity's passphrase in the keyring: the data key is
    wrapped with it, so the person still has one passphrase, and nobody is asked."""
    folder = tmp_path / "old"
    monkeypatch.setattr(datakey, "SCRYPT_N", 2**10)
    with Store(open_database(folder, None)) as old:  # as the last release wrote it
        card = identity.create_identity(old, "Ana Lopez", passphrase="tangerine lantern orbit")
    assert cipher.is_plaintext(folder / DB_NAME)
    asked: list[str] = []
    access = datakey.Access(ask=lambda prompt: asked.append(prompt) or None)
    with Store.open(folder, access=access) as store:
        assert identity.get_identity(store) == card
    assert asked == [] and not cipher.is_plaintext(folder / DB_NAME)
    assert datakey.opens(folder, "tangerine lantern orbit")


def test_an_interrupted_encryption_leaves_the_plaintext_whole_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = plaintext_folder(tmp_path)
    before = hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()
    real = encrypt._replace_and_overwrite

    def killed(part: Path, path: Path) -> None:
        if path.name == DB_NAME:
            raise KeyboardInterrupt  # the moment before the encrypted copy takes over
        real(part, path)

    monkeypatch.setattr(encrypt, "_replace_and_overwrite", killed)
    with pytest.raises(KeyboardInterrupt):
        Store.open(folder)
    assert cipher.is_plaintext(folder / DB_NAME)
    assert hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest() == before
    # A stale copy from a run killed earlier is cleared too.
    (folder / f"{DB_NAME}{encrypt.PART_SUFFIX}").write_bytes(b"half a file")
    monkeypatch.setattr(encrypt, "_replace_and_overwrite", real)
    with Store.open(folder) as store:
        assert reviews.list_reviews(store)[0].notes == 64
    assert not cipher.is_plaintext(folder / DB_NAME)
    assert not list(folder.rglob(f"*{encrypt.PART_SUFFIX}"))


def test_a_copy_that_does_not_match_is_never_put_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = plaintext_folder(tmp_path)
    before = digests(folder)
    counts = iter([{"a": 1}, {"a": 2}] * 3)  # the copy "lost" a row
    monkeypatch.setattr(encrypt, "_row_counts", lambda _conn: next(counts))
    with pytest.raises(Exception, match="Nothing was replaced"):
        Store.open(folder)
    after = digests(folder)
    after.pop(KEY_FILE_NAME)  # the key is made first, so a rerun can finish the job
    assert after == before


def fresh_keyring() -> None:
    """As after a restart on a machine without the key in its keyring."""
    keyring.set_keyring(MemoryKeyring())


def test_a_wrong_passphrase_is_refused_clearly_and_changes_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        write_everything(store)
    before = digests(data_dir)
    fresh_keyring()
    with pytest.raises(datakey.DataKeyError, match="does not open the Peerview data"):
        Store.open(data_dir, access=datakey.Access(passphrase="not the passphrase"))
    asked: list[str] = []
    access = datakey.Access(ask=lambda prompt: asked.append(prompt) or "wrong again")
    with pytest.raises(datakey.DataKeyError, match="Wrong passphrase 3 times"):
        Store.open(data_dir, access=access)
    assert asked[0] == "Your Peerview passphrase" and "wrong" in asked[1]
    assert digests(data_dir) == before
    # The right one opens it, and the keyring keeps the key for next time.
    with Store.open(data_dir, access=datakey.Access(ask=lambda _p: raw_db.TEST_PASSPHRASE)):
        pass
    with Store.open(data_dir, access=datakey.Access()):
        pass


def test_the_command_line_says_the_passphrase_is_wrong_without_a_traceback(
    data_dir: Path,
) -> None:
    with Store.open(data_dir) as store:
        write_everything(store)
    before = digests(data_dir)
    for argv in (["review", "list"], ["demo"]):
        done = raw_db.run_headless(
            [sys.executable, "-m", "app", *argv], PEERVIEW_PASSPHRASE="not the passphrase"
        )
        assert done.returncode == 1
        assert "PEERVIEW_PASSPHRASE is wrong" in done.stderr
        assert "Traceback" not in done.stderr
    assert digests(data_dir) == before


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda p: p.write_bytes(b"{not json"), "key file .* is damaged"),
        (lambda p: p.write_text(p.read_text().replace('"version": 1', '"version": 9')), "Update"),
        (lambda p: p.unlink(), "key file .* is missing"),
    ],
)
def test_a_damaged_or_missing_key_file_is_refused(
    data_dir: Path, damage: object, message: str
) -> None:
    with Store.open(data_dir) as store:
        write_everything(store)
    assert callable(damage)
    damage(data_dir / KEY_FILE_NAME)
    before = digests(data_dir)
    fresh_keyring()
    with pytest.raises(datakey.DataKeyError, match=message):
        Store.open(data_dir)
    assert digests(data_dir) == before


def test_a_key_file_from_another_folder_does_not_open_this_database(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    Store.open(first).close()
    Store.open(second).close()
    shutil.copy(second / KEY_FILE_NAME, first / KEY_FILE_NAME)
    with pytest.raises(CorruptDatabaseError, match="does not decrypt with this folder's key"):
        Store.open(first)


def test_a_damaged_or_swapped_attachment_is_refused_not_passed_on(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        digest = attachments.write(data_dir, store.db.key, PICTURE)
        other = attachments.write(data_dir, store.db.key, b"another file entirely")
        stored = attachments.path_for(data_dir, digest)
        # Renamed onto another digest: the name is bound to the contents.
        shutil.copy(stored, attachments.path_for(data_dir, other))
        with pytest.raises(attachments.DamagedAttachment, match="does not decrypt"):
            attachments.read(data_dir, store.db.key, other)
        flipped = bytearray(stored.read_bytes())
        flipped[-1] ^= 1
        stored.write_bytes(bytes(flipped))
        with pytest.raises(attachments.DamagedAttachment):
            attachments.read(data_dir, store.db.key, digest)
        # A hostile record naming a path instead of a digest is never looked up.
        assert attachments.read(data_dir, store.db.key, "../peerview.key") is None
