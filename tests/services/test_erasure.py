"""Erased means erased: after a purge, a note's text is nowhere in the data folder.

The note's words are looked for in every file's raw bytes, in every page of every database
file decrypted with the data key (free pages and the WAL included), in every table, and in
a data export: the change log included, whose entries commit to their values by salted
hashes, so the values are dropped while the chain still verifies (decisions 0028, 0038).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.models import EvidenceNote, SyncSent, attachments, backups, held_files, table
from app.services import changelog, data_export, erasure, evidence, retention, search
from app.services.store import Store
from app.sync import quarantine
from tests import raw_db
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.services.test_retention import SIGNED_AT, signed_review

NOTE = "Quetzalcoatl Marmalade taught fractions with a number line"
# What the search index holds (folded); the tables and the change log hold the words as typed.
FOLDED = b"quetzalcoatl"
WORDS = (b"Quetzalcoatl", FOLDED, b"Marmalade")


def _tables_text(path: Path, key: bytes) -> bytes:
    """Every value of every table, the change log's included, as bytes."""
    conn = raw_db.cipher.connect(raw_db.cipher.file_uri(path, "ro"), key, uri=True)
    try:
        return _dump(conn)
    finally:
        conn.close()


def _dump(conn: raw_db.cipher.Connection) -> bytes:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    out = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"').fetchall():
            out.extend(v if isinstance(v, bytes) else str(v).encode() for v in row)
    return b"\n".join(out)


def _databases(data_dir: Path) -> list[Path]:
    found = [data_dir / "peerview.sqlite3", *backups.list_backups(data_dir)]
    return found + [
        p.with_name(p.name + "-wal") for p in found if p.with_name(p.name + "-wal").exists()
    ]


def _prepare(store: Store, review_id: str, shared: Path) -> dict[str, Path]:
    note = evidence.add_note(store, review_id, NOTE, subject="Maths, Quetzalcoatl's set").note_id
    data_dir = store.db.data_dir
    digest = attachments.write(data_dir, store.db.key, b"Lesson plan by Quetzalcoatl Marmalade")
    with store.write() as tx:
        tx.create(
            "attachment",
            {"note_id": note, "sha256": digest, "filename": "Quetzalcoatl plan.txt", "size": 37},
        )
    # A bundle of the review from a signer not trusted yet, kept in quarantine.
    incoming = shared / "incoming.pvbundle"
    incoming.write_bytes(b"PK bundle bytes: " + NOTE.encode())
    manifest = {
        "bundle_id": str(uuid.uuid4()),
        "sender": {"name": "Stranger"},
        "review_id": review_id,
    }
    kept = quarantine.keep(store, incoming, manifest, "AAAA-BBBB")
    # This laptop's own outgoing bundle of the review in the shared folder, and another's.
    own = shared / f"peerview-{store.device_id}.{review_id}.pvbundle"
    own.write_bytes(NOTE.encode())
    theirs = shared / f"peerview-{uuid.uuid4()}.{review_id}.pvbundle"
    theirs.write_bytes(b"someone else's")
    with store.write() as tx:
        for path in (own, theirs):
            tx.conn.execute(
                insert(table(SyncSent)).values(
                    bundle_id=str(uuid.uuid4()), review_id=review_id, file_name=str(path)
                )
            )
    signed_ids = signed_review(store, review_id)
    backup = store.db.backup()
    return {
        "note": Path(note),
        "attachment": attachments.path_for(data_dir, digest),
        "kept": kept,
        "own": own,
        "theirs": theirs,
        "backup": backup,
        **{k: Path(v) for k, v in signed_ids.items()},
    }


