"""``peerview data export``: everything this laptop holds, decrypted, in open formats.

For a subject-access request, for moving to a new laptop, and for checking that erased
data is gone (docs/guide/data-protection.md). The export is one new folder:

    peerview.sqlite3      every table (the change log, identity and trusted keys too),
                          as a plaintext SQLite database any SQLite tool opens
    backups/*.sqlite      each backup this laptop keeps, decrypted the same way
    attachments/<sha256>  each attachment's bytes, named by their SHA-256
    quarantine/           bundles held from unknown senders, copied as received
    README.txt            this layout, the row counts, and how to read it

It is written into a temporary folder beside the target and renamed into place, so an
interrupted export leaves nothing that looks complete; files are 0600, folders 0700. The
export is not encrypted: the README and the command say so.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app import fileio
from app.models import attachments, backups, cipher, held_files, schema
from app.services.errors import PeerviewError
from app.services.store import Store
from app.version import __version__

DB_FILE = "peerview.sqlite3"
QUARANTINE = held_files.QUARANTINE


@dataclass
class ExportResult:
    folder: Path
    rows: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    backups: int = 0
    quarantined: int = 0


def export_data(store: Store, out: Path) -> ExportResult:
    """Write the export to ``out`` (new, or an empty folder). Refused before anything is
    written when ``out`` holds anything or lies inside the data folder."""
    target = _check_target(store, out)
    part = target.parent / f".{target.name}.part-{secrets.token_hex(4)}"
    part.mkdir(mode=0o700)
    try:
        result = _write(store, part)
        _readme(part, result, store)
        if target.exists():
            target.rmdir()  # empty, as checked
        os.rename(part, target)
        fileio.fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    result.folder = target
    return result


def _check_target(store: Store, out: Path) -> Path:
    target = Path(out).expanduser().resolve()
    data_dir = store.db.data_dir.resolve()
    if target == data_dir or target.is_relative_to(data_dir):
        raise PeerviewError(
            f"{target} is inside the Peerview data folder ({data_dir}). The export is not "
            "encrypted, so it must not sit beside the encrypted data: choose a folder "
            "outside it. Nothing was written."
        )
    if target.exists() and not target.is_dir():
        raise PeerviewError(f"{target} is a file; give a new or empty folder. Nothing was written.")
    if target.is_dir() and any(target.iterdir()):
        raise PeerviewError(
            f"The folder {target} is not empty. Give a new or empty folder, so nothing "
            "already there is mixed up with the export or overwritten. Nothing was written."
        )
    if not target.parent.is_dir():
        raise PeerviewError(
            f"The folder {target.parent} does not exist; create it first. Nothing was written."
        )
    return target


def _write(store: Store, part: Path) -> ExportResult:
    result = ExportResult(part)
    source = store.db.connect_raw()
    try:
        result.rows = _decrypted_copy(source, part / DB_FILE)
    finally:
        source.close()
    data_dir = store.db.data_dir
    backup_dir = part / backups.BACKUP_DIR
    for found in reversed(backups.list_backups(data_dir)):  # oldest first
        backup_dir.mkdir(mode=0o700, exist_ok=True)
        # A backup never changes once in place (made aside, renamed in): immutable, so
        # it reads on a read-only folder too, where SQLite could not make its -shm.
        uri = cipher.file_uri(found, "ro", immutable=True)
        conn = cipher.connect(uri, store.db.key, uri=True)
        try:
            _decrypted_copy(conn, backup_dir / found.name)
        finally:
            conn.close()
        result.backups += 1
    kept = attachments.folder(data_dir)
    names = sorted(p.name for p in kept.iterdir()) if kept.is_dir() else []
    for name in names:
        try:
            data = attachments.read(data_dir, store.db.key, name)
        except attachments.DamagedAttachment as exc:
            raise PeerviewError(exc.advice(data_dir)) from exc
        if data is not None:  # None: not an attachment's name (a stray file)
            fileio.write_bytes(part / attachments.FOLDER / name, data)
            result.attachments += 1
    held = data_dir / QUARANTINE
    for path in sorted(held.iterdir()) if held.is_dir() else []:
        if path.is_file() and not path.is_symlink():
            try:
                data = held_files.read(path, store.db.key)
            except held_files.DamagedHeldFile as exc:
                raise PeerviewError(
                    f"A quarantined bundle in {held} is damaged ({exc}). Nothing was "
                    "exported: move that file out of the data folder and export again."
                ) from exc
            fileio.write_bytes(part / QUARANTINE / path.name, data)
            result.quarantined += 1
    for folder in (part / attachments.FOLDER, part / QUARANTINE):
        if folder.is_dir():
            folder.chmod(0o700)
    return result


def _decrypted_copy(source: cipher.Connection, target: Path) -> dict[str, int]:
    """Every table of the open (keyed) ``source`` into a new plaintext file; row counts."""
    fileio.create_user_only(target)
    source.isolation_level = None
    source.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
    try:
        # One read transaction: a consistent copy even while a window writes (WAL).
        source.execute("BEGIN")
        try:
            source.execute("SELECT sqlcipher_export('plaintext')")
            version = schema.current_version(source)
            source.execute(f"PRAGMA plaintext.user_version = {version}")
            # Counted in the same snapshot the copy was made from.
            names = [
                r[0]
                for r in source.execute(
                    "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            rows = {
                n: int(source.execute(f'SELECT count(*) FROM main."{n}"').fetchone()[0])
                for n in names
            }
        finally:
            source.execute("COMMIT")
    finally:
        source.execute("DETACH DATABASE plaintext")
    fileio.fsync_file(target)
    return rows


def _readme(part: Path, result: ExportResult, store: Store) -> None:
    made = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    counted = "\n".join(f"  {name:<28} {count:>9,}" for name, count in result.rows.items())
    text = f"""Peerview data export