def test_a_purged_note_is_nowhere_in_the_data_folder(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    made = _prepare(store, review_id, shared)
    data_dir = store.db.data_dir
    key = raw_db.folder_key(data_dir)

    # Before: the words are there to be found (so the checks below can fail), and only
    # encrypted: no file holds them in its raw bytes.
    assert search.search_notes(store, review_id, "quetzalcoatl")
    assert FOLDED in b"".join(raw_db.decrypted_pages(p, key) for p in _databases(data_dir))
    assert FOLDED in raw_db.decrypted_pages(made["backup"], key)
    assert b"Quetzalcoatl" in _tables_text(made["backup"], key)
    assert b"Quetzalcoatl" in held_files.read(made["kept"], store.db.key)
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not [w for w in WORDS if w in raw], path

    retention.set_retention(store, review_id, 30)
    (result,) = retention.run(store, SIGNED_AT + dt.timedelta(days=30))

    assert result.notes_purged == 4
    assert result.attachment_files == 1 and not made["attachment"].exists()
    assert made["backup"].name in result.backups_removed and not made["backup"].exists()
    assert result.new_backup and (backups.backup_dir(data_dir) / result.new_backup).exists()
    assert not made["kept"].exists() and not made["kept"].with_suffix(".json").exists()
    assert not made["own"].exists()
    assert made["theirs"].exists()  # another laptop's bundle is theirs to erase
    assert result.wal_truncated
    assert (
        not (data_dir / "peerview.sqlite3-wal").exists()
        or (data_dir / "peerview.sqlite3-wal").stat().st_size == 0
    )

    # After: no raw byte, no decrypted page (free pages, WAL, backups) and no table holds
    # the words; nor does a data export.
    assert search.search_notes(store, review_id, "quetzalcoatl") == []
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not [w for w in WORDS if w in raw], path
    for path in _databases(data_dir):
        pages = raw_db.decrypted_pages(path, key)
        assert not [w for w in WORDS if w in pages], path
        if not path.name.endswith("-wal"):
            dumped = _tables_text(path, key)
            assert not [w for w in WORDS if w in dumped], path
    out = tmp_path / "export"
    data_export.export_data(store, out)
    exported = [p for p in out.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".sqlite3") or p.suffix == ".sqlite" for p in exported)
    for path in exported:
        raw = path.read_bytes()
        if raw.startswith(b"SQLite format 3"):
            assert FOLDED not in raw, path
            conn = raw_db.cipher.connect(path, None)
            try:
                dumped = _dump(conn)
            finally:
                conn.close()
            assert not [w for w in WORDS if w in dumped], path
        else:
            assert not [w for w in WORDS if w in raw], path

    # The chain still verifies; the purge itself is in the log, for the other laptops.
    with store.read() as conn:
        assert changelog.verify_chain(conn, store.heads()).ok
    assert {e.entity for e in result.changes.entries} >= {"evidence_note", "attachment", "review"}


def test_an_attachment_another_note_still_uses_is_kept(
    store: Store, review_id: str, make_review
) -> None:
    other_review = make_review("Summer review")
    keeper = evidence.add_note(store, other_review, "Same file, other review").note_id
    purged = evidence.add_note(store, review_id, "A note with a file").note_id
    digest = attachments.write(store.db.data_dir, store.db.key, b"shared file")
    with store.write() as tx:
        for note in (keeper, purged):
            tx.create("attachment", {"note_id": note, "sha256": digest, "filename": "f.txt"})
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 0)
    (result,) = retention.run(store, SIGNED_AT)
    assert result.attachment_files == 0
    assert attachments.read(store.db.data_dir, store.db.key, digest) == b"shared file"


def test_a_protocol_document_holding_the_same_file_keeps_it(store: Store, review_id: str) -> None:
    """The signed agreement someone also attached to a note outlives the note's purge."""
    purged = evidence.add_note(store, review_id, "A note with the agreement").note_id
    digest = attachments.write(store.db.data_dir, store.db.key, b"signed agreement")
    with store.write() as tx:
        group = tx.create("partnership", {"name": "Partneriaeth Dyfrdwy"})
        tx.create("attachment", {"note_id": purged, "sha256": digest, "filename": "a.pdf"})
        tx.create(
            "protocol_document",
            {"partnership_id": group, "sha256": digest, "filename": "a.pdf", "size": 16},
        )
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 0)
    (result,) = retention.run(store, SIGNED_AT)
    assert result.attachment_files == 0
    assert attachments.read(store.db.data_dir, store.db.key, digest) == b"signed agreement"


def test_a_whole_report_a_host_shared_keeps_its_file(
    store: Store,
    review_id: str,
    cheap_kdf: None,  # noqa: F811
) -> None:
    """A note that attached the signed report does not take the partnership's copy of it
    (the whole report a host shared) with it when its notes are purged."""
    from dataclasses import replace

    from app.bench import themes_data
    from app.services import sharing
    from tests import themes_store
    from tests.identity_helpers import make_identity

    purged = evidence.add_note(store, review_id, "A note with the signed report").note_id
    digest = attachments.write(store.db.data_dir, store.db.key, b"the signed report")
    with store.write() as tx:
        tx.create("attachment", {"note_id": purged, "sha256": digest, "filename": "r.pdf"})
    make_identity(store, themes_store.LEAD, "Partneriaeth Dyfrdwy", "partnership_lead")
    pid = themes_store.lead_store(store)
    with store.read() as conn:
        first = sharing.live_summaries(conn, pid)[0]
    themes_data.share(store, pid, [replace(first, report_sha256=digest)])
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 0)
    (result,) = retention.run(store, SIGNED_AT)
    assert result.attachment_files == 0
    assert attachments.read(store.db.data_dir, store.db.key, digest) == b"the signed report"


def test_quarantined_bundles_are_encrypted_and_still_listed(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "from-a-stranger.pvbundle"
    source.write_bytes(b"bundle naming Quetzalcoatl")
    bundle_id = str(uuid.uuid4())
    manifest = {"bundle_id": bundle_id, "sender": {"name": "Quetzalcoatl Marmalade"}}
    kept = quarantine.keep(store, source, manifest, "1234-5678")
    for path in (kept, kept.with_suffix(".json")):
        assert b"Quetzalcoatl" not in path.read_bytes()
        assert path.read_bytes().startswith(held_files.MAGIC)
    (listed,) = quarantine.list_quarantined(store)
    assert (listed.bundle_id, listed.signer_name) == (bundle_id, "Quetzalcoatl Marmalade")
    assert quarantine.read_bundle_bytes(store, listed) == b"bundle naming Quetzalcoatl"
    # Renamed to another bundle's name, a kept file does not open.
    moved = kept.with_name(f"{uuid.uuid4()}.pvbundle")
    kept.rename(moved)
    with pytest.raises(held_files.DamagedHeldFile):
        held_files.read(moved, store.db.key)


def test_a_purge_from_another_laptop_is_erased_here_too(store: Store, review_id: str) -> None:
    """The tables are cleared by the entries as they arrive; what this laptop keeps beside
    them (here: the search index's old segments and a backup) goes with
    ``erase_local_copies``."""
    evidence.add_note(store, review_id, NOTE)
    backup = store.db.backup()
    key = raw_db.folder_key(store.db.data_dir)
    signed_review(store, review_id)
    # As an import applies another laptop's purge: clear and tombstone through the log,
    # without this laptop's erasure around it.
    with store.write() as tx:
        for (note_id,) in tx.conn.execute(
            select(table(EvidenceNote).c.id).where(table(EvidenceNote).c.review_id == review_id)
        ).all():
            tx.upsert("evidence_note", note_id, {"text": ""})
            tx.delete("evidence_note", note_id)
    erasure.checkpoint(store)
    live = store.db.data_dir / "peerview.sqlite3"
    assert FOLDED in raw_db.decrypted_pages(live, key)  # old index segments still hold it
    result = erasure.erase_local_copies(store, review_id)
    assert FOLDED not in raw_db.decrypted_pages(live, key)
    assert backup.name in result.backups_removed and not backup.exists()


def test_a_plaintext_quarantined_bundle_is_encrypted_on_the_next_open(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        held = held_files.quarantine_folder(data_dir)
    held.mkdir(mode=0o700)
    bundle_id = str(uuid.uuid4())
    # As a release before this one kept them: as received, with a plain JSON note.
    (held / f"{bundle_id}.pvbundle").write_bytes(b"PK... Quetzalcoatl")
    note = {
        "bundle_id": bundle_id,
        "signer_key_id": "k",
        "signer_name": "Quetzalcoatl Marmalade",
        "fingerprint": "F",
        "received_at": "2026-03-01T10:00:00+00:00",
        "original_name": "x.pvbundle",
    }
    (held / f"{bundle_id}.json").write_text(json.dumps(note))
    with Store.open(data_dir) as store:
        for path in held.iterdir():
            assert path.read_bytes().startswith(held_files.MAGIC), path
            assert b"Quetzalcoatl" not in path.read_bytes()
        (listed,) = quarantine.list_quarantined(store)
        assert listed.signer_name == "Quetzalcoatl Marmalade" and listed.review_id == ""
        assert quarantine.read_bundle_bytes(store, listed) == b"PK... Quetzalcoatl"