====================

Made {made} by Peerview {__version__}, from the data folder {store.db.data_dir}.
This is everything that laptop's Peerview held, DECRYPTED. It is not protected by any
passphrase: keep it somewhere only you can read, hand it over by a secure route, and
delete it when it has served its purpose.

What is here
------------
{DB_FILE}
  Every table of the Peerview database (schema version {schema.SCHEMA_VERSION}) as a plain
  SQLite 3 file: open it with the sqlite3 command line tool, DB Browser for SQLite, or any
  language's SQLite library. Tables and their rows:
{counted}

  evidence_note holds the evidence notes; safeguarding_concern holds safeguarding
  concerns (special category data: share only with the designated safeguarding lead);
  change_log holds every change ever made, who made it (author_key_id) and when, as
  JSON in its fields column: the audit trail. identity holds this installation's
  public keys and its private keys still sealed with the passphrase; trusted_key
  the people this laptop trusts. note_fts* and note_search are the search index.
  After a review, action_item holds its action plan, improvement_workshop the workshop
  that agreed it (who facilitated, who took part), impact_review the follow-up visits
  and meetings (who took part, their notes) and impact_progress each action's progress
  and what changed for pupils, in words.

{backups.BACKUP_DIR}/  ({result.backups} file(s))
  The rotating backups the laptop kept, decrypted the same way; each is an older copy
  of the whole database.

{attachments.FOLDER}/  ({result.attachments} file(s))
  Files attached to evidence notes and to the partnership's protocol, and the signed
  reports host schools shared with the partnership, each named by the SHA-256 of its
  contents (the sha256 column of the attachment and protocol_document tables names
  them, with filename and media_type; a shared_summary's body names its report as
  report_sha256).

{QUARANTINE}/  ({result.quarantined} file(s))
  Bundles received from people this laptop did not yet trust, as they arrived (usually
  encrypted to this laptop's identity with age), with a JSON note each; the laptop keeps
  both encrypted with its data key, and they are decrypted from that here.

Not here: the key file (peerview.key) and the OS keyring entry, which only protect the
data above, and the window's settings (no personal data).
"""
    fileio.write_text(part / "README.txt", text)
